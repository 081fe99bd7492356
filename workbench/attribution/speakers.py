"""Quote speakers: the agent of a quote's cue ("said", "according to", a colon or a dash) beside it in its
sentence, else (when no one else is named beside it) the speaker of the quote or sentence before in
its paragraph, of the paragraph it continues, of the paragraph before, or of the next paragraph when
that one says whose words they were. Otherwise nobody: a wrong speaker is worse than none.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .. import lexicon as lx
from ..quote_marks import QuoteSpan
from .cues import agent_of, cue_text, is_characterising, is_cue, is_naming, is_unsaid, speaking_cue
from .quote_frames import NOBODY, QuoteAttribution, QuoteFrames

if TYPE_CHECKING:
    from .mention_base import Candidate

_DASHES = ("–", "—", "-", "--")


class SpeakerFinder(QuoteFrames):
    """Attributes each quote to its speaker, rule by rule (see :class:`QuoteFrames`)."""

    def attribute(self, span: QuoteSpan) -> QuoteAttribution:
        before, after = self.frames(span)
        found = self._cue_in_frames(span, before, after)
        if found.agent is not None or found.cue is not None:
            return found
        if any(self._is_actor_mention(i) for i in [*before, *after]):
            return NOBODY  # someone else is named beside the quote: do not borrow a speaker
        for rule in (
            self._continued,
            self._colon_paragraph_before,
            self._previous_in_paragraph,
            self._next_paragraph_account,
            self._previous_paragraph_speaker,
            self._previous_quote_paragraph,
        ):
            found = rule(span)
            if found.agent is not None:
                return found
        return NOBODY

    def _colon_paragraph_before(self, span: QuoteSpan) -> QuoteAttribution:
        """ "In a statement, the ministry said:" ending the paragraph before a quote that opens its own."""
        pid = span.paragraph_id
        if span.depth > 0 or pid == 0 or span.open_at != self.paragraph_starts[pid]:
            return NOBODY
        end = self.paragraph_ends[pid - 1]
        if not self.text[:end].rstrip().endswith(":"):
            return NOBODY
        sentence = self.sentence_of(max(self.paragraph_starts[pid - 1], end - 1))
        tokens = self.tokens_between(self.sentence_starts[sentence], end)
        for i in reversed(tokens):
            if is_cue(self.doc, i) and self.finder.quote_depth[i] == 0:
                agent = self._agent(i)
                if agent is not None:
                    return QuoteAttribution(agent, cue_text(self.doc, i), "colon")
        agent = self._colon_verb_agent(range(tokens.start, max(tokens.start, tokens.stop - 1)))
        return QuoteAttribution(agent, ":", "colon") if agent is not None else NOBODY

    def _governing_cue(self, span: QuoteSpan) -> int | None:
        """The reporting verb the quoted words hang from in the parse ("said the toll was 'more than 130'").

        A verb that labels the quote ("dismissed ... as 'fake news'") counts only when no reporting
        verb governs it ("said the government accepted 'the thrust'" is the speaker's, not the government's).
        """
        quote_tokens = self.tokens_between(span.start, span.end)
        inside = set(quote_tokens)
        depth = self.finder.quote_depth
        roots = [i for i in quote_tokens if self.doc[i].head.i not in inside or self.doc[i].head.i == i]
        labelling = None
        for root in roots:
            tok = self.doc[root]
            while tok.head.i != tok.i:
                tok = tok.head
                if tok.i in inside or depth[tok.i] != span.depth:
                    continue
                if is_cue(self.doc, tok.i):
                    return tok.i
                if labelling is None and is_characterising(self.doc, tok.i):
                    labelling = tok.i
                    own_subject = any(c.dep_ == "nsubj" for c in tok.children)
                    if own_subject and (tok.dep_ in ("relcl", "acl", "advcl") or is_naming(self.doc, tok.i)):
                        # "a move the president described as '...'", "what the FBI called a '...' ring": the
                        # describer's words, whatever reports the sentence
                        return tok.i
        return labelling

    def _relaying_cue(self, cue: int) -> int:
        """'She said refugees reported "being bombed ..."': a reporting verb in the clause of another
        relays what the outer speaker told the reporter; the words quoted are the outer speaker's account."""
        token = self.doc[cue]
        outer = token.head
        depth = self.finder.quote_depth
        if (
            token.dep_ == "ccomp"
            and outer.i < token.i
            and depth[outer.i] == depth[cue]  # not "... told us, 'We are confident ...,' said X"
            and is_cue(self.doc, outer.i)
            and self._agent(outer.i)
        ):
            return outer.i
        return cue

    def _cue_in_frames(self, span: QuoteSpan, before: range, after: range) -> QuoteAttribution:
        governing = self._governing_cue(span)
        if governing is not None and is_unsaid(self.doc, governing):
            return NOBODY  # "BN should say, '...'": words the writer puts in someone's mouth
        if governing is not None:
            governing = self._relaying_cue(governing)
            agent = self._agent(governing) or self._statement_author(governing)
            if agent is not None:
                return QuoteAttribution(
                    agent, cue_text(self.doc, speaking_cue(self.doc, governing, self.at)), "cue"
                )
        quote_tokens = self.tokens_between(span.start, span.end)
        first = quote_tokens.start if len(quote_tokens) else before.stop
        last = quote_tokens.stop - 1 if len(quote_tokens) else after.start
        options: list[tuple[int, int, str]] = []  # (distance, token, where)
        for i in after:
            if is_cue(self.doc, i):
                options.append((i - last, i, "after"))
        for i in before:
            if is_cue(self.doc, i) or (
                self._is_fragment_position(span, before) and is_characterising(self.doc, i)
            ):
                options.append((first - i, i, "before"))
        for _, cue, _where in sorted(options, key=lambda o: (o[0], o[2] != "after")):
            agent = self._agent(cue)
            if agent is not None:
                return QuoteAttribution(
                    agent, cue_text(self.doc, speaking_cue(self.doc, cue, self.at)), "cue"
                )
            statement = self._statement_author(cue)
            if statement is not None:
                return QuoteAttribution(statement, cue_text(self.doc, cue), "statement")
            if self._has_own_subject(cue):
                break  # "'...,' the site says, according to a translation by X": the site's words, not X's
        punctuation = self._punctuation_attribution(span, before, after)
        if punctuation.agent is not None:
            return punctuation
        if options:  # a cue whose agent is unknown or anonymous: say so rather than borrow a name
            return QuoteAttribution(None, cue_text(self.doc, min(options)[1]), "cue")
        return NOBODY

    def _agent(self, cue: int) -> Candidate | None:
        agent = agent_of(self.doc, cue, self.at, level=self.finder.quote_depth.__getitem__)
        if agent is None or self.finder.quote_depth[agent.head] != self.finder.quote_depth[cue]:
            return None
        if self._actor_of(agent) is not None or self._is_ambiguous(agent):
            return agent  # an ambiguous "he" is the answer too: nobody, and the rows say who it could be
        return None

    def _has_own_subject(self, cue: int) -> bool:
        """The cue has a subject in the parse (a noun, not a relative pronoun): whoever that is spoke,
        even when no actor fits it, so a farther cue does not lend its agent."""
        return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in self.doc[cue].children)

    def _statement_author(self, cue: int) -> Candidate | None:
        """ "..., the statement said": the author of the statement mentioned before."""
        subjects = [c for c in self.doc[cue].children if c.dep_ == "nsubj" and c.lower_ in lx.STATEMENT_NOUNS]
        if not subjects:
            return None
        noun = subjects[0].lower_
        sentence = self.finder.sentence_ids[cue]
        for i in range(cue - 1, -1, -1):
            if sentence - self.finder.sentence_ids[i] > 3:
                break
            if self.finder.lower[i] == noun and self.finder.quote_depth[i] == 0:
                verb = self.doc[i].head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                agent = self._agent(verb.i)  # "said in a statement", "issued a statement"
                if agent is not None:
                    return agent
        return None

    def _punctuation_attribution(self, span: QuoteSpan, before: range, after: range) -> QuoteAttribution:
        """ "Coastguard: 'no sign yet'" and "'Our fishermen are not bargaining chips' - spokeswoman"."""
        words = self.finder.words
        if len(before) and words[before[-1]] == ":" and before[-1] - 1 >= before.start:
            # "... on the protests in Tarvo: '...'": a name ending a preposition's phrase is where, not who
            in_phrase = self.doc[before[-1] - 1].dep_ == "pobj"
            agent = (None if in_phrase else self._phrase(ending=before[-1])) or self._colon_verb_agent(
                range(before.start, before[-1])
            )
            if agent is not None and self._actor_of(agent) is not None:
                return QuoteAttribution(agent, ":", "colon")
        if len(after) > 1 and words[after[0]] == ":" and self.paragraph_kind[span.paragraph_id] != "body":
            verb = next(
                (i for i in after if self.doc[i].pos_ == "VERB"), None
            )  # "'We will fight on': X vows"
            agent = self._agent(verb) if verb is not None else None
            if agent is not None and self._actor_of(agent) is not None:
                return QuoteAttribution(agent, ":", "colon")
        if len(after) > 1 and words[after[0]] in _DASHES:
            agent = self._phrase(starting=after[1])
            if agent is not None and self._actor_of(agent) is not None:
                return QuoteAttribution(agent, words[after[0]], "dash")
        return NOBODY

    def _colon_verb_agent(self, tokens: range) -> Candidate | None:
        """ "Her neighbour, X, disagreed: '...'": the subject of the verb that introduces the colon."""
        for i in reversed(tokens[-6:]):
            if self.doc[i].pos_ == "VERB":
                return self._agent(i)
        return None

    def _is_fragment_position(self, span: QuoteSpan, before: range) -> bool:
        return any(self.doc[i].is_alpha for i in before)

    def _continued(self, span: QuoteSpan) -> QuoteAttribution:
        """A quotation continued from the previous paragraph (which left its quote open)."""
        if span.depth > 0 or span.paragraph_id == 0:
            return NOBODY
        if span.open_at != self.paragraph_starts[span.paragraph_id]:
            return NOBODY
        earlier = [s for s in self.in_paragraph.get(span.paragraph_id - 1, []) if s.depth == 0]
        if earlier and earlier[-1].flag == "continued" and earlier[-1] in self.attributions:
            previous = self.attributions[earlier[-1]]
            return replace(previous, how="continued") if previous.agent is not None else NOBODY
        return NOBODY

    def _previous_in_paragraph(self, span: QuoteSpan) -> QuoteAttribution:
        """The speaker of the quote or reporting sentence just before, in the same paragraph."""
        siblings = self.siblings(span)
        index = siblings.index(span)
        if index > 0 and siblings[index - 1] in self.attributions:
            previous = self.attributions[siblings[index - 1]]
            if previous.agent is not None:
                return replace(previous, how="previous quote")
        lo, _ = self.region(span)
        sentence = self.sentence_of(span.open_at)
        if sentence == 0 or self.sentence_starts[sentence] <= lo or span.depth > 0:
            return NOBODY
        previous_sentence = sentence - 1
        tokens = self.tokens_between(
            self.sentence_starts[previous_sentence], self.sentence_ends[previous_sentence]
        )
        if any(self.finder.quote_depth[i] > 0 for i in tokens):
            return NOBODY
        for i in tokens:
            if is_cue(self.doc, i):
                agent = self._agent(i)
                if agent is not None:
                    return QuoteAttribution(agent, cue_text(self.doc, i), "previous sentence")
        return NOBODY

    def _lone_quote_after_body(self, span: QuoteSpan) -> bool:
        """A paragraph that is only this quote, after a body paragraph."""
        pid = span.paragraph_id
        if span.depth > 0 or pid == 0 or span.open_at != self.paragraph_starts[pid]:
            return False
        if any(s.depth == 0 and s is not span for s in self.in_paragraph[pid]):
            return False
        return span.outer_end >= self.paragraph_ends[pid] - 1 and self.paragraph_kind[pid - 1] == "body"

    def _previous_paragraph_speaker(self, span: QuoteSpan) -> QuoteAttribution:
        """A paragraph that is only a quote, after one that ends reporting what X said: X's words. The
        reporter may add a sentence of his own after X's ("X says 26 countries are involved. The search
        spans millions of square kilometres."); one that names no one does not hand the quote on."""
        if not self._lone_quote_after_body(span):
            return NOBODY
        pid = span.paragraph_id
        first = self.sentence_of(self.paragraph_starts[pid - 1])
        last = self.sentence_of(self.paragraph_ends[pid - 1] - 1)
        tokens = self.tokens_between(self.sentence_starts[last], self.sentence_ends[last])
        if any(self.finder.quote_depth[i] > 0 for i in tokens):
            return NOBODY  # the paragraph before ends with someone's quote: its speaker may differ
        while last > first and not any(is_cue(self.doc, i) for i in tokens):
            if any(self._is_actor_mention(i) for i in tokens):
                break  # the last sentence names someone: whose words come next is open
            last -= 1
            tokens = self.tokens_between(self.sentence_starts[last], self.sentence_ends[last])
            if any(self.finder.quote_depth[i] > 0 for i in tokens):
                return NOBODY
        cues = [i for i in tokens if is_cue(self.doc, i) and self.doc[i].dep_ == "ROOT"]
        if not cues:  # "Park Sung-ho is a father of one of the students." then the quote: his words
            cues = [
                i for i in tokens if self.doc[i].dep_ == "ROOT" and self.doc[i].lemma_ in INTRODUCING_VERBS
            ]
            agent = self._agent(cues[0]) if cues else None
            if agent is None or agent.kind != "person" or agent.form != "name":
                return NOBODY
            return QuoteAttribution(agent, cue_text(self.doc, cues[0]), "previous paragraph")
        agent = self._agent(cues[0])
        if agent is None:
            return NOBODY
        return QuoteAttribution(agent, cue_text(self.doc, cues[0]), "previous paragraph")

    def _previous_quote_paragraph(self, span: QuoteSpan) -> QuoteAttribution:
        """A paragraph that is only a quote, after a paragraph of one speaker's quoted words and their
        attribution ("“...,” he told reporters."): the same speaker goes on, as news style has it."""
        if not self._lone_quote_after_body(span):
            return NOBODY
        pid = span.paragraph_id
        earlier = [s for s in self.in_paragraph.get(pid - 1, []) if s.depth == 0]
        if not earlier or any(s not in self.attributions for s in earlier):
            return NOBODY
        said = [self.attributions[s] for s in earlier]
        speakers = [self._actor_of(a.agent) if a.agent is not None else None for a in said]
        if any(actor is None for actor in speakers) or len({id(actor) for actor in speakers}) != 1:
            return NOBODY
        if any(self.kinds.get(s) != "direct" for s in earlier):
            return NOBODY
        quoting = {
            k
            for s in earlier
            for k in range(self.sentence_of(s.open_at), self.sentence_of(max(s.open_at, s.outer_end - 1)) + 1)
        }
        first = self.sentence_of(self.paragraph_starts[pid - 1])
        last = self.sentence_of(self.paragraph_ends[pid - 1] - 1)
        if any(k not in quoting for k in range(first, last + 1)):
            return NOBODY  # the paragraph before also narrates: whose words come next is open
        return replace(said[-1], how="previous quote paragraph")

    def _next_paragraph_account(self, span: QuoteSpan) -> QuoteAttribution:
        """A quote standing alone, then "That was the account given by X" or "X read out that message"."""
        pid = span.paragraph_id
        if (
            span.depth > 0
            or span.open_at != self.paragraph_starts[pid]
            or pid + 1 >= len(self.paragraph_starts)
        ):
            return NOBODY
        if span.outer_end < self.paragraph_ends[pid] - 1:
            return NOBODY
        sentence = self.sentence_of(self.paragraph_starts[pid + 1])
        tokens = self.tokens_between(self.sentence_starts[sentence], self.sentence_ends[sentence])
        demonstratives = [i for i in tokens if self.finder.lower[i] in ("that", "this", "those", "these")]
        pointer = next(
            (
                i
                for i in tokens
                if (
                    self.finder.lower[i] in lx.UTTERANCE_NOUNS and any(0 < i - d <= 3 for d in demonstratives)
                )
                or (
                    self.finder.lower[i] in lx.UTTERANCE_NOUNS
                    and demonstratives
                    and demonstratives[0] == tokens[0]
                )
            ),
            None,
        )
        if pointer is None:
            return NOBODY
        for i in tokens:  # "given ... by X"
            if self.finder.lower[i] == "by" and self.doc[i].dep_ in ("agent", "prep"):
                for child in self.doc[i].children:
                    agent = self.at(child.i)
                    if agent is not None and self._actor_of(agent) is not None:
                        return QuoteAttribution(agent, "by", "next paragraph")
        verb = self.doc[pointer].head
        for child in verb.children:  # "X read out that message"
            if child.dep_ in ("nsubj",) and child.i != pointer:
                agent = self.at(child.i)
                if agent is not None and self._actor_of(agent) is not None:
                    return QuoteAttribution(agent, verb.text, "next paragraph")
        return NOBODY


#: Verbs of a paragraph that brings in a named person before their quote stands alone in the next one:
#: "Park Sung-ho is a father of one of the students.", "X described the meeting to the protesters."
INTRODUCING_VERBS = frozenset("be describe recount recall remember".split())
