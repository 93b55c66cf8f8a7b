"""Vocabulary items a learner can trust: lemma, der/die/das, plural, verb forms, level, context.

What becomes an item: nouns, full verbs, adjectives and adverbs of the article, and the
multi-word expressions it uses. Never: proper names and entities, function words, numbers,
words with digits. A noun whose gender the lexicon cannot tell (unknown, or der/das Teil) is
left out rather than shown with a guessed article.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import replace

from ..config import Options
from ..model import Analysis, Occurrence, Sentence, Token, VocabItem
from .compounds import split_compound
from .glossary import load_glossary
from .known import load_known
from .levels import compound_level, level_index, word_level, zipf
from .phrases import find_phrases
from .word_facts import nominalised_adjective, noun_fields, verb_fields

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
    return replace(item, compound_parts=parts, level=compound_level(item.lemma, item.zipf, parts, item.level))


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
    if pos == "NOUN" and (lemma.isupper() or nominalised_adjective(lemma)):
        return None  # acronyms are names; "das Englische" is an adjective in disguise
    if pos == "ADJ":
        lemma = lemma.lower()
        if lemma in _STOP_ADJECTIVES:
            return None
    return lemma, pos


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
        noun = noun_fields(lemma, found)
        if noun is None:
            return None
        fields.update(noun)
        if noun.get("plural"):
            forms.add(noun["plural"].removeprefix("die "))
    elif pos == "VERB":
        fields.update(verb_fields(lemma, found))
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
        level=word_level(lemma, pos, forms, frequency),
        count=len(found),
        occurrences=occurrences,
        example=sentence.text,
        sentence=sentence.index,
        **fields,
    )


def _score(item: VocabItem, learner: int) -> float:
    """Words a learner at this level gains most from: one band above first, then frequent
    in the article, content words before adverbs."""
    distance = level_index(item.level) - learner
    fit = 2.0 - 0.7 * abs(distance - 1)
    return round(fit + math.log1p(item.count) + 1.5 * POS_WEIGHT.get(item.pos, 0.3), 4)
