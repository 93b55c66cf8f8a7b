"""Vocabulary lists for other tools.

- ``csv`` (<stem>.csv): term, definition, example — for Quizlet and spreadsheets; UTF-8 with a
  byte-order mark so that Excel reads the umlauts; cells that a spreadsheet would run as a
  formula (= + - @, tab, CR at the start) are defused with a leading apostrophe.
- ``anki-txt`` (<stem>.anki.txt): Anki's text import with its header lines (separator, html,
  note type, deck, guid column), so that Anki does not guess.
"""

from __future__ import annotations

import csv
import html
import io

import genanki

from ..config import Options
from ..model import Material, VocabItem
from .html import headword

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def definition(item: VocabItem) -> str:
    parts = ["; ".join(item.gloss)] if item.gloss else []
    if item.plural or item.number_note:
        parts.append(item.plural or item.number_note)
    if item.verb_forms:
        parts.append(", ".join(item.verb_forms))
    return " — ".join(parts) or item.example


class CsvExporter:
    name = "csv"
    suffixes = (".csv",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(["term", "definition", "example"])
        for item in material.vocabulary:
            writer.writerow([cell(headword(item)), cell(definition(item)), cell(item.example)])
        return {f"{material.article.stem}.csv": ("\ufeff" + buffer.getvalue()).encode("utf-8")}


class AnkiTextExporter:
    name = "anki-txt"
    suffixes = (".anki.txt",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        deck = f"{options.deck}::{material.article.title}"
        lines = ["#separator:tab", "#html:true", "#notetype:Basic", f"#deck:{deck}", "#guid column:1",
                 "#tags column:4"]
        for item in material.vocabulary:
            # Its own GUID namespace: these are Basic notes, and a GUID shared with the .apkg's
            # vocabulary notes (another note type) would make Anki skip one of the two imports.
            guid = genanki.guid_for("quizgen-vocab-txt", item.lemma, item.pos, item.article)
            front = html.escape(headword(item))
            back = html.escape(definition(item)) + "<br><i>" + html.escape(item.example) + "</i>"
            tags = f"quizgen {item.pos.lower()} {item.level}"
            lines.append("\t".join(value.replace("\t", " ").replace("\n", " ") for value in (guid, front, back, tags)))
        return {f"{material.article.stem}.anki.txt": ("\n".join(lines) + "\n").encode("utf-8")}
