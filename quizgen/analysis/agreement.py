"""Gender from agreement: the determiner before a noun picks one of the noun's genders.

Wiktionary gives some nouns two or three genders (der/das Teil, der/die Kunde, der/das Tag
in different senses or regions). In context the determiner usually decides: "das Teil",
"der Tag", "einen Laden". Only an unambiguous agreement answers; otherwise "".
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

# Genders a determiner form allows before a singular noun.
_ARTICLES: dict[str, frozenset[str]] = {
    form: frozenset(genders.split())
    for form, genders in {
        "der": "Masc Fem",
        "die": "Fem",
        "das": "Neut",
        "dem": "Masc Neut",
        "des": "Masc Neut",
        "den": "Masc",
        "ein": "Masc Neut",
        "eine": "Fem",
        "einen": "Masc",
        "einem": "Masc Neut",
        "eines": "Masc Neut",
        "einer": "Fem",
        # a preposition fused with the article: am See (an dem), zur Leiter (zu der), ins Radio
        **dict.fromkeys(
            ("am", "im", "vom", "zum", "beim", "hinterm", "überm", "unterm", "vorm"), "Masc Neut"
        ),
        "zur": "Fem",
        **dict.fromkeys(
            ("ins", "ans", "aufs", "durchs", "fürs", "ums", "übers", "unters", "vors", "hinters"),
            "Neut",
        ),
    }.items()
}
_ENDINGS: dict[str, frozenset[str]] = {
    ending: frozenset(genders.split())
    for ending, genders in {
        "er": "Masc Fem",
        "e": "Fem",
        "es": "Masc Neut",
        "em": "Masc Neut",
        "en": "Masc",
        "": "Masc Neut",
    }.items()
}
# Stems that take the ein-word endings (kein, mein …) or the der-word endings (dies-, jed- …).
_EIN_STEMS = ("kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur")
_DER_STEMS = ("dies", "jen", "jed", "welch", "manch", "solch")
_DETERMINER_TAGS = frozenset({"ART", "APPRART", "PDAT", "PPOSAT", "PIAT", "PRELAT", "PWAT"})
_SKIPPED_TAGS = frozenset({"ADJA", "CARD", "ADV", "PTKA"})


def determiner_genders(word: str) -> frozenset[str]:
    """Genders this determiner allows before a singular noun (empty: no constraint known)."""
    word = word.lower()
    if word in _ARTICLES:
        return _ARTICLES[word]
    for stem in _EIN_STEMS:
        if word.startswith(stem) and word[len(stem) :] in _ENDINGS:
            return _ENDINGS[word[len(stem) :]]
    for stem in _DER_STEMS:
        ending = word[len(stem) :]
        if word.startswith(stem) and ending:
            return _ENDINGS.get(ending, frozenset()) | (
                frozenset({"Neut"}) if ending == "es" else frozenset()
            )
    return frozenset()


def gender_in_context(noun: Token, genders: Iterable[str]) -> str:
    """The one gender among ``genders`` that the noun's determiner agrees with, else ""."""
    doc = noun.doc
    for previous in reversed(doc[max(0, noun.i - 5) : noun.i]):
        if previous.is_space or previous.tag_ in _SKIPPED_TAGS:
            continue
        if previous.tag_ not in _DETERMINER_TAGS:
            return ""
        allowed = determiner_genders(previous.text) & set(genders)
        return next(iter(allowed)) if len(allowed) == 1 else ""
    return ""
