"""Fewer marginal, string-matching questions (issue 12, session 16): what a side thing has or
offers is not asked (``worth.side_inventory``), and on a long text a question anchored on an
exact day is no main point (``selection.pinned``)."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.generation import selection
from quizgen.generation.worth import not_worth_asking, side_inventory
from quizgen.model import Analysis, Article, Question


def _analysis(nlp, title: str, paragraphs: list[str]) -> Analysis:
    text, spans = "", []
    for paragraph in paragraphs:
        spans.append((len(text), len(text) + len(paragraph)))
        text += paragraph + "\n\n"
    return analyze(nlp, Article(title=title, text=text, source="test", stem="test", paragraphs=tuple(spans)))


def _question(analysis: Analysis, prompt: str, answer: str, skill: str, kind: str = "wh") -> Question:
    """The question on the text's last sentence."""
    sentence = analysis.sentences[-1]
    return Question(id="", type=kind, prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
                    skill=skill)


@pytest.mark.parametrize(("title", "text", "prompt", "answer", "skill"), [
    ("Galapagosinseln", "Das Meeresgebiet rund um die Galapagosinseln bietet großen Fischreichtum.",
     "Was bietet das Meeresgebiet rund um die Galapagosinseln?", "großen Fischreichtum", "was"),
    ("Lamb of God", "Die DVD enthält Liveaufnahmen, Musikvideos sowie eine Dokumentation.",
     "Was enthält die DVD?", "Liveaufnahmen, Musikvideos sowie eine Dokumentation", "was"),
    ("Aare", "Die Flusslandschaft entlang der Aare verfügt über gut markierte Wander- und Velowege.",
     "Worüber verfügt die Flusslandschaft entlang der Aare?", "über gut markierte Wander- und Velowege", "worüber"),
])
def test_what_a_side_thing_has_or_offers_is_not_asked(nlp, title, text, prompt, answer, skill):
    analysis = _analysis(nlp, title, [text])
    question = _question(analysis, prompt, answer, skill)
    assert side_inventory(question, analysis)
    assert not_worth_asking(question, analysis)


def test_what_the_topic_itself_has_stays(nlp):
    """The topic's own features are its main points: the title names the subject."""
    analysis = _analysis(nlp, "Intel Itanium",
                         ["Der Itanium verfügt wie die meisten modernen CPUs über mehrere parallele Funktionseinheiten."])
    question = _question(analysis, "Worüber verfügt der Itanium wie die meisten modernen CPUs?",
                         "über mehrere parallele Funktionseinheiten", "worüber")
    assert not side_inventory(question, analysis)


def test_another_part_of_an_inventory_clause_stays(nlp):
    """A time, a subject or the verb of an event is no item of an inventory."""
    analysis = _analysis(nlp, "Charles Lindbergh", [
        "Im Jahr 1919 bot der Millionär Raymond Orteig ein Preisgeld von 25.000 US-Dollar für den ersten Nonstop-Flug an."])
    when = _question(analysis, "Wann bot der Millionär Raymond Orteig ein Preisgeld von 25.000 US-Dollar an?",
                     "im Jahr 1919", "wann")
    assert not side_inventory(when, analysis)
    analysis = _analysis(nlp, "Scheune", ["Die Bauern lagern das Heu und das Stroh in der Scheune."])
    what = _question(analysis, "Was lagern die Bauern in der Scheune?", "das Heu und das Stroh", "was")
    assert not side_inventory(what, analysis)


GALAPAGOS = [
    "Die Galapagosinseln sind ein Archipel im östlichen Pazifischen Ozean.",
    "Am 12. Februar 1832 nahm General Jose de Villamil die Galapagosinseln für Ecuador in Besitz.",
]


def test_a_question_anchored_on_an_exact_day_is_no_main_point(nlp):
    analysis = _analysis(nlp, "Galapagosinseln", GALAPAGOS)
    salience = selection._salience(analysis)
    villamil = _question(analysis, "Wer nahm am 12. Februar 1832 die Galapagosinseln für Ecuador in Besitz?",
                         "General Jose de Villamil", "wer")
    assert selection.pinned(villamil)
    assert not selection.central(villamil, salience)  # though it names the topic
    when = _question(analysis, "Wann nahm General Jose de Villamil die Galapagosinseln für Ecuador in Besitz?",
                     "am 12. Februar 1832", "wann")
    # session 17: a day as the answer is a lookup too (round 15: "exact-date lookup")
    assert selection.pinned(when)


def test_a_year_or_a_month_alone_pins_nothing(nlp):
    analysis = _analysis(nlp, "Galapagosinseln", [
        GALAPAGOS[0], "Im Juni 2007 setzte die UNESCO die Galapagosinseln auf die Rote Liste des gefährdeten Welterbes."])
    unesco = _question(analysis, "Wer setzte im Juni 2007 die Galapagosinseln auf die Rote Liste des gefährdeten Welterbes?",
                       "die UNESCO", "wer")
    assert not selection.pinned(unesco)


@pytest.fixture(scope="module")
def galapagos(nlp, devdata) -> Analysis:
    """The Wikipedia article on the Galapagos Islands: 2,800 words."""
    from quizgen.reading import read_article

    return analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Galapagosinseln.txt"))


def test_a_long_sheet_asks_no_question_pinned_to_a_day(galapagos):
    from quizgen.config import Options
    from quizgen.pipeline import build_material

    questions = build_material(galapagos, Options()).questions
    assert sum(q.type == "wh" for q in questions) >= selection.MIN_WH
    assert not any(selection.pinned(q) for q in questions), [q.prompt for q in questions]
