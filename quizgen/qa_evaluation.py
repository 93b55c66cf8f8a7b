"""How well the generated comprehension questions cover what people ask about a text (MLQA).

The German MLQA dev set (SQuAD format) holds questions people wrote about Wikipedia
paragraphs, each with its answer span. Every paragraph is read as a text article and built
with default options, as ``quizgen build`` would. Two figures follow:

- ``targeted``: the share of people's questions whose answer a generated comprehension
  question targets: SQuAD's token F1 (normalised for German) ≥ ``F1_THRESHOLD`` between the
  generated answer (or one of its accepted variants, the best one counts) and a gold answer;
- ``per_100_words``: comprehension questions per 100 words of text (tokens that are not
  punctuation).
- ``not_lifted_share``: the share of those questions a reader cannot answer by matching strings
  (``generation.paraphrase.is_lift``: not every word of the question stands in its sentence).

A comprehension question is a ``wh`` question, or a ``multiple_choice`` question with
``focus == "content"`` whose prompt is not the vocabulary gap "Welches Wort passt in die
Lücke?" (which counts as vocabulary, so that the figure means the same before and after
questions carried their focus). Used by ``scripts/eval_qa.py`` and ``tests/test_qa_quality.py``.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from .analysis import analyze_many
from .config import Options
from .errors import InputError
from .generation.paraphrase import is_lift
from .model import Article, Material, Question
from .pipeline import build_material
from .reading import read_article

F1_THRESHOLD = 0.5
VOCABULARY_PROMPT = "Welches Wort passt in die Lücke?"
ARTICLES = frozenset(("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"))
# Question words in the order they are tried: a longer one before its prefix ("wie viele" before "wie").
W_WORDS: tuple[str, ...] = (
    "wie viele", "wie viel", "wie lange", "wie oft", "wie alt", "seit wann", "bis wann",
    "wer", "wen", "wem", "wessen", "was", "wann", "wo", "wohin", "woher", "warum", "weshalb",
    "wieso", "wozu", "wie", "welche", "welcher", "welches", "welchen", "welchem",
)
_WO_PREPOSITION = re.compile(r"^wo(r)?(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$")


@dataclass(frozen=True, slots=True)
class GoldQuestion:
    id: str
    question: str
    answers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldParagraph:
    id: str  # the SQuAD article title and paragraph number, "mlqa-de-dev-0/0"
    context: str
    questions: tuple[GoldQuestion, ...]


@dataclass(frozen=True, slots=True)
class ParagraphResult:
    paragraph: GoldParagraph
    generated: tuple[Question, ...]  # the comprehension questions
    words: int
    hits: tuple[tuple[str, str, float], ...]  # (gold question id, generated question id, F1) per hit
    error: str = ""  # the paragraph could not be read (too short, not German)


def read_squad(path: Path) -> list[GoldParagraph]:
    """The paragraphs of a SQuAD-format file with their questions and gold answers."""
    data = json.loads(path.read_text(encoding="utf-8"))
    paragraphs = []
    for article in data["data"]:
        for number, paragraph in enumerate(article["paragraphs"]):
            questions = tuple(
                GoldQuestion(
                    id=str(qa["id"]),
                    question=qa["question"],
                    answers=tuple(dict.fromkeys(answer["text"] for answer in qa["answers"])),
                )
                for qa in paragraph["qas"]
            )
            paragraphs.append(GoldParagraph(f"{article.get('title', '')}/{number}", paragraph["context"], questions))
    return paragraphs


def normalize_answer(text: str) -> list[str]:
    """SQuAD's normalisation for German: lower case, no punctuation, no articles, split on spaces."""
    lowered = "".join(" " if unicodedata.category(char).startswith("P") else char for char in text.lower())
    return [word for word in lowered.split() if word not in ARTICLES]


def token_f1(prediction: str, gold: str) -> float:
    """SQuAD's token F1 between two answers after ``normalize_answer``."""
    predicted, expected = normalize_answer(prediction), normalize_answer(gold)
    if not predicted or not expected:
        return float(predicted == expected)
    common = sum((Counter(predicted) & Counter(expected)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(predicted), common / len(expected)
    return 2 * precision * recall / (precision + recall)


def is_comprehension(question: Question) -> bool:
    """A W-question, or a multiple-choice question about the content (not a vocabulary gap)."""
    if question.type == "wh":
        return True
    return (
        question.type == "multiple_choice"
        and question.focus == "content"
        and not question.prompt.startswith(VOCABULARY_PROMPT)
    )


def answer_variants(question: Question) -> tuple[str, ...]:
    """The answer and every accepted variant, each once."""
    answers = (question.answer,) if isinstance(question.answer, str) else question.answer
    return tuple(dict.fromkeys(a for a in (*answers, *question.accepted) if a))


def best_f1(question: Question, gold_answers: Iterable[str]) -> float:
    """The best token F1 of any answer variant against any gold answer."""
    golds = tuple(gold_answers)
    return max((token_f1(variant, gold) for variant in answer_variants(question) for gold in golds), default=0.0)


def w_word(prompt: str) -> str:
    """The question word of a question ("wie viele", "worüber", "in welchem" → "welchem"), or "other"."""
    words = [word.strip("¿?.,:;„“\"'()").lower() for word in prompt.split()]
    words = [word for word in words if word]
    for position, word in enumerate(words):
        pair = f"{word} {words[position + 1]}" if position + 1 < len(words) else ""
        for candidate in W_WORDS:
            if candidate == pair or candidate == word:
                return candidate
        if _WO_PREPOSITION.match(word):
            return word
    return "other"


def articles_from(paragraphs: list[GoldParagraph], folder: Path) -> list[Article | str]:
    """Each paragraph read as a text file, as ``quizgen build`` reads one; an error message
    instead of an article when it cannot be read."""
    result: list[Article | str] = []
    for number, paragraph in enumerate(paragraphs):
        path = folder / f"mlqa-{number:04d}.txt"
        path.write_text(paragraph.context + "\n", encoding="utf-8")
        try:
            result.append(read_article(path))
        except InputError as error:
            result.append(str(error).replace(f"{path}: ", "", 1))
    return result


def evaluate_paragraph(paragraph: GoldParagraph, material: Material) -> ParagraphResult:
    """The comprehension questions of one paragraph's material and the people's questions they target."""
    generated = tuple(question for question in material.questions if is_comprehension(question))
    hits = []
    for gold in paragraph.questions:
        scored = [(best_f1(question, gold.answers), question.id) for question in generated]
        best = max(scored, default=(0.0, ""))
        if best[0] >= F1_THRESHOLD:
            hits.append((gold.id, best[1], round(best[0], 3)))
    return ParagraphResult(paragraph, generated, material.analysis.word_count, tuple(hits))


def evaluate_qa(nlp: Language, paragraphs: list[GoldParagraph], options: Options | None = None) -> list[ParagraphResult]:
    """Build every paragraph's material with ``options`` (default: as ``quizgen build``) and score it."""
    options = options if options is not None else Options()
    with tempfile.TemporaryDirectory(prefix="quizgen-mlqa-") as folder:
        read = articles_from(paragraphs, Path(folder))
    articles = [item for item in read if isinstance(item, Article)]
    analyses = iter(analyze_many(nlp, articles))
    results = []
    for paragraph, item in zip(paragraphs, read, strict=True):
        if isinstance(item, str):
            results.append(ParagraphResult(paragraph, (), 0, (), error=item))
            continue
        results.append(evaluate_paragraph(paragraph, build_material(next(analyses), options)))
    return results


def summarize(results: list[ParagraphResult], seconds: float = 0.0) -> dict[str, object]:
    """The figures: share targeted, questions per 100 words, W-word counts, mean per paragraph."""
    people = sum(len(result.paragraph.questions) for result in results)
    targeted = sum(len(result.hits) for result in results)
    generated = sum(len(result.generated) for result in results)
    words = sum(result.words for result in results)
    hit_ids = {gold_id for result in results for gold_id, _, _ in result.hits}
    gold_by_word: Counter[str] = Counter()
    gold_hits_by_word: Counter[str] = Counter()
    for result in results:
        for gold in result.paragraph.questions:
            word = w_word(gold.question)
            gold_by_word[word] += 1
            gold_hits_by_word[word] += gold.id in hit_ids
    generated_by_word = Counter(w_word(q.prompt) for result in results for q in result.generated)
    lifts = sum(is_lift(q.prompt, q.evidence, q.type) for result in results for q in result.generated)
    return {
        "paragraphs": len(results),
        "unreadable_paragraphs": sum(1 for result in results if result.error),
        "people_questions": people,
        "targeted": targeted,
        "targeted_share": round(targeted / people, 4) if people else 0.0,
        "comprehension_questions": generated,
        "words": words,
        "per_100_words": round(100 * generated / words, 4) if words else 0.0,
        "mean_per_paragraph": round(generated / len(results), 4) if results else 0.0,
        "not_lifted_share": round(1 - lifts / generated, 4) if generated else 0.0,
        "generated_by_w_word": dict(generated_by_word.most_common()),
        "people_by_w_word": {
            word: {"questions": count, "targeted": gold_hits_by_word[word]}
            for word, count in gold_by_word.most_common()
        },
        "seconds": round(seconds, 1),
    }


def run(nlp: Language, path: Path, options: Options | None = None) -> tuple[dict[str, object], list[ParagraphResult]]:
    """Evaluate the file at ``path``: the summary and the per-paragraph results."""
    started = time.perf_counter()
    results = evaluate_qa(nlp, read_squad(path), options)
    return summarize(results, time.perf_counter() - started), results


def dump(results: list[ParagraphResult]) -> str:
    """Every paragraph with the people's questions (hit or not) and the generated comprehension questions."""
    out = []
    for result in results:
        out.append(f"## {result.paragraph.id} ({result.words} words)\n")
        out.append(result.paragraph.context + "\n")
        if result.error:
            out.append(f"(not read: {result.error})\n")
        hits = {gold_id: (question_id, f1) for gold_id, question_id, f1 in result.hits}
        out.append("People:")
        for gold in result.paragraph.questions:
            mark = f"  [targeted by {hits[gold.id][0]}, F1 {hits[gold.id][1]}]" if gold.id in hits else ""
            out.append(f"- {gold.question} → {' | '.join(gold.answers)}{mark}")
        out.append("Generated:")
        for question in result.generated:
            variants = " | ".join(answer_variants(question))
            out.append(f"- {question.id} [{question.type}/{question.skill or '-'}] {question.prompt} → {variants}")
        if not result.generated:
            out.append("- (none)")
        out.append("")
    return "\n".join(out) + "\n"
