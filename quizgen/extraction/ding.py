"""Ding's line format (Debian's ``trans-de-en``, GPL): ``Haus {n} | Häuser {pl} :: house | houses``.

Only the first sub-entry of a line gives headwords (later ones are forms and phrases); every
German alternative of it pairs with every English alternative, weighted by position, register
and qualifiers (see :mod:`.glossary` for how the entries become an index). Each entry keeps the
German words of its line as cues, for verbs what it takes ({vt}/{vi}, "jdn."/"etw.", a second
argument: "einer Sache", "etw. zu tun"), and the nouns the line pairs the headword with, its
**partners**: the object of a headword phrase ("eine Strecke zurücklegen :: to cover a
distance"), the genitive of a noun's ("Einbruch {m} der Nacht :: nightfall") and the nouns of
the line's examples that use the headword ("ein Gesetz aufheben :: to repeal a law"). A verb on
a line of reflexive verbs ({vr}) is reflexive where Ding writes it without its "sich" ("sich als
etw. erweisen; herausstellen {vr} :: to turn out" is sich herausstellen). A sense
Ding gives only with its partner is **bound** to it: it is the word's sense only where the
sentence has that partner. A verb with its object in a later sub-entry of another word's line
("Belohnung {f} … | eine Belohnung aussetzen :: … | to offer a reward") is such a bound sense of
the verb. An English gloss that is the headword's own cognate (präzise :: precise) is not
weighed down by the line's more common synonyms; a construction Ding brackets ("etw. (vor jdm.)
verstecken") may be left out (its preposition ends in "?"). A qualifier narrows a sense and
marks it (N): a noun in brackets ("Premiere (erstmalige Erfahrung)") and a verb's circumstance
("jdn. (bei einem Attentat) ermorden"); a noun's prepositional bracket explains its sense
("Grenze (zu einem anderen Land) :: border") and narrows nothing, unless it names a place or an
occasion ("Feder {n} (bei einem Bodenbrett) :: tongue"); a sense Ding gives "(in
Zusammensetzungen)" is none of the word alone (Lenker: not "leader"). A noun's entry keeps its
genders (marks m, f, n: das Bord "shelf", der Bord of a ship). A transitive verb's bracket
naming its object ("(einen Termin) verschieben; verlegen {vt}") gives the sense that noun as a
partner (marked O), for every verb of its group. "als" is a preposition of constructions ("etw.
als etw. anerkennen", "jdn. (als jd.) einsetzen": one the sentence may leave out).
An entry whose lemma heads its line (the first word, or the general word after compounds ending
in it) is marked H: a later synonym's English is the headword's, lent ("Zeitmaß; Tempo;
Geschwindigkeit :: time"). A line's subject field
([phys.], [pol.], [jur.] …) is kept among its cues, written "[phys]", for the article's topic."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from .senses import GENDER_LETTERS, HEADED, NARROW, OBJECT_NAMED, cue_words

# compiled once: the index build runs them on each of Ding's 200,000 lines (issue 13)
_UNDECLINED = re.compile(r"e\((?:r/s|r,s|r/e/s|s/r)\)")
_ROUND_INNER = re.compile(r"\(([^()]*)\)")
_CAPITAL = re.compile(r"[A-ZÄÖÜ]")
_ZU_TUN = re.compile(r",\s*(?:etw\.\s*)?zu tun\b.*")
_DATIVE_PERSON = re.compile(r"(?:^|[\s;])jdm\.(?!/)")
_ROUND = re.compile(r"\([^)]*\)")
_MARKER = re.compile(r"\{([^}]+)\}")
_WORDS = re.compile(r"[\wÄÖÜäöüß-]+")
_AS_SB = re.compile(r"\s+as (?:sb|sth)\.")
_POSSESSOR = re.compile(r"^(?:sb|sth)\.['’]s\s+")
_PLACEHOLDERS = re.compile(r"\b(?:sb|sth|jdn|jdm|etw)\.(?:/(?:sb|sth)\.)*|\bone['’]s\b|\boneself\b|<>|#\w+#")
_SPACES = re.compile(r"\s+")
_TO_DO = re.compile(r"\s+to do$")
_NO_CARD = re.compile(r"/|[()\[\]{}]|(?:^|\s)'s\b|(?:sb|sth)$|\b(?:your|one's|somebody)\b")
_PRONUNCIATION = re.compile(r"\s/[^/]*/")
_PARTICIPLE = re.compile(r"end\b")
_ENGLISH_WORD = re.compile(r"[A-Za-z]+")
_SLASHED_VERB = re.compile(r"^to [a-z]+/([a-z]+)\b(.*)$")
_GENDER = re.compile(r"\{([mfn])\}")
_OPENING = re.compile(r"[(\[{]")
_BRACKET_OPENING = re.compile(r"[(\[{</]")  # what _BRACKETS may drop

NARROWED = 0.7  # a German qualifier: "Fahrzeug (mit Rädern)"
# German synonyms read per line: "genau; gewissenhaft; akkurat; exakt; präzis; präzise {adj} ::
# precise" is präzise's main sense, sixth on its line (the more common ones weigh it down)
MAX_ALTERNATIVES = 8
_POS_MARKERS = {
    "m": "NOUN", "f": "NOUN", "n": "NOUN", "pl": "NOUN", "m,f": "NOUN", "m,n": "NOUN", "f,n": "NOUN",
    "v": "VERB", "vt": "VERB", "vi": "VERB", "vr": "VERB", "vt,vi": "VERB", "vi,vt": "VERB", "vt,vr": "VERB",
    "adj": "ADJ", "adv": "ADV", "adj,adv": "ADJ", "adv,adj": "ADV",
}
OPTIONAL = "?"  # after a preposition: the construction may be left out ("etw. (vor jdm.) verstecken")
# "als" too: "etw. als etw. anerkennen :: to acknowledge sth. as sth.", "jdn. (als jd.) einsetzen"
PREPOSITIONS = frozenset(
    ["als", "an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach", "über", "um", "unter", "von", "vor", "zu", "zwischen", "wegen"]
)
_BAD_REGISTER = re.compile(
    r"\[(?:Br|Am|Sc|Austr|Ir|NZ|Can|Ind|SAfr)\.\]|\[(?:coll|slang|obs|rare|vulg|archaic|dated|poet|humor|pej|fig|dialect|formal)\.?\]"
)
# a regional, colloquial or dated German word: its marker stands after it ("Ausländer {m}; Fremder {m};
# Fremdling {m} [poet.]" marks Fremdling only), after the headword of a line of one
REGIONAL = 0.5
_GERMAN_REGION = re.compile(r"\[(?:Schw|Ös|Süddt|Norddt|BW|Bayr|Westös|Ostös|DDR|ugs|veraltet|veraltend|poet|geh|altertümlich|selten|slang|vulg|pej|übtr)\.?\]")
_TAG = re.compile(r"\[[^\]]+\]")
# a noun used figuratively for the sense of a line another noun heads ("Licht {f}; Tageslicht {n};
# Öffentlichkeit {f} [übtr.] :: light"): the sense of a phrase ("an die Öffentlichkeit bringen"),
# not the word's own; weighs this share more than a regional word
_FIGURATIVE = re.compile(r"\[(?:übtr|fig)\.\]")
FIGURATIVE = 0.4
PLURAL_LINE = 0.3  # a singular noun on a line of plural ones: the English names the plural's sense
# a specialist's field: Ding lists such senses as fully as everyday ones ("Ladung {f} [electr.] ::
# charge", "verwerfen {vi} [geol.] :: to fault"), but an article for learners rarely means them
SPECIAL_FIELD = re.compile(
    r"\[(?:techn|electr|mil|jur|geol|envir|comp|chem|phys|mach|telco|constr|min|biochem|pharm|textil|aviat|naut"
    r"|railw|astron|statist|print|photo)\.?\]"
)
FIELD = 0.5  # unless every sense of the word is a specialist's (see glossary._collect)
# Ding's subject fields, the topic a line's sense belongs to ("Mandat {n} [pol.] :: seat",
# "Geschwindigkeit [phys.] :: speed"); not its register or region ([ugs.], [poet.], [Schw.]), which
# _BAD_REGISTER and _GERMAN_REGION read
SUBJECT_FIELDS = frozenset([
    "adm", "agr", "anat", "arch", "astron", "aviat", "biochem", "biol", "bot", "chem", "comp", "constr", "cook", "econ",
    "electr", "envir", "fin", "geogr", "geol", "hist", "jur", "ling", "lit", "mach", "math", "med", "meteo", "mil", "min",
    "mus", "myc", "naut", "ornith", "pharm", "phil", "photo", "phys", "pol", "print", "psych", "railw", "relig", "sci",
    "soc", "statist", "techn", "telco", "textil", "transp", "zool", "art", "sport", "auto", "school",
])
# Ding writes most fields abbreviated with a dot ([phys.]) and some whole, without one: [art],
# [sport], [auto], [school] ("Gemälde {n}; Bild {n} [art] :: painting"); read without the dot they
# were no field, and a text on a painter did not choose "painting" over "picture"
_FIELD_TAG = re.compile(r"\[([a-z]+)\.?\]")
FIELD_MARK = "F"  # in an entry's marks: it comes from such a line
# an abbreviation "/Ztg./" opens after a space; the slash of "jdn./etw. (allgemein/offiziell) anerkennen"
# is none: read as one, it took "/etw. (allgemein/" away with the verb's object, and the line lost its headword
_BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|(?<!\S)/[^/]*/|<[^>]*>")
# "jd." (somebody) too: "jdn. (als jd.) einsetzen" is einsetzen with an "als" it may leave out
_PLACEHOLDER = re.compile(r"^(?:jd[nmsr]?|etw|sich)\.?(?:/(?:jd[nmsr]|etw)\.)*$|^(?:einer|einem|eine)$|^Sache$")
_ENGLISH_QUALIFIER = re.compile(r"\((?!(?:on|of|to|with|about|for|from|in|at|by|over|into|against|sb\.|sth\.)[\s)/]|sb\.|sth\.)[^)]*\)")
ENGLISH_NARROWED = 0.5
_ENGLISH_PREP_NOTE = re.compile(r"\((on|of|to|with|about|for|from|in|at|by|over|into|against)\)")

# lemma, POS, gloss, weight, preposition, cues[, marks (what a verb sense takes, see _valency)
# [, partners (German nouns, lower case), bound (a sense only with one of them)]]
Entry = (
    tuple[str, str, str, float, str, frozenset[str]]
    | tuple[str, str, str, float, str, frozenset[str], str]
    | tuple[str, str, str, float, str, frozenset[str], str, frozenset[str], bool]
)


# an adjective given in its three gender forms, "besondere; besonderer; besonderes {adj}": one
# headword, written as Ding writes it elsewhere ("ehemalige(r/s)"), so that it is found as besonder
_THREE_GENDERS = re.compile(r"\b(\w+)e; \1er; \1es\b")


def _strip_nested(text: str) -> str:
    """Drop bracketed parts (they may contain ';' themselves)."""
    if not _BRACKET_OPENING.search(text):
        return text
    previous = None
    while previous != text:
        previous, text = text, _BRACKETS.sub("", text)
    return text


def _split_top(text: str) -> list[str]:
    """Split on ';' outside brackets: "lock; castle (Br.); a (b; c)" → three parts."""
    if not _OPENING.search(text):
        return text.split(";")  # most parts have no bracket: no need to walk them char by char
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char in "([{"
        depth -= char in ")]}"
        if char == ";" and depth <= 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


# a sense Ding gives a word only as part of compounds or names ("Führer {m}; Lenker {m} (in
# Zusammensetzungen) [pol.] :: leader" is the Staatenlenker's): no sense of the word alone
_COMPOUNDS_ONLY = re.compile(r"\((?:nur )?in (?:Zusammensetzungen|Eigennamen)\b")
# a noun's bracket opened by these names where the sense holds, not its construction: "Feder {n}
# (bei einem Bodenbrett) :: tongue" is a narrow sense ("Grenze {f} (zu einem anderen Land)" is none)
_CIRCUMSTANCE = frozenset(["bei", "in"])
_INSTRUMENT = frozenset(["mit"])  # "(mit einem Schwamm) aufsaugen": the means, not an object the verb governs
_PLAIN_NOUNS = frozenset(["Sache", "Person", "Personen", "Sachen"])  # a placeholder's noun: no narrower sense
_PLAIN_ARTICLES = frozenset(["eine", "einer", "einem", "einen", "eines", "der", "die", "das", "des", "dem", "den"])


def _german_headword(alternative: str, pos: str) -> tuple[str, str, bool]:
    """(lemma, preposition, narrowed) of one German alternative; lemma '' for a phrase.

    "von einer Sache abhängen" → ("abhängen", "von"); "abhängen (von)" → ("abhängen", "von");
    "ehemalige(r/s)" → ("ehemalig", ""); "Fahrzeug (mit Rädern)" is narrowed; "etw. (vor jdm.)
    verstecken" → ("verstecken", "vor?"): a construction in brackets may be left out;
    "Bestimmung (für/über/zu etw.)" → ("Bestimmung", "für/über/zu?"): any of them.
    """
    if _COMPOUNDS_ONLY.search(alternative):
        return "", "", False  # "Führer; Lenker (in Zusammensetzungen) :: leader": Staatenlenker's, not Lenker's
    text = _UNDECLINED.sub("e", alternative)
    adjective_form = text != alternative
    preposition, optional, narrowed, example = "", "", False, ""
    for inner in _ROUND_INNER.findall(text):
        words = inner.replace(";", " ").replace("/", " ").replace(",", " ").split()
        if words and words[0] in PREPOSITIONS and all(w in PREPOSITIONS or _PLACEHOLDER.match(w) for w in words):
            if any(_PLACEHOLDER.match(w) for w in words):  # "etw. (vor jdm.) verstecken": may be left out
                # each of several: "Bestimmung {f} (für/über/zu etw.)" → "für/über/zu?"
                optional = optional or "/".join(dict.fromkeys(w for w in words if w in PREPOSITIONS)) + OPTIONAL
            else:  # "abhängen {vi} (von)": Ding's note of the construction
                preposition = preposition or words[0]
        elif words and words[0] in PREPOSITIONS:
            # a noun's or adjective's construction, (zu jdm.), (mit; zu); a verb's circumstance with
            # its noun narrows the sense: "jdn. (bei einem Attentat) ermorden :: to assassinate sb."
            # (a noun's explains it: "Grenze {f} (zu einem anderen Land) :: border")
            # and so does a noun's place or occasion: "Feder {n} (bei einem Bodenbrett) :: tongue",
            # "Schieber {m} (in Rohrleitungen)", "(in festen Wendungen)"
            # and so does whose thing a noun is, as a genitive qualifier does ("Mündung (einer
            # Quelle) :: head"): "Schale {f} [zool.] (von einigen Seetieren) :: test" is no husk of grain
            narrowed = narrowed or ((pos == "VERB" or words[0] in _CIRCUMSTANCE or (pos == "NOUN" and words[0] == "von"))
                                    and any(w[:1].isupper() and w not in _PLAIN_NOUNS for w in words))
            if pos == "VERB" and words[0] not in _CIRCUMSTANCE | _INSTRUMENT and len(words) > 2 and words[1] in _PLAIN_ARTICLES:
                # a prepositional object by an example: "jdn. (zu einer Strafe) verurteilen :: to
                # sentence sb." is the sense of "verurteilte ihn zu zehn Jahren Haft" (may be left out)
                example = example or words[0]
        elif words and all(_PLACEHOLDER.match(w) for w in words):
            continue  # an object that may be left out, "jdn. (einer Sache) beschuldigen": no narrower sense
        elif _CAPITAL.search(inner) and not all(w in _PLAIN_NOUNS or w in _PLAIN_ARTICLES for w in words):
            # "Befreiung {f} (einer Person) :: liberation" names whom, not a narrower sense
            narrowed = True
    text = _ZU_TUN.sub("", _strip_nested(text))
    words = text.split()
    if pos == "NOUN" and len(words) == 2 and words[0] in ("der", "die", "das") and words[1][:1].isupper():
        words = words[1:]  # "die Öffentlichkeit {f} :: the public": the noun with its article
    lemma_words: list[str] = []
    reflexive = False
    for k, word in enumerate(words):
        if _PLACEHOLDER.match(word):
            reflexive = reflexive or word == "sich"
            continue
        following = words[k + 1] if k + 1 < len(words) else ""
        if word in PREPOSITIONS and _PLACEHOLDER.match(following) and following != "sich" and not lemma_words:
            preposition = preposition or word
            continue
        lemma_words.append(word)
    if len(lemma_words) != 1:
        return "", "", narrowed
    lemma = lemma_words[0].strip(".,")
    if example and not lemma.startswith(example):  # not the verb's own particle: "(aus einem Land) ausführen"
        optional = optional or example + OPTIONAL
    preposition = preposition or optional
    if pos == "VERB" and not preposition and _DATIVE_PERSON.search(_ROUND.sub("", alternative)):
        preposition = "+dat"  # "jdm. etw. sagen :: to tell sb. sth.": needs a dative object
    if adjective_form and pos == "ADJ" and lemma.endswith("e"):
        lemma = lemma[:-1]
    if pos == "NOUN":
        return lemma, preposition, narrowed  # "Überfall {m} (auf) :: invasion (of)"
    if pos != "VERB":
        return lemma, "", narrowed
    return lemma, " ".join(part for part in ("sich" if reflexive else "", preposition) if part), narrowed


def _valency(alternative: str, marker: str) -> str:
    """What a verb sense takes, as letters: t(ransitive), i(ntransitive), and for a direct object
    p(erson, "jdn.") or s (thing, "etw."); for its preposition's object q (a person, "mit jdm.")
    or r (a thing, "mit etw."); d when its dative object is a thing ("einer Sache etw. verleihen");
    g when it names a second argument, a genitive or a
    zu-infinitive (what one is accused of, asked to do). ``marker`` is the Ding marker of the alternative or of
    the group it ends ("abheben; starten {vi}"). A placeholder after a preposition ("mit etw.")
    or a dative ("jdm.") is no direct object; a typical object ("Lose ziehen") is one."""
    letters = {"vt": "t", "vi": "i", "vt,vi": "ti", "vi,vt": "ti", "vt,vr": "t"}.get(marker, "")
    if _object_and_verb(alternative)[0]:
        letters = "s"
    words = _strip_nested(alternative).split()
    for k, word in enumerate(words):
        kinds = {part.strip(".") for part in word.split("/")}
        if k and words[k - 1] in PREPOSITIONS:
            # the preposition's object: a person ("mit jdm. auskommen :: to get along with") or a
            # thing ("mit etw. auskommen :: to make do with"), one only
            letters += "q" if kinds & {"jdm", "jdn"} and "etw" not in kinds else "r" if kinds == {"etw"} else ""
            continue
        if "jdn" in kinds:
            letters += "p"
        if "etw" in kinds:
            letters += "s"
    if ("p" in letters or "s" in letters) and "t" not in letters:
        letters += "t"
    if _SECOND_ARGUMENT.search(alternative):
        letters += "g"
    if _THING_DATIVE.search(alternative):
        letters += "d"
    return "".join(sorted(set(letters)))


# what a verb sense names besides its object: a genitive ("jdn. (einer Sache) beschuldigen :: to
# accuse sb. (of sth.)") or a zu-infinitive ("jdn. auffordern, etw. zu tun")
_SECOND_ARGUMENT = re.compile(r"\beiner Sache\b|\bzu tun\b")
# a dative object that is a thing: "einer Sache etw. verleihen :: to inject sth. with sth.",
# "etw. etw. verleihen :: to add sth. to sth." (not "jdm. etw. verleihen :: to bestow sth. on sb.")
_THING_DATIVE = re.compile(r"^(?:einer Sache|etw\. etw\.)\s")


def _markers(alternatives: list[str]) -> list[str]:
    """Each alternative's Ding marker: its own, else the next one on the line ("abheben; starten {vi}")."""
    found = [next((m for m in _MARKER.findall(part) if m in _POS_MARKERS), "") for part in alternatives]
    following = ""
    for k in range(len(found) - 1, -1, -1):
        following = found[k] = found[k] or following
    return found


def _more_common(lemma: str, heads: list[tuple[str, str, bool]]) -> int:
    """How many synonyms on the line are more common German words than the lemma: "Landesgrenze;
    Staatsgrenze; Grenze :: border" lists the specific words first, but Grenze is the everyday
    word for that sense; "Raum; Gegend :: area" gives the sense to Raum more than to Gegend."""
    from .frequency import zipf_frequency

    own = zipf_frequency(lemma)
    return sum(1 for other, _, _ in heads if other and other != lemma and zipf_frequency(other) > own + 0.3)


SHORTENED = 0.5  # the lemma after a compound ending in it: "Raubüberfall; Überfall :: hold-up"


def _shortening(lemma: str, heads: list[tuple[str, str, bool]]) -> float:
    """Less support when the line first names one compound ending in the lemma: "Raubüberfall {m};
    Überfall {m} :: hold-up" translates the robbery, a sense Überfall has only as its short form.
    After several such compounds the lemma is the general word they share ("Landesgrenze;
    Staatsgrenze; Grenze :: border")."""
    earlier = [other for other, _, _ in heads[: [head[0] for head in heads].index(lemma)]]
    longer = [other for other in earlier if other.lower().endswith(lemma.lower()) and len(other) > len(lemma) + 2]
    return SHORTENED if len(longer) == 1 else 1.0


def _heads_line(k: int, heads: list[str]) -> bool:
    """Whether the k-th alternative heads its line, the line being the word's own: the first
    word, or the general word of the compounds before it ("Bahngeschwindigkeit; Geschwindigkeit
    :: velocity"). A later synonym borrows the line's English from its headword: "Zeitmaß;
    Tempo; Geschwindigkeit :: time" is Tempo's sense, "Sachgebiet; …; Materie :: subject area"
    Sachgebiet's, not what Materie means in a text on physics. A phrase before it heads the line
    too: "landwirtschaftlicher Betrieb; Landwirtschaft; Bauernhof :: farm" is the farm's."""
    lemma = heads[k].lower()
    return all(other.lower().endswith(lemma) and len(other) > len(lemma) for other in heads[:k])


def _object_and_verb(alternative: str) -> tuple[str, str, bool]:
    """(verb, object, with an article) of a headword that is a verb with its typical object:
    "Pflanzen anbauen", "eine Strecke zurücklegen"; ("", "", False) otherwise."""
    match = re.fullmatch(
        r"((?:ein|eine|einen|den|die|das)\s+)?([A-ZÄÖÜ][a-zäöüß]+) ([a-zäöüß]+(?:en|ern|eln))", _strip_nested(alternative).strip()
    )
    return (match.group(3), match.group(2).lower(), bool(match.group(1))) if match else ("", "", False)


def _noun_and_genitive(alternative: str) -> tuple[str, str]:
    """(noun, genitive) of a headword that is a noun with its genitive: "Einbruch {m} der Nacht"."""
    match = re.fullmatch(r"([A-ZÄÖÜ][\w-]+) (?:der|des) ([A-ZÄÖÜ][a-zäöüß]+)", " ".join(_strip_nested(alternative).split()))
    return (match.group(1), match.group(2).lower()) if match else ("", "")


# a noun line's closing qualifier: a round bracket after the last headword's gender and tags
# that describes the thing ("(überflüssige, wertlose Sachen)"), not where it is found ("(im Haus)")
# nor a bare noun ("(Licht, Farbe)")
_TRAILING_QUALIFIER = re.compile(r"\{[mfn]\}(?:\s*\[[^\]]*\])*\s*\(([^()]*)\)(?:\s*\[[^\]]*\])*\s*$")
_PLACES = PREPOSITIONS | {"im", "am", "beim", "vom", "zum", "zur", "ins"}


def _closing_qualifier(closing: str, pos: str) -> bool:
    """Whether a line's last alternative ends in a qualifier of the thing (see _gender_pair)."""
    found = _TRAILING_QUALIFIER.search(closing) if pos == "NOUN" else None
    words = found.group(1).replace(",", " ").replace("/", " ").split() if found else []
    # an adjective describes the thing: not a bare noun list, "(Licht, Farbe)", nor a genitive, "(eines Fahrzeugs)"
    described = any(word[:1].islower() and word not in _PLAIN_ARTICLES for word in words)
    return described and words[0] not in _PLACES and _german_headword(closing, pos)[2]


def _gender_pair(heads: list[tuple[str, str, bool]], pos: str, closing: str) -> list[tuple[str, str, bool]]:
    """The headwords of a noun's line read as narrowed when Ding closes the line with a qualifier
    after the last one's gender: the bracket explains the whole line, not its last synonym.
    "Sprecher {m}; Sprecherin {f} (einer Gruppe/Institution) :: spokesman" is the spokesman of a
    group, and Sprecher unqualified there beat the "speaker" of a language ("Die Sprecher nennen
    sie selbst Magyar"); "Kram {m}; …; Dreck {m}; …; Graffel {n} [Bayr.] (überflüssige, wertlose
    Sachen) :: junk" is Dreck as worthless things, and unqualified it beat "dirt" for the mud a
    bicycle's wheels throw up. A bracket inside the line stays its own word's ("Führer {m};
    Lenker {m} (in Zusammensetzungen); Leiter {m}"), and so does a place ("Schimmel {m}; Moder {m}
    (im Haus und auf Nahrungsmitteln)"), a bare noun, which names the last noun's field or
    material as often as the line's ("Fleck {m}; Tupfer {m}; Tupfen {m} (Licht, Farbe) :: dash"),
    and a genitive ("Fahrer {m}; Lenker {m} (eines Fahrzeugs)"), except after a feminine form. ``closing``: the line's last alternative, also one
    beyond MAX_ALTERNATIVES."""
    lemmas = [lemma for lemma, _, _ in heads]
    pair = len(heads) == 2 and heads[-1][2] and bool(lemmas[0]) and lemmas[1] == f"{lemmas[0]}in"
    if pos != "NOUN" or len(heads) < 2 or not (pair or _closing_qualifier(closing, pos)):
        return heads
    return [(lemma, preposition, True) for lemma, preposition, _ in heads]


def _partnered(alternatives: list[str], heads: list[tuple[str, str, bool]], pos: str) -> list[tuple[tuple[str, str, bool], str, bool]]:
    """Each alternative's (lemma, preposition, narrowed), its partner from the headword phrase and
    whether the sense is bound to it. "Pflanzen anbauen" beside the synonyms "züchten;
    kultivieren" is a narrowed sense of anbauen; an object with its article ("eine Strecke
    zurücklegen :: to cover a distance", "die Truppe verlassen :: to desert"), an object phrase
    alone on its line and a noun with its genitive ("Einbruch der Nacht :: nightfall") give
    senses only with that partner."""
    plain = any(lemma for lemma, _, _ in heads)
    found = []
    for part, head in zip(alternatives, heads, strict=True):
        verb, obj, specific = _object_and_verb(part) if pos == "VERB" and not head[0] else ("", "", False)
        noun, genitive = _noun_and_genitive(part) if pos == "NOUN" and not head[0] else ("", "")
        if verb:
            found.append(((verb, "", True), obj, specific or not plain))
        elif noun:
            found.append(((noun, "", False), genitive, True))
        else:
            found.append((head, "", False))
    return found


# a verb's object named in brackets: "(einen Termin) verschieben", "austragen {vt} (Zahlen; Daten)"
_OBJECT_BRACKET = re.compile(r"\((?:(?:einen|eine|ein|den|die|das) )?([A-ZÄÖÜ][\wäöüß-]*(?:[;,/] ?[A-ZÄÖÜ][\wäöüß-]*)*)\)")


def _object_qualifier(alternative: str, first: str, marker: str) -> frozenset[str]:
    """The nouns a transitive verb's bracket names as its object, lower case: "(einen Termin)
    verschieben; verlegen {vt} (auf) :: to reschedule" is verlegen's sense where the date moved
    is a Termin ("wurde der Termin auf 2015 verlegt"), not Ding's first "to transfer". A bracket
    before the first alternative qualifies the whole group; a placeholder's noun ("(Person)")
    names no kind of object, and an intransitive verb's bracket names its subject."""
    if "vt" not in marker:
        return frozenset()
    found = _OBJECT_BRACKET.findall(alternative) + (_OBJECT_BRACKET.findall(first.split(")")[0] + ")") if first.startswith("(") else [])
    return frozenset(noun.lower() for group in found for noun in re.split(r"[;,/] ?", group) if noun and noun not in _PLAIN_NOUNS)


def _example_partners(german_parts: list[str], lemma: str) -> frozenset[str]:
    """The nouns a line's short examples use the lemma with: "ein Gesetz aufheben", "bei Einbruch
    der Dunkelheit", "Überfall auf einen Geldtransporter" (not its example sentences)."""
    found: set[str] = set()
    for part in german_parts:
        words = _WORDS.findall(_strip_nested(part))
        if lemma in words and len(words) <= 6:
            rare = cue_words(part, lemma)
            found.update(w.lower() for w in words if w[:1].isupper() and w != lemma and w.lower() in rare)
    return frozenset(found)


# two English prepositions for one construction, "on/upon", "in/into": the first is the gloss's
_ENGLISH_PREPOSITIONS = re.compile(
    r"\b(on|upon|in|into|to|at|for|with|about|of|from|by|onto|over|against)/(?:on|upon|in|into|to|at|for|with|about|of|from|by|onto|over|against)\b"
)


# two English verbs for one sense, "Aufsehen erregen :: to create/cause a stir": the first is the gloss's
_TWO_VERBS = re.compile(r"^to ([a-z]+)/[a-z]+\b")


def _english_glosses(english_first: str, pos: str, preposition: str, narrowed: bool = False) -> list[tuple[str, float]]:
    """(gloss, weight) for the English alternatives of a line's first sub-entry.

    "colour [Br.]; color [Am.]" is one word in two spellings, not a regional word; an English
    qualifier restating a German one ("Bildung (Wissensvermittlung) :: education (instruction)")
    narrows the sense only once.
    """
    found: list[tuple[str, float]] = []
    spellings = "[Br.]" in english_first and "[Am.]" in english_first
    for part in _split_top(english_first)[:5]:
        register = part.replace("[Br.]", "").replace("[Am.]", "") if spellings else part
        weight = 0.3 if _BAD_REGISTER.search(register) else 1.0
        if preposition:
            part = _ENGLISH_PREP_NOTE.sub(r"\1", part)
        if not narrowed and _ENGLISH_QUALIFIER.search(part):
            weight *= ENGLISH_NARROWED  # "to pass (card game)", "to attend (pay attention)": a narrow use
        if " / " in part:  # two constructions of one sense: "to appoint sb. as sth. (function) / to sth. (body)"
            part = _AS_SB.sub("", part.split(" / ")[0])
        # "sb.'s competence" is competence; "to be under sb.'s control" no gloss a card can show
        part = _POSSESSOR.sub("", part.strip())
        # "#BE_make#" is an editor's mark left in one entry (anfertigen), no English
        gloss = _PLACEHOLDERS.sub("", _strip_nested(part))
        gloss = _ENGLISH_PREPOSITIONS.sub(r"\1", gloss)  # "to bestow sth. on/upon sb.": to bestow on
        gloss = _TWO_VERBS.sub(r"to \1", gloss) if pos == "VERB" else gloss  # "to create/cause a stir": to create a stir
        gloss = _TO_DO.sub("", _SPACES.sub(" ", gloss).strip(" ;,."))
        if not gloss or _length(gloss) > (5 if pos == "VERB" else 3) or _NO_CARD.search(gloss):
            # "to extend your house": not a gloss a card can show; nor one that a
            # slash cut ("to defend sb./sth. (against sb./sth.)" read "/sth. (against sb./" as a
            # pronunciation and left "to defend )", "to call on/upon sb./sth." left "to call onsth")
            continue
        if pos == "VERB" and not gloss.startswith("to "):
            continue
        found.append((gloss, weight))
    return found


_ARTICLES = frozenset(["the", "a", "an"])


def _length(gloss: str) -> int:
    """A gloss's length in words, its articles not counted: "end of the war" (Kriegsende) is a
    noun's English of three words, as short as "onset of winter", not a phrase of four."""
    return sum(word not in _ARTICLES for word in gloss.split())


def _ding_entries(line: str) -> list[Entry]:
    """(lemma, pos, english, weight, preposition) from the headword sub-entry of one Ding line.

    Every German alternative of the headword pairs with every English alternative; a pair
    weighs less the further back either stands. The word's own entry (one German headword,
    followed by its inflected forms: "Haus {n} | Häuser {pl}") weighs most.
    """
    german, sep, english = line.partition(" :: ")
    if not sep:
        return []
    german_parts = german.split(" | ")
    german_first = _THREE_GENDERS.sub(r"\1e(r/s)", german_parts[0])
    english_first = _PRONUNCIATION.sub("", english.split(" | ")[0]).replace("’", "'")  # "government /Gov./"
    markers = _MARKER.findall(german_first)
    pos = next((_POS_MARKERS[m] for m in markers if m in _POS_MARKERS), "") or ("NOUN" if _with_articles(german_first) else "")
    if not pos:
        return []
    damping = 0.85 if _TAG.search(german_first) else 1.0
    damping_field = bool(SPECIAL_FIELD.search(german_first))
    fields = subject_fields(german_first)
    if damping_field:
        damping *= FIELD
    alternatives = _split_top(german_first)[:MAX_ALTERNATIVES]
    if len(alternatives) == 1 and _GERMAN_REGION.search(german_first):
        damping *= REGIONAL
    partnered = _partnered(alternatives, _gender_pair([_german_headword(part, pos) for part in alternatives], pos, _split_top(german_first)[-1]), pos)
    heads = [head for head, _, _ in partnered]
    second = german_parts[1] if len(german_parts) > 1 else ""
    if "{pl}" in second or (pos == "VERB" and _PARTICIPLE.search(second)):
        damping *= 1.5  # a main entry, with the word's inflected forms
    if len(alternatives) == 1:
        damping *= 1.4  # the word's own entry, not a list of synonyms
    entries: list[Entry] = []
    markers = _markers(alternatives)
    lead = next((head[0] for head, _, _ in partnered if head[0]), "")
    for k, (((lemma, preposition, narrowed), partner, bound), part, marker) in enumerate(zip(partnered, alternatives, markers, strict=True)):
        if not lemma:
            continue
        if pos == "VERB" and marker == "vr" and "sich" not in preposition.split():
            preposition = f"sich {preposition}".strip()  # "sich als etw. erweisen; herausstellen {vr}": sich herausstellen
        regional = REGIONAL if len(alternatives) > 1 and _GERMAN_REGION.search(part) else 1.0
        if pos == "NOUN" and markers[0] == "pl" and marker in ("m", "f", "n"):
            regional *= PLURAL_LINE  # "Zielgruppen {pl}; Öffentlichkeit {f}; Publikum {n} :: audiences"
        if pos == "NOUN" and lemma != lead and _FIGURATIVE.search(part):
            regional *= FIGURATIVE  # "Licht; Tageslicht; Öffentlichkeit [übtr.] :: light": the phrase's sense ("ans Licht bringen")
        common = 1 + 0.5 * _more_common(lemma, heads)
        factor = damping * regional * (NARROWED if narrowed else 1.0) * (_shortening(lemma, heads) if pos == "NOUN" else 1.0) / common
        line_cues = cue_words(german, lemma) | fields
        marks = _valency(part, marker) if pos == "VERB" else "P" if marker == "pl" else _genders(marker) if pos == "NOUN" else ""  # P: a plural headword
        marks += FIELD_MARK if damping_field else ""
        marks += NARROW if narrowed else ""  # a qualified line's sense
        named = _object_qualifier(part, alternatives[0], marker) if pos == "VERB" else frozenset()
        marks += OBJECT_NAMED if named else ""
        marks += HEADED if _heads_line(k, [head[0] for head in heads]) else ""
        partners = _example_partners(german_parts[1:], lemma) | ({partner} if partner else set()) | named
        english_preposition = preposition.removeprefix("sich").strip() if pos == "VERB" and not preposition.endswith(OPTIONAL) else ""
        for j, (gloss, weight) in enumerate(_english_glosses(english_first, pos, english_preposition, narrowed)):
            weight *= _cognates(lemma, gloss, common)
            entries.append((lemma, pos, gloss, weight * factor / (1 + 0.5 * j), preposition, line_cues, marks, partners, bound))
    return entries + _noun_sub_entries(german, german_parts, english) + _collocations(german, german_parts, english)


_WITH_ARTICLE = re.compile(r"(?:der|die|das) [A-ZÄÖÜ][a-zäöüß]+")


def _with_articles(german_first: str) -> bool:
    """Whether a headword sub-entry gives its nouns with their article instead of Ding's gender
    marker: "der Einzelne; das Individuum [soc.] | Individuen {pl} :: the individual" is
    Individuum's only line, and without a marker it gave no sense (the card had no meaning)."""
    alternatives = [" ".join(_strip_nested(part).split()) for part in _split_top(german_first)]
    return bool(alternatives) and all(_WITH_ARTICLE.fullmatch(part) for part in alternatives)


_FOLDS = (("ä", "e"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("z", "c"), ("k", "c"), ("ph", "f"), ("th", "t"), ("y", "i"))


@lru_cache(maxsize=100_000)
def _fold(word: str) -> str:
    word = word.lower()
    for german, english in _FOLDS:
        word = word.replace(german, english)
    return word


def _cognate(german: str, english: str) -> bool:
    """Whether an English word is the German word's cognate or names its last part: präzise ~
    precise, spezifisch ~ specific, Teekanne ~ can."""
    one, other = _fold(german), _fold(english)
    if len(other) < 4:
        return False
    common = 0
    while common < min(len(one), len(other)) and one[common] == other[common]:
        common += 1
    return common >= min(6, len(other)) or (len(one) > len(other) + 3 and one.endswith(other))


def _cognates(lemma: str, gloss: str, common: float) -> float:
    """A sense's weight for one German synonym of a line when the English is the lemma's own
    cognate (präzise :: precise): the more common synonyms before it ("genau; exakt; präzise")
    do not weigh it down (``common`` undoes that); by them "spezifisch; präzise :: specific"
    beat it."""
    words = [word for word in _ENGLISH_WORD.findall(gloss) if word.lower() not in _ENGLISH_SMALL]
    return common if any(_cognate(lemma, word) for word in words) else 1.0


_ENGLISH_SMALL = frozenset(["to", "a", "an", "the", "of", "sb", "sth", "on", "in", "at", "for", "with", "from", "by", "and", "or"])
COLLOCATION = 1.0  # a verb with its object in another word's line: "Belohnung {f} … | eine Belohnung aussetzen"


def _collocations(german: str, german_parts: list[str], english: str) -> list[Entry]:
    """The verbs a line lists with their object after its headword, each with its own English
    part: "Belohnung {f} … | eine Belohnung aussetzen (für) :: … | to offer a reward (for)" is a
    sense of aussetzen, bound to that object (Ding pairs the n-th German part with the n-th
    English one). "die für sie ausgesetzten Belohnungen" is no exposing."""
    english_parts = english.split(" | ")
    if len(english_parts) != len(german_parts):
        return []
    entries: list[Entry] = []
    for german_part, english_part in zip(german_parts[1:], english_parts[1:], strict=True):
        for part in _split_top(german_part)[:3]:
            verb, obj, _ = _object_and_verb(part)
            if verb and not english_part.startswith("to "):
                continue
            english_part = english_part.replace("’", "'")
            if not verb:
                entries += _adjective_with_noun(german, part, english_part)
                continue
            for j, (gloss, weight) in enumerate(_english_glosses(english_part, "VERB", "") + _second_verbs(english_part)):
                entries.append((verb, "VERB", gloss, COLLOCATION * weight / (1 + 0.5 * j), "", cue_words(german, verb), "st", frozenset({obj}), True))
    return entries


_ADJECTIVE_NOUN = re.compile(r"(?:(?:der|die|das|ein|eine|sein|seine|ihr|ihre)\s+)?([a-zäöüß]{3,}?)(?:e|er|es|en|em)\s+([A-ZÄÖÜ][a-zäöüß]+)")
_ENGLISH_ADJECTIVE_NOUN = re.compile(r"(?:(?:the|a|an|his|her|its|their)\s+)?([a-z]{3,})\s+([a-z]{3,})")


def _adjective_with_noun(german: str, part: str, english_part: str) -> list[Entry]:
    """An adjective's sense Ding gives with a noun in another word's line: "echt; wahr {adj} | …
    | sein bürgerlicher Name :: real | … | his real name" is bürgerlich's sense "real" with Name,
    bound to it ("seinen bürgerlichen Namen ändern": his legal name, not Ding's "small-town").
    Only an adjective and its noun on both sides, the English adjective one word."""
    match = _ADJECTIVE_NOUN.fullmatch(_strip_nested(part).strip())
    english = _ENGLISH_ADJECTIVE_NOUN.fullmatch(_strip_nested(_split_top(english_part)[0]).strip()) if match else None
    if match is None or english is None:
        return []
    adjective, noun = match.group(1), match.group(2)
    return [(adjective, "ADJ", english.group(1), COLLOCATION, "", cue_words(german, adjective), "", frozenset({noun.lower()}), True)]


SECOND_VERB = 0.5  # the second of two English verbs of a collocation, "to call/proclaim a truce"


def _second_verbs(english_part: str) -> list[tuple[str, float]]:
    """The collocation's English with the second of its two verbs: "einen Waffenstillstand
    ausrufen :: to call/proclaim a truce" is also "to proclaim a truce", which names ausrufen's
    own sense (to proclaim) where the first verb names none of its senses; the sense of the verb
    with another object of that kind ("die Republik ausrufen", see senses._of_kind)."""
    found = []
    for part in _split_top(english_part)[:5]:
        match = _SLASHED_VERB.match(part.strip())
        if match:
            found += [(gloss, weight * SECOND_VERB) for gloss, weight in _english_glosses(f"to {match.group(1)}{match.group(2)}", "VERB", "")]
    return found


_SUB_NOUN = re.compile(r"[A-ZÄÖÜ][\w-]+ \{[mfn]\}(?:; [A-ZÄÖÜ][\w-]+ \{[mfn]\})*")
SUB_ENTRY = 1.0  # a noun met as a later sub-entry ("Probe … | Generalprobe {f} :: … | dress rehearsal")


def _noun_sub_entries(german: str, german_parts: list[str], english: str) -> list[Entry]:
    """The nouns a line lists after its headword, each with its own English part: Ding pairs the
    n-th German part with the n-th English one ("Generalprobe {f}" :: "dress rehearsal"), and
    compounds often stand only there. Plain nouns with their gender, no phrases."""
    english_parts = english.split(" | ")
    if len(english_parts) != len(german_parts):
        return []
    entries: list[Entry] = []
    for german_part, english_part in zip(german_parts[1:], english_parts[1:], strict=True):
        if not _SUB_NOUN.fullmatch(german_part.strip()):
            continue
        english_part = _PRONUNCIATION.sub("", english_part).replace("’", "'")
        for part in _split_top(german_part)[:3]:
            lemma, _, narrowed = _german_headword(part, "NOUN")
            if not lemma or " " in lemma:
                continue
            marks = HEADED + _genders(next(iter(_GENDER.findall(part)), ""))
            for j, (gloss, weight) in enumerate(_english_glosses(english_part, "NOUN", "", narrowed)):
                entries.append((lemma, "NOUN", gloss, SUB_ENTRY * weight / (1 + 0.5 * j), "", cue_words(german, lemma), marks))
    return entries


def _genders(marker: str) -> str:
    """A noun's genders as marks ("m", "f", "n"; "mn" for "{m,n}"): Ding gives each sense of a
    noun of two genders under its own (das Bord "shelf", der Bord of a ship; die Feder "feather",
    das Feder "tongue" of a floor board), and the text's article picks the sense's line."""
    return "".join(letter for letter in marker.split(",") if letter in GENDER_LETTERS)


def subject_fields(german: str) -> frozenset[str]:
    """The subject fields a line's headword sub-entry is marked with, as cues written in brackets
    ("[phys]" for "(lineare) Geschwindigkeit {f} [phys.] :: speed"), which no word of a sentence
    matches: :mod:`.senses` reads them against the article's topic (a text on atomic nuclei is
    one on physics, and Geschwindigkeit there is speed, not Ding's "Tempo; Geschwindigkeit :: time")."""
    return frozenset(f"[{field}]" for field in _FIELD_TAG.findall(german) if field in SUBJECT_FIELDS)


def ding_lines(path: Path, only: frozenset[str] | None) -> Iterator[Entry]:
    """The entries of a Ding file (``only``: of the lines that mention one of these words)."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("#") or " :: " not in line:
                continue
            if only is not None and not any(word in line for word in only):
                continue
            yield from _ding_entries(line.rstrip("\n"))


