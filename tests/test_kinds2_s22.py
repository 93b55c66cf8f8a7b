"""Key questions readers of round 21 asked of short Klexikon texts (issue 12): how one does
something ("So macht man einen Punkt"), how two things the text names together differ, what
someone is known for (a dass-clause), and which languages a language is related to."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_contrast import contrast_questions
from quizgen.generation.wh_kinds import kind_questions
from quizgen.model import Article


def _questions(nlp, text: str, title: str = "Test"):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    facts = extract_facts(analysis)
    return {q.prompt: q for q in kind_questions(analysis, facts) + contrast_questions(analysis, facts)}


def test_so_after_the_steps_of_man_asks_how(nlp):
    asked = _questions(nlp, "Ein Netz teilt das Spielfeld in zwei Hälften. Man schlägt den Ball über das Netz "
                            "und hofft, dass der Gegner ihn nicht zurückspielen kann. So macht man einen Punkt.")
    question = asked["Wie macht man einen Punkt?"]
    assert question.answer.startswith("Man schlägt den Ball über das Netz")
    assert "So macht man einen Punkt." in question.evidence


def test_so_after_what_a_thing_does_is_no_manner(nlp):
    asked = _questions(nlp, "Die Kettenschaltung bewegt die Kette am Hinterrad auf ein kleineres Zahnrad. "
                            "So kann man schneller fahren.")
    assert not [p for p in asked if p.startswith("Wie kann man")]


def test_hingegen_between_two_names_the_paragraph_set_side_by_side(nlp):
    asked = _questions(nlp, "Viele Menschen denken bei Badminton auch an Federball. Federball ist ein Spaß in der "
                            "Freizeit: Man schlägt den Ball hin und her. Badminton hingegen hat mehr Regeln und wird "
                            "als Sport im Wettkampf gespielt.", title="Badminton")
    question = asked["Worin unterscheiden sich Federball und Badminton?"]
    assert question.answer == ("Federball ist ein Spaß in der Freizeit. Badminton hat mehr Regeln und wird als "
                               "Sport im Wettkampf gespielt.")


def test_hingegen_between_names_never_named_together_asks_nothing(nlp):
    asked = _questions(nlp, "Tennis ist ein Sport für zwei Spieler. Federball ist ein Spaß in der Freizeit. "
                            "Badminton hingegen hat mehr Regeln.")
    assert not [p for p in asked if p.startswith("Worin unterscheiden sich")]


def test_known_for_what_a_dass_clause_says(nlp):
    asked = _questions(nlp, "Rembrandt war ein Maler aus den Niederlanden. Rembrandt ist dafür bekannt, dass er "
                            "besonders gut das Licht malen konnte, wie es auf ein Gesicht strahlt.")
    assert asked["Wofür ist Rembrandt bekannt?"].answer == "dass er besonders gut das Licht malen konnte"


def test_languages_a_language_is_related_to(nlp):
    asked = _questions(nlp, "Ungarisch ist die Amtssprache in Ungarn. Ungarisch ist verwandt mit dem Finnischen "
                            "und Estnischen.")
    assert asked["Mit welchen Sprachen ist Ungarisch verwandt?"].answer == "mit dem Finnischen und Estnischen"


def test_related_people_are_no_languages(nlp):
    asked = _questions(nlp, "Anna Müller ist eine Malerin. Anna Müller ist mit dem Bürgermeister verwandt.")
    assert not [p for p in asked if "verwandt" in p]
