"""analyse_corpus: every report's tables with doc ids, failures by name, the cache, filters, exports."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import workbench as wb
from workbench.cache import ResultCache
from workbench.corpus import plan_tasks
from workbench.corrections import FILE_NAME as CORRECTIONS_FILE

REPORTS = {
    "harbour.txt": (
        "Ferry service resumes at Lindqvist harbour\n"
        "Port director Anselm Okoro said on Monday that 14 ferries would sail again.\n"
        "“We are ready,” Mr Okoro told reporters.\n",
        {"published": "2023-05-02", "source": "Coastal Courier"},
    ),
    "council.md": (
        "# Council votes on the bridge\n\n"
        "The Brennick city council approved 3.5 million euros for repairs on Tuesday.\n\n"
        "Councillor Mirela Vance said the vote was overdue.\n",
        {"published": "2023-05-09", "source": "Valley Gazette"},
    ),
    "storm.txt": (
        "Storm closes mountain roads\n"
        "About 200 residents of Tarn Ridge were moved to shelters overnight, officials said.\n",
        None,
    ),
}


def write_reports(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (text, meta) in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        if meta:
            (folder / name).with_suffix(".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "blank.txt").write_text("   \n", encoding="utf-8")
    return folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_reports(tmp_path / "reports")


def analyse(folder: Path | list[str | Path], cache_dir: Path, **options: object) -> wb.Corpus:
    return wb.analyse_corpus(folder, cache_dir=cache_dir, workers=1, progress=False, **options)  # type: ignore[arg-type]


def test_every_report_has_a_row_and_a_failure_is_listed_by_name(folder: Path, tmp_path: Path) -> None:
    corpus = analyse(folder, tmp_path / "cache")
    documents = corpus.documents.set_index("doc_id")
    assert sorted(documents.index) == ["blank", "council", "harbour", "storm"]
    assert (
        documents.loc["harbour", "status"] == "ok" and documents.loc["harbour", "source"] == "Coastal Courier"
    )
    assert str(documents.loc["council", "published"]) == "2023-05-09"
    assert corpus.failures["doc_id"].tolist() == ["blank"]
    error = corpus.failures["error"].iat[0]
    assert error.startswith(str(folder / "blank.txt") + ": ") and "\n" not in error
    assert corpus.extracted == 3 and corpus.from_cache == 0
    for name in ("quotes", "figures", "events", "actors"):
        table = corpus.table(name)
        assert "doc_id" in table.columns
        assert set(table["doc_id"]) <= {"harbour", "council", "storm"}
    assert set(corpus.actors["doc_id"]) >= {"harbour", "council"}  # spaCy finds names in both


def test_reopening_uses_the_cache_and_gives_the_same_tables(folder: Path, tmp_path: Path) -> None:
    first = analyse(folder, tmp_path / "cache")
    again = analyse(folder, tmp_path / "cache")
    assert (again.from_cache, again.extracted) == (3, 0)
    for name in ("documents", "quotes", "figures", "events", "actors"):
        pd.testing.assert_frame_equal(first.table(name), again.table(name))


def test_only_new_or_changed_reports_are_extracted(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    analyse(folder, cache)
    (folder / "storm.txt").write_text("Storm closes mountain roads\nThe roads reopened on Friday.\n")
    (folder / "extra.txt").write_text("Bakery wins award\nThe Oduya bakery won a regional prize.\n")
    corpus = analyse(folder, cache)
    assert (corpus.from_cache, corpus.extracted) == (2, 2)
    assert "extra" in set(corpus.documents["doc_id"])


def test_a_new_published_date_or_corrections_file_invalidates(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    analyse(folder, cache)
    sidecar = folder / "harbour.meta.json"
    sidecar.write_text(json.dumps({"published": "2023-06-01", "source": "Coastal Courier"}))
    corpus = analyse(folder, cache)
    assert corpus.extracted == 1
    assert str(corpus.documents.set_index("doc_id").loc["harbour", "published"]) == "2023-06-01"
    (folder / CORRECTIONS_FILE).write_text(json.dumps({"version": 1, "sections": {"speakers": []}}))
    assert analyse(folder, cache).extracted == 3


def test_missing_pack_or_corrupt_cache_file_falls_back(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = analyse(folder, cache)
    for pack in (cache / "packs").glob("*.parquet"):
        pack.unlink()
    assert analyse(folder, cache).from_cache == 3  # from the per-report files, pack rebuilt
    assert len(list((cache / "packs").glob("*.parquet"))) == 1
    for pack in (cache / "packs").glob("*.parquet"):
        pack.write_bytes(b"not parquet")
    victim = next(t for t in plan_tasks(folder) if t.doc_id == "council")
    assert victim.key is not None
    ResultCache(cache).report_path(victim.key).write_bytes(b"garbage")
    corpus = analyse(folder, cache)
    assert (corpus.from_cache, corpus.extracted) == (2, 1)
    pd.testing.assert_frame_equal(first.actors, corpus.actors)


def test_no_cache_writes_nothing(folder: Path, tmp_path: Path) -> None:
    corpus = wb.analyse_corpus(folder, cache=False, cache_dir=tmp_path / "cache", workers=1, progress=False)
    assert corpus.extracted == 3
    assert not (tmp_path / "cache").exists()


def test_a_list_of_files_and_clashing_names_get_unique_doc_ids(tmp_path: Path, folder: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "harbour.txt").write_text("Another harbour\nBoats left the harbour at dawn.\n")
    (folder / "harbour.md").write_text("# Harbour notes\n\nThe quay was repaired.\n")
    corpus = analyse(
        [folder / "harbour.txt", folder / "harbour.md", other / "harbour.txt"], tmp_path / "cache"
    )
    ids = corpus.documents["doc_id"].tolist()
    assert len(set(ids)) == 3
    assert "harbour.md" in ids


def test_filter_by_outlet_and_date(folder: Path, tmp_path: Path) -> None:
    corpus = analyse(folder, tmp_path / "cache")
    assert corpus.sources == ["Coastal Courier", "Valley Gazette"]
    courier = corpus.filter(sources=["Coastal Courier"])
    assert courier.documents["doc_id"].tolist() == ["harbour"]
    assert set(courier.actors["doc_id"]) <= {"harbour"}
    may_later = corpus.filter(start="2023-05-05")
    assert may_later.documents["doc_id"].tolist() == ["council"]  # undated reports drop out of a date range
    assert corpus.filter(end="2023-05-05").documents["doc_id"].tolist() == ["harbour"]
    assert corpus.filter() is corpus


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_write_tables(folder: Path, tmp_path: Path, fmt: str) -> None:
    corpus = analyse(folder, tmp_path / "cache")
    paths = corpus.write(tmp_path / "out", format=fmt)  # type: ignore[arg-type]
    assert [p.name for p in paths] == [
        f"{n}.{fmt}" for n in ("documents", "quotes", "figures", "events", "actors")
    ]
    readers = {
        "parquet": pd.read_parquet,
        "csv": pd.read_csv,
        "jsonl": lambda p: pd.read_json(p, lines=True) if p.stat().st_size else pd.DataFrame(),
    }
    documents = readers[fmt](tmp_path / "out" / f"documents.{fmt}")
    assert len(documents) == 4 and "doc_id" in documents.columns
    actors = readers[fmt](tmp_path / "out" / f"actors.{fmt}")
    assert len(actors) == len(corpus.actors) and "doc_id" in actors.columns
    if fmt == "csv":  # lists are JSON text, not numpy reprs
        assert all(isinstance(json.loads(a), list) for a in actors["aliases"])


def test_no_reports_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(wb.WorkbenchError, match="no reports found"):
        analyse(tmp_path, tmp_path / "cache")


def test_default_cache_is_in_the_state_folder(folder: Path, isolated_state: Path) -> None:
    wb.analyse_corpus(folder, workers=1, progress=False)
    assert any((isolated_state / "cache" / "packs").glob("*.parquet"))


@pytest.mark.slow
def test_worker_processes_give_the_same_tables(folder: Path, tmp_path: Path) -> None:
    here = analyse(folder, tmp_path / "a")
    there = wb.analyse_corpus(folder, cache_dir=tmp_path / "b", workers=2, batch_size=1, progress=False)
    assert there.extracted == 3
    for name in ("quotes", "figures", "events", "actors"):
        pd.testing.assert_frame_equal(here.table(name), there.table(name))
    assert there.documents["seconds"].notna().sum() == 3  # each report's timing came back from its worker
