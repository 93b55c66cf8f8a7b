"""How common a German word is: its Zipf frequency from wordfreq (Apache-2.0 code, CC BY-SA data).

wordfreq keeps its 634,000 German words in one compressed file that takes a third of a
second to unpack, on every start. The first use copies it into an SQLite table in the user's
cache (see :mod:`quizgen.cache`); later processes read just the words an article asks for.
A word is looked up the way wordfreq looks it up (NFC, case-folded, hyphenated words as
their parts); anything else (digits, apostrophes) goes to wordfreq itself, so the values are
wordfreq's own.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from functools import lru_cache, partial
from importlib import metadata

from ..cache import cache_dir, tables

LANGUAGE = "de"


def _build(language: str = LANGUAGE) -> dict[str, dict[str, float]]:
    from wordfreq import get_frequency_list

    table: dict[str, float] = {}
    for index, bucket in enumerate(get_frequency_list(language)):
        value = _bucket_zipf(index)
        for word in bucket:
            table[word] = value
    return {"zipf": table}


def _bucket_zipf(index: int) -> float:
    """wordfreq's value for a word in centibel bucket ``index``."""
    return _zipf(10 ** (-index / 100))


def _zipf(frequency: float) -> float:
    """wordfreq's rounding: the frequency to 3 significant digits, then Zipf to 2 decimals."""
    frequency = round(frequency, math.floor(-math.log10(frequency)) + 3)
    return round(math.log10(frequency) + 9, 2)


@lru_cache(maxsize=2)
def _table(language: str = LANGUAGE) -> Mapping[str, float]:
    try:
        version = metadata.version("wordfreq")
    except metadata.PackageNotFoundError:
        version = "unknown"
    path = cache_dir() / f"wordfreq-{language}-{version}.sqlite"
    return tables(path, partial(_build, language), stale_prefix=f"wordfreq-{language}-")["zipf"]


@lru_cache(maxsize=50000)
def zipf_frequency(word: str, language: str = LANGUAGE) -> float:
    """The word's Zipf frequency in German, or in ``language`` (0.0 for a word wordfreq does not
    know): wordfreq's ``zipf_frequency(word, language)`` without wordfreq's whole list in memory
    (77 MB for German, 22 MB for English, per process).

    A hyphenated word counts as wordfreq counts it: 1/f = 1/f₁ + 1/f₂ + … over its parts.
    """
    folded = unicodedata.normalize("NFC", word).casefold()
    parts = folded.split("-")
    if all(part.isalpha() for part in parts):
        values = [_table(language).get(part, 0.0) for part in parts]
        if len(values) == 1 or not all(values):
            return values[0] if len(values) == 1 else 0.0
        return _zipf(1 / sum(10 ** (9 - value) for value in values))
    from wordfreq import zipf_frequency as wordfreq_zipf  # digits, apostrophes: wordfreq itself

    return wordfreq_zipf(word, language)


@lru_cache(maxsize=4096)
def english_zipf(word: str) -> float:
    """The word's Zipf frequency in English (0.0 for a word wordfreq does not know): whether a
    German word is also an English one (Hospital, tendency), read from a second cached table
    built on first use like the German one."""
    folded = unicodedata.normalize("NFC", word).casefold()
    return _table("en").get(folded, 0.0) if folded.isalpha() else 0.0
