"""The questions people ask about a paragraph that ``wh.py`` does not: which one, what year, who is it.

``more_questions(analysis, facts)`` adds to the W-question pool, in text order (type "wh",
focus "content", ids ""), the kinds of question that readers of encyclopaedic text ask most:

- **welch- + class noun** ("welche-stadt", "in-welchem-land", …): a name whose class the text
  gives ("in der Stadt Zwittau", "die Band X", "Königin Victoria"), or a bare city or country
  the gazetteer knows ("in Zwittau" → "In welcher Stadt …?"), also in a phrase the roles leave
  untyped ("auf dem amerikanischen Fernsehsender ABC" → "Auf welchem amerikanischen
  Fernsehsender …?", as people ask: "Auf welchem Kanal hatte Quantico seine Premiere?"). welch-
  takes the gender of the class noun and the case of its article or preposition; the
  adjectives keep their form (welch- declines like der).
- **welch- + a compound's head** ("welch-kompositum", round 16): "Der Tretradkran war … außer
  Gebrauch geraten" → "Welcher Kran war … außer Gebrauch geraten?", when the text names another
  kind of it; and a definition's place by its class noun ("Waubun ist eine Kleinstadt im Mahnomen
  County im US-amerikanischen Bundesstaat Minnesota" → "In welchem County befindet sich Waubun?").
- **In welchem Jahr** ("in-welchem-jahr"): a time adverbial holding one year ("1908",
  "im Jahr 1908", "am 2. Januar 1861"); "im Jahr" cut off from its number is joined again.
- **Wer/Was ist X?** ("was-ist", "wer-ist"): a copula clause that defines a name ("Oskar
  Schindler war ein deutscher Unternehmer" → "Wer war Oskar Schindler?") or names the holder
  of a role ("Der König von Assyrien war A." → "Wer war der König von Assyrien?"), and the same
  from an apposition ("Albert Einstein, ein deutscher Physiker, …").
- **Wann/Wo wurde X geboren, starb X?** ("wann", "wo"): a biography's bracket ("(* 24. Januar
  1974 in Kolokani)") or a sentence whose person is born or dies at a date ("sie starb am 18.
  Februar 1887, ohne …" → "Wann starb Anandi Gopal?").

- **a person's roles** (``wh_facts``): "Als was sang Kesha …?", "Was wurde Valentin von Terni?",
  "Wozu wurde Fritz Zwicky 1942 berufen?", and "Wer war John Campbell?" from "der Bassist John
  Campbell", realised and checked here like the kinds above; what a person did at a time ("Was
  tat Goldman in den Kriegsjahren?", whose answer restates the predicates) and with whom ("Mit wem
  veröffentlichte Baekhyun …?").

Relative clauses are asked about like main clauses (``realise`` turns them into main clauses
with their antecedent), so "Schindler, der 1908 … geboren wurde" gives "In welchem Jahr wurde
Schindler … geboren?". "Wie viele" stays with ``wh.py``.

Precision over recall: only sure clauses and constituents, pronouns replaced by the name
``extraction.reference.resolve`` is certain of (else no question), no prompt that contains its
answer, no prompt asked twice with different answers.

No "Wofür steht die Abkürzung X?": its answer stands right before the bracket, and all seven such
questions readers judged were bad (copied, often English).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace as dc_replace

from ..analysis.lexicon import noun_lexicon
from ..extraction.compounds import split_compound
from ..extraction.frequency import zipf_frequency
from ..extraction.reference import resolve, topic_names
from ..extraction.verbs import principal_parts
from ..model import Analysis, Clause, Constituent, Fact, Question, Sentence, Token
from . import realise, wellformed
from .distractors import place_class
from .wh import (
    MEASURE_VERBS,
    MONTH_NAMES,
    PERSON_ENDINGS,
    PLACE_NOUNS,
    SPEAKER_PRONOUNS,
    WELCH,
    Ask,
    _comparative,
    _light_verb_object,
    askable_sentences,
    entity_labels,
    figurative_owning,
    infinitive_content,
    phrase_kind,
    possessive_owners,
    span_tokens,
    unambiguous,
)
from .wh_facts import (
    deed_asks,
    naming_asks,
    partner_asks,
    relative_asks,
    role_asks,
    setting_asks,
    title_asks,
)
from .wh_kinds import _superlative, kind_questions
from .wh_names import name_questions
from .wh_scenes import HEDGES

MIN_PROMPT_WORDS = 3
EXPLETIVE_VERBS = frozenset({"sein", "geben", "gehen", "handeln", "werden", "kommen", "regnen", "gelingen"})
MAX_PROMPT_WORDS = 18
FIRST_YEAR, LAST_YEAR = 1000, 2099
Spans = dict[tuple[int, int], str]

# What each definite article form can be: (gender, case) readings.
ARTICLE_READINGS: dict[str, frozenset[tuple[str, str]]] = {
    "der": frozenset({("Masc", "Nom"), ("Fem", "Dat"), ("Fem", "Gen"), ("Plur", "Gen")}),
    "die": frozenset({("Fem", "Nom"), ("Fem", "Acc"), ("Plur", "Nom"), ("Plur", "Acc")}),
    "das": frozenset({("Neut", "Nom"), ("Neut", "Acc")}),
    "den": frozenset({("Masc", "Acc"), ("Plur", "Dat")}),
    "dem": frozenset({("Masc", "Dat"), ("Neut", "Dat")}),
    "des": frozenset({("Masc", "Gen"), ("Neut", "Gen")}),
}
# Preposition + article contractions: the preposition and the article inside.
CONTRACTIONS = {"im": ("in", "dem"), "am": ("an", "dem"), "zum": ("zu", "dem"), "zur": ("zu", "der"),
                "vom": ("von", "dem"), "beim": ("bei", "dem"), "ins": ("in", "das"), "ans": ("an", "das")}
DATIVE_PREPOSITIONS = frozenset({"aus", "bei", "mit", "nach", "von", "zu", "seit", "gegenüber"})
ACCUSATIVE_PREPOSITIONS = frozenset({"für", "durch", "gegen", "ohne", "um"})
GENITIVE_PREPOSITIONS = frozenset({"wegen", "während", "trotz", "statt", "anstatt", "aufgrund", "innerhalb", "außerhalb"})
ROLE_CASE = {"subject": "Nom", "object_acc": "Acc", "object_dat": "Dat"}
# Roles whose phrase may be asked with welch-: arguments and adverbials of place, and a phrase the roles
# leave untyped or the agent, when a preposition and a definite article fix its case ("auf dem
# Fernsehsender Fox" → "Auf welchem Fernsehsender …?", "vom Physiker X" → "Von welchem Physiker …?").
WELCH_ROLES = frozenset({"subject", "object_acc", "object_dat", "object_prep", "place", "direction", "origin",
                         "adverbial", "agent"})
UNTYPED_ROLES = frozenset({"adverbial", "agent"})
# "Gemäß dem Historiker X": whose claim it is, not a part of the fact a question should ask for.
HEARSAY_PREPOSITIONS = frozenset({"gemäß", "laut", "zufolge", "nach"})
# Class nouns that do not classify: kinship and personal relations ("Welchen Sohn …?" asks nothing).
RELATION_ENDINGS = ("sohn", "tochter", "vater", "mutter", "bruder", "schwester", "frau", "mann", "onkel", "tante",
                    "neffe", "nichte", "enkel", "enkelin", "cousin", "cousine", "freund", "freundin", "kind", "gatte",
                    "gattin", "witwe", "witwer", "eltern", "geschwister", "partner", "partnerin", "kollege",
                    "kollegin", "nachfolger", "nachfolgerin", "vorgänger", "vorgängerin", "schwager", "schwägerin")
NOT_CLASS_NOUNS = frozenset({"Sir", "Lord", "Lady", "Miss", "Mister", "Mrs.", "Mr.", "Herr", "Dame", "Sankt", "Dr.", "Prof.", "Professor",
                             "Gebrüder", "Familie", "Haus", "Jahr", "Jahre", "Jahres", "Jahren", "Titel", "Hilfe", "Zeit", "Anfang", "Ende", "Mitte",
                             "Nummer", "Platz", "Name", "Namen", "Bezeichnung", "Begriff", "Wort", "Typ", "Art", "Form", "Version", "Teil", "Sinne", "Sinn"})
# Words before a year that change what it answers ("seit 1908" is not "in 1908").
NOT_POINT_IN_TIME = frozenset({"seit", "bis", "ab", "von", "vom", "zwischen", "vor", "nach", "um", "gegen", "ende",
                               "anfang", "mitte", "etwa", "ca.", "circa", "spätestens", "frühestens", "zirka",
                               "bereits", "erst", "schon", "noch", "später", "früher", "und", "oder", "ungefähr"})
YEAR_NOUNS = frozenset({"Jahr", "Jahre"})
PERSON_CLASS_ENDINGS = ("prinz", "prinzess", "herzog", "graf", "gräf", "emir", "sultan", "zar", "general", "admiral",
                        "kardinal", "architekt", "regisseur", "produzent", "dirigent", "iker", "loge", "soph", "oge",
                        "tänzer", "autor", "poet", "komiker", "moderator", "sportler", "boxer", "athlet", "kapitän",
                        "leutnant", "major", "oberst", "offizier", "diplomat", "botschafter", "abt", "mönch", "rabbiner",
                        "gouverneur", "senator", "abgeordnete", "bürgermeister", "vorsitzende", "direktor", "manager",
                        "stratege", "beamt", "beamte", "gelehrte", "angestellte", "kollege", "zeuge")
RENAMING_VERBS = frozenset({"umbenennen", "ändern", "umwandeln", "verwandeln", "übersetzen", "teilen", "aufteilen",
                            "einteilen", "gliedern", "unterteilen", "zerfallen", "übergehen"})
QUOTES = ("„", "“", "\"", "»", "«")
# Words inside a person's name ("Hermann von Helmholtz", "Hans van der Laan"); "in", "am" join a
# name and a place ("Kumasi in Ghana"), "von der" a name and its institution ("Paul Frommer von der USC").
NOBLE_LINKS = frozenset({"von", "van", "de", "of", "zu", "da", "di", "del", "du", "y", "la", "le"})
NAME_PARTICLES = NOBLE_LINKS | {"ibn", "bin", "bint", "ben", "al", "el"}  # lower-case words inside a name
NAME_LINKS = frozenset({"in", "von", "of", "de", "del", "di", "da", "am", "an", "der", "zu", "y", "la", "le", "du"})
STATIC_VERBS = frozenset({"sein", "heißen", "nennen", "bezeichnen", "taufen", "werden", "bleiben", "gelten"})


def more_questions(analysis: Analysis, facts: tuple[Fact, ...]) -> list[Question]:
    """welch-, In welchem Jahr and Wer/Was ist questions, in text order, then where
    names come from (``wh_names``)."""
    labels = entity_labels(facts)
    candidates: list[Question] = []
    restated: list[Question] = []
    for sentence, seen in askable_sentences(analysis):
        appositions = [q for q in _apposition_questions(sentence, labels) if q is not None]
        found = [*_clause_questions(analysis, sentence, labels, seen), *(q for q in appositions if str(q.answer) in sentence.text),
                 *_life_questions(sentence), *_kin_questions(analysis, sentence, labels)]
        restated += [q for q in appositions if str(q.answer) not in sentence.text]  # put in the nominative (``_nominative``)
        asked = {q.prompt for q in [*candidates, *found] if q is not None}
        found += [q for q in _life_event_questions(analysis, sentence, labels) if q is not None and q.prompt not in asked]
        titled = [_question(sentence, prompt, ask) for prompt, ask in
                  (*title_asks(analysis, sentence, _sentence_tense(sentence)), *partner_asks(analysis, sentence),
                   *naming_asks(analysis, sentence, _sentence_tense(sentence)),
                   *_relatives(analysis, sentence))]
        found += [q for q in titled if q is not None and q.prompt not in asked]
        candidates.extend(sorted((q for q in found if q is not None), key=lambda q: _position(sentence, q)))
        restated += [q for q in (_question(sentence, prompt, ask) for prompt, ask in deed_asks(sentence, labels)) if q is not None]
        restated += _setting_questions(analysis, sentence, labels, {q.prompt for q in restated})
    written = [(q, realise.answer_in_text(str(q.answer), analysis, q.sentence)) for q in candidates]
    kept = unambiguous([q if form == q.answer else dc_replace(q, answer=form) for q, form in written if form])
    kept += unambiguous(restated)  # "reiste weiterhin umher, hielt Reden …": the predicates without their subject
    return [*wellformed.teacher_filter(kept, analysis), *name_questions(analysis, facts), *kind_questions(analysis, facts)]


def _relatives(analysis: Analysis, sentence: Sentence) -> list[tuple[str, Ask]]:
    """"Wie hieß Thickes dritter Sohn?" (``wh_facts.relative_asks``) for each clause, its
    possessives restated with the owner ``wh.possessive_owners`` is certain of."""
    return [ask for clause in sentence.clauses
            for ask in relative_asks(sentence, clause, possessive_owners(analysis, sentence, clause, {}, resolve))]


def _setting_questions(analysis: Analysis, sentence: Sentence, labels: dict[str, str], asked: set[str]) -> list[Question]:
    """"Was macht die Aare in Bern?" (``wh_facts.setting_asks``) for each clause whose pronouns
    resolve, unless a question of several predicates already asks it."""
    found: list[Question] = []
    for clause in sentence.clauses:
        replace = _pronoun_names(analysis, sentence, clause, labels) if clause.kind == "main" else None
        for prompt, ask in setting_asks(analysis, sentence, clause, replace, labels) if replace is not None else ():
            question = _question(sentence, prompt, ask)
            if question is not None and prompt not in asked:
                found.append(question)
    return found


def _position(sentence: Sentence, question: Question) -> int:
    answer = str(question.answer)
    found = sentence.text.find(answer)
    return found if found >= 0 else len(sentence.text)


# --- questions from clauses -------------------------------------------------------------------


def _clause_questions(
    analysis: Analysis, sentence: Sentence, labels: dict[str, str], earlier: frozenset[str] = frozenset()
) -> Iterator[Question | None]:
    for clause in sentence.clauses:
        if not clause.sure or clause.kind not in ("main", "coordinated", "subordinate", "relative"):
            continue
        if clause.mood != "indicative" or clause.finite is None or not _plain_verbs(sentence, clause):
            continue  # reported speech or a wish: not a fact of the text; or a verb the tagger guessed
        replace = _pronoun_names(analysis, sentence, clause, labels)
        if replace is None:
            continue
        clause = _without_content(sentence, _joined_years(sentence, clause))
        factual = _factual(sentence, clause)
        contents = [c for c in clause.constituents if infinitive_content(sentence, c) is not None]
        for asked in clause.constituents if factual else ():
            if not asked.sure or asked.clause is not None or contents and asked not in contents:
                continue  # "Welcher General erhielt den Befehl?" says no order: only "Welchen Befehl …?" is asked
            if asked.role == "object_dat" and figurative_owning(sentence, clause):
                continue  # "Welchem Obergott gehörte der Mittwoch?": the day was his, no one owned it
            asks = (_year(sentence, asked) or _counted_year(sentence, clause, asked),
                    _welch(sentence, clause, asked, labels) or _compound_kind(analysis, sentence, clause, asked)
                    or _adjective_kind(sentence, clause, asked),
                    _infinitive_noun(sentence, asked),
                    _price(sentence, asked), _companion(sentence, asked, replace, labels),
                    *_range_ends(sentence, clause, asked))
            found = [(clause, asked, ask) for ask in asks if ask is not None]
            for own, phrase, ask in [*found, *role_asks(sentence, clause, asked, replace, labels)]:
                question = _realised(sentence, own, phrase, ask, replace, earlier)
                if question is not None:
                    yield question
        if factual:
            yield _apposed_name(sentence, clause)
            yield _active_agent(sentence, clause, replace, labels)
            yield _measure(analysis, sentence, clause, replace)
            yield _dimension(sentence, clause)
        yield from _located(sentence, clause, replace, labels)
        definition = (_copula(sentence, clause, replace, labels) or _concept(analysis, sentence, clause, replace)
                      or _topic_defined(analysis, sentence, clause, replace))
        if definition is not None:
            yield definition


def _without_content(sentence: Sentence, clause: Clause) -> Clause:
    """The clause without the zu-infinitive the parse made its complement where it is the content
    of a noun before it ("erhielt Rembrandt … den Auftrag, das Bild … zu malen"): the infinitive is
    the answer of "Welchen Auftrag …?" (``_infinitive_noun``), not a complement the question drops."""
    ends = {infinitive_content(sentence, c): c.end for c in clause.constituents}
    kept = tuple(c for c in clause.constituents
                 if not (c.role == "complement" and ends.get(c.end) is not None and c.start == ends[c.end] + 1))
    if len(kept) == len(clause.constituents):
        return clause
    dropped = {i for c in clause.constituents if c not in kept for i in range(c.start, c.end)}
    return dc_replace(clause, constituents=kept, tokens=tuple(i for i in clause.tokens if i not in dropped))


def _factual(sentence: Sentence, clause: Clause) -> bool:
    """A clause that states a fact in plain words: not what was said or announced ("dass …"),
    no complement a question would drop, no brackets or slashes in it, no relative clause on an
    indefinite antecedent ("ein Architekt, der …" is not "ein Architekt emigrierte")."""
    conjunction = next((t for t in sentence.tokens if t.i == clause.conjunction), None)
    if clause.kind == "subordinate" and (conjunction is None or conjunction.text.lower() in ("dass", "ob", *realise.NOT_FACTUAL)):
        return False
    if clause.role("complement"):
        return False
    own = set(clause.tokens)
    if any(t.tag == "$(" and t.text != "-" and t.i in own for t in sentence.tokens):
        return False
    if clause.kind == "relative":
        before = [t for t in sentence.tokens if clause.antecedent is not None and t.i < clause.antecedent][-3:]
        if any(t.tag == "ART" and t.text.lower().startswith("ein") for t in before):
            return False
    finite = next(t for t in sentence.tokens if t.i == clause.finite)
    return not (finite.tag == "VMFIN" and len(clause.verbs) < 2)


def _plain_verbs(sentence: Sentence, clause: Clause) -> bool:
    """No imperative and no capitalised word inside the verb complex: a name the tagger took
    for a verb ("Burn the Priest veröffentlichte …") would break the question."""
    for i in clause.verbs:
        token = sentence.tokens[i - sentence.tokens[0].i]
        if token.tag == "VVIMP" or token.text[:1].isupper() and (i != sentence.tokens[0].i or i != clause.finite):
            return False
    return True


def _realised(
    sentence: Sentence, clause: Clause, asked: Constituent, ask: Ask, replace: Spans, earlier: frozenset[str] = frozenset()
) -> Question | None:
    if any(c is not asked and c.start < asked.end and asked.start < c.end for c in clause.constituents):
        return None  # the phrase sits inside another one ("der Sohn eines in Bulgarien tätigen …")
    if any(c.end == asked.start and c.role not in (*ROLE_CASE, "time") and c.preposition for c in clause.constituents):
        return None  # right after a prepositional phrase it may belong to it ("von der Hagia Sophia in Istanbul")
    if any(t.tag in ("PROAV", "PAV") and t.i in clause.tokens and not asked.start <= t.i < asked.end for t in sentence.tokens):
        return None  # "davon", "darüber": what they point back to is not in the question
    prompt = realise.interrogative(sentence, clause, asked, ask.word, replace=replace, number=ask.number)
    prompt = prompt and realise.perfect_for_pluperfect(prompt, ask.word, sentence, clause, asked)
    if prompt is None or not _good_prompt(prompt, ask) or "," in prompt:
        return None  # a comma: an apposition or clause the realiser moved, rarely a clean question
    if ask.skill == "welch-adjektiv" and len(prompt.split()) < MIN_KIND_WORDS:
        return None  # "Welche Flotte attackierte?": the clause lost what was attacked
    if not _covers(sentence, clause, asked, prompt, ask, replace):
        return None
    if ask.skill == "in-welchem-jahr" and re.search(r"\b1\d{3}\b|\b20\d\d\b", prompt):
        return None  # another year in the question: which one is asked?
    if wellformed.source_problems(sentence, clause, asked, prompt, ask.answer, ask.skill, earlier):
        return None
    if wellformed.reading_problems(sentence, clause, asked, ask.skill):
        return None
    verbs = tuple(t.text for t in sentence.tokens if (t.i in clause.verbs or t.i == clause.particle) and t.i != clause.finite)
    return _question(sentence, prompt, ask, verbs)


def _question(sentence: Sentence, prompt: str, ask: Ask, verbs: tuple[str, ...] = ()) -> Question | None:
    """The question, if it passes the round-trip check every generated W-question passes."""
    if not wellformed.well_formed_question(prompt, word=ask.word, verbs=verbs):
        return None
    accepted = tuple(v for v in dict.fromkeys(ask.accepted) if v and v != ask.answer and not v.endswith("."))
    return Question(
        id="", type="wh", prompt=prompt, answer=ask.answer, sentence=sentence.index, evidence=sentence.text,
        explanation=f"Im Text steht: „{sentence.text}“", accepted=accepted, focus="content", skill=ask.skill,
    )


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w\-ʻ’']+", text)]


def _covers(sentence: Sentence, clause: Clause, asked: Constituent, prompt: str, ask: Ask, replace: Spans) -> bool:
    """The question keeps every word of its clause but the asked phrase, and adds none but the
    W-phrase and the names put in for pronouns: nothing cut off, nothing from another clause."""
    replaced = {i for start, end in replace for i in range(start, end)}
    skip = replaced | set(range(asked.start, asked.end))
    if clause.kind in ("subordinate", "coordinated", "relative") and clause.conjunction is not None:
        skip.add(clause.conjunction)
    own = [t for t in span_tokens(sentence, sentence.tokens[0].i, sentence.tokens[-1].i + 1)
           if t.i in set(clause.tokens) and t.i not in skip and not t.tag.startswith("$")]
    spared = realise.spared_words(sentence, clause, asked)  # a title the realiser leaves out of the question
    expected = {w for t in own if t.i not in spared for w in _words(t.text)}
    allowed = expected | {w for t in own for w in _words(t.text)} | set(_words(ask.word)) | {w for name in replace.values() for w in _words(name)}
    allowed |= {w for t in sentence.tokens if t.i == clause.antecedent for w in _words(t.text)}
    if clause.kind == "relative":
        allowed |= {w for t in sentence.tokens if t.i < (clause.conjunction or 0) for w in _words(t.text)}
    found = _words(prompt)
    counts = Counter(w for t in own for w in _words(t.text)) + Counter(_words(ask.word))
    counts += Counter(w for name in replace.values() for w in _words(name))
    if any(n > max(counts[w], 1) for w, n in Counter(found).items()):
        return False  # a word twice that the clause has once ("… geboren wurde?")
    verb_forms = {w for i in clause.verbs for t in sentence.tokens if t.i == i for w in _words(t.text)}
    return expected - verb_forms <= set(found) and all(w in allowed or w in verb_forms or _inflected(w, clause, sentence)
                                                      for w in found)


def _inflected(word: str, clause: Clause, sentence: Sentence) -> bool:
    """A verb form the realiser made (re-inflected finite verb, split particle verb)."""
    lemma = clause.lemma or ""
    forms = [t.text.lower() for t in sentence.tokens if t.i in clause.verbs]
    return any(word in form for form in forms) or bool(lemma) and (word in lemma or word[:4] in lemma)


def _good_prompt(prompt: str, ask: Ask) -> bool:
    """Long enough, short enough, and not containing its own answer."""
    if not MIN_PROMPT_WORDS <= len(prompt.split()) <= MAX_PROMPT_WORDS:
        return False
    lowered = prompt.lower()
    return all(variant.lower() not in lowered for variant in (ask.answer, *ask.accepted) if len(variant) > 2)


# --- In welchem Jahr ------------------------------------------------------------------------------


def _is_year(token: Token) -> bool:
    return token.tag == "CARD" and token.text.isdigit() and FIRST_YEAR <= int(token.text) <= LAST_YEAR


def _joined_years(sentence: Sentence, clause: Clause) -> Clause:
    """"im Jahr" and "1908" as two time constituents side by side become one ("im Jahr 1908")."""
    parts = list(clause.constituents)
    for k in range(len(parts) - 1):
        first, second = parts[k], parts[k + 1]
        words = span_tokens(sentence, first.start, first.end)
        year = span_tokens(sentence, second.start, second.end)
        if (first.role == second.role == "time" and first.end == second.start and len(year) == 1
                and _is_year(year[0]) and words and words[-1].text in YEAR_NOUNS):
            joined = dc_replace(first, end=second.end, head=second.head, text=f"{first.text} {second.text}",
                                sure=first.sure and second.sure)
            parts[k : k + 2] = [joined]
            return dc_replace(clause, constituents=tuple(parts))
    return clause


def _year(sentence: Sentence, asked: Constituent) -> Ask | None:
    """A time adverbial that names one year as a point in time: "In welchem Jahr …?" – "1908"."""
    if asked.role != "time" or asked.detail:
        return None
    tokens = span_tokens(sentence, asked.start, asked.end)
    years = [t for t in tokens if _is_year(t)]
    cards = [t for t in tokens if t.tag == "CARD"]
    if len(years) != 1 or len(cards) != 1 or any(t.text.lower() in NOT_POINT_IN_TIME for t in tokens):
        return None
    if any(t.tag not in ("APPR", "APPRART", "ART", "ADJA", "NN", "CARD") for t in tokens):
        return None  # "1908 und 1910", "1908/09", a clause: not one year
    if tokens[-1] is not years[0] and tokens[-1].tag != "NN":
        return None
    previous = sentence.tokens[asked.start - sentence.tokens[0].i - 1] if asked.start > sentence.tokens[0].i else None
    if previous is not None and previous.tag in ("NN", "NE", "ADJA", "$(", "XY", "FM") and tokens[0] is years[0]:
        return None  # "des Jahres 1990", "Saison 2010": the year belongs to a noun phrase
    year = years[0].text
    full = realise.phrase(sentence, asked.start, asked.end)
    bare = realise.render(sentence, tokens[1].i, asked.end) if tokens[0].tag in ("APPR", "APPRART") and len(tokens) > 1 else full
    return Ask("In welchem Jahr", "in-welchem-jahr", year, (full, bare, f"im Jahr {year}"))


# Nouns of a count or estimate whose year dates the figures of its clause ("Nach der Volkszählung im
# Jahr 2010 lebten im Bates County 17.049 Menschen"): a closed class of statistical sources.
COUNT_SOURCE_ENDINGS = ("zählung", "schätzung", "erhebung", "statistik", "zensus", "census")
COUNT_PREPOSITIONS = frozenset({"nach", "laut", "gemäß", "bei"})


def _counted_year(sentence: Sentence, clause: Clause, asked: Constituent) -> Ask | None:
    """"Nach der Volkszählung im Jahr 2010 lebten im Bates County 17.049 Menschen in 6.355
    Haushalten." → In welchem Jahr lebten im Bates County 17.049 Menschen in 6.355 Haushalten? –
    2010. The census is the time its figures hold for, but the roles read "nach der Volkszählung"
    as a source, not a time, and ``_year`` leaves "nach" alone (MLQA: "In welchem Jahr hatte der
    Bezirk eine Bevölkerung von 7.422 Menschen? – 2000", "Wann fand die Volkszählung statt? –
    2010"). Only a count noun and one year after it ("im Jahr 2010", "von 2011", "2000"); "Nach
    der Gründung im Jahr 1990" dates another event, and "nach der Volkszählung" without a year
    says no when; and not in the present ("Nach der Volkszählung von 2011 hat der Distrikt 476.835
    Einwohner": "In welchem Jahr hat der Distrikt …?" reads as if the number changed that year)."""
    if asked.role not in ("adverbial", "time") or asked.clause is not None or clause.tense == "present":
        return None
    tokens = span_tokens(sentence, asked.start, asked.end)
    while tokens and tokens[-1].tag.startswith("$"):
        tokens = tokens[:-1]
    if len(tokens) < 3 or tokens[0].text.lower() not in COUNT_PREPOSITIONS:
        return None
    rest = tokens[2:] if tokens[1].tag == "ART" else tokens[1:]
    if len(rest) < 2 or rest[0].tag != "NN" or not rest[0].text.lower().endswith(COUNT_SOURCE_ENDINGS):
        return None
    dating = [t.text.lower() for t in rest[1:-1]]
    if not _is_year(rest[-1]) or dating not in ([], ["von"], ["im", "jahr"], ["im", "jahre"], ["aus", "dem", "jahr"]):
        return None
    year = rest[-1].text
    return Ask("In welchem Jahr", "in-welchem-jahr", year, (realise.phrase(sentence, asked.start, asked.end),
                                                            f"im Jahr {year}"))


def _range_ends(sentence: Sentence, clause: Clause, asked: Constituent) -> tuple[Ask | None, ...]:
    """"von Juni 2003 bis Dezember 2006" → "Ab wann …?" – "Juni 2003" and "Bis wann …?" –
    "Dezember 2006": readers ask for one end of a span (MLQA: "Wann mietete Onur Air den Airbus?
    – 2003"), which the whole span does not answer. Only "von/vom X bis Y" with a number or a
    month on both sides; "bis zu seinem Tod" names no date a reader could give back."""
    if asked.role != "time" or asked.clause is not None or clause.lemma in DURATION_VERBS:
        return ()  # "Ab wann dauerte der Krieg?": a span that lasts is asked with "Wie lange"
    if clause.lemma in ("sein", "werden", "bleiben") and not clause.role("predicative"):
        return ()  # "Von 2001 bis 2014 war er und seit 2017 ist er AKP-Vorsitzender": "Bis wann war Erdoğan?"
    tokens = span_tokens(sentence, asked.start, asked.end)
    while tokens and tokens[-1].tag.startswith("$"):
        tokens = tokens[:-1]
    cut = next((k for k, t in enumerate(tokens) if t.text.lower() == "bis"), None)
    if cut is None or len(tokens) < 4 or tokens[0].text.lower() not in ("von", "vom") or not 1 < cut < len(tokens) - 1:
        return ()
    start, end = tokens[1:cut], tokens[cut + 1 :]
    if any(not _date_part(part) for part in (start, end)):
        return ()
    first = realise.render(sentence, start[0].i, start[-1].i + 1)
    last = realise.render(sentence, end[0].i, end[-1].i + 1).rstrip(".") if end[-1] is sentence.tokens[-1] else (
        realise.render(sentence, end[0].i, end[-1].i + 1))  # "1918." at the end of the sentence
    return (Ask("Ab wann", "ab-wann", first, (f"{tokens[0].text.lower()} {first}", f"ab {first}")),
            Ask("Bis wann", "bis-wann", last, (f"bis {last}",)))


def _date_part(tokens: list[Token]) -> bool:
    """One date: a year, or a day and month ("24. Juni 2003", "Juni 2003", "1998") — numbers and
    month names only, so "zu seinem Tod" or "Ende der Saison" is no end of a span here."""
    return (bool(tokens) and any(t.tag == "CARD" or t.text in MONTH_NAMES for t in tokens)
            and all(t.tag in ("CARD", "ADJA") or t.text in MONTH_NAMES for t in tokens))


DURATION_VERBS = frozenset({"dauern", "andauern", "anhalten", "währen", "laufen", "reichen", "erstrecken"})


# --- Für wie viel Geld, Mit wem (adverbials the roles leave untyped) ------------------------------

CURRENCIES = frozenset({"Euro", "Dollar", "US-Dollar", "Pfund", "Mark", "D-Mark", "Franken", "Yen", "Rubel", "Kronen",
                        "Lire", "Gulden", "Taler", "Schilling", "Peseten", "Rupien", "Yuan", "EUR", "USD", "€", "$"})
# Prepositions that take a person as companion, beneficiary or opponent, with the case they govern.
PERSON_PREPOSITIONS = {"mit": "wem", "bei": "wem", "für": "wen", "gegen": "wen", "ohne": "wen", "neben": "wem"}


def _price(sentence: Sentence, asked: Constituent) -> Ask | None:
    """"für 25 Mio. Euro" → "Für wie viel Geld …?" – "25 Mio. Euro": a price paid or asked."""
    tokens = span_tokens(sentence, asked.start, asked.end)
    if len(tokens) < 3 or tokens[0].text.lower() != "für" or asked.role not in ("adverbial", "object_prep", "purpose"):
        return None
    rest = tokens[1:]
    if rest[0].tag not in ("CARD", "ADV") or not any(t.tag == "CARD" for t in rest) or rest[-1].text not in CURRENCIES:
        return None
    if any(t.tag not in ("CARD", "ADV", "NN", "NE", "ADJA", "$.", "XY") and t.text not in CURRENCIES for t in rest):
        return None
    amount = realise.render(sentence, rest[0].i, asked.end)
    number = next(t.text for t in rest if t.tag == "CARD")
    return Ask("Für wie viel Geld", "für-wie-viel", amount, (f"für {amount}", number))


def _companion(sentence: Sentence, asked: Constituent, replace: Spans, labels: dict[str, str]) -> Ask | None:
    """"spielte … mit David Duchovny" → "Mit wem …?" – "David Duchovny": a named person after
    mit / bei / für / gegen in a phrase the roles leave untyped (companion, beneficiary, opponent)."""
    if asked.role != "adverbial" or asked.clause is not None or (asked.start, asked.end) in replace:
        return None
    tokens = span_tokens(sentence, asked.start, asked.end)
    pronoun = PERSON_PREPOSITIONS.get(tokens[0].text.lower()) if tokens else None
    name = tokens[1:]
    if pronoun is None or not name or not _is_name(name) or _name_kind(name, labels) != "person":
        return None
    if any(t.tag == "KON" for t in name) or _name_goes_on(sentence, name[-1]):
        return None
    answer = realise.render(sentence, name[0].i, asked.end)
    return Ask(f"{tokens[0].text.capitalize()} {pronoun}", f"{tokens[0].text.lower()}-{pronoun}", answer,
               (realise.phrase(sentence, asked.start, asked.end),))


# --- welch- + class noun --------------------------------------------------------------------------


def _welch(sentence: Sentence, clause: Clause, asked: Constituent, labels: dict[str, str]) -> Ask | None:
    """"in der Stadt Zwittau" → "In welcher Stadt" – "Zwittau"; "in Zwittau" the same from the gazetteer."""
    if asked.role not in WELCH_ROLES or clause.lemma in STATIC_VERBS or clause.lemma in RENAMING_VERBS:
        return None  # "war der Sohn eines in Bulgarien tätigen …", "hieß der Ort X": no class question
    tokens = span_tokens(sentence, asked.start, asked.end)
    cut = _core_length(tokens)
    if cut < len(tokens) and (tokens[cut].tag != "$," or cut + 1 < len(tokens) and tokens[cut + 1].tag in ("NE", "KON", "NN")):
        return None  # an enumeration ("in Serbien, Montenegro …") or a bracket inside the name
    tokens = tokens[:cut]
    if not tokens or _name_goes_on(sentence, tokens[-1]):
        return None
    preposition = ""
    article = ""
    rest = tokens
    if rest[0].tag == "APPRART" and rest[0].text.lower() in CONTRACTIONS:
        preposition, article = CONTRACTIONS[rest[0].text.lower()]
        rest = rest[1:]
    elif rest[0].tag == "APPR":
        preposition, rest = rest[0].text.lower(), rest[1:]
    if asked.role in ("object_prep", "place", "direction", "origin", *UNTYPED_ROLES) and not preposition:
        return None
    if preposition and asked.role in ROLE_CASE:
        return None
    if rest and rest[0].tag == "ART":
        if article:
            return None
        article, rest = rest[0].text.lower(), rest[1:]
    if article and article not in ARTICLE_READINGS:
        return None  # ein/eine: "in einer Stadt X" is rare and the class is not the point
    if asked.role in UNTYPED_ROLES and (not article or preposition in HEARSAY_PREPOSITIONS):
        return None  # "unter Präsident John Tyler": "Unter welchem Präsidenten" would inflect the noun
    if asked.role in UNTYPED_ROLES and any(c.end == asked.start for c in clause.role("subject")):
        return None  # "sorgte der Mord am Oppositionspolitiker X für Aufsehen": the phrase belongs to the subject
    return _class_noun_ask(sentence, asked, tokens, preposition, article, rest) or _gazetteer_ask(
        sentence, asked, tokens, preposition, article, rest, labels)


def _infinitive_noun(sentence: Sentence, asked: Constituent) -> Ask | None:
    """"Der britische General Harry Prendergast erhielt den Befehl, das obere Birma … zu erobern."
    → Welchen Befehl erhielt der britische General Harry Prendergast? – das obere Birma … zu
    erobern. Readers asked exactly this ("Welchen Befehl erhielt Prendergast?") where ``wh`` asked
    "Wer erhielt den Befehl?": the noun (``wh.INFINITIVE_NOUNS``) is empty without its infinitive.
    welch- takes the noun's gender and the case its definite article shows; its adjectives stay."""
    end = infinitive_content(sentence, asked)
    if end is None:
        return None
    words = span_tokens(sentence, asked.start, asked.end)
    article, noun = words[0].text.lower(), words[-1]
    if any(t.tag != "ADJA" for t in words[1:-1]) or noun.feature("Number") == "Plur":
        return None  # "den Befehl des Königs": a genitive would stay in the question as it stands
    case = ROLE_CASE[asked.role]
    if (noun.feature("Gender"), case) not in ARTICLE_READINGS.get(article, frozenset()):
        return None  # "einen Befehl", or a gender the lexicon does not know
    form = WELCH[(noun.feature("Gender"), case)]
    word = " ".join([form.capitalize(), *(t.text for t in words[1:])])
    answer = realise.phrase(sentence, asked.end + 1, end)
    return Ask(word, f"welch-{noun.text.lower()}", answer, (), "Sing" if asked.role == "subject" else None)


def _class_noun_ask(
    sentence: Sentence, asked: Constituent, tokens: list[Token], preposition: str, article: str, rest: list[Token]
) -> Ask | None:
    adjectives = []
    while rest and rest[0].tag == "ADJA":
        adjectives.append(rest[0])
        rest = rest[1:]
    if len(rest) < 2 or rest[0].tag != "NN" or rest[0].ent_label:
        return None
    noun, name = rest[0], rest[1:]
    if not _linked_name(name) or not _classifies(noun) or len(realise.render(sentence, name[0].i, name[-1].i + 1)) < 2:
        return None
    label = next((t.ent_label for t in name if t.ent_label), "")
    place = noun.lemma.lower().endswith(PLACE_NOUNS)
    if label == "PER" and place and not name[-1].text.endswith("s"):
        label = "LOC"  # "im indischen Staat Kolhapur": the recogniser's guess on a foreign word; the class says
        # place ("vom Werk Millers" stays refused: a person's genitive)
    if (label == "LOC") != place or label == "PER" and not _person_noun(noun):
        return None  # "der Hurrikan Hawaiʻi", "die Öffentlichkeit Georg": the parse went wrong
    if len(name) == 1 and name[0].text.endswith("s") and name[0].lemma != name[0].text:
        return None  # "auf dem Gebiet Russlands": a genitive, not the name of the class
    gender = "Plur" if noun.feature("Number") == "Plur" else noun.feature("Gender")
    if gender == "Plur" and article and not any(g == "Plur" for g, _ in ARTICLE_READINGS[article]):
        gender = noun.feature("Gender")  # "mit dem britischen Geologen Lyell": "dem" says singular
    if not gender:
        return None
    case = _case(asked, preposition, article, gender)
    if case is None or not article and (asked.role != "subject" or adjectives):
        return None  # bare "Präsident Obama" only as a subject: other cases would inflect the noun
    form = WELCH.get((gender, case))
    if form is None or gender == "Plur":
        return None  # a plural class ("die Komtessen A und B") asks for a list
    # neither the answer's adjectives nor the compound's first part: they copy what names it ("An
    # welches niederländische Flugzeug-Leasingunternehmen verkaufte ILFC …? – AerCap", judged edit)
    words = [form, _class_head(noun)]
    if preposition:
        words.insert(0, preposition)
    word = " ".join(words)
    word = word[:1].upper() + word[1:]
    answer = realise.render(sentence, name[0].i, name[-1].i + 1)
    full = realise.phrase(sentence, tokens[0].i, tokens[-1].i + 1)
    accepted = [full, realise.render(sentence, noun.i, name[-1].i + 1)]
    if preposition:
        accepted.append(f"{tokens[0].text.lower()} {answer}" if not article else f"{preposition} {answer}")
    skill = "-".join(w.lower() for w in [*words[: 1 + bool(preposition)], noun.text])
    return Ask(word, skill, answer, tuple(accepted), "Sing" if asked.role == "subject" else None)


def _gazetteer_ask(
    sentence: Sentence, asked: Constituent, tokens: list[Token], preposition: str, article: str, rest: list[Token],
    labels: dict[str, str],
) -> Ask | None:
    """A bare city or country name after in / aus / nach: "In welcher Stadt …", "Aus welchem Land …"."""
    if article or asked.role not in ("place", "direction", "origin") or not _is_name(rest):
        return None
    name = realise.render(sentence, rest[0].i, rest[-1].i + 1)
    kind = place_class(name)
    if kind not in ("city", "country") or labels.get(name, "place") != "place":
        return None
    noun, gender = ("Stadt", "Fem") if kind == "city" else ("Land", "Neut")
    if preposition == "in" and asked.role == "place":
        word = f"In {WELCH[(gender, 'Dat')]} {noun}"
    elif preposition == "nach" and asked.role == "direction":
        word = f"In {WELCH[(gender, 'Acc')]} {noun}"
    elif preposition == "aus" and asked.role == "origin":
        word = f"Aus {WELCH[(gender, 'Dat')]} {noun}"
    else:
        return None
    skill = "-".join(word.lower().split())
    return Ask(word, skill, name, (f"{preposition} {name}",))


# First parts that rank, date or place a thing rather than say its kind: "die Hauptstadt" and "die
# Altstadt" are no kinds of city a reader names, "der Bundeskanzler" no kind of chancellor (a closed
# class of such parts).
GRADING_PARTS = frozenset({"haupt", "bund", "bundes", "land", "landes", "staat", "staats", "gesamt", "teil", "ober",
                           "unter", "neben", "groß", "klein", "grund", "sonder", "spitze", "spitzen", "end", "anfang",
                           "zwischen", "vor", "nach", "rück", "mit", "ex", "erz", "ur", "vize", "ehe", "stief", "halb",
                           "alt", "neu", "hoch", "tief", "innen", "außen", "mittel"})
# Heads too general to name a kind ("Zeitpunkt" → "Welcher Punkt"), besides ``wellformed.GENERAL_NOUNS``.
VAGUE_HEADS = frozenset({"Punkt", "Zeit", "Tag", "Jahr", "Raum", "Stelle", "Seite", "Ort", "Mal", "Zug", "Stück",
                         "Frage", "Lage", "Stand", "Grund", "Ende", "Anfang", "Werk", "Gang", "Satz", "Kraft"})
# How much rarer (Zipf) a compound must be than its head to name a kind of it (see ``_compound_head``).
KIND_COMPOUND_MARGIN = 1.0
COMPOUND_ROLES = frozenset({"subject", "object_acc", "object_dat", "object_prep", "place", "direction", "origin"})


def _compound_kind(analysis: Analysis, sentence: Sentence, clause: Clause, asked: Constituent) -> Ask | None:
    """"Der Steppenadler kommt von Rumänien über die Aralsteppe bis nach Transbaikal vor." → Welcher
    Adler kommt von Rumänien über die Aralsteppe bis nach Transbaikal vor? – der Steppenadler;
    "Angetrieben wurde sie von einem XLR-11 Raketentriebwerk" is no such phrase (an indefinite one).
    People ask about a compound with its head as the type noun ("Welcher Adler brütet …?", "Welche
    Division wurde aufgelöst?" of "Die 9. Panzerdivision"): the text names the kind itself, and the
    answer is the compound, which the question does not hold. A definite phrase (or a bare plural)
    of a compound noun alone, after at most a preposition, the article and adjectives (which go
    into the answer); the text must name another thing of the head's kind (``_other_kind``), the
    head must be a noun of the same gender, and the first part no rank
    ("Hauptstadt") and the head no general noun ("Zeitpunkt")."""
    if asked.role not in COMPOUND_ROLES or clause.lemma in STATIC_VERBS or clause.lemma in RENAMING_VERBS:
        return None
    if len(clause.verbs) < 2 and not any(c is not asked and any(t.tag in ("NN", "NE", "CARD") for t in
                                                                span_tokens(sentence, c.start, c.end))
                                         for c in clause.constituents):
        return None  # "Der eigentliche Gleitflug begann." → "Welcher Flug begann?" says nothing of the text
    tokens = span_tokens(sentence, asked.start, asked.end)
    while tokens and tokens[-1].tag == "$.":
        tokens = tokens[:-1]
    preposition, article, rest = "", "", tokens
    if rest and rest[0].tag == "APPRART" and rest[0].text.lower() in CONTRACTIONS:
        preposition, article = CONTRACTIONS[rest[0].text.lower()]
        rest = rest[1:]
    elif rest and rest[0].tag == "APPR":
        preposition, rest = rest[0].text.lower(), rest[1:]
    if bool(preposition) != (asked.role not in ROLE_CASE) or preposition in HEARSAY_PREPOSITIONS:
        return None
    if rest and rest[0].tag == "ART" and not article:
        article, rest = rest[0].text.lower(), rest[1:]
    if not rest or any(t.tag != "ADJA" for t in rest[:-1]) or article and article not in ARTICLE_READINGS:
        return None
    noun = rest[-1]
    if noun.tag != "NN" or noun.ent_label or _name_goes_on(sentence, noun) or not noun.text[:1].isupper():
        return None
    plural = noun.feature("Number") == "Plur"
    if not article and (not plural or len(rest) > 1):
        return None  # "von einem Raketentriebwerk", "Stahl": no one thing the text names; "unterschiedliche
        # Spurweiten" → "Welche Weiten …?": the adjective, which the question leaves out, is the point
    head = _compound_head(noun)
    if head is None or not _other_kind(analysis, noun):
        return None
    gender = "Plur" if plural else noun.feature("Gender")
    case = _case(asked, preposition, article, gender) if gender else None
    form = WELCH.get((gender, case)) if case else None
    if form is None:
        return None
    word = " ".join(w for w in (preposition, form, head) if w)
    word = word[:1].upper() + word[1:]
    answer = realise.phrase(sentence, (rest[0] if not article else tokens[len(tokens) - len(rest) - 1]).i, noun.i + 1)
    if preposition and article and tokens[0].tag == "APPRART":
        answer = realise.render(sentence, rest[0].i, noun.i + 1)  # "im Sternbild" has no article of its own
    accepted = (realise.phrase(sentence, tokens[0].i, noun.i + 1), noun.text, noun.lemma)
    return Ask(word, "welch-kompositum", answer, accepted, number=None)


# A classifying adjective is rare beside the evaluating and ordering ones ("oligomere" Zipf 1.2,
# "wasserfreie" 1.9 against "wichtige" 5.3, "unterschiedliche" 4.6, "deutsche" 5.6): only one rarer
# than this says which kind of thing the noun is, as the answer to "Welche Struktur …?".
CLASSIFYING_ZIPF = 3.5
MIN_KIND_WORDS = 4  # "Welche Struktur nimmt X an?": the noun, the verb and what the clause says besides
# Adjectives that place a thing in time or space rather than say its kind ("das heutige Spiel",
# "der damalige König"), and those that rank or count it ("eine vierte Klasse", "der einzige Sohn").
PLACING_ADJECTIVES = frozenset({"heutig", "damalig", "jetzig", "dortig", "hiesig", "bisherig", "derzeitig", "ehemalig",
                                "einstig", "vorig", "künftig", "zukünftig", "gegenwärtig", "seinerzeitig", "nachmalig",
                                "einzig", "letzt", "nächst", "übrig", "folgend", "obig", "ursprünglich", "eigentlich"})
ORDINAL_STEMS = frozenset({"erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "siebent", "acht", "neunt",
                           "zehnt", "elft", "zwölft"})
ORDINAL_ENDINGS = ("zehnt", "zigst", "ßigst", "hundertst", "tausendst")
# Indefinite articles and the (gender, case) readings each allows.
INDEFINITE_READINGS: dict[str, frozenset[tuple[str, str]]] = {
    "ein": frozenset({("Masc", "Nom"), ("Neut", "Nom"), ("Neut", "Acc")}),
    "eine": frozenset({("Fem", "Nom"), ("Fem", "Acc")}),
    "einen": frozenset({("Masc", "Acc")}),
}


def _adjective_kind(sentence: Sentence, clause: Clause, asked: Constituent) -> Ask | None:
    """"Die Verbindung nimmt eine oligomere Struktur an." → Welche Struktur nimmt die Verbindung
    an? – eine oligomere Struktur. People ask a subject or object by its noun when a rare adjective
    says which kind it is (MLQA: "Welche Struktur nimmt die Verbindung an?", "Welche Bedingungen
    sind für Methyllithium optimal?"); the adjective is the answer, so it must classify
    (``CLASSIFYING_ZIPF``), not grade ("eine wichtige Rolle") or order ("die erste Version").
    Only article, adjectives and noun, so that the answer is exactly the phrase; no light-verb
    object ("eine entscheidende Wende nehmen") and no clause that says nothing else."""
    if asked.role not in ("subject", "object_acc") or clause.lemma in STATIC_VERBS or clause.lemma in RENAMING_VERBS:
        return None
    tokens = span_tokens(sentence, asked.start, asked.end)
    while tokens and tokens[-1].tag == "$.":
        tokens = tokens[:-1]
    article = tokens[0].text.lower() if tokens and tokens[0].tag == "ART" else ""
    rest = tokens[1:] if article else tokens
    if len(rest) < 2 or any(t.tag != "ADJA" for t in rest[:-1]) or rest[-1].tag != "NN":
        return None
    noun, adjectives = rest[-1], rest[:-1]
    if not _kind_noun(sentence, noun) or _light_verb_object(clause.lemma, asked, tokens):
        return None
    own = [t for t in sentence.tokens if t.i in clause.tokens]
    after = next((t for t in sentence.tokens if t.i == noun.i + 1), None)
    if any(t.tag in ("PTKZU", "VVIZU") for t in own) or after is not None and after.tag == "$,":
        return None  # "… zu bündeln ist eine nicht-triviale Aufgabe, die …", "das verleumderische Gerücht, er habe
        # …": an infinitive subject; a relative or content clause after the noun says which one, not the adjective
    if any(zipf_frequency(a.lemma or a.text) >= CLASSIFYING_ZIPF or _comparative(a) or _superlative(a)
           or not a.text[:1].islower() or _placing(a) for a in adjectives):
        return None
    if not any(c is not asked and any(t.tag in ("NN", "NE", "CARD") for t in span_tokens(sentence, c.start, c.end))
               for c in clause.constituents):
        return None  # "Eine heftige Diskussion begann." → "Welche Diskussion begann?" says nothing of the text
    gender = "Plur" if noun.feature("Number") == "Plur" else noun.feature("Gender")
    case = ROLE_CASE[asked.role]
    readings = ARTICLE_READINGS.get(article) or INDEFINITE_READINGS.get(article)
    if not gender or (readings is None if article else gender != "Plur") or readings and (gender, case) not in readings:
        return None  # a bare singular, another determiner, or an article that does not agree with the role
    word = f"{WELCH[(gender, case)].capitalize()} {noun.text}"
    answer = realise.phrase(sentence, tokens[0].i, noun.i + 1)
    accepted = (realise.render(sentence, adjectives[0].i, noun.i + 1),)
    return Ask(word, "welch-adjektiv", answer, accepted, number=None if case != "Nom" else "Plur" if gender == "Plur" else "Sing")


def _placing(adjective: Token) -> bool:
    """Does the adjective place, rank or count its noun (``PLACING_ADJECTIVES``, an ordinal)?"""
    lemma = (adjective.lemma or adjective.text).lower()
    return lemma in PLACING_ADJECTIVES or lemma in ORDINAL_STEMS or lemma.endswith(ORDINAL_ENDINGS)


def _kind_noun(sentence: Sentence, noun: Token) -> bool:
    """A common noun that can be asked with welch-: no name, no general or vague noun, no relation."""
    if noun.ent_label or not noun.text[:1].isupper() or _name_goes_on(sentence, noun):
        return False
    lemma = noun.lemma or noun.text
    return (lemma not in VAGUE_HEADS and lemma not in wellformed.GENERAL_NOUNS and _classifies(noun)
            and lemma not in NOT_CLASS_NOUNS and not lemma.lower().endswith(RELATION_ENDINGS))


def _apposed_name(sentence: Sentence, clause: Clause) -> Question | None:
    """"Der einzige moderne ternäre Computer, Setun, wurde 1958 … entwickelt." → Wie heißt der
    einzige moderne ternäre Computer? – Setun. A definite subject with its name as an apposition
    between commas is what people ask "Wie heißt …?" of (MLQA: "Wie heißt der erste moderne
    ternäre Computer?"); the description is the subject, so it stands in the nominative as the
    question needs it. Only article, adjectives and one noun before the name: a longer phrase
    may hold the name's own genitive or a clause."""
    subject = next((c for c in clause.constituents if c.role == "subject" and c.sure), None)
    if subject is None or clause.kind != "main":
        return None
    tokens = span_tokens(sentence, subject.start, subject.end)
    comma = next((k for k, t in enumerate(tokens) if t.tag == "$,"), None)
    if comma is None or comma < 2 or tokens[0].text not in ("Der", "Die", "Das", "der", "die", "das"):
        return None
    description, name = tokens[:comma], [t for t in tokens[comma + 1:] if t.tag != "$,"]
    if any(t.tag != "ADJA" for t in description[1:-1]) or not _kind_noun(sentence, description[-1]):
        return None
    if not _is_name(name) or len(tokens) - comma - 1 - len(name) > 1:
        return None
    following = next((t for t in sentence.tokens if t.i == name[-1].i + 1), None)
    if following is None or following.tag != "$," and following.i != clause.finite:
        return None  # the name must close the apposition: a comma or the finite verb
    if description[-1].feature("Number") == "Plur":
        return None
    verb = "heißt" if clause.tense == "present" else "hieß"
    phrase = realise.phrase(sentence, description[0].i, description[-1].i + 1)
    answer = realise.render(sentence, name[0].i, name[-1].i + 1)
    return _question(sentence, f"Wie {verb} {phrase}?", Ask("Wie", "wie-heisst", answer))


def _class_head(noun: Token) -> str:
    """The class noun as a question names it: its head when it is a compound that names a kind
    ("Flugzeug-Leasingunternehmen" → "Unternehmen"), its last part after a hyphen, else itself.
    Only an uninflected noun: the head of "dem Staatspräsidenten" would need its ending."""
    if noun.text.lower() != noun.lemma.lower():
        return noun.text
    last = noun.text.rsplit("-", 1)[-1]
    part = dc_replace(noun, text=last, lemma=last) if last != noun.text and last[:1].isupper() else noun
    return _compound_head(part) or part.text


def _other_kind(analysis: Analysis, noun: Token) -> bool:
    """Does the text name another thing of the head's kind ("Naturfedern" beside "Kunststofffedern",
    "Vorderrad" beside "Hinterrad", or the head alone)? Then "Welche Federn …?" makes the reader
    choose among what the text says; without one it asks for a word ("Welche Fläche legt man auf
    die Bespannung? – die Handfläche", "Welcher Verlauf …? – der Flussverlauf")."""
    parts = split_compound(noun.lemma)
    derived = noun_lexicon().compound_entry(noun.lemma) if len(parts) < 2 else None
    heads = {"".join(parts[k:]).lower() for k in range(1, len(parts))} | ({derived.head.lower()} if derived else set())
    return any(t.tag == "NN" and t.lemma != noun.lemma and t.lemma.lower().endswith(tuple(heads))
               for s in analysis.sentences for t in s.tokens if heads)


def _compound_head(noun: Token) -> str | None:
    """The head of a compound noun as the text inflects it ("Steppenadler" → "Adler", "Fußballweltmeisterschaft"
    → "Weltmeisterschaft", "Sumatra-Tiger" → "Tiger"), the longest last part the lexicon knows, or None: no
    safe split, a grading first part, a vague head, a head of another gender (then it is not the
    head), or a compound in use nearly as often as its head. Such a compound has a meaning of its
    own ("Handschuhe" are no kind of "Schuhe", Zipf 3.2 against 3.9; "Kindergarten", "Bahnhof"),
    while the compounds that name a kind are rare beside their head ("Steppenadler" 1.2, "Adler" 3.6)."""
    lexicon = noun_lexicon()
    parts = split_compound(noun.lemma)
    if len(parts) >= 2:
        heads = ["".join(parts[k:]) for k in range(1, len(parts))]
        head = next((h[:1].upper() + h[1:] for h in heads if lexicon.is_noun(h[:1].upper() + h[1:])), None)
    else:
        derived = lexicon.compound_entry(noun.lemma)
        head = derived.head if derived is not None and derived.head[:1].isupper() else None
    if head is None or not noun.lemma.lower().endswith(head.lower()):
        return None
    modifier = noun.lemma[: len(noun.lemma) - len(head)].rstrip("-")
    first = (parts[0] if len(parts) >= 2 else modifier).lower()
    if len(modifier) < 3 or first in GRADING_PARTS or first.removesuffix("s") in GRADING_PARTS:
        return None
    if head in VAGUE_HEADS or head in wellformed.GENERAL_NOUNS or head in NOT_CLASS_NOUNS \
            or head.lower().endswith(RELATION_ENDINGS):
        return None
    if head.endswith("en") and noun.feature("Gender") == "Neut":
        return None  # an infinitive as a noun: "das Hochradfahren" is no kind of "Radfahren" one asks about
    entry = lexicon.lookup(head, compound_fallback=False)
    if entry is None or entry.gender != noun.feature("Gender") and noun.feature("Number") != "Plur":
        return None
    if zipf_frequency(noun.lemma) > zipf_frequency(head) - KIND_COMPOUND_MARGIN:
        return None
    if not noun.text.lower().startswith(modifier.lower()):
        return None
    form = noun.text[len(modifier):].lstrip("-")
    return form[:1].upper() + form[1:] if len(form) >= 3 else None


def _name_goes_on(sentence: Sentence, last: Token) -> bool:
    """Does a name continue after the phrase ("Santa Maria | in Cosmedin", "Albert | of York")?"""
    following = [t for t in sentence.tokens if last.i < t.i <= last.i + 2]
    if following and (following[0].tag in ("NE", "CARD") or following[0].ent_label):
        return True
    if len(following) == 2 and following[0].text == ":" and following[1].text[:1].isupper():
        return True  # a title and its subtitle: "Isis Rising: Curse Of The Lady Mummy"
    return (len(following) == 2 and following[0].text.lower() in NAME_LINKS
            and (following[1].tag == "NE" or bool(following[1].ent_label)))


def _is_name(tokens: list[Token]) -> bool:
    """One name: proper nouns (or words inside an entity), numerals of rulers allowed."""
    if not tokens or len(tokens) > 6:
        return False
    if not all(t.tag in ("NE", "FM") or t.ent_label for t in tokens):
        return False
    return tokens[0].text[:1].isupper() and not any(t.tag.startswith("$") and t.text not in (".", "-") for t in tokens)


def _linked_name(tokens: list[Token]) -> bool:
    """One name that may hold linking words between its parts ("Hermann von Helmholtz", "Albert
    of York"): the pronoun-free parts make a name and no link stands first or last."""
    parts = [t for k, t in enumerate(tokens)
             if t.text not in NOBLE_LINKS and not (t.text in ("der", "den") and k and tokens[k - 1].text == "van")]
    return (_is_name(parts) and len(tokens) <= 6 and tokens[0].text not in NOBLE_LINKS
            and tokens[-1].text not in NOBLE_LINKS)


def _person_noun(noun: Token) -> bool:
    """A noun that names people by role, office, title or trade ("Kronprinz", "Architekt")."""
    lemma = noun.lemma.lower().removesuffix("in")
    return lemma.endswith(PERSON_ENDINGS + PERSON_CLASS_ENDINGS) or len(lemma) >= 7 and lemma.endswith("ist")


def _classifies(noun: Token) -> bool:
    lemma = noun.lemma.lower()
    return noun.text not in NOT_CLASS_NOUNS and noun.lemma not in NOT_CLASS_NOUNS and not lemma.endswith(RELATION_ENDINGS)


def _case(asked: Constituent, preposition: str, article: str, gender: str) -> str | None:
    """The case welch- needs: the article's reading for this gender, else the role's or preposition's."""
    if article:
        cases = {case for g, case in ARTICLE_READINGS[article] if g == gender}
        if asked.role in ROLE_CASE:
            cases &= {ROLE_CASE[asked.role]}
        elif preposition not in GENITIVE_PREPOSITIONS:
            cases -= {"Gen", "Nom"}
        if preposition in DATIVE_PREPOSITIONS:
            cases &= {"Dat"}
        elif preposition in ACCUSATIVE_PREPOSITIONS:
            cases &= {"Acc"}
        if len(cases) > 1 and asked.case in cases:
            cases = {asked.case}
        return cases.pop() if len(cases) == 1 else None
    if asked.role in ROLE_CASE:
        return ROLE_CASE[asked.role]
    if preposition in DATIVE_PREPOSITIONS:
        return "Dat"
    if preposition in ACCUSATIVE_PREPOSITIONS:
        return "Acc"
    return None


def _core_length(tokens: list[Token]) -> int:
    """How many tokens belong to the phrase before an apposition or relative clause (", …")."""
    for k, token in enumerate(tokens):
        if token.tag in ("$,", "$("):
            return k
    return len(tokens)


def _first_description(tokens: list[Token]) -> int:
    """How many tokens make the first of coordinated descriptions: "ein ungarischer Politiker |
    und ehemaliger Staatspräsident", "eine Schauspielerin | , Autorin und Sängerin"; the first
    one answers "Wer ist X?", the whole phrase is accepted too."""
    core = _core_length(tokens)
    for k, token in enumerate(tokens[:core]):
        if token.tag == "KON" and k > 0 and tokens[k - 1].tag == "NN":
            return k
    if core < len(tokens) and tokens[core].tag == "$," and core > 0 and tokens[core - 1].tag == "NN":
        rest = tokens[core + 1 :]
        if rest and all(t.tag in ("NN", "ADJA", "KON", "$,") for t in rest) and any(t.tag == "KON" for t in rest):
            return core  # "eine Schauspielerin, Drehbuchautorin und Sängerin": an enumeration of roles
    return core


# --- Wer tat es? (a passive clause asked in the active) -----------------------------------------

# The finite form of werden → the tense the active question takes.
PASSIVE_TENSES = {"wurde": "preterite", "wurden": "preterite", "wird": "present", "werden": "present"}
# Masculine nominative → accusative: the passive subject becomes the active object.
ACCUSATIVE_DETERMINERS = {"der": "den", "ein": "einen", "dieser": "diesen", "jener": "jenen", "kein": "keinen",
                          "sein": "seinen", "ihr": "ihren", "unser": "unseren", "welcher": "welchen"}


def _active_agent(sentence: Sentence, clause: Clause, replace: Spans, labels: dict[str, str]) -> Question | None:
    """"Gliese 436 b wurde 2004 von Geoffrey Marcy entdeckt." → "Wer entdeckte Gliese 436 b?" –
    "Geoffrey Marcy": the agent asked in the active voice, so that the question does not copy the
    sentence. Only a simple passive (wurde/wird + participle, no modal, no negation) whose
    agent is a person or organisation by name (a name has no case ending to change) and whose
    subject turns into an accusative we can write;
    the other adverbials are left out (the question stays short and asks one thing)."""
    if clause.voice != "passive" or clause.modal or clause.negation is not None or clause.finite is None:
        return None
    finite = next(t for t in sentence.tokens if t.i == clause.finite)
    tense = PASSIVE_TENSES.get(finite.text.lower())
    subjects, agents = clause.role("subject"), clause.role("agent")
    if tense is None or len(subjects) != 1 or len(agents) != 1 or len(clause.verbs) != 2 or not clause.lemma:
        return None
    subject, agent = subjects[0], agents[0]
    if not (subject.sure and agent.sure) or clause.role("object_acc") or clause.role("complement"):
        return None
    agent_tokens = span_tokens(sentence, agent.start, agent.end)
    if agent_tokens[0].text.lower() != "von" or (agent.start, agent.end) in replace:
        return None
    kind = phrase_kind(sentence, agent, agent_tokens[1:], replace, labels)
    if kind not in ("person", "organisation"):
        return None
    core = agent_tokens[1:][: _core_length(agent_tokens[1:])]
    if not core or not _is_name(core):
        return None  # "von der Regierung": the dative would have to become "die Regierung"; names stay as they are
    obj = _accusative(sentence, subject, replace)
    parts = principal_parts(clause.lemma)
    if obj is None or parts is None:
        return None
    form = parts.preterite if tense == "preterite" else parts.present
    verb, _, particle = form.partition(" ")
    prompt = f"Wer {verb} {obj}{' ' + particle if particle else ''}?"
    answer = realise.phrase(sentence, agent_tokens[1].i, agent.end, replace)
    short = realise.phrase(sentence, core[0].i, core[-1].i + 1, replace)
    if not answer or not short:
        return None
    full = realise.phrase(sentence, agent.start, agent.end, replace)
    ask = Ask("Wer", "wer", short, tuple(v for v in (answer, full) if v != short))
    if not _good_prompt(prompt, ask):
        return None
    return _question(sentence, prompt, ask, (particle,) if particle else ())


def _accusative(sentence: Sentence, subject: Constituent, replace: Spans) -> str | None:
    """The subject phrase as an accusative object: a name or a feminine, neuter or plural phrase
    as it stands; a masculine singular one with its determiner and adjectives re-inflected
    ("der erste Satellit" → "den ersten Satelliten" is refused: a weak noun changes too)."""
    if (subject.start, subject.end) in replace:
        text = replace[(subject.start, subject.end)]
        first = text.split()[0]
        if first.lower() in ACCUSATIVE_DETERMINERS:
            return None  # "der König" would need re-inflecting
        return text if first.lower() in ("die", "das", "eine") or first[:1].isupper() else None  # a name stays
    tokens = span_tokens(sentence, subject.start, subject.end)
    core = tokens[: _core_length(tokens)]
    if not core or len(core) != len(tokens) or any(t.tag in ("PPER", "PDS", "PIS", "PRELS", "KON", "$(") for t in core):
        return None
    nouns = [t for t in core if t.tag in ("NN", "NE")]
    if not nouns:
        return None
    head = nouns[0] if core[0].tag in ("ART", "PDAT", "PPOSAT", "PIAT") else nouns[-1]
    determiner = core[0] if core[0].tag in ("ART", "PDAT", "PPOSAT", "PIAT") else None
    masculine = head.tag == "NN" and head.feature("Gender") == "Masc" and head.feature("Number") != "Plur"
    if determiner is None:
        if all(t.tag in ("NE", "CARD") or t.tag == "NN" and t.ent_label for t in core):
            return realise.phrase(sentence, subject.start, subject.end)  # a name: the same in every case
        return None if masculine or head.feature("Number") != "Plur" else realise.phrase(sentence, subject.start, subject.end)
    if not masculine:
        if head.tag == "NN" and (head.feature("Gender") in ("Fem", "Neut") or head.feature("Number") == "Plur"):
            return realise.phrase(sentence, subject.start, subject.end)
        return None
    if head.text.endswith(("e", "ent", "ant", "ist", "at", "oge", "et")):
        return None  # a weak noun may need -(e)n: leave it
    words = []
    for token in core:
        text = token.text
        if token is determiner:
            accusative = ACCUSATIVE_DETERMINERS.get(text.lower())
            if accusative is None:
                return None
            text = accusative
        elif token.tag == "ADJA" and token.i < head.i:
            if not text.endswith(("e", "er")):
                return None
            text = text[:-1] + "en" if text.endswith("e") else text[:-2] + "en"
        elif token.i < head.i and token.tag not in ("ADJD", "ADV", "CARD"):
            return None
        words.append(text)
    return " ".join(words)


# --- Wie hoch war X? (a quantity stated with betragen / liegen bei) ----------------------------

COPULA_FORMS = {("present", "Sing"): "ist", ("present", "Plur"): "sind", ("past", "Sing"): "war", ("past", "Plur"): "waren"}


def _measure(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """"Die Bevölkerungsdichte betrug 18 Einwohner pro Quadratkilometer." → "Wie hoch war die
    Bevölkerungsdichte?" – "18 Einwohner pro Quadratkilometer"; the same for "Die Kosten lagen
    bei 237 Millionen US-Dollar". "Wie viele Einwohner betrug …" would be wrong German: a
    quantity stated with betragen is asked with "Wie hoch" and the copula in the clause's tense.
    A time phrase of the clause stays in the question; none is asked when another sentence gives
    the same noun a number (which one would be meant?)."""
    if clause.lemma not in MEASURE_VERBS or clause.voice != "active" or clause.modal or clause.negation is not None:
        return None
    if clause.kind not in ("main", "coordinated") or (clause.tense, clause.number) not in COPULA_FORMS:
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1 or not subjects[0].sure or (subjects[0].start, subjects[0].end) in replace:
        return None
    subject = subjects[0]
    amount = [c for c in clause.constituents if c is not subject and _amount(sentence, c, clause.lemma)]
    rest = [c for c in clause.constituents if c is not subject and c not in amount]
    if len(amount) != 1 or any(c.role != "time" and not _per_phrase(sentence, c) and not _source_phrase(sentence, c)
                               for c in rest):
        return None
    subject_tokens = span_tokens(sentence, subject.start, subject.end)
    head = next((t for t in subject_tokens if t.tag == "NN"), None)
    if head is None or subject_tokens[0].tag not in ("ART", "PPOSAT") or any(t.tag in ("PPER", "PDS", "KON") for t in subject_tokens):
        return None
    times = [c for c in rest if c.role == "time" or _source_phrase(sentence, c)]
    if not any(c.role == "time" for c in times) and any(s.index != sentence.index and any(t.lemma == head.lemma for t in s.tokens)
                         and any(t.tag == "CARD" for t in s.tokens) for s in analysis.sentences):
        return None
    tokens = span_tokens(sentence, amount[0].start, amount[0].end)
    if tokens[0].text.lower() == "bei":
        tokens = tokens[1:]
    per = [c for c in rest if _per_phrase(sentence, c)]
    end = max([tokens[-1].i + 1, *(c.end for c in per)])
    answer = realise.phrase(sentence, tokens[0].i, end)
    number = next(t.text for t in tokens if t.tag == "CARD")
    words = [realise.phrase(sentence, subject.start, subject.end), *(realise.phrase(sentence, c.start, c.end) for c in times)]
    prompt = f"Wie hoch {COPULA_FORMS[(clause.tense, clause.number)]} {' '.join(words)}?"
    short = realise.phrase(sentence, tokens[0].i, tokens[-1].i + 1)
    ask = Ask("Wie hoch", "wie-hoch", answer, tuple(v for v in (short, number) if v != answer))
    if not _good_prompt(prompt, ask):
        return None
    return _question(sentence, prompt, ask)


# Adjectives of size and age that take a measure ("400 Kilometer lang") and the nouns that name the
# same dimension ("eine Länge von 400 Kilometern", "mit rund 400 km Länge"): "Wie lang …?".
DIMENSIONS = frozenset({"lang", "hoch", "breit", "tief", "alt", "schwer", "dick", "weit", "groß"})
DIMENSION_NOUNS = {"Länge": "lang", "Höhe": "hoch", "Breite": "breit", "Tiefe": "tief", "Alter": "alt",
                   "Gewicht": "schwer", "Fläche": "groß", "Gesamtlänge": "lang", "Gesamtfläche": "groß"}
APPROXIMATORS = frozenset({"rund", "etwa", "ca.", "circa", "fast", "knapp", "über", "gut", "mehr", "als", "nahezu",
                           "ungefähr", "zirka", "annähernd"})
HAVING_DIMENSION = frozenset({"haben", "besitzen", "aufweisen"})
NOT_NOMINATIVE = frozenset({"den", "dem", "des", "einen", "einem", "eines", "einer"})


def _dimension(sentence: Sentence, clause: Clause) -> Question | None:
    """"Der Mono ist 400 Kilometer lang." / "Der Mono hat eine Länge von 400 Kilometern." / "Der
    längste Fluss ist der Mono mit rund 400 km Länge." → "Wie lang ist der Mono?" – 400 Kilometer
    (people ask MLQA paragraphs "Wie lang ist der Fluss Mono?", "Wie alt ist der Stern …?", and
    the roles read "400 Kilometer lang" as a subject's predicative: "Wer ist 400 Kilometer lang?").
    The thing measured is a nominative phrase with an article or a name, the clause plain and in
    the present or past, nothing else in it but a time; the key is the amount as the text gives it."""
    if clause.kind not in ("main", "coordinated") or clause.voice != "active" or clause.modal \
            or clause.negation is not None or clause.mood != "indicative" or clause.tense not in ("present", "past"):
        return None
    words = [t for t in sentence.tokens if t.i in set(clause.tokens) and t.tag != "$."]
    found = _dimension_of_copula(sentence, clause, words) or _dimension_of_noun(sentence, clause, words)
    if found is None:
        return None
    measured, amount, adjective = found
    if not measured or measured[0].tag not in ("ART", "NE") or measured[0].text.lower() in NOT_NOMINATIVE \
            or any(t.tag in ("PPER", "PDS", "PRELS", "KON", "$,", "$(", "CARD") for t in measured) \
            or not any(t.tag in ("NN", "NE") for t in measured) or len(measured) > 6:
        return None
    core = amount[next(k for k, t in enumerate(amount) if t.tag == "CARD"):]
    if not core or not any(t.tag in ("NN", "NE", "XY", "FM") or t.text in ("%", "m", "km") for t in core[1:]):
        return None  # a bare number ("ist 12 hoch") says no unit: no answer a reader could check
    number = "Plur" if measured[-1].feature("Number") == "Plur" else "Sing"
    thing = realise.phrase(sentence, measured[0].i, measured[-1].i + 1)
    prompt = f"Wie {adjective} {COPULA_FORMS[(clause.tense, number)]} {thing}?"
    written = realise.render(sentence, amount[0].i, amount[-1].i + 1)
    answer = _unit_nominative(written, amount[-1])
    short = _unit_nominative(realise.render(sentence, core[0].i, core[-1].i + 1), amount[-1])
    ask = Ask(f"Wie {adjective}", f"wie-{adjective}", answer,
              tuple(v for v in dict.fromkeys((short, written, f"{answer} {adjective}", core[0].text)) if v != answer))
    if not _good_prompt(prompt, ask):
        return None
    return _question(sentence, prompt, ask)


def _unit_nominative(text: str, unit: Token) -> str:
    """The amount as a key writes it alone: "von 400 Kilometern" → "400 Kilometer", "von 50 Jahren" →
    "50 Jahre" (the dative plural's -n of a masculine or neuter unit; "Tonnen" is the plural itself)."""
    entry = noun_lexicon().lookup(unit.lemma) if unit.tag == "NN" else None
    if entry is not None and entry.plural and not entry.plural.endswith("n") and unit.text == entry.plural + "n" \
            and text.endswith(unit.text):
        return text[:-1]
    return text


def _measure_tokens(tokens: list[Token]) -> bool:
    """"400 Kilometer", "rund 13,2 Milliarden Jahre", "über 2.000 m": an approximation, numbers, units."""
    k = 0
    while k < len(tokens) and tokens[k].text.lower() in APPROXIMATORS:
        k += 1
    rest = tokens[k:]
    return (1 <= len(rest) <= 5 and rest[0].tag == "CARD" and all(t.tag in ("CARD", "NN", "NE", "XY", "FM", "ADJA")
                                                                    or t.text in ("%", "bis", "und") for t in rest)
            and rest[-1].tag != "CARD")


def _dimension_of_copula(sentence: Sentence, clause: Clause, words: list[Token]) -> tuple[list[Token], list[Token], str] | None:
    """"X ist 400 Kilometer lang": the subject, the amount and the adjective."""
    if clause.lemma != "sein" or clause.finite is None:
        return None
    subjects = clause.role("subject")
    if len(subjects) != 1 or not subjects[0].sure:
        return None
    subject = subjects[0]
    last = words[-1] if words else None
    if last is None or last.tag not in ("ADJD", "PTKVZ", "ADV") or last.text not in DIMENSIONS:
        return None
    measured = [t for t in words if subject.start <= t.i < subject.end]
    verb = next(k for k, t in enumerate(words) if t.i == clause.finite)
    between = [t for t in words[verb + 1:-1] if not subject.start <= t.i < subject.end]
    start = len(between)
    while start > 0 and (between[start - 1].tag in ("CARD", "NN", "NE", "XY", "FM")
                         or between[start - 1].text.lower() in APPROXIMATORS):
        start -= 1
    amount, before = between[start:], between[:start]
    times = [c for c in clause.constituents if c.role == "time"]
    if not _measure_tokens(amount) or amount[-1].i - amount[0].i + 1 != len(amount) \
            or amount[-1].i + 1 != last.i or not all(any(c.start <= t.i < c.end for c in times) for t in before):
        return None
    measure = {t.i for t in amount} | {last.i}
    if any(c is not subject and c.role != "time" and not set(range(c.start, c.end)) <= measure for c in clause.constituents):
        return None  # "An ihrer schmalsten Stelle ist Kreta 12,1 Kilometer breit": not how wide Kreta is
    return measured, amount, last.text


def _dimension_of_noun(sentence: Sentence, clause: Clause, words: list[Token]) -> tuple[list[Token], list[Token], str] | None:
    """"X hat eine Länge von 400 Kilometern" and "X (ist …) mit (einer Länge von) 400 km (Länge)":
    the nominative phrase the dimension belongs to, the amount, the adjective."""
    subjects = [c for c in clause.constituents if c.role == "subject" and c.sure]
    if len(subjects) != 1:
        return None
    for constituent in clause.constituents:
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        having = clause.lemma in HAVING_DIMENSION and constituent.role == "object_acc"
        with_phrase = tokens and tokens[0].text.lower() == "mit"
        if not (having or with_phrase) or constituent.clause is not None:
            continue
        body = tokens[1:] if with_phrase else tokens
        if body and body[0].text.lower() in ("eine", "einer") and len(body) > 2 and body[1].text in DIMENSION_NOUNS \
                and body[2].text.lower() == "von":
            adjective, amount = DIMENSION_NOUNS[body[1].text], body[3:]
        elif with_phrase and body and body[-1].text in DIMENSION_NOUNS:
            adjective, amount = DIMENSION_NOUNS[body[-1].text], body[:-1]
        else:
            continue
        if not _measure_tokens(amount):
            continue
        owner = subjects[0]
        if not having:  # the "mit" phrase follows the phrase it describes: the subject or the copula's predicative
            described = next((c for c in clause.constituents if c.end == constituent.start
                              and (c.role == "subject" or c.role == "predicative" and clause.lemma == "sein")), None)
            if described is None:
                continue
            owner = described
            others = [c for c in clause.constituents if c not in (owner, constituent, *subjects) and c.role != "time"]
            if owner.role == "subject" and others:
                continue  # "Die Donau fließt mit … durch zehn Länder": the clause says more than the measure
        rest = [c for c in clause.constituents if c not in (owner, constituent, *subjects) and c.role != "time"]
        if having and rest:
            continue
        return span_tokens(sentence, owner.start, owner.end), amount, adjective
    return None


def _amount(sentence: Sentence, constituent: Constituent, lemma: str) -> bool:
    """The number phrase of "betrug 18 Einwohner" or "lagen bei 237 Millionen US-Dollar"."""
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    if not tokens or constituent.clause is not None:
        return False
    if lemma == "liegen":
        if tokens[0].text.lower() != "bei":
            return False
        tokens = tokens[1:]
    allowed = ("CARD", "ADJA", "NN", "NE", "ADV", "ADJD", "$(")
    return bool(tokens) and tokens[0].tag in ("CARD", "ADV", "ADJD") and any(t.tag == "CARD" for t in tokens) and all(
        t.tag in allowed or t.text in ("%", "€", "$") for t in tokens)


def _source_phrase(sentence: Sentence, constituent: Constituent) -> bool:
    """"nach Angaben der Produktionsfirma", "laut der Volkszählung": who gives the amount, kept in
    the question ("Wie hoch waren die Produktionskosten des Films nach Angaben der
    Produktionsfirma?", MLQA)."""
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    if constituent.clause is not None or len(tokens) < 2 or any(t.tag == "CARD" for t in tokens):
        return False
    opening = " ".join(t.text.lower() for t in tokens[:2])
    return opening in ("nach angaben", "nach schätzungen") or tokens[0].text.lower() == "laut"


def _per_phrase(sentence: Sentence, constituent: Constituent) -> bool:
    """"pro Quadratkilometer", "je Einwohner": part of the amount."""
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    return bool(tokens) and tokens[0].text.lower() in ("pro", "je")


# --- Wer/Was ist X? -----------------------------------------------------------------------------


def _copula(sentence: Sentence, clause: Clause, replace: Spans, labels: dict[str, str]) -> Question | None:
    """"X war ein deutscher Unternehmer" → Wer war X?; "Der König von Y war X" → Wer war der König von Y?

    Only a clause of exactly a subject and a predicative (adverbs aside): the question is then
    the W-word, the copula as it stands and the other phrase, built here rather than by moving
    words, so that nothing of the definition is left in the question."""
    if clause.lemma != "sein" or clause.voice != "active" or clause.kind not in ("main", "coordinated"):
        return None
    if any(mark in sentence.text for mark in QUOTES):
        return None  # a definition inside a quotation is someone's opinion
    if clause.auxiliary or clause.modal or clause.negation is not None or clause.finite is None:
        return None
    if [c.role for c in clause.constituents] not in (["subject", "predicative"], ["predicative", "subject"]):
        return None
    subject, predicative = clause.role("subject")[0], clause.role("predicative")[0]
    if not (subject.sure and predicative.sure):
        return None
    verb = next(t for t in sentence.tokens if t.i == clause.finite).text.lower()
    if replace:
        return _pronoun_copula(sentence, subject, predicative, verb, replace, labels)
    pair = [(subject, span_tokens(sentence, subject.start, subject.end)),
            (predicative, span_tokens(sentence, predicative.start, predicative.end))]
    for (name, name_tokens), (other, other_tokens) in (pair, pair[::-1]):
        if not _is_name(_untitled(name_tokens)) or _name_goes_on(sentence, name_tokens[-1]):
            continue
        kind = _name_kind(name_tokens, labels)
        description = _description(other_tokens)
        core = other_tokens[: _first_description(other_tokens)]
        named = realise.render(sentence, name.start, name.end)
        if description == "indefinite":
            word = "Wer" if kind == "person" and _names_person(core) else "Was"
            answer = realise.phrase(sentence, core[0].i, core[-1].i + 1)
            full = realise.phrase(sentence, other.start, other.end)
            return _definition(sentence, f"{word} {verb} {named}?", Ask(word, f"{word.lower()}-ist", answer, (full,)))
        if description == "definite" and kind in ("person", "organisation") and other is subject:
            role = realise.phrase(sentence, core[0].i, core[-1].i + 1)
            bare = realise.render(sentence, _untitled(name_tokens)[0].i, name.end)
            return _definition(sentence, f"Wer {verb} {role}?", Ask("Wer", "wer-ist", named, (bare,)))
    return None


def _pronoun_copula(sentence: Sentence, subject: Constituent, predicative: Constituent, verb: str, replace: Spans,
                    labels: dict[str, str]) -> Question | None:
    """"Johannes Kepler wurde 1571 … geboren. Er war ein deutscher Astronom." → Wer war Johannes
    Kepler? – ein deutscher Astronom: a biography names its person once and goes on with "er" or
    "sie", so the sentence that says who they were has a pronoun for a subject. Only the subject
    replaced, by a person's name, and a person noun with "ein" for the predicative."""
    named = replace.get((subject.start, subject.end))
    words = span_tokens(sentence, subject.start, subject.end)
    if named is None or len(replace) != 1 or len(words) != 1 or words[0].tag != "PPER" or labels.get(named) != "person":
        return None
    other = span_tokens(sentence, predicative.start, predicative.end)
    core = other[: _first_description(other)]
    if _description(other) != "indefinite" or not _names_person(core):
        return None
    answer = realise.phrase(sentence, core[0].i, core[-1].i + 1)
    full = realise.phrase(sentence, predicative.start, predicative.end)
    return _definition(sentence, f"Wer {verb} {named}?", Ask("Wer", "wer-ist", answer, (full,)))


# "X ist ein … im Y": the copula's tense and number → the verb that asks where X is.
# English units that follow their name in German texts on American places ("im Cherokee County").
UNITS_AFTER_NAME = frozenset({"County", "Township"})
LOCATED_FORMS = {"ist": "befindet sich", "sind": "befinden sich", "war": "befand sich", "waren": "befanden sich"}


def _located(sentence: Sentence, clause: Clause, replace: Spans, labels: dict[str, str]) -> Iterator[Question | None]:
    """"Wolf 359 ist ein Roter Zwerg im Sternbild Löwe." → In welchem Sternbild befindet sich Wolf
    359? – Löwe; "Waubun ist eine Kleinstadt … im US-amerikanischen Bundesstaat Minnesota" → In
    welchem US-amerikanischen Bundesstaat befindet sich Waubun? – Minnesota. An encyclopaedia's
    first sentence places its named thing with a class noun and a name ("im Sternbild Löwe"), in
    the predicative or beside it, which people ask with that noun ("In welcher Konstellation ist
    Wolf 359?"); "Wer ist ein Roter Zwerg im Sternbild Löwe?" is no such question. Only a name as
    the subject, an indefinite predicative that names no person (who is not "located"), and a
    phrase "im / in der" + class noun + name to the end of its phrase; the question holds
    nothing of the definition but the class noun, so it gives nothing away."""
    verb = next((t.text.lower() for t in sentence.tokens if t.i == clause.finite), "")
    if clause.lemma != "sein" or verb not in LOCATED_FORMS or clause.kind not in ("main", "coordinated") or replace:
        return
    if clause.auxiliary or clause.modal or clause.negation is not None or clause.voice != "active":
        return
    subjects, predicatives = clause.role("subject"), clause.role("predicative")
    if len(subjects) != 1 or len(predicatives) != 1 or not subjects[0].sure or not predicatives[0].sure:
        return
    subject = span_tokens(sentence, subjects[0].start, subjects[0].end)
    definition = span_tokens(sentence, predicatives[0].start, predicatives[0].end)
    if not (_is_name(subject) or _is_name(subject[:-1]) and subject[-1].tag == "CARD") or _name_goes_on(sentence, subject[-1]):
        return  # "Waubun", "Wolf 359"
    if not definition or definition[0].text.lower() not in ("ein", "eine") or _names_person(definition):
        return  # "Rokia Traoré ist eine Sängerin in der Stadt Bamako": a person is not located
    places = [definition, *(span_tokens(sentence, c.start, c.end) for c in clause.constituents if c.role == "place")]
    named = realise.render(sentence, subject[0].i, subject[-1].i + 1)
    for words in places:
        for k, token in enumerate(words):
            if token.text.lower() == "im" and token.tag == "APPRART":
                article, rest = "dem", words[k + 1 :]
            elif token.text.lower() == "in" and k + 1 < len(words) and words[k + 1].text.lower() in ("der", "dem"):
                article, rest = words[k + 1].text.lower(), words[k + 2 :]
            else:
                continue
            yield _located_question(sentence, named, verb, article, rest)


def _located_question(sentence: Sentence, named: str, verb: str, article: str, rest: list[Token]) -> Question | None:
    """"Sternbild Löwe" after "im" → In welchem Sternbild befindet sich …? – Löwe; "Cherokee County"
    → In welchem County befindet sich …? – Cherokee County (an English unit after its name, as the
    German encyclopaedia writes American ones: a closed class of neuters)."""
    adjectives = []
    while rest and rest[0].tag == "ADJA":
        adjectives.append(rest[0])
        rest = rest[1:]
    end = next((k for k, t in enumerate(rest) if t.tag.startswith("$") or t.tag in ("APPR", "APPRART", "KON")), len(rest))
    if end < 2 or end < len(rest) and rest[end].text not in (",", "."):
        return None  # a name cut off by a bracket
    if rest[end - 1].text in UNITS_AFTER_NAME:
        if article != "dem" or adjectives or not all(t.text[:1].isupper() for t in rest[: end - 1]):
            return None
        noun, gender = rest[end - 1], "Neut"
        answer = realise.render(sentence, rest[0].i, noun.i + 1)
        full = answer
    else:
        noun, name = rest[0], rest[1:end]
        if noun.tag != "NN" or noun.ent_label or not _classifies(noun) or noun_lexicon().attested(noun.lemma) is None \
                or noun.lemma in noun_lexicon().names():
            return None  # "im Cherokee County": "Cherokee" is no class noun
        if not _linked_name(name) and not (len(name) == 1 and name[0].tag == "NN" and name[0].text[:1].isupper()):
            return None  # "im Sternbild Löwe", "im Bundesstaat New Jersey"
        gender = noun.feature("Gender")
        answer = realise.render(sentence, name[0].i, name[-1].i + 1)
        full = realise.render(sentence, noun.i, name[-1].i + 1)
    if noun.feature("Number") == "Plur" or (gender, "Dat") not in WELCH or ("Fem" if article == "der" else gender) != gender \
            or article == "dem" and gender == "Fem":
        return None
    words = [WELCH[(gender, "Dat")], *(t.text for t in adjectives), noun.text]
    prompt = f"In {' '.join(words)} {LOCATED_FORMS[verb]} {named}?"
    ask = Ask(f"In {' '.join(words)}", f"in-{words[0]}-{noun.text.lower()}", answer,
              (full, f"in {answer}", f"{'im' if article == 'dem' else 'in der'} {full}"))
    return _definition(sentence, prompt, ask)


def _concept(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """The article's definition of its topic, a common noun: "Eine Scheune ist ein Gebäude, …"
    → Was ist eine Scheune? – ein Gebäude. Only the topic's own definition (the title's noun, in
    one of the first two sentences), the question a reader answers with the text's first line.

    The topic may carry an extended attribute, and the definition too (round 20, Sozialkredit-System,
    which got no item at all): "Das in der Volksrepublik China betriebene Sozialkredit-System ist ein
    auf verschiedene Datenbanken zugreifendes, online betriebenes Rating- oder Scoring-System" →
    Was ist das Sozialkredit-System? – the whole phrase up to its noun (``_attributed_end``); the
    parse ends the predicative inside the attribute ("ein auf verschiedene Datenbanken")."""
    if not _opening_definition(analysis, sentence, clause, replace):
        return None
    if [c.role for c in clause.constituents] != ["subject", "predicative"]:
        return None
    subject, predicative = clause.constituents
    words = _attributed_topic(span_tokens(sentence, subject.start, subject.end))
    title = _folded(analysis.article.title.replace(" ", "-"))
    if len(words) != 2 or words[0].tag != "ART" or words[1].tag != "NN" or _folded(words[1].text) != title:
        return None
    end = _attributed_end(sentence, predicative)
    other = span_tokens(sentence, predicative.start, end or predicative.end)
    core = other[: _core_length(other)] if end is None else other
    if not core or core[0].text.lower() not in ("ein", "eine"):
        return None  # "ein Teil einer Pflanze", not "der größte Fluss" (asked as a superlative elsewhere)
    nouns = [t for t in other if t.tag in ("NN", "NE") and t.lemma not in wellformed.GENERAL_NOUNS]
    if len(nouns) < 2 and all(zipf_frequency(t.lemma) >= EVERYDAY_ZIPF for t in nouns):
        return None  # "ein Teil einer Pflanze", "ein schnelles Essen": a class anyone names without the text
    verb = next(t for t in sentence.tokens if t.i == clause.finite).text.lower()
    answer = realise.phrase(sentence, core[0].i, core[-1].i + 1)
    full = realise.phrase(sentence, predicative.start, end or predicative.end)
    article = {"der": "ein", "die": "eine", "das": "ein"}.get(words[0].text.lower(), words[0].text.lower())
    if verb != "ist" or "-" in words[1].text:
        # "Was sind die Galapagosinseln?": a plural keeps its article; so does a name made with a
        # hyphen, one of its kind ("Was ist die Cham-Schrift?", not "eine Cham-Schrift")
        article = words[0].text.lower()
    prompt = f"Was {verb} {article} {words[1].text}?"  # "Die Blüte ist …" speaks of every Blüte
    return _definition(sentence, prompt, Ask("Was", "was-ist", answer, (full,) if full != answer else ()))


# What may stand inside an extended attribute before its noun ("auf verschiedene Datenbanken
# zugreifendes, online betriebenes"): prepositions, articles, nouns, adjectives, adverbs, numbers.
ATTRIBUTE_TAGS = frozenset({"APPR", "APPRART", "ART", "NN", "NE", "ADJA", "ADJD", "ADV", "CARD", "KON"})


def _attributed_topic(words: list[Token]) -> list[Token]:
    """"Das in der Volksrepublik China betriebene Sozialkredit-System" → "Das Sozialkredit-System":
    the article and the noun of a subject whose extended attribute ends in an inflected adjective
    or participle right before the noun. The attribute says where the thing is found, not what it
    is, so the question asks for the noun the title names. Other subjects come back unchanged."""
    if len(words) < 4 or words[0].tag != "ART" or words[-2].tag != "ADJA":
        return words
    if any(t.tag not in ATTRIBUTE_TAGS for t in words[1:-1]):
        return words
    return [words[0], words[-1]]


def _attributed_end(sentence: Sentence, predicative: Constituent) -> int | None:
    """Where a predicative the parse cut inside its extended attribute really ends: "ein auf
    verschiedene Datenbanken | zugreifendes, online betriebenes Rating- oder Scoring-System" runs on
    through participles and adjectives (with commas, adverbs and a truncated compound between them)
    to its noun. None when the next word is no attributive adjective: the phrase is whole."""
    following = [t for t in sentence.tokens if t.i >= predicative.end]
    if not following or following[0].tag != "ADJA":
        return None
    for k, token in enumerate(following):
        if token.tag == "NN":
            before = following[k - 1]
            joined = before.tag == "KON" and k >= 2 and following[k - 2].tag == "TRUNC"
            return token.i + 1 if before.tag == "ADJA" or joined else None
        if token.tag not in ("ADJA", "ADJD", "ADV", "$,", "KON", "TRUNC"):
            return None
    return None


def _opening_definition(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> bool:
    """A plain "X ist Y" main clause in one of the article's first two sentences, where an
    article defines its topic: no pronoun to replace, no auxiliary, modal or negation."""
    body = [s.index for s in analysis.sentences if not s.is_heading][:2]
    if sentence.index not in body or replace or clause.lemma != "sein" or clause.kind != "main":
        return False
    return not (clause.auxiliary or clause.modal or clause.negation is not None or clause.finite is None)


def _topic_defined(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans) -> Question | None:
    """The article's definition of its topic named bare, as its title names it, by a definite noun
    and its relative clause, with the frame the text gives: "Information ist in der Informationstheorie das Wissen, das ein Absender einem
    Empfänger … vermittelt" → Was ist Information in der Informationstheorie? Readers asked
    exactly this first. The title decides the roles where case cannot (both phrases could be
    nominative): the topic is what is defined. A definite description's content is its relative
    clause ("das Wissen, das …"), so the answer runs to the end of it; the bare noun alone would
    answer nothing."""
    if not _opening_definition(analysis, sentence, clause, replace):
        return None
    roles = [c.role for c in clause.constituents]
    frames = [c for c in clause.constituents if c.role in ("adverbial", "place")]
    if sorted(r for r in roles if r not in ("adverbial", "place")) != ["predicative", "subject"] or len(frames) > 1:
        return None
    if frames and not frames[0].sure:
        return None
    subject, predicative = clause.role("subject")[0], clause.role("predicative")[0]
    words = span_tokens(sentence, subject.start, subject.end)
    title = _folded(analysis.article.title.replace(" ", "-"))
    if not words or any(t.tag not in ("NN", "NE") for t in words) or _folded("-".join(t.text for t in words)) != title:
        return None  # the bare title ("Information", "Eisenstadt"); "Eine Scheune ist …" is _concept's
    other = span_tokens(sentence, predicative.start, predicative.end)
    if len(other) < 2 or other[0].tag != "ART" or any(t.tag in ("$(", "PPER", "PPOSAT") for t in other):
        return None
    relative = next((c for c in sentence.clauses if c.kind == "relative" and c.antecedent is not None
                     and predicative.start <= c.antecedent < predicative.end and c.sure), None)
    if other[0].text.lower() in ("ein", "eine") or relative is None:
        return None  # "ein deutscher Unternehmer" is _copula's (Wer or Was); a bare "die Hauptstadt" says little
    end = max(relative.tokens) + 1
    verb = next(t for t in sentence.tokens if t.i == clause.finite).text.lower()
    frame = f" {realise.render(sentence, frames[0].start, frames[0].end)}" if frames else ""
    named = realise.render(sentence, subject.start, subject.end)
    answer = realise.phrase(sentence, predicative.start, end)
    if frames and frames[0].start > predicative.start:
        return None  # a frame inside the definition belongs to it
    return _definition(sentence, f"Was {verb} {named}{frame}?", Ask("Was", "was-ist", answer))


# A definition whose one noun (besides "Teil", "Art", "Gruppe" …) is this frequent ("ein schnelles
# Essen", "ein Teil einer Pflanze") says what every reader knows: readers judged both trivial.
EVERYDAY_ZIPF = 4.0


def _folded(word: str) -> str:
    """"Blüte" and the file name's "Bluete" alike."""
    return word.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


def _definition(sentence: Sentence, prompt: str, ask: Ask) -> Question | None:
    if not _good_prompt(prompt, ask) or "(" in prompt:
        return None
    return _question(sentence, prompt, ask)


def _names_person(core: list[Token]) -> bool:
    """Is the description's noun a person ("ein deutscher Physiker")? Else the question is "Was"
    ("ein Atoll", "eine Art Käsestrudel")."""
    head = next((t for t in core if t.tag == "NN"), None)
    return head is not None and (_person_noun(head) or head.feature("Gender") in ("Masc", "Fem")
                                 and head.lemma.lower().endswith(("er", "erin", "eur", "eurin", "ler", "lerin"))
                                 or _paired_feminine(head))


# Endings of borrowed nouns of a trade or role (Astronom, Komponist, Diplomat, Architekt, Chirurg):
# with a feminine in "-in" beside them they name people, where "Zwerg", "Bär" or "Löwe" with
# theirs ("ein Roter Zwerg" is a star) need not.
ROLE_ENDINGS = ("nom", "ist", "ant", "ent", "loge", "graf", "graph", "at", "et", "ekt", "it", "eur", "ör", "or",
                "soph", "urg", "ot", "ier", "ar")


def _paired_feminine(noun: Token) -> bool:
    """A masculine noun of ``ROLE_ENDINGS`` whose feminine in "-in" the lexicon holds (Astronom →
    Astronomin, Komponist → Komponistin), or that feminine itself: nouns of a trade or a role, which
    only people have ("Was war Johann Müller? – ein deutscher Astronom" wanted "Wer")."""
    lemma, gender = noun.lemma, noun.feature("Gender")
    if not lemma.removesuffix("in").lower().endswith(ROLE_ENDINGS):
        return False
    if gender == "Masc":
        female = noun_lexicon().lookup(lemma + "in", compound_fallback=False)
        return female is not None and female.gender == "Fem"
    if gender == "Fem" and lemma.endswith("in") and len(lemma) > 5:
        male = noun_lexicon().lookup(lemma[:-2], compound_fallback=False)
        return male is not None and male.gender == "Masc"
    return False


def _untitled(tokens: list[Token]) -> list[Token]:
    """A name without a title noun in front ("Königin Victoria" → "Victoria")."""
    if len(tokens) > 1 and tokens[0].tag == "NN" and not tokens[0].ent_label:
        return tokens[1:]
    return tokens


def _description(tokens: list[Token]) -> str:
    """"indefinite" for "ein deutscher Unternehmer", "definite" for "der König von Assyrien", else ""."""
    core = tokens[: _first_description(tokens)]
    if len(core) < 2 or any(t.tag in ("PPER", "PPOSAT", "PDS", "PRELS", "PDAT") for t in core):
        return ""
    if any(t.tag == "KON" and not _joins_adjectives(core, k) for k, t in enumerate(core)):
        return ""  # "ein Sänger und Schauspieler": two roles, or a list
    nouns = [t for t in core if t.tag == "NN"]
    if not nouns or core[0].tag != "ART":
        return ""
    head = nouns[0]
    if core[0].text.lower() in ("ein", "eine"):
        adjectives = [t for t in core if t.tag == "ADJA" and t.i < head.i]
        ending = "e" if core[0].text.lower() == "eine" else ("er", "es")
        return "indefinite" if all(t.text.endswith(ending) for t in adjectives) else ""
    article = core[0].text.lower()
    gender = "Plur" if head.feature("Number") == "Plur" else head.feature("Gender")
    if (gender, "Nom") not in ARTICLE_READINGS.get(article, frozenset()):
        return ""
    # "der König von Assyrien": the role needs its complement, or "der Schriftsteller" names no one
    return "definite" if head is not core[-1] and len(core) >= 3 else ""


def _joins_adjectives(core: list[Token], k: int) -> bool:
    """Does the conjunction at ``k`` join two adjectives of one noun ("ein in London lebender und
    praktizierender Kardiologe")? Then the description still names one thing."""
    return 0 < k < len(core) - 1 and core[k - 1].tag == "ADJA" and core[k + 1].tag == "ADJA"


def _bare_head(description: list[Token]) -> str | None:
    """"ein in London lebender und praktizierender Kardiologe" → "ein Kardiologe": the head noun
    with its indefinite article, which answers "Wer war Fawwaz Achras?" as well (MLQA: "Was macht
    Assads Vater beruflich? – Kardiologe"); None when no adjective stands between them (the answer
    is that already) or the head is no noun of a person's or thing's kind."""
    core = description[: _first_description(description)]
    nouns = [t for t in core if t.tag == "NN"]
    if not nouns or core[0].text.lower() not in ("ein", "eine") or nouns[0] is core[1]:
        return None
    return f"{core[0].text} {nouns[0].text}"


def _name_kind(tokens: list[Token], labels: dict[str, str]) -> str:
    label = next((t.ent_label for t in reversed(tokens) if t.ent_label), "")
    if label:
        return {"PER": "person", "ORG": "organisation", "LOC": "place"}.get(label, "thing")
    text = " ".join(t.text for t in tokens)
    return labels.get(text, "")


# --- appositions ----------------------------------------------------------------------------------


def _apposition_questions(sentence: Sentence, labels: dict[str, str]) -> Iterator[Question | None]:
    """"Albert Einstein, ein deutscher Physiker, …" → "Wer war Albert Einstein?" – "ein deutscher Physiker"."""
    tokens = list(sentence.tokens)
    tense = _sentence_tense(sentence)
    if any(mark in sentence.text for mark in QUOTES):
        return
    for k, token in enumerate(tokens):
        if token.tag != "$," or k == 0:
            continue
        name = _name_before(tokens, k)
        closing = next((j for j in range(k + 1, min(len(tokens), k + 14)) if tokens[j].tag in ("$,", "$(", "$.")), None)
        if not name or closing is None or tokens[closing].tag not in ("$,", "$."):
            continue
        if closing + 1 < len(tokens) and tokens[closing + 1].tag in ("KON", "NE", "ART", "NN"):
            continue  # an enumeration ("A, ein B, und C"; "A, ein B, C") rather than an apposition
        description = tokens[k + 1 : closing]
        nominative = _nominative(description)
        definite = _definite_role(description)
        if nominative is None and (tokens[closing].tag != "$," or _description(description) != "indefinite" and not definite):
            continue  # a nominative apposition only between commas: at the end it may be the clause's own phrase
        kind = _name_kind(name, labels)
        word = "Wer" if kind == "person" and _names_person(description) else "Was" if kind else ""
        if nominative is not None and (word != "Wer" or len(name) > 2 and name[0].text in labels):
            continue  # "traf Goldman Luigi Galleani, einen …": the subject may run into the name; "wie Bernhard
            # Schlink, einen kurzen Auftritt": an oblique phrase after a name that names no person is the clause's own
        if definite and word != "Wer":
            continue  # "Berlin, die Hauptstadt, …": only a person's role is asked ("Wer war Siad Barre?")
        if not word or nominative is None and name[0].i > 0 \
                and tokens[name[0].i - sentence.tokens[0].i - 1].tag in ("APPR", "APPRART", "ART"):
            continue  # "mit Li Hongzhang, ein …": the host's case differs, no apposition
        verb = ("ist" if tense == "present" else "war")
        subject = realise.render(sentence, name[0].i, name[-1].i + 1)
        answer = nominative or realise.render(sentence, description[0].i, description[-1].i + 1)
        prompt = f"{word} {verb} {subject}?"
        head = _bare_head(description) if nominative is None else None
        head = description[-1].text if definite else head
        yield _question(sentence, prompt, Ask(word, f"{word.lower()}-ist", answer, (head,) if head else ()))


def _definite_role(description: list[Token]) -> bool:
    """"Mohammed Siad Barre, der somalische Präsident, begann …": a nominative definite article,
    adjectives and a person noun, nothing else (a verb would make it a relative clause: "…, der
    1977 den Krieg begann,"); the adjective says which one, so "der Präsident" alone is not enough."""
    if len(description) < 3 or description[0].text not in ("der", "die") or description[-1].tag != "NN":
        return False
    adjectives, noun = description[1:-1], description[-1]
    if any(t.tag != "ADJA" or not t.text.endswith("e") for t in adjectives):
        return False
    gender = noun.feature("Gender")
    return (description[0].text, gender) in (("der", "Masc"), ("die", "Fem")) and noun.feature("Number") != "Plur" \
        and _names_person([noun])


OBLIQUE_INDEFINITE = {"einen": ("Masc",), "einem": ("Masc", "Neut"), "einer": ("Fem",)}
NOMINATIVE_ENDINGS = {"Masc": ("ein", "er"), "Neut": ("ein", "es"), "Fem": ("eine", "e")}


def _nominative(description: list[Token]) -> str | None:
    """An apposition in the accusative or dative put in the nominative, which "Wer war X?" needs:
    "In Barre traf Goldman Luigi Galleani, einen italienischen Anarchisten, …" → "ein italienischer
    Anarchist"; "mit William Jeffrey, einem Börsenmakler," → "ein Börsenmakler". The article and the
    noun's gender must agree, every adjective takes the regular "-en" of its lemma and the noun is
    its lemma or the lemma with the weak "-(e)n" ("Anarchisten"); what follows the noun (a genitive,
    "aus Herat") stays as written. None for anything else, the nominative included."""
    core = description[: _first_description(description)]
    if len(core) < 2 or core[0].text not in OBLIQUE_INDEFINITE:
        return None
    k = 1
    while k < len(core) and core[k].tag == "ADJA":
        k += 1
    if k >= len(core) or core[k].tag != "NN":
        return None
    noun, adjectives = core[k], core[1:k]
    gender = noun.feature("Gender")
    if gender not in OBLIQUE_INDEFINITE[core[0].text]:
        return None  # the article is singular: a noun form the lexicon also reads as plural ("Anarchisten") is not
    if noun.text not in (noun.lemma, noun.lemma + "en", noun.lemma + "n") or any(t.text != t.lemma + "en" for t in adjectives):
        return None
    if any(t.tag in ("PPER", "PPOSAT", "PDS", "PRELS", "PDAT", "KON", "$(") for t in core[k + 1 :]):
        return None
    article, ending = NOMINATIVE_ENDINGS[gender]
    words = [article, *(t.lemma + ending for t in adjectives), noun.lemma, *(t.text for t in core[k + 1 :])]
    return " ".join(words)


KIN_NOUNS = frozenset({"Sohn", "Tochter", "Vater", "Mutter", "Bruder", "Schwester", "Enkel", "Enkelin", "Neffe",
                       "Nichte", "Ehefrau", "Ehemann", "Witwe", "Witwer", "Onkel", "Tante", "Cousin", "Cousine"})


def _kin_questions(analysis: Analysis, sentence: Sentence, labels: dict[str, str]) -> Iterator[Question | None]:
    """"X war der jüngste Sohn von Y" and "X, der Sohn von Y, …" → "Wessen Sohn war X?" – "Y": the
    name inside the phrase, which people ask for (MLQA: "Wie lautet der Name von Devdas Gandhis
    Vater?") and a role question cannot reach. Only two names (a pronoun "seines Beraters" names
    nobody), one kinship noun, "von" before the second name, nothing after it but the comma or the end;
    a subject pronoun ("Er war der Sohn von Y") only with the name ``extraction.reference`` is sure of."""
    tokens = list(sentence.tokens)
    if any(mark in sentence.text for mark in QUOTES):
        return
    for k, noun in enumerate(tokens):
        if noun.text not in KIN_NOUNS or k + 2 >= len(tokens):
            continue
        begin = _kin_name_start(tokens, k)
        if begin is None:
            continue
        end = begin
        while end < len(tokens) and (tokens[end].tag == "NE" or tokens[end].text in NAME_LINKS and end + 1 < len(tokens)
                                     and tokens[end + 1].tag == "NE"):
            end += 1
        relative = tokens[begin:end]
        another = _another_kin(tokens, end)  # "die jüngere Schwester des Schauspielers James Haven und die Nichte …"
        if not relative or not _is_name(relative) or end >= len(tokens) or tokens[end].tag not in ("$,", "$.") \
                and tokens[end].text != "(" and not another:
            continue
        start = k
        while start > 0 and tokens[start - 1].tag in ("ADJA", "KON", "ADV"):
            start -= 1
        if start == 0 or tokens[start - 1].tag != "ART" or tokens[start - 1].text.lower() not in ("der", "die", "den"):
            continue
        before = tokens[: start - 1]
        closed = tokens[end].tag == "$." and end == len(tokens) - 1 or tokens[end].text == "(" or another  # "… von Y." / "… von Y (genannt …)."
        if len(before) >= 2 and before[-1].tag == "$," and tokens[end].tag == "$,":
            name = _name_before(tokens, len(before) - 1)  # "X, der Sohn von Y,"
            first = name[0].i - tokens[0].i if name else 0
            if not name or first > 0 and (tokens[first - 1].text[:1].isupper() or tokens[first - 1].text in NAME_LINKS):
                continue  # "Ernst von Stockmar": the name goes on before, "Wessen Sohn war Stockmar?" asks wrong
            verb = "ist" if _sentence_tense(sentence) == "present" else "war"
            subject = realise.render(sentence, name[0].i, name[-1].i + 1)
        elif closed and len(before) >= 2 and before[-1].text in ("war", "ist") and _is_name(before[:-1]):
            verb, subject = before[-1].text, realise.render(sentence, before[0].i, before[-2].i + 1)  # "X war der Sohn von Y."
        elif closed and len(before) == 2 and before[0].tag == "PPER" and before[1].text in ("war", "ist"):
            named = _pronoun_subject(analysis, sentence, labels)  # "Er war der Sohn von Y."
            if named is None:
                continue
            verb, subject = before[1].text, named
        else:
            continue
        answer = realise.render(sentence, relative[0].i, relative[-1].i + 1)
        word = f"Wessen {noun.text}"
        written = realise.render(sentence, tokens[k + 1].i, relative[-1].i + 1)  # "des Schauspielers James Haven"
        accepted = (f"von {answer}",) if written == f"von {answer}" else (written, f"von {answer}")
        yield _question(sentence, f"{word} {verb} {subject}?", Ask(word, "wessen", answer, accepted))


def _kin_name_start(tokens: list[Token], k: int) -> int | None:
    """Where the relative's name begins after the kinship noun at ``k``: "Sohn von Y", or the
    genitive "Schwester des (Schauspielers) Y", "Tochter der (Sängerin) Y" with at most one noun
    that says who Y is; None for anything else ("Sohn eines Bauern", "Sohn des Königs")."""
    following = tokens[k + 1].text
    if following == "von":
        return k + 2
    if following not in ("des", "der"):
        return None
    start = k + 2
    if start < len(tokens) and tokens[start].tag == "NN" and not tokens[start].ent_label:
        start += 1  # "des Schauspielers James Haven"
    return start if start < len(tokens) and tokens[start].tag == "NE" else None


def _another_kin(tokens: list[Token], end: int) -> bool:
    """Does "und" + article + another kinship noun follow the relative's name ("… Schwester des
    Schauspielers James Haven und die Nichte des Songwriters Chip Taylor")? Then the name ends
    there; "und" + a second name would make it one of two parents ("Tochter von A und B")."""
    rest = tokens[end : end + 5]
    if len(rest) < 3 or rest[0].text != "und" or rest[1].tag != "ART":
        return False
    noun = next((t for t in rest[2:] if t.tag != "ADJA"), None)
    return noun is not None and noun.text in KIN_NOUNS


def _pronoun_subject(analysis: Analysis, sentence: Sentence, labels: dict[str, str]) -> str | None:
    """The name for the subject pronoun of the sentence's one main clause, when it is certain."""
    clauses = [c for c in sentence.clauses if c.kind == "main" and c.sure]
    subjects = clauses[0].role("subject") if len(clauses) == 1 else ()
    if len(subjects) != 1:
        return None
    replace = _pronoun_names(analysis, sentence, clauses[0], labels)
    name = (replace or {}).get((subjects[0].start, subjects[0].end))
    return name if name and not name.split()[0].lower() in ("der", "die", "das") else None


def _name_before(tokens: list[Token], comma: int) -> list[Token]:
    """The name that ends right before ``comma`` (proper nouns or words of one entity)."""
    k = comma
    while k > 0 and (tokens[k - 1].tag == "NE" or tokens[k - 1].ent_label) and comma - k < 6:
        k -= 1
    name = tokens[k:comma]
    kin = k > 0 and tokens[k - 1].lemma in KIN_NOUNS  # "Assads Vater Fawwaz Achras, ein … Kardiologe": a relation, no class
    if not name or not _is_name(name) or k > 0 and tokens[k - 1].tag in ("NN", "ADJA") and not tokens[k - 1].ent_label \
            and not kin:
        return []  # "dem Physiker Max Planck, …": the noun before already classifies
    return name


def _sentence_tense(sentence: Sentence) -> str:
    main = next((c for c in sentence.clauses if c.kind == "main" and c.tense), None)
    return main.tense if main is not None else "past"


# --- birth and death in brackets ----------------------------------------------------------------

# the dates may follow the name in another script or a transliteration in the same bracket:
# "(russisch Борис Львович Васильев; * 21. Mai 1924 …)"
_LIFE = re.compile(r"\((?:[^()*†;,]*[;,])*\s*\*\s*(?P<born>[^;)†]*)(?:;\s*†\s*(?P<died>[^)]*))?\)")
_DATE = re.compile(r"^(?:(?:am\s+)?(?P<date>(?:\d{1,2}\.\s+)?(?:[A-ZÄÖÜ][a-zäöü]+\s+)?(?P<year>\d{3,4})))?"
                   r"\s*(?:in\s+(?P<place>[^,;()]+?)|ebenda|ebendort|ebd\.)?\s*(?:[,;(].*)?$")


def _life_questions(sentence: Sentence) -> Iterator[Question | None]:
    """"Rokia Traoré (* 24. Januar 1974 in Kolokani, Mali)" → "Wann wurde Rokia Traoré geboren?" –
    "24. Januar 1974", and "Wo …?" – "in Kolokani"; the same for "† …" with "starb"."""
    for match in _LIFE.finditer(sentence.text):
        name = _name_before_bracket(sentence, sentence.start + match.start())
        if not name:
            continue
        for part, verb in (("born", "wurde {} geboren"), ("died", "starb {}")):
            text = (match.group(part) or "").strip()
            parsed = _DATE.match(text)
            if not text or parsed is None:
                continue
            if parsed.group("date"):
                date = parsed.group("date").strip()
                prompt = "Wann " + verb.format(name) + "?"
                variants = (f"am {date}" if "." in date else f"im Jahr {date}", parsed.group("year"))
                yield _question(sentence, prompt, Ask("Wann", "wann", date, variants))
            if parsed.group("place"):
                place = parsed.group("place").strip()
                prompt = "Wo " + verb.format(name) + "?"
                # the place without a birth name after it: "Bombay, Maharashtra, als Mohammed Aamir Hussain Khan"
                full = re.split(r";|,?\s+als\s", text[text.index(place):])[0].rstrip(" )")
                yield _question(sentence, prompt, Ask("Wo", "wo", f"in {place}", (place, full, f"in {full}")))


def _name_before_bracket(sentence: Sentence, offset: int) -> str:
    """The name right before a bracket at character ``offset`` (an IPA bracket "[…]" skipped)."""
    before = [t for t in sentence.tokens if t.end <= offset]
    if before and before[-1].text == "]":
        opening = next((k for k in range(len(before) - 1, -1, -1) if before[k].text == "["), None)
        before = before[:opening] if opening is not None else []
    if before and before[-1].text == "," and not any(t.tag.startswith("V") for t in before):
        before = _leading_name(before)  # "Leona Harriet Woods, später Leona Woods Marshall, (* …)": the first name
    name: list[Token] = []
    for k in range(len(before) - 1, -1, -1):
        token = before[k]
        glued = bool(name) and not token.whitespace and token.text[:1].isalpha() or token.text in ("’", "'", "-")
        linked = bool(name) and token.text in NAME_PARTICLES and k > 0 and before[k - 1].tag == "NE"  # "Fahd ibn Abd al-Aziz"
        if not (token.tag == "NE" or token.ent_label or glued and name or linked) or len(name) >= 8:
            break
        name.insert(0, token)
    if not name or not name[0].text[:1].isupper() or name[0].tag != "NE" and not name[0].ent_label:
        return ""
    return realise.render(sentence, name[0].i, name[-1].i + 1)


def _leading_name(tokens: list[Token]) -> list[Token]:
    """The name a sentence opens with, up to its first comma, when the tokens before the bracket
    are that name and its other names separated by commas; [] otherwise."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), 0)
    if comma == 0 or any(t.tag in ("ART", "APPR", "APPRART") or t.text in ("(", ")") for t in tokens):
        return []
    return tokens[:comma]


# --- birth and death in a sentence ---------------------------------------------------------------

DEATH_VERBS = frozenset({"sterben", "versterben"})
LIFE_PLACE_PREPOSITIONS = frozenset({"in", "im", "auf", "bei", "beim"})
LIFE_DATE_WORDS = frozenset({"am", "im", "in", "Jahr", "Jahre"})


def _life_event_questions(analysis: Analysis, sentence: Sentence, labels: dict[str, str]) -> Iterator[Question | None]:
    """"Kurz darauf stellte sich heraus, dass sie an Tuberkulose litt und sie starb am 18. Februar
    1887, ohne die Stelle jemals angetreten zu haben." → Wann starb Anandi Gopal? – "18. Februar 1887";
    "Kaiserin Friedrich starb im August 1901 auf Schloss Friedrichshof" → Wo starb Kaiserin
    Friedrich? – "auf Schloss Friedrichshof". A person is born and dies once, so the question needs
    nothing of the clause but its subject: the cause, the age and the circumstances ("ohne …")
    that make the role question too long or refuse it stay out (MLQA: "In welchem Jahr ist
    Anandibai gestorben?"). Only sterben / versterben and "wurde … geboren", a singular subject
    that is a name (a pronoun or relative pronoun with a certain name), and one time phrase that
    holds a year ("im selben Jahr", "wenige Monate später" name no date a reader can give back)."""
    for clause in sentence.clauses:
        born = clause.lemma == "gebären" and clause.voice == "passive"
        if not born and (clause.lemma not in DEATH_VERBS or clause.voice != "active"):
            continue
        if not clause.sure or clause.mood != "indicative" or clause.modal or clause.negation is not None \
                or clause.number == "Plur":
            continue
        if any(_hedged(sentence, c) for c in clause.constituents):
            continue  # "starb nach Zeugenaussagen am 8. Januar 1942": the question would state it as certain
        subjects = clause.role("subject")
        name = _life_subject(analysis, sentence, clause, subjects[0], labels) if len(subjects) == 1 else ""
        if not name:
            continue
        verb = f"wurde {name} geboren" if born else f"starb {name}"
        dated = [(c, d) for c in clause.role("time") if (d := _life_date(sentence, c)) is not None]
        date = dated[0][1] if len(dated) == 1 else None  # "wenige Monate nach ihrer Mutter" beside it moves no date
        if date is not None:
            text, year = date
            variants = (realise.phrase(sentence, dated[0][0].start, dated[0][0].end), year, f"im Jahr {year}")
            yield _question(sentence, f"Wann {verb}?", Ask("Wann", "wann", text, variants))
        places = clause.role("place")  # only in a clause that also dates the event: one biography fact
        if len(places) == 1 and places[0].sure and date is not None:
            tokens = span_tokens(sentence, places[0].start, places[0].end)
            if tokens[0].text.lower() in LIFE_PLACE_PREPOSITIONS and len(tokens) > 1 and _is_name(tokens[-1:]) \
                    and all(t.tag in ("APPR", "APPRART", "ART", "ADJA", "NN", "NE") for t in tokens):
                place = realise.phrase(sentence, places[0].start, places[0].end)
                bare = realise.render(sentence, tokens[1].i, tokens[-1].i + 1)
                yield _question(sentence, f"Wo {verb}?", Ask("Wo", "wo", place, (bare,)))


def _hedged(sentence: Sentence, constituent: Constituent) -> bool:
    """A hedge or a source the clause's claim depends on: "wahrscheinlich", "laut X", "nach
    Zeugenaussagen" ("nach" with a bare noun; "nach ihrer Mutter" is a time)."""
    tokens = span_tokens(sentence, constituent.start, constituent.end)
    if not tokens or constituent.role == "time":
        return False
    first = tokens[0].text.lower()
    if first == "nach":
        return len(tokens) > 1 and tokens[1].tag in ("NN", "ADJA")
    return first in HEDGES or first in HEARSAY_PREPOSITIONS


def _life_subject(analysis: Analysis, sentence: Sentence, clause: Clause, subject: Constituent,
                  labels: dict[str, str]) -> str:
    """The name of the one who was born or died: the subject itself (with a title: "Kaiserin
    Friedrich"), the name a personal pronoun certainly stands for, or the name a relative
    pronoun's antecedent ends ("den Geistlichen John Harvard, der 1638 starb"); "" otherwise."""
    if not subject.sure:
        return ""
    tokens = span_tokens(sentence, subject.start, subject.end)
    if len(tokens) == 1 and tokens[0].tag == "PPER":
        replace = _pronoun_names(analysis, sentence, clause, labels) or {}
        name = replace.get((subject.start, subject.end), "")
        return name if name and name.split()[0][:1].isupper() and name.split()[0] not in ("Der", "Die", "Das") else ""
    if len(tokens) == 1 and tokens[0].tag == "PRELS" and clause.antecedent is not None:
        before = [t for t in sentence.tokens if t.i < tokens[0].i]
        if not before or before[-1].tag != "$,":
            return ""
        before = before[:-1]
        k = len(before)
        while k > 0 and (before[k - 1].tag == "NE" or before[k - 1].ent_label == "PER"):
            k -= 1
        named = before[k:]
        return realise.render(sentence, named[0].i, named[-1].i + 1) if _linked_name(named) and _name_kind(named, labels) == "person" else ""
    if tokens[0].tag == "NN" and _person_noun(tokens[0]) and _classifies(tokens[0]):
        tokens = tokens[1:]  # "Kaiserin Friedrich", "König Shō Toku": the title is part of how the text names her
    if not _linked_name(tokens) or _name_kind(tokens, labels) != "person" or _name_goes_on(sentence, tokens[-1]):
        return ""
    return realise.render(sentence, subject.start, subject.end)


def _life_date(sentence: Sentence, time: Constituent) -> tuple[str, str] | None:
    """The date of a time phrase that names one day, month or year ("am 18. Februar 1887", "im
    August 1901", "im Jahr 1829", "1829") without the preposition, and its year."""
    tokens = span_tokens(sentence, time.start, time.end)
    while tokens and tokens[0].text in LIFE_DATE_WORDS | {"Im", "Am", "In"}:
        tokens = tokens[1:]
    years = [t for t in tokens if _is_year(t)]
    if len(years) != 1 or tokens[-1] is not years[0] or not _date_part(tokens):
        return None
    return realise.render(sentence, tokens[0].i, tokens[-1].i + 1), years[0].text


# --- pronouns, names, helpers -----------------------------------------------------------------------


def _pronoun_names(analysis: Analysis, sentence: Sentence, clause: Clause, labels: dict[str, str]) -> Spans | None:
    """Names for the clause's personal pronouns that are whole constituents; None when one has
    no certain name (the question would leave it unresolved)."""
    replace: Spans = topic_names(analysis, sentence, clause)  # "die Insel" → "Kreta"
    for constituent in clause.constituents:
        tokens = span_tokens(sentence, constituent.start, constituent.end)
        if (constituent.start, constituent.end) in replace:
            continue
        if len(tokens) != 1 or tokens[0].tag != "PPER":
            continue
        token = tokens[0]
        if token.text.lower() in SPEAKER_PRONOUNS or token.text == "Sie" and token.i != sentence.tokens[0].i:
            return None  # the speaker, the reader, or polite "Sie": no name to put in
        if token.text.lower() == "es" and (clause.voice != "active" or clause.lemma in EXPLETIVE_VERBS):
            return None  # "Jedes Jahr sind es …": an expletive has no referent
        name = resolve(analysis, sentence.index, token.i)
        if name and name not in labels and name.split()[-1] not in labels and name.split()[0].lower() not in ("der", "die", "das"):
            return None  # only a known name (the recogniser may know "Jolie" of "Angelina Jolie") or a definite noun phrase
        if not name or constituent.case != "Nom" and name.split()[0].lower() in ("der", "die", "das"):
            return None  # "ihnen" → "den USA" would need the article inflected
        if name in replace.values():
            return None  # two pronouns, one name: "sie verklagte ihn" cannot be "X verklagte X"
        replace[(constituent.start, constituent.end)] = name
    return replace


