"""Clause parses that cut a phrase or a sentence in pieces (session 21): a counting noun before the adjectives
and noun it counts, and a place named by its direction from another ("direkt nördlich von
Bangkok"), which read as a manner adverb, another and a where-from phrase; the dot of a ruler's
number ("Konstantin VII. (r. 913–959) schickte …"), which ended the sentence."""

from __future__ import annotations

import pytest
from test_clause_splits_s16 import _clauses, _roles, _sentences
from test_parse_s17 import _sure_roles


@pytest.mark.parametrize(("text", "phrase"), [
    ("Im Holocaust wurden etwa sechs Millionen europäische Juden ermordet.", "etwa sechs Millionen europäische Juden"),
    ("Bis 2030 sollen europaweit 15 Millionen neue Arbeitsplätze entstehen.", "15 Millionen neue Arbeitsplätze"),
])
def test_a_counting_noun_and_the_noun_it_counts_are_one_subject(nlp, text, phrase):
    assert ("subject", phrase) in _sure_roles(_clauses(nlp, text)[0])


def test_a_counting_noun_before_a_noun_with_its_own_article_stays_apart(nlp):
    (clause,) = _clauses(nlp, "Die Stadt gab zwei Millionen den Schulen.")
    assert ("object_dat", "den Schulen") in _roles(clause)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Die Provinz Pathum Thani liegt direkt nördlich von Bangkok.", "direkt nördlich von Bangkok"),
    ("Von dort fuhr er nördlich von Berlin weiter.", "nördlich von Berlin"),
    ("Das Kloster steht südwestlich von Wien.", "südwestlich von Wien"),
])
def test_a_direction_with_its_von_phrase_is_where(nlp, text, phrase):
    assert ("place", phrase) in _roles(_clauses(nlp, text)[0])


def test_a_plain_von_phrase_after_an_adverb_is_not_joined(nlp):
    (clause,) = _clauses(nlp, "Die Nachricht kam überraschend von der Regierung.")
    assert not any(text.startswith("überraschend von") for _, text in _roles(clause))


@pytest.mark.parametrize(("text", "count"), [
    ("Deshalb schickte Kaiser Konstantin VII. (r. 913–959) eine weitere Armee. Diese wurde geschlagen.", 2),
    ("Im Jahr 1001 wurde Stephan I. zum König gekrönt. Er gründete Bistümer.", 2),
    ("Indravarman II. war ein Sohn von König Jayavarman VII. Er regierte lange.", 2),  # an opener after it ends it
])
def test_a_rulers_number_does_not_end_the_sentence(nlp, text, count):
    sentences = _sentences(nlp, text)
    assert len(sentences) == count
    assert sentences[0].text.endswith(("Armee.", "gekrönt.", "VII."))
