"""Plain data passed between the stages.

Nothing here knows spaCy: text, character offsets and plain values only, so that
exporters and tests never need a language model. Every item is a frozen dataclass.
Offsets (``start``/``end``) are character offsets into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Question types, in the order a worksheet presents them. Other tools rely on these names.
QUESTION_TYPES: tuple[str, ...] = (
    "true_false",
    "multiple_choice",
    "wh",
    "gap_fill",
    "matching",
    "ordering",
)
# The answers of a true_false item: richtig / falsch, or all three on a Richtig/Falsch/Steht
# nicht im Text list.
TRUE, FALSE, NOT_IN_TEXT = "richtig", "falsch", "steht nicht im Text"


@dataclass(frozen=True, slots=True)
class Article:
    """A text as read: ``text`` is what gets analysed; paragraphs are spans of it."""

    title: str
    text: str
    source: str  # file path or URL, as the user gave it
    stem: str  # file name stem, used for output names and slugs
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) character spans into text
    headings: tuple[int, ...] = ()  # indices into paragraphs that are headings
    title_span: tuple[int, int] | None = None  # where the title stands in text, if it does

    def paragraph_texts(self) -> tuple[str, ...]:
        return tuple(self.text[start:end] for start, end in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Token:
    i: int  # index in the whole document, whitespace tokens excluded
    text: str
    start: int
    end: int
    lemma: str
    pos: str  # Universal POS
    tag: str  # STTS
    morph: str = ""  # UD feature string, e.g. "Gender=Fem|Number=Plur"
    whitespace: str = ""  # what follows the token ("" or " ")
    ent_label: str = ""  # PER/LOC/ORG/MISC when the token is inside an entity
    head: int | None = None  # index of the syntactic head when a parser provided one
    dep: str = ""  # dependency label when a parser provided one
    particle_of: int | None = None  # a separable verb particle: index of the verb it joined

    def feature(self, name: str) -> str:
        """One morphological feature value, "" when absent: ``token.feature("Gender")``."""
        for pair in self.morph.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return ""


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # PER, LOC, ORG, MISC
    sentence: int  # index into Analysis.sentences


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    paragraph: int = 0  # index into Article.paragraphs
    is_heading: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    """The analysed article: what extraction and generation read."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    model: str = "quizgen-offline"  # name of the pipeline that produced it

    @property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(token for sentence in self.sentences for token in sentence.tokens)

    @property
    def word_count(self) -> int:
        return sum(1 for token in self.tokens if token.pos not in ("PUNCT", "SPACE", "SYM"))


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where a vocabulary item stands in the article."""

    sentence: int
    start: int  # offsets into Article.text of the form (first part for separable verbs)
    end: int
    form: str  # the inflected form as it stands, e.g. "fordert … auf"


@dataclass(frozen=True, slots=True)
class VocabItem:
    lemma: str  # "Rakete", "auffordern", "nordkoreanisch"
    pos: str  # Universal POS: NOUN, VERB, ADJ, ADV, ... or "MWE"
    article: str = ""  # der/die/das for nouns
    gender: str = ""  # Masc/Fem/Neut for nouns
    plural: str = ""  # full plural "die Raketen"; "" when unknown
    number_note: str = ""  # "kein Plural" / "nur Plural" / ""
    weak_noun: bool = False  # n-Deklination
    verb_forms: tuple[str, ...] = ()  # ("fordert auf", "forderte auf", "hat aufgefordert")
    auxiliary: str = ""  # haben/sein
    separable_prefix: str = ""  # "auf" for auffordern
    reflexive: bool = False
    comparison: tuple[str, ...] = ()  # irregular comparison forms
    compound_parts: tuple[str, ...] = ()  # ("Munition", "Fabrik")
    gloss: tuple[str, ...] = ()  # up to three English senses
    zipf: float = 0.0
    level: str = ""  # A1..C2 (estimate from frequency)
    count: int = 0  # occurrences in the article
    occurrences: tuple[Occurrence, ...] = ()
    example: str = ""  # the first sentence it occurs in, plain text
    sentence: int = 0  # index of that sentence
    score: float = 0.0  # ranking score, higher first

    @property
    def display(self) -> str:
        """The headword as a learner sees it: "die Rakete", "sich machen", "auf·fordern"."""
        if self.article:
            return f"{self.article} {self.lemma}"
        if self.reflexive and not self.lemma.startswith("sich "):
            return f"sich {self.lemma}"
        return self.lemma


@dataclass(frozen=True, slots=True)
class Fact:
    """Something a reader should take away: an entity, number, time, quote or statement."""

    kind: str  # entity, number, time, quote, statement
    text: str  # the span as it stands in the article
    sentence: int
    start: int
    end: int
    label: str = ""  # entity label, or what a number counts, or the speaker of a quote
    value: str = ""  # normalised value (canonical entity name, number as digits…)
    aliases: tuple[str, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()  # statement roles, e.g. (("subject", "Pjöngjang"),)


@dataclass(frozen=True, slots=True)
class ClozeNote:
    text: str  # Anki cloze markup: "Die {{c1::Rakete::die R…}} fliegt."
    answers: tuple[str, ...]
    sentence: int  # index into Analysis.sentences
    source_sentence: str  # the plain sentence
    hints: tuple[str, ...] = ()
    extra: str = ""  # gloss, lemma with article, grammar note (plain text)
    kinds: tuple[str, ...] = ()  # per deletion: "vocabulary", "entity", "number"
    lemmas: tuple[str, ...] = ()  # per deletion


@dataclass(frozen=True, slots=True)
class Question:
    id: str  # stable: "q01", …
    type: str  # one of QUESTION_TYPES
    prompt: str
    answer: str | tuple[str, ...]
    sentence: int  # index of the evidence sentence
    evidence: str  # the source sentence
    explanation: str = ""
    options: tuple[str, ...] = ()
    # gap_fill: the passage with numbered gaps; matching: left items in prompt_items
    prompt_items: tuple[str, ...] = ()
    word_bank: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Material:
    """Everything generated for one article: what the exporters receive."""

    analysis: Analysis
    vocabulary: tuple[VocabItem, ...] = ()
    facts: tuple[Fact, ...] = ()
    clozes: tuple[ClozeNote, ...] = ()
    questions: tuple[Question, ...] = ()
    level: str = ""  # estimated level of the text, A1..C2
    meta: dict[str, str] = field(default_factory=dict)  # generator version, options digest
    warnings: tuple[str, ...] = ()  # what the text was too short or too plain for

    @property
    def article(self) -> Article:
        return self.analysis.article

    @property
    def sentences(self) -> tuple[str, ...]:
        return tuple(sentence.text for sentence in self.analysis.sentences)
