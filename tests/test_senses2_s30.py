"""The sense in the text, session 30 (round 25's card readers): a rarer noun's or adjective's
contested sense from a line it stands in as a later synonym gives way to a line it heads
(Abtransport "removal", not Evakuierung's "evacuation"; Verarbeitung "processing", not
Bewältigung's "coping"; vielseitig "versatile", not allseitig's "general"; Nachrichtendienst
"intelligence service", not Nachrichtenagentur's "news agency"); and a construction every rival
line needs as well decides nothing ("an Flugvorführungen teilnahm": "an etw. teilnehmen" is
Ding's for "to sign" and "to take part in" alike), and then a verb's own English goes before
other words' (teilnehmen "to take part in", not unterschreiben's "to sign")."""

from __future__ import annotations

import pytest
from test_senses3_s23 import _choice
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.senses import HEADED, OTHERS, Context, Sense, _decided, decide


@needs_ding
@pytest.mark.parametrize(("text", "lemma", "pos", "title", "right", "wrong"), [
    ("So konnte Schindler den Abtransport seiner Zwangsarbeiter hinauszögern.", "Abtransport", "NOUN", "Oskar Schindler",
     ("removal", "carrying off"), "evacuation"),
    ("Ein Beispiel ist die Verarbeitung von Roheisen zu Stahl.", "Verarbeitung", "NOUN", "Kasachstan", ("processing",), "coping"),
    ("Weil das Land so vielseitig ist, gibt es auch sehr verschiedene Pflanzen und Tiere.", "vielseitig", "ADJ", "Kasachstan",
     ("versatile", "many-sided", "well-rounded"), "general"),
    ("Dort arbeitete er ab dem Jahr 1935 als Spion für den deutschen Nachrichtendienst.", "Nachrichtendienst", "NOUN", "Oskar Schindler",
     ("intelligence service", "intelligence", "secret service"), "news agency"),
])
def test_a_rarer_words_own_line_before_a_later_synonyms(ding, nlp, text, lemma, pos, title, right, wrong):
    senses = _choice(ding, nlp, text, lemma, pos, title=title).senses
    assert senses[:1] and senses[0] in right
    assert wrong not in senses


@needs_ding
def test_a_narrow_lent_sense_keeps_its_own_rules(ding, nlp):
    """Rohstoff "raw material" (Rohmaterial's line "(zur Verarbeitung)") before its own [envir.] "resource"."""
    text = "Zudem werden immer mehr Rohstoffe direkt in Kasachstan weiterverarbeitet."
    assert _choice(ding, nlp, text, "Rohstoff", "NOUN", title="Kasachstan").senses[:1] == ("raw material",)


def test_the_own_line_rule_in_decide():
    """A lent sense (no HEADED mark) wins on support; where the sentence leaves it doubtful, the
    word's own line goes first only for a rarer word (``own_first``)."""
    lent = Sense("evacuation", "NOUN", 2.6, 3.7, marks="m" + OTHERS, cues="evakuierung vornehmen")
    own = Sense("removal", "NOUN", 1.2, 4.3, marks=HEADED + "m", cues="abfuhr wegführen")
    assert decide([lent, own], Context(known=True)).senses[:1] == ("evacuation",)
    chosen = decide([lent, own], Context(known=True), own_first=True)
    assert chosen.senses[:1] == ("removal",) and chosen.doubtful


def test_a_construction_every_rival_needs_decides_nothing():
    sign = Sense("to sign", "VERB", 3.0, 5.1, preposition="an", marks="r", cues="melden mitmachen")
    part = Sense("to take part in", "VERB", 2.5, 5.7, preposition="an", marks="ir", cues="beteiligen mitmachen aktiv")
    context = Context(prepositions=frozenset(["an"]), known=True, exact=True)
    scored = [(11.2, sign), (7.6, part)]
    assert _decided(sign, context) and not _decided(sign, context, scored)
    # a rival without the construction leaves it deciding: "auf etw. zugreifen"
    plain = Sense("to take part in", "VERB", 2.5, 5.7, preposition="", marks="ir", cues="beteiligen")
    assert _decided(sign, context, [(11.2, sign), (7.6, plain)])


@needs_ding
def test_teilnehmen_an_is_to_take_part_not_to_sign(ding, nlp):
    """"to sign" is unterschreiben's English (marked OTHERS: "to sign up" beside it no longer
    makes unterschreiben teilnehmen's relative), raised by the "an" every rival needs too."""
    text = "Mit Anfang Zwanzig kaufte er sich ein eigenes Flugzeug, mit dem er an Flugvorführungen in ganz Amerika teilnahm."
    chosen = _choice(ding, nlp, text, "teilnehmen", "VERB", title="Charles Lindbergh")
    assert chosen.senses[:1] in (("to take part in",), ("to participate in",), ("to attend",))
    assert "to sign" not in chosen.senses


def test_a_shared_sense_of_related_english_makes_no_relatives():
    from quizgen.extraction.glossary import _relatives

    mine = frozenset(["to sign\tVERB", "to sign up\tVERB", "to take part\tVERB"])
    others = frozenset(["to sign\tVERB", "to sign up\tVERB", "to undersign\tVERB"])
    assert not _relatives("teilnehmen", "unterschreiben", mine, others, "to sign\tVERB")
    assert _relatives("teilnehmen", "mitmachen", mine, frozenset(["to sign\tVERB", "to take part\tVERB"]), "to sign\tVERB")


@needs_ding
def test_a_common_word_keeps_its_synonyms_english(ding, nlp):
    """Gegend is the everyday German for "area", "district" (other words' lines): no own_first."""
    senses = _choice(ding, nlp, "Die Gegend um den See ist sehr schön.", "Gegend", "NOUN").senses
    assert senses[:1] != ("quarter",)
