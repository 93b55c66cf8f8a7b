"""Issue 12, round 23: the global task's lines say what a whole paragraph is about.

Readers found lines that restate one detail ("Wohin die Aare geleitet wurde" above the paragraph
on how the floods were stopped), a place misread from a text ("Wo Gott sechs Tage brauchte" from
"Im Alten Testament brauchte Gott sechs Tage"), a paragraph left out of the list in silence,
a heading that names no content ("Gliederung", "Statistik") and a left-over heading that fits a
section ("Tourismus" beside the tourists of "Statistik").
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.generation.global_task import (
    PARAGRAPH_PROMPT,
    Part,
    _akin,
    _fold,
    _good_heading,
    _mentions,
    _missing,
    global_task,
)
from quizgen.generation.reparse import names_of
from quizgen.reading import read_article

KLEXIKON = Path(__file__).resolve().parent.parent.parent / "shared" / "devdata" / "articles" / "klexikon"


def _task(nlp, name: str):
    path = KLEXIKON / f"{name}.txt"
    if not path.exists():
        pytest.skip("devdata articles are not available here")
    analysis = analyze(nlp, read_article(path))
    with names_of(analysis):
        (question,) = global_task(analysis, random.Random(1), topic_lines=True)
    return analysis, question


@pytest.mark.parametrize("name", ["Gliederung", "Statistik", "Allgemeines", "Daten"])
def test_a_heading_that_names_no_content_is_not_asked(name):
    assert not _good_heading(name)


@pytest.mark.parametrize("name", ["Frühe Nutzung", "Freizeit und Erholung", "Tourismus", "Aussprache"])
def test_a_heading_that_names_its_content_is_asked(name):
    assert _good_heading(name)


def test_a_left_over_heading_must_not_fit_by_a_word_of_its_family():
    """"Tourismus" was left over beside a section on how many tourists come: it fits that one."""
    assert _akin("Jedes Jahr kommen rund 200.000 Touristen auf die Inseln.", frozenset({"tourismus"}))
    assert not _akin("Auf den Inseln leben viele Vögel und Echsen.", frozenset({"tourismus"}))
    assert not _akin("Die Touren dauern eine Woche.", frozenset({"tourismus"}))  # four letters are no family


def test_the_flood_paragraph_is_named_by_its_floods(nlp):
    """Klexikon's Aare: the paragraph that names the floods twice is about them, not about the
    canal the river was led into; the one on the source names the river's course."""
    _, question = _task(nlp, "Aare")
    lines = dict(zip(question.prompt_items, question.answer, strict=True))
    assert "Überschwemmungen" in lines["Absatz 4"]
    assert lines["Absatz 2"] == "Der Verlauf"  # session 30: the aspect, not "Die Quelle", a word of the paragraph (round 27)
    assert "Wohin die Aare geleitet wurde" not in question.options


def test_every_paragraph_between_the_listed_ones_is_listed_or_named(nlp):
    """"Absatz 5 is silently left out of the list": the prompt now says which are not listed."""
    for name in ("Aare", "Badminton", "Kasachstan"):
        analysis, question = _task(nlp, name)
        assert question.prompt.startswith(PARAGRAPH_PROMPT)
        shown = [int(item.split()[-1]) for item in question.prompt_items]
        named = {n for a, b in re.findall(r"(\d+)(?:–(\d+))?", question.prompt) for n in range(int(a), int(b or a) + 1)}
        # round 24: the paragraphs after the last listed one are named too
        assert set(analysis.article.paragraph_numbers().values()) == set(shown) | named, (name, question.prompt)
        assert not named & set(shown)


def test_the_left_over_line_fits_no_paragraph(nlp):
    """Its content words stand in no paragraph of the text (round 24: Badminton's spare line was
    the topic of paragraph 4, which the list left out)."""
    analysis, question = _task(nlp, "Aare")
    extra = next(line for line in question.options if line not in question.answer)
    texts = analysis.article.paragraph_texts()
    index = {number: k for k, number in analysis.article.paragraph_numbers().items()}
    title = {"aare"}
    words = frozenset(_fold(w) for w in re.findall(r"\w+", extra)[1:] if len(w) > 4 and _fold(w) not in title)
    assert words
    for number in index:
        assert not _mentions(texts[index[number]], words), (extra, number)


def test_no_place_line_from_a_book(nlp):
    """"Im Alten Testament brauchte Gott sechs Tage" tells where it is written: no "Wo Gott …"."""
    path = KLEXIKON / "Woche.txt"
    if not path.exists():
        pytest.skip("devdata articles are not available here")
    analysis = analyze(nlp, read_article(path))
    with names_of(analysis):
        lines = [line for question in global_task(analysis, random.Random(1), topic_lines=True) for line in question.options]
    assert not any(line.startswith("Wo ") for line in lines)


@pytest.mark.parametrize(("shown", "said"), [
    ([1, 3, 4, 5, 6, 7, 8], " Absatz 2 ist nicht in der Liste."),
    ([1, 7, 8], " Die Absätze 2–6 sind nicht in der Liste."),
    ([2, 4, 6, 7], " Die Absätze 1, 3, 5 und 8 sind nicht in der Liste."),
    ([1, 2, 4], " Die Absätze 3 und 5–8 sind nicht in der Liste."),
    ([1, 2, 3, 4, 5, 6, 7, 8], ""),
])
def test_the_prompt_names_the_paragraphs_not_listed(shown, said):
    """Before, between and after the listed paragraphs (round 24: "only Absatz 3 is missing"
    where 5 and 6 were too); the text has eight paragraphs."""
    parts = [Part((number,), f"Absatz {number}", "", None) for number in shown]
    assert _missing(parts, {number: number for number in range(1, 9)}) == said


def test_the_markdown_sheet_says_the_prompt_once(nlp):
    """The task's instruction carries the global task's prompt; the item under it no longer
    repeats it (round 24: "the instruction is printed twice")."""
    from quizgen.config import Options
    from quizgen.exporters.markdown_export import render_markdown
    from quizgen.pipeline import build_material

    path = KLEXIKON / "Rembrandt.txt"  # Information's lines fit two paragraphs each (session 27)
    if not path.exists():
        pytest.skip("devdata articles are not available here")
    material = build_material(analyze(nlp, read_article(path)), Options())
    assert sum(q.prompt.startswith(PARAGRAPH_PROMPT) for q in material.questions) == 1
    sheet = render_markdown(material, Options())
    assert sheet.count("Worum geht es in welchem Absatz?") == 1, sheet
    assert "- ☐ Absatz 1" in sheet  # the paragraphs stay a list, not an indented block
