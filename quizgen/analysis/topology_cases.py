"""Case, number and gender readings of German noun phrases, from their forms alone.

A reading is ``(case, number, gender)``: case Nom/Acc/Dat/Gen, number Sing/Plur, gender
Masc/Fem/Neut ("" in the plural). A phrase's readings are the intersection of what its
determiner, a strong adjective ending and the noun's lexicon gender and number allow, so
"den Mann" is Acc only, "die Katze" Nom or Acc, "Raketen" (no determiner) anything plural.
Pronouns carry their own readings and person. Nothing here needs a lexicon beyond
``Token.morph`` (Gender/Number set by the noun lexicon).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Token

Reading = tuple[str, str, str]
Readings = frozenset[Reading]

CASES = ("Nom", "Acc", "Dat", "Gen")
GENDERS = ("Masc", "Fem", "Neut")


def _parse(spec: str) -> Readings:
    """``"Nom.Sing.Masc Dat.Plur"`` → readings; a missing gender in the singular means all."""
    result: set[Reading] = set()
    for item in spec.split():
        parts = item.split(".")
        cases = CASES if parts[0] == "*" else tuple(parts[0].split("/"))
        number = parts[1]
        genders: tuple[str, ...] = ("",) if number == "Plur" else (
            tuple(parts[2].split("/")) if len(parts) > 2 else GENDERS
        )
        result.update((case, number, gender) for case in cases for gender in genders)
    return frozenset(result)


ALL: Readings = _parse("*.Sing *.Plur")

# Definite article and the der-words (dies-, jen-, jed- …) by ending.
_DEFINITE = {
    "der": "Nom.Sing.Masc Dat/Gen.Sing.Fem Gen.Plur",
    "die": "Nom/Acc.Sing.Fem Nom/Acc.Plur",
    "das": "Nom/Acc.Sing.Neut",
    "den": "Acc.Sing.Masc Dat.Plur",
    "dem": "Dat.Sing.Masc/Neut",
    "des": "Gen.Sing.Masc/Neut",
}
_DER_ENDINGS = {
    "er": _DEFINITE["der"],
    "e": _DEFINITE["die"],
    "es": "Nom/Acc.Sing.Neut Gen.Sing.Masc/Neut",
    "en": _DEFINITE["den"],
    "em": _DEFINITE["dem"],
}
# ein, kein and the possessives; plural forms only for those that have a plural.
_EIN_ENDINGS = {
    "": "Nom.Sing.Masc/Neut Acc.Sing.Neut",
    "e": "Nom/Acc.Sing.Fem Nom/Acc.Plur",
    "en": "Acc.Sing.Masc Dat.Plur",
    "em": "Dat.Sing.Masc/Neut",
    "er": "Dat/Gen.Sing.Fem Gen.Plur",
    "es": "Gen.Sing.Masc/Neut",
}
# Strong adjective endings (an adjective without a determiner carries the case).
_STRONG = {
    "er": "Nom.Sing.Masc Dat/Gen.Sing.Fem Gen.Plur",
    "e": "Nom/Acc.Sing.Fem Nom/Acc.Plur",
    "es": "Nom/Acc.Sing.Neut",
    "en": "Acc.Sing.Masc Dat.Plur Gen.Sing.Masc/Neut",
    "em": "Dat.Sing.Masc/Neut",
}
_DER_STEMS = ("dies", "jen", "jed", "welch", "manch", "solch", "jeglich", "all", "beid", "sämtlich")
_EIN_STEMS = ("kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur", "ein")

# Personal, reflexive, interrogative and a few indefinite pronouns: readings and person.
_PRONOUNS: dict[str, tuple[str, str]] = {
    "ich": ("Nom.Sing", "1"),
    "du": ("Nom.Sing", "2"),
    "er": ("Nom.Sing.Masc", "3"),
    "sie": ("Nom/Acc.Sing.Fem Nom/Acc.Plur", "3"),
    "es": ("Nom/Acc.Sing.Neut", "3"),
    "wir": ("Nom.Plur", "1"),
    "ihr": ("Nom.Plur Dat.Sing.Fem", "2"),
    "mich": ("Acc.Sing", "1"),
    "dich": ("Acc.Sing", "2"),
    "ihn": ("Acc.Sing.Masc", "3"),
    "uns": ("Acc/Dat.Plur", "1"),
    "euch": ("Acc/Dat.Plur", "2"),
    "mir": ("Dat.Sing", "1"),
    "dir": ("Dat.Sing", "2"),
    "ihm": ("Dat.Sing.Masc/Neut", "3"),
    "ihnen": ("Dat.Plur", "3"),
    "sich": ("Acc/Dat.Sing Acc/Dat.Plur", "3"),
    "man": ("Nom.Sing", "3"),
    "wer": ("Nom.Sing", "3"),
    "wen": ("Acc.Sing", "3"),
    "wem": ("Dat.Sing", "3"),
    "was": ("Nom/Acc.Sing.Neut", "3"),
    "jemand": ("Nom/Acc/Dat.Sing", "3"),
    "niemand": ("Nom/Acc/Dat.Sing", "3"),
    "jemanden": ("Acc.Sing", "3"),
    "niemanden": ("Acc.Sing", "3"),
    "jemandem": ("Dat.Sing", "3"),
    "niemandem": ("Dat.Sing", "3"),
    "etwas": ("Nom/Acc/Dat.Sing.Neut", "3"),
    "nichts": ("Nom/Acc/Dat.Sing.Neut", "3"),
    "alles": ("Nom/Acc.Sing.Neut", "3"),
    "allem": ("Dat.Sing.Neut", "3"),
    "viele": ("Nom/Acc.Plur", "3"),
    "vielen": ("Dat.Plur", "3"),
    "einige": ("Nom/Acc.Plur", "3"),
    "mehrere": ("Nom/Acc.Plur", "3"),
    "wenige": ("Nom/Acc.Plur", "3"),
    "andere": ("Nom/Acc.Plur Nom/Acc.Sing.Fem", "3"),
    "denen": ("Dat.Plur", "3"),
    "dessen": ("Gen.Sing.Masc/Neut", "3"),
    "deren": ("Gen.Sing.Fem Gen.Plur", "3"),
    "dies": ("Nom/Acc.Sing.Neut", "3"),
    "mehr": ("Nom/Acc/Dat.Sing.Neut Nom/Acc/Dat.Plur", "3"),
}
DETERMINER_TAGS = frozenset({"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "PWAT", "PRELAT"})


@lru_cache(maxsize=512)
def determiner_readings(word: str) -> Readings:
    """Readings a determiner allows (ALL when the form is not a known determiner)."""
    word = word.lower()
    if word in _DEFINITE:
        return _parse(_DEFINITE[word])
    for stem in _EIN_STEMS:
        ending = word[len(stem) :]
        if word.startswith(stem) and ending in _EIN_ENDINGS:
            found = _parse(_EIN_ENDINGS[ending])
            if stem == "ein":
                found = frozenset(r for r in found if r[1] == "Sing")
            return found
    for stem in _DER_STEMS:
        ending = word[len(stem) :]
        if word.startswith(stem) and ending in _DER_ENDINGS:
            return _parse(_DER_ENDINGS[ending])
    return ALL


def pronoun_readings(token: Token) -> tuple[Readings, str]:
    """Readings and person of a pronoun (ALL and "3" for an unknown form)."""
    word = token.text.lower()
    if word in _PRONOUNS:
        spec, person = _PRONOUNS[word]
        if word == "ihr" and token.tag == "PPOSAT":
            return ALL, "3"
        return _parse(spec), person
    if word.startswith("welch") or token.tag in ("PDS", "PRELS", "PIS"):
        found = determiner_readings(word) | _ein_pronoun_readings(word, token.tag)
        if found is not ALL and token.tag in ("PDS", "PRELS") and word in ("der", "den"):
            # standing alone, "der" is no genitive plural (that is "derer"/"deren") and "den" no
            # dative plural ("denen"): "ein Hausbewohner, der das Unglück überlebte" has one subject
            found = frozenset(r for r in found if r[0] != "Gen" and (word != "den" or r[0] != "Dat"))
        if found is not ALL:
            return found, "3"
    return ALL, "3"


# Forms an ein-word has only when it stands alone: "keiner" is also "kein Mann", "eines" also "ein Kind".
_EIN_PRONOUN_ENDINGS = {"er": "Nom.Sing.Masc", "es": "Nom/Acc.Sing.Neut", "s": "Nom/Acc.Sing.Neut"}


def _ein_pronoun_readings(word: str, tag: str) -> Readings:
    """The readings an ein-word (kein, ein, mein …) adds as a pronoun: "*Keiner* seiner
    Vorgänger war älter geworden" (nominative, where the determiner "keiner" is only dative,
    genitive or genitive plural), "*eines* der Häuser brannte"."""
    if tag not in ("PIS", "PDS", "PPOSS"):
        return frozenset()
    for stem in _EIN_STEMS:
        ending = word[len(stem) :]
        if word.startswith(stem) and ending in _EIN_PRONOUN_ENDINGS:
            return _parse(_EIN_PRONOUN_ENDINGS[ending])
    return frozenset()


def _strong_adjective(word: str) -> Readings:
    for ending in ("em", "en", "er", "es", "e"):
        if word.endswith(ending):
            return _parse(_STRONG[ending])
    return ALL


def noun_readings(token: Token) -> Readings:
    """What the noun's lexicon gender and number and its form allow."""
    gender, number = token.feature("Gender"), token.feature("Number")
    found = ALL
    if not token.text.endswith(("n", "s")):  # the dative plural ends in -n (or -s: Autos)
        found = frozenset(r for r in found if r[:2] != ("Dat", "Plur"))
    if number == "Plur":
        found = frozenset(r for r in found if r[1] == "Plur")
    elif number == "Sing":
        found = frozenset(r for r in found if r[1] == "Sing")
    if gender in GENDERS and number != "Plur":
        found = frozenset(r for r in found if r[1] == "Plur" or r[2] == gender)
    if number == "Plur" and gender == "Masc" and token.text.endswith("en"):  # weak nouns: den Satelliten
        found = found | _parse("Acc/Dat/Gen.Sing.Masc")
    return found


def phrase_readings(tokens: list[Token]) -> Readings:
    """Readings of a noun phrase: determiner ∩ strong adjective ∩ noun, ALL when nothing constrains.

    An empty intersection (a tagging or lexicon error) falls back to the determiner alone.
    """
    determiner = next((t for t in tokens if t.tag in DETERMINER_TAGS), None)
    nouns = [t for t in tokens if t.tag == "NN"]
    found = determiner_readings(determiner.text) if determiner is not None else ALL
    if determiner is None:
        adjectives = [t for t in tokens if t.tag == "ADJA"]
        if adjectives:
            found = found & _strong_adjective(adjectives[0].text.lower())
    last = max((n for n, t in enumerate(tokens) if t.tag == "NN"), default=len(tokens))
    if any(t.tag == "CARD" and t.text.lower() not in ("1", "ein", "eins", "einer") and not any(
            u.tag == "NN" and tokens[m + 1].tag == "ADJA" for m, u in enumerate(tokens[n + 1 : last], n + 1))
           and not _year_of_attribute(tokens, n)
           for n, t in enumerate(tokens[:last])):  # not "die 1200 Meter lange Brücke"
        found = frozenset(r for r in found if r[1] == "Plur") or found
    if nouns:
        narrowed = found & noun_readings(nouns[-1])
        if narrowed:
            found = narrowed
        if len(tokens) == 1 and nouns[0].feature("Number") != "Plur":  # a bare singular noun: not Dat/Gen
            found = frozenset(r for r in found if r[0] in ("Nom", "Acc")) or found
    return found


_YEAR = re.compile(r"1\d{3}|20\d{2}")


def _year_of_attribute(tokens: list[Token], n: int) -> bool:
    """A year right before the participle of an extended attribute dates it, it counts nothing:
    "Die 1889 gegründete Stadt ist stark gewachsen" is singular (read as plural, the phrase
    agreed with no verb and the clause lost its subject)."""
    following = tokens[n + 1] if n + 1 < len(tokens) else None
    return bool(_YEAR.fullmatch(tokens[n].text)) and following is not None and following.tag == "ADJA"


def cases_of(readings: Readings) -> frozenset[str]:
    return frozenset(r[0] for r in readings)


def numbers_of(readings: Readings) -> frozenset[str]:
    return frozenset(r[1] for r in readings)
