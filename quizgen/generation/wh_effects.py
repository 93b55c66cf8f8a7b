"""What followed, how someone reacted and how something was done: questions across a clause's
causes and effects that ``wh_causes`` (why, what for) does not ask.

Readers of the worksheets (tests/judged/comprehension.md, "Key questions") most often miss
"Welche Folgen hatte …?", "Wie reagierte X auf Y?" and a reason given in the sentence before.
``wh_causes.cause_questions`` calls ``effect_questions`` for every sure indicative main clause:

- **consequence** ("welche-folgen"): a cause as subject of a verb of causing ("bewirken",
  "verursachen", "auslösen", "hervorrufen", "zur Folge haben", "führen dazu, dass") and its
  effect as object: "Das Zusammenwirken … bewirkte ab dem 31. August eine Abschwächung des
  Hurrikans." → "Welche Folgen hatte das Zusammenwirken …?" – eine Abschwächung des Hurrikans;
  "ermöglichen" the other way round ("Günstige Umgebungsbedingungen ermöglichten eine rasche
  Intensivierung." → "Wodurch wurde eine rasche Intensivierung möglich?", since ``wh`` asks "Was
  ermöglichten …?"). Only an event, action or state has consequences ("der Bau", "das
  Zusammenwirken", not "die Aare"). A subject that points back ("Dies", "Diese Maßnahme") names
  the sentence before, restated as a dass-clause: "Welche Folgen hatte es, dass …?"; so do "Das
  führte zu Y" and "Die Folge (davon) war Y";
  ``cause_consequence`` asks the same of a genitive cause ("Auf Grund des Rückzugs … wurde die
  Nationalmannschaft gesperrt." → "Welche Folgen hatte der Rückzug …?");
- **reaction** ("wie-reagierte"): "reagieren auf Y" with the way ("mit …", "indem …", an
  adjective): "Die Regierung reagierte auf die Proteste mit einer Ausgangssperre." → "Wie
  reagierte die Regierung auf die Proteste?" – mit einer Ausgangssperre;
- **manner** ("wie"): an indem-clause (or "dadurch, dass") says how the deed was done: "Der
  Bauer schützte die Felder, indem er Hecken pflanzte." → "Wie schützte der Bauer die Felder?" –
  indem er Hecken pflanzte.

``verb_last`` restates a sentence's main clause as a subordinate clause ("Tabak ist sehr
anfällig für Schimmel." → "weil Tabak sehr anfällig für Schimmel ist"), the form a Warum answer
or a "dass" in a question takes; ``wh_causes`` answers "Deshalb …" with it.

Precision over recall as everywhere: sure clauses only, no hedge, no negation, a pronoun only
where the references name it, no answer that points outside itself.
"""

from __future__ import annotations

from dataclasses import replace as dc_replace

from ..analysis.hanta import is_verb
from ..extraction.reference import person_noun
from ..model import Analysis, Clause, Constituent, Question, Sentence, Token
from . import realise, wellformed
from .realise import _token, _word
from .wh import span_tokens

Spans = dict[tuple[int, int], str]

# Verbs whose subject causes what their accusative object names.
CAUSING_VERBS = frozenset({"bewirken", "verursachen", "auslösen", "hervorrufen", "herbeiführen"})
ENABLING_VERBS = frozenset({"ermöglichen"})
# Words that make a clause a guess, not a fact.
HEDGES = frozenset({"vermutlich", "wahrscheinlich", "möglicherweise", "angeblich", "vielleicht", "wohl", "eventuell",
                    "mutmaßlich", "offenbar", "anscheinend"})
# Link words a restated clause does without ("jedoch", "allerdings").
DROPPED_LINKS = frozenset({"jedoch", "allerdings", "zudem", "außerdem", "also", "nämlich", "übrigens", "freilich"})
# Pronoun tags that point elsewhere: a restated clause or an answer must not hold one.
POINTING_TAGS = frozenset({"PPER", "PDS", "PDAT", "PPOSAT", "PROAV", "PAV", "PRF"})
# Words that tie a clause to its context: such a clause says nothing on its own.
LINKING_WORDS = frozenset({"auch", "außerdem", "zudem", "ebenfalls", "jedoch", "aber", "dabei", "dadurch", "dann",
                           "danach", "damals", "dort", "hier", "so", "dies", "diese", "dieser", "dieses", "deshalb",
                           "daher", "darum", "deswegen", "trotzdem", "dennoch", "hingegen", "dagegen", "ebenso",
                           "genauso", "wiederum", "somit", "folglich", "zwar", "beide", "beiden", "solche", "solchen",
                           "derselbe", "anschließend", "daraufhin", "später", "zuvor", "vorher"})
SPEAKER_PRONOUNS = frozenset({"ich", "mich", "mir", "wir", "uns", "du", "dich", "dir", "ihr", "euch", "mein", "meine",
                              "unser", "unsere", "man"})
# Subjects that point to the sentence before ("Dies bewirkte …", "Diese Maßnahme führte …").
REACTING_VERBS = frozenset({"reagieren", "antworten"})
# Suffixes of nouns that name an event, action or state.
EVENT_ENDINGS = ("ung", "heit", "keit", "ion", "tät", "schaft", "nis", "mus", "enz", "anz", "tur")
BACK_SUBJECTS = frozenset({"dies", "das", "diese", "dieser", "dieses"})
# Words of degree that a consequence clause with "dass" completes ("so stark angegriffen, dass …"),
# and the tags of the word they grade.
DEGREE_WORDS = frozenset({"so", "derart", "dermaßen"})
DEGREE_TAGS = frozenset({"ADJD", "ADV", "ADJA", "PIAT", "PIDAT", "PIS"})
MAX_CLAUSE_WORDS = 22
MAX_ANSWER_WORDS = 18


# --- a main clause as a subordinate one -------------------------------------------------------


def verb_last(
    sentence: Sentence, replace: Spans, conjunction: str, omit: Constituent | tuple[Constituent, ...] | None = None,
    when: bool = False,
    any_roles: bool = False,
) -> str | None:
    """The sentence's one main clause after ``conjunction`` with its finite verb last ("weil die
    Bevölkerungszahlen im Zeitalter der Industrialisierung enorm anstiegen"); relative clauses
    stay where they are, a link word ("allerdings") goes. None when the sentence is more than
    that clause (and relative clauses), unsure, a guess, not a statement, or holds a word that
    points outside it (a pronoun the ``replace`` spans do not name, "auch", "dort"). An ``omit``
    constituent (or several) of the main clause is left out with the comma before it, and its clauses with it
    ("Ihre Gesundheit war so stark angegriffen, | dass sie … musste" → "weil ihre Gesundheit so
    stark angegriffen war"). With ``when``, so are the main clause's clauses of time, which say
    when the reason held, not what it was ("Nachdem sie … verlegt wurden, kam es zu
    Misshandlungen, als sie die Zellen verließen." → "weil es zu Misshandlungen kam"). With
    ``any_roles`` the phrases may be of unsure role (which is subject, which object of "Die
    Tabakpflanze mag es eher warm"): with no pronoun to name, the words keep their order and
    only the finite verb moves, so the roles do not matter."""
    omitted = list(omit) if isinstance(omit, tuple) else [omit] if omit is not None else []
    if when:
        mains = [c for c in sentence.clauses if c.kind == "main"]
        omitted += [c for c in (mains[0].constituents if len(mains) == 1 else ()) if c.role == "time" and c.clause is not None]
    gone: set[int] = set()
    for constituent in omitted:
        gone |= set(range(constituent.start, constituent.end))
        if _word(sentence, constituent.start - 1) == ",":
            gone.add(constituent.start - 1)
        elif constituent.start == sentence.tokens[0].i and _word(sentence, constituent.end) == ",":
            gone.add(constituent.end)  # a clause in the Vorfeld goes with the comma after it
    inside = {c for c, clause in enumerate(sentence.clauses)
              if all(i in gone for i in clause.tokens if not (_token(sentence, i) or sentence.tokens[0]).tag.startswith("$"))}
    mains = [c for k, c in enumerate(sentence.clauses) if c.kind != "relative" and k not in inside]
    if len(mains) != 1 or sentence.tokens[-1].text != ".":
        return None
    main = mains[0]
    if main.kind != "main" or not main.sure or main.mood != "indicative" or main.finite is None:
        return None
    if any(not c.sure for c in main.constituents) and not (any_roles and not replace) or any(
            not c.sure for c in sentence.clauses):
        return None
    finite = _token(sentence, main.finite)
    words = [t for t in sentence.tokens if not t.tag.startswith("$.") and t.i not in gone]
    if finite is None or not words or words[0].i == finite.i and not omitted or not finite.tag.endswith("FIN"):
        return None  # verb first: a question or a command, no statement (unless the omitted phrase was its Vorfeld)
    if not _one_vorfeld(main, words[0].i, finite.i, words):
        return None  # the Vorfeld is not one phrase ("Anschaulich gesprochen verhalten sich …"): a misread clause
    later = [t for t in words if t.i in main.verbs and t.i != finite.i and t.i != main.particle]
    if sum(1 for t in later if t.tag.endswith("INF")) >= 2 and later[-1].tag == "VMINF":
        return None  # "hat … kommen können": the finite verb would not go last
    relative = {i for c in sentence.clauses if c.kind == "relative" for i in c.tokens}
    own = [t for t in words if t.i in main.tokens and t.i not in relative and not t.tag.startswith("$")]
    if not own:
        return None
    particle = _token(sentence, main.particle) if main.particle is not None else None
    if particle is not None and particle.i != own[-1].i:
        return None  # "Das Riff liegt relativ nahe an der Insel": a particle mid-clause is an adverb misread
    finite_text = finite.text.lower()
    if particle is not None:
        finite_text = particle.text.lower() + finite_text  # "stiegen … an" → "anstiegen"
        after = particle.i
    else:
        after = max(t.i for t in later) if later else own[-1].i
    pieces: list[str] = []
    skip_until = -1
    for k, token in enumerate(words):
        if token.i < skip_until:
            continue
        span = next(((s, e) for (s, e) in replace if s == token.i), None)
        if span is not None:
            pieces.append(replace[span])
            skip_until = span[1]
            if span[0] <= after < span[1]:
                pieces.append(finite_text)
            continue
        if token.i == finite.i or particle is not None and token.i == particle.i:
            if token.i == after:
                pieces.append(finite_text)
            continue
        if token.text.lower() in DROPPED_LINKS:
            continue
        degree = bool(omitted) and token.text.lower() in DEGREE_WORDS and _degree(words, k)
        if not degree and not _standalone(words, k, token):
            return None  # (a degree word whose dass-clause is omitted stays: "so stark angegriffen")
        text = token.text
        if not pieces and token.tag not in ("NN", "NE", "FM") and not token.ent_label:
            text = text[:1].lower() + text[1:]
        pieces.append(text)
        if token.i == after:
            pieces.append(finite_text)
    body = " ".join(pieces).replace(" ,", ",")
    if len(body.split()) > MAX_CLAUSE_WORDS:
        return None
    return f"{conjunction} {body}"


def expletive_event(words: list[Token], k: int) -> bool:
    """Is ``words[k]`` the "es" of "es kam zu …" (something happened), which stands for nothing?
    "kam es zu Misshandlungen", "Es kommt zum Streit" (not "um es zu verstehen")."""
    around = [words[n] if 0 <= n < len(words) else None for n in (k - 1, k + 1, k + 2)]
    before, after, next_after = around
    happened = ("zu", "zum", "zur")
    if before is not None and before.lemma == "kommen" and after is not None and after.text.lower() in happened:
        return True
    return after is not None and after.lemma == "kommen" and next_after is not None and next_after.text.lower() in happened


def _degree(words: list[Token], k: int) -> bool:
    """Is ``words[k]`` ("so", "derart") the degree of the adjective, adverb or quantifier after
    it ("so stark", "so viele")?"""
    return k + 1 < len(words) and words[k + 1].tag in DEGREE_TAGS


def _one_vorfeld(clause: Clause, start: int, finite: int, words: list[Token]) -> bool:
    """Do the clause's constituents fill the words before its finite verb as one phrase, with at
    most focus adverbs beside it ("Besonders | im Zeitalter der Industrialisierung")?"""
    parts = sorted((c for c in clause.constituents if start <= c.start and c.end <= finite), key=lambda c: c.start)
    at, phrases = start, 0
    for part in parts:
        if part.start != at:
            return False
        tokens = [t for t in words if part.start <= t.i < part.end]
        phrases += 0 if len(tokens) == 1 and tokens[0].tag == "ADV" else 1
        at = part.end
    return at == finite and phrases <= 1


def _standalone(words: list[Token], k: int, token: Token) -> bool:
    """May ``token`` stand in a clause read without its sentence? Not a pronoun that points
    outside (an expletive "es" of "es gibt" may), "auch", "dort", a quote or a bracket."""
    lower = token.text.lower()
    if token.text in (":", ";", "„", "“", "\"", "(", ")", "–"):
        return False
    if lower == "es" and any(0 <= n < len(words) and words[n].lemma == "geben" for n in (k - 1, k + 1)):
        return True
    if lower == "es" and expletive_event(words, k):
        return True
    if lower == "es" and 0 < k < len(words) - 1 and words[k - 1].tag.endswith("FIN") and words[k + 1].tag in ("ADV", "ADJD"):
        return True  # "mag es warm": an expletive object
    if token.tag == "PRF":
        return True  # "sich" points to its own clause's subject
    return token.tag not in POINTING_TAGS and lower not in LINKING_WORDS and lower not in SPEAKER_PRONOUNS


# --- consequences -----------------------------------------------------------------------------


def effect_questions(
    analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans, previous: Sentence | None,
    previous_names: Spans | None,
) -> list[Question | None]:
    """The consequence, reaction and manner questions of one sure indicative main clause;
    ``previous`` is the sentence before it in the same paragraph (None otherwise) and
    ``previous_names`` the names of its pronouns."""
    if clause.negation is not None or any(_word(sentence, i) in HEDGES for i in clause.tokens):
        return []
    consequence = _consequence(sentence, clause, replace, previous, previous_names) or _what_caused(
        sentence, clause, previous) or _harm(sentence, clause, _right_before(analysis, sentence)) or _named_result(
        sentence, clause, previous, previous_names)
    return [consequence, _reaction(sentence, clause, replace), _manner(analysis, sentence, clause, replace),
            _which_led_to(sentence, clause, replace)]


def _consequence(
    sentence: Sentence, clause: Clause, replace: Spans, previous: Sentence | None, previous_names: Spans | None,
) -> Question | None:
    """"X bewirkte Y" → Welche Folgen hatte X? – Y; "X ermöglichte Y" → Was ermöglichte X? – Y;
    X a sure subject that names its referent, or "Dies" / "Diese Maßnahme" for the sentence
    before ("Welche Folgen hatte es, dass …?")."""
    if clause.kind != "main" or clause.voice != "active" or clause.modal or clause.mood != "indicative":
        return None
    if any(not c.sure for c in clause.constituents):
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1 or subjects[0].clause is not None:
        return None
    subject = subjects[0]
    tokens = span_tokens(sentence, subject.start, subject.end)
    back = bool(tokens) and tokens[0].text.lower() in BACK_SUBJECTS and (
        len(tokens) == 1 or tokens[0].tag == "PDAT")
    effect = _effect(sentence, clause) or (_led_to(sentence, clause) if back else None)
    if effect is None:
        return None
    answer = _answer(sentence, effect)
    if answer is None:
        return None
    evidence, asked = sentence.text, sentence
    cause: str | None
    if back:
        if previous is None or previous_names is None:
            return None
        restated = verb_last(previous, previous_names, "dass")
        if restated is None:
            return None
        cause, plural = f"es, {restated},", False
        evidence, asked = f"{previous.text} {sentence.text}", previous  # the question's words are the sentence before's
    else:
        cause = _subject_text(sentence, subject, replace)
        noun = next((t for t in span_tokens(sentence, subject.start, subject.end) if t.tag == "NN"), None)
        if cause is None or clause.lemma not in ENABLING_VERBS and not event_noun(noun):
            return None  # "Welche Folgen hatte die Aare?": a thing has no consequences, an event has
        finite = _token(sentence, clause.finite)
        plural = finite is not None and finite.feature("Number") == "Plur"
    if clause.lemma in ENABLING_VERBS:
        return None if back else _enabled(sentence, clause, subject, effect, replace)
    else:
        present = clause.tense == "present"
        verb = ("haben" if plural else "hat") if present else ("hatten" if plural else "hatte")
        prompt = f"Welche Folgen {verb} {cause}?".replace(",?", "?")
        word = "Welche Folgen"
    if prompt is None:
        return None
    bare = " ".join(answer.split()[1:]) if answer.split()[0] in ("zu", "zur", "zum") else ""
    return _question(asked, prompt, word, answer, (bare,) if bare else (), "welche-folgen", evidence)


def _which_led_to(sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"Der Fluss trat im Frühjahr über die Ufer, was zu großen Schäden in der Stadt führte." →
    Welche Folgen hatte es, dass der Fluss im Frühjahr über die Ufer trat? – zu großen Schäden in
    der Stadt. A "was" after the comma takes up the whole clause before it, and "zu Y führen"
    says what followed from it: the commonest way a text tells a consequence in one sentence,
    which neither ``_consequence`` (a causing subject) nor ``wh_causes`` (a named cause) reads."""
    index = sentence.clauses.index(clause) if clause in sentence.clauses else -1
    if clause.kind != "main" or len(sentence.clauses) != 2 or index != 0 or min(clause.tokens) != sentence.tokens[0].i:
        return None
    led = sentence.clauses[1]
    opening = _token(sentence, min(led.tokens))
    if led.kind != "relative" or led.lemma != "führen" or opening is None or opening.text != "was" \
            or _word(sentence, opening.i - 1) != ",":
        return None
    if not led.sure or led.mood != "indicative" or led.voice != "active" or led.negation is not None or led.modal:
        return None
    finite = _token(sentence, led.finite)
    if finite is None or any(not c.sure for c in led.constituents):
        return None
    # "zu großen Schäden in der Stadt": from "zu" to the verb ("was eine Hungersnot auslöste" is left
    # alone: which of "was" and the noun is the subject, the parse cannot tell)
    results = [c for c in led.constituents if c.clause is None and _word(sentence, c.start) in ("zu", "zum", "zur")]
    effect = dc_replace(results[0], end=max(i for i in led.tokens if i < finite.i) + 1) if results else None
    answer = _answer(sentence, effect) if effect is not None else None
    if effect is None or answer is None:
        return None
    # the whole was-clause left out of the restated clause, with the comma before it
    restated = verb_last(sentence, replace, "dass", omit=dc_replace(effect, start=opening.i, end=max(led.tokens) + 1, clause=1))
    if restated is None:
        return None
    verb = "hat" if clause.tense == "present" else "hatte"
    return _question(sentence, f"Welche Folgen {verb} es, {restated}?", "Welche Folgen", answer,
                     (answer.split(" ", 1)[1],), "welche-folgen", sentence.text)


# The nominative article for a genitive one, by the head noun's gender (or "Plur").
NOMINATIVE_ARTICLES = {"Masc": "der", "Neut": "das", "Fem": "die", "Plur": "die"}


def _what_caused(sentence: Sentence, clause: Clause, previous: Sentence | None) -> Question | None:
    """"Der Anbau von Tabak braucht viel fruchtbares Land, auf dem keine Nahrung angebaut werden
    kann. Das verursacht Hungersnöte." → Warum verursacht der Anbau von Tabak Hungersnöte? – weil
    er viel fruchtbares Land braucht, …: a "Das" / "Dies" that causes names the whole sentence
    before, and when that is too long to stand in "Welche Folgen hat es, dass …?"
    (``_consequence``), the sentence before's subject, an event or action, is what causes, and the
    rest of that sentence says why. Readers wanted the harm a text names this way (round 26:
    "Welche Folgen hat der Tabakanbau für Umwelt und Ernährung?"). Only a clause of the bare
    pronoun, the verb and its object; "Was verursacht Hungersnöte?" would ask the world, not the text."""
    if previous is None or clause.kind != "main" or clause.lemma not in CAUSING_VERBS or clause.voice != "active" \
            or clause.modal or clause.tense not in PLAIN_TENSES or len(sentence.clauses) != 1:
        return None
    subject = clause.role("subject")
    if sorted(c.role for c in clause.constituents) != ["object_acc", "subject"] or any(
            not c.sure or c.clause is not None for c in clause.constituents):
        return None
    if subject[0].end - subject[0].start != 1 or subject[0].start != sentence.tokens[0].i \
            or _word(sentence, subject[0].start).lower() not in ("das", "dies"):
        return None
    effect = clause.role("object_acc")[0]
    mains = [c for c in previous.clauses if c.kind == "main"]
    causes = mains[0].role("subject") if len(mains) == 1 else []
    if _answer(sentence, effect) is None or len(causes) != 1 or causes[0].clause is not None:
        return None
    cause = causes[0]
    head = _token(previous, cause.head)
    named = _subject_text(previous, cause, {})
    key = "Plur" if head is not None and head.feature("Number") == "Plur" else head.feature("Gender") if head else ""
    if named is None or not event_noun(head) or key not in SUBJECT_PRONOUNS or cause.start != previous.tokens[0].i:
        return None  # "Warum verursacht die Aare …?": a thing causes nothing, what is done with it does
    reason = verb_last(previous, {(cause.start, cause.end): SUBJECT_PRONOUNS[key].lower()}, "weil")
    finite = _token(sentence, clause.finite)
    particle = _token(sentence, clause.particle) if clause.particle is not None else None
    if reason is None or finite is None:
        return None
    prompt = " ".join(["Warum", finite.text, named, realise.phrase(sentence, effect.start, effect.end),
                       *([particle.text] if particle is not None else [])]) + "?"
    written = realise.render(previous, previous.tokens[0].i, previous.tokens[-1].i)  # without its full stop
    return _question(sentence, prompt, "Warum", reason, (written,), "warum", f"{previous.text} {sentence.text}")


# Verbs by which a situation hinders or harms what their accusative object names.
HARMING_VERBS = frozenset({"verhindern", "gefährden", "zerstören", "bedrohen", "schädigen", "erschweren", "behindern",
                           "beeinträchtigen"})
PLAIN_TENSES = frozenset({"present", "past"})
SUBJECT_PRONOUNS = {"Masc": "Er", "Neut": "Es", "Fem": "Sie", "Plur": "Sie"}
MIN_STEM = 4  # a shorter lemma inside a noun is chance ("Tee" in "Kaffeetee"), not a name of the sentence before


def _harm(sentence: Sentence, clause: Clause, previous: Sentence | None) -> Question | None:
    """"Oft erledigen sie auch Kinder. Diese Kinderarbeit verhindert den Schulbesuch." → Welche
    Folgen hat die Kinderarbeit? – Sie verhindert den Schulbesuch. A demonstrative subject whose
    compound noun sums up the sentence before in that sentence's own words ("Kinder" → "Kinder-
    arbeit") names a situation a reader can find, and a verb of hindering or harming says what it
    costs: the harm readers wanted asked (round 26, Tabak: "Warum ist die Tabakernte für Kinder
    schädlich?"). "Diese Maßnahme verhindert …" sums up nothing in its own words, and nothing is
    asked; the verbs of causing are ``_consequence``'s."""
    if previous is None or clause.kind != "main" or clause.lemma not in HARMING_VERBS or clause.voice != "active" \
            or clause.modal or clause.tense not in PLAIN_TENSES or len(sentence.clauses) != 1:
        return None
    if sorted(c.role for c in clause.constituents) != ["object_acc", "subject"] or any(
            not c.sure or c.clause is not None for c in clause.constituents):
        return None
    subject = clause.role("subject")[0]
    tokens = span_tokens(sentence, subject.start, subject.end)
    if subject.start != sentence.tokens[0].i or len(tokens) < 2 or tokens[0].tag != "PDAT" \
            or tokens[-1].tag != "NN" or any(t.tag != "ADJA" for t in tokens[1:-1]):
        return None
    noun = tokens[-1]
    key = "Plur" if noun.feature("Number") == "Plur" else noun.feature("Gender")
    if key not in SUBJECT_PRONOUNS or not _sums_up(noun, previous):
        return None
    effect = clause.role("object_acc")[0]
    if _answer(sentence, effect) is None:
        return None
    end = sentence.tokens[-1].i if sentence.tokens[-1].tag.startswith("$.") else sentence.tokens[-1].i + 1
    answer = f"{SUBJECT_PRONOUNS[key]} {realise.render(sentence, subject.end, end)}"
    plural = key == "Plur"
    verb = ("haben" if plural else "hat") if clause.tense == "present" else ("hatten" if plural else "hatte")
    named = " ".join([NOMINATIVE_ARTICLES[key], *(t.text for t in tokens[1:])])
    return _question(sentence, f"Welche Folgen {verb} {named}?", "Welche Folgen", answer, (), "welche-folgen",
                     f"{previous.text} {sentence.text}")


def _right_before(analysis: Analysis, sentence: Sentence) -> Sentence | None:
    """The sentence right before in the same paragraph, whatever its pronouns: ``_harm`` reads
    only its words, which ``effect_questions``' ``previous`` (None when a pronoun has no sure name)
    would hide."""
    before = analysis.sentences[sentence.index - 1] if sentence.index > 0 else None
    return before if before is not None and before.paragraph == sentence.paragraph else None


def _sums_up(noun: Token, previous: Sentence) -> bool:
    """Is the noun a compound that holds a content word of the sentence before as a part
    ("Kinderarbeit" after "… erledigen sie auch Kinder")? The same noun again is no summing up."""
    compound = noun.lemma.lower()
    stems = {t.lemma.lower() for t in previous.tokens if t.tag in ("NN", "NE") or t.tag.startswith(("VV", "ADJ"))}
    return any(len(stem) >= MIN_STEM and stem != compound and stem in compound for stem in stems)


def cause_consequence(sentence: Sentence, clause: Clause, cause: Constituent, start: int) -> Question | None:
    """"Auf Grund des Rückzugs vom Afrika-Cup wurde die Nationalmannschaft … gesperrt." → "Welche
    Folgen hatte der Rückzug vom Afrika-Cup?" – dass die Nationalmannschaft … gesperrt wurde: a
    genitive cause after its preposition (the words from ``start``) that names an event, put in
    the nominative (article, adjective ending, the noun's lemma for a masculine or neuter
    "-s"), the rest of the clause restated verb-last as the answer. Any thing the text names as
    a cause has consequences (not ``_event``'s nouns alone: "Rückzug" is none of its forms)."""
    if clause.kind != "main" or clause.mood != "indicative" or clause.negation is not None:
        return None
    tokens = [t for t in span_tokens(sentence, start, cause.end)]
    head = next((k for k, t in enumerate(tokens) if t.tag == "NN"), None)
    if head is None or len(tokens) < 2 or tokens[0].text.lower() not in ("des", "der", "dieses", "dieser"):
        return None
    noun = tokens[head]
    if noun.ent_label or person_noun(noun) or any(t.tag != "ADJA" for t in tokens[1:head]):
        return None  # what the text calls a cause has consequences, but a person has none ("wegen des Königs")
    key = "Plur" if noun.feature("Number") == "Plur" else noun.feature("Gender")
    article = NOMINATIVE_ARTICLES.get(key)
    if article is None or (tokens[0].text.lower() in ("des", "dieses")) != (key in ("Masc", "Neut")):
        return None  # the article does not fit the gender the lexicon gives: a misread
    adjectives = [t.text if key == "Plur" else t.text.removesuffix("n") for t in tokens[1:head]]
    if any(not t.text.endswith("en") for t in tokens[1:head]):
        return None
    name = noun.lemma if key in ("Masc", "Neut") else noun.text
    tail = realise.render(sentence, tokens[head + 1].i, cause.end) if head + 1 < len(tokens) else ""
    if any(t.tag in POINTING_TAGS for t in tokens[head + 1:]):
        return None
    answer = verb_last(sentence, {}, "dass", omit=cause)
    if answer is None:
        return None
    plural = key == "Plur"  # "Welche Folgen haben die hohen Kosten?"
    verb = ("haben" if plural else "hat") if clause.tense == "present" else ("hatten" if plural else "hatte")
    prompt = " ".join(["Welche Folgen", verb, article, *adjectives, name, tail]).strip() + "?"
    return _question(sentence, prompt.replace(" ?", "?"), "Welche Folgen", answer, (), "welche-folgen", sentence.text)


def event_noun(head: Token | None) -> bool:
    """Does the noun name an event, an action or a state (what has consequences)? An abstract
    suffix ("Abschwächung", "Trockenheit"), a nominalised infinitive ("das Zusammenwirken") or a
    masculine noun of a verb's stem ("der Bau", "der Streik")."""
    if head is None or head.tag != "NN":
        return False
    lemma = head.lemma.lower()
    if lemma.endswith(EVENT_ENDINGS):
        return True
    gender = head.feature("Gender")
    if gender == "Neut" and lemma.endswith("en") and is_verb(lemma):
        return True
    # (the lexicon may not know "Bau"; the tagger takes any word, "Plug-inen" too, for a verb)
    return gender in ("Masc", "") and len(lemma) > 2 and lemma.isalpha() and is_verb(lemma + "en")


def _enabled(sentence: Sentence, clause: Clause, subject: Constituent, effect: Constituent, replace: Spans,
             ) -> Question | None:
    """"X ermöglichte Y" → Wodurch wurde Y möglich? – X (``wh`` asks "Was ermöglichte X?"); Y
    a feminine, neuter or plural noun phrase, whose accusative is its nominative."""
    tokens = span_tokens(sentence, effect.start, effect.end)
    head = _token(sentence, effect.head)
    if head is None or head.tag != "NN" or head.feature("Gender") == "Masc" and head.feature("Number") != "Plur":
        return None
    if not head.feature("Number") or any(t.text.lower() in ("den", "einen", "keinen") for t in tokens):
        return None
    cause = _subject_text(sentence, subject, replace)
    if cause is None or any(t.tag in POINTING_TAGS for t in tokens):
        return None
    plural = head.feature("Number") == "Plur"
    verb = ("werden" if plural else "wird") if clause.tense == "present" else ("wurden" if plural else "wurde")
    enabled = realise.phrase(sentence, effect.start, effect.end)
    return _question(sentence, f"Wodurch {verb} {enabled} möglich?", "Wodurch", cause, (), "wodurch", sentence.text)


def _effect(sentence: Sentence, clause: Clause) -> Constituent | None:
    """The constituent that names what the clause's subject caused: the accusative object of a
    verb of causing or enabling, the object of "zur Folge haben", the dass-clause of "dazu führen"."""
    objects = [c for c in clause.constituents if c.role == "object_acc" and c.clause is None]
    if clause.lemma in CAUSING_VERBS | ENABLING_VERBS:
        others = [c for c in clause.constituents if c.role in ("object_dat", "complement")]
        return objects[0] if len(objects) == 1 and not others else None
    if clause.lemma == "haben":
        follows = [c for c in clause.constituents if c.clause is None
                   and [t.text.lower() for t in span_tokens(sentence, c.start, c.end)] == ["zur", "folge"]]
        return objects[0] if len(objects) == 1 and len(follows) == 1 else None
    if clause.lemma == "führen":
        correlates = [c for c in clause.constituents if c.clause is None and _word(sentence, c.start) == "dazu"
                      and c.end == c.start + 1]
        results = [c for c in clause.constituents if c.clause is not None and _word(sentence, c.start) == "dass"]
        if len(correlates) == 1 and len(results) == 1 and not objects:
            return results[0]
    return None


# Subjects that name the consequence of the sentence before ("Die Folge war …", "Die Folge davon war …").
RESULT_SUBJECTS = (("die", "folge"), ("eine", "folge"), ("die", "konsequenz"), ("das", "ergebnis"))


def _named_result(
    sentence: Sentence, clause: Clause, previous: Sentence | None, previous_names: Spans | None,
) -> Question | None:
    """"Die Ernte fiel 1816 fast vollständig aus. Die Folge war eine große Hungersnot." → Welche
    Folgen hatte es, dass die Ernte 1816 fast vollständig ausfiel? – eine große Hungersnot (also
    "Die Folge davon war, dass …"): the sentence before, restated, asks; the predicative answers."""
    if previous is None or previous_names is None or clause.kind != "main" or clause.lemma != "sein" \
            or clause.tense not in ("present", "past") or clause.negation is not None or clause.modal:
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1 or subjects[0].start != sentence.tokens[0].i or any(not c.sure for c in clause.constituents):
        return None
    words = tuple(t.text.lower() for t in span_tokens(sentence, subjects[0].start, subjects[0].end))
    if words not in RESULT_SUBJECTS:
        return None
    rest = [c for c in clause.constituents if c is not subjects[0]
            and not (c.clause is None and c.end == c.start + 1 and _word(sentence, c.start) in ("davon", "daraus", "dessen"))]
    if len(rest) != 1 or rest[0].role not in ("predicative", "complement") or (
            rest[0].clause is not None and _word(sentence, rest[0].start) != "dass"):
        return None
    answer = _answer(sentence, rest[0])
    restated = verb_last(previous, previous_names, "dass")
    if answer is None or restated is None:
        return None
    verb = "hat" if clause.tense == "present" else "hatte"
    return _question(previous, f"Welche Folgen {verb} es, {restated}?", "Welche Folgen", answer, (), "welche-folgen",
                     f"{previous.text} {sentence.text}")


def _led_to(sentence: Sentence, clause: Clause) -> Constituent | None:
    """The "zu"-phrase of "führen" whose subject points to the sentence before ("Die Regierung
    verbot die Sprache in den Schulen. Das führte zu großer Unzufriedenheit." → Welche Folgen hatte
    es, dass die Regierung die Sprache in den Schulen verbot? – zu großer Unzufriedenheit); with
    a named subject ``wh_causes`` asks "Wozu führte X?"."""
    if clause.lemma != "führen" or any(c.role in ("object_acc", "object_dat", "complement") for c in clause.constituents):
        return None
    results = [c for c in clause.constituents if c.clause is None and c.role == "object_prep"
               and _word(sentence, c.start) in ("zu", "zur", "zum")]
    return results[0] if len(results) == 1 else None


def _answer(sentence: Sentence, effect: Constituent) -> str | None:
    """The effect as an answer that stands on its own: no pronoun or link word, not too long."""
    tokens = span_tokens(sentence, effect.start, effect.end)
    words = [t for t in tokens if not t.tag.startswith("$")]
    if not words or len(words) > MAX_ANSWER_WORDS:
        return None
    before = _token(sentence, effect.start - 1)
    if effect.clause is None and before is not None and (before.tag in ("ADJA", "ADJD", "ART", "PIAT", "CARD") or
                                                         before.tag == "ADV" and before.text.endswith("e")):
        return None  # "verursachte lange | Staus": the parse cut the phrase
    own = _own_possessives(sentence, effect, words)
    if any(not _standalone(words, k, t) for k, t in enumerate(words) if not (k == 0 and t.text.lower() == "dass")
           and t.i not in own):
        return None
    if effect.clause is None and words[-1].tag not in ("NN", "NE"):
        return None
    if effect.clause is not None:
        inner = sentence.clauses[effect.clause]
        if not inner.sure or inner.mood != "indicative" or any(
                c.parent == effect.clause for c in sentence.clauses):
            return None
        return realise.render(sentence, words[0].i, words[-1].i + 1)
    return realise.phrase(sentence, effect.start, effect.end)


def _own_possessives(sentence: Sentence, effect: Constituent, words: list[Token]) -> set[int]:
    """The possessives of an effect clause that stand for its own subject, a noun phrase before
    them of their gender and number ("dass der Kaiser seinen Sohn überging": "sein" for a
    masculine or neuter singular, "ihr" for a feminine or plural one); a reader needs nothing
    outside the clause for them."""
    if effect.clause is None:
        return set()
    subjects = sentence.clauses[effect.clause].role("subject")
    head = _token(sentence, subjects[0].head) if len(subjects) == 1 and subjects[0].clause is None else None
    if head is None or head.tag not in ("NN", "NE"):
        return set()
    plural = head.feature("Number") == "Plur"
    stem = "ihr" if plural or head.feature("Gender") == "Fem" else "sein" if head.feature("Gender") in ("Masc", "Neut") else ""
    return {t.i for t in words if stem and t.tag == "PPOSAT" and t.i >= subjects[0].end and t.text.lower().startswith(stem)}


def _subject_text(sentence: Sentence, subject: Constituent, replace: Spans) -> str | None:
    """The subject as the question names it: its name for a resolved pronoun, else a noun phrase
    that points nowhere (no "diese", no possessive) with a lower-case article."""
    if (subject.start, subject.end) in replace:
        return replace[(subject.start, subject.end)]
    tokens = span_tokens(sentence, subject.start, subject.end)
    if not tokens or tokens[-1].tag not in ("NN", "NE") or len(tokens) > 10:
        return None
    if any(t.tag in POINTING_TAGS or t.text in (",", "(", ")", "„", "“", "\"") for t in tokens):
        return None
    if tokens[0].tag == "NN" and tokens[0].feature("Number") != "Plur" and len(tokens) == 1:
        return None  # a bare singular noun ("Windscherung bewirkte …"): which one the question would not say
    return realise.phrase(sentence, subject.start, subject.end)


# --- reactions --------------------------------------------------------------------------------


def _reaction(sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"X reagierte auf Y mit Z" → Wie reagierte X auf Y? – mit Z (or an indem-clause, or an
    adjective: "reagierte gelassen")."""
    if clause.lemma not in REACTING_VERBS or clause.kind != "main" or clause.voice != "active" or clause.modal:
        return None
    if any(not c.sure for c in clause.constituents):
        return None
    subjects = clause.role("subject")
    targets = [c for c in clause.constituents if c.clause is None and _word(sentence, c.start) == "auf"]
    if len(subjects) != 1 or len(targets) != 1 or _subject_text(sentence, subjects[0], replace) is None:
        return None
    target = span_tokens(sentence, targets[0].start, targets[0].end)
    if len(target) < 2 or any(t.tag in POINTING_TAGS for t in target):
        return None
    ways = [c for c in clause.constituents if c is not targets[0] and c.role not in ("subject", "time", "place")
            and (_word(sentence, c.start) in ("mit", "indem") or c.clause is None and c.end == c.start + 1
                 and (_token(sentence, c.start) or target[0]).tag == "ADJD")]
    if len(ways) != 1:
        return None
    way = ways[0]
    answer = _answer(sentence, way) if way.clause is None else _clause_answer(sentence, way)
    if answer is None:
        return None
    prompt = realise.interrogative(sentence, clause, dc_replace(way, role="manner"), "Wie", replace=replace)
    return _question(sentence, prompt, "Wie", answer, (), "wie-reagierte", sentence.text) if prompt else None


def _clause_answer(sentence: Sentence, constituent: Constituent) -> str | None:
    """An adverbial clause ("indem sie ein Lied sang") as an answer: sure, a fact, without a
    clause of its own, and nothing in it that points outside (but a subject pronoun, which the
    question's subject names)."""
    if constituent.clause is None:
        return None
    inner = sentence.clauses[constituent.clause]
    if not inner.sure or inner.mood != "indicative" or any(c.parent == constituent.clause for c in sentence.clauses):
        return None
    tokens = [t for t in span_tokens(sentence, constituent.start, constituent.end) if not t.tag.startswith("$")]
    if not tokens or len(tokens) > MAX_ANSWER_WORDS:
        return None
    subjects = inner.role("subject")
    own = {subjects[0].start} if len(subjects) == 1 and subjects[0].end == subjects[0].start + 1 else set()
    for k, token in enumerate(tokens):
        if token.i in own and token.tag == "PPER" and token.text.lower() not in SPEAKER_PRONOUNS:
            continue
        if not _standalone(tokens, k, token):
            return None
    return realise.render(sentence, tokens[0].i, tokens[-1].i + 1)


# --- manner -------------------------------------------------------------------------------------


def _manner(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"X tat Y, indem Z" → Wie tat X Y? – indem Z; a subject pronoun in Z stands for X."""
    if clause.kind != "main" or clause.lemma in ("sein", "werden", "haben") or clause.lemma in REACTING_VERBS:
        return None
    if any(not c.sure for c in clause.constituents):
        return None
    ways = [c for c in clause.constituents if c.clause is not None and _word(sentence, c.start) == "indem"]
    correlates = [c for c in clause.constituents if c.clause is None and c.end == c.start + 1
                  and _word(sentence, c.start) == "dadurch"]
    if correlates and any(c.end == correlates[0].start and c.role == "adverbial" for c in clause.constituents):
        return None  # "vor allem dadurch, dass …": the focus would be left behind in the question
    if not ways and len(correlates) == 1:  # "schützte die Felder dadurch, dass er …": the dass-clause is the way
        ways = [c for c in clause.constituents if c.clause is not None and c.start == correlates[0].end + 1
                and _word(sentence, c.start) == "dass"]
    if len(ways) != 1 or any(c.clause is not None and c is not ways[0] for c in clause.constituents):
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1 or _subject_text(sentence, subjects[0], replace) is None:
        return None
    answer = _clause_answer(sentence, ways[0])
    if answer is None:
        return None
    inner = sentence.clauses[ways[0].clause or 0]
    inner_subjects = inner.role("subject")
    if len(inner_subjects) == 1 and _token(sentence, inner_subjects[0].start) is not None \
            and (_token(sentence, inner_subjects[0].start) or sentence.tokens[0]).tag == "PPER":
        pronoun = _token(sentence, inner_subjects[0].start)
        if pronoun is None or not agrees(sentence, subjects[0], pronoun):
            return None  # "indem sie …" must be the question's own subject
    accepted: tuple[str, ...] = ()
    if answer.startswith("dass "):  # "dadurch, dass er …" says "indem er …"
        answer, accepted = f"indem {answer[5:]}", (f"dadurch, {answer}",)
    prompt = realise.interrogative(sentence, clause, dc_replace(ways[0], role="manner"), "Wie", replace=replace,
                                   drop=correlates if correlates and ways[0].start > correlates[0].start else ())
    return _question(sentence, prompt, "Wie", answer, accepted, "wie", sentence.text) if prompt else None


def agrees(sentence: Sentence, subject: Constituent, pronoun: Token) -> bool:
    """Can the subject pronoun of the indem-clause be the main clause's subject (number, gender)?"""
    head = _token(sentence, subject.head)
    if head is None:
        return False
    number = head.feature("Number")
    lower = pronoun.text.lower()
    if number == "Plur":
        return lower == "sie"
    gender = head.feature("Gender")
    return {"Masc": "er", "Fem": "sie", "Neut": "es"}.get(gender) == lower


# --- shared -------------------------------------------------------------------------------------


def _question(sentence: Sentence, prompt: str | None, word: str, answer: str, accepted: tuple[str, ...], skill: str,
              evidence: str) -> Question | None:
    """The item, when the prompt reads as one good question that does not give its answer away
    (a "Welche Folgen hatte es, dass …?" has its dass-clause, which the checks allow)."""
    if not prompt or not answer or answer.lower() in prompt.lower():
        return None
    tolerated = {"2 clauses", "2 finite verbs", "a second clause after a comma", "no referent: es"} \
        if ", dass " in prompt else set()
    words = prompt.split()
    limit = wellformed.MAX_QUESTION_WORDS + (8 if tolerated else 0)
    if len(words) > limit or not set(wellformed.question_problems(prompt, word=word)) <= tolerated:
        return None
    return content_item(sentence, prompt, answer, accepted, skill, evidence)


def content_item(sentence: Sentence, prompt: str, answer: str, accepted: tuple[str, ...], skill: str,
                 evidence: str = "") -> Question:
    """A content W-question the checks passed, with its evidence (the sentence unless given) and
    the accepted variants other than the answer; shared by the wh_* modules that build their own."""
    evidence = evidence or sentence.text
    return Question(
        id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=evidence,
        explanation=f"Im Text steht: „{evidence}“", accepted=tuple(v for v in accepted if v and v != answer),
        focus="content", skill=skill,
    )
