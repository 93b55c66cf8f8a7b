"""Keys that accept what a student who understood writes (issue 12, session 21): a count as
"28 Mal" for "28-mal", a number in words or digits, a date without its weekday, in digits or by
its month, and a prepositional answer named in the nominative ("die Aargletscher"); on real
German sentences run through the offline pipeline, and up to the self-check page's data."""

from __future__ import annotations

from test_keys_r2_s18 import _refined
from test_referents_s18 import _analysis, _asked

from quizgen.exporters.html import _question_view
from quizgen.generation import keys
from quizgen.model import Question

# --- counts and numbers -----------------------------------------------------------------------


def test_a_count_accepts_its_other_spellings(nlp):
    question = _refined(nlp, "Die X-24A flog insgesamt 28-mal.", "Wie oft flog die X-24A?", "28-mal", "wie-oft")
    assert {"28 Mal", "28mal"} <= set(question.accepted)
    assert "28" not in question.accepted  # the bare number is no count of flights


def test_a_number_accepts_digits_for_words_and_back():
    assert keys.count_variants("eine Gruppe von neunzehn Inseln") == ["eine Gruppe von 19 Inseln"]
    assert keys.count_variants("rund 2 Tage") == ["rund zwei Tage"]
    assert keys.count_variants("Apollo 11") == []  # a name's number is no count
    assert keys.count_variants("13,5 Millionen") == []


# --- dates ------------------------------------------------------------------------------------


def test_a_date_accepts_digits_and_its_month(nlp):
    question = _refined(nlp, "Der Kreuzer nahm am 2. Juli 1915 am Gefecht bei Gotland teil.",
                        "Wann nahm der Kreuzer am Gefecht bei Gotland teil?", "am 2. Juli 1915", "wann")
    assert {"2.7.1915", "im Juli 1915"} <= set(question.accepted)


def test_a_date_accepts_it_without_the_weekday(nlp):
    text = "Die Regierungschefs treffen sich am Freitag, dem 18. August 2023, in Washington."
    question = _refined(nlp, text, "Wann treffen sich die Regierungschefs in Washington?",
                        "am Freitag, dem 18. August 2023", "wann")
    assert {"am 18. August 2023", "am Freitag", "18.8.2023"} <= set(question.accepted)


# --- the case the question's preposition set -------------------------------------------------


def test_a_place_is_accepted_in_the_nominative(nlp):
    question = _refined(nlp, "Die Aare hat ihre Quelle in den Aargletschern.", "Wo hat die Aare ihre Quelle?",
                        "in den Aargletschern", "wo")
    assert "die Aargletscher" in question.accepted


def test_the_nominative_inflects_adjectives_and_keeps_a_genitive(nlp):
    question = _refined(nlp, "In einer Woche beginnen Südkorea und die USA mit den jährlichen Militärübungen.",
                        "Womit beginnen Südkorea und die USA?", "mit den jährlichen Militärübungen", "womit")
    assert "die jährlichen Militärübungen" in question.accepted
    question = _refined(nlp, "Eisenstadt liegt am Fuße des Leithagebirges.", "Wo liegt Eisenstadt?",
                        "am Fuße des Leithagebirges", "wo")
    assert "der Fuß des Leithagebirges" in question.accepted
    question = _refined(nlp, "Die Pollen gelangen mit einem kleinen Insekt zur Narbe.",
                        "Womit gelangen die Pollen zur Narbe?", "mit einem kleinen Insekt", "womit")
    assert "ein kleines Insekt" in question.accepted


def test_a_place_adjective_does_not_inflect(nlp):
    question = _refined(nlp, "Das Miniatur Wunderland liegt in der Hamburger Speicherstadt.",
                        "Wo liegt das Miniatur Wunderland?", "in der Hamburger Speicherstadt", "wo")
    assert "die Hamburger Speicherstadt" in question.accepted
    assert not any("Hamburge " in v for v in question.accepted)


def test_a_time_preposition_that_carries_the_meaning_stays(nlp):
    question = _refined(nlp, "Nach dem Zweiten Weltkrieg siedelte Rohmer nach New York um.",
                        "Wann siedelte Rohmer nach New York um?", "nach dem Zweiten Weltkrieg", "wann")
    assert not any(v.lower().startswith(("der zweite", "dem zweiten")) for v in question.accepted)


# --- the self-check page -----------------------------------------------------------------------


def test_a_variant_reaches_the_self_check_page(nlp):
    text = "Die X-24A flog insgesamt 28-mal."
    question = _refined(nlp, text, "Wie oft flog die X-24A?", "28-mal", "wie-oft")
    view = _question_view(question, 1, _analysis(nlp, text), "Z. 1")
    assert "28 Mal" in view["accepted"]


# --- an answer cut too long ---------------------------------------------------------------------


def test_a_person_is_keyed_without_the_year_before_the_name(nlp):
    text = ("Gaetano Vestris war Tanzmeister in Paris. Von 1770 bis 1776 war er Tanzmeister und Choreograf, "
            "bis ihm 1776 Jean Georges Noverre nachfolgte.")
    question = keys.refine_keys([_asked(nlp, text)["Wer folgte Gaetano Vestris nach?"]], _analysis(nlp, text))[0]
    assert question.answer == "Jean Georges Noverre"
    assert not any(v.startswith("1776") for v in question.accepted)


def test_the_old_dative_e_is_not_required(nlp):
    question = _refined(nlp, "Eisenstadt liegt am Fuße des Leithagebirges.", "Wo liegt Eisenstadt?",
                        "am Fuße des Leithagebirges", "wo")
    assert "am Fuß des Leithagebirges" in question.accepted
    question = _refined(nlp, "Man sieht die Pollen nicht mit dem bloßen Auge.", "Womit sieht man die Pollen nicht?",
                        "mit dem bloßen Auge", "womit")
    assert not any(v.endswith(" Aug") for v in question.accepted)  # "Auge" keeps its -e


def test_the_nominative_is_not_offered_for_a_time_or_a_verb_phrase(nlp):
    question = _refined(nlp, "Am Wochenende besuchte Kim Jong Un Munitionsfabriken.",
                        "Wann besuchte Kim Jong Un Munitionsfabriken?", "am Wochenende", "wann")
    assert "das Wochenende" not in question.accepted
    question = _refined(nlp, "Heute kann man mit dem Motorschiff auf der Aare reisen.", "Was kann man heute machen?",
                        "mit dem Motorschiff auf der Aare reisen", "was")
    assert not any(v.startswith("das Motorschiff") for v in question.accepted)


def test_a_hyphenated_compound_keeps_its_capital(nlp):
    question = _refined(nlp, "Die Galapagosinseln haben ihren Namen von den Galapagos-Riesenschildkröten.",
                        "Woher haben die Galapagosinseln ihren Namen?", "von den Galapagos-Riesenschildkröten", "woher")
    assert "die Galapagos-Riesenschildkröten" in question.accepted


# --- the article's subject named by its kind ----------------------------------------------------


def test_the_subject_named_by_its_kind_accepts_its_name(nlp):
    text = "Eisenstadt liegt im Burgenland. Im 19. Jahrhundert war die westungarische Stadt kulturell auf Wien ausgerichtet."
    analysis = _analysis(nlp, text, title="Eisenstadt")
    sentence = analysis.sentences[-1]
    question = Question(id="", type="wh", prompt="Was war im 19. Jahrhundert kulturell auf Wien ausgerichtet?",
                        answer="die westungarische Stadt", sentence=sentence.index, evidence=sentence.text, skill="was")
    assert "Eisenstadt" in keys.refine_keys([question], analysis)[0].accepted
    other = _analysis(nlp, text, title="Burgenland")
    assert "Burgenland" not in keys.refine_keys([question], other)[0].accepted  # "Stadt" is no part of "Burgenland"
