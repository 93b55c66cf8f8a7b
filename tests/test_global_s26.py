"""Session 26: paragraph topic lines that name a topic, not copy a sentence (issue 12).

Round 24's readers judged the lines of the "Worum geht es in welchem Absatz?" task mostly bad:
first-sentence fragments as indirect questions ("Was man aus Kork hatte", "Wann Lindbergh geboren
wurde"), a spare line that was a paragraph's topic, three lines for three paragraphs. Their
rewrites were noun phrases: "Lage und Klima", "Entdeckung und Forschung".
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.generation.global_task import (
    KIND_CUES,
    PARAGRAPH_PROMPT,
    _copies,
    _nominal,
    _paragraph_parts,
    _sentences_by_paragraph,
    _title,
    global_task,
)
from quizgen.generation.reparse import names_of
from quizgen.reading import read_article

KLEXIKON = Path(__file__).resolve().parent.parent.parent / "shared" / "devdata" / "articles" / "klexikon"
W_WORDS = ("Was", "Wo", "Wohin", "Woher", "Warum", "Wozu", "Wie", "Wann", "Wer", "Welche", "Welchem", "Worin", "Wonach")


def _analysis(nlp, name: str):
    path = KLEXIKON / f"{name}.txt"
    if not path.exists():
        pytest.skip("devdata articles are not available here")
    return analyze(nlp, read_article(path))


def _lines(analysis) -> dict[str, str]:
    """Paragraph label → its topic line, for every paragraph that has one."""
    by_paragraph = _sentences_by_paragraph(analysis)
    parts = _paragraph_parts(analysis, analysis.article.paragraph_numbers(), by_paragraph, _title(analysis))
    return {part.label: part.line for part in parts}


@pytest.fixture(scope="module")
def galapagos(nlp):
    return _analysis(nlp, "Galapagosinseln")


def test_the_galapagos_paragraphs_are_headed_by_their_topics(galapagos):
    """Readers asked for "Lage und Klima" and "Entdeckung und Forschung": the first paragraph says
    where the islands lie and why it is not hot there, the fourth who discovered and explored them.
    The second opens with the volcanoes and goes on about animals and their protection: round 25
    judged "Die Entstehung der Galapagosinseln" off its point, so it has no line (session 27)."""
    lines = _lines(galapagos)
    assert lines["Absatz 1"] == "Lage und Klima"
    assert "Absatz 2" not in lines
    assert lines["Absatz 4"] == "Entdeckung und Erforschung"


def test_the_spare_line_fits_no_paragraph_of_the_text(nlp):
    """The line left over names a kind of content no sentence of the text shows a cue of, so it
    fits no paragraph, listed or not (Badminton's spare line was paragraph 4's topic)."""
    galapagos = _analysis(nlp, "Aare")  # the Galapagos paragraphs give two lines since session 27
    with names_of(galapagos):
        (question,) = global_task(galapagos, random.Random(1), topic_lines=True)
    (extra,) = set(question.options) - set(question.answer)
    assert len(question.options) == len(question.prompt_items) + 1 and len(question.prompt_items) >= 3
    kind = next(kind for kind in KIND_CUES if kind in extra)
    assert not any(KIND_CUES[kind].search(s.text) for s in galapagos.sentences)
    assert f"Übrig bleibt die Zeile „{extra}“: sie passt zu keinem Absatz." in question.explanation
    assert question.prompt.startswith(PARAGRAPH_PROMPT)


@pytest.mark.parametrize(("name", "label", "line"), [
    ("Tabak", "Absatz 3", "Die Nutzung des Tabaks"),  # "wurde … als Medizin verwendet", three times
    ("Tabak", "Absatz 5", None),  # Gefahren: the paragraphs on the harvest and child labour show it more
    ("Charles_Lindbergh", "Absatz 2", "Herkunft und Familie"),  # geboren, Sohn einer Familie, Vater, Mutter
    ("Badminton", "Absatz 3", "Der Unterschied zum Federball"),  # the contrast (session 30); not "Hobbys" for "Spaß in der Freizeit": a spare line's kind
    ("Charles_Lindbergh", "Absatz 5", "Entführung und Verurteilung"),  # entführte, verurteilt (not "wollte … erpressen")
    ("Galapagosinseln", "Absatz 3", "Die Bevölkerung der Galapagosinseln"),  # "… erkunden" is a rule, no "Erkundung"
    ("Badminton", "Absatz 4", "Die Spielregeln von Badminton"),  # the rules of play (session 30: not their nouns "Netz und Spielfeld")
])
def test_a_paragraph_is_named_by_what_its_clauses_show(nlp, name, label, line):
    assert _lines(_analysis(nlp, name)).get(label) == line


@pytest.mark.parametrize("name", ["Charles_Lindbergh", "Badminton", "Woche", "Eisenstadt", "Tabak"])
def test_no_line_is_a_question_or_a_copy(nlp, name):
    """Round 24: "Was man aus Kork hatte", "Wann Lindbergh geboren wurde", "Welchem Obergott der
    Mittwoch gehörte": no W-word, and no three consecutive words of the paragraph."""
    analysis = _analysis(nlp, name)
    by_paragraph = _sentences_by_paragraph(analysis)
    parts = _paragraph_parts(analysis, analysis.article.paragraph_numbers(), by_paragraph, _title(analysis))
    for part in parts:
        assert part.line.split()[0] not in W_WORDS, part.line
        assert not _copies(part.line, by_paragraph[part.paragraphs[0]]), part.line
        assert len(part.line.split()) <= 6


def test_a_line_copying_three_words_is_recognised(galapagos):
    first = _sentences_by_paragraph(galapagos)[min(_sentences_by_paragraph(galapagos))]
    assert _copies("eine Gruppe von Inseln", first)  # "… sind eine Gruppe von neunzehn Inseln"
    assert not _copies("Lage und Klima", first)


def test_an_event_is_named_by_its_verbs_noun():
    assert _nominal("erforschen") == "Erforschung"
    assert _nominal("entdecken") == "Entdeckung"
    assert _nominal("anbauen") is None  # no "Anbauung"


def test_the_title_is_named_in_the_genitive_or_with_von(nlp, galapagos):
    assert _title(galapagos).genitive == "der Galapagosinseln"
    assert _title(_analysis(nlp, "Tabak")).genitive == "des Tabaks"
    assert _title(_analysis(nlp, "Sofia")).genitive == "von Sofia"


def test_three_lines_get_a_spare_one(nlp):
    """Badminton has topics for three paragraphs: three lines and one that fits none (round 24:
    three lines for three paragraphs and no spare line give the last one free)."""
    analysis = _analysis(nlp, "Badminton")
    with names_of(analysis):
        questions = global_task(analysis, random.Random(1), topic_lines=True)
        again = global_task(analysis, random.Random(1), topic_lines=True)
    assert questions == again  # deterministic
    (question,) = questions
    (extra,) = set(question.options) - set(question.answer)
    words = [w for w in re.findall(r"\w+", extra) if len(w) > 4 and w != "Badminton"]
    assert words and not any(w.lower()[:5] in analysis.article.text.lower() for w in words)


def test_a_history_heading_is_not_listed_beside_a_section_of_dates(nlp):
    """Wikipedia's Aare: "Flusshistorie" fits the section on medieval borders, rafting and shipping
    (Mittelalter, 13. Jahrhundert, Antike) as well as its own (round 24), so the two are not
    listed together."""
    path = KLEXIKON.parent / "wikipedia" / "Aare.txt"
    if not path.exists():
        pytest.skip("devdata articles are not available here")
    analysis = analyze(nlp, read_article(path))
    for question in global_task(analysis, random.Random(1)):
        assert not {"Flusshistorie", "Frühe Nutzung"} <= set(question.answer)
