"""Names: runs of capitalised name words, each with the kind :mod:`.mention_kinds` gives it, and the
descriptions and organisations written around names ("chief executive of X, Y").
"""

from __future__ import annotations

from .. import lexicon as lx
from .mention_base import Candidate
from .mention_kinds import NameKinds
from .mention_words import (
    LEXICON_NOUNS,
    NAME_CONNECTORS,
    POSSESSIVE_TOKENS,
    ROLE_PHRASES,
    gender_of,
)


class NameMentions(NameKinds):
    """Finds the named mentions of a report (see :class:`NameKinds` for the kind a name's context gives it)."""

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
                            or (k == j and self.lower[k] == "for")
                            or (self.lower[k] == "the" and self.lower[k - 1] in ("of", "for"))
                        )
                    ):
                        k += 1  # "Ursula von der Leyen", "Committee of the Red Cross"
                    if k < n and self._is_name_token(k):
                        j = k + 1
                    else:
                        break
                elif same_sentence and (spelled := self._spelled_out_with_and(i, j)) is not None:
                    j = spelled  # "Department of Health and Human Services (HHS)"
                elif same_sentence and (joined := self._organisation_over_and(j)) is not None:
                    j = joined  # "the Justice and Equality Movement"
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
            if not self._suffix_of_previous(runs, first, j):  # "Joseph R. Biden, Jr.": no name of its own
                runs.append((first, j))
            i = j
        return runs

    def _spelled_out_with_and(self, start: int, at: int) -> int | None:
        """The end of a name that goes on over "and" because the acronym in brackets after it spells both
        halves: "Department of Health and Human Services (HHS)", "Housing and Urban Development (HUD)"."""
        n = len(self.words)
        if self.lower[at] != "and" or at + 1 >= n or not self._is_name_token(at + 1):
            return None
        end = at + 1
        while end < n and self.sentence_ids[end] == self.sentence_ids[start] and self._is_name_token(end):
            end += 1
        if end + 2 >= n or self.words[end] != "(" or self.words[end + 2] != ")":
            return None
        acronym = self.words[end + 1]
        initials = "".join(self.words[k][0] for k in range(start, end) if self.words[k][:1].isupper())
        spelled = len(acronym) >= 3 and acronym.isupper() and initials.endswith(acronym)
        return end if spelled and len(acronym) > end - at - 1 else None

    def _organisation_over_and(self, at: int) -> int | None:
        """The end of an organisation's name that goes on over "and": "the Justice and Equality Movement",
        "the Search and Rescue Coordination Center". The tagger reads one organisation across the "and",
        and the name ends on a noun for a body, two words or more after it ("Obama and Congress" stays two)."""
        n = len(self.words)
        tok = self.doc[at]
        if self.lower[at] != "and" or tok.ent_type_ != "ORG" or tok.ent_iob_ != "I":
            return None
        end = at + 1
        while end < n and self.doc[end].ent_iob_ == "I" and self._is_name_token(end):
            end += 1
        last = self.lower[end - 1]
        return end if end - at > 2 and (last in lx.ORG_NOUNS or last.rstrip("s") in lx.ORG_NOUNS) else None

    def _suffix_of_previous(self, runs: list[tuple[int, int]], first: int, end: int) -> bool:
        """ "X, Jr." or "X, III": a generational suffix after a comma ends the name before it."""
        return (
            end - first == 1
            and self.lower[first].rstrip(".") in lx.NAME_SUFFIXES
            and bool(runs)
            and runs[-1][1] == first - 1
            and self.words[first - 1] == ","
        )

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

    def _add_name_run(self, start: int, end: int) -> None:
        split = self._person_after_body(start, end)
        if split is not None:  # "Secretary-General of the United Nations António Guterres": two names
            person, title = split
            served = self.surface(start, person)
            if self.lower[start - 1] != "for" and self._country(served) is None:
                self.decided[lx.fold(served)] = "organisation"  # the body the title serves
            if self.lower[start - 1] != "for" or self._country(served) is not None:
                self._add_name_run(start, person)  # not a remit ("for Human Rights"), which names no one
            count = len(self.candidates)
            self._add_name_run(person, end)
            officer = self.candidates[-1] if len(self.candidates) > count else None
            if officer is not None and officer.kind in ("person", "organisation"):
                officer.kind = "person"  # a name after a title and its remit names the one who holds it
                officer.roles.add(self.lower[title].rstrip("."))  # the officer holds the title
            return
        words = [self.lower[k] for k in range(start, end)]
        if (
            all(w in LEXICON_NOUNS or w in NAME_CONNECTORS or w == "the" for w in words)
            and words[-1] in LEXICON_NOUNS
        ):
            return  # "Operator: ...", "Committee chair says", "the Deputy Head of the President": a description
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
        if self._title_of_office(start, end):
            return
        first = self._title_prefix(start, end)
        if self._portfolio_and_title(start, end):
            return  # "Communications Minister", "Defence Secretary": an office, described, not named
        if first < end and self.lower[first] == "of":
            return  # "Minister of Democracy and Integration": a portfolio we do not know, never a name "of ..."
        name_end = end
        while name_end - first > 2 and self.words[name_end - 1] in lx.POST_NOMINALS:
            name_end -= 1  # "the Rt Hon Jane Halloway MP": the letters after a name are not in it
        name_tokens = range(first, name_end)
        name = self.surface(first, name_end)
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
        held = prefix_words[: prefix_words.index("of")] if "of" in prefix_words else prefix_words
        roles = {w for w in held if w in lx.ROLE_NOUNS or w in lx.HONORIFICS}  # not "... of the President"
        kind = self._name_kind(start, first, end, name, prefix_words, descriptor_words, app_class, left_class)
        if kind is None:
            return
        candidate.kind = kind
        if kind == "person":
            candidate.roles = roles | {w for w in descriptor_words if w in lx.ROLE_NOUNS}
            candidate.roles |= {o for k in range(start, first) if (o := self.office_role(k)) is not None}
            if app_class == "person" and app_head >= 0:
                candidate.roles.add(self.lower[app_head])
                candidate.roles |= {o for o in [self.office_role(app_head)] if o is not None}
            if left_class == "person":
                candidate.roles.add(self.lower[left_head])
            candidate.gender = gender_of(prefix_words + sorted(descriptor_words) + sorted(candidate.roles))
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
            candidate.roles |= self._body_heads(
                first, end
            )  # "Office for the Coordination of ..." is "the office"
            seat = self.table.seats.get(lx.fold(name))
            if seat:
                candidate.form, candidate.country = "seat", seat
            elif start >= 2 and self.words[start - 1] in POSSESSIVE_TOKENS:
                owner = self._possessor_text(start - 2)  # "Russia's Foreign Ministry" is not Ukraine's
                country = self._country(owner) or self.table.capitals.get(lx.fold(owner))
                generic = all(
                    w in LEXICON_NOUNS or w in lx.PORTFOLIO_WORDS or w in NAME_CONNECTORS
                    for w in self.lower[first:end]
                )  # "Russia's Foreign Ministry" needs its country; "China's Xinhua" is Xinhua
                if country:
                    candidate.country = country
                if country and generic:
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

    def _person_after_body(self, start: int, end: int) -> tuple[int, int] | None:
        """Where a person's name begins in a run that a title's "of (the)" or "for" opens, and where the
        title is: "(Governor of the) Bank of England Andrew Bailey" is the body, then its officer, and
        "(High Commissioner for) Human Rights Jane Doe" the remit, then its holder, who begins at a given
        name."""
        if start < 2 or self.lower[start - 1] not in ("of", "the", "for"):
            return None
        if self.lower[start - 1] == "for":  # "Secretary of State for Foreign Affairs Jane Doe"
            titles = [k for k in range(max(0, start - 4), start - 1) if self._is_title(k)]
            title = titles[-1] if titles else -1
        else:
            title = start - 2 if self.lower[start - 1] == "of" else start - 3
        if title < 0 or not self._is_title(title):
            return None
        person = self._given_name_after(start, end)
        if person is None and self.lower[start - 1] == "for":
            person = self._holder_after_remit(start, end)
        return None if person is None else (person, title)

    def _is_title(self, k: int) -> bool:
        """Is word ``k`` a title or role ("Secretary", "Commissioner", "Gen.", "Vice-President")?"""
        return any(
            part in lx.ROLE_NOUNS or part in lx.HONORIFICS for part in self.lower[k].rstrip(".").split("-")
        )

    def _holder_after_remit(self, start: int, end: int) -> int | None:
        """Where the holder's name begins after a title's remit ("for Human Rights", "for Syria"), when
        no known given name marks it: after the words of portfolios and the one country the remit is made
        of, with a given name and a surname left (more may be a body: "for Human Rights Watch Jo Doe")."""
        k = start
        while k < end and (self.lower[k] in lx.PORTFOLIO_WORDS or self._country(self.words[k]) is not None):
            k += 1
        return k if k > start and end - k == 2 else None

    def _title_of_office(self, start: int, end: int) -> bool:
        """ "President of Ukraine", "the Prime Minister of Japan", "Deputy Head of the Office of the President
        of Ukraine", "the Minister of Health", "Secretary of Defense": a title and the country or portfolio
        it serves, with no name after them, describe the office holder (a person), never a name "of
        Ukraine" or "Health". Adds that description and says whether it did."""
        ofs = [k for k in range(start, end) if self.lower[k] == "of"]
        if not ofs:
            return False
        title = [self.lower[k].rstrip(".") for k in range(start, ofs[0])]
        if not title or not all(w in lx.ROLE_NOUNS or w in lx.HONORIFICS for w in title):
            return False
        of = ofs[-1]  # "Deputy Head of the Office of the President of Ukraine": the country after the last
        country = self._country(self.surface(of + 1, end))
        role = self.office_role(ofs[0] - 1)
        if role is not None and self.portfolio_end(ofs[0] + 1, end) == end:
            roles = {role}
        elif country is not None and all(
            self.lower[k] in LEXICON_NOUNS or self.lower[k] in ("of", "the") for k in range(ofs[0], of)
        ):
            roles = {title[-1]}
        else:
            return False
        left = start - 1 if start > 0 and self.lower[start - 1] == "the" else start
        self.candidates.append(
            Candidate(
                left, end, ofs[0] - 1, "person", "description",
                self.surface(start, end), surface_start=left, roles=roles, country=country,
                definite=True, in_quote=self.quote_depth[start] > 0, office=True,
            )
        )  # fmt: skip
        for k in range(left, end):
            self.taken[k] = True
        return True

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
