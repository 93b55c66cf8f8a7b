"""A round-trip check for generated questions and statements: parse the string again and
look at it as a strict teacher of German would.

The generators build questions and statements from a parsed clause; when the parse was wrong
(a comma splice swallowed, a verb doubled in the text, a correlate "dazu" left behind, a
pronoun kept) the string comes out broken in ways that are easy to see once it is analysed on
its own. ``well_formed_question(text, word=…)`` and ``well_formed_statement(text)`` run the
generated string through the same offline pipeline (``load_pipeline("offline")``, cached, and
each string parsed once) and require:

- one sentence with exactly one clause and exactly one finite verb;
- verb second: the finite verb right after the question phrase (``word``, e.g. "Wie viele
  Raketentests"), or after the first phrase of a statement, never first;
- every verb form of the source's verb complex (``verbs``) present exactly once, and no verb
  form twice ("Wo wurde Schindler 1908 geboren wurde?");
- no comma outside a quotation, except between words of an apposition or an enumeration
  (a comma followed by a verb, a conjunction or a relative pronoun starts a second clause);
- no word that only made sense next to the removed answer or the rest of the text: a
  pronominal adverb (dazu, darauf, davon, damit, deshalb …: a correlate or a back reference),
  "etwa"/"ungefähr"/"rund" without a number after it, "lang" as the last word, "so" as a back
  reference, "noch"/"auch"/"schon"/"nur" as the last word;
- no personal or demonstrative pronoun, no "diese/dieser/jene + noun", no possessive without a
  noun or name before it in the same string (unless the generator says the asked "Wer"/"Was"
  owns it: ``owner_asked``): each needs a referent the reader cannot see;
- a plausible length (questions at most 16 words).

``question_problems`` / ``statement_problems`` return the reasons (for tests and for reading
what was filtered); the ``well_formed_*`` functions return a bool.

``text_problems`` reads a W-question against its article as the readers of issue 12 did: among
other things, no word that points back where the question cannot say to what ("nach deren
Rückzug", "beide Begriffe", "entsprechende Literatur", "drei Jahre später"), no bare generic
people as the only noun ("Wozu raten Experten?"), no prompt that names nothing but an idiom
("in den Vordergrund rücken"), no key that names by its head what the text named in full ("in
den See" after the Thunersee); and (``teacher_problems``, round 12) no vague "Was hat …?", no
idiom noun or epithet as key, no extended attribute, abbreviation or terms-only prompt copied
from the text, no condition or "dabei" dropped; (round 13) no indefinite thing at a place as key ("Was
liegt am Aare-Ufer in Bern?"), no dependence asked from its cause, no view "kann als … angesehen werden",
no abbreviation's expansion, no pluperfect asked "Wann", no naming question whose key is a common noun,
nothing "oben beschrieben"; (round 20) no definite noun or "allen" kept without the zu-infinitive
or relative clause that says what it holds ("Wer erhielt den Befehl?"). ``teacher_filter`` first drops the linking adverbs a question
copied from its sentence ("wiederum", "sogar", "später").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from ..analysis.adverbials import COMPASS_POINTS, FREQUENCY_ADVERBS
from ..analysis.gazetteer import COUNTRIES_AND_PLACES
from ..analysis.lexicon import noun_lexicon
from ..extraction.reference import person_noun
from ..memo import LastOne
from ..model import Analysis, Clause, Constituent, Question, Sentence, Token
from .reparse import parse_line, tag_line

MAX_QUESTION_WORDS = 16
MAX_STATEMENT_WORDS = 25
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
VERB_TAGS = FINITE_TAGS | {"VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VMPP", "VVIZU"}
# Tags that open a second clause after a comma.
CLAUSE_OPENERS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "KON"})
# Words that lean on something that is no longer there.
APPROXIMATORS = frozenset({"etwa", "ungefähr", "circa", "ca.", "zirka"})
END_PARTICLES = frozenset({"noch", "auch", "schon", "bereits", "nur", "erst", "sogar", "wieder", "lang", "lange",
                           "etwa", "so", "dann", "da", "dort", "hier", "damals", "jeweils", "allerdings"})
# Pronominal adverbs: correlates of a cut-off clause or references back to the text.
PRONOMINAL_TAGS = frozenset({"PROAV", "PAV"})
PRONOMINAL_WORDS = frozenset({"dazu", "darauf", "davon", "damit", "dafür", "dagegen", "daran", "darin", "darüber",
                              "darum", "daraus", "dabei", "dadurch", "danach", "davor", "dahinter", "darunter",
                              "deshalb", "deswegen", "daher", "dahin", "trotzdem", "dennoch", "hierzu", "hierfür",
                              "hierbei", "hiervon", "dorthin", "dort", "hier", "damals", "dann", "da"})
QUESTION_WORDS = frozenset({"wer", "wen", "wem", "wessen", "was", "wann", "wo", "wohin", "woher", "warum", "wozu",
                            "wie", "welche", "welcher", "welches", "welchen", "welchem", "woran", "worauf", "woraus",
                            "wobei", "wodurch", "wofür", "wogegen", "worin", "womit", "wonach", "worüber", "worum",
                            "worunter", "wovon", "wovor", "wozwischen", "weshalb", "wieso"})
REFERRING_PRONOUNS = frozenset({"er", "sie", "es", "ihn", "ihm", "ihr", "ihnen", "dies", "dieses", "diese", "dieser",
                                "diesen", "diesem", "jene", "jener", "jenes", "jenen", "jenem", "derselbe",
                                "dieselbe", "dasselbe", "solche", "solcher", "solches"})


RANGE_PHRASE = "Von wann bis wann"


def well_formed_question(text: str, *, word: str = "", verbs: tuple[str, ...] = (),
                         max_words: int = MAX_QUESTION_WORDS, owner_asked: bool = False) -> bool:
    """Does the W-question ``text`` (question phrase ``word``) read as one good question?
    ``owner_asked``: a "sein-" in it belongs to what "Wer"/"Was" asks for, an "ihr-" to the woman
    "Wer" asks for (the generator checked). A linking adverb the question copied is judged as
    ``teacher_filter`` will leave the question, without it: "Daraufhin verließen die Gefangenen ihre
    Zellen nicht mehr" asks "Was verließen die Gefangenen nicht mehr?", not "… daraufhin …"."""
    problems = question_problems(text, word=word, verbs=verbs, max_words=max_words, owner_asked=owner_asked)
    linking = [p for p in problems if p.startswith("back reference: ") and p.split()[-1].lower() in LINKING_ADVERBS]
    if not problems or len(linking) < len(problems):
        return not problems
    stripped = without_linking_adverbs(text)
    return stripped is not None and stripped != text and not question_problems(
        stripped, word=word, verbs=verbs, max_words=max_words, owner_asked=owner_asked)


def well_formed_statement(text: str, *, verbs: tuple[str, ...] = (), max_words: int = MAX_STATEMENT_WORDS,
                          max_clauses: int = 1) -> bool:
    """Does the statement ``text`` read as one self-contained verb-second sentence?"""
    return not statement_problems(text, verbs=verbs, max_words=max_words, max_clauses=max_clauses)


def question_problems(text: str, *, word: str = "", verbs: tuple[str, ...] = (),
                      max_words: int = MAX_QUESTION_WORDS, owner_asked: bool = False) -> tuple[str, ...]:
    """Why ``text`` is no good W-question (empty when it is one)."""
    if not text.endswith("?"):
        return ("no question mark",)
    if word == "Wann" and text.startswith(RANGE_PHRASE + " "):
        word = RANGE_PHRASE  # realise asks a verb of extent's span so ("Von wann bis wann reicht die Blütezeit?")
    if word and not text.startswith(word + " "):
        return ("does not start with its question phrase",)
    sentence = _parse(text)
    if sentence is None:
        return ("not one sentence",)
    main = _before_zu_infinitive(text, sentence)
    if main is not None:
        return question_problems(main, word=word, verbs=verbs, max_words=max_words, owner_asked=owner_asked)
    tokens = [t for t in sentence.tokens if not t.tag.startswith("$")]
    lead = _with_noun(tokens, len(word.split())) if word else _question_phrase_length(tokens)
    lead_verb = tokens[lead] if 0 < lead < len(tokens) else None
    problems = list(_shared_problems(sentence, tokens, verbs, max_words, 1, lead_verb))
    if owner_asked and tokens[0].text in ("Wer", "Was"):  # "Wer überging seinen Sohn?": "wer" owns "sein-"
        owned = ("sein", "ihr") if tokens[0].text == "Wer" else ("sein",)  # "wer" may be a woman, "was" is neuter
        problems = [p for p in problems if not p.lower().startswith(tuple(f"possessive without referent: {o}" for o in owned))]
    if lead == 0:
        problems.append("no question word first")
    elif len(tokens) <= lead or tokens[lead].tag not in VERB_TAGS:
        problems.append("the finite verb is not right after the question phrase")
    if any(t.tag.startswith("PW") or t.text.lower() in ("wer", "wen", "wem", "was") for t in tokens[max(lead, 1) :]):
        problems.append("a second question word")
    return tuple(dict.fromkeys(problems))


def _before_zu_infinitive(text: str, sentence: Sentence) -> str | None:
    """The question without a zu-infinitive that ends it after its one comma, or None: "Wer
    ist im Schaltjahr angehalten, ihrem Liebsten einen Maibaum zu stellen?" reads as one clause
    with its infinitive, which the clause count and the comma check would take for a second
    clause; the question is judged without it ("Wer ist im Schaltjahr angehalten?")."""
    tokens = sentence.tokens
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    if len(commas) != 1:
        return None
    tail = [t for t in tokens[commas[0] + 1 :] if not t.tag.startswith("$")]
    if len(tail) < 2 or any(t.tag in FINITE_TAGS for t in tail):
        return None
    if not (tail[-1].tag == "VVIZU" or (tail[-2].tag == "PTKZU" and tail[-1].tag in ("VVINF", "VAINF", "VMINF"))):
        return None
    return text[: text.rindex(",")] + "?"


def statement_problems(text: str, *, verbs: tuple[str, ...] = (), max_words: int = MAX_STATEMENT_WORDS,
                       max_clauses: int = 1) -> tuple[str, ...]:
    """Why ``text`` is no good statement (empty when it is one)."""
    if not text.endswith("."):
        return ("no full stop",)
    sentence = _parse(text)
    if sentence is None:
        return ("not one sentence",)
    tokens = [t for t in sentence.tokens if not t.tag.startswith("$")]
    problems = list(_shared_problems(sentence, tokens, verbs, max_words, max_clauses))
    finite = [k for k, t in enumerate(tokens) if t.tag in FINITE_TAGS]
    if finite and (finite[0] == 0 or any(t.tag in ("KOUS", "PRELS", "PWS", "PWAV") for t in tokens[: finite[0]])):
        problems.append("not verb second")
    return tuple(dict.fromkeys(problems))


# --- the checks -----------------------------------------------------------------------------


def _shared_problems(sentence: Sentence, tokens: list[Token], verbs: tuple[str, ...], max_words: int,
                     max_clauses: int, lead_verb: Token | None = None) -> list[str]:
    problems: list[str] = []
    if not 2 <= len(tokens) <= max_words:
        problems.append(f"{len(tokens)} words")
    clauses = [c for c in sentence.clauses if c.verbs]  # a verbless "clause" is an enumeration cut wrong
    if len(clauses) > max_clauses:
        problems.append(f"{len(clauses)} clauses")
    finite = [t for k, t in enumerate(tokens) if t.tag in FINITE_TAGS and not _bracket_verb(tokens, k)]
    if lead_verb is not None and lead_verb.tag not in FINITE_TAGS and lead_verb.tag in VERB_TAGS:
        finite.insert(0, lead_verb)  # the tagger's participle in second position is the finite verb
    if not finite or max_clauses == 1 and len(finite) > 1:
        problems.append(f"{len(finite)} finite verbs")
    problems.extend(_verb_problems(tokens, verbs))
    if max_clauses == 1:
        problems.extend(_comma_problems(sentence))
    problems.extend(_dangling(tokens))
    problems.extend(_unreferred(tokens))
    problems.extend(_indefinite_ordinal(tokens))
    problems.extend(_broken_phrase(tokens))
    if any(t.text[:1] == "-" and t.text[1:2].isalpha() for t in tokens):
        problems.append("a word part cut from its compound")  # "Womit -gewebe die Narbe verbunden?" (… oder -gewebe)
    return problems


def _bracket_verb(tokens: list[Token], k: int) -> bool:
    """A form tagged finite at the end after an auxiliary or modal is the right bracket's
    infinitive or participle ("kann … verstehen", "hatte … beschleunigt")."""
    if any(t.tag not in VERB_TAGS and t.tag != "PTKVZ" for t in tokens[k + 1 :]):
        return False
    return any(t.tag in ("VAFIN", "VMFIN") for t in tokens[:k])


def _verb_problems(tokens: list[Token], verbs: tuple[str, ...]) -> list[str]:
    forms = [t.text.lower() for t in tokens if t.tag in VERB_TAGS]
    doubled = sorted({form for form in forms if forms.count(form) > 1})
    problems = [f"verb doubled: {form}" for form in doubled]
    for verb in verbs:
        same = [t for t in tokens if t.text.lower() == verb.lower()]
        if len(same) > 1:  # "Wer deckt auf dem Höhepunkt des Spiels den Plan auf?": one "auf" is the particle
            same = [t for t in same if t.tag not in ("APPR", "APPRART")]  # "Wissen … zu wissen" stays two
        if len(same) != 1 and verb.lower() not in doubled:
            problems.append(f"verb {verb} not there once")
    return problems


def _enumeration_item(before: Token | None, stretch: list[Token]) -> bool:
    """A comma between the names of a list that "und" closes before any verb: "aus Südkorea,
    den Vereinigten Staaten und Japan … abhalten" (the verb at the end is the question's own)."""
    if before is None or before.tag not in ("NE", "NN") or not stretch or stretch[0].tag not in ("ART", "NE", "NN", "PRELS"):
        return False
    for token in stretch:
        if token.tag in VERB_TAGS:
            return False
        if token.text in ("und", "oder", "sowie"):
            return True
    return False


def _comma_problems(sentence: Sentence) -> list[str]:
    """A comma outside quotes that starts a second clause (a verb or conjunction follows)."""
    problems: list[str] = []
    quoted = False
    tokens = list(sentence.tokens)
    for k, token in enumerate(tokens):
        if token.text in ("„", "»", "“", "«", '"'):
            quoted = token.text in ("„", "»") or token.text == '"' and not quoted
            continue
        if token.text != "," or quoted:
            continue
        stretch = []
        for following in tokens[k + 1 :]:
            if following.text in (",", "?", ".", "!"):
                break
            stretch.append(following)
        if _enumeration_item(tokens[k - 1] if k else None, stretch):
            continue
        if not stretch or stretch[0].tag in CLAUSE_OPENERS or any(t.tag in VERB_TAGS for t in stretch):
            problems.append("a second clause after a comma")
    return problems


def _dangling(tokens: list[Token]) -> list[str]:
    problems: list[str] = []
    for k, token in enumerate(tokens):
        lowered = token.text.lower()
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if lowered.startswith("wo") and k == 0:
            continue  # "Worauf", "Wovon": the question word itself
        if token.tag in PRONOMINAL_TAGS or lowered in PRONOMINAL_WORDS and token.tag in ("ADV", "PROAV", "PAV"):
            problems.append(f"back reference: {token.text}")
        elif lowered in APPROXIMATORS and token.tag in ("ADV", "ADJD") and (after is None or after.tag != "CARD"):
            if not (after is not None and after.text[:1].isdigit()):
                problems.append(f"{token.text} without its number")
        elif lowered == "so" and (after is None or after.tag not in ("ADJD", "ADJA", "ADV", "PIAT", "PIS", "KOKOM")):
            problems.append("so refers back")
    infinite = [k for k, t in enumerate(tokens) if t.tag in VERB_TAGS - FINITE_TAGS and k > 1]
    if infinite and sum(t.tag not in VERB_TAGS and t.tag != "PTKVZ" for t in tokens[infinite[0] + 1 :]) > 1:
        problems.append("words after the right bracket")  # "Was wurde gebraucht meistens als Wägelchen …?"
    content = [t for t in tokens if t.tag not in VERB_TAGS and t.tag != "PTKVZ"]
    if len(content) > 1 and content[-1].tag == "ADJA":
        problems.append(f"adjective without its noun: {content[-1].text}")  # "Wohin setzte eine Periode reger?"
    if len(content) > 1 and content[-1].text.lower() in END_PARTICLES:
        measured = content[-1].text.lower() in ("lang", "lange") and content[-2].tag in ("NN", "CARD")
        last = tokens.index(content[-1])  # "Wann wurde der Verein wieder aufgelöst?": "wieder" goes with the verb
        again = content[-1].text.lower() == "wieder" and last + 1 < len(tokens) and tokens[last + 1].tag in VERB_TAGS
        if not measured and not again:  # "1500 Jahre lang" is whole; "Wie lange bestand sie lang?" is not
            problems.append(f"dangling at the end: {content[-1].text}")
    return problems


def _unreferred(tokens: list[Token]) -> list[str]:
    """Pronouns and demonstratives whose referent is outside the string."""
    problems: list[str] = []
    # "gibt es", "kam es zu einem Gefecht", "Worum ging es bei …": an expletive "es" refers to nothing
    geben = any(t.lemma == "geben" for t in tokens) or (
        any(t.lemma == "kommen" for t in tokens) and any(t.text.lower() in ("zu", "zum", "zur") for t in tokens)) or (
        any(t.lemma == "gehen" for t in tokens) and any(t.text.lower() in ("um", "worum") for t in tokens))
    for k, token in enumerate(tokens):
        lowered = token.text.lower()
        if token.tag == "PPER" and lowered in ("ich", "du", "wir", "ihr", "mich", "mir", "dich", "dir", "uns", "euch"):
            problems.append(f"first or second person: {token.text}")
        elif token.tag in ("PPER", "PDS", "PDAT") and lowered in REFERRING_PRONOUNS:
            if lowered == "es" and geben:
                continue  # "Wie viele Einwohner gibt es …?", "Wann kam es zu …?"
            problems.append(f"no referent: {token.text}")
        elif token.tag == "PPOSAT" and not any(t.tag in ("NN", "NE") for t in tokens[1:k]):
            problems.append(f"possessive without referent: {token.text}")
    return problems


def _with_noun(tokens: list[Token], lead: int) -> int:
    """The words of a question phrase whose question word is a determiner ("Welche", "Wie
    viele") given without its noun: with the noun and a prepositional or genitive attribute
    after it, which belong to the question phrase ("Welche Arten von Blutgefäßen | gibt es?").
    Only noun-phrase words count, so "Welche Arten von Blutgefäßen es gibt?" keeps its verb late."""
    if not 0 < lead < len(tokens) or tokens[lead - 1].text.lower() not in DETERMINER_QUESTION_WORDS:
        return lead
    end = _noun_end(tokens, lead)
    if end == lead:
        return lead
    first = tokens[end] if end < len(tokens) else None
    if first is not None and (first.text.lower() in ATTRIBUTE_PREPOSITIONS or first.tag == "ART" and first.text in ("der", "des")):
        return max(end, _noun_end(tokens, end + 1))
    return end


def _noun_end(tokens: list[Token], start: int) -> int:
    """Where a noun phrase starting at ``start`` ends (articles, numbers, adjectives, then
    nouns); ``start`` when no noun follows them."""
    k = start
    while k < len(tokens) and tokens[k].tag in ("ART", "PPOSAT", "CARD", "ADJA"):
        k += 1
    nouns = k
    while k < len(tokens) and tokens[k].tag in ("NN", "NE"):
        k += 1
    return k if k > nouns else start


def _question_phrase_length(tokens: list[Token]) -> int:
    """The words of a question phrase before the finite verb: "Wer", "Mit wem", "Wie viele X"."""
    first_verb = next((k for k, t in enumerate(tokens) if t.tag in VERB_TAGS), None)
    if first_verb is None or first_verb == 0:
        return 0
    if any(t.tag.startswith("PW") or t.text.lower() in QUESTION_WORDS for t in tokens[:2]):
        return first_verb
    return 0


# --- parsing ----------------------------------------------------------------------------------


# How often or the how-manieth time, which a Wann question keeps beside the asked date: "Wann
# reiste Dian Fossey zum ersten Mal nach Ostafrika?", "Wann findet das Fest jährlich statt?"
# the how-manieth time ("zum ersten Mal", "das letzte Mal") and every year or day; the single
# adverbs of how often are those the clause analysis marks as frequency (adverbials.FREQUENCY_ADVERBS)
_OCCASION = re.compile(r"(?:zum|ein|das|beim)\s+\w+(?:en|ten|sten)\s+mal|jede[ns]?\s+(?:jahr|tag|monat|woche)", re.IGNORECASE)
_AGAIN = frozenset({"erstmals", "erstmalig", "letztmals", "erneut", "wieder", "abermals"})


def occasion(text: str) -> bool:
    word = text.strip().lower()
    return word in FREQUENCY_ADVERBS or word in _AGAIN or bool(_OCCASION.fullmatch(word))


def _parse(text: str) -> Sentence | None:
    """The string analysed by the offline pipeline, or None when it is not one sentence (one
    cache for every round-trip check: ``reparse``)."""
    return parse_line(text)


# --- checks against the source clause -------------------------------------------------------
#
# The string check above cannot see what the question lost or what it was built from. These
# checks compare the question with the clause it came from; both W-question modules run them.

ADVERBIAL_ROLES = frozenset({"time", "place", "direction", "origin", "cause", "purpose", "manner", "quantity", "adverbial"})
PLACE_ROLES = frozenset({"place", "direction", "origin"})
# Verbs that need an accusative object in every reading a learner meets ("Wer hat in Sofia?").
OBJECT_VERBS = frozenset({"haben", "besitzen", "machen", "drehen", "bauen", "herstellen", "erhalten", "bekommen",
                          "kaufen", "verkaufen", "brauchen", "benutzen", "verwenden", "nutzen", "nennen", "gründen",
                          "erfinden", "entwickeln", "tragen", "enthalten", "umfassen", "bieten", "gewinnen",
                          "betreiben", "besuchen", "erreichen", "verlangen", "produzieren", "errichten",
                          "beherbergen", "übernehmen", "erzielen", "anbieten", "veröffentlichen", "liefern", "herausgeben"})
# Prepositions a "Wo/Wohin/Woher" question can stand for.
WHERE_PREPOSITIONS = frozenset({"in", "im", "an", "am", "auf", "bei", "beim"})
WHITHER_PREPOSITIONS = frozenset({"nach", "in", "ins", "an", "ans", "auf", "aufs", "zu", "zum", "zur"})
WHENCE_PREPOSITIONS = frozenset({"aus", "von", "vom"})
PLACE_WORDS = {"wo": WHERE_PREPOSITIONS, "wohin": WHITHER_PREPOSITIONS, "woher": WHENCE_PREPOSITIONS}
# Prepositions of a time phrase that often belongs to the noun before ("Beispiele ab dem 12. Jahrhundert").
NOUN_TIME_PREPOSITIONS = frozenset({"ab", "aus", "von", "vom", "seit", "bis"})
# Prepositions that open an attribute of the noun before them ("die Forschung zur
# Radioaktivität", "Bilder von Pferden") and the roles the analysis gives such a split-off phrase.
ATTRIBUTE_PREPOSITIONS = frozenset({"aus", "von", "vom", "mit", "zu", "zur", "zum", "für", "über", "ohne", "gegen"})
DETERMINER_QUESTION_WORDS = frozenset({"welche", "welcher", "welches", "welchen", "welchem", "viele", "wessen"})
ATTRIBUTE_ROLES = frozenset({"adverbial", "purpose", "manner", "origin"})
LOCATION_VERBS = frozenset({"befinden", "liegen"})
ROUNDING_WORDS = frozenset({"rund", "etwa", "ungefähr", "circa", "ca.", "zirka", "knapp", "fast", "über", "mehr"})
DEMONSTRATIVES = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen"})
LONG_ANSWER_SKILLS = frozenset({"was-sagte", "warum", "wozu", "wessen", "worum", "wovor", "worauf", "wovon"})
MAX_ANSWER_WORDS, MAX_LONG_ANSWER_WORDS = 12, 20
MAX_TITLE_WORDS = 6
# Class nouns that, with "der/die/das" after the thing was named, stand for its name ("die Insel" = Kreta).
CLASS_NOUNS = frozenset({"Stadt", "Insel", "Land", "Staat", "Dorf", "Region", "Gebiet", "Ort", "Gemeinde", "Hauptstadt",
                         "Kirche", "Gebäude", "Fluss", "See", "Berg", "Firma", "Unternehmen", "Partei", "Tier",
                         "Pflanze", "Band", "Gruppe", "Mannschaft", "Verein", "Film", "Buch", "Werk", "Sprache"})
# Adjectives that point back to something named before.
BACK_POINTING = frozenset({"selben", "selbe", "gleichen", "demselben", "derselben", "denselben", "dasselbe", "dieselbe",
                           "dortigen", "dortige", "jeweiligen", "genannten", "erwähnten", "obigen", "besagten"})
# Nouns that only refer back or name a kind without saying which ("die Bezeichnung").
GENERAL_NOUNS = frozenset({"Bezeichnung", "Name", "Begriff", "Art", "Teil", "Sache", "Ding", "Form", "Fall", "Weise",
                           "Variante", "Version", "Zahl", "Anzahl", "Gruppe", "Bereich", "Thema"})


def source_problems(sentence: Sentence, clause: Clause, asked: Constituent, prompt: str, answer: str,
                    skill: str, earlier: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Why a question asked about ``asked`` in ``clause`` misreads its source (empty when it
    does not). ``earlier`` holds the noun lemmas of the sentences before this one."""
    tokens = _span(sentence, asked.start, asked.end)
    problems = [*_clause_problems(sentence, clause, asked, skill, prompt), *_particle_problems(sentence, clause, prompt),
                *_owner_problems(sentence, clause, asked, tokens, prompt),
                *_answer_problems(tokens, answer, skill, earlier, asked, _subject_owns(sentence, clause, asked, tokens, prompt)),
                *_place_problems(sentence, clause, asked, tokens, skill), *_prompt_problems(sentence, prompt),
                *content_problems(tokens, answer, skill, prompt, _needs_zu(sentence, clause, answer))]
    return tuple(dict.fromkeys(problems))


def _span(sentence: Sentence, start: int, end: int) -> list[Token]:
    first = sentence.tokens[0].i
    return list(sentence.tokens[max(0, start - first) : max(0, end - first)])


def _clause_problems(sentence: Sentence, clause: Clause, asked: Constituent, skill: str, prompt: str) -> list[str]:
    """The clause cannot carry this question: copula with predicative asked for an adverbial,
    subject or object missing, a demonstrative subject, two phrases of the asked kind."""
    problems: list[str] = []
    others = [c for c in clause.constituents if c is not asked]
    predicative = clause.role("predicative")
    if clause.lemma == "sein" and predicative:
        state = _span(sentence, predicative[0].start, predicative[0].end)[-1:]
        lasting = asked.role == "time" and bool(state) and state[-1].tag == "ADJD"  # "Wie lange war Rai als Stripperin tätig?"
        # a cause holds for the state as a whole: "Wegen des schwach ausgebildeten Unterwasserschutzes
        # war der Kreuzer nur bedingt einsatztauglich" asks well "Warum war der Kreuzer … einsatztauglich?"
        if (asked.role not in ("subject", "predicative", "cause") or skill == "wie viele") and not lasting:
            problems.append("adverbial or amount asked from a copula clause")  # "Wo ist Kreta eine Insel?"
        elif (asked.role == "subject" and _definite(_span(sentence, predicative[0].start, predicative[0].end))
              and not _definite(_span(sentence, asked.start, asked.end))):
            problems.append("subject and definite predicative: which is asked?")
    if clause.lemma == "sein" and predicative and asked.role == "subject" and skill == "wer":
        # the predicative names what the subject is: "Der Mono ist ein Fluss" (the tagger took Mono for a person)
        kind = next((t for t in _span(sentence, predicative[0].start, predicative[0].end) if t.tag == "NN"), None)
        if (kind is not None and not person_noun(kind)
                and not any(t.ent_label == "ORG" for t in _span(sentence, asked.start, asked.end))):
            problems.append(f"Wer for what is no person: {kind.text}")  # "Wer ist ein Fluss in Westafrika? – der Mono"
    attribute = attribute_after(sentence, clause, asked)
    if attribute is not None:
        problems.append(f"an attribute of the answer's noun left in the question: {attribute.text}")
    if clause.lemma == "werden" and clause.voice == "active" and not predicative:
        problems.append("werden without predicative: a verb was lost")
    words = _span(sentence, asked.start, asked.end)
    if (clause.lemma == "sein" and asked.role == "subject" and len(words) == 1 and words[0].tag == "NN"
            and words[0].feature("Number") != "Plur" and words[0].lemma.lower().endswith(OFFICE_ENDINGS)):
        problems.append("a bare office noun as subject: the predicative")  # "Bürgermeister ist seit 2011 … Steiner"
    if cut_copula(sentence, clause):
        problems.append("sein without predicative before a comma: the clause was cut")
    if asked.role != "subject" and not any(c.role == "subject" or _noun_phrase(sentence, c) for c in others):
        problems.append("no subject left in the question")  # "Seit wann befindet sich in Sofia?"
    if skill == "was" and clause.lemma in ("machen", "tun", "geben"):
        problems.append(f"Was + {clause.lemma}: too vague")  # "Was konnte man machen?"
    if (clause.voice == "active" and clause.lemma in OBJECT_VERBS and not _object_filled(sentence, clause)
            and not any(c.role in ("object_acc", "complement", "predicative") for c in clause.constituents)):
        problems.append(f"{clause.lemma} without its object")
    for other in clause.constituents:
        words = _span(sentence, other.start, other.end)
        if (len(words) == 1 and words[0].text.lower() in DEMONSTRATIVES and words[0].tag in ("PDS", "ART", "PRELS")
                and words[0].i != clause.conjunction):
            problems.append(f"demonstrative pronoun: {words[0].text}")  # "Warum verkauften die sich …?"
    if clause.lemma == "sein" and clause.voice == "active" and not predicative and asked.role == "subject" and any(
            _noun_phrase(sentence, c) and c.role != "subject" for c in others):
        problems.append("copula with two noun phrases and no predicative")  # "Wer ist seit 2000 die Firma X?"
    if skill == "was" and clause.lemma == "betragen":
        problems.append("Was betrug …: an amount is asked with Wie viel")
    if clause.kind == "relative" and not _definite_antecedent(sentence, clause):
        problems.append("relative clause on an indefinite antecedent")  # "Fahrräder, die … teilnehmen sollen"
    if clause.kind == "subordinate" and clause.conjunction is not None and _text(sentence, clause.conjunction) in (
            "wie", "als", "ob", "wenn", "falls", "sodass"):
        problems.append("a comparison or condition, not a fact")  # "wie es meist angenommen wird"
    for other in clause.constituents:
        words = _span(sentence, other.start, other.end)
        if other.clause is None and words and words[-1].tag == "ADJA":
            problems.append(f"a phrase ending in an adjective: {words[-1].text}")  # "eine Periode reger"
        content = [t for t in words if t.tag not in ("APPR", "APPRART")]
        if (other is not asked and len(content) == 2 and content[0].text.lower() in DEMONSTRATIVES
                and content[1].lemma in GENERAL_NOUNS):
            problems.append(f"the question points back: {content[1].text}")  # "Seit wann wurde die Bezeichnung …"
    if clause.lemma in LOCATION_VERBS and asked.role not in PLACE_ROLES and skill != "wo" and not any(
            c.role in PLACE_ROLES for c in others):
        problems.append(f"{clause.lemma} without its place")  # "Wann befand sich eine Siedlung?"
    for subject in clause.role("subject"):
        words = _span(sentence, subject.start, subject.end)
        if subject.clause is None and words and not any(t.tag in ("NN", "NE", "PPER", "PIS", "PDS", "PRELS", "FM") for t in words):
            problems.append("a subject without a noun")  # "Wann lebten 4 ca. 6.000?"
    k = asked.start - sentence.tokens[0].i
    lead = sentence.tokens[k - 1].text.lower() if k > 0 else ""
    if lead in ROUNDING_WORDS | {"kurz", "gleich", "genau", "lange", "bald", "sehr", "besonders", "ganz", "so"} and lead in re.findall(r"[\w.]+", prompt.lower()):
        problems.append(f"{sentence.tokens[k - 1].text} left without its phrase")  # "kurz | bevor …", "rund | 500 Hektar"
    first = sentence.tokens[k] if k < len(sentence.tokens) else None
    if k > 0 and first is not None and first.tag == "NN" and sentence.tokens[k - 1].tag in ("ADJA", "ADJD") \
            and sentence.tokens[k - 1].text.lower().endswith(("er", "es", "en", "em", "e")) \
            and sentence.tokens[k - 1].text.lower() not in ADVERBIAL_COMPARATIVES:
        problems.append(f"{sentence.tokens[k - 1].text} cut from its noun")  # "nur leichter | Druck ausgeübt"
    if asked.role in PLACE_ROLES and any(c.role in PLACE_ROLES for c in others):
        problems.append("two place phrases")  # "Wo wurde L. in Detroit geboren? – im Bundesstaat Michigan"
    dated = any(t.tag == "CARD" for t in _span(sentence, asked.start, asked.end))
    if asked.role == "time" and any(c.role == "time" and not (dated and c.clause is not None) and not occasion(c.text)
                                    for c in others):
        problems.append("two time phrases")  # a date beside a nachdem-clause is the answer: "394 wurde T. Alleinherrscher, nachdem …"
    problems += _phrase_part_problems(sentence, clause, asked, skill, prompt)
    return problems


# Verbs of a state or a habit: "Schon in der Steinzeit lebten Menschen auf der Insel" says since
# when, and "Wann lebten Menschen auf Kreta?" suggests that none live there now (round 28).
LASTING_VERBS = frozenset({"leben", "wohnen", "siedeln", "existieren", "bestehen", "geben", "herrschen", "vorkommen",
                           "kennen", "nutzen", "verwenden", "anbauen", "sprechen", "spielen", "feiern", "essen", "trinken"})
EARLY_WORDS = frozenset({"schon", "bereits"})
PAST_TENSES = frozenset({"past", "perfect", "pluperfect"})
# Adverbs that place a becoming in no time of its own ("Dann wurde er Kampfpilot").
SEQUENCE_ONLY = frozenset({"auch", "dann", "später", "schließlich", "danach", "bald", "sofort", "zudem", "außerdem",
                           "erst", "endlich", "so"})
OPENING_QUOTES = frozenset({"„", "»", "‚", "›"})
CLOSING_QUOTES = frozenset({"“", "«", "”", "‘", "‹"})


def _phrase_part_problems(sentence: Sentence, clause: Clause, asked: Constituent, skill: str, prompt: str) -> list[str]:
    """Round 28's garbled W-questions, each a class: a compass direction asked while the
    question keeps another one ("Wo folgte … die Ausdehnung der Stadt von Oberberg-Eisenstadt im
    Westen? – im Osten"); a phrase the analysis could not place kept right after the answer's
    noun of an asked prepositional phrase ("Warum nehmen die Niederschläge in den Wolken an den
    Hängen zu? – aufgrund der Kondensation von Feuchtigkeit": the clouds belong to the
    condensation; a time takes no such attribute, an accusative "in die Pollenkammer" is where
    to, and a name seldom takes one: "Mit wem spielte Angelina Jolie 1997 in dem Thriller …?"); "Wann" on a state the text says held "schon" then ("Wann lebten Menschen auf
    Kreta?"); a becoming with no time told by a pronoun, which continues a story ("Er wurde
    Kampfpilot" → "Was wurde Charles Lindbergh?": a life holds several); a clause of a direct quotation, whose
    words a question can only copy ("Wovon hängt laut Kim das qualitative Niveau … ab?")."""
    problems: list[str] = []
    words = _span(sentence, asked.start, asked.end)
    said = {w.lower() for w in re.findall(r"[\w-]+", prompt)}
    if any(t.text in COMPASS_POINTS for t in words) and said & {w.lower() for w in COMPASS_POINTS}:
        problems.append("a compass direction asked while the question keeps another")
    following = next((c for c in clause.constituents if c.start == asked.end and c is not asked), None)
    if (asked.clause is None and asked.role != "time" and len(words) > 1 and words[0].tag in ("APPR", "APPRART")
            and words[-1].tag == "NN" and following is not None and following.case != "Acc"
            and following.clause is None and following.role == "adverbial" and following.detail.endswith("?")
            and _text(sentence, following.start).lower() in _UNSETTLED_PREPOSITIONS
            and all(w.lower() in said for w in re.findall(r"[\w-]+", following.text))):
        problems.append(f"an unplaced phrase after the answer's noun kept in the question: {following.text}")
    k = asked.start - sentence.tokens[0].i
    early = (k > 0 and sentence.tokens[k - 1].text.lower() in EARLY_WORDS) or bool(words and words[0].text.lower() in EARLY_WORDS)
    if (asked.role == "time" and skill == "wann" and early and clause.tense in PAST_TENSES
            and clause.lemma in LASTING_VERBS):
        problems.append("Wann on a state that held 'schon' then: since when")
    if (clause.lemma == "werden" and clause.voice == "active" and asked.role == "predicative" and _pronoun_subject(sentence, clause)
            and not any(c is not asked and c.role != "subject" and c.text.lower() not in SEQUENCE_ONLY
                        for c in clause.constituents)):
        problems.append("a becoming without its time")
    if _quoted(sentence, clause):
        problems.append("a clause of a direct quotation: the question copies the speaker's words")
    return problems


def _pronoun_subject(sentence: Sentence, clause: Clause) -> bool:
    """The clause's subject is a personal pronoun: the sentence continues a story, and its time is
    that of the sentences before ("Er wurde Kampfpilot" after the flight; "Valentin von Terni wurde
    Bischof von Interamna" opens on its own)."""
    subjects = clause.role("subject")
    words = _span(sentence, subjects[0].start, subjects[0].end) if len(subjects) == 1 else []
    return len(words) == 1 and words[0].tag == "PPER"


_UNSETTLED_PREPOSITIONS = frozenset({"in", "im", "an", "am", "auf", "bei", "beim", "unter", "über", "vor", "hinter",
                                     "zwischen", "neben"})


def _quoted(sentence: Sentence, clause: Clause) -> bool:
    """The clause's finite verb stands inside „…“ (or »…«, straight quotes): the clause is a
    direct quotation."""
    if clause.finite is None:
        return False
    inside = False
    for token in sentence.tokens:
        if token.text in OPENING_QUOTES:
            inside = True
        elif token.text in CLOSING_QUOTES:
            inside = False
        elif token.text == '"':
            inside = not inside
        elif token.i == clause.finite:
            return inside
    return False


def attribute_after(sentence: Sentence, clause: Clause, asked: Constituent) -> Constituent | None:
    """The phrase right after an asked prepositional phrase that is an attribute of its noun
    ("für ihre Forschung | zur Radioaktivität", "durch die Abfälle | aus der Ölförderung"): the
    analysis splits them, but asking the first alone leaves the attribute in the question
    ("Wofür ist Marie Curie zur Radioaktivität bekannt?"). None when no such phrase follows; a
    time or an argument of the verb is no attribute."""
    words = _span(sentence, asked.start, asked.end)
    if asked.clause is not None or len(words) < 2 or words[0].tag not in ("APPR", "APPRART") or words[-1].tag != "NN":
        return None
    return next((c for c in clause.constituents if c.start == asked.end and c.clause is None and c.role in ATTRIBUTE_ROLES
                 and _text(sentence, c.start).lower() in ATTRIBUTE_PREPOSITIONS
                 and not any(t.tag == "NE" or t.ent_label for t in _span(sentence, c.start, c.end))), None)  # "zum FC Barcelona": where to


def _object_filled(sentence: Sentence, clause: Clause) -> bool:
    """The object place of an OBJECT_VERBS verb taken by a reflexive ("Das Album verkaufte sich
    in den USA in der ersten Woche 63.000 Mal") or by the "an" of growth ("Somalia hatte an
    militärischer Stärke gewonnen"): nothing was cut. "Wer gewann 1990?" stays refused."""
    if clause.reflexive is not None:
        return True
    return clause.lemma == "gewinnen" and any(
        c.role != "subject" and _span(sentence, c.start, c.start + 1)[:1] and _text(sentence, c.start) == "an"
        for c in clause.constituents)


def _owner_problems(sentence: Sentence, clause: Clause, asked: Constituent, tokens: list[Token], prompt: str) -> list[str]:
    """A possessive in an adverbial answer needs its owner named in the question: "Wo wurde
    Munition hergestellt? – in seiner Fabrik" does not say whose; "Warum wurde das Hochradfahren
    verboten? – wegen seiner Sturzhöhe" does (the subject agrees with "sein")."""
    possessive = next((t for t in tokens if t.tag == "PPOSAT"), None)
    if possessive is None:
        return []
    for subject in clause.role("subject"):
        head = _span(sentence, subject.head, subject.head + 1) if subject is not asked else []
        if head and _agrees(possessive.text.lower(), head[0]):
            return []
    names = {t.text for t in sentence.tokens if t.tag == "NE" or t.ent_label == "PER"}
    known = {t.text for t in sentence.tokens}
    words = re.findall(r"[\w\-]+", prompt)[1:]
    if any(w in names or w[:1].isupper() and w not in known for w in words):
        return []  # a name of the sentence, or one put in for a pronoun
    return ["possessive answer without its owner in the question"]


# Nouns for a person named by a relation to another one, who often owns what follows them.
RELATIONAL_PERSONS = frozenset({"Sohn", "Tochter", "Vater", "Mutter", "Bruder", "Schwester", "Frau", "Mann", "Ehefrau",
                                "Ehemann", "Gattin", "Gatte", "Witwe", "Witwer", "Nachfolger", "Nachfolgerin", "Erbe",
                                "Erbin", "Enkel", "Enkelin", "Neffe", "Nichte", "Onkel", "Tante", "Schüler", "Schülerin",
                                "Freund", "Freundin", "Kind", "Eltern", "Nachkomme"})


def _subject_owns(sentence: Sentence, clause: Clause, asked: Constituent, tokens: list[Token], prompt: str) -> bool:
    """Does the possessive that opens an object answer belong to the subject the question names?
    "Daraufhin verließen die Gefangenen ihre Zellen nicht mehr" asks well "Was verließen die
    Gefangenen nicht mehr? – ihre Zellen": "ihr-" agrees with the plural subject and no name of
    the sentence could own it instead. "Wer war Anwalt? – sein Vater" (a subject) and "Wer war
    sie? – seine Frau" (a predicative) stay refused: their owner is nowhere in the question."""
    possessive = next((t for t in tokens if t.tag not in ("APPR", "APPRART")), None)
    if possessive is None or possessive.tag != "PPOSAT" or asked.role not in ("object_acc", "object_dat"):
        return False
    subjects = [s for s in clause.role("subject") if s is not asked]
    if len(subjects) != 1:
        return False
    words = _span(sentence, subjects[0].start, subjects[0].end)
    head = _span(sentence, subjects[0].head, subjects[0].head + 1)
    if not head or not (head[0].tag in ("NN", "NE") and head[0].text in re.findall(r"[\w\-]+", prompt)
                        or _named_pronoun(sentence, head[0], prompt)):
        return False
    pronoun = {"er": "sein", "sie": "ihr"}.get(head[0].text.lower()) if head[0].tag == "PPER" else None
    if pronoun is not None and not possessive.text.lower().startswith(pronoun):
        return False  # "er" owns "sein-", "sie" owns "ihr-"
    if pronoun is None and not _agrees(possessive.text.lower(), head[0]) or head[0].lemma in RELATIONAL_PERSONS:
        return False  # "Der Sohn übernahm seine Brauerei": most often the father's
    if head[0].tag == "NN" and head[0].feature("Number") != "Plur" and not person_noun(head[0]):
        return False  # "Er wollte nach Peru segeln, doch der Wind trieb sein Schiff": a thing owns no ship
    own = {t.i for t in words} | {t.i for t in tokens}
    # a possessive points back: only a name or pronoun before it may own it instead ("Karl starb, und
    # der Sohn übernahm seine Firma": whose?); "… publizierte 1903 seine erste Kurzgeschichte in der
    # Wochenzeitschrift Pearson’s Weekly" leaves it to Rohmer
    return not any((t.tag == "NE" and t.ent_label != "LOC" or t.tag == "PPER" and t.text.lower() in ("er", "sie"))
                   and t.i not in own and t.i < possessive.i and _agrees(possessive.text.lower(), t)
                   for t in sentence.tokens)


def _named_pronoun(sentence: Sentence, pronoun: Token, prompt: str) -> bool:
    """Is the subject "er" or "sie" and does the prompt name it (a capitalised word the sentence does
    not have, put in for the pronoun)? "Seinen ersten Roman, Pause!, veröffentlichte er anonym 1910"
    → "Was veröffentlichte Rohmer anonym 1910? – seinen ersten Roman": "sein-" is the subject's."""
    if pronoun.tag != "PPER" or pronoun.text.lower() not in ("er", "sie"):
        return False
    known = {t.text for t in sentence.tokens}
    return any(w[:1].isupper() and w not in known for w in re.findall(r"[\w\-]+", prompt)[1:])


def _agrees(possessive: str, owner: Token) -> bool:
    """"sein-" for a masculine or neuter singular owner, "ihr-" for a feminine or plural one."""
    gender, number = owner.feature("Gender"), owner.feature("Number")
    if possessive.startswith("sein"):
        return number != "Plur" and gender in ("Masc", "Neut") or owner.tag == "NE" and gender != "Fem"
    if possessive.startswith("ihr"):
        return gender == "Fem" or number == "Plur"
    return False


def _text(sentence: Sentence, i: int) -> str:
    return sentence.tokens[i - sentence.tokens[0].i].text.lower()


def _definite_antecedent(sentence: Sentence, clause: Clause) -> bool:
    """Is the noun a relative clause hangs on a name or a definite phrase? ("Fahrräder, die …"
    restricts: what it says is no fact about all bicycles)."""
    if clause.antecedent is None:
        return True
    k = clause.antecedent - sentence.tokens[0].i
    if sentence.tokens[k].tag == "NE" or sentence.tokens[k].ent_label:
        return True
    for token in reversed(sentence.tokens[max(0, k - 4) : k]):
        if token.tag in ("ART", "PDAT", "PPOSAT", "APPRART"):
            return token.text.lower()[:1] in ("d", "z", "i", "a", "b", "v") and not token.text.lower().startswith("ein")
        if token.tag not in ("ADJA", "ADV", "ADJD", "CARD"):
            break
    return False


def _particle_problems(sentence: Sentence, clause: Clause, prompt: str) -> list[str]:
    """A separable particle after the clause's finite verb, before the next verb, must stay
    ("Schindler trat der Partei, der NSDAP, bei" → not "Wer trat der Partei?")."""
    if clause.finite is None:
        return []
    lowered = prompt.lower()
    particle = _text(sentence, clause.particle) if clause.particle is not None else ""
    if particle and not any(word.startswith(particle) for word in re.findall(r"\w+", lowered)):
        return [f"separable particle lost: {particle}"]  # "Wohin setzte eine Periode …?" without "ein"
    for token in sentence.tokens:
        if token.i <= clause.finite:
            continue
        if token.tag in FINITE_TAGS or token.tag in ("KOUS", "PRELS", "$.", "KON"):
            break
        if token.tag == "PTKVZ" and token.text.lower() not in lowered:
            return [f"separable particle lost: {token.text}"]
    return []


def _noun_phrase(sentence: Sentence, constituent: Constituent) -> bool:
    """A phrase without preposition that can be the subject the parser did not label."""
    words = _span(sentence, constituent.start, constituent.end)
    return (constituent.clause is None and bool(words) and words[0].tag not in ("APPR", "APPRART", "KOUS")
            and any(t.tag in ("NN", "NE") for t in words))


def _definite(tokens: list[Token]) -> bool:
    """A name or a phrase with a definite determiner ("die Hauptstadt", "Sofia", "seine Frau")."""
    return bool(tokens) and (tokens[0].tag in ("PPOSAT", "NE") or bool(tokens[0].ent_label)
                             or tokens[0].text.lower() in ("der", "die", "das", "den", "dem"))


FROM_PREPOSITIONS = frozenset({"von", "vom", "aus"})
TO_PREPOSITIONS = frozenset({"nach", "bis", "zu", "zum", "zur", "in", "ins"})


def _from_to(tokens: list[Token], k: int) -> bool:
    """Is the name at ``k`` the start of a "von … nach" pair that the next preposition completes?
    "die Verlegung des Botschaftssitzes von Tel Aviv nach Jerusalem" is one phrase about a move;
    "Schindler von der Bundesrepublik" stays a name with a phrase glued on."""
    start = k
    while start > 0 and tokens[start - 1].tag == "NE":
        start -= 1
    return (start > 0 and tokens[start - 1].text.lower() in FROM_PREPOSITIONS and k + 1 < len(tokens)
            and tokens[k + 1].text.lower() in TO_PREPOSITIONS)


NUMBER_NOUNS = frozenset({"Million", "Millionen", "Milliarde", "Milliarden", "Mio.", "Mrd.", "Tausend", "Hundert",
                          "Prozent", "Dutzend"})


def _unit_after_number(first: Token, second: Token, tokens: list[Token]) -> bool:
    """"25 Millionen Euro": a number word and its unit are one amount, not two phrases."""
    k = tokens.index(first)
    return first.text in NUMBER_NOUNS and k > 0 and tokens[k - 1].tag == "CARD" and second.text[:1].isupper()


def _answer_problems(tokens: list[Token], answer: str, skill: str, earlier: frozenset[str],
                     asked: Constituent, owned: bool = False) -> list[str]:
    """An answer that needs the text to be understood, or is too long to write down. ``owned``:
    its possessive belongs to the subject the question names (``_subject_owns``)."""
    problems: list[str] = []
    limit = MAX_LONG_ANSWER_WORDS if skill in LONG_ANSWER_SKILLS or asked.role == "complement" else MAX_ANSWER_WORDS
    if len(answer.split()) > limit:
        problems.append(f"answer of {len(answer.split())} words")
    content = [t for t in tokens if t.tag not in ("APPR", "APPRART", "$,", "$(")]
    if (content and content[0].tag == "PPOSAT" and asked.role in ("subject", "object_acc", "object_dat", "predicative")
            and not owned):
        problems.append(f"possessive answer: {content[0].text}")  # "Wer war Anwalt? – sein Vater"
    if asked.role in ("subject", "object_acc") and any(
            a.tag == "NE" and b.tag in ("APPR", "APPRART") and b.ent_label != "PER" and not _from_to(tokens, k)
            for k, (a, b) in enumerate(pairwise(tokens))):
        problems.append("a name with a prepositional phrase glued on")  # "Schindler von der Bundesrepublik", not "Otto von Bismarck"
    if any(a.tag == "NN" and b.tag == "NN" and not _unit_after_number(a, b, tokens) for a, b in pairwise(tokens)):
        problems.append("two nouns side by side: two phrases in one answer")  # "alle Hersteller Kinderlaufräder"
    if sum(t.tag == "CARD" for t in tokens) > 1 and not any(t.tag == "KON" or t.text in ("bis", "-") for t in tokens):
        problems.append("two numbers in one answer")  # "2019 4,3 Millionen"
    if asked.role == "time" and any(a.tag == "CARD" and b.tag == "ART" for a, b in pairwise(tokens)):
        problems.append("a noun phrase inside the time answer")  # "seit etwa 2000 die Firma Selle Royal"
    if any(t.text.lower() in BACK_POINTING for t in tokens):
        problems.append("answer points back")  # "im selben Gebäude"
    if skill == "wobei":
        problems.append("Wobei from a correlate 'dabei': rarely a real question")  # "Wobei nahm man in Kauf?"
    if content and content[-1].lemma in GENERAL_NOUNS and content[-1].tag == "NN":
        problems.append(f"answer ends in a general noun: {content[-1].text}")  # "ein großer Teil"
    nouns = [t for t in content if t.tag in ("NN", "NE")]
    bare = (asked.role in ("subject", "object_acc", "object_dat") and len(content) == 2 and len(nouns) == 1
            and content[0].text.lower() in DEMONSTRATIVES and nouns[0].tag == "NN")
    if bare and (nouns[0].lemma in earlier and nouns[0].lemma in CLASS_NOUNS or nouns[0].lemma in GENERAL_NOUNS):
        problems.append(f"answer points back: {answer}")  # "Was hat 600.000 Einwohner? – die Insel"
    return problems


def _place_problems(sentence: Sentence, clause: Clause, asked: Constituent, tokens: list[Token], skill: str) -> list[str]:
    """Wo/Wohin/Woher only for a phrase with a place preposition, not right after a noun it may
    belong to ("Tabak aus Amerika", "Fabrik in Krakau")."""
    allowed = PLACE_WORDS.get(skill)
    k = asked.start - sentence.tokens[0].i
    before = sentence.tokens[k - 1] if k > 0 else None
    if asked.role == "time" and before is not None and before.tag in ("NN", "NE") and tokens and tokens[0].text.lower() in NOUN_TIME_PREPOSITIONS:
        owner = next((c for c in clause.constituents if c.start <= before.i < c.end), None)
        if owner is None or owner.role != "time":
            return ["time phrase right after a noun"]  # "Beispielen ab dem 12. Jahrhundert"
    if allowed is None and asked.role not in PLACE_ROLES:
        return []
    problems: list[str] = []
    if allowed is not None and tokens and tokens[0].text.lower() not in allowed and not tokens[0].ent_label:
        problems.append(f"{skill} with {tokens[0].text}")
    if before is not None and before.tag in ("NN", "NE"):
        owner = next((c for c in clause.constituents if c.start <= before.i < c.end), None)
        if (owner is None or owner.role not in ("time", "quantity") or _place_as_time(sentence, owner)) \
                and not _placed_where_made(clause, asked, owner):
            problems.append("place phrase right after a noun")  # "Tabak aus Amerika", "die Juden in Schindlers Fabrik"
    return problems


def _place_as_time(sentence: Sentence, owner: Constituent) -> bool:
    """"bis zur Kaserne" read as a time: "bis" before a noun that names no time is the end of a
    range of places, and a place phrase after its noun belongs to it ("bis zur Kaserne im Osten")."""
    head = _span(sentence, owner.head, owner.head + 1)
    return (owner.role == "time" and owner.preposition == "bis" and bool(head) and head[0].tag == "NN"
            and not _time_like(head))


# Verbs of an event that puts its subject or object at a place for good: founded, built, invented,
# buried there. "X in Y" then says where X came to be in either reading.
PLACING_VERBS = frozenset({"gründen", "anlegen", "errichten", "bauen", "erbauen", "erfinden", "begraben", "beisetzen",
                           "bestatten", "gebären"})


def _placed_where_made(clause: Clause, asked: Constituent, owner: Constituent | None) -> bool:
    """A place phrase after the subject or object of a PLACING_VERBS verb answers "Wo" whether it
    belongs to the noun or to the verb: "1788 wurde die erste Sträflingskolonie in New South Wales
    angelegt", "Am 16. Februar wurde Georg III. in der St George’s Chapel von Windsor Castle
    begraben". Other verbs keep the rule ("die Juden in Schindlers Fabrik" were not rescued there),
    and so does a subordinate clause, which may be what someone supposes ("Schäfer spekuliert, dass
    Weihrauchuhren in Indien erfunden wurden")."""
    return (asked.role == "place" and clause.lemma in PLACING_VERBS and clause.kind in ("main", "coordinated")
            and owner is not None
            and owner.role in ("subject", "object_acc"))


# Tokens after which a capital may open a new sentence or a quotation rather than continue a name.
OPENERS = frozenset({":", "„", "\"", "“", "(", "–", "-", ".", "!", "?", ";"})


def _name_words(sentence: Sentence, nouns: tuple[str, ...]) -> set[str]:
    """Capitalised words of the source that are no nouns but start or continue a name in the
    middle of the sentence ("das National Hurricane Center", "die Bonner Universität", "die
    Königliche Proklamation"): the capital is the name's own, not a sentence-initial one copied
    into the question ("Worüber verfügen Beide Organe?"). Such a word is not the sentence's first,
    follows no colon, quote or bracket, and stands before a capitalised word."""
    found: set[str] = set()
    tokens = sentence.tokens
    for k in range(1, len(tokens) - 1):
        token, before, after = tokens[k], tokens[k - 1], tokens[k + 1]
        if not token.text[:1].isupper() or token.tag in nouns or before.text in OPENERS:
            continue
        if after.text[:1].isupper():
            found.add(token.text)
    return found


# A quotation with both its marks: its words may stand in a question as the text quotes them
# ("Als was wurde Chomsky bezeichnet? – als der „wichtigste Intellektuelle der Gegenwart“"), also
# between straight quotes as many texts write a title ("ein Duett mit dem Titel "Dream"", MLQA).
QUOTATION = re.compile(r'„[^„“]*“|»[^»«]*«|"[^"]*"')


def _prompt_problems(sentence: Sentence, prompt: str) -> list[str]:
    """Words of the prompt the source has only in brackets or quotes (unless the prompt quotes
    them too), a sentence-initial capital in the middle, a comma outside an enumeration, a
    rounding word left alone."""
    problems: list[str] = []
    inside, outside = _enclosed_words(sentence)
    words = re.findall(r"[\w\-.’']+", prompt.rstrip("?"))
    unquoted = re.findall(r"[\w\-.’']+", QUOTATION.sub(" ", prompt.rstrip("?")))
    if any(w.lower() in inside - outside for w in unquoted):
        problems.append("a word from brackets or quotes")  # "Was wurde Schindlers Liste gedreht?"
    first = sentence.tokens[0]
    nouns = ("NN", "NE", "FM", "TRUNC")  # TRUNC: the first part of "Staats- und Regierungschefs"
    if first.text[:1].isupper() and first.tag not in nouns and first.text in words[1:]:
        problems.append(f"sentence-initial {first.text} inside the question")
    capitals = {t.text for t in sentence.tokens if t.text[:1].isupper() and (t.tag in nouns or t.ent_label)}
    capitals |= _nominalised(sentence)
    lower = {t.text for t in sentence.tokens if t.text[:1].isupper() and t.tag not in nouns and not t.ent_label}
    if any(w in lower - capitals - _name_words(sentence, nouns) for w in words[1:]):
        problems.append("a capitalised word that is no noun")  # "Worüber verfügen Beide Organe?"
    if re.search(r"\b(sodass|so dass|weshalb|weswegen|wodurch)\b", prompt.split(None, 1)[-1], re.IGNORECASE):
        problems.append("a conjunction of a second clause inside the question")  # "Was musste sodass der Bus fahren?"
    if re.search(r"\bstatt ?dessen\b", prompt, re.IGNORECASE):
        problems.append("stattdessen refers back")
    if ("," in _without_adjective_pairs(sentence, prompt) and not re.search(r"\w, [\w\- ]{1,40}? (und|oder|sowie) ", prompt)
            and not _zu_infinitive_after_comma(sentence, prompt)):
        problems.append("comma outside an enumeration")
    if re.search(r"\d,\s|\s,\d", prompt):
        problems.append("comma next to a number")
    problems += _content_infinitive_dropped(sentence, words) + _antecedent_without_relative(sentence, words)
    conjunctions = {t.text.lower() for t in sentence.tokens if t.tag in ("KOUS", "KOUI")}
    if any(w.lower() in conjunctions for w in words[1:]):
        problems.append("a subordinating conjunction inside the question")  # "Was musste sodass … geschlachtet werden?"
    particles = {t.text.lower() for t in sentence.tokens if t.tag == "PTKVZ"}
    negated = len(words) > 1 and words[-1].lower() == "mehr" and words[-2].lower() in ("nicht", "nie", "kaum")
    if words and words[-1].lower() in ROUNDING_WORDS - particles and not negated:
        # "über" of "ging … über" is the verb's; "nicht mehr" is a negation ("Was verließen die
        # Gefangenen daraufhin nicht mehr?"), no amount cut off
        problems.append(f"rounding word without its number: {words[-1]}")
    return problems


_DETERMINING_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "APPRART", "ADJA"})


def _nominalised(sentence: Sentence) -> set[str]:
    """Capitalised adjectives and participles after an article, a possessive or an adjective
    inside the sentence: nouns in German spelling whatever their tag ("Im Schaltjahr sind die
    Frauen angehalten, ihrem Liebsten einen Maibaum zu stellen": "Liebsten" is tagged ADJA)."""
    tokens = sentence.tokens
    return {token.text for before, token in pairwise(tokens)
            if token.text[:1].isupper() and before.tag in _DETERMINING_TAGS}


def _content_infinitive_dropped(sentence: Sentence, words: list[str]) -> list[str]:
    """A definite noun of the prompt whose content is the zu-infinitive after it, which the
    prompt leaves out: "Der britische General Harry Prendergast erhielt den Befehl, das obere
    Birma … zu erobern" asks "Wer erhielt den Befehl?", and a reader asks which one (round 20).
    Not an um-/ohne-/statt-clause, which says why or how, not what the noun holds, nor a subject
    or a dative object before the infinitive, which is the verb's ("entschließt sich der
    Sicherheitsrat, die Gefahr … zu beseitigen", "versprach … dem Weltärztebund, die Praktik …
    zu beenden")."""
    tokens, asked = sentence.tokens, set(words)
    definite = {b for a, b in pairwise(words) if a.lower() in DEFINITE}  # "Welchen Befehl …?" asks for it
    persons = {c.head for clause in sentence.clauses for c in clause.constituents if c.role in ("subject", "object_dat")}
    for k in range(1, len(tokens) - 3):
        noun = tokens[k]
        if noun.tag != "NN" or tokens[k - 1].text.lower() not in DEFINITE or noun.text not in definite or noun.i in persons:
            continue
        if tokens[k + 1].text != "," or tokens[k + 2].tag == "KOUI" or tokens[k + 2].tag.startswith("V"):
            continue
        verb = _infinitive_end(tokens, k + 2)
        if verb is not None and verb.text not in asked:
            return [f"definite noun without its zu-infinitive: {noun.text}"]
    return []


def _infinitive_end(tokens: Sequence[Token], start: int) -> Token | None:
    """The verb that closes a zu-infinitive opening at ``start``, or None when a finite verb, a
    conjunction, a relative pronoun or the sentence's end comes first. Commas inside it are
    an enumeration's ("das obere Birma mit 11.000 Mann, leichten Booten und Elefanten zu erobern")."""
    for j in range(start, len(tokens)):
        token = tokens[j]
        if token.tag in FINITE_TAGS or token.tag in ("KOUS", "PRELS", "PRELAT", "PWAV", "$.") or token.tag.startswith("$("):
            return None
        if token.tag == "VVIZU" or j > start and tokens[j - 1].text == "zu" and token.tag.startswith("V"):
            return token
    return None


RELATIVE_WORDS = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher", "welchem",
                            "welchen", "welches", "wer", "was"})
# Pronouns that stand for whoever the relative clause after them describes ("allen, die …").
ANTECEDENT_PRONOUNS = frozenset({"alle", "allen", "aller", "alles", "allem", "jene", "jenen", "jener", "jenem",
                                 "diejenigen", "denjenigen", "derjenige", "demjenigen", "diejenige", "jeder", "jedem",
                                 "jeden", "jemand", "jemandem", "niemand", "niemandem"})


def _antecedent_without_relative(sentence: Sentence, words: list[str]) -> list[str]:
    """A pronoun of the prompt whose relative clause in the source says who it is, left out by
    the prompt: "Jacob Grimm hat das Studium des Ungarischen allen empfohlen, die neue einfach zu
    erlernende Plansprachen schaffen wollen" is not "Wer hat das Studium des Ungarischen allen
    empfohlen?" (round 20: "distorts the text"). "alle" before a noun is a determiner ("alle
    Wörter") and needs no clause."""
    tokens, asked = sentence.tokens, {w.lower() for w in words}
    for k in range(len(tokens) - 2):
        pronoun = tokens[k]
        if pronoun.text.lower() not in ANTECEDENT_PRONOUNS or pronoun.text.lower() not in asked:
            continue
        comma = k + 1
        while comma < len(tokens) and tokens[comma].tag in VERB_TAGS | {"PTKVZ"}:
            comma += 1  # the clause may stand after the right bracket: "allen empfohlen, die …"
        if comma + 2 >= len(tokens) or tokens[comma].text != ",":
            continue
        opener = tokens[comma + 2] if tokens[comma + 1].tag in ("APPR", "APPRART") else tokens[comma + 1]
        end = next((j for j in range(comma + 1, len(tokens)) if tokens[j].tag.startswith("$")), len(tokens))
        if opener.text.lower() not in RELATIVE_WORDS or tokens[end - 1].tag not in FINITE_TAGS:
            continue  # a relative clause ends with its finite verb
        if tokens[end - 1].text.lower() not in asked:
            return [f"pronoun without its relative clause: {pronoun.text}"]
    return []


def _zu_infinitive_after_comma(sentence: Sentence, prompt: str) -> bool:
    """Is the prompt's one comma the one before a zu-infinitive that ends it, as in its source?
    "Wer ist im Schaltjahr angehalten, ihrem Liebsten einen Maibaum zu stellen?" is one clause
    with its infinitive; German sets that comma (the check against commas is for clauses cut
    apart: "Was musste, sodass …")."""
    body = prompt.rstrip("?").rstrip()
    if body.count(",") != 1:
        return False
    tail = body.split(",", 1)[1].split()
    if len(tail) < 2:
        return False
    last = tail[-1]
    zu_forms = {t.text for t in sentence.tokens if t.tag == "VVIZU"}
    with_zu = {b.text for a, b in pairwise(sentence.tokens)
               if a.tag == "PTKZU" and b.tag.startswith("V")}
    return last in zu_forms or (tail[-2] == "zu" and last in with_zu)


def _without_adjective_pairs(sentence: Sentence, prompt: str) -> str:
    """The prompt without the commas between two attributive adjectives of one noun, which the
    source has too: "Wann veröffentlichte die Band ihr erstes, selbstbetiteltes Demo?" is one
    clause ("1995 veröffentlichte die Band ihr erstes, selbstbetiteltes Demo"). Not inside quotes,
    whose words the parser reads less well ("„Jolie ist ausgezeichnet als das extravagante,
    unverantwortliche Mädchen …“" made "Wer ist ausgezeichnet als …?")."""
    tokens = sentence.tokens
    quoted = False
    for k in range(1, len(tokens) - 1):
        if tokens[k].text in ("„", "»", "“", "«", '"'):
            quoted = tokens[k].text in ("„", "»") or tokens[k].text == '"' and not quoted
        before, after = tokens[k - 1], tokens[k + 1]
        if tokens[k].text == "," and before.tag == "ADJA" and after.tag == "ADJA" and not quoted:
            prompt = prompt.replace(f"{before.text}, {after.text}", f"{before.text} {after.text}")
    return prompt


def _enclosed_words(sentence: Sentence) -> tuple[set[str], set[str]]:
    """The lower-case words of the sentence inside brackets or quotes, and those outside."""
    inside: set[str] = set()
    outside: set[str] = set()
    depth, quoted = 0, False
    quote: list[str] = []
    for token in sentence.tokens:
        text = token.text
        if text in ("(", "["):
            depth += 1
        elif text in (")", "]"):
            depth = max(0, depth - 1)
        elif text in ("„", "»", "“", "«", '"', "”"):
            opening = text in ("„", "»") or text == '"' and not quoted
            if quoted and not opening:  # a short quotation is a title or a name; a long one is speech
                (inside if len(quote) <= MAX_TITLE_WORDS else outside).update(quote)
                quote = []
            quoted = opening
        else:
            words = [word.lower() for word in re.findall(r"[\w\-.’']+", text)]
            if quoted and not depth:
                quote.extend(words)
            else:
                (inside if depth else outside).update(words)
            depth = max(0, depth + text.count("(") - text.count(")"))  # "(nord-)koreanischen" is one token
    outside.update(quote)  # an unclosed quotation
    return inside, outside


# --- what strict DaF teachers reject -------------------------------------------------------
# Verbs of motion or transfer: only they carry a "Wohin"/"Woher" question ("Wohin wurde die Stadt
# überflutet?" and "Woher ist Puerto Ayora gefolgt?" are nonsense). A particle of direction on
# any verb also makes it one ("auswandern", "zurückkehren").
MOTION_VERBS = frozenset({"gehen", "kommen", "fahren", "fliegen", "fließen", "laufen", "reisen", "ziehen", "bringen",
                          "schicken", "senden", "liefern", "tragen", "werfen", "legen", "stellen", "setzen", "stecken",
                          "fallen", "steigen", "strömen", "wandern", "fliehen", "flüchten", "transportieren",
                          "exportieren", "importieren", "kehren", "gelangen", "münden", "springen", "schwimmen",
                          "segeln", "reiten", "rennen", "eilen", "holen", "stammen", "entspringen", "bewegen",
                          "verlegen", "übersiedeln", "deportieren", "vertreiben", "verschleppen", "marschieren",
                          "schaffen", "leiten", "verkaufen", "schmuggeln", "pendeln", "treiben", "rollen",
                          "wechseln", "erhalten", "bekommen", "beziehen", "übertragen", "verbreiten"})
MOTION_PARTICLES = ("hinaus", "heraus", "hinein", "herein", "hinauf", "herauf", "hinunter", "herunter", "zurück",
                    "hin", "her", "ein", "aus", "ab", "weg", "fort", "heim", "weiter", "an", "zu", "ver", "über", "um")
# Verbs whose "zu" phrase is a complement, not a purpose: "Wozu gehört/führt/zählt …?" reads as
# "for what purpose" and is wrong; and stative verbs that have no purpose at all.
ZU_COMPLEMENT_VERBS = frozenset({"führen", "gehören", "zählen", "werden", "beitragen", "gelangen", "zwingen", "bewegen",
                                 "veranlassen", "neigen", "passen", "machen", "ernennen", "wählen", "rechnen",
                                 "auffordern", "einladen", "kommen", "entwickeln", "verurteilen", "gratulieren",
                                 "verhelfen", "bringen", "zurückkehren", "wechseln", "avancieren", "aufsteigen",
                                 "reichen", "ausreichen", "genügen"})
STATIVE_VERBS = frozenset({"sein", "haben", "entsprechen", "bestehen", "liegen", "heißen", "gelten", "bedeuten",
                           "befinden", "geben", "stehen", "enthalten", "umfassen", "gehören", "zählen", "betragen", "messen", "wiegen", "kosten"})
# Verbs with an "auf" + accusative complement: "Wo war die Stadt ausgerichtet? – auf Wien".
AUF_COMPLEMENT_VERBS = frozenset({"ausrichten", "richten", "orientieren", "konzentrieren", "beschränken",
                                  "spezialisieren", "hoffen", "warten", "achten", "verzichten", "setzen", "zielen"})
# Words that say the sentence names one of several ("auch", "zum Beispiel", "unter anderem").
SEVERAL_CUES = frozenset({"andere", "anderen", "anderer", "anderem", "anderes", "weitere", "weiteren", "weiterer",
                          "weiterem", "weiteres", "auch", "beispielsweise", "darunter", "u.", "z.", "etwa",
                          "ebenfalls", "ua", "usw.", "etc."})
FOCUS_PARTICLES = frozenset({"auch", "ebenfalls", "etwa"})
SEVERAL_PHRASES = ("zum beispiel", "unter anderem", "u. a.", "z. b.")
# Quantifiers that, as the answer or as a bare pronoun in the question, name nobody in particular.
VAGUE_QUANTIFIERS = frozenset({"viele", "vielen", "manche", "manchen", "mancher", "einige", "einigen", "andere",
                               "anderen", "mehrere", "mehreren", "wenige", "wenigen", "etliche", "zahlreiche", "man",
                               "alle", "allen", "beide", "beiden"})
# Generic people: "Wer geht im Park auf Wegen? – die Besucher" is answered without reading.
GENERIC_PERSONS = frozenset({"Besucher", "Mensch", "Menschen", "Leute", "Bauer", "Person", "Kind", "Kinder",
                             "Bewohner", "Einwohner", "Tourist", "Gast", "Gäste", "Zuschauer", "Nutzer", "Kunde",
                             "Mann", "Frau", "Leser", "Schüler", "Arbeiter", "Forscher", "Wissenschaftler", "Experte"})
# Nouns that, with a definite article and nothing after them, stand for something named
# elsewhere in the text ("den Grund", "die Aktion", "der Abschnitt").
ANAPHORIC_NOUNS = CLASS_NOUNS | GENERAL_NOUNS | frozenset({
    "Grund", "Aktion", "Abschnitt", "Park", "Linie", "Projekt", "Maßnahme", "Idee", "Vorgang", "Ereignis", "Ziel",
    "Plan", "Problem", "Prozess", "Anlage", "Einrichtung", "Veranstaltung", "Ausstellung", "Gebiet", "Organisation",
    "Institution", "Verfahren", "Methode", "System", "Modell", "Tradition", "Regel", "Gesetz", "Vertrag", "Kanal"})
ALWAYS_ANAPHORIC = frozenset({"Grund", "Aktion", "Abschnitt", "Vorgang", "Ereignis", "Maßnahme", "Arbeit"})
POINTING_ADJECTIVES = frozenset({"neu", "ander", "weiter", "solch", "letzt", "obig", "besagt", "folgend", "jeweilig"})
DEFINITE = frozenset({"der", "die", "das", "den", "dem", "des"})
ARTICLE_CONTRACTIONS = frozenset({"im", "am", "zum", "zur", "vom", "beim", "ins"})


def reading_problems(sentence: Sentence, clause: Clause, asked: Constituent, skill: str) -> tuple[str, ...]:
    """The question word does not fit the verb, or the answer is one of an enumeration."""
    tokens = _span(sentence, asked.start, asked.end)
    problems = [*_word_verb_problems(clause, asked, tokens, skill), *_enumeration_problems(sentence, asked, clause),
                *_about_the_text(sentence)]
    return tuple(dict.fromkeys(problems))


# The text speaking of itself: "Zum Abschluss sollen hier … zu Wort kommen", "im Folgenden".
META_PHRASES = ("im folgenden", "in diesem artikel", "in diesem abschnitt", "wie oben", "siehe unten", "siehe oben",
                "zum abschluss", "an dieser stelle", "lesbarkeit", "der übersichtlichkeit")


def _about_the_text(sentence: Sentence) -> list[str]:
    """A sentence about the article itself asks nothing about its content: one that speaks of
    the text ("im Folgenden", "aus Gründen der besseren Lesbarkeit") or a footnote ("*) Die
    Leerstellen …")."""
    text = " " + " ".join(t.text.lower() for t in sentence.tokens) + " "
    hier_modal = " hier " in text and any(t.lemma in ("sollen", "wollen") and t.tag == "VMFIN" for t in sentence.tokens)
    footnote = text.lstrip().startswith("*")
    if hier_modal or footnote or any(f" {phrase} " in text for phrase in META_PHRASES):
        return ["the sentence speaks of the text itself"]
    return []


def _motion(lemma: str) -> bool:
    if lemma in MOTION_VERBS:
        return True
    return any(lemma.startswith(p) and (lemma[len(p):] in MOTION_VERBS or p not in ("an", "zu", "ver", "über", "um"))
               for p in MOTION_PARTICLES if len(lemma) > len(p) + 3)


def _word_verb_problems(clause: Clause, asked: Constituent, tokens: list[Token], skill: str) -> list[str]:
    lemma = clause.lemma
    problems: list[str] = []
    if skill in ("wohin", "woher") and not _motion(lemma):
        problems.append(f"{skill} with a verb that is no motion: {lemma}")
    first = tokens[0].text.lower() if tokens else ""
    if skill == "wo" and (lemma in INTO_VERBS and first == "in" or lemma in MAKE_VERBS and first in ("zu", "zum", "zur")):
        problems.append(f"wo for what {lemma} makes of something")  # "Wo wurde Aqmola umbenannt? – in Astana"
    if skill == "wozu":
        pp = bool(tokens) and tokens[0].text.lower() in ("zu", "zum", "zur") and asked.clause is None
        if lemma in STATIVE_VERBS or pp and lemma in ZU_COMPLEMENT_VERBS:
            problems.append(f"wozu for a complement or a stative verb: {lemma}")
    if skill == "wo" and tokens and tokens[0].text.lower() == "auf" and lemma in AUF_COMPLEMENT_VERBS:
        problems.append(f"wo for an auf-complement of {lemma}")
    return problems


def _enumeration_problems(sentence: Sentence, asked: Constituent, clause: Clause | None = None) -> list[str]:
    """The answer is one item of a list ("bei Thun, Bern und Biel") or its clause says it
    names one of several ("auch", "zum Beispiel", "andere")."""
    first = sentence.tokens[0].i
    k, end = asked.start - first, asked.end - first
    after = list(sentence.tokens[end : end + 2])
    before = list(sentence.tokens[max(0, k - 2) : k])
    listy = {"$,", "KON"}
    if asked.clause is not None:
        after = before = []  # a clause after a comma is no list item
    if any(c.kind == "relative" and c.conjunction is not None and asked.end < c.conjunction <= asked.end + 2
           for c in sentence.clauses):
        after = []  # "einen 15-sekündigen Ausschnitt des Lieds, in dem ein Teil des Refrains zu hören ist"
    if len(after) == 2 and after[0].tag in listy and after[0].text != "aber" and after[1].tag in ("NE", "NN", "ART", "APPR", "APPRART", "CARD", "ADJA"):
        return ["the answer is one item of a list"]
    if len(before) == 2 and before[1].tag in listy and before[1].text != "aber" and before[0].tag in ("NE", "NN", "CARD"):
        return ["the answer is one item of a list"]
    own = set(clause.tokens) if clause is not None and (clause.kind in ("main", "coordinated") or _said(sentence, clause)) and clause.tokens else None
    if own is not None and clause is not None:
        own -= _appended_examples(sentence, clause)
        if clause.kind == "coordinated":  # "Am nächsten Tag erfolgte eine weitere … Phase der Intensivierung,
            # und der Hurrikan erlangte erneut den Status eines schweren Hurrikans": "weitere" is the
            # other conjunct's; a shared subject ("Andere Forscher fanden … und beschrieben …") and a
            # particle right before the answer stay this one's
            own |= {i for c in clause.constituents if c.clause is None for i in range(c.start - 1, c.end)}
    words = [t.text.lower() if own is None or t.i in own or t.i in range(asked.start, asked.end) else ""
             for t in sentence.tokens]  # "…, außerdem gibt es zehn weitere Städte" is another main clause's
    text = " " + " ".join(words) + " "
    for n, word in enumerate(words):
        if word in SEVERAL_CUES and not (word == "etwa" and n + 1 < len(words) and sentence.tokens[n + 1].tag == "CARD"):
            # a focus particle ("auch", "ebenfalls", "etwa") adds something to the phrase it stands
            # beside: only the answer it stands at is one of several
            # (a sentence-initial one scopes over the clause only right before its verb: "Auch
            # erreichten …"; "Auch aufgrund von Uneinigkeiten erreichten …" adds a cause, not a place)
            if word in FOCUS_PARTICLES and not (k - 1 <= n <= end or n == 0 and _before_verb(sentence)):
                continue
            if word.startswith("ander") and (_the_other(sentence, n, k, end) or _than_any_other(sentence, n)):
                continue
            if not _cue_reaches_answer(words, n, k, end):
                continue
            return [f"the sentence names one of several: {word}"]
    if any(f" {phrase} " in text for phrase in SEVERAL_PHRASES):
        return ["the sentence names one of several"]
    return []


def _cue_reaches_answer(words: list[str], n: int, k: int, end: int) -> bool:
    """Does the cue at ``n`` add to the answer (``k`` to ``end``)? "darunter" names members of
    the phrase before it and "und andere"/"und weitere" adds to the phrase before "und": only an
    answer that is that member or that phrase is one of several ("Wer berechnete …? –
    Showalter" of "Showalter und andere Astronomen berechneten 1986 …"); "Wann …? – 1986" is
    whole, as is "Wann wurden die Strafkolonien geschlossen?" of "Auch die Strafkolonien,
    darunter die auf der Teufelsinsel, wurden 1951 geschlossen"."""
    if k <= n < end:
        return True
    if words[n] == "darunter":
        return k - 2 <= n < k
    if n > 0 and words[n - 1] == "und" and words[n].startswith(("ander", "weiter")):
        return n - 1 <= end <= n
    return True


def _before_verb(sentence: Sentence) -> bool:
    """Is the sentence's second word its finite verb ("Auch erreichten die Truppen …")?"""
    return len(sentence.tokens) > 1 and sentence.tokens[1].tag in FINITE_TAGS


def _said(sentence: Sentence, clause: Clause) -> bool:
    """A dass-clause: what it says is its own, whatever the frame around it adds ("Zum Beispiel im
    Theaitetos sagt Platon, dass „die Männer … immer in Eile sprechen, weil das fließende Wasser
    sie dazu auffordert“": the example is where Platon says it, not why the men hurry)."""
    if clause.kind != "subordinate" or clause.conjunction is None:
        return False
    return sentence.tokens[clause.conjunction - sentence.tokens[0].i].text.lower() == "dass"


def _the_other(sentence: Sentence, n: int, k: int, end: int) -> bool:
    """Is the n-th word a definite "andere" outside the answer ("auf der anderen Seite", "von den
    anderen")? It sets one thing against the one named, it does not add more of its kind: Platon's
    "die Männer auf der anderen Seite sprechen immer in Eile, weil das fließende Wasser sie dazu
    auffordert" asks well "Warum sprechen die Männer …?"."""
    before = sentence.tokens[n - 1] if n > 0 else None
    return not k <= n < end and before is not None and (
        before.tag == "APPRART" or before.tag == "ART" and before.lemma.lower() in ("der", "die", "das"))


def _than_any_other(tokens: Sentence | Sequence[Token], n: int) -> bool:
    """Is the n-th word (of a sentence or a prompt) the "andere" of "als jede andere" / "als
    irgendeine andere"? The comparison singles one out, it points to nothing named before:
    "Im Jahr 2007 beförderte Pegasus Airlines mehr Passagiere als jede andere private türkische
    Fluggesellschaft" asks well "In welchem Jahr …?"."""
    words = tokens.tokens if isinstance(tokens, Sentence) else tokens
    before = [t.text.lower() for t in words[max(0, n - 2) : n]]
    return len(before) == 2 and before[0] == "als" and before[1].startswith(("jede", "irgendein", "alle"))


EXAMPLE_OPENERS = ("zum beispiel", "z. b.", "z.b.", "beispielsweise", "etwa")


def appended_example(sentence: Sentence, start: int, end: int) -> bool:
    """Is the span an example appended after a comma ("Der Mensch hat den Großteil seiner Nahrung
    den Blüten zu verdanken, zum Beispiel Obst.")? It illustrates another phrase of the clause:
    a question leaves it out ("Was hat der Mensch den Blüten zu verdanken?"), the key accepts it."""
    tokens = [t for t in sentence.tokens if start - 1 <= t.i < end]
    if len(tokens) < 2 or tokens[0].text != ",":
        return False
    return " ".join(t.text.lower() for t in tokens[1:]).startswith(EXAMPLE_OPENERS)


def _appended_examples(sentence: Sentence, clause: Clause) -> set[int]:
    """The tokens of an example appended after a comma (``appended_example``): it illustrates a
    phrase of the clause and does not make the clause name one of several."""
    return {t.i for c in clause.constituents if appended_example(sentence, c.start, c.end)
            for t in _span(sentence, c.start, c.end)}


def text_problems(question: Question, analysis: Analysis) -> tuple[str, ...]:
    """Why a W-question is no good item for this text: vague, answered by the title, about a
    negation, with a referent the reader cannot see, or with another answer elsewhere."""
    return tuple(dict.fromkeys(problem for found in _text_checks(question, analysis) for problem in found))


def _text_checks(question: Question, analysis: Analysis) -> Iterator[list[str]]:
    """The findings of ``text_problems``' checks one by one, in its order: ``teacher_filter``
    stops at the first that finds a problem (the checks after it, which compare the question
    with every sentence of the text, cost a rejected question as much as a kept one)."""
    parsed = _parse(question.prompt)
    if parsed is None:
        yield ["not one sentence"]
        return
    prompt = [t for t in parsed.tokens if not t.tag.startswith("$")]
    answer = tag_line(str(question.answer) + " .")  # words, tags and lemmas are all the checks read
    answer_tokens = [t for t in answer.tokens if not t.tag.startswith("$")] if answer else []
    title = topic_words(analysis)
    yield _negation(prompt, question.skill)
    yield _vague_words(prompt, answer_tokens)
    yield _trivial(_own_phrase(answer.tokens) if answer else [], title, question.skill)
    yield _referentless(prompt, title, analysis, question.sentence)
    yield _pointing_words(prompt, "prompt")
    yield _pointing_words(answer_tokens, "answer")
    yield _generic_subject(prompt, title)
    yield _idiom_only(prompt)
    yield _shorthand_answer(answer_tokens, title, analysis, question.sentence)
    yield _leftovers(prompt)
    yield _elsewhere(prompt, question, analysis)
    yield _given_away(prompt, answer_tokens, title)
    yield _calendar_constant(prompt, answer_tokens)
    yield _procedure_for_reason(answer_tokens, question.skill)
    yield _birth_from_a_list(prompt, question, analysis)
    yield _span_problems(prompt, question, analysis)
    yield teacher_problems(prompt, answer_tokens, question, analysis, title)
    yield _round31(prompt, answer_tokens, question, analysis)


# Nouns of offices and roles: bare and singular in a copula clause they are its predicative
# ("Bürgermeister ist seit 2011 Thomas Steiner"), never its subject.
OFFICE_ENDINGS = ("meister", "präsident", "kanzler", "minister", "direktor", "leiter", "chef", "vorsitzender",
                  "sprecher", "trainer", "kapitän", "könig", "kaiser", "papst", "bischof", "abt", "rektor")


# Verbs whose "in" phrase ("in Astana umbenannt") or "zu" phrase ("zur Stadt erhoben") names what
# something becomes, not where it is.
INTO_VERBS = frozenset({"umbenennen", "umwandeln", "verwandeln", "einteilen", "teilen", "aufteilen", "gliedern",
                        "unterteilen", "übersetzen"})
MAKE_VERBS = frozenset({"ernennen", "wählen", "machen", "werden", "erklären", "erheben"})


# Comparatives that modify the verb, not the noun after them ("kamen später Soldaten").
ADVERBIAL_COMPARATIVES = frozenset({"später", "früher", "länger", "öfter", "eher", "weiter", "mehr", "weniger",
                                    "lieber", "besser", "schneller", "näher", "ferner", "ebenfalls", "gerne", "alleine"})


def cut_copula(sentence: Sentence, clause: Clause) -> bool:
    """A "sein" clause with nothing to say what or where, ending at a comma the sentence goes on
    after: an apposition cut it ("Im Sommer 2000 war Frederik Braun, einer der Gründer, in Zürich
    im Urlaub" gives "Wer war im Sommer 2000?" and "Im Sommer 2012 war Frederik Braun.")."""
    if clause.lemma != "sein" or not clause.tokens or any(
            c.role in ("predicative", "place", "direction", "origin", "object_prep") or c.clause is not None
            for c in clause.constituents):
        return False
    words = [t for t in sentence.tokens if t.i in clause.tokens and not t.tag.startswith("$")]
    after = next((t for t in sentence.tokens if t.i == words[-1].i + 1), None) if words else None
    return after is not None and after.text == "," and after.i + 1 < sentence.tokens[-1].i


def topic_words(analysis: Analysis) -> set[str]:
    """The words that name the text's topic, lower case: its title's; for a text without a title
    (a plain file whose title is its first words) the subject of its first sentence: asking for
    the topic is trivial, asking for anything else the first sentence says is not."""
    article = analysis.article
    derived = article.title_span is None and article.text.startswith(article.title.removesuffix(" …").strip())
    if not derived:
        return {w.lower() for w in re.findall(r"\w+", article.title)}
    body = next((s for s in analysis.sentences if not s.is_heading), None)
    clause = next((c for c in body.clauses if c.kind == "main"), None) if body else None
    subject = clause.role("subject") if clause else ()
    if not subject:
        return set()
    words = [t for t in body.tokens if subject[0].start <= t.i < subject[0].end and t.tag in ("NN", "NE")]
    return {w.lower() for t in words for w in re.findall(r"\w+", t.text)}


def teacher_filter(questions: list[Question], analysis: Analysis) -> list[Question]:
    """The questions that pass ``text_problems``, each without the linking adverbs it copied
    from its sentence (``without_linking_adverbs``)."""
    kept = []
    for question in questions:
        prompt = without_linking_adverbs(question.prompt)
        if prompt is None:
            continue
        question = replace(question, prompt=prompt) if prompt != question.prompt else question
        if not any(_text_checks(question, analysis)):
            kept.append(question)
    return kept


# --- words that point back to the text (round 5: "deren Rückzug", "beide Begriffe") ------------
#
# A question is read on its own: a word that ties its sentence to the one before either goes
# (an adverb the question says the same without: "wiederum", "sogar", "später") or, where it
# carries meaning the question cannot keep ("deren Rückzug", "drei Jahre später", "entsprechende
# Literatur"), the question is not asked.

# Adverbs that link a sentence to the text around it; a question is as true without them. Those
# of immediacy ("sogleich", "umgehend") say "right after what the text told before", which the
# question does not tell: "Was wurde sogleich in Nursultan umbenannt?" (round 24: "'sogleich'
# makes no sense out of context", bad) asks "Was wurde in Nursultan umbenannt?".
LINKING_ADVERBS = frozenset({"wiederum", "sogar", "ebenfalls", "zudem", "außerdem", "ferner", "jedoch", "aber",
                             "allerdings", "hingegen", "nämlich", "später", "noch", "weiterhin", "ebenso", "anschließend",
                             "daraufhin", "zuvor", "vorher", "hinterher", "sogleich", "umgehend", "unverzüglich",
                             "alsbald"})
# Of these, the ones that say "after/before" an event: bound to a time amount ("ein Jahr zuvor") they ask nothing.
SEQUENCE_ADVERBS = frozenset({"später", "anschließend", "daraufhin", "zuvor", "vorher", "hinterher"})
# Before "später" or "noch" they belong to a phrase ("erst später", "immer noch"): the word stays.
BOUND_BEFORE = frozenset({"erst", "schon", "bereits", "noch", "viel", "weit", "kurz", "wenig", "etwas", "bald", "immer",
                          "weder", "auch", "ebenso", "so", "wie", "zu"})
# After "noch" they make a phrase of it ("noch heute", "noch nicht", "noch mehr").
BOUND_AFTER_NOCH = frozenset({"heute", "nicht", "nie", "mehr", "weniger", "einmal", "immer", "bis", "lange", "länger",
                              "größer", "kleiner", "später", "früher", "kein", "keine", "keinen", "keiner", "keinem"})
# Adverbs that place the question's event relative to another one the text told before.
RELATIVE_ADVERBS = frozenset({"darauf", "seither", "seitdem", "stattdessen", "infolgedessen", "dementsprechend"})
# Adjective stems that point back ("entsprechende Literatur", "solche Fälle", "im darauffolgenden Jahr").
POINTING_STEMS = ("entsprechend", "solch", "derartig", "darauffolgend", "folgend", "vorig", "vorherig", "besagt",
                  "ebendies", "letztgenannt", "erstgenannt", "obengenannt", "vorgenannt")
# Adverbs that place something in the text before or after, with the participles of saying or
# showing that make them a reference ("in der oben beschriebenen Form", "die unten genannten
# Arten"; not "die oben liegenden Blätter"): written apart, "obengenannt" is no POINTING_STEMS.
TEXT_PLACES = frozenset({"oben", "unten"})
TEXT_REFERENCES = ("beschrieb", "genannt", "erwähnt", "aufgeführt", "dargestellt", "angeführt", "gezeigt",
                   "angegeben", "zitiert", "erläutert", "skizziert", "behandelt")
FOLLOWING = ("folgend", "darauffolgend", "nächst")
BOTH = frozenset({"beide", "beiden", "beider", "beides", "beidem"})
COORDINATORS = frozenset({"und", "sowie", "oder"})
# Quantifiers that leave a plural subject generic ("viele Anbauer").
GENERIC_QUANTIFIERS = frozenset({"viele", "vielen", "manche", "manchen", "einige", "einigen", "mehrere", "mehreren",
                                 "zahlreiche", "zahlreichen", "etliche", "etlichen"})
MIN_REWRITTEN_WORDS = 4


def without_linking_adverbs(prompt: str) -> str | None:
    """``prompt`` without the linking adverbs it copied ("Was bilden die finno-ugrischen
    Sprachen wiederum …?" → without "wiederum"; "Wo lag Eisenstadt später unter den Römern?" →
    without "später"; "am folgenden Tag" and "drei Jahre später" go as a whole); None when one
    is bound to a word that needs it ("erst später") or the question would be too short without
    it. The prompt as it was when there is none."""
    parsed = _parse(prompt)
    if parsed is None:
        return prompt
    tokens = list(parsed.tokens)
    cut: list[Token] = []
    for k, token in enumerate(tokens):
        low = token.text.lower()
        if 0 < k < len(tokens) - 2 and low in ("am", "im") and tokens[k + 1].text.lower().startswith(FOLLOWING) \
                and _time_amount(tokens[k + 2]):
            cut.extend(tokens[k : k + 3])  # "am folgenden Tag": the question is as true without it
            continue
        if k == 0 or low not in LINKING_ADVERBS or token.tag not in ("ADV", "ADJD", "PAV", "PROAV"):
            continue
        before, after = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
        if low in SEQUENCE_ADVERBS and _time_amount(before):
            start = k - 1
            while start > 1 and (tokens[start - 1].tag in ("CARD", "ADJA", "PIAT", "ART") or _time_amount(tokens[start - 1])):
                start -= 1
            cut.extend(tokens[start : k + 1])  # "kurze Zeit später": the whole phrase goes, the question stays true
            continue
        if low in SEQUENCE_ADVERBS and before.text.lower() in BOUND_BEFORE:
            return None  # "kurz zuvor", "erst später": relative to what the text told before
        if before.text.lower() in BOUND_BEFORE:
            continue  # "immer noch": a phrase, and the meaning needs it
        if low == "noch" and after is not None and (after.text.lower() in BOUND_AFTER_NOCH or after.tag in (
                "ADV", "ADJD", "PTKNEG", "PIAT", "PIS", "KOKOM", "CARD", "ADJA")):
            continue  # "noch heute", "noch wenige Paare", "noch 1900"
        cut.append(token)
    if not cut:
        return prompt
    text = prompt
    for token in sorted(set(cut), key=lambda t: t.start, reverse=True):
        text = text[: token.start].rstrip() + " " + text[token.end :].lstrip()
    text = re.sub(r" +([?.,])", r"\1", text).strip()
    return text if len(text.split()) >= MIN_REWRITTEN_WORDS else None


def _pointing_words(tokens: list[Token], where: str) -> list[str]:
    """Words of a prompt or an answer that point back to the text: "deren"/"dessen" before a
    noun (unless right after a coordinated noun of the same string: "der Tabakpflanzen und deren
    Verwendung"; in an answer, after any noun of it), "beide" (unless names follow), "diese"/
    "jene" (in an answer; the prompt's are ``_unreferred``), "entsprechende", "solche",
    "darauffolgend", "drei Jahre später", and adverbs anchored in an event told before ("seitdem")."""
    problems: list[str] = []
    for k, token in enumerate(tokens):
        low = token.text.lower()
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if low in ("deren", "dessen") and after is not None and after.tag in ("NN", "NE", "ADJA", "CARD"):
            coordinated = k >= 2 and tokens[k - 1].text.lower() in COORDINATORS and tokens[k - 2].tag in ("NN", "NE")
            named = where == "answer" and any(t.tag in ("NN", "NE") for t in tokens[:k])
            if not (coordinated or named):
                problems.append(f"{where}: {token.text} points back")  # "nach deren Rückzug"
        elif low in BOTH and not _names_follow(tokens, k):
            problems.append(f"{where}: {token.text} points back")  # "beide Begriffe", "in beiden Bildern"
        elif where == "answer" and token.tag in ("PDAT", "PDS") and low.startswith(("dies", "jen")):
            problems.append(f"answer: {token.text} points back")  # "die Bewohner dieser Zone"
        elif token.tag in ("ADJA", "ADJD", "PIAT", "PIS", "PDAT") and low.startswith(POINTING_STEMS):
            problems.append(f"{where}: {token.text} points back")  # "entsprechende Literatur"
        elif low in SEQUENCE_ADVERBS and k > 0 and _time_amount(tokens[k - 1]):
            problems.append(f"{where}: {tokens[k - 1].text} später")  # "drei Jahre später"
        elif low == "nach" and k + 2 < len(tokens) and tokens[k + 1].tag == "CARD" and _elapsed(tokens, k + 2):
            problems.append(f"{where}: nach {tokens[k + 1].text} {tokens[k + 2].text} counts from what the text told before")
        elif low in RELATIVE_ADVERBS and token.tag in ("ADV", "PAV", "PROAV", "ADJD"):
            problems.append(f"{where}: {token.text} points back")
        elif low in TEXT_PLACES and after is not None and after.text.lower().startswith(TEXT_REFERENCES):
            problems.append(f"{where}: {token.text} {after.text} points to another part of the text")
    return problems


# Units of elapsed time: "nach 33 Stunden" counts from an event the question does not name.
ELAPSED_UNITS = frozenset({"Sekunde", "Minute", "Stunde", "Tag", "Woche", "Monat", "Jahr", "Jahrzehnt"})


def _elapsed(tokens: list[Token], j: int) -> bool:
    """"33 Stunden" with nothing after it that says of what ("nach vier Jahren Umbauzeit",
    "nach drei Jahren Bauzeit" say it)."""
    unit = tokens[j]
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return (unit.tag == "NN" and (unit.lemma in ELAPSED_UNITS or unit.text.rstrip("n") in ELAPSED_UNITS)
            and not (after is not None and after.tag in ("NN", "NE", "ART", "PPOSAT")))


def _time_amount(token: Token) -> bool:
    """"Jahre", "Monate", "zwei" before "später": an amount of time after something else."""
    return token.tag == "CARD" or token.tag == "NN" and (token.lemma in TIME_NOUNS or token.text in TIME_NOUNS)


def _names_follow(tokens: list[Token], k: int) -> bool:
    """"den beiden Grenzbahnhöfen Dostyk und Korgas": the two are named after the noun."""
    rest = tokens[k + 1 :]
    j = 0
    while j < len(rest) and rest[j].tag in ("ADJA", "NN"):
        j += 1
    return j < len(rest) and (rest[j].tag == "NE" or bool(rest[j].ent_label))


def _generic_subject(prompt: list[Token], title: set[str]) -> list[str]:
    """A prompt whose only noun is a bare or vaguely quantified plural of people, with no name
    or number ("Wozu raten Experten?", "Worauf verzichten viele Anbauer?"): experts on what,
    growers of what? The text's context is lost and the question reads as general knowledge.
    People named after the topic ("viele Ungarn" in the text on Hungarian) are the text's own.
    Asked why or what for, the topic named beside them adds nothing a reader needs the text for
    ("Wozu kamen viele Wissenschaftler auf die Galapagos-Inseln?" – to do research)."""
    words = [t for t in prompt[1:] if t.tag not in VERB_TAGS and t.tag != "PTKVZ"]
    if prompt and prompt[0].text.lower() in ("wozu", "warum"):
        words = _without_topic(words, title)
    nouns = [t for t in words if t.tag in ("NN", "NE", "FM", "CARD") or t.ent_label]
    if len(nouns) != 1 or nouns[0].tag != "NN" or not _people(nouns[0]):
        return []
    k = words.index(nouns[0])
    if k > 1 or k == 1 and words[0].text.lower() not in GENERIC_QUANTIFIERS or len(words) > k + 1:
        return []
    if k == 0 and nouns[0].feature("Number") != "Plur":
        return []  # a bare singular is a name or a mass noun, not people in general
    stem = nouns[0].lemma.lower()[:TOPIC_STEM]
    if any(word.startswith(stem) or stem.startswith(word[:TOPIC_STEM]) for word in title if len(word) >= TOPIC_STEM):
        return []
    return [f"a generic subject: {' '.join(t.text for t in words)}"]


def _without_topic(words: list[Token], title: set[str]) -> list[Token]:
    """``words`` without the phrase that names the topic ("auf die Galapagos-Inseln")."""
    topic = [k for k, t in enumerate(words) if t.tag in ("NN", "NE") and _on_topic(t.text, title)]
    if not topic:
        return words
    drop = set(topic)
    for k in topic:
        j = k - 1
        while j >= 0 and words[j].tag in ("ART", "APPR", "APPRART", "ADJA"):
            drop.add(j)
            j -= 1
    return [t for k, t in enumerate(words) if k not in drop]


# Nouns of support-verb idioms ("in den Vordergrund rücken", "zum Einsatz kommen"): they name no topic.
IDIOM_NOUNS = frozenset({"Vordergrund", "Hintergrund", "Mittelpunkt", "Verfügung", "Einsatz", "Betracht", "Anspruch",
                         "Erscheinung", "Geltung", "Gebrauch"})


def _idiom_only(prompt: list[Token]) -> list[str]:
    """A prompt whose only nouns are those of an idiom ("Was rückt immer mehr in den
    Vordergrund? – das Duzen"): it says nothing about what the text is about."""
    nouns = [t for t in prompt[1:] if t.tag in ("NN", "NE", "FM", "CARD") or t.ent_label]
    if nouns and all(t.tag == "NN" and t.text in IDIOM_NOUNS for t in nouns):
        return [f"the prompt names nothing but an idiom: {' '.join(t.text for t in nouns)}"]
    return []


TOPIC_STEM = 5  # "Ungar(n)" and "Ungar(ische Sprache)" share this many letters


def _people(noun: Token) -> bool:
    """A noun for people: a generic one, one with a female form in -in (Experte: Expertin), or
    an agent noun in -er the lexicon does not know (Anbauer)."""
    lexicon = noun_lexicon()
    for lemma in {noun.text, noun.lemma if noun.lemma[:1].isupper() else noun.text}:  # the tagger's lemma of "Anbauer" is "Anbau"
        if lemma in GENERIC_PERSONS:
            return True
        stems = {lemma, lemma.removesuffix("e")}
        if any((entry := lexicon.lookup(stem + "in", compound_fallback=False)) is not None and entry.gender == "Fem" for stem in stems):
            return True
        if lemma.endswith("er") and lexicon.lookup(lemma, compound_fallback=False) is None:
            return True
    return False


def _negation(prompt: list[Token], skill: str) -> list[str]:
    """What something is not or does not do has no one answer ("Was besitzt die Stadt nicht?"). A
    "nicht mehr" at the end tells a change, what stopped: "Daraufhin verließen die Gefangenen ihre
    Zellen nicht mehr" asks well "Was verließen die Gefangenen nicht mehr? – ihre Zellen"."""
    if skill in ("warum", "weshalb", "wieso"):
        return []
    words = [t.text.lower() for t in prompt if not t.tag.startswith("$")]
    stopped = words[-2:] == ["nicht", "mehr"] and words.count("nicht") == 1
    if not stopped and any(w == "nicht" or w.startswith("kein") for w in words):
        return ["a question about a negation"]
    if skill != "wie oft" and any(t.text.lower() in RARELY for t in prompt):
        return ["a question about what seldom or never is"]  # "Was erleidet der Tabakbau nur selten …?"
    return []


# Adverbs that all but negate their clause: asking what it is about asks what seldom or never happens.
RARELY = frozenset({"selten", "kaum", "nie", "niemals", "nirgends", "keineswegs"})


def _vague_words(prompt: list[Token], answer: list[Token]) -> list[str]:
    problems: list[str] = []
    content = [t for t in answer if t.tag not in ("APPR", "APPRART")]
    if len(content) > 1 and content[0].tag == "ART" and content[1].text.lower() in ("meisten", "wenigsten"):
        content = content[1:]  # "die meisten Autoren": as vague as "viele Autoren"
    if content and content[0].text.lower() in VAGUE_QUANTIFIERS | {"meisten", "wenigsten"} and not _quantified_thing(content):
        problems.append(f"vague answer: {content[0].text}")
    for n, (a, b) in enumerate(zip(prompt, [*prompt[1:], None], strict=True)):
        name = a.tag == "NE" or a.ent_label or n > 0 and a.text[:1].isupper()  # "Woody Allen", not "allen"
        if a.text.lower() in VAGUE_QUANTIFIERS - {"man"} and not name and (b is None or b.tag not in ("NN", "ADJA", "NE", "CARD")):
            problems.append(f"a quantifier without its noun: {a.text}")
    return problems


def _quantified_thing(content: list[Token]) -> bool:
    """"viele Überschwemmungen", "zahlreiche Wasserkraftwerke": a quantifier before a noun that
    names a kind of thing answers "Was hat die Aare verursacht?"; "viele Menschen", "alle" or
    "viele Teile" leave the reader guessing who or what."""
    nouns = [t for t in content[1:] if t.tag == "NN"]
    if content[0].text.lower() in ("man", "alle", "allen", "beide", "beiden", "andere", "anderen") or len(nouns) != 1:
        return False
    noun = nouns[0]
    if content[0].text.lower() in ("meisten", "wenigsten") and _people(noun):
        return False  # "die meisten Autoren": which authors?
    return noun.lemma not in GENERIC_PERSONS and noun.text not in GENERIC_PERSONS and noun.lemma not in GENERAL_NOUNS \
        and all(t.tag in ("ADJA", "ADV", "NN") for t in content[1:])


def _topic_compound(noun: Token, title: set[str], skill: str = "") -> bool:
    """"Tabakpflanzen" in the article on Tabak: a compound on the topic names the topic; so does
    the head of the title's compound: "Brände" under "Waldbrände im Yellowstone-Nationalpark"
    (a reader: "give-away: fires are the topic of the whole text"), except as the class a
    definition gives ("Was sind die Galapagosinseln? – Inseln im Pazifik")."""
    low = noun.text.lower()
    heads = {low, noun.lemma.lower()}
    return any(len(word) >= 4 and low.startswith(word) and len(low) > len(word) + 2 for word in title) or (
        skill not in DEFINITION_SKILLS
        and any(len(head) >= 4 and word.endswith(head) and len(word) > len(head) + 2 for word in title for head in heads))


DEFINITION_SKILLS = frozenset({"was-ist", "wer-ist"})


def _own_phrase(tokens: Sequence[Token]) -> list[Token]:
    """An answer's words up to its first comma: the phrase whose head says what the answer is,
    without the relative clause that describes it ("das Wissen, das … über einen
    Informationskanal vermittelt" is knowledge, not the channel)."""
    comma = next((k for k, t in enumerate(tokens) if t.tag == "$,"), len(tokens))
    return [t for t in tokens[:comma] if not t.tag.startswith("$")]


# The skills that ask for a person, with or without a preposition ("Für wen ist … in Betrieb
# genommen worden? – für die Besucher": round 28, bad, "a trivial answer to a long copied clause");
# with a preposition only people at large with nothing but an article ("zu seinen bisherigen
# Arbeitern" says whose).  After a preposition the key is often the clause's one partner or the
# group a thing is for, and a group named by what its people are (sex, age, home, work: "mit den
# Bewohnern", "für Frauen") is what the text says; only whoever uses or visits a thing, or anyone
# at all, is guessed without reading ("für die Besucher" of a model airport).
PEOPLE_AT_LARGE = frozenset({"Besucher", "Mensch", "Menschen", "Leute", "Person", "Tourist", "Gast", "Gäste",
                             "Zuschauer", "Nutzer", "Kunde", "Leser"})
PERSON_SKILLS = frozenset({"wer", "wen", "wem", "für wen", "von wem", "mit wem", "gegen wen", "an wen", "zu wem",
                           "bei wem"})


def _trivial(answer: list[Token], title: set[str], skill: str) -> list[str]:
    """An answer whose main noun names the text's topic, or a generic person asked with "Wer". A
    reason or purpose clause may name the topic: "Warum wurden die Aufnahmen unterbrochen? – weil
    Lamb of God … durch Nordamerika reisten" (under the title "Lamb of God") gives nothing away."""
    if answer and answer[0].tag in ("KOUS", "KOUI"):
        return []
    kernel = [t for t in _kernel(answer) if t.tag in ("NN", "NE")]
    nouns = [t for t in answer if t.tag in ("NN", "NE")]
    if not nouns:
        return []
    head = kernel[-1] if kernel[-1].tag == "NN" else kernel[0]
    if head.text.lower() in title or head.lemma.lower() in title or _topic_compound(head, title, skill):
        return [f"the answer is the text's topic: {head.text}"]
    head = nouns[-1] if nouns[-1].tag == "NN" else nouns[0]
    bare = skill in ("wer", "wen", "wem") or not any(t.tag in ("ADJA", "PPOSAT", "CARD") for t in answer)
    generic = GENERIC_PERSONS if skill in ("wer", "wen", "wem") else PEOPLE_AT_LARGE
    if skill in PERSON_SKILLS and bare and len(nouns) == 1 and (head.lemma in generic or head.text in generic):
        return [f"a generic person as answer: {head.text}"]
    return []


# Nouns that name what the answer is only through their attribute ("der größte Teil des Tabaks").
PART_NOUNS = GENERAL_NOUNS | frozenset({"Großteil", "Hälfte", "Drittel", "Viertel", "Mehrheit", "Minderheit", "Menge",
                                        "Anteil", "Rest", "Sorte", "Gattung", "Prozent"})


def _kernel(answer: list[Token]) -> list[Token]:
    """An answer's words up to the attribute after its first noun: "die größte
    Modelleisenbahnanlage" of "… der Welt" (its main noun is the layout, not the world the
    Miniatur-Welt article is about), "die Mündung" of "… des Brisbane River". A clause ("dass
    Lindbergh wegen …") is left whole: its subject is no main noun of the answer; a general or
    part noun ("den größten Teil des Tabaks", "den Begriff der Information") says what the answer
    is through its attribute, so the attribute stays."""
    if any(t.tag in VERB_TAGS or t.tag.startswith("KOU") for t in answer):
        return answer
    for k, token in enumerate(answer):
        if token.tag not in ("NN", "NE") or token.lemma in PART_NOUNS or token.text in PART_NOUNS:
            continue
        rest = answer[k + 1 :]
        if rest and rest[0].tag in ("APPR", "APPRART") or rest and rest[0].tag == "ART" and rest[0].text.lower() in ("der", "des"):
            return answer[: k + 1]
    return answer


# what may follow "von" to name the noun before it ("der Anbau von Tabak", "von einer Krankheit")
NAMING_TAGS = frozenset({"NN", "NE", "ART", "ADJA", "CARD", "PPOSAT"})


def _referentless(prompt: list[Token], title: set[str], analysis: Analysis, index: int) -> list[str]:
    """A definite common noun that stands for something named elsewhere: "den Grund", "der
    Park" after "Miniaturenpark", "der neue Abschnitt"."""
    earlier = _words_of(analysis).nouns_before(index)
    introduced = _words_of(analysis).introduced_before(index)
    problems: list[str] = []
    for k, token in enumerate(prompt):
        if (token.tag == "ADJA" and token.lemma.lower() in POINTING_ADJECTIVES and not _introduced_as_new(prompt, k)
                and not _others_than_named(prompt, k) and not _than_any_other(prompt, k) and not _recent_time(prompt, k)):
            problems.append(f"a pointing adjective: {token.text}")
        if token.tag == "ADJA" and token.text.lower() in RELATIVE_TIME_ADJECTIVES and not _names_follow(prompt, k):
            problems.append(f"a pointing adjective: {token.text}")  # "der spätere Verwendungszweck" (of what?)
        if token.tag != "NN" or token.lemma.lower() in title or token.text.lower() in title:
            continue
        j = k - 1
        while j >= 0 and prompt[j].tag in ("ADJA", "ADV"):
            j -= 1
        if j < 0 or prompt[j].text.lower() not in DEFINITE | ARTICLE_CONTRACTIONS:
            continue
        if any(t.tag == "ADJA" and t.text[:1].isupper() for t in prompt[j + 1 : k]) or token.ent_label:
            continue  # "der Europäischen Union", "die Vereinigten Staaten": a name, not a noun pointing back
        follows = prompt[k + 1] if k + 1 < len(prompt) else None
        if follows is not None and (follows.tag == "NE" or follows.tag == "ART" and follows.text.lower() in ("des", "der")
                                    or follows.text.lower() == "von" and k + 2 < len(prompt) and prompt[k + 2].tag in NAMING_TAGS):
            continue  # "die Stadt Thun", "der Abschnitt des Parks", "der Anbau von Tabak": named
        low = token.text.lower()
        # "die Stadt" in a text on Eisenstadt is the topic itself, not a shorthand for something else
        longer = [word for word in earlier if len(word) > len(low) + 2 and word.endswith(low)]
        shorthand = bool(longer) and not any(word in title for word in longer)
        # (a genitive after a noun names whose: "Leiter *der Forschung* bei der Wellcome Foundation")
        bare_subject = low.endswith("ung") and prompt[j].tag == "ART" and (j == 0 or prompt[j - 1].tag not in ("APPR", "APPRART", "NN"))
        anaphoric = token.lemma in ANAPHORIC_NOUNS or bare_subject  # "die Einteilung": of what the text divided before
        mentioned = anaphoric and bool({token.lemma.lower(), low} & introduced)
        if token.lemma in ALWAYS_ANAPHORIC or mentioned or shorthand:
            problems.append(f"a definite noun without its referent: {token.text}")
    return problems


class _SentenceWords:
    """The word sets of one analysis's sentences that ``_elsewhere`` and ``_referentless`` read
    for every question: built once per article instead of once per question (the 2,500
    questions checked on the 41 development articles built 800,000 sentence sets, 14 s of a
    profiled build; the longest article, "London", has 700 sentences)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.lemmas = [frozenset(t.lemma for t in sentence.tokens) for sentence in analysis.sentences]
        self._nouns_before: dict[int, frozenset[str]] = {}
        self._introduced: dict[int, frozenset[str]] = {}

    def nouns_before(self, index: int) -> frozenset[str]:
        """The nouns and names (lower case) of the sentences before sentence ``index``."""
        return _before(self._nouns_before, index, self.analysis.sentences,
                       lambda s: (t.text.lower() for t in s.tokens if t.tag in ("NN", "NE")))

    def introduced_before(self, index: int) -> frozenset[str]:
        """The nouns (lower case) that a sentence before sentence ``index`` uses at least once
        other than as a bare definite ("eine Stadt", "die Stadt Thun", "diese Maßnahme"): "die
        Stadt" then stands for what was named there. A noun the text only ever calls "der
        Prozess" is the same one in the question: "Wie endet der Prozess?" after "im Prozess"."""
        return _before(self._introduced, index, self.analysis.sentences,
                       lambda s: (t.text.lower() for k, t in enumerate(s.tokens)
                                  if t.tag == "NN" and not _bare_definite(s.tokens, k)))


def _before(known: dict[int, frozenset[str]], index: int, sentences: Sequence[Sentence],
            words: Callable[[Sentence], Iterable[str]]) -> frozenset[str]:
    """The ``words`` of the sentences before sentence ``index``, grown from the nearest set
    ``known`` holds for an earlier sentence: each question's set was gathered from the whole
    text before it, 200 scans of the 700 sentences of "London" (3 % of a build)."""
    if index not in known:
        start = max((k for k in known if k < index), default=0)
        found = set(known.get(start, ()))
        for sentence in sentences[start:max(start, index)]:
            found.update(words(sentence))
        known[index] = frozenset(found)
    return known[index]


def _bare_definite(tokens: Sequence[Token], k: int) -> bool:
    """Is the k-th word a noun after a definite article (or "im", "zum") with no name or
    genitive after it ("im Prozess", "der Prozess")? Not "die Stadt Thun", "eine Stadt"."""
    j = k - 1
    while j >= 0 and tokens[j].tag in ("ADJA", "ADV"):
        j -= 1
    follows = tokens[k + 1] if k + 1 < len(tokens) else None
    named = follows is not None and (follows.tag == "NE" or follows.tag == "ART" and follows.text.lower() in ("des", "der"))
    return j >= 0 and tokens[j].text.lower() in DEFINITE | ARTICLE_CONTRACTIONS and not named


# The word sets of the analysis whose questions are being checked (one article at a time).
_words_of: LastOne[Analysis, _SentenceWords] = LastOne(_SentenceWords)


# Time nouns after which "letzt" counts back from now: "in den letzten Jahren" (recently).
RECENT_TIME_NOUNS = frozenset({"Jahr", "Jahrzehnt", "Jahrhundert", "Monat", "Woche", "Tag", "Zeit"})


def _recent_time(prompt: list[Token], k: int) -> bool:
    """"in den letzten Jahren", "in letzter Zeit": "letzt" before a plural or bare time noun
    counts back from the time of writing, it points back to nothing the text named ("Warum ist
    die 1889 gegründete Stadt in den letzten Jahren stark gewachsen?" was refused). Not before a
    genitive ("in den letzten Jahren seines Lebens"), which needs its owner."""
    following = prompt[k + 1] if k + 1 < len(prompt) else None
    after = prompt[k + 2] if k + 2 < len(prompt) else None
    return (prompt[k].lemma.lower() == "letzt" and following is not None and following.lemma in RECENT_TIME_NOUNS
            and not (after is not None and (after.tag in ("PPOSAT", "NE") or after.text.lower() in ("des", "der"))))


def _introduced_as_new(prompt: list[Token], k: int) -> bool:
    """"eine neue Strafkolonie": "neu" after an indefinite article introduces the thing, it does
    not point back to one the text named ("Wann entstand eine neue Strafkolonie in der Mündung
    des Brisbane River?" is clear on its own; "die neue Kolonie", "eine andere Kolonie" are not).
    A count introduces them as well ("zwölf neue Flugzeuge", "Wie viele neue Flugzeuge bestellte
    Pegasus Airlines im November 2005?", MLQA)."""
    j = k - 1
    while j >= 0 and prompt[j].tag in ("ADJA", "ADV", "ADJD"):
        j -= 1
    counted = j >= 0 and (prompt[j].tag == "CARD" or prompt[j].text.lower() in ("viele", "vielen"))
    return prompt[k].lemma.lower() == "neu" and j >= 0 and (
        counted or prompt[j].tag == "ART" and prompt[j].text.lower().startswith("ein"))


def _others_than_named(prompt: list[Token], k: int) -> bool:
    """"von anderen Schülern" with no article, in a question that names a person: the others are
    other than the one the question names ("Warum wurde Jolie von anderen Schülern geneckt?"),
    not a group the text named before ("die anderen Schüler", "eine andere Kolonie")."""
    j = k - 1
    while j >= 0 and prompt[j].tag in ("ADV", "ADJD"):
        j -= 1
    bare = j < 0 or prompt[j].tag in ("APPR", "APPRART") and prompt[j].text.lower() not in ("im", "am", "zum", "zur", "vom", "beim", "ins")
    plural = prompt[k].text.lower() in ("andere", "anderen") and k + 1 < len(prompt) and prompt[k + 1].tag == "NN"
    return prompt[k].lemma.lower() == "ander" and bare and plural and any(t.tag == "NE" or t.ent_label == "PER" for t in prompt)


SHORTHAND_WINDOW = 2  # sentences before the answer's own in which the full compound counts


def _shorthand_answer(answer: list[Token], title: set[str], analysis: Analysis, index: int) -> list[str]:
    """An answer that is only "der See" / "in den See" where the sentence or the two before
    name the Thunersee: the key says less than the text (``reference.compound_antecedent`` puts
    the compound in where it is sure; where it is not, the question is not asked)."""
    content = [t for t in answer if t.tag not in ("APPR", "APPRART")]
    if len(content) != 2 or content[0].text.lower() not in DEFINITE or content[1].tag != "NN":
        return []
    noun = content[1].text.lower()
    if noun in title or (content[1].lemma or "").lower() in title:
        return []
    sentences = analysis.sentences[max(0, index - SHORTHAND_WINDOW) : index + 1]
    words = {t.text.lower() for s in sentences for t in s.tokens if t.tag in ("NN", "NE")}
    stems = {noun, (content[1].lemma or noun).lower()}
    if any(len(word) > len(stem) + 2 and word.endswith(stem) for word in words for stem in stems):
        return [f"answer names by its head what the text named in full: {' '.join(t.text for t in answer)}"]
    return []


def _leftovers(prompt: list[Token]) -> list[str]:
    problems: list[str] = []
    for k, token in enumerate(prompt):
        nxt = prompt[k + 1] if k + 1 < len(prompt) else None
        if token.lemma in ("Jahr", "Jahre") and k > 0 and prompt[k - 1].tag in ("ART", "APPRART") \
                and (nxt is None or nxt.tag != "CARD"):
            problems.append("a year phrase without its year")  # "aus dem Jahre?"
        if token.tag == "KON" and k > 1:
            rest = prompt[k + 1 :]
            if rest and not any(t.tag in VERB_TAGS for t in rest) and any(
                    a.tag in ("NN", "NE") and b.tag in ("APPR", "APPRART", "ART") for a, b in pairwise(rest)):
                problems.append("gapping: a coordinated part without its verb")
    return problems


# Skills whose prompt keeps the whole clause and asks for its reason or purpose: another sentence
# with the same verb and noun answers them too only if it gives a reason or purpose of its own
# ("Warum wird am meisten Tabak in den südlichen Ländern angebaut?" is not asked again by "Zudem
# wird Tabak in großen Monokulturen angebaut.": round 25's readers wanted that Warum as a key question).
WHOLE_CLAUSE_SKILLS = frozenset({"warum", "wozu"})
REASON_WORDS = frozenset({"weil", "da", "denn", "deshalb", "daher", "darum", "deswegen", "wegen", "aufgrund", "infolge",
                          "um", "damit", "dazu", "dafür", "sodass", "grund", "gründe", "zweck"})


def _gives_reason(sentence: Sentence) -> bool:
    """Does the sentence hold a word that gives a reason or purpose (``REASON_WORDS``)?"""
    return any(t.text.lower() in REASON_WORDS for t in sentence.tokens)


def _elsewhere(prompt: list[Token], question: Question, analysis: Analysis) -> list[str]:
    """Another sentence says the same thing of something else: the same full verb with a
    shared noun (for a Warum or Wozu question, a sentence that gives a reason or purpose too),
    or (for "Wie viele") the counted noun with another number."""
    verbs = {t.lemma for t in prompt if t.tag.startswith("VV")}
    title = topic_words(analysis)
    nouns = {t.lemma for t in prompt if t.tag in ("NN", "NE") and t.text.lower() not in title}  # the topic is everywhere
    counted = {next((t.lemma for t in prompt if t.tag == "NN"), "")} - {""}  # "Wie viele Einwohner …"
    born = question.skill == "wer" and _birth({t.lemma for t in prompt})
    answered = _answer_nouns(question, analysis)
    for sentence, lemmas in zip(analysis.sentences, _words_of(analysis).lemmas, strict=True):
        if sentence.index == question.sentence or sentence.text in question.evidence:
            continue  # the evidence's other sentence gives the answer: "Daraufhin verließen die Gefangenen …"
        if question.skill in WHOLE_CLAUSE_SKILLS and not _gives_reason(sentence):
            continue
        if verbs & lemmas and nouns & lemmas and not answered & lemmas and not _singled_out(prompt, question.skill, sentence):
            return [f"another sentence says it too: {', '.join(sorted(verbs & lemmas))}"]
        if born and _birth(lemmas | {t.text for t in sentence.tokens}):
            return ["another sentence names someone born too"]  # "Wer kam in Eisenstadt zur Welt?" of a list
        if question.skill.startswith("wie viel") and _counts(sentence, counted):
            return ["another sentence gives another number"]
    return []


def _counts(sentence: Sentence, counted: set[str]) -> bool:
    """The sentence gives a number of the counted noun: a cardinal before it ("1951 hatte der
    Distrikt 320.000 Einwohner"), not a rate or a share of it ("285 Einwohner pro
    Quadratkilometer", "87 % der Einwohner" leave "Wie viele Einwohner hat der Distrikt?" one answer)."""
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        if token.tag != "CARD":
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].tag in ("ADJA", "ADJD", "ADV", "KON", "$,"):  # "zwei gleichaltrige und britische Hofdamen"
            j += 1
        if j < len(tokens) and tokens[j].lemma in counted:
            rate = j + 1 < len(tokens) and tokens[j + 1].text.lower() in ("pro", "je")
            if not rate:
                return True
    return False


def _answer_nouns(question: Question, analysis: Analysis) -> set[str]:
    """The noun lemmas of a Wer/Was/Wen/Wem answer, read from its sentence. Another sentence
    with the same verb and noun that names the answer too tells the same fact again and gives no
    second answer ("Was wird im Innern des Sternes zu Helium fusioniert? – Wasserstoff" beside
    "Da massereiche Sterne ihren Wasserstoff … fusionieren"). Empty for the other W-words, whose
    answers (dates, places, amounts) share general nouns ("Jahr") with other answers."""
    if question.skill not in ("wer", "was", "wen", "wem") or not isinstance(question.answer, str) \
            or question.sentence >= len(analysis.sentences):
        return set()
    words = set(question.answer.split())
    source = analysis.sentences[question.sentence]
    return {t.lemma for t in source.tokens if t.tag in ("NN", "NE") and t.text in words and t.lemma}


# Words that single out the first time of an event another sentence tells again ("erstmals acht R-17-Raketen").
FIRST_TIME_WORDS = frozenset({"erstmals", "erstmalig", "zuerst"})
# Time adverbs that place an event in the present or past at large: no date a "Wann" could ask for.
DEICTIC_TIMES = frozenset({"heute", "heutzutage", "jetzt", "nun", "damals", "früher", "einst", "inzwischen", "mittlerweile"})


YEAR = re.compile(r"1\d{3}|20\d\d")


def _singled_out(prompt: list[Token], skill: str, other: Sentence) -> bool:
    """The other sentence with the same verb and noun gives no second answer: the prompt says
    "erstmals" and it does not ("Wie viele R-17-Raketen wurden vom Irak aus erstmals auf Israel
    abgefeuert?" beside "Im Verlauf des Krieges wurden 40 R-17 auf Israel … abgefeuert"), a "Wann"
    names someone the other does not, or a "Wann" finds no date in it ("Heute wird Tu B'Av als Feiertag der Liebe gefeiert" beside
    "Wann wird Tu B'Av gefeiert? – am 15. Tag des Monats Aw")."""
    words = {t.text.lower() for t in other.tokens}
    if any(t.text.lower() in FIRST_TIME_WORDS for t in prompt) and not words & FIRST_TIME_WORDS:
        return True
    years = {t.text for t in prompt if YEAR.fullmatch(t.text)}
    if skill != "wann" and years and not years & words and any(YEAR.fullmatch(t.text) for t in other.tokens):
        return True  # another year: "Was studierte John Vane ab 1944 …? – Chemie" beside "… ab 1946 … Pharmakologie"
    if skill != "wann":
        return False  # asked for a person, place or thing, names that differ let through garbled prompts (dev articles)
    asked_names = {t.text.lower() for t in prompt if t.tag == "NE"}
    other_names = {t.text.lower() for t in other.tokens if t.tag == "NE"}
    if asked_names - words and other_names - {t.text.lower() for t in prompt}:
        return True  # each names someone the other does not: Joseph Hyrtl beside Nikolaus Berlakovich
    if any(YEAR.fullmatch(t.text) for t in other.tokens):
        return False  # a year the analysis gave no time role ("Greater London … 1965" twice)
    times = [c for clause in other.clauses for c in clause.constituents if c.role == "time"]
    return all(c.end - c.start == 1 and c.text.lower() in DEICTIC_TIMES for c in times)


def _birth(words: AbstractSet[str]) -> bool:
    """Words of a birth: "geboren", "gebären", "zur Welt kommen"."""
    return bool(words & {"geboren", "gebären", "Geburt"}) or {"Welt", "kommen"} <= words


# --- round 2 of the teachers' verdicts: content, W-word kind, truncated prompts ----------------
#
# An answer must say something on its own ("die Unterscheidung" does not), the W-word must ask
# for the kind of thing the answer is ("Wann … – um die Altstadt" does not), and the prompt must
# name what it is about ("Was tritt niemals auf?" does not).

ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "ion", "wert", "werte", "tät", "schaft", "ismus")
ABSTRACT_NOUNS = frozenset({"Anlage", "Verfahren", "Methode", "Prozess", "System", "Wert", "Möglichkeit", "Ergebnis",
                            "Merkmal", "Klasse", "Aspekt", "Faktor", "Element", "Punkt", "Maßnahme", "Mittel",
                            "Sichtweise", "Ausmaß", "Verlust", "Gepflogenheit", "Abwanderung", "Material"})
# Adjectives that add no content of their own ("neue Pflanzen", "aktuelle Werte").
WEAK_ADJECTIVES = frozenset({"neu", "alt", "groß", "klein", "aktuell", "hoch", "niedrig", "typisch", "gut", "schlecht",
                             "bestimmt", "einzeln", "besonder", "verschieden", "viel", "wenig", "ander", "weit",
                             "wichtig", "bekannt", "ganz", "gesamt", "einzig", "erst", "letzt", "eigen", "solch"})
WEEKDAYS_MONTHS = frozenset({"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag",
                             "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                             "Oktober", "November", "Dezember"})
TIME_NOUNS = WEEKDAYS_MONTHS | frozenset({
    "Jahr", "Jahrhundert", "Jahrzehnt", "Jahrtausend", "Monat", "Woche", "Tag", "Stunde", "Minute", "Sekunde", "Zeit",
    "Zeitpunkt", "Zeitraum", "Anfang", "Beginn", "Ende", "Mitte", "Morgen", "Abend", "Nacht", "Mittag", "Vormittag",
    "Nachmittag", "Frühling", "Sommer", "Herbst", "Winter", "Antike", "Mittelalter", "Neuzeit", "Zukunft",
    "Vergangenheit", "Gegenwart", "Epoche", "Ära", "Periode", "Phase", "Krieg", "Weltkrieg", "Jugend", "Kindheit",
    "Alter", "Saison", "Frühjahr", "Wochenende", "Feiertag", "Jahreszeit"})
TIME_SUBORDINATORS = frozenset({"als", "wenn", "nachdem", "bevor", "ehe", "während", "sobald", "seit", "seitdem", "bis"})
ORGANISATIONS = frozenset({"Firma", "Unternehmen", "Partei", "Band", "Gruppe", "Mannschaft", "Verein"})
NOT_PERSONS = (CLASS_NOUNS - ORGANISATIONS) | frozenset({"Kanton", "Bundesland", "Provinz", "Kontinent", "Gericht", "Speise", "Gerät",
                                       "Maschine", "Fahrzeug", "Schiff", "Auto", "Haus", "Pflanze", "Stoff"})
ZU_INFINITIVE_VERBS = frozenset({"versuchen", "beginnen", "anfangen", "planen", "beabsichtigen", "vorhaben", "aufhören",
                                 "wagen", "vergessen", "pflegen", "beschließen", "hoffen", "vermögen", "verstehen",
                                 "trachten", "bemühen", "weigern", "drohen", "scheinen", "brauchen", "vorsehen"})
NO_REFERENT_WORDS = frozenset({"letzterer", "letztere", "letzteres", "letzteren", "letzterem", "ersterer", "erstere",
                               "ersteres", "ersteren", "solche", "solcher", "solches", "solchen", "solchem", "jene",
                               "jener", "jenes", "jenen"})
EVERYDAY_ZIPF = 5.0


def content_problems(tokens: list[Token], answer: str, skill: str, prompt: str = "",
                     needs_zu: str = "") -> tuple[str, ...]:
    """Why a W-question with answer ``tokens`` is not worth asking: the answer says nothing on
    its own, its kind does not fit the W-word, or the prompt is cut off or has no referent.
    ``needs_zu`` names the verb whose zu-infinitive the source has and the answer lacks."""
    problems = [*_empty_answer(tokens, prompt), *_kind_mismatch(tokens, skill), *_truncated_prompt(prompt, needs_zu)]
    return tuple(dict.fromkeys(problems))


SHORT_HEAD = 3  # a compound "head" this short is a guess on an unknown word


def _abstract(token: Token) -> bool:
    lemma = token.lemma or token.text
    entry = noun_lexicon().lookup(token.text)
    if entry is None or entry.head and len(entry.head) <= SHORT_HEAD:
        return False  # no noun the lexicon knows, or only as "Irakl-ion": a name, not an abstract "-ion"
    return (lemma in GENERAL_NOUNS or lemma in ABSTRACT_NOUNS
            or any(lemma.lower().endswith(s) or token.text.lower().endswith(s) for s in ABSTRACT_SUFFIXES))


def _content_words(tokens: list[Token]) -> list[Token]:
    """Nouns, names, numbers and adjectives that add content (not "neue", "aktuelle")."""
    return [t for t in tokens if t.tag in ("NN", "NE", "CARD", "FM")
            or t.tag in ("ADJA", "ADJD") and (t.lemma or t.text).lower() not in WEAK_ADJECTIVES]


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    from ..extraction.frequency import zipf_frequency

    return float(zipf_frequency(word, "de"))


def _empty_answer(tokens: list[Token], prompt: str = "") -> list[str]:
    """A determiner and one abstract or everyday noun, or a weekday or month asked about the
    calendar itself ("Wann beginnt die Arbeitswoche? – am Montag"): nothing to learn."""
    if not tokens or any(t.tag in ("VVFIN", "VAFIN", "VMFIN", "VVIZU", "PTKZU", "KOUI", "KOUS", "PRELS") for t in tokens):
        return []  # a clause carries content ("um die Wirtschaft zu unterstützen" as much as "anzuschließen")
    if any(t.ent_label for t in tokens):
        return []
    nouns = [t for t in tokens if t.tag in ("NN", "NE")]
    if any(t.tag == "CARD" or t.text[:1].isdigit() for t in tokens):
        return []  # "28-mal", tagged a noun, is a count ("Wie oft flog die X-24A insgesamt?")
    if nouns and nouns[-1].lemma in WEEKDAYS_MONTHS and _calendar(prompt):
        return [f"answer is a weekday or month: {nouns[-1].text}"]  # "am Montag"
    if tokens[0].tag in ("APPR", "APPRART", "APPO"):
        return []  # "wegen der hohen Kosten": the preposition tells the relation, asked by its own W-word
    if not nouns or nouns[-1].tag != "NN":
        return []
    head, content = nouns[-1], _content_words(tokens)
    lemma = head.lemma or head.text
    if lemma in GENERAL_NOUNS or lemma == "Wert" or lemma.endswith("wert"):
        return [f"answer is a general noun: {head.text}"]  # "einen hohen Wert", "aktuelle Werte"
    if len(content) <= 1 and lemma in CLASS_NOUNS:
        return [f"answer is a bare class noun: {head.text}"]  # "neue Pflanzen": a kind, not which one
    if len(content) <= 1 and _abstract(head):
        return [f"answer is one abstract noun: {head.text}"]  # "die Unterscheidung", "ein Verfahren"
    if len(content) <= 1 and max(_zipf(head.text), _zipf(lemma)) >= EVERYDAY_ZIPF:
        return [f"answer is an everyday noun: {head.text}"]  # "neue Pflanzen", "Druck"
    return []


def _calendar(prompt: str) -> bool:
    """The prompt is about the calendar (a week, a month, a weekday): a weekday answer is known."""
    words = [w.lower() for w in re.findall(r"[\wÄÖÜäöüß-]+", prompt)]
    return any(w.endswith(("woche", "wochen", "wochenende", "monat", "monats", "kalender")) or w.capitalize() in WEEKDAYS_MONTHS
               for w in words)


def _kind_mismatch(tokens: list[Token], skill: str) -> list[str]:
    """The W-word asks for another kind of thing than the answer is."""
    word = skill.lower().split()[-1] if skill else ""
    content = [t for t in tokens if t.tag not in ("APPR", "APPRART", "ART", "$,", "$(")]
    if not content:
        return []
    nouns = [t for t in content if t.tag in ("NN", "NE")]
    if word == "wann" and not _time_like(tokens):
        return ["Wann for an answer that is no time"]  # "Wann verläuft …? – um die Altstadt"
    counted = content[0].tag == "CARD" or (content[0].text[:1].isdigit() and "-" in content[0].text
                                           and content[0].tag != "ADJA")  # "28-mal", "3-fach"; not "einen 15-sekündigen Ausschnitt"
    if word == "was" and (counted and not content[0].text.endswith(".") or _names_person(tokens)):
        return ["Was for a number or a person"]  # "Was überlebte …? – 250 die Shoah", "Was flog die X-24A? – 28-mal"
    if word in ("wer", "wen", "wem") and any(t.tag == "NN" and t.lemma in NOT_PERSONS for t in nouns[:1]):
        return [f"{word} for a place or thing"]  # "Wer ist nach der Aare benannt? – der Kanton Aargau"
    return []


def _names_person(tokens: list[Token]) -> bool:
    """Is the answer a person? A person's name counts unless it stands in a prepositional attribute
    after a thing: "die offizielle Sichtweise auf Qin Shihuangdi" is a view, asked with Was; "der
    Sohn von Karl" is a person still."""
    h = next((k for k, t in enumerate(tokens) if t.tag in ("NN", "NE")), None)
    owner = h is not None and _saxon_genitive(tokens, h)
    if owner and h is not None:
        h = next(k for k in range(h + 1, len(tokens)) if tokens[k].tag == "NN")
    thing = h is not None and tokens[h].tag == "NN" and tokens[h].ent_label != "PER" and not person_noun(tokens[h])
    return any(t.ent_label == "PER" and not (thing and h is not None and (owner and k < h or any(
        c.tag in ("APPR", "APPRART") for c in tokens[h + 1 : k]))) for k, t in enumerate(tokens))


def _saxon_genitive(tokens: list[Token], h: int) -> bool:
    """Is the h-th word a name in the genitive before its noun ("Hannas Geheimnis", "Goethes
    frühe Gedichte")? The noun after it is the head: the answer is a secret, asked with Was, and
    the person only owns it."""
    name = tokens[h]
    if name.tag != "NE" or not name.text.endswith(("s", "'")) or len(name.text) < 3:
        return False
    rest = tokens[h + 1 :]
    j = 0
    while j < len(rest) and rest[j].tag in ("ADJA", "ADV"):
        j += 1
    return j < len(rest) and rest[j].tag == "NN"


def _time_like(tokens: list[Token]) -> bool:
    """A number, a time noun, a temporal subordinator or an adverb: something "Wann" can ask for."""
    return any(t.tag == "CARD" or t.tag in ("ADV", "ADJD") or (t.lemma or t.text) in TIME_NOUNS
               or any((t.lemma or t.text).endswith(n.lower()) for n in ("zeit", "jahr", "tag", "jahrhundert"))
               or t.tag == "KOUS" and t.text.lower() in TIME_SUBORDINATORS for t in tokens)


def _needs_zu(sentence: Sentence, clause: Clause, answer: str) -> str:
    """The verb ("versuchen", "beginnen") when the source gives it a zu-infinitive the answer
    does not hold: the prompt must then keep it. A zu-infinitive that depends on another clause's
    verb is not this verb's: in "Auf die Statusänderung hin begann am 14. September 1976 der
    Blanket Protest, als … Kieran Nugent sich weigerte, eine Gefängnisuniform zu tragen" the
    protest begins without one, and "Wann begann der Blanket Protest?" lacks nothing."""
    if clause.lemma not in ZU_INFINITIVE_VERBS:
        return ""
    has_zu = any(t.tag in ("PTKZU", "VVIZU") and not _zu_of_other_clause(sentence, clause, t.i)
                 for t in sentence.tokens if t.i > min(clause.tokens, default=0))
    in_answer = re.search(r"\bzu\b|.zu\w+en\b", answer.lower()) is not None
    return clause.lemma if has_zu and not in_answer else ""


def _zu_of_other_clause(sentence: Sentence, clause: Clause, i: int) -> bool:
    """Is the zu-infinitive at token ``i`` one that depends on another clause with a finite verb
    ("als … Kieran Nugent sich weigerte, eine Gefängnisuniform zu tragen")?"""
    for other in sentence.clauses:
        if i in other.tokens and other.kind == "zu_infinitive" and other.parent is not None:
            parent = sentence.clauses[other.parent]
            return parent.finite is not None and parent.finite != clause.finite
    return False


def _truncated_prompt(prompt: str, clause_lemma: str) -> list[str]:
    """A verb that needs its zu-infinitive without it, a word with no referent, no noun at all."""
    if not prompt:
        return []
    words = re.findall(r"[\wÄÖÜäöüß-]+", prompt)
    lowered = [w.lower() for w in words]
    problems: list[str] = []
    if clause_lemma and "zu" not in lowered and not any(re.search(r".zu\w+en$", w) for w in lowered[1:]):
        problems.append(f"{clause_lemma} without its zu-infinitive")  # "Seit wann versuchten die Kantone?"
    if any(w in NO_REFERENT_WORDS for w in lowered):
        problems.append("a word with no referent in the prompt")  # "letzterer", "solche Miniatur-Welten"
    nouns = [w for w in words[1:] if w[:1].isupper()]
    if not nouns:
        problems.append("prompt names nothing")  # "Was tritt niemals auf?"
    return problems


# --- round 6: what the prompt, the calendar or the heading above already answer ------------------
#
# Readers judged bad what a student answers without reading the sentence: the prompt names the
# answer's compound ("Wer ist von den Plantagenbesitzern abhängig? – Plantagenarbeiter"), the
# calendar knows it ("Aus wie vielen Tagen besteht die Woche?"); a "Warum" whose key is a
# decision names how, not why; a birth year read from a list of names is trivia.

MIN_STEM = 4  # a compound part this long is a word of its own ("Wasser", "Plantagen"), not a syllable


def _given_away(prompt: list[Token], answer: list[Token], title: set[str]) -> list[str]:
    """An answer noun that a prompt noun contains ("Wasser" in "Wasserkraftwerken", "Hochwasser"
    in "Magdalenenhochwassers"), or a word for people that shares its first part with the
    prompt's ("Plantagenarbeiter" beside "Plantagenbesitzern"): the prompt gives the answer away.
    The topic's own words do not count; terms of one field that share a part ("Staubblatt",
    "Staubfaden") are the text's own vocabulary, not a give-away."""
    if any(t.tag in FINITE_TAGS or t.tag == "KOUS" for t in answer):
        return []  # a clause answers with its own words ("als sich John dem Atoll annäherte")
    asked = [t for t in answer if t.tag == "NN"]
    named = [t for t in prompt[1:] if t.tag == "NN" and not _on_topic(t.text, title)]
    for a in asked:
        low_a = (a.lemma or a.text).lower()
        if _on_topic(low_a, title) or len(low_a) < MIN_STEM:
            continue
        for p in named:
            low_p = (p.lemma or p.text).lower()
            if low_p == low_a:
                continue
            inside = low_p.startswith(low_a) or low_p.endswith(low_a)
            shared = (_modifier(a) and _modifier(a) == _modifier(p) and not _on_topic(_modifier(a), title)
                      and _people(a) and _people(p))  # two kinds of people named by one word: guessed from its form
            if inside or shared:
                return [f"the prompt gives the answer away: {p.text} / {a.text}"]
    return []


def _on_topic(word: str, title: set[str]) -> bool:
    """A word of the topic, or one made of it ("Blüten" in the text on Blüte, "Galapagos-Inseln"
    for Galapagosinseln): the text is about it, so it gives nothing away."""
    low = _folded(word)
    return any(len(t) >= MIN_STEM and (low.startswith(t) or t.startswith(low)) for t in map(_folded, title))


def _folded(word: str) -> str:
    """Lower case without hyphens and with umlauts spelt out: "Blüten" and a title "Bluete" meet."""
    low = word.lower().replace("-", "")
    for umlaut, spelt in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        low = low.replace(umlaut, spelt)
    return low


def _modifier(noun: Token) -> str:
    """The first part of a compound noun, lower case ("plantagen" of "Plantagenarbeiter"), "" for
    a simple noun or a part too short to be a word."""
    lemma = noun.lemma if noun.lemma[:1].isupper() else noun.text
    entry = noun_lexicon().compound_entry(lemma)
    if entry is None or not entry.head or len(lemma) - len(entry.head) < MIN_STEM:
        return ""
    return lemma[: len(lemma) - len(entry.head)].lower()


CALENDAR_UNITS = frozenset({"Sekunde", "Minute", "Stunde", "Tag", "Woche", "Monat", "Jahr", "Wochentag", "Monatstag"})


def _calendar_constant(prompt: list[Token], answer: list[Token]) -> list[str]:
    """A number of calendar units asked about calendar units alone ("Aus wie vielen Tagen besteht
    die Woche? – aus sieben Tagen"): everyone knows it."""
    nouns = [t for t in prompt if t.tag in ("NN", "NE")]
    if not nouns or not any(t.tag == "CARD" or t.text.lower() in NUMBER_WORDS for t in answer):
        return []
    if all(_calendar_unit(t) for t in nouns) and all(_calendar_unit(t) for t in answer if t.tag == "NN"):
        return ["the calendar answers it"]
    return []


NUMBER_WORDS = frozenset({"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"})


def _calendar_unit(token: Token) -> bool:
    return any(name in CALENDAR_UNITS for name in (token.lemma, token.text, token.text.removesuffix("en"),
                                                     token.text.removesuffix("e"), token.text.removesuffix("n")))


# Nouns of a decision or a rule: "aufgrund eines Beschlusses" says by whose act, not why.
PROCEDURE_NOUNS = frozenset({"Beschluss", "Entscheidung", "Entscheid", "Antrag", "Vorschlag", "Verordnung", "Erlass",
                             "Anordnung", "Befehl", "Weisung", "Auftrag", "Abstimmung", "Votum", "Urteil"})


def _procedure_for_reason(answer: list[Token], skill: str) -> list[str]:
    """A "Warum" whose key is a decision ("aufgrund eines Beschlusses des Welterbekomitees"):
    students give the real reason, which the key marks wrong."""
    if skill not in ("warum", "weshalb", "wieso"):
        return []
    head = next((t for t in answer if t.tag == "NN"), None)
    if head is not None and (head.lemma in PROCEDURE_NOUNS or head.text in PROCEDURE_NOUNS
                             or any(head.text.startswith(n) for n in PROCEDURE_NOUNS)):
        return [f"a procedure, not a reason: {head.text}"]
    return []


@lru_cache(maxsize=4096)
def _zipf_in(word: str, language: str) -> float:
    from ..extraction.frequency import zipf_frequency

    return float(zipf_frequency(word, language))


BIRTH_MARK = "*"  # "Philipp Hosiner (* 1989)"


def _birth_from_a_list(prompt: list[Token], question: Question, analysis: Analysis) -> list[str]:
    """A birth date asked of one of several people the sentence lists with "(* 1989)": a name
    in a list of notable people, not what the text is about."""
    if not _birth({t.lemma for t in prompt} | {t.text for t in prompt}):
        return []
    sentence = analysis.sentences[question.sentence] if question.sentence < len(analysis.sentences) else None
    if sentence is None:
        return []
    people = sum(t.text == BIRTH_MARK for t in sentence.tokens) + sum(
        a.text == "(" and b.tag == "CARD" for a, b in pairwise(sentence.tokens))
    return ["a birth date from a list of people"] if people >= 2 else []


# Nouns of dividing or changing (from INTO_VERBS) whose "in" phrase says into what: "Einteilung in vier Wochen".
DIVIDING_NOUNS = ("teilung", "gliederung", "wandlung", "setzung", "benennung")


def _span_problems(prompt: list[Token], question: Question, analysis: Analysis) -> list[str]:
    """The key read against where it stands in its sentence: a zu-infinitive right after a
    relative clause may be that clause's ("ein Gesetz genutzt, das ein Ingenieur aufgriff, um
    das Gerät zu konstruieren": the engineer's purpose, not the law's); a phrase right after a
    nominalised answer that the prompt kept belongs to the answer ("eine Einteilung der
    Monatstage | in vier Wochen"); and a sentence about the text itself asks nothing."""
    sentence = analysis.sentences[question.sentence] if question.sentence < len(analysis.sentences) else None
    if sentence is None:
        return []
    problems = _about_the_text(sentence)
    span = _answer_span(sentence, str(question.answer))
    if span is None:
        return problems
    tokens, (k, end) = list(sentence.tokens), span
    infinitive = any(t.tag in ("PTKZU", "VVIZU") for t in tokens[k:end])
    if infinitive and k >= 2 and tokens[k - 1].text == ",":
        before = tokens[k - 2].i
        if any(c.kind == "relative" and before in c.tokens for c in sentence.clauses):
            problems.append("the zu-infinitive may belong to the clause before it")
    content = [t for t in tokens[k:end] if not t.tag.startswith("$")]
    lost = tokens[end : end + 3]
    if k >= 2 and tokens[k - 2].text == "," and tokens[k - 1].text.lower() in RESTATING:
        problems.append(f"the answer restates the phrase before it: {tokens[k - 1].text} …")  # "…, also zweckorientierte Daten"
    if (len(content) == 2 and content[0].text.lower() in DEFINITE and content[1].tag == "NN" and len(lost) >= 2
            and (lost[0].tag == "APPR" and lost[1].text.lower() in DEFINITE or lost[0].tag == "APPRART" and lost[1].tag == "NN")
            and not any(t.text.lower() in {w.text.lower() for w in prompt} for t in lost[1:])):
        problems.append(f"the answer lost the phrase that says which: {content[1].text} {lost[0].text} …")
    problems.extend(_cut_name(tokens, k, end))
    dividing = any(t.tag == "NN" and t.text.lower().endswith(DIVIDING_NOUNS) for t in tokens[k:end])
    after = tokens[end : end + 3]
    kept = {t.text.lower() for t in prompt}
    if (dividing and len(after) >= 2 and after[0].text == "in"
            and all(t.text.lower() in kept for t in after if not t.tag.startswith("$"))):
        problems.append(f"the phrase after the answer belongs to it: {after[0].text} …")
    return problems


FOREIGN_MARGIN = 1.0  # wordfreq's English over German Zipf that marks a word of a foreign name


def _cut_name(tokens: list[Token], k: int, end: int) -> list[str]:
    """An answer that stops inside a name or starts inside one: "Cadbury Fancy" of "der britische
    Schokoladenhersteller Cadbury Fancy Boxes" (the product "Fancy Boxes" left in the prompt). A
    name's word next to the answer's own name word continues it: a name (NE, FM), or a
    capitalised word more common in English than in German ("Boxes")."""
    def continues(token: Token) -> bool:
        if token.tag in ("NE", "FM"):
            return True
        return token.tag == "NN" and _zipf_in(token.text, "en") > _zipf_in(token.text, "de") + FOREIGN_MARGIN

    inside = [t for t in tokens[k:end] if not t.tag.startswith("$")]
    if not inside:
        return []
    after = tokens[end] if end < len(tokens) else None
    before = tokens[k - 1] if k > 0 else None
    if inside[-1].tag in ("NE", "FM") and after is not None and continues(after):
        return [f"the answer cuts a name: {inside[-1].text} | {after.text}"]
    if (inside[0].tag in ("NE", "FM") and before is not None and before.tag in ("NE", "FM")
            and before.text not in COUNTRIES_AND_PLACES):  # "in Portugal Jean Nicot": a place, then a person
        return [f"the answer cuts a name: {before.text} | {inside[0].text}"]
    return []


def _answer_span(sentence: Sentence, answer: str) -> tuple[int, int] | None:
    """The positions (in ``sentence.tokens``) of the key's words where they stand in the sentence."""
    words = answer.split()
    texts = [t.text for t in sentence.tokens]
    for k in range(len(texts) - len(words) + 1):
        if texts[k : k + len(words)] == words:
            return k, k + len(words)
    return None


# --- round 12 of the verdicts: what a teacher would not set ------------------------------------
#
# The items readers still judged bad ask nothing in particular ("Was haben Proton und Neutron?",
# "Was erreichte die Piraterie? – einen neuen Höhepunkt"), turn a description round ("Was ist aus
# Briocheteig gebacken?"), copy written style a learner cannot parse ("einer an das Car-System
# angelehnten Technik", "z. T.", "Turgorverlust durch Seneszenz"), lose what their sentence holds
# under ("Sind mehr als zwei Möglichkeiten vorhanden, so …", "dabei"), or have a key that describes
# what the text names ("Was war kulturell auf Wien ausgerichtet? – die westungarische Stadt").

# Nouns of support-verb idioms with their verbs: the noun is no answer, the idiom says one thing
# ("einen Höhepunkt erreichen" = to peak, "Verbreitung finden" = to spread).
SUPPORT_NOUNS: dict[str, frozenset[str]] = {
    "Höhepunkt": frozenset({"erreichen", "erleben", "finden"}), "Rolle": frozenset({"spielen", "übernehmen"}),
    "Verbreitung": frozenset({"finden", "haben", "erfahren"}), "Anwendung": frozenset({"finden"}),
    "Beachtung": frozenset({"finden", "erhalten", "bekommen"}), "Aufmerksamkeit": frozenset({"erhalten", "bekommen", "erregen"}),
    "Einfluss": frozenset({"nehmen", "haben", "ausüben"}), "Bedeutung": frozenset({"haben", "gewinnen", "erlangen", "verlieren"}),
    "Entscheidung": frozenset({"treffen"}), "Maßnahme": frozenset({"ergreifen", "treffen"}), "Ende": frozenset({"finden", "nehmen"}),
    "Anfang": frozenset({"nehmen"}), "Abschluss": frozenset({"finden"}), "Zustimmung": frozenset({"finden"}),
    "Kritik": frozenset({"üben"}), "Wert": frozenset({"legen"}), "Fortschritt": frozenset({"machen", "erzielen"}),
    "Erfolg": frozenset({"haben"}), "Interesse": frozenset({"haben", "zeigen", "wecken"})}
# Prepositions that name a source, not a property, after an article ("die laut Guinness-Buch größte …").
SOURCE_PREPOSITIONS = frozenset({"laut", "nach", "gemäß", "zufolge"})
# Abbreviations of written style: a question that copies them copies its sentence ("z. T. sterilisiert").
TEXT_ABBREVIATIONS = ("z. T.", "z. B.", "u. a.", "bzw.", "ggf.", "v. a.", "d. h.", "sog.", "evtl.", "usw.", "etc.",
                      "u. ä.", "o. ä.", "bspw.", "insb.", "vgl.", "i. d. R.", "u. U.", "z. Zt.")
ORDINAL_LEMMAS = frozenset({"zweit", "dritt", "viert", "fünft", "sechst", "siebt", "siebent", "acht", "neunt", "zehnt"})
# Adjectives that place something relative to a time the text told ("der spätere Verwendungszweck").
RELATIVE_TIME_ADJECTIVES = ("spätere", "späteren", "späterer", "späteres", "späterem", "frühere", "früheren",
                            "früherer", "früheres", "früherem", "bisherige", "bisherigen", "bisheriger", "bisheriges")
CONDITIONALS = frozenset({"wenn", "falls", "sofern", "soweit"})
# Words that open an appended restatement of the phrase before ("…, also zweckorientierte Daten").
RESTATING = frozenset({"also", "bzw.", "beziehungsweise"})
# Adverbs that tie a clause to the situation the sentence before describes.
SITUATION_ADVERBS = frozenset({"dabei", "hierbei"})
TERM_ZIPF = 2.0  # a word rarer than this (or a compound with such a part) is a term a B1 reader does not know
MONTHS = WEEKDAYS_MONTHS - {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag"}


def teacher_problems(prompt: list[Token], answer: list[Token], question: Question, analysis: Analysis,
                     title: set[str]) -> list[str]:
    """The round-12 checks of ``text_problems`` (see the comment above)."""
    sentence = analysis.sentences[question.sentence] if question.sentence < len(analysis.sentences) else None
    skill = question.skill
    problems = [*_vague_have(prompt), *_idiom_answer(prompt, answer),
                *_written_style(prompt, "prompt", participles=True),
                *(_written_style(answer, "answer") if skill in ("was", "wer", "wen", "wem") else []),
                *_abbreviations(question.prompt), *_terms_only(prompt, title), *_epithet_answer(answer, skill),
                *_year_given(prompt, answer, skill), *_state_asked(prompt, answer, skill), *_abstract_chain(prompt),
                *_abstract_chain(answer), *_ordinal_without_point(question.prompt), *_hearsay(prompt),
                *_inventory(prompt, answer, skill), *_dependent_asked(prompt), *_possible_view(prompt),
                *_background_dated(prompt), *_word_asked(prompt, answer)]
    if sentence is not None:
        problems += [*_condition_dropped(sentence, prompt, answer), *_situation_dropped(sentence, prompt, skill)]
    return problems


def _vague_have(prompt: list[Token]) -> list[str]:
    """"Was haben Proton und Neutron?", "Was hatte die Familie Esterhazy zur Auswahl?": "haben" as
    the only verb asks for anything the subject has ("drei Quarks" is as right as "einen
    Durchmesser"); with another verb it is an auxiliary ("Was hat die Aare verursacht?")."""
    verbs = [t for t in prompt if t.tag in VERB_TAGS or t.tag in ("PTKZU", "PTKVZ")]
    if prompt and prompt[0].text == "Was" and len(verbs) == 1 and verbs[0].lemma == "haben":
        return ["Was + haben: too vague"]
    return []


def _idiom_answer(prompt: list[Token], answer: list[Token]) -> list[str]:
    """"Was erreichte die kretische Piraterie …? – einen neuen Höhepunkt": the answer is the noun
    of a support-verb idiom, which names nothing the text tells."""
    head = next((t for t in answer if t.tag == "NN"), None)
    verbs = {t.lemma for t in prompt if t.tag.startswith("V")}
    if head is not None and verbs & SUPPORT_NOUNS.get(head.lemma, frozenset()):
        return [f"the answer is the noun of an idiom: {head.text}"]
    return []


def _written_style(tokens: list[Token], where: str, participles: bool = False) -> list[str]:
    """An extended attribute copied from the text: an article followed by a preposition ("einer
    an das Car-System angelehnten Technik", "der für die Regulierung massgebliche Wasserstand"),
    and in a prompt a prepositional phrase right before a participle and its noun ("für die
    Saatgutproduktion ausgesuchte Pflanzen"). Written style a learner can copy but not parse.
    A source after the article ("die laut Guinness-Buch der Rekorde größte …") is no attribute."""
    for k, token in enumerate(tokens[:-1]):
        if token.tag in ("ART", "PIAT", "PPOSAT", "PDAT", "APPRART"):
            j = k + 1
            while j < len(tokens) and tokens[j].tag in ("ADV", "ADJD"):
                j += 1
            if j < len(tokens) and tokens[j].tag in ("APPR", "APPRART") and tokens[j].text.lower() not in SOURCE_PREPOSITIONS:
                return [f"{where}: an extended attribute: {token.text} {tokens[j].text} …"]
        if (participles and token.tag == "ADJA" and _participle(token) and tokens[k + 1].tag == "NN" and k >= 2
                and tokens[k - 1].tag in ("NN", "NE") and any(t.tag in ("APPR", "APPRART") for t in tokens[max(0, k - 3) : k - 1])):
            return [f"{where}: an extended attribute: … {token.text} {tokens[k + 1].text}"]
    return []


def _participle(token: Token) -> bool:
    """"ausgesuchte", "gelegene", "verlaufende": an adjective made of a participle."""
    lemma = token.lemma.lower()
    return lemma.endswith("end") or "ge" in lemma[:6] and lemma.endswith(("t", "en")) and len(lemma) > 6


def _abbreviations(prompt: str) -> list[str]:
    """"Wozu wird die Erde … z. T. sterilisiert?": an abbreviation of written style copied from
    the sentence."""
    found = [a for a in TEXT_ABBREVIATIONS if re.search(rf"(?<!\w){re.escape(a)}", prompt)]
    return [f"an abbreviation copied from the text: {found[0]}"] if found else []


def _terms_only(prompt: list[Token], title: set[str]) -> list[str]:
    """"Wozu führt Turgorverlust durch Seneszenz?": every word that says what the question is about
    is a term a learner does not know (rare, or a compound with a rare part); with one word they
    know ("Was steigt proportional zur Nukleonenzahl?") the question can be parsed."""
    content = [t for t in prompt[1:] if t.tag in ("NN", "NE", "FM", "ADJA", "ADJD") and not _on_topic(t.text, title)]
    if any(t.tag in ("NE", "FM") and noun_lexicon().lookup(t.text) is None for t in content):
        return []  # a name says whom it is about ("Wer ist Mátyás Szűrös?")
    if len(content) >= 2 and all(_term(t.text) for t in content):
        return [f"the prompt names only terms: {' '.join(t.text for t in content)}"]
    return []


def _term(word: str) -> bool:
    """A word rarer than ``TERM_ZIPF``, or a compound whose first or last part is."""
    if _zipf(word) > 0:
        return _zipf(word) < TERM_ZIPF
    entry = noun_lexicon().compound_entry(word)
    if entry is None or not entry.head or len(word) <= len(entry.head):
        return True
    modifier = word[: len(word) - len(entry.head)].rstrip("-")
    return min(max(_zipf(modifier), _zipf(modifier.removesuffix("s"))), _zipf(entry.head)) < TERM_ZIPF


def _epithet_answer(answer: list[Token], skill: str) -> list[str]:
    """"Was war kulturell auf Wien ausgerichtet? – die westungarische Stadt": a class noun with
    the adjective of a country or people describes what the text names (Eisenstadt); the key
    should name it, and students who do are marked wrong. A capitalised adjective makes a name
    ("Was fiel 1864 an Griechenland? – die Ionischen Inseln")."""
    content = [t for t in answer if not t.tag.startswith("$")]
    if (skill in ("wer", "wen", "wem", "was") and len(content) >= 3 and content[0].text.lower() in DEFINITE
            and content[-1].tag == "NN" and content[-1].lemma in CLASS_NOUNS
            and all(t.tag == "ADJA" and t.text.islower() for t in content[1:-1])  # "die Ionischen Inseln" is a name
            and any(t.text.rstrip("nmrs").endswith("ische") for t in content[1:-1])):
        return [f"the key describes what the text names: {' '.join(t.text for t in content)}"]
    return []


def _year_given(prompt: list[Token], answer: list[Token], skill: str) -> list[str]:
    """"Wann wurde Chandaq 961 gestürmt? – am 6. März": the prompt gives the year, the key adds
    only the day; students match the date without reading."""
    if skill != "wann" or not any(t.tag == "CARD" and re.fullmatch(r"\d{3,4}", t.text) for t in prompt):
        return []
    if any(t.text in MONTHS for t in answer) and not any(re.fullmatch(r"\d{3,4}", t.text) for t in answer):
        return ["the prompt gives the year, the key only the day"]
    return []


def _condition_dropped(sentence: Sentence, prompt: list[Token], answer: list[Token]) -> list[str]:
    """"Sind mehr als zwei Möglichkeiten vorhanden, so kann man mittels Ja-/Nein-Fragen
    herausfinden, welche Alternative zutrifft": the sentence holds under a condition (wenn, falls,
    a verb-first clause) that neither the question nor the key keeps, in its words or in other
    ones with its nouns ("Wie nennt man einen Hamburger mit Käse?" of "Wenn auch Käse drauf ist,
    nennt man ihn Cheeseburger"). "auch wenn" concedes, it sets no condition."""
    kept = {t.text.lower() for t in [*prompt, *answer]} | {t.lemma.lower() for t in [*prompt, *answer]}
    if kept & CONDITIONALS:
        return []
    tokens = list(sentence.tokens)
    words = [t for t in tokens if not t.tag.startswith("$")]
    for clause in sentence.clauses:
        k = clause.conjunction - tokens[0].i if clause.conjunction is not None else -1
        conditional = (clause.kind == "subordinate" and k >= 0 and tokens[k].text.lower() in CONDITIONALS
                       and not (k > 0 and tokens[k - 1].text.lower() in ("auch", "selbst", "sogar")))
        verb_first = bool(words) and words[0].tag in FINITE_TAGS and words[0].i in clause.tokens and tokens[-1].text == "."
        if not (conditional or verb_first):
            continue
        nouns = {t.text.lower() for t in tokens if t.i in clause.tokens and t.tag in ("NN", "NE")}
        if not nouns & kept:
            return ["the question drops the condition its sentence holds under"]
    return []


def _situation_dropped(sentence: Sentence, prompt: list[Token], skill: str) -> list[str]:
    """"Das giftige Nikotin wird dabei zu großen Teilen verbrannt" (when tobacco is smoked):
    "dabei" / "hierbei" ties the clause to what the sentence before describes; a question without
    it ("Was wird zu großen Teilen verbrannt?") has lost what it is about. ("dann" mostly only
    orders the steps of a process: "Die kleinen Setzlinge pflanzt man dann in Reihen …".)"""
    if skill in ("warum", "wozu"):
        return []
    asked = {t.text.lower() for t in prompt}
    for clause in sentence.clauses:
        if clause.finite is None or _text(sentence, clause.finite) not in asked:
            continue
        for token in sentence.tokens:
            low = token.text.lower()
            if token.i in clause.tokens and low in SITUATION_ADVERBS and low not in asked and token.tag in ("ADV", "PAV", "PROAV"):
                return [f"the question drops the situation: {token.text}"]
    return []


def _indefinite_ordinal(tokens: list[Token]) -> list[str]:
    """"In Ergänzung ist eine vierte Klasse entdeckt worden.": "ein" with an ordinal counts on
    the ones named before it, which the item does not name."""
    for token, after in pairwise(tokens):
        if token.tag == "ART" and token.text.lower().startswith("ein") and after.tag == "ADJA" and (
                after.lemma.lower() in ORDINAL_LEMMAS or re.fullmatch(r"\d+\.", after.text)):
            return [f"an ordinal counts on what is not named: {token.text} {after.text}"]
    return []


def _broken_phrase(tokens: list[Token]) -> list[str]:
    """"Wann kam gelegene Winzerdorf Kleinhöflein …?": an adjective with the weak ending "-e"
    before a masculine or neuter singular noun needs its article (an extended attribute was cut)."""
    for before, token, noun in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if (token.tag == "ADJA" and token.text.endswith("e") and (before.tag in VERB_TAGS or before.tag.startswith("PW"))
                and noun.tag == "NN" and noun.feature("Gender") in ("Masc", "Neut") and noun.feature("Number") == "Sing"):
            return [f"an adjective without its article: {token.text} {noun.text}"]
    return []


def _state_asked(prompt: list[Token], answer: list[Token], skill: str) -> list[str]:
    """"Was ist in der Regel aus Briocheteig gebacken? – das Brötchen", "Was ist schon seit vielen
    Jahrtausenden getrennt?": "sein" with a participle describes a state of its subject; asking
    which thing is in that state turns a description round, and the key is guessed or copied.
    Which named thing is in it is a fact to find ("Was ist nach der Aare benannt? – der Kanton
    Aargau")."""
    verbs = [t for t in prompt if t.tag in VERB_TAGS]
    if (skill == "was" and prompt and prompt[0].text == "Was" and len(verbs) == 2 and verbs[0].lemma == "sein"
            and verbs[1].tag == "VVPP" and verbs[1] is prompt[-1] and not any(t.tag == "NE" for t in answer)):
        return ["Was + sein + participle: a description turned round"]
    return []


def _abstract_chain(tokens: list[Token]) -> list[str]:
    """"Was verbesserte die zweite Juragewässerkorrektion? – die Wirkung der
    Wasserstandregulierung" (and the same phrase asked "Wann"): an abstract noun of an abstract
    noun, with nothing concrete beside it, is copied without being understood."""
    for k in range(len(tokens) - 3):
        article, noun, genitive, attribute = tokens[k : k + 4]
        following = tokens[k + 4] if k + 4 < len(tokens) else None
        if (article.text.lower() in DEFINITE and genitive.text.lower() in ("der", "des") and noun.tag == attribute.tag == "NN"
                and _abstract(noun) and _abstract(attribute) and (following is None or following.tag not in ("NN", "NE", "APPR", "ART"))):
            return [f"an abstract noun of an abstract noun: {noun.text} {genitive.text} {attribute.text}"]
    return []


def _ordinal_without_point(prompt: str) -> list[str]:
    """"Herzog Albrecht VI Eisenstadt": a ruler's number is an ordinal and keeps its full stop."""
    if re.search(r"\b[A-ZÄÖÜ][a-zäöüß]+ (?:[IVX]{2,5}|I|V|X)\b(?!\.)", prompt):
        return ["a Roman ordinal without its full stop"]
    return []


def _hearsay(prompt: list[Token]) -> list[str]:
    """"Was soll aus dem 9. Jahrhundert stammen?", "Wer soll … Hamburger verkauft haben?": "sollen"
    with a state or a perfect infinitive reports a claim; the question asks it as a fact, and a
    learner reads an obligation."""
    verbs = [t for t in prompt if t.tag in VERB_TAGS]
    if not verbs or verbs[0].lemma != "sollen" or verbs[0].text.lower() not in ("soll", "sollen"):
        return []
    rest = verbs[1:]
    perfect = len(rest) >= 2 and rest[-2].tag == "VVPP" and rest[-1].lemma in ("haben", "sein")
    if perfect or rest and (rest[-1].lemma in STATIVE_VERBS or rest[-1].lemma == "stammen"):
        return ["sollen reports a claim, the question asks a fact"]
    return []


# --- round 13: open inventories, relations turned round, one view of several ------------------
#
# The round-13 readers judged bad a question whose key is one of several true answers ("Was liegt
# am Aare-Ufer in Bern?"), a relation asked from the wrong end ("Was hängt von der geographischen
# Lage ab?"), one possible view asked as the view ("Als was kann Information angesehen werden?"),
# an expansion printed beside its abbreviation, a pluperfect detached from the event it precedes,
# and a naming question whose key is a word ("Wie heißt eine verbreiterte Blütenachse?").

# Verbs that say what is at a place ("liegen", "stehen", "sich befinden", "es gibt").
PLACE_HOLDING_VERBS = frozenset({"liegen", "stehen", "befinden", "geben"})
# Tags of the determiners that introduce one thing among others ("zahlreiche Brücken", "drei Museen").
INDEFINITE_TAGS = frozenset({"PIAT", "PIDAT", "CARD"})
# Verbs of regarding something as something: with "können" they give one admissible view.
VIEW_VERBS = frozenset({"ansehen", "betrachten", "bezeichnen", "verstehen", "auffassen", "sehen", "deuten",
                        "interpretieren", "beschreiben", "einordnen"})


def _inventory(prompt: list[Token], answer: list[Token], skill: str) -> list[str]:
    """"Was liegt am Aare-Ufer in Bern? – ein Bärenpark", "Was gibt es in den
    Legoland-Freizeitparks? – einen Bereich, …": asking what is at a place asks for an inventory;
    an indefinite key names one thing of those there, and the place holds others that the text or
    the world names. A definite key identifies the one thing ("Was steht im Miniatur Wunderland
    …? – die größte Modelleisenbahnanlage der Welt"), a name is a fact ("Was liegt am Fuße des
    Leithagebirges? – Eisenstadt")."""
    verbs = [t for t in prompt if t.tag in VERB_TAGS]
    if (skill not in ("was", "was-gibt-es") or not prompt or prompt[0].text != "Was" or len(verbs) != 1
            or verbs[0].lemma not in PLACE_HOLDING_VERBS or not _indefinite(answer)):
        return []
    if verbs[0].lemma == "geben" and not any(t.text.lower() == "es" for t in prompt):
        return []
    if not any(t.tag in ("APPR", "APPRART") and t.text.lower() in WHERE_PREPOSITIONS for t in prompt):
        return []
    return ["an inventory of a place: the text names one of the things there"]


def _dependent_asked(prompt: list[Token]) -> list[str]:
    """"Was hängt von der geographischen Lage ab? – der Niederschlag": a dependence asked from
    what things depend on gives the topic of the sentence as the answer; the reader wants to know
    what it depends on ("Wovon hängt laut Kim das qualitative Niveau der Kriegsvorbereitungen ab?")."""
    if prompt and prompt[0].text in ("Was", "Wer") and any(t.lemma == "abhängen" for t in prompt):
        return ["a dependence asked from the wrong end"]
    return []


def _possible_view(prompt: list[Token]) -> list[str]:
    """"Als was kann Information angesehen werden? – als wirtschaftliches Gut": "können" with a
    verb of regarding gives one admissible view among several (Wissen, Veränderung,
    Produktionsfaktor); each is a defensible answer, the key lists one. Without "können" the text
    states the classification ("Als was gilt die Stiftungsurkunde …?")."""
    lemmas = {t.lemma for t in prompt if t.tag in VERB_TAGS}
    if "können" in lemmas and lemmas & VIEW_VERBS and any(t.text.lower() == "als" for t in prompt):
        return ["one possible view asked as the answer"]
    return []


def _background_dated(prompt: list[Token]) -> list[str]:
    """"Wann hatte eine Hitzewelle die Schneeschmelze in den Alpen beschleunigt? – nach
    regenreichem Mai und Juni": the pluperfect tells what had happened before the event the text
    relates (the flood of 1480); asked on its own the question loses that event, and "Wann"
    finds its date as well ("In welchem Jahr hatte die Derg-Militärjunta … gestürzt?" the same).
    A teacher asks in the perfect or the simple past."""
    verbs = [t for t in prompt if t.tag in VERB_TAGS]
    words = [t.text.lower() for t in prompt[:3]]
    asks_time = words[:1] == ["wann"] or words[1:2] == ["wann"] or words == ["in", "welchem", "jahr"]
    if (asks_time and len(verbs) == 2 and verbs[0].text.lower() in ("hatte", "hatten") and verbs[1] is prompt[-1]
            and verbs[1].tag in ("VVPP", "VVFIN")):  # "beschleunigt" alone reads as finite
        return ["a pluperfect: the question loses the event it precedes"]
    return []


def _word_asked(prompt: list[Token], answer: list[Token]) -> list[str]:
    """"Wie heißt eine verbreiterte Blütenachse? – Blütenbecher", "Wie werden Scheunen in der
    Schweiz genannt? – Schüür, Schopf oder Gade" (when the tagger knows the words): a naming question whose key is a common noun
    asks for a word the text defines, found by matching the description (ten of the fourteen such
    verdicts were bad). A name is a fact ("Wie hieß der Sohn des Königs? – Karl")."""
    naming = {t.lemma for t in prompt if t.tag in VERB_TAGS} & {"heißen", "nennen"}
    words = [t for t in answer if t.tag[:1] != "$" and t.tag not in ("ART", "KON", "ADJA")]
    if prompt and prompt[0].text == "Wie" and naming and words and all(t.tag == "NN" for t in words):
        return ["the key is a word, not a fact"]
    return []


def _indefinite(answer: list[Token]) -> bool:
    """Does the key open with an indefinite article or determiner ("ein Bärenpark", "zahlreiche
    Brücken")?"""
    return bool(answer) and (answer[0].tag in INDEFINITE_TAGS
                             or answer[0].tag == "ART" and answer[0].text.lower().startswith("ein"))



# --- round 31: classes of the questions strict readers judged bad that still came back ----------
#
# Each check is a rule of German grammar or of question writing, not a list of the judged
# sentences: a question from a fragment of a sentence the splitter cut at a line break, an era
# ("nach Christus") left without the time it belongs to, the parts of a thing asked where the
# text introduces them as terms, a "welch-" question whose key only adds a term adjective to the
# asked noun, a thing named "ein bestimmtes …" that the question cannot identify, and one past
# point of a population the text counts at other times too.

# The era after a year or a century: it is part of that time phrase and goes with it.
_ERA = re.compile(r"(?<!\w)(?:(?:nach|vor)\s+(?:Christus|Christi\s+Geburt|Chr\.)|[nv]\.\s?Chr\.|unserer\s+Zeitrechnung)")
_ERA_HOLDER = re.compile(r"(?:\d+\.?|[IVXLC]+\.|Jahr\w*|Jh\.|Jahrhundert\w*|Jahrtausend\w*|Zeitenwende)$")
# Verbs that divide a whole into its parts ("ist in … gegliedert", "teilt sich in …").
PARTITION_VERBS = frozenset({"gliedern", "einteilen", "unterteilen", "aufteilen", "teilen", "untergliedern", "zerfallen"})
# A bracket that gives a term's other name: "(Filament)", "(auch Ovar genannt)", "(lat. Corolla)".
_TERM_BRACKET = re.compile(r"\((?:auch\s+|lat\.\s+|lateinisch\s+|griech\.\s+|griechisch\s+|fachsprachlich\s+)?"
                           r"[A-ZÄÖÜ][\w-]*(?:\s+[\w-]+)?(?:\s+genannt|\s+bezeichnet)?\)")
# An attributive adjective rarer than this in a key that repeats the asked noun is a term ("auf
# der syntaktischen Ebene"), not a fact a reader could put in their own words ("auf der ersten Silbe").
TERM_ADJECTIVE_ZIPF = 3.0
# "ein bestimmtes Bezugssystem", "eine gewisse Zeit": a thing the sentence does not identify.
UNIDENTIFYING_STEMS = ("bestimmt", "gewiss")
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
# Nouns that count the people of a place, and the past points a count can be pinned to.
RESIDENT_NOUNS = frozenset({"Einwohner", "Bewohner", "Einwohnerin", "Bewohnerin", "Bevölkerung", "Einwohnerzahl",
                            "Bevölkerungszahl"})
POPULATION_NOUNS = RESIDENT_NOUNS | {"Mensch", "Leute", "Person"}
# People counted by where they live: "lebten", "wohnten", "hatte … Einwohner", "zählte".
DWELLING_VERBS = frozenset({"leben", "wohnen", "haben", "zählen", "sein", "geben"})
# A later count: a later year or now; not a density or a share ("18 Einwohner pro Quadratkilometer").
PRESENT_WORDS = frozenset({"heute", "heutzutage", "mittlerweile", "derzeit", "inzwischen", "aktuell", "gegenwärtig"})
RATE_WORDS = frozenset({"pro", "je", "Prozent", "%"})
_PAST_POINT = re.compile(r"^(?:1\d{3}|20[01]\d|1\d{3}er|1\d{2}0er|20[01]0er)$")


def _round31(prompt: list[Token], answer: list[Token], question: Question, analysis: Analysis) -> list[str]:
    sentence = analysis.sentences[question.sentence] if 0 <= question.sentence < len(analysis.sentences) else None
    problems = [*_stranded_era(question.prompt), *_term_adjective(prompt, answer, analysis), *_unidentified(prompt, "prompt"),
                *_unidentified(answer, "key")]
    if sentence is not None:
        problems += [*_fragment(sentence.text), *_named_parts(prompt, question, sentence.text),
                     *_name_without_noun(question, sentence.text),
                     *_population_point(prompt, question, analysis)]
    return problems


def _fragment(text: str) -> list[str]:
    """"2 OR) Fristen in Wochen angegeben werden, wobei in Deutschland die Woche meist als …
    definiert wird": a bracket closed that the sentence never opened, or opened and never closed,
    means the sentence was cut (here at a line break after "Ziff."); a question from it asks a
    piece of a sentence whose beginning the reader does not have."""
    for opening, closing in (("(", ")"), ("[", "]")):
        depth = 0
        for k, char in enumerate(text):
            if char == opening:
                depth += 1
            elif char == closing:
                if depth == 0 and not _list_marker_at(text, k):
                    return ["the sentence is a fragment: a bracket closed it never opened"]
                depth = max(0, depth - 1)
        if depth:
            return ["the sentence is a fragment: a bracket it never closed"]
    return []


def _list_marker_at(text: str, k: int) -> bool:
    """Is the closing bracket at ``k`` that of a list marker ("a)", "2)", "iv)")?"""
    start = k
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    marker = text[start:k]
    opens = start == 0 or text[start - 1] in " \t\n:;,"
    return opens and bool(re.fullmatch(r"[a-zA-Z]|\d{1,2}|[ivx]{1,4}", marker))


def _stranded_era(prompt: str) -> list[str]:
    """"Wann sind die Ungarn nach Christus Richtung Westen gezogen?" (from "in den ersten
    Jahrhunderten nach Christus"): "nach/vor Christus", "n. Chr." belong to the year or century
    before them; asked without it, the era stands alone in the middle of the clause."""
    for match in _ERA.finditer(prompt):
        before = prompt[: match.start()].split()
        if not before or not _ERA_HOLDER.search(before[-1]):
            return [f"an era without its time: {match.group(0)}"]
    return []


def _named_parts(prompt: list[Token], question: Question, text: str) -> list[str]:
    """"In welche Teile ist ein Staubblatt meist gegliedert? – in den Staubfaden (Filament) und den
    Staubbeutel (Anthere)": where the text names the parts as terms, each with its other name in
    brackets, the question for the parts asks the terms the sentence introduces, found by matching
    the verb, a vocabulary lookup (readers: "tests no understanding", bad in every recent round)."""
    if not {t.lemma for t in prompt} & PARTITION_VERBS:
        return []
    words = [w for w in re.findall(r"[\w-]+", str(question.answer)) if w[:1].isupper()]
    start = text.find(words[0]) if words else -1
    if start >= 0 and _TERM_BRACKET.search(text, start):
        return ["the parts are terms the text introduces"]
    return []


def _term_adjective(prompt: list[Token], answer: list[Token], analysis: Analysis | None = None) -> list[str]:
    """"Auf welcher Ebene wird Information nur als Struktur gesehen? – auf der syntaktischen Ebene":
    the key repeats the noun the "welch-" word asks for and adds one adjective; when that adjective
    is a term, the question asks for a term found by matching the rest of the sentence. A common
    adjective is a fact ("Auf welcher Silbe …? – auf der ersten Silbe"), and so is one made of a
    place's name ("Welche Regierung …? – die ecuadorianische Regierung": the gazetteer's places and
    the text's names). With an indefinite article the adjective says what kind the subject's
    thing is ("Welche Struktur nimmt Methyllithium an? – eine oligomere Struktur": a property of
    the compound, MLQA); the definite article names one item of a classification, the term."""
    asked = next((prompt[k + 1] for k, t in enumerate(prompt[:-1])
                  if t.text.lower().startswith("welch") and prompt[k + 1].tag == "NN"), None)
    words = [t for t in answer if t.tag not in ("APPR", "APPRART", "ART")]
    if (asked is None or len(words) != 2 or words[0].tag != "ADJA" or words[1].tag != "NN"
            or words[1].lemma != asked.lemma):
        return []
    if any(t.tag == "ART" and t.text.lower() in INDEFINITE_ARTICLES for t in answer):
        return []
    if max(_zipf(words[0].text), _zipf(words[0].lemma)) >= TERM_ADJECTIVE_ZIPF:
        return []
    names = COUNTRIES_AND_PLACES | ({t.text for s in analysis.sentences for t in s.tokens if t.tag == "NE"}
                                    if analysis is not None else set())
    if not _of_a_place(words[0].text, names):
        return [f"the key adds a term to the asked noun: {words[0].text}"]
    return []


_PLACE_SUFFIX = re.compile(r"(?:ianisch|anisch|esisch|isch)(?:e|en|er|es|em)?$")


def _of_a_place(adjective: str, names: AbstractSet[str]) -> bool:
    """Is ``adjective`` made of one of ``names`` ("ecuadorianische": Ecuador, "burgenländischen":
    Burgenland)?"""
    stem = _umlauts_folded(_PLACE_SUFFIX.sub("", adjective.lower()))
    return stem != _umlauts_folded(adjective.lower()) and len(stem) >= 4 and any(
        _umlauts_folded(name.lower()).startswith(stem) for name in names)


def _umlauts_folded(word: str) -> str:
    return word.replace("ä", "a").replace("ö", "o").replace("ü", "u")


def _unidentified(tokens: list[Token], where: str) -> list[str]:
    """"Wozu muss ein bestimmtes Bezugssystem angelegt werden?": "ein bestimmter/gewisser …" refers
    to one thing without saying which; the text said it before, the question cannot (readers:
    "ein bestimmtes Bezugssystem has no referent"). As the key ("Was braucht der Samen für die
    Keimung? – eine gewisse Temperatur") it is a phrase that names nothing a student could find."""
    for first, second in pairwise(tokens):
        if (first.text.lower() in INDEFINITE_ARTICLES and second.tag == "ADJA"
                and second.text.lower().startswith(UNIDENTIFYING_STEMS)):
            return [f"{where}: an unidentified thing: {first.text} {second.text}"]
    return []


def _population_point(prompt: list[Token], question: Question, analysis: Analysis) -> list[str]:
    """"Wie viele Menschen lebten in den 1920er Jahren auf den Galapagosinseln? – rund 400" where
    the text counts the people again later (25.124 in 2010, 25.000 "mittlerweile"): a past count of a
    population that the text follows through time is one point of a series; the point is the
    change or today's number (readers: "marginal number found by matching '1920er'")."""
    words = [t.text for t in prompt]
    if len(words) < 3 or [w.lower() for w in words[:2]] != ["wie", "viele"] or prompt[2].lemma not in POPULATION_NOUNS:
        return []
    points = [int(w[:4]) for w in words if _PAST_POINT.match(w)]
    if not points or not {t.lemma for t in prompt if t.tag in VERB_TAGS} & DWELLING_VERBS:
        return []
    for k, other in enumerate(analysis.sentences):
        texts = [t.text for t in other.tokens]
        later = any(YEAR.fullmatch(w) and int(w) > max(points) for w in texts) or bool({w.lower() for w in texts} & PRESENT_WORDS)
        if k != question.sentence and later and any(t.tag == "CARD" for t in other.tokens) and not set(texts) & RATE_WORDS \
                and any(t.lemma in RESIDENT_NOUNS or t.text.startswith(("Einwohner", "Bevölkerung")) for t in other.tokens):
            return ["one past point of a population the text counts again"]
    return []


def _name_without_noun(question: Question, text: str) -> list[str]:
    """"Was ist als besonderer Anlagen-Abschnitt "Knuffingen Airport" … in Betrieb genommen
    worden? – der Modellflughafen" (from "der Modellflughafen "Knuffingen Airport""): a quoted name
    right after a noun is that noun's name (a close apposition: "das Schiff „Titanic“"); with the
    noun as key, the name left in the prompt stands for nothing and gives the answer away."""
    answer = str(question.answer).strip()
    at = text.find(answer) if answer else -1
    if at < 0:
        return []
    quoted = QUOTATION.match(text[at + len(answer) :].lstrip())
    if quoted and quoted.group(0)[1:-1].strip() and quoted.group(0)[1:-1] in question.prompt:
        return [f"a name without its noun: {quoted.group(0)}"]
    return []
