"""The layout of a report: paragraphs, live-blog posts, headlines, timestamps and repeats.

A report's text holds one paragraph per line (plain text, HTML and PDF are all brought
to that shape; Markdown is split on blank lines). The first paragraph is the title, a
second one without final punctuation is the standfirst. Later short lines without final
punctuation that are followed by body text are post headlines; lines that are only a
time ("14:05", "10:32 GMT") are post timestamps. A timestamp and the headline that
follows it open one post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .frames import with_dtypes

Span = tuple[int, int]

PARAGRAPH_COLUMNS = ["paragraph_id", "post_id", "kind", "start", "end", "text", "repeat_of"]
POST_COLUMNS = ["post_id", "headline", "timestamp", "start", "end"]

_TIMESTAMP = re.compile(
    r"""^\s*(?:(?:(?:last\s+)?updated|posted|published)(?:\s+at)?\s*:?\s*)?
        (?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?\d)\s*[ap]\.?m\.?)
        (?:\s*(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|ET|PT|PST|PDT|IST|local(?:\s+time)?))?
        (?:\s*,?\s*(?:\d{1,2}\s+\w+(?:\s+\d{4})?|\w+\s+\d{1,2}(?:,\s*\d{4})?))?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
#: "1h ago", "35 min ago", "Just now": a post's age as live blogs print it beside its time.
_POST_AGE = re.compile(
    r"^\s*(?:\d{1,3}\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s+ago|just\s+now)\s*$",
    re.IGNORECASE,
)
#: "Updated at 13.05 GMT": when a post was changed, printed at its end; it opens no post.
_UPDATE_STAMP = re.compile(r"^\s*(?:last\s+)?updated\b", re.IGNORECASE)
_FINAL_PUNCTUATION = ".!?:;…"
_CLOSERS = "\"'”’)]»*_ "
_MARKDOWN_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)")
MAX_HEADLINE_CHARS = 160
MIN_REPEAT_CHARS = 20


@dataclass(frozen=True)
class Block:
    """A paragraph-sized piece of text: its span and whether markup made it a heading."""

    start: int
    end: int
    heading: bool = False


def line_blocks(text: str) -> list[Block]:
    """Every non-blank line is one block (plain text, HTML and PDF after extraction)."""
    blocks = []
    for match in re.finditer(r"[^\r\n]+", text):
        start, end = _trim(text, match.start(), match.end())
        if end > start:
            blocks.append(Block(start, end))
    return blocks


def markdown_blocks(text: str) -> list[Block]:
    """Blocks of Markdown: headings and list items alone, other lines joined up to a blank line."""
    blocks: list[Block] = []
    para_start: int | None = None
    para_end = 0
    for match in re.finditer(r"^.*$", text, re.MULTILINE):
        line_start, line_end = match.start(), match.end()
        line = text[line_start:line_end]
        prefix = _MARKDOWN_PREFIX.match(line)
        if not line.strip() or prefix or line.lstrip().startswith(("---", "```")):
            if para_start is not None:
                blocks.append(Block(*_trim(text, para_start, para_end)))
                para_start = None
            if prefix and line[prefix.end() :].strip():
                start, end = _trim(text, line_start + prefix.end(), line_end)
                blocks.append(Block(start, end, heading=prefix.group().lstrip().startswith("#")))
            continue
        if para_start is None:
            para_start = line_start
        para_end = line_end
    if para_start is not None:
        blocks.append(Block(*_trim(text, para_start, para_end)))
    return [b for b in blocks if b.end > b.start]


def is_timestamp(line: str) -> bool:
    """True for a line that is only a time of day ("14:05", "Updated at 13.05 GMT") or a post's age
    ("1h ago"), as live blogs stamp their posts."""
    return bool(_TIMESTAMP.match(line) or _POST_AGE.match(line))


def is_headline_like(line: str) -> bool:
    """A short line that does not end like a sentence."""
    stripped = line.rstrip(_CLOSERS)
    return (
        0 < len(line) <= MAX_HEADLINE_CHARS
        and bool(stripped)
        and stripped[-1] not in _FINAL_PUNCTUATION
        and not line[:1].islower()
    )


def paragraphs_and_posts(text: str, blocks: list[Block]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Classify blocks into paragraphs (with kinds and posts) and list the posts."""
    kinds = _classify(text, blocks)
    rows = []
    posts: list[dict[str, object]] = []
    post_id = 0
    first_seen: dict[str, int] = {}
    for i, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        body = text[block.start : block.end]
        previous = text[blocks[i - 1].start : blocks[i - 1].end] if i > 0 else ""
        after_stamp = i > 0 and kinds[i - 1] == "timestamp" and not _UPDATE_STAMP.match(previous)
        opens_post = (kind == "timestamp" and not after_stamp and not _UPDATE_STAMP.match(body)) or (
            kind == "headline" and not after_stamp
        )
        if opens_post and posts:
            post_id += 1
        if not posts or opens_post:
            posts.append({"post_id": post_id, "headline": None, "timestamp": None, "start": block.start})
        if kind == "headline":
            posts[-1]["headline"] = body
        elif kind == "timestamp" and not _UPDATE_STAMP.match(body):
            posts[-1]["timestamp"] = body.strip()  # "1h ago" then "09:41": the clock time, given last
        posts[-1]["end"] = block.end
        key = " ".join(body.split())
        repeat_of = None
        if kind == "body" and len(key) >= MIN_REPEAT_CHARS:
            repeat_of = first_seen.setdefault(key, i)
            repeat_of = None if repeat_of == i else repeat_of
        rows.append(
            {
                "paragraph_id": i,
                "post_id": post_id,
                "kind": kind,
                "start": block.start,
                "end": block.end,
                "text": body,
                "repeat_of": repeat_of,
            }
        )
    paragraphs = with_dtypes(pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS), {"repeat_of": "Int64"})
    return paragraphs, pd.DataFrame(posts, columns=POST_COLUMNS)


def _classify(text: str, blocks: list[Block]) -> list[str]:
    lines = [text[b.start : b.end] for b in blocks]
    kinds = ["body"] * len(blocks)
    for i, line in enumerate(lines):
        if is_timestamp(line):
            kinds[i] = "timestamp"
    if blocks:
        kinds[0] = "title"
    body_follows = [False] * len(blocks)
    for i in range(len(blocks) - 2, -1, -1):
        nxt = i + 1
        body_follows[i] = kinds[nxt] == "body" and not _headline_candidate(lines[nxt], blocks[nxt])
    for i in range(1, len(blocks)):
        if kinds[i] != "body" or not _headline_candidate(lines[i], blocks[i]):
            continue
        if i == 1 and kinds[0] == "title":
            kinds[i] = "standfirst"
        elif blocks[i].heading or (body_follows[i] and not _in_a_list(lines, blocks, kinds, i)):
            kinds[i] = "headline"
    return kinds


def _in_a_list(lines: list[str], blocks: list[Block], kinds: list[str], i: int) -> bool:
    """The last of a run of short lines ("North 240", "South 85"): a table's or a list's rows, which
    trafilatura gives as lines, not a headline (a headline follows a paragraph or a timestamp)."""
    previous = i - 1
    return kinds[previous] == "body" and _headline_candidate(lines[previous], blocks[previous])


def _headline_candidate(line: str, block: Block) -> bool:
    return block.heading or is_headline_like(line)


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
