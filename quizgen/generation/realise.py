"""German surface realisation from a ``model.Clause``: statements and W-questions.

Public API (stable; other generators import it):

- ``declarative(sentence, clause, *, front=None, replace=None, drop=(), number=None) -> str | None``
  the clause as a verb-second main clause ("Kim besuchte am Wochenende Munitionsfabriken."):
  ``front`` is the constituent put into the Vorfeld (default: the clause's own Vorfeld, or
  the subject for a clause that was verb-final); ``replace`` maps token spans ``(start, end)``
  (``Token.i``, end exclusive, as in ``Constituent``) to text put in their place (a pronoun by
  its name: ``{(c.start, c.end): "Kim Jong Un"}``); ``drop`` lists constituents left out;
  ``number`` ("Sing"/"Plur") re-inflects the finite verb (for a replaced subject of another
  number). A subordinate clause (weil, nachdem, dass …) or a relative clause becomes a main
  clause: the verb moves to second position, a particle verb is split again (herstellen →
  stellt … her), the relative pronoun becomes its antecedent.
- ``interrogative(sentence, clause, asked, word, *, replace=None, drop=(), number=None) -> str | None``
  the W-question that asks for ``asked`` with ``word`` ("Wozu", "Mit wem") in the Vorfeld:
  "Was besuchte Kim am Wochenende?". A subject asked with Wer/Was takes a 3rd person
  singular verb ("Wer hat die Waffengeschäfte bestritten?" for "Nordkorea und Russland haben …").
  An apposition between commas after its phrase is left out ("In Bern, der Hauptstadt der
  Schweiz, macht …" → "Wo macht der Fluss …?"); of two coordinated participles or infinitives
  sharing subject and finite verb, the question keeps the one whose phrase it asks about
  ("… in den Hagneckkanal gelegt und in den Bielersee geleitet" → "Wohin wurde die Aare geleitet?").
  What does not help find the asked fact stays out, so that the question is not found by
  matching strings: secondary adverbs ("insgesamt"), a list after "zusammen mit", an event
  dating the clause beside a date, the extended attribute of a definite subject ("Was trug das
  Flugzeug?" for "Das mit zwei Triebwerken … ausgerüstete Flugzeug trug …").
- ``conjunct(sentence, clause, asked) -> Clause | None``: that conjunct as a clause of its own;
  ``kept_verbs(sentence, clause, asked)``: the right-bracket words the question keeps (what a
  check that every verb of the source is in the question should expect); ``spared_words(sentence,
  clause, asked)``: a title before a name, which a question may leave out of its clause;
  ``perfect_for_pluperfect(prompt, word, sentence, clause, asked)``: a date asked in the perfect.
- ``finite_form(lemma, form, person_number, mood="indicative") -> str | None``: the same
  tense and mood of a verb in another person/number ("haben" → "hat").
- ``owned(sentence, possessive, owner) -> ((start, end), text) | None``: the replacement that
  names a possessive's owner in its phrase ("mit ihrem Mann" → "mit Victorias Mann", "seine
  Frau" → "die Frau des Kronprinzen"), for ``replace``.
- ``render(sentence, start, end, replace=None) -> str``: the text of a token span, cleaned;
  ``phrase(…)`` the same with a sentence-initial article in lower case (for answers).

Every function returns None when it is not sure: an unsure clause or constituent, a clause
without a finite verb or subject, a verb-first clause, a kept personal pronoun that ``replace``
does not resolve (including expletive "es"), a relative pronoun inside a prepositional phrase,
a conditional / ob / damit clause made a statement, a verb it cannot re-inflect. Word order
inside the Mittelfeld is the text's; a constituent that leaves the Vorfeld goes after the
unstressed pronouns and the subject at the start of the Mittelfeld, a clause that leaves it
goes to the Nachfeld.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from ..analysis.hanta import SEPARABLE_PARTICLES
from ..analysis.lexicon import noun_lexicon
from ..model import Analysis, Clause, Constituent, Sentence, Token
from .wellformed import MAX_QUESTION_WORDS, appended_example

Spans = Mapping[tuple[int, int], str]

# The 0-based cells of ablaut's person tables: 1sg 2sg 3sg 1pl 2pl 3pl.
PERSON_INDEX = {("1", "Sing"): 0, ("2", "Sing"): 1, ("3", "Sing"): 2, ("1", "Plur"): 3, ("2", "Plur"): 4, ("3", "Plur"): 5}
# Subordinators whose clause states no fact: never made a statement.
NOT_FACTUAL = frozenset({"ob", "wenn", "falls", "sofern", "damit", "ohne", "statt", "anstatt", "als", "wie", "sobald", "soweit"})
_FUNCTION_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "APPR", "APPRART"})
_KEEP_CAPITAL_TAGS = frozenset({"NN", "NE", "TRUNC", "FM", "XY"})
_PRONOUN_TAGS = frozenset({"PPER", "PDS"})
_VERBAL_TAGS = frozenset({"PTKVZ", "VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU", "VVFIN", "VAFIN", "VMFIN"})
_DEMONSTRATIVES = frozenset({"das", "dies", "dieses", "diese", "dieser", "jenes"})
# Loose adverbs that link the clause to the text around it: a question stands alone, so they
# go ("Wohin reiste Lindbergh danach?" → "Wohin reiste Lindbergh?"). Never "nicht", "nur", "noch".
CONNECTIVES = frozenset({"jedoch", "aber", "also", "zwar", "allerdings", "nämlich", "hingegen", "demgegenüber",
                         "weiterhin", "weiter", "außerdem", "zudem", "ebenfalls", "dennoch", "trotzdem", "daher",
                         "deshalb", "deswegen", "darum", "somit", "folglich", "damals", "dann", "danach", "dabei",
                         "dort", "hier", "so", "auch", "ferner", "wiederum", "schließlich", "letztlich", "übrigens",
                         "jedenfalls", "insbesondere", "beispielsweise", "etwa", "dagegen", "indes", "inzwischen", "gleichwohl",
                         "mittlerweile", "freilich", "doch", "ja", "eben", "halt", "wohl", "dazu", "hierbei", "dafür",
                         "vielmehr"})
# Every particle the analysis joins to its verb ("niedergehen", "hinzufügen"), and ablaut's
# present tense says whether the verb splits; not the prefixes that are separable in some verbs
# and not in others (unterschreiben, übersetzen, umfahren): ablaut's one table cannot tell.
_EITHER_WAY = frozenset({"durch", "über", "unter", "um", "wider", "wieder", "hinter", "voll"})
_SEPARABLE = tuple(sorted(SEPARABLE_PARTICLES - _EITHER_WAY))


@dataclass(frozen=True, slots=True)
class _Unit:
    """A piece that moves as a whole: a constituent, or a loose word (adverb, particle, nicht).

    ``kind`` marks pieces built from several: "aside" (a bracket, or in a question's layout an
    apposition with its opening comma: left out of questions),
    "range" ("von 1827 bis 1846"), "list" ("nach Transbaikal und in die Mongolei"), "vorfeld"
    (the pieces before the finite verb of a verb-second clause, one phrase by the V2 rule) with
    their ``parts``; "cut" is a phrase the analysis ran across the finite verb, its words after it.
    """

    start: int
    end: int
    constituent: Constituent | None = None
    kind: str = ""
    parts: tuple[_Unit, ...] = ()

    @property
    def is_clause(self) -> bool:
        return self.constituent is not None and self.constituent.clause is not None


@dataclass(frozen=True, slots=True)
class _Layout:
    """A clause cut into topological fields; verbs kept apart."""

    vorfeld: tuple[_Unit, ...]
    mittelfeld: tuple[_Unit, ...]
    nachfeld: tuple[_Unit, ...]
    finite: Token
    finite_text: str  # the finite verb as a V2 form (particle split off)
    right: tuple[str, ...]  # the right bracket, as words
    verb_final: bool  # the clause was verb-final (subordinate, relative)


# --- public API ---------------------------------------------------------------------------


def declarative(
    sentence: Sentence,
    clause: Clause,
    *,
    front: Constituent | None = None,
    replace: Spans | None = None,
    drop: Iterable[Constituent] = (),
    number: str | None = None,
) -> str | None:
    """The clause as a verb-second statement ending in ".", or None when unsure."""
    if clause.kind in ("zu_infinitive", "um_zu", "question"):
        return None  # a zu-clause states no fact ("versuchte, X zu tun" is not "tat X")
    conjunction = _token(sentence, clause.conjunction)
    if clause.kind == "subordinate" and (conjunction is None or conjunction.text.lower() in NOT_FACTUAL):
        return None
    prepared = _prepared(sentence, clause, replace)
    if prepared is None:
        return None
    layout, replace = prepared
    dropped = {(c.start, c.end) for c in drop}
    if front is not None and ((front.start, front.end) in dropped or not front.sure):
        return None
    if any(not c.sure for c in drop):
        return None
    front_unit = _pick_front(layout, clause, front)
    if front_unit is None:
        return None
    finite = layout.finite_text
    if number is not None:
        inflected = _reinflect(layout.finite, finite, clause, ("3", number))
        if inflected is None:
            return None
        finite = inflected
    front_text = _unit_text(sentence, front_unit, replace)
    if front_text is None:
        return None
    if _ends_in_clause(sentence, front_unit):
        front_text += ","
    if _broken(sentence, clause, layout, dropped):
        return None
    rest = _rest(sentence, clause, layout, front_unit, dropped, replace)
    if rest is None:
        return None
    return _finish([front_text, finite, *rest], ".")



def _prepared(sentence: Sentence, clause: Clause, replace: Spans | None, *, question: bool = False,
              ) -> tuple[_Layout, dict[tuple[int, int], str]] | None:
    """The clause's layout and the replacements, a relative clause's antecedent put in for its
    pronoun; None when the clause cannot be laid out. A ``question`` layout takes appositions
    out as asides (a question leaves them out)."""
    layout = _layout(sentence, clause, question=question)
    if layout is None:
        return None
    spans = dict(replace or {})
    if clause.kind == "relative" and not _antecedent_for(sentence, clause, spans):
        return None
    return layout, spans


def interrogative(
    sentence: Sentence,
    clause: Clause,
    asked: Constituent,
    word: str,
    *,
    replace: Spans | None = None,
    drop: Iterable[Constituent] = (),
    number: str | None = None,
) -> str | None:
    """The W-question asking for ``asked``: ``word`` + finite verb + the rest, or None."""
    if clause.kind in ("zu_infinitive", "um_zu", "question") or not asked.sure:
        return None
    clause = conjunct(sentence, clause, asked) or clause
    prepared = _prepared(sentence, clause, replace, question=True)
    if prepared is None:
        return None
    layout, replace = prepared
    units = _units(layout)
    asked_unit = _asked_unit(sentence, units, asked)
    if asked_unit is None or any(not c.sure for c in drop):
        return None  # (a focus particle goes with what it stands before: "Wann …? – schon in der Steinzeit")
    dropped = {(c.start, c.end) for c in drop} | {(asked.start, asked.end), (asked_unit.start, asked_unit.end)}
    # adverbial clauses stay out of a question ("Wozu hat Kim … aufgefordert?", not "…, und …"),
    # and so do brackets and a clause that only goes on from this one ("…, wobei ihm …")
    dropped |= {(u.start, u.end) for u in units if u.is_clause and u.constituent is not None
                and (u.constituent.role != "complement" or _continuative(sentence, clause, u))}
    dropped |= {(u.start, u.end) for u in units if u.kind == "aside" or appended_example(sentence, u.start, u.end)}
    replace |= {(a.start, a.end): "" for u in units for a in u.parts if a.kind == "aside"}
    if _broken(sentence, clause, layout, dropped) or _half_asked(units, asked_unit, dropped):
        return None
    finite = layout.finite_text
    if number is None and asked.role == "subject" and word.lower() in ("wer", "was"):
        person = _person(layout.finite, finite, clause)
        if person is None or person[0] != "3":
            return None
        number = "Sing"
    if number is not None:
        inflected = _reinflect(layout.finite, finite, clause, ("3", number))
        if inflected is None:
            return None
        finite = inflected
    kept = _units(layout)
    if _points_back(sentence, kept, dropped, replace) or _contrast_halves(sentence, kept):
        return None  # "dort" would leave with the link words; two contrasted halves share the verb
    dropped |= {(u.start, u.end) for k, u in enumerate(kept) if _connective(sentence, u) and not _also_there(sentence, kept, k)
                and (u.start, u.end) not in replace}  # a "dort" the caller named is no link word
    if asked.role == "complement":  # the correlate belongs to the asked clause: "Wozu überredete er sie (dazu)?"
        dropped |= {(u.start, u.end) for u in _units(layout) if correlate(sentence, u.start, u.end)}
    dropped |= _needless(sentence, kept, asked_unit, asked, word)
    word = _range_word(sentence, clause, asked, word)
    replace |= _bare_heads(sentence, kept, asked_unit, dropped)
    replace |= _plain_names(sentence, kept, asked_unit, dropped, replace)
    dropped |= _new_information(sentence, clause, kept, asked_unit, asked)
    while True:  # a question over the length a reader takes in leaves out what it can spare
        rest = _rest(sentence, clause, layout, asked_unit, dropped, replace)
        if rest is None:
            return None
        question = _finish([word, finite, *rest], "?")
        spare = _spare(sentence, clause, layout, asked_unit, dropped)
        if question is None or len(question.split()) <= MAX_QUESTION_WORDS or spare is None:
            return question
        dropped.add((spare.start, spare.end))


# Verbs of extent that take their span as "von … bis …": "Die Blütezeit reicht von Dezember bis Mai".
_RANGE_VERBS = frozenset({"reichen", "erstrecken"})


def _range_word(sentence: Sentence, clause: Clause, asked: Constituent, word: str) -> str:
    """"Von wann bis wann" for "Wann" when a verb of extent has the asked "von … bis …" span:
    "Wann reicht die Blütezeit? – von Dezember bis Mai" is no German (round 20), "Von wann bis
    wann reicht die Blütezeit?" is. Any other verb keeps "Wann" ("Wann traf man sich …? – von
    1901 bis 1927")."""
    if word != "Wann" or clause.lemma.removeprefix("sich ") not in _RANGE_VERBS:
        return word
    words = [t.text.lower() for t in sentence.tokens if asked.start <= t.i < asked.end]
    if not words or words[0] not in ("von", "vom") or "bis" not in words:
        return word
    return "Von wann bis wann"


def _half_asked(units: Sequence[_Unit], asked: _Unit, dropped: set[tuple[int, int]]) -> bool:
    """Is the asked phrase one of two complement clauses the question would keep the other of?
    "Der ungarische Adel verlangte von den Habsburgern, Westungarn wieder voll in Ungarn zu
    integrieren und die österreichische Direktverwaltung zu beenden" gave "Was verlangte der
    ungarische Adel von den Habsburgern, Westungarn … zu integrieren? – die österreichische
    Direktverwaltung zu beenden": what was demanded is both."""
    if asked.constituent is None or asked.constituent.role != "complement":
        return False
    return any(u != asked and u.is_clause and u.constituent is not None and u.constituent.role == "complement"
               and (u.start, u.end) not in dropped for u in units)


def conjunct(sentence: Sentence, clause: Clause, asked: Constituent) -> Clause | None:
    """The part of a verb-second clause with two coordinated full verbs in its right bracket
    that holds ``asked``, as a clause of its own; None for any other clause.

    "Die Aare wurde dann in den Hagneckkanal gelegt und in den Bielersee geleitet": the subject
    and the finite verb belong to both verb phrases, so a question may ask about either one
    ("Wohin wurde die Aare geleitet?"). The first conjunct is everything up to its verb (what
    stands before it may belong to both, which does it no harm); the second is the Vorfeld, the
    finite verb, a subject in the Mittelfeld, and what follows "und" - only when the first
    conjunct's Mittelfeld holds no object, clause or reflexive that the second may share ("Sie
    hat das Haus 1990 gekauft und 2000 verkauft" gives no "Wann hat sie verkauft?"), and the
    second has no subject of its own, no phrase the analysis was unsure of, and no adverbial
    beside an adverbial in the Vorfeld (which then may be the first conjunct's alone).
    ``kept_verbs`` names the verbs such a question keeps."""
    split = _coordinated_verbs(sentence, clause)
    if split is None or clause.finite is None:
        return None
    first, link, second = split
    finite = clause.finite
    middle = [c for c in clause.constituents if finite < c.start and c.end <= first]
    if asked in middle or asked.end <= finite:
        tokens = tuple(i for i in clause.tokens if i <= first or i > second)
        parts = tuple(c for c in clause.constituents if c.end <= first)
        verb = first
    elif link < asked.start and asked.end <= second:
        if clause.reflexive is not None and finite < clause.reflexive < first:
            return None
        if any(c.clause is not None or c.role in _ARGUMENT_ROLES and c.role != "subject" for c in middle):
            return None
        own = [c for c in clause.constituents if c.start > link]
        if any(not c.sure or c.role == "subject" or clause.voice != "active" and not c.preposition and _nominal(sentence, c) for c in own):
            return None  # "… gestürzt und eine Demokratisierung eingeleitet": the second has a subject of its own
        fronted = [c for c in clause.constituents if c.end <= finite and c.role not in _ARGUMENT_ROLES]
        own_time = asked.role == "time" and bool(fronted) and all(c.role == "time" for c in fronted)
        if fronted and not own_time and any(c.role not in _ARGUMENT_ROLES for c in own):
            return None  # "Im Sommer kann man … baden und im Winter … laufen": the Vorfeld is the first one's
        # "2003 wurde der Cristo restauriert und am 17. Juli 2004 … wiederaufgestellt": asked for
        # its own time, the second conjunct leaves the Vorfeld's time to the first ("Wann wurde der
        # Cristo … wiederaufgestellt?"); asked for anything else it may share it, and is not asked
        gone = {i for c in fronted for i in range(c.start, c.end)} if own_time else set()
        subjects = [c for c in middle if c.role == "subject"]
        shared = {i for c in subjects for i in range(c.start, c.end)}
        tokens = tuple(i for i in clause.tokens if (i <= finite or i in shared or i > link) and i not in gone)
        parts = tuple(c for c in clause.constituents if (c.end <= finite or c in subjects or c.start > link)
                      and not (own_time and c in fronted))
        verb = second
    else:
        return None
    token = _token(sentence, verb)
    lemma = token.lemma if token is not None else clause.lemma
    return dataclasses.replace(clause, tokens=tokens, verbs=(finite, verb), constituents=parts, lemma=lemma,
                   negation=clause.negation if clause.negation in tokens else None)


def _nominal(sentence: Sentence, constituent: Constituent) -> bool:
    """A noun phrase (article, determiner, noun or name first)."""
    first = _token(sentence, constituent.start)
    return first is not None and first.tag in ("ART", "PIAT", "PPOSAT", "PDAT", "ADJA", "NN", "NE")


def kept_verbs(sentence: Sentence, clause: Clause, asked: Constituent) -> tuple[str, ...]:
    """The words of the right bracket (verbs and particle) that the question asking for
    ``asked`` keeps: all of the clause's, or those of the conjunct it asks about (``conjunct``)."""
    part = conjunct(sentence, clause, asked) or clause
    return tuple(t.text for t in sentence.tokens if (t.i in part.verbs or t.i == part.particle) and t.i != part.finite)


def _coordinated_verbs(sentence: Sentence, clause: Clause) -> tuple[int, int, int] | None:
    """(first verb, "und"/"oder", second verb) of a verb-second clause whose right bracket is two
    full verbs of the same form joined by the conjunction right after the first ("gelegt und
    in den Bielersee geleitet", "baden und … fahren"), with nothing else after the finite verb."""
    if clause.kind not in ("main", "coordinated") or clause.finite is None or clause.particle is not None or not clause.sure:
        return None
    rest = sorted(v for v in clause.verbs if v != clause.finite)
    if len(rest) != 2 or rest[0] < clause.finite:
        return None
    first, second = (_token(sentence, v) for v in rest)
    link = _token(sentence, rest[0] + 1)
    if first is None or second is None or link is None or first.tag != second.tag or first.tag not in ("VVPP", "VVINF"):
        return None
    if link.tag != "KON" or link.text.lower() not in ("und", "oder") or link.i not in clause.tokens:
        return None
    own = set(clause.tokens)
    if any(t.tag in _VERBAL_TAGS and t.i not in clause.verbs and t.i in own for t in sentence.tokens if clause.finite < t.i < second.i):
        return None
    if any(t.i in own and not t.tag.startswith("$") for t in sentence.tokens if t.i > second.i):
        return None  # words after the second verb: the coordination is not the bracket's end
    return first.i, link.i, second.i


_LOOSE_NOMINAL_TAGS = frozenset({"NN", "NE", "FM", "XY", "TRUNC", "ART", "ADJA", "CARD", "APPR", "APPRART", "PIAT",
                                 "PDAT", "PPOSAT"})
_CUTTING_MARKS = frozenset({"/", "'", "’"})
COPULAS = frozenset({"sein", "werden", "bleiben"})


def _broken(sentence: Sentence, clause: Clause, layout: _Layout, gone: set[tuple[int, int]]) -> bool:
    """Signs in what the question keeps that the clause was cut wrong: a noun, article or
    number outside every phrase, or a phrase the analysis was unsure of, whose neighbour leaves
    ("… Durchmesser von 3 bis 8 (selten bis 10) Zentimeter" without the bracket); a slash or
    apostrophe outside every phrase ("1914/15" would lose its slash); a dash with one side
    leaving; a genitive cut off from its noun ("… King (1968) des Avantgarde-Komponisten")."""
    units = sorted(_units(layout), key=lambda u: u.start)
    verbs = _verb_set(clause)
    for k, unit in enumerate(units):
        if unit.kind or (unit.start, unit.end) in gone:
            continue
        token = _token(sentence, unit.start)
        loose = unit.constituent is None and token is not None and token.tag in _LOOSE_NOMINAL_TAGS
        unsure = unit.constituent is not None and not unit.constituent.sure  # "der Tag Alla | hjärtans dag"
        neighbours = [units[j] for j in (k - 1, k + 1) if 0 <= j < len(units)]
        if loose and any(_touching(n, unit, verbs) and (n.start, n.end) in gone for n in neighbours):
            return True
        if unsure and any(_touching(n, unit, verbs) and n.kind == "aside" and (n.start, n.end) in gone for n in neighbours):
            return True
    if any((u.start, u.end) not in gone and _orphaned_article(sentence, clause, u) for u in units):
        return True
    covered = {i for u in units for i in range(u.start, u.end)}
    if any(t.text in _CUTTING_MARKS and t.i in clause.tokens and t.i not in covered for t in sentence.tokens):
        return True
    for k in range(1, len(units)):
        before, unit = units[k - 1], units[k]
        dash = any(t.text in ("–", "—") and before.end <= t.i < unit.start for t in sentence.tokens)
        if dash and _touching(before, unit, verbs) and ((before.start, before.end) in gone) != ((unit.start, unit.end) in gone):
            return True  # "King George – Ein Königreich …": a dash joins what one side says to the other
        if before.kind == "aside" and k > 1:
            before = units[k - 2]  # "… King (1968) des Avantgarde-Komponisten"
        first, last = _token(sentence, unit.start), _token(sentence, before.end - 1)
        if ((unit.start, unit.end) not in gone and first is not None and first.tag == "ART" and first.text.lower() in ("des", "eines")
                and last is not None and last.tag in ("NN", "NE") and _touching(before, unit, verbs)
                and ((before.start, before.end) in gone or units[k - 1].kind == "aside" and (units[k - 1].start, units[k - 1].end) in gone)):
            return True
    return False


_ARTICLE_FORMS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
_PRENOMINAL_TAGS = frozenset({"ADJA", "ADJD", "ADV", "CARD"})


def _orphaned_article(sentence: Sentence, clause: Clause, unit: _Unit) -> bool:
    """Does the unit open with an article whose noun lies beyond it, past adjectives and a
    phrase inside the attribute? "als der neu ins Gefängnis gekommenen 19-jährigen Kieran Nugent
    sich weigerte" was cut after "Gefängnis", and "Was weigerte der neu ins Gefängnis sich …?"
    kept the article without its noun (round 16; the tagger read "der" as a relative pronoun). A
    "der" tagged as a pronoun counts only before an adjective that ends at a noun ("als der neu
    ins Haus kam" has none), and never as a relative clause's own pronoun ("Fabriken, die Raketen
    herstellen")."""
    first = _token(sentence, unit.start)
    if first is None or first.i == clause.conjunction or first.text.lower() not in _ARTICLE_FORMS:
        return False
    if first.tag not in ("ART", "PDS", "PRELS") or first.tag == "PRELS" and clause.kind == "relative":
        return False
    inside_phrase, adjective = False, False
    for token in sentence.tokens:
        if token.i <= first.i:
            continue
        if token.tag in ("NN", "NE"):
            if not inside_phrase:
                return token.i >= unit.end and (first.tag == "ART" or adjective)
            inside_phrase = False
        elif token.tag in ("APPR", "APPRART"):
            inside_phrase = True
        elif token.tag == "ART" and inside_phrase or token.tag in _PRENOMINAL_TAGS:
            adjective = adjective or token.tag == "ADJA" and not inside_phrase
        else:
            return False
    return False


def _verb_set(clause: Clause) -> set[int]:
    return set(clause.verbs) | ({clause.finite} if clause.finite is not None else set())


def _touching(one: _Unit, other: _Unit, verbs: set[int]) -> bool:
    """No verb of the clause between two units."""
    return not any(min(one.end, other.end) <= v < max(one.start, other.start) for v in verbs)


def _asked_unit(sentence: Sentence, units: Iterable[_Unit], asked: Constituent) -> _Unit | None:
    """The unit the question word stands for: the asked phrase (with a focus particle before
    it), or a unit it is part of when the question word fits the whole (see ``_asks_whole``)."""
    for unit in units:
        if unit.kind == "cut":
            continue  # the phrase was cut at the verb: its words are not all here
        if (unit.start, unit.end) == (asked.start, asked.end) or unit.constituent is asked and not unit.parts:
            return unit
        if any(part.constituent is asked for part in unit.parts):
            return unit if _asks_whole(sentence, unit, asked) else None
    return None


def _asks_whole(sentence: Sentence, unit: _Unit, asked: Constituent) -> bool:
    """Does the question word for ``asked`` fit the whole unit it is part of? A range asked
    with a time word ("Von 1827 bis 1846" → Wann); a Vorfeld whose first phrase is asked and
    the rest is a number or a bracket ("Die Provinz (…)", "Im September | 2008"); a time in a
    Vorfeld of adverbials ("Nach der Volkszählung im Jahr | 2010 lebten …" → Wann lebten …)."""
    if unit.kind == "range":
        return asked.role == "time"
    if unit.kind != "vorfeld":
        return False
    first, others = unit.parts[0], [u for u in unit.parts if u.constituent is not asked]
    if first.constituent is asked and (first.start, first.end) == (asked.start, asked.end) and all(
            u.kind == "aside" or _number_only(sentence, u) for u in others):
        return True
    return asked.role == "time" and all(
        u.kind == "aside" or not u.kind and not u.is_clause and u.constituent is not None
        and u.constituent.role in ("time", "adverbial") for u in others)


# A clause opened by one of these words only goes on from the one before ("…, wobei ihm die
# Opposition Wahlbetrug vorwarf"); those of the second set may also be an object clause
# ("erklärte, wodurch …"), so only after an accusative object they are sure to go on.
_CONTINUATIVE = frozenset({"wobei", "woraufhin", "wohingegen"})
_CONTINUATIVE_AFTER_OBJECT = frozenset({"wodurch", "weshalb", "weswegen", "womit"})


def _continuative(sentence: Sentence, clause: Clause, unit: _Unit) -> bool:
    token = _token(sentence, unit.start)
    word = token.text.lower() if token is not None else ""
    if word in _CONTINUATIVE:
        return True
    return word in _CONTINUATIVE_AFTER_OBJECT and any(c.role == "object_acc" and c.sure for c in clause.constituents)


# Verbs whose place phrase is part of what they say ("liegt in Usbekistan"): it stays.
_PLACE_VERBS = frozenset({"liegen", "befinden", "wohnen", "leben", "stehen", "sitzen", "hängen", "bleiben", "sein"})
_SPARE_ROLES = frozenset({"time", "place", "adverbial", "manner"})


def _spare(sentence: Sentence, clause: Clause, layout: _Layout, asked: _Unit, dropped: set[tuple[int, int]]) -> _Unit | None:
    """The adverbial a too long question can do without (the longest; the later of two):
    a time, place or other adverbial phrase with a determiner, name or number, or an adjective
    used as an adverb ("kostenlos"). Never the subject, an object, the verbs, a negation, an
    "als"-phrase or a fixed phrase such as "in Frage", "zur Verfügung"."""
    if clause.lemma in COPULAS:
        return None  # "Wer ist …?" says little enough
    kept = sorted((u for u in _units(layout) if u != asked and (u.start, u.end) not in dropped), key=lambda u: u.start)
    candidates = [u for k, u in enumerate(kept) if _can_spare(sentence, clause, u)
                  and _spare_between(sentence, clause, kept[k - 1] if k else None, u, kept[k + 1] if k + 1 < len(kept) else None)]
    return max(candidates, key=lambda u: (u.end - u.start, u.start), default=None)


def _spare_between(sentence: Sentence, clause: Clause, before: _Unit | None, unit: _Unit, after: _Unit | None) -> bool:
    """May ``unit`` go from between its neighbours? Not when a loose word before it may belong
    to it ("vom 3. bis | zum 24. April"), nor when what follows may be its attribute, which the
    phrase before would then take ("als Dank | für ihre Arbeit | zur Erhaltung der Umwelt")."""
    verbs = _verb_set(clause)
    if before is not None and not any(before.end <= v < unit.start for v in verbs):
        first = _token(sentence, before.start)
        if before.constituent is None and (first is None or first.tag not in ("ADV", "PTKNEG", "ADJD")):
            return False
    if after is not None and not any(unit.end <= v < after.start for v in verbs):
        first = _token(sentence, after.start)
        if first is None or first.tag in _SPARE_BLOCKING_TAGS or after.constituent is None and first.tag not in ("ADV", "PTKNEG"):
            return False
    return True


_SPARE_BLOCKING_TAGS = frozenset({"APPR", "APPRART", "ADJA", "ADJD", "NN", "NE", "CARD", "FM", "XY", "TRUNC"})


def _can_spare(sentence: Sentence, clause: Clause, unit: _Unit) -> bool:
    constituent = unit.constituent
    if constituent is None or unit.kind or unit.is_clause or not constituent.sure or constituent.role not in _SPARE_ROLES:
        return False
    if constituent.role == "place" and clause.lemma.removeprefix("sich ") in _PLACE_VERBS:
        return False
    tokens = [t for t in sentence.tokens if unit.start <= t.i < unit.end]
    if any(t.tag in ("PTKNEG", "KOKOM", "PPER", "PRF", "PIS") or t.text.lower() in ("ohne", "kein", "keine", "keinen", "keinem", "keiner") for t in tokens):
        return False
    if len(tokens) == 1:
        return tokens[0].tag == "ADJD" or constituent.role == "time" and tokens[0].tag == "CARD"
    if tokens[0].tag not in ("APPR", "APPRART") or not tokens[0].text[:1].islower() and not sentence_initial(sentence, tokens[0].i):
        return constituent.role == "time" and tokens[0].tag != "APPR"
    return constituent.role == "time" or any(t.tag in ("ART", "PDAT", "PPOSAT", "PIAT", "CARD", "NE", "ADJA") for t in tokens[1:])


# Adverbs that add nothing a question needs to find its fact: "Wie viele Arbeitsstunden werden
# insgesamt je Medaille aufgewendet?" asks what "… je Medaille aufgewendet?" asks. Never "nur",
# "noch", "erst", "nicht", "wieder", "nun" (they change what is asked: "Wie heißt die Stadt nun?").
SECONDARY = frozenset({"insgesamt", "sogar", "überhaupt", "eigens", "ebenso", "gleichfalls"})
# Secondary where no time is asked: "Woran nahm die Nationalmannschaft bereits mehrmals teil?";
# asked for the time they say the state held by then ("Als die Helden ankommen, ist das Portal
# bereits geöffnet" is no answer to "Wann ist das Portal geöffnet?").
ALREADY = frozenset({"bereits", "schon"})
# Secondary only where the question holds and asks no number: "Die zwei Teams erhielten jeweils
# fünf Punkte" asks "Wie viele Punkte erhielten die Teams jeweils?", not the sum.
DISTRIBUTIVE = frozenset({"jeweils"})
# The first step of a sequence: secondary for why and what for ("Warum wurde die Mannschaft
# zunächst gesperrt?"), a restricting time for anything else ("Wo lebte er zunächst?").
FIRST_STEP = frozenset({"zunächst", "anfangs"})
# "zusammen mit Opeth, Arch Enemy und Overkill": the co-participants of what the subject does.
_TOGETHER = frozenset({"zusammen", "gemeinsam"})
# "…, ebenfalls mit Gentry im Cockpit": an aside that repeats a circumstance of the sentence before.
_LIKEWISE = frozenset({"ebenfalls", "ebenso", "gleichfalls"})
# Prepositions that set an event as a time frame ("nach dem Baubeginn im Dezember 2000").
_FRAME_PREPOSITIONS = frozenset({"nach", "vor", "seit", "während", "bei", "beim"})


def _needless(sentence: Sentence, units: Sequence[_Unit], asked: _Unit, constituent: Constituent, word: str,
              ) -> set[tuple[int, int]]:
    """What a question leaves out because it does not help find the asked fact, and copying it
    only lets a reader find the sentence by matching strings (round 17: "Wann nahmen Lamb of
    God zusammen mit Opeth, Arch Enemy und Overkill an der „GiganTour“ teil?"): a secondary
    adverb (``SECONDARY``; ``ALREADY`` where no time is asked; ``DISTRIBUTIVE`` where no number
    is asked or kept; ``FIRST_STEP`` in a Warum/Wozu question), an aside after "ebenfalls"
    (``_likewise_aside``), a list of co-participants after "zusammen"/"gemeinsam" where the question does not ask who acts, and an event set as a time frame with its date ("nach dem Baubeginn
    im Dezember 2000") where the question asks the time or keeps a date of its own ("Was ging am
    16. August 2001 in Betrieb?"). They join what ``_spare`` leaves out of a long question; a
    negation, a modal, "nur" and "noch" are never among them."""
    counting = constituent.role == "quantity" or word.lower().startswith("wie viel") or any(
        _holds_number(sentence, u) for u in units if u != asked)
    why = constituent.role in ("cause", "purpose")
    timed = constituent.role == "time"
    acting = constituent.role in ("subject", "agent")  # "Wer nahm an der Tour teil?" has four answers without them
    gone: set[tuple[int, int]] = set()
    for k, unit in enumerate(units):
        if unit == asked:
            continue
        token = _token(sentence, unit.start)
        single = unit.end - unit.start == 1 and token is not None and token.tag in ("ADV", "ADJD")
        text = token.text.lower() if token is not None else ""
        if text in _LIKEWISE and (aside := _likewise_aside(sentence, units, k, asked)) is not None:
            gone |= aside
        elif single and (text in SECONDARY or text in ALREADY and not timed or text in DISTRIBUTIVE and not counting
                         or text in FIRST_STEP and why):
            gone.add((unit.start, unit.end))
        elif text in _TOGETHER and not acting and (listed := _co_participants(sentence, units, k)) is not None:
            gone |= listed
    dated = [u for u in units if u != asked and (u.start, u.end) not in gone and u.constituent is not None
             and u.constituent.role == "time" and _holds_number(sentence, u) and not _event_frame(sentence, u)]
    if constituent.role == "time" or dated:
        gone |= {(u.start, u.end) for u in units if u != asked and _event_frame(sentence, u) and _holds_number(sentence, u)}
    return gone


def _co_participants(sentence: Sentence, units: Sequence[_Unit], k: int) -> set[tuple[int, int]] | None:
    """The spans of "zusammen mit A, B und C" from unit ``k`` on ("zusammen" alone, or with its
    phrase): only a list of two or more, so that "zusammen mit seinem Bruder" stays (one
    partner often is what the sentence is about)."""
    unit = units[k]
    spans = {(unit.start, unit.end)}
    phrase = unit
    if unit.end - unit.start == 1:
        if k + 1 >= len(units) or units[k + 1].start != unit.end:
            return None
        phrase = units[k + 1]
        spans.add((phrase.start, phrase.end))
    tokens = [t for t in sentence.tokens if phrase.start <= t.i < phrase.end]
    opening = tokens[1] if phrase is unit and len(tokens) > 1 else tokens[0] if tokens else None
    if opening is None or opening.text.lower() != "mit" or phrase.is_clause or phrase.kind == "aside":
        return None
    listed = any(t.text == "," or t.tag == "KON" and t.text.lower() in ("und", "sowie") for t in tokens)
    return spans if listed else None


def _likewise_aside(sentence: Sentence, units: Sequence[_Unit], k: int, asked: _Unit) -> set[tuple[int, int]] | None:
    """The spans of a trailing aside that opens with "ebenfalls"/"ebenso" after a comma and
    holds a "mit"-phrase: "Am 19. März 1970 erfolgte der erste angetriebene Flug, ebenfalls mit
    Gentry im Cockpit" repeats a circumstance of the sentence before, and "Wann erfolgte der
    erste angetriebene Flug mit Gentry im Cockpit?" suggests a first powered flight without him
    (round 20). The aside runs to the clause's end; None when it holds what is asked, when no
    comma sets it off, or when a word outside the phrases (a verb) stands in it."""
    unit = units[k]
    before = _token(sentence, unit.start - 1)
    rest = list(units[k + 1:])
    if before is None or before.text != "," or not rest or asked in rest or any(u.is_clause for u in rest):
        return None
    opening = _token(sentence, rest[0].start)
    if opening is None or opening.text.lower() != "mit":
        return None
    if any(later.start != earlier.end for earlier, later in zip([unit, *rest], rest)):
        return None  # a verb or a word between: the aside ended before
    return {(u.start, u.end) for u in [unit, *rest]}


def _holds_number(sentence: Sentence, unit: _Unit) -> bool:
    return any(t.tag == "CARD" for t in sentence.tokens if unit.start <= t.i < unit.end)


def _event_frame(sentence: Sentence, unit: _Unit) -> bool:
    """A phrase that dates the clause by another event: a time preposition, an article and a
    noun ("nach dem Baubeginn im Dezember 2000", "vor der Wahl 1990"), not a date itself ("vor
    1990", "seit dem 3. Mai")."""
    tokens = [t for t in sentence.tokens if unit.start <= t.i < unit.end]
    if unit.constituent is None or unit.kind or unit.is_clause or unit.constituent.role not in ("time", "adverbial"):
        return False
    if len(tokens) < 3 or tokens[0].text.lower() not in _FRAME_PREPOSITIONS:
        return False
    article = 0 if tokens[0].tag == "APPRART" else 1
    return (article == 0 or tokens[1].tag == "ART") and len(tokens) > article + 1 and tokens[article + 1].tag == "NN"


_DEFINITE = frozenset({"der", "die", "das", "den", "dem", "des"})


def _bare_heads(sentence: Sentence, units: Sequence[_Unit], asked: _Unit, dropped: set[tuple[int, int]],
                ) -> dict[tuple[int, int], str]:
    """The replacements that leave out an extended attribute between a definite article and its
    noun in the subject: "Was trug das mit zwei Triebwerken vom Typ IAE V2533-A5 ausgerüstete
    Flugzeug?" → "Was trug das Flugzeug?" (round 18: the copied attribute is what a reader
    matches). The subject with its definite article is what the text speaks of, known already;
    elsewhere the attribute more often says which one ("Was weicht von der vom Deutschen her
    gewohnten Aussprache ab?" is not "… von der Aussprache …"). Article and noun need no
    adjective ending. Only where the noun stands once in the sentence, and only an attribute
    with a phrase of its own (a preposition in it) ending in an adjective or participle: plain
    adjectives stay ("die ersten drei Abschnitte")."""
    found: dict[tuple[int, int], str] = {}
    for unit in units:
        if (unit == asked or (unit.start, unit.end) in dropped or unit.kind or unit.constituent is None
                or unit.constituent.role != "subject"):
            continue
        tokens = [t for t in sentence.tokens if unit.start <= t.i < unit.end]
        head = next((k for k, t in enumerate(tokens) if t.i == unit.constituent.head), None)
        article = next((k for k, t in enumerate(tokens[:2]) if t.tag == "ART" and t.text.lower() in _DEFINITE), None)
        if head is None or article is None or tokens[head].tag != "NN" or head - article < 4:
            continue
        attribute = tokens[article + 1 : head]
        if attribute[-1].tag != "ADJA" or not any(t.tag in ("APPR", "APPRART") for t in attribute):
            continue
        if any(t.tag in ("$,", "$(", "KON") or t.tag in _VERBAL_TAGS for t in attribute) or _closed_inside(attribute):
            continue  # a list, a clause or a noun phrase of its own in between: not one attribute
        lemma = tokens[head].lemma or tokens[head].text
        if sum((t.lemma or t.text) == lemma for t in sentence.tokens) > 1:
            continue  # "das Flugzeug" beside another plane of the same sentence: the attribute tells them apart
        found[(attribute[0].i, attribute[-1].i + 1)] = ""
    return found


def _closed_inside(attribute: Sequence[Token]) -> bool:
    """Does a noun inside the attribute end a noun phrase that something other than a preposition
    or the last adjective follows? Then the phrase's head came earlier: "die aus der
    Magyarisierung resultierende Unzufriedenheit der nichtmagyarischen | Bevölkerung" is headed by
    "Unzufriedenheit", and "die Bevölkerung" would say something else."""
    for k, token in enumerate(attribute[:-1]):
        following = attribute[k + 1]
        if token.tag in ("NN", "NE") and following.tag not in ("APPR", "APPRART", "NN", "NE", "CARD", "FM", "XY", "TRUNC") and (
                following.tag != "ADJA" or k + 1 != len(attribute) - 1):
            return True
    return False



# Prepositions whose phrase with an indefinite article says where, new to the reader; not those
# that often open a verb's object ("mit einer Intervention beauftragen", "an einer Krankheit
# leiden", "unter einer Dürre leiden").
_SETTING_PREPOSITIONS = frozenset({"in", "auf", "bei", "über", "neben", "hinter", "zwischen"})
# The dative forms: after "in", "auf", "an" … the accusative says where to ("in eine Scheune
# bringen"), which the verb needs.
_INDEFINITE_DATIVE = frozenset({"einem", "einer"})
# What is asked for where such a phrase may go: an object (a subject asked for without it is
# often anyone: "Wer wurde in einem großen Gerichtsprozess verurteilt?" is not "Wer wurde verurteilt?").
_OBJECTS = frozenset({"object_acc", "object_dat", "object_gen", "object_prep"})
# The prepositions of a phrase that only says where a named place lies ("in Detroit | im Bundesstaat Michigan").
_LOCATING = frozenset({"in", "im"})


def _plain_names(sentence: Sentence, units: Sequence[_Unit], asked: _Unit, dropped: set[tuple[int, int]],
                 replace: Mapping[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """The replacements that leave a name without what only narrows it, copied word for word
    from the text (round 22, all five readers: the commonest defect is a question a student
    answers by matching strings): a person's title before the name ("Wozu hat der
    nordkoreanische Staatschef Kim Jong Un …?" → "Wozu hat Kim Jong Un …?"), a lower-case
    adjective between an article and a noun with its name ("die gleichnamige Provinz Galapagos"
    → "die Provinz Galapagos") and a phrase that says where a named place lies ("im Miniatur
    Wunderland in der Hamburger Speicherstadt" → "im Miniatur Wunderland"). The name picks out
    the one person or place already, so the question asks the same. Never in the asked phrase
    (the answer stays as the text says it) nor where a replacement acts already."""
    taken = {i for span in replace for i in range(*span)}
    found: dict[tuple[int, int], str] = {}
    for unit in units:
        if unit == asked or (unit.start, unit.end) in dropped or unit.kind or unit.is_clause or unit.constituent is None:
            continue
        tokens = [t for t in sentence.tokens if unit.start <= t.i < unit.end]
        if not tokens or any(t.i in taken for t in tokens):
            continue
        located = _location_of_name(tokens) if unit.constituent.role == "place" else None
        for span in (_title(tokens), _name_adjectives(tokens), located):
            if span is not None:
                found[span] = ""
                break
    return found


# The finite auxiliary of a pluperfect and its perfect: "hatte … gestürzt" → "hat … gestürzt". Not
# "war"/"waren": "1968 waren 97 Prozent der Landfläche unter Schutz gestellt" is a state in the past,
# which "sind … gestellt" would move to the present.
_PERFECT_AUXILIARIES = {"hatte": "hat", "hatten": "haben"}
# Question phrases that ask for a time, after which a pluperfect reads as background.
_TIME_WORDS = ("Wann", "Seit wann", "Bis wann", "Ab wann", "In welchem Jahr", "In welchem Jahrhundert")


def perfect_for_pluperfect(prompt: str, word: str, sentence: Sentence, clause: Clause, asked: Constituent) -> str:
    """The time question ``prompt`` in the perfect where its clause is in the pluperfect and the
    asked phrase gives a date: "Wann hatte die Derg-Militärjunta den Kaiser gestürzt? – 1974" reads
    as the background of an event the question leaves out, "Wann hat die Derg-Militärjunta den
    Kaiser gestürzt?" asks the fact, as a teacher would (MLQA: people ask such a date in the perfect
    or simple past). Without a year the phrase dates the clause against that event ("Nach
    regenreichem Mai und Juni hatte eine Hitzewelle die Schneeschmelze beschleunigt": readers judged
    "Wann …?" bad, "1480" answers it as well), and the question stays as it is, for the teacher
    filter to judge. Only the finite auxiliary right after the question phrase changes."""
    if clause.tense != "pluperfect" or word not in _TIME_WORDS or not prompt.startswith(word + " "):
        return prompt
    tokens = [t for t in sentence.tokens if asked.start <= t.i < asked.end]
    if not any(t.tag == "CARD" and t.text.isdigit() and len(t.text) == 4 or t.lemma == "Jahrhundert" for t in tokens):
        return prompt
    words = prompt.split(" ")
    at = len(word.split())
    if len(words) <= at + 1 or words[at] not in _PERFECT_AUXILIARIES:
        return prompt
    return " ".join([*words[:at], _PERFECT_AUXILIARIES[words[at]], *words[at + 1 :]])


def spared_words(sentence: Sentence, clause: Clause, asked: Constituent) -> frozenset[int]:
    """The tokens of ``clause`` that ``_plain_names`` leaves out of a question asking ``asked``
    and that a check that the question keeps every word of its clause must not count as cut off:
    a person's title before the name ("Welchen Befehl erhielt Harry Prendergast?" from "Der
    britische General Harry Prendergast erhielt den Befehl, …" asks the same). Only the title: the
    question that lost "gleichnamige" from "die gleichnamige Provinz Galapagos" still copies its
    sentence ("Mit welcher Hauptstadt bilden die Galapagosinseln die Provinz Galapagos?", judged
    bad and edit) and stays refused."""
    spared: set[int] = set()
    for constituent in clause.constituents:
        if constituent is asked or constituent.clause is not None:
            continue
        tokens = [t for t in sentence.tokens if constituent.start <= t.i < constituent.end]
        span = _title(tokens) if tokens else None
        if span is not None:
            spared.update(range(*span))
    return frozenset(spared)


def _title(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The span of a title before a person's name that ends the phrase: "(mit) dem
    Sprachwissenschaftler Jacob Grimm", "der nordkoreanische Staatschef Kim Jong Un" (article,
    lower-case adjectives, one noun), "General Jose de Villamil" (the noun alone). Not in the
    genitive ("des Staatschefs Kim Jong Un" would need "Kim Jong Uns") nor after a preposition
    joined with its article ("vom Forscher X")."""
    k = 1 if tokens[0].tag == "APPR" else 0
    if len(tokens) < k + 3 or tokens[k].tag not in ("ART", "NN"):
        return None
    if tokens[k].tag == "ART" and tokens[k].text.lower() not in ("der", "die", "den", "dem"):
        return None
    noun = k + 1 if tokens[k].tag == "ART" else k
    while noun < len(tokens) and tokens[noun].tag == "ADJA" and tokens[noun].text[:1].islower():
        noun += 1
    name = tokens[noun + 1 :]
    if noun >= len(tokens) or tokens[noun].tag != "NN" or "Gen" in (tokens[noun].feature("Case"), tokens[k].feature("Case")):
        return None
    if len(name) < 2 or not all(t.tag == "NE" and t.ent_label == "PER" for t in name):
        return None  # a first and a last name: one word alone may name a line or a park ("die Linie Fanny")
    return tokens[k].i, tokens[noun].i + 1


def _name_adjectives(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The span of lower-case adjectives between an article and a noun that a name follows:
    "die gleichnamige Provinz Galapagos", "auf der hawaiianischen Insel Maui". The name says
    which one; the article keeps its form without them. Not in the genitive, nor before a name
    in the genitive ("der sowjetischen Besetzung Estlands"). Capitalised adjectives belong to a name
    ("der Pazifische Ozean") and stay."""
    for k, token in enumerate(tokens[:-3]):
        if token.tag != "ART" or token.text.lower() not in _DEFINITE:
            continue
        noun = k + 1
        while noun < len(tokens) and tokens[noun].tag == "ADJA" and tokens[noun].text[:1].islower():
            noun += 1
        if noun == k + 1 or noun + 1 >= len(tokens) or tokens[noun].tag != "NN" or token.text.lower() == "des":
            return None
        name = list(takewhile(lambda t: t.tag == "NE", tokens[noun + 1 :]))
        if any(t.feature("Case") == "Gen" or t.text.endswith("s") and t.lemma != t.text for t in name[-1:]):
            return None  # "der sowjetischen Besetzung Estlands": a genitive, not the noun's name
        if not name or noun + 1 + len(name) != len(tokens):
            return None  # the name ends the phrase: nothing after it that the adjective might belong to
        return tokens[k + 1].i, tokens[noun].i
    return None


def _location_of_name(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The span of an "in"-phrase that ends the phrase and follows a place phrase with a name:
    "in Detroit im Bundesstaat Michigan", "in der Martin-Luther-Straße in München im Stadtteil
    Obergiesing" (after "in München"), "im Miniatur Wunderland in der Hamburger Speicherstadt" (a
    name of two nouns after a preposition with its article). It says where the named place
    lies, which the name says already."""
    if tokens[0].text.lower() not in _PLACE_PREPOSITIONS:
        return None
    opening = 0
    for k in range(1, len(tokens) - 1):
        if tokens[k].tag in ("$,", "KON", "CARD"):
            return None
        if tokens[k].tag not in ("APPR", "APPRART"):
            continue
        if tokens[k].text.lower() in _LOCATING and _named_place(tokens[opening:k]) and not any(
                t.tag in ("$,", "KON", "CARD") for t in tokens[k:]):
            return tokens[k].i, tokens[-1].i + 1
        opening = k
    return None


def _named_place(phrase: Sequence[Token]) -> bool:
    """A preposition and a name: "in Detroit", "im Miniatur Wunderland"."""
    if len(phrase) < 2 or phrase[0].text.lower() not in _PLACE_PREPOSITIONS:
        return False
    return all(t.tag == "NE" for t in phrase[1:]) or (
        phrase[0].tag == "APPRART" and len(phrase) >= 3 and all(t.tag in ("NN", "NE") for t in phrase[1:]))


def _new_information(sentence: Sentence, clause: Clause, units: Sequence[_Unit], asked: _Unit, constituent: Constituent,
                     ) -> set[tuple[int, int]]:
    """What a question for an object (what, whom) leaves out: a place or manner phrase
    with an indefinite article ("Was durchwächst der Pollenschlauch in einem speziellen
    Pollenschlauchleitgewebe?" → "Was durchwächst der Pollenschlauch?", round 22), and a place
    phrase that only says where the named place before it lies ("in Detroit | im Bundesstaat
    Michigan"). An indefinite phrase brings something new; it does not say which event the
    question means, and copied it only lets a reader find the sentence by its words. Not where
    the verb needs its place ("liegt in einem Tal") or the phrase holds a name or number."""
    gone: set[tuple[int, int]] = set()
    ordered = sorted(units, key=lambda u: u.start)
    for k, unit in enumerate(ordered):
        if unit == asked or unit.constituent is None or unit.kind or unit.is_clause or not unit.constituent.sure:
            continue
        tokens = [t for t in sentence.tokens if unit.start <= t.i < unit.end]
        previous = ordered[k - 1] if k else None
        if (previous is not None and previous != asked and _locates(sentence, previous, unit)
                or constituent.role in _OBJECTS and _indefinite_setting(clause, unit, tokens)
                and _spare_between(sentence, clause, ordered[k - 1] if k else None, unit,
                                   ordered[k + 1] if k + 1 < len(ordered) else None)):
            gone.add((unit.start, unit.end))
    return gone


def _locates(sentence: Sentence, previous: _Unit, unit: _Unit) -> bool:
    """Is ``unit`` a place phrase right after a place phrase with a name that it only locates
    ("in Detroit | im Bundesstaat Michigan")?"""
    if unit.constituent is None or previous.constituent is None or previous.end != unit.start:
        return False
    if unit.constituent.role != "place" or previous.constituent.role != "place":
        return False
    return _location_of_name([t for t in sentence.tokens if previous.start <= t.i < unit.end]) is not None


def _indefinite_setting(clause: Clause, unit: _Unit, tokens: Sequence[Token]) -> bool:
    """Is the unit a place or manner phrase "in einem speziellen Gewebe": preposition,
    indefinite article, lower-case adjectives, one noun, and nothing else?"""
    if unit.constituent is None or unit.constituent.role not in ("place", "manner", "adverbial"):
        return False
    if clause.lemma.removeprefix("sich ") in _PLACE_VERBS or len(tokens) < 3:
        return False
    preposition, article, *middle, noun = tokens
    return (preposition.tag == "APPR" and preposition.text.lower() in _SETTING_PREPOSITIONS
            and article.text.lower() in _INDEFINITE_DATIVE and noun.tag == "NN"
            and all(t.tag == "ADJA" and t.text[:1].islower() for t in middle))


def correlate(sentence: Sentence, start: int, end: int) -> str:
    """The preposition of a correlate ("dazu" → "zu", "darauf" → "auf") at ``start``..``end``, else ""."""
    token = _token(sentence, start)
    if token is None or end - start != 1 or token.tag not in ("PROAV", "PAV", "ADV"):
        return ""
    word = token.text.lower()
    for prefix in ("dar", "da"):
        rest = word.removeprefix(prefix)
        if rest != word and rest in _CORRELATE_PREPOSITIONS and (prefix == "dar") == (rest[0] in "aeiouäöü"):
            return rest
    return ""


# Adverbs that stand for a place an earlier sentence or a heading gave: left out of a question,
# they take its referent with them.
POINTING_ADVERBS = frozenset({"dort", "dorthin", "dahin", "hier", "hierher"})


def _points_back(sentence: Sentence, units: Iterable[_Unit], dropped: set[tuple[int, int]], replace: Spans) -> bool:
    """Does a kept piece of the clause only point to a place the text gave before
    (``POINTING_ADVERBS``)? "Die Inseln liegen genau auf dem Äquator. Trotzdem ist das Klima dort
    nicht so heiß …" gave "Warum ist das Klima nicht so heiß?": where? Dropped like a link word,
    "dort" leaves a question without its referent, and kept it points nowhere; a caller that
    knows the place puts it in through ``replace``. A clause that names a place in what the
    question keeps says where on its own ("Dort besuchte sie bis 1989 die El Rodeo Elementary
    School im Stadtteil Beverly Hills")."""
    pieces = [piece for u in units for piece in (u.parts or (u,))]
    kept = [piece for piece in pieces if (piece.start, piece.end) not in dropped]
    pointing = [piece for piece in kept if piece.end - piece.start == 1 and (piece.start, piece.end) not in replace
                and (token := _token(sentence, piece.start)) is not None and token.text.lower() in POINTING_ADVERBS]
    return bool(pointing) and not any(_names_place(sentence, piece) for piece in kept)


# Prepositions before a place: "in Europa", "im Stadtteil Beverly Hills", "auf Kreta".
_PLACE_PREPOSITIONS = frozenset({"in", "im", "an", "am", "auf", "bei", "beim", "nach", "aus", "vor", "hinter"})


def _names_place(sentence: Sentence, unit: _Unit) -> bool:
    """Does the unit hold a place name: a word the entity model marks as a place, or a name
    (NE) at most two words after a place preposition ("im Stadtteil Beverly Hills")?"""
    tokens = [t for t in sentence.tokens if unit.start <= t.i < unit.end]
    return any(t.ent_label == "LOC" for t in tokens) or any(
        t.text.lower() in _PLACE_PREPOSITIONS and any(n.tag == "NE" for n in tokens[k + 1 : k + 4])
        for k, t in enumerate(tokens))


def _also_there(sentence: Sentence, units: Sequence[_Unit], k: int) -> bool:
    """Is unit ``k`` an "auch" right before a place or time phrase, saying the thing held there
    or then as well as elsewhere? "Im 17. Jahrhundert wurde Tabak auch in Europa angebaut" after
    the tobacco of America: "Wann wurde Tabak in Europa angebaut?" reads as if tobacco was first
    grown then; the question keeps "auch"."""
    token = _token(sentence, units[k].start)
    if token is None or token.text.lower() != "auch" or units[k].end - units[k].start != 1 or k + 1 >= len(units):
        return False
    following = units[k + 1]
    return (following.start == units[k].end and following.constituent is not None
            and following.constituent.clause is None and following.constituent.role in ("place", "time"))


# Link words that set a phrase against the one before it.
CONTRASTING = frozenset({"jedoch", "aber", "hingegen", "dagegen", "doch", "wiederum"})


def _contrast_halves(sentence: Sentence, units: Sequence[_Unit]) -> bool:
    """Does a contrasting link word stand after a bare comma inside the clause, so that the
    clause holds two halves sharing one verb? "Die Setzlinge werden in einigen Gebieten durch
    Setzmaschinen, in den meisten Gegenden jedoch immer noch per Hand in das Feld umgepflanzt"
    gave "Was wird in einigen Gebieten durch Setzmaschinen immer noch per Hand in das Feld
    umgepflanzt?", machines and hands in one clause. Nothing happens to "Die Inseln liegen
    jedoch am Äquator" (no comma before it)."""
    spans = [(u.start, u.end) for u in units]
    first = min((start for start, _ in spans), default=0)
    for unit in units:
        token = _token(sentence, unit.start)
        if token is None or unit.end - unit.start != 1 or token.text.lower() not in CONTRASTING:
            continue
        if any(t.text == "," and first < t.i < unit.start and not any(a <= t.i < b for a, b in spans)
               and any(u.start == t.i + 1 and not u.is_clause and u.kind != "aside" for u in units)
               for t in sentence.tokens):
            return True  # a comma before a phrase, not before a clause or an apposition
    return False


_CORRELATE_PREPOSITIONS = frozenset({"an", "auf", "aus", "bei", "durch", "für", "gegen", "in", "mit", "nach", "über",
                                     "um", "unter", "von", "vor", "zu"})


def _connective(sentence: Sentence, unit: _Unit) -> bool:
    """A loose adverb that only links the clause to its context (see ``CONNECTIVES``)."""
    token = _token(sentence, unit.start)
    if token is None or unit.end - unit.start != 1 or token.tag not in ("ADV", "PROAV", "PAV", "KON", "ADJD"):
        return False
    if unit.constituent is not None and (unit.constituent.clause is not None or unit.constituent.role in (
            "subject", "object_acc", "object_dat", "object_gen", "object_prep", "predicative", "complement")):
        return False  # an argument ("dafür" as prepositional object) is no link word
    following = _token(sentence, unit.end)
    if token.text.lower() == "so" and following is not None and following.tag in ("ADJD", "ADV", "ADJA", "PIAT"):
        return False  # "so groß", "so viele": a degree, not a link
    return token.text.lower() in CONNECTIVES


def finite_form(lemma: str, form: str, person_number: tuple[str, str], mood: str = "indicative") -> str | None:
    """``form`` of ``lemma`` re-inflected for person and number in the same tense and mood.

    ``finite_form("haben", "haben", ("3", "Sing"))`` → "hat"; a separable verb's form is its
    first word ("forderten" → "forderte"). None when ablaut does not know the verb or form."""
    tables = _tables(lemma)
    if not tables:
        return None
    target = PERSON_INDEX.get(person_number)
    if target is None:
        return None
    order = ("konjunktiv1", "konjunktiv2", "present", "preterite") if mood == "subjunctive" else (
        "present", "preterite", "konjunktiv1", "konjunktiv2")
    lowered = form.lower()
    for name in order:
        cells = tables.get(name, ())
        if any(cell.split()[0] == lowered for cell in cells if cell):
            return cells[target].split()[0] if cells[target] else None
    return None


def render(sentence: Sentence, start: int, end: int, replace: Spans | None = None) -> str:
    """The text of tokens ``start``..``end`` (``Token.i``), replaced spans substituted,
    spacing as in the text, outer commas and unbalanced quote marks removed."""
    tokens = [t for t in sentence.tokens if start <= t.i < end]
    while tokens and tokens[-1].tag == "$.":
        tokens.pop()  # the sentence's full stop is no part of a phrase
    after = _token(sentence, end)
    if tokens and after is not None and _closes_quote(tokens, after.text):
        tokens.append(after)
    pieces: list[str] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        span = next((s for s in (replace or {}) if s[0] == token.i and s[1] <= end), None)
        if span is not None and replace is not None:
            pieces.append(replace[span] + " ")
            while k < len(tokens) and tokens[k].i < span[1]:
                k += 1
            continue
        pieces.append(token.text + (token.whitespace or ""))
        k += 1
    return _clean_piece("".join(pieces))


_QUOTE_PAIRS = {"“": "„", "«": "»", "‘": "‚"}


def _closes_quote(tokens: list[Token], text: str) -> bool:
    """Is ``text`` the closing mark of a quotation the tokens open and leave open? The analysis
    may end a phrase before its closing mark ("als der „wichtigste Intellektuelle der
    Gegenwart“": the phrase stops at "Gegenwart"); the phrase takes it, so that the quotation
    keeps its marks instead of losing both."""
    opening = _QUOTE_PAIRS.get(text)
    if opening is None:
        return False
    words = [t.text for t in tokens]
    return words.count(opening) == words.count(text) + 1


# --- layout -------------------------------------------------------------------------------


def _token(sentence: Sentence, index: int | None) -> Token | None:
    if index is None:
        return None
    k = index - sentence.tokens[0].i
    return sentence.tokens[k] if 0 <= k < len(sentence.tokens) else None


def _word(sentence: Sentence, index: int | None) -> str:
    """The token's text in lower case, "" where there is none."""
    token = _token(sentence, index)
    return token.text.lower() if token is not None else ""


def _outer(constituents: Iterable[Constituent]) -> list[Constituent]:
    """Constituents not inside another one, in text order."""
    ordered = sorted(constituents, key=lambda c: (c.start, -c.end))
    result: list[Constituent] = []
    for constituent in ordered:
        if result and constituent.start < result[-1].end:
            if constituent.end > result[-1].end:
                return []  # overlapping spans: the structure is not usable
            continue
        result.append(constituent)
    return result


def _layout(sentence: Sentence, clause: Clause, *, question: bool = False) -> _Layout | None:
    if not clause.sure or clause.finite is None or not sentence.tokens:
        return None
    finite = _token(sentence, clause.finite)
    if finite is None:
        return None
    verbs = set(clause.verbs) | {clause.finite} | ({clause.particle} if clause.particle is not None else set())
    outer = _outer(clause.constituents)
    if clause.constituents and not outer:
        return None
    pieces = _genitive_marks(sentence, clause, _cut_years(sentence, clause, [_Unit(c.start, c.end, c) for c in outer]))
    if any(u.start <= v < u.end for u in pieces for v in verbs if not u.is_clause):
        return None  # a verb of this clause inside a constituent: the spans are wrong
    pieces = _asides(sentence, clause, pieces, verbs)
    if question:
        pieces = _appositions(sentence, clause, pieces, verbs)
        pieces = _participle_asides(pieces, _participle_insertions(sentence, clause))
    covered = {i for u in pieces for i in range(u.start, u.end)}
    skip = {clause.conjunction} if clause.kind in ("subordinate", "coordinated") else set()
    # in a question the conjunction that opens a coordinated clause links it to the clause before,
    # not two phrases inside it ("… und erkämpften bis 1828 ihre Unabhängigkeit")
    linking = skip if question and _plain_coordination(sentence, clause) else set()
    loose_links: set[int] = set()
    for i in clause.tokens:
        token = _token(sentence, i)
        if token is None or i in covered or i in verbs or i in linking:
            continue
        if token.tag in _VERBAL_TAGS:
            return None  # a verb part left out ("stellt … mit Heathrow")
        if token.tag == "KON":
            loose_links.add(i)
    participles = [t.tag for v in sorted(verbs) if (t := _token(sentence, v)) is not None and t.tag in ("VVPP", "VVINF")]
    if len(participles) > 1 and "VVPP" in participles:
        return None  # "verkauft gebracht": two full verbs in one bracket, a coordination cut wrong
    if _bracket_after_comma(sentence, clause, verbs):
        return None
    units = list(pieces)
    for i in clause.tokens:
        token = _token(sentence, i)
        if token is None or i in covered or i in verbs or i in skip or token.tag.startswith("$"):
            continue
        units.append(_Unit(i, i + 1))
    units.sort(key=lambda u: u.start)
    units = _coordinations(sentence, _attach_particles(sentence, units))
    joined = {u.parts[0].end for u in units if u.kind in ("range", "list")}
    if loose_links - joined:
        return None  # a coordination not understood ("und" between verbs, or one conjunct cut off)
    right_verbs = sorted(v for v in verbs if v != clause.finite)
    if any(v > clause.finite for v in right_verbs):
        verb_final = False
        last_verb = max(right_verbs)
    else:
        verb_final = clause.kind in ("subordinate", "relative") or bool(right_verbs and max(right_verbs) < clause.finite)
        last_verb = clause.finite
    finite_text, split_particle = finite.text, ""
    if verb_final:
        finite_text, split_particle = _split_particle(finite, clause)
    right = [t.text for v in right_verbs if (t := _token(sentence, v)) is not None]
    if split_particle:
        right.append(split_particle)
    if verb_final:
        vorfeld: list[_Unit] = []
        middle = [u for u in units if u.end <= clause.finite and u.start < last_verb]
        after = [u for u in units if u.start > clause.finite]
    else:
        vorfeld = [u for u in units if u.end <= clause.finite]
        bracket = min((v for v in right_verbs if v > clause.finite), default=None)
        middle = [u for u in units if u.start > clause.finite and (bracket is None or u.end <= bracket)]
        after = [u for u in units if bracket is not None and u.start > bracket]
        if bracket is None:  # no right bracket: clauses at the end form the Nachfeld
            while middle and middle[-1].is_clause:
                after.insert(0, middle.pop())
        if len(vorfeld) > 1:
            merged = _one_vorfeld(sentence, vorfeld, [u for u in units if u not in vorfeld])
            if merged is None:
                return None  # a Vorfeld the rules did not cut into one piece, and a word says the cut is wrong
            units = [merged] + [u for u in units if u not in vorfeld]
            vorfeld = [merged]
        if len(vorfeld) != 1 and not (question and not vorfeld and _vorfeld_left_out(sentence, clause)):
            return None  # verb-first
    if len(vorfeld) + len(middle) + len(after) != len(units):
        return None  # a piece between the verbs of the verb cluster: not placeable
    return _Layout(tuple(vorfeld), tuple(middle), tuple(after), finite, finite_text, tuple(right), verb_final)


def _vorfeld_left_out(sentence: Sentence, clause: Clause) -> bool:
    """Was the Vorfeld left out of the clause (a ``conjunct`` that leaves the Vorfeld's time to
    the first one), not empty in the text? A word of the sentence stands right before the finite
    verb but outside the clause; a verb-first clause ("Weisen zwei Länder …, werden sie …")
    starts the sentence or follows a comma. A question fronts its W-word there anyway."""
    before = _token(sentence, clause.finite - 1) if clause.finite is not None else None
    return before is not None and not before.tag.startswith("$") and before.i not in clause.tokens


def _plain_coordination(sentence: Sentence, clause: Clause) -> bool:
    """A coordinated clause after a main clause, asked on its own: one right after its conjunction
    ("und erkämpften …") whose subject it shares with a main clause that opens with a phrase, not
    with a clause (in "Addington wandte sich …, schaffte die Einkommensteuer ab und leitete …" the
    rules took the middle clause's object for the subject the last one shares); or one with its
    own time or place in the Vorfeld and its own subject after the verb ("…, und am 6. September
    schwächte sich Norman … ab")."""
    subjects = clause.role("subject")
    if clause.kind != "coordinated" or clause.parent is None or len(subjects) != 1:
        return False
    parent = _first_conjunct(sentence, clause)
    if subjects[0].detail != "shared":  # "…, und am 6. September schwächte sich Norman … ab": its own Vorfeld
        return subjects[0].sure and parent.kind == "main" and (
            subjects[0].field == "mittelfeld" and any(c.field == "vorfeld" and c.role in ("time", "place") for c in clause.constituents)
            or _subject_opens(sentence, clause, subjects[0]))
    if parent.kind != "main" or any(c.clause is not None and c.field == "vorfeld" for c in parent.constituents):
        return False
    # a subject after the verb with nothing after it may have swallowed the object: "übernahm die
    # ESAS Holding Pegasus Airlines und setzte …" is not "die ESAS Holding Pegasus Airlines setzte …"
    own = next((c for c in parent.role("subject") if (c.start, c.end) == (subjects[0].start, subjects[0].end)), None)
    return own is not None and (own.field != "mittelfeld" or any(c.start >= own.end for c in parent.constituents))


def _genitive_marks(sentence: Sentence, clause: Clause, pieces: list[_Unit]) -> list[_Unit]:
    """A phrase that ends in a name with its genitive apostrophe left outside ("zu Lebzeiten
    Sokrates | '", "nach Marx | ’ Tod") takes the apostrophe in: it marks the genitive of a name
    in -s, -x or -z, not a cut between two phrases."""
    covered = {i for u in pieces for i in range(u.start, u.end)}
    marked = []
    for unit in pieces:
        mark, last = _token(sentence, unit.end), _token(sentence, unit.end - 1)
        if (not unit.is_clause and mark is not None and last is not None and mark.text in ("'", "’")
                and mark.i in clause.tokens and mark.i not in covered and last.tag == "NE" and last.text[-1:] in "sxzß"):
            unit = dataclasses.replace(unit, end=unit.end + 1)
        marked.append(unit)
    return marked


def _first_conjunct(sentence: Sentence, clause: Clause) -> Clause:
    """The clause a coordinated clause hangs on, past the conjuncts between that share its
    subject: in "Melman … zieht sich darum zurück, entwickelt eine neue eingebildete Krankheit und
    wartet auf den Tod" the last conjunct hangs on the middle one, whose subject is the main
    clause's."""
    parent = sentence.clauses[clause.parent] if clause.parent is not None else clause
    while parent.kind == "coordinated" and parent.parent is not None and any(
            s.detail == "shared" for s in parent.role("subject")):
        parent = sentence.clauses[parent.parent]
    return parent


def _subject_opens(sentence: Sentence, clause: Clause, subject: Constituent) -> bool:
    """Does the coordinated clause's own subject stand in its Vorfeld right after the conjunction
    ("…, aber Shaw überlebt an einer Felserhebung", "…, und Marty wendet sich enttäuscht von Alex
    ab")? Then the conjunction joins two clauses, not two phrases of one. Not after a noun: there
    it more likely joins two nouns ("… über zwei Subgruppen L1b und L1C. L1b kommt …", two
    sentences taken for one)."""
    before = _token(sentence, clause.conjunction - 1) if clause.conjunction is not None else None
    return (before is not None and before.tag not in ("NN", "NE") and subject.field == "vorfeld"
            and subject.start == before.i + 2)


def _cut_years(sentence: Sentence, clause: Clause, pieces: list[_Unit]) -> list[_Unit]:
    """A year that a phrase runs across the finite verb ("Im September | 2008 verlängerte
    Marvel"): in a verb-second clause it stands before the verb, so it belongs to the Vorfeld
    and the phrase keeps the words after the verb ("Marvel")."""
    if clause.kind not in ("main", "coordinated") or clause.finite is None:
        return pieces
    finite = clause.finite
    result: list[_Unit] = []
    for unit in pieces:
        first = _token(sentence, unit.start)
        if (unit.constituent is not None and not unit.is_clause and unit.start == finite - 1 and unit.end > finite + 1
                and first is not None and first.tag == "CARD"):
            result += [_Unit(unit.start, finite), _Unit(finite + 1, unit.end, unit.constituent, kind="cut")]
        else:
            result.append(unit)
    return result


def _asides(sentence: Sentence, clause: Clause, pieces: list[_Unit], verbs: set[int]) -> list[_Unit]:
    """Each bracket of the clause that no piece runs into, as one unit ("(* 20. August 1986 in
    Delhi)"), with the pieces inside it: a question leaves it out, a statement keeps it."""
    own = set(clause.tokens)
    tokens = sentence.tokens
    result = list(pieces)
    k = 0
    while k < len(tokens):
        if tokens[k].text != "(" or tokens[k].i not in own:
            k += 1
            continue
        depth, close = 0, None
        for m in range(k, len(tokens)):
            depth += (tokens[m].text == "(") - (tokens[m].text == ")")
            if depth == 0:
                close = m
                break
        if close is None or tokens[close].i not in own:
            break  # unbalanced, or the clause was cut inside it: the words stay loose
        start, end = tokens[k].i, tokens[close].i + 1
        inside = [u for u in result if start <= u.start and u.end <= end]
        crossing = any(u.start < end and start < u.end and u not in inside for u in result)
        if not crossing and not any(start <= v < end for v in verbs):
            result = [u for u in result if u not in inside] + [_Unit(start, end, kind="aside")]
        k = close + 1
    return sorted(result, key=lambda u: u.start)


def _appositions(sentence: Sentence, clause: Clause, pieces: list[_Unit], verbs: set[int]) -> list[_Unit]:
    """Each apposition between commas right after the phrase it describes, with its opening
    comma, as an aside ("In Bern|, der Hauptstadt der Schweiz|, macht …"): a question leaves it
    out and keeps the phrase ("Wo macht der Fluss …? – in Bern"). Only where the comma after it
    is followed by a verb of the clause or it ends the sentence, so that it cannot be one item
    of an enumeration ("die Stadt, die Burg, das Museum und …")."""
    result: list[_Unit] = []
    for k, unit in enumerate(pieces):
        constituent = unit.constituent
        before = _token(sentence, unit.start - 1)
        closing, following = _token(sentence, unit.end), _token(sentence, unit.end + 1)
        anchor = pieces[k - 1] if k else None
        last = _token(sentence, anchor.end - 1) if anchor is not None else None
        closed = closing is not None and (closing.tag == "$." or closing.text == "," and following is not None and following.i in verbs)
        if (constituent is not None and constituent.detail == "apposition" and not unit.kind and not unit.is_clause
                and before is not None and before.text == "," and anchor is not None and anchor.constituent is not None
                and not anchor.kind and anchor.end == unit.start - 1 and last is not None and last.tag in ("NN", "NE")
                and closed and not any(unit.start <= v < unit.end for v in verbs)):
            result.append(_Unit(unit.start - 1, unit.end, kind="aside"))
        else:
            result.append(unit)
    return result


def _participle_insertions(sentence: Sentence, clause: Clause) -> list[tuple[int, int]]:
    """The spans of participle phrases inserted between commas into ``clause`` (the opening comma
    up to the closing one, exclusive): "Der Tempelkomplex wurde zwischen 1847 und 1855|,
    finanziert durch Rani Rasmani|, erbaut." The analysis keeps such a participle out of the
    clause's verbs (``topology`` reads it as an adverbial adjective). The phrase says how or by
    whom about the participle, not about the clause's verb: a question leaves it out ("Wann
    wurde der Tempelkomplex erbaut?") and asks nothing inside it ("Durch wen ist der
    Tempelkomplex … finanziert erbaut worden?"). Only where the clause goes on after the closing
    comma and nothing inside is a verb."""
    tokens = sentence.tokens
    own = set(clause.tokens)
    spans = []
    for k, token in enumerate(tokens):
        if token.text != "," or token.i not in own or k + 2 >= len(tokens):
            continue
        m = k + 2 if tokens[k + 1].tag == "ADV" else k + 1
        if not _inserted_participle(tokens[m], clause) or m + 1 >= len(tokens):
            continue
        close = next((n for n in range(m + 1, len(tokens)) if tokens[n].tag.startswith("$") and tokens[n].text != "."), None)
        if close is None or close == m + 1 or tokens[close].text != "," or close + 1 >= len(tokens):
            continue
        if any(t.tag in _VERBAL_TAGS or t.i not in own for t in tokens[m + 1 : close]) or tokens[close + 1].i not in own:
            continue
        spans.append((token.i, tokens[close].i))
    return spans


def _inserted_participle(token: Token, clause: Clause) -> bool:
    """A past participle of the clause that is none of its verbs ("finanziert", "gefolgt"), or
    one the tagger took for an adverbial adjective (tag ADJD, a verb's lemma)."""
    if token.i not in clause.tokens or token.i in clause.verbs:
        return False
    lemma = token.lemma or ""
    retagged = token.tag == "ADJD" and lemma != token.text and lemma.endswith("en") and token.text.endswith(("t", "en"))
    return token.tag == "VVPP" or retagged


def _participle_asides(pieces: list[_Unit], spans: list[tuple[int, int]]) -> list[_Unit]:
    """The pieces with each inserted participle phrase (``_participle_insertions``) as one aside."""
    result = list(pieces)
    for start, end in spans:
        inside = [u for u in result if start <= u.start and u.end <= end]
        if not inside or any(u.start < end and start < u.end and u not in inside for u in result):
            continue
        result = [u for u in result if u not in inside] + [_Unit(start, inside[-1].end, kind="aside")]
    return sorted(result, key=lambda u: u.start)


def _bracket_after_comma(sentence: Sentence, clause: Clause, verbs: set[int]) -> bool:
    """A verb of the right bracket right after a comma with words after it ("wurde …,
    finanziert durch Rani Rasmani, erbaut"): an inserted participle taken for the bracket."""
    for verb in verbs - {clause.finite}:
        before, after = _token(sentence, verb - 1), _token(sentence, verb + 1)
        if before is not None and before.tag == "$," and after is not None and not after.tag.startswith("$") and after.i not in verbs:
            return True
    return False


# The first word of a range and the word that closes it: "von 1827 bis 1846", "zwischen 1847 und 1855".
_RANGES = {"von": "bis", "vom": "bis", "ab": "bis", "zwischen": "und"}


def _coordinations(sentence: Sentence, units: list[_Unit]) -> list[_Unit]:
    """Two phrases joined by und / oder / sowie with the same role ("nach Transbaikal und in
    die Mongolei"), or the two ends of a range ("von 1827 bis 1846"), as one unit."""
    result: list[_Unit] = []
    k = 0
    while k < len(units):
        if k + 2 < len(units):
            first, link, second = units[k : k + 3]
            kind = _joined(sentence, first, link, second)
            if kind:
                timed = next((u for u in (first, second) if u.constituent is not None and u.constituent.role == "time"), first)
                head = timed if kind == "range" else first
                result.append(_Unit(first.start, second.end, head.constituent, kind=kind, parts=(first, second)))
                k += 3
                continue
        result.append(units[k])
        k += 1
    return result


def _joined(sentence: Sentence, first: _Unit, link: _Unit, second: _Unit) -> str:
    """"range", "list" or "" for three adjacent units (see ``_coordinations``)."""
    word = _token(sentence, link.start)
    if word is None or word.tag != "KON" or link.constituent is not None or link.end - link.start != 1:
        return ""
    if first.end != link.start or second.start != link.end:
        return ""
    if any(u.constituent is None or u.is_clause or u.kind or not u.constituent.sure for u in (first, second)):
        return ""
    opening = _token(sentence, first.start)
    if opening is not None and _RANGES.get(opening.text.lower()) == word.text.lower():
        return "range"
    if word.text.lower() in ("und", "oder", "sowie") and first.constituent.role == second.constituent.role:  # type: ignore[union-attr]
        return "list"
    return ""


# Words that never stand inside one Vorfeld phrase: where they appear, the clause was cut wrong
# ("Wie auch Wassily Leontief verbesserte Lerner …", "…, sodass sich der Sturm … umformte").
_NOT_IN_ONE_PHRASE = frozenset({"$,", "$.", "PRF", "PPER", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT", "KOUS", "KOUI",
                                "KOKOM"}) | _VERBAL_TAGS
_OPENING_TAGS = frozenset({"APPR", "APPRART", "ART", "ADJA", "PTKVZ", "KON", "PIAT", "PDAT", "PPOSAT"})
_ARGUMENT_ROLES = frozenset({"subject", "object_acc", "object_dat", "object_gen", "object_prep", "predicative"})


def _one_vorfeld(sentence: Sentence, parts: list[_Unit], others: list[_Unit]) -> _Unit | None:
    """The pieces before the finite verb of a verb-second clause as the one phrase they are
    ("Einen Aufenthalt | anlässlich | eines Kongresses in Boston nutzt Michael …"); None when
    a word in them or a second sure argument says that the verb or the clause was found wrong."""
    asides = {i for u in parts if u.kind == "aside" for i in range(u.start, u.end)}
    words = [t for t in sentence.tokens if parts[0].start <= t.i < parts[-1].end and t.i not in asides]
    if any(t.tag in _NOT_IN_ONE_PHRASE for t in words) or any(u.is_clause for u in parts):
        return None
    arguments = [u for u in parts if u.constituent is not None and u.constituent.sure
                 and u.constituent.role in _ARGUMENT_ROLES and not _number_only(sentence, u)]
    if len(arguments) > 1:
        return None
    last = _token(sentence, parts[-1].end - 1)
    if last is not None and last.tag in _OPENING_TAGS:
        return None  # "Der Tag über hielt …": a word that opens a phrase cannot end one
    if any(_unsure_argument(u) for u in parts) and any(_unsure_argument(u) for u in others):
        return None  # "Unter Dr. Lukes Plattenlabel sang Kesha …": which one is the subject?
    head = arguments[0] if arguments else next((u for u in parts if u.constituent is not None), None)
    if head is not None and head.constituent is not None and head.constituent.role == "subject" and any(
            u.constituent is not None and u.constituent.role == "subject" and u.constituent.sure for u in others):
        return None  # a second subject after the verb: one of them is not one
    return _Unit(parts[0].start, parts[-1].end, head.constituent if head else None, kind="vorfeld", parts=tuple(parts))


def _unsure_argument(unit: _Unit) -> bool:
    return unit.constituent is not None and not unit.constituent.sure and unit.constituent.role in _ARGUMENT_ROLES


def _number_only(sentence: Sentence, unit: _Unit) -> bool:
    """A unit that is one number ("2008", "707"): a year or a type number of the phrase before."""
    token = _token(sentence, unit.start)
    return unit.end - unit.start == 1 and token is not None and token.tag == "CARD"


# Particles that belong to the phrase right after them: "nur Kim", "schon in der Steinzeit".
FOCUS_PARTICLES = frozenset({"nur", "auch", "sogar", "selbst", "erst", "schon", "bereits", "noch"})


def _attach_particles(sentence: Sentence, units: list[_Unit]) -> list[_Unit]:
    """A loose focus particle right before a constituent belongs to it ("nur Kim", "auch die USA")."""
    result: list[_Unit] = []
    k = 0
    while k < len(units):
        unit = units[k]
        token = _token(sentence, unit.start)
        loose = unit.constituent is None or unit.constituent.role == "adverbial" and unit.end - unit.start == 1
        if (loose and token is not None and token.text.lower() in FOCUS_PARTICLES
                and k + 1 < len(units) and units[k + 1].start == unit.end and units[k + 1].constituent is not None
                and k == 0):
            following = units[k + 1]
            result.append(_Unit(unit.start, following.end, following.constituent))
            k += 2
            continue
        result.append(unit)
        k += 1
    return result


def _units(layout: _Layout) -> tuple[_Unit, ...]:
    return layout.vorfeld + layout.mittelfeld + layout.nachfeld


def _pick_front(layout: _Layout, clause: Clause, front: Constituent | None) -> _Unit | None:
    units = _units(layout)
    if front is not None:
        return next((u for u in units if u.constituent is not None and (u.start, u.end) == (front.start, front.end)), None)
    if layout.vorfeld:
        return layout.vorfeld[0]
    subject = next((u for u in units if u.constituent is not None and u.constituent.role == "subject"), None)
    if subject is None or not subject.constituent or not subject.constituent.sure:
        return None
    return subject


def _split_particle(finite: Token, clause: Clause) -> tuple[str, str]:
    """A verb-final particle verb as a V2 form and its particle: "herstellen" → ("stellen", "her")."""
    lemma = clause.lemma if clause.lemma and finite.lemma == clause.lemma else finite.lemma
    text = finite.text
    for prefix in sorted(_SEPARABLE, key=len, reverse=True):
        fits = lemma.startswith(prefix) and text.lower().startswith(prefix) and len(text) > len(prefix) + 2
        if fits and _separable(lemma, prefix):
            return text[len(prefix) :], prefix
    return text, ""


@lru_cache(maxsize=4096)
def _separable(lemma: str, prefix: str) -> bool:
    tables = _tables(lemma)
    cells = tables.get("present", ())
    return bool(cells) and cells[2].endswith(" " + prefix)


@lru_cache(maxsize=4096)
def _tables(lemma: str) -> dict[str, tuple[str, ...]]:
    """ablaut's person tables for a verb (present, preterite, Konjunktiv I/II), {} if unknown."""
    lemma = lemma.removeprefix("sich ").strip()
    if not lemma.isalpha() or not lemma.islower() or not lemma.endswith("n"):
        return {}
    try:
        import ablaut

        table = ablaut.conjugate(lemma)
        return {name: tuple(getattr(table, name) or ()) for name in ("present", "preterite", "konjunktiv1", "konjunktiv2")}
    except Exception:  # noqa: BLE001 - ablaut raises several types for unknown verbs
        return {}


def _person(finite: Token, form: str, clause: Clause) -> tuple[str, str] | None:
    """Person and number of the finite verb: the parser's, else the one table cell it fits."""
    if clause.person and clause.number:
        return clause.person, clause.number
    tables = _tables(finite.lemma)
    cells = [k for cells in tables.values() for k, cell in enumerate(cells) if cell and cell.split()[0] == form.lower()]
    found = {("3", "Sing") if k == 2 else ("3", "Plur") if k in (3, 5) else ("x", "") for k in cells}
    if len(found) == 1:
        return found.pop()
    if found == {("3", "Plur"), ("x", "")}:
        return ("3", "Plur")
    if ("3", "Sing") in found:
        return ("3", "Sing")
    return None


def _reinflect(finite: Token, form: str, clause: Clause, person_number: tuple[str, str]) -> str | None:
    current = _person(finite, form, clause)
    if current == person_number:
        return form
    inflected = finite_form(finite.lemma, form, person_number, clause.mood)
    if inflected is None:
        return None
    return inflected[:1].upper() + inflected[1:] if form[:1].isupper() else inflected


# --- the rest of the clause ------------------------------------------------------------------


def _rest(
    sentence: Sentence, clause: Clause, layout: _Layout, front: _Unit, dropped: set[tuple[int, int]], replace: dict
) -> list[str] | None:
    """Mittelfeld, right bracket and Nachfeld as text pieces, with the old Vorfeld placed."""
    middle = [u for u in layout.mittelfeld if u != front and (u.start, u.end) not in dropped]
    after = [u for u in layout.nachfeld if u != front]
    for unit in layout.vorfeld:
        if unit == front or (unit.start, unit.end) in dropped:
            continue
        token = _token(sentence, unit.start)
        if unit.constituent is None and token is not None and token.text.lower() == "es":
            continue  # expletive "es" leaves when something else fills the Vorfeld
        if unit.is_clause:
            after.insert(0, unit)
        else:
            middle.insert(_insertion_point(sentence, middle, unit), unit)
    pieces: list[str] = []
    kept = _reflexive_first(sentence, [u for u in middle if (u.start, u.end) not in dropped], replace)
    for k, unit in enumerate(kept):
        text = _unit_text(sentence, unit, replace)
        if text is None:
            return None
        follows = k + 1 < len(kept) or bool(layout.right) or bool(after)
        if unit.is_clause and follows:
            text = _comma_wrapped(text)
        elif follows and _ends_in_clause(sentence, unit):
            text += ","
        pieces.append(text)
    pieces.extend(layout.right)
    for unit in after:
        if (unit.start, unit.end) in dropped:
            continue
        text = _unit_text(sentence, unit, replace)
        if text is None:
            return None
        pieces.append(", " + text if unit.is_clause or _starts_clause(sentence, unit) else text)
    return pieces


_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "man"})


def _reflexive_first(sentence: Sentence, middle: list[_Unit], replace: dict) -> list[_Unit]:
    """The reflexive before a subject that is a noun phrase or a name, as a main clause has it:
    "weil der Minister sich über das Gesetz beschwerte" asks "Worüber beschwerte sich der
    Minister?", not "Worüber beschwerte der Minister sich?" (round 15: "awkward word order").
    A personal pronoun stays before it ("Worüber beschwerte er sich?"); one put in by its name
    is a noun phrase ("Worüber beschwerte sich der Präsident?"). "man", tagged an indefinite
    pronoun, is unstressed like "er" and stays first too (round 20: "Wann traf sich man im Old
    Parliament House?" for "Von 1901 bis 1927 traf man sich im Old Parliament House")."""
    ordered = list(middle)
    for k in range(len(ordered) - 1):
        subject, reflexive = ordered[k], ordered[k + 1]
        token, first = _token(sentence, reflexive.start), _token(sentence, subject.start)
        if (subject.constituent is None or subject.constituent.role != "subject" or reflexive.end - reflexive.start != 1
                or token is None or token.tag != "PRF" or first is None):
            continue
        named = replace.get((subject.start, subject.end), "")
        pronoun = first.tag in _PRONOUN_TAGS or first.text.lower() == "man"
        if not pronoun or named and named.split()[0].lower() not in _SUBJECT_PRONOUNS:
            ordered[k], ordered[k + 1] = reflexive, subject
    return ordered


def _insertion_point(sentence: Sentence, middle: list[_Unit], unit: _Unit) -> int:
    """Where a constituent leaving the Vorfeld goes: a subject right after the verb (after a
    reflexive when it is a noun phrase, before it when a pronoun or "man"); anything else after
    the unstressed pronouns and the subject at the start of the Mittelfeld."""
    is_subject = unit.constituent is not None and unit.constituent.role == "subject"
    first = _token(sentence, unit.start)
    position = 0
    while position < len(middle):
        current = middle[position]
        token = _token(sentence, current.start)
        single = current.end - current.start == 1
        if is_subject:
            if (single and token is not None and token.tag == "PRF" and first is not None
                    and first.tag not in _PRONOUN_TAGS and first.text.lower() != "man"):
                position += 1
                continue
            break
        if single and token is not None and token.tag in ("PPER", "PRF"):
            position += 1
            continue
        if current.constituent is not None and current.constituent.role == "subject":
            position += 1
            continue
        break
    if not is_subject and first is not None and first.tag == "KOKOM" and first.text.lower() == "als":
        return _after_adverbs(sentence, middle, position)
    return position


def _after_adverbs(sentence: Sentence, middle: list[_Unit], position: int) -> int:
    """Past the one-word adverbs from ``position`` on: an "als"-phrase that leaves the Vorfeld
    says what the subject is, and stands after them ("Was diente ausschließlich als Kamera?",
    not "Was diente als Kamera ausschließlich?")."""
    while position < len(middle):
        token = _token(sentence, middle[position].start)
        if middle[position].end - middle[position].start != 1 or token is None or token.tag not in ("ADV", "ADJD"):
            break
        position += 1
    return position


def _starts_clause(sentence: Sentence, unit: _Unit) -> bool:
    token = _token(sentence, unit.start)
    return token is not None and token.tag in ("KOUS", "KOUI", "PRELS", "PWAV")


def _ends_in_clause(sentence: Sentence, unit: _Unit) -> bool:
    """Does the unit end with a clause inside it ("Fabriken, die Raketen herstellen")?"""
    tokens = [t for t in sentence.tokens if unit.start <= t.i < unit.end]
    return len(tokens) > 2 and tokens[-1].tag.startswith("V") and any(t.tag == "$," for t in tokens)


def _comma_wrapped(text: str) -> str:
    return f", {text},"


def _unit_text(sentence: Sentence, unit: _Unit, replace: Mapping[tuple[int, int], str]) -> str | None:
    """A unit's words; None for a personal pronoun that no replacement resolves."""
    if (unit.start, unit.end) in replace:
        return replace[(unit.start, unit.end)]
    tokens = [t for t in sentence.tokens if unit.start <= t.i < unit.end]
    replaced = {i for s in replace for i in range(*s)}
    for token in tokens:
        if token.i in replaced or token.tag not in _PRONOUN_TAGS:
            continue
        if token.tag == "PPER" or len(tokens) == 1 and token.text.lower() in _DEMONSTRATIVES:
            return None  # a pronoun with no certain referent (or expletive "es")
    text = render(sentence, unit.start, unit.end, replace)
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return None  # a bracket cut off: the spans are wrong
    first = tokens[0] if tokens else None
    if first is not None and (unit.start, unit.end) not in replace and (
            sentence_initial(sentence, first.i) or first.tag in _FUNCTION_TAGS):
        text = _lower_initial(first, text)  # "Das größte Unternehmen" after a colon: not inside a question
    return text or None


def sentence_initial(sentence: Sentence, index: int) -> bool:
    """Is token ``index`` the sentence's first word (only punctuation such as „ before it)?"""
    return all(t.tag.startswith("$") for t in sentence.tokens if t.i < index)


def phrase(sentence: Sentence, start: int, end: int, replace: Spans | None = None) -> str:
    """``render`` of a span as a phrase inside a sentence: a sentence-initial article or
    conjunction goes lower case ("Die USA" → "die USA"), nouns and names keep their capital."""
    text = render(sentence, start, end, replace)
    first = next((t for t in sentence.tokens if t.i == start), None)
    if first is not None and sentence_initial(sentence, start) and not any(s[0] == start for s in (replace or {})):
        text = _lower_initial(first, text)
    return text


def _lower_initial(first: Token, text: str) -> str:
    """A sentence-initial word that moves goes lower case, unless it is a noun or name."""
    if first.tag in _KEEP_CAPITAL_TAGS or first.pos in ("NOUN", "PROPN") or first.text.isupper() or len(first.text) < 2:
        return text
    if text.startswith(first.text):
        return first.text[:1].lower() + text[1:]
    return text


def _antecedent_for(sentence: Sentence, clause: Clause, replace: dict) -> bool:
    """Put the antecedent in place of the relative pronoun: only where the pronoun is a whole
    subject or object and the antecedent's phrase has the same case (or no case-marked word)."""
    pronoun = next((c for c in clause.constituents if c.start == clause.conjunction), None)
    if pronoun is None or pronoun.end - pronoun.start != 1 or clause.antecedent is None:
        return False
    if (pronoun.start, pronoun.end) in replace:
        return True
    phrase = _antecedent_phrase(sentence, clause)
    if phrase is None:
        return False
    owner, start, end = phrase
    tokens = [t for t in sentence.tokens if start <= t.i < end]
    marked = any(t.tag in ("ART", "ADJA", "PDAT", "PIAT", "PPOSAT", "APPR", "APPRART") for t in tokens)
    if marked and (not owner.case or owner.case != pronoun.case):
        return False
    if owner.preposition:
        return False
    replace[(pronoun.start, pronoun.end)] = render(sentence, start, end)
    return True


def _antecedent_phrase(sentence: Sentence, clause: Clause) -> tuple[Constituent, int, int] | None:
    """The noun phrase of the antecedent up to the comma before the relative clause."""
    if clause.parent is None or clause.antecedent is None or clause.conjunction is None:
        return None
    parent = None
    for candidate in sentence.clauses:
        for constituent in candidate.constituents:
            if constituent.start <= clause.antecedent < constituent.end and constituent.head == clause.antecedent:
                parent = constituent
    if parent is None:
        return None
    end = clause.antecedent + 1
    if any(t.tag in ("APPR", "APPRART") for t in sentence.tokens if parent.start < t.i < end):
        return None
    return parent, parent.start, end


# --- a possessive restated with its owner ------------------------------------------------

# The definite article a possessive's ending asks for: "ihrem Mann" → "dem Mann", "seines
# Sohnes" → "des Sohnes"; the bare form "sein" is "der" or "das" by the noun's gender.
ARTICLE_OF_ENDING = {"e": "die", "en": "den", "em": "dem", "er": "der", "es": "des"}
BARE_ARTICLES = {"Masc": "der", "Neut": "das"}
# The genitive article of an owner named by a definite phrase: "der Kronprinz" → "des Kronprinzen".
GENITIVE_ARTICLES = {"der": "des", "das": "des", "die": "der"}
_OWNER_GAP_TAGS = frozenset({"ADJA", "ADV", "CARD"})
GENITIVE_DETERMINERS = frozenset({"des", "der", "eines", "einer"})


def owned(sentence: Sentence, possessive: Token, owner: str) -> tuple[tuple[int, int], str] | None:
    """The span to replace and the text that names the owner of a possessive phrase in its
    place, case and number kept: a name as a Saxon genitive ("Ihre Doktorarbeit" → "Anandis
    Doktorarbeit", "mit ihrem Mann" → "mit Victorias Mann", "Marx’ Schriften"), a name that ends
    in a number or an abbreviation, or before an adjective whose ending would change ("ihrem
    neuen Mann" is not "Victorias neuen Mann"), with "von" ("seines Neffen" → "des Neffen von
    Alexander II."), a definite phrase in the genitive after the noun ("seine Frau" → "die Frau
    des Kronprinzen"). None when the phrase cannot be restated for sure: no noun after the
    possessive, a genitive or a name after the noun where the owner would follow it ("seine
    Sicht der Dinge" is only "Victorias Sicht der Dinge"), the bare "sein" before an
    adjective ("sein neuer Sohn" is "der neue Sohn"), an owner whose genitive the lexicon does
    not give."""
    stem = possessive.text.lower()[:4] if possessive.text.lower().startswith("sein") else possessive.text.lower()[:3]
    ending = possessive.text.lower()[len(stem):]
    if stem not in ("sein", "ihr") or ending not in ("", *ARTICLE_OF_ENDING):
        return None
    following = [t for t in sentence.tokens if t.i > possessive.i]
    gap = list(takewhile(lambda t: t.tag in _OWNER_GAP_TAGS, following))
    head = following[len(gap)] if len(gap) < len(following) else None
    if head is None or head.tag not in ("NN", "NE"):
        return None
    after = following[len(gap) + 1] if len(gap) + 1 < len(following) else None
    # "seine Sicht der Dinge", "ihr Sohn Wilhelm": an owner put after the noun would stand apart from it
    attached = after is not None and (after.tag in ("NE", "NN", "PPOSAT") or after.text.lower() in GENITIVE_DETERMINERS)
    adjectives = any(t.tag == "ADJA" for t in gap)
    plural = head.feature("Number") == "Plur"
    words = owner.split()
    if words[0].lower() in GENITIVE_ARTICLES:
        genitive = _genitive(owner)
        if genitive is None or attached:
            return None
        return _with_article(sentence, possessive, head, ending, adjectives, genitive)
    awkward = words[-1].endswith(".") or words[-1][-1:].isdigit() or not words[-1][:1].isupper()
    if awkward or adjectives and (ending in ("em", "er", "es") or ending == "e" and plural):
        # "Alexanders II. Neffe" is no German; "Victorias neuem Mann" would change the adjective
        return None if attached else _with_article(sentence, possessive, head, ending, adjectives, f"von {owner}")
    return (possessive.i, possessive.i + 1), saxon_genitive(owner)


def saxon_genitive(name: str) -> str:
    """A name in the genitive before its noun: "Anandis", "Victorias"; a name ending in s, x, z
    or ß takes an apostrophe ("Marx’", "Strauß’")."""
    return name + ("’" if name.endswith(("s", "x", "z", "ß")) else "s")


def _with_article(sentence: Sentence, possessive: Token, head: Token, ending: str, adjectives: bool,
                  owner: str) -> tuple[tuple[int, int], str] | None:
    """"ihrem Mann" → "dem Mann von Anandi": the possessive's article, its phrase, the owner after
    the noun. The bare "sein" takes adjectives of another ending after "der"/"das" ("sein
    neuer Sohn" → "der neue Sohn"), so not with an adjective."""
    article = ARTICLE_OF_ENDING.get(ending) or (BARE_ARTICLES.get(head.feature("Gender"), "") if not adjectives else "")
    if not article:
        return None
    middle = render(sentence, possessive.i + 1, head.i + 1)
    return (possessive.i, head.i + 1), f"{article} {middle} {owner}"


def _genitive(owner: str) -> str | None:
    """"der Kronprinz" → "des Kronprinzen", "die Regierung" → "der Regierung", "die neuen Herrscher"
    → "der neuen Herrscher": article, weak adjectives and noun in the genitive, where the lexicon
    gives the noun's genitive (masculine and neuter) or the noun keeps its form (feminine, plural)."""
    words = owner.split()
    article, adjectives, noun = words[0].lower(), words[1:-1], words[-1]
    if article not in GENITIVE_ARTICLES or not noun[:1].isupper() or any(not w.islower() for w in adjectives):
        return None
    if article == "die":
        return " ".join(["der", *(w if w.endswith("en") else w + "n" for w in adjectives), noun])
    entry = noun_lexicon().lookup(noun)
    if entry is None or not entry.genitive or entry.plural_only:
        return None
    return " ".join(["des", *(w + "n" if w.endswith("e") else w for w in adjectives), entry.genitive])


# --- text --------------------------------------------------------------------------------


def _clean_piece(text: str) -> str:
    text = text.strip().strip(",").strip()
    for opening, closing in (("„", "“"), ("»", "«"), ("‚", "‘")):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r"([(„])\s+", r"\1", text)
    return text.strip()


def _finish(pieces: list[str], mark: str) -> str | None:
    text = " ".join(p for p in pieces if p)
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,")
    if not text or len(text.split()) < 2:
        return None
    if mark == "." and text.endswith("."):
        mark = ""  # "… bei DAS Communications Inc." ends in its abbreviation's point
    return text[:1].upper() + text[1:] + mark


def answer_in_text(answer: str, analysis: Analysis, sentence: int) -> str | None:
    """The answer as the text writes it: as it stands in its sentence, or as written anywhere
    in the text (a name put in for a pronoun: "die damaligen Laufräder" from a sentence start);
    None when the text has no such words ("ihn" → "ein Hamburger", a form the resolver made up),
    and then no question is asked."""
    if answer.lower() in analysis.sentences[sentence].text.lower():
        return answer
    text = analysis.article.text
    for form in (answer, answer[:1].upper() + answer[1:]):
        if form in text:
            # an article keeps its small letter: inside the answer it no longer starts a sentence
            return answer if answer.partition(" ")[0] in LOWER_ARTICLES else form
    return None


LOWER_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
