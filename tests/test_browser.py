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
    from test_html import curie_material

    folder = tmp_path_factory.mktemp("pages")
    exporter = HtmlExporter()
    for stem, material in (("seed", seed_material), ("curie", curie_material())):
        for page in ("worksheet", "answers", "quiz"):
            (folder / f"{stem}.{page}.html").write_text(exporter.page(material, Options(), page), encoding="utf-8")
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


def words(text: str, count: int, last: bool = False) -> str:
    parts = " ".join(text.split()).split()
    return " ".join(parts[-count:] if last else parts[:count])


def numbered(material, options: Options | None = None):
    """(number, question, prompt as printed) in the order of the sheet: the tasks run from global
    to vocabulary, and a "Welches Wort passt?" item is printed without its lead question."""
    from quizgen.exporters.html import build_context

    context = build_context(material, options or Options(), key=False)
    by_id = {question.id: question for question in material.questions}
    return [(item["number"], by_id[item["id"]], item["prompt"])
            for section in context["sections"] for item in section["items"]]


def markers(number: int, question, prompt: str) -> tuple[str, str]:
    """Text at the start and at the end of a question's box on the printed sheet."""
    prompt = prompt.split("___(")[0]
    if question.type == "multiple_choice":
        return f"{number}. {words(prompt, 3)}", question.options[-1]
    if question.type == "gap_fill":
        return " ".join(question.word_bank[:2]), words(question.prompt.split(")___")[-1], 2, last=True)
    if question.type == "matching":
        return question.prompt_items[0], question.options[-1]
    if question.type == "ordering":
        return words(question.prompt_items[0], 3), words(question.prompt_items[-1], 3, last=True)
    return f"{number}. {words(prompt, 3)}", words(prompt, 3, last=True)


@pytest.mark.parametrize("stem", ["seed", "curie"])
def test_no_question_box_is_split_across_pages(tmp_path, rendered, seed_material, stem):
    from test_html import curie_material

    material = seed_material if stem == "seed" else curie_material()
    pages = pdf_pages(print_pdf(tmp_path, rendered / f"{stem}.worksheet.html"))
    assert len(pages) >= (2 if stem == "seed" else 1)
    for number, question, prompt in numbered(material):
        head, tail = markers(number, question, prompt)
        holders = [k for k, page in enumerate(pages) if head in page]
        assert len(holders) >= 1, f"{question.id}: {head!r} not found"
        assert any(tail in pages[k][pages[k].index(head):] for k in holders), (
            f"{question.id}: {head!r} and {tail!r} are on different pages")


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


def test_quiz_gives_feedback_on_a_click(tmp_path, rendered):
    from test_html import curie_material

    # the hand-made sheet: the seed's own statements depend on what the generator finds safe
    question = next(q for q in curie_material().questions if q.type == "true_false")
    wrong = "richtig" if question.answer == "falsch" else "falsch"
    harness = tmp_path / "click.html"
    harness.write_text(
        "<!DOCTYPE html><html><body><iframe id=f src='" + (rendered / "curie.quiz.html").as_uri()
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


def test_quiz_gap_text_and_ordering_use_drop_downs(tmp_path, rendered):
    from test_html import curie_material

    material = curie_material()
    gap = next(q for q in material.questions if q.type == "gap_fill")
    order = next(q for q in material.questions if q.type == "ordering")
    places = [str(order.answer.index(item) + 1) for item in order.prompt_items]
    harness = tmp_path / "select.html"
    harness.write_text(
        "<!DOCTYPE html><html><body><iframe id=f src='" + (rendered / "curie.quiz.html").as_uri()
        + "'></iframe><pre id=out></pre><script>"
        "document.getElementById('f').onload=function(){var d=this.contentDocument;"
        "function fill(id,values){values.forEach(function(v,i){d.getElementById(id+'-sel-'+i).value=v;});"
        "d.getElementById(id+'-check').click();return d.querySelector('#box-'+id+' .feedback').textContent;}"
        f"var wrong=fill('{gap.id}',{list(reversed(gap.answer))!r});"
        f"var right=fill('{gap.id}',{list(gap.answer)!r});"
        f"var order=fill('{order.id}',{places!r});"
        "document.getElementById('out').textContent='WRONG='+wrong+' RIGHT='+right+' ORDER='+order"
        "+' SCORE='+d.getElementById('score').textContent;};"
        "</script></body></html>",
        encoding="utf-8",
    )
    dom = chromium(tmp_path, "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom", harness.as_uri()).stdout
    assert "WRONG=Leider falsch. 0 von 2 richtig. Lösung: (1) Nobelpreis · (2) Mensch" in dom, dom[-800:]
    assert "RIGHT=Richtig!" in dom and "ORDER=Richtig!" in dom and "SCORE=2 von 7 richtig" in dom


def test_a_letter_stylesheet_from_templates_prints_on_us_letter(tmp_path, seed_material):
    """--templates DIR can override sheet.css; the layout (180 mm wide) also fits US Letter."""
    from dataclasses import replace

    from quizgen.exporters.html import builtin_templates

    custom = tmp_path / "letter"
    custom.mkdir()
    css = (builtin_templates() / "sheet.css").read_text(encoding="utf-8")
    assert "size: A4" in css
    (custom / "sheet.css").write_text(css.replace("size: A4", "size: letter"), encoding="utf-8")
    page = tmp_path / "seed.worksheet.html"
    page.write_text(HtmlExporter().page(seed_material, replace(Options(), templates=custom), "worksheet"), encoding="utf-8")
    pdf = print_pdf(tmp_path, page)
    size = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = (float(n) for n in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", size).groups())
    assert abs(width - 612) < 3 and abs(height - 792) < 3  # US Letter in points
    pages = pdf_pages(pdf)
    for number, question, prompt in numbered(seed_material):
        head, tail = markers(number, question, prompt)
        assert any(head in text and tail in text[text.index(head):] for text in pages), question.id


def run_in_quiz(tmp_path: Path, page: Path, script: str) -> str:
    """Load a self-check page in an iframe, run ``script`` (with ``d``, the page's document) and
    return what it wrote into OUT."""
    harness = tmp_path / "harness.html"
    harness.write_text(
        "<!DOCTYPE html><html><body><iframe id=f src='" + page.as_uri() + "'></iframe><pre id=out></pre><script>"
        "document.getElementById('f').onload=function(){var d=this.contentDocument;var out=[];"
        + script + "document.getElementById('out').textContent='OUT['+out.join('|')+']';};</script></body></html>",
        encoding="utf-8",
    )
    dom = chromium(tmp_path, "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom", harness.as_uri()).stdout
    match = re.search(r"OUT\[(.*?)\]", dom, re.DOTALL)
    assert match, dom[-800:]
    return match.group(1)


def verdicts_in_quiz(tmp_path: Path, page: Path, tries: list[str], ids: list[str]) -> list[str]:
    """Type each answer of ``tries`` into the W-question ``ids[k]`` of a self-check page, press its
    check button and return the verdicts the page shows ("Richtig", "Leider falsch")."""
    import json

    script = (
        f"var tries={json.dumps(tries)};var ids={json.dumps(ids)};"
        "tries.forEach(function(value,k){var id=ids[k];d.getElementById(id+'-in-0').value=value;"
        "d.getElementById(id+'-check').click();"
        "out.push(d.getElementById('box-'+id).querySelector('.feedback').textContent.split('!')[0].split('.')[0]);});"
    )
    return run_in_quiz(tmp_path, page, script).split("|")


def test_quiz_accepts_answer_variants_and_shows_the_evidence(tmp_path):
    """A W-question is right with the model answer or a variant, in any case, with quotes,
    punctuation and spaces around it, umlauts written as ue; a number that only contains the
    answer's digits is not."""
    import json

    from test_comprehension_exports import comprehension_material

    material = comprehension_material()
    page = tmp_path / "curie.quiz.html"
    page.write_text(HtmlExporter().page(material, Options(), "quiz"), encoding="utf-8")
    tries = ["  „IM JAHR 1891“. ", "189", "1891!", "Chemie", "fuer chemie", "Physik", "den  Nobelpreis für  Chemie"]
    ids = ["q22", "q22", "q22", "q04", "q04", "q04", "q04"]
    script = (
        f"var tries={json.dumps(tries)};var ids={json.dumps(ids)};"
        "tries.forEach(function(value,k){var id=ids[k];d.getElementById(id+'-in-0').value=value;"
        "d.getElementById(id+'-check').click();"
        "var box=d.getElementById('box-'+id);"
        "out.push(box.querySelector('.feedback').textContent.split('!')[0].split('.')[0]+' @ '"
        "+box.querySelector('.evidence').textContent);});"
        "out.push('SCORE '+d.getElementById('score').textContent);"
        "out.push('TASKS '+Array.prototype.map.call(d.querySelectorAll('h2.task-title'),function(h){return h.textContent;}).join(' / '));"
    )
    results = run_in_quiz(tmp_path, page, script).split("|")
    verdicts = [result.split(" @ ")[0] for result in results[:7]]
    assert verdicts == ["Richtig", "Leider falsch", "Richtig", "Richtig", "Richtig", "Leider falsch", "Richtig"], results
    wh = next(q for q in material.questions if q.id == "q22")
    evidence = results[0].split(" @ ")[1]
    assert evidence.startswith("Im Text (Z. ") and f"„{wh.evidence}“" in evidence
    assert results[7].startswith("SCORE 2 von")  # q22 and q04 were last answered right
    tasks = results[8]
    assert tasks.index("Worum geht es in den Absätzen?") < tasks.index("Richtig oder falsch?")
    assert tasks.index("Fragen zum Text") < tasks.index("Wortschatz: Welches Wort passt?")


def test_quiz_shows_the_model_answer_of_an_open_question_and_takes_the_learners_verdict(tmp_path, nlp):
    """A question heading is answered in the learner's words: the page shows the model answer on
    request, and the learner's own verdict counts in the score."""
    from test_headings import IGEL

    from quizgen.analysis import analyze
    from quizgen.pipeline import build_material
    from quizgen.reading import read_article

    source = tmp_path / "Igel.txt"
    source.write_text(IGEL, encoding="utf-8")
    material = build_material(analyze(nlp, read_article(source)), Options())
    question = next(q for q in material.questions if q.open_answer)
    page = tmp_path / "igel.quiz.html"
    page.write_text(HtmlExporter().page(material, Options(), "quiz"), encoding="utf-8")
    script = (
        f"var id='{question.id}';var box=d.getElementById('box-'+id);"
        "out.push(box.querySelector('textarea')?'AREA':'NOAREA');"
        "out.push(box.querySelector('.verdict').hidden?'HIDDEN':'SHOWN');"
        "d.getElementById(id+'-check').click();"
        "out.push(box.querySelector('.feedback').textContent);"
        "out.push(box.querySelector('.verdict').hidden?'HIDDEN':'SHOWN');"
        "d.getElementById(id+'-same').click();"
        "out.push(box.querySelector('.feedback').textContent);"
        "out.push(d.getElementById('score').textContent);"
    )
    area, before, shown, after_show, verdict, score = run_in_quiz(tmp_path, page, script).split("|")
    assert (area, before, after_show) == ("AREA", "HIDDEN", "SHOWN")
    assert shown == f"Musterantwort: {question.answer}"
    assert verdict.startswith("Richtig!") and question.answer in verdict
    assert score.startswith("1 von")


def test_quiz_global_task_and_word_choice_work(tmp_path):
    import json

    from test_comprehension_exports import STATEMENTS, comprehension_material

    material = comprehension_material()
    overall = next(q for q in material.questions if q.skill == "global")
    page = tmp_path / "curie.quiz.html"
    page.write_text(HtmlExporter().page(material, Options(), "quiz"), encoding="utf-8")
    script = (
        f"var right={json.dumps(list(overall.answer))};"
        "right.forEach(function(v,i){d.getElementById('q20-sel-'+i).value=v;});"
        "d.getElementById('q20-check').click();"
        "var box=d.getElementById('box-q20');"
        "out.push(box.querySelector('.feedback').textContent);out.push(box.querySelector('.evidence').textContent);"
        "out.push(d.querySelectorAll('#q20-sel-0 option').length);"
        "var word=d.getElementById('box-q21');word.querySelector('input[value=lebte]').click();"
        "out.push(word.querySelector('.feedback').textContent);"
        "out.push(Array.prototype.map.call(d.querySelectorAll('.pno'),function(n){return n.textContent;}).join(''));"
    )
    feedback, evidence, options, word, numbers = run_in_quiz(tmp_path, page, script).split("|")
    assert feedback.startswith("Richtig!")
    assert evidence.startswith("Im Text: Absatz 1: Z. 1")
    assert int(options) == len(STATEMENTS) + 1  # every statement and the empty choice
    assert word.startswith("Leider falsch. Richtig ist: starb.") and "Im Text steht" not in word
    assert numbers == "1234"


QUIZ_ANSWER = (
    "var data=JSON.parse(d.getElementById('quiz-data').textContent);"
    "function answer(q,right){var box=d.getElementById('box-'+q.id);"
    "if(q.type==='true_false'||q.type==='multiple_choice'){var pick=null;"
    "box.querySelectorAll('input[type=radio]').forEach(function(i){if(!pick&&(i.value===q.answer)===right){pick=i;}});pick.click();}"
    "else if(q.type==='gap_fill'||q.type==='matching'||q.type==='ordering'){"
    "var want=q.type==='ordering'?q.order.map(String):q.answers;"
    "want.forEach(function(v,i){d.getElementById(q.id+'-sel-'+i).value=right?v:'';});d.getElementById(q.id+'-check').click();}"
    "else{q.answers.forEach(function(a,i){d.getElementById(q.id+'-in-'+i).value=right?a:'xyzzy';});"
    "d.getElementById(q.id+'-check').click();}}"
    "function shown(){return [d.getElementById('result').hidden?'hidden':'shown',d.getElementById('score').textContent,"
    "d.getElementById('result-total').textContent,d.getElementById('result-first').textContent].join(' ~ ');}"
    "function filled(sel){return Array.prototype.filter.call(d.querySelectorAll(sel),function(n){return n.textContent;}).length;}"
)


def test_quiz_shows_the_score_at_the_end_and_lets_the_learner_try_again(tmp_path, rendered, seed_material):
    """Answer every question (the first half right, the rest wrong): the result appears only
    then, with the first-try score; each answer shows its evidence; "Falsche Antworten noch
    einmal" clears only the wrong ones, which answered right give full marks (the first-try
    score stays); "Alles noch einmal" clears everything."""
    total = len(seed_material.questions)
    half = total // 2
    script = QUIZ_ANSWER + (
        f"data.questions.forEach(function(q,k){{if(k==={half}){{out.push(shown());}}answer(q,k<{half});}});"
        "out.push(shown());out.push(filled('.qz .evidence'));"
        "d.getElementById('retry-wrong').click();out.push(shown());out.push(filled('.qz .feedback'));"
        f"data.questions.forEach(function(q,k){{if(k>={half}){{answer(q,true);}}}});out.push(shown());"
        "out.push(d.getElementById('retry-wrong').hidden);"
        "d.getElementById('retry-all').click();out.push(shown());out.push(filled('.qz .feedback'));"
    )
    midway, done, evidence, retried, feedbacks, redone, no_wrong, fresh, cleared = run_in_quiz(
        tmp_path, rendered / "seed.quiz.html", script).split("|")
    assert midway.startswith("hidden ~ ") and f"{half} von {total} richtig" in midway
    assert done.startswith(f"shown ~ {half} von {total} richtig")
    assert f"Ergebnis: {half} von {total} richtig ({round(100 * half / total)} %)." in done
    assert f"Beim ersten Versuch richtig: {half} von {total}." in done
    with_evidence = [q for q in seed_material.questions if q.evidence]
    assert int(evidence) >= len(with_evidence) > 0  # every answered question shows where it stands
    assert retried.startswith("hidden ~ ") and int(feedbacks) == half  # only the wrong ones were cleared
    assert f"Ergebnis: {total} von {total} richtig (100 %). Sehr gut!" in redone
    assert f"Beim ersten Versuch richtig: {half} von {total}." in redone and no_wrong == "true"
    assert fresh.startswith("hidden ~  ~") and cleared == "0"


def loose_ends(pages: list[str], material) -> list[str]:
    """Pages that carry only the total and the footer, or end with a task's heading (its
    points and instruction) and nothing of the task."""
    from quizgen.exporters.html import build_context

    sections = [section for section in build_context(material, Options(), key=False)["sections"] if section["number"]]
    found = []
    for number, page in enumerate(pages, start=1):
        rest = re.sub(r"Gesamt: [_ ]*(/ )?\d+ Punkte|Erstellt mit quizgen \S+\.|Zeilenangaben \(Z\.\)[^.]*\.", "", page)
        if not rest.strip():
            found.append(f"page {number}: only the footer")
        for section in sections:
            head = f"Aufgabe {section['number']}: {section['heading']}"
            if head not in page:
                continue
            after = page[page.rindex(head) + len(head):]
            after = re.sub(r"^\s*(___ / \d+ P\.|\(\d+ P\.\))?", "", after).replace(section["instruction"], "", 1)
            if not after.strip():
                found.append(f"page {number} ends with the heading of task {section['number']}")
    return found


@pytest.mark.parametrize("page", ["worksheet", "answers"])
def test_no_page_with_only_the_footer_or_a_lone_heading(tmp_path, rendered, seed_material, page):
    """Printed as it is and pushed down by 45 and 90 mm (other page breaks, as another text
    would give): no loose ends, and the last page holds the last task's last question."""
    html = (rendered / f"seed.{page}.html").read_text(encoding="utf-8")
    last_number, last_question, last_prompt = numbered(seed_material)[-1]
    head, _ = markers(last_number, last_question, last_prompt)
    if page == "answers" and last_question.type == "gap_fill":
        head = str(last_question.answer[-1])  # the key prints the gaps filled in, not the word box
    for shift in (0, 45, 90):
        shifted = tmp_path / f"seed-{shift}.{page}.html"
        shifted.write_text(html.replace("<header>", f'<div style="height:{shift}mm"></div><header>', 1), encoding="utf-8")
        pages = pdf_pages(print_pdf(tmp_path, shifted))
        assert loose_ends(pages, seed_material) == [], (shift, len(pages))
        assert "Erstellt mit quizgen" in pages[-1] and head in pages[-1], (shift, pages[-1][:300])
