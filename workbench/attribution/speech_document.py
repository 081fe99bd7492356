"""Reports that are one person's speech: addresses, remarks and statements printed as the speaker's prose.

Government sites publish speeches without quote marks under a headline that names the kind of text
("PM speech at the Leaders Summit", "Address by the President on the Day of Unity", "Remarks by the
Secretary at ...", "Statement from the Minister", "Home Secretary's update to Parliament") or sign it on
the line under the headline ("Michael R. Pompeo, Secretary of State"), often with a line under it saying
who spoke ("Theresa May spoke at the summit, where she announced ..."). In such a report the prose is the
speaker's own: "I" outside quote marks is the speaker, and a figure that no cue gives to anyone else
is the speaker's claim.

A report counts as a speech only when its headline names a kind of speech and its body speaks in the
first person ("I", "we", "our") outside quote marks, which news copy about a speech ("PM's speech: what
she promised") does not do: at least :data:`MIN_FIRST_PERSON` times, or once when a line before the
speech says who delivered it. The speaker is the one person the headline names (a name or an office,
"the President of Ukraine"), else the one organisation it names, or, failing that, the subject of "spoke", "delivered", "addressed" or "made
a statement" in a line before the speech begins; with no such person, or two, nobody is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import lexicon as lx
from .engine import Attribution

if TYPE_CHECKING:
    import pandas as pd
    from spacy.tokens import Token

#: Headline words that name a speech as the text of the page.
_SPEECH_KIND = re.compile(
    r"(?i)\b(?:speech|address|remarks|statement|keynote|lecture|update to (?:parliament|the house|congress|the senate))\b"
)
#: A line under the headline that signs the text: "Michael R. Pompeo, Secretary of State" (a statement's
#: author, as government sites print it), a name and a title with no verb.
_AUTHOR_LINE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+,\s+(?:[A-Z][\w'’.-]*|of|the|for|and)(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and)){0,8}"
)
#: First-person words outside quote marks that mark the body as a speaker's own prose.
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
MIN_FIRST_PERSON = 2
#: Longest line under a headline that may still name the text as a speech.
MAX_STANDFIRST = 300
#: Verbs whose subject, in a line before the speech, is its speaker ("X spoke at", "X has updated Parliament").
_DELIVERY_VERBS = frozenset({"speak", "deliver", "address", "tell", "update"})
#: Verbs that deliver a speech when their object names one ("X gave a speech", "X made a statement").
_DELIVERY_WITH_OBJECT = frozenset({"give", "make"})
_SPEECH_NOUNS = frozenset({"speech", "address", "remarks", "remark", "statement", "keynote", "lecture"})
#: Prepositions that introduce a speech's speaker in its headline ("Remarks by", "Statement from").
_SPEAKER_PREPOSITIONS = frozenset({"by", "from", "of"})


@dataclass(frozen=True)
class SpeechSpeaker:
    """Who a speech report's prose belongs to: the mention naming them, and where the speech begins."""

    actor_id: str
    start: int
    end: int
    surface: str
    speech_start: int
    speech_end: int
    rule: str = "speech"  # the rule that names the speaker (see :mod:`.rules`)


def speech_speaker(attribution: Attribution) -> SpeechSpeaker | None:
    """The speaker of a report that is one person's speech (None for any other report)."""
    return attribution.report.memo("speech_speaker", lambda: _find(attribution))


def speaks_at(speaker: SpeechSpeaker | None, attribution: Attribution, offset: int) -> bool:
    """Is ``offset`` in the speaker's own prose: after the speech begins and outside quote marks?"""
    if speaker is None or not speaker.speech_start <= offset < speaker.speech_end:
        return False
    return not any(q.open_at <= offset < q.outer_end for q in attribution.mentions.quotes)


def _find(attribution: Attribution) -> SpeechSpeaker | None:
    report = attribution.report
    title_end = _naming_end(report.paragraphs)
    if title_end is None:
        return None
    first_person = [start for start in _first_person_paragraphs(attribution) if start >= title_end]
    if not first_person:
        return None
    delivering = one_actor(_delivering_persons(attribution, title_end, first_person[0]))
    if delivering is None and len(first_person) < MIN_FIRST_PERSON:
        return None
    speaker = (
        _author(attribution, title_end)
        or delivering  # "Ambassador X gave a statement ...": said outright, unlike a name in the title
        or one_actor(_title_speakers(attribution, title_end, kind="person"))
        or one_actor(_title_speakers(attribution, title_end, kind="organisation"))
    )
    if speaker is None:
        return None
    actor_id, start, end = speaker
    introduction = (
        report.paragraph_span(delivering[1]) if delivering and delivering[1] < first_person[0] else None
    )
    speech_start = introduction[1] if introduction else title_end  # after the line saying who spoke
    return SpeechSpeaker(actor_id, start, end, report.text[start:end], speech_start, len(report.text))


def _naming_end(paragraphs: pd.DataFrame) -> int | None:
    """End of the lines that name the text a speech: the headline ("PM speech at the summit"), or the
    one-sentence line under it ("Eric Pickles' Commons statement on the floods."); None when neither does."""
    for index in range(min(2, len(paragraphs))):
        text = str(paragraphs["text"].iloc[index])
        if index == 1 and (len(text) > MAX_STANDFIRST or len(re.findall(r"[.!?](?:\s|$)", text)) > 1):
            return None
        if _SPEECH_KIND.search(text) or (index == 1 and _author_line(text)):
            return int(paragraphs["end"].iloc[index])
    return None


def _author(attribution: Attribution, title_end: int) -> tuple[str, int, int] | None:
    """The person an author line under the headline names first ("Michael R. Pompeo, Secretary of State":
    the title after the comma describes them)."""
    paragraphs = attribution.report.paragraphs
    if len(paragraphs) < 2 or int(paragraphs["end"].iloc[1]) != title_end:
        return None
    if not _author_line(str(paragraphs["text"].iloc[1])):
        return None
    line_start = int(paragraphs["start"].iloc[1])
    people = [m for m in _title_speakers(attribution, title_end, kind="person") if m[1] >= line_start]
    return people[0] if people else None


def _author_line(text: str) -> bool:
    """ "Michael R. Pompeo, Secretary of State": a name and an office signing the text ("Kate Woodsome, VOA
    News", a reporter's byline, holds no office)."""
    if not _AUTHOR_LINE.fullmatch(text.strip()):
        return False
    title = text.split(",", 1)[1].lower().split()
    return any(word in lx.ROLE_NOUNS for word in title)


def one_actor(mentions: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The first mention, when all of them name one actor."""
    return mentions[0] if len({actor_id for actor_id, *_ in mentions}) == 1 else None


def _first_person_paragraphs(attribution: Attribution) -> list[int]:
    """Start of the body paragraph of each first-person word outside quote marks, in text order."""
    report = attribution.report
    quotes = attribution.mentions.quotes
    kinds = report.paragraphs["kind"].tolist()
    paragraph_starts = report.paragraphs["start"].tolist()
    tokens = report.tokens
    found: list[int] = []
    for text, start, paragraph_id in zip(
        tokens["text"].tolist(), tokens["start"].tolist(), tokens["paragraph_id"].tolist(), strict=True
    ):
        if text.lower() not in FIRST_PERSON or kinds[paragraph_id] != "body" or text == "US":
            continue
        if any(q.open_at <= start < q.outer_end for q in quotes):
            continue
        found.append(int(paragraph_starts[paragraph_id]))
    return found


def mentions_in(
    attribution: Attribution, start: int, end: int, *, kinds: tuple[str, ...] = ("person",)
) -> list[tuple[str, int, int]]:
    """(actor id, start, end) of every mention of an actor of one of ``kinds`` between ``start`` and ``end``
    (not the words naming a speech, which a title-case headline may pass for a name: "Opening Remarks by ...")."""
    mentions = attribution.registry.mentions
    mentions = mentions[
        (mentions["doc_id"] == attribution.report.doc_id)
        & (mentions["start"] >= start)
        & (mentions["end"] <= end)
        & (mentions["form"] != "pronoun")
    ]
    actors = attribution.registry.actors
    return [
        (str(actor_id), int(m_start), int(m_end))
        for actor_id, m_start, m_end in zip(
            mentions["actor_id"].tolist(), mentions["start"].tolist(), mentions["end"].tolist(), strict=True
        )
        if actors[str(actor_id)].kind in kinds
        and not _SPEECH_KIND.search(attribution.report.text[m_start:m_end])
    ]


def _title_speakers(attribution: Attribution, title_end: int, *, kind: str) -> list[tuple[str, int, int]]:
    """Actors of ``kind`` the headline names as the speaker: before the speech word ("PM Jane Doe's
    statement") or after "by"/"from"/"of" ("Remarks by ..."), never the topic or the audience of a
    speech ("Statement on the death of X", "Address to President Y")."""
    report = attribution.report
    found = []
    for actor_id, start, end in mentions_in(attribution, 0, title_end, kinds=(kind,)):
        first, last = report.token_range(start, end)
        head = max(range(first, last), key=lambda i: not first <= report.doc[i].head.i < last)
        if _speaks(report.doc[head]):
            found.append((actor_id, start, end))
    return found


def _speaks(token: Token) -> bool:
    """Is no preposition but "by", "from" or "of" between the name and the speech word above it?"""
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in _SPEECH_NOUNS:
            return True
        if ancestor.dep_ == "prep" and ancestor.lower_ not in _SPEAKER_PREPOSITIONS:
            return False  # a topic or an audience
    return True


def _delivering_persons(attribution: Attribution, start: int, end: int) -> list[tuple[str, int, int]]:
    """Persons that are the subject of "spoke", "delivered", "gave a speech" ... between the offsets, or
    that a speech noun names as its giver ("Statement by Ambassador X, UK Deputy Permanent Representative")."""
    report = attribution.report
    first, last = report.token_range(start, end)
    found = []
    for token in report.doc[first:last]:
        lemma = token.lemma_.lower()
        if lemma in _SPEECH_NOUNS and token.pos_ in ("NOUN", "PROPN"):
            for by in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"):
                for giver in (c for c in by.children if c.dep_ == "pobj"):
                    span_start = int(report.doc[giver.left_edge.i].idx)
                    found.extend(mentions_in(attribution, span_start, int(giver.idx + len(giver))))
        delivers = lemma in _DELIVERY_VERBS or (
            lemma in _DELIVERY_WITH_OBJECT
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _SPEECH_NOUNS for c in token.children)
        )
        if token.pos_ != "VERB" or not delivers:
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            span_start = int(report.doc[subject.left_edge.i].idx)
            span_end = int(subject.idx + len(subject))
            found.extend(mentions_in(attribution, span_start, span_end))
    return found
