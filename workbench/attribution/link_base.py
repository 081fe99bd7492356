"""What a linker knows of one report: its candidate mentions indexed by sentence, head and token,
the entities made so far and which mention links to which (:class:`LinkState`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .link_entities import Entity
from .mention_base import Candidate
from .mentions import MentionFinder


class LinkState:
    """One report's mentions, entities and links, and how a link is made (see :class:`.coreference.Linker`)."""

    def __init__(self, finder: MentionFinder, candidates: list[Candidate]) -> None:
        self.finder = finder
        self.doc = finder.doc
        self.candidates = candidates
        self.entities: list[Entity] = []
        self.links: dict[int, Entity] = {}  # candidate index -> entity
        #: pronoun candidate index -> the entities it could equally mean (left unlinked: ambiguous)
        self.ambiguous: dict[int, list[Entity]] = {}
        self.groups: dict[tuple[str | None, frozenset[str]], Entity] = {}
        self.last_group: dict[str, Entity] = {}  # head noun -> the group it last named
        self.by_sentence: dict[int, list[int]] = {}  # sentence id -> candidate indices
        for index, cand in enumerate(candidates):
            self.by_sentence.setdefault(finder.sentence_ids[cand.head], []).append(index)
        by_head = sorted((cand.head, index) for index, cand in enumerate(candidates))
        self.heads = [head for head, _index in by_head]  # candidate heads in token order
        self.indices_by_head = [index for _head, index in by_head]
        self.covering: dict[int, int] = {}  # token -> candidate index (innermost)
        for index, cand in enumerate(candidates):
            for k in range(min(cand.start, cand.surface_start), cand.end):
                if k not in self.covering or cand.head == k:
                    self.covering[k] = index
            self.covering[cand.head] = index

    def headed_within(self, first: int, last: int) -> list[int]:
        """Indices (ascending) of the candidates whose head token lies in ``first..last``."""
        lo, hi = bisect_left(self.heads, first), bisect_right(self.heads, last)
        return sorted(self.indices_by_head[lo:hi])

    def at(self, token: int) -> Candidate | None:
        index = self.covering.get(token)
        return self.candidates[index] if index is not None else None

    def _new(self, name: str, kind: str, **facts: object) -> Entity:
        entity = Entity(name=name, kind=kind)
        for key, value in facts.items():
            setattr(entity, key, value)
        self.entities.append(entity)
        return entity

    def _link(self, index: int, entity: Entity, *, alias: bool = True) -> None:
        self.links[index] = entity
        cand = self.candidates[index]
        if alias:
            entity.add_alias(self.surface(cand))
            if cand.surface_start < cand.start and cand.form == "name":
                entity.add_alias(self.finder.surface(cand.start, cand.end))
        if cand.gender and entity.gender is None:
            entity.gender = cand.gender

    def surface(self, cand: Candidate) -> str:
        start = min(cand.start, cand.surface_start) if cand.surface_start >= 0 else cand.start
        text = self.finder.surface(start, cand.end)
        return re.sub(r"(?:['’]s|['’])$", "", text).strip()
