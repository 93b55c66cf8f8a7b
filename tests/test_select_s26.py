"""Selection on articles (issue 12, sessions 25 and 26): round 23's readers judged a Was/Wer question
that keeps only the topic and one verb of its sentence vague ("Was wurde in Eisenstadt
errichtet?", "Wer nutzte Tabak?"), a second question on the same sentence that only swaps the
W-word a repeat ("Wann starb Charles Lindbergh?" beside "Wo starb …?"), and a Wo question on a
sentence that gives a reason the wrong W-word ("Wo wird am meisten Tabak angebaut?")."""

from __future__ import annotations

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
