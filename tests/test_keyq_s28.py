"""Key questions of harm and consequence (session 28, issue 12): round 26's readers wanted "Warum
ist die Tabakernte für Kinder schädlich?" and "Welche Folgen hat der Tabakanbau für Umwelt und
Ernährung?" and found neither on the sheet. ``wh_effects`` now asks a demonstrative subject that
sums up the sentence before in its own words with a verb of hindering or harming ("Diese
Kinderarbeit verhindert …"), and a "Das verursacht Y" whose sentence before names an action
("Der Anbau von Tabak braucht …"), on real German sentences run through the offline pipeline."""

from __future__ import annotations

from test_wh_causes import _asked


def test_harm_of_a_situation_summed_up_by_a_compound(nlp):
    # Klexikon, Tabak: "Kinderarbeit" sums up "… erledigen sie auch Kinder"
    text = ("Vor allem die Tabakernte und die Trocknung geben sehr viel Arbeit. Oft erledigen sie auch Kinder. "
            "Diese Kinderarbeit verhindert den Schulbesuch.")
    asked = _asked(nlp, text)
    question = asked["Welche Folgen hat die Kinderarbeit?"]
    assert question.answer == "Sie verhindert den Schulbesuch"
    assert question.skill == "welche-folgen"
    assert "Oft erledigen sie auch Kinder." in question.evidence


def test_no_harm_question_for_a_noun_that_sums_up_nothing(nlp):
    # "Diese Maßnahme" names nothing of the sentence before in its own words: which measure, the question would not say
    text = ("Die Regierung senkte im Jahr 2010 die Steuern für kleine Betriebe. "
            "Diese Maßnahme verhinderte eine Pleitewelle.")
    assert not [p for p in _asked(nlp, text) if p.startswith("Welche Folgen hatte die Maßnahme")]


def test_das_verursacht_asks_why_the_action_before_causes_it(nlp):
    # Klexikon, Tabak: the sentence before is too long for "Welche Folgen hat es, dass …?"
    text = ("Der Anbau von Tabak braucht viel fruchtbares Land, auf dem keine Nahrung angebaut werden kann. "
            "Das verursacht Hungersnöte.")
    asked = _asked(nlp, text)
    question = asked["Warum verursacht der Anbau von Tabak Hungersnöte?"]
    assert question.answer == "weil er viel fruchtbares Land braucht, auf dem keine Nahrung angebaut werden kann"
    assert "Der Anbau von Tabak braucht viel fruchtbares Land, auf dem keine Nahrung angebaut werden kann" \
        in question.accepted
    assert not [p for p in asked if p.startswith("Was verursacht")]  # the world's question, not the text's


def test_das_verursacht_after_a_thing_asks_nothing(nlp):
    # a plant causes nothing; what is done with it does ("Warum verursacht die Tabakpflanze …?" misnames the cause)
    text = ("Die Tabakpflanze braucht viel fruchtbares Land, auf dem keine Nahrung angebaut werden kann. "
            "Das verursacht Hungersnöte.")
    assert not [p for p in _asked(nlp, text) if p.startswith("Warum verursacht")]
