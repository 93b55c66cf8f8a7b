"""Questions the text itself leaves open and then answers with a guess or an explanation.

Round 25's readers (tests/judged/comprehension.md, "Key questions") wanted "Woher kommt der Name
Hamburger vielleicht?" and "Wie lässt sich die Sieben-Tage-Woche erklären?" and found neither on
the sheets: the text says the fact is not known and then offers a guess, or says by what a fact
can be explained, and the generators asked only details of the sentences around. Two kinds:

- **a guess after an open question** ("vermutung"): an indirect W-question that the text says
  nobody knows for sure ("Woher der Name Hamburger kommt, weiß niemand sicher."; "Warum die
  Christen den Sonntag für den ersten Wochentag halten, ist nicht genau bekannt.") and the next
  sentence of the paragraph guessing ("Vielleicht kommt er vom …"; "Man vermutet den Grund darin,
  dass …") → the indirect question made direct, and "Was vermutet man?" ("Woher kommt der Name
  Hamburger? Was vermutet man?" – the guess). The question is the text's own, in its words; the
  answer is what a reader must understand: that it is a guess, and which.
- **an explanation** ("wie-erklaeren"): "X kann mit Y erklärt werden" / "X lässt sich durch Y
  erklären" / "X ist auf Y zurückzuführen" → "Wie lässt sich X erklären?" – mit Y.

Precision over recall as in the other wh_* modules: no pronoun in what is asked, an answer that
reads on its own (a subject pronoun of the guess only where it stands for what is asked), every
question through ``wellformed``.
"""

from __future__ import annotations

from dataclasses import replace as dc_replace

from ..model import Analysis, Clause, Question, Sentence, Token
from . import wellformed
from .wh import askable_sentences
from .wh_causes import _self_contained
from .wh_effects import HEDGES, content_item

# The W-words of an indirect question the text may leave open ("ob" asks yes or no: no guess to name).
OPEN_WORDS = frozenset({"woher", "warum", "weshalb", "wieso", "wie", "wann", "wo", "wer", "wozu", "wodurch", "wofür"})
# Words after the indirect question that say nobody knows it for sure.
UNKNOWN_WORDS = (("weiß", "niemand"), ("weiß", "man", "nicht"), ("ist", "nicht", "bekannt"), ("ist", "unklar"),
                 ("ist", "nicht", "klar"), ("ist", "umstritten"), ("ist", "nicht", "geklärt"), ("ist", "ungeklärt"),
                 ("weiß", "keiner"), ("wissen", "nicht"))
# Verbs by which the text guesses ("Man vermutet …", "Forscher nehmen an, dass …").
GUESS_VERBS = frozenset({"vermuten", "annehmen", "glauben", "meinen"})
# Separable verb particles: "wann er ankam" cannot be turned into a direct question by moving "ankam".
PARTICLES = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin", "los", "mit", "nach", "vor", "weg",
             "zu", "zurück", "zusammen", "dar", "statt", "teil", "empor", "hervor", "heraus", "herein", "hinaus", "über", "um")
# Pointing words a question read on its own cannot hold.
POINTING_TAGS = frozenset({"PPER", "PDS", "PDAT", "PPOSAT", "PROAV", "PAV"})
MAX_GUESS_WORDS = 30
# Nouns that take the name they are about right after them ("der Name Hamburger", "das Wort Woche").
NAMING_NOUNS = frozenset({"Name", "Wort", "Begriff", "Bezeichnung"})
# What the question adds to the text's own: the answer is a guess, and the reader should say so.
GUESS_PROMPT = "Was vermutet man?"


def guess_questions(analysis: Analysis) -> list[Question]:
    """The text's open questions with their guesses, and the facts it explains, in text order."""
    found: list[Question] = []
    for sentence, _seen in askable_sentences(analysis):
        following = analysis.sentences[sentence.index + 1] if sentence.index + 1 < len(analysis.sentences) else None
        guessed = _guessed(sentence, following) if following is not None and following.paragraph == sentence.paragraph else None
        if guessed is not None and _passes(guessed, analysis):  # checked as one sentence, then told it is a guess
            found.append(dc_replace(guessed, prompt=f"{guessed.prompt} {GUESS_PROMPT}"))
        explained = [q for clause in sentence.clauses if clause.kind == "main" and (q := _explanation(sentence, clause))]
        found.extend(wellformed.teacher_filter(explained, analysis))
    return found


def _passes(question: Question, analysis: Analysis) -> bool:
    """Does the question pass the teacher's checks (``wellformed``)? Two do not apply: another
    sentence that says the same is another guess, which the key may take as well ("Es gibt aber
    auch andere Erklärungen …"), and "der Name Hamburger" names what it is about (the tagger
    reads a name that is also a common noun as a noun)."""
    if wellformed.without_linking_adverbs(question.prompt) != question.prompt:
        return False
    problems = [p for found in wellformed._text_checks(question, analysis) for p in found]
    return all(p.startswith("another sentence says it too") or _named(p, question.prompt) for p in problems)


def _named(problem: str, prompt: str) -> bool:
    """Is the problem a naming noun followed by its name ("der Name Hamburger")?"""
    noun = problem.removeprefix("a definite noun without its referent: ")
    words = prompt.rstrip("?").split()
    return noun != problem and noun in NAMING_NOUNS and noun in words and \
        words.index(noun) + 1 < len(words) and words[words.index(noun) + 1][:1].isupper()


# --- an open question and its guess -------------------------------------------------------------


def _guessed(sentence: Sentence, following: Sentence) -> Question | None:
    """"Woher der Name Hamburger kommt, weiß niemand sicher. Vielleicht kommt er vom „warmen
    Hamburger Rundstück“." → "Woher kommt der Name Hamburger? Was vermutet man?" – the guess."""
    words = [t for t in sentence.tokens if not t.tag.startswith("$") or t.text == ","]
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is None or words[0].text.lower() not in OPEN_WORDS or not _says_unknown(words[comma + 1 :]):
        return None
    direct = _direct(words[:comma])
    guess = _guess(following, words[comma - 1])
    if direct is None or guess is None:
        return None
    prompt = f"{direct}?"
    answer, accepted = guess
    if not answer or answer.lower() in prompt.lower() or wellformed.question_problems(direct + "?", word=words[0].text):
        return None
    return content_item(following, prompt, answer, accepted, "vermutung", evidence=f"{sentence.text} {following.text}")


def _says_unknown(rest: list[Token]) -> bool:
    """Do the words after the indirect question say that nobody knows it ("weiß niemand sicher",
    "ist nicht genau bekannt")? Words like "genau" or "sicher" may stand between."""
    lowered = [t.text.lower() for t in rest if t.text.lower() not in ("genau", "sicher", "so", "ganz", "bis", "heute")]
    return any(tuple(lowered[: len(pattern)]) == pattern for pattern in UNKNOWN_WORDS)


def _direct(indirect: list[Token]) -> str | None:
    """The indirect question as a direct one: its finite verb, the last word, moved after the
    W-word ("Woher der Name Hamburger kommt" → "Woher kommt der Name Hamburger"); None where the
    clause holds a pronoun the question could not name, a second clause, or a verb written
    joined with its particle ("wann er ankam")."""
    if len(indirect) < 3 or any(t.text == "," or t.tag in POINTING_TAGS for t in indirect):
        return None
    finite = indirect[-1]
    if not finite.tag.endswith("FIN") or _joined_particle(finite):
        return None
    middle = " ".join(t.text for t in indirect[1:-1])
    return f"{indirect[0].text[0].upper()}{indirect[0].text[1:]} {finite.text} {middle}"


def _joined_particle(verb: Token) -> bool:
    """Is the finite verb a particle verb written as one word ("ankam" of "ankommen")?"""
    lemma = (verb.lemma or "").lower()
    return any(lemma.startswith(p) and verb.text.lower().startswith(p) and len(lemma) > len(p) + 3 for p in PARTICLES)


def _guess(sentence: Sentence, asked: Token) -> tuple[str, tuple[str, ...]] | None:
    """What the sentence guesses, as a key: the dass-clause after "Man vermutet (den Grund darin), dass …",
    else the sentence with a hedge ("Vielleicht kommt er vom …") as written, or only what it adds
    to the asked verb ("vom warmen Hamburger Rundstück"); the sentence as written is accepted."""
    words = [t for t in sentence.tokens if not t.tag.startswith("$")]
    lemmas = {(t.lemma or "").lower() for t in sentence.tokens}
    if len(words) > MAX_GUESS_WORDS or sentence.tokens[-1].text != ".":
        return None
    written = _self_contained(sentence, sentence.tokens[0].i, sentence.tokens[-1].i, whole=True)
    if lemmas & GUESS_VERBS:
        that = next((t for t in sentence.tokens if t.text.lower() == "dass"), None)
        if that is None:
            return None
        clause = _self_contained(sentence, that.i, sentence.tokens[-1].i)
        return (clause, (written,) if written else ()) if clause else None
    if not any(t.text.lower() in HEDGES for t in words[:2]):
        return None  # the hedge opens the sentence: the whole sentence is the guess
    whole = written or _subject_pronoun_only(sentence, sentence.text.removesuffix("."))
    added = _added(sentence, asked)
    return (added, (whole,)) if added and whole else (whole, ())


def _added(sentence: Sentence, asked: Token) -> str:
    """The words of a guess after its hedge, its verb (the asked one) and a subject pronoun:
    "Vielleicht kommt er | vom „warmen Hamburger Rundstück“" → what the guess says."""
    tokens = list(sentence.tokens)
    if len(tokens) < 5 or tokens[1].lemma != asked.lemma or not tokens[1].tag.endswith("FIN"):
        return ""
    start = 3 if tokens[2].tag == "PPER" else 2
    rest = [t for t in tokens[start:-1] if not t.tag.startswith("$")]
    if not rest or rest[0].tag not in ("APPR", "APPRART") or any(t.tag.startswith("V") for t in rest):
        return ""  # only a phrase of origin or cause, no second clause
    return sentence.text[tokens[start].start - sentence.start : tokens[-1].start - sentence.start].strip()


def _subject_pronoun_only(sentence: Sentence, text: str) -> str:
    """The guess as written when its only pointing word is a personal pronoun right after the verb
    ("Vielleicht kommt er vom …": "er" is what the question asks about), else the empty string."""
    pointing = [t for t in sentence.tokens if t.tag in POINTING_TAGS]
    before = pointing[0].i - sentence.tokens[0].i - 1 if len(pointing) == 1 else -1
    if before >= 0 and pointing[0].tag == "PPER" and sentence.tokens[before].tag.startswith(("VV", "VA", "VM")):
        return text
    return ""


# --- what explains a fact -------------------------------------------------------------------------

# The verbs of explaining and the prepositions of their explanation ("mit der Länge eines Monats
# erklärt werden", "auf die Mäander zurückzuführen sein").
EXPLAINING = {"erklären": ("mit", "durch"), "zurückführen": ("auf",)}


def _explanation(sentence: Sentence, clause: Clause) -> Question | None:
    """"Die Zusammenfassung von sieben Tagen zu einer Woche kann mit der Länge eines Monats
    erklärt werden, der etwas mehr als 28 Tage umfasst." → "Wie lässt sich die Zusammenfassung
    von sieben Tagen zu einer Woche erklären?" – mit der Länge eines Monats, der …; "X ist auf Y
    zurückzuführen" → "Worauf ist X zurückzuführen?" – auf Y. Only a passive of "erklären" (what
    explains, not who), a subject that reads on its own without a relative clause the question
    would drop, and one explaining phrase."""
    prepositions = EXPLAINING.get(clause.lemma)
    if prepositions is None or clause.negation is not None or any(not c.sure for c in clause.constituents):
        return None
    if clause.lemma == "erklären" and clause.voice != "passive":
        return None
    subjects = clause.role("subject")
    means = [c for c in clause.constituents if c.clause is None and _word_at(sentence, c.start) in prepositions]
    if len(subjects) != 1 or len(means) != 1 or subjects[0].start != sentence.tokens[0].i:
        return None
    subject = _self_contained(sentence, subjects[0].start, subjects[0].end, whole=True)
    if subject is None or _word_at(sentence, subjects[0].end) == ",":
        return None  # a pronoun, or a relative clause of the subject the question would drop
    head = next((t for t in sentence.tokens if t.i == subjects[0].head), None)
    plural = head is not None and head.feature("Number") == "Plur"
    subject = subject[0].lower() + subject[1:] if sentence.tokens[0].tag == "ART" else subject
    if clause.lemma == "erklären":
        prompt = f"Wie {'lassen' if plural else 'lässt'} sich {subject} erklären?"
        word = "Wie"
    else:
        prompt = f"Worauf {'sind' if plural else 'ist'} {subject} zurückzuführen?"
        word = "Worauf"
    answer = _self_contained(sentence, means[0].start, means[0].end)
    if answer is None or wellformed.question_problems(prompt, word=word):
        return None
    relative = _relative_after(sentence, means[0].end)
    longer = f"{answer}, {relative}" if relative else ""
    return content_item(sentence, prompt, longer or answer, (answer,) if longer else (), "wie-erklaeren")


def _word_at(sentence: Sentence, i: int) -> str:
    """The lower-case word at document index ``i`` (brackets skipped), "" past the sentence."""
    words = [t for t in sentence.tokens if t.i >= i and t.text not in ("(", ")")]
    return words[0].text.lower() if words else ""


def _relative_after(sentence: Sentence, end: int) -> str:
    """The relative clause on the explaining phrase that ends the sentence after the verbs ("mit
    der Länge eines Monats (Mondes) erklärt werden, | der etwas mehr als 28 Tage umfasst"), "" if none."""
    rest = [t for t in sentence.tokens if t.i >= end]
    comma = next((k for k, t in enumerate(rest) if t.text == ","), None)
    if comma is None or comma + 1 >= len(rest) or rest[comma + 1].tag != "PRELS" or rest[-1].text != ".":
        return ""
    if not all(t.tag.startswith("V") or t.text in ("(", ")") or _bracketed(rest, k) for k, t in enumerate(rest[:comma])):
        return ""
    if any(t.text in (",", ";", ":", "(") for t in rest[comma + 1 : -1]):
        return ""
    return sentence.text[rest[comma + 1].start - sentence.start : rest[-1].start - sentence.start].strip()


def _bracketed(tokens: list[Token], k: int) -> bool:
    """Is the k-th token inside brackets ("(Mondes)")?"""
    opened = max((j for j in range(k) if tokens[j].text == "("), default=-1)
    return opened > max((j for j in range(k) if tokens[j].text == ")"), default=-1)
