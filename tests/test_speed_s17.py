"""Build speed (issue 12): a line generated from an article is read again with the article's
names instead of the trained entity model. Behaviour only, no timings."""

from __future__ import annotations

from quizgen.analysis import analyze, load_pipeline
from quizgen.analysis.entities import EntityRecognizer, KnownNames
from quizgen.generation import reparse
from quizgen.generation.reparse import names_of, parse_line
from quizgen.model import Article

TEXT = (
    "Kim Jong Un hat eine Munitionsfabrik in Pjöngjang besucht. "
    "Die Vereinigten Staaten werfen Nordkorea vor, Raketen an Russland zu liefern."
)


def _analysis(text: str = TEXT):
    article = Article(title="", text=text, source="", stem="speed", paragraphs=((0, len(text)),))
    return analyze(load_pipeline("offline"), article)


def _labels(sentence) -> list[tuple[str, str]]:
    return [(token.text, token.ent_label) for token in sentence.tokens if token.ent_label]


def test_a_question_takes_the_labels_of_the_article_names_it_repeats(monkeypatch):
    analysis = _analysis()
    model_calls = []
    model_entities = EntityRecognizer._model_entities
    monkeypatch.setattr(
        EntityRecognizer, "_model_entities", lambda self, doc: model_calls.append(doc.text) or model_entities(self, doc)
    )
    with names_of(analysis):
        question = parse_line("Was hat Kim Jong Un in Pjöngjang besucht?")
    assert question is not None
    assert _labels(question) == [("Kim", "PER"), ("Jong", "PER"), ("Un", "PER"), ("Pjöngjang", "LOC")]
    assert model_calls == []  # the article's names, not the model


def test_the_longest_article_name_wins_and_a_part_of_a_word_is_no_name():
    analysis = _analysis()
    with names_of(analysis):
        statement = parse_line("Die Vereinigten Staaten liefern keine Raketen nach Pjöngjang.")
    assert statement is not None
    assert ("Vereinigten", "LOC") in _labels(statement) and ("Staaten", "LOC") in _labels(statement)
    doc = load_pipeline("offline").make_doc("Kimchi ist kein Name aus dem Text.")
    assert KnownNames([(("Kim",), "PER")]).at(doc, 0) is None  # "Kimchi" is not "Kim"


def test_a_line_without_names_of_the_article_gets_none_from_them():
    with names_of(_analysis()):
        line = parse_line("Die Fabrik stellt seit dem Jahr 2016 mehr Munition her.")
    assert line is not None
    assert _labels(line) == []


def test_outside_a_build_the_model_reads_the_line_as_before():
    text = "Kim Jong Un besuchte eine Fabrik."
    with names_of(_analysis()):
        inside = parse_line(text)
    outside = parse_line(text)
    assert outside is not inside  # one cache entry per article's names, one without
    assert _labels(outside) == [("Kim", "PER"), ("Jong", "PER"), ("Un", "PER")]
    assert reparse._articles == []  # the article's names and lines are gone after its build
