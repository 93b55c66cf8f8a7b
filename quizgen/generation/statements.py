"""Richtig / falsch / steht nicht im Text: statements built from whole clauses of the text.

Each statement is one clause (a main clause, or a factual subordinate one turned into a main
clause by ``realise.declarative``) that stands on its own: a pronoun only with the name
``extraction.reference.resolve`` is sure of, no first-person speech, no demonstrative, no quote,
no clause cut off; words that point back to the previous sentence (danach, deshalb, auch …)
are left out when they are a phrase of their own, since the statement stays true without them.
Statements are restated where the meaning stays the same (``paraphrase``: the name for the
pronoun, another constituent in the Vorfeld, the passive), so that string matching does not
answer them. About half are changed:
- falsch: who did what to whom swapped (two names as subject and accusative object, the verb
  re-inflected for the new subject's number), negation added or removed (only on a positive
  event the text states, so that the text contradicts the negated one), a number or a time
  swapped for another;
- steht nicht im Text (three choices): a country the article never names as the subject of an
  event — no lasting property that world knowledge could decide.
Candidates stay in text order; the list alternates changed and true ones (changed first) so
that any first n of them are at least half changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from ..extraction.facts import SPEECH_VERBS
from ..model import (
    FALSE,
    NOT_IN_TEXT,
    TRUE,
    Analysis,
    Clause,
    Constituent,
    Fact,
    Question,
    Sentence,
    Token,
)
from .distractors import distractors_for, place_class
from .paraphrase import ANAPHORIC, Resolver, cut_off, default_resolver, frame, is_verbatim, passive
from .realise import declarative, render

MIN_WORDS, MAX_WORDS = 4, 24
# Verbs of lasting properties: a statement about another country with them is decided by world
# knowledge, not by reading ("Frankreich liegt in Asien").
STATIC_VERBS = frozenset({"sein", "liegen", "gehören", "heißen", "grenzen", "haben", "bestehen", "leben",
                          "wohnen", "zählen", "geben", "umfassen", "betragen"})
# Subordinators whose clause the sentence asserts as a fact.
FACTUAL = frozenset({"weil", "da", "nachdem", "obwohl", "seitdem", "seit", "während", "bevor"})
_FIRST_SECOND = frozenset({"ich", "mich", "mir", "mein", "meine", "wir", "uns", "unser", "unsere", "du", "dich",
                           "dir", "dein", "ihr", "euch", "euer"})
_QUOTES = frozenset("„“”\"»«‚‘")
_PLURAL_NAMES = frozenset({"USA", "Vereinigten Staaten", "Vereinigte Staaten", "Niederlande", "Philippinen",
                           "Vereinigten Arabischen Emirate"})
# Words after which "nicht" changes more than the truth of the clause (nicht nur, nicht mehr …).
_SCOPE_WORDS = frozenset({"nur", "mehr", "auch", "noch", "schon", "fast", "kaum", "etwa", "rund", "viel", "viele",
                          "wenige", "einige", "manche", "alle", "meist", "meistens", "oft", "selten", "immer", "sehr",
                          "häufig", "gern", "gerne", "regelmäßig", "sogar", "oder", "bis"})
# Words that point to a place or time the previous sentences gave: the clause needs them.
POINTING = frozenset({"dort", "hier", "damals", "dabei", "dafür", "dadurch", "daher", "darum", "dorthin", "daraus", "davon"})


@dataclass(frozen=True, slots=True)
class Base:
    """A clause that makes a self-contained statement, with what its restatements need."""

    sentence: Sentence
    clause: Clause
    replace: dict[tuple[int, int], str]  # pronoun spans → names
    drop: tuple[Constituent, ...]  # anaphoric words and adverbial clauses left out
    text: str  # the restated statement (a true one)
    literal: str  # the clause in the text's order, for the explanation


# --- candidates ---------------------------------------------------------------------------------


def _token(sentence: Sentence, i: int) -> Token:
    return sentence.tokens[i - sentence.tokens[0].i]


def _tokens(sentence: Sentence, start: int, end: int) -> list[Token]:
    return [t for t in sentence.tokens if start <= t.i < end]


def _usable(sentence: Sentence) -> bool:
    if ":" in sentence.text or "\n" in sentence.text.strip():
        return False  # a colon or a line break: two statements run together
    return not sentence.is_heading and 5 <= len(sentence.tokens) <= 40 and bool(sentence.clauses)


def _clause_ok(sentence: Sentence, clause: Clause) -> bool:
    if not clause.sure or clause.finite is None or clause.mood != "indicative" or clause.person not in ("", "3"):
        return False
    if clause.lemma in SPEECH_VERBS or clause.kind not in ("main", "coordinated", "subordinate"):
        return False
    if clause.kind == "subordinate":
        conjunction = _token(sentence, clause.conjunction) if clause.conjunction is not None else None
        if conjunction is None or conjunction.text.lower() not in FACTUAL:
            return False
    own = [_token(sentence, i) for i in clause.tokens]
    if any(t.text in _QUOTES or t.text.lower() in _FIRST_SECOND | POINTING or t.tag in ("PDS", "PDAT") for t in own):
        return False
    subjects = clause.role("subject")
    if len(subjects) != 1 or not subjects[0].sure:
        return False
    return _token(sentence, subjects[0].start).tag not in ("PWS", "PRELS", "PWAT")


def _leave_out(sentence: Sentence, clause: Clause) -> tuple[Constituent, ...] | None:
    """Constituents the statement does without: anaphoric adverbs, adverbial clauses. None when
    a clause inside is a complement that cannot be kept (reported speech, a quote)."""
    dropped: list[Constituent] = []
    for constituent in clause.constituents:
        tokens = _tokens(sentence, constituent.start, constituent.end)
        if constituent.clause is not None:
            inner = sentence.clauses[constituent.clause]
            if constituent.role == "complement":
                if inner.mood != "indicative" or any(t.text in _QUOTES for t in tokens) or len(tokens) > 14:
                    return None
                continue
            dropped.append(constituent)
        elif tokens and all(t.text.lower() in ANAPHORIC or t.tag in ("PROAV", "PAV") for t in tokens):
            if constituent.role in ("subject", "object_acc", "object_dat", "object_prep", "predicative"):
                return None
            dropped.append(constituent)
    covered = {i for c in clause.constituents for i in range(c.start, c.end)}
    for i in clause.tokens:
        token = _token(sentence, i)
        if i not in covered and i not in clause.verbs and token.text.lower() in ANAPHORIC:
            dropped.append(Constituent("adverbial", i, i + 1, i, token.text))
    return tuple(dropped)


def _names(analysis: Analysis, sentence: Sentence, clause: Clause, resolver: Resolver | None) -> dict[tuple[int, int], str] | None:
    """Pronoun constituents → the names they stand for; None when one is not resolved."""
    found: dict[tuple[int, int], str] = {}
    for constituent in clause.constituents:
        if constituent.clause is not None:
            continue
        tokens = _tokens(sentence, constituent.start, constituent.end)
        pronouns = [t for t in tokens if t.tag == "PPER"]
        if not pronouns:
            if constituent.role == "subject" and any(t.tag == "PPOSAT" for t in tokens):
                return None  # "Seine Äußerungen …": whose?
            continue
        if len(tokens) != 1 or resolver is None or tokens[0].text.lower() == "es":
            return None
        name = resolver(analysis, sentence.index, tokens[0].i)
        if not name:
            return None
        if name.split()[0].lower() in ("der", "die", "das", "den", "dem", "des") and constituent.role != "subject":
            return None  # the name's article would need the pronoun's case
        found[(constituent.start, constituent.end)] = name
    return found


def _variants(
    analysis: Analysis, sentence: Sentence, clause: Clause, names: dict[tuple[int, int], str],
    drop: tuple[Constituent, ...], resolver: Resolver | None,
) -> list[str]:
    """Restatements of the clause, the text's word order first."""
    found: list[str] = []
    subject = clause.role("subject")[0]
    own = declarative(sentence, clause, front=subject if drop else None, replace=names, drop=drop)
    if own:
        found.append(own)
    for role in ("subject", "time", "place"):
        for constituent in clause.role(role) if role != "subject" else (subject,):
            if constituent in drop or not constituent.sure or constituent.clause is not None:
                continue
            words = _tokens(sentence, constituent.start, constituent.end)
            if role != "subject" and (len(words) < 2 or words[0].tag not in ("APPR", "APPRART")):
                continue  # "schon", "dort": a lone adverb in front reads oddly and may point back
            text = declarative(sentence, clause, front=constituent, replace=names, drop=drop)
            if text and text not in found:
                found.append(text)
    base = frame(analysis, sentence, clause, resolver)
    if base is not None and not drop and not base.tail:
        turned = passive(sentence, clause, base)
        if turned is not None:
            found.append(turned.text())
    return found


def _fits(text: str) -> bool:
    return MIN_WORDS <= len(text.split()) <= MAX_WORDS and not any(q in text for q in _QUOTES)


def candidates(analysis: Analysis, resolver: Resolver | None = None) -> list[Base]:
    """Every sentence's first clause that makes a self-contained statement, in text order,
    restated in other words where one of the restatements is not a copy of the sentence."""
    resolver = resolver or default_resolver()
    found: list[Base] = []
    for sentence in analysis.sentences:
        if not _usable(sentence):
            continue
        for clause in sentence.clauses:
            if not _clause_ok(sentence, clause):
                continue
            drop = _leave_out(sentence, clause)
            names = _names(analysis, sentence, clause, resolver) if drop is not None else None
            if drop is None or names is None:
                continue
            variants = [v for v in _variants(analysis, sentence, clause, names, drop, resolver)
                        if _fits(v) and not cut_off(sentence, clause, v)]
            if not variants:
                continue
            fresh = [v for v in variants if not is_verbatim(v, sentence.text)]
            # vary the kind of restatement along the text: passive where there is one, else turns
            chosen = fresh[len(found) % len(fresh)] if fresh else variants[0]
            found.append(Base(sentence, clause, names, drop, chosen, variants[0]))
            break
    return found


# --- changes ------------------------------------------------------------------------------------

Change = tuple[str, str, str, str]  # prompt, answer, explanation, skill


def _cite(base: Base) -> str:
    return f"Im Text steht: „{base.sentence.text}“"


def _bare_name(analysis: Analysis, sentence: Sentence, constituent: Constituent) -> bool:
    """A name the same in nominative and accusative: names only, at most a plural/neuter article."""
    tokens = _tokens(sentence, constituent.start, constituent.end)
    words = [t for t in tokens if t.tag != "ART"]
    articles = [t for t in tokens if t.tag == "ART"]
    if not words or not all(t.tag == "NE" or t.ent_label for t in words) or constituent.preposition:
        return False
    return not articles or (len(articles) == 1 and tokens[0] is articles[0] and articles[0].text.lower() in ("die", "das"))


def _number(analysis: Analysis, sentence: Sentence, constituent: Constituent) -> str:
    text = render(sentence, constituent.start, constituent.end)
    bare = text.split(" ", 1)[1] if text.lower().startswith(("die ", "das ")) else text
    if bare in _PLURAL_NAMES or " und " in text:
        return "Plur"
    return _token(sentence, constituent.head).feature("Number") or ("Sing" if not text.lower().startswith("die ") else "")


def swap(analysis: Analysis, base: Base) -> Change | None:
    """Who did what to whom, the other way round: "Die USA beschuldigen Nordkorea" →
    "Nordkorea beschuldigt die USA" (falsch). Two names, each the same in both cases."""
    sentence, clause = base.sentence, base.clause
    subjects, objects = clause.role("subject"), clause.role("object_acc")
    if len(objects) != 1 or clause.reflexive is not None or clause.voice != "active":
        return None
    subject, obj = subjects[0], objects[0]
    if not obj.sure or (subject.start, subject.end) in base.replace:
        return None
    if not (_bare_name(analysis, sentence, subject) and _bare_name(analysis, sentence, obj)):
        return None
    number = _number(analysis, sentence, obj)
    if number not in ("Sing", "Plur"):
        return None
    subject_text = render(sentence, subject.start, subject.end)
    object_text = render(sentence, obj.start, obj.end)
    if subject_text.lower() == object_text.lower():
        return None
    lowered = subject_text[:1].lower() + subject_text[1:] if subject_text.lower().startswith(("die ", "das ")) else subject_text
    spans = {**base.replace, (subject.start, subject.end): object_text, (obj.start, obj.end): lowered}
    prompt = declarative(sentence, clause, front=subject, replace=spans, drop=base.drop, number=number)
    if prompt is None:
        return None
    why = f"Falsch: {_cite(base)} Es ist umgekehrt."
    return prompt, FALSE, why, "statement-swap"


def _indefinite(sentence: Sentence, constituent: Constituent) -> str | None:
    """The object with "kein": "eine Fabrik" → "keine Fabrik", "Munitionsfabriken" →
    "keine Munitionsfabriken"; None when the phrase does not allow it simply."""
    tokens = _tokens(sentence, constituent.start, constituent.end)
    first = tokens[0]
    text = render(sentence, constituent.start, constituent.end)
    if first.text.lower() in ("ein", "eine", "einen", "einem", "einer"):
        return "k" + text
    head = _token(sentence, constituent.head)
    if first.tag in ("NN", "ADJA") and head.feature("Number") == "Plur" and all(t.tag in ("NN", "ADJA") for t in tokens):
        words = [t.text + "n" if t.tag == "ADJA" and t.text.endswith("e") else t.text for t in tokens]
        if any(t.tag == "ADJA" and not t.text.endswith("e") for t in tokens):
            return None
        return "keine " + " ".join(words)
    return None


_BEFORE_NICHT = ("object_prep", "predicative", "direction", "origin", "place")


def negation(analysis: Analysis, base: Base) -> Change | None:
    """The statement negated (or its negation removed): falsch, since the text states the
    opposite. Only for a plain clause: no modal, no quantity, no focus word whose scope
    "nicht" would change ("nicht nur", "nicht mehr")."""
    sentence, clause = base.sentence, base.clause
    own = [_token(sentence, i) for i in clause.tokens]
    if clause.modal or any(t.tag in ("CARD", "PIAT", "PIDAT", "PIS") or t.text.lower() in _SCOPE_WORDS for t in own):
        return None
    subject = clause.role("subject")[0]
    first = _token(sentence, subject.start)
    if first.text.lower() in ("ein", "eine", "einige", "viele", "manche") or first.tag in ("NN", "ADJA"):
        return None  # "Ein Elefant spielte nicht …": another one might have; the text does not contradict it
    if clause.negation is not None:
        token = _token(sentence, clause.negation)
        if token.text.lower() != "nicht":
            return None
        dropped = (*base.drop, Constituent("adverbial", token.i, token.i + 1, token.i, token.text))
        prompt = declarative(sentence, clause, front=subject, replace=base.replace, drop=dropped)
        return (prompt, FALSE, f"Falsch: {_cite(base)}", "statement-negation") if prompt else None
    spans = dict(base.replace)
    objects = clause.role("object_acc")
    target_np = (objects or clause.role("predicative"))[:1]
    kein = _indefinite(sentence, target_np[0]) if target_np and (target_np[0].start, target_np[0].end) not in spans else None
    if kein is not None:
        spans[(target_np[0].start, target_np[0].end)] = kein
    else:
        target = _nicht_place(sentence, clause, base)
        if target is None:
            return None
        constituent, before = target
        text = spans.get((constituent.start, constituent.end)) or render(sentence, constituent.start, constituent.end)
        spans[(constituent.start, constituent.end)] = f"nicht {text}" if before else f"{text} nicht"
    prompt = declarative(sentence, clause, front=subject, replace=spans, drop=base.drop)
    return (prompt, FALSE, f"Falsch: {_cite(base)}", "statement-negation") if prompt else None


def _nicht_place(sentence: Sentence, clause: Clause, base: Base) -> tuple[Constituent, bool] | None:
    """Where "nicht" goes: before a prepositional object, predicative or directional phrase,
    else after the last phrase of the Mittelfeld (Kim besuchte die Fabrik nicht)."""
    assert clause.finite is not None
    subject = clause.role("subject")[0]
    kept = [c for c in clause.constituents if c not in base.drop and c.clause is None and c is not subject]
    if not kept or any(not c.sure for c in kept):
        return None
    for constituent in sorted(kept, key=lambda c: c.start):
        if constituent.start < clause.finite:
            continue  # the old Vorfeld goes to the start of the Mittelfeld, before "nicht"
        if constituent.role in _BEFORE_NICHT or constituent.preposition and constituent.role != "time":
            return constituent, True
    bracket = min((v for v in clause.verbs if v > clause.finite), default=None)
    middle = [c for c in kept if c.start > clause.finite and (bracket is None or c.end <= bracket)]
    if not middle:
        return None
    last = max(middle, key=lambda c: c.start)
    limit = bracket if bracket is not None else max(clause.tokens) + 1
    loose = [i for i in clause.tokens if last.end <= i < limit and not _token(sentence, i).tag.startswith("$")]
    if loose:
        return None  # a word after it that "nicht" would have to precede
    return last, False


def _fact_span(sentence: Sentence, fact: Fact) -> tuple[int, int] | None:
    tokens = [t for t in sentence.tokens if fact.start <= t.start and t.end <= fact.end]
    return (tokens[0].i, tokens[-1].i + 1) if tokens else None


def number_or_time(analysis: Analysis, base: Base, facts: tuple[Fact, ...], rng: random.Random) -> Change | None:
    """A number or a time of the clause swapped for another: falsch."""
    sentence, clause = base.sentence, base.clause
    own = set(clause.tokens)
    for fact in facts:
        if fact.sentence != sentence.index or fact.kind not in ("number", "time"):
            continue
        span = _fact_span(sentence, fact)
        if span is None or not all(i in own for i in range(*span)):
            continue
        inside = next((c for c in clause.constituents if c.start <= span[0] and span[1] <= c.end and c.clause is None), None)
        if inside is None or inside in base.drop:
            continue
        shown = render(sentence, *span)
        for wrong in distractors_for(shown, sentence.text, analysis, facts, rng, 3):
            if wrong == shown or wrong in sentence.text:
                continue
            spans = {**base.replace, span: wrong}
            prompt = declarative(sentence, clause, front=_front_for(clause, inside), replace=spans, drop=base.drop)
            if prompt and wrong in prompt:
                why = f"Falsch: {_cite(base)} Dort steht „{shown}“, nicht „{wrong}“."
                return prompt, FALSE, why, "statement-number"
    return None


def _front_for(clause: Clause, changed: Constituent) -> Constituent:
    """The subject in front, unless the changed phrase is a time or place that stood there."""
    return changed if changed.field == "vorfeld" and changed.role in ("time", "place") else clause.role("subject")[0]


def absent(analysis: Analysis, base: Base, facts: tuple[Fact, ...], rng: random.Random) -> Change | None:
    """Steht nicht im Text: a country the article never names as the subject of the event."""
    sentence, clause = base.sentence, base.clause
    subject = clause.role("subject")[0]
    if clause.lemma in STATIC_VERBS or clause.voice != "active" or (subject.start, subject.end) in base.replace:
        return None
    if not _bare_name(analysis, sentence, subject):
        return None
    shown = render(sentence, subject.start, subject.end)
    core = shown.split(" ", 1)[1] if shown.lower().startswith(("die ", "das ")) else shown
    if place_class(core) != "country":
        return None
    text = analysis.article.text
    for wrong in distractors_for(core, sentence.text, analysis, facts, rng, 6):
        if place_class(wrong) != "country" or wrong in text or wrong in _PLURAL_NAMES:
            continue
        spans = {**base.replace, (subject.start, subject.end): wrong}
        prompt = declarative(sentence, clause, front=subject, replace=spans, drop=base.drop, number="Sing")
        if prompt:
            why = f"Steht nicht im Text: {wrong} kommt im Text nicht vor. {_cite(base)}"
            return prompt, NOT_IN_TEXT, why, "statement-absent"
    return None


# --- the list -----------------------------------------------------------------------------------


def true_false(analysis: Analysis, facts: tuple[Fact, ...], rng: random.Random, choices: int = 3,
               resolver: Resolver | None = None) -> list[Question]:
    """Statements in text order, about half changed, alternating changed and true (changed
    first). Options: richtig, falsch, and steht nicht im Text when one of them is that."""
    bases = candidates(analysis, resolver)
    true: list[Question] = []
    changed: list[Question] = []
    kinds = 0
    for base in bases:
        made: Change | None = None
        if len(changed) <= len(true):
            absent_count = sum(q.answer == NOT_IN_TEXT for q in changed)
            makers: list[Callable[[], Change | None]] = [
                partial(swap, analysis, base),
                partial(negation, analysis, base),
                partial(number_or_time, analysis, base, facts, rng),
            ]
            makers = makers[kinds % 3 :] + makers[: kinds % 3]  # vary the kind of change
            if choices == 3 and 3 * absent_count <= len(changed):
                makers.insert(0, partial(absent, analysis, base, facts, rng))
            for maker in makers:
                made = maker()
                if made is not None and _fits(made[0]) and made[0] != base.text:
                    break
                made = None
        if made is not None:
            kinds += 1
            prompt, answer, why, skill = made
            changed.append(_question(base, prompt, answer, why, skill))
        else:
            true.append(_question(base, base.text, TRUE, f"Richtig: {_cite(base)}", "statement-true"))
    true = true[: max(len(changed), 1)]
    mixed = [q for pair in zip(changed, true, strict=False) for q in pair] + true[len(changed):] + changed[len(true):]
    options = (TRUE, FALSE, NOT_IN_TEXT) if choices == 3 and any(q.answer == NOT_IN_TEXT for q in mixed) else (TRUE, FALSE)
    return [replace(q, options=options) for q in mixed]


def _question(base: Base, prompt: str, answer: str, why: str, skill: str) -> Question:
    return Question(
        id="", type="true_false", prompt=prompt, answer=answer, sentence=base.sentence.index,
        evidence=base.sentence.text, explanation=why, skill=skill,
    )


def verbatim_share(questions: list[Question]) -> float:
    """The share of statements that are not a copy of their sentence (``is_verbatim``)."""
    if not questions:
        return 0.0
    return sum(not is_verbatim(q.prompt, q.evidence) for q in questions) / len(questions)
