"""Choosing what matters (issue 12, session 17): an exact day asked for is a chronicle's lookup on
a long text, a date or figure from a paragraph's aside is no main point because it names a noun
the text returns to, a long sheet's W-questions never come back from a side section, and an
article of 250 words or more asks one paragraph's point before a second detail of it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.analysis import analyze
from quizgen.generation import selection
from quizgen.model import Analysis, Question
from quizgen.reading import read_article


def _question(analysis: Analysis, prompt: str, answer: str, start: str, skill: str) -> Question:
    sentence = next(s for s in analysis.sentences if s.text.startswith(start))
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
                    skill=skill)


def _plain(prompt: str, answer: str, skill: str) -> Question:
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=0, evidence="", skill=skill)


def test_a_time_question_answered_by_an_exact_day_is_pinned():
    villamil = _plain("Wann nahm General Jose de Villamil die Galapagosinseln für Ecuador in Besitz?",
                      "am 12. Februar 1832", "wann")
    assert selection.pinned(villamil)


def test_a_year_or_a_day_in_another_role_is_not_pinned():
    darwin = _plain("Wann besuchte Charles Darwin die Galapagosinseln?", "1835", "wann")
    assert not selection.pinned(darwin)  # a year, not a day of the calendar
    # an answer that is no time: the day in it is not what the reader looks up
    nothing = _plain("Was wurde gefilmt?", "das Musikvideo am 20. November 2014", "was")
    assert not selection.pinned(nothing)


@pytest.fixture(scope="module")
def hamburger(nlp, devdata) -> Analysis:
    """The Wikipedia article on the hamburger: 860 words, "Burger" in many sentences."""
    return analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Hamburger.txt"))


def test_a_date_from_a_paragraphs_aside_is_not_central(hamburger):
    salience = selection._salience(hamburger)
    insects = _question(hamburger, "Seit wann bieten verschiedene Schweizer Detailhändler Insekten-Burger an?",
                        "seit dem August 2017", "Seit dem August 2017", "seit wann")
    assert selection.aside(insects, salience) and selection.scanned(insects)
    assert not selection.central(insects, salience)


def test_a_date_from_an_aside_that_names_the_topic_stays_central(nlp, devdata):
    """ "Wann erhielt Eisenstadt das Marktrecht?" (late in its paragraph) was judged good four times,
    as a multiple choice (asked open, "In welchem Jahr …?", bad three times: session 23)."""
    eisenstadt = analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Eisenstadt.txt"))
    salience = selection._salience(eisenstadt)
    market = replace(_question(eisenstadt, "Wann erhielt Eisenstadt das Marktrecht?", "1388",
                               next(s.text for s in eisenstadt.sentences if "Marktrecht" in s.text), "wann"),
                     type="multiple_choice")
    assert market.sentence in salience.asides and selection.scanned(market)
    assert selection.central(market, salience)


def test_the_w_questions_a_long_sheet_needs_never_come_from_a_side_section(nlp, devdata):
    miniatur = analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Miniatur-Welt.txt"))
    salience = selection._salience(miniatur)
    singer = _question(miniatur, "Mit welcher Sängerin wurde im Jahr 2015 gemeinsam eine Aktion für Ein Herz für Kinder gestartet?",
                       "Helene Fischer", "Im Jahr 2015", "mit-welcher")
    assert singer.sentence in salience.sidelines
    kept = selection._without_marginal({"wh": [singer]}, salience)
    assert kept["wh"] == []  # fewer than MIN_WH central W-questions, and still not this one


def _aare(nlp, devdata, tmp_path, paragraphs: int) -> Analysis:
    """The Klexikon article on the Aare (250 words, six paragraphs), or its first paragraphs."""
    text = (devdata / "articles" / "klexikon" / "Aare.txt").read_text(encoding="utf-8")
    if paragraphs:
        text = "\n\n".join(text.strip().split("\n\n")[:paragraphs]) + "\n"
    path = tmp_path / "Aare.txt"
    path.write_text(text, encoding="utf-8")
    return analyze(nlp, read_article(path))


def _two_of_three(analysis: Analysis) -> list[Question]:
    """Two W-questions of the paragraph on the Seeland and one of the paragraph after it."""
    candidates = [
        _question(analysis, "Wohin wurde die Aare geleitet?", "in den Bielersee", "Die Aare wurde dann", "wohin"),
        _question(analysis, "Was lagert die Aare ab?", "all den Sand und die Steine", "Dort lagert sie", "was"),
        _question(analysis, "Was darf man in der Aare?", "baden", "Man darf auch", "was"),
    ]
    return selection._choose_details({"wh": candidates}, {"wh": 2}, selection._salience(analysis), analysis)


def test_a_text_of_250_words_asks_a_second_paragraph_before_a_second_detail(nlp, devdata, tmp_path):
    aare = _aare(nlp, devdata, tmp_path, 0)
    assert aare.word_count >= selection.MANY_WORDS
    chosen = _two_of_three(aare)
    assert len({aare.sentences[q.sentence].paragraph for q in chosen}) == 2, [q.prompt for q in chosen]


def test_a_shorter_text_chooses_as_without_the_rule(nlp, devdata, tmp_path, monkeypatch):
    short = _aare(nlp, devdata, tmp_path, 5)
    assert short.word_count < selection.MANY_WORDS
    chosen = [q.prompt for q in _two_of_three(short)]
    monkeypatch.setattr(selection, "PARAGRAPH_REPEAT", 0.0)
    assert [q.prompt for q in _two_of_three(short)] == chosen


def test_a_text_of_one_paragraph_chooses_as_without_the_rule(nlp, devdata, tmp_path, monkeypatch):
    """An MLQA paragraph or a news item printed as one block: every item is of one paragraph."""
    text = (devdata / "articles" / "klexikon" / "Aare.txt").read_text(encoding="utf-8")
    path = tmp_path / "Aare.txt"
    path.write_text(" ".join(text.split()) + "\n", encoding="utf-8")
    block = analyze(nlp, read_article(path))
    assert block.word_count >= selection.MANY_WORDS and len({s.paragraph for s in block.sentences}) == 1
    chosen = [q.prompt for q in _two_of_three(block)]
    monkeypatch.setattr(selection, "PARAGRAPH_REPEAT", 0.0)
    assert [q.prompt for q in _two_of_three(block)] == chosen
