"""Cloze notes and questions: the rules a teacher would check, on the seed and 40 dev articles."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.config import Options
from quizgen.extraction.dictionaries import find_dictionary
from quizgen.generation import make_questions
from quizgen.generation.cloze import escape, uncloze
from quizgen.generation.global_task import PARAGRAPH_PROMPT
from quizgen.model import FALSE, NOT_IN_TEXT, QUESTION_TYPES, TRUE

# A W-question opens with a question word (Wer, Wozu, Worüber …) or a preposition with one
# (Seit wann, Mit wem, Für wen, Als was).
W_QUESTION = re.compile(r"^(W(er|en|em|essen|as|ann|o|ie|elche[rsmn]?|arum|ozu|o(r?)[a-zäöü]+)|"
                        r"(Seit|Bis|Mit|Von|Für|Gegen|An|Auf|Über|Aus|Nach|Zu|Bei|In|Um|Unter|Vor|Gegenüber|Durch|Als) (wann|wem|wen|was|wessen|welche\w*|wie viel\w*))\b")


def check_questions(material) -> list[str]:
    """Every rule of the question issue; returns what is broken (empty when all is well)."""
    problems = []
    for question in material.questions:
        where = f"{question.id} {question.prompt[:60]!r}"
        assert question.type in QUESTION_TYPES
        source = material.analysis.sentences[question.sentence].text
        gist = question.type == "multiple_choice" and question.skill == "global"
        if gist and not any(word in question.answer for word in re.findall(r"\w{3,}", material.article.title)):
            # the heading that fits the whole text is made of kinds of content, not copied: it names the topic
            problems.append(f"{where}: the gist {question.answer!r} does not name the text's topic")
        if question.type in ("wh", "multiple_choice") and not gist:
            # in its sentence, or the name the text gives a pronoun of that sentence
            # or restated from its evidence ("wegen einer Meeresströmung" for "hängt mit einer
            # Meeresströmung zusammen"): every word but the preposition stands there
            # ("Was geschah, als …? – Oskar Schindler begann …" for "begann er, …"): every word but the
            # first stands there or in a name of the text
            names = {w for entity in material.analysis.entities for w in re.findall(r"\w+", entity.text.lower())}
            said = set(re.findall(r"\w+", question.evidence.lower())) | names
            # … where a separable verb the sentence splits is joined at the end ("weil … anstiegen"
            # for "stiegen … an")
            # (also a longer particle the evidence's sentences tag as one: "weil … zusammenbrach" for
            # "brach … zusammen")
            particles = {t.text.lower() for s in material.analysis.sentences if s.text in question.evidence
                         for t in s.tokens if t.tag == "PTKVZ"}
            joined = {p + w for p in said for w in said if (len(p) <= 5 or p in particles) and len(w) > 3}
            # (an adjective put in the nominative: "die erzwungene Durchsetzung" for "der erzwungenen …")
            # (a separable verb's zu-infinitive of a purpose: "um Insekten anzuziehen" for "Sie sollen
            # Insekten anziehen")
            restated = all(w in said or w in joined or w + "n" in said or w.replace("zu", "", 1) in said
                           for w in re.findall(r"\w+", question.answer.lower())[1:])
            # several points, each from its own sentence ("an die Universität gehen; er begann zu
            # malen", "… in eine Scheune bringen; … aufhängen"), or a section's subjects ("Insekten,
            # der Wind und der Mensch", session 25): every word of each stands in the text
            written = set(re.findall(r"\w+", material.article.text.lower()))
            points = [re.findall(r"\w+", point.lower()) for point in re.split(r"; |, | und ", question.answer)]
            # but a verb, now in its infinitive ("… in eine Scheune bringen" for "… werden in eine Scheune gebracht")
            restated = restated or (len(points) > 1 and all(
                {w for w in point[1:] if not w.endswith("en")} <= written for point in points))
            # a referent from a sentence's start keeps its article in lower case: "der erste Europäer"
            capital = question.answer[:1].upper() + question.answer[1:]
            if question.answer.lower() not in source.lower() and question.answer not in material.article.text and (
                    capital not in material.article.text) and not restated:
                problems.append(f"{where}: answer {question.answer!r} not in the text")
            if question.answer.lower() in question.prompt.lower().replace("_____", ""):
                problems.append(f"{where}: prompt contains its answer")
        if question.type == "multiple_choice":
            # four options, three where the text has only two other items of the answer's kind
            # (CONVENTIONS: Goethe B1 uses three)
            if len(set(question.options)) != len(question.options) or len(question.options) not in (3, 4):
                problems.append(f"{where}: options {question.options}")
            if question.options.count(question.answer) != 1:
                problems.append(f"{where}: not exactly one correct option")
        # a list asked as one ends with how many are wanted: "Woraus besteht der Hamburger? Nenne zwei."
        asked = re.sub(r"\? Nenne (zwei|drei|vier)( [^.?]+)?\.$", "?", question.prompt)  # "… Schritte in der richtigen Reihenfolge."
        if question.type == "wh" and (not W_QUESTION.match(asked) or not asked.endswith("?")):
            problems.append(f"{where}: not a W-question")
        if question.type == "true_false":
            problems += _true_false_problems(question, material.article.text, where)
        if question.type == "gap_fill":
            gaps = re.findall(r"___\((\d+)\)___", question.prompt)
            if len(gaps) != len(question.answer) or len(question.word_bank) <= len(question.answer):
                problems.append(f"{where}: gaps {len(gaps)}, answers {len(question.answer)}, bank {len(question.word_bank)}")
            if any(answer not in question.evidence for answer in question.answer):
                problems.append(f"{where}: a gap's answer is not in the passage")
        # word matching: two extra options (CONVENTIONS); the global task: one statement left over
        extra = (1 if PARAGRAPH_PROMPT in question.prompt else 0) if question.skill == "global" else 2
        if question.type == "matching" and len(question.options) < len(question.prompt_items) + extra:
            problems.append(f"{where}: matching needs at least {extra} extra options")
        if question.type == "ordering" and sorted(question.prompt_items) != sorted(question.answer):
            problems.append(f"{where}: ordering items and answer differ")
    return problems


# Words a restatement may add: auxiliaries of the passive and tenses, the agent's "von", "es".
RESTATING_WORDS = {"von", "vom", "durch", "wird", "werden", "wurde", "wurden", "worden", "ist", "sind", "war", "waren",
                   "hat", "haben", "hatte", "hatten", "es", "nicht", "kein", "keine"}


def _participle_of(word: str, known: set[str]) -> bool:
    """The participle of a verb the text uses, for the passive or the Perfekt a past event is
    retold in: "gekauft" for "kaufte", "stattgefunden" for "fanden … statt", "geraten" for "geriet"."""
    stem = word[2:-1] if word.startswith("ge") and word.endswith("t") else ""
    if len(stem) >= 4 and any(k.startswith(stem) for k in known):
        return True
    from quizgen.analysis.hanta import hanta_tagger

    tagger = hanta_tagger()
    lemma, tag = tagger.analyze(word, pos="VVPP", taglevel=1)
    if tag != "VV(PP)":
        return False
    if len(lemma) > 6 and lemma.endswith("en") and any(k.startswith(lemma[:-2]) for k in known):
        return True  # a weak verb's stem as written ("unterstellte" for "unterstellt")
    for other in known:
        base = tagger.analyze(other, pos="VVFIN", taglevel=1)[0]
        if len(base) >= 4 and lemma.endswith(base) and (lemma == base or lemma[: -len(base)] in known):
            return True
    return False


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _true_false_problems(question, text: str, where: str) -> list[str]:
    """richtig: the statement is the text's; falsch: one number/time/name differs from the text;
    steht nicht im Text: the statement names something the text never names."""
    if question.options not in ((TRUE, FALSE), (TRUE, FALSE, NOT_IN_TEXT)) or question.answer not in question.options:
        return [f"{where}: answer {question.answer!r} of {question.options}"]
    words = set(re.findall(r"\w+", question.prompt))
    evidence = set(re.findall(r"\w+", question.evidence))
    # a true statement restates its sentence: a name for a pronoun (from elsewhere in the text),
    # another word order, the passive; it brings no content word the text does not have
    known = {word.lower() for word in re.findall(r"\w+", text)} | RESTATING_WORDS
    lowered = {word.lower() for word in words}
    # a separable verb split in the main clause: "weist … auf" from "aufweist"
    split = {w[len(p):] for w in known for p in lowered if len(p) >= 2 and w.startswith(p) and len(w) > len(p) + 2}
    # … and its particle, where the text has the verb only joined ("ließen sich … nieder" from
    # "sich … niederließen")
    split |= {p for w in known for p in lowered if len(p) >= 2 and w.startswith(p) and w[len(p):] in lowered}
    if question.answer == TRUE and any(word.lower() not in known | split and not _participle_of(word.lower(), known)
                                       for word in words):
        return [f"{where}: a true statement with words not in the text"]
    if question.answer != TRUE and _words(question.prompt) in _words(question.evidence):
        return [f"{where}: a changed statement with nothing changed"]
    # "steht nicht im Text" may put another name of the text in (session 22: "Der Rhein hat viele
    # Überschwemmungen verursacht" in a text on the Aare), but must differ from its sentence
    if question.answer == NOT_IN_TEXT and not words - evidence:
        return [f"{where}: 'steht nicht im Text' with nothing its sentence does not say"]
    return []


def test_seed_questions_follow_the_rules(seed_material):
    assert check_questions(seed_material) == []
    types = {question.type for question in seed_material.questions}
    # word matching only with a dictionary; the gap text gives way to the seed's key questions
    assert len(seed_material.questions) >= 6 and len(types) >= (3 if find_dictionary() else 2), types


def test_seed_has_the_wie_viele_question(seed_material):
    prompts = {q.prompt: q.answer for q in seed_material.questions if q.type in ("wh", "multiple_choice")}
    assert prompts.get("Wie viele Raketentests hat Pjöngjang durchgeführt?") in ("mehr als 100", "Mehr als 100")


def test_true_false_is_half_false_and_explains(corpus_materials):
    """About half of each sheet's statements are changed: falsch, or (with three boxes) a
    statement the text does not make."""
    for material in corpus_materials.values():
        statements = [q for q in material.questions if q.type == "true_false"]
        changed = [q for q in statements if q.answer != "richtig"]
        assert len(changed) >= len(statements) / 2 - 1, material.article.title
        for question in (q for q in changed if q.answer == "falsch"):
            assert question.prompt not in question.evidence and "Im Text steht" in question.explanation


@pytest.mark.slow
def test_dev_articles_get_enough_valid_questions(corpus_materials):
    failures, thin = {}, []
    for path, material in corpus_materials.items():
        problems = check_questions(material)
        types = {question.type for question in material.questions}
        # precision first: a short or abstract text may give few questions, but most articles
        # of 150 words give five of three kinds
        if material.analysis.word_count >= 150 and (len(material.questions) < 5 or len(types) < 3):
            thin.append(f"{path.parent.name}/{path.name}: {len(material.questions)} questions of {len(types)} types")
        if problems:
            failures[path.name] = problems
    assert failures == {}
    # precision first leaves short Klexikon articles with few questions: the known gap (issue 12)
    assert len(thin) <= 12, thin  # 12 of 40 on 2026-12-04: raise coverage, then lower this


def test_about_half_of_the_statements_are_changed(corpus_materials):
    statements = [q for material in corpus_materials.values() for q in material.questions if q.type == "true_false"]
    changed = [q for q in statements if q.answer != TRUE]
    # 18 on the 40 dev articles in session 16 (20 at its start, from the same 44 candidates: new
    # W-questions take their places), none naming a year (precision first); 12 since session 20
    # flips no "oft" to "selten" (judged 14 good, 8 edit, 14 bad over all rounds: "tests spotting
    # the changed word"); 9 since session 25 drops adjective and quantity flips ("Moderne Scheunen sind
    # oft winzig": common sense answers them)
    assert len(statements) >= 9
    # at least half changed; more where the text's true statements would only be copies of it
    assert 0.45 <= len(changed) / len(statements)


def test_steht_nicht_im_text_only_with_three_choices(seed_material, corpus_materials):
    """The third box only when a statement needs it; with --tf-choices 2 never."""
    from quizgen.generation.statements import true_false

    three = [q for m in [seed_material, *corpus_materials.values()] for q in m.questions if q.type == "true_false"]
    absent = [q for q in three if q.answer == NOT_IN_TEXT]
    # no generator makes a fair one at present (round 11: another person doing the same thing
    # may fairly be called falsch), so the sheets offer richtig/falsch only
    assert all(q.options == (TRUE, FALSE) for q in three if not absent)
    for question in absent:
        assert question.options == (TRUE, FALSE, NOT_IN_TEXT)
        assert question.explanation.startswith("Steht nicht im Text")
    for material in [seed_material, *corpus_materials.values()]:
        two = true_false(material.analysis, material.facts, random.Random(0), 2)
        assert all(q.options == (TRUE, FALSE) and q.answer in (TRUE, FALSE) for q in two)


def test_same_seed_same_questions_other_seed_other_order(seed_material):
    analysis, vocabulary, facts = seed_material.analysis, seed_material.vocabulary, seed_material.facts
    first = make_questions(analysis, vocabulary, facts, Options(seed=3))
    again = make_questions(analysis, vocabulary, facts, Options(seed=3))
    assert first == again
    # the sheet may hold a single multiple-choice item (no dictionary): some other seed orders it otherwise
    others = [make_questions(analysis, vocabulary, facts, Options(seed=seed)) for seed in range(4, 10)]
    assert any([q.options for q in first] != [q.options for q in other] for other in others)


def test_types_and_count_options(seed_material):
    analysis, vocabulary, facts = seed_material.analysis, seed_material.vocabulary, seed_material.facts
    only = make_questions(analysis, vocabulary, facts, Options(types=("true_false", "wh"), questions=3))
    assert len(only) <= 3 and {q.type for q in only} <= {"true_false", "wh"}


def test_a_single_sentence_gets_few_questions_never_broken(nlp):
    from quizgen.analysis import analyze
    from quizgen.model import Article
    from quizgen.pipeline import build_material

    text = "Die Rakete fliegt am Montag über das Meer nach Japan."
    material = build_material(
        analyze(nlp, Article("", text, "t", "t", ((0, len(text)),))), Options()
    )
    assert check_questions(material) == []
    assert {q.type for q in material.questions} <= {"true_false", "multiple_choice", "wh"}


def test_cloze_notes_of_the_seed(seed_material):
    assert seed_material.clozes
    for note in seed_material.clozes:
        deletions = re.findall(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", note.text)
        assert 1 <= len(deletions) <= 3
        assert [int(number) for number, _, _ in deletions] == list(range(1, len(deletions) + 1))
        assert uncloze(note.text) == note.source_sentence
        for (_, answer, hint), expected in zip(deletions, note.answers, strict=True):
            assert answer == escape(expected)
            assert hint.lower() != answer.lower()  # a hint never gives the answer away
        for answer in note.answers:
            assert answer not in {"der", "die", "das", "und", "in", ",", "."}
    texts = " ".join(note.text for note in seed_material.clozes)
    # "Raketen" is a regular plural: the meaning is the hint, the lemma would leave only its ending
    # (without a dictionary there is no meaning to show, and no such gap)
    assert "::die Rakete}}" not in texts
    if any(item.gloss for item in seed_material.vocabulary):
        assert "::die R… (rocket)}}" in texts


@given(st.text(min_size=1, max_size=200))
def test_escaped_text_never_contains_markup(text):
    escaped = escape(text)
    assert "<" not in escaped and "{{" not in escaped
    assert uncloze(escaped) == text


def test_hint_kinds(seed_material):
    from quizgen.generation import make_clozes

    material = seed_material
    for kind, pattern in (("first-letter", r"::\w…\}\}"), ("pos", r"::(Nomen|Verb|Adjektiv|Adverb|Zahl|Name|Ausdruck)\}\}"), ("none", r"\{\{c\d+::[^}]*::")):
        notes = make_clozes(material.analysis, material.vocabulary, material.facts, replace(Options(), hint=kind))
        joined = " ".join(note.text for note in notes)
        if kind == "none":
            assert not re.search(pattern, joined)
        else:
            assert re.search(pattern, joined)


def test_judged_questions_record():
    """The hand-judged sample stays at least 40 questions with at least 90 % judged good."""
    from pathlib import Path

    rows = [line for line in (Path(__file__).parent / "judged_questions.md").read_text(encoding="utf-8").splitlines()
            if re.match(r"\| \d+ \|", line)]
    good = sum("| good |" in row for row in rows)
    assert len(rows) >= 40 and good / len(rows) >= 0.9
