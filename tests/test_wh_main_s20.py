"""Main-line questions from generation/wh_main.py (issue 12, key questions of rounds 17 and 18): why
something has its name, what an event led to, what changed since, what a term means; on real German
sentences run through the offline pipeline, with the cases where nothing must be asked."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction import extract_facts
from quizgen.generation.wh_main import main_questions
from quizgen.model import Article, Question


def _asked(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    """The module's questions of ``text`` (paragraphs split at blank lines), by prompt."""
    paragraphs, start = [], 0
    for block in text.split("\n\n"):
        paragraphs.append((start, start + len(block)))
        start += len(block) + 2
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=tuple(paragraphs))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in main_questions(analysis, extract_facts(analysis))}


# --- why something has its name ------------------------------------------------------------------


def test_why_a_name_with_a_da_clause_and_a_demonstrative_subject(nlp):
    """Wikipedia, Aare: "Diese Gegend" becomes "die Gegend", the name says which region is meant."""
    asked = _asked(nlp, "Dann nimmt die Aare kurz nacheinander Reuss und Limmat auf. Diese Gegend wird Wasserschloss der "
                        "Schweiz genannt, da sich dort drei der wasserreichsten Flüsse der Schweiz vereinigen.")
    question = asked["Warum wird die Gegend Wasserschloss der Schweiz genannt?"]
    assert question.answer == "da sich dort drei der wasserreichsten Flüsse der Schweiz vereinigen"
    assert "weil sich dort drei der wasserreichsten Flüsse der Schweiz vereinigen" in question.accepted
    assert question.skill == "warum"


def test_why_a_name_with_two_long_reasons_answers_the_first(nlp):
    """Wikipedia, Galapagosinseln: two reasons too long for one answer; the second is accepted."""
    asked = _asked(nlp, "Die Galapagosinseln sind eine Inselgruppe im Pazifik. Die Inselgruppe wurde zunächst als Islas "
                        "Encantadas bezeichnet, da niemand so weit draußen im Ozean noch Inseln vermutet hätte und starke "
                        "Strömungen zwischen den Inseln und um sie herum bei den Seefahrern leicht den Eindruck erwecken "
                        "konnten, die Inseln selbst änderten immer wieder ihre Lage.")
    question = asked["Warum wurde die Inselgruppe zunächst als Islas Encantadas bezeichnet?"]
    assert question.answer == "da niemand so weit draußen im Ozean noch Inseln vermutet hätte"


def test_why_a_name_with_a_pronoun_for_the_named_thing(nlp):
    """"er" can only be the bird: the name "Zaunkönig" between is no other referent."""
    asked = _asked(nlp, "Der Vogel wird Zaunkönig genannt, weil er oft auf Zäunen sitzt.")
    assert asked["Warum wird der Vogel Zaunkönig genannt?"].answer == "weil er oft auf Zäunen sitzt"


@pytest.mark.parametrize(
    "text",
    [
        # no reason given: nothing to ask
        "Die Inselgruppe wurde zunächst als Islas Encantadas bezeichnet.",
        # "nach" names whom it is named after (``wh_kinds``' "Nach wem …?"), no reason
        "Der Kanton Aargau ist nach der Aare benannt.",
        # "bezeichnen" without "als": what a word denotes, no name given
        "Das Wort bezeichnet eine Stadt in Ungarn, weil es ungarisch ist.",
        # a pronoun subject without a certain name
        "Sie wird Zaunkönig genannt, weil sie oft auf Zäunen sitzt.",
    ],
)
def test_no_name_question_without_a_stated_reason_or_referent(nlp, text):
    assert not [p for p in _asked(nlp, text) if p.startswith("Warum")]


# --- what an event led to, what changed since ------------------------------------------------------


def test_what_a_told_event_led_to(nlp):
    """MLQA (Free Culture): "Dies" takes up the sentence before, restated as a dass-clause."""
    asked = _asked(nlp, "Im Jahr 2004 lud Lawrence Lessig die Studenten zu einem Treffen ein. Dies führte zur Gründung "
                        "des ersten Ortsverbands am Swarthmore College.")
    question = asked["Welche Folgen hatte es, dass im Jahr 2004 Lawrence Lessig die Studenten zu einem Treffen einlud?"]
    assert question.answer == "zur Gründung des ersten Ortsverbands am Swarthmore College"
    assert "Gründung des ersten Ortsverbands am Swarthmore College" in question.accepted
    assert question.skill == "welche-folgen"


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # "dazu, dass …": the dass-clause is the consequence
        (("Im 19. Jahrhundert nutzten viele Seefahrer den Stern zur Navigation. Dies führte dazu, dass der Stern heute "
          "als wichtigster Stern nach der Sonne gilt."),
         "Welche Folgen hatte es, dass im 19. Jahrhundert viele Seefahrer den Stern zur Navigation nutzten?",
         "dass der Stern heute als wichtigster Stern nach der Sonne gilt"),
        # a demonstrative with a noun of action takes up the sentence before as well
        (("Im Jahr 1990 schloss die Stadt den alten Bahnhof. Diese Entscheidung führte zu heftigen Protesten der "
          "Bewohner."),
         "Welche Folgen hatte es, dass im Jahr 1990 die Stadt den alten Bahnhof schloss?",
         "zu heftigen Protesten der Bewohner"),
    ],
)
def test_what_the_event_before_led_to(nlp, text, prompt, answer):
    assert _asked(nlp, text)[prompt].answer == answer


def test_no_consequence_of_a_named_cause(nlp):
    """A named cause is ``wh_causes``' "Wozu führte der Streit …?"; this module asks only "Dies"."""
    asked = _asked(nlp, "Im Jahr 2004 lud Lawrence Lessig die Studenten ein. Der Streit führte zur Gründung eines Vereins.")
    assert not [p for p in asked if p.startswith("Welche Folgen")]


def test_what_changed_since_an_event_told_before_a_description(nlp):
    """Klexikon, Aare: "Seither" reaches back over the present-tense sentence to the past event."""
    asked = _asked(nlp, "Die Aare wurde dann in den Hagneckkanal gelegt und in den Bielersee geleitet. Dort lagert sie all "
                        "den Sand und die Steine ab, die sie mitbringt. Seither gibt es in diesem Gebiet fast keine "
                        "Überschwemmungen mehr.")
    question = asked["Was änderte sich, nachdem die Aare in den Hagneckkanal gelegt und in den Bielersee geleitet worden war?"]
    assert question.answer == "es gibt fast keine Überschwemmungen mehr"
    assert "Seither gibt es in diesem Gebiet fast keine Überschwemmungen mehr" in question.accepted


@pytest.mark.parametrize(
    "text",
    [
        # no past event before "Seither": the present describes, it tells nothing that happened
        "Die Aare fließt durch Bern. Seither gibt es dort viele Brücken.",
        # "Seither" in another paragraph than the event
        "Die Aare wurde in den Bielersee geleitet.\n\nSeither gibt es dort fast keine Überschwemmungen mehr.",
        # the same subject goes on ("Wikipedia, Kreta"): a continuation of the event, no change it brought
        ("Im Jahr 1604 stieg der Meeresspiegel in kürzester Zeit um 0,70 m an. Seither stieg der Meeresspiegel um "
         "weitere 0,55 m an."),
        # "seit" with a year is a time, no reference to the event before
        "Die Aare wurde in den Bielersee geleitet. Seit 1878 gibt es dort fast keine Überschwemmungen mehr.",
    ],
)
def test_no_change_question_without_an_event_just_before(nlp, text):
    assert not [p for p in _asked(nlp, text) if p.startswith("Was änderte")]


# --- what a term means -------------------------------------------------------------------------------


def test_what_a_concept_named_just_before_describes(nlp):
    """MLQA, Pathum Thani: "Dieses" is the one term noun of the sentence before; the definition keeps
    its relative clause (the second, "sondern in denen beide …", reads as pointing back and goes)."""
    asked = _asked(nlp, "Die Provinz Pathum Thani ist ein Beispiel für das stadt- und entwicklungsgeographische Konzept "
                        "Desakota. Dieses beschreibt Regionen, die weder rein urban, noch rein landwirtschaftlich geprägt "
                        "sind, sondern in denen beide Nutzungsformen nebeneinander vorkommen und intensiv miteinander "
                        "vermischt sind.")
    question = asked["Was beschreibt das Konzept Desakota?"]
    assert question.answer == "Regionen, die weder rein urban, noch rein landwirtschaftlich geprägt sind"


def test_what_one_understands_by_a_term(nlp):
    asked = _asked(nlp, "Unter Agglutination versteht man das Anfügen von Endungen an den Wortstamm.")
    assert asked["Was versteht man unter Agglutination?"].answer == "das Anfügen von Endungen an den Wortstamm"


@pytest.mark.parametrize(
    "text",
    [
        # two term nouns before: which one "Dieses" takes up is not sure
        ("Das Konzept Desakota ähnelt dem Modell Kotadesasi. Dieses beschreibt Regionen, die weder rein urban noch "
         "rein ländlich sind."),
        # no term before: "Dieses" is something else
        "Die Provinz liegt nördlich von Bangkok. Dieses beschreibt Regionen, die weder rein urban noch rein ländlich sind.",
    ],
)
def test_no_meaning_question_without_one_term_just_before(nlp, text):
    assert not [p for p in _asked(nlp, text) if p.startswith("Was beschreibt")]
