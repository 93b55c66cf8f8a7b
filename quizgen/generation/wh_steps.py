"""The steps of a process, in order: "Was geschieht nacheinander mit X? Nenne drei Schritte."

Readers of round 22 listed how a process works among the key questions no sheet asked ("Wie wird
aus der Pflanze fertiger Tabak (Schritte)?", "how threshing worked then and now"). Texts tell a
process as a chain of impersonal present-tense clauses, passive or with "man", tied by adverbs
of sequence: "Die Blätterstapel werden dann in eine Scheune gebracht. Jedes Blatt muss einzeln
in eine Maschine gelegt werden. Dann wird eine Schnur durch die Blattstiele gezogen … Die
getrockneten Blätter werden von den Schnüren geholt und zu großen Stapeln aufgeschichtet." →
"Was geschieht nacheinander mit den Blättern? Nenne drei Schritte in der richtigen Reihenfolge."
– die Blätterstapel in eine Scheune bringen; jedes Blatt einzeln in eine Maschine legen; …

One such clause alone is a detail readers judged marginal (``worth.process_step``); the chain is
the point of its paragraph, and no single sentence answers it, so matching one phrase does not.
A run counts as a process only when at least ``MIN_STEPS`` such sentences follow each other
(at most ``MAX_GAP`` other sentences between two, no heading) and ``MIN_SEQUENCE`` of them carry a
word of sequence. What the question names is the thing the steps handle most often (the subject
of a passive, the object after "man"), at least twice, counted by its lemma or as the first part
of a compound ("Blätterstapel" handles leaves); the answer starts at the first step that handles
it. Each step is restated as an infinitive phrase, the way a teacher writes steps down: finite
verb, auxiliary, modal, "man" and the sequence word go, a participle becomes its infinitive.

Precision over recall: a step has no pronoun (the reader of a key cannot resolve "sie"), no
subordinate clause, no negation, no person as agent and no hedge; every prompt passes
``wellformed`` as every W-question does.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace as dc_replace

from ..model import Analysis, Clause, Question, Sentence, Token
from . import wellformed

# Adverbs that place a step after the one before (a closed class).
SEQUENCE_WORDS = frozenset({"dann", "danach", "anschließend", "zunächst", "zuerst", "schließlich", "daraufhin",
                            "abschließend", "nun"})
# Nouns that make "zum / am / im nächsten …" a phrase of sequence ("zum Schluss", "am Ende").
SEQUENCE_NOUNS = frozenset({"Schluss", "Ende", "Schritt", "Abschluss"})
# Prepositions that, opening a sentence, place it after or before another step ("Nach der Ernte …").
ORDER_PREPOSITIONS = frozenset({"nach", "vor"})
HEDGES = frozenset({"vermutlich", "wahrscheinlich", "möglicherweise", "angeblich", "vielleicht", "eventuell"})
# Tokens that point outside the step: a key holding them says nothing on its own.
POINTING_TAGS = frozenset({"PPER", "PDS", "PPOSAT", "PRF", "PROAV", "PAV", "PRELS"})
STEP_CLAUSES = frozenset({"main", "coordinated"})
DATIVE_ARTICLES = {"Masc": "dem", "Neut": "dem", "Fem": "der"}
MIN_STEPS = 3
COUNT_PROMPT = "Nenne drei Schritte in der richtigen Reihenfolge."  # three of MIN_STEPS or more
MIN_SEQUENCE = 2
MAX_GAP = 1  # sentences between two steps that are no step ("Verschiedene Lebewesen sorgen dann dafür …")
MAX_STEPS = 6  # a longer chain is listed up to here: three of them answer
MAX_STEP_WORDS = 16
MIN_STEM = 4  # letters a compound's first part must share with the handled noun ("Blätter-" / "Blatt")


def step_questions(analysis: Analysis) -> list[Question]:
    """One question per chain of process steps, in text order, checked by ``wellformed`` as
    one sentence; the count of steps wanted follows it ("Nenne drei Schritte …")."""
    asked = [q for q in (_question(run) for run in _runs(analysis)) if q is not None]
    played = [q for q in (_how_played(analysis),) if q is not None]
    return [*(dc_replace(q, prompt=f"{q.prompt} {COUNT_PROMPT}") for q in wellformed.teacher_filter(asked, analysis)),
            *(dc_replace(q, prompt=f"{q.prompt} Nenne zwei Dinge.") for q in wellformed.teacher_filter(played, analysis))]


# --- how a game is played ---------------------------------------------------------------------------

# Last parts of the noun that makes the text's topic a game or a sport ("Sportart", "Rückschlagspiel").
GAME_ENDINGS = ("sport", "sportart", "spiel")
# Modal verbs of a rule ("Der Ball darf den Boden nicht berühren").
RULE_MODALS = frozenset({"dürfen", "müssen"})
# Verbs of "man" that say what people know or call the game, not how it goes ("Man nennt es auch …").
TALKING_VERBS = frozenset({"nennen", "bezeichnen", "kennen", "sagen", "wissen", "finden", "sehen", "glauben",
                           "vermuten", "sprechen", "denken", "schreiben", "lesen", "hören"})
MAX_RULE_WORDS = 20


def _how_played(analysis: Analysis) -> Question | None:
    """"Wie spielt man Badminton? Nenne zwei Dinge." when the text opens by calling its topic a
    game or a sport ("Badminton, sprich: Bädminten, ist eine Sportart.") and the sentences of
    that paragraph say, in the present, what one does ("Man schlägt dabei einen Ball mit
    Schlägern …") or what one must or may not ("Der Ball darf den Boden nicht berühren und muss
    über ein Netz geschlagen werden."). Round 21–23 readers asked "Wie spielt man Badminton?"
    each time and no item did; the answer is two of those sentences, so no one phrase gives it."""
    if not analysis.sentences or not _names_a_game(analysis, analysis.sentences[0]):
        return None
    opening = analysis.sentences[0]
    rules = [s for s in analysis.sentences[1:] if s.paragraph == opening.paragraph and _rule(s)]
    if len(rules) < 2:
        return None
    title = analysis.article.title
    answer = "; ".join(_lowered(s) for s in rules[:3])
    return Question(
        id="", type="wh", prompt=f"Wie spielt man {title}?", answer=answer, sentence=rules[0].index,
        evidence=" ".join(s.text for s in rules[:3]), explanation=f"Im Text steht: „{' '.join(s.text for s in rules[:3])}“",
        focus="content", skill="wie")


def _lowered(sentence: Sentence) -> str:
    """The sentence as a point of an answer: a "man" clause as the infinitive phrase of what one
    does ("Man schlägt dabei einen Ball mit Schlägern, …" → "einen Ball mit Schlägern schlagen"),
    the phrases of its main clause without "man" and "dabei"; a rule as written without its full
    stop, an opening article lower-cased ("der Ball darf den Boden nicht berühren …")."""
    main = next(c for c in sentence.clauses if c.kind == "main" and c.sure)
    subjects = main.role("subject")
    if len(subjects) == 1 and subjects[0].text.lower() == "man" and main.particle is None and not main.modal:
        kept = [c.text for c in main.constituents if c is not subjects[0] and c.text.lower() not in ("dabei", "dann", "dort")]
        return " ".join([*kept, main.lemma])
    text = sentence.text.rstrip(".")
    return text[:1].lower() + text[1:] if sentence.tokens[0].tag == "ART" else text


def _names_a_game(analysis: Analysis, sentence: Sentence) -> bool:
    """Does the opening sentence start with the one-word title and call it "ein Spiel" / "eine
    Sportart" with "ist"?"""
    words = [t for t in sentence.tokens if not t.tag.startswith("$")]
    title = analysis.article.title
    if not words or words[0].text != title or " " in title:
        return False
    return any(a.lemma == "sein" and b.tag == "ART" and c.tag == "NN" and c.text.lower().endswith(GAME_ENDINGS)
               for a, b, c in zip(words, words[1:], words[2:]))


def _rule(sentence: Sentence) -> bool:
    """A sentence of how the game goes: one present-tense main clause (a conjunct beside it) with
    "man" as subject or a modal of a rule, no other pronoun, not too long."""
    mains = [c for c in sentence.clauses if c.kind == "main" and c.sure]
    if len(mains) != 1 or any(c.kind not in ("main", "coordinated") for c in sentence.clauses) or sentence.tokens[-1].text != ".":
        return False
    main = mains[0]
    words = [t for t in sentence.tokens if not t.tag.startswith("$")]
    if main.tense != "present" or main.mood != "indicative" or len(words) > MAX_RULE_WORDS:
        return False
    if any(t.tag in ("PPER", "PDS", "PPOSAT", "PDAT") and t.text.lower() != "man" for t in words):
        return False
    subjects = main.role("subject")
    by_man = len(subjects) == 1 and subjects[0].text.lower() == "man" and main.lemma not in TALKING_VERBS
    return by_man or any(t.lemma in RULE_MODALS for t in words if t.tag.startswith("VM"))


def _runs(analysis: Analysis) -> list[list[Sentence]]:
    """The chains of step sentences: no heading between two, at most ``MAX_GAP`` other sentences."""
    runs: list[list[Sentence]] = []
    current: list[Sentence] = []
    gap = 0
    for sentence in analysis.sentences:
        if sentence.is_heading:
            runs.append(current)
            current, gap = [], 0
        elif _step(sentence):
            current.append(sentence)
            gap = 0
        elif current:
            gap += 1
            if gap > MAX_GAP:
                runs.append(current)
                current, gap = [], 0
    runs.append(current)
    return [run for run in runs if len(run) >= MIN_STEPS]


def _step(sentence: Sentence) -> bool:
    """A step told with nobody acting: every main clause sure, indicative, in the present, passive
    or with "man", none negated; its own words (without subordinate clauses) few, with no
    pronoun and no hedge."""
    mains = [c for c in sentence.clauses if c.kind in STEP_CLAUSES]
    if not mains or any(not c.sure or c.mood != "indicative" or c.tense != "present" or c.negation is not None
                        for c in mains):
        return False
    words = [t for t in _own_tokens(sentence) if t.pos != "PUNCT"]
    pointing = [t for t in words if t.tag in POINTING_TAGS and t.text.lower() not in SEQUENCE_WORDS]
    if len(words) > MAX_STEP_WORDS or pointing or any(t.text.lower() in HEDGES for t in words):
        return False
    return all(_impersonal(sentence, c) for c in mains)


def _own_tokens(sentence: Sentence) -> list[Token]:
    """The tokens of the main clauses: a subordinate clause ("um Insekten … zu vernichten", a
    relative clause) adds why or which, not the step, and goes with the comma before it."""
    inner = {i for c in sentence.clauses if c.kind not in STEP_CLAUSES for i in c.tokens}
    own = [t for t in sentence.tokens if t.i not in inner]
    return [t for k, t in enumerate(own) if not (t.text == "," and (k + 1 == len(own) or own[k + 1].i - t.i > 1
                                                                   or k > 0 and t.i - own[k - 1].i > 1))]


def _impersonal(sentence: Sentence, clause: Clause) -> bool:
    """Passive with no person as agent, or "man" as subject."""
    subjects = clause.role("subject")
    if any(c.text.lower() == "man" for c in subjects):
        return True
    if clause.voice != "passive" or not subjects:
        return False
    agents = [t for c in clause.role("agent") for t in sentence.tokens if t.i == c.head]
    return not any(t.tag == "NE" or t.ent_label == "PER" for t in agents)


def _sequenced(sentence: Sentence) -> bool:
    """Does the sentence carry a word or phrase of sequence ("dann", "zum Schluss"), or open with
    the step it follows ("Nach der Ernte …")?"""
    first = sentence.tokens[0]
    return (first.tag == "APPR" and first.text.lower() in ORDER_PREPOSITIONS) or any(_sequence_token(sentence.tokens, k) for k in range(len(sentence.tokens)))


def _sequence_token(tokens: tuple[Token, ...], k: int) -> bool:
    """Is token k a sequence word, or part of "zum Schluss" ("ganz" before it included)?"""
    token = tokens[k]
    if token.text.lower() in SEQUENCE_WORDS:
        return True
    if token.tag == "NN" and token.text in SEQUENCE_NOUNS and k > 0 and tokens[k - 1].tag == "APPRART":
        return True
    if token.tag == "APPRART" and k + 1 < len(tokens) and tokens[k + 1].text in SEQUENCE_NOUNS:
        return True
    return token.text.lower() == "ganz" and k + 1 < len(tokens) and _sequence_token(tokens, k + 1) and tokens[k + 1].tag == "APPRART"


def _handled(sentence: Sentence) -> list[Token]:
    """The nouns a step handles: the head of a passive subject, the object after "man"."""
    nouns = []
    for clause in sentence.clauses:
        roles = ("subject",) if clause.voice == "passive" else ("object_acc",)
        for part in (c for role in roles for c in clause.role(role)):
            nouns += [t for t in sentence.tokens if t.i == part.head and t.tag == "NN"]
    return nouns


def _plain(word: str) -> str:
    """Lower case without umlauts: "Blätter" and "Blatt" share "blatt"."""
    return word.lower().replace("ä", "a").replace("ö", "o").replace("ü", "u")


def _handles(noun: Token, lemma: str) -> bool:
    """The noun is the lemma, or a compound whose first part is it ("Blätterstapel": Blatt)."""
    return noun.lemma == lemma or (len(lemma) >= MIN_STEM and _plain(noun.lemma).startswith(_plain(lemma))
                                   and len(noun.lemma) > len(lemma) + 2)


def _question(run: list[Sentence]) -> Question | None:
    """The question for the thing the run's steps handle most, from its first step on."""
    counts = Counter(t.lemma for s in run for t in _handled(s))
    for lemma, _count in counts.most_common():
        steps = _from_first(run, lemma)
        if len(steps) < MIN_STEPS or sum(1 for s in steps if any(_handles(t, lemma) for t in _handled(s))) < 2:
            continue
        if sum(map(_sequenced, steps)) < MIN_SEQUENCE:
            continue
        named = _dative(run, lemma)
        phrases = [_phrase(s) for s in steps[:MAX_STEPS]]
        if named is None or any(p is None for p in phrases):
            continue
        prompt = f"Was geschieht nacheinander mit {named}?"
        answer = "; ".join(p for p in phrases if p)
        evidence = " ".join(s.text.strip() for s in steps[:MAX_STEPS])
        return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=steps[0].index, evidence=evidence,
                        explanation="Die Schritte stehen im Text nacheinander; drei in der richtigen Reihenfolge genügen.",
                        focus="content", skill="wie")
    return None


def _from_first(run: list[Sentence], lemma: str) -> list[Sentence]:
    """The run from its first step that handles the lemma."""
    for k, sentence in enumerate(run):
        if any(_handles(t, lemma) for t in _handled(sentence)):
            return run[k:]
    return []


def _dative(run: list[Sentence], lemma: str) -> str | None:
    """"den Blättern" or "dem Blatt": the handled noun after "mit", from a form the text uses."""
    forms = [t for s in run for t in s.tokens if t.lemma == lemma and t.tag == "NN"]
    plural = next((t.text for t in forms if "Number=Plur" in t.morph), None)
    if plural is not None:
        return f"den {plural if plural.endswith(('n', 's')) else plural + 'n'}"
    for token in forms:
        gender = next((g for g in DATIVE_ARTICLES if f"Gender={g}" in token.morph), None)
        if gender is not None and token.text == lemma:
            return f"{DATIVE_ARTICLES[gender]} {lemma}"
    return None


def _phrase(sentence: Sentence) -> str | None:
    """The step as an infinitive phrase: "Die kleinen Setzlinge pflanzt man dann in Reihen auf
    einen Acker." → "die kleinen Setzlinge in Reihen auf einen Acker pflanzen"; a finite full verb
    goes to the end of its clause as its infinitive, the separated particle joined to it."""
    tokens = tuple(_own_tokens(sentence))
    dropped = {t.i for k, t in enumerate(tokens) if _sequence_token(tokens, k)}
    moved = {max(c.tokens): _infinitive(c, t) for c in sentence.clauses if c.kind in STEP_CLAUSES
             for t in tokens if t.i in c.tokens and t.tag == "VVFIN"}
    words: list[str] = []
    for token in tokens:
        if not _dropped(token, dropped):
            words.append(token.lemma if token.tag == "VVPP" else token.text)
        if moved.get(token.i):
            words.append(moved[token.i])
    if not words:
        return None
    if tokens[0].tag not in ("NN", "NE") and words[0] == tokens[0].text:
        words[0] = words[0][:1].lower() + words[0][1:]
    return " ".join(words)


def _infinitive(clause: Clause, finite: Token) -> str:
    """The finite verb's infinitive, its separated particle joined ("legen … zusammen":
    zusammenlegen); "lässt … ruhen" keeps "lassen" after the infinitive it governs."""
    return clause.lemma if clause.particle is not None else finite.lemma


def _dropped(token: Token, sequence: set[int]) -> bool:
    """What an infinitive phrase does without: the sequence word, "man", the finite verb, an
    auxiliary or modal, the separated particle (joined to the infinitive) and punctuation."""
    return (token.i in sequence or token.pos == "PUNCT" or token.text.lower() == "man" and token.tag == "PIS"
            or token.tag.startswith(("VA", "VM")) or token.tag in ("PTKVZ", "VVFIN"))
