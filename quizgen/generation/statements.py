"""Richtig / falsch / steht nicht im Text: statements built from whole clauses of the text.

Each statement is one clause (a main clause, or a factual subordinate one turned into a main
clause by ``realise.declarative``) that stands on its own: a pronoun only with the name
``extraction.reference.resolve`` is sure of, no first-person speech, no demonstrative, no quote,
no clause cut off; words that point back to the previous sentence (danach, deshalb, auch …)
are left out when they are a phrase of their own, since the statement stays true without them.
Statements are restated where the meaning stays the same (``paraphrase``: the name for the
pronoun, another constituent in the Vorfeld, the passive, for "man" without agent; a copula's
adjective as its opposite denied, ``_litotes``: "ist sehr teuer" → "ist nicht billig"; a measure
with its noun, ``_measured``: "ist 288 Kilometer lang" → "hat eine Länge von 288 Kilometern"), so that
string matching does not answer them. About half are changed:
- falsch: who did what to whom swapped (two names as subject and accusative object, the verb
  re-inflected for the new subject's number; two names of one kind in any two phrases,
  ``exchange``), another person or place of the text in place of the one named
  (``other_entity``; a name written with an article gets another of its kind from any sentence,
  the article fitted to its gender: ``other_named_phrase``), what held "früher" said of today
  (``then_now``, one a sheet), of two things the text sets apart by their attributes what it
  says of the one said of the other, or its comparison reversed (``contrast``: "Der weibliche Teil
  der Blüte heißt Narbe, die männlichen Teile …" → "Der männliche Teil …", session 31), a number
  or a time swapped for another,
  preferably one the text gives to something else (``_elsewhere``; a statement with a year only
  so) — content changes first, at most ``NUMBER_SWAPS`` number or date swap per text; then at
  most ``NEGATIONS`` (one) statement denied (``negated``: "eine Insel" → "keine Insel", "gehört
  nicht zu", since session 29 — of 22 such statements readers judged in rounds 6 to 11 none
  was good on sheets where every false statement had its "nicht"; refused where the scope of
  the negation is unclear: "nur", "auch", "viele", an adverb, an adjective before a bare
  object; only of a restated statement, never of a copy, never of one whose point is a name,
  ``_about_a_name``). Of opposites only a point of the compass, a
  comparative or a verb is turned (``opposite``): no adjective ("riesig" → "winzig") nor
  quantity ("viele" → "nur wenige") since session 25, round 23 readers judged nearly all such
  traps edit or bad, common sense answers them ("Moderne Scheunen sind oft winzig");
- steht nicht im Text: what the text says of another person or place of the topic's kind,
  said of the topic, where no sentence that may be about the topic speaks of it
  (``not_in_text``); an inserted weekday and another person doing the same thing in the same
  sentence both failed with readers; some things of a kind, or a river as the doer, with
  another name of the text (``other_named_phrase``: "Zahlreiche Brücken führen über den
  Rhein"). The options are richtig/falsch unless one is keyed so.
A statement whose fact the sentence before dates "früher" keeps the word (``_timed``), and no
true statement is only the sentence told in the Perfekt. A changed statement's true partner is
a restated one where there is one, else a short copy about what the title names (``_of_topic``).
Candidates stay in text order; the list alternates changed and true ones (changed first) so that
any first n of them are at least half changed.
"""

from __future__ import annotations

import datetime
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from itertools import combinations, pairwise

from ..analysis.lexicon import noun_lexicon
from ..extraction.facts import SPEECH_VERBS
from ..extraction.frequency import zipf_frequency
from ..extraction.reference import topic_anaphor
from ..extraction.verbs import Usage, principal_parts
from ..memo import LastOne
from ..model import (
    FALSE,
    NOT_IN_TEXT,
    TRUE,
    Analysis,
    Clause,
    Constituent,
    Fact,
    Question,
    Sentence,
    Token,
)
from .distractors import bare_name, clean_name, distractors_for, place_class, sure_person
from .paraphrase import (
    ANAPHORIC,
    Frame,
    Resolver,
    active,
    content_words,
    cut_off,
    default_resolver,
    finite_form,
    frame,
    is_verbatim,
    joined_prefix,
    passive,
    perfect,
    reparse,
    well_formed,
)
from .realise import FOCUS_PARTICLES, declarative, render, saxon_genitive
from .wellformed import OBJECT_VERBS, cut_copula, well_formed_statement
from .wh import span_tokens

MIN_WORDS, MAX_WORDS = 4, 24
# Verbs of lasting properties: a statement about another country with them is decided by world
# knowledge, not by reading ("Frankreich liegt in Asien").
STATIC_VERBS = frozenset({"sein", "liegen", "gehören", "heißen", "grenzen", "haben", "bestehen", "leben",
                          "wohnen", "zählen", "geben", "umfassen", "betragen"})
# Subordinators whose clause the sentence asserts as a fact.
FACTUAL = frozenset({"weil", "da", "nachdem", "obwohl", "seitdem", "seit", "während", "bevor"})
_FIRST_SECOND = frozenset({"ich", "mich", "mir", "mein", "meine", "wir", "uns", "unser", "unsere", "du", "dich",
                           "dir", "dein", "ihr", "euch", "euer"})
_QUOTES = frozenset("„“”\"»«‚‘")
_PLURAL_NAMES = frozenset({"USA", "Vereinigten Staaten", "Vereinigte Staaten", "Niederlande", "Philippinen",
                           "Vereinigten Arabischen Emirate"})
_SAME = frozenset({"selben", "gleichen", "derselben", "demselben", "denselben", "dieselbe", "dasselbe", "derselbe"})
_DEGREE_TAGS = frozenset({"ADJD", "ADV", "PIAT", "PIDAT", "PIS"})
_NOT_NOMINATIVE = frozenset({"dem", "den", "des", "einem", "einen", "eines", "einer", "im", "am", "zum", "zur", "vom"})
# Words that point to a place or time the previous sentences gave: the clause needs them.
POINTING = frozenset({"dort", "hier", "damals", "dabei", "dafür", "dadurch", "daher", "darum", "dorthin", "daraus", "davon",
                      "dann", "hierbei", "hierfür", "hierzu"})


@dataclass(frozen=True, slots=True)
class Base:
    """A clause that makes a self-contained statement, with what its restatements need."""

    sentence: Sentence
    clause: Clause
    replace: dict[tuple[int, int], str]  # pronoun spans → names
    drop: tuple[Constituent, ...]  # anaphoric words and adverbial clauses left out
    text: str  # the restated statement (a true one)
    literal: str  # the clause in the text's order, for the explanation
    perfect: bool = False  # restated in the Perfekt: its changed versions are told in it too


# --- candidates ---------------------------------------------------------------------------------


def _token(sentence: Sentence, i: int) -> Token:
    return sentence.tokens[i - sentence.tokens[0].i]


def _usable(sentence: Sentence) -> bool:
    if ":" in sentence.text or "\n" in sentence.text.strip():
        return False  # a colon or a line break: two statements run together
    if sentence.is_heading or not 5 <= len(sentence.tokens) <= 40 or not sentence.clauses:
        return False
    # a zu-infinitive the rules did not recognise as one ("beschuldigt, … versorgt zu haben"
    # read as a main clause): the sentence's structure cannot be trusted
    infinitives = {i for c in sentence.clauses if c.kind in ("zu_infinitive", "um_zu") for i in c.tokens}
    return all(t.i in infinitives for t in sentence.tokens if t.tag in ("PTKZU", "VVIZU"))


def _clause_ok(sentence: Sentence, clause: Clause) -> bool:
    if not clause.sure or clause.finite is None or clause.mood != "indicative" or clause.person not in ("", "3"):
        return False
    if clause.lemma in SPEECH_VERBS or clause.kind not in ("main", "coordinated", "subordinate", "relative"):
        return False
    if _verbs_across_comma(sentence, clause):
        return False
    if clause.kind in ("main", "coordinated") and (min(clause.verbs, default=clause.finite) != clause.finite or sum(
            c.field == "vorfeld" and not _focus_particle(sentence, c) for c in clause.constituents) > 1):
        return False  # verb last or three phrases before the verb: a clause the rules took for a main one
    if clause.kind == "coordinated":
        parent = sentence.clauses[clause.parent] if clause.parent is not None and clause.parent < len(sentence.clauses) else None
        if parent is None or parent.kind != "main" or max(clause.verbs, default=-1) == clause.finite and len(clause.verbs) > 1:
            return False  # "dass …, aber keine Steuern zahlen mussten": the subject is elided
        if clause.finite is not None and clause.finite == max(clause.tokens, key=lambda i: i if not _token(sentence, i).tag.startswith("$") else -1):
            return False  # verb last: a subordinate clause's second half
    if clause.kind == "subordinate":
        conjunction = _token(sentence, clause.conjunction) if clause.conjunction is not None else None
        if conjunction is None or conjunction.text.lower() not in FACTUAL:
            return False
    left_out = {i for c in _pointing_adverbials(sentence, clause) for i in range(c.start, c.end)}
    own = [_token(sentence, i) for i in clause.tokens if i not in left_out]
    if any(t.text in _QUOTES or t.text.lower() in _FIRST_SECOND | POINTING | _SAME or t.tag in ("PDS", "PDAT") for t in own):
        return False
    if _framed(sentence, clause):
        return False
    subjects = clause.role("subject")
    if len(subjects) != 1 or not subjects[0].sure or cut_copula(sentence, clause):
        return False
    if clause.voice == "active" and clause.lemma in OBJECT_VERBS and not clause.role("object_acc"):
        return False  # "Sie hat 1921 in Kansas angeboten": a source that lost its object
    pronoun = _token(sentence, subjects[0].start)
    return pronoun.tag not in ("PWS", "PRELS", "PWAT") or clause.kind == "relative" and pronoun.i == clause.conjunction


def _verbs_across_comma(sentence: Sentence, clause: Clause) -> bool:
    """Two infinitives or participles of one clause with a comma between them ("können also
    fehlerhaft sein, aber auch veralten"): two predicates the rules joined into one clause, whose
    statement runs them together ("Informationen können fehlerhaft sein veralten")."""
    rest = sorted(v for v in clause.verbs if v != clause.finite)
    return any(_token(sentence, j).text == "," for a, b in pairwise(rest) for j in range(a + 1, b))


def _relative_head(sentence: Sentence, clause: Clause) -> str | None:
    """The name a relative clause's subject pronoun stands for, where the clause states a fact
    of its own about a named thing: the antecedent is a bare name ("aus Sibirien, das heute in
    Russland liegt" → "Sibirien liegt heute in Russland"), or the predicative noun of a copula
    clause whose subject is one ("Ungarisch ist eine Sprache, die in einigen Ländern von Europa
    gesprochen wird" → "Ungarisch wird in einigen Ländern von Europa gesprochen"). A relative
    clause on any other noun restricts it ("die Blüten, die nachts blühen"): alone it would say
    of all what the text says of some."""
    if clause.antecedent is None or clause.conjunction is None or clause.parent is None or clause.parent >= len(sentence.clauses):
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1 or (subjects[0].start, subjects[0].end) != (clause.conjunction, clause.conjunction + 1):
        return None
    head = _token(sentence, clause.antecedent)
    if head.tag == "NE":
        start = head.i
        while start > sentence.tokens[0].i and _token(sentence, start - 1).tag == "NE":
            start -= 1
        before = _token(sentence, start - 1) if start > sentence.tokens[0].i else None
        if before is not None and before.tag in ("ART", "APPRART", "NN", "ADJA"):
            return None  # "der Aare", "der Fluss Aare": the article or noun the pronoun agrees with is not the name's
        return render(sentence, start, head.i + 1)
    parent = sentence.clauses[clause.parent]
    owner = parent.role("subject")
    predicative = next((c for c in parent.role("predicative") if c.head == head.i), None)
    if parent.lemma != "sein" or predicative is None or len(owner) != 1 or parent.number != clause.number:
        return None
    article = _token(sentence, predicative.start)
    owner_tokens = span_tokens(sentence, owner[0].start, owner[0].end)
    if article.text.lower() not in ("ein", "eine") or not owner_tokens or not all(t.tag == "NE" for t in owner_tokens):
        return None
    return render(sentence, owner[0].start, owner[0].end)


def _framed(sentence: Sentence, clause: Clause) -> bool:
    """Is a subordinate or coordinated clause said within a frame its main clause points back to
    ("In diesem Fall können dann …, während eine 54. Kalenderwoche niemals auftritt")? Alone it
    states as a general truth what the text says only of the case before (judged bad)."""
    if clause.kind not in ("subordinate", "coordinated") or clause.parent is None or clause.parent >= len(sentence.clauses):
        return False
    parent = sentence.clauses[clause.parent]
    words = [_token(sentence, i) for i in parent.tokens if i not in clause.tokens]
    return any(t.text.lower() in POINTING | _SAME or t.tag in ("PDS", "PDAT") for t in words)


# Words that point back to a place or time and form an adverbial of their own: an event stays
# true without them ("Dort synthetisierte er 1940 C14" → "Martin Kamen synthetisierte 1940 C14").
_POINTING_ALONE = frozenset({"dort", "hier", "damals"})


def _pointing_adverbials(sentence: Sentence, clause: Clause) -> tuple[Constituent, ...]:
    """Adverbials that only point back to a place or time the previous sentences gave ("dort",
    "damals", "zum selben Zeitpunkt", "im selben Jahr"), in a clause that tells an event: the
    statement without them says less, but nothing false. Not in a clause of a state or a lasting
    property ("Die Winter sind dort mild", "Dort leben viele Menschen"): the place or time is
    what the clause says, and without it the statement is a general claim the text never makes."""
    if clause.lemma in STATIC_VERBS | _COPULAS | STATE_VERBS or _copula(clause):
        return ()
    found = []
    for constituent in clause.constituents:
        if constituent.clause is not None or constituent.role in _ARGUMENT_ROLES:
            continue
        words = [t.text.lower() for t in span_tokens(sentence, constituent.start, constituent.end)]
        if len(words) == 1 and words[0] in _POINTING_ALONE or constituent.role == "time" and len(words) <= 4 and _SAME & set(words) and words[words[0] == "noch"] in ("im", "am", "zum", "in", "an"):
            found.append(constituent)
    return tuple(found)


_ARGUMENT_ROLES = frozenset({"subject", "object_acc", "object_dat", "object_prep", "object_gen", "predicative",
                             "complement", "direction", "origin"})


def _focus_particle(sentence: Sentence, constituent: Constituent) -> bool:
    """"Schon in der Steinzeit …": a particle before the Vorfeld's phrase is part of it."""
    return constituent.end - constituent.start == 1 and _token(sentence, constituent.start).text.lower() in FOCUS_PARTICLES



def _cut_enumeration(sentence: Sentence, clause: Clause) -> bool:
    """Does a phrase stop at a comma while the enumeration goes on in the same clause ("der Ort
    von Politik | , Wirtschaft, Bildung und Kultur")? Then the rules cut it."""
    own = set(clause.tokens)
    last = sentence.tokens[-1].i
    for constituent in clause.constituents:
        if constituent.clause is not None or constituent.end + 1 > last:
            continue
        comma, after = _token(sentence, constituent.end), _token(sentence, constituent.end + 1)
        if comma.text == "," and after.i in own and after.i not in clause.verbs and after.tag in ("NN", "NE", "ADJA", "ART"):
            return True
    return False


def _leave_out(sentence: Sentence, clause: Clause) -> tuple[Constituent, ...] | None:
    """Constituents the statement does without: anaphoric adverbs, adverbial clauses. None when
    a clause inside is a complement that cannot be kept (reported speech, a quote)."""
    dropped: list[Constituent] = list(_pointing_adverbials(sentence, clause))
    for constituent in clause.constituents:
        if constituent in dropped:
            continue
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        if constituent.clause is not None:
            inner = sentence.clauses[constituent.clause]
            if constituent.role == "complement":
                if inner.mood != "indicative" or any(t.text in _QUOTES for t in tokens) or len(tokens) > 14:
                    return None
                continue
            dropped.append(constituent)
        elif tokens and all(t.text.lower() in ANAPHORIC or t.tag in ("PROAV", "PAV") for t in tokens):
            if constituent.role in ("subject", "object_acc", "object_dat", "object_prep", "predicative"):
                return None
            after = _token(sentence, constituent.end) if constituent.end <= sentence.tokens[-1].i else None
            if constituent.text.lower() == "so" and after is not None and after.tag in _DEGREE_TAGS:
                continue  # "so groß wie", "so viele": the comparison needs it
            if any(t.text.lower() not in ANAPHORIC for t in tokens):
                return None  # "dazu", "darunter": a pronominal adverb the verb needs ("dazukommen")
            dropped.append(constituent)
    covered = {i for c in clause.constituents for i in range(c.start, c.end)}
    for i in clause.tokens:
        token = _token(sentence, i)
        if i in covered or i in clause.verbs:
            continue
        after = _token(sentence, i + 1) if i + 1 <= sentence.tokens[-1].i else None
        if token.text.lower() == "so" and after is not None and after.tag in _DEGREE_TAGS:
            continue  # "so groß wie": the comparison needs it
        if token.text.lower() in ANAPHORIC:
            dropped.append(Constituent("adverbial", i, i + 1, i, token.text))
    return tuple(dropped)


def _subject_text(sentence: Sentence, clause: Clause, names: dict[tuple[int, int], str]) -> str:
    """The subject as the statement writes it: the name for a pronoun, else the text's words."""
    subject = clause.role("subject")[0]
    return names.get((subject.start, subject.end)) or render(sentence, subject.start, subject.end)


def _names(analysis: Analysis, sentence: Sentence, clause: Clause, resolver: Resolver | None) -> dict[tuple[int, int], str] | None:
    """Pronoun constituents → the names they stand for; None when one is not resolved."""
    found: dict[tuple[int, int], str] = {}
    for constituent in clause.constituents:
        if constituent.clause is not None:
            continue
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        topic = topic_anaphor(analysis, sentence, tokens)
        if topic:
            found[(constituent.start, constituent.end)] = topic  # "Die Insel hat …" → "Kreta hat …"
            continue
        pronouns = [t for t in tokens if t.tag == "PPER"]
        introduced = _introduced(analysis, sentence, tokens) if not pronouns else None
        if introduced:
            found[(constituent.start, constituent.end)] = introduced  # "Die Insel hat …" → "Kreta hat …"
            continue
        if not pronouns:
            if constituent.role == "subject" and any(t.tag == "PPOSAT" for t in tokens):
                owner = _owner(analysis, sentence, tokens, resolver)
                if owner is None:
                    return None  # "Seine Äußerungen …": whose?
                found[(constituent.start, constituent.end)] = owner
            continue
        if len(tokens) != 1 or resolver is None or tokens[0].text.lower() == "es":
            return None
        name = resolver(analysis, sentence.index, tokens[0].i)
        if not name:
            return None
        if constituent.role == "subject" and not _named_referent(analysis, clause, name):
            return None  # "Sie haben keine Alternative": a guessed referent gives a wrong key
        first = name.split()[0].lower()
        if first in ("der", "die", "das", "den", "dem", "des") and constituent.role != "subject":
            return None  # the name's article would need the pronoun's case
        if first in _NOT_NOMINATIVE:
            return None  # "Dem Zweiten Weltkrieg" for "er": the resolver's phrase is no subject
        found[(constituent.start, constituent.end)] = name
    return found


def _introduced(analysis: Analysis, sentence: Sentence, tokens: list[Token]) -> str | None:
    """The referent the previous sentence gives a bare definite noun phrase ("die Insel", "die
    Fabrik"), so that the statement stands alone on the sheet: the name a copula clause gave the
    noun ("Kreta ist eine Insel in Griechenland." → "Kreta" for "die Insel", "auf Kreta" for
    "auf der Insel"), or the name or code that followed the noun there ("eine Fabrik in
    Hamburg" → "die Fabrik in Hamburg", "der Klasse 5b" → "die Klasse 5b"). None when the noun
    is named in the sentence itself or the title, or the previous sentence does not say."""
    preposition = tokens[0].text if len(tokens) == 3 and tokens[0].tag == "APPR" else ""
    phrase = tokens[1:] if preposition else tokens
    if len(phrase) != 2 or phrase[0].tag != "ART" or phrase[0].text.lower() not in _DEFINITE or phrase[1].tag != "NN":
        return None
    noun = phrase[1]
    if sentence.index == 0 or _mentioned(analysis, sentence, noun) or noun.feature("Number") == "Plur":
        return None
    previous = analysis.sentences[sentence.index - 1]
    lemma = (noun.lemma or noun.text).lower()
    same = [t for t in previous.tokens if (t.lemma or t.text).lower() == lemma and t.tag == "NN"]
    if len(same) != 1:
        return None
    k = same[0].i - previous.tokens[0].i
    before, after = previous.tokens[:k], previous.tokens[k + 1:]
    clause = next((c for c in previous.clauses if same[0].i in c.tokens), None)
    if clause is not None and clause.lemma == "sein" and len(before) >= 3 and before[-1].text.lower() in ("ein", "eine") \
            and before[-2].lemma == "sein" and all(t.tag == "NE" for t in before[:-2]):
        name = " ".join(t.text for t in before[:-2])  # "Kreta ist eine Insel …"
        return f"{preposition} {name}".strip()
    if after and (after[0].tag == "CARD" or re.fullmatch(r"\d+[a-z]?", after[0].text)):
        return " ".join(t.text for t in tokens) + " " + after[0].text  # "der Klasse 5b"
    if len(after) >= 2 and after[0].tag == "APPR" and after[0].text.lower() in ("in", "aus", "bei") and after[1].tag == "NE" \
            and (len(after) == 2 or after[2].tag.startswith("$")):
        return " ".join(t.text for t in tokens) + f" {after[0].text} {after[1].text}"  # "die Fabrik in Hamburg"
    return None


_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*|von|van|de|der")


def _owner(analysis: Analysis, sentence: Sentence, tokens: list[Token], resolver: Resolver | None) -> str | None:
    """A subject that opens with a possessive, its owner named in the genitive: "Seine Mutter"
    → "Alan Thickes Mutter", "Sein Porträt" → "Isaac Newtons Porträt" (the adjectives keep
    their endings). Only for a person the resolver is sure of, named in the text without an
    article or a title, whose genitive is a plain -s or apostrophe."""
    if resolver is None or len(tokens) < 2 or tokens[0].tag != "PPOSAT" or any(t.tag == "PPOSAT" for t in tokens[1:]):
        return None
    name = resolver(analysis, sentence.index, tokens[0].i)
    if not name or not any(e.label == "PER" and e.text == name for e in analysis.entities):
        return None
    words = name.split()
    if not all(_NAME_WORD.fullmatch(w) for w in words) or not words[-1][:1].isupper():
        return None
    last = words[-1]
    genitive = saxon_genitive(last)
    rest = render(sentence, tokens[1].i, tokens[-1].i + 1)
    return " ".join([*words[:-1], genitive, rest])


def _named_referent(analysis: Analysis, clause: Clause, name: str) -> bool:
    """May a subject pronoun be replaced by ``name``? Only by a named entity of the text, for a
    singular pronoun: a plural "sie" (the workers? the association?) is too often guessed wrong,
    and a resolved common noun ("Sie" → "die eingeschleppte Fruchtfliege") gains nothing."""
    if clause.number != "Sing":
        return False
    bare = name.split(" ", 1)[1] if name.split()[0].lower() in _DEFINITE and " " in name else name
    return any(e.text in (name, bare) for e in analysis.entities)


def _movable(sentence: Sentence, clause: Clause, constituent: Constituent) -> bool:
    """May the constituent leave its place (into or out of the Vorfeld)? Not when the rules may
    have cut it wrong: a phrase right before a prepositional phrase, a number or a name ("im
    Jahr | 1908", "in Detroit | im Bundesstaat Michigan", "Tabak | aus Amerika" — the next
    piece may belong to it), or a name followed by a prepositional phrase inside it ("Sofia von
    den Hunnen")."""
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    if not tokens or not constituent.sure or constituent.clause is not None:
        return False
    seen_name = False
    for token in tokens:
        if token.tag in ("APPR", "APPRART") and seen_name:
            return False
        seen_name = seen_name or token.tag == "NE"
    first = sentence.tokens[0].i
    before = _token(sentence, constituent.start - 1) if constituent.start > first else None
    if tokens[0].tag in ("APPR", "APPRART") and before is not None and before.tag in ("NN", "NE") and before.i not in clause.verbs:
        return False  # "eine Insel | im Mittelmeer": the phrase may belong to the noun before it
    last = sentence.tokens[-1].i
    after = _token(sentence, constituent.end) if constituent.end <= last else None
    if after is None or after.i in clause.verbs or after.tag.startswith("$"):
        return True
    return after.tag not in ("APPR", "APPRART", "CARD", "NE", "NN", "ART", "KOKOM", "TRUNC")


def _front(base_sentence: Sentence, clause: Clause, drop: tuple[Constituent, ...]) -> Constituent | None:
    """The subject in front when it may move there (or stands there); else the clause's own
    Vorfeld (None), unless that was left out."""
    subject = clause.role("subject")[0]
    if _copula(clause):
        return next((c for c in clause.constituents if c.field == "vorfeld"), subject)
    if subject.field == "vorfeld" or _movable(base_sentence, clause, subject):
        return subject
    own = next((c for c in clause.constituents if c.field == "vorfeld"), None)
    if clause.kind != "main" or own is None or own in drop or not _movable(base_sentence, clause, own):
        return None
    return own


def _variants(
    analysis: Analysis, sentence: Sentence, clause: Clause, names: dict[tuple[int, int], str],
    drop: tuple[Constituent, ...], resolver: Resolver | None,
) -> list[str]:
    """Restatements of the clause, the text's word order first."""
    found: list[str] = []
    subject = clause.role("subject")[0]
    vorfeld = next((c for c in clause.constituents if c.field == "vorfeld"), None)
    if clause.kind == "main" and vorfeld is not None and vorfeld not in drop:
        own = declarative(sentence, clause, replace=names, drop=drop)
    else:
        front = _front(sentence, clause, drop)
        own = declarative(sentence, clause, front=front, replace=names, drop=drop) if front is not None else None
    if own:
        found.append(own)
    if _copula(clause):
        denied = _litotes(sentence, clause, names, drop)
        measured = _measured(own, clause) if own else None
        # "Eine Zeiteinheit ist eine Woche": the predicative never moves
        return [*found, *(text for text in (denied, measured) if text)]
    for role in ("subject", "time"):  # a place in front is often a phrase of the noun before it or a result
        for constituent in clause.role(role) if role != "subject" else (subject,):
            if constituent in drop or not constituent.sure or constituent.clause is not None:
                continue
            if constituent.field != "vorfeld" and not _movable(sentence, clause, constituent):
                continue
            if vorfeld is not None and vorfeld not in drop and vorfeld is not constituent and not _movable(sentence, clause, vorfeld):
                continue  # the old Vorfeld would have to move into the Mittelfeld
            words = span_tokens(sentence, constituent.start, constituent.end)
            if role != "subject" and (len(words) < 2 or words[0].tag not in ("APPR", "APPRART")):
                continue
            if role == "time" and not (_really_time(sentence, constituent) and _dated(words)):
                continue  # "schon", "dort": a lone adverb in front reads oddly and may point back
            text = declarative(sentence, clause, front=constituent, replace=names, drop=drop)
            if text and text not in found:
                found.append(text)
    base = _without(frame(analysis, sentence, clause, resolver), drop)
    if any(end - start > 1 for start, end in names) and base is not None:
        base = _named_frame(base, sentence, names)  # "die Insel" → "Kreta": the frame keeps "die Insel"
    if base is not None and not base.tail:
        turned = passive(sentence, clause, base) or active(sentence, clause, base)
        if turned is not None:
            found.append(turned.text())
        told = perfect(sentence, clause, base)
        if told is not None and told.text() not in found:
            found.append(told.text())  # "Lina Medina litt …" → "Lina Medina hat … gelitten": the last resort
    return found


# A measure said with its adjective, restated with its noun ("Die Aare ist 288 Kilometer lang" →
# "Die Aare hat eine Länge von 288 Kilometern"): the reader has to know that "lang" is about the
# "Länge"; the text's words are no longer there to match. Only adjectives whose noun names the
# same measure in every reading.
MEASURE_NOUNS = {"lang": "eine Länge", "hoch": "eine Höhe", "breit": "eine Breite", "tief": "eine Tiefe",
                 "dick": "eine Dicke", "schwer": "ein Gewicht", "groß": "eine Größe"}
_HABEN = {"ist": "hat", "sind": "haben", "war": "hatte", "waren": "hatten"}
# Words before a measure that stay before it ("insgesamt 288 Kilometer", "bis zu 50 Meter").
_BEFORE_MEASURE = r"(?:(?:insgesamt|etwa|rund|ungefähr|circa|ca\.|fast|knapp|nur|genau|über|bis zu|mehr als|weniger als) )?"
_MEASURE = re.compile(r"^(?P<subject>[A-ZÄÖÜ][^,;]*?) (?P<verb>ist|sind|war|waren) (?P<before>" + _BEFORE_MEASURE
                      + r")(?P<number>\d[\d.,]*) (?P<unit>[A-ZÄÖÜ][a-zäöüß]+|km|m|cm|mm|kg|t) (?P<adjective>"
                      + "|".join(MEASURE_NOUNS) + r")\.$")
MEASURED = re.compile(r" (?:" + "|".join(MEASURE_NOUNS.values()) + r") von ")


def _measured(text: str, clause: Clause) -> str | None:
    """The copula statement of a measure with the measure's noun: "Die Aare ist insgesamt 288
    Kilometer lang" → "Die Aare hat eine Länge von insgesamt 288 Kilometern" (richtig). Only a
    statement of the subject, the copula, a number, its unit and the adjective, in that order
    (nothing else the noun would have to carry: "früher", "im Sommer"), not negated; the unit in
    the dative plural after "von" ("Kilometern"; "km", "Grad" stay)."""
    match = _MEASURE.match(text)
    if match is None or clause.negation is not None or clause.lemma != "sein" or match["number"] in ("1", "1,0"):
        return None
    unit = match["unit"]
    if unit[:1].isupper() and unit.endswith(("er", "el", "e")):
        unit += "n"  # "Metern", "Jahren"
    verb = _HABEN[match["verb"]]
    return f"{match['subject']} {verb} {MEASURE_NOUNS[match['adjective']]} von {match['before']}{match['number']} {unit}."


# Everyday adjectives and their opposite where both readings agree ("schwer"/"leicht" of weight
# and of effort): what "sein", "werden" or "bleiben" says of the subject is restated by denying
# the opposite ("ist teuer" → "ist nicht billig", ``_litotes``). The opposite itself is not put in
# as a changed statement: readers judged such flips antonym traps that common sense answers
# ("Moderne Scheunen sind oft winzig", "Die Flusslandschaft … ist unwichtig"). Not "alt" (alt/jung
# of people, alt/neu of things), "sicher" (also "certainly"), "gleich" (also "at once"), nor a pair
# one of whose words reads as an adverb of time or manner.
_ADJECTIVE_OPPOSITES = {
    "groß": "klein", "klein": "groß", "lang": "kurz", "kurz": "lang", "hoch": "niedrig", "niedrig": "hoch",
    "warm": "kalt", "kalt": "warm", "heiß": "kalt", "schnell": "langsam", "langsam": "schnell",
    "schwer": "leicht", "leicht": "schwer", "teuer": "billig", "billig": "teuer", "reich": "arm", "arm": "reich",
    "gesund": "ungesund", "ungesund": "gesund", "bekannt": "unbekannt", "unbekannt": "bekannt",
    "wichtig": "unwichtig", "unwichtig": "wichtig", "gefährlich": "ungefährlich", "ungefährlich": "gefährlich",
    "häufig": "selten", "selten": "häufig", "einfach": "schwierig", "schwierig": "einfach", "riesig": "winzig",
    "winzig": "riesig", "breit": "schmal", "schmal": "breit", "tief": "flach", "laut": "leise", "leise": "laut",
    "hell": "dunkel", "dunkel": "hell", "stark": "schwach", "schwach": "stark", "voll": "leer", "leer": "voll",
    "nass": "trocken", "trocken": "nass", "dick": "dünn", "dünn": "dick", "weich": "hart", "hart": "weich",
    "möglich": "unmöglich", "unmöglich": "möglich", "beliebt": "unbeliebt", "unbeliebt": "beliebt",
    "erlaubt": "verboten", "verboten": "erlaubt", "giftig": "ungiftig", "ungiftig": "giftig",
    "sauber": "schmutzig", "schmutzig": "sauber", "nützlich": "schädlich", "schädlich": "nützlich",
    "fruchtbar": "unfruchtbar", "unfruchtbar": "fruchtbar", "wertvoll": "wertlos", "wertlos": "wertvoll",
    "gesundheitsschädlich": "gesund", "harmlos": "gefährlich", "ruhig": "laut", "feucht": "trocken",
    "geöffnet": "geschlossen", "geschlossen": "geöffnet", "lebendig": "tot", "tot": "lebendig",
}
# Intensifiers a restatement by the opposite's denial leaves out: "sehr teuer" is "nicht billig",
# not "nicht sehr billig".
_INTENSIFIERS = frozenset({"sehr", "ziemlich", "recht", "besonders", "äußerst", "extrem", "außergewöhnlich"})
# Words of how often, whose scope a "nicht" put in would share; extremes, whose opposite's denial
# says too little ("riesig" is more than "nicht winzig").
_FREQUENCY = frozenset({"oft", "häufig", "meist", "meistens", "manchmal", "selten", "immer", "oftmals", "mitunter",
                        "gelegentlich", "normalerweise", "überwiegend", "teilweise", "teils"})
_EXTREMES = frozenset({"riesig", "winzig"})


def _litotes(sentence: Sentence, clause: Clause, names: dict[tuple[int, int], str],
             drop: tuple[Constituent, ...]) -> str | None:
    """A copula statement restated by denying the opposite of its adjective: "Ein Urlaub auf den
    Galapagosinseln ist sehr teuer" → "… ist nicht billig", "Der Fluss ist unbekannt" → "… ist
    nicht bekannt" (richtig: what is very expensive is not cheap). The reader has to know what
    the adjective means; the text's words are no longer there to match. Only for the adjectives
    of ``_ADJECTIVE_OPPOSITES`` that are the whole predicative (an intensifier before it is left
    out), in a main clause the text does not negate, and not where the opposite would be an
    "un-" word ("nicht unbekannt" is a figure of speech a B1 reader stumbles over)."""
    if clause.kind != "main" or clause.negation is not None:
        return None
    if any(_token(sentence, i).text.lower() in _FREQUENCY for i in clause.tokens):
        return None  # "Scheunen sind oft riesig" is not "oft nicht klein"
    for constituent in clause.role("predicative"):
        tokens = [_token(sentence, i) for i in range(constituent.start, constituent.end)]
        adjective = tokens[-1]
        if adjective.tag != "ADJD" or any(t.text.lower() not in _INTENSIFIERS for t in tokens[:-1]):
            continue
        other = None if adjective.text in _EXTREMES else _ADJECTIVE_OPPOSITES.get(adjective.text)
        last = sentence.tokens[-1].i
        if other is None or other.startswith("un") and not adjective.text.startswith("un"):
            continue
        if adjective.i < last and _token(sentence, adjective.i + 1).text in ("wie", "als"):
            continue
        if constituent.start > sentence.tokens[0].i and _token(sentence, constituent.start - 1).text.lower() in (
                "nicht", "kaum", "wenig", "weniger", "nie", "zu", "so", "nur", "auch"):
            continue
        if any(d.start <= adjective.i < d.end for d in drop) or any(a < constituent.end and constituent.start < b for a, b in names):
            continue
        degree = tuple(c for c in clause.constituents if c.end == constituent.start and c.end - c.start == 1
                       and _token(sentence, c.start).text.lower() in _INTENSIFIERS)  # "ist sehr | teuer"
        spans = {**names, (constituent.start, constituent.end): f"nicht {other}"}
        front = next((c for c in clause.constituents if c.field == "vorfeld"), None)
        front = None if front is None or front in drop else front
        text = declarative(sentence, clause, front=front or _front(sentence, clause, drop), replace=spans, drop=drop + degree)
        if text and f"nicht {other}" in text:
            return text
    return None


def _without(base: Frame | None, drop: tuple[Constituent, ...]) -> Frame | None:
    """The frame without the phrases the statement leaves out ("Zum selben Zeitpunkt", "dort"),
    the subject in front where one of them stood there."""
    if base is None:
        return None
    gone = {c.start for c in drop}
    middle = tuple(p for p in base.middle if p.start not in gone)
    if base.front.start not in gone:
        return replace(base, middle=middle)
    subject = next((p for p in middle if p.role == "subject"), None)
    if subject is None:
        return None
    return replace(base, front=subject, middle=tuple(p for p in middle if p is not subject))


def _named_frame(base: Frame, sentence: Sentence, names: dict[tuple[int, int], str]) -> Frame | None:
    """The frame with the names the statement puts in for noun phrases ("die Inseln" → "die
    Galapagosinseln"), so that the passive restates a sentence about the topic too ("Die
    Galapagosinseln wurden im Juni 2007 von der UNESCO … gesetzt" — a round 8 reader wanted the
    copy restated). None when a replaced phrase would change its case (a masculine accusative,
    which ``passive`` re-inflects from the text's words)."""
    pieces = []
    for piece in (base.front, *base.middle):
        span = next(((a, b) for a, b in names if a == piece.start and b - a > 1), None)
        if span is None:
            pieces.append(piece)
            continue
        if piece.text != render(sentence, *span) or piece.text.split()[0].lower() in ("den", "einen", "keinen"):
            return None
        pieces.append(replace(piece, text=names[span]))
    return replace(base, front=pieces[0], middle=tuple(pieces[1:]))


def _dated(words: list[Token]) -> bool:
    """A time phrase with a date or year ("im Jahr 1908", "am 15. Mai"): safe in the Vorfeld."""
    return any(t.tag == "CARD" or t.text[:1].isdigit() for t in words)


def _fits(text: str) -> bool:
    return MIN_WORDS <= len(text.split()) <= MAX_WORDS and not any(q in text for q in _QUOTES)


_POSSESSIVE = frozenset({"sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem",
                         "ihrer", "ihres"})


# Word pairs that only mean what they mean together: a statement that keeps the second alone
# lost the first to a wrong cut ("Immer mehr Rohstoffe" → "Mehr Rohstoffe werden immer …").
_PAIRS = (("immer", "mehr"), ("immer", "weniger"), ("vor", "allem"), ("zum", "beispiel"), ("so", "viele"))


def _pair_split(text: str, source: str) -> bool:
    said, words = source.lower().split(), text.lower().rstrip(".").split()
    for first, second in _PAIRS:
        together = (first, second) in set(pairwise(said))
        kept = (first, second) in set(pairwise(words))
        if together and second in words and not kept:
            return True
    return False


def acceptable(text: str, clause: Clause) -> bool:
    """A statement a teacher can print: the right length, well formed when analysed again (one
    main clause, the verb complex whole), and a possessive only where the statement's own
    subject is the person it points to ("Schindler unterstützte seine Arbeiter")."""
    if not _fits(text) or not well_formed(text, clause.lemma) or not well_formed_statement(text):
        return False
    parsed = reparse(text)
    if parsed is None or lacks_complement(parsed, clause.lemma) or _negation_after_predicative(parsed):
        return False
    possessives = [t for t in parsed.tokens if t.text.lower() in _POSSESSIVE and t.tag == "PPOSAT"]
    if not possessives:
        return True
    subject = parsed.clauses[0].role("subject")[0]
    person = any(t.ent_label == "PER" for t in span_tokens(parsed, subject.start, subject.end))
    return person and not any(subject.start <= t.i < subject.end for t in possessives)


COPULAS = frozenset({"sein", "werden", "bleiben"})


def _negation_after_predicative(parsed: Sentence) -> bool:
    """A statement closed by "nicht" after its predicative: "Man ist sich sicher nicht." (restated from
    "Sicher ist man sich nicht."; round 27: ungrammatical), "Eine Zeiteinheit ist eine Woche nicht"."""
    words = [t for t in parsed.tokens if not t.tag.startswith("$")]
    if not words or words[-1].text.lower() != "nicht":
        return False
    # a copula's predicate stands before "nicht" even where the parse takes it for an adverbial
    return any(clause.lemma in COPULAS or any(c.role == "predicative" for c in clause.constituents) for clause in parsed.clauses)


# Verbs that need a place, a direction or a duration: without it the statement is no sentence
# ("Parasiten gelangen durch Lebensmittellieferungen selten": where to? a round 8 reader).
NEEDS_PLACE = frozenset({"gelangen", "legen", "setzen", "stellen", "hängen", "wohnen", "liegen", "münden",
                         "befinden", "stammen", "geraten"})
NEEDS_DURATION = frozenset({"dauern"})
NEEDS_OBJECT = frozenset({"finden", "glauben", "meinen", "denken", "behaupten", "hoffen", "fürchten", "vermuten",
                          "annehmen", "wissen", "erklären", "fordern", "beschließen", "entscheiden"})
# Prepositions that never give a place or direction: a means, a cause, a time.
_NOT_PLACE = frozenset({"durch", "mit", "wegen", "ohne", "für", "trotz", "seit", "während", "gegen", "laut", "dank",
                        "ab", "um"})
_PLACE_ADVERBS = frozenset({"hier", "dort", "da", "dorthin", "dahin", "hin", "her", "zurück", "hinein", "heraus",
                            "herein", "hinaus", "überall", "nirgends", "irgendwo", "weg", "fort", "oben", "unten",
                            "draußen", "drinnen", "zusammen", "nebeneinander", "übereinander", "zuhause", "woanders"})
_DURATIONS = frozenset({"lange", "länger", "kurz", "ewig", "jahrelang", "stundenlang", "tagelang", "wochenlang",
                        "monatelang", "jahrzehntelang", "jahrhundertelang"})


def lacks_complement(parsed: Sentence, lemma: str) -> bool:
    """Does the statement drop a phrase its verb needs: a place or direction for "gelangen",
    "legen", "wohnen" …, a duration for "dauern", what is thought for "finden", "glauben" ("Im
    Jahr 1965 fanden einige Politiker." lost ", man müsse …")? A preposition of a time ("im Juni
    2007") or a means ("durch Lebensmittellieferungen") does not count as a place."""
    if lemma in NEEDS_OBJECT:
        clause = parsed.clauses[0] if parsed.clauses else None
        found = [c for r in ("object_acc", "predicative", "object_prep", "complement") for c in (clause.role(r) if clause else [])]
        # "im Jahr | 1965" parsed as an object: a year is no thing thought
        return not [c for c in found if not all(re.fullmatch(r"(1\d{3}|20\d{2})\.?", t.text) for t in span_tokens(parsed, c.start, c.end))]
    if lemma in NEEDS_DURATION:
        return not any(t.tag == "CARD" or t.text.lower() in _DURATIONS for t in parsed.tokens)
    if lemma not in NEEDS_PLACE:
        return False
    tokens = list(parsed.tokens)
    for k, token in enumerate(tokens):
        word = token.text.lower()
        if word in _PLACE_ADVERBS or token.tag in ("PROAV", "PAV") and word.startswith(("da", "wo")):
            return False
        if token.tag in ("APPR", "APPRART") and word not in _NOT_PLACE:
            phrase = tokens[k + 1 : k + 4]
            dated = any(t.tag == "CARD" or t.text.lower().strip(".") in _MONTHS or t.text.lower() in _TIME_NOUNS
                        for t in phrase)
            if not dated:
                return False
    return True


# --- what a teacher rejects -----------------------------------------------------------------------

# Words that make a number approximate or a bound: changing the number does not contradict it
# ("mehr als 100" → "mehr als 150" may still be true; "ca. 1000 km" → "990 km" is "ca. 1000 km").
APPROXIMATORS = frozenset({"mehr", "weniger", "über", "unter", "rund", "ca.", "ca", "circa", "zirka", "etwa", "fast",
                           "knapp", "bis", "mindestens", "höchstens", "gut", "annähernd", "ungefähr", "nahezu",
                           "beinahe", "gegen", "max.", "min.", "maximal", "minimal", "als", "zu"})
# Degree words that belong to the phrase after them: the rules leave them outside it.
_LEFT_BEHIND = APPROXIMATORS | frozenset({"nur", "lediglich", "allein", "sogar", "genau", "exakt", "insgesamt"})
_DEFINITE = frozenset({"der", "die", "das", "den", "dem", "des"})
# Determiners that point back to something the statement does not name ("andere Schätzungen").
_POINTING_DETERMINERS = frozenset({"andere", "anderen", "anderer", "anderes", "anderem", "weitere", "weiteren",
                                   "weiterer", "übrige", "übrigen", "letztere", "letzteren", "erstere", "ersteren",
                                   "jene", "jener", "jenen", "jenes", "jenem", "solche", "solchen", "solcher"})


def approximate(sentence: Sentence, start: int) -> bool:
    """Do the two words before a number make it approximate or a bound ("mehr als", "ca.",
    "bis zu", "rund")?"""
    first = sentence.tokens[0].i
    before = [_token(sentence, i).text.lower() for i in range(max(first, start - 2), start)]
    return bool(before) and (before[-1] in APPROXIMATORS or any(w in ("mehr", "weniger", "bis") for w in before))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _value(text: str) -> float | None:
    match = re.search(r"\d+(?:[.,]\d+)*", text)
    if match is None:
        return None
    raw = match.group(0)
    if "." in raw and "," not in raw and all(len(g) == 3 for g in raw.split(".")[1:]):
        raw = raw.replace(".", "")
    try:
        return float(raw.replace(".", "").replace(",", ".") if "," in raw else raw)
    except ValueError:
        return None


ABOUT = frozenset({"etwa", "rund", "ca.", "ca", "circa", "zirka", "ungefähr", "annähernd", "fast", "knapp", "nahezu",
                   "beinahe", "gut"})
ABOUT_FACTOR = 3.0  # "etwa 600.000" is not "etwa 700.000" but clearly not "etwa 2 Millionen"


def _about(sentence: Sentence, start: int) -> bool:
    """"etwa 600.000", "rund 50": an approximate number, not a bound ("mehr als", "bis zu")."""
    first = sentence.tokens[0].i
    before = [_token(sentence, i).text.lower() for i in range(max(first, start - 2), start)]
    return bool(before) and before[-1] in ABOUT and not any(w in ("mehr", "weniger", "bis", "als") for w in before)


def _scaled(shown: str, rng: random.Random) -> list[str]:
    """An approximate whole number ten times larger or smaller, written as German writes it
    ("600.000" → "60.000", "6.000.000"), in random order."""
    value = _value(shown)
    if value is None or value != int(value) or not re.fullmatch(r"\d{1,3}(?:\.\d{3})*|\d+", shown):
        return []
    found = [f"{int(v):,}".replace(",", ".") for v in (value * 10, value / 10) if v >= 10 and v == int(v)]
    rng.shuffle(found)
    return found


def clearly_different(shown: str, wrong: str, factor: float = 1.3) -> bool:
    """Is the wrong number one a reader tells apart without a digit-by-digit check: at least
    ``factor`` away (30 %; three times for an approximate one), and not the same digits with
    one of them changed ("3.089" for "1.089")?"""
    a, b = _value(shown), _value(wrong)
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    if max(a, b) / min(a, b) < factor:
        return False
    da, db = _digits(shown), _digits(wrong)
    return not (len(da) == len(db) and sum(x != y for x, y in zip(da, db, strict=True)) == 1 and len(da.strip("0")) > 1)


def statistic(text: str) -> bool:
    """A precise figure (three or more significant digits, "1.089", "13.581"): a changed one
    tests digit matching, not reading."""
    digits = _digits(text).strip("0")
    return len(digits) >= 3


def _split_by_rules(sentence: Sentence, clause: Clause) -> bool:
    """Did the rules cut a phrase apart? A degree word left outside the phrase it belongs to
    ("rund | 3,5 Millionen Euro"), a bare participle attribute starting a phrase in the middle
    of the clause ("die 1971 aus einer … | hervorgegangene … AG"), two nouns side by side in
    one phrase ("das Gebiet Teil des …": subject and predicative run together), an example's
    marker read as the start of the phrase after it ("Zum Beispiel in Mini-Europa in Brüssel"),
    or a "von" phrase glued to a name (``_glued_from``)."""
    covered = {i for c in clause.constituents for i in range(c.start, c.end)}
    first = sentence.tokens[0].i
    for constituent in clause.constituents:
        if constituent.clause is not None:
            continue
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        if not tokens:
            continue
        before = _token(sentence, constituent.start - 1) if constituent.start > first else None
        if before is not None and before.i not in covered and before.i not in clause.verbs and (
                before.text.lower() in _LEFT_BEHIND and any(t.tag == "CARD" for t in tokens)):
            return True
        if tokens[0].tag == "ADJA" and before is not None and before.i not in clause.verbs and not before.tag.startswith("$") \
                and before.tag not in ("KON", "KOUS") and before.i != clause.conjunction:
            return True
        if any(a.tag == "NN" and b.tag == "NN" for a, b in pairwise(tokens)):
            return True
        if len(tokens) > 2 and [t.text.lower() for t in tokens[:2]] == ["zum", "beispiel"]:
            return True  # "Zum Beispiel in Mini-Europa in Brüssel": the example's marker glued to a phrase
        if _glued_from(tokens):
            return True
    return False


def _glued_from(tokens: list[Token]) -> bool:
    """A name and a "von" phrase with an article in one phrase ("Schindler | von der
    Bundesrepublik Deutschland", "Sofia | von den Hunnen"): the giver or doer the rules glued to
    the name, which the statement would make part of it ("Schindler von der Bundesrepublik
    Deutschland hat einen Verdienst-Orden erhalten"). "von" right before a name is part of it
    ("Wilhelm von Humboldt")."""
    k = 0
    while k < len(tokens) and tokens[k].tag == "NE":
        k += 1
    return 0 < k < len(tokens) - 1 and tokens[k].text == "von" and tokens[k + 1].tag in ("ART", "PPOSAT")


def _drops_restriction(sentence: Sentence, clause: Clause) -> bool:
    """Does a phrase of the clause carry a relative clause ("der wasserreichste Fluss, der in
    den Rhein strömt")? The statement would leave it out and say more than the text."""
    spans = [(c.start, c.end) for c in clause.constituents if c.clause is None and not _open_phrase(sentence, clause, c)]
    for other in sentence.clauses:
        if other.kind == "relative" and other.antecedent is not None and any(a <= other.antecedent < b for a, b in spans):
            return True
    last = sentence.tokens[-1].i
    for _, end in spans:
        if end + 1 <= last and _token(sentence, end).text == "," and (
                _token(sentence, end + 1).tag in ("PRELS", "PRELAT", "PWAV")
                or end + 2 <= last and _token(sentence, end + 1).tag == "APPR" and _token(sentence, end + 2).tag == "PRELS"):
            return True
    return False


_SUPERLATIVE = re.compile(r"\w+(?<!er)st(?:e|en|er|es|em)$")


def _open_phrase(sentence: Sentence, clause: Clause, constituent: Constituent) -> bool:
    """An object that says "some" of a kind, without an article, with "ein" or a number ("besuchte
    Munitionsfabriken, die taktische Raketen … herstellen", "hat mehr als 100 Raketentests
    durchgeführt, von denen viele …"): what is true of some that do so is true of some, so the
    statement may leave the relative clause out. Not a subject (which may say "all that do so"),
    a definite phrase ("der Fluss, der …" is the one that does), a superlative ("der
    wasserreichste Fluss, der …") nor a negated clause."""
    if constituent.role not in ("object_acc", "object_dat", "object_prep") or clause.negation is not None:
        return False
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    if constituent.preposition:
        tokens = tokens[1:]
    if not tokens or any(t.tag in ("PPOSAT", "PDAT", "PIAT", "PIDAT") or _SUPERLATIVE.fullmatch(t.text) and t.tag == "ADJA" for t in tokens):
        return False
    opener = tokens[0]
    return opener.tag in ("NN", "ADJA", "CARD") or opener.tag == "ART" and opener.text.lower() in _INDEFINITE \
        or opener.text.lower() in ("mehr", "über", "rund", "etwa")


def _mentioned(analysis: Analysis, sentence: Sentence, token: Token) -> bool:
    """Is the noun named in the title or elsewhere in the same sentence? A noun the previous
    sentence names is not enough: the statement stands alone on the sheet ("Die Polizei setzt
    das Gerät ein" — which one? a round 8 reader)."""
    lemma = (token.lemma or token.text).lower()
    title = _folded(analysis.article.title)
    if _folded(lemma) in title or _folded(token.text) in title:
        return True
    near = [t for t in sentence.tokens if t.i != token.i]
    return any((t.lemma or t.text).lower() == lemma or t.text.lower() == token.text.lower() for t in near)


def _folded(text: str) -> str:
    """Lower case with the umlauts and ß spelt out: a title taken from a file name is written
    "Bluete" for "Blüte", and "die Blüte" of its text is still the title's noun."""
    return text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


# Nouns of a genitive that dates a thing but does not say what it is ("der Mittelwert des Jahres 2007").
_TIME_NOUNS = frozenset({"jahr", "jahres", "jahrs", "jahrhundert", "jahrhunderts", "jahrzehnt", "jahrzehnts", "monat",
                         "monats", "tag", "tages", "tags", "winter", "winters", "sommer", "sommers"})


def _time_genitive(tokens: list[Token], k: int) -> bool:
    """Is the genitive starting at ``tokens[k]`` only a time ("des Jahres 2007")?"""
    head = next((t for t in tokens[k + 1:] if t.tag == "NN"), None)
    return head is not None and head.text.lower() in _TIME_NOUNS


def _without_referent(
    analysis: Analysis, sentence: Sentence, clause: Clause, drop: tuple[Constituent, ...], subject: str = "",
    resolver: Resolver | None = None,
) -> bool:
    """A phrase that needs the context: a possessive or pointing determiner ("ihre
    Gesamtlänge", "andere Schätzungen"), or a definite noun phrase whose noun neither the
    title nor the same sentence names ("der Nachricht", "das Gebiet", "das Gerät" of the
    previous sentence). A noun followed by what identifies it (a genitive other than a date's
    — "Der Mittelwert des Jahres 2007": of what? —, a name, a number, a preposition) is fine, and
    so is a possessive outside the subject that points to the statement's own subject
    (``subject``, its text in the statement: "König Friedrich Wilhelm IV. gewährte seinem
    Neffen …")."""
    for constituent in clause.constituents:
        if constituent.clause is not None or constituent in drop or constituent.role in ("time", "manner", "quantity"):
            continue
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        for k, token in enumerate(tokens):
            if token.tag == "PPOSAT" and constituent.role != "subject" and _points_to_subject(analysis, sentence, token, subject, resolver):
                continue
            if token.tag == "PPOSAT" or token.text.lower() in _POINTING_DETERMINERS:
                return True
            definite = token.tag == "APPRART" or token.tag == "ART" and token.text.lower() in _DEFINITE
            if not definite:
                continue
            head = next((t for t in tokens[k + 1:] if t.tag in ("NN", "NE")), None)
            if head is None or head.tag == "NE" or any(t.tag in ("NE",) for t in tokens[k + 1:head.i - tokens[0].i]):
                continue
            after = tokens[head.i - tokens[0].i + 1] if head.i - tokens[0].i + 1 < len(tokens) else None
            genitive = after is not None and after.tag == "ART" and after.text.lower() in ("des", "der")
            if genitive and not _time_genitive(tokens, head.i - tokens[0].i + 1) or after is not None and after.tag in (
                    "NE", "CARD", "APPR", "APPRART"):
                continue
            if not _mentioned(analysis, sentence, head) and not _unique(head):
                return True
    return False


def _points_to_subject(analysis: Analysis, sentence: Sentence, possessive: Token, subject: str, resolver: Resolver | None) -> bool:
    """Is the possessive sure to mean the statement's subject, a named person? The resolver's
    referent is the subject's name or a name inside it ("Friedrich Wilhelm IV." in "König
    Friedrich Wilhelm IV."); a person the text names, since a possessive of a thing or a guessed
    plural would leave the reader asking whose."""
    if resolver is None or not subject:
        return False
    name = resolver(analysis, sentence.index, possessive.i)
    if not name:
        return False
    bare = name.split(" ", 1)[1] if name.split()[0].lower() in _DEFINITE and " " in name else name
    inside = f" {bare} " in f" {subject} " or f" {bare}" == f" {subject}"[-len(bare) - 1 :]
    return inside and any(e.label == "PER" and e.text in (name, bare) for e in analysis.entities)


SINGULAR_MARGIN = 2.0  # Zipf: a noun this much more frequent than its plural is used in the singular only


def _unique(noun: Token) -> bool:
    """A noun a definite article does not point back with: one of a kind or a mass ("im
    Mittelmeer", "vom Tourismus", "die Landwirtschaft"), its plural rare or absent."""
    entry = noun_lexicon().lookup(noun.lemma or noun.text)
    if entry is None or noun.feature("Number") == "Plur":
        return False
    if entry.plural == "-":
        return True
    return bool(entry.plural) and zipf_frequency(entry.lemma) - zipf_frequency(entry.plural) >= SINGULAR_MARGIN


_UNITS = frozenset({"%", "Prozent", "‰"})


def _share_enumeration(sentence: Sentence, clause: Clause) -> bool:
    """A clause with shares or a colon ("verteilten sich auf Baltra (72 %) und San Cristóbal
    (28 %)", "Folgende Länder: …"): the rules cut such lists into garbled statements."""
    own = [_token(sentence, i) for i in sorted(clause.tokens)]
    if any(t.text == ":" for t in own):
        return True
    shares = sum(t.text in _UNITS for t in own)
    brackets = any(t.text == "(" for t in own) and any(t.tag == "CARD" or t.text[:1].isdigit() for t in own)
    return shares > 1 or (shares == 1 and brackets)


def _number_split(sentence: Sentence, clause: Clause) -> bool:
    """A number the rules parted from its noun or unit ("Baltra | 72", "bis 20 | Pollensäcke"):
    it ends one phrase while its noun starts the next, or it stands alone in a phrase of its own
    next to a noun."""
    for constituent in clause.constituents:
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        if not tokens or constituent.clause is not None:
            continue
        last = tokens[-1]
        following = _token(sentence, constituent.end) if constituent.end <= sentence.tokens[-1].i else None
        if last.tag == "CARD" and following is not None and following.i not in clause.verbs and (
                following.tag in ("NN", "ADJA") or following.text in _UNITS):
            return True
        numbers = [t for t in tokens if t.tag == "CARD"]
        if numbers and all(t.tag in ("CARD", "APPR", "ADV", "KON") for t in tokens) and not _year_only(numbers):
            return True  # "zwei" or "bis 20" alone: whose number?
    return False


def _year_only(numbers: list[Token]) -> bool:
    return all(re.fullmatch(r"1\d{3}|20\d{2}", t.text) for t in numbers)


def _reflexive_in_place(text: str, sentence: Sentence, clause: Clause) -> bool:
    """The reflexive right after the finite verb (or after a pronoun subject there):
    "Die Ankünfte verteilten sich 2009 …", never "verteilten 2009 sich"."""
    if clause.reflexive is None:
        return True
    reflexive = _token(sentence, clause.reflexive).text.lower()
    parsed = reparse(text)
    if parsed is None or not parsed.clauses or parsed.clauses[0].finite is None:
        return False
    words = [t.text.lower() for t in parsed.tokens]
    k = parsed.clauses[0].finite - parsed.tokens[0].i + 1
    if k < len(words) and words[k] in ("er", "sie", "es") and reflexive == "sich":
        k += 1
    return k < len(words) and words[k] == reflexive


def _copula(clause: Clause) -> bool:
    """A copula clause with a predicative: its word order carries the meaning."""
    return clause.lemma in ("sein", "werden", "bleiben") and bool(clause.role("predicative"))


def is_copy(prompt: str, evidence: str) -> bool:
    """A true statement a reader finds by matching: the sentence word for word, or its words
    only reordered (at most two left out, "aber", "auch")."""
    if is_verbatim(prompt, evidence):
        return True
    words, source = content_words(prompt), content_words(evidence)
    if not words:
        return False
    remaining = list(source)
    for word in words:
        if word not in remaining:
            return False
        remaining.remove(word)
    return len(remaining) <= 2



def _copied(base: Base) -> bool:
    """A copy of the sentence, or of the clause the statement was made from (the sentence minus
    an adverbial clause or a leading adverb, its words only reordered), also where a noun
    phrase only got the name it stands for ("auf den Inseln" → "auf den Galapagosinseln": a
    round 8 reader still called it "a word-for-word copy")."""
    return _copy_of(base.sentence, base.clause, base.text) or is_copy(base.text, _named_text(base.sentence, base.replace))


def _named_text(sentence: Sentence, replace: dict[tuple[int, int], str]) -> str:
    """The sentence with the noun phrases the statement names put in ("die Inseln" → "die
    Galapagosinseln"); a pronoun keeps its place (the name for a pronoun is a restatement)."""
    words = []
    for token in sentence.tokens:
        span = next(((a, b) for a, b in replace if a <= token.i < b), None)
        if span is None or (span[1] - span[0] == 1 and token.tag in ("PPER", "PPOSAT")):
            words.append(token.text)
        elif token.i == span[0]:
            words.append(replace[span])
    return " ".join(words)


_PERFECT_AUXILIARIES = frozenset({"hat", "haben", "ist", "sind", "worden"})


def _perfect_only(text: str, source_text: str) -> bool:
    """A restatement whose only new words are a perfect's auxiliary and participle ("Lina Medina
    hat … gelitten" for "litt"): less of a restatement than a change of voice."""
    source = set(content_words(source_text))
    new = [w for w in content_words(text) if w not in source]
    return bool(new) and len([w for w in new if w not in _PERFECT_AUXILIARIES]) <= 1


def _copy_of(sentence: Sentence, clause: Clause, text: str) -> bool:
    own = " ".join(_token(sentence, i).text for i in sorted(clause.tokens))
    return is_copy(text, sentence.text) or is_copy(text, own)


def candidates(analysis: Analysis, resolver: Resolver | None = None) -> list[Base]:
    """Every sentence's first clause that makes a self-contained statement, in text order,
    restated in other words where one of the restatements is not a copy of the sentence."""
    resolver = resolver or default_resolver()
    found: list[Base] = []
    for sentence in analysis.sentences:
        if not _usable(sentence):
            continue
        for clause in sentence.clauses:
            head = _relative_head(sentence, clause) if clause.kind == "relative" else None
            if clause.kind == "relative" and head is None or not _clause_ok(sentence, clause):
                continue
            if _cut_enumeration(sentence, clause):
                continue
            if _copula(clause) and clause.kind != "main":
                continue  # which phrase is the subject only the text's order shows
            if _split_by_rules(sentence, clause) or _drops_restriction(sentence, clause):
                continue
            if _share_enumeration(sentence, clause) or _number_split(sentence, clause):
                continue
            drop = _leave_out(sentence, clause)
            names = _names(analysis, sentence, clause, resolver) if drop is not None else None
            if names is not None and head is not None and clause.conjunction is not None:
                names[(clause.conjunction, clause.conjunction + 1)] = head  # "…, das heute in Russland liegt" → "Sibirien"
            named = tuple(c for c in clause.constituents if (c.start, c.end) in (names or {}))
            if drop is None or names is None or _without_referent(
                    analysis, sentence, clause, drop + named, _subject_text(sentence, clause, names), resolver):
                continue
            variants = [v for v in _variants(analysis, sentence, clause, names, drop, resolver)
                        if acceptable(v, replace(clause, lemma="haben") if MEASURED.search(v) else clause) and not cut_off(sentence, clause, v) and not _pair_split(v, sentence.text)
                        and _reflexive_in_place(v, sentence, clause)]
            if not variants:
                continue
            # a restatement in other words first (a true copy is never printed), else vary the
            # word order along the text
            # (a change of voice or of the names before a change of tense, which keeps every word
            # but the verb's)
            said = _named_text(sentence, names)
            retold = [v for v in variants if not _copy_of(sentence, clause, v) and not is_copy(v, said)]
            fresh = [v for v in retold if not _perfect_only(v, said)] or retold or [
                v for v in variants if not _copy_of(sentence, clause, v)] or [
                v for v in variants if not is_verbatim(v, sentence.text)]
            chosen = fresh[len(found) % len(fresh)] if fresh else variants[0]
            told = _perfect_only(chosen, said) and not _perfect_only(variants[0], said)
            found.append(Base(sentence, clause, names, drop, chosen, variants[0], told))
            break
    return found


# --- changes ------------------------------------------------------------------------------------

Change = tuple[str, str, str, str]  # prompt, answer, explanation, skill


def _cite(base: Base) -> str:
    return f"Im Text steht: „{base.sentence.text}“"


def _bare_phrase(analysis: Analysis, sentence: Sentence, constituent: Constituent) -> bool:
    """A name the same in nominative and accusative: names only, at most a plural/neuter article."""
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    words = [t for t in tokens if t.tag != "ART"]
    articles = [t for t in tokens if t.tag == "ART"]
    if not words or not all(t.tag == "NE" or t.ent_label for t in words) or constituent.preposition:
        return False
    return not articles or (len(articles) == 1 and tokens[0] is articles[0] and articles[0].text.lower() in ("die", "das"))


def _number(analysis: Analysis, sentence: Sentence, constituent: Constituent) -> str:
    text = render(sentence, constituent.start, constituent.end)
    bare = text.split(" ", 1)[1] if text.lower().startswith(("die ", "das ")) else text
    if bare in _PLURAL_NAMES or " und " in text:
        return "Plur"
    return _token(sentence, constituent.head).feature("Number") or ("Sing" if not text.lower().startswith("die ") else "")


def swap(analysis: Analysis, base: Base) -> Change | None:
    """Who did what to whom, the other way round: "Die USA beschuldigen Nordkorea" →
    "Nordkorea beschuldigt die USA" (falsch). Two names of one kind (two places, two people),
    each the same in both cases."""
    sentence, clause = base.sentence, base.clause
    subjects, objects = clause.role("subject"), clause.role("object_acc")
    if len(objects) != 1 or clause.reflexive is not None or clause.voice != "active" or clause.lemma in SYMMETRIC_VERBS:
        return None  # "Cornelia heiratet Suythof" says what "Suythof heiratet Cornelia" says
    subject, obj = subjects[0], objects[0]
    if not obj.sure or (subject.start, subject.end) in base.replace:
        return None
    if not (_bare_phrase(analysis, sentence, subject) and _bare_phrase(analysis, sentence, obj)):
        return None
    if _token(sentence, subject.end - 1).ent_label != _token(sentence, obj.end - 1).ent_label:
        return None  # "Die Galapagosinseln besuchten Charles Darwin": two of a kind only
    number = _number(analysis, sentence, obj)
    if number not in ("Sing", "Plur"):
        return None
    subject_text = render(sentence, subject.start, subject.end)
    object_text = render(sentence, obj.start, obj.end)
    if subject_text.lower() == object_text.lower():
        return None
    lowered = subject_text[:1].lower() + subject_text[1:] if subject_text.lower().startswith(("die ", "das ")) else subject_text
    spans = {**base.replace, (subject.start, subject.end): object_text, (obj.start, obj.end): lowered}
    prompt = declarative(sentence, clause, front=subject, replace=spans, drop=base.drop, number=number)
    if prompt is None:
        return None
    why = f"Falsch: {_cite(base)} Es ist umgekehrt."
    return prompt, FALSE, why, "statement-swap"


# Verbs whose two names may change places without changing what is said ("Suythof heiratet
# Cornelia" is "Cornelia heiratet Suythof", "Sofia grenzt an Pernik"): their names are not swapped.
SYMMETRIC_VERBS = frozenset({"heiraten", "treffen", "begegnen", "grenzen", "verbinden", "verheiraten", "spielen",
                             "kämpfen", "streiten", "verhandeln", "vergleichen", "ähneln", "gleichen", "entsprechen",
                             "teilen", "verloben", "trennen", "konkurrieren", "zusammenarbeiten", "kooperieren"})
# Prepositions and conjunctions before a name that pair it with another one: "mit Pernik",
# "zwischen Bern und Thun", "so groß wie Kreta" say the same the other way round.
_PAIRING = frozenset({"mit", "zwischen", "wie", "und", "sowie", "oder", "neben", "samt", "gegenüber"})


def _end_name(sentence: Sentence, constituent: Constituent) -> tuple[int, int, str] | None:
    """The name a phrase ends with, as a span and its label ("aus Amerika", "die Hauptstadt
    Astana"), when a preposition without an article, a title noun or nothing stands right
    before it: another name of its kind then fits the phrase's grammar."""
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    if not tokens or tokens[-1].tag != "NE" or not tokens[-1].ent_label:
        return None
    label = tokens[-1].ent_label
    k = len(tokens) - 1
    while k > 0 and tokens[k - 1].tag == "NE" and tokens[k - 1].ent_label == label:
        k -= 1
    if any(t.text.lower() in _PAIRING for t in tokens[:k]):
        return None
    if k > 0 and tokens[k - 1].tag not in ("APPR", "NN"):
        return None  # "der ganze Rhein", "vom Rhein": the name is the noun its article agrees with
    return tokens[k].i, tokens[-1].i + 1, label


def exchange(analysis: Analysis, base: Base, facts: tuple[Fact, ...]) -> Change | None:
    """Two names of the same kind in two phrases of the clause change places: "In Europa wurde
    Tabak aus Amerika als Medizin verwendet" → "In Amerika wurde Tabak aus Europa …", "Die
    Hauptstadt Astana wurde in Nursultan umbenannt" → "Nursultan wurde in Astana umbenannt"
    (falsch). The reader has to know which name stands in which role, not only that both occur.
    Only bare names (no article of their own, the words before them the same or a preposition),
    two people or two places of one class; not with a verb that says the same both ways
    (``SYMMETRIC_VERBS``), not in a negated or reflexive clause, not where another sentence
    names both (it may say the reverse). A name only in its base form ("Großbritanniens" is a
    genitive), never a predicative ("Astana ist die Hauptstadt" says who is who both ways)."""
    sentence, clause = base.sentence, base.clause
    known = {f.value for f in facts if f.kind == "entity"}
    if clause.negation is not None or clause.reflexive is not None or clause.lemma in SYMMETRIC_VERBS:
        return None
    found = []
    for constituent in clause.constituents:
        if constituent.clause is not None or constituent in base.drop or not constituent.sure or constituent.role == "predicative":
            continue
        if any(a < constituent.end and constituent.start < b for a, b in base.replace):
            continue
        name = _end_name(sentence, constituent)
        if name is not None and name[2] in ("PER", "LOC", "ORG") and render(sentence, name[0], name[1]) in known:
            found.append((constituent, name))
    for (first, (a0, a1, label)), (second, (b0, b1, other)) in combinations(found, 2):
        shown, moved = render(sentence, a0, a1), render(sentence, b0, b1)
        if label != other or shown in moved or moved in shown:
            continue
        if label == "LOC" and place_class(shown) != place_class(moved) or label == "PER" and len(shown.split()) != len(moved.split()):
            continue
        if "subject" in (first.role, second.role) and _number(analysis, sentence, first) != _number(analysis, sentence, second):
            continue
        if any(s is not sentence and shown in s.text and moved in s.text for s in analysis.sentences):
            continue  # another sentence names both: it may say it the other way round
        spans = {**base.replace, (a0, a1): moved, (b0, b1): shown}
        prompt = declarative(sentence, clause, front=_front(sentence, clause, base.drop), replace=spans, drop=base.drop)
        if prompt:
            why = f"Falsch: {_cite(base)} „{shown}“ und „{moved}“ sind vertauscht."
            return prompt, FALSE, why, "statement-swap"
    return None


def other_entity(analysis: Analysis, base: Base, facts: tuple[Fact, ...]) -> Change | None:
    """Another person or place of the text in place of one the statement names: "1865 baute
    Philipp Moritz Fischer …" → "1865 baute John Kemp Starley …" (falsch). A person only for a
    name the text shows to be a person's (``distractors.sure_person``, with as many name words),
    a place only for one of the same class and not with a verb of lasting properties (world
    knowledge decides "Kreta gehört zu Deutschland"); both bare names as the text writes them,
    no noun before the name ("der Sohn …"); never a name the text names together with the
    statement's verb or another of its nouns (it may be true of both)."""
    sentence, clause = base.sentence, base.clause
    if clause.lemma in _NAMING:
        return None  # "Das restliche Drittel heißt Parliament Street": a name, not who or where
    if _iterative(sentence, clause):
        return None
    for constituent in clause.constituents:
        if constituent.clause is not None or constituent in base.drop or not constituent.sure:
            continue
        if any(a < constituent.end and constituent.start < b for a, b in base.replace):
            continue
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        names = [t for t in tokens if t.tag == "NE" or t.ent_label]
        if not names or names[-1].i - names[0].i + 1 != len(names) or names[-1].i + 1 != constituent.end:
            continue  # the name ends the phrase ("in Hamburg", "Kim Jong Un"), nothing after it
        if any(t.tag == "NN" for t in tokens if t.i < names[0].i):
            continue  # "der Sohn Charles III.", "König Eduard VII.": the noun says who, another name may not fit it
        shown = render(sentence, names[0].i, names[-1].i + 1)
        entity = next((f for f in facts if f.kind == "entity" and f.sentence == sentence.index and f.value == shown), None)
        if entity is None or not bare_name(entity, analysis):
            continue
        if entity.label == "LOC" and clause.lemma in STATIC_VERBS:
            continue  # "Kreta gehört zu Deutschland": world knowledge decides a lasting property
        if entity.label == "PER" and constituent.role == "subject" and clause.lemma in SHARED_ACTIVITIES:
            continue  # another person may have done it too: not falsch; and not "steht nicht im Text"
            # either, since the text says who did it and a student may fairly call the swap falsch
            # (round-11 readers; "Martin Schongauer hat in Amsterdam … gearbeitet" for Rembrandt)
        for other in _same_kind_names(entity, facts, analysis):
            if other in sentence.text or other in base.text or _said_with(analysis, other, sentence, clause, (names[0].i, names[-1].i + 1)):
                continue
            spans = {**base.replace, (names[0].i, names[-1].i + 1): other}
            prompt = declarative(sentence, clause, front=_front(sentence, clause, base.drop), replace=spans, drop=base.drop)
            if prompt and other in prompt:
                why = f"Falsch: {_cite(base)} Dort steht „{shown}“, nicht „{other}“."
                return prompt, FALSE, why, "statement-entity"
    return None


_NAMING = frozenset({"heißen", "nennen", "bezeichnen", "taufen", "umbenennen"})
_ITERATIVE = frozenset({"häufig", "oft", "öfter", "öfters", "mehrmals", "mehrfach", "regelmäßig", "manchmal",
                        "wiederholt", "gelegentlich", "meist", "meistens", "immer"})


def _iterative(sentence: Sentence, clause: Clause) -> bool:
    """Does the clause tell of something done again and again ("reiste häufig nach
    Deutschland")? Done often in one place, it may be done in another too: another name there
    is no contradiction ("Lindbergh ist häufig nach Kanada gereist", judged a trick)."""
    return any(_token(sentence, i).text.lower() in _ITERATIVE for i in clause.tokens)


def _same_kind_names(entity: Fact, facts: tuple[Fact, ...], analysis: Analysis) -> list[str]:
    """Other people (sure ones, as many name words) or places of the same class, nearest first."""
    if entity.label == "PER" and not sure_person(entity, analysis):
        return []
    if entity.label == "LOC" and not place_class(entity.value):
        return []
    if entity.label not in ("PER", "LOC"):
        return []
    found = []
    for other in sorted(facts, key=lambda f: abs(f.sentence - entity.sentence)):
        if other.kind != "entity" or other.label != entity.label or other.value == entity.value:
            continue
        if entity.value in other.aliases or other.value in entity.aliases or set(other.value.split()) & set(entity.value.split()):
            continue  # "Charles Lindbergh" for "Lindbergh": the same person or family
        if entity.label == "PER" and (not sure_person(other, analysis) or len(other.value.split()) != len(entity.value.split())):
            continue
        if entity.label == "LOC" and place_class(other.value) != place_class(entity.value):
            continue
        if bare_name(other, analysis) and clean_name(other.value, analysis) and other.value not in found:
            found.append(other.value)
    return found


def _said_with(analysis: Analysis, name: str, sentence: Sentence, clause: Clause, span: tuple[int, int]) -> bool:
    """Does a sentence of the text name ``name`` together with the clause's verb or another of
    its nouns and names ("Schindler lebte … in Argentinien" → not "in Polen" when the text says
    Schindler had a factory in Poland)? Then the changed statement may be true as well."""
    own = {t.lemma.lower() for t in sentence.tokens
           if t.i in clause.tokens and not span[0] <= t.i < span[1] and (t.tag in ("NN", "NE") or t.i == clause.finite)}
    own.add(clause.lemma.lower())
    lemmas = _memo_of(analysis).lemmas
    return any(name in s.text and not own.isdisjoint(lemmas[k]) for k, s in enumerate(analysis.sentences))


# Definite articles by case and gender (P: plural), and the prepositions fused with one.
_DEFINITE_ARTICLES = {
    ("nom", "M"): "der", ("nom", "F"): "die", ("nom", "N"): "das", ("nom", "P"): "die",
    ("acc", "M"): "den", ("acc", "F"): "die", ("acc", "N"): "das", ("acc", "P"): "die",
    ("dat", "M"): "dem", ("dat", "F"): "der", ("dat", "N"): "dem", ("dat", "P"): "den",
}
_FUSED = {"im": ("in", "dem"), "am": ("an", "dem"), "zum": ("zu", "dem"), "zur": ("zu", "der"), "vom": ("von", "dem"),
          "beim": ("bei", "dem"), "ins": ("in", "das"), "ans": ("an", "das"), "aufs": ("auf", "das")}
_FUSE = {parts: fused for fused, parts in _FUSED.items()}
# Cases a preposition governs (the two-way ones both): what the article of another name must fit.
_GOVERNED = {
    **dict.fromkeys(("aus", "bei", "mit", "nach", "seit", "von", "zu", "gegenüber", "ab"), ("dat",)),
    **dict.fromkeys(("durch", "für", "gegen", "ohne", "um", "bis"), ("acc",)),
    **dict.fromkeys(("in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen"), ("dat", "acc")),
}
_ROLE_CASES = {"subject": ("nom",), "predicative": ("nom",), "object_acc": ("acc",), "object_dat": ("dat",)}


def _article_genders(article: str) -> set[str]:
    """The genders (P: plural) a definite article or fused preposition stands for in some case
    other than the genitive (a genitive name takes an ending: "des Rheins")."""
    article = _FUSED.get(article.lower(), ("", article.lower()))[1]
    return {gender for (_, gender), text in _DEFINITE_ARTICLES.items() if text == article}


class _TextMemo:
    """What the statement changes read of the whole text for every candidate, built once per
    article: each sentence's lemmas in lower case and each name's genders (``name_genders``
    scanned every word of the text once per pair of names, ``_said_with`` and
    ``_said_of_topic`` built every sentence's lemma set once per candidate)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.lemmas = [frozenset(t.lemma.lower() for t in s.tokens) for s in analysis.sentences]
        self.genders: dict[str, frozenset[str]] = {}


# The memo of the article whose statements are being made (one article at a time).
_memo_of: LastOne[Analysis, _TextMemo] = LastOne(_TextMemo)


def name_genders(analysis: Analysis, name: str) -> set[str]:
    """The genders every article before the name in the text allows ("die Aare", "der Aare":
    feminine; "den Bielersee", "vom Bielersee": masculine), plural only for a name written as
    one; empty when no article shows it (a bare name, or articles that contradict each other).
    Read once per article and name (``_memo_of``); a fresh set each call."""
    known = _memo_of(analysis).genders
    if name not in known:
        known[name] = frozenset(_name_genders(analysis, name))
    return set(known[name])


def _name_genders(analysis: Analysis, name: str) -> set[str]:
    """``name_genders`` read from the text."""
    words = name.split()
    found: set[str] | None = None
    for sentence in analysis.sentences:
        tokens = sentence.tokens
        for k in range(1, len(tokens) - len(words) + 1):
            if words and tokens[k].text != words[0] or [t.text for t in tokens[k : k + len(words)]] != words \
                    or tokens[k - 1].tag not in ("ART", "APPRART"):  # the first word before a list of every word
                continue
            allowed = _article_genders(tokens[k - 1].text)
            found = allowed if found is None else found & allowed
    if not found:
        return set()
    plural = name in _PLURAL_NAMES or any(
        t.text == words[-1] and t.feature("Number") == "Plur" for s in analysis.sentences for t in s.tokens)
    if plural:
        return found & {"P"}
    # a name with a plural's ending stays open to both ("den Alpen": a dative plural)
    return found if name.endswith(("en", "ln", "rn")) else found - {"P"}


COMMON_ZIPF = 4.0  # a word of everyday German ("See", "Kanal", "Land"), not a rare noun that ends a name by chance


def _head_noun(name: str) -> str:
    """The common noun a one-word name ends in ("Bielersee": See, "Hagneckkanal": Kanal), ""
    for none: a lake stands in for a lake, a river (no such noun) for a river."""
    word = name.split()[-1]
    for k in range(len(word) - 3, 2, -1):
        tail = word[k:].capitalize()
        if word[k:].islower() and noun_lexicon().is_noun(tail) and zipf_frequency(tail) >= COMMON_ZIPF:
            return tail
    return ""


Slot = tuple[int, int, str, str, tuple[str, ...], str]  # span, preposition, article, cases, name


def _article_slot(sentence: Sentence, constituent: Constituent, names: dict[tuple[int, int], str]) -> Slot | None:
    """A phrase that is only an article and a name ("den Rhein", "nach der Aare", "im
    Thunersee", a pronoun the statement names so: "sie" → "die Aare"): its span, the
    preposition ("" for none), the article, the cases the phrase may be in by its role or
    preposition, and the name."""
    named = names.get((constituent.start, constituent.end))
    if named is not None:
        article, _, name = named.partition(" ")
        if article not in _DEFINITE_ARTICLES.values() or not name or constituent.role not in _ROLE_CASES:
            return None
        return constituent.start, constituent.end, "", article, _ROLE_CASES[constituent.role], name
    if any(a < constituent.end and constituent.start < b for a, b in names):
        return None
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    if len(tokens) < 2 or tokens[-1].tag != "NE" or not tokens[-1].ent_label:
        return None
    k = len(tokens) - 1
    while k > 0 and tokens[k - 1].tag == "NE":
        k -= 1
    name = render(sentence, tokens[k].i, tokens[-1].i + 1)
    determiner = tokens[k - 1] if k > 0 else None
    if determiner is None or determiner.text.lower() not in _FUSED and (
            determiner.tag != "ART" or determiner.text.lower() not in _DEFINITE_ARTICLES.values()):
        return None
    before = tokens[: k - 1]
    if determiner.text.lower() in _FUSED:
        if before:
            return None
        preposition, article = _FUSED[determiner.text.lower()]
        return determiner.i, tokens[-1].i + 1, preposition, article, ("acc",) if article == "das" else ("dat",), name
    article = determiner.text.lower()
    if len(before) == 1 and before[0].tag == "APPR" and before[0].text.lower() in _GOVERNED:
        return before[0].i, tokens[-1].i + 1, before[0].text.lower(), article, _GOVERNED[before[0].text.lower()], name
    if not before and constituent.role in _ROLE_CASES:
        return determiner.i, tokens[-1].i + 1, "", article, _ROLE_CASES[constituent.role], name
    return None


def _article_for(preposition: str, cases: tuple[str, ...], genders: set[str]) -> str | None:
    """The article (fused with the preposition where German fuses it) that fits every case the
    slot may be in for every gender the name may have; None where they differ."""
    articles = {_DEFINITE_ARTICLES[(case, gender)] for case in cases for gender in genders}
    if len(articles) != 1:
        return None
    article = articles.pop()
    if not preposition:
        return article
    return _FUSE.get((preposition, article), f"{preposition} {article}")


def other_named_phrase(analysis: Analysis, base: Base, facts: tuple[Fact, ...]) -> Change | None:
    """Another name of the same kind the text writes with an article, in place of one the
    statement names so: "Der Kanton Aargau ist nach der Aare benannt" → "… nach dem Rhein
    benannt" (falsch). The article is made to fit the other name's gender (as the text's own
    articles show it) in the phrase's case; a lake only for a lake, a canal for a canal
    (``_head_noun``), places of one class. Nothing where the statement is about some things of
    a kind (``_some``: "Zahlreiche Brücken führen über den Rhein") or the other name would be
    the subject ("Der Rhein hat viele Überschwemmungen verursacht" in a text on the Aare):
    readers judged such "steht nicht im Text" a trick, since the text names who did it and
    falsch is defensible; nothing in a clause of repeated deeds (``_iterative``); not with a
    verb of lasting properties of a name (world knowledge decides "Die
    Galapagosinseln gehören zu Peru", "Der Rhein ist 288 Kilometer lang"), never a name the
    text names together with the statement's verb or another of its nouns (``_said_with``:
    it may be true of both)."""
    sentence, clause = base.sentence, base.clause
    if clause.lemma in _NAMING or clause.negation is not None or _iterative(sentence, clause):
        return None
    subject = clause.role("subject")[0]
    if _some(sentence, subject):
        return None
    named_subject = all(t.tag == "NE" for t in span_tokens(sentence, subject.start, subject.end))
    for constituent in clause.constituents:
        if constituent.clause is not None or constituent in base.drop or not constituent.sure:
            continue
        if constituent is subject:
            continue
        slot = _article_slot(sentence, constituent, base.replace)
        if slot is None:
            continue
        start, end, preposition, article, cases, shown = slot
        entity = next((f for f in facts if f.kind == "entity" and f.value == shown), None)
        if entity is None or entity.label == "LOC" and named_subject and clause.lemma in STATIC_VERBS:
            continue
        genders = name_genders(analysis, shown)
        cases = tuple(c for c in cases if any(_DEFINITE_ARTICLES[(c, g)] == article for g in genders))
        if not cases:
            continue  # the case is not sure
        kind = (entity.label, place_class(shown), _head_noun(shown))
        for other in facts:
            if other.kind != "entity" or other.value == shown or (other.label, place_class(other.value), _head_noun(other.value)) != kind:
                continue
            if kind[2] and name_genders(analysis, other.value) != genders:
                continue  # "der Thunersee", "die Nordsee": a lake and a sea
            if set(other.value.split()) & set(shown.split()) or not clean_name(other.value, analysis):
                continue
            if other.value in sentence.text or other.value in base.text or _said_with(
                    analysis, other.value, sentence, clause, (start, end)):
                continue  # "Bei Koblenz mündet die Aare in die Aare": the name a pronoun stood for
            words = _article_for(preposition, cases, name_genders(analysis, other.value))
            if words is None or ("P" in genders) != ("P" in name_genders(analysis, other.value)):
                continue  # the other name's gender is not sure, its article differs by case, or one is a plural
                # (a people or a range: "in der Canary Wharf" is not "in den Angelsachsen")
            spans = {**base.replace, (start, end): f"{words} {other.value}"}
            prompt = declarative(sentence, clause, front=_front(sentence, clause, base.drop), replace=spans, drop=base.drop)
            if not prompt or other.value not in prompt or constituent is not subject and not preposition and prompt.startswith(
                    words.capitalize() + " "):
                continue  # "Die Nordsee verlässt die Aare": an object in front that reads as the subject
            why = f"Falsch: {_cite(base)} Dort steht „{shown}“, nicht „{other.value}“."
            return prompt, FALSE, why, "statement-entity"
    return None


_INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})


def _some(sentence: Sentence, subject: Constituent) -> bool:
    """Is the subject some things of a kind ("Zahlreiche Brücken", "Ein Bärenpark"), not one
    thing the text names ("Die Aare", "Der Kanton Aargau")? What the text says of such things at
    one place it does not deny at another: the statement with another name is "steht nicht im
    Text", where of one named thing it is "falsch"."""
    first = _token(sentence, subject.start)
    head = _token(sentence, subject.head)
    return first.text.lower() in _INDEFINITE or head.tag == "NN" and first.tag in ("ADJA", "PIAT", "PIDAT", "CARD", "NN")


def _really_time(sentence: Sentence, constituent: Constituent) -> bool:
    """A time adverbial, not a place the rules took for one ("in der Mitte von Asien")."""
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    if any(t.ent_label == "LOC" for t in tokens):
        return False
    head = _token(sentence, constituent.head)
    return not (head.text in ("Mitte", "Anfang", "Ende", "Beginn") and tokens[-1].i != head.i)


def _fact_span(sentence: Sentence, fact: Fact) -> tuple[int, int] | None:
    tokens = [t for t in sentence.tokens if fact.start <= t.start and t.end <= fact.end]
    return (tokens[0].i, tokens[-1].i + 1) if tokens else None


def number_or_time(analysis: Analysis, base: Base, facts: tuple[Fact, ...], rng: random.Random) -> Change | None:
    """A number or a time of the clause swapped for another: falsch."""
    sentence, clause = base.sentence, base.clause
    own = set(clause.tokens)
    for fact in facts:
        if fact.sentence != sentence.index or fact.kind not in ("number", "time"):
            continue
        span = _fact_span(sentence, fact)
        if span is None or not all(i in own for i in range(*span)):
            continue
        inside = next((c for c in clause.constituents if c.start <= span[0] and span[1] <= c.end and c.clause is None), None)
        if fact.kind == "number" and (inside is None or _led_by_degree(sentence, span)):
            # "etwa | 600.000 Einwohner", "etwa 600.000 Einwohner": the number alone, in the phrase
            # that holds it, its degree word read as one (``_about``)
            digits = [t.i for t in span_tokens(sentence, *span) if t.tag == "CARD" and any(ch.isdigit() for ch in t.text)]
            span = (digits[0], digits[0] + 1) if len(digits) == 1 else span
            inside = next((c for c in clause.constituents if c.start <= span[0] and span[1] <= c.end and c.clause is None), None)
        if inside is None or inside in base.drop or any(a < span[1] and span[0] < b for a, b in base.replace):
            continue
        if fact.kind == "time" and _measured_state(sentence, clause, span):
            continue  # "hatte 2015 einen Selbstversorgungsgrad von 3,2 Prozent": in 2020 it may have too
        shown = render(sentence, *span)
        if fact.kind == "time" and approximate(sentence, span[0]):
            continue  # "rund 2000 Stück" is no year: "rund 2012 Stück" would be a digit trap
        if fact.kind == "time" and _day_or_month(shown):
            continue  # "Am 12. April 1832" for Februar: a date-spotting trap (round 8), not content
        about = fact.kind == "number" and _about(sentence, span[0])
        if fact.kind == "number" and (approximate(sentence, span[0]) and not about or statistic(shown)
                                      or any(w.lower() in APPROXIMATORS for w in shown.split()[:-1])):
            continue  # "mehr als 100" → "mehr als 150" may be true; "3.089" for "1.089" is a digit trap
        wrongs = [*_elsewhere(analysis, base, fact, facts, shown), *distractors_for(shown, sentence.text, analysis, facts, rng, 6)]
        if about:
            wrongs = [*wrongs, *_scaled(shown, rng)]
        for wrong in wrongs:
            if wrong == shown or wrong in sentence.text:
                continue
            if fact.kind == "number" and not clearly_different(shown, wrong, ABOUT_FACTOR if about else 1.3):
                continue
            if not plausible_time(shown, wrong, sentence.text) or _one_digit_apart(shown, wrong):
                continue
            spans = {**base.replace, span: wrong}
            prompt = declarative(sentence, clause, front=_front_for(clause, inside), replace=spans, drop=base.drop)
            before = _token(sentence, span[0] - 1).text if span[0] > sentence.tokens[0].i else ""
            if prompt and about and f"{before} {wrong}" not in prompt:
                continue  # "4.000 Menschen lebten … rund": the approximator left behind
            if prompt and wrong in prompt:
                why = f"Falsch: {_cite(base)} Dort steht „{shown}“, nicht „{wrong}“."
                return prompt, FALSE, why, "statement-number"
    return None


def _led_by_degree(sentence: Sentence, span: tuple[int, int]) -> bool:
    """Does a number's span open with a degree word ("etwa 600.000 Einwohner")? Then the number
    alone is changed and the word kept: the fact read whole would count "etwa" as a bound and
    leave "Kreta hat etwa 600.000 Einwohner" without a changed version."""
    words = [t.text.lower() for t in span_tokens(sentence, *span)]
    return words[0] in APPROXIMATORS and not _SCALE_WORDS & set(words)


# Words of a number's scale: "rund 1 Million" changed in its digit alone gives "3 Million".
_SCALE_WORDS = frozenset({"million", "millionen", "milliarde", "milliarden", "billion", "billionen", "mio.", "mrd."})


def _elsewhere(analysis: Analysis, base: Base, fact: Fact, facts: tuple[Fact, ...], shown: str) -> list[str]:
    """Numbers and times of the same form that the text gives for something else, nearest
    first: "Kreta hat etwa 600.000 Einwohner" → "… 140.000 Einwohner" where another sentence
    says "Heraklion hat 140.000 Einwohner". Found in the text, the changed figure cannot be
    ruled out by scanning for digits; the reader has to see what it belongs to."""
    shape = re.sub(r"[\d.,]+", "N", shown)
    found = []
    for other in sorted(facts, key=lambda f: abs(f.sentence - base.sentence.index)):
        if other.kind != fact.kind or other.sentence == base.sentence.index or re.sub(r"[\d.,]+", "N", other.text) != shape:
            continue
        if other.text == shown or other.text in found or not _about_else(base, analysis.sentences[other.sentence]):
            continue
        if fact.kind == "number" and (statistic(other.text) or _far(shown, other.text)):
            continue  # "620 Kilometer lang" → "12.012 Kilometer": a figure of another scale is no trap
        found.append(other.text)
    return found


ELSEWHERE_FACTOR = 5.0  # a figure from elsewhere at most this far from the true one: plausible for the same thing


def _far(shown: str, other: str) -> bool:
    a, b = _value(shown), _value(other)
    return a is None or b is None or a <= 0 or b <= 0 or max(a, b) / min(a, b) > ELSEWHERE_FACTOR


def _about_else(base: Base, there: Sentence) -> bool:
    """Is the other sentence about something else than the statement? Not when it names the
    statement's subject or uses its verb, nor when it has a personal pronoun: it may tell the
    same thing at another time ("1900 hatte die Insel 300.000 Einwohner")."""
    sentence, clause = base.sentence, base.clause
    subject = clause.role("subject")[0]
    own = {t.lemma.lower() for t in span_tokens(sentence, subject.start, subject.end) if t.tag in ("NN", "NE")}
    own |= {w.lower() for w in base.replace.get((subject.start, subject.end), "").split()} - _DEFINITE
    own.add(clause.lemma.lower())
    return not own & {t.lemma.lower() for t in there.tokens} and not any(t.tag in ("PPER", "PPOSAT") for t in there.tokens)

# Verbs of a state that a figure measures: the same figure may hold in other years as well.
STATE_VERBS = frozenset({"haben", "sein", "betragen", "leben", "wohnen", "liegen", "zählen", "geben", "umfassen",
                         "besitzen", "erreichen", "beschäftigen", "gehören"})


def _measured_state(sentence: Sentence, clause: Clause, span: tuple[int, int]) -> bool:
    """A year of a clause that states a measured figure ("Die Schweiz hatte 2015 einen
    Selbstversorgungsgrad von 3,2 Prozent"): another year makes a statement the text does not
    rule out, not a false one (a reader: "falsch cannot be proved from the text")."""
    if clause.lemma not in STATE_VERBS:
        return False
    return any(t.tag == "CARD" and any(ch.isdigit() for ch in t.text) and not span[0] <= t.i < span[1]
               for t in sentence.tokens if t.i in set(clause.tokens))


def _day_or_month(shown: str) -> bool:
    """A time with a day or a month ("am 12. Februar 1832", "im Juni 2007", "15.5.")."""
    return bool(_DAY_MONTH.search(shown)) or any(word.lower().strip(".,") in _MONTHS for word in shown.split())


def _one_digit_apart(shown: str, wrong: str) -> bool:
    """"1373" → "1363", "Dezember 1971" → "Dezember 1981": a trap for the eye, not a change a
    reader notices by understanding (readers judged every such statement bad)."""
    first, second = re.findall(r"\d", shown), re.findall(r"\d", wrong)
    return len(first) == len(second) >= 2 and sum(a != b for a, b in zip(first, second, strict=True)) == 1


_YEAR = re.compile(r"(?<![\d.,])(1\d{3}|20\d{2})(?![\d,]|\.\d)")
_MONTHS = {"januar": 31, "jänner": 31, "februar": 29, "märz": 31, "april": 30, "mai": 31, "juni": 30, "juli": 31,
           "august": 31, "september": 30, "oktober": 31, "november": 30, "dezember": 31}
_DAY_MONTH = re.compile(r"(\d{1,2})\.\s*(?:(\d{1,2})\.|(" + "|".join(_MONTHS) + r"))", re.IGNORECASE)


def _valid_date(text: str) -> bool:
    """Every "15. Mai" / "15.5." in the text is a day the month has."""
    for match in _DAY_MONTH.finditer(text):
        day = int(match.group(1))
        if match.group(2):
            month = int(match.group(2))
            if not 1 <= month <= 12:
                return False
            limit = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
        else:
            limit = _MONTHS[match.group(3).lower()]
        if not 1 <= day <= limit:
            return False
    return True


def plausible_time(shown: str, wrong: str, source: str, this_year: int | None = None) -> bool:
    """Is the changed year or date one a reader cannot rule out without the text? A year stays
    in its century, is not in the future, keeps its order with the sentence's other years and
    lies at least five years away; a changed day or month is a real date."""
    if not _valid_date(wrong):
        return False
    old, new = _YEAR.findall(shown), _YEAR.findall(wrong)
    if len(old) != len(new):
        return not old and not new
    this_year = this_year or datetime.date.today().year
    others = [int(y) for y in _YEAR.findall(source) if y not in old]
    for a, b in ((int(x), int(y)) for x, y in zip(old, new, strict=True)):
        if a == b:
            continue
        if a // 100 != b // 100 or b > this_year or abs(a - b) < 5:
            return False
        if any((a < y) != (b < y) or (a > y) != (b > y) for y in others):
            return False
    return True


def _front_for(clause: Clause, changed: Constituent) -> Constituent:
    """The subject in front, unless the changed phrase is a time or place that stood there
    (or the clause is a copula clause, which keeps the text's order)."""
    if _copula(clause):
        return next((c for c in clause.constituents if c.field == "vorfeld"), clause.role("subject")[0])
    return changed if changed.field == "vorfeld" and changed.role in ("time", "place") else clause.role("subject")[0]


# Opposites whose swap makes the statement false and stays grammatical: predicative or adverbial
# adjectives (no ending), their comparatives, superlative stems (the ending is kept) and the
# points of the compass. Words with two readings ("früher": formerly) are not listed, nor the
# frequencies oft / häufig / selten: of the 36 verdicts on such flips (rounds 3 to 18: "Moderne
# Scheunen sind selten riesig.", "Bei nachtblühenden Arten ist selten die erhöhte Luftfeuchtigkeit
# am Abend der Auslöser.") 14 were bad, "tests whether students can spot the changed word", and
# no flip of a frequency needs to know what the sentence is about; the compass, superlative and
# judgement flips ("im Osten", "der ärmsten Adelsfamilien", "unbeliebt") were good all three times.
# Comparatives and points of the compass with their opposite. Only these are turned: what is
# longer or further north than something else, or where it lies, only the text decides. An
# adjective turned into its opposite ("riesig" → "winzig", "wichtig" → "unwichtig") and a
# quantity turned round ("viele" → "nur wenige") are not: round 23 readers judged nearly all such
# traps edit or bad, common sense answers them ("Moderne Scheunen sind oft winzig").
_OPPOSITES = {
    "größer": "kleiner", "kleiner": "größer", "länger": "kürzer", "kürzer": "länger", "höher": "niedriger",
    "niedriger": "höher", "wärmer": "kälter", "kälter": "wärmer", "schneller": "langsamer", "langsamer": "schneller",
    "leichter": "schwerer", "schwerer": "leichter", "älter": "jünger", "jünger": "älter", "häufiger": "seltener",
    "seltener": "häufiger", "teurer": "billiger", "billiger": "teurer", "besser": "schlechter", "schlechter": "besser",
    "Norden": "Süden", "Süden": "Norden", "Osten": "Westen", "Westen": "Osten", "Nordosten": "Südwesten",
    "Südwesten": "Nordosten", "Nordwesten": "Südosten", "Südosten": "Nordwesten",
}
_COMPASS_STEMS = {"nördlich": "südlich", "südlich": "nördlich", "östlich": "westlich", "westlich": "östlich"}
# Verbs whose opposite is another verb of the same valency and the same auxiliary: "Die
# Bevölkerung nimmt zu" → "nimmt ab", "haben … bestritten" → "bestätigt". What happened, turned
# round: the reader must know the event, not spot a word of a detail. Verbs with a second everyday
# reading ("schließen": to conclude, "verlieren" of sap or leaves, "bestreiten" of a match) are not
# listed, nor pairs whose particles differ, nor pairs that do not exclude each other (beginnen,
# enden: what begins with the Saturday ends with another day, which a reader must infer, judged
# bad; what began in 1950 may have ended then, or when the text never says).
_VERB_OPPOSITES = {
    "zunehmen": "abnehmen", "abnehmen": "zunehmen", "steigen": "sinken", "sinken": "steigen",
    "gewinnen": "verlieren", "erlauben": "verbieten",
    "verbieten": "erlauben", "kaufen": "verkaufen", "verkaufen": "kaufen", "erhöhen": "senken",
    "senken": "erhöhen", "vergrößern": "verkleinern", "verkleinern": "vergrößern", "importieren": "exportieren",
    "exportieren": "importieren", "bestätigen": "bestreiten", "unterstützen": "bekämpfen",
    "lieben": "hassen", "hassen": "lieben", "öffnen": "schließen",
}


_COPULAS = frozenset({"sein", "werden", "bleiben", "wirken", "scheinen", "gelten"})
JARGON_ZIPF = 1.0  # a noun rarer than this is a specialist's word ("Mikrosporophyll": 0)


def _jargon(sentence: Sentence, clause: Clause) -> bool:
    """Does the clause name a thing by a word almost no text uses ("Bei Ephedra ist das
    Mikrosporophyll häufig gegabelt")? One word turned into its opposite there tests word
    matching in a detail that means nothing to a learner (a round 8 reader: bad)."""
    nouns = [_token(sentence, i) for i in clause.tokens if _token(sentence, i).tag == "NN"]
    return any(max(zipf_frequency(t.text), zipf_frequency(t.lemma or t.text)) < JARGON_ZIPF for t in nouns)


def _opposite_word(sentence: Sentence, token: Token) -> str | None:
    """The opposite of a word where it decides what the clause states: a point of the compass
    ("im Westen", "nördlich von"), a comparative with "als" ("länger als")."""
    word = token.text
    if token.tag == "NE" or "-" in word:
        return None
    if word in _OPPOSITES:
        after = _token(sentence, token.i + 1) if token.i < sentence.tokens[-1].i else None
        compass = word[:1].isupper() and token.tag == "NN"
        comparative = after is not None and after.text == "als"
        return _OPPOSITES[word] if compass or comparative else None
    for stem, other in _COMPASS_STEMS.items():
        if word.lower().startswith(stem) and token.tag in ("ADJA", "ADJD") and (word.islower() or token.i == sentence.tokens[0].i):
            return other + word[len(stem):]
    return None


def _verb_forms(lemma: str) -> dict[str, str] | None:
    """A verb's written forms (finite, infinitive, participle) by what they are, and its
    separated particle ("": none)."""
    parts = principal_parts(lemma)
    singular, plural = finite_form(lemma, "Sing", past=False), finite_form(lemma, "Plur", past=False)
    past_singular, past_plural = finite_form(lemma, "Sing", past=True), finite_form(lemma, "Plur", past=True)
    if parts is None or None in (singular, plural, past_singular, past_plural):
        return None
    forms = {"sing": singular[0], "plur": plural[0], "past_sing": past_singular[0], "past_plur": past_plural[0],
             "infinitive": lemma, "participle": parts.participle}
    return {**forms, "particle": parts.prefix, "auxiliary": parts.auxiliary}


def _turn_verb(prompt: str, lemma: str) -> str | None:
    """The statement with its verb turned into the opposite one (``_VERB_OPPOSITES``): the
    finite form, the participle or infinitive at the end and a separated particle each become
    the other verb's form of the same kind. None where not exactly one form of the verb is
    found, or the two verbs differ in particle or auxiliary (the rest would no longer fit)."""
    other = _VERB_OPPOSITES.get(lemma)
    old, new = _verb_forms(lemma), _verb_forms(other) if other else None
    if old is None or new is None or bool(old["particle"]) != bool(new["particle"]) or old["auxiliary"] != new["auxiliary"]:
        return None
    words = prompt.rstrip(".").split(" ")
    last = len(words) - 1
    if old["particle"] and words[last] == old["particle"]:
        words[last] = new["particle"]
        last -= 1
    turned = 0
    for k, word in enumerate(words):
        kinds = ("participle", "infinitive") if k == last else ("sing", "plur", "past_sing", "past_plur")
        kind = next((kind for kind in kinds if old[kind] == word), None) if k > 0 else None
        if kind is not None:
            words[k] = new[kind]
            turned += 1
    turned_prompt = " ".join(words) + "."
    return turned_prompt if turned == 1 and turned_prompt != prompt else None


def opposite(analysis: Analysis, base: Base) -> Change | None:
    """A point of the compass, a comparative or a verb turned into its opposite: "im Westen" →
    "im Osten", "länger als" → "kürzer als", "nimmt zu" → "nimmt ab" (falsch). Not in a negated
    clause (a double turn), not when the opposite stands in the sentence too (the text may say
    both), not in an expert's detail (``_jargon``)."""
    sentence, clause = base.sentence, base.clause
    if clause.negation is not None or _jargon(sentence, clause):
        return None
    words = {t.text.lower() for t in sentence.tokens}
    for i in clause.tokens:
        token = _token(sentence, i)
        other = _opposite_word(sentence, token)
        if other is None or other.lower() in words or any(d.start <= i < d.end for d in base.drop):
            continue
        if i > sentence.tokens[0].i and _token(sentence, i - 1).text.lower() in ("wenig", "kaum", "nicht", "nie"):
            continue  # "kaum größer" → "kaum kleiner": a double turn no reader can decide
        if any(a <= i < b for a, b in base.replace):
            continue
        spans = {**base.replace, (i, i + 1): other}
        prompt = declarative(sentence, clause, front=_front(sentence, clause, base.drop), replace=spans, drop=base.drop)
        if prompt and other in prompt:
            why = f"Falsch: {_cite(base)} Dort steht „{token.text}“, nicht „{other}“."
            return prompt, FALSE, why, "statement-opposite"
    return _turned_verb(base)


def _turned_verb(base: Base) -> Change | None:
    """The statement with its verb's opposite ("Die Wohnbevölkerung nimmt ab" for "… nimmt zu").
    Not for a statement retold in the Perfekt (its changed version would keep the Präteritum
    and the tense would tell the two apart)."""
    sentence, clause = base.sentence, base.clause
    if base.perfect or clause.lemma not in _VERB_OPPOSITES:
        return None
    front = _front(sentence, clause, base.drop)
    said = declarative(sentence, clause, front=front, replace=base.replace, drop=base.drop)
    prompt = _turn_verb(said, clause.lemma) if said else None
    other = _VERB_OPPOSITES[clause.lemma]
    if prompt is None:
        return None
    why = f"Falsch: {_cite(base)} Dort steht „{clause.lemma}“, nicht „{other}“."
    return prompt, FALSE, why, "statement-opposite"


# --- negation -----------------------------------------------------------------------------------

# Words whose scope a negation would cross or share: "nicht nur", "schon nicht", "nicht alle",
# "nicht oft" say something else than the statement's opposite, or nothing a reader can decide.
_SCOPE_WORDS = frozenset({"nicht", "nie", "niemals", "nirgends", "niemand", "nichts", "kaum", "nur", "auch", "sogar",
                          "schon", "bereits", "noch", "erst", "alle", "allen", "aller", "alles", "jeder", "jede",
                          "jedes", "jeden", "jedem", "immer", "oft", "häufig", "meist", "meistens", "selten",
                          "manchmal", "viele", "vielen", "einige", "einigen", "manche", "mehrere", "wenige",
                          "wenigen", "mehr", "weniger", "meisten", "etwa", "rund", "fast", "ungefähr", "ca.",
                          "gerne", "gern", "sehr", "besonders", "vor", "allem", "z.", "zum", "beispiel", "oder",
                          "sowohl", "weder", "entweder", "zwar", "aber", "jedoch", "sondern", "insgesamt", "genau",
                          "ebenfalls", "wieder", "außerdem", "zudem", "damit", "dabei", "jemals"})
_KEIN = {"ein": "kein", "eine": "keine", "einen": "keinen", "einem": "keinem", "einer": "keiner", "eines": "keines"}
# Roles the "nicht" of a sentence negation goes before: what the verb says, not who or when.
_BEFORE_NICHT = frozenset({"predicative", "object_prep", "direction", "place", "origin", "manner", "complement",
                           "purpose", "adverbial"})
# At most this many statements a negation made false: "nicht" and "kein" alone give the answer away
# when every false statement has one (rounds 6 to 11: 22 such judged, none good on sheets of them).
NEGATIONS = 1


def negated(analysis: Analysis, base: Base) -> Change | None:
    """The statement denied: "Die Aare macht einen Bogen um die Altstadt" → "Die Aare macht
    keinen Bogen um die Altstadt", "Kreta gehört zu Griechenland" → "Kreta gehört nicht zu
    Griechenland" (falsch). An indefinite article of the object or predicative turns into "kein";
    otherwise "nicht" stands before the first phrase of what the verb says (a predicative, a
    prepositional object, a place or direction, a manner), or before the verbs at the end, or
    closes the clause. Only in one main clause without a word whose scope the negation would
    share ("nur", "auch", "schon", "viele", "immer" …: "nicht nur" is not the opposite), not in a
    clause the text negates already, and the result must read as a well-formed statement."""
    sentence, clause = base.sentence, base.clause
    if clause.kind != "main" or _iterative(sentence, clause) or not _restated(base):
        return None  # a copy with "nicht" put in or taken out is found by matching (round 26: "Der Kanton
        # Aargau ist nicht nach der Aare benannt", "Eine Zeiteinheit ist eine Woche nicht": bad)
    if _about_a_name(sentence, clause):
        return None
    text = base.text
    if clause.negation is not None:
        return _affirmed(base)
    if len(text.split()) > 12 or any(w.lower().strip(".,") in _SCOPE_WORDS for w in text.split()) or any(
            t.text.lower() in ("kein", "keine", "keinen", "keinem", "keiner", "nicht", "nie") for t in sentence.tokens):
        return None
    parsed = reparse(text)
    if parsed is None or len(parsed.clauses) != 1 or parsed.clauses[0].finite is None or not parsed.clauses[0].sure:
        return None
    said = parsed.clauses[0]
    tokens = list(parsed.tokens)
    first = tokens[0].i
    words = [t.text for t in tokens]
    assert said.finite is not None  # checked above
    finite = said.finite - first
    if any(c.field == "vorfeld" and c.role in ("object_acc", "object_dat") for c in said.constituents):
        return None  # "Den Thunersee verlässt die Aare nicht bei Thun": the object in front makes it a contrast
    predicative = {i - first for c in said.role("predicative") for i in range(c.start, c.end)}
    if any(t.tag in ("ADV", "ADJD", "PTKNEG", "PIAT", "PIDAT", "PIS") and k not in predicative for k, t in enumerate(tokens)):
        return None  # "präziser nicht ausgeführt", "zunehmend nicht erschöpft": an adverb takes the negation's place
    for constituent in said.role("object_acc"):
        head = tokens[constituent.start - first]
        if head.tag == "NN" and head.feature("Number") == "Plur" and constituent.start - first > finite:
            k = constituent.start - first  # "hat Munitionsfabriken besucht" → "hat keine Munitionsfabriken besucht"
            return _negation(base, [*words[:k], "keine", *words[k:]], "„keine …“")
        if head.tag not in ("ART", "NE", "PPER", "PPOSAT", "PDAT") or head.tag == "ART" and head.text.lower() not in {*_KEIN, *_DEFINITE}:
            return None  # "stellt hohe Ansprüche", "hat Dokumente gefälscht": only "keine hohen Ansprüche" denies it
    # an indefinite article of an object or predicative in the Mittelfeld → "kein"
    for constituent in said.constituents:
        if constituent.role not in ("object_acc", "predicative") or constituent.start - first <= finite:
            continue
        k = constituent.start - first
        if tokens[k].tag == "ART" and tokens[k].text.lower() in _KEIN:
            new = [*words[:k], _KEIN[tokens[k].text.lower()], *words[k + 1:]]
            return _negation(base, new, f"„{tokens[k].text} …“ → „{_KEIN[tokens[k].text.lower()]} …“")
    stops = [c.start - first for c in said.constituents if c.role in _BEFORE_NICHT and c.start - first > finite]
    stops += [i - first for i in said.verbs if i - first > finite]
    stops += [k for k, t in enumerate(tokens) if t.tag == "PTKVZ" and k > finite]
    end = len(words) - 1 if words[-1] == "." else len(words)
    k = min(stops, default=end)
    if k == end and (clause.lemma in _COPULAS or said.lemma in _COPULAS):
        return None  # "Eine Zeiteinheit ist eine Woche nicht": a predicative the parse did not see
    if k <= finite or k == end and any(t.tag in ("APPR", "APPRART") for t in tokens[finite + 1:]):
        return None  # "Zahlreiche Brücken führen über die Aare nicht": a phrase the rules gave no role
    after = [c for c in said.constituents if c.start - first > k and c.role not in ("subject",)]
    if k < end and tokens[k].i not in said.verbs and tokens[k].tag != "PTKVZ" and len(after) > 0:
        return None  # "nicht in San Diego kontaktiert" after more phrases: which one is denied?
    new = [*words[:k], "nicht", *words[k:]]
    return _negation(base, new, "„nicht“")


_NAMED_ROLES = frozenset({"object_acc", "object_dat", "object_prep", "predicative"})


def _about_a_name(sentence: Sentence, clause: Clause) -> bool:
    """Is the clause's point a name: a verb of naming ("Er nannte die Inseln Archipielago del
    Ecuador"), or an object or predicative that is a name ("Kreta gehört zu Griechenland", "Sie
    heiratete Pierre Curie")? Denied, it asks whether the reader spots the name, and the text's
    sentence with "nicht" put in is all it tests (round 27, Galapagos: "Jose de Villamil hat die
    Inseln Archipielago del Ecuador nicht genannt", bad)."""
    if clause.lemma in _NAMING or clause.lemma == "benennen":
        return True
    return any(c.role in _NAMED_ROLES and _token(sentence, c.head).tag == "NE" for c in clause.constituents)


# Words after "nicht" that make one phrase with it: without "nicht" the rest says something else
# or nothing ("nicht mehr", "nicht nur … sondern", "nicht immer", "nicht alle").
_WITH_NICHT = frozenset({"nur", "mehr", "immer", "ganz", "so", "sehr", "einmal", "zuletzt", "selten", "weit", "lange",
                         "viel", "viele", "wenige", "alle", "jeder", "jede", "jedes", "unbedingt", "ohne", "zu",
                         "weniger", "minder", "gerade", "genau", "überall", "oft", "mal"})


def _affirmed(base: Base) -> Change | None:
    """A statement the text negates with "nicht", told without it: "Die genaue Fluchtroute von
    Harriet Tubman ist nicht bekannt" → "… ist bekannt" (falsch). A false statement without
    "nicht" on a sheet that has a denied one keeps "nicht" from being the sign of falsch. Only a
    single "nicht" that negates the clause, not "nicht mehr", "nicht nur … sondern", "kein"."""
    words = base.text.rstrip(".").split(" ")
    said = base.sentence.text.lower()
    if [w.lower() for w in words].count("nicht") != 1 or "sondern" in said or re.search(r"\b(kein\w*|nie|niemals|nichts)\b", said):
        return None
    k = [w.lower() for w in words].index("nicht")
    if k == 0 or k + 1 < len(words) and words[k + 1].lower() in _WITH_NICHT or any(
            w.lower() in _SCOPE_WORDS - {"nicht"} for w in words):
        return None
    prompt = " ".join([*words[:k], *words[k + 1:]]) + "."
    if not acceptable(prompt, base.clause):
        return None
    why = f"Falsch: {_cite(base)} Dort steht „nicht“."
    return prompt, FALSE, why, "statement-affirmed"


def _negation(base: Base, words: list[str], what: str) -> Change | None:
    prompt = " ".join(words).replace(" .", ".").replace(" ,", ",")
    if not prompt.endswith("."):
        prompt += "."
    if not acceptable(prompt, base.clause):
        return None
    why = f"Falsch: {_cite(base)} Der Satz verneint, was der Text sagt ({what})."
    return prompt, FALSE, why, "statement-negation"


# Activities several people do alike: that the text tells one person's does not rule out
# another's ("Martin Kamen arbeitete im Manhattan Project" says nothing of Arthur Compton). A
# statement that gives the activity to another person of the text is neither confirmed nor
# contradicted: steht nicht im Text. Verbs of a unique deed (bauen, gründen, erfinden, gewinnen,
# heiraten, gebären …) are not here: another doer there contradicts the text (falsch, ``other_entity``).
SHARED_ACTIVITIES = frozenset({
    "arbeiten", "studieren", "lernen", "lehren", "unterrichten", "forschen", "untersuchen", "leben", "wohnen",
    "besuchen", "reisen", "fahren", "fliegen", "segeln", "wandern", "gehen", "ziehen", "zurückkehren", "umziehen",
    "teilnehmen", "spielen", "auftreten", "singen", "kämpfen", "dienen", "leiden", "erkranken", "nutzen",
    "benutzen", "verwenden", "lesen", "treffen", "sehen", "erleben", "besichtigen", "unterstützen", "helfen",
    "sprechen", "erhalten", "bekommen", "übernachten", "flüchten", "fliehen", "auswandern", "einwandern",
})
_OWN_WORDS = frozenset({"PPOSAT", "PPER", "PDS", "PRF"})


def _person_subject(analysis: Analysis, base: Base, facts: tuple[Fact, ...]) -> tuple[str, Fact] | None:
    """The statement's subject as it stands in it and the person it names: one singular name the
    text shows to be a person's (``distractors.sure_person``), or the name for a pronoun."""
    sentence, clause = base.sentence, base.clause
    subject = clause.role("subject")[0]
    if (subject.start, subject.end) in base.replace:
        shown = base.replace[(subject.start, subject.end)]
    else:
        tokens = span_tokens(sentence, subject.start, subject.end)
        if not tokens or not all(t.ent_label == "PER" and t.tag == "NE" for t in tokens):
            return None
        shown = render(sentence, subject.start, subject.end)
    person = next((f for f in facts if f.kind == "entity" and f.label == "PER" and (f.value == shown or shown in f.aliases)), None)
    if person is None or not sure_person(person, analysis) or clause.number != "Sing":
        return None
    return shown, person


def _topic(analysis: Analysis, facts: tuple[Fact, ...]) -> Fact | None:
    """The person or place the title names ("Charles Lindbergh", "Kreta"), as the text names
    it without an article."""
    title = analysis.article.title.replace("_", " ")
    for fact in facts:
        if fact.kind == "entity" and fact.label in ("PER", "LOC") and (fact.value in title or title in fact.aliases) and bare_name(fact, analysis):
            return fact
    return None


def _said_of_topic(analysis: Analysis, topic: Fact, sentence: Sentence, clause: Clause, other: str) -> bool:
    """Might the text say the donor clause of its topic too? A sentence that may be about the
    topic (it names it, or has a personal pronoun that may stand for it) uses the clause's verb,
    or one of its nouns or names where it does not name ``other``, the one the clause is about."""
    lemmas = {t.lemma.lower() for t in sentence.tokens if t.i in clause.tokens and t.tag in ("NN", "NE") and other not in t.text}
    verb = clause.lemma.lower()
    names = {topic.value, *topic.aliases}
    for s, own in zip(analysis.sentences, _memo_of(analysis).lemmas, strict=True):
        if s is sentence:
            continue
        about = any(n in s.text for n in names) or any(t.tag in ("PPER", "PPOSAT") for t in s.tokens)
        if about and verb in own or lemmas & own and other not in s.text:
            return True
    return False


def not_in_text(analysis: Analysis, base: Base, facts: tuple[Fact, ...]) -> Change | None:
    """Steht nicht im Text: what the text says of another person or place of the topic's kind,
    said of the topic ("Pieter Lastman lebte in Rom" → "Rembrandt lebte in Rom" in a text on
    Rembrandt that never says where Rembrandt lived, nor uses "leben" elsewhere). A statement a
    reader who only matches names calls richtig or falsch, a reader who knows what the text
    says of whom rejects. Only when the clause's verb and its other nouns stand in no other
    sentence (``_said_of_topic``: the text may say it of the topic), not with a verb of lasting
    properties (world knowledge decides "Kreta liegt in Asien"), not in a negated clause; the
    other entity is a sure person for a person topic, a place of the same class for a place."""
    topic = _topic(analysis, facts)
    sentence, clause = base.sentence, base.clause
    if topic is None or clause.negation is not None or clause.lemma in STATIC_VERBS | _COPULAS | STATE_VERBS or clause.number != "Sing":
        return None
    subject = clause.role("subject")[0]
    span = (subject.start, subject.end)
    shown = base.replace.get(span) or render(sentence, *span)
    entity = next((f for f in facts if f.kind == "entity" and shown in (f.value, *f.aliases) and f.label == topic.label), None)
    if entity is None or entity.value == topic.value or topic.value in sentence.text or not bare_name(entity, analysis):
        return None
    if span not in base.replace and not all(t.tag == "NE" for t in span_tokens(sentence, *span)):
        return None
    if topic.label == "PER" and not (sure_person(topic, analysis) and sure_person(entity, analysis)):
        return None
    if topic.label == "LOC" and place_class(topic.value) != place_class(entity.value):
        return None
    if _said_of_topic(analysis, topic, sentence, clause, entity.value):
        return None
    spans = {**base.replace, span: topic.value}
    prompt = declarative(sentence, clause, front=subject, replace=spans, drop=base.drop)
    if not prompt or topic.value not in prompt:
        return None
    why = f"Steht nicht im Text: {_cite(base)} Das sagt der Text über „{entity.value}“, nicht über „{topic.value}“."
    return prompt, NOT_IN_TEXT, why, "statement-absent"


# Words that date a statement to a time: with one of them it says when its fact held.
TIME_WORDS = frozenset({"früher", "heute", "heutzutage", "damals", "seither", "seitdem", "inzwischen", "mittlerweile",
                        "jetzt", "nun", "später", "zuvor", "vorher", "einst", "ursprünglich", "bis", "seit", "noch", "mehr"})
_PAST_TENSES = frozenset({"past", "perfect", "pluperfect"})


def _earlier(sentence: Sentence) -> Token | None:
    """The adverb "früher" of a sentence ("schlängelte sich die Aare früher wild …"), not the
    adjective ("ein früher Verkäufer")."""
    return next((t for t in sentence.tokens if t.text.lower() == "früher" and t.tag in ("ADV", "ADJD")), None)


def _then(analysis: Analysis, base: Base) -> bool:
    """Does the text say the statement's fact held "früher"? The clause has the adverb, or it
    has no time word and the sentence before in its paragraph has it ("Unterhalb von Bern
    schlängelte sich die Aare früher wild …. Sie hat viele Überschwemmungen verursacht.")."""
    sentence, clause = base.sentence, base.clause
    if clause.tense not in _PAST_TENSES:
        return False
    earlier = _earlier(sentence)
    if earlier is not None:
        return earlier.i in clause.tokens
    if any(t.text.lower() in TIME_WORDS or t.tag == "CARD" for t in sentence.tokens):
        return False
    before = analysis.sentences[sentence.index - 1] if sentence.index > 0 else None
    return before is not None and before.paragraph == sentence.paragraph and _earlier(before) is not None


def _finite_at(words: list[str], forms: set[str]) -> int | None:
    """Where the finite verb stands in a statement's words: the first of ``forms`` after the Vorfeld's first word."""
    return next((k for k, w in enumerate(words[1:], start=1) if w in forms), None)


def then_now(analysis: Analysis, base: Base) -> Change | None:
    """Falsch: what the text says held "früher" said of today, in the present ("Früher waren
    Bauernhaus, Scheune und Stall oft noch unter demselben Dach" → "Heute sind Bauernhaus,
    Scheune und Stall oft unter demselben Dach"; "Die Aare hat früher viele Überschwemmungen
    verursacht" → "Die Aare verursacht heute viele Überschwemmungen"). "Früher" with a past
    tense tells that it no longer holds, so only the text decides, not common sense (round 23
    readers asked for this contrast in place of antonym traps). Active clauses in the
    Präteritum or Perfekt without a modal; not negated (what no longer is missing may be missing
    still); "noch" goes ("heute noch" would ask whether it still holds)."""
    clause = base.clause
    if not _then(analysis, base) or clause.negation is not None or clause.modal or clause.mood != "indicative":
        return None
    if clause.tense not in ("past", "perfect") or clause.voice != "active" and clause.tense == "perfect":
        return None
    lemma = {"active": clause.lemma, "passive": "werden", "state": "sein"}.get(clause.voice, "")
    present = finite_form(lemma, clause.number, past=False)
    if present is None:
        return None
    told = base.literal if base.perfect and clause.tense == "past" else base.text  # the Präteritum, where the text has it
    words = [w for w in told.rstrip(".").split(" ") if w != "noch"]
    if clause.tense == "perfect":
        participle = _token(base.sentence, clause.verbs[-1]).text if clause.verbs else ""
        k = _finite_at(words, {"hat", "haben", "ist", "sind"})
        if k is None or words[-1] != participle:
            return None
        words = words[:-1] + ([present[1]] if present[1] else [])
    else:
        finite = _token(base.sentence, clause.finite).text if clause.finite is not None else ""
        k = _finite_at(words, {finite})
        if k is None or present[1] and words[-1] != present[1]:
            return None
    words[k] = present[0]
    if "früher" in words or "Früher" in words:
        words = ["heute" if w == "früher" else "Heute" if w == "Früher" else w for w in words]
    else:
        words.insert(k + 1, "heute")
    prompt = " ".join(words) + "."
    said = base.sentence.text if _earlier(base.sentence) else f"{analysis.sentences[base.sentence.index - 1].text} {base.sentence.text}"
    why = f"Falsch: Im Text steht: „{said}“ Das war früher so, nicht heute."  # the sentence that says "früher" too
    return prompt, FALSE, why, "statement-then-now"


NOW_LEADS = frozenset({"seither", "seitdem", "heute", "inzwischen", "mittlerweile", "heutzutage", "jetzt", "nun"})


def _deciding(analysis: Analysis, base: Base, question: Question) -> Question:
    """A then/now statement cites the sentence that says how it is now, not the one of the past
    (round 26, Aare: "Die Aare verursacht heute viele Überschwemmungen" cited "Sie hat viele
    Überschwemmungen verursacht"; what decides is "Seither gibt es … fast keine Überschwemmungen
    mehr"): a later sentence of the paragraph opened by a word of the present that names a noun of
    the statement's sentence, cited after it (the selection keeps knowing the item by its own
    sentence). Without one the past sentence stays alone: the text's "früher" decides."""
    if question.skill != "statement-then-now":
        return question
    nouns = {t.lemma.lower() for t in base.sentence.tokens if t.tag == "NN"}
    for sentence in analysis.sentences[base.sentence.index + 1 :]:
        if sentence.paragraph != base.sentence.paragraph:
            break
        opened = bool(sentence.tokens) and sentence.tokens[0].text.lower() in NOW_LEADS
        if opened and nouns & {t.lemma.lower() for t in sentence.tokens if t.tag == "NN"}:
            return replace(question, evidence=f"{question.evidence} {sentence.text}")  # the item stays its sentence's
    return question


def _timed(analysis: Analysis, base: Base, prompt: str) -> str:
    """The statement with the "früher" the sentence before gave its fact ("Sie hat viele
    Überschwemmungen verursacht" after "… schlängelte sich die Aare früher wild …" → "Die Aare
    hat früher viele Überschwemmungen verursacht"): without it the statement is true of then
    and false of today (round 23: "Die Aare hat nur wenige Überschwemmungen verursacht" is
    ambiguous). Put after the finite verb, where the Mittelfeld opens."""
    if "heute" in prompt.lower().split() or _earlier(base.sentence) is not None or not _then(analysis, base):
        return prompt
    words = prompt.split(" ")
    finite = {_token(base.sentence, base.clause.finite).text} if base.clause.finite is not None else set()
    k = _finite_at(words, finite | _PERFECT_AUXILIARIES | {"war", "waren", "wurde", "wurden"})
    if k is None or k == len(words) - 1:
        return prompt
    return " ".join([*words[: k + 1], "früher", *words[k + 1:]])


# --- the text's own contrast ---------------------------------------------------------------------

# Words that set one sentence against the one before: "Dagegen …", "… hingegen …".
CONTRAST_WORDS = frozenset({"dagegen", "hingegen", "jedoch", "aber", "dafür", "wohingegen", "während", "gegensatz",
                            "anders", "umgekehrt"})
# Attributes that do not say which of two things is meant: "die anderen Teile", "viele Blüten".
_NOT_CONTRASTING = _POINTING_DETERMINERS | frozenset({
    "viel", "viele", "wenig", "wenige", "einige", "manche", "mehrere", "beide", "all", "alle", "jede", "jeder", "gleich",
    "selb", "selbe", "ganz", "genannt", "folgend", "bestimmt", "verschieden", "sonstig", "weit", "ander", "übrig",
    "einzeln", "eigen"})


def _attribute(sentence: Sentence, tokens: list[Token], k: int) -> Token | None:
    """The one attributive adjective right before the noun ``tokens[k]`` ("der weibliche Teil"),
    inflected from its lemma by an ending only ("weiblich" + "e"), and not a word of quantity."""
    if k == 0:
        return None
    adjective = tokens[k - 1]
    before = tokens[k - 2] if k >= 2 else None
    if adjective.tag != "ADJA" or before is not None and before.tag in ("ADJA", "ADJD", "ADV", "CARD", "PIAT"):
        return None  # "sehr lange", "zwei große": the contrast is not one word's
    lemma = adjective.lemma.lower()
    if len(lemma) < 3 or lemma in _NOT_CONTRASTING or adjective.text.lower() in _NOT_CONTRASTING:
        return None
    if not adjective.text.lower().startswith(lemma) or len(adjective.text) - len(lemma) > 2:
        return None  # "größere" (a comparative), "ältesten": not its lemma and an ending
    if adjective.text[:1].isupper() and adjective.i != sentence.tokens[0].i:
        return None  # "Deutsche Bahn": a name's adjective
    return adjective


def _parallels(analysis: Analysis, base: Base, noun: Token, adjective: Token) -> list[tuple[Sentence, Token]]:
    """The same noun with another attribute where the text sets the two against each other: in
    another clause of the same sentence ("Der weibliche Teil der Blüte heißt Narbe, die männlichen
    Teile sind die Staubbeutel"), or in the next or the previous sentence of the paragraph when
    one of the two says so ("dagegen", "jedoch"); opposite attributes alone are not enough ("Lange
    Vokale können in allen Wortsilben vorkommen" does not deny it of short ones)."""
    sentence = base.sentence
    own = set(base.clause.tokens)
    found = []
    for other in analysis.sentences[max(0, sentence.index - 1) : sentence.index + 2]:
        if other.paragraph != sentence.paragraph:
            continue
        tokens = list(other.tokens)
        for k, token in enumerate(tokens):
            if token.tag != "NN" or token.lemma.lower() != noun.lemma.lower() or other is sentence and token.i in own:
                continue
            attribute = _attribute(other, tokens, k)
            if attribute is None or attribute.lemma.lower() == adjective.lemma.lower():
                continue
            if other is not sentence and not {t.text.lower() for t in (*sentence.tokens, *other.tokens)} & CONTRAST_WORDS:
                continue  # "Lange Vokale …", "Kurze Vokale …": opposites, but the text does not oppose what it says
            found.append((other, attribute))
    return found


def _comparative(token: Token) -> bool:
    """"mehr", "weniger", "größer", "länger", "kleinere": a comparative ("kleiner" before a noun
    may be the plain adjective: "ein kleiner Hund")."""
    word, lemma = token.text.lower(), token.lemma.lower()
    if word in ("mehr", "weniger"):
        return True
    if token.tag == "ADJD":
        return word != lemma and word.endswith("er")
    if token.tag != "ADJA":
        return False
    if word.startswith(lemma):
        return word[len(lemma):] in ("ere", "eren", "erem", "erer", "eres")
    return re.search(r"er(?:e|en|em|er|es)$", word) is not None  # "größere", "längeren"


def _compared(sentence: Sentence, clause: Clause, noun: Token, adjective: Token) -> Token | None:
    """The attribute of the same noun after the clause's comparison with "als" ("Die ungarischen
    Dialekte zeigen weniger starke Abweichungen als die deutschen Dialekte" → "deutschen"): the
    two attributes change places, and the comparison says the reverse of the text's. Only "als"
    at most four words after a comparative ("weniger starke Abweichungen als", "größer als"),
    then an article or nothing, the attribute and the noun."""
    tokens = [_token(sentence, i) for i in sorted(clause.tokens)]
    for k, token in enumerate(tokens):
        if token.text != "als" or k == 0 or token.i < noun.i:
            continue
        comparative = any(_comparative(t) for t in tokens[max(0, k - 4) : k])  # "weniger starke Abweichungen als"
        rest = tokens[k + 1 : k + 4]
        if rest and rest[0].tag == "ART":
            rest = rest[1:]
        if not comparative or len(rest) < 2 or rest[1].tag != "NN" or rest[1].lemma.lower() != noun.lemma.lower():
            continue
        attribute = _attribute(sentence, [rest[0], rest[1]], 1)
        if attribute is not None and attribute.lemma.lower() != adjective.lemma.lower():
            return attribute
    return None


# Words by which a clause says the same of a second thing: "kurze Vokale kommen auch … vor".
_ALSO = frozenset({"auch", "ebenfalls", "ebenso", "gleichfalls", "genauso", "beide", "alle"})


def _said_of(analysis: Analysis, base: Base, attribute: Token) -> bool:
    """Does a clause with the other attribute say what the statement says: its verb with
    "auch", or with every word the statement's clause has besides its verb and attributed noun
    ("Große Scheunen stehen auf dem Hof, kleine Scheunen stehen auf dem Hof")? A clause with
    the same verb and other words sets the two apart ("Junge Touristen kommen im Juli, ältere
    kommen dagegen im September")."""
    sentence, clause = base.sentence, base.clause
    own = {_token(sentence, i).lemma.lower() for i in clause.tokens if _token(sentence, i).tag in _CONTENT_TAGS}
    for other in analysis.sentences:
        for said in other.clauses:
            words = {_token(other, i).lemma.lower() for i in said.tokens}
            if attribute.lemma.lower() not in words or said.lemma != clause.lemma:
                continue
            texts = {_token(other, i).text.lower() for i in said.tokens}
            content = {_token(other, i).lemma.lower() for i in said.tokens if _token(other, i).tag in _CONTENT_TAGS}
            if texts & _ALSO or len(own - content) <= 1:  # only the attribute differs
                return True
    return False


_CONTENT_TAGS = frozenset({"NN", "NE", "ADJA", "ADJD", "VVFIN", "VVPP", "VVINF", "CARD", "ADV"})


# Verbs that say what a thing is or is called: of two things set apart, only one is so.
_IDENTIFYING = frozenset({"sein", "heißen", "bedeuten", "bezeichnen", "nennen"})


def _exclusive(base: Base, other: Sentence, attribute: Token) -> bool:
    """Is what the statement says of the one thing false of the other by the text alone? Where
    the clause says what the thing is or is called and the other clause so too ("Der weibliche
    Teil der Blüte heißt Narbe, die männlichen Teile sind die Staubbeutel"), or the other clause
    has the statement's verb with other words (``_said_of`` has ruled out the same ones). Not
    where the other thing does something else ("Leichter Wind steht dem Pilzbefall entgegen,
    starker Wind … zerstört die Blätter": whether strong wind also keeps fungus away the text
    does not say)."""
    said = next((c for c in other.clauses if attribute.i in c.tokens), None)
    if said is None:
        return False
    identifying = base.clause.lemma in _IDENTIFYING and said.lemma in _IDENTIFYING
    return identifying or said.lemma == base.clause.lemma


_CONTRASTED = frozenset({"subject", "object_acc", "object_dat", "object_prep", "predicative"})


def contrast(analysis: Analysis, base: Base) -> Change | None:
    """Falsch: what the text says of one of two things it sets against each other said of the
    other, by their own attributes ("Der weibliche Teil der Blüte heißt Narbe, die männlichen
    Teile sind die Staubbeutel" → "Der männliche Teil der Blüte heißt Narbe"), or the text's own
    comparison reversed (``_compared``). The reader has to know which of the two the text means, and
    the text, not common sense, decides: both attributes are the text's, for the same noun, in
    the same sentence or in two sentences the text contrasts (``_parallels``), and no clause says
    the statement's verb of the other (``_said_of``). The subject's attribute only, not negated,
    the ending kept ("weibliche" → "männliche")."""
    sentence, clause = base.sentence, base.clause
    if clause.negation is not None or clause.modal or _iterative(sentence, clause):
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1:
        return None
    for phrase in clause.constituents:
        if phrase.role not in _CONTRASTED or not phrase.sure or phrase.clause is not None or phrase in base.drop:
            continue
        if any(a < phrase.end and phrase.start < b for a, b in base.replace):
            continue
        tokens = span_tokens(sentence, phrase.start, phrase.end)
        noun = _token(sentence, phrase.head)
        k = next((k for k, t in enumerate(tokens) if t.i == noun.i), None)
        if k is None or noun.tag != "NN" or " und " in render(sentence, phrase.start, phrase.end):
            continue
        adjective = _attribute(sentence, tokens, k)
        if adjective is None:
            continue
        ending = adjective.text[len(adjective.lemma):]
        compared = _compared(sentence, clause, noun, adjective)
        if compared is not None and compared.text[len(compared.lemma):] and not any(
                a <= compared.i < b for a, b in base.replace):
            there = compared.lemma.lower() + ending
            back = adjective.lemma.lower() + compared.text[len(compared.lemma):]
            there = there[:1].upper() + there[1:] if adjective.text[:1].isupper() else there
            spans = {**base.replace, (adjective.i, adjective.i + 1): there, (compared.i, compared.i + 1): back}
            prompt = declarative(sentence, clause, front=subjects[0], replace=spans, drop=base.drop)
            if prompt is not None and there.lower() in prompt.lower() and back in prompt:
                why = f"Falsch: {_cite(base)} Es ist umgekehrt."
                return prompt, FALSE, why, "statement-contrast"
        for other, attribute in _parallels(analysis, base, noun, adjective):
            if _said_of(analysis, base, attribute) or not _exclusive(base, other, attribute):
                continue
            word = attribute.lemma.lower() + ending
            if adjective.text[:1].isupper():
                word = word[:1].upper() + word[1:]
            spans = {**base.replace, (adjective.i, adjective.i + 1): word}
            prompt = declarative(sentence, clause, front=subjects[0], replace=spans, drop=base.drop)
            if prompt is None or word.lower() not in prompt.lower():
                continue
            also = "" if other is sentence else f" Und: „{other.text}“"
            why = f"Falsch: {_cite(base)}{also} Das gilt für „{adjective.text.lower()}“, nicht für „{word.lower()}“."
            return prompt, FALSE, why, "statement-contrast"
    return None


# --- the list -----------------------------------------------------------------------------------


# At most this many statements with a swapped number or date: readers found sheets whose every
# statement was "a number or month swap", a test of scanning digits, not of reading.
NUMBER_SWAPS = 1
# At most this many then/now contrasts: two "Heute …" statements make "heute" the sign of a
# false one, as "nicht" and "nur wenige" were.
THEN_NOW = 1
# Content changes, preferred in this order where a statement allows several of the least used kind.
# At most this many compass points, comparatives or verbs turned into their opposite: each is
# fair alone, a sheet of them tests spotting words.
OPPOSITE_FLIPS = 1
CONTENT_CHANGES = ("statement-then-now", "statement-contrast", "statement-swap", "statement-entity", "statement-absent", "statement-opposite",
                   "statement-affirmed")
_CHANGE_CAPS = {"statement-then-now": THEN_NOW, "statement-opposite": OPPOSITE_FLIPS, "statement-affirmed": NEGATIONS}


def _changes(analysis: Analysis, base: Base, facts: tuple[Fact, ...], rng: random.Random,
             choices: int) -> list[Change]:
    """Every change this statement allows that a teacher can print; "steht nicht im Text" only
    where the sheet offers it (``choices`` 3)."""
    makers: list[Callable[[], Change | None]] = [
        partial(swap, analysis, base),
        partial(exchange, analysis, base, facts),
        partial(other_entity, analysis, base, facts),
        partial(other_named_phrase, analysis, base, facts),
        partial(number_or_time, analysis, base, facts, rng),
        partial(then_now, analysis, base),
        partial(contrast, analysis, base),
        partial(opposite, analysis, base),
        partial(negated, analysis, base),
        partial(not_in_text, analysis, base, facts),
    ]
    found = []
    for maker in makers:
        made = maker()
        if made is not None and made[1] == NOT_IN_TEXT and choices < 3:
            continue
        if made is not None and base.perfect:
            made = (in_perfect(made[0], base), *made[1:])  # no tense that tells the true ones from the changed
        if made is not None and made[0] != base.text and made[0].rstrip(".") not in base.sentence.text and not _keeps_dropped(made[0], base) and acceptable(made[0], _said_clause(made[0], base)) and not _pair_split(
                made[0], base.sentence.text) and _reflexive_in_place(made[0], base.sentence, base.clause):
            found.append(made)
    return found


def _said_clause(prompt: str, base: Base) -> Clause:
    """The statement's clause with the verb the prompt says: the opposite verb's lemma where
    ``_turned_verb`` turned it (the check of a well-formed statement compares lemmas)."""
    other = _VERB_OPPOSITES.get(base.clause.lemma)
    forms = _verb_forms(other) if other else None
    kinds = ("sing", "plur", "past_sing", "past_plur", "infinitive", "participle")
    if other and forms and any(forms[k] in prompt.rstrip(".").split()[1:] for k in kinds) and other not in base.text:
        return replace(base.clause, lemma=other)
    return base.clause


def in_perfect(prompt: str, base: Base) -> str:
    """A changed statement in the Perfekt, as its true restatement is ("Paul Krause gründete
    1962 eine Firma" → "Paul Krause hat 1962 eine Firma gegründet"): were the true statements in
    the Perfekt and the changed ones in the text's Präteritum, the tense would give the answer
    away. The prompt unchanged where the verb is not found as a plain Präteritum, or the
    result does not read as one well-formed clause."""
    clause = base.clause
    words = prompt.rstrip(".").split(" ")
    if clause.voice == "passive":
        forms = {"wurde": "ist", "wurden": "sind"}
        tail = ["worden"]
        particle = ""
    else:
        parts = principal_parts(clause.lemma, usage=Usage(reflexive=clause.reflexive is not None,
                                                          objects=(bool(clause.role("object_acc")),),
                                                          joined=joined_prefix(base.sentence, clause)))
        singular, plural = finite_form(clause.lemma, "Sing", past=True), finite_form(clause.lemma, "Plur", past=True)
        if parts is None or singular is None or plural is None:
            return prompt
        sein = parts.auxiliary == "sein"
        forms = {singular[0]: "ist" if sein else "hat", plural[0]: "sind" if sein else "haben"}
        tail = [parts.participle]
        particle = parts.prefix
    k = next((k for k, w in enumerate(words[1:], start=1) if w in forms), None)
    if k is None:
        return prompt
    rest = words[k + 1:]
    if particle:
        if not rest or rest[-1] != particle:
            return prompt
        rest = rest[:-1]
    told = " ".join([*words[:k], forms[words[k]], *rest, *tail]) + "."
    return told if acceptable(told, clause) else prompt


def _keeps_dropped(prompt: str, base: Base) -> bool:
    """Does the changed statement open with a phrase the true one leaves out ("Zum selben
    Zeitpunkt …", "Danach …": the Vorfeld stayed where the subject could not move)?"""
    return any(prompt.lower().startswith(render(base.sentence, c.start, c.end).lower() + " ") for c in base.drop)


def _pick_changes(options: list[list[Change]], wanted: int) -> dict[int, Change]:
    """Which statements to change, and how: content changes first (who did what to whom, another
    name, the opposite), the least used kind where a statement allows several; then at most
    ``NUMBER_SWAPS`` number or date swaps and ``NEGATIONS`` denials."""
    made: dict[int, Change] = {}
    used: Counter[str] = Counter()
    for k, found in enumerate(options):
        if len(made) >= wanted:
            break
        content = [c for c in found if c[3] in CONTENT_CHANGES and used[c[3]] < _CHANGE_CAPS.get(c[3], len(options))]
        if content:
            made[k] = min(content, key=lambda c: (used[c[3]], CONTENT_CHANGES.index(c[3])))
            used[made[k][3]] += 1
    # then at most NUMBER_SWAPS number or date swaps, then a denied statement where the rest left too few changed
    for skill, cap in (("statement-number", NUMBER_SWAPS), ("statement-negation", NEGATIONS)):
        for k, found in enumerate(options):
            if len(made) >= wanted or used[skill] >= cap:
                break
            change = next((c for c in found if c[3] == skill), None)
            if k not in made and change is not None:
                made[k] = change
                used[skill] += 1
    return made


def true_false(analysis: Analysis, facts: tuple[Fact, ...], rng: random.Random, choices: int = 3,
               resolver: Resolver | None = None, bases: list[Base] | None = None) -> list[Question]:
    """Statements in text order, about half changed (``_pick_changes``: content changes before
    a number or date swap), alternating changed and true (changed first). Options: richtig,
    falsch, and steht nicht im Text when one of them is that. ``bases``: the article's
    ``candidates`` when the caller found them already (with ``resolver``'s names)."""
    found = candidates(analysis, resolver) if bases is None else bases
    bases = [base for base in found if not _names_year(base)]
    options = [_changes(analysis, base, facts, rng, choices) for base in bases]
    made = _pick_changes(options, (len(bases) + 1) // 2)
    true: list[Question] = []
    retold: list[bool] = []
    central: list[bool] = []
    changed: list[Question] = []
    for k, base in enumerate(bases):
        if k in made:
            prompt, answer, why, skill = made[k]
            changed.append(_deciding(analysis, base, _question(base, _timed(analysis, base, prompt), answer, why, skill)))
        elif _restated(base) and not _about_a_name(base.sentence, base.clause):
            # a copy, or one only told in the Perfekt, is matched, however short; a name, however told
            true.append(_question(base, _timed(analysis, base, base.text), TRUE, f"Richtig: {_cite(base)}", "statement-true"))
            retold.append(True)
            central.append(_of_topic(analysis, base))
    if not changed:
        return []  # the sheet shows a true statement only after a changed one: true ones alone take a task's place for nothing
    # as many true ones as changed ones, restated ones first (a copy is found by string matching)
    # (then one about what the text is about: "Tabak ist sehr anfällig für Schimmel" before "Tabakpflanzen
    # verlieren sehr viel klebrigen Saft", the Aare's length before the Bärenpark, both judged marginal copies)
    keep = sorted(range(len(true)), key=lambda k: (not retold[k], not central[k],
                                                   is_verbatim(true[k].prompt, true[k].evidence)))[: len(changed)]
    true = [true[k] for k in sorted(keep)]
    mixed = [q for pair in zip(changed, true, strict=False) for q in pair] + true[len(changed):] + changed[len(true):]
    options_ = (TRUE, FALSE, NOT_IN_TEXT) if choices == 3 and any(q.answer == NOT_IN_TEXT for q in mixed) else (TRUE, FALSE)
    return [replace(q, options=options_) for q in mixed]


def _of_topic(analysis: Analysis, base: Base) -> bool:
    """Is the statement's subject what the title names ("Die Aare …" in "Aare", "Tabak …" in
    "Tabak"), not a side thing ("Ein Bärenpark …")? Its head noun or name is a word of the title."""
    title = {w.lower() for w in re.split(r"[\s_\-–]+", analysis.article.title) if len(w) >= 3}
    subject = base.clause.role("subject")[0]
    shown = base.replace.get((subject.start, subject.end))
    tokens = [t for t in span_tokens(base.sentence, subject.start, subject.end) if t.tag in ("NN", "NE")]
    words = shown.split() if shown else [w for t in tokens for w in (t.text, t.lemma) if w]
    return any(w.lower().strip(".,") in title for w in words)


# Session 29 let a true statement of up to seven words be the text's own words, so that a sheet of
# changed statements had a "richtig" beside them. Readers of rounds 27 and 28 judged every such copy
# bad ("Die Aare ist insgesamt 288 Kilometer lang.", "Ein Hamburger ist ein schnelles Essen.", "Tabak
# enthält den Stoff Nicotin oder Nikotin.": "answerable by matching words"), so no copy is a true
# statement, however short; a changed statement stands without a partner.


def _restated(base: Base) -> bool:
    """Is the true statement restated: not a copy, and more than only told in the Perfekt —
    unless a pronoun became its name ("Sie wurde … verbaut" → "Die Aare ist … verbaut worden":
    the reader has to know who "sie" is)?"""
    if _copied(base):
        return False
    renamed = any(b - a == 1 and _token(base.sentence, a).tag in ("PPER", "PPOSAT") for a, b in base.replace)
    return renamed or not _perfect_only(base.text, _named_text(base.sentence, base.replace))


def _names_year(base: Base) -> bool:
    """Does the statement name a year? Of the 44 such statements readers judged (rounds 3 to 11),
    3 were good and 19 bad: a swapped year is found by spotting digits ("1847 besuchte Charles
    Darwin die Galapagosinseln"), a dated event copied as "richtig" by matching them, whatever
    else the statement changes. The sheet asks for a date with a W-question instead."""
    return bool(_YEAR.search(base.text))


def _question(base: Base, prompt: str, answer: str, why: str, skill: str) -> Question:
    return Question(
        id="", type="true_false", prompt=prompt, answer=answer, sentence=base.sentence.index,
        evidence=base.sentence.text, explanation=why, skill=skill,
    )


def verbatim_share(questions: list[Question]) -> float:
    """The share of statements that are not a copy of their sentence (``is_verbatim``)."""
    if not questions:
        return 0.0
    return sum(not is_verbatim(q.prompt, q.evidence) for q in questions) / len(questions)
