"""What the text's opening sentence says its subject is, where no other generator asks (issue 12).

On MLQA German dev a third of the paragraphs got no comprehension item, and many of them open as
an encyclopaedia does, with a copula clause that defines what the paragraph is about: "Der
Goldzeisig ist eine kleine Finkenart.", "Das Marina Bay Floating Stadium (auch The Float@Marina
Bay) ist ein Stadion in Singapur.", "Pathum Thani (Thai: …) ist eine Provinz (Changwat) in der
Zentralregion von Thailand." ``wh_more`` asks such a definition only of a bare name with nothing
beside the predicative ("Oskar Schindler war ein deutscher Unternehmer" → "Wer war Oskar
Schindler?") or of the article's title noun ("Eine Scheune ist ein Gebäude" → "Was ist eine
Scheune?"); the definite name "das Marina Bay Floating Stadium", a term that is not the title and a
place phrase after the predicative fell through. Readers judged the definition that holds a text
together good ("Was ist eine Miniatur-Welt?", "Was ist Information in der Informationstheorie?")
and one anybody answers without the text bad ("Was ist eine Woche?" – eine Zeiteinheit).

``gap_questions(analysis, facts)`` asks two kinds. **Was ist X?** ("was-ist") of the first sentence of the
text's body when it is a plain copula main clause of exactly a subject, an indefinite predicative
and at most a place phrase right after it:

- the subject is a name ("Pathum Thani"), a definite article with a name ("das Marina Bay Floating
  Stadium"), or a definite article with a rare noun ("der Goldzeisig"); a frequent noun ("Der Golf
  ist ein Randmeer …", "Die Provinz ist …") takes up a name the reader has not seen;
- the predicative names no person ("eine US-amerikanische Schauspielerin" is ``wh_more``'s "Wer
  ist X?") and says more than an everyday class: two nouns, or one rare one ("eine kleine
  Finkenart", "ein Stadion in Singapur"; not "ein großes Tier");
- the answer is the predicative up to its first comma or bracket, with the place phrase that
  follows it ("eine Provinz in der Zentralregion von Thailand"); the predicative alone and its
  noun with the words before it are accepted ("ein Hochdecker-Amphibienflugzeug aus
  kohlenstofffaserverstärktem Kunststoff": "ein Hochdecker-Amphibienflugzeug").

**Als was war X tätig?** ("als-was"), in any sentence: a person's trade stated with the copula
("Rai war zwölf Jahre lang als Stripperin tätig, bevor sie …" → "Als was war Rai zwölf Jahre lang
tätig?" – als Stripperin), which people ask ("Was war ihr Beruf, bevor sie ins Parlament gewählt
wurde?") and ``wh_facts`` asks only of other verbs ("Als was arbeitete …?").

Two kinds readers of the unseen texts of round 16 asked of copula clauses, in any sentence:
**Was/Wer war X in Wahrheit?** ("in-wahrheit"): "Ein angeblicher Chirurg … war in Wahrheit
Zahnarzt" → Was war der angebliche Chirurg in Wahrheit? – Zahnarzt, and a seeming role in a relative
clause on the subject ("Nijirah al-Sabah, die als angebliche Krankenschwester … berichtete, war die
Tochter des kuwaitischen Botschafters" → Wer war die angebliche Krankenschwester in Wahrheit?);
**Was war das Ziel von X?** ("was-ziel"): "Das Ziel dieser Proteste war die Wiederherstellung des
Sonderstatus" → Was war das Ziel der Proteste? (also Zweck, Aufgabe, Absicht, Anliegen, and "ist es,
… zu …").
"""

from __future__ import annotations

from ..extraction.frequency import zipf_frequency
from ..model import Analysis, Clause, Constituent, Fact, Question, Sentence, Token
from . import realise, wellformed
from .wh import Ask, askable_sentences, entity_labels, span_tokens, unambiguous
from .wh_facts import _bare_role, _person_subject, _role_noun
from .wh_more import (
    EVERYDAY_ZIPF,
    QUOTES,
    _core_length,
    _folded,
    _is_name,
    _names_person,
    _pronoun_names,
    _question,
)

COPULA_FORMS = frozenset({"ist", "war", "sind", "waren"})
DEFINITE = frozenset({"der", "die", "das"})
INDEFINITE = frozenset({"ein", "eine"})


def gap_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    """The opening definition's "Was ist X?", every "Als was war X tätig?", what someone or
    something was in truth and what an aim was, in text order, checked by ``wellformed`` like
    every W-question."""
    body = [s for s in analysis.sentences if not s.is_heading]
    if not body:
        return []
    found = [_opening_definition(analysis, body[0], clause) for clause in body[0].clauses]
    labels = entity_labels(facts)
    previous: Sentence | None = None
    for sentence, _ in askable_sentences(analysis):
        found += [_occupation(analysis, sentence, clause, labels) for clause in sentence.clauses]
        for clause in sentence.clauses:
            if _linking(sentence, clause):
                found += [_in_truth(analysis, sentence, clause, labels), _seeming(sentence, clause),
                          _aim(analysis, sentence, clause, previous)]
        previous = sentence
    return wellformed.teacher_filter(unambiguous([q for q in found if q is not None]), analysis)


def _opening_definition(analysis: Analysis, sentence: Sentence, clause: Clause) -> Question | None:
    """"Der Goldzeisig ist eine kleine Finkenart." → Was ist der Goldzeisig? – eine kleine Finkenart."""
    if not _plain_copula(sentence, clause):
        return None
    roles = [c.role for c in clause.constituents]
    if roles not in (["subject", "predicative"], ["subject", "predicative", "place"]):
        return None
    if not all(c.sure and c.clause is None for c in clause.constituents) or not _placed(sentence, clause):
        return None
    subject, predicative = clause.constituents[0], clause.constituents[1]
    place = clause.constituents[2] if len(roles) == 3 else None
    named = _defined(analysis, sentence, subject)
    if named is None:
        return None
    words = span_tokens(sentence, predicative.start, predicative.end)
    core = words[: _core_length(words)]
    if len(core) < 2 or core[0].text.lower() not in INDEFINITE or _a_person(sentence, subject, core):
        return None
    if any(t.tag in ("PPER", "PPOSAT", "PDS", "PRELS", "PDAT", "KON", "CARD") for t in core) or core[-1].tag not in ("NN", "NE"):
        return None  # "ein auf verschiedene Datenbanken": a predicative the analysis cut before its noun
    if place is not None and (len(core) < len(words) and words[len(core)].tag != "$(" or not _follows(sentence, predicative, place)):
        return None  # the place belongs to the definition only right after it
    extra = span_tokens(sentence, place.start, place.end) if place is not None else []
    following = next((t for t in sentence.tokens if t.i == (place or predicative).end), None)
    if following is not None and not following.tag.startswith("$"):
        return None  # "ein Krieg zwischen Äthiopien | und Somalia": the analysis cut the answer short
    if not _specific([*core, *extra]):
        return None
    bare = realise.phrase(sentence, core[0].i, core[-1].i + 1)
    answer = f"{bare} {realise.render(sentence, place.start, place.end)}" if place is not None else bare
    verb = next(t for t in sentence.tokens if t.i == clause.finite).text.lower()
    head = next(k for k, t in enumerate(core) if t.tag in ("NN", "NE"))
    noun = realise.phrase(sentence, core[0].i, core[head].i + 1)  # "ein Hochdecker-Amphibienflugzeug" before "aus …"
    ask = Ask("Was", "was-ist", answer, tuple(v for v in (bare, noun) if v != answer))
    return _question(sentence, f"Was {verb} {named}?", ask)


def _occupation(analysis: Analysis, sentence: Sentence, clause: Clause, labels: dict[str, str]) -> Question | None:
    """"Rai war zwölf Jahre lang als Stripperin tätig, bevor sie in einem pornografischen Film
    auftrat." → Als was war Rai zwölf Jahre lang tätig? – als Stripperin. People ask a person's trade ("Was war ihr Beruf,
    bevor sie ins Parlament gewählt wurde?"); ``wh_facts`` asks "Als was arbeitete X?", but "als …
    tätig sein" is a copula clause, whose adverbials the checks of ``wh_more`` refuse to ask (most
    of them are no question: "Wo ist Pathum Thani eine Provinz?"). Only a named person or a
    pronoun certain of one, a bare role noun after "als", and besides them time words and
    adverbials the question keeps as they stand; a clause after "tätig" ("bevor sie …") is left
    out. "Nach ihrem Studium war sie zunächst als Lehrerin tätig." gives nothing while "sie" has
    no certain name."""
    if not _plain_copula(sentence, clause, kinds=("main", "coordinated")):
        return None
    predicatives = clause.role("predicative")
    if len(predicatives) != 1 or predicatives[0].text.lower() != "tätig" or not _placed(sentence, clause):
        return None
    roles = [c for c in clause.constituents if c.role in ("adverbial", "manner") and c.text.lower().startswith("als ")]
    after = [c for c in clause.constituents if c.start > predicatives[0].start]
    if len(roles) != 1 or not all(c.sure and (c.clause is None or c in after) for c in clause.constituents):
        return None  # a clause after "tätig" is left out: the checks take no second clause in a question
    role = _bare_role(span_tokens(sentence, roles[0].start + 1, roles[0].end))
    if role is None or any(c.role not in ("subject", "predicative", "time", "adverbial", "manner") for c in clause.constituents):
        return None
    replace = _pronoun_names(analysis, sentence, clause, labels)
    if replace is None or not _person_subject(sentence, clause, replace, labels):
        return None
    subject = clause.role("subject")[0]
    inner = [c for c in clause.constituents if c.role != "subject" and c not in (roles[0], predicatives[0], *after)]
    if any(c.clause is None for c in after):
        return None  # "war als Lehrerin tätig in Wien": a phrase after the predicative the question cannot place
    words = [realise.phrase(sentence, subject.start, subject.end, replace),
             *(realise.phrase(sentence, c.start, c.end, replace) for c in inner), "tätig"]
    verb = next(t for t in sentence.tokens if t.i == clause.finite).text.lower()
    prompt = f"Als was {verb} {' '.join(words)}?"
    answer = realise.render(sentence, roles[0].start, roles[0].end)
    return _question(sentence, prompt, Ask("Als was", "als-was", answer, (role, answer.removeprefix("als "))))


def _plain_copula(sentence: Sentence, clause: Clause, kinds: tuple[str, ...] = ("main",)) -> bool:
    """A sure indicative clause "X ist/war Y": no auxiliary, modal, negation or quotation (a
    definition inside quotation marks is someone's opinion)."""
    if not clause.sure or clause.kind not in kinds or clause.lemma != "sein" or clause.voice != "active":
        return False
    if clause.auxiliary or clause.modal or clause.negation is not None or clause.finite is None or clause.mood != "indicative":
        return False
    if any(mark in sentence.text for mark in QUOTES):
        return False
    verb = next((t for t in sentence.tokens if t.i == clause.finite), None)
    return verb is not None and verb.text.lower() in COPULA_FORMS


def _defined(analysis: Analysis, sentence: Sentence, subject: Constituent) -> str | None:
    """The subject as the question names it, if it names the thing itself: "Pathum Thani", "das
    Marina Bay Floating Stadium", "der Goldzeisig" (a rare noun). Not the title's noun
    (``wh_more``'s "Was ist eine Scheune?"), not a frequent noun ("der Golf"). A person's name is
    left to the predicative, which then names a person (``wh_more``'s "Wer ist X?"): the entity
    rules read unknown names as people ("Pathum Thani", "Marina Bay Floating")."""
    tokens = span_tokens(sentence, subject.start, subject.end)
    if not tokens:
        return None
    if not (tokens[0].tag == "ART" and tokens[0].text.lower() in DEFINITE):
        return realise.phrase(sentence, subject.start, subject.end) if _is_name(tokens) else None
    rest = tokens[1:]
    if not (_is_name(rest) or _titled_name(rest)):
        if len(rest) != 1 or rest[0].tag != "NN" or zipf_frequency(rest[0].lemma) >= EVERYDAY_ZIPF:
            return None
        if _folded(rest[0].text) == _folded(analysis.article.title.replace(" ", "-")):
            return None
    return realise.phrase(sentence, subject.start, subject.end)


def _a_person(sentence: Sentence, subject: Constituent, core: list[Token]) -> bool:
    """Is the defined one a person, asked with "Wer" (``wh_more``)? The predicative's noun names
    one ("ein deutscher Physiker", "ein niederländisch-amerikanischer Geostratege"), or life dates
    follow the name ("Nicholas John Spykman (* 13. Oktober 1893 in Amsterdam; † 26. Juni 1943 …)")."""
    head = next((t for t in core if t.tag == "NN"), None)
    if _names_person(core) or head is not None and _role_noun(head):
        return True
    after = [t.text for t in sentence.tokens if subject.end <= t.i < subject.end + 2]
    return after[:1] == ["("] and after[1:2] in (["*"], ["†"])


def _titled_name(tokens: list[Token]) -> bool:
    """A name that ends in a noun of its kind: "Marina Bay Floating Stadium" (proper nouns, then
    the capitalised noun the tagger read as common)."""
    return len(tokens) >= 2 and _is_name(tokens[:-1]) and tokens[-1].tag == "NN" and tokens[-1].text[:1].isupper()


def _placed(sentence: Sentence, clause: Clause) -> bool:
    """Every word of the clause outside brackets is in a constituent or the verb: a word left over
    means the analysis cut a phrase short, and the answer or the question would lose it. What a
    bracket holds ("Pathum Thani (Thai: …)", "eine Provinz (Changwat)") neither phrase needs."""
    placed = {i for c in clause.constituents for i in range(c.start, c.end)} | set(clause.verbs)
    depth = 0
    for token in sentence.tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth == 0 and token.i in clause.tokens and token.i not in placed and not token.tag.startswith("$"):
            return False
    return True


def _follows(sentence: Sentence, predicative: Constituent, place: Constituent) -> bool:
    """Only a bracket stands between the predicative and the place ("eine Provinz (Changwat) in …")."""
    between = [t for t in sentence.tokens if predicative.end <= t.i < place.start]
    inside = False
    for token in between:
        if token.text == "(":
            inside = True
        elif token.text == ")":
            inside = False
        elif not inside:
            return False
    return not inside


def _specific(tokens: list[Token]) -> bool:
    """Two nouns ("ein Stadion in Singapur") or one rare one ("eine kleine Finkenart"): a class
    the reader learns from the text, not one anybody names ("ein großes Tier")."""
    nouns = [t for t in tokens if t.tag in ("NN", "NE") and t.lemma not in wellformed.GENERAL_NOUNS]
    return len(nouns) >= 2 or any(zipf_frequency(t.lemma) < EVERYDAY_ZIPF for t in nouns)


# --- what someone really was, what something was for (round 17) --------------------------------

TRUTH_PHRASES = (("in", "Wahrheit"), ("in", "Wirklichkeit"))
# Adjectives that say someone only seemed to be what the noun names ("ein angeblicher Chirurg").
SEEMING = frozenset({"angeblich", "vermeintlich", "scheinbar", "vorgeblich", "mutmaßlich"})
# Nouns that name what a thing or an action is for, with the article of their nominative singular.
AIM_NOUNS = {"Ziel": "das", "Hauptziel": "das", "Zweck": "der", "Hauptzweck": "der", "Aufgabe": "die",
             "Hauptaufgabe": "die", "Absicht": "die", "Anliegen": "das"}
DEMONSTRATIVE_GENITIVES = {"dieser": "der", "dieses": "des", "jener": "der", "jenes": "des"}
DEFINITE_FOR_GENDER = {"Masc": "der", "Fem": "die", "Neut": "das"}
NOT_IN_PHRASE = ("V", "PPER", "PRELS", "PDS", "PWS", "KOUS", "KON", "$,", "$(")


def _linking(sentence: Sentence, clause: Clause) -> bool:
    """A sure indicative main clause "X ist/war …" in the third person singular (the forms the
    question keeps): no auxiliary, modal or negation; quotation marks later in the sentence are
    the other questions' concern, not this one's."""
    if not clause.sure or clause.kind not in ("main", "coordinated") or clause.lemma != "sein" or clause.voice != "active":
        return False
    if clause.auxiliary or clause.modal or clause.negation is not None or clause.mood != "indicative":
        return False
    verb = next((t for t in sentence.tokens if t.i == clause.finite), None)
    return verb is not None and verb.text.lower() in ("ist", "war")


def _in_truth(analysis: Analysis, sentence: Sentence, clause: Clause, labels: dict[str, str]) -> Question | None:
    """"Ein angeblicher Chirurg, der als Zeuge vor den Vereinten Nationen auftrat, war in Wahrheit
    Zahnarzt." → Was war der angebliche Chirurg in Wahrheit? – Zahnarzt. Readers asked what the
    supposed witnesses of the Brutkastenlüge really were; the analysis reads "in Wahrheit Zahnarzt"
    as one adverbial, so the clause is read as its words: the subject, the finite verb, "in
    Wahrheit" or "in Wirklichkeit", and a noun phrase that is the rest of the clause. An indefinite
    subject is asked only with an adjective of seeming, which makes it one the reader can name
    ("der angebliche Chirurg"; "ein Mann" would be any man)."""
    own = [t for t in sentence.tokens if t.i in clause.tokens and not t.tag.startswith("$")]
    words = [(t.text.lower(), t.text) for t in own]
    where = next((k for k in range(len(own) - 1) if (words[k][0], words[k + 1][1]) in TRUTH_PHRASES), None)
    subjects = clause.role("subject")
    if where is None or len(subjects) != 1 or not subjects[0].sure:
        return None
    subject = subjects[0]
    truth = {own[where].i, own[where + 1].i}
    rest = [t for t in own if t.i not in truth and t.i != clause.finite and not subject.start <= t.i < subject.end]
    if not _noun_phrase(sentence, rest):
        return None
    replace = _pronoun_names(analysis, sentence, clause, labels)
    named = _named_subject(sentence, subject, replace or {})
    if named is None:
        return None
    verb = next(t for t in sentence.tokens if t.i == clause.finite).text.lower()
    answer = realise.render(sentence, rest[0].i, rest[-1].i + 1)
    word = "Wer" if rest[0].tag == "ART" and _names_person(rest) else "Was"
    ask = Ask(word, "in-wahrheit", answer, _without_article(sentence, rest))
    return _question(sentence, f"{word} {verb} {named} in {own[where + 1].text}?", ask)


def _seeming(sentence: Sentence, clause: Clause) -> Question | None:
    """"Die fünfzehnjährige Nijirah al-Sabah, die als angebliche Krankenschwester … vor dem
    US-Kongress … berichtete, war die Tochter des kuwaitischen Botschafters in den USA." → Wer war
    die angebliche Krankenschwester in Wahrheit? – die Tochter des kuwaitischen Botschafters.
    Readers judged the name lookup ("Wer war die Tochter …?") bad: the point is who the supposed
    nurse really was. A relative clause on the subject gives the seeming role ("als angebliche
    N"), the predicative what the person was; the adjective's strong ending gives the gender of
    the definite article the question needs."""
    subjects, predicatives = clause.role("subject"), clause.role("predicative")
    if len(subjects) != 1 or len(predicatives) != 1 or not predicatives[0].sure or predicatives[0].clause is not None:
        return None
    subject, predicative = subjects[0], predicatives[0]
    seeming = None
    for relative in sentence.clauses:
        if relative.kind == "relative" and relative.antecedent is not None and subject.start <= relative.antecedent < subject.end:
            for phrase in relative.constituents:
                tokens = span_tokens(sentence, phrase.start, phrase.end)
                if [t.tag for t in tokens] == ["KOKOM", "ADJA", "NN"] and tokens[1].lemma in SEEMING:
                    seeming = tokens
    rest = span_tokens(sentence, predicative.start, predicative.end)
    if seeming is None or not _noun_phrase(sentence, rest) or rest[0].tag != "ART":
        return None
    role = _definite_seeming("", seeming[1], seeming[2])
    if role is None:
        return None
    verb = next(t for t in sentence.tokens if t.i == clause.finite).text.lower()
    word = "Wer" if _names_person(rest) else "Was"
    answer = realise.render(sentence, predicative.start, predicative.end)
    return _question(sentence, f"{word} {verb} {role} in Wahrheit?",
                     Ask(word, "in-wahrheit", answer, _without_article(sentence, rest)))


def _aim(analysis: Analysis, sentence: Sentence, clause: Clause, previous: Sentence | None) -> Question | None:
    """"Das Ziel dieser Proteste war die Wiederherstellung des Sonderstatus …" → Was war das Ziel
    der Proteste? – die Wiederherstellung des Sonderstatus; "Ziel des Vereins ist es, die Kultur der
    Region zu fördern." → Was ist das Ziel des Vereins? – die Kultur der Region zu fördern. Readers
    ask what protests, laws and projects were for, and the role questions cannot ask a copula's
    predicative. The subject is an aim noun with the genitive of whose aim it is; "dieser" becomes
    the definite article only when the noun stands in the title or the sentence before (else
    "dieser" points back to what the question does not say)."""
    subjects = clause.role("subject")
    own = [t for t in sentence.tokens if t.i in clause.tokens]
    if len(subjects) != 1 or not own or subjects[0].start != own[0].i:
        return None
    tokens = span_tokens(sentence, subjects[0].start, subjects[0].end)
    if tokens and tokens[0].tag == "ART":
        if tokens[0].text.lower() not in DEFINITE:
            return None
        tokens = tokens[1:]
    if len(tokens) < 3 or tokens[0].text not in AIM_NOUNS:
        return None
    whose = _genitive(analysis, tokens[1:], previous)
    if whose is None:
        return None
    answer = _aim_answer(sentence, clause)
    if answer is None:
        return None
    verb = next(t for t in sentence.tokens if t.i == clause.finite).text.lower()
    prompt = f"Was {verb} {AIM_NOUNS[tokens[0].text]} {tokens[0].text} {whose}?"
    return _question(sentence, prompt, Ask("Was", "was-ziel", *answer))


def _aim_answer(sentence: Sentence, clause: Clause) -> tuple[str, tuple[str, ...]] | None:
    """The aim: the predicative noun phrase, or the zu-infinitive after "es," ("ist es, … zu
    fördern")."""
    predicatives = clause.role("predicative")
    if len(predicatives) != 1:
        return None
    rest = span_tokens(sentence, predicatives[0].start, predicatives[0].end)
    if [t.text for t in rest] == ["es"]:
        complements = [c for c in clause.role("complement") if c.start > predicatives[0].end]
        inner = [c for c in sentence.clauses if c.kind == "zu_infinitive" and complements
                 and c.tokens and complements[0].start <= c.tokens[0] < complements[0].end]
        if len(complements) != 1 or len(inner) != 1:
            return None
        return realise.render(sentence, complements[0].start, complements[0].end), ()
    if not predicatives[0].sure or not _noun_phrase(sentence, rest):
        return None
    return realise.render(sentence, rest[0].i, rest[-1].i + 1), _without_article(sentence, rest)


def _genitive(analysis: Analysis, tokens: list[Token], previous: Sentence | None) -> str | None:
    """Whose aim, as the question writes it: "des Vereins", "der Proteste" for "dieser Proteste"
    after a sentence or title naming protests; None for anything but a genitive noun phrase."""
    if not _noun_phrase_tokens(tokens) or tokens[0].tag not in ("ART", "PDAT"):
        return None
    first = tokens[0].text.lower()
    if tokens[0].tag == "ART":
        return " ".join(t.text for t in tokens) if first in ("des", "der") else None
    if first not in DEMONSTRATIVE_GENITIVES:
        return None
    head = tokens[-1]
    known = {t.lemma.lower() for t in (previous.tokens if previous is not None else ())}
    title = [word.lower() for word in analysis.article.title.split()]
    if head.lemma.lower() not in known and not any(word.endswith(head.lemma.lower()) for word in title):
        return None
    return " ".join([DEMONSTRATIVE_GENITIVES[first], *(t.text for t in tokens[1:])])


def _noun_phrase(sentence: Sentence, tokens: list[Token]) -> bool:
    """A noun phrase in one piece, of a few words, ending in its noun or a genitive's: no verb,
    pronoun, conjunction or comma ("Zahnarzt", "die Tochter des kuwaitischen Botschafters")."""
    if not tokens or len(tokens) > 8 or tokens[-1].i - tokens[0].i != len(tokens) - 1:
        return False
    return _noun_phrase_tokens(tokens)


def _noun_phrase_tokens(tokens: list[Token]) -> bool:
    if not tokens or tokens[-1].tag not in ("NN", "NE") or tokens[0].tag not in ("ART", "PDAT", "ADJA", "NN", "NE"):
        return False
    return not any(t.tag.startswith(NOT_IN_PHRASE) for t in tokens)


def _named_subject(sentence: Sentence, subject: Constituent, replace: dict[tuple[int, int], str]) -> str | None:
    """The subject as the question names it: a name, a pronoun's certain name, a definite noun
    phrase, or an indefinite one with an adjective of seeming made definite ("Ein angeblicher
    Chirurg" → "der angebliche Chirurg")."""
    if (subject.start, subject.end) in replace:
        return replace[(subject.start, subject.end)]
    tokens = span_tokens(sentence, subject.start, subject.end)
    if not _noun_phrase_tokens(tokens) or tokens[0].tag == "PDAT":
        return None
    first = tokens[0].text.lower()
    if _is_name(tokens) or first in DEFINITE:
        return realise.phrase(sentence, subject.start, subject.end)
    if first not in INDEFINITE or len(tokens) != 3 or tokens[1].tag != "ADJA" or tokens[1].lemma not in SEEMING:
        return None
    return _definite_seeming(first, tokens[1], tokens[2])


def _definite_seeming(article: str, adjective: Token, noun: Token) -> str | None:
    """"(ein) angeblicher Chirurg" → "der angebliche Chirurg", "(eine) angebliche Krankenschwester"
    → "die angebliche Krankenschwester": the strong ending of the nominative singular gives the
    gender, the definite article takes the weak ending "-e"."""
    if not adjective.text.startswith(adjective.lemma):
        return None
    definite = {"er": "der", "es": "das", "e": "die"}.get(adjective.text[len(adjective.lemma):])
    if definite is None or article == "ein" and definite == "die" or article == "eine" and definite != "die":
        return None
    return f"{definite} {adjective.lemma}e {noun.text}"


def _without_article(sentence: Sentence, tokens: list[Token]) -> tuple[str, ...]:
    return (realise.render(sentence, tokens[1].i, tokens[-1].i + 1),) if tokens[0].tag == "ART" and len(tokens) > 1 else ()
