"""Core words agree with the accepted answers (round 27: the key printed "Villamil" as accepted
beside the core word "General", "eine Inselgruppe" beside "pazifisch", "Haydn" beside "Komponist":
an answer in other words needed more than an accepted answer says)."""

from __future__ import annotations

from quizgen.generation.keys import _has_core_word, with_consistent_core
from quizgen.model import Question


def _question(answer: str, accepted: tuple[str, ...], core: tuple[str, ...]) -> Question:
    return Question(id="q01", type="wh", prompt="Wer nahm die Galapagosinseln für Ecuador in Besitz?", answer=answer,
                    sentence=0, evidence="", accepted=accepted, skill="wer", core=core)


def test_a_core_word_an_accepted_answer_lacks_goes():
    question = _question("General Jose de Villamil", ("Jose de Villamil", "Villamil"), ("General", "Villamil"))
    assert with_consistent_core(question).core == ("Villamil",)
    question = _question("eine Inselgruppe im Pazifik", ("eine Inselgruppe",), ("Archipel/Inselgruppe", "pazifisch"))
    assert with_consistent_core(question).core == ("Archipel/Inselgruppe",)


def test_core_words_every_accepted_answer_has_stay():
    question = _question("der Komponist Joseph Haydn", ("Komponist Joseph Haydn", "Joseph Haydn als Komponist"),
                         ("Komponist", "Haydn"))
    assert with_consistent_core(question).core == ("Komponist", "Haydn")


def test_no_core_of_a_bare_adjective_is_left():
    question = _question("aufgrund ihrer Entfernung von anderen Landmassen", ("wegen der Entfernung von anderen Kontinenten",),
                         ("ander", "Landmasse"))
    assert with_consistent_core(question).core == ("ander", "Landmasse")


def test_a_core_word_is_found_as_the_self_check_page_finds_it():
    assert _has_core_word("Sie ist kühler.", "kühl/kalt") and _has_core_word("viele Laubblätter", "Blatt")
    assert _has_core_word("Es wurde geliefert.", "liefern")
    assert not _has_core_word("Haydn", "Komponist")


def test_a_compound_with_a_short_head_has_its_own_core_word():
    """"Landmasse" was stemmed to "mass", which the page finds only at a word's start: the key's own
    answer "von anderen Landmassen" lacked its core word."""
    assert _has_core_word("aufgrund ihrer Entfernung von anderen Landmassen", "Landmasse/Masse")
    assert _has_core_word("wegen der Masse", "Landmasse/Masse")  # the head alone, as before
