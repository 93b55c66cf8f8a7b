"""The worksheet as Markdown (<stem>.md), for teachers who edit before printing.

Structure survives a round trip through the ``markdown`` package (with its ``tables``
extension): headings per task, the vocabulary table, numbered questions, option lists.
Text from the article is escaped so that it cannot turn into Markdown or HTML.
"""

from __future__ import annotations

import re

from ..config import Options
from ..model import Material
from .html import build_context

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|])")


def md(text: str) -> str:
    """Escape Markdown's special characters (and so any HTML) in plain text."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(material: Material, options: Options) -> str:
    context = build_context(material, options, key=False)
    out = [f"# {md(context['title'])}", "", f"Quelle: {md(context['source'])} · Niveau (geschätzt): {context['level']}", "",
           "Name: ____________ Klasse: ______ Datum: ________", ""]
    for section in context["sections"]:
        if section["kind"] == "text":
            out += [f"## {section['heading']}", ""]
            for line in context["lines"]:
                number = f"{line.number:>3} " if line.number % 5 == 0 else "    "
                out.append(f"{md(number.strip() or '·')} {md(line.text)}  ")
            out.append("")
            continue
        out += [f"## Aufgabe {section['number']}: {section['heading']}", "", f"*{section['instruction']}*", ""]
        if section["kind"] == "vocabulary":
            out += ["| Wort | Artikel | Plural | Wortart | Bedeutung |", "| --- | --- | --- | --- | --- |"]
            out += [f"| {md(r['word'])} | {md(r['article'])} | {md(r['plural'])} | {md(r['pos'])} | {md(r['gloss'])} |" for r in section["rows"]]
            out.append("")
            continue
        for item in section["items"]:
            prompt = re.sub(r"\\_\\_\\_\\\((\d+)\\\)\\_\\_\\_", r"(\1) \\_\\_\\_\\_\\_", md(item["prompt"]))
            out.append(f"{item['number']}. {prompt}")
            if item["type"] == "true_false":
                out.append("    - [ ] richtig  - [ ] falsch".replace("  - ", "\n    - "))
            for letter, option in zip("abcdefgh", item["options"] if item["type"] == "multiple_choice" else []):
                out.append(f"    - {letter}) {md(option)}")
            for event in item["items"]:
                out.append(f"    - ☐ {md(event)}")
            if item["type"] == "matching":
                out += [f"    - {letter}) {md(option)}" for letter, option in zip("abcdefgh", item["options"])]
            if item["word_bank"]:
                out.append("    - Wortkasten: " + " · ".join(md(word) for word in item["word_bank"]))
            if item["type"] == "wh":
                out.append("    - ______________________________________________")
        out.append("")
    return "\n".join(out) + "\n"


class MarkdownExporter:
    name = "md"
    suffixes = (".md",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        return {f"{material.article.stem}.md": render_markdown(material, options).encode("utf-8")}


class PdfExporter:
    """The worksheet and the key as PDF, through WeasyPrint when it is installed."""

    name = "pdf"
    suffixes = (".worksheet.pdf", ".answers.pdf")

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        try:
            import weasyprint
        except ImportError as error:
            from ..errors import UsageError

            raise UsageError("--formats pdf needs WeasyPrint: pip install 'quizgen[pdf]'") from error
        from .html import HtmlExporter

        pages = HtmlExporter()
        return {
            f"{material.article.stem}.{page}.pdf": weasyprint.HTML(string=pages.page(material, options, page)).write_pdf()
            for page in ("worksheet", "answers")
        }
