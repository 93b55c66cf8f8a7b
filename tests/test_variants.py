"""--variants N: versions A, B, … of the worksheet and key, parsed from the HTML; and every
format byte for byte the same on a second build."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

import pytest

from quizgen.config import Options
from quizgen.exporters.html import HtmlExporter
from quizgen.exporters.variants import variant_materials
from quizgen.extraction.glossary import default_dictionary

VOID = {"br", "meta", "input", "img", "hr", "link"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return " ".join(" ".join(c.split()) if isinstance(c, str) else c.text() for c in self.children).strip()

    def find_all(self, predicate) -> list[Node]:
        found = [self] if predicate(self) else []
        for child in self.children:
            if isinstance(child, Node):
                found += child.find_all(predicate)
        return found

    def has_class(self, name: str) -> bool:
        return name in self.attrs.get("class", "").split()


class Tree(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.root = Node("root", {})
        self.stack = [self.root]
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {key: value or "" for key, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        while len(self.stack) > 1:
            if self.stack.pop().tag == tag:
                break

    def handle_data(self, data):
        if data.strip():
            self.stack[-1].children.append(data)


def questions_on(html: str) -> dict[str, Node]:
    """Question id → its box, in the order of the page."""
    root = Tree(html).root
    return {node.attrs["id"]: node for node in root.find_all(lambda n: n.has_class("q") and "id" in n.attrs)}


def option_texts(box: Node) -> list[str]:
    """The options as printed, without their letter: "b) Waffen" → "Waffen"."""
    lists = box.find_all(lambda n: n.tag == "ul" and n.has_class("options"))
    return [re.sub(r"^[a-z]\) ", "", li.text()) for li in lists[0].find_all(lambda n: n.tag == "li")] if lists else []


def left_items(box: Node) -> list[str]:
    lists = box.find_all(lambda n: n.has_class("left") or n.has_class("ordering"))
    return [li.text() for li in lists[0].find_all(lambda n: n.tag == "li")]


def answer_marks(box: Node) -> list[str]:
    return [span.text() for span in box.find_all(lambda n: n.tag == "span" and n.has_class("answer"))]


@pytest.fixture(scope="module")
def versions(seed_material):
    options = replace(Options(), variants=3, seed=7)
    files = HtmlExporter().render(seed_material, options)
    return {letter: (files[f"nordkorea-raketen.{letter}.worksheet.html"].decode(),
                     files[f"nordkorea-raketen.{letter}.answers.html"].decode()) for letter in "ABC"}


def test_files_and_version_marks(seed_material):
    files = HtmlExporter().render(seed_material, replace(Options(), variants=2))
    stem = seed_material.article.stem
    assert sorted(files) == sorted([f"{stem}.A.worksheet.html", f"{stem}.A.answers.html", f"{stem}.B.worksheet.html",
                                    f"{stem}.B.answers.html", f"{stem}.quiz.html"])
    for name, data in files.items():
        if ".quiz." not in name:
            letter = name.split(".")[1]
            assert f'<div class="version">Version {letter}</div>' in data.decode()
    plain = HtmlExporter().render(seed_material, Options())
    assert "Version" not in plain[f"{stem}.worksheet.html"].decode()


def test_every_key_is_right_for_its_own_sheet(versions, seed_material):
    """Read the answers off each key and check them against the sheet of the same version:
    the letter of a multiple-choice answer names the right option there, a matching's letter the
    right option for that item, an ordering's number the event's place in the text."""
    truth = {question.id: question for question in seed_material.questions}
    checked = 0
    for sheet_html, key_html in versions.values():
        sheet, key = questions_on(sheet_html), questions_on(key_html)
        assert list(sheet) == list(key)  # the same questions in the same order
        for qid, box in sheet.items():
            question = truth[qid]
            if question.type == "multiple_choice":
                printed = option_texts(box)
                assert sorted(printed) == sorted(question.options)
                letter, shown = key[qid].find_all(lambda n: n.has_class("answer"))[0].text().split(") ", 1)
                assert printed["abcde".index(letter)] == question.answer == shown
                checked += 1
            elif question.type == "matching":
                printed, items = option_texts(box), left_items(box)
                right = dict(zip(question.prompt_items, question.answer, strict=True))
                assert sorted(items) == sorted(question.prompt_items)
                letters = [mark.rstrip(")") for mark in answer_marks(key[qid])]
                assert [printed["abcdefghij".index(letter)] for letter in letters] == [right[item] for item in items]
                checked += 1
            elif question.type == "ordering":
                items = left_items(box)
                places = [int(mark.rstrip(".")) for mark in answer_marks(key[qid])]
                assert places == [list(question.answer).index(item) + 1 for item in items]
                checked += 1
            elif question.type == "gap_fill":
                bank = [span.text() for span in box.find_all(lambda n: n.has_class("wordbank"))[0].children if isinstance(span, Node)]
                assert sorted(bank) == sorted(question.word_bank)
    assert checked >= 3  # without a dictionary the seed's sheet has no matching task


def test_versions_differ_and_keep_their_tasks(versions):
    def order(html: str) -> list[tuple[str, tuple[str, ...]]]:
        return [(qid, tuple(option_texts(box))) for qid, box in questions_on(html).items()]

    def tasks(html: str) -> list[str]:
        return re.findall(r"<h2>(Aufgabe \d+: [^<]*?)(?: <span|</h2>)", html)

    orders = [order(sheet) for sheet, _ in versions.values()]
    assert len({tuple(o) for o in orders}) == 3  # A, B and C are three different sheets
    assert orders[0] != orders[1] and {q for q, _ in orders[0]} == {q for q, _ in orders[1]}
    headings = [tasks(sheet) for sheet, _ in versions.values()]
    assert headings[0] == headings[1] == headings[2] and len(headings[0]) >= 3  # three without a dictionary
    for sheet, _ in versions.values():  # numbering runs 1, 2, 3 … on every version
        numbers = [int(n) for n in re.findall(r'<li class="q" value="(\d+)"', sheet)]
        assert numbers == list(range(1, len(numbers) + 1))


def test_version_a_is_the_sheet_as_built_and_the_shuffle_is_seeded(seed_material):
    first = variant_materials(seed_material, 4, seed=3)
    again = variant_materials(seed_material, 4, seed=3)
    other = variant_materials(seed_material, 4, seed=4)
    assert first[0][1] is seed_material
    assert [m.questions for _, m in first] == [m.questions for _, m in again]
    assert [m.questions for _, m in first[1:]] != [m.questions for _, m in other[1:]]
    assert [letter for letter, _ in first] == ["A", "B", "C", "D"]


def test_cli_writes_lettered_sheets_and_refuses_a_fifth(tmp_path, seed_path):
    run = [sys.executable, "-m", "quizgen", "build", str(seed_path), "-o", str(tmp_path), "-q", "--formats", "html"]
    assert subprocess.run([*run, "--variants", "2"], capture_output=True, check=False).returncode == 0
    names = sorted(path.name for path in tmp_path.iterdir())
    assert "nordkorea-raketen.B.answers.html" in names and "nordkorea-raketen.worksheet.html" not in names
    refused = subprocess.run([*run, "--variants", "5"], capture_output=True, text=True, check=False)
    assert refused.returncode == 2 and "--variants must be 2, 3 or 4, not 5" in refused.stderr


ALL_FORMATS = "apkg,html,json,gift,moodle,csv,anki-txt,md,kahoot"
# H5P's drill needs English glosses: only with a German–English dictionary
if default_dictionary() is not None:
    ALL_FORMATS += ",h5p"


def test_two_builds_give_byte_identical_files(tmp_path, seed_path):
    """Every format, the .apkg included, is the same byte for byte on a second build in a
    second process (string hashing differs between processes: a set's order would show)."""
    folders = [tmp_path / "first", tmp_path / "second"]
    for folder in folders:
        subprocess.run([sys.executable, "-m", "quizgen", "build", str(seed_path), "-o", str(folder), "-q",
                        "--formats", ALL_FORMATS, "--variants", "2"], check=True, capture_output=True)
    first = {path.name: path.read_bytes() for path in folders[0].iterdir()}
    second = {path.name: path.read_bytes() for path in folders[1].iterdir()}
    assert set(first) == set(second) and len(first) >= 13  # 14 with the H5P drill
    assert [name for name in first if first[name] != second[name]] == []
    # a rebuild into the same folder leaves the deck as it was (Anki sees nothing new)
    before = (folders[0] / "nordkorea-raketen.apkg").read_bytes()
    subprocess.run([sys.executable, "-m", "quizgen", "build", str(seed_path), "-o", str(folders[0]), "-q",
                    "--formats", "apkg"], check=True, capture_output=True)
    assert (folders[0] / "nordkorea-raketen.apkg").read_bytes() == before


def test_pdfs_of_two_builds_are_identical(seed_analysis, seed_material):
    from quizgen.exporters.pdf import PdfExporter, require_weasyprint
    from quizgen.pipeline import build_material

    try:
        require_weasyprint()
    except Exception as error:  # noqa: BLE001 - UsageError: WeasyPrint or Pango missing
        pytest.skip(f"no PDF: {error}")
    again = build_material(seed_analysis, Options())
    assert PdfExporter().render(seed_material, Options()) == PdfExporter().render(again, Options())
