"""Good W-questions the checks of ``generation.wellformed`` refused on unseen MLQA paragraphs
(issue 12, recall, session 20), on real German sentences through the offline pipeline, each
beside the bad question its check was made for, which must still be refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.analysis import analyze
from quizgen.extraction import extract_facts
from quizgen.generation import wellformed, wh, wh_more
from quizgen.model import Analysis, Article, Question, Sentence

ROON = ("Die Roon war ein Panzerkreuzer der Kaiserlichen Marine. Wegen des nur schwach ausgebildeten "
        "Unterwasserschutzes war der Kreuzer allerdings nur sehr bedingt einsatztauglich.")
QIN = ("Ab etwa 1972 änderte sich in der Volksrepublik China die offizielle Sichtweise auf Qin Shihuangdi erneut "
       "radikal und es erfolgte eine Neubewertung seiner Dynastie.")
EMBASSY = ("Die Verlegung des Botschaftssitzes von Tel Aviv nach Jerusalem beruht auf dem Jerusalem Embassy Act des "
           "Kongresses.")
ROHMER = ("Der in Birmingham geborene Rohmer publizierte 1903 seine erste Kurzgeschichte The Mysterious Mummy in der "
          "Wochenzeitschrift Pearson’s Weekly. Seinen ersten Roman, Pause!, veröffentlichte er anonym 1910.")


def _analysis(nlp, text: str, title: str = "Test") -> Analysis:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _wh(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    analysis = _analysis(nlp, text, title)
    facts = extract_facts(analysis)
    return {q.prompt: q for q in [*wh.wh_questions(analysis, facts), *wh_more.more_questions(analysis, facts)]}


def _sentence(nlp, text: str, start: str) -> Sentence:
    return next(s for s in _analysis(nlp, text).sentences if s.text.startswith(start))


def test_a_cause_is_asked_from_a_copula_clause(nlp):
    """SMS Roon: "Warum war der Kreuzer … einsatztauglich?" was refused as "adverbial or amount
    asked from a copula clause"; a cause holds for the state as a whole (the name put in for
    "der Kreuzer")."""
    found = _wh(nlp, ROON, "SMS Roon")
    prompt = "Warum war die Roon nur sehr bedingt einsatztauglich?"
    assert prompt in found, sorted(found)
    assert found[prompt].answer == "wegen des nur schwach ausgebildeten Unterwasserschutzes"


def test_a_place_is_still_not_asked_from_a_copula_clause(nlp):
    """"Wo ist Kreta eine Insel?": the rule's own case stays refused."""
    found = _wh(nlp, "Kreta ist im Mittelmeer die größte Insel Griechenlands.", "Kreta")
    assert not [p for p in found if p.startswith("Wo ist")], sorted(found)


def test_a_thing_with_a_person_in_its_attribute_is_asked_with_was(nlp):
    """Qin Shihuangdi: "die offizielle Sichtweise auf Qin Shihuangdi" is a view, not a person."""
    sentence = _sentence(nlp, QIN, "Ab etwa")
    subject = sentence.clauses[0].role("subject")[0]
    tokens = wellformed._span(sentence, subject.start, subject.end)
    assert [t.text for t in tokens][-2:] == ["Qin", "Shihuangdi"]
    assert "Was for a number or a person" not in wellformed.content_problems(tokens, subject.text, "was")


def test_a_person_is_still_not_asked_with_was(nlp):
    """A person named by a relation to another ("der Sohn von Karl Meyer") and a name alone stay
    Wer's."""
    sentence = _sentence(nlp, "Der Sohn von Karl Meyer übernahm 1850 die Brauerei in Pilsen.", "Der Sohn")
    subject = sentence.clauses[0].role("subject")[0]
    tokens = wellformed._span(sentence, subject.start, subject.end)
    assert "Was for a number or a person" in wellformed.content_problems(tokens, subject.text, "was")
    named = [t for t in tokens if t.text in ("Karl", "Meyer")]
    assert "Was for a number or a person" in wellformed.content_problems(named, "Karl Meyer", "was")


def test_a_from_to_pair_is_no_name_with_a_phrase_glued_on(nlp):
    """US-Botschaft: "die Verlegung … von Tel Aviv nach Jerusalem" is one phrase about a move;
    "Schindler von der Bundesrepublik" (a name with the agent glued on) stays refused."""
    sentence = _sentence(nlp, EMBASSY, "Die Verlegung")
    subject = sentence.clauses[0].role("subject")[0]
    tokens = wellformed._span(sentence, subject.start, subject.end)
    assert [t.text for t in tokens][-4:] == ["Tel", "Aviv", "nach", "Jerusalem"]
    problems = wellformed._answer_problems(tokens, subject.text, "was", frozenset(), subject)
    assert "a name with a prepositional phrase glued on" not in problems
    sentence = _sentence(nlp, "1966 wurde Oskar Schindler von der Bundesrepublik ausgezeichnet.", "1966")
    glued = [t for t in sentence.tokens if t.text in ("Oskar", "Schindler", "von", "der", "Bundesrepublik")]
    asked = replace(subject, role="subject")
    assert "a name with a prepositional phrase glued on" in wellformed._answer_problems(
        glued, "Oskar Schindler von der Bundesrepublik", "wer", frozenset(), asked)


def test_a_possessive_belongs_to_the_subject_named_for_its_pronoun(nlp):
    """Sax Rohmer: "Seinen ersten Roman … veröffentlichte er anonym 1910" asks "Was veröffentlichte
    Rohmer anonym 1910? – seinen ersten Roman"; a name after the possessive (Pearson's Weekly)
    cannot own it. Without the name in the question "sein-" has no owner."""
    analysis = _analysis(nlp, ROHMER, "Sax Rohmer")
    for start, prompt in (("Seinen", "Was veröffentlichte Rohmer anonym 1910?"),
                          ("Der in Birmingham", "Was publizierte Rohmer 1903 in der Wochenzeitschrift Pearson’s Weekly?")):
        sentence = next(s for s in analysis.sentences if s.text.startswith(start))
        clause = sentence.clauses[0]
        asked = clause.role("object_acc")[0]
        tokens = wellformed._span(sentence, asked.start, asked.end)
        assert wellformed._subject_owns(sentence, clause, asked, tokens, prompt), prompt
    sentence = next(s for s in analysis.sentences if s.text.startswith("Seinen"))
    asked = sentence.clauses[0].role("object_acc")[0]
    tokens = wellformed._span(sentence, asked.start, asked.end)
    assert not wellformed._subject_owns(sentence, sentence.clauses[0], asked, tokens, "Was veröffentlichte er anonym 1910?")


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # a name before the possessive may own it instead of the subject
        ("Nach dem Tod von Karl Meyer übernahm der Sohn 1850 seine Brauerei.", "Was übernahm der Sohn 1850?"),
        # "sie" does not own "sein-"
        ("Anna Weber war Lehrerin. Seinen Roman las sie 1910.", "Was las Anna Weber 1910?"),
    ],
)
def test_a_possessive_of_someone_else_stays_refused(nlp, text, prompt):
    sentence = _sentence(nlp, text, text.split(". ")[-1][:5])
    clause = sentence.clauses[0]
    asked = clause.role("object_acc")[0]
    tokens = wellformed._span(sentence, asked.start, asked.end)
    assert not wellformed._subject_owns(sentence, clause, asked, tokens, prompt)
