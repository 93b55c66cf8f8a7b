"""How certain a sense choice is (issue 13, the wrong senses of tests/judged/cards.md): a choice
among rival dictionary lines that nothing in the sentence decided is doubtful, so that a cloze can
drop its hint and a card show fewer senses; one the construction, the partner noun or a single
line decided is clear. The flag never changes the senses themselves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.extraction.glossary import load_glossary
from quizgen.model import VocabItem

DING = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")
needs_ding = pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")


@pytest.fixture(scope="module")
def ding():
    load_glossary.cache_clear()
    return load_glossary(DING)


@needs_ding
@pytest.mark.parametrize(("lemma", "pos", "text"), [
    # Geschwindigkeit "time" is Tempo's English (Ding: "Zeitmaß; Tempo; Geschwindigkeit :: time"), "speed" a rival line
    ("Geschwindigkeit", "NOUN", "Das Flugzeug erreichte eine Geschwindigkeit von 1600 Kilometern pro Stunde."),
    # "to shift", "to displace", "to postpone": nothing in the sentence says which
    ("verschieben", "VERB", "Die Eröffnung der Botschaft wurde mehrmals verschoben."),
    # "to transfer", "to move", "to publish", "to lay": the readers wanted "to publish"
    ("verlegen", "VERB", "Seine Bücher wurden von großen Verlagen verlegt."),
    # "farm" (Bauernhof's line) against the own line "agriculture; farming"
    ("Landwirtschaft", "NOUN", "Die meisten Menschen leben von der Landwirtschaft."),
    # "prior" against "priority", "supremacy", "primacy"
    ("Vorrang", "NOUN", "Dem Schutz der Spender wird Vorrang gewährt."),
])
def test_a_choice_among_rival_lines_that_nothing_decided_is_doubtful(ding, lemma, pos, text):
    choice = ding.choice(lemma, pos, context=text)
    assert choice.senses, "the flag marks a shown sense, it does not drop it"
    assert choice.doubtful


@needs_ding
@pytest.mark.parametrize(("lemma", "pos", "text"), [
    ("abhängen", "VERB", "Ob das Spiel stattfindet, hängt vom Wetter ab."),  # the construction decides: to depend on
    ("Rakete", "NOUN", "Nordkorea hat erneut eine Rakete getestet."),  # one sense
    ("Pilot", "NOUN", "Der Pilot landete das Flugzeug sicher auf der Wiese."),  # the German word's own English
])
def test_a_decided_or_single_sense_is_clear(ding, lemma, pos, text):
    choice = ding.choice(lemma, pos, context=text)
    assert choice.senses
    assert not choice.doubtful


@needs_ding
@pytest.mark.parametrize(("lemma", "pos", "text"), [
    ("Geschwindigkeit", "NOUN", "Das Flugzeug erreichte eine Geschwindigkeit von 1600 Kilometern pro Stunde."),
    ("abhängen", "VERB", "Ob das Spiel stattfindet, hängt vom Wetter ab."),
    ("Einbruch", "NOUN", "Nach Einbruch der Dunkelheit versteckte die Familie sie auf einem Wagen."),
])
def test_the_choice_gives_the_senses_senses_gives(ding, lemma, pos, text):
    assert ding.choice(lemma, pos, context=text).senses == ding.senses(lemma, pos, context=text)


def test_a_vocabulary_item_is_not_doubtful_unless_told():
    assert VocabItem(lemma="Rakete", pos="NOUN").gloss_doubtful is False


@needs_ding
def test_the_vocabulary_item_carries_the_doubt(nlp):
    """The card's item tells the cloze builder that its gloss is a guess among rivals."""
    from quizgen.analysis import analyze
    from quizgen.model import Article

    text = "Die Eröffnung der neuen Botschaft wurde wegen der Proteste mehrmals verschoben. Nordkorea hat erneut eine Rakete getestet."
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    items = {item.lemma: item for item in extract_vocabulary(analyze(nlp, article), Options(level="A1", max_words=0))}
    assert items["verschieben"].gloss and items["verschieben"].gloss_doubtful
    assert items["Rakete"].gloss and not items["Rakete"].gloss_doubtful
