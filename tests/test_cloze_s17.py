"""Cloze gaps strict readers rejected in round 13 (tests/judged/cards.md, "## Round 13", table
"Cloze") for a second answer, a hint that spells the word, a word every B1 learner knows or too
many gaps, and the usable ones a rule must not lose, on real German sentences analysed by the
offline pipeline.

Each test reads a small dictionary it writes, so that the rules hold whatever dictionary is
installed; the synonyms come from OpenThesaurus."""

from __future__ import annotations

import pytest
from test_cloze_s13 import _analysis
from test_cloze_s14 import _item
from test_cloze_s15 import _dictionary, _hints_with

from quizgen.config import Options
from quizgen.extraction.thesaurus import load_thesaurus
from quizgen.generation import make_clozes

_THESAURUS = pytest.mark.skipif(not load_thesaurus().synonyms("flüchten"), reason="needs OpenThesaurus (openthesaurus-de-text)")


@_THESAURUS
def test_a_synonym_translated_alike_gets_letters_enough_to_tell_it_apart(nlp, tmp_path, ding_text):
    """Round 13: "f… (to get away)" for flüchteten admits flohen: fliehen is flüchten's synonym
    and the dictionary gives both "to flee", whatever sense the hint shows. "flü…" tells them
    apart. A verb with no synonym of its start and senses keeps one letter (verabschiedete)."""
    ding_text("ding.txt", "flüchten {vi} :: to get away; to flee\nfliehen {vi} :: to flee\nverabschieden {vt} :: to adopt\n")
    options = Options(dictionary=tmp_path / "ding.txt")
    analysis = _analysis(nlp, "Lediglich einige hundert überlebten und flüchteten auf drei kleine Inseln vor der Küste.")
    flee = _item(analysis, "flüchteten", "flüchten", "VERB", ("to get away",),
                 verb_forms=("flüchtet", "flüchtete", "ist geflüchtet"))
    assert _hints_with(options, analysis, flee) == {"flüchteten": "flü… (to get away)"}
    analysis = _analysis(nlp, "Das Parlament verabschiedete daraufhin den Act of Union im Jahr 1800.")
    adopt = _item(analysis, "verabschiedete", "verabschieden", "VERB", ("to adopt",),
                  verb_forms=("verabschiedet", "verabschiedete", "hat verabschiedet"))
    assert _hints_with(options, analysis, adopt) == {"verabschiedete": "v… (to adopt)"}


@_THESAURUS
def test_a_hint_never_shows_more_than_a_third_of_the_word(nlp, tmp_path):
    """Round 13: "feg… (to dash)" for fegten, "dars…" for darstellte nearly spell the answer:
    the synonym (fetzen "to dash", darlegen "to represent") shares so long a start that the
    letters telling them apart are half the word. Such a gap goes; "flü…" (three of ten
    letters) stays, as the test above shows."""
    options = _dictionary(
        tmp_path, "fegen\tto dash\tVERB", "fetzen\tto dash\tVERB",
        "darstellen\tto represent\tVERB", "darlegen\tto represent\tVERB",
    )
    analysis = _analysis(nlp, "Durch einige Regionen fegten wiederum große Feuerstürme, die alles in ihrem Weg niederbrannten.")
    sweep = _item(analysis, "fegten", "fegen", "VERB", ("to dash",), verb_forms=("fegt", "fegte", "hat gefegt"))
    assert make_clozes(analysis, (sweep,), (), options) == ()
    analysis = _analysis(nlp, "Das Buch gibt einen Abriss, der die Geschichte der Jahrhunderte aus Sicht der Partei darstellte.")
    show = _item(analysis, "darstellte", "darstellen", "VERB", ("to represent",),
                 verb_forms=("stellt dar", "stellte dar", "hat dargestellt"))
    assert make_clozes(analysis, (show,), (), options) == ()


def test_a_hint_of_only_a_basic_english_verb_makes_no_gap(nlp, tmp_path):
    """Round 13: "b… (to bring)" for beschert admits bringt: a German verb glossed only by an
    English basic verb shares its hint with the German basic verb of that meaning. A meaning of
    its own beside it ("to bestow") keeps the gap."""
    options = _dictionary(tmp_path, "bescheren\tto bring\tVERB", "bescheren\tto bestow\tVERB")
    analysis = _analysis(nlp, "Die Lage im Hochland beschert der Mongolei eines der extremsten Klimate der Welt.")
    forms = {"verb_forms": ("beschert", "bescherte", "hat beschert")}
    bring = _item(analysis, "beschert", "bescheren", "VERB", ("to bring",), **forms)
    assert make_clozes(analysis, (bring,), (), options) == ()
    bestow = _item(analysis, "beschert", "bescheren", "VERB", ("to bring", "to bestow"), **forms)
    assert _hints_with(options, analysis, bestow) == {"beschert": "b… (to bring; to bestow)"}


def test_an_adjective_of_a_unit_of_time_makes_no_gap(nlp, tmp_path):
    """Round 13: "die [jährlich] durch Brände zerstörte Fläche" tests a word every B1 learner
    knows from Jahr. Another adjective in -lich of the sentence (schädlich) keeps its gap."""
    options = _dictionary(tmp_path, "jährlich\tannual\tADJ", "schädlich\tharmful\tADJ")
    analysis = _analysis(
        nlp, "Man hielt Brände lange für schädlich und verringerte so die jährlich durch Brände zerstörte Fläche."
    )
    annual = _item(analysis, "jährlich", "jährlich", "ADJ", ("annual",))
    harmful = _item(analysis, "schädlich", "schädlich", "ADJ", ("harmful",))
    # schädlich keeps its gap unless a basic rival of the same letters fits it too (session 24)
    assert _hints_with(options, analysis, annual, harmful) in ({}, {"schädlich": "s… (harmful)"})


def test_a_long_sentence_takes_two_gaps_at_most(nlp, tmp_path):
    """Round 13: three gaps in a sentence of 35 words overload the note ("Auslöser … Investitionen
    … Staudämmen"): the two most valuable stay. A sentence of 22 words keeps its three
    (zweistelliger, unzählige, vernichtet: usable)."""
    options = _dictionary(
        tmp_path, "Auslöser\ttrigger\tNOUN", "Investition\tinvestment\tNOUN", "Staudamm\tdam\tNOUN",
        "zweistellig\ttwo-figure\tADJ", "unzählig\tcountless\tADJ", "vernichten\tto destroy\tVERB",
    )
    analysis = _analysis(
        nlp,
        "Auslöser dieser Tendenz sind die ausbleibenden Investitionen aus Russland für den vertraglich geplanten "
        "Aufbau von Staudämmen auf dem Fluss Naryn, die die kirgisische Regierung seit Jahren als ökonomisches "
        "Vorzeigeprojekt forciert.",
    )
    items = (
        _item(analysis, "Auslöser", "Auslöser", "NOUN", ("trigger",), article="der"),
        _item(analysis, "Investitionen", "Investition", "NOUN", ("investment",), article="die"),
        _item(analysis, "Staudämmen", "Staudamm", "NOUN", ("dam",), article="der"),
    )
    (note,) = make_clozes(analysis, items, (), options)
    assert note.answers == ("Auslöser", "Investitionen")
    analysis = _analysis(
        nlp,
        "Bäume in zweistelliger Millionenzahl und unzählige Pflanzen wurden von den Bränden vernichtet und "
        "einige Regionen blieben verkohlt und tot aussehend zurück.",
    )
    items = (
        _item(analysis, "zweistelliger", "zweistellig", "ADJ", ("two-figure",)),
        _item(analysis, "unzählige", "unzählig", "ADJ", ("countless",)),
        _item(analysis, "vernichtet", "vernichten", "VERB", ("to destroy",),
              verb_forms=("vernichtet", "vernichtete", "hat vernichtet")),
    )
    (note,) = make_clozes(analysis, items, (), options)
    assert note.answers == ("zweistelliger", "unzählige", "vernichtet")
