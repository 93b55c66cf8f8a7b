"""Multiple choice about content: a W-question with wrong options of the answer's kind.

``content_multiple_choice(analysis, facts, questions, rng, size)`` takes the W-questions
(``wh.wh_questions``) whose answer is a person, place, organisation, time, number or reason,
and gives each ``size - 1`` wrong options:
- of the same kind, from the same text first (other people, places of the same class, other
  organisations, other times of the same shape, other reasons of the same form), then
  ``distractors.py``'s sources (nearby numbers, other weekdays / months / years, places);
- in the same frame and shape as the answer ("am Freitag" → "am Montag", "in Washington" →
  "in Tokio", "weil …" → "weil …", "im Mai 1919" → "im März 1938"), so that no option is ruled
  out by its grammar or its form; a time that is not a plain date ("Nach regenreichem Mai und
  Juni", "Nachdem viele Schuldknechte 1676 …") gets no options, since only one word would differ;
- people only where the text shows the name to be a person's (``distractors.sure_person``): a
  "Wer" whose answer is an island or a plant the recogniser took for a person is left out, and
  no option shares a name word with the answer or another option ("Charles Lindbergh" beside
  "Charles Augustus Lindbergh");
- years a reader cannot rule out: at least ``MIN_YEAR_GAP`` apart (not four neighbouring
  years), none after the latest year the text names, a birth year at least ``ADULT`` years
  before it (no footballer born in 2020) and at most ten after the real one;
- from the printed text: a long article is printed as an excerpt (the evidence's paragraph
  and the lead), so the names and reasons offered come from those paragraphs (and its times
  first);
- never also true: not standing in the evidence sentence, not said by another sentence of the
  text together with the question's verb; never an alias or thesaurus synonym of the answer.
Options are shuffled with the passed ``rng``; a question without enough wrong options is left
out, and of the date and number items only ``MAX_DATED`` stay (a sheet of year questions tests
scanning for digits).
"""

from __future__ import annotations

import itertools
import random
import re

from ..extraction.facts import MONTHS, WEEKDAYS
from ..extraction.reference import POSSESSIVE_STEMS
from ..extraction.thesaurus import load_thesaurus
from ..model import Analysis, Fact, Question, Sentence, Token
from .distractors import bare_name, clean_name, nearby_numbers, place_class, sure_person
from .time_words import time_alternatives
from .wellformed import PERSON_SKILLS, REFERRING_PRONOUNS
from .worth import ARTICLES

POSSESSIVE_ENDINGS = frozenset({"", "e", "en", "em", "er", "es"})  # sein, seine, seinen … ihr, ihre …

TIME_SKILLS = frozenset({"wann", "seit wann", "bis wann"})
REASON_SKILLS = frozenset({"warum", "wozu"})
PLACE_SKILLS = frozenset({"wo", "wohin", "woher"})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# A text of more characters than this is printed as an excerpt: the sheet shows 150 lines of
# 64 characters in full (exporters/excerpt.py), beyond that only the cited paragraphs and the lead.
EXCERPT_CHARS = 150 * 64
MIN_YEAR_GAP = 5  # options' years at least this far apart: four neighbouring years test digits
ADULT = 16  # a person born this few years before the text's latest year cannot have done much
_MONTH = "|".join(MONTHS)
_YEAR = r"(?:1\d{3}|20\d{2})"
_YEAR_IN = re.compile(rf"\b{_YEAR}\b")
# Plain dates, the only times with options of the same shape (the core after the frame).
_TIME_SHAPES = (
    ("year", re.compile(rf"(?:(?:das|dem) )?(?:Jahre? )?{_YEAR}")),
    ("decade", re.compile(r"(?:den )?(?:1\d|20)\d0er(?:-| )Jahren")),
    ("day-month-year", re.compile(rf"\d{{1,2}}\. (?:{_MONTH}) {_YEAR}")),
    ("day-month", re.compile(rf"\d{{1,2}}\. (?:{_MONTH})")),
    ("month-year", re.compile(rf"(?:{_MONTH}) {_YEAR}")),
    ("month", re.compile(rf"(?:{_MONTH})")),
    ("weekday", re.compile("|".join(WEEKDAYS))),
)
_FRAME = re.compile(r"^((?:(?:am|im|in|an|auf|aus|nach|von|vom|bei|beim|mit|seit|bis|um|ab|zum|zur|für|gegen|über|unter|vor)\s+)?)(.*)$", re.IGNORECASE)


def content_multiple_choice(
    analysis: Analysis, facts: tuple[Fact, ...], questions: list[Question] | tuple[Question, ...],
    rng: random.Random, size: int,
) -> list[Question]:
    """Multiple-choice versions of the W-questions that have wrong options of their kind."""
    result: list[Question] = []
    for question in questions:
        if question.type != "wh":
            continue
        wrong = _wrong_options(analysis, facts, question, rng, size - 1, questions)
        if len(wrong) < min(size - 1, MIN_WRONG):
            continue  # a short text with only two other names of the kind still gives three options (a/b/c)
        right = _option(str(question.answer))
        options = [right, *(_option(w) for w in wrong)]
        rng.shuffle(options)
        result.append(Question(
            id="", type="multiple_choice", prompt=question.prompt, answer=right, sentence=question.sentence,
            evidence=question.evidence, explanation=question.explanation, options=tuple(options),
            focus="content", skill=question.skill,
        ))
    return _one_dated(result, analysis)


MIN_WRONG = 2  # three options (Goethe B1's a/b/c) where the text has no more of the answer's kind
MAX_DATED = 1  # date and number items per text: readers found five date items in a row tedious


def _dated(question: Question) -> bool:
    return question.skill in TIME_SKILLS or question.skill.startswith("wie viel")


def _one_dated(questions: list[Question], analysis: Analysis) -> list[Question]:
    """At most ``MAX_DATED`` date or number items, so that the options of the sheet's multiple
    choice are of other kinds too: the one from the lead paragraph or a paragraph's opening
    sentence (where the text says what it is about), else the first."""
    body = [s for s in analysis.sentences if not s.is_heading]
    lead = {s.index for s in body if body and s.paragraph == body[0].paragraph}
    openings = {s.index for k, s in enumerate(body) if k == 0 or body[k - 1].paragraph != s.paragraph}
    dated = sorted((q for q in questions if _dated(q)), key=lambda q: (q.sentence not in lead, q.sentence not in openings, q.sentence))
    keep = {id(q) for q in dated[:MAX_DATED]}
    return [q for q in questions if not _dated(q) or id(q) in keep]


def _option(text: str) -> str:
    return text[:1].upper() + text[1:]


def _wrong_options(analysis: Analysis, facts: tuple[Fact, ...], question: Question, rng: random.Random, n: int,
                   others: list[Question] | tuple[Question, ...] = ()) -> list[str]:
    answer = str(question.answer)
    frame, core = _split_frame(answer)
    entity = _entity(core, facts)
    printed = _printed(analysis, question)
    pool: list[str] = []
    if question.skill == "wer" and entity is None:
        pool = _other_people(answer, question, analysis, printed)
    elif question.skill in PERSON_SKILLS and (entity is None or entity.label == "PER" and not sure_person(entity, analysis)):
        return []  # "Wer liegt hinter Santa Cruz? – Baltra": an island the recogniser took for a person
    noun = class_noun(question.skill)
    if question.skill == "wer" and entity is None:
        pass  # the people named by a noun, above
    elif noun and not frame:
        pool = _same_class_names(noun, core, analysis, printed)
    elif question.skill in PERSON_SKILLS | PLACE_SKILLS | {"was"} and entity is not None and _fits(question.skill, entity):
        pool = [frame + name for name in _other_entities(entity, core, facts, analysis, printed)]
    elif question.skill in TIME_SKILLS:
        pool = _other_times(answer, question, facts, analysis, printed)
    elif question.skill.startswith("wie viel"):
        pool = _other_numbers(answer, rng, n)
    elif question.skill in REASON_SKILLS:
        pool = _other_reasons(answer, question, analysis, printed)
    if _w_word(question.skill) in ROLE_OF_SKILL and not noun:
        pool += _same_role_phrases(answer, question, analysis, others, printed)
    if _w_word(question.skill) in PLACE_SKILLS:
        stems = _verb_stems(question, analysis)  # "Wo wohnten …? – in Polen" beside "die Wohnungen in Polen"
        pool = [p for p in pool if not _same_predicate(_split_frame(p)[1], question, analysis, stems)]
    if question.skill in REASON_SKILLS:
        asked = _asked_names(question, analysis)  # "weil Schindler …" for "Warum verdiente Schindler …?" may be true too
        pool = [p for p in pool if not asked & set(re.findall(r"\w+", p))]
    pool = [p for p in dict.fromkeys(pool) if _acceptable(p, answer, question, analysis, facts)]
    head, tail = pool[: n * 2], pool[n * 2 :]
    rng.shuffle(head)
    chosen: list[str] = []
    for option in head + tail:
        if len(chosen) == n:
            break
        if _apart(option, [answer, *chosen], person=entity is not None and entity.label == "PER"):
            chosen.append(option)
    return chosen


_WELCH = re.compile(r"(?:^|-)welch(?:e|er|es|em|en)-([a-zäöüß]+)$")
# welch- skills whose noun names no class of names ("In welche Teile", "Auf welcher Silbe")
_NOT_CLASSES = frozenset({"teile", "silbe", "jahr"})
_GAZETTEER_CLASSES = {"stadt": "city", "hauptstadt": "city", "land": "country", "staat": "country"}


def class_noun(skill: str) -> str:
    """The class noun of a "welch-" question ("in-welchem-land" → "land", "welche-insel" →
    "insel"), or ""."""
    match = _WELCH.search(skill)
    return match.group(1) if match and match.group(1) not in _NOT_CLASSES else ""


def _same_class_names(noun: str, answer: str, analysis: Analysis, printed: frozenset[int] | None) -> list[str]:
    """Other names of the class a "welch-" question asks for: those the text itself gives that
    class noun ("die Insel Patmos", "die Band Bloodshoteye", "Präsident Nursultan Nasarbajew"),
    and for a city or a country the places of the gazetteer's class the text names. The text's
    own word for the class makes them of one kind; none is an alias of the answer."""
    found: list[str] = []
    for sentence in analysis.sentences:
        if printed is not None and sentence.index not in printed:
            continue
        tokens = sentence.tokens
        for k, token in enumerate(tokens[:-1]):
            if token.tag != "NN" or (token.lemma or token.text).lower() != noun:
                continue
            name: list[str] = []
            for after in tokens[k + 1:]:
                if after.tag != "NE" and not (name and after.tag == "APPR" and after.text in ("von", "de", "van")):
                    break
                name.append(after.text)
            if name and name[-1] not in ("von", "de", "van"):
                found.append(" ".join(name))
    place = _GAZETTEER_CLASSES.get(noun)
    if place:
        found += [e.text for e in analysis.entities if e.label == "LOC" and place_class(e.text) == place
                  and (printed is None or e.sentence in printed)]
    words = set(answer.split())
    return [name for name in dict.fromkeys(found) if name != answer and not set(name.split()) & words]


def _printed(analysis: Analysis, question: Question) -> frozenset[int] | None:
    """The sentences a long article's excerpt surely prints: the evidence's paragraph and the
    lead paragraph (None for a short article, printed in full)."""
    if len(analysis.article.text) <= EXCERPT_CHARS:
        return None
    body = [s for s in analysis.sentences if not s.is_heading]
    paragraphs = {analysis.sentences[question.sentence].paragraph}
    if body:
        paragraphs.add(body[0].paragraph)
    return frozenset(s.index for s in body if s.paragraph in paragraphs)


def _apart(option: str, others: list[str], person: bool) -> bool:
    """Can the option stand beside the others? Its year at least ``MIN_YEAR_GAP`` from theirs
    (a dated one: another year), and a person's name sharing no word with theirs."""
    year = _YEAR_IN.search(option)
    if year is not None:
        gap = MIN_YEAR_GAP if _time_shape(option) in ("year", "decade") else 1
        for other in others:
            theirs = _YEAR_IN.search(other)
            if theirs is not None and abs(int(theirs.group(0)) - int(year.group(0))) < gap:
                return False
    if person:
        words = set(_split_frame(option)[1].split())
        return not any(words & set(_split_frame(other)[1].split()) for other in others)
    return True


def _fits(skill: str, entity: Fact) -> bool:
    """Does the entity's label agree with the question word? A name the recogniser labelled
    as a place cannot get places as wrong options for "Wer" ("Borissow" among districts), and a
    place of unknown class gets none at all ("Slawia Sofia" among "Europa", "Iskar")."""
    if skill in PERSON_SKILLS:
        return entity.label in ("PER", "ORG")  # a PER answer must be a sure person (``_wrong_options``)
    if skill in PLACE_SKILLS:
        return entity.label == "LOC" and bool(place_class(entity.value))
    return entity.label != "PER" and (entity.label != "LOC" or bool(place_class(entity.value)))


def _split_frame(answer: str) -> tuple[str, str]:
    """"am Freitag" → ("am ", "Freitag"); "Kim" → ("", "Kim")."""
    match = _FRAME.match(answer)
    assert match is not None
    return match.group(1), match.group(2)


def _entity(core: str, facts: tuple[Fact, ...]) -> Fact | None:
    return next((f for f in facts if f.kind == "entity" and (core in f.aliases or core == f.value)), None)


def _other_entities(
    entity: Fact, shown: str, facts: tuple[Fact, ...], analysis: Analysis, printed: frozenset[int] | None,
) -> list[str]:
    """Other names of the same label (places of the same class, people the text shows to be
    people, with as many name words as the answer ``shown``), as bare names, from the printed text."""
    if not bare_name(entity, analysis):
        return []  # "die USA": another name would need its own article and case
    result = []
    for other in facts:
        if other.kind != "entity" or other.label != entity.label or other.value == entity.value:
            continue
        if printed is not None and other.sentence not in printed:
            continue  # a name the excerpt does not print
        if entity.label == "LOC" and place_class(other.value) != place_class(entity.value):
            continue
        if entity.label == "PER" and (not sure_person(other, analysis) or len(other.value.split()) != len(shown.split())):
            continue  # a full name among surnames (or the reverse) stands out
        if bare_name(other, analysis) and clean_name(other.value, analysis):
            result.append(other.value)
    return result


def _other_times(answer: str, question: Question, facts: tuple[Fact, ...], analysis: Analysis,
                 printed: frozenset[int] | None) -> list[str]:
    """Other times of the same shape in the same frame: the printed text's first, then the rest
    of the text's (a year is as plausible printed or not), then made-up ones a reader cannot rule out (none after the text's latest year, a birth year an adult's
    age before it). None for a time that is not a plain date."""
    frame, _ = _split_frame(answer)
    shape = _time_shape(answer)
    if shape == "other" and (re.search(r"\d", answer) or any(m in answer for m in (*MONTHS, *WEEKDAYS)) or len(answer.split()) > 3):
        return []  # "Nach regenreichem Mai und Juni": one word would tell the options apart
    same = [f for f in facts if f.kind == "time" and f.sentence != question.sentence
            and _split_frame(f.text)[0].lower() == frame.lower() and _time_shape(f.text) == shape]
    same.sort(key=lambda f: printed is not None and f.sentence not in printed)  # the printed ones first
    from_text = [frame + _split_frame(f.text)[1] for f in same]  # the answer's capital, not the text's
    years = [int(y) for y in _YEAR_IN.findall(analysis.article.text)]
    latest = max(years, default=0)
    made = [t for t in time_alternatives(answer) if not latest or all(int(y) <= latest for y in _YEAR_IN.findall(t))]
    born = _YEAR_IN.search(answer)
    if "geboren" in question.prompt and born is not None:
        # a birth year: the text's later dates are the person's deeds, not other birth years
        limit = min(int(born.group(0)) + 2 * MIN_YEAR_GAP, latest - ADULT if latest else 9999)
        return [t for t in from_text + made if all(int(y) <= limit for y in _YEAR_IN.findall(t))]
    return from_text + made


def _time_shape(text: str) -> str:
    """The shape of a plain date after its frame ("year", "day-month-year", "weekday" …), or
    "other"."""
    core = _split_frame(text)[1]
    return next((name for name, pattern in _TIME_SHAPES if pattern.fullmatch(core)), "other")


def _other_numbers(answer: str, rng: random.Random, n: int) -> list[str]:
    match = _NUMBER.search(answer)
    if match is None:
        return []
    raw = match.group(0)
    value = float(raw.replace(".", "")) if "." in raw and len(raw) > 4 else float(raw.replace(",", "."))
    result = []
    for number in nearby_numbers(value, rng, n + 2):
        text = str(int(number)) if number == int(number) else f"{number:g}".replace(".", ",")
        if "." in raw and len(text) > 3:
            text = f"{int(number):,}".replace(",", ".")
        result.append(answer[: match.start()] + text + answer[match.end() :])
    return result


def _other_reasons(answer: str, question: Question, analysis: Analysis, printed: frozenset[int] | None) -> list[str]:
    """Reasons (or purposes) the printed text gives for other things, in the same form as the answer."""
    first = answer.split()[0].lower() if answer.split() else ""
    result = []
    for sentence in analysis.sentences:
        if sentence.index == question.sentence or printed is not None and sentence.index not in printed:
            continue
        for clause in sentence.clauses:
            for constituent in clause.constituents:
                if constituent.role not in ("cause", "purpose") or not constituent.sure:
                    continue
                text = _constituent_text(sentence, constituent.start, constituent.end)
                if text.split() and text.split()[0].lower() == first and not _has_pronoun(sentence, constituent.start, constituent.end):
                    result.append(text[:1].lower() + text[1:] if first.islower() else text)
    return result


def _other_people(answer: str, question: Question, analysis: Analysis, printed: frozenset[int] | None) -> list[str]:
    """For "Wer" whose answer names people by a noun ("die Indianer", "der Mörder"): the
    printed text's other subjects headed by a noun of persons (german-nouns lists its feminine
    form: "Fahrer" – "Fahrerin"), of the answer's number and shape (with or without article),
    never a compound of the answer's head or the reverse."""
    from .worth import _person_noun

    head = _head_noun(analysis.sentences[question.sentence], answer)
    if head is None or not _person_noun(head.lemma):
        return []
    words = answer.split()
    result = []
    for sentence in analysis.sentences:
        if sentence.index == question.sentence or printed is not None and sentence.index not in printed:
            continue
        for clause in sentence.clauses:
            if not clause.sure:
                continue
            for subject in clause.role("subject"):
                other = next((t for t in sentence.tokens if t.i == subject.head), None)
                if (not subject.sure or other is None or other.tag != "NN" or not _person_noun(other.lemma)
                        or not _same_number(other, head) or _nested_words(other.lemma, head.lemma)
                        or _has_pronoun(sentence, subject.start, subject.end, _REFERRING)):
                    continue
                text = _constituent_text(sentence, subject.start, subject.end)
                if text[:1].isupper() and text.split()[0].lower() in ARTICLES:
                    text = text[:1].lower() + text[1:]  # "Die Seefahrer" opening its sentence
                if "," in text or not _similar_length(len(text.split()), len(words)) or _phrase_shape(text) != _phrase_shape(answer):
                    continue
                result.append(text)
    return result


def _same_number(one: Token, other: Token) -> bool:
    """Singular with singular, plural with plural (where the analysis knows both)."""
    a, b = one.feature("Number"), other.feature("Number")
    return not a or not b or a == b


def _head_noun(sentence: Sentence, phrase: str) -> Token | None:
    """The last noun of a phrase as it stands in the sentence, or None."""
    last = phrase.split()[-1] if phrase.split() else ""
    return next((t for t in sentence.tokens if t.text == last and t.tag == "NN"), None)


def _nested_words(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a.endswith(b) or b.endswith(a)


# The role of the clause structure whose phrases answer a W-word (``model.ROLES``).
ROLE_OF_SKILL = {"wo": "place", "wohin": "direction", "woher": "origin", "warum": "cause", "wozu": "purpose"}
MAX_PHRASE_WORDS = 8  # a longer phrase is a clause's worth: options of that length are read, not chosen


def _same_role_phrases(answer: str, question: Question, analysis: Analysis,
                       others: list[Question] | tuple[Question, ...], printed: frozenset[int] | None) -> list[str]:
    """Other phrases of the answer's role in the printed text, in the answer's frame: the
    answers of the text's other W-questions with the same W-word ("Wohin fließt die Aare? – in
    den Rhein" beside "in den Bielersee"), then the clause structure's sure constituents of that
    role (place, direction, origin, cause, purpose). Only with the answer's preposition or
    conjunction (the same case and form: "in den Rhein / in die Reuss", "weil … / weil …", "wegen
    … / wegen …"), of similar length, without a pronoun whose referent the option would lose."""
    words = answer.split()
    if not words or len(words) > MAX_PHRASE_WORDS:
        return []
    first = words[0].lower()
    role = ROLE_OF_SKILL[_w_word(question.skill)]
    asked = _asked_names(question, analysis)
    stems = _verb_stems(question, analysis)
    found: list[tuple[str, int]] = []
    for other in others:
        if (other.type == "wh" and _w_word(other.skill) == _w_word(question.skill) and other.sentence != question.sentence
                and (printed is None or other.sentence in printed)
                and not _points_back(str(other.answer))):
            found.append((str(other.answer), other.sentence))  # not "weil er zu wenig Wasser bekommt" (the Aralsee)
    for sentence in analysis.sentences:
        if sentence.index == question.sentence or printed is not None and sentence.index not in printed:
            continue
        for clause in sentence.clauses:
            if not clause.sure or any(_has_pronoun(sentence, c.start, c.end, _REFERRING) for c in clause.role("subject")):
                continue  # "Das lag damals in Österreich-Ungarn": "das" may be the answer's place
            for constituent in clause.role(role):
                if (constituent.sure and not _has_pronoun(sentence, constituent.start, constituent.end, _REFERRING)
                        and not _nouns_adjacent(sentence, constituent.start, constituent.end)):
                    found.append((_constituent_text(sentence, constituent.start, constituent.end), sentence.index))
    result = []
    for text, index in found:
        if asked & ({t.text for t in analysis.sentences[index].tokens} | set(re.findall(r"\w+", text))):
            continue  # "nach Paris" where the text has Lindbergh fly: the one asked about was there too
        option = text.split()
        if not option or option[0].lower() != first or not _similar_length(len(option), len(words)):
            continue
        if "," in text or ";" in text:
            continue  # a phrase with an apposition or a list: one part may be the answer's
        text = words[0] + text[len(option[0]):]  # the answer's capital ("In Krakau" opening its sentence)
        if role not in ("cause", "purpose") and _phrase_shape(text) != _phrase_shape(answer):
            continue  # "in einem Museum" beside "in Paris", "in Europa von den Staaten" beside "in Europa"
        classes = {place_class(_split_frame(text)[1]), place_class(_split_frame(answer)[1])}
        if len(classes) == 2 and "" not in classes:
            continue  # "nach Paris" beside "nach Deutschland": a city among countries stands out
        core, answer_core = _split_frame(text)[1].lower(), _split_frame(answer)[1].lower()
        if not core or core in answer_core or answer_core in core:
            continue  # "in Bern" beside "in Bern, der Hauptstadt": a part of the answer is also right
        if role in ("place", "direction", "origin") and _together(core, answer_core, analysis):
            continue  # "in Österreich-Ungarn" where the text puts Zwittau there: the larger place is also right
        if _same_predicate(_split_frame(text)[1], question, analysis, stems):
            continue  # "Wo wird Bauern-Tabak angebaut? – in Deutschland" where the text has "Tabakanbau in Deutschland"
        result.append(text)
    return result


_PREPOSITIONS = frozenset((
    "am", "im", "in", "an", "auf", "aus", "nach", "von", "vom", "bei", "beim", "mit", "seit", "bis", "um", "ab", "zum",
    "zur", "für", "gegen", "über", "unter", "vor", "hinter", "neben", "zwischen", "durch", "ins", "ans", "aufs", "wegen",
    "aufgrund", "infolge", "trotz", "während", "richtung",
))


def _phrase_shape(text: str) -> tuple[bool, bool, int]:
    """What a phrase looks like: with an article or not ("die Indianer" – "Wissenschaftler", "in
    den südlichen Ländern" – "in Paris"), all names after its preposition or not ("in Zwittau"
    – "in deutschen Fabriken"), and how many prepositions it has (one place, or a place in a
    place)."""
    words = text.split()
    lower = [w.lower() for w in words]
    rest = words[1:] if lower and lower[0] in _PREPOSITIONS else words
    return (any(w in ARTICLES for w in lower[:2]), bool(rest) and all(w[:1].isupper() for w in rest),
            sum(w in _PREPOSITIONS for w in lower))


def _verb_stems(question: Question, analysis: Analysis) -> set[str]:
    """The stems of the question's full verbs ("angebaut" → "anbau", "geboren" → "gebor"), to
    find them in other forms and compounds of the text ("Tabakanbau")."""
    words = set(re.findall(r"\w+", question.prompt.lower()))
    sentence = analysis.sentences[question.sentence]
    lemmas = {t.lemma.lower() for t in sentence.tokens if t.tag.startswith("VV") and t.text.lower() in words}
    return {lemma.removesuffix("en").removesuffix("n") for lemma in lemmas if len(lemma) >= 6}


def _same_predicate(core: str, question: Question, analysis: Analysis, stems: set[str]) -> bool:
    """Does another sentence name the option with a word of the question's verb?"""
    for sentence in analysis.sentences:
        if sentence.index == question.sentence or core not in sentence.text:
            continue
        words = {t.text.lower() for t in sentence.tokens} | {t.lemma.lower() for t in sentence.tokens}
        if any(stem in word for stem in stems for word in words):
            return True
    return False


def _together(core: str, answer_core: str, analysis: Analysis) -> bool:
    """Does a sentence of the text name both places (one may lie in the other)?"""
    return any(core in text and answer_core in text for text in (s.text.lower() for s in analysis.sentences))


def _asked_names(question: Question, analysis: Analysis) -> set[str]:
    """The names the prompt asks about ("Schindler" in "Warum verdiente Schindler …?")."""
    names = {t.text for t in analysis.tokens if t.tag == "NE"}
    return {word for word in re.findall(r"\w+", question.prompt) if word in names}


def _nouns_adjacent(sentence: Sentence, start: int, end: int) -> bool:
    """Two nouns side by side ("in Deutschland Geschäfte"): the analysis took in a word of the
    clause, the phrase is no phrase."""
    tags = [t.tag for t in sentence.tokens if start <= t.i < end]
    return any(a in ("NN", "NE") and b == "NN" for a, b in itertools.pairwise(tags))


def _similar_length(option: int, answer: int) -> bool:
    """Is an option of ``option`` words close enough to an answer of ``answer`` words that its
    length gives nothing away?"""
    return option <= MAX_PHRASE_WORDS and abs(option - answer) <= max(2, answer // 2)


def _constituent_text(sentence: Sentence, start: int, end: int) -> str:
    from .realise import render

    return render(sentence, start, end)


def _has_pronoun(sentence: Sentence, start: int, end: int, tags: tuple[str, ...] = ("PPER", "PDS")) -> bool:
    return any(t.tag in tags for t in sentence.tokens if start <= t.i < end)


# Words that point back to something the option would lose: "in diesem Gebiet", "in seiner Heimat".
_REFERRING = ("PPER", "PDS", "PDAT", "PPOSAT", "PRF", "PRELS")


def _points_back(answer: str) -> bool:
    """Does another question's answer, which comes without its tags, hold a word that points back
    (a referring pronoun or a possessive: "weil er zu wenig Wasser bekommt")?"""
    return any(word in REFERRING_PRONOUNS or any(word.startswith(stem) and word[len(stem):] in POSSESSIVE_ENDINGS
                                                 for stem in POSSESSIVE_STEMS)
               for word in answer.lower().split())


def _w_word(skill: str) -> str:
    """The W-word of a skill ("wohin-muendet" → "wohin")."""
    return skill.split("-")[0]


# --- never also true ------------------------------------------------------------------------


def _acceptable(option: str, answer: str, question: Question, analysis: Analysis, facts: tuple[Fact, ...]) -> bool:
    """A wrong option that is really wrong: not the answer in another form, not in the evidence,
    not said by the text in answer to the same question."""
    if not option or option.lower() == answer.lower() or option.lower() in (a.lower() for a in question.accepted):
        return False
    _, core = _split_frame(option)
    _, answer_core = _split_frame(answer)
    if core.lower() in question.prompt.lower() or core in question.evidence:
        return False
    if not _plausible(option, answer):
        return False
    entity = _entity(answer_core, facts)
    if entity is not None and (core in entity.aliases or core == entity.value):
        return False
    if load_thesaurus().are_synonyms(core, answer_core):
        return False
    return not _text_also_says(core, question, analysis)


MAX_YEAR_DISTANCE = 40


def _plausible(option: str, answer: str) -> bool:
    """A wrong option a reader could believe: no word doubled that the answer has once
    ("Mai und Juni" → not "Juni und Juni"), and a year of the same era as the answer's
    (a footballer born in 1989 is not offered 1264)."""
    words = [w.lower() for w in re.findall(r"\w+", option)]
    doubled = {w for w in words if words.count(w) > 1 and len(w) > 3}
    answer_words = [w.lower() for w in re.findall(r"\w+", answer)]
    if any(answer_words.count(w) < 2 for w in doubled):
        return False
    years = [int(y) for y in _YEAR_IN.findall(answer)]
    other = [int(y) for y in re.findall(r"\b(\d{3,4})\b", option)]
    return not (years and other and not 0 < abs(other[0] - years[0]) <= MAX_YEAR_DISTANCE)


def _text_also_says(core: str, question: Question, analysis: Analysis) -> bool:
    """Does another sentence name the option together with the question's verb and another of
    its content words (so that the option may also be right)?"""
    prompt_lemmas = _content_lemmas(analysis.sentences[question.sentence], question.prompt)
    if not prompt_lemmas:
        return False
    for sentence in analysis.sentences:
        if sentence.index == question.sentence or core not in sentence.text:
            continue
        lemmas = {t.lemma.lower() for t in sentence.tokens}
        if len(prompt_lemmas & lemmas) >= 2:
            return True
    return False


def _content_lemmas(sentence: Sentence, prompt: str) -> set[str]:
    words = set(re.findall(r"\w+", prompt.lower()))
    return {t.lemma.lower() for t in sentence.tokens if _content(t) and t.text.lower() in words}


def _content(token: Token) -> bool:
    return token.tag.startswith(("NN", "NE", "VV", "ADJ"))
