"""Speaker turns of transcripts: briefings, interviews and meetings printed as "NAME: words".

Press briefings, hearings and official meeting records print speech without quote marks, each
turn opened by the speaker's label ("MR KIRBY:", "Moderator:", "Deputy Prime Minister Tatyana
Golikova:"); the turn runs on over the following paragraphs until the next label. Every figure
said in a turn is the speaker's claim. A label names a person: it holds a title or role word, a
person's name as spaCy tags it, or is one of the fixed labels of transcripts (Q, QUESTION,
MODERATOR); a short label line ("Minister X: Mr President, colleagues,") may look like a headline
and still opens a turn. A report needs two labelled paragraphs to count as a transcript, so that one
"Kyiv: ..." line of a live blog opens no turn, unless its first paragraph opens with a titled label
(a transcript cut after its first turn).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lexicon as lx
from ..actors import Actor, ActorRegistry
from ..report import Report
from .mention_base import SPEAKER_LABEL

FIXED_LABELS = frozenset(
    {"q", "question", "moderator", "participant", "operator", "interviewer", "answer", "a"}
)
MIN_LABELS = 2


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the label's span and text, and the span of text the turn covers."""

    label_start: int
    label_end: int
    label: str
    start: int
    end: int


def speaker_turns(report: Report) -> list[Turn]:
    """The turns of a transcript in reading order (none when the report is no transcript)."""
    return report.memo("speaker_turns", lambda: _turns(report))


def names_someone(turn: Turn) -> bool:
    """Does the turn's label name a speaker ("MR KIRBY"), not a fixed label ("Q", "Moderator")?"""
    return lx.fold(turn.label).rstrip(".") not in FIXED_LABELS


def turn_actor(registry: ActorRegistry, turn: Turn) -> Actor | None:
    """The registry actor a turn's label names: by its offsets, else by the name it prints."""
    return registry.at(turn.label_start, turn.label_end) or registry.lookup(turn.label)


def turn_at(report: Report, offset: int) -> Turn | None:
    """The turn that holds character ``offset``, if any (outside the label itself)."""
    for turn in speaker_turns(report):
        if turn.label_end < offset < turn.end:
            return turn
    return None


def _turns(report: Report) -> list[Turn]:
    paragraphs = report.paragraphs
    labels: list[tuple[int, int, int]] = []  # paragraph position, label start, label end
    rows = zip(
        paragraphs["kind"].tolist(), paragraphs["start"].tolist(), paragraphs["text"].tolist(), strict=True
    )
    for position, (kind, start, text) in enumerate(rows):
        found = SPEAKER_LABEL.match(str(text)) if kind in ("body", "headline") else None
        if found and _names_a_speaker(report, int(start), found.group(1)):
            labels.append((position, int(start), int(start) + len(found.group(1))))
    if len(labels) < MIN_LABELS and not (labels and _opens_with_a_titled_turn(report, labels[0])):
        return []
    turns = []
    ends = paragraphs["end"].tolist()
    kinds = paragraphs["kind"].tolist()
    for n, (position, start, end) in enumerate(labels):
        last = labels[n + 1][0] if n + 1 < len(labels) else len(ends)
        stop = next((p for p in range(position + 1, last) if kinds[p] not in ("body", "headline")), last)
        turns.append(Turn(start, end, report.text[start:end], start, int(ends[stop - 1])))
    return turns


def _opens_with_a_titled_turn(report: Report, label: tuple[int, int, int]) -> bool:
    """A transcript cut after its first turn ("PRESS SECRETARY JOHN F. KIRBY: OK, let's get right to it")
    has one label: it counts when that label opens the first paragraph after the headline and holds a title
    or honorific ("MR PRICE:"), which a live blog's "Kyiv: ..." line does not."""
    position, start, end = label
    kinds = report.paragraphs["kind"].tolist()
    first_body = next((p for p, kind in enumerate(kinds) if kind in ("body", "standfirst")), None)
    words = [lx.fold(w).rstrip(".") for w in report.text[start:end].split()]
    return position == first_body and any(w in lx.HONORIFICS or w in lx.ROLE_NOUNS for w in words)


def _names_a_speaker(report: Report, start: int, label: str) -> bool:
    """Does the text before a colon name a person (and not a place, a topic or a time)?"""
    words = label.split()
    folded = [lx.fold(w).rstrip(".") for w in words]
    if len(words) == 1 and folded[0] in FIXED_LABELS:
        return True
    if any(w in lx.HONORIFICS or w in lx.ROLE_NOUNS for w in folded):
        return True
    first, last = report.token_range(start, start + len(label))
    return any(report.doc[i].ent_type_ == "PERSON" for i in range(first, last))
