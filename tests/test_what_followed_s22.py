"""What followed an event (issue 12, session 22): a main clause after a nachdem-clause is asked
as "Was tat X, nachdem …?" (a person acting) or "Was geschah, nachdem …?" (a named thing) — the step readers
miss most ("why Lee went to film school"); ``wh`` asked only the other way round ("Wann …?"); and
"…, was zu Y führte" asked as "Welche Folgen hatte es, dass …?"."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_causes import cause_questions
from quizgen.generation.wh_main import main_questions
from quizgen.model import Article

KESHA = ("Kesha Rose Sebert ist eine US-amerikanische Sängerin. Nachdem Dr. Luke von anderen Projekten abgelenkt war, "
         "unterzeichnete Kesha 2006 bei David Sonenberg für DAS Communications Inc.")
BAND = ("Die Band wurde 1994 in Richmond gegründet. Nachdem die Band einen Vertrag bei Prosthetic Records unterschrieb, "
        "benannte sich die Gruppe in Lamb of God um.")


def _followed(nlp, text: str) -> dict[str, str]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: str(q.answer) for q in main_questions(analysis, extract_facts(analysis)) if "nachdem" in q.prompt}


def test_a_persons_deed_after_an_event_is_asked_with_was_tat(nlp):
    asked = _followed(nlp, KESHA)
    assert asked == {"Was tat Kesha, nachdem Dr. Luke von anderen Projekten abgelenkt war?":
                     "Kesha unterzeichnete 2006 bei David Sonenberg für DAS Communications Inc"}, asked


def test_a_thing_the_question_does_not_name_or_a_rule_in_the_present_is_not_asked(nlp):
    # "das Gebäude": which building, the question would not say; "erfolgt": a rule, no event that followed
    assert not _followed(nlp, "Das Schloss wurde 1700 gebaut. Nachdem George II. im Jahre 1760 plötzlich starb, "
                              "verlor das Gebäude immer mehr an Bedeutung.")
    assert not _followed(nlp, "Nachdem ein Meristem umgewandelt wurde, erfolgt die Blütenbildung durch viele Gene.")


def test_an_event_that_points_back_is_not_asked(nlp):
    # "das": what he saw, the question would not say
    assert not _followed(nlp, "Der Bauer ging am Morgen in den Stall. Nachdem er das gesehen hatte, rief der Bauer die Polizei.")


def test_a_denied_deed_is_not_asked(nlp):
    text = KESHA.replace("unterzeichnete Kesha 2006", "unterzeichnete Kesha 2006 nicht")
    assert not _followed(nlp, text)


def _consequences(nlp, text: str) -> dict[str, str]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: str(q.answer) for q in cause_questions(analysis, extract_facts(analysis)) if q.skill == "welche-folgen"}


def test_a_clause_taken_up_by_was_zu_fuehren_is_asked_for_its_consequence(nlp):
    asked = _consequences(nlp, "Die Regierung erhöhte 1990 die Steuern auf Benzin, was zu heftigen Protesten der Bauern führte.")
    assert asked == {"Welche Folgen hatte es, dass die Regierung 1990 die Steuern auf Benzin erhöhte?":
                     "zu heftigen Protesten der Bauern"}, asked


def test_a_consequence_that_points_outside_or_a_was_of_a_thing_is_not_asked(nlp):
    # "an seinem Mund": whose mouth, the answer read alone would not say
    assert not _consequences(nlp, "Manchmal sprach er stundenlang ohne Pause, was zu Schaum an seinem Mund führte.")
    assert not _consequences(nlp, "Er kaufte alles, was zu einem Fest gehörte.")
