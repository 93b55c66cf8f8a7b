"""Session 23, speed and memory (issue 12): the lines an article's checks read again are kept
while that article is built and freed when its build ends. Behaviour only, no timings."""

from __future__ import annotations

from quizgen.analysis import analyze, load_pipeline
from quizgen.generation import reparse
from quizgen.generation.reparse import names_of, parse_line
from quizgen.model import Article

TEXT = "Oskar Schindler kaufte 1939 in Krakau eine Fabrik. Dort arbeiteten viele Juden."


def _analysis():
    article = Article(title="", text=TEXT, source="", stem="speed", paragraphs=((0, len(TEXT)),))
    return analyze(load_pipeline("offline"), article)


def test_a_line_is_parsed_once_per_article_and_freed_after_its_build():
    line = "Was kaufte Oskar Schindler 1939 in Krakau?"
    with names_of(_analysis()):
        first = parse_line(line)
        assert parse_line(line) is first  # the statement and question checks share one parse
        assert [text for _, parsed in reparse._articles for text in parsed] == [line]
    assert first is not None and [t.ent_label for t in first.tokens][2:4] == ["PER", "PER"]
    assert reparse._articles == []  # nothing of the article outlives its build
    with names_of(_analysis()):  # the next article (its own names) reads the line afresh
        again = parse_line(line)
    assert again is not first
    assert [(t.text, t.tag, t.lemma) for t in again.tokens] == [(t.text, t.tag, t.lemma) for t in first.tokens]
