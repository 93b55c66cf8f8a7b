"""The worksheet and the key as PDF (<stem>.worksheet.pdf, <stem>.answers.pdf) via WeasyPrint.

WeasyPrint is optional (``pip install 'quizgen[pdf]'``); without it this format is refused
with one line that says how to get it. The PDF is the same HTML the browser prints: the page
size and margins come from ``@page`` in ``sheet.css`` (A4; a ``--templates`` folder with its
own ``sheet.css`` can choose Letter), the line numbers from ``layout.py``.
"""

from __future__ import annotations

from types import ModuleType

from ..config import Options
from ..errors import UsageError
from ..model import Material
from .html import HtmlExporter, builtin_templates, versions

MISSING = "--formats pdf needs WeasyPrint: pip install 'quizgen[pdf]'"
NO_PANGO = ("--formats pdf: WeasyPrint cannot load its system libraries ({error}); "
            "install Pango, e.g. apt-get install libpango-1.0-0 libpangoft2-1.0-0")
PAGES = ("worksheet", "answers")


def require_weasyprint() -> ModuleType:
    """The weasyprint module, or a one-line UsageError that says what to install."""
    try:
        import weasyprint
    except ImportError as error:
        raise UsageError(MISSING) from error
    except OSError as error:  # WeasyPrint is installed, but Pango (through cffi) is not
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise UsageError(NO_PANGO.format(error=first_line)) from error
    return weasyprint


class PdfExporter:
    """The worksheet and the key as PDF, through WeasyPrint when it is installed."""

    name = "pdf"
    suffixes = (".worksheet.pdf", ".answers.pdf")

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        weasyprint = require_weasyprint()
        pages = HtmlExporter()
        # relative links in a teacher's own templates (a logo) resolve in that folder
        base_url = str(options.templates or builtin_templates()) + "/"
        return {  # with --variants N: <stem>.A.worksheet.pdf, <stem>.A.answers.pdf, …
            f"{material.article.stem}.{infix}{page}.pdf": weasyprint.HTML(
                string=pages.page(version, options, page, letter), base_url=base_url
            ).write_pdf(presentational_hints=True)  # honours <li value="5">: numbering runs on across tasks
            for infix, letter, version in versions(material, options)
            for page in PAGES
        }
