"""Exporters: one small class per output format, listed in one registry.

An exporter has a ``name`` (what ``--formats`` takes), the file ``suffixes`` it writes and
``render(material, options) -> dict[str, bytes]`` (file name → content). The pipeline renders
every requested format first and then writes all files at once, so that a failure leaves no
half set of outputs behind. Third parties can add exporters through
the ``quizgen.exporters`` entry-point group.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Protocol

from ..config import Options
from ..model import Material


class Exporter(Protocol):
    @property
    def name(self) -> str: ...  # what --formats takes

    @property
    def suffixes(self) -> tuple[str, ...]: ...  # read-only, so a class's fixed tuple fits

    def render(self, material: Material, options: Options) -> dict[str, bytes]: ...


def registry() -> dict[str, Exporter]:
    """All exporters by format name: the built-in ones, then entry points."""
    from .anki import AnkiExporter
    from .gift import GiftExporter
    from .h5p import H5pExporter
    from .html import HtmlExporter
    from .json import JsonExporter
    from .kahoot import KahootExporter
    from .markdown_export import MarkdownExporter
    from .moodle import MoodleXmlExporter
    from .pdf import PdfExporter
    from .review import ReviewExporter
    from .tabular import AnkiTextExporter, CsvExporter

    built_in: tuple[Exporter, ...] = (
        AnkiExporter(), HtmlExporter(), JsonExporter(), GiftExporter(), MoodleXmlExporter(),
        CsvExporter(), AnkiTextExporter(), MarkdownExporter(), PdfExporter(), KahootExporter(), H5pExporter(),
        ReviewExporter(),
    )
    exporters: dict[str, Exporter] = {exporter.name: exporter for exporter in built_in}
    for entry in entry_points(group="quizgen.exporters"):
        exporter = entry.load()()
        exporters.setdefault(exporter.name, exporter)
    return exporters
