"""The current report, and reports the notebook saves: uploads, pasted text and downloads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_files import LIVE_BLOG_PAGE, serve

import workbench as wb
from workbench.current import report_choices, save_text, save_upload, save_url, saved_reports_dir

ARTICLE = "Port reopens\nThe port reopened on Friday after repairs, the harbour master said.\n"


def test_current_report_defaults_to_the_bundled_one_and_remembers_a_choice(tmp_path: Path) -> None:
    assert wb.load_current_report().name == "000_586bd0836be2d8ac.txt"
    path = tmp_path / "port.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    wb.set_current_report(path, published="2023-05-05")
    current = wb.load_current_report()
    assert current.path == path.resolve() and current.published is not None
    assert current.published.isoformat() == "2023-05-05"


def test_unreadable_current_report_says_where_to_fix_it(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    wb.set_current_report(path)
    path.unlink()
    with pytest.raises(wb.ReportError, match="choose another in notebook 00"):
        wb.load_current_report()


def test_upload_is_kept_once_and_a_different_file_gets_a_new_name() -> None:
    first = save_upload("port.txt", ARTICLE.encode())
    assert first == saved_reports_dir() / "port.txt"
    assert save_upload("port.txt", ARTICLE.encode()) == first  # the same bytes: the same file
    other = save_upload("port.txt", ARTICLE.replace("Friday", "Saturday").encode())
    assert other.name == "port-2.txt" and first.read_text(encoding="utf-8") == ARTICLE


def test_upload_names_cannot_leave_the_folder() -> None:
    path = save_upload("../../etc/evil name!.txt", ARTICLE.encode())
    assert path.parent == saved_reports_dir() and path.name == "evil-name.txt"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("slides.pptx", b"PK\x03\x04", "unsupported file type '.pptx'"),
        ("empty.txt", b"", "file is empty"),
        ("scan.pdf", b"%PDF-1.4 broken", "not a readable PDF"),
    ],
)
def test_bad_upload_is_refused_and_not_kept(name: str, data: bytes, problem: str) -> None:
    with pytest.raises(wb.ReportError, match=problem):
        save_upload(name, data)
    assert not (saved_reports_dir() / name).exists()


def test_pasted_text_is_saved_as_utf8() -> None:
    path = save_text("Título\nEl puerto reabrió el viernes.\n")
    assert path.suffix == ".txt" and path.name.startswith("pasted-")
    assert wb.load_report(path).title == "Título"
    with pytest.raises(wb.ReportError, match="the text is empty"):
        save_text(" \n\t")


def test_download_is_saved_with_its_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    routes = {
        "/news/flood-live": (200, "text/html", LIVE_BLOG_PAGE.encode()),
        "/notes": (200, "text/plain; charset=cp1252", "Notes\nIt cost €45.\n".encode("cp1252")),
    }
    with serve(routes) as base:
        page = save_url(base + "/news/flood-live")
        notes = save_url(base + "/notes")
    assert page.name == "flood-live.html"
    assert json.loads(page.with_name("flood-live.meta.json").read_text()) == {
        "url": base + "/news/flood-live"
    }
    report = wb.load_report(page)
    assert report.url == base + "/news/flood-live" and report.format == "html"
    assert "€45" in wb.load_report(notes).text  # the server's charset, kept by re-encoding to UTF-8


def test_choices_list_the_folder_then_the_saved_reports(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("# B\n\nBody.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{}", encoding="utf-8")
    save_text(ARTICLE, name="pasted port")
    labels = [label for label, _ in report_choices([tmp_path])]
    assert labels == [f"{tmp_path.name}/a.txt", f"{tmp_path.name}/b.md", "saved/pasted-port.txt"]


def test_cli_use_saves_a_url_then_makes_it_current(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.cli import main

    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    with serve({"/live.html": (200, "text/html", LIVE_BLOG_PAGE.encode())}) as base:
        assert main(["use", base + "/live.html", "--published", "2023-03-15"]) == 0
    saved = saved_reports_dir() / "live.html"
    assert capsys.readouterr().out.strip() == f"current report: {saved.resolve()}"
    current = wb.load_current_report()  # opens the saved copy: no network needed any more
    assert current.path == saved.resolve() and current.url == base + "/live.html"
    assert current.published is not None and current.published.isoformat() == "2023-03-15"
