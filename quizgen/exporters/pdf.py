"""The worksheet and the key as PDF (<stem>.worksheet.pdf, <stem>.answers.pdf) via WeasyPrint.

WeasyPrint is optional (``pip install 'quizgen[pdf]'``); without it this format is refused
with a message that says how to get it. The PDF is the same HTML the browser prints.
"""

from __future__ import annotations

from ..config import Options
from ..errors import UsageError
from ..model import Material
from .html import HtmlExporter

MISSING = "--formats pdf needs WeasyPrint: pip install 'quizgen[pdf]'"


class PdfExporter:
    """The worksheet and the key as PDF, through WeasyPrint when it is installed."""

    name = "pdf"
    suffixes = (".worksheet.pdf", ".answers.pdf")

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        try:
            import weasyprint
        except ImportError as error:
            raise UsageError(MISSING) from error
        pages = HtmlExporter()
        return {
            f"{material.article.stem}.{page}.pdf": weasyprint.HTML(string=pages.page(material, options, page)).write_pdf()
            for page in ("worksheet", "answers")
        }
