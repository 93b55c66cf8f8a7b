"""W-questions on how two things differ and what changed (issue 12).

``contrast_questions(analysis, facts)`` adds to the W-question pool, in text order (type "wh",
focus "content", ids ""), the questions readers most often wanted and no other generator asks
("Key questions" in tests/judged/comprehension.md: "Was ist bei Datteln und Kiwis anders als bei
den meisten Blüten?", "Wie unterscheidet sich die ungarische Grammatik vom Deutschen?", "Was hat
sich beim Dreschen verändert?"). They come from general German markers of contrast and change:

- **Anders als / Im Gegensatz zu Y** opening a main clause ("unterschied"): the clause says what
  is different about its subject X. "Anders als die meisten europäischen Sprachen gehört
  Ungarisch nicht zur indogermanischen Sprachfamilie." → "Worin unterscheidet sich Ungarisch von
  den meisten europäischen Sprachen? – Ungarisch gehört nicht zur indogermanischen
  Sprachfamilie."; "Anders als bei den Menschen enthalten die meisten Blüten gleichzeitig die
  männlichen und die weiblichen Teile." → "Was ist bei den meisten Blüten anders als bei den
  Menschen?"; "Anders als in den flektierenden Sprachen erfolgt im Ungarischen die Bildung von
  Wortformen durch Agglutination." → "Was ist im Ungarischen anders als in den flektierenden
  Sprachen?" (the clause's own phrase with the same preposition is what Y is set against); inside
  a clause only between two of a kind ("Da der chinesische Kalender im Gegensatz zum
  gregorianischen Kalender astronomisch definiert ist" → "Worin unterscheidet sich der chinesische
  Kalender vom gregorianischen Kalender?"); a place set against a thing is a contrast of settings
  ("Im Gegensatz zu westlichen Ländern sind Geschenke … nicht üblich": Japan's, not the gifts'),
  and nothing is asked;
- **X …, während Y …** ("unterschied"): a während-clause after its main clause, both in the
  present tense with the same verb, is a contrast, not a time ("Die Männer tragen Hosen, während
  die Frauen Röcke tragen." → "Worin unterscheiden sich die Männer und die Frauen?"); a past
  narrative ("Das Paar reiste nach Italien, während man sich in Berlin empörte") is a time;
- **Y hingegen / dagegen …** after a sentence about a parallel X ("unterschied"): "Der Westen
  der Insel ist grün. Der Osten der Insel hingegen zählt zu den trockensten Regionen Europas." →
  "Worin unterscheiden sich der Westen der Insel und der Osten der Insel?". Parallel means the
  two subjects share their head noun ("Doppel A" / "Doppel B"), a word besides it ("der Westen
  Kretas" / "der Osten Kretas") or the last part of a compound ("Kettenschaltung" /
  "Nabenschaltung"), or two one-word names a sentence of the paragraph named together before
  ("Viele Menschen denken bei Badminton auch an Federball. Federball ist ein Spaß in der Freizeit: …
  Badminton hingegen hat mehr Regeln …" → "Worin unterscheiden sich Federball und Badminton?");
  "dagegen" anywhere else is the pronominal adverb ("protestierten dagegen")
  or sets the sentence against something other than a subject, and nothing is asked;
- **früher / damals / ursprünglich … heute / inzwischen / mittlerweile** ("veränderung"): the
  same subject then and now, in one sentence ("Das Dorf lag damals in Österreich-Ungarn und gehört
  heute zu Tschechien.") or in two adjacent ones ("Früher waren die Scheunen klein. Heute sind sie
  oft riesig.") → "Wie haben sich die Scheunen verändert?"; not "als früher" (a comparison) nor
  "ein früher Verkäufer" (an adjective); and a passive deed of the past that "das" takes up today
  ("Früher wurde in der Scheune das Korn gedroschen. … Heute erledigt das die Mähdreschmaschine."
  → "Was hat sich beim Dreschen verändert?").

The answer is the two statements (or the one that says what is different), and the evidence
the sentence or two sentences they stand in, so that the key gives the lines. X and Y must be
named noun phrases: a pronoun is replaced only by the name ``extraction.reference.resolve``
gives it, a demonstrative or a coordinated phrase is not asked about, and an answer with a word
that points outside it ("zu diesen") is not given. Every prompt passes ``wellformed``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..analysis.gazetteer import COUNTRIES_AND_PLACES
from ..extraction.reference import resolve
from ..model import Analysis, Clause, Constituent, Fact, Question, Sentence, Token
from . import wellformed
from .realise import _word
from .wh import PLACE_NOUNS, askable_sentences, span_tokens, unambiguous

# Adverbs that set a state in the past against the present, and those of the present.
EARLIER = frozenset({"früher", "damals", "ursprünglich", "einst", "einstmals", "ehemals", "vormals"})
LATER = frozenset({"heute", "heutzutage", "inzwischen", "mittlerweile", "nunmehr"})
# Words before or after an earlier-adverb that make it a comparison or a phrase of time, not a state
# set against today ("weniger schlimm als früher", "früher als geplant", "seit damals").
COMPARING = frozenset({"als", "wie", "seit", "von", "bis", "ab", "schon", "bereits"})
# Adverbs that set their subject against the subject of the sentence before.
CONTRASTING_ADVERBS = frozenset({"hingegen", "dagegen", "demgegenüber"})
# Nouns of a time span, whose phrase sets a time against another.
TIME_NOUNS = ("jahr", "zeit", "jahrhundert", "jahrzehnt", "epoche", "vergangenheit", "mittelalter", "antike", "monat",
              "woche", "zeitalter", "periode", "phase")
# Adverbs that only link a sentence to the one before: a statement standing alone does without them.
CONNECTIVES = frozenset({"so", "auch", "zudem", "außerdem", "ebenso", "ebenfalls", "jedoch", "allerdings"})
# Closed classes of nouns whose members a text sets against each other ("der Mann … Die Frau dagegen").
COUNTERPARTS = (frozenset({"mann", "frau", "männer", "frauen"}), frozenset({"junge", "mädchen", "jungen"}),
                frozenset({"norden", "süden", "osten", "westen", "nordosten", "nordwesten", "südosten", "südwesten"}),
                frozenset({"frühling", "sommer", "herbst", "winter"}), frozenset({"tag", "nacht"}),
                frozenset({"kinder", "erwachsene", "erwachsenen"}))
# Tags a named noun phrase X or Y may consist of (no pronoun, no demonstrative, no clause).
NOUN_PHRASE_TAGS = frozenset({"ART", "ADJA", "PIAT", "CARD", "NN", "NE", "FM"})
# Prepositions of "anders als bei/in Y" and the ones a parallel phrase of the clause may have.
PARALLEL_PREPOSITIONS = {"bei": ("bei", "beim"), "beim": ("bei", "beim"), "in": ("in", "im"), "im": ("in", "im")}
# Articles in the dative, by the nominative article and the head's gender or number.
DATIVE_ARTICLES = {("der", "Masc"): "dem", ("das", "Neut"): "dem", ("die", "Fem"): "der", ("die", "Plur"): "den",
                   ("ein", "Masc"): "einem", ("ein", "Neut"): "einem", ("eine", "Fem"): "einer"}
# Endings of weak masculine nouns, which take -en in the dative (den Studenten): not declined here.
WEAK_ENDINGS = ("e", "ent", "ant", "ist", "at", "oge", "nom", "soph", "graf")
# Tags of words in an answer that point outside it.
POINTING_TAGS = frozenset({"PPER", "PDS", "PDAT", "PPOSAT", "PROAV", "PAV"})
SAME_TENSE = frozenset({"present"})
# Problems ``wellformed.text_problems`` finds in a short answer phrase, not in a whole statement.
STATEMENT_PROBLEMS = ("vague answer", "the answer is the text's topic")
MIN_COMPOUND_TAIL = 4
MAX_PHRASE_WORDS = 6
MAX_ANSWER_WORDS = 40


def contrast_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    """How X differs from Y, how X changed: in text order, checked by ``wellformed`` (but for the
    vagueness of an answer's words, which reads a phrase: a whole statement "Die meisten Blüten
    enthalten …" is not vague for its "meisten")."""
    kept = []
    for question in unambiguous(candidates(analysis)):
        prompt = wellformed.without_linking_adverbs(question.prompt)
        if prompt is None:
            continue
        question = replace(question, prompt=prompt)
        if not [p for p in wellformed.text_problems(question, analysis) if not p.startswith(STATEMENT_PROBLEMS)]:
            kept.append(question)
    return kept


def candidates(analysis: Analysis) -> list[Question]:
    """Every contrast and change question the markers give, before the teacher's checks."""
    found: list[Question] = []
    previous: Sentence | None = None
    for sentence, _ in askable_sentences(analysis):
        before = previous if previous is not None and previous.index == sentence.index - 1 \
            and previous.paragraph == sentence.paragraph else None
        for made in (_unlike(sentence), _unlike_inside(sentence), _whereas(sentence), _then_and_now(analysis, sentence),
                     _against_previous(analysis, before, sentence) if before else None,
                     _then_and_now_across(analysis, before, sentence) if before else None,
                     _activity_then_and_now(analysis, sentence), _modern_and_earlier(analysis, sentence)):
            if made is not None:
                found.append(made)
        previous = sentence
    return found


# --- Anders als Y / Im Gegensatz zu Y -------------------------------------------------------


def _unlike(sentence: Sentence) -> Question | None:
    """"Anders als (bei) Y / Im Gegensatz zu Y" before the finite verb: what the clause says of X."""
    clause = _main(sentence)
    if clause is None or clause.finite is None:
        return None
    words = [t for t in sentence.tokens if t.i < clause.finite]
    lowered = [t.text.lower() for t in words]
    unlike = lowered[:2] == ["anders", "als"]
    if not unlike and not (lowered[:2] == ["im", "gegensatz"] and len(words) > 3 and lowered[2] in ("zu", "zum", "zur")):
        return None
    other = words[2:]
    subject = _subject(clause)
    if subject is None or not _nominal(other[1:] or other):
        return None
    named = _named(sentence, subject) if subject.sure or _right_after_finite(sentence, clause, subject) else None
    if named is not None and _setting(named) != _setting(other):
        named = None  # "Im Gegensatz zu westlichen Ländern sind Geschenke … nicht üblich": a place, not the gifts
    first = other[0].text.lower()
    other_text = _text(other)
    own = _parallel_phrase(sentence, clause, first) if first in PARALLEL_PREPOSITIONS else None
    if own is not None:  # "anders als in den flektierenden Sprachen … im Ungarischen"
        prompt, front = f"Was ist {_text(own)} anders als {other_text}?", own
    elif named is None:
        return None
    elif lowered[0] == "im":  # zu + dative: "im Gegensatz zum Deutschen" → "vom Deutschen"
        against = {"zum": "vom", "zur": "von der", "zu": "von"}[first] + other_text[len(first):]
        prompt, front = f"Worin {_differ(named)} {_text(named)} {against}?", named
    elif first in ("bei", "beim") and (dative := _dative(named)) is not None:  # "anders als bei den Menschen"
        prompt, front = f"Was ist {_contracted('bei', dative)} anders als {other_text}?", named
    elif first not in PARALLEL_PREPOSITIONS and (dative := _dative(other)) is not None:
        # "anders als die meisten europäischen Sprachen": Y in the case of X, the subject
        prompt, front = f"Worin {_differ(named)} {_text(named)} {_contracted('von', dative)}?", named
    else:
        return None
    statement = _statement(sentence, clause, front, words[-1].i)
    if statement is None:
        return None
    return _question(sentence, prompt, statement, [sentence], "unterschied")


def _parallel_phrase(sentence: Sentence, clause: Clause, preposition: str) -> list[Token] | None:
    """The clause's own phrase with the preposition of "anders als in Y" ("im Ungarischen"): what
    Y is set against."""
    wanted = PARALLEL_PREPOSITIONS[preposition]
    found = []
    assert clause.finite is not None  # a main clause's
    for constituent in clause.constituents:
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        if constituent.start > clause.finite and tokens and tokens[0].text.lower() in wanted and constituent.sure and _nominal(tokens[1:]):
            found.append(tokens)
    return found[0] if len(found) == 1 else None


def _unlike_inside(sentence: Sentence) -> Question | None:
    """"im Gegensatz zu Y" inside a clause, set against its subject when the two are of a kind: "Da
    der chinesische Kalender im Gegensatz zum gregorianischen Kalender astronomisch definiert ist, …"
    → "Worin unterscheidet sich der chinesische Kalender vom gregorianischen Kalender?" – "Der
    chinesische Kalender ist astronomisch definiert."; where the phrase stands, unlike in the
    Vorfeld, does not show what it is set against, so the two must share a noun ("Im Ungarischen
    zählen – im Gegensatz zum Deutschen – auch die Buchstaben Ö … als eigener Buchstabe" is not
    about the letters)."""
    tokens = sentence.tokens
    for k in range(1, len(tokens) - 3):
        if [t.text.lower() for t in tokens[k : k + 2]] != ["im", "gegensatz"] or tokens[k + 2].text.lower() not in (
                "zu", "zum", "zur"):
            continue
        end = k + 3
        while end < len(tokens) and tokens[end].tag in NOUN_PHRASE_TAGS:
            end += 1
        other = list(tokens[k + 2 : end])
        clause = next((c for c in sentence.clauses if tokens[k].i in c.tokens), None)
        if clause is None or not clause.sure or clause.kind not in ("main", "subordinate") or not _nominal(other[1:]):
            return None
        finite = next((t for t in tokens if t.i == clause.finite), None)
        if finite is None or clause.kind == "subordinate" and finite.tag not in ("VAFIN", "VMFIN"):
            return None  # a verb-final full verb may be separable ("ankommt"): not put second safely
        subject = _subject(clause)
        named = _named(sentence, subject) if subject is not None and subject.sure else None
        if named is None or not _parallel(named, other[1:]):
            return None
        assert subject is not None  # named above
        own = [t for t in tokens if t.i in clause.tokens and not subject.start <= t.i < subject.end
               and not tokens[k].i <= t.i < tokens[end - 1].i + 1 and t.i != clause.finite and t.i != clause.conjunction]
        statement = _answer_text([*named, finite, *own])
        if statement is None:
            return None
        first = other[0].text.lower()
        against = {"zum": "vom", "zur": "von der", "zu": "von"}[first] + _text(other)[len(first):]
        prompt = f"Worin {_differ(named)} {_text(named)} {against}?"
        return _question(sentence, prompt, statement, [sentence], "unterschied")
    return None


# --- X …, während Y … -------------------------------------------------------------------------


def _whereas(sentence: Sentence) -> Question | None:
    """"X verb …, während Y … verb": a contrast when both clauses are in the present with the same
    verb (a general statement), not a narrative's time."""
    for k, inner in enumerate(sentence.clauses):
        conjunction = _word(sentence, inner.conjunction)
        if inner.kind != "subordinate" or conjunction != "während" or inner.parent is None:
            continue
        outer = sentence.clauses[inner.parent]
        if outer.kind != "main" or outer.finite is None or inner.conjunction is None or inner.conjunction < outer.finite:
            continue  # "Während der Nacht …", "Während er schlief, …": a time before its clause
        if not (outer.sure and inner.sure and outer.tense in SAME_TENSE and inner.tense in SAME_TENSE
                and outer.mood == inner.mood == "indicative" and outer.lemma == inner.lemma):
            continue
        mine, theirs = _subject(outer), _subject(inner)
        x = _named(sentence, mine) if mine is not None else None
        y = _named(sentence, theirs, cut=True) if theirs is not None else None
        if x is None or y is None or _text(x).lower() == _text(y).lower() or _setting(x) != _setting(y):
            continue
        tokens = [t for t in sentence.tokens if t.i in outer.tokens or t.i in inner.tokens]
        if any(t.i not in outer.tokens and t.i not in inner.tokens and t.tag != "$," for t in sentence.tokens
               if tokens[0].i <= t.i <= tokens[-1].i):
            continue  # another clause in between: the two statements are not side by side
        answer = _answer_text(tokens)
        if answer is None:
            continue
        prompt = f"Worin unterscheiden sich {_text(x)} und {_text(y)}?"
        return _question(sentence, prompt, answer, [sentence], "unterschied")
    return None


# --- Y hingegen … after X … ------------------------------------------------------------------


def _against_previous(analysis: Analysis, previous: Sentence, sentence: Sentence) -> Question | None:
    """"X …. Y hingegen …": two statements about parallel subjects, side by side."""
    clause = _main(sentence)
    subject = _subject(clause) if clause is not None else None
    if clause is None or subject is None or not clause.sure:
        return None
    after = next((t for t in sentence.tokens if t.i == subject.end), None)
    if after is not None and after.i == clause.finite:  # "Doppel A erzielte hingegen …"
        after = next((t for t in sentence.tokens if t.i == subject.end + 1), None)
    if after is None or after.text.lower() not in CONTRASTING_ADVERBS:
        return None  # "protestierten dagegen": the pronominal adverb, not a contrast of subjects
    # the main clause nearest to Y: after a colon ("Der Unterschied … war so definiert: Die Arbeiter …"),
    # or before it when the one after has no named subject ("Federball ist ein Spaß: Man schlägt …")
    mains = [c for c in reversed(previous.clauses) if c.kind == "main"]
    their_clause = next((c for c in mains if _subject(c) is not None and _named(previous, _subject(c))),
                        mains[0] if mains else None)
    theirs = _subject(their_clause) if their_clause is not None else None
    if their_clause is None or theirs is None or not their_clause.sure:
        return None
    if any(t.text.lower() in CONTRASTING_ADVERBS for t in previous.tokens):
        return None
    y, x = _named(sentence, subject), _named(previous, theirs)
    if x is None or y is None or not (_parallel(x, y) or _named_together(analysis, previous, x, y)):
        return None
    first = _answer_text(_before_colon(_without_connective(previous, their_clause, theirs, x)))
    second = _answer_text([t for t in sentence.tokens if t.i in _with_coordinated(sentence, clause) and t.i != after.i])
    if first is None or second is None:
        return None
    prompt = f"Worin unterscheiden sich {_pair(x, y)}?"
    return _question(previous, prompt, f"{first} {second}", [previous, sentence], "unterschied")


def _before_colon(tokens: list[Token]) -> list[Token]:
    """A clause that ends in the colon opening its explanation ends before it ("Federball ist ein
    Spaß in der Freizeit:"): the statement is whole without what follows."""
    return tokens[:-1] if tokens and tokens[-1].text == ":" else tokens


def _named_together(analysis: Analysis, previous: Sentence, x: list[Token], y: list[Token]) -> bool:
    """Two names the paragraph set side by side before it said what each is ("Viele Menschen denken
    bei Badminton auch an Federball. Federball ist … Badminton hingegen …"): a contrast of the two,
    though their words share nothing. Names only (one word each), so that a common noun met by
    chance ("der Ball", "das Spiel") sets nothing against anything."""
    if len(x) != 1 or len(y) != 1 or x[0].tag not in ("NE", "NN") or y[0].tag not in ("NE", "NN") \
            or x[0].text == y[0].text:
        return False
    earlier = [s for s in analysis.sentences if s.paragraph == previous.paragraph and s.index < previous.index]
    return any({x[0].text, y[0].text} <= {t.text for t in s.tokens} for s in earlier)


def _without_connective(sentence: Sentence, clause: Clause, subject: Constituent, named: list[Token]) -> list[Token]:
    """The clause and those coordinated with it, a connective in the Vorfeld left out and the subject
    put first: "So bewegt sich der Mann …" → "der Mann bewegt sich …" (the statement stands alone)."""
    own = _with_coordinated(sentence, clause)
    tokens = [t for t in sentence.tokens if t.i in own]
    vorfeld = [t for t in tokens if clause.finite is not None and t.i < clause.finite]
    if len(vorfeld) != 1 or vorfeld[0].text.lower() not in CONNECTIVES or subject.start < (clause.finite or 0):
        return tokens
    finite = [t for t in tokens if t.i == clause.finite]
    rest = [t for t in tokens if t.i > vorfeld[0].i and t.i != clause.finite and not subject.start <= t.i < subject.end]
    return [*named, *finite, *rest]


def _setting(tokens: list[Token]) -> str:
    """"place" or "time" for a phrase naming where or when ("in westlichen Ländern", "im Vorjahr"), ""
    otherwise: set against a thing, such a phrase contrasts the setting, which a question about the
    thing would misread."""
    head = next((t for t in reversed(tokens) if t.tag in ("NN", "NE")), None)
    if head is None:
        return ""
    lemma = head.lemma.lower()
    if head.ent_label == "LOC" or head.text in COUNTRIES_AND_PLACES or lemma.endswith(PLACE_NOUNS):
        return "place"
    return "time" if lemma.endswith(TIME_NOUNS) else ""


def _pair(x: list[Token], y: list[Token]) -> str:
    """"X und Y", the words they begin with said once: "die Arbeiter eines Außenkommandos und eines
    Außenlagers", "Doppel B und A"."""
    shared = 0
    while shared < min(len(x), len(y)) - 1 and x[shared].text.lower() == y[shared].text.lower():
        shared += 1
    head = next(k for k, t in enumerate(x) if t.tag in ("NN", "NE"))
    shared = min(shared, head + 1) if shared > head else 0  # "der Mann und die Frau" stay whole
    return f"{_text(x)} und {_text(y[shared:]) if shared else _text(y)}"


def _parallel(x: list[Token], y: list[Token]) -> bool:
    """Two subjects of the same kind: the same head noun ("Doppel A" / "Doppel B"), another word in
    common ("der Westen Kretas" / "der Osten Kretas"), a compound's last part ("Kettenschaltung" /
    "Nabenschaltung"), or two of a closed class ("der Mann" / "die Frau")."""
    x_nouns = [t.text.lower() for t in x if t.tag in ("NN", "NE")]
    y_nouns = [t.text.lower() for t in y if t.tag in ("NN", "NE")]
    if not x_nouns or not y_nouns or _words(x) == _words(y):
        return False  # the same phrase twice: nothing set against it
    if set(x_nouns) & set(y_nouns) or any(x_nouns[0] in kind and y_nouns[0] in kind for kind in COUNTERPARTS):
        return True
    a, b = x_nouns[0], y_nouns[0]
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return tail >= MIN_COMPOUND_TAIL and tail < min(len(a), len(b))


# --- früher … heute -------------------------------------------------------------------------


def _then_and_now(analysis: Analysis, sentence: Sentence) -> Question | None:
    """"X lag damals in A und gehört heute zu B": one subject, then and now, in one sentence."""
    clause = _main(sentence)
    if clause is None:
        return None
    for other in sentence.clauses:
        if other.kind != "coordinated" or other.parent is None or sentence.clauses[other.parent] is not clause:
            continue
        if not (_time_word(sentence, clause, EARLIER) and _time_word(sentence, other, LATER)):
            continue
        subject = _subject(clause)
        named = _named(sentence, subject, analysis) if subject is not None else None
        if named is None or not clause.sure or not other.sure:
            return None
        answer = _answer_text([t for t in sentence.tokens if t.i in clause.tokens or t.i in other.tokens],
                              _pronoun_name(named))
        if answer is None:
            return None
        return _question(sentence, _changed(named, clause), answer, [sentence], "veränderung")
    return None


def _then_and_now_across(analysis: Analysis, previous: Sentence, sentence: Sentence) -> Question | None:
    """"Früher waren die Scheunen klein. Heute sind sie oft riesig.": the same subject in two
    adjacent sentences, one in the past, one today."""
    then, now = _main(previous), _main(sentence)
    if then is None or now is None or not then.sure or not now.sure:
        return None
    if not (_time_word(previous, then, EARLIER) and _time_word(sentence, now, LATER)):
        return None
    if _time_word(previous, then, LATER) or _time_word(sentence, now, EARLIER):
        return None
    then_subject, now_subject = _subject(then), _subject(now)
    x = _named(previous, then_subject, analysis) if then_subject is not None else None
    y = _named(sentence, now_subject, analysis) if now_subject is not None else None
    if x is None or y is None or _head(x) != _head(y) and _text(x).lower() != _text(y).lower():
        return None  # (a pronoun stands for the name it was resolved to: "sie" → "die Scheunen")
    first = _answer_text([t for t in previous.tokens if t.i in _with_coordinated(previous, then)], _pronoun_name(x))
    second = _answer_text([t for t in sentence.tokens if t.i in _with_coordinated(sentence, now)], _pronoun_name(y))
    if first is None or second is None:
        return None
    return _question(previous, _changed(x, then), f"{first} {second}", [previous, sentence], "veränderung")


def _activity_then_and_now(analysis: Analysis, sentence: Sentence) -> Question | None:
    """"Früher wurde in der Scheune auch das Korn gedroschen. (Dabei …) Heute erledigt das die
    Mähdreschmaschine.": a passive deed of the past, taken up by "das" / "dies" today, one or two
    sentences later in the same paragraph → "Was hat sich beim Dreschen verändert?"."""
    now = _main(sentence)
    if now is None or not now.sure or not _time_word(sentence, now, LATER) or _time_word(sentence, now, EARLIER):
        return None
    taking_up = [c for c in now.constituents if c.role in ("subject", "object_acc") and c.end - c.start == 1
                 and _word(sentence, c.start) in ("das", "dies")]
    if len(taking_up) != 1:
        return None
    for back in (1, 2):
        if sentence.index - back < 0:
            break
        previous = analysis.sentences[sentence.index - back]
        if previous.paragraph != sentence.paragraph or previous.is_heading:
            break
        then = _main(previous)
        deed = _passive_verb(previous, then) if then is not None and then.sure else None
        if then is None or deed is None or not _time_word(previous, then, EARLIER):
            continue
        if not deed.isalpha() or then.negation is not None or then.modal:
            return None
        first = _answer_text([t for t in previous.tokens if t.i in then.tokens])
        second = _answer_text([t for t in sentence.tokens if t.i in now.tokens], {taking_up[0].start: "das"})
        if first is None or second is None:
            return None
        between = list(analysis.sentences[previous.index : sentence.index + 1])
        prompt = f"Was hat sich beim {deed.capitalize()} verändert?"
        return _question(previous, prompt, f"{first} {second}", between, "veränderung")
    return None


# Adjectives of the present that set a kind of thing against the same kind of the past.
PRESENT_ADJECTIVES = frozenset({"modern", "heutig"})
# "derselbe" points inside its own phrase ("unter demselben Dach": one roof for all), not outside.
SAME_WORDS = ("derselb", "dieselb", "dasselb", "demselb", "denselb")


def _modern_and_earlier(analysis: Analysis, sentence: Sentence) -> Question | None:
    """"Moderne Scheunen sind oft riesig. (Sie stehen frei …) Früher waren Bauernhaus, Scheune und
    Stall oft noch unter demselben Dach.": a plural subject "moderne / heutige X" in the present,
    and one or two sentences later in the paragraph a sentence with "früher" about X (its noun in
    any number) → "Was ist an modernen Scheunen anders als früher?" ("von früheren" is an adjective
    without its noun, "von früheren Scheunen" one that points back); the answer is the
    statements, a middle one about the same subject with its pronoun named."""
    now = _main(sentence)
    subject = _subject(now) if now is not None and now.sure and now.tense == "present" else None
    tokens = span_tokens(sentence, subject.start, subject.end) if subject is not None else []
    if len(tokens) != 2 or tokens[0].tag != "ADJA" or tokens[0].lemma.lower() not in PRESENT_ADJECTIVES \
            or tokens[1].tag != "NN" or tokens[1].feature("Number") != "Plur" or now is None or now.negation is not None:
        return None
    head = tokens[1].lemma.lower()
    statements = [_answer_text([t for t in sentence.tokens if t.i in _with_coordinated(sentence, now)])]
    for ahead in (1, 2):
        if sentence.index + ahead >= len(analysis.sentences):
            return None
        later = analysis.sentences[sentence.index + ahead]
        if later.paragraph != sentence.paragraph or later.is_heading:
            return None
        then = _main(later)
        if then is None or not then.sure:
            return None
        if not _time_word(later, then, EARLIER):
            pronoun = _subject(then)
            words = span_tokens(later, pronoun.start, pronoun.end) if pronoun is not None else []
            if len(words) != 1 or words[0].tag != "PPER" or words[0].text.lower() != "sie":
                return None  # a sentence between about something else
            statements.append(_answer_text([t for t in later.tokens if t.i in _with_coordinated(later, then)],
                                           {words[0].i: words[0].text}))  # after the first, "Sie" is clear
            continue
        if then.tense != "past" or not any(t.tag == "NN" and t.lemma.lower() == head for t in later.tokens):
            return None
        same = {t.i: t.text for t in later.tokens if t.text.lower().startswith(SAME_WORDS)}  # "unter demselben Dach"
        statements.append(_answer_text([t for t in later.tokens if t.i in _with_coordinated(later, then)], same))
        kept = [s for s in statements if s is not None]
        if statements[0] is None or statements[-1] is None:
            return None
        evidence = list(analysis.sentences[sentence.index : later.index + 1])
        noun = tokens[1].text if tokens[1].text.endswith(("n", "s")) else f"{tokens[1].text}n"  # dative plural
        prompt = f"Was ist an {tokens[0].lemma.lower()}en {noun} anders als früher?"
        return _question(sentence, prompt, " ".join(kept), evidence, "unterschied")
    return None


def _passive_verb(sentence: Sentence, clause: Clause) -> str | None:
    """The lemma of a passive clause's participle ("wurde … gedroschen" → "dreschen"), also where
    the roles read the participle as a predicative of "werden"."""
    finite = next((t for t in sentence.tokens if t.i == clause.finite), None)
    if finite is None or finite.lemma != "werden":
        return None
    last = [t for t in sentence.tokens if t.i in clause.tokens and not t.tag.startswith("$")][-1]
    return last.lemma if last.tag == "VVPP" else None


def _time_word(sentence: Sentence, clause: Clause, words: frozenset[str]) -> bool:
    """Does the clause hold one of ``words`` as an adverb of its own, not in a comparison ("als
    früher") or as an adjective ("ein früher Verkäufer")?"""
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        if token.i not in clause.tokens or token.text.lower() not in words or token.tag not in ("ADV", "ADJD"):
            continue
        before = tokens[k - 1].text.lower() if k > 0 else ""
        after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
        if before not in COMPARING and after not in COMPARING:
            return True
    return False


def _changed(named: list[Token], clause: Clause) -> str:
    verb = "haben" if _plural(named, clause) else "hat"
    return f"Wie {verb} sich {_text(named)} verändert?"


# --- shared ---------------------------------------------------------------------------------


def _main(sentence: Sentence) -> Clause | None:
    return next((c for c in sentence.clauses if c.kind == "main"), None)


def _with_coordinated(sentence: Sentence, clause: Clause) -> set[int]:
    """The clause's tokens and those of the clauses coordinated with it ("… waren tagsüber am
    Rüstungsbetrieb und schliefen nachts im KZ"): the whole statement about its subject."""
    index = sentence.clauses.index(clause)
    return {i for c in sentence.clauses if c is clause or c.kind == "coordinated" and c.parent == index for i in c.tokens}


def _subject(clause: Clause) -> Constituent | None:
    subjects = [c for c in clause.role("subject") if c.clause is None]
    return subjects[0] if len(subjects) == 1 else None


def _named(sentence: Sentence, subject: Constituent, analysis: Analysis | None = None, cut: bool = False,
           ) -> list[Token] | None:
    """The subject as a named noun phrase a question can stand on (a pronoun only with the name
    ``resolve`` gives it, as one token standing for the name); None otherwise. ``cut``: a
    verb-final clause's subject the roles ran on into its object ("während die Frauen Röcke
    tragen" → "die Frauen Röcke") ends at its first noun."""
    tokens = span_tokens(sentence, subject.start, subject.end)
    if cut and tokens and tokens[0].tag == "ART":
        first = next((k for k, t in enumerate(tokens) if t.tag in ("NN", "NE")), None)
        if first is not None and first + 1 < len(tokens) and tokens[first + 1].tag == "NN":
            tokens = tokens[: first + 1]
    if analysis is not None and len(tokens) == 1 and tokens[0].tag == "PPER":
        name = resolve(analysis, sentence.index, tokens[0].i)
        if name is None:
            return None
        return [Token(i=tokens[0].i, text=name, start=tokens[0].start, end=tokens[0].end, lemma=name.split()[-1],
                      pos="NOUN", tag="NN", morph=tokens[0].morph)]
    return tokens if _nominal(tokens) else None


def _pronoun_name(named: list[Token]) -> dict[int, str]:
    """A resolved pronoun's name by its token (``_named`` put it in the pronoun's place)."""
    return {t.i: t.text for t in named if t.pos == "NOUN" and t.tag == "NN" and t.lemma == t.text.split()[-1]}


def _nominal(tokens: list[Token]) -> bool:
    """A plain noun phrase: article, adjectives, nouns and names only, a noun in it, no pronoun,
    no list, not two common nouns side by side (a misread object: "der Rest der Bevölkerung
    Pahari") but for a label ("Doppel A")."""
    if not tokens or len(tokens) > MAX_PHRASE_WORDS or any(t.tag not in NOUN_PHRASE_TAGS for t in tokens):
        return False
    if not any(t.tag in ("NN", "NE") for t in tokens):
        return False
    return not any(a.tag in ("NN", "NE") and b.tag in ("NN", "NE") and not (a.tag == b.tag == "NE") and not _label(b)
                   for a, b in pairwise(tokens))


def _label(token: Token) -> bool:
    """A letter or number naming one of a kind: "Doppel A", "Gruppe B"."""
    return len(token.text) <= 2 and (token.text.isupper() or token.text.isdigit())


def _right_after_finite(sentence: Sentence, clause: Clause, subject: Constituent) -> bool:
    """The subject right after the finite verb (a reflexive between them allowed): the Mittelfeld's
    first phrase, which German keeps for the subject when the Vorfeld holds something else."""
    assert clause.finite is not None
    between = [t for t in sentence.tokens if clause.finite < t.i < subject.start]
    return all(t.tag == "PRF" for t in between)


def _statement(sentence: Sentence, clause: Clause, front: list[Token], vorfeld_end: int) -> str | None:
    """The main clause without what its Vorfeld set it against, ``front`` in its place: "Ungarisch
    gehört nicht zur indogermanischen Sprachfamilie.", "Im Ungarischen erfolgt die Bildung von
    Wortformen durch Agglutination."."""
    finite = next(t for t in sentence.tokens if t.i == clause.finite)
    taken = {t.i for t in front} | {finite.i}
    rest = [t for t in sentence.tokens if t.i in clause.tokens and t.i > vorfeld_end and t.i not in taken]
    return _answer_text([*front, finite, *rest])


def _answer_text(tokens: list[Token], named: dict[int, str] | None = None) -> str | None:
    """The tokens as a statement a reader understands on its own: none that points outside it (a
    pronoun only where ``named`` gives its name), no quotation or bracket, not too long; ending
    with a full stop."""
    named = named or {}
    words = [t for t in tokens if not t.tag.startswith("$")]
    if not words or len(words) > MAX_ANSWER_WORDS:
        return None
    if any(t.tag in POINTING_TAGS and t.i not in named for t in words) or any(
            t.text in ("„", "“", "\"", "(", ")", ":", ";") for t in tokens):
        return None
    while tokens and tokens[-1].tag.startswith("$"):
        tokens = tokens[:-1]
    joined = "".join(named.get(t.i, t.text) + (t.whitespace or " ") for t in tokens)
    text = re.sub(r"\s+([,.])", r"\1", re.sub(r"\s+", " ", joined)).strip().rstrip(",")
    return text[0].upper() + text[1:] + "."


def _text(tokens: list[Token]) -> str:
    """A phrase as it stands inside a question: an article that opened its sentence in lower case."""
    joined = "".join(t.text + (t.whitespace or " ") for t in tokens)
    text = re.sub(r"\s+", " ", joined).strip()
    return text[0].lower() + text[1:] if tokens[0].tag not in ("NN", "NE", "FM") else text


def _words(tokens: list[Token]) -> list[str]:
    """A phrase's words without its article, lower case: "der chinesische Kalender" and "zum
    gregorianischen Kalender" differ, "die Scheunen" and "den Scheunen" do not."""
    return [t.text.lower().removesuffix("n") for t in tokens if t.tag in ("ADJA", "NN", "NE", "CARD")]


def _head(tokens: list[Token]) -> str:
    return next(t.lemma.lower() for t in tokens if t.tag in ("NN", "NE"))


def _plural(tokens: list[Token], clause: Clause) -> bool:
    head = next(t for t in tokens if t.tag in ("NN", "NE"))
    return clause.number == "Plur" or head.feature("Number") == "Plur"


def _differ(named: list[Token]) -> str:
    head = next(t for t in named if t.tag in ("NN", "NE"))
    return "unterscheiden sich" if head.feature("Number") == "Plur" else "unterscheidet sich"


def _dative(tokens: list[Token]) -> list[str] | None:
    """A nominative noun phrase in the dative, where its form is certain: "die meisten europäischen
    Sprachen" → "den meisten europäischen Sprachen", "die Blüte" → "der Blüte", a name without
    article as it is; None for what would need more (a weak noun: "der Student" → "dem Studenten",
    a genitive after the head, an unknown gender)."""
    nouns = [k for k, t in enumerate(tokens) if t.tag in ("NN", "NE")]
    if not nouns or nouns[-1] != len(tokens) - 1 or len(nouns) > 1 and tokens[0].tag == "ART":
        return None
    head = tokens[-1]
    number, gender = head.feature("Number"), head.feature("Gender")
    kind = "Plur" if number == "Plur" else gender
    article = tokens[0].text.lower() if tokens[0].tag == "ART" else ""
    if not article:
        return [t.text for t in tokens] if head.tag == "NE" and len(tokens) == 1 else None
    if (article, kind) not in DATIVE_ARTICLES or number not in ("Sing", "Plur"):
        return None
    if kind == "Masc" and head.text.lower().endswith(WEAK_ENDINGS):
        return None
    words = [DATIVE_ARTICLES[(article, kind)]]
    for token in tokens[1:-1]:
        text = token.text
        if token.tag in ("ADJA", "PIAT") and text.endswith(("er", "es")) and article in ("ein",):
            text = text[:-2] + "en"
        elif token.tag in ("ADJA", "PIAT") and text.endswith("e"):
            text += "n"
        words.append(text)
    noun = head.text
    if kind == "Plur" and not noun.endswith(("n", "s")):
        noun += "n"
    return [*words, noun]


CONTRACTIONS = {"bei": "beim", "von": "vom"}


def _contracted(preposition: str, words: list[str]) -> str:
    """"bei" + "dem Dorf" → "beim Dorf", "von" + "dem Deutschen" → "vom Deutschen"."""
    if words[0] == "dem":
        return " ".join([CONTRACTIONS[preposition], *words[1:]])
    return " ".join([preposition, *words])


def _question(sentence: Sentence, prompt: str, answer: str, evidence: list[Sentence], skill: str) -> Question | None:
    if not wellformed.well_formed_question(prompt, word=prompt.split()[0]):
        return None
    quoted = " ".join(s.text for s in evidence)
    return Question(
        id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=quoted,
        explanation=f"Im Text steht: „{quoted}“", focus="content", skill=skill,
    )
