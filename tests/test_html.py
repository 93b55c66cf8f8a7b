"""Worksheet, key and self-check page, parsed: structure, escaping, options."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.config import Options
from quizgen.exporters.comprehension import without_lead
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
        # a "Welches Wort passt?" item is printed without its lead, which its task's instruction asks
        shown = without_lead(question.prompt) if question.focus == "vocabulary" else question.prompt
        prompt = re.sub(r"\s*___\(\d+\)___\s*", " ", shown)
        assert " ".join(prompt.split()[:6]) in re.sub(r"\s*\(\d+\)\s*", " ", sheet)
        answers = [question.answer] if isinstance(question.answer, str) else list(question.answer)
        for answer in answers:
            assert answer in key, (question.id, answer)


def test_the_sheet_never_shows_a_solution(seed_pages):
    sheet = Page(seed_pages["worksheet"])
    assert "answer" not in sheet.classes and "solution" not in sheet.classes
    assert "Lösung" not in sheet.plain


def test_the_sheet_never_shows_a_solution_of_any_type():
    material = curie_material()
    sheet = Page(pages(material)["worksheet"])
    assert "answer" not in sheet.classes and "solution" not in sheet.classes and "filled" not in sheet.classes
    assert "Z. " not in sheet.plain and "Über Kinder" not in sheet.plain and "Sie zog 1891" not in sheet.plain
    wh = next(q for q in material.questions if q.type == "wh")
    only_wh = Page(pages(material, replace(Options(), no_text=True, sections=("wh",)))["worksheet"]).plain
    assert wh.prompt in only_wh and wh.answer not in only_wh


def test_header_numbering_and_line_numbers(seed_pages, seed_material):
    sheet = Page(seed_pages["worksheet"])
    for field in ("Name:", "Klasse:", "Datum:"):
        assert field in sheet.plain
    tasks = re.findall(r"Aufgabe (\d+):", sheet.plain)
    assert tasks == [str(n) for n in range(1, len(tasks) + 1)] and len(tasks) >= 3
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


def test_options_no_text_sections_title_templates(tmp_path):
    custom = tmp_path / "tpl"
    custom.mkdir()
    (custom / "section_wh.html.j2").write_text("<section><h2>Eigene W-Fragen</h2></section>", encoding="utf-8")
    options = replace(
        Options(), no_text=True, sections=("wh", "true_false"), title="Mein <Titel>", templates=custom
    )
    html = pages(curie_material(), options)["worksheet"]
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
    glossed = any(item.gloss for item in seed_material.vocabulary[:16])
    heading = "Bedeutung" if glossed else "Bedeutung (ergänze)"
    assert f"<th>Wort</th><th>Artikel</th><th>Plural</th><th>Wortart</th><th>{heading}</th>" in html
    noun = next(item for item in seed_material.vocabulary if item.pos == "NOUN" and item.plural)
    row = f"<td>{noun.lemma}</td><td>{noun.article}</td><td>{noun.plural.removeprefix('die ')}</td><td>Nomen</td>"
    assert row in html


def vocabulary_table_rows(html: str) -> list[list[str]]:
    """The vocabulary table's rows as cell texts (tags dropped)."""
    table = html[html.index('<table class="vocab">'):html.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.DOTALL)
    return [[re.sub(r"<[^>]+>", " ", cell).split("  ")[0].strip() for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)]
            for row in rows]


def test_vocabulary_table_follows_the_text_with_line_numbers(seed_material):
    """Rows in the order the words first occur, each with the line of that first occurrence:
    the word (one of its forms) stands on that line of the printed text."""
    from quizgen.exporters.html import build_context, vocabulary_row

    context = build_context(seed_material, Options(), key=False)
    lines = {line.number: line.text for line in context["lines"]}
    section = next(section for section in context["sections"] if section["kind"] == "vocabulary")
    rows = section["rows"]
    numbers = [int(row["line"]) for row in rows]
    assert len(rows) >= 8 and numbers == sorted(numbers)
    for row in rows:
        item = next(i for i in seed_material.vocabulary if vocabulary_row(i)["word"] == row["word"])
        first = min(item.occurrences, key=lambda occurrence: occurrence.start)
        form = seed_material.analysis.article.text[first.start:first.end]
        assert form in lines[int(row["line"])], (row, form)
    table = vocabulary_table_rows(pages(seed_material)["worksheet"])
    assert table[0][0] == "Z." and [int(row[0]) for row in table[1:]] == numbers
    # the frequency ranking still chooses the words; only their order changed
    assert {row["word"] for row in rows} == {vocabulary_row(item)["word"] for item in seed_material.vocabulary[:16]}


def test_vocabulary_without_glosses_is_a_task(seed_material):
    bare = replace(seed_material, vocabulary=tuple(replace(item, gloss=()) for item in seed_material.vocabulary))
    html = pages(bare)["worksheet"]
    assert "<th>Bedeutung (ergänze)</th>" in html and "<th>Bedeutung</th>" not in html
    table = vocabulary_table_rows(html)
    assert all(row[-1] == "" for row in table[1:])
    assert html.count('<td class="fill"></td>') == len(table) - 1
    glossed = pages(seed_material)["worksheet"]
    if any(item.gloss for item in seed_material.vocabulary[:16]):
        assert "<th>Bedeutung</th>" in glossed and "(ergänze)" not in glossed


def test_vocabulary_without_the_text_has_no_line_column(seed_material):
    html = pages(seed_material, replace(Options(), no_text=True))["worksheet"]
    table = vocabulary_table_rows(html)
    assert table[0][0] == "Wort" and len(table) > 5


CURIE = (
    "Marie Curie\n\n"
    "Marie Curie wurde 1867 in Warschau geboren. Als junge Frau durfte sie in Polen nicht studieren.\n\n"
    "1891 zog sie nach Paris und studierte an der Sorbonne Physik und Mathematik. Dort lernte sie "
    "den Physiker Pierre Curie kennen, den sie 1895 heiratete.\n\n"
    "1903 erhielt sie zusammen mit ihrem Mann den Nobelpreis für Physik. Acht Jahre später bekam "
    "sie als erster Mensch einen zweiten Nobelpreis, diesmal für Chemie.\n\n"
    "Marie Curie starb 1934 an den Folgen der Strahlung, mit der sie ein Leben lang gearbeitet hatte."
)


def curie_material():
    """A hand-built Material with every question type, a three-way statement and hostile text."""
    from quizgen.model import Analysis, Article, Material, Question, Sentence, VocabItem

    text = CURIE
    paragraphs, position = [], 0
    for block in text.split("\n\n"):
        start = text.index(block, position)
        paragraphs.append((start, start + len(block)))
        position = start + len(block)
    sentences, index = [], 0
    for number, (start, end) in enumerate(paragraphs[1:], start=1):
        for match in re.finditer(r"[^.]+\.", text[start:end]):
            s, e = start + match.start(), start + match.end()
            while text[s] == " ":
                s += 1
            sentences.append(Sentence(index=index, start=s, end=e, text=text[s:e], tokens=(), paragraph=number))
            index += 1
    article = Article(title="Marie Curie", text=text, source="curie.txt", stem="curie",
                      paragraphs=tuple(paragraphs), title_span=paragraphs[0])
    analysis = Analysis(article=article, sentences=tuple(sentences), entities=())
    s = [sentence.text for sentence in sentences]
    questions = (
        Question(id="q01", type="true_false", prompt="Marie Curie ist in Warschau geboren.", answer="richtig",
                 sentence=0, evidence=s[0], options=("richtig", "falsch", "steht nicht im Text")),
        Question(id="q02", type="true_false", prompt="Marie Curie hatte drei Kinder.", answer="steht nicht im Text",
                 sentence=1, evidence=s[1], options=("richtig", "falsch", "steht nicht im Text"),
                 explanation="Über Kinder sagt der Text nichts."),
        Question(id="q03", type="multiple_choice", prompt="Wo studierte Marie Curie?",
                 options=("in Warschau", "an der Sorbonne", "in London", "in Berlin"), answer="an der Sorbonne",
                 sentence=2, evidence=s[2], explanation="Sie zog 1891 nach Paris."),
        Question(id="q04", type="wh", prompt="Wofür bekam sie den zweiten Nobelpreis?", answer="für Chemie",
                 sentence=5, evidence=s[5]),
        Question(id="q05", type="gap_fill",
                 prompt="1903 erhielt sie zusammen mit ihrem Mann den ___(1)___ für Physik. Acht Jahre später "
                        "bekam sie als erster ___(2)___ einen zweiten Nobelpreis, diesmal für Chemie.",
                 answer=("Nobelpreis", "Mensch"), sentence=4, evidence=f"{s[4]} {s[5]}",
                 word_bank=("Folgen", "Mensch", "Nobelpreis", "Strahlung")),
        Question(id="q06", type="matching", prompt="Ordne die Wörter ihrer Bedeutung zu.",
                 prompt_items=("der Nobelpreis", "die Strahlung", "heiraten"),
                 options=("to marry", "radiation", "<b>x</b> & {y}", "Nobel Prize", "=SUM(A1)"),
                 answer=("Nobel Prize", "radiation", "to marry"), sentence=4, evidence=s[4]),
        Question(id="q07", type="ordering", prompt="Bringe die Ereignisse in die Reihenfolge des Textes.",
                 prompt_items=(s[3], s[0], s[6], s[2]), answer=(s[0], s[2], s[3], s[6]), sentence=0,
                 evidence=" ".join((s[0], s[2], s[3], s[6]))),
    )
    vocabulary = (
        VocabItem(lemma="Nobelpreis", pos="NOUN", article="der", plural="die Nobelpreise", gloss=("Nobel Prize",)),
        VocabItem(lemma="kennenlernen", pos="VERB", separable_prefix="kennen", gloss=("to get to know",),
                  verb_forms=("lernt kennen", "lernte kennen", "hat kennengelernt")),
        VocabItem(lemma="Strahlung", pos="NOUN", article="die", plural="die Strahlungen", gloss=("radiation",)),
    )
    return Material(analysis=analysis, vocabulary=vocabulary, questions=questions, level="B1")


@pytest.fixture(scope="module")
def curie_pages():
    return pages(curie_material())


def test_three_way_statements_points_and_counted_instructions(curie_pages):
    sheet = Page(curie_pages["worksheet"]).plain
    assert "Kreuze an: richtig, falsch oder steht nicht im Text?" in sheet
    assert sheet.count("steht nicht im Text") == 3  # instruction + one box per statement
    assert "Zwei Wörter bleiben übrig." in sheet  # 4 words in the box, 2 gaps
    assert "Nummeriere von 1 bis 4." in sheet
    points = [int(n) for n in re.findall(r"___ / (\d+) P\.", sheet)]
    assert points == [2, 1, 2, 4, 2, 3]  # tf, mc, wh, places, gaps, pairs (ordering before the word tasks)
    assert f"/ {sum(points)} Punkte" in sheet
    key = Page(curie_pages["answers"]).plain
    assert "steht nicht im Text" in key and "Über Kinder sagt der Text nichts." in key
    assert "(2 P.)" in key and f"Gesamt: {sum(points)} Punkte" in key


def test_key_gives_letters_places_and_the_lines_of_a_passage(curie_pages):
    from quizgen.exporters.layout import sentence_lines, wrap

    material = curie_material()
    key = Page(curie_pages["answers"]).plain
    assert "b) an der Sorbonne" in key
    assert "d) der Nobelpreis" in key and "b) die Strahlung" in key and "a) heiraten" in key
    # ordering: the shuffled events get their places 3, 1, 4, 2
    assert re.findall(r'<span class="answer">(\d)\.</span>', curie_pages["answers"]) == ["3", "1", "4", "2"]
    spans = sentence_lines(material.analysis, wrap(material.analysis))
    first, last = spans[4][0], spans[5][1]
    assert first < last and f"Z. {first}–{last}" in key  # the gap text spans two sentences


def test_hostile_text_is_escaped_everywhere(curie_pages):
    for name, html in curie_pages.items():
        assert "<b>x</b>" not in html, name
    assert "&lt;b&gt;x&lt;/b&gt; &amp; {y}" in curie_pages["worksheet"]


def test_vocabulary_marks_separable_verbs(curie_pages):
    assert "<td>kennen·lernen<br><small>lernt kennen, lernte kennen, hat kennengelernt</small></td>" in curie_pages["worksheet"]
    assert "<td>Nobelpreis</td><td>der</td><td>Nobelpreise</td><td>Nomen</td>" in curie_pages["worksheet"]


def _article_analysis(paragraphs: list[str]):
    from quizgen.model import Analysis, Article, Sentence

    text = "\n\n".join(paragraphs)
    spans, position = [], 0
    for block in paragraphs:
        spans.append((position, position + len(block)))
        position += len(block) + 2
    article = Article(title="T", text=text, source="t", stem="t", paragraphs=tuple(spans))
    sentences = tuple(Sentence(index=k, start=a, end=b, text=text[a:b], tokens=(), paragraph=k)
                      for k, (a, b) in enumerate(spans) if text[a:b].strip())
    return Analysis(article=article, sentences=sentences, entities=())


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ„“.,-", min_size=1, max_size=90)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=40).map(" ".join), min_size=1, max_size=5))
def test_layout_keeps_every_word_in_order_within_the_width(paragraphs):
    from quizgen.exporters.layout import LINE_WIDTH, sentence_lines, wrap

    analysis = _article_analysis(paragraphs)
    lines = wrap(analysis)
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    assert all(0 < len(line.text) <= LINE_WIDTH for line in lines)
    assert "".join("".join(line.text.split()) for line in lines) == "".join("".join(paragraphs).split())
    assert sum(line.paragraph_start for line in lines) == len(paragraphs)
    spans = sentence_lines(analysis, lines)
    for sentence in analysis.sentences:
        first, last = spans[sentence.index]
        assert "".join(line.text.replace(" ", "") for line in lines[first - 1 : last]) == "".join(sentence.text.split())


def test_a_question_type_without_a_template_still_renders():
    material = curie_material()
    extra = replace(material.questions[3], id="q08", type="summary", prompt="Fasse den Text in zwei Sätzen zusammen.",
                    answer="Marie Curie war eine Forscherin.")
    material = replace(material, questions=(*material.questions, extra))
    options = replace(Options(), sections=(*Options().sections, "summary"))
    sheet, key = (Page(pages(material, options)[name]).plain for name in ("worksheet", "answers"))
    assert "Fasse den Text in zwei Sätzen zusammen." in sheet and "Marie Curie war eine Forscherin." not in sheet
    assert "Aufgabe 8: Summary" in sheet and "Marie Curie war eine Forscherin." in key


def test_the_sheet_names_its_source_without_the_teachers_folders(seed_material):
    """Readers found an internal /tmp path printed as every sheet's "Quelle": a file is named by
    its name, an address in full, stdin not at all (the review page keeps the whole path)."""
    from quizgen.exporters.markdown_export import render_markdown

    for source, shown in (("/tmp/tmpab12/texte/nordkorea.txt", "Quelle: nordkorea.txt"),
                          ("https://example.org/artikel?id=3", "Quelle: https://example.org/artikel?id=3"),
                          ("<stdin>", None)):
        article = replace(seed_material.article, source=source)
        material = replace(seed_material, analysis=replace(seed_material.analysis, article=article))
        sheet = Page(pages(material)["worksheet"]).plain
        markdown = render_markdown(material, Options()).replace("\\", "")
        for text in (sheet, markdown):
            assert "/tmp" not in text and "stdin" not in text
            if shown:
                assert shown in text
            else:
                assert "Quelle:" not in text and "Niveau (geschätzt)" in text
