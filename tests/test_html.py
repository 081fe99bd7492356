from __future__ import annotations

from workbench.html import escape, highlight


def test_escape_neutralises_markup() -> None:
    assert escape('<img src=x onerror="alert(1)">') == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
    assert escape(None) == ""


def test_highlight_escapes_inside_and_outside_marks() -> None:
    text = "He said <b>“hi”</b> & left"
    out = highlight(text, [(8, 19)])
    assert out == 'He said <mark class="wb-mark">&lt;b&gt;“hi”&lt;/b&gt;</mark> &amp; left'


def test_highlight_clips_overlaps_and_out_of_range() -> None:
    assert highlight("abcdef", [(1, 3), (2, 4), (5, 99)]) == (
        'a<mark class="wb-mark">bc</mark>de<mark class="wb-mark">f</mark>'
    )
