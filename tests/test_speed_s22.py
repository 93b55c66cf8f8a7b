"""Session 22, speed (issue 12): the memo of ``topic_names`` keeps the answers it memoises.
``topic_names`` is asked by three question generators for the same clause and each adds its own
names to what it gets: a caller's additions must not reach the next caller."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.reference import topic_names
from quizgen.model import Article

KRETA = "Kreta ist eine Insel im Mittelmeer. Auf der Insel leben viele Menschen."


def _analysis(nlp, title: str, text: str):
    return analyze(nlp, Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),)))


def test_topic_names_gives_each_caller_its_own_copy(nlp):
    analysis = _analysis(nlp, "Kreta", KRETA)
    sentence = analysis.sentences[1]
    clause = next(c for c in sentence.clauses if c.kind == "main")
    first = topic_names(analysis, sentence, clause)
    assert list(first.values()) == ["Auf Kreta"]  # "Auf der Insel" is the island the text defines
    first[(0, 1)] = "Kreta"  # what a generator adds for a pronoun
    assert topic_names(analysis, sentence, clause) == {k: v for k, v in first.items() if k != (0, 1)}


def test_topic_names_are_each_article_s_own(nlp):
    # the same second sentence in two articles: the clause is the same, the topic is not
    kreta = _analysis(nlp, "Kreta", KRETA)
    rhodos = _analysis(nlp, "Rhodos", KRETA.replace("Kreta", "Rhodos"))
    for analysis, name in ((kreta, "Kreta"), (rhodos, "Rhodos"), (kreta, "Kreta")):
        sentence = analysis.sentences[1]
        clause = next(c for c in sentence.clauses if c.kind == "main")
        assert list(topic_names(analysis, sentence, clause).values()) == [f"Auf {name}"]
