"""W-questions from the clause structure: one question per constituent the text answers clearly.

``wh_questions(analysis, facts)`` walks every clause of every sentence (``Sentence.clauses``)
and asks for each constituent whose role has a question word (``model.ROLES``): Wer/Was,
Wen/Was, Wem, Wessen, wo(r)+Präposition or Präposition+wen/wem, Von wem, Wann / Seit wann /
Bis wann / Wie lange / Wie oft, Wo / Wohin / Woher, Warum, Wozu, Wie viele, and for a
complement clause the verb's own question (Was sagte X? Wozu forderte X Y auf? Wessen
beschuldigte X Y?). The question text comes from ``realise.interrogative``; a pronoun is
replaced by the name ``extraction.reference.resolve`` gives when it is certain, else the
clause is not asked about. A possessive in the prompt is restated with its owner where the
text makes the owner certain ("Ihre Doktorarbeit" → "Anandis Doktorarbeit", "mit dem Mann der
Königin"), and stays where the asked subject owns it ("Wer überging seinen Sohn?"); one whose
owner is not certain is left for the round-trip check to refuse. All candidates come back in
text order (type "wh", ``skill`` the lower-case W-word); the selection across types is done
elsewhere.

Precision over recall: no question whose answer is a pronoun, a bare adverb ("dort",
"damals"), or the answer's words in the prompt; no question the realiser is unsure of; no
prompt asked twice with different answers. No "Wie" (manner): on unseen text the manner
adverbials the rules find are mostly degree words ("relativ", "vollständig").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from dataclasses import replace as dc_replace
from itertools import takewhile

from ..analysis.gazetteer import COUNTRIES_AND_PLACES
from ..analysis.lexicon import noun_lexicon
from ..extraction.facts import MONTHS, WEEKDAYS
from ..extraction.facts import SPEECH_VERBS as _FACT_SPEECH_VERBS
from ..extraction.reference import (
    DEFINITE_FORMS,
    WINDOW,
    person_lemma,
    person_noun,
    topic_anaphor,
    topic_class,
    topic_names,
    untitled_work,
)
from ..model import Analysis, Clause, Constituent, Fact, Question, Sentence, Token
from . import realise, wellformed
from .distractors import place_class

# wo(r)+preposition for things; prepositions without such a form are not asked about.
WO_FORMS = {
    "an": "Woran", "auf": "Worauf", "aus": "Woraus", "bei": "Wobei", "durch": "Wodurch",
    "für": "Wofür", "gegen": "Wogegen", "in": "Worin", "mit": "Womit", "nach": "Wonach",
    "über": "Worüber", "um": "Worum", "unter": "Worunter", "von": "Wovon", "vor": "Wovor",
    "zu": "Wozu", "zwischen": "Wozwischen",
}
# Prepositions with the accusative (for "Für wen", "Gegen wen"); the rest take the dative here.
ACCUSATIVE_PREPOSITIONS = frozenset({"für", "gegen", "um", "durch", "ohne"})
TWO_WAY_PREPOSITIONS = frozenset({"an", "auf", "in", "über", "unter", "vor", "hinter", "neben", "zwischen"})
TIME_WORDS = {"since": "Seit wann", "until": "Bis wann", "duration": "Wie lange", "frequency": "Wie oft"}
PLACE_WORDS = {"place": "Wo", "direction": "Wohin", "origin": "Woher"}
# The question a verb asks about its clause or zu-infinitive complement.
COMPLEMENT_WORDS = {
    "auffordern": "Wozu", "aufrufen": "Wozu", "zwingen": "Wozu", "ermutigen": "Wozu", "verpflichten": "Wozu",
    "überreden": "Wozu", "beschuldigen": "Wessen", "bitten": "Worum", "beschließen": "Was",
    "planen": "Was", "versuchen": "Was", "ankündigen": "Was", "versprechen": "Was", "vorwerfen": "Was",
    "sagen": "Was", "erklären": "Was", "berichten": "Was", "betonen": "Was", "mitteilen": "Was",
    "behaupten": "Was", "bestätigen": "Was", "fordern": "Was", "verlangen": "Was", "vorschlagen": "Was",
    "schreiben": "Was", "meinen": "Was", "glauben": "Was", "hoffen": "Worauf", "vereinbaren": "Was",
    "entscheiden": "Was", "wissen": "Was", "zeigen": "Was", "herausfinden": "Was", "entdecken": "Was",
    "bestreiten": "Was", "dementieren": "Was", "befürchten": "Was", "warnen": "Wovor",
}
# Verbs of state: their subject is not "Wer" even when it is a country or organisation.
STATIC_VERBS = frozenset({"sein", "liegen", "befinden", "heißen", "gehören", "grenzen", "bestehen", "geben",
                          "handeln", "stehen", "zählen", "bilden", "umfassen", "reichen", "fließen", "leben",
                          "verfügen", "besitzen", "haben", "blicken", "beherbergen"})
# Verbs whose subject is a person: "Was siedelte auf Kreta? – viele Griechen" must not be asked with Was.
HUMAN_VERBS = frozenset({"siedeln", "leben", "wohnen", "arbeiten", "sterben", "kämpfen", "heiraten", "fliehen",
                         "flüchten", "auswandern", "einwandern", "regieren", "studieren", "reisen", "malen", "singen",
                         "aufwachsen"})
# Verbs whose object is typically a person, a country or an organisation acting as one.
PERSON_OBJECT_VERBS = frozenset({"beschuldigen", "kritisieren", "unterstützen", "angreifen", "warnen", "auffordern",
                                 "bitten", "treffen", "sanktionieren", "besiegen", "verurteilen", "einladen",
                                 "anklagen", "wählen", "ernennen", "zwingen", "informieren", "bedrohen", "loben",
                                 "festnehmen", "verhaften", "töten", "ermorden", "heiraten", "entlassen"})
# Heads of noun phrases that name people or groups of people (lemma endings, lower case).
PERSON_ENDINGS = (
    "chef", "präsident", "minister", "kanzler", "könig", "kaiser", "soldat", "polizist", "arzt", "lehrer",
    "schüler", "student", "forscher", "wissenschaftler", "experte", "politiker", "sprecher", "bürger",
    "einwohner", "bewohner", "regierung", "behörde", "partei", "mann", "frau", "kind", "leute", "mensch",
    "person", "mitglied", "spieler", "trainer", "autor", "sänger", "künstler", "maler", "komponist",
    "schriftsteller", "dichter", "gründer", "erfinder", "entdecker", "besitzer", "arbeiter", "händler",
    "richter", "anwalt", "mörder", "verbrecher", "räuber", "entführer", "held", "prinz", "prinzessin", "graf",
    "herzog", "einheimische", "eltern", "großvater", "großmutter", "onkel", "tante", "enkel", "ehefrau", "ehemann", "journalist", "reporter", "vater", "mutter", "sohn", "tochter", "bruder", "schwester",
    "freund", "nachbar", "führer", "herrscher", "fürst", "bischof", "papst", "pfarrer", "ingenieur",
    "unternehmen", "konzern", "firma", "gericht", "ministerium", "verein", "gewerkschaft", "armee",
    "polizei", "militär", "staatschef", "chefin", "kollege", "kollegin", "schauspieler", "musiker",
    "fahrer", "pilot", "besucher", "meister", "bauer", "helfer", "kunde", "kundin", "gast", "sieger", "dieb", "zuschauer", "teilnehmer", "opfer", "täter", "gegner", "anhänger",
)
VAGUE_ANSWERS = frozenset({"dort", "hier", "da", "damals", "dann", "jetzt", "heute", "so", "das", "dies", "es",
                           "deshalb", "darum", "daher", "dabei", "dafür", "davon", "dazu", "damit", "darauf",
                           "hierzu", "trotzdem", "außerdem", "dennoch", "immer", "oft", "manchmal", "bald"})
# Verbs of saying: their clause is asked about only for what was said ("Was sagte Kim?").
SPEECH_VERBS = frozenset(_FACT_SPEECH_VERBS) | {"sagen", "erklären", "berichten", "betonen", "mitteilen", "behaupten",
                                                "bestätigen", "schreiben", "melden", "verkünden", "ankündigen"}
# Nouns of idioms and light-verb phrases: "sich auf den Weg machen" asks no "Wohin".
IDIOM_NOUNS = frozenset({"Weg", "Rolle", "Spiel", "Frage", "Rede", "Verfügung", "Hand", "Seite", "Lage", "Beispiel",
                         "Kraft", "Lauf", "Ende", "Sinn", "Acht", "Angriff", "Stelle", "Sprache", "Blick", "Grund"})
MIN_PROMPT_WORDS = 4
MEASURE_VERBS = frozenset({"betragen", "liegen"})  # a quantity is their object or "bei"-phrase
MAX_PROMPT_WORDS = wellformed.MAX_QUESTION_WORDS
# Determiners that exclude a case: a subject never starts with "den", an accusative object never with "dem".
NOT_NOMINATIVE = frozenset({"den", "dem", "einen", "einem", "des", "eines"})
NOT_ACCUSATIVE = frozenset({"dem", "einem", "der", "des", "eines", "einer"})
NOT_DATIVE = frozenset({"die", "das", "ein", "eine", "einen", "des", "eines"})
PLACE_NOUNS = ("stadt", "land", "dorf", "region", "gebiet", "straße", "haus", "fabrik", "schule", "kirche", "see",
               "fluss", "meer", "berg", "wald", "garten", "museum", "insel", "küste", "park", "platz", "hafen",
               "bahnhof", "welt", "norden", "süden", "osten", "westen", "tal", "ufer", "provinz", "staat", "kontinent",
               "gebirge", "wüste", "zentrum", "viertel", "gemeinde", "kreis", "bezirk", "hauptstadt", "ort", "raum",
               "halle", "zimmer", "gebäude", "burg", "schloss", "palast", "markt", "zoo", "universität", "krankenhaus",
               "hotel", "grenze", "nähe", "mitte", "ozean", "bucht", "strand", "feld", "stadion", "werk", "lager")
MAX_SENTENCE_TOKENS = 70
# Verbs whose object is a dative even where the determiner looks accusative ("den Superhelden" is
# plural): "sich anschließen" only with its reflexive ("Thor schließt sich den Superhelden an").
DATIVE_VERBS = frozenset({"helfen", "danken", "folgen", "begegnen", "gratulieren", "widersprechen", "zustimmen",
                          "vertrauen", "ähneln", "dienen", "schaden", "nützen", "gefallen", "beitreten", "angehören",
                          "unterliegen", "zuhören", "ausweichen", "nachfolgen", "entkommen", "drohen", "gehorchen"})
REFLEXIVE_DATIVE_VERBS = frozenset({"anschließen", "widmen", "nähern", "stellen", "zuwenden", "unterwerfen"})
# Nouns that say nothing on their own: "einen hohen Wert", "eine vierte Klasse", "die Unterscheidung"
# is an answer only with a genitive or a prepositional phrase that says of what.
EMPTY_NOUNS = frozenset({"Wert", "Art", "Teil", "Form", "Weise", "Sache", "Ding", "Fall", "Zahl", "Menge", "Anzahl",
                         "Reihe", "Möglichkeit", "Verfahren", "Klasse", "Sorte", "Bereich", "Thema", "Punkt",
                         "Aspekt", "Variante", "Version", "Gruppe", "Einheit", "Element", "Faktor", "Merkmal",
                         "Unterscheidung", "Verwendung", "Entwicklung", "Ergebnis", "Prozess", "Vorgang",
                         # round 8: "Was bilden die Tschangos-Dialekte? – eine Ausnahme" (from what?)
                         "Ausnahme", "Alternative", "Rolle", "Beispiel", "Besonderheit", "Unterschied"})
# The speaker and the addressed: no question can say whom they stand for.
SPEAKER_PRONOUNS = frozenset({"ich", "du", "wir", "ihr", "mich", "mir", "dich", "dir", "uns", "euch"})
# Nouns that name only "something" until a relative clause says what: "Dinge, die … größer sind".
GENERAL_NOUNS = frozenset({"Ding", "Sache", "Gegenstand", "Objekt"})
# Words that make a phrase point back to something said before: "eine solche Codierung".
POINTING_WORDS = frozenset({"solch", "solche", "solcher", "solches", "solchen", "solchem", "derartige", "derartigen",
                            "derartiger", "derartiges", "letztere", "letzterer", "letzteres", "letzteren", "erstere",
                            "ersterer", "genannte", "genannten", "besagte", "besagten", "obige", "obigen",
                            "dieselbe", "derselbe", "dasselbe", "denselben", "demselben", "derselben"})
# Time nouns that name no time a reader could give back: "in der Zukunft", "in den letzten Jahrzehnten".
VAGUE_TIME_NOUNS = frozenset({"Zukunft", "Vergangenheit", "Gegenwart", "Zwischenzeit", "Nachhinein", "Vorfeld",
                              "Rahmen", "Regel", "Geschichte", "Neuzeit", "Moderne"})
# Nouns that measure a stretch of time: a "Wie lange" answer holds one of them or a number.
DURATION_NOUNS = frozenset({"Jahr", "Tag", "Monat", "Woche", "Stunde", "Minute", "Sekunde", "Jahrhundert",
                            "Jahrzehnt", "Jahrtausend", "Zeit", "Weile", "Dauer", "Zeitraum", "Nacht", "Wochenende",
                            "Semester", "Saison", "Generation", "Leben", "Lebzeit"})
MONTH_NAMES = frozenset({"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                         "November", "Dezember", "Jänner"})
COPULAS = frozenset({"sein", "werden", "bleiben"})
# Prepositions that often tie a phrase to the noun just before it ("die Reaktionen aus der Gemeinschaft",
# "Flugzeuge mit Bomben", "ihre Arbeit zur Erhaltung der Umwelt", "ein Soloprojekt namens Ploghbill").
NOUN_PREPOSITIONS = frozenset({"aus", "von", "vom", "mit", "zu", "zur", "zum", "für", "über", "ohne", "gegen", "namens"})


@dataclass(frozen=True, slots=True)
class Ask:
    """A question about one constituent: the W-word, how the verb agrees, the answer."""

    word: str
    skill: str
    answer: str
    accepted: tuple[str, ...] = ()
    number: str | None = None  # force the finite verb's number ("Sing" for Wer/Was)


def wh_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    """Every W-question the clause structure supports, in text order (ids are set later)."""
    resolve = _resolver()
    names = entity_labels(facts)
    once = _told_once(analysis)
    candidates: list[Question] = []
    for sentence, seen in askable_sentences(analysis):
        if sentence.tokens[-1].text in (":", ";", ","):
            continue  # "Stämme nutzten den Tabak zur Behandlung von:": a list follows, the sentence is not whole
        for clause in sentence.clauses:
            if not clause.sure or clause.kind not in ("main", "coordinated", "subordinate", "relative"):
                continue
            if _spans_colon(sentence, clause):
                continue  # "Namen: In Deutschland heißen …": two sentences the splitter kept together
            if clause.mood == "subjunctive" and _main_lemma(sentence, clause) not in SPEECH_VERBS:
                continue  # "Wer rivalisiere …?": reported speech cut from its frame
            if _main_lemma(sentence, clause) in NAMING_VERBS:
                continue  # two nominatives or two accusatives: ``wh_names`` asks "Wie wurde X genannt?"
            if case_dependent(sentence, clause):
                continue  # "Der Fruchtknoten wird dann als mittelständig bezeichnet": in the case told before
            if any(infinitive_content(sentence, c) is not None for c in clause.constituents):
                continue  # "Wer erhielt den Befehl?" says no order: ``wh_more`` asks "Welchen Befehl erhielt X?"
            replace = _pronoun_names(analysis, sentence, clause, resolve)
            agreeing = as_phrase_agreement(sentence, clause)
            if replace is None or agreeing is None:
                continue
            replace |= agreeing
            listed = _appended_list(sentence, clause)
            replace |= listed
            owners = possessive_owners(analysis, sentence, clause, replace, resolve)
            contested = contested_possessives(analysis, sentence, clause, owners)
            speaker = _speaker(sentence, clause)
            frame = _inherited_frame(analysis, sentence, clause, replace)
            clause = _joined_places(sentence, _subject_first(sentence, _with_trailing_cause(sentence, clause)))
            clause = _ranged_object(sentence, clause)
            speech = _main_lemma(sentence, clause) in SPEECH_VERBS
            for constituent in clause.constituents:
                if speech and constituent.role != "complement":
                    continue  # "Wann sagten die USA?": what was said is the point, asked below
                if (constituent.start, constituent.end) in listed:
                    continue  # "darunter Dänemark": a list that belongs to the noun before it
                dropped = _needless_days(sentence, clause, constituent) if _main_lemma(sentence, clause) in once else {}
                question = _question(sentence, clause, constituent, replace | dropped, names, seen, speaker, frame,
                                     owners, contested)
                if question is not None:
                    candidates.append(question)
    written = [(q, realise.answer_in_text(str(q.answer), analysis, q.sentence)) for q in candidates]
    found = unambiguous([q if form == q.answer else dc_replace(q, answer=form) for q, form in written if form])
    return wellformed.teacher_filter(found, analysis)


def _told_once(analysis: Analysis) -> frozenset[str]:
    """The verbs the article uses in one clause only: what they tell is one event, which a question
    names without its day."""
    seen: dict[str, int] = {}
    for sentence in analysis.sentences:
        for clause in sentence.clauses:
            lemma = _main_lemma(sentence, clause)
            seen[lemma] = seen.get(lemma, 0) + 1
    return frozenset(lemma for lemma, count in seen.items() if count == 1 and lemma)


WHO_WHAT_ROLES = frozenset({"subject", "object_acc"})


def _needless_days(sentence: Sentence, clause: Clause, asked: Constituent) -> dict[tuple[int, int], str]:
    """The day of a one-off event ("am Freitag", "am 8. September") left out of a "Wer"/"Was"
    question: the verb and its object already single the event out, and the whole sentence
    repeated is answered by matching words (round 25: "Wer wird am Freitag ein trilaterales
    Gipfeltreffen in Washington abhalten?"). The day is what "Wann" asks. Not in the present, which
    may tell of every year's day ("Frauen verschenken am 14. Februar Schokolade")."""
    if clause.tense in ("present", "") or asked.role not in WHO_WHAT_ROLES:
        return {}
    if asked.role == "subject" and not any(c.role == "object_acc" for c in clause.constituents):
        return {}  # "Wer kam am Freitag an?": without an object the day is what singles the event out
    return {(c.start, c.end): "" for c in clause.role("time") if c is not asked and _day(span_tokens(sentence, c.start, c.end))}


def _day(tokens: list[Token]) -> bool:
    """"am Freitag", "am 8. September", "am Montag, dem 3. Mai": a day, nothing more."""
    if len(tokens) < 2 or tokens[0].text.lower() not in ("am", "an"):
        return False
    rest = tokens[1:]
    return any(t.text in WEEKDAYS or t.text in MONTHS for t in rest) and all(
        t.text in WEEKDAYS or t.text in MONTHS or t.tag in ("CARD", "ADJA", "ART", "$,") or t.text[:1].isdigit() for t in rest)


def _speaker(sentence: Sentence, clause: Clause) -> str | None:
    """The name of who says what the clause says: "„Das Niveau hängt von … ab“, sagte Kim" → Kim.
    A question on what someone said keeps whose claim it is ("Wovon hängt laut Kim … ab?"), or it
    asks the claim as a fact. Only a bare name (no article, so "laut" takes it unchanged), and
    only for the said clause and the clauses coordinated with it; None for anything else."""
    seen = 0
    while clause.parent is not None and seen <= len(sentence.clauses):
        parent = sentence.clauses[clause.parent]
        if clause.kind == "coordinated" and parent.lemma not in SPEECH_VERBS:
            clause, seen = parent, seen + 1
            continue
        if parent.lemma not in SPEECH_VERBS or parent.voice != "active" or clause.kind not in ("main", "subordinate"):
            return None
        conjunction = next((t for t in sentence.tokens if t.i == clause.conjunction), None)
        if clause.kind == "subordinate" and (conjunction is None or conjunction.text.lower() not in ("dass", "daß")):
            return None
        subjects = parent.role("subject")
        words = span_tokens(sentence, subjects[0].start, subjects[0].end) if len(subjects) == 1 else []
        if not subjects and parent.finite is not None:  # "…“, sagte Kim.": the name after the verb, left without a role
            words = [t for t in sentence.tokens if t.i > parent.finite and t.i in parent.tokens and not t.tag.startswith("$")]
        if not words or any(t.tag not in ("NE", "FM") and not t.ent_label for t in words) or any(t.tag == "ART" for t in words):
            return None
        return " ".join(t.text for t in words)
    return None


# Adverbs that set a past time frame for the sentences after them ("Unterhalb von Bern schlängelte
# sich die Aare früher wild durch das Seeland. Sie hat viele Überschwemmungen verursacht.").
FRAME_ADVERBS = frozenset({"früher", "damals", "einst", "einstmals", "ehemals", "ursprünglich", "anfangs"})
PAST_TENSES = frozenset({"past", "perfect", "pluperfect"})


def _inherited_frame(analysis: Analysis, sentence: Sentence, clause: Clause, replace: dict[tuple[int, int], str]) -> str | None:
    """The past-time adverb of the sentence before ("früher") that a clause continuing it keeps
    implicitly: its subject is a pronoun for that sentence's topic, it is in a past tense and has
    no time of its own. "Was hat die Aare verursacht?" without "früher" asks about today
    (Aare 4, round 10: "Was hat die Aare früher … verursacht?")."""
    subjects = clause.role("subject")
    if sentence.index == 0 or len(subjects) != 1 or (subjects[0].start, subjects[0].end) not in replace:
        return None
    if clause.tense not in PAST_TENSES or clause.role("time") or clause.kind not in ("main", "coordinated"):
        return None
    own = [t for t in sentence.tokens if t.i in clause.tokens]
    if any(t.text.lower() in FRAME_ADVERBS | {"heute", "heutzutage", "inzwischen", "seither", "dann", "danach"} for t in own):
        return None
    previous = analysis.sentences[sentence.index - 1]
    if previous.paragraph != sentence.paragraph or previous.is_heading:
        return None
    found = [t.text.lower() for t in previous.tokens if t.text.lower() in FRAME_ADVERBS and t.tag in ("ADV", "ADJD")]
    return found[0] if len(found) == 1 else None


def _with_frame(prompt: str, word: str, frame: str, subjects: list[str]) -> str:
    """The prompt with the frame adverb after its subject ("Was hat die Aare früher verursacht?"),
    or after the finite verb when the subject is asked or not named there."""
    body = prompt.removesuffix("?")
    head = " ".join(body.split()[: len(word.split()) + 1])
    rest = body[len(head):].strip()
    for subject in subjects:
        if rest.startswith(subject + " ") or rest == subject:
            return f"{head} {subject} {frame} {rest[len(subject):].strip()}".strip() + "?"
    return f"{head} {frame} {rest}".strip() + "?"


def askable_sentences(analysis: Analysis) -> Iterator[tuple[Sentence, frozenset[str]]]:
    """The sentences a question may come from (no heading, neither a fragment nor a run-on),
    each with the noun lemmas of the sentences before it (what a reader has already met)."""
    earlier: frozenset[str] = frozenset()
    for sentence in analysis.sentences:
        seen, earlier = earlier, earlier | {t.lemma for t in sentence.tokens if t.tag == "NN"}
        if not sentence.is_heading and 4 <= len(sentence.tokens) <= MAX_SENTENCE_TOKENS:
            yield sentence, seen


# Verbs with a name beside the named ("Der Bau wurde zuerst George Street Market genannt", "man
# nennt den Uluru Ayers Rock"): the roles cannot tell the two noun phrases apart, so a role
# question mixes them up ("Wer wurde der 1898 fertiggestellte Bau zuerst genannt?").
NAMING_VERBS = frozenset({"nennen", "taufen"})
WIDER_PLACE = frozenset({"in", "im", "bei", "nahe", "nahe bei", "an", "am"})


def _joined_places(sentence: Sentence, clause: Clause) -> Clause:
    """A place phrase and a named wider place right after it are one answer: "Wo wurde Lindbergh
    geboren? – in Detroit im Bundesstaat Michigan", not one of them with the other left in the
    question ("Wo wurde Lindbergh in Detroit geboren? – im Bundesstaat Michigan", which the
    checks reject as two place phrases). Only with nothing between the two but a bracket ("in
    Tiruchirappalli (Trichinopoly) in Südindien"), and only when the second names a place."""
    parts = list(clause.constituents)
    for k in range(len(parts) - 1):
        first, second = parts[k], parts[k + 1]
        if first.role != "place" or second.role != "place" or first.clause is not None or second.clause is not None:
            continue
        between = span_tokens(sentence, first.end, second.start)
        if between and not (between[0].text == "(" and between[-1].text == ")"):
            continue
        words = span_tokens(sentence, second.start, second.end)
        if not words or words[0].text.lower() not in WIDER_PLACE or not any(
                t.ent_label == "LOC" or t.tag == "NE" for t in words[1:]):
            continue
        joined = dc_replace(first, end=second.end, text=" ".join(t.text for t in span_tokens(sentence, first.start, second.end)),
                            sure=first.sure and second.sure)
        parts[k : k + 2] = [joined]
        return dc_replace(clause, constituents=tuple(parts))
    return clause


def _subject_first(sentence: Sentence, clause: Clause) -> Clause:
    """The clause read subject first where the case rules left two plural noun phrases open and
    the object is a general noun a relative clause describes: "Solche Miniaturen zeigen Dinge, die
    normalerweise viel größer sind" is read "Miniaturen zeigen Dinge" (a German reader takes the
    Vorfeld for the subject when nothing says otherwise, and "Dinge, die …" is what is shown, not
    what shows); any other clause as it was."""
    if clause.kind != "main" or clause.voice != "active" or clause.finite is None or len(clause.constituents) != 2:
        return clause
    subject, asked = clause.constituents
    if (subject.role, asked.role) != ("subject", "object_acc") or subject.sure or asked.sure:
        return clause
    if not subject.end <= clause.finite < asked.start or _described_end(sentence, asked) is None:
        return clause
    heads = [t for t in sentence.tokens if t.i in (subject.head, asked.head)]
    if len(heads) != 2 or any(t.tag != "NN" or t.feature("Number") != "Plur" for t in heads):
        return clause
    sure = tuple(dc_replace(c, sure=True) for c in clause.constituents)
    return dc_replace(clause, constituents=sure)


def _generic_subject(sentence: Sentence, clause: Clause) -> dict[tuple[int, int], str]:
    """"Solche Miniaturen" as "Miniaturen" where the subject is "solche" and a plural noun: a
    question about another phrase then asks about the kind in general ("Was zeigen Miniaturen?"),
    not about a "solche" with nothing before it in the prompt."""
    subjects = clause.role("subject")
    if len(subjects) != 1:
        return {}
    tokens = span_tokens(sentence, subjects[0].start, subjects[0].end)
    if len(tokens) != 2 or tokens[0].text.lower() != "solche" or tokens[1].tag != "NN" or tokens[1].feature(
            "Number") != "Plur":
        return {}
    return {(subjects[0].start, subjects[0].end): tokens[1].text}


def _described_end(sentence: Sentence, asked: Constituent) -> int | None:
    """Where the relative clause ends that follows a general noun ("Dinge, die normalerweise viel
    größer sind"): such a noun answers nothing alone, with its relative clause it says what the
    thing is. None for any other phrase."""
    tokens = span_tokens(sentence, asked.start, asked.end)
    head = next((t for t in tokens if t.i == asked.head), None)
    if asked.clause is not None or head is None or head.lemma not in GENERAL_NOUNS or tokens[-1] is not head:
        return None
    if not _relative_follows(sentence, asked.end):
        return None
    own = {k for k, c in enumerate(sentence.clauses) if c.kind == "relative" and c.antecedent == head.i}
    if len(own) != 1:
        return None
    inner = own | {k for k, c in enumerate(sentence.clauses) if c.parent in own}
    words = {i for k in inner for i in sentence.clauses[k].tokens}
    return max(t.i for t in sentence.tokens if t.i in words and not t.tag.startswith("$")) + 1


# Verbs that class or name a thing ("als mittelständig bezeichnen", "gilt als", "ist"): with
# "dann" the class holds only in the case the sentences before set up.
CLASSING_VERBS = frozenset({"bezeichnen", "nennen", "heißen", "gelten", "sprechen", "sein", "werden", "entstehen"})


def case_dependent(sentence: Sentence, clause: Clause) -> bool:
    """Does the clause class something only in a case set up before it? "Werden alle Teile
    emporgehoben, entsteht ein Blütenbecher. Der Fruchtknoten wird dann als mittelständig
    bezeichnet": "dann" points back to the condition, and the question, which drops the loose
    adverb, makes "oberständig" just as right (round 24). In a present-tense step of a process
    ("Die Setzlinge pflanzt man dann in Reihen") "dann" only orders, so only classing verbs count."""
    if clause.tense != "present" or _main_lemma(sentence, clause) not in CLASSING_VERBS:
        return False
    return any(t.i in clause.tokens and t.text.lower() == "dann" and t.tag == "ADV" for t in sentence.tokens)


def _bare_pointing_prompt(sentence: Sentence, clause: Clause, prompt: str, word: str, right: tuple[str, ...]) -> bool:
    """Is the prompt only the W-word, its verbs and one definite noun that points back: one person
    by a role ("der Mörder"; "die Forscher" are any) or an action by its noun ("die Förderung", of
    what?)? Rounds 22 and 24 judged "Was erhielt der Mörder?" and "Was schafft die Förderung?" bad:
    out of the text neither says who or what is meant. A name or an attribute says it ("die
    Förderung der Bodenschätze")."""
    words = prompt.rstrip("?").split()[len(word.split()) + 1:]
    rest = [w for w in words if w not in right and w not in realise.CONNECTIVES]  # "aber" goes later
    if len(rest) != 2 or rest[0] not in ("der", "die", "das", "den", "dem", "des"):
        return False
    noun = next((t for t in sentence.tokens if t.text == rest[1] and t.tag == "NN"), None)
    if noun is None and rest[1][:1].isupper():  # a pronoun's antecedent: "Er erhielt …" → "der Mörder"
        noun = Token(i=-1, text=rest[1], start=0, end=0, lemma=rest[1], pos="NOUN", tag="NN")
    if noun is None:
        return False
    subject = noun.i < 0 or any(c.start <= noun.i < c.end for c in clause.role("subject"))
    plural = noun.feature("Number") == "Plur" or subject and clause.number == "Plur"
    action = (noun.lemma or noun.text).endswith("ung") and word == "Was"  # what the action did: of what?
    return action or person_noun(noun) and not plural


# Verbs by which something comes to be at a place: built, founded, opened.
FOUNDING_VERBS = frozenset({"errichten", "bauen", "erbauen", "gründen", "eröffnen", "einrichten", "anlegen"})


def _undated_founding(sentence: Sentence, clause: Clause, asked: Constituent) -> bool:
    """Does the question ask what was built or founded at a place without saying when? Many
    things are built in one town over the centuries, so "Was wurde in Eisenstadt errichtet?"
    has several answers (round 24); with the time ("1991", "nach dem Krieg") it has one."""
    if asked.role != "subject" or clause.voice != "passive" or _main_lemma(sentence, clause) not in FOUNDING_VERBS:
        return False
    return not any(c is not asked and c.role == "time" for c in clause.constituents)


def _restricted_noun(sentence: Sentence, constituent: Constituent) -> bool:
    """Does the prompt keep an amount of something whose relative clause says which ones are
    counted ("der Anzahl der Ja-/Nein-Fragen, die man bei einer idealen Fragestrategie braucht")?
    Without it the amount is another one (round 24: "Was entspricht der Anzahl der Ja-/Nein-
    Fragen?"). Elsewhere a relative clause mostly adds ("mit Organtransplantationen, die zunächst
    selten durchgeführt wurden"), and the question stands without it."""
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    if constituent.clause is not None or not tokens or tokens[-1].tag != "NN" or not _relative_follows(sentence, constituent.end):
        return False
    amount = next((k for k, t in enumerate(tokens[:-1]) if t.tag == "NN" and t.lemma in _AMOUNT_NOUNS), None)
    if amount is None or not (amount > 0 and tokens[amount - 1].lemma in ("der", "die", "das")):
        return False  # "eine kleine Zahl von Instruktionen, die schnell ausgeführt werden": any such number
    return any(c.kind == "relative" and c.antecedent == tokens[-1].i for c in sentence.clauses)


def _examples(sentence: Sentence, end: int, replace: dict[tuple[int, int], str]) -> tuple[str, ...]:
    """The list after a colon that ends the sentence, which a reader may give for the general
    noun it names examples of (": eine Landschaft, den Eiffelturm oder eine Eisenbahn"); () for anything else."""
    after = [t for t in sentence.tokens if t.i >= end]
    if len(after) < 3 or after[0].text != ":" or after[-1].text != ".":
        return ()
    listed = after[1:-1]
    if not any(t.tag == "KON" for t in listed) or any(
            t.tag not in ("ART", "ADJA", "NN", "NE", "$,", "KON", "CARD", "TRUNC") for t in listed):
        return ()
    return (realise.render(sentence, listed[0].i, listed[-1].i + 1, replace),)


# Words that open a list of members of the noun before them after a comma ("in 26 Ländern, darunter
# Dänemark, Deutschland und Schweden"): what follows names some of them and is no phrase of the clause.
LIST_OPENERS = ("darunter", "unter anderem", "u. a.", "u.a.", "insbesondere", "vor allem")


def _appended_list(sentence: Sentence, clause: Clause) -> dict[tuple[int, int], str]:
    """The constituents from ", darunter" (``LIST_OPENERS``) to the clause's end, each left out of
    a prompt: "Das Unternehmen hatte Ende 2017 rund 23.000 Beschäftigte in 26 Ländern, darunter
    Dänemark und Deutschland" → "Wie viele Beschäftigte hatte das Unternehmen Ende 2017 in 26
    Ländern?" (MLQA; the list names some of the countries, the analysis read it as two adverbials)."""
    words = {t.i: t for t in sentence.tokens}
    ordered = sorted(clause.constituents, key=lambda c: c.start)
    for k, constituent in enumerate(ordered):
        comma = words.get(constituent.start - 1)
        if comma is None or comma.text != "," or k == 0 or constituent.clause is not None:
            continue
        opening = " ".join(t.text.lower() for t in span_tokens(sentence, constituent.start, constituent.end)[:3])
        if not any(opening == opener or opening.startswith(opener + " ") for opener in LIST_OPENERS):
            continue
        rest = ordered[k:]
        if any(c.clause is not None or c.role in ("subject", "complement") for c in rest):
            return {}
        return {(c.start, c.end): "" for c in rest}
    return {}


def _spans_colon(sentence: Sentence, clause: Clause) -> bool:
    """Does a colon or semicolon stand between the clause's first and last token, outside
    brackets? One inside a bracket stays there, and a question leaves brackets out ("Die 12.
    FIFA Junioren-Fußballweltmeisterschaft (offiziell: 10th FIFA World Youth Championship) fand
    … statt", "Fahd (arabisch …; * 1921 in Riad; † 1. August 2005 ebenda) war …")."""
    if not clause.tokens:
        return True
    first, last = min(clause.tokens), max(clause.tokens)
    depth = 0
    for token in sentence.tokens:
        depth += (token.text == "(") - (token.text == ")")
        if depth == 0 and token.text in (":", ";") and first < token.i < last:
            return True
    return False


def _disagreeing_subject(sentence: Sentence, clause: Clause, replace: dict[tuple[int, int], str]) -> bool:
    """Does the subject's head noun (or, with no subject, the one noun phrase the rules were unsure
    of) differ in number from the finite verb? Then one item of a coordinated subject was kept, and
    a question keeping the verb's form would not agree."""
    # with no subject, an unsure noun phrase may be the one that lost its number
    subjects = clause.role("subject") or tuple(c for c in clause.constituents if not c.sure and c.role == "object_acc")
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if (subject.start, subject.end) in replace or clause.finite is None:
        return False
    tokens = span_tokens(sentence, subject.start, subject.end)
    if any(t.tag in ("KON", "CARD") or t.text == "," or t.lemma in _AMOUNT_NOUNS for t in tokens):
        return False  # "97 Prozent der Landfläche waren …", "die Hälfte … stammen": agreement by sense
    head = next((t for t in tokens if t.i == subject.head), None)
    finite = next((t for t in sentence.tokens if t.i == clause.finite), None)
    if head is None or finite is None or head.tag not in ("NN", "NE"):
        return False
    verb_number = finite.feature("Number") or clause.number
    noun_number = head.feature("Number")
    return bool(verb_number and noun_number and verb_number != noun_number)


_AMOUNT_NOUNS = frozenset({"Prozent", "Teil", "Hälfte", "Drittel", "Viertel", "Mehrheit", "Minderheit", "Reihe",
                           "Zahl", "Anzahl", "Gros", "Großteil", "Menge", "Paar", "Million", "Milliarde", "Dutzend"})


def _unplaced_noun_phrase(sentence: Sentence, constituent: Constituent) -> bool:
    """A noun phrase with an article the clause rules gave no role (an unsure adverbial): most
    often a conjunct cut off from a list ("erwarb einen Bachelor …, einen Masterabschluss …
    sowie einen MBA"), which a question would keep as a stray second object."""
    first = span_tokens(sentence, constituent.start, constituent.start + 1)
    if not (not constituent.sure and constituent.role == "adverbial" and bool(first) and first[0].tag == "ART"):
        return False
    comma = span_tokens(sentence, constituent.start - 1, constituent.start)
    dated = any(t.tag == "CARD" or t.text[:1].isdigit() for t in span_tokens(sentence, constituent.start, constituent.end))
    return not (dated and comma and comma[0].text == ",")  # "Am folgenden Tag, dem 18. Januar, …": a date's apposition


# Comparatives whose form does not start with their lemma and "-er" ("gut" → "besser").
IRREGULAR_COMPARATIVES = frozenset({"mehr", "weniger", "besser", "lieber", "eher", "höher", "näher"})


def _comparative(token: Token) -> bool:
    """Is the adjective or adverb a comparative ("gemäßigteren", "größer", "mehr")? Read from its
    form against its lemma (the analysis gives no degree): "-er" after the lemma, umlaut allowed."""
    text = token.text.lower()
    if text in IRREGULAR_COMPARATIVES:
        return True
    if token.tag not in ("ADJA", "ADJD") or not token.lemma:
        return False
    plain = text.translate(str.maketrans("äöü", "aou"))
    lemma = token.lemma.lower().translate(str.maketrans("äöü", "aou"))
    return plain.startswith(lemma + "er") or lemma.endswith("e") and plain.startswith(lemma + "r")


def _compared(sentence: Sentence, clause: Clause, asked: Constituent) -> bool:
    """Does the asked phrase hold the comparative of an "als"-phrase the question keeps ("einen
    deutlich gemäßigteren Liberalismus als seine Frau vertrat")? Without its comparative the
    "als"-phrase reads as a role ("Was vertrat Kronprinz Friedrich Wilhelm als seine Frau?")."""
    if not any(_comparative(t) for t in span_tokens(sentence, asked.start, asked.end)):
        return False
    for other in clause.constituents:
        first = span_tokens(sentence, other.start, other.start + 1) if other is not asked else []
        if first and first[0].text.lower() == "als" and first[0].tag == "KOKOM":
            return True
    return False


def _tied_to_noun(sentence: Sentence, clause: Clause, asked: Constituent) -> bool:
    """Is the asked phrase a noun with a prepositional phrase right after it, or such a phrase
    right after a common noun (a name rarely takes one: "kaufte Lindbergh für 16.000 US-Dollar")?
    The phrase then most often belongs to the noun ("die Reaktionen aus der
    Gemeinschaft", "Flugzeuge mit Bomben", "ihre Arbeit zur Erhaltung der Umwelt"), and asking
    one half leaves the other half of the answer in the question."""
    by_start = {c.start: c for c in clause.constituents if c.clause is None}
    by_end = {c.end: c for c in clause.constituents if c.clause is None}
    if asked.clause is not None:
        return False
    pairs = [(asked, by_start.get(asked.end)), (by_end.get(asked.start), asked)]
    for noun, phrase in pairs:
        if noun is None or phrase is None or "time" in (noun.role, phrase.role) or phrase.role in (
                "subject", "object_acc", "object_dat", "object_prep"):
            continue  # a prepositional object is the verb's ("verfügt die Halbinsel über …")
        if phrase.preposition in ("zu", "zur", "zum") and noun.role in ("subject", "object_acc", "object_dat"):
            continue  # "Flugzeuge zur Lokalisierung genutzt", "den Kretern zu Hilfe": the verb's purpose
        last = span_tokens(sentence, noun.start, noun.end)[-1:]
        first = span_tokens(sentence, phrase.start, phrase.end)[:1]
        if last and first and last[0].tag == "NN" and first[0].text.lower() in NOUN_PREPOSITIONS:
            return True
    return False


def _question(
    sentence: Sentence, clause: Clause, asked: Constituent, replace: dict[tuple[int, int], str], names: dict[str, str],
    earlier: frozenset[str] = frozenset(), speaker: str | None = None, frame: str | None = None,
    owners: dict[int, str] | None = None, contested: frozenset[int] = frozenset(),
) -> Question | None:
    if not asked.sure or replace.get((asked.start, asked.end)) == "es":
        return None  # unsure, or the expletive "es" of "es kam zu …"
    if asked.role != "subject" and _disagreeing_subject(sentence, clause, replace):
        return None  # "Woran beteiligten sich die Filmförderungsanstalt?": the subject was cut from a list
    if _tied_to_noun(sentence, clause, asked):
        return None  # "Was wurde maßgebend aus der Gemeinschaft? – die Reaktionen": half the answer stays behind
    if any(c is not asked and _unplaced_noun_phrase(sentence, c) for c in clause.constituents):
        return None  # "Was erwarb Sundar Pichai in Metallurgie einen Masterabschluss …?": a list item cut loose
    if _compared(sentence, clause, asked):
        return None  # "Was vertrat Kronprinz Friedrich Wilhelm als seine Frau?": the comparison lost its comparative
    if any(c is not asked and _described_end(sentence, c) is not None for c in clause.constituents):
        return None  # "Was zeigt Dinge? – ein Miniaturpark": the prompt would keep the noun without its relative clause
    if _undated_founding(sentence, clause, asked):
        return None  # "Was wurde in Eisenstadt errichtet?": a town sees many buildings over the years
    if any(c is not asked and _restricted_noun(sentence, c) for c in clause.constituents):
        return None  # "Was entspricht der Anzahl der Ja-/Nein-Fragen?": which ones count, the relative clause said
    modifiers = _conjunction_modifiers(sentence, clause)
    if (asked.start, asked.end) in modifiers:
        return None
    replace = replace | modifiers
    ask = _ask(sentence, clause, asked, replace, names)
    if ask is None:
        return None
    if asked.role != "subject":
        replace = replace | _generic_subject(sentence, clause)
    owners = owners or {}
    restated, bound = _prompt_possessives(sentence, clause, asked, ask.word, replace, owners, contested)
    prompt = realise.interrogative(sentence, clause, asked, ask.word, replace=replace, number=ask.number)
    prompt = prompt and realise.perfect_for_pluperfect(prompt, ask.word, sentence, clause, asked)
    named = set(re.findall(r"[\w’'.-]+", prompt or ""))
    restated = {span: text for span, text in restated.items() if owners[span[0]].split()[-1] not in named}
    if prompt is not None and restated:  # "Worüber sprach Victoria mit ihrem Mann?" names her already
        prompt = realise.interrogative(sentence, clause, asked, ask.word, replace=replace | restated, number=ask.number)
        prompt = prompt and realise.perfect_for_pluperfect(prompt, ask.word, sentence, clause, asked)
    if prompt is not None and speaker is not None and speaker not in prompt:
        words = prompt.split()
        at = len(ask.word.split()) + 1  # after the finite verb: "Wovon hängt laut Kim …?"
        prompt = " ".join([*words[:at], "laut", speaker, *words[at:]])
    if prompt is not None and frame is not None and asked.role != "time":
        prompt = _with_frame(prompt, ask.word, frame, [replace[(c.start, c.end)] for c in clause.role("subject")
                                                        if (c.start, c.end) in replace and c is not asked])
    if prompt is None or not _good_prompt(prompt, ask):
        return None
    word, right = ask.word, realise.kept_verbs(sentence, clause, asked)
    if _bare_pointing_prompt(sentence, clause, prompt, word, right):
        return None  # "Was erhielt der Mörder?", "Was schafft die Förderung?": which one, the sentences before said
    if word == "Wessen":
        prompt, word, right = _as_reproach(prompt, right, sentence, clause)
    # the cheap checks on the source first, the round trip through the analysis last; they read the
    # conjunct the question asks from ("2003 … restauriert und am 17. Juli 2004 … wiederaufgestellt"
    # holds two times, each conjunct one)
    checked = realise.conjunct(sentence, clause, asked) or clause
    if wellformed.reading_problems(sentence, checked, asked, ask.skill):
        return None
    described = _described_end(sentence, asked)
    answered = asked if described is None else dc_replace(asked, end=described)  # the checks see the relative clause
    if wellformed.source_problems(sentence, checked, answered, prompt, ask.answer, ask.skill, earlier):
        return None
    if not wellformed.well_formed_question(prompt, word=word, verbs=right, owner_asked=bound):
        return None
    return Question(
        id="", type="wh", prompt=prompt, answer=ask.answer, sentence=sentence.index, evidence=sentence.text,
        explanation=f"Im Text steht: „{sentence.text}“", accepted=ask.accepted, focus="content", skill=ask.skill,
    )


def _conjunction_modifiers(sentence: Sentence, clause: Clause) -> dict[tuple[int, int], str]:
    """The word before a subordinate clause's conjunction that the analysis took into the clause
    ("kurz bevor", "gleich nachdem", "erst als"): it modifies the conjunction, and the question,
    which drops the conjunction, leaves it out (round 17: "Womit beginnen kurz Südkorea und die
    USA?" from "… kommt kurz bevor Südkorea und die USA mit den jährlichen Militärübungen beginnen")."""
    if clause.kind != "subordinate":
        return {}
    conjunction = next((t.i for t in sentence.tokens if t.i in clause.tokens and t.tag == "KOUS"), None)
    if conjunction is None:
        return {}
    return {(c.start, c.end): "" for c in clause.constituents
            if c.end <= conjunction and len(span_tokens(sentence, c.start, c.end)) == 1
            and span_tokens(sentence, c.start, c.end)[0].tag in ("ADV", "ADJD")}


def _prompt_possessives(
    sentence: Sentence, clause: Clause, asked: Constituent, word: str, replace: dict[tuple[int, int], str],
    owners: dict[int, str], contested: frozenset[int] = frozenset(),
) -> tuple[dict[tuple[int, int], str], bool]:
    """The possessives the prompt keeps, restated with their owners ("Ihre Doktorarbeit" →
    "Anandis Doktorarbeit"), and whether one stays because the asked subject owns it ("Wer
    überging seinen Sohn und Thronfolger?"). One in the answer stays as the text has it; one
    without a certain owner stays too, and the round-trip check refuses the question."""
    restated: dict[tuple[int, int], str] = {}
    bound = False
    for token in sentence.tokens:
        if token.tag != "PPOSAT" or token.i not in clause.tokens or asked.start <= token.i < asked.end:
            continue
        if any(start <= token.i < end for start, end in replace):
            continue
        if token.i not in contested and bound_to_asked(sentence, clause, asked, word, token, owners):
            bound = True
            continue
        if token.i in owners and _answers_owner(sentence, asked, replace, owners[token.i]):
            continue  # the answer's own: "Wer trat in die Fußstapfen ihrer Mutter? – Jaitley"
        found = realise.owned(sentence, token, owners[token.i]) if token.i in owners else None
        if found is not None:
            restated[found[0]] = found[1]
    return restated, bound


# "jdn. beschuldigen, etwas getan zu haben" says what "jdm. vorwerfen, …" says; learners know
# "Was werfen die USA Nordkorea vor?", few know "Wessen beschuldigen die USA Nordkorea?".
REPROACH_FORMS = {("Sing", "present"): "wirft", ("Plur", "present"): "werfen",
                  ("Sing", "past"): "warf", ("Plur", "past"): "warfen"}


def _as_reproach(
    prompt: str, right: tuple[str, ...], sentence: Sentence, clause: Clause
) -> tuple[str, str, tuple[str, ...]]:
    """A "Wessen … beschuldigen" question as "Was … vorwerfen" (prompt, W-word, the verbs of its
    right bracket), where the accused keeps its form in the dative (a name or a bare noun:
    "Nordkorea"; not "den Mann"); else as it was."""
    unchanged = prompt, "Wessen", right
    if clause.voice != "active" or _main_lemma(sentence, clause) != "beschuldigen":
        return unchanged
    accused = next((c for c in clause.constituents if c.role == "object_acc"), None)
    if accused is None or any(t.tag not in ("NE", "NN") for t in span_tokens(sentence, accused.start, accused.end)):
        return unchanged
    words = prompt.removeprefix("Wessen ").rstrip("?").split()
    if words[-1] in ("beschuldigt", "beschuldigen"):
        words[-1] = "vorgeworfen" if words[-1] == "beschuldigt" else "vorwerfen"
    elif words[0].startswith("beschuldig") and (clause.number, clause.tense) in REPROACH_FORMS:
        words = [REPROACH_FORMS[clause.number, clause.tense], *words[1:], "vor"]
    else:
        return unchanged
    return "Was " + " ".join(words) + "?", "Was", (words[-1],)


def _good_prompt(prompt: str, ask: Ask) -> bool:
    """Long enough to say something, and not containing its own answer."""
    words = prompt.split()
    named = any(word[:1].isupper() for word in words[len(ask.word.split()) + 1 :])  # "Wo liegt Sofia?" says enough
    if not MIN_PROMPT_WORDS - (ask.skill == "was-sagte" or named) <= len(words) <= MAX_PROMPT_WORDS:
        return False
    if prompt.endswith(".?") and prompt[-3:-2].isdigit():
        return False  # "Wann endeten die Arbeiten 2011.?": a year the tokeniser read as an ordinal
    lowered = prompt.lower()
    if BACK_REFERENCE.search(prompt):
        return False  # "Wann spielte man so etwas Ähnliches im alten China?": similar to what the sheet does not say
    return all(variant.lower() not in lowered for variant in (ask.answer, *ask.accepted) if len(variant) > 2)


# Phrases that point back to an earlier sentence for what they mean ("so etwas Ähnliches", "etwas
# Ähnliches", "so etwas"): a question standing alone on the sheet cannot say what.
BACK_REFERENCE = re.compile(r"\b(?:so etwas|etwas Ähnliche[sn]?|so was)\b(?! wie\b)")


# --- which question word ------------------------------------------------------------------


def _ask(
    sentence: Sentence, clause: Clause, asked: Constituent, replace: dict[tuple[int, int], str], names: dict[str, str]
) -> Ask | None:
    tokens = span_tokens(sentence, asked.start, asked.end)
    described = _described_end(sentence, asked) is not None
    if not tokens or _cut_off(sentence, asked, tokens, replace):
        return None
    if _vague(tokens, asked, replace) and not described and _which_noun(sentence, asked, tokens, replace) is None:
        return None
    first = tokens[0].text.lower()
    if (asked.role == "subject" and first in NOT_NOMINATIVE or asked.role == "object_acc" and first in NOT_ACCUSATIVE
            or asked.role == "object_dat" and first in NOT_DATIVE):
        return None  # the determiner contradicts the role: the parse is wrong here
    others = [c for c in clause.constituents if c is not asked and c.clause is None and (c.role != "adverbial" or c.end - c.start > 1)]
    if not others and asked.role != "complement":
        return None  # "Was hat dennoch auch?": nothing left to ask about
    if asked.role in ("adverbial", "place", "object_prep") and _located(sentence, clause, asked, tokens):
        return _answer(sentence, asked, tokens, "Wo", replace)
    if asked.role == "adverbial" and first == "als":
        return _ask_role(sentence, clause, asked, tokens, replace)
    if _times(tokens):
        return _answer(sentence, asked, tokens, "Wie oft", replace)
    if asked.role in ("adverbial", "time") and _age(tokens):
        return _ask_age(sentence, asked, tokens, replace)
    if asked.role in COUNTED_PHRASE_ROLES:
        counted = _how_many_in(sentence, clause, asked, tokens, replace)
        if counted is not None:
            return counted
    handler = _HANDLERS.get(asked.role)
    return handler(sentence, clause, asked, tokens, replace, names) if handler else None


def _times(tokens: list[Token]) -> bool:
    """A count of times, whatever role the parser gave it: "Die X-24A flog insgesamt 28-mal" →
    Wie oft flog die X-24A insgesamt? – 28-mal (tagged a noun and read as the object, it was
    asked with "Was"). Also "28 Mal" in two words."""
    words = [t.text for t in tokens]
    return bool(re.fullmatch(r"\d+-?mal", words[0], re.IGNORECASE)) if len(words) == 1 else (
        len(words) == 2 and words[0].isdigit() and words[1] == "Mal")


# Verbs whose "als"-phrase names a role or a name ("arbeitete als Lehrer", "wurde als Kaiser
# eingesetzt", "werden als Numerologie bezeichnet"): "Als was …?" asks for it. Uses ("als Medizin
# verwendet") are wh_kinds' "Wofür"; "als … tätig sein" is a copula clause the checks refuse.
# ("sich als … beschäftigen mit" is no role given: not here)
ROLE_VERBS = frozenset({"arbeiten", "bezeichnen", "einsetzen", "gelten", "amtieren", "fungieren", "anstellen", "ernennen"})


# The years of an age: "mit 71 Jahren", "im Alter von zwei Jahren", "im Alter von 14".
_AGE = re.compile(r"(mit|im alter von) (\d{1,3}|[a-zäöüß]+)( jahren)?")


def _age(tokens: list[Token]) -> bool:
    """"Anlässlich des Debüts seines Enkels trat er *mit 71 Jahren* noch einmal auf." The number
    is a digit or a number word and "Jahren" follows, except after "im Alter von"."""
    text = " ".join(t.text for t in tokens).lower()
    match = _AGE.fullmatch(text)
    if match is None or not (match.group(3) or match.group(1) == "im alter von"):
        return False
    number = match.group(2)
    return number.isdigit() and 0 < int(number) < 130 or number in _NUMBERS


def _ask_age(sentence: Sentence, asked: Constituent, tokens: list[Token], replace: dict) -> Ask | None:
    """"Mit zwölf Jahren bekam er von seinen Eltern einen Chemiebaukasten." → In welchem Alter
    bekam … einen Chemiebaukasten? – mit zwölf Jahren (also "zwölf", "zwölf Jahre")."""
    ask = _answer(sentence, asked, tokens, "In welchem Alter", replace)
    if ask is None:
        return None
    number = next(t.text for t in tokens if t.tag == "CARD" or t.text.lower() in _NUMBERS or t.text.isdigit())
    variants = (number, f"{number} Jahre", f"mit {number} Jahren", f"im Alter von {number} Jahren")
    return dc_replace(ask, skill="in-welchem-alter", accepted=tuple(dict.fromkeys(v for v in (*ask.accepted, *variants) if v != ask.answer)))


def _ask_role(sentence: Sentence, clause: Clause, asked: Constituent, tokens: list[Token], replace: dict) -> Ask | None:
    """"Peter Müller arbeitete viele Jahre als Lehrer in Berlin." → Als was arbeitete Peter Müller
    viele Jahre in Berlin? – als Lehrer (also "Lehrer"). Only a noun phrase after "als" (no clause,
    no list of qualities) with a verb that gives a role or a name (``ROLE_VERBS``)."""
    rest = tokens[1:]
    if _main_lemma(sentence, clause) not in ROLE_VERBS or asked.clause is not None or not rest or rest[-1].tag not in ("NN", "NE"):
        return None
    if any(t.tag not in ("ART", "ADJA", "NN", "NE", "APPR", "APPRART", "CARD") for t in rest):
        return None  # "als gesundes, zurückhaltendes und schüchternes Kind": qualities, not a role
    ask = _answer(sentence, asked, tokens, "Als was", replace)
    if ask is None:
        return None
    bare = realise.render(sentence, rest[0].i, asked.end, replace)
    return dc_replace(ask, skill="als-was", accepted=tuple(dict.fromkeys((*ask.accepted, bare))))


def _how_many(sentence: Sentence, asked: Constituent, tokens: list[Token], replace: dict) -> Ask | None:
    """"mehr als 100 Raketentests" → Wie viele Raketentests …? – mehr als 100; a list of the counted
    after a comma stays out ("vier Kinder, Rajmohan, Gopalkrishna, Ramchandra und Tara" → Wie viele
    Kinder …? – vier, as people asked of MLQA)."""
    tokens = _without_listed_members(tokens)
    cards = [k for k, t in enumerate(tokens) if t.tag == "CARD"]
    if asked.clause is not None or (asked.start, asked.end) in replace:
        return None
    ranged = len(cards) == 2 and cards[1] == cards[0] + 2 and _range_of(tokens[: cards[0]], tokens[cards[0] + 1])
    if len(cards) != 1 and not ranged:
        return None
    k = cards[-1]
    before, after = tokens[: cards[0]], tokens[k + 1 :]
    if any(t.text.lower() not in _QUANTIFIERS and not (ranged and t is before[-1]) for t in before):
        return None
    if not after or after[-1].tag != "NN" or any(t.tag not in ("ADJA", "NN") for t in after) or len(after) > 3:
        return None
    if after[-1].feature("Number") == "Sing" or not tokens[k].text[:1].isdigit() and tokens[k].text.lower() not in _NUMBERS:
        return None
    counted = realise.render(sentence, after[0].i, after[-1].i + 1)
    answer = realise.phrase(sentence, tokens[0].i, tokens[k].i + 1)
    bounded = ranged or any(t.text.lower() in BOUNDING for t in before)  # "mehr als 100" is not 100
    variants = (*([] if bounded else [tokens[k].text]), f"{answer} {counted}")
    return Ask(f"Wie viele {counted}", "wie viele", answer, tuple(v for v in variants if v != answer))


def _ranged_object(sentence: Sentence, clause: Clause) -> Clause:
    """"Zwischen 1949 und 1984 hatte die Partei zwischen 121 und 127 Mitglieder.": the rules read
    "zwischen 121 und 127 Mitglieder" as a prepositional phrase, but "zwischen" here bounds a count
    (the noun is not in the dative: "Mitglieder", not "Mitgliedern"); in a clause with a subject
    and no accusative object it is the object, asked "Wie viele Mitglieder hatte die Partei …?"."""
    if not clause.role("subject") or clause.role("object_acc"):
        return clause
    for constituent in clause.constituents:
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        if constituent.role == "adverbial" and _bare_count(sentence, clause, tokens):
            relabelled = dc_replace(constituent, role="object_acc", sure=True)  # the pattern is sure where the rules were not
            return dc_replace(clause, constituents=tuple(relabelled if c is constituent else c for c in clause.constituents))
        if constituent.role != "adverbial" or len(tokens) < 5 or tokens[0].text.lower() != "zwischen":
            continue
        if tokens[1].tag != "CARD" or tokens[2].text != "und" or tokens[3].tag != "CARD" or tokens[-1].tag != "NN":
            continue
        if any(t.tag != "ADJA" for t in tokens[4:-1]):
            continue
        entry = noun_lexicon().lookup(tokens[-1].lemma, compound_fallback=False)
        if entry is None or not entry.plural or tokens[-1].text != entry.plural or entry.plural.endswith(("n", "s")):
            continue  # "zwischen 10 und 20 Ländern" (dative) or a plural that looks the same in every case
        relabelled = dc_replace(constituent, role="object_acc")
        return dc_replace(clause, constituents=tuple(relabelled if c is constituent else c for c in clause.constituents))
    return clause


# Verbs whose object is what is counted ("hatte rund 23.000 Beschäftigte", "zählte 7.422 Einwohner").
HAVING_VERBS = frozenset({"haben", "besitzen", "zählen", "beschäftigen", "bekommen", "umfassen"})


def _bare_count(sentence: Sentence, clause: Clause, tokens: list[Token]) -> bool:
    """A number and a plural noun with no preposition that the rules left an adverbial ("Das
    Unternehmen hatte Ende 2017 rund 23.000 Beschäftigte in 26 Ländern, darunter Dänemark, …": the
    list kept the rules from finding the object) in a clause of a having verb: its object."""
    if _main_lemma(sentence, clause) not in HAVING_VERBS or not tokens or tokens[-1].tag != "NN":
        return False
    if tokens[-1].lemma in DURATION_NOUNS or tokens[-1].lemma in _TIME_UNITS:
        return False
    cards = [k for k, t in enumerate(tokens) if t.tag == "CARD"]
    if len(cards) != 1 or any(t.text.lower() not in _QUANTIFIERS for t in tokens[: cards[0]]):
        return False
    return all(t.tag in ("ADJA", "NN") for t in tokens[cards[0] + 1 :]) and tokens[-1].feature("Number") != "Sing"


def _range_of(before: list[Token], link: Token) -> bool:
    """"zwischen 121 und 127", "(von) 20 bis 30": two numbers that together give one count (people
    asked "Wie viele Mitglieder gab es zwischen 1949 und 1984? – zwischen 121 und 127")."""
    opener = before[-1].text.lower() if before else ""
    return link.text == "und" and opener == "zwischen" or link.text == "bis" and opener in ("", "von", "zwischen")


def _without_listed_members(tokens: list[Token]) -> list[Token]:
    """A counted noun phrase without the names of its members listed after a comma ("vier Kinder,
    Rajmohan Gandhi, … und Tara Bhattacharya"): only names, commas and one "und"/"sowie" before the
    last; anything else (an article, a verb, a second number) leaves the phrase as it is."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma < 2 or tokens[comma - 1].tag != "NN":
        return tokens
    listed = tokens[comma + 1 :]
    joins = [t for t in listed if t.tag == "KON"]
    if len(listed) < 3 or len(joins) != 1 or joins[0].text not in ("und", "sowie") or listed[-1].tag != "NE":
        return tokens
    if any(t.tag not in ("NE", "KON", "$,") for t in listed):
        return tokens
    return tokens[:comma]


# Roles of a prepositional phrase that may count things ("in 6.355 Haushalten", the agent "von 40
# Mitgliedern"); a time ("vor 150 Jahren") or a measure ("um 19 km") is no count of things.
COUNTED_PHRASE_ROLES = frozenset({"adverbial", "place", "direction", "origin", "object_prep", "agent"})
RATIO_PREPOSITIONS = frozenset({"auf", "pro", "je", "zu"})  # "893 Frauen auf 1000 Männer", "3 zu 1 Toren"
# Prepositions by the case they govern (two-way ones by the noun's form).
DATIVE_PREPOSITIONS = frozenset({"aus", "bei", "mit", "nach", "von", "zu", "seit", "gegenüber", "außer"})


def _how_many_in(sentence: Sentence, clause: Clause, asked: Constituent, tokens: list[Token], replace: dict) -> Ask | None:
    """"Im Bates County lebten 17.049 Menschen in 6.355 Haushalten." → In wie vielen Haushalten
    lebten im Bates County 17.049 Menschen? – 6.355 (people ask for the count in the phrase:
    "Wie viele Haushalte gab es?"). Only a preposition, a number and a plural count noun whose
    form shows the case welch- needs: "wie vielen" after a dative preposition or a dative plural
    ("Haushalten" for "Haushalte"), "wie viele" after an accusative one ("in drei Unterkategorien"
    tells no case: no question). No time ("vor 150 Jahren"), no unit ("um 19 km", "28 Euro"), no
    ratio ("Die Geschlechterverteilung betrug 893 Frauen auf 1000 Männer")."""
    if asked.clause is not None or (asked.start, asked.end) in replace or len(tokens) < 3 or tokens[0].tag != "APPR":
        return None
    preposition = tokens[0].text.lower()
    before = next((t for t in reversed(sentence.tokens) if t.i < asked.start), None)
    if _main_lemma(sentence, clause) in MEASURE_VERBS or preposition in RATIO_PREPOSITIONS and before is not None and before.tag == "NN":
        return None  # "betrug 893 Frauen auf 1000 Männer": a ratio, the phrase belongs to the noun before it
    if any(c.end == asked.start and span_tokens(sentence, c.start, c.start + 1)[:1] and span_tokens(
            sentence, c.start, c.start + 1)[0].tag in ("APPR", "APPRART") for c in clause.constituents):
        return None  # "16 Landesverbände mit etwa 217.000 Mitgliedern in 2.700 Vereinen": the members' clubs
    quantity = _how_many(sentence, dc_replace(asked, start=tokens[1].i), tokens[1:], replace)
    noun = tokens[-1]
    if quantity is None or noun.lemma in DURATION_NOUNS or noun.lemma in _TIME_UNITS or noun.text == noun.lemma:
        return None
    entry = noun_lexicon().lookup(noun.lemma, compound_fallback=False)
    plural = entry.plural if entry is not None else ""
    dative = bool(plural) and noun.text == plural + "n" and not plural.endswith(("n", "s"))
    nominative = bool(plural) and noun.text == plural and not plural.endswith(("n", "s"))
    if preposition in DATIVE_PREPOSITIONS:
        pronoun = "vielen"
    elif preposition in ACCUSATIVE_PREPOSITIONS and not dative:
        pronoun = "viele"
    elif preposition in TWO_WAY_PREPOSITIONS and (dative or nominative):
        pronoun = "vielen" if dative else "viele"
    else:
        return None
    counted = quantity.word.removeprefix("Wie viele ")
    word = f"{tokens[0].text.capitalize()} wie {pronoun} {counted}"
    accepted = (*quantity.accepted, realise.phrase(sentence, asked.start, asked.end, replace))
    return Ask(word, "wie viele", quantity.answer, tuple(dict.fromkeys(accepted)))


_QUANTIFIERS = frozenset({"mehr", "als", "über", "rund", "etwa", "fast", "knapp", "mindestens", "höchstens",
                          "ungefähr", "circa", "ca.", "weniger", "genau", "insgesamt", "nur", "bis", "zu"})
_NUMBERS = frozenset({"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
                      "zwanzig", "dreißig", "hundert", "tausend"})


def _ask_subject(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    quantity = _how_many(sentence, asked, tokens, replace)
    if quantity is not None:
        return quantity
    kind = phrase_kind(sentence, asked, tokens, replace, names)
    verb = _main_lemma(sentence, clause)
    if kind in ("person", "organisation") and (verb in CONTAINER_VERBS or _classed_as_thing(sentence, clause, asked)):
        kind = "thing"  # "Wer diente als Kamera …? – die Red Epic": the text says what the name is
    if kind in ("place", "organisation") and verb in STATIC_VERBS:
        return None  # "Was liegt in Asien?": a teacher would ask "Welches Land …"
    if kind == "person" and verb in LOCATION_VERBS | {"grenzen", "fließen", "münden"}:
        return None  # "Wer liegt … hinter Santa Cruz? – Baltra": a place the entity model took for a person
    if kind == "thing" and clause.voice == "active" and clause.role("object_acc") and verb not in CONTAINER_VERBS:
        return None  # "Was baute einen Damm? – die Stadt": an actor the lexicon does not know
    if kind == "place" and clause.voice != "active":
        return None  # "Wer ist in 24 Bezirke unterteilt? – Sofia": a place undergoing is no "Wer", "Was" sounds odd
    if kind == "organisation" and clause.voice != "active":
        kind = "thing"  # "Was wurde 1901 in Melbourne eröffnet? – das Commonwealth Parliament": an institution undergoing
    if kind == "place" and clause.number == "Plur" and not _acting_place(sentence, asked, replace) and not any(
            t.text.lower().endswith(("inseln", "berge", "alpen", "seen")) for t in tokens):
        return None  # "die Tschangos behielten ihren Dialekt bei": a people taken for a place
    if kind == "place" and not _acting_place(sentence, asked, replace):
        kind = "thing"  # "Was mündet in den Rhein? – die Aare": a river or a building is no "Wer"
    if kind in ("person", "organisation", "place") and _figurative_actor(tokens, asked):
        return None  # "Wer erfuhr von den Tabakpflanzen? – die Alte Welt": the people of a part of the world
    if kind in ("person", "organisation", "place"):
        word = "Wer"
    elif kind == "thing" and verb in HUMAN_VERBS:
        return None
    elif kind == "thing" and clause.voice != "active" or kind == "thing" and verb not in STATIC_VERBS:
        word = "Was"
    else:
        return None
    return _answer(sentence, asked, tokens, word, replace, number="Sing")


# Nouns of a part of the world that stand for the people living there ("die Alte Welt erfuhr
# davon", "die ganze Region trauerte"): a figure of speech, no answer to "Wer".
FIGURATIVE_PLACES = frozenset({"Welt", "Kontinent", "Erdteil", "Region", "Gegend", "Gebiet", "Abendland", "Morgenland",
                               "Hemisphäre"})


def _figurative_actor(tokens: list[Token], asked: Constituent) -> bool:
    """Is the asked subject a part of the world said for its people (round 24: "Wer erfuhr von
    der Existenz der Tabakpflanzen …? – die Alte Welt")? Students answer with the people
    ("die Europäer"), which the key cannot foresee, and the question teaches a metonymy."""
    head = next((t for t in tokens if t.i == asked.head), tokens[-1])
    return head.tag in ("NN", "NE") and (head.lemma or head.text) in FIGURATIVE_PLACES


# Verbs whose subject holds or makes up something, never a person: "Wer enthält 450 Karten?"
# is wrong whatever the name's entity label says.
CONTAINER_VERBS = frozenset({"enthalten", "umfassen", "beinhalten", "einschließen"})


def _classed_as_thing(sentence: Sentence, clause: Clause, asked: Constituent) -> bool:
    """Does an "als"-phrase of the clause class the asked name as a thing ("Als Kamera diente
    ausschließlich die Red Epic")? A bare noun after "als" that is no noun of a person says what
    the subject is; "Als Trainer arbeitete …" names a person."""
    for other in clause.constituents:
        words = span_tokens(sentence, other.start, other.end) if other is not asked else []
        if len(words) != 2 or words[0].text.lower() != "als" or words[0].tag != "KOKOM" or words[1].tag != "NN":
            continue
        noun = words[1]
        lemma = (noun.lemma or noun.text).lower()
        return not (lemma.endswith(PERSON_ENDINGS) or lemma.endswith(tuple(e + "in" for e in PERSON_ENDINGS))
                    or person_noun(noun))
    return False


def _acting_place(sentence: Sentence, asked: Constituent, replace: dict[tuple[int, int], str]) -> bool:
    """A country or city, which can act like an organisation ("Kasachstan unterstellte sich …")."""
    text = replace.get((asked.start, asked.end)) or realise.render(sentence, asked.start, asked.end)
    parts = [part.strip() for part in text.replace(" sowie ", " und ").replace(",", " und ").split(" und ") if part.strip()]
    return bool(parts) and all(_country_or_city(part) for part in parts)


def _country_or_city(text: str) -> bool:
    words = text.split()
    if words and words[0].lower() in ("der", "die", "das", "den", "dem"):
        words = words[1:]
    bare = " ".join(words)
    if place_class(bare) in ("country", "city") or place_class(bare.replace("Vereinigten", "Vereinigte")) == "country":
        return True
    return bool(words) and words[-1] in ("Staaten", "Republik", "Königreich", "Emirate", "Union", "Föderation")


def _ask_object(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    kind = phrase_kind(sentence, asked, tokens, replace, names)
    verb = _main_lemma(sentence, clause)
    quantity = _how_many(sentence, asked, tokens, replace) if verb not in MEASURE_VERBS else None
    if quantity is not None and asked.role == "object_acc":
        return quantity  # "betrug 18 Einwohner" is asked "Wie hoch war …?" (wh_more), not "Wie viele … betrug"
    dative = verb in DATIVE_VERBS or verb in REFLEXIVE_DATIVE_VERBS and clause.reflexive is not None
    if asked.role == "object_acc" and dative:
        if kind not in ("person", "organisation") or tokens[0].text.lower() in NOT_DATIVE:
            return None  # "sich den Superhelden anschließen": a dative the case rules took for an accusative
        word = "Wem"
    elif asked.role == "object_acc":
        if kind in ("person", "organisation") and verb in MAKING_VERBS:
            kind = "thing"  # "Wen gründete Carl Benz? – die Firma Benz": what one founds or builds is no person
        if kind == "person" and verb in ("haben", "besitzen"):
            return None  # "Wen hat Pichai? – eine Tochter und einen Sohn": relatives are had, not asked "Wen"
        if kind == "person" or kind in ("organisation", "place") and verb in PERSON_OBJECT_VERBS:
            word = "Wen"
        elif kind == "thing" and verb not in PERSON_OBJECT_VERBS and tokens[-1].lemma not in DURATION_NOUNS:
            if _light_verb_object(verb, asked, tokens):
                return None  # "Was begann John nach Norden? – eine sanfte Kurve": the noun is part of the predicate
            word = "Was"  # not "Was verbrachte Koirala? – die nächsten 16 Jahre"
        elif kind in ("organisation", "place") and verb in INSTITUTION_VERBS and _institution(tokens):
            word = "Was"  # "Was besuchte Alan Thicke? – die University of Western Ontario" (MLQA)
        else:
            return None
    elif asked.role == "object_dat":
        if kind not in ("person", "organisation") or figurative_owning(sentence, clause):
            return None
        word = "Wem"
    else:
        word = "Wessen"
    return _answer(sentence, asked, tokens, word, replace)


# Subjects that no one owns: a time ("Der Mittwoch gehörte dem Obergott Wotan": the day was
# dedicated to him) or what is won or felt ("Die Zukunft gehört der Jugend", "der Sieg gehörte …").
UNOWNED_NOUNS = DURATION_NOUNS | VAGUE_TIME_NOUNS | frozenset(WEEKDAYS) | frozenset(MONTHS) | {"Sieg", "Herz", "Liebe"}


def figurative_owning(sentence: Sentence, clause: Clause) -> bool:
    """Whether "gehören" + dative says something other than ownership: "Wem gehörte der Mittwoch?"
    asks literally what the text meant figuratively (round 25: "bad", misleading)."""
    subjects = clause.role("subject")
    if clause.lemma != "gehören" or not subjects:
        return False
    head = sentence.tokens[subjects[0].head - sentence.tokens[0].i]
    return head.lemma in UNOWNED_NOUNS or head.text in UNOWNED_NOUNS


# Light (support) verbs: with an event or state noun as object the verb alone means little and the
# noun carries the predicate ("eine Kurve machen", "eine Rolle spielen", "einen Beitrag leisten").
# With the first group any such noun counts; "zeigen" and "erhalten" also take real objects
# named by abstract nouns ("zeigt die Verbreitung", "erhielt die Genehmigung"), so only the
# nouns of ``EVENT_NOUNS`` make them light.
LIGHT_VERBS = frozenset({"machen", "nehmen", "aufnehmen", "leisten", "üben", "ausüben", "spielen", "finden", "treffen",
                         "ergreifen", "beginnen", "vornehmen", "fassen", "einschlagen", "antreten"})
STATE_OBJECT_VERBS = frozenset({"zeigen", "erhalten", "bekommen"})
# Suffixes of nouns of events and states (Annäherung, Reaktion, Aufnahme, Toleranz, Tendenz).
EVENT_SUFFIXES = ("ung", "ion", "nahme", "heit", "keit", "anz", "enz")
# Event and state nouns without such a suffix (also as compound heads: "Hauptrolle", "Linkskurve").
EVENT_NOUNS = ("kurve", "kurs", "rolle", "beitrag", "einfluss", "druck", "kritik", "interesse", "schritt", "anfang",
               "versuch", "besuch", "blick", "wende", "hilfe", "widerstand", "abschied", "rücksicht", "bezug",
               "verlauf", "pause", "eindruck", "angriff", "sprung", "wandel", "wechsel", "rückzug", "umweg", "mut",
               "verständnis", "anstrengung", "gebrauch", "anlauf", "entschluss", "anklang", "zuspruch", "einsatz",
               "ausdruck", "zugang", "einblick", "zustimmung", "unterstützung", "wirkung", "reaktion", "beachtung",
               "schwäche", "respekt", "maßnahme", "verantwortung", "anteil", "einzug", "eingang", "gehör",
               "niederschlag", "absatz",  # "fand ihren Wiedereinzug", "fand Eingang in", "fand Gehör"
               "reise", "fahrt", "flug", "marsch")  # round 17: "Was treten die Touristen an? – eine Gruppenreise"


# Verbs whose object someone made (founded, built, invented, wrote), never a person, though it may
# be named like one or by a noun the person nouns hold ("die Firma Benz", "die Zeitung Le Monde").
MAKING_VERBS = frozenset({"gründen", "begründen", "stiften", "errichten", "erbauen", "bauen", "erfinden", "verfassen",
                          "komponieren", "herstellen", "produzieren", "entwickeln", "konstruieren", "veröffentlichen"})


def _light_verb_object(verb: str, asked: Constituent, tokens: list[Token]) -> bool:
    """Is the accusative object the noun half of a light-verb predicate ("begann eine sanfte Kurve",
    "zeigte großes Interesse", "leistete einen Beitrag")? Asked with "Was", such a noun is no
    thing the subject acted on (the lemma of the phrase's head; a name or number is a real object)."""
    head = next((t for t in tokens if t.i == asked.head), tokens[-1])
    if head.tag != "NN":
        return False
    lemma = (head.lemma or head.text).lower()
    if verb in STATE_OBJECT_VERBS:
        return lemma.endswith(EVENT_NOUNS)
    return verb in LIGHT_VERBS and lemma.endswith(EVENT_NOUNS + EVENT_SUFFIXES)


# A contracted preposition and the preposition it holds.
PREPOSITION_FORMS = {"zum": "zu", "zur": "zu", "am": "an", "im": "in", "vom": "von", "beim": "bei", "ins": "in",
                     "ans": "an", "aufs": "auf", "fürs": "für", "ums": "um"}


def _ask_prepositional(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    preposition = asked.preposition or tokens[0].text.lower()
    preposition = PREPOSITION_FORMS.get(preposition, preposition)
    kind = phrase_kind(sentence, asked, tokens[1:], replace, names)
    if preposition == "von" and _main_lemma(sentence, clause) == "sprechen" and any(
            t.text.lower() == "man" for c in clause.role("subject") for t in span_tokens(sentence, c.start, c.end)):
        return None  # "Bei … spricht man von einem Stempel" names a term: "Wovon spricht man …?" asks for a topic
    verb = _main_lemma(sentence, clause)
    if kind == "person" and preposition == "zu" and verb in MEMBERSHIP_VERBS:
        return None  # "Zu wem zählt Haydn? – zu den bekanntesten Persönlichkeiten": a class, no person
    case = asked.case or _article_case(tokens)
    if kind == "thing" and (verb, preposition) in ADDRESSEE_VERBS and _addressed(tokens):
        kind, case = "person", "Acc"  # "sich an den Staat wenden": "An wen", not "Woran"
    if kind == "person":
        if preposition in TWO_WAY_PREPOSITIONS and case not in ("Acc", "Dat"):
            return None  # "in den … Fürsten Alexander verliebt": the case decides "In wen", not "In wem"
        two_way = preposition in TWO_WAY_PREPOSITIONS and case == "Acc"
        pronoun = "wen" if preposition in ACCUSATIVE_PREPOSITIONS or two_way else "wem"  # "von wem", never "von wen"
        word = f"{preposition.capitalize()} {pronoun}"
    elif asked.clause is not None and tokens[0].tag == "KOUS" and tokens[0].text.lower() not in ("dass", "ob"):
        return None  # "Woraus …? – wenn man die Blätter trocknet": a condition answers no wo-question
    elif kind == "thing" and preposition in WO_FORMS and not (preposition == "von" and clause.voice == "passive"):
        word = WO_FORMS[preposition]
    else:
        return None
    if _preposition_repeated(sentence, clause, asked, preposition):
        return None
    return _answer(sentence, asked, tokens, word, replace)


# The case a determiner after a two-way preposition shows whatever the noun: "auf den Architekten
# Hans van der Laan" (a singular noun) is accusative, "an der Universität" dative.
ARTICLE_CASES = {"dem": "Dat", "einem": "Dat", "der": "Dat", "einer": "Dat", "die": "Acc", "das": "Acc", "eine": "Acc",
                 "einen": "Acc"}


def _article_case(tokens: list[Token]) -> str:
    """The case the determiner after the preposition decides, "" when it does not: "den" is a
    masculine accusative only before a singular noun (a dative plural before a plural one); a name
    right after the noun makes it singular, whatever the tagger guessed."""
    if len(tokens) < 3 or tokens[1].tag != "ART":
        return ""
    article = tokens[1].text.lower()
    if article != "den":
        return ARTICLE_CASES.get(article, "")
    nouns = [k for k, t in enumerate(tokens) if k >= 2 and t.tag == "NN"]
    if not nouns:
        return ""
    named = nouns[0] + 1 < len(tokens) and tokens[nouns[0] + 1].tag == "NE"  # "den Architekten Hans …": one person
    return "Acc" if named else {"Sing": "Acc", "Plur": "Dat"}.get(tokens[nouns[0]].feature("Number"), "")


# Verbs whose "zu"-object is a group the subject belongs to ("zählt zu den bekanntesten
# Persönlichkeiten"): the answer names a class, never a person to ask "Zu wem" for.
MEMBERSHIP_VERBS = frozenset({"zählen", "gehören", "rechnen"})
# Verbs with a preposition whose object is addressed (a person or an institution: "sich an den
# Staat wenden", "appellierte an die Regierung"): "An wen", whatever the noun's kind.
ADDRESSEE_VERBS = frozenset({("wenden", "an"), ("richten", "an"), ("appellieren", "an"), ("beschweren", "bei"),
                             ("bewerben", "bei"), ("melden", "bei")})


def _addressed(tokens: list[Token]) -> bool:
    """A definite noun phrase without a clause or a "dass" inside: "an den Staat", not "an die
    Frage, ob …", which says what, not whom."""
    return len(tokens) >= 3 and tokens[1].tag == "ART" and all(t.tag not in ("KOUS", "PRELS", "VVFIN") for t in tokens)


def _preposition_repeated(sentence: Sentence, clause: Clause, asked: Constituent, preposition: str) -> bool:
    """Does another phrase of the clause open with the W-word's preposition? Round 17: "Wofür
    wurden Lamb of God für einen Grammy … nominiert? – für das Lied Redneck" reads clumsily and
    can be answered with the prize; the clause's other "für" phrase stays in the prompt."""
    for constituent in clause.constituents:
        first = next((t for t in sentence.tokens if t.i == constituent.start), None)
        if (constituent.start, constituent.end) == (asked.start, asked.end) or first is None or first.tag not in (
                "APPR", "APPRART"):
            continue  # the asked phrase itself, also as ``_ask_means`` retyped it
        if PREPOSITION_FORMS.get(first.text.lower(), first.text.lower()) == preposition:
            return True
    return False


def _ask_agent(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    if phrase_kind(sentence, asked, tokens[1:], replace, names) not in ("person", "organisation"):
        return None
    return _answer(sentence, asked, tokens, "Von wem", replace)


def _ask_time(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    if not _concrete_time(tokens) and asked.clause is None:
        return None
    if any(c is not asked and c.role == "time" and (c.end == asked.start or c.start == asked.end) and not wellformed.occasion(c.text)
           for c in clause.constituents):
        return None  # "im Jahr" + "1990" cut in two: neither piece answers alone ("1963 | zum ersten Mal" is no cut)
    word = TIME_WORDS.get(asked.detail, "Wann")
    if word == "Bis wann" and _span_start_before(sentence, asked):
        return None  # "von 2002" + "bis 2007" cut in two: "Bis wann besuchte X von 2002 …?"
    if word == "Wie lange" and (_main_lemma(sentence, clause) in MEASURE_VERBS or tokens[0].text.lower() in ("innerhalb", "binnen")):
        return None  # "Wie lange beträgt der Median? – 38 Jahre" (an age), "Wie lange verstarb …? – innerhalb …"
    if asked.detail == "range" and _main_lemma(sentence, clause) in ("dauern", "andauern", "währen"):
        word = "Wie lange"  # "Wann dauerte der Krieg? – von 1914 bis 1918": a span that lasts
    subjects = clause.role("subject")
    who = phrase_kind(sentence, subjects[0], span_tokens(sentence, subjects[0].start, subjects[0].end), replace, names
                      ) if subjects else ""
    copula = _main_lemma(sentence, clause) in COPULAS and clause.voice == "active" and not clause.role("predicative")
    if copula and who in ("person", ""):
        return None  # "Seit wann war Koirala?": the predicate was taken into the time phrase
    if asked.clause is None and not _time_answer(tokens, word):
        return None
    if asked.clause is not None and word == "Wann" and any(
            c is not asked and (c.role == "time" or _dated(span_tokens(sentence, c.start, c.end))) for c in clause.constituents):
        return None  # "Wann sollen Inschriften aus dem 9. Jahrhundert stammen? – als …": the time is given
    if word == "Wann" and tokens[0].text.lower() in ("seit", "seitdem", "bis", "ab", "während", "solange", "indem"):
        return None  # "während im Zentrum …": a contrast more often than a time
    return _answer(sentence, asked, tokens, word, replace)


def _span_start_before(sentence: Sentence, asked: Constituent) -> bool:
    """Does "von <date>" stand right before the phrase ("von 2002 bis 2007" parsed as two)?"""
    before = [t for t in sentence.tokens if t.i < asked.start]
    while before and (before[-1].tag in ("CARD", "ADJA") or before[-1].text in MONTH_NAMES):
        before.pop()
    return len(before) < asked.start - sentence.tokens[0].i and bool(before) and before[-1].text.lower() in ("von", "vom")


def _time_answer(tokens: list[Token], word: str) -> bool:
    """Does the phrase give a time the W-word asks for? "Wie lange" needs a stretch of time
    ("zwei Tage", "jahrelang"), not "eine richtige Mahlzeit"; "Wann" no place ("um die
    Altstadt"), no vague time ("in der Zukunft") and "um" only with a number ("um 1900")."""
    number = any(t.tag == "CARD" or t.text[:1].isdigit() for t in tokens)
    nouns = [t for t in tokens if t.tag in ("NN", "NE")]
    if word == "Wie lange":  # "einen Tag der Liebe" is no stretch of time: the time noun must end the phrase
        counted = nouns[-1:] and nouns[-1].lemma in DURATION_NOUNS and any(t.tag in ("ADJA", "PIAT") for t in tokens)
        return number or bool(counted) or any(t.text.lower().endswith("lang") for t in tokens)
    if number:
        return True
    if tokens[0].text.lower() == "um" or any(t.lemma in VAGUE_TIME_NOUNS for t in nouns):
        return False
    return not any(t.ent_label in ("LOC", "PER") or t.lemma.lower().endswith(PLACE_NOUNS) for t in nouns)


def _dated(tokens: list[Token]) -> bool:
    """A phrase with a year or a century ("aus dem 9. Jahrhundert"), not a count ("etwa 1100 Soldaten")."""
    years = [t for t in tokens if t.tag == "CARD" and t.text.isdigit() and len(t.text) == 4]
    return any(t.lemma == "Jahrhundert" for t in tokens) or bool(years) and tokens[-1].tag == "CARD"


def _ask_place(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    """Only a named place or a noun of places ("in der Fabrik"), not "in der Regel", "aus Plastik"."""
    if asked.clause is not None or tokens[0].tag not in ("APPR", "APPRART"):
        return None
    head = next((t for t in tokens if t.i == asked.head), tokens[-1])
    own = [t for t in tokens if t.i <= head.i]  # "nach der Befreiung Bulgariens" names no place to go to
    named = any(t.ent_label == "LOC" or t.tag == "NE" and names.get(t.text) == "place" for t in own) or _institution(
        [*own, *takewhile(lambda t: t.tag == "NE", tokens[len(own):])])  # the head's whole name: "Wesleyan University"
    if not named and not (head.tag == "NN" and head.lemma.lower().endswith(PLACE_NOUNS)):
        return None
    if asked.role == "origin" and _main_lemma(sentence, clause) in STATIC_VERBS:
        return None
    before = next((t for t in reversed(sentence.tokens) if t.i < asked.start), None)
    if asked.role == "origin" and before is not None and before.tag in ("ADJD", "ADV"):
        return None  # "30 km südöstlich von Amsterdam": a distance from a place, no "Woher"
    return _answer(sentence, asked, tokens, PLACE_WORDS[asked.role], replace)


# Verbs that say where something is: with them a local phrase in the dative is a place, whatever
# its noun ("Die Inseln liegen auf dem Äquator", "Die Aare entspringt in den Aargletschern").
# Schools and the like, also by an English name the recogniser calls an organisation ("an der
# Wesleyan University" is where one studies: "Wo studierte Bays?"); with these verbs the
# institution is what is attended or founded ("Was besuchte Alan Thicke?"), never "Wen".
INSTITUTION_WORDS = ("universität", "university", "hochschule", "college", "school", "akademie", "academy", "institut",
                     "institute", "gymnasium", "konservatorium", "conservatory")
INSTITUTION_VERBS = frozenset({"besuchen", "absolvieren", "abschließen", "gründen", "verlassen", "leiten"})


def _institution(tokens: list[Token]) -> bool:
    """Does a noun or name of the phrase name a school or university ("University of Western Ontario")?"""
    return any(t.tag in ("NN", "NE") and t.text.lower().endswith(INSTITUTION_WORDS) for t in tokens)


LOCATION_VERBS = frozenset({"liegen", "entspringen", "befinden", "sich befinden"})
_LOCAL = frozenset({"in", "im", "an", "am", "auf", "bei", "beim"})


def _located(sentence: Sentence, clause: Clause, asked: Constituent, tokens: list[Token]) -> bool:
    """A local dative phrase of a verb of location, its subject a noun phrase ("Das liegt an der
    Kälte" names a cause, not a place)."""
    if _main_lemma(sentence, clause) not in LOCATION_VERBS or asked.clause is not None or len(tokens) < 2:
        return False
    if tokens[0].text.lower() not in _LOCAL or tokens[0].tag not in ("APPR", "APPRART"):
        return False
    if tokens[0].tag == "APPR" and tokens[1].text.lower() not in ("dem", "der", "den", "einem", "einer"):
        return False  # "in die Stadt", "auf einen Berg": where to, not where
    if tokens[0].text.lower() in ("an", "am") and not any(t.tag == "NN" and t.lemma in PLACE_SIDES for t in tokens):
        return False  # "liegt an der Kälte": a cause
    subjects = clause.role("subject")
    return len(subjects) == 1 and not any(
        t.tag in ("PDS", "PPER") and t.text.lower() in ("es", "das", "dies", "dieses")
        for t in span_tokens(sentence, subjects[0].start, subjects[0].end))


# Nouns after "an/am" that name a side or edge of a place ("am Fuße des Leithagebirges").
PLACE_SIDES = frozenset({"Fuß", "Fuße", "Rand", "Ufer", "Küste", "Äquator", "Hang", "Mündung", "Grenze", "Ende",
                         "Ausgang", "Eingang", "Nordufer", "Südufer", "Westufer", "Ostufer", "Stadtrand", "Meer", "See",
                         "Fluss", "Nordrand", "Südrand", "Westrand", "Ostrand", "Südhang", "Nordhang", "Seite"})


# Verbs of thinking and saying whose content may follow as a clause of its own ("weil er denkt,
# es wäre ein Tanzwettbewerb"): an answer that ends on one has lost what it says.
THINKING_VERBS = SPEECH_VERBS | {
    "denken", "glauben", "annehmen", "vermuten", "fürchten", "befürchten", "hoffen", "wissen", "finden", "wünschen",
}


def ends_before_its_content(sentence: Sentence, tokens: list[Token]) -> bool:
    """Does the answer end on a finite verb of thinking or saying with a comma after it?"""
    words = [t for t in tokens if not t.tag.startswith("$")]
    if not words or words[-1].lemma not in THINKING_VERBS or not words[-1].tag.endswith("FIN"):
        return False
    return any(t.i == words[-1].i + 1 and t.text == "," for t in sentence.tokens)


# Nouns of a process of making: "zur Zigarettenherstellung" with a verb of treating says which
# process the step belongs to.
# (not "fertigung", "erzeugung": "Rechtfertigung", "Überzeugung")
PROCESS_ENDINGS = ("herstellung", "produktion", "gewinnung", "verarbeitung", "zubereitung", "aufbereitung")
# Verbs of using, choosing or supplying something: a "zur" process after one is what it is for.
USING_VERBS = frozenset({"verwenden", "benutzen", "nutzen", "einsetzen", "brauchen", "benötigen", "gebrauchen",
                         "anbauen", "züchten", "kaufen", "liefern", "importieren", "exportieren", "anbieten", "sammeln",
                         "verkaufen", "bereitstellen", "freigeben", "zulassen", "heranziehen", "auswählen", "abbauen",
                         "ernten", "pflanzen", "fördern", "bestimmen", "vorsehen", "entwickeln", "gründen"})


def making_process(clause: Clause, head: Token) -> bool:
    """Is a "zur/zum" phrase with ``head`` the process a treatment belongs to, not its purpose?
    "Zur Zigarettenherstellung werden die Tabake … befeuchtet und entrippt." tells a step of
    making cigarettes; "Wozu werden die Tabake befeuchtet? – zur Zigarettenherstellung" misreads
    it (round 8's reader: the text gives no purpose). After a verb of using or supplying the
    process is what the thing is for ("Holz wird zur Papierherstellung verwendet")."""
    return head.lemma.lower().endswith(PROCESS_ENDINGS) and clause.lemma not in USING_VERBS


def _ask_reason(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    word = "Warum" if asked.role == "cause" else "Wozu"
    if ends_before_its_content(sentence, tokens):
        return None  # "Warum … nicht bestehen? – weil er denkt": what he thinks is the reason
    first = tokens[0].text.lower()
    if asked.role == "cause" and first not in ("weil", "da", "wegen", "aufgrund", "aufgrund", "infolge", "dank"):
        return None
    if asked.role == "cause" and _after_relative(sentence, clause, asked):
        return None  # "…, der immer kleiner wird, weil …": the relative clause's cause, not the main clause's
    if asked.role == "purpose" and asked.clause is None and (
            first not in ("zur", "zum", "für") or phrase_kind(sentence, asked, tokens[1:], replace, names) != "thing"
            or any(t.tag == "NE" for t in tokens)):
        return None  # "zum US-Präsidenten" is no purpose
    if asked.role == "purpose" and asked.clause is None and making_process(clause, tokens[-1]):
        return None  # "Zur Zigarettenherstellung werden die Tabake befeuchtet": a step, not a purpose
    return _answer(sentence, asked, tokens, word, replace)


def _with_trailing_cause(sentence: Sentence, clause: Clause) -> Clause:
    """A relative clause with the cause the parser gave the main clause after it ("der Aralsee,
    der immer kleiner wird, weil er zu wenig neues Wasser bekommt"): the "weil" belongs to the
    nearer clause, so "Warum wird der Aralsee immer kleiner?" is asked (``_after_relative``
    keeps it from the main clause)."""
    if clause.kind != "relative" or not clause.constituents:
        return clause
    end = max(c.end for c in clause.constituents)
    for other in sentence.clauses:
        cause = next((c for c in other.constituents if c.role == "cause" and c.clause is not None), None)
        between = [t for t in sentence.tokens if end <= t.i < (cause.start if cause else end)]
        if cause is not None and other is not clause and all(t.tag == "$," or t.tag.startswith("V") for t in between) \
                and _after_relative(sentence, other, cause):
            return dc_replace(clause, constituents=(*clause.constituents, cause))
    return clause


def _after_relative(sentence: Sentence, clause: Clause, asked: Constituent) -> bool:
    """Does a relative clause stand between the clause's other phrases and the asked cause
    ("Der zweitgrößte See ist der Aralsee, der immer kleiner wird, weil er zu wenig Wasser
    bekommt")? The "weil" belongs to the nearer clause; asking it of the main clause asks why the
    Aralsee is the second largest lake, which the text never says."""
    ends = [c.end for c in clause.constituents if c is not asked and c.end <= asked.start]
    if not ends:
        return False
    return any(max(ends) <= t.i < asked.start and t.tag in ("PRELS", "PRELAT") for t in sentence.tokens)


def _ask_complement(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    word = COMPLEMENT_WORDS.get(_main_lemma(sentence, clause))
    correlates = {realise.correlate(sentence, i, i + 1) for i in clause.tokens if i != min(clause.tokens)} - {""}
    if len(correlates) == 1 and correlates.issubset(WO_FORMS):
        word = WO_FORMS[correlates.pop()]  # "dazu überreden, …" → "Wozu", "darauf hoffen, …" → "Worauf"
    if word is None or asked.clause is None:
        return None
    inner = sentence.clauses[asked.clause]
    if inner.kind not in ("subordinate", "zu_infinitive", "main", "coordinated"):
        return None
    opening = tokens[0] if tokens[0].tag in ("KOUS", "KOUI") else None
    if word in WO_FORMS.values() and opening is not None and opening.text.lower() not in ("dass", "ob"):
        return None  # "Woraus entsteht es? – wenn man die Blätter trocknet": a condition answers no "Woraus"
    if any(len(span_tokens(sentence, c.start, c.end)) == 1 and span_tokens(sentence, c.start, c.end)[0].tag == "PDS"
           for c in inner.constituents):
        return None  # "dass das bei ihnen gewesen sei": the answer points back to what it does not say
    ask = _answer(sentence, asked, tokens, word, replace)
    skill = "was-sagte" if word == "Was" and _main_lemma(sentence, clause) in SPEECH_VERBS else ask.skill if ask else ""
    return Ask(ask.word, skill, ask.answer, ask.accepted) if ask else None


def _ask_name(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    """"Die Hauptstadt heißt Iraklion." → Wie heißt die Hauptstadt? – Iraklion."""
    if _main_lemma(sentence, clause) == "werden" and clause.voice == "active" and tokens:
        return _ask_become(sentence, clause, asked, tokens, replace)
    if _main_lemma(sentence, clause) != "heißen" or clause.voice != "active" or not tokens:
        return None
    if not all(t.tag in ("NE", "NN") and t.text[:1].isupper() for t in tokens) or not _name_like(tokens[0]):
        return None  # a name, not "ein Teil davon"
    return _answer(sentence, asked, tokens, "Wie", replace)


def _ask_become(sentence: Sentence, clause: Clause, asked: Constituent, tokens: list[Token], replace: dict) -> Ask | None:
    """"1973 wurde er Leiter der Forschung bei der Wellcome Foundation." → Was wurde John Vane
    1973? – Leiter der Forschung bei der Wellcome Foundation (a step of a career, which readers
    of biographies ask for). Only a role without a definite article ("Leiter …", "ein bekannter
    Maler"), with a time in the clause that says when: "Er wurde krank" or "Sie wurde die erste
    Präsidentin" ask nothing or mix up subject and predicative."""
    first = tokens[0]
    if asked.clause is not None or not (first.tag == "NN" or first.tag == "ART" and first.text.lower().startswith("ein")):
        return None
    if not any(c.role == "time" for c in clause.constituents) or not any(t.tag == "NN" for t in tokens):
        return None
    return _answer(sentence, asked, tokens, "Was", replace)


def _name_like(token: Token) -> bool:
    """A name, or a capitalised word the noun lexicon knows only as a guessed compound ("Iraklion" tagged NN)."""
    entry = noun_lexicon().lookup(token.text) if token.tag == "NN" else None
    return token.tag == "NE" or bool(token.ent_label) or token.tag == "NN" and (entry is None or bool(entry.head))


_Handler = Callable[..., "Ask | None"]
# Prepositions of an untyped adverbial that say where ("auf Hawaiʻi", "im Norden des Landes") with
# a dative, and when with a date ("vor etwa 150000 Jahren", "im Sommer 1998", "nach 1945").
WHERE_PREPOSITIONS = frozenset({"in", "im", "an", "am", "auf", "bei", "beim"})
WHEN_PREPOSITIONS = frozenset({"in", "im", "am", "um", "vor", "nach", "seit", "ab", "bis", "gegen", "während", "zwischen"})
NOT_LOCAL_DATIVE = frozenset({"den", "das", "die", "einen", "eine", "ins", "ans", "aufs"})  # "in die Stadt": Wohin


def _ask_adverbial(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    """An adverbial the clause analysis left untyped, asked by its preposition and noun: a local
    preposition with a dative place ("Die Vulkane entstanden auf Hawaiʻi" → Wo …? – auf Hawaiʻi;
    a name, a gazetteer place or a place noun such as "im Norden des Landes") is "Wo"; a date
    ("vor etwa 150000 Jahren", "im Sommer 1998") is asked as a time. People ask for both (MLQA:
    a third of the answers no question targeted were such phrases)."""
    if asked.clause is not None or len(tokens) < 2 or tokens[0].tag not in ("APPR", "APPRART"):
        return None
    first = tokens[0].text.lower()
    local = first in WHERE_PREPOSITIONS and tokens[1].text.lower() not in NOT_LOCAL_DATIVE
    if local and _place_phrase(tokens, names):
        return _ask_place(sentence, clause, dc_replace(asked, role="place"), tokens, replace, names)
    if local and asked.detail == "place?" and first in ("in", "auf") and all(t.tag == "NE" for t in tokens[1:]):
        return _answer(sentence, asked, tokens, "Wo", replace)  # "auf Hawaiʻi": a name the recogniser took for a person's
    if first in WHEN_PREPOSITIONS and _when_phrase(tokens):
        return _ask_time(sentence, clause, dc_replace(asked, role="time", detail=""), tokens, replace, names)
    return _ask_means(sentence, clause, asked, tokens, replace, names) or _ask_which(
        sentence, clause, asked, tokens, replace, names)


# Prepositions of an untyped adverbial that people ask by, and what they ask of: "durch" a means
# or cause of any kind ("Wodurch entstehen …?", "Durch wen erfuhr das Projekt Förderung?"), the
# others a person or a body only ("Für wen wurde das College gegründet?", "Gegen wen kämpfte
# er?"): with a thing they mostly tell price or duration ("für 480 Millionen Euro"), which a
# wo-question misreads. "mit" a partner is ``wh_facts``' "Mit wem", "mit" a thing mostly manner
# ("mit großem Erfolg"): only its "mit Hilfe der …" is asked here.
MEANS_PREPOSITIONS = {"durch": ("person", "organisation", "thing"), "mit": (),
                      "für": ("person", "organisation"), "gegen": ("person", "organisation")}
# "mit Hilfe der TCTF": whose help is the point, asked "Mit wessen Hilfe …?".
HELP_NOUNS = frozenset({"Hilfe", "Unterstützung"})


def _ask_means(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    """An untyped adverbial of means, helper or beneficiary, asked by its preposition (MLQA: "Wer
    half den Irakern? – mit Hilfe der ostdeutschen Berater", "Die Pfeile wurden durch
    Kanonenkugeln ausgetauscht" → "Wodurch …?"). No phrase with a number (a price, a time:
    "gegen 10 Uhr"), no place ("durch das Seeland" is a way, asked "Wo")."""
    first = tokens[0].text.lower()
    allowed = MEANS_PREPOSITIONS.get(first)
    if allowed is None or any(t.tag == "CARD" or t.text[:1].isdigit() for t in tokens) or _place_phrase(tokens, names):
        return None
    if first == "mit" and tokens[1].text in HELP_NOUNS and len(tokens) > 3 and tokens[2].tag == "ART":
        owner = phrase_kind(sentence, dc_replace(asked, start=tokens[2].i, head=tokens[-1].i), tokens[2:], {}, names)
        if owner in ("person", "organisation"):
            return _answer(sentence, asked, tokens, f"Mit wessen {tokens[1].text}", replace)
        return None
    kind = phrase_kind(sentence, asked, tokens[1:], replace, names)
    if kind not in allowed or kind == "thing" and (_bare_singular(tokens[1:]) or not _caused(sentence, clause)):
        return None
    return _ask_prepositional(sentence, clause, dc_replace(asked, role="object_prep", preposition=first), tokens, replace, names)


# welch- declines like the definite article: (gender or "Plur", case) → form.
WELCH = {
    ("Masc", "Nom"): "welcher", ("Masc", "Acc"): "welchen", ("Masc", "Dat"): "welchem", ("Masc", "Gen"): "welches",
    ("Fem", "Nom"): "welche", ("Fem", "Acc"): "welche", ("Fem", "Dat"): "welcher", ("Fem", "Gen"): "welcher",
    ("Neut", "Nom"): "welches", ("Neut", "Acc"): "welches", ("Neut", "Dat"): "welchem", ("Neut", "Gen"): "welches",
    ("Plur", "Nom"): "welche", ("Plur", "Acc"): "welche", ("Plur", "Dat"): "welchen", ("Plur", "Gen"): "welcher",
}
# The case a contracted preposition holds ("im" = "in dem", "ins" = "in das").
CONTRACTED_CASES = {"im": "Dat", "am": "Dat", "beim": "Dat", "vom": "Dat", "zum": "Dat", "zur": "Dat",
                    "ins": "Acc", "ans": "Acc", "aufs": "Acc", "fürs": "Acc", "ums": "Acc"}
# Prepositions asked "PREP welch- NOUN" (the local and temporal ones by ``_ask_place``/``_ask_time``
# first); "nach", "vor", "seit", "bis" mostly tell when or after whom, "zu" a purpose or a change.
WHICH_PREPOSITIONS = frozenset({"in", "an", "auf", "bei", "mit", "aus", "unter", "für", "über", "von", "durch",
                                "gegen"})
# Adjectives in -isch that judge rather than tell which one ("auf typische Weise", "in kritischer
# Lage"): a reader cannot name "welche" from them.
JUDGING_ADJECTIVES = frozenset({"typisch", "praktisch", "logisch", "kritisch", "tragisch", "komisch", "hektisch",
                                "dramatisch", "drastisch", "realistisch", "optimistisch", "pessimistisch", "sympathisch",
                                "theoretisch", "automatisch", "systematisch", "spezifisch", "charakteristisch",
                                "klassisch", "symbolisch", "exotisch", "energisch", "strategisch", "taktisch",
                                "physisch", "psychisch", "chronisch", "periodisch", "statisch",
                                "dynamisch", "plastisch", "kosmisch", "historisch", "unterirdisch", "oberirdisch"})
# Nouns after such a preposition that make an idiom, not a thing to choose ("in der Regel", "im Rahmen").
FRAME_NOUNS = frozenset({"Regel", "Rahmen", "Zusammenhang", "Folge", "Hinsicht", "Bezug", "Ergebnis", "Grund",
                         "Ende", "Anfang", "Verlauf", "Laufe", "Lauf", "Zuge", "Zug", "Namen", "Auftrag", "Sinne",
                         "Sinn", "Mitte", "Nähe", "Vergleich", "Gegensatz", "Unterschied", "Höhe", "Tiefe", "Länge",
                         "Breite", "Alter", "Zeit", "Jahr", "Jahren", "Zeitraum", "Moment", "Augenblick"})

# Nouns that with an adjective say how or how much, not which one ("auf typische Art", "zum Teil").
MANNER_NOUNS = frozenset({"Art", "Weise", "Form", "Fall", "Hand", "Lage", "Acht", "Blick", "Stelle", "Zahl", "Menge",
                          "Anzahl", "Reihe", "Wert", "Teil", "Punkt", "Maß", "Maße", "Stil"})


def _which_modifier(tokens: list[Token], noun: Token) -> str | None:
    """What in "PREP (der) ADJ NOUN (NAME)" tells which one, as a reader would name it: an
    adjective in -isch or "deutsch", mostly from a name ("in englischer Sprache" → "englisch", "an
    der Berliner Universität" →
    "Berliner") or a name in the genitive after the noun ("an der Universität Wiens" → "Wiens").
    None when the phrase names no particular one ("mit großem Erfolg", "auf dem berühmten Festival")."""
    after = [t for t in tokens if t.i > noun.i]
    before = [t for t in tokens[1:] if t.i < noun.i and t.tag == "ADJA"]
    if after:
        if all(t.tag == "NE" for t in after) and len(after) == 1 and after[0].text.endswith("s") and after[0].lemma != after[0].text:
            return after[0].text  # "an der Universität Wiens": a genitive name
        return None  # an apposition name is ``wh_more._welch``'s, anything longer is not asked here
    if len(before) != 1:
        return None
    adjective = before[0]
    if adjective.text[:1].isupper() and adjective.text.endswith("er"):
        return adjective.text  # "Berliner", "Kölner": from a place name
    lemma = adjective.lemma.lower()
    if lemma.endswith(("isch", "deutsch")) and lemma not in JUDGING_ADJECTIVES and adjective.text[:1].islower():
        return lemma  # "englisch", "katholisch", "amerikanisch": which language, church, country
    return None


def _which_case(tokens: list[Token], preposition: str, noun: Token) -> str:
    """The case of "PREP (ART) (ADJ) NOUN" for welch-: the preposition's, or for a two-way
    preposition the one its article or adjective ending shows ("" when they do not)."""
    opener = tokens[0].text.lower()
    if opener in CONTRACTED_CASES:
        return CONTRACTED_CASES[opener]
    if preposition in DATIVE_PREPOSITIONS:
        return "Dat"
    if preposition in ACCUSATIVE_PREPOSITIONS:
        return "Acc"
    if preposition not in TWO_WAY_PREPOSITIONS:
        return ""
    article = tokens[1].text.lower() if tokens[1].tag == "ART" else ""
    plural = noun.feature("Number") == "Plur"
    gender = noun.feature("Gender")
    if article:
        if article == "den":
            return "Dat" if plural else "Acc"
        if article == "der":
            return "Dat" if gender == "Fem" and not plural else ""
        return {"dem": "Dat", "die": "Acc", "das": "Acc"}.get(article, "")
    ending = next((t.text for t in tokens[1:] if t.tag == "ADJA"), "")
    if ending.endswith("em"):
        return "Dat"
    if ending.endswith("er") and gender == "Fem" and not plural:
        return "Dat"  # "in englischer Sprache"
    if ending.endswith("en") and plural:
        return "Dat"  # "mit militärischen Mitteln", "in vielen Ländern"
    if ending.endswith(("e", "es")) or ending.endswith("en") and gender == "Masc":
        return "Acc"
    return ""


def _which_noun(
    sentence: Sentence, asked: Constituent, tokens: list[Token], replace: dict[tuple[int, int], str]
) -> Token | None:
    """The class noun of "PREP (der) ADJ NOUN" or "PREP der NOUN NAME-s" when its modifier tells
    which one (``_which_modifier``): a definite or bare phrase of one common noun, no idiom."""
    if asked.role != "adverbial" or asked.clause is not None or (asked.start, asked.end) in replace or len(tokens) < 3:
        return None
    opener = tokens[0].text.lower()
    if PREPOSITION_FORMS.get(opener, opener) not in WHICH_PREPOSITIONS or tokens[0].tag not in ("APPR", "APPRART"):
        return None
    if any(t.tag not in ("ART", "ADJA", "NN", "NE") for t in tokens[1:]) or any(
            t.text.lower() in INDEFINITE_ARTICLES or t.tag == "ART" and t.i != tokens[1].i for t in tokens[1:]):
        return None  # "in einer Sprache": no particular one; a clause, a list or a number: not one class word
    if _noun_attached(sentence, asked):
        return None
    nouns = [t for t in tokens[1:] if t.tag == "NN"]
    if len(nouns) != 1 or nouns[0].ent_label or not nouns[0].text[:1].isupper():
        return None
    noun = nouns[0]
    if noun.lemma in FRAME_NOUNS | GENERAL_NOUNS | DURATION_NOUNS | VAGUE_TIME_NOUNS | MANNER_NOUNS:
        return None
    if noun.text.lower().endswith(("isch", "deutsch")):
        return None  # "in rabbinischem Hebräisch": a language's name, no class to choose from
    return noun if _which_modifier(tokens, noun) is not None else None


def _noun_attached(sentence: Sentence, asked: Constituent) -> bool:
    """Might the phrase belong to the noun before it rather than to the verb? After an indefinite
    noun phrase ("bietet eine große Auswahl an karibischem Essen"), an event noun ("mit der
    Ausbildung zum Ikonenmaler in der byzantinischen Tradition") or another prepositional phrase
    it often does; after a definite object ("stellt die neuen Modelle in französischer Sprache
    vor") it rarely does. Inside a dash or bracket aside the clause is not whole."""
    before = next((t for t in sentence.tokens if t.i == asked.start - 1), None)
    if before is None or before.text in ("-", "–", "("):
        return before is not None
    if before.tag != "NN":
        return False
    phrase = next((c for k in sentence.clauses for c in k.constituents if c.start <= before.i < c.end), None)
    words = span_tokens(sentence, phrase.start, phrase.end) if phrase is not None else [before]
    return (words[0].tag in ("APPR", "APPRART") or any(t.text.lower() in INDEFINITE_ARTICLES for t in words)
            or before.lemma.lower().endswith(EVENT_SUFFIXES) or phrase is None)


def _welch_form(noun: Token, case: str) -> str | None:
    """welch- for the noun in the case: by its number and gender, or by the genders the lexicon
    gives it when they decline alike ("im Bereich": der/das Bereich → welchem)."""
    if noun.feature("Number") == "Plur":
        return WELCH.get(("Plur", case))
    genders: tuple[str, ...] = (noun.feature("Gender"),) if noun.feature("Gender") else ()
    if not genders:
        entry = noun_lexicon().lookup(noun.lemma, compound_fallback=False)
        genders = tuple(entry.genders) if entry is not None else ()
    forms = {WELCH.get((gender, case)) for gender in genders}
    return forms.pop() if len(forms) == 1 else None


def _ask_which(sentence, clause, asked, tokens, replace, names) -> Ask | None:
    """An untyped prepositional adverbial that says which one of a class: "Der Roman erschien in
    englischer Sprache." → In welcher Sprache erschien der Roman? – in englischer Sprache (also
    "englischer Sprache", "englisch"); "Er lehrte an der Berliner Universität." → An welcher
    Universität lehrte er? People ask so (MLQA: "In welcher Sprache …?", "An welcher Universität
    …?", "Bei welchem Verein …?"). Only a definite or bare phrase of a common noun whose modifier
    tells which one (``_which_noun``): "in einer Sprache", "mit großem Erfolg", "im Rhein" are not
    asked. The preposition keeps its case, welch- takes the noun's gender and number."""
    noun = _which_noun(sentence, asked, tokens, replace)
    if noun is None:
        return None
    opener = tokens[0].text.lower()
    preposition = PREPOSITION_FORMS.get(opener, opener)
    modifier = _which_modifier(tokens, noun) or ""
    case = _which_case(tokens, preposition, noun)
    if preposition == "an" and case == "Dat":
        return None  # "hatte an militärischer Stärke gewonnen", "litt an …": the verb's object, not which one
    form = _welch_form(noun, case)
    if form is None or _preposition_repeated(sentence, clause, asked, preposition):
        return None
    ask = _answer(sentence, asked, tokens, f"{preposition.capitalize()} {form} {noun.text}", replace)
    if ask is None:
        return None
    accepted = tuple(dict.fromkeys(v for v in (*ask.accepted, modifier) if v and v != ask.answer))
    return dc_replace(ask, skill=f"{preposition}-welch", accepted=accepted)


# Verbs whose "durch"-thing is what brings it about ("entsteht durch Modifikationen").
CAUSED_VERBS = frozenset({"entstehen", "sterben"})


def _caused(sentence: Sentence, clause: Clause) -> bool:
    """Is a "durch"-thing of this clause a means or cause? In a passive ("wurde durch grosse
    Baumassnahmen verändert") or with a verb of coming about, yes; in an active clause it is
    mostly a way ("Der Wind wirbelt die Pollen durch die Luft"), which "Wodurch" misreads."""
    if _main_lemma(sentence, clause) in CAUSED_VERBS:
        return True
    # a process passive with "werden", not a state ("ist durch einen Kanal verbunden": a way again)
    return clause.voice == "passive" and any(t.lemma == "werden" for t in sentence.tokens if t.i in clause.tokens)


def _bare_singular(tokens: list[Token]) -> bool:
    """A singular noun without an article or adjective ("durch Zufall", "durch Glück"): it tells
    the manner ("zufällig"), not a means a reader could name."""
    return len(tokens) == 1 and tokens[0].tag == "NN" and tokens[0].feature("Number") != "Plur"


# Nouns (and the ends of compounds) that say where on a map, whatever the verb: "im Norden des
# Landes", "an der Nordküste", "auf der Insel"; not "im Weltmarkt", "in Kraftwerken der …".
MAP_NOUNS = ("norden", "süden", "osten", "westen", "küste", "insel", "nähe", "zentrum", "stadt", "dorf", "region",
             "provinz", "hafen", "ufer", "gebirge", "landesteil", "bundesland", "kontinent", "fluss", "mündung", "meer",
             "bucht", "berg", "wald", "wüste", "grenze")


def _place_phrase(tokens: list[Token], names: dict[str, str]) -> bool:
    """A phrase whose first noun names a place: a place name ("in Kenia", "auf Kreta") or a noun of
    the map ("im Norden des Landes", "an der Küste")."""
    head = next((t for t in tokens[1:] if t.tag in ("NN", "NE")), None)
    if head is None:
        return False
    if head.tag == "NE":
        return head.ent_label == "LOC" or head.text in COUNTRIES_AND_PLACES or names.get(head.text) == "place"
    return head.lemma.lower().endswith(MAP_NOUNS)


def _when_phrase(tokens: list[Token]) -> bool:
    """A phrase with a date: a year or century, a month, a weekday ("vor etwa 150000 Jahren" counts
    years back)."""
    years_back = tokens[0].text.lower() == "vor" and any(t.tag == "CARD" for t in tokens) and tokens[-1].lemma in DURATION_NOUNS
    return _dated(tokens) or years_back or any(t.text in MONTH_NAMES or t.text in WEEKDAYS for t in tokens)


_HANDLERS: dict[str, _Handler] = {
    "subject": _ask_subject, "object_acc": _ask_object, "object_dat": _ask_object, "object_gen": _ask_object,
    "object_prep": _ask_prepositional, "agent": _ask_agent, "time": _ask_time, "place": _ask_place,
    "direction": _ask_place, "origin": _ask_place, "cause": _ask_reason, "purpose": _ask_reason,
    "complement": _ask_complement, "predicative": _ask_name, "adverbial": _ask_adverbial,
}


# --- the answer ---------------------------------------------------------------------------


def _answer(
    sentence: Sentence, asked: Constituent, tokens: list[Token], word: str, replace: dict[tuple[int, int], str],
    number: str | None = None,
) -> Ask | None:
    """The shortest phrase that answers, and the variants a self-check accepts."""
    described = _described_end(sentence, asked)
    if described is not None:  # "Dinge, die normalerweise viel größer sind": the noun with what says what it is
        return Ask(word, word.lower(), realise.phrase(sentence, asked.start, described, replace),
                   _examples(sentence, described, replace), number)
    full = realise.phrase(sentence, asked.start, asked.end, replace)
    core_end = _core_end(tokens)
    if tokens[0].text.lower() in INDEFINITE_ARTICLES and sum(t.i < (core_end or asked.end) for t in tokens) <= 3:
        if core_end is None and _relative_follows(sentence, asked.end):
            return None  # "eine Scheibe | , die aus Soja … gemacht wird": the answer says nothing without it
        core_end = None  # "eine Scheibe, die aus Soja …" as one phrase: the relative clause says what
    answer = realise.phrase(sentence, asked.start, core_end, replace) if core_end else full
    full, answer = _lowered_article(_unquoted(full)), _lowered_article(_unquoted(answer))
    if not answer or answer.lower() in VAGUE_ANSWERS:
        return None
    variants = [full] if full != answer else []
    words = [t for t in tokens if t.i < (core_end or asked.end)]
    opened = bool(words) and words[0].tag in ("APPR", "APPRART", "KOUS", "KOUI")
    clause_answer = opened and words[0].tag in ("KOUS", "KOUI")  # "die Kosten zu hoch waren", not "Kosten zu hoch waren"
    if opened and not _droppable(words[0], word):
        words = []  # "nach dem Zweiten Weltkrieg": no part of it answers alone
    if opened and words:
        variants.append(realise.render(sentence, words[0].i + 1, core_end or asked.end, replace))
        words = words[1:]
    if words and words[0].tag == "ART" and not clause_answer:
        variants.append(realise.render(sentence, words[0].i + 1, core_end or asked.end, replace))
    numbers = [t.text for t in words if t.tag == "CARD"]
    bounded = any(t.text.lower() in BOUNDING for t in words)  # "mehr als 100" is not 100
    if len(numbers) == 1 and not bounded and not any(t.tag in ("NN", "NE") for t in words):
        variants.append(numbers[0])  # a bare number only for a number phrase, not "5" for "Temperatursprünge von mehr als 5 °C"
    year = _dated_year(words) if word == "Wann" and asked.clause is None else None
    if year is not None:
        variants.append(year)
    name = [t for t in words if t.ent_label]
    if name and name[-1].i - name[0].i + 1 == len(name) and asked.clause is None and asked.head in {t.i for t in name}:
        variants.append(realise.render(sentence, name[0].i, name[-1].i + 1, replace))
    if (asked.start, asked.end) in replace:
        variants.append(replace[(asked.start, asked.end)])
    accepted = tuple(v for v in dict.fromkeys(variants)
                     if v and v != answer and v.lower() not in VAGUE_ANSWERS and not v.endswith("."))  # not "54."
    skill = word.lower()
    return Ask(word, skill, answer, accepted, number)


# Words of a date that narrow its year to a part of it: "im Herbst 1972", "Ende 2013".
YEAR_PARTS = frozenset({"Anfang", "Mitte", "Ende", "Frühjahr", "Frühling", "Sommer", "Herbst", "Winter", "Jahr", "Jahres"})


def _dated_year(words: list[Token]) -> str | None:
    """The year of a date that names one day, month or part of a year ending in it ("18. Februar
    1887", "September 2000", "Herbst 1972"), which a reader may give for "Wann …?" (MLQA: "Wann
    hat Mercedes-Benz den W116 vorgestellt? – 1972" from "Im Herbst 1972 erschien …"); None for a
    year alone (already the answer), a span or a bound ("bis Dezember 2006", "vor 1900": the
    preposition was kept, see ``_droppable``) or anything else before the year."""
    if len(words) < 2 or not (words[-1].tag == "CARD" and words[-1].text.isdigit() and len(words[-1].text) == 4):
        return None
    if not all(t.text in MONTH_NAMES or t.text in YEAR_PARTS or t.text.rstrip(".").isdigit() and len(t.text) <= 3
               for t in words[:-1]):
        return None
    return words[-1].text


# Prepositions a time answer may lose: "im Jahr 1902" answers "Wann …?" as "Jahr 1902".
PLAIN_TIME_PREPOSITIONS = frozenset({"in", "im", "am", "um"})


def _droppable(opener: Token, word: str) -> bool:
    """May a variant leave out the answer's first word? Not a preposition that says when in
    relation to something (round 17: "Wann siedelte Rohmer nach New York um? – nach dem Zweiten
    Weltkrieg" is not answered by "dem Zweiten Weltkrieg": nach, vor, seit, bis, ab) or a
    conjunction ("nachdem …") of a time answer."""
    return word != "Wann" or opener.text.lower() in PLAIN_TIME_PREPOSITIONS


INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
# Words that bound a number rather than round it: "mehr als 100" is not answered by "100".
BOUNDING = frozenset({"mehr", "weniger", "über", "unter", "mindestens", "höchstens", "fast", "knapp", "bis", "ab"})


def _relative_follows(sentence: Sentence, end: int) -> bool:
    after = [t for t in sentence.tokens if end <= t.i < end + 3]
    return len(after) >= 2 and after[0].text == "," and (after[1].tag in ("PRELS", "PRELAT") or after[1].tag == "APPR"
                                                          and len(after) > 2 and after[2].tag in ("PRELS", "PRELAT"))


def _lowered_article(text: str) -> str:
    """An answer taken from the start of a sentence (a pronoun's referent: "Der erste Europäer")
    with its article in lower case, as it stands inside a sentence: "der erste Europäer"."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if first[:1].isupper() and first.lower() in realise.LOWER_ARTICLES and rest else text


def _unquoted(text: str) -> str:
    """A quotation as an answer without its quote marks."""
    if text[:1] in "„»\"" and text[-1:] in "“«\"" and text.count(text[0]) == 1:
        return text[1:-1].strip()
    return text


def _core_end(tokens: list[Token]) -> int | None:
    """Where a noun phrase's own words end before a relative clause or apposition (", die …")."""
    for k, token in enumerate(tokens):
        if token.tag == "$," and k > 0 and k + 1 < len(tokens) and tokens[k + 1].tag in ("PRELS", "PRELAT", "APPR", "KOUS", "KOUI"):
            return token.i
    return None


def _vague(tokens: list[Token], asked: Constituent, replace: dict[tuple[int, int], str]) -> bool:
    """A pronoun, a pronominal adverb or a vague adverb is no answer (unless a name replaces it)."""
    if (asked.start, asked.end) in replace:
        return False
    if tokens[0].tag == "KON" or any(t.lemma in IDIOM_NOUNS and t.tag == "NN" for t in tokens[:4]) and asked.clause is None:
        return True  # "und für den Krieg …": a piece of a coordination; "auf den Weg": an idiom
    content = [t for t in tokens if t.tag not in ("APPR", "APPRART", "ART", "$,", "$(")]
    if not content:
        return True
    if content[0].lemma == "kein" or content[0].text.lower().startswith("kein"):
        return True  # "Worauf wies die Probe hin? – auf keine Krebserkrankung": what is not, asked as what is
    if len(content) == 1 and (content[0].tag in ("PPER", "PRF", "PDS", "PIS", "PROAV", "PAV", "PWAV", "PRELS", "PPOSS")
                              or content[0].text.lower() in VAGUE_ANSWERS):
        return True
    nouns = [t for t in content if t.tag not in ("ADJA", "CARD", "ADV")]
    if asked.clause is None and len(nouns) == 1 and nouns[0].tag == "NN" and nouns[0].lemma in EMPTY_NOUNS:
        return True  # "einen hohen Wert", "die Unterscheidung": says nothing without "of what"
    return all(t.text.lower() in VAGUE_ANSWERS for t in content)


def _cut_off(sentence: Sentence, asked: Constituent, tokens: list[Token], replace: dict[tuple[int, int], str]) -> bool:
    """A phrase the parser cut out of a larger one ("das 5000 Zuschauer | fassende Velodrom",
    "die von der Emme | zugeführte Wassermenge"), one after a comparison word ("so erfolgreich
    wie | mit seiner Fabrik"), or one that only points back ("diese Variante") answers nothing."""
    if (asked.start, asked.end) in replace or asked.clause is not None:
        return False
    position = {t.i: k for k, t in enumerate(sentence.tokens)}
    k_first, k_last = position[tokens[0].i], position[tokens[-1].i]
    before = sentence.tokens[k_first - 1] if k_first > 0 else None
    after = sentence.tokens[k_last + 1] if k_last + 1 < len(sentence.tokens) else None
    if before is not None and before.tag in ("ART", "ADJA", "PDAT", "PPOSAT", "PIAT", "APPR", "APPRART", "KOKOM"):
        return True
    if after is not None and (after.tag in ("ADJA", "NN") or after.tag == "NE" and tokens[-1].tag not in ("NE", "NN")):
        return True
    beyond = sentence.tokens[k_last + 2] if k_last + 2 < len(sentence.tokens) else None
    if after is not None and after.tag == "$," and beyond is not None and beyond.tag in ("NN", "NE") and tokens[-1].tag == "NN":
        return True  # "in Gemälde, Papierkunst und …": one item of an enumeration
    return any(t.tag in ("PDAT", "PDS") or t.text.lower() in POINTING_WORDS for t in tokens[:3])


def _concrete_time(tokens: list[Token]) -> bool:
    """A date, weekday, month, year, number of units or named part of the day; not a bare
    unit ("im Jahr", "am Tag")."""
    if any(t.tag == "CARD" or t.text[:1].isdigit() for t in tokens):
        return True
    nouns = [t for t in tokens if t.tag in ("NN", "NE")]
    bare_unit = all(t.lemma in _TIME_UNITS for t in nouns) and not any(
        t.tag == "ADJA" and t.text.lower() not in _VAGUE_SIZES for t in tokens)
    return bool(nouns) and not bare_unit


_VAGUE_SIZES = frozenset({"letzten", "letzter", "vergangenen", "kommenden", "nächsten", "folgenden",
                          "lange", "langer", "längere", "längerer", "kurze", "kurzer", "einige", "einiger", "wenige",
                          "weniger", "gewisse", "gewisser", "ganze", "ganzer", "viele", "vieler", "mehrere", "mehrerer"})
_TIME_UNITS = frozenset({"Jahr", "Tag", "Monat", "Woche", "Zeit", "Stunde", "Jahrhundert", "Jahrzehnt", "Mal", "Moment",
                         "Beginn", "Anfang", "Ende", "Mitte", "Zeitpunkt", "Zeitraum", "Periode", "Phase", "Epoche",
                         "Folge", "Lauf", "Verlauf"})


# --- people, things, places -----------------------------------------------------------------


def phrase_kind(sentence: Sentence, asked: Constituent, tokens: list[Token], replace: dict, names: dict[str, str]) -> str:
    """person, organisation, place, thing, or "" when the phrase gives no sure sign."""
    if (asked.start, asked.end) in replace:
        return _replacement_kind(replace[(asked.start, asked.end)], names)
    head = next((t for t in tokens if t.i == asked.head), None) or (tokens[-1] if tokens else None)
    if head is None:
        return ""
    if any(t.tag == "KON" for t in tokens):
        labels = {_token_kind(t, names) for t in tokens if t.tag in ("NE", "NN")}
        return labels.pop() if len(labels) == 1 else ("organisation" if labels <= {"place", "organisation", "person"} else "")
    kind = _token_kind(head, names)
    named = [t for t in tokens if t.i > head.i]
    if head.tag == "NN" and len(named) >= 2 and named[0].i == head.i + 1 and all(
            t.tag == "NE" and _token_kind(t, names) == "person" for t in named):
        # "der Anthropologe Raoul Perrot": a title or role before a first and last name; one name
        # may be a planet's, a ship's or a storm's ("den Planeten Uranus", "der Hurrikan John")
        kind = "person"
    if kind == "person" and tokens[0].text.lower() in INDEFINITE_ARTICLES and head.tag in ("NE", "NN"):
        return ""  # a name takes no "eine": "schneidet eine Klus in das Juragestein" is no "Wen"
    if head.tag == "NN" and head.lemma in PARTITIVE_NOUNS:
        # "ein Großteil der ersten Siedler verstarb": a part of people is asked with "Wer", a part
        # of things with "Was" (a reader: "Was verstarb …?" for people)
        whole = next((t for t in tokens if t.i > head.i and t.tag in ("NN", "NE")), None)
        if whole is None:
            return ""
        return "person" if whole.tag == "NN" and person_noun(whole) else _token_kind(whole, names)
    return kind


# Nouns that name a part or share of what their genitive names.
PARTITIVE_NOUNS = frozenset({"Teil", "Großteil", "Hälfte", "Drittel", "Viertel", "Mehrheit", "Minderheit", "Mehrzahl",
                             "Rest", "Anteil", "Bruchteil"})


_PLACE_NAME_ENDINGS = ("park", "street", "bridge", "hall", "square", "palace", "tower", "cathedral", "abbey", "garden",
                       "gardens", "road", "station", "museum", "palast", "kirche", "brücke", "straße", "platz",
                       "fluss", "insel", "inseln", "gebirge")


def _replacement_kind(text: str, names: dict[str, str]) -> str:
    """The kind of what a pronoun was replaced by: a known name's label, the kind of a noun
    phrase's head noun ("der Zoologische Garten" is a thing), "" for an unknown name."""
    if text in names:
        return names[text]
    words = text.split()
    if words and words[-1].lower().endswith(_PLACE_NAME_ENDINGS):
        return "place"
    if len(words) > 1 and words[0].lower() in ("der", "die", "das", "ein", "eine"):
        head = words[-1].lower()
        people = head.endswith(PERSON_ENDINGS) or head.endswith(tuple(e + "in" for e in PERSON_ENDINGS)) or (
            words[-1][:1].isupper() and person_lemma(words[-1]))  # "Der erste Europäer": not "Was wollte … segeln?"
        return "person" if people else "thing"
    return ""


def _token_kind(token: Token, names: dict[str, str]) -> str:
    if token.tag in ("NE", "NN") and token.text.lower().endswith(_PLACE_NAME_ENDINGS):
        return "place"  # "Richmond Park", "Downing Street": a named place, never "Wer"
    if token.ent_label == "PER" and not _common_compound(token) and not _feminine_common_noun(token):
        return "person"
    if token.ent_label == "ORG":
        return "organisation"
    if token.ent_label == "LOC":
        return "place"
    if token.ent_label:
        return ""
    if token.tag == "NE":
        return names.get(token.text, "")
    if token.tag != "NN":
        return ""
    lemma = token.lemma.lower()
    if lemma == "gericht":
        return ""  # a court or a dish
    if _inhabitants(token.lemma):
        return ""  # "die Hamburger": the people of Hamburg or the food
    if lemma.endswith(PERSON_ENDINGS) or lemma.endswith(tuple(e + "in" for e in PERSON_ENDINGS)):
        return "person"
    if len(lemma) >= 7 and lemma.endswith(("ist", "istin")):
        return "person"
    if person_noun(token):
        return "person"  # "Wer wird mit Geldstrafen bestraft? – Mediziner, die …": the noun lexicon knows Medizinerin
    return "thing"


def _common_compound(token: Token) -> bool:
    """A long word the entity model took for a person that is a compound of common nouns
    ("Wasserpfeifentabak" at a sentence start): a thing, asked with "Was"."""
    from ..analysis.lexicon import noun_lexicon

    word = token.text
    if token.tag not in ("NE", "NN") or len(word) < 12 or not word.isalpha() or word.lower().endswith(PERSON_ENDINGS):
        return False
    return any(noun_lexicon().is_noun(word[k:].capitalize()) for k in range(4, len(word) - 4))


def _feminine_common_noun(token: Token) -> bool:
    """A feminine common noun the entity model took for a person ("wo er *Chemie* studierte"):
    a thing, asked with "Was", not "Wen studierte Martin Kamen?". Surnames that are common nouns
    are masculine or neuter (Koch, Vogel, Schmidt), so a feminine one is no name."""
    from ..analysis.lexicon import noun_lexicon

    if token.tag != "NN" or token.feature("Gender") != "Fem" or token.lemma.lower().endswith(PERSON_ENDINGS):
        return False
    return noun_lexicon().is_noun(token.text) and not token.lemma.lower().endswith("in")


def _inhabitants(lemma: str) -> bool:
    """A noun in -er formed from a city or country ("Hamburger", "Berliner"): people, or a thing."""
    return lemma.endswith("er") and (lemma[:-2] in COUNTRIES_AND_PLACES or place_class(lemma[:-2]) == "city")


def entity_labels(facts: tuple[Fact, ...]) -> dict[str, str]:
    kinds = {"PER": "person", "ORG": "organisation", "LOC": "place"}
    labels: dict[str, str] = {}
    for fact in facts:
        if fact.kind == "entity" and fact.label in kinds:
            for alias in (*fact.aliases, fact.value):
                labels[alias] = kinds[fact.label]
    return labels


def _main_lemma(sentence: Sentence, clause: Clause) -> str:
    if clause.lemma:
        return clause.lemma
    finite = next((t for t in sentence.tokens if t.i == clause.finite), None)
    return finite.lemma if finite else ""


# Nouns whose content a zu-infinitive after them gives ("den Befehl, das obere Birma … zu erobern"):
# without it they say nothing, with it they are the point of the sentence.
INFINITIVE_NOUNS = frozenset({"Befehl", "Auftrag", "Aufgabe", "Plan", "Absicht", "Versuch", "Entschluss",
                              "Entscheidung", "Ziel", "Idee", "Wunsch", "Angebot", "Bitte", "Forderung", "Erlaubnis",
                              "Genehmigung", "Recht", "Pflicht", "Chance", "Gelegenheit", "Möglichkeit", "Anweisung",
                              "Weisung", "Vorschlag", "Aufforderung", "Versprechen", "Zusage", "Mission", "Vorhaben"})


def infinitive_content(sentence: Sentence, constituent: Constituent) -> int | None:
    """Where the zu-infinitive that says what a noun of ``INFINITIVE_NOUNS`` holds ends: "Der
    britische General Harry Prendergast erhielt den Befehl, das obere Birma mit 11.000 Mann,
    leichten Booten und Elefanten zu erobern." → the end of "erobern" for "den Befehl" (round 20:
    readers judged "Wer erhielt den Befehl?" edit, "which order?"). The infinitive must close the
    sentence with no finite verb, conjunction or relative pronoun before it, so that it is one
    clause; else None."""
    words = span_tokens(sentence, constituent.start, constituent.end)
    if constituent.role not in ("subject", "object_acc", "object_dat") or len(words) < 2:
        return None
    if words[0].tag != "ART" or words[-1].tag != "NN" or words[-1].lemma not in INFINITIVE_NOUNS:
        return None
    rest = [t for t in sentence.tokens if t.i >= constituent.end]
    if len(rest) < 4 or rest[0].tag != "$," or rest[-1].tag != "$.":
        return None
    inner = rest[1:-1]
    if any(t.tag.endswith("FIN") or t.tag in ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "$(") for t in inner):
        return None
    closing = inner[-1].tag == "VVIZU" or inner[-1].tag in ("VVINF", "VAINF") and inner[-2].tag == "PTKZU"
    return inner[-1].i + 1 if closing else None


def span_tokens(sentence: Sentence, start: int, end: int) -> list[Token]:
    """The sentence's tokens with document indices ``start`` ≤ i < ``end`` (a constituent's words).

    An analysed sentence's tokens are numbered without gaps, so the span is a slice (the
    generators ask for half a million spans on the 41 development articles); a sentence built
    otherwise is searched token by token."""
    tokens = sentence.tokens
    if not tokens or tokens[-1].i - tokens[0].i != len(tokens) - 1:
        return [t for t in tokens if start <= t.i < end]
    first = tokens[0].i
    return list(tokens[max(start - first, 0) : max(end - first, 0)])


# --- pronouns ------------------------------------------------------------------------------


def _resolver() -> Callable[[Analysis, int, int], str | None] | None:
    try:
        from ..extraction.reference import resolve
    except ImportError:
        return None
    return resolve


# The names found for the clauses of the analysis last asked about (``_pronoun_names``).
_names_memo: list[tuple[Analysis, dict[tuple[int, Clause, object], dict[tuple[int, int], str] | None]]] = []


def _pronoun_names(
    analysis: Analysis, sentence: Sentence, clause: Clause, resolve: Callable[[Analysis, int, int], str | None] | None
) -> dict[tuple[int, int], str] | None:
    """Names for the clause's personal pronouns that are whole subjects or objects; None when
    a pronoun has no certain name (the realiser would refuse it anyway).

    The W-question generators (roles, kinds, names, "called") each ask this of every clause:
    the answer is kept for the article's own sentences (four calls of one clause cost 5 % of a
    build), and each caller gets its own copy to add to."""
    if not (sentence.index < len(analysis.sentences) and analysis.sentences[sentence.index] is sentence):
        return _names_for_pronouns(analysis, sentence, clause, resolve)
    if not _names_memo or _names_memo[0][0] is not analysis:
        _names_memo[:] = [(analysis, {})]
    found = _names_memo[0][1]
    key = (sentence.index, clause, resolve)
    if key not in found:
        found[key] = _names_for_pronouns(analysis, sentence, clause, resolve)
    names = found[key]
    return None if names is None else dict(names)


def _names_for_pronouns(
    analysis: Analysis, sentence: Sentence, clause: Clause, resolve: Callable[[Analysis, int, int], str | None] | None
) -> dict[tuple[int, int], str] | None:
    """``_pronoun_names`` worked out."""
    replace = topic_names(analysis, sentence, clause)  # "die Insel" → "Kreta"
    for constituent in clause.constituents:
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        whose = _topic_relation(analysis, sentence, clause, constituent, tokens)
        if whose:
            replace[(constituent.start, constituent.end)] = whose
            continue
        if (constituent.start, constituent.end) in replace:
            continue
        if untitled_work(analysis, sentence, tokens):
            return None  # "Was erreichte der Song schnell?" when the text names three songs
        if len(tokens) != 1 or tokens[0].tag != "PPER":
            continue
        token = tokens[0]
        if _happens(sentence, clause, constituent, token):
            replace[(constituent.start, constituent.end)] = "es"
            continue
        if token.text.lower() in SPEAKER_PRONOUNS or token.text == "Sie" and token.i != sentence.tokens[0].i:
            return None
        name = (resolve(analysis, sentence.index, token.i) if resolve else None) or topic_subject(
            analysis, sentence, constituent, token) or topic_person(analysis, sentence, clause, constituent, token) or named_person(
            analysis, sentence, clause, constituent, token)
        if not name or _nearer_subject(sentence, clause, constituent, token, name):
            return None
        if name.split()[0].lower() in _QUANTIFIER_HEADS:
            return None  # "sie" → "Beide Organe": a quantified phrase, not a name
        if token.text.lower() == "es" and (clause.voice != "active" or clause.lemma in _EXPLETIVE_VERBS):
            return None  # "Jedes Jahr sind es …", "wie es angenommen wird": no referent
        if constituent.case == "Dat" and name.split()[0].lower() in ("der", "die", "das"):
            return None  # "ihnen" → "den USA": the name's article would need the dative
        if constituent.case in ("Acc", "") and name.split()[0].lower() == "der":
            return None
        words = name.split()
        if len(words) > 2 and words[0].lower() == "der" and words[1].endswith("en") and words[1][:1].isupper():
            return None  # "der Kirgisischen Autonomen …": the name as the text inflects it elsewhere
        replace[(constituent.start, constituent.end)] = name
    return replace


def _nearer_subject(sentence: Sentence, clause: Clause, subject: Constituent, pronoun: Token, name: str) -> bool:
    """Does a subordinate clause before the subject pronoun have a noun subject of its gender
    other than the name it was given? "Da dies sein Vater nicht übers Herz bringen kann, gibt er
    die Führung des Rudels an Makunga ab": "er" is the father, not Alex, whom the sentence before
    was about."""
    wanted = PRONOUN_FORMS.get(pronoun.text.lower())
    if subject.role != "subject" or wanted is None:
        return False
    for other in sentence.clauses:
        if other is clause or other.kind != "subordinate":
            continue
        for candidate in other.role("subject"):
            head = next((t for t in reversed(span_tokens(sentence, candidate.start, candidate.end)) if t.tag == "NN"), None)
            if candidate.end <= pronoun.i and head is not None and _gender_or_plural(head) in wanted and head.text not in name:
                return True
    return False


def _happens(sentence: Sentence, clause: Clause, subject: Constituent, token: Token) -> bool:
    """The expletive "es" of "es kam zu einem Gefecht": it stays in the question ("Wann kam es zu
    einem Gefecht bei Zerel?") and is never asked itself."""
    if token.text.lower() != "es" or subject.role != "subject" or clause.voice != "active":
        return False
    if _main_lemma(sentence, clause) != "kommen":
        return False
    return any(c.role != "subject" and span_tokens(sentence, c.start, c.end)[:1]
               and span_tokens(sentence, c.start, c.end)[0].text.lower() in ("zu", "zum", "zur") for c in clause.constituents)


# Subject pronouns and the genders (or plural) they stand for; the definite article of each.
PRONOUN_FORMS = {"er": ("Masc",), "sie": ("Fem", "Plur")}
DEFINITE_ARTICLES = {"Masc": "der", "Fem": "die", "Neut": "das", "Plur": "die"}


def topic_subject(analysis: Analysis, sentence: Sentence, subject: Constituent, pronoun: Token) -> str | None:
    """An encyclopedia's "Ein Hamburger ist ein schnelles Essen. Er besteht aus …": a subject
    pronoun right after a sentence whose subject is the article's topic, when that subject is the
    one noun there (and before the pronoun) of the pronoun's gender and number; "der Hamburger"."""
    if subject.role != "subject" or sentence.index == 0 or pronoun.text.lower() not in PRONOUN_FORMS:
        return None
    previous = analysis.sentences[sentence.index - 1]
    if previous.paragraph != sentence.paragraph and not previous.is_heading:
        return None
    main = next((c for c in previous.clauses if c.kind == "main"), None)
    subjects = main.role("subject") if main else ()
    if len(subjects) != 1:
        return None
    words = span_tokens(previous, subjects[0].start, subjects[0].end)
    if len(words) != 2 or words[0].tag != "ART" or words[1].tag != "NN" or words[1].text.lower() not in wellformed.topic_words(analysis):
        return None
    wanted = PRONOUN_FORMS[pronoun.text.lower()]
    nouns = [t for t in (*previous.tokens, *(t for t in sentence.tokens if t.i < pronoun.i)) if t.tag in ("NN", "NE")]
    agreeing = [t for t in nouns if _gender_or_plural(t) in wanted]
    if agreeing != [words[1]]:
        return None
    return f"{DEFINITE_ARTICLES[_gender_or_plural(words[1])]} {words[1].text}"


# Pronouns a person named in the title is taken up by as a subject, with the gender of the nouns
# that would compete for them.
PERSON_PRONOUNS = {"er": "Masc", "sie": "Fem"}
# How far back a chain of subject pronouns is followed to the sentence that names the person.
MAX_CHAIN = 6


def topic_person(analysis: Analysis, sentence: Sentence, clause: Clause, subject: Constituent, pronoun: Token) -> str | None:
    """A biography's "Sundar Pichai erwarb … Seit 2004 arbeitet er bei Google": the subject
    pronoun of a sentence right after ones whose main subject is the person the title names (by
    the surname the text uses, or the same pronoun in turn), when neither the sentence before nor
    this one before the pronoun names another person; "Pichai". For the people whose sex the text does not state (the reference resolver
    then leaves the pronoun open). Not where the clause may describe a thing the sentence before
    named in the pronoun's gender ("Darwin fand einen Schädel. Er war fünf Meter lang.")."""
    gender = PERSON_PRONOUNS.get(pronoun.text.lower()) if pronoun.text.lower() in PRONOUN_FORMS else None
    if subject.role != "subject" or gender is None or clause.number != "Sing" or clause.kind not in ("main", "coordinated"):
        return None
    title = analysis.article.title.split()
    if not 2 <= len(title) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in title):
        return None
    surname = title[-1]
    index = sentence.index
    for steps in range(MAX_CHAIN):
        if index == 0:
            return None
        previous = analysis.sentences[index - 1]
        if previous.is_heading:
            return None
        if steps == 0 and (_other_person(previous, title) or _other_person(sentence, title, before=pronoun.i)
                           or _thing_described(previous, clause, gender)):
            return None  # (further back only subjects count: the chain runs through them)
        # the main clause, or the first clause with a subject where the parser took none for main
        main = next((c for c in previous.clauses if c.kind == "main"), None) or next(
            (c for c in previous.clauses if c.role("subject")), None)
        subjects = main.role("subject") if main else ()
        if len(subjects) != 1:
            return None
        words = span_tokens(previous, subjects[0].start, subjects[0].end)
        if words and words[-1].text == surname and all(t.text in title for t in words):
            return surname
        if len(words) != 1 or words[0].text.lower() != pronoun.text.lower():
            return None
        index -= 1
    return None


def named_person(analysis: Analysis, sentence: Sentence, clause: Clause, subject: Constituent, pronoun: Token) -> str | None:
    """``topic_person`` for a person the title does not name: "Anandibai Joshi kehrte 1886 nach
    Indien zurück. Sie erhielt einen feierlichen Empfang …" → "Anandibai Joshi", the name that is
    the main subject of the sentence before (or of the one the same pronoun chain runs back to),
    when no other person is named since and no thing of the pronoun's gender is described (MLQA:
    a third of the answers lost to pronouns were such subjects)."""
    gender = PERSON_PRONOUNS.get(pronoun.text.lower()) if pronoun.text.lower() in PRONOUN_FORMS else None
    if subject.role != "subject" or gender is None or clause.number != "Sing" or clause.kind not in ("main", "coordinated"):
        return None
    index = sentence.index
    for _ in range(MAX_CHAIN):
        if index == 0 or analysis.sentences[index - 1].is_heading:
            return None
        previous = analysis.sentences[index - 1]
        main = next((c for c in previous.clauses if c.kind == "main"), None)
        subjects = main.role("subject") if main else ()
        if len(subjects) != 1:
            return None
        words = span_tokens(previous, subjects[0].start, subjects[0].end)
        if 0 < len(words) <= 2 and all(t.tag == "NE" and t.ent_label == "PER" for t in words):
            name = [t.text for t in words]
            last = analysis.sentences[sentence.index - 1]
            if _other_person(last, name) or _other_person(sentence, name, before=pronoun.i) or _rival_title(analysis, name) \
                    or _thing_described(last, clause, gender) or _rival_noun(last, gender) \
                    or _rival_noun(sentence, gender, before=pronoun.i):
                return None
            return " ".join(name)
        if len(words) != 1 or words[0].text.lower() != pronoun.text.lower():
            return None
        index -= 1
    return None


def _rival_title(analysis: Analysis, name: list[str]) -> bool:
    """A biography's person other than the name: "Sundar Pichai … Zuvor hatte Andy Rubin diese
    Position inne. Am 24. Oktober 2014 wurde er …" may be either (``topic_person`` is for the title's)."""
    title = analysis.article.title.split()
    person = 2 <= len(title) <= 4 and all(w[:1].isupper() and w.isalpha() for w in title)
    return person and title[-1] not in name


def _rival_noun(sentence: Sentence, gender: str, before: int | None = None) -> bool:
    """Does a singular noun of the pronoun's gender stand where the pronoun may take it up: a person
    noun anywhere ("Hans besuchte seine Mutter. Sie …"), any noun as a subject or object ("Marie
    baute eine Maschine. Sie lief …")?"""
    heads = {c.head for clause in sentence.clauses for c in clause.constituents if c.role in ("subject", "object_acc", "object_dat")}
    return any(t.tag == "NN" and t.feature("Gender") == gender and t.feature("Number") != "Plur"
               and (person_noun(t) or t.i in heads) and (before is None or t.i < before) for t in sentence.tokens)


def _other_person(sentence: Sentence, title: list[str], before: int | None = None) -> bool:
    """Does the sentence (up to token ``before``) name a person outside the title's name?"""
    return any(t.ent_label == "PER" and t.text not in title and (before is None or t.i < before) for t in sentence.tokens)


# An "als"-phrase in the accusative and its nominative: article, then the ending of a weak or
# mixed adjective after it ("den beliebtesten" → "der beliebteste", "einen neuen" → "ein neuer").
NOMINATIVE_ARTICLES = {"den": ("der", "e"), "einen": ("ein", "er")}


def as_phrase_agreement(sentence: Sentence, clause: Clause) -> dict[tuple[int, int], str] | None:
    """The clause's "als"-phrases put into the case of what they describe: an accusative one about
    a person, in a clause whose subject is a person and whose accusative object is a thing, says
    what the subject is ("Baekhyun erhielt einen Preis als den beliebtesten Sänger Südkoreas" is
    the source's slip for "als der beliebteste Sänger Südkoreas"; round 16 marked the copied case
    wrong). Empty when nothing needs it; None when the phrase needs it and cannot be restated (a
    noun of the n-declension, "den Studenten")."""
    subjects, objects = clause.role("subject"), clause.role("object_acc")
    if len(subjects) != 1 or len(objects) != 1 or not subjects[0].sure:
        return {}
    subject = next((t for t in sentence.tokens if t.i == subjects[0].head), None)
    thing = next((t for t in sentence.tokens if t.i == objects[0].head), None)
    if subject is None or thing is None or not _person(subject) or _person(thing):
        return {}
    found: dict[tuple[int, int], str] = {}
    for constituent in clause.constituents:
        words = span_tokens(sentence, constituent.start, constituent.end)
        if len(words) < 3 or words[0].text != "als" or words[1].text not in NOMINATIVE_ARTICLES:
            continue
        article, ending = NOMINATIVE_ARTICLES[words[1].text]
        adjectives = list(takewhile(lambda t: t.tag == "ADJA", words[2:]))
        noun = words[2 + len(adjectives)] if len(words) > 2 + len(adjectives) else None
        if noun is None or noun.tag != "NN" or not person_noun(noun):
            continue
        if noun.feature("Gender") != "Masc" or noun.lemma != noun.text or any(not a.text.endswith("en") for a in adjectives):
            return None
        rest = realise.render(sentence, noun.i, constituent.end)
        found[(constituent.start, constituent.end)] = " ".join(["als", article, *(a.text[:-2] + ending for a in adjectives), rest])
    return found


def _person(token: Token) -> bool:
    return token.ent_label == "PER" or token.tag == "NN" and person_noun(token)


def _thing_described(previous: Sentence, clause: Clause, gender: str) -> bool:
    """A copula or passive clause after a sentence with a noun of the pronoun's gender: the
    pronoun may take up that thing, not the person."""
    if clause.voice == "active" and clause.lemma not in COPULAS:
        return False
    return any(t.tag == "NN" and t.feature("Gender") == gender and t.feature("Number") != "Plur" for t in previous.tokens)


def _gender_or_plural(noun: Token) -> str:
    """A noun's gender, or "Plur"."""
    return "Plur" if noun.feature("Number") == "Plur" else noun.feature("Gender")


def _topic_relation(analysis: Analysis, sentence: Sentence, clause: Clause, subject: Constituent, tokens: list[Token]) -> str:
    """An encyclopedia's "Die Hauptstadt heißt Iraklion." names the topic's capital: the
    subject of "heißen" before a name, a bare definite noun, becomes "die Hauptstadt von Kreta"."""
    if subject.role != "subject" or _main_lemma(sentence, clause) != "heißen" or len(tokens) != 2:
        return ""
    if tokens[0].text.lower() not in ("der", "die", "das") or tokens[1].tag != "NN" or topic_anaphor(analysis, sentence, tokens):
        return ""
    topic = topic_class(analysis)
    if topic is None:
        return ""
    whose = f"{DEFINITE_FORMS[topic.gender]['Dat']} {topic.name}" if topic.gender else topic.name
    return f"{tokens[0].text.lower()} {tokens[1].text} von {whose}"


# --- possessives ---------------------------------------------------------------------------

POSSESSIVE_STEMS = ("sein", "ihr")


def possessive_owners(
    analysis: Analysis, sentence: Sentence, clause: Clause, replace: dict[tuple[int, int], str],
    resolve: Callable[[Analysis, int, int], str | None] | None,
) -> dict[int, str]:
    """The owner of each "sein-"/"ihr-" of the clause where the text leaves no doubt (token
    index → name or definite phrase in the nominative): the reference resolver's, else the
    clause's own subject when nothing else in the clause could own it ("Victoria verkehrte mit
    ihrem Mann" → Victoria), else the one person the paragraph has named when the sentence
    before is about that person ("… absolvierte Anandi den Studiengang. Ihre Doktorarbeit
    behandelte …" → Anandi). The question restates the phrase with the owner ("Was behandelte
    Anandis Doktorarbeit?") where it would otherwise keep a possessive the reader cannot place."""
    owners: dict[int, str] = {}
    for token in sentence.tokens:
        if token.tag != "PPOSAT" or token.i not in clause.tokens or _stem(token) is None:
            continue
        subject_owner = None if _owner_before(analysis, sentence, clause, token) else _subject_owner(
            sentence, clause, token, replace)
        owner = (resolve(analysis, sentence.index, token.i) if resolve else None) or subject_owner or _paragraph_person(
            analysis, sentence, token)
        if owner:
            owners[token.i] = _as_named(analysis, sentence, token, owner)
    return owners


def contested_possessives(analysis: Analysis, sentence: Sentence, clause: Clause, owners: dict[int, str]) -> frozenset[int]:
    """The clause's possessives without a certain owner that another person of the text could
    own (``_owner_before``): the asked subject may not keep them either."""
    return frozenset(token.i for token in sentence.tokens
                     if token.tag == "PPOSAT" and token.i in clause.tokens and token.i not in owners
                     and _owner_before(analysis, sentence, clause, token))


def _owner_before(analysis: Analysis, sentence: Sentence, clause: Clause, possessive: Token) -> bool:
    """Does a possessive stand before its clause's subject while the sentences before name
    another person who could own it? "Goldman reiste umher … Nach ihrer Entlassung aus dem
    Gefängnis kehrte Berkman zurück": "ihrer" may well be Goldman's, so neither "nach Berkmans
    Entlassung" nor "Wer kehrte nach ihrer Entlassung … zurück?" is certain (round 16)."""
    subjects = clause.role("subject")
    if len(subjects) != 1 or possessive.i >= subjects[0].start:
        return False
    named = set(realise.render(sentence, subjects[0].start, subjects[0].end).split())
    persons = [run for s in analysis.sentences[max(0, sentence.index - WINDOW) : sentence.index]
               if s.paragraph == sentence.paragraph and not s.is_heading for run in _person_runs(s)]
    return any(not set(run.split()) & named for run in persons)


def _as_named(analysis: Analysis, sentence: Sentence, possessive: Token, owner: str) -> str:
    """The owner by the shorter name the paragraph last used for that person ("Anandi Gopal
    Joshi" → "Anandi", as the text goes on calling her): "Anandis Doktorarbeit"."""
    words = set(owner.split())
    runs = [run for s in analysis.sentences[: sentence.index + 1] if s.paragraph == sentence.paragraph and not s.is_heading
            for run in _person_runs(s, before=possessive.i)]
    shorter = [run for run in runs if set(run.split()) < words]
    return shorter[-1] if shorter and runs[-1] == shorter[-1] else owner


def _stem(possessive: Token) -> str | None:
    lowered = possessive.text.lower()
    return next((stem for stem in POSSESSIVE_STEMS if lowered.startswith(stem)), None)


def _fits(stem: str, token: Token) -> bool:
    """Could the noun or name own a "sein-" (masculine or neuter singular) or an "ihr-"
    (feminine or plural)? A person whose sex the lexicon does not tell, or a noun without
    gender, could own either."""
    gender, number = token.feature("Gender"), token.feature("Number")
    if number == "Plur":
        return stem == "ihr"
    if not gender:
        return True
    return gender == "Fem" if stem == "ihr" else gender in ("Masc", "Neut")


def _own_phrase_end(sentence: Sentence, possessive: Token) -> int:
    """The index after the noun a possessive determines ("ihrem | ersten | Mann")."""
    for token in sentence.tokens:
        if token.i > possessive.i and token.tag not in ("ADJA", "ADV", "CARD"):
            return token.i + 1
    return possessive.i + 1


def _rivals(sentence: Sentence, clause: Clause, possessive: Token, owner: Constituent) -> bool:
    """Does anything else in the clause agree with the possessive: a noun or name before it, or a
    person anywhere but in the rest of its own phrase ("Wilhelm I. überging seinen Sohn und
    Thronfolger" has none; "Bismarck lehnte den Plan des Kronprinzen und seine Folgen ab" has the
    Kronprinz)?"""
    stem = _stem(possessive) or ""
    phrase = next((c for c in sorted(clause.constituents, key=lambda c: c.end - c.start) if c.start <= possessive.i < c.end), None)
    own = range(possessive.i, phrase.end if phrase is not None else _own_phrase_end(sentence, possessive))
    for token in sentence.tokens:
        if token.i not in clause.tokens or token.i in own or owner.start <= token.i < owner.end:
            continue
        if token.tag not in ("NN", "NE") or token.text in DURATION_NOUNS | MONTH_NAMES:
            continue
        person = token.ent_label == "PER" or token.tag == "NN" and person_noun(token)
        if (token.i < possessive.i or person) and _fits(stem, token):
            return True
    return False


def _subject_owner(sentence: Sentence, clause: Clause, possessive: Token, replace: dict[tuple[int, int], str]) -> str | None:
    """The clause's subject as the owner of a possessive in another of its phrases: a name, a
    pronoun put in by its name, or a definite noun ("der Kronprinz"), agreeing with the
    possessive, with no rival in the clause."""
    subjects = clause.role("subject")
    if len(subjects) != 1 or not subjects[0].sure or subjects[0].start <= possessive.i < subjects[0].end:
        return None
    subject = subjects[0]
    words = span_tokens(sentence, subject.start, subject.end)
    head = next((t for t in words if t.i == subject.head), None)
    if head is None or not _fits(_stem(possessive) or "", head) or _rivals(sentence, clause, possessive, subject):
        return None
    if (subject.start, subject.end) in replace:
        text = replace[(subject.start, subject.end)]
        return text if text[:1].isupper() or text.split()[0] in ("der", "die", "das") else None
    if all(t.ent_label == "PER" for t in words):  # "Otto von Bismarck"
        return realise.render(sentence, subject.start, subject.end)
    if (len(words) >= 2 and words[0].text.lower() in ("der", "die", "das") and words[-1] is head and head.tag == "NN"
            and all(t.tag == "ADJA" for t in words[1:-1])):
        return realise.phrase(sentence, subject.start, subject.end)
    return None


def _paragraph_person(analysis: Analysis, sentence: Sentence, possessive: Token) -> str | None:
    """The one person the paragraph names up to the possessive (by the form it last used), when
    the sentence before has that person as a subject and no other noun there or before the
    possessive could own it as an argument: a biography's "… absolvierte Anandi den
    normalerweise vierjährigen Studiengang in nur drei Jahren. Ihre Doktorarbeit behandelte …"."""
    if sentence.index == 0:
        return None
    previous = analysis.sentences[sentence.index - 1]
    if previous.is_heading or previous.paragraph != sentence.paragraph:
        return None
    stem = _stem(possessive) or ""
    before = [t for t in sentence.tokens if t.i < possessive.i]
    if any(t.tag in ("NN", "NE") and t.text not in DURATION_NOUNS and _fits(stem, t) for t in before):
        return None
    names = [run for s in analysis.sentences[: sentence.index] if s.paragraph == sentence.paragraph or s.is_heading
             for run in _person_runs(s)]
    if not names or any(not set(run.split()) <= set(max(names, key=len).split()) for run in names):
        return None  # another person is named (or none)
    person = names[-1]
    arguments = [c for clause in previous.clauses for c in clause.constituents
                 if c.sure and c.role in ("subject", "object_acc", "object_dat")]
    if not any(c.role == "subject" and realise.render(previous, c.start, c.end) == person for c in arguments):
        return None
    for constituent in arguments:
        heads = [t for t in previous.tokens if t.i == constituent.head]
        if heads and heads[0].text not in person.split() and heads[0].tag in ("NN", "NE") and _fits(stem, heads[0]):
            return None  # "Anandi besuchte die Universität. Ihre Bibliothek …" may be the university's
    return person


def _person_runs(sentence: Sentence, before: int | None = None) -> list[str]:
    """The sentence's person names (up to token ``before``), each a run of tokens the recogniser
    labelled PER."""
    runs: list[list[Token]] = []
    for token in sentence.tokens:
        if token.ent_label != "PER" or before is not None and token.i >= before:
            continue
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return [" ".join(t.text for t in run) for run in runs]


def bound_to_asked(sentence: Sentence, clause: Clause, asked: Constituent, word: str, possessive: Token,
                   owners: dict[int, str]) -> bool:
    """May a possessive stay in a question that asks for the subject owning it? "Wer erwartete
    von seinem Neffen eine prorussische Politik?" is good German: "wer" and "was" take "sein-",
    and "wer" takes "ihr-" for one woman ("Wer litt in ihrer Kindheit an Pubertas praecox?").
    Only where the subject agrees (a person whose sex the text does not tell agrees with both),
    nothing else in the clause could own it, and the resolver names no other owner."""
    stem = _stem(possessive)
    if asked.role != "subject" or word not in ("Wer", "Was") or stem is None or stem == "ihr" and word != "Wer":
        return False
    heads = [t for t in sentence.tokens if t.i == asked.head]
    if not heads or not _fits(stem, heads[0]) or _rivals(sentence, clause, possessive, asked):
        return False
    if stem == "ihr" and (heads[0].feature("Number") == "Plur" or clause.number == "Plur"):
        return False  # "Wer verlor ihre Häuser? – die Bewohner": "wer" is one person
    if any(t.i < possessive.i and not asked.start <= t.i < asked.end and t.i not in clause.tokens
           and (t.ent_label == "PER" or t.tag == "NN" and person_noun(t)) and _fits(stem, t) for t in sentence.tokens):
        return False  # "Die Nachricht bekräftigte Georgs Überzeugung, da Maria mit seinen Gegnern verwandt war"
    owner = owners.get(possessive.i)
    return owner is None or _answers_owner(sentence, asked, {}, owner)


def _answers_owner(sentence: Sentence, asked: Constituent, replace: dict[tuple[int, int], str], owner: str) -> bool:
    """Is the owner what the asked phrase names, by the same last word ("Sushil Koirala" and
    "Koirala"; "er", put in as "der Fahrer")?"""
    answers = (realise.phrase(sentence, asked.start, asked.end), replace.get((asked.start, asked.end), ""))
    return any(a and a.split()[-1].lower() == owner.split()[-1].lower() for a in answers)


_QUANTIFIER_HEADS = frozenset({"beide", "alle", "viele", "einige", "mehrere", "manche", "diese", "dieser", "dieses",
                               "jene", "solche", "wenige", "andere"})
_EXPLETIVE_VERBS = frozenset({"sein", "geben", "gehen", "handeln", "werden", "kommen", "regnen", "gelingen"})


def unambiguous(questions: list[Question]) -> list[Question]:
    """One answer per prompt: a prompt the text answers twice differently is dropped."""
    answers: dict[str, set[str]] = {}
    for question in questions:
        answers.setdefault(question.prompt.lower(), set()).add(str(question.answer))
    seen: set[str] = set()
    result = []
    for question in questions:
        key = question.prompt.lower()
        if len(answers[key]) > 1 or key in seen:
            continue
        seen.add(key)
        result.append(question)
    return result
