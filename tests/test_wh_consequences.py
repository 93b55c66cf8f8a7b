"""Cause and consequence across a clause's parts (issue 12): "so … , dass", "so dass" / "sodass",
"auf Grund" / "nach" a request with a demonstrative, the consequence of a genitive cause
("Welche Folgen hatte der Rückzug …?"), "führte dazu, dass" with a possessive of its own subject (generation/wh_causes.py, wh_effects.py), on real German sentences run through the
offline pipeline, and the sentences where nothing may be asked."""

from __future__ import annotations

import pytest
from test_wh_causes import _asked


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "skill"),
    [
        # "so + adjective, dass": the dass-clause asks, the main clause restated answers
        ("Der Sturm war in der Nacht so stark, dass die Fähre im Hafen bleiben musste.",
         "Warum musste die Fähre im Hafen bleiben?", "weil der Sturm in der Nacht so stark war", "warum"),
        ("Die Straße war derart vereist, dass der Bus nicht fahren konnte.",
         "Warum konnte der Bus nicht fahren?", "weil die Straße derart vereist war", "warum"),
        ("Die Bauern ernteten so viele Äpfel, dass die Preise fielen.",
         "Warum fielen die Preise?", "weil die Bauern so viele Äpfel ernteten", "warum"),
        # "so dass" in two words, which the clause rules leave unparsed (Wikipedia, Badminton)
        (("Für Schläge mit der Rückhand wird der Schläger leicht gedreht, so dass der Daumen auf der breiten Seite des "
          "Griffes Druck ausüben kann."),
         "Warum kann der Daumen auf der breiten Seite des Griffes Druck ausüben?",
         "weil für Schläge mit der Rückhand der Schläger leicht gedreht wird", "warum"),
        ("Der Damm brach, sodass das Dorf überflutet wurde.", "Warum wurde das Dorf überflutet?", "weil der Damm brach",
         "warum"),
        # "Auf Grund dieses Rückzugs …": the demonstrative becomes the article (MLQA, Togo)
        (("Auf Grund dieses Rückzugs vom Afrika-Cup wurde die Nationalmannschaft Togos vom Afrikanischen "
          "Fußballverband CAF zunächst für die nächsten zwei Turniere gesperrt."),
         ("Warum wurde die Nationalmannschaft Togos vom Afrikanischen Fußballverband CAF für die nächsten "
          "zwei Turniere gesperrt?"), "auf Grund des Rückzugs vom Afrika-Cup", "warum"),  # "zunächst" left out of a Warum
        # a possessive of the named subject (as in MLQA, Angelina Jolie)
        ("Wegen ihrer schweren Verletzung sagte Steffi Graf im Jahr 1996 das Turnier in Paris ab.",
         "Warum sagte Steffi Graf im Jahr 1996 das Turnier in Paris ab?", "wegen ihrer schweren Verletzung", "warum"),
        # the same cause asked for its consequence, put in the nominative (MLQA, Togo: the teacher's key question)
        (("Auf Grund dieses Rückzugs vom Afrika-Cup wurde die Nationalmannschaft Togos vom Afrikanischen "
          "Fußballverband CAF zunächst für die nächsten zwei Turniere gesperrt."),
         "Welche Folgen hatte der Rückzug vom Afrika-Cup?",
         ("dass die Nationalmannschaft Togos vom Afrikanischen Fußballverband CAF zunächst für die nächsten zwei "
          "Turniere gesperrt wurde"), "welche-folgen"),
        ("Wegen der starken Hitze blieben die Schulen in der ganzen Stadt geschlossen.",
         "Welche Folgen hatte die starke Hitze?", "dass die Schulen in der ganzen Stadt geschlossen blieben",
         "welche-folgen"),
        # "nach" a request or pressure (as in MLQA, Kirgisistan)
        ("Nach wiederholtem Druck Russlands verließen im Juni 2014 alle US-Soldaten den Stützpunkt.",
         "Warum verließen im Juni 2014 alle US-Soldaten den Stützpunkt?", "nach wiederholtem Druck Russlands", "warum"),
        # "führte dazu, dass": a possessive of the clause's own subject stays (as in MLQA, Victoria)
        ("Der Streit um die Heirat führte dazu, dass der Kaiser seinen Sohn überging.",
         "Welche Folgen hatte der Streit um die Heirat?", "dass der Kaiser seinen Sohn überging", "welche-folgen"),
    ],
)
def test_asks_for_causes_and_consequences(nlp, text, prompt, answer, skill):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    question = asked[prompt]
    assert question.answer == answer
    assert question.skill == skill and question.type == "wh" and question.sentence == 0


@pytest.mark.parametrize(
    "text",
    [
        # the consequence says where with "dort": where, the question would not say (Klexikon, London)
        "In manchen Stadtteilen sind die Preise für Wohnungen so hoch, dass dort nur noch sehr reiche Menschen wohnen können.",
        # the speaker's "wir" (Klexikon, Blüte)
        "Blüten können aber auch so klein sein, dass wir Menschen sie gar nicht wahrnehmen.",
        # a pronoun in the consequence without a certain name (Wikipedia, Fahrrad)
        ("Diese Muskelkraftwagen erforderten wegen ihrer großen Masse viel Kraft, so dass sie sich nicht für den "
         "allgemeinen Gebrauch durchsetzten."),
        # "ein neuer Höchststand" in a passive: of what, the question would not say (Wikipedia, London)
        "2011 stieg die Bevölkerung auf über 8 Millionen an, sodass ein neuer Höchststand erreicht wurde.",
        # "nahe" read as a particle in mid-clause: the restated reason would be garbled (Wikipedia, Moorea)
        "Das Riff liegt relativ nahe an der Insel, sodass Moorea nur eine schmale Lagune ausgebildet hat.",
        # "so" of manner before a zu-infinitive, no degree (Klexikon, Badminton)
        ("Dabei versuchen die Spieler, den Ball so über ein Netz zu schlagen, dass die Gegenseite ihn nicht den Regeln "
         "entsprechend zurückschlagen kann."),
    ],
)
def test_no_why_from_a_consequence(nlp, text):
    assert not [q for q in _asked(nlp, text).values() if q.skill == "warum"]


def test_a_bare_demonstrative_cause_says_nothing_on_its_own(nlp):
    """"wegen dieses Problems" needs the sentence before; with more words after the noun
    ("dieses Rückzugs vom Afrika-Cup") the article does."""
    assert not _asked(nlp, "Wegen dieses Problems wurde die alte Brücke im Herbst gesperrt.")


def test_no_consequence_with_a_possessive_of_someone_else(nlp):
    """"ihren Sohn" cannot be the Kaiser's: whose son, the answer alone does not say."""
    asked = _asked(nlp, "Der Streit um die Heirat führte dazu, dass der Kaiser ihren Sohn überging.")
    assert not [q for q in asked.values() if q.skill == "welche-folgen"]


def test_a_person_as_cause_has_no_consequences_asked(nlp):
    """"wegen des Königs": "Welche Folgen hatte der König?" asks nothing the sentence says."""
    asked = _asked(nlp, "Wegen des Königs musste die Hochzeit im Herbst verschoben werden.")
    assert not [q for q in asked.values() if q.skill == "welche-folgen"]


def test_no_cause_with_a_possessive_of_someone_unnamed(nlp):
    """"wegen ihrer Verletzung" with a subject that is no name: whose injury, the answer does not say."""
    asked = _asked(nlp, "Wegen ihrer schweren Verletzung sagte der Trainer das Spiel in Paris ab.")
    assert not [q for q in asked.values() if q.skill == "warum"]


def test_a_cause_that_governs_a_whole_list_is_asked_with_the_list(nlp):
    """Wikipedia, Kasachstan: "auf Grund von" was once read as one item of a list; since session
    18 the phrases after the list's "und" stay in the clause, and the whole list is the reason."""
    asked = _asked(nlp, "Die kasachische Küche ist auf Grund von Lage, Sprache, Kultur und Religion eng mit den "
                        "benachbarten zentralasiatischen und slawischen Ländern verbunden.")
    why = [q for q in asked.values() if q.skill == "warum"]
    assert why and all(q.answer == "auf Grund von Lage, Sprache, Kultur und Religion" for q in why)
