"""A mention before linking (:class:`Candidate`) and what a mention finder knows of one report's tokens
(:class:`MentionTokens`): words, sentences, quotation depth, the country table, and tests on tokens.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import lexicon as lx
from ..quote_marks import QuoteSpan, quote_spans
from .mention_words import (
    CALENDAR_WORDS,
    DETERMINERS,
    LEXICON_NOUNS,
    NAME_LABELS,
    NOT_NAME_LABELS,
    NP_LEFT_DEPS,
    OPENERS,
    ORDINAL,
    PARTICLE_NAME,
    PLACE_NOUNS,
    POSSESSIVE_TOKENS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..report import Report


@dataclass
class Candidate:
    """One mention before linking: token span, kind, form and what the words around it say."""

    start: int  # first token
    end: int  # token after the last
    head: int  # head token
    kind: str  # person, organisation, country, place, group
    form: str  # name, description, group, anonymous, pronoun, metonym, demonym, seat, spokesperson
    name: str  # the name or the words it is known by (titles stripped for people)
    surface_start: int = -1  # first token of the printed form including titles or determiner
    roles: set[str] = field(default_factory=set)  # role nouns (people), descriptor nouns (organisations)
    country: str | None = None  # a country the mention is tied to (possessor, demonym, capital)
    content: frozenset[str] = frozenset()  # content words of a common-noun organisation or group
    gender: str | None = None
    definite: bool = False
    in_quote: bool = False
    subject: bool = False  # subject of a clause
    speaker: bool = False  # agent of a reporting verb
    apposition: int | None = None  # token head of a name this description is in apposition with
    office: bool = False  # a title one person holds at a time ("President of Ukraine"): an actor by itself


#: A transcript turn's label opening a paragraph: up to eight capitalised words (with "of"/"the" between
#: them), a short note in brackets maybe ("COL. JO DOE (Public Affairs):", "MR. X (through interpreter):"),
#: and a colon. Words in capitals there are a speaker's name and titles, not shouted words.
SPEAKER_LABEL = re.compile(
    r"^((?:[A-Z][\w.'’-]*|of|the)(?:\s+(?:[A-Z][\w.'’-]*|of|the)){0,7})(?:\s*\([^()]{1,40}\))?\s?:\s+\S"
)


class MentionTokens:
    """One report's tokens as the mention finders read them, and the mentions found so far."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.doc: Doc = report.doc
        self.text = report.text
        self.starts: list[int] = report.tokens["start"].tolist()
        self.ends: list[int] = report.tokens["end"].tolist()
        self.words: list[str] = report.tokens["text"].tolist()
        self.lower = [w.lower() for w in self.words]
        self.capitalised = [_is_capitalised(w) for w in self.words]
        self.sentence_ids: list[int] = report.tokens["sentence_id"].tolist()
        self.post_ids: list[int] = report.tokens["post_id"].tolist()
        self.paragraph_ids: list[int] = report.tokens["paragraph_id"].tolist()
        self.paragraph_kinds: list[str] = report.paragraphs["kind"].tolist()
        paragraphs = report.paragraphs
        self.quotes: list[QuoteSpan] = quote_spans(
            self.text,
            zip(
                paragraphs["paragraph_id"].tolist(),
                paragraphs["start"].tolist(),
                paragraphs["end"].tolist(),
                strict=True,
            ),
        )
        self.quote_depth = self._quote_depths()
        self.label_ends = {
            int(pid): int(start) + found.end(1)
            for pid, start, text in zip(
                paragraphs["paragraph_id"].tolist(), paragraphs["start"].tolist(), paragraphs["text"].tolist(),
                strict=True,
            )
            if (found := SPEAKER_LABEL.match(str(text))) is not None
        }  # fmt: skip
        self.table = lx.country_table()
        self.taken: list[bool] = [False] * len(self.words)
        self.candidates: list[Candidate] = []
        self.by_end: dict[int, list[Candidate]] = {}  # end token -> candidates (see _candidates_ending_at)
        self.ends_indexed = 0  # how many candidates by_end holds
        self.derived_demonyms: dict[str, str] = {}
        self.derived_countries: set[str] = set()  # folded names of countries known from their demonym
        self.name_words: set[str] | None = None  # lower-cased words used as names mid-sentence
        self.body_common_words: set[str] | None = None  # words the body prints in lower case only
        self.body_words: set[str] = set()  # every lower-cased word of the body
        self.in_names: set[int] = set()  # tokens of names already found
        self.run_tokens: set[int] = set()  # tokens of every capitalised name run
        self.decided: dict[str, str] = {}  # folded name -> kind its clearest context gives it
        self.tagged: dict[str, str | None] = {}  # folded name -> kind the tagger gave its first mention

    def _quote_depths(self) -> list[int]:
        """How many quotations each token lies inside (its marks excluded)."""
        depth = [0] * len(self.starts)
        for span in self.quotes:
            first = bisect.bisect_left(self.starts, span.open_at + 1)
            last = bisect.bisect_left(self.starts, span.close_at if span.close_at is not None else span.end)
            for i in range(first, last):
                depth[i] += 1
        return depth

    def token(self, i: int) -> Token:
        return self.doc[i]

    def surface(self, start: int, end: int) -> str:
        return self.text[self.starts[start] : self.ends[end - 1]]

    def is_capitalised(self, i: int) -> bool:
        """A word written with a capital, or a name with a lower-case particle ("al-Sharafi", "el-Amin")."""
        return self.capitalised[i]

    def _is_name_token(self, i: int) -> bool:
        tok = self.doc[i]
        word = self.words[i]
        if self.lower[i] in DETERMINERS and not self._determiner_in_name(i):
            return False
        if word in POSSESSIVE_TOKENS or self.taken[i]:
            return False
        if self._common_word_in_headline(i):
            return False
        if ORDINAL.match(word) and tok.ent_type_ == "ORG" and i + 1 < len(self.words):
            return self.is_capitalised(i + 1)
        if self._surname_like_a_month(i):
            return True
        if (
            not self.is_capitalised(i)
            or tok.ent_type_ in NOT_NAME_LABELS
            or self.lower[i].rstrip(".") in CALENDAR_WORDS
        ):
            return False
        if (
            word.isupper()
            and len(word) > 4
            and self.doc[i].is_sent_start is not True
            and tok.ent_type_ == ""
            and not self._in_speaker_label(i)
        ):
            return False  # shouted words and datelines are not names; a transcript's label is one
        known = self._known_name_word(i) or self._opens_a_body_name(i)
        if self._in_described_opening_name(i):
            return True
        if self._opens_sentence(i) and not known and not self._in_tables(i):
            lone = tok.ent_iob_ == "B" and (i + 1 >= len(self.words) or self.doc[i + 1].ent_iob_ != "I")
            if tok.ent_type_ == "" or lone:
                return (
                    False  # "Rescuers widen search", "“Debris fell": a capital that only opens the sentence
                )
        return tok.pos_ == "PROPN" or tok.ent_type_ in NAME_LABELS or known or self._hyphenated_given_name(i)

    def _in_speaker_label(self, i: int) -> bool:
        """Is token ``i`` in a transcript turn's capitalised label ("GEN. MARA OKAFOR:")?"""
        end = self.label_ends.get(self.paragraph_ids[i])
        return end is not None and self.ends[i] <= end

    def _common_word_in_headline(self, i: int) -> bool:
        """A title-case headline's word that the body prints in lower case and never as a name ("Report: 30-35
        Separatists Dead in Fighting" beside the body's "separatists" and "dead") names no one."""
        if self.paragraph_kind(i) != "title" or self.doc[i].ent_type_ not in ("", "PERSON", "ORG"):
            return False  # a body's name ("Federal Emergency Management Agency") keeps its common words
        if self.body_common_words is None:
            lower, named, seen = set(), set(), set()
            for k, word in enumerate(self.words):
                if self.paragraph_kind(k) != "body":
                    continue
                seen.add(self.lower[k])
                if word.islower():
                    lower.add(word)
                elif self.is_capitalised(k) and not self._opens_sentence(k):
                    named.add(self.lower[k])
            self.body_common_words = lower - named
            self.body_words = seen
        if self.lower[i] in self.body_common_words and self.doc[i].ent_type_ != "ORG":
            return True
        # "Ethiopian Leader Brushes Off Threat", "Varda Militia Seizes Port": a headline verb the tagger made part of
        # a person's or a body's name, which the body never prints, is not a name
        verb = self.lower[i]
        return (
            (self.doc[i].ent_type_ == "PERSON" or (verb.endswith("s") and not verb.endswith("ss")))
            and verb in lx.HEADLINE_VERBS
            and verb not in self.body_words
            and self._title_case(i)
        )

    def _title_case(self, i: int) -> bool:
        """Token ``i`` is in a headline that capitalises its words ("Ethiopian Leader Brushes Off Threat")."""
        paragraph = self.paragraph_ids[i]
        words = [
            self.words[k]
            for k in range(len(self.words))
            if self.paragraph_ids[k] == paragraph and len(self.words[k]) > 3 and self.words[k].isalpha()
        ]
        return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

    def _in_described_opening_name(self, i: int) -> bool:
        """ "Avery Ng Man-yuen, vice chairman of the league, tells VOA ...": two to four capitalised words
        that open a sentence and are followed by a comma and a person's role are a person's name, whatever
        the tagger made of them (a lone capital opening a sentence is not: "Rescuers widen search")."""
        first = i
        while (
            first > 0 and self.sentence_ids[first - 1] == self.sentence_ids[i] and self.capitalised[first - 1]
        ):
            first -= 1
        if not self._opens_sentence(first):
            return False
        end = i
        while (
            end < len(self.words) and self.sentence_ids[end] == self.sentence_ids[i] and self.capitalised[end]
        ):
            end += 1
        if not 2 <= end - first <= 4 or end >= len(self.words) or self.words[end] != ",":
            return False
        if any(
            self.lower[k] in DETERMINERS or self.lower[k].rstrip(".") in CALENDAR_WORDS
            for k in range(first, end)
        ):
            return False
        described = self.lower[end + 1 : end + 5]
        return any(word in lx.ROLE_NOUNS for word in described) and not any(
            w in lx.ORG_NOUNS for w in self.lower[first:end]
        )

    def _hyphenated_given_name(self, i: int) -> bool:
        """ "Marie-Laurence", "Jean-Pierre": given names joined by a hyphen, whatever the tagger says; and a
        word of capitalised parts beside a given name or another such word ("Alain-Claude Bilie-By-Nze")."""
        parts = self.lower[i].split("-")
        if len(parts) == 2 and all(part in lx.first_name_genders() for part in parts):
            return True
        if not self._capitalised_compound(i):
            return False
        neighbours = [k for k in (i - 1, i + 1) if 0 <= k < len(self.words)]
        return any(
            self.sentence_ids[k] == self.sentence_ids[i]
            and (self.lower[k] in lx.first_name_genders() or self._capitalised_compound(k))
            for k in neighbours
        )

    def _capitalised_compound(self, i: int) -> bool:
        parts = self.words[i].split("-")
        return len(parts) >= 2 and all(part[:1].isupper() and part[1:2].islower() for part in parts)

    def _surname_like_a_month(self, i: int) -> bool:
        """A month or weekday name right after a capitalised given name is a surname ("Theresa May",
        "Brian May"), unless a day number follows it ("Tuesday May 5")."""
        if i == 0 or self.lower[i] not in CALENDAR_WORDS or not self.is_capitalised(i):
            return False
        before = self.lower[i - 1]
        number_after = i + 1 < len(self.words) and self.words[i + 1][:1].isdigit()
        return (
            self.is_capitalised(i - 1)
            and before in lx.first_name_genders()
            and self.sentence_ids[i - 1] == self.sentence_ids[i]
            and not number_after
        )

    def _determiner_in_name(self, i: int) -> bool:
        """ "Um Sam An," "Tran Van A.": a capitalised "A"/"An" closing a name, which a determiner never does
        (a determiner is followed by its noun, never by a comma, a period or a verb)."""
        if i == 0 or i + 1 >= len(self.words) or not self.words[i][:1].isupper() or self.lower[i] == "the":
            return False
        before, after = self.doc[i - 1], self.doc[i + 1]
        return (
            before.pos_ == "PROPN"
            and self.sentence_ids[i - 1] == self.sentence_ids[i]
            and (after.is_punct or after.pos_ in ("VERB", "AUX"))
        )

    def _nickname_end(self, j: int) -> int | None:
        """After a name's first word, one or two capitalised words in quote marks and then a name
        word: the index just past that name word, else None."""
        words = self.words
        if words[j] not in ("‘", "“", "'", '"'):
            return None
        for size in (1, 2):
            close, resume = j + size + 1, j + size + 2
            if resume >= len(words) or words[close] not in ("’", "”", "'", '"'):
                continue
            inner = range(j + 1, close)
            same = all(self.sentence_ids[k] == self.sentence_ids[j] for k in range(j, resume + 1))
            if same and all(self.is_capitalised(k) for k in inner) and self._is_name_token(resume):
                return resume + 1
        return None

    def _opens_a_body_name(self, i: int) -> bool:
        """ "Médecins Sans Frontières said": a sentence's first word that a capitalised proper noun
        follows, in body text (title-case headlines capitalise every word)."""
        nxt = i + 1
        return (
            nxt < len(self.words)
            and self.doc[i].pos_ == "PROPN"
            and self.doc[nxt].pos_ == "PROPN"
            and self.is_capitalised(nxt)
            and self.sentence_ids[nxt] == self.sentence_ids[i]
            and self.paragraph_kind(i) == "body"
        )

    def _opens_sentence(self, i: int) -> bool:
        """The first word of a sentence, or of a quotation opening one ("“Debris fell ...")."""
        if i == 0 or self.sentence_ids[i - 1] != self.sentence_ids[i]:
            return True
        return self.words[i - 1] in OPENERS and (i == 1 or self.sentence_ids[i - 2] != self.sentence_ids[i])

    def _in_tables(self, i: int) -> bool:
        """A country, capital or demonym of the shipped tables ("Russia said", "Moscow denied")."""
        word = self.words[i]
        return bool(self._country(word) or self._demonym(word) or lx.fold(word) in self.table.capitals)

    def _known_name_word(self, i: int) -> bool:
        """A sentence's first word that is also a name elsewhere ("Echeverri asked.") or says something."""
        if self.lower[i] in LEXICON_NOUNS or self.lower[i] in lx.words("the a an this that these those it"):
            return False
        if self.name_words is None:
            self.name_words = {
                self.lower[k]
                for k in range(len(self.words))
                if self.is_capitalised(k)
                and not self._opens_sentence(k)
                and (self.doc[k].pos_ == "PROPN" or self.doc[k].ent_type_ in NAME_LABELS)
            }
        if self.lower[i] in self.name_words:
            return True
        nxt = self.doc[i + 1] if i + 1 < len(self.words) else None
        return nxt is not None and self.doc[i].pos_ == "PROPN" and nxt.lemma_.lower() in lx.SPEECH_VERBS

    def _honorific(self, i: int) -> bool:
        word = self.lower[i].rstrip(".")
        return self.is_capitalised(i) and (word in lx.HONORIFICS or word in lx.ROLE_NOUNS)

    def _country(self, text: str) -> str | None:
        key = lx.fold(text).removeprefix("the ")
        return self.table.names.get(key)

    def _demonym(self, text: str) -> str | None:
        key = lx.fold(text)
        return self.table.demonyms.get(key) or self.derived_demonyms.get(key)

    def _country_of_title(self, start: int, end: int) -> str | None:
        """The country a person's title names: "Russian President X", "South Korea's defence minister X".

        A title or role written before a name ties the person to a country through a demonym,
        a country name or its possessive, or a capital standing for the government.
        """
        k = start
        while k < end:
            for width in (2, 1):
                text = self.surface(k, min(end, k + width))
                country = self._country(text) or self._demonym(text) or self.table.capitals.get(lx.fold(text))
                if country and k + width <= end:
                    return country
            k += 1
        return None

    def _locative_before(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and self.lower[j] in DETERMINERS:
            j -= 1
        if j < 0:
            return False
        if self.lower[j] in lx.LOCATIVE_PREPOSITIONS:
            return True
        before = self.doc[j - 1].lemma_.lower() if j > 0 else ""
        if self.lower[j] == "of" and (before in PLACE_NOUNS or before in lx.ROLE_NOUNS):
            return True
        # "the village, X": an apposition; not "security on the border, X said", a clause's end
        return self.lower[j] == "," and before in PLACE_NOUNS and not self._subject_after_a_clause(i)

    def _subject_after_a_clause(self, i: int) -> bool:
        """Whether the name starting at ``i`` is the subject of a verb after a comma ("..., X said")."""
        head = self.doc[i]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i

    def paragraph_kind(self, i: int) -> str:
        return self.paragraph_kinds[self.paragraph_ids[i]]

    def _np_left(self, i: int) -> int:
        left = i
        for child in reversed(list(self.doc[i].lefts)):
            if child.dep_ in NP_LEFT_DEPS and child.right_edge.i >= left - 2:
                if any(self.taken[k] and k not in self.in_names for k in range(child.left_edge.i, left)):
                    break
                if any(
                    self.words[k] in (",", ";", ":", "(", "“", '"', "‘")
                    for k in range(child.left_edge.i, left)
                ):
                    break
                if any(self.doc[k].ent_type_ in lx.TIME_LABELS for k in range(child.left_edge.i, left)):
                    break  # "On Friday police arrested", "Last night rebels shelled": a fronted date, not a name
                left = child.left_edge.i
            else:
                break
        while left < i and (self.words[left] in (",", "-", "–") or self.doc[left].pos_ == "ADP"):
            left += 1  # "(survived) out of eight gunmen": the words taking it out of a whole are not the name
        return left

    def _possessor_text(self, k: int) -> str:
        j = k
        while j - 1 >= 0 and (j - 1 in self.in_names or self._is_name_token(j - 1)):
            j -= 1
        return self.surface(j, k + 1)


def _is_capitalised(word: str) -> bool:
    """See :meth:`MentionTokens.is_capitalised` (computed once per token)."""
    if PARTICLE_NAME.match(word):
        return True
    return bool(word) and word[0].isupper() and any(c.isalpha() for c in word)
