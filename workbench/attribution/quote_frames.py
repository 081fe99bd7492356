"""Where a quote's attribution may stand: its paragraph (or the quote it is nested in), the tokens
before and after it in its sentence up to the neighbouring quotes, and the mentions there
(:class:`QuoteFrames`); :class:`QuoteAttribution` is the answer, who said a quote and how we know.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..quote_marks import QuoteSpan, is_name_or_term
from .cues import is_cue

if TYPE_CHECKING:
    from .engine import Attribution
    from .mention_base import Candidate


@dataclass(frozen=True)
class QuoteAttribution:
    """Who said a quote and how we know: the agent mention, the cue, and the rule that found it."""

    agent: Candidate | None
    cue: str | None
    how: str


NOBODY = QuoteAttribution(None, None, "none")


class QuoteFrames:
    """One report's quotes with their paragraphs, sentences and frames, and the mentions beside them."""

    def __init__(self, attribution: Attribution) -> None:
        report = attribution.report
        self.report = report
        self.registry = attribution.registry
        self.linker = attribution.links
        self.finder = attribution.mentions
        self.doc = self.finder.doc
        self.text = report.text
        self.spans = [s for s in self.finder.quotes if not is_name_or_term(self.text, s)]
        sentences = report.sentences
        self.sentence_starts: list[int] = sentences["start"].tolist()
        self.sentence_ends: list[int] = sentences["end"].tolist()
        self.sentence_paragraph: list[int] = sentences["paragraph_id"].tolist()
        paragraphs = report.paragraphs
        self.paragraph_starts: list[int] = paragraphs["start"].tolist()
        self.paragraph_ends: list[int] = paragraphs["end"].tolist()
        self.paragraph_kind: list[str] = paragraphs["kind"].tolist()
        self.attributions: dict[QuoteSpan, QuoteAttribution] = {}
        self._candidate_index: dict[int, int] | None = None
        self.kinds: dict[QuoteSpan, str] = {}
        self.in_paragraph: dict[int, list[QuoteSpan]] = {}
        for span in self.spans:
            self.in_paragraph.setdefault(span.paragraph_id, []).append(span)

    def tokens_between(self, start: int, end: int) -> range:
        """Indices of the tokens overlapping ``text[start:end]``."""
        first = bisect.bisect_right(self.finder.ends, start)
        last = bisect.bisect_left(self.finder.starts, end)
        return range(first, max(first, last))

    def sentence_of(self, offset: int) -> int:
        """The sentence containing ``offset``, else the next one (a quote mark between sentences)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentence_ends[i]:
            return i
        return min(i + 1, len(self.sentence_starts) - 1)

    def region(self, span: QuoteSpan) -> tuple[int, int]:
        """Where the quote's attribution may be: its paragraph, or the quote it is nested in."""
        if span.depth > 0:
            outer = [
                s
                for s in self.in_paragraph[span.paragraph_id]
                if s.depth == span.depth - 1 and s.open_at < span.open_at < s.outer_end
            ]
            if outer:
                return outer[-1].start, outer[-1].end
        return self.paragraph_starts[span.paragraph_id], self.paragraph_ends[span.paragraph_id]

    def siblings(self, span: QuoteSpan) -> list[QuoteSpan]:
        lo, hi = self.region(span)
        return [
            s for s in self.in_paragraph[span.paragraph_id] if s.depth == span.depth and lo <= s.open_at < hi
        ]

    def frames(self, span: QuoteSpan) -> tuple[range, range]:
        """Tokens before and after the quote in its sentence(s), up to the neighbouring quotes."""
        lo, hi = self.region(span)
        siblings = self.siblings(span)
        index = siblings.index(span)
        first_sentence = self.sentence_of(span.open_at)
        last_sentence = self.sentence_of(max(span.open_at, span.outer_end - 1))
        before_start = max(lo, self.sentence_starts[first_sentence])
        if index > 0:
            before_start = max(before_start, siblings[index - 1].outer_end)
        after_end = min(hi, self.sentence_ends[last_sentence])
        if index + 1 < len(siblings):
            after_end = min(after_end, siblings[index + 1].open_at)
        after_end = max(after_end, span.outer_end)
        if after_end <= span.outer_end + 1 and span.close_at is not None:
            after_end = (
                self._attribution_sentence_after(span, last_sentence, hi, siblings, index) or after_end
            )
        return self.tokens_between(before_start, span.open_at), self.tokens_between(span.outer_end, after_end)

    def _attribution_sentence_after(
        self, span: QuoteSpan, sentence: int, hi: int, siblings: list[QuoteSpan], index: int
    ) -> int | None:
        """'"Verified by whom?" Echeverri asked.' split in two sentences: the short second one."""
        following = sentence + 1
        if following >= len(self.sentence_starts) or self.sentence_starts[following] >= hi:
            return None
        start, end = self.sentence_starts[following], self.sentence_ends[following]
        if index + 1 < len(siblings) and siblings[index + 1].open_at < end:
            return None
        tokens = self.tokens_between(start, end)
        if len(tokens) > 12 or not any(is_cue(self.doc, i) for i in tokens):
            return None
        if any(c.dep_ == "ccomp" for i in tokens if is_cue(self.doc, i) for c in self.doc[i].children):
            return None  # a new statement, not an attribution
        return end

    def at(self, token: int) -> Candidate | None:
        return self.linker.at(token)

    def _is_actor_mention(self, token: int) -> bool:
        cand = self.at(token)
        return (
            cand is not None and cand.form not in ("demonym", "pronoun") and self._actor_of(cand) is not None
        )

    def _is_ambiguous(self, cand: Candidate) -> bool:
        return cand.form == "pronoun" and self._index_of(cand) in self.linker.ambiguous

    def _phrase(self, *, starting: int | None = None, ending: int | None = None) -> Candidate | None:
        """The longest mention that starts at token ``starting`` or ends just before token ``ending``."""
        found = [
            c
            for c in self.linker.candidates
            if (starting is not None and min(c.start, c.surface_start) == starting)
            or (ending is not None and c.end == ending)
        ]
        return max(found, key=lambda c: c.end - min(c.start, c.surface_start), default=None)

    def _actor_of(self, cand: Candidate) -> Any:
        start, end = self._char_span(cand)
        mention = self.registry.mention_at(start, end, doc_id=self.report.doc_id)
        if mention is None:
            return None
        return self.registry.actors.get(mention.actor_id)

    def _char_span(self, cand: Candidate) -> tuple[int, int]:
        if cand.start <= cand.head < cand.end:
            return self.finder.starts[cand.head], self.finder.ends[cand.head]
        return self.finder.starts[cand.start], self.finder.ends[cand.end - 1]

    def _index_of(self, cand: Candidate) -> int:
        if self._candidate_index is None:
            self._candidate_index = {id(c): i for i, c in enumerate(self.linker.candidates)}
        return self._candidate_index.get(id(cand), -1)
