"""Question headings as open W-questions: the section's opening is the model answer; the
worksheet, the self-check page, GIFT and Moodle treat it as an answer in the learner's words."""

import xml.etree.ElementTree as ET

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.exporters.gift import question_text
from quizgen.exporters.html import HtmlExporter
from quizgen.exporters.moodle import add_question
from quizgen.generation.headings import MODEL_WORDS, heading_questions
from quizgen.pipeline import build_material
from quizgen.reading import read_article

# Written in the way children's encyclopaedias head their sections.
IGEL = """Igel

Der Igel ist ein kleines Säugetier mit Stacheln auf dem Rücken.
Igel leben in Gärten, Hecken und Wäldern in fast ganz Europa.
Ein erwachsener Igel hat etwa 7000 Stacheln.

== Was fressen Igel?

Igel fressen vor allem Käfer, Regenwürmer und Schnecken.
Manchmal fressen sie auch Vogeleier oder Früchte.
Milch vertragen Igel nicht, obwohl man ihnen früher oft welche hingestellt hat.

== Warum halten Igel einen Winterschlaf?

Im Winter finden Igel keine Käfer und Würmer, deshalb halten sie einen Winterschlaf.
Sie bauen sich dafür ein Nest aus Laub.
Ihr Herz schlägt dann viel langsamer als im Sommer.

== Wann beginnt das Jahr der Igel?

Im Frühling wachen die Tiere auf und suchen einen Partner.
Die Jungen kommen im Spätsommer zur Welt.

== Was geschah früher?

Früher glaubten die Menschen, dass Igel Äpfel auf ihren Stacheln tragen.
"""


@pytest.fixture(scope="module")
def igel(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("igel") / "Igel.txt"
    path.write_text(IGEL, encoding="utf-8")
    return analyze(nlp, read_article(path))


def test_a_question_heading_is_asked_with_the_sections_opening_as_model_answer(igel):
    asked = {q.prompt: q for q in heading_questions(igel)}
    # the opening and what follows it, up to MODEL_WORDS words: readers missed the section's other points
    assert asked["Was fressen Igel?"].answer == (
        "Igel fressen vor allem Käfer, Regenwürmer und Schnecken. Manchmal fressen sie auch Vogeleier oder Früchte. "
        "Milch vertragen Igel nicht, obwohl man ihnen früher oft welche hingestellt hat."
    )
    assert asked["Warum halten Igel einen Winterschlaf?"].answer.startswith("Im Winter finden Igel keine Käfer")
    assert all(q.open_answer and q.type == "wh" and q.focus == "content" for q in asked.values())
    evidence = {igel.sentences[q.sentence].text for q in asked.values()}
    assert "Igel fressen vor allem Käfer, Regenwürmer und Schnecken." in evidence


def test_a_heading_whose_section_does_not_open_with_its_answer_or_names_no_topic_is_not_asked(igel):
    asked = {q.prompt for q in heading_questions(igel)}
    # the opening tells of spring, not of when the year begins: no word of the heading, no date
    assert "Wann beginnt das Jahr der Igel?" not in asked
    # no referent without the layout: what happened earlier where?
    assert "Was geschah früher?" not in asked


def test_question_headings_of_an_encyclopaedia_article_reach_the_sheet(nlp, devdata):
    material = build_material(analyze(nlp, read_article(devdata / "articles/klexikon/Blüte.txt")), Options())
    asked = [q for q in material.questions if q.open_answer]
    # with the count of the points its key holds (session 29: insects, the wind and people)
    assert [q.prompt for q in asked] == ["Wie werden Blüten bestäubt? Nenne drei."]
    # each paragraph's point: the wind and the people beside the insects (round 9), as the
    # section's subjects, not its pasted sentences (session 25, round 23: "a cut-off paste")
    assert asked[0].answer == "Insekten, der Wind und der Mensch"
    assert set(asked[0].core) == {"Insekt", "Wind", "Mensch"}
    assert len(asked[0].answer.split()) <= MODEL_WORDS < len(" ".join(s.text for s in material.analysis.sentences).split())


def test_open_answers_export_as_essays_and_a_self_assessed_model_answer(igel):
    question = next(q for q in heading_questions(igel) if q.prompt == "Was fressen Igel?")
    quiz = ET.Element("quiz")
    add_question(quiz, question)
    essay = quiz.find("question")
    assert essay.get("type") == "essay"
    assert "Käfer, Regenwürmer" in essay.find("graderinfo/text").text
    (line,) = question_text(question)
    assert line.endswith("{####Musterantwort\\: Igel fressen vor allem Käfer, Regenwürmer und Schnecken. "
                         "Manchmal fressen sie auch Vogeleier oder Früchte. "
                         "Milch vertragen Igel nicht, obwohl man ihnen früher oft welche hingestellt hat.}")
    assert "=" not in line.split("{", 1)[1]  # no answer to match: an essay
    material = build_material(igel, Options())
    page = HtmlExporter().page(material, Options(), "quiz")
    assert any(q.open_answer for q in material.questions)
    assert '"open": true' in page and "Musterantwort zeigen" in page
    key = HtmlExporter().page(material, Options(), "answers")
    opened = next(q for q in material.questions if q.open_answer)
    assert key.count(opened.answer) == 1  # the model answer, not again as the supporting sentence


def test_an_open_questions_lines_are_its_whole_section(igel):
    """The model answer is the section's first sentences; the key's line reference (and an excerpt of a
    long article) covers the whole section that answers it."""
    from quizgen.exporters.html import evidence_sentences

    question = next(q for q in heading_questions(igel) if q.prompt == "Was fressen Igel?")
    cited = [igel.sentences[index].text for index in evidence_sentences(question, igel)]
    assert cited[0].startswith("Igel fressen vor allem Käfer")
    assert cited[-1].startswith("Milch vertragen Igel nicht")  # the section's last sentence
    assert not any(text.startswith("Warum") or "Winter" in text for text in cited)  # not the next section
