"""Wrong answers of the right kind: a person for a person, a nearby number for a number,
another place for a place, another weekday for a weekday, and for a vocabulary gap a word of
the same part of speech and form from the same article. Never the answer itself, another
name of the same thing, or a word that stands in the evidence sentence.
"""

from __future__ import annotations

import random
import re

from ..analysis import gazetteer as _gazetteer
from ..analysis.gazetteer import COUNTRIES_AND_PLACES, PERSON_TITLES, TITLE_SUFFIXES
from ..analysis.lexicon import noun_lexicon
from ..extraction.thesaurus import load_thesaurus
from ..model import Analysis, Fact, Sentence, Token, VocabItem
from .time_words import time_alternatives

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_FALLBACK_PLACES = ("Frankreich", "Italien", "Spanien", "Polen", "Kanada", "Brasilien", "Indien",
                    "Australien", "Ägypten", "Schweden", "Mexiko", "Norwegen")


def nearby_numbers(value: float, rng: random.Random, n: int) -> list[float]:
    """Plausible wrong numbers near a value: halves, doubles, neighbouring round numbers."""
    if value == int(value):
        value = int(value)
    if value <= 12:
        pool = [value + d for d in (-3, -2, -1, 1, 2, 3, 4) if value + d > 0]
    else:
        magnitude = 10 ** (len(str(int(value))) - 1)
        pool = [value * 2, value // 2, value + magnitude, value - magnitude, value * 3 // 2, value + 2 * magnitude]
        pool = [round(p) for p in pool if p > 0]
    pool = [p for p in dict.fromkeys(pool) if p != value]
    rng.shuffle(pool)
    return pool[:n]


def _format(number: float, like: str) -> str:
    text = str(int(number)) if number == int(number) else f"{number:g}".replace(".", ",")
    if "." in like and len(text) > 3:  # 1.000 style thousands
        text = f"{int(number):,}".replace(",", ".")
    return text


_WITH_ARTICLE = {"USA", "Vereinigte Staaten", "Vereinigten Staaten", "Schweiz", "Türkei", "Ukraine",
                 "Slowakei", "Mongolei", "Niederlande", "Philippinen", "Krim", "Arktis", "Antarktis"}


_REGIONS = frozenset(["Europa", "Asien", "Afrika", "Amerika", "Nordamerika", "Südamerika", "Antarktis", "Arktis", "Ozeanien", "Nahost", "Ostasien", "Südostasien", "Westafrika", "Ostafrika", "Skandinavien", "Balkan", "Sibirien", "Kaukasus", "Karibik", "Mittelmeer", "Atlantik", "Pazifik", "Nordsee", "Ostsee", "Alpen", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen", "Niedersachsen", "Sachsen", "Thüringen", "Saarland", "Schleswig-Holstein", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Baden-Württemberg", "Mecklenburg-Vorpommern", "Sachsen-Anhalt", "Tirol", "Kalifornien", "Texas", "Florida", "Krim", "Donbass", "Gaza", "Westjordanland", "Kaschmir", "England", "Wales", "Schottland", "Tibet"])
_CITIES = frozenset(_gazetteer._CITIES.split())


def place_class(name: str) -> str:
    """city, country or "" (region, river, unknown): places are only swapped within a class,
    so that a city never stands in for a country ("Die Stadt Ungarn …")."""
    if name in _CITIES:
        return "city"
    if name in COUNTRIES_AND_PLACES and name not in _REGIONS or name in ("Vereinigte Staaten", "Vereinigtes Königreich"):
        return "country"
    return ""


def bare_name(fact: Fact, analysis: Analysis) -> bool:
    """A name that stands without an article (Sizilien, not das Mittelmeer): it can replace
    another bare name without breaking the grammar."""
    if fact.value in _WITH_ARTICLE or fact.aliases[0] in _WITH_ARTICLE or fact.label == "MISC":
        return False
    if fact.value not in fact.aliases:
        return False  # only inflected forms in the text ("Kims"): no base form to offer
    tokens = analysis.sentences[fact.sentence].tokens
    for k, token in enumerate(tokens):
        if token.start == fact.start and k > 0 and tokens[k - 1].tag in ("ART", "APPRART"):
            return False
    text = analysis.article.text
    before = text[max(0, fact.start - 1) : fact.start]
    return before not in ("„", "\"", "»")


def _entity(answer: str, facts: tuple[Fact, ...]) -> Fact | None:
    core = answer.removeprefix("in ").strip()
    return next((f for f in facts if f.kind == "entity" and (core in f.aliases or core == f.value)), None)


def _same_kind(entity: Fact, other: Fact) -> bool:
    """Another entity that can stand in for this one: same label; places of the same class;
    people named at least twice (full name and surname), the surest sign of a real person."""
    if other.label != entity.label or other.value == entity.value:
        return False
    if entity.label == "LOC":
        kind = place_class(entity.value)
        return bool(kind) and place_class(other.value) == kind
    if entity.label == "PER":
        return len(other.aliases) >= 2 and len(entity.aliases) >= 2
    return False  # organisations and other names: too mixed a class ("Bern" vs "DE") to swap


def sure_person(entity: Fact, analysis: Analysis) -> bool:
    """Does the text show the name to be a person's? The recogniser labels islands, plants and
    volcanoes PER ("Baltra", "Chamaesyce", "Roca Redonda"); a person is named in full and by
    surname ("Charles Darwin" … "Darwin"), has a first name from the name list ("Arne
    Skjolsvold"), or stands after a title ("der Maler Lievens")."""
    if entity.label != "PER" or entity.value in COUNTRIES_AND_PLACES or place_class(entity.value):
        return False
    words = entity.value.split()
    if len(words) > 1 and (words[-1] in entity.aliases or noun_lexicon().names().get(words[0]) == "Vorname"):
        return True
    forms = {entity.value, *entity.aliases}
    for mention in analysis.entities:
        if mention.text not in forms:
            continue
        before = [t for t in analysis.sentences[mention.sentence].tokens if t.end <= mention.start]
        if before and (before[-1].lemma in PERSON_TITLES or before[-1].text.endswith(TITLE_SUFFIXES)):
            return True
    return False


def clean_name(name: str, analysis: Analysis) -> bool:
    """A name made of names: no common noun ("Rembrandt Rhetorikunterricht"), no article or
    inflected adjective ("Alfred dem Großen"), nothing before its first letter."""
    if not re.fullmatch(r"[A-ZÄÖÜ][\w.'-]*(?: (?:van|von|de|da|di|der|du|le|la|[A-ZÄÖÜ][\w.'-]*))*", name):
        return False
    nouns = {token.text for token in analysis.tokens if token.tag == "NN"}
    words = name.split()
    return len(words) == 1 or not any(word in nouns for word in words[1:])


def distractors_for(
    answer: str, prompt: str, analysis: Analysis, facts: tuple[Fact, ...], rng: random.Random, n: int
) -> list[str]:
    """n wrong answers of the answer's kind, or fewer when the article does not give enough."""
    candidates: list[str] = []
    entity = _entity(answer, facts)
    time = next((f for f in facts if f.kind == "time" and f.text == answer), None)
    if entity is not None:
        others = [f for f in facts if f.kind == "entity" and _same_kind(entity, f)]
        candidates = [f.value for f in others if bare_name(f, analysis) and clean_name(f.value, analysis)]
        if entity.label == "LOC" and place_class(entity.value) == "country":
            candidates += [p for p in _FALLBACK_PLACES if p in COUNTRIES_AND_PLACES]
        if answer.startswith("in "):
            candidates = [f"in {c}" for c in candidates]
        shown = entity.aliases + (entity.value,)
        taken = {alias for f in facts if f.kind == "entity" and f.value == entity.value for alias in f.aliases}
        candidates = [c for c in candidates if c.removeprefix("in ") not in shown and c.removeprefix("in ") not in taken]
    elif time is not None:
        candidates = time_alternatives(answer)
    elif _NUMBER.search(answer):
        match = _NUMBER.search(answer)
        assert match is not None
        raw = match.group(0)
        value = float(raw.replace(".", "").replace(",", ".")) if "." in raw and len(raw) > 4 else float(raw.replace(",", "."))
        candidates = [answer[: match.start()] + _format(v, raw) + answer[match.end() :] for v in nearby_numbers(value, rng, n + 2)]
    candidates = [c for c in dict.fromkeys(candidates) if c and c != answer and c.lower() not in prompt.lower()]
    head, tail = candidates[: max(n, 0) * 2], candidates[max(n, 0) * 2 :]
    rng.shuffle(head)
    return (head + tail)[:n]


def _token_at(analysis: Analysis, sentence: Sentence, start: int) -> Token | None:
    return next((t for t in sentence.tokens if t.start == start), None)


def vocabulary_distractors(
    item: VocabItem, answer: str, sentence: Sentence, analysis: Analysis,
    vocabulary: tuple[VocabItem, ...], rng: random.Random, n: int,
) -> list[str]:
    """Words of the same part of speech and the same form (tag, number, gender for nouns)
    from elsewhere in the article; never one that stands in the evidence sentence."""
    target = _token_at(analysis, sentence, item.occurrences[0].start)
    if target is None:
        return []
    in_sentence = {t.text.lower() for t in sentence.tokens} | {t.lemma.lower() for t in sentence.tokens}
    thesaurus = load_thesaurus()
    pool: list[tuple[int, str]] = []
    for other in vocabulary:
        if other.lemma == item.lemma or other.pos != item.pos or other.lemma.lower() in in_sentence:
            continue
        if set(other.gloss) & set(item.gloss) or thesaurus.are_synonyms(other.lemma, item.lemma):
            continue  # "Strom" for "Fluss", "Gebiet" for "Gegend": a synonym is also right
        if item.pos == "NOUN" and other.gender != item.gender and _article_before(sentence, target):
            continue
        for occurrence in other.occurrences:
            if "…" in occurrence.form or occurrence.form.lower() in in_sentence:
                continue
            token = _token_at(analysis, analysis.sentences[occurrence.sentence], occurrence.start)
            if token is None or token.tag != target.tag:
                continue
            if token.feature("Number") != target.feature("Number"):
                continue
            if (token.text == other.lemma) != (target.text == item.lemma):
                continue  # a base form among inflected ones (or the reverse) gives the answer away
            if item.pos in ("ADJ", "VERB") and token.text[-2:] != target.text[-2:]:
                continue
            if _nested(token.text, target.text) or _nested(other.lemma, item.lemma):
                continue  # "Zeit" for "Eisenzeit", "Stadt" for "Hauptstadt": often also true
            distance = abs(_level(other.level) - _level(item.level))
            pool.append((distance, occurrence.form))
            break
    pool.sort()
    close = [form for _, form in pool[: n * 2]]
    rng.shuffle(close)
    return list(dict.fromkeys(close))[:n]


def _nested(a: str, b: str) -> bool:
    """Is one word the head (or the start) of the other, as in a compound?"""
    a, b = a.lower(), b.lower()
    return a != b and (a.endswith(b) or b.endswith(a) or a.startswith(b) or b.startswith(a))


def _article_before(sentence: Sentence, token: Token) -> bool:
    """Does a word before the gap show the noun's gender (die _____, einen großen _____)?"""
    position = next((k for k, t in enumerate(sentence.tokens) if t.i == token.i), 0)
    before = sentence.tokens[position - 1] if position else None
    return before is not None and before.tag in ("ART", "PPOSAT", "PDAT", "PIAT", "ADJA", "APPRART", "PRELAT", "PWAT")


def _level(level: str) -> int:
    return ["A1", "A2", "B1", "B2", "C1", "C2"].index(level) if level in ("A1", "A2", "B1", "B2", "C1", "C2") else 5
