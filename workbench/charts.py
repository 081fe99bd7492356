"""Matplotlib figures that notebooks show as pictures.

The plotting functions build figures without pyplot (no global state, nothing opened). A plain
:class:`~matplotlib.figure.Figure` made that way shows in JupyterLab and Voila as its text
repr (``<Figure size 650x325 with 1 Axes>``) unless ``%matplotlib inline`` ran first; a
:class:`Chart` shows as a PNG image either way.
"""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

#: Dots per inch of a chart shown in a notebook (matplotlib's inline default).
SHOWN_DPI = 100


class Chart(Figure):
    """A matplotlib figure drawn with Agg that a notebook displays as a PNG image."""

    def __init__(self, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        FigureCanvasAgg(self)

    def _repr_png_(self) -> bytes:
        """What IPython shows (JupyterLab, Voila, nbconvert) when the chart is a cell's value:
        the figure trimmed of its blank border, as ``%matplotlib inline`` draws it."""
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=SHOWN_DPI, bbox_inches="tight")
        return buffer.getvalue()
