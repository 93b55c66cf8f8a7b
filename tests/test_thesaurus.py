"""Synonyms from OpenThesaurus keep two right answers out of choices and word boxes."""

from __future__ import annotations

import pytest

from quizgen.extraction.thesaurus import default_thesaurus, load_thesaurus

needs_openthesaurus = pytest.mark.skipif(default_thesaurus() is None, reason="openthesaurus-de-text not installed")


@pytest.fixture
def mini_thesaurus(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "thesaurus.txt"
    path.write_text(
        "# OpenThesaurus - German Thesaurus in text format\n"
        "Gegend;Areal;Gebiet;Territorium;Raum\n"
        "Gebiet;Landschaft;Ecke (ugs.);Land;Gegend;Landstrich\n"
        "an die Decke gehen (ugs.);ausrasten (ugs.);explodieren\n",
        encoding="utf-8",
    )
    load_thesaurus.cache_clear()
    yield path
    load_thesaurus.cache_clear()


def test_synonyms_over_all_senses_without_notes_or_phrases(mini_thesaurus):
    thesaurus = load_thesaurus(mini_thesaurus)
    assert thesaurus.synonyms("Gebiet") == {"Gegend", "Areal", "Territorium", "Raum", "Landschaft", "Ecke", "Land", "Landstrich"}
    assert thesaurus.are_synonyms("Ecke", "Gebiet") and thesaurus.are_synonyms("Areal", "Gegend")
    assert not thesaurus.are_synonyms("Gebiet", "Gebiet")
    assert thesaurus.synonyms("explodieren") == {"ausrasten"}  # phrases are left out
    assert thesaurus.synonyms("Tal") == frozenset()


def test_the_index_is_cached_and_read_back(mini_thesaurus, tmp_path):
    load_thesaurus(mini_thesaurus)
    assert len(list((tmp_path / "cache" / "quizgen").glob("thesaurus-*.sqlite"))) == 1
    load_thesaurus.cache_clear()
    assert load_thesaurus(mini_thesaurus).are_synonyms("Raum", "Gebiet")


@needs_openthesaurus
def test_debians_thesaurus_knows_the_synonyms_that_made_bad_options():
    thesaurus = load_thesaurus()
    assert thesaurus.are_synonyms("Fluss", "Strom") and thesaurus.are_synonyms("Gebiet", "Gegend")
    assert not thesaurus.are_synonyms("Fluss", "Sand")


@needs_openthesaurus
def test_no_wrong_option_or_extra_word_is_a_synonym_of_the_answer(corpus_materials, seed_material):
    thesaurus = load_thesaurus()
    checked = 0
    for material in [seed_material, *corpus_materials.values()]:
        lemma_of = {occurrence.form: item.lemma for item in material.vocabulary for occurrence in item.occurrences}
        for question in material.questions:
            if question.type == "multiple_choice" and question.prompt.startswith("Welches Wort"):
                answer = lemma_of.get(str(question.answer), str(question.answer))
                wrong = [lemma_of.get(option, option) for option in question.options if option != question.answer]
                assert not any(thesaurus.are_synonyms(answer, other) for other in wrong), question.prompt
                checked += 1
            if question.type == "gap_fill":
                answers = {lemma_of.get(answer, answer) for answer in question.answer}
                extra = {lemma_of.get(word, word) for word in question.word_bank} - answers
                assert not any(thesaurus.are_synonyms(a, e) for a in answers for e in extra), question.prompt[:60]
                checked += 1
    # not vacuous: 'Welches Wort passt?' items only fill the vocabulary part, fewer as more W-questions come
    assert checked > 40
