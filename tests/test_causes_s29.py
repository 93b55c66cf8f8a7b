"""Purposes and consequences the readers' key questions of round 26 ask and wh_causes did not
(generation/wh_causes.py): "X soll(en) Y tun" of a thing tells what X is there for ("Wozu haben
viele Blüten farbige Kronblätter?"), and a result phrase that lists several results ("Der
Tabakanbau führt … zu verstärkter Abholzung …, Humusabbau … und …") is asked for two of them; on
real German sentences run through the offline pipeline, with the sentences where nothing may be
asked."""

from __future__ import annotations

import pytest
from test_wh_causes import _asked

from quizgen.generation.keys import list_rule


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "accepted"),
    [
        # a pronoun named by the sentence before (Klexikon, Blüte)
        (("Der größte und auffälligste Teil an den Blüten sind die farbigen Kronblätter, die wir oft auch "
          "Blütenblätter nennen. Sie sollen Insekten anziehen."),
         "Wozu dienen die farbigen Kronblätter?", "um Insekten anzuziehen", "Insekten anziehen"),
        # a thing named in the sentence, with a prepositional object (textbook, biology)
        ("Die Stacheln sollen die Pflanze vor hungrigen Tieren schützen.",
         "Wozu dienen die Stacheln?", "um die Pflanze vor hungrigen Tieren zu schützen",
         "die Pflanze vor hungrigen Tieren schützen"),
        # singular, news
        ("Das Gesetz soll Mieter vor hohen Kosten schützen.",
         "Wozu dient das Gesetz?", "um Mieter vor hohen Kosten zu schützen", "es soll Mieter vor hohen Kosten schützen"),
    ],
)
def test_what_a_thing_is_meant_to_do(nlp, text, prompt, answer, accepted):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    question = asked[prompt]
    assert question.answer == answer and accepted in question.accepted
    assert question.skill == "wozu" and question.focus == "content"


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister soll die Steuern senken.",  # a person: an order or a report, no function
        "Die Mannschaft soll den Titel verteidigen.",  # people acting together: a task
        "Das neue Stadion soll viele Zuschauer fassen.",  # a state, not what the stadium is for
        "Die neue Brücke soll im Mai den Verkehr entlasten.",  # a plan with its date
        "Laut Polizei soll der Wagen einen Unfall verursacht haben.",  # hearsay
        "Der Film soll die Geschichte einer Familie erzählen.",  # what a film tells is no purpose
        "Die Stacheln sollen nicht die Pflanze schützen.",  # negated
    ],
)
def test_sollen_without_a_function_asks_no_wozu(nlp, text):
    asked = _asked(nlp, text)
    assert not any(p.startswith("Wozu dien") for p in asked), sorted(asked)


def test_listed_results_are_asked_for_two(nlp):
    """Tabak (Wikipedia): the harm of tobacco growing, round 26's key question not asked."""
    asked = _asked(nlp, ("Der Tabakanbau führt in den afrikanischen Anbaugebieten zu verstärkter Abholzung von "
                         "Wäldern, Humusabbau des Bodens und starker wirtschaftlicher Abhängigkeit von den "
                         "Tabakaufkäufern."))
    prompt = "Welche Folgen hat der Tabakanbau in den afrikanischen Anbaugebieten? Nenne zwei."
    assert prompt in asked, sorted(asked)
    question = asked[prompt]
    assert question.skill == "welche-folgen"
    assert question.answer.startswith("verstärkter Abholzung von Wäldern, Humusabbau des Bodens")
    assert list_rule(question).startswith("je zwei beliebige")
    assert not any(p.startswith("Wozu führt") for p in asked)


def test_consequences_of_a_cause_listed_are_asked_for_two(nlp):
    asked = _asked(nlp, "Der Bau des Kanals bewirkte eine Senkung des Wasserspiegels und eine Trockenlegung der Sümpfe.")
    assert "Welche Folgen hatte der Bau des Kanals? Nenne zwei." in asked, sorted(asked)


def test_one_result_stays_a_wozu(nlp):
    asked = _asked(nlp, "Die Proklamationslinie führte zu einer noch größeren Entfremdung von der britischen Regierung.")
    assert "Wozu führte die Proklamationslinie?" in asked, sorted(asked)
    assert not any("Nenne" in p for p in asked)


def _asked_in(nlp, title: str, text: str) -> dict[str, object]:
    from quizgen.analysis import analyze
    from quizgen.extraction import extract_facts
    from quizgen.generation.wh_causes import cause_questions
    from quizgen.model import Article

    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in cause_questions(analysis, extract_facts(analysis))}


def test_a_cause_owned_by_the_topic(nlp):
    """Galapagosinseln (Wikipedia): "ihrer" is the islands', the subject the question names."""
    text = ("Die Galapagosinseln liegen im Pazifik. Aufgrund ihrer Entfernung von anderen Landmassen zeichnen sich "
            "die Galapagosinseln durch eine Vielzahl endemischer Tier- und Pflanzenarten aus.")
    asked = _asked_in(nlp, "Galapagosinseln", text)
    prompt = "Warum zeichnen sich die Galapagosinseln durch eine Vielzahl endemischer Tier- und Pflanzenarten aus?"
    assert prompt in asked, sorted(asked)
    assert asked[prompt].answer == "aufgrund ihrer Entfernung von anderen Landmassen"


@pytest.mark.parametrize(
    "text",
    [
        # the possessive does not agree with the subject: someone else's
        "Die Galapagosinseln liegen im Pazifik. Wegen seiner Lage sind die Galapagosinseln sehr warm.",
        # the subject is not the topic: "ihrer" may be anyone's
        "Die Galapagosinseln liegen im Pazifik. Wegen ihrer Entfernung haben die Besucher wenig Zeit.",
    ],
)
def test_a_possessive_of_another_owner_asks_nothing(nlp, text):
    asked = _asked_in(nlp, "Galapagosinseln", text)
    assert not any(p.startswith("Warum") for p in asked), sorted(asked)


def test_durch_after_the_damage_of_a_causing_verb_is_no_means(nlp):
    """MLQA (Hurrikan John): the floods are the damage, not how the rain caused it; a means in the
    Vorfeld still is one."""
    asked = _asked(nlp, "Auf Hawaii verursachte heftiger Regen geringere Schäden durch örtliche Überflutungen und "
                        "kurzzeitige Straßensperrungen.")
    assert not any(p.startswith("Wodurch") for p in asked), sorted(asked)
    asked = _asked(nlp, "Durch die Explosion des Kraftwerks verursachte der Sturm große Schäden.")
    assert "Wodurch verursachte der Sturm große Schäden?" in asked, sorted(asked)
