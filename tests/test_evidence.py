"""Evidence on every "who": the rule in words, a confidence, the candidates of an ambiguous pronoun."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

import workbench as wb
from workbench.attribution.rules import confidence, describe

MakeReport = Callable[..., wb.Report]


def quote_row(table: pd.DataFrame, words: str) -> pd.Series:
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table["text"].tolist()
    return rows.iloc[0]


def test_a_named_cue_is_high_a_pronoun_medium(make_report: MakeReport) -> None:
    text = (
        "Talks stall\n"
        "“We are not leaving,” said Maria Lopez, the union's leader.\n"
        "“Not this week,” she said.\n"
    )
    quotes = wb.extract_quotes(make_report(text))
    named, pronoun = quote_row(quotes, "not leaving"), quote_row(quotes, "this week")
    assert (named["speaker_how"], named["speaker_confidence"]) == ("subject of 'said'", "high")
    assert pronoun["speaker"] == "Maria Lopez" and pronoun["speaker_confidence"] == "medium"
    assert pronoun["speaker_how"].startswith("'she'")


def test_an_ambiguous_pronoun_names_no_one_and_lists_the_candidates(make_report: MakeReport) -> None:
    text = (
        "Ministers meet\n"
        "Defence minister Ngozi Adeyemi met finance minister Chidi Okafor on Monday. "
        "“The budget is fixed,” he said.\n"
    )
    quotes = wb.extract_quotes(make_report(text))
    row = quote_row(quotes, "budget is fixed")
    assert pd.isna(row["speaker"]) and pd.isna(row["speaker_confidence"])
    assert row["speaker_how"].startswith("ambiguous")
    assert set(row["speaker_candidates"]) == {"Ngozi Adeyemi", "Chidi Okafor"}


def test_figures_and_events_carry_their_rule_and_confidence(make_report: MakeReport) -> None:
    report = make_report(
        "Storm\nThe Red Cross said on Monday that 40 homes were destroyed.\n", published="2024-03-13"
    )
    figures = wb.extract_figures(report)
    row = figures[figures["text"] == "40"].iloc[0]
    assert row["source_how"] == "subject of 'say'" and row["source_confidence"] == "high"
    events = wb.extract_events(report)
    event = events[events["date_text"] == "on Monday"].iloc[0]
    assert event["actor_how"] == "subject of 'said'" and event["actor_confidence"] == "high"


@pytest.mark.parametrize(
    ("rule", "mention", "expected"),
    [
        ("cue", "Maria Lopez", "high"),
        ("cue", "he", "medium"),
        ("cue", "the agency", "medium"),
        ("cue", "US", "high"),
        ("next sentence", None, "medium"),
        ("previous paragraph", "Maria Lopez", "low"),
        ("ambiguous", "he", None),
        (None, None, None),
    ],
)
def test_confidence_follows_the_rule_and_the_mention(
    rule: str | None, mention: str | None, expected: str | None
) -> None:
    assert confidence(rule, mention=mention) == expected


def test_rules_read_as_words() -> None:
    assert describe("cue", verb="according to") == "according to"
    assert describe("document", verb="report") == "author of the report"
    assert describe("say", verb="say", mention="it") == "'it' (subject of 'say') -> the last fitting actor"


def test_extract_json_carries_the_evidence(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Talks stall\n“We are not leaving,” said Maria Lopez on Monday.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "extract", str(path), "--published", "2024-03-13"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    quote = payload["quotes"][0]
    assert quote["speaker_how"] == "subject of 'said'" and quote["speaker_confidence"] == "high"
    assert quote["speaker_candidates"] == []
    assert {"actor_how", "actor_confidence"} <= set(payload["events"][0])
