"""Restating a clause of the text as a verb-second statement, in other words where that is safe.

A statement that repeats its sentence word for word is answered by string matching, not by
reading. This module turns a ``model.Clause`` (a main clause, or a subordinate one turned into a
main clause) into a ``Frame`` — Vorfeld, finite verb, Mittelfeld pieces, right bracket, Nachfeld —
and offers restatements that keep the meaning exactly:
- the name for a pronoun (only when ``extraction.reference.resolve`` is sure);
- another constituent in the Vorfeld (the subject, a time or place adverbial);
- active → werden-passive for a transitive clause with an accusative object and a bare name as
  subject ("Pjöngjang hat 100 Raketentests durchgeführt" → "Von Pjöngjang wurden 100
  Raketentests durchgeführt");
- ``summary_line``: the clause's core (subject, verb, objects) in the present tense, for the
  global task ("Kim Jong Un besucht Munitionsfabriken.").
``is_verbatim`` measures whether a statement is still a copy of its sentence; ``well_formed``
re-analyses a generated statement (one main clause, the verb complex whole, nothing dangling).
Everything that is unsure returns None: the generator then leaves the clause alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..extraction.facts import SPEECH_VERBS
from ..extraction.verbs import Usage, principal_parts
from ..model import Analysis, Clause, Constituent, Sentence, Token
from .reparse import parse_line
from .wellformed import well_formed_statement

# --- verbatim -----------------------------------------------------------------------------------

_WORD = re.compile(r"[\wÄÖÜäöüß]+(?:[-'][\wÄÖÜäöüß]+)*")
# Articles change with case and are not what a reader scans for.
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})


def content_words(text: str) -> list[str]:
    return [word for word in (w.lower() for w in _WORD.findall(text)) if word not in _ARTICLES]


def is_verbatim(prompt: str, evidence: str) -> bool:
    """Do the prompt's words (articles aside) stand in the evidence in the same order, as one
    contiguous stretch? Then a reader finds the statement by matching strings."""
    words, source = content_words(prompt), content_words(evidence)
    if not words:
        return False
    n = len(words)
    return any(source[k : k + n] == words for k in range(len(source) - n + 1))


# Question words and the forms "Wie hoch war …?" adds: not words a reader looks for in the text.
_QUESTION_WORDS = frozenset({"wer", "wen", "wem", "wessen", "was", "wann", "wo", "wohin", "woher", "warum", "wozu",
                             "wie", "viele", "viel", "lange", "oft", "hoch", "welche", "welcher", "welches", "welchen",
                             "welchem", "seit", "bis", "ist", "sind", "war", "waren"})


def is_lift(prompt: str, evidence: str, question_type: str) -> bool:
    """Is the item answered by matching strings? A statement that copies its sentence
    (``is_verbatim``); a question whose every word but the question words stands in its
    sentence ("Wann fand die Premiere statt?" beside "Die Premiere fand am … statt")."""
    if question_type == "true_false":
        return is_verbatim(prompt, evidence)
    words = [w for w in content_words(prompt) if w not in _QUESTION_WORDS and not w.startswith("wo")]
    source = set(content_words(evidence))
    return bool(words) and all(word in source for word in words)


# --- round trip ---------------------------------------------------------------------------------

_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
# Loose words that need a partner or the previous sentence: "zwar … aber", "so … wie".
_DANGLING = frozenset({"zwar", "so", "sowohl", "weder", "entweder", "einerseits", "je", "desto", "umso"})
# Words that may stand in a clause outside any constituent.
_LOOSE_TAGS = frozenset({"ADV", "ADJD", "PTKNEG", "PRF", "PTKVZ", "$,", "$.", "$(", "KON", "PTKA"})


def reparse(text: str) -> Sentence | None:
    """The statement analysed again by the offline pipeline; None when it is not one sentence
    (the parse the W-question and statement checks share: ``reparse.parse_line``)."""
    return parse_line(text)


def well_formed(text: str, lemma: str = "", *, strict: bool = False) -> bool:
    """Does the statement read as one verb-second main clause with its whole verb complex?
    Re-analysed: exactly one clause (a main clause, sure, with a subject), one finite verb,
    no verb form twice, the main verb's lemma as ``lemma`` (a lost separable particle turns
    "beitreten" into "treten"), no loose word that needs a partner ("zwar", "so … wie"), no
    quote marks. ``strict``: every constituent sure (for the global task's summary lines)."""
    if not text.endswith((".", "?")) or any(q in text for q in _QUOTES) or text.count(",") > 2:
        return False
    sentence = reparse(text)
    if sentence is None or len(sentence.clauses) != 1:
        return False
    clause = sentence.clauses[0]
    if clause.kind != "main" or not clause.sure or clause.finite is None or clause.finite - sentence.tokens[0].i > 8:
        return False
    tokens = sentence.tokens
    finite = [t for t in tokens if t.tag in _FINITE_TAGS]
    verbs = [_token(sentence, i).text.lower() for i in clause.verbs]
    if len(finite) != 1 or len(set(verbs)) != len(verbs):
        return False
    if lemma and clause.lemma and clause.lemma.removeprefix("sich ") != lemma.removeprefix("sich "):
        return False
    if any(_dangling(sentence, k) for k in range(len(tokens))) or len(clause.role("subject")) != 1:
        return False
    if len(clause.constituents) < 2:
        return False  # "Der Schneeleopard befindet sich.": a verb without what it needs
    if strict and any(not c.sure for c in clause.constituents):
        return False
    return _nothing_dangles(sentence, clause)


def _dangling(sentence: Sentence, k: int) -> bool:
    """A word that needs a partner the statement lost: "zwar" without "aber", "so" without
    "wie" ("so groß wie"), a positive adjective before "wie" without its "so"."""
    tokens = sentence.tokens
    word = tokens[k].text.lower()
    if word == "so":
        return not any(t.text.lower() in ("wie", "dass") for t in tokens[k + 1 :])
    if word in _DANGLING:
        return True
    if word == "wie" and k > 0 and tokens[k - 1].tag == "ADJD" and not tokens[k - 1].text.endswith("er"):
        return not any(t.text.lower() in ("so", "genauso", "ebenso", "doppelt", "halb") for t in tokens[max(0, k - 4) : k])
    return False


def _nothing_dangles(sentence: Sentence, clause: Clause) -> bool:
    """Every word belongs to a constituent, the verb complex or is a loose adverb/particle."""
    covered = {i for c in clause.constituents for i in range(c.start, c.end)} | set(clause.verbs)
    for token in sentence.tokens:
        if token.i in covered or token.tag in _LOOSE_TAGS or token.i in (clause.negation, clause.reflexive):
            continue
        return False
    return True


# --- verb forms ---------------------------------------------------------------------------------

_IRREGULAR_3 = {  # lemma → (present Sing, present Plur, past Sing, past Plur)
    "sein": ("ist", "sind", "war", "waren"),
    "haben": ("hat", "haben", "hatte", "hatten"),
    "werden": ("wird", "werden", "wurde", "wurden"),
    "können": ("kann", "können", "konnte", "konnten"),
    "müssen": ("muss", "müssen", "musste", "mussten"),
    "dürfen": ("darf", "dürfen", "durfte", "durften"),
    "sollen": ("soll", "sollen", "sollte", "sollten"),
    "wollen": ("will", "wollen", "wollte", "wollten"),
    "mögen": ("mag", "mögen", "mochte", "mochten"),
    "wissen": ("weiß", "wissen", "wusste", "wussten"),
}


def finite_form(lemma: str, number: str, past: bool) -> tuple[str, str] | None:
    """The 3rd-person finite form of a verb and its separated particle: ("fordert", "auf")."""
    if lemma in _IRREGULAR_3:
        forms = _IRREGULAR_3[lemma]
        return forms[(2 if past else 0) + (number == "Plur")], ""
    parts = principal_parts(lemma)
    if parts is None or number not in ("Sing", "Plur"):
        return None
    prefix = parts.prefix
    if number == "Sing":
        form = parts.preterite if past else parts.present
        return form.split()[0], prefix
    if past:
        stem = parts.preterite.split()[0]
        return (stem + "n" if stem.endswith("e") else stem + "en"), prefix
    base = lemma[len(prefix):] if prefix and lemma.startswith(prefix) else lemma
    return base, prefix


# --- frames -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a statement: one constituent, or a loose word (negation, adverb)."""

    text: str
    role: str  # the constituent's role, "negation", or "" for a loose word
    start: int  # Token.i of its first token in the article (order and identity)
    tags: tuple[str, ...] = ()
    number: str = ""  # Sing / Plur of a noun phrase where known


@dataclass(frozen=True, slots=True)
class Frame:
    """A verb-second statement in pieces, so that a change can act on one of them."""

    front: Piece
    finite: str
    middle: tuple[Piece, ...]
    right: tuple[str, ...]
    tail: str = ""  # Nachfeld: a complement clause, with its leading comma
    lemma: str = ""
    number: str = ""  # of the finite verb
    tense: str = ""
    voice: str = "active"

    def text(self) -> str:
        words = [self.front.text, self.finite, *(p.text for p in self.middle), *self.right]
        body = " ".join(word for word in words if word)
        body = body[:1].upper() + body[1:]
        body = (body + self.tail).rstrip(" ,")
        return body if body.endswith(".") else body + "."  # "… bei DAS Communications Inc." ends in its point

    def piece(self, role: str) -> Piece | None:
        return next((p for p in (self.front, *self.middle) if p.role == role), None)


Resolver = Callable[[Analysis, int, int], "str | None"]


def default_resolver() -> Resolver | None:
    """``extraction.reference.resolve`` when that module is there."""
    try:
        from ..extraction.reference import resolve
    except ImportError:  # pragma: no cover - the module lands separately
        return None
    return resolve


_PERSONAL = frozenset({"er", "sie", "es", "ihn", "ihm", "ihr", "ihnen", "Er", "Sie", "Es"})
_FIRST_SECOND = frozenset({"ich", "mich", "mir", "wir", "uns", "du", "dich", "dir", "ihr", "euch", "mein", "unser", "dein", "euer"})
# Words that point back to the previous sentence: a constituent that is only one of them is
# left out (the statement stays true without it); inside a larger phrase they make it unusable.
ANAPHORIC = frozenset({
    "danach", "dann", "zuvor", "deshalb", "darum", "daher", "dadurch", "dabei", "dafür", "trotzdem",
    "außerdem", "stattdessen", "ebenfalls", "auch", "jedoch", "aber", "allerdings", "hingegen",
    "dagegen", "damals", "dort", "hier", "somit", "also", "ebenso", "zudem", "darüber", "hinaus",
    "anschließend", "später", "daraufhin", "seitdem", "deswegen", "demnach", "dennoch", "nämlich",
    "so", "weiterhin", "ferner", "sogar", "schließlich", "inzwischen", "mittlerweile",
})
_NOUN_TAGS = frozenset({"NN", "NE"})
_QUOTES = frozenset("„“”\"»«‚‘")


def _token(sentence: Sentence, i: int) -> Token:
    return sentence.tokens[i - sentence.tokens[0].i]


def _span(sentence: Sentence, start: int, end: int) -> list[Token]:
    first = sentence.tokens[0].i
    return list(sentence.tokens[max(start - first, 0) : max(end - first, 0)])


def _join(tokens: list[Token], sentence: Sentence) -> str:
    words: list[str] = []
    for k, token in enumerate(tokens):
        text = token.text
        if token.i == sentence.tokens[0].i and token.tag not in _NOUN_TAGS and token.pos not in ("NOUN", "PROPN"):
            text = text[:1].lower() + text[1:]  # the sentence's first word, moved
        words.append(text + (token.whitespace if k < len(tokens) - 1 else ""))
    return re.sub(r"\s+", " ", "".join(words)).strip(" ,")


def _pronoun_text(analysis: Analysis, sentence: Sentence, token: Token, resolver: Resolver | None) -> str | None:
    """The name for a personal pronoun: "er" → "Kim Jong Un". A name with an article only
    replaces a nominative pronoun (its article would need another case); None when unsure."""
    if resolver is None:
        return None
    name = resolver(analysis, sentence.index, token.i)
    if not name:
        return None
    if name.split()[0].lower() in _ARTICLES and token.text.lower() not in ("er", "sie"):
        return None
    return name


def constituent_text(
    analysis: Analysis, sentence: Sentence, clause: Clause, constituent: Constituent, resolver: Resolver | None,
) -> str | None:
    """A constituent as it will stand in a statement: embedded relative or adverbial clauses
    left out, a pronoun replaced by its name; None when it cannot stand alone."""
    own = set(clause.tokens)
    tokens = [t for t in _span(sentence, constituent.start, constituent.end) if t.i in own or constituent.clause is not None]
    if not tokens or any(t.text in _QUOTES for t in tokens):
        return None
    if any(t.tag in ("PDS", "PDAT", "PRELS", "PWS", "PWAV") or t.text.lower() in _FIRST_SECOND for t in tokens):
        return None
    if any(t.tag == "PPOSAT" for t in tokens) and constituent.role == "subject":
        return None  # "Seine Äußerungen …": whose, the previous sentence says
    if len(tokens) == 1 and tokens[0].tag == "PPER":
        if tokens[0].text.lower() == "es":
            return None
        return _pronoun_text(analysis, sentence, tokens[0], resolver)
    if any(t.tag == "PPER" and t.text in _PERSONAL for t in tokens):
        return None
    return _join(tokens, sentence)


def _number_of(sentence: Sentence, constituent: Constituent, clause: Clause) -> str:
    head = _token(sentence, constituent.head)
    if constituent.role == "subject" and clause.number:
        return clause.number
    if any(t.tag == "KON" and t.text in ("und", "sowie") for t in _span(sentence, constituent.start, constituent.end)):
        return "Plur"
    return head.feature("Number")


def _is_anaphoric(tokens: list[Token]) -> bool:
    return all(t.text.lower() in ANAPHORIC or t.tag in ("PROAV", "PAV") for t in tokens)


def frame(
    analysis: Analysis, sentence: Sentence, clause: Clause, resolver: Resolver | None = None,
    front: str = "",
) -> Frame | None:
    """The clause as a verb-second statement, the Vorfeld given by role (``front``: "subject",
    "time", "place" …; "" keeps a main clause's own Vorfeld). Relative and adverbial clauses
    inside it are left out; a complement clause (dass, zu-infinitive) is kept in the Nachfeld.
    None when the clause cannot stand alone."""
    if clause.finite is None or not clause.sure or clause.mood != "indicative" or clause.person not in ("", "3"):
        return None
    verbs = set(clause.verbs)
    tail = ""
    pieces: list[Piece] = []
    covered: set[int] = set()
    for constituent in clause.constituents:
        if not constituent.sure:
            return None
        span = _span(sentence, constituent.start, constituent.end)
        covered.update(t.i for t in span)
        if constituent.clause is not None:
            if constituent.role != "complement":
                continue  # an adverbial or relative clause: the statement stays true without it
            text = _complement(analysis, sentence, constituent, resolver)
            if text is None:
                return None
            tail = ", " + text
            continue
        own = [t for t in span if t.i in set(clause.tokens)]
        if own and _is_anaphoric(own) and constituent.role not in ("subject", "object_acc", "object_dat", "object_prep", "predicative"):
            continue
        text = constituent_text(analysis, sentence, clause, constituent, resolver)
        if text is None:
            return None
        pieces.append(Piece(text, constituent.role, constituent.start, tuple(t.tag for t in own),
                            _number_of(sentence, constituent, clause)))
    for i in clause.tokens:
        token = _token(sentence, i)
        if i in covered or i in verbs or i == clause.conjunction or token.pos in ("PUNCT",) or token.tag.startswith("$"):
            continue
        if token.text in _QUOTES:
            return None
        if i == clause.negation:
            pieces.append(Piece(token.text, "negation", i, (token.tag,)))
        elif i == clause.reflexive:
            pieces.append(Piece(token.text, "reflexive", i, (token.tag,)))
        elif token.text.lower() in ANAPHORIC or token.tag in ("PROAV", "PAV"):
            continue
        elif token.tag in ("PPER", "PDS", "PPOSAT") or token.text.lower() in _FIRST_SECOND:
            return None
        else:
            pieces.append(Piece(_join([token], sentence), "", i, (token.tag,)))
    pieces.sort(key=lambda p: p.start)
    subject = next((p for p in pieces if p.role == "subject"), None)
    if subject is None:
        return None
    finite, right = _verb_complex(sentence, clause)
    if finite is None:
        return None
    wanted = front or ("subject" if clause.kind != "main" else "")
    if wanted:
        chosen = next((p for p in pieces if p.role == wanted), None)
    else:
        chosen = next((p for p in pieces if p.start < clause.finite), None)
        if chosen is None or any(p.start < clause.finite and p is not chosen for p in pieces):
            chosen = subject
    if chosen is None:
        return None
    middle = tuple(p for p in pieces if p is not chosen)
    return Frame(chosen, finite, middle, right, tail, clause.lemma, clause.number, clause.tense, clause.voice)


def _verb_complex(sentence: Sentence, clause: Clause) -> tuple[str | None, tuple[str, ...]]:
    """The finite verb and the right bracket of the clause as a main clause: a separable verb
    at the end of a subordinate clause ("weil er anruft") is split ("ruft … an")."""
    assert clause.finite is not None
    finite = _token(sentence, clause.finite)
    rest = [_token(sentence, i).text for i in clause.verbs if i != clause.finite]
    text = finite.text
    if clause.kind != "main" and clause.particle is None:
        parts = principal_parts(clause.lemma)
        separable = parts is not None and bool(parts.prefix) and clause.lemma.startswith(parts.prefix)
        if parts is not None and separable and text.startswith(parts.prefix) and not clause.modal and not clause.auxiliary:
            text = text[len(parts.prefix):]
            rest.append(parts.prefix)
    if not text or text[:1].isupper() and finite.i != sentence.tokens[0].i:
        return None, ()
    return text, tuple(rest)


def _complement(analysis: Analysis, sentence: Sentence, constituent: Constituent, resolver: Resolver | None) -> str | None:
    """A dass-clause or zu-infinitive kept whole; None when it holds what needs context."""
    tokens = _span(sentence, constituent.start, constituent.end)
    if len(tokens) > 16 or any(t.text in _QUOTES for t in tokens):
        return None
    if any(t.tag in ("PDS", "PDAT") or t.text.lower() in _FIRST_SECOND for t in tokens):
        return None
    if any(t.tag == "PPER" and t.text in _PERSONAL for t in tokens):
        return None
    if any(t.tag == "VAFIN" and t.feature("Mood") == "Sub" for t in tokens):
        return None
    return _join(tokens, sentence)


_COMPLEMENT_OPENERS = frozenset({"dass", "ob"})


def cut_off(sentence: Sentence, clause: Clause, text: str) -> bool:
    """Does a statement made from ``clause`` leave out a clause the verb needs (a zu-infinitive
    or a dass/ob/w-clause depending on it: "beschuldigt, … versorgt zu haben")?"""
    position = sentence.clauses.index(clause) if clause in sentence.clauses else -1
    for child in sentence.clauses:
        if child.parent != position or child is clause:
            continue
        opener = _token(sentence, child.conjunction).text.lower() if child.conjunction is not None else ""
        needed = child.kind == "zu_infinitive" or child.kind == "subordinate" and (
            opener in _COMPLEMENT_OPENERS or opener.startswith("w"))
        if needed and not any(_token(sentence, v).text in text.split() for v in child.verbs):
            return True
    return False


# --- restatements -------------------------------------------------------------------------------


FRONTABLE = ("subject", "time", "place")


def reordered(analysis: Analysis, sentence: Sentence, clause: Clause, base: Frame, resolver: Resolver | None) -> list[Frame]:
    """The same statement with another constituent in the Vorfeld (subject, time or place)."""
    found = []
    for role in FRONTABLE:
        if base.front.role == role or base.piece(role) is None:
            continue
        if role != "subject" and base.front.role != "subject":
            continue  # two adverbials swapping places: the subject stays in the middle, fine, but rarely natural
        other = frame(analysis, sentence, clause, resolver, front=role)
        if other is not None:
            found.append(other)
    return found


_NO_PASSIVE = frozenset({"haben", "bekommen", "erhalten", "kriegen", "besitzen", "kennen", "wissen", "enthalten",
                         "geben", "umfassen", "bedeuten", "kosten", "wiegen", "betragen", "gehören", "sein", "werden",
                         "bilden", "darstellen", "ergeben", "zählen", "aufweisen", "beherbergen"})
# Verbs whose "man" says "there is" or "one can tell", not a deed: "Nur auf fünf Inseln findet man
# Menschen" is not "… werden Menschen gefunden". With any other verb "man" is the passive's missing
# agent: "Die kleinen Setzlinge pflanzt man in Reihen auf einen Acker" → "Die kleinen Setzlinge
# werden in Reihen auf einen Acker gepflanzt".
_MAN_IDIOMS = frozenset({"finden", "sehen", "erkennen", "treffen", "sagen", "nennen", "bezeichnen", "hören",
                         "merken", "spüren", "vermuten", "glauben", "meinen", "denken", "schätzen", "halten"})
# (a verb of state or composition: "Kreta bildet mit … Inseln eine Inselgruppe" has no passive
# that says the same: "Von Kreta wird eine Inselgruppe … gebildet")
_PASSIVE_TENSE = {"present": (False, ""), "past": (True, ""), "perfect": (False, "worden"), "pluperfect": (True, "worden")}


# Verbs that put their object somewhere: the place after the object is the verb's ("setzte die
# Inseln | auf die Rote Liste"), not a phrase of the object.
_PLACING = frozenset({"setzen", "legen", "stellen", "hängen", "bringen", "schicken", "senden"})
_PLACE_PREPOSITIONS = frozenset({"auf", "in", "an", "unter", "neben", "hinter", "über", "ins", "ans", "aufs", "zu",
                                 "zum", "zur", "nach"})


def passive(sentence: Sentence, clause: Clause, base: Frame) -> Frame | None:
    """Active → werden-passive when nothing changes but the voice: a transitive verb with one
    accusative object (a masculine one re-inflected where the phrase is simple: "den alten
    Bahnhof" → "der alte Bahnhof"), and a person or organisation as subject, which becomes the
    agent ("von Pjöngjang", "vom Konzern"): a place or a thing as agent reads wrong ("Von London
    wird … geboten", "Vom Konsum wird das Risiko erhöht"). The object takes the Vorfeld ("Eine
    Drahtschere wurde von Schindler gekauft"), the agent follows the times: right after a noun
    it would read as that noun's ("das Präsidentenamt von Andrew Parsons"). The participle stands in the text or comes from the verb's principal parts.
    A subject "man" has no agent: the passive leaves it out ("Die Setzlinge werden … gepflanzt")."""
    if clause.voice != "active" or clause.modal or clause.reflexive is not None or clause.lemma in _NO_PASSIVE:
        return None
    if _loose_words_bound(base):
        return None
    if clause.tense not in _PASSIVE_TENSE or (clause.tense in ("perfect", "pluperfect") and clause.auxiliary != "haben"):
        return None
    objects = clause.role("object_acc")
    subject = base.piece("subject")
    obj = base.piece("object_acc")
    if len(objects) != 1 or subject is None or obj is None or not objects[0].sure or clause.role("object_dat"):
        return None
    impersonal = subject.text.lower() == "man"
    if impersonal and clause.lemma in _MAN_IDIOMS:
        return None
    agent_text = None if impersonal else _agent(sentence, clause, subject)
    if agent_text is None and not impersonal or not obj.number:
        return None
    if any(t in ("PPER", "PRF", "PIS", "PPOSAT") for t in obj.tags):
        return None
    after = _span(sentence, objects[0].end, objects[0].end + 1)
    placed = clause.lemma in _PLACING and after and after[0].text.lower() in _PLACE_PREPOSITIONS
    if after and after[0].i not in clause.verbs and after[0].tag in ("APPR", "APPRART", "NE", "NN", "CARD", "ART") and not placed:
        return None  # the next phrase may belong to the object ("Meldungen | über ternäre Computertechnik")
    if obj.tags[:1] == ("NN",) and obj.number == "Sing":
        return None  # a bare singular noun: often a phrase the rules cut ("Rembrandts | Tochter Cornelia")
    if obj.text.split()[0].lower() in ("den", "einen", "keinen"):
        nominative = _masculine_nominative(sentence, clause, objects[0], obj)
        if nominative is None:
            return None  # the nominative of this accusative is not sure
        obj = replace(obj, text=nominative, number="Sing")
    elif obj.text.split()[0].lower() in ("seinen", "ihren", "diesen"):
        return None
    parts = principal_parts(clause.lemma)
    if parts is None or parts.auxiliary != "haben":
        return None
    past, worden = _PASSIVE_TENSE[clause.tense]
    if clause.tense in ("perfect", "pluperfect"):
        finite = ("waren" if obj.number == "Plur" else "war") if past else ("sind" if obj.number == "Plur" else "ist")
    else:
        finite = _IRREGULAR_3["werden"][(2 if past else 0) + (obj.number == "Plur")]
    new_subject = Piece(obj.text, "subject", obj.start, obj.tags, obj.number)
    agent = Piece(agent_text or "", "agent", subject.start, subject.tags)
    others = tuple(sorted((p for p in (base.front, *base.middle) if p.role not in ("subject", "object_acc")),
                          key=lambda p: p.start))
    if any(p.tags[:1] == ("KOKOM",) for p in others):
        return None  # "als einen Hybrid", "wie viele Feministen": a comparison bound to a case or a subject
    times = 0
    while times < len(others) and others[times].role == "time":
        times += 1
    front, middle = new_subject, (*others[:times], *([agent] if agent_text else []), *others[times:])
    right = (parts.participle, worden) if worden else (parts.participle,)
    return replace(base, front=front, finite=finite, middle=middle, right=tuple(w for w in right if w),
                   number=obj.number, voice="passive")


_ACTIVE_AUXILIARY = {"perfect": "hat", "pluperfect": "hatte"}
# Focus and degree words: they belong to the phrase after them, which a change of voice moves away.
_FOCUS = frozenset({"nur", "auch", "sogar", "erst", "schon", "noch", "bereits", "allein", "lediglich", "selbst",
                    "gerade", "genau", "fast", "etwa", "rund", "ungefähr", "mehr", "weniger", "vor", "allem"})


def _loose_words_bound(base: Frame) -> bool:
    """Does a loose word belong to a phrase? A focus word ("Nur | eine Minderheit") or a word
    the rules left outside its phrase ("das Bild Alexander | der Große"): a change of voice
    would part them."""
    return any(p.text.lower() in _FOCUS or p.role == "" and p.tags[:1] not in (("ADV",), ("ADJD",))
               for p in (base.front, *base.middle))


def active(sentence: Sentence, clause: Clause, base: Frame) -> Frame | None:
    """werden-passive → active when the agent is one named person or organisation ("Die X-24A
    wurde von Martin Marietta gebaut" → "Martin Marietta baute die X-24A"): the name takes the
    Vorfeld, the old subject becomes the object (a masculine one re-inflected where the phrase is
    simple: "der Text des Gedichtes" → "den Text des Gedichtes"), the times stay before it. None
    when the agent may go on after the name ("von Heinrich | dem Löwen") or anything is unsure."""
    if clause.voice != "passive" or clause.modal or clause.reflexive is not None or clause.tense not in _PASSIVE_TENSE:
        return None
    if _loose_words_bound(base):
        return None
    agents, subjects = clause.role("agent"), clause.role("subject")
    agent, subject = base.piece("agent"), base.piece("subject")
    if len(agents) != 1 or agent is None or subject is None or not agents[0].sure or len(subjects) != 1:
        return None
    tokens = _own_words(sentence, clause, agents[0], agent)
    if not tokens or len(tokens) < 2 or tokens[0].text != "von":
        return None
    if not all(t.tag == "NE" and t.ent_label in _AGENTS for t in tokens[1:]):
        return None
    after = _span(sentence, agents[0].end, agents[0].end + 1)
    if after and after[0].i not in clause.verbs and after[0].tag in ("APPR", "APPRART", "NE", "NN", "CARD", "ART"):
        return None
    obj = _accusative(sentence, clause, subjects[0], subject)
    parts = principal_parts(clause.lemma)
    if obj is None or parts is None or parts.auxiliary != "haben":
        return None
    right: tuple[str, ...]
    if clause.tense in _ACTIVE_AUXILIARY:
        finite, right = _ACTIVE_AUXILIARY[clause.tense], (parts.participle,)
    else:
        form = finite_form(clause.lemma, "Sing", past=clause.tense == "past")
        if form is None:
            return None
        finite, right = form[0], (form[1],) if form[1] else ()
    others = tuple(sorted((p for p in (base.front, *base.middle) if p.role not in ("subject", "agent")), key=lambda p: p.start))
    if any(p.tags[:1] == ("KOKOM",) for p in others):
        return None
    times = 0
    while times < len(others) and others[times].role == "time":
        times += 1
    name = Piece(" ".join(t.text for t in tokens[1:]), "subject", agents[0].start, tuple(t.tag for t in tokens[1:]), "Sing")
    moved = Piece(obj, "object_acc", subject.start, subject.tags, subject.number)
    return replace(base, front=name, finite=finite, middle=(*others[:times], moved, *others[times:]), right=right,
                   number="Sing", voice="active")


# Full verbs whose perfect reads stiffer than their past (war → ist gewesen, hatte → hat gehabt)
# or that are auxiliaries and modals in the past: they keep their tense.
_NO_PERFECT = frozenset({"sein", "haben", "werden", "geben", "heißen", "wissen", "können", "müssen", "dürfen",
                         "sollen", "wollen", "mögen", "lassen", "scheinen", "gelten", "bleiben"})


def joined_prefix(sentence: Sentence, clause: Clause) -> bool:
    """Does the finite verb of a verb-second clause stand joined with its prefix ("Kasachstan
    unterstellte sich dem benachbarten Russland")? Then the verb is inseparable here: a separable
    one leaves its particle at the end (stellte … unter), so its perfect is "hat sich unterstellt"."""
    finite = _token(sentence, clause.finite) if clause.finite is not None else None
    return (clause.kind in ("main", "coordinated") and finite is not None and len(clause.lemma) > 6
            and finite.text.lower().startswith(clause.lemma[:4].lower()))


def perfect(sentence: Sentence, clause: Clause, base: Frame) -> Frame | None:
    """The Präteritum as Perfekt, the tense of spoken German (what a B1 learner reads most
    easily): "Lina Medina litt an …" → "Lina Medina hat an … gelitten", "griff auf … zurück" →
    "hat auf … zurückgegriffen", "wurde … verhaftet" → "ist … verhaftet worden". The meaning of
    a finished event stays the same. Haben or sein as the verb's principal parts give it for the
    clause (with or without an accusative object, reflexive); none for a modal, a state passive,
    a verb the ablaut tables do not know or one whose perfect reads stiffer (war, hatte)."""
    if clause.tense != "past" or clause.modal or clause.mood != "indicative" or clause.voice not in ("active", "passive"):
        return None
    if clause.lemma in _NO_PERFECT or not base.number or base.tail:
        return None
    reflexive = clause.reflexive is not None
    parts = principal_parts(clause.lemma, usage=Usage(reflexive=reflexive, objects=(bool(clause.role("object_acc")),),
                                                      joined=joined_prefix(sentence, clause)))
    if parts is None or not parts.participle:
        return None
    plural = base.number == "Plur"
    finite_verb = _token(sentence, clause.finite) if clause.finite is not None else None
    if clause.voice == "passive":
        if finite_verb is None or finite_verb.lemma != "werden" or len(base.right) != 1:
            return None
        return replace(base, finite="sind" if plural else "ist", right=(base.right[0], "worden"), tense="perfect")
    if base.right and base.right != (parts.prefix,):
        return None  # a verb complex of more than the finite verb and its particle
    finite = ("sind" if plural else "ist") if parts.auxiliary == "sein" else ("haben" if plural else "hat")
    return replace(base, finite=finite, right=(parts.participle,), tense="perfect")


def _accusative(sentence: Sentence, clause: Clause, constituent: Constituent, subject: Piece) -> str | None:
    """A passive's subject as the active's object: a name or a feminine, neuter or plural
    phrase as it stands, a simple masculine one re-inflected ("der neue Hafen" → "den neuen
    Hafen", "ein alter Betrieb" → "einen alten Betrieb"); None for pronouns and anything unsure."""
    if any(t in ("PPER", "PRF", "PIS", "PPOSAT", "PDS", "PDAT", "PRELS") for t in subject.tags):
        return None
    first = subject.text.split()[0].lower()
    if all(tag == "NE" for tag in subject.tags) or first in ("die", "das", "eine", "keine"):
        return subject.text
    if subject.tags[:1] in (("NN",), ("ADJA",)) and subject.number == "Plur":
        return subject.text
    if first not in ("der", "ein", "kein"):
        return None
    tokens = _own_words(sentence, clause, constituent, subject)
    simple = _simple_noun_phrase(tokens, constituent.head) if tokens else None
    if tokens is None or simple is None or simple[1].feature("Gender") != "Masc":
        return None
    phrase, noun = simple
    if first == "der" and any(not t.text.endswith("e") for t in phrase[1:-1]):
        return None
    if first != "der" and any(not t.text.endswith("er") for t in phrase[1:-1]):
        return None
    adjectives = [t.text + "n" if first == "der" else t.text[:-2] + "en" for t in phrase[1:-1]]
    return " ".join([{"der": "den", "ein": "einen", "kein": "keinen"}[first], *adjectives, noun.text,
                     *(t.text for t in tokens[len(phrase):])])


# Masculine nouns of the weak declension end in these (der Student, den Studenten; der Löwe):
# their other cases change the noun itself, which only a lexicon would know.
_WEAK_ENDINGS = ("e", "ent", "ant", "ist", "at", "oge", "graf", "soph", "nom", "ot", "ard", "ar", "or")
_CONTRACTED = {"Masc": "vom", "Neut": "vom", "Fem": "von der"}
_DEFINITE_NOMINATIVE = {"der": "Masc", "das": "Neut", "die": "Fem"}
_AGENTS = frozenset({"PER", "ORG"})  # who can act: an agent "von …" of anything else reads wrong


def _own_words(sentence: Sentence, clause: Clause, constituent: Constituent, piece: Piece) -> list[Token] | None:
    """The constituent's tokens as the piece writes them, one word each; None when the piece
    was rewritten (a pronoun's name) or is not written word for word."""
    own = set(clause.tokens)
    tokens = [t for t in _span(sentence, constituent.start, constituent.end) if t.i in own]
    words = piece.text.split()
    if len(tokens) != len(words) or any(t.text.lower() != w.lower() for t, w in zip(tokens, words, strict=True)):
        return None
    return tokens


def _simple_noun_phrase(tokens: list[Token], head: int) -> tuple[list[Token], Token] | None:
    """Article, adjectives and the head noun of a phrase whose head is singular and not of the
    weak declension ("die neue Regierung", "den großen Vertrag"); what follows the head (a
    genitive, a name, a prepositional phrase) keeps its case. None for anything else."""
    k = next((n for n, t in enumerate(tokens) if t.i == head), None)
    if k is None or k < 1 or tokens[0].tag != "ART" or tokens[k].tag != "NN":
        return None
    if any(t.tag != "ADJA" for t in tokens[1:k]):
        return None
    noun = tokens[k]
    if noun.feature("Number") != "Sing" or noun.feature("Gender") not in _CONTRACTED:
        return None
    if noun.feature("Gender") == "Masc" and (noun.text != noun.lemma or noun.text.lower().endswith(_WEAK_ENDINGS)):
        return None
    return tokens[: k + 1], noun


def _agent(sentence: Sentence, clause: Clause, subject: Piece) -> str | None:
    """The subject as the passive's agent: "von Pjöngjang" for a bare name, "von der UNESCO" for
    a name with its article, "vom Konzern", "von der neuen Regierung" for a definite singular noun phrase whose gender the article and
    the noun agree on (a weak adjective takes -n); None for anything else."""
    constituent = clause.role("subject")[0]
    tokens = _own_words(sentence, clause, constituent, subject)
    if tokens is None or not all(t.ent_label in _AGENTS for t in tokens if t.tag != "ART"):
        return None
    if all(tag == "NE" for tag in subject.tags):
        return "von " + subject.text
    if len(tokens) == 2 and tokens[0].tag == "ART" and tokens[1].tag == "NE" and clause.number == "Sing":
        # "die UNESCO" → "von der UNESCO", "das Parlament" is a noun and goes below
        dative = {"die": "von der", "der": "vom", "das": "vom"}.get(tokens[0].text.lower())
        return f"{dative} {tokens[1].text}" if dative else None
    simple = _simple_noun_phrase(tokens, constituent.head)
    if simple is None:
        return None
    phrase, noun = simple
    gender = _DEFINITE_NOMINATIVE.get(phrase[0].text.lower())
    if gender != noun.feature("Gender") or clause.number != "Sing" or any(not t.text.endswith("e") for t in phrase[1:-1]):
        return None
    words = [_CONTRACTED[gender], *(t.text + "n" for t in phrase[1:-1]), noun.text, *(t.text for t in tokens[len(phrase):])]
    return " ".join(words)


def _masculine_nominative(sentence: Sentence, clause: Clause, constituent: Constituent, obj: Piece) -> str | None:
    """A masculine accusative object as the passive's subject: "den großen Vertrag" → "der
    große Vertrag", "einen neuen Hafen" → "ein neuer Hafen"; None when unsure."""
    tokens = _own_words(sentence, clause, constituent, obj)
    simple = _simple_noun_phrase(tokens, constituent.head) if tokens else None
    if tokens is None or simple is None:
        return None
    phrase, noun = simple
    article = phrase[0].text.lower()
    if noun.feature("Gender") != "Masc" or any(not t.text.endswith("en") for t in phrase[1:-1]):
        return None
    adjectives = [t.text[:-1] if article == "den" else t.text[:-2] + "er" for t in phrase[1:-1]]
    first = {"den": "der", "einen": "ein", "keinen": "kein"}[article]
    return " ".join([first, *adjectives, noun.text, *(t.text for t in tokens[len(phrase):])])


# --- summary lines ------------------------------------------------------------------------------

# What a summary line leaves out: when, why, what for, how much, and loose words.
LEFT_OUT = frozenset({"time", "cause", "purpose", "quantity", "adverbial", ""})
# What a summary line must keep besides its subject: what the verb says something about.
_CORE_ROLES = frozenset({"object_acc", "object_dat", "object_prep", "object_gen", "predicative", "place",
                         "direction", "origin", "agent"})
MAX_SUMMARY_WORDS = 14


def summary_line(analysis: Analysis, sentence: Sentence, resolver: Resolver | None = None) -> str | None:
    """What a sentence's first usable main clause says at its core, in the present tense:
    subject, verb, objects (and the place of a verb of position); adverbials left out. None
    when the clause needs context or the line would be long."""
    resolver = resolver or default_resolver()
    if any(mark in sentence.text for mark in _QUOTES):
        return None
    for clause in sentence.clauses:
        if clause.kind != "main":
            continue
        if clause.lemma in SPEECH_VERBS:
            return None
        base = frame(analysis, sentence, clause, resolver, front="subject")
        if base is None or base.voice not in ("active", "passive", "state") or base.tense == "future":
            return None
        middle = tuple(p for p in base.middle if p.role not in LEFT_OUT)
        verb = _present(clause, base)
        if verb is None:
            return None
        finite, right = verb
        if not any(p.role in _CORE_ROLES for p in middle) and not base.tail:
            return None  # "Oskar Schindler arbeitet.": a line that says nothing of the paragraph
        if any(p.role == "" and p.tags and p.tags[0] in ("ADV", "ADJD") for p in base.middle):
            return None  # a loose adverb ("vor allem", "so") would go with what it qualifies
        line = replace(base, finite=finite, middle=middle, right=right).text()
        if len(line.split()) > MAX_SUMMARY_WORDS or len(line.split()) < 4 or cut_off(sentence, clause, line):
            return None
        if not well_formed(line, clause.lemma, strict=True) or not well_formed_statement(line):
            return None
        return line
    return None


def _present(clause: Clause, base: Frame) -> tuple[str, tuple[str, ...]] | None:
    """The verb complex in the present tense: "besuchte" → "besucht", "hat … aufgefordert" →
    "fordert … auf", "wurde … gebaut" → "wird … gebaut"."""
    number = clause.number
    if clause.tense == "present":
        return base.finite, base.right
    participle = base.right[0] if base.right else ""
    if clause.modal:
        form = finite_form(clause.modal, number, past=False)
        infinitives = tuple(w for w in base.right if w not in ("haben", "sein"))
        return (form[0], infinitives) if form else None
    if clause.voice == "passive":
        return (_IRREGULAR_3["werden"][number == "Plur"], (participle,)) if participle else None
    if clause.voice == "state":
        return (_IRREGULAR_3["sein"][number == "Plur"], (participle,)) if participle else None
    form = finite_form(clause.lemma, number, past=False)
    if form is None:
        return None
    finite, prefix = form
    return finite, (prefix,) if prefix else ()
