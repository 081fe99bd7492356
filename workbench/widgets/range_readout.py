"""The selected range of a date slider, shown in full beside it.

A range slider's own readout is capped at a few characters by the widgets' stylesheet, so two
ISO dates came out cut ("2022-01-01-2024-10-2"); a separate label has the room it needs.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets


def range_readout(slider: widgets.SelectionRangeSlider) -> widgets.Label:
    """A label showing ``slider``'s selected range ("2022-01-01 – 2024-10-25"), kept up to date.

    The slider's own readout is turned off; lay the label out next to the slider.
    """
    slider.readout = False
    label = widgets.Label(layout=widgets.Layout(width="auto", flex="0 0 auto"))

    def show(_change: Any = None) -> None:
        first, last = (str(end) for end in slider.label) if len(slider.label) == 2 else ("", "")
        label.value = first if first == last else f"{first} – {last}"

    slider.observe(show, names="label")
    show()
    return label
