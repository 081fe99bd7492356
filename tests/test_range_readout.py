"""range_readout: the slider's selected range in full, following the slider."""

from __future__ import annotations

import datetime as dt

import ipywidgets as widgets

from workbench.widgets.range_readout import range_readout


def test_the_label_follows_the_slider_and_its_options() -> None:
    days = [dt.date(2021, 12, 30), dt.date(2022, 1, 2), dt.date(2024, 10, 25)]
    slider = widgets.SelectionRangeSlider(options=[(d.isoformat(), d) for d in days], index=(0, 2))
    label = range_readout(slider)
    assert not slider.readout
    assert label.value == "2021-12-30 – 2024-10-25"
    slider.index = (1, 1)
    assert label.value == "2022-01-02"
    slider.options = [("2025-05-01", dt.date(2025, 5, 1)), ("2025-05-09", dt.date(2025, 5, 9))]
    slider.index = (0, 1)
    assert label.value == "2025-05-01 – 2025-05-09"
