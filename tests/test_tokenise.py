from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import workbench as wb
from workbench.tokenise import sentence_spans, word_spans


def words(text: str) -> list[str]:
    return [text[s:e] for s, e in word_spans(text)]


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_news_abbreviations_do_not_end_sentences() -> None:
    text = "The U.S. disagreed with Mr. Smith. Gen. Jones met Lt. Col. Reed on Jan. 5 in St. Louis. He left."
    assert sentences(text) == [
        "The U.S. disagreed with Mr. Smith.",
        "Gen. Jones met Lt. Col. Reed on Jan. 5 in St. Louis.",
        "He left.",
    ]


def test_sentences_split_after_closing_quote() -> None:
    text = "“We are ready,” he said. “Nothing else.” Then he left."
    assert sentences(text) == ["“We are ready,” he said.", "“Nothing else.”", "Then he left."]


def test_curly_apostrophes_split_like_straight_ones() -> None:
    assert words("Ukraine’s army doesn’t move.") == ["Ukraine", "’s", "army", "does", "n’t", "move", "."]
    assert words("Ukraine's army") == ["Ukraine", "'s", "army"]


def test_period_before_closing_quote_is_its_own_token() -> None:
    assert words('He said "no."') == ["He", "said", '"', "no", ".", '"']


def test_numbers_and_units_stay_whole() -> None:
    assert words("It is 4km away and cost 12,000 dollars.")[2:4] == ["4km", "away"]
    assert "12,000" in words("It cost 12,000 dollars.")


def test_report_tokens_index_the_text(seed_report: wb.Report) -> None:
    text = seed_report.text
    tokens = seed_report.tokens
    assert len(tokens) > 1000
    assert all(text[s:e] == t for s, e, t in zip(tokens["start"], tokens["end"], tokens["text"], strict=True))
    sents = seed_report.sentences
    assert all(text[s:e] == t for s, e, t in zip(sents["start"], sents["end"], sents["text"], strict=True))


def test_token_and_sentence_ids_are_consistent(seed_report: wb.Report) -> None:
    tokens = seed_report.tokens
    sents = seed_report.sentences.set_index("sentence_id")
    assert tokens["token_id"].tolist() == list(range(len(tokens)))
    for row in tokens.itertuples():
        sentence = sents.loc[row.sentence_id]
        assert sentence.start <= row.start and row.end <= sentence.end
        assert sentence.paragraph_id == row.paragraph_id


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=400).filter(lambda t: t.strip()))
def test_any_text_gives_offsets_that_index_it(text: str) -> None:
    report = wb.load_report(text=text)
    for s, e, t in zip(report.tokens["start"], report.tokens["end"], report.tokens["text"], strict=True):
        assert 0 <= s < e <= len(text)
        assert text[s:e] == t
    for s, e in zip(report.sentences["start"], report.sentences["end"], strict=True):
        assert 0 <= s < e <= len(text)
    assert report.tokens["start"].is_monotonic_increasing


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Said police chief A.N. Roy to Reuters. Then he left.", 2),
        ("President George W. Bush said so. He left.", 2),
        ("It was the fault of the U.S. The talks failed.", 2),
        ("He lived in Flat B. The house burned.", 2),
    ],
)
def test_initials_do_not_end_a_sentence_before_a_surname(text: str, sentences: int) -> None:
    spans = sentence_spans(text)
    assert len(spans) == sentences, [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Earlier today, U.S. Ambassador Jane Doe said talks had stalled.",
            ["Earlier today, U.S. Ambassador Jane Doe said talks had stalled."],
        ),
        ("U.S. Recognizes Freedonia as a State", ["U.S. Recognizes Freedonia as a State"]),
        (
            "It pays for the 94 U.S. Attorneys’ offices across the country.",
            ["It pays for the 94 U.S. Attorneys’ offices across the country."],
        ),
        (
            "Present were two senators, U.S. Representatives Tom Roe and Ann Poe.",
            ["Present were two senators, U.S. Representatives Tom Roe and Ann Poe."],
        ),
        (
            "He flew back to the U.S. Senators met him there.",
            ["He flew back to the U.S.", "Senators met him there."],
        ),
        ("Aid reached the U.N. It was late.", ["Aid reached the U.N.", "It was late."]),
    ],
)
def test_country_initials_before_a_title_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
