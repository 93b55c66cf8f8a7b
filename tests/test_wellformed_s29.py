"""A definite noun named by "von" + noun, and a shorthand of the text's own topic, have their
referent (session 29: "Warum verursacht der Anbau von Tabak Hungersnöte?" and "Wodurch wandelte
das Fürstengeschlecht das Bild der Stadt?" in a text on Eisenstadt were refused as pointing back)."""

from __future__ import annotations

from test_wellformed_recall_s21 import _referentless

TABAK = ("Tabak ist eine Pflanze. Der Tabakanbau ist in vielen Ländern wichtig. "
         "Der Anbau von Tabak braucht viel fruchtbares Land. Das verursacht Hungersnöte.")
EISENSTADT = ("Eisenstadt ist die Landeshauptstadt des Burgenlandes. Die Familie Esterházy erhielt Eisenstadt. "
              "Das Fürstengeschlecht wandelte durch rege Bautätigkeit das Bild der Stadt.")


def test_a_noun_named_by_von_has_its_referent(nlp):
    assert _referentless(nlp, TABAK, "Warum verursacht der Anbau von Tabak Hungersnöte?", "Tabak") == []
    # the bare definite still points back: which Anbau?
    assert _referentless(nlp, TABAK, "Warum verursacht der Anbau Hungersnöte?", "Tabak")


def test_a_shorthand_of_the_topic_is_the_topic(nlp):
    assert _referentless(nlp, EISENSTADT, "Wodurch wandelte das Fürstengeschlecht das Bild der Stadt?", "Eisenstadt") == []
    # a shorthand of another word still points back ("die Stadt" after "Landeshauptstadt" in a text on a river)
    text = "Bern ist eine Landeshauptstadt an der Aare. Die Stadt hat eine Altstadt."
    assert _referentless(nlp, text, "Was hat die Stadt?", "Aare")
