"""Vocabulary items a learner can trust: lemma, der/die/das, plural, verb forms, level, context.

What becomes an item: nouns, full verbs, adjectives and adverbs of the article, and the
multi-word expressions it uses. Never: proper names and entities, function words, numbers,
words with digits. A noun whose gender the lexicon cannot tell (unknown, or der/das Teil) is
left out rather than shown with a guessed article.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache
from collections import defaultdict

from ..analysis.lexicon import NounEntry, noun_lexicon
from ..config import Options
from ..model import Analysis, Occurrence, Sentence, Token, VocabItem
from .compounds import split_compound
from .glossary import load_glossary
from .known import load_known
from .levels import band, level_index, zipf
from .phrases import find_phrases
from .verbs import principal_parts

ARTICLES = {"Masc": "der", "Fem": "die", "Neut": "das"}
CONTENT_TAGS = {
    "NN": "NOUN",
    "VVFIN": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB", "VVIMP": "VERB",
    "ADJA": "ADJ", "ADJD": "ADJ",
    "ADV": "ADV",
}
POS_WEIGHT = {"NOUN": 1.0, "VERB": 1.0, "MWE": 0.9, "ADJ": 0.7, "ADV": 0.35}
_WORD = re.compile(r"^[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*$")
# Adverbs so frequent or grammatical that a card for them teaches nothing.
_STOP_ADVERBS = frozenset(
    "auch noch nur schon so sehr dann da hier nun mal nicht ja doch eben etwa immer wieder "
    "dort heute jetzt oft gar ganz bereits sogar erst weiter mehr am zudem jedoch also".split()
)
# Adjective lemmas that only exist inflected or are determiners in disguise.
_STOP_ADJECTIVES = frozenset("letzt nächst erst viel wenig ander beid einzig sonstig weit".split())


def extract_vocabulary(analysis: Analysis, options: Options) -> tuple[VocabItem, ...]:
    """Ranked vocabulary of the article for a learner at ``options.level``."""
    glossary = load_glossary(options.dictionary)
    known = load_known(options.known) if options.known else frozenset()
    groups: dict[tuple[str, str], list[tuple[Sentence, Token]]] = defaultdict(list)
    for sentence in analysis.sentences:
        for token in sentence.tokens:
            key = _key(token)
            if key:
                groups[key].append((sentence, token))
    items = [item for key, found in groups.items() if (item := _item(key, found, analysis))]
    items += find_phrases(analysis)
    learner = level_index(options.level)
    if options.max_words:  # split compounds (slow) only for the words that may make the list
        items.sort(key=lambda item: (-_score(item, learner), item.sentence, item.lemma))
        items = [_with_parts(item) for item in items[: 3 * options.max_words]]
    else:
        items = [_with_parts(item) for item in items]
    kept = []
    for item in items:
        if item.lemma in known or item.display in known or item.lemma.lower() in known:
            continue
        if level_index(item.level) < learner:
            continue
        kept.append(replace(item, score=_score(item, learner)))
    kept.sort(key=lambda item: (-item.score, item.sentence, item.lemma))
    kept = kept[: options.max_words] if options.max_words else kept
    return tuple(_finish(item, glossary) for item in kept)


def _with_parts(item: VocabItem) -> VocabItem:
    """A compound's parts; a rare compound is as hard as its hardest part."""
    if item.pos != "NOUN":
        return item
    parts = split_compound(item.lemma)
    if not parts:
        return item
    level = item.level
    if item.zipf < 3.0:
        level = max((band(zipf([part])) for part in parts), key=level_index)
    return replace(item, compound_parts=parts, level=level)


def _finish(item: VocabItem, glossary) -> VocabItem:
    """What only the kept items need: English senses."""
    gloss = glossary.senses(item.lemma, item.pos, context=item.example) if glossary and item.pos != "MWE" else ()
    return replace(item, gloss=gloss)


def _key(token: Token) -> tuple[str, str] | None:
    pos = CONTENT_TAGS.get(token.tag)
    if pos is None or token.ent_label or token.particle_of is not None:
        return None
    lemma = token.lemma
    if not _WORD.match(token.text) or not _WORD.match(lemma) or len(lemma) < 2:
        return None
    if pos == "ADV" and lemma.lower() in _STOP_ADVERBS:
        return None
    if pos == "NOUN" and (lemma.isupper() or _nominalised_adjective(lemma)):
        return None  # acronyms are names; "das Englische" is an adjective in disguise
    if pos == "ADJ":
        lemma = lemma.lower()
        if lemma in _STOP_ADJECTIVES:
            return None
    return lemma, pos


@lru_cache(maxsize=50000)
def _nominalised_adjective(lemma: str) -> bool:
    """Englische, Schwarz-Weiße: a capitalised adjective form, not a noun with its own gender."""
    from ..analysis.hanta import hanta_tagger

    if not lemma.endswith(("e", "en")) or noun_lexicon().lookup(lemma) is not None:
        return False
    stem = lemma.rsplit("-", 1)[-1].lower().removesuffix("n").removesuffix("e")
    return len(stem) > 2 and hanta_tagger().analyze(stem)[1].startswith("ADJ")


def _occurrence(sentence: Sentence, token: Token) -> Occurrence:
    form = token.text
    if token.tag.startswith("VV") and token.lemma != token.text.lower():
        particle = next((t for t in sentence.tokens if t.particle_of == token.i), None)
        if particle is not None:
            form = f"{token.text} … {particle.text}"
    return Occurrence(sentence=sentence.index, start=token.start, end=token.end, form=form)


def _item(key: tuple[str, str], found: list[tuple[Sentence, Token]], analysis: Analysis) -> VocabItem | None:
    lemma, pos = key
    sentence, first = found[0]
    occurrences = tuple(_occurrence(s, t) for s, t in found)
    forms = {t.text for _, t in found} | {lemma}
    fields: dict = {}
    if pos == "NOUN":
        entry = noun_lexicon().lookup(lemma)
        noun = _noun_fields(entry)
        if noun is None:
            return None
        fields.update(noun)
        if entry is not None and entry.plural not in ("", "-"):
            forms.add(entry.plural)
    elif pos == "VERB":
        fields.update(_verb_fields(lemma, found))
        verb_forms = fields.get("verb_forms", ())
        if verb_forms:
            forms.update((verb_forms[0].split()[0], verb_forms[1].split()[0], verb_forms[2].split()[-1]))
    elif pos == "ADJ":
        forms.update(lemma + ending for ending in ("e", "en", "er", "es", "em"))
    frequency = zipf(forms)
    return VocabItem(
        lemma=lemma,
        pos=pos,
        zipf=frequency,
        level=band(frequency),
        count=len(found),
        occurrences=occurrences,
        example=sentence.text,
        sentence=sentence.index,
        **fields,
    )


def _noun_fields(entry: NounEntry | None) -> dict | None:
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


def _verb_fields(lemma: str, found: list[tuple[Sentence, Token]]) -> dict:
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


def _score(item: VocabItem, learner: int) -> float:
    """Words a learner at this level gains most from: one band above first, then frequent
    in the article, content words before adverbs."""
    distance = level_index(item.level) - learner
    fit = 2.0 - 0.7 * abs(distance - 1)
    return round(fit + math.log1p(item.count) + 1.5 * POS_WEIGHT.get(item.pos, 0.3), 4)
