"""The base of every panel: holds its widgets, lays them out, displays itself."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets


class Panel:
    """A notebook panel. Subclasses build ``self.box`` (a VBox/HBox) from their child widgets.

    Panels display themselves (``display(panel)`` or a panel as a cell's last value) and
    write any callback output through ``self.output`` so JupyterLab does not lose it.
    """

    box: widgets.Box

    def __init__(self) -> None:
        self.output = widgets.Output()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.box)  # type: ignore[no-untyped-call]

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any] | None:
        bundle: dict[str, Any] | None = self.box._repr_mimebundle_(**kwargs)
        return bundle
