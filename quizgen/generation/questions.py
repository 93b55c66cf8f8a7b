"""The worksheet's questions: the generators propose, ``selection`` chooses.

Comprehension (``focus == "content"``):
- the global task (``global_task``): headings, or each paragraph's topic line, matched to sections, else
  the heading that fits the whole text (``gist_task``, multiple choice);
- ``true_false`` (``statements``): whole clauses restated, about half changed (who did what
  to whom swapped, negated, a number or time changed: falsch; a country the text never names:
  steht nicht im Text);
- ``wh`` (``wh``): W-questions for every grammatical role the clause analysis is sure of;
- ``multiple_choice`` (``content_choice``): W-questions with wrong options of the same kind;
- ``ordering``: events in the order the article tells them.
Vocabulary (``focus == "vocabulary"`` or word tasks): "Welches Wort passt?" gaps
(``word_choice``), the gap text with a word box (``gap_fill``), words matched to meanings or
sentence halves (``matching``).
All choices go through one ``random.Random(seed)``; the same input gives the same questions.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from ..config import Options
from ..extraction.clauses import main_clause
from ..extraction.facts import MONTHS, WEEKDAYS
from ..extraction.thesaurus import load_thesaurus
from ..model import GAP, GAP_SOLUTIONS, Analysis, Fact, Occurrence, Question, Sentence, VocabItem
from .content_choice import content_multiple_choice
from .distractors import vocabulary_distractors
from .global_task import covers_text, gist_task, global_task
from .headings import heading_questions
from .keys import finish_keys, refine_keys
from .selection import is_comprehension, select
from .statements import candidates, true_false
from .wh import wh_questions
from .wh_causes import cause_questions
from .wh_content import content_questions
from .wh_contrast import contrast_questions
from .wh_gaps import gap_questions
from .wh_main import main_questions
from .wh_more import more_questions

WORD_BANK_EXTRA = 2
GAP_PASSAGES = 3  # gap-text candidates the selection chooses from
MATCHING_EXTRA = 2
MAX_TAKEN = 2  # items (and comprehension items) a global task without headings may cost the sheet
GAP_PROMPT = "Welches Wort passt in die Lücke?"
# The order of the worksheet's tasks: global to detail to vocabulary (config.SECTIONS).
SHEET_ORDER = ("true_false", "multiple_choice", "wh", "ordering", "gap_fill", "matching")


def make_questions(
    analysis: Analysis, vocabulary: tuple[VocabItem, ...], facts: tuple[Fact, ...], options: Options
) -> tuple[Question, ...]:
    """The worksheet's questions: every generator proposes, ``selection.select`` sets the test.

    Numbered in the order the worksheet shows the tasks: the global task, then ``SHEET_ORDER``
    (content before vocabulary within multiple choice), each in text order.
    """
    rng = random.Random(options.seed)
    wanted = set(options.types)
    pools: dict[str, list[Question]] = {}
    wh = _w_questions(analysis, facts) if wanted & {"wh", "multiple_choice"} else []
    # the restatable clauses of the richtig/falsch statements
    bases = candidates(analysis) if "true_false" in wanted else None
    if "matching" in wanted:  # the article's own headings to its sections (topic lines: ``_with_topic_lines``)
        pools["global"] = global_task(analysis, rng)
    if "true_false" in wanted:
        pools["true_false"] = true_false(analysis, facts, rng, options.tf_choices, bases=bases)
    if "wh" in wanted:
        pools["wh"] = [*heading_questions(analysis), *wh]  # the text's own questions: open answers
    if "multiple_choice" in wanted:
        pools["multiple_choice"] = content_multiple_choice(analysis, facts, wh, rng, options.mc_options)
    if "gap_fill" in wanted:
        pools["gap_fill"] = gap_fill(analysis, vocabulary, rng)
    if "matching" in wanted:
        pools["matching"] = matching(analysis, vocabulary, rng)
    if "ordering" in wanted:
        pools["ordering"] = ordering(analysis, rng)
    words = word_choice(analysis, vocabulary, rng, options.mc_options) if "multiple_choice" in wanted else []
    selected = select(pools, analysis, options.questions, words)
    if "matching" in wanted and not pools["global"]:
        selected = _with_topic_lines(pools, analysis, options, words, selected, rng)
    chosen = [_shuffled_options(question, options.seed) for question in finish_keys(selected, analysis)]
    return tuple(_renumber(question, number) for number, question in enumerate(_in_sheet_order(chosen), start=1))


def _with_topic_lines(pools: dict[str, list[Question]], analysis: Analysis, options: Options, words: list[Question],
                      selected: list[Question], rng: random.Random) -> list[Question]:
    """The selection again with a global task for an article without headings of its own to
    match: each paragraph's topic line ("Lage und Klima") where they list more than half of the
    paragraphs (``covers_text``), else the heading that fits the whole text (``gist_task``:
    "Geschichte, Bevölkerung und Religion von Sofia", multiple choice), else the lines of
    a few paragraphs. Kept only while the task is on the sheet and the sheet loses at most
    MAX_TAKEN items, and as many comprehension items, to it (the task takes a place a W-question
    held: a sheet thinner in questions is not better; round 26: "no sheet has a true global
    task", so one or two detail items may go)."""
    lines = global_task(analysis, rng, topic_lines=True)
    whole = bool(lines) and covers_text(lines[0], analysis)
    gist = gist_task(analysis, rng, options.mc_options)
    for overall in (lines, gist) if whole else (gist, lines):  # lines of a few paragraphs only when no gist
        if not overall:
            continue
        again = select({**pools, "global": overall}, analysis, options.questions, words)
        kept = sum(map(is_comprehension, again)) >= sum(map(is_comprehension, selected)) - MAX_TAKEN
        if overall[0] in again and kept and len(again) >= len(selected) - MAX_TAKEN:
            return again
    return selected


def _shuffled_options(question: Question, seed: int) -> Question:
    """A multiple-choice item's options in an order drawn for this item alone (seeded by the seed
    and the prompt): the same on every run, and the right option's place not tied to how many
    choices the generators drew before it."""
    if question.type != "multiple_choice":
        return question
    order = list(question.options)
    random.Random(f"{seed}|{question.prompt}|{question.answer}").shuffle(order)
    return replace(question, options=tuple(order))


def _w_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    """Every W-question the text allows, once per prompt, in text order: the roles of each clause
    (``wh``), then the kinds people ask besides ("In welchem Jahr …", "Wer war X?": ``wh_more``),
    then why, what for and of what ("denn", "deshalb", "dienen", "bestehen aus": ``wh_causes``),
    then what someone showed or decided, as what, by what means (``wh_content``), how two things
    differ (``wh_contrast``), what the opening sentence defines (``wh_gaps``), and why something
    has its name, what followed from an event and what a term means (``wh_main``)."""
    seen: set[str] = set()
    found = []
    for question in (*wh_questions(analysis, facts), *more_questions(analysis, facts), *cause_questions(analysis, facts),
                     *content_questions(analysis, facts), *contrast_questions(analysis, facts),
                     *gap_questions(analysis, facts), *main_questions(analysis, facts)):
        if question.prompt not in seen:
            seen.add(question.prompt)
            found.append(question)
    return sorted(_without_points_of_lists(refine_keys(found, analysis)), key=lambda question: question.sentence)


def _without_points_of_lists(questions: list[Question]) -> list[Question]:
    """The questions without one whose answer is one point of a question that asks for several
    with the same W-word ("Wofür ist Rembrandt bekannt? – dass er besonders gut das Licht malen
    konnte" beside "Wofür war Rembrandt bekannt? Nenne zwei Dinge. – für seine Porträts …; dass er
    besonders gut das Licht malen konnte"): the sheet could take only one of them, the first
    gives the second half away, and readers asked for the whole (round 23: Rembrandt)."""
    points = {(q.prompt.split()[0], point) for q in questions if "Nenne" in q.prompt for point in str(q.answer).split("; ")}
    return [q for q in questions if "Nenne" in q.prompt or (q.prompt.split()[0], str(q.answer)) not in points]


def _in_sheet_order(questions: list[Question]) -> list[Question]:
    """The global tasks first (the gist, then the paragraphs), then detail before vocabulary
    (``SHEET_ORDER``), content before vocabulary within multiple choice, each in text order."""

    def key(question: Question) -> tuple[int, int, bool, int]:
        # the gist (which heading fits the whole text) opens the sheet, then the paragraphs' task
        gist = question.type == "multiple_choice" and question.skill == "global"
        paragraphs = question.type == "matching" and question.skill == "global"
        opening = 0 if gist else 1 if paragraphs else 2
        return (opening, SHEET_ORDER.index(question.type), question.focus != "content", question.sentence)

    return sorted(questions, key=key)


def _renumber(question: Question, number: int) -> Question:
    return replace(question, id=f"q{number:02d}")


def _usable(sentence: Sentence) -> bool:
    return not sentence.is_heading and 5 <= len(sentence.tokens) <= 45


# --- Welches Wort passt? (vocabulary) ------------------------------------------------------


def word_choice(
    analysis: Analysis, vocabulary: tuple[VocabItem, ...], rng: random.Random, size: int
) -> list[Question]:
    """"Welches Wort passt in die Lücke?": a word of the vocabulary list gapped in its sentence,
    with wrong options of the same part of speech, gender and level (focus "vocabulary")."""
    questions: list[Question] = []
    used_sentences: set[int] = set()
    for item in vocabulary:
        if item.pos not in ("NOUN", "VERB", "ADJ") or len(questions) >= 12 or item.lemma in WEEKDAYS + MONTHS:
            continue
        occurrence = item.occurrences[0]
        if occurrence.sentence in used_sentences or "…" in occurrence.form:
            continue
        sentence = analysis.sentences[occurrence.sentence]
        if not _usable(sentence):
            continue
        answer = occurrence.form
        wrong = vocabulary_distractors(item, answer, sentence, analysis, vocabulary, rng, size - 1)
        if len(wrong) < size - 1:
            continue
        gapped = sentence.text[: occurrence.start - sentence.start] + "_____" + sentence.text[occurrence.end - sentence.start :]
        if answer.lower() in f"{GAP_PROMPT} {gapped}".lower() or _spelt_again(answer, sentence, occurrence.start):
            continue  # the word stands in the sentence a second time: the gap would give it away
        options = [answer, *wrong]
        rng.shuffle(options)
        used_sentences.add(occurrence.sentence)
        questions.append(Question(
            id="", type="multiple_choice", prompt=f"{GAP_PROMPT} {gapped}",
            answer=answer, sentence=sentence.index, evidence=sentence.text, options=tuple(options),
            explanation=f"Im Text steht: „{sentence.text}“", focus="vocabulary", skill="word",
        ))
    return questions


def _spelt_again(answer: str, sentence: Sentence, start: int) -> bool:
    """Whether another word of the sentence is the answer in another spelling ("Nicotin oder
    Nikotin"): one letter changed, added or dropped. The gap would be answered by copying it."""
    word = answer.lower()
    return len(word) >= 5 and any(
        token.start != start and _one_edit_apart(word, token.text.lower()) for token in sentence.tokens
    )


def _one_edit_apart(first: str, second: str) -> bool:
    if abs(len(first) - len(second)) > 1 or first == second:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second)) == 1
    short, long = sorted((first, second), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


# --- Lückentext, Zuordnung, Reihenfolge -------------------------------------------------------


def gap_fill(analysis: Analysis, vocabulary: tuple[VocabItem, ...], rng: random.Random) -> list[Question]:
    """Passages of three to five consecutive sentences with up to six gaps each, the densest
    first: up to ``GAP_PASSAGES`` that do not overlap, so that the selection can take one that
    gives away no answer of the items chosen before it."""
    by_sentence: dict[int, list] = {}
    for item in vocabulary:
        if item.pos in ("NOUN", "VERB", "ADJ"):
            for occurrence in item.occurrences:
                if "…" not in occurrence.form:
                    by_sentence.setdefault(occurrence.sentence, []).append((occurrence, item))
    usable = [s for s in analysis.sentences if _usable(s)]
    article = analysis.article
    heading_starts = [article.paragraphs[index][0] for index in article.headings]
    windows = []
    for k in range(len(usable)):
        window = usable[k : k + 4]
        if any(window[0].start < start < window[-1].end for start in heading_starts):
            continue  # the passage is printed from the text: a heading inside it would give a heading task away
        score = sum(min(2, len(by_sentence.get(s.index, []))) for s in window)
        if score >= 3:
            windows.append((-score, k, window))
    passages: list[Question] = []
    taken: set[int] = set()
    for _, _, window in sorted(windows, key=lambda w: (w[0], w[1])):
        if len(passages) >= GAP_PASSAGES or taken & {s.index for s in window}:
            continue
        question = _gap_passage(analysis, vocabulary, window, by_sentence, rng)
        if question is not None:
            passages.append(question)
            taken |= {s.index for s in window}
    return passages


def _gap_passage(
    analysis: Analysis, vocabulary: tuple[VocabItem, ...], passage: list[Sentence], by_sentence: dict, rng: random.Random
) -> Question | None:
    gaps: list[tuple[Occurrence, VocabItem]] = []
    seen: set[str] = set()
    for sentence in passage:
        for occurrence, item in sorted(by_sentence.get(sentence.index, []), key=lambda pair: -pair[1].score)[:2]:
            if item.lemma in seen or occurrence.form in seen:
                continue
            if any(occurrence.start <= g[0].end + 1 and g[0].start <= occurrence.end + 1 for g in gaps):
                continue  # overlapping or side by side: two gaps in a row cannot be read
            seen.update((item.lemma, occurrence.form))
            gaps.append((occurrence, item))
    gaps.sort(key=lambda pair: pair[0].start)
    gaps = gaps[:6]
    text = analysis.article.text
    pieces, cursor = [], passage[0].start
    for number, (occurrence, _) in enumerate(gaps, start=1):
        pieces.append(text[cursor : occurrence.start])
        pieces.append(GAP.format(n=number))
        cursor = occurrence.end
    pieces.append(text[cursor : passage[-1].end])
    answers = tuple(occurrence.form for occurrence, _ in gaps)
    thesaurus = load_thesaurus()
    others = sorted(
        {
            item.occurrences[0].form
            for item in vocabulary
            if item.pos in ("NOUN", "VERB", "ADJ") and item.lemma not in seen
            and not any(thesaurus.are_synonyms(item.lemma, gap.lemma) for _, gap in gaps)
        }
        - set(answers)
    )
    others = [word for word in others if "…" not in word and word not in passage_text(passage)]
    if len(others) < WORD_BANK_EXTRA:
        return None
    extra = rng.sample(others, WORD_BANK_EXTRA)
    bank = tuple(sorted({*answers, *extra}, key=str.lower))
    return Question(
        id="", type="gap_fill", prompt=re.sub(r"\s+", " ", "".join(pieces)).strip(), answer=answers,
        sentence=passage[0].index, evidence=" ".join(s.text for s in passage), word_bank=bank,
        explanation=GAP_SOLUTIONS.format(", ".join(answers)), focus="vocabulary", skill="word",
    )


def passage_text(passage: list[Sentence]) -> str:
    return " ".join(sentence.text for sentence in passage)


def matching(analysis: Analysis, vocabulary: tuple[VocabItem, ...], rng: random.Random) -> list[Question]:
    glossed, seen_glosses = [], set()
    for item in vocabulary:
        if item.gloss and item.pos in ("NOUN", "VERB", "ADJ") and item.gloss[0].lower() not in seen_glosses:
            seen_glosses.add(item.gloss[0].lower())
            glossed.append(item)
    if len(glossed) >= 4 + MATCHING_EXTRA:
        pairs = [(item.display, item.gloss[0]) for item in glossed[:4]]
        extra = [item.gloss[0] for item in glossed[4 : 4 + MATCHING_EXTRA]]
        first = glossed[0].occurrences[0].sentence
        prompt = "Ordne die Wörter ihrer Bedeutung zu."
        explanation = "Die Bedeutungen stammen aus dem Wörterbuch."
        focus, skill = "vocabulary", "word"
    else:
        halves = []
        for sentence in analysis.sentences:
            if not _usable(sentence) or len(sentence.tokens) > 24:
                continue
            commas = [t for t in sentence.tokens if t.tag == "$,"]
            clause = main_clause(sentence)
            cut = commas[0] if commas else (clause.finite if clause else None)
            if cut is None:
                continue
            left = sentence.text[: cut.end - sentence.start].rstrip(" ,")
            right = sentence.text[cut.end - sentence.start :].strip()
            if len(left.split()) >= 2 and len(right.split()) >= 2:
                halves.append((sentence.index, left + " …", "… " + right))
        if len(halves) < 4 + MATCHING_EXTRA:
            return []
        picked = sorted(rng.sample(halves, 4 + MATCHING_EXTRA))
        pairs = [(left, right) for _, left, right in picked[:4]]
        extra = [right for _, _, right in picked[4:]]
        first = picked[0][0]
        prompt = "Welche Satzhälften gehören zusammen? Zwei Enden bleiben übrig."
        explanation = "Die vollständigen Sätze stehen im Text."
        focus, skill = "content", "halves"
    options = [right for _, right in pairs] + extra
    rng.shuffle(options)
    return [Question(
        id="", type="matching", prompt=prompt, prompt_items=tuple(left for left, _ in pairs),
        options=tuple(options), answer=tuple(right for _, right in pairs), sentence=first,
        evidence=analysis.sentences[first].text, explanation=explanation, focus=focus, skill=skill,
    )]


def ordering(analysis: Analysis, rng: random.Random) -> list[Question]:
    """Events in text order, only when the article narrates: past-tense main clauses with a
    year in them (a biography, a history), at least four of them."""
    events = []
    for sentence in analysis.sentences:
        clause = main_clause(sentence) if _usable(sentence) else None
        if clause is None or len(sentence.tokens) > 28:
            continue
        past = clause.finite.tag == "VVFIN" and clause.finite.text.endswith(("te", "ten", "tete")) or any(
            token.tag in ("VVPP", "VAPP") for token in clause.right
        )
        dated = any(token.tag == "CARD" and token.text.isdigit() and len(token.text) == 4 for token in sentence.tokens)
        if past and dated:
            events.append(sentence)
    if len(events) < 4:
        return []
    step = len(events) / 4
    picked = [events[int(k * step)] for k in range(4)]
    answer = tuple(sentence.text for sentence in picked)
    shuffled = list(answer)
    while len(shuffled) > 1 and shuffled == list(answer):
        rng.shuffle(shuffled)
    return [Question(
        id="", type="ordering", prompt="Bringe die Ereignisse in die Reihenfolge des Textes.",
        prompt_items=tuple(shuffled), answer=answer, sentence=picked[0].index,
        evidence=" ".join(answer), explanation="So erzählt es der Text.",
    )]
