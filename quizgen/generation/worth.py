"""Questions not worth asking: classes of item strict readers judged bad although the key is right.

Round 8 of issue 12 (tests/judged/comprehension.md) found W-questions that are well formed and
answered by the text, yet test nothing a teacher wants tested. Each rule below names one class
by its form, never by the words of the judged texts; ``selection.select`` drops a candidate that
falls into any of them, so another question takes its place.

- A statistic asked for its reference date ("Wann war ein Drittel der Besucher ecuadorianischer
  Nationalität? – im Jahr 2019", "Bis wann wurden über Jamestown 10 Tonnen Tabak nach Europa
  verschifft?"): a clause that states a count, a share or a measure holds at a cut-off date; the
  year is when it was counted, not an event the reader should remember.
- A vague "haben" with a bare name ("Was hatte Caytonia?", "Was hatte die Schweiz 2015?"): the
  verb says no relation, and the name alone does not tell the reader what is asked about.
- A generic plural the verb predicts ("Was führt über die Aare? – zahlreiche Brücken", "Was fährt
  an den Raumwänden …? – die Züge", "Wer geht von nur fünf Fällen aus? – manche
  Sprachwissenschaftler"): the subject asked for is a plain plural with at most an article or an
  unspecific quantifier, so world knowledge of what usually does that answers it.
- An announcement instead of a statement ("Was schreibt Wilhelm Gaus …? – dass Information unter
  verschiedenen Aspekten betrachtet werden kann"): a reported clause whose content is that there
  are several unnamed things; what the reader should take away is not in the answer. (A sentence
  that ends with a colon or announces "folgende …" yielded no content question in the dev texts.)
- A world-famous name ("Wer ist gemäß der Bibel am ersten Tag der Woche auferstanden? – Jesus",
  "Wer besuchte 1835 die Galapagosinseln? – Charles Darwin"): a person any reader knows is
  answered from world knowledge; such a name is far more frequent (wordfreq) than the names the
  text usually gives, and Wiktionary lists it.
- An answer the section heading gives away ("Wo wurde Tabak … geerntet? – auf dem Gebiet der
  heutigen Vereinigten Staaten" under "Vereinigte Staaten von Amerika"): the learner copies the
  heading without reading the section.
"""

from __future__ import annotations

import os
import re
import statistics

from ..analysis.lexicon import noun_lexicon
from ..extraction.frequency import zipf_frequency
from ..model import Analysis, Question, Sentence, Token
from .keys import answer_tokens, asked_constituent

ASKED_TYPES = ("wh", "multiple_choice")
TIME_SKILLS = frozenset({"wann", "in-welchem-jahr", "seit wann", "bis wann"})
# Words of a share or a measured quantity: the clause states a statistic.
SHARE = re.compile(r"(?:\d\s*%|\b(?:Prozent|Promille|Drittel|Viertel|Fünftel|Zehntel|Hälfte|Mehrheit|Anteil|Einwohnerzahl)\b)")
COUNT = re.compile(r"^\d[\d.,]*\d$|^\d$")
YEAR = re.compile(r"^(?:1\d|20)\d\d$")
# Verbs of a state or a level rather than an event: with a count they report a statistic
# ("lebten 60.000 Juden", "beschäftigten … 13.581 Mitarbeiter", "verfügte über 35 Stationen").
STATE_VERBS = frozenset({
    "sein", "haben", "leben", "wohnen", "betragen", "verfügen", "beschäftigen", "zählen", "umfassen", "besitzen",
    "arbeiten", "anwachsen", "wachsen", "steigen", "sinken", "fallen", "zurückgehen", "erreichen", "belegen",
    "besuchen", "geben", "liegen", "stehen", "existieren", "bestehen", "gehören",
})
# Time questions that delimit a running total ("Bis wann wurden … 10 Tonnen verschifft?").
TOTAL_SKILLS = frozenset({"bis wann", "seit wann"})
HAVING = re.compile(r"^Was (?:hat|hatte|haben|hatten|besitzt|besaß|besitzen|besaßen) (.+)\?$")
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
MAX_BARE = 2  # words after "Was hat …": a name and a year at most
# Determiners and quantifiers that name no particular member of a plural.
PARTITIVE = re.compile(r"^(?:zahlreiche|viele|manche|einige|mehrere|etliche|diverse|verschiedene)$", re.IGNORECASE)
WHEREABOUTS = frozenset({"place", "direction", "origin"})
LOCAL = frozenset({"an", "am", "auf", "in", "im", "über", "unter", "neben", "zwischen", "vor", "hinter", "entlang"})
SUBJECT_SKILLS = frozenset({"was", "wer"})
# "unter verschiedenen Aspekten", "auf unterschiedliche Weise": in several unnamed respects.
VAGUE_RESPECTS = re.compile(
    r"\b(?:unter|auf|in|aus|nach)\s+(?:verschieden|unterschiedlich|mehrere|zahlreich|diverse|etliche)\w*\s+[A-ZÄÖÜ]\w+"
)
# A name the reader knows without the text: wordfreq puts it FAMOUS_ZIPF or higher and
# FAMOUS_MARGIN above the median of the text's person names, and Wiktionary lists it as a name.
FAMOUS_ZIPF = 3.4
FAMOUS_MARGIN = 1.0
PERSON_SKILLS = frozenset({"wer"})
STEM = 5  # letters two words must share to count as one word ("Staaten" / "Staat")


def not_worth_asking(question: Question, analysis: Analysis) -> bool:
    """Does the question fall into one of the classes readers judged not worth asking?"""
    if question.type not in ASKED_TYPES or not isinstance(question.answer, str):
        return False
    sentence = analysis.sentences[question.sentence]
    return (
        statistic_dated(question, sentence)
        or bare_having(question, sentence)
        or generic_plural(question, sentence)
        or announcement(question, sentence)
        or heading_gives_away(question, analysis)
        or world_famous(question, analysis)
    )


def _verb_lemmas(question: Question, sentence: Sentence) -> set[str]:
    """Lemmas of the evidence's verbs that the prompt repeats."""
    words = set(re.findall(r"\w+", question.prompt))
    return {t.lemma for t in sentence.tokens if t.pos in ("VERB", "AUX") and t.text in words}


def statistic_dated(question: Question, sentence: Sentence) -> bool:
    """A time question on a clause that states a count, share or measure."""
    if question.skill not in TIME_SKILLS:
        return False
    words = question.prompt.rstrip("?").split()[1:]
    if SHARE.search(" ".join(words)):
        return True
    counts = [  # a number that counts a noun; not a name's number ("Linie 1 der U-Bahn")
        word for before, word, after in zip(["", *words[:-1]], words, [*words[1:], ""], strict=True)
        if COUNT.match(word) and not YEAR.match(word) and (after[:1].isupper() or not before[:1].isupper())
    ]
    if not counts:
        return False
    return question.skill in TOTAL_SKILLS or bool(_verb_lemmas(question, sentence) & STATE_VERBS)


def bare_having(question: Question, sentence: Sentence) -> bool:
    """ "Was hat NAME?": "haben" as the full verb with nothing but a name (and a year)."""
    match = HAVING.match(question.prompt)
    if not match:
        return False
    rest = [word for word in match.group(1).split() if word.lower() not in ARTICLES]
    names = {t.text for t in sentence.tokens if t.tag == "NE" or t.ent_label}
    full_verb = any(c.lemma in ("haben", "besitzen") and not c.auxiliary for c in sentence.clauses)
    named = all(word in names or word.isdigit() for word in rest)  # not "Was besaß Howlands Vater?"
    return full_verb and len(rest) <= MAX_BARE and named


def generic_plural(question: Question, sentence: Sentence) -> bool:
    """The subject asked for is a plural the reader can guess: an unspecified part of a plural
    ("manche Sprachwissenschaftler", "zahlreiche Brücken"), or a plain plural whose clause says
    nothing but where it moves or stands ("Was fährt an den Raumwänden …? – die Züge")."""
    if question.skill not in SUBJECT_SKILLS:
        return False
    span = answer_tokens(question, sentence)
    asked = asked_constituent(sentence, span) if span else None
    if span is None or asked is None or asked[1].role != "subject" or len(span) > 2 or span[-1].tag != "NN":
        return False
    if len(span) == 2 and PARTITIVE.match(span[0].text):  # the quantifier makes the noun plural
        return not span[-1].ent_label
    clause = asked[0]
    others = [c for c in clause.constituents if c is not asked[1]]
    bare = len(span) == 1 or span[0].text.lower() in ARTICLES
    placed = all(c.role in WHEREABOUTS or (c.role == "adverbial" and c.preposition in LOCAL) for c in others)
    return bare and _plain_plural(span[-1]) and clause.voice == "active" and bool(others) and placed


def _plain_plural(token: Token) -> bool:
    return token.tag == "NN" and token.feature("Number") == "Plur" and not token.ent_label


def announcement(question: Question, sentence: Sentence) -> bool:
    """The answer announces content it does not give: "dass … unter verschiedenen Aspekten …" (a
    reported clause that holds in several unnamed respects)."""
    answer = str(question.answer)
    return answer.startswith("dass ") and bool(VAGUE_RESPECTS.search(answer))


def _section_heading(analysis: Analysis, index: int) -> Sentence | None:
    for sentence in reversed(analysis.sentences[:index]):
        if sentence.is_heading:
            return sentence
    return None


def _same_word(one: str, other: str) -> bool:
    """ "Staaten" and "Staat", "Vereinigten" and "Vereinigte": one word in two forms."""
    one, other = one.lower(), other.lower()
    shared = len(os.path.commonprefix([one, other]))
    return one == other or (shared >= STEM and shared >= min(len(one), len(other)) - 2)


def heading_gives_away(question: Question, analysis: Analysis) -> bool:
    """Most capitalised words of the answer stand in the heading of the evidence's section."""
    heading = _section_heading(analysis, question.sentence)
    if heading is None:
        return False
    answer = [word for word in re.findall(r"\w+", str(question.answer)) if word[:1].isupper()]
    titled = re.findall(r"\w+", heading.text)
    found = [word for word in answer if any(_same_word(word, other) for other in titled)]
    return len(found) >= 2 and 3 * len(found) >= 2 * len(answer)


def world_famous(question: Question, analysis: Analysis) -> bool:
    """ "Wer besuchte 1835 die Galapagosinseln? – Charles Darwin": the answer is a person whose
    name is far more common than the names this text usually gives, so the reader knows it
    without reading."""
    if question.skill not in PERSON_SKILLS:
        return False
    answer = str(question.answer).lower()
    person = [e for e in analysis.entities if e.sentence == question.sentence and e.label == "PER" and e.text.lower() == answer]
    if not person:
        return False
    name = person[0].text.split()[-1]
    surnames = {e.text.split()[-1] for e in analysis.entities if e.label == "PER"}
    usual = statistics.median(zipf_frequency(word) for word in surnames)
    lexicon = noun_lexicon()
    known = name in lexicon.names() and not lexicon.is_noun(name)
    return known and zipf_frequency(name) >= max(FAMOUS_ZIPF, usual + FAMOUS_MARGIN)
