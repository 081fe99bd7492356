"""Bytes to text, with the checks every text format shares (empty, binary, undecodable)."""

from __future__ import annotations

import codecs
import re

from ..errors import ReportError

MB = 1024 * 1024
FALLBACK_ENCODINGS = ("utf-8", "cp1252", "latin-1")
JUNK_SHARE = 0.2  # control and replacement characters, of the non-space characters
FOREIGN_SHARE = 0.5  # non-ASCII characters of a text that only a fallback encoding decoded
#: What undecodable bytes turn into: the replacement character and C0/C1 control characters.
_JUNK = re.compile("[\x00-\x1f\x7f-\x9f\ufffd]")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)


def decode_text(data: bytes, *, where: object, declared: str | None = None) -> str:
    """UTF-8 (a BOM is kept as U+FEFF so offsets match the file), else ``declared``, cp1252, latin-1."""
    if not data.strip():
        raise ReportError(where, "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReportError(where, "looks like UTF-16 but does not decode") from None
    if looks_binary(data):
        raise ReportError(where, "looks like a binary file, not text")
    for encoding in _encodings(declared):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        problem = unreadable(
            text, fallback=encoding in FALLBACK_ENCODINGS[1:] and encoding != _codec(declared)
        )
        if problem:
            raise ReportError(where, problem)
        return text
    raise ReportError(where, "cannot decode the bytes as text")  # pragma: no cover - latin-1 decodes anything


def unreadable(text: str, *, fallback: bool) -> str | None:
    """Why decoded ``text`` is not an article, or None.

    Only whitespace (any Unicode space, a BOM or zero-width space included), or mostly
    replacement and control characters: what undecodable bytes turn into. When the text was
    decoded by a fallback (cp1252, latin-1: the bytes are not UTF-8), mostly non-ASCII letters
    mean the encoding is some other one; real Western European text is mostly ASCII.
    """
    visible = "".join(text.split()).replace("\ufeff", "").replace("\u200b", "")
    if not visible:
        return "file holds only whitespace"
    junk = len(_JUNK.findall(visible))
    if junk > len(visible) * JUNK_SHARE:
        return f"{junk / len(visible):.0%} of its characters are control or undecodable bytes: not text"
    if fallback:
        foreign = sum(1 for ch in visible if ord(ch) > 0x7F)
        if foreign > len(visible) * FOREIGN_SHARE:
            return (
                f"not UTF-8, and {foreign / len(visible):.0%} of its characters are not ASCII as cp1252 or "
                "latin-1: save it as UTF-8"
            )
    return None


def decode_html(data: bytes, *, where: object, declared: str | None = None) -> str:
    """Like :func:`decode_text`, also trying the charset the page declares in a ``<meta>`` tag."""
    if declared is None:
        match = _DECLARED_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    return decode_text(data, where=where, declared=declared)


def too_big(what: str, size: int | None, limit: int) -> str:
    """The problem of an input over the size limit, e.g. "file is 25.3 MB, over the 20 MB limit"."""
    if size is None:
        return f"{what} is over the {human_size(limit)} limit"
    return f"{what} is {human_size(size)}, over the {human_size(limit)} limit"


def human_size(size: int) -> str:
    """``20971520`` -> "20 MB", ``1536`` -> "1.5 KB" (powers of 1024)."""
    for unit, scale in (("MB", MB), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def _encodings(declared: str | None) -> list[str]:
    """UTF-8 first (bytes that decode as UTF-8 almost always are), then the declared charset."""
    order = list(FALLBACK_ENCODINGS)
    name = _codec(declared)
    if name and name not in ("utf-8", "ascii"):
        order.insert(1, name)
    return order


def _codec(charset: str | None) -> str | None:
    """Python's name of a declared charset ("windows-1252" -> "cp1252"), or None if unknown."""
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None
