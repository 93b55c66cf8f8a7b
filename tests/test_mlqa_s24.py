"""Kinds of question people ask about a paragraph (MLQA German dev, issue 12, session 24).

People ask a relative's name ("Wie hieß ihr Sohn? – Carter William", "Wer war sein Vater? –
Maurice Vane", "Wer ersetzte Morton in der Band? – Abe Spear"), whom a prepositional object names
after a two-way preposition ("Wer hat dem Plastik seinen Namen gegeben? – Hans van der Laan"); no
generator asked them. Real sentences (MLQA contexts, shortened) through the offline pipeline."""

from __future__ import annotations

from test_mlqa_s23 import _asked


def test_a_relative_named_beside_its_owner_is_asked_by_name(nlp):
    # Alan Thicke (MLQA): "Wie hieß ihr Sohn?" – Carter William
    asked = _asked(nlp, "Alan Thicke", (
        "Alan Thicke war ein kanadischer Schauspieler. In dieser Ehe kam Thickes dritter Sohn Carter William "
        "zur Welt."))
    assert asked["Wie hieß Thickes dritter Sohn?"].answer == "Carter William"
    assert not [p for p in asked if p.startswith("Wer kam")]  # "in dieser Ehe" points back: no other question


def test_a_possessive_is_restated_with_its_certain_owner(nlp):
    # Vane (MLQA): "Wer war sein Vater?" – Maurice Vane
    asked = _asked(nlp, "Steve Vane", (
        "Steve Vane war ein britischer Musiker. Sein Vater Maurice Vane war Sohn russischer Immigranten."))
    assert asked["Wie hieß Steve Vanes Vater?"].answer == "Maurice Vane"


def test_a_copula_of_a_name_and_a_successor_asks_who(nlp):
    # Lamb of God (MLQA): "Wer ersetzte Morton in der Band?" – Abe Spear
    asked = _asked(nlp, "Band", "Chris Morton war Gitarrist der Band. Sein Nachfolger wurde Abe Spear.")
    assert asked["Wer wurde Chris Mortons Nachfolger?"].answer == "Abe Spear"


def test_an_owner_without_a_genitive_s_asks_nothing(nlp):
    # "Georg III.s Großvater" is no German: the owner ends in a full stop
    asked = _asked(nlp, "Georg III.", "Georg III. wurde 1738 geboren. König Georg II. war sein Großvater.")
    assert not [p for p in asked if "Großvater" in p]


def test_a_person_after_a_two_way_preposition_takes_the_article_case(nlp):
    # Plastische Zahl (MLQA): "den niederländischen Architekten Hans van der Laan" is accusative
    asked = _asked(nlp, "Plastische Zahl", (
        "Die Definition der Plastischen Zahl geht auf den niederländischen Architekten Hans van der Laan zurück."))
    question = asked["Auf wen geht die Definition der Plastischen Zahl zurück?"]
    assert question.answer == "auf den niederländischen Architekten Hans van der Laan"
    assert not [p for p in asked if p.startswith("Auf wem")]


def test_a_thing_after_a_two_way_preposition_keeps_wo(nlp):
    asked = _asked(nlp, "Schule", "Die Kinder freuen sich auf die Ferien.")
    assert asked["Worauf freuen sich die Kinder?"].answer == "auf die Ferien"
