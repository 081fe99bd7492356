"""Spans between quote marks, told apart from apostrophes, paragraph by paragraph.

Handles curly and straight double quotes, British single quotes with double quotes nested
inside (and the reverse), guillemets and German low quotes. An apostrophe inside a word
(don't, Ukraine’s), an elided year (’90s) or a plural possessive (MPs’ report) is not a
quote mark. Unbalanced marks never raise: a quote left open runs to the end of its
paragraph and is flagged ``"unclosed"`` (``"continued"`` when the next paragraph opens a
quote again, as a quotation running over several paragraphs does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

DOUBLE, SINGLE = "double", "single"
#: mark -> (family, may open, may close) before its context is looked at
MARKS: dict[str, tuple[str, bool, bool]] = {
    "“": (DOUBLE, True, True),  # also closes German „...“ and misdirected quotes
    "”": (DOUBLE, True, True),  # also opens when misdirected (space before, word after)
    '"': (DOUBLE, True, True),
    "„": (DOUBLE, True, False),
    "«": (DOUBLE, True, False),
    "»": (DOUBLE, False, True),
    "‘": (SINGLE, True, False),
    "’": (SINGLE, False, True),
    "'": (SINGLE, True, True),
    "‚": (SINGLE, True, False),
    "‹": (SINGLE, True, False),
    "›": (SINGLE, False, True),
}
_OPEN_BEFORE = set("([{—–-/:;") | {"“", "‘", '"', "'", "„", "«", "‚"}
_ELIDED_YEAR = re.compile(r"\d\ds\b|\d\d\b")
_NAME_WORD = re.compile(
    r"^(?:[A-Z][\w’'.-]*|[A-Z]{2,}|\d[\d,.]*|of|the|and|for|on|in|to|a|an|at|by|with|from|de|la|van|von|al|bin)$"
)
#: longest run of title-case words in quote marks still read as a name or title
NAME_WORDS_MAX = 10
#: first words that make a title-case quote speech ("We Will Win"), not a title
_SPEECH_OPENERS = frozenset("i we you he she they it our my your this that".split())
#: words after which a single capitalised word in quote marks is a name (of “Naftogaz”, JSC “Ukrzaliznytsia”)
_BEFORE_A_NAME = frozenset(
    "the a an of and or for at by with from in on into via jsc pjsc njsc llc ltd company firm group".split()
)
#: words before a quoted expression that make it a name or a term, not someone's words
NAMING_WORDS = frozenset(
    """so-called dubbed nicknamed codenamed code-named titled entitled named term word phrase slogan
    hashtag motto label banner operation""".split()
)


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: offsets of its marks and of the words between them, nesting depth, flags."""

    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when left open
    start: int  # first character of the quoted words
    end: int  # end (exclusive) of the quoted words (a trailing comma is left out)
    depth: int  # 0 for a quote, 1 for a quote nested in another
    paragraph_id: int
    flag: str | None = None  # None, "unclosed" or "continued"

    @property
    def outer_end(self) -> int:
        """End of the span including its closing mark."""
        return self.close_at + 1 if self.close_at is not None else self.end


def quote_spans(text: str, paragraphs: Iterable[tuple[int, int, int]]) -> list[QuoteSpan]:
    """Quotations in ``text``, scanning each ``(paragraph_id, start, end)`` on its own."""
    paragraphs = list(paragraphs)
    spans: list[QuoteSpan] = []
    for index, (paragraph_id, start, end) in enumerate(paragraphs):
        next_opens = False
        if index + 1 < len(paragraphs):
            _, next_start, next_end = paragraphs[index + 1]
            next_opens = _opens_with_quote(text, next_start, next_end)
        spans.extend(_paragraph_quotes(text, paragraph_id, start, end, continued=next_opens))
    return spans


def is_name_or_term(text: str, span: QuoteSpan) -> bool:
    """True for a name in quote marks ("Kestrel Shield") or a term after "so-called", not speech."""
    words = text[span.start : span.end].split()
    if not words:
        return True
    if _title_case(text[span.start : span.end].rstrip(), words):
        if len(words) > 1 and any(w[:1].isupper() for w in words[1:]):
            return True
        before_words = re.findall(r"[\w’'-]+|\S", text[max(0, span.open_at - 30) : span.open_at])
        if len(words) == 1 and before_words and before_words[-1].lower() in _BEFORE_A_NAME:
            return True
    before = text[max(0, span.open_at - 40) : span.open_at].lower().split()
    return bool(before) and before[-1].strip(",:") in NAMING_WORDS


def _title_case(body: str, words: list[str]) -> bool:
    """Title case, as names and titles of laws, books and programmes are written ("On the State
    Budget for 2023", "Safe City"): every word capitalised, a number or a short function word, the
    first capitalised and not a pronoun, and no closing stop as a sentence of speech has."""
    return (
        len(words) <= NAME_WORDS_MAX
        and words[0][:1].isupper()
        and words[0].lower() not in _SPEECH_OPENERS
        and all(_NAME_WORD.match(w.strip(",;:")) for w in words)
        and not body.endswith((".", "?", "!"))
    )


def _opens_with_quote(text: str, start: int, end: int) -> bool:
    return end > start and text[start] in MARKS and _can_open(text, start, start, end)


def _paragraph_quotes(
    text: str, paragraph_id: int, start: int, end: int, *, continued: bool
) -> list[QuoteSpan]:
    stack: list[tuple[str, int]] = []  # (family, offset of opening mark)
    found: list[QuoteSpan] = []
    for i in range(start, end):
        mark = text[i]
        if mark not in MARKS:
            continue
        family = MARKS[mark][0]
        opens, closes = _can_open(text, i, start, end), _can_close(text, i, start, end)
        level = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == family), None)
        if level is not None and closes and not (mark in "’'" and _plural_possessive(text, i, end, family)):
            while len(stack) > level + 1:  # inner quotes left open end here
                _, inner_open = stack.pop()
                found.append(_span(text, inner_open, None, i, len(stack), paragraph_id, "unclosed"))
            _, open_at = stack.pop()
            found.append(_span(text, open_at, i, i, len(stack), paragraph_id, None))
        elif opens and level is None:
            stack.append((family, i))
    while stack:
        _, open_at = stack.pop()
        flag = "continued" if continued and not stack else "unclosed"
        found.append(_span(text, open_at, None, end, len(stack), paragraph_id, flag))
    found.sort(key=lambda s: s.open_at)
    return [s for s in found if s.end > s.start]


def _span(
    text: str, open_at: int, close_at: int | None, stop: int, depth: int, paragraph_id: int, flag: str | None
) -> QuoteSpan:
    start, end = open_at + 1, stop
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
    return QuoteSpan(open_at, close_at, start, end, depth, paragraph_id, flag)


def _can_open(text: str, i: int, start: int, end: int) -> bool:
    mark = text[i]
    if not MARKS[mark][1]:
        return False
    after = text[i + 1] if i + 1 < end else ""
    before = text[i - 1] if i > start else ""
    if not after or after.isspace():
        return False
    if before and not (before.isspace() or before in _OPEN_BEFORE):
        return False
    if mark in "‘’'" and _ELIDED_YEAR.match(text, i + 1):
        return False  # ’90s, '24
    return not (mark == "”" and not before)


def _can_close(text: str, i: int, start: int, end: int) -> bool:
    mark = text[i]
    if not MARKS[mark][2]:
        return False
    before = text[i - 1] if i > start else ""
    after = text[i + 1] if i + 1 < end else ""
    if not before or before.isspace():
        return False
    if mark in "’'" and after.isalpha() and before.isalpha():
        return False  # don’t, Ukraine’s
    return not after.isalnum()


#: Words that never follow a possessive: "all 'moral and humane boundaries' and that ..." closes a quote.
_NOT_POSSESSED = frozenset(
    """and or but nor that which who whom whose to of in on at by for from with as than then so if when while
    is are was were be been has have had will would could should may might must can do did does
    the a an this these those it its he she they we you i not""".split()
)


def _plural_possessive(text: str, i: int, end: int, family: str) -> bool:
    """``’`` after a plural noun (workers’ rights) inside a single quote that closes later; not before
    a word no possessive is followed by ("boundaries' and that ...")."""
    if family != SINGLE or text[i - 1] not in "sS" or not re.match(r" [a-z]", text[i + 1 : i + 3]):
        return False
    following = re.match(r" ([a-z]+)", text[i + 1 : i + 16])
    if following is not None and following.group(1) in _NOT_POSSESSED:
        return False
    return any(text[j] in "’'" and _can_close(text, j, i + 1, end) for j in range(i + 2, end))
