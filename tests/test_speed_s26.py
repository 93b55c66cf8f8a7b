"""The noun lexicon's memos (session 26): a word asked again gets the same answer, and a lookup
without the compound fallback is not answered from one with it."""

from quizgen.analysis.lexicon import noun_lexicon


def test_a_lookup_without_fallback_is_kept_apart_from_one_with_it():
    lexicon = noun_lexicon()
    derived = lexicon.lookup("Militärübungsplatzwärterin")  # unknown compound: its head's entry
    assert derived is not None and derived.gender == "Fem"
    assert lexicon.lookup("Militärübungsplatzwärterin", compound_fallback=False) is None
    assert lexicon.lookup("Militärübungsplatzwärterin") == derived


def test_a_known_noun_keeps_its_entry_when_asked_again():
    lexicon = noun_lexicon()
    first = lexicon.lookup("Haus", compound_fallback=False)
    assert first is not None and first.gender == "Neut" and first.plural == "Häuser"
    assert lexicon.lookup("Haus") == first
    assert lexicon.lookup("Haus", compound_fallback=False) == first
