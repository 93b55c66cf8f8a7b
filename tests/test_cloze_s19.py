"""Cloze notes strict readers rejected in round 15 (tests/judged/cards.md, "## Round 15", table
"Cloze"), and the usable ones a rule must not lose, on real German sentences analysed by the
offline pipeline: a word gapped in two notes, a gap another word's lemma gives away, a present
participle of a basic verb, a cognate glossed with its construction's preposition."""

from __future__ import annotations

from test_cloze_s13 import _analysis, _answers
from test_cloze_s14 import _hints, _item


def test_a_word_is_gapped_in_one_note_only(nlp):
    """Banas C2 and C3 both gapped mündet, and the microscope's C3 and C4 both Auflösung: "gap 2
    repeats Auflösung from C3". The first note keeps the gap; the second keeps its other words."""
    analysis = _analysis(nlp, "Der Banas durchfließt den Stausee der Talsperre, in welchen auch der Khari mündet. "
                              "Der Mashi mündet bei der Stadt Tonk von Norden kommend in den Banas.")
    flows = _item(analysis, "mündet", "münden", "VERB", ("to flow into",), verb_forms=("mündet", "mündete", "ist gemündet"))
    lake = _item(analysis, "Stausee", "Stausee", "NOUN", ("reservoir",), article="der")
    assert _answers(analysis, flows, lake) == [("Stausee", "mündet")]
    # one sentence alone keeps its gap
    analysis = _analysis(nlp, "Der Mashi mündet bei der Stadt Tonk von Norden in den Banas.")
    flows = _item(analysis, "mündet", "münden", "VERB", ("to flow into",), verb_forms=("mündet", "mündete", "ist gemündet"))
    assert _answers(analysis, flows) == [("mündet",)]


def test_a_noun_of_the_sentence_gives_the_gap_away_by_its_lemma(nlp):
    """Mary Anning C3: "Funde machte" in the sentence lets the learner build [Fundstellen], and the
    microscope's C3 has [atomar] after "einzelne Atome": the plural's ending hid the echo from
    the word as written. A word no noun of the sentence holds keeps its gap."""
    analysis = _analysis(nlp, "Mary Anning machte ihre Funde an der Küste, und die Fundstellen zogen bald viele Forscher an.")
    site = _item(analysis, "Fundstellen", "Fundstelle", "NOUN", ("site",), article="die")
    coast = _item(analysis, "Küste", "Küste", "NOUN", ("coast",), article="die")
    assert _answers(analysis, site, coast) == [("Küste",)]
    analysis = _analysis(nlp, "Das Gerät macht einzelne Atome sichtbar, die Auflösung ist manchmal atomar.")
    atomic = _item(analysis, "atomar", "atomar", "ADJ", ("atomic",))
    assert _answers(analysis, atomic) == []
    analysis = _analysis(nlp, "Das Gerät macht einzelne Atome an der Oberfläche eines Körpers sichtbar.")
    visible = _item(analysis, "sichtbar", "sichtbar", "ADJ", ("visible",))
    assert _answers(analysis, visible) == [("sichtbar",)]


def test_a_present_participle_of_a_basic_verb_makes_no_gap(nlp):
    """Banas C3: "von Norden [kommend]" with the hint "k… (coming)" asks for kommen and a -d; the
    reader found the word not worth learning. A participle with a meaning of its own keeps its
    gap (Sax Rohmer C2: "[umgehend]", promptly, judged usable)."""
    analysis = _analysis(nlp, "Der Mashi mündet bei der Stadt Tonk von Norden kommend in den Banas.")
    coming = _item(analysis, "kommend", "kommend", "ADJ", ("coming",))
    assert _answers(analysis, coming) == []
    analysis = _analysis(nlp, "Nach dem Erfolg der Geschichten wurde er umgehend von einem Verlag unter Vertrag genommen.")
    promptly = _item(analysis, "umgehend", "umgehend", "ADJ", ("promptly",))
    assert _answers(analysis, promptly) == [("umgehend",)]


def test_a_cognate_glossed_with_its_preposition_makes_no_gap(nlp):
    """Lamb of God C3: [nominiert] with "to nominate for" can be filled without understanding the
    German; the preposition of the construction hid the cognate. A verb whose meaning is no
    English twin keeps its gap (unterbrechen, judged usable)."""
    analysis = _analysis(nlp, "Die Band wurde im Jahr 2010 für einen Grammy nominiert.")
    nominate = _item(analysis, "nominiert", "nominieren", "VERB", ("to nominate for",),
                     verb_forms=("nominiert", "nominierte", "hat nominiert"))
    assert _answers(analysis, nominate) == []
    analysis = _analysis(nlp, "Die Aufnahmen wurden im Jahr 2010 für eine Tournee unterbrochen.")
    interrupt = _item(analysis, "unterbrochen", "unterbrechen", "VERB", ("to break", "to interrupt"),
                      verb_forms=("unterbricht", "unterbrach", "hat unterbrochen"))
    assert list(_hints(analysis, interrupt)) == ["unterbrochen"]


def test_an_adjective_whose_noun_stands_in_an_earlier_sentence_makes_no_note(nlp):
    """Cham-Schrift C2: "Datiert um 400 n. Chr. ist die älteste in fehlerhaftem Sanskrit
    [verfasst]": "die älteste of what?" (the inscription of the sentence before). An adjective
    with its noun, or with an attribute of its noun between them, keeps the note."""
    written = ("to write", "to compose")
    analysis = _analysis(nlp, "Datiert um 400 n. Chr. ist die älteste in fehlerhaftem Sanskrit verfasst.")
    assert _answers(analysis, _item(analysis, "verfasst", "verfassen", "VERB", written)) == []
    analysis = _analysis(nlp, "Datiert um 400 n. Chr. ist die älteste Inschrift in fehlerhaftem Sanskrit verfasst.")
    assert _answers(analysis, _item(analysis, "verfasst", "verfassen", "VERB", written)) == [("verfasst",)]
    analysis = _analysis(nlp, "Um 400 n. Chr. wurde die erste in Stein gehauene Inschrift in Sanskrit verfasst.")
    assert _answers(analysis, _item(analysis, "verfasst", "verfassen", "VERB", written)) == [("verfasst",)]
