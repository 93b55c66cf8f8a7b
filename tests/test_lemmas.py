"""Lemmas that reach hints and card backs: separable verbs, homographs, common nouns as names."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.model import Article


def tokens(nlp, text: str):
    analysis = analyze(nlp, Article("Test", text, "test.txt", "test", ((0, len(text)),)))
    return analysis, {t.text: t for t in analysis.tokens}


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        ("Er lädt seine Freunde zu einer großen Party am Samstag in seinem Garten ein.", "lädt", "einladen"),
        ("Die Zahl der Arbeitslosen steigt seit dem letzten Jahr in allen Regionen deutlich an.", "steigt", "ansteigen"),
        # a relative clause between verb and particle: the particle is the main verb's
        ("Eine Gruppe nimmt die Bewertung der Bilder, die Rembrandt zugeschrieben werden, vor.", "nimmt", "vornehmen"),
        ("Die Feiern finden am Sonnabend, der diesem Tag am nächsten liegt, im Theater statt.", "finden", "stattfinden"),
        # the particle in the first field, before its verb
        ("Hinzu kommen allerlei Soßen, besonders Mayonnaise und Senf.", "kommen", "hinzukommen"),
        # a prepositional phrase after the particle
        ("In Biel fließt das Wasser zurück in das alte Bett.", "fließt", "zurückfließen"),
        ("Der Tabakanbau geht in vielen Ländern einher mit Armut und Verschuldung.", "geht", "einhergehen"),
        ("Diese Aussage legt eine höhere Zahl der Schüler nahe.", "legt", "nahelegen"),
        # "wieder" before the particle: the verb German writes with both
        ("Die Truppen stellten die alte Ordnung nach dem Krieg wieder her.", "stellten", "wiederherstellen"),
        ("Die Regierung führte die alte Steuer wieder ein.", "führte", "einführen"),
    ],
)
def test_a_far_particle_joins_its_verb(nlp, text, verb, lemma):
    _, found = tokens(nlp, text)
    assert found[verb].lemma == lemma


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        # "vorbei" belongs to "am Museum", not to planen: there is no verb "vorbeiplanen"
        ("Sie plante die Route am alten Museum vorbei.", "plante", "planen"),
        ("Seit 2003 wächst die Bevölkerung wieder.", "wächst", "wachsen"),
        ("Die Entwicklung beschleunigt sich weiter, für 2025 erwartet man mehr.", "beschleunigt", "beschleunigen"),
        ("Auch bei den Inkas waren Spiele mit gefiederten Bällen bekannt.", "waren", "sein"),
        # a verb inside a relative clause before the particle is not its verb
        ("Er lud alle Nachbarn, die er kannte, zu dem Fest ein.", "kannte", "kennen"),
    ],
)
def test_no_verb_is_made_up_from_a_particle_that_is_not_its_own(nlp, text, verb, lemma):
    _, found = tokens(nlp, text)
    assert found[verb].lemma == lemma


def test_the_particle_points_to_the_verb_it_joined(nlp):
    _, found = tokens(nlp, "Er lud alle Nachbarn, die er kannte, zu dem Fest ein.")
    assert found["lud"].lemma == "einladen"
    assert found["ein"].particle_of == found["lud"].i


@pytest.mark.parametrize(
    ("text", "form", "lemma", "tag"),
    [
        ("Die Schüler bekamen in Mathematik sehr gute Noten.", "Noten", "Note", "NN"),
        ("In der Not helfen gute Freunde.", "Not", "Not", "NN"),
        ("Die beiden Arten sind eng miteinander verwandt.", "verwandt", "verwandt", "ADJD"),
        ("Die beiden Sprachen sind verwandt.", "verwandt", "verwandt", "ADJD"),
        ("Die meisten Inseln sind fast unbewohnt.", "unbewohnt", "unbewohnt", "ADJD"),
        # UD's reading, kept: a participle after sein without a measure or grade stays a verb
        ("Die Tür ist heute geschlossen.", "geschlossen", "schließen", "VVPP"),
        ("Das Dorf ist fünf Kilometer entfernt.", "entfernt", "entfernt", "ADJD"),
        ("Der Tumor wurde bei der Operation entfernt.", "entfernt", "entfernen", "VVPP"),
        ("Er hat den Fleck sofort entfernt.", "entfernt", "entfernen", "VVPP"),
        ("Die Stadt ist seit 1990 stark gewachsen.", "gewachsen", "wachsen", "VVPP"),
    ],
)
def test_homographs_take_the_lemma_of_their_use(nlp, text, form, lemma, tag):
    _, found = tokens(nlp, text)
    assert (found[form].lemma, found[form].tag) == (lemma, tag)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Die Pest war eine Krankheit, an der viele Menschen starben.", "Pest"),
        ("Die Erde dreht sich in einem Jahr einmal um die Sonne.", "Erde"),
    ],
)
def test_a_common_noun_with_its_article_is_no_name(nlp, text, noun):
    analysis, found = tokens(nlp, text)
    assert not found[noun].ent_label
    assert noun not in {entity.text for entity in analysis.entities}


def test_names_stay_names(nlp):
    analysis, _ = tokens(nlp, "Die Aare fließt durch Bern und mündet bei Koblenz in den Rhein.")
    assert {"Aare", "Bern", "Koblenz", "Rhein"} <= {entity.text for entity in analysis.entities}


@pytest.mark.parametrize(
    ("text", "form", "lemma", "tag"),
    [
        # a "verb" after a comma, before its noun, is an attributive adjective
        (
            "In Japan erhalten die Mitarbeiter nur die ultra-obligatorische, billige Schokolade.",
            "billige",
            "billig",
            "ADJA",
        ),
        ("Er kaufte im Laden billige Schokolade.", "billige", "billig", "ADJA"),
        ("Die Regierung billigte den Plan.", "billigte", "billigen", "VVFIN"),
        # an "adjective" after the subject of a main clause that has no verb is its verb
        (
            "Das britische Parlament genehmigte Königin Victoria, ihrer Tochter eine Mitgift zu zahlen.",
            "genehmigte",
            "genehmigen",
            "VVFIN",
        ),
        ("Die vom Rat genehmigte Summe war hoch.", "genehmigte", "genehmigt", "ADJA"),
        # a participle HanTa does not know, of a verb German uses
        ("Bereits im Vorfeld wurde ein Trailer im Internet geleakt.", "geleakt", "leaken", "VVPP"),
        # an adjective HanTa knows is not read as a participle ("gerecht" is no form of "rechen")
        ("Die Strafe wurde von allen als gerecht empfunden und gerecht genannt.", "gerecht", "gerecht", "ADJD"),
        (
            "Der Clip wurde lediglich einmal gezeigt und nicht noch einmal wiederveröffentlicht.",
            "wiederveröffentlicht",
            "wiederveröffentlichen",
            "VVPP",
        ),
        # an English spelling is not the German adjective's lemma
        ("Der Tag über hielt eine rapide Intensivierung an.", "rapide", "rapide", "ADJA"),
        ("Das Haus steht auf einem soliden Fundament.", "soliden", "solide", "ADJA"),
    ],
)
def test_verb_or_adjective_by_its_place_in_the_clause(nlp, text, form, lemma, tag):
    _, found = tokens(nlp, text)
    assert (found[form].lemma, found[form].tag) == (lemma, tag)


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        # the strong verb's raised vowel, not the weak verb the form could also be
        ("Der Fernsehturm misst vom Fuß bis zur Spitze genau 368 Meter.", "misst", "messen"),
        ("Das Gerät misst jede Stunde die Temperatur des Wassers.", "misst", "messen"),
        ("Die Geschwindigkeit hängt davon ab, wie man es misst.", "misst", "messen"),
        ("Wer zu spät kommt, vergisst oft die Hälfte der Aufgaben.", "vergisst", "vergessen"),
        # the weak verb where it is the one German uses
        ("Sie vermisst ihren Bruder, der seit Jahren in Kanada lebt.", "vermisst", "vermissen"),
        ("Ihr wisst genau, wie das Spiel am Ende ausgeht.", "wisst", "wissen"),
        ("Der Hund liegt den ganzen Tag in der Sonne.", "liegt", "liegen"),
    ],
)
def test_a_raised_vowel_belongs_to_the_strong_verb(nlp, text, verb, lemma):
    _, found = tokens(nlp, text)
    assert found[verb].lemma == lemma
