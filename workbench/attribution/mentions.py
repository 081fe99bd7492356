"""Where actors are named: names, titled names, descriptions, groups, pronouns, metonyms.

:func:`find_mentions` reads one report's NLTK tokens with spaCy's tags, parse and entities
and returns :class:`Candidate` mentions, each with a kind (person, organisation, country,
place, group) decided from the words around it rather than from spaCy's label alone:
a title or role before a name makes a person ("regional governor Oleh Syniehubov"), an
organisation noun an organisation ("the aid group Manos Abiertas"), a capital outside a
place phrase stands for its country ("Moscow said"), a demonym before a group noun
names a group ("North Korean troops"). The registry (:mod:`workbench.actors`) links them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import lexicon as lx
from ..quote_marks import QuoteSpan, quote_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..report import Report

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
#: Entity labels and words that are never part of an actor's name (dates, numbers, calendar words).
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
CALENDAR_WORDS = lx.words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"""
)
DETERMINERS = frozenset({"the", "a", "an"})
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "’", "'"})
NAME_CONNECTORS = frozenset(
    {"of", "de", "da", "del", "della", "di", "du", "van", "von", "der", "al", "bin", "&", "y"}
)
#: Nouns before "of NAME" or after a name that make it a place ("the town of X", "X region").
PLACE_NOUNS = lx.words(
    """town city village region province district oblast county state area port island capital
    river sea bay strait gulf border frontier base airport mine field bank valley coast peninsula
    settlement neighbourhood neighborhood suburb municipality prefecture governorate territory zone
    street square road route highway district camp compound plant station"""
)
#: Nouns before a name that make it a thing, not an actor ("the tanker X", "Cyclone X").
THING_NOUNS = lx.words(
    """tanker trawler ship vessel boat ferry freighter cargo carrier submarine frigate destroyer
    cyclone hurricane typhoon storm tropical operation exercise plan programme program project
    treaty agreement accord deal law act bill charter resolution summit conference festival
    system missile rocket drone aircraft jet helicopter tank satellite app platform website
    newspaper magazine channel programme show film book report route highway bridge dam"""
)
NP_LEFT_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "advmod", "npadvmod"}
)
#: Surnames opening with a lower-case Arabic or Berber particle: "al-Sharafi", "el-Amin", "ould-Taya".
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|abu|bin|ibn|ould)[-‑][A-Z]")
#: Longest relative clause (in tokens) kept in an unnamed person's description.
_MAX_RELATIVE_CLAUSE = 7
RIGHT_PREPOSITIONS = frozenset({"of", "for", "at", "in", "from", "with", "on"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


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


class MentionFinder:
    """Finds candidate mentions in one report (use :func:`find_mentions`)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.doc: Doc = report.doc
        self.text = report.text
        self.starts: list[int] = report.tokens["start"].tolist()
        self.ends: list[int] = report.tokens["end"].tolist()
        self.words: list[str] = report.tokens["text"].tolist()
        self.lower = [w.lower() for w in self.words]
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
        self.table = lx.country_table()
        self.taken: list[bool] = [False] * len(self.words)
        self.candidates: list[Candidate] = []
        self.by_end: dict[int, list[Candidate]] = {}  # end token -> candidates (see _candidates_ending_at)
        self.ends_indexed = 0  # how many candidates by_end holds
        self.derived_demonyms: dict[str, str] = {}
        self.derived_countries: set[str] = set()  # folded names of countries known from their demonym
        self.name_words: set[str] | None = None  # lower-cased words used as names mid-sentence
        self.in_names: set[int] = set()  # tokens of names already found
        self.run_tokens: set[int] = set()  # tokens of every capitalised name run
        self.decided: dict[str, str] = {}  # folded name -> kind its clearest context gives it

    # ------------------------------------------------------------------ helpers

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
        word = self.words[i]
        if _PARTICLE_NAME.match(word):
            return True
        return bool(word) and word[0].isupper() and any(c.isalpha() for c in word)

    def _is_name_token(self, i: int) -> bool:
        tok = self.doc[i]
        word = self.words[i]
        if self.lower[i] in DETERMINERS and not self._determiner_in_name(i):
            return False
        if word in POSSESSIVE_TOKENS or self.taken[i]:
            return False
        if _ORDINAL.match(word) and tok.ent_type_ == "ORG" and i + 1 < len(self.words):
            return self.is_capitalised(i + 1)
        if (
            not self.is_capitalised(i)
            or tok.ent_type_ in NOT_NAME_LABELS
            or self.lower[i].rstrip(".") in CALENDAR_WORDS
        ):
            return False
        if word.isupper() and len(word) > 4 and self.doc[i].is_sent_start is not True and tok.ent_type_ == "":
            return False  # shouted words and datelines are not names
        known = self._known_name_word(i) or self._opens_a_body_name(i)
        if self._opens_sentence(i) and not known and not self._in_tables(i):
            lone = tok.ent_iob_ == "B" and (i + 1 >= len(self.words) or self.doc[i + 1].ent_iob_ != "I")
            if tok.ent_type_ == "" or lone:
                return (
                    False  # "Rescuers widen search", "“Debris fell": a capital that only opens the sentence
                )
        return tok.pos_ == "PROPN" or tok.ent_type_ in NAME_LABELS or known

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
        return self.lower[j] == "," and before in PLACE_NOUNS

    # ------------------------------------------------------------------ names

    def name_runs(self) -> list[tuple[int, int]]:
        """Maximal runs of name tokens, joined over connectors ("Bank of England", "Tembe & Associados")."""
        runs: list[tuple[int, int]] = []
        i, n = 0, len(self.words)
        while i < n:
            if not self._is_name_token(i):
                i += 1
                continue
            j = i + 1
            while j < n:
                same_sentence = self.sentence_ids[j] == self.sentence_ids[i]
                if same_sentence and self._is_name_token(j) and self.ends[j - 1] <= self.starts[j]:
                    if self.quote_depth[j] != self.quote_depth[j - 1]:
                        break
                    j += 1
                elif same_sentence and (after := self._nickname_end(j)) is not None:
                    j = after  # "Jimmy ‘Barbecue’ Chérizier": a nickname in quote marks inside the name
                elif same_sentence and self._connects(j):
                    k = j
                    while (
                        k < n
                        and k - j < 3
                        and (
                            self.lower[k] in NAME_CONNECTORS
                            or (self.lower[k] == "the" and self.lower[k - 1] == "of")
                        )
                    ):
                        k += 1  # "Ursula von der Leyen", "Committee of the Red Cross"
                    if k < n and self._is_name_token(k):
                        j = k + 1
                    else:
                        break
                else:
                    break
            first = i
            while first > 0 and self.sentence_ids[first - 1] == self.sentence_ids[i]:
                if self._honorific(first - 1):
                    first -= 1  # "Dame" or "Father" opening a sentence is still a title
                elif first > 1 and self.lower[first - 1] == "of" and self._honorific(first - 2):
                    first -= 2  # "Secretary of State ..."
                else:
                    break
            runs.append((first, j))
            i = j
        return runs

    def add_names(self) -> None:
        """Names, with the kind that the clearest context anywhere in the report gives each name."""
        self._derive_demonyms()
        runs = self.name_runs()
        self.run_tokens = {k for start, end in runs for k in range(start, end)}
        for start, end in runs:  # first pass: kinds decided by titles, roles, appositions, places
            first = self._title_prefix(start, end)
            kind = self._decisive_kind(start, first, end)
            if kind is not None:
                self.decided.setdefault(lx.fold(self.surface(first, end)), kind)
                if kind == "person" and end - first > 1:
                    self.decided.setdefault(lx.fold(self.words[end - 1]), kind)
        for start, end in runs:
            self._add_name_run(start, end)

    def _decisive_kind(self, start: int, first: int, end: int) -> str | None:
        if lx.fold(self.surface(first, end)) in self.derived_countries:
            return "country"
        if self._quoted_name(start, end) or lx.fold(self.words[first]) in THING_NOUNS:
            return "thing"
        prefix_words = [self.lower[k].rstrip(".") for k in range(start, first)]
        left, descriptor_heads = self._descriptor_left(start)
        descriptor_words = {self.lower[h].rstrip(".") for h in descriptor_heads}
        _, app_class, _ = self._appositive_right(end)
        _, left_class = self._appositive_left(left)
        if (
            any(w in lx.HONORIFICS or w in lx.ROLE_NOUNS for w in prefix_words)
            and self.lower[end - 1] not in lx.ORG_NOUNS
        ):
            return "person"
        if descriptor_words & lx.ROLE_NOUNS or app_class in ("person", "age") or left_class == "person":
            return "person"
        if descriptor_words & THING_NOUNS:
            return "thing"
        if descriptor_words & lx.ORG_NOUNS or app_class == "organisation" or left_class == "organisation":
            return "organisation"
        if descriptor_words & PLACE_NOUNS or app_class == "place" or left_class == "place":
            return "place"
        if self._locative_before(start) or (end < len(self.words) and self.lower[end] in PLACE_NOUNS):
            return "place"
        return None

    def _quoted_name(self, start: int, end: int) -> bool:
        """A name standing alone between quote marks ("Kestrel Shield"): a name of a thing."""
        return (
            start > 0
            and end < len(self.words)
            and self.words[start - 1] in ("“", '"', "‘", "'", "``")
            and self.words[end] in ("”", '"', "’", "'", "''")
        )

    def _derive_demonyms(self) -> None:
        """ "Marvenian" names Marvenia when both appear: demonyms of countries the table does not know."""
        capitalised = {lx.fold(w) for i, w in enumerate(self.words) if self.is_capitalised(i)}
        for word in capitalised:
            if word in self.table.demonyms:
                continue
            for suffix, restore in (
                ("ians", "ia"),
                ("ian", "ia"),
                ("ans", "a"),
                ("an", "a"),
                ("ns", ""),
                ("n", ""),
            ):
                if word.endswith(suffix) and len(word) > len(suffix) + 3:
                    stem = word[: -len(suffix)] + restore
                    if stem in capitalised and stem not in self.table.capitals:
                        self.derived_countries.add(stem)
                        self.derived_demonyms[word] = next(
                            w
                            for i, w in enumerate(self.words)
                            if lx.fold(w) == stem and self.is_capitalised(i)
                        )
                        break

    def _connects(self, j: int) -> bool:
        """A connector inside a name: "Bank of England", "Secretary of State X", "Tembe & Associados"."""
        word = self.lower[j]
        if word not in NAME_CONNECTORS or word == "and":
            return False
        if word != "of":
            return True
        before = self.lower[j - 1].rstrip(".")
        return before in lx.ORG_NOUNS or before in lx.HONORIFICS or before in lx.ROLE_NOUNS

    def _title_prefix(self, start: int, end: int) -> int:
        """Index of the first name token after titles and roles written inside the run.

        "Secretary of State Antony Blinken": the title takes its "of X" along.
        """
        first = start
        if self.lower[end - 1] in lx.ORG_NOUNS:
            return start  # "General Assembly", "Prime Minister's Office": an organisation's own name
        k = start
        while k < end - 1:
            parts = self.lower[k].rstrip(".").split("-")
            if any(p in lx.HONORIFICS or p in lx.ROLE_NOUNS for p in parts):
                first = k + 1
                if k + 2 < end - 1 and self.lower[k + 1] == "of":
                    first = k + 3
                    k += 2
            k += 1
        return first

    def _descriptor_left(self, start: int) -> tuple[int, list[int]]:
        """Role or descriptor words written right before a name ("chief executive X", "the aid group X")."""
        j = start - 1
        heads: list[int] = []
        if j < 0 or self.sentence_ids[j] != self.sentence_ids[start] or not self._descriptor_noun(j):
            return start, heads
        heads.append(j)
        left = j
        k = j - 1
        while k >= 0 and self.sentence_ids[k] == self.sentence_ids[start]:
            tok = self.doc[k]
            if self.lower[k] in DETERMINERS:
                left = k
                break
            if self.words[k] in POSSESSIVE_TOKENS and k > 0:
                k -= 1
                left = k
                while k - 1 >= 0 and (k - 1 in self.in_names or self._is_name_token(k - 1)):
                    k -= 1
                    left = k
                k -= 1
                continue
            if tok.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or tok.tag_ in (
                "JJ",
                "NN",
                "NNP",
                "VBN",
                "VBG",
                "HYPH",
            ):
                if tok.pos_ == "VERB" and tok.tag_ not in ("VBN", "VBG"):
                    break
                if self.quote_depth[k] != self.quote_depth[start]:
                    break
                left = k
                k -= 1
                continue
            if self.words[k] == "-" and k > 0:
                left = k
                k -= 1
                continue
            break
        return left, heads

    def _descriptor_noun(self, j: int) -> bool:
        word = self.lower[j].rstrip(".")
        parts = word.split("-")
        return (
            any(
                p in lx.ROLE_NOUNS or p in lx.ORG_NOUNS or p in THING_NOUNS or p in lx.HONORIFICS
                for p in parts
            )
            and not self.is_capitalised(j)
        ) or (self.is_capitalised(j) and self.doc[j].pos_ == "NOUN" and word in lx.ROLE_NOUNS)

    def _appositive_right(self, end: int) -> tuple[int, str | None, int]:
        """ ", a London-based reinsurer," or ", 62," after a name: (head token, class, end token)."""
        n = len(self.words)
        if end >= n or self.words[end] != "," or end + 1 >= n:
            return -1, None, end
        k = end + 1
        if re.fullmatch(r"\d{1,3}", self.words[k]) and (k + 1 >= n or self.words[k + 1] in (",", ".")):
            return k, "age", k + 1
        possessive = any(self.words[m] in POSSESSIVE_TOKENS for m in range(k + 1, min(n, k + 4)))
        if self.lower[k] not in DETERMINERS and not possessive:
            return -1, None, end
        head = -1
        j = k
        while (
            j < n
            and j < k + 12
            and self.words[j] not in APPOSITION_STOPS
            and self.lower[j] not in APPOSITION_STOPS
        ):
            if j > k and (
                self.doc[j].dep_ in ("acl", "relcl") or (self.doc[j].dep_ == "prep" and self.lower[j] != "of")
            ):
                break  # ", a mother of five sheltering in a school": the apposition ends before "sheltering"
            if self.doc[j].pos_ in ("NOUN", "PROPN") and self.lower[j] not in POSSESSIVE_TOKENS:
                is_possessor = j + 1 < n and self.words[j + 1] in POSSESSIVE_TOKENS
                if not is_possessor and _describes(self.lower[j]):
                    head = j
            if self.lower[j] == "of" and head >= 0:
                break
            j += 1
        if head < 0:
            return -1, None, end
        word = self.lower[head]
        if word in lx.ORG_NOUNS and word not in lx.ROLE_NOUNS:
            return head, "organisation", j
        if word in PLACE_NOUNS:
            return head, "place", j
        return head, "person", j

    def _appositive_left(self, start: int) -> tuple[int, str | None]:
        """ "The chief executive, NAME" or "the company, NAME": (head token, class) of the description."""
        if start < 2 or self.words[start - 1] != ",":
            return -1, None
        head, first = self._phrase_before(start - 1)
        described = self.doc[head]
        if (first >= 2 and self.words[first - 1] == "," and first - 2 in self.run_tokens) or (
            described.dep_ == "appos" and described.head.i < head and described.head.i in self.run_tokens
        ):
            return -1, None  # "X, the head of the agency, NAME": the description is X's, not NAME's
        word = self.lower[head]
        if self.doc[head].pos_ not in ("NOUN", "PROPN") or (
            self.is_capitalised(head) and word not in lx.ROLE_NOUNS
        ):
            return -1, None
        if start + 1 < len(self.words) and self.lower[start + 1] in ("and", "or"):
            return -1, None  # a list ("the company, X and Y"), not an apposition
        if any(self.words[k] in POSSESSIVE_TOKENS for k in (head + 1,) if k < start):
            return -1, None
        if word in lx.ORG_NOUNS and word not in lx.ROLE_NOUNS:
            return head, "organisation"
        if word in PLACE_NOUNS:
            return head, "place"
        if word in lx.ROLE_NOUNS or word.split("-")[-1] in lx.ROLE_NOUNS:
            return head, "person"
        return -1, None

    def _phrase_before(self, comma: int) -> tuple[int, int]:
        """(head, first token) of the noun phrase ending just before ``comma``: "The head of the city's
        administration" -> head."""
        first = comma - 1
        while (
            first - 1 >= 0
            and comma - first < 10
            and self.sentence_ids[first - 1] == self.sentence_ids[comma]
            and self.words[first - 1] not in (",", ";", ":", "(", ")", "“", '"')
            and not (
                self.doc[first - 1].pos_ in ("VERB", "AUX") and self.doc[first - 1].tag_ not in ("VBN", "VBG")
            )
        ):
            first -= 1
        ofs = [k for k in range(first, comma) if self.lower[k] in ("of", "for", "at", "in", "from", "to")]
        if ofs:
            nouns = [k for k in range(first, ofs[0]) if self.doc[k].pos_ in ("NOUN", "PROPN")]
            if nouns:
                return nouns[-1], first  # "The chief of the general staff, X", "the UN envoy for Yemen, X"
        return comma - 1, first

    def _add_name_run(self, start: int, end: int) -> None:
        if all(self.lower[k] in LEXICON_NOUNS for k in range(start, end)):
            return  # "Operator: ..." or "Committee chair says": a description capitalised by its position
        role = ROLE_PHRASES.get(" ".join(self.lower[start:end]))
        if role is not None:  # "the Head of State said": the president, described
            left = start - 1 if start > 0 and self.lower[start - 1] == "the" else start
            self.candidates.append(
                Candidate(
                    left, end, start, "person", "description",
                    self.surface(left, end), surface_start=left, roles={role}, definite=True,
                    in_quote=self.quote_depth[start] > 0,
                )
            )  # fmt: skip
            for k in range(left, end):
                self.taken[k] = True
            return
        first = self._title_prefix(start, end)
        name_tokens = range(first, end)
        name = self.surface(first, end)
        prefix_words = [self.lower[k].rstrip(".") for k in range(start, first)]
        left, descriptor_heads = self._descriptor_left(start)
        app_head, app_class, _app_end = self._appositive_right(end)
        left_head, left_class = self._appositive_left(left)
        tok_head = max(name_tokens, key=lambda k: (self.doc[k].head.i not in name_tokens, k))
        candidate = Candidate(
            start=first,
            end=end,
            head=tok_head,
            kind="",
            form="name",
            name=name,
            surface_start=left,
            in_quote=self.quote_depth[first] > 0,
            definite=left < start and self.lower[left] == "the",
        )
        descriptor_words = {self.lower[h].rstrip(".") for h in descriptor_heads}
        roles = {w for w in prefix_words if w in lx.ROLE_NOUNS or w in lx.HONORIFICS}
        kind = self._name_kind(start, first, end, name, prefix_words, descriptor_words, app_class, left_class)
        if kind is None:
            return
        candidate.kind = kind
        if kind == "person":
            candidate.roles = roles | {w for w in descriptor_words if w in lx.ROLE_NOUNS}
            if app_class == "person":
                candidate.roles.add(self.lower[app_head])
            if left_class == "person":
                candidate.roles.add(self.lower[left_head])
            candidate.gender = _gender(prefix_words + sorted(descriptor_words) + sorted(candidate.roles))
            candidate.country = self._country_of_title(left, first)
        elif kind == "organisation":
            candidate.roles = {w for w in descriptor_words if w in lx.ORG_NOUNS}
            if app_class == "organisation":
                candidate.roles.add(self.lower[app_head])
            if left_class == "organisation":
                candidate.roles.add(self.lower[left_head])
            last = self.lower[end - 1]
            if last in lx.ORG_NOUNS:
                candidate.roles.add(last)
            seat = self.table.seats.get(lx.fold(name))
            if seat:
                candidate.form, candidate.country = "seat", seat
            elif start >= 2 and self.words[start - 1] in POSSESSIVE_TOKENS:
                owner = self._possessor_text(start - 2)  # "Russia's Foreign Ministry" is not Ukraine's
                country = self._country(owner) or self.table.capitals.get(lx.fold(owner))
                if country:
                    candidate.country = country
                    candidate.name = f"{owner}{self.words[start - 1]} {name}"
                    candidate.surface_start = start - 1 - len(owner.split())
        elif kind == "country":
            country = self._country(name) or self.table.capitals.get(lx.fold(name))
            if country and lx.fold(name) in self.table.capitals:
                candidate.form = "metonym"
            candidate.country = country
            candidate.name = country or name
        elif kind == "group":
            candidate.country = self._demonym(name)
        for k in range(min(left, start), end):
            self.taken[k] = True
        self.in_names.update(range(first, end))
        if left_head >= 0 and left_class == kind:
            self._add_appositive_description(left_head, candidate)
        if app_head >= 0 and app_class == kind:
            self._add_appositive_description(app_head, candidate)
        self.candidates.append(candidate)
        # an organisation or country inside a title ("Enerhomost chief executive", "UN Secretary-General")
        if kind == "person" and left < start:
            self._add_embedded_names(left, start)

    def _add_embedded_names(self, left: int, start: int) -> None:
        k = left
        while k < start:
            if (
                self._is_name_token(k)
                and self.lower[k] not in lx.ROLE_NOUNS
                and self.lower[k] not in lx.HONORIFICS
            ):
                j = k + 1
                while j < start and self._is_name_token(j) and self.lower[j] not in lx.ROLE_NOUNS:
                    j += 1
                text = self.surface(k, j)
                country = self._country(text) or self.table.capitals.get(lx.fold(text))
                if country:
                    kind, form, name = "country", "name" if self._country(text) else "metonym", country
                elif self._demonym(text):
                    kind, form, name = "country", "demonym", self._demonym(text) or text
                else:
                    kind, form, name = "organisation", "name", text
                self.candidates.append(
                    Candidate(
                        k,
                        j,
                        j - 1,
                        kind,
                        form,
                        name,
                        surface_start=k,
                        country=country,
                        in_quote=self.quote_depth[k] > 0,
                    )
                )
                k = j
            else:
                k += 1

    def _add_appositive_description(self, head: int, named: Candidate) -> None:
        start = self._np_left(head)
        self.candidates.append(
            Candidate(
                start=start,
                end=head + 1,
                head=head,
                kind=named.kind,
                form="description",
                name=self.surface(start, head + 1),
                surface_start=start,
                roles={self.lower[head]},
                apposition=named.head,
                definite=self.lower[start] == "the",
                in_quote=self.quote_depth[head] > 0,
            )
        )
        for k in range(start, head + 1):
            self.taken[k] = True

    def _name_kind(
        self,
        start: int,
        first: int,
        end: int,
        name: str,
        prefix_words: list[str],
        descriptor_words: set[str],
        app_class: str | None,
        left_class: str | None,
    ) -> str | None:
        folded = lx.fold(name)
        last = self.lower[end - 1]
        labels = {self.doc[k].ent_type_ for k in range(first, end)} - {""}
        if self.decided.get(folded) == "thing":
            return None
        if self._country(name):
            return "country"
        if folded in self.table.seats:
            return "organisation"
        if folded in self.table.capitals:
            return None if self._locative_before(start) else "country"
        if self._demonym(name):
            return "group" if name.endswith("s") and self.doc[end - 1].tag_ == "NNPS" else None
        if descriptor_words & THING_NOUNS or lx.fold(self.words[first]) in THING_NOUNS:
            return None
        if last in lx.ORG_NOUNS and self.is_capitalised(end - 1):
            return "organisation"
        if end - first >= 2 and self._acronym_follows(end):
            return "organisation"  # "Médecins Sans Frontières (MSF)": people are not known by initials
        if any(w in lx.HONORIFICS or w in lx.ROLE_NOUNS for w in prefix_words):
            return "person"
        if descriptor_words & lx.ROLE_NOUNS or app_class in ("person", "age") or left_class == "person":
            return "person"
        if descriptor_words & lx.ORG_NOUNS or app_class == "organisation" or left_class == "organisation":
            return "organisation"
        if descriptor_words & PLACE_NOUNS or app_class == "place" or left_class == "place":
            return "place"
        if self._locative_before(start) or (end < len(self.words) and self.lower[end] in PLACE_NOUNS):
            return "place"
        if folded in self.derived_countries or folded in self.decided:
            return self.decided.get(folded, "country")
        if labels & {"GPE"}:
            return "country" if self._acts(end - 1) else "place"
        if labels & {"LOC", "FAC"}:
            return "place"
        if labels & {"PERSON"}:
            if (
                start > 0 and self.lower[start - 1] == "the"
            ):  # "the Houthis" act as a group; "the X" is no person
                return "group" if self.doc[end - 1].tag_ == "NNPS" or name.endswith("s") else None
            return "person"
        if labels & {"ORG"}:
            return "organisation"
        if labels & {"NORP"}:  # "the Houthis", "Kurds": a people or movement acting as one
            return "group" if self.doc[end - 1].tag_ == "NNPS" or name.endswith("s") else None
        if 2 <= end - first <= 3 and not self.doc[start].is_sent_start:
            return "person"  # an unlabelled name of two or three words mid-sentence
        return "organisation" if self._acts(end - 1) else None

    def _acronym_follows(self, end: int) -> bool:
        """ "(MSF)" right after a name: an all-capitals short form of two to six letters in brackets."""
        words = self.words
        if end + 2 >= len(words) or words[end] != "(" or words[end + 2] != ")":
            return False
        short = words[end + 1]
        return short.isupper() and short.isalpha() and 2 <= len(short) <= 6

    def _acts(self, i: int) -> bool:
        """Whether a token heads a subject or a possessor (a name that does something or owns something)."""
        tok = self.doc[i]
        return tok.dep_ in SUBJECT_DEPS or (
            i + 1 < len(self.words) and self.words[i + 1] in POSSESSIVE_TOKENS
        )

    # ------------------------------------------------------------------ common nouns

    def add_noun_phrases(self) -> None:
        for tok in self.doc:
            i = tok.i
            if self.taken[i] or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            word = self.lower[i]
            lemma = tok.lemma_.lower()
            is_role = word in lx.ROLE_NOUNS or word.split("-")[-1] in lx.ROLE_NOUNS
            is_org = word in lx.ORG_NOUNS or lemma in lx.ORG_NOUNS
            is_group = word in lx.GROUP_NOUNS
            if not (is_role or is_org or is_group):
                continue
            if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > i:
                head_word = self.lower[tok.head.i]
                if head_word not in lx.STATEMENT_NOUNS or self.taken[tok.head.i]:
                    continue  # "ministry spokesman", "army checkpoint"; but "a council statement" names its author
            if any(self.lower[c.i] in NON_REFERRING for c in tok.lefts if c.dep_ == "det"):
                continue  # "which group", "any official", "another agency"
            capitalised_mid_sentence = self.is_capitalised(i) and not (i == 0 or self.doc[i].is_sent_start)
            if capitalised_mid_sentence and tok.pos_ == "PROPN" and self.paragraph_kind(i) == "body":
                continue  # "the Navy", "the Council": part of a name
            self._add_noun_phrase(i, is_role=is_role and not is_group, is_org=is_org, is_group=is_group)

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
                left = child.left_edge.i
            else:
                break
        while left < i and self.words[left] in (",", "-", "–"):
            left += 1
        return left

    def _np_right(self, i: int) -> int:
        right = i + 1
        for child in self.doc[i].rights:
            if child.dep_ == "prep" and self.lower[child.i] in RIGHT_PREPOSITIONS and child.i == right:
                edge = child.right_edge.i + 1
                stop = next(
                    (k for k in range(child.i, edge) if self.words[k] in (",", ";", ":", "(", "“", "”", '"')),
                    None,
                )
                if stop is not None:  # "a commander of MARCOS, India's marine commandos": up to the comma
                    if self.words[stop] == "," and stop > child.i + 1 and self.is_capitalised(stop - 1):
                        right = stop
                    break
                if any(self.doc[k].pos_ in ("VERB", "AUX") for k in range(child.i, edge)):
                    break
                right = edge
            break
        return right

    def _relative_clause_end(self, i: int, right: int) -> int:
        """ "a soldier who survived the attack": an unnamed person is known by the whole description,
        so a short relative clause right after the phrase belongs to it, up to its first punctuation."""
        for child in self.doc[i].rights:
            if child.dep_ != "relcl" or child.left_edge.i != right:
                continue
            edge = next((k for k in range(right, child.right_edge.i + 1) if self.doc[k].is_punct), None)
            edge = child.right_edge.i + 1 if edge is None else edge  # "..., speaking by phone" is not in it
            relative = self.lower[right] in lx.RELATIVE_PRONOUNS
            if relative and edge - right <= _MAX_RELATIVE_CLAUSE and self.quote_depth[right] == 0:
                return edge
        return right

    def _add_noun_phrase(self, i: int, *, is_role: bool, is_org: bool, is_group: bool) -> None:
        tok = self.doc[i]
        left = self._np_left(i)
        right = self._np_right(i) if (is_group or is_role or tok.tag_ in ("NNS",)) else i + 1
        words = [self.lower[k] for k in range(left, i + 1)]
        determiner = words[0] if words and words[0] in DETERMINERS else None
        possessor = None
        country = None
        content: set[str] = set()
        marks = [k for k in range(left, i) if self.words[k] in POSSESSIVE_TOKENS]
        k = marks[-1] + 1 if marks else left
        if marks:
            possessor = marks[-1] - 1
        while k <= i:
            w = self.lower[k]
            if (
                w in DETERMINERS
                or self.doc[k].pos_ in ("NUM", "PUNCT", "DET", "PRON")
                or self.doc[k].like_num
            ):
                k += 1
                continue
            if k < i:
                two = self.surface(k, k + 2)
                pair = self._country(two) or self._demonym(two)
                if pair:
                    country, k = pair, k + 2
                    continue
            single = self._country(self.words[k]) or self._demonym(self.words[k])
            single = single or self.table.capitals.get(lx.fold(self.words[k]))
            if single:
                country = single
            else:
                content.add(lx.fold(self.doc[k].lemma_ if k == i else w))
            k += 1
        if possessor is not None:
            p_text = self._possessor_text(possessor)
            country = self._country(p_text) or self.table.capitals.get(lx.fold(p_text)) or country
        head_word = lx.fold(tok.lemma_) if tok.tag_ == "NNS" and not is_group else self.lower[i]
        surface = self.surface(left, right)
        quote = self.quote_depth[i] > 0
        subject = tok.dep_ in SUBJECT_DEPS
        distinctive = content - {head_word} - GENERIC_MODIFIERS
        if is_role and tok.tag_ != "NNS":
            form = "description" if determiner != "a" and determiner != "an" else "anonymous"
            if form == "anonymous":
                right = self._relative_clause_end(i, right)
                surface = self.surface(left, right)
            name = surface
            cand = Candidate(
                left, right, i, "person", form, name, surface_start=left, roles={self.lower[i]}, country=country,
                definite=determiner == "the" or possessor is not None or determiner is None,
                in_quote=quote, subject=subject,
            )  # fmt: skip
            cand.gender = _gender([self.lower[i]])
            if self.lower[i] in lx.SPOKESPERSON_NOUNS and right > i + 1:
                cand.form = "spokesperson"
            self.candidates.append(cand)  # also inside quotes: "the agency's chief executive told us, '...'"
        elif is_org and (tok.tag_ != "NNS" or self.lower[i] in ("forces", "authorities")) and not is_group:
            definite = determiner == "the" or possessor is not None or determiner is None
            form = "description" if not distinctive and country is None and possessor is None else "name"
            if possessor is not None and not distinctive and country is None:
                form = "description"
            if quote:
                return  # a body described inside someone's words is theirs to describe
            printed = self.surface(left, i + 1)
            proper = any(self.is_capitalised(k) for k in range(left + 1, i + 1))
            name = (_strip_determiner(printed) if proper else printed) if form == "name" else surface
            poss = next((c.i for c in tok.lefts if c.dep_ == "poss"), None)
            owner = self._person_named_at(poss) if poss is not None and possessor is None else None
            if owner is not None and poss is not None and country is None:  # "Netanyahu's office"
                form, possessor, left = "name", poss, owner.start
                name = (
                    f"{owner.name}{self.words[poss + 1]} {self.surface(poss + 2, i + 1)}"
                    if poss + 2 <= i
                    else owner.name
                )
                content = {*content, lx.fold(owner.name)}
            cand = Candidate(
                left, i + 1, i, "organisation", form, name, surface_start=left, roles={head_word},
                country=country, content=frozenset(content), definite=definite, in_quote=quote,
                subject=subject,
            )  # fmt: skip
            named = self._named_organisation_within(left, i)
            if named is not None:  # "his Civic Union party": the party named Civic Union
                cand.form, cand.apposition = "description", named
            self.candidates.append(cand)
        elif is_group:
            if quote:
                return
            member = self.lower[i] in lx.MEMBER_NOUNS
            self.candidates.append(
                Candidate(
                    left, right, i, "group", "member" if member else "group", surface, surface_start=left,
                    roles={head_word}, country=country, content=frozenset(content), definite=determiner == "the",
                    in_quote=quote, subject=subject,
                )
            )  # fmt: skip
        else:
            return
        for k in range(left, i + 1):  # the phrase after the head may name another actor
            self.taken[k] = True

    def _person_named_at(self, token: int) -> Candidate | None:
        return next(
            (
                c
                for c in self.candidates
                if c.kind == "person" and c.form == "name" and c.start <= token < c.end
            ),
            None,
        )

    def _named_organisation_within(self, left: int, head: int) -> int | None:
        """Head token of an organisation's name written as a modifier inside ``[left, head)``."""
        for cand in self._candidates_ending_at(head):
            if cand.kind == "organisation" and cand.form == "name" and left <= cand.start:
                return cand.head
        return None

    def _candidates_ending_at(self, end: int) -> list[Candidate]:
        """Candidates found so far that end at token ``end``, in the order they were found.

        The index is brought up to date with the candidates appended since the last call (the
        list only grows while candidates are being found).
        """
        for cand in self.candidates[self.ends_indexed :]:
            self.by_end.setdefault(cand.end, []).append(cand)
        self.ends_indexed = len(self.candidates)
        return self.by_end.get(end, [])

    def _possessor_text(self, k: int) -> str:
        j = k
        while j - 1 >= 0 and (j - 1 in self.in_names or self._is_name_token(j - 1)):
            j -= 1
        return self.surface(j, k + 1)

    # ------------------------------------------------------------------ demonyms, capitals and pronouns

    def add_demonyms_and_pronouns(self) -> None:
        for tok in self.doc:
            i = tok.i
            if self.taken[i]:
                continue
            word = self.lower[i]
            if (
                self.quote_depth[i] == 0
                and tok.dep_ in SUBJECT_DEPS
                and (word in lx.PERSON_PRONOUNS or word in ("it", "they"))
            ):
                kind = (
                    "person" if word in lx.PERSON_PRONOUNS else ("organisation" if word == "it" else "group")
                )
                cand = Candidate(i, i + 1, i, kind, "pronoun", self.words[i], surface_start=i, subject=True)
                cand.gender = lx.PERSON_PRONOUNS.get(word)
                self.candidates.append(cand)
                continue
            if self.is_capitalised(i):
                two = self.surface(i, i + 2) if i + 1 < len(self.words) else ""
                country = self._demonym(two) if two else None
                width = 2 if country else 1
                country = country or self._demonym(self.words[i])
                if (country and tok.dep_ in ("amod", "compound", "nmod")) or (country and tok.pos_ == "ADJ"):
                    self.candidates.append(
                        Candidate(i, i + width, i + width - 1, "country", "demonym", country, surface_start=i, country=country,
                                  in_quote=self.quote_depth[i] > 0)
                    )  # fmt: skip
                    for k in range(i, i + width):
                        self.taken[k] = True

    def mark_subjects(self) -> None:
        heads = {c.head: c for c in self.candidates}
        for cand in self.candidates:
            tok = self.doc[cand.head]
            if (
                tok.dep_ in SUBJECT_DEPS
                or (tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS)
                or (tok.dep_ == "compound" and tok.head.i in heads and tok.head.dep_ in SUBJECT_DEPS)
            ):
                cand.subject = True

    def skip_datelines(self) -> None:
        """ "KYIV, Nov 3 (Wire) -" opening a paragraph is a dateline, not a mention."""
        for start, end, kind in zip(
            self.report.paragraphs["start"].tolist(),
            self.report.paragraphs["end"].tolist(),
            self.paragraph_kinds,
            strict=True,
        ):
            match = DATELINE.match(self.text, start, end)
            if kind != "body" or match is None:
                continue
            for k in range(
                bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, match.end())
            ):
                self.taken[k] = True

    def find(self) -> list[Candidate]:
        self.skip_datelines()
        self.add_names()
        self.add_noun_phrases()
        self.add_demonyms_and_pronouns()
        self.mark_subjects()
        self.candidates.sort(key=lambda c: (c.start, c.end))
        return self.candidates


#: Titles written as capitalised phrases that describe an office-holder, and the role they stand for.
ROLE_PHRASES = {
    "head of state": "president",
    "head of government": "premier",
    "commander-in-chief": "president",
}
LEXICON_NOUNS = lx.ORG_NOUNS | lx.ROLE_NOUNS | lx.GROUP_NOUNS | lx.HONORIFICS
DATELINE = re.compile(r"[A-Z][A-Z.'’ ]{2,40}(?:,[^\n\-–—]{1,40})?\s+[-–—]\s")
APPOSITION_STOPS = frozenset({",", ".", ";", ":", "(", ")", "who", "which", "whose", "said", "says", "and"})


def _describes(word: str) -> bool:
    """A noun that can head a description of an actor or a place ("mayor", "reinsurer", "town")."""
    return (
        word in lx.ROLE_NOUNS
        or word.split("-")[-1] in lx.ROLE_NOUNS
        or word in lx.ORG_NOUNS
        or word in PLACE_NOUNS
    )


#: Marks that open a sentence inside a sentence ("“Debris fell ..." starts afresh).
OPENERS = frozenset({"“", '"', "‘", "'", "(", "—", "–", "``"})
#: Determiners of noun phrases that do not point at one actor.
NON_REFERRING = lx.words("which what any no every each another other some either neither whichever whatever")
#: Modifiers that do not tell one body from another ("the new ministry", "the regional council").
GENERIC_MODIFIERS = lx.words(
    "new old former current local national state federal central regional provincial own same other"
)


def _strip_determiner(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


def _gender(words: list[str]) -> str | None:
    if any(w in lx.MALE_WORDS for w in words):
        return "male"
    if any(w in lx.FEMALE_WORDS for w in words):
        return "female"
    return None


def find_mentions(report: Report) -> tuple[MentionFinder, list[Candidate]]:
    """Every candidate mention in ``report`` in document order, with the finder that found them."""
    finder = MentionFinder(report)
    return finder, finder.find()
