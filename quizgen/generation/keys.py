"""Answer keys that accept every right answer, and no W-question the text answers otherwise too.

A post-pass over the finished W-questions (``questions._w_questions`` calls :func:`refine_keys`).
Readers judged many items "edit" only because the key was too narrow (issue 12, round 5), so
each question's evidence sentence is read again around the answer, and the key also accepts:
- the phrase without its preposition or article ("in den Thunersee" → "Thunersee");
- the measure inside a noun phrase for "Wie lange / weit / …?" ("eine Fliesszeit von rund zwei
  Tagen" → "rund zwei Tage", "zwei Tage"), the number alone where the question names what is
  counted ("Wie hoch war die Zahl …? – 906 Personen" → "906");
- the other name the sentence gives in brackets or with "auch … genannt" ("Blütenbecher
  (Hypanthium)", "das Brötchen (Bun)");
- the language for its nominalised adjective ("das Lateinische" → "Latein", "die lateinische
  Sprache");
- the heads of a coordination ("aus einem weichen Brötchen und einer gegrillten flachen Scheibe
  Hackfleisch" → "Brötchen und Hackfleisch"), each alternative of "A oder B";
- a definition's noun without its place ("ein Archipel im östlichen Pazifischen Ozean" →
  "ein Archipel"), and for "Wer ist NAME?" the subject of "X, das …, ist NAME";
- an example the sentence appends ("…, zum Beispiel Obst"), a reason cut at "und" with both
  reasons, a second "in + accusative" for "Wohin …?" ("in den Hagneckkanal");
- another subject or object a neighbouring clause of the paragraph gives the same statement
  (the same verb, every other role the same): any of them answers "Was / Wer …?";
- the noun phrase before a relative clause or apposition ("große Feuerstürme, die …" → "große
  Feuerstürme"), the name a described person is given ("der saudische Geistliche Sheikh Muhammad
  Al-ʿArifi" → "Al-Arifi"), the country the text puts a place in ("Wo liegt Eisenstadt?" → "in
  Österreich"; round 15);
- an um-zu answer without its "damit" ("um den Transplantationstourismus zu bekämpfen"), a long
  noun phrase up to a head noun the text has only there ("auf eine radikale Dezimierung"; round 20).
- what a collective groups ("eine Gruppe von neunzehn Inseln" → "19 Inseln"), a phrase without
  "einzeln" ("ein Gen"), a type's code ("R-17-Raketen" → "R-17"), a name without the place
  adjective before it ("Fordham University"), a person by title and name ("General Manuel") or by
  the family name ("Schröder"; round 21).
A "zwischen"-phrase the span cut at its "und" gets its second member back ("ein Krieg zwischen
Äthiopien und Somalia").
A key that lists things asks for them as a list ("… ? Nenne drei."), with the members the next
sentences add ("Aber auch Getreide und Kartoffeln …"; round 15: "Open list"); any that many in any
order are right, which the key says (:func:`list_rule`; round 24) instead of listing every choice.
Precision first: a question is refused when its answer is marked as one of several ("Sogar die
Baumwolle stammt von einer Blütenpflanze"), when a neighbouring clause gives the same statement
another time, place or reason, and when the paragraph counts the same things of the same subject
otherwise ("18 Kasus" / "27 Fälle"). No variant is kept that the prompt already says, nor a bare
number cut from its measure ("drei" for "drei Millionen US-Dollar").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from itertools import pairwise

from ..analysis.adverbials import COMPASS_POINTS
from ..analysis.lexicon import noun_lexicon
from ..extraction.frequency import zipf_frequency
from ..extraction.reference import person_noun, resolve
from ..extraction.thesaurus import load_thesaurus
from ..model import Analysis, Clause, Constituent, Question, Sentence, Token
from .key_synonyms import (
    ACTION_ENDING,
    CONTEXT_STEM,
    QUALITY_ENDINGS,
    action_verbs,
    core_synonyms,
    derived_bases,
    noun_verbs,
    rare_adjective_synonyms,
    scale_neighbours,
    synonym_sets,
    text_synonym_verbs,
    thesaurus_head,
)
from .realise import _token
from .reparse import tag_line
from .wh import BOUNDING, ROLE_VERBS

# Focus particles that mark the phrase after them as one of several ("sogar die Baumwolle").
ADDITIVE = frozenset({"sogar", "auch", "ebenfalls", "ebenso", "selbst"})
# Prepositions whose phrase still answers without them ("in den See" → "den See", "See"); not
# "über", "unter", "vor", "bis", which change a number ("über 100 Jahre" is not "100 Jahre").
PLAIN_PREPOSITIONS = frozenset({
    "in", "im", "ins", "an", "am", "ans", "auf", "aus", "bei", "beim", "mit", "von", "vom", "zu", "zum", "zur", "nach",
})
TIME_PREPOSITIONS = frozenset({"in", "im", "am"})  # "im Jahr 1902" → "Jahr 1902"; never "nach der Bestäubung"
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
TIME_SKILLS = frozenset({"wann", "seit wann", "bis wann", "wie lange"})
# Words that may open a bracketed alias: "(lateinisch Pistill)", "(auch Bun)".
ALIAS_LEADS = frozenset({
    "auch", "kurz", "oder", "lat.", "lateinisch", "griech.", "griechisch", "altgriechisch", "engl.", "englisch",
    "franz.", "französisch", "span.", "spanisch", "ital.", "italienisch", "fachsprachlich",
})
APPROXIMATE = frozenset({"rund", "etwa", "ca.", "circa", "ungefähr", "knapp", "fast", "über", "mehr", "als"})
# Prepositions that can stand before nouns without an article ("aus Brötchen und Hackfleisch").
BARE_PREPOSITIONS = frozenset({"aus", "mit", "von", "auf", "in", "an", "zu", "nach", "über", "unter", "bei"})
LOCAL_PREPOSITIONS = frozenset({"in", "im", "an", "am", "auf", "bei", "nahe", "aus"})
CORE_ROLES = ("subject", "object_acc", "object_dat", "object_prep", "predicative")
NAMING_ROLES = frozenset({"subject", "object_acc", "object_dat", "object_prep"})
PRONOUN_TAGS = frozenset({"PPER", "PDS", "PRELS", "PRF", "PIS", "PPOSS", "PWS"})
PHRASE_ENDS = ("NN", "NE", "CARD")  # what a phrase that can be a key ends with (and is headed by)
NEIGHBOURS = 3  # sentences either side that count as neighbours (within the paragraph)
LANGUAGE_NAMES = {"Lateinisch": "Latein"}
NUMBER = re.compile(r"\b(?:\d[\d.,]*\d|\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|hundert)\b", re.IGNORECASE)
NAMING_VERBS = frozenset({"nennen", "heißen", "bezeichnen"})
LIMITS = ("time", "place", "direction", "origin", "adverbial")
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "den", "dem", "deren", "dessen", "welcher", "welche", "welches"})
MULTIPLIERS = ("Millionen", "Million", "Milliarden", "Milliarde", r"Mio\.", r"Mrd\.", "Tausend", "Hundert")


def refine_keys(questions: Iterable[Question], analysis: Analysis) -> list[Question]:
    """Every W-question with its key widened to the other right answers the text gives; the
    questions the text answers with something else as well are left out."""
    refined = []
    for question in questions:
        if question.type != "wh" or not isinstance(question.answer, str):
            refined.append(question)
            continue
        kept = refine_key(question, analysis.sentences[question.sentence], analysis)
        if kept is not None and not names_none(kept):
            kept = with_rare_adjectives(with_text_verbs(with_named_filling(kept, analysis.sentences[kept.sentence]), analysis))
            refined.append(with_core_words(without_leading_year(without_connectives(kept)), analysis))
    return refined


MAIN_LEADS = frozenset({"hauptsächlich", "vorwiegend", "überwiegend", "meist", "meistens", "vor"})  # "vor allem"
PHRASE_INNER = frozenset({"ART", "ADJA", "ADJD", "CARD", "PIAT", "PPOSAT", "APPR", "NN", "NE"})
APPOSITION_GAP = 4  # words between the answer and its relative clause: an apposition and the verb ("dem Bun besteht")


def with_named_filling(question: Question, sentence: Sentence) -> Question:
    """ "Woraus besteht ein Hamburger? – aus einem speziellen Brötchen, dem Bun" where the
    sentence goes on ", das mit verschiedenen Belägen, hauptsächlich jedoch einer gegrillten
    Scheibe aus Rinderhackfleisch, belegt wird": the relative clause names the other part, so
    the answer takes it and the bread alone is no longer right (round 26: "Brötchen" alone got
    full credit). The main part after "hauptsächlich"/"vor allem" stands for the list."""
    if not question.prompt.startswith("Woraus besteh") or "Nenne" in question.prompt:
        return question
    span = answer_tokens(question, sentence)
    if span is None:
        return question
    part = _filling(list(sentence.tokens), span[-1].i - sentence.tokens[0].i)
    if not part:
        return question
    own = str(question.answer).split(",")[0]
    return replace(question, answer=f"{own} mit {part}", accepted=())


def _filling(tokens: list[Token], last: int) -> str:
    """The phrase after "mit" in a relative clause that opens at most ``APPOSITION_GAP`` words
    after the answer; "" when none does."""
    opening = next((k for k in range(last + 1, min(last + 2 + APPOSITION_GAP, len(tokens) - 2))
                    if tokens[k].text == "," and tokens[k + 1].tag == "PRELS" and tokens[k + 2].text == "mit"), None)
    if opening is None or any(t.tag in ("$.", "KON") for t in tokens[last + 1 : opening]):
        return ""
    start = opening + 3
    for k in range(start, len(tokens) - 1):
        if tokens[k].tag in FINITE or tokens[k].tag == "VVPP" or tokens[k].tag == "$.":
            break
        if tokens[k].text.lower() in MAIN_LEADS:
            start = k + 1
            while start < len(tokens) and tokens[start].tag not in ("ART", "ADJA", "NN", "NE", "CARD", "PIAT"):
                start += 1  # "jedoch", "allem"
            break
    words = []
    for token in tokens[start:]:
        if token.tag not in PHRASE_INNER:
            break
        words.append(token)
    while words and words[-1].tag not in ("NN", "NE"):
        words.pop()
    return " ".join(t.text for t in words)


REASON_SKILLS = frozenset({"warum", "wieso", "weshalb"})
# a sentence that gives another reason: "Der zweite Grund ist: …", "Ein weiterer Grund …", "Zweitens …"
NEXT_REASON = re.compile(r"^(?:(?:Der|Ein) (?:zweite|dritte|weitere|andere)r? Grund\b(?:[^:]* ist:)?|(?:Zweitens|Drittens),?)\s*")
MORE_REASON = re.compile(r"^(?:Zudem|Außerdem|Hinzu kommt,? dass)\s+")  # one more, once the text counts its reasons
CONTINUING = frozenset({"PDS"})  # "Die ist im Süden billiger zu haben": the reason's sentence goes on


def with_further_reasons(question: Question, analysis: Analysis) -> Question:
    """A reason question keyed with every reason its paragraph gives (round 26, Tabak: "Warum wird
    am meisten Tabak im Süden angebaut?" was keyed by the warm climate alone; "Der zweite Grund ist:
    … viel Handarbeit. Die ist im Süden billiger zu haben." was missing): the sentences after the
    question's that the text marks as a further reason ("Der zweite Grund", "Zweitens"), each with
    the next sentences that go on with a demonstrative ("Die ist …") or add one more ("Zudem …").
    The prompt then asks for two, and any two of them are right (``list_rule``). After the
    selection, which weighs the item by the sentences it asks of, not by the ones the key adds."""
    if question.skill not in REASON_SKILLS or not isinstance(question.answer, str) or "; " in question.answer:
        return question
    cited = [s.index for s in analysis.sentences if len(s.text) > 15 and s.text in question.evidence]
    last = max([question.sentence, *cited])
    paragraph = analysis.sentences[question.sentence].paragraph
    reasons: list[list[tuple[Sentence, int]]] = []
    for sentence in analysis.sentences[last + 1 :]:
        if sentence.paragraph != paragraph or sentence.is_heading or not sentence.tokens:
            break
        marked = NEXT_REASON.match(sentence.text) or (MORE_REASON.match(sentence.text) if reasons else None)
        if marked and marked.end() < len(sentence.text):
            counted = marked.group(0).rstrip().endswith((":", ","))  # "Der zweite Grund ist: …" says it apart
            reasons.append([(sentence, marked.end() if counted else 0)])
        elif reasons and sentence.tokens[0].tag in CONTINUING:
            reasons[-1].append((sentence, 0))
        else:
            break
    if not reasons:
        return question
    members = [str(question.answer), *(_reason_text(parts) for parts in reasons)]
    told = [sentence.text for parts in reasons for sentence, _ in parts]
    return replace(question, prompt=f"{question.prompt} Nenne zwei Gründe.", answer="; ".join(members), accepted=(),
                   core=(), evidence=" ".join([question.evidence, *told]))


def _reason_text(parts: list[tuple[Sentence, int]]) -> str:
    """A reason of one or more sentences as one list member, without the words that count it:
    "vor allem … bedingen viel Handarbeit, und die ist im Süden billiger zu haben" (no full stop
    inside: the key splits a sentence break into points)."""
    texts = []
    for sentence, start in parts:
        text = sentence.text[start:].rstrip(".").strip()
        first = next((t for t in sentence.tokens if t.start - sentence.start >= start), None)
        named = first is not None and first.tag in ("NN", "NE")
        texts.append(text if named else text[:1].lower() + text[1:])
    return ", und ".join(texts)


# Attributes that place or count a thing without saying which it is ("die umliegenden Gemeinden").
VAGUE_ATTRIBUTES = frozenset({"umliegend", "benachbart", "angrenzend", "folgend", "verschieden", "ander", "weit",
                              "einig", "mehrere", "zahlreich", "viel", "übrig", "betreffend", "einzeln"})


def names_none(question: Question) -> bool:
    """A "Welche …?" question keyed by its own noun with an attribute that says nothing of which
    (round 23, Eisenstadt: "Welche Gemeinden wurden der Freistadt angeschlossen? – die umliegenden
    Gemeinden": a student who names them is marked wrong). "die deutsche Sprache" says which."""
    if not question.prompt.startswith(("Welche ", "Welcher ", "Welches ", "Welchen ", "Welchem ")):
        return False
    tagged = tag_line(str(question.answer))
    words = [t for t in tagged.tokens if t.pos != "PUNCT"] if tagged is not None else []
    nouns = [t for t in words if t.tag in ("NN", "NE")]
    asked = {_fold(w) for w in re.findall(r"\w+", question.prompt)}
    attributes = [t for t in words if t.tag in ("ADJA", "PIAT", "PIDAT")]
    return bool(nouns and attributes) and all(_fold(t.text) in asked for t in nouns) and all(
        (t.lemma or t.text).lower() in VAGUE_ATTRIBUTES for t in attributes)


INFINITIVE_END = re.compile(r"^(?P<rest>.*?)\b(?P<verb>[a-zäöüß]{4,}(?:e|el|er)n)$")
TEXT_VERB_WINDOW = 1  # sentences before the text's other verb that may name its object ("Insekten … Die Blüten locken sie … an")


def with_text_verbs(question: Question, analysis: Analysis) -> Question:
    """A key that ends in a verb also with the verb the text itself says the same thing with
    elsewhere (round 28, Blüte (Klexikon) 3: "um Insekten anzuziehen" refused "Insekten anlocken",
    where the text says "Die Blüten locken sie … an"): a verb of the article that the dictionary
    translates as the key's verb (``key_synonyms.text_synonym_verbs``), in a sentence that, or whose
    sentence before, names a noun of the key. Each such variant is also given as um-zu."""
    variants = [str(question.answer), *question.accepted]
    ends = [(m.group("rest"), m.group("verb")) for v in variants
            if (m := INFINITIVE_END.match(v.strip())) and not m.group("rest").startswith("um ")]
    if not ends:
        return question
    nouns = {t.lemma for t in analysis.sentences[question.sentence].tokens if t.tag == "NN"
             and any(t.text in v or t.lemma in v for v in variants)}
    if not nouns:
        return question
    used: dict[str, None] = {}
    for k, sentence in enumerate(analysis.sentences):
        window = analysis.sentences[max(0, k - TEXT_VERB_WINDOW) : k + 1]
        if k == question.sentence or not any(t.lemma in nouns for s in window for t in s.tokens):
            continue
        for token in sentence.tokens:
            if token.tag.startswith("VV") and token.lemma.islower() and token.lemma.isalpha():
                used[token.lemma] = None
    found = []
    for rest, verb in ends:
        for other in text_synonym_verbs(verb, [u for u in used if u != verb]):
            found.append(f"{rest}{other}".strip())
            if rest.strip() and all(w[:1].isupper() or w in ARTICLES for w in rest.split()):  # "Insekten", not "sie sollen Insekten"
                found.append(f"um {rest.strip()} {_with_zu(other)}")
    if not found:
        return question
    return replace(question, accepted=_clean(question, [*question.accepted, *found]))


def with_rare_adjectives(question: Question) -> Question:
    """A key variant with a rare adjective as the text says it ("weil die Inseln abgeschieden sind")
    also with the common words a student says it with (``key_synonyms.rare_adjective_synonyms``:
    "isoliert", "einsam")."""
    found = []
    for variant in (str(question.answer), *question.accepted):
        for word in dict.fromkeys(re.findall(r"\b[a-zäöüß]{6,}\b", variant)):
            for other in rare_adjective_synonyms(word):
                found.append(re.sub(rf"\b{word}\b", other, variant))
    return replace(question, accepted=_clean(question, [*question.accepted, *found])) if found else question


def finish_keys(questions: Iterable[Question], analysis: Analysis) -> list[Question]:
    """The chosen questions with their keys as printed: a deed as a short sentence
    (``as_model_sentence``). After the selection, which compares answers as the text words them
    (a question that names the fragment's words mirrors it, ``selection._mirrors``)."""
    return [with_consistent_core(with_named_region(with_special_points(with_points(
                as_model_sentence(without_rejected_claim(with_further_reasons(question, analysis), analysis), analysis),
                analysis))))
            if question.type == "wh" else question for question in questions]


def with_consistent_core(question: Question) -> Question:
    """The core words without one that an accepted answer lacks: an answer in other words needs
    only what every accepted answer says (round 27: "Villamil" accepted beside the core word
    "General", "eine Inselgruppe" beside "pazifisch", "Haydn" beside "Komponist": the key
    contradicted itself and refused "Joseph Haydn war dort Kapellmeister"). At least one core word,
    and a noun where there was one, stays; else the key is left as it is, but for "Wer …?" whose
    accepted answers name the person by name or by description: the name (``_a_name``)."""
    if not question.core or not question.accepted:
        return question
    answers = [answer_words(answer) for answer in (str(question.answer), *question.accepted)]
    stems = {word: core_stem(word).split("|") for word in question.core}  # once a word: lexicon and verb lookups
    kept = tuple(word for word in question.core if all(_has_stem(words, stems[word]) for words in answers))
    if not kept and question.prompt.startswith("Wer"):  # "Haydn" accepted beside "der berühmte Komponist"
        kept = tuple(word for word in question.core if _a_name(word))
    if any(word[:1].isupper() for word in question.core) and not any(word[:1].isupper() for word in kept):
        return question  # "ander" alone would pass any answer with "andere": what it says is in the noun
    return replace(question, core=kept) if kept and kept != question.core else question


def _a_name(word: str) -> bool:
    """A core word that is a name, no noun the lexicon knows ("Haydn", not "Komponist"): for "Wer …?"
    the name says who, where accepted answers name the person by name or by description (round 27,
    Eisenstadt: the core words "Komponist, Haydn" refused the accepted "Haydn")."""
    return "/" not in word and word[:1].isupper() and noun_lexicon().lookup(word, compound_fallback=False) is None


def _has_core_word(answer: str, word: str) -> bool:
    """Does ``answer`` have the core word ``word`` as the self-check page finds it (a word that
    begins with one of its stems, after "ge", or holds a stem of five letters: ``_same_stem``)?
    A separable verb's particle at its clause's end joins the clause's words (``answer_words``)."""
    return _has_stem(answer_words(answer), core_stem(word).split("|"))


# Particles a separable verb leaves at its clause's end ("Die Blüten locken Insekten an"), folded
# as ``_fold`` folds; the self-check page (quiz.html.j2 ``PARTICLES``) joins them alike.
CLAUSE_PARTICLES = ("an", "auf", "aus", "ab", "ein", "mit", "vor", "nach", "zu", "weg", "her", "hin", "zuruck",
                    "herum", "heraus", "hinaus", "zusammen", "fest", "los", "bei", "vorbei", "fort")
CLAUSE_BREAK = re.compile(r"[,.;:!?()]+")  # not "und": "mit Farbe und Duft an"
COORDINATION_BREAK = re.compile(r"[,.;:!?()]+|\s(?:und|oder|aber)\s")  # and also: "passen sich an und vererben"


def answer_words(answer: str) -> list[str]:
    """The answer's folded words, and where a clause ends with a separable verb's particle, the
    particle before each other word of that clause ("locken Insekten an" also "anlocken": round 28,
    Blüte (Klexikon) 3, the text's own "locken … an" was refused where the key said "anlocken"),
    also where "und", "oder" or "aber" ends the clause ("passen sich an und vererben sie")."""
    words = re.findall(r"\w+", _fold(answer))
    for clause in [*CLAUSE_BREAK.split(answer), *COORDINATION_BREAK.split(answer)]:
        found = re.findall(r"\w+", _fold(clause))
        if len(found) > 1 and found[-1] in CLAUSE_PARTICLES:
            words += [found[-1] + other for other in found[:-1] if other not in CLAUSE_PARTICLES]
    return words


def _has_stem(words: list[str], stems: list[str]) -> bool:
    return any(_same_stem(stem, found) for stem in stems for found in words)


# an attributive superlative or ordinal before its noun ("der längste Fluss", "die größte Anlage")
SUPERLATIVE = re.compile(r"\b([a-zäöüß]+[sß]t|letzt)(?:e|en|er|es|em)\b(?=(?:\s+[a-zäöüß-]+){0,3}\s+[A-ZÄÖÜ])")  # "der längste gänzlich … verlaufende Fluss"
SPECIAL_SKILLS = frozenset({"besonderes"})


def with_special_points(question: Question) -> Question:
    """"Was ist das Besondere an X?" asks for every point the text makes when it gives more than
    one (round 26, both Aare sheets: "der längste Fluss innerhalb der Schweiz" and "der
    wasserreichste Fluss, der in den Rhein strömt" were one answer and its variant, so a student
    who gave one point could not know that another was wanted, and a teacher could not mark "two
    points"): the points are the answer and each accepted variant with a superlative of its own
    (its shortenings, which keep the answer's superlative, are the same point). The prompt then
    asks for two ("Nenne zwei."; of three or more any two, ``list_rule``) and the key lists them."""
    if question.skill not in SPECIAL_SKILLS or not isinstance(question.answer, str) or LIST_PROMPT.search(question.prompt):
        return question
    points = [str(question.answer)]
    seen = set(SUPERLATIVE.findall(points[0]))
    if not seen:
        return question
    for variant in question.accepted:
        words = set(SUPERLATIVE.findall(variant))
        if words and not words & seen:
            points.append(variant)
            seen |= words
    if len(points) < 2:
        return question
    return replace(question, prompt=f"{question.prompt} Nenne zwei.", answer="; ".join(points), accepted=(), core=())


# "im Westen des Landes": a part of the place the text names ("Sofia ist die Hauptstadt von Bulgarien")
REGION = re.compile(r"^(?:im|in der|am) (?:(?:Nord|Süd)?(?:westen|osten)|Norden|Süden|Westen|Osten|Zentrum|Mitte|Herzen|"
                    r"Nordwesten|Nordosten|Südwesten|Südosten|Landesinneren|Inneren) (?:des Landes|der Insel|der Region|"
                    r"des Staates|des Kontinents)$")
NAMED_PLACE = re.compile(r"^in ([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)$")


def with_named_region(question: Question) -> Question:
    """"Wo liegt Sofia? – im Westen des Landes" also accepts the part of the place by the place's
    name, when the key already accepts that place ("in Bulgarien"): "im Westen Bulgariens", "im
    Westen von Bulgarien" (round 26, Sofia: a student who wrote the likeliest answer was marked
    wrong). The genitive "-s" only for a name that does not end in a hissing sound."""
    answer = str(question.answer)
    if question.type != "wh" or not REGION.match(answer):
        return question
    names = [m.group(1) for m in map(NAMED_PLACE.match, question.accepted) if m]
    if len(set(names)) != 1:
        return question  # no place, or two: which is meant is not sure
    name = names[0]
    part = answer.rsplit(" ", 2)[0]  # "im Westen"
    added = [f"{part} von {name}"]
    if not name.endswith(("s", "ß", "x", "z")) and " " not in name:
        added.insert(0, f"{part} {name}s")
    accepted = tuple(dict.fromkeys((*added, *question.accepted)))
    return replace(question, accepted=tuple(v for v in accepted if v != answer))


CLAIM_LEADS = re.compile(r"^(?:Es heißt|Man (?:sagt|glaubt|meint|denkt)|Viele (?:glauben|meinen|denken|sagen)|Angeblich)\b")
REJECTING = re.compile(r"\b(?:aber|jedoch|doch) (?:\w+ )?(?:nicht|kein\w*)\b|\bnicht unbedingt\b|\bstimmt (?:aber )?nicht\b")


def without_rejected_claim(question: Question, analysis: Analysis) -> Question:
    """A pasted answer of several sentences without those that report a claim the text then
    rejects (round 26, Hamburger: "Wie gesund sind Hamburger?" was keyed "Es heißt, dass
    Hamburger ungesund seien und dick machen. Es kommt darauf an, …": the text goes on "Das liegt
    aber nicht unbedingt am Hamburger selbst", so the key opened with what the text says is wrong).
    A claim: a sentence opened by "Es heißt", "Man sagt" and the like; rejected: the text's next
    sentence denies with "aber nicht", "nicht unbedingt", "stimmt nicht"."""
    answer = str(question.answer)
    points = SENTENCE_BREAK.split(answer.strip())
    if len(points) < 2:
        return question
    kept = [point for point in points if not _rejected_claim(point, answer, analysis)]
    if not kept or len(kept) == len(points):
        return question
    return replace(question, answer=" ".join(kept))


def _rejected_claim(point: str, answer: str, analysis: Analysis) -> bool:
    """Is the answer's sentence (or the part after a colon) a claim the next sentence denies, a
    sentence the answer leaves out? With the denial the claim is what "Das" of it refers to."""
    if not CLAIM_LEADS.match(point):
        return False
    sentence = next((s for s in analysis.sentences if s.text.strip().endswith(point.strip())), None)
    if sentence is None or sentence.index + 1 >= len(analysis.sentences):
        return False
    after = analysis.sentences[sentence.index + 1]
    return after.paragraph == sentence.paragraph and REJECTING.search(after.text) is not None and after.text not in answer


MODEL_WORDS = 15  # a longer model answer of several sentences is a pasted paragraph, no key
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")
POINT_WINDOW = 40  # sentences after the question's first in which its answer's points stand
MAX_POINTS = 2  # points that are no agents: more are the topics a section touches, not its answer
# A question that asks who or what does something: its answer's subjects are its points
# ("Wie werden Blüten bestäubt?": Insekten, der Wind, der Mensch).
AGENT_PROMPT = re.compile(r"^(?:Wer\b|(?:Wie|Wodurch|Von wem) (?:wird|werden|wurde|wurden)\b)")


def with_points(question: Question, analysis: Analysis) -> Question:
    """An answer of several sentences keyed by the point each sentence makes (issue 12, round 23:
    "Wie werden Blüten bestäubt?" was keyed by three pasted sentences, no core words; a reader
    wanted "durch Insekten, durch den Wind, durch den Menschen"; "Was hat sich beim Dreschen
    verändert?" had no core words, so "früher in der Scheune, heute mit dem Mähdrescher" could
    not be marked). Each sentence's point is the noun phrase it is about (``_point``): its core
    word is the phrase's noun. Where the question asks who does it (``AGENT_PROMPT``) and every
    point is its sentence's subject, a model answer longer than ``MODEL_WORDS`` becomes the
    phrases themselves; the sentences stay the evidence."""
    answer = str(question.answer)
    points = SENTENCE_BREAK.split(answer.strip())
    if question.type != "wh" or question.core or len(points) < 2:
        return question
    found = [_point(point, question, analysis) for point in points]
    phrases = [phrase for phrase, _ in filter(None, found)]
    agents = AGENT_PROMPT.search(question.prompt) is not None
    if len(phrases) < 2 or len(points) > MAX_POINTS and not agents:
        return question  # "Woher haben die Wochentage die Namen? – Römer, Dienstag, Germanen" are topics
    lemmas = tuple(dict.fromkeys(_core_lemma(phrase[-1]) for phrase in phrases))
    lemmas = _without_topic(lemmas, analysis.article.title)[0]  # "früher in der Scheune": the text's subject
    core = with_synonyms(lemmas, [t for phrase in phrases for t in phrase])
    if len(answer.split()) <= MODEL_WORDS or not agents or not all(point and point[1] for point in found):
        return replace(question, core=core)  # "Wie gesund sind Hamburger? – das Fleisch und die Beilagen" answers not
    texts = list(dict.fromkeys(_phrase_text(phrase) for phrase in phrases))
    model = texts[0] if len(texts) == 1 else f"{', '.join(texts[:-1])} und {texts[-1]}"
    prompt = question.prompt
    if len(texts) in NUMBER_WORDS and not LIST_PROMPT.search(prompt):
        # round 26, Blüte: "Wie werden Blüten bestäubt?" keyed by three agents, and "meistens durch
        # Insekten" lost marks: the prompt says how many the key wants
        prompt = f"{prompt} Nenne {NUMBER_WORDS[len(texts)]}."
    return replace(question, prompt=prompt, answer=model, accepted=(), core=core, evidence=question.evidence or answer)


def _point(point: str, question: Question, analysis: Analysis) -> tuple[list[Token], bool] | None:
    """The noun phrase a sentence of the answer is about: its main clause's subject, unless that is
    a pronoun or what the question names already ("Es heißt …", "Hamburger"), or the subject of a
    passive, what is done to ("Früher wurde in der Scheune das Korn gedroschen": the question asks
    about threshing, the point is where); then its first noun phrase the question does not name
    ("Es kommt darauf an, wie gut das Fleisch … sind": Fleisch). With whether it is the subject:
    the subjects alone make a model answer ("Insekten, der Wind und der Mensch")."""
    found = _point_sentence(point, question, analysis)
    if found is None:
        return None
    sentence, words = found
    asked = {_fold(w) for w in re.findall(r"\w+", question.prompt) if len(w) > 2}
    subjects = [c for clause in sentence.clauses if clause.kind == "main" for c in clause.role("subject")]
    candidates = [c for c in subjects if c.clause is None and not _passive(sentence, c)]
    nouns = [t for t in words if t.tag in ("NN", "NE") and not any(_same_stem(_stem(t.lemma or t.text), w) for w in asked)]
    for constituent in candidates:
        head = next((t for t in words if t.i == constituent.head), None)
        if head is not None and head in nouns:
            return [t for t in words if constituent.start <= t.i <= head.i], True
    return (_phrase_before(words, nouns[0]), False) if nouns else None


def _passive(sentence: Sentence, subject: Constituent) -> bool:
    """The subject's clause is a passive: "werden" with a participle."""
    clause = next((c for c in sentence.clauses if subject in c.constituents), None)
    words = [t for t in sentence.tokens if clause is not None and t.i in clause.tokens]
    return any(t.lemma == "werden" and t.tag in FINITE for t in words) and any(t.tag == "VVPP" for t in words)


def _point_sentence(point: str, question: Question, analysis: Analysis) -> tuple[Sentence, list[Token]] | None:
    """The sentence of the text a point of the answer comes from, and its words the point keeps."""
    opening = " ".join(re.findall(r"\w+", point)[:3])
    for sentence in analysis.sentences[max(question.sentence - 1, 0) : question.sentence + POINT_WINDOW]:
        if opening and opening in " ".join(re.findall(r"\w+", sentence.text)):
            kept = set(re.findall(r"\w+", point))
            return sentence, [t for t in sentence.tokens if t.text in kept]
    return None


def _phrase_before(words: list[Token], noun: Token) -> list[Token]:
    """The noun with its article and adjectives before it ("das Fleisch", "die Beilagen")."""
    k = words.index(noun)
    first = k
    while first > 0 and words[first - 1].tag in ("ART", "ADJA", "PPOSAT", "PIAT", "CARD") and words[first - 1].i == words[first].i - 1:
        first -= 1
    return words[first : k + 1]


def _phrase_text(phrase: list[Token]) -> str:
    """The phrase as a model answer writes it: lower case after an article that opened a sentence."""
    text = " ".join(t.text for t in phrase)
    return text[:1].lower() + text[1:] if phrase[0].tag == "ART" else text


MODEL_SKILLS = frozenset({"was-tat", "was-geschah-mit"})  # "Was tat X …?": the answer is a deed
MAX_SUBJECT = 4  # words: a longer subject makes the model answer a copy of the text


def as_model_sentence(question: Question, analysis: Analysis) -> Question:
    """A deed keyed as the short sentence a student writes, its subject before the verb the
    fragment opens with (round 21: "Was macht die Aare in Bern? – macht einen Bogen um die
    Altstadt herum" is a piece of the text's clause; "Der Fluss macht einen Bogen um die Altstadt
    herum."; "Nach 33 Stunden landete er …" → "Er landete am Abend des 21. Mai in Paris."). The
    fragment stays accepted. Only when the verb is the clause's finite verb and its subject a
    short phrase of its own before or after it."""
    answer = str(question.answer)
    if question.skill not in MODEL_SKILLS or question.sentence >= len(analysis.sentences) or not answer[:1].islower():
        return question
    sentence = analysis.sentences[question.sentence]
    first = answer.split()[0]
    finite = [t for t in sentence.tokens if t.text == first and t.tag in FINITE]
    clauses = [c for c in sentence.clauses if finite and c.finite == finite[0].i and c.kind == "main"]
    subjects = clauses[0].role("subject") if len(finite) == 1 and clauses else ()
    if len(subjects) != 1 or subjects[0].end - subjects[0].start > MAX_SUBJECT or subjects[0].clause is not None:
        return question
    subject = subjects[0].text
    if subject.lower() in answer.lower().split() or not re.search(r"\w", subject):
        return question
    model = f"{subject[:1].upper()}{subject[1:]} {answer}."
    return replace(question, answer=model, accepted=tuple(dict.fromkeys((answer, *question.accepted))))


# Sentence adverbs that link the clause to the one before: no part of what answers ("als jedoch
# immer mehr feindliche Streitkräfte aus dem Portal strömen"). "dann" only right after the
# conjunction ("als dann …"); later it can carry the meaning ("weil erst dann …").
LINKING_ADVERBS = frozenset({"jedoch", "aber", "allerdings", "nämlich", "also", "doch", "hingegen", "indes", "indessen",
                             "freilich", "übrigens", "zwar"})
OPENING_CONJUNCTIONS = frozenset({"als", "weil", "da", "nachdem", "wenn", "obwohl", "obgleich", "dass", "bevor", "ehe",
                                  "während", "sobald", "seit", "seitdem", "indem", "damit", "bis", "sodass"})


def without_connectives(question: Question) -> Question:
    """The key and its variants without the sentence adverbs that tie the answer to the text
    around it (round 16, The Avengers: "als jedoch immer mehr feindliche Streitkräfte … strömen"
    and the variant "jedoch immer mehr …" are edited to "als immer mehr …"). Only a linking
    adverb that opens the answer, or stands in a clause the answer opens with its conjunction
    and not after a comma ("klein, aber fein" keeps its "aber")."""
    answer = _unlinked(str(question.answer))
    if answer == question.answer:
        accepted = tuple(dict.fromkeys(_unlinked(v) for v in question.accepted))
        return question if accepted == question.accepted else replace(question, accepted=accepted)
    accepted = tuple(v for v in dict.fromkeys(_unlinked(v) for v in question.accepted) if v.lower() != answer.lower())
    return replace(question, answer=answer, accepted=accepted)


def without_leading_year(question: Question) -> Question:
    """A person or thing keyed without the year the span took along, when the key already
    accepts it without (round 19, Gaetano Vestris: "Wer folgte Gaetano Vestris nach? – 1776 Jean
    Georges Noverre": "make the key answer 'Jean Georges Noverre' without '1776'"). Not for a
    question that asks when."""
    match = re.fullmatch(r"\d{3,4} (\S.*)", str(question.answer))
    if question.skill in TIME_SKILLS or match is None or match.group(1) not in question.accepted:
        return question
    return replace(question, answer=match.group(1), accepted=tuple(v for v in question.accepted if v != match.group(1)))


def _unlinked(text: str) -> str:
    words = text.split()
    if len(words) < 3:
        return text
    kept = []
    for k, word in enumerate(words):
        lowered = word.lower()
        opening = k == 0 and lowered in LINKING_ADVERBS
        in_clause = (k > 0 and words[0].lower() in OPENING_CONJUNCTIONS and k < len(words) - 1
                     and not words[k - 1].endswith(",") and words[k - 1].lower() not in ("und", "oder")
                     and (lowered in LINKING_ADVERBS or lowered == "dann" and k == 1))
        if opening or in_clause:
            continue
        kept.append(word)
    return " ".join(kept)


def refine_key(question: Question, sentence: Sentence, analysis: Analysis) -> Question | None:
    """The question with every right answer accepted, or None when it has several right answers
    the key cannot hold."""
    span = answer_tokens(question, sentence)
    if span is None:  # an answer from another sentence ("Was änderte sich, nachdem …?"): only what its wording allows
        fewer = fewer_variants(str(question.answer))
        return replace(question, accepted=_clean(question, [*question.accepted, *fewer])) if fewer else question
    written = sentence.text[span[0].start - sentence.start : span[-1].end - sentence.start]
    completed = complete_answer(question, sentence, span) if written.lower() == str(question.answer).lower() else (question, span)
    if completed is None:
        return None  # a restated answer ("in den Thunersee" for "In den See") has its content
    question, span = completed
    asked = asked_constituent(sentence, span)
    several = marked_as_one_of_several(sentence, span) and not ASKS_FOR_MORE.search(question.prompt)
    if several or counted_otherwise(question, sentence, span, asked, analysis):
        return None
    if named_as_a_place_elsewhere(question, sentence, span, analysis) or composed_otherwise(question, sentence, analysis):
        return None
    if attribute_left_behind(question, sentence, span, asked) or spelled_in_prompt(question):
        return None
    others = other_fillers(question, sentence, asked, analysis) if asked is not None else []
    if others is None:
        return None
    answer = str(question.answer)
    found = [*question.accepted]
    in_text = sentence.text[span[0].start - sentence.start : span[-1].end - sentence.start]
    if in_text.lower() == answer.lower():  # the answer as written, not restated: its words can be read
        found += measure_variants(question, span)
        found += alias_variants(sentence, span) if asked is None or asked[1].head == span[-1].i else []
        found += language_variants(span)
        found += coordination_variants(span, question.skill)
        found += definition_variants(question, span)
        found += example_variants(sentence, span) if question.skill == "was" else []
        found += coordinated_clause_variants(sentence, span, answer)
        found += alternative_variants(span)
        found += copula_subject_variants(question, sentence)
        found += title_name_variants(question, span, analysis)
        found += located_variants(question, sentence, span)
        found += stacked_place_variants(question, sentence, span)
        found += clause_core_variants(span)
        found += estimate_variants(question, sentence, span)
        found += collective_variants(span)
        found += sibling_direction_variants(question, sentence, asked)
        found += head_variants(span)
        found += described_name_variants(question, span)
        found += apposition_variants(span)
        found += containing_place_variants(question, analysis)
        found += cause_noun_variants(question, span)
        found += purpose_core_variants(span)
        found += lone_head_variants(span, analysis)
        found += count_variants(answer)
        found += date_variants(question, answer)
        found += century_variants(question, answer)
        found += nominative_variants(question, span)
        found += dative_e_variants(span)
        found += title_variants(span, analysis)
        found += single_variants(span)
        found += type_code_variants(span)
        found += named_place_variants(span)
        found += titled_name_variants(question, span)
        found += family_name_variants(question, span)
        found += compound_head_variants(span, analysis)
        found += size_prefix_variants(span)
        found += plain_noun_variants(question, span)
        found += sense_adjective_variants(question, span)
        found += shortened_variants(span)
        found += purpose_variants(question, span)
        found += synonym_variants(question, span)
        found += topic_prefix_variants(question, span)
        found += since_variants(question, sentence, span)
        found += class_name_variants(span)
        found += role_variants(question, sentence, span)
        found += placeless_variants(question, span)
        found += compass_variants(question, span)
        found += event_variants(question, span)
        found += bound_variants([answer, *found])
        found += unbounded_count_variants(question, [answer, *found])
        found += abbreviated_variants([answer, *found])
        found += swapped_pairs([answer, *found])
    found += fewer_variants(answer)  # restated or not: "fast keine … mehr" is the answer's own wording
    found += others
    new = found[len(question.accepted) :]
    found += [bare for variant in (answer, *new) for bare in bare_variants(variant, question.skill)]
    if in_text.lower() != answer.lower():
        return replace(question, accepted=_clean(question, found))
    further = further_members(question, sentence, asked[0], analysis) if asked is not None else []
    listed = as_list_question(replace(question, accepted=_clean(question, found)), span, further)
    if listed.answer == question.answer and (activities := further_activities(question, sentence, span, analysis)):
        further = activities
        listed = as_activity_list(listed, span, activities)
    if listed.answer != question.answer:  # members from the next sentences: the evidence shows them
        used = sorted({s.index for member in further for s in analysis.sentences
                       if any(t.i == member[0].i for t in s.tokens) and s.index != sentence.index})
        listed = replace(listed, evidence=" ".join([question.evidence, *(analysis.sentences[k].text for k in used)]))
    return listed


def _clean(question: Question, variants: Iterable[str]) -> tuple[str, ...]:
    """Each variant once, not the answer itself, none the prompt already says."""
    answer = str(question.answer).lower()
    prompt_words = set(re.findall(r"\w+", question.prompt.lower()))
    kept: dict[str, str] = {}
    for variant in variants:
        variant = " ".join(variant.split()).strip(" ,;:")
        key = variant.lower()
        if not variant or key == answer or key in kept or not re.search(r"\w", variant):
            continue
        words = re.findall(r"\w+", key)
        if words and all(word in prompt_words or word in ARTICLES for word in words):
            continue  # "Inseln" for a question about the Inseln: the prompt gives it away
        if _only_the_prompts_word(variant, answer, prompt_words):
            continue
        if _number_out_of_its_measure(variant, str(question.answer)):
            continue
        kept[key] = variant
    return tuple(kept.values())


def _only_the_prompts_word(variant: str, answer: str, prompt_words: set[str]) -> bool:
    """A variant that cut the answer to a noun of the prompt's kind ("Kurzwort" for "Woraus leitete
    sich das Wort Hamburger ab? – aus dem Kurzwort für gebratenes Hackfleisch", round 25: "meaningless")
    while the answer says what it is with two more words: its nouns are the prompt's words or end in one."""
    words = [w for w in re.findall(r"\w+", variant) if w.lower() not in ARTICLES and w.lower() not in BARE_PREPOSITIONS]
    if not words or not all(w[:1].isupper() for w in words):
        return False
    said = [w for w in re.findall(r"\w+", answer) if len(w) > 3 and w not in ARTICLES]
    if len(said) < len(words) + 2:
        return False
    return all(w.lower() in prompt_words or _compound_head(w).lower() in prompt_words for w in words)


def _number_out_of_its_measure(variant: str, answer: str) -> bool:
    """ "drei" for "drei Millionen US-Dollar", "2015" for "2015 69,1 Jahre": a bare number that is
    not the answer's number (a multiplier follows it, or the answer has another number) is wrong."""
    if not NUMBER.fullmatch(variant) or re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d*", variant):
        return False  # a date in digits ("2.7.1915") is the whole date
    numbers = NUMBER.findall(answer)
    multiplied = re.search(rf"(?<!\w){re.escape(variant)}\s+({'|'.join(MULTIPLIERS)})(?!\w)", answer)
    return len(numbers) > 1 or multiplied is not None


# --- an answer with its content ------------------------------------------------------------

# Zipf from which a noun is general: its content lies in what the text adds to it ("der Streit",
# "Ideen", "Fortschritte"), not in the word ("Bärenpark" 1.7, "Überschwemmung" 3.0).
GENERAL_ZIPF = 4.3
MAX_COMPLETED = 14  # words: an answer completed beyond this is a clause, not a key
COMMENTING = frozenset({"aber", "doch", "jedoch", "denn", "allerdings"})  # conjunctions that open a main clause
FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
# Indefinite pronouns the tagger may take for a name after a noun ("des Ungarischen allen").
INDEFINITE_PRONOUNS = frozenset({
    "alle", "allen", "allem", "aller", "alles", "beide", "beiden", "jeder", "jedem", "jeden", "jedes", "viele",
    "vielen", "einige", "einigen", "manche", "manchen",
})


def complete_answer(question: Question, sentence: Sentence, span: list[Token]) -> tuple[Question, list[Token]] | None:
    """The answer with the words that carry its content (round 9: "answers without content",
    "clipped answers"), or None when it has none the key can hold:
    - a genitive the span cut off is taken along ("aus den Laubblättern von Pflanzen" + "der
      Gattung Tabak"); a lower-case word the tagger took for a name is left off ("das Studium
      des Ungarischen allen": "allen" is the dative object);
    - a relative clause right after a common noun restricts it and belongs to the answer
      ("Mediziner, die in den kommerziellen Organhandel verwickelt sind"; "zahlreiche Ideen,
      die teilweise auf seine früheste Jugend zurückgehen");
    - without one, an answer of an unspecific quantity and a general noun ("große Fortschritte")
      says nothing, a lone general noun with the definite article refers back to what an
      earlier sentence said ("der Streit", "ein Verbot der Verbindung"), and persons named by
      bare singular nouns ("Großvater und Enkel") are known only from the context: dropped."""
    tokens = list(sentence.tokens)
    first, last = span[0].i - tokens[0].i, span[-1].i - tokens[0].i
    last = _clause_end(tokens, first, last)
    while last > first and tokens[last].text in INDEFINITE_PRONOUNS and tokens[last].tag in ("NE", "NN"):
        last -= 1  # "allen/NE": the tagger took the dative object for a name
    last = _genitive_end(tokens, _between_end(tokens, first, last))
    relative = _relative_clause_end(tokens, last)
    if relative is not None and _restricted(tokens[first : last + 1]) and relative - first + 1 <= MAX_COMPLETED:
        last = relative
    elif _without_content(question, tokens[first : last + 1]):
        return None
    new_span = tokens[first : last + 1]
    if new_span == span:
        return question, span
    text = sentence.text[new_span[0].start - sentence.start : new_span[-1].end - sentence.start]
    if re.search(r"[()]", text):
        return question, span  # a bracket inside: the sentence's aside, not a phrase to key
    text = text[0].lower() + text[1:] if new_span[0].tag in ("ART", "APPR", "APPRART", "ADJA", "PIAT") else text
    return replace(question, answer=text, accepted=()), new_span


def _clause_end(tokens: list[Token], first: int, last: int) -> int:
    """A dass-clause answer ends with its finite verb: what follows ", aber …" is the text's own
    comment ("dass Topa Inca Yupanqui … den Archipel besucht habe, aber dafür gibt es kaum Beweise")."""
    if tokens[first].text.lower() not in ("dass", "ob"):
        return last
    for k in range(first + 1, last - 1):
        if tokens[k].text == "," and tokens[k + 1].text in COMMENTING and tokens[k - 1].tag in FINITE:
            return k - 1
    return last


BETWEEN = frozenset({"zwischen"})  # prepositions that need two members or a plural
DETERMINING_TAGS = frozenset({"ART", "ADJA", "PPOSAT", "PIAT", "CARD"})


def _between_end(tokens: list[Token], first: int, last: int) -> int:
    """The index of the last word of the second member of a "zwischen"-phrase the span cut at its
    "und": "ein Krieg zwischen Äthiopien | und Somalia" (round 20: "Was war der Ogadenkrieg? – ein
    Krieg zwischen Äthiopien" was cut in half, since the analysis took "und Somalia …" for a new
    clause). Unchanged when the phrase holds its "und" already ("zwischen den Alpen und dem
    Jura") or what follows "und" is no noun phrase."""
    opening = next((k for k in range(first, last + 1) if tokens[k].text.lower() in BETWEEN), None)
    if opening is None or any(t.tag == "KON" for t in tokens[opening + 1 : last + 1]):
        return last
    if last + 1 >= len(tokens) or tokens[last + 1].text != "und":
        return last
    end = last + 2
    while end < len(tokens) and tokens[end].tag in DETERMINING_TAGS:
        end += 1
    if end >= len(tokens) or tokens[end].tag not in ("NN", "NE"):
        return last
    while end + 1 < len(tokens) and tokens[end + 1].tag == "NE":
        end += 1  # "und Nordrhein Westfalen": a name in several words
    return end


def _genitive_end(tokens: list[Token], last: int) -> int:
    """The index of the last word of the genitive attributes that follow a noun at ``last``:
    "Pflanzen | der Gattung Tabak"."""
    while tokens[last].tag == "NN" and last + 2 < len(tokens) and tokens[last + 1].text in ("des", "der"):
        k = last + 2
        while k < len(tokens) and tokens[k].tag == "ADJA":
            k += 1
        if k >= len(tokens) or tokens[k].tag != "NN" or (tokens[last + 1].text == "der" and _masculine_singular(tokens[k])):
            break  # "in England der Dokumentarfilm": a nominative, not a genitive
        while k + 1 < len(tokens) and tokens[k + 1].tag in ("NN", "NE") and tokens[k + 1].text[:1].isupper():
            k += 1
        last = k
    return last


def _masculine_singular(token: Token) -> bool:
    """Is the noun a masculine singular (which "der" makes a nominative, never a genitive)?"""
    entry = noun_lexicon().lookup(token.lemma)
    return entry is not None and token.text == token.lemma and "Masc" in (entry.gender, *entry.genders) and entry.plural != token.text


def _relative_clause_end(tokens: list[Token], last: int) -> int | None:
    """The index of the verb that ends a relative clause opening right after ``last``
    (", die … verwickelt sind"; with its preposition: ", von dem Raketen … starten", round 22:
    "Was ist Baikonur? – ein riesiges Gelände" said nothing), None when none opens there."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    pronoun = last + 3 if tokens[last + 2].tag == "APPR" else last + 2
    if pronoun >= len(tokens) or not (tokens[pronoun].tag == "PRELS" or pronoun > last + 2 and tokens[pronoun].tag == "ART"
                                      and tokens[pronoun].text in RELATIVE_PRONOUNS):
        return None  # the tagger takes "von dem" for an article: the verb at the end tells
    for k in range(pronoun + 1, len(tokens)):
        if tokens[k].tag in ("$,", "$.", "$(") or tokens[k].text in ("–", "-"):
            verb = tokens[k - 1]
            return k - 1 if verb.tag in ("VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF", "VAINF", "VMINF") and k > pronoun + 1 else None
    return None


def _restricted(phrase: list[Token]) -> bool:
    """Does a relative clause after the phrase say which ones are meant: after a noun without an
    article ("Mediziner, die …", "zahlreiche Ideen, die …") or a general noun ("das Gerät, das
    …"); after a specific one it adds a detail ("in den Aargletschern, die in den Berner Alpen
    liegen")."""
    head = phrase[-1]
    if head.tag != "NN":
        return False
    bare = not any(t.tag in ("ART", "PPOSAT", "PDAT", "PIAT") for t in phrase)
    return bare or zipf_frequency(head.lemma) >= GENERAL_ZIPF


def _without_content(question: Question, phrase: list[Token]) -> bool:
    """Is the phrase a lone general noun with an article, or persons named by bare
    singular nouns (see :func:`complete_answer`)? A prepositional phrase says where or when
    ("in den Bergen"): it has its content."""
    if phrase[0].tag in ("APPR", "APPRART") or phrase[-1].tag != "NN":
        return False
    nouns = [t for t in phrase if t.tag == "NN"]
    if len(nouns) == len(phrase) // 2 and all(zipf_frequency(t.lemma) >= GENERAL_ZIPF for t in nouns) and all(
        t.text.lower() in ARTICLES for t in phrase[0::2]
    ) and not person_noun(nouns[0]):
        return True  # "der Streit", "ein Verbot der Verbindung": article and noun, nothing else; not "den Fahrer"
    words = [t for t in phrase if t.tag != "KON"]
    return (question.skill == "wer" and len(words) >= 2 and len(phrase) == 2 * len(words) - 1
            and all(t.tag == "NN" for t in words) and any(_singular(t) for t in words))


def _singular(token: Token) -> bool:
    """Is the noun in the singular (its form is not its plural)?"""
    entry = noun_lexicon().lookup(token.lemma)
    return entry is not None and entry.plural not in ("", token.text) and token.text == token.lemma


# --- where the answer stands -------------------------------------------------------------


# Verbs whose "als"-phrase after the object says what the object is taken for ("bezeichnete den
# Valentinstag als Bidʿa"): there the phrase is the verb's, not the noun's.
ALS_VERBS = ROLE_VERBS | {"betrachten", "ansehen", "sehen", "nennen", "verwenden", "nutzen", "benutzen", "beschreiben",
                          "wählen", "anerkennen", "darstellen", "feiern", "kennen", "einstufen", "werten",
                          "akzeptieren", "bestätigen", "empfinden"}


def attribute_left_behind(question: Question, sentence: Sentence, span: list[Token], asked: tuple[Clause, Constituent] | None) -> bool:
    """An "als" phrase right after a prepositional answer may belong to its noun ("sorgte für die
    Einführung des Tabaks als Heilpflanze"): a prompt that keeps it without the noun asks
    something the text does not say ("Wofür sorgte Jean Nicot als Heilpflanze?")."""
    if asked is None or span[0].tag not in ("APPR", "APPRART") or span[-1].tag not in ("NN", "NE") or asked[0].lemma in ALS_VERBS:
        return False  # a subject or object before "als" is mostly what the verb takes as something
    after = [t for t in sentence.tokens if t.i > span[-1].i][:2]
    if len(after) < 2 or after[0].text.lower() != "als" or after[1].tag not in ("NN", "NE", "ADJA", "ART"):
        return False
    return f" als {after[1].text} " in f" {question.prompt.rstrip('?')} "


SHORT_KEY = 4  # words: a longer answer is described, not named
_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\w-]{4,}")
# Endings a noun of the prompt may carry that its compound leaves off ("in Kalendern" →
# "Kalenderwoche"); a form without one counts only when the lexicon knows it as a noun.
INFLECTION_ENDINGS = ("n", "en", "s", "es", "e")
SHARED_HEAD = 5  # letters of a compound head that two nouns share ("-burger")
NAMING = re.compile(r"^(?:Wie|Was) (?:nennt|bezeichnet) man\b|^Wie (?:heißt|heißen)\b")


def spelled_in_prompt(question: Question) -> bool:
    """A short answer whose noun is a compound of a word the prompt names gives itself away:
    "Wohin mündet die Aare bei Brienz? – in den Brienzersee" (round 8: "the answer can be
    guessed from the question"), "Was entwickelt sich zur Frucht weiter? – der Fruchtknoten",
    also when the prompt inflects the word ("Was wird in Kalendern … gezählt? – die
    Kalenderwoche"). A naming question gives its name away when the name shares its compound
    head with a noun of the description ("Wie nennt man einen Hamburger mit Käse? –
    Cheeseburger"): the name is built from what the question describes."""
    answer = str(question.answer)
    if len(answer.split()) > SHORT_KEY:
        return False
    named = {word.lower() for word in _CAPITALISED.findall(question.prompt.partition(" ")[2])}
    heads = [word.lower() for word in _CAPITALISED.findall(answer)]
    if any(head != form and len(head) > len(form) + 2 and (head.startswith(form) or head.endswith(form))
           for head in heads[-1:] for word in named for form in _noun_forms(word)):
        return True
    return bool(NAMING.match(question.prompt)) and any(_shared_head(head, word) for head in heads[-1:] for word in named)


def _noun_forms(word: str) -> list[str]:
    """The word and, where the lexicon knows the result as a noun, the word without an ending."""
    stems = [word[: -len(ending)] for ending in INFLECTION_ENDINGS if word.endswith(ending) and len(word) > len(ending) + 3]
    return [word, *(stem for stem in stems if noun_lexicon().lookup(stem.capitalize(), compound_fallback=False))]


def _shared_head(one: str, other: str) -> bool:
    """Do two different nouns end in the same noun of SHARED_HEAD letters or more
    ("cheeseburger", "hamburger": "burger")?"""
    head = ""
    for a, b in zip(reversed(one), reversed(other), strict=False):
        if a != b:
            break
        head = a + head
    return len(head) >= SHARED_HEAD and head not in (one, other) and noun_lexicon().lookup(head.capitalize(), compound_fallback=False) is not None


def answer_tokens(question: Question, sentence: Sentence) -> list[Token] | None:
    """The tokens of the evidence sentence that the answer (or, when the answer was restated,
    its first variant found there) covers exactly; None when neither stands there."""
    for text in (str(question.answer), *question.accepted):
        at = sentence.text.lower().find(text.lower()) if text else -1  # "das Brötchen" for "Das Brötchen …"
        if at < 0:
            continue
        start, end = sentence.start + at, sentence.start + at + len(text)
        tokens = [t for t in sentence.tokens if start <= t.start and t.end <= end]
        if tokens and tokens[0].start == start and tokens[-1].end == end:
            return tokens
    return None


def asked_constituent(sentence: Sentence, span: list[Token]) -> tuple[Clause, Constituent] | None:
    """The smallest constituent that holds the answer, with its clause."""
    first, last = span[0].i, span[-1].i + 1
    best: tuple[Clause, Constituent] | None = None
    for clause in sentence.clauses:
        for constituent in clause.constituents:
            holds = constituent.start <= first and last <= constituent.end
            if holds and (best is None or constituent.end - constituent.start < best[1].end - best[1].start):
                best = (clause, constituent)
    return best


# Nouns of a place: a definition with one of them ("eine Kolonie") means the place the text
# elsewhere puts "in".
PLACE_NOUNS = frozenset({"Stadt", "Land", "Staat", "Bundesstaat", "Kolonie", "Region", "Provinz", "Kanton", "Ort",
                         "Dorf", "Gemeinde", "Insel", "Inselgruppe", "Archipel", "Gebiet", "Hauptstadt", "Landeshauptstadt",
                         "Fluss", "See", "Berg", "Tal", "Kontinent", "Bundesland", "Bezirk", "Stadtteil"})
PLACE_LEADS = frozenset({"in", "nach", "aus", "bei"})
PLACE_ENDINGS = tuple(sorted(noun.lower() for noun in PLACE_NOUNS))  # also as a compound's head: "Binnenstaat"


def named_as_a_place_elsewhere(question: Question, sentence: Sentence, span: list[Token], analysis: Analysis) -> bool:
    """ "Was ist Virginia? – eine aktuelle Sorte" where another sentence says "in Virginia" (the
    colony): the name means two things in the text, so the definition is one of two answers
    (issue 12, round 6: Tabak 5). A key that defines a place ("eine Stadt") means the same."""
    match = re.fullmatch(r"(?:Wer|Was) (?:ist|war|sind|waren) (\w[\w-]*)\?", question.prompt)
    if question.skill not in ("was-ist", "wer-ist") or match is None:
        return False
    if any(t.tag == "NN" and (t.lemma or t.text).lower().endswith(PLACE_ENDINGS) for t in span):
        return False  # "ein Binnenstaat in Zentralasien": the place the other sentences put "in"
    name = match.group(1)
    for other in analysis.sentences:
        if other.index == sentence.index:
            continue
        words = [t.text for t in other.tokens]
        if any(word == name and k > 0 and words[k - 1].lower() in PLACE_LEADS for k, word in enumerate(words)):
            return True
    return False


MIN_HEAD = 5  # a shorter noun at the end of a compound is a guess ("Tor" in "Motor")
# Verbs that say what something is made of or divided into.
PARTS_VERBS = frozenset({"bestehen", "unterteilen", "einteilen", "aufteilen", "gliedern", "zusammensetzen"})


def composed_otherwise(question: Question, sentence: Sentence, analysis: Analysis) -> bool:
    """ "Woraus bestehen die Fermentationsmaschinen? – aus einem tunnelartigen Gehäuse" where the
    next sentence says "diese Maschinen sind in vier Abschnitte unterteilt": the paragraph gives
    the parts twice over, and either answers (issue 12, round 6: Tabak 10)."""
    if not question.prompt.startswith("Woraus besteh"):
        return False
    nouns = re.findall(r"\b[A-ZÄÖÜ][\wäöüß-]+", question.prompt.split(None, 2)[-1])
    if not nouns:
        return False
    whole = nouns[-1].lower()
    for other in _paragraph_neighbours(analysis, sentence):
        if other.index == sentence.index:
            continue
        names_it = any(t.tag == "NN" and len(t.lemma) >= MIN_HEAD and whole.endswith(
            (t.lemma.lower(), t.lemma.lower() + "n", t.lemma.lower() + "en")) for t in other.tokens)  # "diese Maschinen"
        if names_it and any(t.lemma in PARTS_VERBS for t in other.tokens):
            return True
    return False


# A question that itself asks for what comes besides ("Wozu dienen Scheunen oft zusätzlich?"):
# the "auch" before the answer is then what it asks about, not a sign of other answers.
ASKS_FOR_MORE = re.compile(r"\b(zusätzlich|außerdem)\b", re.IGNORECASE)


def marked_as_one_of_several(sentence: Sentence, span: list[Token]) -> bool:
    """ "Sogar die Baumwolle", "auch das Holz": a focus particle right before the answer says the
    text means other things as well."""
    before = _token(sentence, span[0].i - 1)
    if before is None or before.text.lower() not in ADDITIVE or before.tag not in ("ADV", "PTKANT", ""):
        return False
    return not any(t.lemma in NAMING_VERBS for t in sentence.tokens)  # "die wir auch Blütenblätter nennen": a name


def counted_otherwise(
    question: Question, sentence: Sentence, span: list[Token], found: tuple[Clause, Constituent] | None, analysis: Analysis
) -> bool:
    """ "Wie viele Kasus kennt das Ungarische? – 18" where the paragraph also says "besitzt das
    Ungarische 27 Fälle": another number of the same things (the noun or its synonym) for the
    same subject makes the count the text's own question, not one with a key. ``found`` is the
    answer's constituent with its clause (``asked_constituent``)."""
    if not question.prompt.startswith(("Wie viele", "Wie viel")):
        return False
    numbers = [t for t in span if t.tag == "CARD"]
    if found is None or len(numbers) != 1:
        return False
    counted = _counted_noun(sentence, numbers[0])
    subjects = found[0].role("subject")
    if counted is None or not subjects:
        return False
    subject = _token(sentence, subjects[0].head)
    limits = [_token(sentence, c.head) for c in found[0].constituents if c.role in LIMITS and not _incidental(sentence, c)]
    thesaurus = load_thesaurus()
    for other_sentence in _paragraph_neighbours(analysis, sentence):
        if subject is None or not any(_same_word(t, subject) for t in other_sentence.tokens):
            continue  # not about the same thing (the parse of the other clause is not relied on)
        for token in (t for t in other_sentence.tokens if t.tag == "CARD" and t.text != numbers[0].text):
            noun = _counted_noun(other_sentence, token)
            if noun is None or not (noun.lemma == counted.lemma or thesaurus.are_synonyms(noun.lemma, counted.lemma)):
                continue
            around = _clause_tokens(other_sentence, token)
            if all(limit is not None and any(_same_word(t, limit) for t in around) for limit in limits):
                return True  # the same count under the same limits ("allein in den USA" ≠ "weltweit")
    return False


def _clause_tokens(sentence: Sentence, token: Token) -> list[Token]:
    """The tokens of the clause that holds ``token`` (the sentence when no clause does)."""
    for clause in sentence.clauses:
        if token.i in clause.tokens:
            return [t for t in sentence.tokens if t.i in clause.tokens]
    return list(sentence.tokens)


def _same_word(token: Token, other: Token) -> bool:
    return token.text.lower() == other.text.lower() or token.lemma.lower() == other.lemma.lower()


def _counted_noun(sentence: Sentence, number: Token) -> Token | None:
    after = _token(sentence, number.i + 1)
    return after if after is not None and after.tag == "NN" else None


def _paragraph_neighbours(analysis: Analysis, sentence: Sentence) -> Iterable[Sentence]:
    """The sentences of the same paragraph up to ``NEIGHBOURS`` either side, the sentence itself included."""
    low, high = sentence.index - NEIGHBOURS, sentence.index + NEIGHBOURS
    for other in analysis.sentences[max(0, low) : high + 1]:
        if other.paragraph == sentence.paragraph and not other.is_heading:
            yield other


# --- other fillers of the same statement ---------------------------------------------------


def other_fillers(
    question: Question, sentence: Sentence, found: tuple[Clause, Constituent], analysis: Analysis
) -> list[str] | None:
    """What neighbouring clauses of the paragraph say fills the same role of the same statement
    (the same verb, no other role contradicting the question's): their phrases to accept when
    the question asks who or what, None (refuse) when it asks when, where, how many or why."""
    clause, asked = found
    if not clause.lemma:
        return []
    fillers: list[str] = []
    for other_sentence, other in _neighbour_clauses(analysis, sentence, clause):
        filler = _same_statement_filler(analysis, sentence, clause, asked, other_sentence, other)
        if filler is None:
            continue
        if asked.role not in NAMING_ROLES and not _said(asked):
            return None
        fillers.append(filler)
    return fillers


def _neighbour_clauses(analysis: Analysis, sentence: Sentence, clause: Clause) -> Iterable[tuple[Sentence, Clause]]:
    for other_sentence in _paragraph_neighbours(analysis, sentence):
        for other in other_sentence.clauses:
            if other is clause or other.lemma != clause.lemma or other.voice != clause.voice or not other.sure:
                continue
            yield other_sentence, other


def _same_statement_filler(
    analysis: Analysis, sentence: Sentence, clause: Clause, asked: Constituent, other_sentence: Sentence, other: Clause
) -> str | None:
    """The other clause's phrase in the asked role when it states the same thing of something
    else; None when it is the same answer, a pronoun, or another statement."""
    fillers = [c for c in other.constituents if _same_slot(c, asked)]
    if len(fillers) != 1 or not fillers[0].sure:
        return None
    filler = fillers[0]
    head = _token(other_sentence, filler.head)
    if head is None or head.tag in PRONOUN_TAGS or head.tag.startswith(("PW", "PD", "PI", "PR")):
        return None
    said = _said(asked) and filler.clause is not None
    text = _said_text(other_sentence, filler) if said else filler.text
    if not said and (filler.clause is not None or head.tag not in PHRASE_ENDS or _same_answer(other_sentence, filler, sentence, asked)):
        return None
    last = [t for t in other_sentence.tokens if filler.start <= t.i < filler.end][-1:]
    if not text or not said and (not last or last[0].tag not in PHRASE_ENDS):
        return None  # a phrase cut off or with a clause after it: not a key
    for mine in clause.constituents:
        if mine is asked or _incidental(sentence, mine):
            continue
        if not any(c.role == mine.role and _corefer(analysis, sentence, mine, other_sentence, c) for c in other.constituents):
            return None  # the question says something the other clause does not: another statement
    for theirs in other.constituents:
        if theirs is not filler and theirs.role in CORE_ROLES and not any(c.role == theirs.role for c in clause.constituents):
            return None  # the other clause says more: another statement
    return text


def _said(asked: Constituent) -> bool:
    """Is the asked phrase what someone says or thinks, a dass- or ob-clause ("Was hat Empedokles
    vermutet? – dass Luft aus Materie besteht …")?"""
    return asked.role == "complement" and asked.clause is not None and asked.text.lower().startswith(("dass ", "ob "))


def _said_text(sentence: Sentence, filler: Constituent) -> str:
    """Another dass-clause of the same statement, up to its first comma (round 21: "Empedokles
    … vermutete, dass sich die vier Urstoffe zufällig mischen, wobei …" answers "Was hat
    Empedokles vermutet?" as well as the clause the key has): "" when it is no dass- or ob-clause
    or does not end with its verb there."""
    tokens = [t for t in sentence.tokens if filler.start <= t.i < filler.end]
    cut = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    words = tokens[:cut]
    if len(words) < 3 or words[0].text.lower() not in ("dass", "ob") or not words[-1].tag.startswith(("VV", "VA", "VM")):
        return ""  # the tagger may take the final verb for an infinitive ("… zufällig mischen/VVINF")
    return sentence.text[words[0].start - sentence.start : words[-1].end - sentence.start]


def _incidental(sentence: Sentence, constituent: Constituent) -> bool:
    """A one-word adverb ("also", "auch", "dann") does not make a clause another statement."""
    tokens = [t for t in sentence.tokens if constituent.start <= t.i < constituent.end]
    return constituent.role in ("adverbial", "manner") and len(tokens) == 1 and tokens[0].tag in ("ADV", "ADJD", "PTKNEG")


def _same_answer(other_sentence: Sentence, filler: Constituent, sentence: Sentence, asked: Constituent) -> bool:
    """The same head word with the same numbers: "im Jahr 1480" is another answer than "im Jahr 1250"."""
    head, answer_head = _token(other_sentence, filler.head), _token(sentence, asked.head)
    if head is None or answer_head is None or head.lemma != answer_head.lemma:
        return False
    numbers = [t.text for t in other_sentence.tokens if filler.start <= t.i < filler.end and t.tag == "CARD"]
    return numbers == [t.text for t in sentence.tokens if asked.start <= t.i < asked.end and t.tag == "CARD"]


def _same_slot(constituent: Constituent, asked: Constituent) -> bool:
    if constituent.role != asked.role:
        return False
    return asked.role != "object_prep" or constituent.preposition == asked.preposition


def _corefer(analysis: Analysis, sentence: Sentence, mine: Constituent, other_sentence: Sentence, theirs: Constituent) -> bool:
    """Both phrases name the same thing: the same head word, or a pronoun the text resolves to it."""
    head, other_head = _token(sentence, mine.head), _token(other_sentence, theirs.head)
    if head is None or other_head is None:
        return False
    if head.lemma.lower() == other_head.lemma.lower():
        return True
    for pronoun, pronoun_sentence, noun in ((head, sentence, other_head), (other_head, other_sentence, head)):
        if pronoun.tag in PRONOUN_TAGS:
            referent = resolve(analysis, pronoun_sentence.index, pronoun.i)
            if referent and noun.text.lower() in referent.lower().split():
                return True
    return False


# --- variants from the answer's own words --------------------------------------------------


def bare_variants(text: str, skill: str) -> list[str]:
    """The phrase without its preposition, then without its article: "in den Thunersee" →
    "den Thunersee", "Thunersee". Not for a preposition that carries the meaning ("ohne",
    "nach dem Krieg" for "Wann"), and only while a noun or number is left."""
    words = text.split()
    if len(words) > 6 or "," in text:
        return []  # a clause or a long phrase: its words are not a plain phrase to shorten
    variants = []
    plain = TIME_PREPOSITIONS if skill in TIME_SKILLS else PLAIN_PREPOSITIONS
    if len(words) > 1 and words[0].lower() in plain:
        words = words[1:]
        variants.append(" ".join(words))
    if len(words) > 1 and words[0].lower() in ARTICLES and words[1].lower() not in PLAIN_PREPOSITIONS:
        words = words[1:]
        variants.append(" ".join(words))
    return [v for v in variants if re.search(r"(^|\s)[A-ZÄÖÜ0-9]", v)]


def measure_variants(question: Question, span: list[Token]) -> list[str]:
    """ "eine Fliesszeit von rund zwei Tagen" answers "Wie lange …?" as "rund zwei Tage" and
    "zwei Tage"; "906 Personen" answers "Wie hoch war die Zahl …?" as "906"; "mehr als 100
    Raketentests" is not answered by "100" (a bounding word stays: ``wh.BOUNDING``)."""
    prompt = question.prompt
    if not prompt.startswith("Wie ") or prompt.startswith(("Wie heißt", "Wie hieß", "Wie nennt")):
        return []
    variants = []
    for k, token in enumerate(span):
        if token.tag != "CARD":
            continue
        unit = span[k + 1] if k + 1 < len(span) and span[k + 1].tag == "NN" else None
        if unit is not None and k + 2 < len(span):
            continue  # the measure must end the phrase
        approx = _approximation(span, k)
        number = token.text
        before = k - 1 - len(approx.split())
        bare = not set(approx.lower().split()) & BOUNDING  # "rund 100" is 100, "mehr als 100" is not
        if unit is not None and before >= 1 and span[before].text == "von":
            measure = f"{number} {_nominative(unit)}"
            variants += [f"{approx} {measure}".strip(), *([measure] if bare else [])]
        counted = unit is not None and (unit.lemma.lower() in prompt.lower() or re.search(r"(?i)zahl\b", prompt))
        if counted:
            variants += [f"{approx} {number}".strip(), *([number] if bare else [])]
    return variants


def _approximation(span: list[Token], k: int) -> str:
    words: list[str] = []
    j = k - 1
    while j >= 0 and span[j].text.lower() in APPROXIMATE:
        words.insert(0, span[j].text)
        j -= 1
    return " ".join(words)


def _nominative(unit: Token) -> str:
    """A unit after "von" stands in the dative plural (Tagen, Metern): the form without the
    dative -n when that is the noun's plural (Tage, Meter); Stunden and Grad stay."""
    if unit.text == unit.lemma or not unit.text.endswith("n"):
        return unit.text
    entry = noun_lexicon().lookup(unit.lemma)
    if entry is not None and entry.plural == unit.text[:-1]:
        return entry.plural
    return unit.text


def alias_variants(sentence: Sentence, span: list[Token]) -> list[str]:
    """The other name the sentence gives the answer: "Blütenbecher (Hypanthium)", "von einem
    Stempel (Pistill)", "das Brötchen (Bun)", "ein physikalisches Gesetz genutzt (der
    Doppler-Effekt)", "X, auch Y genannt,"."""
    if any(t.tag == "CARD" for t in span):
        return []  # "294 Kilometer (Libyen)": a bracket after a measure says where, not another name
    if not _headed_by_last_noun(span):
        return []  # "aus den Laubblättern von Pflanzen der Gattung Tabak (Nicotiana)": the name is the genus's
    after = [t for t in sentence.tokens if t.i > span[-1].i]
    if len(after) > 1 and after[0].tag in ("VVPP", "VVINF") and after[1].text == "(":
        after = after[1:]  # "wird ein physikalisches Gesetz genutzt (der Doppler-Effekt)": the bracket after the verb
    if after and after[0].text == "(":
        inside = []
        for token in after[1:]:
            if token.text == ")":
                break
            inside.append(token)
        else:
            return []
        while inside and inside[0].text.lower() in ALIAS_LEADS:
            inside = inside[1:]
        article = inside[:1] if inside and inside[0].tag == "ART" and len(inside) > 1 else []
        inside = inside[len(article) :]  # "ein physikalisches Gesetz (der Doppler-Effekt)"
        if 1 <= len(inside) <= 3 and _name_words(inside):
            name = " ".join(t.text for t in inside)
            return [f"{article[0].text} {name}", name] if article else [name]
        return []
    if len(after) >= 4 and after[0].text == "," and after[1].text.lower() == "auch":
        for k in range(2, min(len(after), 6)):
            if after[k].lemma == "nennen" and after[k].tag == "VVPP":
                words = after[2:k]
                return [" ".join(t.text for t in words)] if words and _name_words(words) else []
    return []


def _headed_by_last_noun(span: list[Token]) -> bool:
    """Is the phrase's last noun its head, with no genitive or prepositional phrase before it?
    A name in brackets after the phrase names that noun (round 17: "Woraus wird Tabak hergestellt?
    – aus den Laubblättern von Pflanzen der Gattung Tabak (Nicotiana)" is not answered by
    "Nicotiana", which misses the leaves)."""
    words = span[1:] if span[0].tag in ("APPR", "APPRART") else span
    return not any(t.tag in ("APPR", "APPRART", "ART") for t in words[1:])


def _name_words(tokens: list[Token]) -> bool:
    """A name or noun (capitalised, not a year or number, no punctuation inside)."""
    return tokens[0].text[:1].isupper() and all(
        t.tag in ("NN", "NE", "FM", "ADJA", "XY") and not any(ch.isdigit() for ch in t.text) for t in tokens
    )


def language_variants(span: list[Token]) -> list[str]:
    """A language the text names by its nominalised adjective, as a student names it: "das
    Lateinische" → "Latein", "Lateinisch", "die lateinische Sprache"; "aus dem Lateinischen" →
    "aus dem Latein", "Latein"; "mit dem Finnischen und Estnischen" → "Finnisch und Estnisch"
    (round 22: "aus dem Latein", "Finnisch und Estnisch" were rejected)."""
    words = [t.text for t in span]
    preposition = words.pop(0) if len(words) > 2 and span[0].tag == "APPR" else ""
    if len(words) < 2 or words[0].lower() not in ("das", "dem", "des"):
        return []
    names, links = [], []
    for k, word in enumerate(words[1:]):
        if k % 2 and word in ("und", "oder"):
            links.append(word)
        elif not k % 2 and re.fullmatch(r"[A-ZÄÖÜ]\w+ische[n]?", word):
            names.append(word[: word.index("isch") + 4])
        else:
            return []
    if len(names) != len(links) + 1:
        return []
    plain = [LANGUAGE_NAMES.get(name, name) for name in names]
    joined = plain[0] + "".join(f" {link} {name}" for link, name in zip(links, plain[1:], strict=True))
    variants = [joined]
    if len(names) == 1:
        variants += [*([names[0]] if names[0] != plain[0] else []), f"die {names[0].lower()}e Sprache"]
    if preposition:
        variants += [f"{preposition} {joined}", *([f"{preposition} dem {plain[0]}"] if plain != names else [])]
    return variants


def coordination_variants(span: list[Token], skill: str) -> list[str]:
    """The heads of a coordination of noun phrases: "aus einem weichen Brötchen und einer
    gegrillten flachen Scheibe Hackfleisch" → "Brötchen und Hackfleisch" (and with "aus")."""
    if skill in TIME_SKILLS:
        return []
    words = list(span)
    preposition = ""
    if words and words[0].tag in ("APPR", "APPRART"):
        preposition, words = words[0].text, words[1:]
    conjuncts, links = _conjuncts(words)
    if len(conjuncts) < 2 or not all(conjuncts):
        return []
    heads = []
    for conjunct in conjuncts:
        if not _simple_noun_phrase(conjunct):
            return []
        heads.append(conjunct[-1].text)
    if all(len(conjunct) == 1 for conjunct in conjuncts):
        return []
    joined = heads[0]
    for link, head in zip(links, heads[1:], strict=True):
        joined += f", {head}" if link == "," else f" {link} {head}"
    return [joined, f"{preposition} {joined}"] if preposition.lower() in BARE_PREPOSITIONS else [joined]


CAUSE_PREPOSITIONS = frozenset({"dank", "wegen", "aufgrund", "infolge", "angesichts"})
ARTICLE_TAGS = frozenset({"ART", "PPOSAT"})


def cause_noun_variants(question: Question, span: list[Token]) -> list[str]:
    """The nouns a causal preposition governs, in the nominative: "dank seines Talents und den von
    ihm geknüpften Beziehungen" answers "Warum …?" as "Talent und Beziehungen" too (round 16,
    Woody Allen: "accept paraphrases such as 'weil er Talent und gute Kontakte hatte'"). Each
    conjunct must be an article and its noun, or an article, a participle's phrase and the noun
    ("den von ihm geknüpften Beziehungen"): an adjective of its own carries content the bare noun
    loses ("wegen des schlechten Wetters" is not "Wetter")."""
    if question.skill != "warum" or len(span) < 3 or span[0].text.lower() not in CAUSE_PREPOSITIONS:
        return []
    conjuncts, links = _conjuncts(span[1:])
    heads = []
    for conjunct in conjuncts:
        if len(conjunct) < 2 or conjunct[0].tag not in ARTICLE_TAGS or conjunct[-1].tag != "NN":
            return []
        middle = conjunct[1:-1]
        if middle and not (middle[0].tag == "APPR" and middle[-1].tag == "ADJA"
                           and all(t.tag in ("APPR", "PPER", "ART", "NN", "NE") for t in middle[1:-1])):
            return []
        heads.append(_nominative_noun(conjunct[-1]))
    joined = heads[0]
    for link, head in zip(links, heads[1:], strict=True):
        joined += f", {head}" if link == "," else f" {link} {head}"
    return [joined]


def _nominative_noun(noun: Token) -> str:
    """A noun's nominative without article: its lemma, or for a plural the lexicon's plural
    ("den Beziehungen" → "Beziehungen", "den Kindern" → "Kinder")."""
    if noun.feature("Number") != "Plur":
        return noun.lemma if noun.lemma[:1].isupper() else noun.text
    entry = noun_lexicon().lookup(noun.lemma) if noun.lemma[:1].isupper() else None
    return entry.plural if entry is not None and entry.plural not in ("", "-") else noun.text


def _simple_noun_phrase(tokens: list[Token]) -> bool:
    """One determiner at most, adjectives, then nouns: "einer gegrillten flachen Scheibe
    Hackfleisch"; no number, no genitive or phrase after the noun."""
    k = 1 if tokens[0].tag in ("ART", "PPOSAT", "PIAT") else 0
    while k < len(tokens) and tokens[k].tag == "ADJA":
        k += 1
    nouns = tokens[k:]
    return bool(nouns) and all(t.tag == "NN" for t in nouns) and not any(ch.isdigit() for t in tokens for ch in t.text)


def definition_variants(question: Question, span: list[Token]) -> list[str]:
    """ "Was sind die Galapagosinseln? – ein Archipel im östlichen Pazifischen Ozean" also
    accepts "ein Archipel": a definition's noun without where it is."""
    if question.skill not in ("was-ist", "wer-ist"):
        return []
    for k, token in enumerate(span):
        if token.tag in ("$,", "$(", "KOUS", "PRELS", "VVFIN", "VAFIN"):
            return []
        if k >= 2 and token.tag in ("APPR", "APPRART") and token.text.lower() in LOCAL_PREPOSITIONS:
            return [" ".join(t.text for t in span[:k])] if span[k - 1].tag in ("NN", "NE") else []
    return []


def example_variants(sentence: Sentence, span: list[Token]) -> list[str]:
    """ "Der Mensch hat den Großteil seiner Nahrung den Blüten zu verdanken, zum Beispiel Obst.":
    an example the sentence ends with answers too."""
    tokens = list(sentence.tokens)
    for k in range(len(tokens) - 2):
        if tokens[k].text == "," and tokens[k + 1].text.lower() == "zum" and tokens[k + 2].text == "Beispiel":
            if tokens[k].i < span[-1].i:
                continue
            rest = [t for t in tokens[k + 3 :] if t.tag not in ("$.",)]
            if 1 <= len(rest) <= 3 and all(t.tag in ("NN", "NE", "ADJA") for t in rest):
                return [" ".join(t.text for t in rest)]
    return []


def coordinated_clause_variants(sentence: Sentence, span: list[Token], answer: str) -> list[str]:
    """ "Weil Schindler ein NSDAP-Mitglied war und Zwangsarbeiter beschäftigte, …": a reason cut
    at "und" is one of two; the whole coordination answers too."""
    if not span[0].tag.startswith("KOU"):
        return []
    after = [t for t in sentence.tokens if t.i > span[-1].i]
    if len(after) < 3 or after[0].text not in ("und", "oder"):
        return []
    rest = []
    for token in after:
        if token.tag in ("$,", "$.", "$("):
            break
        rest.append(token)
    if not rest or rest[-1].tag not in ("VVFIN", "VAFIN", "VMFIN"):
        return []
    return [f"{answer} {' '.join(t.text for t in rest)}"]


def sibling_direction_variants(question: Question, sentence: Sentence, found: tuple[Clause, Constituent] | None) -> list[str]:
    """ "Die Aare wurde in den Hagneckkanal gelegt und in den Bielersee geleitet": "Wohin …?" has
    a second answer in the same clause, with the same preposition and the accusative."""
    if found is None or question.skill != "wohin":
        return []
    clause, asked = found
    if asked.case != "Acc" or not asked.preposition:
        return []
    return [
        c.text for c in clause.constituents
        if c is not asked and c.role in ("direction", "adverbial") and c.preposition == asked.preposition and c.case == "Acc"
        and c.text[:1].islower()
    ]


def alternative_variants(span: list[Token]) -> list[str]:
    """ "Eltern oder Schwiegereltern": with "oder" each alternative alone answers."""
    words = [t for t in span if t.tag not in ("APPR", "APPRART")] if span[0].tag in ("APPR", "APPRART") else list(span)
    links = [k for k, t in enumerate(words) if t.text == "oder" and t.tag == "KON"]
    if len(links) != 1:
        return []
    first, second = words[: links[0]], words[links[0] + 1 :]
    if not first or not second or not _simple_noun_phrase(first) or not _simple_noun_phrase(second):
        return []
    return [" ".join(t.text for t in first), " ".join(t.text for t in second)]


def copula_subject_variants(question: Question, sentence: Sentence) -> list[str]:
    """ "Das größte amerikanische Unternehmen, das Tabakerzeugnisse … produziert, ist Philip Morris
    USA, ein Tochterunternehmen der Altria Group": "Wer ist Philip Morris USA?" is answered by the
    subject too (with its relative clause, which says what it is)."""
    match = re.fullmatch(r"(?:Wer|Was) (?:ist|war|sind|waren) (.+)\?", question.prompt)
    if question.skill not in ("was-ist", "wer-ist") or match is None:
        return []
    at = sentence.text.find(f" {match.group(1)}")
    if at < 0:
        return []
    tokens = list(sentence.tokens)
    name_start = sentence.start + at + 1
    verb = [k for k, t in enumerate(tokens) if t.end < name_start and t.end >= name_start - 1 - len(t.whitespace)]
    if not verb or tokens[verb[0]].lemma != "sein" or tokens[verb[0]].tag != "VAFIN":
        return []
    front = tokens[: verb[0]]
    if front and front[-1].text == ",":
        front = front[:-1]
    if len(front) < 2 or front[0].tag != "ART" or not _noun_then_relative(front):
        return []
    text = sentence.text[front[0].start - sentence.start : front[-1].end - sentence.start]
    return [text[0].lower() + text[1:]]


def title_name_variants(question: Question, span: list[Token], analysis: Analysis) -> list[str]:
    """ "Wer war eine begabte Hobbymalerin? – die Kronprinzessin": where the text gives the title
    one name ("Kronprinzessin Victoria"), the name answers too, alone and with the title."""
    if question.skill != "wer" or len(span) != 2 or span[0].text.lower() not in ARTICLES or span[1].tag != "NN":
        return []
    names = set()
    for other in analysis.sentences:
        tokens = list(other.tokens)
        for k, token in enumerate(tokens[:-1]):
            if token.text != span[1].text or tokens[k + 1].tag != "NE":
                continue
            name = [tokens[k + 1]]
            while k + 1 + len(name) < len(tokens) and tokens[k + 1 + len(name)].tag == "NE" and tokens[k + 1 + len(name)].text[:1].isupper():
                name.append(tokens[k + 1 + len(name)])
            names.add(" ".join(t.text for t in name))
    names -= {name for name in names if name.endswith("s") and name[:-1] in names}  # "Kronprinzessin Victorias"
    if len(names) != 1:
        return []
    only = names.pop()
    return [only, f"{span[1].text} {only}"]


LOCATING_VERBS = frozenset({"liegen", "befinden", "stehen"})


def located_variants(question: Question, sentence: Sentence, span: list[Token]) -> list[str]:
    """ "Wo hat die Aare ihre Quelle? – in den Aargletschern, die in den Berner Alpen liegen": the
    place the relative clause puts the answer answers "Wo …?" too ("in den Berner Alpen")."""
    if not question.skill.startswith("wo") or question.skill.startswith(("woh", "wom", "wor", "wof", "wov", "woz")):
        return []
    tokens = list(sentence.tokens)
    last = span[-1].i - tokens[0].i
    end = _relative_clause_end(tokens, last)
    if end is None:
        return []
    inside = tokens[last + 3 : end + 1]
    verbs = [t for t in inside if t.tag.startswith("V")]
    if not inside or inside[0].text.lower() not in LOCAL_PREPOSITIONS or not verbs or verbs[0].lemma not in LOCATING_VERBS:
        return []
    place = [t for t in inside if not t.tag.startswith("V") and t.tag != "PRF"]
    if any(t.tag in ("$,", "KOUS", "PRELS") for t in place) or not place or place[-1].tag not in ("NN", "NE"):
        return []
    return [" ".join(t.text for t in place)]


PLACE_PHRASE_TAGS = frozenset({"ART", "ADJA", "CARD", "PIAT", "NN", "NE"})


def _asks_where(question: Question) -> bool:
    """A "Wo …?" question (not "Woher", "Womit", …)."""
    return question.skill.startswith("wo") and not question.skill.startswith(("woh", "wom", "wor", "wof", "wov", "woz"))


def place_chain(sentence: Sentence, span: list[Token]) -> list[list[Token]]:
    """The local phrases that stand one after another with the answer's, each a place the
    answer lies in or that lies in it ("in den beiden Aargletschern in den östlichen Berner Alpen
    am Finsteraarhorn"), the answer's among them; [] when the answer is no such phrase."""
    tokens = list(sentence.tokens)
    chunks: list[list[Token]] = []
    k = 0
    while k < len(tokens):
        if tokens[k].tag in ("APPR", "APPRART") and tokens[k].text.lower() in LOCAL_PREPOSITIONS:
            end = k + 1
            while end < len(tokens) and tokens[end].tag in PLACE_PHRASE_TAGS:
                end += 1
            if end > k + 1 and tokens[end - 1].tag in ("NN", "NE"):
                chunks.append(tokens[k:end])
                k = end
                continue
        chunks.append([])  # any other word breaks the chain
        k += 1
    chains: list[list[list[Token]]] = [[]]
    for chunk in chunks:
        if chunk:
            chains[-1].append(chunk)
        elif chains[-1]:
            chains.append([])
    return next((chain for chain in chains if len(chain) > 1 and any(chunk == span for chunk in chain)), [])


def stacked_place_variants(question: Question, sentence: Sentence, span: list[Token]) -> list[str]:
    """Each other place of the chain the answer stands in (``place_chain``) answers "Wo …?" too
    (round 22: "Wo entspringt die Aare? – in den östlichen Berner Alpen" rejected "in den
    Aargletschern", which lie there, and "am Finsteraarhorn")."""
    if not _asks_where(question):
        return []
    variants = []
    for chunk in place_chain(sentence, span):
        if chunk != span:
            variants.append(" ".join(t.text for t in chunk))
            quantifiers = [t for t in chunk if t.tag == "PIAT" or t.text.lower() in ("beiden", "beide")]
            if quantifiers:
                variants.append(" ".join(t.text for t in chunk if t not in quantifiers))
    return variants


def clause_core_variants(span: list[Token]) -> list[str]:
    """A dass-clause answer without the asides in commas inside it: "dass Topa Inca Yupanqui, der
    zweite Sapa Inca des Inkareiches, den Archipel besucht habe" → "dass Topa Inca Yupanqui den
    Archipel besucht habe" (its subject and predicate, round 9)."""
    if span[0].text.lower() not in ("dass", "ob") or span[-1].tag not in FINITE:
        return []
    commas = [k for k, t in enumerate(span) if t.text == ","]
    if len(commas) != 2:
        return []
    core = span[: commas[0]] + span[commas[1] + 1 :]
    if not any(t.tag in FINITE for t in core[:-1]) and len(core) >= 4:
        return [" ".join(t.text for t in core)]
    return []


def lone_head_variants(span: list[Token], analysis: Analysis) -> list[str]:
    """A long noun phrase answer up to its head noun, where the text has that noun only here
    and it is no general word (round 20: "auf eine radikale Dezimierung der slawischen
    „Untermenschen“" also accepts "auf eine radikale Dezimierung"; a student need not copy the
    attribute to show the point). Not for a general noun ("die Rechte an den ersten Fotos …":
    "die Rechte" says nothing) nor one the text names twice (the attribute tells them apart)."""
    k = 1 if span[0].tag in ("APPR", "APPRART") else 0
    if k < len(span) and span[k].tag in ("ART", "PPOSAT", "PIAT"):
        k += 1
    while k < len(span) and span[k].tag == "ADJA":
        k += 1
    if k >= len(span) or span[k].tag != "NN" or len(span) - k < 3:
        return []
    head = span[k]
    if span[k + 1].tag not in ("ART", "APPR", "APPRART") or any(t.text == "," for t in span):
        return []  # a genitive or a prepositional attribute follows; a comma holds a clause (``head_variants``)
    lemma = head.lemma or head.text
    if max(zipf_frequency(head.text), zipf_frequency(lemma)) >= GENERAL_ZIPF:
        return []
    if sum(1 for s in analysis.sentences for t in s.tokens if t.tag == "NN" and (t.lemma or t.text) == lemma) != 1:
        return []
    return [" ".join(t.text for t in span[: k + 1])]


# Pronominal adverbs that take up the main clause's action inside an um-zu clause ("um damit").
RESUMING_ADVERBS = frozenset({"damit", "dadurch", "so", "hiermit", "dabei"})


def purpose_core_variants(span: list[Token]) -> list[str]:
    """An um-zu answer without the adverb that takes up the main clause (round 20: "um damit den
    Transplantationstourismus zu bekämpfen" also accepts "um den Transplantationstourismus zu
    bekämpfen"; a student does not write the "damit", which points at the text's own clause)."""
    if len(span) < 4 or span[0].text.lower() != "um" or span[1].text.lower() not in RESUMING_ADVERBS:
        return []
    if span[1].tag not in ("PROAV", "PAV", "ADV") or not any(t.text == "zu" or t.tag == "VVIZU" for t in span[2:]):
        return []
    return [" ".join(t.text for t in [span[0], *span[2:]])]


DESCRIBING_ZIPF = 4.0  # an adjective this common describes (berühmt, riesig 4.04); a rarer one says which (radikal 3.87)
RELATIONAL_ENDINGS = ("isch", "lich", "ell", "al", "ar", "iv")  # "die männlichen Teile": the adjective says which


def plain_noun_variants(question: Question, span: list[Token]) -> list[str]:
    """A short noun phrase without the quantity or the common adjective that only describes it
    (round 21: "Was schafft die Förderung? – viele Arbeitsplätze" rejected "Arbeitsplätze"; "Wer
    war Charles Lindbergh? – ein berühmter Pilot": "ein Pilot"; "große Paläste": "Paläste").
    Never an adjective that says which ("die männlichen Teile"), a comparison or an ordinal ("der
    erste Europäer"), a rare one ("eine radikale Dezimierung"), nor for a question of how or how many."""
    words = span[1:] if span[0].tag in ("APPR", "APPRART") else list(span)
    if question.skill in TIME_SKILLS or question.prompt.startswith("Wie") or not 2 <= len(words) <= 4:
        return []
    if not _simple_noun_phrase(words) or len([t for t in words if t.tag == "NN"]) != 1:
        return []
    article = [words[0]] if words[0].tag == "ART" else []
    between = words[len(article) : -1]
    if not between or not all(_describing(t) for t in between):
        return []
    return [" ".join(t.text for t in [*span[: len(span) - len(words)], *article, words[-1]])]


def sense_adjective_variants(question: Question, span: list[Token]) -> list[str]:
    """An adjective and noun whose adjective only says which sense of the noun is meant, by the
    noun alone and its synonym in that sense (round 24: "Was kann die Aare herstellen? – elektrischen
    Strom" rejected "Strom"; "elektrisch" picks the sense "Elektrizität" of "Strom", which the verb
    says as well). Not an adjective that sorts the things the noun names ("die männlichen Teile":
    no sense of "Teil" is "männlich")."""
    words = span[1:] if span[0].tag in ("APPR", "APPRART") else list(span)
    article = [words[0]] if words and words[0].tag == "ART" else []
    rest = words[len(article) :]
    if question.skill in TIME_SKILLS or len(rest) != 2 or rest[0].tag != "ADJA" or rest[1].tag != "NN":
        return []
    adjective, noun = (rest[0].lemma or rest[0].text).lower(), rest[1].lemma or rest[1].text
    if len(adjective) < CONTEXT_STEM or not rest[0].text[:1].islower():
        return []
    senses = [sense for sense in synonym_sets(noun) if any(_fold(other).startswith(_fold(adjective)[:CONTEXT_STEM])
                                                          for other in sense - {noun})]
    if len(senses) != 1:
        return []
    lead = [t.text for t in span[: len(span) - len(rest)]]
    return [" ".join([*lead, rest[1].text]), rest[1].text, *core_synonyms(noun, [adjective])]


def shortened_variants(span: list[Token]) -> list[str]:
    """A one-noun answer by the shorter noun a student says for its compound (``shortened_compounds``:
    "die Mähdreschmaschine" → "Mähdrescher", "ein Lagerraum" → "Lager"), without the article,
    whose gender may differ."""
    nouns = [t for t in span if t.tag not in ("APPR", "APPRART", "ART")]
    if len(nouns) != 1 or nouns[0].tag != "NN" or not nouns[0].lemma:
        return []
    return shortened_compounds(nouns[0].lemma)


PAIR = re.compile(r"^(?:(mit|aus|in|von|und) )?([A-ZÄÖÜ][\w-]+) und ([A-ZÄÖÜ][\w-]+)$")


def swapped_pairs(answers: list[str]) -> list[str]:
    """Two things named by one word each in the other order (round 24: "Finnisch und Estnisch"
    rejected "Estnisch und Finnisch"): a pair is no sequence."""
    swapped = []
    for answer in answers:
        match = PAIR.match(answer)
        if match:
            lead = f"{match.group(1)} " if match.group(1) else ""
            swapped.append(f"{lead}{match.group(3)} und {match.group(2)}")
    return swapped


# Adjectives of how often a thing recurs: they describe it, a student names it without them.
RECURRING = frozenset({"jährlich", "alljährlich", "halbjährlich", "monatlich", "wöchentlich", "täglich", "stündlich",
                       "regelmäßig"})


def _describing(token: Token) -> bool:
    """A quantity word, or a common adjective that describes rather than sorts (groß, berühmt)."""
    if token.text.lower() in QUANTITY_WORDS - {"andere", "anderen", "weitere", "weiteren", "wenige", "wenigen"}:
        return True
    lemma = (token.lemma or token.text).lower()
    if token.tag == "ADJA" and lemma in RECURRING:
        return True  # "mit den jährlichen Militärübungen": how often, not which (round 27, Nordkorea 1)
    strong = _fold(token.text) == _fold(lemma) + "er"  # "ein berühmter Pilot": a strong ending, no comparative
    compared = _compared(token) and not strong
    return (token.tag == "ADJA" and token.text[:1].islower() and not compared and not lemma.endswith(RELATIONAL_ENDINGS)
            and lemma not in ("erst", "erste", "letzt", "letzte", "einzig") and zipf_frequency(lemma) >= DESCRIBING_ZIPF)


def synonym_variants(question: Question, span: list[Token]) -> list[str]:
    """A one-noun answer by a synonym of one clear sense (round 21: "Wozu dient die Blüte? – zur
    Fortpflanzung": "zur Vermehrung"), the noun alone as the dictionary writes it; see
    ``key_synonyms``, which takes a noun's synonyms only from its one short set."""
    words = [t for t in span if t.tag not in ("APPR", "APPRART", "ART")]
    if question.skill in TIME_SKILLS or len(words) != 1 or words[0].tag != "NN" or not words[0].lemma:
        return []
    return core_synonyms(words[0].lemma, [])


def topic_prefix_variants(question: Question, span: list[Token]) -> list[str]:
    """The answer without the name the prompt already gives, before a hyphen (round 21: "Woher
    haben die Galapagosinseln ihren Namen? – von den Galapagos-Riesenschildkröten": "von den
    Riesenschildkröten")."""
    prompt = question.prompt.lower()
    variants = []
    for k, token in enumerate(span):
        name, _, rest = token.text.partition("-")
        if rest[:1].isupper() and len(rest) >= 5 and len(name) >= 3 and name.lower() in prompt:
            variants.append(" ".join([*(t.text for t in span[:k]), rest, *(t.text for t in span[k + 1 :])]))
    return variants


PURPOSE_MODALS = frozenset({"kann", "können", "konnte", "konnten"})
# Particles that are always separable: "herstellen" → "herzustellen" (not "über", "unter": "unterstützen")
SEPARABLE_ONLY = ("ein", "auf", "ab", "an", "aus", "zu", "mit", "vor", "nach", "weg", "her", "hin")


def purpose_variants(question: Question, span: list[Token]) -> list[str]:
    """A "damit"-purpose as the um-zu a student writes for it (round 21: "Wozu sind Informationen
    nützlich? – damit man etwas entscheiden kann": "um etwas zu entscheiden"; "damit sie
    elektrischen Strom herstellen kann": "um elektrischen Strom herzustellen"; "damit er besser
    geradeaus fliegt": "um besser geradeaus zu fliegen"): "damit" with a subject pronoun, the
    modal "können" and one infinitive at the end, or one finite full verb."""
    words = [t.text for t in span]
    if question.skill not in ("wozu", "warum") or len(words) < 3 or words[0].lower() != "damit" or span[1].tag not in ("PPER", "PIS"):
        return []
    if any(t.tag in FINITE | {"$,"} for t in span[2:-1]):
        return []
    if span[-1].tag == "VVFIN" and span[-1].lemma and span[-1].lemma.islower():  # "damit er besser geradeaus fliegt"
        words = [*words, ""]
        verb = span[-1].lemma
    elif words[-1] in PURPOSE_MODALS and len(words) >= 4 and span[-2].tag == "VVINF":
        verb = words[-2]
    else:
        return []
    return [" ".join(["um", *words[2:-2], _with_zu(verb)])]


def _with_zu(verb: str) -> str:
    """The zu-infinitive of a purpose: "anzuziehen" after a particle that always separates
    (``SEPARABLE_ONLY``), else "zu bestäuben"."""
    particle = next((p for p in SEPARABLE_ONLY if verb.startswith(p) and len(verb) > len(p) + 3), "")
    return f"{particle}zu{verb[len(particle):]}" if particle else f"zu {verb}"


ESTIMATE_BOUNDS = ("bis zu", "über", "rund", "etwa", "ca.", "knapp")


def estimate_variants(question: Question, sentence: Sentence, span: list[Token]) -> list[str]:
    """ "von über 13,5 Millionen Menschen gesprochen; andere Schätzungen gehen von bis zu 15
    Millionen Sprechern aus": the other estimate the sentence gives answers "Wie viele …?" too,
    alone and as the range ("bis zu 15 Millionen", "13,5 bis 15 Millionen")."""
    if not question.prompt.startswith("Wie viele"):
        return []
    numbers = [k for k, t in enumerate(span) if t.tag == "CARD"]
    if len(numbers) != 1 or numbers[0] + 1 >= len(span) or not re.fullmatch("|".join(MULTIPLIERS), span[numbers[0] + 1].text):
        return []
    number, multiplier = span[numbers[0]].text, span[numbers[0] + 1].text
    after = [t for t in sentence.tokens if t.i > span[-1].i]
    if not any(t.lemma == "Schätzung" for t in after):
        return []
    for k in range(1, len(after) - 1):
        if after[k].tag == "CARD" and after[k + 1].text == multiplier and after[k].text != number:
            words = " ".join(t.text for t in after[max(0, k - 2) : k])
            bound = next((b for b in ESTIMATE_BOUNDS if words.endswith(b)), "")
            other = f"{after[k].text} {multiplier}"
            return [f"{bound} {other}".strip(), other, f"{number} bis {other}"]
    return []


# Nouns that group or count what follows "von": "eine Gruppe von Inseln" is an Inselgruppe, and
# its point is the Inseln.
COLLECTIVES = frozenset({"Gruppe", "Kette", "Reihe", "Sammlung", "Serie", "Vielzahl", "Anzahl", "Menge"})


def collective_variants(span: list[Token]) -> list[str]:
    """ "eine Gruppe von neunzehn Inseln im Pazifischen Ozean" → "eine Inselgruppe (im Pazifischen
    Ozean)", where the lexicon knows the compound (round 9: "Archipel" is no B1 word), and what it
    groups without it (``_grouped_variants``)."""
    k = _collective_at(span)
    if k is None:
        return []
    rest = span[k + 2 :]
    rest = rest[1:] if rest[0].tag == "CARD" else rest
    compound = f"{rest[0].lemma}{span[k].text.lower()}"
    grouped = _grouped_variants(span[k + 2 :])
    if noun_lexicon().lookup(compound, compound_fallback=False) is None:
        return grouped
    place = " ".join(t.text for t in rest[1:])  # "im Pazifischen Ozean"
    article = span[k - 1].text.lower()
    return [f"{article} {compound} {place}".strip(), f"{article} {compound}", compound, *grouped]


def _collective_at(tokens: list[Token]) -> int | None:
    """Where an article's collective noun opens "von" + (a count and) a noun, with nothing but
    a prepositional phrase after it ("eine Gruppe von neunzehn Inseln im Pazifischen Ozean")."""
    for k in range(1, len(tokens) - 2):
        if tokens[k].text in COLLECTIVES and tokens[k + 1].text == "von" and tokens[k - 1].tag == "ART":
            rest = tokens[k + 2 :]
            rest = rest[1:] if rest and rest[0].tag == "CARD" else rest
            if rest and rest[0].tag == "NN" and (len(rest) == 1 or rest[1].tag in ("APPR", "APPRART")):
                return k
            return None
    return None


def _grouped_variants(grouped: list[Token]) -> list[str]:
    """What a collective groups, without it (round 21: "eine Gruppe von neunzehn Inseln im
    Pazifischen Ozean" accepts "neunzehn Inseln (im Pazifischen Ozean)", "19 Inseln"): the
    grouped noun with its count and its place, and with its count alone."""
    counted = 1 if grouped[0].tag == "CARD" else 0
    phrases = [" ".join(t.text for t in grouped), " ".join(t.text for t in grouped[: counted + 1])]
    return [form for phrase in dict.fromkeys(phrases) for form in (phrase, *count_variants(phrase))]


def _noun_then_relative(front: list[Token]) -> bool:
    """A noun phrase, and at most one relative clause after it in commas: no second finite verb outside it."""
    commas = [k for k, t in enumerate(front) if t.text == ","]
    head = front[: commas[0]] if commas else front
    if not _simple_noun_phrase(head):
        return False
    if not commas:
        return True
    opener = front[commas[0] + 1] if commas[0] + 1 < len(front) else None
    relative = opener is not None and (opener.tag == "PRELS" or opener.text in RELATIVE_PRONOUNS)
    return len(commas) == 1 and relative and front[-1].tag in ("VVFIN", "VAFIN", "VMFIN")



# The forms of the relative pronoun "der" and the nouns each can refer to.
RELATIVE_REFERENTS = {
    "der": ("Masc", "Fem"), "die": ("Fem", "Plur"), "das": ("Neut",), "den": ("Masc", "Plur"), "dem": ("Masc", "Neut"),
    "dessen": ("Masc", "Neut"), "deren": ("Fem", "Plur"), "denen": ("Plur",),
}


def _relative_agrees(pronoun: Token, noun: Token) -> bool:
    """Can the relative pronoun refer to the noun? "Silber, die …" cannot (round 17: the clause
    is about the Goldmedaille of "Eine Goldmedaille besteht aus reinem Silber, die mit
    mindestens 6 Gramm Gold überzogen ist"); a noun of unknown gender agrees."""
    referents = RELATIVE_REFERENTS.get(pronoun.text.lower())
    kind = "Plur" if noun.feature("Number") == "Plur" else noun.feature("Gender")
    return referents is None or not kind or kind in referents


# Words that say how many, not what: "zahlreiche Ideen" says nothing without what follows.
QUANTITY_WORDS = frozenset({
    "zahlreiche", "zahlreichen", "viele", "vielen", "mehrere", "mehreren", "einige", "einigen", "verschiedene",
    "verschiedenen", "wenige", "wenigen", "andere", "anderen", "weitere", "weiteren", "solche", "solchen",
    "jegliche", "jeglichen", "sämtliche", "sämtlichen",  # round 24: "jegliche Waffengeschäfte" rejected "Waffengeschäfte"
})


def head_variants(span: list[Token]) -> list[str]:
    """The noun phrase before a relative clause or an apposition that ends the answer (round 15:
    "Accept '(große) Feuerstürme'" for "große Feuerstürme, die alles in ihrem Weg niederbrannten";
    "kosmologische Theorien" for "zahlreiche kosmologische Theorien, die zum heutigen Verständnis
    des Universums Wesentliches beitrugen"; "in den Aargletschern" for "…, die in den Berner Alpen
    liegen"; "aus einem speziellen Brötchen" for "…, dem Bun"). Only when the phrase says something
    without the clause, by an adjective or a specific noun with its article: not "zahlreiche Ideen,
    die …" or "Mediziner, die …", where the clause says which ones (``complete_answer``)."""
    commas = [k for k, t in enumerate(span) if t.text == ","]
    if not commas or commas[0] < 1 or commas[0] + 1 >= len(span):
        return []
    head, rest = span[: commas[0]], span[commas[0] + 1 :]
    opener = rest[1] if rest[0].tag in ("APPR", "APPRART") and len(rest) > 1 else rest[0]
    relative = opener.tag == "PRELS" and rest[-1].tag.startswith(("VV", "VA", "VM")) and len(commas) == 1
    apposition = rest[0].tag == "ART" and _simple_noun_phrase(rest) or (rest[0].tag == "ART" and rest[-1].tag == "NE"
                                                                          and all(t.tag in ("ART", "ADJA", "NE", "NN") for t in rest))
    if not (relative or apposition) or (apposition and len(commas) > 2):
        return []
    words = head[1:] if head[0].tag in ("APPR", "APPRART") else head
    if not words or not _simple_noun_phrase(words):
        return []
    if relative and not _relative_agrees(opener, words[-1]):
        return []  # "aus reinem Silber, die mit … Gold überzogen ist": the clause is about the medal, and part of the answer
    content = [t for t in words if t.tag == "ADJA" and t.text.lower() not in QUANTITY_WORDS]
    if not content and _restricted(words):
        return []  # "zahlreiche Ideen", "Mediziner": the clause says which ones, it is the answer
    text = " ".join(t.text for t in head)
    variants = [text[0].lower() + text[1:] if head[0].tag in ("ART", "APPR", "APPRART") else text]
    quantity = [t for t in words[:-1] if t.text.lower() in QUANTITY_WORDS]
    if quantity and words[0] is quantity[0] and len(words) > 2:
        variants.append(" ".join(t.text for t in words[1:]))  # "kosmologische Theorien"
    return variants


def apposition_variants(span: list[Token]) -> list[str]:
    """The name an apposition gives the answer (round 17: "Was erschien digital am 28. Juni 2016?
    – eine alternative Version des Films, die Ultimate Edition" also accepts "die Ultimate
    Edition"; "aus einem speziellen Brötchen, dem Bun" accepts "aus dem Bun"). Only a name (an
    entity or a proper noun), not a common noun that says less than the phrase before it."""
    commas = [k for k, t in enumerate(span) if t.text == ","]
    if len(commas) != 1 or commas[0] < 2:
        return []
    head, rest = span[: commas[0]], span[commas[0] + 1 :]
    if len(rest) < 2 or rest[0].tag != "ART" or not _name_words(rest[1:]):
        return []
    if not any(t.ent_label or t.tag in ("NE", "FM") for t in rest[1:]):
        return []
    name = " ".join(t.text for t in rest[1:])
    if head[0].tag in ("APPR", "APPRART"):
        return [f"{head[0].text.lower()} {rest[0].text.lower()} {name}"]
    return [f"{rest[0].text.lower()} {name}", name]


# Letters of a transliteration a keyboard does not have ("Al-ʿArifi" is written "Al-Arifi").
TRANSLITERATION_MARKS = re.compile("[\u02bb-\u02c1\u02be\u02bf]")


def described_name_variants(question: Question, span: list[Token]) -> list[str]:
    """ "Wer …? – der saudische Geistliche Sheikh Muhammad Al-ʿArifi": students write the name the
    answer ends with, or the person it describes ("der saudische Geistliche", "Al-Arifi"); in "der
    Louis' Lunch des deutschen Einwanderers Louis (Ludwig) Lassen" the person behind the place
    (round 15: "Students will write the person's name"). The name must follow the noun it names
    (an apposition), which is the answer's head or a genitive after a head that is no person ("der
    Sohn des Königs Georg" is not Georg). Also for "Wer … als Erster …?" (round 17: "Wer servierte
    wahrscheinlich den ersten Hamburger?" accepts "Louis Lassen")."""
    if question.skill not in ("wer", "wer-als-erster"):
        return []
    start = next((k for k, t in enumerate(span) if t.ent_label == "PER" and k > 0 and span[k - 1].tag == "NN"), None)
    if start is None:
        return []
    name = span[start:]
    if not all(t.ent_label == "PER" or t.text in "()" or (t.text[:1].isupper() and t.tag != "NN") for t in name):
        return []
    named, first_noun = span[start - 1], next(t for t in span if t.tag == "NN")
    if named is not first_noun and person_noun(first_noun):
        return []  # the noun before the name (its apposition) names it; a person before it is who is meant
    words = [t for t in name if t.text not in "()"]
    bracketed = {t.i for k, t in enumerate(name) if 0 < k < len(name) - 1 and name[k - 1].text == "(" and name[k + 1].text == ")"}
    plain = " ".join(t.text for t in words if t.i not in bracketed)
    full = "".join(t.text + (t.whitespace if t is not name[-1] else "") for t in name)
    variants = [full, plain]
    if len(words) >= 2 and not _known_by_first_names(named, words):
        variants.append(words[-1].text)  # the family name
    if named is first_noun and span[0].tag == "ART" and start > 2:  # a description, not a bare title ("General Jose de Villamil")
        description = span[:start]  # "der saudische Geistliche"; "der Sprachwissenschaftler" alone names a class
        text = " ".join(t.text for t in description)
        variants.append(text[0].lower() + text[1:] if description[0].tag == "ART" else text)
    variants += [TRANSLITERATION_MARKS.sub("", v) for v in variants if TRANSLITERATION_MARKS.search(v)]
    return variants


# Titles of rulers and nobles (a closed class), who are known by their first names ("Kronprinz
# Friedrich Wilhelm"); whole words, since "Fotograf" ends like "Graf".
RULER_TITLES = frozenset({
    "Kaiser", "Kaiserin", "König", "Königin", "Prinz", "Prinzessin", "Kronprinz", "Kronprinzessin", "Herzog",
    "Herzogin", "Großherzog", "Großherzogin", "Erzherzog", "Erzherzogin", "Fürst", "Fürstin", "Kurfürst", "Graf",
    "Gräfin", "Markgraf", "Landgraf", "Papst", "Zar", "Zarin", "Sultan", "Kalif", "Pharao", "Infant", "Infantin",
})


def _known_by_first_names(title: Token, words: list[Token]) -> bool:
    """Is the name's last word no family name? A ruler's or noble's name is his first names, and
    the last alone is another person (round 17: "Kronprinz Friedrich Wilhelm" is not answered by
    "Wilhelm", the Prussian king's name); so is a name with an ordinal ("Friedrich II.")."""
    return title.text in RULER_TITLES or any(re.fullmatch(r"[IVXL]+\.?", t.text) for t in words)


NUMBER_WORDS = {2: "zwei", 3: "drei", 4: "vier"}


def as_list_question(question: Question, span: list[Token], further: list[list[Token]]) -> Question:
    """A key that is a list of things asks for them as a list (round 15: "Open list; add 'Nenne
    zwei Dinge'", "Nenne drei Dinge, die in der Scheune aufbewahrt werden"): "Was wird in der
    Scheune eingelagert? – Heu und Stroh" becomes "… ? Nenne zwei.", so a student knows that one
    is not all, and the key accepts the members in the text's order with "und" or commas, and
    any of them with the ``further`` members the next sentences add ("Aber auch Getreide und
    Kartoffeln … werden in der Scheune aufbewahrt": "Nenne drei."); a one-thing answer accepts
    them each (round 25: "Ihnen verdanken wir auch das Holz" was rejected). Only for noun phrases joined
    by "und", "sowie" or commas (not "oder": either answers), and not for a time or number."""
    if question.skill in TIME_SKILLS or question.prompt.startswith("Wie "):
        return question
    words = span[1:] if span[0].tag in ("APPR", "APPRART") else list(span)
    conjuncts, links = _conjuncts(words)
    if len(conjuncts) == 1 and further and all(_simple_noun_phrase(c) for c in further):
        return replace(question, accepted=_clean(question, (*question.accepted, *(_phrase_text(c) for c in further))))
    if len(conjuncts) < 2 or len(conjuncts) > max(NUMBER_WORDS) or "oder" in links or not all(conjuncts):
        return question
    aliases = [_bracketed_alias(c) for c in conjuncts]
    conjuncts = [c[: -len(a) - 2] if a else c for c, a in zip(conjuncts, aliases, strict=True)]
    if not all(_simple_noun_phrase(c) for c in conjuncts) or len({c[-1].lemma for c in conjuncts}) < len(conjuncts):
        return question  # "zwischen dem 21. Januar und 21. Februar"; "rote und weiße Blüten"
    if len(conjuncts[0]) > 1 and all(len(c) == 1 for c in conjuncts[1:]):
        return question  # "besondere Bestimmungen und Auflagen": one modifier over a pair, one thing
    bare = not any(c[0].tag == "ART" for c in conjuncts)  # "Nahrung und Holz", not "Nahrung und das Holz"
    further = [c[1:] if bare and len(c) > 1 and c[0].tag == "ART" else c for c in further]
    members = [*conjuncts, *(c for c in further if c[-1].lemma not in {m[-1].lemma for m in conjuncts})]
    wanted = min(len(members), max(NUMBER_WORDS) - 1)  # of a longer list, three are enough to show it was read
    listed = _listed(members)  # any that many in any order: the page checks member by member, the key says so (``list_rule``)
    if all(aliases):  # "in den Staubfaden (Filament) und den Staubbeutel (Anthere)": "Filament und Anthere"
        listed += _listed(aliases)
    prompt = f"{question.prompt} Nenne {NUMBER_WORDS[wanted]}."
    if len(members) > len(conjuncts):  # the key holds every member: "Heu, Stroh, Getreide und Kartoffeln"
        listed_all = _listed(members)
        return replace(question, prompt=prompt, answer=listed_all[1],
                       accepted=_clean(replace(question, prompt=prompt, answer=listed_all[1]), (*listed_all, *listed)))
    return replace(question, prompt=prompt, accepted=_clean(replace(question, prompt=prompt), (*question.accepted, *listed)))


COUNTED = re.compile(r"\bNenne (zwei|drei|vier)\b(?: [A-ZÄÖÜ]\w*)?\.$")  # "Nenne drei.", "Nenne zwei Dinge."
LIST_SPLIT = re.compile(r",\s*|\s+(?:und|sowie)\s+")  # as the self-check page splits a list (quiz.html.j2)


def list_rule(question: Question) -> str:
    """What the key says of a list answer instead of every choice in the text's order (round 24:
    "Heu, Stroh, Getreide …" was listed in one fixed order, "accept any three in any order"):
    "je drei beliebige, in beliebiger Reihenfolge: Heu · Stroh · Getreide · Kartoffeln · Maschinen",
    each also by a word of its own. A count the text gives approximately gets its
    :func:`bound_rule`; "" for any other question, and for steps in order."""
    match = COUNTED.search(question.prompt) if question.type == "wh" and isinstance(question.answer, str) else None
    if match is None or "Reihenfolge" in question.prompt:
        return bound_rule(question)
    wanted = {word: n for n, word in NUMBER_WORDS.items()}[match.group(1)]
    answer = str(question.answer)
    members = [m.strip() for m in (answer.split("; ") if "; " in answer else LIST_SPLIT.split(answer)) if m.strip()]
    lead = members[0].split(" ", 1)
    if len(lead) == 2 and lead[0] in PLAIN_PREPOSITIONS and not any(m.startswith(lead[0] + " ") for m in members[1:]):
        members[0] = lead[1]  # "in den Staubfaden und den Staubbeutel": the preposition is the list's, not a member's
    members = [re.sub(r" \([^()]*\)$", "", m) for m in members]  # "Staubfaden (Filament)": the key lists the alias
    if len(members) < wanted:
        return ""
    count = ("beide" if wanted == 2 else f"alle {match.group(1)}") if len(members) == wanted else f"je {match.group(1)} beliebige"
    short = "" if "; " in answer else ", jede auch kurz mit einem Wort daraus"
    return f"{count}, in beliebiger Reihenfolge{short}: {' · '.join(members)}"


def _listed(members: list[list[Token]]) -> list[str]:
    """The members as a student lists them: with commas, with "und", and by their nouns alone."""
    phrases = [" ".join(t.text for t in m) for m in members]
    phrases = [p[0].lower() + p[1:] if m[0].tag == "ART" else p for p, m in zip(phrases, members, strict=True)]
    heads = [m[-1].text for m in members]
    return [joined for items in (phrases, heads) for joined in (", ".join(items), f"{', '.join(items[:-1])} und {items[-1]}")]


# Adverbs that add a member to what the sentence before listed ("Aber auch Getreide …", "Außerdem …").
ADDING = frozenset({"auch", "außerdem", "zudem", "ebenfalls", "ebenso"})
SHARED_SYNONYMS = 2  # synonyms two verbs share to say one thing (stellen, lagern: legen, setzen)
VERB_PARTICLES = ("ein", "auf", "ab", "an", "aus", "zu", "mit", "vor", "nach", "weg", "her", "hin", "unter", "über")


def further_members(question: Question, sentence: Sentence, clause: Clause, analysis: Analysis) -> list[list[Token]]:
    """The things the next two sentences of the paragraph add with "auch" to the same statement:
    "In der Scheune werden verschiedene Dinge eingelagert: Heu und Stroh … Aber auch Getreide und
    Kartoffeln aus der letzten Ernte werden in der Scheune aufbewahrt." The sentence must name
    every noun of the prompt ("Scheune") and say it with the same verb or a synonym (also without
    its particle: einlagern ~ lagern ~ aufbewahren); "Auch die Katze lebt in der Scheune" adds
    nothing. A noun may be said by a personal pronoun where the verb is the prompt's own (round 25:
    "Der Mensch hat den Großteil seiner Nahrung den Blüten zu verdanken … Ihnen verdanken wir auch
    das Holz": the key left out the Holz)."""
    nouns = [w for w in re.findall(r"\b[A-ZÄÖÜ][\w-]+", question.prompt)[1:] if w != "Nenne"]
    last = re.findall(r"\w+", question.prompt)[-1:]
    # the prompt's verb, also where a lead-in gives it ("… werden verschiedene Dinge eingelagert: Heu
    # und Stroh … brauchen am meisten Platz"): the clause's verb and the verb the prompt ends with
    verbs = {clause.lemma} | {t.lemma for other in _paragraph_neighbours(analysis, sentence) for t in other.tokens
                              if t.text in last and t.tag.startswith("V")}
    if not nouns:
        return []
    found: list[list[Token]] = []
    for other in analysis.sentences[sentence.index + 1 : sentence.index + 3]:
        if other.paragraph != sentence.paragraph or other.is_heading:
            break
        tokens = list(other.tokens)
        missing = sum(not any(noun in (t.text, t.lemma) for t in tokens) for noun in nouns)
        if missing > sum(t.tag == "PPER" for t in tokens):
            continue
        for k, token in enumerate(tokens):
            if token.text.lower() not in ADDING or token.tag not in ("ADV", "PAV"):
                continue
            run = []
            for after in tokens[k + 1 :]:
                if after.tag not in ("ART", "ADJA", "NN", "KON", "$,", "PPOSAT", "PIAT") or (
                        after.tag == "KON" and after.text not in ("und", "sowie")):
                    break
                run.append(after)
            conjuncts = [_without_quantifier(c) for c in _conjuncts(run)[0]]
            holding = [c for c in other.clauses if token.i in c.tokens]
            said = holding and (holding[0].lemma in verbs if missing else any(_same_verb(holding[0].lemma, verb) for verb in verbs))
            if conjuncts and all(conjuncts) and all(_simple_noun_phrase(c) for c in conjuncts) and said:
                found += conjuncts
    return found


ACTIVITY_PROMPT = re.compile(r"^Was (?:kann|darf|konnte|durfte) man\b.* (?:machen|tun)\?$")
ACTIVITY_MODALS = frozenset({"können", "dürfen"})
IMPERSONAL = frozenset({"man", "wer"})  # "Man darf …", "Wer möchte, kann …"


def further_activities(question: Question, sentence: Sentence, span: list[Token], analysis: Analysis) -> list[list[Token]]:
    """The other things one can do that the next two sentences of the paragraph add with "auch"
    (round 21, Aare: "Was kann man auf der Aare machen? – mit dem Motorschiff … reisen" lacked
    "Wer möchte, kann die Aare auch mit dem Schlauchboot befahren. Man darf auch in ihr baden."):
    for "Was kann man … machen/tun?" answered by an infinitive, each clause with können or dürfen,
    an impersonal subject and an adding adverb gives its infinitive phrase, without the adverb and
    a phrase of a pronoun ("in ihr baden" → "baden")."""
    if not ACTIVITY_PROMPT.match(question.prompt) or span[-1].tag != "VVINF":
        return []
    found: list[list[Token]] = []
    for other in analysis.sentences[sentence.index + 1 : sentence.index + 3]:
        if other.paragraph != sentence.paragraph or other.is_heading:
            break
        words = {t.i: t for t in other.tokens}
        impersonal = any(t.text.lower() in IMPERSONAL and t.tag in ("PIS", "PWS") for t in other.tokens)
        for clause in other.clauses:
            own = [words[i] for i in clause.tokens if i in words]
            if clause.modal not in ACTIVITY_MODALS or clause.finite is None or not impersonal:
                continue
            if not any(t.text.lower() in ADDING for t in own) or own[-1 if own[-1].tag != "$." else -2].tag != "VVINF":
                continue
            phrase = _activity_phrase(clause, [t for t in own if t.i > clause.finite])
            if phrase:
                found.append(phrase)
    return found


def _activity_phrase(clause: Clause, after: list[Token]) -> list[Token]:
    """The infinitive phrase after the modal: no adding adverb, subject, punctuation or phrase whose
    head is a pronoun."""
    pronoun_phrases = {i for c in clause.constituents if c.role != "subject" for i in range(c.start, c.end)
                       if any(t.i == c.head and t.tag == "PPER" for t in after)}
    return [t for t in after if t.text.lower() not in ADDING and t.tag not in ("PIS", "$.", "$,")
            and t.i not in pronoun_phrases]


def as_activity_list(question: Question, span: list[Token], activities: list[list[Token]]) -> Question:
    """ "Was kann man auf der Aare machen? Nenne zwei." with the text's activities as the key (a
    list the page checks member by member), any that many of them accepted."""
    members = [list(span), *activities]
    wanted = min(len(members), max(NUMBER_WORDS) - 1)
    phrases = [" ".join(t.text for t in member) for member in members]
    answer = ", ".join(phrases)  # each word from the text: the sentences join them without "und"
    prompt = f"{question.prompt} Nenne {NUMBER_WORDS[wanted]}."
    listed = replace(question, prompt=prompt, answer=answer)
    return replace(listed, accepted=_clean(listed, [f"{', '.join(phrases[:-1])} und {phrases[-1]}"]))


def _same_verb(one: str, other: str) -> bool:
    """The same verb, or synonyms, also without a separable particle (einlagern ~ aufbewahren),
    or verbs that share two synonyms, one sense's neighbours (round 21: "stellt der Bauer aber
    auch all seine Maschinen ein" adds to what is "eingelagert": stellen and lagern are both
    "legen" and "setzen"; one shared synonym links any two verbs through another sense)."""
    if not one or not other:
        return False
    thesaurus = load_thesaurus()
    forms = [{verb, *(verb[len(p) :] for p in VERB_PARTICLES if verb.startswith(p) and len(verb) > len(p) + 3)} for verb in (one, other)]
    if forms[0] & forms[1] or any(thesaurus.are_synonyms(a, b) for a in forms[0] for b in forms[1]):
        return True
    return any(len(thesaurus.synonyms(a) & thesaurus.synonyms(b)) >= SHARED_SYNONYMS for a in forms[0] for b in forms[1])


def _without_quantifier(conjunct: list[Token]) -> list[Token]:
    """A member without the "all" before its determiner and without a possessive, whose owner
    the list does not name ("all seine Maschinen" → "Maschinen")."""
    if len(conjunct) > 2 and conjunct[0].tag == "PIAT" and conjunct[1].tag in ("ART", "PPOSAT"):
        conjunct = conjunct[1:]
    return conjunct[1:] if len(conjunct) > 1 and conjunct[0].tag == "PPOSAT" else conjunct


def _bracketed_alias(tokens: list[Token]) -> list[Token]:
    """The other name in brackets a phrase ends with: "den Staubbeutel (Anthere)" → [Anthere]."""
    if len(tokens) < 4 or tokens[-1].text != ")":
        return []
    opening = max(k for k, t in enumerate(tokens) if t.text == "(" or k == 0)
    inside = tokens[opening + 1 : -1]
    return inside if tokens[opening].text == "(" and 1 <= len(inside) <= 3 and _name_words(inside) else []


def _conjuncts(words: list[Token]) -> tuple[list[list[Token]], list[str]]:
    """The phrases a coordination joins, and the words that join them ("und", "oder", "sowie", ",")."""
    conjuncts: list[list[Token]] = [[]]
    links: list[str] = []
    for token in words:
        if token.tag in ("KON", "$,") and token.text in ("und", "oder", "sowie", ","):
            conjuncts.append([])
            links.append(token.text)
        else:
            conjuncts[-1].append(token)
    return conjuncts, links


WHERE_IS = re.compile(r"Wo (?:liegt|lag|liegen|lagen|befindet sich|befand sich|befinden sich) (?:(?:der|die|das) [A-ZÄÖÜ][\w-]* )?"
                      r"((?:[A-ZÄÖÜ][\w-]*\s?){1,3})\?")  # "Wo liegt die Stadt Eisenstadt?": the name


def containing_place_variants(question: Question, analysis: Analysis) -> list[str]:
    """ "Wo liegt Eisenstadt? – am Fuße des Leithagebirges": where the text says what the place is
    and in which country or region ("Eisenstadt … ist die Landeshauptstadt des Bundeslandes
    Burgenland in Österreich"), that region answers too (round 15: "'in Österreich' is equally
    correct"; round 21: "Wo liegt Sofia?" – "in Bulgarien" from "Sofia ist die Hauptstadt von
    Bulgarien"; round 22: "im Burgenland" from "… des Bundeslandes Burgenland"). Only from a
    sentence that opens with the name, or with a pronoun right after one that did ("Es ist die
    Hauptstadt des Bundeslandes Burgenland."), and defines it as a place (a noun of
    ``PLACE_NOUNS`` or with one as its head); the region must be a name after "in", or after
    "von" or a genitive right after that noun. Not a region that holds another the text names
    (round 24: "Wo liegt Eisenstadt?" – "Österreich" is general knowledge where the text says "des
    Bundeslandes Burgenland in Österreich": the Burgenland answers)."""
    match = WHERE_IS.fullmatch(question.prompt)
    if match is None:
        return []
    name = match.group(1).split()
    variants: list[str] = []
    wider: set[str] = set()  # a region the definition puts a named region in: "in Österreich" beside "im Burgenland"
    named: set[int] = set()  # the paragraphs with a sentence that opens with the name
    for sentence in analysis.sentences:
        tokens = [t for t in _outside_brackets(list(sentence.tokens)) if t.tag != "$."]
        opening = _opened_by(tokens, name)
        if opening:
            named.add(sentence.paragraph)
        elif sentence.paragraph in named and tokens and tokens[0].text in ("Es", "Sie"):
            opening = 1  # "Die Stadt Eisenstadt liegt in Österreich. … Es ist die Hauptstadt …"
        if not opening or len(tokens) < opening + 3:
            continue
        verb, rest = tokens[opening], tokens[opening + 1 :]
        if verb.lemma != "sein" or verb.tag != "VAFIN":
            continue
        place_noun = next((t for t in rest if t.tag == "NN"), None)
        if place_noun is None or not (place_noun.lemma or place_noun.text).lower().endswith(PLACE_ENDINGS):
            continue
        regions = _regions(rest, place_noun)
        variants += [_in_region(region, analysis) for region in regions]
        wider.update(_in_region(region, analysis) for region in regions[1:])
    return [variant for variant in variants if variant not in wider]


def _opened_by(tokens: list[Token], name: list[str]) -> int:
    """How many words of the sentence name the place at its start: the name ("Eisenstadt ist
    …"), or the name after its class ("Die Stadt Eisenstadt liegt …"); 0 when it opens otherwise."""
    for start in (0, 2):
        if [t.text for t in tokens[start : start + len(name)]] == name and (not start or tokens[0].tag == "ART"):
            return start + len(name)
    return 0


def _regions(rest: list[Token], place_noun: Token) -> list[str]:
    """The names of the regions a definition puts a place in: after "in", after "von" right after
    its place noun ("die Hauptstadt von Bulgarien"), or as that noun's genitive ("die
    Hauptstadt des Bundeslandes Burgenland", "des Burgenlandes")."""
    regions = []
    noun_at = rest.index(place_noun)
    for k, token in enumerate(rest[:-1]):
        if token.tag in ("$,", "KOUS", "PRELS", "KON"):
            break  # the region must be the definition's, not a further clause's
        of_place = token.text == "von" and k == noun_at + 1  # "die Hauptstadt von Bulgarien"
        genitive = k == noun_at + 1 and token.text.lower() == "des"  # "… des Bundeslandes Burgenland"
        start = k + 1
        if genitive and rest[start].tag == "NN" and start + 1 < len(rest) and rest[start + 1].tag == "NE":
            start += 1  # "des Bundeslandes Burgenland": the name after its class
        if (token.text == "in" or of_place or genitive) and rest[start].tag in ("NE", "NN") and rest[start].ent_label in ("LOC", ""):
            if rest[start].tag == "NN" and not rest[start].ent_label:
                continue
            region = [rest[start]]
            while start + len(region) < len(rest) and rest[start + len(region)].tag == "NE":
                region.append(rest[start + len(region)])
            words = [t.text for t in region]
            if genitive and start == k + 1 and len(region) == 1 and region[0].lemma and words[0].startswith(region[0].lemma):
                words = [region[0].lemma]  # "des Burgenlandes" names "Burgenland"
            regions.append(" ".join(words))
    return regions


def _in_region(name: str, analysis: Analysis) -> str:
    """ "in Österreich", but "im Burgenland" where the text gives the region an article ("des
    Burgenlandes", "im Burgenland")."""
    marked = re.compile(rf"\b(?:im|des|dem|das|vom|ins) {re.escape(name)}(?:e?s)?\b")
    return f"im {name}" if any(marked.search(s.text) for s in analysis.sentences) else f"in {name}"


def _outside_brackets(tokens: list[Token]) -> list[Token]:
    """The tokens not inside round brackets ("Eisenstadt (… ungarisch Kismarton …) ist …")."""
    kept, depth = [], 0
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(token)
    return kept


# --- the same answer as a student writes it (session 21) ------------------------------------

NUMERALS = {
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "hundert": 100,  # round 26: "mehr als hundert" for "mehr als 100"
}
SPELLED = {value: word for word, value in NUMERALS.items() if value > 1}  # "ein(e)" inflects: not spelled back
TIMES = re.compile(r"(?<![\w-])(\d+)(?:-mal|mal| Mal)(?!\w)")


def count_variants(answer: str) -> list[str]:
    """A count as a student writes it (round 19: "Wie oft flog die X-24A? – 28-mal": "also accept
    '28 Mal'"): "28-mal", "28mal" and "28 Mal" are one answer; a number up to twenty in words or
    in digits too ("neunzehn Inseln" → "19 Inseln", "2 Tage" → "zwei Tage"), and "hundert". Only a number
    standing alone, not one of a date, a decimal or a name ("2. Juli", "13,5", "Apollo 11")."""
    variants = []
    times = TIMES.search(answer)
    if times:
        n = times.group(1)
        variants += [answer[: times.start()] + form + answer[times.end() :] for form in (f"{n}-mal", f"{n}mal", f"{n} Mal")]
    for match in re.finditer(r"(?<![\w.,-])(\w+)(?![\w.,-])", answer):
        word = match.group(1)
        value = NUMERALS.get(word.lower())
        other = str(value) if value is not None else SPELLED.get(int(word)) if word.isdigit() and len(word) <= 3 else None
        named = re.search(r"(?:^|\s)[A-ZÄÖÜ]\w*\s$", answer[: match.start()]) is not None and match.start() > 0
        if other is not None and not named and not answer[match.end() :].startswith(("-mal", "mal", " Mal")):
            variants.append(answer[: match.start()] + other + answer[match.end() :])
    return [v for v in variants if v != answer]


WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag")
MONTH_NUMBERS = {month: k for k, month in enumerate(
    ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"), 1)}
MONTH_NUMBERS["Jänner"] = 1
DATE = re.compile(
    rf"^(?:am )?(?:(?P<weekday>{'|'.join(WEEKDAYS)}),? (?:(?:dem|den) )?)?(?P<day>\d{{1,2}})\. "
    rf"(?P<month>{'|'.join(MONTH_NUMBERS)})(?: (?P<year>\d{{3,4}}))?$"
)


def date_variants(question: Question, answer: str) -> list[str]:
    """A dated "Wann …?" answered as a student writes the date: without the weekday the text adds
    ("am Freitag, dem 18. August 2023" → "am 18. August 2023", and "am Freitag"), in digits
    ("18.8.2023") and by its month ("im August 2023", as the year alone already counts)."""
    match = DATE.match(answer)
    if question.skill != "wann" or match is None:
        return []
    day, month, year = match.group("day"), match.group("month"), match.group("year")
    variants = [f"am {day}. {month} {year}" if year else f"am {day}. {month}"]
    if match.group("weekday"):
        variants.append(f"am {match.group('weekday')}")
    numeric = f"{day}.{MONTH_NUMBERS[month]}."
    variants.append(f"{numeric}{year}" if year else numeric)
    if year:
        variants.append(f"im {month} {year}")
    return [v for v in variants if v != answer]


CENTURY = re.compile(r"^(?P<lead>im|seit dem|ab dem|bis zum|vor dem) (?P<n>\d{1,2})\. (?:Jahrhundert|Jh\.)$")
CENTURY_LEADS = {"im": "in den", "seit dem": "seit den", "ab dem": "ab den", "bis zum": "bis zu den", "vor dem": "vor den"}


def century_variants(question: Question, answer: str) -> list[str]:
    """A century as a student writes it (issue 12, session 23): "im 17. Jahrhundert" is "im 17.
    Jh." and, as the years are counted in everyday German, "in den 1600er Jahren" (also with a
    hyphen: "1600er-Jahren"). Only for a time question and a century after the first."""
    match = CENTURY.match(answer)
    if question.skill not in TIME_SKILLS and not question.prompt.startswith("In welchem Jahrhundert") or match is None:
        return []
    n, lead = int(match.group("n")), match.group("lead")
    if n < 2 or n > 21:
        return []
    years = f"{(n - 1) * 100}er"
    return [f"{lead} {n}. Jh.", f"{CENTURY_LEADS[lead]} {years} Jahren", f"{CENTURY_LEADS[lead]} {years}-Jahren", f"{years} Jahre"]


# A preposition fused with the dative or accusative article, and that article.
FUSED_ARTICLES = {"im": "dem", "am": "dem", "beim": "dem", "zum": "dem", "vom": "dem", "zur": "der", "ins": "das", "ans": "das"}
NOMINATIVE_ARTICLES = {("def", "Masc"): "der", ("def", "Neut"): "das", ("def", "Fem"): "die",
                       ("indef", "Masc"): "ein", ("indef", "Neut"): "ein", ("indef", "Fem"): "eine"}
OBLIQUE_ARTICLES = frozenset({"dem", "den", "der", "das", "einem", "einen", "einer"})
# The singular genders each oblique article can stand for.
ARTICLE_GENDERS = {"dem": ("Masc", "Neut"), "den": ("Masc",), "der": ("Fem",), "einem": ("Masc", "Neut"),
                   "einen": ("Masc",), "einer": ("Fem",), "das": ("Neut",)}
# The ending of an adjective after the nominative article: weak after "der/das/die", strong after "ein".
NOMINATIVE_ENDINGS = {("def", "Masc"): "e", ("def", "Neut"): "e", ("def", "Fem"): "e",
                      ("indef", "Masc"): "er", ("indef", "Neut"): "es", ("indef", "Fem"): "e"}


def nominative_variants(question: Question, span: list[Token]) -> list[str]:
    """A prepositional answer as the noun phrase a student names in the nominative (the case
    the question's preposition set is no part of what was understood): "in den Aargletschern" →
    "die Aargletscher", "mit den jährlichen Militärübungen" → "die jährlichen Militärübungen",
    "zur Fortpflanzung" → "die Fortpflanzung". Only where the phrase answers without its
    preposition (``PLAIN_PREPOSITIONS``; not for a time), with a definite or indefinite article, adjectives and one
    noun; a genitive or phrase after it is kept as it stands ("am Fuße des Leithagebirges" → "der
    Fuß des Leithagebirges"), and an adjective from a place name does not inflect ("Hamburger")."""
    first = span[0].text.lower()
    if question.skill in TIME_SKILLS or len(span) < 2 or first not in PLAIN_PREPOSITIONS:
        return []  # "am Wochenende" is no "das Wochenende": a time needs its preposition
    if any(t.tag.startswith("V") or t.text in ",()" for t in span):
        return []  # a verb phrase ("mit dem Motorschiff … reisen") or an aside, not a noun phrase
    fused = FUSED_ARTICLES.get(first)
    k = 1 if fused else 2
    article = fused or span[1].text.lower()
    if article not in OBLIQUE_ARTICLES or (not fused and span[1].tag != "ART"):
        return []
    adjectives = []
    while k < len(span) and span[k].tag == "ADJA":
        adjectives.append(span[k])
        k += 1
    if k >= len(span) or span[k].tag != "NN" or (k + 1 < len(span) and span[k + 1].tag not in ("ART", "APPR", "APPRART")):
        return []
    noun = span[k]
    kind = "indef" if article.startswith("ein") else "def"
    plural = noun.feature("Number") == "Plur"
    gender = getattr(noun_lexicon().lookup(noun.lemma), "gender", "") or noun.feature("Gender")
    if (plural and (kind == "indef" or article != "den")) or (not plural and gender not in ARTICLE_GENDERS[article]):
        return []  # the article and the noun disagree: the parse is wrong somewhere
    if plural:
        words = ["die", *(a.text for a in adjectives), _nominative_noun(noun)]
    else:
        ending = NOMINATIVE_ENDINGS[(kind, gender)]
        inflected = [a.text if a.text[:1].isupper() else re.sub(r"e[mnrs]?$", ending, a.text) for a in adjectives]
        words = [NOMINATIVE_ARTICLES[(kind, gender)], *inflected, _nominative_noun(noun)]
    if words[-1].lower() == noun.text.lower()[: len(words[-1])]:
        words[-1] = noun.text[: len(words[-1])]  # the lexicon's plural of a compound is lower case after a hyphen
    rest = " ".join(t.text for t in span[k + 1 :])
    return [" ".join([*words, rest]).strip()]


def dative_e_variants(span: list[Token]) -> list[str]:
    """The answer without the old dative -e a student does not write (round 19: "am siebten Tage"
    also accepts "am siebten Tag"; "am Fuße des Leithagebirges" → "am Fuß des Leithagebirges"):
    a singular noun after a dative article or fused preposition whose lemma is its text minus "e"."""
    words = [t.text for t in span]
    for k, token in enumerate(span):
        before = span[k - 1].text.lower() if k else ""
        dative = before in ("dem", "einem", "im", "am", "beim", "zum", "vom") or (
            k > 1 and span[k - 1].tag == "ADJA" and span[k - 2].text.lower() in ("dem", "einem", "im", "am", "beim", "zum", "vom"))
        if token.tag == "NN" and dative and token.text.endswith("e") and token.lemma == token.text[:-1]:
            words[k] = token.lemma
            return [" ".join(words)]
    return []


SINCE_ARTICLES = {"der": "der", "dem": "dem", "den": "den"}  # "in der Eisenzeit" → "seit der Eisenzeit"
ALREADY = frozenset({"schon", "bereits"})


def since_variants(question: Question, sentence: Sentence, span: list[Token]) -> list[str]:
    """A time the text marks as a beginning ("Schon in der Eisenzeit lebten Menschen …") also
    answers with "seit" and with its "schon" (round 22: "seit der Eisenzeit", "seit der
    Steinzeit" were rejected, though the people still live there): "in der X" → "seit der X",
    "im X" → "seit dem X", "schon in der X"."""
    tokens = list(sentence.tokens)
    at = span[0].i - tokens[0].i
    if question.skill != "wann" or at == 0 or tokens[at - 1].text.lower() not in ALREADY or len(span) < 2:
        return []
    lead, rest = span[0].text.lower(), [t.text for t in span[1:]]
    if lead == "in" and rest[0] in SINCE_ARTICLES:
        since = ["seit", *rest]
    elif lead == "im":
        since = ["seit", "dem", *rest]
    else:
        return []
    written = " ".join(t.text for t in span)
    return [" ".join(since), f"{tokens[at - 1].text.lower()} {written}"]


ROLE_ENDINGS = {"Masc": "r", "Neut": "s", "Fem": ""}  # "nordkoreanische" → "nordkoreanischer Staatschef"


def role_variants(question: Question, sentence: Sentence, span: list[Token]) -> list[str]:
    """ "Wer ist X? – Staatschef": also the role with the adjective the text gives it ("der
    nordkoreanische Staatschef Kim Jong Un": "nordkoreanischer Staatschef") and the role the same
    sentence names with "als" ("der Komponist Joseph Haydn, der hier als Hofkapellmeister wirkte":
    "Hofkapellmeister"; round 25 readers accepted both). Only for a bare noun answer."""
    if question.skill != "wer-ist" or len(span) != 1 or span[0].tag != "NN":
        return []
    tokens = list(sentence.tokens)
    at = next((k for k, t in enumerate(tokens) if t.i == span[0].i), None)
    if at is None:
        return []
    found = []
    before = at
    while before > 0 and tokens[before - 1].tag == "ADJA":
        before -= 1
    if before < at:
        ending = ROLE_ENDINGS.get(span[0].feature("Gender") or "", "")
        adjectives = [t.text + (ending if t.text.endswith("e") else "") for t in tokens[before:at]]
        found.append(" ".join([*adjectives, span[0].text]))
    for k in range(at + 1, len(tokens) - 1):
        if tokens[k].text == "als" and tokens[k + 1].tag == "NN" and (k + 2 >= len(tokens) or tokens[k + 2].tag != "NN"):
            found.append(tokens[k + 1].text)
    return found


def class_name_variants(span: list[Token]) -> list[str]:
    """A name after the noun of its class answers alone (round 22: "die Hauptstadt Astana"
    rejected "Astana"; "auf der hawaiianischen-Insel Maui" rejected "auf Maui"): article, the
    class noun with its adjectives, then only the name's words; after "in" or "auf" also with it."""
    lead = span[0].text.lower() if span and span[0].tag == "APPR" else ""
    words = span[1:] if lead else span
    if len(words) < 3 or words[0].tag != "ART":
        return []
    nouns = [k for k, t in enumerate(words) if _class_noun(t)]
    if len(nouns) != 1 or not all(t.tag == "ADJA" for t in words[1 : nouns[0]]):
        return []
    name = words[nouns[0] + 1 :]
    if not name or not all(t.tag == "NE" for t in name):
        return []
    written = " ".join(t.text for t in name)
    return [written, *([f"{lead} {written}"] if lead in ("in", "auf") else [])]


def _class_noun(token: Token) -> bool:
    """A common noun, also one the tagger took for a name after a hyphen ("hawaiianischen-Insel")."""
    last = token.text.rsplit("-", 1)[-1]
    return token.tag == "NN" or (token.tag == "NE" and "-" in token.text and token.text[:1].islower()
                                 and noun_lexicon().lookup(last, compound_fallback=False) is not None)


def placeless_variants(question: Question, span: list[Token]) -> list[str]:
    """A name without the city it stands in (round 22: "von der Hagia Sophia in Istanbul"
    rejected "von der Hagia Sophia"): the phrase up to an "in" that opens only a name. Not for
    "Wo …?", whose answer the place is."""
    if _asks_where(question) or len(span) < 4:
        return []
    for k in range(2, len(span) - 1):
        if span[k].text == "in" and span[k - 1].tag == "NE" and all(t.tag == "NE" for t in span[k + 1 :]):
            return [" ".join(t.text for t in span[:k])]
    return []


REGION_NOUNS = PLACE_NOUNS | {"Gegend", "Teil", "Bereich", "Landesteil", "Erdteil"}


def compass_variants(question: Question, span: list[Token]) -> list[str]:
    """"Wo …? – in den südlichen Ländern" also as the point of the compass its adjective is made of
    ("im Süden", "Süden"; round 28, Tabak (Klexikon) 4: "Add 'im Süden' to the key"): the
    adjective in -lich right before a place or region noun, with no more than its genitive after
    it ("in den östlichen Gebieten des Landes"). Not for a
    name ("Südliche Ukraine") nor another point of the compass ("im Norden" stays wrong)."""
    if not _asks_where(question):
        return []
    at = next((k for k in range(len(span) - 1) if span[k].tag == "ADJA" and span[k + 1].tag == "NN"
               and (span[k + 1].lemma or "") in REGION_NOUNS), None)
    if at is None or any(t.tag not in ("ART", "ADJA", "NN", "NE") for t in span[at + 2 :]):
        return []  # "in den östlichen Gebieten (des Landes)", not "… , die …"
    lemma = (span[at].lemma or span[at].text).lower()
    if not lemma.endswith("lich") or len(lemma) < 7:
        return []
    base = _fold(lemma[:-4])
    points = sorted((p for p in COMPASS_POINTS if _fold(p).startswith(base) and len(_fold(p)) <= len(base) + 3), key=len)
    return [f"im {points[0]}", points[0]] if points else []


# Nouns that ask for an event ("Welches Verbrechen sorgte für Aufsehen?"): a sentence that tells
# it is answered by any of its deeds, as a verb or as the noun of the act.
EVENT_NOUNS = frozenset({"Verbrechen", "Straftat", "Tat", "Ereignis", "Unglück", "Unfall", "Katastrophe", "Anschlag",
                         "Vorfall", "Skandal"})


def event_verbs(question: Question, span: list[Token]) -> list[str]:
    """The full verbs of a sentence that answers "Welches Verbrechen …?" (round 22: "Jemand
    wollte Geld erpressen, indem er den … Sohn Lindberghs entführte" rejected "Sein Sohn wurde
    entführt" and "die Entführung seines Sohnes"); [] for any other question."""
    asked = re.match(r"Welche[sr]? ([A-ZÄÖÜ]\w+) ", question.prompt)
    if asked is None or asked.group(1) not in EVENT_NOUNS or not any(t.tag in FINITE for t in span):
        return []
    return list(dict.fromkeys(_core_lemma(t) for t in span if t.tag.startswith("VV") and t.tag != "VVIMP"))


def action_noun(verb: str) -> str | None:
    """The noun of a verb's act the lexicon knows ("entführen" → "Entführung", "ändern" →
    "Änderung", "handeln" → "Handlung"), else None."""
    stem = verb[:-3] + "l" if verb.endswith("eln") else verb[:-1] if verb.endswith("ern") else re.sub(r"e?n$", "", verb)
    noun = stem[:1].upper() + stem[1:] + "ung"
    return noun if noun_lexicon().lookup(noun, compound_fallback=False) is not None else None


def event_variants(question: Question, span: list[Token]) -> list[str]:
    """The acts of an event as a student names them: "eine Entführung", "eine Erpressung"."""
    nouns = [noun for verb in event_verbs(question, span) if (noun := action_noun(verb)) is not None]
    return [f"{article} {noun}" for noun in nouns for article in ("eine", "die")]


ALMOST_NONE = re.compile(r"\b(?:fast|beinahe|nahezu|kaum noch) (?:keine|keinen|kein) ([A-ZÄÖÜ]\w+)(?: mehr)?")


def fewer_variants(answer: str) -> list[str]:
    """ "fast keine X mehr" said as a student says it (round 22: "es gibt fast keine
    Überschwemmungen mehr" rejected "weniger Überschwemmungen"): "weniger X", "kaum noch X", and
    the answer with either in its place."""
    match = ALMOST_NONE.search(answer)
    if match is None:
        return []
    noun = match.group(1)
    phrases = [f"weniger {noun}", f"kaum noch {noun}"]
    return [*(answer[: match.start()] + phrase + answer[match.end() :] for phrase in phrases), *phrases]


UPPER_BOUNDS = {"über": "mehr als", "mehr als": "über"}  # "über sechs Millionen" is "mehr als sechs Millionen"


def bound_variants(answers: Iterable[str]) -> list[str]:
    """A number above a bound said the other way (round 22: "über sechs Millionen" rejected
    "mehr als sechs Millionen")."""
    variants = []
    for answer in answers:
        match = re.match(r"(über|mehr als) (\S+)", answer, re.IGNORECASE)
        if match is not None and NUMBER.fullmatch(match.group(2)):
            variants.append(UPPER_BOUNDS[match.group(1).lower()] + answer[match.end(1) :])
    return variants


# Words that make a count approximate: the text rounds, it does not set a limit the answer must
# keep (round 26: six readers accepted "13,5 Millionen" for "über 13,5 Millionen").
LOOSE_BOUNDS = ("mehr als", "über", "rund", "etwa", "ca.", "circa", "ungefähr", "fast", "knapp", "beinahe", "nahezu")
LOOSE_COUNT = re.compile(rf"^({'|'.join(re.escape(b) for b in LOOSE_BOUNDS)}) (?={NUMBER.pattern})", re.IGNORECASE)
COUNT_PROMPT = re.compile(r"^Wie viele\b")


def unbounded_count_variants(question: Question, answers: Iterable[str]) -> list[str]:
    """The number without its approximate bound for "Wie viele …?" ("über 13,5 Millionen": "13,5
    Millionen"): a teacher marks the count right, as round 26's readers did, and the key says why
    (:func:`bound_rule`). "bis zu", "mindestens" and "höchstens" are limits and stay."""
    if not COUNT_PROMPT.search(question.prompt):
        return []
    return [answer[match.end() :] for answer in answers if (match := LOOSE_COUNT.match(answer))]


def bound_rule(question: Question) -> str:
    """What the key says of a count the text gives approximately: that the number alone is right
    too, so the teacher who marks by it does not take a point for the missing "über"."""
    if question.type != "wh" or not isinstance(question.answer, str) or not COUNT_PROMPT.search(question.prompt):
        return ""
    match = LOOSE_COUNT.match(question.answer)
    if match is None:
        return ""
    return f"auch die Zahl ohne „{match.group(1)}“ ist richtig: der Text gibt sie nur ungefähr an"


ABBREVIATED = {"Millionen": "Mio.", "Million": "Mio.", "Milliarden": "Mrd.", "Milliarde": "Mrd."}
MULTIPLIED = re.compile(rf"(?<=\d )({'|'.join(ABBREVIATED)})(?!\w)")


def abbreviated_variants(answers: Iterable[str]) -> list[str]:
    """A large number as students write it (round 26: "über 6 Mio." for "über sechs Millionen",
    "13,5 Mio."): the multiplier after digits by its abbreviation. The bound stays with it."""
    return [MULTIPLIED.sub(lambda m: ABBREVIATED[m.group(1)], answer) for answer in answers if MULTIPLIED.search(answer)]


def title_variants(span: list[Token], analysis: Analysis) -> list[str]:
    """The article's subject by its name where the answer names it by its kind (round 19:
    "Was war kulturell auf Wien ausgerichtet? – die westungarische Stadt": "the key should be
    'Eisenstadt'"): a definite noun phrase whose noun is the head of the one-word title's
    compound ("Stadt" of "Eisenstadt", "Inseln" of "Galapagosinseln"), with nothing after it
    that could name another one ("die Stadt Wien")."""
    title = analysis.article.title.strip()
    if " " in title or len(span) < 2 or span[0].text.lower() not in ("der", "die", "das"):
        return []
    if not all(t.tag == "ADJA" for t in span[1:-1]) or span[-1].tag != "NN":
        return []
    head = span[-1].text.lower()
    if len(title) - len(head) < 3 or not title.lower().endswith(head):
        return []
    return [title]


# --- core words: what an answer in the student's own words must contain (issue 12, round 20) ----

# Strict readers marked keys "edit" that accept only the text's wording ("aufgrund des mit 20 Grad
# Celsius relativ kühlen Meerwassers" rejects "weil das Meerwasser kühl ist"); no list of variants
# reaches a paraphrase, but the words that carry its point are few.
CONTENT_TAGS = ("NN", "NE", "ADJA", "ADJD", "VV")
EXAMPLE_LEADS = frozenset({"etwa", "wie", "darunter", "insbesondere"})  # after a comma
LIST_PROMPT = re.compile(r"\bNenne\b")  # "… ? Nenne drei.": any three of the list are right, not all
# Words of quantity or comparison that carry a reason's point ("da nur wenige Arten …", "wenig
# zerklüftet", "mehr Raketen", "dass die Finken auf jeder Insel etwas anders aussehen"): any form,
# as its lemma.
CORE_QUANTITY_WORDS = {"wenig": "wenig", "wenige": "wenig", "wenigen": "wenig", "weniger": "weniger", "viel": "viel",
                       "viele": "viel", "vielen": "viel", "mehr": "mehr", "kaum": "kaum", "anders": "anders"}
# Attributes that only say a thing is a particular one, not which (round 24: "speziell, Brötchen"
# rejected "aus einem Brötchen und einer Scheibe Rinderhackfleisch").
PORTIONS = frozenset({"Scheibe", "Stück", "Schicht", "Portion", "Streifen", "Kugel"})  # a shape of a material
PARTICULAR = frozenset({"speziell", "besonder", "bestimmt", "gewiss", "spezifisch", "konkret", "jeweilig"})
ACTION_SUFFIXES = ("ung", "ion")  # nouns of an action: what they act on is their point
SOURCE_PREPOSITIONS = frozenset({"laut", "gemäß", "zufolge"})
MAX_CORE = 4  # five words a student never writes all of
# Questions whose answer is a statement, not a thing: one noun of it lets a wrong answer pass
# ("Warum ist das Klima gemäßigt? – Meerwasser").
STATEMENT_SKILLS = frozenset({"warum", "wozu", "wieso", "weshalb", "wodurch", "was-sagte", "besonderes", "unterschied",
                              "veränderung", "welche-folgen", "was-geschah-mit"})


def with_core_words(question: Question, analysis: Analysis) -> Question:
    """The question with its core words (``Question.core``) when its answer is a phrase of three
    or more content words: the self-check accepts an answer in other words that has them all,
    and the key prints them ("sinngemäß richtig mit: Meerwasser, kühl")."""
    if question.type != "wh" or question.open_answer or question.skill in TIME_SKILLS or LIST_PROMPT.search(question.prompt):
        return question
    tokens = answer_tokens(question, analysis.sentences[question.sentence]) if question.sentence < len(analysis.sentences) else None
    composed = tokens is None  # an answer not as the text writes it: its words may not be the text's
    if tokens is None:
        tagged = tag_line(str(question.answer))
        tokens = list(tagged.tokens) if tagged is not None else []
    if acts := event_verbs(question, tokens):  # any deed of the event: a verb or its noun ("entführt", "Entführung")
        return replace(question, core=("/".join(acts),))
    deed = question.skill in DEED_SKILLS or DEED_PROMPT.search(question.prompt) is not None
    core = core_words(tokens, question.prompt, deed=deed or _cause_phrase(tokens))
    if not core and not composed and (derived := derived_core(question, tokens)):
        return replace(question, core=derived)
    if not core and (events := events_core(question, tokens)) and (not composed or _in_the_text(events, question) == events):
        return replace(question, core=events)  # "dass Tiere … die Merkmale …" restates "diese Merkmale": its verbs are the text's
    core, topical = _without_topic(core, analysis.article.title)
    chain = place_chain(analysis.sentences[question.sentence], tokens) if core and _asks_where(question) else []
    if chain:  # any place of the chain answers: their names are one core word's alternatives
        chain = sorted(chain, key=lambda chunk: chunk != tokens)  # the answer's own place first
        core = ("/".join(dict.fromkeys(_place_name(_last_noun(chunk)) for chunk in chain)),)
        return replace(question, core=core)
    alone = len(core) == 1 and core[0][:1].isupper() and (topical or
        (question.skill not in STATEMENT_SKILLS and not question.skill.startswith("wie"))
        or (_cause_phrase(tokens) and _relative_clause_start(tokens) is not None)  # "wegen einer Strömung, die …"
        or _relates(tokens)) or (len(core) == 1 and _relates(tokens) and _relational(core[0])) \
        or (len(core) == 1 and SUPERLATIVE_STEM.fullmatch(core[0]) is not None)  # "kleinst": the answer's rank
    if len(core) == 1 and not alone:
        return question
    core = with_aliases(core, analysis.sentences[question.sentence]) if core else core
    core = _without_frame_nouns(_in_the_text(core, question) if composed else core)
    core = _with_path_particle(core, tokens)
    return replace(question, core=with_synonyms(priced(core), tokens)) if core else question


DERIVED_ENDINGS = (ACTION_ENDING, *QUALITY_ENDINGS)  # nouns of an action or a quality, said by their verb or adjective


def derived_core(question: Question, tokens: list[Token]) -> tuple[str, ...]:
    """One core word for a reason or purpose keyed as a single noun of an action or a quality
    ("zur Fortpflanzung", "durch die Abgeschiedenheit der Inseln", "als Schutz"): a student says
    it with the noun's verb or adjective, or their synonyms ("damit sich die Pflanze vermehrt",
    "weil die Inseln isoliert liegen", "sie schützen die Knospe"; round 28, Blüte (Klexikon) 1,
    Galapagosinseln (Klexikon) 5, Blüte (Wikipedia) 1, where only the text's noun was accepted).
    The noun's other words may be its genitive or words the prompt has; () for another answer or a
    noun with no such word (``with_synonyms``, ``key_synonyms.noun_verbs``). An answer of one verb
    is keyed by the verb, whose noun in -ung begins with its stem."""
    if question.skill not in STATEMENT_SKILLS:
        return ()
    words = [t for t in _outside_brackets(tokens) if _content(t)]
    if len(words) == 1 and words[0].tag.startswith("VV") and (verb := _core_lemma(words[0])).islower():
        # "damit man etwas entscheiden kann": the verb's own noun passes ("für Entscheidungen";
        # round 28, Information (Klexikon) 3), and its synonyms
        widened = with_synonyms((verb,), words)
        return widened if len(verb) >= MIN_HEAD and not _has_core_word(question.prompt, verb) else ()
    if not words or words[0].tag != "NN":
        return ()
    word = _core_lemma(words[0])
    verbs = [] if word.endswith(DERIVED_ENDINGS) else noun_verbs(word)  # "als Schutz": "sie schützen die Blüte"
    if not verbs and not word.endswith(DERIVED_ENDINGS):
        return ()
    asked = {_fold(w) for w in re.findall(r"\w+", question.prompt.lower()) if len(w) > 2}
    owned = all(t.tag in ("NN", "NE") and any(_same_stem(_stem(t.lemma or t.text), w) for w in asked) for t in words[1:])
    if len(words) > 2 or not owned:
        return ()  # "die Abgeschiedenheit der Inseln" on the Galapagosinseln: the Inseln are asked already
    widened = with_synonyms((word,), words)
    widened = ("/".join([widened[0], *(verb for verb in verbs if verb not in widened[0].split("/"))]),)
    return widened if widened[0] != word else ()


EVENT_LINKS = frozenset({"und", "oder", "sowie"})
PLAIN_VERB = 5.0  # Zipf from which a verb is a light one of many uses (machen, geben, haben): no point alone
MAX_EVENTS = 3
ADVERB_PREFIXES = ("weiter", "wieder", "zurück")  # "weitervererben" is said "vererben"


def events_core(question: Question, tokens: list[Token]) -> tuple[str, ...]:
    """The full verbs as the core of a statement too long for core nouns whose clauses it joins
    with "und" ("dass Tiere sich ihrer Umgebung anpassen und die Merkmale dann weitervererben":
    anpassen, vererben; round 28, Galapagosinseln (Klexikon) 8 had no core words, so only the
    verbatim clause passed): the events are the point, the nouns a student may say otherwise.
    Two or three verbs, none a light one (``PLAIN_VERB``) nor one the prompt says; a verb with an
    adverb prefix also without it; verbs joined by "oder" one core word ("vertrieben oder
    ermordet": either answers). () for another answer."""
    if question.skill not in STATEMENT_SKILLS:
        return ()
    words = _outside_brackets(tokens)
    verbs = [k for k, t in enumerate(words) if t.tag.startswith("VV") and t.tag != "VVIMP"]
    if not 2 <= len(verbs) <= MAX_EVENTS or not all(
            any(w.text.lower() in EVENT_LINKS for w in words[one + 1 : other]) for one, other in pairwise(verbs)):
        return ()
    lemmas = [_core_lemma(words[k]) for k in verbs]
    if any(not lemma.islower() or zipf_frequency(lemma) >= PLAIN_VERB or _has_core_word(question.prompt, lemma) for lemma in lemmas):
        return ()
    core: list[list[str]] = []
    for n, (k, lemma) in enumerate(zip(verbs, lemmas, strict=True)):
        rest = next((lemma[len(prefix) :] for prefix in ADVERB_PREFIXES if lemma.startswith(prefix)), "")
        said = [lemma, rest] if len(rest) >= MIN_HEAD and zipf_frequency(rest) >= zipf_frequency(lemma) else [lemma]
        either = n > 0 and any(w.text.lower() == "oder" for w in words[verbs[n - 1] + 1 : k])
        if either:  # "vertrieben oder ermordet": either event answers
            core[-1] += [word for word in said if word not in core[-1]]
        elif said not in core:
            core.append(said)
    return with_synonyms(tuple("/".join(entry) for entry in core), list(words))


# A path said as a light verb's object and a circumposition ("macht einen Bogen um die Altstadt
# herum", "schlägt einen Kreis um …"): a student says the path with the particle and any verb of
# motion ("fließt um die Altstadt herum"; round 28, Aare (Klexikon) 5 refused it for "Bogen").
PATH_VERBS = frozenset({"machen", "schlagen", "drehen", "ziehen", "beschreiben"})


def _with_path_particle(core: tuple[str, ...], tokens: list[Token]) -> tuple[str, ...]:
    """The core with "herum" as the alternative of the light verb's object noun that stands right
    before "um … herum" (``PATH_VERBS``)."""
    lowered = [t.text.lower() for t in tokens]
    if "herum" not in lowered or "um" not in lowered or not any(t.lemma in PATH_VERBS for t in tokens):
        return core
    at = lowered.index("um")
    if at == 0 or tokens[at - 1].tag != "NN" or "herum" not in lowered[at:]:
        return core
    noun = tokens[at - 1].lemma or tokens[at - 1].text
    return tuple(f"{entry}/herum" if entry.split("/")[0] == noun else entry for entry in core)


# Nouns that only frame where or what the point lies ("wegen der vielen fruchtbaren Gebiete", "ob
# die Gegend mit Eisenstadt zu Ungarn … gehören sollte"): a student says the point without them
# ("weil das Land fruchtbar ist"; round 27, Kasachstan 6 and Eisenstadt 6).
FRAME_NOUNS = frozenset({"Gebiet", "Gegend", "Bereich", "Ort"})  # not "Stelle": also a job
PLAIN_WORDS = frozenset({"ander", "anders", *CORE_QUANTITY_WORDS.values(), *PARTICULAR})  # no point alone


def _without_frame_nouns(core: tuple[str, ...]) -> tuple[str, ...]:
    """The core without a frame noun (``FRAME_NOUNS``) while a noun or an adjective that says
    something (not "ander", "viel", "besonder") remains."""
    rest = tuple(entry for entry in core if entry.split("/")[0] not in FRAME_NOUNS)
    return rest if rest != core and any(entry[:1].isupper() or entry.split("/")[0] not in PLAIN_WORDS for entry in rest) else core


def _in_the_text(core: tuple[str, ...], question: Question) -> tuple[str, ...]:
    """A composed answer's core without a verb its evidence does not say in any form (round 27,
    Rembrandt: "an die Universität gehen" required "gehen" where the text says "sollte an die
    Universität": a student who copies the text was refused); the rest while one remains."""
    if not question.evidence:
        return core
    kept = tuple(entry for entry in core if not (entry.islower() and re.search(r"(?:e|el|er)n$", entry.split("/")[0]))
                 or _has_core_word(question.evidence, entry))
    return kept if kept else core


def _without_topic(core: tuple[str, ...], title: str) -> tuple[tuple[str, ...], bool]:
    """The core without the article's subject while another word remains, and whether it was cut
    (round 25, Scheune: "Früher wurde in der Scheune das Korn gedroschen. Heute erledigt das die
    Mähdreschmaschine." with "Scheune" required rejected "Heute macht das der Mähdrescher"): the
    whole text is about it, so the answer need not name it. Only a common noun's title."""
    rest = tuple(entry for entry in core if entry.split("/")[0] != title.strip())
    if noun_lexicon().lookup(title.strip(), compound_fallback=False) is None:
        # a name: "eine Statue der Heiligen Sofia" is no Sofia the city; but beside two more words
        # it is the text's subject (round 27, Eisenstadt: "Streit, Gegend, Eisenstadt, Ungarn")
        return (rest, False) if len(rest) >= CORE_ENOUGH and len(rest) < len(core) else (core, False)
    return (rest, True) if rest and len(rest) < len(core) else (core, False)


def _relational(word: str) -> bool:
    """An adjective that names a class ("indogermanisch", "staatlich"): alone it is the answer's
    point, where a grading one ("groß") would say too little."""
    return word.islower() and word.endswith(RELATIONAL_ENDINGS)


def with_aliases(core: tuple[str, ...], sentence: Sentence) -> tuple[str, ...]:
    """Each core noun with the other name the sentence gives it in brackets right after it (round
    24: "nicht alle Elemente der Zeichenfolge (Buchstaben)": "Element" rejected "manche Buchstaben
    kommen häufiger vor"); the answer itself leaves the bracket out."""
    tokens = list(sentence.tokens)
    widened = []
    for entry in core:
        word = entry.split("/")[0]
        aliases = []
        for k, token in enumerate(tokens):
            if token.tag != "NN" or word not in (token.lemma, token.text):
                continue
            for j in range(k + 1, min(k + 4, len(tokens) - 2)):
                if tokens[j].text == "(" and tokens[j + 1].tag == "NN" and tokens[j + 2].text == ")":
                    aliases.append(_core_lemma(tokens[j + 1]))
                    break
                if tokens[j].tag not in ("ART", "NN", "NE", "ADJA"):
                    break  # only across the noun's genitive: "Elemente der Zeichenfolge (Buchstaben)"
        extra = [alias for alias in dict.fromkeys(aliases) if alias not in entry.split("/")]
        widened.append("/".join([entry, *extra]) if extra else entry)
    return tuple(widened)


# What money is paid as, and the adjective a student says a high or low one with (round 23: "weil
# die Prämien … relativ hoch sind" with the core words "Prämie, hoch" rejected "weil die
# Versicherung zu teuer ist").
COST_NOUNS = frozenset({"Preis", "Kosten", "Prämie", "Gebühr", "Miete", "Beitrag", "Zins", "Steuer", "Abgabe"})
PRICE_WORDS = {"hoch": "teuer", "niedrig": "billig", "gering": "billig"}


def priced(core: tuple[str, ...]) -> tuple[str, ...]:
    """A cost and its height as one core word that also accepts the plain word for it: "Prämie,
    hoch" → "hoch/teuer" (a student says the insurance is too expensive, not that its premium is
    high); other core words stay."""
    grades = [entry for entry in core if entry.split("/")[0] in PRICE_WORDS]
    costs = [entry for entry in core if _compound_head(entry.split("/")[0]) in COST_NOUNS]
    if len(grades) != 1 or len(costs) != 1:
        return core
    grade = grades[0].split("/")[0]
    return tuple(f"{entry}/{PRICE_WORDS[grade]}" if entry == grades[0] else entry for entry in core if entry != costs[0])


def _cause_phrase(tokens: list[Token]) -> bool:
    """A cause keyed as a noun phrase ("wegen der vielen fruchtbaren Gebiete"): a student says it as
    a clause ("weil es viele fruchtbare Gebiete gibt", round 23), so two content words make its
    core, as for a deed; the connective is no part of it."""
    return bool(tokens) and tokens[0].text.lower() in CAUSE_PREPOSITIONS


def _last_noun(chunk: list[Token]) -> Token:
    return next(t for t in reversed(chunk) if t.tag in ("NN", "NE"))


def _place_name(token: Token) -> str:
    """A noun's lemma the lexicon knows, else the name as written (the tagger's lemma cuts
    "Finsteraarhorn" to "Finsteraarhor")."""
    known = token.tag == "NN" and noun_lexicon().lookup(token.lemma or "") is not None
    return _core_lemma(token) if known else token.text


def with_synonyms(core: tuple[str, ...], tokens: list[Token]) -> tuple[str, ...]:
    """Each core word with the synonyms of its sense in the answer (``key_synonyms``): "Strom" in
    "elektrischen Strom herstellen" → "Strom/Elektrizität", "herstellen" → "herstellen/erzeugen"
    (round 21: "keep only 'Strom' as a core word": "um Strom zu produzieren / erzeugen" was
    rejected). Its alternatives already listed stay first, then a compound's last noun, which the
    page accepts already (``_stem``) and the printed key now says (round 22: "Laubblatt" seemed to
    reject "aus den Blättern": "Laubblatt/Blatt"), the last part the thesaurus gives the compound
    ("Informationskanal/Kanal") and a noun of an action's verbs (round 25: "Existenz, Verwendung"
    rejected "wie man ihn benutzt": "Verwendung/verwenden/nutzen/benutzen")."""
    context = [t.lemma or t.text for t in tokens if _content(t)]
    widened = []
    for entry in core:
        alternatives = entry.split("/")
        word = alternatives[0]
        verb = word.islower() and re.search(r"(?:e|el|er)n$", word) is not None
        head = _compound_head(word) if word[:1].isupper() else word
        alternatives += [head] if _printed_head(head) and head not in alternatives else []
        named = _named_thing(word) if word[:1].isupper() else None
        alternatives += [named] if named and named not in alternatives else []
        shorter = [short for other in alternatives if other[:1].isupper() for short in shortened_compounds(other)]
        alternatives += [short for short in dict.fromkeys(shorter) if short not in alternatives]
        listed_head = thesaurus_head(word)
        alternatives += [listed_head] if listed_head and listed_head not in alternatives and zipf_frequency(
            listed_head) < COMMON_HEAD else []  # "Kanal", not "Raum" for "Weltraum"
        alternatives += [act for act in action_verbs(word) if act not in alternatives]
        alternatives += [base for base in derived_bases(word) if base not in alternatives]  # "wasserreich/Wasser"
        alternatives += [made for made in MAKING_VERBS if word in MAKING_VERBS and made not in alternatives]
        found = [s for s in (*scale_neighbours(word), *core_synonyms(word, context, verb=verb),
                             *([] if verb else rare_adjective_synonyms(word))) if s not in alternatives]
        members = [member for other in [*alternatives, *found] if (member := _grouped_member(other))]
        found += [member for member in dict.fromkeys(members) if member not in alternatives and member not in found]
        widened.append("/".join([*alternatives, *found]))
    return tuple(widened)


def _grouped_member(noun: str) -> str | None:
    """What a compound of a group is made of ("Inselgruppe" → "Insel", "Bergkette" → "Berg"), a
    noun the lexicon knows: the members named in the plural say the group (round 27, Galapagosinseln
    (Wikipedia) 3: "Archipel/Inselgruppe" refused "Inseln im Pazifik")."""
    for head in COLLECTIVES:
        left = noun[: -len(head)].rstrip("s") if noun.endswith(head.lower()) and noun[:1].isupper() else ""
        if len(left) >= HEAD_LETTERS_MIN and noun_lexicon().lookup(left, compound_fallback=False) is not None:
            return left
    return None


HEAD_LETTERS_MIN = 4  # a shorter first part is a guess
SHORT_HEAD = 4  # a compound's last noun printed as an alternative ("Flussufer/Ufer", round 23); the page
# still finds inside a word only heads of MIN_HEAD letters (``_stem``)
COMMON_HEAD = 4.5  # Zipf from which a short noun names too much to stand for its compound (Raum 4.9, Ufer 4.2)
# Last parts of a compound that only say "the installation / the area / the kind of" what the
# rest names: "Modelleisenbahnanlage" is a "Modelleisenbahn" (round 23: "größte Modelleisenbahn"
# was rejected).
FRAME_HEADS = frozenset({"Anlage", "System", "Gebäude", "Vorgang", "Prozess"})


def _printed_head(head: str) -> bool:
    """A compound's last noun is printed as an alternative when it is long enough to be no guess,
    and a short one only when it is no noun of everything ("Ufer", not "Raum", "Haus", "Land":
    "ein Raum auf einem Bauernhof" is no Scheune)."""
    return len(head) >= MIN_HEAD or (len(head) >= SHORT_HEAD and zipf_frequency(head) < COMMON_HEAD)


def _named_thing(noun: str) -> str | None:
    """The compound without a last part of ``FRAME_HEADS``, when the rest is a compound noun of its
    own ("Modelleisenbahn|anlage" → "Modelleisenbahn"); a two-part compound's first noun says
    less than the whole ("Wohn|gebiet")."""
    lexicon = noun_lexicon()
    for frame in FRAME_HEADS:
        left = noun[: -len(frame)]
        if noun.endswith(frame.lower()) and len(left) > 3 and lexicon.lookup(left, compound_fallback=False) is not None \
                and _compound_head(left) != left:
            return left
    return None


# Last parts of a compound that make a machine of what its first part does ("Mähdresch|maschine",
# "Bohr|maschine"): the noun in -er names the same machine ("Mähdrescher", "Bohrer"; round 24:
# "Mähdreschmaschine" rejected "Mähdrescher").
MACHINE_HEADS = ("Maschine", "Gerät", "Apparat")
# Last parts that make a room or building of what the first part names ("Lager|raum", "Speicher|raum"):
# when the first part names a place itself, it answers alone (round 24: "Lagerraum" rejected "Lager").
ROOM_HEADS = ("Raum", "Halle", "Haus", "Gebäude")
PLACE_WORD_ENDINGS = ("halle", "haus", "raum", "ort", "gebäude")  # a synonym that shows a noun names a place


def shortened_compounds(noun: str) -> list[str]:
    """The shorter nouns a student says for a compound the text names a thing by: the agent noun of
    a machine ("Mähdreschmaschine" → "Mähdrescher") and the first part of a room that names a
    place of its own ("Lagerraum" → "Lager": one of its senses is "Lagerhalle"; not "Schlafraum" →
    "Schlaf"). Only nouns the lexicon knows as words."""
    lexicon = noun_lexicon()
    found = []
    for head in (*MACHINE_HEADS, *ROOM_HEADS):
        left = noun[: -len(head)]
        if not noun.endswith(head.lower()) or len(left) < 3:
            continue
        if head in MACHINE_HEADS:
            agent = left + "er"
            if lexicon.lookup(agent, compound_fallback=False) is not None:
                found.append(agent)
        elif lexicon.lookup(left, compound_fallback=False) is not None and any(
                other.lower().endswith(PLACE_WORD_ENDINGS) for sense in synonym_sets(left) for other in sense):
            found.append(left)
    return found


def core_words(tokens: list[Token], prompt: str, deed: bool = False) -> tuple[str, ...]:
    """The lemmas of the answer's content words that carry its point, in text order: not a number
    or the measure it counts, an example it names, a bracket, a time phrase, a word that grades an
    adjective ("relativ"), a noun's genitive or "von" attribute, a word the prompt already has; the
    words of "A oder B" as one ("Park/Haus"); adjectives only while they are among the first two
    (see ``_without_adjectives``). () when the answer has fewer than three content words (two for a
    deed: "besuchte Munitionsfabriken") or its point lies in none or more than four."""
    words = _without_time_phrases(_outside_brackets(tokens))
    if sum(_content(t) for t in words) < (2 if deed else 3) or all(t.tag == "NE" for t in words if _content(t)):
        return ()  # a name is answered by its variants ("Puerto Baquerizo Moreno")
    asked = {_fold(w) for w in re.findall(r"\w+", prompt.lower()) if len(w) > 2}
    kept: list[list[str]] = []
    dropped: set[int] = set()  # nouns that name a detail of another
    owned: set[int] = set()  # nouns with a genitive detail
    heads: list[int] = []  # where each kept word stands
    alternative = False  # after "oder": the next core word is another way to say the last one
    kinds = _kind_adjectives(words)  # "zur indogermanischen Sprachfamilie": the adjective says which
    collective = _collective_at(words)  # "eine Gruppe von neunzehn Inseln": Gruppe is no core word, Inseln is
    grouped = -1 if collective is None else collective + (3 if words[collective + 2].tag == "CARD" else 2)
    for k, token in enumerate(words):
        if _example_from(words, k) or _apposition_from(words, k):
            break
        if token.text.lower() in ("oder", "bzw.") and kept:
            alternative = True
        if _paired_verbs(words, k) and heads and heads[-1] == k - 1:
            alternative = True  # "kontrolliert und gelenkt": either says the point (round 26, Galapagos 9)
        quantity = token.text.lower() in CORE_QUANTITY_WORDS and not (k and words[k - 1].text.lower() in ("nicht", "kein"))
        owner = None if k == grouped else _owner(words, k, dropped)
        if owner is not None:
            dropped.add(k)
            if not any(w.text.lower() in ("von", "vom", "und", "oder") for w in words[owner + 1 : k]):
                owned.add(owner)  # a genitive: "der Schutz des Reservats"
        measure = _measure(words, k) and k != grouped
        if not (_content(token) or quantity) or measure or _grading(words, k) or owner is not None:
            continue
        if k == collective or _named_by_adjective(words, k):
            continue  # "eine Gruppe von Inseln": the Inseln are the point; "Pazifischen Ozean": "pazifisch" names it
        if token.tag == "NE" and k + 1 < len(words) and words[k + 1].tag == "NE":
            continue  # "Oscar Bilby": the family name says who
        if token.tag == "NN" and token.lemma in BEING_NOUNS and k + 1 < len(words) and words[k + 1].text.lower() in ("des", "der"):
            continue  # "von der Existenz der Tabakpflanzen": that they are is said by naming them
        if token.text in PORTIONS and k + 1 < len(words) and words[k + 1].text in ("aus", "von"):
            continue  # "einer Scheibe aus Rinderhackfleisch": the material is the part, not its shape
        if token.tag == "ADJA" and (token.lemma or "").lower() in PARTICULAR:
            continue  # "aus einem speziellen Brötchen": "speziell" says no more than that it is one
        if _relating(words, k) or (k - 1 in kinds and token.tag == "NN"):
            continue  # "gehört nicht zur indogermanischen …", "anfällig für Schimmel": the other word is the point
        lemma = CORE_QUANTITY_WORDS.get(token.text.lower()) or _core_lemma(token)
        if _acts_on_object(words, k):
            continue  # "die Produktion von Raketen": "Raketen herstellen" says it too
        if _phase_of_infinitive(words, k):
            continue  # "er begann zu malen": "er wurde Maler", "er malte" say it (round 26, Rembrandt 3)
        lemma = f"{lemma}/{GROWTH_VERBS[lemma]}" if lemma in GROWTH_VERBS else lemma
        if alternative:
            kept[-1].append(lemma)
        elif lemma and [lemma] not in kept:
            kept.append([lemma])
            heads.append(k)
        alternative = False
    defined = _defined_class(words, heads, prompt)
    new = [(entry, head) for entry, head in zip(kept, heads, strict=True)
           if head == defined or not all(any(_same_stem(_stem(lemma), word) for word in asked) for lemma in entry)]
    contrasted = _contrasted_adjectives(words) | _kind_adjectives(words)
    if (len(new) > MAX_CORE and not prompt.startswith("Wer")) or contrasted:  # a person is answered by name variants
        new = _reduced(words, new, contrasted)
    if len(new) > MAX_CORE:
        return ()  # a point in five words is no core the student's own words have
    new = _without_adjectives(words, new, contrasted)
    new = new if deed else _without_verbs(words, new)
    new = new if deed else _without_places(words, new, prompt)  # "landete in Paris": the deed's place is its point
    new = _without_side_nouns(words, new, prompt)
    new = _with_distinguishing_attribute(words, new)
    new = _relative_as_one(words, new)
    named = all(_name_part(words, head) for _, head in new) and not _relates(words)  # "anfällig für Schimmel": NE retagged alone
    if len(new) == 1 and new[0][1] in owned or named or len(new) > MAX_CORE:
        return ()  # "der Schutz des Marine-Reservats" does not say whose; "in Bern, der Hauptstadt …" is a name
    return tuple("/".join(entry) for entry, _ in new)


PHASE_VERBS = frozenset({"beginnen", "anfangen"})  # the zu-infinitive they govern is the deed
PHASE_REACH = 6  # words from the phase verb to its "zu" ("fing an, Bilder zu malen")


def _phase_of_infinitive(words: list[Token], k: int) -> bool:
    """Is ``k`` "beginnen" or "anfangen" with a zu-infinitive after it: the point is the deed
    begun, not that it began ("an die Universität gehen; er begann zu malen" required
    "beginnen", so "er wurde Maler" failed). "aufhören" stays: without it the deed is turned round."""
    token = words[k]
    if not token.tag.startswith("VV") or (token.lemma or "").lower() not in PHASE_VERBS:
        return False
    return any(w.tag == "PTKZU" for w in words[k + 1 : k + 1 + PHASE_REACH])


def _paired_verbs(words: list[Token], k: int) -> bool:
    """Is ``k`` the "und" between two verbs of one form and nothing else ("kontrolliert und
    gelenkt"): they say one deed twice over, and a student who writes one of them has it."""
    return (words[k].text == "und" and 0 < k < len(words) - 1 and words[k - 1].tag.startswith("VV")
            and words[k + 1].tag == words[k - 1].tag)


def _with_distinguishing_attribute(words: list[Token], entries: list[tuple[list[str], int]]) -> list[tuple[list[str], int]]:
    """Core words that are all nouns of everything ("Zeit, Tag", "Montag, Tag") pass a wrong answer
    ("die Zeit von sieben Tagen", round 26): the attribute of the last of them says which is meant
    ("von einem besonderen Tag bis zum nächsten", "der erste Tag") and joins the core, even one
    that elsewhere says no more than that a thing is a particular one."""
    if len(entries) < 2 or not all(words[head].tag == "NN" and zipf_frequency(words[head].lemma or words[head].text) >= GENERAL_ZIPF
                                   for _, head in entries):
        return entries
    head = entries[-1][1]
    if head == 0 or words[head - 1].tag != "ADJA":
        return entries
    lemma = (words[head - 1].lemma or words[head - 1].text).lower()
    if any(lemma in entry for entry, _ in entries):
        return entries
    return [*entries[:-1], ([lemma], head - 1), entries[-1]]


# Nouns that only say a thing is there ("von der Existenz der Tabakpflanzen"): round 25, "Existenz"
# rejected "vom Tabak"; the thing named in the genitive is the point.
BEING_NOUNS = frozenset({"Existenz", "Vorhandensein", "Dasein", "Vorkommen", "Bestehen"})
# Verbs that only say a thing belongs to a class the answer names ("Ungarisch gehört nicht zur
# indogermanischen Sprachfamilie"): round 25, "gehören, indogermanisch" rejected "Ungarisch ist
# keine indogermanische Sprache"; the class is the point, said with any verb or "sein".
MEMBERSHIP_VERBS = frozenset({"gehören", "zählen", "angehören", "zugehören"})
# Prepositions a predicative adjective governs its object with ("anfällig für Schimmel", "reich an
# Erdöl", "abhängig von Importen"): round 25, "anfällig, Schimmel" rejected "gegen Schimmel" and
# "damit er nicht schimmelt"; the object is what a teacher marks by.
GOVERNED_BY = frozenset({"für", "gegen", "an", "von", "auf"})


def _relating(words: list[Token], k: int) -> bool:
    """The word at ``k`` only relates the thing asked about to the answer's point: a verb of
    membership, or a predicative adjective right before the preposition of its object noun."""
    token = words[k]
    if token.tag.startswith("VV") and (token.lemma or "") in MEMBERSHIP_VERBS:
        return True
    if token.tag != "ADJD" or _compared(token) or token.text.lower() in CORE_QUANTITY_WORDS or k + 2 >= len(words):
        return False
    if words[k + 1].tag != "APPR" or words[k + 1].text.lower() not in GOVERNED_BY:
        return False
    rest = words[k + 2 :]
    noun = next((n for n, t in enumerate(rest) if t.tag not in ("ART", "ADJA", "PIAT", "PPOSAT")), None)
    return noun is not None and rest[noun].tag in ("NN", "NE")  # the answer retagged alone: "Schimmel" NE


def _relates(tokens: list[Token]) -> bool:
    """The answer's point was cut to what a relating word points to (``_relating``): one core word
    then says it."""
    return any(_relating(tokens, k) for k in range(len(tokens)))


def _without_places(words: list[Token], entries: list[tuple[list[str], int]], prompt: str) -> list[tuple[list[str], int]]:
    """The core without a place named by "in" while a word of the point remains, unless the prompt
    asks where (round 25: "Bilby, Tulsa" rejected "Bilby hat 1891 als Erster Hamburger verkauft";
    "Russland, Krieg, Ukraine, Waffe" rejected "Waffen an Russland geliefert"): where it happened
    is a detail of what happened; not where it bounds a comparison."""
    if prompt.startswith("Wo") or any(_compared(words[head]) and not _class_asked(words, head, prompt) for _, head in entries):
        return entries  # "der größte See in Bayern": the place bounds the comparison
    placed = {head for _, head in entries if words[head].tag == "NE" and head and words[head - 1].text.lower() in ("in", "im")
              or words[head].tag == "NE" and head > 1 and words[head - 1].tag == "ART" and words[head - 2].text.lower() == "in"}
    kept = [(entry, head) for entry, head in entries if head not in placed]
    if kept and len(kept) < len(entries) and any(_compared(words[head]) for _, head in kept):
        # the rank the question's class is bounded by: "kleinst", which "klein" alone does not say
        kept = [([_superlative_stem(words[head]) or entry[0], *entry[1:]], head) if _compared(words[head]) else (entry, head)
                for entry, head in kept]
    return kept if kept else entries


SUPERLATIVE_STEM = re.compile(r"[a-zäöüß]{3,}[sß]t")


def _superlative_stem(token: Token) -> str | None:
    """A superlative's written stem without its ending ("kleinste" → "kleinst"), None for any other form."""
    found = re.fullmatch(r"([a-zäöüß]{3,}[sß]t)(?:e|en|er|es|em)?", token.text)
    return found.group(1) if found and token.feature("Degree") != "Cmp" else None


def _class_asked(words: list[Token], k: int, prompt: str) -> bool:
    """Does the prompt name the class the comparison at ``k`` ranks in ("Was ist das Besondere an
    Eisenstadt als Landeshauptstadt? – die kleinste Landeshauptstadt in Österreich")? Then the
    question gives the comparison's bounds, and the place in the answer is no point (round 27:
    the core word "Österreich" refused "Sie ist die kleinste Landeshauptstadt")."""
    noun = next((t for t in words[k + 1 :] if t.tag in ("NN", "NE")), None)
    asked = {_fold(w) for w in re.findall(r"\w+", prompt)}
    return noun is not None and _fold(noun.text) in asked | {word + "n" for word in asked} | {word + "en" for word in asked}


DEED_SKILLS = frozenset({"was-tat"})  # "Was tat X …? – besuchte Munitionsfabriken": the verb and its object
DEED_PROMPT = re.compile(r"\b(?:getan|tat|taten|tut|tun|gemacht|machte|machten)\?$")  # "Was hat Nordkorea getan?"
# Verbs of more or less that a student says with "mehr"/"weniger" ("die Produktion steigern": "mehr
# Raketen herstellen", round 21).
GROWTH_VERBS = {"steigern": "mehr", "erhöhen": "mehr", "vergrößern": "mehr", "vermehren": "mehr", "ausweiten": "mehr",
                "senken": "weniger", "verringern": "weniger", "reduzieren": "weniger", "verkleinern": "weniger"}
TIME_NOUNS = frozenset({"Morgen", "Vormittag", "Mittag", "Nachmittag", "Abend", "Nacht", "Tag", "Woche", "Wochenende",
                        "Monat", "Jahr", "Jahrzehnt", "Jahrhundert", "Zeit", "Anfang", "Ende", "Beginn", "Mitte",
                        *WEEKDAYS, *MONTH_NUMBERS})
TIME_LEADS = frozenset({"am", "im", "seit", "während"})  # not "bis zum nächsten Tag": it may be the answer
PHRASE_TAGS = frozenset({"ART", "ADJA", "CARD", "NN", "NE", "PPOSAT", "PIAT"})


def _without_time_phrases(words: list[Token]) -> list[Token]:
    """The answer without the phrases that say when (round 21: "landete am Abend des 21. Mai in
    Paris" demanded "Abend" and "21."; "wurde während der Koalitionskriege … besetzt" demanded
    "Koalitionskrieg"): a preposition of time whose first noun names a time ("am Abend", "im Mai")
    or that only says when ("während", "seit"), with the noun phrase it opens and its genitive."""
    kept: list[Token] = []
    k = 0
    while k < len(words):
        end = _time_phrase_end(words, k)
        if end is None:
            kept.append(words[k])
            k += 1
        else:
            k = end
    return kept if kept else words


def _time_phrase_end(words: list[Token], k: int) -> int | None:
    """Where the time phrase that begins at ``k`` ends, or None when none begins there."""
    lead = words[k].text.lower()
    if lead not in TIME_LEADS or words[k].tag not in ("APPR", "APPRART"):
        return None
    end = k + 1
    while end < len(words) and (words[end].tag in PHRASE_TAGS or re.fullmatch(r"\d+\.", words[end].text)):
        end += 1
    nouns = [t for t in words[k + 1 : end] if t.tag in ("NN", "NE")]
    if not nouns or not (lead in ("während", "seit") or nouns[0].text in TIME_NOUNS):
        return None
    return end


def _acts_on_object(words: list[Token], k: int) -> bool:
    """An action noun followed by "von" and what it acts on ("die Produktion von Raketen"): the
    object carries the point, the action a student says with a verb of their own."""
    token = words[k]
    return token.tag == "NN" and (token.lemma or "").endswith(ACTION_SUFFIXES) and k + 2 < len(words) and (
        words[k + 1].text.lower() in ("von", "vom")) and any(t.tag in ("NN", "NE") for t in words[k + 2 : k + 4])


CORE_ENOUGH = 2  # core words a teacher marks by; adjectives beyond them are wording


COPULAS = frozenset({"sein", "werden", "bleiben"})


def _contrasted_adjectives(words: list[Token]) -> set[int]:
    """Where adjectives joined by "und"/"oder" before one noun stand ("die männlichen und die
    weiblichen Teile", "rote oder weiße Blüten"): together they are the point, which the noun they
    share only carries."""
    found: set[int] = set()
    for k, token in enumerate(words):
        if token.tag != "KON" or token.text.lower() not in ("und", "oder") or k == 0 or words[k - 1].tag != "ADJA":
            continue
        after = k + 1 + (k + 1 < len(words) and words[k + 1].tag == "ART")
        if after + 1 < len(words) and words[after].tag == "ADJA" and words[after + 1].tag == "NN":
            found |= {k - 1, after}
    return found


KIND_NOUNS = frozenset({"Familie", "Gruppe", "Art", "Gattung", "Klasse", "Sorte", "Typ", "Kategorie"})


def _kind_adjectives(words: list[Token]) -> set[int]:
    """Where a relational adjective names the kind a noun of kinds only counts ("zur indogermanischen
    Sprachfamilie": round 24, "gehören, Sprachfamilie" rejected "Es ist nicht indogermanisch"):
    the adjective is the point, the noun after it is dropped as a shared one (``_reduced``)."""
    return {k for k, token in enumerate(words[:-1]) if token.tag == "ADJA" and token.text[:1].islower()
            and (token.lemma or "").lower().endswith(RELATIONAL_ENDINGS) and words[k + 1].tag == "NN"
            and _compound_head(words[k + 1].lemma or words[k + 1].text) in KIND_NOUNS}


def _reduced(words: list[Token], entries: list[tuple[list[str], int]], contrasted: set[int]) -> list[tuple[list[str], int]]:
    """A statement's core cut to its point where it has too many words or contrasted adjectives
    (round 24, Blüte: "Die meisten Blüten enthalten gleichzeitig die männlichen und die weiblichen
    Teile." had no core word at all, so "sie sind männlich und weiblich" was wrong): without the
    noun the contrasted adjectives share, an adverb ("gleichzeitig": no predicate without a
    copula) and the full verb, while two words remain."""
    copula = any(t.lemma in COPULAS and t.tag.startswith("VA") for t in words)
    shared = {k + 1 for k in contrasted if k + 1 < len(words) and words[k + 1].tag == "NN"}
    adverbs = {head for _, head in entries if words[head].tag == "ADJD" and not copula and head not in contrasted}
    verbs = {head for _, head in entries if words[head].tag.startswith("VV")}
    for dropped in (shared, adverbs, verbs if len(verbs) == 1 else set()):
        kept = [(entry, head) for entry, head in entries if head not in dropped]
        entries = kept if len(kept) >= CORE_ENOUGH else entries
    relative = _relative_clause_start(words)
    if len(entries) > MAX_CORE and relative is not None:  # "eine Meeresströmung, die vom kühleren Süden her kommt und …"
        kept = [(entry, head) for entry, head in entries if head < relative]
        entries = kept or entries
    return entries


def _relative_as_one(words: list[Token], entries: list[tuple[list[str], int]]) -> list[tuple[list[str], int]]:
    """A core of more than three words whose nouns after the first stand in a relative clause on it
    ("das Wissen, das ein Absender einem Empfänger über einen Informationskanal vermittelt"): the
    clause's nouns as one core word of alternatives, as a teacher gives the point for the thing and
    one of its parts (round 27, Information (Wikipedia) 1: all four of Wissen, Absender, Empfänger,
    Kanal were required)."""
    relative = _relative_clause_start(words)
    if len(entries) <= CORE_ENOUGH + 1 or relative is None:
        return entries
    before = [(entry, head) for entry, head in entries if head < relative]
    after = [(entry, head) for entry, head in entries if head > relative]
    if not before or len(after) < CORE_ENOUGH or not all(words[head].tag == "NN" for _, head in after):
        return entries
    merged = list(dict.fromkeys(word for entry, _ in after for word in entry))
    return [*before, (merged, after[0][1])]


def _relative_clause_start(words: list[Token]) -> int | None:
    """Where a relative clause after the answer's noun begins (", die …", ", von dem …"): what it
    adds describes the noun, whose name a student gives."""
    for k in range(1, len(words) - 1):
        if words[k].tag == "$," and words[k - 1].tag == "NN" and (
                words[k + 1].tag == "PRELS" or (words[k + 1].tag == "APPR" and k + 2 < len(words) and words[k + 2].tag == "PRELS")):
            return k
    return None


def _without_adjectives(words: list[Token], entries: list[tuple[list[str], int]],
                        contrasted: Collection[int] = frozenset()) -> list[tuple[list[str], int]]:
    """The core without adjectives while more than two words remain and a noun or verb with them
    (round 21: "Flussufer, wenig, zerklüftet, zugänglich" rejected "das Ufer ist flach";
    "Koalitionskrieg, französisch, besetzen"): an attribute before a predicate, the rarest first,
    a lower-case one before a name's ("östlich" before "pazifisch"); a predicate only beside
    another, with the "wenig" that grades it ("wenig zerklüftet"). Never a comparison ("die
    kleinste Landeshauptstadt", "eine geringere Breite") or a quantity ("zu wenig neues Wasser"):
    without them the answer says another thing."""
    entries = list(entries)
    while len(entries) > CORE_ENOUGH and any(words[head].tag.startswith(("NN", "VV")) for _, head in entries):
        predicates = sum(words[head].tag == "ADJD" for _, head in entries)
        adjectives = [(words[head].tag == "ADJD", words[head].text[:1].isupper(), zipf_frequency(words[head].text), n)
                      for n, (_, head) in enumerate(entries)
                      if (words[head].tag == "ADJA" or (words[head].tag == "ADJD" and predicates > 1))
                      and words[head].text.lower() not in CORE_QUANTITY_WORDS and not _compared(words[head])
                      and head not in contrasted]
        adjectives += [(False, False, -1.0, n) for n, (_, head) in enumerate(entries) if _counting_attribute(words, head)]
        if not adjectives:
            return entries
        n = min(adjectives)[3]
        head = entries[n][1]
        grading = [m for m, (_, other) in enumerate(entries) if words[head].tag == "ADJD" and other == head - 1
                   and words[other].text.lower() in CORE_QUANTITY_WORDS]
        entries = [entry for m, entry in enumerate(entries) if m != n and m not in grading]
    return entries


def _counting_attribute(words: list[Token], k: int) -> bool:
    """"viele" before another adjective of its noun ("wegen der vielen fruchtbaren Gebiete"): it
    counts what the adjective says, which is the point; not "zu wenig neues Wasser", which the
    "zu" grades."""
    after = words[k + 1] if k + 1 < len(words) else None
    graded = k > 0 and words[k - 1].text.lower() in ("zu", "so", "nicht", "sehr")
    return words[k].text.lower() in CORE_QUANTITY_WORDS and after is not None and after.tag == "ADJA" and not graded


def _without_verbs(words: list[Token], entries: list[tuple[list[str], int]]) -> list[tuple[list[str], int]]:
    """The core without its full verbs when at least two other words carry the point (round 22:
    "Pollen, Narbe, geraten" rejected "die Pollen kommen auf die Narbe", "gering, Breite,
    erfordern" rejected "damit sie weniger Platz brauchen", "wenig, Wasser, bekommen" rejected
    "weil zu wenig Wasser hineinfließt"): a student says the event with a verb of their own; the
    things it happens to are what a teacher marks by. Not for a deed, whose verb is the point, nor
    for an answer of two verbs, which tells two events ("Geld erpressen, indem er den Sohn
    entführte": the verbs are the crime), nor a verb of more or less ("die Produktion steigern":
    "mehr" is the point)."""
    kept = [(entry, head) for entry, head in entries if not words[head].tag.startswith("VV") or entry[0].split("/")[0] in GROWTH_VERBS]
    return kept if len(kept) >= CORE_ENOUGH and len(kept) == len(entries) - 1 else entries


# Verbs of making, which a student says with any other of them (round 27, Aare 8: "herstellen/
# erzeugen" refused "um Strom zu produzieren"): each is the others' alternative as a core word.
MAKING_VERBS = ("herstellen", "produzieren", "erzeugen", "gewinnen")


def _compared(token: Token) -> bool:
    """A comparative or superlative ("geringere", "kleinste", "längste"): by its Degree, else by
    the -er/-st its written form adds to its lemma."""
    if token.feature("Degree") in ("Cmp", "Sup"):
        return True
    lemma, text = _fold(token.lemma or ""), _fold(token.text)
    if len(lemma) > 6 and lemma.endswith("st") and text.startswith(lemma):
        return True  # a superlative the lemma kept: "wasserreichst" (``_core_lemma``)
    return bool(lemma) and text.startswith(lemma) and re.fullmatch(r"(?:e?r|e?st)(?:e|en|er|es|em)?", text[len(lemma) :]) is not None


DEFINING = re.compile(r"(?:Was|Wer) (?:ist|sind|war|waren) (?:der |die |das |ein |eine )?[A-ZÄÖÜ][\w-]*\?")


SIDE_PREPOSITIONS = frozenset({"für"})  # "für seinen Krieg": whom or what a deed serves, beside its point
MIN_SIDE_REST = 2  # core words that stay: the point is said without the side noun


def _without_side_nouns(words: list[Token], entries: list[tuple[list[str], int]], prompt: str) -> list[tuple[list[str], int]]:
    """The core without nouns a student may leave out while two others say the point (round 26):
    the noun a relative clause defines in a definition ("Was ist Baikonur? – ein riesiges Gelände,
    von dem Raketen in den Weltraum starten": "ein Startplatz für Raketen" lacked "Gelände"), and
    the noun of a "für" phrase inside the answer ("Russland für seinen Krieg in der Ukraine mit
    Waffen versorgt zu haben": "Nordkorea hat Russland Waffen geliefert" lacked "Krieg")."""
    relative = _relative_after_noun(words) if DEFINING.fullmatch(prompt) else None
    side = {relative - 1} if relative is not None and sum(head > relative for _, head in entries) >= MIN_SIDE_REST else set()
    for _, head in entries:
        back = head - 1
        while back > 0 and words[back].tag in ("ART", "PPOSAT", "ADJA", "PIAT"):
            back -= 1
        if back > 0 and words[head].tag == "NN" and words[back].text.lower() in SIDE_PREPOSITIONS:
            side.add(head)
    rest = [entry for entry in entries if entry[1] not in side]
    return rest if len(rest) >= MIN_SIDE_REST else entries


def _relative_after_noun(words: list[Token]) -> int | None:
    """Where ", die …" or ", von dem …" follows a noun; the tagger reads "dem" after a
    preposition as an article, so the pronoun is known by its form (``RELATIVE_PRONOUNS``)."""
    for k in range(1, len(words) - 2):
        if words[k].tag != "$," or words[k - 1].tag != "NN":
            continue
        after = words[k + 1]
        if after.tag == "PRELS" or after.tag == "APPR" and words[k + 2].text.lower() in RELATIVE_PRONOUNS:
            return k  # ", von dem Raketen …": after a noun and its comma, no article opens a phrase
    return None


def _defined_class(words: list[Token], heads: list[int], prompt: str) -> int | None:
    """Where the first noun of a definition stands, which stays a core word though the defined
    name ends in it (round 21: "Was sind die Galapagosinseln? – eine Gruppe von neunzehn Inseln im
    Pazifischen Ozean": "Inseln im Pazifik" is right, "im Pazifik" is not)."""
    if not DEFINING.fullmatch(prompt):
        return None
    return next((k for k in heads if words[k].tag == "NN"), None)


def _named_by_adjective(words: list[Token], k: int) -> bool:
    """A noun after a capitalised adjective in -isch inside the phrase is part of a name the
    adjective already says ("im Pazifischen Ozean": "Pazifik" answers); not after another
    adjective ("die Vereinigten Staaten", "die Rote Liste": the noun is the name's point)."""
    before = words[k - 1] if k > 1 else None
    return words[k].tag == "NN" and before is not None and before.tag == "ADJA" and before.text[:1].isupper() and (
        before.lemma or "").lower().endswith("isch")


def _name_part(words: list[Token], k: int) -> bool:
    """A name, or a capitalised adjective inside a phrase that is part of one ("New Yorker")."""
    return words[k].tag == "NE" or (k > 0 and words[k].tag == "ADJA" and words[k].text[:1].isupper())


def core_stem(word: str) -> str:
    """The stems of a core word's alternatives ("Park/Haus" → "park|haus"), a verb's with the
    stems of its strong forms ("fahren" → "fahr|fuhr"): see ``_stem`` and ``_ablaut_stems``."""
    stems = [stem for alternative in word.split("/") for stem in (_stem(alternative, short_heads=False), *_whole_compound(alternative),
                                                                 *_ablaut_stems(alternative))]
    return "|".join(dict.fromkeys(stems))


def _whole_compound(noun: str) -> list[str]:
    """A compound whose head's stem is too short for the page to find it inside a word ("Landmasse"
    → "mass", found only at a word's start): the whole compound's stem too, so that the key's own
    "Landmassen" has its core word (round 27: Galapagosinseln (Wikipedia) 5)."""
    head = _stem(noun, short_heads=False)
    if not noun[:1].isupper() or len(head) >= MIN_HEAD:
        return []
    whole = _fold(noun)
    whole = whole[:-1] if len(whole) > 4 and whole.endswith("e") else whole
    return [whole] if whole != head else []


WRITTEN_FORM = 1.5  # Zipf below which a finite form is no word German writes


def _ablaut_stems(verb: str) -> list[str]:
    """The stems of a verb's present, preterite and participle that its infinitive's stem does
    not begin (round 21: "fuhr", "gefahren" answer as well as "fahren"; "gibt" for "geben",
    "begonnen" for "beginnen"): the 3rd person without its -t, the preterite without its -te,
    the participle without its -en or -t (and, as the page matches after "ge", without ge-).
    A separable verb's finite forms stand apart from its particle ("stellte … her"): only its
    participle ("hergestellt") and its zu-infinitive ("herzustellen", round 27: the core word
    "herstellen" rejected the text's own "um Strom herzustellen"). A weak verb's forms all begin with its stem: none."""
    if not verb.islower() or not verb.isalpha() or not verb.endswith("n") or len(verb) < 4:
        return []
    from ..extraction.verbs import principal_parts

    parts = principal_parts(verb)
    if parts is None:
        return []
    stem = _stem(verb)
    participle = re.sub(r"(en|t)$", "", _fold(parts.participle))
    if not parts.prefix and participle.startswith("ge") and not verb.startswith("ge"):
        participle = participle[2:]  # not "geraten" → "rat", "gehört" → "hor"
    forms = [participle]
    if parts.prefix and verb.startswith(parts.prefix):  # its zu-infinitive: "um Strom herzustellen"
        forms.append(_stem(parts.prefix + "zu" + verb[len(parts.prefix):]))
    if not parts.prefix:
        written = [(form, ending) for form, ending in ((parts.present, r"e?t$"), (parts.preterite, r"(e?te|e)$"))
                   if zipf_frequency(form) >= WRITTEN_FORM]  # ablaut conjugates any word: "gebraten" → "gebriet"
        forms += [re.sub(ending, "", _fold(form)) for form, ending in written]
    return [form for form in forms
            if len(form) >= 3 and not form.startswith((stem, "ge" + stem)) and not _fold(verb).startswith(form)]


def _stem(word: str, short_heads: bool = True) -> str:
    """What an answer's word must begin with to count as ``word`` (the page compares with the
    same folding): lower case, umlauts folded to their base letter (ae, ä → a), a verb's infinitive
    ending, an adjective's -isch or -lich and a final -e cut ("produzieren" → "produzier",
    "Rakete" → "raket", "ungarisch" → "ungar"), and a compound
    noun's last noun ("Laubblatt" → "blatt": "Blätter" names the same); for the page
    (``short_heads`` False) only a head of ``MIN_HEAD`` letters or more, which the page finds
    inside a word ("Schlauchboot" keeps "schlauchboot": "boot" is found only at a word's start)."""
    stem = _fold(word)
    if word[:1].isupper():
        head = _fold(_compound_head(word))
        stem = head if len(head) >= MIN_HEAD or short_heads else stem
    elif len(stem) > 7 and stem.endswith(("isch", "lich")):  # "pazifisch" → "pazif": "Pazifik"
        stem = stem[:-4]
    elif len(stem) > 5 and stem.endswith(("ieren", "eln", "ern")):
        stem = stem[:-1] if not stem.endswith("ieren") else stem[:-2]
    elif len(stem) > 4 and stem.endswith("en"):
        stem = stem[:-2]
    return stem[:-1] if len(stem) > 4 and stem.endswith("e") else stem


def _fold(text: str) -> str:
    text = text.lower().replace("ß", "ss")
    for umlaut, base in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ae", "a"), ("oe", "o"), ("ue", "u")):
        text = text.replace(umlaut, base)
    return text


def _same_stem(stem: str, word: str) -> bool:
    """``word`` (folded) is a form of the word ``stem`` begins: "kuhl" in "kuhlen", "liefer" in
    "geliefert", "blatt" in "laubblatter" (a stem of five letters inside a compound)."""
    return word.startswith((stem, "ge" + stem)) or (len(stem) >= 5 and stem in word)


def _compound_head(noun: str) -> str:
    """The last noun of a compound the lexicon knows ("Meerwasser" → "Wasser"), else the noun
    (a name such as "Russland" is no compound of "Land")."""
    lexicon = noun_lexicon()
    known = lexicon.lookup(noun, compound_fallback=False) is not None
    if not known and (not noun[:1].isupper() or lexicon.lookup(noun) is None):
        return noun
    for cut in range(4, len(noun) - 3):  # "Meer|wasser", not "Aus|bildung"
        part = noun[cut:].capitalize()
        if not known and (len(part) < UNLISTED_HEAD or part in FRAME_HEADS):
            continue  # an unlisted word splits only at a long head that names a thing: "Russ|land" is a name,
            # "Modelleisenbahn|anlage" no Anlage of any kind
        listed = lexicon.lookup(part, compound_fallback=False) is not None
        if listed and zipf_frequency(part) >= 3.5 and (_a_word(noun[:cut]) or not known):
            return part
        if listed and known and _a_word(noun[:cut]) and (inner := _compound_head(part)) != part:
            return inner  # "Rinder|hackfleisch": a rarer compound after a word, and its own head ("Fleisch")
    return noun


UNLISTED_HEAD = 6  # letters of the head a compound the lexicon does not list splits at ("Mähdresch|maschine")


def _a_word(left: str) -> bool:
    """The first part of a compound is a word too, with or without its linking letters
    ("Touristen|strom", "Landes|hauptstadt"; not "Aggluti|nation"), or a verb's stem ("Bohr|maschine")."""
    forms = [left, *(left[: -len(link)] for link in ("es", "en", "s", "n", "e") if left.endswith(link))]
    verb = left.lower() + ("n" if left.endswith(("el", "er")) else "en")  # "Bohr|maschine": bohren
    return any(len(form) >= 3 and zipf_frequency(form.capitalize()) >= 3.0 for form in forms) or zipf_frequency(verb) >= 3.0


def _content(token: Token) -> bool:
    return token.tag.startswith(CONTENT_TAGS) and token.tag not in ("VVIMP",)


def _core_lemma(token: Token) -> str:
    """The lemma, unless the tagger's lemma is no form of the word (then the word as written)."""
    lemma = token.lemma if token.lemma and _fold(token.lemma)[:3] in _fold(token.text) else token.text
    superlative = token.text.endswith(("ste", "sten", "stes", "ster", "stem"))
    if token.tag == "ADJA" and superlative and len(lemma) > 6 and lemma.endswith("st"):
        lemma = lemma[:-2]  # a superlative the lemma kept: "wasserreichst" → "wasserreich"
    if token.tag == "ADJA" and token.text[:1].isupper() and token.text == lemma and lemma.endswith("er"):
        return lemma  # a place's adjective keeps its capital: "Berner" (Alpen), not "berner"
    return lemma if token.tag in ("NN", "NE") else lemma.lower()


def _example_from(words: list[Token], k: int) -> bool:
    """The answer names examples from here on ("…, zum Beispiel Obst", "z. B. Baumwolle", "…, etwa
    Mais"): names of examples only add detail."""
    word, before = words[k].text.lower(), words[k - 1].text.lower() if k else ""
    return (word == "beispiel" and before == "zum") or word == "beispielsweise" or (word, before) == ("b.", "z.") or (
        word in EXAMPLE_LEADS and before == ",")


def _measure(words: list[Token], k: int) -> bool:
    """A number, or a noun that counts or measures with it ("20 Grad Celsius")."""
    if words[k].tag == "CARD" or NUMBER.fullmatch(words[k].text):
        return True
    back = k - 1
    while back >= 0 and words[back].tag in ("NN", "NE") and back > k - 3:
        back -= 1
    return back >= 0 and back < k and words[back].tag == "CARD"


def _owner(words: list[Token], k: int, dropped: set[int]) -> int | None:
    """The noun whose detail the noun ``k`` names: whose or what it is ("die Laubblätter der
    Pflanze", "Blätter von Pflanzen der Gattung Tabak"), also a noun joined by "und" to such a
    detail; -1 for who says so ("laut Guinness-Buch"). None for the point, and for the object of
    an action noun ("die Produktion von Raketen", "die Bildung von Wortformen")."""
    if words[k].tag not in ("NN", "NE"):
        return None
    back = k - 1
    while back >= 0 and words[back].tag in ("ADJA", "ART"):
        back -= 1
    if back >= 0 and words[back].text.lower() in SOURCE_PREPOSITIONS or k + 1 < len(words) and words[k + 1].text.lower() == "zufolge":
        return -1  # "gemäß der Bibel", "laut Guinness-Buch", "der Bibel zufolge": who says so is no point (round 26)
    if back >= 1 and words[back].text.lower() in ("und", "oder") and back - 1 in dropped:
        return back - 1
    if words[k].tag == "NE" and k - 1 in dropped:
        return k - 1  # the name of a detail: "des Marine-Reservats Galapagos"
    genitive = back + 1 < k and words[back + 1].text.lower() in ("des", "der", "eines", "einer")
    if back >= 1 and words[back].text.lower() in ("von", "vom"):
        back -= 1
    elif not genitive:
        return None
    owner = words[back] if back >= 0 else None
    if owner is None or owner.tag not in ("NN", "NE") or owner.lemma.endswith(ACTION_SUFFIXES) or owner.lemma in BEING_NOUNS:
        return None
    return back


def _apposition_from(words: list[Token], k: int) -> bool:
    """A comma opens a noun phrase that renames the one before and ends the answer ("aus einem
    speziellen Brötchen, dem Bun"); not a list ("Heu, Stroh und Getreide")."""
    if words[k].text != "," or k + 2 >= len(words) or words[k + 1].text.lower() not in ARTICLES:
        return False  # the tagger may read the article as a relative pronoun ("…, dem Bun besteht")
    rest = words[k + 2 :]
    return rest[-1].tag in ("NN", "NE") and all(t.tag in ("ART", "ADJA", "NN", "NE") for t in rest)


def _grading(words: list[Token], k: int) -> bool:
    """An adverbial adjective that only grades the adjective or participle after it ("relativ
    kühlen", "gut zugänglich", "stark kontrolliert")."""
    return words[k].tag == "ADJD" and k + 1 < len(words) and words[k + 1].tag in ("ADJA", "ADJD", "VVPP")


# --- bare nouns and names a student writes (round 21) ------------------------------------------


def compound_head_variants(span: list[Token], analysis: Analysis) -> list[str]:
    """A one-noun answer by its compound's head where the text uses that noun as a word of its
    own (round 21: "Was wurde Charles Lindbergh? – Kampfpilot" refused "Pilot", which the text
    says he became; "Munitionsfabriken": "Fabriken"); with the preposition and article of the answer.
    Not a head the text never names alone: then the compound names another thing."""
    lead = [t for t in span[:-1] if t.tag in ("APPR", "APPRART", "ART")]
    noun = span[-1]
    if len(lead) != len(span) - 1 or noun.tag != "NN" or not noun.text.isalpha():
        return []
    head = _compound_head(noun.text)
    tail = noun.text[-len(head):].capitalize() if noun.text.lower().endswith(head.lower()) else None
    if head == noun.text or len(head) < MIN_HEAD or tail is None:
        return []
    if not any(t.text == tail for s in analysis.sentences for t in s.tokens if t.tag == "NN"):
        return []
    return [" ".join([*(t.text for t in lead), tail]), tail] if lead else [tail]


SIZE_PREFIXES = ("Riesen", "Zwerg", "Mini", "Mega")  # "Riesenschildkröten" are Schildkröten (round 26)


def size_prefix_variants(span: list[Token]) -> list[str]:
    """A noun that only adds a size to another as that noun (round 26: "von den Galapagos-
    Riesenschildkröten" rejected "von den Schildkröten"): the answer with it, and it alone."""
    noun = span[-1]
    if noun.tag != "NN":
        return []
    part = noun.text.rsplit("-", 1)[-1]
    prefix = next((p for p in SIZE_PREFIXES if part.startswith(p) and part[len(p) :][:1].islower()), None)
    rest = part[len(prefix) :].capitalize() if prefix else ""
    if len(rest) < MIN_HEAD:
        return []
    lead = [t.text for t in span[:-1] if t.tag in ("APPR", "APPRART", "ART")]
    return [" ".join([*lead, rest]), rest] if lead else [rest]


SINGLE_WORDS = frozenset({"einzeln", "einzig"})  # "ein einzelnes Gen" is "ein Gen"


def single_variants(span: list[Token]) -> list[str]:
    """The phrase without an adjective that only says "one" (round 21: "ein einzelnes Gen" also
    accepts "ein Gen", "ein einziges Gen"; the article says it already)."""
    at = [k for k, t in enumerate(span) if t.tag == "ADJA" and (t.lemma or "").lower() in SINGLE_WORDS]
    if len(at) != 1 or at[0] == 0 or span[at[0] - 1].text.lower() not in ("ein", "eine", "einen", "einem", "einer", "eines"):
        return []
    k = at[0]
    words = [t.text for t in span]
    other = "einzig" if span[k].lemma.lower() == "einzeln" else "einzeln"
    words[0] = words[0].lower() if span[0].tag == "ART" else words[0]
    return [" ".join(words[:k] + words[k + 1 :]), " ".join([*words[:k], other + span[k].text[len(span[k].lemma) :], *words[k + 1 :]])]


TYPE_CODE = re.compile(r"((?:[A-ZÄÖÜ][\w]*-)?[A-Z]*\d[\w.]*)-([A-ZÄÖÜ][a-zäöüß]+)")


def type_code_variants(span: list[Token]) -> list[str]:
    """A type's code without the noun it is joined to (round 21: "R-17-Raketen" accepts "R-17"):
    the part before the last hyphen holds a digit, so it names a type, not a thing of its own
    ("Nikotin-Pflaster" keeps its noun)."""
    words = [t for t in span if t.tag not in ("APPR", "APPRART", "ART")]
    if len(words) != 1:
        return []
    match = TYPE_CODE.fullmatch(words[0].text)
    return [match.group(1)] if match else []


def named_place_variants(span: list[Token]) -> list[str]:
    """A name without the place adjective before it (round 21: "an der New Yorker Fordham
    University" accepts "an der Fordham University", "Fordham University"): capitalised
    adjectives in -er ("New Yorker", "Berliner") before a name of two or more words."""
    k = 1 if span[0].tag in ("APPR", "APPRART") else 0
    article = span[k : k + 1] if k < len(span) and span[k].tag == "ART" else []
    k += len(article)
    place = k
    while k < len(span) and span[k].text[:1].isupper() and span[k].tag in ("ADJA", "NE") and not span[k].text.endswith("er"):
        k += 1  # "New" of "New Yorker"
    if k >= len(span) or span[k].tag != "ADJA" or not span[k].text.endswith("er") or not span[k].text[:1].isupper():
        return []
    name = span[k + 1 :]
    if len(name) < 2 or not all(t.text[:1].isupper() and t.tag in ("NE", "FM", "NN") for t in name):
        return []
    bare = " ".join(t.text for t in name)
    lead = " ".join(t.text for t in span[:place])
    return [f"{lead} {bare}".strip(), bare] if place else [bare]


def titled_name_variants(question: Question, span: list[Token]) -> list[str]:
    """A person by the title and name without the adjectives before the title (round 21: "der
    kaiserliche General Manuel" accepts "General Manuel", "der General Manuel")."""
    if not question.skill.startswith("wer") or len(span) < 4 or span[0].tag != "ART":
        return []
    k = 1
    while k < len(span) and span[k].tag == "ADJA":
        k += 1
    name = span[k + 1 :]
    if k == 1 or k >= len(span) or span[k].tag != "NN" or not name or not all(t.ent_label == "PER" for t in name):
        return []
    titled = " ".join(t.text for t in span[k:])
    return [titled, f"{span[0].text.lower()} {titled}"]


def family_name_variants(question: Question, span: list[Token]) -> list[str]:
    """A person's full name by the family name (round 21: "von Rudolf Alexander Schröder"
    accepts "Schröder", "von Schröder", "R. A. Schröder"): a name of two or more words, each a
    person's name, with nothing but a preposition before it; not a ruler's ("Friedrich II.")."""
    lead = span[:1] if span[0].tag in ("APPR", "APPRART") else []
    name = span[len(lead) :]
    if len(name) < 2 or not all(t.ent_label == "PER" and t.text[:1].isupper() and t.text.isalpha() for t in name):
        return []
    if question.skill in TIME_SKILLS or _known_by_first_names(name[0], name):
        return []
    family = name[-1].text
    initials = " ".join(f"{t.text[0]}." for t in name[:-1])
    variants = [family, f"{initials} {family}"]
    return variants + [f"{lead[0].text} {v}" for v in variants] if lead else variants
