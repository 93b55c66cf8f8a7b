"""The global task of a worksheet: which heading or statement belongs to which part of the text.

A classic reading sheet starts with global understanding before details. Two forms:
- the article has its own headings: the headings are matched to the numbered sections they
  stand above (a section is the paragraphs after a heading up to the next one). Every section
  whose heading the sheet blanks is listed and nothing is left over: a left-over heading would
  belong to a section of the text, and readers saw at once which blank it was;
- otherwise, for an article of at least three paragraphs of some substance: one short summary
  statement per paragraph, the restated clause of one of its first three sentences that the
  richtig/falsch statements would use (self-contained, re-analysed as well formed, at most
  twelve words), plus one statement that fits no listed paragraph (from a paragraph left out
  of the list). A statement whose nouns all stand in two of the paragraphs is left out; for a
  short article that drops the task (a gap in the numbering helps no reader).
Paragraphs are numbered as the worksheet numbers them: title and headings are not counted.
The worksheet must not print the asked headings above their sections (the task would answer
itself); the others stay. The question's ``skill`` is "global" for both forms.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from ..model import Analysis, Question, Sentence
from .statements import candidates

HEADING_PROMPT = "Welche Überschrift passt zu welchem Abschnitt?"
PARAGRAPH_PROMPT = "Welche Aussage passt zu welchem Absatz? Eine Aussage bleibt übrig."
MAX_ITEMS = 6
MIN_ITEMS = 3
MIN_WORDS = 12  # a paragraph of "some substance"
MAX_HEADING_WORDS = 8
MAX_LINE_WORDS = 12  # a summary statement a reader takes in at a glance
# Sections at the end of an encyclopaedia article that are lists, not text.
BACK_MATTER = frozenset({
    "literatur", "weblinks", "einzelnachweise", "siehe auch", "anmerkungen", "quellen", "fußnoten",
    "belege", "filme", "filmografie", "werke", "diskografie", "schriften", "auszeichnungen",
    "weiterführende literatur", "externe links", "referenzen", "galerie", "bibliografie",
})


@dataclass(frozen=True, slots=True)
class Part:
    """A numbered stretch of the text (one paragraph or a section) and the line that fits it."""

    paragraphs: tuple[int, ...]  # indices into Article.paragraphs, in text order
    label: str  # "Absatz 3", "Absätze 3–5"
    line: str  # the heading or summary statement
    first: Sentence  # the first sentence of the part


def global_task(analysis: Analysis, rng: random.Random) -> list[Question]:
    """At most one matching question with skill "global": headings to sections when the article
    has enough of its own headings, else summary statements to paragraphs; [] when neither fits."""
    numbers = analysis.article.paragraph_numbers()
    by_paragraph = _sentences_by_paragraph(analysis)
    parts = _heading_parts(analysis, numbers, by_paragraph)
    if len(parts) > MIN_ITEMS:
        return [_question(HEADING_PROMPT, (parts[: MAX_ITEMS + 1], None), rng, "Überschrift")]
    parts = _paragraph_parts(analysis, numbers, by_paragraph)
    if len(parts) > MIN_ITEMS:
        return [_question(PARAGRAPH_PROMPT, _choose(parts, rng), rng, "Aussage")]
    return []


def _sentences_by_paragraph(analysis: Analysis) -> dict[int, list[Sentence]]:
    found: dict[int, list[Sentence]] = {}
    for sentence in analysis.sentences:
        if not sentence.is_heading:
            found.setdefault(sentence.paragraph, []).append(sentence)
    return found


def _label(paragraphs: tuple[int, ...], numbers: dict[int, int]) -> str:
    first, last = numbers[paragraphs[0]], numbers[paragraphs[-1]]
    return f"Absatz {first}" if first == last else f"Absätze {first}–{last}"


def _dative(label: str) -> str:
    """"Absätze 3–5" → "den Absätzen 3–5"; "Absatz 3" stays."""
    return label.replace("Absätze", "den Absätzen")


def _words(sentences: list[Sentence]) -> int:
    return sum(1 for sentence in sentences for token in sentence.tokens if token.pos not in ("PUNCT", "SYM", "SPACE"))


def _substantial(sentences: list[Sentence]) -> bool:
    """Running text, not a list or a caption: enough words in sentences that end like sentences."""
    full = [s for s in sentences if s.text.rstrip().endswith((".", "!", "?", ":")) and len(s.tokens) >= 4]
    return _words(full) >= MIN_WORDS


# --- headings ---------------------------------------------------------------------------------


def _heading_parts(analysis: Analysis, numbers: dict[int, int], by_paragraph: dict[int, list[Sentence]]) -> list[Part]:
    """One part per heading that stands above running text; a heading repeated in the article
    (two sections "Geschichte") or a back-matter heading gives none."""
    article = analysis.article
    texts = article.paragraph_texts()
    headings = sorted(h for h in article.headings if article.paragraphs[h] != article.title_span)
    names = [" ".join(texts[index].split()) for index in headings]
    parts: list[Part] = []
    for position, index in enumerate(headings):
        name = names[position]
        following = headings[position + 1] if position + 1 < len(headings) else len(texts)
        body = tuple(k for k in range(index + 1, following) if k in numbers)
        sentences = [s for k in body for s in by_paragraph.get(k, [])]
        if not body or not sentences or not _good_heading(name) or names.count(name) > 1:
            continue
        if not _substantial(sentences):
            continue
        parts.append(Part(body, _label(body, numbers), name, sentences[0]))
    return parts


def _good_heading(name: str) -> bool:
    words = name.split()
    bare = re.sub(r"\s*\([^)]*\)", "", name).lower().strip(" :")
    if not words or len(words) > MAX_HEADING_WORDS or bare in BACK_MATTER:
        return False
    return name[:1].isalpha() and not name.rstrip().endswith((".", "?", "!"))


# --- summary statements -----------------------------------------------------------------------


def _paragraph_parts(analysis: Analysis, numbers: dict[int, int], by_paragraph: dict[int, list[Sentence]]) -> list[Part]:
    """One part per substantial paragraph that has a summary line. For an article of up to
    seven such paragraphs every one must have a line (a gap in the numbering would give a
    reader nothing to match); a longer article contributes the paragraphs that have one. A
    line whose words fit two of the paragraphs is left out (two answers would be defensible)."""
    substantial = [k for k in sorted(numbers) if _substantial(by_paragraph.get(k, []))]
    lines = _statement_lines(analysis)
    parts: list[Part] = []
    for index in substantial:
        sentences = by_paragraph[index]
        line = next((lines[s.index] for s in sentences[:3] if s.index in lines), None)
        if line is None:
            if len(substantial) <= MAX_ITEMS + 1:
                return []
            continue
        parts.append(Part((index,), _label((index,), numbers), line, sentences[0]))
    texts = analysis.article.paragraph_texts()
    kept = [part for part in parts if sum(_fits(part.line, texts[other.paragraphs[0]]) for other in parts) == 1]
    if len(kept) != len(parts) and len(substantial) <= MAX_ITEMS + 1:
        return []
    return kept


def _statement_lines(analysis: Analysis) -> dict[int, str]:
    """Sentence index → a short statement of what it says: the restated clause that the
    richtig/falsch statements use (self-contained, re-analysed as well formed), when short."""
    found: dict[int, str] = {}
    for base in candidates(analysis):
        if len(base.text.split()) <= MAX_LINE_WORDS and base.sentence.index not in found:
            found[base.sentence.index] = base.text
    return found


def _fits(line: str, paragraph: str) -> bool:
    """Do the line's nouns and names all stand in the paragraph (as words or word starts)?"""
    nouns = [w for w in re.findall(r"[A-ZÄÖÜ][\wäöüß-]+", line)[1:] if len(w) > 3]
    text = paragraph.lower()
    return bool(nouns) and all(noun.lower()[: max(4, len(noun) - 2)] in text for noun in nouns)


# --- the question -----------------------------------------------------------------------------


def _choose(parts: list[Part], rng: random.Random) -> tuple[list[Part], Part]:
    """Up to six parts to list and one left-over part, from the start of the text. The first part
    (the lead) is always listed; the left-over one is drawn from the others."""
    parts = parts[: MAX_ITEMS + 1]  # consecutive: a stretch of text read as a whole
    extra = parts[1 + rng.randrange(len(parts) - 1)]
    return [part for part in parts if part is not extra], extra


def _question(prompt: str, chosen: tuple[list[Part], Part | None], rng: random.Random, what: str) -> Question:
    items, extra = chosen
    options = [part.line for part in items] + ([extra.line] if extra else [])
    rng.shuffle(options)
    solution = "; ".join(f"{part.label}: {part.line}" for part in items)
    explanation = f"{solution}." + (f" Übrig bleibt die {what} „{extra.line}“ (sie gehört zu {_dative(extra.label)})." if extra else "")
    return Question(
        id="", type="matching", prompt=prompt, answer=tuple(part.line for part in items),
        sentence=items[0].first.index, evidence=" ".join(part.first.text for part in items),
        explanation=explanation, options=tuple(options),
        prompt_items=tuple(part.label for part in items), skill="global",
    )
