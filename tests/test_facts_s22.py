"""Facts on a card a learner can trust (issue 13, round 22's readers of the cards): a separable
verb's parts where the tagger took its infinitive for a participle (umfallen), no plural for a
compound whose head is mostly singular (Nahverkehr), the plural's noun as headword after "die" +
adjective in -en (die ungarischen Laute: der Laut), an adjective paired with another is no
adverb (einsam und arm), and no head split off after a verb stem (Radfahr·streifen). Each with
the cases that must not change."""

from __future__ import annotations

from test_senses_own_line_s22 import needs_ding
from test_vocab_s16 import _items
from test_word_facts import facts

from quizgen.extraction.verbs import Usage, principal_parts
from quizgen.extraction.vocabulary import _verb_before_head


def test_an_infinitive_spelt_like_the_inseparable_participle_tells_no_variant(nlp):
    """"würde man umfallen" was carded "umfällt, umfiel, hat umfallen"; a perfect's auxiliary
    beside the form still shows the inseparable verb (hat den Stau umfahren)."""
    found = facts(nlp, "Würde man sich im Stand auf einen Fahrradsattel setzen, würde man umfallen.")
    assert found["umfallen"]["verb_forms"] == ("fällt um", "fiel um", "ist umgefallen")
    assert found["umfallen"]["separable_prefix"] == "um"
    parts = principal_parts("umfahren", usage=Usage(participles=("umfahren",), objects=(True,),
                                                    perfects=(("umfahren", "haben"),)))
    assert (parts.present, parts.participle) == ("umfährt", "umfahren")


def test_a_mostly_singular_head_lends_its_compound_no_plural(nlp):
    """"die Nahverkehre": Verkehr is itself mostly singular; a compound on a head with a plural in
    use keeps its own (Geburtsstädte, Fußballnationalmannschaften)."""
    found = facts(nlp, "Der öffentliche Nahverkehr in London ist sehr gut.")
    assert found["Nahverkehr"].get("plural") is None
    found = facts(nlp, "Die Fußballnationalmannschaft spielte in seiner Geburtsstadt.")
    assert found["Geburtsstadt"]["plural"] == "die Geburtsstädte"
    assert found["Fußballnationalmannschaft"]["plural"] == "die Fußballnationalmannschaften"


@needs_ding  # the glosses come from the dictionary
def test_die_with_an_adjective_in_en_shows_the_plural_s_noun(nlp):
    """"die ungarischen Laute" is der Laut (sound), not die Laute (lute); "die alte Laute" is the
    instrument."""
    items = _items(nlp, "Um die ungarischen Laute gut wiederzugeben, hat das Alphabet einige Buchstaben.")
    assert "Laut" in items and "Laute" not in items
    assert items["Laut"].gloss == ("sound",)
    items = _items(nlp, "Der Musiker spielt die alte Laute im Konzert.")
    assert "Laut" not in items and any("lute" in gloss for item in items.values() for gloss in item.gloss)


@needs_ding  # the glosses come from the dictionary
def test_an_adjective_paired_with_another_is_no_adverb(nlp):
    """"Trotz seines Ruhms starb er einsam und arm" carded einsam as ADV "alone": the pair says
    how the man was; an adjective alone beside a full verb is still carded as an adverb where the
    dictionary has one (hauptsächlich 'mainly')."""
    items = _items(nlp, "Trotz seines Ruhms starb er einsam und arm.")
    assert (items["einsam"].pos, items["arm"].pos) == ("ADJ", "ADJ")
    assert "lonely" in items["einsam"].gloss
    items = _items(nlp, "Die Vielfalt entsteht hauptsächlich durch den Regen.")
    assert items["hauptsächlich"].pos == "ADV"


def test_a_compound_split_after_a_verb_stem_lends_no_head_of_its_own():
    """Radfahr·streifen (radfahren) was carded "der Fahrstreifen", a word the text does not have;
    heads of compounds split after a noun stay candidates (Nationalmannschaft, Streik, Politik)."""
    assert _verb_before_head("Radfahrstreifen", "Fahrstreifen")
    assert not _verb_before_head("Fußballnationalmannschaft", "Nationalmannschaft")
    assert not _verb_before_head("Generalstreik", "Streik")
    assert not _verb_before_head("Bundeswirtschaftspolitik", "Wirtschaftspolitik")
