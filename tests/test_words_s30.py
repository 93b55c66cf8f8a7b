"""Session 30 (issue 13, round 24's card readers): the words a B1 learner should learn.

- A compound whose English spells out its parts with a sense of the modifier further down the
  dictionary's entries (Preis – prize in Preisgeld – prize money, Verein – club in
  Fußballverein – football club) is read from its parts: no card for a B1 reader.
- A verb of the A2 band past the A2 learner's vocabulary that the text uses with a
  prepositional object is carded with its construction (teilnehmen an): readers missed it.
- A simple verb that is an everyday noun's verb sits in the noun's band (regnen A2, not B1).
"""

from __future__ import annotations

from test_cloze_s13 import _analysis
from test_senses_own_line_s22 import needs_ding

from quizgen.config import Options
from quizgen.extraction.vocabulary import _spells, extract_vocabulary


def _lemmas(nlp, ding, text: str, level: str = "B1") -> set[str]:
    items = extract_vocabulary(_analysis(nlp, text), Options(level=level, max_words=0, dictionary=ding.source))
    return {item.lemma.removeprefix("sich ") for item in items}


@needs_ding
def test_a_modifier_spells_its_compound_with_any_of_its_senses(ding):
    """Preis is "price" first, "prize" further down; in "prize money" the modifier takes the
    sense that fits its head."""
    assert _spells("Preis", "prize-money", ding, head=False)
    assert not _spells("Preis", "shopping street", ding, head=False)


@needs_ding
def test_a_head_spells_its_compound_only_with_its_first_senses(ding):
    """Kette is "chain" to a learner; "mountain range" (Bergkette) is no sum of Berg and Kette, so
    the head's rare geology sense does not count, while Verein's everyday "club" does."""
    assert not _spells("Kette", "mountain range", ding, head=True)
    assert _spells("Verein", "football club", ding, head=True)


@needs_ding
def test_a_compound_of_basic_parts_said_by_its_parts_makes_no_card(nlp, ding):
    """Round 24: Preisgeld (Charles Lindbergh), Fußballverein (Oskar Schindler) and Muttersprache
    (Kasachstan) were judged not worth a B1 reader's card; a compound whose English is a word of
    its own stays (Erdbeben – earthquake)."""
    text = ("Der Millionär bot ein hohes Preisgeld für den ersten Flug über den Atlantik an. "
            "Später spielte er in einem kleinen Fußballverein in seiner Stadt. "
            "Im selben Jahr zerstörte ein schweres Erdbeben die Stadt.")
    lemmas = _lemmas(nlp, ding, text)
    assert "Preisgeld" not in lemmas
    assert "Fußballverein" not in lemmas
    assert "Erdbeben" in lemmas


@needs_ding
def test_a_verb_with_its_prepositional_object_is_a_card_at_b1(nlp, ding):
    """Round 24: "teilnehmen an" was missing from Charles Lindbergh; teilnehmen ranks among the
    2,400 lemmas a B1 learner knows, but not the construction."""
    text = "Lindbergh wollte unbedingt an dem Wettbewerb teilnehmen, obwohl schon viele Piloten gescheitert waren."
    assert "teilnehmen" in _lemmas(nlp, ding, text)


@needs_ding
def test_the_same_verb_without_a_prepositional_object_is_not(nlp, ding):
    """Without "an …" the card would teach a B1 reader only a verb of the A2 band."""
    text = "Viele Menschen aus der ganzen Stadt wollten unbedingt teilnehmen, obwohl es regnete."
    assert "teilnehmen" not in _lemmas(nlp, ding, text)


def test_a_verb_of_an_everyday_noun_sits_in_the_nouns_band():
    """Round 19 and 24: regnen B1 was implausible; it is learnt with der Regen (A2), as duschen with
    die Dusche. A verb with a prefix is no such verb (vermieten, beherrschen)."""
    from quizgen.extraction.levels import noun_verb, word_level, zipf

    assert noun_verb("regnen") == "Regen"
    assert noun_verb("reisen") == "Reise"
    assert noun_verb("vermieten") == noun_verb("beherrschen") == ""
    forms = ("regnen", "regnet", "regnete", "geregnet")
    assert word_level("regnen", "VERB", forms, zipf(forms)) == "A2"


def test_examples_of_a_kind_named_in_the_plural_count_as_listed(nlp):
    """Kasachstan: "weitere Metalle wie Blei oder das Schwermetall Uran" carded Blei and
    Schwermetall, which round 24's readers judged of low value; a comparison with "wie" after a
    singular or an adjective gives no examples."""
    from quizgen.extraction.vocabulary import exemplified

    sentence = _analysis(nlp, "Dazu kommen weitere Metalle wie Blei oder das Schwermetall Uran.").sentences[0]
    assert {t.text for t in sentence.tokens if t.i in exemplified(sentence)} == {"Blei", "Schwermetall", "Uran"}
    for text in ("Der Turm ist so hoch wie ein Haus mit zehn Stockwerken.",
                 "Das Metall wie Blei zu schmelzen ist schwer."):
        sentence = _analysis(nlp, text).sentences[0]
        assert not exemplified(sentence)


def test_a_number_and_times_is_read_at_sight(nlp):
    """"viermal" took a card in Kasachstan; "einmal" is a word of its own and keeps its chance."""
    from test_cloze_s13 import _item

    from quizgen.config import LEVELS
    from quizgen.extraction.vocabulary import _transparent

    analysis = _analysis(nlp, "Er wurde viermal gewählt, einmal sogar ohne Gegenkandidaten.")
    learner = LEVELS.index("A1")
    assert _transparent(_item(analysis, "viermal", "viermal", "ADV", ("four times",)), learner, set())
    assert not _transparent(_item(analysis, "einmal", "einmal", "ADV", ("once",)), learner, set())
