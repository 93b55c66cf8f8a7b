"""Cloze hints a learner can trust (issue 13): where the sense choice only guessed a word's
meaning among rival dictionary lines (``VocabItem.gloss_doubtful``), its gap shows no English.
A teacher asks for the form instead where the form is the lesson (a strong verb's participle, a
plural that changes its vowel); a meaning the sentence still favours keeps its meaning hint."""

from __future__ import annotations

from dataclasses import replace

from test_cloze_s13 import _analysis
from test_cloze_s14 import _hints, _item
from test_sense_doubt_s21 import needs_ding

POWERED = "Das kleine Versuchsflugzeug wurde von einem starken Raketentriebwerk angetrieben."
HARBOURS = "Die Häfen der Armee liegen heute weit draußen am Meer."


@needs_ding
def test_a_doubtful_strong_participle_asks_for_its_form_not_a_meaning(nlp):
    """Martin Marietta X-24 C1: "a… (to push)" for angetriebene taught a wrong English word (the
    dictionary's "to power" and "to propel" rival it); "antreiben" asks for the strong
    participle, which is what the gap practises (Oskar Schindler: "[erzogen] (erziehen)")."""
    analysis = _analysis(nlp, POWERED)
    power = _item(analysis, "angetrieben", "antreiben", "VERB", ("to push",), separable_prefix="an",
                  verb_forms=("treibt an", "trieb an", "hat angetrieben"))
    assert _hints(analysis, replace(power, gloss_doubtful=True)) == {"angetrieben": "antreiben"}
    assert _hints(analysis, power) == {"angetrieben": "a… (to push)"}


@needs_ding
def test_a_doubtful_noun_whose_plural_changes_its_vowel_gets_its_lemma(nlp):
    analysis = _analysis(nlp, HARBOURS)
    harbours = _item(analysis, "Häfen", "Hafen", "NOUN", ("harbour",), article="der")
    assert _hints(analysis, replace(harbours, gloss_doubtful=True)) == {"Häfen": "der Hafen"}
    assert _hints(analysis, harbours) == {"Häfen": "die H… (Plural; harbour)"}  # round 21: "der" misleads for a plural


def test_a_doubted_meaning_the_sentence_still_favours_keeps_its_hint(nlp):
    """The flag alone marks sound hints too (Rettung "rescue", Buchhalter "accountant" in Oskar
    Schindler): a meaning that keeps most of the score against its rivals where the gap stands
    stays in the hint, "v… (to carry off; to kidnap)" for verschleppt."""
    analysis = _analysis(nlp, "Muslimische Gefangene wurden damals in die Sklaverei verschleppt.")
    carry = _item(analysis, "verschleppt", "verschleppen", "VERB", ("to carry off", "to kidnap"),
                  verb_forms=("verschleppt", "verschleppte", "hat verschleppt"))
    assert _hints(analysis, replace(carry, gloss_doubtful=True)) == {"verschleppt": "v… (to carry off; to kidnap)"}
