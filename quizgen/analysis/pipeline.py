"""Building the German ``Language`` and turning its ``Doc`` into plain ``model`` data.

Two configurations of one pipeline:
- offline (always available): ``spacy.blank("de")`` tokenizer → ``quizgen_sentences`` →
  ``quizgen_hanta`` (STTS, UPOS, lemmas, separable verbs) → ``quizgen_lexicon`` (noun gender
  and number) → ``quizgen_entities`` (PER, LOC, ORG, MISC);
- an official spaCy German pipeline when one is installed (``de_core_news_sm/md/lg``): its
  tagger, lemmatizer, parser and NER, plus ``quizgen_sentences`` (paragraph boundaries,
  German quotes), ``quizgen_particles``, ``quizgen_lexicon`` and ``quizgen_entities``, which
  adds to the model's entities.
"""

from __future__ import annotations

import bisect
import importlib.util
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from ..errors import UsageError
from ..model import Analysis, Article, Entity, Sentence
from . import clauses, entities, hanta, lexicon, sentences  # noqa: F401  (registers the components)
from .clauses import CLAUSES_KEY, PLAIN_TOKENS_KEY, plain_tokens
from .entities import KNOWN_KEY, KnownNames
from .sentences import PARAGRAPHS_KEY

OFFICIAL_MODELS = ("de_core_news_lg", "de_core_news_md", "de_core_news_sm")
# A season or a span of years ("die Saison 2016/17", "1914/18") and a fraction ("1/2") are one
# number: spaCy's German tokenizer splits them at the slash, and "17" became an object.
NUMBER_SPAN = re.compile(r"\d{1,4}/\d{1,4}")
# Abbreviations spaCy's German tokenizer does not know: split off, their full stop ended the
# sentence ("Warner Bros." | "Records meldete sich …").
# Abbreviations spaCy's German tokenizer splits from their full stop, which then ends the sentence
# ("Die Reliquien des hl. | Valentin wurden …"): each stands before a name or a date, never at a
# sentence's end.
ABBREVIATIONS = ("Bros.", "hl.", "Hl.", "gest.", "verh.", "einschl.")
# A closing quote glued to the next sentence ("… etwas zu bewegen.“Jolie unterstützte …") was one
# token "bewegen.“Jolie": split off the mark and the quote, so that the sentence ends there.
GLUED_QUOTE = (r"(?<=[a-zäöüß])[.!?](?=[“”])", r"(?<=[.!?])[“”](?=[A-ZÄÖÜ])")
OFFLINE = "offline"


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The pipeline to use: ``None`` picks an installed official model, else the offline one."""
    if model in (None, "auto"):
        for name in OFFICIAL_MODELS:
            if _is_real_model(name):
                return _official(name)
        return _offline()
    if model == OFFLINE:
        return _offline()
    return _official(model)


def _is_real_model(name: str) -> bool:
    """An installed spaCy pipeline package (PyPI's de-core-news-md 999.9.9 is an empty stub)."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return False
    if spec is None or not spec.submodule_search_locations:
        return False
    from pathlib import Path

    return any(Path(location).glob("*/config.cfg") for location in spec.submodule_search_locations)


def _offline() -> Language:
    nlp = spacy.blank("de")
    _keep_number_spans(nlp)
    nlp.add_pipe("quizgen_sentences")
    nlp.add_pipe("quizgen_hanta")
    nlp.add_pipe("quizgen_lexicon")
    nlp.add_pipe("quizgen_entities")
    nlp.add_pipe("quizgen_clauses")
    nlp.meta["name"] = "quizgen_offline"
    lexicon.noun_lexicon()  # load the lexicons now, once per process
    hanta.hanta_tagger()
    return nlp


def _official(name: str) -> Language:
    if not _is_real_model(name):
        raise UsageError(
            f"--model {name}: no such spaCy pipeline installed (install its wheel from a spaCy "
            "release, or use --model offline)"
        )
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, ImportError) as error:
        raise UsageError(f"--model {name}: cannot load it ({error})") from error
    if "tagger" not in nlp.pipe_names and "morphologizer" not in nlp.pipe_names:
        raise UsageError(f"--model {name}: has no tagger, quizgen needs STTS tags")
    _keep_number_spans(nlp)
    nlp.add_pipe("quizgen_sentences", first=True)
    nlp.add_pipe("quizgen_particles")
    nlp.add_pipe("quizgen_lexicon")
    nlp.add_pipe("quizgen_entities", config={"keep_existing": True})
    nlp.add_pipe("quizgen_clauses")
    return nlp


def _keep_number_spans(nlp: Language) -> None:
    """Keep "2016/17" and the ``ABBREVIATIONS`` one token, besides whatever the tokenizer keeps
    whole already; split a ``GLUED_QUOTE``."""
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]  # a German pipeline's is spaCy's Tokenizer
    for abbreviation in ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    tokenizer.infix_finditer = compile_infix_regex(
        (*(nlp.Defaults.infixes or ()), *GLUED_QUOTE)
    ).finditer
    kept = tokenizer.token_match

    def match(text: str) -> bool:
        return bool(NUMBER_SPAN.fullmatch(text) or (kept and kept(text)))

    tokenizer.token_match = match


def _doc_for(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc.user_data[PARAGRAPHS_KEY] = list(article.paragraphs)
    return doc


def analyze(
    nlp: Language, article: Article, *, without: Iterable[str] = (), known: KnownNames | None = None
) -> Analysis:
    """Analyse one article; ``without`` names components left out (a generated answer read for
    its words and tags needs neither entities nor clauses); ``known``: the names of the article
    a generated line was made from, found in it instead of running the entity model."""
    doc = _doc_for(nlp, article)
    if known is not None:
        doc.user_data[KNOWN_KEY] = known
    return to_analysis(nlp(doc, disable=list(without)), article, _name(nlp))


def analyze_many(nlp: Language, articles: Iterable[Article], batch_size: int = 8) -> Iterator[Analysis]:
    """Analyse many articles with ``nlp.pipe``, in order."""
    articles = list(articles)
    docs = (_doc_for(nlp, article) for article in articles)
    for article, doc in zip(articles, nlp.pipe(docs, batch_size=batch_size), strict=True):
        yield to_analysis(doc, article, _name(nlp))


def _name(nlp: Language) -> str:
    meta = nlp.meta
    return "quizgen-offline" if meta.get("name") == "quizgen_offline" else f"{meta.get('lang')}_{meta.get('name')}"


def to_analysis(doc: Doc, article: Article, model: str = "quizgen-offline") -> Analysis:
    """Plain data from a ``Doc``: sentences without whitespace tokens, offsets into the text."""
    plain = doc.user_data.get(PLAIN_TOKENS_KEY) or plain_tokens(doc)  # the clause component's, when it ran
    found_clauses = doc.user_data.get(CLAUSES_KEY, {})
    paragraph_starts = [start for start, _ in article.paragraphs]
    headings = set(article.headings)
    result: list[Sentence] = []
    entity_sentence: dict[int, int] = {}
    for span in doc.sents:
        words = [token for token in span if not token.is_space]
        if not words:
            continue
        index = len(result)
        tokens = tuple(plain[token.i] for token in words)
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        paragraph = max(0, bisect.bisect_right(paragraph_starts, start) - 1)
        for token in words:
            entity_sentence[token.i] = index
        result.append(
            Sentence(
                index=index,
                start=start,
                end=end,
                text=article.text[start:end],
                tokens=tokens,
                paragraph=paragraph,
                is_heading=paragraph in headings or article.title_span == (start, end),
                clauses=found_clauses.get(start, ()),
            )
        )
    found = tuple(
        Entity(
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
            label=ent.label_,
            sentence=entity_sentence.get(ent.start, 0),
        )
        for ent in doc.ents
    )
    return Analysis(article=article, sentences=tuple(result), entities=found, model=model)
