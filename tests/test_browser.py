"""The worksheet, the key and the self-check page in a real headless Chromium (Debian's).

Marked ``browser``: skipped where no Chromium is installed (`make test-fast` leaves them out);
CI installs chromium and poppler-utils and always runs them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from quizgen.config import Options
from quizgen.exporters.html import HtmlExporter

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)"),
]
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
]


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, seed_material):
    folder = tmp_path_factory.mktemp("pages")
    exporter = HtmlExporter()
    for page in ("worksheet", "answers", "quiz"):
        (folder / f"seed.{page}.html").write_text(exporter.page(seed_material, Options(), page), encoding="utf-8")
    return folder


def print_pdf(tmp_path: Path, page: Path) -> Path:
    pdf = tmp_path / (page.stem + ".pdf")
    chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    assert pdf.is_file() and pdf.stat().st_size > 1000
    return pdf


def pdf_pages(pdf: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [re.sub(r"\s+", " ", page) for page in text.split("\f") if page.strip()]


@pytest.mark.parametrize("page", ["worksheet", "answers"])
def test_prints_on_a4_with_a_sane_page_count(tmp_path, rendered, page):
    pdf = print_pdf(tmp_path, rendered / f"seed.{page}.html")
    pages = pdf_pages(pdf)
    assert 2 <= len(pages) <= 8
    size = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = (float(n) for n in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", size).groups())
    assert abs(width - 595) < 3 and abs(height - 842) < 3  # A4 in points


def test_no_question_is_split_from_its_options(tmp_path, rendered, seed_material):
    pages = pdf_pages(print_pdf(tmp_path, rendered / "seed.worksheet.html"))
    for number, question in enumerate(seed_material.questions, start=1):
        if question.type != "multiple_choice":
            continue
        head = f"{number}. " + " ".join(question.prompt.split()[:3])
        holders = [k for k, page in enumerate(pages) if head in page]
        assert len(holders) == 1, f"{question.id}: {head!r} found on pages {holders}"
        page = pages[holders[0]]
        for option in question.options:
            assert option in page, f"{question.id}: option {option!r} is on another page"


def test_screen_rendering_has_no_horizontal_overflow(tmp_path, rendered):
    harness = tmp_path / "measure.html"
    harness.write_text(
        "<!DOCTYPE html><html><body><iframe id=f src='" + (rendered / "seed.worksheet.html").as_uri()
        + "' style='width:800px;height:600px'></iframe><pre id=out></pre><script>"
        "document.getElementById('f').onload=function(){var d=this.contentDocument;"
        "document.getElementById('out').textContent='W='+d.documentElement.scrollWidth+' C='+d.documentElement.clientWidth;};"
        "</script></body></html>",
        encoding="utf-8",
    )
    dom = chromium(tmp_path, "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom", harness.as_uri()).stdout
    match = re.search(r"W=(\d+) C=(\d+)", dom)
    assert match, dom[-500:]
    assert int(match.group(1)) <= int(match.group(2))


def test_quiz_gives_feedback_on_a_click(tmp_path, rendered, seed_material):
    question = next(q for q in seed_material.questions if q.type == "true_false")
    wrong = "richtig" if question.answer == "falsch" else "falsch"
    harness = tmp_path / "click.html"
    harness.write_text(
        "<!DOCTYPE html><html><body><iframe id=f src='" + (rendered / "seed.quiz.html").as_uri()
        + "'></iframe><pre id=out></pre><script>"
        "document.getElementById('f').onload=function(){var d=this.contentDocument;"
        f"var box=d.getElementById('box-{question.id}');"
        f"var inputs=box.querySelectorAll('input[type=radio]');var hit=null;"
        f"inputs.forEach(function(i){{if(i.value==='{wrong}'){{hit=i;}}}});hit.click();"
        "var first=box.querySelector('.feedback').textContent;"
        f"inputs.forEach(function(i){{if(i.value==='{question.answer}'){{hit=i;}}}});hit.click();"
        "document.getElementById('out').textContent='FIRST='+first+' THEN='+box.querySelector('.feedback').textContent"
        "+' SCORE='+d.getElementById('score').textContent;};"
        "</script></body></html>",
        encoding="utf-8",
    )
    dom = chromium(tmp_path, "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom", harness.as_uri()).stdout
    assert "FIRST=Leider falsch." in dom, dom[-800:]
    assert "THEN=Richtig!" in dom and "SCORE=1 von" in dom
