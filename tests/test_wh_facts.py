"""What a person was, became or worked as (``wh_facts``), on real German sentences through the
real offline pipeline and ``wh_more``, which realises and checks the questions."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_more import more_questions
from quizgen.model import Article, Question

ROLE_SKILLS = ("als-was", "was-wurde", "was-war", "wozu-ernannt", "wer-ist")


def _roles(nlp, text: str) -> dict[str, Question]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in more_questions(analysis, extract_facts(analysis)) if q.skill in ROLE_SKILLS}


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "variant", "skill"),
    [
        # MLQA dev (Kesha): a role with "als" and a bare noun
        ("Unter Dr. Lukes Plattenlabel sang Kesha zu Anfang ihrer Karriere als Backgroundsängerin für Paris Hilton.",
         "Als was sang Kesha unter Dr. Lukes Plattenlabel zu Anfang ihrer Karriere für Paris Hilton?",
         "als Backgroundsängerin", "Backgroundsängerin", "als-was"),
        # MLQA dev (Karl Johan Schuster): the als-phrase in the Vorfeld, a reflexive verb
        ("Als Musiker betätigte sich Karl Johan Schuster in der schwedischen Metal-Szene.",
         "Als was betätigte sich Karl Johan Schuster in der schwedischen Metal-Szene?", "als Musiker", "Musiker",
         "als-was"),
        # MLQA dev (Valentin von Rom): a bare role noun after werden / sein
        ("Valentin von Terni wurde Bischof von Interamna.", "Was wurde Valentin von Terni?", "Bischof von Interamna",
         "Bischof", "was-wurde"),
        ("Valentin von Rom war Priester in Rom.", "Was war Valentin von Rom?", "Priester in Rom", "Priester", "was-war"),
        # a pronoun subject with its name from the sentence before (MLQA dev, Fritz Zwicky); the role's
        # complement "für Astronomie" joins the answer
        ("Fritz Zwicky studierte in Zürich. 1942 wurde er zum Professor für Astronomie berufen.",
         "Wozu wurde Fritz Zwicky 1942 berufen?", "zum Professor für Astronomie", "Professor für Astronomie",
         "wozu-ernannt"),
        ("Angela Merkel wurde 2005 zur Bundeskanzlerin gewählt.", "Wozu wurde Angela Merkel 2005 gewählt?",
         "zur Bundeskanzlerin", "Bundeskanzlerin", "wozu-ernannt"),
        # MLQA dev (Lamb of God): a role noun before a name the text names twice
        (("1990 besuchten der Schlagzeuger Chris Adler und der Bassist John Campbell die Universität in Richmond. "
         "Später gründete John Campbell eine Band."), "Wer war John Campbell?", "Bassist", "", "wer-ist"),
        (("Am 3. April 2011 kündigte der ägyptische Ingenieur und Geschäftsmann Peter Wagner die Gründung der Partei an. "
         "Später verließ Peter Wagner die Partei."), "Wer war Peter Wagner?", "Ingenieur und Geschäftsmann",
         "", "wer-ist"),
    ],
)
def test_role_question(nlp, text, prompt, answer, variant, skill):
    asked = _roles(nlp, text)
    assert prompt in asked, sorted(asked)
    question = asked[prompt]
    assert question.answer == answer
    assert not variant or variant in question.accepted
    assert question.skill == skill


@pytest.mark.parametrize(
    "text",
    [
        # an age, not a role
        "Als Zehnjähriger experimentierte Karl Johan Schuster mit einem Kassettenspieler.",
        # a stage of life, not a role
        "Als Kind lebte Wolfgang Amadeus Mozart in Salzburg.",
        # a rank, not a role
        "Bei der Wahl wurde Thomas Müller nur Dritter.",
        # the role may be the object's: "sah Müller als Nachfolger"
        "Der Trainer Jürgen Klopp sah Thomas Müller als Nachfolger.",
        # no named person: "Als was arbeiteten die Männer?" leaves them unnamed
        "Die Männer arbeiteten als Tagelöhner auf den Feldern.",
        # a comparison, not a role
        "Thomas Müller lief schneller als Manuel Neuer.",
        # negated: what someone did not become is no fact to ask for
        "Thomas Müller wurde nie Trainer.",
        # a person named once: who they are is a detail
        "Deng Xiaoping sprach mit der britischen Premierministerin Margaret Thatcher über Hongkong.",
        # a title of rank that is part of the name, and a name that goes on after "von"
        "Prinz Albert Edward heiratete 1863. Prinz Albert Edward wurde später König.",
        "Der Kanzler Otto von Bismarck regierte lange. Otto von Bismarck trat 1890 zurück.",
        # a role noun declined (genitive): its nominative is not in the text
        "Die Entlassung wurde von Lesern des Journalisten Jochen Bittner kritisiert. Jochen Bittner antwortete.",
    ],
)
def test_no_role_question(nlp, text):
    assert not _roles(nlp, text)
