"""Long articles: the worksheet prints an excerpt (first paragraph, cited paragraphs and their
headings, "[…]" between), numbered on its own so that the key's line references stay true."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from quizgen.config import Options
from quizgen.exporters.excerpt import EXCERPT_ABOVE, OMISSION, excerpt
from quizgen.exporters.html import HtmlExporter, build_context
from quizgen.exporters.layout import wrap
from quizgen.exporters.markdown_export import MarkdownExporter


def long_material():
    """60 paragraphs of 3–4 lines under six headings; questions on paragraphs 7, 31 and 55."""
    from quizgen.model import Analysis, Article, Material, Question, Sentence

    blocks, headings = ["Eine lange Geschichte"], []
    for number in range(1, 61):
        if number % 10 == 1:
            headings.append(len(blocks))
            blocks.append(f"Kapitel {number // 10 + 1}")
        blocks.append(" ".join(f"Absatz {number} Satz {k} erzählt von der Stadt und ihren vielen Brücken." for k in range(1, 5)))
    text = "\n\n".join(blocks)
    paragraphs, position = [], 0
    for block in blocks:
        start = text.index(block, position)
        paragraphs.append((start, start + len(block)))
        position = start + len(block)
    sentences = []
    for index, (start, end) in enumerate(paragraphs[1:], start=1):
        for match in re.finditer(r"[^.]+\.|[^.]+$", text[start:end]):
            s = start + match.start() + (len(match.group()) - len(match.group().lstrip()))
            sentences.append(Sentence(index=len(sentences), start=s, end=start + match.end(), text=text[s:start + match.end()],
                                      tokens=(), paragraph=index, is_heading=index in headings))
    article = Article(title="Eine lange Geschichte", text=text, source="lang.txt", stem="lang",
                      paragraphs=tuple(paragraphs), headings=tuple(headings), title_span=paragraphs[0])
    analysis = Analysis(article=article, sentences=tuple(sentences), entities=())

    def question(number: int, paragraph_number: int) -> Question:
        sentence = next(s for s in sentences if s.text.startswith(f"Absatz {paragraph_number} Satz 2 "))
        return Question(id=f"q{number:02d}", type="true_false", prompt=f"Aussage {number}.", answer="richtig",
                        sentence=sentence.index, evidence=sentence.text, options=("richtig", "falsch"))

    return Material(analysis=analysis, questions=(question(1, 7), question(2, 31), question(3, 55)))


def test_a_short_article_keeps_its_whole_text(seed_material):
    lines = wrap(seed_material.analysis)
    assert len(lines) <= EXCERPT_ABOVE and excerpt(seed_material, lines) is None
    context = build_context(seed_material, Options(), key=False)
    assert context["lines"] == lines
    assert [s["heading"] for s in context["sections"] if s["kind"] == "text"] == ["Lesetext"]


def test_a_long_article_prints_the_cited_paragraphs(tmp_path):
    material = long_material()
    whole = wrap(material.analysis)
    assert len(whole) > EXCERPT_ABOVE
    context = build_context(material, Options(), key=False)
    lines = context["lines"]
    assert [s["heading"] for s in context["sections"] if s["kind"] == "text"] == ["Lesetext (Auszug)"]
    assert len(lines) < len(whole) // 3
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    shown = " ".join(line.text for line in lines)
    for kept in ("Absatz 1 Satz 1", "Absatz 7 Satz 4", "Absatz 31 Satz 1", "Absatz 55 Satz 4",
                 "Kapitel 1", "Kapitel 4", "Kapitel 6"):
        assert kept in shown, kept
    for left_out in ("Absatz 2 ", "Absatz 8 ", "Absatz 30 ", "Absatz 60 ", "Kapitel 2"):
        assert left_out not in shown, left_out
    omissions = [k for k, line in enumerate(lines) if line.text == OMISSION]
    assert len(omissions) >= 4 and omissions[-1] == len(lines) - 1  # text left out at the end, too
    page = HtmlExporter().page(material, Options(), "worksheet")
    assert "Lesetext (Auszug)" in page and page.count(OMISSION) == len(omissions)


def test_the_key_cites_lines_of_the_excerpt():
    material = long_material()
    lines = build_context(material, Options(), key=False)["lines"]
    key = build_context(material, Options(), key=True)
    items = [item for section in key["sections"] for item in section["items"]]
    for item, question in zip(items, material.questions, strict=True):
        first, _, last = item["lines"].removeprefix("Z. ").partition("–")
        cited = " ".join(line.text for line in lines[int(first) - 1:int(last or first)])
        assert question.evidence in cited, (item["lines"], question.evidence)
    markdown = MarkdownExporter().render(material, Options())["lang.md"].decode("utf-8")
    assert "Lesetext (Auszug)" in markdown and "Absatz 31 Satz 2" in markdown and "Absatz 30 " not in markdown


def test_no_excerpt_when_the_questions_cite_most_of_the_text():
    material = long_material()
    sentences = material.analysis.sentences
    everywhere = tuple(replace(material.questions[0], id=f"q{k:02d}", sentence=s.index, evidence=s.text)
                       for k, s in enumerate(sentences) if s.text.startswith("Absatz") and " Satz 1 " in s.text)
    material = replace(material, questions=everywhere)
    assert excerpt(material, wrap(material.analysis)) is None
    assert build_context(material, Options(), key=False)["lines"] == wrap(material.analysis)


@pytest.mark.devdata
def test_long_wikipedia_articles_get_short_sheets(corpus_materials):
    shortened = 0
    for path, material in corpus_materials.items():
        whole = wrap(material.analysis)
        context = build_context(material, Options(), key=True)
        lines = context["lines"]
        if len(whole) > 3 * EXCERPT_ABOVE:
            assert len(lines) < len(whole) // 2, path.name
            shortened += 1
        by_number = {line.number: line.text for line in lines}
        for section in context["sections"]:
            for item in section["items"]:
                if item["type"] in ("true_false", "multiple_choice", "wh") and item["lines"]:
                    first, _, last = item["lines"].removeprefix("Z. ").partition("–")
                    cited = " ".join(by_number[n] for n in range(int(first), int(last or first) + 1))
                    assert item["evidence"].split()[0] in cited, (path.name, item["id"])
    assert shortened >= 3
