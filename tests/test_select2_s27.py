"""No mirror items, no backward or marginal lookups (issue 12, session 27, round 26): two items on one
sentence asked both ways ("Welche Folgen hat das Einschreiten der UNESCO?" beside "Warum werden die
Touristenströme … kontrolliert? – aufgrund des Einschreitens der UNESCO"), a Wer/Was question whose
answer is the topic ("Wer stammt wahrscheinlich aus Sibirien? – die Ungarn"), a lookup on a term the
text names in one paragraph only ("Was hemmt CAL?", "Was bildet der Ampfer?") were all judged bad."""

from __future__ import annotations

from test_select_s27 import _article, _question

from quizgen.config import Options
from quizgen.generation import selection
from quizgen.pipeline import build_material


def test_a_reason_and_its_consequence_on_one_sentence_mirror_each_other_across_case_endings(nlp, devdata):
    galapagos = _article(nlp, devdata, "wikipedia/Galapagosinseln.txt")
    text = "Aufgrund des Einschreitens der UNESCO"
    consequence = _question(galapagos, text, "Welche Folgen hat das Einschreiten der UNESCO?",
                            "dass die Touristenströme inzwischen sehr stark kontrolliert und gelenkt werden", "welche-folgen")
    reason = _question(galapagos, text, "Warum werden die Touristenströme sehr stark kontrolliert?",
                       "aufgrund des Einschreitens der UNESCO", "warum")
    assert selection._root("Einschreitens") == selection._root("Einschreiten")
    assert selection._root("Wassers") == selection._root("Wasser")
    assert selection._mirrors(reason, consequence)
    assert selection._gives_away(reason, [consequence])


def test_the_sheet_asks_one_sentence_in_one_direction_only(nlp, devdata):
    galapagos = _article(nlp, devdata, "wikipedia/Galapagosinseln.txt")
    questions = build_material(galapagos, Options()).questions
    on_unesco = [q for q in questions if q.type == "wh" and "Einschreitens der UNESCO" in q.evidence]
    assert len(on_unesco) <= 1


def test_a_who_question_answered_by_the_topic_is_backward(nlp, devdata):
    ungarisch = _article(nlp, devdata, "klexikon/Ungarische_Sprache.txt")
    salience = selection._salience(ungarisch)
    inverted = _question(ungarisch, "Die Ungarn stammen", "Wer stammt wahrscheinlich aus Sibirien?", "die Ungarn", "wer")
    assert selection.backward(inverted, salience)
    origin = _question(ungarisch, "Die Ungarn stammen", "Woher stammen die Ungarn wahrscheinlich?", "aus Sibirien", "woher")
    assert not selection.backward(origin, salience)
    prompts = [q.prompt for q in build_material(ungarisch, Options()).questions]
    assert "Wer stammt wahrscheinlich aus Sibirien?" not in prompts


def test_a_term_of_one_paragraph_is_rare_a_compound_of_common_words_is_not(nlp, devdata):
    bluete = _article(nlp, devdata, "wikipedia/Blüte.txt")
    salience = selection._salience(bluete)
    gene = _question(bluete, "CAL hemmt das Gen TFL1", "Was hemmt CAL?", "das Gen TFL1", "was")
    sorrel = _question(bluete, "Der Ampfer (Rumex)", "Was bildet der Ampfer?",
                       "eine einheitliche, aber reduzierte und unauffällige Blütenhülle", "was")
    assert selection.rare_term(gene, salience) and selection.rare_term(sorrel, salience)
    assert not selection._rare_word("Lebensmittellieferungen") and not selection._rare_word("Touristenströme")
    assert not selection._rare_word("UNESCO") and selection._rare_word("Administratur")
    prompts = [q.prompt for q in build_material(bluete, Options()).questions]
    assert "Was hemmt CAL?" not in prompts and "Was bildet der Ampfer?" not in prompts


def test_a_term_the_text_calls_so_called_and_a_word_cut_before_und_are_read_safely():
    assert selection.SO_CALLED.search("Wann wird der Tabak … auf sogenannte Kühlbänke gesetzt?")
    assert not selection.SO_CALLED.search("Warum verzichten viele Anbauer auf eine Versicherung?")
    assert not selection._rare_word("Gärungs-")  # "nach dem Gärungs- und Fermentationsprozess": Gärung
    assert selection._rare_word("Angiospermen-")
