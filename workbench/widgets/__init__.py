"""Notebook panels: each a small class holding its ipywidgets, displayed by ``display(panel)``."""

from .base import Panel

__all__ = ["Panel"]
