"""Session 31: the card's gloss fits the card's example; agent nouns with a feminine of their
own name people even where the compound splitter reads them wrongly (Mitarb|eiter)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_senses_own_line_s22 import needs_ding

from quizgen.analysis.pipeline import analyze
from quizgen.extraction import vocabulary
from quizgen.extraction.reference import person_lemma, person_noun
from quizgen.model import Article, VocabItem


def _analysis(nlp, text: str):
    return analyze(nlp, Article(title="", text=text, source="t", stem="t", paragraphs=((0, len(text)),)))


def _belegen(analysis, glossary, sentence: int) -> VocabItem:
    occurrences = tuple(vocabulary._occurrence(s, t) for s in analysis.sentences for t in s.tokens if t.lemma == "belegen")
    item = VocabItem(lemma="belegen", pos="VERB", occurrences=occurrences, sentence=sentence,
                     example=analysis.sentences[sentence].text, count=len(occurrences))
    return replace(item, gloss=vocabulary._finish(item, glossary, analysis).gloss)


PLATZ = "Bezogen auf die Einwohnerzahl belegt die Stadt in der Liste den dritten Platz."
FUNDE = "Alte Funde belegen, dass die Gegend schon früh besiedelt war."
URKUNDEN = "Auch Urkunden belegen, dass hier schon früh Menschen wohnten."


@needs_ding
@pytest.mark.parametrize("text, moved", [
    (f"{PLATZ} {FUNDE}", None),  # the other sentence's belegen is "to occupy": the card keeps its own
    (f"{PLATZ} {FUNDE} {URKUNDEN}", 2),  # a sentence with belegen "to prove" is there: the card takes it
])
def test_a_shared_example_moves_only_to_a_sentence_of_the_cards_sense(nlp, ding, text, moved):
    analysis = _analysis(nlp, text)
    glossary = ding.within(analysis)
    item = _belegen(analysis, glossary, 1)
    assert item.gloss[:1] == ("to prove",)
    shown = vocabulary._other_example(item, analysis, {1}, glossary)
    assert shown.sentence == (1 if moved is None else moved)
    assert shown.sentence != 0
    # without the glossary (no dictionary) the first free sentence is taken, as before
    assert vocabulary._other_example(item, analysis, {1}).sentence == 0


@needs_ding
def test_the_deck_shows_each_gloss_with_a_sentence_of_its_sense(nlp, ding):
    analysis = _analysis(nlp, f"{PLATZ} {FUNDE} {URKUNDEN}")
    glossary = ding.within(analysis)
    other = replace(_belegen(analysis, glossary, 1), lemma="Fund", pos="NOUN", gloss=("find",))
    cards = vocabulary._distinct_examples([other, _belegen(analysis, glossary, 1)], analysis, glossary)
    belegen = cards[1]
    assert belegen.sentence == 2 and "Urkunden" in belegen.example
    assert belegen.gloss[:1] == ("to prove",)


@pytest.mark.parametrize("text, lemma", [
    ("Die Firma will im nächsten Jahr 500 neue Mitarbeiter einstellen.", "Mitarbeiter"),
    ("Die Mitarbeiterin hat das Projekt geleitet.", "Mitarbeiterin"),
])
def test_an_agent_noun_with_its_feminine_names_a_person(nlp, text, lemma):
    analysis = _analysis(nlp, text)
    token = next(t for s in analysis.sentences for t in s.tokens if t.lemma == lemma)
    assert person_noun(token)
    assert person_lemma(lemma)


@pytest.mark.parametrize("lemma", ["Eiter", "Fluss", "Altstadt"])
def test_a_noun_without_a_feminine_of_a_person_is_no_person(lemma):
    assert not person_lemma(lemma)


@needs_ding
def test_einstellen_with_staff_as_object_is_to_employ(nlp, ding):
    analysis = _analysis(nlp, "Der Betrieb will im Herbst zwanzig neue Mitarbeiter einstellen.")
    sentence = analysis.sentences[0]
    token = next(t for t in sentence.tokens if t.lemma == "einstellen")
    senses = ding.within(analysis).choice("einstellen", "VERB", sentence=sentence, token_i=token.i).senses
    assert senses[:1] in (("to employ",), ("to hire",), ("to take on",))



@needs_ding
@pytest.mark.parametrize("text, idiom", [
    ("In Bern, der Hauptstadt der Schweiz, macht der Fluss einen Bogen um die Altstadt herum.", False),
    ("Hinter dem Dorf macht die Straße einen Bogen um den Hügel.", False),
    ("Seit dem Unfall macht der Lehrer einen großen Bogen um die alte Brücke.", True),
    ("Seit dem Unfall macht sie einen großen Bogen um die alte Brücke.", True),
])
def test_an_idiom_for_what_someone_does_is_no_reading_of_a_thing(nlp, ding, text, idiom):
    """Round 30, Aare: the river's bend round the old town was carded "einen Bogen machen um –
    to keep away from"; a person or a pronoun keeps the idiom."""
    phrases = {item.lemma: item.gloss for item in vocabulary.dictionary_phrases(_analysis(nlp, text), ding.source)}
    assert ("Bogen machen um" in phrases) is idiom
    if idiom:
        assert phrases["Bogen machen um"][:1] == ("to keep away from sb./sth.",)


@needs_ding
def test_an_institution_keeps_the_idiom_of_what_its_people_do(nlp, ding):
    text = "Im Jahr 1920 ging die Regierung ein Bündnis mit Frankreich ein."
    phrases = {item.lemma: item.gloss for item in vocabulary.dictionary_phrases(_analysis(nlp, text), ding.source)}
    assert phrases["Bündnis eingehen mit"][:1] == ("to ally with/to sb.",)


@needs_ding
@pytest.mark.parametrize("sentence, gloss", [(0, "to occupy"), (1, "to prove")])
def test_a_cloze_gap_stands_only_where_the_word_has_the_cards_sense(nlp, ding, sentence, gloss):
    from quizgen.config import Options
    from quizgen.generation.cloze import _targets_by_sentence

    analysis = _analysis(nlp, f"{PLATZ} {FUNDE}")
    occurrences = tuple(vocabulary._occurrence(s, t) for s in analysis.sentences for t in s.tokens if t.lemma == "belegen")
    item = VocabItem(lemma="belegen", pos="VERB", gloss=(gloss,), occurrences=occurrences, sentence=sentence,
                     level="B1", zipf=3.5, count=2, example=analysis.sentences[sentence].text)
    gaps = _targets_by_sentence(analysis, (item,), (), Options(dictionary=ding.source))
    assert sorted(gaps) == [sentence]
