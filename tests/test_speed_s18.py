"""The memoised analyses of the build (issue 12, speed) answer as the plain ones do.

Behaviour only, no timings: HanTa's analyses shared between a sentence's tagging and a
compound's split, and the lexicon's memoised word tests, give what an unmemoised tagger and
the plain rules give for the same German words.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import lexicon
from quizgen.analysis.hanta import hanta_tagger
from quizgen.extraction.compounds import split_compound

SENTENCE = "Die Munitionsfabrik in Pjöngjang soll mehr Raketen herstellen , forderte Kim Jong Un ."


@pytest.fixture(scope="module")
def plain_tagger():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


def test_memoised_tagger_tags_a_sentence_as_the_plain_one(plain_tagger) -> None:
    words = SENTENCE.split()
    memoised = hanta_tagger()
    first = memoised.tag_sent(words, taglevel=1)
    assert memoised.tag_sent(words, taglevel=1) == first  # the second time from the memos
    assert first == plain_tagger.tag_sent(words, taglevel=1)


@pytest.mark.parametrize("word", ["Munitionsfabrik", "munitionsfabrik", "Raketen", "in"])
def test_morphemes_after_tagging_are_the_plain_ones(plain_tagger, word: str) -> None:
    """The sentence tagged first leaves the word's Viterbi analysis in the memo; its morphemes
    (taglevel 3, what ``split_compound`` reads) and its lemma are still the plain tagger's."""
    memoised = hanta_tagger()
    memoised.tag_sent(SENTENCE.split(), taglevel=1)
    for taglevel in (3, 1):
        assert memoised.analyze(word, taglevel=taglevel) == plain_tagger.analyze(word, taglevel=taglevel)
    assert memoised.tag_word(word) == plain_tagger.tag_word(word)


def test_compound_split_after_tagging() -> None:
    hanta_tagger().tag_sent(SENTENCE.split(), taglevel=1)
    assert split_compound("Munitionsfabrik") == ("Munition", "Fabrik")
    assert split_compound("Organisation") == ()  # no Organ + Is + Ation, memo or not


def test_memoised_word_tests_of_the_lexicon() -> None:
    assert lexicon._adjective_stem("polar")
    assert lexicon._adjective_stem("polar")  # asked again: from the memo, same answer
    assert not lexicon._adjective_stem("beanstandun")
    assert lexicon._english("Ireland")
    assert not lexicon._english("Übung")
    entry = lexicon.noun_lexicon().lookup("Militärübung")
    assert entry is not None and (entry.gender, entry.head) == ("Fem", "Übung")


def _article(text: str):
    from quizgen.model import Article

    return Article(title="", text=text, source="", stem="speed", paragraphs=((0, len(text)),))


def test_an_article_analysed_again_is_read_as_the_first_time() -> None:
    """``make bench`` analyses every article, then builds it: the second analysis takes the
    sentence tags (``hanta._tagged``) and the model's entities (``entities._predicted``) from
    the first, and is the same analysis."""
    from quizgen.analysis import analyze, load_pipeline

    nlp = load_pipeline("offline")
    article = _article("Kim Jong Un besuchte am Montag eine Munitionsfabrik in Pjöngjang. Er forderte die Ingenieure zu mehr Tempo auf.")
    first = analyze(nlp, article)
    assert analyze(nlp, article) == first
    assert {(entity.text, entity.label) for entity in first.entities} >= {("Pjöngjang", "LOC")}
    assert first.sentences[1].tokens[1].lemma == "auffordern"  # the particle joined as before


def test_a_changed_text_is_read_afresh() -> None:
    """Nothing is taken from the memo for a text that differs in one word: its new name is found."""
    from quizgen.analysis import analyze, load_pipeline

    nlp = load_pipeline("offline")
    analyze(nlp, _article("Angela Merkel besuchte gestern Paris."))
    changed = analyze(nlp, _article("Angela Merkel besuchte gestern Hamburg."))
    assert ("Hamburg", "LOC") in {(entity.text, entity.label) for entity in changed.entities}
    assert "Paris" not in {entity.text for entity in changed.entities}
