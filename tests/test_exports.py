"""Quiz exports read back the way the receiving tools read them."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import markdown
import pytest

from quizgen.config import Options
from quizgen.exporters.gift import GiftExporter, escape
from quizgen.exporters.markdown_export import MarkdownExporter
from quizgen.exporters.moodle import MoodleXmlExporter
from quizgen.exporters.tabular import AnkiTextExporter, CsvExporter
from quizgen.model import Question


def only(files: dict[str, bytes]) -> str:
    assert len(files) == 1
    return next(iter(files.values())).decode("utf-8")


def read_gift(text: str) -> list[dict]:
    """A small GIFT reader: title, prompt and answers of each question (escapes honoured)."""
    questions = []
    for block in re.split(r"\n\s*\n", text):
        block = "\n".join(line for line in block.splitlines() if not line.startswith(("//", "$CATEGORY")))
        if not block.strip():
            continue
        match = re.match(r"::((?:\\.|[^:])*)::(.*)", block, re.S)
        assert match, block
        title, body = match.groups()
        parts = re.split(r"(?<!\\)[{}]", body)
        answers = parts[1::2]
        questions.append({"title": title, "prompt": _unescape(parts[0]).strip(), "answers": answers})
    return questions


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def test_gift_escaping():
    assert escape("a=b {c} ~d #e: f\\") == "a\\=b \\{c\\} \\~d \\#e\\: f\\\\"


def test_gift_reads_back(seed_material):
    text = only(GiftExporter().render(seed_material, Options()))
    parsed = read_gift(text)
    exported = [q for q in seed_material.questions if q.type != "ordering"]
    assert [q["title"] for q in parsed] == [q.id for q in exported]
    for entry, question in zip(parsed, exported, strict=True):
        if question.type == "multiple_choice":
            answer_block = entry["answers"][0]
            right = re.findall(r"(?<!\\)=((?:\\.|[^~=#])*)", answer_block.split("####")[0])
            assert [_unescape(r).strip() for r in right] == [question.answer]
            assert _unescape(entry["prompt"]) == " ".join(question.prompt.split())
        if question.type == "true_false":
            assert entry["answers"][0].startswith("TRUE" if question.answer == "richtig" else "FALSE")
        if question.type == "gap_fill":
            assert len(entry["answers"]) == len(question.answer)


def test_gift_keeps_hostile_text_inert(seed_material):
    question = Question(id="q99", type="wh", prompt="Was ist {{c1::x}} = ~#:?", answer="a}b", sentence=0, evidence="")
    text = only(GiftExporter().render(replace(seed_material, questions=(question,)), Options()))
    parsed = read_gift(text)
    assert _unescape(parsed[0]["prompt"]) == "Was ist {{c1::x}} = ~#:?"


def test_moodle_xml_parses_with_every_type(seed_material):
    root = ET.fromstring(only(MoodleXmlExporter().render(seed_material, Options())).encode("utf-8"))
    kinds = [q.get("type") for q in root.findall("question")]
    assert kinds[0] == "category"
    expected = {"multiple_choice": "multichoice", "true_false": "truefalse", "wh": "shortanswer",
                "gap_fill": "gapselect", "matching": "matching", "ordering": "ordering"}
    assert kinds[1:] == [expected[q.type] for q in seed_material.questions]
    for element, question in zip(root.findall("question")[1:], seed_material.questions, strict=True):
        if question.type == "multiple_choice":
            right = [a.find("text").text for a in element.findall("answer") if a.get("fraction") == "100"]
            assert right == [question.answer]
        if question.type == "gap_fill":
            prompt = element.find("questiontext/text").text
            options = [o.find("text").text for o in element.findall("selectoption")]
            for number, word in zip(re.findall(r"\[\[(\d+)\]\]", prompt), question.answer, strict=True):
                assert options[int(number) - 1] == word


def test_csv_is_quoted_utf8_and_defuses_formulas(seed_material):
    hostile = replace(seed_material.vocabulary[0], lemma="=HYPERLINK(\"x\")", article="")
    material = replace(seed_material, vocabulary=(hostile, *seed_material.vocabulary[1:]))
    data = next(iter(CsvExporter().render(material, Options()).values()))
    assert data.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["term", "definition", "example"]
    assert rows[1][0].startswith("'=")
    assert len(rows) == len(material.vocabulary) + 1 and all(len(row) == 3 for row in rows)


def test_anki_text_import_has_its_headers(seed_material):
    text = only(AnkiTextExporter().render(seed_material, Options()))
    lines = text.splitlines()
    assert lines[:5] == ["#separator:tab", "#html:true", "#notetype:Basic",
                         "#deck:Deutsch::quizgen::Nordkorea Raketen", "#guid column:1"]
    assert all(len(line.split("\t")) == 4 for line in lines[6:])


def test_markdown_renders_back_with_its_structure(seed_material):
    text = only(MarkdownExporter().render(seed_material, Options()))
    html = markdown.markdown(text, extensions=["tables"])
    assert html.count("<h2>") >= 6
    assert "<table>" in html and "<th>Artikel</th>" in html
    assert html.count("<ol") >= 3
    assert "<script" not in html


@pytest.mark.parametrize("formats", [("gift", "moodle", "csv", "anki-txt", "md")])
def test_cli_writes_the_extra_formats(tmp_path, seed_path, formats):
    from quizgen.cli import main

    assert main(["build", str(seed_path), "-o", str(tmp_path), "--model", "offline", "-q", "--formats", ",".join(formats)]) == 0
    names = {path.name for path in tmp_path.iterdir()}
    assert names == {"nordkorea-raketen.gift.txt", "nordkorea-raketen.moodle.xml", "nordkorea-raketen.csv",
                     "nordkorea-raketen.anki.txt", "nordkorea-raketen.md"}
