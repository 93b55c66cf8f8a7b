"""Short texts that got no or one comprehension item (issue 12, recall, session 20 round 2), on
real German sentences through the offline pipeline: an opening definition whose topic and
predicative carry extended attributes, a noun whose content is a zu-infinitive ("den Befehl, …
zu erobern"), and how a war or trial ended ("endete mit …")."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation import wh, wh_main, wh_more
from quizgen.model import Analysis, Article, Question


def _analysis(nlp, text: str, title: str = "Test") -> Analysis:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _more(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    analysis = _analysis(nlp, text, title)
    return {q.prompt: q for q in wh_more.more_questions(analysis, extract_facts(analysis))}


# --- Was ist X? with extended attributes ----------------------------------------------------------

SOZIALKREDIT = (
    "Das in der Volksrepublik China betriebene Sozialkredit-System (englisch Social Credits) ist ein auf "
    "verschiedene Datenbanken zugreifendes, online betriebenes Rating- oder Scoring-System (social scoring oder "
    "citizen score), bei dem beispielsweise die Kreditwürdigkeit, das Strafregister und das soziale und politische "
    "Verhalten von Unternehmen, Personen und weiteren Organisationen wie z. B. Nichtregierungsorganisationen zur "
    "Ermittlung ihrer Reputation verwendet werden. Das Ziel besteht darin, die chinesische Gesellschaft durch eine "
    "umfassende Überwachung zu mehr Aufrichtigkeit im sozialen Verhalten zu erziehen."
)


def test_a_definition_runs_through_its_extended_attribute_to_its_noun(nlp):
    # MLQA "Sozialkredit-System" (round 20): the sheet had no comprehension item; readers asked this first
    asked = _more(nlp, SOZIALKREDIT, "Sozialkredit-System")
    question = asked["Was ist das Sozialkredit-System?"]
    assert question.answer == "ein auf verschiedene Datenbanken zugreifendes, online betriebenes Rating- oder Scoring-System"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # the predicative is whole: nothing to extend ("ein Bewertungssystem, bei dem …")
        ("Das Sozialkredit-System ist ein Bewertungssystem, bei dem das Verhalten von Personen bewertet wird.", None),
        # a second noun phrase after the first is no attribute of it
        ("Das Sozialkredit-System ist ein Rating-System in China.", None),
    ],
)
def test_a_whole_predicative_is_not_extended(nlp, text, end):
    analysis = _analysis(nlp, text, "Sozialkredit-System")
    sentence = analysis.sentences[0]
    predicative = next(c for clause in sentence.clauses for c in clause.constituents if c.role == "predicative")
    assert wh_more._attributed_end(sentence, predicative) is end


def test_a_topic_with_an_attribute_that_is_not_the_title_gets_no_definition(nlp):
    # the title names another thing: the attribute's noun is not what the article defines
    text = "Das in der Volksrepublik China betriebene System ist ein online betriebenes Bewertungsverfahren für Bürger."
    asked = _more(nlp, text, "Sozialkredit-System")
    assert not any(q.skill == "was-ist" for q in asked.values())


# --- Welchen Befehl …? (a noun whose content is a zu-infinitive) ---------------------------------

BIRMA = ("Der britische General Harry Prendergast erhielt den Befehl, das obere Birma mit 11.000 Mann, leichten "
         "Booten und Elefanten zu erobern.")


def test_a_noun_with_its_infinitive_is_asked_with_welch(nlp):
    # MLQA "Dritter Britisch-Birmanischer Krieg" (round 20): "Wer erhielt den Befehl?" was judged edit
    # ("which order?"); readers asked "Welchen Befehl erhielt Prendergast?". The title is left out
    # (realise._plain_names), which the check that the question keeps its clause allows
    asked = _more(nlp, BIRMA)
    question = asked["Welchen Befehl erhielt Harry Prendergast?"]
    assert question.answer == "das obere Birma mit 11.000 Mann, leichten Booten und Elefanten zu erobern"
    assert not any(q.skill.startswith("welcher-") for q in asked.values())


def test_the_clause_of_a_noun_with_its_infinitive_gets_no_other_w_question(nlp):
    analysis = _analysis(nlp, BIRMA)
    prompts = [q.prompt for q in wh.wh_questions(analysis, extract_facts(analysis))]
    assert "Wer erhielt den Befehl?" not in prompts


@pytest.mark.parametrize(
    "text",
    [
        # no infinitive: the order is named elsewhere, and "Wer erhielt den Befehl?" is wh's to judge
        "Der britische General Harry Prendergast erhielt den Befehl am 9. November 1885.",
        # a finite clause after the comma is no content of the noun
        "Der britische General Harry Prendergast erhielt den Befehl, als die Truppen Mandalay erreichten.",
        # a noun that takes no infinitive
        "Der britische General Harry Prendergast erhielt den Brief, um die Stadt Mandalay zu erobern.",
    ],
)
def test_no_welch_question_without_the_nouns_infinitive(nlp, text):
    analysis = _analysis(nlp, text)
    sentence = analysis.sentences[0]
    assert all(wh.infinitive_content(sentence, c) is None for clause in sentence.clauses for c in clause.constituents)
    assert not any(q.skill.startswith("welch-b") for q in _more(nlp, text).values())


# --- Wie endete X? -------------------------------------------------------------------------------


def _main(nlp, text: str) -> dict[str, Question]:
    analysis = _analysis(nlp, text)
    return {q.prompt: q for q in wh_main.main_questions(analysis, extract_facts(analysis))}


def test_how_a_war_ended_is_asked(nlp):
    # MLQA "Ogadenkrieg" (round 20): readers asked "Wie endete der Krieg?"
    text = ("Der Ogadenkrieg war ein Krieg zwischen Äthiopien und Somalia um die Region Ogaden. "
            "Der Ogadenkrieg endete mit der Niederlage Somalias.")
    question = _main(nlp, text)["Wie endete der Ogadenkrieg?"]
    assert question.answer == "mit der Niederlage Somalias"
    assert "der Niederlage Somalias" in question.accepted


@pytest.mark.parametrize(
    "text",
    [
        "Er endete mit einem Lied über die Heimat.",  # who "er" is the text does not say
        "Der Ogadenkrieg endete nicht mit einem Sieg Somalias.",  # a negated outcome is no outcome
        "Der Ogadenkrieg endete im März 1978.",  # no "mit" phrase: a time, asked as Wann elsewhere
    ],
)
def test_no_ending_question_without_a_named_outcome(nlp, text):
    assert not any(q.skill == "wie-endete" for q in _main(nlp, text).values())
