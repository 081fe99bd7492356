"""One report through the attribution engine: mentions, then their links, then the actors.

:func:`attribute` runs the stages in that order and hands their results on together as one
:class:`Attribution`, which quote speakers (:mod:`workbench.quotes`), figure claimants
(:mod:`.claimants`) and event agents (:mod:`workbench.events`) take as their input, instead of
each reaching back for the report's mentions, links or registry on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors import ActorRegistry, actor_links, actor_registry
from ..corrections import Corrections
from ..report import Report
from .coreference import Linker
from .mentions import MentionFinder


@dataclass(frozen=True)
class Attribution:
    """What the engine knows of one report: its mentions, their links into entities, its actors."""

    report: Report
    mentions: MentionFinder
    links: Linker
    registry: ActorRegistry


def attribute(report: Report, *, corrections: Corrections | None = None) -> Attribution:
    """``report`` through mentions -> links -> actors, with the analyst's actor ``corrections``
    (by default those saved beside the report); each stage is computed once per report."""
    links = actor_links(report)
    registry = actor_registry(report, corrections=corrections)
    return Attribution(report, links.finder, links, registry)
