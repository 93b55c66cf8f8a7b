"""English glosses from a German–English dictionary read at run time.

Two formats:
- **Ding** (Debian's ``trans-de-en``, GPL; auto-detected at ``/usr/share/trans/de-en``):
  ``Haus {n} | Häuser {pl} :: house | houses``. Only the first sub-entry of a line is used
  (the headword; later ones are phrases and plurals).
- **TSV** (``--dictionary FILE.tsv``): ``Wort<TAB>gloss; gloss[<TAB>POS]``, ``#`` comments.

Choosing the sense: a naive first-line pick gives Haus → "establishment". Candidates are the
lines whose headword is the lemma with a marker of the right part of speech ({m} {f} {n}
{pl} for nouns, {vt} {vi} {vr} for verbs, {adj}, {adv}). Support adds up over lines: the
word's own entry (one headword followed by its inflections) counts most, synonym lists,
subject fields and narrowing qualifiers ("(mit Rädern)") less, regional, colloquial or archaic
English alternatives little. The score multiplies support by how common the English word is
(sell before vend) and lowers English idioms of several words. Up to three senses; no gloss
rather than a doubtful one (a best score below MIN_SCORE).

The dictionary is never copied into the repository; the parsed index is cached in the user's
cache directory (an SQLite table read on demand), keyed by the file's path, size and
modification time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..cache import cache_dir, source_key, tables
from ..errors import InputError

DING_PATHS = (Path("/usr/share/trans/de-en"), Path("/usr/share/dict/de-en.txt"))
MAX_SENSES = 3
MIN_ENGLISH_ZIPF = 2.0  # rarer English words are not offered as the only gloss
MIN_SUPPORT = 0.3  # senses with less dictionary support are not even indexed
MIN_SCORE = 0.9  # support × English commonness of the best sense; below it no gloss is shown
INDEX_VERSION = 11

_POS_MARKERS = {
    "m": "NOUN", "f": "NOUN", "n": "NOUN", "pl": "NOUN", "m,f": "NOUN", "m,n": "NOUN", "f,n": "NOUN",
    "v": "VERB", "vt": "VERB", "vi": "VERB", "vr": "VERB", "vt,vi": "VERB", "vi,vt": "VERB", "vt,vr": "VERB",
    "adj": "ADJ", "adv": "ADV", "adj,adv": "ADJ", "adv,adj": "ADV",
}
_BAD_REGISTER = re.compile(r"\[(?:Br|Am|Sc|Austr|Ir|NZ|Can|Ind|SAfr)\.\]|\[(?:coll|slang|obs|rare|vulg|archaic|dated|poet|humor|pej|fig|dialect)\.?\]")
_TAG = re.compile(r"\[[a-z]+\.\]")
_BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|/[^/]*/")


@dataclass(frozen=True, slots=True)
class Sense:
    english: str
    pos: str
    rank: float  # dictionary support, higher is better
    zipf: float  # how common the English word is (computed when the index is built)
    ordered: bool = False  # from a user's TSV dictionary: its order is the ranking


def _strip_nested(text: str) -> str:
    """Drop bracketed parts before splitting on ';' (they may contain ';' themselves)."""
    previous = None
    while previous != text:
        previous, text = text, _BRACKETS.sub("", text)
    return text


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", _BRACKETS.sub("", text)).strip(" ;,")


def _split_top(text: str) -> list[str]:
    """Split on ';' outside brackets: "lock; castle (Br.); a (b; c)" → three parts."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char in "([{"
        depth -= char in ")]}"
        if char == ";" and depth <= 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _ding_entries(line: str) -> list[tuple[str, str, str, float]]:
    """(lemma, pos, english, weight) pairs from the headword sub-entry of one Ding line.

    Every German alternative of the headword pairs with every English alternative; a pair
    weighs less the further back either stands. The word's own entry (one German headword,
    followed by its inflected forms: "Haus {n} | Häuser {pl}") weighs most; a line narrowed by
    a German qualifier ("Fahrzeug {n} (mit Rädern)") or a subject field weighs less; an
    English alternative marked regional, colloquial or archaic weighs little.
    """
    german, sep, english = line.partition(" :: ")
    if not sep:
        return []
    german_parts = german.split(" | ")
    german_first = german_parts[0]
    english_first = re.sub(r"\s/[^/]*/", "", english.split(" | ")[0])  # "government /Gov.; Govt./"
    markers = re.findall(r"\{([^}]+)\}", german_first)
    pos = next((_POS_MARKERS[m] for m in markers if m in _POS_MARKERS), "")
    if not pos:
        return []
    damping = 0.85 if _TAG.search(german_first) else 1.0
    if re.search(r"\([^)]*[A-ZÄÖÜ][^)]*\)", german_first):
        damping *= 0.4  # a narrowed sense: (mit Rädern), (Schiff; Flugzeug)
    lemmas = [
        re.sub(r"\b(?:jdn|jdm|jds|etw)\.\s*|^sich\s+", "", _clean(part)).strip()
        for part in _strip_nested(german_first).split(";")
    ][:4]
    if len(lemmas) == 1:
        damping *= 2.0  # the word's own entry, not a list of synonyms
        second = german_parts[1] if len(german_parts) > 1 else ""
        if "{pl}" in second or (pos == "VERB" and second.strip().endswith("end")):
            damping *= 1.5  # the main entry, with the word's inflected forms
    glosses: list[tuple[str, float]] = []
    for part in _split_top(english_first)[:4]:
        weight = 0.3 if _BAD_REGISTER.search(part) else 1.0
        gloss = re.sub(r"\b(?:sb|sth|jdn|jdm|etw)\.(?:/sth\.)?|<>|\s+\.", "", _clean(_strip_nested(part)))
        gloss = re.sub(r"\s+", " ", gloss).strip(" ;,.")
        if gloss and len(gloss.split()) <= (4 if pos == "VERB" else 3) and (pos != "VERB" or gloss.startswith("to ")):
            glosses.append((gloss, weight))
    entries = []
    for i, lemma in enumerate(lemmas):
        if not lemma or " " in lemma:
            continue
        for j, (gloss, weight) in enumerate(glosses):
            entries.append((lemma, pos, gloss, weight * damping / ((1 + i) * (1 + 0.5 * j))))
    return entries


def _english_zipf(gloss: str) -> float:
    from wordfreq import zipf_frequency  # only needed while an index is built

    words = [word for word in re.findall(r"[A-Za-z]+", gloss) if word not in ("to", "a", "an", "the", "sb", "sth")]
    if not words:
        return 0.0
    return min(zipf_frequency(word, "en") for word in words)


def _cache_path(path: Path) -> Path:
    return cache_dir() / f"glossary-v{INDEX_VERSION}-{source_key(path, INDEX_VERSION)}.sqlite"


# "lemma<TAB>POS" → [(gloss, POS, support, English Zipf[, ordered])]
Index = dict[str, list[tuple]]


def _key(lemma: str, pos: str) -> str:
    return f"{lemma}\t{pos}"


def _parse_ding(path: Path) -> Index:
    index: Index = {}
    support: dict[tuple[str, str], dict[str, float]] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("#") or " :: " not in line:
                continue
            for lemma, pos, gloss, weight in _ding_entries(line.rstrip("\n")):
                weights = support.setdefault((lemma, pos), {})
                weights[gloss] = weights.get(gloss, 0.0) + weight
    for key, weights in support.items():
        kept = [
            (gloss, key[1], weight, _english_zipf(gloss))
            for gloss, weight in weights.items()
            if weight >= MIN_SUPPORT
        ]
        if kept:  # senses below the support threshold are never shown: not worth loading
            index[_key(*key)] = kept
    return index


def _parse_tsv(path: Path) -> Index:
    index: Index = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) < 2 or not columns[0].strip() or not columns[1].strip():
                raise InputError(f"{path}:{number}: expected 'word<TAB>gloss[; gloss][<TAB>POS]', got {line[:60]!r}")
            word = columns[0].strip()
            word = re.sub(r"^(der|die|das|sich)\s+", "", word)
            pos = columns[2].strip().upper() if len(columns) > 2 and columns[2].strip() else ""
            for rank, gloss in enumerate(part.strip() for part in columns[1].split(";")):
                if gloss:
                    index.setdefault(_key(word, pos), []).append((gloss, pos, 10.0 - rank, _english_zipf(gloss), True))
    if not index:
        raise InputError(f"{path}: no entries (expected 'word<TAB>gloss' lines)")
    return index


class Glossary:
    def __init__(self, index: Mapping[str, list[tuple]], source: Path) -> None:
        self._index = index
        self.source = source

    def senses(self, lemma: str, pos: str) -> tuple[str, ...]:
        """Up to three English senses for a lemma of a part of speech; () when unsure.

        A sense's score is its dictionary support times a factor for how common the English
        word is (sell before vend, government before regimen): learners need the everyday
        translation first. Further senses must score at least 70% of the best one.
        """
        raw = list(self._index.get(_key(lemma, pos), ())) + list(self._index.get(_key(lemma, ""), ()))
        if not raw and pos == "ADV":
            raw = list(self._index.get(_key(lemma, "ADJ"), ()))
        candidates = [Sense(*entry) for entry in raw]
        if not candidates:
            return ()
        scored = sorted(((_score(sense), sense) for sense in candidates), key=lambda pair: -pair[0])
        best = scored[0][0]
        if best < MIN_SCORE:
            return ()
        chosen: list[str] = []
        for score, sense in scored:
            if sense.english in chosen:
                continue
            if score < best * 0.7:
                break
            if sense.pos and sense.zipf < MIN_ENGLISH_ZIPF and not chosen:
                continue
            chosen.append(sense.english)
            if len(chosen) == MAX_SENSES:
                break
        return tuple(chosen)


def _score(sense: Sense) -> float:
    if sense.ordered:  # a user's TSV dictionary: its own order
        return sense.rank
    words = len(sense.english.removeprefix("to ").split())
    common = min(3.0, max(0.1, 10 ** (0.5 * (sense.zipf - 4.5))))
    return sense.rank * common * 0.6 ** (words - 1)  # "to come on strong" is an idiom, not the word


def default_dictionary() -> Path | None:
    return next((path for path in DING_PATHS if path.is_file()), None)


@lru_cache(maxsize=4)
def load_glossary(path: Path | None) -> Glossary | None:
    """The glossary at ``path``, or Debian's Ding file when installed, or None."""
    explicit = path is not None
    path = path or default_dictionary()
    if path is None:
        return None
    if not path.is_file():
        raise InputError(f"{path}: dictionary not found")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: dictionary is empty")

    def build() -> dict[str, Index]:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(20000)
        if " :: " in head:
            index = _parse_ding(path)
        elif "\t" in head:
            index = _parse_tsv(path)
        else:
            raise InputError(
                f"{path}:1: unknown dictionary format (expected Ding 'Wort :: word' or TSV 'Wort<TAB>word')"
            )
        if not index and explicit:
            raise InputError(f"{path}: no dictionary entries found")
        return {"senses": index}

    found = tables(_cache_path(path), build, stale_prefix="glossary-")
    return Glossary(found.get("senses", {}), path)
