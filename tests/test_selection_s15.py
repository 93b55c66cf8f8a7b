"""A long text's sheet asks nothing from a section on a side topic (issue 12, session 14, second round)."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation import selection
from quizgen.model import Analysis, Question
from quizgen.pipeline import build_material
from quizgen.reading import read_article

SHORT = """Miniatur Wunderland

Das Miniatur Wunderland in Hamburg ist die größte Modelleisenbahnanlage der Welt.

== Präsenz in den Medien

Im Jahr 2015 wurde gemeinsam mit der Sängerin Helene Fischer eine Aktion für Ein Herz für Kinder gestartet.
"""


@pytest.fixture(scope="module")
def miniatur(nlp, devdata) -> Analysis:
    """The Wikipedia article on the Miniatur Wunderland: 1,750 words, with sections "Weltrekorde"
    and "Präsenz in den Medien"."""
    return analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Miniatur-Welt.txt"))


def _question(analysis: Analysis, prompt: str, answer: str, sentence: str, skill: str) -> Question:
    index = next(s.index for s in analysis.sentences if s.text.startswith(sentence))
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=index, evidence=sentence, skill=skill)


def _medley(analysis: Analysis) -> Question:
    sentence = next(s.text for s in analysis.sentences if "Medley" in s.text)
    return _question(analysis, "Wann wurde im Miniaturwunderland das längste Medley klassischer Musik gespielt?",
                     "im April 2021", sentence, "wann")


def test_the_media_and_records_sections_are_side_topics(miniatur):
    side = selection.sideline_sentences(miniatur)
    texts = [s.text for s in miniatur.sentences if s.index in side]
    assert any("Helene Fischer" in t for t in texts)  # under "Präsenz in den Medien"
    assert any("Medley" in t for t in texts)  # under "Weltrekorde"
    assert not any("Maßstab" in t and "Deiche" in t for t in texts)  # "Maßstabstreue" is the model's point


def test_an_item_from_a_side_section_is_not_central_even_when_it_names_the_topic(miniatur):
    salience = selection._salience(miniatur)
    medley = _medley(miniatur)
    assert selection.names_topic(medley, salience.topic)  # "Miniaturwunderland" holds the title word
    assert not selection.central(medley, salience)
    deich = next(s.text for s in miniatur.sentences if "Deiche" in s.text)
    dyke = _question(miniatur, "Wozu sind die Anstiegswinkel der Deiche überspitzt?", "um eine geringere Breite zu erfordern",
                     deich, "wozu")
    assert selection.central(dyke, salience)  # a purpose from "Maßstabstreue" stays


def test_an_article_without_such_a_heading_has_no_side_sentences(nlp, devdata):
    aare = analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Aare.txt"))
    assert any(s.is_heading for s in aare.sentences)
    assert not selection.sideline_sentences(aare)


def test_a_long_sheet_asks_nothing_from_its_side_sections(miniatur):
    side = selection.sideline_sentences(miniatur)
    questions = build_material(miniatur, Options()).questions
    details = [q for q in questions if q.type in ("wh", "true_false", "multiple_choice")]
    assert details and not any(q.sentence in side for q in details), [q.prompt for q in details]


def test_a_short_text_keeps_its_side_section(nlp, tmp_path):
    """A short text has no surplus: its media section is a fact its reader should know."""
    path = tmp_path / "Miniatur Wunderland.txt"
    path.write_text(SHORT, encoding="utf-8")
    short = analyze(nlp, read_article(path))
    fischer = next(s for s in short.sentences if "Helene Fischer" in s.text)
    assert short.word_count < selection.LONG_TEXT and fischer.index in selection.sideline_sentences(short)
    question = _question(short, "Mit welcher Sängerin wurde im Jahr 2015 eine Aktion gestartet?", "Helene Fischer",
                         fischer.text, "mit-welcher-sängerin")
    assert question in selection.select({"wh": [question]}, short, 4, [])
