"""``quizgen render``: every output again from an edited JSON export, nothing analysed again.

The edit → render round trip: a teacher's edits (a question deleted, one reworded, an option
replaced, an answer corrected, a word dropped, one glossed by hand, the title changed, the
order reversed) show in every output that showed the original; a file that cannot be used
gets one line, exit status 3 and no output. The helpers here (``edit_record``,
``output_texts``, ``check_edits``) are also used by tests/test_review.py.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from quizgen.cli import main
from quizgen.config import Options
from quizgen.exporters import registry
from quizgen.exporters.anki import AnkiExporter
from quizgen.exporters.comprehension import without_lead
from quizgen.exporters.html import HtmlExporter
from quizgen.exporters.json import FORMAT, dumps, material_record
from quizgen.extraction.glossary import default_dictionary
from quizgen.loading import load_material, render_material
from quizgen.pipeline import export_material

# a title with markup in it: it must come out escaped (as text), never as a tag
NEW_TITLE = "Geprüft <b>&</b> gekürzt"
NEW_PROMPT = "Welche Frage hat die Lehrerin hier ganz neu formuliert"
NEW_OPTION = "eine ganz neue Antwort der Lehrerin"
NEW_ANSWER = "die von der Lehrerin korrigierte Antwort"
NEW_GLOSS = "hand-written gloss"


# the outputs that list vocabulary items with their glosses
VOCABULARY_OUTPUTS = (".worksheet.html", ".answers.html", ".md", ".csv", ".anki.txt", ".h5p.csv", ".apkg",
                      ".worksheet.pdf", ".answers.pdf")

# the outputs that carry the answers (the student's sheet never does) and the title
CARRIERS = {
    # the corrected W-answer: Kahoot takes no W-question, so its sheet only shows the old words by
    # chance (Badminton: "der Daumen" in a statement)
    "answer": (".answers.html", ".answers.pdf", ".quiz.html", ".apkg", ".gift.txt", ".moodle.xml"),
    "title": (".worksheet.html", ".answers.html", ".quiz.html", ".worksheet.pdf", ".answers.pdf", ".apkg",
              ".anki.txt", ".gift.txt", ".moodle.xml", ".md", ".kahoot.xlsx"),
}


def plain(text: str) -> str:
    text = html.unescape(html.unescape(text))
    text = re.sub(r"\\(.)", r"\1", text)  # Markdown and GIFT escapes
    return " ".join(text.split())


def output_texts(folder: Path) -> dict[str, str]:
    """File suffix (".worksheet.html", ".apkg", …) → its text as a reader sees it."""
    texts: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        suffix = path.name[path.name.index("."):]
        if path.suffix in (".html", ".md", ".txt", ".xml", ".csv"):
            texts[suffix] = plain(path.read_text(encoding="utf-8"))
        elif path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as archive:
                texts[suffix] = plain(" ".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                                               if name.endswith(".xml")))
        elif path.suffix == ".apkg":
            texts[suffix] = plain(deck_text(path))
        elif path.suffix == ".pdf" and shutil.which("pdftotext"):
            texts[suffix] = plain(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                                 text=True, check=True).stdout)
    return texts


def deck_notes(path: Path, collection_path: Path) -> dict[str, list[str]]:
    """GUID → fields of every note in a package, read by importing it into a new collection."""
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    col = Collection(str(collection_path))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(path), options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True)))
        notes = {}
        for note_id in col.find_notes(""):
            note = col.get_note(note_id)
            notes[note.guid] = list(note.fields)
        notes["decks"] = [deck.name for deck in col.decks.all_names_and_ids()]
        return notes
    finally:
        col.close()


def deck_text(path: Path) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        notes = deck_notes(path, Path(folder) / "c.anki2")
    return " ".join(" ".join(fields) for fields in notes.values())


def edit_record(record: dict[str, Any]) -> dict[str, Any]:
    """A teacher's edits; returns a description of each: what was there and what is now.

    Deletes the first W-question, rewords the first content question that remains, replaces a
    wrong option of a multiple-choice item, corrects the first remaining W-answer, drops one
    vocabulary item, glosses another by hand, changes the title, and reverses the order of
    the questions."""
    questions = record["questions"]
    edits: dict[str, Any] = {"title": (record["title"], NEW_TITLE)}
    record["title"] = NEW_TITLE
    wh = [q for q in questions if q["type"] == "wh"]
    content = [q for q in questions if q["type"] in ("true_false", "multiple_choice", "wh")]
    if wh and len(content) > 1:  # one content question is left to reword
        edits["deleted"] = wh[0]["prompt"]
        questions.remove(wh[0])
    reworded = next(q for q in questions if q["type"] in ("true_false", "multiple_choice", "wh"))
    edits["prompt"] = (reworded["prompt"], NEW_PROMPT)
    reworded["prompt"] = NEW_PROMPT
    choice = next((q for q in questions if q["type"] == "multiple_choice" and q is not reworded), None)
    if choice is not None:
        k = next(k for k, option in enumerate(choice["options"]) if option != choice["answer"])
        prompt = max(re.split(r"_{3,}|\?", choice["prompt"]), key=len)
        edits["option"] = (choice["options"][k], NEW_OPTION, (prompt, list(choice["options"])))
        choice["options"][k] = NEW_OPTION
    answer = next((q for q in questions if q["type"] == "wh" and q is not reworded), None)
    if answer is not None:
        edits["answer"] = (answer["answer"], NEW_ANSWER)
        answer["answer"] = NEW_ANSWER
        answer["accepted"] = []
    vocabulary = record["vocabulary"]
    if len(vocabulary) >= 2:
        edits["gloss"] = ("; ".join(vocabulary[0]["gloss"]), NEW_GLOSS)
        vocabulary[0]["gloss"] = [NEW_GLOSS]
        edits["dropped_word"] = vocabulary.pop()["display"]
    questions.reverse()
    return edits


def check_edits(before: dict[str, str], after: dict[str, str], edits: dict[str, Any]) -> dict[str, dict[str, bool]]:
    """For every edit and every output where it applies: is the edit visible there?

    An edit applies to an output that showed the original value (a gloss: that showed the
    vocabulary item's word; a deleted question: that showed its prompt). Visible: the new
    value is there (a deleted prompt, a dropped word's deck note: gone)."""
    results: dict[str, dict[str, bool]] = {}
    for name, edit in edits.items():
        for suffix, old_text in before.items():
            new_text = after.get(suffix, "")
            if name == "deleted":
                if plain(edit) in old_text:
                    results.setdefault(name, {})[suffix] = plain(edit) not in new_text
            elif name == "dropped_word":
                continue  # checked by the deck's notes and the vocabulary files below
            elif name == "option":
                old, new, (prompt, options) = edit  # applies where the options are listed with the item
                at = old_text.find(plain(prompt))
                if at >= 0 and all(plain(option) in old_text[at:at + 800] for option in options):
                    results.setdefault(name, {})[suffix] = plain(new) in new_text
            elif name == "gloss":
                old, new = edit
                if suffix in VOCABULARY_OUTPUTS and old and plain(old) in old_text:
                    results.setdefault(name, {})[suffix] = plain(new) in new_text
            elif name in CARRIERS:  # an answer, a title: short, perhaps also a word of the text
                old, new = edit
                if suffix in CARRIERS[name] and plain(old) in old_text:
                    results.setdefault(name, {})[suffix] = plain(new) in new_text
            else:
                old, new = edit
                if old and plain(old) in old_text:
                    results.setdefault(name, {})[suffix] = plain(new) in new_text
    return results


# --- tests --------------------------------------------------------------------------------

FAST_FORMATS = "apkg,html,gift,moodle,csv,anki-txt,md,kahoot"
# H5P's drill needs English glosses: only with a German–English dictionary
if default_dictionary() is not None:
    FAST_FORMATS += ",h5p"
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def seed_record(seed_sheet) -> dict[str, Any]:
    return json.loads(dumps(material_record(seed_sheet)))


def write_json(path: Path, record: dict[str, Any]) -> Path:
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_the_export_carries_its_format_and_reloads_to_the_same_file(seed_sheet, seed_record, tmp_path):
    assert seed_record["format"] == FORMAT and seed_record["quizgen"]
    assert seed_record["text"] == seed_sheet.article.text
    assert all(q.get("guid") for q in seed_record["questions"])
    loaded = load_material(write_json(tmp_path / "seed.json", seed_record))
    assert [s.tokens for s in loaded.analysis.sentences] == [s.tokens for s in seed_sheet.analysis.sentences]
    assert loaded.questions == seed_sheet.questions and loaded.vocabulary == seed_sheet.vocabulary
    assert dumps(material_record(loaded)) == dumps(material_record(seed_sheet))


def test_render_of_an_unedited_export_gives_the_files_build_gives(seed_sheet, seed_record, tmp_path):
    """Nothing is lost on the way through the JSON: every format comes out byte for byte."""
    options = Options(output=tmp_path / "built")
    formats = tuple(FAST_FORMATS.split(","))
    export_material(seed_sheet, options, formats)
    loaded = load_material(write_json(tmp_path / "seed.json", seed_record))
    render_material(loaded, replace(options, output=tmp_path / "rendered"), formats)
    built = sorted(path.name for path in (tmp_path / "built").iterdir())
    assert built == sorted(path.name for path in (tmp_path / "rendered").iterdir())
    for name in built:
        if name.endswith(".apkg"):  # compared by content: notes, fields, GUIDs
            assert deck_text(tmp_path / "built" / name) == deck_text(tmp_path / "rendered" / name)
        else:
            assert (tmp_path / "built" / name).read_bytes() == (tmp_path / "rendered" / name).read_bytes(), name


def test_every_edit_shows_in_every_output_and_a_deleted_question_is_gone(seed_sheet, seed_record, tmp_path):
    export_material(seed_sheet, Options(output=tmp_path / "before"), tuple(FAST_FORMATS.split(",")))
    record = json.loads(json.dumps(seed_record))
    edits = edit_record(record)
    assert {"deleted", "prompt", "option", "answer", "gloss", "dropped_word", "title"} <= edits.keys()
    source = write_json(tmp_path / "edited.json", record)
    assert main(["render", "-q", str(source), "-o", str(tmp_path / "after"), "--formats", FAST_FORMATS]) == 0
    before, after = output_texts(tmp_path / "before"), output_texts(tmp_path / "after")
    results = check_edits(before, after, edits)
    missed = {name: [suffix for suffix, ok in where.items() if not ok] for name, where in results.items()}
    assert not any(missed.values()), missed
    # each edit applied somewhere: the prompt and the title in every format that prints questions
    for suffix in (".worksheet.html", ".answers.html", ".quiz.html", ".apkg", ".gift.txt", ".moodle.xml", ".md"):
        assert results["prompt"][suffix] and results["deleted"][suffix] and results["title"][suffix], suffix
    if edits["gloss"][0]:  # the word had a gloss to replace (a dictionary was installed)
        assert results["gloss"].keys() >= {".worksheet.html", ".csv", ".anki.txt", ".apkg", ".md"}
    assert results["answer"].keys() >= {".answers.html", ".apkg", ".gift.txt", ".moodle.xml"}
    stem = seed_sheet.article.stem
    for suffix, separator, column in ((".csv", ",", 0), (".anki.txt", "\t", 1)):
        words = [terms(folder / f"{stem}{suffix}", separator, column) for folder in (tmp_path / "before", tmp_path / "after")]
        assert edits["dropped_word"] in words[0] and edits["dropped_word"] not in words[1]
        assert len(words[1]) == len(words[0]) - 1
    # the title with markup is printed as text, never as a tag
    page = (tmp_path / "after" / f"{seed_sheet.article.stem}.worksheet.html").read_text(encoding="utf-8")
    assert "Geprüft &lt;b&gt;&amp;&lt;/b&gt; gekürzt" in page and "<b>&</b>" not in page


def terms(path: Path, separator: str, column: int) -> list[str]:
    """The headwords of a vocabulary file (CSV for Quizlet, Anki's text import)."""
    import csv

    rows = csv.reader((line for line in path.read_text(encoding="utf-8-sig").splitlines() if not line.startswith("#")),
                      delimiter=separator)
    return [row[column] for row in rows if len(row) > column]


def test_the_questions_print_in_the_teachers_order(seed_record, tmp_path):
    record = json.loads(json.dumps(seed_record))
    kind = max(("true_false", "wh"), key=lambda name: sum(q["type"] == name for q in record["questions"]))
    statements = [q for q in record["questions"] if q["type"] == kind]
    assert len(statements) >= 2
    record["questions"] = [q for q in record["questions"] if q["type"] != kind] + statements[::-1]
    material = load_material(write_json(tmp_path / "order.json", record))
    page = HtmlExporter().page(material, Options(), "worksheet")
    places = [page.index(html.escape(q["prompt"], quote=False)) for q in statements[::-1]]
    assert places == sorted(places)


def test_a_reworded_question_updates_its_note_on_reimport(seed_sheet, seed_record, tmp_path):
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    original = tmp_path / "original.apkg"
    original.write_bytes(next(iter(AnkiExporter().render(seed_sheet, Options()).values())))
    record = json.loads(json.dumps(seed_record))
    question = next(q for q in record["questions"] if q["type"] == "true_false")
    question["prompt"] = NEW_PROMPT
    edited = load_material(write_json(tmp_path / "edited.json", record))
    rendered = tmp_path / "rendered.apkg"
    rendered.write_bytes(next(iter(AnkiExporter().render(edited, Options()).values())))
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        for package in (original, rendered):
            col.import_anki_package(ImportAnkiPackageRequest(
                package_path=str(package), options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True)))
            if package == original:
                count = col.note_count()
        assert col.note_count() == count  # updated, not added
        notes = [col.get_note(note_id) for note_id in col.find_notes("")]
        by_guid = {note.guid: note for note in notes}
        assert by_guid[question["guid"]].fields[0] == NEW_PROMPT
    finally:
        col.close()


def test_the_previous_format_still_renders(tmp_path):
    """tests/data/material_v1.json: the first layout (no text, no "format"), from the seed."""
    source = DATA / "material_v1.json"
    record = json.loads(source.read_text(encoding="utf-8"))
    assert "format" not in record and "text" not in record
    material = load_material(source)
    assert [s.text for s in material.analysis.sentences] == record["sentences"]
    for item in material.vocabulary:  # the offsets the file carries point at the same words
        for occurrence in item.occurrences:
            assert material.article.text[occurrence.start:occurrence.end] == occurrence.form.split(" … ")[0]
    heading = "Besorgnis der USA über nordkoreanische Waffen"
    assert [material.article.paragraph_texts()[k] for k in material.article.headings] == [heading]
    assert main(["render", "-q", str(source), "-o", str(tmp_path), "--formats", "html,apkg,gift"]) == 0
    sheet = (tmp_path / "material_v1.worksheet.html").read_text(encoding="utf-8")
    for question in record["questions"]:
        assert html.escape(without_lead(question["prompt"]).split("___")[0][:40], quote=False) in sheet
    assert re.search(r'class="line heading[^"]*"[^\n]*Besorgnis der USA', sheet)


def bad(record: dict[str, Any], change) -> dict[str, Any]:
    record = json.loads(json.dumps(record))
    change(record)
    return record


def _question(record, kind):
    return next(q for q in record["questions"] if q["type"] == kind)


BAD_FILES = {
    "multiple_choice answer not an option": (
        lambda r: _question(r, "multiple_choice").update(answer="Bananen"),
        r"questions\[\d+\] \(q\d+\)\.answer: 'Bananen' is not one of its options"),
    "gap without an answer": (
        lambda r: _question(r, "gap_fill")["answer"].pop(),
        r"questions\[\d+\] \(q\d+\)\.answer: gap \(\d+\) has no answer"),
    "unknown question type": (
        lambda r: _question(r, "wh").update(type="essay"),
        r"questions\[\d+\] \(q\d+\)\.type: unknown question type 'essay'"),
    "missing text": (lambda r: r.pop("text"), r": text: missing"),
    "richtig/falsch answer": (
        lambda r: _question(r, "true_false").update(answer="vielleicht"),
        r"\.answer: 'vielleicht' is not 'richtig', 'falsch'"),
    "two questions with one id": (
        lambda r: r["questions"].append(dict(r["questions"][0])), r"\.id: 'q\d+' is also the id of questions\[0\]"),
    "a list where a prompt belongs": (
        lambda r: r["questions"][0].update(prompt=["a"]), r"questions\[0\] \(q\d+\)\.prompt: expected a string, not a list"),
    "a newer format": (lambda r: r.update(format=99), r"format: 99: this quizgen reads formats 1 to 2"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_file_it_cannot_use_gets_one_line_exit_3_and_nothing_written(seed_record, tmp_path, capsys, case):
    change, message = BAD_FILES[case]
    source = write_json(tmp_path / "bad.json", bad(seed_record, change))
    out = tmp_path / "out"
    assert main(["render", str(source), "-o", str(out)]) == 3
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Traceback" not in error, error
    assert re.search(message, error), error
    assert not out.exists()


def test_not_json_and_not_quizgen(tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text('{"title": "x",', encoding="utf-8")
    assert main(["render", str(broken), "-o", str(tmp_path / "out")]) == 3
    assert "not valid JSON (line 1" in capsys.readouterr().err
    other = write_json(tmp_path / "other.json", {"name": "a package.json"})
    assert main(["review", str(other), "-o", str(tmp_path / "out")]) == 3
    assert "not a quizgen export" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_render_by_default_writes_every_format_but_json(seed_record, tmp_path, capsys):
    source = write_json(tmp_path / "seed.json", seed_record)
    assert main(["render", str(source), "-o", str(tmp_path / "out")]) == 0
    names = {path.name.split(".", 1)[1] for path in (tmp_path / "out").iterdir()}
    expected = {"apkg", "worksheet.html", "answers.html", "quiz.html", "gift.txt", "moodle.xml", "csv",
                "anki.txt", "md", "kahoot.xlsx"}
    assert expected <= names and "json" not in names and "review.html" not in names
    message = capsys.readouterr().err
    assert "files from" in message
    assert ("worksheet.pdf" in names) != ("pdf left out" in message)


ROUND_TRIP_ARTICLES = ("wikipedia/Kreta.txt", "klexikon/Rembrandt.txt", "wikipedia/Badminton.txt")


@pytest.mark.slow
@pytest.mark.parametrize("name", ROUND_TRIP_ARTICLES)
def test_round_trip_on_devdata_articles(devdata, nlp, tmp_path, name):
    """The edit → render round trip on dev articles, every format (PDF when WeasyPrint is there)."""
    from quizgen.analysis import analyze
    from quizgen.loading import render_formats
    from quizgen.pipeline import build_material
    from quizgen.reading import read_article

    material = build_material(analyze(nlp, read_article(devdata / "articles" / name)), Options())
    formats, _ = render_formats(material, tuple(name for name in registry() if name not in ("json", "review")))
    export_material(material, Options(output=tmp_path / "before"), formats)
    record = json.loads(dumps(material_record(material)))
    edits = edit_record(record)
    source = write_json(tmp_path / f"{material.article.stem}.json", record)
    assert main(["render", "-q", str(source), "-o", str(tmp_path / "after"), "--formats", ",".join(formats)]) == 0
    results = check_edits(output_texts(tmp_path / "before"), output_texts(tmp_path / "after"), edits)
    shown = sum(ok for where in results.values() for ok in where.values())
    total = sum(len(where) for where in results.values())
    print(f"{name}: {len(edits)} edits, visible in {shown}/{total} (edit, output) pairs; "
          + "; ".join(f"{edit}: {sorted(where)}" for edit, where in results.items()))
    assert shown == total, {edit: [s for s, ok in where.items() if not ok] for edit, where in results.items()}
    assert {"prompt", "title"} <= results.keys()
    content = [q for q in material.questions if q.type in ("true_false", "multiple_choice", "wh")]
    assert "deleted" in results or len(content) < 2  # a sheet of one content question keeps it to reword
