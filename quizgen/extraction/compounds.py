"""Compound splitting for understanding: Munitionsfabrik → Munition + Fabrik.

HanTa's morphological analysis gives the parts and linking elements (Fugen: -s-, -n-, …).
Short pieces (prefix-like "ab") and verb stems ("fahr") are joined to the next piece when
the result is a known noun (ab + Schuss → Abschuss, fahr + Rad → Fahrrad). A split is only
returned when every part is a known noun or a reasonably frequent word of three letters or
more, so that a learner never sees a false split such as Organisation → Organ + Is + Ation.
"""

from __future__ import annotations

from functools import lru_cache

from ..analysis.hanta import hanta_tagger
from ..analysis.lexicon import noun_lexicon
from .frequency import zipf_frequency

_CONTENT = {"NN", "NN_VAR", "ADJ", "VV", "NE", "ADV", "CARD"}


def _noun(piece: str) -> str:
    return piece[:1].upper() + piece[1:]


def _known(word: str) -> bool:
    return noun_lexicon().is_noun(word) or zipf_frequency(word) >= 3.0


@lru_cache(maxsize=20000)
def split_compound(lemma: str) -> tuple[str, ...]:
    """The parts of a compound noun as nouns/words, or () when it is not a safe compound."""
    if "-" in lemma:
        parts = tuple(part for part in lemma.split("-") if part)
        return parts if len(parts) > 1 and all(_known(p) or p.isupper() for p in parts) else ()
    _, morphemes, _ = hanta_tagger().analyze(lemma, taglevel=3)
    pieces = [(text, tag) for text, tag in morphemes if tag in _CONTENT]
    if len(pieces) < 2:
        return ()
    merged: list[tuple[str, str]] = []
    for text, tag in pieces:
        if merged:
            previous, previous_tag = merged[-1]
            joined = _noun(previous + text)
            if (len(previous) <= 3 or previous_tag == "VV") and noun_lexicon().is_noun(joined):
                merged[-1] = (previous + text, "NN")
                continue
        merged.append((text, tag))
    if len(merged) < 2:
        return ()
    parts = tuple(_noun(text) if tag.startswith("NN") else text for text, tag in merged)
    parts = tuple(part.replace("ß", "ss") if part.lower() not in lemma.lower() else part for part in parts)
    if not all(len(part) >= 3 and _known(part) for part in parts):
        return ()
    return parts


# Linking elements (Fugen) a modifier may end in before the head: Arbeit·s·schritt, Bund·es·kanzler.
_LINKS = ("es", "en", "s", "n")


@lru_cache(maxsize=20000)
def head_split(lemma: str) -> tuple[str, ...]:
    """(modifier, head) of a compound noun that HanTa knows as one word, as the noun lexicon
    finds its head (the longest noun it ends in), or (): Nationalmannschaft → (national,
    Mannschaft), Nordosten → (Nord, Osten), Kurzgeschichte → (kurz, Geschichte), which
    :func:`split_compound` leaves whole. The modifier, its linking element dropped, must be a
    known noun (Arbeit·s·schritt: Arbeit), else a frequent word of three letters or more (see
    ``_known``: national), so that a mere
    string is no part (Geburts·tag: the lexicon's head "Stag" leaves "Geburt"; a caller that
    reads the parts' meanings rejects such a split)."""
    entry = noun_lexicon().compound_entry(lemma)
    if entry is None or not entry.head or len(entry.head) >= len(lemma) or "-" in lemma:
        return ()
    modifier = lemma[: len(lemma) - len(entry.head)]
    candidates = [piece for piece in (modifier, *(modifier[: -len(link)] for link in _LINKS if modifier.endswith(link)))
                  if len(piece) >= 3]
    noun = next((_noun(piece) for piece in candidates if noun_lexicon().is_noun(_noun(piece))), "")
    if noun:
        return (noun, entry.head)
    word = next((piece.lower() for piece in candidates if _known(piece.lower())), "")
    return (word, entry.head) if word else ()
