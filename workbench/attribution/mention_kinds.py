"""The kind of a name (person, organisation, country, place): what its clearest context in the report says,
else the tagger's label, a given name or where it stands (see :class:`.mention_names.NameMentions`).
"""

from __future__ import annotations

from .. import lexicon as lx
from .mention_clues import NameClues
from .mention_words import PLACE_NOUNS, POSSESSIVE_TOKENS, THING_NOUNS

#: Words that rank a title ("Prime Minister", "Deputy Prime Minister", "Acting President"): with the title
#: and no name after them, an office described, not a name.
TITLE_RANKS = frozenset("prime deputy vice acting interim chief first senior".split())


#: Last words of a facility's name, rarely a surname: "John F. Kennedy International Airport" is a place
#: though it opens with a person's name.
FACILITY_NOUNS = lx.words(
    "airport stadium arena hospital palace mosque cathedral square station street avenue boulevard"
)


class NameKinds(NameClues):
    """Decides the kind of each name run from its titles, descriptors, appositions, place and tagger label."""

    def _placed_by_position(self, start: int, end: int) -> bool:
        """A name after a locative preposition ("in Rafah") or before a kind of place ("Rafah crossing"); not
        an owner after one ("at FEMA's office": the office is the place)."""
        owner = end < len(self.words) and self.words[end] in POSSESSIVE_TOKENS
        return (self._locative_before(start) and not owner) or (
            end < len(self.words) and self.lower[end] in PLACE_NOUNS
        )

    def _body_heads(self, first: int, end: int) -> set[str]:
        """The organisation nouns a name opens with before "of" or "for": {"center"} in "Center for Human
        Rights", {"bank"} in "Bank of England": a body named by what it serves."""
        return {
            self.lower[k]
            for k in range(first, end - 1)
            if self.lower[k] in lx.ORG_NOUNS and self.lower[k + 1] in ("of", "for") and self.is_capitalised(k)
        }

    def _portfolio_and_title(self, start: int, end: int) -> bool:
        """A run of portfolio or rank words closed by a title: "Communications Minister", "Foreign
        Secretary", "Prime Minister", "Deputy Prime Minister"."""
        words = [self.lower[k] for k in range(start, end)]
        return (
            len(words) >= 2
            and words[-1] in lx.ROLE_NOUNS
            and all(w in lx.PORTFOLIO_WORDS or w in TITLE_RANKS or w in ("and", "&") for w in words[:-1])
        )

    def _decisive_kind(self, start: int, first: int, end: int) -> str | None:
        if lx.fold(self.surface(first, end)) in self.derived_countries:
            return "country"
        if self._quoted_name(start, end) or lx.fold(self.words[first]) in THING_NOUNS:
            return "thing"
        if end - first >= 2 and self.lower[end - 1] in FACILITY_NOUNS:
            return "place"  # "John F. Kennedy International Airport": named after a person, a place
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
        body_or_place = self._body_or_place(start, end, descriptor_words, app_class, left_class)
        if body_or_place is not None:
            return body_or_place
        if self._speaks_though_tagged_a_thing(start, first, end) or self._said_to_be_a_person(end):
            return "person"
        return None

    def _body_or_place(
        self, start: int, end: int, descriptor_words: set[str], app_class: str | None, left_class: str | None
    ) -> str | None:
        """ "organisation" or "place" when a noun beside the name (a descriptor or an apposition) or where it
        stands ("in Rafah", "Rafah crossing") says so, else None."""
        if descriptor_words & lx.ORG_NOUNS or app_class == "organisation" or left_class == "organisation":
            return "organisation"
        if descriptor_words & PLACE_NOUNS or app_class == "place" or left_class == "place":
            return "place"
        if self._placed_by_position(start, end):
            return "place"
        return None

    def _said_to_be_a_person(self, end: int) -> bool:
        """ "Park Sung-ho is a father of one of the students": a name the clause says is a person noun."""
        head = self.doc[end - 1]
        if head.dep_ != "nsubj" or head.head.lemma_ != "be":
            return False
        return any(
            c.dep_ == "attr" and c.lemma_.lower() in lx.ROLE_NOUNS | PERSON_NOUNS_OF_A_CLAUSE
            for c in head.head.children
        )

    def _speaks_though_tagged_a_thing(self, start: int, first: int, end: int) -> bool:
        """ "Nile Okafor announced", "Okafor explained": a name of one to three words that the tagger
        called a location, building or product but that is the subject of a verb of saying is a person's
        (land, buildings and products say nothing; "the White House said" keeps its "the" and stays out).
        A name tagged a political place ("New Jersey announced") must also have its last word stand alone
        elsewhere, as a surname does and a place's last word does not ("Okafor explained")."""
        labels = {self.doc[k].ent_type_ for k in range(first, end)} - {""}
        head = self.doc[end - 1]
        if labels == {"GPE"} and end - first >= 2:
            labels = {"LOC"} if self._surname_used_alone(first, end) else labels
        return (
            bool(labels)
            and labels <= {"LOC", "FAC", "PRODUCT"}
            and end - first <= 3
            and not (start > 0 and self.lower[start - 1] == "the")
            and self._country(self.surface(first, end)) is None
            and lx.fold(self.surface(first, end)) not in self.table.capitals
            and head.dep_ == "nsubj"
            and head.head.lemma_.lower() in lx.SPEECH_VERBS
        )

    def _surname_used_alone(self, first: int, end: int) -> bool:
        """Whether the last word of the name at ``first:end`` stands alone as a name elsewhere in the report."""
        last = self.lower[end - 1]
        return any(
            self.lower[k] == last
            and not first <= k < end
            and self.is_capitalised(k)
            and not (
                k > 0 and self.is_capitalised(k - 1) and self.sentence_ids[k - 1] == self.sentence_ids[k]
            )
            for k in range(len(self.words))
        )

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
        if self.decided.get(folded) == "person" and end - first == 1:
            return "person"  # the surname of a person the report named in full, wherever it stands
        if self.decided.get(folded) == "organisation" and self.lower[start - 1] in ("of", "the"):
            return "organisation"  # the body a title before it serves ("Governor of the Bank of England")
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
        if self._body_heads(first, end):
            return (
                "organisation"  # "Center for Human Rights", "Bank of England": a body named by what it serves
            )
        if end - first >= 2 and self._acronym_follows(end):
            return "organisation"  # "Médecins Sans Frontières (MSF)": people are not known by initials
        if any(w in lx.HONORIFICS or w in lx.ROLE_NOUNS for w in prefix_words):
            return "person"
        if descriptor_words & lx.ROLE_NOUNS or app_class in ("person", "age") or left_class == "person":
            return "person"
        body_or_place = self._body_or_place(start, end, descriptor_words, app_class, left_class)
        if body_or_place is not None:
            return body_or_place
        if folded in self.derived_countries or folded in self.decided:
            return self.decided.get(folded, "country")
        if folded in self.tagged:  # a name labelled one way here and another there keeps its first kind
            return self.tagged[folded]
        if end - first == 1 and self._surname_of_a_person_before(folded):
            return "person"
        kind = self._tagged_kind(start, first, end, name, labels)
        if kind is not None:
            self.tagged[folded] = kind
        return kind

    def _surname_of_a_person_before(self, folded: str) -> bool:
        """ "Vitaly Klitschko described the meeting ... '...,' Klitschko told the protesters": one word that
        ends a person's name the report gave before is that person, whatever label the tagger gives it
        alone (a rare surname is often taken for a nationality or a body)."""
        return any(kind == "person" and name.endswith(" " + folded) for name, kind in self.tagged.items())

    def _tagged_kind(self, start: int, first: int, end: int, name: str, labels: set[str]) -> str | None:
        """The kind of a name no clue decides: the tagger's label, a given name, or where it stands."""
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
        if (
            2 <= end - first <= 3
            and self.lower[first] in lx.first_name_genders()
            and self.is_capitalised(end - 1)
        ):
            return "person"  # "Eric Pickles' Commons statement": a given name leads a person's name, whatever the tagger says
        if labels & {"ORG"}:
            return "organisation"
        if labels & {"NORP"}:  # "the Houthis", "Kurds": a people or movement acting as one
            return "group" if self.doc[end - 1].tag_ == "NNPS" or name.endswith("s") else None
        if 2 <= end - first <= 3 and (
            not self.doc[start].is_sent_start or self.lower[first] in lx.first_name_genders()
        ):
            return "person"  # an unlabelled name of two or three words mid-sentence or after a given name
        return "organisation" if self._acts(end - 1) else None


#: Person nouns a clause may give a name ("X is a father of one of the students", "X is a teacher").
PERSON_NOUNS_OF_A_CLAUSE = frozenset(
    """father mother parent son daughter brother sister husband wife teacher student resident farmer worker
    survivor witness victim doctor nurse lawyer activist blogger journalist priest pastor owner driver""".split()
)
