"""The sense in the text, round 8 (issue 13, round 24 of the card readers; tests/judged/cards.md):
a qualifier Ding writes after the last noun of a line describes the whole line (Dreck is "junk"
only as worthless things, not the dirt a bicycle's wheels throw up); a field's main entry is not
displaced by its own English written apart (Datenbank "database", not "data bank").
Sentences of the judged texts, read with Debian's Ding."""

from __future__ import annotations

from test_senses3_s23 import _choice
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.ding import _ding_entries
from quizgen.extraction.senses import NARROW, _written_apart

JUNK = ("Kram {m} [Dt.] [Schw.]; Krams {m} [Norddt.]; Krempel {m}; Dreck {m}; Schrott {m}; Plunder {m} [Dt.]; "
        "Glumpert {n} [Bayr.] [Ös.]; Glump {n} [Bayr.] [Ös.]; Graffel {n} [Bayr.] [Ös.] (überflüssige, wertlose Sachen) "
        ":: junk; rubbish; trash [Am.]")


def _marks(line: str, lemma: str) -> set[str]:
    return {entry[6] for entry in _ding_entries(line) if entry[0] == lemma}


def test_a_closing_qualifier_narrows_every_noun_of_the_line():
    """The bracket after Graffel (the ninth noun, beyond the alternatives read) says what the
    whole line means: worthless things. Dreck was "junk" unqualified."""
    assert all(NARROW in marks for marks in _marks(JUNK, "Dreck"))
    assert all(NARROW in marks for marks in _marks(JUNK, "Kram"))


def test_a_place_a_construction_or_a_bare_noun_in_the_closing_bracket_narrows_only_its_noun():
    """Where mould grows ("(im Haus und auf Nahrungsmitteln)") is no narrower sense of Schimmel,
    and a noun's construction ("(zu einem anderen Land)") explains nothing."""
    mould = "Schimmel {m}; Moder {m} (im Haus und auf Nahrungsmitteln) | Brotschimmel {m} :: mould [Br.]; mold [Am.] | bread mould"
    assert all(NARROW not in marks for marks in _marks(mould, "Schimmel"))
    assert all(NARROW not in marks for marks in _marks("Grenze {f}; Rand {m} (zu einem anderen Land) :: border", "Grenze"))
    # a bare noun names the last noun's field or material as often as the line's
    dash = "Fleck {m}; Tupfer {m}; Tupfen {m} (Licht, Farbe) | Flecken {pl} :: dash; dapple (of light or colour) | dashes"
    assert all(NARROW not in marks for marks in _marks(dash, "Fleck"))
    # a bracket inside the line is its own noun's
    inner = "Führer {m}; Lenker {m} (in Zusammensetzungen); Leiter {m} :: leader"
    assert all(NARROW not in marks for marks in _marks(inner, "Führer"))


@needs_ding
def test_the_dirt_of_a_bicycle_is_no_junk(ding, nlp):
    text = "Schutzbleche über den Rädern verhindern, dass von den Rädern zu viel Dreck und Regenwasser hochspritzt."
    assert "junk" not in _choice(ding, nlp, text, "Dreck", "NOUN", title="Fahrrad").senses


def test_english_written_apart_is_one_word():
    assert _written_apart("database", "data bank")
    assert _written_apart("database", "data base")
    assert not _written_apart("charge", "load")
    assert not _written_apart("landing", "land fall")  # no word of its own begun apart
    assert not _written_apart("data", "data bank")


@needs_ding
def test_a_database_is_no_data_bank(ding, nlp):
    """"Datenbank {f} [comp.] | Datenbanken {pl} | … :: database" is the word's main entry; its
    bare line "Datenbank {f} :: data bank" went first as the everyday sense before the field's."""
    text = "Viele Daten zusammen können in einer Datenbank gespeichert werden."
    assert _choice(ding, nlp, text, "Datenbank", "NOUN", title="Information").senses[:1] == ("database",)
