"""Round 20 (issue 12, MLQA recall): the year people ask for — of a census whose figures a clause
gives ("Nach der Volkszählung im Jahr 2010 lebten …" → In welchem Jahr …?) and as an accepted
answer of a "Wann" question whose date names a day, month or season ("im Herbst 1972" → "1972") —
on real German sentences through the real offline pipeline, with the cases where nothing must be
asked or accepted."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh import wh_questions
from quizgen.generation.wh_more import more_questions
from quizgen.model import Article, Question


def _analysed(nlp, text: str, title: str):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return analysis, extract_facts(analysis)


def _more(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    """Prompt → question of what ``wh_more`` asks of ``text``."""
    analysis, facts = _analysed(nlp, text, title)
    return {q.prompt: q for q in more_questions(analysis, facts)}


def _wh(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    """Prompt → question of what ``wh`` asks of ``text``."""
    analysis, facts = _analysed(nlp, text, title)
    return {q.prompt: q for q in wh_questions(analysis, facts)}


# --- the year of a census -------------------------------------------------------------------------


def test_census_year_dates_the_figures(nlp):
    asked = _more(nlp, "Nach der Volkszählung im Jahr 2010 lebten im Bates County 17.049 Menschen in 6.355 Haushalten. "
                       "Die Bevölkerungsdichte betrug 7,6 Einwohner pro Quadratkilometer.", "Bates County")
    question = asked.get("In welchem Jahr lebten im Bates County 17.049 Menschen in 6.355 Haushalten?")
    assert question is not None
    assert question.answer == "2010"
    assert "nach der Volkszählung im Jahr 2010" in question.accepted


def test_census_year_after_von(nlp):
    asked = _more(nlp, "Nach der Volkszählung von 2000 lebten im County 7.422 Menschen.", "Blaine County")
    assert asked.get("In welchem Jahr lebten im County 7.422 Menschen?") is not None
    assert str(asked["In welchem Jahr lebten im County 7.422 Menschen?"].answer) == "2000"


@pytest.mark.parametrize(
    "text",
    [
        # another event, no count: its year dates the founding, not the move
        "Nach der Gründung im Jahr 1990 zog die Firma nach Berlin.",
        # a census without a year says no when
        "Nach der Volkszählung lebten im County 500 Menschen.",
        # present tense: "In welchem Jahr hat der Distrikt 476.835 Einwohner?" reads as if the number changed then
        "Nach der Volkszählung von 2011 hat der Distrikt 476.835 Einwohner.",
    ],
)
def test_no_census_year(nlp, text):
    assert not [q for q in _more(nlp, text).values() if q.skill == "in-welchem-jahr"]


# --- the year alone for a dated "Wann" ---------------------------------------------------------------


def test_year_of_a_day_is_accepted(nlp):
    asked = _wh(nlp, "Die Ärztin Anandi Gopal starb am 18. Februar 1887 in Pune.", "Anandi Gopal")
    question = asked.get("Wann starb Anandi Gopal in Pune?")  # the title left out (session 24)
    assert question is not None
    assert question.answer == "am 18. Februar 1887"
    assert "1887" in question.accepted


def test_year_of_a_month_is_accepted(nlp):
    asked = _wh(nlp, "Im September 2000 erschien das zweite Album der Band Lamb of God.", "Lamb of God")
    question = asked.get("Wann erschien das zweite Album der Band Lamb of God?")
    assert question is not None
    assert "2000" in question.accepted


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # a bound, not a date: "1900" is not when the emperor travelled
        ("Der Kaiser Wilhelm reiste vor 1900 nach Italien.", "Wann reiste der Kaiser Wilhelm nach Italien?"),
        # the end of a span: "Bis wann …?" is not answered by the year alone either
        ("Bis Dezember 2006 wohnte der Maler Paul Klee in Berlin.", "Bis wann wohnte der Maler Paul Klee in Berlin?"),
    ],
)
def test_no_year_alone(nlp, text, prompt):
    asked = _wh(nlp, text)
    assert prompt in asked
    assert not any(v.isdigit() for v in asked[prompt].accepted)


# --- a kin's profession in an apposition --------------------------------------------------------------


def test_kin_named_with_profession(nlp):
    asked = _more(nlp, "Asma al-Assad wurde 1975 in London geboren. Ihr Vater Fawwaz Achras, ein in London lebender "
                       "und praktizierender Kardiologe, stammt ursprünglich aus einer sunnitischen Familie aus Homs.",
                  "Asma al-Assad")
    question = asked.get("Wer ist Fawwaz Achras?")
    assert question is not None
    assert question.answer == "ein in London lebender und praktizierender Kardiologe"
    assert "ein Kardiologe" in question.accepted


def test_no_bare_head_without_adjectives(nlp):
    asked = _more(nlp, "Ihr Vater Fawwaz Achras, ein Kardiologe, stammt aus Homs.", "Asma al-Assad")
    question = asked.get("Wer ist Fawwaz Achras?")
    assert question is not None and question.answer == "ein Kardiologe"
    assert question.accepted == ()


def test_class_noun_before_a_name_still_classifies(nlp):
    # "der Physiker Albert Einstein" names the class already: the apposition asks nothing new
    asked = _more(nlp, "Der Physiker Albert Einstein, ein deutscher Physiker, lebte lange in Bern.", "Einstein")
    assert "Wer war Albert Einstein?" not in asked
