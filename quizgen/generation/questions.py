"""Comprehension questions a teacher would set, each answerable from one sentence of the text.

Six types (``model.QUESTION_TYPES``):
- ``wh``: W-questions (Wer, Was, Wann, Wo, Wie viele) built from a main clause by putting
  the question word in front and keeping the verb second ("Wie viele Raketentests hat
  Pjöngjang durchgeführt?"). Only from clauses whose fields the analysis is sure of;
  otherwise no question.
- ``multiple_choice``: the same questions with options of the answer's kind, and
  "Welches Wort passt?" gaps whose distractors share part of speech, gender and level.
- ``true_false``: statements from the text in text order; half changed by swapping one fact
  for another of the same kind: falsch (a number or time the text contradicts) or, with three
  choices, steht nicht im Text (a country the text never names); the explanation quotes the text.
- ``gap_fill``: a passage with gaps and a word box holding more words than gaps.
- ``matching``: words to their English meanings when a dictionary gave glosses, else
  sentence beginnings to their endings (Satzhälften).
- ``ordering``: events in the order the article tells them.
All choices go through one ``random.Random(seed)``; the same input gives the same questions.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace

from ..analysis.gazetteer import COUNTRIES_AND_PLACES
from ..config import Options
from ..extraction.clauses import Clause, join, main_clause
from ..extraction.facts import MONTHS, SPEECH_VERBS, WEEKDAYS
from ..extraction.thesaurus import load_thesaurus
from ..model import (
    FALSE, NOT_IN_TEXT, QUESTION_TYPES, TRUE, Analysis, Fact, Occurrence, Question, Sentence, VocabItem,
)
from .distractors import distractors_for, place_class, vocabulary_distractors

WORD_BANK_EXTRA = 2
MATCHING_EXTRA = 2
GAP = "___({n})___"
GAP_PROMPT = "Welches Wort passt in die Lücke?"


def make_questions(
    analysis: Analysis, vocabulary: tuple[VocabItem, ...], facts: tuple[Fact, ...], options: Options
) -> tuple[Question, ...]:
    rng = random.Random(options.seed)
    makers: dict[str, Callable[[], list[Question]]] = {
        "true_false": lambda: true_false(analysis, facts, rng, options.tf_choices),
        "multiple_choice": lambda: multiple_choice(analysis, facts, vocabulary, rng, options.mc_options),
        "wh": lambda: wh_questions(analysis, facts),
        "gap_fill": lambda: gap_fill(analysis, vocabulary, rng),
        "matching": lambda: matching(analysis, vocabulary, rng),
        "ordering": lambda: ordering(analysis, rng),
    }
    pools = {name: makers[name]() for name in QUESTION_TYPES if name in options.types}
    if "wh" in pools and "multiple_choice" in pools:
        # one prompt, one question: the open W-question keeps it, the choice goes
        open_prompts = {q.prompt for q in pools["wh"]}
        remaining = [q for q in pools["multiple_choice"] if q.prompt not in open_prompts]
        if remaining:
            pools["multiple_choice"] = remaining
        else:
            pools["wh"] = [q for q in pools["wh"] if q.prompt not in {m.prompt for m in pools["multiple_choice"]}]
    chosen = _share(pools, options.questions)
    questions: list[Question] = []
    for name in QUESTION_TYPES:
        for question in chosen.get(name, []):
            questions.append(_renumber(question, len(questions) + 1))
    return tuple(questions)


def _share(pools: dict[str, list[Question]], total: int) -> dict[str, list[Question]]:
    """Up to ``total`` questions, spread over the types round-robin (single-item types:
    gap text, matching and ordering count once)."""
    chosen: dict[str, list[Question]] = {name: [] for name in pools}
    limits = {"gap_fill": 1, "matching": 1, "ordering": 1}
    count = 0
    while count < total:
        progressed = False
        for name, pool in pools.items():
            taken = chosen[name]
            if count < total and len(taken) < min(len(pool), limits.get(name, len(pool))):
                taken.append(pool[len(taken)])
                count += 1
                progressed = True
        if not progressed:
            break
    for name in chosen:
        chosen[name].sort(key=lambda question: question.sentence)
    return chosen


def _renumber(question: Question, number: int) -> Question:
    return replace(question, id=f"q{number:02d}")


def _usable(sentence: Sentence) -> bool:
    return not sentence.is_heading and 5 <= len(sentence.tokens) <= 45


TIME_NOUNS = {"Jahr", "Tag", "Woche", "Monat", "Jahrhundert", "Jahrzehnt", "Abend", "Morgen", "Nacht", "Zeit", "Mal"}


def _complete(clause: Clause) -> bool:
    """A clause that says something on its own: not a frame for a "dass" clause ("Sicher ist,
    dass …"), not cut before a relative clause ("für denjenigen, der …"), no expletive "es"."""
    if not clause.mittelfeld and not clause.right:
        return False
    if clause.rest and len(clause.rest) > 1 and clause.rest[1].tag in ("KOUS", "PWS", "PWAV", "PRELS"):
        if not clause.right or clause.rest[1].tag != "PRELS":
            return False
    if clause.mittelfeld and clause.mittelfeld[-1].tag in ("PDS", "PIS", "ART", "PDAT", "APPR"):
        return False
    if clause.mittelfeld and clause.mittelfeld[0].text == "es":
        return False
    if any(token.lemma in TIME_NOUNS for token in clause.vorfeld):
        return False
    return True


# --- W-questions ---------------------------------------------------------------------------


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(tokens) -> str:
    """The Vorfeld moved behind the verb: a sentence-initial article goes lower case."""
    text = join(tokens)
    first = tokens[0]
    if first.pos in ("NOUN", "PROPN") or first.tag in ("NE", "NN"):
        return text
    return text[:1].lower() + text[1:]


def _without(tokens, start: int, end: int):
    return tuple(token for token in tokens if token.end <= start or token.start >= end)


def _ask(word: str, clause: Clause, answer_span: tuple[int, int] | None, lead: str = "") -> str:
    """Question word (+ lead noun), finite verb, subject, Mittelfeld without the answer, right bracket."""
    middle = clause.mittelfeld if answer_span is None else _without(clause.mittelfeld, *answer_span)
    parts = [word + (f" {lead}" if lead else ""), clause.finite.text]
    if middle and middle[0].tag == "PRF":  # "Wo befindet sich sein Grab?", not "… sein Grab sich"
        parts.append(middle[0].text)
        middle = middle[1:]
    if answer_span is None or not (clause.vorfeld[0].start >= answer_span[0] and clause.vorfeld[-1].end <= answer_span[1]):
        parts.append(_lower_first(clause.vorfeld))
    parts += [join(middle), join(clause.right)]
    question = " ".join(part for part in parts if part)
    question = re.sub(r"\s+([,.])", r"\1", question).strip(" ,")
    return _sentence_case(question) + "?"


def _plural_noun_phrase(fact: Fact, sentence: Sentence) -> str:
    """What a number counts, as it stands after the number: "100 Raketentests" → "Raketentests"."""
    tokens = [t for t in sentence.tokens if fact.start <= t.start and t.end <= fact.end]
    k = next((i for i, t in enumerate(tokens) if t.tag == "CARD"), None)
    counted = tokens[k + 1 :] if k is not None else []
    if counted and counted[0].lemma in ("Million", "Milliarde", "Tausend", "Hundert", "Dutzend", "Prozent"):
        return ""  # "sechs Millionen Touristen": the fact ends before what is counted
    return join(counted)


def wh_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    questions: list[Question] = []
    people = {alias for fact in facts if fact.kind == "entity" and fact.label == "PER"
              and (len(fact.aliases) > 1 or " " in fact.value) for alias in fact.aliases}
    places = {alias for fact in facts if fact.kind == "entity" and fact.label == "LOC" for alias in fact.aliases}
    names = {alias for fact in facts if fact.kind == "entity" and fact.label != "PER" for alias in fact.aliases}
    for sentence in analysis.sentences:
        if not _usable(sentence):
            continue
        clause = main_clause(sentence)
        if clause is None or not _whole(clause) or not _complete(clause) or _unsure(clause) or clause.vorfeld[0].text == "Es":
            continue  # only clauses that are the whole sentence: nothing cut off, nothing dangling
        if clause.finite.lemma in SPEECH_VERBS and clause.rest:
            continue  # "Die USA sagten letzten Monat, sie seien …": the content is elsewhere
        local = [fact for fact in facts if fact.sentence == sentence.index]
        vorfeld = join(clause.vorfeld)
        subject = clause.subject_first()
        made: list[tuple[str, str, str]] = []
        # Wer …? — the Vorfeld is a person
        if subject and vorfeld in people and clause.finite.text.endswith(("t", "e")) and clause.finite.lemma not in NOT_PERSONAL \
                and vorfeld not in COUNTRIES_AND_PLACES:
            made.append((_ask("Wer", clause, (clause.vorfeld[0].start, clause.vorfeld[-1].end)), vorfeld, "Wer"))
        # Was …? — "Sofia ist die Hauptstadt von Bulgarien.": a name defined by a definite description
        if subject and _defined_name(clause, names):
            made.append((_ask("Was", clause, (clause.vorfeld[0].start, clause.vorfeld[-1].end)), vorfeld, "Was"))
        # Wie viele …? — a number in the Mittelfeld, subject in the Vorfeld
        for fact in local:
            coordinated = any(token.tag == "KON" for token in clause.mittelfeld)
            if fact.kind == "number" and subject and _inside(fact, clause.mittelfeld) and _countable(fact, sentence) and not coordinated:
                lead = _plural_noun_phrase(fact, sentence)
                if lead and lead[:1].isupper():
                    made.append((_ask("Wie viele", clause, (fact.start, fact.end), lead), fact.text, "Wie viele"))
        # Wann …? — a time expression in the Vorfeld or (subject first) in the Mittelfeld
        for fact in local:
            if fact.kind != "time":
                continue
            if fact.text.split()[0].lower() in ("seit", "bis", "ab", "von"):
                continue  # "Seit wann …?" / "Bis wann …?": a different question, not "Wann"
            if fact.text.isdigit() and not _year_stands_alone(fact, sentence):
                continue  # "1665 m", "(Pegel …, 2019)": a number, not a date
            word = "Wie lange" if fact.text.endswith(" lang") else "Wann"
            span = _with_quantifier(clause, fact)
            answer = sentence.text[span[0] - sentence.start : span[1] - sentence.start]
            if (fact.start, fact.end) == (clause.vorfeld[0].start, clause.vorfeld[-1].end):
                if clause.mittelfeld and clause.mittelfeld[0].tag != "PPER":
                    made.append((_ask(word, clause, span), answer, word))
            elif subject and _inside(fact, clause.mittelfeld) and clause.vorfeld[0].tag != "PPER":
                made.append((_ask(word, clause, span), answer, word))
        # Wo …? — "in <Ort>" in the Mittelfeld
        for token_index, token in enumerate(clause.mittelfeld[:-1]):
            following = clause.mittelfeld[token_index + 1]
            attached = token_index > 0 and clause.mittelfeld[token_index - 1].tag in ("NN", "NE")
            attached = attached or following.tag != "NE"
            if subject and token.text == "in" and following.text in places and clause.vorfeld[0].tag != "PPER" and not attached:
                span = (token.start, following.end)
                made.append((_ask("Wo", clause, span), f"in {following.text}", "Wo"))
        for prompt, answer, word in made:
            if answer.lower() in prompt.lower() or len(prompt.split()) < 4 or _embedded(answer, sentence):
                continue
            questions.append(
                Question(
                    id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index,
                    evidence=sentence.text, explanation=f"Im Text steht: „{sentence.text}“",
                )
            )
    return questions


def _defined_name(clause: Clause, names: set[str]) -> bool:
    """Is the clause "<name> ist <the definite description>" (Sofia ist die Hauptstadt von
    Bulgarien), so that "Was ist die Hauptstadt von Bulgarien?" has exactly that name as answer?"""
    vorfeld = [token for token in clause.vorfeld if token.tag != "ART"]
    if clause.finite.lemma != "sein" or clause.right or not vorfeld or join(vorfeld) not in names:
        return False
    middle = clause.mittelfeld
    if len(middle) < 2 or middle[0].text.lower() not in ("der", "die", "das"):
        return False
    head = next((token for token in middle[1:] if token.tag in ("NN", "NE")), None)
    if head is None or any(token.tag in ("ADV", "PTKNEG", "PIAT", "PIS", "ADJD", "KOKOM") for token in middle):
        return False  # "auch", "nicht", "eine der …", comparisons: not a definition
    return any(token.tag == "ADJA" and token.text.lower().startswith(("einzig", "erst", "letzt")) or token.text.endswith(("ste", "sten"))
               for token in middle) or any(token.tag in ("APPR", "APPRART") for token in middle) or middle[-1].tag == "NE"


def _token_before(start: int, sentence: Sentence):
    before = [token for token in sentence.tokens if token.end <= start]
    return before[-1] if before else None


NOT_PERSONAL = {"sein", "liegen", "befinden", "heißen", "zählen", "gehören", "grenzen", "bestehen"}


def _whole(clause: Clause) -> bool:
    """The clause is the sentence, or only a relative clause follows it (", von denen …")."""
    rest = clause.rest
    if not rest:
        return True
    if rest[0].tag != "$," or len(rest) < 2:
        return False
    return rest[1].tag == "PRELS" or len(rest) > 2 and rest[1].tag == "APPR" and rest[2].tag in ("PRELS", "PWS")


def _embedded(answer: str, sentence: Sentence) -> bool:
    """Is the answer part of a larger phrase: after an article or a conjunction, before a noun,
    an adjective or "und" ("die drei Kreuze", "im Mai und Juni", "nach vier Jahren Bauzeit")?"""
    where = sentence.text.find(answer)
    if where < 0:
        return True
    start, end = sentence.start + where, sentence.start + where + len(answer)
    before = _token_before(start, sentence)
    after = next((token for token in sentence.tokens if token.start >= end), None)
    if before is not None and before.tag in ("ART", "KON", "CARD", "PDAT", "PPOSAT", "PIAT", "PIDAT", "NN"):
        return True
    following = sentence.text[where + len(answer) : where + len(answer) + 1]
    if following and not (following.isspace() or following in ".,;:!?"):
        return True  # "1980er-Jahren": the answer stops inside a word
    return after is not None and after.tag in ("NN", "NE", "ADJA", "CARD", "KON", "TRUNC")


def _unsure(clause: Clause) -> bool:
    """Brackets, dashes, comparisons and unit symbols: the fields may be wrong, ask nothing."""
    tokens = (*clause.vorfeld, *clause.mittelfeld, *clause.right)
    for k, token in enumerate(tokens):
        if token.tag == "KOKOM" and not (k and tokens[k - 1].text in ("mehr", "weniger")):
            return True
    return any(token.tag in ("$(", "$,", "XY") or "^" in token.text or "/" in token.text for token in tokens)


def _countable(fact: Fact, sentence: Sentence) -> bool:
    """A number phrase that can become "Wie viele <Nomen>": not inside a prepositional phrase
    ("aus sieben Tagen"), not part of a range or list ("600 bis 650 Schweizer Franken")."""
    if _after_preposition(fact, sentence) or fact.text.split()[0].lower() == "bis":
        return False
    before = _token_before(fact.start, sentence)
    after = next((token for token in sentence.tokens if token.start >= fact.end), None)
    if before is not None and (before.tag in ("CARD", "KON", "PTKA") or before.text in ("je", "bis")):
        return False
    inside = [token for token in sentence.tokens if fact.start <= token.start and token.end <= fact.end]
    if any(token.feature("Case") == "Dat" for token in inside):
        return False
    return after is None or after.tag not in ("NN", "NE", "CARD")


def _year_stands_alone(fact: Fact, sentence: Sentence) -> bool:
    """A bare year followed by a verb, an adverb or punctuation, not by a unit or a noun."""
    after = next((token for token in sentence.tokens if token.start >= fact.end), None)
    return after is not None and after.tag in ("$.", "$,", "VVFIN", "VAFIN", "VMFIN", "VVPP", "VAPP", "ADV", "KON", "PPER")


def _after_preposition(fact: Fact, sentence: Sentence) -> bool:
    """"aus sieben Tagen": a number in a prepositional phrase is no "Wie viele …?" subject or object."""
    before = _token_before(fact.start, sentence)
    first = next((token for token in sentence.tokens if token.start == fact.start), None)
    return any(token is not None and token.tag in ("APPR", "APPRART", "APPO") for token in (before, first))


def _after_modifier(shown: str, fact: Fact, sentence: Sentence) -> bool:
    """"im Alten Ägypten": a name after an article or adjective cannot be swapped for a bare one."""
    if fact.kind != "entity":
        return False
    where = sentence.text.find(shown)
    before = _token_before(sentence.start + where, sentence) if where >= 0 else None
    if before is None:
        return where < 0
    if fact.label == "LOC":  # "in Ungarn", "Nordkorea und …": a place; ", Ungarn aber nicht": maybe people
        return before.tag not in ("APPR", "KON")
    return before.tag in ("ADJA", "ART", "APPRART")


def _with_quantifier(clause: Clause, fact: Fact) -> tuple[int, int]:
    """The time span with an "etwa", "rund", "fast" right before it: "etwa 1500 Jahre lang"."""
    tokens = clause.mittelfeld
    before = [t for t in tokens if t.end <= fact.start]
    if before and before[-1].text in ("etwa", "rund", "fast", "knapp", "ungefähr", "über", "gut"):
        return before[-1].start, fact.end
    return fact.start, fact.end


def _inside(fact: Fact, tokens) -> bool:
    return bool(tokens) and tokens[0].start <= fact.start and fact.end <= tokens[-1].end


# --- multiple choice --------------------------------------------------------------------------


def multiple_choice(
    analysis: Analysis, facts: tuple[Fact, ...], vocabulary: tuple[VocabItem, ...], rng: random.Random, size: int
) -> list[Question]:
    questions = []
    for question in wh_questions(analysis, facts):
        wrong = distractors_for(str(question.answer), question.prompt, analysis, facts, rng, size - 1)
        if len(wrong) < size - 1:
            continue
        options = [str(question.answer), *wrong]
        rng.shuffle(options)
        questions.append(Question(
            id="", type="multiple_choice", prompt=question.prompt, answer=str(question.answer),
            sentence=question.sentence, evidence=question.evidence, options=tuple(options),
            explanation=question.explanation,
        ))
    used_sentences = {q.sentence for q in questions}
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
        if answer.lower() in f"{GAP_PROMPT} {gapped}".lower():
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


# --- richtig / falsch -------------------------------------------------------------------------


def true_false(analysis: Analysis, facts: tuple[Fact, ...], rng: random.Random, choices: int = 3) -> list[Question]:
    """Statements in text order, about half of them changed by swapping one fact.

    A number or a time swapped for another makes a statement the text contradicts: falsch.
    With three choices, a country swapped for one the article never names makes a statement
    the text says nothing about: steht nicht im Text (about a third of the changed ones). A
    name swapped for another name *from the text* is only used with two choices: whether the
    text contradicts it or just does not say it is a matter of opinion.
    """
    swappable = [f for f in facts if f.kind in ("entity", "number", "time")]
    true: list[Question] = []
    changed: list[Question] = []
    for sentence in analysis.sentences:
        if not _usable(sentence) or len(sentence.tokens) > 30 or any(mark in sentence.text for mark in "„(^/"):
            continue
        clause = main_clause(sentence)
        if clause is None or not _complete(clause) or clause.finite.lemma in SPEECH_VERBS:
            continue
        if _needs_context(clause) or _cut_short(clause):
            continue
        statement = _sentence_case(clause.text.rstrip(" ,;:") + ".")
        question = None
        if len(changed) <= len(true):
            absent = sum(q.answer == NOT_IN_TEXT for q in changed)
            want_absent = choices == 3 and 3 * absent <= len(changed)
            candidates = [f for f in swappable if f.sentence == sentence.index or any(a in statement for a in f.aliases)]
            question = _changed_statement(statement, clause, candidates, analysis, facts, rng, choices, want_absent)
        if question is not None:
            changed.append(question)
        else:
            true.append(Question(
                id="", type="true_false", prompt=statement, answer=TRUE, sentence=sentence.index,
                evidence=sentence.text, explanation="Richtig: So steht es im Text.",
            ))
    true = true[: max(len(changed), 1)]
    # alternate, changed first, so that any first n (the share this type gets) are at least half
    # changed; the worksheet shows them in text order
    mixed = [q for pair in zip(changed, true) for q in pair] + true[len(changed) :] + changed[len(true) :]
    options = (TRUE, FALSE, NOT_IN_TEXT) if any(q.answer == NOT_IN_TEXT for q in mixed) else (TRUE, FALSE)
    return [replace(q, options=options) for q in mixed]


def _changed_statement(
    statement: str, clause: Clause, candidates: list[Fact], analysis: Analysis,
    facts: tuple[Fact, ...], rng: random.Random, choices: int, want_absent: bool,
) -> Question | None:
    """The statement with one fact swapped (falsch, or steht nicht im Text), or None.

    Only the subject becomes a country the text never names: "Frankreich liegt in Asien" in
    a text about Kasachstan is not in the text, but "Sofia ist die Hauptstadt von Kanada" in a
    text that names Bulgarien is contradicted by it.
    """
    sentence = clause.sentence
    found: list[Question] = []
    for fact in sorted(candidates, key=lambda f: (f.kind != "number", f.kind != "time")):
        shown = next((alias for alias in (fact.text, *fact.aliases) if alias in statement), "")
        if not shown or not _swappable(shown, fact, statement) or _after_modifier(shown, fact, sentence):
            continue
        if fact.kind == "entity" and place_class(fact.value) == "city":
            continue  # "Köln ist die Hauptstadt von Bulgarien": false by world knowledge, not by the text
        for wrong in distractors_for(shown, statement, analysis, facts, rng, 4):
            if _same_thing(shown, wrong, facts):
                continue
            prompt = statement.replace(shown, wrong, 1)
            if fact.kind != "entity":
                answer, why = FALSE, f"Falsch: Im Text steht „{shown}“, nicht „{wrong}“."
            elif wrong in analysis.article.text:
                if choices == 3:
                    continue
                answer, why = FALSE, f"Falsch: Im Text steht „{shown}“, nicht „{wrong}“."
            elif choices == 3 and _country_subject(fact, shown, wrong, clause):
                answer, why = NOT_IN_TEXT, f"Steht nicht im Text: {wrong} kommt im Text nicht vor (dort steht „{shown}“)."
            else:
                continue  # a name from outside the text: false only by world knowledge
            found.append(Question(
                id="", type="true_false", prompt=prompt, answer=answer, sentence=sentence.index,
                evidence=sentence.text, explanation=why,
            ))
            break
    if not found:
        return None
    preferred = [q for q in found if (q.answer == NOT_IN_TEXT) == want_absent]
    return (preferred or found)[0]


def _cut_short(clause: Clause) -> bool:
    """Does the clause stop inside a phrase ("…, rund 10" of "rund 10 % davon")? A statement
    must end where the sentence ends or a comma opens the next part."""
    tokens = clause.sentence.tokens
    following = next((token for token in tokens if token.start >= clause.end), None)
    return following is not None and following.tag not in ("$,", "$.")


def _country_subject(fact: Fact, shown: str, wrong: str, clause: Clause) -> bool:
    """Is the fact a country standing as the subject in the Vorfeld, and the swap a country too?"""
    if not (place_class(fact.value) == "country" and place_class(wrong) == "country" and clause.subject_first()):
        return False
    if clause.finite.lemma in STATIC_VERBS and not clause.right:
        return False  # "Frankreich liegt in Asien": a property world knowledge decides, not an event
    return shown in {token.text for token in clause.vorfeld}


# Verbs of lasting properties (where a country lies, how big it is, what it has): a statement
# about another country with them is judged by world knowledge, not by reading.
STATIC_VERBS = frozenset({"sein", "liegen", "gehören", "heißen", "grenzen", "haben", "bestehen", "leben", "wohnen", "zählen"})


_ANAPHORIC = {"Das", "Dies", "Diese", "Dieser", "Dieses", "Es", "Zuvor", "Danach", "Deshalb", "Darum", "Daher",
              "Dadurch", "Dabei", "Dafür", "Trotzdem", "Dann", "Außerdem", "Stattdessen", "Statt"}


def _needs_context(clause: Clause) -> bool:
    """A statement that only makes sense after the previous sentence ("Statt dessen begann er zu
    malen.", "Zuvor hatten das schon einige probiert."): not for a Richtig/Falsch list."""
    if clause.vorfeld[0].text in _ANAPHORIC:
        return True
    return any(token.tag == "PDS" for token in (*clause.vorfeld, *clause.mittelfeld))


def _same_thing(shown: str, other: str, facts: tuple[Fact, ...]) -> bool:
    """Would the swap name the same thing again ("Schindler" → "Oskar Schindler")?"""
    if shown in other or other in shown:
        return True
    return any(shown in f.aliases and other in (*f.aliases, f.value) for f in facts if f.kind == "entity")


def _swappable(shown: str, fact: Fact, statement: str) -> bool:
    """Can this mention be replaced without breaking the grammar around it? Not after an
    article (die Vereinigten Staaten) and not in the genitive (Kims)."""
    if fact.kind in ("number", "time"):
        return True
    if not re.search(rf"(?<!\w){re.escape(shown)}(?!\w)", statement):
        return False  # part of a longer word ("Kim" in "Kims")
    if shown != fact.value and shown.endswith("s") and shown[:-1] in (fact.value, *fact.aliases):
        return False
    before = statement[: statement.find(shown)].split()
    return not (before and before[-1].lower() in ("der", "die", "das", "den", "dem", "des"))


# --- Lückentext, Zuordnung, Reihenfolge -------------------------------------------------------


def gap_fill(analysis: Analysis, vocabulary: tuple[VocabItem, ...], rng: random.Random) -> list[Question]:
    """One passage of three to five consecutive sentences with up to six gaps."""
    by_sentence: dict[int, list] = {}
    for item in vocabulary:
        if item.pos in ("NOUN", "VERB", "ADJ"):
            for occurrence in item.occurrences:
                if "…" not in occurrence.form:
                    by_sentence.setdefault(occurrence.sentence, []).append((occurrence, item))
    usable = [s for s in analysis.sentences if _usable(s)]
    best: tuple[int, list[Sentence]] | None = None
    for k in range(len(usable)):
        window = usable[k : k + 4]
        score = sum(min(2, len(by_sentence.get(s.index, []))) for s in window)
        if best is None or score > best[0]:
            best = (score, window)
    if best is None or best[0] < 3:
        return []
    passage = best[1]
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
        return []
    extra = rng.sample(others, WORD_BANK_EXTRA)
    bank = tuple(sorted({*answers, *extra}, key=str.lower))
    return [Question(
        id="", type="gap_fill", prompt=re.sub(r"\s+", " ", "".join(pieces)).strip(), answer=answers,
        sentence=passage[0].index, evidence=" ".join(s.text for s in passage), word_bank=bank,
        explanation="Die Lösungen stehen im Text: " + ", ".join(answers) + ".",
    )]


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
    options = [right for _, right in pairs] + extra
    rng.shuffle(options)
    return [Question(
        id="", type="matching", prompt=prompt, prompt_items=tuple(left for left, _ in pairs),
        options=tuple(options), answer=tuple(right for _, right in pairs), sentence=first,
        evidence=analysis.sentences[first].text, explanation=explanation,
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
