"""A long text's sheet asks its main points, not a detail named once (issue 12, round 11)."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.generation import selection
from quizgen.model import Article, Question

TITLE = "Aare"
PARAGRAPHS = (
    "Die Aare ist der längste Fluss der Schweiz. Die Aare entspringt in den Berner Alpen.",
    "Bei Bern nimmt der Fluss die Gürbe auf. In Bern gibt es viele Brücken. Die Brücken von Bern sind alt.",
    ("Die Schüss entspringt in einem Karstgebiet. Bei Hochwasser überflutete der Fluss früher das Seeland, "
     "weil er kein festes Bett hatte. Das Hochwasser zerstörte Häuser in Bern."),
)
DATED = (
    "Die Aare ist der längste Fluss der Schweiz.",
    ("Im Jahr 1480 gab es ein Hochwasser. Im Jahr 1878 begann der Bau eines Kanals. Im Jahr 2005 überflutete "
     "ein Gewitter die Keller. Im Jahr 2021 spielte eine Blaskapelle am Ufer ein Konzert."),
)


def _analysed(nlp, paragraphs: tuple[str, ...]):
    body = "\n\n".join(paragraphs)
    text = f"{TITLE}\n\n{body}"
    spans, start = [(0, len(TITLE))], len(TITLE) + 2
    for part in paragraphs:
        spans.append((start, start + len(part)))
        start += len(part) + 2
    article = Article(title=TITLE, text=text, source="test", stem="test", paragraphs=tuple(spans),
                      title_span=(0, len(TITLE)))
    return analyze(nlp, article)


@pytest.fixture(scope="module")
def analysis(nlp):
    return _analysed(nlp, PARAGRAPHS)


def _question(analysis, prompt: str, answer: str, sentence: str, skill: str) -> Question:
    index = next(s.index for s in analysis.sentences if s.text.startswith(sentence))
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=index, evidence=sentence, skill=skill)


def test_an_item_on_the_topic_or_what_the_text_returns_to_is_central(analysis):
    salience = selection._salience(analysis)
    topic = _question(analysis, "Wo entspringt die Aare?", "in den Berner Alpen", "Die Aare entspringt", "wo")
    returned = _question(analysis, "Was gibt es in Bern?", "viele Brücken", "In Bern gibt es", "was")
    cause = _question(analysis, "Warum überflutete der Fluss früher das Seeland?", "weil er kein festes Bett hatte",
                      "Bei Hochwasser", "warum")
    once = _question(analysis, "Wo entspringt die Schüss?", "in einem Karstgebiet", "Die Schüss entspringt", "wo")
    assert selection.central(topic, salience)
    assert selection.central(returned, salience)  # Bern: in three sentences
    assert selection.central(cause, salience)
    assert not selection.central(once, salience)  # Schüss and Karstgebiet: named once


def test_a_year_the_text_keeps_naming_makes_no_item_central(nlp):
    dated = _analysed(nlp, DATED)
    salience = selection._salience(dated)
    concert = _question(dated, "Was spielte im Jahr 2021 eine Blaskapelle am Ufer?", "ein Konzert", "Im Jahr 2021", "was")
    assert "jahr" in salience.recurring  # named in four sentences, to date their facts
    assert not selection.central(concert, salience)


def test_the_topic_counts_inflected_and_in_a_compound():
    def named(prompt: str, title: str) -> bool:
        question = Question(id="", type="wh", prompt=prompt, answer="", sentence=0, evidence="", skill="wann")
        topic = frozenset(w.lower() for w in title.split() if len(w) > 2)
        return selection.names_topic(question, topic)

    assert named("Wann wurde die Subventionierung des Tabakanbaus in der EU eingestellt?", "Tabak")
    assert named("Auf welcher Silbe werden im Ungarischen alle Wörter betont?", "Ungarische Sprache")
    assert named("Wer wurde erster Gouverneur der Galapagos-Inseln?", "Galapagosinseln")
    assert named("Was geschah mit den jüdischen Eisenstädtern?", "Eisenstadt")
    assert not named("Wo entspringt die Schüss?", "Aare")
    assert not named("Wo liegt die Altstadt?", "Eisenstadt")
    assert not named("Wann gab es in Europa die erste Eisenbahn?", "Sprache")


def test_a_long_text_leaves_out_its_marginal_items_but_keeps_four_w_questions(analysis):
    salience = selection._salience(analysis)
    topic = _question(analysis, "Wo entspringt die Aare?", "in den Berner Alpen", "Die Aare entspringt", "wo")
    once = _question(analysis, "Wo entspringt die Schüss?", "in einem Karstgebiet", "Die Schüss entspringt", "wo")
    pools = {"wh": [topic, once], "true_false": [], "multiple_choice": [once]}
    few = selection._without_marginal(pools, salience)
    assert few["wh"] == [topic, once]  # fewer than MIN_WH central W-questions: the best others stay
    many = [topic] * selection.MIN_WH
    kept = selection._without_marginal({"wh": [*many, once], "multiple_choice": [once]}, salience)
    assert kept["wh"] == many and kept["multiple_choice"] == []


def test_a_short_text_keeps_every_fact(analysis):
    once = _question(analysis, "Wo entspringt die Schüss?", "in einem Karstgebiet", "Die Schüss entspringt", "wo")
    assert analysis.word_count < selection.LONG_TEXT
    assert once in selection.select({"wh": [once]}, analysis, 4, [])


def test_a_long_encyclopedia_sheet_asks_no_detail_named_once(nlp, devdata):
    from quizgen.config import Options
    from quizgen.pipeline import build_material
    from quizgen.reading import read_article

    analysis = analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Eisenstadt.txt"))
    assert analysis.word_count >= selection.LONG_TEXT
    salience = selection._salience(analysis)
    details = [q for q in build_material(analysis, Options()).questions
               if q.type in ("wh", "true_false") or q.type == "multiple_choice" and q.focus == "content"]
    assert sum(q.type == "wh" for q in details) >= selection.MIN_WH
    assert all(selection.central(q, salience) for q in details), [q.prompt for q in details]
