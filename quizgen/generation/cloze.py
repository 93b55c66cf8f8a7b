"""Cloze notes: the article's sentences with their most useful words deleted.

Targets, in order of value: vocabulary items of the learner's level (their occurrences give
the offsets), then one entity or number per sentence as a comprehension cloze. Never a
function word or punctuation. Up to three deletions per sentence, each its own card
(c1, c2, c3). A sentence longer than ``MAX_WORDS`` is trimmed to the clause around its gaps.

The text is HTML (Anki fields are HTML): the sentence is escaped, and braces are written as
character references so that cloze syntax inside an article stays text. Removing the cloze
markup and unescaping gives back the sentence (or its trimmed part).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..config import Options
from ..model import Analysis, ClozeNote, Fact, Sentence, VocabItem

MAX_DELETIONS = 3
MAX_NOTES = 60  # a long article gives its best sentences, not hundreds of cards
MAX_WORDS = 30
POS_NAMES = {"NOUN": "Nomen", "VERB": "Verb", "ADJ": "Adjektiv", "ADV": "Adverb", "MWE": "Ausdruck"}
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}")


@dataclass(frozen=True, slots=True)
class Target:
    start: int  # offsets into the article text
    end: int
    kind: str  # vocabulary, entity, number
    lemma: str
    item: VocabItem | None = None


def escape(text: str) -> str:
    """HTML-escape and neutralise cloze braces: Anki shows it as the very same text."""
    return html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")


def uncloze(text: str) -> str:
    """The plain sentence behind a cloze text."""
    return html.unescape(_CLOZE.sub(lambda match: match.group(1), text))


def make_clozes(
    analysis: Analysis, vocabulary: tuple[VocabItem, ...], facts: tuple[Fact, ...], options: Options
) -> tuple[ClozeNote, ...]:
    by_sentence: dict[int, list[Target]] = {}
    for item in vocabulary:
        if item.pos == "MWE" and not any(word[:1].isupper() for word in item.lemma.split()[1:]):
            continue  # "es handelt sich um": nothing to learn from a gap on "sich um"
        for occurrence in item.occurrences:
            by_sentence.setdefault(occurrence.sentence, []).append(
                Target(occurrence.start, occurrence.end, "vocabulary", item.lemma, item)
            )
    for fact in facts:
        if fact.kind == "number" or (fact.kind == "entity" and fact.label in ("PER", "LOC", "ORG")):
            for sentence in analysis.sentences:
                for start, end in _mentions(fact, sentence):
                    by_sentence.setdefault(sentence.index, []).append(
                        Target(start, end, "number" if fact.kind == "number" else "entity", fact.value or fact.text)
                    )
    candidates = []
    for sentence in analysis.sentences:
        if sentence.is_heading or len(sentence.tokens) < 5:
            continue
        targets = [t for t in by_sentence.get(sentence.index, []) if _unique_in(sentence, t, analysis)]
        chosen = _choose(targets)
        if chosen:
            value = sum(t.item.score if t.item else 1.0 for t in chosen)
            candidates.append((value, sentence, chosen))
    best = sorted(candidates, key=lambda entry: (-entry[0], entry[1].index))[:MAX_NOTES]
    best.sort(key=lambda entry: entry[1].index)
    return tuple(_note(sentence, chosen, analysis, options) for _, sentence, chosen in best)


def _mentions(fact: Fact, sentence: Sentence) -> list[tuple[int, int]]:
    if fact.kind == "number":
        return [(fact.start, fact.end)] if fact.sentence == sentence.index else []
    found = []
    for alias in fact.aliases:
        if alias not in sentence.text:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", sentence.text):
            found.append((sentence.start + match.start(), sentence.start + match.end()))
    return found


def _unique_in(sentence: Sentence, target: Target, analysis: Analysis) -> bool:
    """A word that stands in the sentence twice would give its own gap away."""
    answer = analysis.article.text[target.start : target.end]
    return len(re.findall(rf"(?<!\w){re.escape(answer)}(?!\w)", sentence.text, flags=re.IGNORECASE)) == 1


def _choose(targets: list[Target]) -> list[Target]:
    """The best non-overlapping targets: vocabulary by score, then one entity or number."""
    vocabulary = sorted(
        (t for t in targets if t.kind == "vocabulary"),
        key=lambda t: (-(t.item.score if t.item else 0), t.start),
    )
    other = sorted((t for t in targets if t.kind != "vocabulary"), key=lambda t: (t.kind != "number", t.start))
    chosen: list[Target] = []
    for target in [*vocabulary, *other[:1]]:
        if len(chosen) == MAX_DELETIONS:
            break
        if any(target.start < c.end and c.start < target.end for c in chosen):
            continue
        if target.kind != "vocabulary" and any(c.kind != "vocabulary" for c in chosen):
            continue
        chosen.append(target)
    return sorted(chosen, key=lambda t: t.start)


def hint_for(target: Target, answer: str, kind: str) -> str:
    item = target.item
    if kind == "none":
        return ""
    if target.kind == "number":
        return "Zahl"
    if target.kind == "entity":
        return "Name"
    assert item is not None
    pos_name = POS_NAMES.get(item.pos, "Wort")
    if kind == "lemma":
        if item.lemma.lower() != answer.lower() and item.pos != "MWE":
            return item.display
        kind = "article" if item.article else "pos"
    if kind == "article" and item.article:
        return f"{item.article} …"
    if kind == "first-letter":
        return answer[:1] + "…"
    if kind == "gloss" and item.gloss:
        return item.gloss[0]
    return pos_name


def _extra(target: Target) -> str:
    item = target.item
    if item is None:
        return ""
    parts = [item.display]
    if item.plural:
        parts[0] += f", {item.plural}"
    elif item.number_note:
        parts[0] += f" ({item.number_note})"
    if item.verb_forms:
        parts.append(", ".join(item.verb_forms))
    if item.gloss:
        parts.append("; ".join(item.gloss))
    return " — ".join(parts)


def _trim(sentence: Sentence, chosen: list[Target]) -> tuple[int, int]:
    """Character span of the sentence to show: all of it, or the clause around the gaps."""
    if len(sentence.tokens) <= MAX_WORDS:
        return sentence.start, sentence.end
    first, last = chosen[0].start, chosen[-1].end
    commas = [t for t in sentence.tokens if t.tag in ("$,", "$(")]
    start = max((t.end for t in commas if t.end <= first), default=sentence.start)
    end = min((t.start for t in commas if t.start >= last), default=sentence.end)
    return start, end


def _note(sentence: Sentence, chosen: list[Target], analysis: Analysis, options: Options) -> ClozeNote:
    text = analysis.article.text
    start, end = _trim(sentence, chosen)
    chosen = [t for t in chosen if start <= t.start and t.end <= end]
    pieces, cursor, answers, hints = [], start, [], []
    for number, target in enumerate(chosen, start=1):
        answer = text[target.start : target.end]
        hint = hint_for(target, answer, options.hint)
        pieces.append(escape(text[cursor : target.start]))
        deletion = f"{{{{c{number}::{escape(answer)}"
        pieces.append(deletion + (f"::{escape(hint)}}}}}" if hint else "}}"))
        cursor = target.end
        answers.append(answer)
        hints.append(hint)
    pieces.append(escape(text[cursor:end]))
    body = "".join(pieces).strip()
    plain = text[start:end].strip()
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
