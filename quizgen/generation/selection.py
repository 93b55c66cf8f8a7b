"""Choosing a worksheet's questions from the candidates of every generator, as a teacher would.

The generators propose every question the text allows; this module sets the test:
- comprehension first: at least ``MIN_COMPREHENSION`` of the questions test understanding of the
  content (W-questions, content multiple choice, richtig/falsch, the global task, the order of
  events); "Welches Wort passt?" items, the gap text and word matching make the vocabulary part;
- an article of ``MANY_WORDS`` words or more gets at least ``MIN_WH`` W-questions when it has them;
- what matters in the text first: the lead paragraph, each paragraph's opening sentence, entities
  the text returns to, numbers and dates, causes and purposes, the conclusion at the end;
- spread over the whole text, the W-words varied, a sentence used by at most two detail items that
  ask different things, and no item whose wording gives away the answer of another; where two
  candidates would give each other away, the stronger first: what someone did over the time or
  place that frames it (``_scene_frames``), what the person a text follows did over the lookup of
  his name (``_protagonist_lookups``);
- on a long text (``LONG_TEXT`` words or more), main points only: a detail item that names neither
  the topic (a title word, inflected or in a compound) nor a noun the text returns to, asks no
  cause or purpose and is not from the lead, is left out even if its place stays empty. An
  encyclopedia article names hundreds of things once ("Wo entspringt die Schüss?" about a brook
  of the Aare, "Wie hoch ist die durchschnittliche Jahresniederschlagsmenge?" in Eisenstadt);
  round-11 readers judged such items "marginal detail, tests string matching" and wanted the
  section's point asked instead; nor anything from a section on a side topic (the media,
  records, trivia: ``SIDE_TOPIC``). Nor, while the rest covers ``ENOUGH_SENTENCES`` sentences, a
  paragraph's aside (``aside``): an item from its third sentence or later whose question names
  no title word and asks no cause ("Was wird in der Pegelstation bei Murgenthal gemessen?" near
  the end of a paragraph on how the Aare is regulated). A short text has no such surplus: every
  fact of a paragraph is one its reader should know, so nothing is left out there.
- a step of a procedure asked for the thing handled ("Was pflanzt man in Reihen auf einen Acker?",
  ``step``) ranks low and leaves a sheet of MANY_WORDS words or more while MIN_WH W-questions
  stay without it; on a long text a date is a main point only where it dates an event of the topic
  outside a section told by its years (``side_date``);
- a long text's sheet keeps a budget of comprehension items that grows slowly with its length
  (``comprehension_budget``: 8 to 12, as a teacher gives); over it, the bare date and figure
  lookups and the questions anchored on a year go first ("Wie viele erfasste Pflanzenarten kommen
  auf den Galapagosinseln heute vor? – 697"), then the least central (``centrality``: the lead, a
  paragraph's opening, a cause or a contrast, the topic and the nouns the text returns to, against
  a sentence printed alone between "[…]").
- on a long text, a chosen detail with no mark of a main point that is no lookup
  (``peripheral``: "Als was gilt die Kommunizierbarkeit?") leaves the sheet while MIN_WH
  W-questions stay.
- on an article, a date or figure asked of what the text never returns to (``bare_lookup``:
  "Wann zerstörte ein Erdbeben Sofia?") ranks low and counts as a marginal detail;
- no richtig/falsch statement and no "Welches Wort passt?" item prints the answer of a chosen
  W-question or content choice (``_prints_answer``: "Die Aare verursacht heute viele
  Überschwemmungen." beside "Was änderte sich …? – fast keine Überschwemmungen mehr"); the
  question stays, the statement goes.
Everything here is deterministic: ties are broken by text order.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..extraction.compounds import split_compound
from ..extraction.facts import MONTHS
from ..extraction.frequency import zipf_frequency
from ..model import FALSE, GAP, GAP_SOLUTIONS, NOT_IN_TEXT, Analysis, Question, Sentence, Token
from .suitability import unsuitable_sentences
from .wh_kinds import HOLDING_PREPOSITIONS
from .worth import (
    SHORT_STEM,
    TIME_SKILLS,
    asked_subject,
    copied_subject,
    found_as,
    matched_share,
    not_worth_asking,
    opening_subject,
    process_step,
    same_word,
    searchable_words,
)

MIN_ALONE = 3  # fewer comprehension questions than this keep one vocabulary task beside them
MIN_COMPREHENSION = 0.6
MANY_WORDS = 250
MIN_WH = 4
# From this length on a text names far more things than a sheet can ask (the judged encyclopedia
# articles have 860 to 4,300 words; a children's encyclopedia article or a news item 200 to 750
# words), so the sheet keeps to its central items (``central``).
LONG_TEXT = 800
# A teacher gives a long text 8 to 12 questions and asks what a reader must have understood; the
# sheets of round 14 gave Galapagosinseln (Wikipedia, 2,800 words) and Tabak (4,300) 14
# comprehension items each, of which readers judged 9 and 8 bad ("marginal detail, string
# matching"). A long text's sheet keeps BUDGET comprehension items at LONG_TEXT words and one more
# each time the text doubles in length, at most MAX_BUDGET (``comprehension_budget``); the least
# central go (``centrality``).
BUDGET = 8
MAX_BUDGET = 12
# Adverbs that open a sentence with a cause, a consequence or a contrast to what comes before, a
# closed class: such a sentence carries the text's reasoning ("Demgegenüber argumentiert die
# Organisation Unfairtobacco, dass …" answers the paragraph before it, though it stands alone).
CONNECTIVES = frozenset({
    "deshalb", "daher", "deswegen", "darum", "folglich", "somit", "demnach", "infolgedessen", "dadurch",
    "demgegenüber", "dagegen", "hingegen", "jedoch", "trotzdem", "dennoch", "allerdings", "stattdessen",
})
# Headings of a section on a side topic, a closed class of an encyclopedia's sections: the
# subject in the media, its records, trivia and miscellany ("Präsenz in den Medien" → "Mit welcher
# Sängerin wurde im Jahr 2015 … eine Aktion … gestartet?", "Weltrekorde" → "Wann wurde … das
# längste Medley klassischer Musik … gespielt?"). Of the judged items of the long texts from such
# sections, 6 of 7 were bad and none good (mean 0.09, the others 0.51). Matched as a word or a
# compound's part. Not "Rezeption": how a painter's or a pilot's work was received is a main point.
SIDE_TOPIC = re.compile(
    r"(?:medien|rekord|trivia|sonstiges|kurios|popkultur|populärkultur|verschiedenes|wissenswert|anekdote)",
    re.IGNORECASE,
)
COMPOUND_PART = 4  # letters of a title word that make it the head or the first part of a compound
# Nouns of the calendar and the compass: a text returns to them because it dates and places its
# facts, not because it is about years or the north ("Wann wurde … im Jahr 2021 gespielt?",
# "Wo mündet die Giesse …? – im Norden des Belpmooses"). A closed class, so listed in full.
FRAME_NOUNS = frozenset({
    "jahr", "jahre", "jahren", "jahres", "jahrs", "jahrhundert", "jahrhunderts", "jahrhunderte", "jahrhunderten",
    "jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrtausend", "jahrtausende", "jahrtausenden", "monat", "monate",
    "monaten", "woche", "wochen", "tag", "tage", "tagen", "tages", "stunde", "stunden", "zeit", "zeiten",
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "frühjahr", "frühling", "sommer", "herbst", "winter", "anfang", "ende", "mitte",
    "norden", "süden", "osten", "westen", "nordosten", "nordwesten", "südosten", "südwesten",
})
# Shares of the detail questions (after the single-item tasks) per type.
DETAIL_SHARES = {"wh": 0.45, "true_false": 0.3, "multiple_choice": 0.25}
SINGLE_ITEM = ("global", "ordering", "gap_fill", "matching")
# Two detail items may come from one sentence when they ask different things and neither gives
# the other's answer away ("Wer …?" and "Wann …?" about different parts of it).
PER_SENTENCE = 2
# A text that offers fewer candidates than the sheet has places (a short paragraph, a biography's
# opening sentence with birth, death and profession) may ask a third different thing of a
# sentence: a W-question or content choice, never beside a statement about that sentence (a
# statement asks about all of it). People's questions about such paragraphs ask exactly that
# ("Wann wurde Antonio Sant'Elia geboren?" beside "Wo und wann starb er?").
PER_SENTENCE_SPARSE = 3
# A statement that replaces a figure, a name or who did what has its sentence to itself: a
# question about the sentence would ask for the replaced part (round-9 readers found "1847
# besuchte Darwin die Galapagosinseln" beside "Wann besuchte Darwin …? – 1835 / 1847" twice).
# On a sparse text the question keeps the sentence (it has few to lose), elsewhere whichever
# item the sheet takes first.
REPLACING_CHANGES = frozenset({"statement-number", "statement-entity", "statement-swap"})
MIN_GAPS = 3  # a gap text with fewer gaps is no task
GAP_PATTERN = re.compile(re.escape(GAP).replace(re.escape("{n}"), r"(\d+)"))  # a gap's number in its prompt
MAX_PUSHED = 1  # detail items the gap text may push out of the sheet
# An article of MANY_WORDS or more says one thing per paragraph, and a teacher asks each
# paragraph's point before a second detail of one paragraph: round-15 readers' key questions were
# one per paragraph or section ("Was wurde bei der ersten Juragewässerkorrektion gemacht und
# warum?", "Wie nutzen die Menschen die Aare heute?"), while the sheets asked two or three details
# of one paragraph and none of others ("the sheets leave out whole sections"). Each item already
# chosen from a paragraph puts its other candidates PARAGRAPH_REPEAT lower (the equal regions of
# ``_choose_details`` cut across paragraphs of unequal length). A shorter text (a news item, an
# MLQA paragraph) is often one paragraph, where this changes nothing.
PARAGRAPH_REPEAT = 0.5
# W-words that ask for causes, purposes and consequences: what a reader must have understood.
# The topic and the nouns the text returns to (in RECURRING sentences or more) mark the main
# points; an item on a noun named once is a detail (readers: "peripheral, tests scanning").
TOPIC_BONUS = 0.3
RECURRING = 3
RECURRING_BONUS = 0.2
# A long text's paragraph states its point in its first sentences and adds asides after them
# ("In der Pegelstation bei Murgenthal wird der … Wasserstand der Aare gemessen", the fifth
# sentence of a paragraph on how the Aare is regulated): from the SUPPORTING-th sentence on
# (counted from 0), an item is an aside (``aside``). A long text's sheet leaves them out while
# its other items cover ENOUGH_SENTENCES sentences (eight comprehension items or so), and ranks
# those it needs ASIDE_PENALTY lower. The asides that came back to fill ten (round 13: "Was nimmt
# die Giesse auf?", "Wer wird oft zusätzlich zur Sie-Form mit anyuka und apuka angesprochen?",
# "Wer setzte das fehlende Gleisstück …?") were judged bad in every round but one of their 20
# verdicts: a long sheet is better two items shorter than padded with a paragraph's asides.
SUPPORTING = 2
ENOUGH_SENTENCES = 8
ASIDE_PENALTY = 0.4
DATE_PENALTY = 0.3
# A step of a procedure asked for the thing handled ("Was pflanzt man in Reihen auf einen Acker?",
# ``worth.process_step``) ranks STEP_PENALTY lower, below a paragraph's aside: of its judged
# verdicts 35 were bad and 12 good.
STEP_PENALTY = 0.6
# An inverted copy (``copied``) ranks COPY_PENALTY lower on a text of any length: readers judged
# it bad or to be edited nearly always, but a sheet may need it. Dropped from the pools of a text
# of MANY_WORDS or more (as the steps are), it left Tabak (Klexikon, 750 words) one comprehension
# item short ("Was dringt durch die Haut in den Körper ein? – das Nikotin" had no replacement).
COPY_PENALTY = 0.6
# Sentences of a section that name a year from which on the section is told by its years
# (``chronicle_sections``).
CHRONICLE_SECTION = 10
# When: of the date questions judged in rounds 8 and 9, readers found 13 of 20 bad ("a second
# pure date lift about the same album", "tests only scanning for a date"): a sheet asks at most
# MAX_DATES of them, each after the first at TIME_REPEAT less, whatever the W-word (wann, in
# welchem Jahr, seit wann, bis wann).
MAX_DATES = 2
# A short text (SHORT_PARAGRAPHS paragraphs or fewer, under MANY_WORDS words) is mostly one
# event told by its dates, and its few items are the facts people ask ("Wann wurde die
# Strafkolonie gegründet? – 1824"): there a third date, still TIME_REPEAT less each, is better
# than no third item.
SHORT_MAX_DATES = 3
SHORT_PARAGRAPHS = 2
TIME_REPEAT = 0.5
# A question whose prompt carries two figures or more (years aside) copies a statistic or a
# directory entry ("Wann beschäftigten die 1.089 Unternehmen per Stichtag 13.581 Mitarbeiter?",
# "… das Pflegezentrum mit 75 Wohneinheiten und 18 Pflegeplätzen?"): round-8 readers judged
# every one bad, a peripheral detail answered by matching.
# Counted are figures that count a noun ("75 Wohneinheiten"); not years, ordinals ("19.
# Jahrhundert") or numbers in a name ("Boeing 737-500", "Resolution 47/133").
FIGURE = re.compile(r"\d[\d.,]*")
YEAR = re.compile(r"(1\d|20)\d\d")


def _directory_entry(question: Question) -> bool:
    if question.type not in ("wh", "multiple_choice"):
        return False
    words = question.prompt.rstrip("?").split()
    counts = [
        word for word, after in zip(words, [*words[1:], ""], strict=True)
        if FIGURE.fullmatch(word) and not word.endswith((".", ",")) and not YEAR.fullmatch(word) and after[:1].isupper()
    ]
    return len(counts) >= 2
OPEN_BONUS = 1.0  # the text's own question (a heading the section answers): what readers most wanted asked
DEEP_SKILLS = {"warum", "wozu", "wie", "was-tat", "was-sagte", "wofür", "wogegen", "worüber", "welche-folgen", "wie-reagierte",
               "unterschied", "veränderung", "in-wahrheit", "was-ziel", "was-bedeutet", "vermutung", "wie-erklaeren"}


# A statement that names a year asks, as a "Wann" does, for a date: "1847 besuchte Charles Darwin
# die Galapagosinseln" (falsch) or a dated event copied as "richtig"; of 37 such statements
# judged, 3 were good and 17 bad ("a digit swap tests number matching"). They count among the
# sheet's MAX_DATES date items.
YEAR_IN_TEXT = re.compile(r"\b(1\d|20)\d\d\b")


def _dated(question: Question) -> bool:
    if question.skill in TIME_SKILLS or year_cued(question):
        return True
    return question.type == "true_false" and bool(YEAR_IN_TEXT.search(question.prompt))


# W-questions that ask what befell or what someone did and name nothing of the event itself:
# "Was geschah 1809 mit Eisenstadt? – wurde … von französischen Truppen besetzt".
EVENT_SKILLS = frozenset({"was-geschah-mit", "was-tat"})


def year_cued(question: Question) -> bool:
    """Does an event question name a year as all it says of the event ("Was geschah 1809 mit
    Eisenstadt?", "Was geschah 1897 mit Eisenstadt?")? The year is the reader's only cue to the
    sentence, as in a "Wann" the date is the answer: round-21 readers judged both items of
    Eisenstadt (Wikipedia) bad, "a date-scanning detail". It counts as a date item
    (``_dated``), and in a section told by its years it is one entry of the list (``side_date``),
    unlike "Wann erhielt Eisenstadt das Marktrecht?", which names the event the reader must find."""
    return question.skill in EVENT_SKILLS and anchored(question)


def max_dates(analysis: Analysis) -> int:
    """How many date items the sheet asks at most (see MAX_DATES, SHORT_MAX_DATES)."""
    paragraphs = {s.paragraph for s in analysis.sentences if not s.is_heading}
    short = len(paragraphs) <= SHORT_PARAGRAPHS and analysis.word_count < MANY_WORDS
    return SHORT_MAX_DATES if short else MAX_DATES


def is_comprehension(question: Question) -> bool:
    """Does the item test understanding of the content (not vocabulary)?"""
    if question.focus != "content":
        return False
    if question.type == "matching":
        return question.skill == "global"
    return question.type in ("wh", "multiple_choice", "true_false", "ordering")


@dataclass(frozen=True, slots=True)
class _Salience:
    """What makes a sentence worth asking about, computed once per article."""

    lead: frozenset[int]  # sentences of the first paragraph with text
    last: frozenset[int]  # sentences of the last paragraph
    repeated: dict[int, int]  # sentence → mentions of entities the text names more than once
    numbers: frozenset[int]  # sentences with a number or a date
    openings: frozenset[int]  # each paragraph's first sentence: where a paragraph says what it is about
    topic: frozenset[str]  # the title's words, lower case: what the whole text is about
    recurring: frozenset[str]  # nouns (forms and lemmas, lower case) of at least RECURRING sentences
    asides: frozenset[int]  # on a long text, sentences after the first SUPPORTING of their paragraph
    sidelines: frozenset[int]  # sentences of a section on a side topic (``SIDE_TOPIC``)
    alone: frozenset[int]  # sentences that make a paragraph on their own and open with no connective
    linked: frozenset[int]  # sentences that open with a connective of cause, consequence or contrast
    additions: frozenset[int]  # on a long text, sentences that add a fact with an additive adverb (``addition``)
    long_text: bool  # LONG_TEXT words or more: the sheet keeps to the main points (``central``)
    many_words: bool  # MANY_WORDS words or more: an article, not one paragraph (``copy_detail``)
    chronicle: frozenset[int]  # on a long text, sentences of a section told by its years (``chronicle_sections``)
    sentences: tuple[Sentence, ...]  # the article's sentences, for the rules that read a clause (``step``)
    forms: dict[str, dict[str, frozenset[int]]]  # the body's word forms and their sentences (``_forms``)


def sideline_sentences(analysis: Analysis) -> frozenset[int]:
    """The sentences of the sections whose heading names a side topic (``SIDE_TOPIC``): what the
    media, records or curiosities section of an article says ("Präsenz in den Medien",
    "Weltrekorde" in Miniatur Wunderland)."""
    side, found = False, set()
    for sentence in analysis.sentences:
        if sentence.is_heading:
            side = bool(SIDE_TOPIC.search(sentence.text))
        elif side:
            found.add(sentence.index)
    return frozenset(found)


def chronicle_sections(analysis: Analysis) -> frozenset[int]:
    """The sentences of the sections told by their years: CHRONICLE_SECTION sentences or more of
    the section (from one heading to the next, or the whole text without headings) name a year.
    The history section of Eisenstadt (Wikipedia) dates 21 of its 46 sentences, that of the
    Galapagosinseln 13 of 17; a date there is one entry of a list of years ("Wann kam Eisenstadt
    in den Besitz der ungarischen Adelsfamilie Kanizsai? – 1373", "Wann besuchte Charles Darwin
    die Galapagosinseln? – 1835": round 17, "a marginal date tested by number matching"), not
    the event the text is about. The dated sections of the other judged texts name at most nine
    (Ungarische Sprache's history seven: "Wann wanderten viele Ungarn aus? – 1956", good)."""
    sections: list[list[Sentence]] = [[]]
    for sentence in analysis.sentences:
        if sentence.is_heading:
            sections.append([])
        else:
            sections[-1].append(sentence)
    return frozenset(
        s.index for section in sections
        if sum(bool(YEAR_IN_TEXT.search(s.text)) for s in section) >= CHRONICLE_SECTION for s in section
    )


def step(question: Question, salience: _Salience) -> bool:
    """Is the item a step of a procedure asked for the thing handled (``worth.process_step``)?"""
    return question.sentence < len(salience.sentences) and process_step(question, salience.sentences[question.sentence])


def _salience(analysis: Analysis) -> _Salience:
    body = [s for s in analysis.sentences if not s.is_heading]
    paragraphs = [s.paragraph for s in body]
    first = paragraphs[0] if paragraphs else -1
    last = paragraphs[-1] if paragraphs else -1
    names = Counter(entity.text for entity in analysis.entities)
    repeated: Counter[int] = Counter()
    for entity in analysis.entities:
        if names[entity.text] > 1:
            repeated[entity.sentence] += 1
    numbers = frozenset(
        s.index for s in body if any(token.tag == "CARD" or token.pos == "NUM" for token in s.tokens)
    )
    openings = frozenset(s.index for k, s in enumerate(body) if k == 0 or body[k - 1].paragraph != s.paragraph)
    recurring = recurring_nouns(body)
    position: dict[int, int] = {}  # sentence → its place in its paragraph, 0 for the opening
    for k, s in enumerate(body):
        position[s.index] = 0 if s.index in openings else position[body[k - 1].index] + 1
    sizes = Counter(paragraphs)
    linked = frozenset(s.index for s in body if s.tokens and s.tokens[0].text.lower() in CONNECTIVES)
    return _Salience(
        long_text=analysis.word_count >= LONG_TEXT,
        many_words=analysis.word_count >= MANY_WORDS,
        chronicle=chronicle_sections(analysis) if analysis.word_count >= LONG_TEXT else frozenset(),
        sentences=analysis.sentences,
        alone=frozenset(s.index for s in body if sizes[s.paragraph] == 1) - linked,
        linked=linked,
        additions=frozenset(s.index for s in body if any(_additive(t) for t in s.tokens))
        if analysis.word_count >= LONG_TEXT else frozenset(),
        sidelines=sideline_sentences(analysis),
        asides=frozenset(i for i, k in position.items() if k >= SUPPORTING) if analysis.word_count >= LONG_TEXT else frozenset(),
        topic=frozenset(w for w in re.findall(r"\w+", analysis.article.title.lower()) if len(w) > 2),
        recurring=frozenset(recurring),
        openings=openings,
        lead=frozenset(s.index for s in body if s.paragraph == first),
        last=frozenset(s.index for s in body if s.paragraph == last and last != first),
        repeated=dict(repeated),
        numbers=numbers,
        forms=_forms(body),
    )


def names_topic(question: Question, topic: frozenset[str]) -> bool:
    """Does the item name what the whole text is about: a word of its title, inflected ("im
    Ungarischen" under "Ungarische Sprache"), as a part of a hyphenated compound
    ("Galapagos-Inseln") or as the first part or head of a compound ("die Subventionierung des
    Tabakanbaus" under "Tabak": a question on growing tobacco is one on the topic), umlauts
    folded ("den jüdischen Eisenstädtern" under "Eisenstadt")?"""
    words = {part for word in re.findall(r"\w+(?:-\w+)*", _item_text(question)) for part in word.split("-") if len(part) > 2}
    return any(
        same_word(word, title) or len(title) >= COMPOUND_PART and (
            word.lower().translate(UMLAUTS).startswith(title.translate(UMLAUTS))
            or word.lower().translate(UMLAUTS).endswith(title.translate(UMLAUTS)))
        for word in words for title in topic
    )


def _item_text(question: Question) -> str:
    """The prompt of an item and its answer when that is one text."""
    return f"{question.prompt} {question.answer if isinstance(question.answer, str) else ''}"


def central(question: Question, salience: _Salience) -> bool:
    """Does the item ask a main point of the text: it comes from the lead, asks a cause, purpose
    or consequence (``DEEP_SKILLS``), names the topic, or names a noun the text returns to in
    RECURRING sentences or more ("Worauf musste das Haus Esterhazy verzichten?" in Eisenstadt,
    whose history keeps to the Esterhazy family)? The recurring noun counts in the question, not
    in the answer: "Was bildet der Ampfer? – eine … unauffällige Blütenhülle" asks about a plant the
    Blüte article names once as an example, though its answer names what the text is about (of
    the judged items of the long texts this moves aside, 5 of 11 were bad and none good). Of the verdicts readers gave (rounds 3 to 11) on
    items of the judged texts of 1,000 words or more, one in ten on an item that names the topic
    was bad, three in ten on the others. Never an item from a section on a side topic
    (``SIDE_TOPIC``), whatever it names: "Wann wurde im Miniaturwunderland das längste Medley
    klassischer Musik … gespielt?" names the topic, but under "Weltrekorde" it is trivia. Nor a
    bare date or figure asked of a paragraph's aside (``aside``, ``scanned``) whose question names
    no title word: "Seit wann bieten verschiedene Schweizer Detailhändler Insekten-Burger an? –
    seit dem August 2017", the last sentence of a paragraph of Hamburger (Wikipedia), names the
    recurring "Burger" but is a side sentence's date (round 15: "trivial date detail in a side
    sentence; tests only scanning"). Of the judged items of this kind on the long texts, two were
    bad and one needed an edit; those that name the topic (two good, three bad or edit) stay."""
    if question.sentence in salience.sidelines or pinned(question) and question.skill not in DEEP_SKILLS:
        return False
    if aside(question, salience) and scanned(question):
        return False  # a date or figure in a paragraph's aside: a recurring noun does not make it a main point
    if (step(question, salience) or side_date(question, salience) or sentence_topic(question, salience)
            or addition(question, salience)):
        return False  # a procedure's step, an entry of a list of years, a sentence's own topic, an addition: details
    words = set(re.findall(r"\w+", question.prompt.lower()))
    return (question.sentence in salience.lead or question.skill in DEEP_SKILLS or names_topic(question, salience.topic)
            or bool(words & salience.recurring - FRAME_NOUNS))


def comprehension_budget(word_count: int) -> int | None:
    """How many comprehension items a text's sheet keeps: BUDGET on a text of LONG_TEXT words,
    one more per doubling of its length, at most MAX_BUDGET; None (no limit but the sheet's size)
    on a shorter text, where every fact of a paragraph is one its reader should know."""
    if word_count < LONG_TEXT:
        return None
    return min(MAX_BUDGET, BUDGET + round(math.log2(word_count / LONG_TEXT)))


def lookup(question: Question) -> bool:
    """Does the item ask for a bare date or figure ("Wie viele erfasste Pflanzenarten kommen auf
    den Galapagosinseln heute vor? – 697", "In welchem Jahr nahm die Rote Armee Eisenstadt ein? –
    1945"): a question a reader answers by scanning for digits?"""
    if _dated(question):
        return True
    if question.type not in ("wh", "multiple_choice") or not isinstance(question.answer, str):
        return False
    return bool(FIGURE.search(question.answer)) and len(question.answer.split()) <= SHORT_ANSWER


# A day of the calendar written out ("am 12. Februar 1832", "am 4. Dezember 1971").
EXACT_DATE = re.compile(rf"\b\d{{1,2}}\.\s*(?:{'|'.join(MONTHS)})\s+(?:1\d|20)\d\d\b")


def pinned(question: Question) -> bool:
    """Does the question name an exact day as the anchor the reader looks up ("Wer nahm am 12.
    Februar 1832 die Galapagosinseln für Ecuador in Besitz? – General Jose de Villamil", "Was
    eröffnete am 4. Dezember 1971 in der Martin-Luther-Straße in München …?")? On a long text the
    reader finds the sentence by its digits and copies the rest: round-14 readers, "name lookup
    triggered by an exact date; students only have to match the date". The judged questions of
    the long texts that name such a day got 6 bad, 2 edit and 3 good verdicts over the rounds
    (the latest, round 14, bad). A short text's item on the day of
    its one event stays ("Was wurde am 20. November 2014 gefilmt? – das Musikvideo" on a
    single's release, judged good): there the day is the story, not an index into a chronicle.
    The same holds for a time question whose answer is such a day ("Wann nahm General Jose de
    Villamil die Galapagosinseln für Ecuador in Besitz? – am 12. Februar 1832", round 15:
    "exact-date lookup; what changed, the first permanent settlement, is not tested")."""
    if question.type not in ("wh", "multiple_choice"):
        return False
    answer = question.answer if question.skill in TIME_SKILLS and isinstance(question.answer, str) else ""
    return bool(EXACT_DATE.search(question.prompt) or EXACT_DATE.search(answer))


def anchored(question: Question) -> bool:
    """Does the question name a year, which the reader then looks up instead of the fact ("Wer
    nahm am 12. Februar 1832 die Galapagosinseln für Ecuador in Besitz?", "Wo führten die Spanier
    den Tabak 1518 ein?": round-14 readers, "the date is a string anchor")?"""
    return question.type in ("wh", "multiple_choice") and bool(YEAR_IN_TEXT.search(question.prompt))


def centrality(question: Question, salience: _Salience) -> int:
    """How central a detail item is on a long text, by its marks: one for each of the lead, the
    opening of a paragraph of several sentences (where the paragraph says what it is about), a
    cause, purpose or consequence asked (``DEEP_SKILLS``), the topic named in the question and a
    noun the text returns to named in it (what other sentences talk about); one off for a bare
    date or figure asked (``lookup``), a year named as the question's anchor (``anchored``) and a
    sentence that makes a paragraph alone (the sheet prints it between "[…]": "Wo lag das heutige
    Eisenstadt unter den Römern?", round 14: "isolated sentence, marginal fact"). In Eisenstadt
    (Wikipedia) "Wozu wurde eine … Apostolische Administratur in Eisenstadt errichtet?" (good) has
    three, "Wie hoch war die Zahl der Juden 1836? – 906 Personen" (bad) minus one."""
    words = set(re.findall(r"\w+", question.prompt.lower()))
    return standing(question, salience) + bool(words & salience.recurring - salience.topic - FRAME_NOUNS)


def standing(question: Question, salience: _Salience) -> int:
    """The ``centrality`` of an item without its mark for a noun the text returns to: the marks
    of the place and kind of what it asks (the lead, a paragraph's opening, a cause, purpose or
    consequence, the topic) less its faults. A recurring noun alone says little: over all rounds
    the judged candidates of the articles whose only mark it was drew 37 bad and 31 good
    verdicts in 100, as many as those with no mark at all ("Was durchwächst der Pollenschlauch?
    – den Griffel", "Was baute die Adelsfamilie Kanizsai innerhalb der Mauern?")."""
    marks = [
        question.sentence in salience.lead,
        question.sentence in salience.openings and question.sentence not in salience.alone,
        question.skill in DEEP_SKILLS or question.sentence in salience.linked,
        names_topic(replace(question, answer=""), salience.topic),
    ]
    faults = [lookup(question), anchored(question), question.sentence in salience.alone, step(question, salience),
              side_date(question, salience), sentence_topic(question, salience), addition(question, salience)]
    return sum(marks) - sum(faults)


def scanned(question: Question) -> bool:
    """Is the item a bare date or figure lookup or anchored on a year (``lookup``, ``anchored``),
    answered by scanning for digits? Such items leave a long sheet before all others: of the
    round-14 items of this kind on the three longest sheets (Galapagosinseln, Tabak and
    Eisenstadt from Wikipedia), readers judged 10 of 13 bad and 2 good. A sentence printed
    alone only ranks lower (``centrality``): "Im 19. Jahrhundert wurden die Inseln nach den dort
    vorkommenden Riesenschildkröten in Islas Galapagos umbenannt" is a paragraph of its own, and
    readers found the question on it good."""
    return lookup(question) or anchored(question)


def _within_budget(
    chosen: list[Question], fixed: list[Question], salience: _Salience, word_count: int
) -> list[Question]:
    """The chosen detail items without the least central comprehension items (the ``scanned``
    first, then by ``centrality``, then ``_importance``, the later in the text on a tie) while the
    sheet has more than its ``comprehension_budget``; the W-questions keep MIN_WH, the single-item
    tasks stay."""
    budget = comprehension_budget(word_count)
    if budget is None:
        return chosen
    kept = list(chosen)
    while sum(map(is_comprehension, (*fixed, *kept))) > budget:
        wh = _firm_wh(kept, salience)
        droppable = [q for q in kept if is_comprehension(q)
                     and (q.type != "wh" or wh > MIN_WH or marginal_detail(q, salience))]
        if not droppable:
            break
        weakest = min(droppable, key=lambda q: (not scanned(q), centrality(q, salience),
                                               _importance(q, salience), -q.sentence))
        kept.remove(weakest)
    return kept


def peripheral(question: Question, salience: _Salience) -> bool:
    """Is the item, on a long text, a detail with no mark of a main point (``centrality`` 0 or
    less) that is no date or figure lookup: "Was erfolgt durch eine Vielzahl von interagierenden
    Regulator-Genen? – die eigentliche Blütenbildung", "Woraus besteht Wasserpfeifentabak?", "Als
    was gilt die Kommunizierbarkeit?", "Wo lag das heutige Eisenstadt unter den Römern?" (a
    paragraph of one sentence). It passed ``central`` through its answer alone, which names the
    topic, while its question names nothing the text is about. Round-19 readers judged every such
    item of the ten long sheets bad ("marginal detail, tests string matching"); over all rounds
    these questions got 26 bad and 13 good verdicts. A lookup is ``scanned`` and goes first when a
    sheet is over its budget; readers judged this round's lookups of centrality 0 good, edit or
    bad alike, so they stay."""
    return salience.long_text and not scanned(question) and centrality(question, salience) <= 0


def _without_peripheral(chosen: list[Question], salience: _Salience) -> list[Question]:
    """The chosen detail items without the ``peripheral`` ones, the weakest first (by
    ``_importance``, the later in the text on a tie), while the W-questions keep MIN_WH: a long
    sheet is better an item shorter than padded with a detail its reader finds marginal."""
    kept = list(chosen)
    for question in sorted((q for q in chosen if is_comprehension(q) and peripheral(q, salience)),
                           key=lambda q: (_importance(q, salience), -q.sentence)):
        if question.type == "wh" and sum(q.type == "wh" for q in kept) <= MIN_WH:
            continue
        kept.remove(question)
    return kept


# A detail item on an article with no mark of a main point ranks this much lower (``_importance``).
OFF_CENTRE_PENALTY = 1.0


def returns(question: Question, salience: _Salience) -> bool:
    """Does the text come back to what the item is about: a noun or name of its question (its
    searchable words, ``worth.searchable_words``) or of its answer, the title's words aside,
    stands in another body sentence, inflected or not? "Wem gehörte der Mittwoch? – dem Obergott
    Wotan" names a day and a god that Woche (Klexikon) names nowhere else; "Was bauten die Minoer?
    – große Paläste" names a people the Kreta text keeps to."""
    if question.sentence >= len(salience.sentences):
        return True
    words = [w for w in searchable_words(question.prompt, salience.topic) if w[:1].isupper()]
    if isinstance(question.answer, str):
        words += [w for w in re.findall(r"[^\W\d_][\w\-]*", question.answer) if w[:1].isupper()]
    nouns = [w for w in words if len(w) > 2 and not any(same_word(w, title) for title in salience.topic)]
    return any(_elsewhere(word, question.sentence, salience) for word in nouns)


def off_centre(question: Question, salience: _Salience) -> bool:
    """Is the item, on an article (``_article``), a W-question or choice outside the lead with no
    mark of a main point beyond a recurring noun (``standing`` 0 or less: no paragraph opening,
    no cause or purpose, no title word, or a date, a figure or a year as its anchor against
    them)? Over all rounds the verdicts on the judged articles' candidates of this kind were bad
    30 times in 100 and good 34, those on their other W-questions and choices bad 12 and good 42.
    Such an item ranks OFF_CENTRE_PENALTY lower, so that of two siblings the central one is
    asked."""
    if not _article(salience) or question.type not in ("wh", "multiple_choice") or question.open_answer:
        return False
    return question.sentence not in salience.lead and standing(question, salience) <= 0


def side_detail(question: Question, salience: _Salience) -> bool:
    """Is the item an ``off_centre`` one whose question and answer name nothing the text returns
    to (``returns``): a side detail the text mentions once and leaves ("Wem gehörte der Mittwoch?
    – dem Obergott Wotan", "Was hat der Gouverneur von Oklahoma 1995 beschlossen?", "Wer stammt
    wahrscheinlich aus Sibirien? – die Ungarn": round 25, "a marginal detail found by matching")?
    Over all rounds the verdicts on the judged candidates of this kind were bad 48 times of 80 and
    good 15; an off-centre item whose words return, 30 % bad, only ranks lower. Such an item
    leaves the candidates while MIN_WH W-questions stay (``_without_side_details``)."""
    return off_centre(question, salience) and not returns(question, salience)


def marginal_detail(question: Question, salience: _Salience) -> bool:
    """Is the item a W-question that turns a sentence round to ask a marginal date, name, number
    or term: outside the lead, asking no cause, purpose or consequence (``REASON_SKILLS``,
    ``CONSEQUENCE_SKILLS``), and either a side detail or a rare term (``side_detail``,
    ``rare_term``: nothing of it returns in the text) or, on a long text and asking none of the
    ``DEEP_SKILLS``, an ``off_centre`` item that is a date or figure lookup, an item anchored on
    a year or a day (``scanned``, ``pinned``) or a ``peripheral`` one? Round 26's
    readers named it their commonest defect: "Wann wurde im McDonald's-Grillrestaurant in Los
    Angeles das Speedee-System eingeführt?", "Was ging am 16. August 2001 in Betrieb?", "Worauf
    setzte die UNESCO im Juni 2007 die Galapagosinseln?", "Was erfolgt durch eine Vielzahl von
    interagierenden Regulator-Genen?", "Wann führten die Spanier den Tabak in Europa ein? – 1518".
    Such an item counts for no place MIN_WH keeps in the candidates or the budget (``_firm_wh``),
    and leaves the sheet while it keeps MIN_WH W-questions (``_without_marginal_details``); the reasons ("Warum
    verzichten viele Anbauer auf eine Versicherung?"), the lead and what the reporting verb says
    ("Was hat die UNO 1978 beschlossen?") stay."""
    if question.type != "wh" or question.open_answer or question.skill in REASON_SKILLS | CONSEQUENCE_SKILLS:
        return False
    if question.sentence >= len(salience.sentences) or question.sentence in salience.lead:
        return False
    if side_detail(question, salience) or rare_term(question, salience) or bare_lookup(question, salience):
        return True  # a term named once, whatever is asked of it: "Was nimmt die Pseudanthientheorie … an?"
    return salience.long_text and question.skill not in DEEP_SKILLS and off_centre(question, salience) and (
        scanned(question) or pinned(question) or peripheral(question, salience))


# Nouns a count or a date names whatever it is about: its people, its unit, its span of time.
COUNTED = ("mensch", "person", "leute", "einwohner", "bewohner", "jahr", "zeit", "zahl", "anzahl", "million",
           "milliard", "tausend", "hundert", "prozent", "mal")
BARE_PENALTY = 1.0
PAST_TIME = re.compile(r"\b(?:1\d|20)\d\d(?:er)?\b")  # "1836", "in den 1920er Jahren"


def bare_lookup(question: Question, salience: _Salience) -> bool:
    """Is the item, on an article (``_article``) and outside the lead, a date or figure asked
    (``lookup``, a time question) whose question and answer name nothing the text returns to
    but the topic and what a count names anyway (its people, its years: ``COUNTED``)? Round 28's
    readers named such one-sentence lookups first on the unseen texts: "Wann wurde Sofia von den
    Hunnen geplündert? – im Mittelalter", "Wann zerstörte ein Erdbeben Sofia?", "Wie viele Menschen
    lebten in den 1920er Jahren auf den Galapagosinseln?" (a sentence or two the text never comes
    back to). A count of the topic itself
    ("Wie viele Menschen sprechen Ungarisch?", judged good) is none, but for one of a past time, nor
    is a date of the topic's own people ("Wann wanderten viele Ungarn aus?": session 19 keeps a date
    of the topic outside a chronicle, test_selection_s19). Such an item ranks BARE_PENALTY
    lower and counts as a ``marginal_detail``, so that a reason, a definition or a contrast of
    the same text is asked first; a date of something the text goes on about stays ("Seit wann ist
    der Montag in Deutschland der erste Tag der Woche?")."""
    if not _article(salience) or question.type not in ("wh", "multiple_choice") or not isinstance(question.answer, str):
        return False
    if question.sentence in salience.lead or question.sentence >= len(salience.sentences) or question.skill in DEEP_SKILLS:
        return False
    if not (lookup(question) or question.skill in TIME_SKILLS):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w\-]*", f"{question.prompt} {question.answer}") if w[:1].isupper()][1:]
    nouns = [w for w in words if len(w) > 2 and not _topical(w, salience.topic)
             and not w.lower().translate(UMLAUTS).startswith(COUNTED)]
    if not nouns:  # the topic itself counted or dated: "Wie viele Menschen sprechen Ungarisch?", "Wann wanderten
        # viele Ungarn aus?" (session 19: a date of the topic outside a chronicle stays), unless a count of a past time
        return bool(PAST_TIME.search(question.prompt))
    return not any(_elsewhere(word, question.sentence, salience) for word in nouns)


def _topical(word: str, topic: frozenset[str]) -> bool:
    """Is the word one of the title's, inflected, in a compound or sharing TOPIC_WORD letters
    with it ("Ungarn" under "Ungarische Sprache", "Inseln" under "Galapagosinseln")?"""
    low = word.lower().translate(UMLAUTS)
    return any(
        same_word(word, title) or low[:TOPIC_WORD] == title.translate(UMLAUTS)[:TOPIC_WORD] and len(low) >= TOPIC_WORD
        or len(title) >= COMPOUND_PART and (low.startswith(title.translate(UMLAUTS)) or title.translate(UMLAUTS).endswith(low)
                                            or low.endswith(title.translate(UMLAUTS)))
        for title in topic)


def _firm_wh(questions: Iterable[Question], salience: _Salience) -> int:
    """The W-questions among ``questions`` that count for MIN_WH: those no ``marginal_detail``."""
    return sum(q.type == "wh" and not marginal_detail(q, salience) for q in questions)


def _without_marginal_details(chosen: list[Question], fixed: list[Question], salience: _Salience) -> list[Question]:
    """The chosen items without the ``marginal_detail`` ones, the weakest first (by
    ``_importance``, the later in the text on a tie), while the sheet keeps MIN_WH comprehension
    items and MIN_WH W-questions: a sheet is better an item shorter than asking a date or a term its text mentions once."""
    kept = list(chosen)
    for question in sorted((q for q in chosen if marginal_detail(q, salience)),
                           key=lambda q: (_importance(q, salience), -q.sentence)):
        if sum(map(is_comprehension, (*fixed, *kept))) <= MIN_WH or sum(q.type == "wh" for q in kept) <= MIN_WH:
            break
        kept.remove(question)
    return kept


def _without_side_details(pools: dict[str, list[Question]], salience: _Salience) -> dict[str, list[Question]]:
    """The detail pools without the points a sheet is better without (``_aside_point``); the
    W-questions keep MIN_WH candidates and SPARE_WH more, the best of the others by importance
    (a short article may have no others: a sheet with a side detail beats one without its
    W-questions)."""
    kept = {name: [q for q in pool if name not in DETAIL_SHARES or not _aside_point(q, salience)]
            for name, pool in pools.items()}
    wh = pools.get("wh", [])
    left = kept.get("wh", [])
    if len(left) < MIN_WH + SPARE_WH:
        ranked = sorted((q for q in wh if q not in left and not marginal_detail(q, salience)),
                        key=lambda q: -_importance(q, salience))  # stable: text order on ties
        spare = ranked[: MIN_WH + SPARE_WH - len(left)]
        kept["wh"] = [q for q in wh if q in left or q in spare]
    return kept


def _aside_point(question: Question, salience: _Salience) -> bool:
    """Is the item one a sheet is better without while it has others: a side detail
    (``side_detail``), or on a long text an ``off_centre`` item that is no date or figure lookup
    (those go first by the budget, ``_within_budget``): "Was durchwächst der Pollenschlauch? –
    den Griffel", "In welche Teile gliedert sich ein Fruchtblatt meist?" and "Was baute die
    Adelsfamilie Kanizsai innerhalb der Mauern?" (round 25: "a marginal detail found by
    matching") name a noun their text returns to, but nothing that makes them its point."""
    return side_detail(question, salience) or rare_term(question, salience) \
        or (salience.long_text and off_centre(question, salience) and not scanned(question))


def _without_marginal(pools: dict[str, list[Question]], salience: _Salience) -> dict[str, list[Question]]:
    """The detail pools of a long text without its marginal items (not ``central``): "Wo
    entspringt die Schüss? – in einem Karstgebiet" names a brook and a landscape the Aare article
    mentions once. The W-questions keep at least MIN_WH candidates, the best by importance, since
    a long text's sheet asks at least that many when the text has them; never one from a section
    on a side topic ("Mit welcher Sängerin wurde im Jahr 2015 … eine Aktion … gestartet?" under
    "Präsenz in den Medien", judged bad twice), which is trivia however few main points are left."""
    kept = {name: [q for q in pool if name not in DETAIL_SHARES or central(q, salience)] for name, pool in pools.items()}
    wh = pools.get("wh", [])
    central_wh = kept.get("wh", [])
    if len(central_wh) < MIN_WH:
        ranked = sorted((q for q in wh if q not in central_wh and q.sentence not in salience.sidelines
                         and not marginal_detail(q, salience)),
                        key=lambda q: -_importance(q, salience))  # stable: text order on ties
        spare = ranked[: MIN_WH + SPARE_WH - len(central_wh)]
        kept["wh"] = [q for q in wh if q in central_wh or q in spare]
    return kept


# Candidates kept beyond MIN_WH when a long text has few central ones: the choice may still drop
# one that gives another away or shares its sentence (Miniatur-Welt kept four and asked three).
SPARE_WH = 1


def side_date(question: Question, salience: _Salience) -> bool:
    """Is the item a date (``_dated``) on a long text whose date is not the point: from a section
    told by its years (``chronicle_sections``) unless the topic itself is the subject of what
    happened ("1388 erhielt Eisenstadt das Marktrecht", judged good four times, against "1835
    besuchte Charles Darwin die Inseln", "1373 kam die Stadt in den Besitz der … Kanizsai"), or,
    outside the lead, of an event whose question names no title word ("Wann wurde die Linie
    Fanny in Betrieb genommen?" in Eisenstadt, "Seit wann bieten verschiedene Schweizer
    Detailhändler Insekten-Burger an?" in Hamburger)? Over all
    rounds, the judged date items of the long texts outside the lead got 9 good, 10 edit and 12
    bad verdicts in the chronicles, 8 good, 15 edit and 13 bad where they name no title word, and
    30 good, 12 edit and 20 bad where they date an event of the topic ("Wann wanderten viele
    Ungarn aus? – 1956", "Wann wurde die Subventionierung des Tabakanbaus in der EU
    eingestellt?")."""
    if not salience.long_text or not _dated(question) or question.sentence in salience.lead:
        return False
    if question.sentence in salience.chronicle:
        if year_cued(question) or question.type == "wh":
            return True  # an open date, or a year as all the question names: an entry of the list of years
        subject = asked_subject(question, salience.sentences[question.sentence])
        return not any(same_word(word, title) for word in re.findall(r"\w+", subject) for title in salience.topic)
    return not names_topic(replace(question, answer=""), salience.topic)


# Adverbs that add a fact to what the text said before, a closed class: "In Osteuropa wird
# außerdem noch Bauern-Tabak angebaut", "Seit August 2017 bieten außerdem … Insekten-Burger an".
ADDITIVE_ADVERBS = frozenset({"außerdem", "zudem", "ferner", "daneben", "überdies"})


def _additive(token: Token) -> bool:
    """An additive adverb, not the adjective "ferner" ("in ferner Zukunft")."""
    return token.text.lower() in ADDITIVE_ADVERBS and token.tag in ("ADV", "PROAV", "PAV")


def addition(question: Question, salience: _Salience) -> bool:
    """Is the item, on a long text and outside the lead, a detail (no cause, purpose or
    consequence asked) of a sentence that adds a fact with an additive adverb
    (``ADDITIVE_ADVERBS``)? The writer marks it as one more thing beside the paragraph's point:
    "Wo wird Bauern-Tabak angebaut? – in Osteuropa", "Seit wann bieten verschiedene Schweizer
    Detailhändler Insekten-Burger an?", "Woraus besteht Wasserpfeifentabak?" (round 21: "a side
    detail found by scanning"). Over all rounds the judged candidates of this form on the judged
    texts got 25 bad, 2 edit and 11 good verdicts; a question on the topic is no exception ("Bauern-Tabak" names
    "Tabak"), since the adverb says the fact is an addition to it."""
    return (question.sentence in salience.additions and question.skill not in DEEP_SKILLS
            and question.sentence not in salience.lead)


def sentence_topic(question: Question, salience: _Salience) -> bool:
    """Is the item, on a long text and outside the lead, a "Was" or "Wer" question for the subject
    that opens its sentence (``worth.opening_subject``) whose answer names no title word? The
    sentence is about the answer, and the question copies all it says of it: "Was unterscheidet
    nur zwischen zwei möglichen Zuständen? – ein Bit", "Wer wurde erster Gouverneur der
    Galapagos-Inseln? – Jose de Villamil", "Was rangiert im Länderranking …? – Malawi" (round 18:
    "trivial, answerable by matching the string"). Over all rounds the 11 judged candidates of
    this form on the long texts got 22 bad, 20 edit and 6 good verdicts (each good one beside
    bad ones for the same question), where all of the long texts' candidates got 216 bad against
    414 good; the one judged good only ("Was wird als Anthese bezeichnet?") is a naming, which
    ``opening_subject`` leaves. An answer on the topic ("Was entspricht der Anzahl der
    Ja-/Nein-Fragen? – der Informationsgehalt einer Nachricht" under "Information") is the text's
    own concept and stays, and so does the lead, which says what the text is about. On the
    shorter judged texts the form asks a news item's key fact ("Wer wird am Freitag ein
    trilaterales Gipfeltreffen in Washington abhalten?", judged good ten times), so the rule
    keeps to the long ones."""
    if not salience.long_text or question.sentence in salience.lead or question.sentence >= len(salience.sentences):
        return False
    return (opening_subject(question, salience.sentences[question.sentence])
            and not names_topic(replace(question, prompt=""), salience.topic))


def _without_steps(pools: dict[str, list[Question]], salience: _Salience) -> dict[str, list[Question]]:
    """The detail pools without the steps of a procedure (``step``) while the W-questions keep
    MIN_WH candidates; those needed to reach it stay in text order. Tabak (Klexikon, 750 words)
    told how tobacco is grown and dried in present-tense steps, and its sheet asked three of
    them ("Was pflanzt man in Reihen auf einen Acker?", "Was wird von den Schnüren geholt?")
    while its section on harm went unasked (round 17: "process trivia"). A text of fewer than
    MANY_WORDS words keeps them, ranked low: it has few other candidates."""
    kept = {name: [q for q in pool if name not in DETAIL_SHARES or not step(q, salience)] for name, pool in pools.items()}
    wh = pools.get("wh", [])
    left = kept.get("wh", [])
    if len(left) < MIN_WH:
        spare = [q for q in wh if q not in left][: MIN_WH - len(left)]
        kept["wh"] = [q for q in wh if q in left or q in spare]
    return kept


def copied(question: Question, salience: _Salience) -> bool:
    """Is the item an inverted copy (``worth.copied_subject``: "Was dringt durch die Haut in den
    Körper ein? – das Nikotin") whose answer names no title word? An answer on the topic ("Was
    stammt ursprünglich aus Amerika? – die Tabakpflanze" under "Tabak") is what the text is
    about, as in ``sentence_topic``."""
    if question.sentence >= len(salience.sentences):
        return False
    return (copied_subject(question, salience.sentences[question.sentence])
            and not names_topic(replace(question, prompt=""), salience.topic))


# A question a student answers by finding FINDABLE of its searchable words in its one sentence
# (``worth.matched_share``), COPIED_WORDS of them at least (a stretch of text, not "Wo hat die Aare
# ihre Quelle?"), is a copy question; on a peripheral detail (``copy_detail``) it ranks
# COPY_DETAIL_PENALTY lower, below any other candidate of a sheet but a procedure's step, so that
# it is asked only when the sheet has nothing else to fill its place (a hard drop left Kasachstan
# (Klexikon) two items short), and of two questions on one sentence the one that lets the student
# match more ranks lower (``_copying``).
FINDABLE = 0.6
COPIED_WORDS = 3
COPY_CENTRALITY = 1
DEEP_COPY_CENTRALITY = 0  # … of a cause, purpose or statement asked, whose W-word is one mark
COPY_DETAIL_PENALTY = 1.0
ENOUGH_ITEMS = 6  # comprehension items a sheet keeps before it drops a copy question (``_without_copies``)
DROP_CENTRALITY = 0  # marks of a main point up to which a copy question leaves a full sheet


def copy_detail(question: Question, salience: _Salience) -> bool:
    """Is the item a copy question on a peripheral detail: a W-question or multiple choice for no
    cause, purpose or consequence (``DEEP_SKILLS``) that the student answers by matching its words
    in its sentence (``copy_question``), with at most COPY_CENTRALITY marks of a main point
    (``centrality``: the lead, a paragraph's opening, the topic or a noun the text returns to
    named)? "Mit welcher Hauptstadt bilden die Galapagosinseln die gleichnamige Provinz Galapagos?
    – Puerto Baquerizo Moreno", "Was durchwächst der Pollenschlauch in einem speziellen
    Pollenschlauchleitgewebe? – den Griffel", "Als was trat Nursultan Nasarbajew im Jahr 2019
    überraschend zurück? – als Präsident": the commonest defect all five readers of round 22
    named. Over all rounds the verdicts on the judged texts' candidates of this form were bad
    one time in three (157 of 443), those on the other W-questions and choices one or two in ten
    (causes and purposes 41 of 428, the rest 169 of 1,120); a copy question with two marks or
    more ("Wonach wurden die Galapagosinseln … in Islas Galapagos umbenannt?") 46 of 274. Of the
    items the sheets asked before this rule, those it names drew 42 bad verdicts of 102, the others
    92 of 1,325. A news item's paragraph of one sentence is left alone: its lack of marks says
    nothing there ("Wer wird am Freitag ein trilaterales Gipfeltreffen in Washington abhalten?",
    judged good ten times). A cause, purpose or statement asked counts as a mark of its own, and
    is a copy detail only where its faults outweigh its other marks (a year as its anchor): "Was
    hat der Gouverneur von Oklahoma 1995 beschlossen?" on a side claim of Hamburger (Wikipedia)
    (round 23: "a marginal detail, answerable by matching", bad)."""
    if question.type not in ("wh", "multiple_choice") or question.open_answer:
        return False
    if not salience.many_words or question.sentence in salience.alone:
        return False  # a paragraph or a news item's one-sentence paragraph: its marks say nothing of its weight
    if question.skill in DEEP_SKILLS and not _article(salience):
        return False
    most = DEEP_COPY_CENTRALITY if question.skill in DEEP_SKILLS else COPY_CENTRALITY
    return copy_question(question, salience) and centrality(question, salience) <= most


# W-words that ask for a thing or a person the verb takes: with nothing but the verb and the topic
# left to find it by, the question has many answers.
THIN_SKILLS = frozenset({"was", "wer", "wen", "wem"})
THIN_WORDS = 1  # searchable words (``worth.searchable_words``) up to which a Was/Wer question has lost its context
THIN_PENALTY = 1.0


def _article(salience: _Salience) -> bool:
    """Is the text an article: MANY_WORDS or more in several paragraphs? A single paragraph
    (MLQA's, up to 770 words) is all lead, and people ask its literal details: the rules for side
    details and lost context leave it alone (MLQA per 100 words fell 1.4742 → 1.472 with them)."""
    return salience.many_words and len(salience.openings) > 1


def thin(question: Question, salience: _Salience) -> bool:
    """Is the item, on an article, a Was/Wer question that names nothing but the topic and at most
    one verb ("Was wurde in Eisenstadt errichtet?", "Wer nutzte Tabak?", "Was kann die Aare
    herstellen?", "Was wurde Charles Lindbergh?")? Its sentence's other words were what made
    the answer the one answer: the topic stands in every sentence, so the reader can give any
    thing done to it or by it (round 23: "hopelessly vague, many things were built", "ill-posed:
    Europeans also used it", "Pilot? Nationalheld? Kampfpilot?"). A question for a place, a time,
    a cause or a definition of the topic ("Wo liegt Eisenstadt?", "Was ist Kreta?") has its one
    answer in the W-word and is left alone, as is a question whose verb leaves no gap the text
    could fill several times over (``_open``). Such an item ranks THIN_PENALTY lower and leaves a
    full sheet like a copy question (``_without_copies``)."""
    if not _article(salience) or question.type not in ("wh", "multiple_choice") or question.open_answer:
        return False
    return (question.skill in THIN_SKILLS and len(searchable_words(question.prompt, salience.topic)) <= THIN_WORDS
            and _open(question))


def _open(question: Question) -> bool:
    """Does the thin question's gap take a thing or a person, which the text names many of? An
    answer with a noun or a name ("die Indianer", "eine Apostolische Administratur", "Pilot")
    is one of the many things or people the topic stands beside; an answer of a verb or an
    adjective alone ("Was darf man in der Aare? – baden") is the one action or property the
    sentence gives, and the W-word with its verb asks for nothing else the text names."""
    return any(word[:1].isupper() for word in re.findall(r"\w[\w\-]*", str(question.answer)))


def leaning(question: Question, salience: _Salience) -> bool:
    """Is the item, on an article, a W-question or choice for no cause, purpose or consequence
    asked of a sentence that says "dann", which its question drops? "Der Fruchtknoten wird dann
    als mittelständig bezeichnet." holds only under the condition of the sentence before it (a
    perigynous cup), and "Als was wird der Fruchtknoten bezeichnet?" has three answers in the
    text (round 23: "the question drops the condition", bad). Such an item ranks THIN_PENALTY
    lower; a consequence asked of it names what came before ("Was änderte sich, nachdem …?")."""
    if not _article(salience) or question.type not in ("wh", "multiple_choice") or question.skill in DEEP_SKILLS:
        return False
    if question.sentence >= len(salience.sentences) or "dann" in question.prompt.lower().split():
        return False
    return any(t.text.lower() == "dann" for t in salience.sentences[question.sentence].tokens)



# An answer whose nouns are all this rare in German (Zipf) is a technical term of the text.
RARE_TERM = 2.0
LIFT_PENALTY = 0.5


def lifted(question: Question, salience: _Salience) -> bool:
    """Is the item, on an article, a W-question or choice for no cause, purpose or consequence
    whose answer names only rare terms (every noun below RARE_TERM, none a title word) and whose
    words the student finds in its sentence (FINDABLE, ``worth.matched_share``)? "In welche Teile
    gliedert sich ein Fruchtblatt meist? – in eine Stielzone und eine Schlauchzone", "Was wurde …
    aus fermentierten Tabakblättern überwiegend geflochten? – Stränge" (round 24: "term
    extraction", "copying two technical terms is not comprehension"): the student copies words
    they need not understand. Of the judged candidates of the dev articles, 30 % of the verdicts
    on this form were bad, against 16 % on all. The lead and a news item's paragraph of one
    sentence are left alone ("Womit beginnen Südkorea und die USA? – mit den jährlichen
    Militärübungen", judged good). Such an item ranks LIFT_PENALTY lower."""
    if not _article(salience) or question.type not in ("wh", "multiple_choice") or question.open_answer:
        return False
    if question.skill in DEEP_SKILLS or not isinstance(question.answer, str) or question.sentence >= len(salience.sentences):
        return False
    if question.sentence in salience.lead or question.sentence in salience.alone:
        return False  # what the text is about, or a news item's paragraph of one sentence: its terms are its point
    nouns = [w for w in re.findall(r"[^\W\d_][\w\-]*", question.answer) if w[:1].isupper() and len(w) > 2]
    if not nouns or names_topic(replace(question, prompt=""), salience.topic):
        return False
    if any(zipf_frequency(word.lower()) >= RARE_TERM for word in nouns):
        return False
    return matched_share(question.prompt, salience.sentences[question.sentence], salience.topic) >= FINDABLE


RARE_PENALTY = 2.0


def rare_term(question: Question, salience: _Salience) -> bool:
    """Is the item, on a long article and outside its lead, a W-question or choice whose question
    or answer turns on a term the text names only there: a noun or name of neither the title
    nor common use (below RARE_TERM, or an acronym or code) that no other body sentence names?
    "Was hemmt CAL? – das Gen TFL1", "Was bildet der Ampfer?", "Was nimmt die
    Pseudanthientheorie … an?", "Wozu wurde eine … Apostolische Administratur … errichtet?",
    "Wann wird der Tabak … auf sogenannte Kühlbänke gesetzt?" (round 26, all bad: "a marginal
    technical detail … can only be answered by copying"): a term the text neither explains nor
    returns to is no point of it, nor one it calls "sogenannt". Such an item ranks RARE_PENALTY lower and leaves a long
    sheet's candidates while others stay (``_aside_point``)."""
    if not (_article(salience) and salience.long_text) or question.type not in ("wh", "multiple_choice") or question.open_answer:
        return False  # a short text's names are its matter: "Was änderte sich, nachdem die Aare in den Hagneckkanal …?"
    if question.sentence >= len(salience.sentences) or question.sentence in salience.lead:
        return False
    words = re.findall(r"[^\W\d_][\w\-]*", question.prompt)[1:]
    if isinstance(question.answer, str):
        words += re.findall(r"[^\W\d_][\w\-]*", question.answer)
    terms = [w for w in words if w[:1].isupper() and len(w) > 2 and _rare_word(w)
             and not any(same_word(part, title) for part in w.split("-") for title in salience.topic)]
    return bool(SO_CALLED.search(question.prompt)) or any(not _other_paragraph(term, question.sentence, salience)
                                                         for term in terms)


def _other_paragraph(word: str, index: int, salience: _Salience) -> bool:
    """Does a body sentence of another paragraph than the one of the sentence at ``index`` name
    the word, inflected or not? A term that one paragraph explains in three sentences ("CAL",
    "TFL1" in Blüte's genetics) is still that paragraph's alone."""
    paragraph = {s.index: s.paragraph for s in salience.sentences}
    forms = salience.forms.get(word.lower()[:SHORT_STEM], {})
    return any(found_as(word, form) and any(paragraph.get(k) != paragraph.get(index) for k in indices - {index})
               for form, indices in forms.items())


# The text marks the word as a term of the field ("auf sogenannte Kühlbänke"), however often it names it.
SO_CALLED = re.compile(r"\bsogenannte[nmrs]?\s+(?:\w+\s+)?[A-ZÄÖÜ]")
COMMON_PART = 3.0  # Zipf of each part of a compound a learner reads as its parts ("Touristen|ströme")
COMMON_ACRONYM = 3.5  # "UNESCO", "USA", "NATO" are read by all; "CAL" by a geneticist
WORD_ENDINGS = ("s", "es", "n", "en")


def _rare_word(word: str, rare: float = RARE_TERM) -> bool:
    """Is the word a term of its field, not of common use: a code with a digit ("TFL1"), an
    acronym below COMMON_ACRONYM ("CAL", not "UNESCO"), or a word below RARE_TERM in every form
    ("Einschreitens" is the common verb einschreiten) that is no compound of common words
    ("Lebensmittellieferungen", "Touristenströme": rare as a whole, plain in their parts)?"""
    low = word.lower().rstrip("-")  # "Gärungs-" of "Gärungs- und Fermentationsprozess"
    if any(c.isdigit() for c in word):
        return True
    if word.isupper():
        return zipf_frequency(low) < COMMON_ACRONYM
    if max(zipf_frequency(form) for form in _forms_of(low)) >= rare:
        return False
    if not word[:1].isupper():
        return True  # a verb or an adjective: "durchwächst", "überspitzt" are no compounds of "durch", "über"
    head = word.rstrip("-").split("-")[-1]
    parts = split_compound(head) if len(head) > 2 else ()
    if parts and all(zipf_frequency(part.lower()) >= COMMON_PART for part in parts):
        return False
    return not any(zipf_frequency(low[:cut].rstrip("s")) >= COMMON_PART and zipf_frequency(low[cut:]) >= COMMON_PART
                   for cut in range(4, len(low) - 3))


# A word far above B1: below B1_WORD (Zipf) in its form, its stem and its lemma, and no compound
# of common words. Readers of round 28 struck the W-questions that copy one sentence of a long text
# around such a word ("Was durchwächst der Pollenschlauch? – den Griffel", "Wozu sind die
# Anstiegswinkel der Deiche … überspitzt?", "Warum ist die Artenzusammensetzung … disharmonisch
# …?", "Wozu muss ein bestimmtes Bezugssystem angelegt werden?"); over all judged rounds a rare term
# (Zipf < 3) found only in its own sentence drew 43 % bad and 21 % good verdicts.
B1_WORD = 3.0
DERIVED = "ierung"  # a noun of a process made from a noun a reader knows ("Subventionierung")


def beyond_b1(question: Question, salience: _Salience) -> bool:
    """Is the item, on a long article (LONG_TEXT words or more) and outside its lead, a W-question
    or choice that copies its sentence (the student finds FINDABLE of its words there,
    ``worth.matched_share``, or ``copied``, ``near_copy``, ``lifted``) and whose question or answer
    carries a word far above B1 (``hard_words``)? The student finds the sentence by the word and
    copies the rest without understanding either. Such an item leaves the candidates (``select``),
    whatever MIN_WH asks: a sheet of three W-questions is better than one with a question its class
    cannot read. A cause or purpose is no exception ("Warum nehmen die Niederschläge … zu? –
    aufgrund der Kondensation von Feuchtigkeit"); the lead is, since it says what the text is
    about, and so is a shorter text (a children's encyclopedia's or a news item's), which
    explains its words or is about them ("Wozu wurde die Aare mehrmals mit einem Stauwehr
    verbaut?", judged good)."""
    if not (_article(salience) and salience.long_text) or question.type not in ("wh", "multiple_choice") or question.open_answer:
        return False  # a children's encyclopedia explains its words: "Wo hat die Aare ihre Quelle? – in den Aargletschern"
    if question.sentence >= len(salience.sentences) or question.sentence in salience.lead:
        return False
    sentence = salience.sentences[question.sentence]
    if not (matched_share(question.prompt, sentence, salience.topic) >= FINDABLE or copied(question, salience)
            or near_copy(question, salience) or lifted(question, salience)):
        return False
    return bool(hard_words(question, salience))


def hard_words(question: Question, salience: _Salience) -> list[str]:
    """The words of the item's question (after its W-word) and answer that a B1 reader does not
    know and the text does not help with: below B1_WORD in every form and in the lemma of its
    sentence's token (``_rare_word``), no name (an entity or a proper noun of the sentence, a word
    with capitals inside or a digit), no title word, and named in no other body sentence
    (``_elsewhere``): a term the text returns to is one it explains."""
    sentence = salience.sentences[question.sentence]
    lemmas: dict[str, str] = {}
    names: set[str] = set()
    for token in sentence.tokens:
        lemmas.setdefault(token.text, token.lemma)
        if token.ent_label or token.tag == "NE" or token.pos == "PROPN":
            names.add(token.text)
    words = re.findall(r"[^\W\d_][\w\-]*", question.prompt)[1:]
    if isinstance(question.answer, str):  # not the text's other name in brackets: "den Staubfaden (Filament)"
        words += re.findall(r"[^\W\d_][\w\-]*", re.sub(r"\([^)]*\)", "", question.answer))
    hard = []
    for word in dict.fromkeys(words):
        if len(word) <= 3 or word in names or word.isupper() or any(c.isupper() for c in word[1:]):
            continue
        if any(same_word(part, title) for part in word.split("-") for title in salience.topic):
            continue
        lemma = lemmas.get(word, word)
        if zipf_frequency(lemma.lower()) >= B1_WORD or not _rare_word(word, B1_WORD):
            continue
        if word.lower().endswith(DERIVED) and zipf_frequency(word.lower()[: -len(DERIVED)]) >= B1_WORD:
            continue  # "Subventionierung" is "Subvention" made a process
        if _named_again(word, question.sentence, salience):
            continue
        hard.append(word)
    return hard


def _named_again(word: str, index: int, salience: _Salience) -> bool:
    """Does a sentence besides the one at ``index`` name the word in another case or number, or
    as the first part of a compound ("Pollenschlauch" in "Pollenschlauchleitgewebe")? Stricter
    than ``_elsewhere``, where "durchwächst" is found as "durch": all but the last three letters
    of the word must stand there."""
    low = word.lower()
    forms = salience.forms.get(low[:SHORT_STEM], {})
    return any(len(os.path.commonprefix([low, form])) >= max(len(low) - 3, SHORT_STEM) and indices - {index}
               for form, indices in forms.items())


def _forms_of(low: str) -> list[str]:
    """A lower-case word and its stems without one of the WORD_ENDINGS (four letters left at least)."""
    return [low] + [low[: -len(e)] for e in WORD_ENDINGS if low.endswith(e) and len(low) - len(e) >= 4]


TOPIC_WORD = 5  # letters a word shares with a title word to name what the text is about ("Ungarn", "Ungarische")


def backward(question: Question, salience: _Salience) -> bool:
    """Is the item a Wer/Was question, outside the lead, whose short answer is what the whole
    text is about: its sentence told of the topic, and the question names the fact and asks for
    the thing ("Wer stammt wahrscheinlich aus Sibirien? – die Ungarn" under "Ungarische
    Sprache", round 26: "an inverted question whose answer is the topic word")? The student
    answers with the title; such an item leaves the candidates (``select``): a short sheet is
    better without it."""
    if question.type != "wh" or question.skill not in THIN_SKILLS or not isinstance(question.answer, str):
        return False
    if question.sentence in salience.lead:
        return False
    nouns = [w for w in re.findall(r"[^\W\d_][\w\-]*", question.answer) if w[:1].isupper()]
    if not nouns or len(question.answer.split()) > 3:
        return False
    return all(any(len(os.path.commonprefix([n.lower(), t])) >= min(TOPIC_WORD, len(t)) for t in salience.topic)
               for n in nouns)


def faults(question: Question, salience: _Salience) -> int:
    """How many of the faults of a detail item on an article it has: a copy question on a
    peripheral detail, a thin question, a dropped "dann" condition, a lifted term. One fault
    ranks an item lower; two make it an item a sheet is better without (``_without_copies``)."""
    return sum(rule(question, salience) for rule in (copy_detail, thin, leaning, lifted))


# A W-question that repeats NEAR_COPY of its sentence's content words (``wh_facts.copied_share``)
# outside the lead: "Was erhielt Charles Lindbergh für eines seiner Bücher? – den Pulitzer-Preis"
# (0.8), "Wer erhielt die Todesstrafe? – der Mörder" (1.0), both struck by round 26's readers
# ("marginal detail, answered by matching words"); it leaves a full sheet (``_without_copies``)
# but keeps its rank, and a role asked ("Als was wurde Tabak aus Amerika vorerst in Europa
# verwendet? – als Medizin", 0.8, judged good 12 times) is none: ranked lower or dropped, it lost
# its place on Tabak (Klexikon) to a weaker item. A life's date and a bare title rank
# NEAR_COPY_PENALTY lower.
NEAR_COPY = 0.8
NEAR_COPY_PENALTY = 1.0


def near_copy(question: Question, salience: _Salience) -> bool:
    """Is the item, on an article and outside its lead, a W-question for no cause, purpose or
    consequence that repeats NEAR_COPY of its sentence's content words? The student finds the
    sentence and copies the one phrase left. A list to gather ("Nenne zwei.") reads more than
    its sentence, and the lead's facts are the text's key facts, copied or not."""
    from .wh_facts import copied_share

    if not _article(salience) or question.type != "wh" or question.open_answer or question.skill in DEEP_SKILLS:
        return False
    if question.skill == "als-was":
        return False  # the role a thing had is its sentence's statement: "Als was wurde Tabak … verwendet? – als Medizin"
    if question.sentence in salience.lead or question.sentence >= len(salience.sentences) or "Nenne " in question.prompt:
        return False
    return copied_share(question.prompt, salience.sentences[question.sentence]) >= NEAR_COPY


# The verbs of a life's first and last dates.
LIFE_EVENTS = re.compile(r"\b(?:geboren|starb|starben|gestorben|stirbt)\b")


def life_date(question: Question, salience: _Salience) -> bool:
    """Is the item, on an article and outside its lead, a time or place of someone's birth or
    death ("Wann wurde Lindbergh geboren? – 1902", "Wo starb Charles Lindbergh? – auf … Maui")?
    On the judged articles seven of ten verdicts on "Wann … geboren/starb" were bad, against one
    in three on other time questions ("marginal date, answered by matching 'geboren'"). A single
    paragraph (MLQA's, where people ask "Wann wurde X geboren?") is no article and keeps it; so
    does the lead, where the birth opens a biography."""
    if not _article(salience) or question.type not in ("wh", "multiple_choice") or question.skill not in SCENE_SKILLS:
        return False
    return question.sentence not in salience.lead and bool(LIFE_EVENTS.search(question.prompt))


def bare_identity(question: Question, salience: _Salience) -> bool:
    """Is the item, on an article, "Wer ist/war X?" answered by one bare title noun ("Wer ist Kim
    Jong Un? – Staatschef", "Wer war Joseph Haydn? – Komponist", "Wer war Thomas Steiner? –
    Bürgermeister")? The text names the title beside the name ("Staatschef Kim Jong Un"), so the
    student copies the word before it or answers from general knowledge; over all rounds such
    items drew 6 bad and 16 edit verdicts and no good one ("answerable from general knowledge;
    ask what he did"). Such an item ranks NEAR_COPY_PENALTY lower and leaves a full sheet."""
    answer = question.answer if isinstance(question.answer, str) else ""
    return (_article(salience) and question.type == "wh" and question.skill == "wer-ist"
            and bool(re.fullmatch(r"[A-ZÄÖÜ][\w\-]*", answer.strip())))


# A "Wer" question whose answer the text has already named before its sentence asks the clause's
# theme, what the reader knows by then, not what the sentence tells: "Wer hat mehr als 100
# Raketentests durchgeführt? – Pjöngjang" beside "Wie viele Raketentests hat Pjöngjang
# durchgeführt?" (round 28: "the answer is obvious from context and tests nothing"). It ranks
# GIVEN_PENALTY lower, so that another question on the same clause comes first.
GIVEN_PENALTY = 0.3


# Nouns for people at large, a closed class: an answer of one of them, with its preposition,
# article or quantifier, is what a student writes without reading ("Für wen ist … der
# Modellflughafen "Knuffingen Airport" offiziell in Betrieb genommen worden? – für die Besucher",
# round 28: "a trivial answer to a long copied clause"; "die Menschen", "von vielen Leuten").
GENERIC_PEOPLE = frozenset({
    "mensch", "menschen", "leute", "leuten", "person", "personen", "besucher", "besuchern", "besucherinnen",
    "zuschauer", "zuschauern", "publikum", "öffentlichkeit", "gäste", "gästen", "kunden", "bevölkerung",
    "bürger", "bürgern", "einwohner", "einwohnern", "leser", "lesern", "jeder", "jedem", "alle", "allen", "man",
})
GENERIC_FILLERS = frozenset({
    "für", "von", "bei", "mit", "an", "unter", "zu", "durch", "vor", "gegen", "über", "aus", "nach", "auf", "in",
    "die", "der", "den", "dem", "des", "viele", "vielen", "manche", "manchen", "einige", "einigen", "meisten",
    "andere", "anderen", "normale", "normalen", "ganz", "sehr", "fast", "allen", "alle",
})
GENERIC_PENALTY = 1.0


def generic_answer(question: Question) -> bool:
    """Is the item a W-question or choice answered by people at large (``GENERIC_PEOPLE``), with no
    other word than a preposition, an article or a quantifier (``GENERIC_FILLERS``)? A student
    guesses "für die Besucher" or "die Menschen" without reading: the item tests nothing. It ranks
    GENERIC_PENALTY lower and leaves a full sheet like a thin question (``_without_copies``)."""
    if question.type not in ("wh", "multiple_choice") or question.open_answer or not isinstance(question.answer, str):
        return False
    words = re.findall(r"\w+", question.answer.lower())
    return (bool(words) and words[-1] in GENERIC_PEOPLE
            and all(w in GENERIC_FILLERS or w in GENERIC_PEOPLE for w in words[:-1]))


def given_agent(question: Question, salience: _Salience) -> bool:
    """Is the item a "Wer" W-question answered by a name an earlier sentence of the text gives?"""
    answer = question.answer.strip() if isinstance(question.answer, str) else ""
    if question.type != "wh" or not question.prompt.startswith("Wer ") or not answer[:1].isupper():
        return False
    named = re.compile(rf"(?<!\w){re.escape(answer)}(?!\w)")
    return any(named.search(s.text) for s in salience.sentences
               if s.index < question.sentence and not s.is_heading)


def copy_question(question: Question, salience: _Salience) -> bool:
    """Does the student find the question by matching strings: FINDABLE of its searchable words,
    COPIED_WORDS of them at least, stand in its sentence (``worth.matched_share``), one of them a
    locator that stands in no other sentence of the text or a figure ("16. August 2001",
    "Pollenschlauchleitgewebe", "Nasarbajew")? Nearly every question repeats its sentence's words;
    a locator is what leads the reader to the one sentence without reading the others."""
    if question.sentence >= len(salience.sentences):
        return False
    sentence = salience.sentences[question.sentence]
    words = searchable_words(question.prompt, salience.topic)
    share = matched_share(question.prompt, sentence, salience.topic)
    if len(words) * share < COPIED_WORDS or share < FINDABLE:
        return False
    return any(FIGURE.fullmatch(word) or not _elsewhere(word, question.sentence, salience) for word in words)


def _elsewhere(word: str, index: int, salience: _Salience) -> bool:
    """Does a body sentence besides the one at ``index`` name the word, inflected or not?"""
    forms = salience.forms.get(word.lower()[:SHORT_STEM], {})
    return any(found_as(word, form) and indices - {index} for form, indices in forms.items())


def _forms(body: list[Sentence]) -> dict[str, dict[str, frozenset[int]]]:
    """The body's word forms (lower case) by their first SHORT_STEM letters, each with the
    sentences that hold it: where ``_elsewhere`` looks a word up."""
    found: dict[str, dict[str, set[int]]] = {}
    for sentence in body:
        for token in sentence.tokens:
            form = token.text.lower().rstrip(".")
            found.setdefault(form[:SHORT_STEM], {}).setdefault(form, set()).add(sentence.index)
    return {key: {form: frozenset(indices) for form, indices in forms.items()} for key, forms in found.items()}


def _without_copies(chosen: list[Question], fixed: list[Question], salience: _Salience) -> list[Question]:
    """The chosen detail items without their copy questions on peripheral details
    (``copy_detail``), the weakest first (by ``_importance``, the later in the text on a tie),
    while the sheet keeps more than ENOUGH_ITEMS comprehension items and MIN_WH W-questions: a
    sheet with enough other items is better one item shorter than with a question answered by
    matching words (round 22's commonest defect): Kasachstan (Klexikon) loses "Als was trat
    Nursultan Nasarbajew im Jahr 2019 überraschend zurück?" and keeps six items. Only the copy
    questions with no mark of a main point (DROP_CENTRALITY) go; the others, and all of them on
    a shorter sheet, only rank low (COPY_DETAIL_PENALTY): Miniatur-Welt (Wikipedia) asks four
    questions, and "Was ging am 16. August 2001 in Betrieb?" is one its generators give it. An
    item with two faults (``faults``) goes from a shorter sheet too, while it keeps MIN_WH
    W-questions: "Was dringt durch die Haut in den Körper ein? – das Nikotin" copies its
    sentence and drops its "dann" (Tabak, Klexikon: ten bad verdicts, no good one). A near copy,
    a life's date, a bare title and people at large as the answer (``near_copy``, ``life_date``,
    ``bare_identity``, ``generic_answer``) leave a full sheet like a thin question: Charles
    Lindbergh (Klexikon) keeps five W-questions of nine."""
    kept = list(chosen)
    found = {id(q): faults(q, salience) for q in chosen}
    for question in sorted((q for q in chosen if found[id(q)] >= 2 or thin(q, salience) or leaning(q, salience)
                            or near_copy(q, salience) or life_date(q, salience) or bare_identity(q, salience)
                            or generic_answer(q)
                            or copy_detail(q, salience) and centrality(q, salience) <= DROP_CENTRALITY),
                           key=lambda q: (_importance(q, salience), -q.sentence)):
        if sum(map(is_comprehension, (*fixed, *kept))) <= ENOUGH_ITEMS and found[id(question)] < 2:
            continue
        if question.type == "wh" and sum(q.type == "wh" for q in kept) <= MIN_WH:
            continue
        kept.remove(question)
    return kept


def aside(question: Question, salience: _Salience) -> bool:
    """Is the item a paragraph's aside on a long text: from its third sentence or later, not from
    the lead, asking no cause, purpose or consequence (``DEEP_SKILLS``), and its question does not
    name the topic ("Was wird in
    der Pegelstation bei Murgenthal gemessen?", the fifth sentence of a paragraph on how the Aare
    is regulated; "Was rangiert im Länderranking im Bericht über die menschliche Entwicklung?"
    under "Tabak")? A question on the topic is the paragraph's point even late in it ("Wann
    erhielt Eisenstadt das Marktrecht?"). Of the judged items of the long judged texts from such
    late sentences, those whose question names no title word scored 0.31 on average (good 1,
    edit ½, bad 0; 13 of 29 at 0.25 or less), the others 0.66 (2 of 18). The position alone
    separates less (0.46 from the third sentence on, 0.54 before it), and so does a noun the
    paragraph repeats (its main referent: 0.49 named, 0.55 not)."""
    return (question.sentence in salience.asides and question.skill not in DEEP_SKILLS
            and question.sentence not in salience.lead and not names_topic(replace(question, answer=""), salience.topic))


def _without_asides(pools: dict[str, list[Question]], salience: _Salience) -> dict[str, list[Question]]:
    """The detail pools of a long text without its paragraphs' asides (``aside``) while the other
    items cover ENOUGH_SENTENCES sentences; else the best asides by importance stay until they
    do, and the W-questions keep at least MIN_WH candidates."""
    main = {name: [q for q in pool if name not in DETAIL_SHARES or not aside(q, salience)] for name, pool in pools.items()}
    covered = {q.sentence for name in DETAIL_SHARES for q in main.get(name, [])}
    spare = sorted((q for name in DETAIL_SHARES for q in pools.get(name, []) if aside(q, salience)),
                   key=lambda q: -_importance(q, salience))  # stable: text order on ties
    back: list[Question] = []
    for question in spare:
        if len(covered) >= ENOUGH_SENTENCES:
            break
        back.append(question)
        covered.add(question.sentence)
    wh = [q for q in spare if q in pools.get("wh", []) and q not in back]
    back += wh[: max(0, MIN_WH - len(main.get("wh", [])) - sum(q in pools.get("wh", []) for q in back))]
    return {name: [q for q in pool if q in main.get(name, []) or q in back] for name, pool in pools.items()}


def recurring_nouns(body: list[Sentence]) -> set[str]:
    """The nouns the text keeps returning to: lemmas of at least RECURRING sentences, with the
    forms they take (lower case)."""
    nouns: Counter[str] = Counter()
    for sentence in body:
        nouns.update({t.lemma.lower() for t in sentence.tokens if t.tag in ("NN", "NE") and len(t.lemma) > 2})
    recurring = {lemma for lemma, count in nouns.items() if count >= RECURRING}
    return recurring | {t.text.lower() for s in body for t in s.tokens if t.tag in ("NN", "NE") and t.lemma.lower() in recurring}


def _importance(question: Question, salience: _Salience) -> float:
    score = 0.0
    if question.sentence in salience.lead:
        score += 1.0
    if question.sentence in salience.last:
        score += 0.4
    if question.sentence in salience.openings:
        score += 0.5  # the main point of a paragraph before its details
    if aside(question, salience):
        score -= ASIDE_PENALTY
    if step(question, salience):
        score -= STEP_PENALTY
    if copied(question, salience):
        score -= COPY_PENALTY
    if copy_detail(question, salience):
        score -= COPY_DETAIL_PENALTY
    if life_date(question, salience) or bare_identity(question, salience):
        score -= NEAR_COPY_PENALTY
    if given_agent(question, salience):
        score -= GIVEN_PENALTY
    if generic_answer(question):
        score -= GENERIC_PENALTY
    if thin(question, salience) or leaning(question, salience):
        score -= THIN_PENALTY
    if lifted(question, salience):
        score -= LIFT_PENALTY
    if off_centre(question, salience):
        score -= OFF_CENTRE_PENALTY
    if rare_term(question, salience):
        score -= RARE_PENALTY
    if bare_lookup(question, salience):
        score -= BARE_PENALTY
    score += 0.3 * min(3, salience.repeated.get(question.sentence, 0))
    if question.sentence in salience.numbers:
        score += 0.2
    if question.skill in DEEP_SKILLS:
        score += 0.5
    # what the text is about: its topic named in the item, the nouns it keeps returning to
    words = set(re.findall(r"\w+", _item_text(question).lower()))
    if words & salience.topic:
        score += TOPIC_BONUS
    score += RECURRING_BONUS * min(3, len((words - salience.topic) & salience.recurring))
    if question.skill in TIME_SKILLS and question.sentence not in salience.lead:
        score -= DATE_PENALTY  # a date deep in the text is the detail readers found peripheral
    if question.type == "true_false" and question.answer in (FALSE, NOT_IN_TEXT):
        score += 0.2
    if question.open_answer:
        return score + OPEN_BONUS - len(question.prompt) / 400  # a model answer is long by nature
    answer_words = len(question.answer.split()) if isinstance(question.answer, str) else 0
    return score - len(question.prompt) / 400 - 0.08 * max(0, answer_words - 8)  # short answers first


# Of two W-questions on one sentence, the one that repeats more of its content words ranks lower by
# COPYING times the difference, when it is at least COPYING_GAP: "Wo macht die Aare einen Bogen um
# die Altstadt herum? – in Bern" (0.43 of the sentence's content words) below "Was macht die Aare in
# Bern?" (0.29), what every reader of round 20 asked for (a question answered by matching words).
# The same holds for the share of the question the sentence gives away (``worth.matched_share``):
# "Was ging am 16. August 2001 in Betrieb?" (1.0) below a question on the same sentence that names
# less of it; the larger of the two differences counts.
COPYING = 1.5
COPYING_GAP = 0.1


def _copying(pooled: list[Question], analysis: Analysis) -> dict[int, float]:
    from .wh_facts import copied_share

    topic = frozenset(w for w in re.findall(r"\w+", analysis.article.title.lower()) if len(w) > 2)
    article = analysis.word_count >= MANY_WORDS  # a short paragraph (MLQA's) keeps the people's literal questions
    by_sentence: dict[int, list[tuple[float, float, Question]]] = {}
    sentences = {s.index: s for s in analysis.sentences}
    for question in pooled:
        if question.type == "wh" and question.sentence in sentences:
            sentence = sentences[question.sentence]
            shares = (copied_share(question.prompt, sentence), matched_share(question.prompt, sentence, topic))
            by_sentence.setdefault(question.sentence, []).append((*shares, question))
    penalties: dict[int, float] = {}
    for entries in by_sentence.values():
        least = min(share for share, _, _ in entries)
        least_matched = min(matched for _, matched, _ in entries)
        for share, matched, question in entries:
            # a cause or purpose asked on the sentence is what a reader should take from it, however
            # literal ("Wozu wurde … eine Administratur errichtet?" before "Was wurde … errichtet?")
            gap = max(share - least, 0.0 if question.skill in DEEP_SKILLS or not article else matched - least_matched)
            if gap >= COPYING_GAP:
                penalties[id(question)] = COPYING * gap
    return penalties


# Other candidates whose question names the person a "Wer" answers, from which on that person is
# the one the text follows, and the "Wer" a name lookup that gives them away (``_protagonist_lookups``).
PROTAGONIST_PROMPTS = 2
# How much lower a candidate ranks that would keep out a stronger one of its sentence: a name
# lookup on the person the text follows, a time or place that frames what someone did.
WEAKER_PENALTY = 0.6
SCENE_SKILLS = TIME_SKILLS | {"wo", "wohin", "woher"}
NAME_WORDS = 3  # "Pitt", "Black Widow", "Luigi Galleani": a bare name


def _protagonist_lookups(candidates: list[Question]) -> set[int]:
    """The ids of the candidates that ask who did something and are answered by the person whom
    PROTAGONIST_PROMPTS other candidates' questions name: "Wer drohte mit seinem Rücktritt? – Pitt"
    beside "Was wollte Pitt beseitigen?" and "Wann drohte Pitt mit seinem Rücktritt?" in a
    paragraph on Pitt's government. A reader guesses the person a short text follows, and once
    chosen the lookup gives away his name, so that no question on what he did, wanted or thought
    may stand beside it (round 16: "a name lookup that misses the point"; on Madagascar 2 "Wer
    wendet sich enttäuscht von Alex ab? – Marty" kept out "Was glaubt Marty frustriert? – seine
    Einzigartigkeit verloren zu haben"). A "Wer"
    on a person named once ("Wer schließt mit Selvigs Hilfe das Portal? – Black Widow") keeps
    its rank, and so does whom someone married or met ("Wen heiratete Rohmer 1909? – Rose Knox"
    is the other party, not a lookup of the main person). Such a lookup ranks WEAKER_PENALTY lower."""
    prompts = {q.prompt: _stems(q.prompt) for q in candidates}
    found = set()
    for question in candidates:
        words = _nouns(question.answer) if isinstance(question.answer, str) else []
        if question.skill != "wer" or not words or len(words) > NAME_WORDS or not all(w[:1].isupper() for w in words):
            continue  # "der Sprachwissenschaftler Jacob Grimm" is a description, not a bare name
        names = {_stem(w) for w in words}
        naming = sum(bool(names & stems) for prompt, stems in prompts.items() if prompt != question.prompt)
        if naming >= PROTAGONIST_PROMPTS:
            found.add(id(question))
    return found


def _scene_frames(candidates: list[Question]) -> set[int]:
    """The ids of the time and place questions whose answer frames a question on what happened,
    why or how, of the same sentence: "Wann reiste Goldman umher? – in den Kriegsjahren" beside
    "Was tat Goldman in den Kriegsjahren? – reiste weiterhin umher, hielt Reden gegen den Krieg
    und traf andere Mitglieder der radikalen Linken". Chosen first, the date gives away the frame
    of the other, which then cannot stand beside it, though it asks the point of the sentence
    (round 16's reader wanted "Was tat Goldman in den Kriegsjahren?"). A time or place without
    such a rival ("Wo wurden Räucherstäbchenuhren zunächst verwendet? – in China") keeps its rank."""
    deep = [q for q in candidates if q.skill in DEEP_SKILLS and q.type in ("wh", "multiple_choice")]
    found = set()
    for question in candidates:
        answer = _answer_words(question)
        if question.skill in SCENE_SKILLS and answer and any(
                other.sentence == question.sentence and answer in _words(other.prompt) for other in deep):
            found.add(id(question))
    return found


# How a content clause opens: what someone observed, said, decided or showed, asked whole.
CONTENT_CLAUSE = ("dass ", "ob ")


def _embedded_details(candidates: list[Question]) -> set[int]:
    """The ids of the candidates asked from inside a content clause that another candidate of the
    same sentence asks whole: "Was sieht auf jeder Insel etwas anders aus? – die Finken" beside
    "Was beobachtete Charles Darwin? – dass die Finken auf jeder Insel etwas anders aussehen".
    The two give each other away, and the detail drops who saw, said or decided it: readers of
    seven rounds judged the detail "edit, no referent, misses the point" and asked for the other
    ("Was beobachtete Charles Darwin auf den Inseln?", judged good). Such a detail ranks
    WEAKER_PENALTY lower; one without a rival keeps its rank."""
    frames = [q for q in candidates if q.type in ("wh", "multiple_choice") and isinstance(q.answer, str)
              and q.answer.startswith(CONTENT_CLAUSE)]
    found = set()
    for question in candidates:
        answer = _answer_words(question)
        if answer and any(frame.sentence == question.sentence and frame is not question
                          and answer in _words(str(frame.answer)) for frame in frames):
            found.add(id(question))
    return found


# A "Was" answer that is only the subject's own thing: a possessive and one noun.
POSSESSED = re.compile(r"^(?:sein|ihr)(?:e|en|em|er|es)? [A-ZÄÖÜ][\w-]*$")


def _possessed_answers(candidates: list[Question]) -> set[int]:
    """The ids of the "Was" questions answered by a possessive and one noun that stand beside
    another candidate of their sentence: "Was begann Amanda Seyfried bereits mit elf Jahren als
    Kindermodel? – ihre Karriere" beside "In welchem Alter begann Amanda Seyfried ihre Karriere
    als Kindermodel? – mit elf Jahren". The verb and its subject predict such an answer (one
    begins a career, the wind drives a ship), and the question gives away what the sentence
    tells of it (round 21: "the question itself gives away the real information"; "Was trieb der
    Wind auf die Galapagosinseln? – sein Schiff", bad). Such an item ranks WEAKER_PENALTY lower;
    alone on its sentence it keeps its rank."""
    found = set()
    for question in candidates:
        if question.skill == "was" and isinstance(question.answer, str) and POSSESSED.match(question.answer) and any(
                other.sentence == question.sentence and other.skill != "was" for other in candidates):
            found.add(id(question))
    return found


MIRROR_SHARE = 2 / 3  # of an answer's nouns and names the other item's question must name to mirror it
MIRROR_NOUNS = 2  # an answer of one noun is asked about by the other item, not mirrored


def _mirrors(one: Question, other: Question) -> bool:
    """Does ``other``'s question name most of ``one``'s answer, on the same sentence? "Welche
    Folgen hatte der Rückzug vom Afrika-Cup? – dass die Nationalmannschaft Togos vom …
    Fußballverband CAF … gesperrt wurde" beside "Warum wurde die Nationalmannschaft Togos vom
    Afrikanischen Fußballverband CAF … gesperrt? – auf Grund des Rückzugs vom Afrika-Cup": each
    gives the other's answer away in other word order and other inflection (round 17: "the
    mirror image of item 2"), which the word-for-word test of ``_gives_away`` misses. Counted are
    the stems of the answer's capitalised words."""
    if one.sentence != other.sentence or not _answer_words(one):
        return False
    answer = {_root(w) for w in _nouns(str(one.answer)) if w[:1].isupper()}
    asked = {_root(w) for w in _nouns(other.prompt)[1:] if w[:1].isupper()}
    return len(answer) >= MIRROR_NOUNS and len(answer & asked) >= MIRROR_SHARE * len(answer)


def _root(word: str) -> str:
    """``_stem`` taken until nothing more comes off, so that a noun's case forms meet however
    many endings they carry: "Einschreitens" and "Einschreiten" (one ending each under ``_stem``,
    "einschreiten" against "einschreit"), "Wassers" and "Wasser". Galapagosinseln (Wikipedia),
    round 26: "Welche Folgen hat das Einschreiten der UNESCO?" beside "Warum werden die
    Touristenströme … kontrolliert? – aufgrund des Einschreitens der UNESCO" ("ask the same
    sentence both ways, so each gives away the other's answer")."""
    stem = _stem(word)
    while (shorter := _stem(stem)) != stem:
        stem = shorter
    return stem


CONSEQUENCE_SKILLS = frozenset({"welche-folgen"})
REASON_SKILLS = frozenset({"warum", "wozu"})


# Words by which a sentence gives a reason: an adverb that points back to it, a causal conjunction or preposition.
CAUSAL_WORDS = frozenset({"deshalb", "daher", "deswegen", "darum", "folglich", "infolgedessen",
                          "weil", "wegen", "aufgrund", "infolge"})


def _reasoned_lookups(candidates: list[Question], salience: _Salience) -> set[int]:
    """The ids of the place, time and person questions on a sentence that explains something:
    another candidate asks its cause or purpose, or it gives a reason (``CAUSAL_WORDS``: "Am
    meisten Tabak wird deshalb in den südlichen Ländern angebaut." → "Wo wird am meisten Tabak
    angebaut?"). What a reader should take from such a sentence is the reason (round 23: "asks
    Wo where a Warum question would check understanding"); the lookup ranks WEAKER_PENALTY
    lower, so that the reason, or another sentence's point, is asked first."""
    explained = {q.sentence for q in candidates if q.skill in REASON_SKILLS and q.type in ("wh", "multiple_choice")}
    explained |= {s.index for s in salience.sentences if any(t.text.lower() in CAUSAL_WORDS for t in s.tokens)}
    return {id(q) for q in candidates if q.sentence in explained and q.skill in SCENE_SKILLS | {"wer"}}


def _frame(question: Question, salience: _Salience) -> tuple[str, ...]:
    """What a W-question asks of its sentence apart from its W-word: its searchable words
    (``worth.searchable_words``), lower case and sorted; empty for other items. "Wann starb
    Charles Lindbergh?" and "Wo starb Charles Lindbergh?" share it, and readers judged the second
    of them "a second item from the same sentence" (round 23, bad): on an article only one of two
    such questions is chosen (``_join_when_and_where`` may still ask both in one)."""
    if question.type not in ("wh", "multiple_choice") or question.open_answer:
        return ()
    return tuple(sorted(w.lower() for w in searchable_words(question.prompt, salience.topic)))


def _mirrored_consequences(candidates: list[Question]) -> set[int]:
    """The ids of the consequence questions that mirror a question for the reason of the same
    sentence (``_mirrors``): "Welche Folgen hatte der Rückzug …?" beside "Warum wurde die
    Nationalmannschaft … gesperrt?". Only one of the two can stand on a sheet; the reason is
    what the sentence explains, and its answer is the shorter, so the consequence ranks
    WEAKER_PENALTY lower."""
    reasons = [q for q in candidates if q.skill in REASON_SKILLS]
    return {id(q) for q in candidates if q.skill in CONSEQUENCE_SKILLS
            and any(_mirrors(q, r) or _mirrors(r, q) for r in reasons)}


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def _gives_away(candidate: Question, chosen: Iterable[Question], topic: frozenset[str] = frozenset()) -> bool:
    """Does the candidate's wording contain another item's answer, or the other way round?
    The gap text counts with its gapped words and its word box: a W-question that names a
    gapped word, or one the box answers, gives an answer away (that the passage reprints a
    sentence gives nothing away: the text is on the sheet)."""
    own = _words(candidate.prompt + " " + " ".join(candidate.options))
    mine = _answer_words(candidate)
    for other in chosen:
        if other.type == "gap_fill" and isinstance(other.answer, tuple):
            if any(_words(word) in own for word in other.answer):
                return True
            if mine and any(_words(word) in mine for word in other.word_bank):
                return True  # the word box holds the answer ("um sie zu erforschen" – "erforschen")
            continue
        theirs = _answer_words(other)
        if theirs and theirs in own:
            return True
        if mine and theirs and (mine in theirs or theirs in mine or _same_content(mine, theirs)):
            return True  # one answer holds the other: the two items ask the same thing
        if mine and mine in _words(other.prompt + " " + " ".join(other.options)):
            return True
        if _mirrors(candidate, other) or _mirrors(other, candidate):
            return True  # "Welche Folgen hatte der Rückzug …?" beside "Warum wurde … gesperrt?"
        if _prints_answer(candidate, other, topic):
            return True  # "Die Aare verursacht heute viele Überschwemmungen." beside "Was änderte sich …?"
        heads = (_head_stem(candidate), _head_stem(other))
        if heads[0] and (heads[0] == heads[1] or heads[0] in _stems(other.prompt)) or heads[1] and heads[1] in _stems(candidate.prompt):
            return True  # "Was wird durch die Blattstiele gezogen? – eine Schnur" beside "Was wird von den Schnüren geholt?"
    return False


PRINTED_SHARE = 2 / 3  # of an answer's own words another item prints that give the answer away
OWN_WORD = 6  # letters of a lower-case word of an answer that says something ("wasserreichste", not "weniger")
FUNCTION_OPENERS = frozenset({"seither", "seitdem", "damals", "heute", "dort", "dann", "danach", "deshalb", "daher",
                              "weil", "damit", "dass", "wenn", "nachdem", "denn", "sie", "er", "es", "man", "die", "der",
                              "das", "ein", "eine", "den", "dem", "des"})


def _word_forms(word: str) -> set[str]:
    """A word folded with each plural or case ending off: "Rhein" and "Rheins", "Fluss" and
    "Flüsse" share a form (``_stem`` alone takes "Rhein" to "rhei" and "Rheins" to "rhein")."""
    low = word.lower().translate(UMLAUTS)
    return {low} | {low[: -len(e)] for e in ENDINGS if low.endswith(e) and len(low) - len(e) >= 4}


def _own_words(answer: str, prompt: str, topic: frozenset[str]) -> list[set[str]]:
    """The words an answer says of its own: its nouns and names and its long lower-case words
    (OWN_WORD letters: "wasserreichste", "Überschwemmungen"), without those its prompt names and
    the title's words (the whole sheet names the topic), each as its forms (``_word_forms``)."""
    named = set().union(*(_word_forms(w) for w in re.findall(r"\w+", prompt)))
    own = []
    for position, word in enumerate(re.findall(r"\w+", answer)):
        if word.isdigit() or len(word) < 4 or word.lower() in FUNCTION_OPENERS:
            continue
        if not word[:1].isupper() and len(word) < OWN_WORD:
            continue
        forms = _word_forms(word)
        if forms & named or _topical(word, topic) or not word[:1].isupper() and zipf_frequency(word.lower()) >= 5.0:
            continue
        own.append(forms)
    return own


@lru_cache(maxsize=512)  # one article's candidates: each holds every substring of its words
def _printed_forms(question: Question) -> frozenset[str]:
    """The forms of every word an item prints (prompt and options), with each compound's head
    ("Nebenfluss" prints "Fluss"); of a "Welches Wort passt?" item the sentence it completes, not
    its distractors (the glossary's words, which a student does not read as a statement). Cached:
    selection asks it of each candidate against every chosen item, round after round."""
    shown = (str(question.answer),) if question.focus == "vocabulary" else question.options
    words = re.findall(r"\w+", question.prompt + " " + " ".join(shown))
    forms: set[str] = set()
    for word in words:
        forms |= _word_forms(word)
        low = word.lower().translate(UMLAUTS)
        forms |= {low[k:] for k in range(3, len(low) - 3)}  # a compound's heads of four letters or more
    return frozenset(forms)


def _prints_answer(candidate: Question, other: Question, topic: frozenset[str]) -> bool:
    """Does the candidate print the words of the other item's answer, or of one of its accepted
    answers (a point of "Nenne zwei"), that its own prompt does not name — all of one word's answer, at
    least two thirds (PRINTED_SHARE) and two of a longer one? Round 28: the vocabulary item "Die Aare
    ist der wasserreichste ___ des Rheins" printed half the answer to "Was ist das Besondere an
    der Aare? – der wasserreichste Nebenfluss des Rheins" (Aare, Wikipedia), and the statement
    "Die Aare verursacht heute viele Überschwemmungen." gave away "Was änderte sich, nachdem die
    Aare in den Hagneckkanal gelegt … worden war? – es gibt fast keine Überschwemmungen mehr"
    (Aare, Klexikon). Only a W-question's or a content choice's answer counts, and only where the
    answer is more than a date or a figure."""
    if other.type not in ("wh", "multiple_choice") or other.focus != "content" or not isinstance(other.answer, str):
        return False
    if not (candidate.type == "true_false" or candidate.type == "multiple_choice" and candidate.focus == "vocabulary"):
        return False  # a W-question beside another: ``_gives_away``'s other tests; a gap text: its gaps and box
    printed = _printed_forms(candidate)
    for answer in (other.answer, *other.accepted):
        own = _own_words(answer, other.prompt, topic)
        if not own:
            continue
        found = sum(bool(forms & printed) for forms in own)
        if found == len(own) == 1 or found >= 2 and found >= PRINTED_SHARE * len(own):
            return True
    return False


SAME_CONTENT = 0.8  # share of the shorter answer's content words the other answer has
CONTENT_WORDS = 3  # … of at least so many


def _reasons_told(candidates: list[Question]) -> set[int]:
    """The ids of the questions whose answer a Warum/Wozu question of the pool gives as its reason
    ("Was braucht der Anbau von Tabak? – viel fruchtbares Land, …" beside "Warum verursacht der
    Anbau von Tabak Hungersnöte? – weil er viel fruchtbares Land braucht, …"): only one can stand
    (``_same_content``), and the reason is what a reader should take from the two sentences, so
    the other leaves the candidates."""
    reasons = [words for q in candidates if q.skill in REASON_SKILLS and (words := _answer_words(q))]
    return {id(q) for q in candidates if q.skill not in REASON_SKILLS and (words := _answer_words(q))
            and any(_same_content(words, reason) for reason in reasons)}


def _same_content(one: str, other: str) -> bool:
    """Do two answers say the same in other words around it? "viel fruchtbares Land, auf dem keine
    Nahrung angebaut werden kann" (Was braucht der Anbau von Tabak?) and "weil er viel fruchtbares
    Land braucht, auf dem keine Nahrung angebaut werden kann" (Warum verursacht der Anbau von Tabak
    Hungersnöte?): round 27, "item 7 gives away item 8". Words of four letters or more count."""
    first, second = ({w for w in text.split() if len(w) >= 4} for text in (one, other))
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= CONTENT_WORDS and len(shorter & longer) >= SAME_CONTENT * len(shorter)


UMLAUTS = str.maketrans("äöüß", "aous")
ENDINGS = ("ern", "en", "er", "es", "e", "n", "s")
SHORT_ANSWER = 5  # words: a longer answer is a clause or a description, not one thing
# Words a multiple-choice option capitalises only because it opens the option ("Mehr als 100").
OPENING_WORDS = frozenset({"mehr", "nach", "nachdem", "seit", "bis", "vor", "etwa", "rund", "über", "unter", "fast", "knapp"})


def _stem(word: str) -> str:
    """A crude stem of a noun for comparing items: umlauts folded, one plural or case ending
    off ("Schnüren" and "Schnur", "Blätter" and "Blatt" meet)."""
    low = word.lower().translate(UMLAUTS)
    for ending in ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return low[: -len(ending)]
    return low


def _nouns(text: str) -> list[str]:
    """The words of a text, a hyphenated compound as its head ("Galapagos-Inseln" → "Inseln")."""
    return [word.split("-")[-1] for word in re.findall(r"\w+(?:-\w+)*", text)]


def _stems(text: str) -> set[str]:
    """The stems of the capitalised words of a prompt after its first word (the nouns and names)."""
    return {_stem(w) for w in _nouns(text)[1:] if w[:1].isupper()}


def _head_stem(question: Question) -> str:
    """The stem of the first noun of a short W-question or multiple-choice answer (the head of a
    German noun phrase comes before its attributes); "" for other items and long answers."""
    if question.type not in ("wh", "multiple_choice") or not isinstance(question.answer, str):
        return ""
    words = _nouns(question.answer)
    if len(words) > SHORT_ANSWER or any(w.isdigit() for w in words):
        return ""  # a date or a number: other items may name the same year
    noun = next((w for k, w in enumerate(words) if w[:1].isupper() and not (k == 0 and w.lower() in OPENING_WORDS)), "")
    return _stem(noun) if len(noun) >= 4 else ""


def _answer_words(question: Question) -> str:
    """The answer of a W-question or content multiple choice, as words; "" for other types."""
    if question.type not in ("wh", "multiple_choice") or not isinstance(question.answer, str):
        return ""
    words = _words(question.answer)
    return words if len(words.split()) >= 1 and len(words.strip()) > 2 else ""


def _balanced(statement: Question, truths: int, changes: int) -> bool:
    """About half of the statements are changed: a changed one first, then never more than one
    of a kind ahead of the other."""
    if statement.answer in (FALSE, NOT_IN_TEXT):
        return changes <= truths
    return truths < changes


def _asks(question: Question) -> str:
    """What an item asks about its sentence: a statement asks about all of it, a W-question or
    content choice its W-word for its answer. Two "Was" questions of one sentence ask different
    things when their answers differ ("Was lernt Marty kennen? – eine Herde …" and "Was glaubt
    Marty frustriert? – seine Einzigartigkeit verloren zu haben"); a W-question and its multiple
    choice ask the same."""
    if question.type == "true_false":
        return "statement"
    return f"{question.skill or question.prompt}|{_answer_words(question)}"


def _quotas(pools: dict[str, list[Question]], detail: int, word_count: int) -> dict[str, int]:
    """How many items of each detail type, given what each pool has."""
    available = {name: len(pools.get(name, [])) for name in DETAIL_SHARES}
    quotas = {name: min(available[name], round(share * detail)) for name, share in DETAIL_SHARES.items()}
    if word_count >= MANY_WORDS:
        quotas["wh"] = min(available["wh"], max(quotas["wh"], MIN_WH))
    # hand what a pool cannot fill to the others, W-questions first
    for _ in range(3):
        spare = detail - sum(quotas.values())
        for name in ("wh", "true_false", "multiple_choice"):
            if spare <= 0:
                break
            extra = min(spare, available[name] - quotas[name])
            quotas[name] += extra
            spare -= extra
    while sum(quotas.values()) > detail:
        name = max(quotas, key=lambda n: (quotas[n] - (MIN_WH if n == "wh" else 0), n))
        quotas[name] -= 1
    return quotas


def select(
    pools: dict[str, list[Question]], analysis: Analysis, total: int, vocabulary_choice: list[Question]
) -> list[Question]:
    """Up to ``total`` questions. ``pools`` holds the candidates per task: "global", "true_false",
    "wh", "multiple_choice" (content), "gap_fill", "matching", "ordering";
    ``vocabulary_choice`` the "Welches Wort passt?" items."""
    if total <= 0:
        return []
    avoid = unsuitable_sentences(analysis)
    if avoid:  # a passage a teacher would not give a class: nothing comes from it
        pools = {name: [q for q in pool if not _sources(q, analysis) & avoid] for name, pool in pools.items()}
        vocabulary_choice = [q for q in vocabulary_choice if not _sources(q, analysis) & avoid]
    pools = {name: [q for q in pool if not _directory_entry(q) and not not_worth_asking(q, analysis)] for name, pool in pools.items()}
    told = _reasons_told([q for pool in pools.values() for q in pool])
    pools = {name: [q for q in pool if id(q) not in told] for name, pool in pools.items()}
    salience = _salience(analysis)
    pools = {name: [q for q in pool if not backward(q, salience) and not beyond_b1(q, salience)]
             for name, pool in pools.items()}
    if pools.get("multiple_choice"):  # a content choice on a bare lookup: its W-question would leave the sheet
        pools["multiple_choice"] = [q for q in pools["multiple_choice"] if not bare_lookup(q, salience)]
    if analysis.word_count >= MANY_WORDS:
        pools = _without_side_details(_without_steps(pools, salience), salience)
    if analysis.word_count >= LONG_TEXT:
        pools = _without_asides(_without_marginal(pools, salience), salience)
    singles = [pools[name][0] for name in SINGLE_ITEM if pools.get(name) and name != "gap_fill"]
    gaps = pools.get("gap_fill", [])
    singles = singles[: max(0, total - 1 - bool(gaps))] if total > 1 else []
    detail = total - len(singles) - bool(gaps)
    quotas = _quotas(pools, detail, analysis.word_count)
    chosen = _join_when_and_where(_choose_details_told(pools, quotas, salience, analysis, singles), pools.get("wh", []), singles)
    # the gap text last: the passage that clashes with fewest chosen items (its gaps named by
    # one, its word box answering one, after the clashing gaps are filled back in); at most
    # MAX_PUSHED clashing items go, none of the better half by importance, and only while
    # MIN_WH detail items stay, else the gap text goes (readers found the key facts in the gap
    # text instead of a question)
    gaps = [_spare_gaps(_spare_extras(g, chosen), chosen) for g in gaps]
    passages = [_passage(g, analysis) for g in gaps]
    clashes = [(sum(_clashes(q, g, passages[k]) and _explains(q) for q in chosen),
                sum(_clashes(q, g, passages[k]) for q in chosen), k, g) for k, g in enumerate(gaps)] if total > 1 else []
    if clashes:
        _, _, k, gap = min(clashes, key=lambda c: (c[0], c[1], c[2]))
        kept = [q for q in chosen if not _clashes(q, gap, passages[k])]
        pushed = [q for q in chosen if q not in kept]
        ranks = sorted((_importance(q, salience) for q in chosen), reverse=True)
        minor = all(_importance(q, salience) < ranks[len(ranks) // 2] and not _explains(q)
                    for q in pushed)  # never one of the best half, never a reason
        if not pushed or (len(kept) >= MIN_WH and len(pushed) <= MAX_PUSHED and minor):
            chosen = kept
            singles.append(gap)
    chosen = _without_peripheral(_within_budget(chosen, singles, salience, analysis.word_count), salience)
    if analysis.word_count >= MANY_WORDS:
        chosen = _without_marginal_details(_without_copies(chosen, singles, salience), singles, salience)
    comprehension = sum(is_comprehension(q) for q in (*singles, *chosen))
    vocabulary = len(singles) + len(chosen) - comprehension
    room = total - len(singles) - len(chosen)
    allowed = int(comprehension / MIN_COMPREHENSION + 1e-9) - comprehension - vocabulary
    used = {q.sentence for q in chosen}
    for question in vocabulary_choice:
        if room <= 0 or allowed <= 0:
            break
        if question.sentence in used or _gives_away(question, [*singles, *chosen], salience.topic):
            continue
        chosen.append(question)
        used.add(question.sentence)
        room -= 1
        allowed -= 1
    return _comprehension_first([*singles, *chosen])


MAX_VARIANTS = 6


def _explains(question: Question) -> bool:
    """Does the item ask why, what for or with what result (``REASON_SKILLS``,
    ``CONSEQUENCE_SKILLS``)? A gap text never pushes such an item out of the sheet: the reason is
    the point of the passage the gap text reprints, and its gaps ask words, not the reason. Round
    27's readers missed "Warum starb Rembrandt … einsam und arm?" (Rembrandt, Klexikon) and "Wozu
    dienen die farbigen Kronblätter?" (Blüte, Klexikon: "asked in the pool but not chosen"), each
    pushed out by a gap text on its passage ("Trotz seines ___ starb er ___ und arm", "Sie sollen
    Insekten anziehen")."""
    return question.type in ("wh", "multiple_choice") and question.skill in REASON_SKILLS | CONSEQUENCE_SKILLS


def _placed(answer: str) -> bool:
    """Does the answer open with the preposition of a place ("in Priština", "am Fuße …")?"""
    return answer.split(" ", 1)[0] in HOLDING_PREPOSITIONS


def _join_when_and_where(chosen: list[Question], candidates: list[Question], fixed: list[Question]) -> list[Question]:
    """A chosen "Wo wurde X geboren?" whose "Wann wurde X geboren?" found no room (two items on
    its sentence already) becomes "Wann und wo wurde X geboren?", and the other way round: the
    two answers belong together, and a biography's first sentence otherwise loses one of them.
    Only where the place answer names its preposition, so that the joined answer reads as German
    ("26. November 1990 in Priština"), and a "Wo" only while the sheet asks fewer than MAX_DATES
    dates: joined, it asks one more ("Wann und wo starb Charles Lindbergh?" beside two dates)."""
    skills = {"wann": "wo", "wo": "wann"}
    result = list(chosen)
    for position, question in enumerate(chosen):
        other_skill = skills.get(question.skill)
        if question.skill == "wo" and sum(map(_dated, [*fixed, *result])) >= MAX_DATES:
            continue
        rest = question.prompt.partition(" ")[2]
        partner = next((q for q in candidates if q.skill == other_skill and q.sentence == question.sentence
                        and q.prompt.partition(" ")[2] == rest and q not in chosen), None)
        if partner is None or not isinstance(question.answer, str) or not isinstance(partner.answer, str):
            continue
        when, where = (question, partner) if question.skill == "wann" else (partner, question)
        time, place = str(when.answer), str(where.answer)
        if not _placed(place) or place in when.prompt or time in where.prompt:
            continue
        places = [place, *(a for a in where.accepted if _placed(a))]
        joined = replace(
            when,
            prompt=f"Wann und wo {rest}",
            answer=f"{time} {place}",
            accepted=tuple(f"{t} {p}" for t in (time, *when.accepted) for p in places)[1 : MAX_VARIANTS + 1],
        )
        if not _gives_away(joined, [*fixed, *(q for q in result if q is not question)]):
            result[position] = joined
    return result


def _sources(question: Question, analysis: Analysis) -> set[int]:
    """The sentences an item is made from: its evidence sentence, every sentence a gap text or an
    ordering reprints, and every sentence whose half a sentence-halves task prints."""
    printed = f"{question.prompt} {question.evidence}"
    halves = [part.strip(" …") for part in (*question.prompt_items, *question.options)]
    return {question.sentence} | {
        s.index for s in analysis.sentences
        if len(s.text) > 15 and s.text in printed or any(len(half) > 12 and half in s.text for half in halves)
    }


def _clashes(question: Question, gap: Question, passage: set[int]) -> bool:
    """Does the item clash with the gap text: the passage (``_passage``) reprints the item's
    sentence (readers judged that a give-away, though the text is on the sheet too), or the gaps
    or the word box give its answer away?"""
    return question.sentence in passage or _gives_away(question, [gap])


def _passage(gap: Question, analysis: Analysis) -> set[int]:
    """The sentences a gap text reprints: from its first one on, those its evidence holds (the
    gapped ones) and those its prompt prints whole (a sentence without a gap between two with
    gaps: round-9 readers found "Im Mai 2005 filmte sie die MTV-Sendung …" printed in the gap
    text beside "Wann filmte Angelina Jolie die MTV-Sendung?")."""
    return {s.index for s in analysis.sentences
            if s.index >= gap.sentence and (s.text in gap.evidence or s.text in gap.prompt)}


def _spare_extras(gap: Question, chosen: list[Question]) -> Question:
    """The gap text without the extra words of its box (those no gap asks for) that a chosen
    item's answer holds: a distractor "steigern" beside "Wozu hat Kim … aufgefordert? – die
    Produktion … zu steigern" gives that answer away, and the box does as well with one extra."""
    answers = " ".join(_answer_words(q) for q in chosen)
    gapped = set(gap.answer) if isinstance(gap.answer, tuple) else set()
    clashing = {w for w in gap.word_bank if w not in gapped and _words(w) in answers}
    if not clashing or len(gap.word_bank) - len(gapped) - len(clashing) < 1:
        return gap
    return replace(gap, word_bank=tuple(w for w in gap.word_bank if w not in clashing))


def _spare_gaps(gap: Question, chosen: list[Question]) -> Question:
    """The gap text with the gapped words that a chosen item names or answers filled back in,
    while ``MIN_GAPS`` stay: the passage then reprints them like the rest of the text, and the
    item — often a key question on a sentence of the passage ("Was haben die Vereinigten Staaten
    Nordkorea vorgeworfen? – … mit Waffen versorgt zu haben") — keeps its place."""
    if not isinstance(gap.answer, tuple):
        return gap
    texts = [(_words(q.prompt + " " + " ".join(q.options)), _answer_words(q)) for q in chosen]
    clashing = {n for n, word in enumerate(gap.answer)
                if any(_words(word) in own or (answer and _words(word) in answer) for own, answer in texts)}
    if not clashing or len(gap.answer) - len(clashing) < MIN_GAPS:
        return gap
    numbers = iter(range(1, len(gap.answer) + 1))

    def fill(match: re.Match[str]) -> str:
        n = int(match.group(1)) - 1
        return gap.answer[n] if n in clashing else GAP.format(n=next(numbers))

    answers = tuple(word for n, word in enumerate(gap.answer) if n not in clashing)
    return replace(gap, prompt=GAP_PATTERN.sub(fill, gap.prompt), answer=answers,
                   word_bank=tuple(w for w in gap.word_bank if w in answers or w not in gap.answer),
                   explanation=GAP_SOLUTIONS.format(", ".join(answers)))


def _comprehension_first(questions: list[Question]) -> list[Question]:
    """Leave out the vocabulary tasks, word matching first, while comprehension stays below
    ``MIN_COMPREHENSION`` of the sheet (a short text gives few comprehension questions) — but
    never the last one while fewer than ``MIN_ALONE`` comprehension questions would stand
    alone: a sheet of one or two questions is no lesson, the gap text still makes one read."""
    for kind in ("matching", "gap_fill"):
        comprehension = sum(map(is_comprehension, questions))
        if not questions or comprehension >= MIN_COMPREHENSION * len(questions) or comprehension == 0:
            break
        vocabulary = [q for q in questions if not is_comprehension(q)]
        if comprehension < MIN_ALONE and all(q.type == kind for q in vocabulary):
            break
        questions = [q for q in questions if is_comprehension(q) or q.type != kind]
    return questions


MAX_TOLD = 3  # rounds of ``_choose_details_told``


def _choose_details_told(
    pools: dict[str, list[Question]], quotas: dict[str, int], salience: _Salience, analysis: Analysis,
    fixed: Iterable[Question] = (),
) -> list[Question]:
    """``_choose_details`` without a statement that prints the answer of a chosen W-question or
    content choice (``_prints_answer``): the greedy order may take the statement first, but the
    question is the better item (round 28, Aare (Klexikon): "statement 2 gives away item 6", the
    consequence question readers named among the best); the choice runs again without it."""
    fixed = list(fixed)
    chosen = _choose_details(pools, quotas, salience, analysis, fixed)
    for _ in range(MAX_TOLD):
        told = {id(q) for q in chosen if any(_prints_answer(q, other, salience.topic) for other in chosen)}
        if not told:
            break
        pools = {name: [q for q in pool if id(q) not in told] for name, pool in pools.items()}
        chosen = _choose_details(pools, quotas, salience, analysis, fixed)
    return chosen


def _choose_details(
    pools: dict[str, list[Question]], quotas: dict[str, int], salience: _Salience, analysis: Analysis,
    fixed: Iterable[Question] = (),
) -> list[Question]:
    """Greedy: the most important candidate that keeps the sheet spread, varied and fair and
    gives away no answer of the items already ``fixed`` (the single-item tasks) or chosen."""
    fixed = list(fixed)
    body = [s.index for s in analysis.sentences if not s.is_heading]
    wanted = sum(quotas.values())
    regions = max(1, min(wanted, len(body)))
    region_of = {index: k * regions // max(1, len(body)) for k, index in enumerate(body)}
    paragraph_of = {s.index: s.paragraph for s in analysis.sentences if not s.is_heading}
    spread = PARAGRAPH_REPEAT if analysis.word_count >= MANY_WORDS else 0.0
    dates = max_dates(analysis)
    per_paragraph: Counter[int] = Counter()
    candidates = [(name, q) for name in quotas for q in pools.get(name, [])]
    sparse = len(candidates) <= wanted
    questioned = {q.sentence for name, q in candidates if name != "true_false"}
    pooled = [q for _, q in candidates]
    weaker = _protagonist_lookups(pooled) | _scene_frames(pooled) | _mirrored_consequences(pooled) | _embedded_details(pooled) | _possessed_answers(pooled)
    if _article(salience):
        weaker |= _reasoned_lookups(pooled, salience)
    framed: set[tuple[int, tuple[str, ...]]] = set()
    copying = _copying(pooled, analysis)
    base = {id(q): _importance(q, salience) - WEAKER_PENALTY * (id(q) in weaker) - copying.get(id(q), 0.0)
            for _, q in candidates}
    chosen: list[Question] = []
    taken: Counter[str] = Counter()
    skills: Counter[str] = Counter()
    per_region: Counter[int] = Counter()
    used: Counter[int] = Counter()
    stated: set[int] = set()  # sentences a chosen statement asks about
    replaced: set[int] = set()  # … one whose figure or name a chosen statement replaced
    asked: set[tuple[int, str]] = set()
    truths = changes = absent = timed = 0
    quotas = dict(quotas)
    exhausted: set[str] = set()
    while sum(taken.values()) < wanted:
        best: tuple[float, int, str, Question] | None = None
        for order, (name, question) in enumerate(candidates):
            room = PER_SENTENCE_SPARSE if sparse and name != "true_false" and question.sentence not in stated else PER_SENTENCE
            if taken[name] >= quotas[name] or used[question.sentence] >= room:
                continue
            if question.sentence in replaced or question.skill in REPLACING_CHANGES and (
                    used[question.sentence] or sparse and question.sentence in questioned):
                continue  # "1385 kam Eisenstadt …" beside "Wann kam …? – 1373 / 1385": one gives the other away
            if (question.sentence, _asks(question)) in asked:
                continue  # the same thing asked twice (a W-question and its multiple choice)
            if _article(salience) and (question.sentence, _frame(question, salience)) in framed:
                continue
            if name == "true_false" and not _balanced(question, truths, changes):
                continue
            dated = _dated(question)
            if dated and timed >= dates:
                continue
            score = (base[id(question)] - 0.45 * skills[question.skill] - 0.8 * per_region[region_of.get(question.sentence, 0)]
                     - spread * per_paragraph[paragraph_of.get(question.sentence, -1)]
                     - 1.0 * used[question.sentence] + 0.4 * (1 - taken[name] / quotas[name])  # each type its share
                     + 0.5 * (question.answer == NOT_IN_TEXT and not absent)  # the kinds of change varied
                     - TIME_REPEAT * timed * dated)
            if best is None or score > best[0] or (score == best[0] and order < best[1]):
                if _gives_away(question, [*fixed, *chosen], salience.topic):
                    continue
                best = (score, order, name, question)
        if best is None:
            # a type with no fair candidate left hands its open places to the others, W-questions first
            stuck = {n for n in quotas if taken[n] < quotas[n]}
            exhausted |= stuck
            spare = sum(quotas[n] - taken[n] for n in stuck)
            heir = next((n for n in ("wh", "true_false", "multiple_choice") if n in quotas and n not in exhausted), None)
            if heir is None or not spare:
                break
            for n in stuck:
                quotas[n] = taken[n]
            quotas[heir] += spare
            continue
        _, _, name, question = best
        chosen.append(question)
        taken[name] += 1
        skills[question.skill] += 1
        per_region[region_of.get(question.sentence, 0)] += 1
        per_paragraph[paragraph_of.get(question.sentence, -1)] += 1
        used[question.sentence] += 1
        if name == "true_false":
            stated.add(question.sentence)
            if question.skill in REPLACING_CHANGES:
                replaced.add(question.sentence)
        asked.add((question.sentence, _asks(question)))
        if _frame(question, salience):
            framed.add((question.sentence, _frame(question, salience)))
        absent += question.answer == NOT_IN_TEXT
        timed += _dated(question)
        if name == "true_false":
            if question.answer in (FALSE, NOT_IN_TEXT):
                changes += 1
            else:
                truths += 1
    return chosen
