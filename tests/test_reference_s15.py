"""Pronoun resolution, session 15: a person's sex told by pronouns later in the text, the
subject pronoun of a subordinate clause for its main clause's noun phrase, the person of the
sentence before's adverbial clause for a verb only a person does, and the cases where none of
this may be assumed. Real German sentences (most from MLQA and the dev articles)."""

from __future__ import annotations

import pytest
from test_reference_s14 import _resolved

JOLIE = "Als Jolie elf Jahre alt war, zog die Familie zurück nach Los Angeles. Dort {verb} sie bis 1989 die El Rodeo Elementary School."
JOLIE_LATER = " Jolie trug in ihrer Jugend Kleidung aus Secondhand-Läden."


def test_a_later_possessive_tells_the_sex_that_decides_an_earlier_pronoun(nlp):
    # "ihrer" can only be Jolie's; so Jolie is a woman, and the family does not go to school
    assert _resolved(nlp, JOLIE.format(verb="besuchte") + JOLIE_LATER, "sie") == "Jolie"


@pytest.mark.parametrize(
    "text",
    [
        # the text never tells Jolie's sex: "sie" may be anyone
        JOLIE.format(verb="besuchte") + " Jolie trug Kleidung aus Secondhand-Läden.",
        # a family may well buy a house: the verb does not need one person
        JOLIE.format(verb="kaufte").replace(" bis 1989 die El Rodeo Elementary School", " ein Haus") + JOLIE_LATER,
    ],
)
def test_the_adverbial_clauses_person_needs_her_sex_and_a_verb_only_a_person_does(nlp, text):
    assert _resolved(nlp, text, "sie") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Auktion blieb erfolglos, obwohl sie von einer halben Million Menschen besucht wurde.", "die Auktion"),
        # the championship after the subject is a thing in a prepositional phrase: the team is meant
        (("2006 konnte sich die togoische Mannschaft für die Weltmeisterschaft in Deutschland qualifizieren, "
         "wo sie als Außenseiter in der Vorrunde scheiterte."), "die togoische Mannschaft"),
        (("Die Ägypter entdeckten darüber hinaus den Meridian, da sie merkten, dass der Schatten eines Obelisken "
         "immer in die gleiche Richtung fällt."), "die Ägypter"),
    ],
)
def test_a_subordinate_clauses_subject_pronoun_is_its_main_clauses_subject(nlp, text, expected):
    assert _resolved(nlp, text, "sie") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a phrase inside the subject agrees too: the score may be meant
        "Die letzte Information über den Verbleib der Partitur war, dass sie in Berlin versteigert wurde.",
        # an object of the main clause agrees too
        "Die Polizei fand die Tasche im Wald, nachdem sie tagelang gesucht worden war.",
        # a woman named just before may be meant
        "Die Ministerin Anna Berg kam nach Bonn. Die Delegation blieb im Hotel, während sie die Stadt besuchte.",
        # a copula with a noun: the predicative may be meant
        "Ein Beispiel ist eine Blütenröhre, wie sie bei vielen Korbblütlern vorkommt.",
    ],
)
def test_no_main_clause_subject_where_another_referent_agrees(nlp, text):
    assert _resolved(nlp, text, "sie") is None


def test_a_subject_named_in_the_main_clause_is_not_passed_over_for_the_established_person(nlp):
    # Georg III. is a man named often; Herschel, the subject of the relative clause's main
    # clause, is of a sex the text does not tell: "er" is not Georg
    text = ("Georg III. interessierte sich für die Astronomie. Er förderte die Sternwarte in Kew. Er bezahlte seinen "
            "Astronomen gut. Herschel entdeckte 1781 den Planeten Uranus, den er zuerst als Georgs Stern bezeichnete.")
    assert _resolved(nlp, text, "er", occurrence=0) is None


def test_a_quoted_pronoun_is_not_resolved(nlp):
    text = "Die Schauspielerin Angelina Jolie besuchte Kambodscha. Sie sagte: „Sie hat mich nie besucht.“"
    assert _resolved(nlp, text, "Sie", occurrence=0) == "Angelina Jolie"
    assert _resolved(nlp, text, "Sie", occurrence=1) is None
