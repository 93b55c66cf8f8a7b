"""Levels strict readers of round 13 (tests/judged/cards.md, "## Round 13", table "Vocabulary")
found implausible: hinzufügen at A2 (B1), Vorleser at C2 (B2); and the words beside them a rule
must not move."""

from __future__ import annotations

from test_levels_s13 import _items

from quizgen.extraction.lemma_ranks import lemma_zipf
from quizgen.extraction.levels import agent_verb, band, word_level, written_particle


def test_a_verb_with_hinzu_is_a_verb_of_written_german(nlp):
    """hinzufügen (readers: A2 implausible, B1) is a verb of reports, as fortsetzen is; an
    everyday separable verb of the same sentence keeps its band (anrufen)."""
    items = _items(
        nlp, "Spätere Browser fügten die Fähigkeit hinzu, Grafiken anzuzeigen. Abends rief sie ihre Mutter an."
    )
    assert items["hinzufügen"].level == "B1"
    assert items["anrufen"].level in ("A1", "A2")
    assert written_particle("hinzufügen") and not written_particle("hinfahren")


def test_a_rare_agent_noun_is_rated_from_its_verb(nlp):
    """Der Vorleser (readers: C2 implausible, B2) is one who reads aloud: vorlesen (B1) and -er,
    a band above its verb. A common agent noun keeps its own band (der Leser), and a noun in
    -er of no verb is not read so (der Kaiser), nor one of a place (der Ägypter: Ägypten)."""
    items = _items(
        nlp, "Der Vorleser las den Kranken jeden Abend vor. Der Kaiser war ein eifriger Leser von Romanen."
    )
    assert items["Vorleser"].level == "B2"
    assert word_level("Leser", "NOUN", (), 0.0) == band(lemma_zipf("Leser"))
    assert agent_verb("Vorleser") == "vorlesen"
    assert agent_verb("Kaiser") == "" and agent_verb("Bruder") == "" and agent_verb("Ägypter") == ""
