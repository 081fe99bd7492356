"""One name per actor across the reports of a corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

import workbench as wb
from workbench.corpus_actors import unify_actors

REPORTS = {
    "kyiv.txt": (
        "Zelenskyy visits front\n"
        "Ukrainian President Volodymyr Zelenskyy said on Monday that 3,000 troops were in Kursk. "
        "South Korea's military said 10,000 had arrived.\n"
    ),
    "seoul.txt": (
        "Zelensky warns\n"
        "Volodymyr Zelensky said 12,000 North Korean troops were in Russia. Zelensky spoke in Kyiv. "
        "South Korean military officials said 11,000 had arrived.\n"
    ),
}


def corpus(tmp_path: Path) -> wb.Corpus:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / name).with_suffix(".meta.json").write_text(json.dumps({"published": "2024-11-04"}))
    return wb.analyse_corpus(tmp_path, cache=False, workers=1, progress=False)


def test_spellings_and_descriptions_of_one_actor_print_one_name(tmp_path: Path) -> None:
    tables = corpus(tmp_path)
    assert set(tables.quotes["speaker"]) == {"Volodymyr Zelensky", "South Korea's military"}
    assert tables.figures.groupby("doc_id")["source"].apply(set).to_dict() == {
        "kyiv": {"Volodymyr Zelensky", "South Korea's military"},
        "seoul": {"Volodymyr Zelensky", "South Korea's military"},
    }
    actors = tables.actors.set_index(["doc_id", "report_name"])
    assert actors.loc[("kyiv", "Volodymyr Zelenskyy"), "name"] == "Volodymyr Zelensky"
    assert "Volodymyr Zelenskyy" in actors.loc[("kyiv", "Volodymyr Zelenskyy"), "aliases"]


def test_different_people_and_bodies_stay_apart() -> None:
    actors = pd.DataFrame(
        {
            "doc_id": ["a", "b", "a", "b", "a", "b"],
            "name": [
                "Kim Yong Hyun",
                "Kim Jong Un",
                "Russian defence ministry",
                "Ukrainian defence ministry",
                "Anna Petrova",
                "Anna Petrenko",
            ],
            "kind": ["person", "person", "organisation", "organisation", "person", "person"],
            "country": [None, None, "Russia", "Ukraine", None, None],
            "mentions": [3, 5, 2, 2, 1, 1],
        }
    )
    names = unify_actors(actors)
    assert len(set(names.values())) == 6
