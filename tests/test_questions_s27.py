"""Vocabulary gaps that reading must answer (session 27): the Klexikon Tabak sheet asked
"Tabak enthält den Stoff Nicotin oder _____." with "Nikotin" among the options, a gap answered
by copying the other spelling the sentence gives; on real German sentences analysed by the
offline pipeline."""

from __future__ import annotations

import random

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.generation.questions import _one_edit_apart, _spelt_again, word_choice
from quizgen.model import Article
from quizgen.reading import read_article

_TEXT = (
    "Tabak ist eine Pflanze, die aus Amerika stammt. Man raucht ihn in Zigaretten, Zigarren und Pfeifen. "
    "Tabak enthält den Stoff Nicotin oder Nikotin. Der Stoff macht die Raucher schnell abhängig. "
    "Die Bauern ernten die Blätter im Sommer und trocknen sie in großen Scheunen. "
    "Danach verkaufen sie die getrockneten Blätter an eine Fabrik."
)


def _analysis(nlp):
    article = Article(title="Tabak", text=_TEXT, source="test", stem="tabak", paragraphs=((0, len(_TEXT)),))
    return analyze(nlp, article)


def test_one_edit_apart_is_one_letter_changed_added_or_dropped():
    assert _one_edit_apart("nikotin", "nicotin")
    assert _one_edit_apart("zigarette", "zigaretten")
    assert not _one_edit_apart("nikotin", "nikotin")
    assert not _one_edit_apart("scheune", "scheunen!!")
    assert not _one_edit_apart("blätter", "bauern")


def test_a_word_the_sentence_spells_twice_is_not_gapped(nlp):
    analysis = _analysis(nlp)
    sentence = next(s for s in analysis.sentences if "Nikotin" in s.text)
    nikotin = next(t for t in sentence.tokens if t.text == "Nikotin")
    stoff = next(t for t in sentence.tokens if t.text == "Stoff")
    assert _spelt_again("Nikotin", sentence, nikotin.start)
    assert not _spelt_again("Stoff", sentence, stoff.start)


def test_the_tabak_sheet_asks_no_gap_its_sentence_answers(nlp, devdata):
    analysis = analyze(nlp, read_article(devdata / "articles" / "klexikon" / "Tabak.txt"))
    vocabulary = extract_vocabulary(analysis, Options())
    assert "Nikotin" in {item.lemma for item in vocabulary}
    questions = word_choice(analysis, vocabulary, random.Random(7), 4)
    assert len(questions) >= 4, "the other sentences still give word gaps"
    assert not [q for q in questions if "Nicotin oder _____" in q.prompt]
