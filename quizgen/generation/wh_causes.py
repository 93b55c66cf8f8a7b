"""W-questions of cause, purpose, function and composition that ``wh.py`` does not ask.

``cause_questions(analysis, facts)`` adds to the W-question pool, in text order (type "wh",
focus "content", ids ""), what teachers of German as a foreign language ask first about a text
(tests/judged/comprehension.md, "Key questions"): why something is so, what a thing is for,
what it is made of. ``wh.py`` asks "Warum" only for a constituent the clause analysis marks as
a cause (a weil-clause, "wegen …") of a clause that is no copula, and "Wozu" for a purpose of a
verb that is not stative; these come from elsewhere:

- **denn** ("warum"): "Die Fruchtfliege ist eine gefährliche Plage, denn sie kann viele
  Kulturarten befallen." → "Warum ist die Fruchtfliege eine gefährliche Plage?";
- **deshalb / daher / darum / deswegen / aus diesem Grund** ("warum"): the clause with the
  adverb asks, the sentence before it answers ("Tabak ist sehr anfällig für Schimmel. Deshalb
  werden die Tabakfelder mit Gift bespritzt." → "Warum werden die Tabakfelder mit Gift bespritzt?");
  the sentence before may lose what ties it to the text or goes beyond the reason ("auch", "zu
  diesem Zeitpunkt", its own weil-clause, the dass-clause of a "so hoch"), its demonstrative
  subject is named when one noun phrase before agrees ("Diese brach 1991 zusammen." → "die
  Sowjetunion"), and a "Deshalb …" / "Aus diesem Grund …" opening a paragraph reads the last
  sentence of the one before;
- **a problem, then a measure** ("warum"): "Sie hat viele Überschwemmungen verursacht. Die Aare
  wurde dann in den Hagneckkanal gelegt …" → "Warum wurde die Aare in den Hagneckkanal gelegt?" –
  weil die Aare viele Überschwemmungen verursacht hat (the harm's doer is the measure's subject);
- **X, weshalb Y / X, wodurch Y** ("warum"): Y asks, X answers;
- **durch + a noun of an event** in an active clause ("wodurch"): "Durch die Isolation vom
  ungarischen Mutterland behielten die Tschangos ihren eigenständigen Dialekt bei." → "Wodurch
  behielten die Tschangos ihren eigenständigen Dialekt bei?"; also a Vorfeld **mit + the definite
  article + a noun of an event** ("Mit dem Bau der Eisenbahn wuchs die Stadt schnell." → "Wodurch
  wuchs die Stadt schnell?" – mit dem Bau der Eisenbahn, "durch den Bau …" accepted);
- **Das liegt an … / Das hängt mit … zusammen** ("warum"): the sentence before asks ("Warum ist
  das Klima nicht so heiß?" – mit einer Meeresströmung, die …); also "Das liegt daran, dass X" –
  weil X;
- **sein + adjective + weil/da or um/damit** ("warum", "wozu"): "Damit Information stattfindet,
  sind Vereinbarungen notwendig." → "Wozu sind Vereinbarungen notwendig?";
- **dienen** ("wozu"): "Die Blüte dient der Pflanze zur Fortpflanzung." → "Wozu dient die Blüte
  der Pflanze?" – zur Fortpflanzung (also "dem Farbausgleich", "als Schutz", "dazu, … zu …");
- **bestehen aus**, and **aus** with a verb of making ("woraus"): "Woraus besteht der
  Hamburger?", "Woraus werden Fahrradrahmen hergestellt?";
- **wegen / aufgrund / auf Grund / infolge / dank, aus Angst …, auf Wunsch …, nach Druck …**
  ("warum"): a phrase of cause the roles left as an adverbial, a motive ("aus Angst vor einer
  Verhaftung"), a request ("auf Initiative von Präsident Nasarbajew"), a demonstrative with the
  words that say what it means read as the article ("auf Grund des Rückzugs vom Afrika-Cup");
- **X, sodass Y / X und infolgedessen Y / X, deshalb Y** ("warum"): Y asks, X answers; "Gründe
  dafür waren X" answers the sentence before; a "so dass" the parse leaves whole is read again
  ("Der Damm brach, sodass das Dorf überflutet wurde." → "Warum wurde das Dorf überflutet?" –
  weil der Damm brach);
- **so / derart + adjective, dass Y** ("warum"): "Der Sturm war so stark, dass die Fähre im Hafen
  bleiben musste." → "Warum musste die Fähre im Hafen bleiben?" – weil der Sturm so stark war;
- **auf Grund / wegen + genitive** also asked for its consequence ("welche-folgen"): "Welche
  Folgen hatte der Rückzug vom Afrika-Cup?" – dass die Nationalmannschaft … gesperrt wurde;
- **um … zu / damit after a deed, zur + a noun of action** ("wozu"): "Wozu brannten die
  Ureinwohner Waldgebiete nieder?", "Wozu veranstaltete Kesha ein Benefizkonzert? – zur
  Unterstützung der Menschen …" (the key accepts "um die Menschen … zu unterstützen");
- **führen zu** ("wozu"): "Wozu führte die Proklamationslinie? – zu einer noch größeren Entfremdung …";
- **weil / da too long to write down** ("warum"): cut by the company it names ("zusammen mit
  Children of Bodom und Mastodon"), the key turned into a weil-clause (round 18, Lamb of God);
- **damit / um … zu beside phrases the parse is unsure of** ("wozu"): asked without them ("Wozu
  wurde der Start im August 2014 auf den 25. März vorverschoben?");
- **durch + a list of means, a passive of feeling, a verb of suffering** ("wodurch"): "Wodurch
  bestritt Rohmer seinen Lebensunterhalt?", "Wodurch wurde Vane enttäuscht?", "Wodurch erlitt der
  Fahrer schwere Verletzungen?"; no Wozu for the process a step belongs to ("Zur
  Zigarettenherstellung werden die Tabake befeuchtet", ``wh.making_process``).

Precision over recall: only sure clauses stated as facts (no "vermutlich"); a pronoun in the
question only when ``extraction.reference.resolve`` names it (or it is the topic an encyclopedia's
first sentence defines: "Ein Hamburger ist … Er besteht aus …"); in an answer that is a whole
clause or sentence none but one standing for the question's own subject (a reader cannot
resolve "das" out of context); the question is checked by ``wellformed`` like every W-question;
a prompt answered twice differently is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace as dc_replace
from itertools import pairwise

from ..analysis.hanta import SEPARABLE_PARTICLES, is_verb
from ..extraction.frequency import zipf_frequency
from ..extraction.reference import person_noun, resolve, topic_names
from ..model import Analysis, Clause, Constituent, Fact, Question, Sentence, Token
from . import realise, wellformed
from .reparse import parse_line
from .wh import (
    EMPTY_NOUNS,
    NAMING_VERBS,
    NOUN_PREPOSITIONS,
    PLACE_NOUNS,
    SPEAKER_PRONOUNS,
    STATIC_VERBS,
    askable_sentences,
    ends_before_its_content,
    entity_labels,
    making_process,
    phrase_kind,
    span_tokens,
    topic_subject,
    unambiguous,
)
from .wh_effects import (
    CAUSING_VERBS,
    DEGREE_TAGS,
    DEGREE_WORDS,
    SUBJECT_PRONOUNS,
    agrees,
    cause_consequence,
    content_item,
    effect_questions,
    event_noun,
    expletive_event,
    verb_last,
)

Spans = dict[tuple[int, int], str]

# Words by which a sentence points further back than itself ("auch", "dort", "dabei").
POINTING_BACK = frozenset({"auch", "dort", "dabei", "damals", "dafür", "daher", "deshalb", "dann", "danach"})
# Adverbs whose reason is the sentence before ("Deshalb …"); "aus diesem Grund" is matched as a phrase.
BACK_REASONS = frozenset({"deshalb", "daher", "darum", "deswegen", "infolgedessen", "somit", "folglich", "dadurch"})
# Adverbs of a reaction to the sentence before: a reason only when someone else reacts ("Daraufhin …").
REACTION_ADVERBS = frozenset({"daraufhin"})
# Conjunctions that give the reason (or fill the adverb as a correlate) inside the sentence itself.
IN_SENTENCE_REASONS = frozenset({"weil", "da", "dass", "zumal", "denn"})
# Verbs that say what the sentence before comes from, with the preposition of the cause.
EXPLAINING_VERBS = {"liegen": ("an", "am"), "zusammenhängen": ("mit",)}
# Conjunctions of a reason or purpose clause and the question they answer.
STATE_CONJUNCTIONS = {"weil": "Warum", "da": "Warum", "um": "Wozu", "damit": "Wozu"}
# Link words a restated clause can do without where they do not open it ("scheiterten jedoch an …").
DROPPED_LINKS = frozenset({"jedoch", "allerdings", "zudem", "außerdem", "also", "nämlich", "übrigens", "freilich",
                           "ebenfalls", "schließlich", "letztlich"})
# Verbs of making: their "aus"-phrase names the material ("aus Stahl hergestellt").
MAKING_VERBS = frozenset({"herstellen", "machen", "backen", "fertigen", "anfertigen", "bauen", "erzeugen", "produzieren",
                          "formen", "gießen", "schnitzen", "weben", "brauen", "gewinnen", "pressen", "drehen"})
# Words that point back to a use named before.
LIKEWISE = frozenset({"ebenfalls", "ebenso", "gleichfalls", "gleichermaßen"})
# Words that make a clause a guess, not a fact.
HEDGES = frozenset({"vermutlich", "wahrscheinlich", "möglicherweise", "angeblich", "vielleicht", "wohl", "eventuell",
                    "mutmaßlich", "offenbar", "anscheinend"})
CAUSE_PREPOSITIONS = frozenset({"wegen", "aufgrund", "infolge", "dank"})
# Nouns of a feeling or stance that "aus" makes a motive ("aus Angst vor einer Verhaftung").
MOTIVE_NOUNS = frozenset({"Angst", "Furcht", "Sorge", "Protest", "Rücksicht", "Respekt", "Dankbarkeit", "Mitleid",
                          "Neugier", "Neugierde", "Überzeugung", "Verzweiflung", "Eifersucht", "Rache", "Wut", "Ärger",
                          "Enttäuschung", "Trauer", "Scham", "Mangel", "Kostengründen", "Sicherheitsgründen",
                          "Gründen", "Liebe", "Solidarität", "Loyalität", "Unzufriedenheit", "Misstrauen"})
# Nouns of a request or order that "auf" makes the reason of a deed ("auf Wunsch des Königs").
BEHEST_NOUNS = frozenset({"Wunsch", "Befehl", "Anordnung", "Anweisung", "Bitte", "Drängen", "Einladung", "Initiative",
                          "Veranlassung", "Anregung", "Geheiß", "Verlangen", "Druck", "Empfehlung", "Rat", "Antrag"})
# Pronoun tags that point elsewhere: an answer restating a clause must not hold one.
POINTING_TAGS = frozenset({"PPER", "PDS", "PDAT", "PPOSAT", "PROAV", "PAV", "PRF"})
# Words that tie a sentence to the one before it: such a sentence is no self-contained answer.
LINKING_WORDS = frozenset({"auch", "außerdem", "zudem", "ebenfalls", "jedoch", "aber", "dabei", "dadurch", "dann",
                           "danach", "damals", "dort", "hier", "so", "dies", "diese", "dieser", "dieses", "deshalb",
                           "daher", "darum", "deswegen", "trotzdem", "dennoch", "allerdings", "hingegen", "dagegen",
                           "ebenso", "genauso", "wiederum", "nämlich", "also", "somit", "folglich", "zwar", "letzterer",
                           "letztere", "ersterer", "erstere", "beide", "beiden", "solche", "solchen", "derselbe"})
# Heads of a "dienen" dative that name a use, not a beneficiary ("dient dem Farbausgleich").
USE_ENDINGS = ("ung", "ion", "tion", "zweck", "zwecke", "zwecken", "verkehr", "schutz", "ausgleich", "handel",
               "transport", "bau", "erhalt", "anbau", "unterhalt", "gewinn", "abbau", "betrieb", "versorgung")
DATIVE_DETERMINERS = frozenset({"dem", "der", "den", "vielen", "allen"})
# Tags of words that belong to a noun phrase after them: a subject right after one was cut from it.
PHRASE_TAGS = frozenset({"ART", "ADJA", "ADJD", "APPR", "APPRART", "PDAT", "PPOSAT", "PIAT", "NN", "NE", "VVPP", "CARD", "ADV"})
# Words that point to a list still to come ("als Bordwaffe folgender Kampfflugzeuge:").
FORWARD_WORDS = ("folgend", "nachstehend", "untenstehend")
MAX_ANSWER_WORDS = 22
MIN_PROMPT_WORDS = 3


def cause_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    """Warum, Wozu and Woraus questions from denn, deshalb, dienen, bestehen aus and wegen, in text order."""
    labels = entity_labels(facts)
    candidates: list[Question] = []
    previous: Sentence | None = None
    for sentence, _seen in askable_sentences(analysis):
        result = _so_dass(analysis, sentence, labels)
        candidates.extend([result] if result is not None else [])
        for clause in sentence.clauses:
            if clause.kind == "relative" and clause.sure and clause.mood == "indicative":
                made = _material(sentence, clause, _defined_by_relative(sentence, clause))
                candidates.extend([made] if made is not None else [])
            if not clause.sure or clause.kind not in ("main", "coordinated") or clause.mood != "indicative":
                continue
            if any(_word(sentence, i) in HEDGES for i in clause.tokens):
                continue  # "Vermutlich dienten …": a guess of the text is no fact to ask for
            replace = _pronoun_names(analysis, sentence, clause, labels)
            if replace is None:
                replace = _verdict_names(analysis, sentence, clause, _verdict_before(analysis, sentence))
            if replace is None:
                continue
            replace |= _there(analysis, sentence, clause)
            found = (_because(analysis, sentence, clause, replace), _result_link(analysis, sentence, clause, replace), _so_that(analysis, sentence, clause, labels),
                     _whence(analysis, sentence, clause, replace, labels), _back_reason(analysis, sentence, clause, replace, _verdict_before(analysis, sentence) or previous, labels),
                     _explained(analysis, sentence, clause, previous, labels),
                     _explained_by_clause(analysis, sentence, clause, previous, labels),
                     _named_reason(analysis, sentence, clause, previous, labels), _despite(analysis, sentence, clause, replace),
                     _remedy(analysis, sentence, clause, replace, labels),
                     _leads_to(sentence, clause, replace),
                     _through(sentence, clause, replace), _charged_when(analysis, sentence, clause, replace),
                     _moved_by(sentence, clause, replace),
                     _use(analysis, sentence, clause, replace, labels), _meant_to(sentence, clause, replace, labels),
                     _parts(sentence, clause, replace),
                     *_state_reasons(analysis, sentence, clause, replace), _long_reason(analysis, sentence, clause, replace),
                     _material(sentence, clause, replace),
                     *_cause_phrases(sentence, clause, replace, wellformed.topic_words(analysis)), _purpose_clause(analysis, sentence, clause, replace),
                     _purpose_noun(analysis, sentence, clause, replace, labels),
                     *(effect_questions(analysis, sentence, clause, replace, *_before(analysis, sentence, previous, labels))
                       if not _cut_off(analysis, sentence) else ()))
            candidates.extend(q for q in found if q is not None)
        previous = sentence
    return [_counted(q) for q in wellformed.teacher_filter(unambiguous(candidates), analysis)]


LIST_MEMBERS = re.compile(r",\s*|\s+(?:und|sowie)\s+")
CLAUSE_OPENERS = ("dass ", "weil ", "da ", "um ", "damit ", "indem ", "wenn ")


def _counted(question: Question) -> Question:
    """"Welche Folgen hat X?" whose answer lists two or more results ("verstärkter Abholzung
    von Wäldern, Humusabbau des Bodens und …") asks for two ("Nenne zwei."), so that a student
    knows one is not enough and any two are right (``keys.list_rule``). After the filter, which
    reads one sentence."""
    answer = str(question.answer)
    if question.skill != "welche-folgen" or not question.prompt.startswith("Welche Folgen") or "Nenne" in question.prompt:
        return question
    members = [m for m in LIST_MEMBERS.split(answer) if m.strip()]
    if answer.startswith(CLAUSE_OPENERS) or len(members) < 2 or not all(any(w[:1].isupper() for w in m.split()) for m in members):
        return question
    return dc_replace(question, prompt=f"{question.prompt} Nenne zwei.")


def _cut_off(analysis: Analysis, sentence: Sentence) -> bool:
    """Was the sentence cut at a full stop that ends no sentence ("Kaiser Konstantin VII. | (r.
    913–959) eine weitere Armee")? The next one in its paragraph opens with a bracket or in
    lower case."""
    following = analysis.sentences[sentence.index + 1] if sentence.index + 1 < len(analysis.sentences) else None
    return following is not None and following.paragraph == sentence.paragraph and (
        following.text[:1] == "(" or following.text[:1].islower())


def _before(
    analysis: Analysis, sentence: Sentence, previous: Sentence | None, labels: dict[str, str]
) -> tuple[Sentence | None, Spans | None]:
    """The sentence right before ``sentence`` in its paragraph and the names of its main clause's
    pronouns (None, None when there is none or a pronoun has no certain name)."""
    if previous is None or previous.paragraph != sentence.paragraph or previous.index != sentence.index - 1:
        return None, None
    mains = [c for c in previous.clauses if c.kind == "main"]
    names = _pronoun_names(analysis, previous, mains[0], labels) if len(mains) == 1 else None
    return (previous, names) if names is not None else (None, None)


# --- dort: the place the topic is ------------------------------------------------------------

# Prepositions of the place phrase that names where the topic is ("auf Kreta", "in Kasachstan").
TOPIC_PLACE_PREPOSITIONS = frozenset({"in", "auf", "im"})


def _there(analysis: Analysis, sentence: Sentence, clause: Clause) -> Spans:
    """The clause's "dort" as the place the text's topic is, when the sentence right before (in its
    paragraph) has the topic as subject and names no other place, and the text itself names the
    topic with a place phrase: "Die Inseln liegen genau auf dem Äquator. Trotzdem ist das Klima
    dort nicht so heiß …" → "… das Klima auf den Galapagosinseln …" ("Ein Urlaub auf den
    Galapagosinseln …"). Round 21 readers' key question ("Warum ist das Klima nicht so heiß?")
    was lost to the "dort" no question may keep; a "dort" after another place stays unnamed."""
    there = [c for c in clause.constituents if c.end == c.start + 1 and c.clause is None and _word(sentence, c.start) == "dort"]
    index = sentence.index - 1
    if len(there) != 1 or index < 0 or analysis.sentences[index].paragraph != sentence.paragraph:
        return {}
    before = analysis.sentences[index]
    mains = [c for c in before.clauses if c.kind == "main"]
    subjects = mains[0].role("subject") if len(mains) == 1 else ()
    if len(subjects) != 1 or not _names_topic(analysis, before, mains[0], subjects[0]):
        return {}
    if any(t.tag == "NE" or t.ent_label == "LOC" for t in before.tokens if not subjects[0].start <= t.i < subjects[0].end):
        return {}  # "Kreta grenzt an Libyen. Dort …": which place is meant, the words do not say
    place = _topic_place(analysis)
    return {(there[0].start, there[0].end): place} if place else {}


def _names_topic(analysis: Analysis, sentence: Sentence, clause: Clause, subject: Constituent) -> bool:
    """Does the subject name the text's topic: its title, "die Inseln" of the Galapagosinseln, a
    pronoun the references resolve to it?"""
    title = analysis.article.title.strip().lower()
    named = topic_names(analysis, sentence, clause).get((subject.start, subject.end))
    if named is None and subject.end == subject.start + 1:
        named = resolve(analysis, sentence.index, subject.start)
    words = [t.text.lower() for t in span_tokens(sentence, subject.start, subject.end) if t.tag in ("NN", "NE")]
    return bool(title) and (title in (named or "").lower().split() or words == [title])


def _topic_place(analysis: Analysis) -> str | None:
    """The text's first place phrase of its title ("auf den Galapagosinseln", "in Kasachstan",
    "auf Kreta", "im Burgenland"): a preposition of place, at most an article, the title word."""
    title = analysis.article.title.strip()
    if not title or " " in title:
        return None
    for sentence in analysis.sentences:
        words = [t for t in sentence.tokens if not t.tag.startswith("$")]
        for k, token in enumerate(words):
            if token.text != title or k == 0:
                continue
            article = words[k - 1] if words[k - 1].tag == "ART" and k >= 2 else None
            preposition = words[k - 2] if article is not None else words[k - 1]
            lower = preposition.text.lower()
            if lower in TOPIC_PLACE_PREPOSITIONS and preposition.tag in ("APPR", "APPRART") and (
                    article is None or _dative(article, token)):
                return " ".join([lower, *([article.text.lower()] if article is not None else []), title])
    return None


def _dative(article: Token, noun: Token) -> bool:
    """Does the article make the phrase a place, not a way there ("in den Rhein")? "dem", "der"
    and the plural "den" ("auf den Galapagosinseln")."""
    lower = article.text.lower()
    return lower in ("dem", "der") or lower == "den" and noun.feature("Number") == "Plur"


# --- denn -----------------------------------------------------------------------------------


def _because(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """The main clause before "…, denn Y." asked with Warum, Y the answer (a pronoun in Y only
    for the question's own subject: "…, denn sie kann viele Kulturarten befallen")."""
    if clause.kind != "main":
        return None
    reason = next((c for c in sentence.clauses if c.kind == "coordinated" and c.parent == sentence.clauses.index(clause)
                   and _word(sentence, c.conjunction) == "denn"), None)
    if reason is None or reason.conjunction is None or not reason.sure or max(clause.tokens) > min(reason.tokens):
        return None  # the reason must follow the whole clause it explains
    start = reason.conjunction + 1
    end = _last_word(sentence) + 1
    answer = _self_contained(sentence, start, end, own=_subject_pronouns(analysis, sentence, clause, replace, start, end))
    if answer is None:
        return None
    prompt = _why(sentence, clause, replace)
    return _question(sentence, clause, prompt, "Warum", answer, (), "warum")


# Relative adverbs that open a clause of what followed from the clause before ("…, wodurch …").
RESULT_CONJUNCTIONS = frozenset({"weshalb", "weswegen", "wodurch"})


def _whence(
    analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans, labels: dict[str, str]
) -> Question | None:
    """"X, weshalb Y." / "X, wodurch Y." → Warum Y? – X, the main clause before it without its
    link words ("jedoch", "allerdings"), when X opens the sentence and says all on its own: "Die
    Wellen erreichten eine Höhe von zwei bis drei Metern, wodurch strandnahe Gebiete in
    Kailua-Kona unter Wasser gesetzt wurden." → "Warum wurden strandnahe Gebiete in Kailua-Kona
    unter Wasser gesetzt?" – Die Wellen erreichten eine Höhe von zwei bis drei Metern (the key
    accepts "weil die Wellen … erreichten"). Where X holds a pronoun the references name, only the
    restated X, which puts the name in, answers. (The analysis reads "sodass" as an adverb of a
    second main clause, so "X, sodass Y" is ``_result_link``'s and ``_so_dass``'.)"""
    if clause.kind != "main" or min(clause.tokens) != sentence.tokens[0].i or any(not c.sure for c in clause.constituents):
        return None
    index = sentence.clauses.index(clause)
    result = next((c for c in sentence.clauses if c.parent == index and c.kind == "subordinate"
                   and _word(sentence, c.conjunction) in RESULT_CONJUNCTIONS), None)
    if result is None or result.conjunction is None or not result.sure or max(clause.tokens) > result.conjunction:
        return None
    if any(c is not clause and c is not result for c in sentence.clauses if min(c.tokens) < result.conjunction):
        return None  # another clause inside the reason
    if any(_word(sentence, i) in HEDGES for i in result.tokens):
        return None  # "wodurch vermutlich …": a guess of the text is no fact to ask for
    links = frozenset(i for i in clause.tokens if i != sentence.tokens[0].i and _word(sentence, i) in DROPPED_LINKS)
    written = _self_contained(sentence, sentence.tokens[0].i, result.conjunction - 1, whole=True, leave=links)
    omitted = next((c for c in clause.constituents if c.clause == sentence.clauses.index(result)), None)
    restated = verb_last(sentence, replace, "weil", omit=omitted) if omitted is not None else None
    names = _pronoun_names(analysis, sentence, result, labels)
    prompt = _why(sentence, result, names) if names is not None else None
    accepted = (restated,) if restated and written else ()
    return _question(sentence, result, prompt, "Warum", written or restated, accepted, "warum")


def _why(
    sentence: Sentence, clause: Clause, replace: Spans, word: str = "Warum", drop: tuple[Constituent, ...] = (),
) -> str | None:
    """The whole clause asked with ``word`` and no constituent missing but the ``drop`` ones
    (the answer): the realiser asks for the subject, and the subject goes back after the finite
    verb ("Warum war der Ring … ?")."""
    subjects = clause.role("subject")
    if len(subjects) != 1 or not subjects[0].sure or subjects[0].clause is not None:
        return None
    if any(not c.sure for c in clause.constituents):
        return None  # the whole clause is asked: every phrase must be read right
    subject = subjects[0]
    if subject.end == subject.start + 1 and _tag(sentence, subject.start) == "PDS" and (subject.start, subject.end) not in replace:
        return None  # "Das ist gefährlich, denn …" → "Warum ist das gefährlich?": what "das" is, the question does not say
    comparisons = [c for c in clause.constituents if c.clause is not None and _word(sentence, c.start) in ("wie", "als")]
    asked = realise.interrogative(sentence, clause, subject, word, replace=replace, drop=[*comparisons, *drop])
    if asked is None:
        return None
    text = replace.get((subject.start, subject.end)) or realise.phrase(sentence, subject.start, subject.end)
    words = asked.removesuffix("?").split()
    at = len(word.split()) + 1
    while at < len(words) and words[at] == "sich":
        at += 1  # "Warum hat sich die Aare verändert?"
    return " ".join([*words[:at], text, *words[at:]]) + "?"  # "Warum fielen die Preise?"


# --- deshalb, daher, darum, deswegen, aus diesem Grund ------------------------------------


def _back_reason(
    analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans, previous: Sentence | None,
    labels: dict[str, str],
) -> Question | None:
    """A main clause with "deshalb" asked with Warum; the sentence before it, in the same
    paragraph and self-contained, answers. A "Deshalb …" / "Aus diesem Grund …" that opens a
    paragraph points back to the last sentence of the one before ("Die London Bridge war bis
    1739 die einzige Brücke über den Fluss. ¶ Aus diesem Grund befindet sich der größere Teil der
    Stadt nördlich des Flusses."). Where the sentence before says more than the reason (its own
    reason, "auch", the dass-clause of a "so hoch"), ``_trimmed_reason`` restates it without."""
    if clause.kind != "main" or previous is None:
        return None
    if previous.paragraph != sentence.paragraph and not _opens_paragraph_back(analysis, sentence, clause, previous):
        return None
    if any(c is not clause and c.kind in ("main", "coordinated") and min(c.tokens) < min(clause.tokens)
           for c in sentence.clauses) or any(
            t.text.lower() in IN_SENTENCE_REASONS for t in sentence.tokens):
        return None  # "Weil …, ist sie deshalb …", "X, deshalb Y", "daher, dass …": the reason is in the sentence
    if previous.index != sentence.index - 1:
        return None
    adverb = next((c for c in clause.constituents if c.clause is None and _back_reference(sentence, c, clause)), None)
    if adverb is None or any(not c.sure for c in clause.constituents):
        return None
    if previous.tokens[-1].text != "." or _cut_off(analysis, sentence):
        return None
    deeds = _judged_deeds(analysis, previous) if _judgement(previous) else None
    if deeds is not None:
        prompt = realise.interrogative(sentence, clause, adverb, "Warum", replace=replace)
        evidence = " ".join(s.text for s in (*deeds[1], previous, sentence))
        return None if prompt is None else _question(sentence, clause, prompt, "Warum", deeds[0], (), "warum", evidence=evidence)
    _, names = _before(analysis, sentence, previous, labels)
    if _word(sentence, adverb.start) in REACTION_ADVERBS and not _other_actor(sentence, clause, replace, previous, names):
        return None  # "Er studierte in Bonn. Daraufhin arbeitete er als Lehrer.": his next step, no reason
    if names is None and previous.paragraph != sentence.paragraph:
        names = _main_names(analysis, previous, labels)
    named = _demonstrative_names(analysis, previous) if names is not None else {}
    if names is not None:
        names = {**names, **named}  # "Diese brach im Jahr 1991 zusammen."
    written = _self_contained(previous, previous.tokens[0].i, _last_word(previous) + 1, whole=True)
    if names is None and written is not None:
        names = {}  # no pronoun to name but an expletive "es" ("Die Tabakpflanze mag es eher warm.")
    restated = verb_last(previous, names, "weil", any_roles=written is not None) if names is not None else None
    short = verb_last(previous, names, "weil", when=True) if names is not None and restated is None else None
    trimmed = _trimmed_reason(previous, names) if names is not None and not (restated or written or short) else None
    answer = restated or written or short or trimmed  # "weil Tabak sehr anfällig für Schimmel ist"; the sentence as written accepted
    if answer is None:
        return None  # (short: "weil es zu Misshandlungen kam", without when they came)
    prompt = realise.interrogative(sentence, clause, adverb, "Warum", replace=_lowered(replace))
    if prompt is None:
        return None
    accepted = tuple(v for v in (written, short) if v and v != answer)
    # the sentence that names the demonstrative is quoted too: the answer's "die kommunistische
    # Sowjetunion" stands there, not in "Diese brach im Jahr 1991 zusammen."
    named_in = f"{analysis.sentences[previous.index - 1].text} " if named and answer is not written else ""
    return _question(sentence, clause, prompt, "Warum", answer, accepted, "warum",
                     evidence=f"{named_in}{previous.text} {sentence.text}")


# Words of a sentence's Vorfeld that point back to the paragraph before only as the whole Vorfeld.
PARAGRAPH_BACK_REASONS = frozenset({"deshalb", "daher", "darum", "deswegen"})
# Adverbs the restated reason does without: they tie it to what was said before, not to its content.
TRIMMED_ADVERBS = frozenset({"auch", "ebenfalls", "ebenso", "zudem", "außerdem"})
# Function words a name standing in the middle of a question begins with in lower case ("In London").
LOWERED_STARTS = frozenset({"in", "im", "auf", "an", "am", "aus", "bei", "beim", "nach", "von", "vom", "zu", "zum", "zur",
                            "der", "die", "das", "den", "dem", "des"})


def _opens_paragraph_back(analysis: Analysis, sentence: Sentence, clause: Clause, previous: Sentence) -> bool:
    """Does the sentence open its paragraph with its reason adverb as the whole Vorfeld ("Aus
    diesem Grund befindet sich …", "Deshalb …"), right after the last sentence of the paragraph
    before (no heading between)? Then that sentence is what the adverb points to; an adverb
    further inside ("Viele leben darum …") may point to the whole paragraph before."""
    if previous.index != sentence.index - 1 or previous.is_heading or previous.paragraph != sentence.paragraph - 1:
        return False
    first = sentence.tokens[0].i
    vorfeld = next((c for c in clause.constituents if c.start == first), None)
    if vorfeld is None or vorfeld.end != clause.finite:
        return False
    words = [t.text.lower() for t in span_tokens(sentence, vorfeld.start, vorfeld.end)]
    return words == ["aus", "diesem", "grund"] or len(words) == 1 and words[0] in PARAGRAPH_BACK_REASONS


def _main_names(analysis: Analysis, previous: Sentence, labels: dict[str, str]) -> Spans | None:
    """The names of the pronouns of the sentence's one main clause (``_before`` without its
    paragraph check)."""
    mains = [c for c in previous.clauses if c.kind == "main"]
    return _pronoun_names(analysis, previous, mains[0], labels) if len(mains) == 1 else None


def _trimmed_reason(previous: Sentence, names: Spans) -> str | None:
    """The sentence before restated as a weil-clause without what ties it to the text or goes
    beyond the reason: a lone "auch" ("Viele Menschen ziehen auch aus anderen Teilen
    Großbritanniens nach London, weil sie dort studieren …" → "weil viele Menschen aus anderen
    Teilen Großbritanniens nach London ziehen"), its own weil/da-clause (the reason of the reason),
    the dass-clause of a "so hoch" ("In manchen Stadtteilen sind die Preise für Wohnungen so hoch,
    dass dort nur noch sehr reiche Menschen wohnen können." → "weil in manchen Stadtteilen die
    Preise für Wohnungen so hoch sind"). None when nothing is left out or the rest is not sure."""
    mains = [c for c in previous.clauses if c.kind == "main"]
    if len(mains) != 1:
        return None
    main = mains[0]
    omit = [c for k, c in enumerate(main.constituents) if _beyond_reason(previous, main, k)]
    if not omit or len(omit) > 2:
        return None
    return verb_last(previous, names, "weil", omit=tuple(omit))


# The forms a demonstrative subject takes, with the gender and number of the noun it stands for.
DEMONSTRATIVE_FORMS = {("diese", "Sing"): "Fem", ("diese", "Plur"): "Plur", ("dieser", "Sing"): "Masc",
                       ("dieses", "Sing"): "Neut"}
# Definite articles of a noun phrase and the genders they say, by case.
ARTICLE_GENDERS = {("der", "Nom"): "Masc", ("den", "Acc"): "Masc", ("das", "Nom"): "Neut", ("das", "Acc"): "Neut",
                   ("die", "Nom"): "Fem Plur", ("die", "Acc"): "Fem Plur"}
NOUN_ROLES = frozenset({"subject", "object_acc", "predicative"})


def _demonstrative_names(analysis: Analysis, sentence: Sentence) -> Spans:
    """The noun phrase of the sentence before that a demonstrative subject opening ``sentence``
    stands for ("Ab dem Jahr 1922 war Russland die kommunistische Sowjetunion. Diese brach im Jahr
    1991 zusammen." → "die kommunistische Sowjetunion"): only when one noun phrase of that
    sentence's main clause agrees with it in gender and number (a name without article is a
    place, neuter; a person's name is not counted on). Empty otherwise."""
    mains = [c for c in sentence.clauses if c.kind == "main"]
    first = sentence.tokens[0]
    if len(mains) != 1 or first.tag != "PDS" or sentence.index == 0:
        return {}
    subjects = mains[0].role("subject")
    wanted = DEMONSTRATIVE_FORMS.get((first.text.lower(), mains[0].number))
    if wanted is None or len(subjects) != 1 or (subjects[0].start, subjects[0].end) != (first.i, first.i + 1):
        return {}
    before = analysis.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return {}
    found = []
    for clause in (c for c in before.clauses if c.kind == "main"):
        for phrase in clause.constituents:
            if phrase.role not in NOUN_ROLES or phrase.clause is not None:
                continue
            tokens = span_tokens(before, phrase.start, phrase.end)
            genders = _phrase_genders(tokens, phrase)
            if genders is None:
                return {}  # a person's name or a phrase of unknown gender might be meant
            if wanted in genders:
                found.append(phrase)
    if len(found) != 1 or any(t.tag in POINTING_TAGS for t in span_tokens(before, found[0].start, found[0].end)):
        return {}
    return {(first.i, first.i + 1): realise.phrase(before, found[0].start, found[0].end)}


def _phrase_genders(tokens: list[Token], phrase: Constituent) -> tuple[str, ...] | None:
    """The genders and numbers a noun phrase may have: by its head's features, its definite article,
    a name without article as a place (neuter); None when unknown (a person's name)."""
    head = next((t for t in tokens if t.i == phrase.head), None)
    if head is None or head.tag not in ("NN", "NE"):
        return ()
    if head.feature("Number") == "Plur":
        return ("Plur",)
    if head.feature("Gender"):
        return (head.feature("Gender"),)
    if tokens[0].tag == "ART":
        genders = ARTICLE_GENDERS.get((tokens[0].text.lower(), phrase.case))
        return tuple(genders.split()) if genders else None
    if head.tag == "NE" and head.ent_label != "PER" and len(tokens) == 1:
        return ("Neut",)
    return None


def _beyond_reason(previous: Sentence, main: Clause, k: int) -> bool:
    """Is the main clause's ``k``-th constituent one ``_trimmed_reason`` leaves out: a lone "auch",
    a time that points back ("zu diesem Zeitpunkt", "damals"), a weil/da-clause, the dass-clause
    of a degree word before it?"""
    constituent = main.constituents[k]
    words = [t.text.lower() for t in span_tokens(previous, constituent.start, constituent.end)]
    if constituent.clause is None and constituent.role == "time":
        return words == ["damals"] or any(  # "Zu diesem Zeitpunkt waren die Fakten … in Vergessenheit geraten."
            t.tag == "PDAT" for t in span_tokens(previous, constituent.start, constituent.end))
    if constituent.clause is None:
        return len(words) == 1 and words[0] in TRIMMED_ADVERBS
    if constituent.role == "cause" and words[:1] in (["weil"], ["da"]):
        return True
    return words[:1] == ["dass"] and any(
        _word(previous, i) in DEGREE_WORDS for c in main.constituents[:k] for i in range(c.start, c.end))


def _lowered(replace: Spans) -> Spans:
    """The names with a preposition or article that opens them in lower case: they stand inside
    the question ("Warum hört man in London …", not "… man In London …")."""
    return {span: (name[:1].lower() + name[1:] if name.split()[0].lower() in LOWERED_STARTS else name)
            for span, name in replace.items()}


# --- a problem, then the measure taken against it ---------------------------------------------

# Verbs by which their subject did harm: a sentence with one names a problem.
PROBLEM_VERBS = frozenset({"verursachen", "bedrohen", "gefährden", "zerstören", "schädigen", "beschädigen", "überschwemmen",
                           "überfluten", "verwüsten", "verschmutzen", "anrichten"})
# Adverbs that place the measure after the problem; the question does without them.
SEQUENCE_WORDS = frozenset({"dann", "daraufhin", "schließlich", "später", "danach", "deshalb", "daher", "darum", "deswegen"})
DONE_TENSES = frozenset({"past", "perfect", "pluperfect"})


def _remedy(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans, labels: dict[str, str]) -> Question | None:
    """A problem, then what was done to its cause: "Unterhalb von Bern schlängelte sich die Aare
    früher wild durch das Seeland. Sie hat viele Überschwemmungen verursacht. Die Aare wurde dann
    in den Hagneckkanal gelegt …" → "Warum wurde die Aare in den Hagneckkanal gelegt …?" – weil
    die Aare viele Überschwemmungen verursacht hat (round 28 readers: "why the Aare was
    diverted"). The sentence before does harm (``PROBLEM_VERBS``, not negated, done), its subject
    is the subject of the passive that follows it in the same paragraph (the same noun, or the
    pronoun the references name so), and the measure gives no reason or purpose of its own."""
    if clause.kind != "main" or clause.voice != "passive" or clause.tense not in DONE_TENSES or clause.modal \
            or clause.negation is not None or sentence.index == 0:
        return None
    previous = analysis.sentences[sentence.index - 1]
    if previous.paragraph != sentence.paragraph or previous.is_heading or previous.tokens[-1].text != ".":
        return None
    if any(t.text.lower() in STATE_CONJUNCTIONS.keys() | IN_SENTENCE_REASONS for t in sentence.tokens) or any(
            c.role in ("cause", "purpose") for c in clause.constituents):
        return None  # the measure says why itself
    mains = [c for c in previous.clauses if c.kind == "main"]
    if len(mains) != 1 or len(previous.clauses) != 1:
        return None
    problem = mains[0]
    if problem.lemma not in PROBLEM_VERBS or problem.voice != "active" or problem.negation is not None or \
            problem.tense not in DONE_TENSES or problem.modal or problem.mood != "indicative" or not problem.sure:
        return None
    names = _pronoun_names(analysis, previous, problem, labels)
    subjects, doers = clause.role("subject"), problem.role("subject")
    if names is None or len(subjects) != 1 or len(doers) != 1:
        return None
    actor, doer = _actor(sentence, subjects[0], replace), _actor(previous, doers[0], names)
    if not actor or actor != doer:
        return None
    if clause.lemma in NAMING_VERBS or _tag(sentence, clause.verbs[-1] if clause.verbs else None) != "VVPP":
        return None  # "Der Sturm wurde später Lothar genannt": a name, no measure
    drop = tuple(c for c in clause.constituents if c.clause is None and c.end == c.start + 1
                 and _word(sentence, c.start) in SEQUENCE_WORDS)
    prompt = _why(sentence, clause, replace, drop=drop) if len(sentence.clauses) == 1 else None
    answer = verb_last(previous, names, "weil")
    if answer is not None and prompt is None or prompt is not None and any(
            _text(sentence, i) not in prompt.removesuffix("?").split() for i in clause.verbs):
        return _first_measure(sentence, clause, subjects[0], replace, drop, answer, previous, bool(names))
    if prompt is None or answer is None:
        return None
    # the sentence before as written, its pronoun standing for the question's subject ("Sie hat …")
    accepted = (realise.render(previous, previous.tokens[0].i, _last_word(previous) + 1),) if names else ()
    return _question(sentence, clause, prompt, "Warum", answer, accepted, "warum", evidence=f"{previous.text} {sentence.text}")


def _first_measure(
    sentence: Sentence, clause: Clause, subject: Constituent, replace: Spans, drop: tuple[Constituent, ...], answer: str | None,
    previous: Sentence, named: bool,
) -> Question | None:
    """The measure of two participles asked with its first: "Die Aare wurde dann in den
    Hagneckkanal gelegt und in den Bielersee geleitet." → "Warum wurde die Aare in den Hagneckkanal
    gelegt?" (the realiser leaves the second out, and a question with both reads as two). Only with
    the subject as the Vorfeld and "und" right after the first participle."""
    if answer is None or subject.start != sentence.tokens[0].i or clause.finite != subject.end:
        return None
    dropped = {i for c in drop for i in range(c.start, c.end)}
    kept = [t for t in sentence.tokens if t.i > clause.finite and t.i not in dropped]
    first = next((k for k, t in enumerate(kept) if t.tag == "VVPP"), None)
    if first is None or first + 1 >= len(kept) or kept[first + 1].text != "und" or kept[-2].tag != "VVPP":
        return None
    doer = replace.get((subject.start, subject.end)) or realise.phrase(sentence, subject.start, subject.end)
    prompt = f"Warum {_word(sentence, clause.finite)} {doer} {' '.join(t.text for t in kept[: first + 1])}?"
    if not wellformed.well_formed_question(prompt, word="Warum", verbs=(kept[first].text,)):
        return None
    accepted = (realise.render(previous, previous.tokens[0].i, _last_word(previous) + 1),) if named else ()
    return content_item(sentence, prompt, answer, accepted, "warum", f"{previous.text} {sentence.text}")


def _verdict_before(analysis: Analysis, sentence: Sentence) -> Sentence | None:
    """The sentence right before when it is a verdict (``_judgement``), which the loop over the
    askable sentences skips: a "deshalb" after it looks past it to the deeds it judges."""
    before = analysis.sentences[sentence.index - 1] if sentence.index > 0 else None
    return before if before is not None and before.paragraph == sentence.paragraph and _judgement(before) else None


def _judgement(sentence: Sentence) -> bool:
    """"Das war damals ein großer Meilenstein in der Luftfahrt.": one main clause whose subject
    is a bare "das"/"dies" and whose verb is "sein", a verdict on what the sentences before told."""
    mains = [c for c in sentence.clauses if c.kind == "main"]
    if len(mains) != 1 or len(sentence.clauses) != 1 or mains[0].lemma != "sein":
        return False
    subjects = mains[0].role("subject")
    return len(subjects) == 1 and subjects[0].end == subjects[0].start + 1 and \
        _word(sentence, subjects[0].start) in ("das", "dies") and subjects[0].start == sentence.tokens[0].i


def _judged_deeds(analysis: Analysis, judgement: Sentence) -> tuple[str, tuple[Sentence, ...], dict[str, str]] | None:
    """What a verdict sentence judges, as the reason of the "deshalb" after it: the one or two
    sentences before the verdict in its paragraph (no "X ist/war ein Y", which introduces the
    topic and is no deed) as written, a personal pronoun that opens one replaced by its name,
    and the names for the pronouns of the "deshalb" clause (the verdict's "das" breaks the chain
    the references follow, so the deeds' subject names them). Round 23 readers' key question
    "Warum ist Lindbergh in den USA ein Nationalheld?" stands on "Er schaffte es als erster
    Mensch … über den Atlantik zu fliegen. Ohne Halt ging es von New York nach Paris. Das war
    damals ein großer Meilenstein in der Luftfahrt. In den USA ist er deshalb ein
    Nationalheld."; the verdict alone ("weil das ein Meilenstein war") says nothing."""
    deeds = [analysis.sentences[i] for i in (judgement.index - 2, judgement.index - 1) if i >= 0]
    deeds = [s for s in deeds if s.paragraph == judgement.paragraph]
    if not deeds or any(s.tokens[-1].text != "." or len(s.clauses) > 2 or _judgement(s) or _defining(s) for s in deeds):
        return None
    parts, names = [], {}
    for deed in deeds:
        named = _named_subject(analysis, deed)
        if named is None:
            return None
        parts.append(named[0])
        names.update(named[1])
    answer = ". ".join(parts)
    return (answer, tuple(deeds), names) if len(answer.split()) <= MAX_ANSWER_WORDS + 6 else None


def _named_subject(analysis: Analysis, sentence: Sentence) -> tuple[str, dict[str, str]] | None:
    """The sentence as written, without its full stop, its subject pronoun replaced by the name
    the references give it ("Er schaffte es …" → "Charles Lindbergh schaffte es …"), and that
    pronoun → name; None when another pronoun or a word that points further back stays."""
    mains = [c for c in sentence.clauses if c.kind == "main"]
    subjects = mains[0].role("subject") if len(mains) == 1 else ()
    subject = subjects[0].start if len(subjects) == 1 and subjects[0].end == subjects[0].start + 1 else None
    words, names = [], {}
    for token in sentence.tokens[:-1]:
        text = token.text
        if token.tag in ("PPER", "PDS", "PPOSAT") and token.text.lower() != "es" or token.text.lower() in POINTING_BACK:
            name = resolve(analysis, sentence.index, token.i) if token.i == subject and token.tag == "PPER" else None
            if not name:
                return None
            names[token.text.lower()] = name
            text = name if token.i != sentence.tokens[0].i else name[0].upper() + name[1:]
        words.append(text + token.whitespace)
    return "".join(words).strip(), names


def _defining(sentence: Sentence) -> bool:
    """Is the sentence's main clause a copula ("Roald Amundsen war ein Forscher aus Norwegen.")?"""
    return any(c.kind == "main" and c.lemma == "sein" for c in sentence.clauses)


def _verdict_names(analysis: Analysis, sentence: Sentence, clause: Clause, previous: Sentence | None) -> Spans | None:
    """Names for the pronouns of a clause right after a verdict ("Das war … ein Meilenstein."),
    from the subject pronouns of the deeds it judges (``_judged_deeds``); None when one stays unnamed."""
    if previous is None or previous.index != sentence.index - 1 or not _judgement(previous):
        return None
    deeds = _judged_deeds(analysis, previous)
    if deeds is None:
        return None
    replace: Spans = {}
    for constituent in clause.constituents:
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        if len(tokens) == 1 and tokens[0].tag == "PPER":
            name = deeds[2].get(tokens[0].text.lower()) if constituent.case == "Nom" else None
            if name is None:
                return None
            replace[(constituent.start, constituent.end)] = name
    return replace


def _back_reference(sentence: Sentence, constituent: Constituent, clause: Clause) -> bool:
    """"Deshalb", "aus diesem Grund" …; "So" only as the whole Vorfeld before a form of "können"
    ("So konnte Rembrandt … veräußern": thus he could), since "So …" most often brings an example."""
    words = [t.text.lower() for t in sentence.tokens if constituent.start <= t.i < constituent.end]
    if words == ["so"]:
        return constituent.start == sentence.tokens[0].i and constituent.end == clause.finite and \
            _token(sentence, clause.finite) is not None and (_token(sentence, clause.finite) or sentence.tokens[0]).lemma == "können"
    return words in (["aus", "diesem", "grund"],) or len(words) == 1 and words[0] in BACK_REASONS | REACTION_ADVERBS


def _other_actor(sentence: Sentence, clause: Clause, replace: Spans, previous: Sentence, names: Spans | None) -> bool:
    """Is the subject of the "daraufhin" clause someone other than the sentence before's? Then
    it reacts to what happened ("…, kam es zu Misshandlungen, als sie die Zellen verließen.
    Daraufhin verließen die Gefangenen ihre Zellen nicht mehr."); the same one's "daraufhin"
    most often tells the next step ("Er studierte in Bonn. Daraufhin arbeitete er als Lehrer.").
    An "es kam zu …" has no actor; a subject neither names nor the references resolve is no
    other for sure."""
    mains = [c for c in previous.clauses if c.kind == "main"]
    subjects = clause.role("subject")
    if names is None or len(mains) != 1 or len(subjects) != 1 or len(mains[0].role("subject")) != 1:
        return False
    before = mains[0].role("subject")[0]
    words = [t for t in previous.tokens if not t.tag.startswith("$")]
    first = _token(previous, before.start)
    if first is not None and before.end == before.start + 1 and first.text.lower() == "es":
        return first in words and expletive_event(words, words.index(first))
    actor, earlier = _actor(sentence, subjects[0], replace), _actor(previous, before, names)
    return bool(actor and earlier) and actor != earlier


def _actor(sentence: Sentence, subject: Constituent, replace: Spans) -> str:
    """Who the subject is, to compare: the last word of the name a pronoun stands for, else the
    lemma of a noun head; "" for a pronoun without a name."""
    if (subject.start, subject.end) in replace:
        return replace[(subject.start, subject.end)].split()[-1].lower()
    head = _token(sentence, subject.head)
    return head.lemma.lower() if head is not None and head.tag in ("NN", "NE") else ""


# Nouns and verbs of a charge: an als-clause that holds one says why the deed was done, not only when.
CHARGE_NOUNS = frozenset({"Verdacht", "Vorwurf", "Anschuldigung", "Beschuldigung", "Anklage", "Verdächtigung"})
CHARGE_VERBS = frozenset({"vorwerfen", "beschuldigen", "verdächtigen", "anklagen", "bezichtigen", "anschuldigen"})
# The personal pronouns a possessive's stem stands for; the roles in which a sentence names a person.
POSSESSORS = {"sei": ("er", "es"), "ihr": ("sie",)}
PERSON_ROLES = frozenset({"subject", "object_acc", "object_dat", "agent"})


def _charged_when(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """A time clause with "als" that tells a charge against someone gives the reason of the deed
    beside it: "Martin Kamen … wurde aber 1945 entlassen, als er unter dem Verdacht stand,
    Atomspionage zum Nutzen der Sowjetunion begangen zu haben." → "Warum wurde Martin Kamen 1945
    entlassen?" – weil er unter dem Verdacht stand, … (the als-clause as written accepted). A
    charge is a closed class: "Verdacht", "Vorwurf", "Anschuldigung" … or a verb of accusing
    ("als ihm vorgeworfen wurde, …"); any other als-clause says only when ("wurde 1933 verhaftet,
    als die Nationalsozialisten die Macht übernahmen"). A pronoun in the answer only for the
    question's own subject."""
    if clause.negation is not None or any(not c.sure for c in clause.constituents):
        return None
    times = [c for c in clause.constituents if c.role == "time" and c.clause is not None and _word(sentence, c.start) == "als"]
    if len(times) != 1 or times[0].clause is None or any(c.role == "cause" for c in clause.constituents):
        return None
    when = times[0]
    if when.clause is None:
        return None
    inner = sentence.clauses[when.clause]
    if inner.kind != "subordinate" or not inner.sure or inner.mood != "indicative" or inner.negation is not None:
        return None
    if any(_word(sentence, i) in HEDGES for i in inner.tokens):
        return None
    charged = inner.lemma in CHARGE_VERBS or any(
        t.i in inner.tokens and t.tag == "NN" and t.lemma in CHARGE_NOUNS for t in sentence.tokens)
    if not charged:
        return None
    own = _subject_pronouns(analysis, sentence, clause, replace, when.start + 1, when.end) | _accused(sentence, clause, inner)
    own |= _owned(sentence, clause, when.start + 1, when.end, own)
    stated = _self_contained(sentence, when.start + 1, when.end, whole=True, own=own)
    if stated is None:
        return None
    prompt = realise.interrogative(sentence, clause, when, "Warum", replace=replace)
    written = realise.phrase(sentence, when.start, when.start + 1) + " " + stated
    return _question(sentence, clause, prompt, "Warum", f"weil {stated}", (written,), "warum")


def _accused(sentence: Sentence, clause: Clause, inner: Clause) -> frozenset[int]:
    """The subject pronoun of a charge's als-clause ("als er unter dem Verdacht stand") when it can
    only be the main clause's subject: of its gender and number, or "er"/"sie" for the one person
    the sentence names as subject or object. (With a verb of accusing the subject is the accuser:
    not there.)"""
    subjects, mains = inner.role("subject"), clause.role("subject")
    if inner.lemma in CHARGE_VERBS or len(subjects) != 1 or len(mains) != 1 or subjects[0].end != subjects[0].start + 1:
        return frozenset()
    pronoun, head = _token(sentence, subjects[0].start), _token(sentence, mains[0].head)
    if pronoun is None or head is None or pronoun.tag != "PPER" or pronoun.text.lower() not in ("er", "sie"):
        return frozenset()
    others = [t for c in sentence.clauses for part in c.constituents if part.role in PERSON_ROLES
              for t in span_tokens(sentence, part.start, part.end)
              if t.ent_label == "PER" and not mains[0].start <= t.i < mains[0].end]
    person = head.tag == "NE" and head.ent_label == "PER" and not others
    return frozenset({pronoun.i}) if person or agrees(sentence, mains[0], pronoun) else frozenset()


def _owned(sentence: Sentence, clause: Clause, start: int, end: int, own: frozenset[int]) -> frozenset[int]:
    """The possessives from ``start`` to ``end`` of the gender and number of ``clause``'s subject
    when a pronoun there already stands for it ("als ihm vorgeworfen wurde, große Teile seiner
    Doktorarbeit abgeschrieben zu haben": "ihm" is the minister, and so is "seiner")."""
    subjects = clause.role("subject")
    if len(subjects) != 1 or subjects[0].clause is not None or not own:
        return frozenset()
    return frozenset(t.i for t in span_tokens(sentence, start, end) if t.tag == "PPOSAT" and any(
        agrees(sentence, subjects[0], dc_replace(t, text=pronoun)) for pronoun in POSSESSORS.get(t.text.lower()[:3], ())))


# Verbs whose participle says what moved someone to act ("schockiert", "enttäuscht", "angelockt").
MOVING_VERBS = frozenset({"schockieren", "erschüttern", "empören", "enttäuschen", "verärgern", "beunruhigen", "alarmieren",
                          "ermutigen", "motivieren", "anlocken", "beeindrucken", "verunsichern", "verängstigen",
                          "frustrieren", "überzeugen", "ermüden", "erschrecken", "entsetzen", "inspirieren", "anspornen",
                          "verbittern", "reizen", "provozieren", "bewegen", "rühren", "veranlassen", "drängen"})
# The form of "sein" a restated participle takes, by tense and number.
BEING = {("present", "Sing"): "ist", ("present", "Plur"): "sind", ("past", "Sing"): "war", ("past", "Plur"): "waren"}


def _moved_by(sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """A participle of feeling in the Vorfeld says why the subject acted, what round 17's readers
    asked of "Durch die Nachricht von Coulsons Tod schockiert, legen Captain America und Iron Man
    ihren Zwist beiseite." ("Warum legen … ihren Streit beiseite?"): "Von den hohen Preisen
    enttäuscht, verließen viele Besucher die Messe vorzeitig." → "Warum verließen viele Besucher
    die Messe vorzeitig?" – weil sie von den hohen Preisen enttäuscht waren (the phrase as written
    accepted). Only a closed class of verbs that move someone ("schockieren", "enttäuschen",
    "anlocken"); another participle says how or what ("Aus Holz gebaut, steht die Kirche …")."""
    if clause.kind != "main" or clause.negation is not None or any(not c.sure for c in clause.constituents):
        return None
    first = min(clause.constituents, key=lambda c: c.start, default=None)
    if first is None or first.role != "complement" or first.clause is None or first.start != sentence.tokens[0].i:
        return None
    tokens = span_tokens(sentence, first.start, first.end)
    participle = tokens[-1] if tokens else None
    if participle is None or participle.tag not in ("VVPP", "VVFIN") or participle.lemma not in MOVING_VERBS:
        return None  # (before the comma and the finite verb, "schockiert" is the participle the tagger may miss)
    if _word(sentence, first.end) != "," or first.end + 1 != clause.finite:
        return None
    if len(tokens) < 2 or any(t.tag in POINTING_TAGS or t.text.lower() in LINKING_WORDS for t in tokens):
        return None  # "Dadurch ermutigt, …": by what, the answer would not say
    subjects = clause.role("subject")
    if len(subjects) != 1 or subjects[0].clause is not None:
        return None
    written = realise.phrase(sentence, first.start, first.end)
    head = _token(sentence, subjects[0].head)
    number = "Plur" if clause.number == "Plur" else "Sing"
    pronoun = "sie" if number == "Plur" else {"Masc": "er", "Fem": "sie", "Neut": "es"}.get(
        head.feature("Gender") if head is not None and head.tag == "NN" else "", "")
    being = BEING.get(("present" if clause.tense == "present" else "past", number))
    answer = f"weil {pronoun} {written} {being}" if pronoun and being else written
    prompt = realise.interrogative(sentence, clause, first, "Warum", replace=replace)
    return _question(sentence, clause, prompt, "Warum", answer, (written,) if answer != written else (), "warum")


# Words that open a clause of result after a comma or "und" ("…, sodass …", "… und infolgedessen …").
RESULT_LINKS = frozenset({"deshalb", "daher", "darum", "deswegen", "infolgedessen", "folglich", "sodass"})


def _result_link(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"X, sodass Y." / "X und infolgedessen Y." / "X, deshalb Y.": Y asked with Warum, X the
    answer, when X is the whole first clause of the sentence and says all on its own (the
    sentence-to-sentence form is ``_back_reason``)."""
    first = sentence.clauses[0] if sentence.clauses else None
    if first is None or clause is first or first.kind != "main" or min(first.tokens) != sentence.tokens[0].i:
        return None
    opening = min((c.start for c in clause.constituents), default=-1)
    link = next((c for c in clause.constituents if c.start == opening and c.clause is None
                 and c.end == c.start + 1 and _word(sentence, c.start) in RESULT_LINKS), None)
    last = max((t.i for t in sentence.tokens if t.i in first.tokens and not t.tag.startswith("$")), default=-1)
    between = [t for t in sentence.tokens if last < t.i < opening]
    if link is None or not between or any(t.text not in (",", "und") for t in between):
        return None
    if any(c is not first and c is not clause for c in sentence.clauses if min(c.tokens) < opening):
        return None  # another clause inside the reason
    if not first.sure or any(not c.sure for c in first.constituents) or first.mood != "indicative":
        return None
    if any(not c.sure for c in clause.constituents if c is not link) or clause.mood != "indicative":
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1 or _word(sentence, subjects[0].start) in ("ein", "eine", "einer") and clause.voice != "active":
        return None  # "Warum wurde ein neuer Höchststand erreicht?": of what, the question does not say
    links = frozenset(i for i in first.tokens if i != sentence.tokens[0].i and _word(sentence, i) in DROPPED_LINKS)
    answer = _self_contained(sentence, sentence.tokens[0].i, last + 1, whole=True, leave=links)
    if clause.kind == "coordinated":  # "und infolgedessen verlor John …" asked as the main clause it is after "und"
        clause = dc_replace(clause, kind="main", tokens=tuple(i for i in clause.tokens if i >= opening),
                            conjunction=None, parent=None)
    prompt = realise.interrogative(sentence, clause, dc_replace(link, sure=True), "Warum", replace=replace)
    return _question(sentence, clause, prompt, "Warum", answer, (), "warum")


def _so_that(analysis: Analysis, sentence: Sentence, clause: Clause, labels: dict[str, str]) -> Question | None:
    """"X war so Adj, dass Y." → Warum Y? – weil X war: the dass-clause of a degree says what
    followed from it ("Allerdings war ihre Gesundheit inzwischen so stark angegriffen, dass sie ein
    Praktikum … aufgeben und nach Indien zurückkehren musste." → "Warum musste Anandi ein Praktikum
    … aufgeben und nach Indien zurückkehren?" – weil ihre Gesundheit inzwischen so stark
    angegriffen war). The degree word stands before an adjective or adverb of the main clause
    ("so dass" right before the clause is ``_result_link``'s); a possessive in the answer only
    for the question's own subject, which the reader has in front of them."""
    results = [c for c in clause.constituents if c.clause is not None and _word(sentence, c.start) == "dass"
               and _word(sentence, c.start - 1) == ","]
    if clause.kind != "main" or len(results) != 1 or not results[0].sure:
        return None
    result, index = results[0], results[0].clause
    if index is None:
        return None
    if not any(_word(sentence, i) in DEGREE_WORDS and i + 1 < result.start - 1 and i + 1 in clause.tokens
               and (_token(sentence, i + 1) or sentence.tokens[0]).tag in DEGREE_TAGS
               for i in clause.tokens if i < result.start):
        return None
    inner = sentence.clauses[index]
    nested = any(c.parent == index for c in sentence.clauses)
    if inner.kind != "subordinate" or not inner.sure or inner.mood != "indicative" or nested or _joined_particle(sentence, inner):
        return None
    if any(_word(sentence, i) in HEDGES for i in inner.tokens) or any(not c.sure for c in clause.constituents):
        return None
    names = _pronoun_names(analysis, sentence, inner, labels)
    prompt = _why(sentence, inner, names) if names is not None else None
    if prompt is None or names is None:
        return None
    if any(_word(sentence, i) in LINKING_WORDS or (_token(sentence, i) or sentence.tokens[0]).tag in POINTING_TAGS
           and (_token(sentence, i) or sentence.tokens[0]).tag != "PPER" for i in inner.tokens):
        return None  # "dass dort nur noch sehr reiche Menschen wohnen können": where, the question would not say
    subject = inner.role("subject")[0]
    asked = names.get((subject.start, subject.end)) or realise.phrase(sentence, subject.start, subject.end)
    mains = _pronoun_names(analysis, sentence, clause, labels)
    owners = _owners(analysis, sentence, [t for t in sentence.tokens if t.i in clause.tokens], labels, asked)
    if mains is None or owners is None:
        return None
    answer = verb_last(sentence, {s: n for s, n in mains.items() if s[0] < result.start} | owners, "weil", omit=result)
    return _question(sentence, inner, prompt, "Warum", answer, (), "warum")


def _owners(
    analysis: Analysis, sentence: Sentence, tokens: list[Token], labels: dict[str, str], asked: str = "",
) -> Spans | None:
    """The possessives among ``tokens`` as an answer read on its own can say them: a person's
    name in the s-genitive where the references name it and a noun follows ("seine Werke" →
    "Rembrandts Werke"; "seine großen" would need the adjective's strong ending, so not there),
    or the word itself when it stands for ``asked``, the question's subject, which the reader has
    in front of them; None when one is neither."""
    found: Spans = {}
    for k, token in enumerate(tokens):
        if token.tag != "PPOSAT":
            continue
        name = resolve(analysis, sentence.index, token.i) or ""
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if asked and _same_referent(name, asked):
            found[(token.i, token.i + 1)] = token.text.lower()
        elif labels.get(name) == "person" and after is not None and after.tag == "NN":
            found[(token.i, token.i + 1)] = realise.saxon_genitive(name)
        else:
            return None
    return found


# The clause a "so dass" result is read in on its own: a frame that makes it a plain dass-clause.
RESULT_FRAME = "Man weiß, dass {}."


def _so_dass(analysis: Analysis, sentence: Sentence, labels: dict[str, str]) -> Question | None:
    """"X, so dass Y." / "X, sodass Y." → Warum Y? – weil X: "Das Flussufer ist wenig zerklüftet
    und vielerorts gut zugänglich, sodass man trotz der stellenweise recht hohen Strömung
    gefahrlos in der Aare baden kann." → "Warum kann man trotz der … Strömung gefahrlos in der
    Aare baden?" – weil das Flussufer wenig zerklüftet und vielerorts gut zugänglich ist. The
    clause rules read "sodass" as a phrase of a second main clause and leave "so dass Y" unparsed,
    so X (from the sentence's start) and Y are each analysed again on their own (Y as the
    dass-clause of a neutral frame); both must be one plain clause with no pronoun, hedge or
    further clause, X the whole of its sentence up to the comma (where the parse found the
    clause after "sodass", ``_result_link`` asks it, with X as written); a possessive only where
    ``_owners`` names it ("so dass seine Radierungen lebendiger erscheinen" → "Warum erscheinen
    Rembrandts Radierungen lebendiger?")."""
    tokens = [t for t in sentence.tokens if not t.tag.startswith("$.")]
    links = [k for k, t in enumerate(tokens) if k > 1 and tokens[k - 1].text == "," and (
        t.text.lower() == "sodass" or t.text.lower() == "so" and k + 1 < len(tokens) and tokens[k + 1].text == "dass")]
    if len(links) != 1 or sentence.tokens[-1].text != ".":
        return None
    if any(_result_link(analysis, sentence, c, {}) is not None for c in sentence.clauses):
        return None  # the parse read "sodass" as a link word, and ``_result_link`` asks the same
    comma = links[0] - 1
    start = links[0] + (1 if tokens[links[0]].text.lower() == "sodass" else 2)
    reason, result = tokens[:comma], tokens[start:]
    if not result or any(t.text in (",", "(", ":", ";") or t.tag in POINTING_TAGS - {"PPOSAT"} or t.text.lower() in HEDGES
                         or t.text.lower() in LINKING_WORDS or t.text.lower().endswith("dessen") for t in result):
        return None  # ("währenddessen": during what, the question would not say)
    if any(t.text.lower() in HEDGES for t in reason):
        return None
    said = parse_line(RESULT_FRAME.format(_joined(result)))
    stated = parse_line(_joined(reason) + ".")
    if said is None or stated is None or len(said.clauses) != 2 or said.clauses[1].kind != "subordinate":
        return None
    inner = said.clauses[1]
    if not inner.sure or inner.mood != "indicative" or inner.conjunction != said.tokens[3].i or _joined_particle(said, inner):
        return None  # the frame's dass-clause must be all of Y
    subjects = inner.role("subject")
    if len(subjects) != 1 or inner.voice != "active" and _word(said, subjects[0].start) in ("ein", "eine", "einer"):
        return None  # "Warum wurde ein neuer Höchststand erreicht?": of what, the question does not say
    asked_owners, owners = _owners(analysis, sentence, result, labels), _owners(analysis, sentence, reason, labels)
    if asked_owners is None or owners is None:
        return None
    prompt = _why(said, inner, _shifted(asked_owners, result[0].i, said, said.tokens[4].i))
    answer = verb_last(stated, _shifted(owners, reason[0].i, stated, stated.tokens[0].i), "weil")
    found = _question(said, inner, prompt, "Warum", answer, (), "warum")
    if found is None:
        return None
    return dc_replace(found, sentence=sentence.index, evidence=sentence.text, explanation=f"Im Text steht: „{sentence.text}“")


def _shifted(spans: Spans, start: int, parsed: Sentence, at: int) -> Spans:
    """The one-token ``spans`` of words from ``start`` on, moved to where ``parsed`` has them from ``at``."""
    return {(s - start + at, e - start + at): text for (s, e), text in spans.items()}


def _joined_particle(sentence: Sentence, clause: Clause) -> bool:
    """Is the verb-final clause's finite verb a particle verb written joined ("dass sie sich nicht
    durchsetzten")? Asked verb-second it must split ("setzten sich … durch"), which the question
    does not do."""
    finite = _token(sentence, clause.finite)
    if finite is None or clause.particle is not None:
        return False
    lower = finite.text.lower()
    return any(lower.startswith(p) and finite.lemma.lower().startswith(p) and is_verb(finite.lemma.lower()[len(p):])
               for p in SEPARABLE_PARTICLES)


def _joined(tokens: list[Token]) -> str:
    """The tokens as the text wrote them."""
    return "".join(t.text + t.whitespace for t in tokens).strip()


# Heads of subjects that "führen zu" a place, not to a result ("Der Weg führt zur Burg").
PATH_NOUNS = ("weg", "straße", "pfad", "route", "bahn", "strecke", "treppe", "tür", "brücke", "tunnel", "gasse",
              "allee", "spur", "kanal", "leitung", "steg", "pass", "fluss", "zug", "reise", "fahrt", "flug")
# Endings of abstract nouns: "führte zu einer Entfremdung" names a result, not a destination.
RESULT_ENDINGS = ("ung", "heit", "keit", "ion", "schaft", "tät", "nis", "mus", "anz", "enz", "verlust", "anstieg",
                  "rückgang", "streit", "krieg", "konflikt", "protest", "problem", "probleme", "krise", "tod",
                  "schaden", "aufsehen", "chaos", "ärger", "unruhe", "kritik")


def _leads_to(sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"X führte zu einer noch größeren Entfremdung" → Wozu führte X? – zu …, the result, when
    X is a thing or event (no path: "Der Weg führt zur Burg") and the result an abstract noun."""
    if clause.lemma not in RESULT_PREPOSITIONS or clause.voice != "active" or clause.negation is not None or clause.modal:
        return None
    subject = _plain_subject(sentence, clause, replace)
    head = _token(sentence, next((c.head for c in clause.role("subject")), None))
    if subject is None or head is None or head.ent_label or head.lemma.lower().endswith(PATH_NOUNS):
        return None
    results = [c for c in clause.constituents if c.clause is None and _word(sentence, c.start) in RESULT_PREPOSITIONS[clause.lemma]]
    if len(results) != 1 or not results[0].sure or any(c.role in ("object_acc", "object_dat") for c in clause.constituents):
        return None  # "führte die Truppen zum Sieg": someone led, nothing resulted
    result = results[0]
    tokens = span_tokens(sentence, result.start, result.end)
    noun = _token(sentence, result.head)
    if noun is None or noun.tag != "NN" or not noun.lemma.lower().endswith(RESULT_ENDINGS) or any(
            t.tag in POINTING_TAGS or t.tag == "NE" for t in tokens) or _one_of_several(sentence, result):
        return None
    answer = realise.phrase(sentence, result.start, result.end)
    if clause.lemma == "sorgen":  # "Der Sturm sorgte für große Schäden." → "Welche Folgen hatte der Sturm?"
        if person_noun(head) or any(t.tag == "NE" for t in span_tokens(sentence, *_subject_span(clause))):
            return None  # "Der Gesandte Jean Nicot sorgte für die Einführung …": a person brought it about, no consequences
        prompt = realise.interrogative(sentence, clause, result, "Wozu", replace=replace)
        return _consequences(sentence, clause, prompt, answer) if prompt is not None else None
    prompt = realise.interrogative(sentence, clause, result, "Wozu", replace=replace)
    if prompt is not None and _listed_results(tokens):
        return _consequences(sentence, clause, prompt, answer)
    return _question(sentence, clause, prompt, "Wozu", answer, (" ".join(answer.split()[1:]),), "wozu")


def _subject_span(clause: Clause) -> tuple[int, int]:
    subject = clause.role("subject")[0]
    return subject.start, subject.end


HAVING = {"führt": "hat", "führen": "haben", "führte": "hatte", "führten": "hatten",
          "sorgt": "hat", "sorgen": "haben", "sorgte": "hatte", "sorgten": "hatten"}
# Verbs of causing a result and the prepositions of their result: "führte zu …", "sorgte für …"
# ("sorgen für" a person or thing is caring: the result must be an abstract noun, as for "führen").
RESULT_PREPOSITIONS = {"führen": ("zu", "zur", "zum"), "sorgen": ("für",)}


def _listed_results(tokens: list[Token]) -> bool:
    """Does the result phrase list two or more results ("zu verstärkter Abholzung von Wäldern,
    Humusabbau des Bodens und starker wirtschaftlicher Abhängigkeit")? A comma or "und" between
    two nouns, outside brackets."""
    nouns = [k for k, t in enumerate(tokens) if t.tag == "NN"]
    return len(nouns) > 1 and any(t.text == "," or t.tag == "KON" and t.text.lower() in ("und", "sowie")
                                  for t in tokens[nouns[0] + 1 : nouns[-1]]) and not any(t.text in "()" for t in tokens)


def _consequences(sentence: Sentence, clause: Clause, prompt: str, answer: str) -> Question | None:
    """"Der Tabakanbau führt in den afrikanischen Anbaugebieten zu verstärkter Abholzung von
    Wäldern, Humusabbau des Bodens und starker wirtschaftlicher Abhängigkeit von den
    Tabakaufkäufern." → "Welche Folgen hat der Tabakanbau in den afrikanischen Anbaugebieten?
    Nenne zwei." (``_counted``) – the listed results, any two right (``keys.list_rule``). Readers missed the
    harm of tobacco growing (round 26); a list asked with "Wozu führt …?" reads as one answer, and
    a student who names two of three understood."""
    words = prompt.split()
    if len(words) < 3 or words[0] != "Wozu" or words[1] not in HAVING:
        return None
    asked = " ".join(["Welche", "Folgen", HAVING[words[1]], *words[2:]])
    bare = " ".join(answer.split()[1:]) if answer.split()[0] in ("zu", "zur", "zum", "für") else answer
    if not wellformed.well_formed_question(asked, word="Welche Folgen", verbs=()):
        return None
    return content_item(sentence, asked, bare, (), "welche-folgen")  # "Nenne zwei." after the filter (``_counted``)


# --- durch + an event ------------------------------------------------------------------------


def _through(sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"Durch" and a noun of an event, action or state in an active clause names what brought the
    clause about, asked with Wodurch: "Durch die Isolation vom ungarischen Mutterland behielten
    die Tschangos ihren eigenständigen Dialekt bei." → "Wodurch behielten die Tschangos ihren
    eigenständigen Dialekt bei?" – durch die Isolation vom ungarischen Mutterland. (A passive's
    "durch" is ``wh_content``'s.) Not a way through a place ("Durch die östlichen Stadtviertel
    fließt der Iskar": no event, and a verb of moving), nor in a sentence with a clause other than
    a conjunct after it (a relative or content clause the question would drop), nor a phrase
    right after a noun it may belong to ("die Versorgung der Stadt durch Schiffe"), nor beside a
    reason the clause gives as well ("…, weil …": the answer would be half). The phrases that
    belong to the means go into the answer (``_means_parts``): "Seinen Lebensunterhalt bestritt
    Rohmer hauptsächlich durch das Schreiben von Sketches für Künstler in Music Halls und mit
    weiteren Kurzgeschichten für Magazine." → "Wodurch bestritt Rohmer hauptsächlich seinen
    Lebensunterhalt?" – durch das Schreiben von Sketches und mit weiteren Kurzgeschichten; and a
    passive of feeling whose means goes on ("Vane wurde durch das Fehlen von Möglichkeiten zum
    Experimentieren enttäuscht." → "Wodurch wurde Vane enttäuscht?"), which ``wh_content`` leaves;
    what moved someone is asked without the "dort" that says where ("Dort wurde Vane zunächst …
    enttäuscht." → "Wodurch wurde Vane zunächst enttäuscht?"). After a verb of suffering harm the
    phrase is its cause whatever the noun ("Im Jahr 1998 erlitt der Fahrer durch einen Sturz
    schwere Verletzungen." → "Wodurch erlitt der Fahrer im Jahr 1998 schwere Verletzungen?")."""
    passive = clause.voice == "passive" and clause.lemma in FEELING_VERBS
    if not (clause.voice == "active" or passive) or clause.negation is not None:
        return None
    if any(not c.sure for c in clause.constituents) or any(c.role in ("cause", "purpose") for c in clause.constituents):
        return None
    relative = _closing_relative(sentence, clause)
    if any(c is not clause and c is not relative and (min(c.tokens) < max(clause.tokens) or c.kind != "coordinated")
           for c in sentence.clauses):
        return None  # a clause of its own ("glaubte, er …") the question would drop
    there = [c for c in clause.constituents if passive and c.role == "place" and c.end == c.start + 1
             and _word(sentence, c.start) in ("dort", "hier")]
    named = {i for start, end in replace for i in range(start, end)}  # "dort" as the topic's place (``_there``)
    if any(_word(sentence, i) in LINKING_WORDS for i in clause.tokens
           if not any(c.start == i for c in there) and i not in named):
        return None  # "vervielfachte sich dort die Zahl": where, the question would not say
    phrases = [c for c in clause.constituents if c.clause is None and c.role in ("adverbial", "manner")
               and (_word(sentence, c.start) == "durch" or _along_with(sentence, c))]
    if len(phrases) != 1:
        return None
    means = phrases[0]
    if _moving(clause.lemma) and _word(sentence, means.start) == "durch":
        return None  # "Durch die östlichen Stadtviertel fließt der Iskar": a way, not a means
    tokens = span_tokens(sentence, means.start, means.end)
    head = _token(sentence, means.head)
    if len(tokens) < 2 or head is None or tokens[-1].tag not in ("NN", "NE") or head.ent_label or not (
            event_noun(head) or clause.lemma in SUFFERING_VERBS):
        return None  # "durch die Plug-ins": a tool, no event
    if head.lemma.lower().endswith(PLACE_NOUNS) or any(t.tag in POINTING_TAGS for t in tokens):
        return None
    if head.lemma in EMPTY_NOUNS or _word(sentence, _last_word(sentence) + 1) == ":" or any(
            t.text.lower().startswith(VAGUE_DETERMINERS) for t in tokens[1:]):
        return None  # "durch verschiedene Mechanismen erfolgen:": the means are still to come
    if _after_event_noun(sentence, means):
        return None  # "die Versorgung der Stadt | durch Schiffe": the phrase belongs to the noun
    if clause.lemma in CAUSING_VERBS and _word(sentence, means.start - 1) and _tag(sentence, means.start - 1) == "NN":
        return None  # "verursachte geringere Schäden | durch örtliche Überflutungen": the damage's kind, not a means
    parts = _means_parts(sentence, clause, means)
    if parts is None or passive and not parts:
        return None  # (a passive's plain "durch" is ``wh_content``'s)
    if not parts and (any(c.start == means.end and c.clause is None and _word(sentence, c.start) in NOUN_PREPOSITIONS
                          for c in clause.constituents) or _one_of_several(sentence, means)):
        return None  # "durch den Zuzug | von Stämmen": the next phrase belongs to the answer's noun
    end = max((c.end for c in parts), default=means.end)
    recipients = frozenset(i for c in parts if _word(sentence, c.start) == "für" for i in range(c.start, c.end)) | frozenset(
        i for c in (means, *parts) for i in _inner_recipient(sentence, c))
    whole = _self_contained(sentence, means.start, end)
    answer = _self_contained(sentence, means.start, end, leave=recipients)
    if whole is None or answer is None:
        return None
    runs = [dc_replace(first, end=last.end) for k, first in enumerate(parts) for last in parts[k:]]
    # the means and its list asked as one ("durch … und mit …" is one unit of the clause)
    whole_means = dc_replace(means, end=end) if parts else means
    wh = "Warum" if _state_by_means(sentence, clause) else "Wodurch"
    prompt = realise.interrogative(sentence, clause, whole_means, wh, replace=replace, drop=[*runs, *there])
    if prompt is None and parts:
        prompt = realise.interrogative(sentence, clause, means, wh, replace=replace, drop=[*runs, *there])
    if prompt is not None and any(realise.phrase(sentence, c.start, c.end) in prompt for c in parts):
        return None  # the realiser kept a phrase of the answer
    accepted = tuple(v for v in (whole, "" if parts else " ".join(answer.split()[1:])) if v and v != answer)
    if _word(sentence, means.start).lower() == "mit":
        accepted = tuple(v for v in (whole, *_as_through(answer, head)) if v and v != answer)
    if wh == "Warum":
        accepted = (*accepted, *_as_quality(span_tokens(sentence, means.start, end)))
    made = _question(sentence, clause, prompt, wh, answer, accepted, wh.lower())
    if made is None or relative is None:
        return made
    # the question without its relative clause read as one good question; with it, not much longer
    longer = _with_relative(sentence, clause, relative, made.prompt)
    if longer is None or len(longer.split()) > wellformed.MAX_QUESTION_WORDS + RELATIVE_EXTRA_WORDS:
        return None
    return dc_replace(made, prompt=longer)


# Verbs of a state: what a "durch" phrase gives them is a reason, asked with Warum ("Durch die
# Abgeschiedenheit der Inseln findet man dort viele Tiere …" → "Warum findet man …?"); "Wodurch"
# asks by what means, which a state has not.
STATE_BY_MEANS_VERBS = frozenset({"sein", "geben", "haben", "bleiben", "leben", "existieren", "vorkommen", "gelten"})


def _state_by_means(sentence: Sentence, clause: Clause) -> bool:
    """Does the clause tell a state: a verb of being or having, or "man findet" (= es gibt)?"""
    if clause.lemma in STATE_BY_MEANS_VERBS:
        return True
    subjects = clause.role("subject")
    return clause.lemma == "finden" and len(subjects) == 1 and _word(sentence, subjects[0].start) == "man"


# The words a relative clause the question keeps may add beyond a question's usual length.
RELATIVE_EXTRA_WORDS = 4


# How often an adjective must occur to stand for its noun of quality ("abgeschieden" for
# "Abgeschiedenheit"): rarer strings are no words.
QUALITY_ZIPF = 2.5


def _as_quality(tokens: list[Token]) -> tuple[str, ...]:
    """"durch die Abgeschiedenheit der Inseln" as a student says it: "weil die Inseln abgeschieden
    sind" (a noun of quality in -heit / -keit of a plural genitive, the adjective a known word)."""
    words = [t.text for t in tokens]
    if len(words) != 5 or [w.lower() for w in words[:2]] != ["durch", "die"] or words[3] != "der" \
            or tokens[4].tag != "NN" or tokens[4].feature("Number") != "Plur":
        return ()
    noun = words[2]
    stems = [noun[: -len(end)] for end in ("igkeit", "keit", "heit") if noun.endswith(end)]
    known = [stem.lower() for stem in stems if zipf_frequency(stem.lower(), "de") >= QUALITY_ZIPF]
    return (f"weil die {words[4]} {known[0]} sind",) if known else ()


def _closing_relative(sentence: Sentence, clause: Clause) -> Clause | None:
    """The relative clause that closes the sentence right after the clause's last phrase ("viele
    Tiere und Pflanzen, | die es nirgendwo anders auf der Welt gibt."), which a question can keep
    after the phrase it ends with; None when there is none or another clause follows."""
    if not clause.constituents:
        return None
    last = max(clause.constituents, key=lambda c: c.end)
    for other in sentence.clauses:
        if other is clause or other.kind != "relative" or not other.sure:
            continue
        start = min(other.tokens)
        end = max(i for i in other.tokens if _tag(sentence, i) != "$.")
        if _tag(sentence, last.end) == "$," and start == last.end + 1 and end == _last_word(sentence):
            return other
    return None


def _with_relative(sentence: Sentence, clause: Clause, relative: Clause, prompt: str | None) -> str | None:
    """The prompt with the relative clause after the phrase it belongs to, when the prompt ends
    with that phrase ("Warum findet man … viele Tiere und Pflanzen, die es nirgendwo anders auf der
    Welt gibt?"); None when the phrase is not the prompt's last or the clause points elsewhere."""
    if prompt is None:
        return None
    last = max(clause.constituents, key=lambda c: c.end)
    phrase = " ".join(t.text for t in span_tokens(sentence, last.start, last.end))
    expletive = frozenset(i for i in relative.tokens if relative.lemma == "geben" and _word(sentence, i) == "es")
    text = _self_contained(sentence, min(relative.tokens), _last_word(sentence) + 1, whole=True, own=expletive)
    if text is None or not prompt.endswith(f" {phrase}?"):
        return None
    return f"{prompt[:-1]}, {text}?"


# Nouns of a phase of time: "Mit dem Beginn des Winters …" says when, not what brought it about.
PHASE_NOUNS = frozenset({"beginn", "anfang", "start", "ablauf", "ende", "einbruch", "eintritt", "einsetzen"})
# Nouns of support or consent: "Mit der Unterstützung seiner Frau …" says with whose help, not by what.
SUPPORT_NOUNS = frozenset({"unterstützung", "hilfe", "zustimmung", "erlaubnis", "genehmigung", "einwilligung", "billigung",
                           "begleitung", "beteiligung", "mitwirkung", "förderung", "finanzierung"})
# The dative article of "mit" and the accusative of "durch" for the head's gender ("dem Bau" → "den Bau").
THROUGH_ARTICLES = {"Masc": "den", "Neut": "das", "Fem": "die", "Plur": "die"}
NOMINATIVE_ARTICLES = {"Masc": "der", "Neut": "das", "Fem": "die", "Plur": "die"}


def _along_with(sentence: Sentence, phrase: Constituent) -> bool:
    """Does a Vorfeld "mit" with the definite article and a noun of an event say what brought the
    clause about ("Mit dem Bau der Eisenbahn wuchs die Stadt schnell.": by the railway's being
    built)? Readers of round 18 wanted "Warum wurden ternäre Computer zu einer Fußnote der
    Computergeschichte?" of "Mit dem Aufkommen der … binären Bauteile wurden ternäre Rechner zu
    einer kleinen Fußnote …". Only at the front, where a verb's own "mit" object seldom stands,
    and not a phase of time ("Mit dem Beginn des Winters") nor someone's support."""
    words = span_tokens(sentence, phrase.start, phrase.end)
    head = _token(sentence, phrase.head)
    if phrase.field != "vorfeld" or len(words) < 3 or words[0].text.lower() != "mit" or head is None:
        return False
    if words[1].text.lower() not in ("dem", "der") or head.i != words[2].i and words[2].tag != "ADJA":
        return False  # "mit dem | Aufkommen …", "mit der raschen Ausbreitung": the noun opens the phrase
    return event_noun(head) and head.lemma.lower() not in PHASE_NOUNS | SUPPORT_NOUNS


def _as_through(answer: str, head: Token) -> tuple[str, ...]:
    """What the key accepts beside "mit dem Bau der Eisenbahn": "durch den Bau der Eisenbahn" and
    the event alone, "der Bau der Eisenbahn" (the article of the head's gender and number)."""
    words = answer.split()
    kind = "Plur" if head.feature("Number") == "Plur" else head.feature("Gender")
    if len(words) < 3 or kind not in THROUGH_ARTICLES:
        return ()
    rest = " ".join(words[2:])
    return (f"durch {THROUGH_ARTICLES[kind]} {rest}", f"{NOMINATIVE_ARTICLES[kind]} {rest}")


# Verbs of feeling whose "durch" phrase names the cause and that take no "zu" phrase of their own
# ("wurde durch … enttäuscht"; "ermutigen" or "bewegen zu …" would take the phrase after it).
FEELING_VERBS = frozenset({"schockieren", "erschüttern", "empören", "enttäuschen", "verärgern", "beunruhigen",
                           "alarmieren", "beeindrucken", "verunsichern", "verängstigen", "frustrieren", "ermüden",
                           "erschrecken", "entsetzen", "verbittern", "rühren", "überraschen", "irritieren", "kränken",
                           "demütigen", "beleidigen", "verletzen", "bedrücken", "belasten", "verstören"})
def _after_event_noun(sentence: Sentence, means: Constituent) -> bool:
    """Does the "durch" phrase follow a name, or a noun phrase with a noun of an event it may
    belong to ("die Versorgung der Stadt | durch Schiffe")? Not a plain noun phrase before it
    ("erlitt der Fahrer | durch einen Sturz …": the subject, the phrase the verb's)."""
    before: list[Token] = []
    for token in reversed(span_tokens(sentence, sentence.tokens[0].i, means.start)):
        if token.tag not in ("NN", "NE", "ART", "ADJA", "APPRART", "CARD", "FM", "PPOSAT"):
            break
        before.append(token)
    return bool(before) and before[0].tag in ("NE", "FM") or any(event_noun(t) for t in before)


# Verbs of suffering a loss or harm: their "durch" phrase is the cause, whatever its noun names
# ("erlitt der Fahrer durch einen Sturz schwere Verletzungen").
SUFFERING_VERBS = frozenset({"erleiden", "davontragen", "erkranken", "verunglücken", "einbüßen", "verlieren"})
# Prepositions of a phrase that goes on a "durch" means ("durch das Schreiben von Sketches | für
# Künstler | und mit weiteren Kurzgeschichten"), in a list of means or after a noun.
MEANS_PREPOSITIONS = frozenset({"für", "mit", "durch", "von", "vom", "zum", "zur"})


def _means_parts(sentence: Sentence, clause: Clause, means: Constituent) -> list[Constituent] | None:
    """The phrases after the "durch" means that belong to it, up to the end of the clause's
    middle field: a list of means joined by "und mit / und durch" with the "für" phrases of its
    nouns ("durch das Schreiben von Sketches | für Künstler in Music Halls | und mit weiteren
    Kurzgeschichten | für Magazine"), or after a verb of feeling the "zum/zur" phrase of its noun
    ("durch das Fehlen von Möglichkeiten | zum Experimentieren enttäuscht"). [] when no phrase
    follows; None when phrases follow that are neither (a verb's own "für das Finale": "qualifizierte
    sich durch den Sieg für das Finale")."""
    parts: list[Constituent] = []
    end = means.end
    following = sorted((c for c in clause.constituents if c.start >= means.end), key=lambda c: c.start)
    for constituent in following:
        gap = span_tokens(sentence, end, constituent.start)
        if constituent.clause is not None or not constituent.sure or constituent.role != "adverbial" or any(
                t.text not in ("und", ",") for t in gap) or _word(sentence, constituent.start) not in MEANS_PREPOSITIONS:
            break
        parts.append(constituent)
        end = constituent.end
    rest = [t for t in span_tokens(sentence, end, _last_word(sentence) + 1)
            if t.i not in clause.verbs and t.i != clause.particle and not t.tag.startswith("$")]
    if not parts:
        return parts
    if rest:
        return None  # something of the clause still follows: where the means ends is not sure
    words = [_word(sentence, c.start) for c in parts]
    listed = any(_word(sentence, c.start - 1) == "und" and w in ("mit", "durch") for c, w in zip(parts, words, strict=True))
    purpose = clause.lemma in FEELING_VERBS and words == [words[0]] and words[0] in ("zum", "zur")
    return parts if listed and all(w in ("für", "mit", "durch") for w in words) or purpose else None


def _inner_recipient(sentence: Sentence, phrase: Constituent) -> range:
    """The "für" attribute inside a phrase of the means, to the phrase's end: whom the works were
    for, which the answer leaves out like a "für" phrase of its own ("durch das Schreiben von
    Sketches *für Künstler in Music Halls*", since the analysis joins such a phrase to its noun)."""
    start = next((i for i in range(phrase.start + 1, phrase.end) if _word(sentence, i) == "für"), phrase.end)
    return range(start, phrase.end)


# Words that leave open which of several is meant ("durch verschiedene Mechanismen").
VAGUE_DETERMINERS = ("verschieden", "mehrer", "unterschiedlich", "divers", "ander", "folgend", "bestimmt", "gewiss")


def _moving(lemma: str) -> bool:
    """A verb of moving or putting somewhere, also with a particle ("fließen", "hindurchziehen"),
    whose "durch" phrase is a way, not a means."""
    particles = (*wellformed.MOTION_PARTICLES, "durch", "hindurch")
    return lemma in wellformed.MOTION_VERBS or any(
        lemma.startswith(p) and lemma[len(p):] in wellformed.MOTION_VERBS for p in particles)


# --- Das liegt an …, Das hängt mit … zusammen ----------------------------------------------


def _explained(
    analysis: Analysis, sentence: Sentence, clause: Clause, previous: Sentence | None, labels: dict[str, str]
) -> Question | None:
    """"Das liegt an X." / "Das hängt mit X zusammen." after a sentence: that sentence asked with
    Warum, X (with its relative clause) the answer."""
    if clause.kind != "main" or previous is None or previous.paragraph != sentence.paragraph:
        return None
    if previous.index != sentence.index - 1 or clause.negation is not None or clause.modal:
        return None
    preposition = EXPLAINING_VERBS.get(clause.lemma)
    subjects = clause.role("subject")
    if preposition is None or len(subjects) != 1 or subjects[0].text not in ("Das", "Dies"):
        return None
    reasons = [c for c in clause.constituents if c.clause is None and _word(sentence, c.start) in preposition]
    if len(reasons) != 1 or any(c.clause is not None for c in clause.constituents):
        return None
    reason = reasons[0]
    after = [c for c in sentence.clauses if c is not clause]
    if any(c.kind != "relative" or c.antecedent is None or not reason.start <= c.antecedent < reason.end for c in after):
        return None  # only relative clauses on the reason's noun may follow it
    end = _last_word(sentence) + 1 if after else reason.end
    answer = _self_contained(sentence, reason.start, end, leave=frozenset(clause.verbs) | {clause.particle or -1})
    if answer is None or answer.split()[0] in ("daran", "damit"):
        return None
    words = answer.split()
    if len(words) < 3 or words[1].lower() not in ("der", "einer"):
        return None  # "wegen" needs the genitive: only a feminine article is the same in both cases
    answer = " ".join(["wegen", words[1].lower(), *words[2:]])  # "Warum …? – wegen einer Meeresströmung, die …"
    asked = [c for c in previous.clauses if c.kind in ("main", "coordinated")]
    if len(asked) != 1 or asked[0].kind != "main" or not asked[0].sure or asked[0].mood != "indicative":
        return None
    replace = _pronoun_names(analysis, previous, asked[0], labels)
    prompt = _why(previous, asked[0], replace | _there(analysis, previous, asked[0])) if replace is not None else None
    bare = realise.phrase(sentence, reason.start, reason.end)
    return _question(previous, asked[0], prompt, "Warum", answer, (bare,) if bare != answer else (), "warum",
                     evidence=f"{previous.text} {sentence.text}")


# The pronominal adverb of an explaining verb that a dass-clause fills ("Das liegt daran, dass …").
EXPLAINING_CORRELATES = {"liegen": "daran", "zusammenhängen": "damit"}


def _explained_by_clause(
    analysis: Analysis, sentence: Sentence, clause: Clause, previous: Sentence | None, labels: dict[str, str]
) -> Question | None:
    """"Das liegt daran, dass X." / "Dies hängt damit zusammen, dass X." after a sentence: that
    sentence asked with Warum, "weil X" the answer ("Auf Baltra regnet es nur wenig. Dies liegt
    daran, dass Baltra im Windschatten von Santa Cruz liegt." → "Warum regnet es auf Baltra nur
    wenig?" – weil Baltra im Windschatten von Santa Cruz liegt). The commonest way a text explains
    the sentence before; ``_explained`` takes the noun phrase ("Das liegt an X"), this the clause.
    Focus words beside it ("vor allem", "meist") go; a hedge ("wohl") keeps the sentence out."""
    correlate = EXPLAINING_CORRELATES.get(clause.lemma)
    if correlate is None or clause.kind != "main" or previous is None or previous.index != sentence.index - 1:
        return None
    if previous.paragraph != sentence.paragraph or clause.negation is not None or clause.modal:
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1 or subjects[0].end != subjects[0].start + 1 or _word(sentence, subjects[0].start).lower() \
            not in ("das", "dies"):
        return None
    filled = [c for c in clause.constituents if c.clause is not None]
    if len(filled) != 1 or _word(sentence, filled[0].start) != "dass" or not any(
            c.end == c.start + 1 and _word(sentence, c.start).lower() == correlate for c in clause.constituents):
        return None
    if any(c.role not in ("subject", "adverbial", "complement", "object_prep") for c in clause.constituents) or any(
            t.text.lower() in HEDGES for t in sentence.tokens):
        return None
    if any(t.text not in (".",) for t in span_tokens(sentence, filled[0].end, sentence.tokens[-1].i + 1)):
        return None  # something follows the reason the answer would cut off
    core = _self_contained(sentence, filled[0].start + 1, filled[0].end, whole=True)
    asked = [c for c in previous.clauses if c.kind in ("main", "coordinated")]
    if core is None or len(asked) != 1 or not asked[0].sure or asked[0].mood != "indicative":
        return None
    replace = _pronoun_names(analysis, previous, asked[0], labels)
    prompt = _why(previous, asked[0], replace) if replace is not None else None
    return _question(previous, asked[0], prompt, "Warum", f"weil {core}", (f"dass {core}", core), "warum",
                     evidence=f"{previous.text} {sentence.text}")


# "Grund dafür", "Ursachen hierfür": the subject or predicative that names the reason of the sentence before.
REASON_NOUNS = frozenset({"grund", "gründe", "ursache", "ursachen"})


def _named_reason(
    analysis: Analysis, sentence: Sentence, clause: Clause, previous: Sentence | None, labels: dict[str, str]
) -> Question | None:
    """"Gründe dafür waren X." after a sentence: that sentence asked with Warum, the noun phrases X
    the answer ("In den Jahren 1992 bis 2002 sank die Bevölkerungszahl … Gründe dafür waren die
    Emigration … sowie die sinkenden Geburtenzahlen."). "dafür" points to the sentence right
    before, whatever paragraph it ends. Read from the words (the parse often splits "Gründe" from
    "dafür"): X is what follows the form of "sein", noun phrases without a verb of their own."""
    if clause is not sentence.clauses[0] or previous is None or previous.index != sentence.index - 1:
        return None
    words = [t for t in sentence.tokens if not _bracketed(sentence, t)]
    start = 1 if words and words[0].tag == "ART" else 0
    opening = [t.text.lower() for t in words[start : start + 3]]
    if len(opening) < 3 or opening[0] not in REASON_NOUNS or opening[1] not in ("dafür", "hierfür"):
        return None
    if words[start + 2].lemma != "sein" or not words[start + 2].tag.endswith("FIN"):
        return None
    rest = [t for t in words[start + 3 :] if not t.tag.startswith("$")]
    if not rest or rest[-1].tag not in ("NN", "NE") or any(t.tag.startswith(("V", "KOUS", "PREL")) for t in rest):
        return None  # "Grund dafür war, dass …" or a relative clause: no plain noun phrase
    answer = _self_contained(sentence, rest[0].i, rest[-1].i + 1)
    asked = [c for c in previous.clauses if c.kind in ("main", "coordinated")]
    if answer is None or len(asked) != 1 or not asked[0].sure or asked[0].mood != "indicative":
        return None
    replace = _pronoun_names(analysis, previous, asked[0], labels)
    prompt = _why(previous, asked[0], replace) if replace is not None else None
    return _question(previous, asked[0], prompt, "Warum", answer, (), "warum", evidence=f"{previous.text} {sentence.text}")


# --- Trotz X Y: explanation -------------------------------------------------------------------

# Words of a concession: the clause says something happened against what one would expect.
CONCESSIVE_WORDS = frozenset({"trotz", "trotzdem", "dennoch", "obwohl", "obgleich", "obschon"})
# Contrast words inside a sentence that tie its own clauses, not it to the text before.
INNER_CONTRASTS = frozenset({"aber", "jedoch"})


def _despite(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """A concession before a colon asked with Warum, what follows the colon the answer: "Trotz
    seines Ruhms starb er einsam und arm: Er verdiente viel, machte aber Schulden und verlor sein
    Haus." → "Warum starb Rembrandt trotz seines Ruhms einsam und arm?" (round 21's key question
    on Rembrandt). What goes against the expected is what the text then explains; a colon after a
    plain statement may bring examples or a list instead, so it alone is no reason. The answer
    may name the question's subject by a pronoun (the reader has it in front of them), and an
    "aber" inside it ties its own clauses; no other word that points outside it may stay."""
    colon = next((t.i for t in sentence.tokens if t.text == ":"), None)
    if clause.kind != "main" or colon is None or max(clause.tokens) > colon or any(not c.sure for c in sentence.clauses):
        return None
    if not any(_word(sentence, i) in CONCESSIVE_WORDS for i in clause.tokens) or any(
            _word(sentence, i) in HEDGES for i in range(colon, _last_word(sentence) + 1)):
        return None
    explained = tuple(c for c in clause.constituents if c.start > colon)
    subject = _plain_subject(sentence, clause, replace)
    if subject is None or len(explained) != 1 or explained[0].clause is None or sentence.tokens[-1].text != ".":
        return None
    after = span_tokens(sentence, colon + 1, _last_word(sentence) + 1)
    own = frozenset(t.i for t in after if _stands_for(analysis, sentence, clause, t, subject))
    inner = frozenset(t.i for t in after[1:] if t.text.lower() in INNER_CONTRASTS)
    answer = _self_contained(sentence, colon + 1, _last_word(sentence) + 1, whole=True, own=own | inner)
    prompt = _why(sentence, clause, replace, drop=explained)
    return _question(sentence, clause, prompt, "Warum", answer, (), "warum")


# The possessive stems of a pronoun subject ("er" → "sein…").
OWNERS = {"er": "sein", "es": "sein", "sie": "ihr"}


def _stands_for(analysis: Analysis, sentence: Sentence, clause: Clause, token: Token, subject: str) -> bool:
    """Does the pronoun after the colon stand for the clause's subject: resolved to it, or the
    subject's own pronoun again ("starb er …: Er verdiente …", "sein Haus")?"""
    if token.tag not in ("PPER", "PPOSAT"):
        return False
    if _same_referent(resolve(analysis, sentence.index, token.i) or "", subject):
        return True
    subjects = clause.role("subject")
    pronoun = _word(sentence, subjects[0].start) if subjects and subjects[0].end == subjects[0].start + 1 else ""
    lower = token.text.lower()
    return pronoun in OWNERS and (lower == pronoun or token.tag == "PPOSAT" and lower.startswith(OWNERS[pronoun]))


# --- Warum/Wozu ist X nötig? ---------------------------------------------------------------


def _state_reasons(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Iterator[Question | None]:
    """"sein" with an adjective and a reason or purpose clause: "Damit Information stattfindet,
    sind Vereinbarungen notwendig." → Wozu sind Vereinbarungen notwendig? ``wh`` asks no adverbial
    of a copula clause ("Wo ist …?" would misread it); why and what for a state is are good
    questions when the predicative is an adjective."""
    if clause.lemma != "sein" or clause.voice != "active" or clause.modal:
        return
    predicatives = clause.role("predicative")
    if len(predicatives) != 1 or span_tokens(sentence, predicatives[0].start, predicatives[0].end)[-1].tag != "ADJD":
        return
    for constituent in clause.constituents:
        opening = _token(sentence, constituent.start)
        if constituent.clause is None or not constituent.sure or opening is None or opening.tag not in ("KOUS", "KOUI"):
            continue
        word = STATE_CONJUNCTIONS.get(opening.text.lower())
        inner = sentence.clauses[constituent.clause]
        if word is None or not inner.sure or inner.mood != "indicative" and word == "Warum":
            continue
        own = _subject_pronouns(analysis, sentence, clause, replace, constituent.start, constituent.end)
        answer = _self_contained(sentence, constituent.start, constituent.end, own=own)
        prompt = realise.interrogative(sentence, clause, constituent, word, replace=replace)
        accepted = (f"weil {answer.split(' ', 1)[1]}",) if answer and answer.startswith("da ") else ()
        yield _question(sentence, clause, prompt, word, answer, accepted, word.lower())


# --- weil / da: a reason too long to write down -------------------------------------------

# Adverbs that make a "mit" phrase the company someone acts in ("zusammen mit X und Y").
COMPANY_ADVERBS = frozenset({"zusammen", "gemeinsam"})


def _long_reason(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """A weil/da clause too long for a written answer (``wh`` leaves it), asked with Warum once
    the company it names is cut: "Die Aufnahmen wurden im Sommer unterbrochen, da Lamb of God
    zusammen mit Children of Bodom und Mastodon im Rahmen der „Unholy Alliance“-Tour von Slayer
    durch Nordamerika reisten." → "Warum wurden die Aufnahmen im Sommer unterbrochen?" – weil Lamb
    of God im Rahmen der „Unholy Alliance“-Tour von Slayer durch Nordamerika reisten. "zusammen /
    gemeinsam mit …" only says who else took part: without it the reason stays true and whole."""
    if clause.kind != "main" or any(not c.sure for c in clause.constituents):
        return None
    causes = [c for c in clause.constituents if c.role == "cause" and c.clause is not None
              and _word(sentence, c.start) in ("weil", "da")]
    if len(causes) != 1 or any(c.role == "purpose" for c in clause.constituents):
        return None
    cause = causes[0]
    inner = sentence.clauses[cause.clause or 0]
    if inner.mood != "indicative" or any(c is not inner and c.parent == cause.clause for c in sentence.clauses):
        return None  # a clause inside the reason: where the cut ends is not sure
    if len(_words_between(sentence, cause.start, cause.end)) <= wellformed.MAX_LONG_ANSWER_WORDS:
        return None  # short enough as it stands: ``wh`` asks it
    company = _company(sentence, inner)
    if not company:
        return None
    own = _subject_pronouns(analysis, sentence, clause, replace, cause.start, cause.end)
    answer = _self_contained(sentence, cause.start, cause.end, leave=company, own=own)
    if answer is None or len(answer.split()) > wellformed.MAX_LONG_ANSWER_WORDS:
        return None
    prompt = realise.interrogative(sentence, clause, cause, "Warum", replace=replace)
    conjunction, rest = answer.split(" ", 1)
    accepted = (f"da {rest}",) if conjunction == "da" else ()
    return _question(sentence, clause, prompt, "Warum", f"weil {rest}", accepted, "warum")


def _company(sentence: Sentence, inner: Clause) -> frozenset[int]:
    """The tokens of "zusammen mit Children of Bodom und Mastodon" in ``inner`` before its
    verb: the adverb and the sure "mit" phrase right after it; empty when there is none."""
    for constituent in inner.constituents:
        adverb = _token(sentence, constituent.start - 1)
        if (_word(sentence, constituent.start) == "mit" and constituent.clause is None and constituent.sure
                and adverb is not None and adverb.text.lower() in COMPANY_ADVERBS and adverb.i in inner.tokens
                and inner.finite is not None and constituent.end <= inner.finite):
            return frozenset(range(adverb.i, constituent.end))
    return frozenset()


def _words_between(sentence: Sentence, start: int, end: int) -> list[Token]:
    return [t for t in span_tokens(sentence, start, end) if not t.tag.startswith("$")]


# --- dienen -------------------------------------------------------------------------------


def _use(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans, labels: dict[str, str]) -> Question | None:
    """"X dient (dem Y | zum Y | als Y | dazu, … zu …)" → Wozu dient X (den Zuschauern)? – the use;
    without whom it is for when that noun would leave the reader asking which one is meant."""
    if clause.lemma != "dienen" or clause.voice != "active" or clause.modal or clause.auxiliary:
        return None
    subject = _plain_subject(sentence, clause, replace)
    if subject is None or clause.negation is not None or any(_word(sentence, i) in LIKEWISE for i in clause.tokens):
        return None  # "diente ebenfalls als Kulisse": the use is named before (for what film?)
    uses = [c for c in clause.constituents if c.sure and _names_use(sentence, clause, c, replace, labels)]
    if len(uses) != 1:
        return None  # none, or two uses where the reader cannot tell which is meant
    use = uses[0]
    if _one_of_several(sentence, use):
        return None  # "sowohl als Evakuierungsort … als auch als Deportationsziel": half an answer
    if use.clause is not None:
        inner = sentence.clauses[use.clause]
        if inner.kind != "zu_infinitive" or not _correlated(sentence, clause):
            return None
        answer = _self_contained(sentence, use.start, use.end)
        accepted: tuple[str, ...] = (f"um {answer}",) if answer else ()
    else:
        answer = realise.phrase(sentence, use.start, use.end)
        words = answer.split()
        accepted = (" ".join(words[1:]),) if len(words) > 1 and words[0] in ("zur", "zum", "als", "dem", "der", "den") else ()
    if not answer or len(answer.split()) > MAX_ANSWER_WORDS or any(w.lower().startswith(FORWARD_WORDS) for w in answer.split()):
        return None
    finite = _text(sentence, clause.finite)
    whom = _beneficiary(sentence, clause, use)
    question = _question(sentence, clause, f"Wozu {finite} {subject}{whom}?", "Wozu", answer, accepted, "wozu")
    if whom and (question is None or wellformed.text_problems(question, analysis)):
        return _question(sentence, clause, f"Wozu {finite} {subject}?", "Wozu", answer, accepted, "wozu")
    return question


# Verbs of "soll" that tell a plan, a report or a state, not what a thing is there for: "Das Stadion
# soll 50 000 Zuschauer fassen", "Die Truhe soll Gold enthalten".
NO_FUNCTION_VERBS = STATIC_VERBS | frozenset({"werden", "bleiben", "enthalten", "fassen", "kosten", "stattfinden",
                                              "beginnen", "enden", "entstehen", "spielen", "erscheinen", "kommen",
                                              "gehen", "aussehen", "wiegen", "messen", "zeigen", "stammen", "erhalten",
                                              "bekommen", "ersetzen", "eröffnen", "öffnen", "starten", "erzählen",
                                              "darstellen", "beschreiben", "behandeln", "berichten"})
# Words that make "soll" a report ("Laut der Polizei soll …") or a plan with its date.
REPORTED_WORDS = frozenset({"laut", "zufolge", "angeblich", "berichten", "bericht", "medienberichten", "künftig",
                            "bald", "demnächst", "später", "nun", "jetzt", "noch", "erst", "wieder", "zukünftig"})
FUNCTION_OBJECTS = frozenset({"object_acc", "object_dat", "object_prep"})
# Nouns of people acting together: what they "sollen" is a task or a report, not a function.
ACTING_GROUPS = ("mannschaft", "team", "regierung", "partei", "gruppe", "armee", "polizei", "firma", "unternehmen", "verein",
                 "konzern", "band", "klub", "club", "behörde", "ministerium", "gericht", "verwaltung", "militär", "ausschuss",
                 "kommission", "leute", "volk", "bevölkerung", "familie", "klasse", "führung", "truppe", "truppen",
                 "staat", "stadt", "gemeinde")


def _meant_to(sentence: Sentence, clause: Clause, replace: Spans, labels: dict[str, str]) -> Question | None:
    """"X soll(en) Y tun" of a thing, in the present and with nothing of time or report, tells what
    X is there for (round 26, Blüte: "Die farbigen Kronblätter … Sie sollen Insekten anziehen." –
    "Wozu haben viele Blüten farbige Kronblätter?" was a key question not asked) → "Wozu dienen
    die farbigen Kronblätter?" – um Insekten anzuziehen ("Insekten anziehen", "sie sollen
    Insekten anziehen" accepted). Only a one-clause sentence that opens with its subject, a
    thing (no person, group or name: "Der Minister soll …" is an order or a report), an action
    with an object (not a state or a plan: "soll 50 000 Zuschauer fassen", "soll im Mai
    eröffnen"), without numbers, time or report ("laut", "angeblich")."""
    if clause.modal != "sollen" or clause.tense != "present" or clause.voice != "active" or clause.auxiliary:
        return None
    if clause.negation is not None or len(sentence.clauses) != 1 or clause.lemma in NO_FUNCTION_VERBS:
        return None
    if not any(c.role in FUNCTION_OBJECTS for c in clause.constituents) or any(
            c.role in ("time", "cause", "purpose", "condition") or not c.sure for c in clause.constituents):
        return None
    words = [t for t in sentence.tokens if not t.tag.startswith("$")]
    if any(t.tag == "CARD" or t.text.lower() in REPORTED_WORDS or t.text.lower() in HEDGES for t in words):
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1 or subjects[0].start != words[0].i or clause.finite != subjects[0].end:
        return None  # "Die Stacheln | sollen …": the subject opens, the modal follows it
    subject_phrase = subjects[0]
    tokens = span_tokens(sentence, subject_phrase.start, subject_phrase.end)
    if any(t.tag == "NE" or t.ent_label for t in tokens) or phrase_kind(sentence, subject_phrase, tokens, replace, labels) != "thing":
        return None
    head = _token(sentence, subject_phrase.head)
    named = replace.get((subject_phrase.start, subject_phrase.end), "")
    if head is None or person_noun(head) or any(w.lower().endswith(ACTING_GROUPS) for w in (head.text, *named.split()[-1:])):
        return None  # "Die Mannschaft soll den Titel verteidigen": people, who are told or expected to do it
    subject = _plain_subject(sentence, clause, replace)
    infinitive = words[-1]
    if subject is None or infinitive.i not in clause.verbs or infinitive.tag != "VVINF":
        return None
    rest = _self_contained(sentence, clause.finite + 1, infinitive.i)
    zu = _zu_infinitive(infinitive.text)
    if not rest or not zu or len(rest.split()) > MAX_ANSWER_WORDS - 3:
        return None
    pronoun = SUBJECT_PRONOUNS.get("Plur" if clause.number == "Plur" else _gender(sentence, subject_phrase), "")
    answer = f"um {rest} {zu}"
    accepted = (f"{rest} {infinitive.text}", *((f"{pronoun.lower()} {_text(sentence, clause.finite)} {rest} {infinitive.text}",)
                                               if pronoun else ()))
    prompt = f"Wozu {'dienen' if clause.number == 'Plur' else 'dient'} {subject}?"
    if len(prompt.split()) > wellformed.MAX_QUESTION_WORDS or not wellformed.well_formed_question(prompt, word="Wozu", verbs=()):
        return None  # (the prompt has its own verb: the clause's is the answer's)
    return content_item(sentence, prompt, answer, accepted, "wozu")


def _gender(sentence: Sentence, phrase: Constituent) -> str:
    head = _token(sentence, phrase.head)
    return head.feature("Gender") if head is not None else ""


def _beneficiary(sentence: Sentence, clause: Clause, use: Constituent) -> str:
    """" den Zuschauern" of "dienten den Zuschauern als Logenplätze": whom the use is for, a short
    dative noun phrase kept in the question ("Wozu dient die Blüte der Pflanze?"), else ""."""
    others = [c for c in clause.constituents if c.role == "object_dat" and c is not use]
    if len(others) != 1 or not others[0].sure:
        return ""
    tokens = span_tokens(sentence, others[0].start, others[0].end)
    if not 2 <= len(tokens) <= 3 or tokens[0].text.lower() not in DATIVE_DETERMINERS or tokens[-1].tag != "NN":
        return ""
    return " " + realise.phrase(sentence, others[0].start, others[0].end)


def _names_use(sentence: Sentence, clause: Clause, constituent: Constituent, replace: Spans, labels: dict[str, str]) -> bool:
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    if not tokens or (constituent.start, constituent.end) in replace:
        return False
    first = tokens[0].text.lower()
    if constituent.clause is not None:
        return constituent.role in ("complement", "purpose")
    if first in ("zur", "zum") and len(tokens) > 1:
        return True
    if first == "als" and len(tokens) > 1 and tokens[-1].tag == "NN":
        return True
    if constituent.role in ("object_dat", "object_acc") and first in ("dem", "der", "den") and tokens[-1].tag == "NN":
        head = tokens[-1].lemma.lower()
        return head.endswith(USE_ENDINGS) and phrase_kind(sentence, constituent, tokens, replace, labels) == "thing"
    return False


def _correlated(sentence: Sentence, clause: Clause) -> bool:
    """"dient dazu, … zu …": the correlate stands in the clause."""
    return any(_word(sentence, i) == "dazu" for i in clause.tokens)


def _one_of_several(sentence: Sentence, constituent: Constituent) -> bool:
    """Is the phrase one item of a list the analysis cut ("sowohl als X … als auch als Y", "X, Y und Z")?"""
    if any(t.text.lower() == "sowohl" for t in sentence.tokens):
        return True
    after = span_tokens(sentence, constituent.end, constituent.end + 2)
    if len(after) > 1 and after[0].tag == "KON" and after[1].tag.startswith("V"):
        return False  # "…, dient dem Farbausgleich und fördert …": the next clause, not the next item
    return bool(after) and (after[0].tag == "KON" or after[0].text == "," and len(after) > 1 and after[1].tag in (
        "ART", "NN", "NE", "ADJA", "APPR", "APPRART", "KOKOM"))


# --- um … zu, damit, zur Unterstützung ----------------------------------------------------


def _purpose_clause(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """An action with an "um … zu" or "damit" clause of purpose asked with Wozu, the clause the
    answer ("Die Ureinwohner brannten Waldgebiete nieder, um übermäßiges Wachstum einzudämmen und
    damit …" → Wozu brannten die amerikanischen Ureinwohner oftmals Waldgebiete nieder?). ``wh``
    asks a purpose the parse leaves whole; this one takes the purpose to the end of the sentence
    when a coordination cut it in two, and keeps a key that names no abstract noun alone (the
    clause carries the content); a purpose in the Vorfeld is the answer up to its comma, also of
    a verb of having ("Damit er besser geradeaus fliegt, hat er Federn." → "Wozu hat der Ball
    Federn?"), which ``wh`` reads as a state and leaves. A state ("sein" + adjective) is
    ``_state_reasons``'s."""
    if clause.lemma == "sein" or clause.negation is not None:
        return None  # ("nicht, um …": what the purpose was not)
    index = sentence.clauses.index(clause)
    purposes = [c for c in clause.constituents if c.role == "purpose" and c.clause is not None
                and _word(sentence, c.start) in ("um", "damit")]
    if not purposes or not purposes[0].sure or _excessive(sentence, clause):
        return None
    purpose = purposes[0]
    loosened = _without_loose_phrases(sentence, clause)
    if loosened is None:
        return None
    clause, loose = loosened
    if _other_purpose(sentence, clause, purpose) or purpose.clause is None or clause.finite is None:
        return None
    inner = sentence.clauses[purpose.clause]
    if inner.parent != index or not inner.sure or inner.kind not in ("um_zu", "subordinate"):
        return None
    fronted = purpose.end <= clause.finite  # "Damit er besser geradeaus fliegt, hat er Federn."
    later = [c for c in sentence.clauses if c.kind in ("main", "coordinated") and min(c.tokens) > purpose.start
             and not (fronted and c is sentence.clauses[index])]
    if later or not fronted and any(c.start > purpose.start and c.role != "purpose" for c in clause.constituents):
        return None  # another clause or phrase after the purpose: where the answer ends is not sure
    end = purpose.end if fronted else _last_word(sentence) + 1
    own = _subject_pronouns(analysis, sentence, clause, replace, purpose.start, end)
    answer = _self_contained(sentence, purpose.start, end, own=own | _inner_links(sentence, purpose.start, end)
                             | _named_owner(sentence, clause, span_tokens(sentence, purpose.start, end)))
    words = [t for t in span_tokens(sentence, purpose.start, end) if not t.tag.startswith("$")]
    if answer is None or not _ends_purpose(words):
        return None
    prompt = realise.interrogative(sentence, clause, purpose, "Wozu", replace=replace, drop=[*purposes[1:], *loose])
    conjunction = next((k for k, t in enumerate(words) if t.text == "und"), None)
    first = " ".join(answer.split()[:conjunction]) if conjunction and _ends_purpose(words[:conjunction]) else ""
    reaction = _reaction_phrase(sentence, inner)
    whole = answer
    if reaction and (conjunction is None or words[conjunction].i in reaction):
        answer = _self_contained(sentence, purpose.start, end, leave=reaction, own=own | _inner_links(sentence, purpose.start, end)
                                 | _named_owner(sentence, clause, span_tokens(sentence, purpose.start, end))) or whole
    accepted = tuple(v for v in (first, answer.split(" ", 1)[1] if answer.startswith("um ") else "", whole)
                     if v and v != answer)
    return _question(sentence, clause, prompt, "Wozu", answer, accepted, "wozu")


# Nouns of an "als" phrase that says what an action answers, not what it is for: "um die
# Sicherheitszusammenarbeit als Reaktion auf Nordkoreas … Bedrohungen zu stärken" has the purpose
# "die Sicherheitszusammenarbeit zu stärken"; the key asks that, and accepts the whole.
REACTION_NOUNS = frozenset({"Reaktion", "Antwort", "Vergeltung", "Gegenmaßnahme"})


def _reaction_phrase(sentence: Sentence, inner: Clause) -> frozenset[int]:
    """The tokens of the purpose clause's "als Reaktion auf …" phrase, or none."""
    for phrase in inner.constituents:
        tokens = span_tokens(sentence, phrase.start, phrase.end)
        if phrase.clause is None and len(tokens) >= 3 and tokens[0].text == "als" and tokens[1].lemma in REACTION_NOUNS:
            return frozenset(range(phrase.start, phrase.end))
    return frozenset()


# Roles of a phrase a Warum / Wozu question can leave out and still ask the same deed.
LOOSE_ROLES = frozenset({"adverbial", "time", "place", "manner", "quantity"})
# Words that deny or limit the deed: a phrase that holds one cannot be left out.
LIMITING_WORDS = frozenset({"nicht", "nie", "niemals", "kaum", "nur", "kein", "keine", "keinen", "keinem", "keiner",
                            "nirgends", "weder", "ausschließlich", "lediglich"})


def _without_loose_phrases(sentence: Sentence, clause: Clause) -> tuple[Clause, list[Constituent]] | None:
    """The clause with the prepositional phrases the parse is unsure of marked to be left out of
    the question, with the sure phrase each may have been cut from (right before or after it):
    "Im August 2014 wurde der Start wiederum um mehr als einen Monat, auf den 25. März,
    vorverschoben, damit …" reads "um mehr | als einen Monat" as two phrases, the second unsure;
    "Wozu wurde der Start im August 2014 auf den 25. März vorverschoben?" asks the same deed
    without them. None when an unsure phrase may be more than an adverbial (a subject, an
    object, a clause) or holds a word that limits the deed ("nur um …", "kaum").
    The purpose or reason asked is not among the phrases looked at."""
    asked = ("purpose", "cause")
    unsure = [c for c in clause.constituents if not c.sure and c.role not in asked]
    if not unsure:
        return clause, []
    loose: set[tuple[int, int]] = set()
    for constituent in unsure:
        opening = _token(sentence, constituent.start)
        if constituent.role not in LOOSE_ROLES or constituent.clause is not None or opening is None or opening.tag not in (
                "APPR", "APPRART", "KOKOM"):
            return None
        loose.add((constituent.start, constituent.end))
        loose |= {(c.start, c.end) for c in clause.constituents if c.clause is None and c.role in LOOSE_ROLES
                  and (c.end == constituent.start or c.start == constituent.end)}
    phrases = [c for c in clause.constituents if (c.start, c.end) in loose]
    if any(t.text.lower() in LIMITING_WORDS for c in phrases for t in span_tokens(sentence, c.start, c.end)):
        return None
    constituents = tuple(dc_replace(c, sure=True) if (c.start, c.end) in loose else c for c in clause.constituents)
    return dc_replace(clause, constituents=constituents), [c for c in constituents if (c.start, c.end) in loose]


def _other_purpose(sentence: Sentence, clause: Clause, purpose: Constituent) -> bool:
    """Does the clause name a purpose before the asked one ("haben sich zwecks einfacher
    Verständigung Begriffe entwickelt, um …")? The prompt would hold half the answer."""
    return any(c.role == "purpose" and c.start < purpose.start or _word(sentence, c.start) in ("zwecks", "für")
               and c.role == "purpose" for c in clause.constituents if c is not purpose) or any(
        _word(sentence, i) == "zwecks" for i in clause.tokens)


def _after_noun_phrase(sentence: Sentence, clause: Clause, purpose: Constituent) -> bool:
    """Is the "zur" phrase right after a prepositional phrase ending in a noun ("aus dem Nutzen
    und den Kosten zur Produktion")? It most often belongs to that noun, not to the verb."""
    before = next((c for c in clause.constituents if c.end == purpose.start and c.clause is None), None)
    last = span_tokens(sentence, before.start, before.end)[-1:] if before is not None else []
    return bool(before is not None and before.preposition and last and last[0].tag in ("NN", "NE"))


def _excessive(sentence: Sentence, clause: Clause) -> bool:
    """"zu alt, um …", "genug, um …": the um-clause says what follows from a degree, no purpose."""
    return any(t.tag == "PTKA" or t.text.lower() in ("genug", "genügend", "ausreichend") for t in sentence.tokens
               if t.i in clause.tokens)


def _inner_links(sentence: Sentence, start: int, end: int) -> frozenset[int]:
    """Words of a purpose clause that point nowhere outside it: a pronominal adverb right after
    "und" ("…einzudämmen und damit …" points to the answer's own first half) and a focus "auch"
    before a phrase ("um Feuer auch in entlegenen Gebieten zu löschen")."""
    tokens = span_tokens(sentence, start, end)
    links = {b.i for a, b in pairwise(tokens) if a.text == "und" and b.tag in ("PROAV", "PAV")
             and b.text.lower() in ("damit", "dadurch", "somit")}
    links |= {a.i for a, b in pairwise(tokens) if a.text.lower() == "auch" and b.tag in ("APPR", "APPRART")}
    return frozenset(links)


def _ends_purpose(words: list[Token]) -> bool:
    """An "um" purpose ends with its zu-infinitive, a "damit" clause with its finite verb: the
    words are the whole clause, not one cut after its object."""
    if len(words) < 3:
        return False
    if words[0].text.lower() == "um":
        return words[-1].tag == "VVIZU" or words[-1].tag.endswith("INF") and words[-2].tag == "PTKZU"
    return words[-1].tag.endswith("FIN")


# Verbs whose "zu/zur/zum" phrase names what something becomes or where it goes, not a purpose
# ("wurde zum König gewählt", "gehört zur Familie", "führte zur Gründung": a result).
NO_PURPOSE_VERBS = frozenset({"sein", "werden", "dienen", "gehören", "zählen", "führen", "kommen", "bringen",
                              "gelangen", "machen", "ernennen", "wählen", "erklären", "erheben", "zwingen", "beitragen",
                              "aufrufen", "auffordern", "verurteilen", "neigen", "passen", "gratulieren", "reichen",
                              "ausreichen", "genügen", "eignen", "taugen", "veranlassen", "verhelfen", "ergeben"})
# Particles that separate in some verbs and not in others ("umsetzen", "umfassen").
EITHER_WAY = ("durch", "über", "unter", "um", "wider", "wieder", "hinter", "voll")
# How often (wordfreq's Zipf scale) German must write "umzusetzen" for "zu" to go inside the verb.
INFIX_ZIPF = 2.5
# Endings of nouns that name an action: a "zur" phrase with one says what something is done for.
ACTION_ENDINGS = ("ung", "ion", "schutz", "erhalt", "unterhalt", "ausbau", "aufbau", "abwehr", "pflege", "hilfe",
                  "förderung", "feier", "erinnerung", "gedenken", "nutzung", "bekämpfung")


def _purpose_noun(
    analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans, labels: dict[str, str]
) -> Question | None:
    """"zur/zum" and a noun of action as the purpose of a deed ("veranstaltete ein Benefizkonzert
    zur Unterstützung der Menschen aus ihrer Heimatstadt") asked with Wozu; a phrase right after
    it that belongs to its noun ("aus ihrer Heimatstadt") goes into the answer, out of the prompt;
    the key accepts the "um … zu" the noun stands for ("um die Menschen … zu unterstützen")."""
    if clause.lemma in NO_PURPOSE_VERBS or clause.negation is not None or any(not c.sure for c in clause.constituents):
        return None
    purposes = [c for c in clause.constituents if c.role == "purpose" and c.clause is None
                and _word(sentence, c.start) in ("zur", "zum")]
    if len(purposes) != 1:
        return None
    purpose = purposes[0]
    if _other_purpose(sentence, clause, purpose) or _after_noun_phrase(sentence, clause, purpose):
        return None
    tokens = span_tokens(sentence, purpose.start, purpose.end)
    head = _token(sentence, purpose.head)
    if len(tokens) < 2 or head is None or head.tag != "NN" or not head.lemma.lower().endswith(ACTION_ENDINGS):
        return None
    if making_process(clause, head):
        return None
    if any(t.tag == "NE" for t in tokens) or phrase_kind(sentence, purpose, tokens[1:], replace, labels) != "thing":
        return None
    attached = next((c for c in clause.constituents if c.start == purpose.end and c.clause is None
                     and c.role not in ("time", "subject", "object_acc", "object_dat", "purpose")
                     and _word(sentence, c.start) in NOUN_PREPOSITIONS), None)
    end = attached.end if attached is not None else purpose.end
    described = any(c.kind == "relative" and c.antecedent is not None and purpose.start <= c.antecedent < end
                    for c in sentence.clauses)  # "… Nashville, die Opfer …": a relative clause, no list
    if not described and _one_of_several(sentence, dc_replace(purpose, end=end)):
        return None  # "zur Lokalisierung und Bekämpfung …" cut from its list
    words = span_tokens(sentence, purpose.start, end)
    own = _subject_pronouns(analysis, sentence, clause, replace, purpose.start, end) | _named_owner(sentence, clause, words)
    if any(t.tag in POINTING_TAGS and t.i not in own for t in words) or len(words) > MAX_ANSWER_WORDS:
        return None
    answer = realise.phrase(sentence, purpose.start, end)
    prompt = realise.interrogative(sentence, clause, purpose, "Wozu", replace=replace,
                                   drop=[attached] if attached is not None else [])
    verbal = _as_um_zu(sentence, head, words)
    accepted = tuple(v for v in (verbal, " ".join(answer.split()[1:])) if v)
    return _question(sentence, clause, prompt, "Wozu", answer, accepted, "wozu")


def _as_um_zu(sentence: Sentence, head: Token, words: list[Token]) -> str:
    """"zur Unterstützung der Menschen (aus …)" as "um die Menschen (aus …) zu unterstützen": a noun
    in -ung from a verb German has (a particle split off: "auszubilden") and a genitive after it
    that is plural, or feminine without an adjective (its accusative differs only in the
    article); else ""."""
    lemma = head.lemma
    if not lemma.endswith("ung") or head.i + 1 >= words[-1].i + 1:
        return ""
    stem = lemma[:-3].lower()
    verb = stem + ("n" if stem.endswith(("er", "el")) else "en")
    infinitive = _zu_infinitive(verb)
    if not infinitive:
        return ""
    rest = [t for t in words if t.i > head.i]
    article = rest[0]
    noun = next((t for t in rest if t.tag == "NN"), None)
    if article.text != "der" or noun is None or any(t.tag not in ("NN", "ART", "ADJA") for t in rest[: rest.index(noun) + 1]):
        return ""
    plural = noun.feature("Number") == "Plur" or noun.feature("Gender") in ("Masc", "Neut")  # "der" + Masc: genitive plural
    if not plural and (noun.feature("Gender") != "Fem" or any(t.tag == "ADJA" for t in rest)):
        return ""  # "der deutschen Wirtschaft" → "die deutsche Wirtschaft": the adjective would change
    return " ".join(["um", "die", realise.render(sentence, rest[1].i, words[-1].i + 1), infinitive])


def _zu_infinitive(verb: str) -> str:
    """"zu unterstützen", "auszubilden", "wiederherzustellen": the zu-infinitive of a verb German
    has; "zu" goes after a particle that always separates ("aus", "zu"), and after one that may
    or may not ("um", "über", "wieder") where German writes that form often enough (wordfreq
    knows "umzusetzen", not "unterzustützen" or "überzusetzen"), else before the verb;
    "" for no known verb."""
    if not is_verb(verb):
        return ""
    splits = [k for k in range(2, len(verb) - 3) if _particles(verb[:k])]
    plain = [k for k in splits if not verb.startswith(EITHER_WAY) and is_verb(verb[k:])]
    if plain:
        return f"{verb[:plain[-1]]}zu{verb[plain[-1]:]}"  # "zuzuteilen", "auszubilden": the particle always separates
    best = max(splits, key=lambda k: zipf_frequency(f"{verb[:k]}zu{verb[k:]}", "de"), default=None)
    if best is not None and zipf_frequency(f"{verb[:best]}zu{verb[best:]}", "de") >= INFIX_ZIPF:
        return f"{verb[:best]}zu{verb[best:]}"
    return f"zu {verb}"


def _particles(prefix: str) -> bool:
    """Is ``prefix`` one separable particle or two ("wieder" + "her")?"""
    return prefix in SEPARABLE_PARTICLES or any(
        prefix.startswith(p) and prefix[len(p):] in SEPARABLE_PARTICLES for p in SEPARABLE_PARTICLES)


# --- bestehen aus -------------------------------------------------------------------------


def _parts(sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"X besteht aus Y" → Woraus besteht X? – aus Y."""
    if clause.lemma != "bestehen" or clause.voice != "active" or clause.modal or clause.auxiliary or clause.negation is not None:
        return None
    subject = _plain_subject(sentence, clause, replace)
    made = [c for c in clause.constituents if c.sure and c.clause is None and _word(sentence, c.start) == "aus"]
    others = [c for c in clause.constituents if c.role not in ("subject", "adverbial") and c not in made]
    if subject is None or len(made) != 1 or others:
        return None
    tokens = span_tokens(sentence, made[0].start, made[0].end)
    if len(tokens) < 2 or tokens[-1].tag not in ("NN", "NE") or any(t.tag in POINTING_TAGS or t.text == ":" for t in tokens):
        return None  # "besteht aus folgenden Bestandteilen:" names nothing yet
    if tokens[-1].lemma in EMPTY_NOUNS or _one_of_several(sentence, made[0]):
        return None  # "aus drei Teilen" says nothing; "aus Senat und …" cut from its list
    if any(t.text.lower().startswith(FORWARD_WORDS) for t in tokens) or any(
            t.text.lower() in ("verschiedenen", "mehreren") for t in tokens[1:3]) and len(tokens) <= 3:
        return None
    answer = realise.phrase(sentence, made[0].start, made[0].end)
    if len(answer.split()) > MAX_ANSWER_WORDS:
        return None
    finite = _text(sentence, clause.finite)
    bare = " ".join(answer.split()[1:])
    return _question(sentence, clause, f"Woraus {finite} {subject}?", "Woraus", answer, (bare,), "woraus")


# --- aus Stahl hergestellt -------------------------------------------------------------------


def _material(sentence: Sentence, clause: Clause, replace: Spans | None) -> Question | None:
    """"Fahrradrahmen werden aus Stahl hergestellt." → Woraus werden Fahrradrahmen hergestellt? –
    aus Stahl; a verb of making with a thing (not a place: "aus Augsburg") after "aus"."""
    if replace is None or clause.lemma not in MAKING_VERBS or clause.voice == "active" or clause.negation is not None:
        return None
    made = [c for c in clause.constituents if c.clause is None and _word(sentence, c.start) == "aus"]
    if len(made) != 1 or not made[0].sure or _one_of_several(sentence, made[0]):
        return None
    tokens = span_tokens(sentence, made[0].start, made[0].end)
    head = tokens[-1]
    if len(tokens) < 2 or head.tag != "NN" or head.ent_label or head.lemma.lower().endswith(PLACE_NOUNS):
        return None
    if any(t.tag in POINTING_TAGS or t.tag == "NE" or t.text.lower().startswith(FORWARD_WORDS) for t in tokens):
        return None
    if _plain_subject(sentence, clause, replace) is None:
        return None
    prompt = realise.interrogative(sentence, clause, made[0], "Woraus", replace=replace)
    answer = realise.phrase(sentence, made[0].start, made[0].end)
    return _question(sentence, clause, prompt, "Woraus", answer, (" ".join(answer.split()[1:]),), "woraus")


def _defined_by_relative(sentence: Sentence, clause: Clause) -> Spans | None:
    """"Tabak ist ein pflanzliches Produkt, das aus … hergestellt wird": the relative clause says
    something of the main clause's subject ("Tabak"), which stands in for the relative pronoun."""
    if clause.parent is None or clause.antecedent is None:
        return None
    main = sentence.clauses[clause.parent]
    predicatives, subjects = main.role("predicative"), main.role("subject")
    if main.kind != "main" or main.lemma != "sein" or len(predicatives) != 1 or len(subjects) != 1:
        return None
    if not predicatives[0].start <= clause.antecedent < predicatives[0].end:
        return None
    tokens = span_tokens(sentence, subjects[0].start, subjects[0].end)
    if not tokens or any(t.tag not in ("NN", "NE", "ART", "ADJA") for t in tokens) or not subjects[0].sure:
        return None
    relative = next((c for c in clause.constituents if c.role == "subject" and _word(sentence, c.start) in
                     ("der", "die", "das")), None)
    if relative is None:
        return None
    return {(relative.start, relative.end): realise.phrase(sentence, subjects[0].start, subjects[0].end)}


# --- wegen, aufgrund, infolge -------------------------------------------------------------


def _cause_phrases(sentence: Sentence, clause: Clause, replace: Spans, topic: set[str]) -> Iterator[Question | None]:
    """A phrase of cause ("wegen seiner Lage", "aufgrund der Hitze", "aus Angst vor …", "auf Wunsch
    des Königs") asked with Warum; not beside a purpose (the reason would be half told), nor when a
    weil/da clause goes on to give the reason itself ("aufgrund verschiedener Gesetze schwierig,
    da die Gesetze immer wieder verschärft wurden": the phrase alone is half the answer). A
    negation before the phrase may deny it ("entwickelte sich nicht aus ideologischen Gründen",
    "nicht nur wegen …"); one after it denies the deed, for which the phrase is the reason:
    "Aufgrund der anhaltenden Inflation wurden jedoch in der Folge für viele Jahre keine Münzen
    mehr in Umlauf gebracht." → "Warum wurden in der Folge für viele Jahre keine Münzen mehr in
    Umlauf gebracht?" – aufgrund der anhaltenden Inflation."""
    if any(_word(sentence, c.start) in ("weil", "da") for c in clause.constituents if c.clause is not None):
        return
    if any(c.role == "purpose" for c in clause.constituents):
        return  # "auf Wunsch des Königs …, um die Wirtschaft zu unterstützen": the Wozu asks, a Warum would be half
    for constituent in clause.constituents:
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        if not constituent.sure or constituent.clause is not None or len(tokens) < 2:
            continue
        if clause.negation is not None and clause.negation < constituent.end:
            continue  # "nicht aus ideologischen Gründen": the phrase is what was not the reason
        owner = _named_owner(sentence, clause, tokens) | _topic_owner(sentence, clause, tokens, topic)
        pointing = [t for t in tokens if t.tag in POINTING_TAGS and t.i not in owner]
        if not _cause_opening(tokens) or any(t is not _named_demonstrative(tokens) for t in pointing):
            continue
        if _word(sentence, constituent.start - 1) in ("auch", "unter", "anderem", "teilweise", "teils"):
            continue  # "auch aufgrund der Stadtfläche": one reason of several
        if tokens[-1].tag not in ("NN", "NE") or _one_of_several(sentence, constituent):
            continue  # ("auf Grund von Lage, | Sprache, Kultur und Religion": cut from its list)
        prompt = realise.interrogative(sentence, clause, constituent, "Warum", replace=replace)
        if prompt is None:
            continue
        answer = _with_article(realise.phrase(sentence, constituent.start, constituent.end), _named_demonstrative(tokens))
        bare = " ".join(answer.split()[1:]) if tokens[0].text.lower() in CAUSE_PREPOSITIONS else ""
        yield _question(sentence, clause, prompt, "Warum", answer, (bare,) if bare else (), "warum")
        if tokens[0].text.lower() in GENITIVE_PREPOSITIONS or _split_cause(tokens):
            yield cause_consequence(sentence, clause, constituent, tokens[2 if _split_cause(tokens) else 1].i)


def _cause_opening(tokens: list[Token]) -> bool:
    """A preposition of cause ("wegen", "dank", "auf Grund"), "aus" with a motive ("aus Angst") or
    "auf" / "nach" with a request ("auf Wunsch des Königs", "nach wiederholtem Druck Russlands")
    opens the phrase."""
    first = tokens[0].text.lower()
    if first in CAUSE_PREPOSITIONS or _split_cause(tokens):
        return True
    noun = next((t.text for t in tokens[1:] if t.tag == "NN"), "")
    return first == "aus" and noun in MOTIVE_NOUNS or first in ("auf", "nach") and noun in BEHEST_NOUNS


def _split_cause(tokens: list[Token]) -> bool:
    """"auf Grund" written in two words, the preposition "aufgrund" is."""
    return len(tokens) > 2 and tokens[0].text.lower() == "auf" and tokens[1].text == "Grund"


# Prepositions of cause that take the genitive ("dank" also the dative).
GENITIVE_PREPOSITIONS = frozenset({"wegen", "aufgrund", "infolge"})
# A demonstrative determiner after a preposition of the genitive and the definite article it stands for.
GENITIVE_ARTICLES = {"dieses": "des", "dieser": "der"}


def _named_demonstrative(tokens: list[Token]) -> Token | None:
    """The demonstrative of "auf Grund dieses Rückzugs vom Afrika-Cup" / "wegen dieser neuen
    Regel für Ausländer", when the words after its noun still say what is meant: the answer takes
    the definite article instead ("auf Grund des Rückzugs vom Afrika-Cup"); a bare "wegen dieses
    Problems" says nothing on its own."""
    start = 2 if _split_cause(tokens) else 1
    if tokens[0].text.lower() not in CAUSE_PREPOSITIONS - {"dank"} and start == 1:
        return None
    rest = tokens[start:]
    if len(rest) < 3 or rest[0].tag != "PDAT" or rest[0].text.lower() not in GENITIVE_ARTICLES:
        return None
    noun = next((k for k, t in enumerate(rest) if t.tag == "NN"), None)
    return rest[0] if noun is not None and noun + 1 < len(rest) and rest[noun + 1].tag in ("APPR", "APPRART", "ART", "NE") else None


def _with_article(answer: str, demonstrative: Token | None) -> str:
    """The answer with the definite article for its ``demonstrative``."""
    if demonstrative is None:
        return answer
    return re.sub(rf"\b{demonstrative.text}\b", GENITIVE_ARTICLES[demonstrative.text.lower()], answer, count=1)


# --- shared -------------------------------------------------------------------------------


def _question(
    sentence: Sentence, clause: Clause, prompt: str | None, word: str, answer: str | None, accepted: tuple[str, ...],
    skill: str, evidence: str = "",
) -> Question | None:
    """The item, when the prompt reads as a good question with all the clause's verbs (a
    particle lost on the way is "Warum trat Schindler der Partei?") that does not give its
    answer away."""
    if not prompt or not answer:
        return None
    words = prompt.split()
    if not MIN_PROMPT_WORDS <= len(words) <= wellformed.MAX_QUESTION_WORDS:
        return None
    if any(len(v) > 2 and v.lower() in prompt.lower() for v in (answer, *accepted)):
        return None
    own = set(clause.tokens)
    verbs = tuple(t.text for t in sentence.tokens if t.i != clause.finite and (
        t.i in clause.verbs or t.i == clause.particle or t.tag == "PTKVZ" and t.i in own))
    if not wellformed.well_formed_question(prompt, word=word, verbs=verbs):
        return None
    return content_item(sentence, prompt, answer, accepted, skill, evidence)


def _self_contained(
    sentence: Sentence, start: int, end: int, whole: bool = False, leave: frozenset[int] = frozenset(),
    own: frozenset[int] = frozenset(),
) -> str | None:
    """The words from ``start`` to ``end`` as an answer a reader understands on its own: none
    that points to something outside (pronoun, demonstrative, "auch", "dort"; "es" only inside,
    where it is expletive: "mag es warm"; "sich" points to its own subject), without brackets,
    no quotation or list, not too long; None otherwise. A ``whole`` sentence keeps its capital;
    the tokens in ``leave`` (a verb particle between a phrase and its relative clause) are left out;
    the pronouns in ``own`` stand for the question's subject, which the reader has in front of them."""
    tokens = [t for t in span_tokens(sentence, start, end) if not _bracketed(sentence, t) and t.i not in leave]
    words = [t for t in tokens if not t.tag.startswith("$")]
    if not words or len(words) > MAX_ANSWER_WORDS:
        return None
    for k, token in enumerate(words):
        lower = token.text.lower()
        if lower == "es" and _expletive(words, k) or token.tag == "PRF" or token.i in own:
            continue
        if token.tag in POINTING_TAGS or lower in LINKING_WORDS or lower in SPEAKER_PRONOUNS:
            return None
    if any(t.text in (":", ";", "„", "“", "\"", "(", ")") and not _name_mark(tokens, k) for k, t in enumerate(tokens)):
        return None
    if ends_before_its_content(sentence, words):
        return None  # "weil er denkt, es wäre ein Tanzwettbewerb": the reason is what he thinks, cut off
    kept = {t.i for t in tokens}
    joined = "".join(t.text + (t.whitespace if t.i + 1 in kept else " ") for t in tokens)
    text = re.sub(r"\s+([,.])", r"\1", re.sub(r"\s+", " ", joined)).strip()
    if whole or not text:
        return text or None
    return realise.phrase(sentence, tokens[0].i, tokens[0].i + 1) + text[len(tokens[0].text):]


# How many words a name in quotation marks may have ("die „Unholy Alliance“-Tour").
MAX_QUOTED_NAME = 4


def _name_mark(tokens: list[Token], k: int) -> bool:
    """Is the mark at ``k`` part of a name, not of a quotation or list? The colon of a title
    ("Marvels Film The First Avenger: Civil War": written right after a name word, a name word
    after it) and the opening quotation mark of a short name without a verb whose closing mark
    is glued to the word after it ("im Rahmen der „Unholy Alliance“-Tour von Slayer")."""
    mark = tokens[k].text
    before, after = tokens[k - 1] if k else None, tokens[k + 1] if k + 1 < len(tokens) else None
    if mark == ":":
        return (before is not None and after is not None and not before.whitespace
                and before.tag in ("NE", "FM") and after.tag in ("NE", "FM"))
    if mark != "„":
        return False
    quoted = tokens[k + 1 : k + 1 + MAX_QUOTED_NAME]
    closing = next((j for j, t in enumerate(quoted) if "“" in t.text), None)
    return closing is not None and "“-" in quoted[closing].text and not any(
        t.tag.startswith(("V", "P", "$")) for t in quoted[: closing + 1])


OWNER_KINDS = {"sein": ("Masc", "Neut"), "ihr": ("Fem", "Plur")}


def _topic_owner(sentence: Sentence, clause: Clause, words: list[Token], topic: set[str]) -> frozenset[int]:
    """The possessives in ``words`` that stand for the clause's subject when that subject is the
    text's topic and agrees with them ("Aufgrund ihrer Entfernung von anderen Landmassen zeichnen
    sich die Galapagosinseln durch eine Vielzahl endemischer Tier- und Pflanzenarten aus." →
    "Warum zeichnen sich die Galapagosinseln durch … aus?" – aufgrund ihrer Entfernung von anderen
    Landmassen): the question names the owner, and in a text about it the topic is the one
    meant (round 26, Galapagosinseln: "Warum gibt es dort viele endemische Arten?" not asked)."""
    subjects = clause.role("subject")
    if len(subjects) != 1 or subjects[0].clause is not None or not topic:
        return frozenset()
    named = span_tokens(sentence, subjects[0].start, subjects[0].end)
    head = next((t for t in named if t.i == subjects[0].head), None)
    if head is None or head.tag not in ("NN", "NE") or head.text.lower() not in topic and head.lemma.lower() not in topic:
        return frozenset()
    finite = _token(sentence, clause.finite)
    kind = "Plur" if finite is not None and finite.feature("Number") == "Plur" else head.feature("Gender")
    return frozenset(t.i for t in words if t.tag == "PPOSAT" and any(
        t.text.lower().startswith(stem) and kind in kinds for stem, kinds in OWNER_KINDS.items()))


def _named_owner(sentence: Sentence, clause: Clause, words: list[Token]) -> frozenset[int]:
    """The possessives "sein"/"ihr" in ``words`` when the clause's subject is a name the question
    keeps ("Wozu veranstaltete Kesha …? – zur Unterstützung der Menschen aus ihrer Heimatstadt"):
    the reader has the owner in front of them."""
    subjects = clause.role("subject")
    if len(subjects) != 1 or subjects[0].clause is not None:
        return frozenset()
    named = span_tokens(sentence, subjects[0].start, subjects[0].end)
    if not named or any(t.tag != "NE" for t in named) or not named[-1].ent_label:
        return frozenset()
    return frozenset(t.i for t in words if t.tag == "PPOSAT" and t.text.lower().startswith(("sein", "ihr")))


def _subject_pronouns(
    analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans, start: int, end: int
) -> frozenset[int]:
    """The personal pronouns from ``start`` to ``end`` that stand for ``clause``'s subject."""
    subjects = clause.role("subject")
    if len(subjects) != 1 or subjects[0].clause is not None:
        return frozenset()
    subject = subjects[0]
    named = replace.get((subject.start, subject.end)) or realise.phrase(sentence, subject.start, subject.end)
    return frozenset(t.i for t in span_tokens(sentence, start, end) if t.tag == "PPER" and t.text.lower() != "es"
                     and _same_referent(resolve(analysis, sentence.index, t.i) or "", named))


def _same_referent(name: str, subject: str) -> bool:
    """Is the resolved ``name`` the subject, or its first words ("die eingeschleppte Fruchtfliege"
    of "die eingeschleppte Fruchtfliege Ceratitis capitata")?"""
    words, whole = name.lower().split(), subject.lower().split()
    return bool(words) and whole[: len(words)] == words


def _expletive(words: list[Token], k: int) -> bool:
    """"es" that stands for nothing: "es gibt", "gibt es", "mag es warm" (after the finite verb,
    before an adverb or adjective); a subject "es" ("weil es den Stall schützt") points back."""
    before = words[k - 1] if k > 0 else None
    after = words[k + 1] if k + 1 < len(words) else None
    if any(t is not None and t.lemma == "geben" for t in (before, after)) or expletive_event(words, k):
        return True
    return before is not None and before.tag.endswith("FIN") and after is not None and after.tag in ("ADV", "ADJD")


def _bracketed(sentence: Sentence, token: Token) -> bool:
    """Is the token inside round brackets, or one of them? ("Ödenburg (ungarisch Sopron)")"""
    depth = 0
    for other in sentence.tokens:
        if other.text == "(":
            depth += 1
        if other.i == token.i:
            return depth > 0
        if other.text == ")":
            depth = max(0, depth - 1)
    return False


def _plain_subject(sentence: Sentence, clause: Clause, replace: Spans) -> str | None:
    """The clause's subject as a question shows it: its name for a resolved pronoun, else the
    noun phrase with a lower-case article; None for no subject, a clause, an unsure one, or a
    phrase that points back ("diese Form"). A coordinated clause without its own subject shares
    its first conjunct's ("Die Fermentation führt zu …, dient dem Farbausgleich …")."""
    subjects = clause.role("subject")
    if not subjects and clause.kind == "coordinated" and clause.parent is not None:
        first = sentence.clauses[clause.parent]
        if first.kind == "main" and first.number == clause.number and first.sure:
            subjects = first.role("subject")
    if len(subjects) != 1 or not subjects[0].sure or subjects[0].clause is not None:
        return None
    subject = subjects[0]
    if (subject.start, subject.end) in replace:
        return replace[(subject.start, subject.end)]
    tokens = span_tokens(sentence, subject.start, subject.end)
    if not tokens or tokens[-1].tag not in ("NN", "NE") or any(t.tag in POINTING_TAGS or t.text in (",", "(") for t in tokens):
        return None
    before = _token(sentence, subject.start - 1) if subject.start > sentence.tokens[0].i else None
    if before is not None and before.tag in PHRASE_TAGS:
        return None  # "der informelle, aber gut | organisierte Verbund": the parser cut the phrase
    after = _token(sentence, subject.end)
    if after is not None and after.text.lower() == "wie":
        return None  # "vergängliche Materialien | wie Holz und Lehm": the examples would be lost
    head = _token(sentence, subject.head)
    if head is not None and head.lemma in EMPTY_NOUNS:
        return None  # "eine Art von Schattenuhr" names nothing to ask about
    if tokens[0].text.lower() in ("letzterer", "letztere", "ersterer", "erstere", "dieser", "diese", "dieses"):
        return None
    return realise.phrase(sentence, subject.start, subject.end)


def _pronoun_names(analysis: Analysis, sentence: Sentence, clause: Clause, labels: dict[str, str]) -> Spans | None:
    """Names for the clause's personal pronouns that are whole constituents; None when one has
    no certain name (the question would leave it unresolved)."""
    replace: Spans = topic_names(analysis, sentence, clause)  # "die Insel" → "Kreta"
    for constituent in clause.constituents:
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        if (constituent.start, constituent.end) in replace or len(tokens) != 1 or tokens[0].tag != "PPER":
            continue
        token = tokens[0]
        words = [t for t in sentence.tokens if not t.tag.startswith("$")]
        if token.text.lower() == "es" and (expletive_event(words, words.index(token)) or _there_is(words, words.index(token))):
            continue  # "kam es zu Misshandlungen", "gibt es viele Schulen": the "es" names nothing, the question keeps it
        if token.text.lower() in SPEAKER_PRONOUNS or token.text == "Sie" and token.i != sentence.tokens[0].i:
            return None
        name = resolve(analysis, sentence.index, token.i) or topic_subject(analysis, sentence, constituent, token)
        if not name or constituent.case != "Nom" or token.text.lower() == "es":
            return None  # "ihnen" → "den USA" would need the article inflected; "es" is often expletive
        if name not in labels and name.split()[-1] not in labels and name.split()[0].lower() not in ("der", "die", "das"):
            return None  # only a known name (the recogniser may know "Jolie" of "Angelina Jolie") or a definite noun phrase
        replace[(constituent.start, constituent.end)] = name
    return replace


def _there_is(words: list[Token], k: int) -> bool:
    """Is ``words[k]`` the "es" of "es gibt" / "gibt es" (there is)?"""
    return any(0 <= n < len(words) and words[n].lemma == "geben" and words[n].tag == "VVFIN" for n in (k - 1, k + 1))


def _tag(sentence: Sentence, index: int | None) -> str:
    token = _token(sentence, index)
    return token.tag if token is not None else ""


def _word(sentence: Sentence, index: int | None) -> str:
    token = _token(sentence, index)
    return token.text.lower() if token is not None else ""


def _text(sentence: Sentence, index: int | None) -> str:
    token = _token(sentence, index)
    return token.text if token is not None else ""


def _token(sentence: Sentence, index: int | None) -> Token | None:
    if index is None:
        return None
    k = index - sentence.tokens[0].i
    return sentence.tokens[k] if 0 <= k < len(sentence.tokens) else None


def _last_word(sentence: Sentence) -> int:
    """The index of the sentence's last token that is not final punctuation."""
    tokens = [t for t in sentence.tokens if t.tag != "$."]
    return tokens[-1].i if tokens else sentence.tokens[-1].i
