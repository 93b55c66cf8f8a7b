"""Copy questions (issue 12, session 24): a question a student answers by finding its words in one
sentence and copying the gap, about a peripheral detail, was the commonest defect all five
readers of round 22 named ("Mit welcher Hauptstadt bilden die Galapagosinseln die gleichnamige
Provinz Galapagos?", "Was ging am 16. August 2001 in Betrieb?", "Als was trat Nursultan
Nasarbajew im Jahr 2019 überraschend zurück?"). ``worth.matched_share`` measures how much of the
question its sentence gives away; ``selection.copy_detail`` names the copy question on a
peripheral detail, which ranks low and leaves a sheet that has enough other items."""

from __future__ import annotations

import pytest
from test_baditems_s23 import _question
from test_worth_r2_s20 import _analysis

from quizgen.analysis import analyze
from quizgen.generation import selection
from quizgen.generation.worth import matched_share, searchable_words
from quizgen.model import Analysis
from quizgen.reading import read_article

MINIATUR = ("Nach dem Baubeginn im Dezember 2000 gingen am 16. August 2001 die ersten drei Abschnitte "
            "(Knuffingen, Mitteldeutschland und Österreich) in Betrieb.")


@pytest.fixture(scope="module")
def kasachstan(nlp, devdata) -> Analysis:
    """The Klexikon article (an article of MANY_WORDS or more: a paragraph keeps its literal questions)."""
    return analyze(nlp, read_article(devdata / "articles" / "klexikon" / "Kasachstan.txt"))


def test_a_question_whose_words_all_stand_in_its_sentence_is_found_by_matching(nlp):
    sentence = _analysis(nlp, "Miniatur Wunderland", [MINIATUR]).sentences[0]
    assert matched_share("Was ging am 16. August 2001 in Betrieb?", sentence) == 1.0
    # a question in other words than the text's leaves the reader less to match
    assert matched_share("Was wurde 2001 eröffnet?", sentence) == 0.5


def test_the_w_phrase_the_closed_classes_and_the_title_are_not_searched_for():
    """The class noun after "welch-" names the answer's kind, the title stands in every sentence."""
    prompt = "Mit welcher Hauptstadt bilden die Galapagosinseln die gleichnamige Provinz Galapagos?"
    assert searchable_words(prompt, frozenset({"galapagosinseln"})) == ["bilden", "gleichnamige", "Provinz"]
    assert searchable_words("In welche Teile gliedert sich ein Fruchtblatt meist? Nenne zwei.") == ["gliedert", "Fruchtblatt"]


def test_a_copied_side_detail_is_a_copy_detail_a_reason_on_it_is_not(kasachstan):
    salience = selection._salience(kasachstan)
    copy = _question(kasachstan, "Im Jahr 2019", "Als was trat Nursultan Nasarbajew im Jahr 2019 überraschend zurück?",
                     "als Präsident", "als-was")
    assert selection.copy_question(copy, salience)  # "Nasarbajew" leads to the one sentence
    assert selection.copy_detail(copy, salience)
    reason = _question(kasachstan, "Dadurch wurde", "Warum wurde Kasachstan ein unabhängiger Staat?",
                       "weil die Sowjetunion zusammenbrach", "warum")
    assert not selection.copy_detail(reason, salience)


def test_a_question_in_its_own_words_is_no_copy_question(kasachstan):
    salience = selection._salience(kasachstan)
    own = _question(kasachstan, "Im Jahr 2019", "Wer regierte Kasachstan bis 2019?", "Nursultan Nasarbajew", "wer")
    assert not selection.copy_question(own, salience)


def test_a_copied_main_point_stays(kasachstan):
    """A paragraph's opening on the topic is a main point, however literal the question: "Was hat
    Kasachstan neben Erdöl, Erdgas und Steinkohle?" copies its sentence, but asks what the
    paragraph is about."""
    salience = selection._salience(kasachstan)
    opening = _question(kasachstan, "Kasachstan hat", "Was hat Kasachstan neben Erdöl, Erdgas und Steinkohle?",
                        "Eisenerz, Kupfer und Gold", "was")
    assert selection.copy_question(opening, salience)
    assert selection.centrality(opening, salience) > selection.COPY_CENTRALITY
    assert not selection.copy_detail(opening, salience)


def test_of_two_questions_on_one_sentence_the_one_that_copies_more_ranks_lower(kasachstan):
    copy = _question(kasachstan, "Im Jahr 2019", "Als was trat Nursultan Nasarbajew im Jahr 2019 überraschend zurück?",
                     "als Präsident", "als-was")
    own = _question(kasachstan, "Im Jahr 2019", "Wer regierte Kasachstan bis 2019?", "Nursultan Nasarbajew", "wer")
    penalties = selection._copying([copy, own], kasachstan)
    assert penalties.get(id(copy), 0.0) > 0.0 and id(own) not in penalties


def test_a_copy_detail_leaves_a_full_sheet_not_a_short_one(kasachstan):
    salience = selection._salience(kasachstan)
    copy = _question(kasachstan, "Im Jahr 2019", "Als was trat Nursultan Nasarbajew im Jahr 2019 überraschend zurück?",
                     "als Präsident", "als-was")
    others = [_question(kasachstan, "Kasachstan liegt", "Wo liegt Kasachstan?", "in der Mitte von Asien", "wo"),
              _question(kasachstan, "Die Hauptstadt", "Wie heißt die Hauptstadt von Kasachstan?", "Nursultan", "wie-heisst"),
              _question(kasachstan, "Kasachstan hat", "Welche Bodenschätze hat Kasachstan? Nenne drei.",
                        "Erdöl, Erdgas, Steinkohle", "welche"),
              _question(kasachstan, "Dadurch wurde", "Warum wurde Kasachstan ein unabhängiger Staat?",
                        "weil die Sowjetunion zusammenbrach", "warum"),
              _question(kasachstan, "In den folgenden", "Wie veränderte sich Kasachstan nach 1991?",
                        "Der Präsident wurde mächtiger, die Demokratie eingeschränkt.", "wie")]
    full = [*others, _question(kasachstan, "Ab dem Jahr", "Was war Russland ab 1922?", "die Sowjetunion", "was"), copy]
    assert copy not in selection._without_copies(full, [], salience)
    assert copy in selection._without_copies([*others, copy], [], salience)
