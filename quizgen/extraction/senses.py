"""Which English sense a word has in the article: part of speech, construction, commonness.

A dictionary lists many senses (abhängen: to take down, to depend on, to uncouple, to hang
out). The one a learner needs first is chosen from:

- the **construction** the sentence uses: a sense that Ding ties to a preposition
  ("von etw. abhängen :: to depend on sth.") wins when the verb's clause has that
  preposition (an object_prep constituent, or the preposition or a pronominal adverb
  "davon", "worüber" in the sentence) and loses when it has none, unless Ding brackets the
  construction ("etw. (vor jdm.) verstecken :: to hide sth.": may be left out); where the
  clause shows a bracketed construction, its line's first English goes first ("jdn. (zu einer
  Strafe) verurteilen :: to sentence; to condemn" for "zu zehn Jahren Haft verurteilt"), and a
  sense with "als" loses its "as" where the clause has none ("als etw. dienen :: to serve as");
- a **reflexive** sense ("sich entwickeln :: to evolve") needs "sich" in the sentence;
- the **direct object** of the verb's clause, when the caller passes the analysed sentence:
  Ding marks senses {vt}/{vi} and "jdn."/"etw."; a transitive sense loses without an object
  ("Mit diesem Flugzeug startete er" → to take off), an intransitive one with it, a "jdn."
  sense unless the object is a person ("verlässt den See" → to leave), an "etw." sense when it
  is one (a noun naming people: "entflohene Sklaven aufgriffen" is no "picking up on"); when the clause cannot
  have an object (a perfect with sein and a direction) and the dictionary has only transitive
  senses, no gloss is shown; a one-word subject the analysis split from its noun before the
  verb ("andere japanische Süßwarenunternehmen zogen nach") leaves no object; a name or "er" the
  clause makes emperor or professor ("als Kaiser eingesetzt", "zum Professor berufen") is a person;
- **whom a construction governs**: a sense Ding gives with a person after its preposition
  ("mit jdm. auskommen :: to get along with") wins where the clause has one ("mit allen gut
  ausgekommen"), and a sense with a thing there ("mit etw. auskommen :: to make do with") or a
  thing as dative ("etw. etw. verleihen :: to add sth. to sth.") loses where it has a person; a
  time ("am 12. August") is no preposition of the verb's construction; a reflexive clause of a
  plural verb is the reciprocal use of a sense with "mit jdm." ("streiten sie sich" is "sich mit
  jdm. streiten", shown as "to argue", not Ding's "sich balgen; sich streiten :: to scrap");
- a **dative person**: where the verb's clause has one ("Die Verfassung räumte dem Kaiser
  weitreichende Rechte ein"), a sense Ding gives with "jdm." ("jdm. etw. einräumen :: to grant
  sb. sth.") counts as one with a person after its preposition does, over one without ("etw.
  einräumen :: to admit"); the dative is read from the clause, as its prepositions are;
- a **second argument**: a sense Ding gives with a genitive or a zu-infinitive ("jdn. (einer
  Sache) beschuldigen :: to accuse sb. (of sth.)") wins where the clause has one ("beschuldigt,
  … versorgt zu haben"), over the verb's bare line ("beschuldigen :: to incriminate");
- a **dass or ob clause** as the verb's object: a sense whose English takes a that-clause
  ("Funde belegen, dass …": to prove, not to occupy; see THAT_VERBS) over the others;
- **where the object is put**: a place or direction in a clause with an object raises a sense of
  putting ("seinen Fuß auf dem Boden abstellen": to put down, not to prevent; see PLACING_VERBS);
- a noun's **genitive**: a sense Ding gives with "(von etw.)" counts as the construction where a
  genitive follows the noun ("zur Verbreitung des Marxismus": spread, not distribution);
- the **kind of object**: a sense Ding gives with a compound ("einen Jahrestag begehen :: to
  observe an anniversary") counts as given with a noun of the sentence that has its head ("den
  Valentinstag begehen"), unless its English names that very noun (a bound sense); an object
  Ding names in brackets counts as a bound partner ("(einen Termin) verschieben; verlegen ::
  to reschedule" where "der Termin … auf 2015 verlegt" is, not Ding's first "to transfer"),
  and against the sense where the clause's object is another noun ("(Stoff) ausrüsten :: to
  finish" is no sense of equipping an army) or a person where the bracket names a thing
  ("vorsehen (Plan; Gesetz) :: to provide for" is no sense of a composer one had in mind), and
  for it where the object is an abstract noun of the named one's formation ("begründen (eine
  Behauptung) :: to explain" for "die Entscheidung begründen", not "to found");
- **whose line** a sense is: a noun's English lent by another headword's line (Ding's "Zeitmaß;
  Tempo; Geschwindigkeit :: time", not marked H) does not win over the word's own line on English
  frequency alone ("speed"), nor displace the word's own specialist's line as an everyday sense
  (Materie: not Sachgebiet's "subject area" before its own "matter" [phys.]; no gloss);
- **words the sentence shares** with the sense's examples and qualifiers ("Das Flugzeug hebt
  ab" for starten :: to take off) count for it, unless most senses list them; a separable
  verb's own forms ("kündigte … an") are no such words;
  a narrow sense's qualifier may be named by the article's title ("Lenker (Fahrrad) ::
  handlebar" in the article Fahrrad);
- the **topic of the article**: a sense of a subject field (Ding's [phys.], [pol.] …, kept in its
  cues) whose domain most of the article's other words belong to counts more ("Geschwindigkeit
  [phys.] :: speed" in a text on argon, not "time"), and a specialist's sense of that domain is
  not displaced by an everyday one outside it (see :class:`.glossary.ArticleTopic`);
- the **dictionary support** of the sense (see :mod:`.glossary`); the senses of one English
  word with and without its particle ("to belong", "to belong to") add up;
- how **common** the English word is (wordfreq 'en'): learners want the everyday
  translation first (sell before vend), up to a cap (go, be, put are too polysemous to win by
  frequency alone); English idioms of several words count less, and a verb with a particle
  ("to go back to", "to pull up") or a passive ("to be found") beside a plain verb sense counts
  as Zipf 4.5 at most; a hyphenated English word counts as rarer than its rarest part (Leerlauf
  "at-rest" was as common as "at"), and an English function word as FUNCTION_WORD_ZIPF at most
  (Schimmel "must" is the modal to a learner, not the grape juice); one word in two spellings
  ("mould [Br.]; mold [Am.]") is one sense whose support adds up.

Some senses are not shown first: Ding's sense of the noun with its genitive ("Einbruch der Nacht
:: nightfall") translates the phrase, so the noun gets no gloss there; a sense Ding gives only in
a specialist's field (marked F: "Ladung [electr.] :: charge") gives way to an everyday sense with
30 % of its score (a machine part's line [techn.] to the word's own everyday line whatever its
score: Feder "feather", not "spring"), and with a quarter leaves no gloss, unless the sentence has a noun Ding gives
that sense with ("ein Gesetz aufheben :: to repeal a law" [jur.]: "hob das Stempelgesetz auf"; a
noun narrower in Ding than in the sentence is not that sense: "Einkommensteuer erheben :: to tax
income" for "Steuern erheben").
A verb's sense with its object from another word's line ("ein Haus bauen :: to build a house")
is shown as the verb's own sense it begins with ("to build"). A sense Ding gives only with a
qualifier (marked N: "jdn. (bei einem Attentat) ermorden :: to assassinate", "Premiere (erstmalige
Erfahrung) :: first time") does not displace a specialist's sense and is not listed after the
first unless the sentence has its words; a noun's own word in English ("premiere") is listed
second where the dictionary gives it (see with_own_word).

A rare German verb's sense whose English the dictionary gives mostly for other German words
(marked X: erdrücken "to overwhelm", überwältigen's) gives way to a sense of its own with half its
score ("jdn. erdrücken :: to crush sb. to death"), unless that English is rarer or the sentence
favours the borrowed one; a common verb's does not (verlassen "to leave").

At most three senses; further senses must score at least 70% of the best one. When the best
sense is weak, no gloss is shown rather than a doubtful one; so too when it is not strong and
a sense sharing no English word with it comes close (Verärgerung: "exception" or "annoyance"?;
a synonym from the best sense's own Ding line is no rival: "Geistlicher :: cleric; clergy");
and so too when the best is a sense Ding gives only with a qualifier the sentence shows nothing
of, and an unrelated sense comes close (Regie: production, direction, management?).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..analysis.adverbials import TWO_WAY
from ..model import Clause, Constituent, Token

_INFINITIVE_ENDING = re.compile(r"e?n$")
_CUE = re.compile(r"[A-Za-zÄÖÜäöüß]{5,}")

MAX_SENSES = 3
MIN_ENGLISH_ZIPF = 2.0  # rarer English words are not offered as the only gloss
MIN_SCORE = 0.6  # support × English commonness of the best sense; below it no gloss is shown
WEAK_SCORE = 1.25  # below it, the best sense needs to stand out: no unrelated sense with half its score
RIVAL = 0.5
ONE_LINE_FLOOR = 0.4  # share of MIN_SCORE the best sense needs when every sense comes from one dictionary line
NEXT_SENSE = 0.7  # a further sense must score this share of the best one
CONSTRUCTION_MATCH = 2.5  # the verb's clause has the sense's preposition
TEXT_MATCH = 1.8  # the sentence has it somewhere (a plain text gives no better clue)
CONSTRUCTION_MISSING = 0.2  # the sense needs a preposition the sentence lacks
REFLEXIVE_MATCH = 2.0  # "sich entwickeln": the sentence has "sich"
REFLEXIVE_MISSING = 0.3  # a reflexive sense ("sich entscheiden :: to make a decision") without "sich"
CUE_MATCH = 2.0  # per sentence word found among the words of a sense's examples and qualifiers
MAX_CUE_FIT = 3.0
MAX_COMMON = 2.0  # English Zipf 5.5: go, be, get, put are too polysemous to win by frequency alone
PARTNER_MATCH = 3.0  # the sentence has a noun Ding pairs the sense with (its object, a genitive)
BOUND_MATCH = 3.0  # more when the sense is Ding's for that very pair ("Einbruch der Nacht :: nightfall")
NOUN_CONSTRUCTION = 2.0  # a noun sense with the preposition that follows the noun: "Streben nach"
NOT_REFLEXIVE = 0.25  # a sense without "sich" when the verb's clause is reflexive and Ding has reflexive senses
VALENCY_MISMATCH = 0.3  # a transitive sense in an intransitive clause, or the other way round
GOVERNED_MATCH = 2.0  # a sense for a preposition with a person ("mit jdm.") where the clause has one (with a thing: VALENCY_MISMATCH)
PERSON_UNSURE = 0.7  # a "jdn." sense when the object is not known to be a person
# a sense Ding gives only in a specialist's field (marked F: Ladung [electr.] :: charge) is not
# shown first before an everyday one with 30 % of its score (that goes first), or a quarter (no gloss)
EVERYDAY_FIRST = 0.3
EVERYDAY_RIVAL = 0.25
# … unless the everyday sense's English is rarer by more than this (Zipf): Landung is a "landing"
# ([aviat.]), and "landfall", Ding's everyday line, a word English keeps for ships and storms
EVERYDAY_RARER = 1.0
RARE_ENGLISH = 3.5  # … and rare itself (Zipf): "deaf" (taub) is everyday English beside "dead" [electr.]
# a rare German verb's sense whose English is mostly other German words' (marked X) gives way to
# one of its own with half its score (see choose)
OWN_ENGLISH = 0.5
FAVOURED = 2.0  # … nor where the sentence favours it this much more than that one (see _context_favours)
OWN_INSTEAD = 0.4  # a contested lent sense of an uncommon word gives way to its own English with this share of its score (see decide)
OWN_RARER = 0.5  # … unless its English is rarer by more than this (Zipf): beisetzen stays "to bury", not "to inter"
SECOND_MATCH = 2.5  # a sense for a genitive or zu-infinitive construction (marked g) where the clause has one
SECOND_MISSING = 0.5  # a sense without it there, when the verb has such senses
TOPIC_MATCH = 2.5  # a sense of a subject field whose domain is the article's (Geschwindigkeit [phys.] :: speed in a text on physics)
PHRASAL_COMMON = 1.0  # the commonness of English Zipf 4.5 at most for a verb with a particle
# English words that are mostly function words (modals, pronouns, determiners, prepositions,
# conjunctions; not do, be, have, verbs of their own): their frequency is the function word's,
# not that of the noun or verb a gloss means by them (Schimmel "must", the grape juice; verfügen
# "to will"), so they count as this Zipf at most
FUNCTION_WORD_ZIPF = 3.5
_FUNCTION_WORDS = frozenset([
    "must", "will", "shall", "can", "may", "might", "could", "would", "should", "ought", "i", "me", "my", "you",
    "your", "he", "him", "his", "she", "her", "it", "its", "we", "us", "our", "they", "them", "their", "this",
    "that", "these", "those", "which", "who", "whom", "whose", "what", "there", "here", "then", "than", "if",
    "and", "or", "but", "nor", "so", "yet", "as", "of", "at", "by", "for", "from", "in", "into", "on", "onto",
    "off", "out", "over", "under", "up", "down", "with", "without", "about", "above", "after", "before", "below",
    "between", "through", "to", "toward", "towards", "upon", "within", "a", "an", "the", "no", "not", "all",
    "any", "each", "every", "some", "such", "own", "same", "other",
])
HYPHEN_RARER = 0.5  # a hyphenated English word is rarer than its rarest part by this (Zipf; see _hyphenated)
OTHERS = "X"  # in a sense's marks: its English mostly translates German words unrelated to the lemma
NARROW = "N"  # in a sense's marks: Ding gives it only with a qualifier ("jdn. (bei einem Attentat) ermorden")
HEADED = "H"  # in a sense's marks: a line the lemma heads gives it (see ding._heads_line)
OWN_LINE = 0.3  # a noun's own line's sense goes first before a lent one with this share of its score (see decide)
GENDER_LETTERS = {"m": "Masc", "f": "Fem", "n": "Neut"}  # in a noun sense's marks: the genders Ding gives it (see glossary._of_gender)
OBJECT_NAMED = "O"  # in a sense's marks: Ding names its object in brackets ("(einen Termin) verlegen"), as its partners
KIND_OBJECT = 2.5  # such a sense where the clause's object is a noun of the named one's kind (see _object_of_kind)
OTHER_OBJECT = 0.3  # such a sense where the clause's object is a noun of another kind ("(Stoff) ausrüsten" for an army)
TECHNICAL = "[techn]"  # Ding's general engineering field, in a sense's cues (see _rarer_everyday)
NARROW_YIELD = 0.5  # a plain sense with this share of a narrow, lent best one the sentence does not show goes first (see _broader)
NARROW_LENT_RIVAL = 0.4  # … the same where its English is mostly other words', against another line's senses together
NARROW_RIVAL = 0.8  # a narrow best sense the sentence does not show, with an unrelated one this close: no gloss (see _unshown_narrow)
# "across" and "past" too: "to move across" (überqueren) was counted at the Zipf of "move" and beat "to cross"
_ENGLISH_PARTICLES = frozenset(["back", "up", "down", "over", "out", "off", "in", "on", "away", "through", "along", "around", "about", "forward",
                                "across", "past"])
_PERSON_PRONOUNS = frozenset(["mich", "dich", "ihn", "uns", "euch"])
_QUANTITY_OBJECTS = frozenset(["etwas", "nichts", "alles", "viel", "vieles", "wenig", "mehr", "einiges"])
_ACCUSATIVE = frozenset(["den", "einen", "keinen", "diesen", "jenen", "welchen", "ihn", "mich", "dich", "uns", "euch"])
PREPOSITIONS = frozenset(
    ["als", "an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach", "über", "um", "unter", "von", "vor", "zu", "zwischen", "wegen"]
)
_CONTRACTIONS = {"am": "an", "ans": "an", "aufs": "auf", "beim": "bei", "im": "in", "ins": "in",
                 "vom": "von", "zum": "zu", "zur": "zu", "übers": "über", "fürs": "für", "ums": "um"}


@dataclass(frozen=True, slots=True)
class Sense:
    english: str
    pos: str
    rank: float  # dictionary support, higher is better
    zipf: float  # how common the English word is (computed when the index is built)
    ordered: bool = False  # from a user's TSV dictionary: its order is the ranking
    preposition: str = ""  # the German construction: "von" for "von etw. abhängen", "vor?" for "etw. (vor jdm.) verstecken"
    cues: str = ""  # German words of the sense's examples and qualifiers ("flugzeug hebt")
    marks: str = ""  # a verb sense's object: t(ransitive), i(ntransitive), p(erson), s (thing); P: a plural noun's; C: a compound's head
    partners: str = ""  # German nouns Ding pairs it with: "strecke" for "eine Strecke zurücklegen"
    bound: bool = False  # Ding gives the sense only with one of its partners


@dataclass(frozen=True, slots=True)
class Context:
    """What the sentence tells about a word's sense: the prepositions of its construction.

    ``known`` is False when no sentence was given (then constructions neither win nor lose).
    """

    prepositions: frozenset[str] = frozenset()
    known: bool = False
    exact: bool = False  # read from the verb's own clause (its prepositional or dative object), not from anywhere in the sentence
    words: frozenset[str] = frozenset()  # the sentence's content words (see cue_words)
    obj: str = ""  # the verb's direct object: none, unseen, person, some; "" when not analysed
    partners: frozenset[str] = frozenset()  # the word's partner nouns in the sentence (see partners_of)
    follows: str = ""  # a noun's preposition right after it: "auf" in "Überfall auf Polen"
    reflexive: bool = False  # the verb's clause has its reflexive pronoun ("schwächte sich ab")
    second: bool = False  # the verb's clause has a genitive object or a zu-infinitive complement (see second_argument)
    governed: frozenset[str] = frozenset()  # "mit:person", "+dat:person": the clause's preposition or dative names a person (see governed_by)
    topic: frozenset[str] = frozenset()  # the article's domains ("science", "state"; see DOMAINS and glossary.ArticleTopic)
    reciprocal: bool = False  # a reflexive clause of a plural verb without "mit": "sie streiten sich" (see reciprocal)
    genitive: bool = False  # a noun's genitive attribute right after it: "Verbreitung des Marxismus" (see genitive_follows)
    kinds: frozenset[str] = frozenset()  # a verb's collocation partners of its object's domain (see glossary.Glossary._partners_of_kind)
    title: frozenset[str] = frozenset()  # the content words of the article's title, for a narrow sense's qualifier (see _narrow_cues)
    that: bool = False  # the verb's clause has a dass or ob clause as its object: "Funde belegen, dass …" (see that_clause)
    placed: bool = False  # the verb's clause has an object and says where it is put: "den Fuß auf dem Boden abstellen"

    @classmethod
    def of(cls, context: object, lemma: str = "", token_i: int | None = None) -> Context:
        """A Context from a Context, a sentence text, or a model Sentence (its clauses; the
        clause of the verb token ``token_i`` where given)."""
        if isinstance(context, Context):
            return context
        if context is None:
            return cls()
        if isinstance(context, str):
            return cls(prepositions_in(context) | _dative_in(context), True, False, cue_words(context, lemma))
        text = getattr(context, "text", "")
        clause = _clause_of(context, lemma, token_i)
        partners, follows = partners_of(context, clause, token_i)
        words = cue_words(text, lemma) - _own_form(context, token_i)
        if clause is None:
            return cls(prepositions_in(text) | _dative_in(text), True, False, words, "", partners, follows,
                       genitive=genitive_follows(context, token_i))
        found = frozenset(
            constituent.preposition.lower()
            for constituent in clause.constituents
            if constituent.preposition and constituent.role in ("object_prep", "complement", "adverbial")
        )
        # the clause's own words, not the sentence's: "von den Angelsachsen" in the next clause is
        # not "sich zurückziehen von"
        # nor the preposition of a time ("verlieh Jolie am 12. August …" is no "etw. an jdn. verleihen")
        timed = {i for c in clause.role("time") for i in range(c.start, c.end)}
        # nor a separable verb's particle ("lässt Reparaturen … zu" has no "zu etw.", "führt … aus" no "aus")
        own = prepositions_in(" ".join(t.text for t in getattr(context, "tokens", ())
                                       if t.i in clause.tokens and t.i not in timed and t.tag != "PTKVZ"))
        marked = {"sich"} if clause.reflexive is not None else set()
        dative = {"+dat"} if clause.role("object_dat") else set()
        return cls(
            found | own | marked | dative, True, bool(found or dative), words, direct_object(context, lemma, token_i),
            partners, follows, clause.reflexive is not None, second_argument(context, clause), governed_by(context, clause),
            reciprocal=reciprocal(clause, found | own), genitive=genitive_follows(context, token_i),
            that=that_clause(context, clause),
            placed=placed(clause),
        )


def _own_form(sentence: object, token_i: int | None) -> frozenset[str]:
    """The word's own form in the sentence, which is no clue to its sense: a separable verb's
    finite stem ("werfen … zurück") is no form cue_words knows as the lemma's when the stem is
    short, and it matched the "werfen" of Ding's "hochwerfen; zurückwerfen :: to toss" for
    "Reflektorstreifen werfen das Licht zurück" (to reflect, to throw back)."""
    token = next((t for t in getattr(sentence, "tokens", ()) if t.i == token_i), None) if token_i is not None else None
    return frozenset([token.text.lower()]) if token is not None else frozenset()


# Ding's subject fields (see ding.subject_fields) grouped into the domains an article is about: a
# text on argon has words of [chem.] and [phys.] (Geschwindigkeit there is "speed" [phys.]), one on
# a politician words of [pol.] and [jur.] (Parlament, Wahlkreis, Haftstrafe: Mandat is his "seat"
# [pol.]), and a sense of either field of the domain fits it. Fields Ding gives to common words of any text ([math.]:
# Gruppe, lokal, positiv; [adm.]: Programm, berufen; [psych.]: launisch; [soc.], [ling.], [geogr.],
# [hist.]) name no domain. Ding's general [sci.] is science: "Probe [sci.] :: sample" of iridium [chem.].
DOMAINS = {
    "phys": "science", "chem": "science", "biochem": "science", "astron": "science", "sci": "science",
    "jur": "state", "pol": "state", "mil": "military", "med": "medicine", "anat": "medicine", "pharm": "medicine",
    "biol": "plants animals", "bot": "plants", "zool": "animals", "ornith": "animals", "myc": "plants", "agr": "plants",
    "techn": "technology", "electr": "technology", "mach": "technology", "constr": "technology", "telco": "technology",
    "comp": "technology", "aviat": "transport", "naut": "transport", "transp": "transport", "railw": "transport",
    "econ": "economy", "fin": "economy", "relig": "religion", "mus": "music", "lit": "literature", "cook": "cooking",
    "art": "art", "sport": "sport", "auto": "transport",
}


def domains(cues: str) -> frozenset[str]:
    """The domains of a sense's subject fields, read from its cues ("[phys]" → science)."""
    return frozenset(domain for cue in cues.split() if cue.startswith("[") and cue[1:-1] in DOMAINS for domain in DOMAINS[cue[1:-1]].split())


_PERSON_OBJECTS = frozenset(["mir", "dir", "uns", "euch", "allen", "jedem", "jeder", "niemandem", "niemand", "jemandem", "jemand", "einander"])


def governed_by(sentence: object, clause: Clause) -> frozenset[str]:
    """The prepositions of a verb's clause that govern a person, as "mit:person": a personal
    pronoun, "allen", a noun naming people or a name of two words; "+dat:person" for a dative
    object that is a personal pronoun, a name or such a noun. Ding tells the senses of one
    construction apart by it: "mit jdm. auskommen :: to get along with" ("mit allen gut
    ausgekommen"), not "mit etw. auskommen :: to make do with"; "jdm. etw. verleihen :: to
    bestow", not "etw. etw. verleihen :: to add sth. to sth.". Only the person counts: Ding
    writes "etw." for some of a verb's senses and not for others ("für etw. sorgen :: to supply",
    "sorgen (für) :: to provide"), and "für Aufsehen sorgen" is none of them."""
    tokens = {t.i: t for t in getattr(sentence, "tokens", ())}
    found = set()
    for constituent in clause.constituents:
        head = tokens.get(constituent.head)
        dative = constituent.role == "object_dat"
        if not (constituent.preposition or dative) or head is None or constituent.clause is not None:
            continue
        names = [t for i, t in tokens.items() if constituent.start <= i < constituent.end and t.ent_label == "PER"]
        if dative and (head.tag == "PPER" or head in names):
            found.add("+dat:person")  # a dative pronoun or name: someone is given or told something
        elif head.text.lower() in _PERSON_OBJECTS or (head.tag == "NN" and person_noun(head)) or (head in names and len(names) >= 2):
            found.add(f"{_CONTRACTIONS.get(constituent.preposition, constituent.preposition)}:person" if not dative else "+dat:person")
    return frozenset(found)


def reciprocal(clause: Clause, prepositions: frozenset[str]) -> bool:
    """Whether a reflexive clause of a plural verb without "mit" is the reciprocal use of a verb
    Ding gives with "mit jdm." ("sich mit jdm. streiten :: to argue with sb."): in "streiten sie
    sich" the persons argue with each other, and the plural subject stands for the "mit" phrase.
    A singular clause ("er streitet sich") has no partner in it, and "mit" with a thing ("sich
    mit etw. befassen") names none."""
    return clause.reflexive is not None and clause.number == "Plur" and "mit" not in prepositions


_ZU_INFINITIVE = re.compile(r"\bzu \w+\W*$")


def second_argument(sentence: object, clause: Clause) -> bool:
    """Whether the verb's clause names what its object is accused of or asked to do: a genitive
    object ("des Diebstahls beschuldigt") or a zu-infinitive complement ("beschuldigt, Russland
    mit Waffen versorgt zu haben"). Ding gives the sense for that construction ("jdn. (einer
    Sache) beschuldigen :: to accuse sb. (of sth.)"; marked g), not for the verb alone ("beschuldigen
    :: to incriminate")."""
    clauses = getattr(sentence, "clauses", ())
    for constituent in clause.constituents:
        if constituent.role == "object_gen":
            return True
        if constituent.role == "complement" and not constituent.detail:
            own = clauses[constituent.clause] if constituent.clause is not None and constituent.clause < len(clauses) else None
            if (own is not None and own.kind == "zu_infinitive") or _ZU_INFINITIVE.search(constituent.text):
                return True
    return False


_THAT_CONJUNCTIONS = frozenset(["dass", "daß", "ob"])


def that_clause(sentence: object, clause: Clause) -> bool:
    """Whether the verb's clause has a dass or ob clause as its object ("Funde belegen, dass der
    Raum schon besiedelt war"; the constituent's detail is its conjunction), not a zu-infinitive."""
    clauses = getattr(sentence, "clauses", ())
    tokens = getattr(sentence, "tokens", ())
    for constituent in clause.constituents:
        if constituent.role != "complement" or constituent.detail.lower() not in _THAT_CONJUNCTIONS | {""}:
            continue
        own = clauses[constituent.clause] if constituent.clause is not None and constituent.clause < len(clauses) else None
        opener = next((token.text for token in tokens if own is not None and token.i == own.conjunction), "")
        if (opener or constituent.text.split(" ", 1)[0]).lower() in _THAT_CONJUNCTIONS:
            return True
    return False


# English verbs that take a that-clause as their object (saying, knowing, showing, deciding):
# where the German verb's clause has a dass clause, the sense is one of these ("Funde belegen,
# dass …": to prove, to document, not to occupy); the others need a noun object
THAT_VERBS = frozenset([
    "say", "tell", "state", "claim", "report", "announce", "declare", "explain", "mention", "add", "reply", "answer", "write",
    "argue", "insist", "admit", "deny", "confirm", "assert", "maintain", "suggest", "indicate", "imply", "show", "prove",
    "demonstrate", "document", "evidence", "attest", "testify", "verify", "establish", "reveal", "disclose", "know", "learn",
    "find", "discover", "realize", "realise", "notice", "note", "see", "hear", "recognize", "recognise", "understand",
    "remember", "forget", "believe", "think", "assume", "suppose", "presume", "suspect", "doubt", "expect", "hope", "fear",
    "wish", "decide", "determine", "agree", "promise", "guarantee", "ensure", "assure", "warn", "predict", "feel", "mean",
    "conclude", "infer", "deduce", "ask", "wonder", "check", "judge", "calculate", "estimate", "emphasize", "emphasise",
    "stress", "point out", "make sure", "find out", "work out", "figure out",
])
# English verbs of putting a thing somewhere: where the German verb's clause says where its
# object is put ("seinen Fuß auf dem Boden abstellen", "das Rad in Fahrradstationen abstellen"),
# the sense is one of these, not "to prevent" of "Missstände abstellen"
PLACING_VERBS = frozenset([
    "put", "put down", "place", "set down", "lay", "lay down", "park", "deposit", "store", "stow", "station",
    "position", "install", "put up", "set up", "erect", "mount", "hang",
])  # not "set" alone nor "leave": a device is set to a value, a place left
PLACED_MATCH = 2.5  # such a sense where the clause says where the object is put

THAT_MISSING = 0.3  # a sense whose English takes no that-clause, where the clause has a dass clause and others do




def placed(clause: Clause) -> bool:
    """Whether the verb's clause puts its object somewhere: an object (or a passive's subject)
    and a place or direction ("seinen Fuß auf dem Boden abstellen", "das Rad in Fahrradstationen
    abstellen", "den Sattel auf die richtige Höhe einstellen"), not a time ("in der Hallstattzeit")."""
    if not (clause.role("object_acc") or clause.voice != "active"):
        return False
    return any(constituent.role in ("place", "direction") or constituent.detail.rstrip("?") in ("place", "direction")
               or (constituent.role == "adverbial" and constituent.preposition in TWO_WAY)
               for constituent in clause.constituents)


def _places(english: str) -> bool:
    """Whether an English verb sense is one of putting a thing somewhere (see PLACING_VERBS): the
    verb alone or with its particle ("to put down"), not another phrasal verb ("to put off")."""
    words = english.removeprefix("to ").split()
    return (len(words) == 1 and words[0] in PLACING_VERBS) or " ".join(words[:2]) in PLACING_VERBS and len(words) <= 2


def takes_that(english: str) -> bool:
    """Whether an English verb sense takes a that-clause (see THAT_VERBS): its verb, or its verb
    with the particle ("to point out")."""
    words = english.removeprefix("to ").split()
    return bool(words) and (words[0] in THAT_VERBS or " ".join(words[:2]) in THAT_VERBS)


_ATTRIBUTE_SKIP = frozenset(["ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "ADJA", "CARD", "ADV"])


def partners_of(sentence: object, clause: Clause | None, token_i: int | None) -> tuple[frozenset[str], str]:
    """The nouns the word is tied to in an analysed sentence, lower case, and a noun's
    preposition right after it: a verb's direct object ("legte einen großen Teil der Strecke
    zurück": teil, strecke; the subject of a passive), a noun's genitive or prepositional
    attribute ("Einbruch der Dunkelheit", "Überfall auf Polen"), the noun an adjective stands
    before ("andauernden Windgeschwindigkeiten"). Ding's partners of a sense are read against them."""
    tokens = list(getattr(sentence, "tokens", ()))
    k = next((n for n, token in enumerate(tokens) if token.i == token_i), None)
    if k is None:
        return frozenset(), ""
    if clause is not None and token_i in clause.verbs:
        objects = clause.role("subject") if clause.voice == "passive" else clause.role("object_acc")
        return frozenset(
            word for c in objects for t in tokens if c.start <= t.i < c.end and t.tag == "NN" for word in (t.lemma.lower(), t.text.lower())
        ), ""
    own = tokens[k].tag
    if own not in ("NN", "ADJA"):
        return frozenset(), ""
    follows = ""
    for j in range(k + 1, min(k + 6, len(tokens))):
        token = tokens[j]
        if token.tag in ("APPR", "APPRART") and j == k + 1 and own == "NN":
            follows = _CONTRACTIONS.get(token.text.lower(), token.text.lower())
        elif token.tag in ("NN", "NE"):
            return frozenset({token.lemma.lower(), token.text.lower()}), follows
        elif token.tag not in _ATTRIBUTE_SKIP:
            break
    return frozenset(), follows


_GENITIVE_ARTICLES = frozenset(["des", "eines", "der", "einer"])


def genitive_follows(sentence: object, token_i: int | None) -> bool:
    """Whether a noun has a genitive attribute right after it, opened by a genitive article:
    "zur Verbreitung des Marxismus", "die Verbreitung der Idee" (not the title in apposition of
    "die Kurzfassung Die Entwicklung des Sozialismus", nor "Verbreitung von Drogen", whose
    preposition ``Context.follows`` has)."""
    tokens = list(getattr(sentence, "tokens", ()))
    k = next((n for n, token in enumerate(tokens) if token.i == token_i), None)
    if k is None or tokens[k].tag != "NN" or k + 2 >= len(tokens):
        return False
    article, after = tokens[k + 1], tokens[k + 2:k + 4]
    return (article.tag == "ART" and article.text in _GENITIVE_ARTICLES
            and any(token.tag in ("NN", "NE") for token in after))


def _clause_of(sentence: object, lemma: str, token_i: int | None) -> Clause | None:
    """The clause of the verb: the one whose verb complex has the token, else the first of the lemma."""
    clauses = getattr(sentence, "clauses", ())
    found = next((c for c in clauses if token_i is not None and token_i in c.verbs), None)
    return found or next((c for c in clauses if c.lemma == lemma), None)


def direct_object(sentence: object, lemma: str, token_i: int | None = None) -> str:
    """The direct object of the word's clause in an analysed sentence: none (the clause cannot
    have one), unseen (none found), person (a personal pronoun, a name of two words, a noun naming people) or some (a
    thing, a place, a country that acts like a person: "Russland mit Waffen versorgen"); ""
    when the analysis cannot tell. In the passive
    the subject is the object ("Londinium wurde zerstört"); sein + participle is a state passive
    or a perfect with sein, which a direction shows ("sind nach Westen gezogen"); an active clause with an
    accusative but no subject found has read its subject as the object ("Darin steckten
    Hühnerfedern")."""
    clause = _clause_of(sentence, lemma, token_i)
    if clause is None or not clause.sure or clause.role("complement"):
        return ""
    if clause.voice == "state":  # a state passive, or a perfect with sein: a direction tells the latter
        return "none" if clause.role("direction") or clause.role("origin") else ""
    if any(c.text.lower() in _QUANTITY_OBJECTS for c in clause.constituents):
        return ""  # "Er verdiente viel": read as an adverbial, may be the object
    if clause.voice == "passive":
        patient = clause.role("subject")
        if not patient:
            return ""
    else:
        patient = clause.role("object_acc")
        if not patient:  # "sich setzen": the reflexive pronoun is the object
            return "some" if clause.reflexive is not None else "unseen"
        if _split_vorfeld(clause, patient[0]):
            return "unseen"
        if not clause.role("subject") and clause.kind == "main" and clause.mood != "imperative" and clause.finite is not None:
            vorfeld = any(c.end <= clause.finite for c in clause.constituents)
            if not vorfeld:
                return ""  # "…, haben das übernommen": the subject stands in a clause the analysis split off
            if patient[0].start > clause.finite and patient[0].text.split()[0].lower() not in _ACCUSATIVE:
                return "none"
    tokens = [t for t in getattr(sentence, "tokens", ()) if patient[0].start <= t.i < patient[0].end]
    head = next((t for t in tokens if t.i == patient[0].head), None)
    if head is None:
        return "some"
    if head.tag in ("PPER", "PRF") and head.text.lower() in _PERSON_PRONOUNS:
        return "person"
    if head.tag == "NN" and person_noun(head):
        return "person"  # "die entflohene Sklaven aufgriffen": a noun naming people (Sklave, Sklavin)
    name = [t for t in tokens if abs(t.i - head.i) <= 1 and t.ent_label == "PER"]
    if head in name and len(name) >= 2:
        return "person"
    return "person" if head.tag in ("NE", "PPER") and _named_as_person(sentence, clause) else "some"  # a lone unknown proper noun is PER by default


_AS_ROLE = frozenset(["als", "zu", "zum", "zur"])


def _named_as_person(sentence: object, clause: Clause) -> bool:
    """Whether the clause gives its object a role that only a person has: "als" or "zum" with a
    noun naming people ("Theodosius war … als Kaiser im Osten eingesetzt worden", "1942 wurde er
    zum Professor … berufen"). A lone name or "er" may be a thing, but not one made emperor or
    professor: "jdn. (als jd.) einsetzen :: to install", not "etw. einsetzen :: to use"."""
    tokens = {t.i: t for t in getattr(sentence, "tokens", ())}
    for constituent in clause.constituents:
        first = tokens.get(constituent.start)
        head = tokens.get(constituent.head)
        if (first is not None and head is not None and first.text.lower() in _AS_ROLE and head.tag == "NN"
                and constituent.clause is None and person_noun(head)):
            return True
    return False


def _split_vorfeld(clause: Clause, patient: Constituent) -> bool:
    """Whether the analysis split one phrase before a main clause's finite verb into subject and
    object: a verb-second clause has one constituent there, so "andere japanische
    Süßwarenunternehmen zogen nach" (read as subject "andere", object "japanische
    Süßwarenunternehmen") has its subject there and no object ("to follow", not "to tighten
    up"). Only a one-word subject (a pronoun or determiner) right before the object, with
    nothing else before the verb: a clause the analysis took for a main one may be verb-final
    ("woraufhin der Duke die Geschäfte übernahm")."""
    if clause.kind != "main" or clause.finite is None:
        return False
    before = sorted((c for c in clause.constituents if c.end <= clause.finite), key=lambda c: c.start)
    return (
        len(before) == 2 and before[0].role == "subject" and before[1] is patient
        and before[0].end - before[0].start == 1 and before[0].end == patient.start
    )


def person_noun(token: Token) -> bool:
    """Whether a noun names people: Mensch, Täter beside Täterin (see :mod:`.reference`), and a
    weak masculine whose feminine drops its -e (Sklave beside Sklavin, Kollege, Kunde)."""
    from ..analysis.lexicon import noun_lexicon
    from .reference import person_noun as names_people

    if names_people(token):
        return True
    lemma = token.lemma
    if not lemma.endswith("e") or len(lemma) < 5:
        return False
    entry, female = noun_lexicon().lookup(lemma), noun_lexicon().lookup(lemma[:-1] + "in", compound_fallback=False)
    return entry is not None and entry.gender == "Masc" and female is not None and female.gender == "Fem"


def _valency_fit(valency: str, obj: str) -> float:
    """Whether a verb sense's object fits the sentence's: "to put" needs one, "to take off" has
    none; "jdn. verlassen :: to desert sb." needs a person."""
    if not obj or not valency:
        return 1.0
    transitive_only = "t" in valency and "i" not in valency
    if obj in ("none", "unseen"):
        return VALENCY_MISMATCH if transitive_only else 1.0
    if "i" in valency and "t" not in valency:
        return VALENCY_MISMATCH
    if "p" in valency and "s" not in valency and obj != "person":
        return PERSON_UNSURE
    if "s" in valency and "p" not in valency and obj == "person":
        return VALENCY_MISMATCH
    return 1.0


def prepositions_in(text: str) -> frozenset[str]:
    """Prepositions of a sentence, including pronominal adverbs: "davon" → von, "worüber" → über;
    and "sich", which marks a reflexive construction."""
    found = set()
    for word in re.findall(r"[a-zäöüß]+", text.lower()):
        word = _CONTRACTIONS.get(word, word)
        if word in PREPOSITIONS or word == "sich":
            found.add(word)
            continue
        match = re.match(r"^(?:da|wo|hier)r?(.+)$", word)
        if match and match.group(1) in PREPOSITIONS:
            found.add(match.group(1))
    return frozenset(found)


MAX_CUE_ZIPF = 5.0  # more frequent German words (function words, sein, haben) are no clue to a sense


def cue_words(text: str, lemma: str) -> frozenset[str]:
    """The content words of a text that can tell senses apart, lowercased: not the lemma's own
    forms, not short or very frequent words. A dictionary line's examples ("Das Flugzeug hebt
    ab") and a sentence ("Mit diesem Flugzeug startete er") share them when the sense fits."""
    from .frequency import zipf_frequency

    own = lemma.lower()[:4]
    root = _INFINITIVE_ENDING.sub("", lemma.lower())
    base = _base_root(root)
    return frozenset(
        word for word in _rare_words(text, zipf_frequency)
        if not word.startswith(own) and own not in word and root not in word.replace("ge", "", 1)
        and not (base and base in word)
    )


@lru_cache(maxsize=64)
def _rare_words(text: str, zipf: object) -> tuple[str, ...]:
    """A text's long words, lowercased, rare enough to be cues: the same for each lemma of a
    Ding line, which the index build asks for one by one (issue 13)."""
    return tuple(word for word in (w.lower() for w in _CUE.findall(text)) if _rare_enough(word, zipf))


# the particles of separable verbs (a closed class): "kündigte … an" is a form of ankündigen
_SEPARABLE = ("zurück", "wieder", "zusammen", "weiter", "heraus", "hinaus", "herein", "voran", "vorbei", "fest",
              "durch", "unter", "über", "nach", "dar", "ein", "auf", "aus", "vor", "mit", "weg", "her", "hin", "bei",
              "ab", "an", "um", "zu")


def _base_root(root: str) -> str:
    """The root of a separable verb without its particle ("ankündig" → "kündig"), when it is long
    enough to be no other word's part; "" otherwise. The verb's forms in a sentence ("kündigte
    … an") and in Ding's lists of forms ("kündigt an | kündigte an") are no clue to a sense: as
    one, they made the one line that lists the forms ("etw. ankündigen {vt} | … | kündigte an ::
    to advertise") the sense of every sentence using the verb so."""
    particle = next((p for p in _SEPARABLE if root.startswith(p)), "")
    rest = root[len(particle):]
    return rest if particle and len(rest) >= 5 else ""


@lru_cache(maxsize=200_000)
def _rare_enough(word: str, zipf: object) -> bool:
    return zipf(word) < MAX_CUE_ZIPF  # type: ignore[operator]


def _cue_fit(cues: str, words: frozenset[str]) -> float:
    """How much a sense's examples share with the sentence: the same word, an inflected form
    (same first five letters) or a compound ending in it (Flächenflugzeug ~ Flugzeug)."""
    if not cues or not words:
        return 1.0
    return min(MAX_CUE_FIT, 1.0 + CUE_MATCH * len(_shared(cues, words)))


@lru_cache(maxsize=16_384)
def _shared(cues: str, words: frozenset[str]) -> frozenset[str]:
    """The sentence's words a sense's cues contain (cached: every sense of every word of an
    article is scored against the same few sentences, which was a tenth of a full build). The
    keys hold a sentence's words and never recur in another article: a batch of 41 articles
    held 100,000 of them, over 30 MB, so the cache keeps about one long article's."""
    split = cues.split()
    return frozenset(word for word in words if any(_same_word(cue, word) for cue in split))


_ENDINGS = frozenset(["", "e", "s", "es", "n", "en", "ens", "er", "ern", "em", "ien", "t", "te", "ten", "st"])


# 40,000 pairs: a batch of 41 articles hit the cache as often with them as with 200,000 (287,000
# against 292,000 hits of 1,075,000 calls), which held 36 MB more at the batch's peak (session 31)
@lru_cache(maxsize=40_000)
def _same_word(one: str, other: str, *, narrower: bool = False) -> bool:
    """The same word, an inflected form of it (Gesetz ~ Gesetzes, Flugzeug ~ Flugzeuge) or a
    compound ending in it (Stempelgesetz ~ Gesetz); not a compound starting with it (Wassers is
    no Wasserbau). ``narrower``: only ``other`` may be the compound, ``one`` the word it ends in
    (see _partner_match)."""
    for a, b in ((other, one),) if narrower else ((one, other), (other, one)):
        if a == b or a.endswith(_stems(b)):
            return True
    if one[:5] != other[:5]:
        return False
    common = 5
    while common < min(len(one), len(other)) and one[common] == other[common]:
        common += 1
    # the endings may share a letter: "öffentlicher" ~ "öffentlichen" part after "öffentlich", not "öffentliche"
    return any(one[stem:] in _ENDINGS and other[stem:] in _ENDINGS for stem in range(common, max(4, common - 3), -1))


@lru_cache(maxsize=100_000)
def _stems(word: str) -> tuple[str, ...]:
    """The word and the word without an ending (see _same_word), of four letters or more: each
    of an article's words is compared with the cues of every sense of every word."""
    return tuple(stem for stem in {word} | {word[:-k] for k in (1, 2, 3) if word[-k:] in _ENDINGS} if len(stem) >= 4)


def _telling(candidates: list[Sense], context: Context) -> Context:
    """The context without the sentence words that most senses share ("gezogen" is listed with
    every sense of ziehen): a word tells senses apart only when few of them have it."""
    if not context.words:
        return context
    counts: dict[str, int] = {}
    for sense in candidates:
        for word in _shared(sense.cues, context.words):
            counts[word] = counts.get(word, 0) + 1
    common = {word for word, count in counts.items() if count > max(1, len(candidates) // 3)}
    return replace(context, words=context.words - common) if common else context


_DATIVE_PRONOUNS = frozenset(["mir", "dir", "ihm", "uns", "euch", "ihnen"])


def _dative_in(text: str) -> frozenset[str]:
    """"+dat" when the sentence has a dative pronoun (a text gives no better clue)."""
    words = set(re.findall(r"[a-zäöüß]+", text.lower())) | set(re.findall(r"\bIhnen\b", text))
    return frozenset({"+dat"}) if words & _DATIVE_PRONOUNS or "Ihnen" in words else frozenset()


def _partner_match(partners: str, found: frozenset[str]) -> bool:
    """Whether the sentence has one of a sense's partners: the same noun, an inflected form (same
    first five letters) or a compound ending in it (Stempelgesetz ~ Gesetz). Not a word a
    partner ends in: "Einkommensteuer erheben :: to tax income" is no sense of "Steuern erheben"
    (to levy, to raise), whose object names no income."""
    return any(_same_word(partner, word, narrower=True) for partner in partners.split() for word in found)


MIN_HEAD = 3  # shortest compound head two nouns may share to be one kind of thing (…tag)


@lru_cache(maxsize=20_000)
def _compound_head(noun: str) -> str:
    """A compound partner's head, lower case ("jahrestag" → "tag"); "" for a simple noun."""
    from .compounds import split_compound  # the noun lexicon; not needed while an index is built

    parts = split_compound(noun[:1].upper() + noun[1:])
    return parts[-1].lower() if len(parts) >= 2 and len(parts[-1]) >= MIN_HEAD else ""


def _kind_match(partners: str, found: frozenset[str]) -> bool:
    """Whether the sentence has a noun of the kind of one of a free sense's partners: a word with
    the partner compound's head ("einen Jahrestag begehen :: to observe an anniversary" for "den
    Valentinstag begehen": both are days, and the verb's sense with a day is to observe, not
    Ding's first "to commit"). Only for a sense whose English does not name the partner: a
    bound sense ("Einkommensteuer erheben :: to tax income") translates that very noun, and
    "Mehrwertsteuer erheben" taxes no income. A sentence without partner nouns matches nothing:
    the heads (a compound split each) are then not looked for, as three in four calls found
    (on the Aare articles)."""
    if not found:
        return False
    for partner in partners.split():
        head = _compound_head(partner)
        if head and any(word != partner and word.endswith(head) for word in found):
            return True
    return False


def _of_kind(sense: Sense, kinds: frozenset[str]) -> bool:
    """Whether a verb's sense has a partner of the domain of the sentence's object, and its
    English is the verb's own (a collocation's, see _collocations_as_free_senses): Ding gives
    ausrufen with a truce ("einen Waffenstillstand ausrufen :: to call/proclaim a truce",
    [pol.]), and "die Republik ausrufen" [pol.] is proclaiming it, not shouting it out. A
    collocation that stays a phrase ("to call a truce") says nothing of the verb alone, and a
    verb without partners of that domain keeps its senses."""
    english = sense.english.removeprefix("to ").split()
    return bool(kinds) and sense.pos == "VERB" and (len(english) == 1 or _phrasal(sense.english)) and _partner_match(sense.partners, kinds)


def score(sense: Sense, context: Context, *, phrasal_cap: bool = True) -> float:
    """Support × English commonness × construction fit (a user's TSV keeps its own order).
    ``phrasal_cap``: an English verb with a particle counts as Zipf 4.5 at most (see choose)."""
    if sense.ordered:
        return sense.rank
    partnered = bool(sense.partners) and (_partner_match(sense.partners, context.partners)
                                          or (not sense.bound and _kind_match(sense.partners, context.partners)))
    classed = not partnered and _of_kind(sense, context.kinds)
    if sense.bound and not partnered and not classed:
        return 0.0  # "eine Strecke zurücklegen :: to cover a distance" without a distance
    needs = sense.preposition.split()
    preposition = next((need for need in needs if need != "sich"), "")
    optional = preposition.endswith("?")  # "etw. (vor jdm.) verstecken": counts where it stands, costs nothing where not
    preposition = preposition.removesuffix("?")
    choices = set(preposition.split("/"))  # "Bestimmung (für/über/zu etw.)": any of them
    words = len(sense.english.removeprefix("to ").split()) - (1 if preposition[:1].isalpha() and not optional and sense.pos != "NOUN" else 0)
    zipf = sense.zipf - (HYPHEN_RARER if _hyphenated(sense.english) else 0.0)
    if _function_word(sense.english):
        zipf = min(zipf, FUNCTION_WORD_ZIPF)
    common = min(MAX_COMMON, max(0.05, 10 ** (0.3 * (zipf - 4.5))))
    if phrasal_cap and _phrasal(sense.english):
        common = min(common, PHRASAL_COMMON)
    # an object Ding names in brackets is as telling as a bound partner: "(einen Termin) verlegen
    # :: to reschedule" where the Termin is moved
    named = OBJECT_NAMED in sense.marks and _partner_match(sense.partners, context.partners)
    fit = (PARTNER_MATCH * (BOUND_MATCH if sense.bound or named else 1.0)) if partnered else PARTNER_MATCH if classed else 1.0
    if not partnered and not classed and _object_of_kind(sense, context):
        fit *= KIND_OBJECT  # "begründen (eine Behauptung) :: to give reasons for" for "die Entscheidung begründen"
    if OBJECT_NAMED in sense.marks and not partnered and not classed and _other_object(sense, context):
        # the bracket restricts the sense to that object: "(Stoff) ausrüsten :: to finish; to treat"
        # is no sense of "rüstete seine Truppen mit Gewehren aus" (to equip), nor "austragen (Zahlen;
        # Daten) :: to sign out" of "die Weltmeisterschaft austragen"
        fit *= OTHER_OBJECT
    if sense.pos == "NOUN":
        # German gives a noun's "(von etw.)" as often by a genitive: "Verbreitung des Marxismus" is
        # Ding's "Verbreitung (von etw.) :: spread (of sth.)"
        fit *= NOUN_CONSTRUCTION if preposition and (context.follows in choices or (context.genitive and "von" in choices)) else 1.0
    elif preposition and context.known:
        match = CONSTRUCTION_MATCH if context.exact else TEXT_MATCH
        with_each_other = context.reciprocal and choices == {"mit"} and "q" in sense.marks  # "sie streiten sich": with each other
        # a narrow sense's optional object ("jdn. (zu einer Strafe) verurteilen") counts only as the
        # clause's own object: "aus" anywhere in "birgt ein Museum mit Ikonen aus …" is no "(aus einem Ort) bergen"
        shown = bool(choices & context.prepositions) and (context.exact or not (optional and NARROW in sense.marks))
        fit *= match if shown or with_each_other else 1.0 if optional else CONSTRUCTION_MISSING
    elif preposition and not optional:
        fit *= 0.5
    if "sich" in needs and context.known:
        fit *= REFLEXIVE_MATCH if "sich" in context.prepositions else REFLEXIVE_MISSING
    fit *= _cue_fit(sense.cues, _narrow_cues(sense, context)) * _valency_fit(sense.marks, context.obj)
    if preposition and any(f"{choice}:person" in context.governed for choice in choices):  # "mit allen gut ausgekommen"
        # "jdm. etw. einräumen :: to grant" where the clause's dative names a person ("räumte dem Kaiser … ein")
        fit *= GOVERNED_MATCH if "q" in sense.marks or preposition == "+dat" else VALENCY_MISMATCH if "r" in sense.marks else 1.0
    if "d" in sense.marks and "+dat:person" in context.governed:
        fit *= VALENCY_MISMATCH  # "etw. etw. verleihen :: to add sth. to sth." where a person is given something
    if context.second and "g" in sense.marks:
        fit *= SECOND_MATCH
    if context.placed and sense.pos == "VERB" and _places(sense.english):
        fit *= PLACED_MATCH
    if on_topic(sense, context):
        fit *= TOPIC_MATCH
    idiom = 0.6 ** max(0, words - 1) if not partnered else 1.0  # "to come on strong" is an idiom; "to cover a distance" its partner's
    return sense.rank * common * fit * idiom


# the suffixes of abstract nouns: two objects ending in one of them are things of one kind
_ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "ion", "ität", "schaft", "nis")


def _narrow_cues(sense: Sense, context: Context) -> frozenset[str]:
    """The words that show a sense: the sentence's, and for a sense Ding gives only with a
    qualifier (NARROW) the article's title too, which names what the whole text is about:
    "Lenker {m} [ugs.] (Fahrrad) :: handlebar" in the article Fahrrad, whose sentence "Am Lenker
    befindet sich eine Klingel" names no bicycle."""
    return context.words | context.title if NARROW in sense.marks and context.title else context.words


def _other_object(sense: Sense, context: Context) -> bool:
    """Whether the clause's object is of another kind than the one Ding names in brackets for a
    sense (marked O): a person where the bracket names a thing ("vorsehen {vt} (Plan; Gesetz) ::
    to provide for" is no sense of "hatte Carl Orff als Komponisten vorgesehen"), or a noun that
    shares no abstract suffix with the named one. An abstract noun of the same formation is
    such an object: "begründen (eine Behauptung) :: to give reasons for" is the sense of "die
    Entscheidung begründen", not "to found" (a city)."""
    if context.obj == "person" and "p" not in sense.marks:
        from .reference import person_lemma

        return not any(person_lemma(partner[:1].upper() + partner[1:]) for partner in sense.partners.split())
    if not context.partners:
        return False
    named = [partner for partner in sense.partners.split() if partner.endswith(_ABSTRACT_SUFFIXES)]
    return not any(word.endswith(suffix) and partner.endswith(suffix)
                   for partner in named for word in context.partners for suffix in _ABSTRACT_SUFFIXES)


def on_topic(sense: Sense, context: Context) -> bool:
    """Whether the sense's subject field belongs to a domain the article is about: "(lineare)
    Geschwindigkeit [phys.] :: speed" in a text on argon, whose other words Ding gives in [chem.]
    and [phys.]; "Mandat [pol.] :: seat" in one on a politician's career."""
    return bool(context.topic) and bool(domains(sense.cues) & context.topic)


def _collocations_as_free_senses(candidates: list[Sense]) -> list[Sense]:
    """A verb's sense with its object ("ein Haus bauen :: to build a house") shown as the verb's
    own sense it begins with ("to build"): the object confirms that sense, and the card is the
    verb's; one the verb has no sense for alone stays whole ("eine Belohnung aussetzen :: to
    offer a reward")."""
    free = sorted({sense.english for sense in candidates if not sense.bound and sense.pos == "VERB"}, key=len, reverse=True)
    if not free:
        return candidates
    found = []
    for sense in candidates:
        own = next((english for english in free if sense.bound and sense.english.startswith(english + " ")), "")
        found.append(replace(sense, english=own) if own else sense)
    # the verb's own sense has the partners of its collocations too ("to proclaim" those of "to
    # proclaim a truce"): an object of their kind confirms it (see _of_kind)
    lent: dict[str, set[str]] = {}
    for sense, before in zip(found, candidates, strict=True):
        if sense.english != before.english:
            lent.setdefault(sense.english, set()).update(sense.partners.split())
    return [replace(sense, partners=" ".join(sorted({*sense.partners.split(), *lent[sense.english]})))
            if not sense.bound and sense.english in lent else sense for sense in found]


def _phrase_of_noun(sense: Sense) -> bool:
    """Whether a noun's sense is Ding's for the noun with its genitive ("Einbruch der Nacht ::
    nightfall"): the English renders the phrase, not the noun a card shows. A sense taken from a
    compound's English ("Wintereinbruch :: onset of winter" → onset, marked C) is the noun's own."""
    return sense.pos == "NOUN" and sense.bound and "C" not in sense.marks


def _phrasal(english: str) -> bool:
    """Whether an English verb sense is a verb with a particle: "to go over", "to pull up". Such
    an idiom is much rarer than its verb, by whose frequency it is counted; "to go back to" beat
    "to resort to" for zurückgreifen auf, "to go over" the sense übergehen has in the text. So is
    a passive, counted by its participle: "to be found" (found: Zipf 5.7) beat "to turn out" for
    sich herausstellen ("Es stellte sich heraus, dass …")."""
    words = english.removeprefix("to ").split()
    return english.startswith("to ") and len(words) >= 2 and (words[1] in _ENGLISH_PARTICLES or (words[0] == "be" and len(words) == 2))


_PARTICLES = frozenset(["on", "of", "to", "with", "about", "for", "from", "in", "at", "by", "over", "into", "against", "as"])


def _english_head(gloss: str) -> str:
    """The English word a sense is, without its construction's particle: "to belong to" and "to
    belong" are one sense listed twice, and their support adds up."""
    words = gloss.lower().split()
    return " ".join(words[:-1] if len(words) > 2 and words[-1] in _PARTICLES else words)


def _related(first: set[str], second: set[str]) -> bool:
    """Do two English glosses share a word or a word's stem ("special feature", "speciality")?
    Then they name one sense, and neither is the other's rival; so do two spellings of one word
    ("south-east", "southeast"; "mould", "mold")."""
    first, second = {_spelling(word) for word in first}, {_spelling(word) for word in second}
    return bool(first & second) or any(len(a) >= 5 and len(b) >= 5 and a[:6] == b[:6] for a in first for b in second)


@dataclass(frozen=True, slots=True)
class Choice:
    """The senses chosen for a word and whether the choice is doubtful: several unrelated senses
    score close to the chosen one and nothing decided between them (not the sentence's partner
    noun, construction or cue words, not the article's field, not one dictionary line). A cloze
    can drop a doubtful hint, a card show its first sense only: no sense rather than a guess."""

    senses: tuple[str, ...] = ()
    doubtful: bool = False


DOUBTFUL_RIVAL = 0.5  # an unrelated line with this share of the chosen sense's total makes an undecided choice doubtful
LENT_RIVAL = 0.3  # … with this share where the chosen sense's English is mostly other words' (OTHERS)


def choose(candidates: list[Sense], context: Context, *, rare: bool = False) -> tuple[str, ...]:
    """Up to three English senses, the likeliest first; () when the best is too weak. ``rare``:
    the word is a rare German verb (see glossary.RARE_GERMAN), whose own English goes first."""
    return decide(candidates, context, rare=rare).senses


def decide(candidates: list[Sense], context: Context, *, rare: bool = False, uncommon: bool = False, own_first: bool = False) -> Choice:
    """The senses :func:`choose` gives, with whether the choice between them is doubtful.
    ``uncommon``: the German word is rarer than UNCOMMON_GERMAN (see glossary), and a contested
    sense lent by other words' lines is a guess: its own English goes first, or none (see _own_instead).
    ``own_first``: a noun or adjective rarer than OWN_LINE_GERMAN (see glossary), whose contested
    sense from a line it stands in as a later synonym gives way to a line it heads (see _headed_line)."""
    if not candidates:
        return Choice()
    candidates = _collocations_as_free_senses(candidates)
    context = _telling(candidates, context)
    reflexive = context.reflexive and any("sich" in sense.preposition.split() for sense in candidates)
    second = context.second and any("g" in sense.marks for sense in candidates)
    that = context.that and any(sense.pos == "VERB" and takes_that(sense.english) for sense in candidates)
    # the cap ranks idioms below a plain verb ("to resort to"); among idioms alone ("to take off",
    # "to start up") it would only push all of them below the gloss threshold
    cap = any(sense.pos == "VERB" and not _phrasal(sense.english) for sense in candidates)
    scored = sorted(
        ((score(sense, context, phrasal_cap=cap) * (NOT_REFLEXIVE if reflexive and "sich" not in sense.preposition.split() else 1.0)
          * (SECOND_MISSING if second and "g" not in sense.marks else 1.0)
          * (THAT_MISSING if that and not takes_that(sense.english) else 1.0), sense) for sense in candidates),
        # on a tie the word's own English goes first: "to put across" (vermitteln's line) and
        # "to put over" (rüberbringen's), both counted by the particle-verb cap
        key=lambda pair: (-pair[0], OTHERS in pair[1].marks),
    )
    best = scored[0][0]
    # all senses from one dictionary line ("Seeräuberei; Piraterie [naut.] :: robbery at sea; piracy"):
    # synonyms of one meaning, none a rival, and a weak score no sign of a wrong one
    # (a phrase of another word's line without its partner here is none of them: "feindliche
    # Übernahme :: hostile takeover" leaves feindlich's one line "hostile" for "feindliche Streitkräfte")
    senses = [sense for value, sense in scored if value > 0 or not sense.bound]
    one_line = len({sense.cues for sense in senses}) == 1 and bool(senses[0].cues or len(senses) == 1) if senses else False
    if best < MIN_SCORE * (ONE_LINE_FLOOR if one_line or _shown_qualified(scored[0][1], context) else 1.0) or (context.obj == "none" and _valency_fit(scored[0][1].marks, "none") < 1.0):
        # weak, or the dictionary lacks the intransitive sense the sentence uses ("Darin steckten
        # Federn"); not when the object is merely unseen, or Ding's {vi} is loose ("essen {vi}")
        return Choice()
    # one English word in two spellings is one sense: "mould [Br.]; mold [Am.]" add up
    spelled: dict[str, float] = {}
    for value, sense in scored:
        spelled[_spelling(_english_head(sense.english))] = spelled.get(_spelling(_english_head(sense.english)), 0.0) + value
    totals = {_english_head(sense.english): spelled[_spelling(_english_head(sense.english))] for _, sense in scored}
    top = _line_shown(scored, max(totals, key=lambda head: totals[head]), context)
    words = set(top.removeprefix("to ").split())
    lines: dict[str, set[str]] = {}
    for _, sense in scored:
        lines.setdefault(_english_head(sense.english), set()).add(sense.cues)
    # a synonym from the top sense's own line is no rival ("Geistlicher :: cleric; clergy; clergyman")
    synonyms = {head for head, cues in lines.items() if "" not in cues and cues <= lines[top]}
    # nor is a specialist's sense of a word with an everyday one, which gives way to it anyway (see
    # below): Häftling "detainee" stays, beside "prisoner" of "Häftling; Strafgefangener [jur.]"
    special = {_english_head(sense.english) for _, sense in scored if "F" in sense.marks} - {
        _english_head(sense.english) for _, sense in scored if "F" not in sense.marks}
    everyday_top = any("F" not in sense.marks for _, sense in scored if _english_head(sense.english) == top)
    # nor, against the word's own English, one every line of which lends other words' English (OTHERS):
    # hinauszögern "to delay" (its own line) beside "to stall" (hinhalten's) is no contested choice
    lent_heads = _lent_heads(scored) if any(OTHERS not in sense.marks for _, sense in scored if _english_head(sense.english) == top) else set()
    rival = max((value for head, value in totals.items()
                 if not _related(words, set(head.removeprefix("to ").split())) and head not in synonyms
                 and not (everyday_top and head in special) and head not in lent_heads), default=0.0)
    if totals[top] < WEAK_SCORE and rival >= RIVAL * totals[top] and not one_line:
        return Choice()  # weak and contested (Verärgerung: exception 1.1, annoyance 0.9): no gloss rather than a guess
    first = next(pair for pair in scored if _english_head(pair[1].english) == top)
    if _phrase_of_noun(first[1]):
        return Choice()  # "Einbruch der Nacht :: nightfall" translates the phrase; Einbruch alone means neither that nor break-in there
    everyday = next((pair for pair in scored if "F" not in pair[1].marks and NARROW not in pair[1].marks), None)
    if ("F" in first[1].marks and not _partner_match(first[1].partners, context.partners) and not (second and "g" in first[1].marks)
            and not _rarer_everyday(first[1], everyday)
            and not (everyday is not None and _written_apart(first[1].english, everyday[1].english))
            and not _shown_special(first[1], everyday, context)
            and not (on_topic(first[1], context) and not (everyday is not None and on_topic(everyday[1], context)))
            and not (_construed(first[1], context, optional=True) and not (everyday is not None and _construed(everyday[1], context, optional=True)))):
        # not when the sentence has the noun Ding gives the sense with ("ein Gesetz aufheben ::
        # to repeal a law" [jur.] for "hob das Stempelgesetz auf"), or its construction ("jdn.
        # (einer Sache) beschuldigen :: to accuse sb." [jur.] with a zu-infinitive), or the article
        # is on its field and the everyday sense is not (Geschwindigkeit "speed" [phys.] in a text on
        # physics, not "time"; Nukleon there is still "nucleon" before "nuclear particle"): that is the text's sense;
        # nor when the everyday sense's English is much rarer (Landung: "landing" [aviat.], not "landfall"),
        # nor when the sentence has a word of its line and not of the everyday one's (see _shown_special);
        # nor when the clause has the specialist's construction and not the everyday one's ("ein auf
        # Datenbanken zugreifendes System": "auf etw. zugreifen [comp.] :: to access", not "to help yourself")
        # a sense lent by another word's line does not displace the word's own line's as the
        # everyday one (Materie: Sachgebiet's "subject area" before its own "matter" [phys.]); it
        # makes the choice doubtful enough for no gloss
        machine = _own_everyday(first[1], scored)
        if machine is not None:
            first, best = machine, machine[0]
            scored = [pair for pair in scored if "F" not in pair[1].marks]
        elif everyday is not None and everyday[0] >= EVERYDAY_FIRST * first[0] and not (HEADED in first[1].marks and _lent(everyday[1])):
            first, best = everyday, everyday[0]
            scored = [pair for pair in scored if "F" not in pair[1].marks]
        elif everyday is not None and everyday[0] >= EVERYDAY_RIVAL * first[0]:
            return Choice()  # Ladung: "charge" [electr.] far ahead of "load" in an article on tea: doubtful
        elif ((everyday is None or everyday[0] <= 0) and OTHERS in first[1].marks and first[1].pos == "VERB"
              and not any(_english_head(sense.english) == _english_head(first[1].english) for _, sense in scored if "F" not in sense.marks)):
            # a verb Ding gives only in a field the text shows nothing of, in English that mostly
            # translates other words: niederlegen [mil.] "to ground" for "legen Steine nieder" (its
            # everyday "die Arbeit niederlegen :: to down tools" is the pair's, without the Arbeit);
            # not where everyday pairs give that English too (erobern [mil.]: "eine Stadt erobern :: to conquer a city")
            return Choice()
    if rare and OTHERS in first[1].marks and not first[1].bound:
        # erdrücken "to overwhelm" (überwältigen's English) before its own "to crush to death": a rare
        # verb's line lends it a common synonym's English, which the learner reads as that word. A
        # construction the sentence has keeps it ("wendet sich von Alex ab": "sich von jdm. abwenden
        # :: to desert", verlassen's English, not "to turn away"). A common word is itself
        # the everyday German for polysemous English (verlassen: to leave, Gegend: area), and keeps it;
        # so does a word whose own English is rarer (beisetzen: "to bury" is begraben's, "to inter" rare)
        native = next((pair for pair in scored if not {OTHERS, "F", NARROW} & set(pair[1].marks) and not pair[1].bound), None)
        # a verb with a particle is counted at Zipf 4.5 at most here too, as in score: "to call on"
        # (aufbieten's, Zipf 5.5) is no commoner than zurückgreifen's own "to fall back on" (5.0)
        if (native is not None and native[0] >= OWN_ENGLISH * first[0]
                and _counted_zipf(native[1], cap) >= _counted_zipf(first[1], cap) - OWN_RARER
                and not _context_favours(first, native)):
            first, best = native, native[0]
    own_verb = _own_verb_sense(first, scored, context) if first[1].pos == "VERB" else None
    if own_verb is not None:
        first, best = own_verb, own_verb[0]
    lent = False  # a noun's own line went first before English lent by other words' lines, not listed after it
    if first[1].pos == "NOUN" and OTHERS in first[1].marks and (_lent(first[1]) or _own_line_beside(first[1], scored)):
        # Geschwindigkeit "time" (Tempo's English: "Zeitmaß; Tempo; Geschwindigkeit :: time") before its
        # own "speed": a lent line's English wins on its frequency alone, the word's own line goes
        # first; not where it is the everyday word by as much (Gegend "district" beside "quarter")
        own = next((pair for pair in scored if HEADED in pair[1].marks and not pair[1].bound and NARROW not in pair[1].marks
                    and pair[1].zipf >= MIN_ENGLISH_ZIPF and pair is not first
                    and (_lent(first[1]) or (OTHERS not in pair[1].marks and pair[1].zipf >= OWN_BESIDE_ZIPF))), None)
        if (own is not None and own[0] >= OWN_LINE * first[0] and first[1].zipf - own[1].zipf >= EVERYDAY_RARER
                and not _context_favours(first, own)):
            first, best, lent = own, own[0], True
            # the lent sense it displaced is its rival, not a synonym of the top English (see _rivalled)
            synonyms = {head for head, cues in lines.items() if "" not in cues and cues <= lines[_english_head(own[1].english)]}
    if first[1].pos == "NOUN" and _lent(first[1]) and not lent and (own := _own_line(first, scored)) is not None:
        first, best, lent = own, own[0], True
        synonyms = {head for head, cues in lines.items() if "" not in cues and cues <= lines[_english_head(own[1].english)]}
    if OTHERS in first[1].marks and not first[1].bound and first[1].pos == "NOUN" and not on_topic(first[1], context):
        # Botschaft "message" (Nachricht's English) in a text on a state's embassy ([pol.]), Probe
        # "test" (Prüfung's) for "eine Probe Iridium" ([sci.] sample, of a chemical element): a
        # sense of the text's field, the noun's own English, goes before one lent by a synonym
        fielded = next((pair for pair in scored if OTHERS not in pair[1].marks and not pair[1].bound and on_topic(pair[1], context)), None)
        if fielded is not None and fielded[0] >= OWN_ENGLISH * first[0]:
            first, best = fielded, fielded[0]
    broader = _broader(first, scored, context)
    widened = broader is not first  # hinterlegen "to deposit" before Ding's "(als Pfand) :: to leave": a choice made
    if widened:
        first, best = broader, broader[0]
    elif own_verb is None and _unshown_narrow(first[1], scored, totals, context):
        return Choice()  # (a verb's own sense chosen before a lent one is no guess among narrow rivals: "(Negatives) verursachen")
    doubtful = not one_line and not _decided(first[1], context, scored) and _rivalled(first[1], scored, totals, synonyms)
    headed = None
    if (own_first and doubtful and not widened and _lent(first[1]) and NARROW not in first[1].marks
            and (headed := _headed_line(first, scored)) is not None):
        # a contested sense of a line the word stands in as a later synonym gives way to the best
        # line the word heads: Abtransport "removal", not Evakuierung's "evacuation" (and that
        # line's first English, not a synonym of it for the one's mostly other words' English).
        # A common word is itself the everyday German for a synonym's English (Gegend "district",
        # Raum "area"): only a rarer one (own_first). Not a narrow sense, which has its own rules
        # (see _broader): Leerlauf "free running" (Freilauf's "(Fahrrad, Auto)") in the article
        # Fahrrad, Rohstoff "raw material" (Rohmaterial's "(zur Verarbeitung)") before "resource" [envir.]
        first, best, lent = headed, headed[0], True
        synonyms = {head for head, cues in lines.items() if "" not in cues and cues <= lines[_english_head(headed[1].english)]}
    if (doubtful and not widened and first[1].pos == "VERB" and OTHERS in first[1].marks and _lent(first[1])
            and _construction_shared(first[1], scored, context) and (own := _own_instead(first, scored, cap)) is not None):
        # the clause's construction raised the lent English of other words ("sich für/zu etw.
        # melden; bei etw. mitmachen; an etw. teilnehmen :: to sign", unterschreiben's) as much as
        # the word's own, and decided nothing: its own English goes first (teilnehmen "to take part in")
        first, best, headed = own, own[0], own
    if (uncommon and doubtful and not widened and headed is None and OTHERS in first[1].marks and not {NARROW, "F"} & set(first[1].marks) and not first[1].bound
            and not _raised(first, context)
            and _rivalled(first[1], [pair for pair in scored if "F" not in pair[1].marks], totals, synonyms)):
        # contested by an everyday sense, and the English is mostly other words': the word's own
        # English goes first (entführen "to kidnap", not "to snatch"; ablösen "to replace", not
        # "to spell"); where a verb heads no line that gives it, no gloss rather than a synonym's
        # guess (ausnutzen "to use", benutzen's; a noun's lent English is mostly a near synonym:
        # Räumung "clearance", "evacuation"). A specialist's rival (anbauen [techn.] "to
        # mount") is no such doubt, and a narrow sense has its own rules (see _broader)
        own = _own_instead(first, scored, cap)
        if own is None and _lent(first[1]) and first[1].pos == "VERB":
            return Choice()
        if own is not None:
            first, best = own, own[0]
    scored = [first, *(pair for pair in scored if pair is not first)]
    # a sense Ding qualifies, which the sentence or the article shows, is the text's: the other
    # lines' English is not a further sense of it
    shown_narrow = NARROW in first[1].marks and bool(first[1].cues) and not _unshown(first[1], context)
    chosen: list[str] = []
    for value, sense in scored:
        if _without_partner(sense, context).removeprefix("the ") in {english.removeprefix("the ") for english in chosen}:
            continue  # "nature; the nature": one sense (Ding writes some nouns with their article)
        if _spelling(sense.english) in {_spelling(english) for english in chosen}:
            continue  # "traffic centre; traffic center": one word in two spellings, no second sense
        if chosen and value < best * NEXT_SENSE:
            break
        if sense.pos and sense.zipf < MIN_ENGLISH_ZIPF and not chosen:
            continue
        if chosen and (OTHERS in sense.marks or (lent and _lent(sense))):
            continue  # beschuldigen "to tax": a further sense that mostly translates other words (besteuern)
        if chosen and _function_word(sense.english):
            continue  # Schimmel "mould", not "must" beside it: a learner reads the modal
        if chosen and NARROW in sense.marks and not _shared(sense.cues, context.words):
            continue  # Premiere "first time" (erstmalige Erfahrung) beside "first night": a narrower use the sentence does not show
        if chosen and _later_synonym(sense, first[1]):
            continue  # Erdöl "crude oil; base oil": Ding lists "base oil" third on the line, a technical rarity
        if chosen and shown_narrow and sense.cues != first[1].cues:
            continue  # Leerlauf "free running" (Ding's "(Fahrrad)") in a text on bicycles: not "at-rest" beside it
        chosen.append(_without_partner(sense, context))
        if len(chosen) == MAX_SENSES or sense.bound:
            break  # a sense Ding gives for this very pair ("Einbruch der Nacht :: nightfall") stands alone
    return Choice(tuple(chosen), doubtful)


SYNONYM_SHARE = 0.5  # a further synonym of the first sense's line needs this share of its support


def _later_synonym(sense: Sense, first: Sense) -> bool:
    """Whether a further sense is another kind of the first one's thing that the same line lists
    well after it (less than SYNONYM_SHARE of its support, which falls with the place on the
    line): "Rohöl; Erdöl :: crude oil; crude naphtha; base oil" gave Erdöl "crude oil; base oil",
    a lubricant's base oil listed for the Zipf of its rarest word ("base"), which overstates how
    common the phrase is. A synonym with another head adds a meaning the learner can use
    (Großbrand "blaze; large fire", Nationalsozialist "National Socialist; Nazi") and stays."""
    head, other = first.english.split(), sense.english.split()
    return (bool(first.cues) and sense.cues == first.cues and sense.pos == first.pos and sense.rank < SYNONYM_SHARE * first.rank
            and len(other) > 1 and other[-1] == head[-1] and other != head)


OWN_SUPPORT = 2.0  # a verb's own sense with this many times the support of a lent best one …
OWN_CLOSE = 0.7  # … and this share of its score goes first (see _own_verb_sense) …
BASIC_ENGLISH = 5.0  # … where the lent English is this common (Zipf): a basic verb, the everyday word's own


def _own_verb_sense(first: tuple[float, Sense], scored: list[tuple[float, Sense]], context: Context) -> tuple[float, Sense] | None:
    """The verb's own sense that goes before a best one whose English mostly translates a much
    commoner German word (OTHERS), where the dictionary gives the own one far more support and it
    scores nearly as well: verursachen "to give" (bereiten's line, "Freude bereiten") won on the
    Zipf of "give" over its own "to cause", which its lines give four times as often; the learner
    reads "to give" as geben. Only a basic English verb (BASIC_ENGLISH) wins so on frequency
    alone: untersuchen keeps "to investigate" (Zipf 4.3, many German words' English) before its
    much rarer "to probe". Not where the sentence chose the lent sense (its construction, its
    cue words: see _raised), nor for an own sense of a field (F) or bound to a partner."""
    if OTHERS not in first[1].marks or first[1].bound or first[1].zipf < BASIC_ENGLISH or _raised(first, context):
        return None
    own = next((pair for pair in scored if HEADED in pair[1].marks and not {OTHERS, "F"} & set(pair[1].marks)
                and not pair[1].bound and pair[1].rank >= OWN_SUPPORT * first[1].rank), None)
    return own if own is not None and own[0] >= OWN_CLOSE * first[0] else None


def _shown_qualified(sense: Sense, context: Context) -> bool:
    """Whether the best sense is one Ding qualifies (NARROW) by words the sentence or the title
    shows: "Kettenschaltung {f} (Fahrrad) :: derailleur gears" in the article Fahrrad. Its English
    is rare because the thing is a specialist's, not because the sense is a guess: it is weighed
    as a sense of one line is (ONE_LINE_FLOOR), not dropped for its rarity."""
    return NARROW in sense.marks and bool(sense.cues) and bool(_shared(sense.cues, _narrow_cues(sense, context)))


def _own_instead(first: tuple[float, Sense], scored: list[tuple[float, Sense]], cap: bool) -> tuple[float, Sense] | None:
    """The sense that replaces a contested one whose English mostly translates other words
    (OTHERS): the best of the word's own English (not lent, not a specialist's or a narrow
    one, not a pair's) with OWN_INSTEAD of its score. Ablösen was "to spell" (Ding's line of
    abwechseln's English), its own "to replace" close behind; not one much rarer in English
    (entführen "to abduct", OWN_RARER). None where the word has no such sense. A common German
    word is itself the everyday word for polysemous English (verlassen "to leave", Gegend
    "district"): decide asks only for an uncommon one."""
    return next((pair for pair in scored if pair is not first and not {OTHERS, "F"} & set(pair[1].marks)
                 and not pair[1].bound and pair[1].zipf >= MIN_ENGLISH_ZIPF and pair[0] >= OWN_INSTEAD * first[0]
                 and _counted_zipf(pair[1], cap) >= _counted_zipf(first[1], cap) - OWN_RARER), None)


_SPELLINGS = ((re.compile(r"(?<=[a-z])tre\b"), "ter"), (re.compile(r"(?<=[a-z]{2})our"), "or"), (re.compile(r"(?<=m)ou(?=l[dt])"), "o"),
              (re.compile(r"(?<=[a-z]{2})is(?=(?:e|ed|es|ing|ation)\b)"), "iz"), (re.compile(r"yse\b"), "yze"), (re.compile(r"[- ]"), ""))


def _spelling(english: str) -> str:
    """An English gloss with British spellings made American and without hyphens and spaces:
    Ding gives many a word in both ("traffic centre; traffic center", "neighbourhood;
    neighborhood"), which a card lists as one sense, not two."""
    english = english.lower()
    for pattern, american in _SPELLINGS:
        english = pattern.sub(american, english)
    return english


OWN_BESIDE_ZIPF = 3.0


def _own_line_beside(first: Sense, scored: list[tuple[float, Sense]]) -> bool:
    """Whether a noun's sense of mostly other words' English (OTHERS) stands on a line of the
    noun's own beside an English of the noun's own: "(unmittelbare) Umgebung :: surroundings;
    environment" gives Umwelt's "environment" second, after the word's "surroundings" (a
    line's senses share its cues; the lent one may add another line's). Such a line's own
    English is the word's as much as a headed line's is (see decide). Not an English rarer than
    OWN_BESIDE_ZIPF, no everyday word to the learner: Fahrradfahrer stays "cyclist" (Radfahrer's
    English too), not Ding's first "bicyclist"."""
    mine = set(first.cues.split())
    return bool(mine) and any(
        HEADED in sense.marks and OTHERS not in sense.marks and NARROW not in sense.marks and not sense.bound
        and sense.cues and set(sense.cues.split()) <= mine and sense.english != first.english and sense.zipf >= OWN_BESIDE_ZIPF
        for _, sense in scored)


def _own_line(first: tuple[float, Sense], scored: list[tuple[float, Sense]]) -> tuple[float, Sense] | None:
    """The best sense of a line a noun heads, where that line's senses together outscore a sense
    of the same subject field from a line the noun only stands in (as another headword's
    synonym): Landwirtschaft is "agriculture; farming" on its own [agr.] line, and "farm" only
    on Bauernhof's. Not a narrow or a specialist's line the sentence has not chosen (they score
    by their cues), nor a pair's; nor against a line of no field (Dreck "junk" stays before the
    "damn" of its own idiom's line)."""
    fields = _fields(first[1].cues)
    totals: dict[str, float] = {}
    for value, sense in scored:
        if (HEADED in sense.marks and not sense.bound and not {NARROW, "F"} & set(sense.marks) and sense.zipf >= MIN_ENGLISH_ZIPF
                and fields & _fields(sense.cues)):
            totals[sense.cues] = totals.get(sense.cues, 0.0) + value
    line = max(totals, key=lambda cues: totals[cues], default=None)
    if line is None or totals[line] < first[0] or _context_favours(first, next(pair for pair in scored if pair[1].cues == line)):
        return None
    return next(pair for pair in scored if pair[1].cues == line and HEADED in pair[1].marks and not pair[1].bound)


def _headed_line(first: tuple[float, Sense], scored: list[tuple[float, Sense]]) -> tuple[float, Sense] | None:
    """The best sense of the best line a noun or adjective heads (HEADED), where the best sense
    is lent by a line it only stands in as a later synonym and the sentence leaves the choice
    doubtful: Ding's "Evakuierung; Abtransport :: evacuation" is Evakuierung's, and its
    plurals' main entry outweighs Abtransport's own "removal; carrying off"; "Bewältigung;
    Verarbeitung (von etw.) :: coping" won on the genitive's "von" over the word's own
    "processing" (of materials, a specialist's line, which counts here: the lent line is no
    everyday sense of the word); "allseitig; vielseitig :: general" on the frequency of
    "general" over the word's own "versatile"; the part agreement of Nachrichtendienst's
    "Nachricht: news" made "news agency" (Nachrichtenagentur's) beat the line of
    "intelligence service; intelligence agency; intelligence; secret service", whose synonyms
    count together. The line needs OWN_LINE of the lent sense's score; none that is narrow or a pair's."""
    lines: dict[str, float] = {}
    for value, sense in scored:
        if HEADED in sense.marks and not sense.bound and NARROW not in sense.marks and sense.zipf >= MIN_ENGLISH_ZIPF:
            lines[_line(sense)] = lines.get(_line(sense), 0.0) + value
    line = max(lines, key=lambda key: lines[key], default=None)
    if line is None or lines[line] < OWN_LINE * first[0]:
        return None
    return next(pair for pair in scored if _line(pair[1]) == line and HEADED in pair[1].marks and not pair[1].bound)


def _raised(pair: tuple[float, Sense], context: Context) -> bool:
    """Whether the sentence raised a sense's score above what it scores without one (its
    construction, a dative person, its cue words, its object's kind): then the sentence chose
    it, and it is no guess on English frequency ("jdm. etw. einräumen :: to grant")."""
    return pair[0] > score(pair[1], Context()) * (1.0 + 1e-9)


def _fields(cues: str) -> frozenset[str]:
    """The subject fields of a sense's lines ("[agr]"), as its cues keep them."""
    return frozenset(cue for cue in cues.split() if cue.startswith("["))


def _lent_heads(scored: list[tuple[float, Sense]]) -> set[str]:
    """The English heads of a word's senses whose every line gives English that mostly translates
    other German words (OTHERS): a synonym's sense the word shares, no rival meaning of its own."""
    own = {_english_head(sense.english) for _, sense in scored if OTHERS not in sense.marks}
    return {_english_head(sense.english) for _, sense in scored} - own


def _shown_special(special: Sense, everyday: tuple[float, Sense] | None, context: Context) -> bool:
    """Whether the sentence has a word of a specialist's line and none of the everyday sense's:
    "Lebensmittel veredeln; verarbeiten [techn.] :: to process" for "Auch Lebensmittel werden
    verarbeitet", not "to deal with". Not a narrow line's (marked N): its qualifier's field words
    are a weak clue ("Wassers" did not make Abfluss an [envir.] "run-off" before "drain")."""
    return (NARROW not in special.marks and bool(_shared(special.cues, context.words))
            and not (everyday is not None and _shared(everyday[1].cues, context.words)))


def _rarer_everyday(special: Sense, everyday: tuple[float, Sense] | None) -> bool:
    """Whether the everyday sense's English is much rarer than the specialist's, and rare itself:
    Landung is a "landing" ([aviat.]), and "landfall", Ding's everyday line, a word English keeps
    for ships and storms. Not for Ding's general engineering field [techn.], whose lines name a
    machine part ("Kranz [techn.] :: border; rim; collar", "Feder [techn.] :: spring") an ordinary
    text rarely means: the shuttlecock's Kranz is a "wreath", rare English as it is."""
    return (everyday is not None and TECHNICAL not in special.cues.split()
            and everyday[1].zipf < min(RARE_ENGLISH, special.zipf - EVERYDAY_RARER))


def _written_apart(special: str, everyday: str) -> bool:
    """Whether the everyday line's English is the specialist's one word written as two (the second
    maybe another word of the same start): Datenbank's own line is "database" [comp.] and its bare
    line "data bank", the same thing in an older spelling, not an everyday sense the field's line
    must give way to (Ladung's "load" beside "charge" [electr.]); the card said "data bank" in a
    text on computers. The field's main entry goes first."""
    words = everyday.lower().split()
    rest = special.lower().removeprefix(words[0]) if words else special
    return (len(words) == 2 and len(special.split()) == 1 and len(words[0]) >= 4
            and rest != special.lower() and len(rest) >= 3 and rest[:1] == words[1][:1])


def _own_everyday(special: Sense, scored: list[tuple[float, Sense]]) -> tuple[float, Sense] | None:
    """The word's own everyday sense, which goes first before a machine part's line ([techn.])
    whatever its share: Ding's "Feder {f} [techn.] :: spring" has the word's own entry and its
    examples' support, "Vogelfeder; Feder [ornith.] :: feather" a compound before it, and a
    shuttlecock's Federn are feathers. Only a line the word heads, of its own English (not
    Schreibstift's "pen"), not a narrow one; None where there is none, or the line is no machine part's."""
    if TECHNICAL not in special.cues.split():
        return None
    return next((pair for pair in scored if HEADED in pair[1].marks and not {OTHERS, NARROW, "F"} & set(pair[1].marks)
                 and not pair[1].bound and pair[1].zipf >= MIN_ENGLISH_ZIPF and pair[0] > 0), None)


_HYPHENATED = re.compile(r"[A-Za-z]-[A-Za-z]")


def _hyphenated(english: str) -> bool:
    """Whether an English sense is a word of hyphenated parts: "at-rest", "break-out". Its
    commonness is read as its rarest part's (see glossary._english_zipf: wordfreq splits it), and
    "at" made Leerlauf "at-rest" the likeliest English; the word is rarer than its parts, and
    counted HYPHEN_RARER below the rarest."""
    return bool(_HYPHENATED.search(english))


def _lent(sense: Sense) -> bool:
    """Whether a sense is lent by other words' lines only: the lemma heads none of the lines that
    give it (HEADED), it stands there as a later synonym of another headword: Materie "subject
    area" ("Sachgebiet; …; Materie"), Geschwindigkeit "time" ("Zeitmaß; Tempo; Geschwindigkeit").
    Such a sense does not displace the word's own specialist's line as an everyday one, and a
    noun's does not beat its own line on English frequency alone (see decide); otherwise a
    synonym line's everyday sense is often the word's (Gegend "district", not its own "quarter";
    gebrauchen "to use", not "to exert"). A sense Ding gives with a partner is the pair's."""
    return HEADED not in sense.marks and not sense.bound


def _decided(sense: Sense, context: Context, scored: list[tuple[float, Sense]] | None = None) -> bool:
    """Whether the sentence or the article decided for the sense: its partner noun ("eine Strecke
    zurücklegen"), its construction ("auf etw. zugreifen", "Streben nach") or the text's field.
    Cue words do not: one shared word of a long example list is weak evidence. A construction
    decides nothing that a rival line of unrelated English needs as well (``scored``: the
    senses with their scores): "an Flugvorführungen teilnahm" has the "an" of "sich für/zu etw.
    melden; …; an etw. teilnehmen :: to sign" and of "an etw. (aktiv) teilnehmen :: to take
    part in" alike."""
    construed = _construed(sense, context) and not _construction_shared(sense, scored or [], context)
    return (_partner_match(sense.partners, context.partners) or construed or on_topic(sense, context)
            or _object_of_kind(sense, context)
            or (sense.pos == "NOUN" and bool(sense.preposition) and context.follows in sense.preposition.split("/")))


def _construction_shared(sense: Sense, scored: list[tuple[float, Sense]], context: Context) -> bool:
    """Whether a sense of another line, of English unrelated to the sense's, needs a preposition
    the clause has too and scores DOUBTFUL_RIVAL of it (see _decided)."""
    mine = next((value for value, other in scored if other is sense), 0.0)
    words = set(_english_head(sense.english).removeprefix("to ").split())
    return any(other.cues != sense.cues and value >= DOUBTFUL_RIVAL * mine and _construed(other, context)
               and not _related(words, set(_english_head(other.english).removeprefix("to ").split()))
               for value, other in scored)


def _rivalled(sense: Sense, scored: list[tuple[float, Sense]], totals: dict[str, float], synonyms: set[str]) -> bool:
    """Whether another dictionary line, with English unrelated to the chosen sense's, scores
    DOUBTFUL_RIVAL of the chosen sense's total (its synonyms together: "agriculture; farming"
    against Landwirtschaft "farm"); a sense lent by other words' lines (OTHERS: Geschwindigkeit
    "time", Tempo's) against LENT_RIVAL of it, since its English is mostly another word's."""
    head = _english_head(sense.english)
    words = set(head.removeprefix("to ").split())
    own = {other.cues for _, other in scored if _english_head(other.english) == head}
    rivals: dict[str, float] = {}
    for value, other in scored:
        other_head = _english_head(other.english)
        if (other.cues in own or other_head in synonyms or other_head == head
                or _related(words, set(other_head.removeprefix("to ").split()))):
            continue
        rivals[other.cues] = rivals.get(other.cues, 0.0) + value
    share = LENT_RIVAL if OTHERS in sense.marks else DOUBTFUL_RIVAL
    return any(value >= share * totals[head] for value in rivals.values())


def _construed(sense: Sense, context: Context, *, optional: bool = False) -> bool:
    """Whether a verb's sense needs a preposition (not an optional one) that the clause, or where
    the verb's clause is unknown the sentence, has: "auf etw. zugreifen :: to access" in "ein auf
    verschiedene Datenbanken zugreifendes System". ``optional``: a construction Ding brackets
    counts too ("jdn. (zu einer Strafe) verurteilen" in "zu zehn Jahren Haft verurteilt")."""
    needs = [need.removesuffix("?") for need in sense.preposition.split()
             if need != "sich" and (optional or not need.endswith("?")) and need[:1].isalpha()]
    return sense.pos == "VERB" and context.known and any(set(need.split("/")) & context.prepositions for need in needs)


def _line_shown(scored: list[tuple[float, Sense]], top: str, context: Context) -> str:
    """The English that goes first: ``top`` (the most support over all lines), unless the best
    scored sense is of a line whose construction the clause shows: "jdn. (zu einer Strafe)
    verurteilen :: to sentence; to condemn" in "verurteilte ihn zu zehn Jahren Haft" is "to
    sentence", though the moral "to condemn" of another line adds to the second; "anerkennen
    {vt} (als jd.) [pol.] :: to recognize" in "erkannte Jerusalem als Hauptstadt an", though
    "to acknowledge" has two lines."""
    sense = scored[0][1]
    head = _english_head(sense.english)
    return head if head != top and _construed(sense, context, optional=True) else top


def _object_of_kind(sense: Sense, context: Context) -> bool:
    """Whether the clause's object is of the kind a sense's bracket names (marked O, see
    _other_object): "begründen (eine Behauptung) :: to give reasons for" where the object is
    "die Entscheidung". The qualifier's kind is then in the sentence."""
    return OBJECT_NAMED in sense.marks and bool(context.partners) and not _other_object(sense, context)


def _counted_zipf(sense: Sense, cap: bool) -> float:
    """The English Zipf a sense's commonness is counted by: a verb with a particle at most 4.5
    where a plain verb sense caps it (see score and PHRASAL_COMMON)."""
    return min(sense.zipf, 4.5) if cap and _phrasal(sense.english) else sense.zipf


def _unshown_narrow(first: Sense, scored: list[tuple[float, Sense]], totals: dict[str, float], context: Context) -> bool:
    """Whether the best sense is one Ding gives only with a qualifier the sentence shows nothing
    of, and an unrelated sense comes close (NARROW_RIVAL of its total, see choose): Ding splits
    Regie into "(Theater; Fernsehen) :: production", "(Film) :: direction", "(Führung) ::
    management", and "Regie führte Chris Marrs Piliero" names none of them; the top one
    ("director", lent by the line of Regisseur) is a guess among many, and no gloss is better
    than a wrong one. Synonyms count together ("to withdraw" from two lines); those of the best
    sense's line are no rivals ("sich zurückziehen :: to pull back; to withdraw" stays), nor is a
    specialist's sense, which gives way to an everyday one anyway (Rohstoff stays "raw material",
    beside "resource" [envir.]), unless the sentence has its words ("das bereits abgehobene
    Raumschiff": abheben "to lift off" [aviat.] beside Ding's card game's "to cut")."""
    if not _unshown(first, context):
        return False
    top = _english_head(first.english)
    words = set(top.removeprefix("to ").split())
    rivals: dict[str, float] = {}
    for value, sense in scored:
        head = _english_head(sense.english)
        if head != top and sense.cues != first.cues and ("F" not in sense.marks or _shared(sense.cues, context.words)):
            rivals[head] = rivals.get(head, 0.0) + value
    if any(value >= NARROW_RIVAL * totals[top] and not _related(words, set(head.removeprefix("to ").split())) for head, value in rivals.items()):
        return True
    if OTHERS not in first.marks or first.zipf < BASIC_ENGLISH or first.pos != "NOUN":
        return False  # a verb's object shows its qualifier's kind ("der Partei beitreten": to join)
    # a narrow sense in other words' English, an everyday English word of many senses (Mündung
    # "head", Ding's "(einer Quelle)", Kopf's English), is a guess twice over: it won on that
    # word's frequency, not on the text; another line of the word's, its senses together, with
    # NARROW_LENT_RIVAL of its score makes it doubtful enough for no gloss ("Mündung in den
    # Rhein": the river's mouth, an [geogr.] line of several English words, each scoring little)
    lines: dict[str, float] = {}
    for value, sense in scored:
        if (sense.cues != first.cues and "F" not in sense.marks and not sense.bound
                and not _related(words, set(_english_head(sense.english).removeprefix("to ").split()))):
            lines[_line(sense)] = lines.get(_line(sense), 0.0) + value
    return any(value >= NARROW_LENT_RIVAL * totals[top] for value in lines.values())


def _unshown(sense: Sense, context: Context) -> bool:
    """Whether a sense is one Ding gives only with a qualifier (NARROW) the sentence shows nothing
    of: not its words, nor the noun Ding gives the sense with ("Aufsehen erregen"), nor an object
    of its kind, nor the text's field ("Botschaft (diplomatische Vertretung) [pol.] :: embassy"
    in a text on a state's embassy)."""
    return not (NARROW not in sense.marks or _shared(sense.cues, _narrow_cues(sense, context)) or _partner_match(sense.partners, context.partners)
                or _object_of_kind(sense, context) or on_topic(sense, context) or _construction_shown(sense, context))


def _construction_shown(sense: Sense, context: Context) -> bool:
    """Whether the verb's clause has the preposition of a sense Ding gives with an example of its
    prepositional object ("jdn. (zu einer Strafe) verurteilen" for "verurteilte ihn zu zehn
    Jahren Haft"): the construction shows the narrow sense as its words would. Only a preposition
    read from the clause's own object (exact): "aus" in "birgt ein Museum mit Ikonen aus …" is the
    Ikonen's, and the Krypta holds the museum, not "(aus einem Ort) bergen :: to recover"."""
    preposition = next((need for need in sense.preposition.split() if need != "sich"), "").removesuffix("?")
    return (bool(preposition) and sense.pos == "VERB" and context.known and context.exact
            and bool(set(preposition.split("/")) & context.prepositions))


def _broader(first: tuple[float, Sense], scored: list[tuple[float, Sense]], context: Context) -> tuple[float, Sense]:
    """The sense that goes first instead of a narrow one the sentence does not show whose English
    is mostly other words' (marked X): an unqualified everyday one with NARROW_YIELD of its score.
    hinterlegen "to leave" (lassen's English) is Ding's "(als Pfand) hinterlegen", commoner than
    its plain "to deposit" (by more than EVERYDAY_RARER), the sense of "Informationen, die man an
    bestimmten Stellen hinterlegt hat". A narrow sense of the word's own English stays (Schuld
    "debt", sich zurückziehen "to pull back"): there the qualifier only says where Ding saw it."""
    if not _unshown(first[1], context):
        return first
    if OTHERS not in first[1].marks:
        return _plain_line(first, scored, context)
    plain = next((pair for pair in scored if not {NARROW, "F"} & set(pair[1].marks) and not pair[1].bound
                  and pair[1].zipf >= MIN_ENGLISH_ZIPF), None)
    # only where the narrow sense wins on its English's frequency: beitreten keeps "to join" (Ding's
    # "(einer Organisation) beitreten", eintreten's English) before the rare "to contract in"
    return (plain if plain is not None and plain[0] >= NARROW_YIELD * first[0] and first[1].zipf - plain[1].zipf >= EVERYDAY_RARER
            else _plain_line(first, scored, context))


def _function_word(english: str) -> bool:
    """Whether a gloss is an English function word (see FUNCTION_WORD_ZIPF)."""
    return english.lower().removeprefix("to ") in _FUNCTION_WORDS


def _plain_line(first: tuple[float, Sense], scored: list[tuple[float, Sense]], context: Context) -> tuple[float, Sense]:
    """A noun's: the best sense of a plain line of its own English that it heads, where a narrow sense the sentence does not
    show wins only on its English's frequency: "Schimmel (weißes Pferd) :: white horse" against
    "Schimmel; Moder (im Haus und auf Nahrungsmitteln) :: mould [Br.]; mold [Am.]" in "Tabak ist
    anfällig für Schimmel". The plain line's senses together need NARROW_YIELD of the narrow
    one's score and its best English is rarer by EVERYDAY_RARER (the qualifier's sense won on
    frequency alone); a specialist's line counts only on the article's topic. Not "damn" (Ding's
    idiom line "sich einen Dreck um etw. scheren") for Dreck's "junk": that English is commoner."""
    if first[1].pos != "NOUN":
        return first
    lines: dict[str, float] = {}
    for value, sense in scored:
        if (_line(sense) != _line(first[1]) and HEADED in sense.marks and not {NARROW, OTHERS} & set(sense.marks) and not sense.bound
                and ("F" not in sense.marks or on_topic(sense, context))):
            lines[_line(sense)] = lines.get(_line(sense), 0.0) + value
    plain = next((pair for pair in scored if _line(pair[1]) in lines and pair[1].zipf >= MIN_ENGLISH_ZIPF
                  and lines[_line(pair[1])] >= NARROW_YIELD * first[0]), None)
    if plain is None:
        return first
    return plain if first[1].zipf - plain[1].zipf >= EVERYDAY_RARER else first


def _line(sense: Sense) -> str:
    """The dictionary line a sense comes from, told by its cues; a line without any is its English's."""
    return sense.cues or f"={sense.english}"


def _context_favours(one: tuple[float, Sense], other: tuple[float, Sense]) -> bool:
    """Whether the sentence favours one scored sense well over the other: its object's kind, its
    construction or the article's topic ("den Valentinstag begehen" is "to observe", however many
    other words Ding gives that English for); not a mere doubt whether the object is a person
    ("Vickers wird erdrückt": a name may be a thing's)."""
    bare = score(one[1], Context()), score(other[1], Context())
    return bare[0] > 0 and bare[1] > 0 and one[0] / bare[0] > FAVOURED * other[0] / bare[1]


def _without_partner(sense: Sense, context: Context) -> str:
    """A sense's English; without its "with" in a reciprocal clause, whose plural subject is the
    partner: "streiten sie sich" is "to argue", not "to argue with" (sich mit jdm. streiten); without
    its "as" where the clause has no "als": the verb's own sense, not the construction's."""
    if context.reciprocal and sense.preposition.split()[-1:] == ["mit"] and sense.english.endswith(" with"):
        return sense.english.removesuffix(" with")
    if sense.preposition.split()[-1:] in (["als"], ["als?"]) and "als" not in context.prepositions and sense.english.endswith(" as"):
        return sense.english.removesuffix(" as")  # "als etw. dienen :: to serve as" for "diente dem Schiffsverkehr": to serve
    return sense.english


OWN_WORD = 0.3  # the German noun's own word in English is listed from this share of the best sense's score


def with_own_word(chosen: tuple[str, ...], candidates: list[Sense], context: Context, lemma: str) -> tuple[str, ...]:
    """A noun's senses with the English word that is the German word itself listed second
    (Premiere: "first night; premiere", Asteroid: "minor planet; asteroid"): it is a sense the
    dictionary gives, and the one a learner recognises. Not when the dictionary gives it mostly
    for other German words (Billion: "billion" is Milliarde's) or only with a qualifier (Riff
    "riff" beside reef), nor when it scores below 30 % of the best sense. Where the best sense
    is itself lent by another word's line, the own word goes first, however many other words
    Ding gives it for, and replaces it: Pilot was "driver" (Ding's "Pilot :: (racing) driver",
    Fahrer's English) before "pilot", which Lotse and Schienenräumer share."""
    if not chosen or any(english.lower() == lemma.lower() for english in chosen):
        return chosen
    lent = all(OTHERS in sense.marks for sense in candidates if sense.english == chosen[0])
    own = [
        sense for sense in candidates
        if sense.english.lower() == lemma.lower() and sense.pos == "NOUN" and not sense.ordered and not sense.bound
        and NARROW not in sense.marks and (lent or OTHERS not in sense.marks)
    ]
    best = max(score(sense, context) for sense in candidates)
    if not own or score(own[0], context) < OWN_WORD * best:
        return chosen
    if lent:
        return (own[0].english, *chosen[1:])[:MAX_SENSES]
    return (chosen[0], own[0].english, *chosen[1:])[:MAX_SENSES]

