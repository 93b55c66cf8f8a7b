"""Session 30, second wave: no copied technical details, no trivial answers (round 28).

Readers struck the W-questions that copy one sentence of a long Wikipedia text around a word a B1
class does not know ("Was durchwächst der Pollenschlauch?", "Warum ist die Artenzusammensetzung …
disharmonisch …?") and the questions a student answers without reading ("… – für die Besucher")."""

from __future__ import annotations

from test_select_s27 import _article, _question

from quizgen.config import Options
from quizgen.generation import selection
from quizgen.model import Question
from quizgen.pipeline import build_material


def test_a_copied_question_on_a_word_far_above_b1_leaves_a_long_sheet(nlp, devdata):
    bluete = _article(nlp, devdata, "wikipedia/Blüte.txt")
    salience = selection._salience(bluete)
    tube = _question(bluete, "durchwächst der Pollenschlauch den Griffel", "Was durchwächst der Pollenschlauch?",
                     "den Griffel", "was")
    # "Pollenschlauch" comes back in the text, the verb stands only here
    assert selection.hard_words(tube, salience) == ["durchwächst"]
    assert selection.beyond_b1(tube, salience)
    evolution = _question(bluete, "Die Evolution der Angiospermen-Blüte ist nicht geklärt",
                          "Warum ist die Evolution der Angiospermen-Blüte nicht geklärt?",
                          'da es kaum fossile Vorstufen der "modernen" Angiospermenblüte gibt', "warum")
    assert not selection.beyond_b1(evolution, salience)  # its terms return: the text explains them
    prompts = [q.prompt for q in build_material(bluete, Options()).questions]
    assert "Was durchwächst der Pollenschlauch?" not in prompts
    assert "Warum ist die Evolution der Angiospermen-Blüte nicht geklärt?" in prompts


def test_a_reason_in_words_above_b1_goes_a_reason_in_plain_words_stays(nlp, devdata):
    galapagos = _article(nlp, devdata, "wikipedia/Galapagosinseln.txt")
    salience = selection._salience(galapagos)
    flora = _question(galapagos, "disharmonisch", "Warum ist die Artenzusammensetzung auf den Galapagosinseln "
                      'disharmonisch im Gegensatz zur "harmonischen" Flora des Festlandes?',
                      "da nur wenige Arten eine Gründerpopulation auf den Inseln etablieren konnten", "warum")
    assert selection.beyond_b1(flora, salience)
    climate = _question(galapagos, "relativ kühlen Meerwassers", "Warum ist das Klima eher gemäßigt?",
                        "aufgrund des mit 20 Grad Celsius relativ kühlen Meerwassers", "warum")
    assert not selection.hard_words(climate, salience) and not selection.beyond_b1(climate, salience)
    owner = _question(galapagos, "für Ecuador in Besitz", "Wer nahm die Galapagosinseln für Ecuador in Besitz?",
                      "General Jose de Villamil", "wer")
    assert not selection.hard_words(owner, salience)  # a name is no word to know


def test_a_shorter_text_keeps_its_own_terms(nlp, devdata):
    aare = _article(nlp, devdata, "klexikon/Aare.txt")
    source = _question(aare, "Aargletscher", "Wo hat die Aare ihre Quelle?", "in den Aargletschern", "wo-entspringt")
    assert not selection.beyond_b1(source, selection._salience(aare))


def _answered(answer: str) -> Question:
    return Question(id="", type="wh", prompt="Für wen wurde der Flughafen eröffnet?", answer=answer, sentence=0,
                    evidence="", skill="für wen")


def test_people_at_large_as_the_answer_is_a_guess_not_a_reading():
    for answer in ("für die Besucher", "die Menschen", "von vielen Leuten", "alle"):
        assert selection.generic_answer(_answered(answer)), answer
    for answer in ("für die Besucher des Flughafens", "die Siedler", "in den Aargletschern", "Kinder unter zehn Jahren"):
        assert not selection.generic_answer(_answered(answer)), answer
