"""A noun declined like an adjective shows its form after "ein" on the card (issue 13, round 12:
"the card does not show the adjectival declension (ein Industrieller, einen Industriellen)")."""

from quizgen.exporters.anki import vocab_forms
from quizgen.extraction.word_facts import noun_fields
from quizgen.model import VocabItem


def test_a_person_declined_like_an_adjective_shows_its_strong_form():
    fields = noun_fields("Industrielle", [])
    assert fields is not None
    assert fields["article"] == "der/die" and fields["plural"] == "die Industriellen"
    assert fields["declension"] == "ein Industrieller"
    assert noun_fields("Jugendliche", [])["declension"] == "ein Jugendlicher"


def test_an_ordinary_noun_has_no_declension_note():
    assert "declension" not in noun_fields("Rakete", [])
    assert "declension" not in noun_fields("Lehrer", [])


def test_the_card_shows_plural_and_declension():
    fields = noun_fields("Angestellte", [])
    item = VocabItem(lemma="Angestellte", pos="NOUN", **fields)
    assert vocab_forms(item) == "die Angestellten, ein Angestellter"
    assert vocab_forms(VocabItem(lemma="Rakete", pos="NOUN", article="die", plural="die Raketen")) == "die Raketen"
