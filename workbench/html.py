"""HTML for article text: always escaped, with spans highlighted.

Article text is untrusted (a quote may hold ``<script>``); every renderer builds its
HTML through these functions so that nothing from a report reaches the page unescaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable


def escape(text: object) -> str:
    """Escape any value for use as HTML text or an attribute value (None becomes "")."""
    return html.escape("" if text is None else str(text), quote=True)


def highlight(text: str, spans: Iterable[tuple[int, int]], *, css_class: str = "wb-mark") -> str:
    """``text`` escaped, with each ``[start, end)`` span (offsets into ``text``) wrapped in ``<mark>``.

    Overlapping or out-of-range spans are clipped; the result is safe to insert as HTML.
    """
    pieces = []
    cursor = 0
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if end <= start or start < cursor:
            continue
        pieces.append(escape(text[cursor:start]))
        pieces.append(f'<mark class="{escape(css_class)}">{escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(escape(text[cursor:]))
    return "".join(pieces)
