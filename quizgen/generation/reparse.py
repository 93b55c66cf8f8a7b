"""Generated strings analysed again: one parse per string for every round-trip check.

The W-question checks (``wellformed``), the statement checks (``paraphrase.well_formed``,
``wellformed.well_formed_statement``) and the statement generator read a generated question or
statement as the offline pipeline analyses it on its own. One statement passes through several
of these checks, so the parses live in one cache here instead of one per module: each string is
analysed once per process (before, a statement was analysed twice, and the re-analysis of
generated strings was close to half of a full build).

Generation reads the analysis stage here (a later stage may use an earlier one).

While an article's material is built (``names_of``), its lines are analysed with the article's
names instead of the trained entity model: a question takes its names from the article, and
the model, run on each of some 550 lines of 11 articles, was half of their analysis.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from ..analysis.entities import KnownNames
from ..model import Analysis, Article, Sentence

# Distinct strings analysed while building the 41 development articles: about 4,200; the cache
# of the lines read outside a build holds a few articles' worth (a Sentence is a few kB).
CACHE_SIZE = 8192


# The article whose material is being built (``names_of``): its names and the lines parsed with
# them. A line read with one article's names is never asked for with another's (``KnownNames``
# compare by identity), so the parses go when the article's build ends instead of filling a
# process-wide cache with Sentences no later article can use.
_articles: list[tuple[KnownNames, dict[str, Sentence | None]]] = []


@contextmanager
def names_of(analysis: Analysis) -> Iterator[None]:
    """Within it, ``parse_line`` reads the names of ``analysis``'s article: "Kim Jong Un" in
    "Was besichtigte Kim Jong Un?" is the person the article names, found without the model."""
    sentences = analysis.sentences
    names = KnownNames(
        (
            tuple(token.text for token in sentences[entity.sentence].tokens if entity.start <= token.start < entity.end),
            entity.label,
        )
        for entity in analysis.entities
        if entity.sentence < len(sentences)
    )
    _articles.append((names, {}))
    try:
        yield
    finally:
        _articles.pop()


def parse_line(text: str) -> Sentence | None:
    """``text`` analysed by the offline pipeline, or None when it is not one sentence."""
    if not _articles:
        return _parsed(text)
    names, parsed = _articles[-1]
    if text not in parsed:
        parsed[text] = _parse(text, names)
    return parsed[text]


@lru_cache(maxsize=CACHE_SIZE)
def _parsed(text: str) -> Sentence | None:
    """A line read outside a build, with the trained entity model."""
    return _parse(text, None)


def _parse(text: str, names: KnownNames | None) -> Sentence | None:
    from ..analysis import analyze, load_pipeline

    article = Article(title="", text=text, source="", stem="reparse", paragraphs=((0, len(text)),))
    sentences = analyze(load_pipeline("offline"), article, known=names).sentences
    return sentences[0] if len(sentences) == 1 else None


# The components a reading of words, tags and lemmas can do without: the entity model is two
# thirds of the analysis of a short string, and the clause rules read its entities.
WORDS_ONLY_WITHOUT = ("quizgen_entities", "quizgen_clauses")


@lru_cache(maxsize=CACHE_SIZE)
def tag_line(text: str) -> Sentence | None:
    """``text`` split into sentences, tagged and lemmatised as ``parse_line`` does, without
    entities and clauses (``ent_label`` empty, no ``clauses``), or None when it is not one
    sentence: for a check that reads only words, tags and lemmas (an answer's head noun)."""
    from ..analysis import analyze, load_pipeline

    article = Article(title="", text=text, source="", stem="reparse", paragraphs=((0, len(text)),))
    sentences = analyze(load_pipeline("offline"), article, without=WORDS_ONLY_WITHOUT).sentences
    return sentences[0] if len(sentences) == 1 else None
