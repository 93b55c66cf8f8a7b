"""Difficulty as a CEFR band, estimated from word frequency.

An estimate, not a placement test: a word's Zipf frequency (wordfreq, German; the sum over
the forms a learner meets — the lemma, the forms in the text and its common inflections) is
mapped to a band. Thresholds, chosen so that everyday words (Haus 5.4, gehen 5.7) land in A1
and rare news words (trilateral 1.2) in C2:

    Zipf ≥ 5.3 → A1 · 4.8–5.3 → A2 · 4.2–4.8 → B1 · 3.6–4.2 → B2 · 3.0–3.6 → C1 · < 3.0 → C2

A compound unknown to the frequency list (Munitionsfabrik) is as hard as its hardest part.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from ..config import LEVELS
from ..model import Analysis, VocabItem
from .frequency import zipf_frequency

BANDS: tuple[tuple[float, str], ...] = ((5.3, "A1"), (4.8, "A2"), (4.2, "B1"), (3.6, "B2"), (3.0, "C1"))


def zipf(words: Iterable[str]) -> float:
    """Zipf frequency of a word counted over several of its forms."""
    total = sum(10 ** zipf_frequency(word) for word in set(words) if word)
    return round(math.log10(total), 2) if total > 1 else 0.0


def band(value: float) -> str:
    for threshold, level in BANDS:
        if value >= threshold:
            return level
    return "C2"


def word_level(lemma: str, pos: str, forms: Iterable[str], frequency: float) -> str:
    """The band of a vocabulary item: ``lemma`` with part of speech ``pos`` (NOUN, VERB, ADJ,
    ADV), ``forms`` the forms counted, ``frequency`` their summed Zipf value."""
    return band(frequency)


def compound_level(lemma: str, frequency: float, parts: tuple[str, ...], level: str) -> str:
    """The band of a compound noun from its parts: a rare compound is as hard as its hardest
    part; ``level`` is the band from its own frequency."""
    if frequency < 3.0:
        return max((band(zipf([part])) for part in parts), key=level_index)
    return level


def level_index(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS) - 1


def estimate_level(analysis: Analysis, vocabulary: tuple[VocabItem, ...] = ()) -> str:
    """The text's level: the band that covers 70% of its content-word tokens; long
    sentences (more than 20 words on average) push it up one band. On the dev articles this
    puts the children's encyclopedia (Klexikon) at A2–B1, Wikipedia at B2–C1 and news at C1."""
    levels: list[int] = []
    for token in analysis.tokens:
        if token.pos in ("NOUN", "VERB", "ADJ", "ADV") and token.text.isalpha() and not token.ent_label:
            levels.append(level_index(band(zipf([token.text, token.lemma]))))
    if not levels:
        return "A1"
    levels.sort()
    index = levels[min(len(levels) - 1, int(len(levels) * 0.7))]
    sentences = [s for s in analysis.sentences if not s.is_heading and s.tokens]
    mean_length = sum(len(s.tokens) for s in sentences) / max(1, len(sentences))
    if mean_length > 20:
        index += 1
    return LEVELS[min(index, len(LEVELS) - 1)]
