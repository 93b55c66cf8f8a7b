"""Key questions of round 25 the generators did not make (session 27): the text's own open
question with its guess (generation/wh_guesses.py), what explains a fact, and a "deshalb" reason
no longer dropped because another sentence uses the same verb without giving a reason
(wellformed._elsewhere). Real sentences of the dev articles through the offline pipeline."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_causes import cause_questions
from quizgen.generation.wh_guesses import guess_questions
from quizgen.generation.wh_main import main_questions
from quizgen.model import Analysis, Article


def _analysis(nlp, text: str, title: str = "Test") -> Analysis:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _guesses(nlp, text: str, title: str = "Test") -> dict[str, tuple[str, tuple[str, ...]]]:
    return {q.prompt: (str(q.answer), q.accepted) for q in guess_questions(_analysis(nlp, text, title))}


# Klexikon, Hamburger: round 25's readers (both sets) wanted "Woher kommt der Name Hamburger vielleicht?"
HAMBURGER = ('Woher der Name Hamburger kommt, weiß niemand sicher. Vielleicht kommt er vom "warmen Hamburger '
             'Rundstück". Das ist eine Besonderheit aus der Stadt Hamburg.')
# Klexikon, Woche: "Warum beginnt die Woche für Christen am Sonntag …?"
SONNTAG = ("Für die Christen ist der Sabbat der Samstag. Warum die Christen den Sonntag für den ersten Wochentag "
           "halten, ist nicht genau bekannt. Man vermutet den Grund darin, dass Jesus gemäß der Bibel am ersten Tag "
           "der Woche auferstanden ist.")


def test_open_question_with_a_hedged_guess(nlp):
    asked = _guesses(nlp, HAMBURGER, title="Hamburger")
    answer, accepted = asked["Woher kommt der Name Hamburger? Was vermutet man?"]
    assert answer == 'vom "warmen Hamburger Rundstück"'
    assert accepted == ('Vielleicht kommt er vom "warmen Hamburger Rundstück"',)


def test_open_question_with_a_guess_by_vermuten(nlp):
    asked = _guesses(nlp, SONNTAG, title="Woche")
    prompt = "Warum halten die Christen den Sonntag für den ersten Wochentag? Was vermutet man?"
    assert asked[prompt][0] == "dass Jesus gemäß der Bibel am ersten Tag der Woche auferstanden ist"


def test_guesses_reach_the_main_questions(nlp):
    analysis = _analysis(nlp, SONNTAG, title="Woche")
    prompts = {q.prompt for q in main_questions(analysis, extract_facts(analysis))}
    assert "Warum halten die Christen den Sonntag für den ersten Wochentag? Was vermutet man?" in prompts


@pytest.mark.parametrize(
    "text",
    [
        # no guess follows: the text leaves it open, there is nothing to ask
        "Woher der Name Hamburger kommt, weiß niemand sicher. Hamburger gibt es in vielen Varianten.",
        # the guess is stated as a fact elsewhere, not hedged: no "Was vermutet man?"
        "Woher der Name Hamburger kommt, weiß niemand sicher. Das Brötchen ist weich.",
        # "ob" asks yes or no: no guess to name
        "Ob die Inkas die Inseln jemals erreicht haben, ist umstritten. Vielleicht kamen sie mit Flößen.",
        # a pronoun in the open question: the question could not say whom
        "Wann er die Stadt verließ, ist nicht bekannt. Vielleicht verließ er sie im Winter.",
        # the text knows it: no open question
        "Woher der Name Hamburger kommt, erklärt das Buch. Vielleicht kommt er vom Rundstück.",
    ],
)
def test_no_guess_question(nlp, text):
    assert not _guesses(nlp, text)


def test_what_explains_a_fact(nlp):
    # Wikipedia, Woche: the readers' "Wie lässt sich die Sieben-Tage-Woche erklären?" (both sets: no)
    text = ("Die Zusammenfassung von sieben Tagen zu einer Einheit von einer Woche kann mit der Länge eines Monats "
            "(Mondes) erklärt werden, der etwas mehr als 28 Tage umfasst.")
    asked = _guesses(nlp, text, title="Woche")
    answer, accepted = asked["Wie lässt sich die Zusammenfassung von sieben Tagen zu einer Einheit von einer Woche erklären?"]
    assert answer == "mit der Länge eines Monats, der etwas mehr als 28 Tage umfasst"
    assert accepted == ("mit der Länge eines Monats",)


@pytest.mark.parametrize(
    "text",
    [
        # someone explains something: an action, not what explains a fact
        "Der Lehrer erklärt den Schülern die Aufgabe mit einem Bild.",
        # the subject's relative clause would be dropped: "Worauf sind die kurzen Grenzabschnitte zurückzuführen?" says nothing
        ("Die kurzen Grenzabschnitte, die heute an verschiedenen Stellen vom Aarebett abweichen, sind auf die früheren "
         "natürlichen Mäander zurückzuführen."),
    ],
)
def test_no_explanation_question(nlp, text):
    assert not _guesses(nlp, text)


# Klexikon, Tabak: "Zudem wird Tabak in großen Monokulturen angebaut." gives no second reason
TABAK = ("Die Tabakpflanze mag es eher warm. Am meisten Tabak wird deshalb in den südlichen Ländern angebaut. "
         "Im 17. Jahrhundert wurde Tabak auch in Europa angebaut. Zudem wird Tabak in großen Monokulturen angebaut.")


def test_reason_kept_beside_a_sentence_without_reason(nlp):
    analysis = _analysis(nlp, TABAK)
    asked = {q.prompt: str(q.answer) for q in cause_questions(analysis, extract_facts(analysis))}
    assert asked["Warum wird am meisten Tabak in den südlichen Ländern angebaut?"] == "weil die Tabakpflanze es eher warm mag"


def test_reason_dropped_beside_another_reason(nlp):
    # another sentence gives another reason for growing tobacco in some countries: the Warum is ambiguous
    text = TABAK + " In vielen Ländern wird Tabak angebaut, weil die Regierung die Bauern mit Geld unterstützt."
    analysis = _analysis(nlp, text)
    prompts = {q.prompt for q in cause_questions(analysis, extract_facts(analysis))}
    assert "Warum wird am meisten Tabak in den südlichen Ländern angebaut?" not in prompts
