"""Cards a B1 learner wants, with facts right (issue 13, round 20 of the judged cards: /tmp/j23,
tests/judged/cards.md): no card for a noun of a people made from its place, no plural for a
material or collective whose plural is spelt like its singular, "Plural" in the hint of a
feminine noun's plural after a determiner the singular shares. Real German sentences, analysed
by the offline pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_cloze_s13 import _analysis
from test_cloze_s14 import _hints, _item
from test_vocab_s15b import _items

from quizgen.extraction.word_facts import noun_fields

DING = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")


def test_a_noun_of_a_people_made_from_its_place_makes_no_card_for_a_b1_reader(nlp):
    """Round 20: der Grieche, der Mongole and der Römer were carded for a B1 reader, and gaps
    on Griechen and Römern judged no test; an A2 reader, who asks for every word, keeps them,
    and a noun that only shares a stem with a place (der Bauer) is no people's."""
    text = ("Auf Kreta lebten schon vor 4000 Jahren die Vorfahren der heutigen Griechen. "
            "London wurde im Jahr 50 nach Christus von den Römern gegründet. "
            "Die Bauern bauen auf der Insel Oliven und Wein an.")
    b1 = _items(nlp, text, "B1")
    assert "Grieche" not in b1 and "Römer" not in b1
    assert "Bauer" in _items(nlp, text, "A1")
    a1 = _items(nlp, text, "A1")
    assert "Grieche" in a1 and "Römer" in a1


@pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")
def test_a_material_or_collective_spelt_alike_in_the_plural_is_mostly_singular(nlp):
    """Round 20: "das Kupfer — die Kupfer" and "das Getreide — die Getreide"; a count noun
    spelt alike in the plural keeps it (die Gebirge, die Gemälde, die Arbeitszimmer)."""
    analysis = _analysis(nlp, "Das Getreide reicht nicht nur für die eigene Bevölkerung aus. "
                              "Kasachstan hat viele Bodenschätze wie Erdöl, Kupfer und Gold. "
                              "Es gibt aber auch verschiedene Gebirge.")
    found = {token.text: [(sentence, token)] for sentence in analysis.sentences for token in sentence.tokens}
    assert noun_fields("Getreide", found["Getreide"]).get("number_note") == "meist Singular"
    assert noun_fields("Kupfer", found["Kupfer"]).get("number_note") == "meist Singular"
    assert noun_fields("Gebirge", found["Gebirge"]).get("plural") == "die Gebirge"
    assert noun_fields("Gemälde", []).get("plural") == "die Gemälde"
    assert noun_fields("Arbeitszimmer", []).get("plural") == "die Arbeitszimmer"


def test_a_feminine_plural_after_die_is_marked_plural_in_the_hint(nlp):
    """Round 20: "man müsse die [S…] (city boundary) von London erweitern" took Stadtgrenze as
    well as Stadtgrenzen; a plural the sentence shows (über 2000 Zeichnungen) needs no mark."""
    analysis = _analysis(nlp, "Im Jahr 1965 fanden einige Politiker, man müsse die Stadtgrenzen von London erweitern.")
    border = _item(analysis, "Stadtgrenzen", "Stadtgrenze", "NOUN", ("city boundary",), article="die",
                   plural="die Stadtgrenzen")
    assert "Plural" in _hints(analysis, border)["Stadtgrenzen"]
    analysis = _analysis(nlp, "Über 400 Gemälde und über 2000 Zeichnungen hat der Maler hinterlassen.")
    drawing = _item(analysis, "Zeichnungen", "Zeichnung", "NOUN", ("drawing",), article="die",
                    plural="die Zeichnungen")
    assert "Plural" not in _hints(analysis, drawing)["Zeichnungen"]


def test_a_sentence_that_lost_a_letter_gives_no_card_and_no_gap(nlp):
    """Round 20: "Zum Beispiel Ö ist ein kurzes "ö",  wird hingegen lang ausgesprochen." (Ő fell
    out of the text) was aussprechen's example and a cloze; the sentence has no subject."""
    from quizgen.config import Options
    from quizgen.generation.cloze import make_clozes

    text = 'Zum Beispiel Ö ist ein kurzes "ö",  wird hingegen lang ausgesprochen. Die Kutsche fuhr über die Brücke.'
    assert "aussprechen" not in _items(nlp, text, "A1")
    analysis = _analysis(nlp, text)
    spoken = _item(analysis, "ausgesprochen", "aussprechen", "VERB", ("to pronounce",))
    assert not make_clozes(analysis, (spoken,), (), Options())


def test_a_respelling_aside_is_left_out_of_an_example(nlp):
    """Round 20: das Rennrad's example was "Es gibt viele Arten von Fahrrädern: Rennrad,
    Mountain-Bike, sprich: Maunten-Beik, Dreirad, …"; the respelling is no German to learn."""
    text = ("Es gibt viele Arten von Fahrrädern: Rennrad, Mountain-Bike, sprich: Maunten-Beik, Dreirad, "
            "Liegefahrrad, das elektrische e-Bike, sprich: I-beik, Lastenfahrrad und viele andere. "
            "Badminton, sprich: Bädminten, ist eine Sportart.")
    items = _items(nlp, text, "A1")
    assert items["Rennrad"].example == ("Es gibt viele Arten von Fahrrädern: Rennrad, Mountain-Bike, Dreirad, "
                                        "Liegefahrrad, das elektrische e-Bike, Lastenfahrrad und viele andere.")
    assert items["Sportart"].example == "Badminton ist eine Sportart."


@pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")
def test_a_basic_synonym_of_the_same_letter_takes_more_letters_in_the_hint(nlp):
    """Round 20: "s… (to beam)" for strahlt admitted scheint, "g… (to manufacture)" for
    gefertigt gemacht: the learner writes the basic word first."""
    analysis = _analysis(nlp, "Rembrandt konnte besonders gut das Licht malen, wie es auf ein Gesicht strahlt.")
    beam = _item(analysis, "strahlt", "strahlen", "VERB", ("to beam",),
                 verb_forms=("strahlt", "strahlte", "hat gestrahlt"))
    assert _hints(analysis, beam)["strahlt"].startswith("st…")
    analysis = _analysis(nlp, "Bis dahin waren die Speichen aus Holz gefertigt.")
    made = _item(analysis, "gefertigt", "fertigen", "VERB", ("to manufacture",),
                 verb_forms=("fertigt", "fertigte", "hat gefertigt"))
    assert _hints(analysis, made)["gefertigt"].startswith("gef…")


def test_a_part_before_a_colon_keeps_its_card_when_the_part_after_lost_a_letter(nlp):
    """The Ő sentence of round 20 follows a colon: the words of the part before it (wiedergeben,
    woanders) keep their cards and that part as their example."""
    text = ("Um die ungarischen Laute gut wiederzugeben, hat das ungarische Alphabet einige Buchstaben, die man "
            'woanders meist nicht kennt: Zum Beispiel Ö ist ein kurzes "ö",  wird hingegen lang ausgesprochen.')
    items = _items(nlp, text, "A1")
    assert "aussprechen" not in items
    assert items["woanders"].example.endswith("die man woanders meist nicht kennt.")
