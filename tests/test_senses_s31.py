"""The sense in the text, session 31 (issue 13; cards round 25's wrong senses): the clause's
construction decides between senses a verb's object alone leaves open: a dass clause as the
object wants a sense whose English takes a that-clause ("Funde belegen, dass …": to prove, not
to occupy), a place the object is put wants a sense of putting ("den Fuß auf dem Boden
abstellen": to put down, not to prevent); a noun's English lent by other words (Umwelt's
"environment") does not go before its own line's first English ("surroundings"); a noun's
qualifier naming whose thing it is ("Schale (von einigen Seetieren) :: test") narrows its sense
as a genitive one does; and Ding's fields of living things are two domains, not one (a text on
a barn's grain is not one on sea urchins)."""

from __future__ import annotations

import pytest
from test_senses3_s23 import _choice
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.ding import _ding_entries
from quizgen.extraction.senses import NARROW, Context, Sense, decide, domains, takes_that


def test_english_verbs_that_take_a_that_clause():
    assert takes_that("to prove") and takes_that("to document") and takes_that("to point out")
    assert not takes_that("to occupy") and not takes_that("to reserve") and not takes_that("to put off")


def test_plants_and_animals_are_two_domains():
    assert domains("[bot] gemüse") == {"plants"} and domains("[zool] seetieren") == {"animals"}
    assert domains("[agr]") == {"plants"} and domains("[biol]") == {"plants", "animals"}


def test_a_nouns_of_qualifier_narrows_its_sense():
    """"(von einigen Seetieren)" names whose shell it is, as "(einer Quelle)" does; "(von etw.)"
    is the noun's construction and narrows nothing."""
    test = [entry for entry in _ding_entries("Schale {f} [zool.] (von einigen Seetieren) :: test") if entry[0] == "Schale"]
    assert test and all(NARROW in entry[6] for entry in test)
    mining = [entry for entry in _ding_entries("Abbau {m}; Förderung {f} (von etw.) [min.] :: mining") if entry[0] == "Förderung"]
    assert mining and all(NARROW not in entry[6] for entry in mining)


@needs_ding
@pytest.mark.parametrize("text", ["Funde belegen, dass der Raum Eisenstadt schon in der Hallstattzeit besiedelt war.",
                                  "Alte Urkunden belegen, dass die Stadt im Mittelalter gegründet wurde."])
def test_a_dass_clause_wants_a_sense_that_takes_one(ding, nlp, text):
    senses = _choice(ding, nlp, text, "belegen", "VERB").senses
    assert senses[:1] in (("to prove",), ("to document",), ("to evidence",), ("to verify",))
    assert "to occupy" not in senses


@needs_ding
def test_a_ranking_place_is_still_occupied(ding, nlp):
    """No dass clause: "den dritten Platz belegen" keeps the sense its object names."""
    assert _choice(ding, nlp, "Die Börse belegt weltweit den dritten Platz.", "belegen", "VERB").senses[:1] == ("to occupy",)


@needs_ding
@pytest.mark.parametrize("text", [
    "Der Sattel muss so hoch sein, dass der Fahrer seinen Fuß jederzeit auf dem Boden abstellen kann.",
    "Man kann das Rad auch in Fahrradstationen an den Haltestellen abstellen.",
])
def test_where_the_object_is_put_wants_a_sense_of_putting(ding, nlp, text):
    senses = _choice(ding, nlp, text, "abstellen", "VERB").senses
    assert senses[:1] in (("to put down",), ("to park",), ("to put",), ("to set down",))
    assert "to prevent" not in senses


@needs_ding
def test_a_statue_put_up_on_a_square_is_not_standing(ding, nlp):
    senses = _choice(ding, nlp, "Die Stadt ließ eine Statue auf dem Marktplatz aufstellen.", "aufstellen", "VERB").senses
    assert senses and "to stand" not in senses
    assert {"to put up", "to erect", "to set up", "to position", "to place"} & set(senses)


@needs_ding
def test_remedying_a_grievance_is_no_putting(ding, nlp):
    """No place: "Missstände abstellen" keeps a sense of ending them."""
    senses = _choice(ding, nlp, "Die Regierung will die Missstände abstellen.", "abstellen", "VERB").senses
    assert "to put down" not in senses


@needs_ding
@pytest.mark.parametrize("text", ["Die Angelsachsen mieden zunächst die unmittelbare Umgebung der zerstörten Stadt.",
                                  "Landschaften zeichnete er bei Wanderungen in der Umgebung Amsterdams."])
def test_the_surroundings_are_not_the_environment(ding, nlp, text):
    """Ding's "(unmittelbare) Umgebung :: surroundings; environment": "environment" is mostly
    Umwelt's English, listed second on the word's own line; the learner reads it as Umwelt."""
    senses = _choice(ding, nlp, text, "Umgebung", "NOUN").senses
    assert senses[:1] in (("surroundings",), ("surrounding area",), ("vicinity",))
    assert "environment" not in senses[:1]


@needs_ding
def test_grain_husks_are_no_sea_urchins_test(ding, nlp):
    text = "Früher wurde in der Scheune das Korn gedroschen. Dabei werden die Körner aus den Schalen herausgeklopft."
    assert "test" not in _choice(ding, nlp, text, "Schale", "NOUN", "Scheune").senses


def test_a_that_verb_wins_only_where_the_clause_has_a_dass_clause():
    """The construction decides (see decide): without the dass clause the scores stand."""
    occupy = Sense("to occupy", "VERB", 4.0, 4.0, marks="t")
    prove = Sense("to prove", "VERB", 2.0, 4.0, marks="t")
    assert decide([occupy, prove], Context(known=True)).senses[:1] == ("to occupy",)
    assert decide([occupy, prove], Context(known=True, that=True)).senses[:1] == ("to prove",)


@needs_ding
def test_a_rivers_mouth_is_no_wells_head(ding, nlp):
    """"Mündung (einer Quelle) :: head" is narrow and Kopf's English: it won on the frequency of
    "head" alone; beside the [geogr.] line of the river's mouth, no gloss rather than "head"."""
    text = "Holz aus dem Emmental wurde zum Rhein und bis zu dessen Mündung in die Nordsee transportiert."
    assert "head" not in _choice(ding, nlp, text, "Mündung", "NOUN", "Aare").senses
