"""The review page (<stem>.review.html): the teacher's check before printing.

One local HTML page that embeds the material as the JSON export writes it. The teacher reads
each question with its evidence (and the line the key cites), unticks the ones to drop, edits
prompt, options and answer in place, glosses or drops vocabulary, and saves: the page offers
the edited JSON as a download (a Blob link; no server, nothing is sent) and shows it in a text
field too. ``quizgen render`` makes every output from the saved file.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..config import Options
from ..model import Material
from .html import environment, question_references
from .json import material_record


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def review_page(material: Material, options: Options) -> str:
    """The page's HTML: the template ``review.html.j2`` (``--templates`` may override it)."""
    env = environment(options.templates)
    return env.get_template("review.html.j2").render(
        title=material.article.title,
        stem=material.article.stem,
        source=material.article.source,
        generator=f"quizgen {__version__}",
        material_json=script_json(material_record(material)),
        references_json=script_json(question_references(material, options)),
    )


class ReviewExporter:
    name = "review"
    suffixes = (".review.html",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        return {f"{material.article.stem}.review.html": review_page(material, options).encode("utf-8")}
