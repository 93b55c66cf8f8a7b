"""W-questions that were wrong German or asked the wrong thing (session 22, issue 12).

Round-21 readers judged these bad: "Wer" for a thing ("Wer wurde 1998 … verankert? – der Schutz
des Marine-Reservats"), a "weil" asked of the main clause when it belongs to the relative clause
before it ("Warum ist der zweitgrößte See der Aralsee?"), "Woran" for an addressee ("sich an den
Staat wenden"), and "Zu wem" for a class of people ("zählt zu den bekanntesten Persönlichkeiten").
Real sentences (Klexikon, Wikipedia) through the offline pipeline."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.questions import _w_questions
from quizgen.model import Article, Question


def _asked(nlp, title: str, text: str) -> dict[str, Question]:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in _w_questions(analysis, extract_facts(analysis))}


def test_an_abstract_noun_with_a_feminine_lookalike_is_asked_with_was(nlp):
    # Galapagosinseln (Wikipedia): "Schützin" is the female of "Schütze", not of "Schutz"
    asked = _asked(nlp, "Galapagosinseln", (
        "Die Galapagosinseln sind eine Inselgruppe im Pazifik. 1998 wurde der Schutz des Marine-Reservats "
        "Galapagos durch den Nationalpark Galapagos gesetzlich verankert."))
    assert not [p for p in asked if p.startswith("Wer ")]
    question = asked["Was wurde 1998 durch den Nationalpark Galapagos gesetzlich verankert?"]
    assert question.answer == "der Schutz des Marine-Reservats Galapagos"


def test_a_cause_after_a_relative_clause_is_not_asked_of_the_main_clause(nlp):
    # Kasachstan (Klexikon): the Aralsee shrinks because it gets too little water; that is not
    # why it is the second largest lake
    asked = _asked(nlp, "Kasachstan", (
        "Kasachstan ist ein Land in Asien. Der zweitgrößte See ist der Aralsee, der immer kleiner wird, "
        "weil er zu wenig neues Wasser bekommt."))
    assert "Warum ist der zweitgrößte See der Aralsee?" not in asked
    assert asked["Warum wird der Aralsee immer kleiner?"].answer == "weil er zu wenig neues Wasser bekommt"


def test_a_cause_of_its_own_clause_is_still_asked(nlp):
    asked = _asked(nlp, "Aralsee", (
        "Der Aralsee ist ein See in Asien. Der Aralsee wird immer kleiner, weil er zu wenig neues Wasser bekommt."))
    assert asked["Warum wird der Aralsee immer kleiner?"].answer == "weil er zu wenig neues Wasser bekommt"


def test_an_addressee_is_no_woran(nlp):
    # Ungarische Sprache (Klexikon): "Woran kann man sich … wenden? – an den Staat"
    asked = _asked(nlp, "Ungarische Sprache", (
        "Ungarisch ist eine Sprache. Im Bundesland Burgenland in Österreich kann man sich ebenso auf Ungarisch "
        "an den Staat wenden."))
    assert not [p for p in asked if p.startswith("Woran")]


def test_an_institution_one_turns_to_is_asked_with_an_wen(nlp):
    asked = _asked(nlp, "Berlin", "Berlin ist eine Stadt. In Berlin kann man sich bei Problemen an die Polizei wenden.")
    assert asked["An wen kann man sich in Berlin bei Problemen wenden?"].answer == "an die Polizei"
    assert not [p for p in asked if p.startswith("Woran")]


def test_a_group_one_belongs_to_is_no_zu_wem(nlp):
    # Eisenstadt (Wikipedia), judged bad in many rounds
    asked = _asked(nlp, "Eisenstadt", (
        "Eisenstadt ist eine Stadt. Zu den bekanntesten Persönlichkeiten der Stadt zählt der Komponist "
        "Joseph Haydn (1732-1809), der hier als Hofkapellmeister wirkte."))
    assert not [p for p in asked if p.startswith("Zu wem")]


def test_membership_in_a_country_is_still_asked(nlp):
    asked = _asked(nlp, "Kreta", "Kreta ist eine Insel. Seit 1913 gehört die Insel zu Griechenland.")
    assert asked["Seit wann gehört Kreta zu Griechenland?"].answer == "seit 1913"


def test_a_question_that_points_back_to_an_earlier_sentence_is_not_asked(nlp):
    # Badminton (Klexikon): "Wann spielte man so etwas Ähnliches im alten China?" – similar to what?
    asked = _asked(nlp, "Badminton", (
        "Badminton ist ein Sport, bei dem man einen Ball mit einem Schläger über ein Netz schlägt. "
        "Schon vor 3000 Jahren spielte man so etwas Ähnliches im alten China."))
    assert not [p for p in asked if "Ähnliches" in p]
