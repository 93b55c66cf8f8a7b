"""Vocabulary items a learner can trust: lemma, der/die/das, plural, verb forms, level, context.

What becomes an item: nouns, full verbs, adjectives and adverbs of the article, and the
multi-word expressions it uses. Never: proper names and entities, function words, numbers,
words with digits. A noun whose gender the lexicon cannot tell (unknown, or der/das Teil) is
left out rather than shown with a guessed article. Nor a word a learner reads at sight (see
``_transparent``): an adjective shared with English (tropisch), the -in form of a known
masculine (Enkelin), a -heit noun of a basic word (Kindheit), a noun spelt as its English
meaning or a noun or verb shared with English, met once (see ``_international``: Tourist,
Ghetto, Relevanz, kreieren; a one-paragraph text's first sentence is no lead that makes it a
topic word, see ``_introduced``), nor a compound met once whose English meaning spells out
parts the learner knows (Parteimitglied – party member, see ``_spelt_out``), nor a compound rarer as a
whole than every C1 word, met once, that shares no part with the text's other nouns
(Hafenbetrieb, see ``_one_off_compound``); such a compound brings its head instead
(Januaraufstand: der Aufstand, see ``_heads_of_dropped``), unless the head takes another
sense in it: then the compound is the card (Bergkette, not die Kette: see
``_head_in_another_sense``). Nor a compound below the learner's level that is the sum of its
parts (Weltmeisterschaft, see ``_spelt_out``), a learned loan shared with English however
often the text repeats it (Hinduismus, see ``_learned_loan``), or a noun that is a verb of
the list (das Aussterben beside aussterben). Nor a noun of a name in another language ("New
England Hospital for Women", see ``_in_foreign_name``), nor a word met only inside the title
of a work or a broken piece of a sentence (see ``work_titles``). A fixed phrase the dictionary
lists is the item, not its noun ("in Erscheinung treten", see ``dictionary_phrases``); a
sentence too long for a card is cut to the word's clause (see ``_shortened``).
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
import weakref
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from ..analysis.hanta import SEPARABLE_PARTICLES, hanta_tagger
from ..analysis.lexicon import noun_lexicon
from ..cache import cache_dir, source_key, tables
from ..config import LEVELS, Options
from ..model import Analysis, Clause, Constituent, Occurrence, Sentence, Token, VocabItem
from .compounds import head_split, split_compound
from .frequency import english_zipf, zipf_frequency
from .glossary import AnalysedGlossary, Glossary, load_glossary
from .known import load_known
from .lemma_ranks import lemma_zipf
from .levels import (
    COMMON_COMPOUND,
    band,
    compound_level,
    derivation_bases,
    derived,
    directional_base,
    known_at,
    level_index,
    people_place,
    without_umlaut,
    word_level,
    zipf,
)
from .phrases import PHRASES, find_phrases
from .senses import person_noun
from .verbs import principal_parts
from .word_facts import (
    COMMON_ADJECTIVE,
    adjectival_headword,
    graded,
    nominalised_adjective,
    noun_fields,
    outgrows_its_verb,
    participle_verb,
    particles,
    predicative_adjective,
    senses_by_gender,
    state_participle,
    verb_fields,
)

CONTENT_TAGS = {
    "NN": "NOUN",
    "VVFIN": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB", "VVIMP": "VERB",
    "ADJA": "ADJ", "ADJD": "ADJ",
    "ADV": "ADV",
}
POS_WEIGHT = {"NOUN": 1.0, "VERB": 1.0, "MWE": 0.9, "ADJ": 0.7, "ADV": 0.35}
# How the value of a word is counted (see _score): an occurrence inside another noun of the
# text counts half, a word of the title one more occurrence, of the lead half of one.
PART_WEIGHT = 0.5
PROMINENT_WEIGHT = 1.0
RARE_ZIPF = 2.5  # rarer words count as this rare (wordfreq knows no new compound)
USEFUL_ZIPF = 5.0  # more common than this adds nothing (such words are below B1 anyway)
USE_WEIGHT = 0.8
FIT_STEP = 0.3  # per band beyond the one above the learner's level
TRANSPARENT_PENALTY = 1.0  # a compound below the learner's level by its parts
CONSTRUCTION_BONUS = 0.3  # a verb with a construction to learn
LIST_PENALTY = 1.5  # a noun met once, as a member of an enumeration (see enumerated), named nowhere else (title, lead, heading, a name)
FAMILY_PENALTY = 1.0  # per word of the same family already on the list
FOREIGN_PART_ZIPF = 4.0  # a capitalised part before a hyphen rarer than this and no noun is a name
MIN_PART = 4  # shorter nouns are not looked for inside others (Rad, Tor)
LONG_PARTICLE = 5  # letters of a particle of direction a verb is read from (heraus, weiter; not mit: mitteilen)
VERB_LEAD = 1.5  # Zipf of a verb above its present participle's, which is then the verb's form (kommen, kommend)
_WORD = re.compile(r"^[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*$")
# Adverbs so frequent or grammatical that a card for them teaches nothing.
# Tags before a noun that show it used as a common noun: an article, a determiner, an
# adjective, a number ("der Avatar", "seinen Aufbruch", "zwei Avatare").
# A capital inside a word, not after a hyphen: the spelling of a name (SonntagsZeitung).
_INNER_CAPITAL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
_DETERMINED = frozenset({"ART", "APPRART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT", "PRELAT", "ADJA", "CARD"})

_STOP_ADVERBS = frozenset(
    "auch noch nur schon so sehr dann da hier nun mal nicht ja doch eben etwa immer wieder "  # noqa: SIM905
    "dort heute jetzt oft gar ganz bereits sogar erst weiter mehr am zudem jedoch also".split()
)
# Adjective lemmas that only exist inflected or are determiners in disguise.
_STOP_ADJECTIVES = frozenset("letzt nächst erst viel wenig ander beid einzig sonstig weit".split())  # noqa: SIM905
# The English endings of German endings in words shared with English: Analogie – analogy,
# tropisch – tropical, Autorität – authority, informell – informal, Sekretär – secretary,
# rassistisch – racist, basieren – (to be) based, lynchen – to lynch, atomar – atomic, and an
# English ending German leaves off: anonym – anonymous, autonom – autonomous; a final -nz is
# English -nce (Provinz – province, Prinz – prince).
_COGNATE_ENDINGS = (
    ("isierung", ("ization", "isation")), ("ierung", ("ation", "ification")),
    ("isiert", ("ized", "ised")), ("ieren", ("ate", "e", "y", "ize", "ise", "", "ed")), ("iert", ("ated", "ed")),
    ("ismus", ("ism",)), ("ität", ("ity",)), ("tät", ("ty",)), ("ie", ("y",)),
    ("istisch", ("ist",)), ("isch", ("ic", "ical")), ("en", ("",)), ("ell", ("al",)), ("ös", ("ous",)), ("iv", ("ive",)), ("ik", ("ic", "ics")),
    ("iker", ("ician",)), ("enz", ("ence", "ency")), ("anz", ("ance", "ancy")), ("är", ("ary", "ar")),
    ("abel", ("able",)), ("ibel", ("ible",)), ("ur", ("ure",)), ("in", ("", "ess")), ("ar", ("ic",)), ("nz", ("nce",)),
    ("", ("ous",)),
)
# Spellings that sound alike, folded to one: k/c (Kompromiss), z/c (zyklisch), ph/f (Biographie),
# sch/sh, w/v (Slawe), y/i; a soft c and a z before e, i, y as s (rassistisch – racist, Medizin –
# medicine, Zentrum – centre); doubled letters and a final e count as one and none.
_COGNATE_SPELLING = (
    ("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("sch", "sh"), ("ph", "f"), ("th", "t"),
    ("ch", "sh"), ("qu", "kw"), ("ck", "k"), ("ce", "se"), ("ci", "si"), ("cy", "si"), ("ze", "se"),
    ("zi", "si"), ("zy", "si"), ("c", "k"), ("z", "k"), ("y", "i"), ("w", "v"),
)
COGNATE_SIMILARITY = 0.86  # share of matching letters (difflib ratio) of two folded words of 5 letters or more
# Learned noun suffixes whose English twins are regular (see english_twin): Tendenz – tendency,
# Relevanz – relevance, Realität – reality, Liberalismus – liberalism.
_LEARNED_ENDINGS = frozenset(["enz", "anz", "ität", "ismus"])
# The endings of the learned loans of European languages (see _learned_loan): Hinduismus,
# Pharmakologie, nominieren. Not -ität: readers kept Autorität, Aktivität, Loyalität (4 of 7).
_LEARNED_LOANS = {"NOUN": ("ismus", "logie"), "VERB": ("ieren",)}
# English words of a gloss that say nothing of its meaning (see _spelt_out).
_ENGLISH_FUNCTION_WORDS = frozenset("the and for with from into sth one someone something".split())  # noqa: SIM905
ENGLISH_WORD_ZIPF = 3.0  # an English word at least this common is one a reader of English knows
FOREIGN_NAME_GAP = 0.5  # Zipf in English above Zipf in German of a word of a name in English (Hospital)
# Suffixes that make an adjective of a noun and keep its meaning: herzförmig, regenreich,
# erfolglos, wartungsfrei, kraftvoll, zahlenmäßig, menschenähnlich, schlangenartig.
_TRANSPARENT_SUFFIXES = ("förmig", "reich", "los", "frei", "voll", "mäßig", "ähnlich", "artig")
# Adjectives made of compass points: nordöstlich, südsüdwestlich, westlich.
_COMPASS = re.compile(r"^(?:nord|süd|ost|west|nörd|öst)+lich$")
# An ordinal before a superlative (drittgrößt, zweitältest, viertwichtigst): the place in a
# ranking and a superlative the learner knows. A closed class.
_RANKED = re.compile(r"^(?:zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)[a-zäöüß]{2,}(?:st|ßt)$")
# Adjectives of a number and a span of time: vierjährig, dreitägig, zweistündig, fünfundzwanzigjährig.
_SPAN = re.compile(
    r"^(?:ein|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig"
    r"|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und)+(?:jährig|monatig|wöchig|tägig|stündig|minütig)$"
)
# A number of two or more and "times" (zweimal, viermal, dreifach): read at sight once the learner knows
# the number (session 30: "viermal" took a card in Kasachstan). Not einmal, einfach: words of their own.
_TIMES = re.compile(
    r"^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig"
    r"|siebzig|achtzig|neunzig|hundert|tausend)(?:mal|fach)$"
)
# A sentence end the splitter missed for want of a space after it ("… bedeutet „Freund“.In den
# 1980er-Jahren", "… verglich.1958 nutzte"): after a word in lower case, a number or a closing
# quote, a full stop, "!" or "?" directly followed by a capitalised word; or a full stop
# between a word and a year. Not after a capital ("U.S.A.", "Dr.Müller").
_GLUED = re.compile(
    r"(?:(?<=[a-zäöüß]{2})|(?<=\d)|(?<=[“”\"»’)]))[.!?][“”\"»’)]*(?=[A-ZÄÖÜ][a-zäöüß])"
    r"|(?<=[a-zäöüß]{3})\.(?=\d{4})"
    # a number's full stop before a pronoun, which no ordinal takes ("zum Jahreswechsel 1950/51. Er
    # konnte sich damit jedoch nicht durchsetzen.": round 21's readers found both on one card)
    r"|(?<=\d)\.\s+(?=(?:Er|Sie|Es|Wir|Ich|Man|Dies|Dieser|Diese|Dieses)\s)"
)


# A colon before a capitalised word, or a semicolon: the boundary of a clause that could stand
# as a sentence of its own.
_PART_BREAK = re.compile(r":\s+(?=[A-ZÄÖÜ„\"])|;\s+")
# A colon that ends a line before a capitalised one: the text set two sentences on two lines
# ("Trotz seines Ruhms starb er einsam und arm:" / "Er verdiente viel, …"), each a card's own.
_LINE_BREAK = re.compile(r":[ \t]*\n\s*(?=[A-ZÄÖÜ„\"])")
# Two spaces inside a line after a comma or a quote: a letter the text lost there ("Ö ist ein
# kurzes "ö",  wird hingegen lang", where Ő fell out), no sentence to learn from.
LOST_LETTER = re.compile(r"[,\"“”]  +\S")
# A respelling for the reader, an aside of its own ("Mountain-Bike, sprich: Maunten-Beik, Dreirad",
# "Badminton (sprich: Bädminten)"): no German to learn from, and clutter on a card. Its closing
# comma goes with it before the sentence goes on ("Badminton, sprich: Bädminten, ist …"), not
# before a list's next item.
SPOKEN = re.compile(r"\s*\(sprich: [^()]*\)|,\s*sprich: [^,;.()]+(?=[,;.])(?:,(?= (?!der |die |das |eine? )[a-zäöü]))?")
# A year or date that labels an entry of a chronicle, left before its sentence where the
# splitter glued the entries ("… befunden worden.2007: Im Mai 2007 trat …"): no part of it.
_DATE_LABEL = re.compile(r"^\d[\d./–-]*:\s+(?=[A-ZÄÖÜ])")
MAIN_KINDS = frozenset({"main", "coordinated"})  # clauses that stand as sentences of their own
LONG_EXAMPLE = 20  # words of a sentence too long to read on a card (round 21: examples of 27-37 words)
MIN_PART_WORDS = 6  # a shorter part between colons is no sentence (Zum Beispiel: …)
MIN_CLAUSE_WORDS = 4  # a whole main clause this long is a sentence ("Wichtig ist auch die Landwirtschaft.")


def extract_vocabulary(analysis: Analysis, options: Options) -> tuple[VocabItem, ...]:
    """The article's vocabulary for a learner at ``options.level``, most valuable first (the
    deck and the JSON keep this order)."""
    glossary = load_glossary(options.dictionary)
    known = load_known(options.known) if options.known else frozenset()
    groups: dict[tuple[str, str], list[tuple[Sentence, Token]]] = defaultdict(list)
    names = _name_words(analysis)
    for sentence in analysis.sentences:
        quoted = work_titles(sentence)
        for k, token in enumerate(sentence.tokens):
            if token.i in quoted:
                continue  # "in Der Ursprung der Familie (1884)": a title's words, not the writer's German
            opens = k == 0 or sentence.tokens[k - 1].pos == "PUNCT"
            key = _key(token, opens=opens and token.text not in names, sentence=sentence)
            if key:
                groups[key].append((sentence, token))
    name_nouns = _name_nouns(analysis)
    items = [item for key, found in groups.items()
             for sense in (senses_by_gender(key[0], found) if key[1] == "NOUN" else [found])
             if (item := _item(key, sense, analysis, glossary)) and not _named_compound(item, name_nouns, glossary)]
    phrases = [_own_example(phrase, analysis) for phrase in find_phrases(analysis)]
    if glossary is not None:
        listed = {phrase.lemma for phrase in phrases}
        phrases += [phrase for phrase in dictionary_phrases(analysis, glossary.source)
                    if phrase.lemma not in listed and phrase.lemma not in PHRASES]
    items = [item for item in items if not _only_in_phrases(item, phrases)] + phrases
    text = _Text.of(analysis, items, level_index(options.level))
    # senses chosen with the article's topic, read once for both rounds (a pass over every word)
    analysed = glossary.within(analysis) if glossary is not None else None
    split, chosen = _chosen(items, text, analysis, glossary, analysed, known, options.max_words, ())
    heads = _heads_of_dropped(split, chosen, groups, analysis, glossary, analysed)
    if heads:
        chosen += _chosen(heads, text, analysis, glossary, analysed, known, options.max_words, chosen)[1]
    return tuple(_distinct_examples(_one_per_family(chosen, options.max_words), analysis, analysed))


def _distinct_examples(items: list[VocabItem], analysis: Analysis, analysed: AnalysedGlossary | None = None) -> list[VocabItem]:
    """The cards with an example of their own where the text gives one: a card whose sentence
    another card shows takes the first other sentence of its word that reads on a card (at
    most ``LONG_EXAMPLE`` words, shortened if need be) and uses the word in the card's sense
    (``analysed`` reads it there), so that the gloss fits the example shown: Eisenstadt's
    belegen, glossed "to prove" for "Funde belegen, dass …", does not move to "belegte den
    41. Platz" (to occupy). Round 21's readers found one 33-word sentence on three cards of a
    deck (damalig, fortan, sich einschreiben). The words with the fewest sentences keep theirs
    first; the deck's order stays."""
    used: set[int] = set()
    examples: set[str] = set()
    shown = dict(enumerate(items))
    for k, item in sorted(shown.items(), key=lambda entry: (len({o.sentence for o in entry[1].occurrences}), entry[0])):
        if item.sentence in used and item.pos != "MWE":
            shown[k] = item = _other_example(item, analysis, used, analysed)
            if item.example in examples and (own := _own_clause(item, analysis)) and own not in examples:
                shown[k] = item = replace(item, example=own)
        used.add(item.sentence)
        examples.add(item.example)
    return list(shown.values())


def _own_clause(item: VocabItem, analysis: Analysis) -> str | None:
    """The main clause of the card's sentence that holds its word, as a sentence of its own,
    where the sentence joins main clauses with a comma ("Seit dem Mittelalter gehörte die Gegend
    zum Königreich Ungarn, sie wurde aber von Deutschen bewohnt und meist auch regiert."): a
    card that shares its sentence with another shows the part that uses its word (round 22's
    readers found one sentence on three cards of Eisenstadt). Only whole clauses, within the
    part of the sentence the card shows (see :func:`_part_span`), cut where a main clause or one
    coordinated with it opens (not "sondern" after "nicht nur", not a clause coordinated inside a
    dass-clause), and never a part that opens with its finite verb ("Um anzuhalten, gibt es
    …"). None where no such part of ``MIN_PART_WORDS`` words holds the word."""
    sentence = analysis.sentences[item.sentence]
    start = next((o.start for o in item.occurrences if o.sentence == item.sentence), None)
    tokens = sentence.tokens
    word = next((k for k, token in enumerate(tokens) if start is not None and token.start <= start < token.end), None)
    if word is None or start is None:
        return None
    offset = start - sentence.start
    own = next(((a, b) for a, b in own_sentences(sentence.text) if a <= offset < b), (0, len(sentence.text)))
    low, high = _part_span(sentence.text[own[0] : own[1]], offset - own[0])
    window = [k for k, token in enumerate(tokens)
              if sentence.start + own[0] + low <= token.start and token.end <= sentence.start + own[0] + high]
    opens = {min(c.tokens) for c in sentence.clauses if c.finite is not None and c.tokens and _standalone(sentence, c)}
    cuts = [k for k in window[1:] if tokens[k].i in opens and k > 1 and tokens[k].text != "sondern" and (
        tokens[k - 1].text in (",", ";") or (tokens[k - 1].tag == "KON" and tokens[k - 1].text != "sondern"
                                             and tokens[k - 2].text in (",", ";")))]
    if not cuts or word not in window:
        return None
    bounds = [window[0], *cuts, window[-1] + 1]
    first, last = next((a, b) for a, b in itertools.pairwise(bounds) if a <= word < b)
    kept = list(range(first, last))
    while kept and (tokens[kept[-1]].text in (",", ";") or tokens[kept[-1]].tag == "KON"):
        kept.pop()  # "…, aber" before the next clause
    indices = {tokens[k].i for k in kept}
    if (_words(tokens, kept) < MIN_PART_WORDS or tokens[kept[0]].tag.endswith("FIN")
            or not any(tokens[k].tag.endswith("FIN") for k in kept)
            or any(indices & set(c.tokens) and not set(c.tokens) <= indices for c in sentence.clauses)):
        return None
    text = "".join(tokens[k].text + (" " if _spaced(sentence, tokens[k]) else "") for k in kept).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text).rstrip(",;: ")
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _standalone(sentence: Sentence, clause: Clause) -> bool:
    """Does the clause stand as a sentence of its own: a main clause of no other, or one
    coordinated with such a clause, in the indicative (not reported speech: "fanden einige
    Politiker, man müsse die Stadtgrenzen erweitern")?"""
    if clause.mood != "indicative":
        return False
    if clause.kind == "main":
        return clause.parent is None
    parent = sentence.clauses[clause.parent] if clause.parent is not None else None
    return clause.kind == "coordinated" and parent is not None and parent.kind == "main" and parent.parent is None


def _other_example(item: VocabItem, analysis: Analysis, used: set[int], analysed: AnalysedGlossary | None = None) -> VocabItem:
    """The card with the first occurrence's sentence not in ``used`` that reads on a card, or
    as it is: a sentence with a finite verb ("Der Virginische Tabak (Nicotiana tabacum) und der
    Bauern-Tabak (Nicotiana rustica)." is a list's item, no example), where the word has the
    card's sense (see :func:`_sense_at`; a sentence where the glossary reads none does not count against it)."""
    for occurrence in item.occurrences:
        sentence = analysis.sentences[occurrence.sentence]
        if occurrence.sentence in used or sentence.is_heading or not any(t.tag.endswith("FIN") for t in sentence.tokens) \
                or slip(sentence):
            continue
        if not sense_fits(item, occurrence, analysis, analysed):
            continue  # the word in another sense there: the card's gloss would not fit the example
        example = _rejoined(analysis, sentence, occurrence.start) or _example(sentence, occurrence.start)
        if len(example.split()) <= LONG_EXAMPLE:
            return replace(item, example=example, sentence=occurrence.sentence)
    return item


def sense_fits(item: VocabItem, occurrence: Occurrence, analysis: Analysis, analysed: AnalysedGlossary | None) -> bool:
    """Does the card's gloss fit the word at ``occurrence``: is the sense the glossary reads
    there the one it reads in the card's own sentence (see :func:`_same_sense`)? An example or
    a cloze gap elsewhere must not show "to occupy" for "Funde belegen, dass …" (to prove).
    True without a glossary, a gloss or for a phrase."""
    own = next((o for o in item.occurrences if o.sentence == item.sentence), None)
    if analysed is None or not item.gloss or item.pos == "MWE" or own is None or own.sentence == occurrence.sentence:
        return True
    return _same_sense(_sense_at(item, own, analysis, analysed), _sense_at(item, occurrence, analysis, analysed))


def _sense_at(item: VocabItem, occurrence: Occurrence, analysis: Analysis, analysed: AnalysedGlossary | None) -> tuple[str, ...]:
    """The English senses the glossary reads for the card's word at ``occurrence`` (as
    :func:`_finish` chooses them); () without a glossary."""
    if analysed is None:
        return ()
    read = _SENSES_READ.setdefault(analysed, {})
    key = (item.lemma, item.pos, occurrence.sentence, occurrence.start)
    if key not in read:  # the cloze asks again for each gap what the deck asked for its examples
        sentence = analysis.sentences[occurrence.sentence]
        token_i = next((t.i for t in sentence.tokens if t.start == occurrence.start), None)
        read[key] = analysed.choice(item.lemma, item.pos, context=sentence.text, sentence=sentence, token_i=token_i).senses
    return read[key]


_SENSES_READ: weakref.WeakKeyDictionary[AnalysedGlossary, dict[tuple[str, str, int, int], tuple[str, ...]]] = weakref.WeakKeyDictionary()


# English words a gloss is built with that tell no sense apart ("to drive out", "sb./sth.").
_GLOSS_FRAME = frozenset(["to", "the", "a", "an", "be", "sb", "sth", "sb's", "one's", "oneself", "of", "for", "with"])


def _same_sense(card: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Do the senses read in another sentence fit the card's gloss: none read there, the card's
    first among them or theirs among the card's, or the first two share a word of meaning ("to
    drive out", "to cast out": the same line of Ding, the construction chose the wording)?
    "to prove" and "to occupy" (belegen) do not."""
    if not card or not other or card[0] in other or other[0] in card:
        return True
    words = [set(re.findall(r"[a-z']+", gloss.lower())) - _GLOSS_FRAME for gloss in (card[0], other[0])]
    return bool(words[0] & words[1])


def _chosen(
    items: list[VocabItem], text: _Text, analysis: Analysis, glossary: Glossary | None,
    analysed: AnalysedGlossary | None, known: frozenset[str], max_words: int, others: Sequence[VocabItem],
) -> tuple[list[VocabItem], list[VocabItem]]:
    """(the candidates with their compounds split, those of them worth a card), best first; the
    word rules see ``others``, items already chosen, as part of the list."""
    items = [item for item in items if not _known(item, known) and _for_learner(item, text, split=False)]
    items.sort(key=lambda item: (-_score(item, text), item.sentence, item.lemma))
    if max_words:  # split compounds (slow) only for the words that may make the list
        items = items[: 3 * max_words]
    split = [_with_parts(item) for item in items]
    items = [replace(item, score=_score(item, text), level=_card_level(item, text))
             for item in split if _for_learner(item, text, split=True)]
    if analysed is not None:  # a card without its meaning is half a card
        items = [_as_adverb(_finish(_adverbial(item, analysis, analysed), analysed, analysis), analysed) for item in items]
        items = [item for item in items if not _half_card(item)]
    items = [_with_construction(item, analysis, glossary) for item in items]
    lemmas = {item.lemma for item in (*items, *others)}
    nouns = {item.lemma.lower(): item.count for item in (*items, *others) if item.pos == "NOUN"}
    return split, [item for item in items if not _transparent(item, text.learner, lemmas, glossary)
                   and not _international(item, text, glossary) and not _specialised(item, text, glossary)
                   and not _near_duplicate(item, nouns) and not _same_meaning(item, (*items, *others))
                   and not (glossary is not None and _spelt_out(item, text, glossary))]


def _heads_of_dropped(
    candidates: list[VocabItem], chosen: list[VocabItem], groups: Mapping[tuple[str, str], list[tuple[Sentence, Token]]],
    analysis: Analysis, glossary: Glossary | None, analysed: AnalysedGlossary | None = None,
) -> list[VocabItem]:
    """The heads of compound nouns that make no card of their own, each a candidate in their
    place: a compound read from its parts, without a meaning in the dictionary or a one-off
    coinage (Generalstreik – general strike, Januaraufstand) still brings a
    word the learner wants, its head (der Streik, der Aufstand: round 14's readers missed
    both). Not a head the text uses on its own (an item of its own) or one a chosen card holds,
    nor one spelt as a common English word (Jazz·pianist: Pianist, read at sight); a compound
    whose head means something else alone is a card itself (see :func:`_one_off_compound`:
    die Bergkette, not "die Kette – chain", which round 15's readers found);
    the card's occurrences and example are the compound's (cloze.py makes no gap of them). Not
    the head of a compound whose meaning names none of the head's (see :func:`_names_head`:
    Volks·zählung – census, whose head "die Zählung – count" round 19's readers found a wrong
    lemma for the text's word); the compound's meaning is the one its sentence gives it, where
    the dictionary marks it for a field (Staub·beutel – anther in a text on flowers, whose head
    "der Beutel – bag" round 20's readers found a wrong lemma). The head's level and meaning
    then decide as for any word."""
    taken = {item.lemma for item in chosen} | {part.lower() for item in chosen for part in item.compound_parts}
    found_by_head: dict[str, list[tuple[Sentence, Token]]] = defaultdict(list)
    for compound in candidates:
        if compound.pos != "NOUN" or len(compound.compound_parts) < 2 or compound.lemma in taken:
            continue
        part = compound.compound_parts[-1]
        head = part[:1].upper() + part[1:]
        if len(head) < MIN_PART or not compound.lemma.lower().endswith(head.lower()) or head in taken \
                or head.lower() in taken or (head, "NOUN") in groups or english_zipf(head.lower()) >= ENGLISH_WORD_ZIPF:
            continue  # the text's own word, a chosen card's, or an English word (Jazzpianist: Pianist)
        if _verb_before_head(compound.lemma, head):
            continue  # Radfahr·streifen: "der Fahrstreifen" is not the text's word
        meaning = _finish(compound, analysed, analysis).gloss if analysed is not None else ()
        if glossary is not None and not _names_head(compound.lemma, head, glossary, meaning):
            continue  # Volkszählung – census: "die Zählung – count" is not what the text says
        found_by_head[head] += groups.get((compound.lemma, "NOUN"), [])
    return [item for head, found in found_by_head.items() if found and (item := _item((head, "NOUN"), found, analysis, glossary))]


VERB_STEM_ZIPF = 2.0  # an infinitive this common is a verb in use (radfahren 3.7)


def _verb_before_head(compound: str, head: str) -> bool:
    """Does the compound split after a verb stem that runs into the head ("Radfahrstreifen" is
    Radfahr·streifen, a strip for cycling, not Rad·fahrstreifen)? The head the split found is then
    a compound of its own (Fahr·streifen) whose first part, joined to the modifier, is a verb's
    stem (radfahren): round 22's readers found "der Fahrstreifen" carded for "Radfahrstreifen",
    a word the text does not have."""
    entry = noun_lexicon().compound_entry(head)
    if entry is None or not entry.head or len(entry.head) >= len(head):
        return False
    stem = compound[: len(compound) - len(entry.head)].lower()
    return zipf_frequency(stem + "en") >= VERB_STEM_ZIPF


def _for_learner(item: VocabItem, text: _Text, split: bool) -> bool:
    """At the learner's level or above; or a compound the learner can read from its parts but
    that is rare as a whole (Massenproduktion, Staatschef): a term worth learning as one word,
    ranked lower (see _score). Before the compounds are ``split``, every noun rare as a whole
    stays. Never a verb, adjective or adverb of which wordfreq knows no form: a foreign word
    (velociped) or a lemma the analysis made up.

    A word a band below the learner's level but past the learner's vocabulary size is not known
    yet when it is a derivation or a separable verb (durchführen): the simple words a
    news-heavy ranking puts there are mostly everyday words of the A1 and A2 lists (Tee, Hafen:
    on the graded sample 43 of 56 such words), carded only when the text repeats them or its
    title or lead names them. So, for a learner at B1, is a verb of the A2 band past the A2
    learner's 1,300 lemmas that the text uses with a prepositional object: what the B1 reader
    learns is its construction (teilnehmen an, sich beteiligen an, hinweisen auf, profitieren
    von; round 24's readers missed "teilnehmen an" and "sich wenden an"). A learner at B2 is
    taken to know the constructions of the B1 verbs (versorgen mit)."""
    learner = text.learner
    if item.pos in ("VERB", "ADJ", "ADV") and item.zipf < 1.0:
        return False
    if level_index(item.level) >= learner:
        return True
    if level_index(item.level) == learner - 1 and item.pos in ("NOUN", "VERB", "ADJ") \
            and not known_at(LEVELS[learner], item.lemma, item.pos, (), item.zipf) \
            and (item.count >= 2 or not _simple(item) or _prominent(item, text)):
        return True  # a band below, but past the learner's vocabulary size: not known yet
    if level_index(item.level) == learner - 1 and item.pos in ("NOUN", "VERB", "ADJ") and item.count >= 2 \
            and not _simple(item) and not known_at(LEVELS[learner - 1], item.lemma, item.pos, (), item.zipf):
        return True  # a repeated derivation past the vocabulary of the band below (durchsetzen)
    if _construction_card(item, text):
        return True  # its construction is the word to learn: teilnehmen an, sich beteiligen an, hinweisen auf
    if item.pos != "NOUN" or level_index(band(item.zipf)) < learner:
        return False
    return bool(item.compound_parts) or not split


def _construction_card(item: VocabItem, text: _Text) -> bool:
    """Is the item an A2 verb a B1 reader gets a card for only for its construction (see
    :func:`_for_learner`: teilnehmen an, sich wenden an, herrschen über)?"""
    return LEVELS[text.learner] == "B1" and item.level == "A2" and item.pos == "VERB" \
        and item.lemma in text.prepositional and not known_at("A2", item.lemma, item.pos, (), item.zipf)


def _card_level(item: VocabItem, text: _Text) -> str:
    """The band the card shows: a verb carded for its construction shows the construction's, B1
    (round 25's readers found "teilnehmen an", "sich wenden an" and "herrschen über" at A2
    too low: the verb alone is A2, what the card teaches is not); else the word's."""
    return "B1" if _construction_card(item, text) else item.level


def _prominent(item: VocabItem, text: _Text) -> bool:
    """The word stands in the title or the lead."""
    forms = {occurrence.form.lower() for occurrence in item.occurrences} | {item.lemma.lower()}
    return bool(forms & text.title) or any(occurrence.sentence == text.lead for occurrence in item.occurrences)


def _introduced(item: VocabItem, text: _Text) -> bool:
    """The word stands in the title, or in the lead of a text of several paragraphs: a word the
    text introduces as its topic. A one-paragraph text names in its first sentence what it
    names in any other (readers of round 10 judged Atom, Experiment, Konferenz and Aktivist,
    named once in the first sentence of one-paragraph texts, not worth a card)."""
    return _in_title(item, text) or (text.paragraphs > 1 and _prominent(item, text))


def _simple(item: VocabItem) -> bool:
    """Neither a derivation (see levels.derived), a present participle used as an adjective
    (überwiegend, zunehmend) nor a verb with a separable particle, unless that particle only
    adds a direction to a verb of the A1 or A2 band (see levels.directional_base): heraus·finden,
    weiter·geben read from their parts as a simple word does (round 19's readers found both
    basic, not worth a card). Not mit, weg, los: mit·teilen means more than its parts."""
    lemma = item.lemma.removeprefix("sich ")
    if item.pos == "VERB" and (base := directional_base(item.lemma)) and len(lemma) - len(base) >= LONG_PARTICLE:
        return level_index(band(lemma_zipf(base))) <= level_index("A2")
    if item.pos == "VERB" and any(lemma.startswith(p) and len(lemma) > len(p) + 3 for p in SEPARABLE_PARTICLES):
        return False
    return not derived(lemma, item.pos)  # a derivation or a present participle (levels.derived)


def _only_in_phrases(item: VocabItem, phrases: list[VocabItem]) -> bool:
    """A verb met only as the verb of a fixed expression ("es handelt sich um", "sich auf den
    Weg machen") is learnt with it: no item of its own; so is the noun of an expression the
    dictionary lists (see :func:`dictionary_phrases`), met only in it: "trat … in Erscheinung"
    makes no card "die Erscheinung – appearance"."""
    if item.pos == "NOUN":
        spans = [o for p in phrases if p.lemma not in PHRASES for o in p.occurrences]
        return bool(spans) and all(any(span.sentence == o.sentence and span.start <= o.start < span.end for span in spans)
                                   for o in item.occurrences)
    if item.pos != "VERB":
        return False
    places = {o.sentence for p in phrases if item.lemma in _phrase_verbs(p.lemma) for o in p.occurrences}
    return all(occurrence.sentence in places for occurrence in item.occurrences)


def _phrase_verbs(phrase: str) -> tuple[str, ...]:
    """The verbs of a fixed expression: those the curated list names, or a dictionary phrase's
    last word ("in Erscheinung treten")."""
    return PHRASES[phrase][1] if phrase in PHRASES else (phrase.split()[-1],)


def _known(item: VocabItem, known: frozenset[str]) -> bool:
    return item.lemma in known or item.display in known or item.lemma.lower() in known


def _with_parts(item: VocabItem) -> VocabItem:
    """A compound's parts; a rare compound is as hard as its hardest part."""
    if item.pos != "NOUN":
        return item
    parts = split_compound(item.lemma)
    if not parts:
        return item
    return replace(item, compound_parts=parts, level=compound_level(item.lemma, item.zipf, parts, item.level))


def _half_card(item: VocabItem) -> bool:
    """A word met once that the dictionary has no meaning for (Süßwarenunternehmen, Hofdienst):
    readers found such cards rarely worth learning, so with a dictionary in use it makes none
    (the list may be shorter). A word the text repeats stays."""
    return not item.gloss and item.pos != "MWE" and item.count < 2


def _transparent(item: VocabItem, learner: int, lemmas: set[str], glossary: Glossary | None = None) -> bool:
    """A word a learner at this level reads at sight, so its card teaches nothing new:
    - an adjective or adverb shared with English (tropisch, informell, unpopulär; see
      :func:`cognate` and :func:`_english_adjective`): a noun's card still teaches its gender and
      plural, an adjective's none;
    - an adjective of compass points (nordöstlich, südsüdwestlich), or of a number and a span of
      time (vierjährig, dreijährig, zweiwöchig: readers judged both of round 9 not worth a card),
      or an ordinal and a superlative (drittgrößt: round 14's readers found it transparent, and
      no citation form either), or a number and "times" (viermal, dreifach; see ``_TIMES``);
    - an adjective of a country, people or faith (see :func:`_of_a_name`) among the lemmas a
      learner at this level knows, and any such adjective for a learner at B1 or above, however
      rare (chinesisch, japanisch, griechisch, kanadisch, neuseeländisch, nordkoreanisch:
      readers judged every one of them trivial, and C1 implausible for the rare ones);
    - an adjective made of a noun the learner knows and a suffix that keeps its meaning,
      rated two bands or more above the learner only for the rarity of the whole (herzförmig,
      regenreich, traditionsreich C1–C2; see :func:`_known_base`); erfolglos (B2) stays;
    - the feminine -in form of a masculine noun on the list, at the learner's level or below,
      or shared with English (Sklavin beside Sklave, Enkelin, Prinzessin, Sekretärin): the
      learner knows the suffix;
    - a -heit noun of a basic word, at or below the learner's level (Kindheit: B1 as a
      derivation, see levels.derived, but read from Kind);
    - for a learner at B1 or above, a noun of a people made from its place (see
      :func:`.levels.people_place`: der Grieche, der Mongole, der Römer, der Ägypter): learnt
      with the country, as the adjective of a name is, when its English meanings are
      capitalised as a people's are (Greek, Roman; not der Hamburger – hamburger): round 20's
      readers judged der Grieche, der Mongole and der Römer not worth a card, and gaps on
      Griechen and Römern no test;
    - a dictionary's phrase of basic words that its English says word for word (see
      :func:`_free_combination`: Haus bauen "to build a house")."""
    lemma = item.lemma.removeprefix("sich ")
    if item.pos == "MWE":
        return glossary is not None and _free_combination(item, glossary)
    if item.pos in ("ADJ", "ADV"):
        return bool(_COMPASS.match(lemma) or _SPAN.match(lemma) or _TIMES.match(lemma) or _RANKED.match(lemma) or _english_adjective(lemma, item.gloss, glossary)
                    or (_of_a_name(item) and (learner >= LEVELS.index("B1")
                                              or known_at(LEVELS[learner], lemma, item.pos)))
                    or (level_index(item.level) > learner + 1 and _known_base(lemma, item.pos, learner)))
    if item.pos != "NOUN":
        return False
    if learner >= LEVELS.index("B1") and people_place(lemma) and all(gloss[:1].isupper() for gloss in item.gloss):
        return True  # English capitalises a people (Greek, Roman): not der Hamburger, a hamburger
    if item.article == "die" and lemma.endswith("in"):
        return any(base in lemmas or level_index(band(lemma_zipf(base))) <= learner or cognate(base, item.gloss)
                   for base in derivation_bases(lemma))
    if lemma.endswith("heit") and level_index(item.level) <= learner:
        return level_index(band(lemma_zipf(lemma[: -len("heit")]))) < learner
    return False


def _free_combination(item: VocabItem, glossary: Glossary) -> bool:
    """Is the phrase a free combination of basic words: its noun and its verb each of the A1
    band, and its first English sense made of one of each word's own meanings, the verb's
    first ("Haus bauen – to build a house")? Round 19's readers found it no phrase to learn, two A1 words. An idiom's English
    is not its words' ("in Kraft treten – to come into force"), nor are the words of a
    collocation worth learning basic (Einfluss ausüben, eine Rolle spielen: A2 nouns)."""
    words = item.lemma.split()
    nouns = [word for word in words if word[:1].isupper()]
    if len(nouns) != 1 or not item.gloss or any(band(lemma_zipf(word)) != "A1" for word in (nouns[0], words[-1])):
        return False
    english = re.findall(r"[a-z]+", item.gloss[0].lower())
    verb = {_head_word(sense.english).lower() for sense in glossary.candidates(words[-1], "VERB")}
    noun = {_head_word(sense.english).lower() for sense in glossary.candidates(nouns[0], "NOUN")}
    return _head_word(item.gloss[0]).lower() in verb and bool(noun & set(english))


def _english_adjective(adjective: str, gloss: tuple[str, ...], glossary: Glossary | None) -> bool:
    """Is the adjective shared with English (see :func:`cognate`) in any of its senses, not only
    the one chosen for the text, or, as the participle of an -ieren verb, is that verb? The
    reader sees the English word whichever sense the text means: minimal ("minimum" chosen,
    "minimal" among its senses), isoliert (isolieren – to isolate; "insulated" chosen), which
    readers judged not worth a card. A false friend has no English twin among its senses
    (aktuell: current, topical; sensibel: sensitive) and keeps its card."""
    if gloss and cognate(adjective, gloss):
        return True
    if glossary is None:
        return False
    if cognate(adjective, tuple(sense.english for sense in glossary.candidates(adjective, "ADJ") if not sense.bound)):
        return True  # a sense bound to a noun is no reading of its own (aktuell: "actual" only of a Zählerstand)
    verb = adjective[: -len("iert")] + "ieren" if adjective.endswith("iert") else ""
    return bool(verb) and cognate(verb, tuple(sense.english for sense in glossary.candidates(verb, "VERB")))


def _specialised(item: VocabItem, text: _Text, glossary: Glossary | None = None) -> bool:
    """A C2 word, three bands or more above the learner (A1 to B1), met once and not in the
    title or lead: a specialised or rare term (usurpieren, Dezimierung, Windscherung, Einheirat)
    that the text does not make a word of its topic. Readers judged 11 of 12 such cards not
    worth a B1 reader's learning; the one they kept was the title's Teekanne. A B2 word stays
    for an A1 learner who asks for every word."""
    c2 = len(LEVELS) - 1
    if level_index(item.level) == c2 and text.learner + 3 <= c2 and item.count < 2 and not _prominent(item, text):
        return True
    return _rare_noun(item, text) or _one_off_compound(item, text, glossary)


def _one_off_compound(item: VocabItem, text: _Text, glossary: Glossary | None = None) -> bool:
    """A compound noun rarer as a whole than the 30,000 lemmas where C1 ends (its own band C2)
    but rated lower from its parts (see levels.compound_level), met in one sentence, not in the
    title nor in the lead of a text of several paragraphs, none of whose parts the text uses
    elsewhere: a coinage of this text that its parts explain (Hafenbetrieb,
    Kassettenspieler, Überraschungsangriff, Familiengrab). Readers of rounds 8 to 10 judged 17 of
    20 such cards not worth a B1 reader's learning. A compound of the text's topic shares a
    part with its other nouns and stays (Munitionsfabrik, Raketentest and Waffengeschäft in an
    article on rockets and weapons, which issue 13 wants on the list); so does one at A1 and
    A2, where the learner asks for every word, and one whose head, a word at or above the
    learner's level, takes another sense in it than alone (see :func:`_head_in_another_sense`:
    Bergkette – mountain range, Kette – chain): dropped, it would bring that head as its card
    with the wrong meaning (see :func:`_heads_of_dropped`; round 15's readers found "die Kette – chain"
    and wanted die Bergkette). A compound of a head the learner knows (Mineral·quelle, Quelle
    A2) is read from its parts whatever sense the dictionary gives first."""
    if item.pos != "NOUN" or len(item.compound_parts) < 2 or text.learner < LEVELS.index("B1") \
            or band(item.zipf) != LEVELS[-1] or _sentences(item) >= 2 or _introduced(item, text):
        return False
    head = _compound_head(item.lemma, item.compound_parts)
    if level_index(band(lemma_zipf(head))) >= text.learner and _head_in_another_sense(item.lemma, item.compound_parts, item.gloss, glossary):
        return False
    lemma = item.lemma.lower()
    stems = {_stem(part) for part in item.compound_parts if len(_stem(part)) >= MIN_PART}
    return not any(stem in noun for stem in stems for noun in text.nouns if noun != lemma)


def _head_in_another_sense(compound: str, parts: tuple[str, ...], meaning: tuple[str, ...], glossary: Glossary | None) -> bool:
    """Does the compound's head take in it another of its senses than those the dictionary
    gives it without a context (its common ones): none of the head's common English words
    stands in the compound's ``meaning``, and a word of one of its other senses does?
    Berg·kette – mountain range: Kette is "chain" alone, "range" only in the dictionary's
    geology sense, so a card "die Kette – chain" would teach the wrong word. Not where the
    head keeps its common sense (Januar·aufstand – January uprising, Hallen·decke – hall
    ceiling), nor where the compound's English names none of the head's senses (Draht·esel –
    bike, Wasser·uhr – water meter): nothing tells what the head means there."""
    if glossary is None or not meaning or not parts:
        return False
    head = _compound_head(compound, parts)
    if not compound.lower().endswith(head.lower()):
        return False
    whole = " ".join(meaning).lower()
    common = {word for sense in glossary.senses(head, "NOUN") for word in re.findall(r"[a-z]{3,}", sense.lower())}
    if not common or any(word in whole for word in common - _ENGLISH_FUNCTION_WORDS):
        return False
    other = {word for sense in glossary.candidates(head, "NOUN") for word in re.findall(r"[a-z]{3,}", sense.english.lower())}
    return bool(set(re.findall(r"[a-z]{3,}", whole)) & (other - common - _ENGLISH_FUNCTION_WORDS))


def _names_head(compound: str, head: str, glossary: Glossary, meaning: tuple[str, ...] = ()) -> bool:
    """Does the compound's English, as the dictionary gives it without a context, contain one of
    the head's common English words (General·streik – general strike: strike)? A compound the
    dictionary gives no meaning names it for all we know (Januar·aufstand); one whose meaning
    is a word of its own (Volks·zählung – census, Zählung – count) does not: its head alone is
    another word than the text's. ``meaning``: the compound's senses in its sentence, if known."""
    english = " ".join(meaning or glossary.senses(compound, "NOUN")).lower()
    words = {word for sense in glossary.senses(head, "NOUN") for word in re.findall(r"[a-z]{3,}", sense.lower())}
    words -= _ENGLISH_FUNCTION_WORDS
    return not english or not words or any(word in english for word in words)


def _compound_head(compound: str, parts: tuple[str, ...]) -> str:
    """The noun a compound ends in, as the noun lexicon finds it (the longest: Werk·feuerwehr –
    Feuerwehr, not Wehr, the weir), else its last part."""
    entry = noun_lexicon().compound_entry(compound)
    if entry is not None and entry.head and len(entry.head) < len(compound):
        return entry.head
    return parts[-1][:1].upper() + parts[-1][1:] if parts else ""


def _spelt_out(item: VocabItem, text: _Text, glossary) -> bool:
    """A compound noun met once, not in the title nor a real lead (see :func:`_introduced`),
    whose English meaning spells out its parts, each among the words a learner at this level
    knows (:func:`.levels.known_at`: the B1 learner's 2,400 lemmas): one of each part's meanings
    stands in it (Partei·mitglied – party member, Jugend·zentrum – youth centre,
    Energie·quelle – energy source, Anwendungs·gebiet – area of application), or a simple word
    of a band below (:func:`_simple_below`: Schnee·sturm – snowstorm). The reader
    understands it from its parts at sight; readers of rounds 8 to 10 judged 6 of 7 such cards
    not worth a B1 reader's learning (the one kept: Liebesbeziehung). A compound whose meaning is more than its parts keeps its card
    (Todes·fall – death, Raum·fahrt – space travel, Benutzer·oberfläche – user interface), as
    does one with a part the learner does not know yet (Gipfel·treffen, which issue 13 wants on
    the list; Stadt·mauer), one the text repeats (Kriegs·vorbereitung), and one common as a
    whole, within the B1 band by its own frequency: a word met as such (Ziel·gruppe – target
    group, Studien·gang; see levels.COMMON_COMPOUND).

    A compound rated below the learner's level from its parts (see levels.compound_level) is
    their sum however often the text uses it and however common it is, when its meaning spells
    out parts each at or below the learner's band, HanTa's parts or the lexicon's (see
    :func:`.compounds.head_split`): Welt·meisterschaft – world championship, National·mannschaft
    – national team, Viertel·finale – quarter final, Nord·osten – northeast, Kurz·geschichte –
    short story, which round 15's readers judged not worth a card (two of them repeated). The
    lexicon's split serves a compound met once too, where HanTa leaves a modifier in lower case
    whole (National·held – national hero: round 22's readers judged it not worth a card)."""
    if item.pos != "NOUN" or not item.gloss or text.learner < LEVELS.index("B1") or _introduced(item, text):
        return False
    below = level_index(item.level) < text.learner
    if not below and (item.count >= 2 or level_index(band(item.zipf)) <= LEVELS.index(COMMON_COMPOUND)):
        return False
    parts = item.compound_parts or head_split(item.lemma)
    if len(parts) < 2 or _irregular_plural(item, parts[-1]):
        return False
    meaning = " ".join(item.gloss).lower()
    for k, part in enumerate(parts):
        known = level_index(band(lemma_zipf(part))) <= text.learner if below else (
            known_at(LEVELS[text.learner], part, "NOUN") or _simple_below(part, text.learner))
        if not known or not _spells(part, meaning, glossary, head=k == len(parts) - 1):
            return False
    return True


def _irregular_plural(item: VocabItem, head: str) -> bool:
    """Does the compound's plural not end in its head's (der Geschäftsmann – die Geschäftsleute,
    not -männer)? Then the card teaches what the parts do not, and the compound keeps it however
    plain its meaning (session 25: Geschäftsmann, met twice in Oskar Schindler, had lost its card)."""
    entry = noun_lexicon().lookup(head, compound_fallback=False)
    plural = item.plural.split()[-1].lower() if item.plural else ""
    return bool(plural and entry and entry.plural not in ("", "-") and not plural.endswith(entry.plural.lower()))


def _simple_below(part: str, learner: int) -> bool:
    """Is the compound's part a simple word (no derivation) of a band below the learner's? Past
    the learner's vocabulary size such words are mostly the everyday words of the A1 and A2 lists
    that news ranks late (see :func:`_for_learner`): Schnee and Sturm, which made "der
    Schneesturm – snowstorm" a card round 21's readers found not worth learning."""
    return not derived(part, "NOUN") and level_index(band(lemma_zipf(part))) < learner


SPELLING_SENSES = 3  # the head's first dictionary entries that count as its meanings, besides its common sense


def _spells(part: str, meaning: str, glossary, head: bool = True) -> bool:
    """Does one of the part's English words stand in the compound's ``meaning``? The part's
    words: its common senses, as a noun, or as an adjective when it is written in lower case
    (national); for the head also the words of its first ``SPELLING_SENSES`` dictionary
    entries, which hold a noun's other everyday senses (Verein – club, Sprache – tongue,
    Stadt – town), for a modifier those of all its entries: the head decides what the compound
    is, and the modifier's sense is the one that fits it (Preis – prize in Preis·geld – prize
    money, Handel – commercial in Handels·stadt – commercial town). Round 24's readers judged
    Preisgeld, Fußballverein – football club and Muttersprache – mother tongue not worth a B1
    reader's card; the common sense alone (price, association, language) missed them. A rare
    sense of the head (Kette – range in Berg·kette, Spiegel – level in Meeres·spiegel) does not
    count: the learner who knows the head does not read the compound from it."""
    pos, word = ("ADJ", part) if part.islower() else ("NOUN", part[:1].upper() + part[1:])
    entries = [sense.english for sense in glossary.candidates(word, pos)]
    senses = [*glossary.senses(word, pos), *(entries[:SPELLING_SENSES] if head else entries)]
    words = {word for sense in senses for word in re.findall(r"[a-z]{3,}", sense.lower())} - _ENGLISH_FUNCTION_WORDS
    return any(word in meaning for word in words)


def _stem(noun: str) -> str:
    """Rakete → raket: a noun as it stands inside compounds (Raketentest, Schulterrakete)."""
    return noun.lower().removesuffix("en").removesuffix("e")


def _rare_noun(item: VocabItem, text: _Text) -> bool:
    """A noun two bands or more above a learner at B1 or above (C1, C2) that the text uses once,
    not in its title nor in the lead of a text of several paragraphs: a term the learner meets
    here once and seldom again (Vorherrschaft, Archipel, Fürstentum, Abschaltung, Helium,
    Kurator). On twenty judged decks of unseen one-paragraph texts (rounds 7 and 8) readers
    judged 17 of 23 such cards not worth a B1 reader's learning, also where the word stood in
    the paragraph's first sentence; a noun the text repeats, its title names or a real lead
    introduces is a word of its topic (Hurrikan, Kronprinz, Teekanne) and stays. A learner at A1
    or A2, who asks for every word of the text, keeps it too."""
    level = level_index(item.level)
    if item.pos != "NOUN" or text.learner < LEVELS.index("B1") or level < text.learner + 2 or item.count >= 2:
        return False
    return not _introduced(item, text)


def _in_title(item: VocabItem, text: _Text) -> bool:
    forms = {occurrence.form.lower() for occurrence in item.occurrences} | {item.lemma.lower()}
    return bool(forms & text.title)


def _near_duplicate(item: VocabItem, nouns: dict[str, int]) -> bool:
    """A compound noun that repeats cards of the list (``nouns``: lemma in lower case → count):
    each of its parts is a card of its own, the head met at least as often as the compound
    (Organtransplantation beside Organ and Transplantation), or a shorter compound of the list
    has its head and begins like it (Valentinstagskarte beside Valentinskarte). Its meaning is
    the sum of words the learner is given anyway; readers judged such cards not worth learning."""
    if item.pos != "NOUN":
        return False
    lemma = item.lemma.lower()
    for head, count in nouns.items():
        if head != lemma and len(head) >= MIN_PART and lemma.endswith(head) and len(lemma) - len(head) >= 3 \
                and count >= item.count:
            modifier = lemma[: -len(head)]
            if any(part in nouns for part in (modifier, modifier[:-1], modifier[:-2], modifier + "e")):
                return True
    if len(item.compound_parts) < 2:
        return False
    head = item.compound_parts[-1].lower()
    return len(lemma) - len(head) >= 5 and any(
        other != lemma and len(other) < len(lemma) and other.endswith(head) and other[:5] == lemma[:5]
        for other in nouns
    )


def _same_meaning(item: VocabItem, items: Sequence[VocabItem]) -> bool:
    """Is the noun a compound whose first part and first English meaning another compound of the
    list shares, met more often or more common? Two words for one thing that differ in the head
    only (Flucht·route beside Flucht·weg, both "escape route", which round 19's readers found a
    near duplicate; Staub·gefäß beside Staub·blatt, both "stamen") make one card, the likelier
    one's. Words that are no compounds stay, synonyms or not (die Scheuer beside die Scheune, a
    word of its own of a text on barns), and so do nouns of one meaning spelt apart (Gefecht,
    Kampf)."""
    if item.pos != "NOUN" or not item.gloss or len(item.compound_parts) < 2:
        return False
    return any(
        other.pos == "NOUN" and other.lemma != item.lemma and other.gloss[:1] == item.gloss[:1]
        and len(other.compound_parts) >= 2 and other.compound_parts[0].lower() == item.compound_parts[0].lower()
        and (other.count, other.zipf, item.lemma) > (item.count, item.zipf, other.lemma)
        for other in items
    )


def _international(item: VocabItem, text: _Text, glossary: Glossary | None = None) -> bool:
    """A noun spelt as one of its English meanings (Tourist, Statue, Ghetto, Vitamin), met in one
    sentence and not in the title or lead, for a learner at B1 or above: the reader understands
    it at sight and readers judged such cards not worth learning (Ghetto, twice in one sentence);
    repeated in other sentences it is a word of the topic (Badminton) and keeps its card for
    its gender and plural. At A1 and A2, asked for the basic
    words, the card stays (die Region).

    So does a noun or verb met once that is shared with English (see :func:`cognate`), at any
    level: read at sight (Kolonist – colonist, Atheismus, Relevanz, Kristall, Exil, kreieren,
    stationieren). Readers judged 7 of 8 such cards of C1 or above not worth learning, and in
    round 9 15 of the 17 of B2 and below (the two kept: Asche, and Mandat, a false friend);
    one the text repeats is a word of its topic (Nikotin, Pedal). Readers disagree there:
    those of rounds 8 to 10 judged every repeated cognate not worth a card (Proton, Neutron,
    Nukleon, Hadron, Basilika, Browser), earlier ones kept Dynastie, Kampagne and Hurrikan,
    and the dev articles' topic nouns include Nikotin, Pedal, Nektar and Steppe; a rule on
    repeated cognates cost 4 points of the Klexikon topic recall. A word in the first sentence
    of a one-paragraph text is met once like any other (see :func:`_introduced`: Atom,
    Experiment, Konferenz, Aktivist in round 10).

    So is a noun met just once whose every English meaning is written with capitals, as English
    writes peoples, faiths and institutions (Europäer – European, Christentum – Christianity,
    Nationalversammlung – National Assembly): the name of a thing the reader knows, judged not
    worth a card as the adjectives of names are (see :func:`_of_a_name`).

    A learned loan shared with English (see :func:`_learned_loan`: Hinduismus, Pharmakologie,
    nominieren) is read at sight however often the text repeats it: round 15's readers judged
    Hinduismus and Pharmakologie (each in two sentences) and nominieren not worth a card."""
    if item.pos not in ("NOUN", "VERB") or text.learner < LEVELS.index("B1") or _introduced(item, text):
        return False
    if _sentences(item) >= 2:
        return _learned_loan(item, glossary)
    if cognate(item.lemma, item.gloss) or (item.pos == "NOUN" and english_twin(item.lemma)) \
            or _learned_loan(item, glossary):
        return True  # read at sight: Kolonist – colonist, Relevanz – relevance, kreieren – to create
    if item.pos != "NOUN":
        return False
    if item.count < 2 and item.gloss and all(
        word[:1].isupper() and word.isalpha() for gloss in item.gloss for word in gloss.split()
    ):
        return True  # a people, a faith, an institution: European, Christianity, National Assembly
    lemma = item.lemma.lower()
    return any(re.sub(r"^(?:to|the|a|an) ", "", gloss.lower().strip()) == lemma for gloss in item.gloss)


def _learned_loan(item: VocabItem, glossary: Glossary | None) -> bool:
    """Is the word a loan of the international learned vocabulary (a noun in -ismus or -logie, a
    verb in -ieren: see ``_LEARNED_LOANS``) that English shares in any of its senses (see
    :func:`cognate`), not only the one chosen for the text, by the sense's first word (to
    nominate for: nominate)? Such words are the same across European languages: Hinduismus –
    Hinduism, Pharmakologie – pharmacology, publizieren – to publish (chosen: "to issue"). A
    false friend has no English twin among its senses (blamieren: to embarrass) and keeps its
    card."""
    lemma = item.lemma.removeprefix("sich ")
    endings = _LEARNED_LOANS.get(item.pos, ())
    if not lemma.lower().endswith(endings) or len(lemma) < 8:
        return False
    senses = item.gloss + tuple(sense.english for sense in glossary.candidates(lemma, item.pos)) if glossary else item.gloss
    return cognate(lemma, tuple(_head_word(sense) for sense in senses))


def _head_word(sense: str) -> str:
    """The first word of an English sense without its particle or article: "to nominate for" →
    nominate, "the sovereignty of sth." → sovereignty."""
    words = re.sub(r"^(?:to|the|a|an) ", "", sense.strip()).split()
    return words[0] if words else ""


def _sentences(item: VocabItem) -> int:
    """In how many sentences the word stands: a word repeated within one sentence ("Ghettos …
    im Ghetto") is met once for the learner."""
    return len({occurrence.sentence for occurrence in item.occurrences})


def _of_a_name(item: VocabItem) -> bool:
    """Is the adjective made from a proper name: every English meaning capitalised (japanisch –
    Japanese, römisch – Roman, katholisch – Catholic)? English writes such adjectives with a
    capital, German not. Without a meaning, an -isch adjective of a place the lexicon names
    (see :func:`place_adjective`: neuseeländisch, nordkoreanisch)."""
    if item.pos != "ADJ":
        return False
    if not item.gloss:
        return bool(place_adjective(item.lemma))
    return all(gloss[:1].isupper() for gloss in item.gloss)


def place_adjective(adjective: str) -> str:
    """The place an -isch adjective is made from, as the lexicon names it (kanadisch → Kanada,
    neuseeländisch → Neuseeland, nordkoreanisch → Nordkorea, griechisch → Griechenland), or
    "": the stem with its umlaut undone and one of the endings place names add to it. Only
    for a word of eight letters or more; a chance match (allergisch → Aller) is why a word
    with an English meaning is judged by that meaning instead (see :func:`_of_a_name`)."""
    if not adjective.endswith("isch") or len(adjective) < 8:
        return ""
    names = noun_lexicon().names()
    stem = adjective[: -len("isch")]
    for base in dict.fromkeys((stem, without_umlaut(stem))):
        for candidate in (base, base + "a", base + "en", base + "ien", base + "land", base + "enland", base[:-1]):
            name = candidate[:1].upper() + candidate[1:]
            if len(candidate) >= 4 and names.get(name) == "Toponym":
                return name
    return ""


def _known_base(lemma: str, pos: str, learner: int) -> bool:
    """An adjective made of a noun at or below the learner's level and a suffix that adds a
    fixed meaning (Herz + förmig 'heart-shaped', Regen + reich, Erfolg + los, Wartung + s +
    frei), or an adverb of a known adjective and -erweise (überraschenderweise): read at sight
    (readers judged herzförmig not worth a card)."""
    word = lemma.lower()
    if pos == "ADV":
        base = word.removesuffix("erweise")
        return base != word and len(base) >= 4 and level_index(band(lemma_zipf(base))) <= learner
    suffix = next((end for end in _TRANSPARENT_SUFFIXES if word.endswith(end)), "")
    stem = word[: len(word) - len(suffix)]
    if not suffix or len(stem) < 3:
        return False
    candidates = {stem, stem + "e"} | {stem[: -len(link)] for link in ("s", "es", "n", "en") if stem.endswith(link)}
    lexicon = noun_lexicon()
    return any(
        len(base) >= 3 and lexicon.lookup(base[:1].upper() + base[1:], compound_fallback=False) is not None
        and level_index(band(lemma_zipf(base))) <= learner
        for base in candidates
    )


def cognate(lemma: str, glosses: tuple[str, ...]) -> bool:
    """Is the word one English shares — one of its meanings nearly the same string once the
    regular correspondences of endings (-ie/-y, -isch/-ic(al), -tät/-ty, -ell/-al, -är/-ary)
    and spellings (k/c, z/c, ph/f, sch/sh) are undone? Analogie – analogy, Kompromiss –
    compromise, tropisch – tropical. A learner who reads English understands it at sight. A
    meaning in the English plural counts too: die Ruine – ruins (round 19's readers judged it
    read at sight)."""
    word = lemma.lower().removeprefix("sich ")
    forms = {word} | {word[: len(word) - len(end)] + english for end, endings in _COGNATE_ENDINGS
                      if word.endswith(end) and len(word) >= len(end) + 2 for english in endings}
    folded = {_fold_spelling(form) for form in forms}
    for gloss in glosses:
        meaning = _fold_spelling(re.sub(r"^(?:(?:to|the|a|an) )?(?:be )?", "", gloss.lower().strip()))
        if len(meaning) < 3:
            continue
        for form in folded:
            if form in (meaning, meaning.removesuffix("s")) or (min(len(form), len(meaning)) >= 5
                                   and SequenceMatcher(None, form, meaning).ratio() >= COGNATE_SIMILARITY):
                return True
    return False


def english_twin(noun: str) -> bool:
    """Is the noun, its learned suffix turned into the English one (``_LEARNED_ENDINGS``), a
    common English word: Tendenz → tendency, Relevanz → relevance, Existenz → existence? Such a
    noun is read at sight whatever meaning the dictionary gives first (Tendenz: "trend"; readers
    judged Tendenz not worth a card). Only these suffixes: a bare word that is also English is
    often a false friend (Gift, Mandat)."""
    word = noun.lower()
    return any(
        english_zipf(word[: -len(end)] + english) >= ENGLISH_WORD_ZIPF
        for end, endings in _COGNATE_ENDINGS
        if end in _LEARNED_ENDINGS and word.endswith(end) and len(word) > len(end) + 2
        for english in endings
    )


def _fold_spelling(word: str) -> str:
    word = re.sub(r"[^a-zäöüß]", "", word)
    for spelling, folded in _COGNATE_SPELLING:
        word = word.replace(spelling, folded)
    return re.sub(r"(.)\1", r"\1", word).rstrip("e")


def _finish(item: VocabItem, glossary, analysis: Analysis) -> VocabItem:
    """The English senses that fit the example sentence: its analysis tells the construction
    (abhängen von), whether there is an object and whether it is a person."""
    if item.pos == "MWE":
        # the phrase's own meaning (phrases.MEANINGS), or the dictionary's entry for it (dictionary_phrases)
        return replace(item, gloss=glossary.senses(item.lemma, item.pos) or item.gloss)
    sentence = analysis.sentences[item.sentence]
    start = next((o.start for o in item.occurrences if o.sentence == item.sentence), None)
    token_i = next((t.i for t in sentence.tokens if t.start == start), None)
    choice = glossary.choice(item.lemma, item.pos, context=item.example, sentence=sentence, token_i=token_i)
    return replace(item, gloss=choice.senses, gloss_doubtful=choice.doubtful)


# Verbs whose clause makes an adjective predicative (ist/wird/bleibt klar): elsewhere an
# adjective without an ending (STTS ADJD) modifies the verb, as an adverb.
_LINKING_VERBS = frozenset(["sein", "werden", "bleiben", "wirken", "scheinen", "erscheinen"])


def _adverbial(item: VocabItem, analysis: Analysis, glossary: AnalysedGlossary) -> VocabItem:
    """An adjective the text uses only as an adverb, modifying the verb of a clause that is no
    copula's, is carded as the adverb, with the dictionary's adverb senses: "Diese Vielfalt
    entsteht hauptsächlich durch …" is hauptsächlich 'mainly', "begannen … umgehend mit …"
    umgehend 'promptly' (round 21's readers found both labelled ADJ, and zwischenzeitlich
    glossed "intermittent" for "Zwischenzeitlich studierte sie …"). An adjective used before a
    noun or after sein anywhere in the text stays one."""
    if item.pos != "ADJ" or not item.occurrences or not glossary.senses(item.lemma, "ADV"):
        return item
    for occurrence in item.occurrences:
        sentence = analysis.sentences[occurrence.sentence]
        token = next((t for t in sentence.tokens if t.start == occurrence.start), None)
        clause = next((c for c in sentence.clauses if token is not None and token.i in c.tokens), None)
        if token is None or token.tag != "ADJD" or clause is None or not clause.lemma or clause.lemma in _LINKING_VERBS:
            return item
        if _paired_with_adjective(sentence, token):
            return item
    return replace(item, pos="ADV")


def _paired_with_adjective(sentence: Sentence, token: Token) -> bool:
    """Is the word joined by und/oder to another adjective without ending ("starb er einsam und
    arm")? Such a pair mostly says what state the subject was in, not how it acted, and either
    way German grammars call both adjectives: round 22's readers found einsam carded as ADV."""
    tokens = sentence.tokens
    k = next(n for n, t in enumerate(tokens) if t.i == token.i)
    for conjunction, partner in ((k + 1, k + 2), (k - 1, k - 2)):
        if not (0 <= partner < len(tokens)) or tokens[conjunction].text not in ("und", "oder"):
            continue
        if tokens[partner].tag == "ADJD":
            return True
    return False


def _as_adverb(item: VocabItem, glossary: AnalysedGlossary) -> VocabItem:
    """An adjective the dictionary knows only as an adverb is carded as one: "…, unterlässt es
    aber schlussendlich" is the adverb schlussendlich 'ultimately' (Ding: {adv}), which round
    20's readers found labelled ADJ. An adjective that is also an adverb (völlig, erneut) stays."""
    if item.pos != "ADJ" or glossary.senses(item.lemma, "ADJ") or not glossary.senses(item.lemma, "ADV"):
        return item
    return replace(item, pos="ADV")


# The case a preposition governs in a verb's prepositional object: one case always (von, für,
# wegen), or, of the two-way prepositions, one case in every prepositional object (über etw.
# verfügen, sich über etw. freuen: Akk.; Angst vor, leiden unter: Dat.). The others (an, auf,
# in) take the case the sentence shows: an etw. denken (Akk.), an etw. leiden (Dat.).
_OBJECT_CASE = {
    **dict.fromkeys(("von", "mit", "zu", "aus", "bei", "nach", "seit", "gegenüber", "vor", "unter"), "Dat."),
    **dict.fromkeys(("für", "um", "durch", "gegen", "ohne", "über"), "Akk."),
    **dict.fromkeys(("wegen", "während", "trotz", "statt"), "Gen."),
}
_CASE_NAMES = {"Acc": "Akk.", "Dat": "Dat."}


def _with_construction(item: VocabItem, analysis: Analysis, glossary: Glossary | None) -> VocabItem:
    """A verb's item with its construction (see :func:`construction`), "" for other words."""
    if item.pos != "VERB":
        return item
    return replace(item, construction=construction(item, analysis.sentences[item.sentence], glossary))


def construction(item: VocabItem, sentence: Sentence, glossary: Glossary | None) -> str:
    """The construction a learner learns with the verb, read from its clause in the example
    sentence: the preposition and case of its prepositional object ("Alles hängt vom Wetter
    ab" → "von + Dat.", "verfügt über große Erfahrung" → "über + Akk.", "leidet an einer
    Krankheit" → "an + Dat."), and "sich" where the clause is reflexive and the item does not
    show it ("Ich interessiere mich für Kunst" → "sich für + Akk.").

    Only the verb's own construction: a prepositional object the analysis is sure of (its
    valency list makes one), which the dictionary, where one is in use, gives the verb without
    brackets ("von etw. abhängen", "über etw. verfügen", "an etw. leiden"; "sich" likewise only
    where it gives a reflexive sense); or a prepositional phrase the analysis left a plain
    adverbial (of no kind it knows) where the meaning shown is the dictionary's sense with that
    preposition ("mündet in den Rhein" → to run into: "in etw. münden"; "bewahrte sie vor der
    Ermordung" → to spare from): 16 of the 23 constructions on the 40 dev articles. A place, time or manner ("wohnt in Berlin", "fährt mit dem Auto") is none. The
    case is the preposition's (see ``_OBJECT_CASE``), else the phrase's as its first words
    show it (see :func:`_phrase_case`: "an einer Krankheit", "am Verlauf": Dat.), else as the
    analysis read it; none where nothing tells."""
    start = next((o.start for o in item.occurrences if o.sentence == sentence.index), None)
    token_i = next((t.i for t in sentence.tokens if t.start == start), None)
    clause = next((c for c in sentence.clauses if token_i is not None and token_i in c.verbs), None)
    if clause is None:
        return ""
    senses = glossary.candidates(item.lemma.removeprefix("sich "), "VERB") if glossary is not None else []
    valencies = [_valency(sense.preposition) for sense in senses]
    chosen = {_valency(sense.preposition)[1] for sense in senses if item.gloss and sense.english == item.gloss[0]}
    found = next((c for c in clause.constituents if c.sure and c.preposition and (
        c.role == "object_prep" and (glossary is None or any(c.preposition in choices for _, choices in valencies))
        or c.role == "adverbial" and any(c.preposition in choices for choices in chosen))), None)
    parts: list[str] = []
    preposition = found.preposition if found is not None else _correlate(clause, valencies)
    if found is not None:
        case = _OBJECT_CASE.get(found.preposition) or _phrase_case(sentence, found) or _CASE_NAMES.get(found.case, "")
        parts.append(f"{found.preposition} + {case}" if case else found.preposition)
    elif preposition:
        case = _OBJECT_CASE.get(preposition, "")
        parts.append(f"{preposition} + {case}" if case else preposition)
    elif _dative_verb(sentence, clause, senses):
        parts.append("+ Dat.")
    reflexive = clause.reflexive is not None and not item.reflexive and not item.lemma.startswith("sich ")
    if reflexive and any(sich and (not preposition or preposition in choices) for sich, choices in valencies):
        parts.insert(0, "sich")
    return " ".join(parts)


def _correlate(clause: Clause, valencies: list[tuple[bool, frozenset[str]]]) -> str:
    """The preposition of a pronominal adverb that announces the clause's dass-clause or
    zu-infinitive ("konnte die Polizisten dazu überreden, ihn freizulassen": zu; "achtete
    darauf, dass …": auf), where the dictionary gives the verb that preposition: the
    prepositional object stands there as a clause, and the learner learns "jdn. zu etw.
    überreden" (round 24's readers asked for it). "" where there is none."""
    if not any(c.role == "complement" for c in clause.constituents):
        return ""
    prepositions = {choice for _, choices in valencies for choice in choices}
    for constituent in clause.constituents:
        word = constituent.text.lower()
        stem = word.removeprefix("dar") if word.startswith("dar") and word[3:4] in "aeiouäöü" else word.removeprefix("da")
        if constituent.end - constituent.start == 1 and word.startswith("da") and stem in prepositions:
            return stem
    return ""


def _dative_verb(sentence: Sentence, clause: Clause, senses: Sequence) -> bool:
    """Does the verb govern the dative, as a learner must learn it: its clause has a dative
    object the analysis is sure of and whose words show the case (see :func:`_shows_dative`),
    no accusative object (a dative beside one is the recipient any giving verb takes: "gab
    ihm das Buch"), no passive (whose subject is the accusative), and the dictionary gives it no sense
    with a preposition of its own nor a reflexive one? "Sie entstammt einer Familie …" is
    "entstammen + Dat.", "begegnete ihm" "begegnen + Dat.": round 21's readers missed "einer
    Sache entstammen" and "jdm. begegnen" on the cards. In a reflexive clause the dative must be
    a phrase of its own, not the pronoun ("sah sich den Film an"), and then the dictionary's
    reflexive senses are the verb's: "unterstellte sich dem benachbarten Russland" is "sich
    unterstellen + Dat." (round 21's readers missed "sich jdm. unterstellen")."""
    reflexive = clause.reflexive
    if clause.role("object_acc") or clause.auxiliary == "werden" or not any(
        c.sure and _shows_dative(sentence, c) and not (reflexive is not None and c.start <= reflexive < c.end)
        for c in clause.role("object_dat")
    ):
        return False
    own = _REFLEXIVE_DATIVE if reflexive is not None else frozenset(["+dat"])
    return not any(sense.preposition and sense.preposition not in own for sense in senses)


_REFLEXIVE_DATIVE = frozenset(["+dat", "sich", "sich +dat"])  # a reflexive verb's senses that take no preposition


_DATIVE_PRONOUNS = frozenset(["mir", "dir", "ihm", "ihr", "uns", "euch", "ihnen", "Ihnen", "dem", "denen"])


def _shows_dative(sentence: Sentence, phrase: Constituent) -> bool:
    """Does the phrase show its dative in its own words: a dative pronoun, or a determiner or
    adjective in -em or -er (einer Familie, dem Mann, der Partei), or in -en before a plural
    noun (den Heeresfliegern)? Not "den 41. Platz", an accusative the analysis took for one."""
    tokens = [token for token in sentence.tokens if phrase.start <= token.i < phrase.end]
    if not tokens:
        return False
    first = tokens[0]
    if first.tag in ("PPER", "PRELS", "PDS") or len(tokens) == 1:
        return first.text in _DATIVE_PRONOUNS
    if first.tag not in ("ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "ADJA"):
        return False
    word = first.text.lower()
    noun = next((token for token in tokens[1:] if token.tag in ("NN", "NE")), None)
    plural = noun is not None and noun.feature("Number") == "Plur"
    return word.endswith(("em", "er")) or (word.endswith("en") and plural)


def _phrase_case(sentence: Sentence, phrase: Constituent) -> str:
    """Accusative or dative of a phrase after a two-way preposition, read from its first words
    where the analysis left two readings: the fused preposition (im, am: Dat.; ins, ans:
    Akk.), else the ending of the determiner or, without one, of the adjective (in das Land,
    in mehrere Bereiche: Akk.; an einer Krankheit, auf dem Land: Dat.); one in -en takes the
    noun's number (in den Körper: Akk.; an den Ufern: Dat.). "" where they do not tell (auf
    Analysen, an dessen Themen, in den Rhein: a name has no number in the lexicon)."""
    tokens = [token for token in sentence.tokens if phrase.start <= token.i < phrase.end]
    fused = tokens[0].text.lower() if tokens else ""
    if fused in _FUSED_DATIVE or fused in _FUSED_ACCUSATIVE:
        return "Dat." if fused in _FUSED_DATIVE else "Akk."
    first = tokens[1] if len(tokens) > 1 else None
    if first is None or first.tag not in ("ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "ADJA"):
        return ""
    word = first.text.lower()
    if word.endswith(("em", "er")):
        return "Dat."
    if word.endswith(("e", "es", "as")) or word in ("ein", "kein") or (first.tag == "PPOSAT" and not word.endswith("en")):
        return "Akk."
    if word.endswith("en") and first.tag != "ADJA":
        noun = next((token for token in tokens[2:] if token.tag in ("NN", "NE")), None)
        number = noun.feature("Number") if noun is not None else ""
        return "Dat." if number == "Plur" else "Akk." if number == "Sing" else ""
    return ""


_FUSED_DATIVE = frozenset(["im", "am", "vom", "beim", "zum", "zur", "hinterm", "überm", "unterm", "vorm"])
_FUSED_ACCUSATIVE = frozenset(["ins", "ans", "aufs", "übers", "ums", "durchs", "fürs", "unters", "vors", "hinters"])


def _valency(preposition: str) -> tuple[bool, frozenset[str]]:
    """(reflexive, prepositions) of a dictionary sense's construction, its bracketed (optional)
    prepositions left out: "sich für" → (True, {für}), "für/über/zu?" → (False, {})."""
    words = preposition.split()
    return "sich" in words, frozenset(choice for word in words if not word.endswith("?") and word != "sich"
                                      for choice in word.split("/"))


def _key(token: Token, opens: bool = False, sentence: Sentence | None = None) -> tuple[str, str] | None:
    """(lemma, part of speech) of a word worth an item; ``opens``: the token opens the
    sentence or follows punctuation (where any word is capitalised). A participle is carded as
    what a learner learns: an adjective in its own right (ausgeprägt, bekannt, verschieden) as
    the adjective, a plain participle (versprochen, ausgesetzt, gescheitert) as its verb; one
    graded like an adjective (weit verbreitet, die verbreitetsten) stays an adjective."""
    pos = CONTENT_TAGS.get(token.tag)
    if pos is None or token.ent_label or token.particle_of is not None:
        return None
    lemma = token.lemma
    if pos == "VERB" and not opens and (noun := _capitalised_noun(token.text)):
        lemma, pos = noun, "NOUN"
    if not _WORD.match(token.text) or not _WORD.match(lemma) or len(lemma) < 2:
        return None
    if pos == "ADV" and lemma.lower() in _STOP_ADVERBS:
        return None
    if pos == "NOUN":
        base = _feminine_plural_lemma(token.text, lemma)
        headword = adjectival_headword(base)  # als Zehnjähriger: der/die Zehnjährige
        # a nominalised adjective is its headword; another noun may be the plural of a third
        lemma = headword if headword != base else _plural_lemma(token, base, sentence)
    if pos == "NOUN" and (lemma.isupper() or nominalised_adjective(lemma)):
        return None  # acronyms are names; "das Englische" is an adjective in disguise
    if pos == "NOUN" and _INNER_CAPITAL.search(token.text):
        return None  # "SonntagsZeitung", "BahnCard": a name spelt as its owner spells it
    if pos == "NOUN" and _name_only(lemma):
        return None
    if pos == "NOUN" and sentence is not None and _in_foreign_name(sentence, token):
        return None
    if pos == "NOUN" and "-" in lemma:
        hyphenated = _hyphenated(lemma, token.text)
        if hyphenated is None:
            return None
        lemma = hyphenated
    if pos == "VERB" and token.tag == "VVPP" and sentence is not None and state_participle(sentence, token) \
            and (outgrows_its_verb(token.text.lower(), lemma) or graded(sentence, token)
                 or predicative_adjective(sentence, token)):
        return token.text.lower(), "ADJ"  # "stark ausgeprägt": an adjective, not ausprägen
    if pos == "ADJ":
        if lemma[:1].isupper() or (token.text[:1].isupper() and not opens):
            return None  # "Londoner", "im Britischen Museum": an adjective of a name
        lemma = lemma.lower()
        if lemma in _STOP_ADJECTIVES:
            return None
        if (verb := participle_verb(lemma)) and not (sentence is not None and graded(sentence, token)):
            return verb, "VERB"  # "die ausgesetzten Belohnungen": aussetzen, not ausgesetzt
        if token.tag == "ADJD" and sentence is not None and (verb := _participle_as_verb(sentence, token, lemma)):
            return verb, "VERB"  # "von Norden kommend": kommen; "überarbeitet wurde": überarbeiten
        if token.tag == "ADJA" and sentence is not None and _extended_attribute(sentence, token) \
                and (verb := _present_participle_verb(lemma)):
            return verb, "VERB"  # "die auf der DNA liegende Information": liegen, not "liegend – horizontal"
    return lemma, pos


def _feminine_plural_lemma(form: str, lemma: str) -> str:
    """The feminine noun in -e whose plural the form is, where the tagger's lemma cannot have
    this form: "Die Maulwurfsgrillen leben … unterirdisch" is die Maulwurfsgrille, not "der
    Maulwurfsgrill, die Maulwurfsgrills" (round 20's readers found that card); a weak
    masculine's -en stays its own (die Menschen: der Mensch), and so does a dative plural (den
    Bäumen: der Baum) or a noun in -en (das Wirken)."""
    if not form.endswith("en") or form[:-1] == lemma or form == lemma:
        return lemma
    lexicon = noun_lexicon()
    feminine = lexicon.lookup(form[:-1], compound_fallback=False) or lexicon.compound_entry(form[:-1])
    if feminine is None or feminine.lemma != form[:-1] or feminine.gender != "Fem" or form not in feminine.plurals:
        return lemma
    tagged = lexicon.lookup(lemma)
    if tagged is not None and (tagged.weak or form == tagged.lemma or form in tagged.plurals
                               or form in {plural + "n" for plural in tagged.plurals}):
        return lemma
    return form[:-1]


_PLURAL_QUANTIFIERS = frozenset([
    "mehrere", "mehreren", "viele", "vielen", "einige", "einigen", "wenige", "wenigen", "beide", "beiden",
    "zahlreiche", "zahlreichen", "etliche", "etlichen", "manche", "manchen", "verschiedene", "verschiedenen",
])


def _plural_lemma(token: Token, lemma: str, sentence: Sentence | None) -> str:
    """The noun whose plural the form is, where the tagger's lemma cannot be meant: one that has
    no such form ("grausame Praktiken" read as das Praktikum, whose plural is Praktika), or a
    nominalised infinitive after a word that only goes with a plural ("in mehreren
    Schlachten" read as das Schlachten "slaughter": it is die Schlacht, battle). Round 21's
    readers found both cards. Of several nouns the form may be the plural of, the one it begins
    with (Praktik, not Praxis)."""
    readings = noun_lexicon().forms(token.text)
    owners = [owner for owner, number in readings if number == "Plur" and owner != lemma and token.text.startswith(owner)]
    if not owners:
        return lemma
    own = {owner for owner, _ in readings}
    if lemma not in own:
        return owners[0]  # Praktiken is no form of Praktikum
    if lemma == token.text and sentence is not None and _after_plural_word(token, sentence):
        return owners[0]
    return lemma


# Determiners after which an adjective in -en shows a plural: "die ungarischen Laute" (a
# feminine singular would be "die ungarische Laute").
_PLURAL_WITH_EN = frozenset(["die", "diese", "jene", "alle"])


def _after_plural_word(token: Token, sentence: Sentence) -> bool:
    """Does the noun follow, past its adjectives, a quantifier or numeral that only goes with a
    plural ("mehreren", "zwei"), or die/diese before adjectives in -en ("die ungarischen Laute":
    der Laut, not die Laute "lute", which round 22's readers found on the card)?"""
    before = [t for t in sentence.tokens if t.i < token.i]
    adjectives = []
    while before and before[-1].tag == "ADJA":
        adjectives.append(before.pop())
    if not before:
        return False
    word = before[-1].text.lower()
    if adjectives and word in _PLURAL_WITH_EN and all(a.text.endswith("en") for a in adjectives):
        return True
    return word in _PLURAL_QUANTIFIERS or (before[-1].tag == "CARD" and word not in ("1", "ein", "eins"))


def _capitalised_noun(form: str) -> str:
    """The noun a capitalised word inside a sentence is a form of, when the noun lexicon knows
    it as a form of exactly one noun; else "". German capitalises nouns, not verbs: "Vestris
    war ein ausgezeichneter Mime und Tänzer", which the tagger read as the imperative of mimen
    (round 19's readers found the card "mimen – to play" for der Mime)."""
    if not form[:1].isupper() or not form[1:].islower():
        return ""
    nouns = {lemma for lemma, _ in noun_lexicon().forms(form)}
    return nouns.pop() if len(nouns) == 1 else ""


def _participle_as_verb(sentence: Sentence, token: Token, word: str) -> str:
    """The verb of a participle used as a verb, not before a noun (STTS ADJD), where
    :func:`.word_facts.participle_verb` leaves an adjective for the participle's own frequency:
    - a present participle of a verb far more common than it (``VERB_LEAD``), an adverbial of
      manner made of the verb: "mündet … von Norden kommend in den Banas" is kommen (readers
      found the card "kommend – coming" no lemma); one common on its own keeps its card
      (überwiegend, entscheidend, spannend);
    - a past participle in a clause with werden, not a common adjective (``COMMON_ADJECTIVE``):
      a passive, "da das Drehbuch nochmal überarbeitet wurde" is überarbeiten "to revise"
      (readers found "überarbeitet – overworked"); "wurde bekannt" keeps bekannt."""
    if not word.isalpha() or not word.islower():
        return ""
    if word.endswith("end"):
        return _present_participle_verb(word)
    clause = next((c for c in sentence.clauses if token.i in c.tokens), None)
    if clause is None or zipf_frequency(word) >= COMMON_ADJECTIVE or "VV(PP)" not in dict(hanta_tagger().tag_word(word)):
        return ""
    passive = any(t.i in clause.tokens and t.lemma == "werden" and t.tag.startswith("VA") for t in sentence.tokens)
    verb = hanta_tagger().analyze(word, pos="VV(PP)", taglevel=1)[0] if passive else ""
    parts = principal_parts(verb) if verb else None
    return verb if parts is not None and parts.participle == word else ""


def _present_participle_verb(word: str) -> str:
    """The verb of a present participle whose verb is far more common than it (``VERB_LEAD``):
    liegend is liegen, kommend kommen; "" for one common on its own (überwiegend, spannend)."""
    if not word.endswith("end"):
        return ""
    verb = word[:-1]
    lead = zipf_frequency(verb) - zipf_frequency(word)
    return verb if lead >= VERB_LEAD and hanta_tagger().analyze(verb)[1].startswith("VV") else ""


# Tags of a word that, right before a participle before a noun, is the participle's own
# complement or adverbial, not a word of the noun phrase: "die auf der DNA liegende", "die
# nebeneinander liegenden", "die den Fluss überquerende".
_ATTRIBUTE_COMPLEMENTS = frozenset(["NN", "NE", "ADV", "PAV", "ADJD", "PTKNEG", "PPER", "PRF", "PIS"])


def _extended_attribute(sentence: Sentence, token: Token) -> bool:
    """Is the participle before a noun (STTS ADJA) the head of an extended attribute: a word of
    its own clause (an object, a place, an adverb) stands right before it? Such a participle is
    the verb with its complements folded into the noun phrase ("die in einem Gen auf der DNA
    liegende Information" is information that lies in a gene): round 21's readers found the card
    "liegend – horizontal" and wanted liegen. "eine führende Rolle" (after an article) is the
    adjective's."""
    before = next((t for t in reversed(sentence.tokens) if t.i < token.i), None)
    return before is not None and before.tag in _ATTRIBUTE_COMPLEMENTS


# A fixed phrase of a preposition (with its article), a noun and a verb that Ding gives as a
# verb entry of its own: "in Erscheinung treten {vi} :: to appear", "jdn. unter Vertrag
# nehmen {vt}", "etw. in Kraft setzen". The English of the line's first part are its senses.
_PHRASE_ENTRY = re.compile(
    r"(?:\([^)]*\) )?(?:(?:etw|jdn|jdm|jds)\. |sich )*"
    r"((?:in|im|ins|an|am|ans|auf|aufs|zu|zum|zur|unter|vor|um|ums|über|übers|aus|bei|mit|nach|von|vom)"
    r"(?: (?:den|die|das|der|dem))? [A-ZÄÖÜ][a-zäöüß]+ [a-zäöüß]+) \{v"
)
MAX_PHRASE_SENSES = 3
_COPULAS = frozenset(["sein", "haben", "werden"])
_PHRASE_PREPOSITIONS = frozenset(["APPR", "APPRART"])


PHRASE_INDEX_VERSION = 3

# A noun and its verb that Ding gives as one German alternative, with the prepositions of its
# construction and the noun's article: "Einfluss auf jdn./etw. ausüben", "gegen etw. Stellung
# beziehen", "einen Anspruch erheben auf", "die Stellung beziehen" (groups: preposition
# before, article, noun, preposition after, verb, preposition last). An adjective or adverb before the noun
# ("wirtschaftlichen Einfluss ausüben", "klar Stellung beziehen") narrows it: no match.
_PLACE = r"(?:(?:jd[nms]|etw)\.(?:/(?:jd[nms]|etw)\.)?|einer Sache|sich)"
_COLLOCATION_ENTRY = re.compile(
    rf"(?:{_PLACE} )*(?:([a-zäöü]+(?:/[a-zäöü]+)?) {_PLACE} )?(?:{_PLACE} )*"
    r"(?:(einen|eine|ein|den|die|das|der|dem) )?([A-ZÄÖÜ][a-zäöüß]+)"
    rf"(?: ([a-zäöü]+)(?: {_PLACE})?)? ([a-zäöüß]+n)(?: ([a-zäöü]+))?"
)
_DEFINITE = frozenset(["den", "die", "das", "der", "dem"])  # else "ein…": an indefinite article


@lru_cache(maxsize=2)
def _phrase_entries(source: Path) -> Mapping[str, tuple[str, ...]]:
    """Ding's phrases of a preposition, a noun and a verb (see ``_PHRASE_ENTRY``) → their English
    senses, from the dictionary file in use, indexed once in the user's cache; empty for a
    dictionary in another format. Only a line that gives the phrase alone speaks of it directly
    ("in Erscheinung treten {vi} :: to appear"); in a line of several German alternatives the
    English may be another's ("etw. in Angriff nehmen; eine Kampagne durchführen :: to have a
    blitz on sth."). The first such line gives the senses."""
    return _phrase_tables(source).get("phrases", {})


@lru_cache(maxsize=2)
def _phrase_tables(source: Path) -> dict[str, Mapping]:
    """Both phrase tables of the dictionary (see ``_phrase_entries`` and
    ``_collocation_entries``), built in one pass over its lines and cached with it."""

    def build() -> dict[str, dict]:
        best: dict[str, tuple[str, ...]] = {}
        collocations: dict[str, list[tuple[str, str, bool, tuple[str, ...]]]] = defaultdict(list)
        with source.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                german, separator, english = line.rstrip("\n").partition(" :: ")
                if not separator:
                    continue
                first = german.split(" | ")[0]
                match = _PHRASE_ENTRY.match(first) if "{v" in first and ";" not in first.split("{v")[0] else None
                senses = _phrase_senses(english.split(" | ")[0]) if match else ()
                if match and senses and match.group(1) not in best:
                    best[match.group(1)] = senses
                for key, found in _collocations_of(german, english):
                    collocations[key].append(found)
        return {"phrases": best, "collocations": collocations}

    path = cache_dir() / f"phrases-v{PHRASE_INDEX_VERSION}-{source_key(source, PHRASE_INDEX_VERSION)}.sqlite"
    return tables(path, build)


def _collocation_entries(source: Path) -> Mapping[str, list[tuple[str, str, bool, tuple[str, ...]]]]:
    """Ding's noun + verb collocations (see ``_collocations_of``): "Einfluss ausüben" → its
    readings (prepositions, article, alone in its part, English senses), in the dictionary's order."""
    return _phrase_tables(source).get("collocations", {})


def _collocations_of(german: str, english: str) -> list[tuple[str, tuple[str, str, bool, tuple[str, ...]]]]:
    """The noun + verb collocations of one Ding line, each with the English of its part: the
    line's head ("gegen etw. Stellung beziehen; gegen etw. opponieren {v} :: to oppose sth.")
    or a sub-entry of a noun's line ("Einfluss {m} … | Einfluss auf jdn./etw. ausüben :: … |
    to exert, to exercise influence over sb./sth."). A sub-entry counts only alone in its
    part: beside another alternative its English may be the other's. Not with sein, haben or
    werden (see ``_COPULAS``)."""
    found = []
    german_parts, english_parts = german.split(" | "), english.split(" | ")
    noun_line = bool(_NOUN_MARK.search(german_parts[0]))
    for k, part in enumerate(german_parts[: len(english_parts)]):
        alternatives = [re.sub(r"\s*(?:\{[^}]*\}|\[[^]]*\]|\([^)]*\))", "", alternative).strip()
                        for alternative in part.split("; ")]
        alone = len(alternatives) == 1
        if (k == 0 and "{v" not in part) or (k and not (noun_line and alone)):
            continue  # a verb line's later parts are its forms ("Anspruch erhoben")
        senses = _phrase_senses(english_parts[k])
        for alternative in alternatives:
            match = _COLLOCATION_ENTRY.fullmatch(alternative)
            if not match or not senses or match.group(5) in _COPULAS or _PLACEHOLDER_NOUN.fullmatch(match.group(3)):
                continue
            before, article, noun, after, verb, last = match.groups()
            prepositions = " ".join(sorted({*(before or "").split("/"), after or "", last or ""} - {""}))
            if any(word not in _COLLOCATION_PREPOSITIONS for word in prepositions.split()):
                continue
            found.append((f"{noun} {verb}", (prepositions, article or "", alone, senses)))
    return found


_NOUN_MARK = re.compile(r"\{(?:m|f|n|pl)\}")
_PLACEHOLDER_NOUN = re.compile(r"Sache|Person|Leute|Jemand|Etwas")
_COLLOCATION_PREPOSITIONS = frozenset(
    ["an", "auf", "aus", "bei", "für", "gegen", "gegenüber", "in", "mit", "nach", "über", "um", "unter", "von", "vor", "zu", "zwischen"])


# Ding's marks of an English sense a learner's card should not teach as the phrase's meaning:
# regional, colloquial, vulgar, old ("jdn. auf Distanz halten :: to keep sb. on the
# backburner [Am.]", where the text means "at a distance").
_MARKED_SENSE = re.compile(r"\[(?:Am|Br|Austr|Sc|Ir|coll|slang|vulg|obs|archaic|dated|humor|pej|rare)\.?\]")


def _phrase_senses(english: str) -> tuple[str, ...]:
    """The English senses of a Ding line's first part, without its notes and markers: "to sign
    up <> sb." → "to sign up sb.", "(as …)" dropped; a sense marked regional, colloquial or old
    (see ``_MARKED_SENSE``) left out."""
    senses = []
    for sense in english.split("; "):
        if _MARKED_SENSE.search(sense):
            continue
        sense = re.sub(r"\s*(?:\[[^]]*\]|\([^)]*\)|\{[^}]*\}|<>)", "", sense).strip()
        sense = re.sub(r"\s+", " ", sense)
        if sense and sense not in senses:
            senses.append(sense)
    return tuple(senses[:MAX_PHRASE_SENSES])


def dictionary_phrases(analysis: Analysis, source: Path | None) -> list[VocabItem]:
    """The fixed phrases of a preposition, a noun and a verb that the text uses and the dictionary
    lists as entries of their own: the phrase is what a learner learns, not its noun ("trat …
    als Gastsänger in Erscheinung": in Erscheinung treten "to appear", where readers found
    "die Erscheinung – appearance"). A phrase counts where its preposition (and article) stands
    right before the noun, nothing attaches to the noun after it, and its verb is the full verb
    of the noun's clause; one the dictionary does not list is no phrase, however fixed it
    looks. Not with sein, haben or werden, which every clause may have: "Am Ende der
    Entwicklung waren Schindler und seine Ehefrau …" is no "am Ende sein – to be on the
    rocks". A noun and its verb that Ding lists as one entry are a phrase too, where both stand
    in one clause (see ``_collocations_in``): "bezog Chomsky Stellung gegen …" gives "Stellung
    beziehen – to oppose sth.", not "die Stellung – position"."""
    if source is None or not Path(source).is_file():
        return []
    entries, collocations = _phrase_entries(Path(source)), _collocation_entries(Path(source))
    if not entries and not collocations:
        return []
    found: dict[str, list[tuple[Sentence, Token, Token]]] = defaultdict(list)
    glosses = dict(entries)
    for phrase, gloss, sentence, first, last in _collocations_in(analysis, collocations):
        found[phrase].append((sentence, first, last))
        glosses.setdefault(phrase, gloss)
    for sentence in analysis.sentences:
        for k, token in enumerate(sentence.tokens):
            if token.tag != "NN" or k == 0:
                continue
            opener = k - 1 if sentence.tokens[k - 1].tag in _PHRASE_PREPOSITIONS else k - 2
            if opener < 0 or sentence.tokens[opener].tag not in _PHRASE_PREPOSITIONS:
                continue
            if k + 1 < len(sentence.tokens) and sentence.tokens[k + 1].tag in _DETERMINED | {"NN", "NE"}:
                continue  # "am Ende der Entwicklung": the noun has an attribute, no phrase's bare noun
            words = " ".join(t.text.lower() for t in sentence.tokens[opener:k])
            clause = next((c for c in sentence.clauses if token.i in c.tokens and c.lemma), None)
            if clause is None or clause.lemma in _COPULAS:
                continue
            phrase = f"{words} {token.lemma} {clause.lemma.removeprefix('sich ')}"
            if phrase in entries:
                found[phrase].append((sentence, sentence.tokens[opener], token))
    items = []
    for phrase, places in found.items():
        sentence, first, _ = places[0]
        frequency = min(zipf([word]) for word in phrase.split() if word[:1].isupper() or len(word) > 3)
        items.append(VocabItem(
            lemma=phrase,
            pos="MWE",
            gloss=glosses[phrase],
            zipf=frequency,
            level=LEVELS[min(level_index(band(frequency)) + 1, len(LEVELS) - 1)],
            count=len(places),
            occurrences=tuple(Occurrence(s.index, opening.start, noun.end, s.text[opening.start - s.start : noun.end - s.start])
                              for s, opening, noun in places),
            example=_example(sentence, first.start),
            sentence=sentence.index,
        ))
    return items


_CONTRACTED = {"am": "an", "ans": "an", "aufs": "auf", "beim": "bei", "im": "in", "ins": "in", "übers": "über",
               "ums": "um", "vom": "von", "vorm": "vor", "zum": "zu", "zur": "zu"}


def _collocations_in(analysis: Analysis, collocations: Mapping[str, list]) -> list[tuple[str, tuple[str, ...], Sentence, Token, Token]]:
    """The noun + verb collocations of Ding the text uses (phrase, English, sentence, first and
    last token): the noun in the clause of the verb, in any order and form, the separable
    particle joined ("übte Einfluss auf die Antikriegsbewegung aus": Einfluss ausüben), or
    the noun a relative clause of the verb refers to ("den Anspruch …, den die Monarchen
    erhoben hatten": Anspruch erheben); not with a reflexive verb ("Die Lage der Arbeiter
    verbesserte sich" is no "jds. Lage verbessern"). Of Ding's readings of the pair, the first
    alone in its part of the line, else the first beside other German words; one with a
    preposition only where the clause has it ("gegen etw. Stellung beziehen :: to oppose
    sth.": "Stellung zu etw. beziehen" is not "to oppose"), one beside other words only with
    its preposition, which shows the English is its own ("jdn. ermächtigen; jds. Lage
    verbessern :: to empower sb." is ermächtigen's), one with an article only where the noun
    has one of its kind ("die Stellung beziehen :: to move into position" is a soldier's;
    "einen Anspruch aufgeben" is not "den Anspruch … aufzugeben")."""
    found = []
    for sentence in analysis.sentences:
        tokens = {token.i: token for token in sentence.tokens}
        for clause in sentence.clauses:
            verb = clause.lemma
            if not verb or verb in _COPULAS or not clause.verbs or verb.startswith("sich "):
                continue  # "Die Lage … verbesserte sich" is no "jds. Lage verbessern"
            nouns = [tokens[i] for i in clause.tokens if i in tokens and tokens[i].tag in ("NN", "NE")]
            if clause.antecedent is not None and clause.antecedent in tokens:
                nouns += _antecedents(sentence, clause.antecedent)
            for noun in nouns:
                readings = collocations.get(f"{noun.lemma} {verb}")
                if not readings:
                    continue
                near = [c for c in sentence.clauses if noun.i in c.tokens] + [clause]
                words = {_CONTRACTED.get(tokens[i].text.lower(), tokens[i].text.lower()) for c in near for i in c.tokens if i in tokens}
                determiner = _determiner(sentence, noun)
                fitting = [(not alone, k) for k, (prepositions, article, alone, _) in enumerate(readings)
                           if (words & set(prepositions.split()) if prepositions else alone)
                           and (not article or determiner == ("der" if article in _DEFINITE else "ein"))]
                if not fitting:
                    continue
                prepositions, _, alone, gloss = readings[min(fitting)[1]]
                if not alone and _agent_sense(gloss) and _thing_subject(sentence, clause, tokens):
                    continue  # "macht der Fluss einen Bogen um die Altstadt": a bend, not "to keep your distance from"
                ends = [noun] + [tokens[i] for i in clause.verbs if i in tokens]
                found.append((_with_preposition(f"{noun.lemma} {verb}", prepositions, words), tuple(gloss), sentence,
                              min(ends, key=lambda t: t.start), max(ends, key=lambda t: t.end)))
    return found


# An English sense phrased with the subject's own self ("to keep your distance from sb./sth.",
# "to lose your head"): an idiom for what someone does, which a thing does not.
_AGENT_SENSE = re.compile(r"\b(?:your|yourself|one's|oneself|themselves|their own)\b")


def _agent_sense(gloss: Sequence[str]) -> bool:
    """Does a collocation's English speak of its subject as someone acting (see ``_AGENT_SENSE``)?"""
    return any(_AGENT_SENSE.search(sense) for sense in gloss)


def _thing_subject(sentence: Sentence, clause: Clause, tokens: Mapping[int, Token]) -> bool:
    """Is the clause's subject one thing, a common noun in the singular that names no person
    and no body of people (der Fluss, die Straße)? Then an idiom for what someone does, which
    Ding lists beside the verbs it stands for (fernhalten, meiden), is the words' literal sense
    there: "In Bern macht der Fluss einen Bogen um die Altstadt" is a bend, no "einen Bogen um
    etw. machen – to keep away from" (round 30, Aare). A name, a pronoun, a person, a plural
    and a noun of an institution's kind (Regierung, Gesellschaft, Partei) keep the idiom."""
    subject = next((c for c in clause.constituents if c.role == "subject"), None)
    head = tokens.get(subject.head) if subject is not None else None
    return (head is not None and head.tag == "NN" and head.feature("Number") != "Plur"
            and not head.lemma.endswith(_BODY_SUFFIXES) and not person_noun(head))


_BODY_SUFFIXES = ("ung", "schaft", "ei", "tum", "rat", "amt")  # nouns of institutions, which act as their people do


def _with_preposition(phrase: str, prepositions: str, words: set[str]) -> str:
    """The phrase with the preposition of the reading chosen for it, as the curated phrases
    write it ("Wert legen auf"): "machte von diesem Recht keinen Gebrauch" is "Gebrauch machen
    von – to avail oneself of sth."; the bare "Gebrauch machen" left out what a learner must
    learn with it (readers asked for the construction)."""
    preposition = next((p for p in prepositions.split() if p in words), "")
    return f"{phrase} {preposition}" if preposition else phrase


def _determiner(sentence: Sentence, noun: Token) -> str:
    """The kind of article before the noun, over its adjectives: "der" (definite, also a
    possessive or demonstrative), "ein" (indefinite, kein) or "" (none: "bezog Stellung")."""
    position = next(k for k, token in enumerate(sentence.tokens) if token.i == noun.i)
    k = position - 1
    while k >= 0 and sentence.tokens[k].tag in {"ADJA", "ADV", "PIAT", "CARD"}:
        k -= 1
    token = sentence.tokens[k] if k >= 0 else None
    if token is None or token.tag not in {"ART", "PPOSAT", "PDAT", "APPRART"}:
        return ""
    return "ein" if token.lemma in ("ein", "kein") or token.text.lower().startswith(("ein", "kein")) else "der"


def _antecedents(sentence: Sentence, antecedent: int) -> list[Token]:
    """The nouns a relative clause may refer to: its antecedent, and the noun whose
    prepositional attribute that is, which agrees as well ("den Anspruch auf den französischen
    Thron …, den die Monarchen erhoben hatten": the claim was raised, not the throne)."""
    position = next(k for k, token in enumerate(sentence.tokens) if token.i == antecedent)
    found = [sentence.tokens[position]] if sentence.tokens[position].tag in ("NN", "NE") else []
    k = position - 1
    while k > 0 and sentence.tokens[k].tag in {"ART", "ADJA", "PPOSAT", "CARD"}:
        k -= 1
    if found and k > 0 and sentence.tokens[k].tag in _PHRASE_PREPOSITIONS and sentence.tokens[k - 1].tag == "NN":
        found.append(sentence.tokens[k - 1])
    return found


def _name_words(analysis: Analysis) -> frozenset[str]:
    """The words the article writes inside a name (Paul Frommer): opening a sentence, such a
    word is the name again (Frommer erschuf …), not an adjective (fromm) capitalised there."""
    return frozenset(token.text for sentence in analysis.sentences for token in sentence.tokens
                     if token.text[:1].isupper() and (token.ent_label or token.tag == "NE"))


def _name_nouns(analysis: Analysis) -> frozenset[str]:
    """The capitalised words the text writes on their own as names: a name the analysis found,
    or a word the noun lexicon knows as no noun's form ("Ogaden", tagged NN; not "Raketen")."""
    lexicon = noun_lexicon()
    return frozenset(token.text for sentence in analysis.sentences for token in sentence.tokens
                     if token.text[:1].isupper() and token.text.isalpha() and not lexicon.forms(token.text)
                     and not lexicon.is_noun(token.text)
                     and (token.ent_label or token.tag == "NE" or (token.tag == "NN" and lexicon.lookup(token.lemma) is None)))


def _named_compound(item: VocabItem, names: frozenset[str], glossary: Glossary | None) -> bool:
    """A noun made of a name the text writes on its own and a noun, which the dictionary does
    not know: the name of one event or thing ("Der Ogadenkrieg endete mit der Niederlage
    Somalias", with "Ogaden" in the text), which round 20's readers found carded with an
    invented plural "die Ogadenkriege". Not a compound of a common noun (die Maulwurfsgrille),
    nor one the dictionary gives (der Vietnamkrieg – Vietnam War)."""
    if item.pos != "NOUN":
        return False
    lexicon = noun_lexicon()
    for name in names:
        rest = item.lemma[len(name):]
        if len(name) >= 3 and item.lemma.startswith(name) and len(rest) >= MIN_PART \
                and not lexicon.is_noun(name) and lexicon.is_noun(rest[:1].upper() + rest[1:]):
            # the dictionary last: its sense choice is dear, and few nouns start with a name
            return glossary is None or not glossary.senses(item.lemma, "NOUN")
    return False


def _in_foreign_name(sentence: Sentence, token: Token) -> bool:
    """Is the noun a word of a name in another language: right after a proper name or before a
    foreign word (STTS FM), and more common in English than in German (by ``FOREIGN_NAME_GAP``)?
    "im New England Hospital for Women and Children", "des Albert Edward Hospital": German
    would join such a name with hyphens (Albert-Edward-Krankenhaus), so the noun is the name's
    English word, not German vocabulary (readers judged the card "das Hospital" drawn from
    these names not worth learning). A German noun after a name stays: "bezog Chomsky
    Stellung", "dass Hanna Schmitz Analphabetin war"."""
    position = next(k for k, other in enumerate(sentence.tokens) if other.i == token.i)
    before = sentence.tokens[position - 1] if position else None
    after = sentence.tokens[position + 1] if position + 1 < len(sentence.tokens) else None
    if not ((before is not None and (before.tag == "NE" or before.ent_label)) or (after is not None and after.tag == "FM")):
        return False
    return english_zipf(token.text) - zipf_frequency(token.text) >= FOREIGN_NAME_GAP


def work_titles(sentence: Sentence) -> frozenset[int]:
    """The tokens (``Token.i``) of the titles of works and names quoted in the sentence, and all
    tokens of a broken piece of a sentence (see ``_broken``). Readers judged cards drawn only
    from titles not worth learning, and their examples misleading: Wissenschaft from "die
    Kurzfassung Die Entwicklung des Sozialismus von der Utopie zur Wissenschaft (1880)", der
    Terror from the DVD "Terror and Hubris", der Esel from Apuleius' „Goldenem Esel“. A title
    is quoted, not the writer's German: a card takes the word from the text's other sentences
    or not at all."""
    tokens = sentence.tokens
    if _broken(sentence):
        return frozenset(token.i for token in tokens)
    inside: set[int] = set()
    for start, end in (*_article_titles(tokens), *_english_titles(tokens), *_exclaimed_titles(tokens)):
        inside.update(token.i for token in tokens[start:end])
    # quoted titles: the analysis marks their words (``clauses.TITLE_FEATURE``), the quotes left out
    inside.update(token.i for token in tokens if token.feature("Title") == "Yes" and any(c.isalnum() for c in token.text))
    return frozenset(inside)


# Where a title that opens with a capitalised article ends: before a verb or a separated
# particle (the sentence goes on), before a bracket (its year), at the sentence's end.
_TITLE_STOPS = ("VV", "VA", "VM", "PTKVZ", "$.")
# Words that open a sentence of its own, after which a capitalised article is no title's.
_SENTENCE_OPENERS = frozenset(":–—(„“\"»«‚")


def _article_titles(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Spans (positions in ``tokens``) of titles opening with an article written with a capital
    inside the sentence: "seiner Untersuchung Die Lage der arbeitenden Klasse in England (1845)",
    "von dessen Hauptwerk, Das Kapital". A title runs to its bracket (the year) when one follows
    before the sentence goes on, else to its first comma; a second title joined to one by "und"
    runs to its own bracket ("Der Ursprung der Familie, des Privateigenthums und des Staats (1884)
    und Ludwig Feuerbach und der Ausgang der klassischen deutschen Philosophie (1888)")."""
    words = [k for k, token in enumerate(tokens) if any(c.isalnum() for c in token.text)]
    spans: list[tuple[int, int]] = []
    for k in words[1:]:
        token = tokens[k]
        if token.tag != "ART" or not token.text[:1].isupper() or tokens[k - 1].text in _SENTENCE_OPENERS:
            continue
        if spans and k < spans[-1][1]:
            continue
        end = _title_end(tokens, k)
        spans.append((k, end))
        while end < len(tokens) and tokens[end].text == "(" and (after := _bracket_end(tokens, end)) is not None \
                and after < len(tokens) and tokens[after].text == "und":
            following = _title_end(tokens, after + 1)
            if following >= len(tokens) or tokens[following].text != "(":
                break
            spans.append((after + 1, following))
            end = following
    return spans


def _title_end(tokens: tuple[Token, ...], start: int) -> int:
    """The position after a title that begins at ``start`` (see ``_article_titles``)."""
    stop = next((j for j in range(start + 1, len(tokens))
                 if tokens[j].text == "(" or tokens[j].tag.startswith(_TITLE_STOPS)), len(tokens))
    if stop < len(tokens) and tokens[stop].text == "(":
        return stop
    return next((j for j in range(start + 1, stop) if tokens[j].tag in ("$,", "$(")), stop)


def _bracket_end(tokens: tuple[Token, ...], opening: int) -> int | None:
    """The position after the bracket that closes at ``opening``'s, if it holds a year: "(1884)"."""
    closing = next((j for j in range(opening + 1, len(tokens)) if tokens[j].text == ")"), None)
    if closing is None or not any(re.fullmatch(r"\d{4}", t.text) for t in tokens[opening:closing]):
        return None
    return closing + 1


# English function words: between capitalised words they join an English title or name
# ("Terror and Hubris", "Letter to the Unborn", "Lamb of God"), which German does not make.
_ENGLISH_JOINERS = frozenset(["and", "of", "the", "to", "for", "with", "from"])


def _english_titles(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Spans of English titles and names: an English function word with a capitalised word on
    either side, and the names and foreign words (STTS NE, FM) that go on from there."""
    spans = []
    for k, token in enumerate(tokens):
        if token.text not in _ENGLISH_JOINERS or not 0 < k < len(tokens) - 1:
            continue
        right = k + 1
        while right < len(tokens) - 1 and tokens[right].text in _ENGLISH_JOINERS:
            right += 1
        if not (tokens[k - 1].text[:1].isupper() and tokens[right].text[:1].isupper()):
            continue
        start, end = k - 1, right + 1
        while start > 0 and tokens[start - 1].tag in ("NE", "FM") and tokens[start - 1].text[:1].isupper():
            start -= 1
        while end < len(tokens) and (tokens[end].tag in ("NE", "FM") or tokens[end].text in _ENGLISH_JOINERS):
            end += 1
        spans.append((start, end))
    return spans


# Marks after which the part of a title that ends in "!" or "?" begins ("Girls Club – Vorsicht bissig!").
_TITLE_OPENERS = frozenset(["–", "—", ":"])


def _exclaimed_titles(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Spans of titles that end in an exclamation or question mark inside a sentence that goes
    on after it (a comma, its own full stop): such a mark closes something quoted, back to the
    dash or colon that opens its part ("in der Teenie-Komödie Girls Club – Vorsicht bissig!.").
    Round 21's readers found the card "bissig" drawn only from that film title."""
    spans = []
    for k, token in enumerate(tokens[:-1]):
        if token.text not in ("!", "?") or tokens[k + 1].text not in (".", ","):
            continue
        start = next((j for j in range(k - 1, -1, -1) if tokens[j].text in _TITLE_OPENERS), None)
        if start is not None:
            spans.append((start + 1, k))
    return spans


def _broken(sentence: Sentence) -> bool:
    """Is the sentence a piece the splitter cut off a longer one, which no card can show: no
    finite verb, and it ends with a verb's separated particle or opens in lower case? "Nach
    Marx' Tod gab Engels … von dessen Hauptwerk, Das Kapital. Kritik der politischen Ökonomie,
    heraus." was split after "Kapital."; readers found "Kritik der politischen Ökonomie,
    heraus." on the card of die Ökonomie."""
    words = [token for token in sentence.tokens if any(c.isalnum() for c in token.text)]
    if sentence.is_heading or not words or any(token.tag.endswith("FIN") for token in words):
        return False
    return words[-1].tag == "PTKVZ" or words[0].text[:1].islower()


def _title_name(found: list[tuple[Sentence, Token]], title: str) -> bool:
    """Is this noun of the article's title the name of the article's subject: the text writes it
    only in headings, or, as a singular, always bare (dass er Avatar … ankündigte)? Readers
    found "der Avatar" and "der Aufbruch" carded from the film "Avatar – Aufbruch nach Pandora"."""
    words = set(re.findall(r"\w+", title))
    if not words or not any(token.text in words for _, token in found):
        return False
    for sentence, token in found:
        if sentence.is_heading:
            continue
        position = next(k for k, other in enumerate(sentence.tokens) if other.i == token.i)
        before = sentence.tokens[position - 1].tag if position else ""
        if token.text != token.lemma or before in _DETERMINED:
            return False
    return True


def _name_only(lemma: str) -> bool:
    """Does Wiktionary list the word only as a proper name (die Wannseekonferenz, der
    Polarstern), never as a common noun? Readers judged Wannseekonferenz a name, not vocabulary;
    der Valentinstag, a common noun too, keeps its card."""
    lexicon = noun_lexicon()
    return lemma in lexicon.names() and lexicon.lookup(lemma, compound_fallback=False) is None


def _hyphenated(lemma: str, text: str) -> str | None:
    """A hyphenated noun as it is written ("Aare-ufer" → "Aare-Ufer", "US-Patent"), or None when
    a part before the last is a proper name the lexicon lists ("Hitler-Stalin-Pakt": a term of
    this text, not of the language)."""
    parts, written = lemma.split("-"), text.split("-")
    if len(parts) != len(written):
        return lemma
    lexicon = noun_lexicon()
    names = lexicon.names()
    if any(part in names or _foreign_part(part, lexicon) for part in written[:-1]):
        return None
    return "-".join(shown if shown.lower() == part.lower() else part[:1].upper() + part[1:] if shown[:1].isupper() else part
                    for part, shown in zip(parts, written, strict=True))


def _foreign_part(part: str, lexicon) -> bool:
    """Is this part before a hyphen an acronym or a capitalised word German does not have
    (US-Patent, Ming-Dynastie, Tang-Zeit): a name, so the compound names one thing of this
    text (readers judged die Ming-Dynastie a proper name, not vocabulary)? A single letter
    (E-Mail, U-Bahn) is no name."""
    if len(part) < 2 or not part[:1].isupper():
        return False
    if part.isupper():
        return True
    return lexicon.lookup(part, compound_fallback=False) is None and lemma_zipf(part) < FOREIGN_PART_ZIPF


@lru_cache(maxsize=4096)
def own_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets in ``text`` of the sentences it holds: one, or several that the
    splitter left glued together where no space follows a sentence end or a number's full stop
    comes before a pronoun (see ``_GLUED``). Cached: the cards and examples of every word of a
    sentence ask again, and ``_GLUED``'s look-behinds try every character."""
    spans, start = [], 0
    for match in _GLUED.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    return (*spans, (start, len(text)))


def _example(sentence: Sentence, position: int, shorten: bool = True) -> str:
    """The sentence a word stands in (``position``: its offset in the article), as an example:
    of sentences glued together only the word's own, of a long one only the part after or
    before a colon or semicolon that holds the word (see ``_own_part``), and of one still
    longer than a card holds, the word's clause without the clauses and asides around it that
    can go (see ``_shortened``). A respelling (see ``SPOKEN``) is left out: round 20's readers
    found "Rennrad, Mountain-Bike, sprich: Maunten-Beik, …" cluttered."""
    offset = position - sentence.start
    own = next(((start, end) for start, end in own_sentences(sentence.text) if start <= offset < end),
               (0, len(sentence.text)))
    example = _DATE_LABEL.sub("", _own_part(sentence.text[own[0] : own[1]], offset - own[0]).strip())
    example = SPOKEN.sub("", re.sub(r"\s+", " ", example))  # a line break or a doubled space is no card's
    if not shorten:
        return example
    start, end = _part_span(sentence.text[own[0] : own[1]], offset - own[0])
    window = (sentence.start + own[0] + start, sentence.start + own[0] + end)
    if len(example.split()) + _names(sentence, window) <= LONG_EXAMPLE:
        return example
    return _shortened(sentence, position, window) or example


def _names(sentence: Sentence, window: tuple[int, int]) -> int:
    """The words of names (tagged NE) within ``window``, the offsets of the part a card shows: a
    learner reads a foreign name as slowly as two words, so each counts twice towards
    ``LONG_EXAMPLE``. Round 24's readers found the 20 words of "Lindbergh ließ sich für diese
    Herausforderung vom Hersteller Ryan Aeronautical ein Flugzeug bauen, das er "Spirit of St.
    Louis" nannte." too long and full of names; without the relative clause it says what the
    card needs."""
    return sum(1 for token in sentence.tokens if token.tag == "NE" and window[0] <= token.start and token.end <= window[1])


_ASIDE = re.compile(r"\s*\([^()]*\)")


def _rejoined(analysis: Analysis, sentence: Sentence, position: int) -> str | None:
    """The example of a sentence the splitter cut inside a bracket ("… über dessen Bahn (133.603
    ± 10 km) und Masse (5…" | "10·10−12 Saturnmassen) und folgerten, dass …"): the two pieces
    joined again, without the bracketed asides that do not hold the word. Round 21's readers
    found both pieces as examples on four cards. So too a line the splitter cut off the sentence it
    opens (see :func:`_cut_line`). None for a sentence whose brackets pair up."""
    opened = sentence.text.count("(") - sentence.text.count(")")
    other = sentence.index + (1 if opened > 0 else -1)
    if not opened:
        if not _cut_line(analysis, sentence):
            return None
        other = sentence.index + 1
    elif not 0 <= other < len(analysis.sentences) or analysis.sentences[other].paragraph != sentence.paragraph:
        return None
    first, last = sorted((sentence, analysis.sentences[other]), key=lambda s: s.start)
    text = analysis.article.text[first.start : last.end]
    offset = position - first.start
    kept, cursor = [], 0
    for aside in _ASIDE.finditer(text):
        if not aside.start() <= offset < aside.end():
            kept.append(text[cursor : aside.start()])
            cursor = aside.end()
    return re.sub(r"\s+", " ", "".join([*kept, text[cursor:]])).strip()


def _cut_line(analysis: Analysis, sentence: Sentence) -> bool:
    """Is the sentence a line cut off the next one: no finite verb, no sentence end, and the next
    sentence (of its paragraph or the next) has its verb? "Dort, östlich des Gebirges" / "Ural,
    leben heute immer noch Sprecher der ugrischen Sprachen." is one sentence the text broke over
    two lines; round 19's readers found the first line alone on the card of das Gebirge."""
    following = analysis.sentences[sentence.index + 1] if sentence.index + 1 < len(analysis.sentences) else None
    if following is None or following.is_heading or sentence.text.rstrip()[-1:] in ".!?:;\"“”)":
        return False
    if sentence.is_heading and not _glued_line(analysis, sentence):
        return False
    if following.paragraph - sentence.paragraph not in (0, 1) or len(sentence.tokens) < 2:
        return False
    return not any(t.tag.endswith("FIN") for t in sentence.tokens) and any(t.tag.endswith("FIN") for t in following.tokens)


def _glued_line(analysis: Analysis, sentence: Sentence) -> bool:
    """Does the line the reader took for a heading follow the sentence before it with no blank
    line between them? A heading stands apart ("== Wie ist das Land?" after a blank line); a
    line that follows on is the start of a sentence broken over two lines."""
    if sentence.index == 0:
        return False
    before = analysis.sentences[sentence.index - 1]
    return not before.is_heading and "\n\n" not in analysis.article.text[before.end : sentence.start].replace(" ", "")


def _own_example(phrase: VocabItem, analysis: Analysis) -> VocabItem:
    """A fixed phrase's example as any word's (see :func:`_example`): its own sentence of those
    the splitter glued, its own part of a long one. Round 20's readers found "in Kraft treten"
    shown with "… für Hirntod befunden worden.2007: Im Mai 2007 trat erneut eine Verordnung …
    in Kraft, …", two sentences glued."""
    start = next((o.start for o in phrase.occurrences if o.sentence == phrase.sentence), None)
    if start is None:
        return phrase
    return replace(phrase, example=_example(analysis.sentences[phrase.sentence], start))


def _own_part(text: str, offset: int) -> str:
    """Of a sentence longer than LONG_EXAMPLE words, the part between colons and semicolons
    that holds the word at ``offset`` (of a shorter one, the line it holds of two a colon
    ends: round 19's readers found "… starb er einsam und arm: Er verdiente viel, …" on two
    cards), when that part is a clause of its own: at least
    MIN_PART_WORDS words, after a colon a capitalised word, no quotation cut in two. Readers found the 50 words of "Die
    folgenden Szenen illustrieren die Anpassungsprobleme …: Alex findet seine Eltern wieder,
    kann jedoch die Aufnahmeprüfung … nicht bestehen, … und muss … verbannt werden." on four
    cards of a film plot; "Alex findet … verbannt werden." reads on its own."""
    start, end = _part_span(text, offset)
    if (start, end) == (0, len(text)):
        return text
    part = text[start:end]
    if end < len(text):  # the part before a colon or semicolon ends the sentence with a full stop
        part += "."
    return part[:1].upper() + part[1:]


def _shown_part(sentence: Sentence, position: int) -> str:
    """The text of the sentence, or of its part, that a card shows for the word at ``position``
    (see :func:`_example`), spaces as the text has them: "Um die ungarischen Laute gut
    wiederzugeben, …" of a sentence whose part after the colon lost a letter."""
    offset = position - sentence.start
    own = next(((start, end) for start, end in own_sentences(sentence.text) if start <= offset < end),
               (0, len(sentence.text)))
    text = sentence.text[own[0] : own[1]]
    start, end = _part_span(text, offset - own[0])
    return text[start:end]


def _part_span(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) in ``text`` of the part ``_own_part`` shows, without the colon or
    semicolon that ends it; the whole text when it stays whole."""
    breaks = _PART_BREAK if len(text.split()) > LONG_EXAMPLE else _LINE_BREAK
    cuts = [0] + [m.end() for m in breaks.finditer(text)] + [len(text) + 1]
    if len(cuts) == 2:
        return 0, len(text)
    start, end = next((a, b) for a, b in itertools.pairwise(cuts) if a <= offset < b)
    part = text[start:end].rstrip(":; \t\n")  # not the line break after the colon: "… für Aufsehen:\n." was a card's
    if len(part.split()) < MIN_PART_WORDS or part.count("„") != part.count("“") or part.count("(") != part.count(")"):
        return 0, len(text)  # too short to stand alone, or a quotation or bracket cut in two ("† 26. August 1974 …) war")
    return start, start + len(part)


# Tags of the word that opens an adverbial or relative clause after a comma (weil, um, der,
# wodurch), or that follows the preposition opening one ("in der", "mit dem"). Not a clause
# the one before needs: "war, dass sie versteigert wurde", "ist unbekannt, was … geschah".
_SUBORDINATORS = frozenset(["KOUS", "KOUI", "PRELS", "PRELAT", "PWAV"])
_COMPLEMENT_OPENERS = frozenset(["dass", "ob", "wie", "wann", "warum", "wieso", "weshalb", "wo"])


def _shortened(sentence: Sentence, position: int, window: tuple[int, int]) -> str | None:
    """A sentence longer than a card holds, shortened around the word at ``position``: without
    the subordinate and relative clauses after the word's clause, then without the bracketed
    and dashed asides that do not hold it, as long as every clause kept stays whole and one has
    its finite verb. Readers found the whole 33-word sentence "Schloss Friedrichshof und dessen
    Kunstsammlung vererbte sie ihrer Tochter Margarete, wodurch es in den Besitz des Hauses
    Hessen überging und heute zum Vermögen der Hessischen Hausstiftung gehört, die hier ihren
    Verwaltungssitz hat." on the card of vererben; "Schloss Friedrichshof und dessen
    Kunstsammlung vererbte sie ihrer Tochter Margarete." says what it does. None when nothing
    can go. ``window``: the offsets of the part of the sentence to shorten (see ``_own_part``)."""
    tokens = sentence.tokens
    word = next((k for k, token in enumerate(tokens) if token.start <= position < token.end), None)
    if word is None:
        return None
    kept = [k for k, token in enumerate(tokens) if window[0] <= token.start and token.end <= window[1]]
    whole = len(kept)
    cut = next((j for j in kept[:-1] if j > word and (
        (tokens[j].text == "," and _opens_clause(tokens, j + 1) and not _needed_clause(tokens, j)
         and _whole_clauses(sentence, j + 1))
        or (_opens_coordinated(sentence, j) and _whole_clauses(sentence, j)))), None)
    if cut is not None:
        kept = [k for k in kept if k < cut]
    for start, end in _asides(tokens, kept) + _embedded(sentence, kept):
        if _words(tokens, kept) <= LONG_EXAMPLE:
            break
        if not start <= word < end:
            kept = [k for k in kept if not start <= k < end]
    if len(kept) == whole or _words(tokens, kept) < MIN_PART_WORDS or not any(tokens[k].tag.endswith("FIN") for k in kept):
        return None
    shown = set(kept)
    text = "".join(tokens[k].text + (" " if _spaced(sentence, tokens[k]) or k + 1 not in shown else "") for k in kept).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text).rstrip(",;: ")
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _opens_coordinated(sentence: Sentence, k: int) -> bool:
    """Does a coordinated clause with its own finite verb open at position ``k`` ("und schrieb
    sich … ein")? Cut there, the clause before it still says what it says: "Doch nachdem Lees
    damaliger Freund starb, wollte sie fortan ihre eigenen Geschichten erzählen." for damalig
    and fortan, of a 33-word sentence round 21's readers found on three cards."""
    token = sentence.tokens[k]
    return token.tag == "KON" and any(
        c.kind == "coordinated" and c.finite is not None and c.tokens and min(c.tokens) == token.i for c in sentence.clauses)


def _opens_clause(tokens: tuple[Token, ...], k: int) -> bool:
    """Does a subordinate or relative clause open at position ``k``: "weil", "der", "in der"?"""
    if tokens[k].text.lower() in _COMPLEMENT_OPENERS:
        return False
    if tokens[k].tag in _SUBORDINATORS:
        return True
    return tokens[k].tag in ("APPR", "APPRART") and k + 1 < len(tokens) and tokens[k + 1].tag in _SUBORDINATORS


def _needed_clause(tokens: tuple[Token, ...], comma: int) -> bool:
    """Does the clause after the comma at ``comma`` complete the word before it: a relative
    clause of a demonstrative ("für denjenigen, der alleine … überquerte"), or one after an
    infinitive, which has no noun to qualify and so asks its question ("schwierig,
    herauszufinden, welche davon … wichtig sind")? Round 19's readers found both cut there,
    ungrammatical. After a clause's finite verb, a relative clause is its noun's ("…, das …
    gehört, die hier ihren Sitz hat") and can go; so is one after a bare infinitive, which
    closes the verb complex of a modal or lassen ("ließ sich … ein Flugzeug bauen, das er …
    nannte"): only a zu-infinitive opens a clause of its own."""
    before = tokens[comma - 1].tag if comma > 0 else ""
    infinitive = before == "VVIZU" or (before == "VVINF" and comma > 1 and tokens[comma - 2].tag == "PTKZU")
    return before == "PDS" or (infinitive and tokens[comma + 1].tag in ("PRELS", "PRELAT", "PWS", "PWAT"))


def _whole_clauses(sentence: Sentence, cut: int) -> bool:
    """Does a cut before position ``cut`` leave every clause of the sentence whole, each on one
    side of it ("Der Mann, der dort wohnt, kaufte das Haus" cannot end after "Der Mann")? A
    clause's comma before the cut counts with it."""
    first = sentence.tokens[cut].i
    return all(max(clause.tokens) < first or min(clause.tokens) >= first for clause in sentence.clauses if clause.tokens)


def _asides(tokens: tuple[Token, ...], kept: list[int]) -> list[tuple[int, int]]:
    """Positions (start, end) of the bracketed and dashed asides among ``kept``: "(Pennsylvania)",
    "– als einzige völlig unbeeindruckt von Afrika –"."""
    spans = []
    for k in kept:
        if tokens[k].text == "(":
            closing = next((j for j in kept if j > k and tokens[j].text == ")"), None)
            if closing is not None:
                spans.append((k, closing + 1))
        elif tokens[k].text in ("–", "—") and not any(start <= k < end for start, end in spans):
            closing = next((j for j in kept if j > k and tokens[j].text == tokens[k].text), None)
            if closing is not None:
                spans.append((k, closing + 1))
    return spans


_MAIN_KINDS = frozenset(["main", "coordinated", "question"])


MAX_EMBEDDING = 200  # tokens of a sentence part searched for embedded clauses (a card shows at most 20 words)


def _embedded(sentence: Sentence, kept: list[int]) -> list[tuple[int, int]]:
    """Positions (start, end) of the relative and adverbial clauses among ``kept`` that stand
    between commas inside another clause, each with its commas: ", der noch ein Kind war," in
    "Die Berater des Kaisers Konstans II., der noch ein Kind war, begannen …". Round 21's
    readers found the 27-word sentence on three cards; without the clause it says what each
    word does in it. Only a span that holds whole clauses, none a main one, with the same clause
    on either side of it."""
    tokens = sentence.tokens
    if len(kept) > MAX_EMBEDDING:
        return []  # a run-on "sentence" of hundreds of commas is no card's example: not worth the quadratic search
    spans = []
    words = {t.i for t in tokens if t.pos != "PUNCT"}
    clause_of = {i: n for n, clause in enumerate(sentence.clauses) for i in clause.tokens}
    for k in kept:
        if tokens[k].text != "," or k == 0 or k + 1 >= len(tokens):
            continue
        closing = next((j for j in kept if j > k + 1 and tokens[j].text == ","), None)
        if closing is None or closing + 1 >= len(tokens) or tokens[closing + 1].tag == "$.":
            continue
        outer = clause_of.get(tokens[k - 1].i)
        if outer is None or clause_of.get(tokens[closing + 1].i) != outer:
            continue  # "Margarete, wodurch …, die hier …": the clause after is no longer the one before
        first, last = tokens[k + 1].i, tokens[closing - 1].i
        inside = [c for c in sentence.clauses if any(first <= i <= last for i in set(c.tokens) & words)]
        if inside and all(c.kind not in _MAIN_KINDS and all(first <= i <= last for i in set(c.tokens) & words)
                          for c in inside):
            spans.append((k, closing + 1))  # ", der noch ein Kind war,", ", die Rampen zu beseitigen,"
    return spans


def _words(tokens: tuple[Token, ...], kept: list[int]) -> int:
    return sum(1 for k in kept if any(c.isalnum() for c in tokens[k].text))


def _spaced(sentence: Sentence, token: Token) -> bool:
    """Does a space follow the token in the text?"""
    after = token.end - sentence.start
    return after < len(sentence.text) and sentence.text[after].isspace()


def _example_occurrence(found: list[tuple[Sentence, Token]]) -> tuple[Sentence, Token]:
    """The occurrence whose sentence the card shows: the first that reads on a card (at most
    LONG_EXAMPLE words) as the text writes it, else the first that does once shortened (see
    ``_shortened``), else the shortest; never the title. Readers found a 50-word sentence on
    the card of das Rudel, which the text also uses in "… gibt er die Führung des Rudels an
    den machthungrigen Makunga ab"."""
    per_sentence: Counter[int] = Counter()
    shown = []
    for s, t in found:
        per_sentence[s.index] += 1
        if not s.is_heading and per_sentence[s.index] <= 3:  # a word met 2,000 times in one line: its first few do
            shown.append((s, t))
    shown = shown or found[:1]
    shown = [(s, t) for s, t in shown if _reads(s)] or shown
    slipped = {s.index: slip(s) for s, _ in shown}  # once a sentence: a word met 2,000 times in one line
    shown = [(s, t) for s, t in shown if not slipped[s.index] and not mentioned(s, t)] or shown
    for shorten in (False, True):
        lengths = []  # the examples up to the first short one: a word met 50 times needs one
        for s, t in shown:
            lengths.append(len(_example(s, t.start, shorten).split()))
            if lengths[-1] <= LONG_EXAMPLE:
                return s, t
    return shown[lengths.index(min(lengths))]


_DATIVE_PREPOSITIONS = frozenset(["aus", "außer", "bei", "mit", "nach", "seit", "von", "zu", "gegenüber"])
_BARE_QUANTIFIERS = frozenset(["viel", "wenig"])  # uninflected: a mass noun's, never a plural's
_QUOTES = frozenset("„“”\"'‚‘’»«")


def slip(sentence: Sentence) -> bool:
    """Does the sentence show a slip of grammar that a card would teach as German? Three the
    tagger makes visible: uninflected "viel"/"wenig" before a plural ("viel Olivenbäume"), a
    dative preposition before "den" and a noun not in -n or -s, which is the accusative
    singular (a dative plural always ends in -n or -s: "außer den König", but "mit den
    Mädchen"), and a nachdem-clause in the present or perfect beside a main clause in the past
    ("trat … zurück, nachdem er … regiert hat": the pluperfect is due). Round 23's readers found
    all three copied onto cards; another sentence of the word is the card's where the text
    has one."""
    return bool(slips(sentence))


def slips(sentence: Sentence) -> list[str]:
    """The words of each slip :func:`slip` finds: "viel Olivenbäume", "außer den", "nachdem"."""
    tokens = sentence.tokens
    found = []
    for k, token in enumerate(tokens[:-1]):
        noun = _next_noun(tokens, k + 1)
        if noun is None:
            continue
        if token.text.lower() in _BARE_QUANTIFIERS and token.tag in ("PIAT", "PIDAT") and noun.feature("Number") == "Plur":
            found.append(f"{token.text} {tokens[k + 1].text}")
        if (token.tag == "APPR" and token.text.lower() in _DATIVE_PREPOSITIONS and tokens[k + 1].text == "den"
                and not noun.text.endswith(("n", "s"))):
            found.append(f"{token.text} den")
    openers = {t.i: t for t in tokens}
    return found + ["nachdem" for clause in sentence.clauses if _unmatched_tense(sentence, clause, openers)]


def _next_noun(tokens: tuple[Token, ...], k: int) -> Token | None:
    """The common noun the phrase opening at ``k`` ends in (past an article and adjectives), or
    None."""
    while k < len(tokens) and tokens[k].tag in ("ART", "ADJA", "ADV", "PIAT", "PIDAT"):
        k += 1
    return tokens[k] if k < len(tokens) and tokens[k].tag == "NN" else None


def _unmatched_tense(sentence: Sentence, clause: Clause, tokens: dict[int, Token]) -> bool:
    """Is the clause a nachdem-clause in the present or perfect under a main clause in the past?
    ``tokens`` maps the sentence's token indices to its tokens."""
    if not clause.tokens or clause.parent is None or clause.tense not in ("present", "perfect"):
        return False
    opener = tokens.get(min(clause.tokens))
    return opener is not None and opener.text.lower() == "nachdem" and sentence.clauses[clause.parent].tense == "past"


def mentioned(sentence: Sentence, token: Token) -> bool:
    """Does the sentence name the word in quotation marks rather than use it ("Ein anderes Wort
    dafür wäre 'Auskunft'")? Such a sentence says nothing of what the word means; round 23's
    readers found it the example of die Auskunft."""
    text = sentence.text
    before = text[: token.start - sentence.start].rstrip()[-1:]
    after = text[token.end - sentence.start :].lstrip()[:1]
    return before in _QUOTES and after in _QUOTES


_LIST_WORDS = frozenset({"ART", "ADJA", "CARD", "PIAT", "PIDAT", "PPOSAT", "NN", "NE", "TRUNC"})  # a member's words
_LIST_JOINERS = frozenset({",", "und", "oder", "sowie", "aber", "auch"})  # "Schafe, aber auch Ziegen, Kühe und Pferde"
MIN_LIST = 3  # members of an enumeration: two nouns joined (Blei oder Uran) are a pair, not a list
MAX_MEMBER = 3  # words of a member: "blecherne Töpfe", "das Schwermetall"; longer is a phrase of its own


def enumerated(sentence: Sentence, token: Token) -> bool:
    """Is the noun a member of an enumeration of MIN_LIST or more nouns joined by commas and
    und/oder/sowie ("wie Erdöl, Erdgas, Steinkohle, Eisenerz, Kupfer und Gold")? Such a word
    stands in no clause of its own: the sentence shows nothing of its meaning, and round 24's
    card readers found the list members (Kupfer, Blei, Schaf, Kuh, Kutsche) of low value while
    words used in clauses of their own were left out."""
    return token.tag in ("NN", "NE") and token.i in listed_in(sentence)


def listed_in(sentence: Sentence) -> frozenset[int]:
    """The indices of the sentence's nouns that :func:`enumerated` finds in an enumeration, the
    sentence cut into runs once (a line of 2,000 noun phrases is cut once, not once a noun)."""
    runs = _runs(sentence.tokens)
    clause_of = {i: c for c, clause in enumerate(sentence.clauses) for i in clause.tokens}
    return frozenset(indices[-1] for k, (kind, indices) in enumerate(runs)
                     if kind == "member" and _list_around(runs, k, clause_of) >= MIN_LIST)


def exemplified(sentence: Sentence) -> frozenset[int]:
    """The indices of the nouns a sentence gives as examples of a kind it names in the plural
    ("weitere Metalle wie Blei oder das Schwermetall Uran", "Tiere wie Kühe und Schafe"): such
    a noun stands in no clause of its own, and all the sentence shows of its meaning is the
    kind. Round 24's card readers found Blei and Schwermetall, carded from that sentence of
    Kasachstan, of low value, as they did the members of longer enumerations (see
    :func:`enumerated`)."""
    tokens = sentence.tokens
    found: list[int] = []
    for k, token in enumerate(tokens[1:], start=1):
        kind = tokens[k - 1]
        if token.text != "wie" or token.tag != "KOKOM" or kind.tag != "NN" or kind.feature("Number") != "Plur":
            continue
        for example in tokens[k + 1:]:
            if example.tag not in _LIST_WORDS and example.text.lower() not in _LIST_JOINERS:
                break
            if example.tag in ("NN", "NE"):
                found.append(example.i)
    return frozenset(found)


def _runs(tokens: tuple[Token, ...]) -> list[tuple[str, tuple]]:
    """The sentence cut into runs: ("member", token indices) a noun phrase of up to MAX_MEMBER
    words ending in its one noun, ("join", words) commas and conjunctions, ("other", indices)."""
    runs: list[tuple[str, tuple]] = []
    k = 0
    while k < len(tokens):
        j = k
        while j < len(tokens) and tokens[j].tag in _LIST_WORDS:
            j += 1
        if j > k:
            nouns = [m for m in range(k, j) if tokens[m].tag in ("NN", "NE")]
            whole = j - k <= MAX_MEMBER and tokens[j - 1].tag in ("NN", "NE") and len(nouns) == 1
            runs.append(("member" if whole else "other", tuple(tokens[m].i for m in range(k, j))))
        else:
            while j < len(tokens) and tokens[j].text.lower() in _LIST_JOINERS:
                j += 1
            if j > k:
                runs.append(("join", tuple(tokens[m].text.lower() for m in range(k, j))))
            else:
                runs.append(("other", (tokens[k].i,)))
                j = k + 1
        k = j
    return runs


def _list_around(runs: list[tuple[str, tuple]], k: int, clause_of: Mapping[int, int]) -> int:
    """Members of the enumeration run ``k`` belongs to: noun phrases of ``k``'s clause
    (``clause_of`` maps token indices to clauses) alternating with joiners, where a bare comma
    after a bare conjunction closes the list ("von Schottland und England, die Hauptstadt …":
    an apposition follows, no third member). Members of one clause only: "Munitionsfabriken,
    die taktische Raketen, …" is no list."""
    own = clause_of.get(runs[k][1][-1])

    def member(j: int) -> bool:
        return runs[j][0] == "member" and clause_of.get(runs[j][1][-1]) == own

    first = last = k
    while first >= 2 and runs[first - 1][0] == "join" and member(first - 2):
        first -= 2
    while last + 2 < len(runs) and runs[last + 1][0] == "join" and member(last + 2):
        last += 2
    members, joined = 1, False
    for j in range(first + 1, last, 2):
        words = runs[j][1]
        if joined and words == (",",):
            if j > k:
                break
            members = 0  # the list before closed: ``k`` opens a new one
        joined = "," not in words
        members += 1
    return members


def _reads(sentence: Sentence) -> bool:
    """Does the sentence read as one: a finite verb, and no letter lost (see ``LOST_LETTER``)?
    Round 19's readers found "Dort, östlich des Gebirges" (a line the splitter cut off its verb)
    and "Ö ist ein kurzes "ö",  wird hingegen lang ausgesprochen." as examples; another
    sentence of the word is the card's where the text has one. A word met only in sentences
    that lost a letter makes no card (round 20's readers again found the Ő sentence, the
    card of aussprechen: a sentence whose subject is lost is no model of German)."""
    return any(token.tag.endswith("FIN") for token in sentence.tokens) and not LOST_LETTER.search(sentence.text)


def _reflexive_only(verb: str, found: list[tuple[Sentence, Token]], glossary: Glossary | None) -> bool:
    """Is every occurrence a participle before a noun, of a verb the dictionary knows only as
    reflexive? Such a participle names no object of the verb, it is the reflexive verb's:
    "eine neue eingebildete Krankheit" is one someone imagines, of sich (Dat.) einbilden
    (readers found "einbilden" without sich on the card)."""
    if glossary is None or not all(token.tag == "ADJA" for _, token in found):
        return False
    senses = glossary.candidates(verb, "VERB")
    return bool(senses) and all(sense.preposition == "sich" for sense in senses)


def _occurrence(sentence: Sentence, token: Token) -> Occurrence:
    form = token.text
    if token.tag.startswith("VV") and token.lemma != token.text.lower():
        particle = particles(sentence).get(token.i)
        if particle is not None:
            form = f"{token.text} … {particle.text}"
    return Occurrence(sentence=sentence.index, start=token.start, end=token.end, form=form)


def _joined(sentence: Sentence, token: Token) -> str:
    """The form as one word: a verb whose particle stands apart with it (hängt … ab →
    abhängt), so that a separable verb is not counted with the frequency of its base verb."""
    particle = particles(sentence).get(token.i) if token.tag.startswith("VV") else None
    return particle.text.lower() + token.text.lower() if particle is not None else token.text


def _one_word(form: str) -> str:
    """A principal part as one word: "fordert auf" → auffordert, "hat aufgefordert" → aufgefordert
    (a reflexive verb's "setzt sich ein" → einsetzt)."""
    words = [word for word in form.split() if word != "sich"]
    if words[0] in ("hat", "ist"):
        return words[-1]
    return words[1] + words[0] if len(words) == 2 else words[0]


def _item(
    key: tuple[str, str], found: list[tuple[Sentence, Token]], analysis: Analysis, glossary: Glossary | None = None
) -> VocabItem | None:
    lemma, pos = key
    sentence, token = _example_occurrence(found)
    if LOST_LETTER.search(_shown_part(sentence, token.start)):
        return None  # its only sentences lost a letter (see _reads): no model of its use to show
    occurrences = tuple(_occurrence(s, t) for s, t in found)
    forms = {_joined(s, t) for s, t in found} | {lemma}
    fields: dict = {}
    if pos == "NOUN" and _title_name(found, analysis.article.title):
        return None
    if pos == "NOUN":
        noun = noun_fields(lemma, found)
        if noun is None:
            return None
        fields.update(noun)
        if noun.get("plural"):
            forms.add(noun["plural"].removeprefix("die "))
    elif pos == "VERB":
        fields.update(verb_fields(lemma, found, reflexive_only=_reflexive_only(lemma, found, glossary)))
        verb_forms = fields.get("verb_forms", ())
        forms.update(_one_word(form) for form in verb_forms)
    elif pos == "ADJ":
        forms.update(lemma + ending for ending in ("e", "en", "er", "es", "em"))
    frequency = zipf(forms)
    return VocabItem(
        lemma=lemma,
        pos=pos,
        zipf=frequency,
        level=word_level(f"sich {lemma}" if fields.get("reflexive") else lemma, pos, forms, frequency),
        count=len(found),
        occurrences=occurrences,
        example=_rejoined(analysis, sentence, token.start) or _without_slip(sentence, token.start),
        sentence=sentence.index,
        **fields,
    )


def _without_slip(sentence: Sentence, position: int) -> str:
    """The example of the word at ``position`` (see :func:`_example`); of a sentence with a slip
    of grammar (see :func:`slip`) that is the word's only one, the word's clause without the
    clauses after it where that leaves the slip out: "Im Jahr 1648 wurde Eisenstadt eine
    königliche Freistadt." of "…, die niemanden über sich hatte außer den König von Ungarn"
    (round 23's readers found the case error on the card of königlich). A slip in the word's
    own clause stays: the card keeps the text's sentence."""
    example = _example(sentence, position)
    found = slips(sentence)
    if not found or not any(words in example for words in found):
        return example
    tokens = sentence.tokens
    word = next((k for k, token in enumerate(tokens) if token.start <= position < token.end), len(tokens))
    cut = next((j for j in range(word + 1, len(tokens) - 1) if tokens[j].text == "," and _opens_clause(tokens, j + 1)
                and not _needed_clause(tokens, j) and _ends_clauses(sentence, j)), None)
    kept = list(range(cut)) if cut is not None else []
    if _words(tokens, kept) < MIN_CLAUSE_WORDS or not any(tokens[k].tag.endswith("FIN") for k in kept):
        return example
    joined = "".join(tokens[k].text + (" " if _spaced(sentence, tokens[k]) else "") for k in kept)
    shorter = re.sub(r"\s+([,.;:!?])", r"\1", joined).strip().rstrip(",;: ") + "."
    return example if any(words in shorter for words in found) else shorter[:1].upper() + shorter[1:]


def _ends_clauses(sentence: Sentence, cut: int) -> bool:
    """Does every clause with words before position ``cut`` end there (its closing full stop
    aside)? "Wichtig ist auch die Landwirtschaft, in der …" ends after Landwirtschaft; "Der
    Mann, der dort wohnt, kaufte das Haus" does not end after "Der Mann"."""
    tokens = {token.i: token for token in sentence.tokens}
    first = sentence.tokens[cut].i
    return all(all(i < first or tokens[i].tag.startswith("$") for i in clause.tokens)
               for clause in sentence.clauses if clause.tokens and min(clause.tokens) < first)


@dataclass(frozen=True, slots=True)
class _Text:
    """What the value of a word depends on besides the word: the article and the learner."""

    learner: int  # index of the learner's level in LEVELS
    words: int  # word tokens of the article
    title: frozenset[str]  # the title's words, lower case
    lead: int  # index of the first sentence of the body (the lead)
    paragraphs: int  # paragraphs of the body
    inside: dict[str, int]  # noun lemma (lower case) → occurrences inside other nouns of the text
    constructions: frozenset[str]  # verbs used here with a prepositional object or a clause
    prepositional: frozenset[str]  # verbs used here with a prepositional object (teilnehmen an)
    nouns: frozenset[str]  # the noun lemmas of the text, lower case
    listed: frozenset[int]  # offsets of the nouns that stand in an enumeration or as examples of a kind (see enumerated, exemplified)
    mentions: Counter  # every word of the text, headings and names included, lower case → occurrences

    @classmethod
    def of(cls, analysis: Analysis, items: list[VocabItem], learner: int) -> _Text:
        body = [s.index for s in analysis.sentences if not s.is_heading and s.tokens]
        nouns = Counter({item.lemma.lower(): item.count for item in items if item.pos == "NOUN"})
        return cls(
            learner=learner,
            words=max(1, analysis.word_count),
            title=frozenset(re.findall(r"\w+", analysis.article.title.lower())),
            lead=body[0] if body else -1,
            paragraphs=len({s.paragraph for s in analysis.sentences if not s.is_heading and s.tokens}),
            inside=_inside_counts(nouns),
            constructions=frozenset(
                clause.lemma
                for sentence in analysis.sentences
                for clause in sentence.clauses
                if any(c.role in ("object_prep", "complement") for c in clause.constituents)
            ),
            prepositional=frozenset(
                clause.lemma
                for sentence in analysis.sentences
                for clause in sentence.clauses
                if any(c.role == "object_prep" for c in clause.constituents)
            ),
            nouns=frozenset(nouns),
            listed=frozenset(token.start for sentence in analysis.sentences
                             for listed in (listed_in(sentence) | exemplified(sentence),)
                             for token in sentence.tokens if token.i in listed),
            mentions=Counter(token.text.lower() for sentence in analysis.sentences for token in sentence.tokens),
        )


def _inside_counts(nouns: Counter) -> dict[str, int]:
    """How often each noun stands inside another noun of the text, as its first or last part
    (Rakete in Raketentest, Schulterrakete): the topic shows in the compounds it makes."""
    inside: Counter = Counter()
    forwards = sorted(nouns)
    backwards = sorted(noun[::-1] for noun in nouns)
    for noun in nouns:
        if len(noun) < MIN_PART:
            continue
        for ordered, key, reverse in ((forwards, noun, False), (backwards, noun[::-1], True)):
            k = bisect_left(ordered, key)
            while k < len(ordered) and ordered[k].startswith(key):
                other = ordered[k][::-1] if reverse else ordered[k]
                if len(other) >= len(noun) + MIN_PART - 1:
                    inside[noun] += nouns[other]
                k += 1
    return dict(inside)


def _score(item: VocabItem, text: _Text) -> float:
    """Value to the learner. Keyness: how central the word is to this text — Dunning's
    log-likelihood G² of its count here (the title and the lead and its appearances inside
    other nouns add to it) against its wordfreq probability. Usefulness: how often a learner
    will meet it again (its general frequency). For a word seen once the two balance, so
    what decides is repetition, prominence, part of speech and the fit to the learner: words
    far above the learner's level, compounds readable from known parts and a noun met once as
    a member of an enumeration count less, a verb used with a prepositional object or a clause
    more."""
    forms = {occurrence.form.lower() for occurrence in item.occurrences} | {item.lemma.lower()}
    count = item.count + PART_WEIGHT * text.inside.get(item.lemma.lower(), 0)
    if forms & text.title:
        count += PROMINENT_WEIGHT
    if any(occurrence.sentence == text.lead for occurrence in item.occurrences):
        count += PROMINENT_WEIGHT / 2
    general = min(max(item.zipf, RARE_ZIPF), USEFUL_ZIPF)
    expected = text.words * 10 ** (general - 9)
    keyness = max(0.0, 2 * (count * math.log(count / expected) - (count - expected)))
    distance = level_index(item.level) - text.learner
    fit = -FIT_STEP * max(0, distance - 1) if distance >= 0 else -TRANSPARENT_PENALTY
    if item.pos == "VERB" and item.lemma in text.constructions:
        fit += CONSTRUCTION_BONUS  # learnt with its construction: abhängen von, auffordern zu
    if item.pos == "NOUN" and count <= 1 and all(occurrence.start in text.listed for occurrence in item.occurrences) \
            and sum(text.mentions[form] for form in forms) <= 1:
        fit -= LIST_PENALTY  # Kupfer in "Erdöl, Erdgas, Steinkohle, Eisenerz, Kupfer und Gold": no clause of its own
    value = math.log2(1 + keyness) + USE_WEIGHT * general + fit + 1.5 * POS_WEIGHT.get(item.pos, 0.3)
    return round(value, 4)


def _family(item: VocabItem) -> tuple[set[str], set[str]]:
    """(the item's own keys, its relatives): the lemma and the stem a noun shares with its verb
    (Besuch/besuchen, Entwicklung/entwickeln); the head of a compound (Rakete of Schulterrakete),
    the base of a verb with a particle of direction (verarbeiten of weiterverarbeiten). A first
    part is no relative: a Kettenschaltung is a gear, not a kind of Kette, and is learnt apart."""
    lemma = item.lemma.lower().removeprefix("sich ")
    own = {lemma}
    if item.pos == "NOUN":
        own.add("~" + lemma.removesuffix("ung"))
    elif item.pos == "VERB":
        own.update("~" + stem for stem in (lemma.removesuffix("en"), lemma.removesuffix("n")))
        if lemma.endswith(("eln", "ern")):
            own.add("~" + lemma[:-3] + lemma[-2])  # entwickeln → entwickl(ung)
        if base := directional_base(lemma):
            return own, {base}
    return own, {part.lower() for part in item.compound_parts[-1:]}


def _is_head(item: VocabItem, items: list[VocabItem]) -> bool:
    """The noun is the last part of another noun of the list (Fabrik of Munitionsfabrik)."""
    lower = item.lemma.lower()
    return any(
        other.pos == "NOUN" and other.lemma != item.lemma
        and (other.compound_parts[-1:] == (item.lemma,)
             or (other.lemma.lower().endswith(lower) and len(other.lemma) >= len(lower) + MIN_PART - 1))
        for other in items
    )


def _nominalised_verb(item: VocabItem, verbs: set[str]) -> bool:
    """Is the noun the infinitive of a verb of the list written as a noun, a neuter (das
    Aussterben beside aussterben)? Its gender and meaning follow from the verb's: one card, the
    verb's (readers judged "das Aussterben" beside "aussterben" a duplicate). A noun of its own
    spelt alike keeps its card (der Braten – roast beside braten)."""
    return item.pos == "NOUN" and item.article == "das" and item.lemma.lower() in verbs


def _one_per_family(items: list[VocabItem], limit: int) -> list[VocabItem]:
    """The best items, a word family once: a noun that is a verb of the list (see
    :func:`_nominalised_verb`) not at all, a compound's head only when it also stands on its
    own at least twice (not Fabrik beside Munitionsfabrik), and a word related to one already
    chosen (Schulterrakete after Rakete, besuchen after Besuch) worth FAMILY_PENALTY less per
    relative. Two compounds that share a part are not related (Rüstungs-, Munitionsindustrie).
    An item's score is its value given the items before it, so the list is in score order."""
    verbs = {item.lemma.removeprefix("sich ") for item in items if item.pos == "VERB"}
    queue = [(-item.score, item.sentence, item.lemma, k) for k, item in enumerate(items)
             if not _nominalised_verb(item, verbs)]
    heapq.heapify(queue)
    chosen: list[VocabItem] = []
    own_keys: set[str] = set()
    part_keys: set[str] = set()
    while queue and (not limit or len(chosen) < limit):
        negative, _, _, k = heapq.heappop(queue)
        item = items[k]
        if item.pos == "NOUN" and item.count < 2 and _is_head(item, items):
            continue
        own, parts = _family(item)
        relatives = len(own & own_keys) + len(own & part_keys) + len(parts & own_keys)
        value = round(item.score - FAMILY_PENALTY * relatives, 4)
        if value < -negative:
            heapq.heappush(queue, (-value, item.sentence, item.lemma, k))
            continue
        own_keys |= own
        part_keys |= parts
        chosen.append(replace(item, score=value))
    return chosen
