"""Cloze gaps a strict reader rejected in rounds 7 to 9 (tests/judged/cards.md), and the
usable ones a rule must not lose, on real German sentences analysed by the offline pipeline."""

from __future__ import annotations

import re

import pytest

from quizgen.config import Options
from quizgen.generation import make_clozes
from quizgen.model import Analysis, Article, Occurrence, VocabItem


def _needs_dictionary() -> None:
    """Skip a test whose rule reads the installed dictionary's senses."""
    from quizgen.extraction.glossary import load_glossary

    if load_glossary(None) is None:
        pytest.skip("no dictionary installed (Debian trans-de-en; `quizgen dictionary install`)")


def _analysis(nlp, text: str) -> Analysis:
    from quizgen.analysis import analyze

    return analyze(nlp, Article("Test", text, "test.txt", "test", ((0, len(text)),)))


def _item(analysis: Analysis, form: str, lemma: str, pos: str, gloss: tuple[str, ...], article: str = "") -> VocabItem:
    """A vocabulary item at every whole-word occurrence of ``form``, with the meanings a card shows."""
    occurrences = tuple(
        Occurrence(s.index, s.start + m.start(), s.start + m.end(), form)
        for s in analysis.sentences
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", s.text)
    )
    return VocabItem(lemma=lemma, pos=pos, article=article, gloss=gloss, level="B1", occurrences=occurrences, score=3.0)


def _answers(analysis: Analysis, *items: VocabItem) -> list[tuple[str, ...]]:
    return [note.answers for note in make_clozes(analysis, items, (), Options())]


def test_a_sense_from_the_shown_ones_dictionary_line_is_no_rival(nlp):
    """Round 7: Waldgebiet's "woodland" and "forest area" come from one dictionary line (its
    examples: "größtes zusammenhängendes Waldgebiet Deutschlands"), so either is a synonym of the
    other, not a rival sense: the usable gap stays. (The card shows "woodland": "forest area" is
    Wald + Gebiet word by word, which round 12's readers found gives the word away.) Fleck's "dash" and "spot" stand on two lines and share one word of their
    examples (Tupfen): "dash" on the card stays doubtful, and the gap goes to another word."""
    _needs_dictionary()
    analysis = _analysis(nlp, "Die Bauern brannten früher oft Waldgebiete nieder, um die Fläche ihrer Felder zu vergrößern.")
    wald = _item(analysis, "Waldgebiete", "Waldgebiet", "NOUN", ("woodland",), "das")
    assert _answers(analysis, wald) == [("Waldgebiete",)]
    analysis = _analysis(nlp, "Der Planet wird mit seinem charakteristischen roten Fleck neben der Mauer dargestellt.")
    fleck = _item(analysis, "Fleck", "Fleck", "NOUN", ("dash",), "der")
    mauer = _item(analysis, "Mauer", "Mauer", "NOUN", ("wall",), "die")
    assert _answers(analysis, fleck, mauer) == [("Mauer",)]


def test_a_word_of_a_number_and_a_measure_makes_no_gap(nlp):
    """Round 9: "den normalerweise [vierjährigen] Studiengang": vier and Jahr, only the ending is
    left to recall. A word that begins with "ein" has a meaning of its own (einfach) and keeps
    its gap, as does a word of the same sentence that is no such compound."""
    analysis = _analysis(
        nlp, "Die Ärztin absolvierte den normalerweise vierjährigen Studiengang in nur drei Jahren mit einer einfachen Methode."
    )
    vier = _item(analysis, "vierjährigen", "vierjährig", "ADJ", ("four-year",))
    gang = _item(analysis, "Studiengang", "Studiengang", "NOUN", ("course of study",), "der")
    einfach = _item(analysis, "einfachen", "einfach", "ADJ", ("simple",))
    notes = make_clozes(analysis, (vier, gang, einfach), (), Options())
    answers = {answer for note in notes for answer in note.answers}
    assert "vierjährigen" not in answers
    assert {"Studiengang", "einfachen"} <= answers


def test_a_participle_shown_as_an_adjective_makes_no_gap(nlp):
    """Round 9: "Ist das Eis mit Chloroform [gemischt]": the verb mischen's participle, which
    the card teaches as the adjective gemischt with the hint "g… (mixed)". The same adjective
    before its noun ("ein gemischtes Team") is the adjective and keeps its gap, as does a
    participle grown into an adjective of its own (Round 8: "schwach [ausgeprägt]", "distinct")."""
    analysis = _analysis(nlp, "Wenn das Eis mit Chloroform gemischt ist, bildet sich das Clathrat schon bei tiefer Temperatur.")
    mixed = _item(analysis, "gemischt", "gemischt", "ADJ", ("mixed",))
    assert _answers(analysis, mixed) == []
    analysis = _analysis(nlp, "Ein gemischtes Team aus Frauen und Männern gewann am Sonntag das Turnier in der Stadt.")
    mixed = _item(analysis, "gemischtes", "gemischt", "ADJ", ("mixed",))
    assert _answers(analysis, mixed) == [("gemischtes",)]
    analysis = _analysis(nlp, "Die Linien der anderen Elemente im Spektrum des Sterns sind nur schwach ausgeprägt.")
    distinct = _item(analysis, "ausgeprägt", "ausgeprägt", "ADJ", ("distinct", "pronounced"))
    assert _answers(analysis, distinct) == [("ausgeprägt",)]


def test_an_adjective_of_degree_before_another_makes_no_gap(nlp):
    """Round 7: "anzüglich und [unerhört] einprägsam" means incredibly memorable, and the card's
    "outrageous" teaches a sense the text does not use. The same adjective standing alone is
    the adjective and keeps its gap."""
    analysis = _analysis(nlp, "Kritiker beschrieben das neue Album der Sängerin als anzüglich und unerhört einprägsam.")
    outrageous = _item(analysis, "unerhört", "unerhört", "ADJ", ("outrageous",))
    assert _answers(analysis, outrageous) == []
    analysis = _analysis(nlp, "Die Kritiker fanden das Verhalten der Sängerin bei dem Konzert unerhört.")
    outrageous = _item(analysis, "unerhört", "unerhört", "ADJ", ("outrageous",))
    assert _answers(analysis, outrageous) == [("unerhört",)]
