"""The global task of a worksheet: which heading or topic line belongs to which part of the text.

A classic reading sheet starts with global understanding before details. Two forms:
- the article has its own headings: headings are matched to numbered sections (a section is
  the paragraphs after a heading up to the next heading), with one heading left over. A section
  is listed only when a teacher would list it: a leaf (a parent heading such as "Morphologie"
  above "Blütenachse" fits each of its subsections), running text of its own (no list, no
  colon intro), at most five paragraphs, its heading in words a B1 reader knows and not in
  its first sentence (else the task is word spotting), and no word or synonym shared with
  another listed heading nor opening another listed section ("Verlauf" above "Der Verlauf der
  Aare besteht aus …"). The sections come from one stretch of the article. The left-over
  heading is that of a section left out whose words stand in no listed section; in a short
  text where every section is listed, one of them is left out for it. A heading of one generic
  noun ("Gliederung", "Statistik") names no content and is not asked; a left-over heading fits
  no listed section by a word of its family either ("Tourismus", Touristen). When fewer than
  three sections qualify, or no heading can be left over, the topic lines are tried;
- otherwise, in a text of plain sentences (a Klexikon article: paragraphs, no headings), one
  topic line per paragraph of some substance among the first eight: what the whole paragraph
  is about. Where one common noun returns in more of its sentences than any other and stands in
  no other paragraph, the line is about it: a W-question's line that names it ("Worin sich
  Federball und Badminton unterscheiden"), else the noun ("Die Überschwemmungen"); else an indirect
  W-question ("Wo die Aare ihre Quelle hat", "Was man auf der Aare machen kann"), made of a
  W-question on one of its sentences (the W-question generators', or the realiser's on the main
  clauses of its first three sentences, never a "Wo" misread from a book: "Im Alten Testament")
  with the finite verb moved last. Of a paragraph's lines the one whose words return most in it
  (its gist), better not a date, a number or a "Wer" (a detail), not opening with the W-word of
  a line before, not a question the sheet asks; never one whose words all stand in one sentence
  of another paragraph (two answers), nor one with the W-word and verb of a line before
  ("Wonach … benannt"). A paragraph without a line is left out of the list, and the prompt says
  so ("Absatz 5 ist nicht in der Liste."). Up to six paragraphs are listed with one line left
  over: from a paragraph not listed (the key names it), the one whose words stand in the fewest
  listed paragraphs; three lines for a short text are matched without one left over ("Ordne
  zu"); fewer make no task, nor two or more lines asking "Wann …" (a list of dates). A text of
  long sentences (an encyclopaedia article whose headings make no task) gets no topic lines:
  each would name a detail.
Paragraphs are numbered as the worksheet numbers them: title and headings are not counted.
The worksheet must not print the asked headings above their sections (the task would answer
itself); the others stay. The question's ``skill`` is "global" for both forms.
"""

from __future__ import annotations

import dataclasses
import os
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..extraction.compounds import split_compound
from ..extraction.frequency import zipf_frequency
from ..extraction.thesaurus import Thesaurus, load_thesaurus
from ..model import Analysis, Constituent, Question, Sentence, Token
from ..reading import heading_depth
from .realise import interrogative
from .reparse import parse_line
from .wellformed import topic_words, well_formed_question
from .wh import NAMING_VERBS, _pronoun_names, _resolver

HEADING_PROMPT = "Welche Überschrift passt zu welchem Abschnitt?"
PARAGRAPH_PROMPT = "Worum geht es in welchem Absatz? Eine Zeile bleibt übrig."
PAIRS_PROMPT = "Worum geht es in welchem Absatz?"  # the sheet adds "Ordne zu. …"
MAX_ITEMS = 6
MIN_ITEMS = 3
MIN_WORDS = 12  # a paragraph of "some substance"
MAX_SECTION_PARAGRAPHS = 5  # a part a reader takes in as one
MAX_GAP = 10  # paragraphs between two listed sections
MIN_ZIPF = 2.0  # a heading word rarer than this (and no compound) is a term only the text explains
MAX_HEADING_WORDS = 8
FAMILY = 6  # letters two words share at the start when one is of the other's family (Touris-mus, -ten)
MAX_LINE_WORDS = 10  # a topic line a reader takes in at a glance
PLAIN_WORDS = 15  # words a sentence of a text for learners has on average, at most
MIN_LINE_WORDS = 3  # "Warum stehen": a clause cut to nothing
OPENING = 3  # sentences of a paragraph whose clauses give its topic lines
AUXILIARY = re.compile(r"(hab|hat|ist|sind|war|wird|werden|wurde|kann|könn|konnt|muss|müss|soll|will|woll|darf|dürf)\w*$")
# An article form read as a pronoun, or an article before what shows it is one: "Warum
# verkauften die sich gut?" points outside the line.
ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})
POINTING = frozenset({"PRF", "PPER", "ADV", "VVFIN", "VAFIN", "VMFIN", "$,", "$."})
# The constituents a topic line asks for, with their W-word: what the paragraph tells of its
# topic. No time (a date is a detail) and no subject (the topic is the subject).
LINE_WORDS = {"object_acc": "Was", "place": "Wo", "direction": "Wohin", "origin": "Woher", "cause": "Warum",
              "purpose": "Wozu", "manner": "Wie"}
# A topic line that asks for a date or a number names a detail, not what the paragraph is about,
# and one that asks who did it names the deed as the topic and leaves out its doer: the last choice. "In welchem Jahr" reads as "Wann" in a line.
DETAIL = re.compile(r"(Wann|Wie (viele?|lange?|alt|groß|hoch|oft|weit)|Wer)\b")
YEAR = re.compile(r"^In welchem Jahr ")
# Texts and media: "in der Bibel", "im Internet" say where something is told, not where it is.
MEDIA = frozenset({
    "bibel", "testament", "koran", "buch", "text", "brief", "film", "internet", "zeitung", "zeitschrift",
    "märchen", "sage", "legende", "lied", "gedicht", "roman", "bericht", "artikel", "sendung", "fernsehen",
    "radio", "serie", "geschichte", "erzählung", "mythologie", "schrift", "überlieferung",
})
# Nouns of time, quantity and kind: they return in a paragraph without being its topic.
VAGUE = frozenset({
    "jahr", "jahrhundert", "zeit", "tag", "woche", "monat", "teil", "hälfte", "art", "arten", "beispiel", "zahl",
    "anzahl", "mal", "ende", "anfang", "seite", "name", "namen", "prozent", "kilometer", "meter", "million",
    "milliarde", "grund", "weise", "form", "rest", "stelle", "sache", "ding", "mensch", "leute", "land",
})
PREPOSITIONS = frozenset({
    "an", "am", "auf", "aus", "bei", "beim", "durch", "für", "gegen", "in", "im", "ins", "mit", "nach", "ohne",
    "über", "um", "unter", "von", "vom", "vor", "zu", "zum", "zur", "seit", "wegen", "zwischen", "hinter", "neben",
})
WEAK_PLURAL = re.compile(r"(e|ung|heit|keit|schaft|ion|tät|ik|ur|in|el|er)$")  # a plural in -n in every case
DATIVE = frozenset({"den", "allen", "vielen", "diesen", "ihren", "seinen", "einigen", "beiden", "mehreren", "wenigen", "anderen"})
# Sections at the end of an encyclopaedia article that are lists, not text.
BACK_MATTER = frozenset({
    "literatur", "weblinks", "einzelnachweise", "siehe auch", "anmerkungen", "quellen", "fußnoten",
    "belege", "filme", "filmografie", "werke", "diskografie", "schriften", "auszeichnungen",
    "weiterführende literatur", "externe links", "referenzen", "galerie", "bibliografie",
})
# Heading words that point at other sections: such a heading fits nothing on its own.
RELATIVE = frozenset({
    "sonstige", "sonstiges", "weitere", "weiteres", "andere", "anderes", "allgemeines", "allgemein",
    "übersicht", "überblick", "verschiedenes", "diverses", "übriges", "wissenswertes", "einleitung",
})
# A heading of one such noun says how the article is organised, not what its section tells
# ("Gliederung" above the tributaries, "Statistik" above the visitors): a reader cannot match it.
GENERIC = frozenset({
    "gliederung", "statistik", "statistiken", "daten", "zahlen", "fakten", "beschreibung", "merkmale",
    "details", "hintergrund", "grundlagen", "definition", "begriff", "einordnung", "systematik",
})
INFLECTIONS = frozenset({"", "e", "n", "en", "s", "es", "er", "ern", "em"})
SUFFIX = re.compile(r"(ungen|ung|ationen|ation|keit|heit|schaft|ismus|istik|ologie|ografie|graphie|ische?n?|lich|tum|ieren)$")
FUNCTION_WORDS = frozenset({"und", "oder", "sowie", "nach", "über", "unter", "durch", "gegen", "ohne", "einer", "eines", "dieser"})


@dataclass(frozen=True, slots=True)
class Part:
    """A numbered stretch of the text (one paragraph or a section) and the line that fits it."""

    paragraphs: tuple[int, ...]  # indices into Article.paragraphs, in text order
    label: str  # "Absatz 3", "Absätze 3–5"
    line: str  # the heading or summary statement
    first: Sentence  # the first sentence of the part
    words: frozenset[str] = frozenset()  # a topic line's content words other than the title's, folded


def global_task(analysis: Analysis, rng: random.Random, asked: Sequence[Question] | None = None,
                taken: frozenset[str] = frozenset()) -> list[Question]:
    """At most one matching question with skill "global": headings to sections when the article
    has enough of its own headings, else topic lines to paragraphs; [] when neither fits.
    ``asked``: the article's W-questions, whose indirect forms are topic lines besides those of
    the paragraphs' opening clauses (None: the heading form only); ``taken``: the prompts of
    those the sheet would ask otherwise (a line made of another is preferred)."""
    numbers = analysis.article.paragraph_numbers()
    by_paragraph = _sentences_by_paragraph(analysis)
    headed = _heading_task(analysis, numbers, by_paragraph)
    if headed:
        return [_question(HEADING_PROMPT, headed, rng, "Überschrift")]
    if asked is None or not _plain_text(list(by_paragraph.values())):
        return []
    parts = _paragraph_parts(analysis, numbers, by_paragraph, list(asked), taken)
    if sum(DETAIL.match(part.line) is not None for part in parts[: MAX_ITEMS + 1]) > 1:
        return []  # "Wann …", "Wann …", "Wann …": a list of dates to look up, not of topics
    if len(parts) > MIN_ITEMS:
        chosen = _choose(parts, by_paragraph)
        return [_question(PARAGRAPH_PROMPT + _missing(chosen[0], numbers), chosen, rng, "Zeile")]
    if len(parts) == MIN_ITEMS:  # a short text: every line has its paragraph, none is left over
        return [_question(PAIRS_PROMPT + _missing(parts, numbers), (parts, None), rng, "Zeile")]
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


def _plain_text(paragraphs: list[list[Sentence]]) -> bool:
    """Is the text written in plain sentences (PLAIN_WORDS on average, as a text for learners)?
    A paragraph of long sentences names many things, and a line made of one of them names a
    detail: round 23 judged the topic lines of two encyclopaedia articles bad ("Was die
    durchschnittliche Jahresniederschlagsmenge beträgt", "Was Frederik zurück in Hamburg aus dem
    Internet suchte")."""
    sentences = [sentence for paragraph in paragraphs for sentence in paragraph]
    return bool(sentences) and _words(sentences) <= PLAIN_WORDS * len(sentences)


def _substantial(sentences: list[Sentence]) -> bool:
    """Running text, not a list or a caption: enough words in sentences that end like sentences."""
    full = [s for s in sentences if s.text.rstrip().endswith((".", "!", "?", ":")) and len(s.tokens) >= 4]
    return _words(full) >= MIN_WORDS


# --- headings ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the numbered paragraphs below it up to the next heading of any depth."""

    name: str
    words: frozenset[str]  # the heading's content words and their compound parts, folded
    whole: frozenset[str]  # the content words alone (Mittelalter, not mittel and alter)
    lemmas: tuple[str, ...]  # its nouns as written in a dictionary, for the thesaurus
    body: tuple[int, ...]
    sentences: tuple[Sentence, ...]
    leaf: bool  # no heading below it before the next one of its depth


def _heading_task(analysis: Analysis, numbers: dict[int, int], by_paragraph: dict[int, list[Sentence]]) -> tuple[list[Part], Part] | None:
    """The sections to list and the extra heading, or None when no clean task can be built.

    Listed: leaf sections (a parent heading fits each of its subsections) with running text of
    their own, in text order, each compatible with those before (``_apart``) and none whose
    heading words stand in its own first sentence (the task would be word spotting). The extra
    heading is that of a leaf section with text that is not listed (``_left_over``): it fits no
    listed section. The nearest such section gives it: a heading on the same topics."""
    sections = _sections(analysis, numbers, by_paragraph)
    thesaurus = load_thesaurus()
    listable = [section for section in sections if _listable(section)]
    listed = max((_stretch(listable[k:], numbers, thesaurus) for k in range(len(listable))), key=len, default=[])
    if len(listed) < MIN_ITEMS:
        return None
    extras = [section for section in sections if section not in listed and _has_text(section) and _left_over(section, listed, thesaurus)]
    if extras:
        extra = min(extras, key=lambda section: min(abs(numbers[section.body[0]] - numbers[other.body[0]]) for other in listed))
    else:  # every section is listed (a short text): the last one that fits no other becomes the extra
        spare = [section for section in listed if _left_over(section, [other for other in listed if other is not section], thesaurus)]
        if len(listed) == MIN_ITEMS or not spare:
            return None
        extra = spare[-1]
        listed.remove(extra)
    return [_part(section, numbers) for section in listed], _part(extra, numbers)


def _left_over(section: Section, listed: list[Section], thesaurus: Thesaurus) -> bool:
    """Can the heading be the one left over: apart from every listed heading, none of its words
    in their sections and none of theirs in its own (Medien would cover a listed "Film")."""
    if not all(_apart(section, other, thesaurus) for other in listed) or _fits_any(section, listed):
        return False
    return not any(_fits_any(other, [section]) for other in listed)


def _fits_any(section: Section, listed: list[Section]) -> bool:
    """Does one of the section's heading words, or a word of its family, stand anywhere in the
    listed sections' text? A left-over heading must fit none: "Tourismus" fits a section on the
    "Touristen" who come."""
    text = " ".join(sentence.text for other in listed for sentence in other.sentences)
    return _mentions(text, section.words) or _akin(text, section.whole)


def _akin(text: str, words: frozenset[str]) -> bool:
    """Does the text hold a word of the family of one of the words: a long shared beginning
    (Tourismus, Touristen; Landwirtschaft, landwirtschaftlich)?"""
    found = {_fold(word) for word in re.findall(r"[\wäöüÄÖÜß]+", text) if len(word) > FAMILY}
    return any(len(os.path.commonprefix([w, word])) >= FAMILY for word in words if len(word) > FAMILY for w in found)


def _stretch(sections: list[Section], numbers: dict[int, int], thesaurus: Thesaurus) -> list[Section]:
    """From the first section on, the sections that go with those before, while the text
    between two of them stays short (the task covers one stretch of the article)."""
    listed = [sections[0]]
    for section in sections[1:]:
        if len(listed) == MAX_ITEMS or numbers[section.body[0]] - numbers[listed[-1].body[-1]] > MAX_GAP:
            break
        if all(_apart(section, other, thesaurus) for other in listed):
            listed.append(section)
    return listed


def _has_text(section: Section) -> bool:
    """A leaf section with running text (a heading above a list or a link makes a lame extra)."""
    return section.leaf and _words([s for s in section.sentences if not s.text.rstrip().endswith(":")]) >= MIN_WORDS


def _part(section: Section, numbers: dict[int, int]) -> Part:
    """A section with text (listed or left over) as a part of the task."""
    return Part(section.body, _label(section.body, numbers), section.name, section.sentences[0])


def _sections(analysis: Analysis, numbers: dict[int, int], by_paragraph: dict[int, list[Sentence]]) -> list[Section]:
    """Every heading of the article that could be asked (not back matter, not a sentence, named
    once), with its own paragraphs."""
    article = analysis.article
    texts = article.paragraph_texts()
    headings = sorted(h for h in article.headings if article.paragraphs[h] != article.title_span)
    names = [" ".join(texts[index].split()) for index in headings]
    depths = [heading_depth(article, index) for index in headings]
    tokens = {s.paragraph: s.tokens for s in analysis.sentences if s.is_heading}
    found: list[Section] = []
    for position, index in enumerate(headings):
        name = names[position]
        if not _good_heading(name) or names.count(name) > 1:
            continue
        following = headings[position + 1] if position + 1 < len(headings) else len(texts)
        body = tuple(k for k in range(index + 1, following) if k in numbers)
        leaf = position + 1 == len(headings) or depths[position + 1] <= depths[position]
        words, whole, lemmas = _heading_words(name, tokens.get(index, ()))
        if words and _plain(name, lemmas):
            sentences = tuple(s for k in body for s in by_paragraph.get(k, []))
            found.append(Section(name, words, whole, lemmas, body, sentences, leaf))
    return found


def _heading_words(name: str, tokens: tuple[Token, ...]) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The heading's content words, folded ("Flüsse" → "flusse"), with the parts of its
    compounds ("Flusssystem": fluss, system) and without them, and its nouns' lemmas."""
    lemmas = tuple(t.lemma for t in tokens if t.pos in ("NOUN", "PROPN", "ADJ") and len(t.text) > 3) or tuple(
        w for w in re.findall(r"[\wäöüÄÖÜß]+", name) if len(w) > 3 and w.lower() not in FUNCTION_WORDS)
    pieces = [piece for lemma in lemmas for piece in re.findall(r"[^\W\d_]{4,}", lemma)]  # "Natur-", "Rallypoint-Zählweise"
    whole = {_fold(piece) for piece in pieces} - FUNCTION_WORDS
    parts = {_fold(part) for piece in pieces for part in split_compound(piece) if len(part) > 3} - FUNCTION_WORDS
    return frozenset(whole | parts), frozenset(whole), lemmas


def _plain(name: str, lemmas: tuple[str, ...]) -> bool:
    """Can a B1 reader take the heading in: each content word in common use as written or as
    its lemma, or a compound of such words (Pedalantrieb), not a term met only in the text
    (Mikrosporophylle, Biogeografie)?"""
    common = {_fold(lemma) for lemma in lemmas if zipf_frequency(lemma) >= MIN_ZIPF}
    pieces = [piece for piece in re.findall(r"[^\W\d_]{4,}", name) if piece.lower() not in FUNCTION_WORDS]
    return all(zipf_frequency(piece) >= MIN_ZIPF or split_compound(piece) or any(_is_form(_fold(piece), word) for word in common)
               for piece in pieces)


def _fold(word: str) -> str:
    return word.lower().replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")


def _stem(word: str) -> str:
    """The part every form and derivation shares: Gliederung → glieder (gliedert), Geografie → geograf."""
    bare = SUFFIX.sub("", word)
    return bare if len(bare) >= 5 and bare != word else word[: max(4, len(word) - 2)]


def _same_word(first: str, second: str) -> bool:
    """One word in two forms or two compounds of one word: Geografie / geografisch, Fluss /
    Zuflüsse, Fermentation / Kammerfermentation, Mikro- / Megasporophylle, Kau- / Schnupftabak
    (a shared ending counts when it is more than a suffix: Eingemeindungen / Bedeutungen do not)."""
    short, long = sorted((first, second), key=len)
    if long.startswith(_stem(short)) or (len(short) > 4 and short in long):
        return True
    if any(short[k : k + 7] in long for k in range(len(short) - 6)):
        return True
    shared = len(os.path.commonprefix([short[::-1], long[::-1]]))
    ending = short[len(short) - shared :]
    return shared >= 5 and len(SUFFIX.sub("", ending)) >= 4


def _mentions(text: str, words: frozenset[str]) -> bool:
    """Does the text hold one of the words (any form, or as part of a compound)?"""
    return _count(text, words) > 0


def _count(text: str, words: frozenset[str]) -> int:
    """How many words of the text are one of ``words`` (any form, or a compound ending in it)."""
    found = [_fold(word) for word in re.findall(r"[\wäöüÄÖÜß]+", text) if len(word) > 3]
    return sum(any(_is_form(w, word) for word in words) for w in found)


def _is_form(found: str, word: str) -> bool:
    """Is ``found`` a form of ``word``, a compound starting with it (Vogel: Vogelarten) or one
    ending in it (Lage: Hanglage, Kraftwerk: Wasserkraftwerken)? After a short word only an
    inflection or a real second part may follow (Lage: Lagen, Lagerstätte, not Lager)."""
    stem = _stem(word) if len(word) > 5 else word
    if found.startswith(stem):
        rest = found[len(stem) :]
        return len(word) > 5 or rest in INFLECTIONS or len(rest) >= 4
    at = found.rfind(word)
    return at > 0 and found[at + len(word) :] in INFLECTIONS


def _listable(section: Section) -> bool:
    """Running text of its own (not a list, not a list's colon intro, not a one-liner), short
    enough to read as one part, and its heading not spelled out in its first sentence."""
    if not section.leaf or not section.sentences or len(section.body) > MAX_SECTION_PARAGRAPHS:
        return False
    if any(s.text.rstrip().endswith(":") for s in section.sentences):
        return False
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in section.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    if not all(_substantial(sentences) for sentences in by_paragraph.values()):
        return False
    return not _mentions(section.sentences[0].text, section.words)


def _apart(first: Section, second: Section, thesaurus: Thesaurus) -> bool:
    """Could no reader put one of the two headings above the other's section? They share no
    word, are no synonyms, and neither's words open the other's section."""
    if any(_same_word(a, b) for a in first.words for b in second.words):
        return False
    if any(thesaurus.are_synonyms(a, b) for a in first.lemmas for b in second.lemmas):
        return False
    return not any(_fits_other(a, b) for a, b in ((first, second), (second, first)))


def _fits_other(section: Section, other: Section) -> bool:
    """Would a reader put the section's heading above the other section: its words open that
    section ("Der Verlauf der Aare besteht aus drei Teilen"), or stand there more often than in
    its own?"""
    opening = " ".join(sentence.text for sentence in other.sentences[:2])
    if _mentions(opening, section.whole):
        return True
    there = _count(" ".join(sentence.text for sentence in other.sentences), section.whole)
    return there > 0 and there >= _count(" ".join(sentence.text for sentence in section.sentences), section.whole)


def _good_heading(name: str) -> bool:
    """A heading that names a part of the text: no back matter, no sentence, no heading that only
    makes sense beside others ("Sonstiges", "Weitere Varianten", "Allgemeines")."""
    words = name.split()
    bare = re.sub(r"\s*\([^)]*\)", "", name).lower().strip(" :")
    if not words or len(words) > MAX_HEADING_WORDS or bare in BACK_MATTER or bare.startswith("siehe"):
        return False
    if any(word.lower().strip(",:") in RELATIVE for word in words) or bare in GENERIC:
        return False
    return name[:1].isalpha() and not name.rstrip().endswith((".", "?", "!", ":", ","))


# --- topic lines ------------------------------------------------------------------------------


def _paragraph_parts(analysis: Analysis, numbers: dict[int, int], by_paragraph: dict[int, list[Sentence]],
                     asked: list[Question], taken: frozenset[str]) -> list[Part]:
    """One part per substantial paragraph among the first ones that has a topic line of its own:
    the line whose words return most in the paragraph (its gist, not a side detail), the earliest
    of equals, better not a date or a number, nor opening with the W-word of a line before (three
    lines "Wo …" read as one), nor made of a question the sheet asks (``taken``), among the lines whose words no sentence of another paragraph of the stretch holds
    all of (that sentence could answer the line too: two answers would be defensible; words
    spread over another paragraph's sentences do not tell what the line asks). A paragraph
    without such a line is left out of the list."""
    title = _title_words(analysis)
    stretch = [k for k in sorted(numbers) if _substantial(by_paragraph.get(k, []))][: MAX_ITEMS + 2]
    prompts = [(q.prompt, q.sentence) for q in asked] + _clause_questions(analysis, [by_paragraph[k] for k in stretch])
    lines = _topic_lines(prompts, {s.index: s.paragraph for s in analysis.sentences}, title)
    parts: list[Part] = []
    for index in stretch:
        others = [s.text for k in stretch if k != index for s in by_paragraph[k]]
        own = by_paragraph[index]
        opened = {part.line.split()[0] for part in parts}
        framed = {_frame(part.line) for part in parts}
        ranked = sorted(
            (line for line in lines.get(index, [])
             if not any(_holds(other, line.words) for other in others) and _frame(line.text) not in framed),
            key=lambda line: (DETAIL.match(line.text) is not None, line.text.split()[0] in opened, line.prompt in taken,
                              -_recurrence(line, own), line.sentence))
        if gist := _gist(own, others, title):  # a line on the noun says what of it ("Worin sich Federball …")
            ranked = [line for line in ranked if _about(line.text, gist.words) and not DETAIL.match(line.text)][:1] or [gist]
        if ranked:
            parts.append(Part((index,), _label((index,), numbers), ranked[0].text, own[0], ranked[0].words))
    return parts


def _gist(own: list[Sentence], others: list[str], title: set[str]) -> Line | None:
    """The paragraph's own topic noun as its line ("Die Überschwemmungen"): a common noun, not the
    title's, that returns in more of its sentences than any other (two at least) and stands in no
    other paragraph. A paragraph that keeps naming one thing is about it; a W-question on one of
    its sentences names a detail ("Wohin die Aare geleitet wurde" above the paragraph on how the
    floods were stopped, round 23). Only in a paragraph of plain sentences (PLAIN_WORDS)."""
    if not _plain_text([own]):
        return None  # long sentences name many things: a noun in two of them is no topic
    found: dict[str, list[Token]] = {}
    for sentence in own:
        for lemma, token in {t.lemma: t for t in sentence.tokens if _topic_noun(t, title)}.items():
            found.setdefault(lemma, []).append(token)
    elsewhere = " ".join(others)
    ranked = sorted((tokens for tokens in found.values() if len(tokens) > 1), key=lambda tokens: -len(tokens))
    if not ranked or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return None  # no noun, or two of equal weight: the paragraph is about both, or neither
    heading = _named(ranked[0], own)
    word = _fold(ranked[0][0].lemma)
    if heading is None or _mentions(elsewhere, frozenset({word})):
        return None
    return Line(heading, frozenset({word}), ranked[0][0].i, "")


def _about(line: str, words: frozenset[str]) -> bool:
    """Does the line ask about the noun: it names it outside a prepositional phrase ("Worin sich
    Federball und Badminton unterscheiden", not "Was Lindbergh für eines seiner Bücher erhielt",
    whose topic is the prize)?"""
    found = line.split()
    at = next((k for k, word in enumerate(found) if any(_is_form(_fold(word), w) for w in words)), None)
    return at is not None and not any(word.lower() in PREPOSITIONS for word in found[max(0, at - 3) : at])


def _topic_noun(token: Token, title: set[str]) -> bool:
    """A common noun that can name a paragraph's topic: not the title's (every paragraph is about
    it), not a word of time or quantity (Jahr, Teil, Hälfte)."""
    lemma = token.lemma
    if token.tag != "NN" or len(lemma) < 4 or not lemma[:1].isupper() or lemma.lower() in VAGUE:
        return False
    return not any(_is_form(_fold(lemma), _fold(word)) or _is_form(_fold(word), _fold(lemma)) for word in title)


def _named(tokens: list[Token], sentences: list[Sentence]) -> str | None:
    """The noun with its definite article in the nominative, as the text uses it: plural when
    the text says it in the plural ("Die Überschwemmungen"), else the lemma ("Die Quelle"). A
    plural only after a word that shows no dative, and in -n only where every case ends so
    ("Quellen", "Überschwemmungen"; not "mit Steinen", "den Flüssen", "indigenen Stämmen")."""
    before = {t.i + 1: t for sentence in sentences for t in sentence.tokens}
    plural = [t for t in tokens if t.feature("Number") == "Plur" and t.feature("Case") in ("", "Nom", "Acc")]
    plain = [t for t in plural if t.i in before and before[t.i].tag != "APPR" and before[t.i].text.lower() not in DATIVE
             and (not t.text.endswith("n") or WEAK_PLURAL.search(t.lemma))]  # "Stämmen" is a dative
    if plural:
        return f"Die {plain[0].text}" if plain else None
    article = {"Masc": "Der", "Fem": "Die", "Neut": "Das"}.get(tokens[0].feature("Gender"))
    return f"{article} {tokens[0].lemma}" if article and all(t.feature("Number") != "Plur" for t in tokens) else None


@dataclass(frozen=True, slots=True)
class Line:
    """A paragraph's topic as an indirect question ("Wo die Aare ihre Quelle hat")."""

    text: str
    words: frozenset[str]  # its content words other than the title's, folded
    sentence: int  # the sentence whose W-question it restates
    prompt: str  # that W-question


def _topic_lines(prompts: list[tuple[str, int]], paragraph_of: dict[int, int], title: set[str]) -> dict[int, list[Line]]:
    """Paragraph index → the topic lines its W-questions (prompt, sentence) give. A line says what
    the paragraph tells without telling it: the question's words in the order of a subordinate
    clause, short, with no number (a digit would be found by matching), with two content words at
    least ("Was man braucht" fits any paragraph), one of them not the title's."""
    found: dict[int, list[Line]] = {}
    seen: set[str] = set()
    for prompt, sentence in prompts:
        line = _indirect(prompt)
        if line is None or line.text in seen or re.search(r"\d", line.text):
            continue
        words = frozenset(w for w in line.words if not any(_is_form(w, _fold(t)) for t in title if len(t) > 3))
        if words and len(line.words) > 1 and MIN_LINE_WORDS <= len(line.text.split()) <= MAX_LINE_WORDS:
            seen.add(line.text)
            found.setdefault(paragraph_of[sentence], []).append(Line(line.text, words, sentence, prompt))
    return found


def _clause_questions(analysis: Analysis, paragraphs: list[list[Sentence]]) -> list[tuple[str, int]]:
    """W-questions (prompt, sentence) on the main clauses of each paragraph's opening sentences,
    as the realiser asks them and the round-trip check accepts them. The W-question generators
    leave out many a question whose answer is vague or long ("so etwas Ähnliches" for "Was spielte
    man im alten China?"); a topic line asks for no answer and may use it."""
    resolve = _resolver()
    found: list[tuple[str, int]] = []
    for sentences in paragraphs:
        for sentence in sentences[:OPENING]:
            for clause in sentence.clauses:
                main = clause.kind == "main" and clause.sure and clause.lemma not in NAMING_VERBS  # "Was nennt man einen Veggieburger?"
                names = _pronoun_names(analysis, sentence, clause, resolve) if main else None
                for constituent in clause.constituents if names is not None else ():
                    word = LINE_WORDS.get(constituent.role)
                    if word is None or not constituent.sure or _person(sentence, constituent) or _medium(sentence, constituent):
                        continue
                    prompt = interrogative(sentence, clause, constituent, word, replace=names)
                    if prompt and well_formed_question(prompt, word=word):
                        found.append((prompt, sentence.index))
    return found


def _person(sentence: Sentence, constituent: Constituent) -> bool:
    """Is the constituent a person or a pronoun ("Was" would ask for a "Wen")?"""
    head = next((t for t in sentence.tokens if t.i == constituent.head), None)
    return head is None or head.ent_label == "PER" or head.tag.startswith("PP")


def _medium(sentence: Sentence, constituent: Constituent) -> bool:
    """Is the constituent a "place" that is a text or a medium: "Im Alten Testament brauchte Gott
    sechs Tage" tells where it is written, and "Wo Gott sechs Tage brauchte" misreads it."""
    head = next((t for t in sentence.tokens if t.i == constituent.head), None)
    return head is not None and head.lemma.lower() in MEDIA


def indirect(prompt: str) -> str | None:
    """The topic line a W-question gives (``_indirect``), None when it gives none."""
    line = _indirect(prompt)
    return line.text if line else None


def _indirect(prompt: str) -> Line | None:
    """A W-question as an indirect one, the finite verb last ("Was kann man auf der Aare machen?
    Nenne drei." → "Was man auf der Aare machen kann"; "Wo macht die Aare einen Bogen um die
    Altstadt herum?" → "Wo die Aare einen Bogen um die Altstadt herummacht"). None for a question
    of more than one clause, without a subject ("Wo wurden in der sowjetischen Zeit ausprobiert?"),
    with a pronoun that points outside it ("Warum verkauften die sich gut?"), with a negation (what
    a paragraph is about is seldom what is not: "Was braucht man nicht?") or whose finite verb
    would not go last ("hat … kommen können")."""
    question = prompt.split("?")[0].strip() + "?"
    parsed = parse_line(question) if "?" in prompt and "," not in question else None
    if parsed is None or len(parsed.clauses) != 1 or not parsed.clauses[0].sure or parsed.clauses[0].finite is None:
        return None
    tokens = [t for t in parsed.tokens if t.text != "?"]
    at = next((k for k, t in enumerate(tokens) if t.i == parsed.clauses[0].finite), 0)
    if not at or not any(t.tag.startswith("PW") for t in tokens[:at]) or not parsed.clauses[0].role("subject"):
        return None
    if any(t.tag in ("PDS", "PPER", "PTKNEG") and t.text.lower() != "es" or t.text.lower() in ARTICLES and t.tag.startswith("P")
           for t in tokens) or any(
            t.tag == "ART" and later.tag in POINTING for t, later in pairwise(tokens)):
        return None
    rest = [_lower(t) for t in tokens[at + 1 :]]
    verb = tokens[at].text
    if rest and rest[-1].tag == "PTKVZ":
        verb, rest = rest[-1].text + verb, rest[:-1]
    if sum(1 for t in rest[-2:] if t.tag.endswith("INF")) == 2:
        return None
    words = frozenset(_fold(t.text) for t in tokens if t.pos in ("NOUN", "PROPN", "VERB", "ADJ") and len(t.text) > 3)
    text = " ".join([*(t.text for t in tokens[:at]), *(t.text for t in rest), verb])
    return Line(re.sub(r" ([-.,])|(-) ", r"\1\2", YEAR.sub("Wann ", text)), words, -1, prompt)


def _lower(token: Token) -> Token:
    """A word that opened the source sentence, no longer first: "Jemand" → "jemand" (only a
    pronoun, article or particle: nouns, names and "Ungarisch" keep their capital)."""
    if not token.tag.startswith(("P", "ART", "ADV", "KO")) or not token.text[:1].isupper():
        return token
    return dataclasses.replace(token, text=token.text.lower())


def _frame(line: str) -> tuple[str, str]:
    """The W-word and the verb of a line: two lines of one frame ("Wonach die Römer die Wochentage
    benannt haben", "Wonach der Dienstag benannt war") read as one question of two paragraphs."""
    words = line.split()
    verbs = [word for word in words[1:] if not AUXILIARY.match(word)] or words[-1:]
    return words[0], verbs[-1][:5]


def _holds(text: str, words: frozenset[str]) -> bool:
    """Does the text hold every one of the words, each in a word of its own (a line made of them
    could ask about it; "Federball" alone does not hold both Ball and Federn)?"""
    found = [_fold(w) for w in re.findall(r"[\wäöüÄÖÜß]+", text) if len(w) > 3]
    matched = [{k for k, w in enumerate(found) if _is_form(w, word)} for word in words]
    return all(matched) and len(set().union(*matched)) >= len(words)


def _recurrence(line: Line, sentences: list[Sentence]) -> int:
    """In how many of the paragraph's sentences the line's words stand: the gist returns."""
    return sum(_mentions(sentence.text, line.words) for sentence in sentences)


def _title_words(analysis: Analysis) -> set[str]:
    """The topic's words: every paragraph is about them, so they tell no paragraph apart."""
    return {w for w in topic_words(analysis) if len(w) > 3}


# --- the question -----------------------------------------------------------------------------


def _choose(parts: list[Part], by_paragraph: dict[int, list[Sentence]]) -> tuple[list[Part], Part]:
    """Up to six parts to list and one left-over part, from the start of the text. The first part
    (the lead) is always listed; the left-over one is that of the others whose line's words
    stand in the fewest listed paragraphs (a left-over line must fit none of them: "Was man mit
    Schlägern schlägt" fits every paragraph on hitting the ball), the last of equals: the listed
    paragraphs then follow one another, and no gap points at the left-over line's paragraph."""
    parts = parts[: MAX_ITEMS + 1]  # consecutive: a stretch of text read as a whole
    extra = min(parts[1:], key=lambda part: (_fitting(part, [other for other in parts if other is not part], by_paragraph),
                                             -part.paragraphs[0]))
    return [part for part in parts if part is not extra], extra


def _fitting(part: Part, listed: list[Part], by_paragraph: dict[int, list[Sentence]]) -> int:
    """In how many listed paragraphs a word of the part's line stands."""
    return sum(_mentions(" ".join(s.text for k in other.paragraphs for s in by_paragraph[k]), part.words) for other in listed)


def _missing(listed: list[Part], numbers: dict[int, int]) -> str:
    """What the prompt says of the text's paragraphs that are not listed, before, between or
    after the listed ones: a paragraph skipped in silence reads as an error (round 23: "Absatz 5
    is silently left out"; round 24: "only Absatz 3 is missing" where 5 and 6 were too)."""
    shown = {numbers[k] for part in listed for k in part.paragraphs if k in numbers}
    gaps = sorted(number for number in set(numbers.values()) if number not in shown)
    if not gaps:
        return ""
    if len(gaps) == 1:
        return f" Absatz {gaps[0]} ist nicht in der Liste."
    runs: list[list[int]] = []
    for number in gaps:
        if runs and runs[-1][-1] == number - 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    named = [name for run in runs for name in ([f"{run[0]}–{run[-1]}"] if len(run) > 2 else map(str, run))]
    said = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} und {named[-1]}"
    return f" Die Absätze {said} sind nicht in der Liste."


def _question(prompt: str, chosen: tuple[list[Part], Part | None], rng: random.Random, what: str) -> Question:
    items, extra = chosen
    options = [part.line for part in items] + ([extra.line] if extra else [])
    rng.shuffle(options)
    solution = "; ".join(f"{part.label}: {part.line}" for part in items)
    if extra is None:
        explanation = f"{solution}."
    elif prompt == HEADING_PROMPT:  # its section is seldom on the sheet: the key does not send the teacher there
        explanation = f"{solution}. Übrig bleibt die {what} „{extra.line}“: sie passt zu keinem dieser Abschnitte."
    else:
        explanation = f"{solution}. Übrig bleibt die {what} „{extra.line}“ (sie gehört zu {_dative(extra.label)})."
    return Question(
        id="", type="matching", prompt=prompt, answer=tuple(part.line for part in items),
        sentence=items[0].first.index, evidence=" ".join(part.first.text for part in items),
        explanation=explanation, options=tuple(options),
        prompt_items=tuple(part.label for part in items), skill="global",
    )
