"""What a card says about a word: der/die/das and plural of a noun, principal parts of a verb.

Facts come from the lexicons (german-nouns, ablaut), checked against the article where it
shows a form; a fact that cannot be trusted is left out rather than guessed.
"""

from __future__ import annotations

from functools import lru_cache

from ..analysis.lexicon import NounEntry, noun_lexicon
from ..model import Sentence, Token
from .verbs import Usage, principal_parts

ARTICLES = {"Masc": "der", "Fem": "die", "Neut": "das"}
_CLAUSE_BREAKS = frozenset({"$,", "$.", "KON", "KOUS"})


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
    """Principal parts, auxiliary and separable prefix of the verb as the article uses it."""
    fields: dict = {}
    reflexive = any(_is_reflexive(sentence, token) for sentence, token in found)
    usage = Usage(
        participles=tuple(t.text for _, t in found if t.tag == "VVPP"),
        separated=any(_separated(sentence, token) for sentence, token in found),
        perfects=tuple(p for sentence, token in found if (p := _perfect(sentence, token))),
        reflexive=reflexive,
    )
    parts = principal_parts(lemma, usage=usage)
    if parts is not None:
        fields.update(
            verb_forms=(parts.present, parts.preterite, f"{parts.auxiliary_3sg} {parts.participle}"),
            auxiliary=parts.auxiliary,
            separable_prefix=parts.prefix,
        )
    fields["reflexive"] = reflexive
    return fields


def _clause(sentence: Sentence, verb: Token) -> list[Token]:
    """The tokens of the verb's clause: between commas, full stops and conjunctions."""
    tokens = sentence.tokens
    position = next(k for k, token in enumerate(tokens) if token.i == verb.i)
    start = end = position
    while start > 0 and tokens[start - 1].tag not in _CLAUSE_BREAKS:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].tag not in _CLAUSE_BREAKS:
        end += 1
    return list(tokens[start : end + 1])


def _separated(sentence: Sentence, verb: Token) -> bool:
    """schreibt … unter, unterzuschreiben: the verb's particle is a word of its own."""
    return verb.tag == "VVIZU" or any(token.particle_of == verb.i for token in sentence.tokens)


def _perfect(sentence: Sentence, verb: Token) -> tuple[str, str] | None:
    """(form, haben/sein) when the form stands with a perfect auxiliary and no passive werden."""
    if verb.tag not in ("VVPP", "VVINF"):
        return None
    lemmas = {token.lemma for token in _clause(sentence, verb) if token.tag.startswith("VA")}
    if "werden" in lemmas or len(lemmas & {"haben", "sein"}) != 1:
        return None
    return verb.text, (lemmas & {"haben", "sein"}).pop()


def _is_reflexive(sentence: Sentence, verb: Token) -> bool:
    """A reflexive pronoun "sich" in the verb's clause."""
    return any(token.tag == "PRF" and token.text.lower() == "sich" for token in _clause(sentence, verb))
