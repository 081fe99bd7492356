"""How long a sortable, searchable table takes to fill with 10,000 rows in the kernel.

    python benchmarks/table_rows.py [--rows 10000] [--runs 5]

The rows are the bundled report's figures repeated (every column of notebook 02's figure
table, the sentence with its figure highlighted), shown with ``DataTable.show``: escaping every
cell and encoding the rows the grid receives. Prints wall and CPU medians and the payload size.
Sorting and searching happen in the browser, on every row sent (see README, "Tables").
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _common import machine_load, report_cpu, timed_cpu

import workbench as wb
from workbench.widgets import FigureTable
from workbench.widgets.figures import TABLE_COLUMNS
from workbench.widgets.tables import DataTable

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "000_586bd0836be2d8ac.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    panel = FigureTable(wb.load_report(SEED))
    one = panel.figures[TABLE_COLUMNS].assign(sentence=panel.sentence_html(panel.figures))
    frame = one.iloc[[i % len(one) for i in range(args.rows)]].reset_index(drop=True)
    table = DataTable(html_columns={"sentence"})
    print(f"{len(frame):,} rows x {len(frame.columns)} columns; {machine_load()}")
    report_cpu(f"DataTable.show, {len(frame):,} rows", timed_cpu(lambda: table.show(frame), args.runs))
    print(f"rows sent to the browser: {len(table.grid._dt_args['data_json']) / 1e6:.1f} MB of JSON")


if __name__ == "__main__":
    main()
