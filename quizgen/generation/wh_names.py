"""Where a name comes from: the question teachers ask of almost every encyclopaedia article.

Readers who judged the worksheets named "Woher hat X seinen Namen?" among the questions they most
wanted for a third of the articles, and no generator asked it: the sentences that answer it do
not fit a role question ("Ihren Namen haben die Inseln von den Galapagos-Riesenschildkröten":
the von-phrase hangs on the noun; "Der Kanton Aargau ist nach der Aare benannt": "Wohin" is
nonsense). Three forms, each only when the clause is plain, indicative and its pronouns resolved:
- "X ist/wurde nach Y benannt" (benennen, umbenennen) → "Wonach ist X benannt?" ("Nach wem" for
  a person) – "nach Y", realised like every role question;
- "X hat/bekam/erhielt seinen Namen von/aus Y" → "Woher hat X seinen Namen?" – "von Y";
- "Der Name X stammt/kommt von/aus Y" → "Woher stammt der Name X?" – "von Y". A bare "Der Name"
  is asked only with the one-word title of the article the sentence before names.
Hearsay ("soll … kommen"), a name origin nobody knows ("weiß niemand") and "daher, dass" (a
clause, not a phrase) are left alone.
"""

from __future__ import annotations

import re

from ..model import Analysis, Clause, Constituent, Fact, Question, Sentence, Token
from . import realise, wellformed
from .wh import (
    _answer,
    _main_lemma,
    _pronoun_names,
    _resolver,
    askable_sentences,
    entity_labels,
    phrase_kind,
    span_tokens,
    unambiguous,
)

NAMING_VERBS = frozenset({"benennen", "umbenennen"})
HAVING_VERBS = frozenset({"haben", "bekommen", "erhalten", "tragen"})  # "hat seinen Namen von …"
ORIGIN_VERBS = frozenset({"stammen", "kommen", "ableiten", "herleiten", "herrühren"})  # "Der Name stammt von …"
ORIGIN_PREPOSITIONS = frozenset({"von", "vom", "aus"})


def name_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    """The name-origin questions the text answers, in text order."""
    resolve = _resolver()
    labels = entity_labels(facts)
    found: list[Question] = []
    previous: Sentence | None = None
    for sentence, _ in askable_sentences(analysis):
        for clause in sentence.clauses:
            if not clause.sure or clause.kind not in ("main", "coordinated") or clause.mood != "indicative":
                continue
            if clause.finite is None or any(t.tag == "VMFIN" for t in sentence.tokens if t.i in clause.verbs):
                continue  # "soll daher kommen": hearsay
            replace = _pronoun_names(analysis, sentence, clause, resolve)
            if replace is None:
                continue
            lemma = _main_lemma(sentence, clause)
            question = None
            if lemma in NAMING_VERBS:
                question = _named_after(sentence, clause, replace, labels)
            elif lemma in HAVING_VERBS | ORIGIN_VERBS:
                question = _name_from(analysis, sentence, clause, replace, lemma, previous)
            if question is not None:
                found.append(question)
        previous = sentence
    written = [(q, realise.answer_in_text(str(q.answer), analysis, q.sentence)) for q in found]
    return wellformed.teacher_filter(unambiguous([q for q, form in written if form == q.answer]), analysis)


def _named_after(sentence: Sentence, clause: Clause, replace: dict, labels: dict[str, str]) -> Question | None:
    """"Der Kanton Aargau ist nach der Aare benannt." → Wonach ist der Kanton Aargau benannt?"""
    asked = next((c for c in clause.constituents if c.sure and c.clause is None
                  and _first(sentence, c).text.lower() == "nach"), None)
    subject = clause.role("subject")
    if asked is None or len(subject) != 1 or not (
            (subject[0].start, subject[0].end) in replace
            or any(t.tag in ("NN", "NE") for t in span_tokens(sentence, subject[0].start, subject[0].end))):
        return None  # "Wonach sind die meisten benannt?": the subject must name what was named
    tokens = span_tokens(sentence, asked.start, asked.end)
    word = "Nach wem" if phrase_kind(sentence, asked, tokens, replace, labels) == "person" else "Wonach"
    ask = _answer(sentence, asked, tokens, word, replace)
    if ask is None:
        return None
    prompt = realise.interrogative(sentence, clause, asked, word, replace=replace)
    if prompt is None or "," in prompt:
        return None
    return _question(sentence, clause, prompt, word, ask.answer, ask.accepted)


def _name_from(
    analysis: Analysis, sentence: Sentence, clause: Clause, replace: dict, lemma: str, previous: Sentence | None
) -> Question | None:
    """"Ihren Namen haben die Inseln von den Riesenschildkröten." → Woher haben die Inseln ihren
    Namen? "Der Name Eisenstadt stammt von den Eisenminen." → Woher stammt der Name Eisenstadt?"""
    own = [t for t in sentence.tokens if t.i in clause.tokens]
    names = [t for t in own if t.tag == "NN" and t.lemma == "Name"]
    origin = next((k for k, t in enumerate(own) if t.text.lower() in ORIGIN_PREPOSITIONS and t.tag in ("APPR", "APPRART")), None)
    if len(names) != 1 or origin is None or any(t.tag in ("KOUS", "PAV", "PROAV") for t in own):
        return None  # "daher, dass …": a clause answers, not a phrase
    answer_tokens = _phrase_from(own, origin, clause)
    if len(answer_tokens) < 2 or answer_tokens[-1].tag not in ("NN", "NE") or any(t.tag == "PRF" for t in own):
        return None  # "leitet sich aus dem althochdeutschen scuginna für … ab": cut, and reflexive
    name = names[0]
    if lemma in HAVING_VERBS:
        before = next((t for t in own if t.i == name.i - 1), None)
        if before is None or before.tag != "PPOSAT":
            return None  # "hat den Namen von …" says whose name only by context
        subject = _subject_text(analysis, sentence, clause, replace, stop=answer_tokens[0].i)
        if subject is None:
            return None
        named = f"{before.text.lower()} {name.text}"
        prompt = " ".join(["Woher", _finite(sentence, clause), subject, named, *_right_verbs(sentence, clause)]) + "?"
    else:
        subject = next((c for c in clause.constituents if c.start <= name.i < c.end), None)
        if subject is None or _first(sentence, subject).i != name.i - 1 or _first(sentence, subject).tag != "ART":
            return None  # "Der Name …", not "ein Name" or "seinen Namen"
        words = [t for t in span_tokens(sentence, subject.start, subject.end) if t.i < answer_tokens[0].i]
        text = " ".join(t.text for t in words)
        if len(words) < 2:
            return None
        if len(words) == 2:
            text = _titled(analysis, previous, text)
            if text is None:
                return None
        prompt = " ".join(["Woher", _finite(sentence, clause), _lowered(text), *_right_verbs(sentence, clause)]) + "?"
    answer = realise.render(sentence, answer_tokens[0].i, answer_tokens[-1].i + 1)
    bare = realise.render(sentence, answer_tokens[1].i, answer_tokens[-1].i + 1)
    return _question(sentence, clause, prompt, "Woher", answer, (bare,))


def _phrase_from(own: list[Token], start: int, clause: Clause) -> list[Token]:
    """The von/aus-phrase from ``start`` to the next verb, comma or end of the clause."""
    phrase = []
    for token in own[start:]:
        if token.i in clause.verbs or token.i == clause.particle or token.tag.startswith("$") or token.tag == "KON":
            break
        phrase.append(token)
    return phrase


def _subject_text(analysis: Analysis, sentence: Sentence, clause: Clause, replace: dict, stop: int) -> str | None:
    subjects = clause.role("subject")
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if (subject.start, subject.end) in replace:
        return replace[(subject.start, subject.end)]
    end = min(subject.end, stop) if subject.start < stop else subject.end
    words = span_tokens(sentence, subject.start, end)
    title = analysis.article.title.strip()
    if len(words) == 2 and words[0].tag == "ART" and words[1].tag == "NN" and re.fullmatch(r"[\wäöüßÄÖÜ]+", title) \
            and title.lower().endswith(words[1].text.lower()) and len(title) > len(words[1].text):
        return f"{words[0].text.lower()} {title}"  # "die Inseln" in the article on the Galapagosinseln
    text = realise.phrase(sentence, subject.start, end, replace)
    return text or None


def _titled(analysis: Analysis, previous: Sentence | None, text: str) -> str | None:
    """"Der Name" after a sentence naming the article's one-word title: "der Name Eisenstadt"."""
    title = analysis.article.title.strip()
    if previous is None or not re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]+", title):
        return None
    if not any(t.text == title for t in previous.tokens):
        return None
    return f"{text} {title}"


def _finite(sentence: Sentence, clause: Clause) -> str:
    return next(t.text for t in sentence.tokens if t.i == clause.finite)


def _right_verbs(sentence: Sentence, clause: Clause) -> list[str]:
    """The verbs after the finite one and a separated particle, in text order: the right bracket."""
    return [t.text for t in sentence.tokens if (t.i in clause.verbs or t.i == clause.particle) and t.i != clause.finite]


def _lowered(text: str) -> str:
    return text[:1].lower() + text[1:] if text.split()[0] in ("Der", "Die", "Das") else text


def _first(sentence: Sentence, constituent: Constituent) -> Token:
    return next(t for t in sentence.tokens if t.i == constituent.start)


def _question(sentence: Sentence, clause: Clause, prompt: str, word: str, answer: str, accepted: tuple[str, ...]) -> Question | None:
    if not wellformed.well_formed_question(prompt, word=word, verbs=tuple(_right_verbs(sentence, clause))):
        return None
    if answer.lower() in prompt.lower():
        return None
    return Question(
        id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
        explanation=f"Im Text steht: „{sentence.text}“", accepted=tuple(v for v in accepted if v and v != answer),
        focus="content", skill=word.lower(),
    )
