"""The vocabulary for H5P's Vocabulary Drill (<stem>.h5p.csv): word, hint, target word, target hint.

The drill's editor imports a CSV of four columns and no header row (every row becomes a word
pair), then stores each row as ``word:hint,target:hint`` in its own text syntax, where
``/`` separates accepted alternatives and ``*`` marks answers. So besides the CSV quoting, each
value is kept clear of those characters (``,`` → ``;``, ``:`` → ``–``, ``/`` → ``-``, ``*`` dropped):

- word: the headword with its article (``der Krieg``, ``sich freuen``);
- hint: the grammar a learner needs (``Plural die Kriege``; ``fordert auf; forderte auf; hat
  aufgefordert``);
- target word: the English senses, each one an accepted answer (``weapon/arm``);
- target hint: the first sense as a letter pattern (``w____n``), as in H5P's own example.

Words without an English gloss are left out (the drill needs a target). Cells that a
spreadsheet would run as a formula are defused with a leading apostrophe, as in ``csv``.
"""

from __future__ import annotations

import csv
import io

from ..config import Options
from ..errors import ExportError
from ..model import Material, VocabItem
from .tabular import cell

_SYNTAX = str.maketrans({",": ";", ":": "–", "/": "-", "*": None})


def clean(text: str) -> str:
    """One line of plain text, free of the drill's own syntax characters."""
    return " ".join(text.translate(_SYNTAX).split())


def letter_pattern(text: str) -> str:
    """``weapon`` → ``w____n``, ``to take down`` → ``to t__e d__n``: first and last letter of
    each word longer than two letters, underscores between."""
    return " ".join(word if len(word) <= 2 else word[0] + "_" * (len(word) - 2) + word[-1] for word in text.split())


def grammar_hint(item: VocabItem) -> str:
    if item.plural:
        return f"Plural {item.plural}"
    if item.number_note:
        return item.number_note
    if item.verb_forms:
        return "; ".join(item.verb_forms)
    return ""


def drill_row(item: VocabItem) -> list[str] | None:
    senses = [clean(sense) for sense in item.gloss if clean(sense)]
    if not senses:
        return None
    return [clean(item.display), clean(grammar_hint(item)), "/".join(senses), letter_pattern(senses[0])]


class H5pExporter:
    name = "h5p"
    suffixes = (".h5p.csv",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        rows = [row for row in map(drill_row, material.vocabulary) if row is not None]
        if material.vocabulary and not rows:
            raise ExportError(f"--formats h5p: no English gloss for any word of {material.article.source} "
                              "(install Debian's trans-de-en or pass --dictionary)")
        buffer = io.StringIO()
        writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for row in rows:
            writer.writerow([cell(value) for value in row])
        # no byte-order mark: the drill's editor would keep it in the first word
        return {f"{material.article.stem}.h5p.csv": buffer.getvalue().encode("utf-8")}
