"""English glosses from a German–English dictionary read at run time.

Formats (see :mod:`.dictionaries` for where the file comes from):
- **Ding** (Debian's ``trans-de-en``, GPL): ``Haus {n} | Häuser {pl} :: house | houses``.
  Only the first sub-entry of a line is used (the headword; later ones are forms and phrases).
- **FreeDict** dictd (Debian's ``dict-freedict-deu-eng``: ``.index`` + ``.dict[.dz]``) and
  FreeDict's **TEI** release: one entry per sense, ``<v, intr>`` part of speech, ``Note: von``
  for the construction (parsed in :mod:`.freedict`).
- **TSV** (``--dictionary FILE.tsv``): ``Wort<TAB>gloss; gloss[<TAB>POS]``, ``#`` comments.

Each sense is indexed with its part of speech, its dictionary support and, for verbs, the
preposition of its construction: Ding writes "von einer Sache abhängen :: to depend on sth.",
"über etw. verfügen :: to have sth. at one's disposal", "abhängen {vi} (von) :: to depend (on)".
Support adds up over lines: the word's own entry (one headword followed by its inflections)
counts most; a headword whose line lists more common German synonyms ("Raum; Gegend :: area")
less (its position on the line says little: "Landesgrenze; Staatsgrenze; Grenze :: border");
a qualifier ("(mit Rädern)"), a narrow English use ("to pass (card game)") or a subject field
less; regional, colloquial or archaic English alternatives little ("colour [Br.]; color [Am.]"
is a spelling pair, not a regional word). "sich" in the German marks a reflexive sense, and
"Pflanzen anbauen" beside plain synonyms is a sense of anbauen. Each sense keeps the German
words of its lines' examples and qualifiers as cues, and for verbs what it takes: {vt}/{vi},
a person ("jdn.") or a thing ("etw.") as direct object. Which sense an article needs is chosen
in :mod:`.senses`.

The dictionary is never copied into the repository; the parsed index is cached in the user's
cache directory (an SQLite table read on demand), keyed by the file's path, size and
modification time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from ..cache import cache_dir, source_key, tables
from ..errors import InputError
from ..model import Analysis, Sentence
from .senses import Context, Sense, choose, cue_words

MIN_SUPPORT = 0.12  # senses with less dictionary support are not even indexed
NARROWED = 0.7  # a German qualifier: "Fahrzeug (mit Rädern)"
INDEX_VERSION = 37

_POS_MARKERS = {
    "m": "NOUN", "f": "NOUN", "n": "NOUN", "pl": "NOUN", "m,f": "NOUN", "m,n": "NOUN", "f,n": "NOUN",
    "v": "VERB", "vt": "VERB", "vi": "VERB", "vr": "VERB", "vt,vi": "VERB", "vi,vt": "VERB", "vt,vr": "VERB",
    "adj": "ADJ", "adv": "ADV", "adj,adv": "ADJ", "adv,adj": "ADV",
}
PREPOSITIONS = frozenset(
    ["an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach", "über", "um", "unter", "von", "vor", "zu", "zwischen", "wegen"]
)
_BAD_REGISTER = re.compile(
    r"\[(?:Br|Am|Sc|Austr|Ir|NZ|Can|Ind|SAfr)\.\]|\[(?:coll|slang|obs|rare|vulg|archaic|dated|poet|humor|pej|fig|dialect|formal)\.?\]"
)
_GERMAN_REGION = re.compile(r"\[(?:Schw|Ös|Süddt|Norddt|BW|Bayr|Westös|Ostös|DDR|ugs|veraltet|veraltend|poet|geh|altertümlich|selten|slang|vulg|pej|übtr)\.?\]")
_TAG = re.compile(r"\[[^\]]+\]")
_BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|/[^/]*/|<[^>]*>")
_PLACEHOLDER = re.compile(r"^(?:jd[nmsr]|etw|sich)\.?(?:/(?:jd[nmsr]|etw)\.)*$|^(?:einer|einem|eine)$|^Sache$")
_ENGLISH_QUALIFIER = re.compile(r"\((?!(?:on|of|to|with|about|for|from|in|at|by|over|into|against|sb\.|sth\.)[\s)/]|sb\.|sth\.)[^)]*\)")
ENGLISH_NARROWED = 0.5
_ENGLISH_PREP_NOTE = re.compile(r"\((on|of|to|with|about|for|from|in|at|by|over|into|against)\)")

# "lemma<TAB>POS" → [(gloss, POS, support, English Zipf, ordered, preposition, cues, marks)]
Index = dict[str, list[tuple]]
# lemma, POS, gloss, weight, preposition, cues[, marks: what a verb sense takes (see _valency)]
Entry = tuple[str, str, str, float, str, frozenset[str]] | tuple[str, str, str, float, str, frozenset[str], str]
MAX_CUES = 80  # German words kept per sense from its lines' examples and qualifiers


def _key(lemma: str, pos: str) -> str:
    return f"{lemma}\t{pos}"


def _strip_nested(text: str) -> str:
    """Drop bracketed parts (they may contain ';' themselves)."""
    previous = None
    while previous != text:
        previous, text = text, _BRACKETS.sub("", text)
    return text


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


def _german_headword(alternative: str, pos: str) -> tuple[str, str, bool]:
    """(lemma, preposition, narrowed) of one German alternative; lemma '' for a phrase.

    "von einer Sache abhängen" → ("abhängen", "von"); "abhängen (von)" → ("abhängen", "von");
    "ehemalige(r/s)" → ("ehemalig", ""); "Fahrzeug (mit Rädern)" is narrowed.
    """
    text = re.sub(r"e\((?:r/s|r,s|r/e/s|s/r)\)", "e", alternative)
    adjective_form = text != alternative
    preposition, narrowed = "", False
    for inner in re.findall(r"\(([^()]*)\)", text):
        words = inner.replace(";", " ").replace("/", " ").replace(",", " ").split()
        if words and words[0] in PREPOSITIONS and all(w in PREPOSITIONS or _PLACEHOLDER.match(w) for w in words):
            preposition = preposition or words[0]
        elif words and words[0] in PREPOSITIONS:
            continue  # a noun's or adjective's construction: (zu jdm.), (mit; zu)
        elif re.search(r"[A-ZÄÖÜ]", inner) and inner not in ("Sache", "Person", "Personen", "Sachen"):
            narrowed = True
    text = re.sub(r",\s*(?:etw\.\s*)?zu tun\b.*", "", _strip_nested(text))
    words = text.split()
    lemma_words: list[str] = []
    reflexive = False
    for k, word in enumerate(words):
        if _PLACEHOLDER.match(word):
            reflexive = reflexive or word == "sich"
            continue
        following = words[k + 1] if k + 1 < len(words) else ""
        if word in PREPOSITIONS and _PLACEHOLDER.match(following) and following != "sich" and not lemma_words:
            preposition = preposition or word
            continue
        lemma_words.append(word)
    if len(lemma_words) != 1:
        return "", "", narrowed
    if pos == "VERB" and not preposition and re.search(r"(?:^|[\s;])jdm\.(?!/)", re.sub(r"\([^)]*\)", "", alternative)):
        preposition = "+dat"  # "jdm. etw. sagen :: to tell sb. sth.": needs a dative object
    lemma = lemma_words[0].strip(".,")
    if adjective_form and pos == "ADJ" and lemma.endswith("e"):
        lemma = lemma[:-1]
    if pos != "VERB":
        return lemma, "", narrowed
    return lemma, " ".join(part for part in ("sich" if reflexive else "", preposition) if part), narrowed


def _valency(alternative: str, marker: str) -> str:
    """What a verb sense takes, as letters: t(ransitive), i(ntransitive), and for a direct object
    p(erson, "jdn.") or s (thing, "etw."). ``marker`` is the Ding marker of the alternative or of
    the group it ends ("abheben; starten {vi}"). A placeholder after a preposition ("mit etw.")
    or a dative ("jdm.") is no direct object; a typical object ("Lose ziehen") is one."""
    letters = {"vt": "t", "vi": "i", "vt,vi": "ti", "vi,vt": "ti", "vt,vr": "t"}.get(marker, "")
    if _object_and_verb(alternative)[0]:
        letters = "s"
    words = _strip_nested(alternative).split()
    for k, word in enumerate(words):
        if k and words[k - 1] in PREPOSITIONS:
            continue
        kinds = {part.strip(".") for part in word.split("/")}
        if "jdn" in kinds:
            letters += "p"
        if "etw" in kinds:
            letters += "s"
    if ("p" in letters or "s" in letters) and "t" not in letters:
        letters += "t"
    return "".join(sorted(set(letters)))


def _markers(alternatives: list[str]) -> list[str]:
    """Each alternative's Ding marker: its own, else the next one on the line ("abheben; starten {vi}")."""
    found = [next((m for m in re.findall(r"\{([^}]+)\}", part) if m in _POS_MARKERS), "") for part in alternatives]
    following = ""
    for k in range(len(found) - 1, -1, -1):
        following = found[k] = found[k] or following
    return found


def _more_common(lemma: str, heads: list[tuple[str, str, bool]]) -> int:
    """How many synonyms on the line are more common German words than the lemma: "Landesgrenze;
    Staatsgrenze; Grenze :: border" lists the specific words first, but Grenze is the everyday
    word for that sense; "Raum; Gegend :: area" gives the sense to Raum more than to Gegend."""
    from .frequency import zipf_frequency

    own = zipf_frequency(lemma)
    return sum(1 for other, _, _ in heads if other and other != lemma and zipf_frequency(other) > own + 0.3)


def _object_and_verb(alternative: str) -> tuple[str, str, bool]:
    """ "Pflanzen anbauen" beside the synonyms "züchten; kultivieren": the verb with its typical
    object, a narrowed sense of the verb alone."""
    match = re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+ ([a-zäöüß]+(?:en|ern|eln))", _strip_nested(alternative).strip())
    return (match.group(1), "", True) if match else ("", "", False)


def _english_glosses(english_first: str, pos: str, preposition: str, narrowed: bool = False) -> list[tuple[str, float]]:
    """(gloss, weight) for the English alternatives of a line's first sub-entry.

    "colour [Br.]; color [Am.]" is one word in two spellings, not a regional word; an English
    qualifier restating a German one ("Bildung (Wissensvermittlung) :: education (instruction)")
    narrows the sense only once.
    """
    found: list[tuple[str, float]] = []
    spellings = "[Br.]" in english_first and "[Am.]" in english_first
    for part in _split_top(english_first)[:5]:
        register = part.replace("[Br.]", "").replace("[Am.]", "") if spellings else part
        weight = 0.3 if _BAD_REGISTER.search(register) else 1.0
        if preposition:
            part = _ENGLISH_PREP_NOTE.sub(r"\1", part)
        if not narrowed and _ENGLISH_QUALIFIER.search(part):
            weight *= ENGLISH_NARROWED  # "to pass (card game)", "to attend (pay attention)": a narrow use
        gloss = re.sub(r"\b(?:sb|sth|jdn|jdm|etw)\.(?:/(?:sb|sth)\.)*|\bone['’]s\b|\boneself\b|<>", "", _strip_nested(part))
        gloss = re.sub(r"\s+to do$", "", re.sub(r"\s+", " ", gloss).strip(" ;,."))
        if not gloss or len(gloss.split()) > (5 if pos == "VERB" else 3) or re.search(r"/|\b(?:your|one's|somebody)\b", gloss):
            continue  # "to be/get caught", "to extend your house": not a gloss a card can show
        if pos == "VERB" and not gloss.startswith("to "):
            continue
        found.append((gloss, weight))
    return found


def _ding_entries(line: str) -> list[Entry]:
    """(lemma, pos, english, weight, preposition) from the headword sub-entry of one Ding line.

    Every German alternative of the headword pairs with every English alternative; a pair
    weighs less the further back either stands. The word's own entry (one German headword,
    followed by its inflected forms: "Haus {n} | Häuser {pl}") weighs most.
    """
    german, sep, english = line.partition(" :: ")
    if not sep:
        return []
    german_parts = german.split(" | ")
    german_first = german_parts[0]
    english_first = re.sub(r"\s/[^/]*/", "", english.split(" | ")[0]).replace("’", "'")  # "government /Gov./"
    markers = re.findall(r"\{([^}]+)\}", german_first)
    pos = next((_POS_MARKERS[m] for m in markers if m in _POS_MARKERS), "")
    if not pos:
        return []
    damping = 0.85 if _TAG.search(german_first) else 1.0
    if _GERMAN_REGION.search(german_first):
        damping *= 0.5
    alternatives = _split_top(german_first)[:5]
    heads = [_german_headword(part, pos) for part in alternatives]
    if pos == "VERB" and any(lemma for lemma, _, _ in heads):
        heads = [head if head[0] else _object_and_verb(part) for part, head in zip(alternatives, heads)]
    second = german_parts[1] if len(german_parts) > 1 else ""
    if "{pl}" in second or (pos == "VERB" and re.search(r"end\b", second)):
        damping *= 1.5  # a main entry, with the word's inflected forms
    if len(alternatives) == 1:
        damping *= 1.4  # the word's own entry, not a list of synonyms
    entries: list[Entry] = []
    markers = _markers(alternatives) if pos == "VERB" else [""] * len(alternatives)
    for (lemma, preposition, narrowed), part, marker in zip(heads, alternatives, markers):
        if not lemma:
            continue
        factor = damping * (NARROWED if narrowed else 1.0) / (1 + 0.5 * _more_common(lemma, heads))
        line_cues = cue_words(german, lemma)
        marks = _valency(part, marker) if pos == "VERB" else ""
        for j, (gloss, weight) in enumerate(_english_glosses(english_first, pos, preposition.removeprefix("sich").strip(), narrowed)):
            entries.append((lemma, pos, gloss, weight * factor / (1 + 0.5 * j), preposition, line_cues, marks))
    return entries + _noun_sub_entries(german, german_parts, english)


_SUB_NOUN = re.compile(r"[A-ZÄÖÜ][\w-]+ \{[mfn]\}(?:; [A-ZÄÖÜ][\w-]+ \{[mfn]\})*")
SUB_ENTRY = 1.0  # a noun met as a later sub-entry ("Probe … | Generalprobe {f} :: … | dress rehearsal")


def _noun_sub_entries(german: str, german_parts: list[str], english: str) -> list[Entry]:
    """The nouns a line lists after its headword, each with its own English part: Ding pairs the
    n-th German part with the n-th English one ("Generalprobe {f}" :: "dress rehearsal"), and
    compounds often stand only there. Plain nouns with their gender, no phrases."""
    english_parts = english.split(" | ")
    if len(english_parts) != len(german_parts):
        return []
    entries: list[Entry] = []
    for german_part, english_part in zip(german_parts[1:], english_parts[1:], strict=True):
        if not _SUB_NOUN.fullmatch(german_part.strip()):
            continue
        english_part = re.sub(r"\s/[^/]*/", "", english_part).replace("’", "'")
        for part in _split_top(german_part)[:3]:
            lemma, _, narrowed = _german_headword(part, "NOUN")
            if not lemma or " " in lemma:
                continue
            for j, (gloss, weight) in enumerate(_english_glosses(english_part, "NOUN", "", narrowed)):
                entries.append((lemma, "NOUN", gloss, SUB_ENTRY * weight / (1 + 0.5 * j), "", cue_words(german, lemma), ""))
    return entries


def _stem(word: str) -> str:
    """A crude English stem, enough to match "reported", "reports" with "report"."""
    return re.sub(r"(?:ing|ed|es|s)$", "", word.lower()) if len(word) > 4 else word.lower()


def _head_words(gloss: str) -> frozenset[str]:
    words = [w for w in re.findall(r"[A-Za-z]+", gloss) if w not in _ENGLISH_SMALL]
    return frozenset(_stem(w) for w in words[:1])


_ENGLISH_SMALL = frozenset(["to", "a", "an", "the", "be", "sb", "sth", "of", "on", "in", "at", "for", "with", "from", "by", "up", "down", "out", "off"])


def _with_usage(index: Index, path: Path, only: frozenset[str] | None) -> Index:
    """Add how often a sense is used in the dictionary's phrases and examples.

    Every sub-entry pair ("Das hängt davon ab :: That depends"; "die Wahrheit sagen :: to
    tell the truth") in which the German lemma (or an inflected form of it: lemma plus at
    most three letters) and the sense's English head word stand together counts for that
    sense: the everyday sense of a word is the one its idioms and examples use.
    """
    heads: dict[str, dict[frozenset[str], list[int]]] = {}
    for key, senses in index.items():
        lemma = key.split("\t", 1)[0]
        for number, sense in enumerate(senses):
            heads.setdefault(lemma, {}).setdefault(_head_words(sense[0]), []).append(number)
            heads[lemma].setdefault(frozenset(), [])
    counts: dict[tuple[str, int], int] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            german, sep, english = line.partition(" :: ")
            if not sep or (only is not None and not any(word in line for word in only)):
                continue
            for german_part, english_part in zip(german.split(" | "), english.split(" | "), strict=False):
                words = {w for w in re.findall(r"[A-Za-zÄÖÜäöüß]+", german_part)}
                lemmas = {w for w in words if w in heads} | {
                    w[:-k] for w in words for k in (1, 2, 3) if len(w) > k + 3 and w[:-k] in heads
                }
                if not lemmas:
                    continue
                english_words = {_stem(w) for w in re.findall(r"[A-Za-z]+", english_part)}
                for lemma in lemmas:
                    for head, numbers in heads[lemma].items():
                        if head and head <= english_words:
                            for number in numbers:
                                counts[lemma, number] = counts.get((lemma, number), 0) + 1
    adjusted: Index = {}
    for key, senses in index.items():
        lemma, pos = key.split("\t", 1)
        family = _family_stems(index, lemma) if pos == "VERB" else frozenset()
        adjusted[key] = [
            (
                sense[0], sense[1],
                sense[2] * (1 + counts.get((lemma, number), 0)) ** 0.5 * (2.0 if _head_prefix(sense[0]) in family else 1.0),
                *sense[3:],
            )
            for number, sense in enumerate(senses)
        ]
    return adjusted


def _head_prefix(gloss: str) -> str:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", gloss) if w not in _ENGLISH_SMALL]
    return words[0][:5] if words and len(words[0]) >= 4 else ""


def _family_stems(index: Index, verb: str) -> frozenset[str]:
    """English stems of the nouns derived from a verb: berichten → Bericht (report),
    herstellen → Herstellung, Hersteller (production, manufacturer): the verb's main sense
    is the one its family shares."""
    stem = verb[:-2] if verb.endswith("en") else verb[:-1]
    nouns = {stem[:1].upper() + stem[1:] + suffix for suffix in ("", "ung", "er")}
    found: set[str] = set()
    for noun in nouns:
        senses = sorted(index.get(_key(noun, "NOUN"), ()), key=lambda sense: -sense[2])[:3]
        found.update(_head_prefix(sense[0]) for sense in senses)
    return frozenset(found - {""})


def _english_zipf(gloss: str) -> float:
    from wordfreq import zipf_frequency  # only needed while an index is built

    words = [word for word in re.findall(r"[A-Za-z]+", gloss) if word not in ("to", "a", "an", "the", "sb", "sth")]
    if not words:
        return 0.0
    return min(zipf_frequency(word, "en") for word in words)


def _collect(entries: Iterable[Entry]) -> Index:
    """Add up the support of each (lemma, POS, gloss, preposition) and index what is enough."""
    support: dict[tuple[str, str], dict[tuple[str, str], float]] = {}
    cues: dict[tuple[str, str, str, str], set[str]] = {}
    marks: dict[tuple[str, str, str, str], set[str]] = {}
    for lemma, pos, gloss, weight, preposition, line_cues, *line_marks in entries:
        weights = support.setdefault((lemma, pos), {})
        weights[gloss, preposition] = weights.get((gloss, preposition), 0.0) + weight
        found = cues.setdefault((lemma, pos, gloss, preposition), set())
        if len(found) < MAX_CUES:
            found.update(line_cues)
        marks.setdefault((lemma, pos, gloss, preposition), set()).update(*line_marks)
    index: Index = {}
    for (lemma, pos), weights in support.items():
        kept = [
            (gloss, pos, weight, _english_zipf(gloss), False, preposition,
             " ".join(sorted(cues[lemma, pos, gloss, preposition])),
             "".join(sorted(marks[lemma, pos, gloss, preposition])))
            for (gloss, preposition), weight in weights.items()
            if weight >= MIN_SUPPORT
        ]
        if kept:
            index[_key(lemma, pos)] = kept
    return index


def _ding_lines(path: Path, only: frozenset[str] | None) -> Iterator[Entry]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("#") or " :: " not in line:
                continue
            if only is not None and not any(word in line for word in only):
                continue
            yield from _ding_entries(line.rstrip("\n"))


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
            word = re.sub(r"^(der|die|das|sich)\s+", "", columns[0].strip())
            pos = columns[2].strip().upper() if len(columns) > 2 and columns[2].strip() else ""
            for rank, gloss in enumerate(part.strip() for part in columns[1].split(";")):
                if gloss:
                    index.setdefault(_key(word, pos), []).append((gloss, pos, 10.0 - rank, _english_zipf(gloss), True, "", "", ""))
    if not index:
        raise InputError(f"{path}: no entries (expected 'word<TAB>gloss' lines)")
    return index


def read_index(path: Path, kind: str, only: frozenset[str] | None = None) -> Index:
    """Parse a dictionary file of a format (``ding``, ``freedict``, ``tei``, ``tsv``) into an index.

    ``only`` limits the work to lines that mention those words (used to verify a download).
    """
    if kind == "tsv":
        return _parse_tsv(path)
    if kind == "ding":
        return _with_usage(_collect(_ding_lines(path, only)), path, only)
    if kind == "freedict":
        from .freedict import dictd_entries

        return _collect(dictd_entries(path, only))
    if kind == "tei":
        from .freedict import tei_entries

        return _collect(tei_entries(path, only))
    raise InputError(f"{path}: unknown dictionary format {kind!r}")


class Glossary:
    """English senses of German lemmas, from one dictionary."""

    def __init__(self, index: Mapping[str, list[tuple]], source: Path) -> None:
        self._index = index
        self.source = source

    def candidates(self, lemma: str, pos: str) -> list[Sense]:
        """Every indexed sense of a lemma with this part of speech (an adverb falls back to the adjective)."""
        raw = list(self._index.get(_key(lemma, pos), ())) + list(self._index.get(_key(lemma, ""), ()))
        if not raw and pos == "ADV":
            raw = list(self._index.get(_key(lemma, "ADJ"), ()))
        return [Sense(*entry) for entry in raw]

    def senses(
        self, lemma: str, pos: str, context: Context | object | None = None, *, sentence: Sentence | None = None, token_i: int | None = None
    ) -> tuple[str, ...]:
        """Up to three English senses for a lemma of a part of speech, the likeliest first; () when unsure.

        ``context`` is the sentence the word stands in (text or a model ``Sentence``): a verb's
        construction there ("hängt von … ab") decides between its senses. ``sentence``, the
        analysed sentence, and ``token_i``, the word's ``Token.i``, tell more: the clause's
        prepositional and direct objects ("to put" needs one, "to take off" none).
        """
        return choose(self.candidates(lemma, pos), Context.of(sentence if sentence is not None else context, lemma, token_i))

    def within(self, analysis: Analysis) -> AnalysedGlossary:
        """This glossary reading an article's analysis, for callers that pass a sentence's text."""
        return AnalysedGlossary(self, analysis)


class AnalysedGlossary:
    """A glossary that looks up the analysed sentence of a sentence text it is given (and the
    first token of the lemma in it): the vocabulary keeps only its example's text."""

    def __init__(self, glossary: Glossary, analysis: Analysis) -> None:
        self.source = glossary.source
        self._glossary = glossary
        self._sentences = {sentence.text: sentence for sentence in reversed(analysis.sentences)}

    def senses(
        self, lemma: str, pos: str, context: Context | object | None = None, *, sentence: Sentence | None = None, token_i: int | None = None
    ) -> tuple[str, ...]:
        if sentence is None and isinstance(context, str):
            sentence = self._sentences.get(context)
            if sentence is not None and token_i is None:
                token_i = next((token.i for token in sentence.tokens if token.lemma == lemma), None)
        return self._glossary.senses(lemma, pos, context, sentence=sentence, token_i=token_i)


def _cache_path(path: Path) -> Path:
    return cache_dir() / f"glossary-v{INDEX_VERSION}-{source_key(path, INDEX_VERSION)}.sqlite"


def default_dictionary() -> Path | None:
    """The dictionary used without ``--dictionary`` (see :func:`.dictionaries.find_dictionary`)."""
    from .dictionaries import find_dictionary

    found = find_dictionary()
    return found.path if found else None


@lru_cache(maxsize=4)
def load_glossary(path: Path | None) -> Glossary | None:
    """The glossary at ``path``, or the installed / system dictionary, or None when there is none."""
    explicit = path is not None
    path = path or default_dictionary()
    if path is None:
        return None
    if not path.is_file():
        raise InputError(f"{path}: dictionary not found")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: dictionary is empty")
    from .dictionaries import detect_format

    kind = detect_format(path)

    def build() -> dict[str, Index]:
        index = read_index(path, kind)
        if not index and explicit:
            raise InputError(f"{path}: no dictionary entries found")
        return {"senses": index}

    found = tables(_cache_path(path), build)
    for stale in cache_dir().glob("glossary-v*.sqlite"):  # older index versions, of any dictionary
        if not stale.name.startswith(f"glossary-v{INDEX_VERSION}-"):
            stale.unlink(missing_ok=True)
    return Glossary(found.get("senses", {}), path)
