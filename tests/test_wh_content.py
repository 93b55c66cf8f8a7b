"""What someone showed, decided or believed, "Als was …?" and "Wodurch …?" (generation/wh_content.py),
on German sentences run through the real offline pipeline, and the sentences where none may be asked."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_content import content_questions
from quizgen.model import Article, Question

# The MLQA paragraph on Mary Shelley (dev text of session 12), which got no comprehension item before.
SHELLEY = (
    "Bis in die 1970er Jahre wurde Mary Shelley vor allem als Nachlassverwalterin ihres Ehemanns sowie als "
    "Verfasserin des Romans Frankenstein wahrgenommen. Ihr bekanntestes Werk wird auch zweihundert Jahre nach seiner "
    "Erstveröffentlichung noch gelesen und wurde mehrfach für Bühne und Film adaptiert. Eine genauere "
    "Auseinandersetzung mit ihren weniger bekannten Arbeiten wie dem Reisebericht Rambles in Germany and Italy (1844) "
    "und den biografischen Aufsätzen für Dionysius Lardners Cabinet Cyclopaedia (1829–46) zeigt, dass Mary Shelley "
    "bis an ihr Lebensende radikale politische Ideen vertrat."
)


def _asked(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in content_questions(analysis, extract_facts(analysis))}


def test_shelley_paragraph_asks_as_what_and_what_a_closer_look_shows(nlp):
    asked = _asked(nlp, SHELLEY, title="Mary Shelley")
    seen = asked["Als was ist Mary Shelley bis in die 1970er Jahre vor allem wahrgenommen worden?"]
    assert seen.answer == "als Nachlassverwalterin ihres Ehemanns sowie als Verfasserin des Romans Frankenstein"
    assert seen.skill == "als-was"
    # the Vorfeld read as one subject, cut before its examples, the possessive named
    shows = asked["Was zeigt eine genauere Auseinandersetzung mit Mary Shelleys weniger bekannten Arbeiten?"]
    assert shows.answer == "dass Mary Shelley bis an ihr Lebensende radikale politische Ideen vertrat"
    assert "Mary Shelley bis an ihr Lebensende radikale politische Ideen vertrat" in shows.accepted


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "skill"),
    [
        # a thing as the subject of a verb of showing
        ("Die Untersuchung ergab, dass das Wasser in der Schule mit Blei belastet war.", "Was hat die Untersuchung ergeben?",
         "dass das Wasser in der Schule mit Blei belastet war", "was-sagte"),
        ("Die Studie zeigt, dass Kinder in der Stadt seltener an Allergien leiden.", "Was zeigt die Studie?",
         "dass Kinder in der Stadt seltener an Allergien leiden", "was-sagte"),
        # deciding, finding, believing: a dass-clause or a zu-infinitive
        ("Der Sicherheitsrat beschloss am Freitag, die Sanktionen gegen das Land zu verschärfen.",
         "Was hat der Sicherheitsrat am Freitag beschlossen?", "die Sanktionen gegen das Land zu verschärfen", "was-sagte"),
        ("Die Ärzte stellten fest, dass das Mädchen schwanger war.", "Was haben die Ärzte festgestellt?",
         "dass das Mädchen schwanger war", "was-sagte"),
        ("Der Forscher vermutete, dass die Knochen von einem Dinosaurier stammen.", "Was hat der Forscher vermutet?",
         "dass die Knochen von einem Dinosaurier stammen", "was-sagte"),
        # "bekannt werden": the clause is the subject; a relative clause inside the answer is left out of the key
        (("Im September 2013 wurde bekannt, dass der Kameramann, der schon an drei Filmen mitgearbeitet "
          "hatte, den Regisseur ersetzt."),
         "Was wurde im September 2013 bekannt?", "dass der Kameramann den Regisseur ersetzt", "was-sagte"),
        # the reason of the supposing is no part of what was supposed (MLQA, Vakuum)
        (("Empedokles vermutete, dass Luft aus Materie besteht und es kein Vakuum geben könne, da er das Prinzip einer "
          "Pipette untersucht hatte."),
         "Was hat Empedokles vermutet?", "dass Luft aus Materie besteht und es kein Vakuum geben könne", "was-sagte"),
        # a reflexive verb or a correlate asks its own wo-word (MLQA, Marvel's The Avengers: readers asked
        # "Was beschließt der Sicherheitsrat?" where the sheet had "Wann entschließt sich der Sicherheitsrat?")
        (("Als immer mehr feindliche Streitkräfte aus dem Portal strömen, entschließt sich der Sicherheitsrat, die "
          "Gefahr mit einer Nuklearrakete zu beseitigen."),
         "Wozu entschließt sich der Sicherheitsrat?", "die Gefahr mit einer Nuklearrakete zu beseitigen", "wozu"),
        ("Muslime sind nach der islamischen Normenlehre verpflichtet, fünf Mal am Tag zu beten.",
         "Wozu sind Muslime nach der islamischen Normenlehre verpflichtet?", "fünf Mal am Tag zu beten", "wozu"),
        ("Die Forscher wiesen darauf hin, dass viele Arten vom Aussterben bedroht sind.", "Worauf haben die Forscher hingewiesen?",
         "dass viele Arten vom Aussterben bedroht sind", "worauf"),
        # als-predicatives of a verb of regarding
        ("Der Roman wird heute als wichtigstes Werk der Epoche angesehen.", "Als was wird der Roman heute angesehen?",
         "als wichtigstes Werk der Epoche", "als-was"),
        # the means of a passive
        ("Das Dorf wurde 1908 durch ein schweres Erdbeben fast vollständig zerstört.",
         "Wodurch ist das Dorf 1908 fast vollständig zerstört worden?", "durch ein schweres Erdbeben", "wodurch"),
        ("Die Stadt wurde im Jahr 1241 durch den Kaiser erobert.", "Durch wen ist die Stadt im Jahr 1241 erobert worden?",
         "durch den Kaiser", "wodurch"),
        ("Die Brücke wurde durch das Hochwasser im Frühjahr schwer beschädigt.",
         "Wodurch ist die Brücke im Frühjahr schwer beschädigt worden?", "durch das Hochwasser", "wodurch"),
    ],
)
def test_asks_what_was_said_as_what_and_by_what(nlp, text, prompt, answer, skill):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    assert asked[prompt].answer == answer
    assert asked[prompt].skill == skill
    assert asked[prompt].type == "wh" and asked[prompt].focus == "content"


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # the Präteritum asked in the Perfekt: a learner must know the verb's forms, not match the sentence
        ("Der Sicherheitsrat entschloss sich am Abend, die Stadt mit einer Rakete zu zerstören.",
         "Wozu hat sich der Sicherheitsrat am Abend entschlossen?"),
        ("Die Regierung kündigte an, die Schulen im Herbst wieder zu öffnen.", "Was hat die Regierung angekündigt?"),
        ("Die Eltern beschwerten sich darüber, dass die Schule zu spät beginnt.", "Worüber haben sich die Eltern beschwert?"),
    ],
)
def test_past_tense_is_asked_in_the_perfect(nlp, text, prompt):
    assert prompt in _asked(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a belief the text calls wrong
        "Viele Menschen glaubten fälschlicherweise, dass die Erde eine Scheibe sei.",
        # the speaker of a quotation
        "Der Minister sagte, dass wir bald eine Lösung finden werden.",
        # a negated frame
        "Der Minister bestritt nicht, dass die Steuern steigen werden.",
        # a way, not a means
        "Die Kinder liefen am Morgen durch den dunklen Wald.",
        "Danach wird eine Schnur durch die Blattstiele gezogen.",
        # a reflexive verb whose question word is unsure
        "Der Bürgermeister weigerte sich, die Straße zu sperren.",
        # a verb of choosing with an als-phrase that names no person (MLQA)
        "Zwei Hofdamen wurden als Kompromiss gewählt.",
        # a durch-phrase after a noun of action belongs to it (MLQA: "nach Besetzung der Stadt durch eine Flotte")
        "Die Abtretung wurde nach zeitweiliger Besetzung der Stadt durch eine Flotte 1674 bestätigt.",
        # a pronoun with no certain referent
        "Sie zeigte, dass die Methode funktioniert.",
        # the answer points back to what it does not say
        "Der Bericht zeigt, dass dies nicht stimmt.",
    ],
)
def test_asks_nothing_unsure(nlp, text):
    assert _asked(nlp, text) == {}


def test_no_question_where_a_plural_verb_has_one_singular_subject(nlp):
    # the subject was cut from a list (MLQA, Lamb of God): "Als was traten … Chris Poland auf?" is not asked
    text = "Als Gastmusiker traten neben Steve Austin auch der ehemalige Megadeth-Gitarrist Chris Poland auf."
    assert not any(q.skill == "als-was" for q in _asked(nlp, text).values())
