"""Questions the article asks itself: a section heading that is a W-question.

Children's encyclopaedias and many school texts head their sections with the question the
section answers ("Wie werden Blüten bestäubt?", "Woher haben die Wochentage die Namen?",
"Was ist am Tabak schädlich?"). Readers listed exactly these among the questions they would
most want to ask, and no rule on one sentence reaches them, because the answer is the gist
of a paragraph. Such a heading becomes an open W-question, asked when the section's opening takes
up the heading (its content words, or a cue for the question word); its key is a model answer,
the opening, each paragraph's opening and then the other sentences (up to MODEL_WORDS words),
cited with the section's lines.

Asked only where the heading names what the text is about (a word of the title or a noun the
text keeps returning to), not a bare "Was geschah früher?" or "Wie leben die Menschen?",
whose referent only the layout gives; and only for a section short enough that one sentence
can open with its answer.
"""

from __future__ import annotations

import re

from ..model import HEADING_SKILL, Analysis, Question, Sentence
from .selection import recurring_nouns
from .wellformed import topic_words

MAX_SECTION = 30  # sentences: a longer section answers with a survey, not its opening
STEM = 6  # letters of a lemma that carry its meaning across derivations (bestäuben, Bestäubung)
SHORT_OPENING = 10  # words: a shorter first sentence rarely carries the answer alone
EXPLANATION = "Der ganze Abschnitt unter dieser Überschrift beantwortet die Frage; die Musterantwort nennt seine Hauptpunkte."
# The model answer: the opening and each paragraph's opening, then the other sentences, up to
# MODEL_WORDS words. Readers of rounds 7 to 9 found the first sentences alone miss the section's
# other points (the wind and the human beside the insects; the Germanic gods; the drying and
# fermenting of tobacco).
MODEL_WORDS = 80
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
        if not _answers(heading, opening, title):
            continue
        answer = " ".join(" ".join(sentence.text.split()) for sentence in _model_answer(section, opening))
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


def _model_answer(section: list[Sentence], opening: list[Sentence]) -> list[Sentence]:
    """The sentences that cover the section, in the text's order, within MODEL_WORDS words: the
    opening, then the opening of each further paragraph (each states one of the section's points:
    the wind, the date farmer beside the insects), then the other sentences in order."""
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in section:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    leads = [s for paragraph in paragraphs.values() for s in _opening(paragraph) if s not in opening]
    rest = [s for s in section if s not in opening and s not in leads]
    chosen = list(opening)
    words = sum(len(sentence.text.split()) for sentence in opening)
    for sentence in leads:  # a shorter paragraph opening further on may still fit
        if words + len(sentence.text.split()) <= MODEL_WORDS:
            chosen.append(sentence)
            words += len(sentence.text.split())
    for sentence in rest:  # then in order, without a gap the reader would have to bridge
        words += len(sentence.text.split())
        if words > MODEL_WORDS:
            break
        chosen.append(sentence)
    return sorted(chosen, key=lambda sentence: sentence.index)


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
