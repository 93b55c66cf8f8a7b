"""Generated strings analysed again: one parse per string for every round-trip check.

The W-question checks (``wellformed``), the statement checks (``paraphrase.well_formed``,
``wellformed.well_formed_statement``) and the statement generator read a generated question or
statement as the offline pipeline analyses it on its own. One statement passes through several
of these checks, so the parses live in one cache here instead of one per module: each string is
analysed once per process (before, a statement was analysed twice, and the re-analysis of
generated strings was close to half of a full build).

Generation reads the analysis stage here (a later stage may use an earlier one).
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Article, Sentence

# Distinct strings analysed while building the 41 development articles: about 4,200; the cache
# holds a few articles' worth (a Sentence of a question is a few kB).
CACHE_SIZE = 8192


@lru_cache(maxsize=CACHE_SIZE)
def parse_line(text: str) -> Sentence | None:
    """``text`` analysed by the offline pipeline, or None when it is not one sentence."""
    from ..analysis import analyze, load_pipeline

    article = Article(title="", text=text, source="", stem="reparse", paragraphs=((0, len(text)),))
    sentences = analyze(load_pipeline("offline"), article).sentences
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
