"""Selection on articles (issue 12, sessions 25 and 26): round 23's readers judged a Was/Wer question
that keeps only the topic and one verb of its sentence vague ("Was wurde in Eisenstadt
errichtet?", "Wer nutzte Tabak?"), a second question on the same sentence that only swaps the
W-word a repeat ("Wann starb Charles Lindbergh?" beside "Wo starb …?"), and a Wo question on a
sentence that gives a reason the wrong W-word ("Wo wird am meisten Tabak angebaut?"). Session
26: a thin question is one whose gap takes a thing or a person, a copied answer of rare terms is
a lifted term, and an item with two such faults leaves even a short sheet (round 24)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_baditems_s23 import _question

from quizgen.analysis import analyze
from quizgen.generation import selection
from quizgen.model import Analysis
from quizgen.reading import read_article


def _article(nlp, devdata, name: str) -> Analysis:
    return analyze(nlp, read_article(devdata / "articles" / "klexikon" / f"{name}.txt"))


@pytest.fixture(scope="module")
def tabak(nlp, devdata) -> Analysis:
    return _article(nlp, devdata, "Tabak")


@pytest.fixture(scope="module")
def lindbergh(nlp, devdata) -> Analysis:
    return _article(nlp, devdata, "Charles_Lindbergh")


def test_a_was_or_wer_question_with_only_the_topic_and_a_verb_is_thin(tabak):
    salience = selection._salience(tabak)
    vague = _question(tabak, "Tabak nutzten schon", "Wer nutzte Tabak?", "die Indianer", "wer")
    assert selection.thin(vague, salience)
    assert selection._importance(vague, salience) < selection._importance(
        _question(tabak, "Tabak nutzten schon", "Wer nutzte Tabak, lange bevor die Entdecker kamen?", "die Indianer", "wer"),
        salience)
    # one more word of the sentence gives the question its one answer
    told = _question(tabak, "Tabak nutzten schon", "Wer nutzte Tabak vor den Entdeckern?", "die Indianer", "wer")
    assert not selection.thin(told, salience)


def test_a_place_or_a_definition_of_the_topic_is_not_thin(tabak):
    salience = selection._salience(tabak)
    place = _question(tabak, "Am meisten Tabak", "Wo wird Tabak angebaut?", "in den südlichen Ländern", "wo")
    assert not selection.thin(place, salience)
    definition = _question(tabak, "Tabak nutzten schon", "Was ist Tabak?", "eine Pflanze", "was-ist")
    assert not selection.thin(definition, salience)


def test_a_short_paragraph_keeps_its_literal_questions(nlp):
    """MLQA's paragraphs (fewer than MANY_WORDS words): people ask "Wer nutzte Tabak?" there."""
    from test_worth_r2_s20 import _analysis

    paragraph = _analysis(nlp, "Tabak", ["Tabak nutzten schon die Indianer, lange bevor die Entdecker zu ihnen kamen."])
    question = _question(paragraph, "Tabak nutzten", "Wer nutzte Tabak?", "die Indianer", "wer")
    assert not selection.thin(question, selection._salience(paragraph))


def test_when_and_where_of_one_sentence_are_not_both_chosen(lindbergh):
    salience = selection._salience(lindbergh)
    when = _question(lindbergh, "Er starb im Jahr 1974", "Wann starb Charles Lindbergh?", "1974", "wann")
    where = _question(lindbergh, "Er starb im Jahr 1974", "Wo starb Charles Lindbergh?",
                      "auf der hawaiianischen Insel Maui", "wo")
    assert selection._frame(when, salience) == selection._frame(where, salience) == ("starb",)
    chosen = selection._choose_details({"wh": [when, where]}, {"wh": 2}, salience, lindbergh)
    assert len(chosen) == 1


def test_different_questions_on_one_sentence_may_both_be_chosen(lindbergh):
    salience = selection._salience(lindbergh)
    when = _question(lindbergh, "Er starb im Jahr 1974", "Wann starb Charles Lindbergh?", "1974", "wann")
    island = _question(lindbergh, "Er starb im Jahr 1974", "Auf welcher Insel lebte Charles Lindbergh zuletzt?",
                       "auf Maui", "welch-insel")
    assert len(selection._choose_details({"wh": [when, island]}, {"wh": 2}, salience, lindbergh)) == 2


def test_a_place_asked_of_a_sentence_that_says_deshalb_ranks_below_its_reason(tabak):
    salience = selection._salience(tabak)
    where = _question(tabak, "Am meisten Tabak", "Wo wird am meisten Tabak angebaut?", "in den südlichen Ländern", "wo")
    what = _question(tabak, "Tabak nutzten schon", "Wer nutzte Tabak schon vor den Entdeckern?", "die Indianer", "wer")
    assert selection._reasoned_lookups([where, what], salience) == {id(where)}


@pytest.fixture(scope="module")
def hamburger(nlp, devdata) -> Analysis:
    return analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Hamburger.txt"))


def test_a_statement_copied_with_its_year_on_a_side_claim_is_a_copy_detail(hamburger):
    """"beschließen" asks a statement (``DEEP_SKILLS``), but the year anchors a side claim of the
    history section: round 23's reader judged it "a marginal detail, answerable by matching"."""
    salience = selection._salience(hamburger)
    claim = _question(hamburger, "Der Gouverneur von Oklahoma", "Was hat der Gouverneur von Oklahoma 1995 beschlossen?",
                      "dass Oscar Bilby in Tulsa 1891 erstmals Hamburger verkauft habe", "was-sagte")
    assert selection.copy_detail(claim, salience)
    # in its own words, without the year to find it by, the claim is no copy question
    own = _question(hamburger, "Der Gouverneur von Oklahoma", "Was sagt ein Gouverneur über den ersten Hamburger?",
                    "dass Oscar Bilby in Tulsa 1891 erstmals Hamburger verkauft habe", "was-sagte")
    assert not selection.copy_detail(own, salience)


@pytest.fixture(scope="module")
def aare(nlp, devdata) -> Analysis:
    return _article(nlp, devdata, "Aare")


def test_a_thin_question_is_one_whose_gap_takes_a_thing_the_text_names_many_of(aare):
    """Session 26: "Was ist nach der Aare benannt? – der Kanton Aargau" (round 24, bad: "a marginal
    naming fact") asks for one of the many places and things the text names; "baden" is the one
    thing the sentence says one may do in the river, and the question has no other answer."""
    salience = selection._salience(aare)
    named = _question(aare, "Der Kanton Aargau", "Was ist nach der Aare benannt?", "der Kanton Aargau", "was")
    assert selection.thin(named, salience)
    bathing = _question(aare, "Man darf auch", "Was darf man in der Aare?", "baden", "was")
    assert not selection.thin(bathing, salience)


def test_an_answer_of_rare_terms_copied_from_its_sentence_is_lifted(hamburger):
    salience = selection._salience(hamburger)
    term = _question(hamburger, "1948 wurde im McDonald's", "Was wurde 1948 im McDonald's-Grillrestaurant in Los Angeles eingeführt?",
                     "das Speedee-System", "was")
    assert selection.lifted(term, salience)
    assert selection._importance(term, salience) < selection._importance(replace(term, answer="ein neues System"), salience)
    # a word a learner knows is no lifted term, nor is a term the question does not lead to by its words
    assert not selection.lifted(replace(term, answer="ein neues System"), salience)
    assert not selection.lifted(replace(term, prompt="Womit ging das Essen bei McDonald's schneller?"), salience)
    # a cause asked is what the sentence explains, whatever its terms
    assert not selection.lifted(replace(term, skill="warum"), salience)


def test_an_item_with_two_faults_leaves_a_short_sheet_that_keeps_its_w_questions(tabak):
    """"Was dringt durch die Haut in den Körper ein? – das Nikotin" copies its sentence and drops
    its "dann" (round 24: bad, "a side detail found by matching"): it goes even from a sheet of
    ENOUGH_ITEMS items or fewer, as long as MIN_WH W-questions stay."""
    salience = selection._salience(tabak)
    nicotine = _question(tabak, "Das Nikotin dringt", "Was dringt durch die Haut in den Körper ein?", "das Nikotin", "was")
    assert selection.faults(nicotine, salience) >= 2
    others = [
        _question(tabak, "In Europa wurde Tabak", "Als was wurde Tabak in Europa zuerst verwendet?", "als Medizin", "als-was"),
        _question(tabak, "Im 17. Jahrhundert", "Was geschah im 17. Jahrhundert mit Tabak?", "wurde auch in Europa angebaut",
                  "was-geschah-mit"),
        _question(tabak, "Deshalb werden die Tabakfelder", "Warum werden die Tabakfelder heute mit Gift bespritzt?",
                  "weil Tabak sehr anfällig für Schimmel ist", "warum"),
        _question(tabak, "Die Weltgesundheitsorganisation", "Wie viele Menschen sterben jedes Jahr durch Tabak?",
                  "über sechs Millionen", "wie-viele-pro"),
    ]
    assert len(others) + 1 <= selection.ENOUGH_ITEMS
    assert selection._without_copies([*others, nicotine], [], salience) == others
    # with only MIN_WH W-questions, the sheet keeps it
    assert nicotine in selection._without_copies([*others[:3], nicotine], [], salience)


def test_an_adverb_of_immediacy_goes_from_the_question_that_copied_it():
    """ "Was wurde sogleich in Nursultan umbenannt?" (Kasachstan, round 24: "'sogleich' makes no
    sense out of context"): right after what, the question does not say."""
    from quizgen.generation.wellformed import without_linking_adverbs

    assert without_linking_adverbs("Was wurde sogleich in Nursultan umbenannt?") == "Was wurde in Nursultan umbenannt?"
    assert without_linking_adverbs("Wer trat umgehend als Präsident zurück?") == "Wer trat als Präsident zurück?"
    # an adverb of its own meaning stays
    assert without_linking_adverbs("Was wurde in Nursultan umbenannt?") == "Was wurde in Nursultan umbenannt?"
