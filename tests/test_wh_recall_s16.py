"""Round 16 (issue 12, MLQA recall): welch- questions whose type noun the text gives — the head of
a compound ("Welche Division …?" of "die 9. Panzerdivision") and the class noun of the place a
definition names ("In welchem Sternbild befindet sich Wolf 359?") — on real German sentences
through the real offline pipeline, with the cases where nothing must be asked."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_more import more_questions
from quizgen.model import Article


def _asked(nlp, text: str, title: str = "Test") -> dict[str, str]:
    """Prompt → answer of the questions ``wh_more`` asks of ``text``."""
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: str(q.answer) for q in more_questions(analysis, extract_facts(analysis))}


def _skills(nlp, text: str) -> set[str]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.skill for q in more_questions(analysis, extract_facts(analysis))}


# --- welch- + the head of a compound -------------------------------------------------------------


def test_compound_head_names_the_kind(nlp):
    asked = _asked(nlp, "Die 9. Panzerdivision musste aufgelöst werden und wurde bis heute nicht wieder reaktiviert. "
                        "Die 2. Infanteriedivision kämpfte bis Kriegsende weiter.")
    assert asked.get("Welche Division musste aufgelöst werden?") == "die 9. Panzerdivision"


def test_compound_head_of_a_rare_species(nlp):
    asked = _asked(nlp, "Der Steppenadler kommt von Rumänien über die Aralsteppe bis nach Transbaikal vor. "
                        "Der Seeadler lebt an Küsten und großen Seen.", "Greifvögel")
    prompt = "Welcher Adler kommt von Rumänien über die Aralsteppe bis nach Transbaikal vor?"
    assert asked.get(prompt) == "der Steppenadler"


@pytest.mark.parametrize(
    "text",
    [
        # a compound with a meaning of its own, in use nearly as often as its head: no kind of "Schuhe"
        "Die Spieler trugen im Winter Handschuhe.",
        # a grading first part: the capital is no kind of city a reader names
        "Die Hauptstadt wurde 1950 nach Bonn verlegt.",
        # a part of a city, no kind of city: "Welche Stadt stammt aus dem Mittelalter?"
        "Die Altstadt stammt noch aus dem Mittelalter.",
        # a vague head: "Welcher Punkt …?"
        "Der Zeitpunkt wurde 2001 festgelegt.",
        # no other kind of "Fläche" in the text: the question asks for a word, not a choice the text makes
        "Um dies zu erreichen, legt man die Handfläche auf die Bespannung.",
        # a bare plural with an adjective: "Welche Weiten benutzen Kasachstan und China?" leaves out the point
        ("Da Kasachstan und China unterschiedliche Spurweiten benutzen, gibt es an der Grenze andere Spurweiten "
         "als im Landesinneren."),
        # an infinitive as a noun: "Welches Radfahren …?"
        "In vielen Städten wurde das Hochradfahren sogleich verboten. Das Radfahren blieb erlaubt.",
        # an indefinite phrase names no one thing of the text
        "Angetrieben wurde das Flugzeug von einem Raketentriebwerk.",
    ],
)
def test_no_compound_question(nlp, text):
    assert "welch-kompositum" not in _skills(nlp, text)


def test_no_compound_question_about_the_topic(nlp):
    """The title's own noun is what the whole text is about: asking for it gives nothing to read."""
    asked = _asked(nlp, "Der Steppenadler kommt von Rumänien über die Aralsteppe bis nach Transbaikal vor. "
                        "Der Seeadler lebt an Küsten und großen Seen.", "Steppenadler")
    assert "Welcher Adler kommt von Rumänien über die Aralsteppe bis nach Transbaikal vor?" not in asked


# --- In welchem <class noun> befindet sich X? (a definition's place) ---------------------------------


def test_definition_places_its_name_with_a_class_noun(nlp):
    asked = _asked(nlp, "Wolf 359 ist ein Roter Zwerg im Sternbild Löwe.")
    assert asked.get("In welchem Sternbild befindet sich Wolf 359?") == "Löwe"


def test_definition_place_beside_the_predicative(nlp):
    text = "Waubun ist eine Kleinstadt (mit dem Status „City“) im Mahnomen County im US-amerikanischen Bundesstaat Minnesota."
    asked = _asked(nlp, text)
    assert asked.get("In welchem US-amerikanischen Bundesstaat befindet sich Waubun?") == "Minnesota"


@pytest.mark.parametrize(
    "text",
    [
        # a person is not "located": her city is where she works, not where she is
        "Rokia Traoré ist eine Sängerin in der Stadt Bamako.",
        # no class noun before the place: a guessed type noun ("In welchem Land …?") is not asked
        "Pathum Thani ist eine Provinz in der Zentralregion von Thailand.",
    ],
)
def test_no_located_question(nlp, text):
    assert not any("befindet sich" in prompt for prompt in _asked(nlp, text))


def test_english_unit_after_its_name(nlp):
    """"im Cherokee County": the unit is the class noun ("In welchem Cherokee …?" would be nonsense)."""
    asked = _asked(nlp, "Galena ist eine Kleinstadt mit ca. 3000 Einwohnern im Cherokee County, im äußersten "
                        "Südosten des US-Bundesstaates Kansas.")
    assert asked.get("In welchem County befindet sich Galena?") == "Cherokee County"
    assert not any("Cherokee befindet" in prompt for prompt in asked)


def test_no_compound_question_from_a_bare_clause(nlp):
    """Nothing else in the clause: "Welcher Flug begann?" asks nothing of the text."""
    assert "welch-kompositum" not in _skills(nlp, "Dann begann der eigentliche Gleitflug.")


# --- Welches Amt / Welchen Beruf (wh_facts) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        ("Dian Fossey erlernte zunächst den Beruf der Ergotherapeutin.", "Welchen Beruf erlernte Dian Fossey zunächst?",
         "Ergotherapeutin"),
        ("Gordon Brown übernahm 2007 das Amt des Premierministers.", "Welches Amt übernahm Gordon Brown 2007?",
         "Premierminister"),
    ],
)
def test_office_by_its_genitive(nlp, text, prompt, answer):
    assert _asked(nlp, text).get(prompt) == answer


@pytest.mark.parametrize(
    "text",
    [
        # the role of the media is what they do, no part anyone plays
        "Die Studie untersuchte die Rolle der Medien.",
        # no person as the subject: whose office would it be?
        "Die Regierung schuf 2007 das Amt des Beauftragten.",
    ],
)
def test_no_office_question(nlp, text):
    assert "welch-amt" not in _skills(nlp, text)
