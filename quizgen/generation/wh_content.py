"""W-questions for what a text says someone showed, decided or was seen as (issue 12).

``content_questions(analysis, facts)`` adds to the W-question pool, in text order (type "wh",
focus "content", ids ""), three kinds readers asked for on short texts ("Key questions" in
tests/judged/comprehension.md) that ``wh.py`` leaves out:

- **a content clause as the answer** ("was-sagte"): a dass-clause, a zu-infinitive or an
  indirect question after a verb of saying, showing, finding out, deciding, demanding or
  believing, for any subject whose referent is clear, a thing as well as a person: "Eine
  genauere Auseinandersetzung mit ihren Arbeiten zeigt, dass Mary Shelley radikale Ideen
  vertrat." → "Was zeigt eine genauere Auseinandersetzung mit Mary Shelleys Arbeiten? – dass
  Mary Shelley … vertrat"; also "bekannt geben / bekannt werden, dass …" ("Was wurde im
  September 2013 bekannt?"). A Vorfeld the rules split into unsure pieces is read as the one
  subject it must be (German puts one constituent before the finite verb), cut before an
  example list ("wie dem Reisebericht …"). A correlate or a reflexive verb gives its wo-word
  ("Wozu entschließt sich der Sicherheitsrat?", "Worauf wiesen die Forscher hin?"). The key is
  the clause without brackets, a relative clause inside it or an adverbial clause after it.
  ``wh.py`` asks the same for its own list of verbs with a sure subject; the prompts then
  coincide and ``questions`` keeps one.
- **Als was** ("als-was"): the als-predicative of verbs of regarding and naming (wahrnehmen,
  ansehen, betrachten, beschreiben, feiern …) and of roles (tätig sein, mitwirken, auftreten,
  wirken): "Bis in die 1970er Jahre wurde Mary Shelley vor allem als Nachlassverwalterin ihres
  Ehemanns sowie als Verfasserin des Romans Frankenstein wahrgenommen." → "Als was wurde Mary
  Shelley bis in die 1970er Jahre vor allem wahrgenommen?" – both als-phrases.
- **Wodurch / Durch wen** ("wodurch"): the means or agent a passive names with "durch": "Das
  Dorf wurde durch ein Erdbeben zerstört." → "Wodurch wurde das Dorf zerstört?"; not a way with
  a verb of moving ("durch die Blattstiele gezogen"), not after a noun of action it may belong to
  ("nach Besetzung der Stadt durch eine Flotte").
- **Wofür / Wodurch bekannt** ("wofür-bekannt", "wodurch-bekannt", session 15): what someone or
  something is known or famous for, which readers ask of biographies and places ("Wofür war
  Theodosius von Bithynien bekannt?"): "Die Charing Cross Road ist bekannt für ihre Buchläden." →
  "Wofür ist die Charing Cross Road bekannt?" – für ihre Buchläden; "Der Piccadilly Circus ist vor
  allem durch seinen Eros-Brunnen … bekannt." → "Wodurch ist der Piccadilly Circus vor allem
  bekannt?". "als X bekannt werden" is an "Als was" of its own.

Skipped as unsure: a clause or constituent the analysis marks unsure, a pronoun without a
certain name, the speaker's "ich/wir" (a quotation), a hedged or negated frame, a belief the
text calls wrong ("Irrglaube", "fälschlicherweise"), reported speech in Konjunktiv as the
frame, an answer that points back ("dies") or runs on past ``MAX_ANSWER_WORDS``. Every
question passes the checks of ``wellformed`` as the other W-questions do; ``worth`` is applied
by the selection.
"""

from __future__ import annotations

from dataclasses import replace as dc_replace

from ..analysis.gazetteer import COUNTRIES_AND_PLACES
from ..extraction.reference import person_noun, resolve
from ..extraction.verbs import Usage, principal_parts
from ..model import Analysis, Clause, Constituent, Fact, Question, Sentence, Token
from . import realise, wellformed
from .realise import _token, _word
from .wh import (
    NOUN_PREPOSITIONS,
    PERSON_ENDINGS,
    PLACE_NOUNS,
    ROLE_VERBS,
    SPEAKER_PRONOUNS,
    WO_FORMS,
    _resolver,
    askable_sentences,
    entity_labels,
    phrase_kind,
    span_tokens,
    topic_person,
    topic_subject,
    unambiguous,
)
from .wh import _pronoun_names as person_names
from .wh_causes import HEDGES

Spans = dict[tuple[int, int], str]

# Verbs whose clause or zu-infinitive complement is what the reader should take away: saying,
# showing and finding, deciding and demanding, believing and fearing. "Was" asks for it.
CONTENT_VERBS = frozenset({
    # saying
    "sagen", "erklären", "berichten", "betonen", "mitteilen", "behaupten", "bestätigen", "schreiben", "melden",
    "verkünden", "ankündigen", "bekanntgeben", "erzählen", "äußern", "antworten", "erwidern", "hervorheben",
    "unterstreichen", "versichern", "zugeben", "einräumen", "gestehen", "argumentieren", "erläutern",
    "darlegen", "kritisieren", "bemängeln", "beklagen", "klagen", "verraten", "andeuten", "feststellen",
    "vermerken", "notieren", "bekennen", "bestreiten", "dementieren", "leugnen", "ausführen",
    # showing and finding out
    "zeigen", "beweisen", "belegen", "nachweisen", "verdeutlichen", "ergeben", "aufzeigen", "offenbaren",
    "enthüllen", "herausfinden", "entdecken", "erfahren", "erkennen", "bemerken", "merken", "begreifen",
    "einsehen", "lernen", "herausstellen",
    # deciding, demanding, planning, promising
    "beschließen", "entscheiden", "vereinbaren", "festlegen", "bestimmen", "anordnen", "verfügen", "fordern",
    "verlangen", "vorschlagen", "empfehlen", "beantragen", "planen", "vorhaben", "versprechen", "zusagen",
    "geloben", "schwören", "androhen", "drohen", "ablehnen", "verweigern",
    # believing, expecting, fearing
    "glauben", "meinen", "denken", "vermuten", "annehmen", "befürchten", "fürchten", "erwarten", "hoffen",
    "bezweifeln", "vertreten", "wissen", "ahnen", "spekulieren", "prognostizieren", "vorhersagen",
    # with a reflexive or a preposition (REFLEXIVE_WORDS, PREPOSITIONAL_WORDS)
    "entschließen", "verpflichten", "einigen", "beschweren", "sorgen", "vornehmen", "überzeugen",
    "vergewissern", "wundern", "hinweisen", "drängen", "verzichten", "appellieren",
})
# Verbs with a reflexive whose content clause answers a wo-word ("Wozu entschloss sich der Rat?").
REFLEXIVE_WORDS = {"entschließen": "Wozu", "verpflichten": "Wozu", "einigen": "Worauf", "beschweren": "Worüber",
                   "freuen": "Worüber", "beklagen": "Worüber", "sorgen": "Worum", "vornehmen": "Was",
                   "überzeugen": "Wovon", "erinnern": "Woran", "vergewissern": "Was", "wundern": "Worüber",
                   "bereiterklären": "Wozu"}
# Verbs of saying whose content clause answers a wo-word without a correlate.
PREPOSITIONAL_WORDS = {"verpflichten": "Wozu", "hinweisen": "Worauf", "aufmerksammachen": "Worauf", "bestehen": "Worauf",
                       "drängen": "Worauf", "verzichten": "Worauf", "appellieren": "Woran"}
# Adjectives that make "geben"/"werden"/"machen" a verb of saying: "bekannt geben, dass …".
SAYING_ADJECTIVES = {"bekannt": ("geben", "werden", "machen"), "klar": ("machen", "werden"),
                     "deutlich": ("machen", "werden")}
# Verbs whose als-phrase says as what someone or something is seen, named or active ("Als was …?").
# ``wh.ROLE_VERBS`` (arbeiten, bezeichnen, gelten …) are asked there for one als-phrase.
ALS_VERBS = frozenset({"wahrnehmen", "ansehen", "betrachten", "sehen", "beschreiben", "einstufen", "darstellen",
                       "feiern", "verehren", "anerkennen", "kennen", "auftreten", "mitwirken", "wirken", "tätig",
                       "beginnen", "wählen", "nominieren", "verpflichten", "engagieren", "einstellen",
                       "beschäftigen", "ausbilden", "bekannt", "berühmt", "eingestuft", "bezeichnen", "gelten",
                       "arbeiten", "fungieren", "amtieren", "einsetzen", "ernennen", "anstellen", "behandeln",
                       "verstehen", "interpretieren", "deuten", "begreifen", "akzeptieren"})
# Of these, verbs of choosing and employing: their als-phrase must name a person.
PERSON_ALS_VERBS = frozenset({"wählen", "nominieren", "verpflichten", "engagieren", "einstellen", "beschäftigen",
                              "ausbilden", "ernennen", "anstellen", "einsetzen", "arbeiten", "tätig", "beginnen",
                              "mitwirken", "auftreten", "wirken", "fungieren", "amtieren"})
# Words of a frame that calls what follows wrong or unsure: such a content clause is no fact to learn.
DOUBTING_WORDS = frozenset({"irrglaube", "irrglauben", "fälschlicherweise", "fälschlich", "irrtümlich",
                            "irrtümlicherweise", "angeblich", "kaum", "nie", "niemals", "keineswegs"})
# Words that make an answer point back to the text around it.
POINTING = frozenset({"dies", "diese", "dieser", "dieses", "diesen", "diesem", "das", "jene", "jener", "jenes",
                      "solche", "solcher", "derselbe", "dieselbe", "dasselbe"})
CONTENT_CONJUNCTIONS = frozenset({"dass", "ob"})
# Tags that may make up the noun phrase after "als" (no clause, no list of qualities).
ROLE_PHRASE_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "APPR", "APPRART", "CARD", "PPOSAT", "FM", "TRUNC", "KON",
                              "$("})
# Endings of nouns of an action, whose agent or means a following durch-phrase may name.
ACTION_ENDINGS = ("ung", "ungen", "ion", "ionen", "nahme", "nahmen", "griff", "griffs", "bruch", "bruchs", "fall",
                  "falls", "schlag", "schlags")
# Adjectives of fame and the W-word of the phrase that says what for or through what ("bekannt für
# seine Sonnenuhren" → Wofür, "durch seine Bilder berühmt" → Wodurch).
FAME_WORDS = frozenset({"bekannt", "berühmt", "bekanntgeworden", "berühmtgeworden"})
FAME_PREPOSITIONS = {"für": "Wofür", "durch": "Wodurch"}
MAX_ANSWER_WORDS = 26
MIN_PROMPT_WORDS = 3
MAX_VORFELD_WORDS = 10  # a merged Vorfeld subject longer than this makes no question a reader takes in
MAX_CHAIN = 4  # sentences back a possessive may take up the title's person


def content_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    """What X showed / said / decided, Als was, Wodurch: in text order, checked by ``wellformed``."""
    labels = entity_labels(facts)
    candidates: list[Question] = []
    for sentence, earlier in askable_sentences(analysis):
        if sentence.tokens[-1].text in (":", ";", ","):
            continue  # a list or a quotation follows: the sentence is not whole
        if any(t.text.lower() in DOUBTING_WORDS for t in sentence.tokens):
            continue
        for clause in sentence.clauses:
            if not clause.sure or clause.kind not in ("main", "coordinated") or clause.mood != "indicative":
                continue
            if clause.negation is not None or clause.tense == "future" or any(_word(sentence, i) in HEDGES for i in clause.tokens):
                continue  # "Er glaubte nicht, dass …", "vermutlich", "wird … gesehen haben": no fact to ask for
            if _disagreeing(sentence, clause):
                continue  # "traten … der Gitarrist Chris Poland auf": the subject was cut from a list
            clause, shortened = _one_vorfeld_subject(analysis, sentence, _bis_joined(sentence, clause), labels)
            idea = _idea(analysis, sentence, clause)  # "Das brachte ihn auf die Idee": its own names, "das" left out
            candidates += [idea] if idea is not None else []
            replace = _pronoun_names(analysis, sentence, clause, labels)
            if replace is None:
                continue
            replace |= shortened
            for made in (_said(analysis, sentence, clause, replace, earlier), _as_what(sentence, clause, replace, earlier),
                         _by_means(sentence, clause, replace, labels, earlier), _known_for(sentence, clause, replace, earlier)):
                if made is not None:
                    candidates.append(made)
    return wellformed.teacher_filter(unambiguous(candidates), analysis)


# --- the idea someone had -------------------------------------------------------------------

# Nouns of a thought whose dass-clause or zu-infinitive says what was thought, with the question's
# opening: "die Idee, dass …" → "Welche Idee hatte X?", "zu dem Schluss, dass …" → "Zu welchem Schluss kam X?".
IDEA_NOUNS = {"Idee": "Welche Idee", "Gedanke": "Welchen Gedanken", "Erkenntnis": "Welche Erkenntnis",
              "Vermutung": "Welche Vermutung", "Überzeugung": "Welche Überzeugung", "Theorie": "Welche Theorie",
              "Schluss": "Zu welchem Schluss", "Ergebnis": "Zu welchem Ergebnis"}
CONCLUSION_NOUNS = frozenset({"Schluss", "Ergebnis"})
DEFINITE_OF_DEMONSTRATIVE = {"diese": "die", "dieser": "der", "dieses": "das", "diesen": "den", "diesem": "dem"}
# Verbs whose clause gives someone a thought: the thinker is the subject, of "bringen" the object.
IDEA_VERBS = frozenset({"haben", "kommen", "gelangen", "bringen", "entwickeln", "äußern", "vertreten"})
HAD = {"present": "hat", "past": "hatte", "perfect": "hatte", "pluperfect": "hatte"}
CAME = {"present": "kommt", "past": "kam", "perfect": "kam", "pluperfect": "kam"}


def _idea(analysis: Analysis, sentence: Sentence, clause: Clause) -> Question | None:
    """"Er beobachtete, dass die Finken auf jeder Insel etwas anders aussehen. Das brachte ihn auf
    die Idee, dass Tiere sich ihrer Umgebung anpassen …" → Welche Idee hatte Charles Darwin? – dass
    Tiere sich ihrer Umgebung anpassen … Round 24's readers wanted Darwin's idea asked, not only
    what he saw ("Was beobachtete Darwin, und auf welche Idee brachte ihn das?"): the thought a
    noun of thinking announces ("die Idee, dass", "zu dem Schluss, dass") is the point of the
    sentence, asked in the question's own words ("hatte", not "brachte ihn auf"). The thinker is
    a name or a pronoun the references name; the key is the clause as written."""
    if clause.lemma not in IDEA_VERBS or clause.tense not in HAD or clause.voice != "active":
        return None
    found = _idea_noun(sentence, clause)
    if found is None:
        return None
    noun, complement = found
    if complement.clause is None or not _content_clause(sentence, sentence.clauses[complement.clause]):
        return None
    role = "object_acc" if clause.lemma == "bringen" else "subject"
    thinkers = [c for c in clause.constituents if c.role == role and c.clause is None]
    if len(thinkers) != 1 or not thinkers[0].sure:
        return None
    thinker, replace = thinkers[0], person_names(analysis, sentence, clause, _resolver())
    if replace is None:
        return None
    name = replace.get((thinker.start, thinker.end)) or realise.phrase(sentence, thinker.start, thinker.end)
    if not name or not any(t.tag == "NE" for t in span_tokens(sentence, thinker.start, thinker.end)) \
            and (thinker.start, thinker.end) not in replace:
        return None  # "Das brachte die Forscher auf die Idee": which researchers, the question would not say
    answer = _thought(sentence, complement, replace)
    if answer is None:
        return None
    text, accepted = answer
    verb = CAME[clause.tense] if noun in CONCLUSION_NOUNS else HAD[clause.tense]
    prompt = f"{IDEA_NOUNS[noun]} {verb} {name}?"
    word = "" if noun in CONCLUSION_NOUNS else IDEA_NOUNS[noun].split()[0]  # ("Zu welchem": a phrase, no W-word first)
    if wellformed.question_problems(prompt, word=word) or text.lower() in prompt.lower():
        return None
    return Question(
        id="", type="wh", prompt=prompt, answer=text, sentence=sentence.index, evidence=sentence.text,
        explanation=f"Im Text steht: „{sentence.text}“", accepted=accepted, focus="content", skill="was-sagte",
    )


def _thought(sentence: Sentence, complement: Constituent, replace: Spans) -> tuple[str, tuple[str, ...]] | None:
    """The thought as written, also without "dass". Unlike a said clause, a demonstrative inside
    it may point back within the thought ("dass Tiere sich anpassen und diese Merkmale
    weitervererben": the features of adapting); one that opens it points outside ("dass dies …")."""
    tokens = span_tokens(sentence, complement.start, complement.end)
    if len(tokens) < 3 or any(_speaker(t) or t.text in "„“”»«\"" for t in tokens):
        return None
    kept = _without_brackets(tokens)
    if len(kept) > MAX_ANSWER_WORDS or kept[1].tag in ("PDS", "PDAT") and kept[1].text.lower() in POINTING:
        return None
    # "diese Merkmale" inside it: "die Merkmale", which a reader of the key takes as meant
    replace = {**replace, **{(t.i, t.i + 1): DEFINITE_OF_DEMONSTRATIVE[t.text.lower()] for t in kept[2:]
                             if t.tag == "PDAT" and t.text.lower() in DEFINITE_OF_DEMONSTRATIVE}}
    text = _joined(sentence, kept, replace)
    return text, ((_joined(sentence, kept[1:], replace),) if kept[0].text.lower() == "dass" else ())


def _idea_noun(sentence: Sentence, clause: Clause) -> tuple[str, Constituent] | None:
    """The noun of thinking a phrase of the clause ends in ("auf die Idee", "zu dem Schluss"), with
    the content clause right after it; None when there is none."""
    for phrase in clause.constituents:
        if phrase.clause is not None or not phrase.sure:
            continue
        last = span_tokens(sentence, phrase.start, phrase.end)[-1:]
        if not last or last[0].tag != "NN" or last[0].lemma not in IDEA_NOUNS:
            continue
        after = [c for c in clause.constituents if c.role == "complement" and c.clause is not None and c.start > phrase.end]
        if len(after) == 1 and after[0].sure and after[0].start <= phrase.end + 1:
            return last[0].lemma, after[0]
    return None


# --- a content clause as the answer ---------------------------------------------------------


def _said(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans, earlier: frozenset[str]) -> Question | None:
    """"X zeigt/beschloss/glaubte, dass Y." → Was zeigt/beschloss/glaubte X? – dass Y."""
    if not _content_verb(sentence, clause):
        return None
    complements = [c for c in clause.constituents if c.role == "complement" and c.clause is not None]
    if len(complements) != 1 or not complements[0].sure:
        return None
    asked = complements[0]
    assert asked.clause is not None  # a complement clause, chosen above
    inner = sentence.clauses[asked.clause]
    if not inner.sure or not _content_clause(sentence, inner):
        return None
    subjects = [c for c in clause.role("subject") if c.clause is None]
    if clause.voice == "active" and clause.lemma in ("werden", "sein") and not subjects:
        asked = dc_replace(asked, role="subject")  # "Im September wurde bekannt, dass …": the clause is the subject
    elif clause.voice == "active" and (len(subjects) != 1 or not subjects[0].sure):
        return None  # who showed or said it must be clear
    if any(c is not asked and not c.sure for c in clause.constituents):
        return None
    if any(c.role == "object_acc" and c.clause is None for c in clause.constituents):
        return None  # "äußerte die Absicht, den Namen zu ändern": the clause says what the noun is
    word = _content_word(sentence, clause)
    answer = _clause_answer(sentence, asked, inner, replace) if word else None
    if word is None or answer is None:
        return None
    text, accepted = answer
    return _question(sentence, clause, asked, word, "was-sagte" if word == "Was" else word.lower(), text, accepted,
                     replace, earlier)


def _content_word(sentence: Sentence, clause: Clause) -> str | None:
    """"Was", or the wo-word of a correlate ("darauf hinweisen, dass" → "Worauf") or of a verb
    with its reflexive ("sich entschließen, … zu" → "Wozu"); None for a reflexive verb of
    another kind ("sich weigern"), whose question word is unsure."""
    correlates = {realise.correlate(sentence, i, i + 1) for i in clause.tokens if i != min(clause.tokens)} - {""}
    if len(correlates) == 1 and correlates <= WO_FORMS.keys():
        return WO_FORMS[correlates.pop()]
    if clause.reflexive is not None:
        return REFLEXIVE_WORDS.get(clause.lemma)
    return PREPOSITIONAL_WORDS.get(clause.lemma, "Was")


def _content_verb(sentence: Sentence, clause: Clause) -> bool:
    if clause.lemma in CONTENT_VERBS:
        return True
    return any(_word(sentence, c.head) in SAYING_ADJECTIVES and clause.lemma in SAYING_ADJECTIVES[_word(sentence, c.head)]
               for c in clause.constituents if c.role in ("adverbial", "predicative") and c.end - c.start == 1)


def _content_clause(sentence: Sentence, inner: Clause) -> bool:
    """A dass/ob-clause, a zu-infinitive or an indirect question (opened by a W-word)."""
    if inner.kind == "zu_infinitive":
        return True
    if inner.kind != "subordinate" or inner.conjunction is None:
        return False
    opener = _token(sentence, inner.conjunction)
    return opener is not None and (opener.text.lower() in CONTENT_CONJUNCTIONS or opener.tag in ("PWS", "PWAV", "PWAT"))


def _clause_answer(sentence: Sentence, asked: Constituent, inner: Clause, replace: Spans) -> tuple[str, tuple[str, ...]] | None:
    """The clause as the key: as the text words it, without brackets; also without "dass"."""
    tokens = span_tokens(sentence, asked.start, asked.end)
    if not tokens or any(_speaker(t) for t in tokens):
        return None  # "dass wir …": the speaker of a quotation
    if any(t.text.lower() in POINTING and t.tag in ("PDS", "PDAT") for t in tokens):
        return None  # "dass dies …": points back to what the answer does not say
    if any(t.text in "„“”»«\"" for t in tokens):
        return None
    kept = _without_brackets(_without_relatives(sentence, tokens, inner))
    kept = _without_adverbial_clause(kept)
    if len(kept) > MAX_ANSWER_WORDS or len(kept) < 3:
        return None
    text = _joined(sentence, kept, replace)
    accepted = []
    if kept[0].text.lower() == "dass":
        accepted.append(_joined(sentence, kept[1:], replace))
    return text, tuple(accepted)


def _speaker(token: Token) -> bool:
    """"ich", "wir", "unser-", "mein-" …: the speaker or the addressed, whom no question can name."""
    word = token.text.lower()
    if token.tag in ("PPER", "PRF"):
        return word in SPEAKER_PRONOUNS
    return token.tag == "PPOSAT" and word.startswith(("mein", "dein", "unser", "euer", "eur"))


def _without_relatives(sentence: Sentence, tokens: list[Token], inner: Clause) -> list[Token]:
    """The answer without a relative clause inside it and its commas ("dass Larry Fong, der mit
    Snyder … zusammenarbeitete, Amir Mokri ersetzte" → "dass Larry Fong Amir Mokri ersetzte"):
    the key says what was said, the relative clause only describes one of its people."""
    span = {t.i for t in tokens}
    gone: set[int] = set()
    for clause in sentence.clauses:
        if clause.kind != "relative" or clause is inner or not clause.tokens or min(clause.tokens) not in span:
            continue
        first, last = min(clause.tokens), max(clause.tokens)
        nested = [c for c in sentence.clauses if c.parent is not None and c.tokens and first < min(c.tokens) <= last + 1]
        last = max([last, *(max(c.tokens) for c in nested)])
        before, after = _token(sentence, first - 1), _token(sentence, last + 1)
        if before is None or before.text != "," or after is None or after.i not in span:
            continue  # only a relative clause between commas inside the answer
        gone |= set(range(first - 1, last + 1)) | ({after.i} if after.text == "," else set())
    return [t for t in tokens if t.i not in gone]


def _without_adverbial_clause(tokens: list[Token]) -> list[Token]:
    """The answer up to an adverbial clause after it ("dass Luft aus Materie besteht, da er …
    untersucht hatte"): the reason or time of the saying is no part of what was said."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text == "," and tokens[k + 1].tag == "KOUS" and tokens[k + 1].text.lower() not in CONTENT_CONJUNCTIONS:
            return tokens[:k]
    return tokens


def _without_brackets(tokens: list[Token]) -> list[Token]:
    kept, depth = [], 0
    for token in tokens:
        if token.text in "([":
            depth += 1
        elif token.text in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(token)
    while kept and kept[-1].tag.startswith("$"):
        kept.pop()
    return kept


def _joined(sentence: Sentence, tokens: list[Token], replace: Spans) -> str:
    """The tokens' text with the spacing of the text (a gap where brackets were is one space)."""
    pieces: list[str] = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        span = next((s for s in replace if s[0] == token.i and s[1] == token.i + 1), None)
        pieces.append(replace[span] if span is not None else token.text)
        if following is not None and (token.whitespace or following.i != token.i + 1) and following.tag not in ("$,", "$."):
            pieces.append(" ")
    return "".join(pieces).strip()


# --- Als was --------------------------------------------------------------------------------


def _moving(lemma: str) -> bool:
    """A verb of moving or putting somewhere, also with a particle ("ziehen", "hindurchleiten"),
    not a verb built on one ("ersetzen", "herstellen")."""
    particles = (*wellformed.MOTION_PARTICLES, "durch", "hindurch")
    return lemma in wellformed.MOTION_VERBS or any(
        lemma.startswith(p) and lemma[len(p):] in wellformed.MOTION_VERBS for p in particles)


def _as_what(sentence: Sentence, clause: Clause, replace: Spans, earlier: frozenset[str]) -> Question | None:
    """"X wurde als A sowie als B wahrgenommen." → Als was wurde X wahrgenommen? – als A sowie als B."""
    if _als_lemma(sentence, clause) not in ALS_VERBS:
        return None
    phrases = [c for c in clause.constituents if c.role == "adverbial" and c.clause is None and _word(sentence, c.start) == "als"]
    if not phrases or not all(c.sure for c in phrases) or any(not _role_phrase(sentence, c, _als_lemma(sentence, clause)) for c in phrases):
        return None
    if len(phrases) == 1 and clause.lemma in ROLE_VERBS:
        return None  # wh.py asks it
    if len(phrases) > 2 or len(phrases) == 2 and not _linked(sentence, phrases[0], phrases[1]):
        return None
    if not clause.role("subject") or any(not c.sure for c in clause.constituents):
        return None
    last = phrases[-1]
    asked = dc_replace(phrases[0], end=last.end, text=realise.render(sentence, phrases[0].start, last.end))  # one list
    answer = realise.phrase(sentence, asked.start, asked.end, replace)
    bare = [realise.render(sentence, c.start + 1, c.end, replace) for c in phrases]
    accepted = (" und ".join(bare),) if len(bare) > 1 else (bare[0],)
    return _question(sentence, clause, asked, "Als was", "als-was", answer, accepted, replace, earlier)


def _als_lemma(sentence: Sentence, clause: Clause) -> str:
    """The verb, or for "als Lehrer tätig sein", "als X bekannt werden" the predicative adjective,
    also where the analysis joined it to the verb ("wurde vor allem als Maler von Tieren bekannt":
    "bekanntwerden")."""
    for copula in ("werden", "sein"):
        if clause.lemma.endswith(copula) and clause.lemma.removesuffix(copula) in ALS_VERBS:
            return clause.lemma.removesuffix(copula)
    if clause.lemma in ("sein", "werden"):
        predicative = clause.role("predicative")
        if len(predicative) == 1 and predicative[0].end - predicative[0].start == 1:
            return _word(sentence, predicative[0].start)
        return ""
    return clause.lemma


def _role_phrase(sentence: Sentence, phrase: Constituent, lemma: str) -> bool:
    """A noun phrase after "als"; for a verb of choosing or employing, one naming a person
    ("als Trainer verpflichtet", not "als Kompromiss gewählt")."""
    rest = span_tokens(sentence, phrase.start + 1, phrase.end)
    if lemma in PERSON_ALS_VERBS and not any(t.tag == "NN" and (person_noun(t) or t.lemma.lower().endswith(PERSON_ENDINGS))
                                             for t in rest):
        return False
    return bool(rest) and rest[-1].tag in ("NN", "NE", "FM") and all(t.tag in ROLE_PHRASE_TAGS for t in rest) and not any(
        t.tag == "ADJA" and t.text.lower().startswith(("gesund", "klein", "groß")) and len(rest) == 1 for t in rest)


def _linked(sentence: Sentence, first: Constituent, second: Constituent) -> bool:
    between = span_tokens(sentence, first.end, second.start)
    return len(between) == 1 and between[0].text.lower() in ("und", "sowie", "oder")


# --- Wodurch / Durch wen ----------------------------------------------------------------------


def _by_means(
    sentence: Sentence, clause: Clause, replace: Spans, labels: dict[str, str], earlier: frozenset[str]
) -> Question | None:
    """"Y wurde durch X zerstört." → Wodurch (Durch wen) wurde Y zerstört? – durch X."""
    if clause.voice not in ("passive", "state") or _moving(clause.lemma):
        return None  # "Eine Schnur wird durch die Blattstiele gezogen": a way, not a means
    phrases = [c for c in clause.constituents if c.clause is None and _word(sentence, c.start) == "durch"
               and c.role in ("adverbial", "agent", "object_prep")]
    if len(phrases) != 1 or any(not c.sure for c in clause.constituents):
        return None
    clause, asked = _with_attributes(sentence, clause, phrases[0])
    rest = span_tokens(sentence, phrases[0].start, phrases[0].end)[1:]  # the noun asked, without its attributes
    if not rest or rest[-1].tag not in ("NN", "NE") or any(t.tag in ("PPER", "PDS") for t in rest):
        return None
    head = rest[-1]
    if head.lemma.lower().endswith(PLACE_NOUNS) or head.text in COUNTRIES_AND_PLACES or head.ent_label == "LOC":
        return None  # "durch den Wald": a way, not a means
    if any(c.start == asked.end and c.clause is None and _word(sentence, c.start) in NOUN_PREPOSITIONS
           for c in clause.constituents):
        return None  # "durch die Abfälle | aus Öl- und Gasförderung" read as the verb's: whose it is is unsure
    if _after_action_noun(sentence, asked):
        return None  # "nach Besetzung der Stadt | durch eine Flotte": the phrase says who occupied, not how it was confirmed
    kind = phrase_kind(sentence, asked, rest, replace, labels)
    if kind == "organisation" and not person_noun(head):
        return None  # a name the recogniser calls an organisation may be a gene or a law: which W-word is unsure
    word = "Durch wen" if kind == "person" or person_noun(head) else "Wodurch"
    answer = realise.phrase(sentence, asked.start, asked.end, replace)
    accepted = (realise.render(sentence, asked.start + 1, asked.end, replace),)
    return _question(sentence, clause, asked, word, "wodurch", answer, accepted, replace, earlier)


def _after_action_noun(sentence: Sentence, asked: Constituent) -> bool:
    """Does the durch-phrase follow a noun phrase of an action ("Besetzung der Stadt", "Einnahme
    Roms") it may belong to?"""
    before: list[Token] = []
    for token in reversed(span_tokens(sentence, sentence.tokens[0].i, asked.start)):
        if token.tag not in ("NN", "NE", "ART", "ADJA", "APPRART", "CARD", "FM"):
            break
        before.append(token)
    return any(t.tag == "NN" and t.text.lower().endswith(ACTION_ENDINGS) for t in before)


# --- Wofür / Wodurch bekannt -------------------------------------------------------------------


def _known_for(sentence: Sentence, clause: Clause, replace: Spans, earlier: frozenset[str]) -> Question | None:
    """"Theodosius von Bithynien war für seine Sonnenuhren bekannt." → Wofür war Theodosius von
    Bithynien bekannt? – für seine Sonnenuhren; "Franz Marc wurde durch seine Bilder von blauen
    Pferden berühmt." → Wodurch wurde Franz Marc berühmt? What someone or something is known for
    is what readers ask of a biography or a place ("Wofür war Berlin bekannt?"). Only with sein or
    werden and one für- or durch-phrase; "bekannt" may stand at the end or after the verb ("ist
    bekannt für ihre Verkehrsanbindung")."""
    finite = _token(sentence, clause.finite) if clause.finite is not None else None
    if finite is None or finite.lemma not in ("sein", "werden") or clause.voice == "passive":
        return None
    fame = [i for i in clause.tokens if _word(sentence, i) in FAME_WORDS and i not in _inside_phrases(clause)]
    if len(fame) != 1:
        return None
    clause = _fame_verb(sentence, clause, fame[0], finite.lemma)
    phrases = [c for c in clause.constituents if c.clause is None and c.role in ("adverbial", "object_prep")
               and _word(sentence, c.start) in FAME_PREPOSITIONS and c.end - c.start >= 2]
    subjects = clause.role("subject")
    if len(phrases) != 1 or len(subjects) != 1 or any(not c.sure for c in clause.constituents):
        return None
    asked = phrases[0]
    if any(t.tag in ("PPER", "PDS", "PRF") for t in span_tokens(sentence, asked.start, asked.end)):
        return None  # "dafür", "durch sie": the answer points back
    if _foreign_possessive(sentence, subjects[0], asked):
        return None
    word = FAME_PREPOSITIONS[_word(sentence, asked.start)]
    clause, asked = _with_attributes(sentence, clause, asked)
    answer = realise.phrase(sentence, asked.start, asked.end, replace)
    accepted = (realise.render(sentence, asked.start + 1, asked.end, replace),)
    return _question(sentence, clause, asked, word, f"{word.lower()}-bekannt", answer, accepted, replace, earlier)


def _with_attributes(sentence: Sentence, clause: Clause, asked: Constituent) -> tuple[Clause, Constituent]:
    """The clause with the asked prepositional phrase joined to the attributes of its noun that
    the analysis split off as phrases of their own: "für ihre Forschung | zur Radioaktivität" is
    asked as one ("Wofür ist Marie Curie bekannt? – für ihre Forschung zur Radioaktivität"); left
    behind, the attribute turns the question into nonsense ("Wofür ist Marie Curie zur
    Radioaktivität bekannt?")."""
    while (attribute := wellformed.attribute_after(sentence, clause, asked)) is not None:
        joined = dc_replace(asked, end=attribute.end, text=realise.render(sentence, asked.start, attribute.end))
        kept = tuple(joined if c is asked else c for c in clause.constituents if c is not attribute)
        clause, asked = dc_replace(clause, constituents=kept), joined
    return clause, asked


def _foreign_possessive(sentence: Sentence, subject: Constituent, asked: Constituent) -> bool:
    """A possessive in the answer that cannot stand for the subject: "Saville Row und Jermyn Street
    sind für seine Maßschneidereien bekannt" ("seine" is London's, two streets would be "ihre")."""
    subject_tokens = span_tokens(sentence, subject.start, subject.end)
    plural = any(t.tag == "KON" for t in subject_tokens) or any(
        t.i == subject.head and t.feature("Number") == "Plur" for t in subject_tokens)
    return plural and any(t.tag == "PPOSAT" and t.text.lower().startswith("sein")
                          for t in span_tokens(sentence, asked.start, asked.end))


def _inside_phrases(clause: Clause) -> set[int]:
    return {i for c in clause.constituents if c.end - c.start > 1 for i in range(c.start, c.end)}


def _fame_verb(sentence: Sentence, clause: Clause, fame: int, copula: str) -> Clause:
    """The clause with "bekannt sein" / "berühmt werden" as its one verb, as the analysis reads
    "bekannt werden" (lemma "bekanntwerden"): the adjective is no state asked about, so the
    copula's checks ("Wo ist Kreta eine Insel?") do not apply, and an adjective the analysis left
    outside every phrase ("war für seine Sonnenuhren bekannt", tagged as a particle) becomes the
    predicative the question must keep."""
    word = _word(sentence, fame)
    kept = tuple(c for c in clause.constituents if not (c.start == fame and c.end == fame + 1))
    predicative = Constituent(role="predicative", start=fame, end=fame + 1, head=fame, text=word)
    ordered = tuple(sorted((*kept, predicative), key=lambda c: c.start))
    return dc_replace(clause, lemma=word + copula, constituents=ordered)


# --- the question ---------------------------------------------------------------------------


def _question(
    sentence: Sentence, clause: Clause, asked: Constituent, word: str, skill: str, answer: str,
    accepted: tuple[str, ...], replace: Spans, earlier: frozenset[str],
) -> Question | None:
    prompt = realise.interrogative(sentence, clause, asked, word, replace=replace)
    if prompt is None:
        return None
    prompt = " ".join(prompt.split()).replace(" ?", "?")
    prompt = _in_perfect(prompt, word, sentence, clause, "Sing" if asked.role == "subject" else clause.number) or prompt
    words = prompt.split()
    if not MIN_PROMPT_WORDS <= len(words) <= wellformed.MAX_QUESTION_WORDS:
        return None
    if any(v.lower() in prompt.lower() for v in (answer, *accepted) if len(v) > 2):
        return None  # the prompt gives the answer away
    if wellformed.reading_problems(sentence, clause, asked, skill):
        return None
    if wellformed.source_problems(sentence, clause, asked, prompt, answer, skill, earlier):
        return None
    if not wellformed.well_formed_question(prompt, word=word, verbs=_verbs_of(prompt, sentence, clause, asked)):
        return None
    return Question(
        id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
        explanation=f"Im Text steht: „{sentence.text}“", accepted=tuple(a for a in dict.fromkeys(accepted) if a != answer),
        focus="content", skill=skill,
    )


def _in_perfect(prompt: str, word: str, sentence: Sentence, clause: Clause, number: str) -> str | None:
    """The question in the Perfekt, the tense of spoken German, where the text has the
    Präteritum ("Was beschloss der Rat?" → "Was hat der Rat beschlossen?", "Wodurch wurde das
    Dorf zerstört?" → "Wodurch ist das Dorf zerstört worden?"): the meaning of a finished event
    stays, and the reader must know the verb's forms instead of matching the sentence's words.
    None where unsure: a modal, a state passive, sein/haben/werden as the verb, a verb the
    tables do not know, a verb complex of more than the finite verb and its particle."""
    if clause.tense != "past" or clause.modal or clause.mood != "indicative" or number not in ("Sing", "Plur"):
        return None
    if clause.voice not in ("active", "passive") or clause.lemma in ("sein", "haben", "werden") or not prompt.endswith("?"):
        return None
    if clause.lemma.removesuffix("sein").removesuffix("werden") in FAME_WORDS:
        return None  # "bekannt sein" (``_fame_verb``): a copula, whose Präteritum is spoken German too
    head, rest = prompt[len(word):].split(None, 1) if prompt.startswith(word + " ") else ("", "")
    words = rest.removesuffix("?").split()
    if not head or not words:
        return None
    plural = number == "Plur"
    if clause.voice == "passive":
        if head.lower() not in ("wurde", "wurden") or words[-1] == "worden":
            return None
        return f"{word} {'sind' if plural else 'ist'} {' '.join(words)} worden?"
    parts = principal_parts(clause.lemma, usage=Usage(reflexive=clause.reflexive is not None,
                                                      objects=(bool(clause.role("object_acc")),)))
    if parts is None or not parts.participle or len(clause.verbs) > 1 + (clause.particle is not None):
        return None
    if parts.prefix:
        if words[-1] != parts.prefix:
            return None
        words = words[:-1]
    if not words:
        return None
    auxiliary = ("sind" if plural else "ist") if parts.auxiliary == "sein" else ("haben" if plural else "hat")
    return f"{word} {auxiliary} {' '.join(words)} {parts.participle}?"


def _verbs_of(prompt: str, sentence: Sentence, clause: Clause, asked: Constituent) -> tuple[str, ...]:
    """The verb forms of the question's right bracket: the source's, or the Perfekt's."""
    kept = realise.kept_verbs(sentence, clause, asked)
    last = prompt.removesuffix("?").split()[-1]
    if last == "worden":
        return (*kept, "worden")
    if kept and last not in kept:
        return (last,)
    return kept


# --- the clause read right, the subject and its pronouns ---


def _disagreeing(sentence: Sentence, clause: Clause) -> bool:
    """A plural finite verb with a subject that is one singular noun or name and no list."""
    subjects = [c for c in clause.role("subject") if c.clause is None]
    if clause.number != "Plur" or len(subjects) != 1:
        return False
    tokens = span_tokens(sentence, subjects[0].start, subjects[0].end)
    head = _token(sentence, subjects[0].head)
    if head is None or any(t.tag == "KON" or t.text == "," for t in tokens):
        return False
    singular_article = tokens[0].text.lower() in ("der", "das", "ein", "eine")  # "die" may be plural
    return head.tag == "NE" or head.tag == "NN" and (head.feature("Number") == "Sing" or singular_article)


def _bis_joined(sentence: Sentence, clause: Clause) -> Clause:
    """"Bis in die 1970er Jahre …": the rules leave "bis" (tagged as a conjunction) outside the
    phrase it bounds (its detail says "bis"); the phrase takes it back, so that the question
    keeps it and the layout finds no word outside every phrase."""
    fixed = []
    for constituent in clause.constituents:
        before = _token(sentence, constituent.start - 1)
        if constituent.detail == "bis" and before is not None and before.text.lower() == "bis" and before.i not in clause.verbs:
            constituent = dc_replace(constituent, start=before.i, text=realise.render(sentence, before.i, constituent.end))
        fixed.append(constituent)
    return dc_replace(clause, constituents=tuple(fixed)) if fixed != list(clause.constituents) else clause





def _one_vorfeld_subject(
    analysis: Analysis, sentence: Sentence, clause: Clause, labels: dict[str, str]
) -> tuple[Clause, Spans]:
    """A Vorfeld the rules split into pieces, the first a subject (sure or not), read as one subject:
    German puts one constituent before the finite verb ("Eine genauere Auseinandersetzung mit
    ihren Arbeiten wie dem Reisebericht … zeigt, dass …"). Only when no other subject is in
    the clause, nothing in the Vorfeld is a clause, and the Vorfeld opens with the subject.
    Returns the clause and the subject's shortened text (``_shortened_subject``) as a replacement."""
    unchanged: tuple[Clause, Spans] = clause, {}
    if clause.kind != "main" or clause.finite is None:
        return unchanged
    front = [c for c in clause.constituents if c.field == "vorfeld"]
    subjects = clause.role("subject")
    if (len(subjects) != 1 or subjects[0].sure and len(front) == 1 or subjects[0].field != "vorfeld" or not front
            or front[0] is not subjects[0] or any(c.clause is not None for c in front)):
        return unchanged
    first = span_tokens(sentence, subjects[0].start, subjects[0].end)
    if not first or first[0].text.lower() in ("den", "dem", "des", "einen", "einem", "eines") or first[0].tag not in ("ART", "PIAT", "PPOSAT", "ADJA", "NN", "NE"):
        return unchanged
    start, end = subjects[0].start, clause.finite  # the Vorfeld: all before the finite verb
    if start != min(clause.tokens) or any(c.end > end for c in front):
        return unchanged
    cut = next((t.i for t in span_tokens(sentence, start, end) if t.text.lower() == "wie" and t.tag == "KOKOM"), end)
    if cut - start > MAX_VORFELD_WORDS or cut <= subjects[0].end - 1:
        return unchanged
    subject = dc_replace(subjects[0], end=end, sure=True, case="Nom", text=realise.render(sentence, start, end))
    shortened = _shortened_subject(analysis, sentence, start, cut, labels)
    if shortened is None:
        return unchanged
    kept = tuple(c for c in clause.constituents if c.field != "vorfeld")
    return dc_replace(clause, constituents=(subject, *kept)), {(start, end): shortened}


def _shortened_subject(analysis: Analysis, sentence: Sentence, start: int, end: int, labels: dict[str, str]) -> str | None:
    """The subject's words up to ``end``, a possessive replaced by the name it refers to
    ("mit ihren Arbeiten" → "mit Mary Shelleys Arbeiten"); None when one has no certain name."""
    pieces: list[str] = []
    for token in span_tokens(sentence, start, end):
        text = token.text
        if token.tag == "PPOSAT":
            name = resolve(analysis, sentence.index, token.i) or _title_person(analysis, sentence, token)
            if not name or labels.get(name) != "person" and name != analysis.article.title.split()[-1]:
                return None
            text = realise.saxon_genitive(name)
        elif token.tag in ("PPER", "PDS", "PDAT"):
            return None
        pieces.append(text + (token.whitespace or ""))
    text = "".join(pieces).strip().rstrip(",")
    first = span_tokens(sentence, start, start + 1)
    if first and first[0].tag in ("ART", "PIAT", "ADJA") and realise.sentence_initial(sentence, start):
        text = text[:1].lower() + text[1:]
    return text


def _title_person(analysis: Analysis, sentence: Sentence, possessive: Token) -> str | None:
    """A biography's "ihr-"/"sein-" that takes up the person the title names: back to the
    sentence that names the person by the title's surname, each sentence between holds a
    possessive of the same stem (the text goes on speaking of her or him), and no other person
    is named before a possessive of the chain."""
    stem = possessive.text.lower()[:3]
    title = analysis.article.title.split()
    if stem not in ("ihr", "sei") or not 2 <= len(title) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in title):
        return None
    if not any(t.ent_label == "PER" and t.text == title[-1] for s in analysis.sentences for t in s.tokens):
        return None  # the title names no person the text speaks of
    index, limit = sentence.index, possessive.i
    for _ in range(MAX_CHAIN):
        words = [t for t in analysis.sentences[index].tokens if t.i < limit]
        if any(t.ent_label == "PER" and t.text not in title for t in words):
            return None
        if any(t.text == title[-1] for t in words):
            return " ".join(title)
        if index == 0 or analysis.sentences[index - 1].is_heading:
            return None
        index -= 1
        earlier = analysis.sentences[index]
        # the sentence before counts up to its own first possessive of the stem (which takes up
        # the person in turn); without one the chain ends
        limit = next((t.i for t in earlier.tokens if t.tag == "PPOSAT" and t.text.lower().startswith(stem)), -1)
        if limit < 0:
            limit = earlier.tokens[-1].i + 1
            words = list(earlier.tokens)
            if any(t.text == title[-1] for t in words) and not any(t.ent_label == "PER" and t.text not in title for t in words):
                return " ".join(title)
            return None
    return None


def _pronoun_names(analysis: Analysis, sentence: Sentence, clause: Clause, labels: dict[str, str]) -> Spans | None:
    """Names for the clause's subject pronoun ("sie" → "Mary Shelley"); None when a pronoun
    has no certain name, or is no subject (its case would need the name inflected)."""
    replace: Spans = {}
    for constituent in clause.constituents:
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        if len(tokens) != 1 or tokens[0].tag != "PPER":
            continue
        token = tokens[0]
        if token.text.lower() in SPEAKER_PRONOUNS or token.text == "Sie" and token.i != sentence.tokens[0].i:
            return None
        if constituent.role != "subject" or token.text.lower() == "es":
            return None
        name = (resolve(analysis, sentence.index, token.i) or topic_subject(analysis, sentence, constituent, token)
                or topic_person(analysis, sentence, clause, constituent, token))
        if not name or name.split()[0].lower() not in ("der", "die", "das") and name not in labels and name.split()[-1] not in labels:
            return None
        replace[(constituent.start, constituent.end)] = name
    return replace
