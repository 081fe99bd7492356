"""Disjoint sets of indices (union-find with path halving), for clustering rows that belong together."""

from __future__ import annotations


class UnionFind:
    """Disjoint sets of the indices ``0 .. size-1``; :meth:`union` joins two sets, :meth:`find` names one."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)
