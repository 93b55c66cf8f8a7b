"""Kahoot's spreadsheet (.xlsx) and H5P's Vocabulary Drill CSV, read back as those tools read them."""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from dataclasses import replace

import pytest

from quizgen.config import Options
from quizgen.errors import ExportError
from quizgen.exporters.h5p import H5pExporter, letter_pattern
from quizgen.exporters.kahoot import (
    HEADER_ROW,
    HEADERS,
    MAX_ANSWER,
    MAX_QUESTION,
    TIME_LIMITS,
    KahootExporter,
    kahoot_rows,
    shorten,
)

HOSTILE = '=HYPERLINK("http://x","klick"), "Zitat" & <b>fett</b>\nzweite Zeile\x07'


def workbook(data: bytes):
    openpyxl = pytest.importorskip("openpyxl")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning means a part of the package is missing or odd
        return openpyxl.load_workbook(io.BytesIO(data))


def kahoot_file(material, options=None) -> bytes:
    files = KahootExporter().render(material, options or Options())
    assert list(files) == [f"{material.article.stem}.kahoot.xlsx"]
    return next(iter(files.values()))


def table(data: bytes) -> list[tuple]:
    """The question rows under Kahoot's header row, as Kahoot's importer reads them."""
    sheet = workbook(data).active
    header = [cell.value for cell in sheet[HEADER_ROW]]
    assert header[1:] == list(HEADERS)
    return [row for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if any(row)]


def test_kahoot_xlsx_opens_and_holds_the_fitting_questions(seed_sheet):
    data = kahoot_file(seed_sheet)
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    rows = table(data)
    fitting = [q for q in seed_sheet.questions if q.type in ("multiple_choice", "true_false")]
    others = len(seed_sheet.questions) - len(fitting)
    assert len(fitting) >= 3 and others >= 1
    rows_model, skipped = kahoot_rows(seed_sheet)
    assert len(rows) == len(rows_model) and len(rows) + sum(skipped.values()) == len(seed_sheet.questions)
    assert skipped["type"] == others
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    for row in rows:
        _number, question, *answers, limit, correct = row
        answers = [answer for answer in answers if answer]
        assert isinstance(question, str) and 0 < len(question) <= MAX_QUESTION
        assert 2 <= len(answers) <= 4 and all(len(answer) <= MAX_ANSWER for answer in answers)
        assert limit in TIME_LIMITS and 5 <= limit <= 240
        assert isinstance(correct, int) and 1 <= correct <= len(answers)
    notes = [row[1] for row in workbook(data).active.iter_rows(max_row=HEADER_ROW - 1, values_only=True) if row[1]]
    assert f"{len(rows)} Fragen übernommen" in " ".join(notes)
    assert f"{others} × Aufgabentyp passt nicht zu Kahoot" in " ".join(notes)


def test_kahoot_answers_are_the_right_ones(seed_sheet):
    from quizgen.exporters.comprehension import export_order

    rows = table(kahoot_file(seed_sheet))
    # content questions first, the "Welches Wort passt?" items after them
    fitting = [q for q in export_order(seed_sheet.questions) if q.type in ("multiple_choice", "true_false")]
    for row, question in zip(rows, fitting, strict=True):
        answers = [answer for answer in row[2:6] if answer]
        assert answers[row[7] - 1] == question.answer
        if question.type == "true_false":
            assert answers[:2] == ["richtig", "falsch"]
        else:
            assert answers == list(question.options)


def test_kahoot_shortens_long_prompts_at_word_boundaries(seed_sheet):
    long_ones = [q for q in seed_sheet.questions
                 if q.type == "multiple_choice" and len(" ".join(q.prompt.split())) > MAX_QUESTION]
    assert long_ones  # the seed has gap sentences too long for Kahoot
    for question in long_ones:
        short = shorten(question.prompt)
        assert short is not None and len(short) <= MAX_QUESTION and "_____" in short
        assert "…" in short
        original = " ".join(question.prompt.split())
        for piece in short.replace("Welches Wort passt in die Lücke?", "").split("…"):
            assert piece.strip() in original  # every kept piece is verbatim: no word cut in half
        words = set(original.split())
        assert all(word in words for word in short.split() if word != "…")


def test_kahoot_skips_and_counts_what_cannot_be_shortened(seed_sheet):
    statement = next(q for q in seed_sheet.questions if q.type == "true_false")
    choice = next(q for q in seed_sheet.questions if q.type == "multiple_choice")
    too_long = replace(statement, prompt="Nordkorea " + "und Südkorea " * 12 + "haben Raketen.")
    wide = replace(choice, options=(choice.answer, "x" * (MAX_ANSWER + 1), "b", "c"))
    five = replace(choice, options=(*choice.options, "Zusatz"))
    material = replace(seed_sheet, questions=(too_long, wide, five))
    rows, skipped = kahoot_rows(material)
    assert skipped == {"question": 1, "answer": 1}
    assert len(rows) == 1 and len(rows[0].answers) == 4 and choice.answer in rows[0].answers and rows[0].shortened
    sheet = table(kahoot_file(material))
    assert len(sheet) == 1
    notes = " ".join(str(row[1]) for row in workbook(kahoot_file(material)).active.iter_rows(max_row=7, values_only=True) if row[1])
    assert "1 × Antwort länger als 75 Zeichen" in notes and "1 × Frage länger als 120 Zeichen" in notes


def test_kahoot_keeps_hostile_text_inert(seed_sheet):
    statement = next(q for q in seed_sheet.questions if q.type == "true_false")
    choice = next(q for q in seed_sheet.questions if q.type == "multiple_choice")
    hostile = replace(choice, prompt=HOSTILE[:60], options=("=1+1", "@SUM(A1)", '"x", y', "<i>"), answer="=1+1")
    material = replace(seed_sheet, questions=(replace(statement, prompt="-2+3 ist eine Aussage."), hostile))
    data = kahoot_file(material, replace(Options(), title="=cmd|' /C calc'!A0"))
    sheet = workbook(data).active
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type in ("s", "n"), (cell.coordinate, cell.data_type)  # never a formula
    rows = table(data)
    assert rows[0][1] == "-2+3 ist eine Aussage."
    assert rows[1][1] == '=HYPERLINK("http://x","klick"), "Zitat" & <b>fett</b> zweite' and rows[1][2:6] == (
        "=1+1", "@SUM(A1)", '"x", y', "<i>")
    sheet_xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<b>" not in sheet_xml and "&lt;b&gt;" in sheet_xml and "\x07" not in sheet_xml


def test_kahoot_file_is_stable(seed_material):
    assert kahoot_file(seed_material) == kahoot_file(seed_material)


def h5p_rows(material) -> list[list[str]]:
    data = H5pExporter().render(material, Options())[f"{material.article.stem}.h5p.csv"]
    assert not data.startswith("\ufeff".encode("utf-8"))
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def _no_dictionary() -> bool:
    from quizgen.extraction.glossary import default_dictionary

    return default_dictionary() is None


# The drill needs English glosses: Debian's trans-de-en (or `quizgen dictionary install`).
needs_dictionary = pytest.mark.skipif(_no_dictionary(), reason="no German-English dictionary: apt-get install trans-de-en "
                                      "or quizgen dictionary install")


@needs_dictionary
def test_h5p_drill_csv_has_four_columns_and_no_header(seed_material):
    rows = h5p_rows(seed_material)
    glossed = [item for item in seed_material.vocabulary if item.gloss]
    assert len(rows) == len(glossed) >= 8 and all(len(row) == 4 for row in rows)
    assert rows[0][0] == glossed[0].display  # the first row is a word, not a header
    noun = next(item for item in glossed if item.article and item.plural)
    row = next(row for row in rows if row[0] == noun.display)
    assert row[1] == f"Plural {noun.plural}"
    assert row[2].split("/")[0] == noun.gloss[0].replace(",", ";") and row[3] == letter_pattern(row[2].split("/")[0])
    for word, hint, target, target_hint in rows:
        # what would break the drill's own syntax (word:hint,target:hint; / alternatives; * answers)
        assert not any(mark in value for value in (word, hint, target_hint) for mark in ",:/*\n")
        assert not any(mark in target for mark in ",:*\n")


def test_h5p_escapes_formulas_quotes_commas_and_newlines(seed_material):
    first = seed_material.vocabulary[0]
    hostile = replace(first, lemma='=HYPERLINK("x")', article="", plural="", number_note="",
                      gloss=('one, "two"', "three\nfour: five/six", "*star*"))
    material = replace(seed_material, vocabulary=(hostile, *seed_material.vocabulary[1:]))
    word, _hint, target, target_hint = h5p_rows(material)[0]
    assert word == "'=HYPERLINK(\"x\")"
    assert target == 'one; "two"/three four– five-six/star'
    assert target_hint == 'o__; "___"'  # first and last character of each word


def test_h5p_without_any_gloss_is_one_clear_error(seed_material):
    bare = tuple(replace(item, gloss=()) for item in seed_material.vocabulary)
    with pytest.raises(ExportError, match=r"^--formats h5p: no English gloss .*trans-de-en"):
        H5pExporter().render(replace(seed_material, vocabulary=bare), Options())
    assert H5pExporter().render(replace(seed_material, vocabulary=()), Options()) == {"nordkorea-raketen.h5p.csv": b""}


@needs_dictionary
def test_cli_writes_kahoot_and_h5p(tmp_path, seed_path):
    from quizgen.cli import main

    assert main(["build", str(seed_path), "-o", str(tmp_path), "--model", "offline", "-q",
                 "--formats", "kahoot,h5p"]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["nordkorea-raketen.h5p.csv",
                                                               "nordkorea-raketen.kahoot.xlsx"]
    assert re.match(rb"PK\x03\x04", (tmp_path / "nordkorea-raketen.kahoot.xlsx").read_bytes())
