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
from quizgen.exporters.comprehension import export_order
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
        match = re.match(r"::((?:\\.|[^:])*)::(.*)", block, re.DOTALL)
        assert match, block
        title, body = match.groups()
        parts = re.split(r"(?<!\\)[{}]", body)
        answers = parts[1::2]
        questions.append({"title": title, "prompt": _unescape(parts[0]).strip(), "answers": answers, "body": body})
    return questions


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def test_gift_escaping():
    assert escape("a=b {c} ~d #e: f\\") == "a\\=b \\{c\\} \\~d \\#e\\: f\\\\"


def test_gift_reads_back(seed_material):
    text = only(GiftExporter().render(seed_material, Options()))
    parsed = read_gift(text)
    titles = []
    ordered = export_order(seed_material.questions)  # global, detail, then vocabulary
    for question in ordered:
        if question.type == "gap_fill":
            titles += [f"{question.id}-{n}" for n in range(1, len(question.answer) + 1)]
        elif question.type != "ordering":
            titles.append(question.id)
    assert [q["title"] for q in parsed] == titles
    exported = [q for q in ordered if q.type not in ("ordering", "gap_fill")]
    parsed = [entry for entry in parsed if "-" not in entry["title"]]
    for entry, question in zip(parsed, exported, strict=True):
        if question.type == "multiple_choice" or len(question.options) == 3:  # three-way: a choice
            answer_block = entry["answers"][0]
            right = re.findall(r"(?<!\\)=((?:\\.|[^~=#])*)", answer_block.split("####")[0])
            assert [_unescape(r).strip() for r in right] == [question.answer]
            assert _unescape(entry["prompt"]) == " ".join(question.prompt.split())
        elif question.type == "true_false":
            assert entry["answers"][0].startswith("TRUE" if question.answer == "richtig" else "FALSE")


def test_gift_gap_text_is_one_missing_word_question_per_gap():
    from test_html import curie_material

    material = curie_material()
    gap = next(q for q in material.questions if q.type == "gap_fill")
    parsed = {q["title"]: q for q in read_gift(only(GiftExporter().render(material, Options())))}
    for number, answer in enumerate(gap.answer, start=1):
        entry = parsed[f"{gap.id}-{number}"]
        assert len(entry["answers"]) == 1  # Moodle reads one answer set per question
        choices = re.findall(r"([=~])((?:\\.|[^~=])*)", entry["answers"][0])
        assert [value.strip() for mark, value in choices if mark == "="] == [answer]
        assert len(choices) >= 3
        others = [n for n in range(1, len(gap.answer) + 1) if n != number]
        assert all(f"({n}) _____" in entry["body"] for n in others)
    statement = next(q for q in material.questions if q.answer == "steht nicht im Text")
    block = parsed[statement.id]["answers"][0]
    assert "=steht nicht im Text" in block and "~richtig" in block and "~falsch" in block
    assert "ordering" not in str(parsed) and "q07" not in parsed


def test_moodle_xml_every_type_on_a_handmade_sheet():
    from test_html import curie_material

    material = curie_material()
    root = ET.fromstring(only(MoodleXmlExporter().render(material, Options())).encode("utf-8"))
    questions = {q.find("name/text").text: q for q in root.findall("question")[1:]}
    assert [q.get("type") for q in questions.values()] == [
        "multichoice", "multichoice", "multichoice", "shortanswer", "gapselect", "matching", "ordering"]
    assert material.questions[0].options[-1] == "steht nicht im Text"  # three-way: multichoice, a/b/c
    three_way = questions["q02"]
    right = [a.find("text").text for a in three_way.findall("answer") if a.get("fraction") == "100"]
    assert right == ["steht nicht im Text"]
    matching = questions["q06"]
    pairs = [(s.find("text").text or "", s.find("answer/text").text) for s in matching.findall("subquestion")]
    question = material.questions[5]
    assert pairs[:3] == list(zip(question.prompt_items, question.answer))
    assert len(pairs) - 3 >= 2 and all(left == "" for left, _ in pairs[3:])  # distractors
    ordering = questions["q07"]
    placed = sorted(ordering.findall("answer"), key=lambda a: int(a.get("fraction")))
    assert tuple(a.find("text").text for a in placed) == material.questions[6].answer
    assert questions["q05"].find("defaultgrade").text == "2"


def test_gift_keeps_hostile_text_inert(seed_material):
    question = Question(id="q99", type="wh", prompt="Was ist {{c1::x}} = ~#:?", answer="a}b", sentence=0, evidence="")
    text = only(GiftExporter().render(replace(seed_material, questions=(question,)), Options()))
    parsed = read_gift(text)
    assert _unescape(parsed[0]["prompt"]) == "Was ist {{c1::x}} = ~#:?"


def test_moodle_xml_parses_with_every_type(seed_material):
    root = ET.fromstring(only(MoodleXmlExporter().render(seed_material, Options())).encode("utf-8"))
    kinds = [q.get("type") for q in root.findall("question") if q.get("type") != "category"]
    assert root.findall("question")[0].get("type") == "category"
    expected = {"multiple_choice": "multichoice", "true_false": "truefalse", "wh": "shortanswer",
                "gap_fill": "gapselect", "matching": "matching", "ordering": "ordering"}
    ordered = export_order(seed_material.questions)  # global, detail, then vocabulary
    three_way = [q.type == "true_false" and len(q.options) == 3 for q in ordered]
    assert kinds == ["multichoice" if three else expected[q.type] for q, three in zip(ordered, three_way, strict=True)]
    elements = [q for q in root.findall("question") if q.get("type") != "category"]
    for element, question in zip(elements, ordered, strict=True):
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
    rows = [line.split("\t") for line in lines[6:]]
    assert len(rows) == len(seed_material.vocabulary) and len({row[0] for row in rows}) == len(rows)
    noun = next(item for item in seed_material.vocabulary if item.article)
    assert any(row[1] == f"{noun.article} {noun.lemma}" for row in rows)


def test_anki_text_escapes_html_and_is_stable():
    from test_html import curie_material

    material = curie_material()
    hostile = replace(material.vocabulary[0], gloss=("<script>x</script>", "a\tb"))
    material = replace(material, vocabulary=(hostile, *material.vocabulary[1:]))
    first = only(AnkiTextExporter().render(material, Options()))
    assert "<script>" not in first and "&lt;script&gt;" in first
    assert all(len(line.split("\t")) == 4 for line in first.splitlines()[6:])
    edited = replace(material, vocabulary=(replace(hostile, gloss=("Nobel Prize",)), *material.vocabulary[1:]))
    again = only(AnkiTextExporter().render(edited, Options()))
    guids = [line.split("\t")[0] for line in first.splitlines()[6:]]
    assert guids == [line.split("\t")[0] for line in again.splitlines()[6:]]  # an edit updates the note


def test_markdown_renders_back_with_its_structure(seed_sheet):
    text = only(MarkdownExporter().render(seed_sheet, Options()))
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


def test_markdown_keeps_numbered_lines_and_escapes_text():
    from test_html import curie_material

    from quizgen.exporters.layout import wrap

    material = curie_material()
    html = markdown.markdown(only(MarkdownExporter().render(material, Options())), extensions=["tables"])
    assert html.count("<h2>") == 8  # vocabulary, text and six tasks
    code = html[html.index("<pre><code>") + len("<pre><code>") : html.index("</code></pre>")]
    lines = wrap(material.analysis)
    shown = [line for line in code.splitlines() if line.strip()]
    assert len(shown) == len(lines) and shown[4].split()[0] == "5"
    assert all(line.text.replace("&", "&amp;") in row for line, row in zip(lines, shown, strict=True))
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt; &amp; {y}" in html
    assert "steht nicht im Text" in html and "Gesamt" in html
    assert "an der Sorbonne</li>" in html and "Sie zog 1891" not in html  # no explanation on the sheet


def test_registry_lists_every_quiz_format():
    from quizgen.exporters import registry

    names = set(registry())
    assert {"html", "gift", "moodle", "csv", "anki-txt", "md", "pdf"} <= names
