"""Pronoun resolution, session 14: a possessive owned by its clause's subject, a subject
pronoun that continues the subject of the sentence before, and the cases where neither may
be assumed. Real German sentences (most from MLQA and the dev articles)."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.reference import resolve
from quizgen.model import Analysis, Article


def _analysis(nlp, text: str) -> Analysis:
    return analyze(nlp, Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),)))


def _resolved(nlp, text: str, pronoun: str, occurrence: int = 0) -> str | None:
    analysis = _analysis(nlp, text)
    found = [(s.index, t.i) for s in analysis.sentences for t in s.tokens if t.text == pronoun]
    sentence_index, token_i = found[occurrence]
    return resolve(analysis, sentence_index, token_i)


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # the clause's subject owns the possessive; the village of the sentence before agrees too
        ("Das Dorf liegt an einem Fluss. Der Bauer stellte in der Scheune seine Maschinen ein.", "seine", "der Bauer"),
        # the wind and the ship of the sentence before agree too; the captain is the clause's subject
        ("Der Wind trieb das Schiff nach Süden. Der Kapitän verlor dabei seinen Hut.", "seinen", "der Kapitän"),
    ],
)
def test_a_possessive_belongs_to_its_clauses_subject(nlp, text, pronoun, expected):
    assert _resolved(nlp, text, pronoun) == expected


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # a thing as the subject while a person is about: the reign is the king's
        ("Georg III. regierte lange. Das Parlament beglich die während seiner Herrschaftszeit angewachsenen Schulden.",
         "seiner"),
        # the predicative of a copula: Georg II. is not his own grandfather
        ("Sein Vater war Friedrich Ludwig von Hannover. König Georg II. war sein Großvater.", "sein"),
        # a relative clause after a person named in its sentence: the works are Rembrandt's
        (("1854 erschien die erste Monographie über Rembrandt, deren Autor Eduard Kolloff viele seiner Werke aus "
         "eigener Anschauung kannte."), "seiner"),
    ],
)
def test_no_subject_owner_where_another_may_own_it(nlp, text, pronoun):
    assert _resolved(nlp, text, pronoun) is None


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # the street goes on being the subject; the government two sentences back is no longer about
        (("Die Regierung plant eine neue Straße. Die Straße Piccadilly befindet sich in der Innenstadt. "
         "Sie erstreckt sich bis zum Hyde Park."), "Sie", "die Straße"),
        # MLQA: a woman the text names without telling her sex; things only in prepositional phrases
        (("Kaiserin Friedrich starb im August 1901 auf Schloss Friedrichshof – nur wenige Monate nach ihrer Mutter. "
         "Sie wurde neben ihrem Gemahl im Mausoleum der Friedenskirche beigesetzt."), "Sie", "Friedrich"),
    ],
)
def test_a_subject_pronoun_continues_the_subject_before(nlp, text, pronoun, expected):
    assert _resolved(nlp, text, pronoun) == expected


def test_the_continued_subject_tells_the_sex(nlp):
    """Once "Sie" was Kaiserin Friedrich, she is a woman: the "sie" that hands the castle on
    to her daughter is hers, the daughter being only its dative object."""
    text = ("Kaiserin Friedrich starb im August 1901 auf Schloss Friedrichshof – nur wenige Monate nach ihrer Mutter. "
            "Sie wurde neben ihrem Gemahl im Mausoleum der Friedenskirche beigesetzt. "
            "Schloss Friedrichshof und dessen Kunstsammlung vererbte sie ihrer Tochter Margarete.")
    assert _resolved(nlp, text, "sie") == "Friedrich"


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # a thing as the subject before, a person in reach: the family does not go to school, Jolie does
        (("Als Jolie elf Jahre alt war, zog die Familie zurück nach Los Angeles. "
         "Dort besuchte sie die El Rodeo Elementary School."), "sie"),
        # the clause may describe the thing found ("Er war fünf Meter lang")
        ("Darwin fand in der Höhle einen Schädel. Er war fünf Meter lang.", "Er"),
        # the subject has a genitive that agrees: the town may be the one that spreads
        ("Die Ausdehnung der Stadt folgte der Terrasse. Erst später begann sie sich nach Süden auszubreiten.", "sie"),
    ],
)
def test_no_continued_subject_where_another_may_be_meant(nlp, text, pronoun):
    assert _resolved(nlp, text, pronoun) is None


def test_a_thing_in_the_pronouns_own_sentence_is_nearer_than_the_subject_before(nlp):
    """Dev article Fahrrad: "Beim Diamantrahmen … ist er stabiler als ein Kreuzrahmen" is the
    diamond frame, though the sentences before were about the cross frame."""
    text = ("Der Kreuzrahmen war früher üblich. Er bestand aus zwei gekreuzten Streben. Beim Diamantrahmen werden "
            "die Streben kaum auf Biegung beansprucht, deshalb ist er wesentlich stabiler als ein Kreuzrahmen.")
    assert _resolved(nlp, text, "Er") == "der Kreuzrahmen"
    assert _resolved(nlp, text, "er") is None
