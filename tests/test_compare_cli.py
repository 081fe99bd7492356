"""`workbench compare`: groups of figures across reports, as JSON, CSV and text."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from workbench.compare_reports import format_value

WORKBENCH = [sys.executable, "-m", "workbench.cli"]

KYIV = (
    "Kyiv gives higher troop figure\n"
    "The defence intelligence agency said on Monday that 12,000 North Korean troops had arrived in Russia.\n"
    "The agency said the 12,000 North Korean troops had arrived in Russia by train.\n"
)
WASHINGTON = (
    "Pentagon gives lower figure\n"
    "The Pentagon said on Tuesday that about 3,000 North Korean troops had arrived in Russia.\n"
    "A storm cut power to 40 homes in Virginia.\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WORKBENCH, "compare", *args], capture_output=True, text=True, timeout=300)


def write(folder: Path) -> list[str]:
    folder.mkdir()
    paths = []
    for name, text in (("kyiv.txt", KYIV), ("washington.txt", WASHINGTON)):
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name).with_suffix(".meta.json").write_text('{"published": "2024-10-25"}', encoding="utf-8")
        paths.append(str(folder / name))
    return paths


def test_compare_groups_the_same_quantity_across_reports(tmp_path: Path) -> None:
    paths = write(tmp_path / "reports")
    done = run(*paths, "--format", "json", "--cache-dir", str(tmp_path / "cache"))
    assert done.returncode == 0, done.stderr
    groups = json.loads(done.stdout)["groups"]
    troops = [g for g in groups if any(m["text"] == "3,000" for m in g["members"])]
    assert len(troops) == 1
    group = troops[0]
    texts = sorted((Path(m["article"]).name, m["text"]) for m in group["members"])
    assert texts == [("kyiv.txt", "12,000"), ("kyiv.txt", "12,000"), ("washington.txt", "3,000")]
    assert group["conflict"] is True and group["low_text"] == "3,000" and group["high_text"] == "12,000"
    kyiv_text = KYIV
    for member in group["members"]:
        if member["article"].endswith("kyiv.txt"):
            assert kyiv_text[member["start"] : member["end"]] == member["text"]
    assert not any(m["text"] == "40" for g in groups for m in g["members"])  # homes are not troops

    rows = list(
        csv.DictReader(
            io.StringIO(run(*paths, "--format", "csv", "--cache-dir", str(tmp_path / "cache")).stdout)
        )
    )
    assert {r["text"] for r in rows if r["group_id"] == group["group_id"]} == {"12,000", "3,000"}


def test_compare_says_so_when_nothing_groups(tmp_path: Path) -> None:
    lone = tmp_path / "lone.txt"
    lone.write_text("Storm\nA storm cut power to 40 homes on Monday.\n", encoding="utf-8")
    done = run(str(lone), "--cache-dir", str(tmp_path / "cache"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "No two figures in these reports state the same quantity."


def test_values_are_printed_as_people_write_them() -> None:
    assert format_value(3e11, "USD") == "$300bn"
    assert format_value(12000.0, None) == "12,000"
    assert format_value(40.0, "%") == "40%"
    assert format_value(2.5, "km") == "2.5 km"
    assert format_value(1.2e6, "GBP") == "£1.2m"


def test_saved_merges_and_splits_apply_on_every_run(tmp_path: Path) -> None:
    from workbench.corrections import FILE_NAME, Corrections
    from workbench.quantity_corrections import merge_quantities, split_quantity

    folder = tmp_path / "reports"
    paths = write(folder)
    cache = str(tmp_path / "cache")

    def groups() -> list[dict[str, object]]:
        done = run(*paths, "--format", "json", "--cache-dir", cache)
        assert done.returncode == 0, done.stderr
        found: list[dict[str, object]] = json.loads(done.stdout)["groups"]
        return found

    def group_of(text: str, article: str) -> str | None:
        for group in groups():
            for m in group["members"]:  # type: ignore[attr-defined]
                if m["text"] == text and m["article"].endswith(article):
                    return str(group["group_id"])
        return None

    troops = group_of("3,000", "washington.txt")
    assert troops is not None and group_of("40", "washington.txt") is None
    corrections = Corrections.load(folder / FILE_NAME)
    figure = {"doc_id": "washington", "start": WASHINGTON.index("40 homes"), "text": "40"}
    merge_quantities(
        corrections, [{"doc_id": "washington", "start": WASHINGTON.index("3,000"), "text": "3,000"}, figure]
    )
    assert group_of("40", "washington.txt") == group_of("3,000", "washington.txt")  # the analyst's merge kept
    split_quantity(corrections, figure)
    assert group_of("40", "washington.txt") is None  # and the later split
    assert group_of("3,000", "washington.txt") == group_of("12,000", "kyiv.txt")
