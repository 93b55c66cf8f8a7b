"""A spaCy component that tags German with HanTa: STTS, Universal POS and lemmas.

Separable verbs: a verb particle (STTS ``PTKVZ``) is joined to the finite verb of its clause,
so "fordert … auf" gets the lemma "auffordern". The verb token's ``lemma_`` is the joined
lemma; the particle keeps its own lemma and points to its verb with ``token._.particle_of``
(the verb's index); the verb records the particle with ``token._.particle``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .refine import refine_sentence
from .stts import normalise_tag, upos

if not Token.has_extension("particle_of"):
    Token.set_extension("particle_of", default=None)
if not Token.has_extension("particle"):
    Token.set_extension("particle", default=None)

_VERB_OF_PARTICLE = ("VVFIN", "VVIMP", "VAFIN", "VMFIN")
# Particles that form separable verbs (an·rufen, zurück·kehren, statt·finden, kennen·lernen).
SEPARABLE_PARTICLES = frozenset(
    """ab an auf aus bei da dabei dagegen daher dahin daneben dar davon dazu dazwischen durch
    ein einher empor entgegen entlang fern fest fort frei gegenüber heim her herab heran
    herauf heraus herbei herein herum herunter hervor hin hinab hinauf hinaus hinein hinzu
    hoch kennen kund los mit nach nieder preis statt teil um umher vor voran voraus vorbei
    vorher vorüber weg weiter wieder zu zurecht zurück zusammen zuvor über unter wider
    auseinander bekannt bereit übrig offen lahm kaputt überein""".split()  # noqa: SIM905
)
_SUBORDINATORS = {
    "bevor",
    "nachdem",
    "während",
    "obwohl",
    "weil",
    "dass",
    "damit",
    "sobald",
    "seitdem",
}
_CLAUSE_BREAK = {"KOUS", "PRELS", "PRELAT", "PWAV", "KOUI"}


@lru_cache(maxsize=1)
def hanta_tagger():
    """HanTa's German model, loaded once per process."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    # HanTa analyses a word afresh each time it is seen; both analyses depend on the word
    # (and the chosen tag) only, so memoising them makes repeated words nearly free.
    tagger.analyze_forward = lru_cache(maxsize=200_000)(tagger.analyze_forward)
    tagger._analyze = lru_cache(maxsize=200_000)(tagger._analyze)
    return tagger


def _lemma(word: str, lemma: str, tag: str) -> str:
    if tag in ("NE", "FM", "XY") or upos(tag, word) == "PUNCT":
        return word
    if tag == "CARD":
        return word
    if tag in ("NN", "NE") and word.isupper() and len(word) <= 5 and lemma.lower() == word.lower():
        return word  # an acronym: TV, DJ, EU
    if tag in ("NN", "NE") and lemma[:1].islower():
        return lemma[:1].upper() + lemma[1:]
    if tag in ("ADJA", "ADJD"):
        return _adjective_lemma(word, lemma or word, tag)
    return lemma or word


def _adjective_lemma(word: str, lemma: str, tag: str) -> str:
    """Fix HanTa's adjective lemmas: Berliner stays, lecker ≠ Leck, gebissenem → gebissen."""
    lower = word.lower()
    if tag == "ADJA" and word[:1].isupper() and lower.endswith("er") and lemma.lower() == lower:
        return word  # an adjective from a place name: Berliner, Kölner, New Yorker
    if lemma[:1].isupper():  # HanTa read it as a noun
        return lower if tag == "ADJD" else _simplemma(lower).lower()
    if tag == "ADJA" and lemma.lower() == lower and lower.endswith(("e", "em", "en", "er", "es")):
        return _simplemma(lower).lower()  # unknown to HanTa, still inflected
    return lemma


def _simplemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="de")


def _join_particles(sentence: list[Token]) -> None:
    for position, token in enumerate(sentence):
        if token.tag_ != "PTKVZ":
            continue
        if token.lower_ in _SUBORDINATORS:  # HanTa's mistake: "kommt kurz bevor …"
            token.tag_, token.pos_ = "KOUS", "SCONJ"
            continue
        following = sentence[position + 1] if position + 1 < len(sentence) else None
        at_bracket = following is None or following.tag_ in ("$,", "$.", "$(", "KON", "PTKZU")
        if token.lower_ not in SEPARABLE_PARTICLES or not at_bracket:
            continue
        for candidate in reversed(sentence[:position]):
            if candidate.tag_ in _CLAUSE_BREAK:
                break
            if candidate.tag_ in _VERB_OF_PARTICLE:
                if candidate._.particle is None:
                    particle = token.text.lower()
                    candidate.lemma_ = particle + candidate.lemma_
                    candidate._.particle = token.i
                    token._.particle_of = candidate.i
                break


@Language.component("quizgen_hanta")
def hanta_component(doc: Doc) -> Doc:
    tagger = hanta_tagger()
    for sentence in doc.sents:
        words = [token for token in sentence if not token.is_space]
        if not words:
            continue
        tagged = tagger.tag_sent([token.text for token in words], taglevel=1)
        for token, (_, lemma, tag) in zip(words, tagged, strict=True):
            tag = normalise_tag(tag)
            if not any(char.isalnum() for char in token.text) and not tag.startswith("$"):
                tag = "$." if token.text in (".", "!", "?", "…") else "$("
            token.tag_ = tag
            token.pos_ = upos(tag, token.text)
            token.lemma_ = _lemma(token.text, lemma, tag)
        _join_particles(words)
        refine_sentence(words)
    for token in doc:
        if token.is_space:
            token.tag_, token.pos_, token.lemma_ = "_SP", "SPACE", token.text
    return doc


@Language.component("quizgen_particles")
def particles_component(doc: Doc) -> Doc:
    """Separable verbs for a pipeline whose own tagger filled the STTS tags."""
    for sentence in doc.sents:
        _join_particles([token for token in sentence if not token.is_space])
    return doc
