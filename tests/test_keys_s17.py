"""Keys a teacher accepts, and lists asked as lists (issue 12, round 15: "Add the short variants",
"Students will write the person's name", "Open list; add 'Nenne zwei Dinge'", "the key is a
paragraph copy"), on real German sentences run through the offline pipeline."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.exporters.html import _question_view
from quizgen.generation import keys
from quizgen.generation.headings import POINT_WORDS, heading_questions
from quizgen.model import Article, Question
from quizgen.reading import read_article


def _analysis(nlp, text: str, paragraphs: tuple[tuple[int, int], ...] | None = None):
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=paragraphs or ((0, len(text)),))
    return analyze(nlp, article)


def _refined(nlp, text: str, prompt: str, answer: str, skill: str, at: int = -1) -> Question | None:
    """The key after the post-pass; the evidence is sentence ``at`` of ``text`` (the last by default)."""
    analysis = _analysis(nlp, text)
    sentence = analysis.sentences[at]
    question = Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text, skill=skill)
    return keys.refine_key(question, sentence, analysis)


# --- short variants ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "skill", "also"),
    [
        # the noun phrase before a relative clause, with an adjective that says what it is
        ("Im Sommer fegten große Feuerstürme, die alles in ihrem Weg niederbrannten, durch einige Regionen.",
         "Was fegte durch einige Regionen?", "große Feuerstürme, die alles in ihrem Weg niederbrannten", "was",
         {"große Feuerstürme"}),
        ("Fritz Zwicky entwarf zahlreiche kosmologische Theorien, die zum heutigen Verständnis des Universums Wesentliches beitrugen.",
         "Was entwarf Fritz Zwicky?",
         "zahlreiche kosmologische Theorien, die zum heutigen Verständnis des Universums Wesentliches beitrugen", "was",
         {"zahlreiche kosmologische Theorien", "kosmologische Theorien"}),
        # a prepositional phrase before the relative clause
        ("Ihre Quelle hat die Aare in den Aargletschern, die in den Berner Alpen liegen.", "Wo hat die Aare ihre Quelle?",
         "in den Aargletschern, die in den Berner Alpen liegen", "wo-entspringt", {"in den Aargletschern"}),
        # the name that ends a description of a person, and the description
        ("Als erster bezeichnete der saudische Geistliche Sheikh Muhammad Al-ʿArifi den Valentinstag als Bidʿa.",
         "Wer bezeichnete den Valentinstag als Bidʿa?", "der saudische Geistliche Sheikh Muhammad Al-ʿArifi", "wer",
         {"Sheikh Muhammad Al-ʿArifi", "Al-Arifi", "der saudische Geistliche"}),
        # the person behind a place that a Wer-question is answered with
        (("Den ersten Hamburger servierte wahrscheinlich der \"Louis' Lunch\" des deutschen Einwanderers Louis (Ludwig) "
          "Lassen in New Haven."), "Wer servierte wahrscheinlich den ersten Hamburger?",
         "der \"Louis' Lunch\" des deutschen Einwanderers Louis (Ludwig) Lassen", "wer", {"Louis (Ludwig) Lassen", "Louis Lassen"}),
        # the region the text puts the place in, when it defines the place (not the country the
        # region lies in: round 24, "Österreich" is general knowledge)
        (("Eisenstadt (ungarisch Kismarton) ist die Landeshauptstadt des Bundeslandes Burgenland in Österreich. "
          "Eisenstadt liegt am südlichen Fuße des Leithagebirges."), "Wo liegt Eisenstadt?",
         "am südlichen Fuße des Leithagebirges", "wo", {"Burgenland"}),
    ],
)
def test_the_key_accepts_the_short_answer_a_student_writes(nlp, text, prompt, answer, skill, also):
    assert also <= set(_refined(nlp, text, prompt, answer, skill).accepted)


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "skill", "never"),
    [
        # the relative clause says which ideas: "zahlreiche Ideen" alone says nothing
        ("Im Drehbuch verarbeitete Cameron zahlreiche Ideen, die teilweise auf seine früheste Jugend zurückgehen.",
         "Was verarbeitete Cameron im Drehbuch?", "zahlreiche Ideen, die teilweise auf seine früheste Jugend zurückgehen", "was",
         {"zahlreiche Ideen", "Ideen"}),
        # a bare title is no description of the person
        ("Am 12. Februar 1832 nahm General Jose de Villamil die Galapagosinseln für Ecuador in Besitz.",
         "Wer nahm am 12. Februar 1832 die Galapagosinseln für Ecuador in Besitz?", "General Jose de Villamil", "wer",
         {"General"}),
        # the son is meant, not the king the genitive names
        ("Den Thron erbte der Sohn des Königs Georg Friedrich.", "Wer erbte den Thron?", "der Sohn des Königs Georg Friedrich",
         "wer", {"Georg Friedrich", "Friedrich"}),
        # "Österreich" is not where Eisenstadt lies when the text does not define it as a place there
        ("Eisenstadt ist ein Geschenk an Österreich. Eisenstadt liegt am südlichen Fuße des Leithagebirges.", "Wo liegt Eisenstadt?",
         "am südlichen Fuße des Leithagebirges", "wo", {"in Österreich", "Österreich"}),
    ],
)
def test_no_short_variant_where_it_would_be_wrong(nlp, text, prompt, answer, skill, never):
    question = _refined(nlp, text, prompt, answer, skill)
    assert question is not None and not never & set(question.accepted)


# --- lists asked as lists ------------------------------------------------------------------------


def test_a_coordination_is_asked_as_a_list_with_its_other_names(nlp):
    question = _refined(
        nlp, "Ein Staubblatt ist meist in den Staubfaden (Filament) und den Staubbeutel (Anthere) gegliedert.",
        "In welche Teile ist ein Staubblatt meist gegliedert?", "in den Staubfaden (Filament) und den Staubbeutel (Anthere)",
        "in-welche",
    )
    assert question.prompt == "In welche Teile ist ein Staubblatt meist gegliedert? Nenne zwei."
    assert {"Filament und Anthere", "Staubfaden und Staubbeutel"} <= set(question.accepted)


def test_the_next_sentence_adds_members_of_the_list(nlp):
    text = ("In der Scheune werden Heu und Stroh eingelagert. Aber auch Getreide und Kartoffeln aus der letzten Ernte "
            "werden in der Scheune aufbewahrt. Moderne Scheunen sind oft riesig.")
    question = _refined(nlp, text, "Was wird in der Scheune eingelagert?", "Heu und Stroh", "was", at=0)
    assert question.prompt == "Was wird in der Scheune eingelagert? Nenne drei."
    assert question.answer == "Heu, Stroh, Getreide und Kartoffeln"
    assert keys.list_rule(question) == ("je drei beliebige, in beliebiger Reihenfolge, jede auch kurz mit einem Wort "
                                        "daraus: Heu · Stroh · Getreide · Kartoffeln")


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "skill", "at"),
    [
        # "auch" with another verb and thing: not a member of the list (still a list of two)
        ("In der Scheune werden Heu und Stroh eingelagert. Auch die Katze lebt in der Scheune.",
         "Was wird in der Scheune eingelagert?", "Heu und Stroh", "was", 0),
    ],
)
def test_a_sentence_about_something_else_adds_no_member(nlp, text, prompt, answer, skill, at):
    question = _refined(nlp, text, prompt, answer, skill, at=at)
    assert question.prompt.endswith("Nenne zwei.") and not any("Katze" in variant for variant in question.accepted)


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "skill"),
    [
        # either alternative answers: no list
        ("Oft werden Eltern oder Schwiegereltern mit anyuka angesprochen.", "Wer wird oft mit anyuka angesprochen?",
         "Eltern oder Schwiegereltern", "wer"),
        # a time span is one answer
        ("Das chinesische Neujahrsfest findet zwischen dem 21. Januar und 21. Februar statt.",
         "Wann findet das chinesische Neujahrsfest statt?", "zwischen dem 21. Januar und 21. Februar", "wann"),
        # one thing
        ("In der Scheune wird das Heu eingelagert.", "Was wird in der Scheune eingelagert?", "das Heu", "was"),
        # one modifier over a pair of nouns: one thing
        ("Für bestimmte Arten gelten besondere Bestimmungen und Auflagen.", "Was gilt für bestimmte Arten?",
         "besondere Bestimmungen und Auflagen", "was"),
    ],
)
def test_what_is_no_list_is_not_asked_as_one(nlp, text, prompt, answer, skill):
    assert "Nenne" not in _refined(nlp, text, prompt, answer, skill).prompt


def test_the_self_check_page_gets_the_new_variants(nlp):
    analysis = _analysis(nlp, "Ein Staubblatt ist meist in den Staubfaden (Filament) und den Staubbeutel (Anthere) gegliedert.")
    sentence = analysis.sentences[0]
    question = keys.refine_key(Question(
        id="q1", type="wh", prompt="In welche Teile ist ein Staubblatt meist gegliedert?",
        answer="in den Staubfaden (Filament) und den Staubbeutel (Anthere)", sentence=0, evidence=sentence.text, skill="in-welche",
    ), sentence, analysis)
    view = _question_view(question, 1, analysis, "Z. 1")
    assert view["prompt"].endswith("Nenne zwei.") and "Filament und Anthere" in view["accepted"]


# --- heading questions: the section's points, not a copy -----------------------------------------

BLUETE = """Blüte

== Wie werden Blüten bestäubt?

Meistens erledigen Insekten die Bestäubung.
Die Blüten locken sie mit ihren Farben, ihrem Duft und ihrem Nektar an.
Nektar ist ein zuckerhaltiger Saft auf der Narbe.

Es gibt jedoch auch Blüten, die schaffen das ohne Insekten: Der Wind wirbelt die Pollen durch die Luft und dabei geraten einige Pollenkörner auf die Narben.
Das reicht für die Bestäubung.

Bei den Dattelpalmen unterstützt sogar der Mensch die Bestäubung: der Dattelbauer klettert auf die weiblichen Pflanzen und bestäubt die Narben mit einem Zweig einer männlichen Pflanze.
"""


def _headed(nlp, tmp_path, text: str):
    path = tmp_path / "Blüte.txt"
    path.write_text(text, encoding="utf-8")
    return heading_questions(analyze(nlp, read_article(path)))


def test_a_heading_question_keys_each_paragraphs_point(nlp, tmp_path):
    (question,) = _headed(nlp, tmp_path, BLUETE)
    assert question.answer == (
        "Meistens erledigen Insekten die Bestäubung. Der Wind wirbelt die Pollen durch die Luft. "
        "Bei den Dattelpalmen unterstützt sogar der Mensch die Bestäubung: der Dattelbauer klettert auf die weiblichen Pflanzen."
    )
    assert "Nektar" not in question.answer  # the paragraph's details are no point of the answer


def test_a_section_whose_point_takes_a_long_sentence_is_not_asked(nlp, tmp_path):
    long = "Die getrockneten Blätter werden danach von den Schnüren geholt und zu großen und festen Stapeln aufgeschichtet."
    assert len(long.split()) > POINT_WORDS  # a further paragraph whose only sentence is longer than a point
    assert _headed(nlp, tmp_path, f"{BLUETE}\n{long}\n") == []
