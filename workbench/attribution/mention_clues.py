"""What the words around a name say of it: titles inside it, descriptors before it ("the aid group X"),
appositions on either side (", a London-based reinsurer,"), quote marks and a short form after it.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .mention_base import MentionTokens
from .mention_words import (
    APPOSITION_STOPS,
    DETERMINERS,
    NAME_CONNECTORS,
    PLACE_NOUNS,
    POSSESSIVE_TOKENS,
    SUBJECT_DEPS,
    THING_NOUNS,
    describes,
)


class NameClues(MentionTokens):
    """Reads the context of a name run (see :class:`MentionTokens`)."""

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
        if (
            word == "for"
        ):  # "Cambodian Center for Human Rights", "Committee for the Protection of Journalists"
            before = self.lower[j - 1]
            following = j + 1 + (j + 1 < len(self.words) and self.lower[j + 1] == "the")
            return (
                (before in lx.ORG_NOUNS or before.removesuffix("s") in lx.ORG_NOUNS)
                and self.is_capitalised(j - 1)
                and following < len(self.words)
                and self.is_capitalised(following)
            )
        if word not in NAME_CONNECTORS or word == "and":
            return False
        if word != "of":
            return True
        if self.is_capitalised(j - 1) and "for" in self.lower[max(0, j - 4) : j]:
            return True  # "Office for the Coordination of Humanitarian Affairs": still the body's name
        before = self.lower[j - 1].rstrip(".")
        if before in lx.PORTFOLIO_WORDS:  # "Minister of Health of Ukraine"
            return j + 1 < len(self.words) and self._country(self.words[j + 1]) is not None
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
                if self.lower[k + 1] == "of":
                    after = self.portfolio_end(k + 2, end)
                    if after == end:
                        return start  # "Minister of Foreign Affairs": a title only, no name in it
                    given = self._given_name_after(k + 2, end)
                    if after > k + 2:
                        first, k = after, after - 1  # "Minister of Digital Transformation Mykhailo Fedorov"
                    elif given is not None:
                        first, k = (
                            given,
                            given - 1,
                        )  # "Secretary-General of the United Nations António Guterres"
                    elif k + 2 < end - 1:
                        first = k + 3
                        k += 2
            k += 1
        return first

    def _given_name_after(self, start: int, end: int) -> int | None:
        """Where a person's name begins after a title's "of X" ("... of the Bank of England Andrew
        Bailey"): the first given name with a word after it, past at least one word of X."""
        for j in range(start + 1, end - 1):
            if lx.fold(self.words[j]) in lx.first_name_genders() and self.is_capitalised(j + 1):
                return j
        return None

    def office_role(self, title: int) -> str | None:
        """ "minister of health" for the title word at ``title`` when a portfolio follows it
        ("Minister of Health", "the Secretary of State"): the office, narrower than "minister"."""
        if title + 2 >= len(self.words) or self.lower[title + 1] != "of":
            return None
        after = self.portfolio_end(title + 2, len(self.words))
        portfolio = [w for w in self.lower[title + 2 : after] if w in lx.PORTFOLIO_WORDS or w in ("and", "&")]
        return " ".join([self.lower[title].rstrip("."), "of", *portfolio]) if portfolio else None

    def portfolio_end(self, k: int, end: int) -> int:
        """End of the portfolio after a title's "of" ("Foreign Affairs", "Health of Ukraine"), which
        belongs to the office; a person's name after it is not part of it (``k`` when there is none)."""
        found = k
        j = k
        while j < end:
            word = self.lower[j]
            if word in lx.PORTFOLIO_WORDS or (j > k and word in ("and", "&")):
                j += 1
                found = j if word in lx.PORTFOLIO_WORDS else found
            elif word in ("of", "the") and j > k:
                j += 1
            elif self.lower[j - 1] in ("of", "the") and j > k and self._country(self.words[j]) is not None:
                j += 1
                found = j  # "Minister of Health of Ukraine"
            else:
                break
        return found

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
                if tok.tag_ in ("VBN", "VBG") and tok.dep_ not in ("amod", "compound", "nmod"):
                    break  # "the commission named opposition leader X": a verb of the clause, no descriptor

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
        """A role, body or honorific word that can describe the name after it; "official" as an
        adjective ("the president's official Facebook page") describes nothing."""
        word = self.lower[j].rstrip(".")
        parts = word.split("-")
        return (
            any(
                p in lx.ROLE_NOUNS or p in lx.ORG_NOUNS or p in THING_NOUNS or p in lx.HONORIFICS
                for p in parts
            )
            and not self.is_capitalised(j)
            and self.doc[j].tag_ != "JJ"
        ) or (self.is_capitalised(j) and self.doc[j].pos_ == "NOUN" and word in lx.ROLE_NOUNS)

    def _appositive_right(self, end: int) -> tuple[int, str | None, int]:
        """ ", a London-based reinsurer," or ", 62," after a name: (head token, class, end token)."""
        n = len(self.words)
        if end >= n or self.words[end] != "," or end + 1 >= n:
            return -1, None, end
        k = end + 1
        if self.doc[k].pos_ in ("VERB", "AUX"):
            return (
                -1,
                None,
                end,
            )  # "out of Rangoon, was Sweden's former minister, X": a clause, not an apposition
        if re.fullmatch(r"\d{1,3}", self.words[k]) and (k + 1 >= n or self.words[k + 1] in (",", ".")):
            return k, "age", k + 1
        one_of = self.lower[k] == "one" and k + 2 < n and self.lower[k + 1] == "of"
        if one_of:
            k += 2  # ", one of the two men ordered to remain in jail,": one of the people described
        possessive = any(self.words[m] in POSSESSIVE_TOKENS for m in range(k + 1, min(n, k + 4)))
        # news copy drops the article before a role: "X, vice chairman of the league,", "X, spokesman for Y,"
        # (but "in the capital, Vell, spokeswoman Alina Derzhavets said": a title before the next name)
        role = k if self.lower[k] in lx.ROLE_NOUNS else k + 1
        bare_role = (
            role + 1 < n
            and self.lower[role] in lx.ROLE_NOUNS
            and (role == k or self.doc[k].pos_ in ("NOUN", "ADJ"))
            and not self.capitalised[role + 1]
        )
        if self.lower[k] not in DETERMINERS and not possessive and not bare_role:
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
            post_nominal = self.words[j] in lx.POST_NOMINALS and j - 1 in self.run_tokens
            if (
                self.doc[j].pos_ in ("NOUN", "PROPN")
                and self.lower[j] not in POSSESSIVE_TOKENS
                and not post_nominal  # ", the Rt Hon X MP,": a name with its letters, not a description
            ):
                is_possessor = j + 1 < n and self.words[j + 1] in POSSESSIVE_TOKENS
                if not is_possessor and (
                    describes(self.lower[j]) or (one_of and describes(_one(self.lower[j])))
                ):
                    head = j
            if self.lower[j] == "of" and head >= 0:
                break
            j += 1
        if head < 0 or any(self._subject_of_next_clause(m) for m in range(k, head + 1)):
            return -1, None, end  # "According to AFP, a speaker of the ministry has called ...": a subject
        if head + 1 < n and self.doc[head + 1].lemma_.lower() in lx.SPEECH_VERBS:
            return -1, None, end  # "..., the Pentagon press secretary said": who said it, no apposition
        if one_of:
            return -1, "person", j  # one of "the two men" is a person, but not all of them: no description
        word = self.lower[head]
        if word in lx.ORG_NOUNS and word not in lx.ROLE_NOUNS:
            return head, "organisation", j
        if word in PLACE_NOUNS:
            return head, "place", j
        return head, "person", j

    def _subject_of_next_clause(self, head: int) -> bool:
        """In "At a briefing in New York City, the President announced ...", the description after the comma
        is the subject of the clause an opening phrase leads into, not an apposition of the name before it."""
        token = self.doc[head]
        return (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.head.i > head
            and token.head.pos_ in ("VERB", "AUX")
        )

    def _appositive_left(self, start: int) -> tuple[int, str | None]:
        """ "The chief executive, NAME" or "the company, NAME": (head token, class) of the description."""
        if start >= 3 and self.lower[start - 1] == "the" and self.words[start - 2] == ",":
            start -= 1  # "The Secretary of State, the Rt Hon X MP": a name with its style after the comma
        if start < 2 or self.words[start - 1] != ",":
            return -1, None
        head, first = self._phrase_before(start - 1)
        described = self.doc[head]
        if described.dep_ == "pobj":
            return -1, None  # "Speaking to reporters at the court, X said": the end of an opening phrase
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
        ofs = [
            k for k in range(first, comma) if self.lower[k] in ("of", "for", "at", "in", "from", "to", "with")
        ]
        if ofs:
            nouns = [k for k in range(first, ofs[0]) if self.doc[k].pos_ in ("NOUN", "PROPN")]
            if nouns:
                return nouns[-1], first  # "The chief of the general staff, X", "the UN envoy for Yemen, X"
        return comma - 1, first

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


def _one(plural: str) -> str:
    """The singular of a plural noun of people ("men" -> "man", "activists" -> "activist")."""
    if plural.endswith("men"):
        return plural[:-3] + "man"
    return plural[:-1] if plural.endswith("s") else plural
