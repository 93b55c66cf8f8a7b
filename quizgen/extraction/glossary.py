"""English glosses from a German–English dictionary read at run time.

Formats (see :mod:`.dictionaries` for where the file comes from):
- **Ding** (Debian's ``trans-de-en``, GPL): ``Haus {n} | Häuser {pl} :: house | houses``
  (parsed in :mod:`.ding`).
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
a qualifier ("(mit Rädern)"), a narrow English use ("to pass (card game)"), a German register
marker on the word itself ("Fremdling {m} [poet.]") or a specialist's field ("Ladung {f}
[electr.] :: charge", unless all the word's senses are) less; regional, colloquial or archaic
English alternatives little ("colour [Br.]; color [Am.]" is a spelling pair, not a regional word).
How common a sense's English is comes from wordfreq, for a verb from its verb forms ("to tax"
is rare as a verb, "tax" common as a noun). "sich" in the German marks a reflexive sense, and
"Pflanzen anbauen" beside plain synonyms is a sense of anbauen. Each sense keeps the German
words of its lines' examples and qualifiers as cues, and for verbs what it takes: {vt}/{vi},
a person ("jdn.") or a thing ("etw.") as direct object, and the nouns Ding pairs it with
(its partners: "eine Strecke zurücklegen", "Einbruch der Nacht"). A noun formed from a verb
(Verärgerung from verärgern, Streben from streben) leans to the sense its verb has most
(annoyance, as to annoy), as a verb leans to its nouns'; a verb whose own senses are too weak
for a gloss takes the one its -ung noun is sure of (erobern: Eroberung :: conquest), unless that
sense is a qualified line's, and any verb's sense that noun is sure of counts more (ankündigen:
Ankündigung :: announcement, so "to announce" before "to advertise"). A verb's sense Ding gives with the sentence's object whose English
names none of the object's senses ("Aufsehen erregen :: to turn heads") is the phrase's idiom, not
the verb's: a sense of the same phrase that names it is shown ("to create a stir"), else none. A compound's sense whose English has its first part's main sense
goes first (Uhrmacher: clock, not watch). A sense whose English the dictionary
gives mostly for German words unrelated to the lemma ("to tax": besteuern, not beschuldigen) is
marked, and not listed after the first sense. Which sense an article needs is chosen
in :mod:`.senses`; an adjective standing as an adverb is read with its {adj} and {adv} senses
(without {adv} lines, with the {adj} senses English uses as adverbs first: beständig "constant",
as constantly, not "stable"),
a participle the analysis read as an adjective with werden ("da das Drehbuch nochmal
überarbeitet wurde") is its verb's passive (revised), where the adjective's sense is another
use of that verb (overworked: sich überarbeiten),
and a participle opening a phrase with its preposition (", bedingt durch den Druck,") is its
verb's construction, for which the dictionary has no sense: no gloss; a present participle
with its object before it ("152 Seiten umfassende") is its verb's sense as -ing (covering). A multiword expression
of :mod:`.phrases` is glossed by the senses written there ("im Rahmen": as part of), only
where a dictionary is in use. Read within an article (:meth:`Glossary.within`), the senses
of a subject field the article is about count more (:class:`ArticleTopic`). A noun's senses are
those of the gender it has in the text, where Ding gives that gender an everyday sense (das Bord
"shelf", not der Bord's lines). An example's English word that is another sense of the lemma by
itself counts for that sense only ("industrial farming" is no use of Landwirtschaft's "farm").

The dictionary is never copied into the repository; the parsed index is cached in the user's
cache directory (an SQLite table read on demand), keyed by the file's path, size and
modification time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import cast

from ..cache import cache_dir, older_version, source_key, tables
from ..errors import InputError
from ..model import Analysis, Sentence
from .compound_glosses import composed_gloss
from .ding import FIELD, FIELD_MARK, Entry, _fold, ding_lines
from .phrases import MEANINGS

_ENDING = re.compile(r"(?:ing|ed|es|s)$")
_ENGLISH_WORD = re.compile(r"[A-Za-z]+")
_GERMAN_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
from .senses import (
    GENDER_LETTERS,
    NARROW,
    OTHERS,
    Choice,
    Context,
    Sense,
    _compound_head,
    _english_head,
    _partner_match,
    choose,
    cue_words,
    decide,
    domains,
    on_topic,
    score,
    with_own_word,
)

MIN_SUPPORT = 0.12  # senses with less dictionary support are not even indexed
INDEX_VERSION = 109  # session 31: a noun's "(von einigen Seetieren)" narrows its sense as a genitive qualifier does (Schale "test"); 108, session 30: a shared sense that is the English with a further word makes no relatives (teilnehmen's "to sign"); 106, session 29: a verb's bracketed prepositional object names its construction ("jdn. (zu einer Strafe) verurteilen": zu?)


# "lemma<TAB>POS" → [(gloss, POS, support, English Zipf, ordered, preposition, cues, marks, partners, bound)]
Index = dict[str, list[tuple]]
TRANSPARENT_ZIPF = 4.0  # a noun formed from a verb and rarer than this means what the verb does
MAX_CUES = 80  # German words kept per sense from its lines' examples and qualifiers
PART_AGREEMENT = 3.0  # a compound's sense whose English has a part's main sense (clockmaker for Uhrmacher)
ADVERB_USE = 2.0  # an {adv} -ly sense's support where the adjective stands as an adverb
USED_ADVERB = 3.0  # an English -ly adverb rarer than this (Zipf) and ADVERB_GAP below its adjective is
ADVERB_GAP = 2.0  # not counted for the adjective: English does not use it in the adjective's sense
NOUN_AGREEMENT = 2.0  # a verb sense its -ung noun agrees on gains this share of the verb's best support
LOANWORD_ZIPF = 3.5  # an English word at least this common (Zipf) that the dictionary lacks is its own gloss (Browser)
LOANWORD_MARGIN = 0.5  # … when it is no more than this rarer in English than in German
RARE_GERMAN = 4.0  # a German verb rarer than this (Zipf) has its own English first (erdrücken: to crush, not overwhelm)
UNCOMMON_GERMAN = 3.75  # a noun or verb rarer than this (Zipf) gets no contested English lent by other words' lines (see senses.decide)
OWN_LINE_GERMAN = 4.25  # a noun or adjective rarer than this (Zipf) takes a line it heads before a contested one it only stands in (see senses.decide)
NOUN_FIRST = 1.25  # a verb sense its -ung noun is sure of counts this much more (see Glossary._noun_first)
PLURAL_USE = 2.0  # a plural headword's sense where the sentence has that plural (see Glossary._plural_entry)


def _adjective_zipf(lemma: str) -> float:
    """An adjective's frequency by its commonest form: German writes most adjectives inflected,
    so the bare lemma can be rare while the word is not ("ehemalig" 2.4, "ehemalige" 4.6)."""
    from .frequency import zipf_frequency

    return max(zipf_frequency(form) for form in (lemma, lemma + "e", lemma + "en"))


def _key(lemma: str, pos: str) -> str:
    return f"{lemma}\t{pos}"


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """A crude English stem, enough to match "reported", "reports" with "report"."""
    return _ENDING.sub("", word.lower()) if len(word) > 4 else word.lower()


def _head_word(gloss: str) -> str:
    """A gloss's first content word, lower case ("" for none)."""
    words = [w for w in _ENGLISH_WORD.findall(gloss) if w not in _ENGLISH_SMALL]
    return words[0].lower() if words else ""


def _uses(forms: Mapping[str, set[str]], head: str, alone: set[str]) -> bool:
    """Whether an example's English (``forms``: its words by stem) has a form of a sense's head
    word: "reported" of "to report"; not a word that is another sense of the lemma by itself
    (``alone``): "industrielle Landwirtschaft :: industrial farming" uses the sense "farming", not
    "farm", which Ding gives Landwirtschaft only on the line of landwirtschaftlicher Betrieb, the
    farm. The head of a longer sense is no such word: Abfluss's "draining away" leaves an
    example's "draining" to "drain"."""
    return any(word == head or word not in alone for word in forms.get(_stem(head), ()))


_ENGLISH_SMALL = frozenset(["to", "a", "an", "the", "be", "sb", "sth", "of", "on", "in", "at", "for", "with", "from", "by", "up", "down", "out", "off"])


def _with_usage(index: Index, path: Path, only: frozenset[str] | None) -> Index:
    """Add how often a sense is used in the dictionary's phrases and examples.

    Every sub-entry pair ("Das hängt davon ab :: That depends"; "die Wahrheit sagen :: to
    tell the truth") in which the German lemma (or an inflected form of it: lemma plus at
    most three letters) and the sense's English head word stand together counts for that
    sense: the everyday sense of a word is the one its idioms and examples use.
    """
    heads: dict[str, dict[str, list[int]]] = {}
    alone: dict[str, set[str]] = {}  # the lemma's senses of one English word
    for key, senses in index.items():
        lemma = key.split("\t", 1)[0]
        for number, sense in enumerate(senses):
            heads.setdefault(lemma, {}).setdefault(_head_word(sense[0]), []).append(number)
            if len(sense[0].removeprefix("to ").split()) == 1:
                alone.setdefault(lemma, set()).add(_head_word(sense[0]))
    counts: dict[tuple[str, int], int] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            german, sep, english = line.partition(" :: ")
            if not sep or (only is not None and not any(word in line for word in only)):
                continue
            for german_part, english_part in zip(german.split(" | "), english.split(" | "), strict=False):
                words = {w for w in _GERMAN_WORD.findall(german_part)}
                lemmas = {w for w in words if w in heads} | {
                    w[:-k] for w in words for k in (1, 2, 3) if len(w) > k + 3 and w[:-k] in heads
                }
                if not lemmas:
                    continue
                forms: dict[str, set[str]] = {}
                for word in _ENGLISH_WORD.findall(english_part):
                    forms.setdefault(_stem(word), set()).add(word.lower())
                for lemma in lemmas:
                    for head, numbers in heads[lemma].items():
                        if head and _uses(forms, head, alone.get(lemma, set())):
                            for number in numbers:
                                counts[lemma, number] = counts.get((lemma, number), 0) + 1
    adjusted: Index = {}
    for key, senses in index.items():
        lemma, pos = key.split("\t", 1)
        family = _family_stems(index, lemma) if pos == "VERB" else _verb_stems(index, lemma) if pos == "NOUN" else frozenset()
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
    words = [w.lower() for w in _ENGLISH_WORD.findall(gloss) if w not in _ENGLISH_SMALL]
    return words[0][:5] if words and len(words[0]) >= 4 else ""


def _family_stems(index: Index, verb: str) -> frozenset[str]:
    """English stems of the nouns derived from a verb: berichten → Bericht (report),
    herstellen → Herstellung, Hersteller (production, manufacturer): the verb's main sense
    is the one its family shares."""
    stem = verb[:-2] if verb.endswith("en") else verb[:-1]
    nouns = {stem[:1].upper() + stem[1:] + suffix for suffix in ("", "ung", "er")}
    found: set[str] = set()
    for noun in nouns:
        found.update(_main_prefixes(index.get(_key(noun, "NOUN"), ())))
    return frozenset(found - {""})


def _main_prefixes(senses: Iterable[tuple]) -> list[str]:
    """The English head prefixes of a word's three best-supported senses, a sense's support
    added up over its constructions ("increase", "increase (in)"); bound senses left out."""
    support: dict[str, float] = {}
    for sense in senses:
        if not sense[9]:
            support[_head_prefix(sense[0])] = support.get(_head_prefix(sense[0]), 0.0) + sense[2]
    return sorted(support, key=lambda prefix: -support[prefix])[:3]


def _verb_stems(index: Index, noun: str) -> frozenset[str]:
    """English stems of the verb a rare noun is formed from: Verärgerung → verärgern (to annoy),
    Vervollständigung → vervollständigen (to complete), das Streben → streben (to strive): such
    a noun means what its verb does (annoyance, completion, striving). Common ones have senses
    of their own (Bildung: education, not what bilden does most), and are left alone."""
    from .frequency import zipf_frequency

    lower = noun.lower()
    if zipf_frequency(noun) >= TRANSPARENT_ZIPF:
        return frozenset()
    verbs = {lower} if lower.endswith("en") else {lower[:-3] + "en", lower[:-3] + "n"} if lower.endswith("ung") else set()
    found: set[str] = set()
    for verb in verbs:
        found.update(_main_prefixes(index.get(_key(verb, "VERB"), ())))
    return frozenset(found - {""})


@lru_cache(maxsize=100_000)
def _english_zipf(gloss: str, pos: str = "") -> float:
    """How common the English of a sense is: its rarest word. A verb counts no more than its
    verb forms allow: "tax", "still", "fault" are common as noun or adverb, but taxed, stilled,
    faulted are rare; by the noun's frequency "to tax" beat "to accuse" for beschuldigen."""
    from .frequency import zipf_frequency  # only needed while an index is built

    words = [word for word in _ENGLISH_WORD.findall(gloss) if word not in ("to", "a", "an", "the", "sb", "sth")]
    if not words:
        return 0.0
    found = [zipf_frequency(word, "en") for word in words]
    if pos == "VERB" and gloss.startswith("to ") and len(words[0]) > 2 and words[0].lower() not in _SAME_PAST:
        found[0] = min(found[0], _verb_zipf(words[0].lower()) + VERB_FORM_MARGIN)
    return min(found)


# the linking elements of a German compound: Blüte·n·narbe, Fluss·mündung, Staat·s·grenze, Schul·weg ("-": the modifier's e dropped)
_COMPOUND_LINKS = ("", "n", "en", "s", "es", "-")
VERB_FORM_MARGIN = 0.3  # a verb's past form is about as common as its base form (accused 4.5, accuse 3.7)
# verbs whose past is their base form: "fit" counts its past ("it fit") as well as its noun
_SAME_PAST = frozenset(
    ["bet", "bid", "burst", "cast", "cost", "cut", "fit", "hit", "hurt", "let", "put", "quit", "read", "rid", "set", "shed", "shut", "slit", "split", "spread", "thrust", "upset", "wed"]
)
_DOUBLED = re.compile(r"(?:[^aeiou]|qu)[aeiou][bdgklmnprt]$")  # fit → fitted, fitting; equip → equipped


def _verb_zipf(verb: str) -> float:
    """How common a verb is as a verb: its past form (accused, fitted, applied), or for an
    irregular one, whose regular past is rare, its -ing form (leading)."""
    from .frequency import zipf_frequency

    past = {verb.removesuffix("e") + "ed"} | ({verb[:-1] + "ied"} if re.search(r"[^aeou]y$", verb) else set())
    ing = {verb.removesuffix("e") + "ing" if not verb.endswith("ee") else verb + "ing"}
    if _DOUBLED.search(verb):
        past.add(verb + verb[-1] + "ed")
        ing.add(verb + verb[-1] + "ing")
    regular = max(zipf_frequency(form, "en") for form in past)
    irregular = max(zipf_frequency(form, "en") for form in ing)
    return regular if irregular < regular + 1.0 else irregular


def _collect(entries: Iterable[Entry]) -> Index:
    """Add up the support of each (lemma, POS, gloss, preposition) and index what is enough. A
    sense Ding gives only with a partner ("die Truppe verlassen :: to desert") is kept apart
    from the same English without one: it lends the free sense neither support nor partners.
    A specialist's sense weighs less than an everyday one (Ladung: charge [electr.], load); a
    word Ding lists only in specialists' fields keeps its full support; a sense only from such
    lines is marked F (Ladung: charge, not load), so that it is not shown first before an
    everyday one (see :mod:`.senses`)."""
    support: dict[tuple[str, str], dict[tuple[str, str, bool], float]] = {}
    cues: dict[tuple[str, str, str, str, bool], set[str]] = {}
    marks: dict[tuple[str, str, str, str, bool], set[str]] = {}
    partners: dict[tuple[str, str, str, str, bool], set[str]] = {}
    everyday: set[tuple[str, str]] = set()  # words with a sense from a line of no specialist's field
    specialist: dict[tuple[str, str, str, str, bool], bool] = {}  # a sense only from such lines (marked F)
    narrow: dict[tuple[str, str, str, str, bool], bool] = {}  # a sense only from qualified lines (marked N)
    for lemma, pos, gloss, weight, preposition, line_cues, *rest in entries:
        mark = str(rest[0]) if rest else ""
        with_partners = cast("frozenset[str]", rest[1]) if len(rest) > 1 else frozenset()
        bound = bool(len(rest) > 2 and rest[2])
        if FIELD_MARK not in mark:
            everyday.add((lemma, pos))
        weights = support.setdefault((lemma, pos), {})
        weights[gloss, preposition, bound] = weights.get((gloss, preposition, bound), 0.0) + weight
        key = (lemma, pos, gloss, preposition, bound)
        found = cues.setdefault(key, set())
        if len(found) < MAX_CUES:
            found.update(line_cues)
        marks.setdefault(key, set()).update(mark.replace(FIELD_MARK, "").replace(NARROW, ""))
        specialist[key] = specialist.get(key, True) and FIELD_MARK in mark
        narrow[key] = narrow.get(key, True) and NARROW in mark
        partners.setdefault(key, set()).update(with_partners)
    index: Index = {}
    for (lemma, pos), weights in support.items():
        undamped = 1.0 if (lemma, pos) in everyday else 1 / FIELD  # only a specialist's senses: none loses
        kept = [
            (gloss, pos, weight * undamped, _english_zipf(gloss, pos), False, preposition,
             " ".join(sorted(cues[lemma, pos, gloss, preposition, bound])),
             "".join(sorted(marks[lemma, pos, gloss, preposition, bound]
                            | ({FIELD_MARK} if specialist[lemma, pos, gloss, preposition, bound] else set())
                            | ({NARROW} if narrow[lemma, pos, gloss, preposition, bound] else set()))),
             " ".join(sorted(partners[lemma, pos, gloss, preposition, bound])),
             bound)
            for (gloss, preposition, bound), weight in weights.items()
            if weight * undamped >= MIN_SUPPORT
        ]
        if kept:
            index[_key(lemma, pos)] = kept
    return index


OWN_SHARE = 0.5  # below it, a sense's English translates mostly other German words (see _mark_others)


def _mark_others(index: Index) -> Index:
    """Mark (OTHERS) each sense whose English the dictionary gives mostly for other German words,
    not counting the lemma's relatives (words that share another English sense with it): "to
    tax" is beschuldigen's beside besteuern, versteuern, strapazieren (bezichtigen, a relative,
    counts for it, as a compound ending in the lemma does: Landesgrenze for Grenze's "border");
    "exception" Verärgerung's beside Ausnahme. Such a sense is not listed after
    the first one (see :func:`.senses.choose`); "to accuse", given mostly for bezichtigen,
    anklagen, vorwerfen, all relatives of beschuldigen, is not marked."""
    heads: dict[str, dict[str, float]] = {}  # "English\tPOS" → {lemma: support}
    own: dict[tuple[str, str], frozenset[str]] = {}  # (lemma, POS) → its English heads
    for key, senses in index.items():
        lemma, pos = key.split("\t", 1)
        found = set()
        for sense in senses:
            if not sense[9] and not sense[4]:
                head = f"{_english_head(sense[0])}\t{sense[1]}"
                weights = heads.setdefault(head, {})
                weights[lemma] = weights.get(lemma, 0.0) + sense[2]
                found.add(head)
        own[lemma, pos] = frozenset(found)
    marked: Index = {}
    for key, senses in index.items():
        lemma, pos = key.split("\t", 1)
        mine = own[lemma, pos]
        kept = []
        for sense in senses:
            head = f"{_english_head(sense[0])}\t{sense[1]}"
            weights = heads.get(head, {}) if not sense[9] and not sense[4] else {}
            total = sum(weights.values())
            if weights and weights.get(lemma, 0.0) < OWN_SHARE * total:
                related = sum(weight for other, weight in weights.items()
                              if _relatives(lemma, other, mine, own.get((other, pos), frozenset()), head))
                if related < OWN_SHARE * total:
                    sense = (*sense[:7], sense[7] + OTHERS, *sense[8:])
            kept.append(sense)
        marked[key] = kept
    return marked


def _relatives(lemma: str, other: str, senses: frozenset[str], others: frozenset[str], head: str = "") -> bool:
    """Whether two German words are relatives: the same, sharing a second English sense
    (beschuldigen, bezichtigen: to tax, to accuse), or one a compound ending in the other
    (Landesgrenze, Grenze). ``head``: the English sense in question ("English\tPOS"); a shared
    sense that is it with a further word is no second one: "to sign up" beside "to sign" made
    unterschreiben teilnehmen's relative, and "to sign" (Ding's "sich für/zu etw. melden; …; an
    etw. teilnehmen :: to sign; to sign up") teilnehmen's own English. Two spellings are (Schimmel,
    Schimmelpilz: "mould", "mold")."""
    one, two = lemma.lower(), other.lower()
    words = set(head.split("\t", 1)[0].removeprefix("to ").split())
    second = {shared for shared in senses & others
              if shared != head and not (words and _extends(words, set(shared.split("\t", 1)[0].removeprefix("to ").split())))}
    return (one == two or (len(second) >= 1 if head else len(senses & others) > 1)
            or (min(len(one), len(two)) >= 4 and (one.endswith(two) or two.endswith(one))))


def _extends(one: set[str], other: set[str]) -> bool:
    """Whether one English gloss's words are the other's with more: "sign up" and "sign"."""
    return one != other and (one <= other or other <= one)


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
                    index.setdefault(_key(word, pos), []).append((gloss, pos, 10.0 - rank, _english_zipf(gloss, pos), True, "", "", "", "", False))
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
        return _mark_others(_with_usage(_collect(ding_lines(path, only)), path, only))
    if kind == "freedict":
        from .freedict import dictd_entries

        return _mark_others(_collect(dictd_entries(path, only)))
    if kind == "tei":
        from .freedict import tei_entries

        return _mark_others(_collect(tei_entries(path, only)))
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
        return [Sense(*entry) for entry in raw if not _cut_off(entry[0])]

    def senses(
        self, lemma: str, pos: str, context: Context | object | None = None, *, sentence: Sentence | None = None, token_i: int | None = None,
        topic: frozenset[str] = frozenset(),
    ) -> tuple[str, ...]:
        """Up to three English senses for a lemma of a part of speech, the likeliest first; () when unsure.

        ``context`` is the sentence the word stands in (text or a model ``Sentence``): a verb's
        construction there ("hängt von … ab") decides between its senses. ``sentence``, the
        analysed sentence, and ``token_i``, the word's ``Token.i``, tell more: the clause's
        prepositional and direct objects ("to put" needs one, "to take off" none). ``topic``: the
        domains the article is about (see :class:`ArticleTopic`).
        """
        return self.choice(lemma, pos, context, sentence=sentence, token_i=token_i, topic=topic).senses

    def choice(
        self, lemma: str, pos: str, context: Context | object | None = None, *, sentence: Sentence | None = None, token_i: int | None = None,
        topic: frozenset[str] = frozenset(), title: str = "", themes: tuple[str, ...] = (),
    ) -> Choice:
        """The senses :meth:`senses` gives, with whether the choice among rival senses is doubtful
        (see senses.Choice); a sense read off a participle's or phrase's construction is not.
        ``title``: the article's, whose words show a narrow sense (see senses._narrow_cues);
        ``themes``: its recurring nouns (see _fitting_compound)."""
        if pos == "MWE":
            return Choice(MEANINGS.get(lemma, ()))  # "im Rahmen": the phrase's meaning, not its words'
        if pos == "ADJ" and self._participial_phrase(lemma, sentence, token_i):
            return Choice()
        if pos == "ADJ" and _with_object(lemma, sentence, token_i) and self._index.get(_key(lemma[:-1], "VERB")):
            # "152 Seiten umfassende Drehbuch": the participle of umfassen with its object
            return Choice(tuple(_ing(english) for english in choose(self.candidates(lemma[:-1], "VERB"), Context(obj="some"))))
        found = Context.of(sentence if sentence is not None else context, lemma, token_i)
        found = replace(found, topic=topic) if topic else found
        found = replace(found, title=cue_words(title, lemma)) if title else found
        if pos == "NOUN" and found.partners and not found.follows:  # not "Bestimmungen über die klinische Anwendung": rules
            found = replace(found, topic=found.topic | self._partner_domains(found.partners))
        if pos == "ADJ" and (lent := self._lent_participle(lemma, found)):
            return Choice(lent)
        if pos == "ADJ" and (construed := self._construed_participle(sentence, token_i)):
            return Choice(construed)
        if pos == "ADJ" and (passive := self._passive_participle(lemma, sentence, token_i)):
            return Choice(passive)
        adverbial = pos == "ADJ" and _adverbial(sentence, token_i)
        adverb = adverbial and bool(self._index.get(_key(lemma, "ADV")))
        own = (self._adverb_senses(lemma) if adverb else _as_adverbs(self.candidates(lemma, pos)) if adverbial
               else _collocations_as_support(self.candidates(lemma, pos)) if pos == "ADJ" else self.candidates(lemma, pos))
        own = own or (self._nominalised(lemma) if pos == "NOUN" else [])
        candidates = own + self._plural_entry(lemma, pos, sentence, token_i) + self._compound_senses(lemma, pos, found)
        candidates = self._participle_agreement(lemma, candidates, sentence, token_i) if pos == "VERB" else candidates
        candidates = self._noun_first(lemma, candidates, found) if pos == "VERB" else candidates
        if pos == "VERB" and found.partners:
            found = replace(found, kinds=self._partners_of_kind(candidates, found.partners))
        from .frequency import zipf_frequency

        # a rare verb's English borrowed from a synonym's line goes second (see senses.choose); a noun's
        # shared English is as often its plural's line (Unruhen: unrest) or a field's word (Abfluss: drain)
        rare = pos == "VERB" and zipf_frequency(lemma) < RARE_GERMAN
        if pos == "NOUN":
            candidates = _of_gender(candidates, _text_gender(lemma, sentence, token_i))
            candidates = _loanword_first(lemma, self._part_agreement(lemma, candidates), found)
            decided = decide(candidates, found, uncommon=zipf_frequency(lemma) < UNCOMMON_GERMAN, own_first=zipf_frequency(lemma) < OWN_LINE_GERMAN)
            worded = with_own_word(decided.senses, candidates, found, lemma)
            if worded and (fitting := self._fitting_compound(lemma, worded[0], candidates, found, title, themes)):
                return Choice(fitting)
            if worded:  # the German word's own English first is no guess (Pilot: pilot)
                return Choice(worded, decided.doubtful and worded[0] == decided.senses[0])
            return Choice(composed_gloss(self, lemma, pos) or self._loanword(lemma))
        decided = decide(candidates, found, rare=rare, uncommon=pos == "VERB" and zipf_frequency(lemma) < UNCOMMON_GERMAN,
                         own_first=pos == "ADJ" and _adjective_zipf(lemma) < OWN_LINE_GERMAN)
        if decided.senses and pos == "VERB" and decided.senses[0] in (idioms := self._idioms(candidates, found)):
            return Choice(self._without_idioms(candidates, found, idioms), decided.doubtful)
        if decided.senses or pos != "VERB":
            return decided
        agreed = self._noun_agreement(lemma, candidates)
        return decide(agreed, found) if agreed else Choice()

    def _fitting_compound(
        self, lemma: str, english: str, candidates: list[Sense], context: Context, title: str, themes: tuple[str, ...]
    ) -> tuple[str, ...]:
        """The senses of the compound the text's own words make of a noun whose best sense is of a
        subject field the article is not about: "Narbe [med.] :: scar" in an article on the Blüte
        is Ding's "Blütennarbe [bot.] :: stigma". The compound's modifier is a noun of the title, the
        one the article uses most (``themes``) or one the noun is said of ("die Narbe der Blüte"); its
        sense must be of a field the article is about. () where the best sense fits the text or is
        of a field of everyday life (see SPECIALIST_DOMAINS), or no such compound is Ding's."""
        best = [sense for sense in candidates if sense.english == english]
        if (len(lemma) < MIN_COMPOUND_PART or not context.topic or not best
                or not all(domains(sense.cues) and domains(sense.cues) <= SPECIALIST_DOMAINS and not on_topic(sense, context) for sense in best)):
            return ()
        modifiers = [*re.findall(r"[A-ZÄÖÜ][a-zäöüß]{2,}", title), *themes]
        modifiers += [partner.capitalize() for partner in sorted(context.partners)]
        for modifier in dict.fromkeys(modifiers):
            if modifier == lemma:
                continue
            for link in _COMPOUND_LINKS:
                compound = f"{modifier.removesuffix('e') if link == '-' else modifier}{'' if link == '-' else link}{lemma.lower()}"
                found = self.candidates(compound, "NOUN")
                if not found:
                    continue
                senses = decide(found, Context(topic=context.topic)).senses
                fits = [sense for sense in found if senses and sense.english == senses[0]]
                if senses and fits and all(on_topic(sense, context) for sense in fits):
                    return senses
        return ()

    def _lent_participle(self, lemma: str, context: Context) -> tuple[str, ...]:
        """A present participle whose adjective senses Ding all lends from other words' lines
        (see _mark_others) means what its verb does: mangelnd is Ding's only in "unzureichend;
        mangelnd {adj} :: imperfect" (unzureichend's English), and readers wanted "lacking" (to
        lack, mangeln's own sense). The verb's own senses only, as -ing forms; () where the
        adjective has one of its own (anhaltend: lasting), senses from several lines, one that
        is the verb's own -ing form already (zunehmend: increasing), or the verb none."""
        verb = lemma[:-1]
        candidates = self.candidates(lemma, "ADJ")
        if (not lemma.endswith("nd") or not candidates or any(OTHERS not in sense.marks for sense in candidates)
                or len({sense.cues for sense in candidates}) > 1):
            return ()  # lines of their own, lent or not, tell more than the verb (ausbleibend: missing)
        verbs = self.candidates(verb, "VERB")
        if {_ing(sense.english) for sense in verbs} & {sense.english for sense in candidates}:
            return ()  # "zunehmend; steigend; wachsend :: increasing" is what zunehmen does: its line stands
        own = [sense for sense in verbs if OTHERS not in sense.marks]
        return tuple(_ing(english) for english in choose(own, replace(context, obj=""))) if own else ()

    def _construed_participle(self, sentence: Sentence | None, token_i: int | None) -> tuple[str, ...]:
        """A past participle with the preposition of one of its verb's senses, where the adjective
        has no sense with it, means that sense: "Eine Goldmedaille besteht aus reinem Silber, die
        mit mindestens 6 Gramm Gold überzogen ist" is Ding's "etw. mit etw. überziehen :: to coat
        sth. with sth." (coated with), not the adjective überzogen's "covered; inflated" readers
        found wrong. Only senses whose construction the clause has compete, shown as English past
        participles that English uses (an irregular verb's made-up "-ed" form is no gloss)."""
        from .word_facts import participle_of

        token = next((t for t in sentence.tokens if t.i == token_i), None) if sentence is not None else None
        verb = participle_of(token.text.lower()) if token is not None and token.tag in ("VVPP", "ADJD") else ""
        if not verb or token is None:
            return ()
        context = Context.of(sentence, verb, token_i)
        adjective = {sense.preposition for sense in self.candidates(token.text.lower(), "ADJ")}
        construed = [sense for sense in self.candidates(verb, "VERB")
                     if (need := _construction(sense)) and need in context.prepositions and need not in adjective]
        chosen = [english for english in map(_past_participle, choose(construed, replace(context, obj=""))) if english]
        return tuple(chosen)

    def _passive_participle(self, lemma: str, sentence: Sentence | None, token_i: int | None) -> tuple[str, ...]:
        """A past participle with a form of werden, whose adjective sense is itself one of its
        verb's senses as a participle, means the verb's sense the clause has: "da das Drehbuch
        nochmal überarbeitet wurde" is a passive of überarbeiten (revised), and the adjective's
        "overworked" (Ding's "überarbeitet {adj} (gestresst)") is what "sich überarbeiten :: to
        overwork" leaves, a reflexive use the clause does not have. An adjective of its own
        (bekannt: known, no sense of bekennen) stays, as does one whose verb has no other sense
        for the clause."""
        from .word_facts import participle_of

        token = next((t for t in sentence.tokens if t.i == token_i), None) if sentence is not None else None
        clause = next((c for c in sentence.clauses if token_i in c.tokens), None) if sentence is not None else None
        if token is None or clause is None or clause.lemma != "werden" or token.tag not in ("ADJD", "VVPP"):
            return ()
        verb = participle_of(token.text.lower())
        verbs = self.candidates(verb, "VERB") if verb else []
        own = choose(self.candidates(lemma, "ADJ"), Context())
        if not own or own[0] not in {_past_participle(sense.english) for sense in verbs}:
            return ()
        context = Context.of(sentence.text, verb)
        chosen = [english for english in map(_past_participle, choose(verbs, replace(context, obj="some"))) if english]
        return tuple(chosen) if own[0] not in chosen else ()  # "wurde verletzt": the verb agrees, the adjective stands

    def _nominalised(self, noun: str) -> list[Sense]:
        """The senses of a nominalised adjective or participle the dictionary gives only in its
        strong masculine form: the text's lemma is der/die Gefangene ("weitere Gefangene der IRA"),
        Ding's line "Gefangener {m} :: prisoner; captive" (ein Gefangener), and the card showed no
        meaning. Only for a noun in -e without a line of its own whose stem is an adjective the
        dictionary has (gefangen) or has a participle's ending (angestellt, vermisst, verstorben)."""
        stem = noun[:-1].lower()
        if not noun.endswith("e") or not (self._index.get(_key(stem, "ADJ")) or stem.endswith(_PARTICIPLE_ENDINGS)):
            return []
        return self.candidates(f"{noun}r", "NOUN")

    def _partners_of_kind(self, candidates: list[Sense], objects: frozenset[str]) -> frozenset[str]:
        """The partners of a verb's senses ("einen Waffenstillstand ausrufen") whose domain
        is that of the sentence's object ("die Republik ausrufen": both [pol.], see DOMAINS): the
        verb means with it what it means with them (see senses._of_kind). A noun's domain is that
        of its best-supported sense (Kurs is a course, not its [fin.] rate); one without a field
        has none, and a partner the sentence has already counts as itself."""
        own = frozenset().union(*(self._domains(noun) for noun in objects))
        if not own:
            return frozenset()
        return frozenset(
            partner for sense in candidates if sense.pos == "VERB" for partner in sense.partners.split()
            if not _partner_match(partner, objects) and self._domains(partner) & own
        )

    def _partner_domains(self, partners: frozenset[str]) -> frozenset[str]:
        """The domains of the nouns a noun is tied to (see senses.partners_of), which its sense
        shares as a verb's does its object's: "eine Probe Iridium" is a sample ("Probe [sci.] ::
        sample"), as Iridium is [chem.], not the "test" Ding gives first; "eine Probe des Stücks"
        names no field and leaves the senses as they are."""
        return frozenset().union(*(self._domains(noun) for noun in sorted(partners)))

    def _domains(self, noun: str) -> frozenset[str]:
        """The domains of a noun's best-supported sense, from a lower-case form ("republik" → state)."""
        senses = self.candidates(noun[:1].upper() + noun[1:], "NOUN")
        return domains(max(senses, key=lambda sense: sense.rank).cues) if senses else frozenset()

    def _idioms(self, candidates: list[Sense], context: Context) -> frozenset[str]:
        """The English of a verb's senses Ding gives with an object noun of the sentence that
        translate the phrase, not the verb: their English names none of the noun's senses ("die
        Blicke auf sich ziehen; Aufsehen erregen :: to turn heads", where Aufsehen is a stir).
        Such a sense is the idiom's meaning, and a card for the verb alone would teach that
        erregen means "to turn heads". One that names the noun ("eine Belohnung aussetzen :: to
        offer a reward", Belohnung: reward) translates the verb with its object; one whose noun
        the dictionary does not gloss tells nothing."""
        found = set()
        for sense in candidates:
            if not sense.bound or sense.pos != "VERB" or not _partner_match(sense.partners, context.partners):
                continue
            nouns = [noun for noun in sorted(context.partners) if _partner_match(sense.partners, frozenset([noun]))]
            english = {_stem(word) for noun in nouns for other in self.candidates(noun[:1].upper() + noun[1:], "NOUN")
                       for word in _ENGLISH_WORD.findall(other.english) if word.lower() not in _ENGLISH_SMALL}
            own = {_stem(word) for word in _ENGLISH_WORD.findall(sense.english) if word.lower() not in _ENGLISH_SMALL}
            if english and not english & own:
                found.add(sense.english)
        return frozenset(found)

    @staticmethod
    def _without_idioms(candidates: list[Sense], context: Context, idioms: frozenset[str]) -> tuple[str, ...]:
        """The senses of a verb whose best sense translates its phrase (see _idioms): a sense Ding
        gives with the same object that names it ("Aufsehen erregen :: to create a stir"), else
        none. The verb's free senses are for its other uses ("to excite"), and the sentence uses
        the phrase."""
        kept = [sense for sense in candidates if sense.english not in idioms]
        chosen = choose(kept, context)
        phrases = [sense.english for sense in kept if sense.bound and _partner_match(sense.partners, context.partners)]
        return chosen if chosen and any(english.startswith(chosen[0]) for english in phrases) else ()

    def _loanword(self, noun: str) -> tuple[str, ...]:
        """A noun the dictionary lacks that is an English word in German use (Browser, Client,
        Feature): its English is itself. Only a word about as common in English as in German
        (Beamer, rare in English, is no English word's German use) and one the dictionary has no
        line for at all (a word Ding translates keeps Ding's senses: Handy is no handy)."""
        from .frequency import zipf_frequency
        from .frequency import zipf_frequency as english_zipf

        if any(self._index.get(_key(noun, pos)) for pos in ("NOUN", "", "ADJ", "VERB")) or not noun.isalpha():
            return ()
        english = english_zipf(noun.lower(), "en")
        return (noun.lower(),) if english >= LOANWORD_ZIPF and english >= zipf_frequency(noun) - LOANWORD_MARGIN else ()

    def _part_agreement(self, compound: str, candidates: list[Sense]) -> list[Sense]:
        """A compound's senses with those whose English has a first part's own main sense made
        strong: Uhrmacher is "clockmaker" before "watchmaker", as Uhr is first a clock; a part
        whose main sense all the senses have, or none, tells nothing. Not the head's: English
        names the whole by a word of its own more often (Höhepunkt "peak", not "highest point")."""
        found = candidates
        for part in _parts(compound, self._index)[:-1]:
            if _key(part.lower(), "ADJ") in self._index:
                continue  # an adjective's English often goes: Hochebene is a plateau more than a "high plain"
            english = choose(self.candidates(part, "NOUN"), Context())
            words = [word.lower() for word in _ENGLISH_WORD.findall(english[0]) if len(word) >= 4] if english else []
            having = [any(word in sense.english.lower() for word in words) for sense in found]
            if words and any(having) and not all(having) and not any(sense.ordered for sense in found):  # a user's TSV keeps its order
                found = [replace(sense, rank=sense.rank * PART_AGREEMENT) if has else sense for sense, has in zip(found, having, strict=True)]
        return found

    def _noun_first(self, verb: str, candidates: list[Sense], context: Context) -> list[Sense]:
        """A verb's senses with the one its -ung noun is sure of made stronger (NOUN_FIRST):
        Ankündigung is an announcement far more than an advertisement, and ankündigen "to
        announce" before the "to advertise" of Ding's line with the verb alone ("etw. ankündigen
        {vt} :: to advertise sth."), which a line of its own ranks above a line of synonyms.
        Only a noun sense that is both the noun's best-supported and chosen (see _sure_noun_sense),
        and not where the clause's object is one Ding pairs a sense with: "wurde der Termin … auf
        2015 verlegt" is rescheduling, and Verlegung's "transfer" says nothing of that use."""
        prefix = self._sure_noun_sense(verb)
        if not prefix or any(_partner_match(sense.partners, context.partners) for sense in candidates):
            return candidates
        return [replace(sense, rank=sense.rank * NOUN_FIRST) if _head_prefix(sense.english) == prefix and NARROW not in sense.marks else sense
                for sense in candidates]

    def _sure_noun_sense(self, verb: str) -> str:
        """The English head prefix of the sense a verb's -ung noun is sure of: chosen first
        without a sentence and its best-supported at once ("annou" for Ankündigung); "" otherwise."""
        stem = verb[:-2] if verb.endswith("en") else verb[:-1]
        nouns = self.candidates(f"{stem[:1].upper()}{stem[1:]}ung", "NOUN")
        first = choose(nouns, Context())
        if not first or _head_prefix(first[0]) != _head_prefix(max(nouns, key=lambda sense: sense.rank).english):
            return ""
        return _head_prefix(first[0])

    def _noun_agreement(self, verb: str, candidates: list[Sense]) -> list[Sense]:
        """A verb's senses when its own are too weak or contested for a gloss, with the sense its
        -ung noun agrees on made strong: Eroberung :: conquest for erobern "to conquer" ("eroberte
        die Sowjetunion Polen"), Überquerung :: crossing for überqueren "to cross", Verwerfung ::
        rejection for verwerfen "to reject". The noun's sense must be sure, its best-supported and
        its commonest at once (Durchsetzung: interspersion or enforcement? durchsetzen is not
        "to enforce" a secretary); [] when there is no such noun or no verb sense it agrees with.
        Only a verb without a gloss asks: where the verb has one, its noun agrees as often with a
        wrong sense (Beschuldigung :: incrimination, Aufforderung :: challenge). Nor a sense Ding
        gives only with a qualifier: "jdn. (bei einem Attentat) ermorden :: to assassinate" is
        not the murder of millions because Ermordung :: assassination."""
        prefix = self._sure_noun_sense(verb)
        if not prefix:
            return []
        top = max((sense.rank for sense in candidates), default=0.0)
        agreed = [
            replace(sense, rank=sense.rank + NOUN_AGREEMENT * top) if _head_prefix(sense.english) == prefix and NARROW not in sense.marks else sense
            for sense in candidates
        ]
        return agreed if agreed != candidates else []

    def _adverb_senses(self, lemma: str) -> list[Sense]:
        """The senses of an adjective standing as an adverb ("betete stundenlang"): Ding's {adv}
        senses, an English -ly adverb among them counting double (it is that use: mainly), and
        its {adj} ones (siegreich "victorious" before the {adv} "winning"); an {adv} sense that is
        an adjective sense with -ly counted for that adjective sense (the card is the adjective's:
        unerwartet "unexpected", not "unexpectedly"); one of its own ("for hours") stays:
        "hauptsächlich von Menschen verursacht" is mainly, not Ding's {adj} "capital; major".
        A present participle's -ly sense stays too: its adjective sense is the English -ing form
        ("der sie zunehmend ans Bett fesselte" is increasingly, not "increasing"), which reads as
        the verb's, not as the adverb the sentence has."""
        adjective = self.candidates(lemma, "ADJ")
        participle = lemma.endswith("end") and bool(self._index.get(_key(lemma[:-1], "VERB")))
        english = {} if participle else {sense.english: sense for sense in adjective}
        found = list(adjective)
        for sense in self.candidates(lemma, "ADV"):
            base = next((english[form] for form in _adjective_forms(sense.english) if form in english), None)
            if base is not None and sense.zipf < USED_ADVERB and base.zipf - sense.zipf >= ADVERB_GAP:
                base = None  # "majorly" (Zipf 2.7, slang) is no "major" (5.3) for hauptsächlich; victoriously is victorious
            if sense.english.endswith("ly") and " " not in sense.english:  # an English adverb, not "winning", "on an average"
                sense = replace(sense, rank=sense.rank * ADVERB_USE)
            found.append(replace(sense, english=base.english, pos="ADJ", zipf=base.zipf) if base else sense)
        return found

    def _participle_agreement(self, verb: str, candidates: list[Sense], sentence: Sentence | None, token_i: int | None) -> list[Sense]:
        """A verb's senses where the text has its present participle ("Melman, der Gloria insgeheim
        verzehrend liebt"): those whose -ing form the participle's own {adj} line gives, where there
        are such. "verzehrend :: devouring; consuming" is the participle's sense, so the verb is
        "to consume" there, not the "to eat" of "etw. verspeisen; verzehren :: to eat sth.; to
        consume sth.". A finite form, or a participle whose line names no verb sense, leaves them all."""
        token = next((t for t in sentence.tokens if t.i == token_i), None) if sentence is not None else None
        participle = f"{verb}d"
        if token is None or not token.text.lower().startswith(participle.lower()):
            return candidates
        english = {sense.english for sense in self.candidates(participle, "ADJ")}
        return [sense for sense in candidates if _ing(sense.english) in english] or candidates

    def _participial_phrase(self, lemma: str, sentence: Sentence | None, token_i: int | None) -> bool:
        """Whether the word is a participle opening a phrase with its preposition, set off by a
        comma: ", bedingt durch den höheren Druck," is bedingen's "caused by", not the adjective
        Ding glosses ("conditional"); the dictionary has no sense for that construction."""
        tokens = list(sentence.tokens) if sentence is not None else []
        k = next((n for n, token in enumerate(tokens) if token.i == token_i), None)
        if k is None or tokens[k].tag != "ADJD" or k + 1 >= len(tokens) or tokens[k + 1].tag != "APPR":
            return False
        if k and tokens[k - 1].tag not in ("$,", "$("):
            return False
        return any(_key(verb, "VERB") in self._index for verb in _infinitives(lemma))

    def _compound_senses(self, lemma: str, pos: str, context: Context) -> list[Sense]:
        """A noun with a genitive, or with "von" and a noun, means what their compound does: "mit
        Einbruch des Winters" is the Wintereinbruch, "onset of winter", so Einbruch there is
        "onset"; "Ausbrüche von Krankheiten" are Krankheitsausbrüche, "epidemic outbreak", not
        break-outs. The compound's English must name the head and then the genitive ("X of …"),
        or be two words, a modifier and the head ("epidemic outbreak": outbreak), as the German
        is; the sense is bound to it. A compound genitive counts by its head: "bei Ausbruch des
        Ersten Weltkriegs" is the Kriegsausbruch, "outbreak of war"."""
        if pos != "NOUN" or context.follows not in ("", "von") or not context.partners:
            return []
        found = []
        for genitive in sorted(word for word in context.partners if len(word) >= 4):
            stems = {genitive, genitive.removesuffix("s"), genitive.removesuffix("es"), genitive.removesuffix("n"), genitive.removesuffix("en")}
            stems |= {head for stem in stems if (head := _compound_head(stem))}
            for stem in stems:
                for link in _LINKS:
                    compound = f"{stem[:1].upper()}{stem[1:]}{link}{lemma.lower()}"
                    for entry in self._index.get(_key(compound, "NOUN"), ()):
                        if head := _compound_english_head(entry[0]):
                            found.append(Sense(head, pos, entry[2], entry[3], False, "", entry[6], "C", genitive, True))
        return found

    def _plural_entry(self, lemma: str, pos: str, sentence: Sentence | None, token_i: int | None) -> list[Sense]:
        """The senses of a plural the dictionary has as a headword of its own ({pl}), when the
        sentence uses that plural: "während der Dreharbeiten" is filming (Dreharbeiten {pl}), not
        the lathe work of the singular Dreharbeit. They compete with the singular's senses, with
        PLURAL_USE times their support: the plural is the form the sentence has ("nach den Unruhen
        im Land" is unrest, Unruhen {pl}, more than the singular's "trouble"). Where the singular
        has no line of its own, their English is the singular's where English has one: the card
        shows the singular, "der Vorfahr", and readers found Vorfahren's "ancestors" a plural gloss
        for it (a singular with senses of its own keeps the plural's: Unruhe, Unruhen "riots")."""
        token = next((t for t in sentence.tokens if t.i == token_i), None) if sentence is not None and pos == "NOUN" else None
        if token is None or token.text == lemma or token.feature("Number") == "Sing":
            return []
        found = [replace(Sense(*entry), rank=entry[2] * PLURAL_USE) for entry in self._index.get(_key(token.text, pos), ()) if "P" in entry[7]]
        return found if self._index.get(_key(lemma, pos)) else [replace(sense, english=_singular(sense.english)) for sense in found]

    def within(self, analysis: Analysis) -> AnalysedGlossary:
        """This glossary reading an article's analysis, for callers that pass a sentence's text."""
        return AnalysedGlossary(self, analysis)


THEME_COUNT = 3  # a noun the article uses this often is one of its themes (see _themes)
THEMES = 1  # only the commonest: Pflanze in a text on tobacco makes Teil no "plant component"
MIN_COMPOUND_PART = 4
# the domains whose fields give everyday words a specialist's sense (Narbe [med.] "scar"): such a
# sense in an article on another domain is the field's, not the text's; a field of everyday
# life (Saft [cook.] "juice") is what the word means anywhere
SPECIALIST_DOMAINS = frozenset(["medicine", "science", "technology", "military", "state", "economy", "transport"])


def _themes(analysis: Analysis) -> tuple[str, ...]:
    """The article's recurring nouns, the commonest first (Blüte, Pflanze in a text on flowers):
    modifiers of the compounds its words stand for (see Glossary._fitting_compound)."""
    counts: dict[str, int] = {}
    for token in analysis.tokens:
        if token.pos == "NOUN" and not token.ent_label and token.lemma[:1].isupper():
            counts[token.lemma] = counts.get(token.lemma, 0) + 1
    ranked = sorted((lemma for lemma, count in counts.items() if count >= THEME_COUNT), key=lambda lemma: (-counts[lemma], lemma))
    return tuple(ranked[:THEMES])


class AnalysedGlossary:
    """A glossary that looks up the analysed sentence of a sentence text it is given (and the
    first token of the lemma in it): the vocabulary keeps only its example's text."""

    def __init__(self, glossary: Glossary, analysis: Analysis) -> None:
        self.source = glossary.source
        self._glossary = glossary
        self._sentences = {sentence.text: sentence for sentence in reversed(analysis.sentences)}
        self.topic = ArticleTopic.of(glossary, analysis)
        self._title = analysis.article.title
        self._themes = _themes(analysis)
        self._sure: dict[tuple[str, str], Choice | None] = {}

    def senses(
        self, lemma: str, pos: str, context: Context | object | None = None, *, sentence: Sentence | None = None, token_i: int | None = None
    ) -> tuple[str, ...]:
        return self.choice(lemma, pos, context, sentence=sentence, token_i=token_i).senses

    def choice(
        self, lemma: str, pos: str, context: Context | object | None = None, *, sentence: Sentence | None = None, token_i: int | None = None
    ) -> Choice:
        """The senses with whether they are doubtful (see Glossary.choice), read in the article."""
        if sentence is None and isinstance(context, str):
            sentence = self._sentences.get(context)
            if sentence is not None and token_i is None:
                token_i = next((token.i for token in sentence.tokens if token.lemma == lemma), None)
        found = self._glossary.choice(lemma, pos, context, sentence=sentence, token_i=token_i, topic=self.topic.without(lemma, pos),
                                      title=self._title, themes=self._themes)
        if found.doubtful and sentence is not None and pos in ("NOUN", "VERB"):
            return self._sure_elsewhere(lemma, pos) or found
        return found

    def _sure_elsewhere(self, lemma: str, pos: str) -> Choice | None:
        """One sense per text: where the word's sentence leaves its sense doubtful, the sense its
        other sentences in the article decide (all that decide one agree on its first English).
        Wikipedia's Tabak heads a section "Anbau und Trocknung", whose Anbau is as much a
        building's extension as a crop's cultivation; "der landwirtschaftliche Anbau von Tabak"
        in its first sentence is the crop's. A word's senses rarely change within one text."""
        key = (lemma, pos)
        if key not in self._sure:
            sure: list[Choice] = []
            for other in self._sentences.values():
                token = next((t for t in other.tokens if t.lemma == lemma and t.pos == pos), None)
                if token is None:
                    continue
                chosen = self._glossary.choice(lemma, pos, sentence=other, token_i=token.i, topic=self.topic.without(lemma, pos),
                                               title=self._title, themes=self._themes)
                if chosen.senses:
                    sure.append(chosen)
                if len(sure) == ELSEWHERE:
                    break
            decided = [chosen for chosen in sure if not chosen.doubtful]
            self._sure[key] = decided[0] if decided and len({chosen.senses[0] for chosen in decided}) == 1 else None
        return self._sure[key]

    def candidates(self, lemma: str, pos: str) -> list[Sense]:
        return self._glossary.candidates(lemma, pos)


ELSEWHERE = 8  # the article's sentences of a word read for the sense they decide (see AnalysedGlossary._sure_elsewhere)
TOPIC_WORDS = 4  # an article is about a domain when at least this many of its words …
TOPIC_SHARE = 0.08  # … and this share of its words the dictionary knows belong mostly to it
_TOPIC_POS = frozenset(["NOUN", "VERB", "ADJ"])


@dataclass(frozen=True, slots=True)
class ArticleTopic:
    """The domains an article is about, read from its words: a word belongs to a domain when most
    of its dictionary support comes from lines of that domain's subject fields (Proton, Neutron,
    Nukleon, Hadron [phys.]: science; Abgeordneter, Wahlkreis [pol.], Haftstrafe [jur.]: state).
    A domain counts when enough of the article's words belong to it, without the word whose
    sense is chosen: its own lines say nothing about the text ("Ladung [electr.] :: charge" alone
    does not make an article on tea one on electricity)."""

    counts: tuple[tuple[str, int], ...] = ()
    votes: tuple[tuple[tuple[str, str], frozenset[str]], ...] = ()
    known: int = 0

    @classmethod
    def of(cls, glossary: Glossary, analysis: Analysis) -> ArticleTopic:
        lemmas = sorted({(token.lemma, token.pos) for token in analysis.tokens if token.pos in _TOPIC_POS and not token.ent_label})
        votes: dict[tuple[str, str], frozenset[str]] = {}
        known = 0
        for lemma, pos in lemmas:
            candidates = glossary.candidates(lemma, pos)
            if not candidates:
                continue
            known += 1
            total = sum(sense.rank for sense in candidates)
            support: dict[str, float] = {}
            for sense in candidates:
                for domain in domains(sense.cues):
                    support[domain] = support.get(domain, 0.0) + sense.rank
            mostly = frozenset(domain for domain, value in support.items() if value > 0.5 * total)
            if mostly:
                votes[lemma, pos] = mostly
        counts: dict[str, int] = {}
        for found in votes.values():
            for domain in found:
                counts[domain] = counts.get(domain, 0) + 1
        return cls(tuple(sorted(counts.items())), tuple(sorted(votes.items())), known)

    def without(self, lemma: str, pos: str) -> frozenset[str]:
        """The article's domains, not counting the word's own vote."""
        # the votes are sorted by word: found by bisection, not a dict of all of them per word
        at = bisect_left(self.votes, (lemma, pos), key=itemgetter(0))
        own = self.votes[at][1] if at < len(self.votes) and self.votes[at][0] == (lemma, pos) else frozenset()
        return frozenset(
            domain for domain, count in self.counts
            if count - (domain in own) >= max(TOPIC_WORDS, TOPIC_SHARE * self.known)
        )


COGNATE = 3.0  # a loanword's sense that is its English twin (Protokoll: protocol) weighs this much more


def _collocations_as_support(candidates: list[Sense]) -> list[Sense]:
    """An adjective's collocations whose English is one of its free senses ("ausländische
    Arbeitskräfte :: foreign labour" → foreign) count for that sense wherever it stands: the
    phrases Ding lists under other words show the everyday use. "mit ausländischen Führern" was
    "foreign-born" ([soc.], one line) before "foreign", the English of a dozen of ausländisch's
    phrases. A collocation with English of its own ("nichtheimische Pflanzen :: adventitious")
    stays bound; so does one whose English is a specialist's sense ("taubes Gestein :: dead rock"
    is no everyday "dead" for taub), and all where the adjective stands as an adverb ("überraschend
    schnell": surprisingly, not the "surprising" of "überraschende Neuigkeiten"). Nor does a
    phrase of the very line that gives the free sense: "fruchtbar {adj} | eine fruchtbare
    Zusammenarbeit :: fruitful | a fruitful cooperation" is one line's "fruitful", and counted
    twice it beat "fertile" for "fruchtbare Gebiete"."""
    free = {sense.english for sense in candidates if not sense.bound and not {FIELD_MARK, NARROW} & set(sense.marks)}
    lines = {(sense.english, sense.cues) for sense in candidates if not sense.bound}
    return [replace(sense, bound=False) if sense.bound and sense.english in free and (sense.english, sense.cues) not in lines else sense
            for sense in candidates]


def _loanword_first(noun: str, candidates: list[Sense], context: Context | None = None) -> list[Sense]:
    """A loanword's senses with the one that is the same word in English made strong and no longer
    a specialist's or a narrow sense: Protokoll is "protocol" before "minutes", Politik
    "politics" before "policy", Menü "menu" before "set meal" (Ding lists
    the German word's narrower uses first; the English twin is the sense the two languages share,
    and the one a learner recognises). Only a one-word English sense spelt as the German word
    (c for k and z, f for ph: Protokoll ~ protocol, Kompetenz ~ competence), not a word that
    merely begins alike. Not where the twin is of no field the article is about and a sense of
    such a field comes first without it: Mandat in a text on a member of parliament is the seat
    ("Mandat [pol.] :: seat"), and "mandate" a false friend there; Protokoll in a text on the web
    stays "protocol" (its "journal [comp.]" comes after "minutes", which is no sense of the web)."""
    if any(sense.ordered for sense in candidates):
        return candidates
    # not one the dictionary gives mostly for another word: Billion "billion" is Milliarde's (a false friend)
    # nor one Ding gives only with a qualifier: Riff "riff" (a musician's) beside reef
    # unless every sense is lent (Instruktion: "commission" is Auftrag's, "instruction" Anweisung's):
    # then the twin is as much the word's own as any
    lent = {NARROW} if all(OTHERS in sense.marks for sense in candidates) else {OTHERS, NARROW}
    twin = [" " not in sense.english and not lent & set(sense.marks) and _twin(noun, sense.english) for sense in candidates]
    if not any(twin) or all(twin):
        return candidates
    context = context or Context()
    if context.topic and not any(on_topic(sense, context) for sense, same in zip(candidates, twin, strict=True) if same):
        best = max(zip(candidates, twin, strict=True), key=lambda pair: score(pair[0], context))
        if not best[1] and on_topic(best[0], context):
            return candidates
    return [
        replace(sense, rank=sense.rank * COGNATE, marks=sense.marks.replace(FIELD_MARK, "")) if same else sense
        for sense, same in zip(candidates, twin, strict=True)
    ]


def _text_gender(lemma: str, sentence: Sentence | None, token_i: int | None) -> str:
    """The gender a noun has in the text, as the card gives its article (see
    word_facts.noun_fields: "auf dem Bord über dem Schreibtisch" is das Bord); without a
    sentence, only a noun of one gender has one."""
    from ..analysis.lexicon import noun_lexicon
    from .word_facts import noun_fields

    token = next((t for t in sentence.tokens if t.i == token_i), None) if sentence is not None else None
    if sentence is None or token is None:
        entry = noun_lexicon().lookup(lemma)
        return entry.genders[0] if entry is not None and len(entry.genders) == 1 else ""
    fields = noun_fields(lemma, [(sentence, token)])
    return fields.get("gender", "") if fields else ""


def _of_gender(candidates: list[Sense], gender: str) -> list[Sense]:
    """A noun's senses of the gender it has in the text, where the dictionary gives that gender
    senses: Ding's "Brett {n}; Bord {n} :: shelf" is das Bord's, its lines of der Bord a ship's;
    "Feder {n} (bei einem Bodenbrett) :: tongue" is no sense of die Feder (feather). A sense
    without a gender (a compound's, a user's TSV) is kept; and all are where the gender's lines
    give only a narrow or a specialist's sense: Ding's gender is no sure guide ("Fußhebel {m};
    Pedal {m} :: pedal", and das Pedal's only line is an organ's "(Fußklaviatur) [mus.]")."""
    letter = next((mark for mark, name in GENDER_LETTERS.items() if name == gender), "")
    if not letter or not any(letter in sense.marks and not {NARROW, FIELD_MARK} & set(sense.marks)
                             for sense in candidates if sense.pos == "NOUN"):
        return candidates
    return [sense for sense in candidates if sense.pos != "NOUN" or letter in sense.marks or not _genders_of(sense)]


def _genders_of(sense: Sense) -> set[str]:
    return set(sense.marks) & set(GENDER_LETTERS)


MIN_SINGULAR_ZIPF = 2.5  # an English singular rarer than this is no word English uses
SINGULAR_GAP = 0.5  # a singular commoner than its plural by more is another word (news: new, goods: good)
_NOT_PLURAL = ("ss", "us", "is", "ics")  # glass, virus, analysis, politics


def _singular(english: str) -> str:
    """A plural headword's English as the singular's, for a card of the singular: "ancestors" →
    "ancestor", "natural resources" → "natural resource"; English that names no plural ("unrest",
    "filming", "line of ancestors") or whose singular is another word ("news", "goods") stays."""
    from .frequency import zipf_frequency as english_zipf

    *before, last = english.split(" ") if english else [""]
    if " of " in english or not last.isalpha() or not last.endswith("s") or last.endswith(_NOT_PLURAL):
        return english
    single = f"{last[:-3]}y" if last.endswith("ies") else last[:-1]
    if not MIN_SINGULAR_ZIPF <= english_zipf(single, "en") <= english_zipf(last, "en") + SINGULAR_GAP:
        return english
    return " ".join([*before, single])


def _compound_english_head(english: str) -> str:
    """The English of a compound's head in the compound's English: "onset" of "onset of winter"
    (the head, then its modifier), "outbreak" of "epidemic outbreak" (a modifier, then the head,
    a word of letters); "" for one word (heartbeat names the whole) or a longer phrase."""
    head, of, _ = english.partition(" of ")
    if of:
        return head if 0 < len(head.split()) <= 2 else ""
    words = english.split()
    return words[1] if len(words) == 2 and words[1].isalpha() and words[0].isalpha() else ""


def _cut_off(english: str) -> bool:
    """Whether an English sense is a word cut off where the dictionary points to compounds
    ("publizistisch {adj} :: journalistic; media…"): "media…" is no gloss a card can show."""
    return english.endswith(("…", "..."))


def _twin(german: str, english: str) -> bool:
    """Whether an English word is the German word in English spelling: all but its last two
    letters shared (Protokoll ~ protocol, Kompetenz ~ competence, Demo ~ demo)."""
    one, other = _fold(german), _fold(english)
    if len(other) < 4 or abs(len(one) - len(other)) > 2:
        return False
    common = 0
    while common < min(len(one), len(other)) and one[common] == other[common]:
        common += 1
    return common >= max(4, max(len(one), len(other)) - 2)


def _parts(compound: str, index: Mapping[str, list[tuple]]) -> tuple[str, ...]:
    """A compound noun's parts: the safe split of :mod:`.compounds`, else a first part and a head
    the dictionary both has as nouns (Uhr + Macher), the longest first part first."""
    from .compounds import split_compound

    found = split_compound(compound)
    if found:
        return found
    for k in range(len(compound) - 3, 2, -1):
        first, head = compound[:k], compound[k].upper() + compound[k + 1 :]
        if _key(first, "NOUN") in index and _key(head, "NOUN") in index:
            return first, head
    return ()


def _adjective_forms(adverb: str) -> list[str]:
    """The adjectives an English -ly adverb may come from: unexpectedly → unexpected, happily →
    happy, possibly → possible, basically → basic."""
    if not adverb.endswith("ly") or " " in adverb:
        return []
    stem = adverb[:-2]
    return [stem, stem[:-1] + "y" if stem.endswith("i") else "", adverb[:-1] + "e", stem[:-2] if stem.endswith("ical") else ""]


_PARTICIPLE_ENDINGS = ("t", "en", "nd")  # a past or present participle: angestellt, gefangen, reisend


def _infinitives(participle: str) -> set[str]:
    """The infinitives a weak past participle may come from: bedingt → bedingen, gerichtet → richten."""
    if not participle.endswith("t") or len(participle) < 5:
        return set()
    stems = {participle[:-2] if participle.endswith("et") else participle[:-1]}
    stems |= {stem[2:] for stem in stems if stem.startswith("ge")}
    return {f"{stem}en" for stem in stems if len(stem) >= 3}


def _with_object(lemma: str, sentence: Sentence | None, token_i: int | None) -> bool:
    """Whether a present participle stands before its noun with its own object right before it:
    "das 152 Seiten umfassende Drehbuch" (a noun cannot stand before an attributive adjective
    otherwise; "seiner umfassenden Sammlung" is the adjective Ding glosses, comprehensive)."""
    tokens = list(sentence.tokens) if sentence is not None and lemma.endswith("end") else []
    k = next((n for n, token in enumerate(tokens) if token.i == token_i), None)
    return k is not None and k > 0 and tokens[k].tag == "ADJA" and tokens[k - 1].tag == "NN"


def _construction(sense: Sense) -> str:
    """The preposition a verb sense needs ("mit etw. überziehen": mit); "" for one without, or
    one Ding brackets (it may be left out) or several (any of them)."""
    needs = [need for need in sense.preposition.split() if need != "sich"]
    return needs[0] if len(needs) == 1 and needs[0].isalpha() else ""


MIN_PARTICIPLE_ZIPF = 2.5  # an English "-ed" form rarer than this is no participle English uses ("overdrawed")


def _past_participle(english: str) -> str:
    """A verb sense as its past participle, for a German participle: "to coat with" → coated
    with, "to marry to" → married to; "" where English forms it otherwise (to overdraw)."""
    from .frequency import english_zipf

    verb, *rest = english.removeprefix("to ").split()
    stem = verb[:-1] + "i" if verb.endswith("y") and verb[-2:-1] not in "aeiou" else verb  # carry → carried
    forms = [stem + ("d" if stem.endswith("e") else "ed"), verb + verb[-1] + "ed"]  # coated, stopped
    best = max(forms, key=english_zipf)
    return " ".join([best, *rest]) if english_zipf(best) >= MIN_PARTICIPLE_ZIPF else ""


def _ing(english: str) -> str:
    """A verb sense as its -ing form, for its present participle: "to cover" → covering,
    "to comprise" → comprising, "to consist of" → consisting of."""
    verb, *rest = english.removeprefix("to ").split()
    if verb.endswith("e") and not verb.endswith("ee"):
        verb = verb[:-1]
    elif _DOUBLED.search(verb) and len(verb) <= 4:
        verb += verb[-1]
    return " ".join([verb + "ing", *rest])


# and the verbs of perception whose adjective describes the subject: "fühlte sich isoliert" is
# how she was (isolated), not how she felt
_COPULAS = frozenset(["sein", "werden", "bleiben", "scheinen", "wirken", "erscheinen", "fühlen", "aussehen", "klingen", "schmecken", "riechen"])
ADVERB_OF_SENSE = 2.0  # an adjective sense whose English -ly adverb is in use, where the adjective stands as an adverb
# English adjectives whose -ly form means something else: "hardly" is no "hard", "lately" no "late"
_OTHER_ADVERBS = frozenset(["hard", "late", "short", "near", "high", "scarce", "bare", "most", "just", "pretty", "dead", "even"])


def _ly(adjective: str) -> str:
    """The English -ly adverb of an adjective: constant → constantly, steady → steadily,
    possible → possibly, basic → basically, full → fully; "" for a phrase."""
    if " " in adjective or "-" in adjective or not adjective.isalpha():
        return ""
    if adjective.endswith("le") and len(adjective) > 3:
        return adjective[:-1] + "y"
    if adjective.endswith("y") and len(adjective) > 3:
        return adjective[:-1] + "ily"
    if adjective.endswith("ic"):
        return adjective + "ally"
    if adjective.endswith("ll"):
        return adjective + "y"
    return adjective + "ly"


def _as_adverbs(senses: list[Sense]) -> list[Sense]:
    """An adjective's senses where it stands as an adverb and the dictionary has no {adv} line for
    it ("Als John beständig weiter existierte"): a sense English uses as an adverb (constant:
    constantly) counts ADVERB_OF_SENSE times, one it does not (stable: stably is rare; settled
    has no adverb) as it is. The card keeps the adjective ("constant"), as for _adverb_senses."""
    from .frequency import zipf_frequency as english_zipf

    return [
        replace(sense, rank=sense.rank * ADVERB_OF_SENSE)
        if sense.english not in _OTHER_ADVERBS and (adverb := _ly(sense.english)) and english_zipf(adverb, "en") >= USED_ADVERB else sense
        for sense in senses
    ]


def _adverbial(sentence: Sentence | None, token_i: int | None) -> bool:
    """Whether an adjective stands as an adverb ("betete stundenlang"): uninflected (ADJD) in a
    clause whose verb is no copula ("war stundenlang" is predicative). Ding's {adv} senses fit
    it ("for hours"), its {adj} ones the noun it describes ("long hours of")."""
    if sentence is None or token_i is None:
        return False
    token = next((t for t in sentence.tokens if t.i == token_i), None)
    clause = next((c for c in sentence.clauses if token_i in c.tokens), None)
    return token is not None and token.tag == "ADJD" and clause is not None and bool(clause.lemma) and clause.lemma not in _COPULAS


_LINKS = ("", "s", "es", "n", "en", "e")  # a compound's linking element: Winter|einbruch, Jahre|s|beginn


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

    current = _cache_path(path)
    found = tables(current, build)
    for stale in cache_dir().glob("glossary-v*.sqlite"):  # older index versions, of any dictionary
        if older_version(stale, current):
            stale.unlink(missing_ok=True)
    return Glossary(found.get("senses", {}), path)
