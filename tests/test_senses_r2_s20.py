"""Senses the card readers of session 20's second round found wrong (issue 13): a noun's first
sense lent by other German words' lines, in English more common than the noun's own ("Pilot ::
(racing) driver", Fahrer's English, before "pilot"); a specialist's construction the clause
has ("auf etw. zugreifen [comp.] :: to access") given way to an everyday sense without it; a
specialist's sense taken for the rival of an everyday one (Häftling: no gloss). Checked with the
installed Ding on German sentences like the judged ones, with sentences where nothing must
change (a false friend stays out, a clause without the construction)."""

from __future__ import annotations

from test_gloss_s15 import _senses
from test_senses_s19 import _installed_ding


def test_a_pilot_is_a_pilot_not_a_driver(fresh_glossary, nlp):
    """"Der erste Flug fand am 17. April 1969 statt; Pilot war Major Jerauld Gentry." (X-24): the
    noun's own English word goes before the lent "driver", which it replaces."""
    senses = _senses(_installed_ding(), nlp, "Pilot des ersten Fluges war Major Jerauld Gentry.", "Pilot", "NOUN")
    assert senses[:1] == ("pilot",)
    assert "driver" not in senses


def test_a_false_friend_stays_out(fresh_glossary, nlp):
    """Billion's own first sense is "trillion"; "billion", Milliarde's, is not made its first."""
    text = "Die Schulden des Staates stiegen auf über eine Billion Euro."
    senses = _senses(_installed_ding(), nlp, text, "Billion", "NOUN")
    assert senses[:1] == ("trillion",)
    assert "billion" not in senses


def test_a_specialists_construction_the_clause_has_stays(fresh_glossary, nlp):
    """"ein auf verschiedene Datenbanken zugreifendes … System" (Sozialkredit-System): the clause has
    the auf of "auf etw. zugreifen [comp.] :: to access", which the everyday "to help yourself" lacks."""
    text = "Das System greift auf verschiedene Datenbanken der Behörden zu."
    assert _senses(_installed_ding(), nlp, text, "zugreifen", "VERB")[:1] == ("to access",)


def test_without_the_construction_the_everyday_sense_stays(fresh_glossary, nlp):
    """Where no auf stands, the computer's sense is no better than the buffet's."""
    text = "Am Buffet griffen die Gäste kräftig zu."
    assert "to access" not in _senses(_installed_ding(), nlp, text, "zugreifen", "VERB")


def test_a_specialists_sense_is_no_rival_of_an_everyday_one(fresh_glossary, nlp):
    """"… dass Organe hingerichteter Häftlinge verwendet wurden": Häftling's everyday "detainee" is
    not left out for "prisoner" of a [jur.] line, which gives way to an everyday sense anyway."""
    text = "Es wurde bekannt, dass Organe hingerichteter Häftlinge verwendet wurden."
    assert _senses(_installed_ding(), nlp, text, "Häftling", "NOUN")[:1] == ("detainee",)

