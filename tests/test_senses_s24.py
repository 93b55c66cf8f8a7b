"""The sense in the text, round 4 (issue 13, round 20 of the cards' readers): a hyphenated English
word is rarer than its rarest part (Leerlauf: not "at-rest", as common as "at"); a noun with "von"
and a noun means what their compound does (Ausbrüche von Krankheiten: outbreaks, not break-outs);
a singular without a line of its own glossed from its plural's line gets singular English (der
Vorfahr: ancestor); an adjective's phrase of the line that gives its sense counts once (fruchtbare
Gebiete: fertile); Ding's qualifier after a noun's feminine form is the masculine's too (Sprecher
"(einer Gruppe)": a spokesman, a narrow sense; a language's Sprecher are its speakers). Sentences
of the judged texts, analysed as the vocabulary analyses them."""

from __future__ import annotations

import pytest
from test_senses3_s23 import _choice, ding  # noqa: F401  (ding: the module's glossary fixture)
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.ding import _ding_entries
from quizgen.extraction.glossary import _compound_english_head, _singular
from quizgen.extraction.senses import NARROW, Choice, Context, Sense, decide, score


def test_a_hyphenated_word_counts_as_rarer_than_its_parts():
    """"at-rest" was Zipf 5.2, the commonness of "at", as wordfreq reads it by its parts."""
    at_rest = Sense("at-rest", "NOUN", 1.98, 5.2, marks="Hm")
    rest = Sense("rest", "NOUN", 1.98, 5.2, marks="Hm")
    assert score(at_rest, Context()) < score(rest, Context())


def test_two_spellings_of_one_word_are_no_rivals():
    """Südosten "southeast; south-east": once "south-east" no longer counted as "south", the two
    spellings made a weak choice look contested, and London's card lost its meaning. They are
    one sense, listed once (session 26: "traffic centre; traffic center" was two on a card)."""
    closed = Sense("southeast", "NOUN", 1.41, 4.2, marks="Hm")
    hyphenated = Sense("south-east", "NOUN", 0.94, 5.2, marks="Hm")
    assert decide([closed, hyphenated], Context()) == Choice(("southeast",), False)


def test_a_qualifier_after_a_feminine_form_is_both_forms():
    """"Sprecher {m}; Sprecherin {f} (einer Gruppe/Institution)" is a group's spokesman: a narrow
    sense of Sprecher, which a language's speakers are not."""
    line = "Sprecher {m}; Sprecherin {f} (einer Gruppe/Institution) | Sprecher {pl}; Sprecherinnen {pl} :: spokesman; spokeswoman"
    assert all(NARROW in entry[6] for entry in _ding_entries(line) if entry[0] == "Sprecher")
    speaker = "Redner {m}; Rednerin {f}; Sprecher {m}; Sprecherin {f} :: speaker"  # no qualifier, no pair alone
    assert not any(NARROW in entry[6] for entry in _ding_entries(speaker))
    mixed = "Fahrer {m}; Lenker {m} (eines Fahrzeugs) :: driver"  # two words: the bracket is Lenker's
    assert not any(NARROW in entry[6] for entry in _ding_entries(mixed) if entry[0] == "Fahrer")


def test_a_compounds_english_names_its_head():
    assert _compound_english_head("onset of winter") == "onset"
    assert _compound_english_head("epidemic outbreak") == "outbreak"
    assert _compound_english_head("heartbeat") == ""  # one word names the whole
    assert _compound_english_head("geographically scattered outbreak") == ""


def test_a_plurals_english_is_made_singular_only_where_english_has_that_singular():
    assert _singular("ancestors") == "ancestor"
    assert _singular("activities") == "activity"
    assert [_singular(english) for english in ("news", "goods", "unrest", "line of ancestors", "glasses")] == [
        "news", "goods", "unrest", "line of ancestors", "glasses"]


@needs_ding
@pytest.mark.parametrize(("text", "lemma", "pos", "title", "wanted", "wrong"), [
    ("Mit dem Leerlauf war es nicht mehr nötig, bei der Fahrt immer die Füße zu bewegen.", "Leerlauf", "NOUN", "Fahrrad",
     "free running", "at-rest"),
    ("Ausbrüche von Krankheiten wie der Pest oder Cholera kosteten zahlreiche Londoner das Leben.", "Ausbruch", "NOUN", "London",
     "outbreak", "break-out"),
    ("Diese Hochkultur bestand etwa 1500 Jahre lang, dann haben Vorfahren der Griechen die Insel erobert.", "Vorfahr", "NOUN", "Kreta",
     "ancestor", "ancestors"),
    ("Die Sprecher nennen sie selbst Magyar.", "Sprecher", "NOUN", "Ungarische Sprache", "speaker", "spokesman"),
    ("Es gibt Wüsten und Steppen, aber etwa drei Viertel des Landes sind fruchtbare Gebiete.", "fruchtbar", "ADJ", "Kasachstan",
     "fertile", "fruitful"),
])
def test_the_sense_of_the_judged_sentences(ding, nlp, text, lemma, pos, title, wanted, wrong):  # noqa: F811
    senses = _choice(ding, nlp, text, lemma, pos, title).senses
    assert senses[:1] == (wanted,) and wrong not in senses[:1]


@needs_ding
def test_the_phrase_of_a_line_still_shows_its_sense(ding, nlp):  # noqa: F811
    """"eine fruchtbare Zusammenarbeit" is Ding's own example: fruitful."""
    senses = _choice(ding, nlp, "Die beiden Länder pflegen eine fruchtbare Zusammenarbeit.", "fruchtbar", "ADJ").senses
    assert senses[:1] == ("fruitful",)


@needs_ding
def test_a_genitive_still_means_its_compound(ding, nlp):  # noqa: F811
    senses = _choice(ding, nlp, "Bei Ausbruch des Ersten Weltkriegs war er in Paris.", "Ausbruch", "NOUN").senses
    assert senses[:1] == ("outbreak",)
