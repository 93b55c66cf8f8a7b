"""What matters, not side details (issue 12, session 19): a step of a procedure asked for the
thing handled ranks low and leaves a sheet that has enough else (``worth.process_step``,
``selection.step``), and on a long text a date is a main point only where it dates an event of
the topic outside a section told by its years (``selection.side_date``)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_worth_s16 import _analysis

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation import selection
from quizgen.generation.worth import process_step
from quizgen.model import Analysis, Question
from quizgen.pipeline import build_material
from quizgen.reading import read_article


def _question(analysis: Analysis, prompt: str, answer: str, skill: str) -> Question:
    """The question on the text's last sentence."""
    sentence = analysis.sentences[-1]
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
                    skill=skill, focus="content")


@pytest.mark.parametrize(("text", "prompt", "answer", "skill"), [
    ("Die kleinen Setzlinge pflanzt man dann in Reihen auf einen Acker.",
     "Was pflanzt man in Reihen auf einen Acker?", "die kleinen Setzlinge", "was"),
    ("Nach dem Gärungsprozess wird der Tabak im Frühjahr auf sogenannte Kühlbänke gesetzt.",
     "Worauf wird der Tabak nach dem Gärungsprozess im Frühjahr gesetzt?", "auf sogenannte Kühlbänke", "worauf"),
])
def test_a_step_of_a_procedure_is_a_process_detail(nlp, text, prompt, answer, skill):
    analysis = _analysis(nlp, "Tabak", [text])
    question = _question(analysis, prompt, answer, skill)
    assert process_step(question, analysis.sentences[-1])
    salience = selection._salience(analysis)
    assert selection.step(question, salience)
    assert selection.centrality(question, salience) < selection.centrality(
        _question(analysis, prompt, answer, "warum"), salience)


@pytest.mark.parametrize(("text", "prompt", "answer", "skill"), [
    # the step is explained: "deshalb"
    ("Am meisten Tabak wird deshalb in den südlichen Ländern angebaut.",
     "Wo wird am meisten Tabak angebaut?", "in den südlichen Ländern", "wo"),
    # a narrated event in the past, not a procedure
    ("Das Musikvideo wurde am 20. November 2014 gefilmt.",
     "Was wurde am 20. November 2014 gefilmt?", "das Musikvideo", "was"),
    # a naming: what a word means
    ("Der Vorgang des Blühens wird als Anthese bezeichnet.",
     "Was wird als Anthese bezeichnet?", "der Vorgang des Blühens", "was"),
    # someone acts
    ("Die Bauern pflanzen die Setzlinge in Reihen auf einen Acker.",
     "Was pflanzen die Bauern in Reihen auf einen Acker?", "die Setzlinge", "was"),
])
def test_an_explained_narrated_named_or_personal_clause_is_no_step(nlp, text, prompt, answer, skill):
    analysis = _analysis(nlp, "Tabak", [text])
    assert not process_step(_question(analysis, prompt, answer, skill), analysis.sentences[-1])


@pytest.fixture(scope="module")
def material(nlp, devdata):
    """The sheets and analyses of three judged texts: Tabak (Klexikon, 750 words), Eisenstadt and
    Ungarische Sprache (Wikipedia, 2,200 and 3,300 words)."""
    found = {}
    for name in ("klexikon/Tabak.txt", "wikipedia/Eisenstadt.txt", "wikipedia/Ungarische_Sprache.txt"):
        analysis = analyze(nlp, read_article(devdata / "articles" / name))
        found[name] = (analysis, build_material(analysis, Options()).questions)
    return found


def test_the_tabak_sheet_asks_no_step_of_growing_and_drying(material):
    analysis, questions = material["klexikon/Tabak.txt"]
    salience = selection._salience(analysis)
    assert not any(selection.step(q, salience) for q in questions), [q.prompt for q in questions]
    assert sum(q.type == "wh" for q in questions) >= selection.MIN_WH
    assert any(q.skill == "warum" for q in questions)  # "Warum werden die Tabakfelder … bespritzt?" stays


def test_a_date_of_a_history_told_by_years_is_not_asked(material):
    analysis, questions = material["wikipedia/Eisenstadt.txt"]
    salience = selection._salience(analysis)
    kanizsai = next(s for s in analysis.sentences if "Kanizsai" in s.text and "1373" in s.text)
    assert kanizsai.index in salience.chronicle
    date = Question(id="", type="wh", prompt="Wann kam Eisenstadt in den Besitz der ungarischen Adelsfamilie Kanizsai?",
                    answer="1373", sentence=kanizsai.index, evidence=kanizsai.text, skill="wann", focus="content")
    assert selection.side_date(date, salience) and not selection.central(date, salience)
    market = next(s for s in analysis.sentences if "Marktrecht" in s.text and "1388" in s.text)
    assert market.index in salience.chronicle  # the town itself received it: the date is the point, as a choice
    assert not selection.side_date(replace(date, prompt="Wann erhielt Eisenstadt das Marktrecht?", answer="1388",
                                           sentence=market.index, evidence=market.text, type="multiple_choice"), salience)
    assert not any(selection.side_date(q, salience) for q in questions), [q.prompt for q in questions]


def test_a_date_of_the_topic_outside_a_chronicle_stays(material):
    analysis, questions = material["wikipedia/Ungarische_Sprache.txt"]
    salience = selection._salience(analysis)
    assert not salience.chronicle
    emigrated = [q for q in questions if q.prompt == "Wann wanderten viele Ungarn aus?"]
    assert emigrated and not selection.side_date(emigrated[0], salience)


def test_a_short_texts_date_is_never_a_side_date(nlp):
    """A news item of a few sentences tells one event: its date is part of the story."""
    analysis = _analysis(nlp, "Nordkorea", ["Kim Jong Un besuchte am Wochenende Munitionsfabriken."])
    visit = _question(analysis, "Wann besuchte Kim Jong Un Munitionsfabriken?", "am Wochenende", "wann")
    assert not selection.side_date(visit, selection._salience(analysis))
