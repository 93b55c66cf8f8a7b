"""Kinds of question people ask about a paragraph (MLQA German dev, issue 12, session 23).

People ask a subject or object by its noun when a classifying adjective is the point ("Welche
Struktur nimmt die Verbindung an? – eine oligomere Struktur") and ask a thing's name when the
text gives it as an apposition ("Wie heißt der erste moderne ternäre Computer? – Setun"); the
generators asked neither. Real sentences (MLQA contexts, Klexikon) through the offline pipeline."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.questions import _w_questions
from quizgen.model import Article, Question


def _asked(nlp, title: str, text: str) -> dict[str, Question]:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in _w_questions(analysis, extract_facts(analysis))}


def test_a_classifying_adjective_is_asked_with_welch_and_the_noun(nlp):
    # Methyllithium (MLQA): "Welche Struktur nimmt die Verbindung an?" is a people's question
    asked = _asked(nlp, "Methyllithium", (
        "Methyllithium ist die einfachste lithiumorganische Verbindung. Die Verbindung nimmt eine "
        "oligomere Struktur an."))
    question = asked["Welche Struktur nimmt Methyllithium an?"]  # the noun that points back resolved
    assert question.answer == "eine oligomere Struktur"


def test_an_evaluating_adjective_is_no_kind(nlp):
    # "Welche Rolle spielte …? – eine wichtige Rolle" asks for a grade the reader cannot name
    asked = _asked(nlp, "Schindler", (
        "Oskar Schindler war ein deutscher Unternehmer. Seine Frau Emilie spielte eine wichtige Rolle "
        "bei der Rettung der Arbeiter."))
    assert not [p for p in asked if p.startswith("Welche Rolle")]


def test_a_name_in_apposition_is_asked_with_wie_heisst(nlp):
    # Ternärer Computer (MLQA): "Wie heißt der erste moderne ternäre Computer?" – Setun
    asked = _asked(nlp, "Ternärer Computer", (
        "Ternäre Computer rechnen mit drei Zuständen statt mit zwei. Der einzige moderne ternäre Computer, "
        "Setun, wurde 1958 an der Lomonossow-Universität in Moskau entwickelt."))
    question = asked["Wie hieß der einzige moderne ternäre Computer?"]
    assert question.answer == "Setun"


def test_the_share_a_statistics_sentence_opens_with_is_asked(nlp):
    # a US town (MLQA): "Wie viel Prozent der Bevölkerung sind unter 18 Jahren?" – 31,4; the list
    # after the first comma is left out of the question
    asked = _asked(nlp, "Hamilton", (
        "Hamilton ist eine Stadt im Butler County im Bundesstaat Ohio. 31,4 Prozent der Bevölkerung war unter "
        "18 Jahre alt, 9,0 Prozent zwischen 18 und 24 und 12,4 Prozent waren 65 Jahre alt oder älter."))
    question = asked["Wie viel Prozent der Bevölkerung war unter 18 Jahre alt?"]
    assert question.answer.startswith("31,4 Prozent")
    assert not [p for p in asked if "zwischen 18 und 24" in p]


def test_an_adjective_that_places_in_time_is_no_kind(nlp):
    # Badminton (Wikipedia): "Welches Spiel verdankt seinen Namen …? – das heutige Spiel" asks for
    # a time, not a kind of game
    asked = _asked(nlp, "Badminton", (
        "Badminton ist eine Rückschlagsportart. Ein urkundlich erwähnter Rekord aus dem Jahre 1830 beläuft sich "
        "auf 2117 Schläge für einen Ballwechsel zwischen Mitgliedern der Somerset-Familie. Das heutige Spiel "
        "verdankt seinen Namen dem englischen Landsitz des Duke of Beaufort aus der Grafschaft Gloucestershire."))
    assert not [p for p in asked if p.startswith("Welches Spiel")]


def test_welch_on_a_plural_object_leaves_the_verb_with_its_subject(nlp):
    # MLQA's "Welche Pralinen stellten man 1953 her?": the plural of the object is not the verb's
    asked = _asked(nlp, "Kreta", (
        "Kreta war im 9. Jahrhundert ein arabisches Emirat. Der byzantinische Admiral griff syrische Schiffe "
        "in der Ägäis an."))
    assert asked["Welche Schiffe griff der byzantinische Admiral in der Ägäis an?"].answer == "syrische Schiffe"


def test_a_share_whose_predicate_goes_on_after_oder_is_not_asked(nlp):
    # "Wie viel Prozent der Einwohner waren spanischer?" cut "spanischer oder lateinamerikanischer Abstammung"
    asked = _asked(nlp, "Hamilton", (
        "Hamilton ist eine Stadt im Butler County im Bundesstaat Ohio. 75,71 Prozent der Einwohner waren "
        "spanischer oder lateinamerikanischer Abstammung."))
    assert not [p for p in asked if p.startswith("Wie viel Prozent")]


def test_a_noun_whose_content_follows_is_not_asked_by_its_adjective(nlp):
    # MLQA (John Stuart, 3. Earl of Bute): "Welches Gerücht verbreiteten Butes Gegner? – das
    # verleumderische Gerücht" leaves out what the rumour said
    asked = _asked(nlp, "Bute", (
        "John Stuart, 3. Earl of Bute, war ein britischer Politiker. Butes Gegner verbreiteten das verleumderische "
        "Gerücht, er habe eine Affäre mit der Mutter des Königs, und nutzten anti-schottische Vorurteile unter den "
        "Engländern aus."))
    assert not [p for p in asked if p.startswith("Welches Gerücht")]
