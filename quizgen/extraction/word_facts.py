"""What a card says about a word: der/die/das and plural of a noun, principal parts of a verb.

Facts come from the lexicons (german-nouns, ablaut), checked against the article where it
shows a form; a fact that cannot be trusted is left out rather than guessed.
"""

from __future__ import annotations

from functools import lru_cache

from ..analysis.lexicon import NounEntry, noun_lexicon
from ..model import Sentence, Token
from .verbs import principal_parts

ARTICLES = {"Masc": "der", "Fem": "die", "Neut": "das"}


@lru_cache(maxsize=50000)
def nominalised_adjective(lemma: str) -> bool:
    """Englische, Schwarz-Weiße: a capitalised adjective form, not a noun with its own gender."""
    from ..analysis.hanta import hanta_tagger

    if not lemma.endswith(("e", "en")) or noun_lexicon().lookup(lemma) is not None:
        return False
    stem = lemma.rsplit("-", 1)[-1].lower().removesuffix("n").removesuffix("e")
    return len(stem) > 2 and hanta_tagger().analyze(stem)[1].startswith("ADJ")


def noun_fields(lemma: str, found: list[tuple[Sentence, Token]]) -> dict | None:
    """Article, gender and plural of the noun ``lemma`` as the article uses it (``found``:
    its occurrences), or None when they cannot be trusted."""
    entry: NounEntry | None = noun_lexicon().lookup(lemma)
    if entry is None:
        return None
    if entry.plural_only:
        return {"article": "die", "gender": "", "plural": f"die {entry.lemma}", "number_note": "nur Plural"}
    if not entry.gender:
        return None  # unknown or ambiguous gender (der/das Teil): no guess
    fields = {"article": ARTICLES[entry.gender], "gender": entry.gender, "weak_noun": entry.weak}
    if entry.plural == "-":
        fields["number_note"] = "kein Plural"
    elif entry.plural:
        fields["plural"] = f"die {entry.plural}"
    return fields


def verb_fields(lemma: str, found: list[tuple[Sentence, Token]]) -> dict:
    fields: dict = {}
    reflexive = any(_is_reflexive(sentence, token) for sentence, token in found)
    parts = principal_parts(lemma, participles=[t.text for _, t in found if t.tag == "VVPP"])
    if parts is not None:
        fields.update(
            verb_forms=(parts.present, parts.preterite, f"{parts.auxiliary_3sg} {parts.participle}"),
            auxiliary=parts.auxiliary,
            separable_prefix=parts.prefix,
        )
    fields["reflexive"] = reflexive
    return fields


def _is_reflexive(sentence: Sentence, verb: Token) -> bool:
    """A reflexive pronoun "sich" in the verb's clause (between commas)."""
    tokens = sentence.tokens
    position = next(k for k, token in enumerate(tokens) if token.i == verb.i)
    for step in (-1, 1):
        k = position + step
        while 0 <= k < len(tokens) and tokens[k].tag not in ("$,", "$.", "KON", "KOUS"):
            if tokens[k].tag == "PRF" and tokens[k].text.lower() == "sich":
                return True
            k += step
    return False
