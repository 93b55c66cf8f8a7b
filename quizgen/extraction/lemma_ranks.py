"""How common a German lemma is: the summed frequency of its forms, and its rank among lemmas.

Graded word lists (Goethe / Profile Deutsch) count lemmas, not word forms: "Häuser" and
"Haus" are one word to learn. The table is built from wordfreq's 100,000 most frequent German
forms: each form is lemmatised with simplemma (MIT, ~1 s for all of them; HanTa is ~30× slower)
and its frequency added to its lemma. wordfreq folds case, so a form that is also the form of
a noun in the lexicon ("stellen" – die Stellen, "tage" – die Tage) has its frequency split
evenly between the readings; a form that is only a proper name in Wiktionary (berlin, philipp)
is left out, since names are not vocabulary and would push real words down the ranking.
Function words are ranked like every other lemma: the graded lists contain them too (der, und,
in are A1 words), so list sizes and ranks count the same things.

A second table sums, for each lemma, the frequency of the nouns of the lexicon that end in it
(Tee·kanne, Kaffee·kanne, Gieß·kanne for Kanne): an everyday thing is often named by its
compounds, which written news spreads thin (:func:`head_zipf`).

Built on first use (about 4 s) and cached as SQLite in the user cache like
:mod:`.frequency`; later processes read only the lemmas they ask for.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from importlib import metadata
from typing import Any

from ..cache import cache_dir, tables

FORMS = 100_000  # wordfreq forms read: below this, Zipf < ~2.3, far past every band cut-off
TABLE_VERSION = 3
HEAD_MIN = 4  # letters of the shortest head counted, and of the shortest modifier before it: 3


def _build() -> dict[str, dict[str, Any]]:
    import simplemma
    from wordfreq import get_frequency_list

    from ..analysis.lexicon import noun_lexicon

    lexicon = noun_lexicon()
    names = lexicon.names()
    totals: dict[str, float] = defaultdict(float)
    seen = 0
    for index, bucket in enumerate(get_frequency_list("de")):
        frequency = 10 ** (-index / 100)
        for form in bucket:
            seen += 1
            if not form.isalpha():
                continue
            capitalised = form[:1].upper() + form[1:]
            lemma = simplemma.lemmatize(form, lang="de").casefold()
            nouns = {noun.casefold() for noun, _ in lexicon.forms(capitalised)}
            if not nouns and lemma == form and capitalised in names:
                continue
            readings = {lemma} | nouns
            for reading in readings:
                totals[reading] += frequency / len(readings)
        if seen >= FORMS:
            break
    lemmas = {lemma: round(math.log10(total) + 9, 3) for lemma, total in totals.items()}
    heads: dict[str, float] = defaultdict(float)
    for lemma, total in totals.items():
        if len(lemma) < 3 + HEAD_MIN or lexicon.lookup(lemma.capitalize(), compound_fallback=False) is None:
            continue
        for split in range(3, len(lemma) - HEAD_MIN + 1):
            if lemma[split:] in totals:
                heads[lemma[split:]] += total
    compounds = {head: round(math.log10(total + totals[head]) + 9, 3) for head, total in heads.items()}
    return {"lemmas": lemmas, "heads": compounds, "ranked": {"zipf": sorted(lemmas.values(), reverse=True)}}


@lru_cache(maxsize=1)
def _tables() -> Mapping[str, Mapping[str, Any]]:
    versions = "-".join(_version(name) for name in ("wordfreq", "simplemma", "german-nouns"))
    path = cache_dir() / f"lemma-ranks-v{TABLE_VERSION}-{versions}.sqlite"
    return tables(path, _build, stale_prefix="lemma-ranks-")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def lemma_zipf(lemma: str) -> float:
    """Zipf value of the lemma's forms summed (0.0 when none of them is among the 100,000)."""
    return float(_tables()["lemmas"].get(lemma.removeprefix("sich ").casefold(), 0.0))


def head_zipf(head: str) -> float:
    """Zipf value of the lemma's forms and of the nouns of the lexicon ending in it summed
    (Kanne with Teekanne, Kaffeekanne, Gießkanne), or its :func:`lemma_zipf` when no noun ends in it."""
    return float(_tables()["heads"].get(head.casefold(), lemma_zipf(head)))


@lru_cache(maxsize=16)
def zipf_at_rank(rank: int) -> float:
    """The Zipf value a lemma needs to be among the ``rank`` most frequent lemmas."""
    values = _tables()["ranked"]["zipf"]
    return float(values[min(rank, len(values)) - 1])
