"""What a personal or possessive pronoun refers to, when the text leaves no doubt.

``resolve(analysis, sentence_index, token_i)`` gives the name ("Kim Jong Un") or the noun
phrase with its article ("die Regierung") that "er", "sie", "es", "ihn", "ihm", "ihr",
"ihnen", "sein-" or "ihr-" stands for, or None. A question generator replaces a pronoun only
with a certain referent, so the rule is strict: the candidates are the subjects and objects
(clause constituents; without clauses, the nouns outside prepositional phrases) and the
named entities of the two sentences before and of the pronoun's own sentence up to it,
outside its own clause (binding: in "Kim lobte ihn", ihn is not Kim); the pronoun's gender and
number must agree with the candidate's (lexicon morphology, the article, a title before a
name: "Machthaber Kim"); exactly one referent may remain. A person's sex is not guessed from
the first name, so a name agrees with "er" and with "sie" unless a title says otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..analysis.adverbials import TIME_NOUNS
from ..analysis.agreement import determiner_genders
from ..analysis.lexicon import noun_lexicon
from ..model import Analysis, Clause, Entity, Sentence, Token

Reading = tuple[str, str]  # (gender, number); gender "" in the plural
SING = ("Masc", "Fem", "Neut")
ANY: frozenset[Reading] = frozenset({*((g, "Sing") for g in SING), ("", "Plur")})
PERSON: frozenset[Reading] = frozenset({("Masc", "Sing"), ("Fem", "Sing")})
PRONOUNS: dict[str, frozenset[Reading]] = {
    "er": frozenset({("Masc", "Sing")}),
    "ihn": frozenset({("Masc", "Sing")}),
    "ihm": frozenset({("Masc", "Sing"), ("Neut", "Sing")}),
    "es": frozenset({("Neut", "Sing")}),
    "sie": frozenset({("Fem", "Sing"), ("", "Plur")}),
    "ihr": frozenset({("Fem", "Sing")}),
    "ihnen": frozenset({("", "Plur")}),
}
POSSESSIVES: dict[str, frozenset[Reading]] = {
    "sein": frozenset({("Masc", "Sing"), ("Neut", "Sing")}),
    "ihr": frozenset({("Fem", "Sing"), ("", "Plur")}),
}
ARGUMENT_ROLES = frozenset({"subject", "object_acc", "object_dat", "object_gen"})
NP_PARTS = frozenset({"ART", "ADJA", "CARD", "PPOSAT", "PDAT", "PIAT", "ADV"})
WINDOW = 2  # sentences before the pronoun's own
# Verbs whose "es" is a placeholder, not a reference: es gibt, es geht um, es handelt sich um.
EXPLETIVE_ES = frozenset({"geben", "gehen", "handeln", "regnen", "schneien", "kommen", "klappen"})


@dataclass(frozen=True, slots=True)
class Candidate:
    key: str  # one referent: the full name, or the noun's lemma
    text: str  # what to put in the pronoun's place
    readings: frozenset[Reading]


def resolve(analysis: Analysis, sentence_index: int, token_i: int) -> str | None:
    """The name or noun phrase the pronoun at ``token_i`` certainly refers to, else None."""
    sentence = analysis.sentences[sentence_index]
    pronoun = _token(sentence, token_i)
    if pronoun is None:
        return None
    wanted = _agreeing(sentence, pronoun, _pronoun_readings(sentence, pronoun))
    if not wanted or _is_expletive(sentence, pronoun):
        return None
    candidates = list(_candidates(analysis, sentence_index, pronoun))
    referents = {c.key: c for c in candidates if c.readings & wanted}
    if not referents and pronoun.text.lower() != "es":
        return _topic_referent(analysis, sentence, wanted)
    if len(referents) != 1:
        return None
    return next(iter(referents.values())).text


def _topic_referent(analysis: Analysis, sentence: Sentence, wanted: frozenset[Reading]) -> str | None:
    """Nothing near agrees: an encyclopedia's pronoun then stands for its topic, when the topic
    agrees ("Dort lagert sie den Sand ab." in the article on the Aare)."""
    topic = topic_class(analysis)
    if topic is None or sentence.index <= next((s.index for s in analysis.sentences if not s.is_heading), 0):
        return None
    entry = noun_lexicon().lookup(topic.noun)
    genders = {topic.gender} | ({entry.gender} if entry is not None else set())
    if not {(gender, "Sing") for gender in genders if gender} & wanted:
        return None
    return f"{DEFINITE_FORMS[topic.gender]['Nom']} {topic.name}" if topic.gender else topic.name


def _token(sentence: Sentence, i: int) -> Token | None:
    if not sentence.tokens:
        return None
    k = i - sentence.tokens[0].i
    return sentence.tokens[k] if 0 <= k < len(sentence.tokens) else None


def _pronoun_readings(sentence: Sentence, token: Token) -> frozenset[Reading]:
    word = token.text.lower()
    if token.tag == "PPER":
        if token.text == "Sie" and token.i != sentence.tokens[0].i:
            return frozenset()  # the polite "Sie"
        return PRONOUNS.get(word, frozenset())
    if token.tag == "PPOSAT":
        stem = "sein" if word.startswith("sein") else "ihr" if word.startswith("ihr") else ""
        if stem == "ihr" and token.text.startswith("Ihr") and token.i != sentence.tokens[0].i:
            return frozenset()  # "Ihr" of the polite form
        return POSSESSIVES.get(stem, frozenset())
    return frozenset()


def _agreeing(sentence: Sentence, pronoun: Token, readings: frozenset[Reading]) -> frozenset[Reading]:
    """A subject pronoun takes the number of its finite verb: "Sie sollen" is plural."""
    clause = _clause_of(sentence, pronoun.i)
    if clause is None or clause.number not in ("Sing", "Plur"):
        return readings
    if not any(c.role == "subject" and c.head == pronoun.i for c in clause.constituents):
        return readings
    return frozenset(r for r in readings if r[1] == clause.number)


def _clause_of(sentence: Sentence, i: int) -> Clause | None:
    return next((c for c in sentence.clauses if i in c.tokens), None)


def _is_expletive(sentence: Sentence, token: Token) -> bool:
    """ "es" as a placeholder: es gibt …, es geht um …, es ist klar, dass …"""
    if token.text.lower() != "es":
        return False
    clause = _clause_of(sentence, token.i)
    if clause is None:
        return False
    return clause.lemma.lower() in EXPLETIVE_ES or any(c.role == "complement" for c in clause.constituents)


def _candidates(analysis: Analysis, index: int, pronoun: Token) -> Iterator[Candidate]:
    own_clause = _clause_of(analysis.sentences[index], pronoun.i)
    binding = set(own_clause.tokens) if own_clause is not None and pronoun.tag == "PPER" else set()
    for sentence in analysis.sentences[max(0, index - WINDOW) : index + 1]:
        limit = pronoun.i if sentence.index == index else None
        for head in _argument_heads(sentence):
            if (limit is not None and head.i >= limit) or head.i in binding:
                continue
            candidate = _candidate(analysis, sentence, head)
            if candidate is not None:
                yield candidate


def _argument_heads(sentence: Sentence) -> Iterator[Token]:
    """The heads of subjects and objects (from the clauses when there are any)."""
    first = sentence.tokens[0].i if sentence.tokens else 0
    if sentence.clauses:
        for clause in sentence.clauses:
            for constituent in clause.constituents:
                if constituent.role in ARGUMENT_ROLES and not constituent.preposition:
                    yield sentence.tokens[constituent.head - first]
        return
    for k, token in enumerate(sentence.tokens):
        if token.tag in ("NN", "NE") and not _in_prepositional_phrase(sentence.tokens, k):
            yield token


def _in_prepositional_phrase(tokens: tuple[Token, ...], k: int) -> bool:
    while k > 0 and tokens[k - 1].tag in NP_PARTS | {"NN", "NE"}:
        k -= 1
    return k > 0 and tokens[k - 1].tag in ("APPR", "APPRART")


def _candidate(analysis: Analysis, sentence: Sentence, head: Token) -> Candidate | None:
    if head.tag in ("PPER", "PRF", "PPOSAT", "PRELS", "PDS", "PIS", "PWS") or head.text in TIME_NOUNS:
        return None
    entity = _entity_at(analysis, sentence, head)
    if entity is None and head.tag == "NN":  # a title before a name: "Machthaber Kim Jong Un"
        following = _token(sentence, head.i + 1)
        named = _entity_at(analysis, sentence, following) if following is not None else None
        entity = named if named is not None and named.label == "PER" else None
    if entity is not None and entity.label in ("PER", "LOC", "ORG"):
        return _entity_candidate(analysis, sentence, entity.start, entity.end, entity.label)
    if head.tag not in ("NN", "NE"):
        return None
    words = _noun_phrase(sentence, head)
    readings = _noun_readings(words, head)
    number = _subject_number(sentence, head)
    if number:  # "Wissenschaftler weisen …": the verb says the subject is plural
        readings = frozenset(r for r in readings if r[1] == number)
    return Candidate(head.lemma.lower(), " ".join(t.text for t in words), readings) if readings else None


def _subject_number(sentence: Sentence, head: Token) -> str:
    """The number of the finite verb whose subject ``head`` heads, "" when it is none."""
    for clause in sentence.clauses:
        if clause.number in ("Sing", "Plur") and any(c.role == "subject" and c.head == head.i for c in clause.constituents):
            return clause.number
    return ""


def _entity_at(analysis: Analysis, sentence: Sentence, token: Token) -> Entity | None:
    return next((e for e in analysis.entities if e.sentence == sentence.index and e.start <= token.start < e.end), None)


def _entity_candidate(analysis: Analysis, sentence: Sentence, start: int, end: int, label: str) -> Candidate:
    words = [t for t in sentence.tokens if start <= t.start < end]
    before = [t for t in sentence.tokens if t.end <= start]
    if label == "PER":
        name = _full_name(analysis, words[-1].text, analysis.article.text[start:end])
        title = before[-1] if before and before[-1].tag == "NN" else None
        gender = title.feature("Gender") if title is not None else ""
        readings = frozenset({(gender, "Sing")}) if gender in SING else PERSON
        return Candidate(name, name, readings)
    text = analysis.article.text[start:end]
    determiner = before[-1] if before and before[-1].tag == "ART" else None
    if determiner is not None:
        text = f"{determiner.text.lower()} {text}"
        readings = _determiner_readings(determiner)
    else:
        morph = _morph_readings(words[-1])
        readings = morph or (frozenset({("Neut", "Sing")}) if label == "LOC" else ANY)
    return Candidate(analysis.article.text[start:end], text, readings)


def _full_name(analysis: Analysis, last: str, text: str) -> str:
    """The longest name of a person the text uses that ends with the same word ("Kim" → "Kim Jong Un")."""
    names = [e.text for e in analysis.entities if e.label == "PER" and (e.text.split()[-1] == last or e.text.split()[0] == last)]
    return max(names, key=len, default=text)


def _noun_phrase(sentence: Sentence, head: Token) -> list[Token]:
    """Determiner and adjectives before the noun, and the noun: "die neue Regierung"."""
    first = sentence.tokens[0].i
    k = head.i - first
    start = k
    while start > 0 and sentence.tokens[start - 1].tag in NP_PARTS - {"ADV"}:
        start -= 1
    words = list(sentence.tokens[start : k + 1])
    if words and words[0].tag == "ART" and words[0].i == first:
        words[0] = _lower(words[0])
    return words


def _lower(token: Token) -> Token:
    from dataclasses import replace

    return replace(token, text=token.text.lower())


def _noun_readings(words: list[Token], head: Token) -> frozenset[Reading]:
    morph = _morph_readings(head)
    determiner = next((t for t in words if t.tag in ("ART", "PDAT", "PPOSAT", "PIAT")), None)
    if determiner is None:
        return morph or ANY
    by_determiner = _determiner_readings(determiner)
    if not morph:
        return by_determiner
    if morph == {("", "Plur")} and determiner.text.lower().endswith(("en", "em", "es")):
        # "den/dem/des Präsidenten": the lexicon reads a weak noun's -en as plural
        return morph | {r for r in by_determiner if r[1] == "Sing"}
    return (morph & by_determiner) or (morph | by_determiner)  # "die Arbeiter": plural


def _morph_readings(token: Token) -> frozenset[Reading]:
    number, gender = token.feature("Number"), token.feature("Gender")
    if number == "Plur":
        return frozenset({("", "Plur")})
    genders = [g for g in gender.split(",") if g in SING]
    if number == "Sing" and genders:
        return frozenset((g, "Sing") for g in genders)
    if genders and not number:
        return frozenset({*((g, "Sing") for g in genders), ("", "Plur")})
    return frozenset()


def _determiner_readings(determiner: Token) -> frozenset[Reading]:
    genders = determiner_genders(determiner.text)
    readings = {(g, "Sing") for g in genders}
    if determiner.text.lower() in ("die", "den", "der", "diese", "keine", "meine", "seine", "ihre"):
        readings.add(("", "Plur"))
    return frozenset(readings) or ANY


# --- the article's topic named by its class noun ("die Insel" for Kreta) ---------------------

TOPIC_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "diese", "dieser", "dieses", "diesen", "diesem"})
CONTRACTIONS = {"im": ("in", "Dat"), "ins": ("in", "Acc"), "am": ("an", "Dat"), "ans": ("an", "Acc"),
                "zum": ("zu", "Dat"), "zur": ("zu", "Dat"), "vom": ("von", "Dat"), "beim": ("bei", "Dat")}
DEFINITION_WINDOW = 3  # the definition stands in one of the first sentences of the body
# The definite article by gender and case (no genitive: "des Flusses" is left alone).
DEFINITE_FORMS = {
    "Masc": {"Nom": "der", "Acc": "den", "Dat": "dem"},
    "Fem": {"Nom": "die", "Acc": "die", "Dat": "der"},
    "Neut": {"Nom": "das", "Acc": "das", "Dat": "dem"},
}
GENDER_OF_ARTICLE = {"der": "Masc", "die": "Fem", "das": "Neut"}
# The cases a determiner shows for a noun of each gender (singular).
DETERMINER_CASES = {
    ("der", "Masc"): ("Nom",), ("den", "Masc"): ("Acc",), ("dem", "Masc"): ("Dat",),
    ("die", "Fem"): ("Nom", "Acc"), ("der", "Fem"): ("Dat",),
    ("das", "Neut"): ("Nom", "Acc"), ("dem", "Neut"): ("Dat",),
    ("dieser", "Masc"): ("Nom",), ("diesen", "Masc"): ("Acc",), ("diesem", "Masc"): ("Dat",),
    ("diese", "Fem"): ("Nom", "Acc"), ("dieser", "Fem"): ("Dat",),
    ("dieses", "Neut"): ("Nom", "Acc"), ("diesem", "Neut"): ("Dat",),
}


@dataclass(frozen=True, slots=True)
class Topic:
    name: str  # "Kreta", "Aare"
    noun: str  # the class noun of its definition: "Insel", "Fluss"
    gender: str = ""  # the name's own article's gender ("die Aare": Fem); "" for a bare name


def topic_class(analysis: Analysis) -> Topic | None:
    """The article's topic and the noun its definition gives it: Kreta, Insel from "Kreta ist
    eine Insel im Mittelmeer."; Aare, Fluss from "Die Aare ist der längste Fluss …" — a name
    (with or without its singular article) that is the title or in it, the subject of one of
    the first sentences, defined with "ist ein(e)/der … Nomen". An encyclopedia then calls its
    topic "die Insel", "die Stadt", "der Fluss"; a question must say the name instead."""
    body = [s for s in analysis.sentences if not s.is_heading][:DEFINITION_WINDOW]
    title = analysis.article.title.strip()
    for sentence in body:
        words = sentence.tokens
        k = next((k for k, t in enumerate(words) if t.lemma == "sein" and t.tag == "VAFIN"), None)
        if k is None or k == 0 or k + 2 >= len(words):
            continue
        name, gender = list(words[:k]), ""
        if len(name) > 1 and name[0].text.lower() in GENDER_OF_ARTICLE and words[k].text in ("ist", "war"):
            gender = GENDER_OF_ARTICLE[name[0].text.lower()]  # "Die Aare ist …" (not "Die Galapagosinseln sind")
            name = name[1:]
        if not all(t.tag == "NE" or t.tag == "NN" and t.text[:1].isupper() and len(name) == 1 for t in name):
            continue
        text = " ".join(t.text for t in name)
        if not title or text != title and text not in title.split():
            continue
        rest = words[k + 1 :]
        if not rest or rest[0].text.lower() not in ("ein", "eine", "der", "die", "das"):
            continue  # "ist eine Insel", "ist die Hauptstadt von Bulgarien"
        j = 1
        while j < len(rest) and rest[j].tag == "ADJA":
            j += 1
        if j < len(rest) and rest[j].tag == "NN" and rest[j].feature("Number") != "Plur":
            return Topic(text, rest[j].lemma, gender)
        return None
    return None


def _names_class(lemma: str, noun: str) -> bool:
    """"Insel" for an Insel, "Stadt" for a Hauptstadt (the compound's head)."""
    return lemma == noun or len(lemma) >= 3 and noun.lower().endswith(lemma.lower())


def topic_anaphor(analysis: Analysis, sentence: Sentence, tokens: list[Token]) -> str | None:
    """The topic's name for "die Insel" / "diese Insel" after its definition ("auf Kreta" for
    "auf der Insel", "in Kasachstan" for "im Land", "in der Aare" for "im Fluss"), else None."""
    topic = topic_class(analysis)
    if topic is None or not tokens or tokens[-1].tag != "NN" or not _names_class(tokens[-1].lemma, topic.noun):
        return None
    noun, before = tokens[-1], [t.text.lower() for t in tokens[:-1]]
    if noun.feature("Number") == "Plur" or noun.text != noun.lemma:
        return None  # "die Inseln", "des Flusses"
    first = next((s.index for s in analysis.sentences if not s.is_heading), 0)
    if sentence.index <= first:
        return None
    noun_gender = noun.feature("Gender")
    if len(before) == 1 and before[0] in CONTRACTIONS:
        preposition, cases = CONTRACTIONS[before[0]][0], (CONTRACTIONS[before[0]][1],)
    elif len(before) == 1 and before[0] in TOPIC_DETERMINERS:
        preposition, cases = "", DETERMINER_CASES.get((before[0], noun_gender), ())
    elif len(before) == 2 and tokens[0].tag == "APPR" and before[1] in TOPIC_DETERMINERS:
        preposition, cases = tokens[0].text, DETERMINER_CASES.get((before[1], noun_gender), ())
    else:
        return None
    if not topic.gender:
        return f"{preposition} {topic.name}".strip()
    forms = {DEFINITE_FORMS[topic.gender][case] for case in cases}
    if len(forms) != 1:
        return None  # the case is not certain, so neither is the name's article
    return f"{preposition} {forms.pop()} {topic.name}".strip()


def topic_names(analysis: Analysis, sentence: Sentence, clause: Clause) -> dict[tuple[int, int], str]:
    """The clause's phrases that name the topic by its class noun, with the name to put in
    (span → "Kreta" for "die Insel", "auf Kreta" for "auf der Insel")."""
    found: dict[tuple[int, int], str] = {}
    for constituent in clause.constituents:
        if constituent.clause is None:
            words = [t for t in sentence.tokens if constituent.start <= t.i < constituent.end]
            name = topic_anaphor(analysis, sentence, words)
            if name:
                found[(constituent.start, constituent.end)] = name
    return found
