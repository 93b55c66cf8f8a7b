"""The synonyms a key accepts for a core word, in the sense the text uses it (issue 12, session 23).

Readers marked keys too narrow where a student says the point with a synonym: "damit sie
elektrischen Strom herstellen kann" rejected "um Elektrizität zu erzeugen", "zur Fortpflanzung"
rejected "zur Vermehrung". OpenThesaurus (see ``extraction.thesaurus``) lists a word's senses as
separate synonym sets, one a line; the index quizgen caches merges them, so "Strom" is both
"Elektrizität" and "Fluss". Here a core word takes the synonyms of one sense only:
- the set that shares a stem with the answer's other words ("elektrischen Strom": Elektrizität);
- else the word's only set when it is short, not an adjective's ("Fortpflanzung": Vermehrung,
  Reproduktion; "lang" is only "weit", of distance; "Breite" is also "Dicke");
- else, for a verb, the words found in half of its sets and two at least, its main sense
  ("herstellen": erzeugen); a verb takes one synonym only, the most frequent; never for a noun
  or an adjective, whose senses name other things ("Ufer": Küste is the sea's; "kühl": kalt, ruhig).
A synonym stays only when the dictionary translates it as it translates the core word (round 26:
"Bauernhof/Ranch", "Durchsetzung/Erfolg" shared a line, not a meaning). Only plain words a B1 student writes: no register note ("Saft (ugs.)"), no phrase, no rare word
unless it is a compound of two common ones ("Inselgruppe" for "Archipel", round 25), no name
("Landeshauptstadt;Düsseldorf"), none that contains the core word or is contained in it
("Seeufer" says "Ufer" already).
Two more ways a student says a core word (round 25): the last part of a compound that its own
synonym set lists ("Informationskanal": Kanal), and for a noun of an action the verbs its synonyms
and the verb's share ("Verwendung": nutzen, benutzen; "vom Tabak und wie man ihn benutzt").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..analysis.adverbials import COMPASS_POINTS
from ..analysis.lexicon import noun_lexicon
from ..cache import cache_dir, source_key, tables
from ..errors import InputError
from ..extraction.frequency import zipf_frequency
from ..extraction.glossary import load_glossary
from ..extraction.thesaurus import default_thesaurus

KNOWN = 3.3  # Zipf from which a synonym is a word a B1 student may write (Vermehrung 3.31)
MAX_SYNONYMS = 2  # per core word: the printed key stays readable
MAIN_SENSE = 2  # sets a synonym shares with the word to be its main sense
CONTEXT_STEM = 6  # letters two words share to be of one family ("elektrisch", "Elektrizität")
TIGHT_NOUN_SET = 4  # words of a noun's only set that still name one thing ("Vermehrung;Fortpflanzung;Reproduktion")
TIGHT_VERB_SET = 5  # a verb's ("bekommen": erhalten); "etablieren" (six) is also "gründen"
HEAD_LETTERS = 4  # a compound's part shorter than this is a guess ("Tor")
PAIR = 1  # a set of the word and one other name (besides compounds of the word itself)
VERB_ENDING = re.compile(r"(?:e|el|er)n$")
_NOTE = re.compile(r"\(")


SENSES_VERSION = 1  # the format of this module's cache of senses (not the thesaurus index's)


def synonym_sets(word: str, path: Path | None = None) -> list[frozenset[str]]:
    """The word's synonym sets, each of the plain single words of one line (a word with a note
    in brackets is left out of that line's set, as it is another register). Read from the
    cached index (``_senses``): a build asks for a few dozen core words, not for 100,000 lines."""
    path = path or default_thesaurus()
    if path is None:
        return []
    return [frozenset(words) for words in _senses(path).get(word, ())]


@lru_cache(maxsize=2)
def _senses(path: Path) -> Mapping[str, Any]:
    """Word → its senses, cached in the user's cache like the thesaurus index (session 24: each
    process parsed the whole file into sets, about 60 MB, for the few words its keys ask for)."""
    key = source_key(path, SENSES_VERSION)
    cached = tables(cache_dir() / f"key-senses-v{SENSES_VERSION}-{key}.sqlite", lambda: {"senses": _parse(path)},
                    stale_prefix="key-senses-")
    return cached.get("senses", {})


def _parse(path: Path) -> dict[str, list[list[str]]]:
    """Word → the lines it stands on, each as its sorted plain words."""
    senses: dict[str, list[list[str]]] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            words = sorted({e.strip() for e in line.rstrip("\n").split(";") if e.strip() and " " not in e.strip()
                            and not _NOTE.search(e)})
            for word in words:
                senses.setdefault(word, []).append(words)
    return senses


def core_synonyms(word: str, context: list[str], verb: bool = False, path: Path | None = None) -> list[str]:
    """Up to ``MAX_SYNONYMS`` synonyms of ``word`` in the sense ``context`` (the answer's other
    words) points to, most frequent first; [] when the sense is unclear or ``word`` is a point of
    the compass (``COMPASS_POINTS``), whose thesaurus lines hold regions of the world ("Osten":
    Orient), which a direction within a town or a land is not (round 27, Eisenstadt)."""
    if word in COMPASS_POINTS:
        return []
    senses = synonym_sets(word, path)
    if not senses:
        return []
    stems = [c.lower()[:CONTEXT_STEM] for c in context if len(c) >= CONTEXT_STEM and c != word]
    fitting = [s for s in senses if any(other.lower().startswith(stems_) for other in s - {word} for stems_ in stems)]
    adjective = word.islower() and not verb
    if len(fitting) == 1:
        candidates = set(fitting[0])
    elif len(senses) == 1 and not adjective and len(senses[0]) <= (TIGHT_VERB_SET if verb else TIGHT_NOUN_SET):
        candidates = set(senses[0])  # "lang;weit" is one set, of distance; a long set drifts ("Breite": Dicke)
    elif verb:
        counts = Counter(other for s in senses for other in s)
        candidates = {other for other, n in counts.items() if n >= max(MAIN_SENSE, len(senses) / 2)}
    else:
        return []
    paired = len({c for c in candidates if word.lower() not in c.lower()}) == PAIR  # "Archipel;Inselgruppe"
    plain = [c for c in _plain(word, candidates, paired) if _same_sense(word, c, verb)]
    return plain[: 1 if verb else MAX_SYNONYMS]  # a verb's best word: its others drift


MAX_GLOSS_WORDS = 2  # an English gloss longer than this is a phrase of one use ("to produce energy")


def _same_sense(word: str, other: str, verb: bool) -> bool:
    """Does the dictionary translate both words alike (round 26: "Bauernhof/Ranch", "Durchsetzung/
    Erfolg", "Wissen/Daten" share a thesaurus line but no meaning a student means by the core word;
    "Strom/Elektrizität", "herstellen/erzeugen", "Archipel/Inselgruppe" share one)? Without a
    dictionary, or one that does not know the core word, the thesaurus's sense choice stands."""
    mine = _glosses(word, "VERB" if verb else "NOUN")
    return not mine or bool(mine & _glosses(other, "VERB" if verb else "NOUN"))


def _glosses(word: str, pos: str) -> frozenset[str]:
    """The word's short English translations, without the infinitive's "to"; a noun's also by its
    head ("large river" is a river: Strom stays a synonym of Fluss)."""
    glossary = _glossary()
    if glossary is None:
        return frozenset()
    found = set()
    for sense in glossary.candidates(word, pos):
        english = sense.english.lower().removeprefix("to ")
        words = english.split()
        if 0 < len(words) <= MAX_GLOSS_WORDS:
            found.update({english, words[-1]} if pos == "NOUN" else {english})
    return frozenset(found)


def _glossary() -> Any:
    """The default dictionary (``glossary.load_glossary``), None without one or when it cannot be read."""
    try:
        return load_glossary(None)
    except InputError:
        return None


def thesaurus_head(word: str, path: Path | None = None) -> str | None:
    """The compound's last part when one of its synonym sets lists it ("Informationskanal":
    Kanal, "Übertragungskanal"): the thesaurus says the short word names the same thing, which
    the lexicon's split may miss."""
    if not word[:1].isupper():
        return None
    heads = [other for sense in synonym_sets(word, path) for other in sense
             if other != word and len(other) >= HEAD_LETTERS and word.lower().endswith(other.lower())]
    return min(heads, key=len) if heads else None


# Adjectives next to each other on one scale of the senses (round 26: the core word "kühl" in
# "relativ kühles Meerwasser" rejected "kaltes Wasser"): the thesaurus lists "kühl" with "ruhig"
# and "reserviert" too, so an adjective takes no synonym set (see above), only its neighbour here.
SCALE_NEIGHBOURS = {"kühl": "kalt", "kalt": "kühl", "warm": "heiß", "heiß": "warm", "feucht": "nass", "nass": "feucht"}
# Words of difference, which a student says with either other (round 27, Galapagosinseln 6: "dass
# die Finken auf jeder Insel etwas anders aussehen" refused "unterschiedlich aussehen"); the
# thesaurus lists "anders" with "sonst" and "anderweitig" too.
DIFFERENT = ("anders", "verschieden", "unterschiedlich")


def scale_neighbours(word: str) -> list[str]:
    """The word's neighbour on its scale of temperature or wetness, which a student writes for it,
    or the other words of difference (``DIFFERENT``)."""
    if word in DIFFERENT:
        return [other for other in DIFFERENT if other != word]
    return [SCALE_NEIGHBOURS[word]] if word in SCALE_NEIGHBOURS else []


ACTION_ENDING = "ung"


def action_verbs(noun: str, path: Path | None = None) -> list[str]:
    """The verbs a student says a noun of an action with: its own verb ("Verwendung" → verwenden)
    when a word, then those of its synonyms in -ung that the verb's own sets list too ("Benutzung",
    "Nutzung" → benutzen, nutzen), most frequent first; [] for a noun that is no action's."""
    if not noun.endswith(ACTION_ENDING) or len(noun) < 7:
        return []
    own = _verb_of(noun, path)
    if own is None:
        return []
    senses = synonym_sets(noun, path)
    nouns = {other for sense in senses for other in sense if other.endswith(ACTION_ENDING)}
    related = {other for sense in synonym_sets(own, path) for other in sense}
    verbs = {verb for other in nouns - {noun} if (verb := _verb_of(other, path)) is not None and verb in related}
    if not related and len(senses) == 1 and len(senses[0]) <= TIGHT_NOUN_SET:
        # a verb the thesaurus does not list ("sich fortpflanzen"): the verbs of the noun's one tight
        # set that the dictionary translates as it translates the noun's own verb ("Vermehrung" →
        # vermehren: reproduce, multiply; round 28, Blüte (Klexikon) 1)
        mine = _one_word_glosses(own, "VERB")
        verbs = {verb for other in nouns - {noun} if (verb := _verb_of(other, path)) is not None
                 and mine & _one_word_glosses(verb, "VERB")}
    return [own, *_plain(own, verbs)[:MAX_SYNONYMS]]


def _verb_of(noun: str, path: Path | None = None) -> str | None:
    """The verb a noun in -ung is made of ("Verwendung" → "verwenden", "Lieferung" → "liefern"),
    when the thesaurus lists it as a word of its own (not "zeiten" for "Zeitung"), or the
    dictionary translates it as a verb ("fortpflanzen", which the thesaurus lists only with "sich")."""
    stem = noun[: -len(ACTION_ENDING)].lower()
    for verb in (stem + "en", stem + "n"):
        if VERB_ENDING.search(verb) and (zipf_frequency(verb) >= KNOWN and synonym_sets(verb, path)
                                         or _one_word_glosses(verb, "VERB")):
            return verb
    return None


# Derivations a student says by their base (round 28: "wasserreich" refused "viel Wasser",
# "Abgeschiedenheit" refused "weil die Inseln weit weg / isoliert liegen"): a noun of a quality in
# -heit/-keit is said by its adjective, a rare adjective of having much of a thing (-reich, -voll,
# -haltig) by that thing. Not -arm/-los: their base says the opposite ("wasserarm" is no "Wasser";
# "kein Wasser" negates, which the self-check page refuses against an answer without negation).
QUALITY_ENDINGS = ("heit", "keit")
HAVING_ENDINGS = ("reich", "voll", "haltig")
LINKS = ("s", "es", "n", "en")  # "niederschlags|reich", "hilfe" without its -e: "hilf|reich"
MIN_BASE = 4  # letters: a shorter base is a guess ("ein" for "Einheit")
PLAIN_QUALITY = 4.0  # Zipf from which a noun of a quality is a word of its own ("Mehrheit" is no "mehr",
# "Gelegenheit" nothing "gelegen"); "Abgeschiedenheit" 2.97, "Trockenheit" 3.45


UMLAUTS = {"a": "ä", "o": "ö", "u": "ü"}
MIN_SHARED_STEM = 4  # letters of a verb's gloss that begins its noun's ("sell" in "selling", "protect" in "protection")


def noun_verbs(noun: str) -> list[str]:
    """The verb a noun is the stem of ("Schutz" → schützen, "Kauf" → kaufen, "Ernte" → ernten),
    with or without an umlaut, when the dictionary translates both alike (protection: protect;
    not "Wert" → werten: value, rate); [] for a noun in -ung (``action_verbs``) or any other."""
    if not noun[:1].isupper() or not noun.isalpha() or noun.endswith(ACTION_ENDING) or len(noun) < MIN_BASE:
        return []
    mine = _one_word_glosses(noun, "NOUN")
    if not mine:
        return []
    low = noun.lower()
    vowel = max((low.rfind(v) for v in UMLAUTS), default=-1)
    stems = [low] + ([low[:vowel] + UMLAUTS[low[vowel]] + low[vowel + 1 :]] if vowel >= 0 else [])
    for stem in stems:
        for verb in dict.fromkeys((stem + "en", stem + "n") if stem.endswith("e") else (stem + "en",)):
            if not VERB_ENDING.search(verb) or verb.endswith("een"):
                continue
            glosses = _one_word_glosses(verb, "VERB")
            if any(g == v or (len(v) >= MIN_SHARED_STEM and g.startswith(v)) for g in mine for v in glosses):
                return [verb]
    return []


def derived_bases(word: str, path: Path | None = None) -> list[str]:
    """The base words a student says ``word`` with: for a noun in -heit/-keit its adjective and the
    adjective's plain synonyms ("Abgeschiedenheit" → abgeschieden, einsam, isoliert; "Müdigkeit" →
    müde; not a common noun: "Mehrheit", "Gelegenheit" are words of their own), for a rare
    adjective in -reich/-voll/-haltig its noun ("wasserreich" → Wasser; not "zahlreich" → Zahl). Only words the dictionary knows
    as adjectives, nouns the lexicon lists; [] for any other word."""
    if word[:1].isupper() and word.endswith(QUALITY_ENDINGS):
        if zipf_frequency(word) >= PLAIN_QUALITY:
            return []
        stem = word[:-4].lower()
        candidates = [stem, *([stem[:-2] + "e", stem[:-2]] if stem.endswith("ig") else [])]
        for adjective in candidates:
            if len(adjective) >= MIN_BASE and _one_word_glosses(adjective, "ADJ"):
                return [adjective, *rare_adjective_synonyms(adjective, path)]
        return []
    if not word.islower() or zipf_frequency(word) >= KNOWN:
        return []
    for ending in HAVING_ENDINGS:
        left = word[: -len(ending)] if word.endswith(ending) else ""
        forms = [left, *(left[: -len(link)] for link in LINKS if left.endswith(link)), left + "e"]
        for form in forms:
            noun = form.capitalize()
            if len(form) >= MIN_BASE and noun_lexicon().lookup(noun, compound_fallback=False) is not None:
                return [noun]
    return []


def _known(candidate: str, paired: bool = False) -> bool:
    """A word a B1 student writes: a frequent one, or where ``paired`` a compound of two frequent
    nouns ("Insel|gruppe")."""
    if zipf_frequency(candidate) >= KNOWN:
        return True
    if not paired or not candidate[:1].isupper():
        return False
    return any(zipf_frequency(candidate[:cut]) >= KNOWN and zipf_frequency(candidate[cut:].capitalize()) >= KNOWN
               and noun_lexicon().lookup(candidate[cut:].capitalize(), compound_fallback=False) is not None
               for cut in range(HEAD_LETTERS, len(candidate) - HEAD_LETTERS + 1))


def _plain(word: str, candidates: set[str], paired: bool = False) -> list[str]:
    """The candidates a student writes for ``word``, most frequent first; a rare compound of two
    common words only where it is the word's one other name (``paired``: "Archipel;Inselgruppe",
    "Pollen;Blütenstaub", not "Miniatur;Minibild;Vorschaubild", a sense of another trade)."""
    folded = word.lower()
    verb = word.islower() and VERB_ENDING.search(word) is not None
    plain = [c for c in candidates if c != word and c[:1].isupper() == word[:1].isupper()
             and (not verb or VERB_ENDING.search(c) is not None)  # "geraten": not "angebracht"
             and folded not in c.lower() and c.lower() not in folded and _known(c, paired)
             and "-" not in c and (not c[:1].isupper() or noun_lexicon().lookup(c, compound_fallback=False) is not None)]
    return sorted(plain, key=lambda c: (-zipf_frequency(c), c))


LIGHT_VERB = 5.0  # Zipf from which a verb is a light one of many uses (machen, geben, kommen): no synonym by gloss
MIN_SHARED_GLOSS = 4  # letters of the one-word English gloss two verbs share ("attract"; not "do")


def text_synonym_verbs(verb: str, candidates: list[str]) -> list[str]:
    """The verbs of ``candidates`` (those the text uses) that the dictionary translates by a word
    it translates ``verb`` by too ("anziehen", "anlocken": attract, lure; round 28, Blüte), most
    frequent first; the thesaurus lists "anziehen" only with "ankleiden". Not for a light verb
    (``LIGHT_VERB``), nor where the dictionary does not know either."""
    if zipf_frequency(verb) >= LIGHT_VERB or not VERB_ENDING.search(verb):
        return []
    mine = {g for g in _glosses(verb, "VERB") if " " not in g and len(g) >= MIN_SHARED_GLOSS}
    if not mine:
        return []
    found = [other for other in candidates if other != verb and VERB_ENDING.search(other)
             and zipf_frequency(other) < LIGHT_VERB and zipf_frequency(other) >= KNOWN - 1
             and verb not in other and other not in verb
             and mine & _one_word_glosses(other, "VERB")]
    return sorted(found, key=lambda c: (-zipf_frequency(c), c))[:MAX_SYNONYMS]


def _one_word_glosses(word: str, pos: str) -> set[str]:
    """The dictionary's English glosses of ``word`` that are one word ("attract", not "to draw in")."""
    return {g for g in _glosses(word, pos) if " " not in g}


def rare_adjective_synonyms(word: str, path: Path | None = None) -> list[str]:
    """For a rare adjective (Zipf below ``KNOWN``) the common words a B1 student says it with:
    those of its thesaurus lines the dictionary translates by a one-word gloss of its own
    ("abgeschieden": isoliert, einsam; round 28, Galapagosinseln (Klexikon) 5, "durch die
    Abgeschiedenheit der Inseln" refused "weil die Inseln isoliert sind"), most frequent first;
    the other lines' words ("öde", "verlassen") name another thing. [] for a common adjective,
    whose senses drift (see ``core_synonyms``)."""
    if not word.isalpha() or not word.islower() or VERB_ENDING.search(word) and not word.endswith("en") \
            or zipf_frequency(word) >= KNOWN or word in COMPASS_POINTS:
        return []
    mine = _one_word_glosses(word, "ADJ")
    if not mine:
        return []
    candidates = {other for sense in synonym_sets(word, path) for other in sense}
    plain = [c for c in candidates if c != word and c.islower() and c.isalpha() and zipf_frequency(c) >= KNOWN
             and word not in c and c not in word and mine & _one_word_glosses(c, "ADJ")]
    return sorted(plain, key=lambda c: (-zipf_frequency(c), c))[:MAX_SYNONYMS]
