"""The PDF worksheet and key, read back with poppler's pdfinfo and pdftotext.

WeasyPrint is optional (the ``pdf`` extra, also in the ``test`` extra); without it the tests
that render skip and only the one-line refusal is checked.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from quizgen.config import Options
from quizgen.errors import UsageError
from quizgen.exporters.html import build_context
from quizgen.exporters.layout import wrap
from quizgen.exporters.pdf import PdfExporter


def numbered(material):
    """(number, question, prompt as printed) in the order of the sheet: the tasks run from global
    to vocabulary, and a "Welches Wort passt?" item is printed without its lead question."""
    context = build_context(material, Options(), key=False)
    by_id = {question.id: question for question in material.questions}
    return [(item["number"], by_id[item["id"]], item["prompt"])
            for section in context["sections"] for item in section["items"]]

try:
    import weasyprint  # noqa: F401

    HAVE_WEASYPRINT = True
except (ImportError, OSError):
    HAVE_WEASYPRINT = False

needs_weasyprint = pytest.mark.skipif(not HAVE_WEASYPRINT, reason="WeasyPrint is not installed (pip install 'quizgen[pdf]')")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                                   reason="pdftotext/pdfinfo (poppler-utils) are not installed")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(pdf: Path, layout: bool = False) -> str:
    args = ["pdftotext", "-layout"] if layout else ["pdftotext"]
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pdf_info(pdf: Path) -> tuple[int, float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    width, height = (float(n) for n in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    return pages, width, height


def write(folder: Path, files: dict[str, bytes]) -> dict[str, Path]:
    paths = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths[name.split(".")[-2]] = folder / name  # "worksheet" / "answers"
    return paths


@pytest.fixture(scope="module")
def seed_pdfs(tmp_path_factory, seed_sheet):
    if not HAVE_WEASYPRINT:
        pytest.skip("WeasyPrint is not installed (pip install 'quizgen[pdf]')")
    return write(tmp_path_factory.mktemp("pdf"), PdfExporter().render(seed_sheet, Options()))


@pytest.fixture(scope="module")
def seed_texts(seed_pdfs):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return {page: flat(pdf_text(path)) for page, path in seed_pdfs.items()}


def test_missing_weasyprint_is_one_line_naming_the_extra(monkeypatch, tmp_path, seed_path, capsys):
    from quizgen.cli import main

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` now raises ImportError
    with pytest.raises(UsageError, match=r"^--formats pdf needs WeasyPrint: pip install 'quizgen\[pdf\]'$"):
        PdfExporter().render(None, Options())  # refused before the material is looked at
    status = main(["build", str(seed_path), "-o", str(tmp_path), "--model", "offline", "--formats", "html,pdf"])
    error = capsys.readouterr().err
    assert status == 2
    assert error == "quizgen: error: --formats pdf needs WeasyPrint: pip install 'quizgen[pdf]'\n"
    assert list(tmp_path.iterdir()) == []  # all or nothing: not even the HTML was written


def test_weasyprint_without_pango_says_what_to_install(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "weasyprint":  # what cffi raises when the Pango/GLib libraries are missing
            raise OSError("cannot load library 'libgobject-2.0-0': not found\nAdditionally, ctypes.util…")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(UsageError) as caught:
        PdfExporter().render(None, Options())
    message = str(caught.value)
    assert "\n" not in message and "libgobject-2.0-0" in message and "apt-get install libpango" in message


@needs_weasyprint
@needs_poppler
@pytest.mark.parametrize("page", ["worksheet", "answers"])
def test_pdf_is_a4_with_a_sane_page_count(seed_pdfs, page):
    pages, width, height = pdf_info(seed_pdfs[page])
    assert abs(width - 595.3) < 1 and abs(height - 841.9) < 1  # A4 portrait, from @page in sheet.css
    assert 2 <= pages <= 8


@needs_weasyprint
def test_pdf_names_and_bytes_are_stable(seed_sheet, seed_pdfs):
    files = PdfExporter().render(seed_sheet, Options())
    assert sorted(files) == ["nordkorea-raketen.answers.pdf", "nordkorea-raketen.worksheet.pdf"]
    assert all(files[path.name] == path.read_bytes() for path in seed_pdfs.values())  # deterministic
    assert all(data.startswith(b"%PDF-") for data in files.values())


@needs_weasyprint
@needs_poppler
def test_pdf_worksheet_keeps_the_numbered_lines_the_key_cites(seed_sheet, seed_pdfs):
    """WeasyPrint must not re-wrap the text: every line of layout.py is one printed line, and
    every fifth carries its number, so "Z. 26–28" in the key points at the right lines. With a
    global task a paragraph's first line starts with the paragraph's number."""
    rows = [flat(row) for row in pdf_text(seed_pdfs["worksheet"], layout=True).replace("\f", "\n").splitlines()]
    lines = wrap(seed_sheet.analysis)
    assert len(lines) > 30
    numbered = build_context(seed_sheet, Options(), key=False)["paragraph_numbers"]
    position = 0
    for line in lines:
        parts = [str(line.paragraph)] if numbered and line.paragraph else []
        parts += [str(line.number)] if line.number % 5 == 0 else []
        expected = " ".join([*parts, line.text])
        found = next((k for k in range(position, len(rows)) if rows[k] == expected), None)
        assert found is not None, f"line {line.number} not printed as one line: {expected!r}"
        position = found + 1


@needs_weasyprint
@needs_poppler
def test_pdf_has_every_question_and_numbers_them_across_tasks(seed_sheet, seed_texts):
    for page in ("worksheet", "answers"):
        text = seed_texts[page]
        for number, question, prompt in numbered(seed_sheet):
            head = flat(prompt.split("___(")[0])[:60]
            if question.type in ("gap_fill", "matching", "ordering"):
                assert head in text, (page, question.id)
            else:  # <li value=N>: the numbers run on from task to task, as in the browser
                assert f"{number}. {head}" in text, (page, question.id, number)


def segments(text: str, material) -> dict[str, str]:
    """The printed text of each numbered question, up to the next one."""
    starts = []
    for number, question, prompt in numbered(material):
        if question.type in ("true_false", "multiple_choice", "wh"):
            starts.append((text.index(f"{number}. {flat(prompt)[:40]}"), question))
    starts.sort(key=lambda pair: pair[0])
    ends = [start for start, _ in starts[1:]] + [len(text)]
    # a segment also ends at the next task's heading (the gap text's key follows the last item)
    headings = [text.find("Aufgabe ", start) for start, _ in starts]
    ends = [end if heading < 0 else min(end, heading) for heading, end in zip(headings, ends, strict=True)]
    return {question.id: text[start:end] for (start, question), end in zip(starts, ends, strict=True)}


@needs_weasyprint
@needs_poppler
def test_pdf_key_has_the_answers_and_the_worksheet_does_not(seed_sheet, seed_texts):
    sheet, key = seed_texts["worksheet"], seed_texts["answers"]
    kinds = {question.type for question in seed_sheet.questions}
    assert {"true_false", "multiple_choice", "gap_fill"} <= kinds
    on_sheet, in_key = segments(sheet, seed_sheet), segments(key, seed_sheet)
    for question in seed_sheet.questions:
        if question.type == "multiple_choice":
            wrong = [option for option in question.options if option != question.answer]
            letter = "abcdefghij"[question.options.index(question.answer)]
            assert f"{letter}) {question.answer} Z." in in_key[question.id]
            assert not any(f") {option} " in in_key[question.id] for option in wrong)
            assert all(f") {option}" in on_sheet[question.id] for option in question.options)
        elif question.type == "true_false":
            prompt = flat(question.prompt)
            assert f"{prompt} {question.answer} Z." in in_key[question.id]
            assert f"{prompt} richtig falsch" in on_sheet[question.id]
            assert "So steht es im Text" not in on_sheet[question.id]
        elif question.type == "gap_fill":
            for number, answer in enumerate(question.answer, start=1):
                assert f"({number}) {answer}" in key
                assert f"({number}) {answer}" not in sheet
    assert "Lösungen" in key and "Lösungen" not in sheet
    assert re.search(r"Z\. \d+", key) and not re.search(r"Z\. \d+", sheet)


@needs_weasyprint
@needs_poppler
def test_pdf_with_a_letter_stylesheet_prints_on_letter(tmp_path, seed_sheet):
    """There is no --page-size: Letter comes from a --templates folder with its own sheet.css."""
    from quizgen.exporters.html import builtin_templates

    css = (builtin_templates() / "sheet.css").read_text(encoding="utf-8")
    (tmp_path / "sheet.css").write_text(css.replace("size: A4", "size: letter"), encoding="utf-8")
    files = PdfExporter().render(seed_sheet, replace(Options(), templates=tmp_path))
    pdfs = write(tmp_path, files)
    pages, width, height = pdf_info(pdfs["worksheet"])
    assert abs(width - 612) < 1 and abs(height - 792) < 1 and 2 <= pages <= 8


@needs_weasyprint
def test_cli_writes_the_two_pdfs(tmp_path, seed_path):
    from quizgen.cli import main

    assert main(["build", str(seed_path), "-o", str(tmp_path), "--model", "offline", "-q", "--formats", "pdf"]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "nordkorea-raketen.answers.pdf", "nordkorea-raketen.worksheet.pdf"]
