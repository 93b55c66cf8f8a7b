"""Key questions of round 24 (issue 12): what follows an event named after "nach" asked as the point
("Was passiert nach der Bestäubung?", not "Was wächst nach der Bestäubung?"), and a past passive
event restated in the pluperfect after "nachdem"; on real German sentences through the offline
pipeline, with the readings of "nach" where nothing must be asked."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction import extract_facts
from quizgen.generation.wh_content import content_questions
from quizgen.generation.wh_main import main_questions
from quizgen.model import Article, Question


def _asked(nlp, text: str) -> dict[str, Question]:
    """The main-line questions of ``text`` (one paragraph), by prompt."""
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in main_questions(analysis, extract_facts(analysis))}


def _after(nlp, text: str) -> list[Question]:
    return [q for prompt, q in _asked(nlp, text).items()
            if prompt.startswith(("Was passiert nach", "Was geschah nach")) or prompt.startswith("Was tat") and " nach " in prompt]


@pytest.mark.parametrize(("text", "prompt", "answer"), [
    # Klexikon, Blüte: a present rule, the reader's own rewrite
    ("Wenn die Pollen auf die klebrige Narbe geraten, nennt man das Bestäubung. Nach der Bestäubung wachsen die Samen.",
     "Was passiert nach der Bestäubung?", "die Samen wachsen"),
    # Klexikon, Eisenstadt: an expletive "es gab" with its ob-clause, a compound of an event ("Welt|krieg")
    (("Nach dem Ersten Weltkrieg gab es Streit, ob die Gegend mit Eisenstadt zu Ungarn oder zu Österreich gehören "
      "sollte."), "Was geschah nach dem Ersten Weltkrieg?",
     "es gab Streit, ob die Gegend mit Eisenstadt zu Ungarn oder zu Österreich gehören sollte"),
])
def test_what_follows_an_event_is_asked_whole(nlp, text, prompt, answer):
    question = _asked(nlp, text)[prompt]
    assert question.answer == answer
    assert question.skill == "welche-folgen"
    assert text.split(". ")[-1].removesuffix(".") in question.accepted  # the sentence as written


@pytest.mark.parametrize("text", [
    # "nach" = according to: an account, and a state
    "Nach der Volkszählung 2001 sind 96,0 Prozent der Bevölkerung ethnische Bulgaren.",
    "Nach der Überlieferung gründete Romulus die Stadt Rom.",
    # a span of time, no event
    "Nach zwei Jahren kehrte der Maler nach Amsterdam zurück.",
    # a thing, no event ("Nach der Nähmaschine wurde das Fahrrad …": an order of rank)
    "Nach der Nähmaschine wurde das Fahrrad zum zweiten technischen Serienprodukt.",
    # a gapped clause whose answer would lose its commas
    "Nach der Befruchtung entwickelt sich die Zygote zum Embryo, die Samenanlage zum Samen und die Blüte zur Frucht.",
    # an event of its noun alone, not told before, of no named subject: whose
    "Die Schule lag in Oklahoma. Nach der Eröffnung wurde das Gebäude umgebaut.",
    # the text tells several sequels of the event (Wikipedia, Kasachstan)
    ("Nach dem Zusammenbruch der Sowjetunion stieg die Anzahl der protestantischen Einrichtungen im Lande. Nach dem "
     "Zerfall der Sowjetunion erhob Kasachstan territoriale Ansprüche gegenüber den Nachbarstaaten."),
    # a pronoun the answer cannot resolve
    "Nach dem Krieg bauten sie die Brücke wieder auf.",
])
def test_no_after_question(nlp, text):
    assert not _after(nlp, text)


def test_a_past_passive_event_is_restated_in_the_pluperfect(nlp):
    """Klexikon, Aare (round 24: "'nachdem … wurde' needs the pluperfect")."""
    asked = _asked(nlp, "Die Aare wurde in den Bielersee geleitet. Seither gibt es in diesem Gebiet fast keine "
                        "Überschwemmungen mehr.")
    assert "Was änderte sich, nachdem die Aare in den Bielersee geleitet worden war?" in asked
    assert not any(prompt.endswith("geleitet wurde?") for prompt in asked)


def _ideas(nlp, text: str) -> dict[str, Question]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in content_questions(analysis, extract_facts(analysis))}


def test_the_idea_an_observation_led_to_is_asked_in_own_words(nlp):
    """Klexikon, Galapagosinseln (round 24: "Was beobachtete Darwin, und auf welche Idee brachte ihn
    das?"): "brachte ihn auf die Idee" is asked as "Welche Idee hatte …?", the thinker named."""
    asked = _ideas(nlp, "Später kamen viele Wissenschaftler auf die Galapagos-Inseln, um sie zu erforschen. Dazu gehörte "
                        "auch Charles Darwin. Er beobachtete, dass die Finken auf jeder Insel etwas anders aussehen. Das "
                        "brachte ihn auf die Idee, dass Tiere sich ihrer Umgebung anpassen und diese Merkmale dann "
                        "weitervererben.")
    question = asked["Welche Idee hatte Charles Darwin?"]
    # "diese Merkmale" inside the thought reads as "die Merkmale" in the key
    assert question.answer == "dass Tiere sich ihrer Umgebung anpassen und die Merkmale dann weitervererben"
    assert "Tiere sich ihrer Umgebung anpassen und die Merkmale dann weitervererben" in question.accepted


def test_a_conclusion_is_asked_with_its_own_verb(nlp):
    asked = _ideas(nlp, "Johannes Kepler kam zu dem Schluss, dass sich die Planeten auf Ellipsen bewegen.")
    assert asked["Zu welchem Schluss kam Johannes Kepler?"].answer == "dass sich die Planeten auf Ellipsen bewegen"


@pytest.mark.parametrize("text", [
    # a thinker the question could not name
    "Das brachte die Forscher auf die Idee, dass Tiere sich ihrer Umgebung anpassen.",
    # a thought that opens by pointing outside itself
    "Johannes Kepler kam zu dem Schluss, dass dies nicht stimmen kann.",
])
def test_no_idea_question(nlp, text):
    assert not [p for p in _ideas(nlp, text) if p.startswith(("Welche Idee", "Zu welchem Schluss"))]


def test_a_person_after_an_event_is_asked_what_they_did(nlp):
    """MLQA (Éric Rohmer): a person's step after an event is "Was tat X nach …?", as after "nachdem"."""
    asked = _asked(nlp, "Éric Rohmer wurde 1920 in Tulle geboren. Er studierte Geschichte in Paris. Nach dem Zweiten "
                        "Weltkrieg siedelte Rohmer nach Paris um.")
    question = asked["Was tat Rohmer nach dem Zweiten Weltkrieg?"]
    assert question.answer == "Rohmer siedelte nach Paris um"
    assert question.skill == "was-tat"
