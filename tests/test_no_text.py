"""--no-text: the worksheet leaves the article off, so nothing may cite line numbers ("Z. 12")
that the students cannot see; the key cites the article's paragraph ("Abs. 3") and quotes the
sentence instead."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from quizgen.config import Options
from quizgen.exporters.html import HtmlExporter, build_context
from quizgen.exporters.markdown_export import MarkdownExporter

LINE_REFERENCE = re.compile(r"Z\.\s*\d")
NO_TEXT = replace(Options(), no_text=True)


@pytest.fixture(scope="module")
def pages(seed_material):
    exporter = HtmlExporter()
    return {(page, no_text): exporter.page(seed_material, replace(Options(), no_text=no_text), page)
            for page in ("worksheet", "answers", "quiz") for no_text in (False, True)}


def test_with_the_text_the_key_cites_lines(pages):
    assert LINE_REFERENCE.search(pages["answers", False])  # the control: the pattern does match
    assert 'class="lines' in pages["worksheet", False]


def test_without_the_text_no_page_cites_a_line(pages):
    for page in ("worksheet", "answers", "quiz"):
        html = pages[page, True]
        assert not LINE_REFERENCE.search(html), page
        assert 'class="line' not in html and "Lesetext" not in html, page
    assert "Zeilenangaben" not in pages["answers", True]
    assert "Absatzangaben (Abs.)" in pages["answers", True]


def test_without_the_text_the_key_cites_the_right_paragraph(seed_sheet):
    article = seed_sheet.article
    body = [span for index, span in enumerate(article.paragraphs)
            if span != article.title_span and index not in article.headings]
    context = build_context(seed_sheet, NO_TEXT, key=True)
    # the sheet orders its tasks (global, detail, vocabulary): match items by id
    items = {item["id"]: item for section in context["sections"] for item in section["items"]}
    assert set(items) == {question.id for question in seed_sheet.questions}
    checked = 0
    for question in seed_sheet.questions:
        item = items[question.id]
        match = re.fullmatch(r"Abs\. (\d+)(?:–(\d+))?", item["lines"])
        assert match, (question.id, item["lines"])
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        assert 1 <= first <= last <= len(body)
        if question.type in ("true_false", "multiple_choice", "wh"):
            start, end = body[first - 1]
            assert question.evidence in article.text[start:end], (question.id, first)  # the quoted sentence is there
            checked += 1
        assert item["evidence"]  # the key still quotes the sentence
    assert checked >= 8


def test_without_the_text_the_markdown_has_no_text_and_no_line_numbers(seed_material):
    with_text = MarkdownExporter().render(seed_material, Options())["nordkorea-raketen.md"].decode("utf-8")
    text = MarkdownExporter().render(seed_material, NO_TEXT)["nordkorea-raketen.md"].decode("utf-8")
    assert "## Lesetext" in with_text and re.search(r"^\s+5  \S", with_text, re.MULTILINE)
    assert "## Lesetext" not in text and not re.search(r"^\s+5  \S", text, re.MULTILINE)
    assert not LINE_REFERENCE.search(text)
    assert all(question.prompt.split("___")[0].split()[0] in text for question in seed_material.questions)


def test_without_the_text_the_pdf_key_cites_paragraphs(tmp_path, seed_material):
    import shutil
    import subprocess

    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):  # not installed, or installed without Pango's libraries
        pytest.skip("WeasyPrint with Pango is not installed (pip install 'quizgen[pdf]'; apt-get install libpango-1.0-0)")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from quizgen.exporters.pdf import PdfExporter

    texts = {}
    for name, data in PdfExporter().render(seed_material, NO_TEXT).items():
        (tmp_path / name).write_bytes(data)
        texts[name.split(".")[-2]] = subprocess.run(["pdftotext", str(tmp_path / name), "-"],
                                                    capture_output=True, text=True, check=True).stdout
    assert not LINE_REFERENCE.search(texts["worksheet"]) and not LINE_REFERENCE.search(texts["answers"])
    assert "Lesetext" not in texts["worksheet"]
    assert len(re.findall(r"Abs\. \d", texts["answers"])) >= len(seed_material.questions) - 1


def test_cli_no_text(tmp_path, seed_path):
    from quizgen.cli import main

    assert main(["build", str(seed_path), "-o", str(tmp_path), "--model", "offline", "-q", "--no-text",
                 "--formats", "html,md"]) == 0
    for path in tmp_path.iterdir():
        assert not LINE_REFERENCE.search(path.read_text(encoding="utf-8")), path.name
