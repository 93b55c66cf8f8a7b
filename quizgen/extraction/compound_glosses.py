"""Meanings for nouns the dictionary does not gloss, composed from words it does gloss.

A card without a meaning is worth much less, and most words Ding lacks are compounds and
derivations of words it has (Windscherung, Kronprinzenpaar, Mitschüler). A wrong meaning is
worse than none, so only classes whose English is regular are composed, and each is measured
on Ding itself: a compound Ding does gloss is composed from its parts with its own entry left
out, and the composed meaning is compared with Ding's senses (``scripts/eval_compound_glosses.py``).
A class is used only when it reaches ``MIN_PRECISION`` there (:data:`ENABLED`).

- **compound** (Wind|scherung, Kronprinzen|paar): a first part and a head that the dictionary
  both has, the first part a noun (with or without its linking element: -s-, -n-, -en-, -es-,
  -e-) or an adjective, the head a noun; the split must be the only one of that kind. Each
  part's sense is the one the dictionary's other compounds with that part have in their
  English (…mühle: water mill, windmill, pepper mill → mill), and only a part that keeps its
  meaning so (a head in nearly all of them and a first part in many: :func:`_kept`) is composed: Blatt is no leaf in Anzeigenblatt, Leber- no liver in Leberkäse.
  Shown as its parts' meanings joined by
  " + " ("wind + shear", "crown prince + pair"): the learner sees that the meaning is built
  from the parts, not a dictionary's English term, which may be another word (Handschuh is a
  glove, not a "hand shoe").
- **hyphenated** (Fußball-|Weltmeisterschaft): the hyphen gives the split; each part's one
  clear sense, kept in the dictionary's compounds with it, joined by " + " ("football + world
  championship"; see :func:`_hyphenated` for its held-out figures).
- **fellow** (Mit|schüler): Mit- before a noun naming a person is "fellow …" ("fellow pupil");
  measured but not enabled: Ding names most such words otherwise (classmate, flatmate, co-author).
- **feminine** (Lehrer|in): the feminine of a person noun has the masculine's English
  ("teacher"), as the dictionary itself gives it; not where English has a word for the woman
  (Kellnerin is a waitress).
- **loan** (Hurrikan → hurricane): a loanword found by undoing German spelling, confirmed by the
  English word's frequency (wordfreq; no FreeDict is installed as a second dictionary); measured
  but not enabled: 88 %, and its misses are false friends a learner would trust (Kaution:
  caution, Kollege: college, Fabrik: fabrics).

Where the dictionary has senses of its own for the word but chose none (too weak or contested),
a composed meaning is shown only when it agrees with one of them (shares its head word):
the dictionary knows the word, and a composition it contradicts is likely wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Protocol

from .senses import NARROW, OTHERS, Context, Sense, choose

MIN_PRECISION = 0.9  # a class is enabled when its held-out precision on Ding reaches this
# classes whose held-out precision reached MIN_PRECISION (see scripts/eval_compound_glosses.py)
# compound 86 % on a sample of 526 nouns drawn by a hash of the lemma (the 93 % of session 11
# was 108 nouns taken in index order, a lucky sample): below the bar, so not used.
# hyphenated: 87 of 112 (78 %) name what Ding's own hyphenated entries name, most of the rest the
# same thing by its parts ("gas + main pipe" for Gas-Hauptleitung, Ding's "gas main"; see _hyphenated)
ENABLED = frozenset(["feminine"])  # compound 86 %, fellow 30 % (Mitbewohner: flatmate), loan 88 %, hyphenated 78 %
LINKS = ("", "s", "es", "n", "en", "e", "er")  # a first part's linking element: Kronprinz|en|paar
MIN_PART = 3  # shortest first part or head
MAX_SCAN = 400  # words with a part looked at, at most
MAX_FAMILY = 40  # compounds with a part read to tell whether it keeps its meaning in them
MIN_FAMILY = 5  # fewer tell nothing
# shares of them whose English has the part's: a head must keep its meaning in nearly all its
# compounds and a first part in many (held-out precision on Ding, every 20th noun: head 0.95 and
# first part 0.4: 93 % of 108 composed; head and first part 0.8: 92 % of 145, or either rule: 90 %
# of 223, too close to the bar; head 0.7 and first part 0.7: 84 %)
HEAD_SHARE = 0.95
FIRST_SHARE = 0.4
HYPHEN_HEAD_SHARE = 0.7  # share of a hyphenated compound's head's compounds that keep its clear sense (see _kept_in_family)
MIN_CLOSED = 4  # shortest English head found at the end of a closed compound (windmill)
JOIN = " + "  # between a composed compound's parts' meanings
FIELD = "F"  # a sense's mark: Ding gives it only in a specialist's field
# English words naming people: a head whose meaning ends so is a person noun (Mit- + Schüler)
_PERSON_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian", "ee", "man", "woman", "ier", "eur")


class Senses(Protocol):
    """What composing needs from a glossary: a lemma's indexed senses of a part of speech."""

    def candidates(self, lemma: str, pos: str) -> list[Sense]: ...


def composed_gloss(glossary: Senses, lemma: str, pos: str, classes: frozenset[str] = ENABLED) -> tuple[str, ...]:
    """A meaning for a noun the dictionary gives none for, composed from words it glosses, or ()."""
    if pos != "NOUN" or not lemma[:1].isupper():
        return ()
    found = compose(glossary, lemma, classes)
    if not found:
        return ()
    own = glossary.candidates(lemma, "NOUN")
    if own and not agrees(found[1], [sense.english for sense in own]):
        return ()
    return (found[1],)


def compose(glossary: Senses, lemma: str, classes: frozenset[str] = ENABLED) -> tuple[str, str] | None:
    """(class, meaning) composed from the lemma's parts, never from its own entry; None when no
    enabled class applies."""
    for name, method in _CLASSES:
        if name in classes:
            meaning = method(glossary, lemma)
            if meaning:
                return name, meaning
    return None


def clear_sense(glossary: Senses, lemma: str, pos: str) -> str:
    """A word's one clear English sense, or "": the best sense chosen without a sentence must be
    the only one chosen, not of a specialist's field or a qualified line, and not an English word
    the dictionary gives mostly for other German words."""
    candidates = glossary.candidates(lemma, pos)
    chosen = choose(candidates, Context())
    if len(chosen) != 1:
        return ""
    sense = next(sense for sense in candidates if sense.english == chosen[0])
    if {FIELD, NARROW, OTHERS} & set(sense.marks) or "(" in sense.english or ";" in sense.english:
        return ""
    return re.sub(r"^(?:a|an|the) ", "", chosen[0])


def _noun(word: str) -> str:
    return word[:1].upper() + word[1:]


def _compound(glossary: Senses, lemma: str) -> str:
    """Wind|scherung → "wind + shear": the only split into a glossed first part and head."""
    splits = set()
    for k in range(MIN_PART, len(lemma) - MIN_PART + 1):
        head = _noun(lemma[k:])
        if "-" in head or not glossary.candidates(head, "NOUN"):
            continue
        first = lemma[:k].rstrip("-")
        for link in LINKS:
            if link and not first.endswith(link):
                continue
            stem = first[: len(first) - len(link)]
            if len(stem) < MIN_PART:
                continue
            for word, pos in ((_noun(stem), "NOUN"), (stem.lower(), "ADJ")):
                if glossary.candidates(word, pos):
                    splits.add((word, pos, head, first))
    if len(splits) != 1:
        return ""  # none, or Stau|becken and Staub|ecken: ambiguous
    word, pos, head, first = splits.pop()
    family = _family(glossary)
    head_sense, head_share = family.sense(head.lower(), glossary.candidates(head, "NOUN"), lemma, at_end=True)
    first_sense, first_share = family.sense(first.lower(), glossary.candidates(word, pos), lemma, at_end=False)
    if not first_sense or not head_sense or not _kept(head_share, first_share):
        return ""
    return f"{first_sense}{JOIN}{head_sense}"


class _Family:
    """The dictionary's nouns sorted by their beginning and their end, to find the compounds
    that share a part with a word (…scherung, Wind…)."""

    def __init__(self, nouns: list[str]) -> None:
        self._forward = sorted(noun.lower() for noun in nouns)
        self._backward = sorted(noun.lower()[::-1] for noun in nouns)
        self._cased = {noun.lower(): noun for noun in nouns}
        self.glossary: Senses | None = None

    def members(self, part: str, at_end: bool) -> list[str]:
        """The compounds that begin (or end) with ``part``: the rest a word the dictionary has as
        a noun or adjective (after a linking element), not merely a longer spelling (…drücken
        is no compound of Rücken); at most ``MAX_FAMILY``, spread over the alphabet."""
        assert self.glossary is not None
        words, key = (self._backward, part[::-1]) if at_end else (self._forward, part)
        start = bisect_left(words, key)
        found = []
        for word in words[start : start + MAX_SCAN]:
            if not word.startswith(key):
                break
            noun = self._cased[word[::-1] if at_end else word]
            rest = noun[: len(noun) - len(part)] if at_end else noun[len(part) :]
            if _word(self.glossary, rest.strip("-"), modifier=at_end):
                found.append(noun)
        stride = max(1, len(found) // MAX_FAMILY)
        return found[::stride][:MAX_FAMILY]

    def sense(self, part: str, senses: list[Sense], lemma: str, at_end: bool) -> tuple[str, float]:
        """The part's sense that the dictionary's other compounds with it (not the lemma) have
        in their English, when most of them do, or "": ...paar is a couple in them (Ehepaar,
        Brautpaar), Wind- wind; Blatt is no leaf in Anzeigenblatt, nor Leber- liver in Leberkäse."""
        assert self.glossary is not None
        members = [noun for noun in self.members(part, at_end) if lemma.lower() not in noun.lower()]
        if len(members) < MIN_FAMILY:
            return "", 0.0
        english = [[sense.english for sense in self.glossary.candidates(noun, "NOUN")] for noun in members]
        best, having = "", 0
        for sense in sorted(senses, key=lambda sense: -sense.rank):
            if sense.english.startswith("to ") or "(" in sense.english or " of " in sense.english or len(sense.english.split()) > 2 or NARROW in sense.marks:
                continue
            word = _main_word(sense.english)
            if not word:
                continue
            count = sum(any(_has(other, word, at_end) for other in others) for others in english)
            if count > having:
                best, having = re.sub(r"^(?:a|an|the) ", "", sense.english), count
        return best, having / len(members)


def _kept(head: float, first: float) -> bool:
    """Whether parts whose meaning the dictionary's other compounds keep in these shares make a
    compound read from its parts: a head kept nearly always, a first part often."""
    return head >= HEAD_SHARE and first >= FIRST_SHARE


def _word(glossary: Senses, rest: str, modifier: bool) -> bool:
    """Whether the rest of a compound is a word: a noun, or as a first part also an adjective,
    with or without its linking element."""
    if len(rest) < MIN_PART:
        return False
    if not modifier:
        return bool(glossary.candidates(_noun(rest), "NOUN"))
    for link in LINKS:
        stem = rest[: len(rest) - len(link)] if link and rest.endswith(link) else rest if not link else ""
        if len(stem) >= MIN_PART and (glossary.candidates(_noun(stem), "NOUN") or glossary.candidates(stem.lower(), "ADJ")):
            return True
    return False


def _has(english: str, word: str, at_end: bool) -> bool:
    """Whether an English meaning has the word: as its head (for a compound's head: "water mill",
    "windmill", "shearing"), or anywhere (for a first part: "sawdust")."""
    head = _head(english)
    if at_end:  # "ion" is no head of "condensation": a closed compound's head is a longer word
        return head.startswith(word) or (len(word) >= MIN_CLOSED and head.endswith(word))
    return word in english.lower()


def _main_word(english: str) -> str:
    """The word an English meaning is named by: its last ("motor activity" → activity), cut to
    a stem so that plurals and derivations count ("shear", "shearing")."""
    words = re.findall(r"[a-z]+", english.lower())
    if not words:
        return ""  # a meaning without a Latin letter names nothing to compare
    word = words[-1]
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


_FAMILIES: dict[int, _Family] = {}


def _family(glossary: Senses) -> _Family:
    """The family index of a glossary's nouns, built once per glossary."""
    found = _FAMILIES.get(id(glossary))
    if found is None or found.glossary is not glossary:
        index = getattr(glossary, "_index", {})
        found = _Family([key.split("\t", 1)[0] for key in index if key.endswith("\tNOUN")])
        found.glossary = glossary
        _FAMILIES[id(glossary)] = found
    return found


def _hyphenated(glossary: Senses, lemma: str) -> str:
    """Fußball-Europameisterschaft → "football + European championship": a compound whose
    hyphen shows the split (no doubt as between Stau|becken and Staub|ecken), each part a noun
    with one clear sense (see clear_sense) that the dictionary's compounds with it keep
    (:func:`_kept_in_family`); the head may itself be a compound the compound class composes.
    Held out on Ding's own hyphenated nouns: 112 composed, 87 naming what Ding's English names
    (its hyphenated entries are mostly terms with names of their own: Gas-Hauptleitung "gas
    main" composed as "gas + main pipe"); a card shows the parts, which a learner reads as such."""
    parts = lemma.split("-")
    if len(parts) < 2 or any(len(part) < MIN_PART or not part[:1].isupper() for part in parts):
        return ""
    senses = [clear_sense(glossary, part, "NOUN") for part in parts]
    if not glossary.candidates(parts[-1], "NOUN"):
        senses[-1] = _compound(glossary, parts[-1])
    elif not _kept_in_family(glossary, parts[-1], senses[-1], lemma, at_end=True):
        return ""
    if not all(senses) or not all(_kept_in_family(glossary, part, sense, lemma, at_end=False) for part, sense in zip(parts[:-1], senses, strict=False)):
        return ""
    return JOIN.join(senses)


def _kept_in_family(glossary: Senses, part: str, sense: str, lemma: str, at_end: bool) -> bool:
    """Whether the dictionary's compounds with a part (not the lemma) keep its clear sense in
    their English: Brücke is a bridge in 32 of its 40 compounds, Stimme a voice in 13 of 28
    (Gegenstimme: vote against; "Nein-Stimme" is no "no + voice"). A part with too few
    compounds to tell (Europameisterschaft, Afghanistan) is a long or a proper word, whose one
    clear sense is its sense."""
    members = [noun for noun in _family(glossary).members(part.lower(), at_end) if lemma.lower() not in noun.lower()]
    word = _main_word(sense)
    if len(members) < MIN_FAMILY or not word:
        return bool(word)
    having = sum(any(_has(sense.english, word, at_end) for sense in glossary.candidates(noun, "NOUN")) for noun in members)
    return having / len(members) >= (HYPHEN_HEAD_SHARE if at_end else FIRST_SHARE)


def _fellow(glossary: Senses, lemma: str) -> str:
    """Mit|schüler → "fellow pupil": Mit- before a person noun."""
    if not lemma.startswith("Mit") or len(lemma) < 3 + MIN_PART + 1:
        return ""
    head = _noun(lemma[3:])
    sense = clear_sense(glossary, head, "NOUN")
    return f"fellow {sense}" if sense and _person(sense) else ""


def _feminine(glossary: Senses, lemma: str) -> str:
    """Lehrer|in → "teacher": the feminine of a person noun keeps the masculine's English."""
    if not lemma.endswith("in") or len(lemma) < 6:
        return ""
    masculine = lemma[:-2]
    sense = clear_sense(glossary, masculine, "NOUN")
    return sense if sense and _person(sense) and not _feminine_english(sense) else ""


FEMININE_ZIPF = 2.5  # an English feminine in -ess this common names the woman (waitress, actress)


def _feminine_english(english: str) -> bool:
    """Whether English has a feminine of its own for the person noun (waiter → waitress, actor →
    actress, hunter → huntress): then Kellnerin is not "waiter", and no meaning is composed."""
    from .frequency import zipf_frequency

    word = english.split()[-1].lower()
    forms = {word + "ess", word + "ss"} | ({word[:-2] + "ress"} if word.endswith(("er", "or")) else set())
    return any(zipf_frequency(form, "en") >= FEMININE_ZIPF for form in forms)


def _person(english: str) -> bool:
    """Whether an English noun names a person by its ending (pupil is listed: no suffix says so)."""
    word = english.split()[-1].lower()
    return word.endswith(_PERSON_SUFFIXES) or word in _PERSON_WORDS


_PERSON_WORDS = frozenset(["pupil", "student", "citizen", "prisoner", "colleague", "friend", "partner", "child", "guest", "heir"])


def agrees(meaning: str, senses: list[str]) -> bool:
    """Whether a composed meaning names what one of the senses names: the same words (spaces,
    hyphens and " + " aside) or the same head word (the last word, or the word before "of")."""
    flat = _flat(meaning)
    head = _head(meaning)
    return any(_flat(sense) == flat or _head(sense) == head for sense in senses)


def _flat(english: str) -> str:
    return re.sub(r"[^a-z]", "", english.lower())


def _head(english: str) -> str:
    words = re.findall(r"[a-z]+", english.lower().split(" of ")[0])
    return words[-1] if words else ""


MIN_LOAN = 5  # shorter words are too often another English word (Chor: chore, Brut: brute)
LOAN_ZIPF = 3.0  # an English word this common confirms a loanword's spelling (hurricane 4.1)
# German spellings of English ones in loanwords: Hurrikan → hurricane, Biologie → biology
_SPELLINGS = (("k", "c"), ("ität", "ity"), ("ie", "y"), ("ismus", "ism"), ("ur", "ure"), ("isch", "ic"))


def _loan(glossary: Senses, lemma: str) -> str:
    """Hurrikan → "hurricane": a loanword the German spells by its own rules, found by undoing
    them (k for c, -ität for -ity, -ie for -y …, a final e added) and confirmed by the English
    word's frequency; never a word spelt as the English already (Gift is no gift)."""
    from .frequency import zipf_frequency

    word = lemma.lower()
    if not word.isalpha() or len(word) < MIN_LOAN or zipf_frequency(word, "en") >= LOAN_ZIPF:
        return ""
    forms = {word[:-2] + "ics" if word.endswith("ik") else word}  # Elektronik: electronics, not electronic
    for german, english in _SPELLINGS:
        forms |= {form.replace(german, english) for form in forms}
    forms.discard(word)
    forms |= {form + "e" for form in forms}  # hurrican → hurricane, only after a German spelling undone
    found = sorted((zipf_frequency(form, "en"), form) for form in forms)
    return found[-1][1] if found and found[-1][0] >= LOAN_ZIPF else ""


_CLASSES: tuple[tuple[str, Callable[[Senses, str], str]], ...] = (
    ("feminine", _feminine),
    ("hyphenated", _hyphenated),
    ("fellow", _fellow),
    ("compound", _compound),
    ("loan", _loan),
)
