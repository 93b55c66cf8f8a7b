"""Causes the teachers' key questions ask and wh_causes did not: "X, wodurch Y", "durch" with a
noun of an event in an active clause, and a phrase of cause before a negated deed
(generation/wh_causes.py), on sentences of the dev texts run through the real offline pipeline,
and the sentences where no such question may be asked."""

from __future__ import annotations

import pytest
from test_wh_causes import _asked


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "accepted", "skill"),
    [
        # "X, wodurch Y": Y asked with Warum, X as written answers, restated verb-last accepted (MLQA, Hurrikan)
        (("Die Wellen erreichten eine Höhe von zwei bis drei Metern, wodurch strandnahe Gebiete in Kailua-Kona unter "
         "Wasser gesetzt wurden."),
         "Warum wurden strandnahe Gebiete in Kailua-Kona unter Wasser gesetzt?",
         "Die Wellen erreichten eine Höhe von zwei bis drei Metern",
         "weil die Wellen eine Höhe von zwei bis drei Metern erreichten", "warum"),
        # "durch" + a noun of an event in an active clause (Wikipedia, Ungarische Sprache; Kasachstan)
        ("Durch die Isolation vom ungarischen Mutterland behielten die Tschangos ihren eigenständigen Dialekt bei.",
         "Wodurch behielten die Tschangos ihren eigenständigen Dialekt bei?",
         "durch die Isolation vom ungarischen Mutterland", "die Isolation vom ungarischen Mutterland", "wodurch"),
        (("Durch den Aufbau diplomatischer Beziehungen zwischen Kasachstan und dem Vatikan konnten die kasachischen "
         "Katholiken mehr Unterstützung erfahren."),
         "Wodurch konnten die kasachischen Katholiken mehr Unterstützung erfahren?",
         "durch den Aufbau diplomatischer Beziehungen zwischen Kasachstan und dem Vatikan",
         "den Aufbau diplomatischer Beziehungen zwischen Kasachstan und dem Vatikan", "wodurch"),
        # a phrase of cause before a negated deed: the deed is denied, not the reason (MLQA, Đồng)
        (("Aufgrund der anhaltenden Inflation wurden jedoch in der Folge für viele Jahre keine Münzen mehr in Umlauf "
         "gebracht."),
         "Warum wurden in der Folge für viele Jahre keine Münzen mehr in Umlauf gebracht?",
         "aufgrund der anhaltenden Inflation", "der anhaltenden Inflation", "warum"),
    ],
)
def test_asks_the_cause(nlp, text, prompt, answer, accepted, skill):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    question = asked[prompt]
    assert question.answer == answer
    assert accepted in question.accepted
    assert question.skill == skill and question.type == "wh" and question.focus == "content"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a guess of the text is no fact (Wikipedia, Aare)
        (("Vermutlich hängen die Seiches von den Windverhältnissen am Thunersee ab, wodurch Tiefenwasser aus dem See "
         "zum Ausfluss transportiert wird."), "Warum"),
        # a way through a place, no means (Wikipedia, Sofia)
        ("Durch die östlichen Stadtviertel fließt der längste Fluss Bulgariens, der Iskar.", "Wodurch"),
        # a tool, no event (MLQA, jEdit)
        ("Durch die Plug-ins lässt sich jEdit an die Bedürfnisse des Benutzers anpassen.", "Wodurch"),
        # "dort" would be lost: where, the question would not say (Wikipedia, Kasachstan)
        (("Durch die Deportation von Russlanddeutschen nach Zentralasien vervielfachte sich dort die Zahl der "
         "Protestanten."), "Wodurch"),
        # a relative clause the question would drop (Klexikon, Galapagosinseln)
        (("Durch die Abgeschiedenheit der Inseln findet man viele Tiere und Pflanzen, die es nirgendwo anders auf der "
         "Welt gibt."), "Wodurch"),
        # the means are still to come (Wikipedia, Blüte)
        ("Die Öffnung der Blütenknospe kann durch verschiedene Mechanismen erfolgen:", "Wodurch"),
        # a content clause the question would drop (MLQA, Georg III.)
        (("Durch die Fortführung des Kriegs mit den amerikanischen Kolonisten glaubte Georg III., er verteidige das "
          "Recht des gewählten Parlaments, Steuern zu erheben."), "Wodurch"),
        # a negation before the phrase denies the reason
        ("Die Stadt entwickelte sich nicht aus wirtschaftlichen Gründen so schnell.", "Warum"),
    ],
)
def test_no_cause_question(nlp, text, word):
    asked = _asked(nlp, text)
    assert not [p for p in asked if p.startswith(word)], sorted(asked)
