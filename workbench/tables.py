"""A report's tables as one Arrow table, and many reports' tables back as pandas.

The cache and the parallel engines move a report's tables (quotes, figures, events,
actors, and its one-row documents entry) as a single Arrow table: column ``_table`` names
the table a row belongs to and the other columns are ``table.column``. Many such tables
concatenate into one (columns missing from a report are null), and :func:`unpack` splits
it back into one pandas DataFrame per table. Fresh and cached results both take this path,
so they come back with the same dtypes: integers as nullable ``Int64``, booleans as
``boolean``, dates as ``datetime.date``, lists as lists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

TABLE_COLUMN = "_table"
KEY_COLUMN = "_key"
_CONVERSION_ERRORS = (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError)
_PANDAS_TYPES: dict[pa.DataType, Any] = {
    **{t: pd.Int64Dtype() for t in (pa.int8(), pa.int16(), pa.int32(), pa.int64())},
    **{t: pd.Int64Dtype() for t in (pa.uint8(), pa.uint16(), pa.uint32())},
    pa.bool_(): pd.BooleanDtype(),
}


def to_arrow(frame: pd.DataFrame) -> pa.Table:
    """A DataFrame as an Arrow table; a column mixing incompatible types is stored as text."""
    try:
        return pa.Table.from_pandas(frame, preserve_index=False)
    except _CONVERSION_ERRORS:
        pass
    arrays = []
    for name in frame.columns:
        column = frame[name]
        try:
            arrays.append(pa.array(column, from_pandas=True))
        except _CONVERSION_ERRORS:
            arrays.append(pa.array([None if _missing(v) else str(v) for v in column], pa.string()))
    return pa.Table.from_arrays(arrays, names=[str(c) for c in frame.columns])


def pack(tables: Mapping[str, pd.DataFrame]) -> pa.Table:
    """Several DataFrames as one Arrow table with a ``_table`` column (see the module docstring)."""
    converted = {name: to_arrow(frame) for name, frame in tables.items()}
    total = sum(t.num_rows for t in converted.values())
    names: list[str] = [TABLE_COLUMN]
    arrays: list[pa.Array] = [
        pa.array([n for n, t in converted.items() for _ in range(t.num_rows)], pa.string())
    ]
    before = 0
    for name, table in converted.items():
        after = total - before - table.num_rows
        for field, column in zip(table.schema, table.columns, strict=True):
            pieces = [pa.nulls(before, field.type), *column.chunks, pa.nulls(after, field.type)]
            arrays.append(
                pa.concat_arrays([p for p in pieces if len(p)]) if total else pa.nulls(0, field.type)
            )
            names.append(f"{name}.{field.name}")
        before += table.num_rows
    return pa.Table.from_arrays(arrays, names=names)


def concat(tables: Sequence[pa.Table]) -> pa.Table:
    """Packed tables one after another; columns are unified (a column missing from one is null)."""
    tables = [t for t in tables if t.num_columns]
    if not tables:
        return pa.table({TABLE_COLUMN: pa.array([], pa.string())})
    try:
        return pa.concat_tables(tables, promote_options="permissive")
    except _CONVERSION_ERRORS:  # one column holds text here and numbers there: go through pandas
        frames = [t.to_pandas(types_mapper=_PANDAS_TYPES.get) for t in tables]
        return to_arrow(pd.concat(frames, ignore_index=True))


def unpack(table: pa.Table, names: Sequence[str]) -> dict[str, pd.DataFrame]:
    """One DataFrame per table name (empty, without columns, for a name the table lacks)."""
    out = {}
    for name in names:
        prefix = f"{name}."
        columns = [c for c in table.column_names if c.startswith(prefix)]
        rows = (
            table.filter(pc.equal(table[TABLE_COLUMN], name)) if TABLE_COLUMN in table.column_names else table
        )
        selected = rows.select(columns).rename_columns([c[len(prefix) :] for c in columns])
        out[name] = to_pandas(selected)
    return out


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as pandas with nullable integers and booleans and lists as Python lists."""
    frame: pd.DataFrame = table.to_pandas(types_mapper=_PANDAS_TYPES.get, date_as_object=True)
    for field in table.schema:
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            frame[field.name] = [v.tolist() if hasattr(v, "tolist") else v for v in frame[field.name]]
    return frame


def with_key(table: pa.Table, key: str) -> pa.Table:
    """``table`` with a ``_key`` column holding ``key`` on every row (how packs know their reports)."""
    return table.append_column(KEY_COLUMN, pa.array([key] * table.num_rows, pa.string()))


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)
