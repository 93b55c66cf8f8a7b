"""The four stages, called in order: read → analyse → extract → generate → export."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from . import __version__
from .analysis import analyze_many, load_pipeline
from .config import DEFAULT_TYPES, Options
from .exporters import registry
from .exporters.files import write_all
from .extraction import estimate_level, extract_facts, extract_vocabulary
from .generation import make_clozes, make_questions
from .generation.reparse import names_of
from .generation.suitability import unsuitable_sentences
from .model import Analysis, Article, Material, VocabItem
from .reading import read_article

__all__ = ["build_material", "export_material", "load_pipeline", "materials", "read_article"]


def build_material(analysis: Analysis, options: Options) -> Material:
    """Extraction and generation for one analysed article; the lines generated from it are
    read again with its names (``reparse.names_of``)."""
    with names_of(analysis):
        avoid = unsuitable_sentences(analysis)
        vocabulary = _away_from(extract_vocabulary(analysis, options), avoid)
        facts = extract_facts(analysis)
        clozes = tuple(note for note in make_clozes(analysis, vocabulary, facts, options) if note.sentence not in avoid)
        questions = make_questions(analysis, vocabulary, facts, options)
    return Material(
        analysis=analysis,
        vocabulary=vocabulary,
        facts=facts,
        clozes=clozes,
        questions=questions,
        level=estimate_level(analysis, vocabulary),
        meta={"quizgen": __version__, "seed": str(options.seed)},
        warnings=shortfalls(vocabulary, clozes, questions, options),
    )


def _away_from(vocabulary: tuple[VocabItem, ...], avoid: frozenset[int]) -> tuple[VocabItem, ...]:
    """The vocabulary without the words a passage unfit for a class (``suitability``) brings in:
    a word whose card would quote that passage as its example."""
    return tuple(item for item in vocabulary if item.sentence not in avoid)


def shortfalls(vocabulary, clozes, questions, options: Options) -> tuple[str, ...]:
    """What a learner or teacher asked for and this text could not give, one line each."""
    warnings = []
    if not vocabulary and options.max_words:
        warnings.append("no vocabulary items (every word is below the level or known)")
    if not clozes and "apkg" in options.formats:
        warnings.append("no cloze cards: no sentence with a word worth learning")
    if options.questions:
        made = {question.type for question in questions}
        missing = [name for name in options.types if name not in made]
        chosen = options.types != DEFAULT_TYPES  # types the user asked for by name
        if not questions:
            warnings.append("no questions: the text is too short or has no sentence to ask about")
        elif 2 * len(questions) < options.questions or (chosen and missing):
            none = f", none of type {', '.join(missing)}" if missing else ""
            warnings.append(f"only {len(questions)} of {options.questions} questions{none}: the text is too short for more")
    return tuple(warnings)


def materials(articles: Iterable[Article], options: Options, nlp=None) -> Iterator[Material]:
    """Analyse articles in batches with one pipeline and build their material."""
    nlp = nlp if nlp is not None else load_pipeline(options.model)
    for analysis in analyze_many(nlp, articles):
        yield build_material(analysis, options)


def export_material(
    material: Material, options: Options, formats: tuple[str, ...] | None = None
) -> list[Path]:
    """Render every requested format (``options.formats`` unless given), then write all
    files at once; returns the files written. A text too plain for a single card or question
    gets no Anki deck beside its other files (the warnings say why); asked for alone, the deck
    is refused with its reason."""
    exporters = registry()
    files: dict[Path, bytes] = {}
    names = list(options.formats if formats is None else formats)
    if "apkg" in names and len(names) > 1 and not (material.vocabulary or material.clozes or material.questions):
        names.remove("apkg")
    for name in names:
        for file_name, payload in exporters[name].render(material, options).items():
            files[options.output / file_name] = payload
    return write_all(files)
