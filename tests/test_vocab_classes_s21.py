"""Vocabulary cards round 21's readers found wrong (issue 13), fixed by class: a participle with
its own complements before a noun is its verb (liegend → liegen); an adjective the text uses only
as an adverb is carded as the adverb; a rare compound whose head's plural is common has its
plural (Geburtsstädte, not "meist Singular"); a word of a title that ends in "!" is no card."""

from __future__ import annotations

import pytest
from test_sense_doubt_s21 import needs_ding

from quizgen.model import Article


def _items(nlp, text: str, level: str = "B1") -> dict[str, object]:
    from quizgen.analysis import analyze
    from quizgen.config import Options
    from quizgen.extraction.vocabulary import extract_vocabulary

    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    items = extract_vocabulary(analyze(nlp, article), Options(level=level, max_words=0))
    return {item.lemma: item for item in items}


def _key(nlp, text: str, word: str):
    from quizgen.analysis import analyze
    from quizgen.extraction.vocabulary import _key

    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    sentence = analyze(nlp, article).sentences[0]
    k, token = next((k, t) for k, t in enumerate(sentence.tokens) if t.text == word)
    return _key(token, opens=k == 0, sentence=sentence)


@pytest.mark.parametrize(("text", "word", "verb"), [
    ("Die mRNA kopiert die in einem Gen auf der DNA liegende Information.", "liegende", "liegen"),
    ("Jeweils drei nebeneinander liegende Nukleotide bilden ein Codon.", "liegende", "liegen"),
    ("Die am Ufer stehenden Häuser wurden zerstört.", "stehenden", "stehen"),
])
def test_a_participle_with_its_own_complement_before_a_noun_is_its_verb(nlp, text, word, verb):
    assert _key(nlp, text, word) == (verb, "VERB")


@pytest.mark.parametrize(("text", "word", "adjective"), [
    ("Das Unternehmen spielt eine führende Rolle in Europa.", "führende", "führend"),
    ("Die überwiegende Mehrheit stimmte zu.", "überwiegende", "überwiegend"),
])
def test_a_participle_after_an_article_stays_an_adjective(nlp, text, word, adjective):
    assert _key(nlp, text, word) == (adjective, "ADJ")


@needs_ding
def test_an_adjective_used_only_as_an_adverb_is_carded_as_the_adverb(nlp, fresh_glossary):
    items = _items(nlp, "Diese Vielfalt entsteht hauptsächlich durch posttranslationale Modifikationen. "
                        "Die Berater begannen umgehend mit der Vorbereitung.", level="A1")
    assert items["hauptsächlich"].pos == "ADV"
    assert items["umgehend"].pos == "ADV"
    assert "mainly" in " ".join(items["hauptsächlich"].gloss)


def test_an_adjective_used_predicatively_or_before_a_noun_stays_an_adjective(nlp, fresh_glossary):
    items = _items(nlp, "Die Antwort war eindeutig. Er gab eine eindeutige Antwort. "
                        "Das Mittel ist wirksam.", level="A1")
    assert items["eindeutig"].pos == "ADJ"
    assert items["wirksam"].pos == "ADJ"


def test_a_rare_compound_whose_head_has_a_common_plural_has_its_plural(nlp, fresh_glossary):
    from quizgen.extraction.word_facts import noun_fields

    text = "2003 machte sie ihren Abschluss an der Highschool in ihrer Geburtsstadt Allentown."
    from quizgen.analysis import analyze

    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    sentence = analyze(nlp, article).sentences[0]
    token = next(t for t in sentence.tokens if t.text == "Geburtsstadt")
    fields = noun_fields("Geburtsstadt", [(sentence, token)])
    assert fields["plural"] == "die Geburtsstädte"
    assert "number_note" not in fields


def test_a_mass_noun_stays_mostly_singular(nlp):
    from quizgen.analysis import analyze
    from quizgen.extraction.word_facts import noun_fields

    text = "Die Öffentlichkeit erfuhr erst spät davon."
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    sentence = analyze(nlp, article).sentences[0]
    token = next(t for t in sentence.tokens if t.text == "Öffentlichkeit")
    assert noun_fields("Öffentlichkeit", [(sentence, token)]).get("number_note") == "meist Singular"


def test_a_word_of_a_title_ending_in_an_exclamation_mark_is_no_card(nlp, fresh_glossary):
    items = _items(nlp, "Ihr Durchbruch gelang ihr 2004 in der Teenie-Komödie Girls Club – Vorsicht bissig!. "
                        "Der Hund war nicht gefährlich.", level="A1")
    assert "bissig" not in items
    assert "gefährlich" in items or "Durchbruch" in items


@pytest.mark.parametrize(("text", "verb"), [
    ("Sie entstammt einer Familie mit überwiegend deutschen Wurzeln.", "entstammen"),
    ("In diesem Jahr trat er den amerikanischen Heeresfliegern bei.", "beitreten"),
])
def test_a_verb_with_only_a_dative_object_shows_its_case(nlp, fresh_glossary, text, verb):
    assert _items(nlp, text, level="A1")[verb].construction == "+ Dat."


@pytest.mark.parametrize(("text", "verb"), [
    ("Jedem Tag wurde dabei eine Gottheit zugeordnet.", "zuordnen"),  # a passive: the accusative is its subject
    ("Bezogen auf die Einwohnerzahl belegt Eisenstadt den 41. Platz.", "belegen"),  # "den … Platz" is no dative
])
def test_no_dative_construction_where_the_sentence_does_not_show_one(nlp, fresh_glossary, text, verb):
    items = _items(nlp, text, level="A1")
    assert verb in items
    assert "Dat." not in items[verb].construction
