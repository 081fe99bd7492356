"""Words set off under "X said:" without quote marks: the block quotes of press releases.

Government and company press releases print a minister's or an executive's words as a block under a
line of their own, "International Development Secretary Jane Doe said:", with no quote marks. The
paragraph after that line is the speaker's, and so is each paragraph after it that goes on in the first
person ("we", "I", "our") outside quote marks, or that states a fact ("This is the sixth flight ...")
between two such paragraphs; the block ends at a paragraph that does neither, at a heading, or at the
next line ending on a colon ("Y said:"). A figure in a block, or its "I", is the speaker's, as in a
speech (:mod:`.speech_document`); :func:`prose_speaker` answers for both.
"""

from __future__ import annotations

import re

from .cues import is_cue
from .engine import Attribution
from .speech_document import FIRST_PERSON, SpeechSpeaker, mentions_in, one_actor, speaks_at, speech_speaker

#: The rule a block quote's speaker is named by.
BLOCK_QUOTE = "block quote"
_QUOTE_MARKS = "“”\"‘’'«»„"


def block_quotes(attribution: Attribution) -> list[SpeechSpeaker]:
    """The report's block quotes, in text order, each with its speaker and its span."""
    return attribution.report.memo("block_quotes", lambda: _find(attribution))


def prose_speaker(attribution: Attribution, offset: int) -> SpeechSpeaker | None:
    """Whose own unquoted words ``offset`` lies in: the speaker of a speech report, or of a block quote."""
    for speaker in (speech_speaker(attribution), *block_quotes(attribution)):
        if speaks_at(speaker, attribution, offset):
            return speaker
    return None


def _find(attribution: Attribution) -> list[SpeechSpeaker]:
    paragraphs = attribution.report.paragraphs
    kinds = paragraphs["kind"].tolist()
    starts, ends = paragraphs["start"].tolist(), paragraphs["end"].tolist()
    texts = paragraphs["text"].tolist()
    blocks: list[SpeechSpeaker] = []

    def goes_on(number: int) -> bool:
        """Could paragraph ``number`` go on a block: body prose, not opening on a quote mark, and not a
        line that introduces what follows ("Y said:", "a blogger described the event:")."""
        return (
            number < len(texts)
            and kinds[number] == "body"
            and texts[number].lstrip()[:1] not in _QUOTE_MARKS
            and not texts[number].rstrip().endswith(":")
        )

    index = 0
    while index < len(texts) - 1:
        speaker = (
            _introduced_by(attribution, int(starts[index]), int(ends[index]))
            if kinds[index] == "body"
            else None
        )
        if speaker is None or texts[index + 1].lstrip()[:1] in _QUOTE_MARKS:
            index += 1
            continue
        last = index + 1
        while goes_on(last + 1) and (
            _in_first_person(texts[last + 1]) or (goes_on(last + 2) and _in_first_person(texts[last + 2]))
        ):
            last += 1
        actor_id, start, end = speaker
        text = attribution.report.text
        blocks.append(
            SpeechSpeaker(
                actor_id, start, end, text[start:end], int(starts[index + 1]), int(ends[last]), BLOCK_QUOTE
            )
        )
        index = last + 1
    return blocks


def _introduced_by(attribution: Attribution, start: int, end: int) -> tuple[str, int, int] | None:
    """(actor id, start, end) of the speaker a line such as "Home Secretary Jane Doe said:" introduces."""
    if not attribution.report.text[start:end].rstrip().endswith(":"):
        return None
    report = attribution.report
    first, last = report.token_range(start, end)
    doc = report.doc
    for i in range(first, last):
        if not is_cue(doc, i) or doc[i].lower_ == "according":
            continue
        for subject in (c for c in doc[i].children if c.dep_ == "nsubj"):
            named = one_actor(
                mentions_in(
                    attribution,
                    int(doc[subject.left_edge.i].idx),
                    int(subject.idx + len(subject)),
                    kinds=("person", "organisation"),
                )
            )
            if named is not None:
                return named
    return None


def _in_first_person(text: str) -> bool:
    """Does the paragraph speak in the first person outside quote marks?"""
    unquoted = re.sub(r"[“\"«„][^”\"»“]*[”\"»“]", " ", text)
    return any(word.lower() in FIRST_PERSON for word in re.findall(r"[A-Za-z]+", unquoted) if word != "US")
