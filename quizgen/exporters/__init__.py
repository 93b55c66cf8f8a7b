"""Exporters: one small class per output format, listed in one registry.

An exporter has a ``name`` (what ``--formats`` takes), the file ``suffixes`` it writes and
``export(material, out_dir, options) -> list[Path]``. Third parties can add exporters through
the ``quizgen.exporters`` entry-point group.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path
from typing import Protocol

from ..config import Options
from ..model import Material


class Exporter(Protocol):
    name: str
    suffixes: tuple[str, ...]

    def export(self, material: Material, out_dir: Path, options: Options) -> list[Path]: ...


def registry() -> dict[str, Exporter]:
    """All exporters by format name: the built-in ones, then entry points."""
    from .anki import AnkiExporter
    from .html import HtmlExporter
    from .json import JsonExporter

    exporters: dict[str, Exporter] = {
        exporter.name: exporter for exporter in (AnkiExporter(), HtmlExporter(), JsonExporter())
    }
    for entry in entry_points(group="quizgen.exporters"):
        exporter = entry.load()()
        exporters.setdefault(exporter.name, exporter)
    return exporters
