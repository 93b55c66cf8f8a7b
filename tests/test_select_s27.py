"""The main points, not side details (issue 12, session 27): all six readers of round 25 named as the
commonest defect a W-question turned round from one sentence about a side detail ("Wem gehörte der
Mittwoch? – dem Obergott Wotan", "Was hat der Gouverneur von Oklahoma 1995 beschlossen?", "Was
durchwächst der Pollenschlauch? – den Griffel"). ``selection.standing`` counts an item's marks of a
main point without the weak one of a recurring noun, ``off_centre`` ranks an item without them lower,
``side_detail`` (nothing of it returns in the text) and, on a long text, an off-centre item that is no
lookup leave the candidates while the W-questions keep MIN_WH."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation import selection
from quizgen.model import Analysis, Question
from quizgen.pipeline import build_material
from quizgen.reading import read_article


def _question(analysis: Analysis, text: str, prompt: str, answer: str, skill: str) -> Question:
    """A W-question on the sentence that holds ``text``."""
    sentence = next(s for s in analysis.sentences if text in s.text)
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
                    skill=skill)


def _article(nlp, devdata, name: str) -> Analysis:
    return analyze(nlp, read_article(devdata / "articles" / name))


@pytest.fixture(scope="module")
def woche(nlp, devdata) -> Analysis:
    return _article(nlp, devdata, "klexikon/Woche.txt")


def test_a_day_and_a_god_the_text_names_once_are_a_side_detail(woche):
    salience = selection._salience(woche)
    question = _question(woche, "Der Mittwoch gehörte", "Wem gehörte der Mittwoch?", "dem Obergott Wotan", "wem")
    assert selection.off_centre(question, salience)
    assert not selection.returns(question, salience)  # neither "Mittwoch" nor "Wotan" comes back
    assert selection.side_detail(question, salience)


def test_a_people_the_text_keeps_to_is_no_side_detail(nlp, devdata):
    kreta = _article(nlp, devdata, "klexikon/Kreta.txt")
    salience = selection._salience(kreta)
    question = _question(kreta, "Die Minoer bauten", "Was bauten die Minoer?", "große Paläste", "was")
    assert selection.returns(question, salience)  # the text goes on about the Minoer
    assert not selection.side_detail(question, salience)


def test_a_governors_claim_named_once_is_a_side_detail_a_reason_of_the_lead_is_not(nlp, devdata):
    hamburger = _article(nlp, devdata, "wikipedia/Hamburger.txt")
    salience = selection._salience(hamburger)
    claim = _question(hamburger, "Der Gouverneur von Oklahoma", "Was hat der Gouverneur von Oklahoma 1995 beschlossen?",
                      "dass Oscar Bilby in Tulsa 1891 erstmals Hamburger verkauft habe", "was-sagte")
    assert selection.side_detail(claim, salience)
    lead = salience.sentences[min(salience.lead)]
    opening = _question(hamburger, lead.text[:20], "Was ist ein Hamburger?", "ein Gericht", "was")
    assert not selection.off_centre(opening, salience)  # the lead says what the text is about


def test_a_recurring_noun_alone_does_not_make_a_main_point(nlp, devdata):
    bluete = _article(nlp, devdata, "wikipedia/Blüte.txt")
    salience = selection._salience(bluete)
    question = _question(bluete, "In einem speziellen Pollenschlauchleitgewebe", "Was durchwächst der Pollenschlauch?",
                         "den Griffel", "was")
    assert selection.centrality(question, salience) == 1  # "Pollenschlauch" recurs
    assert selection.standing(question, salience) <= 0
    assert selection.off_centre(question, salience) and selection._aside_point(question, salience)


def test_the_sheet_asks_the_main_points_and_keeps_four_w_questions(woche):
    questions = build_material(woche, Options()).questions
    prompts = [q.prompt for q in questions]
    assert "Wem gehörte der Mittwoch?" not in prompts
    assert sum(q.type == "wh" for q in questions) >= selection.MIN_WH
