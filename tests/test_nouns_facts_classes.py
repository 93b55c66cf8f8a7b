"""Noun facts for two classes of error readers found on the cards (issue 13, section 4)."""

from __future__ import annotations

import pytest
from test_noun_facts import nouns

from quizgen.extraction.dictionaries import find_dictionary
from quizgen.extraction.word_facts import noun_fields


def test_a_noun_written_like_a_name_in_the_genitive_has_no_plural_on_its_card(nlp):
    """"im Rahmen des Holocaust": a genitive without -s is how German writes names and
    one-of-a-kind things; readers rejected the card's "die Holocausts". A common noun keeps
    its plural, and a genitive singular (des Holocausts) is no evidence of one."""
    text = "Im Protokoll stand die Vernichtung von Millionen Juden im Rahmen des Holocaust."
    assert nouns(nlp, text)["Holocaust"] == "der · meist Singular"
    cards = nouns(nlp, "Die Akten des Krieges lagen neben den Akten des Vertrags im Keller des Rathauses.")
    assert cards["Vertrag"] == "der · die Verträge"
    assert cards["Keller"] == "der · die Keller"
    fields = noun_fields("Auto", [])
    assert fields["plural"] == "die Autos"


@pytest.mark.skipif(
    find_dictionary() is None or find_dictionary().format != "ding",
    reason="needs the Ding dictionary (Debian's trans-de-en)",
)
def test_a_noun_the_wiktionary_extract_lacks_takes_gender_and_plural_from_ding(nlp):
    """der Wagen is missing from Wiktionary's noun data (wagen is also a verb, and its plural is
    spelt like its singular): the card was dropped. Ding's "Wagen {m} | Wagen {pl}" gives it."""
    text = "Nach Einbruch der Dunkelheit versteckte die Familie sie auf einem Wagen."
    assert nouns(nlp, text)["Wagen"] == "der · die Wagen"
    assert noun_fields("Harriet", []) is None  # a name is no noun of Ding's
