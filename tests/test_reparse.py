"""The re-analysis of generated strings: one cache for every round-trip check, and the light
reading of an answer gives the words, tags and lemmas of the full one."""

from __future__ import annotations

import pytest

from quizgen.generation import paraphrase, wellformed
from quizgen.generation.reparse import parse_line, tag_line


def test_the_checks_share_one_parse_per_string():
    text = "Oskar Schindler kaufte 1939 in Krakau eine Emaillewarenfabrik."
    first = wellformed._parse(text)
    assert first is not None
    assert paraphrase.reparse(text) is first  # the statement checks do not analyse it again


@pytest.mark.parametrize(
    "text",
    [
        "viele Überschwemmungen .",
        "Kim Jong Un .",
        "in der Munitionsfabrik von Pjöngjang .",
        "zwischen 1632 und 1646 .",
        "die Vereinigten Staaten von Amerika .",
    ],
)
def test_an_answer_read_without_entities_and_clauses_keeps_words_tags_and_lemmas(text):
    full, light = parse_line(text), tag_line(text)
    assert full is not None and light is not None
    assert [(t.text, t.tag, t.lemma, t.pos, t.morph) for t in light.tokens] == [
        (t.text, t.tag, t.lemma, t.pos, t.morph) for t in full.tokens
    ]
    assert not light.clauses
    assert all(not t.ent_label for t in light.tokens)


def test_the_full_parse_keeps_the_entities_the_light_one_leaves_out():
    assert [t.ent_label for t in parse_line("Kim Jong Un .").tokens] == ["PER", "PER", "PER", ""]
    assert [t.ent_label for t in tag_line("Kim Jong Un .").tokens] == ["", "", "", ""]


def test_two_sentences_are_no_line():
    assert parse_line("Kim fuhr nach Moskau. Dort traf er Putin.") is None
    assert tag_line("Kim fuhr nach Moskau. Dort traf er Putin.") is None
