"""Context rules on top of the STTS → Universal POS table, as UD German annotates.

A tag table alone cannot tell
- a verb particle that is a preposition (``an``, ``auf``: ADP) from one that is an adverb
  (``zurück``, ``weiter``, ``fest``: ADV);
- a quantifier used alone (``alle``, ``beide``, ``andere``: DET) from a true pronoun
  (``man``, ``nichts``, ``jemand``: PRON);
- ``haben`` or a modal as auxiliary (``hat gesagt``, ``kann kommen``: AUX) from the same
  word as a full verb (``hat ein Auto``, ``will das``: VERB).
HanTa also tags the comparative ``als`` as a preposition; STTS has ``KOKOM`` for it.
A noun form takes the noun whose form it is: HanTa reads "Noten" as a form of "die Not",
whose plural is "Nöte"; the lexicon knows "Noten" only as the plural of "die Note".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .lexicon import noun_lexicon

PREPOSITION_PARTICLES = frozenset(
    """ab an auf aus bei durch gegen hinter mit nach neben über um unter vor wider zu zwischen
    statt""".split()  # noqa: SIM905
)
TRUE_PRONOUNS = frozenset(
    """man nichts niemand jemand etwas was wer jedermann irgendwer irgendwas irgendjemand
    niemandem niemanden jemandem jemanden""".split()  # noqa: SIM905
)
# Prepositions with the genitive HanTa reads as adjectives or adverbs at a sentence's start
# ("Anlässlich des Debüts seines Enkels trat er … auf": ADJD).
GENITIVE_PREPOSITIONS = frozenset(
    """anlässlich aufgrund infolge mittels angesichts bezüglich hinsichtlich zwecks seitens
    zugunsten inmitten""".split()  # noqa: SIM905
)
UNIT_SIGNS = frozenset({"%", "‰", "€"})  # read as "Prozent", "Promille", "Euro": nouns (STTS NN)
_NON_FINITE = frozenset({"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"})
_CLAUSE_EDGES = frozenset({"$,", "$.", "KOUS", "PRELS", "PWAV", "KON"})


def refine_sentence(words: Sequence[Token]) -> None:
    """Adjust STTS tags and Universal POS of one tagged sentence (no whitespace tokens)."""
    for position, token in enumerate(words):
        _fix_adjective(words, position)
        if token.tag_ == "NN":
            _fix_noun_lemma(token)
        tag, lower = token.tag_, token.lower_
        if token.text in UNIT_SIGNS and tag.startswith("$"):
            token.tag_, token.pos_, token.lemma_ = "NN", "NOUN", token.text  # "rund 5 %": the unit of an amount
        elif lower in GENITIVE_PREPOSITIONS and tag in ("ADJD", "ADV", "NN") and position + 1 < len(words) and (
                words[position + 1].tag_ in ("ART", "PPOSAT", "PDAT", "PIAT", "ADJA")):
            token.tag_, token.pos_, token.lemma_ = "APPR", "ADP", lower
        elif tag == "APPR" and lower == "als" or tag == "KON" and lower == "als" and not (
                position + 1 < len(words) and words[position + 1].lower_ == "auch"):  # "sowohl … als auch" stays KON
            token.tag_, token.pos_ = "KOKOM", "ADP"
        elif tag == "KOKOM" and lower == "als":
            token.pos_ = "ADP"
        elif tag == "PTKVZ":
            token.pos_ = "ADP" if lower in PREPOSITION_PARTICLES else "ADV"
        elif tag == "PIS":
            token.pos_ = "PRON" if lower in TRUE_PRONOUNS else "DET"
        elif tag in ("VAFIN", "VAINF") and token.lemma_ == "haben":
            if not _clause_has(words, position, _NON_FINITE | {"PTKZU"}):
                token.pos_ = "VERB"
        elif tag == "VMFIN" and not any(
            other.tag_[:1] == "V" and other is not token for other in words
        ):
            token.pos_ = "VERB"


def _fix_noun_lemma(token: Token) -> None:
    """The one noun the lexicon lists this form for, when HanTa's noun does not have it."""
    lexicon = noun_lexicon()
    lemma = token.lemma_
    if token.text == lemma or not lexicon.is_noun(lemma):
        return
    owners = {owner for owner, _ in lexicon.forms(token.text)}
    if len(owners) == 1 and lemma not in owners:
        token.lemma_ = owners.pop()


_INFLECTED = ("e", "em", "en", "er", "es")
_DETERMINERS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "APPRART"})
_COPULAS = frozenset({"sein", "werden", "bleiben"})


def _fix_adjective(words: Sequence[Token], position: int) -> None:
    """HanTa reads some adjectives as nouns or adverbs: "die leckere Suppe", "war lecker"."""
    token = words[position]
    text = token.text
    if not text[:1].islower() or not text.isalpha():
        return
    before = words[position - 1] if position else None
    after = words[position + 1] if position + 1 < len(words) else None
    attributive = (
        after is not None
        and after.tag_ == "NN"
        and text.endswith(_INFLECTED)
        and (
            token.tag_ == "NN"
            or (token.tag_ == "ADV" and before is not None and before.tag_ in _DETERMINERS)
        )
    )
    predicative = (
        token.tag_ == "NN"
        and before is not None
        and before.lemma_ in _COPULAS
        and (after is None or after.tag_ in ("$.", "$,", "KON"))
    )
    if attributive or predicative:
        token.tag_, token.pos_ = ("ADJA" if attributive else "ADJD"), "ADJ"
        token.lemma_ = text.lower() if predicative else _attributive_lemma(text)


def _attributive_lemma(text: str) -> str:
    import simplemma

    return simplemma.lemmatize(text.lower(), lang="de", low_memory=True).lower()


def _clause_has(words: Sequence[Token], position: int, tags: frozenset[str] | set[str]) -> bool:
    """Is a token with one of ``tags`` in the comma-delimited stretch around ``position``?"""
    for step in (-1, 1):
        index = position + step
        while 0 <= index < len(words):
            tag = words[index].tag_
            if tag in tags or (tag in ("VVFIN", "VMFIN") and _ends_clause(words, index)):
                return True  # HanTa tags some participles and infinitives as finite
            if tag in ("$,", "$.") or (step == -1 and tag in _CLAUSE_EDGES):
                break
            index += step
    return False


def _ends_clause(words: Sequence[Token], index: int) -> bool:
    following = words[index + 1] if index + 1 < len(words) else None
    return following is None or following.tag_ in ("$,", "$.", "$(", "KON")
