"""Cloze gaps whose lemma hint left only an ending to add, which readers of round 12 rejected
(tests/judged/cards.md, table "Cloze": "Nearly every note mixes one good gap with one bad one"),
and the lemma hints that teach a form, on real German sentences analysed by the offline pipeline.

Each test reads a small dictionary it writes, so that no other sense of the installed one
makes the gap doubtful."""

from __future__ import annotations

from test_cloze_s13 import _analysis
from test_cloze_s14 import _item
from test_cloze_s15 import _dictionary, _hints_with

from quizgen.config import Options
from quizgen.generation import make_clozes


def test_a_nouns_ending_gets_its_meaning_as_hint_a_plural_that_changes_more_its_lemma(nlp, tmp_path):
    """Round 12: "In den historischen [Aufzeichnungen]" with "die Aufzeichnung", "ihres
    [Tagesablaufes]" with "der Tagesablauf": only the ending was left. The meaning hint asks for
    the word; without a meaning to show the gap goes, and so does a note with no other gap. A
    plural with an umlaut (Tagesabläufe) is the lesson of its lemma hint."""
    options = _dictionary(tmp_path, "Aufzeichnung\trecord\tNOUN", "Tagesablauf\tdaily routine\tNOUN")
    analysis = _analysis(nlp, "In den historischen Aufzeichnungen und in der Literatur dieser Zeit gibt es mehrere Hinweise darüber.")
    record = _item(analysis, "Aufzeichnungen", "Aufzeichnung", "NOUN", ("record",), article="die")
    # a gap, where the hint can tell it from a basic rival of the same letters (session 24), shows the meaning
    assert _hints_with(options, analysis, record) in ({}, {"Aufzeichnungen": "die A… (record)"})
    bare = _item(analysis, "Aufzeichnungen", "Aufzeichnung", "NOUN", article="die")
    assert make_clozes(analysis, (bare,), (), options) == ()
    analysis = _analysis(nlp, "Feste Bestandteile ihres Tagesablaufes waren der Ausritt und das Lesen in der Bibliothek.")
    routine = _item(analysis, "Tagesablaufes", "Tagesablauf", "NOUN", ("daily routine",), article="der")
    assert _hints_with(options, analysis, routine) == {"Tagesablaufes": "der T… (daily routine)"}
    analysis = _analysis(nlp, "Die Tagesabläufe der Kinder sind in den Ferien oft ganz anders als in der Schulzeit.")
    routines = _item(analysis, "Tagesabläufe", "Tagesablauf", "NOUN", ("daily routine",), article="der")
    # round 13; round 21: a plural's hint says so ("der U… (primary matter)" misled for Urstoffe)
    assert _hints_with(options, analysis, routines) == {"Tagesabläufe": "die T… (Plural; daily routine)"}


def test_a_split_separable_verb_gets_its_meaning_as_hint(nlp, tmp_path):
    """Round 12: "[rief] den geladenen Kronzeugen … auf" with "aufrufen", "[zieht] sich darum
    zurück" with "sich zurückziehen": the particle stands in the sentence, and the lemma gives the
    rest. The meaning hint makes the learner recall the verb ("[lehnte] … ab" with "l… (to
    decline)" was usable); the same verb joined in its past form keeps the lemma hint."""
    options = _dictionary(tmp_path, "aufrufen\tto call\tVERB", "zurückziehen\tto withdraw\tVERB")
    forms = {"separable_prefix": "auf", "verb_forms": ("ruft auf", "rief auf", "hat aufgerufen")}
    analysis = _analysis(nlp, "Die Sekretärin des Gerichtes rief den geladenen Kronzeugen der Anklage auf.")
    call = _item(analysis, "rief", "aufrufen", "VERB", ("to call",), **forms)
    assert _hints_with(options, analysis, call) == {"rief": "r… (to call)"}
    analysis = _analysis(nlp, "Der Richter wartete lange, bis die Sekretärin den Kronzeugen endlich aufrief.")
    call = _item(analysis, "aufrief", "aufrufen", "VERB", ("to call",), **forms)
    assert _hints_with(options, analysis, call) == {"aufrief": "a… (to call)"}  # round 13: the meaning
    analysis = _analysis(nlp, "Melman zieht sich darum zurück und wartet in seinem Zelt auf den Tod.")
    withdraw = _item(analysis, "zieht", "sich zurückziehen", "VERB", ("to withdraw",), separable_prefix="zurück",
                     verb_forms=("zieht sich zurück", "zog sich zurück", "hat sich zurückgezogen"))
    assert _hints_with(options, analysis, withdraw) == {"zieht": "z… (to withdraw)"}


def test_a_strong_verbs_past_keeps_its_lemma_hint_a_regular_form_gets_its_meaning(nlp, tmp_path):
    """A strong verb's Präteritum ("[erwarb] ein Käufer das Manuskript" with "erwerben") and a
    participle with another vowel ("in den Hals der Kugel [gegossen]" with "gießen") are worth
    their lemma hint: the form is the lesson. Round 12 rejected "zu beträchtlicher Größe
    [herangewachsen]" with "heranwachsen" (the infinitive's vowel, the regular "ge") and
    "[Benannt] wurde New York …" with "benennen" (a participle in -t): they get the meaning."""
    options = _dictionary(tmp_path, "erwerben\tto acquire\tVERB", "gießen\tto pour\tVERB",
                          "heranwachsen\tto grow up\tVERB", "benennen\tto name\tVERB")
    analysis = _analysis(nlp, "Bei einer Auktion erwarb ein zunächst anonymer Käufer das Manuskript für viel Geld.")
    acquire = _item(analysis, "erwarb", "erwerben", "VERB", ("to acquire",),
                    verb_forms=("erwirbt", "erwarb", "hat erworben"))
    assert _hints_with(options, analysis, acquire) == {"erwarb": "e… (to acquire)"}  # round 13: the meaning
    analysis = _analysis(nlp, "Das Wasser wurde durch einen Trichter in den Hals der hohlen Kugel gegossen.")
    pour = _item(analysis, "gegossen", "gießen", "VERB", ("to pour",), verb_forms=("gießt", "goss", "hat gegossen"))
    assert _hints_with(options, analysis, pour) == {"gegossen": "geg… (to pour)"}  # a basic rival of the same letter (session 24)
    analysis = _analysis(nlp, "Shaw sieht, dass ihr Fötus noch lebt und zu beträchtlicher Größe herangewachsen ist.")
    grow = _item(analysis, "herangewachsen", "heranwachsen", "VERB", ("to grow up",), separable_prefix="heran",
                 verb_forms=("wächst heran", "wuchs heran", "ist herangewachsen"))
    assert _hints_with(options, analysis, grow) == {"herangewachsen": "h… (to grow up)"}
    analysis = _analysis(nlp, "Benannt wurde New York nach dem Herzog von York, dem späteren König Jakob II.")
    name = _item(analysis, "Benannt", "benennen", "VERB", ("to name",), verb_forms=("benennt", "benannte", "hat benannt"))
    assert _hints_with(options, analysis, name) == {"Benannt": "B… (to name)"}
    assert make_clozes(analysis, (_item(analysis, "Benannt", "benennen", "VERB", verb_forms=name.verb_forms),), (),
                       Options()) == ()


def test_a_meaning_that_nearly_spells_the_word_makes_no_gap(nlp, tmp_path):
    """Round 12: "der P… (penguin)" for Pinguine and "a… (to annex)" for annektiert: the learner
    copies the English from the hint's first letter on. A meaning the word does not echo ("die
    F… (fleet)" for Flotte) keeps its gap."""
    options = _dictionary(tmp_path, "Pinguin\tpenguin\tNOUN", "annektieren\tto annex\tVERB", "Flotte\tfleet\tNOUN",
                          "Geländewagen\toff-road vehicle\tNOUN")
    analysis = _analysis(nlp, "Die Pinguine stehlen inzwischen Geländewagen von den Touristen am Strand.")
    penguin = _item(analysis, "Pinguine", "Pinguin", "NOUN", ("penguin",), article="der")
    car = _item(analysis, "Geländewagen", "Geländewagen", "NOUN", ("off-road vehicle",), article="der")
    assert _hints_with(options, analysis, penguin, car) == {"Geländewagen": "der G… (off-road vehicle)"}
    analysis = _analysis(nlp, "Die Kolonie wurde 1664 durch die englische Krone annektiert und danach geteilt.")
    annex = _item(analysis, "annektiert", "annektieren", "VERB", ("to annex",),
                  verb_forms=("annektiert", "annektierte", "hat annektiert"))
    assert _hints_with(options, analysis, annex) == {}
    analysis = _analysis(nlp, "Die Stadt wurde 1673 durch eine niederländische Flotte besetzt.")
    fleet = _item(analysis, "Flotte", "Flotte", "NOUN", ("fleet",), article="die")
    assert _hints_with(options, analysis, fleet) == {"Flotte": "die F… (fleet)"}
