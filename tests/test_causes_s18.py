"""Causes the readers' key questions of round 17 ask and wh_causes did not (generation/wh_causes.py,
generation/wh_effects.py): an als-clause that tells a charge is the reason of the deed beside it,
a participle of feeling in the Vorfeld is the motive of the deed after it, "Daraufhin" after someone else's deed or an "es kam zu …" is a reaction to the sentence before, and
the reason restated without its clauses of time; on real German sentences run through the offline
pipeline, with the sentences where nothing may be asked."""

from __future__ import annotations

import pytest
from test_wh_causes import _asked


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "accepted"),
    [
        # an als-clause with a noun of a charge (MLQA, Martin Kamen)
        (("Martin Kamen kehrte nach Berkeley zurück, wurde aber 1945 entlassen, als er unter dem Verdacht stand, "
          "Atomspionage zum Nutzen der Sowjetunion begangen zu haben."),
         "Warum wurde Martin Kamen 1945 entlassen?",
         "weil er unter dem Verdacht stand, Atomspionage zum Nutzen der Sowjetunion begangen zu haben",
         "als er unter dem Verdacht stand, Atomspionage zum Nutzen der Sowjetunion begangen zu haben"),
        # an als-clause with a verb of accusing, its possessive the question's subject's (news)
        (("Der Minister trat im März 2011 zurück, als ihm vorgeworfen wurde, große Teile seiner Doktorarbeit "
          "abgeschrieben zu haben."),
         "Warum trat der Minister im März 2011 zurück?",
         "weil ihm vorgeworfen wurde, große Teile seiner Doktorarbeit abgeschrieben zu haben",
         "als ihm vorgeworfen wurde, große Teile seiner Doktorarbeit abgeschrieben zu haben"),
    ],
)
def test_a_charge_is_the_reason(nlp, text, prompt, answer, accepted):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    question = asked[prompt]
    assert question.answer == answer and accepted in question.accepted
    assert question.skill == "warum" and question.type == "wh" and question.focus == "content"


def test_daraufhin_after_someone_elses_deed(nlp):
    """Another actor reacts: the sentence before is the reason (history textbook)."""
    asked = _asked(nlp, "Der König verlangte im Jahr 1525 hohe Steuern. Daraufhin protestierten die Bauern in vielen Dörfern.")
    question = asked["Warum protestierten die Bauern in vielen Dörfern?"]
    assert question.answer == "weil der König im Jahr 1525 hohe Steuern verlangte"
    assert "Der König verlangte im Jahr 1525 hohe Steuern" in question.accepted
    assert question.evidence.startswith("Der König verlangte")


def test_daraufhin_after_it_came_to(nlp):
    """"es kam zu …" names no actor, and its clauses of time go from the restated reason (MLQA,
    Blanket Protest): "weil es zu Misshandlungen kam"."""
    text = ("Die Häftlinge protestierten gegen die Haftbedingungen. Nachdem sie in Zellen ohne Toiletten verlegt "
            "wurden, kam es zu schweren Unruhen. Daraufhin schickte die Regierung zusätzliche Wärter in das Gefängnis.")
    asked = _asked(nlp, text)
    question = asked["Warum schickte die Regierung zusätzliche Wärter in das Gefängnis?"]
    assert question.answer == "weil es zu schweren Unruhen kam"
    # a reason as written keeps its time, and the key accepts the restated form without it
    written = ("Nachdem die Häftlinge in Zellen ohne Toiletten verlegt wurden, kam es zu schweren Unruhen. "
               "Daraufhin schickte die Regierung zusätzliche Wärter in das Gefängnis.")
    question = _asked(nlp, written)["Warum schickte die Regierung zusätzliche Wärter in das Gefängnis?"]
    assert question.answer == "Nachdem die Häftlinge in Zellen ohne Toiletten verlegt wurden, kam es zu schweren Unruhen"
    assert question.accepted == ("weil es zu schweren Unruhen kam",)


@pytest.mark.parametrize(
    "text",
    [
        # an als-clause of time only (no charge): when, not why
        "Der Bürgermeister wurde 1933 verhaftet, als die Nationalsozialisten die Macht übernahmen.",
        "Der Trainer wurde 2010 entlassen, als der Verein in die zweite Liga abstieg.",
        # the charge clause denied: no reason
        ("Martin Kamen wurde 1945 entlassen, als er nicht mehr unter dem Verdacht stand, Atomspionage begangen zu "
         "haben."),
        # "Daraufhin" of the same actor: his next step, no reason
        "Martin Kamen studierte zunächst Chemie in Chicago. Daraufhin arbeitete Martin Kamen als Chemiker in Berkeley.",
        # "Daraufhin" after a pronoun the references do not resolve: who acted is not sure
        "Sie verließen die Stadt im Sommer. Daraufhin besetzten die Truppen die Burg.",
    ],
)
def test_no_reason_asked(nlp, text):
    assert not [p for p in _asked(nlp, text) if p.startswith("Warum")], sorted(_asked(nlp, text))


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "accepted"),
    [
        # a participle of feeling before the finite verb (MLQA, The Avengers: "Durch die Nachricht … schockiert, …")
        ("Vom Erfolg ermutigt, eröffnete der Bäcker ein Café in der Altstadt.",
         "Warum eröffnete der Bäcker ein Café in der Altstadt?", "weil er vom Erfolg ermutigt war", "vom Erfolg ermutigt"),
        ("Von den hohen Preisen enttäuscht, verließen viele Besucher die Messe vorzeitig.",
         "Warum verließen viele Besucher die Messe vorzeitig?", "weil sie von den hohen Preisen enttäuscht waren",
         "von den hohen Preisen enttäuscht"),
    ],
)
def test_moved_by_a_feeling(nlp, text, prompt, answer, accepted):
    question = _asked(nlp, text)[prompt]
    assert question.answer == answer and question.accepted == (accepted,) and question.skill == "warum"


def test_no_motive_from_another_participle(nlp):
    """A participle of making says how or what, not why."""
    assert not [p for p in _asked(nlp, "Aus Holz gebaut, steht die Kirche seit 1700 im Dorf.") if p.startswith("Warum")]


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # "zur" + a noun of action is a purpose (MLQA, Zweiter Golfkrieg)
        ("Zur Rechtfertigung des Krieges wurden zuvor einige Gräuelberichte in die Massenmedien lanciert.",
         "Wozu wurden einige Gräuelberichte in die Massenmedien lanciert?", "zur Rechtfertigung des Krieges"),
    ],
)
def test_purpose_noun(nlp, text, prompt, answer):
    asked = _asked(nlp, text)
    assert asked[prompt].answer == answer


@pytest.mark.parametrize(
    "text",
    [
        # "zur" + a time or a place: no purpose
        "Zur Mittagszeit wurden die Geschäfte in der Altstadt geschlossen.",
        "Zur Kirche gingen die Bewohner des Dorfes jeden Sonntag.",
    ],
)
def test_no_purpose_of_time_or_place(nlp, text):
    assert not [p for p in _asked(nlp, text) if p.startswith("Wozu")], sorted(_asked(nlp, text))
