"""Questions that need reading, not word matching (session 22, issue 12: copy-outs).

Readers' commonest complaint is a question that copies its sentence and leaves out the answer
("Wo macht die Aare einen Bogen um die Altstadt herum? – in Bern"); they asked for the reversal
("Was macht die Aare in Bern?"). ``wh_facts.setting_asks`` asks for the predicate of a clause
with a named subject and a short place or time; ``copied_share`` measures how much of its
sentence a question repeats. Real German sentences (Klexikon, Wikipedia, MLQA) through the
offline pipeline."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_facts import copied_share
from quizgen.generation.wh_more import more_questions
from quizgen.model import Article, Question

REVERSAL_SKILLS = ("was-tat", "was-geschah-mit")


def _analysed(nlp, text: str, title: str):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _more(nlp, text: str, title: str) -> dict[str, Question]:
    analysis = _analysed(nlp, text, title)
    return {q.prompt: q for q in more_questions(analysis, extract_facts(analysis))}


def _reversals(asked: dict[str, Question]) -> list[str]:
    return [prompt for prompt, question in asked.items() if question.skill in REVERSAL_SKILLS]


@pytest.mark.parametrize(
    ("title", "text", "prompt", "answer"),
    [
        # Klexikon (Aare), round 21: the reader's own reversal; the class noun "der Fluss" is the
        # topic, the apposition stays out of the question
        ("Aare", ("Die Aare ist ein Fluss in der Schweiz. In Bern, der Hauptstadt der Schweiz, macht der Fluss "
                 "einen Bogen um die Altstadt herum."),
         "Was macht die Aare in Bern?", "macht einen Bogen um die Altstadt herum"),
        # a separable verb keeps its particle at the end of the answer
        ("Aare", "Die Aare ist ein Fluss in der Schweiz. Im Frühling nimmt die Aare viel Schmelzwasser auf.",
         "Was macht die Aare im Frühling?", "nimmt viel Schmelzwasser auf"),
        # MLQA (Amanda Seyfried), round 21: "Was begann Amanda Seyfried bereits mit elf Jahren als
        # Kindermodel?" gave the information away; the pronoun is resolved, "bereits" stays with the age
        ("Amanda Seyfried", ("Amanda Seyfried ist eine Schauspielerin. Bereits mit elf Jahren begann sie ihre "
                            "Karriere als Kindermodel, später erst startete sie ihre Schauspielkarriere."),
         "Was tat Amanda Seyfried bereits mit elf Jahren?", "begann ihre Karriere als Kindermodel"),
        # the perfect asks in the perfect
        ("Joseph Haydn", "Joseph Haydn war ein Komponist. In Wien hat Haydn viele Sinfonien geschrieben.",
         "Was hat Haydn in Wien gemacht?", "hat viele Sinfonien geschrieben"),
        # the topic's past at a time: what happened to it, a passive as well as a doing
        ("Eisenstadt", ("Eisenstadt ist die Hauptstadt des Burgenlandes. 1925 wurde Eisenstadt zum Sitz der "
                       "Landesregierung bestimmt."),
         "Was geschah 1925 mit Eisenstadt?", "wurde zum Sitz der Landesregierung bestimmt"),
        ("Eisenstadt", "Eisenstadt ist die Hauptstadt des Burgenlandes. Im 13. Jahrhundert erhielt die Stadt eine Mauer.",
         "Was geschah im 13. Jahrhundert mit Eisenstadt?", "erhielt eine Mauer"),
    ],
)
def test_the_predicate_is_asked_by_its_place_or_time(nlp, title, text, prompt, answer):
    asked = _more(nlp, text, title)
    assert prompt in asked, _reversals(asked)
    assert asked[prompt].answer == answer


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a state: "Was macht die Aare in Bern? – liegt tief unter der Altstadt" asks nothing
        ("Aare", "Die Aare ist ein Fluss in der Schweiz. In Bern liegt die Aare tief unter der Altstadt."),
        # a setting that points back: which place is "dort"?
        ("Joseph Haydn", "Joseph Haydn war ein Komponist. Dort schrieb Haydn viele Opern."),
        # a modal and a negation: no doing the text states
        ("Joseph Haydn", "Joseph Haydn war ein Komponist. In Eisenstadt konnte Haydn viele Werke komponieren."),
        ("Joseph Haydn", "Joseph Haydn war ein Komponist. In London gab Haydn keine Konzerte."),
        # a thing's doing in the past at a place: "Was machte die Aare in Bern?" is no German question
        ("Aare", "Die Aare ist ein Fluss in der Schweiz. In Bern machte der Fluss früher viele Probleme."),
        # only a direction, no argument that carries the content (a detail, round 17)
        ("Emma Goldman", "In den Kriegsjahren reiste Goldman durch ganz Amerika."),
        # what the topic did is no "Was geschah mit …?": the status happened to be anchored (Eisenstadt, Wikipedia)
        ("Eisenstadt", ("Eisenstadt ist die Hauptstadt des Burgenlandes. Erst 1965 verankerte Eisenstadt den Status der "
                       "Landeshauptstadt in der Stadtverfassung.")),
        # MLQA (Lina Medina): suffering is no doing ("Was tat Lina Medina in ihrer Kindheit? – litt an …")
        ("Lina Medina", "Lina Medina ist eine Peruanerin. In ihrer Kindheit litt Lina Medina an einer seltenen Krankheit."),
        # Wikipedia (Oskar Schindler): dying is no doing
        ("Oskar Schindler", ("Oskar Schindler war ein Unternehmer. Am 9. Oktober 1974 verstarb Schindler im "
                             "St.-Bernward-Krankenhaus in Hildesheim.")),
        # a year in the answer under a year in the question: which is the doing's?
        ("Alan Thicke", "Thicke heiratete 1992 die Miss World des Jahres 1990."),
        # a subject that is neither a person nor the topic: "Was macht die Post in Bern?" is off the text
        ("Aare", "Die Aare ist ein Fluss in der Schweiz. In Bern baut die Post ein neues Gebäude."),
    ],
)
def test_no_reversal_where_the_question_would_be_wrong_or_empty(nlp, title, text):
    assert _reversals(_more(nlp, text, title)) == []


def test_the_coordinated_half_of_a_doing_is_not_asked_alone(nlp):
    text = "Joseph Haydn war ein Komponist. In Wien schrieb Haydn viele Sinfonien und gab Konzerte."
    asked = _more(nlp, text, "Joseph Haydn")
    assert all(question.answer != "schrieb viele Sinfonien" for question in asked.values()), _reversals(asked)


def test_the_reversal_copies_less_than_the_gap_question(nlp):
    analysis = _analysed(nlp, "In Bern, der Hauptstadt der Schweiz, macht der Fluss einen Bogen um die Altstadt herum.", "Aare")
    sentence = analysis.sentences[0]
    copied = copied_share("Wo macht die Aare einen Bogen um die Altstadt herum?", sentence)
    reversed_ = copied_share("Was macht die Aare in Bern?", sentence)
    assert copied == pytest.approx(3 / 7, abs=0.01)  # macht, Bogen, Altstadt of seven content words
    assert reversed_ == pytest.approx(2 / 7, abs=0.01)  # macht, Bern
