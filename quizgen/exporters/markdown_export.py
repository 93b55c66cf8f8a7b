"""The worksheet as Markdown (<stem>.md), for teachers who edit before printing.

Structure survives a round trip through the ``markdown`` package (with its ``tables``
extension): headings per task, the vocabulary table, numbered questions, option lists.
Text from the article is escaped so that it cannot turn into Markdown or HTML.
"""

from __future__ import annotations

import re
from typing import Any

from ..config import Options
from ..model import Material
from .html import LETTERS, build_context
from .layout import Line

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def md(text: str) -> str:
    """Escape plain text for Markdown: HTML's & < > as entities, Markdown's marks with a backslash."""
    text = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


WRITING_LINE = "    " + "\\_" * 40


def text_block(lines: list[Line], paragraphs: bool = False) -> list[str]:
    """The numbered text as an indented code block: Markdown keeps its lines, spaces and
    blank lines between paragraphs, and escapes what is in it, so the numbers stay true.
    With ``paragraphs`` (a task names paragraphs) a paragraph's first line starts with "[3]"."""
    block: list[str] = []
    for line in lines:
        if line.paragraph_start and block:
            block.append("")
        number = str(line.number) if line.number % 5 == 0 else ""
        mark = (f"[{line.paragraph}]" if line.paragraph else "").ljust(5) if paragraphs else ""
        block.append(f"    {mark}{number:>3}  {line.text}")
    return block


def question_lines(item: dict[str, Any]) -> list[str]:
    """One numbered question with its options, boxes or writing line, as a Markdown list item."""
    prompt = re.sub(r"\\_\\_\\_\\\((\d+)\\\)\\_\\_\\_", r"(\1) \\_\\_\\_\\_\\_", md(item["prompt"]))
    # a gap text, a matching or an ordering has no number on the sheet: a bullet keeps its parts
    out = [f"{item['number']}. {prompt}" if item["number"] else f"- {prompt}"]
    kind = item["type"]
    if kind == "true_false":
        out.append("    " + " ".join(f"☐ {md(option)}" for option in item["options"]))
    elif kind == "multiple_choice":
        out += [f"    - ☐ {letter}) {md(option)}" for letter, option in zip(LETTERS, item["options"])]
    elif kind == "wh":
        out += ["", "    \\_" * 0 + "    " + "\\_" * 40, "", "    " + "\\_" * 40]
    elif kind == "gap_fill":
        out += ["", "    **Wortkasten:** " + " · ".join(md(word) for word in item["word_bank"])]
    elif kind == "matching":
        out += [f"    - ☐ {md(left)}" for left in item["items"]]
        out += ["", "    " + " · ".join(f"{letter}) {md(option)}" for letter, option in zip(LETTERS, item["options"]))]
    elif kind == "ordering":
        out += [f"    - ☐ {md(event)}" for event in item["items"]]
    return out


def vocabulary_table(section: dict[str, Any]) -> list[str]:
    """The vocabulary table as on the sheet: text order, the line of the first occurrence,
    "Bedeutung (ergänze)" when there is no gloss to print."""
    lines = section.get("line_numbers", False)
    head = (["Z."] if lines else []) + ["Wort", "Artikel", "Plural", "Wortart", section.get("gloss_heading", "Bedeutung")]
    out = ["| " + " | ".join(md(cell) for cell in head) + " |", "|" + " --- |" * len(head)]
    for row in section["rows"]:
        cells = ([row["line"]] if lines else []) + [row["word"], row["article"], row["plural"], row["pos"], row["gloss"]]
        out.append("| " + " | ".join(md(cell) for cell in cells) + " |")
    return out


def render_markdown(material: Material, options: Options) -> str:
    context = build_context(material, options, key=False)
    meta = [f"Quelle: {md(context['source'])}"] if context["source"] else []
    meta.append(f"Niveau (geschätzt): {context['level']}")
    out = [f"# {md(context['title'])}", "", " · ".join(meta), "",
           "Name: ____________ Klasse: ______ Datum: ________", ""]
    for section in context["sections"]:
        if section["kind"] == "text":
            out += [f"## {section['heading']}", "", *text_block(context["lines"], context["paragraph_numbers"]), ""]
            continue
        points = f" ({section['points']} P.)" if section["points"] else ""
        out += [f"## Aufgabe {section['number']}: {section['heading']}{points}", "", f"*{md(section['instruction'])}*", ""]
        if section["kind"] == "vocabulary":
            out += vocabulary_table(section)
            out.append("")
            continue
        for item in section["items"]:
            lines = question_lines(item)
            if section["kind"] == "global" and len(section["items"]) == 1 and section["instruction"].startswith(item["prompt"]):
                lines = [line.removeprefix("    ") for line in lines[1:]]  # the instruction above says it
            out += lines
        out.append("")
    if context["total_points"]:
        out += [f"**Gesamt: \\_\\_\\_\\_ / {context['total_points']} Punkte**", ""]
    return "\n".join(out) + "\n"


class MarkdownExporter:
    name = "md"
    suffixes = (".md",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        return {f"{material.article.stem}.md": render_markdown(material, options).encode("utf-8")}
