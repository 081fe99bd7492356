"""Quote-mark spans: curly, straight and British quotes, nesting, apostrophes, open quotes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workbench.quote_marks import is_name_or_term, quote_spans


def spans(text: str) -> list[tuple[str, int, str | None]]:
    """(quoted words, depth, flag) for each line of ``text`` taken as a paragraph."""
    paragraphs = []
    offset = 0
    for index, line in enumerate(text.split("\n")):
        paragraphs.append((index, offset, offset + len(line)))
        offset += len(line) + 1
    return [(text[s.start : s.end], s.depth, s.flag) for s in quote_spans(text, paragraphs)]


def test_curly_and_straight_double_quotes_drop_the_trailing_comma() -> None:
    assert spans('“The port is shut,” she said. "Ships wait."') == [
        ("The port is shut", 0, None),
        ("Ships wait.", 0, None),
    ]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "‘We don’t keep files from the ’90s, and the agency’s staff left,’ said Ms Lee. The workers’ union agreed."
    assert spans(text) == [("We don’t keep files from the ’90s, and the agency’s staff left", 0, None)]


def test_plural_possessive_inside_a_single_quote_does_not_close_it() -> None:
    text = "He called it ‘an attack on the farmers’ rights and nothing less’."
    assert spans(text) == [("an attack on the farmers’ rights and nothing less", 0, None)]


def test_a_single_quote_ending_on_a_plural_closes_before_a_word_no_possessive_takes() -> None:
    text = "He said the raid broke all 'moral and legal limits' and that those he called the 'organisers' would pay."
    assert spans(text) == [("moral and legal limits", 0, None), ("organisers", 0, None)]


def test_british_single_quotes_with_nested_double_quotes() -> None:
    text = "‘The minister told us, “Wait,” and then left,’ said Ms Roy."
    assert spans(text) == [("The minister told us, “Wait,” and then left", 0, None), ("Wait", 1, None)]


def test_straight_single_quotes_in_a_headline_and_possessives() -> None:
    assert spans("Mayor's aide says budget is 'fully funded' for the Farmers' League") == [
        ("fully funded", 0, None)
    ]


def test_quote_left_open_runs_to_the_paragraph_end_and_is_flagged() -> None:
    result = spans('"We left at night. The dog came.\n"Nobody looked back."\nA "stray mark')
    assert result == [
        ("We left at night. The dog came.", 0, "continued"),
        ("Nobody looked back.", 0, None),
        ("stray mark", 0, "unclosed"),
    ]


def test_names_and_terms_in_quote_marks_are_not_speech() -> None:
    text = "Troops in Operation “Iron Gate” used the so-called “green corridor”, which she called “a trap”."
    paragraphs = [(0, 0, len(text))]
    kept = [text[s.start : s.end] for s in quote_spans(text, paragraphs) if not is_name_or_term(text, s)]
    assert kept == ["a trap"]


def test_titles_and_one_word_names_in_quote_marks_are_not_speech() -> None:
    text = (
        "He signed the law “On the Budget for 2025” and funds for “Hydrostal” and JSC “Railco”, "
        "shouted “We Will Not Leave” and wrote “Enough” on a wall."
    )
    paragraphs = [(0, 0, len(text))]
    kept = [text[s.start : s.end] for s in quote_spans(text, paragraphs) if not is_name_or_term(text, s)]
    assert kept == ["We Will Not Leave", "Enough"]


@given(st.text(alphabet=st.sampled_from(list("ab ,.’‘'\"“”„«»\n")) | st.characters(), max_size=200))
def test_any_text_gives_spans_inside_their_paragraph(text: str) -> None:
    paragraphs = []
    offset = 0
    for index, line in enumerate(text.split("\n")):
        paragraphs.append((index, offset, offset + len(line)))
        offset += len(line) + 1
    for span in quote_spans(text, paragraphs):
        _, start, end = paragraphs[span.paragraph_id]
        assert start <= span.open_at < span.start <= span.end <= end
        assert span.close_at is None or span.end <= span.close_at < end
