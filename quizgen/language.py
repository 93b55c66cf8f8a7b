"""Is this text German? A fast check on function words, before any analysis runs.

Function words are the most frequent words of every language and nearly disjoint between
languages, so their shares tell the language of a text of a few dozen words reliably.
"""

from __future__ import annotations

import re

from .errors import InputError

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "German": frozenset({
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den", "des",
        "mit", "sich", "auf", "für", "von", "zu", "im", "auch", "es", "sie", "er", "wir", "ich",
        "ihr", "sind", "wird", "wurde", "haben", "hat", "werden", "war", "aus", "bei", "nach",
        "wie", "noch", "nur", "über", "oder", "aber", "wenn", "dass", "um", "am", "vom", "zum",
        "zur", "kann", "als", "man", "einem", "einer", "diese", "dieser", "dieses", "sein", "seine",
        "keine", "durch",
    }),
    "English": frozenset({
        "the", "and", "is", "not", "a", "an", "of", "to", "in", "that", "it", "for", "on", "with",
        "as", "was", "are", "by", "this", "be", "at", "from", "or", "have", "has", "had", "which",
        "were", "but", "they", "their", "been", "would", "there", "what", "who", "will", "can",
        "its", "also", "more", "than", "when",
    }),
    "French": frozenset({
        "le", "la", "les", "et", "est", "un", "une", "des", "du", "de", "en", "que", "qui", "dans",
        "pour", "pas", "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "ils", "sont",
        "ont", "été", "par", "mais", "ou", "plus", "comme", "nous", "vous", "leur",
    }),
    "Spanish": frozenset({
        "el", "la", "los", "las", "y", "es", "un", "una", "de", "del", "en", "que", "por", "para",
        "con", "no", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "son", "está",
        "este", "esta",
    }),
    "Italian": frozenset({
        "il", "lo", "la", "gli", "le", "e", "è", "un", "una", "di", "del", "della", "che", "in",
        "per", "con", "non", "si", "sono", "da", "al", "alla", "come", "più", "ma", "anche",
        "questo",
    }),
    "Dutch": frozenset({
        "de", "het", "een", "en", "van", "is", "niet", "dat", "op", "te", "met", "zijn", "voor",
        "aan", "er", "maar", "ook", "als", "bij", "nog", "wordt", "werd", "door", "uit", "naar",
        "heeft", "hebben",
    }),
    "Portuguese": frozenset({
        "o", "a", "os", "as", "e", "é", "um", "uma", "de", "do", "da", "dos", "das", "em", "que",
        "para", "com", "não", "se", "por", "mais", "como", "mas", "foi", "são", "está",
    }),
}

_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str, sample: int = 4000) -> tuple[str, float]:
    """The most likely language among a few and the share of its function words."""
    words = [word.lower() for word in _WORD.findall(text[: sample * 8])][:sample]
    if not words:
        return "unknown", 0.0
    scores = {
        language: sum(1 for word in words if word in vocabulary) / len(words)
        for language, vocabulary in _FUNCTION_WORDS.items()
    }
    best = max(scores, key=scores.__getitem__)
    if scores[best] < 0.04:
        return "unknown", scores[best]
    return best, scores[best]


def check_german(text: str, source: str) -> None:
    """Raise ``InputError`` when the text does not look German (``--force`` skips the check)."""
    words = _WORD.findall(text[:40000])
    if len(words) < 12:
        return  # too little to tell; the German pipeline will do what it can
    language, share = guess_language(text)
    if language == "German":
        return
    if language == "unknown":
        looks = "no language quizgen recognises"
    else:
        looks = f"{language} ({share:.0%} {language} function words)"
    raise InputError(f"{source}: does not look like German text, it looks like {looks}; use --force to go on")
