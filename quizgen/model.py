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
GAP = "___({n})___"  # gap number n in the prompt of a gap text
GAP_SOLUTIONS = "Die Lösungen stehen im Text: {}."  # a gap text's explanation
# W-questions answered in the learner's own words: the key is a model answer to compare with,
# not a phrase to match (a section heading the section answers: generation.headings).
HEADING_SKILL = "überschrift"
OPEN_SKILLS = frozenset({HEADING_SKILL})


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

    @property
    def printed_source(self) -> str:
        """The source as a printed sheet names it: an address whole, a file by its name alone (the
        folders it sat in are the teacher's machine, not the article's source), stdin not at all."""
        if self.source.startswith(("http://", "https://")):
            return self.source
        if self.source == "<stdin>":
            return ""
        return self.source.replace("\\", "/").rsplit("/", 1)[-1]

    def paragraph_texts(self) -> tuple[str, ...]:
        return tuple(self.text[start:end] for start, end in self.paragraphs)

    def paragraph_numbers(self) -> dict[int, int]:
        """Paragraph index → its number as a reader counts in the article: title and headings
        left out. The worksheet's margin, the key's "Abs. 3" and the global task share it."""
        body = [index for index, span in enumerate(self.paragraphs) if span != self.title_span and index not in self.headings]
        return {index: number for number, index in enumerate(body, start=1)}


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


# Grammatical roles of a clause's constituents (``Constituent.role``) and the question word
# each answers. Adverbials carry their kind; ``Constituent.detail`` refines it (time:
# "since", "until", "duration", "frequency"; cause: the conjunction or preposition).
ROLES: dict[str, str] = {
    "subject": "Wer/Was",
    "object_acc": "Wen/Was",
    "object_dat": "Wem",
    "object_gen": "Wessen",
    "object_prep": "wo(r)+Präposition / Präposition+wen/wem",
    "predicative": "Was/Wie",
    "agent": "Von wem (passive)",
    "time": "Wann",
    "place": "Wo",
    "direction": "Wohin",
    "origin": "Woher",
    "cause": "Warum",
    "purpose": "Wozu",
    "manner": "Wie",
    "quantity": "Wie viel(e)",
    "adverbial": "(another adverbial)",
    "complement": "Was (a dass/ob/w-clause or zu-infinitive as object or subject)",
}
CLAUSE_KINDS = ("main", "coordinated", "subordinate", "relative", "zu_infinitive", "um_zu", "question")


@dataclass(frozen=True, slots=True)
class Constituent:
    """One part of a clause with its grammatical role. Token indices are ``Token.i``."""

    role: str  # a key of ROLES
    start: int  # first token
    end: int  # after the last token (exclusive)
    head: int  # the head token: noun, name, pronoun, adverb, or the verb of a clause
    text: str  # as it stands in the article
    case: str = ""  # Nom, Acc, Dat, Gen where known
    preposition: str = ""  # the preposition of a prepositional phrase ("über", "von"), lower case
    detail: str = ""  # the kind of adverbial, see ROLES
    field: str = ""  # vorfeld, mittelfeld, nachfeld (main clauses), "" elsewhere
    clause: int | None = None  # a constituent that is a clause: its index in Sentence.clauses
    sure: bool = True  # False: the rules saw more than one reading (the generator skips it)


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of a sentence: its verb complex and its constituents.

    ``tokens`` lists the clause's own tokens (not those of clauses inside it), so a main clause
    with a relative clause in the middle is discontinuous. ``parent`` is the index (in
    ``Sentence.clauses``) of the clause this one depends on or is coordinated with.
    """

    kind: str  # one of CLAUSE_KINDS
    tokens: tuple[int, ...]
    verbs: tuple[int, ...] = ()  # the verb complex in text order: finite, infinitives, participles, particle
    finite: int | None = None  # the finite verb (None in zu-infinitive clauses)
    lemma: str = ""  # the main verb's lemma, separable particle joined: "auffordern"
    auxiliary: str = ""  # haben / sein / werden of a compound tense or passive
    modal: str = ""  # lemma of a modal verb: können, müssen, …
    particle: int | None = None  # a separated verb particle
    reflexive: int | None = None  # the reflexive pronoun
    negation: int | None = None  # nicht / nie / kein…
    voice: str = "active"  # active, passive (werden), state (sein + participle)
    tense: str = ""  # present, past, perfect, pluperfect, future, "" without a finite verb
    mood: str = "indicative"  # indicative, subjunctive (Konjunktiv I/II), imperative
    person: str = ""  # 1, 2, 3 of the finite verb where known
    number: str = ""  # Sing, Plur of the finite verb where known
    conjunction: int | None = None  # the word that opens the clause: weil, dass, um, a relative pronoun
    parent: int | None = None
    antecedent: int | None = None  # a relative clause: the head token of the noun it refers to
    constituents: tuple[Constituent, ...] = ()
    sure: bool = True  # False: the clause's fields are uncertain (the generator skips it)

    def role(self, name: str) -> tuple[Constituent, ...]:
        """The constituents with this role, in text order."""
        return tuple(c for c in self.constituents if c.role == name)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    paragraph: int = 0  # index into Article.paragraphs
    is_heading: bool = False
    clauses: tuple[Clause, ...] = ()  # clause structure, in the text order of their first token


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
    declension: str = ""  # a noun declined like an adjective, its form after "ein": "ein Angestellter"
    verb_forms: tuple[str, ...] = ()  # ("fordert auf", "forderte auf", "hat aufgefordert")
    auxiliary: str = ""  # haben/sein
    separable_prefix: str = ""  # "auf" for auffordern
    reflexive: bool = False
    # a verb's construction as the text uses it and the dictionary gives it, after the headword:
    # "über + Akk." (verfügen), "sich für + Akk." ("sich" before the headword, where it lacks it)
    construction: str = ""
    comparison: tuple[str, ...] = ()  # irregular comparison forms
    compound_parts: tuple[str, ...] = ()  # ("Munition", "Fabrik")
    gloss: tuple[str, ...] = ()  # up to three English senses
    gloss_doubtful: bool = False  # rival senses and nothing in the sentence decided (senses.Choice): a hint or extra senses may mislead
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
    accepted: tuple[str, ...] = ()  # other answers the self-check accepts (without article, the number alone)
    focus: str = "content"  # content (comprehension) or vocabulary ("Welches Wort passt?")
    skill: str = ""  # what it asks for: the W-word or role ("wer", "warum"…), "global", "statement"
    # W-question: the words (lemmas) an answer in the student's own words must contain (keys.core_words)
    core: tuple[str, ...] = ()

    @property
    def open_answer(self) -> bool:
        """Answered in the learner's words (``OPEN_SKILLS``): the key is a model answer."""
        return self.type == "wh" and self.skill in OPEN_SKILLS


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
