"""Issue 12, round 22: a global task on the sheets of texts without headings (Klexikon).

Readers found no Klexikon sheet with a global task. Each paragraph now gets a topic line: one of
its W-questions as an indirect question ("Wo die Aare ihre Quelle hat"), matched to its
paragraph with one line left over; the sheet does not ask a W-question a line restates.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation.global_task import PAIRS_PROMPT, PARAGRAPH_PROMPT, global_task, indirect
from quizgen.generation.reparse import names_of
from quizgen.reading import read_article

KLEXIKON = Path(__file__).resolve().parent.parent.parent / "shared" / "devdata" / "articles" / "klexikon"


@pytest.mark.parametrize(("question", "line"), [
    ("Was kann man auf der Aare machen? Nenne drei.", "Was man auf der Aare machen kann"),
    ("Wo macht die Aare einen Bogen um die Altstadt herum?", "Wo die Aare einen Bogen um die Altstadt herummacht"),
    ("In welchem Jahr wurde Eisenstadt eine königliche Freistadt?", "Wann Eisenstadt eine königliche Freistadt wurde"),
    ("Wie wollte Jemand Geld erpressen?", "Wie jemand Geld erpressen wollte"),
    ("Wozu wurde die Aare mehrmals mit einem Stauwehr verbaut?", "Wozu die Aare mehrmals mit einem Stauwehr verbaut wurde"),
])
def test_a_w_question_becomes_an_indirect_one_with_its_verb_last(question, line):
    assert indirect(question) == line


@pytest.mark.parametrize("question", [
    "Warum verkauften die sich sehr gut?",  # "die" points outside the line
    "Wo wurden in der sowjetischen Zeit ausprobiert?",  # no subject
    "Was braucht man für das Fahrrad nicht?",  # a negation is no topic
    "Was änderte sich, nachdem die Aare in den Bielersee geleitet wurde?",  # two clauses
    "Die Aare ist ein Fluss.",  # no question
])
def test_no_line_from_a_question_that_would_not_read_as_a_topic(question):
    assert indirect(question) is None


def _klexikon(nlp, name: str):
    path = KLEXIKON / f"{name}.txt"
    if not path.exists():
        pytest.skip("devdata articles are not available here")
    return analyze(nlp, read_article(path))


def test_aare_paragraphs_get_their_topics_and_one_left_over(nlp):
    """Klexikon's Aare (six paragraphs, no headings): one line per paragraph, each from that
    paragraph, the left-over line from the paragraph not listed."""
    analysis = _klexikon(nlp, "Aare")
    with names_of(analysis):
        (question,) = global_task(analysis, random.Random(1), [])
    assert question.prompt.startswith(PARAGRAPH_PROMPT) and question.skill == "global"
    assert len(question.options) == len(question.prompt_items) + 1 >= 4
    texts = analysis.article.paragraph_texts()
    numbers = {n: k for k, n in analysis.article.paragraph_numbers().items()}
    for label, line in zip(question.prompt_items, question.answer, strict=True):
        own = texts[numbers[int(label.split()[-1])]].lower()
        assert line.split()[0] in ("Was", "Wo", "Wohin", "Woher", "Warum", "Wozu", "Wie", "Der", "Die", "Das"), line
        words = [w.lower()[:5] for w in line.split()[1:] if len(w) > 3 and w != "Aare"]
        assert any(w in own for w in words), (line, label)  # it is about its own paragraph
    (extra,) = set(question.options) - set(question.answer)
    assert f"Übrig bleibt die Zeile „{extra}“ (sie gehört zu Absatz" in question.explanation


def test_a_short_text_of_three_paragraphs_matches_without_a_left_over(nlp, tmp_path):
    text = """Der Apfelbaum

Der Apfelbaum wächst in vielen Gärten in Europa. Im Frühling trägt er weiße und rosa Blüten.

Die Bienen bestäuben die Blüten im Frühling. Ohne die Bienen könnten keine Äpfel wachsen.

Im Herbst pflücken die Bauern die reifen Äpfel von den Bäumen. Sie verkaufen das Obst auf dem Markt.
"""
    path = tmp_path / "apfel.txt"
    path.write_text(text, encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    with names_of(analysis):
        questions = global_task(analysis, random.Random(1), [])
    assert len(questions) == 1
    question = questions[0]
    assert question.prompt.startswith(PAIRS_PROMPT)
    assert sorted(question.options) == sorted(question.answer) and len(question.answer) == 3
    assert "Übrig" not in question.explanation


def test_the_sheet_of_a_klexikon_text_starts_with_the_task_and_asks_no_line_again(nlp):
    """Badminton (four paragraphs): the sheet's first task matches topic lines to paragraphs, and
    no W-question on it is a line the task already shows."""
    from quizgen.pipeline import build_material

    material = build_material(_klexikon(nlp, "Badminton"), Options())
    overall = [q for q in material.questions if q.skill == "global"]
    assert len(overall) == 1 and material.questions[0] is overall[0]
    assert overall[0].prompt.startswith((PARAGRAPH_PROMPT, PAIRS_PROMPT))
    with names_of(material.analysis):
        restated = [q.prompt for q in material.questions if q.type in ("wh", "multiple_choice") and indirect(q.prompt) in overall[0].options]
    assert not restated


def test_two_lines_of_one_frame_are_not_both_listed():
    """Woche (Klexikon): "Wonach die Römer die Wochentage benannt haben" and "Wonach der römische
    Dienstag benannt war" ask one question of two paragraphs; either fits both."""
    from quizgen.generation.global_task import _frame

    assert _frame("Wonach die Römer die Wochentage benannt haben") == _frame("Wonach der römische Dienstag benannt war")
    assert _frame("Was nach der Aare benannt ist") != _frame("Wonach der römische Dienstag benannt war")
    assert _frame("Was man auf der Aare machen kann") != _frame("Was die Aare früher verursacht hat")
