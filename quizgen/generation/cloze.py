"""Cloze notes: the article's sentences with their most useful words deleted.

A gap is a word of the learner's vocabulary list at or above the learner's level (the
items' occurrences give the offsets): never a name or a number (a learner cannot know them
from the language), never a function word or punctuation, never part of a word
(``Aare``-Ufer), a word made from a name (Eisenstädter) or one in brackets. Up to three
deletions per sentence, each its own card (c1, c2, c3); one word is gapped in at most
``MAX_PER_LEMMA`` notes of an article. With a dictionary's meaning for the word, the hint shows the
meaning: readers of rounds 12 and 13 rejected every lemma hint on a word they could have
recalled from its meaning, the lesson of the form included ("(erleiden)" for erlitt,
"(verschmelzen)" for verschmolzen, "(niederwerfen)" for niederzuwerfen, "(der Staudamm)" for
Staudämmen: "only the form is tested, not the word"). Without one the hint is the lemma when the
form differs from it and the form is the lesson ("erwerben" for erwarb, "der Tagesablauf" for
Tagesabläufe), not an ending to add ("die Aufzeichnung" for Aufzeichnungen, a weak verb's
"verschleppt", "[rief] … auf", an adjective's "vordere": see :func:`_ending_drill`; such a gap
with no meaning to show makes none, so a note keeps only gaps that ask for a word); else, for a noun, its article, first letter
and English meaning ("die R… (rocket)": the gender is worth learning, the meaning tells two
words with the same letter apart); else the first letter and the English gloss ("v… (to give
away)": the gloss alone admits schenken too), else the first letter. With a
dictionary in use, a word it has no meaning for makes no gap (mostly one-off compounds), nor
does a word whose hint would show no meaning ("der A…" fits Astronom and Architekt) or an
adverb ("s… (since then)" fits seitdem as well as seither). A word shared with English
(Analogie – analogy, intensivieren, Trailer) makes no gap: a reader of English knows it, and
its hint gives it away; so does a hint that translates the word: an adjective made from a
name (kanadisch "Canadian"), a name ("World Economic Forum"), a compound translated part by
part ("computer-animated film"), a word made of a number and a word of time or measure
(vierjährig, Zehnjähriger: only its ending is left to recall), or a verb's participle the card
shows as an adjective ("Ist das Eis mit Chloroform [gemischt]": "g… (mixed)"; not one grown into
an adjective of its own, ausgeprägt "distinct"). A noun makes no gap when a shorter noun it
begins with has the same meaning ("G… (summit)" fits Gipfel as well as Gipfeltreffen), and a
verb in the subjunctive has the form in its hint ("verfügen, Konjunktiv I": verfügt fits as well). No two
gaps stand side by side or with only function words between them ("nach [ ] der [ ]" guts the
phrase), nor share a meaning (Stiftung and Gründung, both "foundation"). A meaning hint shows
as many letters as tell the answer from a common synonym of the same start and meaning
("verb… (to hide)": verstecken fits "v…"), or from a synonym the dictionary translates alike
("flü… (to get away)": fliehen and flüchten are both "to flee"); one that would need more, or
more than a third of the word ("dars…", "feg…"), makes no gap, as does a verb whose hint shows
only an English basic verb ("b… (to bring)" admits bringt for beschert). No word of the title is
a gap (Valentinstag in "Der Valentinstag in Saudi-Arabien"), nor an adjective of a unit of time
(jährlich: known from Jahr). A sentence of more than ``LONG_NOTE`` words takes two gaps at most.

A card teaches what it shows, so a word whose card is doubtful makes no gap (readers of rounds 7
and 8 rejected most notes for a wrong meaning on the hint or back): a meaning another sense of
the dictionary rivals in the gap's sentence (Fleck "dash" or "stain"; a sense from the shown
one's dictionary line is its synonym, no rival: Waldgebiet "woodland", "forest area"), a
garbled dictionary line ("to defend )"), a hint of letter and meaning that fits another word
of the deck ("die S… (force)": Streitmacht and Streitkraft), or a past form of senden or wenden and their verbs
("per Post [versandt]": versendet as well). Nor is a word of a title a gap ("Film Alien – Das
[unheimliche] Wesen": after an article with a capital inside the sentence; "„Goldenem [Esel]“":
quoted, with no verb), nor the noun right before one ("die [Kurzfassung] Die Entwicklung des
Sozialismus …"). A noun whose English meaning is its parts' word by word, parts the learner
knows (Gastsänger "guest singer", Käufer "buyer" from kaufen), makes no gap: the hint gives it
away. A meaning hint shows the first two meanings ("die A…
(stimulus; suggestion)"): the second is often the sense of the text.

A word that stands in its sentence twice makes no gap, nor one another content word of the
text shown echoes, as written or by its lemma ("keine [Elementarteilchen], sondern nach … der
Elementarteilchenphysik", "überlebten … drei weitere [Überlebende]", "Funde … [Fundstellen]"),
nor a present participle of a basic verb glossed as the English one (kommend "coming"), nor a
negated adjective whose stem the sentence shows ("Stabilisator … [instabil]"), nor a word that is
no noun on the list but written with a capital inside the sentence (the noun "ein ausgezeichneter
[Mime]" read as mimen "to play").

A card shows one sentence, so the sentence must read on its own: it shows the finite verb of
a main clause (no heading, byline "(APA, 12.2. 2016)" or fragment), does not end in a colon that leads into a
list, does not open with a word that points back (dies, dieser, dabei), and has no adjective
standing for a noun of an earlier sentence ("ist die älteste in fehlerhaftem Sanskrit verfasst"). A third-person
pronoun whose referent stands in an earlier sentence gets it in brackets when
``reference.resolve`` is certain ("er (= Kim Jong Un)"); otherwise the sentence makes no
card. Nor does a sentence with a slip of case after a preposition ("sogar bis dem Ausmaße",
a garbled translation) or a list of ``NAME_LIST`` names in a row. A sentence longer than ``MAX_WORDS`` words makes no card: round 12's readers rejected the
sentences cut off with "…" ("Bei dem [Käufer] handelte es sich um … Bruce Kovner …"). Nor does a
sentence that is half a title, a piece the splitter cut from a longer one (a bracket without its
partner, no end mark: round 21), or a long sentence crowded with people (``CROWDED_NAMES``).
A hint names what the sentence leaves open: a weak verb's past no other clause or year shows, a
masculine or neuter noun's plural ("die U… (Plural; primary matter)"). Sentences the splitter left
glued together ("… „Freund“.In den 1980er-Jahren …") are cards of their own.

The text is HTML (Anki fields are HTML): the sentence is escaped, braces and ``::`` are
written as character references so that cloze syntax inside an article stays text, and runs
of white space become one space. Removing the cloze markup and unescaping gives back the
sentence (or its trimmed part) — ``ClozeNote.source_sentence``.
"""

from __future__ import annotations

import html
import math
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import pairwise

from ..analysis.hanta import SEPARABLE_PARTICLES
from ..analysis.lexicon import noun_lexicon
from ..config import LEVELS, Options
from ..extraction.compounds import split_compound
from ..extraction.frequency import zipf_frequency
from ..extraction.glossary import Glossary, load_glossary
from ..extraction.levels import band, lemma_value
from ..extraction.reference import POSSESSIVES, PRONOUNS, resolve
from ..extraction.senses import NARROW, Context, score
from ..extraction.thesaurus import load_thesaurus
from ..extraction.vocabulary import (
    LOST_LETTER,
    SPOKEN,
    cognate,
    enumerated,
    mentioned,
    own_sentences,
    sense_fits,
    slip,
)
from ..model import Analysis, ClozeNote, Fact, Sentence, Token, VocabItem

MAX_DELETIONS = 3
MAX_NOTES = 60  # a long article gives its best sentences, not hundreds of cards
MAX_WORDS = 35  # a longer sentence makes no card: cut off with "…" it reads as a fragment (round 12)
WORDS_PER_GAP = 6  # a third gap needs 18 words: "1953 [ ] man herzförmige [ ] her, andere … [ ] nach" is guesswork
MAX_PER_LEMMA = 1  # "Ball" in every sentence makes dull cards, and a second note on Auflösung
# asks for the first one's answer again (round 15: "gap 2 repeats Auflösung from C3")
ECHO_PART = 4  # a word of the sentence this long that the answer begins with gives it away: Atom, [Atomkern]
ECHO_STEM = 5  # … as does a stem of this many letters shared with it: überlebten, [Überlebende]
NEGATING_PREFIXES = ("un", "in")  # instabil, unmöglich: the stem without them is the word a learner knows
ECHO_SHARE = 0.6  # … that makes most of the shorter word (Verhandlung, Verhaftung share "verha": no echo)
MIN_TOKENS = 5
HINT_SENSES = 2  # a hint shows the first two meanings: "die A… (stimulus; suggestion)" for auf Anregung
DOUBTFUL_RIVAL = 0.75  # an unrelated sense with this share of the shown sense's score makes it doubtful
SURE_SHARE = 0.7  # a meaning the sense choice doubted needs this share of its and its rival's score to stand in a hint
TWO_FORM_VERBS = ("senden", "wenden")  # sandte/sendete, gewandt/gewendet: two past forms each
RIVAL_ZIPF = 2.5  # a synonym this common (Zipf) comes to a learner's mind: verstecken 4.2, verhehlen 2.5 does not
BASIC_RIVAL_ZIPF = 4.5  # … and one this common first, whatever the dictionary translates it with (scheinen, machen)
MAX_HINT_LETTERS = 3  # letters after a prefix: "verb… (to hide)" tells verbergen from verstecken; "dars…", "schä…" spell the word
HINT_SHARE = 3  # … and at most a third of the answer (rounded up): "feg…" for fegten spells it (round 13), "der Ang…" does not
MAIN_SENSES = 3  # a synonym sharing one of the answer's three main dictionary senses fits its gap (flüchten, fliehen: "to flee")
# English basic verbs: a hint that shows only these fits the German basic verb of that meaning as
# well ("b… (to bring)" for beschert admits bringt, "v… (to go)" for verlief vergeht; round 13).
BASIC_VERB_GLOSSES = frozenset(
    "to " + verb
    for verb in ("be", "become", "bring", "come", "do", "get", "give", "go", "have", "keep", "let", "make", "put", "say", "set", "take")
)
LONG_NOTE = 25  # a sentence longer than this takes two gaps at most: three in a long sentence overload the note (round 13)
GENDERS = {"Masc": "der", "Fem": "die", "Neut": "das"}
INSEPARABLE_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")  # erwählen: erwählt, no ge-
MEANING_HINTS = frozenset({"lemma", "gloss", "article"})  # hint kinds that show a word's meaning
POS_NAMES = {"NOUN": "Nomen", "VERB": "Verb", "ADJ": "Adjektiv", "ADV": "Adverb", "MWE": "Ausdruck"}
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "MWE", "PROPN"})
# STTS tags of words that never make a vocabulary gap: articles, pronouns, prepositions,
# conjunctions, particles, auxiliaries and modals, punctuation.
FUNCTION_TAGS = frozenset(
    {
        "ART",
        "APPR",
        "APPRART",
        "APPO",
        "APZR",
        "KON",
        "KOUS",
        "KOUI",
        "KOKOM",
        "PPER",
        "PRF",
        "PPOSAT",
        "PPOSS",
        "PDAT",
        "PDS",
        "PIAT",
        "PIS",
        "PRELS",
        "PRELAT",
        "PWS",
        "PWAT",
        "PWAV",
        "PAV",
        "PTKZU",
        "PTKNEG",
        "PTKVZ",
        "PTKANT",
        "PTKA",
        "VAFIN",
        "VAINF",
        "VAPP",
        "VAIMP",
        "VMFIN",
        "VMINF",
        "VMPP",
        "$,",
        "$.",
        "$(",
        "CARD",
        "XY",
        "FM",
    }
)
FUNCTION_LEMMAS = frozenset(
    {"sein", "haben", "werden", "können", "müssen", "dürfen", "sollen", "wollen", "mögen", "lassen"}
)
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_SPACE = re.compile(r"\s+")
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"})
ACCUSATIVE_PREPOSITIONS = frozenset({"bis", "durch", "für", "gegen", "ohne"})
DATIVE_PREPOSITIONS = frozenset({"aus", "bei", "mit", "nach", "seit", "von", "zu"})
DATIVE_ONLY_ARTICLES = frozenset({"dem", "einem"})  # never accusative: "bis dem Ausmaße" is a slip
ACCUSATIVE_ONLY_ARTICLES = frozenset({"das", "einen"})  # never dative: "mit das", "von einen"
PAST_TENSES = frozenset({"past", "pluperfect"})  # a clause's tense (Clause.tense) that shows a gap's past
_YEAR = re.compile(r"1\d{3}|20\d{2}")  # a year in the sentence dates what it tells
CROWDED_NAMES = 3  # persons in a sentence of more than CROWDED_WORDS words that crowd out its language (see _crowded)
CROWDED_WORDS = 20
NAME_LIST = 4  # names joined in a row that make a long list of names (ships, people), no model sentence
NAME_JOINERS = frozenset({"und", "oder", "sowie", "der", "die", "das", "dem", "den", "des"})
OPENING_QUOTES = ("„", "»", "‚", "›")  # German quotation marks: „…“ and »…«
# A sentence opening with these points back to the sentence before: dies, dieser See, dabei
# (HanTa's pronominal adverbs are PROAV, TIGER's name for STTS PAV).
BACK_POINTING_TAGS = frozenset({"PDS", "PDAT", "PAV", "PROAV"})
# after "die älteste" these show that its noun is left out: a verb, a preposition, the end
ELLIPSIS_FOLLOWERS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF", "VAINF", "APPR", "APPRART", "PTKNEG", "$."})
THIRD_PERSON = frozenset({"er", "sie", "ihn", "ihm", "ihnen", "ihr"})
MAIN_CLAUSES = frozenset({"main", "coordinated", "question"})
# Words before an attributive adjective that show it heads an extended attribute: "die den
# Vormarsch [begünstigenden] Umstände", "ein von Luo Siding [verfasster] Artikel".
ATTRIBUTE_OBJECTS = frozenset({"NN", "NE"})
# A plain noun phrase: it opens with a determiner, a numeral or an adjective, and only these
# stand before its noun.
NOUN_PHRASE_OPENERS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "CARD", "ADJA"})
SINGULAR_ARTICLES = frozenset({"das", "des", "dem", "ein", "eine", "eines", "einem", "einen", "einer"})
BARE_PHRASE_OPENERS = frozenset({"CARD", "ADJA", "NN"})  # "zwei Werbespots", "neue Flüge"
# English words a gloss is built with that stand for no part of the German word.
GLOSS_FILLERS = frozenset({"of", "the", "a", "an", "to", "in", "and", "for", "on", "at", "by"})
PART_SIMILARITY = 0.7  # difflib ratio of an English word to a stretch of the compound (school ~ Schul, animated ~ animations)
_PART_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "z": "s", "c": "k"})
_DE_UMLAUT = str.maketrans("äöü", "aou")  # Gefährdung begins with Gefahr


@dataclass(frozen=True, slots=True)
class Target:
    start: int  # offsets into the article text
    end: int
    item: VocabItem
    mood: str = ""  # "Konjunktiv I" for a finite verb in the subjunctive: the hint names the form
    letters: int = 1  # letters of the answer a meaning hint shows: "verb… (to hide)" where verstecken fits "v…"
    sure: bool = True  # the card's meaning may stand in the hint; else the hint is the lemma (see _guessed)
    form: str = ""  # "Präteritum", "Plural": what the sentence leaves open and the hint names (see _form_label)

    @property
    def lemma(self) -> str:
        return self.item.lemma

    @property
    def value(self) -> float:
        return self.item.score


def escape(text: str) -> str:
    """HTML-escape and neutralise cloze syntax: Anki shows it as the very same text."""
    escaped = html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")
    return escaped.replace("::", ":&#58;")


def uncloze(text: str) -> str:
    """The plain sentence behind a cloze text."""
    return html.unescape(_CLOZE.sub(lambda match: match.group(1), text))


def normalise_space(text: str) -> str:
    return _SPACE.sub(" ", text)


def make_clozes(
    analysis: Analysis, vocabulary: tuple[VocabItem, ...], facts: tuple[Fact, ...], options: Options
) -> tuple[ClozeNote, ...]:
    by_sentence = _targets_by_sentence(analysis, vocabulary, facts, options)
    used: Counter[str] = Counter()
    candidates = []
    for sentence in (part for whole in analysis.sentences if not whole.is_heading for part in _own_sentences(whole)):
        if len(sentence.tokens) < MIN_TOKENS or _leads_into_list(sentence) or _disagrees(sentence):
            continue
        if _case_mismatch(sentence) or _name_list(sentence, analysis) or slip(sentence):
            continue  # "sogar bis dem Ausmaße lag", "viel Olivenbäume", a sentence of ship names: no model sentence
        if _mostly_title(sentence):
            continue  # "Bekannt wurde vor allem Die Entwicklung des Sozialismus von der Utopie zur Wissenschaft."
        if _garbled(sentence) or _crowded(sentence, analysis):
            continue  # "10·10−12 Saturnmassen) und folgerten …": a piece the splitter cut, no model sentence
        targets = [
            t
            for t in by_sentence.get(sentence.index, [])
            if used[t.lemma] < MAX_PER_LEMMA and _stands_alone(t, sentence, analysis)
        ]
        if _words(sentence.tokens) > MAX_WORDS:
            continue  # cut off with "…" it reads as a fragment (round 12), whole it is hard to take in
        chosen = [t for t in _choose(targets, sentence) if not _echoed(t, list(sentence.tokens), analysis)]
        room = 2 if _words(sentence.tokens) > LONG_NOTE else max(2, _words(sentence.tokens) // WORDS_PER_GAP)
        chosen = sorted(sorted(chosen, key=lambda t: (-t.value, t.start))[:room], key=lambda t: t.start)
        chosen = [replace(t, form=_form_label(t, sentence, chosen)) for t in chosen]
        if not chosen:
            continue
        referents = _referents(analysis, sentence)
        if referents is None:
            continue
        used.update(t.lemma for t in chosen)
        candidates.append((sum(t.value for t in chosen), sentence, chosen, referents))
    best = sorted(candidates, key=lambda entry: (-entry[0], entry[1].index))[:MAX_NOTES]
    best.sort(key=lambda entry: entry[1].index)
    return tuple(
        _note(sentence, chosen, referents, analysis, options)
        for _, sentence, chosen, referents in best
    )


def _own_sentences(sentence: Sentence) -> list[Sentence]:
    """The sentence, or the sentences the splitter left glued together in it ("… bedeutet
    „Freund“.In den 1980er-Jahren …"), each as a sentence of its own: a card shows one."""
    spans = own_sentences(sentence.text)
    if len(spans) == 1:
        return [sentence]
    parts = []
    for first, last in spans:
        start, end = sentence.start + first, sentence.start + last
        parts.append(replace(sentence, start=start, end=end, text=sentence.text[first:last],
                             tokens=tuple(t for t in sentence.tokens if start <= t.start and t.end <= end)))
    return parts


def _targets_by_sentence(
    analysis: Analysis, vocabulary: tuple[VocabItem, ...], facts: tuple[Fact, ...], options: Options
) -> dict[int, list[Target]]:
    learner = LEVELS.index(options.level) if options.level in LEVELS else 0
    all_tokens = analysis.tokens  # in document order: all_tokens[token.i] is token
    tokens = {token.start: token for token in all_tokens}
    names = [(e.start, e.end) for e in analysis.entities]
    names += [(f.start, f.end) for f in facts if f.kind == "entity"]
    stems = _name_stems(analysis)
    text = analysis.article.text
    by_sentence: dict[int, list[Target]] = {}
    glossed = any(item.gloss for item in vocabulary)  # a dictionary is in use
    glossary = load_glossary(options.dictionary) if glossed else None
    analysed = glossary.within(analysis) if glossary is not None else None
    title = _title_words(analysis)
    for item in vocabulary:
        if not _learnable(item, learner) or any(stem in _fold(item.lemma) for stem in stems):
            continue  # Eisenstädter, Westungarn: made from a name of the article
        if any(_echoes(word, item.lemma) for word in title):
            continue  # "Der Valentinstag in Saudi-Arabien": the word the whole text is about, given away
        if glossed and not item.gloss and item.pos != "MWE":
            continue  # a word the dictionary does not know is rarely one to practise: a one-off compound
        if cognate(item.lemma, item.gloss + tuple(_english_head(gloss) for gloss in item.gloss)):
            continue  # Deportation, Ghetto, intensivieren, nominieren "to nominate for": a reader of English knows it
        if glossed and item.pos == "ADV":
            continue  # "s… (since then)" admits seitdem as well as seither: an adverb has no lemma hint
        if _hint_gives_away(item):
            continue
        if glossary is not None and _see_through(item, learner, glossary):
            continue  # "der G… (guest singer)" for Gastsänger: Gast and Sänger, word by word
        if _NUMBER_WORD.match(item.lemma) or _TIME_WORD.fullmatch(item.lemma):
            continue  # "den normalerweise [vierjährigen] Studiengang": vier and Jahr, an ending to add
        if _present_participle(item):
            continue  # "von Norden [kommend]": "k… (coming)" asks for kommen and a -d
        for occurrence in item.occurrences:
            token = tokens.get(occurrence.start)
            if token is not None and (
                token.tag in FUNCTION_TAGS
                or token.tag == "NE"
                or not any(c.isalpha() for c in token.text)
            ):
                continue
            if any(start < occurrence.end and occurrence.start < end for start, end in names):
                continue  # a name, or a word inside one: "Wangen" an der Aare
            if _in_brackets(text, occurrence.start):
                continue  # "(ungarisch Kismarton, kroatisch Željezno)": asides, often foreign
            if text[occurrence.end : occurrence.end + 2].lstrip().startswith("("):
                continue  # "Russells [Teekanne] (englisch Russell’s teapot)": the aside gives it away
            if token is not None and _capital_inside(item, token, analysis.sentences[occurrence.sentence]):
                continue  # "ein ausgezeichneter [Mime]" read as mimen: the hint "to play" teaches a word not there
            if token is not None and _verb_participle(item, token):
                continue  # "Ist das Eis mit Chloroform [gemischt]": the verb's form, not an adjective
            if token is not None and _degree_word(item, token, all_tokens):
                continue  # "[unerhört] einprägsam" means incredibly, not "outrageous"
            if token is not None and _extended_attribute(token, all_tokens):
                continue
            if token is not None and mentioned(analysis.sentences[occurrence.sentence], token):
                continue  # "Ein anderes Wort dafür wäre 'Auskunft'": the word named, not used
            if token is not None and enumerated(analysis.sentences[occurrence.sentence], token):
                continue  # "Erdöl, Erdgas, Steinkohle, Eisenerz, [Kupfer] und Gold": only the gloss could fill it
            if token is not None and _in_title(token, analysis.sentences[occurrence.sentence]):
                continue  # "Alien – Das [unheimliche] Wesen aus einer fremden Welt": a film's title, not the writer's words
            if not sense_fits(item, occurrence, analysis, analysed):
                continue  # belegen "to occupy" on the card: no gap in "Funde belegen, dass …" (to prove)
            target = Target(occurrence.start, occurrence.end, item, _mood(token, analysis, occurrence.sentence))
            answer = normalise_space(text[occurrence.start : occurrence.end])
            if item.pos == "NOUN" and _fold(answer).find(_fold(item.lemma)[:ECHO_PART]) > 0:
                continue  # "der A… (uprising)" over Januaraufstand: the card of a compound's head (vocabulary._heads_of_dropped)
            if glossed and options.hint in MEANING_HINTS and _lesson_form(target, answer) and _guessed(
                item, token, analysis.sentences[occurrence.sentence], options
            ):
                target = replace(target, sure=False)  # "römisch-katholisch [erzogen]": "(erziehen)", not "e… (to parent)"
            hint = hint_for(target, answer, options.hint)
            if options.hint in MEANING_HINTS and hint.endswith("…") and (glossed or _ending_drill(target, answer)):
                continue  # "der A…": the meaning is the word (astronomer), so Architekt fits as well
            if hint.endswith(")") and item.pos == "VERB" and set(item.gloss[:HINT_SENSES]) <= BASIC_VERB_GLOSSES:
                continue  # "b… (to bring)" for beschert: bringt fits as well
            if glossary is not None and hint.endswith(")"):
                letters = _hint_letters(item, answer, glossary)
                if letters is None:
                    continue  # a synonym shares the answer's start: the hint would spell the word
                target = replace(target, letters=letters)
            if _shorter_word_fits(item, options):
                continue  # "das G… (summit)" fits Gipfel as well as Gipfeltreffen, "G…" too: whatever the hints, the same gaps
            if hint.endswith(")") and _fits_another(item, vocabulary):
                continue  # "die S… (force)" for Streitmacht fits the deck's Streitkraft "armed forces" too
            if glossed and _doubtful_card(item, token, analysis.sentences[occurrence.sentence], options):
                continue  # "die S… (design)" for Skizze: the hint and the back would teach a doubtful meaning
            if _two_forms(item, token):
                continue  # "per Post [versandt]" takes versendet as well
            if _two_genitives(item, answer):
                continue  # "Trotz seines [Ruhms]" takes Ruhmes as well
            if token is not None and _bare_plural(item, token, all_tokens):
                continue  # "wurden [Zuständigkeiten] und Organisation … beschlossen": "die Z…" takes Zuständigkeit too
            by_sentence.setdefault(occurrence.sentence, []).append(target)
    return by_sentence


def _title_words(analysis: Analysis) -> list[str]:
    """The content words of the article's title (Valentinstag in "Der Valentinstag in
    Saudi-Arabien"): the text repeats them all through, so a gap on one (or on a word that
    echoes one, vorlesen under "Der Vorleser") is given away by the other sentences and the
    title; round 11 rejected two such notes. Only a title that stands in the text counts (one
    made from the file's name is no writer's title), and not a lead sentence with a finite verb,
    which names more than the topic."""
    span = analysis.article.title_span
    if span is None:
        return []
    tokens = [t for t in analysis.tokens if span[0] <= t.start and t.end <= span[1]]
    if any(t.tag in FINITE_TAGS for t in tokens):
        return []  # "Der Aufruf von Kim Jong Un … kommt kurz bevor …"
    return [t.text for t in tokens if t.tag not in FUNCTION_TAGS and t.text.isalpha()]


def _hint_letters(item: VocabItem, answer: str, glossary: Glossary) -> int | None:
    """How many letters of the answer its meaning hint must show for no common synonym to fit
    it: 1, or one more than the answer shares with a synonym (OpenThesaurus) of the same first
    letter, article and English meaning. Round 11 found "v… (to hide)" admits verstecken as well
    as verbergen, "die V… (distribution)" Verteilung as well as Verbreitung, "die A… (view;
    opinion)" Ansicht as well as Auffassung; "verb…", "die Verb…", "die Au…" admit one. A synonym
    of the answer's family (lebend for lebendig: ``ECHO_STEM`` letters shared) is no rival, the
    learner who thinks of it finds the word. A synonym the dictionary translates like the answer,
    one of its ``MAIN_SENSES`` main senses among the answer's, fits too whatever the hint shows:
    "f… (to get away)" for flüchteten admits flohen (fliehen and flüchten, "to flee"; round 13),
    "n… (to look at)" for nachschaut nachsieht. A basic synonym (``BASIC_RIVAL_ZIPF``) fits
    whatever the dictionary translates it with: the learner writes it first, "s… (to beam)" for
    strahlt admitted scheint, "g… (to manufacture)" for gefertigt gemacht (round 20). None when more than ``MAX_HINT_LETTERS`` or a
    third of the answer, rounded up, would show (``HINT_SHARE``): "dars…" for darstellte, "schä…"
    for schädlich, "feg…" for fegten spell the word (round 13), and the gap goes. An inseparable
    prefix or a participle's ge- does not count: ver-, be-, ge- begin hundreds of words and tell
    little of the answer ("verb…" for verbergen, "gek…" for gekürt show one letter of the stem).
    A hint that a rival shares and that ends inside such a prefix or a separable verb's particle
    (with its "zu") shows the stem's first letter: "an…" for anzuerkennen admitted anzunehmen
    (round 21); "anzue…" spells too much of the word, and the gap goes. A masculine or neuter
    noun's plural is hinted "die …" (see :func:`_form_label`), which a synonym of any gender
    fits: "die B… (Plural; structure)" for Bauwerke took Bauten (der Bau) as well (round 22)."""
    own = item.lemma.removeprefix("sich ")
    form = answer.casefold()
    meanings = {gloss.casefold() for gloss in item.gloss[:HINT_SENSES]}
    senses = _main_senses(glossary, own, item.pos)
    shared = 0
    participle = item.pos == "VERB" and form.startswith("ge") and not own.casefold().startswith("ge")
    plural = _plural_answer(item, answer)
    for other in sorted(load_thesaurus().synonyms(own)):
        word = _participle_start(other.casefold()) if participle else other.casefold()
        if word[:1] != form[:1] or len(os.path.commonprefix([word, own.casefold()])) >= ECHO_STEM:
            continue
        if item.article and not plural and _article(other) not in ("", item.article):
            continue  # "die V…" is no hint for der Vertrieb
        if zipf_frequency(other) < RIVAL_ZIPF:
            continue
        if zipf_frequency(other) < BASIC_RIVAL_ZIPF and not any(
            sense.english.casefold() in meanings for sense in glossary.candidates(other, item.pos)
        ) and not ((alike := senses & _main_senses(glossary, other, item.pos)) and not cognate(other, tuple(sorted(alike)))):
            continue  # Kid "kid" is no rival of Kind: a learner does not write the English word
        shared = max(shared, len(os.path.commonprefix([word, form])))
    letters = shared + 1
    prefix = _prefix(item, form)
    if shared and letters <= len(prefix):
        letters = len(prefix) + 1  # "an…" for anzuerkennen, where akzeptieren shares the "a", admits anzunehmen
    stem = letters - len(_inseparable(form))
    if stem > MAX_HINT_LETTERS or stem > math.ceil((len(answer) - len(prefix)) / HINT_SHARE):
        return None
    return letters


def _plural_answer(item: VocabItem, answer: str) -> bool:
    """Is the answer a masculine or neuter noun's plural (Bauwerke, Rohren), whose hint names no
    gender of its own: "die B… (Plural; …)"?"""
    plural = item.plural.removeprefix("die ")
    return item.pos == "NOUN" and item.article in ("der", "das") and answer != item.lemma \
        and answer in (plural, plural + "n")


def _prefix(item: VocabItem, form: str) -> str:
    """The prefix an answer begins with that tells little of it: an inseparable prefix (ver-,
    be-) or a separable verb's particle, with the "zu" after it (anzuerkennen)."""
    particle = item.separable_prefix.casefold() if item.pos == "VERB" else ""
    if particle and form.startswith(particle):
        rest = form[len(particle):]
        return particle + ("zu" if rest.startswith("zu") and len(rest) > 5 else "")
    return _inseparable(form)


def _inseparable(form: str) -> str:
    """The inseparable prefix (or a participle's ge-) the form begins with, "" for none."""
    return next((p for p in INSEPARABLE_PREFIXES if form.startswith(p) and len(form) - len(p) > 3), "")


def _main_senses(glossary: Glossary, lemma: str, pos: str) -> set[str]:
    """The ``MAIN_SENSES`` best-supported English senses the dictionary gives a lemma."""
    ranked = sorted(glossary.candidates(lemma, pos), key=lambda sense: (-sense.rank, -sense.zipf, sense.english))
    return set(list(dict.fromkeys(sense.english.casefold() for sense in ranked))[:MAIN_SENSES])


def _participle_start(verb: str) -> str:
    """How a verb's ge- participle begins, to set beside an answer that is one: "g… (to choose)"
    for gekürt admits gewählt, which wählen does not show (round 12). A verb with an
    inseparable prefix or in -ieren takes no ge- (erwählt, optiert); a separable verb's ge-
    follows its particle, which begins the participle as it does the verb."""
    if verb.startswith(INSEPARABLE_PREFIXES) or verb.endswith("ieren"):
        return verb
    if any(verb.startswith(particle) and len(verb) - len(particle) > 3 for particle in SEPARABLE_PARTICLES):
        return verb  # ausgewählt begins as auswählen
    return "ge" + verb


def _article(noun: str) -> str:
    """The article of a noun as the lexicon tells it, "" when unknown."""
    entry = noun_lexicon().lookup(noun, compound_fallback=False)
    return GENDERS.get(entry.gender, "") if entry is not None else ""


_UMLAUTS = str.maketrans("äöüß", "aous")
_VOWELS = re.compile(r"[aeiouäöüy]+")  # erleiden, erlitten: the stem's last vowel tells a strong participle
# A number and a word of time or measure make a word read from its parts (vierjährig, Zehnjähriger,
# dreistündig, zweifach, mehrmonatig): a learner who knows the parts knows it. Not "ein": einfach,
# einseitig, einmalig have meanings of their own.
_NUMBER_WORD = re.compile(
    r"(?i)(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|\w+zig|hundert"
    r"|tausend|mehr|\d+-?)"
    r"(?:jährig|jährlich|tägig|täglich|wöchig|wöchentlich|monatig|monatlich|stündig|stündlich"
    r"|minütig|fach|malig|seitig|teilig|stöckig|köpfig|sprachig|sitzig|spurig|gliedrig)(?:e[rnms]?)?$"
)
# A unit of time made an adjective (jährlich, täglich, wöchentlich, monatlich, stündlich): a
# learner who knows Jahr and Tag knows it, and round 13's readers rejected "die [jährlich] durch
# Brände zerstörte Fläche" as a gap on a word every B1 learner knows. A closed class.
_TIME_WORD = re.compile(r"(?i)(?:täg|wöchent|monat|jähr|stünd|minüt|sekünd)lich")


def _fold(word: str) -> str:
    return word.lower().translate(_UMLAUTS)


def _name_stems(analysis: Analysis) -> set[str]:
    """The stems of the article's names (Eisenstadt → eisensta, Ungarn → ungar): a word that
    holds one is made from a name, and a learner cannot know it."""
    words = {w for e in analysis.entities for w in re.findall(r"[^\W\d_]{5,}", e.text)}
    return {_fold(w)[: max(5, len(w) - 2)] for w in words}


def _extended_attribute(token: Token, tokens: tuple[Token, ...]) -> bool:
    """Does the adjective head an extended attribute, a noun or name standing right before it
    inside its noun phrase ("die den Vormarsch [begünstigenden] Umstände", "ein von Luo Siding
    [verfasster] Artikel")? Far beyond B1: the learner must untangle the phrase first."""
    if token.tag != "ADJA":
        return False
    k = token.i - 1
    while k >= 0 and not (tokens[k].text == "," or any(c.isalnum() for c in tokens[k].text)):
        k -= 1  # over quotes: die auf „Lebensraum“-Eroberung [gerichtete] Ostexpansion
    return k >= 0 and tokens[k].tag in ATTRIBUTE_OBJECTS


def _in_title(token: Token, sentence: Sentence) -> bool:
    """Does the word stand in a title (see :func:`_titled`), or right before one? A title is
    quoted, not the writer's German, and a learner cannot recall it; the noun that names the
    work before it ("vor allem die [Kurzfassung] Die Entwicklung des Sozialismus …", round 12)
    leaves a gap the reader cannot tell from the title's first word."""
    titled = _titled(sentence)
    following = next((t for t in sentence.tokens if t.i > token.i and any(c.isalnum() for c in t.text)), None)
    return token.i in titled or (following is not None and following.i == token.i + 1 and following.i in titled)


def _titled(sentence: Sentence) -> set[int]:
    """The indices of the sentence's words that belong to a title or a quoted name:
    - from an article written with a capital inside the sentence to the next punctuation or
      finite verb ("der Film Alien – Das [unheimliche] Wesen …", "die Kurzfassung Die
      Entwicklung des Sozialismus von der Utopie zur Wissenschaft (1880)"); not after a colon
      ("… lernten: Das Feuer …" opens a sentence of its own) or an opening quote (quoted speech);
    - a quoted title the analysis marks (``topology.title_spans``): "in Lucius Apuleius’
      „Goldenem [Esel]“" quotes a book's name, "„die Männer … sprechen“" a sentence, whose words
      stay."""
    tokens = list(sentence.tokens)
    first = next((k for k, t in enumerate(tokens) if any(c.isalnum() for c in t.text)), len(tokens))
    found: set[int] = set()
    for k, token in enumerate(tokens):
        if (
            k > first and token.tag in ("ART", "PDS", "PDAT") and token.text[:1].isupper()
            and tokens[k - 1].text not in (":", *OPENING_QUOTES)
        ):
            for word in tokens[k:]:
                if word.tag.startswith("$") or word.tag in FINITE_TAGS:
                    break
                found.add(word.i)
    # quoted titles: the analysis marks them (``clauses.TITLE_FEATURE``)
    found.update(t.i for t in tokens if t.feature("Title") == "Yes" and any(c.isalnum() for c in t.text))
    return found


def _mostly_title(sentence: Sentence) -> bool:
    """Are half the sentence's words or more a title (see :func:`_titled`)? The card would
    be about a book's name, not the language: "Bekannt wurde 1880 vor allem Die Entwicklung des
    Sozialismus von der Utopie zur Wissenschaft." (round 12 found such a card hard to follow)."""
    words = [t for t in sentence.tokens if any(c.isalnum() for c in t.text)]
    titled = _titled(sentence)
    return bool(words) and 2 * sum(t.i in titled for t in words) >= len(words)


def _capital_inside(item: VocabItem, token: Token, sentence: Sentence) -> bool:
    """Is a word that is no noun on the list written with a capital inside its sentence? German
    capitalises nouns there, so the text has a noun the analysis took for a verb or an adjective:
    round 16's "Vestris war ein ausgezeichneter [Mime] und Tänzer" became mimen "to play", a
    wrong word and a wrong hint on the card. Only after a word or a comma: after a colon or an
    opening quotation mark a capital may begin a sentence or a title."""
    if item.pos == "NOUN" or not token.text[:1].isupper():
        return False
    before = [t for t in sentence.tokens if t.i < token.i]
    return bool(before) and (before[-1].text == "," or before[-1].text[-1:].isalnum())


def _verb_participle(item: VocabItem, token: Token) -> bool:
    """Is the adjective the card teaches a verb's participle where the text uses it as one
    ("Ist das Eis mit Chloroform [gemischt]": "g… (mixed)")? The tagger reads it as a participle
    and the English is one word in -ed, the English verb's participle as the German is the
    German verb's: mischen, "to mix". A participle grown into an adjective of its own
    ("nur schwach [ausgeprägt]": "distinct") keeps its gap."""
    if item.pos != "ADJ" or token.tag != "VVPP" or not item.gloss:
        return False
    return re.fullmatch(r"[a-z]+ed", item.gloss[0]) is not None


def _present_participle(item: VocabItem) -> bool:
    """Is the adjective a present participle of a basic verb (A1: kommen, folgen, bestehen),
    glossed as the English one ("Der Mashi mündet von Norden [kommend] in den Banas": "k…
    (coming)")? The hint names a verb every learner knows and leaves only its -d to add: round
    15's reader found the word not worth learning and the hint giving it away. A participle with
    a meaning of its own (umgehend "promptly", bedeutend "important", wohlhabend "wealthy") keeps
    its gap, as does one of a verb with a sense still to learn (elektrisch leitend "conducting":
    leiten is A2, and "to lead" is the sense a learner knows)."""
    if item.pos != "ADJ" or not item.lemma.endswith("end") or not item.gloss:
        return False
    if re.fullmatch(r"[a-z]+ing", item.gloss[0]) is None:
        return False
    verb = item.lemma[:-1]
    return zipf_frequency(verb) > 0 and band(lemma_value(verb, "VERB")) == LEVELS[0]


def _degree_word(item: VocabItem, token: Token, tokens: tuple[Token, ...]) -> bool:
    """Does the adjective stand as an adverb of degree before another adjective ("unerhört
    einprägsam": incredibly memorable) while its card shows an adjective's meaning ("outrageous")?
    The card would teach a sense the text does not use; an -ly meaning ("extremely") is the
    adverb's own."""
    if item.pos != "ADJ" or token.tag != "ADJD" or token.i + 1 >= len(tokens) or not item.gloss:
        return False
    return tokens[token.i + 1].tag in ("ADJD", "ADJA") and not item.gloss[0].endswith("ly")


def _mood(token: Token | None, analysis: Analysis, index: int) -> str:
    """"Konjunktiv I" or "Konjunktiv II" for the finite verb of a clause in the subjunctive,
    else "": "behauptet, sie [verfüge] über …" takes verfügt as well when the hint is only
    the lemma."""
    if token is None or token.tag != "VVFIN":
        return ""
    clause = next((c for c in analysis.sentences[index].clauses if c.finite == token.i), None)
    if clause is None or clause.mood != "subjunctive":
        return ""
    stem = re.sub(r"e?n$", "", token.lemma.removeprefix("sich "))
    return "Konjunktiv I" if token.text.lower().endswith("e") and stem.endswith(token.text.lower()[:-1]) else "Konjunktiv II"


def _hint_gives_away(item: VocabItem) -> bool:
    """Does the English meaning give the word away? An adjective glossed with a capital
    (kanadisch "Canadian", neuseeländisch "New Zealand") is made from a name, and its lemma
    hint leaves only the ending to add, one glossed as its noun's phrase (filmisch "on film")
    says no more than the noun; a noun glossed as a name ("World Economic Forum") is one
    a learner cannot know; a compound whose meaning translates it part by part
    (Computeranimationsfilm "computer-animated film", Schulfreund "school friend") or a noun made
    from an international verb (Organisierung "organizing") is one a reader of English writes at sight."""
    gloss = item.gloss[0] if item.gloss else ""
    if not gloss:
        return False
    if any(_spelt_in_english(item.lemma, shown) for shown in item.gloss[:HINT_SENSES]):
        return True
    every = [word for word in re.split(r"[\s\-]+", gloss) if word]
    words = [word for word in every if word.lower() not in GLOSS_FILLERS]
    if item.pos == "ADJ":
        # filmisch "on film": an adjective that only says "of the noun" is no word to practise
        return gloss[:1].isupper() or (len(words) == 1 < len(every) and _part_of(words[0], item.lemma))
    if item.pos != "NOUN":
        return False
    if len(every) >= 3 and all(word[:1].isupper() for word in words):
        return True  # "World Economic Forum", "Department of Health"; not "Middle Ages", "Iron Age"
    if len(words) == 1:
        return gloss.endswith("ing") and cognate(item.lemma, (gloss.removesuffix("ing").rstrip("e") + "ation",))
    return all(_part_of(word, item.lemma) for word in words)


def _see_through(item: VocabItem, learner: int, glossary: Glossary) -> bool:
    """Is the noun's English meaning the sum of parts the learner knows, word by word? Round
    12's readers found Gastsänger "guest singer" (Gast + Sänger), Ostküste "east coast",
    Rettungskapsel "rescue capsule" and Operationsraum "operating room" not worth a gap: the
    hint gives the word away to whoever knows its parts. So does a noun of agent made from a
    known verb as its English is from the English verb: Käufer "buyer" (kaufen, to buy). A
    compound whose English says more than its parts (Geländewagen "all-terrain vehicle",
    Tagesablauf "daily routine", Raumschiff "spacecraft") or one with a part beyond the learner
    (Weltanschauung: Anschauung is C1) keeps its gap."""
    if item.pos != "NOUN" or not item.gloss:
        return False
    words = [word for word in re.split(r"[\s\-]+", item.gloss[0].lower()) if word and word not in GLOSS_FILLERS]
    parts = _compound_parts(item.lemma)
    if len(parts) == 2 and len(words) == 1:
        return _closed_compound(parts, words[0], learner, glossary)  # Schneesturm "snowstorm"
    if parts:
        return (len(parts) == len(words) and all(
            _known_part(part, word, learner, glossary) for part, word in zip(parts, words, strict=True)
        )) or _basic_parts(parts, words, learner)
    return len(words) == 1 and (_agent_noun(item.lemma, words[0], learner, glossary) or _person_of(item.lemma, learner))


def _basic_parts(parts: tuple[str, ...], words: list[str], learner: int) -> bool:
    """Are both parts of a two-part compound words a learner knows from the first two levels,
    the head an A1 word or the English word itself (Geburt + Stadt, Krieg + Akademie)? Round
    21's readers found gaps on Geburtsstadt "native town" and Kriegsakademie "military academy"
    not worth it whatever the English says: the word is read from its parts. A head the
    learner is still learning keeps its gap (Bahn + Anschluss, Gesamt + Menge)."""
    if len(parts) != 2 or not words:
        return False
    first, head = parts
    if not any(_below(word, pos, learner) for word, pos in ((first, "NOUN"), (first.lower(), "ADJ"), (first.lower(), "ADV"))):
        return False
    return LEVELS.index(band(lemma_value(head, "NOUN"))) == 0 or (
        _below(head, "NOUN", learner) and cognate(head, (words[-1],)))


def _below(word: str, pos: str, learner: int) -> bool:
    """Is the word known by the learner's level: a band below it, and in the lexicon at all?"""
    value = lemma_value(word, pos)
    return bool(value) and LEVELS.index(band(value)) < learner


def _person_of(noun: str, learner: int) -> bool:
    """Is the noun in -er the person of a noun in -e the learner knows (Apotheker: die Apotheke)?
    Round 21's readers found the gap trivial."""
    value = lemma_value(noun[:-1], "NOUN")
    return noun.endswith("er") and noun[:-1].endswith("e") and bool(value) and LEVELS.index(band(value)) <= learner


def _compound_parts(noun: str) -> tuple[str, ...]:
    """The parts of a compound noun: the splitter's, else the lexicon's head and what stands
    before it when that is a word of its own (Ost + Küste, which the splitter leaves whole)."""
    parts = split_compound(noun)
    if parts:
        return parts
    entry = noun_lexicon().compound_entry(noun)
    if entry is None or not entry.head or len(entry.head) >= len(noun):
        return ()
    modifier = noun[: len(noun) - len(entry.head)].rstrip("-")
    return (modifier, entry.head) if len(modifier) >= 3 and zipf_frequency(modifier) >= RIVAL_ZIPF else ()


def _known_part(part: str, english: str, learner: int, glossary: Glossary) -> bool:
    """Does the part mean the English word in its main senses, those the dictionary gives it
    without context (operation shares "operating"; Art is "way", not the "species" of Baumart
    "tree species", which is worth learning), and does the learner know it: at the learner's
    level or below, or a word shared with English (Kapsel, capsule)?"""
    pos = "VERB" if part.islower() else "NOUN"
    if pos == "NOUN" and not glossary.senses(part, pos):
        # a first part that is an adjective or adverb: Gesamtbevölkerung "total population",
        # Weiterentwicklung "further development" (weiter: "additional" as adjective, "further" as adverb)
        part = part.lower()
        pos = next((other for other in ("ADJ", "ADV") if _means(glossary, part, other, english)), "")
    if not pos or not _means(glossary, part, pos, english):
        return False
    return LEVELS.index(band(lemma_value(part, pos))) <= learner or cognate(part, (english,)) or _spelt_in_english(part, english)


def _means(glossary: Glossary, word: str, pos: str, english: str) -> bool:
    """Does one of the word's main senses share the English word?"""
    return any(_shares_word({english}, _english_words(sense.lower())) for sense in glossary.senses(word, pos))


def _closed_compound(parts: tuple[str, ...], english: str, learner: int, glossary: Glossary) -> bool:
    """Is the English one word made of the parts' main senses, as the German is of the parts
    (Schneesturm "snowstorm": snow + storm), and does the learner know both? Raumschiff
    "spacecraft" is no "roomship": its gap stays."""
    first, head = ({sense.lower() for sense in glossary.senses(part, "NOUN") if " " not in sense} for part in parts)
    return any(english == a + b and _known_part(parts[0], a, learner, glossary) and _known_part(parts[1], b, learner, glossary)
               for a in first for b in head)


def _agent_noun(noun: str, english: str, learner: int, glossary: Glossary) -> bool:
    """Is the noun the -er noun of a verb below the learner's level, and its English the English
    -er noun of the verb's main sense (Käufer "buyer": kaufen, to buy; Spieler "player": spielen)?
    A verb of the learner's own level is still being learnt, and its noun with it (Verwalter
    "manager": verwalten is B1); a noun from another sense of its verb is a word of its own
    (Verleger "publisher": verlegen is first "to transfer")."""
    if not noun.endswith("er") or not english.endswith("r"):
        return False
    stem = noun[:-2].lower()
    for verb in dict.fromkeys((stem + "en", stem.translate(_DE_UMLAUT) + "en")):
        if LEVELS.index(band(lemma_value(verb, "VERB"))) >= learner:
            continue
        for sense in glossary.senses(verb, "VERB")[:1]:
            base = sense.lower().removeprefix("to ")
            if " " not in base and english in (base + "er", base + "r", base + base[-1:] + "er"):
                return True
    return False


def _spelt_in_english(lemma: str, gloss: str) -> bool:
    """Does a one-word meaning nearly spell the word from its first letter on? A hint shows
    both, so the learner copies the English: round 12 found "der P… (penguin)" for Pinguine,
    "der G… (governor)" for Gouverneurs, "a… (to annex)" for annektiert and "b… (to bundle)" for
    bündeln given away, though they are no cognates by the vocabulary's stricter measure (a word
    read at sight, :func:`..extraction.vocabulary.cognate`). A verb is compared without its
    ending (annekt-, bündel-); "die R… (rocket)" for Rakete or "die F… (fleet)" for Flotte ask
    for the German word."""
    words = gloss.lower().removeprefix("to ").split()
    if len(words) != 1 or not lemma[:1].isalpha():
        return False
    english = words[0].translate(_PART_FOLD)
    german = lemma.lower().removeprefix("sich ").translate(_PART_FOLD)
    if not lemma[:1].isupper():
        german = re.sub(r"(?:ieren|en|n)$", "", german)
    if english[:1] != german[:1] or min(len(english), len(german)) < 4:
        return False
    return SequenceMatcher(None, english, german).ratio() >= PART_SIMILARITY


def _part_of(word: str, compound: str) -> bool:
    """Is the English word nearly the same as a stretch of the German compound that starts
    with its letter (school ~ Schul-, animated ~ -animations-)?"""
    english, german = word.lower().translate(_PART_FOLD), compound.lower().translate(_PART_FOLD)
    if len(english) < 3:
        return False
    for start in (k for k, letter in enumerate(german) if letter == english[0]):
        for length in range(max(3, len(english) - 2), len(english) + 3):
            stretch = german[start : start + length]
            if len(stretch) < length:
                break
            if SequenceMatcher(None, english, stretch).ratio() >= PART_SIMILARITY:
                return True
    return False


def _shorter_word_fits(item: VocabItem, options: Options) -> bool:
    """Does a noun the answer begins with fit its hint too? "G… (summit)" admits Gipfel as well
    as Gipfeltreffen, "G… (danger)" Gefahr as well as Gefährdung: the dictionary gives the
    shorter noun the same meaning, so the hint cannot tell them apart."""
    if item.pos != "NOUN" or not item.gloss:
        return False
    glossary = load_glossary(options.dictionary)
    if glossary is None:
        return False
    meaning = item.gloss[0].casefold()
    for length in range(4, len(item.lemma) - 2):
        start = item.lemma[:length]
        for noun in {start, start.translate(_DE_UMLAUT)}:
            if any(sense.english.casefold() == meaning for sense in glossary.candidates(noun, "NOUN")):
                return True
    return False


def _doubtful_card(item: VocabItem, token: Token | None, sentence: Sentence, options: Options) -> bool:
    """Is the meaning the card shows doubtful where the gap stands? Its hint or back then teaches
    a wrong sense (Skizze "design", Öffentlichkeit "light", betätigen "to apply"), and a learner
    takes it from the card: a gap on another word does no such harm.

    - A gloss with unbalanced brackets ("to defend ); to fight off") is a garbled dictionary line.
    - A sense of the dictionary that is no synonym of any meaning the card shows (see
      :func:`_synonyms`), and scores ``DOUBTFUL_RIVAL`` of the shown one's score in this
      sentence (the scores of :mod:`..extraction.senses`: support, commonness, construction), is
      as likely meant:
      Fleck "dash" or "stain", Beleg "document" or "justification". A sense the dictionary
      gives only with a qualifier ("jdn. (bei einem Attentat) ermorden :: to assassinate") is
      no rival where it is not shown."""
    if not item.gloss or item.pos not in ("NOUN", "VERB", "ADJ"):
        return False
    if any(gloss.count("(") != gloss.count(")") for gloss in item.gloss):
        return True
    return sense_confidence(item, token, sentence, options) <= 1 / (1 + DOUBTFUL_RIVAL)


def sense_confidence(item: VocabItem, token: Token | None, sentence: Sentence, options: Options) -> float:
    """How sure the card's meaning is where the gap stands: the shown sense's share of its score
    and the best unrelated sense's in this sentence (1.0 with no rival, 0.5 for a tie). The one
    place the sense choice's confidence enters the cloze notes, so that a better measure
    (from :mod:`..extraction.senses`) can replace it."""
    glossary = load_glossary(options.dictionary)
    if glossary is None or not item.gloss:
        return 1.0
    candidates = [sense for sense in glossary.candidates(item.lemma, item.pos) if NARROW not in sense.marks]
    context = Context.of(sentence, item.lemma, token.i if token is not None else None)
    totals: dict[str, float] = {}
    cues: dict[str, set[str]] = {}
    for sense in candidates:
        head = _english_head(sense.english)
        # an adjective's sense Ding gives with one noun ("durchschnittliche Laufzeit :: average
        # maturity") still says what the word mostly means: its support counts here as a free sense's
        free = replace(sense, bound=False, partners="") if sense.bound and sense.pos == "ADJ" else sense
        totals[head] = totals.get(head, 0.0) + score(free, context)
        cues.setdefault(head, set()).update(w for w in sense.cues.split() if not _form_of(w, item.lemma))
    if _english_head(item.gloss[0]) not in totals:
        return 1.0  # a sense from a compound's parts or a plural's own entry: not comparable here
    own = sum(value for head, value in totals.items() if _synonyms(item.gloss[0], head, cues))  # harbour, harbor
    rival = max((value for head, value in totals.items()
                 if not any(_synonyms(gloss, head, cues) for gloss in item.gloss)), default=0.0)
    return own / (own + rival) if own + rival > 0 else 0.5


def _guessed(item: VocabItem, token: Token | None, sentence: Sentence, options: Options) -> bool:
    """Is the card's meaning a guess a learner should not be taught in the gap? The sense choice
    found rival senses and nothing in the sentence decided (``VocabItem.gloss_doubtful``), and a
    rival keeps a good share of the score where the gap stands (:func:`sense_confidence` below
    ``SURE_SHARE``): Geschwindigkeit "time" beside "speed", Umsetzung "move" beside
    "implementation", antreiben "to push" beside "to power". Either alone removes sound hints:
    the flag marks Rettung "rescue" and Buchhalter "accountant", the share Hafen "harbour"."""
    return item.gloss_doubtful and sense_confidence(item, token, sentence, options) < SURE_SHARE


def _form_of(word: str, lemma: str) -> bool:
    """Is the German word a form of the lemma, its stem inside the lemma ("kündigte" of
    ankündigen)? Every line of the lemma quotes its forms: they say nothing about the line."""
    return _fold(word[:4]) in _fold(lemma)


def _synonyms(gloss: str, other: str, cues: dict[str, set[str]]) -> bool:
    """Are two English senses of a word one meaning? They share a word ("to have an effect on",
    "effect"; harbour, harbor), or they come from one dictionary line, which gives synonyms: the
    German words of the line (its other headwords and examples, the senses' cues; not the
    lemma's own forms) are shared, at least two and half of the sense with fewer (Waldgebiet's
    "woodland" and "forest area": "größtes zusammenhängendes Waldgebiet Deutschlands"). Fleck's
    "dash" and "spot" share one cue of six (Tupfen): two lines, two meanings."""
    if _shares_word(_english_words(gloss), _english_words(other)):
        return True
    mine, theirs = cues.get(_english_head(gloss), set()), cues.get(other, set())
    shared = len(mine & theirs)
    return shared >= 2 and 2 * shared >= min(len(mine), len(theirs))


# English particles of a verb's construction: "to belong to" and "to belong" are one sense
_ENGLISH_PARTICLES = frozenset({"on", "of", "to", "with", "about", "for", "from", "in", "at", "by", "over", "into", "against", "as"})


def _english_head(gloss: str) -> str:
    words = gloss.lower().split()
    return " ".join(words[:-1] if len(words) > 2 and words[-1] in _ENGLISH_PARTICLES else words)


def _english_words(gloss: str) -> set[str]:
    return set(_english_head(gloss).removeprefix("to ").split())


def _shares_word(first: set[str], second: set[str]) -> bool:
    """Do two English glosses share a word, its stem or a word inside a compound ("special
    feature", "speciality"; harbour, harbor; storm, thunderstorm)?"""
    return bool(first & second) or any(
        (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]) or (min(len(a), len(b)) >= 4 and (a.endswith(b) or b.endswith(a)))
        for a in first for b in second
    )


def _fits_another(item: VocabItem, vocabulary: tuple[VocabItem, ...]) -> bool:
    """Does a hint of first letter and meaning fit another word of the article's vocabulary,
    one of the same part of speech, letter (and article) whose meaning shares an English word with it?
    "die S… (force)" for Streitmacht admits the deck's Streitkraft ("armed forces") too."""
    words = set().union(*(_english_words(gloss) for gloss in item.gloss[:HINT_SENSES])) - GLOSS_FILLERS
    for other in vocabulary:
        if other.lemma == item.lemma or other.pos != item.pos or other.lemma[:1].lower() != item.lemma[:1].lower():
            continue
        if other.article != item.article:
            continue  # "der H… (ruler)" is no hint for die Herrschaft
        if any(_shares_word(words, _english_words(gloss) - GLOSS_FILLERS) for gloss in other.gloss):
            return True
    return False


def _two_forms(item: VocabItem, token: Token | None) -> bool:
    """Is the gap a past form of a verb with two sets of them ("wurden per Post [versandt]":
    versendet as well; wandte/wendete)? senden and wenden and the verbs made from them
    (versenden, verwenden, anwenden; not verschwenden) take both the mixed and the weak forms,
    and a lemma hint does not say which the key wants. Their present forms are one."""
    verb = item.lemma.removeprefix("sich ")
    if item.pos != "VERB" or token is None or not verb.endswith(TWO_FORM_VERBS) or verb.endswith("schwenden"):
        return False
    form = token.text.lower()
    return token.tag.endswith("PP") or "and" in form or re.search(r"[sw]endete", form) is not None


def _two_genitives(item: VocabItem, answer: str) -> bool:
    """Is the gap the genitive singular of a noun of one syllable, which takes -s and -es alike
    (des Ruhms, des Ruhmes; des Tags, des Tages)? A gap cannot say which the key wants: round 19's
    readers judged "Trotz seines [Ruhms]" not usable. A noun ending in a hissing sound takes -es
    only (des Hauses), one ending in a vowel -s only (des Zoos)."""
    lemma = item.lemma
    if item.pos != "NOUN" or item.article not in ("der", "das") or answer not in (lemma + "s", lemma + "es"):
        return False
    if item.plural.removeprefix("die ") == answer or lemma.lower().endswith(("s", "ß", "x", "z", "sch")):
        return False
    return len(_VOWELS.findall(lemma.lower())) == 1 and lemma[-1].lower() not in "aeiouäöüy"


def _bare_plural(item: VocabItem, token: Token, tokens: tuple[Token, ...]) -> bool:
    """Is the gap a plural of a noun whose singular takes "die" too, bare in a pair joined by
    und/oder, where German drops the article of a singular as well? "Auf der Wannseekonferenz …
    wurden [Zuständigkeiten] und Organisation … beschlossen" takes Zuständigkeit as well, which
    "die Z… (jurisdiction)" invites (round 20's readers). Not after a word that shows the number
    ("den großen [Vernichtungslagern]", "die [Bestimmungen]"), nor outside a pair ("zur
    Massenproduktion von [Raketen]": no singular fits), nor a masculine or neuter noun, whose
    hint's article is not the plural's."""
    if item.pos != "NOUN" or item.article != "die" or _noun_number(token) != "Plur":
        return False
    before = tokens[token.i - 1] if token.i > 0 else None
    after = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if before is not None and before.tag in NOUN_PHRASE_OPENERS | {"APPRART"}:
        return False
    return any(neighbour is not None and neighbour.tag == "KON" for neighbour in (before, after))


def _in_brackets(text: str, position: int) -> bool:
    """Is the position inside round brackets (within its line)?"""
    line_start = text.rfind("\n", 0, position) + 1
    before = text[line_start:position]
    return before.count("(") > before.count(")")


def _learnable(item: VocabItem, learner: int) -> bool:
    if item.pos not in CONTENT_POS or item.lemma.lower() in FUNCTION_LEMMAS:
        return False
    if item.pos == "MWE" and not any(word[:1].isupper() for word in item.lemma.split()[1:]):
        return False  # "es handelt sich um": nothing to learn from a gap on "sich um"
    return not item.level or item.level not in LEVELS or LEVELS.index(item.level) >= learner


def _leads_into_list(sentence: Sentence) -> bool:
    """"Die Abschnitte beruhen auf:" says nothing without the list after it."""
    return sentence.text.rstrip().endswith(":")


def _referents(analysis: Analysis, sentence: Sentence) -> list[tuple[int, str]] | None:
    """What the sentence must add to read on its own: (offset after a pronoun, its referent
    in brackets). None when it cannot: no finite verb, an opening that points back, or a
    pronoun whose referent is not certain."""
    tokens = list(sentence.tokens)
    words = [t for t in tokens if any(c.isalnum() for c in t.text)]
    if not words or words[0].tag in BACK_POINTING_TAGS:
        return None
    if not _has_main_verb(sentence, tokens):
        return None
    if _noun_left_out(tokens):
        return None
    added: list[tuple[int, str]] = []
    named: set[str] = set()
    for token in tokens:
        if not _third_person(token):
            continue
        if token is words[0] and token.tag == "PPOSAT":
            return None  # "Seine Äußerungen" at the start: the card would open with a gloss
        if _antecedent_before(tokens, token):
            continue  # "Die USA sagten, sie seien besorgt": the reader finds it in the sentence
        referent = resolve(analysis, sentence.index, token.i)
        if referent is None:
            return None
        if referent in named or referent.split()[-1] in analysis.article.text[sentence.start : token.start]:
            continue  # named before it in the shown text: "Kim sagte, er …"
        named.add(referent)
        added.append((token.end, f" (= {short_name(referent, analysis.article.text)})"))
    return added


LONG_NAME = 3  # words of a name a gloss shortens to the part the text calls the person by
SHORT_NAME_USES = 2  # times the text must use that part alone


def short_name(referent: str, text: str) -> str:
    """The part of a long name (``LONG_NAME`` words or more) the text calls the person by on its
    own, at least ``SHORT_NAME_USES`` times, or the referent as it is: "Trotz seines (=
    Rembrandt Harmenszoon van Rijn) Ruhms" broke the sentence for round 21's readers, "(=
    Rembrandt)" reads as the text does ("der junge Rembrandt"). A noun phrase (lower-case
    words) is no name and stays."""
    words = referent.split()
    if len(words) < LONG_NAME or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return referent
    alone = text.replace(referent, " ")
    uses = {
        word: len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", alone))
        for word in words if word[:1].isupper() and len(word) > 2
    }
    best = max(uses, key=lambda word: (uses[word], -words.index(word)), default="")
    return best if best and uses[best] >= SHORT_NAME_USES else referent


def _noun_left_out(tokens: list[Token]) -> bool:
    """Does an article and adjective stand for a noun of an earlier sentence ("Datiert um 400 n.
    Chr. ist die älteste in fehlerhaftem Sanskrit verfasst": the oldest inscription)? Round 15's
    reader asked "die älteste of what?": the sentence does not read on its own. The adjective is
    followed by a verb, a preposition or the sentence's end, not by its noun or more of its phrase
    ("die älteste der Inschriften", "die rote und die blaue Jacke", "die älteste noch erhaltene
    Inschrift" keep their notes); a noun made of an adjective is capitalised (die Alten). A
    preposition may open an attribute of the same noun, whose participle then agrees with the
    adjective ("die erste in Deutschland gebaute Eisenbahn"), unlike an adjective of the
    preposition's own noun ("in fehlerhaftem Sanskrit")."""
    for k, (before, adjective, after) in enumerate(zip(tokens, tokens[1:], tokens[2:], strict=False)):
        if not (before.tag == "ART" and adjective.tag == "ADJA" and adjective.text.islower()):
            continue
        if after.tag in ("APPR", "APPRART") and _attribute_follows(adjective, tokens[k + 2 :]):
            continue
        if after.tag in ELLIPSIS_FOLLOWERS:
            return True
    return False


def _attribute_follows(adjective: Token, rest: list[Token]) -> bool:
    """Does an adjective with the same ending as ``adjective`` stand before a noun in ``rest``,
    before the next verb or punctuation: "die erste [in Deutschland gebaute Eisenbahn]"?"""
    for word, following in pairwise(rest):
        if word.tag.startswith(("V", "$")):
            return False
        if word.tag == "ADJA" and following.tag == "NN" and _ending(word.text) == _ending(adjective.text):
            return True
    return False


def _ending(adjective: str) -> str:
    """The inflectional ending of an attributive adjective: -e, -en, -em, -er or -es."""
    return adjective[-2:] if adjective.endswith(("em", "en", "er", "es")) else adjective[-1:]


def _has_main_verb(sentence: Sentence, tokens: list[Token]) -> bool:
    """The finite verb of a main clause is shown ("… die ausreichend Gefälle hat" is a
    fragment); without a clause analysis, any finite verb."""
    shown = {t.i for t in tokens}
    if sentence.clauses:
        return any(c.kind in MAIN_CLAUSES and c.finite in shown for c in sentence.clauses)
    return any(t.tag in FINITE_TAGS for t in tokens)


def _antecedent_before(tokens: list[Token], pronoun: Token) -> bool:
    """Is there a name, or a noun that agrees with the pronoun, before it in the shown text?"""
    word = pronoun.text.lower()
    if pronoun.tag == "PPOSAT":
        readings = POSSESSIVES["sein" if word.startswith("sein") else "ihr"]
    else:
        readings = PRONOUNS.get(word, frozenset())
    for token in tokens:
        if token.i >= pronoun.i:
            return False
        if token.tag == "NE" or token.ent_label in ("PER", "LOC", "ORG"):
            return True
        if token.tag == "NN":
            number, gender = token.feature("Number"), token.feature("Gender")
            reading = ("", "Plur") if number == "Plur" else (gender, "Sing")
            if reading in readings:
                return True
    return False


def _third_person(token: Token) -> bool:
    word = token.text.lower()
    if token.tag == "PPER":
        return word in THIRD_PERSON
    return token.tag == "PPOSAT" and word.startswith(("sein", "ihr"))


def _stands_alone(target: Target, sentence: Sentence, analysis: Analysis) -> bool:
    """A whole word that stands in the sentence once: a repeated word gives its gap away,
    and a gap inside a word (``Aare``-Ufer) is no word to recall."""
    text = analysis.article.text
    if not sentence.start <= target.start < target.end <= sentence.end:
        return False
    before = text[target.start - 1] if target.start > 0 else " "
    after = text[target.end] if target.end < len(text) else " "
    if before.isalnum() or after.isalnum() or before == "-" or after == "-":
        return False
    answer = text[target.start : target.end]
    pattern = rf"(?<!\w){re.escape(answer)}(?!\w)"
    return len(re.findall(pattern, sentence.text, flags=re.IGNORECASE)) == 1


def _echoed(target: Target, shown: list[Token], analysis: Analysis) -> bool:
    """Does another content word of the shown text echo the gap (see :func:`_echoes`), or, for
    a noun, its lemma? "… der Duft, … eine Duftnote … [Düften]" (round 14): the compound holds
    Duft though not the plural's umlaut. A function word does not: "durch" is no echo of durchschnittlich. Only the shown text counts:
    "… minderjährigen [Asylbewerbern] …" keeps its gap when the sentence's later
    "Asylbewerber" is trimmed off. A noun echoes by its lemma too, which its plural's ending hides:
    "da sie … Funde machte, … [Fundstellen]" and "einzelne Atome …, manchmal [atomar]" (round 15:
    "the word can be guessed from Atome")."""
    answer = analysis.article.text[target.start : target.end]
    lemma = target.lemma if target.item.pos == "NOUN" else _unnegated(target.item) or answer
    return any(
        _echoes(word, answer) or _echoes(word, lemma)
        for t in shown
        if t.start != target.start and t.text.isalpha() and t.tag not in FUNCTION_TAGS
        for word in ((t.text, t.lemma) if t.tag == "NN" else (t.text,))
    )


def _unnegated(item: VocabItem) -> str:
    """An adjective's stem without its negating un- or in- ("stabil" of instabil), "" for other
    words. Round 16's reader found "… damit das Portal nicht so [instabil] wird", with
    "Stabilisator" earlier in the sentence, given away: the learner adds in- to the word shown.
    The stem must be a word of its own, one wordfreq knows (unterirdisch, insgesamt are no
    negations: "terirdisch", "sgesamt" are no words)."""
    lemma = item.lemma
    if item.pos != "ADJ" or not lemma.startswith(NEGATING_PREFIXES):
        return ""
    stem = lemma[2:]
    return stem if len(stem) >= ECHO_STEM and zipf_frequency(stem) >= RIVAL_ZIPF else ""


def _echoes(word: str, answer: str) -> bool:
    """Does another word of the sentence give the gap away? It holds the answer
    ("keine [Elementarteilchen], sondern nach dem Standardmodell der Elementarteilchenphysik"),
    the answer begins with it ("Die in einem Atom vorhandenen … bilden den [Atomkern]"), or the
    two share their stem ("überlebten die beiden …, wurden drei weitere [Überlebende] gefunden":
    ``ECHO_STEM`` letters and most of the shorter word). Unrelated words share at most a prefix
    (Verhandlung, Verhaftung) or a compound's part: "Unterstützer" and "Unternehmen"."""
    one, two = _fold(word), _fold(answer)
    if min(len(one), len(two)) >= ECHO_PART and (two.startswith(one) or two in one):
        return True
    shared = len(os.path.commonprefix([one, two]))
    return shared >= ECHO_STEM and shared >= ECHO_SHARE * min(len(one), len(two))


def _choose(targets: list[Target], sentence: Sentence) -> list[Target]:
    """The best non-overlapping targets by score, one per word, no two side by side or with
    only function words between them."""
    chosen: list[Target] = []
    for target in sorted(targets, key=lambda t: (-t.value, t.start)):
        if len(chosen) == MAX_DELETIONS:
            break
        if any(target.start < c.end and c.start < target.end for c in chosen):
            continue
        if any(c.lemma == target.lemma for c in chosen):
            continue  # two gaps for one word: the second gives the first away
        if target.item.gloss and any(
            c.item.gloss and _english_head(c.item.gloss[0]) == _english_head(target.item.gloss[0]) for c in chosen
        ):
            continue  # Stiftung and Gründung both "foundation", umwandeln "to convert" and bekehren "to convert to"
        if any(_adjacent(sentence, target, c) for c in chosen):
            continue  # "in einen hohen [ ] [ ] [ ]", "nach [ ] der [ ]": each gap needs words around it
        chosen.append(target)
    return sorted(chosen, key=lambda t: t.start)


def _adjacent(sentence: Sentence, one: Target, other: Target) -> bool:
    """Do the two gaps stand side by side, or with only function words between them? "nach
    [Einbruch] der [Dunkelheit]" guts the phrase: neither gap has a word to recall it from."""
    first, second = sorted((one, other), key=lambda t: t.start)
    between = [t for t in sentence.tokens if first.end <= t.start and t.end <= second.start]
    return all(t.tag in FUNCTION_TAGS for t in between)


def _disagrees(sentence: Sentence) -> bool:
    """Does a clause's finite verb disagree in number with its subject ("wurde … zwei
    Werbespots gezeigt", "Hagelschläge … führen kann")? A card copies the sentence as a model,
    so a source error makes none. The subject counts when it is a plain noun phrase (a
    determiner or numeral, adjectives, the noun) whose number the noun lexicon is sure of; a
    clause with no subject takes a bare plural phrase beside a singular verb for it."""
    tokens = {t.i: t for t in sentence.tokens}
    for clause in sentence.clauses:
        finite = tokens.get(clause.finite) if clause.finite is not None else None
        if (
            finite is None or finite.tag not in FINITE_TAGS or not clause.sure or clause.kind != "main"
            or clause.number not in ("Sing", "Plur") or clause.person not in ("", "3")
        ):
            continue  # a coordinated clause shares its subject: "reinigt Gaumen, vertreibt die Schmerzen"
        subjects = clause.role("subject")
        if subjects:
            candidates = [(subjects[0], NOUN_PHRASE_OPENERS - {"CARD"})]  # "38 Prozent der Muslime lebten"
        elif clause.voice == "passive" and clause.number == "Sing":
            candidates = [(c, BARE_PHRASE_OPENERS) for c in clause.constituents
                          if not (c.preposition or c.case or c.clause is not None)]
        else:
            continue  # "besitzt das Ungarische 27 Fälle": an object; in the passive it is the subject
        for constituent, openers in candidates:
            words = [tokens[i] for i in range(constituent.start, constituent.end) if i in tokens]
            head = tokens.get(constituent.head)
            if not words or head is None or head.tag != "NN" or (subjects and not constituent.sure):
                continue
            if words[0].tag not in openers or any(
                t.tag not in openers | {"ADV", "ADJA"} for t in words[1:] if t.i < head.i
            ):
                continue  # "wir Stoff", "die durch den … Architekten", "keine der beiden Frauen"
            if any(t.tag == "KON" or t.text == "," for t in words):
                continue  # "Vitamine, Spurenelemente und Kohlehydrate": a list may take either number
            number = _noun_number(head)
            if number == "Plur" and words[0].text.lower() in SINGULAR_ARTICLES:
                continue  # "das Schließen der Blüten": a noun made from a verb, singular
            if not subjects and number != "Plur":
                continue
            listed = any(t.tag == "KON" or t.text == "," for t in sentence.tokens if t.i > head.i)
            if number and number != clause.number and not (clause.number == "Plur" and listed):
                return True  # a plural verb may have a list of subjects: "Die Blendung, Die Nachtwache und …"
    return False


def _case_mismatch(sentence: Sentence) -> bool:
    """Does a preposition stand right before an article of a case it never takes? Round 16's
    reader found four cards on a garbled translated quotation, "… sogar bis dem Ausmaße lag":
    bis, durch, für, gegen, ohne take the accusative, so "bis dem" is a slip, and aus, bei,
    mit, nach, seit, von, zu the dative, so "mit das" or "von einen" is one. A card copies its
    sentence as a model. Only the article right after the preposition counts ("bis zu dem
    Ausmaß", "für den Mann", "mit den Kindern" are sound); um is left out, as "um der Sache
    willen" takes the genitive."""
    for preposition, article in pairwise(sentence.tokens):
        if preposition.tag != "APPR" or article.tag != "ART":
            continue
        word, case = preposition.text.lower(), article.text.lower()
        if word in ACCUSATIVE_PREPOSITIONS and case in DATIVE_ONLY_ARTICLES:
            return True
        if word in DATIVE_PREPOSITIONS and case in ACCUSATIVE_ONLY_ARTICLES:
            return True
    return False


def _name_list(sentence: Sentence, analysis: Analysis) -> bool:
    """Does the sentence list ``NAME_LIST`` names or more, joined by commas and und, oder, sowie
    (with their articles)? Round 16's reader rejected the examples of a sentence "full of ship
    names": the learner reads past the names to find the language, and a gap among them has
    little sentence left to recall it from. Names spread over the clauses of a sentence ("Mit
    Selvigs Hilfe, der von Lokis Kontrolle befreit wurde, schließt Black Widow das Portal") are
    its actors, no list: that note was judged usable."""
    names = _name_runs(sentence, analysis)
    text = analysis.article.text
    run = 1
    for (_, end), (start, _) in pairwise(names):
        between = text[end:start].replace(",", " ").split()
        run = run + 1 if all(word in NAME_JOINERS for word in between) else 1
        if run >= NAME_LIST:
            return True
    return False


def _name_runs(sentence: Sentence, analysis: Analysis) -> list[tuple[int, int]]:
    """The (start, end) of each name in the sentence: an entity's words, or words tagged as
    names it missed, a run of them one name ("Maxim Gorki")."""
    entities = [(e.start, e.end) for e in analysis.entities if sentence.start <= e.start and e.end <= sentence.end]
    names: list[tuple[int, int]] = []
    for token in sentence.tokens:
        if token.tag != "NE" and not any(start <= token.start and token.end <= end for start, end in entities):
            continue
        if names and not analysis.article.text[names[-1][1] : token.start].strip():
            names[-1] = (names[-1][0], token.end)
        else:
            names.append((token.start, token.end))
    return names


def _crowded(sentence: Sentence, analysis: Analysis) -> bool:
    """Is the sentence long and crowded with people: ``CROWDED_NAMES`` persons or more in more
    than ``CROWDED_WORDS`` words? Round 21's readers rejected such sentences for one gap ("…
    kamen Heuss und Bundeskanzler Konrad Adenauer schließlich in einem Briefwechsel überein, das
    Deutschlandlied von Heinrich Hoffmann von Fallersleben …"): the learner reads past who did
    what to find the language. A short sentence with as many keeps its card ("Als Komponisten
    hatte Heuss ursprünglich Carl Orff vorgesehen; dieser verwies Heuss jedoch an Reutter.")."""
    people = [e for e in analysis.entities if e.label == "PER" and sentence.start <= e.start and e.end <= sentence.end]
    return _words(sentence.tokens) > CROWDED_WORDS and len(people) >= CROWDED_NAMES


# Determiners spelt alike before a feminine singular and a plural (nominative and accusative).
_FEMININE_OR_PLURAL = frozenset(["die", "diese", "jene", "welche", "keine", "meine", "deine", "seine", "ihre", "unsere",
                                 "eure"])


def _feminine_determiner(sentence: Sentence, noun: Token) -> bool:
    """Does the noun follow right after a determiner that a feminine singular takes as well
    (die, diese, seine)? Then only the noun's ending tells the number, which a gap hides."""
    position = next((k for k, token in enumerate(sentence.tokens) if token.i == noun.i), 0)
    return position > 0 and sentence.tokens[position - 1].text.lower() in _FEMININE_OR_PLURAL


def _noun_number(token: Token) -> str:
    """The number of a noun as the lexicon tells it: Plur for a plural form of its lemma
    (Werbespots), Sing for the lemma itself when no plural reads the same (Blendung); "" when
    unsure (das Tragen, die Jahre, a noun the lexicon lacks or one declined like an adjective)."""
    entry = noun_lexicon().lookup(token.lemma, compound_fallback=False)
    if entry is None or entry.adjectival:
        return ""  # "Sein Vorgesetzter": an adjective's endings, not the noun's
    readings = {number for lemma, number in noun_lexicon().forms(token.text) if lemma == token.lemma}
    if "Plur" in readings and token.text != token.lemma:
        return "Plur"
    if readings == {"Sing"} and token.text == token.lemma:
        return "Sing"
    return ""


def hint_for(target: Target, answer: str, kind: str) -> str:
    """A hint that helps without giving the answer away (never the answer itself): with
    ``lemma``, the lemma where it differs from the form, else the gloss, else a start. A form
    the sentence leaves open (``Target.form``) stands in it: "b… (Präteritum; to encounter)",
    "die U… (Plural; primary matter)"."""
    item = target.item
    label = target.mood or (target.form if item.pos == "VERB" else "")  # "der Hafen" is the citation form
    if kind == "none":
        return ""
    if kind in MEANING_HINTS and not target.sure:
        return f"{item.display}, {label}" if label else item.display  # a doubtful meaning would mislead
    if kind == "lemma":
        if (
            item.lemma.casefold() != answer.casefold()
            and item.pos != "MWE"
            and item.display.casefold() != answer.casefold()
            and not _ending_drill(target, answer)
            and (not item.gloss or target.mood)
        ):
            return f"{item.display}, {label}" if label else item.display
        kind = "gloss" if item.gloss and not item.article else "article"
    gloss = "; ".join(item.gloss[:HINT_SENSES]) if item.gloss and answer.casefold() not in item.gloss[0].casefold() else ""
    if len(item.gloss) > 1 and answer.casefold() in item.gloss[1].casefold():
        gloss = item.gloss[0]
    shown = f"{target.form}; {gloss}" if target.form and gloss else gloss
    if kind == "gloss" and gloss and answer.casefold() not in gloss.casefold():
        return f"{answer[: target.letters]}… ({shown})"  # "to give away" alone admits schenken as well as verschenken
    if kind == "article" and item.article:
        meaning = f" ({shown})" if gloss and answer.casefold() not in gloss.casefold() else ""
        start = answer[: target.letters] if meaning else answer[:1]
        article = "die" if target.form == "Plural" else item.article  # "der U…" misleads for Urstoffe
        return f"{article} {start}…{meaning}"  # the meaning tells Verfolgung from Vernichtung
    if kind in ("article", "first-letter", "gloss"):
        return answer[:1] + "…"
    return POS_NAMES.get(item.pos, "Wort")


def _form_label(target: Target, sentence: Sentence, chosen: list[Target]) -> str:
    """What a meaning hint must name because nothing else in the sentence decides it: the past
    of a weak verb's gap where no other clause's finite verb and no year shows it ("An der
    Universität [b…] sie am ersten Tag …": begegnet and begegnete both fit, round 21), and "Plural" for a masculine or neuter
    noun's plural form ("der U… (primary matter)" asked for Urstoffe, round 21: the article
    and a mass noun's meaning point to the singular), and for a feminine noun's plural right
    after a determiner the singular shares ("man müsse die [S…] von London erweitern": "die
    S… (city boundary)" took Stadtgrenze as well as Stadtgrenzen, round 20). "" otherwise, and for a subjunctive, whose
    mood the hint already names."""
    token = next((t for t in sentence.tokens if t.start == target.start), None)
    item = target.item
    if token is None or target.mood:
        return ""
    if item.pos == "NOUN" and item.article in ("der", "das"):
        plural = item.plural.removeprefix("die ")
        if token.text == item.lemma or item.weak_noun:
            return ""  # der Lehrer, die Lehrer; "zum Gesellen" (n-Deklination): the sentence's article tells
        return "Plural" if token.text in (plural, plural + "n") or _noun_number(token) == "Plur" else ""
    if item.pos == "NOUN" and item.article == "die" and _noun_number(token) == "Plur" and _feminine_determiner(sentence, token):
        return "Plural"
    if item.pos != "VERB" or token.tag != "VVFIN" or len(item.verb_forms) < 2 or not _weak_past(item, token.text):
        return ""
    gapped = {t.i for t in sentence.tokens if t.start in {c.start for c in chosen}}
    if _relative_gap(sentence, token):
        return "Präteritum"  # a relative clause's tense is its own (see _relative_gap)
    if any(c.tense in PAST_TENSES for c in sentence.clauses if c.finite is not None and c.finite not in gapped):
        return ""  # "Einige forderten …, andere [verursachten] …": the tense is in view
    if any(t.tag == "CARD" and _YEAR.fullmatch(t.text) for t in sentence.tokens):
        return ""  # "Das Parlament [verabschiedete] … im Jahr 1800"
    return "Präteritum"


def _relative_gap(sentence: Sentence, token: Token) -> bool:
    """Is the gap the finite verb of a relative clause? Its tense is its own: "Im Jahr 1919 bot
    … ein Preisgeld für denjenigen, der … den Atlantik [ü…]" takes überquert as well as
    überquerte (round 21's readers), so neither another clause's past nor a year decides it."""
    return any(c.kind == "relative" and c.finite == token.i for c in sentence.clauses)


def _weak_past(item: VocabItem, form: str) -> bool:
    """Is the finite form a weak verb's preterite (begegnete, verursachten, einsetzte in a
    subordinate clause)? Its present differs by a "-te" alone, so the meaning hint fits both;
    a strong verb's past is the lesson of its gap (wichen … ab, erwarb), a form of its own."""
    preterite = item.verb_forms[1].split()[0].casefold()
    own = form.casefold()
    prefix = item.separable_prefix.casefold()
    if prefix and own.startswith(prefix) and not preterite.startswith(prefix):
        own = own.removeprefix(prefix)
    return preterite.endswith("te") and own.startswith(preterite)


def _garbled(sentence: Sentence) -> bool:
    """Is the sentence a piece the splitter cut from a longer one? Round 21's readers found
    "10·10−12 Saturnmassen) und folgerten …" and "… und Masse (5…": a bracket opened or closed
    without its partner, a start in lower case or with a closing bracket, no full stop, question
    or exclamation mark at the end. A card copies its sentence as a model of German; so is one
    that lost a letter (see vocabulary.LOST_LETTER: "Zum Beispiel Ö ist ein kurzes "ö",  wird
    hingegen lang [ausgesprochen]" has no subject, round 20's readers), and one that spells a
    word out for the ear ("Rennrad, Mountain-Bike, sprich: Maunten-Beik, …": a list of foreign
    words that round 20's readers found cluttered; see vocabulary.SPOKEN)."""
    text = sentence.text.strip()
    if LOST_LETTER.search(text) or SPOKEN.search(text):
        return True
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return True
    if not text or text[0].islower() or text[0] in ")]:;,.–-":
        return True
    return not text.rstrip("“”\"»«’)").endswith((".", "!", "?"))


def _lesson_form(target: Target, answer: str) -> bool:
    """Can the lemma stand as the hint, the form being the lesson? The teacher's way with a word
    whose meaning the sense choice only guessed (:func:`_guessed`): ask for its form, erwarb
    (erwerben), erzogen (erziehen), Tagesabläufe (der Tagesablauf), and teach no English that may
    be wrong. Not where the form is the lemma itself, nor where the lemma leaves only an ending to
    add (:func:`_ending_drill`: readers rejected such gaps), nor for a phrase: such a gap keeps its
    meaning hint, since dropping it lost as many sound hints as wrong ones (Gespräch
    "conversation", Häftlinge "detainee" beside Geschwindigkeiten "time")."""
    form = answer.casefold()
    item = target.item
    if item.pos == "MWE" or form in (item.lemma.removeprefix("sich ").casefold(), item.display.casefold()):
        return False
    return not _ending_drill(target, answer)


def _ending_drill(target: Target, answer: str) -> bool:
    """Does the lemma hint leave only an ending to add? Round 12's readers rejected nearly every
    note for such a gap beside a good one: a noun's form that begins with its lemma ("ihres
    [Tagesablaufes]" with "der Tagesablauf", "In den historischen [Aufzeichnungen]" with "die
    Aufzeichnung"), a weak verb's form ("in die Sklaverei [verschleppt]" with "verschleppen",
    round 10), a verb's present form ("[zieht] sich darum zurück" with "sich zurückziehen"), a
    participle that keeps the infinitive's vowel ("zu beträchtlicher Größe [herangewachsen]"
    with "heranwachsen") or ends in -t ("[Benannt] wurde New York …" with "benennen"), a
    separable verb whose particle stands in the sentence ("[rief] den … Kronzeugen … auf" with
    "aufrufen": the particle and the lemma leave the stem's form), an adjective's ending ("der
    [vordere] Teil" with "vorder"). Such a gap gets the meaning hint, so that the learner
    recalls the word; with no meaning to show it makes no gap. The lemma hint stays where the
    form is the lesson: a strong or mixed verb's past ("Bei einer Auktion … [erwarb]" with
    "erwerben", beitrugen, brachte), a strong participle with another vowel (erlitten,
    ausgeschlossen), a separable verb's zu-infinitive (anzunähern, fortzusetzen), a form the
    hint names (Konjunktiv I), a plural that changes more than its ending (Tagesabläufe, Museen,
    Firmen) and an umlauted comparative (größer)."""
    item, form = target.item, answer.casefold()
    lemma = item.lemma.removeprefix("sich ").casefold()
    if form == lemma or item.pos == "MWE":
        return False  # no lemma hint: the form is the headword
    if item.pos in ("NOUN", "ADJ"):
        return form.startswith(lemma)
    if item.pos != "VERB" or target.mood:
        return False
    prefix = item.separable_prefix.casefold()
    base = lemma.removeprefix(prefix)
    if prefix and form == f"{prefix}zu{base}":
        return False  # "um sein Studium [fortzusetzen]": where "zu" goes is what the gap asks
    if prefix and not form.startswith(prefix):
        return True  # "[lehnte] … ab" with "l… (to decline)" was usable in round 12
    if len(item.verb_forms) < 3:
        return False  # no forms to tell a strong verb from a weak one
    stem = re.sub(r"e?n$", "", base)
    preterite, participle = item.verb_forms[1].split()[0].casefold(), item.verb_forms[2].split()[-1].casefold()
    if preterite in (f"{stem}te", f"{stem}ete") and participle.endswith("t"):
        return True  # a weak verb: every form follows from the infinitive
    if form.removeprefix(prefix).startswith(preterite):
        return False  # erwarb, erwarben; ausbrach in a subordinate clause
    if form == participle and participle.endswith("en"):
        return _VOWELS.findall(stem)[-1:] == _VOWELS.findall(participle.removesuffix("en"))[-1:]
    return True


def _extra(target: Target) -> str:
    item = target.item
    parts = [item.display]
    if item.plural:
        parts[0] += f", {item.plural}"
    elif item.number_note:
        parts[0] += f" ({item.number_note})"
    if item.weak_noun:
        parts.append("n-Deklination")
    if item.verb_forms:
        parts.append(", ".join(item.verb_forms))
    if item.gloss:
        parts.append("; ".join(item.gloss))
    return " — ".join(parts)


def _words(tokens: list[Token] | tuple[Token, ...]) -> int:
    return sum(1 for token in tokens if any(c.isalnum() for c in token.text))


def _note(
    sentence: Sentence, chosen: list[Target], referents: list[tuple[int, str]], analysis: Analysis, options: Options
) -> ClozeNote:
    text = analysis.article.text
    pieces, plain, cursor, answers, hints = [], [], sentence.start, [], []
    events = sorted([(t.start, t) for t in chosen] + referents, key=lambda event: event[0])
    for position, event in events:
        between = normalise_space(text[cursor:position])
        pieces.append(escape(between))
        plain.append(between)
        cursor = position
        if isinstance(event, str):  # a pronoun's referent
            pieces.append(escape(event))
            plain.append(event)
            continue
        answer = normalise_space(text[event.start : event.end])
        hint = hint_for(event, answer, options.hint)
        deletion = f"{{{{c{len(answers) + 1}::{escape(answer)}"
        pieces.append(deletion + (f"::{escape(hint)}}}}}" if hint else "}}"))
        plain.append(answer)
        cursor = event.end
        answers.append(answer)
        hints.append(hint)
    tail = normalise_space(text[cursor : sentence.end])
    body = ("".join(pieces) + escape(tail)).strip()
    shown = ("".join(plain) + tail).strip()
    return ClozeNote(
        text=body,
        answers=tuple(answers),
        sentence=sentence.index,
        source_sentence=shown,
        hints=tuple(hints),
        extra=" · ".join(_extra(t) for t in chosen),
        kinds=tuple("vocabulary" for _ in chosen),
        lemmas=tuple(t.lemma for t in chosen),
    )
