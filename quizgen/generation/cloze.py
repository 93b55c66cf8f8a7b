"""Cloze notes: the article's sentences with their most useful words deleted.

Targets, in order of value: vocabulary items at or above the learner's level (their
occurrences give the offsets), then one entity or number per sentence as a comprehension
cloze. Never a function word or punctuation, never part of a word (``Aare``-Ufer), never the
article's own topic as a "Name" gap. Up to three deletions per sentence, each its own card
(c1, c2, c3); one word is gapped in at most ``MAX_PER_LEMMA`` notes of an article. A
sentence longer than ``MAX_WORDS`` words is trimmed to the clauses around its best gaps.

The text is HTML (Anki fields are HTML): the sentence is escaped, braces and ``::`` are
written as character references so that cloze syntax inside an article stays text, and runs
of white space become one space. Removing the cloze markup and unescaping gives back the
sentence (or its trimmed part) — ``ClozeNote.source_sentence``.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from ..config import LEVELS, Options
from ..model import Analysis, ClozeNote, Fact, Sentence, Token, VocabItem

MAX_DELETIONS = 3
MAX_NOTES = 60  # a long article gives its best sentences, not hundreds of cards
MAX_WORDS = 25  # longer sentences are trimmed to the clauses around the gaps
MAX_PER_LEMMA = 2  # "Ball" in every sentence of an article makes dull cards
MIN_TOKENS = 5
POS_NAMES = {"NOUN": "Nomen", "VERB": "Verb", "ADJ": "Adjektiv", "ADV": "Adverb", "MWE": "Ausdruck"}
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "MWE", "PROPN"})
# STTS tags of words that never make a vocabulary gap: articles, pronouns, prepositions,
# conjunctions, particles, auxiliaries and modals, punctuation.
FUNCTION_TAGS = frozenset(
    {
        "ART",
        "APPR",
        "APPRART",
        "APPO",
        "APZR",
        "KON",
        "KOUS",
        "KOUI",
        "KOKOM",
        "PPER",
        "PRF",
        "PPOSAT",
        "PPOSS",
        "PDAT",
        "PDS",
        "PIAT",
        "PIS",
        "PRELS",
        "PRELAT",
        "PWS",
        "PWAT",
        "PWAV",
        "PAV",
        "PTKZU",
        "PTKNEG",
        "PTKVZ",
        "PTKANT",
        "PTKA",
        "VAFIN",
        "VAINF",
        "VAPP",
        "VAIMP",
        "VMFIN",
        "VMINF",
        "VMPP",
        "$,",
        "$.",
        "$(",
        "CARD",
        "XY",
        "FM",
    }
)
FUNCTION_LEMMAS = frozenset(
    {"sein", "haben", "werden", "können", "müssen", "dürfen", "sollen", "wollen", "mögen", "lassen"}
)
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_SPACE = re.compile(r"\s+")
_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—"})


@dataclass(frozen=True, slots=True)
class Target:
    start: int  # offsets into the article text
    end: int
    kind: str  # vocabulary, entity, number
    lemma: str
    item: VocabItem | None = None

    @property
    def value(self) -> float:
        return self.item.score if self.item else 0.5


def escape(text: str) -> str:
    """HTML-escape and neutralise cloze syntax: Anki shows it as the very same text."""
    escaped = html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")
    return escaped.replace("::", ":&#58;")


def uncloze(text: str) -> str:
    """The plain sentence behind a cloze text."""
    return html.unescape(_CLOZE.sub(lambda match: match.group(1), text))


def normalise_space(text: str) -> str:
    return _SPACE.sub(" ", text)


def make_clozes(
    analysis: Analysis, vocabulary: tuple[VocabItem, ...], facts: tuple[Fact, ...], options: Options
) -> tuple[ClozeNote, ...]:
    by_sentence = _targets_by_sentence(analysis, vocabulary, facts, options)
    used: Counter[str] = Counter()
    candidates = []
    for sentence in analysis.sentences:
        if sentence.is_heading or len(sentence.tokens) < MIN_TOKENS:
            continue
        targets = [
            t
            for t in by_sentence.get(sentence.index, [])
            if used[t.lemma] < MAX_PER_LEMMA and _stands_alone(t, sentence, analysis)
        ]
        chosen = _choose(targets)
        start, end = _trim(sentence, chosen)
        chosen = [t for t in chosen if start <= t.start and t.end <= end]
        if not chosen:
            continue
        used.update(t.lemma for t in chosen)
        candidates.append((sum(t.value for t in chosen), sentence, chosen, (start, end)))
    best = sorted(candidates, key=lambda entry: (-entry[0], entry[1].index))[:MAX_NOTES]
    best.sort(key=lambda entry: entry[1].index)
    return tuple(
        _note(sentence, chosen, span, analysis, options) for _, sentence, chosen, span in best
    )


def _targets_by_sentence(
    analysis: Analysis, vocabulary: tuple[VocabItem, ...], facts: tuple[Fact, ...], options: Options
) -> dict[int, list[Target]]:
    learner = LEVELS.index(options.level) if options.level in LEVELS else 0
    tokens = {token.start: token for token in analysis.tokens}
    by_sentence: dict[int, list[Target]] = {}
    for item in vocabulary:
        if not _learnable(item, learner):
            continue
        for occurrence in item.occurrences:
            token = tokens.get(occurrence.start)
            if token is not None and (
                token.tag in FUNCTION_TAGS or not any(c.isalpha() for c in token.text)
            ):
                continue
            by_sentence.setdefault(occurrence.sentence, []).append(
                Target(occurrence.start, occurrence.end, "vocabulary", item.lemma, item)
            )
    title = analysis.article.title.casefold()
    for fact in facts:
        if fact.kind == "number" or (fact.kind == "entity" and fact.label in ("PER", "LOC", "ORG")):
            name = fact.value or fact.text
            if fact.kind == "entity" and _is_topic(fact, title):
                continue  # "Die [Name] ist ein Fluss" in the article "Aare" asks nothing
            kind = "number" if fact.kind == "number" else "entity"
            for sentence in analysis.sentences:
                for start, end in _mentions(fact, sentence):
                    by_sentence.setdefault(sentence.index, []).append(
                        Target(start, end, kind, name)
                    )
    return by_sentence


def _learnable(item: VocabItem, learner: int) -> bool:
    if item.pos not in CONTENT_POS or item.lemma.lower() in FUNCTION_LEMMAS:
        return False
    if item.pos == "MWE" and not any(word[:1].isupper() for word in item.lemma.split()[1:]):
        return False  # "es handelt sich um": nothing to learn from a gap on "sich um"
    return not item.level or item.level not in LEVELS or LEVELS.index(item.level) >= learner


def _is_topic(fact: Fact, title: str) -> bool:
    names = {fact.text, fact.value, *fact.aliases} - {""}
    return any(re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", title) for name in names)


def _mentions(fact: Fact, sentence: Sentence) -> list[tuple[int, int]]:
    if fact.kind == "number":
        return [(fact.start, fact.end)] if fact.sentence == sentence.index else []
    found = []
    for alias in sorted(set(fact.aliases) | {fact.text}, key=len, reverse=True):
        if not alias or alias not in sentence.text:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", sentence.text):
            found.append((sentence.start + match.start(), sentence.start + match.end()))
    return found


def _stands_alone(target: Target, sentence: Sentence, analysis: Analysis) -> bool:
    """A whole word that stands in the sentence once: a repeated word gives its gap away,
    and a gap inside a word (``Aare``-Ufer) is no word to recall."""
    text = analysis.article.text
    if not sentence.start <= target.start < target.end <= sentence.end:
        return False
    before = text[target.start - 1] if target.start > 0 else " "
    after = text[target.end] if target.end < len(text) else " "
    if before.isalnum() or after.isalnum() or before == "-" or after == "-":
        return False
    answer = text[target.start : target.end]
    pattern = rf"(?<!\w){re.escape(answer)}(?!\w)"
    return len(re.findall(pattern, sentence.text, flags=re.IGNORECASE)) == 1


def _choose(targets: list[Target]) -> list[Target]:
    """The best non-overlapping targets: vocabulary by score, then one entity or number."""
    vocabulary = sorted(
        (t for t in targets if t.kind == "vocabulary"), key=lambda t: (-t.value, t.start)
    )
    other = sorted(
        (t for t in targets if t.kind != "vocabulary"), key=lambda t: (t.kind != "number", t.start)
    )
    chosen: list[Target] = []
    for target in [*vocabulary, *other]:
        if len(chosen) == MAX_DELETIONS:
            break
        if any(target.start < c.end and c.start < target.end for c in chosen):
            continue
        if any(c.lemma == target.lemma for c in chosen):
            continue  # two gaps for one word: the second gives the first away
        if target.kind != "vocabulary" and any(c.kind != "vocabulary" for c in chosen):
            continue
        chosen.append(target)
    return sorted(chosen, key=lambda t: t.start)


def hint_for(target: Target, answer: str, kind: str) -> str:
    """A hint that helps without giving the answer away (never the answer itself)."""
    item = target.item
    if kind == "none":
        return ""
    if target.kind == "number":
        return "Zahl"
    if target.kind == "entity":
        return "Name"
    assert item is not None
    if kind == "lemma":
        if (
            item.lemma.casefold() != answer.casefold()
            and item.pos != "MWE"
            and item.display.casefold() != answer.casefold()
        ):
            return item.display
        kind = "article" if item.article else "pos"
    if kind == "article" and item.article:
        return f"{item.article} {answer[:1]}…"
    if kind == "first-letter":
        return answer[:1] + "…"
    if kind == "gloss" and item.gloss:
        return item.gloss[0]
    return POS_NAMES.get(item.pos, "Wort")


def _extra(target: Target) -> str:
    item = target.item
    if item is None:
        return ""
    parts = [item.display]
    if item.plural:
        parts[0] += f", {item.plural}"
    elif item.number_note:
        parts[0] += f" ({item.number_note})"
    if item.weak_noun:
        parts.append("n-Deklination")
    if item.verb_forms:
        parts.append(", ".join(item.verb_forms))
    if item.gloss:
        parts.append("; ".join(item.gloss))
    return " — ".join(parts)


def _words(tokens: list[Token] | tuple[Token, ...]) -> int:
    return sum(1 for token in tokens if any(c.isalnum() for c in token.text))


def _trim(sentence: Sentence, chosen: list[Target]) -> tuple[int, int]:
    """Character span to show: the sentence, or for a long one the clauses around the best
    gap, widened clause by clause while it stays within ``MAX_WORDS`` words."""
    if not chosen or _words(sentence.tokens) <= MAX_WORDS:
        return sentence.start, sentence.end
    clauses: list[list[Token]] = [[]]
    for token in sentence.tokens:
        clauses[-1].append(token)
        if token.text in _CLAUSE_BREAKS:
            clauses.append([])
    clauses = [clause for clause in clauses if clause]

    def clause_of(position: int) -> int:
        return next((k for k, c in enumerate(clauses) if c[0].start <= position < c[-1].end), 0)

    best = max(chosen, key=lambda t: (t.value, -t.start))
    low = high = clause_of(best.start)
    while True:
        options = []
        if low > 0:
            options.append((low - 1, high))
        if high < len(clauses) - 1:
            options.append((low, high + 1))
        grown = [
            (lo, hi)
            for lo, hi in options
            if _words([t for c in clauses[lo : hi + 1] for t in c]) <= MAX_WORDS
        ]
        if not grown:
            break
        # prefer the side that brings in another gap, then the following clause
        low, high = max(
            grown,
            key=lambda span: (
                sum(clause_of(t.start) in range(span[0], span[1] + 1) for t in chosen),
                span[1],
            ),
        )
    start = clauses[low][0].start
    last = clauses[high][-1]
    end = last.start if last.text in _CLAUSE_BREAKS and high < len(clauses) - 1 else last.end
    return start, end


def _note(
    sentence: Sentence,
    chosen: list[Target],
    span: tuple[int, int],
    analysis: Analysis,
    options: Options,
) -> ClozeNote:
    text = analysis.article.text
    start, end = span
    pieces, cursor, answers, hints = [], start, [], []
    for number, target in enumerate(chosen, start=1):
        answer = normalise_space(text[target.start : target.end])
        hint = hint_for(target, answer, options.hint)
        pieces.append(escape(normalise_space(text[cursor : target.start])))
        deletion = f"{{{{c{number}::{escape(answer)}"
        pieces.append(deletion + (f"::{escape(hint)}}}}}" if hint else "}}"))
        cursor = target.end
        answers.append(answer)
        hints.append(hint)
    pieces.append(escape(normalise_space(text[cursor:end])))
    body = "".join(pieces).strip()
    plain = normalise_space(text[start:end]).strip()
    if start > sentence.start:
        body, plain = "… " + body, "… " + plain
    if end < sentence.end:
        body, plain = body + " …", plain + " …"
    return ClozeNote(
        text=body,
        answers=tuple(answers),
        sentence=sentence.index,
        source_sentence=plain,
        hints=tuple(hints),
        extra=" · ".join(filter(None, (_extra(t) for t in chosen))),
        kinds=tuple(t.kind for t in chosen),
        lemmas=tuple(t.lemma for t in chosen),
    )
