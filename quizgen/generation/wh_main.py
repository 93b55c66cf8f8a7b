"""Main-line questions: why something has its name, what followed from an event, what a term means.

Readers who judged the worksheets (tests/judged/comprehension.md, round 18 "Key questions" and
"Unseen key questions", round 17 "Unseen key questions") most often miss the main line of a text:
why something happened or has its name, what followed from it, what a term means. The other
generators ask these where a clause's roles carry them (``wh_causes``: weil, deshalb, führen zu
with a named cause; ``wh_effects``: "Dies bewirkte …"); these kinds they leave out:

- **why a name** ("warum"): a clause of naming (heißen, nennen, bezeichnen als, taufen) with its
  reason in a weil/da clause or a wegen phrase. "Die Inselgruppe wurde zunächst als Islas
  Encantadas bezeichnet, da niemand so weit draußen im Ozean noch Inseln vermutet hätte …" →
  "Warum wurde die Inselgruppe zunächst als Islas Encantadas bezeichnet?". ``wh`` refuses the
  clause (two nominatives: who is named and the name cannot be told apart), and a reason that
  explains a name may be longer than a plain weil answer: it is the point of the sentence.
- **what an event led to** ("welche-folgen"): "Dies / Das / Diese Entscheidung führte zu Y" or
  "… dazu, dass Y" after a sentence that tells the event: "Im Jahr 2004 lud Lawrence Lessig die
  Studenten zu einem Treffen ein. Dies führte zur Gründung des ersten Ortsverbands." → "Welche
  Folgen hatte es, dass Lawrence Lessig die Studenten im Jahr 2004 zu einem Treffen einlud?" – zur
  Gründung des ersten Ortsverbands (``wh_causes`` asks "Wozu führte X?" only of a named cause);
- **what changed since** ("welche-folgen"): "Seither / Seitdem" opening a clause after a sentence
  that tells a past event: "Die Aare wurde in den Bielersee geleitet. Seither gibt es in diesem
  Gebiet fast keine Überschwemmungen mehr." → "Was änderte sich, nachdem die Aare in den Bielersee
  geleitet wurde?" – the clause restated without "Seither" (the key is a sentence: a consequence
  is a statement, and the words as written are accepted);
- **what a term means** ("was-bedeutet"): "Unter X versteht man Y" → "Was versteht man unter X?";
  "Der Begriff / Das Konzept X beschreibt / bezeichnet / bedeutet Y", also as "Dieses beschreibt
  Y" right after the sentence that names the term ("… ist ein Beispiel für das Konzept Desakota.
  Dieses beschreibt Regionen, die …") → "Was beschreibt das Konzept Desakota?" – Y.

- **what a colon announces** ("welch-"): an indefinite subject ("ein Verbrechen") or a vague
  plural object ("einige Wörter") before a colon, the sentence after it saying what it was:
  "Im Jahr 1932 sorgte ein Verbrechen für Aufsehen: Jemand wollte Geld erpressen, indem er den
  Sohn Lindberghs entführte." → "Welches Verbrechen sorgte im Jahr 1932 für Aufsehen?"; "Die
  deutsche Sprache hat einige Wörter aus dem Ungarischen übernommen: Beispiele sind Dolmetscher,
  Kutsche und Tollpatsch." → "Welche Wörter hat die deutsche Sprache aus dem Ungarischen
  übernommen?" (round 21 readers' key questions on Lindbergh and Hungarian).

Precision over recall: sure indicative clauses, no hedge, no negation of the asked statement, a
pronoun only where the references name it, no answer that points outside itself; every question
passes ``wellformed`` as every W-question does.
"""

from __future__ import annotations

from dataclasses import replace as dc_replace

from ..analysis.hanta import is_verb
from ..extraction.reference import GENDER_OF_ARTICLE
from ..extraction.reference import resolve as resolve_reference
from ..model import Analysis, Clause, Constituent, Fact, Question, Sentence, Token
from . import realise, wellformed
from .realise import _token, _word
from .wh import (
    COPULAS,
    STATIC_VERBS,
    _pronoun_names,
    _resolver,
    askable_sentences,
    ends_before_its_content,
    entity_labels,
    span_tokens,
    unambiguous,
)
from .wh_causes import HEDGES, _self_contained, _subject_pronouns, _why
from .wh_effects import _question as effect_question
from .wh_effects import content_item, event_noun, verb_last
from .wh_guesses import guess_questions
from .wh_steps import step_questions

Spans = dict[tuple[int, int], str]

# Verbs that give something a name; "benennen nach" is ``wh_kinds``' "Nach wem …?".
NAMING_VERBS = frozenset({"heißen", "nennen", "bezeichnen", "taufen"})
# Conjunctions and prepositions that give the reason of a name.
NAME_REASONS = frozenset({"weil", "da", "wegen", "aufgrund"})
# The definite article that takes the place of a demonstrative determiner.
DEFINITE_OF_DEMONSTRATIVE = {"diese": "die", "dieser": "der", "dieses": "das", "diesen": "den", "diesem": "dem"}
NOUN_PHRASE_TAGS = frozenset({"ADJA", "NN", "NE", "CARD"})
# Adverbs that, in the reason of a place's name, mean the named place ("weil hier früher Eisen abgebaut wurde").
NAMED_PLACE_WORDS = frozenset({"hier", "dort"})
# Words that point to what the text said before ("dies", "derselbe"); "hier" and "dort" may be the named place.
POINTING_WORDS = frozenset({"dies", "diese", "dieser", "dieses", "diesem", "diesen", "jene", "jener", "jenes", "derselbe",
                            "dieselbe", "dasselbe", "ebenfalls", "auch", "daher", "deshalb", "damals"})
# The conjunction of a time clause whose event the main clause's deed followed ("nachdem …").
AFTER_CONJUNCTIONS = frozenset({"nachdem"})
# Words that open a clause about what followed the event the sentence before tells.
SINCE_WORDS = frozenset({"seither", "seitdem"})
# Subjects that take up the sentence before as a whole ("Dies führte zu …").
BACK_SUBJECTS = frozenset({"dies", "das"})
# Nouns that name a term, a concept or a word ("der Begriff Desakota").
TERM_NOUNS = frozenset({"Begriff", "Konzept", "Wort", "Ausdruck", "Bezeichnung", "Fachbegriff", "Terminus", "Modell",
                        "Prinzip"})
# Verbs with which a term says what it means.
MEANING_VERBS = frozenset({"bezeichnen", "bedeuten", "beschreiben", "meinen", "umfassen"})
# Pronouns that take up a term named in the sentence before ("Dieses beschreibt …").
TERM_PRONOUNS = frozenset({"dieses", "dieser", "diese", "er", "es", "sie"})
# The gender or number a nominative or accusative personal pronoun can stand for.
PRONOUN_KINDS = {"er": {"Masc"}, "ihn": {"Masc"}, "es": {"Neut"}, "sie": {"Plur", "Fem"}}
PAST_TENSES = frozenset({"past", "perfect", "pluperfect"})
# What the checks of a one-clause question say of "Was änderte sich, nachdem X geschah?".
# ("words after the right bracket": two participles of the event, "gelegt und in den Bielersee geleitet").
ONE_TIME_CLAUSE = frozenset({"2 clauses", "2 finite verbs", "a second clause after a comma", "words after the right bracket"})
# Words that open an answer in lower case ("es gibt …", "die Aare …").
LOWERED_OPENERS = frozenset({"es", "der", "die", "das", "ein", "eine", "sie", "er"})
# The first words of a place phrase that points back to the scene of the event before ("in diesem Gebiet").
POINTING_PLACES = frozenset({"dort", "hier", "dorthin"})
# Adverbs that place an event after the one before it; inside "nachdem …" they go.
SEQUENCE_WORDS = frozenset({"dann", "danach", "anschließend", "schließlich", "daraufhin"})
# Verbs whose "mit" phrase is how something ended ("Der Krieg endete mit der Niederlage Somalias").
ENDING_VERBS = frozenset({"enden", "ausgehen"})
MAX_DESCRIPTIONS = 2  # present-tense sentences "Seither" may reach back over to its event
MAX_NAME_REASON_WORDS = 40  # a name's reason is the sentence's point: longer than a plain weil answer
MAX_MEANING_WORDS = 30
MAX_RELATIVE_GAP = 3  # ", sondern in" between two relative clauses of one noun
MIN_SHORT_MEANING = 3  # "Regionen" alone, without what kind, is no meaning to accept


def main_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    """The name, consequence and meaning questions of the text, in text order."""
    resolve = _resolver()
    labels = entity_labels(facts)
    found: list[Question | None] = []
    explained: list[Question | None] = []
    previous: Sentence | None = None
    for sentence, _seen in askable_sentences(analysis):
        before = previous if previous is not None and previous.index == sentence.index - 1 and \
            previous.paragraph == sentence.paragraph else None
        for clause in sentence.clauses:
            if clause.kind != "main" or not clause.sure or clause.mood != "indicative":
                continue
            if any(_word(sentence, i) in HEDGES for i in clause.tokens):
                continue  # "Vermutlich wurde …": a guess of the text is no fact to ask for
            found.append(_what_followed(analysis, sentence, clause, labels))
            found.append(_announced(analysis, sentence, clause, resolve))
            if clause.modal:
                continue
            found += [_led_to(analysis, sentence, clause, before), _meaning(analysis, sentence, clause, before)]
            replace = _pronoun_names(analysis, sentence, clause, resolve)
            # "Seither gibt es …": the expletive "es" has no name to find, and needs none
            found.append(_since_then(analysis, sentence, clause, replace or {}))
            found.append(_after_event(analysis, sentence, clause, replace, labels))
            if replace is not None:
                found += [_name_reason(analysis, sentence, clause, replace), _ending(sentence, clause, replace)]
        explained.append(_explained_term(analysis, sentence))
        following = analysis.sentences[sentence.index + 1] if sentence.index + 1 < len(analysis.sentences) else None
        explained += [_instead(analysis, sentence, clause, following, resolve) for clause in sentence.clauses]
        explained.append(_listed_after(analysis, sentence))
        previous = sentence
    # a term explained after "also", a chain of process steps ("Was geschieht nacheinander mit X?
    # Nenne drei Schritte …") and the text's open questions with their guesses are checked on their own
    return [*wellformed.teacher_filter(unambiguous([q for q in found if q is not None]), analysis),
            *(q for q in explained if q is not None), *step_questions(analysis), *_known_for_points(analysis),
            *guess_questions(analysis)]


# --- what someone is known for, said twice ------------------------------------------------------------

# Adjectives of fame; "Wofür ist X bekannt?" of one statement is ``wh_content``'s and ``wh_kinds``'.
FAME_ADJECTIVES = frozenset({"bekannt", "berühmt"})
MAX_FAME_WORDS = 16  # one point of what someone is known for


def _known_for_points(analysis: Analysis) -> list[Question]:
    """"Wofür war Rembrandt bekannt? Nenne zwei Dinge." when two sentences of the text say what
    the same one is known or famous for: "Er … war schon damals sehr bekannt für seine Porträts
    von anderen Menschen und von sich selbst." and "Rembrandt ist dafür bekannt, dass er besonders
    gut das Licht malen konnte, …". Round 23 readers marked the one-point question "partly" and
    its key too narrow ("für seine Porträts" is also right); with both points the key lists what
    the text gives and a student who found one place only earns half. The item stands at the last
    point's sentence, where the single-point question of that sentence is its rival."""
    points: dict[str, list[tuple[Sentence, str, str]]] = {}
    for sentence, _seen in askable_sentences(analysis):
        for clause in sentence.clauses:
            point = _fame_point(analysis, sentence, clause)
            if point is None:
                continue
            name = _same_one(point[0], points)
            if all(s.index != sentence.index for s, _, _ in points.get(name, [])):
                points.setdefault(name, []).append((sentence, point[1], point[2]))
    questions = []
    for name, found in points.items():
        if len(found) < 2:
            continue
        found = found[:3]
        verb = "war" if any(verb in ("war", "waren", "wurde") for _, _, verb in found) else "ist"
        prompt = f"Wofür {verb} {name} bekannt?"
        evidence = " ".join(s.text for s, _, _ in found)
        question = _question(found[-1][0], prompt, "Wofür", "; ".join(a for _, a, _ in found), (), "wofür", evidence)
        if question is not None and not wellformed.text_problems(question, analysis):
            questions.append(dc_replace(question, prompt=f"{prompt} Nenne {'zwei' if len(found) == 2 else 'drei'} Dinge."))
    return questions


def _same_one(name: str, points: dict[str, list[tuple[Sentence, str, str]]]) -> str:
    """The key under which ``points`` holds the same one by a longer or shorter name
    ("Rembrandt Harmenszoon van Rijn" / "Rembrandt"), moved to the shorter; else the name."""
    words = set(name.split())
    known = next((k for k in points if words <= set(k.split()) or set(k.split()) <= words), None)
    if known is None or len(known) <= len(name):
        return known or name
    points[name] = points.pop(known)
    return name


def _fame_point(analysis: Analysis, sentence: Sentence, clause: Clause) -> tuple[str, str, str] | None:
    """Who is known for what in the clause, and its finite verb: "für seine Porträts …" to the
    clause's end, or the dass-clause after "dafür bekannt," to the sentence's end; the subject a
    name, or a personal pronoun the references name (a conjunct's subject is its main clause's)."""
    if clause.kind not in ("main", "coordinated") or not clause.sure or clause.mood != "indicative" or clause.negation is not None:
        return None
    finite = _token(sentence, clause.finite) if clause.finite is not None else None
    fame = [i for i in clause.tokens if _word(sentence, i) in FAME_ADJECTIVES]
    subjects = clause.role("subject")
    if finite is None or finite.lemma != "sein" or len(fame) != 1 or len(subjects) != 1 or any(not c.sure for c in clause.constituents):
        return None
    name = _fame_subject(analysis, sentence, subjects[0])
    own = [t for t in sentence.tokens if t.i in clause.tokens and not t.tag.startswith("$")]
    after = [t for t in own if t.i > fame[0]]
    if name is None or not after and _word(sentence, fame[0] + 1) != ",":
        return None
    if after and after[0].text.lower() == "für":
        words = after
    elif _word(sentence, fame[0] - 1) == "dafür" and not after and _word(sentence, fame[0] + 2) == "dass":
        words = [t for t in sentence.tokens if t.i > fame[0] + 1 and not t.tag.startswith("$.")]
        words = words[: next((k for k, t in enumerate(words) if t.text == ","), len(words))]
    else:
        return None
    if not 2 <= len(words) <= MAX_FAME_WORDS or any(t.tag in ("PDS", "PDAT") or t.text in ("(", ")", '"') for t in words):
        return None
    return name, realise.render(sentence, words[0].i, words[-1].i + 1), finite.text.lower()


def _fame_subject(analysis: Analysis, sentence: Sentence, subject: Constituent) -> str | None:
    """The subject as a name: a personal pronoun by the name the references give it, else a
    phrase of names as written ("Rembrandt")."""
    tokens = span_tokens(sentence, subject.start, subject.end)
    if len(tokens) == 1 and tokens[0].tag == "PPER" and tokens[0].text.lower() in ("er", "sie"):
        return resolve_reference(analysis, sentence.index, tokens[0].i) or None
    return subject.text if tokens and all(t.tag == "NE" for t in tokens) else None


# --- why something has its name ------------------------------------------------------------------


def _name_reason(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"Die Inselgruppe wurde zunächst als Islas Encantadas bezeichnet, da niemand so weit draußen
    im Ozean noch Inseln vermutet hätte …" → Warum wurde die Inselgruppe zunächst als Islas
    Encantadas bezeichnet? – da niemand … ; "Der Vogel wird Zaunkönig genannt, weil er oft auf
    Zäunen sitzt." → Warum wird der Vogel Zaunkönig genannt? – weil er oft auf Zäunen sitzt."""
    if clause.lemma not in NAMING_VERBS or clause.negation is not None:
        return None
    if clause.lemma == "bezeichnen" and not any(_word(sentence, c.start) == "als" for c in clause.constituents):
        return None  # "bezeichnet … den Ort" without "als": what a word denotes, no name given
    causes = [c for c in clause.constituents if c.role == "cause" and _word(sentence, c.start) in NAME_REASONS]
    if len(causes) != 1 or any(c.role == "purpose" for c in clause.constituents):
        return None
    cause = causes[0]
    subjects = clause.role("subject")
    if len(subjects) != 1 or not subjects[0].sure:
        return None
    if _points_back(sentence, subjects[0], replace):
        definite = _definite(sentence, subjects[0])
        if definite is None:
            return None  # "Sie wird … genannt" without a name for "sie"
        # "Diese Gegend wird Wasserschloss der Schweiz genannt, da …": the name says which region is meant
        replace = {**replace, (subjects[0].start, subjects[0].end): definite}
    # the name beside the named is unsure to the roles (two nominatives); here it is what the clause says
    others = [c if c.sure else dc_replace(c, sure=True) for c in clause.constituents if c is not cause]
    named = frozenset(i for c in others if c is not subjects[0] for i in range(c.start, c.end))
    prompt = _why(sentence, _clause_with(clause, others), replace)
    if prompt is None:
        return None
    own = _subject_pronouns(analysis, sentence, clause, replace, cause.start, cause.end) | {
        t.i for t in span_tokens(sentence, cause.start, cause.end) if t.text.lower() in NAMED_PLACE_WORDS
    } | _same_thing_pronouns(sentence, subjects[0], cause.start, cause.end, named)
    reason = _reason_text(sentence, cause, own)
    if reason is None:
        return None
    answer, accepted = reason
    conjunction, _, rest = answer.partition(" ")
    if conjunction == "da":
        accepted = (f"weil {rest}", *accepted)  # the answer's "da" and a student's "weil" say the same
    return _question(sentence, prompt, "Warum", answer, accepted, "warum")


def _reason_text(sentence: Sentence, cause: Constituent, own: frozenset[int]) -> tuple[str, tuple[str, ...]] | None:
    """The reason as it stands, without a word that points outside it (but for the named thing
    itself: "weil er oft auf Zäunen sitzt" of the Zaunkönig), with its accepted variants. Two
    reasons too long for one answer ("da niemand so weit draußen im Ozean noch Inseln vermutet
    hätte und starke Strömungen … den Eindruck erwecken konnten, …") give the first as the
    answer, the second accepted."""
    words = [t for t in span_tokens(sentence, cause.start, cause.end) if not t.tag.startswith("$")]
    if not words or len(words) > MAX_NAME_REASON_WORDS:
        return None
    if len(words) <= wellformed.MAX_LONG_ANSWER_WORDS:
        whole = _standalone(sentence, words, own)
        return (whole, ()) if whole is not None else None
    split = next((k for k, t in enumerate(words) if t.tag == "KON" and t.text.lower() == "und"
                  and any(w.tag.endswith("FIN") for w in words[:k]) and any(w.tag.endswith("FIN") for w in words[k:])), None)
    if split is None:
        return None
    first = _standalone(sentence, words[:split], own)
    if first is None or len(first.split()) > wellformed.MAX_LONG_ANSWER_WORDS:
        return None
    second = _standalone(sentence, words[split + 1 :], own)
    if second is not None and ends_before_its_content(sentence, words[split + 1 :]):
        second = None  # "… den Eindruck erwecken konnten": which impression, the cut leaves out
    return first, (f"{words[0].text.lower()} {second}",) if second is not None else ()


def _standalone(sentence: Sentence, words: list[Token], own: frozenset[int]) -> str | None:
    """The words as an answer a reader understands on its own: no pronoun or demonstrative that
    points outside them (a pronoun in ``own`` or one whose noun stands before it in the words is
    inside: "Strömungen zwischen den Inseln und um sie herum"), no quotation, no bracket."""
    for k, token in enumerate(words):
        if token.i in own or token.text.lower() == "es" or token.tag == "PRF":
            continue
        if token.tag in ("PDAT", "PDS", "PPOSAT") or token.text.lower() in POINTING_WORDS:
            return None
        if token.tag == "PPER" and not any(
                n.tag in ("NN", "NE") and _kind(n) in PRONOUN_KINDS.get(token.text.lower(), set()) for n in words[:k]):
            return None
    if any(t.text in (":", ";", "„", "“", "\"", "(", ")") for t in words):
        return None
    return realise.phrase(sentence, words[0].i, words[-1].i + 1)


def _same_thing_pronouns(
    sentence: Sentence, subject: Constituent, start: int, end: int, named: frozenset[int]
) -> frozenset[int]:
    """The personal pronouns from ``start`` to ``end`` that can only mean the named subject: of
    its gender and number, with no other noun of that gender and number between ("Der Vogel wird
    Zaunkönig genannt, weil er oft auf Zäunen sitzt")."""
    words = span_tokens(sentence, subject.start, subject.end)
    heads = [t for t in words if t.tag in ("NN", "NE")]
    if not heads:
        return frozenset()
    kind = _kind(heads[-1])
    if not kind and words[0].tag == "ART" and subject.case in ("Nom", ""):
        kind = GENDER_OF_ARTICLE.get(words[0].text.lower(), "")  # the tagger gave the noun no gender: "Der Vogel"
    between = [t for t in span_tokens(sentence, subject.end, end) if t.tag in ("NN", "NE") and t.i not in named]
    return frozenset(
        t.i for t in span_tokens(sentence, start, end)
        if t.tag == "PPER" and kind in PRONOUN_KINDS.get(t.text.lower(), set())
        and not any(n.i < t.i and _kind(n) in PRONOUN_KINDS[t.text.lower()] for n in between))


def _kind(token: Token) -> str:
    return "Plur" if token.feature("Number") == "Plur" else token.feature("Gender")


def _clause_with(clause: Clause, constituents: list[Constituent]) -> Clause:
    """The clause with only ``constituents``: the reason left out of the question."""
    return dc_replace(clause, constituents=tuple(constituents))


def _definite(sentence: Sentence, subject: Constituent) -> str | None:
    """"diese Gegend" → "die Gegend": a demonstrative noun phrase with the definite article, or None."""
    words = span_tokens(sentence, subject.start, subject.end)
    article = DEFINITE_OF_DEMONSTRATIVE.get(words[0].text.lower()) if words and words[0].tag == "PDAT" else None
    if article is None or not any(t.tag == "NN" for t in words[1:]) or any(t.tag not in NOUN_PHRASE_TAGS for t in words[1:]):
        return None
    return " ".join([article, *(t.text for t in words[1:])])


def _points_back(sentence: Sentence, constituent: Constituent, replace: Spans) -> bool:
    """Does the phrase take up something the sentence does not name ("diese Gegend", "sie" without a name)?"""
    if (constituent.start, constituent.end) in replace:
        return False
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    return not tokens or tokens[0].tag in ("PDAT", "PDS", "PPER", "PPOSAT")


# --- how something ended ---------------------------------------------------------------------------


def _ending(sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"Der Ogadenkrieg endete mit der Niederlage Somalias." → Wie endete der Ogadenkrieg? – mit
    der Niederlage Somalias; "Der Prozess endet mit Hannas Verurteilung zu lebenslanger Haft" → Wie
    endet der Prozess? Readers of round 20 asked exactly this of both texts ("Wie endete der
    Krieg?", "Wie endet der Prozess für Hanna?"): the outcome of a war, trial or season, which the
    roles leave an adverbial no other generator asks for. The "mit" phrase must name something
    (a noun) and point nowhere outside the sentence; the subject must be named."""
    if clause.lemma not in ENDING_VERBS or clause.negation is not None or clause.voice != "active":
        return None
    subjects = clause.role("subject")
    outcomes = [c for c in clause.constituents if c.role != "subject" and _word(sentence, c.start).lower() == "mit"]
    if len(subjects) != 1 or len(outcomes) != 1 or not (subjects[0].sure and outcomes[0].sure):
        return None
    if _points_back(sentence, subjects[0], replace):
        return None  # "Er endete mit …" without a name for "er"
    words = span_tokens(sentence, outcomes[0].start, outcomes[0].end)
    if not any(t.tag == "NN" for t in words) or any(t.tag in ("PDAT", "PDS", "PPER") for t in words):
        return None  # "mit diesem", "damit": what it means is in another sentence
    prompt = realise.interrogative(sentence, clause, outcomes[0], "Wie", replace=replace)
    if prompt is None:
        return None
    answer = realise.phrase(sentence, outcomes[0].start, outcomes[0].end)
    return _question(sentence, prompt, "Wie", answer, (answer.removeprefix("mit "),), "wie-endete")


# --- what an event led to --------------------------------------------------------------------------


def _led_to(analysis: Analysis, sentence: Sentence, clause: Clause, previous: Sentence | None) -> Question | None:
    """"Im Jahr 2004 lud Lawrence Lessig die Studenten zu einem Treffen ein. Dies führte zur
    Gründung des ersten Ortsverbands am Swarthmore College." → Welche Folgen hatte es, dass im
    Jahr 2004 Lawrence Lessig die Studenten zu einem Treffen einlud? – zur Gründung des ersten
    Ortsverbands am Swarthmore College; "Dies führte dazu, dass …" – the dass-clause."""
    if clause.lemma != "führen" or clause.voice != "active" or clause.negation is not None or previous is None:
        return None
    subjects = clause.role("subject")
    words = span_tokens(sentence, subjects[0].start, subjects[0].end) if len(subjects) == 1 else []
    if not (len(words) == 1 and words[0].text.lower() in BACK_SUBJECTS
            or len(words) == 2 and words[0].tag == "PDAT" and event_noun(words[1])):
        return None  # not "Dies" nor "Diese Entscheidung": the cause is named, and ``wh_causes`` asks "Wozu führte X?"
    # the result: "zu Y", or the dass-clause of "dazu, dass Y"; nothing else the clause says beside it
    results = [c for c in clause.constituents if _word(sentence, c.start) in ("zu", "zum", "zur", "dass")]
    others = [c for c in clause.constituents if c not in results and c is not subjects[0]
              and not (_word(sentence, c.start) == "dazu" and c.end == c.start + 1) and c.role not in ("time", "adverbial")]
    if len(results) != 1 or others:
        return None
    start, end = results[0].start, results[0].end
    answer = _self_contained(sentence, start, end)
    if answer is None:
        return None
    names = _previous_names(analysis, previous)
    restated = verb_last(previous, names, "dass") if names is not None else None
    if restated is None:
        return None
    verb = "hat" if clause.tense == "present" else "hatte"
    bare = answer.split(" ", 1)[1] if answer.split()[0] in ("zu", "zum", "zur") else ""  # "(zur) Gründung …"
    return effect_question(previous, f"Welche Folgen {verb} es, {restated}?", "Welche Folgen", answer, (bare,),
                           "welche-folgen", f"{previous.text} {sentence.text}")


def _previous_names(analysis: Analysis, previous: Sentence) -> Spans | None:
    """The names of the pronouns of the sentence before's one main clause (None: none, or unsure)."""
    mains = [c for c in previous.clauses if c.kind == "main"]
    if len(mains) != 1 or not mains[0].sure or mains[0].mood != "indicative":
        return None
    return _pronoun_names(analysis, previous, mains[0], _resolver())


# --- what someone did after an event ---------------------------------------------------------------


def _what_followed(analysis: Analysis, sentence: Sentence, clause: Clause, labels: dict[str, str]) -> Question | None:
    """"Nachdem Dr. Luke von anderen Projekten abgelenkt war, unterzeichnete Kesha 2006 bei David
    Sonenberg für DAS Communications Inc." → Was tat Kesha, nachdem Dr. Luke von anderen Projekten
    abgelenkt war? – Kesha unterzeichnete 2006 bei David Sonenberg … A person's deed after a
    nachdem-clause is what the event moved them to: the step of a life readers ask for ("why
    Lee went to film school", round 20: "Doch nachdem Lees damaliger Freund 20-jährig starb,
    wollte sie fortan …"), which ``wh`` only asks the other way round ("Wann …? – nachdem …").
    The event stays as the text words it; the deed, with a clause joined to it by "und" that
    shares its subject, is the answer, in the past only (a rule in the present followed no
    event). "Was tat" only of a person acting ("Was tat die Stadt?" reads wrong); of a named
    thing "Was geschah"; a subject that is no name and no resolved pronoun ("das Gebäude") the
    question would not say."""
    afters = [c for c in clause.constituents if c.clause is not None and _word(sentence, c.start) in AFTER_CONJUNCTIONS]
    if len(afters) != 1 or clause.negation is not None or clause.lemma in STATIC_VERBS | COPULAS - {"werden"}:
        return None
    if clause.voice != "active" or clause.tense not in PAST_TENSES:
        return None  # (a passive's agent the realiser misplaces: "Londinium von den Angelsachsen wurde zerstört")
    after, index = afters[0], afters[0].clause
    inner = sentence.clauses[index or 0]
    if not inner.sure or inner.mood != "indicative" or any(c.parent == index for c in sentence.clauses):
        return None  # a clause inside the event: where it ends is not sure
    if any(not c.sure for c in clause.constituents):
        return None
    subjects = clause.role("subject")
    names = _pronoun_names(analysis, sentence, clause, _resolver())
    if len(subjects) != 1 or names is None:
        return None
    subject = subjects[0]
    person = names.get((subject.start, subject.end)) or realise.phrase(sentence, subject.start, subject.end)
    own = _subject_pronouns(analysis, sentence, clause, names, after.start, after.end)
    event = _self_contained(sentence, after.start, after.end, own=own)
    deed = realise.declarative(sentence, clause, front=subject, replace=names, drop=(after,))
    if event is None or deed is None or not wellformed.well_formed_statement(deed) or not _verb_second(sentence, clause, deed):
        return None
    joined = _joined_deed(sentence, clause)
    if joined is None:
        return None
    answer = f"{deed.removesuffix('.')} {joined}".strip()
    if not any(t.tag == "NE" or t.ent_label for t in span_tokens(sentence, subject.start, subject.end)) and person == \
            realise.phrase(sentence, subject.start, subject.end):
        return None  # "Das Gebäude verlor an Bedeutung": which building, the question would not say
    acted = labels.get(person) == "person" and clause.lemma != "werden"
    finite = next((t for t in sentence.tokens if t.i == clause.finite), None)
    did = "taten" if finite is not None and finite.feature("Number") == "Plur" else "tat"
    prompt = f"Was {did} {person}, {event}?" if acted else f"Was geschah, {event}?"
    return _question(sentence, prompt, "Was", answer, (deed.removesuffix("."),) if joined else (),
                     "was-tat" if acted else "welche-folgen", tolerated=ONE_TIME_CLAUSE)


def _verb_second(sentence: Sentence, clause: Clause, deed: str) -> bool:
    """Does the finite verb follow the subject in the restated deed ("Kesha unterzeichnete …",
    not "Die Sachsen Londinium eroberten", which the realiser makes of a misread clause)?"""
    finite = next((t for t in sentence.tokens if t.i == clause.finite), None)
    subjects = clause.role("subject")
    if finite is None or len(subjects) != 1:
        return False
    words = deed.split()
    at = len(realise.phrase(sentence, subjects[0].start, subjects[0].end).split())
    return at < len(words) and words[at] == finite.text


def _joined_deed(sentence: Sentence, clause: Clause) -> str | None:
    """The clause after "und" that shares the deed's subject, as written up to its own
    subordinate clause ("und schrieb sich an der Columbia Film School ein"); "" when there is
    none, None when another clause follows that the answer cannot leave out or take along."""
    index = sentence.clauses.index(clause)
    others = [c for k, c in enumerate(sentence.clauses) if k != index and c.kind in ("main", "coordinated")]
    if not others:
        return ""
    joined = others[0]
    own = [c for c in joined.role("subject") if c.start in joined.tokens]
    if len(others) != 1 or joined.kind != "coordinated" or joined.parent != index or own or not joined.sure \
            or _word(sentence, joined.conjunction) != "und" or any(not c.sure for c in joined.constituents):
        return None  # "…, und er zog nach Bonn": a deed of its own, with its own subject
    if joined.conjunction is None or min(joined.tokens) < max(clause.tokens):
        return None
    words = [t for t in span_tokens(sentence, joined.conjunction, max(joined.tokens) + 1) if t.i in joined.tokens
             or t.i == joined.conjunction]
    if any(t.tag in ("PPER", "PDS", "PDAT", "PPOSAT") and t.text.lower() != "sich" or t.text.lower() in POINTING_WORDS
           for t in words):
        return None
    return realise.render(sentence, words[0].i, words[-1].i + 1)


# --- what happens after an event ------------------------------------------------------------------

# Nouns after which "nach" means "according to" ("Nach der Überlieferung gründete Romulus Rom"),
# matched as the last part of a compound too ("Volkszählung"): what they head is a source, no event.
ACCOUNT_NOUNS = ("meinung", "ansicht", "auffassung", "angabe", "angaben", "überlieferung", "legende", "sage",
                 "darstellung", "schätzung", "schätzungen", "definition", "zählung", "rechnung", "theorie", "lehre",
                 "vorstellung", "aussage", "bericht", "empfehlung", "regel", "norm", "ordnung", "quelle", "quellen")
# Verbs of a state: what a clause with one says holds, it does not follow the event ("Nach der
# Volkszählung 2001 sind …"); "es gab Streit" and "wurde Hauptstadt" tell what came of it.
STATES = (STATIC_VERBS | COPULAS) - {"geben", "werden"}
MAX_AFTER_WORDS = 7  # "nach dem Zerfall der Sowjetunion": longer, the event is a detail of its own
MIN_TAIL = 4  # letters of a compound's last part read as an event ("Welt|krieg", "Vor|fall")


def _after_event(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans | None,
                 labels: dict[str, str]) -> Question | None:
    """"Nach der Bestäubung wachsen die Samen." → Was passiert nach der Bestäubung? – die Samen
    wachsen; "Nach dem Ersten Weltkrieg gab es Streit, ob die Gegend mit Eisenstadt zu Ungarn oder
    zu Österreich gehören sollte." → Was geschah nach dem Ersten Weltkrieg? Round 24's readers
    rewrote "Was wächst nach der Bestäubung? – die Samen" into the first (the phrase turned round
    is answered by matching "wachsen") and missed "Was geschah nach dem Ersten Weltkrieg mit
    Eisenstadt?": what followed an event is the point, the whole clause the answer. Only a
    Vorfeld "nach" + a definite noun of an event ("Bestäubung", "Weltkrieg", "Zerfall"), not of
    time ("nach zwei Jahren") or of an account ("Nach der Volkszählung 2001 sind …": according
    to), of a clause that tells a deed or a change (no copula, no state, no modal). The event is
    one the reader knows which: named with more than its noun ("dem Ersten Weltkrieg", "dem
    Zerfall der Sowjetunion") or told before ("Wenn die Pollen auf die Narbe geraten, nennt man
    das Bestäubung."); "Was geschah nach dem Abschluss?" does not say whose (MLQA)."""
    event = _after_phrase(sentence, clause)
    if event is not None and len(event.split()) == 3 and not _told_before(analysis, sentence, event.split()[-1]) \
            and not any(t.tag == "NE" for s in clause.role("subject") for t in span_tokens(sentence, s.start, s.end)):
        return None  # (a named subject says whose: "Nach dem Abschluss studierte Fisher …")
    if event is not None and _after_again(analysis, sentence, event.split()[-1]):
        return None  # "Nach dem Zerfall der Sowjetunion …" three times in Kasachstan: which of its sequels is meant?
    if event is None or clause.negation is not None or clause.modal or clause.lemma in STATES:
        return None
    vorfeld = [c for c in clause.constituents if c.field == "vorfeld"]
    subjects = clause.role("subject")
    if len(subjects) != 1 or any(t.tag == "CARD" for t in sentence.tokens if t.i in clause.tokens and t.i >= (clause.finite or 0)):
        return None  # "gingen am 16. August 2001 die ersten drei Abschnitte in Betrieb": a dated detail, no outcome
    front, index = subjects[0], sentence.clauses.index(clause)
    if _word(sentence, front.start) == "es" and front.end == front.start + 1:  # "gab es Streit": an expletive
        front = dc_replace(front, sure=True)
        clause = dc_replace(clause, constituents=tuple(front if c is subjects[0] else c for c in clause.constituents))
        others = [t for t in span_tokens(sentence, min(clause.tokens), max(clause.tokens) + 1)
                  if t.tag in ("PPER", "PPOSAT") and t.i != front.start and t.i in clause.tokens]
        replace = None if others else {**(replace or {}), (front.start, front.end): "es"}
    if replace is None or not front.sure:
        return None
    answer = realise.declarative(sentence, clause, front=front, replace=replace, drop=vorfeld)
    if answer is None or answer.count(",") != sentence.text.count(","):
        return None  # ("entwickelt sich zum Embryo die Samenanlage zum Samen": a gapped clause lost its commas)
    inner = sum(c.parent == index for c in sentence.clauses)  # "…, ob die Gegend zu Ungarn gehören sollte"
    problems = set(wellformed.statement_problems(answer, max_clauses=1 + inner))
    if _verb_second(sentence, clause, answer.removesuffix(".")):
        problems.discard("0 finite verbs")  # the tagger reads a short statement's last verb as an infinitive
    if problems:
        return None
    if any(word.lower() in POINTING_WORDS | POINTING_PLACES for word in answer.removesuffix(".").split()):
        return None  # "legten hier die Römer …": the place the answer points to is not in it
    happened = "geschah" if clause.tense in PAST_TENSES else "passiert"
    person = replace.get((front.start, front.end)) or realise.phrase(sentence, front.start, front.end)
    if labels.get(person) == "person" and clause.voice == "active" and clause.tense in PAST_TENSES:
        happened = f"tat {person}"  # "Nach dem Zweiten Weltkrieg siedelte Rohmer nach New York um": a step of a life
    written = realise.render(sentence, sentence.tokens[0].i, sentence.tokens[-1].i + 1)
    return _question(sentence, f"Was {happened} {event}?", "Was", _lowered(answer.removesuffix(".")), (written,),
                     "was-tat" if happened.startswith("tat") else "welche-folgen", tolerated=ONE_TIME_CLAUSE)


def _after_phrase(sentence: Sentence, clause: Clause) -> str | None:
    """The clause's Vorfeld as "nach" + a definite noun phrase of an event ("nach der
    Bestäubung"), or None: the Vorfeld is all of it, up to the finite verb."""
    if clause.finite is None:
        return None
    vorfeld = sorted((c for c in clause.constituents if c.field == "vorfeld"), key=lambda c: c.start)
    if not vorfeld or not all(c.sure and c.clause is None for c in vorfeld):
        return None
    words = span_tokens(sentence, vorfeld[0].start, clause.finite)
    if len(words) < 3 or len(words) > MAX_AFTER_WORDS or words[0].text.lower() != "nach" or words[0].tag != "APPR":
        return None
    if words[1].tag != "ART" or words[1].text.lower() not in ("dem", "der", "den"):
        return None
    head = next((t for t in words[2:] if t.tag in ("NN", "NE")), None)
    if head is None or head.tag != "NN" or not _event_head(head) or any(t.tag.startswith("$") for t in words):
        return None
    return "nach " + realise.render(sentence, words[1].i, words[-1].i + 1)


def _after_again(analysis: Analysis, sentence: Sentence, noun: str) -> bool:
    """Does another sentence open with "Nach" and name the same last noun soon after ("Nach dem
    Zusammenbruch der Sowjetunion …", "Nach dem Zerfall der Sowjetunion …")? Then the text tells
    several sequels of the event, and "Was geschah nach …?" has more than one answer."""
    return any(other.index != sentence.index and other.tokens and other.tokens[0].text == "Nach"
               and noun in (t.text for t in other.tokens[1:MAX_AFTER_WORDS + 1]) for other in analysis.sentences)


def _told_before(analysis: Analysis, sentence: Sentence, noun: str) -> bool:
    """Does a sentence before ``sentence`` name the noun (as written or as a compound's end)?"""
    return any(t.text.endswith(noun) or t.text.endswith(noun.lower()) for before in analysis.sentences[: sentence.index]
               for t in before.tokens if t.tag == "NN")


def _event_head(head: Token) -> bool:
    """Does the noun name an event (``event_noun``), also as a compound's last part ("Weltkrieg":
    "Krieg"), and no account ("Volkszählung")?"""
    lemma = head.lemma.lower()
    if lemma.endswith(ACCOUNT_NOUNS):
        return False
    if event_noun(head):
        return True
    return head.feature("Gender") in ("Masc", "") and any(
        is_verb(lemma[k:] + "en") for k in range(1, len(lemma) - MIN_TAIL + 1))


# --- what changed since ----------------------------------------------------------------------------


def _since_then(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"Die Aare wurde dann in den Hagneckkanal gelegt und in den Bielersee geleitet. Dort lagert
    sie all den Sand und die Steine ab, die sie mitbringt. Seither gibt es in diesem Gebiet fast
    keine Überschwemmungen mehr." → Was änderte sich, nachdem die Aare in den Hagneckkanal gelegt
    und in den Bielersee geleitet wurde? – es gibt fast keine Überschwemmungen mehr (the sentence
    as written accepted). "Seither" goes back to the last past event the paragraph told: a sentence in the present
    between (what the river does there now) describes, it tells no event."""
    vorfeld = next((c for c in clause.constituents if c.field == "vorfeld"), None)
    if vorfeld is None or [t.text.lower() for t in span_tokens(sentence, vorfeld.start, vorfeld.end)] \
            not in ([w] for w in SINCE_WORDS):
        return None
    event = _last_event(analysis, sentence)
    if event is None:
        return None
    previous, main = event
    names = _previous_names(analysis, previous)
    if names is None:
        return None
    # "Die Aare wurde dann … geleitet": "dann" links the event to the one before; "nachdem" says it
    names |= {(t.i, t.i + 1): "" for t in previous.tokens if t.text.lower() in SEQUENCE_WORDS and t.tag == "ADV"}
    restated = verb_last(previous, names, "nachdem")
    if restated is None:
        return None
    restated = _pluperfect(" ".join(restated.split()), main)
    subjects = clause.role("subject")
    front = subjects[0] if len(subjects) == 1 and subjects[0].sure else None
    if front is not None and _same_subject(sentence, front, replace, previous, main):
        return None  # "1604 stieg der Meeresspiegel … an. Seither stieg er um weitere 0,55 m an.": it goes on, nothing changed
    if front is not None and _word(sentence, front.start) == "es" and front.end == front.start + 1:
        replace = {**replace, (front.start, front.end): "es"}  # "Seither gibt es …": expletive, it names nothing
    # "in diesem Gebiet", "dort": the place of the event the question names; the key is true without it
    scene = [c for c in clause.constituents if c.role == "place" and any(
        t.tag == "PDAT" or t.text.lower() in POINTING_PLACES for t in span_tokens(sentence, c.start, c.end))]
    answer = realise.declarative(sentence, clause, front=front, replace=replace, drop=(vorfeld, *scene))
    if answer is None or not wellformed.well_formed_statement(answer):
        return None
    written = realise.render(sentence, sentence.tokens[0].i, sentence.tokens[-1].i + 1)
    prompt = f"Was änderte sich, {restated}?" if main.tense == "past" else f"Was hat sich geändert, {restated}?"
    evidence = " ".join(s.text for s in analysis.sentences[previous.index : sentence.index + 1])
    # the pluperfect's "worden" is one word more than the text's past: it may pass the limit by that word
    longer = frozenset({f"{wellformed.MAX_QUESTION_WORDS + 1} words"}) if "worden war" in restated else frozenset()
    return _question(previous, prompt, "Was", _lowered(answer.removesuffix(".")), (written,), "welche-folgen", evidence,
                     tolerated=ONE_TIME_CLAUSE | longer)


# A past passive's auxiliary and its pluperfect: "nachdem …" tells what had happened before.
PLUPERFECT_PASSIVE = {"wurde": "worden war", "wurden": "worden waren"}


def _pluperfect(restated: str, main: Clause) -> str:
    """The nachdem-clause in the pluperfect when the event is a past passive: "nachdem die Aare
    in den Bielersee geleitet worden war", not "… geleitet wurde" (round 24: "'nachdem … wurde'
    needs the pluperfect"). An active past keeps its form (its participle is not at hand)."""
    head, _, last = restated.rpartition(" ")
    if main.tense != "past" or main.voice != "passive" or last not in PLUPERFECT_PASSIVE:
        return restated
    return f"{head} {PLUPERFECT_PASSIVE[last]}"


def _last_event(analysis: Analysis, sentence: Sentence) -> tuple[Sentence, Clause] | None:
    """The sentence of the paragraph before ``sentence`` that tells a past event, with its main
    clause, passing over at most ``MAX_DESCRIPTIONS`` sentences in the present; None when there is none."""
    for k in range(sentence.index - 1, max(-1, sentence.index - 2 - MAX_DESCRIPTIONS), -1):
        before = analysis.sentences[k]
        if before.paragraph != sentence.paragraph or before.is_heading:
            return None
        mains = [c for c in before.clauses if c.kind == "main"]
        if len(mains) != 1:
            return None
        if mains[0].tense in PAST_TENSES:
            return (before, mains[0]) if mains[0].negation is None and mains[0].lemma not in STATIC_VERBS | COPULAS else None
        if mains[0].tense != "present":
            return None
    return None


def _same_subject(sentence: Sentence, subject: Constituent, replace: Spans, previous: Sentence, main: Clause) -> bool:
    """Is the clause's subject the event's subject (its last word, the name a pronoun was given)?"""
    others = main.role("subject")
    if len(others) != 1:
        return False
    text = replace.get((subject.start, subject.end)) or realise.render(sentence, subject.start, subject.end)
    other = realise.render(previous, others[0].start, others[0].end)
    return text.split()[-1].lower() == other.split()[-1].lower()


def _lowered(statement: str) -> str:
    """A statement as an answer starts: "es gibt …", "die Aare …" (names keep their capital)."""
    first, _, rest = statement.partition(" ")
    return f"{first.lower()} {rest}" if first.lower() in LOWERED_OPENERS else statement


# --- what a term means -----------------------------------------------------------------------------


def _meaning(analysis: Analysis, sentence: Sentence, clause: Clause, previous: Sentence | None) -> Question | None:
    """"Unter Desakota versteht man Regionen, die …" → Was versteht man unter Desakota?; "Die
    Provinz ist ein Beispiel für das Konzept Desakota. Dieses beschreibt Regionen, die …" → Was
    beschreibt das Konzept Desakota? – Regionen, die …"""
    if clause.negation is not None or clause.voice != "active":
        return None
    objects = clause.role("object_acc")
    if len(objects) != 1 or not objects[0].sure:
        return None
    meant = objects[0]
    if clause.lemma == "verstehen":
        term = _understood_term(sentence, clause)
        if term is None:
            return None
        prompt = f"Was versteht man unter {term}?"
    elif clause.lemma in MEANING_VERBS:
        subjects = clause.role("subject")
        if len(subjects) != 1:
            return None
        term = _term(sentence, subjects[0], previous)
        if term is None:
            return None
        finite = next(t for t in sentence.tokens if t.i == clause.finite)
        prompt = f"Was {finite.text} {term}?"
    else:
        return None
    # the meaning runs to the clause's end: "das Anfügen von Endungen | an den Wortstamm" is one phrase to the reader
    ends = [max(meant.end, _relative_end(sentence, meant, joined=True), max(clause.tokens) if clause.lemma == "verstehen" else 0),
            _relative_end(sentence, meant, joined=False)]
    evidence = f"{previous.text} {sentence.text}" if previous is not None and term not in sentence.text else ""
    short = realise.render(sentence, meant.start, meant.end)
    for end in dict.fromkeys(ends):  # the whole meaning, else only its first relative clause
        answer = _meaning_text(sentence, meant.start, end)
        shorter = (short,) if answer is not None and short != answer and len(short.split()) >= MIN_SHORT_MEANING else ()
        question = _question(sentence, prompt, "Was", answer, shorter, "was-bedeutet", evidence) if answer else None
        if question is not None and wellformed.teacher_filter([question], analysis):
            return question  # ("…, sondern in denen beide Nutzungsformen …": "beide" reads as pointing back)
    return None


def _understood_term(sentence: Sentence, clause: Clause) -> str | None:
    """The X of "Unter X versteht man …": a noun or name after "unter", "man" the subject."""
    subjects = clause.role("subject")
    if len(subjects) != 1 or _word(sentence, subjects[0].start) != "man":
        return None
    under = next((c for c in clause.constituents if _word(sentence, c.start) == "unter" and c.clause is None), None)
    if under is None:
        return None
    words = span_tokens(sentence, under.start + 1, under.end)
    if not words or words[-1].tag not in ("NN", "NE", "FM") or any(t.tag in ("PDAT", "PPOSAT", "PPER") for t in words):
        return None
    return realise.render(sentence, under.start + 1, under.end)


def _term(sentence: Sentence, subject: Constituent, previous: Sentence | None) -> str | None:
    """"der Begriff Desakota" as the subject, or "Dieses" right after a sentence that names
    "das Konzept Desakota" (the only term noun with its name in that sentence)."""
    words = span_tokens(sentence, subject.start, subject.end)
    if len(words) >= 3 and words[0].tag == "ART" and words[1].text in TERM_NOUNS and words[2].tag in ("NE", "FM", "NN"):
        return realise.phrase(sentence, subject.start, subject.end)
    if len(words) != 1 or words[0].text.lower() not in TERM_PRONOUNS or previous is None:
        return None
    terms = [k for k, t in enumerate(previous.tokens) if t.text in TERM_NOUNS and k > 0 and k + 1 < len(previous.tokens)
             and previous.tokens[k - 1].tag in ("ART", "APPRART", "ADJA") and previous.tokens[k + 1].tag in ("NE", "FM", "NN")]
    if len(terms) != 1:
        return None
    k = terms[0]
    noun, name = previous.tokens[k], previous.tokens[k + 1]
    if not _agrees(words[0], noun) or k + 2 < len(previous.tokens) and previous.tokens[k + 2].tag in ("NE", "FM", "NN"):
        return None  # the pronoun cannot stand for the term, or the name runs on
    article = {"Masc": "der", "Fem": "die", "Neut": "das"}.get(noun.feature("Gender"))
    return f"{article} {noun.text} {name.text}" if article else None


def _agrees(pronoun: Token, noun: Token) -> bool:
    """Can ``pronoun`` (nominative) stand for ``noun``: "dieses"/"es" for a neuter, "dieser"/"er" for a masculine."""
    gender = noun.feature("Gender")
    word = pronoun.text.lower()
    return {"dieses": "Neut", "es": "Neut", "dieser": "Masc", "er": "Masc", "diese": "Fem", "sie": "Fem"}.get(word) == gender


def _relative_end(sentence: Sentence, meant: Constituent, joined: bool) -> int:
    """Where the relative clauses right after ``meant`` end (its own end when none follows): a
    definition's noun ("Regionen") says nothing without them, and a second one joined by
    "sondern" or "und" ("…, die weder rein urban … sind, sondern in denen …") belongs to it."""
    end = meant.end
    relatives = [c for c in sentence.clauses if c.kind == "relative" or joined and c.kind == "coordinated" and any(
        t.tag == "PRELS" for t in span_tokens(sentence, min(c.tokens), min(c.tokens) + MAX_RELATIVE_GAP))]
    for clause in sorted(relatives, key=lambda c: min(c.tokens)):
        gap = [t for t in span_tokens(sentence, end, min(clause.tokens))]
        if min(clause.tokens) >= end and all(t.tag in ("$,", "KON", "APPR") for t in gap) and len(gap) <= MAX_RELATIVE_GAP:
            end = max(clause.tokens) + 1
    return end


def _meaning_text(sentence: Sentence, start: int, end: int) -> str | None:
    words = [t for t in span_tokens(sentence, start, end) if not t.tag.startswith("$")]
    if not words or len(words) > MAX_MEANING_WORDS:
        return None
    if any(t.tag in ("PDAT", "PDS") or t.tag == "PPER" and t.text.lower() not in ("es",) for t in words):
        return None
    return realise.render(sentence, start, end)


# --- a term the text explains in passing: "X, also Y" ----------------------------------------------

# The words that open an explanation of the noun phrase before the comma ("…, also der erzwungenen
# Durchsetzung …", "…, das heißt …"), as token texts.
EXPLAINING = (("also",), ("das", "heißt"), ("d.", "h."), ("d.h.",))
# Determiners an explanation may open with that keep the noun phrase as a key writes it.
PLAIN_OPENERS = frozenset({"ein", "eine", "die", "das"})
# The strong dative ending of an adjective before a noun of this gender ("unter adaptiver Radiation").
DATIVE_ENDINGS = {"Fem": "er", "Masc": "em", "Neut": "em"}
MAX_EXPLANATION_WORDS = 14
RESTATED_PROBLEM = "the answer restates the phrase before it"
MIN_TERM_MENTIONS = 2  # the text comes back to the term: it matters to the text (Magyarisierung: three times)


def _explained_term(analysis: Analysis, sentence: Sentence) -> Question | None:
    """"… wurde eine Politik der intensiven Magyarisierung verfolgt, also der erzwungenen
    Durchsetzung des Ungarischen gegenüber den Regionalsprachen." → Was versteht man unter
    Magyarisierung? – die erzwungene Durchsetzung des Ungarischen gegenüber den Regionalsprachen;
    "eine adaptive Radiation, also eine Vermehrung der Arten" → Was versteht man unter adaptiver
    Radiation? Round 22 readers asked "Was war die Magyarisierung?": the text explains the term
    in passing, and a student who explains it shows he read the explanation. Only a noun phrase
    explained by a noun phrase (no verb in it), in a sure indicative sentence."""
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        opener = next((words for words in EXPLAINING if _opens(tokens, k, words)), None)
        if opener is None or k < 2 or tokens[k - 1].text != ",":
            continue
        term = _term_before(tokens, k - 1)
        answer = _explanation(tokens, k + len(opener))
        if term is None or answer is None or term.split()[-1].lower() in answer.lower():
            continue
        if _mentions(analysis, term.split()[-1]) < MIN_TERM_MENTIONS:
            continue  # a term the text names once is a specialist aside ("adaptive Radiation"), not its point
        if any(not c.sure or c.mood != "indicative" or c.negation is not None for c in sentence.clauses):
            return None
        question = _question(sentence, f"Was versteht man unter {term}?", "Was", answer, (), "was-bedeutet", "")
        # the answer is the phrase after "also" by design: what the checks hold against a role question's key
        if question is not None and not [p for p in wellformed.text_problems(question, analysis)
                                         if not p.startswith(RESTATED_PROBLEM)]:
            return question
    return None


def _mentions(analysis: Analysis, noun: str) -> int:
    """How many sentences of the text name the noun."""
    return sum(1 for s in analysis.sentences if any(t.text == noun for t in s.tokens))


def _opens(tokens: tuple[Token, ...], k: int, words: tuple[str, ...]) -> bool:
    """Do the tokens from k on read ``words`` ("das heißt")?"""
    return k + len(words) <= len(tokens) and all(tokens[k + j].text.lower() == w for j, w in enumerate(words))


def _term_before(tokens: tuple[Token, ...], comma: int) -> str | None:
    """The explained term: the noun before the comma with the adjectives before it, after
    "unter" (dative): "der intensiven Magyarisierung" → "Magyarisierung" (an inflected adjective
    of degree goes), "eine adaptive Radiation" → "adaptiver Radiation"; None after "des" (a
    genitive noun changes its form) or when no determiner opens the phrase."""
    last = comma - 2 if tokens[comma - 1].tag.startswith("VV") else comma - 1  # "… Magyarisierung verfolgt, also"
    noun = tokens[last]
    if noun.tag != "NN" or noun.feature("Number") == "Plur":
        return None
    start = last
    while start > 0 and tokens[start - 1].tag == "ADJA":
        start -= 1
    determiner = tokens[start - 1] if start > 0 else None
    if determiner is None or determiner.tag not in ("ART", "PIAT", "APPRART") or determiner.text.lower() in ("des", "eines"):
        return None
    adjectives = tokens[start:last]
    if not adjectives or determiner.text.lower() == "der":
        return noun.text  # "der intensiven Magyarisierung": the term is the noun
    ending = DATIVE_ENDINGS.get(noun.feature("Gender"))
    if ending is None or len(adjectives) > 1 or not adjectives[0].text.endswith(("e", "es", "er")):
        return None
    return f"{adjectives[0].lemma}{ending} {noun.text}"


def _explanation(tokens: tuple[Token, ...], start: int) -> str | None:
    """The noun phrase after "also" up to the next comma or the sentence's end, in the form a key
    writes it: "der erzwungenen Durchsetzung …" (a feminine genitive) → "die erzwungene
    Durchsetzung …"; None for a verb, a pronoun, another case or a phrase too long."""
    end = start
    while end < len(tokens) and tokens[end].tag not in ("$,", "$.", "$("):
        end += 1
    words = list(tokens[start:end])
    if len(words) < 2 or len(words) > MAX_EXPLANATION_WORDS or end < len(tokens) and tokens[end].text == "(":
        return None
    if any(t.tag.startswith(("V", "P", "KOU")) and t.tag not in ("PIAT",) for t in words) or words[-1].tag not in ("NN", "NE"):
        return None
    head = next((t for t in words if t.tag == "NN"), None)
    first = words[0].text.lower()
    texts = [t.text for t in words]
    if first == "der" and head is not None and head.feature("Gender") == "Fem" and head.feature("Number") != "Plur":
        texts[0] = "die"
        for j in range(1, words.index(head)):
            if words[j].tag == "ADJA" and texts[j].endswith("en"):
                texts[j] = texts[j][:-1]
    elif first not in PLAIN_OPENERS and words[0].tag not in ("ADJA", "NN"):
        return None
    return " ".join(texts)


# --- what someone should or wanted to do, and what happened instead ------------------------------------

# Modal verbs of an intention or a plan the text goes on to say was not carried out.
INTENDING_MODALS = frozenset({"sollen", "wollen"})
# Sentence openings that turn to what happened instead ("Statt dessen begann er zu malen.").
INSTEAD_OPENERS = (("statt", "dessen"), ("stattdessen",), ("doch",), ("aber",), ("jedoch",))
# Conjunctions of a clause in the same sentence that says so ("…, doch der Wind trieb …").
INSTEAD_CONJUNCTIONS = frozenset({"doch", "aber", "jedoch"})
# What the checks say of a question in two halves ("Was wollte X eigentlich tun, und was geschah
# stattdessen?"): its second question word and the "stattdessen" that takes up the first half.
INSTEAD_TOLERATED = frozenset({"2 clauses", "2 finite verbs", "a second clause after a comma", "back reference: stattdessen",
                               "words after the right bracket", "a second question word", "prompt: stattdessen points back"})
MAX_INSTEAD_WORDS = 14  # each half of the answer


def _instead(analysis: Analysis, sentence: Sentence, clause: Clause, following: Sentence | None, resolve) -> Question | None:
    """"Er wollte eigentlich nach Peru segeln, doch der Wind trieb sein Schiff auf die
    Galapagosinseln." → Was wollte Tomas de Berlanga eigentlich tun, und was geschah stattdessen?
    – nach Peru segeln; der Wind trieb sein Schiff auf die Galapagosinseln. "… und der junge
    Rembrandt sollte an die Universität. Statt dessen begann er zu malen." → Was sollte der junge
    Rembrandt eigentlich tun, und was geschah stattdessen? (round 22 readers: "Was sollte
    Rembrandt eigentlich machen, und was tat er stattdessen?", "Wie kam es zur Entdeckung der
    Inseln?"). A plan in the past ("sollte", "wollte") that the same sentence ("doch", "aber")
    or the next ("Statt dessen", "Doch") says did not happen."""
    if clause.kind not in ("main", "coordinated") or clause.modal not in INTENDING_MODALS or clause.tense != "past":
        return None
    if not clause.sure or clause.negation is not None or clause.mood != "indicative":
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1 or not subjects[0].sure:
        return None
    turned = _turned_in_sentence(sentence, clause) or _turned_next(sentence, following)
    if turned is None:
        return None
    name = _subject_name(analysis, sentence, clause, subjects[0], resolve)
    planned = _planned(sentence, clause, subjects[0])
    if name is None or planned is None:
        return None
    finite = next(t for t in sentence.tokens if t.i == clause.finite)
    prompt = f"Was {finite.text.lower()} {name} eigentlich tun, und was geschah stattdessen?"
    evidence = sentence.text if turned[1] is sentence else f"{sentence.text} {turned[1].text}"
    question = _question(sentence, prompt, "Was", f"{planned}; {turned[0]}", (), "veränderung", evidence, INSTEAD_TOLERATED)
    if question is None or set(wellformed.text_problems(question, analysis)) - INSTEAD_TOLERATED:
        return None
    return question


def _turned_in_sentence(sentence: Sentence, clause: Clause) -> tuple[str, Sentence] | None:
    """The clause after the plan's that opens with "doch" / "aber": what happened instead."""
    after = [c for c in sentence.clauses if c.kind == "coordinated" and min(c.tokens) > max(clause.tokens)]
    if not after:
        return None
    first = min(after[0].tokens)
    opener = _token(sentence, first)
    if opener is None or opener.text.lower() not in INSTEAD_CONJUNCTIONS and _word(sentence, first - 1) not in INSTEAD_CONJUNCTIONS:
        return None
    start = first + 1 if opener.text.lower() in INSTEAD_CONJUNCTIONS else first
    text = _half(sentence, start, max(after[0].tokens) + 1)
    return (text, sentence) if text else None


def _turned_next(sentence: Sentence, following: Sentence | None) -> tuple[str, Sentence] | None:
    """The next sentence of the paragraph when it opens with "Statt dessen", "Doch" …: its
    clause with the subject put first ("Statt dessen begann er zu malen." → "er begann zu malen")."""
    if following is None or following.paragraph != sentence.paragraph or len(following.clauses) != 1:
        return None
    opener = next((words for words in INSTEAD_OPENERS if _opens(following.tokens, 0, words)), None)
    text = _subject_first(following, len(opener)) if opener is not None else None
    return (text, following) if text is not None and len(text.split()) <= MAX_INSTEAD_WORDS else None


def _subject_first(sentence: Sentence, opener: int) -> str | None:
    """The sentence without its first ``opener`` words, the subject put before the finite verb
    that followed them ("So geriet er über … in einen Schneesturm." → "er geriet über … in einen
    Schneesturm"); None unless one sure main clause has its finite verb right after the opener."""
    mains = [c for c in sentence.clauses if c.kind == "main"]
    if len(mains) != 1 or not mains[0].sure or len(mains[0].role("subject")) != 1:
        return None
    main, subject = mains[0], mains[0].role("subject")[0]
    rest = [t for t in sentence.tokens[opener:] if not subject.start <= t.i < subject.end and not t.tag.startswith("$.")]
    if not rest or rest[0].i != main.finite:
        return None
    return f"{subject.text} {' '.join(t.text for t in rest)}".replace(" ,", ",")


def _subject_name(analysis: Analysis, sentence: Sentence, clause: Clause, subject: Constituent, resolve) -> str | None:
    """Who planned: the subject as written ("der junge Rembrandt"), a personal pronoun by the name
    the references give it ("Er" → Tomas de Berlanga)."""
    words = span_tokens(sentence, subject.start, subject.end)
    if len(words) == 1 and words[0].tag == "PPER":
        names = _pronoun_names(analysis, sentence, clause, resolve) or {}
        return names.get((subject.start, subject.end))
    if any(t.tag in ("PPER", "PDS", "PDAT", "PPOSAT") for t in words) or words[-1].tag not in ("NN", "NE"):
        return None
    return realise.phrase(sentence, subject.start, subject.end)


def _planned(sentence: Sentence, clause: Clause, subject: Constituent) -> str | None:
    """The plan: the clause without its subject, the modal and "eigentlich" ("nach Peru segeln"),
    "gehen" added to a bare direction ("an die Universität gehen")."""
    words = [t for t in span_tokens(sentence, min(clause.tokens), max(clause.tokens) + 1)
             if not subject.start <= t.i < subject.end and t.i != clause.finite and not t.tag.startswith("$")
             and t.text.lower() not in ("eigentlich", "und")]
    if not words or len(words) > MAX_INSTEAD_WORDS or any(t.tag in ("PPER", "PDS", "PRF") for t in words):
        return None
    text = " ".join(t.text for t in words)
    if not any(t.tag.startswith("VV") or t.tag.startswith("VA") for t in words):
        if not any(c.role == "direction" for c in clause.constituents):
            return None
        text += " gehen"  # "sollte an die Universität": the verb of going is understood
    return text


def _half(sentence: Sentence, start: int, end: int) -> str | None:
    """A clause of the answer as it stands, lower-cased, without its full stop."""
    words = [t for t in span_tokens(sentence, start, end) if not t.tag.startswith("$.")]
    if not words or len(words) > MAX_INSTEAD_WORDS:
        return None
    text = " ".join(t.text for t in words)
    return text if words[0].tag in ("NN", "NE") else text[:1].lower() + text[1:]


# --- "Es gab einige Schwierigkeiten. So … Außerdem …": what the next sentences list ---------------

# Openings of the first member and of a further one of what "einige X" announced.
FIRST_MEMBER: tuple[tuple[str, ...], ...] = (("so",), ("zum", "beispiel"), ("beispielsweise",), ("erstens",), ("zum", "einen"))
FURTHER_MEMBER = (("außerdem",), ("zudem",), ("auch",), ("ebenso",), ("zweitens",), ("zum", "anderen"), ("darüber", "hinaus"))
MAX_MEMBER_WORDS = 16


def _listed_after(analysis: Analysis, sentence: Sentence) -> Question | None:
    """"Während des Flugs gab es einige Schwierigkeiten. So geriet er über der Ost-Küste von Kanada
    in einen Schneesturm. Außerdem musste er ständig aufpassen, dass er nicht einschlief." →
    Welche Schwierigkeiten gab es während des Flugs? Nenne zwei. – er geriet … in einen
    Schneesturm; er musste ständig aufpassen, dass er nicht einschlief (round 22 readers: "Welche
    Schwierigkeiten hatte er während des Flugs?"). A sentence that ends "gab / gibt es" + a vague
    plural ("einige", "mehrere", "viele" …) announces a list; the next sentence opens its first
    member ("So", "Zum Beispiel"), the one after a further one ("Außerdem", "Zudem"). Read from
    the words, since the parse may take "Während" for a conjunction."""
    tokens = sentence.tokens
    if len(tokens) < 5 or tokens[-1].text != ".":
        return None
    verb, es, determiner, noun = tokens[-5:-1]
    if verb.lemma != "geben" or es.text != "es" or determiner.text.lower() not in VAGUE_PLURALS or noun.tag != "NN":
        return None
    setting = tokens[:-5]
    if not setting or any(t.tag in ("PPER", "PDS", "PDAT", "PROAV", "PAV", "PPOSAT") or t.tag.startswith("V") for t in setting):
        return None  # "Es gibt einige Wörter." alone asks about nothing in particular
    members = _members(analysis, sentence)
    if members is None:
        return None
    where = " ".join(t.text for t in setting)
    where = where if setting[0].tag in ("NN", "NE") else where[:1].lower() + where[1:]
    prompt = f"Welche {noun.text} {verb.text} es {where}?"
    evidence = " ".join(s.text for s in analysis.sentences[sentence.index : sentence.index + 1 + len(members)])
    question = _question(sentence, prompt, "Welche", "; ".join(members), (), "welch-", evidence)
    if question is None or wellformed.text_problems(question, analysis):
        return None
    return dc_replace(question, prompt=f"{prompt} Nenne {'zwei' if len(members) == 2 else 'drei'}.")


def _members(analysis: Analysis, sentence: Sentence) -> list[str] | None:
    """The next sentences of the paragraph as the members of the announced list: the first opens
    with "So" or "Zum Beispiel", each further one with "Außerdem", "Zudem" …; each restated with
    its subject first. None for fewer than two."""
    found: list[str] = []
    openers = FIRST_MEMBER
    for following in analysis.sentences[sentence.index + 1 : sentence.index + 4]:
        if following.paragraph != sentence.paragraph or following.is_heading:
            break
        opener = next((words for words in openers if _opens(following.tokens, 0, words)), None)
        member = _subject_first(following, len(opener)) if opener is not None else None
        if member is None or len(member.split()) > MAX_MEMBER_WORDS:
            break
        found.append(member[:1].lower() + member[1:] if member.split()[0].lower() in LOWERED_OPENERS else member)
        openers = FURTHER_MEMBER
    return found if len(found) >= 2 else None


# --- the item --------------------------------------------------------------------------------------


# --- what a colon announces ----------------------------------------------------------------

# "Welch-" for the gender or number of the asked noun, in the nominative and the accusative.
WHICH = {("Nom", "Masc"): "Welcher", ("Nom", "Fem"): "Welche", ("Nom", "Neut"): "Welches", ("Nom", "Plur"): "Welche",
         ("Acc", "Masc"): "Welchen", ("Acc", "Fem"): "Welche", ("Acc", "Neut"): "Welches", ("Acc", "Plur"): "Welche"}
# Determiners of a vague plural whose members the words after the colon name ("einige Wörter").
VAGUE_PLURALS = frozenset({"einige", "mehrere", "viele", "manche", "zahlreiche", "verschiedene", "etliche"})
# The opening of a sentence of examples after the colon, which the answer leaves out.
EXAMPLES_OPENING = "Beispiele sind "
# Subordinating conjunctions inside the announced sentence whose "er"/"sie" takes up its own subject.
INNER_CONJUNCTIONS = frozenset({"indem", "weil", "als", "nachdem", "damit", "dass", "wobei", "bevor"})


def _announced(analysis: Analysis, sentence: Sentence, clause: Clause, resolve) -> Question | None:
    """A noun phrase before a colon that the sentence after it fills, asked with "welch-": "ein
    Verbrechen" (the indefinite subject, singular) or "einige Wörter" (a vague plural object). The
    noun phrase is only its determiner and noun, so the question takes the noun alone; the answer
    is the sentence after the colon as written, a pronoun in it only where it takes up that
    sentence's own subject ("Jemand wollte …, indem er …")."""
    colon = next((t.i for t in sentence.tokens if t.text == ":"), None)
    if clause is not sentence.clauses[0] or colon is None or clause.negation is not None or sentence.tokens[-1].text != ".":
        return None
    after = tuple(c for c in clause.constituents if c.start > colon)
    if len(after) != 1 or after[0].clause is None or any(c.end > colon and c.start < colon for c in clause.constituents):
        return None
    asked = _announcing(sentence, clause)
    if asked is None or any(not c.sure for c in clause.constituents if c is not after[0]):
        return None
    head = span_tokens(sentence, asked.start, asked.end)[-1]
    kind = "Plur" if head.feature("Number") == "Plur" else head.feature("Gender")
    word = WHICH.get(("Nom" if asked.role == "subject" else "Acc", kind))
    replace = _pronoun_names(analysis, sentence, clause, resolve)
    if word is None or replace is None:
        return None
    prompt = realise.interrogative(sentence, clause, asked, f"{word} {head.text}", replace=replace, drop=after,
                                   number=("Plur" if kind == "Plur" else "Sing") if asked.role == "subject" else None)
    end = _last_word(sentence) + 1
    answer = _self_contained(sentence, colon + 1, end, whole=True, own=_taken_up(sentence, colon + 1, end))
    if prompt is None or answer is None or any(_word(sentence, i) in HEDGES for i in range(colon, end)):
        return None
    named = answer.removeprefix(EXAMPLES_OPENING)  # "Beispiele sind Dolmetscher, …": the examples answer
    accepted = (answer,) if named != answer else ()
    return _question(sentence, prompt, word, named, accepted, "welch-angekündigt")


def _announcing(sentence: Sentence, clause: Clause) -> Constituent | None:
    """The clause's "ein N" subject or "einige N" accusative object, determiner and noun only."""
    for constituent in clause.constituents:
        words = span_tokens(sentence, constituent.start, constituent.end)
        if len(words) != 2 or words[1].tag != "NN" or constituent.clause is not None:
            continue
        first = words[0].text.lower()
        if constituent.role == "subject" and first in ("ein", "eine") and words[0].tag == "ART":
            return constituent
        if constituent.role == "object_acc" and first in VAGUE_PLURALS and words[1].feature("Number") == "Plur":
            return constituent
    return None


def _taken_up(sentence: Sentence, start: int, end: int) -> frozenset[int]:
    """The "er"/"sie" in a subordinate clause after the first words that name its subject, of that
    subject's gender ("Jemand wollte Geld erpressen, indem er …"): the pronoun takes up that
    subject, inside the answer."""
    words = span_tokens(sentence, start, end)
    subject = next((t for t in words if t.tag in ("NN", "NE", "PIS") or t.tag.startswith("$")), None)
    if not words or words[0].tag not in ("NN", "NE", "PIS", "ART") or subject is None or subject.tag.startswith("$"):
        return frozenset()
    kind = "Masc" if subject.tag == "PIS" else "Plur" if subject.feature("Number") == "Plur" else subject.feature("Gender")
    opened = False
    own = set()
    for k, token in enumerate(words):
        opened = opened or token.text.lower() in INNER_CONJUNCTIONS and token.tag == "KOUS"
        if opened and token.tag == "PPER" and kind in PRONOUN_KINDS.get(token.text.lower(), ()) and token.text != "es":
            own.add(token.i)
        if token.tag == "PDS" and _article_of_later_noun(words[k + 1 :]):
            own.add(token.i)  # "den nicht einmal zwei Jahre alten Sohn": an article the tagger took alone
    return frozenset(own)


# Tags of the words between an article and its noun ("den nicht einmal zwei Jahre alten Sohn").
INSIDE_NOUN_PHRASE = frozenset({"PTKNEG", "ADV", "CARD", "ADJA", "ADJD", "NN"})


def _article_of_later_noun(rest: list[Token]) -> bool:
    """Do the words after a demonstrative run on, inside one noun phrase, to an NN with an
    adjective before it, so the demonstrative is its article?"""
    for k, token in enumerate(rest):
        if token.tag not in INSIDE_NOUN_PHRASE:
            return False
        if token.tag == "NN" and k > 0 and rest[k - 1].tag == "ADJA":
            return True
    return False


def _last_word(sentence: Sentence) -> int:
    """The index of the sentence's last token that is no punctuation."""
    return max(t.i for t in sentence.tokens if not t.tag.startswith("$"))


def _question(
    sentence: Sentence, prompt: str, word: str, answer: str, accepted: tuple[str, ...], skill: str, evidence: str = "",
    tolerated: frozenset[str] = frozenset(),
) -> Question | None:
    """The item, when the prompt reads as one good question that does not give its answer away."""
    if not answer or answer.lower() in prompt.lower():
        return None
    if not set(wellformed.question_problems(prompt, word=word)) <= tolerated:
        return None
    return content_item(sentence, prompt, answer, accepted, skill, evidence)
