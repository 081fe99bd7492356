from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SEED

WORKBENCH = [sys.executable, "-m", "workbench.cli"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WORKBENCH, *args], capture_output=True, text=True, timeout=120)


def test_info_reports_structure() -> None:
    done = run("info", str(SEED), "--json")
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert facts["published"] == "2024-10-25"
    assert facts["posts"] >= 2 and facts["repeated_paragraphs"] >= 1
    assert facts["tokens"] > facts["sentences"] > facts["paragraphs"] > 0


def test_extract_prints_the_json_format() -> None:
    done = run("extract", str(SEED), "--published", "2024-10-26", "--format", "json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert set(payload) == {"report", "quotes", "figures", "events", "actors"}
    assert payload["report"]["published"] == "2024-10-26"
    text = SEED.read_text(encoding="utf-8")
    for quote in payload["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_extract_csv_needs_out_and_writes_tables(tmp_path: Path) -> None:
    assert run("extract", str(SEED), "--format", "csv").returncode == 2
    done = run("extract", str(SEED), "--format", "csv", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name.split("_")[-1] for p in tmp_path.glob("*.csv")) == [
        "actors.csv", "events.csv", "figures.csv", "quotes.csv",
    ]  # fmt: skip


def test_tokens_csv() -> None:
    done = run("tokens", str(SEED), "--format", "csv")
    assert done.returncode == 0
    assert done.stdout.splitlines()[0] == "doc_id,post_id,paragraph_id,sentence_id,token_id,start,end,text"


def test_bad_input_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \t\r\n\xc2\xa0 \r\n")
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(b"\x81\x8d\xfe\x8f\x90\x9d\xc3" * 40 + b" a few words ")
    for args in (
        ["info", str(tmp_path / "missing.txt")],
        ["extract", str(empty)],
        ["tokens", str(tmp_path)],
        ["extract", str(blank)],
        ["tokens", str(garbage)],
        ["extract", str(garbage)],
    ):
        done = run(*args)
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert done.stderr.startswith("workbench: ")
