"""Levels fresh card readers of session 22 found too high (/tmp/j22: anbauen, einwandern, umfallen
C1; das Badminton, das Pedal C1), the text level comprehension readers found too low (a technical
paragraph at A2), the words beside them a rule must not move, and a list of
everyday words a B1 learner knows (weather, food, body, house, transport, school), written for
this test and not used to tune the rules."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_levels_s13 import _items

from quizgen.analysis import analyze
from quizgen.extraction.levels import common_base, english_cognate, estimate_level, level_index
from quizgen.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from eval_levels import rate

EVERYDAY = (
    ("NOUN", "Regen Schnee Wolke Wind Brot Käse Apfel Kartoffel Milch Suppe Kopf Bauch Nase Zahn"),
    ("NOUN", "Rücken Ohr Küche Fenster Treppe Bett Stuhl Schrank Teppich Fahrrad Flughafen Ampel"),
    ("NOUN", "Bahnhof Schule Heft Tafel Prüfung Pferd Katze Vogel"),
    ("VERB", "regnen schneien kochen umsteigen einsteigen aussteigen lernen aufwachen anziehen umziehen"),
)
WORDS = [(word, pos) for pos, words in EVERYDAY for word in words.split(" ")]


def test_a_rare_separable_verb_of_a_simple_base_is_read_from_its_parts(nlp):
    """anbauen and einwandern (readers: C1 far too high, B1) are bauen and wandern with a
    particle: a band above the base, not the C1 of their rarity in news. A formal one keeps
    its band: vorenthalten (enthalten has an inseparable prefix), anprangern (no simple base)."""
    items = _items(
        nlp,
        "Die Bauern auf Kreta haben viele Olivenbäume angebaut. Viele Menschen wanderten nach London ein. "
        "Das Kind ist umgefallen.",
    )
    assert items["anbauen"].level == "B1"
    assert items["einwandern"].level == "B1"
    assert items["umfallen"].level == "B1"
    assert common_base("umfallen") == "fallen" and common_base("umsteigen") == "steigen"
    assert common_base("vorenthalten") == "" and common_base("anprangern") == ""
    assert common_base("sich anstellen") == ""


def test_a_rare_noun_spelt_as_an_english_word_is_no_c1_word(nlp):
    """Das Badminton and das Pedal (readers: C1 absurd) are the English words; a rare noun
    that is no English word keeps its band (die Anmaßung), and a short chance match is not read
    so (das Lid: English lid)."""
    items = _items(nlp, "Beim Badminton schlägt man einen Ball über das Netz. Das Fahrrad hat ein Pedal.")
    assert items["Badminton"].level == "B1"
    assert items["Pedal"].level == "B1"
    assert english_cognate("Badminton") and not english_cognate("Anmaßung") and not english_cognate("Lid")
    assert rate("Anmaßung", "NOUN") in ("C1", "C2")


@pytest.mark.parametrize(("lemma", "pos"), WORDS)
def test_an_everyday_word_is_never_c1(lemma, pos):
    """Every everyday word a B1 learner knows is labelled B2 at most."""
    assert level_index(rate(lemma, pos)) <= level_index("B2"), lemma


def test_everyday_words_are_mostly_a1_to_b1():
    """At least 90 % of the everyday words are labelled A1–B1 (issue 13's target for list words)."""
    levels = [rate(lemma, pos) for lemma, pos in WORDS]
    within = sum(level_index(level) <= level_index("B1") for level in levels)
    assert within / len(levels) >= 0.9, [w for w, lv in zip(WORDS, levels) if lv not in ("A1", "A2", "B1")]


def _text_level(nlp, text: str) -> str:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return estimate_level(analyze(nlp, article))


def test_a_technical_paragraph_is_no_b1_text(nlp):
    """A paragraph of biochemistry among everyday words (readers found such a paragraph, Proteom,
    rated A2 where it is B2 or C1): its level covers 80 % of its content words, about 90 % of its
    running words, so its one technical word in six counts. A text of everyday words stays A1–A2."""
    technical = (
        "Eine menschliche Zelle enthält etwa 20.000 Gene, die zusammen viele verschiedene Proteine "
        "synthetisieren. Diese Vielfalt entsteht vor allem durch enzymatische Modifikationen nach der "
        "Translation, so dass ein einzelnes Gen als Matrize für mehrere Isoformen eines Proteins dienen "
        "kann. Mit einem einzelnen Massenspektrometer können heute etwa 3000 Proteine identifiziert "
        "werden. Das Wissen über die Proteine einer Zelle ist oft relevanter als die Menge der Boten-RNA, "
        "die von jedem Gen transkribiert wird. Trotzdem bietet die Analyse der Genexpression den besten "
        "Überblick, den ein einzelnes Experiment liefern kann."
    )
    everyday = (
        "Anna wohnt mit ihrer Familie in einer kleinen Stadt. Jeden Morgen fährt sie mit dem Bus zur "
        "Schule. In der Pause isst sie ein Brot und trinkt Wasser. Am Nachmittag spielt sie mit ihren "
        "Freunden im Park. Am Abend kocht ihre Mutter das Essen. Danach macht Anna ihre Hausaufgaben "
        "und liest ein Buch. Um neun Uhr geht sie ins Bett."
    )
    assert level_index(_text_level(nlp, technical)) >= level_index("B2")
    assert level_index(_text_level(nlp, everyday)) <= level_index("A2")
