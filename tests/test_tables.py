"""Packing a report's tables into one Arrow table and back: columns, dtypes and missing values survive."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pyarrow as pa

from workbench import tables


def test_pack_unpack_round_trip_keeps_values_and_empty_tables() -> None:
    quotes = pd.DataFrame(
        {
            "doc_id": ["d", "d"],
            "start": [3, 9],
            "speaker": ["Ana Ruiz", None],
            "repeat_of": pd.array([None, 0], "Int64"),
        }
    )
    actors = pd.DataFrame({"doc_id": ["d"], "aliases": [["Ruiz", "Ana Ruiz"]], "first_start": [3]})
    events = pd.DataFrame({"doc_id": pd.Series([], dtype=object), "date": pd.Series([], dtype=object)})
    documents = pd.DataFrame({"doc_id": ["d"], "published": [dt.date(2022, 3, 4)], "flag": [True]})
    packed = tables.pack({"documents": documents, "quotes": quotes, "events": events, "actors": actors})
    assert packed.num_rows == 4
    out = tables.unpack(packed, ["documents", "quotes", "events", "actors", "figures"])
    assert out["quotes"]["speaker"].tolist()[0] == "Ana Ruiz" and pd.isna(out["quotes"]["speaker"].iat[1])
    assert out["quotes"]["start"].dtype == "Int64" and out["quotes"]["repeat_of"].tolist()[1] == 0
    assert out["actors"]["aliases"].tolist() == [["Ruiz", "Ana Ruiz"]]
    assert out["documents"]["published"].tolist() == [dt.date(2022, 3, 4)]
    assert out["documents"]["flag"].dtype == "boolean"
    assert list(out["events"].columns) == ["doc_id", "date"] and out["events"].empty
    assert out["figures"].empty and list(out["figures"].columns) == []


def test_a_column_mixing_types_is_kept_as_text() -> None:
    frame = pd.DataFrame({"value": [1.5, "about a dozen", None]}, dtype=object)
    table = tables.to_arrow(frame)
    assert table.column("value").to_pylist() == ["1.5", "about a dozen", None]


def test_concat_unifies_columns_missing_or_null_in_some_reports() -> None:
    one = tables.pack(
        {"figures": pd.DataFrame({"doc_id": ["a"], "value": [None], "unit": [None]}, dtype=object)}
    )
    two = tables.pack({"figures": pd.DataFrame({"doc_id": ["b"], "value": [12.0]})})
    three = tables.pack({"figures": pd.DataFrame({"doc_id": ["c"], "value": ["n/a"]})})
    both = tables.unpack(tables.concat([one, two]), ["figures"])["figures"]
    assert both["doc_id"].tolist() == ["a", "b"] and both["value"].tolist()[1] == 12.0
    assert both["unit"].isna().all()
    clash = tables.unpack(tables.concat([two, three]), ["figures"])["figures"]
    assert clash["value"].tolist() == ["12.0", "n/a"]


def test_with_key_marks_every_row() -> None:
    table = tables.with_key(pa.table({"x": [1, 2]}), "k1")
    assert table.column(tables.KEY_COLUMN).to_pylist() == ["k1", "k1"]
