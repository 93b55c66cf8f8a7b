"""Kahoot's spreadsheet import (<stem>.kahoot.xlsx), laid out like Kahoot's own template.

Kahoot reads one sheet: a header row (row 8) with the columns Question, Answer 1–4, Time limit
(sec), Correct answer(s), and one question per row below it; the rows above hold notes. A
question has at most 120 characters, an answer at most 75, the time limit is one of 5, 10, 20,
30, 60, 90, 120 or 240 seconds. Only multiple-choice and true/false questions fit (no W-question,
gap text, matching — the global task neither — or ordering); the content questions come first,
the "Welches Wort passt?" items after them. A prompt
that is too long is shortened at word boundaries around its gap, with "…" where text was left
out; what still does not fit is left out and counted in the notes, never cut mid-word.

The .xlsx is written with ``zipfile`` (no spreadsheet library): a workbook with one sheet of
inline strings, so no cell is ever a formula, and fixed timestamps, so the bytes are stable.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from io import BytesIO
from xml.sax.saxutils import escape

from ..config import Options
from ..model import NOT_IN_TEXT, Material, Question
from .comprehension import export_order

MAX_QUESTION = 120
MAX_ANSWER = 75
MAX_ANSWERS = 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 8
HEADERS = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
ELLIPSIS = "…"
GAP = "_____"
# characters XML 1.0 cannot hold at all
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SKIP_REASONS = {
    "type": "Aufgabentyp passt nicht zu Kahoot",
    "question": "Frage länger als 120 Zeichen",
    "answer": "Antwort länger als 75 Zeichen",
}


@dataclass(frozen=True, slots=True)
class KahootRow:
    question: str
    answers: tuple[str, ...]  # 2 to 4
    time_limit: int
    correct: tuple[int, ...]  # 1-based
    shortened: bool = False


def plain(text: str) -> str:
    return " ".join(_INVALID_XML.sub("", text).split())


def shorten(prompt: str, limit: int = MAX_QUESTION) -> str | None:
    """The prompt if it fits; else a window of whole words around its gap, "…" marking the cuts,
    the lead question ("Welches Wort passt in die Lücke?") kept when there is room; else None."""
    text = plain(prompt)
    if len(text) <= limit:
        return text
    lead, _, body = text.partition("? ")
    if not body:
        lead, body = "", text
    else:
        lead += "?"
    for prefix in ((lead + " ") if lead else "", ""):
        window = _window(body, limit - len(prefix))
        if window is not None:
            return prefix + window
    return None


def _window(text: str, limit: int) -> str | None:
    words = text.split()
    gaps = [k for k, word in enumerate(words) if GAP in word]
    if len(gaps) != 1 or limit < 20:
        return None  # no gap to centre on: a statement cut short might change its truth
    first = last = gaps[0]

    def render(first: int, last: int) -> str:
        return ((ELLIPSIS + " ") if first > 0 else "") + " ".join(words[first:last + 1]) + (
            (" " + ELLIPSIS) if last < len(words) - 1 else "")

    if len(render(first, last)) > limit:
        return None
    while True:  # one word to the right, then one to the left, while it fits
        grown = False
        if last + 1 < len(words) and len(render(first, last + 1)) <= limit:
            last, grown = last + 1, True
        if first > 0 and len(render(first - 1, last)) <= limit:
            first, grown = first - 1, True
        if not grown:
            return render(first, last)


def time_limit(question: str, answers: tuple[str, ...]) -> int:
    """Reading time for a learner (about 8 characters a second) plus 5 s to choose, rounded up
    to one of Kahoot's limits; at least 20 s (Kahoot's default), at most 120 s."""
    wanted = 5 + math.ceil((len(question) + sum(len(answer) for answer in answers)) / 8)
    return next(limit for limit in TIME_LIMITS if limit >= min(max(wanted, 20), 120))


def kahoot_row(question: Question) -> KahootRow | str:
    """The row for one question, or why it is left out (a key of SKIP_REASONS)."""
    if question.type == "true_false":
        answers: tuple[str, ...] = ("richtig", "falsch")
        if question.answer == NOT_IN_TEXT or NOT_IN_TEXT in question.options:
            answers += (NOT_IN_TEXT,)
    elif question.type == "multiple_choice":
        answers = tuple(plain(option) for option in question.options)
    else:
        return "type"
    right = plain(str(question.answer))
    if right not in answers:
        return "type"
    shortened = False
    if len(answers) > MAX_ANSWERS:  # --mc-options 5: the last distractors give way
        wrong = [answer for answer in answers if answer != right][: MAX_ANSWERS - 1]
        answers = tuple(answer for answer in answers if answer == right or answer in wrong)
        shortened = True
    if any(len(answer) > MAX_ANSWER for answer in answers):
        return "answer"
    text = shorten(question.prompt)
    if text is None:
        return "question"
    shortened = shortened or text != plain(question.prompt)
    return KahootRow(text, answers, time_limit(text, answers), (answers.index(right) + 1,), shortened)


def kahoot_rows(material: Material) -> tuple[list[KahootRow], Counter[str]]:
    rows: list[KahootRow] = []
    skipped: Counter[str] = Counter()
    for question in export_order(material.questions):  # content first, "Welches Wort passt?" last
        row = kahoot_row(question)
        if isinstance(row, str):
            skipped[row] += 1
        else:
            rows.append(row)
    return rows, skipped


def notes(title: str, rows: list[KahootRow], skipped: Counter[str]) -> list[str]:
    """The lines above the header: what this is and what was left out or shortened."""
    lines = [f"Kahoot-Quiz: {plain(title)}",
             "Import in Kahoot: Frage hinzufügen → Tabelle importieren (diese Datei).",
             f"{len(rows)} Fragen übernommen, {sum(1 for row in rows if row.shortened)} davon gekürzt (…).",
             ]
    if skipped:
        lines.append("Nicht übernommen: " + "; ".join(
            f"{count} × {SKIP_REASONS[reason]}" for reason, count in sorted(skipped.items())) + ".")
    return lines


def column(index: int) -> str:
    return "ABCDEFGH"[index]


def _cell(ref: str, value: str | int) -> str:
    if isinstance(value, int):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(plain(value))}</t></is></c>'


def sheet_xml(lines: list[str], rows: list[KahootRow]) -> str:
    out = []
    for number, line in enumerate(lines, start=2):
        out.append(f'<row r="{number}">{_cell(f"B{number}", line)}</row>')
    header = "".join(_cell(f"{column(k + 1)}{HEADER_ROW}", text) for k, text in enumerate(HEADERS))
    out.append(f'<row r="{HEADER_ROW}">{header}</row>')
    for number, row in enumerate(rows, start=1):
        r = HEADER_ROW + number
        answers = list(row.answers) + [""] * (MAX_ANSWERS - len(row.answers))
        correct: str | int = row.correct[0] if len(row.correct) == 1 else ",".join(map(str, row.correct))
        values: list[str | int] = [number, row.question, *answers, row.time_limit, correct]
        cells = "".join(_cell(f"{column(k)}{r}", value) for k, value in enumerate(values) if value != "")
        out.append(f'<row r="{r}">{cells}</row>')
    widths = (5, 60, 28, 28, 28, 28, 14, 14)
    cols = "".join(f'<col min="{k}" max="{k}" width="{w}" customWidth="1"/>' for k, w in enumerate(widths, start=1))
    return (_XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<cols>{cols}</cols><sheetData>{"".join(out)}</sheetData></worksheet>')


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_PACKAGE = {
    "[Content_Types].xml": _XML + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>'),
    "_rels/.rels": _XML + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": _XML + (
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": _XML + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
        'Target="styles.xml"/></Relationships>'),
    "xl/styles.xml": _XML + (
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>'),
}


def xlsx(sheet: str) -> bytes:
    """A minimal workbook: the package parts above plus the sheet, with fixed timestamps."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in [*_PACKAGE.items(), ("xl/worksheets/sheet1.xml", sheet)]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


class KahootExporter:
    name = "kahoot"
    suffixes = (".kahoot.xlsx",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        rows, skipped = kahoot_rows(material)
        lines = notes(options.title or material.article.title, rows, skipped)
        return {f"{material.article.stem}.kahoot.xlsx": xlsx(sheet_xml(lines, rows))}
