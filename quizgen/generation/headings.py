"""Questions the article asks itself: a section heading that is a W-question.

Children's encyclopaedias and many school texts head their sections with the question the
section answers ("Wie werden Blüten bestäubt?", "Woher haben die Wochentage die Namen?",
"Was ist am Tabak schädlich?"). Readers listed exactly these among the questions they would
most want to ask, and no rule on one sentence reaches them, because the answer is the gist
of a paragraph. Such a heading becomes an open W-question, asked when the section's opening takes
up the heading (its content words, or a cue for the question word); its key is a model answer,
the points of the section: each paragraph's opening sentence trimmed to its main clause (round 15:
"the key is a paragraph copy; replace it with 'durch Insekten, durch den Wind, durch den
Menschen'"), cited with the section's lines.

Not asked where the section opens by saying nobody knows the answer (``_unknown``), and no key
joins a cut lead-in to what follows its colon (``_point``).

Asked only where the heading names what the text is about (a word of the title or a noun the
text keeps returning to), not a bare "Was geschah früher?" or "Wie leben die Menschen?",
whose referent only the layout gives; and only for a section short enough that one sentence
can open with its answer.
"""

from __future__ import annotations

import re

from ..model import HEADING_SKILL, Analysis, Question, Sentence, Token
from .selection import recurring_nouns
from .wellformed import topic_words

MAX_SECTION = 30  # sentences: a longer section answers with a survey, not its opening
STEM = 6  # letters of a lemma that carry its meaning across derivations (bestäuben, Bestäubung)
SHORT_OPENING = 10  # words: a shorter first sentence rarely carries the answer alone
EXPLANATION = "Der ganze Abschnitt unter dieser Überschrift beantwortet die Frage; die Musterantwort nennt seine Hauptpunkte."
# The model answer: one point per paragraph, at most MAX_POINTS of them, each at most POINT_WORDS
# words. Readers of rounds 7 to 9 found the first sentences alone miss the section's other points
# (the wind and the human beside the insects; the Germanic gods); readers of round 15 found copied
# paragraphs no key ("Key copies sentences, includes irrelevant ones").
MAX_POINTS = 4
POINT_WORDS = 12
LEAD_WORDS = 18  # a lead-in with its colon and what it leads into
MODEL_WORDS = 60
# Nouns too general to say what a heading asks about without the layout around it.
GENERAL_NOUNS = frozenset({
    "land", "mensch", "leute", "stadt", "geschichte", "welt", "zeit", "sache", "ding", "teil", "art",
    "frage", "beispiel", "name",
})
W_TAGS = frozenset({"PWS", "PWAV", "PWAT"})
# What in an opening answers a question word besides the heading's own words.
CUES: dict[str, re.Pattern[str]] = {
    "warum": re.compile(r"\b(weil|da|denn|deshalb|daher|darum|deswegen|wegen)\b"),
    "woher": re.compile(r"\b(stammt|stammen|benannt|kommt von|kommt aus|kommen aus)\b"),
    "wann": re.compile(r"\b(\d{3,4}|\d+ Jahr\w*|Jahrhundert\w*)\b"),
    "wie viele": re.compile(r"\b(\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|hundert|tausend)\b"),
}


def heading_questions(analysis: Analysis) -> list[Question]:
    """One open W-question per question heading of a short section about the topic."""
    about = _about(analysis)
    title = _title_words(analysis)
    questions = []
    sentences = analysis.sentences
    for k, heading in enumerate(sentences):
        if not heading.is_heading or not _asks(heading):
            continue
        section = []
        for sentence in sentences[k + 1 :]:
            if sentence.is_heading:
                break
            section.append(sentence)
        if not section or len(section) > MAX_SECTION or not _names_the_topic(heading, about):
            continue
        opening = _opening(section)
        if not _answers(heading, opening, title) or _unknown(opening):
            continue
        points = _points(section)
        if points is None:
            continue  # a paragraph whose point no short sentence states: its key would be a copy
        answer = " ".join(points)
        questions.append(Question(
            id="", type="wh", prompt=heading.text.strip(), answer=answer, sentence=opening[0].index,
            evidence=answer, explanation=EXPLANATION, focus="content", skill=HEADING_SKILL,
        ))
    return questions


def _asks(heading: Sentence) -> bool:
    """A W-question: it opens with a question word and ends in a question mark."""
    words = [t for t in heading.tokens if t.pos != "PUNCT"]
    return bool(words) and heading.text.rstrip().endswith("?") and (
        words[0].tag in W_TAGS or words[0].text.lower() in ("was", "wie", "wann", "wo", "woher", "warum", "wer")
    )


def _about(analysis: Analysis) -> set[str]:
    """What the text is about: the title's words and the nouns it keeps returning to (lower case)."""
    return _title_words(analysis) | recurring_nouns([s for s in analysis.sentences if not s.is_heading])


def _title_words(analysis: Analysis) -> set[str]:
    """The topic's words (``wellformed.topic_words``), also with umlauts restored (a file name
    "Bluete" for Blüte)."""
    words = {w for w in topic_words(analysis) if len(w) > 2}
    return words | {w.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü") for w in words}


def _names_the_topic(heading: Sentence, about: set[str]) -> bool:
    """Does the heading name a noun of the topic, itself or as a compound part (Wochentage: Woche)?"""
    for token in heading.tokens:
        lemma = token.lemma.lower()
        if token.tag not in ("NN", "NE") or lemma in GENERAL_NOUNS:
            continue
        if lemma in about or token.text.lower() in about or any(
            len(word) > 3 and (lemma.startswith(word) or lemma.endswith(word)) for word in about
        ):
            return True
    return False


def _opening(section: list[Sentence]) -> list[Sentence]:
    """The section's opening, which states its answer: the first sentence, with the next when the
    first is short or leads into it with a colon (SHORT_OPENING words)."""
    first = section[0]
    if len(section) > 1 and (first.text.rstrip().endswith(":") or len(first.text.split()) < SHORT_OPENING):
        return section[:2]
    return section[:1]


# What says that nobody knows the answer ("Woher der Name Hamburger kommt, weiß niemand sicher.",
# "Wer zuerst …, ist bis heute unklar."); not "Viele wissen nicht, dass …", which goes on to tell.
UNKNOWN = re.compile(
    r"\b(weiß|wusste) (niemand|keiner|man nicht)\b|\b(niemand|keiner) (weiß|wusste)\b|\bman weiß (es )?nicht\b"
    r"|\b(ist|bleibt|war) (bis heute |noch )?(unklar|ungeklärt|umstritten|unbekannt|nicht (bekannt|geklärt|sicher))\b",
    re.IGNORECASE,
)


def _unknown(opening: list[Sentence]) -> bool:
    """Does the section open by saying nobody knows the answer? The heading then asks what the
    text cannot answer, and the key lists guesses a teacher cannot mark: "Woher kommen die
    Hamburger?" over "Woher der Name Hamburger kommt, weiß niemand sicher. Vielleicht kommt er
    vom …" was judged bad five times (rounds 11 to 18: "ambiguous … the text's answer is
    'unknown', and the key cannot be marked")."""
    return any(UNKNOWN.search(sentence.text) for sentence in opening)


def _points(section: list[Sentence]) -> list[str] | None:
    """The section's points in the text's order, one per paragraph (its opening trimmed to the main
    clause, ``_point``), or one per sentence in a section of one paragraph ("Igel fressen vor allem
    Käfer, …", "Manchmal fressen sie auch …"). None when there are more than MAX_POINTS, when one
    takes more than POINT_WORDS words or all together more than MODEL_WORDS: a key that copies the
    paragraph, or leaves out its point, is no key."""
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in section:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    units = list(paragraphs.values()) if len(paragraphs) > 1 else [[sentence] for sentence in section]
    if len(units) > MAX_POINTS:
        return None
    points = [_point(unit) for unit in units]
    if any(point is None for point in points) or sum(len(str(point).split()) for point in points) > MODEL_WORDS:
        return None
    return [str(point) for point in points]


def _point(paragraph: list[Sentence]) -> str | None:
    """One paragraph's point: its opening trimmed, or for a lead-in that ends in a colon the
    lead-in with what it opens, as the text writes them ("Bei den Dattelpalmen unterstützt sogar
    der Mensch die Bestäubung: der Dattelbauer klettert …"), as far as the words allow. A lead-in
    that loses words to the trimming is left out and what it opens stands alone: "Es gibt jedoch
    auch Blüten, die schaffen das ohne Insekten: Der Wind …" gave "Es gibt jedoch auch Blüten: Der
    Wind wirbelt …", a key round 18 judged "a garbled sentence collage"; now "Der Wind wirbelt die
    Pollen durch die Luft."."""
    pieces = [piece for sentence in paragraph[:2] for piece in _colon_pieces(list(sentence.tokens))]
    lead = _trimmed(pieces[0])
    if pieces[0][-1].text != ":" or len(pieces) < 2:
        return f"{lead}." if lead and len(lead.split()) <= POINT_WORDS else None
    follow = _trimmed(pieces[1])
    whole = len(lead.split()) == sum(t.pos != "PUNCT" for t in pieces[0])
    if whole and follow and len(lead.split()) + len(follow.split()) <= LEAD_WORDS:
        return f"{lead}: {follow}."
    for part in (follow, lead if whole else ""):
        if part and len(part.split()) <= POINT_WORDS:
            return f"{part}."
    return None


def _colon_pieces(tokens: list[Token]) -> list[list[Token]]:
    """The sentence split after each colon: the lead-in, and what it opens or explains."""
    pieces: list[list[Token]] = [[]]
    for k, token in enumerate(tokens):
        pieces[-1].append(token)
        if token.text == ":" and k + 1 < len(tokens):
            pieces.append([])
    return [piece for piece in pieces if piece]


FINITE = ("VVFIN", "VAFIN", "VMFIN")
# What opens a clause that is not a main clause: "Woher der Name Hamburger kommt, …", "Wenn …",
# "Würde man sich … setzen, …" (a condition with its verb first).
SUBORDINATE_OPENERS = ("KOUS", "KOUI", "PWAV", "PWS", "PRELS", *FINITE)
CLAUSE_LINKS = frozenset({"und", "aber", "oder", "doch", "denn", "sondern", "jedoch"})


def _trimmed(tokens: list[Token]) -> str:
    """The sentence's main clause without its asides: no brackets, no relative clause, nothing
    after a colon or semicolon, nor a further main clause after "und", "aber" or a comma ("Bei den
    Dattelpalmen unterstützt sogar der Mensch die Bestäubung: der Dattelbauer klettert …" → "Bei
    den Dattelpalmen unterstützt sogar der Mensch die Bestäubung"; "Der Wind wirbelt die Pollen
    durch die Luft und dabei geraten …" → "Der Wind wirbelt die Pollen durch die Luft"). A clause
    that opens with a subordinate clause keeps it; "" when no finite verb is left."""
    if tokens and tokens[-1].tag == "$." and tokens[-1].text not in (":", ";"):
        tokens = tokens[:-1]
    main = bool(tokens) and tokens[0].tag not in SUBORDINATE_OPENERS
    kept: list[Token] = []
    depth, skipping = 0, False
    for k, token in enumerate(tokens):
        if token.text == "(" or depth:
            depth += (token.text == "(") - (token.text == ")")
            continue
        if token.text in (":", ";"):
            break
        after = tokens[k + 1 : k + 3]
        complete = main and len(kept) >= 4 and any(t.tag in FINITE for t in kept)
        if token.text == "," and skipping:
            skipping = False
            continue
        if token.text == "," and after and (after[0].tag == "PRELS" or [t.tag for t in after] == ["APPR", "PRELS"]):
            skipping = True  # ", die in den Berner Alpen liegen": an aside about the noun
            continue
        linked = token.text == "," or (token.tag == "KON" and token.text in CLAUSE_LINKS)
        if linked and complete and any(t.tag in FINITE for t in after):
            break  # the main clause is complete: what follows is a further clause
        if not skipping:
            kept.append(token)
    if not any(t.tag in FINITE for t in kept):
        return ""
    text = "".join(t.text + (" " if later.start > t.end else "") for t, later in zip(kept, [*kept[1:], kept[-1]], strict=True))
    return " ".join(text.split()).strip(" ,")


def _stems(sentence: Sentence, leave_out: set[str]) -> set[str]:
    """The content words' stems, lower case: the lemma without its last two letters, at least four
    and at most STEM of them (bestäubt ~ Bestäubung, kommen ~ kommt, Samen but not gesammelt)."""
    return {
        t.lemma.lower()[: min(STEM, max(4, len(t.lemma) - 2))] for t in sentence.tokens
        if t.tag.startswith(("NN", "NE", "VV", "ADJ")) and len(t.lemma) > 3 and t.lemma.lower() not in leave_out
    }


def _answers(heading: Sentence, opening: list[Sentence], title: set[str]) -> bool:
    """Does the opening take up what the heading asks: a content word of the heading other than the
    title's (as a word or a compound part: gesund in ungesund, Pflanze in Tabakpflanzen), or the
    question word's cue (a year for Wann, "weil" for Warum)?"""
    asked = _stems(heading, title)
    words = {w.lower() for sentence in opening for w in re.findall(r"\w+", sentence.text)}
    if any(any(stem in word for word in words) for stem in asked):
        return True
    cue = CUES.get(_question_word(heading))
    return bool(cue and any(cue.search(sentence.text) for sentence in opening))


def _question_word(heading: Sentence) -> str:
    words = [t.text.lower() for t in heading.tokens if t.pos != "PUNCT"]
    return "wie viele" if words[:2] in (["wie", "viele"], ["wie", "viel"]) else words[0]
