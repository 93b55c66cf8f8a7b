"""Worksheet, key and self-check page, parsed: structure, escaping, options."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from quizgen.config import Options
from quizgen.exporters.html import HtmlExporter


class Page(HTMLParser):
    """Text, elements with their classes, and external references of a page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.text: list[str] = []
        self.classes: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self.classes += (attrs.get("class") or "").split()
        self._script = tag == "script"

    def handle_endtag(self, tag):
        self._script = False

    def handle_data(self, data):
        (self.scripts if self._script else self.text).append(data)

    @property
    def plain(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.text))


def pages(material, options=None):
    exporter = HtmlExporter()
    options = options or Options()
    return {name: exporter.page(material, options, name) for name in ("worksheet", "answers", "quiz")}


@pytest.fixture(scope="module")
def seed_pages(seed_material):
    return pages(seed_material)


def test_pages_are_german_self_contained_html5(seed_pages):
    for name, html in seed_pages.items():
        assert html.startswith("<!DOCTYPE html>")
        assert '<html lang="de">' in html
        page = Page(html)
        for tag, attrs in page.tags:
            for key in ("src", "href"):
                assert not (attrs.get(key) or "").startswith(("http:", "https:", "//")), (name, tag, attrs)
            assert not (tag == "link" and attrs.get("rel") == "stylesheet")


def test_every_question_is_on_the_sheet_and_every_answer_in_the_key(seed_pages, seed_material):
    sheet, key = Page(seed_pages["worksheet"]).plain, Page(seed_pages["answers"]).plain
    for question in seed_material.questions:
        if question.type in ("matching", "ordering"):
            assert all(item in sheet for item in question.prompt_items)
            continue
        prompt = re.sub(r"\s*___\(\d+\)___\s*", " ", question.prompt)
        assert " ".join(prompt.split()[:6]) in re.sub(r"\s*\(\d+\)\s*", " ", sheet)
        answers = [question.answer] if isinstance(question.answer, str) else list(question.answer)
        for answer in answers:
            assert answer in key, (question.id, answer)


def test_the_sheet_never_shows_a_solution(seed_pages):
    sheet = Page(seed_pages["worksheet"])
    assert "answer" not in sheet.classes and "solution" not in sheet.classes
    assert "Lösung" not in sheet.plain


def test_header_numbering_and_line_numbers(seed_pages, seed_material):
    sheet = Page(seed_pages["worksheet"])
    for field in ("Name:", "Klasse:", "Datum:"):
        assert field in sheet.plain
    tasks = re.findall(r"Aufgabe (\d+):", sheet.plain)
    assert tasks == [str(n) for n in range(1, len(tasks) + 1)] and len(tasks) >= 5
    numbers = re.findall(r'<span class="no">(\d*)</span>', seed_pages["worksheet"])
    assert numbers[4] == "5" and numbers[9] == "10" and numbers[0] == ""
    key = Page(seed_pages["answers"]).plain
    assert re.search(r"Z\. \d+", key)
    # questions are numbered across sections, the same on sheet and key
    sheet_numbers = re.findall(r'<li class="q" value="(\d+)"', seed_pages["worksheet"])
    key_numbers = re.findall(r'<li class="q" value="(\d+)"', seed_pages["answers"])
    assert sheet_numbers == key_numbers and sheet_numbers == [str(n) for n in range(1, len(sheet_numbers) + 1)]


def test_key_cites_the_right_lines(seed_material):
    from quizgen.exporters.layout import line_reference, sentence_lines, wrap

    lines = wrap(seed_material.analysis)
    spans = sentence_lines(seed_material.analysis, lines)
    for question in seed_material.questions:
        if question.type not in ("wh", "multiple_choice", "true_false"):
            continue
        first, last = spans[question.sentence]
        shown = " ".join(line.text for line in lines[first - 1 : last])
        words = question.evidence.split()
        assert words[0] in shown and words[-1] in shown
        assert line_reference((first, last)).startswith("Z. ")
    assert all(len(line.text) <= 64 for line in lines)


def test_options_no_text_sections_title_templates(seed_material, tmp_path):
    custom = tmp_path / "tpl"
    custom.mkdir()
    (custom / "section_wh.html.j2").write_text("<section><h2>Eigene W-Fragen</h2></section>", encoding="utf-8")
    options = replace(
        Options(), no_text=True, sections=("wh", "true_false"), title="Mein <Titel>", templates=custom
    )
    html = pages(seed_material, options)["worksheet"]
    page = Page(html)
    assert "Lesetext" not in page.plain and "Wortschatz" not in page.plain
    assert "Eigene W-Fragen" in page.plain
    assert "Mein &lt;Titel&gt;" in html and "Mein <Titel>" not in html
    assert page.plain.index("Eigene W-Fragen") < page.plain.index("Richtig oder falsch?")


def test_quiz_page_embeds_safe_json(seed_pages, seed_material):
    page = Page(seed_pages["quiz"])
    data = next(script for script in page.scripts if script.strip().startswith("{"))
    parsed = json.loads(data)
    assert len(parsed["questions"]) == len(seed_material.questions)
    assert "</" not in data
    assert "fetch(" not in seed_pages["quiz"] and "XMLHttpRequest" not in seed_pages["quiz"]


def test_vocabulary_table(seed_pages, seed_material):
    html = seed_pages["worksheet"]
    assert "<th>Wort</th><th>Artikel</th><th>Plural</th><th>Wortart</th><th>Bedeutung</th>" in html
    noun = next(item for item in seed_material.vocabulary if item.pos == "NOUN" and item.plural)
    row = f"<td>{noun.lemma}</td><td>{noun.article}</td><td>{noun.plural.removeprefix('die ')}</td><td>Nomen</td>"
    assert row in html
