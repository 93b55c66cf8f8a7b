"""What a personal or possessive pronoun refers to, when the text leaves no doubt.

``resolve(analysis, sentence_index, token_i)`` gives the name ("Kim Jong Un") or the noun
phrase with its article ("die Regierung") that "er", "sie", "es", "ihn", "ihm", "ihr",
"ihnen", "sein-" or "ihr-" stands for, or None. A question generator replaces a pronoun only
with a certain referent, so the rule is strict.

The pronouns of an article are resolved in text order; each one that resolves becomes a
mention of its referent for those after it (the chain "Erdoğan … er … er"). A pronoun's
competitors are all mentions in the two sentences before it and in its own sentence up to it:
names (a surname the recogniser missed, "Schindler", is the person the text names in full),
nouns (in prepositional phrases and genitives too), earlier pronouns (one left unresolved is an
unknown referent) and coordinations ("Captain America und Iron Man" is
plural); for a personal pronoun, not those of its own clause (binding: in "Kim lobte ihn",
ihn is not Kim). Gender and number must agree (lexicon morphology, the article, the verb's
number). A person's sex is never guessed from a first name; the text tells it: a title or an
apposition ("Schauspielerin Angelina Jolie", "Joan, einer Krankenschwester"), a predicative
("ist ein kanadischer Schauspieler", "wurde als Sohn … geboren"), or an earlier pronoun that
could only mean that person.

The pronoun resolves when exactly one referent agrees. A pronoun that stands for a person
also resolves to the article's established person — named as the first subject of a
paragraph or mentioned twice, of the pronoun's sex, the subject of a clause in reach — when
that person outranks every other referent that agrees: other persons only in objects,
prepositional phrases or genitives (Thicke's mother's husband "den Arzt Brian Thicke"), or as
subjects before that person's last subject mention, and mentioned less often; things only for
a subject pronoun whose clause is not passive, copular or one of lying, consisting or
belonging (there "er" may well mean the temple), nor a thing named as the subject of a clause
beside a sentence whose earlier subject is that person, when the person is a paragraph's first
subject mentioned ten times ("… wobei er nicht flog, sondern nur Fallschirmsprünge unternahm").
A copula whose predicative names a person ("war er ein begeisterter Motorradfahrer") is no
thing's clause. A pronoun in a clause after its main clause's start does not point ahead.
The subject pronoun of a subordinate clause stands for its main clause's named subject just
before it ("kündigte Cameron an, dass er …") when nothing between agrees and every other
person in reach is named less often. Two persons of the same sex both in reach as subjects
leave the pronoun unresolved (Der Minister traf den Präsidenten. Er …). A subordinate
clause's subject pronoun stands for its main clause's noun phrase too ("Die Auktion blieb
erfolglos, obwohl sie …") when nothing else in reach could be meant. The article is read
again when its resolved pronouns told a person's sex the text had not told before them (a
later "ihrer" that can only be Jolie's), so that earlier pronouns may use it.

Where none of this decides: a possessive belongs to its clause's subject before it when
nothing else in the clause could own it ("Im Sommer 2000 spielte Jolie in ihrem ersten
Blockbuster"), and the subject pronoun of a main clause continues the subject of the main
clause before ("Die Straße Piccadilly befindet sich in der Innenstadt. Sie erstreckt sich
…"), each with the exclusions its function names; a person so continued is of the pronoun's
sex from then on. Last, a biography's person — its title's name, or its first sentence's subject
named again — is the pronoun of that person's sex when what else agrees in reach is only the
relatives the text introduced through that person's possessive ("Sein Vater Maurice Vane …. Er
…"), persons in prepositional phrases or genitives before the person's last subject mention,
and things the pronoun's clause rules out (``_topic_person``).

Whatever rule chose it, the referent must suit the pronoun's clause: the subject of a verb
only a person does ("arbeiten", "sagen") is no abstract thing and no thing beside a person that
agrees; the subject of "münden" or "entspringen" no person beside a thing that agrees; and a
plural "sie" stays open beside a couple or a team named in the singular.

Definite noun phrases too: ``topic_anaphor`` names the topic for its class noun ("auf der
Insel" → "auf Kreta"), ``compound_antecedent`` a compound for its head ("in den See" → "in den
Thunersee" after "zum Thunersee"); ``topic_names`` gives both for a clause's phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from itertools import islice

from ..analysis.adverbials import TIME_NOUNS
from ..analysis.agreement import determiner_genders
from ..analysis.lexicon import noun_lexicon
from ..model import Analysis, Clause, Entity, Sentence, Token

Reading = tuple[str, str]  # (gender, number); gender "" in the plural
SING = ("Masc", "Fem", "Neut")
SEXES = ("Masc", "Fem")
ANY: frozenset[Reading] = frozenset({*((g, "Sing") for g in SING), ("", "Plur")})
PERSON: frozenset[Reading] = frozenset({("Masc", "Sing"), ("Fem", "Sing")})
PLURAL: frozenset[Reading] = frozenset({("", "Plur")})
NEUTER: frozenset[Reading] = frozenset({("Neut", "Sing")})
PRONOUNS: dict[str, frozenset[Reading]] = {
    "er": frozenset({("Masc", "Sing")}),
    "ihn": frozenset({("Masc", "Sing")}),
    "ihm": frozenset({("Masc", "Sing"), ("Neut", "Sing")}),
    "es": frozenset({("Neut", "Sing")}),
    "sie": frozenset({("Fem", "Sing"), ("", "Plur")}),
    "ihr": frozenset({("Fem", "Sing")}),
    "ihnen": frozenset({("", "Plur")}),
}
POSSESSIVE_STEMS = ("sein", "ihr")
POSSESSIVES: dict[str, frozenset[Reading]] = {
    "sein": frozenset({("Masc", "Sing"), ("Neut", "Sing")}),
    "ihr": frozenset({("Fem", "Sing"), ("", "Plur")}),
}
ARGUMENT_ROLES = frozenset({"subject", "object_acc", "object_dat", "object_gen"})
MAIN_KINDS = frozenset({"main", "coordinated"})
NP_PARTS = frozenset({"ART", "ADJA", "CARD", "PPOSAT", "PDAT", "PIAT", "ADV"})
DEFINITE = frozenset({"der", "die", "das", "den", "dem", "dieser", "diese", "dieses", "diesen", "diesem"})
CONJUNCTIONS = frozenset({"und", "sowie", "oder"})
SOMEONE = frozenset({"jemand", "niemand", "wer"})
PARTITIVE = frozenset({"einer", "eine", "eines", "einem", "einen", "keiner", "keine", "keines", "jeder", "jede", "jedes"})
WINDOW = 2  # sentences before the pronoun's own
CACHED = 4  # articles whose resolutions are kept
PASSES = 3  # readings of the article: each may learn a person's sex from pronouns the one before resolved
MAX_NAME_WORDS = 4  # a longer "name" is two names the entity recogniser joined
OPENING_QUOTES, CLOSING_QUOTES = frozenset("„»"), frozenset("“«")
# Verbs whose "es" is a placeholder, not a reference: es gibt, es geht um, es handelt sich um.
EXPLETIVE_ES = frozenset({"geben", "gehen", "handeln", "regnen", "schneien", "kommen", "klappen", "dauern", "folgen", "gelingen", "fehlen"})
# Verbs with an idiomatic object "es": es weit bringen, es schaffen, es eilig haben.
IDIOMATIC_ES = frozenset({"bringen", "schaffen", "haben", "lassen", "meinen", "nehmen", "machen"})
COPULAS = frozenset({"sein", "werden", "bleiben", "heißen", "gelten"})
# Verbs whose subject is mostly a thing: "Er liegt am Fluss" may mean the temple.
THING_VERBS = frozenset({
    "liegen", "stehen", "befinden", "grenzen", "bestehen", "umfassen", "enthalten", "gehören", "dienen",
    "fließen", "entspringen", "münden", "kosten", "zeigen", "stammen", "beginnen", "enden", "bieten",
    "verfügen", "erstrecken", "reichen", "hängen", "funktionieren", "laufen", "wiegen", "messen",
})
# Verbs of THING_VERBS whose subject does something when they take an accusative object.
AGENT_WITH_OBJECT = frozenset({"beginnen", "hängen"})
# Verbs whose subject is one person, never a group or a thing: "besuchte die Schule" is not the family's.
ONE_PERSON_VERBS = frozenset({"besuchen", "studieren", "promovieren", "heiraten", "gebären", "lernen", "habilitieren"})
# Verbs whose subject is a person (or a body of people): speaking, thinking, a life's events.
# "Er arbeitete …" is no amount of rain, "sie" that "erklärte" no lifetime.
HUMAN_VERBS = ONE_PERSON_VERBS | frozenset({
    "sagen", "erklären", "behaupten", "betonen", "antworten", "fragen", "meinen", "glauben", "denken", "hoffen",
    "fürchten", "wünschen", "kritisieren", "fordern", "versprechen", "arbeiten", "sterben", "schreiben",
    "lesen", "komponieren", "malen", "unterrichten", "lieben", "wohnen", "gründen",
})
# Verbs whose subject is a thing: no person "mündet" or "entspringt".
ONLY_THING_VERBS = frozenset({"fließen", "münden", "entspringen", "grenzen", "erstrecken"})
# Abstract suffixes no body of people bears (Lebenszeit, Schönheit; not Regierung, Gesellschaft, Bündnis).
ABSTRACT_SUFFIXES = ("heit", "keit", "zeit", "ismus", "dauer")
# Nouns for a group of people a plural "sie" may mean ("baten ihre Väter das Paar zu warten, in denen sie …").
# Not "Familie" nor "Gruppe": a family of genes or a group of atoms is no one.
GROUP_NOUNS = frozenset({"Paar", "Ehepaar", "Brautpaar", "Geschwisterpaar", "Duo", "Trio", "Team", "Mannschaft"})
# Nouns that count, not name: "14 Millionen Menschen" are the people, "Millionen" no rival of theirs.
QUANTITY_NOUNS = frozenset({"Million", "Milliarde", "Tausend", "Hundert", "Dutzend", "Prozent", "Anzahl", "Zahl",
                            "Hälfte", "Drittel", "Viertel", "Mehrheit", "Teil", "Reihe", "Menge"})
# Nouns that tell a person's sex and have no form in -in that would tell it (König/Königin has).
MALE_NOUNS = frozenset({
    "Mann", "Vater", "Sohn", "Bruder", "Onkel", "Neffe", "Großvater", "Herr", "Junge", "Gatte",
    "Ehemann", "Witwer", "Bräutigam", "Prinz", "Papst", "Mönch", "Zar", "Opa",
})
FEMALE_NOUNS = frozenset({
    "Frau", "Mutter", "Tochter", "Schwester", "Tante", "Nichte", "Großmutter", "Dame", "Ehefrau",
    "Witwe", "Braut", "Nonne", "Prinzessin", "Mädchen", "Oma",
})
# Nouns for people that do not tell the sex.
PEOPLE_NOUNS = frozenset({"Mensch", "Person", "Kind", "Mitglied", "Leute", "Opfer", "Gast", "Star", "Persönlichkeit", "Baby"})
UMLAUTS = {"a": "ä", "o": "ö", "u": "ü"}
# A place's name without article is neuter (Kasachstan); an organisation's is neuter, feminine
# (a company, die Firma) or plural, never "er".
BARE_NAME_READINGS: dict[str, frozenset[Reading]] = {
    "LOC": frozenset({("Neut", "Sing")}),
    "ORG": frozenset({("Neut", "Sing"), ("Fem", "Sing"), ("", "Plur")}),
    "MISC": frozenset({("Neut", "Sing"), ("", "Plur")}),
}
DOMINANCE = 3  # a person this many times as established is not displaced by a subordinate clause's subject
TOPIC_DOMINANCE = 10  # a paragraph's first subject mentioned this often outlasts a thing in a clause aside
MAIN_DOMINANCE = 5  # … nor by a main clause's subject named once, of a sex the text does not tell


@dataclass(frozen=True, slots=True)
class Candidate:
    key: str  # one referent: the full name, or the noun's lemma
    text: str  # what to put in the pronoun's place; "" when this mention cannot stand there
    readings: frozenset[Reading]


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a referent: a name, a noun phrase, a pronoun or a coordination."""

    sentence: int
    i: int  # the head token
    candidate: Candidate
    kind: str  # name, noun, pronoun, coordination
    role: str  # subject, object (without preposition) or oblique
    clause: int | None  # index of its clause in the sentence
    person: bool  # a person's name, a noun for people, a pronoun resolved to a person
    unknown: bool = False  # a pronoun that did not resolve
    rivals: frozenset[str] = frozenset()  # for such a pronoun, the referents it was torn between
    relative: bool = False  # a person named as someone's relative: "Sein Vater Maurice Vane"

    @property
    def key(self) -> str:
        return self.candidate.key

    @property
    def at(self) -> tuple[int, int]:
        return (self.sentence, self.i)


@dataclass(slots=True)
class Discourse:
    """The article's mentions and its pronouns' referents, built in text order."""

    analysis: Analysis
    sexes: dict[str, str]  # person → Masc/Fem where the text tells it
    mentions: list[list[Mention]] = field(default_factory=list)  # per sentence, in text order
    found: dict[int, str] = field(default_factory=dict)  # pronoun token → referent text
    counts: dict[str, int] = field(default_factory=dict)  # person → mentions so far
    topics: set[str] = field(default_factory=set)  # persons named as the first subject of a paragraph


_CACHE: list[tuple[Analysis, dict[int, str]]] = []


def resolve(analysis: Analysis, sentence_index: int, token_i: int) -> str | None:
    """The name or noun phrase the pronoun at ``token_i`` certainly refers to, else None."""
    if _token(analysis.sentences[sentence_index], token_i) is None:
        return None
    return resolutions(analysis).get(token_i)


def resolutions(analysis: Analysis) -> dict[int, str]:
    """Every resolved pronoun of the article (token index → referent). One pronoun's referent
    depends on those before it and callers ask pronoun by pronoun, so the last few articles'
    results are kept."""
    for cached, found in _CACHE:
        if cached is analysis:
            return found
    sexes = _person_sexes(analysis)
    # The names and noun phrases do not depend on the sexes a pass learns: found once, not per pass.
    nominal = [sorted(_nominal_mentions(analysis, sentence), key=lambda m: m.i) for sentence in analysis.sentences]
    for _ in range(PASSES):
        discourse = Discourse(analysis, dict(sexes))
        for sentence in analysis.sentences:
            _read_sentence(discourse, sentence, nominal[sentence.index])
        later = {key: sex for key, sex in _pronoun_sexes(discourse).items() if key not in sexes}
        if not later:
            break
        sexes.update(later)
    _CACHE.insert(0, (analysis, discourse.found))
    del _CACHE[CACHED:]
    return discourse.found


def _pronoun_sexes(discourse: Discourse) -> dict[str, str]:
    """Each named person's sex as the pronouns resolved to that person tell it, where they
    agree: "Als Jolie elf Jahre alt war, zog die Familie zurück nach Los Angeles. Dort besuchte
    sie …" is decided only by "… wurde auf Grund ihrer Gesichtszüge geneckt" later in the
    paragraph, which can only be Jolie's. Read after the whole text, so that the evidence after
    a pronoun counts as well as the evidence before it."""
    named = {m.key for mentions in discourse.mentions for m in mentions if m.kind == "name" and m.person}
    evidence: dict[str, set[str]] = {}
    for mentions in discourse.mentions:
        for mention in mentions:
            if mention.kind != "pronoun" or mention.unknown or mention.key not in named:
                continue
            sentence = discourse.analysis.sentences[mention.sentence]
            token = _token(sentence, mention.i)
            if token is None:
                continue
            sexes = {g for g, n in _agreeing(sentence, token, _pronoun_readings(sentence, token)) if g in SEXES}
            if len(sexes) == 1:
                evidence.setdefault(mention.key, set()).update(sexes)
    return {key: sexes.pop() for key, sexes in evidence.items() if len(sexes) == 1}


def _read_sentence(discourse: Discourse, sentence: Sentence, nominal: list[Mention]) -> None:
    """Add the sentence's mentions (``nominal``: its names and noun phrases in text order),
    resolving its pronouns in text order."""
    own: list[Mention] = []
    discourse.mentions.append(own)
    if _opens_paragraph(discourse.analysis, sentence):
        main = next((k for k, c in enumerate(sentence.clauses) if c.kind == "main"), None)
        first = next((m for m in nominal if m.role == "subject" and m.clause == main), None)
        if first is not None and first.kind == "name" and first.person and not first.relative:
            discourse.topics.add(first.key)
    waiting = list(nominal)
    for token in sentence.tokens:
        while waiting and waiting[0].i <= token.i:
            _add(discourse, own, waiting.pop(0))
        if _pronoun_readings(sentence, token) and token.tag in ("PPER", "PPOSAT"):
            _add(discourse, own, _pronoun_mention(discourse, sentence, token, nominal))
    for mention in waiting:
        _add(discourse, own, mention)


def _add(discourse: Discourse, own: list[Mention], mention: Mention) -> None:
    own.append(mention)
    if mention.person and not mention.unknown and mention.kind in ("name", "pronoun"):
        discourse.counts[mention.key] = discourse.counts.get(mention.key, 0) + 1


def _opens_paragraph(analysis: Analysis, sentence: Sentence) -> bool:
    before = analysis.sentences[sentence.index - 1] if sentence.index > 0 else None
    return before is None or before.is_heading or before.paragraph != sentence.paragraph


def _pronoun_mention(discourse: Discourse, sentence: Sentence, token: Token, nominal: list[Mention]) -> Mention:
    """The pronoun as a mention of its referent, resolved now, or of an unknown one."""
    readings = _pronoun_readings(sentence, token)
    role, clause = _role(sentence, token.i, token.i + 1)
    found = _referent(discourse, sentence, token, nominal)
    if found is not None and not _fits(discourse, sentence, token, found):
        found = None
    if found is None:
        unknown = Candidate(f"?{token.i}", "", readings)
        wanted = _agreeing(sentence, token, readings)
        rivals = frozenset(m.key for m in _competitors(discourse, sentence, token) if _readings(discourse, m) & wanted)
        return Mention(sentence.index, token.i, unknown, "pronoun", role, clause, bool(readings & PERSON), True, rivals)
    genitive_plural = found.text.split()[0] in ("der", "des") and found.readings & _agreeing(sentence, token, readings) <= PLURAL
    if not genitive_plural:  # "der Schüler" for "ihnen" is a genitive: the chain goes on, the text is not put in
        discourse.found[token.i] = found.text
    return Mention(sentence.index, token.i, found, "pronoun", role, clause, _is_person(discourse, found.key))


def _fits(discourse: Discourse, sentence: Sentence, pronoun: Token, found: Candidate) -> bool:
    """Does the referent suit what the pronoun's clause says of it? The rules before look at
    agreement and position only; the verb may rule the referent out:
    - the subject of a verb only a person does ("arbeiten", "sagen", "geboren werden") is no
      abstract thing ("Die Amtszeit endete 1990. Danach arbeitete sie als Anwältin": not the
      term of office), nor a thing beside a person in reach that agrees: the person may be meant;
    - the subject of a verb only a thing does ("münden", "entspringen") is no person beside a
      thing in reach that agrees;
    - a plural "sie" has a group named in the singular beside it that it may mean ("baten ihre
      Väter das Paar, fünf Jahre zu warten, in denen sie sich nicht sehen sollten")."""
    wanted = _agreeing(sentence, pronoun, _pronoun_readings(sentence, pronoun))
    competitors = [m for m in _competitors(discourse, sentence, pronoun) if m.key != found.key]
    if wanted == PLURAL and any(m.kind == "noun" and _group(discourse.analysis, m) for m in competitors):
        return False
    role, index = _role(sentence, pronoun.i, pronoun.i + 1)
    if pronoun.tag != "PPER" or role != "subject" or index is None:
        return True
    clause = sentence.clauses[index]
    topic = found.key.startswith("topic:")  # the article's topic, a thing by its definition
    person = not topic and _is_person(discourse, found.key)
    agreeing = [m for m in competitors if _readings(discourse, m) & wanted]
    if _needs_person(clause) and not person and not topic:
        abstract = found.key.islower() and found.key.endswith(ABSTRACT_SUFFIXES)
        return not abstract and not any(m.person or m.unknown and m.candidate.readings & PERSON for m in agreeing)
    if clause.voice == "active" and clause.lemma in ONLY_THING_VERBS and person:
        return not any(not m.person and not m.unknown for m in agreeing)  # "Hans Meier lebte am Rhein. Er mündet …"
    return True


def _needs_person(clause: Clause) -> bool:
    """Is the clause's subject a person by its verb: active "arbeitete", "sagte", or "wurde geboren"?"""
    if clause.lemma == "gebären":
        return clause.voice == "passive"
    return clause.voice == "active" and clause.lemma in HUMAN_VERBS


def _group(analysis: Analysis, mention: Mention) -> bool:
    """A singular noun for a group of people ("das Paar", "die Mannschaft")."""
    token = _token(analysis.sentences[mention.sentence], mention.i)
    return token is not None and token.lemma in GROUP_NOUNS and token.feature("Number") != "Plur"


def _is_person(discourse: Discourse, key: str) -> bool:
    return any(m.person for mentions in discourse.mentions for m in mentions if m.key == key and m.kind != "pronoun")


def _referent(discourse: Discourse, sentence: Sentence, pronoun: Token, nominal: list[Mention]) -> Candidate | None:
    """What the pronoun refers to given the mentions before it, else None."""
    wanted = _agreeing(sentence, pronoun, _pronoun_readings(sentence, pronoun))
    if not wanted or _is_expletive(sentence, pronoun) or _quoted(sentence, pronoun):
        return None
    if pronoun.text.lower() == "es" and not _referring_es(sentence, pronoun):
        return None
    repeated = _repeated_subject(discourse, sentence, pronoun, wanted)
    if repeated is not None:
        return repeated
    agreeing = [m for m in _competitors(discourse, sentence, pronoun) if _readings(discourse, m) & wanted]
    ahead = _cataphoric(discourse, sentence, pronoun, nominal, wanted)
    if ahead:  # "In ihrer Jugend spielte Lee Flöte": the subject after it, when nothing before agrees
        # or when what agrees before is that subject too: "Friedrich Engels" / "Mit seiner … Untersuchung … gehörte Engels zu …"
        return _named(ahead) if len({m.key for m in [*ahead, *agreeing]}) == 1 else None
    if pronoun.text.lower() == "es" and any(m.kind == "name" and (m.candidate.readings != NEUTER or m.role == "oblique") for m in agreeing):
        return None  # "es" for a place named as subject or object ("Togo … zog es zurück"), not an organisation's bare name
    groups: dict[str, list[Mention]] = {}
    for mention in agreeing:
        groups.setdefault(mention.key, []).append(mention)
    if not groups:
        if pronoun.text.lower() == "es":
            return None
        titled = _title_person(discourse, sentence, wanted) or _topic_person(discourse, sentence, pronoun, agreeing, wanted)
        if titled is not None:
            return titled
        text = _topic_referent(discourse.analysis, sentence, wanted)
        return Candidate(f"topic:{text}", text, wanted) if text else None
    arguments = [key for key, mentions in groups.items() if any(m.role != "oblique" for m in mentions)]
    aside = [mentions for key, mentions in groups.items() if key not in arguments]
    # a thing that agrees in the pronoun's own sentence is nearer than the one argument of the
    # sentences before ("Beim Diamantrahmen … ist er stabiler als ein Kreuzrahmen")
    near = any(m.sentence == sentence.index for mentions in aside for m in mentions) and (
        pronoun.tag == "PPOSAT" or len(arguments) == 1 and all(m.sentence < sentence.index for m in groups[arguments[0]]))
    people_about = any(m.person and m.kind == "name" for m in _competitors(discourse, sentence, pronoun))
    lone = next(iter(groups.values()))
    if len(groups) == 1 and not arguments and people_about and pronoun.tag == "PPER" and not any(m.person for m in lone):
        return None  # "bei Verhandlungen mit Thatcher …, als sie sprachen": not the negotiations
    inner = len(arguments) == 1 and any(_inside(discourse.analysis, m, groups[arguments[0]]) for mentions in aside for m in mentions)
    if len(groups) == 1 or len(arguments) == 1 and not near and not inner and not any(m.person or m.unknown for mentions in aside for m in mentions):
        # the one referent, or the one subject or object beside things only in
        # prepositional phrases or genitives ("… wuchs in Lawnside im US-Bundesstaat auf, wo er …")
        chosen = groups[arguments[0] if arguments else next(iter(groups))]
        if all(m.relative for m in chosen):  # "Sein Vater Maurice Vane …. Er …": whoever "Sein" is, if the text tells
            return _topic_person(discourse, sentence, pronoun, agreeing, wanted)
        found = _named(chosen)
        named_subject = any(m.role == "subject" and m.kind == "name" for m in chosen)
        if found is not None and named_subject and found.key in discourse.counts and found.key not in discourse.sexes:
            sexes = {g for g, n in wanted if g in SEXES}
            if len(sexes) == 1:  # "Angela Merkel traf Macron. Sie …": Merkel is a woman
                discourse.sexes[found.key] = sexes.pop()
        return found
    if pronoun.tag == "PPOSAT":  # else it may point ahead or to anyone
        return _subject_owner(discourse, sentence, pronoun, wanted) or _topic_person(discourse, sentence, pronoun, agreeing, wanted)
    people = {m.key for m in agreeing if m.person and m.kind == "name"}
    subjects = {m.key for m in agreeing if m.person and m.kind == "name" and m.role == "subject"}
    role, _ = _role(sentence, pronoun.i, pronoun.i + 1)
    if (
        not arguments and role == "subject" and len(people) == 1 and people == subjects
        and not any(m.unknown or m.person and m.key not in people for m in agreeing)
    ):
        # the one person beside things in prepositional phrases or genitives: "Ahron Daums
        # Ausbildung begann in der Jeschiwa. Im Alter von 14 Jahren verließ er Israel"
        return _named([m for m in agreeing if m.key in people])
    return (_matrix_subject(discourse, sentence, pronoun, agreeing) or _salient_person(discourse, sentence, pronoun, agreeing, wanted)
            or _previous_subject(discourse, sentence, pronoun, agreeing, wanted) or _adverbial_person(discourse, sentence, pronoun, agreeing, wanted)
            or _topic_person(discourse, sentence, pronoun, agreeing, wanted))


def _inside(analysis: Analysis, mention: Mention, argument: list[Mention]) -> bool:
    """Is the mention part of the argument's own phrase ("Die letzte Information über den
    Verbleib der Partitur war, dass sie …": the score may be meant too; "… ist die Lebenszeit
    von Wega … kurz. Damit hat sie …": the star)?"""
    sentence = analysis.sentences[mention.sentence]
    token = _token(sentence, mention.i)
    if mention.kind != "noun" or token is None or token.tag != "NN":
        return False  # a name beside the noun is its apposition: "Die Fruchtfliege Ceratitis capitata"
    if mention.candidate.text.lower().startswith(POSSESSIVE_STEMS) or token.lemma in QUANTITY_NOUNS:
        return False  # "Die genauen Umstände seines Todes … Sein Grab": the death is the owner's own
    before = _token(sentence, _noun_phrase(sentence, token)[0].i - 1)
    if before is not None and before.tag == "APPRART":
        return False  # "stieß sich der Fahrer vom Boden ab": an adverbial the phrase took in, no part of it
    spans = [c for clause in sentence.clauses for c in clause.constituents if c.clause is None and c.role in ARGUMENT_ROLES]
    return any(c.start <= m.i < c.end and c.start <= mention.i < c.end for m in argument if m.sentence == mention.sentence for c in spans)


def _main_subject_pronoun(sentence: Sentence, pronoun: Token) -> int | None:
    """The index of the main clause whose subject the personal pronoun is, or None."""
    role, index = _role(sentence, pronoun.i, pronoun.i + 1)
    if pronoun.tag != "PPER" or role != "subject" or index is None or sentence.clauses[index].kind not in MAIN_KINDS:
        return None
    return index


def _previous_main_subject(discourse: Discourse, sentence: Sentence) -> tuple[Sentence, Mention] | None:
    """The sentence before in the same paragraph and the subject of its main clause, or None."""
    if sentence.index == 0 or len(discourse.mentions) < 2:
        return None
    previous = discourse.analysis.sentences[sentence.index - 1]
    if previous.is_heading or previous.paragraph != sentence.paragraph:
        return None
    subject = next((m for m in discourse.mentions[-2] if m.role == "subject" and m.clause is not None
                    and previous.clauses[m.clause].kind == "main"), None)
    return None if subject is None else (previous, subject)


def _repeated_subject(discourse: Discourse, sentence: Sentence, pronoun: Token, wanted: frozenset[Reading]) -> Candidate | None:
    """The subject pronoun of a main clause that repeats the resolved subject pronoun of the
    main clause before it in the same sentence ("1993 tritt er dem Centro Stile Lancia bei, drei
    Jahre später wurde er … verantwortlich gemacht"): the text keeps its subject, whatever an
    object between may agree with. Not when another subject stands between them."""
    index = _main_subject_pronoun(sentence, pronoun)
    if index is None:
        return None
    subjects = [m for m in discourse.mentions[-1] if m.role == "subject" and m.i < pronoun.i]
    if not subjects:
        return None
    before = subjects[-1]
    earlier = _token(sentence, before.i)
    if (before.kind != "pronoun" or before.unknown or before.clause is None or before.clause == index or earlier is None
            or earlier.text.lower() != pronoun.text.lower() or sentence.clauses[before.clause].kind not in MAIN_KINDS
            or not before.candidate.text or not before.candidate.readings & wanted):
        return None
    return before.candidate


def _subject_owner(discourse: Discourse, sentence: Sentence, pronoun: Token, wanted: frozenset[Reading]) -> Candidate | None:
    """A possessive's owner is its clause's subject before it when that agrees and nothing else
    of the clause could own it ("Im Sommer 2000 spielte Jolie in ihrem ersten Blockbuster",
    "Er wurde nie so erfolgreich wie mit seiner Emaille-Fabrik" with "Er" resolved): German
    puts the subject's own things that way. Not with another referent that agrees between the
    subject and the possessive ("Rembrandt malte die Frau in ihrem Kleid", a name in a genitive:
    "Kesha trat in Katy Perrys Video zu ihrer Single auf"), nor an agreeing person or argument
    before the subject ("Mit Peter besuchte er seine Mutter"); nor in a copula's predicative
    ("Georg II. war sein Großvater" is someone else's). A thing owns it only when no person
    in reach agrees ("Das Parlament beglich die während seiner Herrschaftszeit angewachsenen
    Schulden" are the king's); things in the plural own theirs ("die Tschangos behielten ihren
    Dialekt bei"), as a person in the plural is seldom meant by "ihr-" beside them."""
    index = _clause_index(sentence, pronoun.i)
    if index is None:
        return None
    clause = sentence.clauses[index]
    subjects = [c for c in clause.constituents if c.role == "subject" and c.clause is None]
    if len(subjects) != 1 or not subjects[0].sure or subjects[0].end > pronoun.i:
        return None
    if any(c.role == "predicative" and c.start <= pronoun.i < c.end for c in clause.constituents):
        return None
    subject = subjects[0]
    own = [m for m in discourse.mentions[-1] if m.clause == index and m.i < pronoun.i]
    owner = [m for m in own if subject.start <= m.i < subject.end and m.role == "subject"]
    if len(owner) != 1 or owner[0].unknown or not owner[0].candidate.text or not _readings(discourse, owner[0]) & wanted:
        return None
    found = owner[0]
    if found.candidate.text.split()[0].lower().startswith(POSSESSIVE_STEMS):
        return None  # "Ihr bekanntestes Werk": the phrase has an owner of its own
    between = [t for t in sentence.tokens if subject.end <= t.i < pronoun.i]
    if any(t.ent_label == "PER" or t.tag == "NE" and (not t.ent_label or t.text.endswith("s")) for t in between):
        return None  # a person, or a name in the genitive, may own it
    if clause.kind == "relative" and any(
            m.person and m.key != found.key and m.i < pronoun.i and _readings(discourse, m) & wanted for m in discourse.mentions[-1]):
        return None  # "… Monographie über Rembrandt, deren Autor Eduard Kolloff viele seiner Werke kannte"
    for mention in own:
        if mention is found or not _readings(discourse, mention) & wanted or mention.key == found.key:
            continue
        if mention.i > subject.start or mention.person or mention.unknown or mention.role != "oblique" or not found.person:
            return None
    plural = (found.candidate.readings & wanted) == PLURAL
    if not found.person and not plural and any(
            m.person and m.key != found.key and _readings(discourse, m) & wanted for m in _competitors(discourse, sentence, pronoun)):
        return None
    return found.candidate


def _previous_subject(
    discourse: Discourse, sentence: Sentence, pronoun: Token, agreeing: list[Mention], wanted: frozenset[Reading]
) -> Candidate | None:
    """The subject pronoun of a main clause continues the subject of the sentence before's
    main clause ("Die Straße Piccadilly befindet sich in der Innenstadt. Sie erstreckt sich vom
    Piccadilly Circus …"): a text keeps its subject unless it says otherwise. Only when
    nothing of the pronoun's own sentence before it agrees ("Beim Diamantrahmen … ist er
    stabiler"); no other person or unresolved pronoun that agrees is a subject or object of
    the sentence before, or a subject in reach as established as it ("Kim Jong Un … traf er
    Moon Jae In. Moon Jae In lobte die Arbeiter. Er …"); a person whose sex the text does not
    tell has no other such person beside; a thing has no person in reach beside it ("… zog
    die Familie zurück nach Los Angeles. Dort besuchte sie …" is Jolie); no other thing is an
    argument of the sentence before when the clause may describe it (passive, copula, lying,
    consisting: "Die Stadt baut eine neue Schule. Sie soll 2025 fertig sein."); and the
    subject has no phrase inside it that agrees ("Die Ausdehnung der Stadt"). A person so
    continued is of the pronoun's sex."""
    index = _main_subject_pronoun(sentence, pronoun)
    if index is None:
        return None
    before = _previous_main_subject(discourse, sentence)
    if before is None:
        return None
    previous, first = before
    if first.clause is None or first.unknown or first.relative or not _readings(discourse, first) & wanted \
            or not _whole_text(previous, first):
        return None
    if first.candidate.text.split()[0] == "der" and ("Masc", "Sing") not in wanted:
        return None  # "Der Kanton Aargau" as a subject is masculine
    rivals = [m for m in agreeing if m.key != first.key]
    if any(m.sentence == sentence.index for m in rivals):
        return None  # "Beim Diamantrahmen … ist er stabiler": the nearer one
    for mention in rivals:
        if (mention.person or mention.unknown) and mention.sentence == previous.index and mention.role != "oblique":
            return None
        named = mention.person and not mention.unknown and mention.kind in ("name", "pronoun")
        if named and mention.role == "subject" and _salience(discourse, mention.key) >= _salience(discourse, first.key):
            return None  # "Kim Jong Un … traf er Moon Jae In. Moon Jae In lobte die Arbeiter. Er …"
    if first.person and first.key not in discourse.sexes and any(
            m.person and m.kind == "name" and m.key not in discourse.sexes for m in rivals):
        return None  # "Kesha trat bei Taio Cruz auf. Danach nahm Kesha ein Album auf. Er …": either may be a man
    if not first.person and any(m.person or m.unknown for m in rivals):
        return None
    clause = sentence.clauses[index]
    thing_clause = (clause.voice != "active" or clause.lemma in COPULAS | THING_VERBS and not _done_to_something(clause)) and (
        not _says_person(sentence, clause))
    if thing_clause and any(m.sentence == previous.index and m.role != "oblique" for m in rivals):
        return None  # "Die Stadt baut eine neue Schule. Sie soll 2025 fertig sein."
    subject = next((c for c in previous.clauses[first.clause].constituents if c.role == "subject" and c.start <= first.i < c.end), None)
    if subject is not None and first.kind != "pronoun" and any(m.sentence == previous.index and subject.start <= m.i < subject.end for m in rivals):
        return None  # "Die Lebenszeit von Wega … Damit hat sie …": the star may be meant
    if first.kind != "name":
        return first.candidate
    sexes = {g for g, n in wanted if g in SEXES}
    if first.person and first.key not in discourse.sexes and len(sexes) == 1:
        discourse.sexes[first.key] = sexes.pop()  # "Asma wuchs in London auf. Sie besuchte …": a woman
    return _named([m for m in agreeing if m.key == first.key])


def _done_to_something(clause: Clause) -> bool:
    """A verb that is a thing's with no object and someone's with one: "Die Woche beginnt am
    Montag" / "Sie begann ein Englisch-Studium" (Jennifer Lee, not the flute she played)."""
    return clause.lemma in AGENT_WITH_OBJECT and bool(clause.role("object_acc"))


def _adverbial_person(
    discourse: Discourse, sentence: Sentence, pronoun: Token, agreeing: list[Mention], wanted: frozenset[Reading]
) -> Candidate | None:
    """The subject pronoun of a main clause whose verb needs one person ("Als Jolie elf Jahre
    alt war, zog die Familie zurück nach Los Angeles. Dort besuchte sie die El Rodeo
    Elementary School"): the person named as the subject of the sentence before's subordinate
    clause, when that sentence's main clause has a thing or a group for its subject, the text
    has told the person's sex and it is the pronoun's, and no other person or unresolved
    pronoun in reach, nor anything of the pronoun's own sentence before it, agrees. A family
    does not go to school; it may well move ("Danach zog sie nach Texas" stays open)."""
    index = _main_subject_pronoun(sentence, pronoun)
    if index is None:
        return None
    clause = sentence.clauses[index]
    if clause.voice != "active" or clause.lemma not in ONE_PERSON_VERBS:
        return None
    before = _previous_main_subject(discourse, sentence)
    if before is None:
        return None
    previous, main = before
    if main.person or main.unknown:
        return None
    people = [m for m in discourse.mentions[-2] if m.role == "subject" and m.kind == "name" and m.person and m.clause is not None
              and previous.clauses[m.clause].kind == "subordinate" and not m.relative]
    if len({m.key for m in people}) != 1 or (discourse.sexes.get(people[0].key), "Sing") not in wanted:
        return None
    person = people[0].key
    if any(m.sentence == sentence.index or m.key != person and (m.person or m.unknown) for m in agreeing if m.key != main.key):
        return None
    return _named([m for m in agreeing if m.key == person])


def _whole_text(sentence: Sentence, mention: Mention) -> bool:
    """Can the mention's text stand for the pronoun: not a phrase with an owner of its own
    ("Sein Vater"), a family ("die Gebrüder Ljungström"), nor a name the recogniser cut
    ("die Tate Gallery" read as "Gallery", der "Weiße Turm")?"""
    text = mention.candidate.text
    if not text or text.split()[0].lower().startswith(POSSESSIVE_STEMS):
        return False
    if mention.kind != "name":
        return True
    before = _token(sentence, mention.i - 1)
    cut = before is not None and (before.tag == "NE" or before.text in OPENING_QUOTES or before.text == '"')
    return not cut and mention.candidate.readings != PLURAL


def _matrix_subject(discourse: Discourse, sentence: Sentence, pronoun: Token, agreeing: list[Mention]) -> Candidate | None:
    """The subject pronoun of a subordinate clause stands for its main clause's subject just
    before it: a person named there ("Im August 1996 kündigte Cameron an, dass er Avatar …
    verfilmen werde") when nothing else that agrees lies between them and every other person
    in reach is named less often; a noun phrase or a resolved pronoun ("Die Auktion blieb
    erfolglos, obwohl sie von einer halben Million Menschen besucht wurde", "Die beiden
    Arbeiter im Werkstattwagen überlebten verletzt, weil sie sich auf der abgewandten Seite
    befanden") — a clause beside the main clause's arguments, not one of them — when nothing
    else of the sentence before the pronoun agrees but a thing in a
    prepositional phrase after the subject ("… erwiesen sich als sehr nützlich für den Irak, da
    sie …" are the teams), no person or
    unresolved pronoun in reach agrees unless the subject is a person named more often, and
    the main clause is no copula with a noun ("Ein Beispiel ist ein Stamen-Corollentubus, wie er
    …": the predicative is meant)."""
    role, index = _role(sentence, pronoun.i, pronoun.i + 1)
    if pronoun.tag != "PPER" or role != "subject" or index is None or sentence.clauses[index].kind != "subordinate":
        return None
    parent = sentence.clauses[index].parent
    if parent is None or sentence.clauses[parent].kind != "main":
        return None
    subjects = [m for m in agreeing if m.sentence == sentence.index and m.clause == parent and m.role == "subject"]
    if len(subjects) != 1 or subjects[0].unknown or not subjects[0].candidate.text:
        return None
    top = subjects[0]
    if top.kind == "name" and top.person:
        if any(m.sentence == sentence.index and m.i > top.i and m.key != top.key for m in agreeing):
            return None
        others = {m.key for m in agreeing if m.key != top.key and (m.person or m.unknown)}
        if any(_salience(discourse, key) >= _salience(discourse, top.key) or key.startswith("?") for key in others):
            return None
        return _named([top])
    if top.kind not in ("noun", "pronoun") or _names_predicative(sentence, sentence.clauses[parent]) or not _whole_text(sentence, top):
        return None
    if any(c.clause == index and c.role in ARGUMENT_ROLES | {"predicative", "complement"} for c in sentence.clauses[parent].constituents):
        return None  # "Die letzte Information über den Verbleib der Partitur war, dass sie …": the clause is what is said
    span = next((c for c in sentence.clauses[parent].constituents if c.role == "subject" and c.start <= top.i < c.end), None)
    for mention in agreeing:
        if mention.sentence != sentence.index or mention.key == top.key:
            continue
        inside = span is not None and span.start <= mention.i < span.end
        if inside or mention.i < top.i or mention.role != "oblique" or mention.person or mention.unknown:
            return None  # "Die letzte Information über den Verbleib der Partitur war, dass sie …": which one?
    people = [m for m in agreeing if (m.person or m.unknown) and m.key != top.key]
    if people and (not top.person or any(m.unknown or _salience(discourse, m.key) >= _salience(discourse, top.key) for m in people)):
        return None
    return top.candidate


def _names_predicative(sentence: Sentence, clause: Clause) -> bool:
    """A copula with a noun for its predicative ("Ein Beispiel ist ein Stamen-Corollentubus"),
    which a pronoun after it may mean; "Die Auktion blieb erfolglos" has none."""
    if clause.lemma not in COPULAS:
        return False
    heads = (_token(sentence, c.head) for c in clause.constituents if c.role == "predicative" and c.clause is None)
    return any(head is None or head.tag in ("NN", "NE") for head in heads)


def _named(mentions: list[Mention]) -> Candidate | None:
    """The referent's best text: its name, else its latest definite or plural noun phrase."""
    for mention in mentions:
        if mention.kind == "name":
            return mention.candidate if mention.candidate.text else None  # not a film's or book's title
    for mention in reversed(mentions):
        if mention.candidate.text and not mention.unknown:
            return mention.candidate
    return None


def _salient_person(
    discourse: Discourse, sentence: Sentence, pronoun: Token, agreeing: list[Mention], wanted: frozenset[Reading]
) -> Candidate | None:
    """The established person the pronoun stands for, when it outranks every other referent
    that agrees (see the module's description); else None."""
    sexes = {g for g, n in wanted if g in SEXES}
    relatives = {m.key for m in agreeing if m.relative}  # the father of whoever "Sein" is: not the one a pronoun means
    people = {m.key for m in agreeing if m.person and not m.unknown and discourse.sexes.get(m.key) in sexes} - relatives
    ranked = sorted(people, key=lambda key: -_salience(discourse, key))
    if not ranked or len(ranked) > 1 and _salience(discourse, ranked[0]) == _salience(discourse, ranked[1]):
        return None
    top = ranked[0]
    if _salience(discourse, top) < 2:
        return None
    subjects = [m.at for m in agreeing if m.key == top and m.role == "subject"]
    if not subjects:
        return None
    last = max(subjects)
    role, clause_index = _role(sentence, pronoun.i, pronoun.i + 1)
    clause = sentence.clauses[clause_index] if clause_index is not None else None
    thing_clause = clause is None or clause.voice != "active" or clause.lemma in COPULAS | THING_VERBS
    thing_clause = thing_clause and not _says_person(sentence, clause)
    subject_pronoun = pronoun.tag == "PPER" and role == "subject"
    if not subject_pronoun and any(m.person and m.kind == "name" and m.key != top and m.sentence == sentence.index for m in agreeing):
        return None  # "… Bertrands sei erfunden worden, um ihr … zu verleihen": the one named beside it
    governing = _governing(sentence, clause_index)
    if any(m.person and m.kind == "name" and m.role == "subject" and m.key != top and m.sentence == sentence.index
           and m.clause in governing and m.key not in discourse.sexes for m in agreeing):
        return None  # "Herschel entdeckte den Uranus, den er …": the subject of its main clause, of a sex the text does not tell
    for mention in agreeing:
        if mention.key == top:
            continue
        if mention.unknown and not mention.rivals:
            return None  # a pronoun with nothing to refer to in the text: someone else is about
        if mention.unknown:
            if mention.at > last:
                return None  # a pronoun left open after the person's last subject mention: the chain is broken
        elif mention.person:
            if mention.at > last and mention.role == "subject" and not _dominated(discourse, sentence, mention, top):
                return None
            if mention.at > last and mention.role == "object" and subject_pronoun and clause is not None and clause.voice == "passive":
                return None  # "… zwangen den König zur Abdankung. Er wurde ins Exil geschickt": the one acted upon
            if _salience(discourse, mention.key) >= _salience(discourse, top):
                return None
        elif mention.role == "oblique":
            continue  # a thing only in a prepositional phrase or a genitive: never the person's rival
        elif not subject_pronoun or thing_clause or mention.role == "subject" and mention.at > last and not _aside(discourse, mention, top):
            return None
    return _named([m for m in agreeing if m.key == top])


def _governing(sentence: Sentence, index: int | None) -> set[int]:
    """The clauses the clause at ``index`` depends on: its parent, the parent's parent …"""
    found: set[int] = set()
    while index is not None and index not in found:
        index = sentence.clauses[index].parent
        if index is not None:
            found.add(index)
    return found


def _says_person(sentence: Sentence, clause: Clause | None) -> bool:
    """A copula whose predicative names a person ("war er ein begeisterter Motorradfahrer"):
    its subject is a person, not a thing."""
    if clause is None or clause.voice != "active" or clause.lemma not in COPULAS:
        return False
    heads = (_token(sentence, c.head) for c in clause.constituents if c.role == "predicative" and c.clause is None)
    return any(head is not None and head.tag == "NN" and person_noun(head) for head in heads)


def _aside(discourse: Discourse, mention: Mention, top: str) -> bool:
    """A thing named as the subject of a clause beside a sentence whose earlier subject is the
    article's established person ("… tat sich Lindbergh zusammen, wobei er nicht flog, sondern
    nur Fallschirmsprünge unternahm. Danach kaufte er sich …"): the text stays with the person."""
    clauses = discourse.analysis.sentences[mention.sentence].clauses
    if mention.kind != "noun" or mention.clause is None or clauses[mention.clause].kind == "main":
        return False
    if top not in discourse.topics or _salience(discourse, top) < TOPIC_DOMINANCE:
        return False
    return any(
        m.key == top and m.role == "subject" and m.i < mention.i and not m.unknown
        for m in discourse.mentions[mention.sentence]
    )


def _dominated(discourse: Discourse, sentence: Sentence, mention: Mention, top: str) -> bool:
    """A subordinate clause's subject, or one whose sex the text does not tell, that the
    established person far outranks ("…, bis ihm 1776 Noverre nachfolgte. Anlässlich … trat er
    auf": Vestris)."""
    clauses = discourse.analysis.sentences[mention.sentence].clauses
    main = mention.clause is None or clauses[mention.clause].kind in MAIN_KINDS
    if main and (mention.kind != "name" or mention.key in discourse.sexes or _salience(discourse, mention.key) > 1):
        return False  # a man as the last main subject may well be the "er"
    return _salience(discourse, top) >= (MAIN_DOMINANCE if main else DOMINANCE) * _salience(discourse, mention.key)


def _salience(discourse: Discourse, key: str) -> int:
    """How established a referent is: its mentions so far, two more for a paragraph's first
    subject (a noun phrase or unknown pronoun counts once)."""
    return discourse.counts.get(key, 1) + (2 if key in discourse.topics else 0)


def _readings(discourse: Discourse, mention: Mention) -> frozenset[Reading]:
    """A person's readings follow the sex the text has told so far."""
    if mention.person and not mention.unknown and mention.kind in ("name", "pronoun"):
        sex = discourse.sexes.get(mention.key)
        return frozenset({(sex, "Sing")}) if sex else mention.candidate.readings & PERSON or PERSON
    return mention.candidate.readings


def _competitors(discourse: Discourse, sentence: Sentence, pronoun: Token) -> Iterator[Mention]:
    """The mentions in reach of the pronoun (those of its own clause not for a personal pronoun)."""
    own = _clause_index(sentence, pronoun.i) if pronoun.tag == "PPER" else None
    antecedent = sentence.clauses[own].antecedent if own is not None else None  # "die Inseln, die sie … nannten"
    for index in range(max(0, sentence.index - WINDOW), sentence.index + 1):
        for mention in discourse.mentions[index]:
            if mention.unknown and _is_possessive(discourse.analysis, mention):
                continue  # an unresolved "seine" adds no referent of its own
            if index == sentence.index and (mention.i >= pronoun.i or own is not None and mention.clause == own or mention.i == antecedent):
                continue
            yield mention


def _is_possessive(analysis: Analysis, mention: Mention) -> bool:
    token = _token(analysis.sentences[mention.sentence], mention.i)
    return token is not None and token.tag == "PPOSAT"


def _cataphoric(
    discourse: Discourse, sentence: Sentence, pronoun: Token, nominal: list[Mention], wanted: frozenset[Reading]
) -> list[Mention]:
    """The main clauses' subjects after the pronoun that agree with it: a possessive, or a
    pronoun in a clause before the main clause, may point forward to one ("Bis zu ihrer
    Landnahme lebten die Magyaren …")."""
    own = _clause_index(sentence, pronoun.i)
    if pronoun.tag == "PPER" and (own is None or sentence.clauses[own].kind in MAIN_KINDS):
        return []
    if pronoun.tag == "PPER" and any(c.kind == "main" and min(c.tokens, default=pronoun.i) < pronoun.i for c in sentence.clauses):
        return []  # "… tat sich Lindbergh zusammen, wobei er nicht flog": a clause after its main clause's start points back
    ahead = []
    for mention in nominal:
        named = pronoun.tag == "PPER" and mention.kind == "name" and mention.person  # "Damit sie …, holte er Geertje Dircx"
        if mention.i <= pronoun.i or mention.role != "subject" and not named or mention.clause is None:
            continue
        if pronoun.tag == "PPER" and mention.clause == own or mention.relative or _same_phrase(sentence, pronoun.i, mention.i):
            continue  # not "Sein Vater Maurice Vane": the possessive is not its own phrase's owner
        if sentence.clauses[mention.clause].kind in MAIN_KINDS and _readings(discourse, mention) & wanted:
            ahead.append(mention)
    return ahead


def _same_phrase(sentence: Sentence, i: int, j: int) -> bool:
    return any(
        c.clause is None and c.start <= i < c.end and c.start <= j < c.end for clause in sentence.clauses for c in clause.constituents
    )


def _quoted(sentence: Sentence, token: Token) -> bool:
    """Inside quotation marks: "Es ist warm" quoted has no referent in the text."""
    before = [t.text for t in sentence.tokens if t.i < token.i]
    opened = sum(t in OPENING_QUOTES for t in before) - sum(t in CLOSING_QUOTES for t in before)
    return opened > 0 or before.count('"') % 2 == 1


def _referring_es(sentence: Sentence, token: Token) -> bool:
    """ "es" refers only as a subject or object of a verb that is neither a copula nor one of
    an idiom (es weit bringen), and of a singular verb ("Es sind Sandwüsten" presents)."""
    role, index = _role(sentence, token.i, token.i + 1)
    if role == "oblique" or index is None:
        return False
    clause = sentence.clauses[index]
    if clause.number == "Plur" or clause.lemma in COPULAS:
        return False
    if any(c.kind in ("subordinate", "zu_infinitive", "um_zu") and min(c.tokens, default=0) > token.i for c in sentence.clauses):
        return False  # "… wird es dauern, bis …": the clause after is what "es" stands for
    return role == "subject" or clause.lemma not in IDIOMATIC_ES


def _title_person(discourse: Discourse, sentence: Sentence, wanted: frozenset[Reading]) -> Candidate | None:
    """A text whose title is a person's name (``_title_name``) and that opens with a pronoun for
    one person, with nothing before it that agrees: the pronoun is that person ("Woody Allen" /
    "Um sein Taschengeld aufzubessern, begann er damit, … Gags zu schreiben"), as in a section of
    a biography read on its own. Only in the text's first two sentences, and only for a pronoun
    that can only be singular (a plural "sie" may be anyone)."""
    title = _title_name(discourse)
    opening = [s.index for s in discourse.analysis.sentences if not s.is_heading][:2]
    singular = {(gender, "Sing") for gender in ("Masc", "Fem")} & wanted
    if title is None or sentence.index not in opening or not singular or any(number != "Sing" for _, number in wanted):
        return None
    key, text = title
    return Candidate(key, text, frozenset(singular))


def _topic_person(
    discourse: Discourse, sentence: Sentence, pronoun: Token, agreeing: list[Mention], wanted: frozenset[Reading]
) -> Candidate | None:
    """The person a biography is about (``_topic_of``), for a pronoun of that person's sex that
    nothing else may mean ("John Vane" / "Sein Vater Maurice Vane war Sohn russischer
    Immigranten; seine Mutter Frances Vane stammte aus einer britischen Bauernfamilie. Er ging
    auf die King Edward XIV Highschool"): the parents are his, introduced through his
    possessive, and "Er" is the one they are introduced for. The person's sex is one the text
    tells, or the pronouns resolved to that person so far. Every other referent in reach that
    agrees must be:
    - a relative introduced through that person's possessive ("Sein Vater …", "seine Frau …"),
      unless a subject after the person was one ("Kaiserin Friedrich starb 1901. Ihre Tochter
      Margarete erbte das Schloss. Sie …" may be the daughter);
    - a person in a prepositional phrase or a genitive before the person's last subject mention
      (not "… zur Verhaftung des SS-Offiziers Amon Göth. Einer seiner SS-Leute hatte ihn …");
    - a thing in a prepositional phrase or genitive, or as a subject or object when the pronoun
      is the subject of what a person does (not a passive, a copula or a thing's verb) or a
      possessive before such a subject pronoun ("Dank seines Talents … durfte er bald …"); a
      thing as a subject only before the person's last subject mention, unless the verb needs a
      person ("Die Indemnitätsvorlage … spaltete die Liberalen. Sie machte auch deutlich" is
      the bill);
    - a pronoun left open between only such referents.
    In the pronoun's own sentence before it only things in prepositional phrases, and the
    person's relatives in another main clause ("…; seine Mutter …"). A plural "sie" may be
    anyone; a possessive "ihr-" only with no plural in reach but nouns of time ("Als Jolie elf
    Jahre alt war").
    """
    topic = _topic_of(discourse)
    if topic is None:
        return None
    key, text = topic
    sex = discourse.sexes.get(key) or _told_sex(discourse, key)
    if sex is None or (sex, "Sing") not in wanted:
        return None
    role, index = _role(sentence, pronoun.i, pronoun.i + 1)
    pronoun_at = (sentence.index, pronoun.i)
    clause = sentence.clauses[index] if index is not None else None
    after = _pronoun_subject_after(sentence, pronoun, index, frozenset({(sex, "Sing")}))
    if ("", "Plur") in wanted and pronoun.tag == "PPOSAT" and after is None:
        if any(("", "Plur") in _readings(discourse, m) and not _time_noun(discourse.analysis, m) for m in _competitors(discourse, sentence, pronoun)):
            return None
    elif ("", "Plur") in wanted and after is None:
        return None
    thing_clause = clause is None or clause.voice != "active" or clause.lemma in COPULAS | THING_VERBS
    subject = pronoun.tag == "PPER" and role == "subject" or after is not None
    person_subject = subject and not (thing_clause and not _says_person(sentence, clause))
    last = max((m.at for m in agreeing if m.key == key and m.role == "subject"), default=(-1, -1))
    first = min((m.at for mentions in discourse.mentions for m in mentions if m.key == key and m.role == "subject"), default=pronoun_at)
    allowed = {key} | {m.key for m in agreeing if m.person and not m.unknown and (m.role == "oblique" or _relative_of(discourse, m, key))}
    for mention in agreeing:
        if mention.key == key:
            continue
        own = mention.sentence == sentence.index
        if mention.unknown:
            if own or not mention.rivals or not mention.rivals <= allowed:
                return None
        elif mention.person:
            relative = _relative_of(discourse, mention, key)
            if own and not (relative and pronoun.tag == "PPOSAT" and _beside(sentence, mention, index)):
                return None
            if not relative and (mention.role != "oblique" or mention.at > last):
                return None  # "… zur Verhaftung des SS-Offiziers Amon Göth. Einer seiner SS-Leute hatte ihn … angezeigt"
            if relative and mention.role == "subject" and mention.at > first:
                return None  # "Kaiserin Friedrich starb 1901. Ihre Tochter Margarete erbte das Schloss. Sie …" may be the daughter
        elif (mention.role != "oblique" or own) and not person_subject:
            return None
        elif mention.role != "oblique" and (own or mention.role == "subject" and mention.at > last and not (clause and _needs_person(clause))):
            return None  # "Die Indemnitätsvorlage … spaltete die Liberalen. Sie machte auch deutlich, dass …"
    discourse.sexes[key] = sex
    return Candidate(key, text, frozenset({(sex, "Sing")}))


def _pronoun_subject_after(sentence: Sentence, pronoun: Token, index: int | None, wanted: frozenset[Reading]) -> Token | None:
    """The personal pronoun after a possessive that is the subject of its clause and agrees
    with it ("Seinen ersten Roman veröffentlichte er anonym"): the owner German means first."""
    if pronoun.tag != "PPOSAT" or index is None:
        return None
    for constituent in sentence.clauses[index].constituents:
        head = _token(sentence, constituent.head)
        if constituent.role == "subject" and constituent.clause is None and head is not None and head.i > pronoun.i \
                and head.tag == "PPER" and _agreeing(sentence, head, _pronoun_readings(sentence, head)) & wanted:
            return head
    return None


def _time_noun(analysis: Analysis, mention: Mention) -> bool:
    """A noun of time ("Als Jolie elf Jahre alt war"): no owner of a person's things."""
    token = _token(analysis.sentences[mention.sentence], mention.i)
    return mention.kind == "noun" and token is not None and token.text in TIME_NOUNS


def _topic_of(discourse: Discourse) -> tuple[str, str] | None:
    """The person the text is about, as (key, text): its title when that is a person's name,
    else the person named as the subject of its first sentence's main clause and named again
    ("Der in Birmingham geborene Rohmer publizierte 1903 …"); either only while the text has
    named no other person as often (a resolved pronoun counts as a mention)."""
    analysis = discourse.analysis
    title = _title_name(discourse)
    if title is not None:
        key, text, least = *title, 1
    else:
        first = next((s for s in analysis.sentences if not s.is_heading), None)
        if first is None or first.index >= len(discourse.mentions):
            return None
        main = next((k for k, c in enumerate(first.clauses) if c.kind == "main"), None)
        subject = next((m for m in discourse.mentions[first.index] if m.role == "subject" and m.clause == main and m.kind != "pronoun"), None)
        if subject is None or subject.kind != "name" or not subject.person or subject.relative or not subject.candidate.text:
            return None
        key, text, least = subject.key, subject.candidate.text, 2
    count = discourse.counts.get(key, 0)
    if count < least or any(n >= count for other, n in discourse.counts.items() if other != key):
        return None
    return key, text


def _title_name(discourse: Discourse) -> tuple[str, str] | None:
    """The person the title names, as (key, text), when the title is nothing but a person's
    name ("John Vane")."""
    title = discourse.analysis.sentences[0] if discourse.analysis.sentences else None
    words = [t for t in title.tokens if t.text[:1].isalnum()] if title is not None and title.is_heading else []
    if not words or not all(t.tag == "NE" and t.ent_label == "PER" for t in words):
        return None
    name = " ".join(t.text for t in words)
    return name, name


def _told_sex(discourse: Discourse, key: str) -> str | None:
    """The person's sex as the pronouns resolved to that person so far tell it, where they
    agree: "Sein Vater …" opening the text under "John Vane" says he is a man."""
    sexes: set[str] = set()
    for mentions in discourse.mentions:
        for mention in mentions:
            if mention.kind != "pronoun" or mention.unknown or mention.key != key:
                continue
            sentence = discourse.analysis.sentences[mention.sentence]
            token = _token(sentence, mention.i)
            told = {g for g, n in _agreeing(sentence, token, _pronoun_readings(sentence, token)) if g in SEXES} if token else set()
            if len(told) == 1:
                sexes |= told
    return sexes.pop() if len(sexes) == 1 else None


def _relative_of(discourse: Discourse, mention: Mention, key: str) -> bool:
    """Is the person named as the relative of ``key``: "Sein Vater Maurice Vane" with "Sein"
    resolved to the person the text is about?"""
    if not mention.relative:
        return False
    owners = [m for m in discourse.mentions[mention.sentence] if m.kind == "pronoun" and m.i < mention.i
              and _is_possessive(discourse.analysis, m)]
    return bool(owners) and not owners[-1].unknown and owners[-1].key == key


def _beside(sentence: Sentence, mention: Mention, index: int | None) -> bool:
    """Are the mention's clause and the clause at ``index`` two main clauses side by side
    ("Sein Vater Maurice Vane war …; seine Mutter …"), not one the other's part?"""
    if index is None or mention.clause is None or mention.clause == index:
        return False
    return sentence.clauses[index].kind in MAIN_KINDS and sentence.clauses[mention.clause].kind in MAIN_KINDS


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


def _clause_index(sentence: Sentence, i: int) -> int | None:
    return next((k for k, c in enumerate(sentence.clauses) if i in c.tokens), None)


def _is_expletive(sentence: Sentence, token: Token) -> bool:
    """ "es" as a placeholder: es gibt …, es geht um …, es ist klar, dass …"""
    if token.text.lower() != "es":
        return False
    clause = _clause_of(sentence, token.i)
    if clause is None:
        return False
    return clause.lemma.lower() in EXPLETIVE_ES or any(c.role == "complement" for c in clause.constituents)


def _role(sentence: Sentence, start: int, end: int) -> tuple[str, int | None]:
    """The role of the phrase whose head lies in [start, end): subject, object (without
    preposition) or oblique (in a prepositional phrase, a genitive, an apposition …), and the
    index of the clause it stands in."""
    best: tuple[int, str, int] | None = None
    for k, clause in enumerate(sentence.clauses):
        for constituent in clause.constituents:
            if constituent.clause is not None or not constituent.start <= start < constituent.end:
                continue
            size = constituent.end - constituent.start
            if best is not None and size >= best[0]:
                continue
            argument = constituent.role in ARGUMENT_ROLES and not constituent.preposition and start <= constituent.head < end
            joined = any(t.text in CONJUNCTIONS and t.tag == "KON" and constituent.start <= t.i < constituent.end for t in sentence.tokens)
            # one of two joined phrases ("Titus und Hendrickje stellten Rembrandt an") is not the subject alone
            role = ("subject" if constituent.role == "subject" else "object") if argument and not joined else "oblique"
            best = (size, role, k)
    if best is None:
        if sentence.clauses:
            return "oblique", _clause_index(sentence, start)
        k = start - sentence.tokens[0].i
        return ("oblique" if _in_prepositional_phrase(sentence.tokens, k) else "object"), None
    return best[1], best[2]


def _in_prepositional_phrase(tokens: tuple[Token, ...], k: int) -> bool:
    while k > 0 and tokens[k - 1].tag in NP_PARTS | {"NN", "NE"}:
        k -= 1
    return k > 0 and tokens[k - 1].tag in ("APPR", "APPRART")


# --- mentions -------------------------------------------------------------------------------


def _nominal_mentions(analysis: Analysis, sentence: Sentence) -> Iterator[Mention]:
    """The sentence's names, noun phrases and coordinations (no pronouns)."""
    entities = [e for e in analysis.entities if e.sentence == sentence.index and e.label in ("PER", "LOC", "ORG", "MISC")]
    inside = {t.i for e in entities for t in sentence.tokens if e.start <= t.start < e.end}
    titles: set[int] = set()
    people = {e.text for e in analysis.entities if e.label == "PER"}
    for entity in entities:
        words = [t for t in sentence.tokens if entity.start <= t.start < entity.end]
        if not words or entity.label == "PER" and not _plausible_name(analysis, words):
            continue
        before = [t for t in sentence.tokens if t.end <= entity.start]
        title = before[-1] if entity.label == "PER" and before and before[-1].tag == "NN" else None
        if title is not None:
            titles.add(title.i)
        first = title.i if title is not None else words[0].i
        role, clause = _role(sentence, first, words[-1].i + 1)
        candidate = _entity_candidate(analysis, sentence, entity, words, before)
        relative = title is not None and len(before) > 1 and before[-2].tag == "PPOSAT"
        if title is not None and title.feature("Number") == "Plur" and not getattr(noun_lexicon().lookup(title.lemma), "weak", True):
            # "die Gebrüder Ljungström": a family (not "den Präsidenten Macron", a weak noun)
            candidate = Candidate(candidate.key, candidate.text, PLURAL)
            yield Mention(sentence.index, words[0].i, candidate, "name", role, clause, False)
            continue
        yield Mention(sentence.index, words[0].i, candidate, "name", role, clause, entity.label == "PER", relative=relative)
    for k, token in enumerate(sentence.tokens):
        if token.tag != "NN" or token.i in inside or token.i in titles:
            continue
        if _predicative(sentence, token):
            continue
        role, clause = _role(sentence, token.i, token.i + 1)
        words = _noun_phrase(sentence, token)
        previous = _token(sentence, words[0].i - 1)
        if words[0].text.lower() == "der" and previous is not None and previous.text.lower() in PARTITIVE:
            continue  # "einer der erfolgreichsten Rockmusiker": the one, not the many
        readings = _noun_readings(words, token)
        number = _subject_number(sentence, token)
        if number:  # "Wissenschaftler weisen …": the verb says the subject is plural
            readings = frozenset(r for r in readings if r[1] == number) or (PLURAL if number == "Plur" else readings)
        if not readings:
            continue
        alone = _stands_alone(sentence, words, readings) and token.text not in TIME_NOUNS  # "die Woche" competes, "im Jahr" is no referent to name
        text = _nominative(" ".join(t.text for t in words), readings) if alone else ""
        candidate = Candidate(token.lemma.lower(), text, readings)
        yield Mention(sentence.index, token.i, candidate, "noun", role, clause, person_noun(token))
    for token in sentence.tokens:
        if token.tag == "NE" and token.i not in inside:  # a name the recogniser missed ("Woods erwarb …")
            role, clause = _role(sentence, token.i, token.i + 1)
            name = _full_name(analysis, token.text)
            if name in people and name != token.text:  # "Schindler" where "Oskar Schindler" is named: that person
                yield Mention(sentence.index, token.i, Candidate(name, name, PERSON), "name", role, clause, True)
                continue
            yield Mention(sentence.index, token.i, Candidate(token.text, "", ANY), "noun", role, clause, False)
        if token.tag in ("PIS", "PWS", "PRELS") and token.text.lower() in SOMEONE:  # "Jemand wollte …, indem er …"
            role, clause = _role(sentence, token.i, token.i + 1)
            candidate = Candidate(f"?{token.i}", "", frozenset({("Masc", "Sing")}))
            yield Mention(sentence.index, token.i, candidate, "pronoun", role, clause, True, unknown=True)
    yield from _coordinations(sentence)


def _coordinations(sentence: Sentence) -> Iterator[Mention]:
    """A subject or object of two joined phrases is one plural referent of its own."""
    for k, clause in enumerate(sentence.clauses):
        for constituent in clause.constituents:
            if constituent.clause is not None or constituent.role not in ARGUMENT_ROLES or constituent.preposition:
                continue
            words = [t for t in sentence.tokens if constituent.start <= t.i < constituent.end]
            if any(t.text in CONJUNCTIONS and t.tag == "KON" for t in words):
                role = "subject" if constituent.role == "subject" else "object"
                candidate = Candidate(f"{constituent.start}:{constituent.text}", "", PLURAL)
                yield Mention(sentence.index, constituent.head, candidate, "coordination", role, k, False)


def _predicative(sentence: Sentence, token: Token) -> bool:
    """A noun that says what someone is ("ist ein Staat", "als Sohn") names no new referent."""
    k = token.i - sentence.tokens[0].i
    start = k
    while start > 0 and sentence.tokens[start - 1].tag in NP_PARTS - {"ADV"}:
        start -= 1
    if start > 0 and sentence.tokens[start - 1].text == "als":
        return start < 2 or sentence.tokens[start - 2].tag not in ("ADJD", "ADV", "PIAT", "PIS")  # not "mehr als 140 Muslime"
    role = next(
        (c.role for clause in sentence.clauses for c in clause.constituents if c.clause is None and c.start <= token.i < c.end and c.head == token.i),
        "",
    )
    return role == "predicative"


def _nominative(text: str, readings: frozenset[Reading]) -> str:
    """ "dem Compiler" → "der Compiler": the phrase stands where the pronoun's case is asked
    for; a noun of one known gender gets its nominative article."""
    first, _, rest = text.partition(" ")
    genders = {g for g, n in readings if n == "Sing"}
    if first.lower() in ("den", "dem", "des", "der") and len(genders) == 1 and len(readings) == 1 and rest:
        return f"{DEFINITE_FORMS[genders.pop()]['Nom']} {rest}"
    return text


def _stands_alone(sentence: Sentence, words: list[Token], readings: frozenset[Reading]) -> bool:
    """Can the phrase replace a pronoun: a definite or possessive phrase, or a bare plural
    ("Daten"); not "ein Staat" (which one?) nor a phrase cut before its article ("Die neuen,
    dünnen Stahldrähte")."""
    first = words[0]
    before = _token(sentence, first.i - 1)
    if before is not None and before.text == "," and first.tag == "ADJA":
        return False
    plural = readings == PLURAL or words[-1].feature("Number") == "Plur"
    if plural and first.tag in ("ART", "PDAT") and first.text.lower() not in ("die", "diese"):
        return False  # "der Linien": a genitive plural
    if first.text.lower() in DEFINITE or first.tag in ("PPOSAT", "PDAT"):
        return True
    return readings == PLURAL and first.tag in ("NN", "ADJA") and not first.text.lower().startswith("ein")


def _entity_candidate(analysis: Analysis, sentence: Sentence, entity: Entity, words: list[Token], before: list[Token]) -> Candidate:
    text = analysis.article.text[entity.start : entity.end]
    if entity.label == "PER":
        singles = {e.text for e in analysis.entities if e.label == "PER" and " " not in e.text}
        if len(words) == 2 and words[0].text in singles and noun_lexicon().lookup(words[1].text, compound_fallback=False):
            return Candidate(words[0].text, words[0].text, PERSON)  # "Lee Flöte": the recogniser took the object in
        text = analysis.article.text[entity.start : words[-1].end]
        following = sentence.tokens[words[-1].i - sentence.tokens[0].i + 1 :][:1]
        singles = {e.text for e in analysis.entities if e.label == "PER" and " " not in e.text}
        genitive = following and following[0].tag in ("NN", "ADJA") and _named_elsewhere(analysis, text[:-1])
        if text.endswith("s") and (genitive or text[:-1] in singles):
            text = text[:-1]  # the genitive: "Asma al-Assads Vater", "Werke Rembrandts"
        name = _full_name(analysis, text)
        return Candidate(name, name, PERSON)
    determiner = before[-1] if before and before[-1].tag == "ART" else None
    if determiner is not None:
        readings = _determiner_readings(determiner)
        shown = _nominative(f"{determiner.text.lower()} {text}", readings) if determiner.text.lower() in DEFINITE else ""
    else:
        entry = noun_lexicon().lookup(words[-1].text, compound_fallback=False) if len(words) > 1 else None
        if entry is not None and entry.gender:  # "Richmond Park" is a Park
            readings = frozenset({(entry.gender, "Sing")})
        elif before and before[-1].tag == "APPRART" and before[-1].text.lower() in ARTICLE_GENDERS:
            # "am Rhein", "zur Wega": the contraction's article is the name's, as "der Rhein" would be
            readings = frozenset((g, "Sing") for g in ARTICLE_GENDERS[before[-1].text.lower()])
        else:
            readings = _morph_readings(words[-1]) or BARE_NAME_READINGS.get(entity.label, ANY)
        shown = text
    return Candidate(text, shown if entity.label != "MISC" else "", readings)


def _full_name(analysis: Analysis, text: str) -> str:
    """The person's full name as the text gives it: "Kim" → "Kim Jong Un", "Thicke" → "Alan
    Thicke" when one name of the text ends (or, failing that, begins) with it; a regnal name
    ("Georg II.") is another person, and two candidates leave the mention as it is."""
    names = list(dict.fromkeys(e.text for e in analysis.entities))  # "Matrika Prasad Koirala" may be read as a place
    words = text.split()
    longer = [n.split() for n in names if len(words) < len(n.split()) <= MAX_NAME_WORDS and not _regnal(n)]
    singles = {e.text for e in analysis.entities if e.label == "PER" and " " not in e.text}
    # not "Georg von", nor two names run together ("Hendrickje Rembrandts")
    longer = [
        n for n in longer
        if n[-1][:1].isupper() and not any(w.endswith("s") and w[:-1] in singles for w in (n[0], n[-1]))
        and not (len(n) > 2 and n[0] in singles and n[-1] in singles)  # "Goldman Luigi Galleani"
    ]
    people = {e.text for e in analysis.entities if e.label == "PER"}
    for matches in (
        [" ".join(n) for n in longer if n[-len(words) :] == words],
        [" ".join(n) for n in longer if n[: len(words)] == words],
    ):
        if any(match not in people for match in matches):
            return text
        if len(matches) == 1:
            return matches[0]
        if analysis.article.title in matches:
            return analysis.article.title
        if matches:
            return text
    return text


def _plausible_name(analysis: Analysis, words: list[Token]) -> bool:
    """Not an adverb read as a name ("Finanziell war …"), nor two names run together with a
    genitive ("Hendrickje Rembrandts")."""
    if not any(t.tag in ("NE", "NN", "FM") for t in words):
        return False
    last, first = words[-1].text, words[0].text
    singles = {e.text for e in analysis.entities if e.label == "PER" and " " not in e.text}
    if len(words) > 1 and first.endswith("s") and first[:-1] in singles:
        return False  # "Rembrandts Frauenporträts"
    people = {e.text for e in analysis.entities if e.label == "PER"}
    if len(words) > 2 and first in singles and (" ".join(t.text for t in words[1:]) in people or last in singles):
        return False  # "Goldman Luigi Galleani": two people side by side
    if len(words) == 1 or not last.endswith("s"):
        return True
    if re.search(rf"\b{re.escape(' '.join([*(t.text for t in words[:-1]), last[:-1]]))}\b", analysis.article.text):
        return True  # "Mary Annings Funde" where the text says "Mary Anning selbst": her genitive
    others = [e.text.split() for e in analysis.entities if e.label == "PER" and e.text.split()[-1] != last]
    joined = [last[:-1]] in others and any(first in name and name[-1] != last[:-1] for name in others)
    return not joined


def _named_elsewhere(analysis: Analysis, name: str) -> bool:
    last = name.split()[-1]
    return any(t.text == last for s in analysis.sentences for t in s.tokens)


def _regnal(name: str) -> bool:
    last = name.split()[-1]
    return last.endswith(".") and (last[:-1].isdigit() or set(last[:-1]) <= set("IVXL"))


def _noun_phrase(sentence: Sentence, head: Token) -> list[Token]:
    """Determiner and adjectives before the noun, and the noun: "die neue Regierung"."""
    first = sentence.tokens[0].i
    k = head.i - first
    start = k
    while start > 0 and sentence.tokens[start - 1].tag in NP_PARTS - {"ADV"}:
        start -= 1
    words = list(sentence.tokens[start : k + 1])
    if words and words[0].tag == "ART" and words[0].i == first:
        words[0] = dc_replace(words[0], text=words[0].text.lower())
    return words


def _subject_number(sentence: Sentence, head: Token) -> str:
    """The number of the finite verb whose subject ``head`` heads, "" when it is none."""
    for clause in sentence.clauses:
        if clause.number in ("Sing", "Plur") and any(c.role == "subject" and c.head == head.i for c in clause.constituents):
            return clause.number
    return ""


def _noun_readings(words: list[Token], head: Token) -> frozenset[Reading]:
    morph = _morph_readings(head)
    determiner = next((t for t in words if t.tag in ("ART", "PDAT", "PPOSAT", "PIAT")), None)
    if determiner is None:
        return morph if morph and _inflected_form(head) else ANY
    by_determiner = _determiner_readings(determiner)
    if not morph:
        if determiner.text.lower() == "den" and not head.text.endswith("n"):
            return by_determiner - PLURAL  # "den Atlantik": a dative plural would end in -n
        return by_determiner
    entry = noun_lexicon().lookup(head.lemma)
    if morph == PLURAL and determiner.text.lower().endswith(("en", "em", "es")) and (entry is None or entry.weak):
        # "den/dem/des Präsidenten": the lexicon reads a weak noun's -en as plural ("seinen Arbeitern" is one)
        return morph | {r for r in by_determiner if r[1] == "Sing"}
    if not morph & by_determiner and ("", "Plur") in by_determiner:
        return PLURAL  # "die Arbeiter": a masculine noun after "die" is plural
    return (morph & by_determiner) or (morph | by_determiner)


def _inflected_form(head: Token) -> bool:
    """Is the noun a form of the lexicon's noun its lemma names, or of a lemma the lexicon does
    not know (then the tagger's guess from its ending stands: "Schubstockrad")? A known lemma
    the word is no form of was forced on it: "die Lebenszeit von Wega" has "Wega" as a form of
    "Weg" (Masc), and the star would not agree with the "sie" that means it."""
    entry = noun_lexicon().lookup(head.lemma)
    if entry is None:
        return True
    plurals = {p for p in (entry.plural, *entry.plurals) if p and p != "-"}
    forms = {head.lemma, entry.genitive, *plurals, *(p + "n" for p in plurals)}
    forms |= {head.lemma + ending for ending in ("e", "s", "es", "n", "en")}
    return head.text in forms


def _morph_readings(token: Token) -> frozenset[Reading]:
    number, gender = token.feature("Number"), token.feature("Gender")
    if number == "Plur":
        return PLURAL
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


# --- a person's sex, as the text tells it -----------------------------------------------------


def _person_sexes(analysis: Analysis) -> dict[str, str]:
    """Each person's sex from a title before the name ("Prinz Georg"), an apposition after it
    ("Joan, einer Krankenschwester"), or a predicative of a clause the name is the subject of
    ("ist eine britische Sängerin", "als Sohn"); none where the evidence disagrees."""
    evidence: dict[str, set[str]] = {}
    for entity in analysis.entities:
        if entity.label != "PER":
            continue
        sentence = analysis.sentences[entity.sentence]
        words = [t for t in sentence.tokens if entity.start <= t.start < entity.end]
        if not words:
            continue
        k = words[0].i - sentence.tokens[0].i
        after = list(sentence.tokens[words[-1].i - sentence.tokens[0].i + 1 :])
        nouns = [sentence.tokens[k - 1]] if k > 0 and sentence.tokens[k - 1].tag == "NN" else []
        if after[:1] and after[0].text == ",":
            apposition = next((t for t in after[1:] if t.tag not in ("ART", "ADJA", "ADV", "PIAT")), None)
            if apposition is not None and apposition.tag == "NN":
                nouns.append(apposition)
        nouns.extend(_predicatives(sentence, words))
        found = {sex for sex in map(_noun_sex, nouns) if sex}
        found |= _article_sex(sentence, words, k)
        evidence.setdefault(_full_name(analysis, entity.text), set()).update(found)
    return {name: sexes.pop() for name, sexes in evidence.items() if len(sexes) == 1}


# the participle phrase an article may open before a name: "Der in Birmingham geborene Rohmer"
_ATTRIBUTE_TAGS = frozenset({"ADJA", "ADJD", "ADV", "APPR", "APPRART", "NE", "CARD"})


def _article_sex(sentence: Sentence, words: list[Token], k: int) -> set[str]:
    """The sex the article before a name tells, with only adjectives or a participle phrase
    between ("Der in Birmingham geborene Rohmer publizierte …", "des jungen Rohmer"): "des" and
    "dem" say a man; "der" and "die" only when the name is a subject (else "der" may be a
    woman's genitive or dative: "die Romane der jungen Rowling"), "die" with a verb in the
    singular (else it may be a band: "Die Ramones spielten …")."""
    tokens = sentence.tokens
    if k == 0 or tokens[k - 1].tag not in ("ADJA", "ART"):
        return set()
    j = k - 1
    while j > 0 and tokens[j].tag in _ATTRIBUTE_TAGS and k - j < 6:
        j -= 1
    if tokens[j].tag != "ART":
        return set()
    article = tokens[j].text.lower()
    if article in ("des", "dem"):
        return {"Masc"}
    span = {t.i for t in words}
    clauses = [c for c in sentence.clauses if any(r.role == "subject" and r.head in span and r.start == tokens[j].i
                                                  for r in c.constituents)]
    if not clauses:
        return set()
    if article == "der":
        return {"Masc"}
    return {"Fem"} if article == "die" and clauses[0].number == "Sing" else set()


def _predicatives(sentence: Sentence, words: list[Token]) -> Iterator[Token]:
    """The nouns that say what the subject named by ``words`` is: a copula's predicative, or
    an "als" phrase of its clause ("wurde als Sohn … geboren")."""
    span = {t.i for t in words}
    for clause in sentence.clauses:
        if not any(c.role == "subject" and c.head in span for c in clause.constituents):
            continue
        if clause.lemma in COPULAS:
            for constituent in clause.constituents:
                head = _token(sentence, constituent.head)
                if constituent.role == "predicative" and head is not None and head.tag == "NN":
                    yield head
        tokens = [t for t in sentence.tokens if t.i in clause.tokens]
        for k, token in enumerate(tokens[:-1]):
            if token.text == "als" and (k == 0 or tokens[k - 1].tag not in ("ADJD", "ADV")):
                noun = next((t for t in tokens[k + 1 :] if t.tag not in ("ART", "ADJA", "PIAT")), None)
                if noun is not None and noun.tag == "NN" and (_noun_sex(noun) == "Fem" or noun.lemma in MALE_NOUNS):
                    yield noun  # "als Sohn", "als Ärztin"; not "als Gast", said of women too


def _noun_sex(token: Token) -> str:
    """Masc or Fem when the noun names a man or a woman (Sohn, Schauspielerin, der Arzt with
    die Ärztin beside it), else ""."""
    return _lemma_sex(token.lemma if token.lemma[:1].isupper() else token.text, token)


def person_lemma(lemma: str) -> bool:
    """Does a noun's lemma name a person, without a token to read (a pronoun's referent given as
    text: "Der erste Europäer")? A nominalised adjective, whose sex only its token shows, does not count."""
    return lemma in PEOPLE_NOUNS or bool(_lemma_sex(lemma, None))


def _lemma_sex(lemma: str, token: Token | None) -> str:
    if lemma in PEOPLE_NOUNS:
        return ""
    if lemma in MALE_NOUNS:
        return "Masc"
    if lemma in FEMALE_NOUNS:
        return "Fem"
    lexicon = noun_lexicon()
    entry = lexicon.lookup(lemma)
    if entry is None:
        return ""
    # The word's own feminine or masculine decides before a compound split's head, which may be
    # wrong ("Mitarbeiter" split as "Mitarb|eiter", where "Mitarbeiterin" stands beside it).
    bases = [entry.head] if entry.head else [lemma, getattr(lexicon.compound_entry(lemma), "head", "")]
    return next((sex for base in dict.fromkeys(filter(None, bases)) if (sex := _base_sex(lexicon, entry, base, token))), "")


def _base_sex(lexicon, entry, base: str, token: Token | None) -> str:
    """Masc or Fem when ``base``, the noun or its head, names a man or a woman (see :func:`_lemma_sex`)."""
    if base in MALE_NOUNS or base in FEMALE_NOUNS:
        return "Masc" if base in MALE_NOUNS else "Fem"
    if entry.adjectival:  # der/die Angestellte: the token's own gender
        if token is None:
            return ""
        gender = token.feature("Gender")
        return gender if gender in SEXES and token.feature("Number") != "Plur" else ""
    if entry.gender == "Fem" and base.endswith("in"):
        stem = base[:-2]
        male = [lexicon.lookup(s, compound_fallback=False) for s in (stem, _without_umlaut(stem))]
        return "Fem" if any(e is not None and e.gender == "Masc" for e in male) else ""
    if entry.gender == "Masc":
        stems = [base] if _weak_masculine(lexicon, _with_umlaut(base)) else [base, _with_umlaut(base)]
        female = [lexicon.lookup(s + "in", compound_fallback=False) for s in stems]
        return "Masc" if any(e is not None and e.gender == "Fem" for e in female) else ""
    return ""


def person_noun(token: Token) -> bool:
    """Does the noun name a person (Arzt, Kronprinzessin, Angestellte)? Used by the resolver and
    by the keys, which keep "den Fahrer" as an answer where "das Gerät" says nothing."""
    lemma = token.lemma if token.lemma[:1].isupper() else token.text
    return lemma in PEOPLE_NOUNS or bool(_noun_sex(token))


def _weak_masculine(lexicon, stem: str) -> bool:
    """Is stem + "e" a masculine noun of its own (Schütze)? Then "Schützin" is its female and
    says nothing about "der Schutz", which names no person ("Wer wurde … verankert? – der Schutz")."""
    entry = lexicon.lookup(stem + "e", compound_fallback=False)
    return entry is not None and "Masc" in (entry.gender, *entry.genders)


def _with_umlaut(word: str) -> str:
    """Arzt → Ärzt (for Ärztin): the last a, o or u takes its umlaut."""
    for k in range(len(word) - 1, -1, -1):
        if word[k] in UMLAUTS:
            return word[:k] + UMLAUTS[word[k]] + word[k + 1 :]
    return word


def _without_umlaut(word: str) -> str:
    back = {v: k for k, v in UMLAUTS.items()}
    for k in range(len(word) - 1, -1, -1):
        if word[k] in back:
            return word[:k] + back[word[k]] + word[k + 1 :]
    return word


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
    body = islice((s for s in analysis.sentences if not s.is_heading), DEFINITION_WINDOW)  # not a list of all
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
    plural = _plural_title(analysis, sentence, tokens)
    if plural:
        return plural
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


def _plural_title(analysis: Analysis, sentence: Sentence, tokens: list[Token]) -> str | None:
    """"die Inseln" / "auf den Inseln" in the article on the Galapagosinseln: a plural title is
    named by its head noun after the definite article; the title goes in, article and
    preposition stay ("auf den Galapagosinseln"). Only the bare phrase, after the first sentence."""
    title = analysis.article.title.strip()
    if not tokens or tokens[-1].tag != "NN" or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", title):
        return None
    noun = tokens[-1]
    before = [t.text.lower() for t in tokens[:-1]]
    if not title.lower().endswith(noun.text.lower()) or len(title) < len(noun.text) + 3 or noun.feature("Number") != "Plur":
        return None
    first = next((s.index for s in analysis.sentences if not s.is_heading), 0)
    if sentence.index <= first or not before or before[-1] not in ("die", "den", "der", "diese", "diesen", "dieser"):
        return None
    if len(before) > 2 or len(before) == 2 and tokens[0].tag != "APPR":
        return None
    article = {"diese": "die", "diesen": "den", "dieser": "der"}.get(before[-1], before[-1])
    return " ".join([*(t.text for t in tokens[:-2]), article, title])


# The topic names found for the clauses of the analysis last asked about (``topic_names``).
_topic_memo: list[tuple[Analysis, dict[tuple[int, Clause], dict[tuple[int, int], str]]]] = []


def topic_names(analysis: Analysis, sentence: Sentence, clause: Clause) -> dict[tuple[int, int], str]:
    """The clause's phrases that name the topic by its class noun, or a compound named just
    before by its head, with the name to put in (span → "Kreta" for "die Insel", "auf Kreta"
    for "auf der Insel", "in den Thunersee" for "in den See").

    Three question generators ask for each clause of the article's sentences: those answers are
    kept for the article last asked about, and each caller gets its own copy to add to."""
    if not (sentence.index < len(analysis.sentences) and analysis.sentences[sentence.index] is sentence):
        return _topic_names(analysis, sentence, clause)
    if not _topic_memo or _topic_memo[0][0] is not analysis:
        _topic_memo[:] = [(analysis, {})]
    found = _topic_memo[0][1]
    key = (sentence.index, clause)
    if key not in found:
        found[key] = _topic_names(analysis, sentence, clause)
    return dict(found[key])


def _topic_names(analysis: Analysis, sentence: Sentence, clause: Clause) -> dict[tuple[int, int], str]:
    """``topic_names`` worked out."""
    found: dict[tuple[int, int], str] = {}
    for constituent in clause.constituents:
        if constituent.clause is None:
            words = [t for t in sentence.tokens if constituent.start <= t.i < constituent.end]
            name = (topic_anaphor(analysis, sentence, words) or compound_antecedent(analysis, sentence, words)
                    or titled_work(analysis, sentence, words))
            if name:
                found[(constituent.start, constituent.end)] = name
    return found


# --- a work taken up by its class noun ("der Song" for the duet "Dream") ----------------------

# Nouns of works that carry a title in quotes: a closed class (kinds of named works).
WORK_NOUNS = frozenset({"Song", "Lied", "Single", "Album", "Duett", "Ballade", "Titel", "Track", "Soundtrack", "Film",
                        "Serie", "Buch", "Roman", "Werk", "Stück", "Theaterstück", "Oper", "Gedicht", "Spiel",
                        "Sendung", "Show", "Musical", "Zeitschrift", "Zeitung", "Magazin", "Hörspiel", "Gemälde"})
QUOTED_TITLE = re.compile(r'[„"“»‚]([^„"“”»«]{1,60}?)[“"”«‘]')
MAX_TITLE_WORDS = 8  # a longer quote is a citation, not a title


def titled_work(analysis: Analysis, sentence: Sentence, tokens: list[Token]) -> str | None:
    """The phrase with the title of the work it takes up: "der Song „Dream“" for "Der Song" after
    "… veröffentlichten Baekhyun und Bae Suzy ein Duett mit dem Titel "Dream"" (round 16: "three
    songs are named in the text; write der Song „Dream“"). The phrase must be a definite article
    (or a preposition with one) and a noun of ``WORK_NOUNS``; the nearest of its own sentence up
    to it and the ``WINDOW`` sentences before that quotes a title must quote exactly one. None
    otherwise (``untitled_work`` tells when the question should not be asked at all)."""
    titles = _titles_before(analysis, sentence, tokens)
    shape = _definite_noun(tokens)
    if titles is None or len(titles) != 1 or shape is None:
        return None
    before, noun = shape
    return " ".join([*(w.lower() for w in before), noun.text, f"„{titles[0]}“"])


def untitled_work(analysis: Analysis, sentence: Sentence, tokens: list[Token]) -> bool:
    """Is the phrase a definite work noun ("der Song") that ``titled_work`` cannot name while the
    text quotes several titles? Which song "Was erreichte der Song schnell?" means is then left
    to guess."""
    titles = _titles_before(analysis, sentence, tokens)
    if titles is None or len(titles) == 1:
        return False
    return len({title for s in analysis.sentences for title in _quoted_titles(s.text)}) > 1


def _titles_before(analysis: Analysis, sentence: Sentence, tokens: list[Token]) -> list[str] | None:
    """The titles quoted in the nearest sentence (up to the phrase) that quotes any; None when
    the phrase is no definite work noun."""
    shape = _definite_noun(tokens)
    if shape is None or (shape[1].lemma if shape[1].lemma[:1].isupper() else shape[1].text) not in WORK_NOUNS:
        return None
    own = sentence.text[: tokens[0].start - sentence.start]
    texts = [own, *(analysis.sentences[j].text for j in range(sentence.index - 1, max(-1, sentence.index - WINDOW - 1), -1)
                    if analysis.sentences[j].paragraph == sentence.paragraph)]
    for text in texts:
        titles = list(dict.fromkeys(_quoted_titles(text)))
        if titles:
            return titles
    return []


def _quoted_titles(text: str) -> list[str]:
    """The short quotes of a text that can be titles: a capital first, at most
    ``MAX_TITLE_WORDS`` words, no sentence inside ("Dream", not „Das Heil liegt in Dir selbst.“)."""
    return [title.strip() for title in QUOTED_TITLE.findall(text)
            if title.strip()[:1].isupper() and len(title.split()) <= MAX_TITLE_WORDS and not re.search(r"[.!?]$", title.strip())]


# --- a compound named just before, taken up by its head ("der See" for the Thunersee) --------

# Modifiers that make a relational compound: "die Hauptstadt" needs its country as much as "die Stadt".
RELATIONAL_MODIFIERS = frozenset({"haupt", "nachbar", "heimat", "geburt", "partner", "schwester", "mutter", "vater",
                                  "tochter", "neben", "ober", "unter", "vor", "nach", "teil", "gesamt", "ur", "ur-",
                                  "end", "anfang", "mittel", "nord", "süd", "ost", "west"})
LINKING_ELEMENTS = ("es", "en", "s", "n", "e")
ANTECEDENT_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des"})
# The singular genders each article (or contraction) before a name can show.
ARTICLE_GENDERS: dict[str, set[str]] = {
    "der": {"Masc", "Fem"}, "die": {"Fem"}, "das": {"Neut"}, "den": {"Masc"}, "dem": {"Masc", "Neut"},
    "des": {"Masc", "Neut"}, "zum": {"Masc", "Neut"}, "zur": {"Fem"}, "im": {"Masc", "Neut"}, "am": {"Masc", "Neut"},
    "vom": {"Masc", "Neut"}, "beim": {"Masc", "Neut"}, "ins": {"Neut"},
}
MIN_HEAD = 3  # "See"; a shorter head ("Ei", "Ort") ends too many words that are no compounds of it


def compound_antecedent(analysis: Analysis, sentence: Sentence, tokens: list[Token]) -> str | None:
    """The phrase with the compound put in for its head: "in den Thunersee" for "in den See"
    when the sentence before said "zum Thunersee fliesst", "die Tabakpflanze" for "die Pflanze".

    A text names a thing once in full and then by the compound's head with the definite
    article; a question keeping "den See" has no referent. The phrase must be a definite
    article, or a preposition with one, and the noun; the compound must stand
    earlier in the sentence or in one of the ``WINDOW`` sentences before, agree in number, and
    be the only word ending in that head in the nearest of these that has one (the text says
    "zum Thunersee" a sentence after "in den Brienzersee": "In den See" is the Thunersee), with
    no "ein See" in any of them; its modifier a noun the lexicon knows or a name's ("Thuner"),
    not a relational one ("Hauptstadt" needs its country too). None when any of this fails."""
    shape = _definite_noun(tokens)
    if shape is None:
        return None
    before, noun = shape
    head = noun.lemma if noun.lemma[:1].isupper() else noun.text
    if len(head) < MIN_HEAD or noun_lexicon().lookup(head, compound_fallback=False) is None:
        return None
    own = [t for t in sentence.tokens if t.i < tokens[0].i]
    window = [t for s in analysis.sentences[max(0, sentence.index - WINDOW) : sentence.index] for t in s.tokens] + own
    if any(t.lemma == head and k > 0 and window[k - 1].text.lower() in PARTITIVE | {"ein", "kein"} for k, t in enumerate(window)):
        return None  # "ein See": another one of that kind was introduced
    gender = "" if noun.feature("Number") == "Plur" else noun.feature("Gender")
    spans = [own, *(list(analysis.sentences[j].tokens) for j in range(sentence.index - 1, max(-1, sentence.index - WINDOW - 1), -1))]
    offset = len(window)
    modifiers: set[tuple[str, str]] = set()
    rivals: set[str] = set()  # every word ending in the head: a compound this rule rejects still competes
    for span in spans:  # the nearest sentence that names a compound of the head decides
        offset -= len(span)
        modifiers.clear()
        for k in range(offset, offset + len(span)):
            token = window[k]
            if token.tag not in ("NN", "NE"):
                continue
            number = token.feature("Number")
            word = _written(token)
            if number and noun.feature("Number") and number != noun.feature("Number") or word == head:
                continue  # "Unterseen" (a place the tagger read as plural) is no "See"
            for form in (word, token.text):  # the text too: the tagger's lemma of "Brienzersee" is "Brienzerse"
                if form.lower().endswith(head.lower()) and form != head:
                    rivals.add(form)
                    break
            modifier = _compound_modifier(analysis, token, head, gender)
            if modifier is None or not _referring(window, k):
                continue
            apposition = [] if token.tag == "NE" else _name_after(window, k)
            modifiers.add((modifier, " ".join(t.text for t in apposition)))
        if rivals:
            break
    if len(modifiers) != 1 or len(rivals) != 1:
        return None  # "vom Brienzersee in den Thunersee. Der See …": which one?
    modifier, name = modifiers.pop()
    word = modifier + (noun.text if modifier.endswith("-") else noun.text.lower())
    return " ".join([*(w.lower() for w in before), word, *name.split()])  # "In den See" opens its sentence; the phrase moves


def _name_after(words: list[Token], k: int) -> list[Token]:
    """The name right after a noun ("die Adelsfamilie Kanizsai"), which then goes with it."""
    name: list[Token] = []
    for token in words[k + 1 : k + 1 + MAX_NAME_WORDS]:
        if token.tag != "NE" and not (token.ent_label and token.tag == "NN" and token.text[:1].isupper()):
            break
        name.append(token)
    return name if len(name) < MAX_NAME_WORDS else []


def _referring(words: list[Token], k: int) -> bool:
    """Does the noun or name at ``k`` refer to one thing the text goes on about: a name, or a
    noun after a definite, demonstrative or possessive determiner, not in a partitive ("eine
    der gierigsten Nutzpflanzen" names a class the tobacco belongs to, not the plants meant
    after it)?"""
    j = k - 1
    while j >= 0 and words[j].tag in ("ADJA", "ADJD", "ADV", "KON", "CARD", "$("):
        j -= 1
    determiner = words[j] if j >= 0 else None
    if determiner is not None and j > 0 and words[j - 1].text.lower() in PARTITIVE:
        return False
    if words[k].tag == "NE" or words[k].ent_label:
        return True
    return determiner is not None and (determiner.tag in ("APPRART", "PPOSAT", "PDAT")
                                       or determiner.text.lower() in ANTECEDENT_DETERMINERS | TOPIC_DETERMINERS)


def _definite_noun(tokens: list[Token]) -> tuple[list[str], Token] | None:
    """"den See", "in den See", "im See" as (the words before the noun, the noun); None for any
    other phrase ("diesen See" is left to the demonstrative check: that question is not asked)."""
    if not tokens or tokens[-1].tag != "NN" or tokens[-1].ent_label:
        return None
    noun, rest = tokens[-1], tokens[:-1]
    if len(rest) == 1 and rest[0].tag == "APPRART":
        return [rest[0].text], noun
    if rest and rest[-1].text.lower() in ANTECEDENT_DETERMINERS and (
            len(rest) == 1 or len(rest) == 2 and rest[0].tag == "APPR"):
        return [t.text for t in rest], noun
    return None


def _written(token: Token) -> str:
    """A noun's lemma ("Thunersee" for "Thunersees"), a name as written (the tagger's lemma of
    a name or of an unknown word may be cut: "Brienzerse")."""
    return token.lemma if token.tag == "NN" and token.lemma[:1].isupper() else token.text


def _compound_modifier(analysis: Analysis, token: Token, head: str, gender: str) -> str | None:
    """The modifier of ``token`` as written ("Thuner", "Tabak", "Galapagos-") when it is a
    compound of ``head``; else None."""
    word = _written(token)
    if not word[:1].isupper() or len(word) < len(head) + MIN_HEAD or not word.lower().endswith(head.lower()):
        return None
    modifier = word[: -len(head)]
    bare = modifier.rstrip("-").lower()
    if bare in RELATIONAL_MODIFIERS:
        return None
    if token.tag == "NE" or token.ent_label:
        # "der Thunersee": a name takes its head's gender; "Eisenstadt" has no article, "die Ostsee" is no "See"
        genders = _article_genders(analysis, token.text)
        return modifier if gender in genders or genders and gender == "" else None
    if modifier.endswith("-"):
        return modifier if _known_noun(bare) else None
    entry = noun_lexicon().compound_entry(word)
    if entry is None or entry.head.lower() != head.lower():
        return None  # the lexicon splits it elsewhere
    return modifier if _known_noun(bare) else None


def _article_genders(analysis: Analysis, name: str) -> set[str]:
    """The genders the articles the text puts before ``name`` allow ("zum Thunersee": Masc or
    Neut; "den Thunersee": Masc), those no article of it excludes; empty when it has none."""
    found: set[str] | None = None
    for match in re.finditer(rf"\b({'|'.join(ARTICLE_GENDERS)}) {re.escape(name)}\b",
                             analysis.article.text, re.IGNORECASE):
        genders = ARTICLE_GENDERS[match.group(1).lower()]
        found = genders if found is None else found & genders
    return found or set()


def _known_noun(modifier: str) -> bool:
    """A modifier the lexicon knows as a noun, with or without its linking element ("Informations")."""
    stems = [modifier, *(modifier[: -len(e)] for e in LINKING_ELEMENTS if modifier.endswith(e) and len(modifier) > len(e) + 2)]
    return any(noun_lexicon().lookup(stem.capitalize(), compound_fallback=False) is not None for stem in stems)
