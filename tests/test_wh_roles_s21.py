"""Session 21 (issue 12): what someone founded or built is asked with "Was", never "Wen", even when
it is named like a person or by a noun the person nouns hold ("die Firma Benz"); and the kinds a
list after a colon names ("Es gibt drei Arten von …: A, B und C" → "Welche Arten von … gibt
es?"); who a person was when the sentence says "er" ("Er war ein deutscher Astronom") or a definite
apposition names the role ("Siad Barre, der somalische Präsident, …"); with the cases where nothing
must be asked. Real German sentences, real offline pipeline."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.questions import _w_questions
from quizgen.generation.wh import wh_questions
from quizgen.generation.wh_kinds import kind_questions
from quizgen.generation.wh_more import more_questions
from quizgen.model import Article, Question


def _analysed(nlp, text: str, title: str = "Test"):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return analysis, extract_facts(analysis)


def _wh(nlp, text: str) -> dict[str, Question]:
    analysis, facts = _analysed(nlp, text)
    return {q.prompt: q for q in wh_questions(analysis, facts)}


def _kinds(nlp, text: str) -> dict[str, Question]:
    analysis, facts = _analysed(nlp, text)
    return {q.prompt: q for q in kind_questions(analysis, facts)}


# --- what someone founded ---------------------------------------------------------------------------


def test_a_founded_firm_is_asked_with_was(nlp):
    asked = _wh(nlp, "Carl Benz gründete 1883 die Firma Benz & Cie. in Mannheim. Er erfand das erste Automobil.")
    question = asked.get("Was gründete Carl Benz 1883?")
    assert question is not None, sorted(asked)
    assert question.answer == "die Firma Benz"
    assert not any(prompt.startswith("Wen gründete") for prompt in asked)
    assert "Was erfand Carl Benz?" in asked


def test_a_person_object_keeps_wen(nlp):
    """Not every object of a named actor is a thing: a person someone met is still "Wen"."""
    asked = _wh(nlp, "Im Jahr 1962 traf Nelson Mandela den Präsidenten Julius Nyerere in Daressalam.")
    assert any(prompt.startswith("Wen traf") for prompt in asked), sorted(asked)


# --- kinds a list names ---------------------------------------------------------------------------


def test_kinds_after_a_colon(nlp):
    asked = _kinds(nlp, "Es gibt drei Arten von Blutgefäßen: Arterien, Venen und Kapillaren.")
    question = asked.get("Welche Arten von Blutgefäßen gibt es?")
    assert question is not None, sorted(asked)
    assert question.answer == "Arterien, Venen und Kapillaren"
    assert {"Arterien", "Venen", "Kapillaren"} <= set(question.accepted)


def test_the_sheet_asks_to_name_the_kinds(nlp):
    analysis, facts = _analysed(nlp, "Es gibt drei Arten von Blutgefäßen: Arterien, Venen und Kapillaren.")
    prompts = [q.prompt for q in _w_questions(analysis, facts)]
    assert any(p.startswith("Welche Arten von Blutgefäßen gibt es?") for p in prompts), prompts


def test_no_kinds_when_the_number_does_not_count_the_list(nlp):
    asked = _kinds(nlp, "Es gibt vier Arten von Blutgefäßen: Arterien, Venen und Kapillaren.")
    assert not any(prompt.startswith("Welche Arten") for prompt in asked), sorted(asked)


def test_no_kinds_without_what_they_are_kinds_of(nlp):
    """"Welche Arten gibt es?" has no referent on a sheet."""
    asked = _kinds(nlp, "Es gibt drei Arten: Arterien, Venen und Kapillaren.")
    assert not any(prompt.startswith("Welche Arten") for prompt in asked), sorted(asked)


# --- who someone was -------------------------------------------------------------------------------


def _more(nlp, text: str) -> dict[str, Question]:
    analysis, facts = _analysed(nlp, text)
    return {q.prompt: q for q in more_questions(analysis, facts)}


def test_who_a_person_was_when_the_sentence_says_er(nlp):
    asked = _more(nlp, "Johannes Kepler wurde 1571 in Weil der Stadt geboren. Er war ein deutscher Astronom und Mathematiker.")
    question = asked.get("Wer war Johannes Kepler?")
    assert question is not None, sorted(asked)
    assert question.answer == "ein deutscher Astronom"
    assert "ein deutscher Astronom und Mathematiker" in question.accepted


def test_a_trade_noun_with_a_feminine_asks_wer(nlp):
    asked = _more(nlp, "Johann Müller (1436–1476) war ein deutscher Astronom und Mathematiker.")
    assert "Wer war Johann Müller?" in asked, sorted(asked)
    assert "Was war Johann Müller?" not in asked


def test_a_thing_after_er_is_no_role(nlp):
    """"Er war ein großer Erfolg": the predicative names no person, so no "Wer war …?"."""
    asked = _more(nlp, "Thomas Mann schrieb 1901 den Roman Buddenbrooks. Er war ein großer Erfolg.")
    assert not any(prompt.startswith("Wer war") for prompt in asked), sorted(asked)


def test_a_definite_apposition_names_a_role(nlp):
    asked = _more(nlp, "Mohammed Siad Barre, der somalische Präsident, begann 1977 den Krieg gegen Äthiopien.")
    question = asked.get("Wer war Mohammed Siad Barre?")
    assert question is not None, sorted(asked)
    assert question.answer == "der somalische Präsident"
    assert "Präsident" in question.accepted


def test_a_relative_clause_is_no_apposition(nlp):
    asked = _more(nlp, "Mohammed Siad Barre, der 1969 die Macht übernahm, begann 1977 den Krieg gegen Äthiopien.")
    assert "Wer war Mohammed Siad Barre?" not in asked, sorted(asked)
