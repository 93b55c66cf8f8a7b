"""What a person was, became or worked as: the biography questions readers ask and the sheets did not.

Readers' key questions on biographies ask for a person's roles ("Wer war Valentin von Terni?",
"Welche Stellen hatte Zwicky am Caltech?", "Als was und für wen sang Kesha am Anfang ihrer
Karriere?", "Welche Ämter hatte er in der Kongresspartei?"); the clause analysis marks the
phrases that answer them, but ``wh`` and ``wh_more`` asked few. ``role_asks`` gives, for one
constituent of a clause whose subject is a named person, the ``Ask`` that ``wh_more`` realises and
checks like its other asks:

- **Als was** ("als-was"): an "als" phrase with a bare role noun, whatever the verb ("Unter Dr.
  Lukes Plattenlabel sang Kesha zu Anfang ihrer Karriere als Backgroundsängerin für Paris Hilton."
  → "Als was sang Kesha … für Paris Hilton?" – als Backgroundsängerin);
- **Was wurde / war X** ("was-wurde", "was-war"): a bare role noun as the predicative of werden or
  sein ("Valentin von Terni wurde Bischof von Interamna" → "Was wurde Valentin von Terni?" –
  Bischof von Interamna). German leaves out the article exactly before a profession, office or
  membership ("war Priester in Rom", "wurde Mitglied der Partei"), so the bare noun is what
  marks the phrase as a role, not a description ("war ein Priester, der …" is ``wh_more``'s
  "Wer war X?");
- **Welches Amt / Welchen Beruf / Welche Rolle** ("welch-amt", round 16): a post, trade or part
  named by its genitive ("Dian Fossey erlernte zunächst den Beruf der Ergotherapeutin" → "Welchen
  Beruf erlernte Dian Fossey zunächst?" – Ergotherapeutin), the text's own type noun;
- **Wozu ernannt** ("wozu-ernannt"): the office of a verb of appointing ("1942 wurde er zum
  Professor für Astronomie berufen" → "Wozu wurde Fritz Zwicky 1942 berufen?").

``title_asks`` adds **Wer war X?** ("wer-ist") from a role noun before a name ("der Bassist John
Campbell" → "Wer war John Campbell?" – Bassist), for a person the text names in full in two
sentences or more: one named once is a detail readers judged marginal (and "Alan Thicke" is no
second mention of "Brian Thicke").

``deed_asks`` adds **Was tat X …?** ("was-tat"): several predicates of one named person under a time
or place in front ("In den Kriegsjahren reiste Goldman weiterhin umher, hielt Reden gegen den Krieg
und traf …" → Was tat Goldman in den Kriegsjahren?); ``partner_asks`` **Mit wem …?** ("mit-wem"):
the article's person and another name as one subject ("Im Januar 2016 veröffentlichten Baekhyun und
Bae Suzy ein Duett …" → Mit wem veröffentlichte Baekhyun im Januar 2016 ein Duett …? – Bae Suzy).

``setting_asks`` adds the reversal readers of round 21 asked for in place of a copy-out ("Wo macht
die Aare einen Bogen um die Altstadt herum? – in Bern"): **Was macht/tat X in Y?** ("was-tat") with
the predicate as the answer ("In Bern … macht der Fluss einen Bogen um die Altstadt herum." → Was
macht die Aare in Bern? – macht einen Bogen um die Altstadt herum; "Was hat Haydn in Wien
gemacht?" in the perfect), and **Was geschah YEAR mit X?** ("was-geschah-mit") for what befell the
text's topic; ``copied_share`` measures how much of its sentence a question repeats, for the ranking.

Only a person named in the clause or a pronoun ``wh_more`` resolves to a known person's name: "Als was
arbeiteten die Männer?" would leave the men unnamed.
"""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace

from ..analysis.lexicon import noun_lexicon
from ..extraction.reference import DEFINITE_FORMS
from ..model import Analysis, Clause, Constituent, Sentence, Token
from . import realise
from .wh import PERSON_ENDINGS, Ask, span_tokens

Spans = dict[tuple[int, int], str]

# Endings of nouns that name people by what they do ("Berater", "Backgroundsängerin", "Professor",
# "Generalsekretär", "Präsident", "Pianist"); with the lexicon's gender they keep out things.
AGENT_ENDINGS = ("er", "or", "eur", "eut", "ist", "ent", "ant", "är", "at", "oge", "ier", "iker", "ling")
# Ordinals and superlatives used as nouns ("wurde nur Dritter", "als Erster") rank, they are no role.
RANKS = ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "letzt",
         "einzig", "jüngst", "ältest", "best", "nächst")
# A stage of life or a kinship ("Als Kind lebte er in Wien", "als Sohn eines Händlers geboren") is
# no role the person held: "Als was lebte er in Wien?" asks nothing.
NOT_ROLES = frozenset({"kind", "jugendliche", "jugendlicher", "junge", "mädchen", "baby", "säugling", "teenager",
                       "erwachsene", "erwachsener", "schüler", "student", "rentner", "waise", "witwe", "witwer",
                       "sohn", "tochter", "vater", "mutter", "bruder", "schwester", "enkel", "neffe", "nichte",
                       "ehefrau", "ehemann", "frau", "mann", "mensch", "person", "leute"})
# Titles of rank that go with a name as part of it ("Prinz Albert", "Kaiserin Friedrich"): no
# answer to "Wer war …?" the name does not already give.
NOBLE_TITLES = frozenset({"prinz", "kronprinz", "könig", "kaiser", "fürst", "herzog", "erzherzog", "graf", "zar",
                          "sultan", "emir", "scheich", "baron", "freiherr", "markgraf", "landgraf", "kurfürst"})
# Lower-case words inside a name ("Otto von Bismarck", "Ibn al-Haitham"): the name goes on after them.
NAME_PARTICLES = frozenset({"von", "van", "de", "der", "zu", "da", "di", "del", "du", "y", "la", "le", "bin", "ibn",
                            "al", "el", "ben"})
ROLE_VERBS = {"werden": "was-wurde", "sein": "was-war"}
# Verbs that give someone an office "zum X" ("zum Professor berufen", "zum Ministerpräsidenten gewählt").
APPOINTING_VERBS = frozenset({"ernennen", "berufen", "wählen", "befördern", "küren", "krönen", "weihen", "bestellen",
                              "ausrufen", "erheben", "proklamieren"})


def role_asks(sentence: Sentence, clause: Clause, asked: Constituent, replace: Spans,
              labels: dict[str, str]) -> list[tuple[Clause, Constituent, Ask]]:
    """The role questions ``asked`` answers, if the clause's subject is a named person: each with
    the clause and phrase to realise (an appointment's role joined with its complement)."""
    if not _person_subject(sentence, clause, replace, labels) or not _whole(sentence, clause):
        return []
    found = [(clause, asked, _as_what(sentence, clause, asked)), (clause, asked, _role_predicative(sentence, clause, asked)),
             (clause, asked, _office(sentence, asked)), *_appointment(sentence, clause, asked)]
    return [(c, a, ask) for c, a, ask in found if ask is not None]


def title_asks(analysis: Analysis, sentence: Sentence, tense: str) -> list[tuple[str, Ask]]:
    """"1990 besuchten … der Bassist John Campbell die Virginia Commonwealth University" → Wer
    war John Campbell? – Bassist. The role noun stands as the text has it, so only in the
    nominative singular (its lemma), where no declension would have to be undone."""
    found: list[tuple[str, Ask]] = []
    tokens = list(sentence.tokens)
    for k, noun in enumerate(tokens[:-1]):
        if noun.tag != "NN" or noun.text != noun.lemma or not _role_noun(noun) or noun.ent_label:
            continue
        end = k + 1
        while end < len(tokens) and tokens[end].tag == "NE" and tokens[end].ent_label == "PER":
            end += 1
        if end - k < 3 or noun.lemma.lower().removesuffix("in") in NOBLE_TITLES:
            continue  # "Prinz Albert", "Kaiserin Friedrich": a title that is part of how the person is named
        if end < len(tokens) and (tokens[end].tag in ("NE", "NN", "$(") or tokens[end].text in NAME_PARTICLES):
            continue  # a name that goes on ("Otto von Bismarck", "Kaiser Aurelian (270–275)")
        name = " ".join(t.text for t in tokens[k + 1 : end])
        mentioned = sum(1 for s in analysis.sentences if re.search(rf"\b{re.escape(name)}\b", s.text))
        if mentioned < 2:
            continue
        first = noun
        if k >= 2 and tokens[k - 1].tag == "KON" and tokens[k - 2].tag == "NN" and tokens[k - 2].text == tokens[k - 2].lemma \
                and _role_noun(tokens[k - 2]):
            first = tokens[k - 2]  # "der Ingenieur und Geschäftsmann Naguib Sawiris": both roles answer
        answer = realise.render(sentence, first.i, noun.i + 1)
        # a news text's perfect tells of a person alive today: "Kim Jong Un hat … aufgefordert" asks
        # "Wer ist Kim Jong Un?" (round 23: "Wer war …?" is the wrong tense); a person the text
        # tells of in the past anywhere is one of history (round 25: "Wer ist Joseph Haydn?")
        verb = "ist" if tense in ("present", "perfect") and not _told_in_past(analysis, name) else "war"
        found.append((f"Wer {verb} {name}?", Ask("Wer", "wer-ist", answer)))
    return found


DEFINITE_NOMINATIVE = {gender: forms["Nom"] for gender, forms in DEFINITE_FORMS.items()}
# An indefinite article before a role noun and the ending its adjectives then have ("ein deutscher
# Physiker", "ein kleines Mädchen"); with "der/die/das" they end in -e.
INDEFINITE_NOMINATIVE = {("ein", "Masc"): "er", ("ein", "Neut"): "es", ("eine", "Fem"): "e"}
QUOTES = frozenset({"„", "“", "”", '"', "»", "«", "‚", "‘"})


def naming_asks(analysis: Analysis, sentence: Sentence, tense: str) -> list[tuple[str, Ask]]:
    """The name a text gives to someone it describes, as people ask it of MLQA paragraphs ("Wie hieß
    die Tramführerin, die ihm nach Hause half? – Hanna Schmitz"): a role noun right before a
    person's name ("die stumme Dienstbotin Lydia" → "Wie heißt die stumme Dienstbotin? – Lydia",
    the converse of ``title_asks``) and any noun before "namens" ("eine Karikatur eines
    Schwarzbären namens „Smokey Bear“" → "Wie heißt der Schwarzbär? – Smokey Bear"). Only a noun
    the text uses once (else which Dienstbotin?), in the singular, its phrase restated in the
    nominative with the definite article: as written after der/die/das, an indefinite
    adjective's ending made weak ("ein deutscher Physiker" → "der deutsche Physiker"), after
    "namens" the noun's lemma alone."""
    found: list[tuple[str, Ask]] = []
    tokens = list(sentence.tokens)
    if _gives_reasons(sentence):
        return found
    for k, noun in enumerate(tokens[:-1]):
        if noun.tag != "NN" or noun.ent_label or noun.feature("Number") == "Plur":
            continue
        if tokens[k + 1].text == "namens":
            if k > 0 and tokens[k - 1].text.lower() in ("des", "eines"):
                continue  # "eine Version des Setun-Computers namens Setun-70": the name may be the Version's
            name, phrase = _called_name(tokens, k + 2), _lemma_phrase(noun)
        elif _describes_person(noun, tokens[k + 1]):
            name, phrase = _person_name(tokens, k + 1), _nominative_phrase(tokens, k)
        else:
            continue
        if name is None or phrase is None or _used_elsewhere(analysis, noun) or _genitive_name(analysis, name):
            continue
        if _in_a_list(tokens, k, name):
            continue  # "der Physiker Hermann von Helmholtz, der Pathologe Rudolf Virchow …": one of several guests
        person = " ".join(t.text for t in name)
        verb = "heißt" if tense in ("present", "perfect") and not _told_in_past(analysis, person) else "hieß"
        answer = realise.render(sentence, name[0].i, name[-1].i + 1)
        if answer.endswith("."):
            continue  # an abbreviation or a sentence's end glued to the name
        found.append((f"Wie {verb} {phrase}?", Ask("Wie", "wie-heisst", answer)))
    return found


# Nouns that go with a name as a form of address or a title, not a description ("Herr Müller",
# "Sankt Georg", "Pater Brown"): "Wie heißt der Herr?" asks nothing.
ADDRESS_NOUNS = frozenset({"herr", "frau", "fräulein", "sir", "lord", "lady", "dame", "sankt", "pater", "papst", "dr.",
                           "professor", "professorin", "doktor", "meister", "genosse", "genossin", "kapitän"})


def _describes_person(noun: Token, following: Token) -> bool:
    """A role noun ("der Bassist"), or any person noun before a name the recogniser marks as a person
    ("die stumme Dienstbotin Lydia"), but no title, address, kinship or stage of life."""
    lemma = noun.lemma.lower()
    bare = lemma.removesuffix("essin").removesuffix("in").replace("ä", "a")
    if bare in NOBLE_TITLES or lemma in ADDRESS_NOUNS or lemma in NOT_ROLES or lemma.removesuffix("in") in NOT_ROLES:
        return False
    # a feminine person noun in -in ("Dienstbotin") names a woman by what she is, even off the role list
    feminine = lemma.endswith("in") and len(lemma) > 6 and _gender(noun) == "Fem"
    return _role_noun(noun) or following.ent_label == "PER" and feminine


def _person_name(tokens: list[Token], start: int) -> list[Token] | None:
    """The person's name that follows a role noun: proper nouns a name-recogniser marks as a person,
    closed (no noun, name or bracket after it: "Kaiser Aurelian (270–275)" may go on)."""
    end = start
    while end < len(tokens) and (tokens[end].tag == "NE" and tokens[end].ent_label == "PER"
                                 or tokens[end].text in NAME_PARTICLES and end > start):
        end += 1
    if end == start or tokens[end - 1].text in NAME_PARTICLES:
        return None
    if end < len(tokens) and (tokens[end].tag in ("NE", "NN", "$(", "CARD") or tokens[end].text in NAME_PARTICLES):
        return None
    return tokens[start:end]


def _called_name(tokens: list[Token], start: int) -> list[Token] | None:
    """The name after "namens": quoted words, or capitalised proper nouns up to the phrase's end."""
    if start < len(tokens) and tokens[start].text in QUOTES:
        end = next((j for j in range(start + 1, min(len(tokens), start + 8)) if tokens[j].text in QUOTES), None)
        inner = tokens[start + 1:end] if end is not None else []
        return inner if inner and inner[0].text[:1].isupper() and not any(t.tag.startswith("$") for t in inner) else None
    end = start
    while end < len(tokens) and tokens[end].tag in ("NE", "NN", "FM") and tokens[end].text[:1].isupper():
        end += 1
    if end == start or end - start > 4 or end < len(tokens) and tokens[end].tag in ("CARD", "$("):
        return None
    return tokens[start:end]


def _gender(noun: Token) -> str:
    gender = noun.feature("Gender")
    if not gender:
        entry = noun_lexicon().lookup(noun.lemma)
        gender = entry.gender if entry is not None else ""
    return gender


def _lemma_phrase(noun: Token) -> str | None:
    article = DEFINITE_NOMINATIVE.get(_gender(noun))
    return f"{article} {noun.lemma}" if article and noun.lemma[:1].isupper() else None


def _nominative_phrase(tokens: list[Token], k: int) -> str | None:
    """"die stumme Dienstbotin", "der deutsche Physiker" from the article and adjectives before the
    role noun at ``k`` (which stands as its lemma: nominative singular), or None when the phrase
    is in another case or holds more than adjectives."""
    noun = tokens[k]
    gender = _gender(noun)
    article = DEFINITE_NOMINATIVE.get(gender)
    if article is None or noun.text != noun.lemma:
        return None
    start = k
    while start > 0 and tokens[start - 1].tag == "ADJA":
        start -= 1
    adjectives = [t.text for t in tokens[start:k]]
    determiner = tokens[start - 1].text.lower() if start > 0 and tokens[start - 1].tag == "ART" else ""
    if determiner in ("der", "die", "das"):
        if determiner != article or not all(a.endswith("e") for a in adjectives):
            return None  # "der Dienstbotin" is a dative or genitive
    elif determiner in ("ein", "eine"):
        ending = INDEFINITE_NOMINATIVE.get((determiner, gender))
        if ending is None or not all(a.endswith(ending) for a in adjectives):
            return None
        adjectives = [a[: len(a) - len(ending)] + "e" for a in adjectives]
    elif determiner or start > 0 and tokens[start - 1].tag in BEFORE_CASE:
        return None  # "mit seiner Dienstbotin Lydia", "als Senior Lecturer", "den Spitznamen Farmer George"
    elif adjectives:
        return None
    return " ".join([article, *adjectives, noun.text])


# Words before a role noun that give it a case to undo or make it part of something else.
BEFORE_CASE = frozenset({"APPR", "APPRART", "PPOSAT", "PIAT", "PDAT", "PRELAT", "PWAT", "KOKOM", "NN", "NE", "ART", "CARD"})


LIST_LINKS = frozenset({",", "und", "sowie", "oder"})
REASON_CONJUNCTIONS = frozenset({"dass", "weil", "da", "damit", "obwohl"})


def _gives_reasons(sentence: Sentence) -> bool:
    """Does the sentence say why, what for or what someone said ("Das Parlamentsmitglied John Wilkes
    veröffentlichte die Wochenzeitung The North Briton, um Bute … anzugreifen")? Then the sheet
    has better to ask of it than the name (which took the place of "Wozu veröffentlichte …?")."""
    words = {t.i: t.text.lower() for t in sentence.tokens}
    return any(c.kind == "um_zu" or c.kind == "subordinate" and c.conjunction is not None
               and words.get(c.conjunction, "") in REASON_CONJUNCTIONS for c in sentence.clauses)


def _in_a_list(tokens: list[Token], k: int, name: list[Token]) -> bool:
    """Is the role noun at ``k`` with its name one of a list of people ("die Gitarristen Mark Morton
    und Matt Conner, der Schlagzeuger Chris Adler sowie der Bassist John Campbell")? Then "Wie hieß
    der Bassist?" asks one name of a list, no point of the text (and says not what he did)."""
    start = k
    while start > 0 and tokens[start - 1].tag in ("ADJA", "ART"):
        start -= 1
    before = tokens[start - 2:start] if start >= 2 else []
    if len(before) == 2 and before[1].text in LIST_LINKS and (before[0].tag in ("NE", "FM") or before[0].ent_label == "PER"):
        return True
    end = name[-1].i - tokens[0].i + 1
    after = tokens[end:end + 8]
    if not after or after[0].text not in LIST_LINKS:
        return False
    rest = after[1:]
    person = next((j for j, t in enumerate(rest) if t.tag == "NE" and t.ent_label == "PER"), None)
    return person is not None and person > 0 and rest[person - 1].tag == "NN" \
        and all(t.tag in ("ART", "ADJA", "NN") for t in rest[:person])


def _genitive_name(analysis: Analysis, name: list[Token]) -> bool:
    """"die These Georges Cuviers", "der Lehrer Platons": a name in the genitive owns the noun, it
    does not name it; known by an -s the text leaves off elsewhere or the lemma drops."""
    last = name[-1]
    if not last.text.endswith("s") or len(last.text) < 3:
        return False
    if last.lemma != last.text:
        return True
    plain = re.compile(rf"\b{re.escape(last.text[:-1])}\b")
    return any(plain.search(s.text) for s in analysis.sentences)


def _used_elsewhere(analysis: Analysis, noun: Token) -> bool:
    """Does the text use the noun more than once (then "Wie heißt die Dienstbotin?" does not say which)?"""
    return sum(1 for s in analysis.sentences for t in s.tokens if t.tag == "NN" and t.lemma == noun.lemma) > 1


NARRATIVE_TENSES = frozenset({"past", "pluperfect"})


def _told_in_past(analysis: Analysis, name: str) -> bool:
    """Whether a clause that names the person, or a relative clause on the name, is in the past:
    "zählt der Komponist Joseph Haydn, der hier als Hofkapellmeister wirkte" is about a dead man
    though its main verb is present, and "Mit der Bestellung von Joseph Haydn … begann" says so too."""
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    for sentence in analysis.sentences:
        if not pattern.search(sentence.text):
            continue
        named = {t.i for t in sentence.tokens if t.text in name.split()}
        for clause in sentence.clauses:
            own = named.intersection(clause.tokens) or (clause.kind == "relative" and clause.antecedent in named)
            if own and clause.tense in NARRATIVE_TENSES:
                return True
    return False


def _as_what(sentence: Sentence, clause: Clause, asked: Constituent) -> Ask | None:
    """"arbeitete … als Berater der Aerojet Engineering Corporation" → Als was arbeitete …?

    Not when an accusative object names a person, since the role may then be the object's ("sah
    ihn als Nachfolger"), and not for a rank ("Als Erster erreichte er …")."""
    tokens = span_tokens(sentence, asked.start, asked.end)
    if asked.role not in ("adverbial", "manner") or len(tokens) < 2 or tokens[0].text.lower() != "als":
        return None
    role = _bare_role(tokens[1:])
    if role is None:
        return None
    for obj in clause.role("object_acc"):
        words = span_tokens(sentence, obj.start, obj.end)
        if any(t.ent_label == "PER" or t.tag in ("PPER", "PRF") or t.tag == "NN" and _role_noun(t) for t in words):
            return None
    bare = realise.render(sentence, tokens[1].i, asked.end)
    return Ask("Als was", "als-was", f"als {bare}", (bare, role, f"als {role}"))


def _role_predicative(sentence: Sentence, clause: Clause, asked: Constituent) -> Ask | None:
    """"Valentin von Terni wurde Bischof von Interamna" → Was wurde Valentin von Terni?"""
    skill = ROLE_VERBS.get(clause.lemma or "")
    if skill is None or asked.role != "predicative" or clause.negation is not None or clause.voice != "active":
        return None
    if len(clause.role("predicative")) != 1:
        return None  # "Tanzmeister von König Ludwig" + "XVI": a name the analysis cut in two
    tokens = span_tokens(sentence, asked.start, asked.end)
    role = _bare_role(tokens)
    if role is None:
        return None
    return Ask("Was", skill, realise.render(sentence, asked.start, asked.end), (role,), number="Sing")


# Nouns that name a post, a trade or a part by the genitive of what it is ("das Amt des
# Premierministers", "den Beruf der Ergotherapeutin", "die Rolle der Isis"): people ask with the noun
# itself ("Welchen Beruf erlernte Dian Fossey?", "Welche Rolle spielte …?").
OFFICE_NOUNS = frozenset({"Amt", "Beruf", "Titel", "Rang", "Posten", "Rolle"})
WELCH_BY_ARTICLE = {"den": "welchen", "das": "welches", "die": "welche"}  # the accusative's article


def _office(sentence: Sentence, asked: Constituent) -> Ask | None:
    """"Dian Fossey erlernte zunächst den Beruf der Ergotherapeutin." → Welchen Beruf erlernte Dian
    Fossey zunächst? – Ergotherapeutin. An accusative object of exactly the definite office noun
    and a genitive: a role noun for an office or trade (its nominative the answer, "des
    Premierministers" → Premierminister), a name for a part ("die Rolle der Isis"; "die Rolle der
    Medien" is what the media do, no part anyone plays)."""
    tokens = span_tokens(sentence, asked.start, asked.end)
    while tokens and tokens[-1].tag.startswith("$"):
        tokens = tokens[:-1]
    if asked.role != "object_acc" or len(tokens) < 4 or tokens[0].text.lower() not in WELCH_BY_ARTICLE:
        return None
    noun, genitive, rest = tokens[1], tokens[2], tokens[3:]
    if noun.tag != "NN" or noun.text not in OFFICE_NOUNS or genitive.text.lower() not in ("des", "der", "eines", "einer"):
        return None
    if noun.text == "Rolle":
        if not all(t.tag == "NE" for t in rest) or any(t.ent_label not in ("", "PER") for t in rest):
            return None
        answer = realise.render(sentence, rest[0].i, rest[-1].i + 1)
    elif len(rest) == 1 and rest[0].tag == "NN" and _role_noun(rest[0]):
        answer = rest[0].lemma if rest[0].text.startswith(rest[0].lemma) else rest[0].text
    else:
        return None
    word = f"{WELCH_BY_ARTICLE[tokens[0].text.lower()].capitalize()} {noun.text}"
    return Ask(word, "welch-amt", answer, (realise.phrase(sentence, tokens[0].i, tokens[-1].i + 1),
                                           realise.render(sentence, genitive.i, tokens[-1].i + 1)))


def _appointment(sentence: Sentence, clause: Clause, asked: Constituent) -> list[tuple[Clause, Constituent, Ask]]:
    """"1942 wurde er zum Professor für Astronomie berufen" → Wozu wurde Fritz Zwicky 1942
    berufen? – zum Professor für Astronomie. The role's complement, a prepositional phrase the
    analysis keeps apart ("für Astronomie"), joins the answer: left in the question it would
    read "Wozu wurde … für Astronomie berufen?"."""
    tokens = span_tokens(sentence, asked.start, asked.end)
    if clause.lemma not in APPOINTING_VERBS or asked.role not in ("adverbial", "object_prep") or len(tokens) < 2:
        return []
    if tokens[0].text.lower() not in ("zum", "zur"):
        return []
    role = _bare_role(tokens[1:])
    if role is None:
        return []
    following = [c for c in clause.constituents if c.start == asked.end and c.preposition and c.clause is None]
    if following and not all(c.sure and c.role in ("adverbial", "object_prep") for c in following):
        return []
    if following:
        joined = dc_replace(asked, end=following[0].end, text=realise.render(sentence, asked.start, following[0].end))
        clause = dc_replace(clause, constituents=tuple(joined if c is asked else c for c in clause.constituents
                                                       if c is not following[0]))
    else:
        joined = asked
    answer = realise.phrase(sentence, joined.start, joined.end)
    bare = realise.render(sentence, tokens[1].i, joined.end)
    return [(clause, joined, Ask("Wozu", "wozu-ernannt", answer, (bare, f"{tokens[0].text.lower()} {role}")))]


def _bare_role(tokens: list[Token]) -> str | None:
    """The role a bare noun phrase names ("stellvertretender Vorsitzender der Partei" →
    "stellvertretender Vorsitzender"), or None: an article, a pronoun or a name in front, or a
    head that names no person by what they do."""
    k = 0
    while k < len(tokens) and tokens[k].tag == "ADJA":
        k += 1
    if k >= len(tokens) or tokens[k].tag != "NN" or not _role_noun(tokens[k]):
        return None
    if any(t.tag in ("$(", "KON", "$,") for t in tokens):
        return None  # a list of roles or a bracket: one answer would not be whole
    return " ".join(t.text for t in tokens[: k + 1])


def _role_noun(noun: Token) -> bool:
    """A noun naming a person by office, trade or membership: wh's person nouns, or a masculine or
    feminine agent noun ("Berater", "Backgroundsängerin", "Paläontologe"), not a rank or an age."""
    lemma = noun.lemma.lower()
    if lemma in NOT_ROLES or lemma.removesuffix("in") in NOT_ROLES:
        return False
    if lemma.startswith(RANKS) and lemma.endswith(("te", "ter", "ste", "ster", "ige", "iger")):
        return False
    if lemma.endswith(("jährige", "jähriger")):
        return False  # an age ("als Zehnjähriger"), no role
    if lemma.endswith(PERSON_ENDINGS):
        return True
    return noun.feature("Gender") in ("Masc", "Fem") and lemma.removesuffix("in").endswith(AGENT_ENDINGS)


def _whole(sentence: Sentence, clause: Clause) -> bool:
    """Every word of the clause is in a constituent or its verb complex, and no comma inside it: a
    word left over or a phrase appended after a comma means the analysis cut the sentence wrongly,
    and the role would come out with the wrong words ("Von März 2003 bis August 2014 war er
    Ministerpräsident der Türkei, zuletzt mit seinem dritten Kabinett" is no question without its
    last phrase; "wo er Tanzmeister von König Ludwig XVI." split at the numeral's full stop)."""
    placed = {i for c in clause.constituents for i in range(c.start, c.end)} | set(clause.verbs)
    placed |= {i for i in (clause.particle, clause.reflexive, clause.negation, clause.conjunction) if i is not None}
    own = set(clause.tokens)
    for token in sentence.tokens:
        if token.i not in own or token.i in placed:
            continue
        if token.tag == "$," and token.i - 1 in own and token.i + 1 in own:
            return False  # a comma inside the clause, not at the edge of a clause inside it
        if not token.tag.startswith("$"):
            return False
    return True


def _person_subject(sentence: Sentence, clause: Clause, replace: Spans, labels: dict[str, str]) -> bool:
    """The subject is a person's name, a pronoun standing for one, or a relative pronoun whose
    antecedent is one ("der Komponist Joseph Haydn, der hier als Hofkapellmeister wirkte")."""
    subjects = clause.role("subject")
    if len(subjects) != 1 or not subjects[0].sure:
        return False
    subject = subjects[0]
    name = replace.get((subject.start, subject.end))
    if name is not None:
        return labels.get(name) == "person" or labels.get(name.split()[-1]) == "person"
    tokens = span_tokens(sentence, subject.start, subject.end)
    if [t.tag for t in tokens] == ["PRELS"] and clause.antecedent is not None:
        antecedent = next((t for t in sentence.tokens if t.i == clause.antecedent), None)
        return antecedent is not None and antecedent.ent_label == "PER"
    names = [t for t in tokens if t.tag == "NE"]
    return bool(names) and all(t.ent_label == "PER" for t in names) and tokens[-1].tag == "NE"


# --- what a person did, and with whom (round 17) ------------------------------------------------

# "Was tat X?" as readers wrote it; in the present "Was macht X heute?" is what German says.
DOING_FORMS = {("past", "Sing"): "tat", ("past", "Plur"): "taten", ("present", "Sing"): "macht", ("present", "Plur"): "machen"}
SETTING_ROLES = frozenset({"time", "place"})
CONTRASTING = frozenset({"aber", "doch", "jedoch", "sondern", "oder"})


def deed_asks(sentence: Sentence, labels: dict[str, str]) -> list[tuple[str, Ask]]:
    """What a named person did at a time or place, which readers asked of the unseen texts of
    round 16 ("Was tat Goldman in den Kriegsjahren?"). The answer restates the predicates without
    the subject, so it is no phrase of the text."""
    deeds = _deeds(sentence, labels)
    return [deeds] if deeds is not None else []


def partner_asks(analysis: Analysis, sentence: Sentence) -> list[tuple[str, Ask]]:
    """With whom the article's person did something ("Mit wem veröffentlichte Baekhyun 2016
    Lieder?", a key question of the same round)."""
    partner = _partner(analysis, sentence)
    return [partner] if partner is not None else []


def _deeds(sentence: Sentence, labels: dict[str, str]) -> tuple[str, Ask] | None:
    """"In den Kriegsjahren reiste Goldman weiterhin umher, hielt Reden gegen den Krieg und traf
    andere Mitglieder der radikalen Linken in Amerika." → Was tat Goldman in den Kriegsjahren? –
    reiste weiterhin umher, hielt Reden gegen den Krieg und traf andere Mitglieder …. Several
    predicates of one named person under a time or place in front say what the person did then or
    there, which is the point of the sentence; one predicate is a detail the role questions ask
    ("Wann reiste Goldman umher?"). The sentence is nothing but these clauses, each plain (no
    auxiliary, modal, negation or passive) in one tense, joined without a contrast ("aber")."""
    clauses = sentence.clauses
    if len(clauses) < 2 or clauses[0].kind != "main" or any(c.kind != "coordinated" for c in clauses[1:]):
        return None
    main = clauses[0]
    subject = main.role("subject")
    if len(subject) != 1 or not main.constituents or main.constituents[0].role not in SETTING_ROLES:
        return None
    setting = main.constituents[0]
    name = span_tokens(sentence, subject[0].start, subject[0].end)
    names = " ".join(t.text for t in name)
    if not name or any(t.tag != "NE" for t in name) or labels.get(names) != "person" and any(t.ent_label != "PER" for t in name):
        return None
    for clause in clauses:
        if not clause.sure or clause.mood != "indicative" or clause.voice != "active" or clause.auxiliary or clause.modal:
            return None
        if clause.negation is not None or clause.tense != main.tense or _spans(clause.role("subject")) != _spans(subject):
            return None
        if clause.finite is None or not all(c.sure and c.clause is None for c in clause.constituents):
            return None
    if any(t.text.lower() in CONTRASTING or t.tag in ("KOUS", "PRELS", "PWS", "$(") for t in sentence.tokens):
        return None
    verb = DOING_FORMS.get((main.tense, main.number))
    setting_tokens = span_tokens(sentence, setting.start, setting.end)
    if verb is None or not setting_tokens or setting_tokens[-1].i + 1 != main.finite:
        return None  # the setting alone in front of the verb
    done = [t for t in sentence.tokens if t.i >= main.finite and not subject[0].start <= t.i < subject[0].end]
    while done and done[-1].tag == "$.":
        done.pop()
    answer = "".join(t.text + t.whitespace for t in done).strip()
    where = realise.phrase(sentence, setting.start, setting.end)
    return f"Was {verb} {names} {where}?", Ask("Was", "was-tat", answer)


def _spans(constituents: tuple[Constituent, ...]) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in constituents]


def _partner(analysis: Analysis, sentence: Sentence) -> tuple[str, Ask] | None:
    """"Im Januar 2016 veröffentlichten Baekhyun und Bae Suzy ein Duett mit dem Titel „Dream“." →
    Mit wem veröffentlichte Baekhyun im Januar 2016 ein Duett mit dem Titel „Dream“? – mit Bae Suzy.
    Only when the first of two names joined by "und" is the article's title, the person the text
    is about: with whom the person worked is then the point, and the question keeps the clause
    whole (every word in a constituent, none of them a clause) with the verb in the singular."""
    title = analysis.article.title.strip()
    for clause in sentence.clauses:
        if not clause.sure or clause.kind != "main" or clause.mood != "indicative" or clause.modal or clause.negation is not None:
            continue
        subjects = clause.role("subject")
        if len(subjects) != 1 or clause.finite is None or not _whole_clause(sentence, clause):
            continue
        tokens = span_tokens(sentence, subjects[0].start, subjects[0].end)
        joined = [k for k, t in enumerate(tokens) if t.tag == "KON"]
        if len(joined) != 1 or tokens[joined[0]].text != "und":
            continue
        first, other = tokens[: joined[0]], tokens[joined[0] + 1 :]
        if " ".join(t.text for t in first) != title or not _capitalised_name(other):
            continue
        finite = next(t for t in sentence.tokens if t.i == clause.finite)
        verb = realise.finite_form(clause.lemma, finite.text, ("3", "Sing"))
        if verb is None:
            continue
        rest = [realise.phrase(sentence, c.start, c.end) for c in clause.constituents if c is not subjects[0]]
        right = [t.text for t in sentence.tokens if (t.i in clause.verbs or t.i == clause.particle) and t.i != clause.finite]
        if any(not part for part in rest):
            continue
        partner = " ".join(t.text for t in other)
        prompt = " ".join(["Mit wem", verb, title, *rest, *right]) + "?"
        return prompt, Ask("Mit wem", "mit-wem", partner, (f"mit {partner}",))
    return None


def _whole_clause(sentence: Sentence, clause: Clause) -> bool:
    """Every word of the clause outside punctuation is its verb or in one of its constituents,
    and no constituent is a clause or unsure."""
    placed = {i for c in clause.constituents for i in range(c.start, c.end)} | set(clause.verbs)
    if any(not c.sure or c.clause is not None for c in clause.constituents):
        return False
    return all(t.i in placed or t.tag.startswith("$") for t in sentence.tokens if t.i in clause.tokens)


def _capitalised_name(tokens: list[Token]) -> bool:
    """A name of one to four capitalised words ("Bae Suzy", "K.Will"): no article, pronoun or verb."""
    return 0 < len(tokens) <= 4 and all(t.text[:1].isupper() and t.tag in ("NE", "NN", "FM") for t in tokens)


# --- what X does there or then: the reversal readers ask for (round 21, issue 12: copy-outs) ----

# Verbs of a state or a relation, not a doing: "Was macht X in Y?" – "liegt am Fluss" is no answer
# to it, and their place or time is what the other questions ask.
STATE_VERBS = frozenset({"sein", "haben", "werden", "bleiben", "heißen", "gelten", "liegen", "stehen", "gehören",
                         "geben", "befinden", "bestehen", "enthalten", "zählen", "umfassen", "grenzen", "kosten",
                         "betragen", "messen", "wiegen", "besitzen", "leben", "wohnen", "sterben", "nennen",
                         "bezeichnen", "stammen", "kommen", "geboren", "gebären", "sitzen", "wachsen", "vorkommen",
                         "leiden", "versterben"})
# Roles of the predicate's content: an argument the doing has ("spielte Flöte", "macht einen Bogen").
CONTENT_ROLES = frozenset({"object_acc", "object_prep", "object_dat", "predicative"})
# Adverbs that point back to a place or time of an earlier sentence ("hier", "damals"): as a
# question's setting they leave the student to guess which.
POINTING_SETTINGS = frozenset({"hier", "dort", "da", "dann", "danach", "damals", "später", "zuvor", "daraufhin"})
DOING_PERFECT = {"Sing": "hat", "Plur": "haben"}
MAX_SETTING_WORDS = 5
MAX_DEED_WORDS = 14


def setting_asks(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans,
                 labels: dict[str, str]) -> list[tuple[str, Ask]]:
    """"In Bern, der Hauptstadt der Schweiz, macht der Fluss einen Bogen um die Altstadt herum." →
    Was macht die Aare in Bern? – macht einen Bogen um die Altstadt herum. Readers of round 21
    asked for exactly this reversal of "Wo macht die Aare einen Bogen …?": a question that names
    the place or time and asks what happens there needs the sentence read, where the copy of the
    predicate is answered by matching words. Only a clause of one doing (an object or predicative,
    no state verb), with the subject a named person or the text's topic."""
    deed = _setting_deed(analysis, sentence, clause, replace, labels)
    return [deed] if deed is not None else []


def _setting_deed(analysis: Analysis, sentence: Sentence, clause: Clause, replace: Spans,
                  labels: dict[str, str]) -> tuple[str, Ask] | None:
    if not _plain_clause(sentence, clause):
        return None
    subject = clause.role("subject")[0]
    name, person = _doer(analysis, sentence, subject, replace, labels)
    setting = _setting(sentence, clause, subject) if name is not None else None
    if name is None or setting is None:
        return None
    answer = _predicate(sentence, clause, (subject, *setting), replace)
    where = realise.phrase(sentence, setting[0].start, _setting_end(sentence, setting[-1]))
    if answer is None:
        return None
    if not person and clause.tense == "past" and setting[-1].role != "place":
        return _befell(name, where, answer, clause)
    rest = [c for c in clause.constituents if c is not subject and c not in setting]
    if clause.voice != "active" or not person and clause.tense != "present" or not _doing(clause, rest):
        return None  # "Was tat die Stadt 1900?": a thing's past is what happened to it, no doing
    number = clause.number or "Sing"
    if clause.tense == "perfect":
        prompt = f"Was {DOING_PERFECT[number]} {name} {where} gemacht?"
    else:
        prompt = f"Was {DOING_FORMS[(clause.tense, number)]} {name} {where}?"
    return prompt, Ask("Was", "was-tat", answer)


def _befell(name: str, when: str, answer: str, clause: Clause) -> tuple[str, Ask] | None:
    """"1925 wurde Eisenstadt zum Sitz der Landesregierung bestimmt" → Was geschah 1925 mit
    Eisenstadt? – wurde zum Sitz der Landesregierung bestimmt: what happened to the text's topic at
    a time, in the preterite: a passive, what it became or what it received or lost. Not what it
    did ("Erst 1965 verankerte Eisenstadt den Status …" happened to the status), and no figure
    ("wurden 1979 von nur 11.765 Touristen besucht" is a statistic for "Wie viele")."""
    if clause.voice == "active" and clause.lemma not in UNDERGOING_VERBS:
        return None
    if clause.lemma == "werden" and not clause.role("predicative") or re.search(r"\d", answer):
        return None
    dative = _dative(name, clause.number or "Sing")
    if dative is None:
        return None
    return f"Was geschah {when} mit {dative}?", Ask("Was", "was-geschah-mit", answer)


# Active verbs whose subject undergoes what they say: what became of it, what it got or lost.
UNDERGOING_VERBS = frozenset({"werden", "erhalten", "bekommen", "verlieren"})
DATIVE_ARTICLES = {("der", "Sing"): "dem", ("das", "Sing"): "dem", ("die", "Sing"): "der", ("die", "Plur"): "den"}


def _dative(name: str, number: str) -> str | None:
    """The topic's name after "mit": a name without article as it is ("Eisenstadt"), a definite
    one with the article in the dative and its adjectives in -en ("die ungarische Sprache" → der
    ungarischen Sprache); a plural noun adds its -n. None for anything longer."""
    words = name.split()
    if len(words) == 1:
        return name if words[0][:1].isupper() else None
    article = DATIVE_ARTICLES.get((words[0].lower(), number))
    if article is None or not all(w.endswith("e") and w.islower() for w in words[1:-1]) or not words[-1][:1].isupper():
        return None
    noun = words[-1]
    if number == "Plur" and not noun.endswith(("n", "s")):
        noun += "n"
    return " ".join([article, *(w + "n" for w in words[1:-1]), noun])


def _doing(clause: Clause, rest: list[Constituent]) -> bool:
    """A verb of doing in a tense "Was macht/tat/hat … gemacht" can ask, with an argument that
    carries the content (``CONTENT_ROLES``) or two phrases that say how and where ("fließt in einer
    engen Schlucht durch die Felsen"); one direction alone is a detail ("reiste durch ganz Amerika")."""
    if clause.lemma in STATE_VERBS or clause.tense == "perfect" and clause.auxiliary != "haben":
        return False  # "ist gereist": movement, not a doing "Was hat X gemacht?" asks
    return any(c.role in CONTENT_ROLES for c in rest) or len(rest) >= 2


def _plain_clause(sentence: Sentence, clause: Clause) -> bool:
    """A sure main clause in the indicative (present, preterite or perfect), no modal or
    negation, every word in a sure phrase that is no clause, no clause coordinated with it."""
    if not clause.sure or clause.kind != "main" or clause.mood != "indicative" or clause.voice not in ("active", "passive"):
        return False
    if clause.modal or clause.negation is not None or clause.finite is None:
        return False
    if clause.tense not in ("present", "past", "perfect") or clause.number not in ("Sing", "Plur", ""):
        return False
    if len(clause.role("subject")) != 1 or not _whole_clause(sentence, clause) or clause.role("complement"):
        return False
    return not any(other.kind == "coordinated" and other.parent == sentence.clauses.index(clause) for other in sentence.clauses)


def _doer(analysis: Analysis, sentence: Sentence, subject: Constituent, replace: Spans,
          labels: dict[str, str]) -> tuple[str | None, bool]:
    """The subject's name and whether it is a person: a person's name or a pronoun resolved to
    one, or the text's topic (its title, or its class noun "der Fluss" for the Aare)."""
    tokens = span_tokens(sentence, subject.start, subject.end)
    name = replace.get((subject.start, subject.end))
    if name is not None:
        known = labels.get(name) or labels.get(name.split()[-1])
        if known == "person":
            return name, True
        return (name, False) if _is_title(analysis, name) else (None, False)
    if tokens and all(t.tag == "NE" for t in tokens) and (all(t.ent_label == "PER" for t in tokens)
                                                          or labels.get(" ".join(t.text for t in tokens)) == "person"):
        return " ".join(t.text for t in tokens), True
    text = realise.phrase(sentence, subject.start, subject.end)
    return (text, False) if _is_title(analysis, text) else (None, False)


def _is_title(analysis: Analysis, name: str) -> bool:
    """The text's own topic ("die Aare" in "Aare"): its doings are what the text is about."""
    title = re.sub(r"\s*\(.*\)$", "", analysis.article.title).strip().lower()
    words = name.lower().split()
    if words and words[0] in ("der", "die", "das"):
        words = words[1:]
    return bool(title) and " ".join(words) == title


def _setting(sentence: Sentence, clause: Clause, subject: Constituent) -> tuple[Constituent, ...] | None:
    """The one place or time the question keeps: the phrase before the verb if it is one, else
    the first after the subject; a sure phrase with a noun or number in it ("in Bern", "mit elf
    Jahren", "1942"), not one that points back ("hier", "damals", "in dieser Zeit"). The words in
    front of the verb must be the subject or this setting, which may have a focus adverb before
    it ("Bereits mit elf Jahren"): another phrase there would have to move."""
    front = [c for c in clause.constituents if c.end <= (clause.finite or 0)]
    focus = front[:1] if len(front) == 2 and _focus_adverb(sentence, front[0]) else []
    front = front[len(focus):]
    settings = [c for c in clause.constituents if _is_setting(sentence, c)]
    if len(front) != 1 or front[0] is not subject and front[0] not in settings:
        return None
    setting = front[0] if front[0] in settings else next(iter(settings), None)
    if setting is None or any(c.end == setting.start and c.preposition for c in clause.constituents):
        return None  # right after a prepositional phrase it may be its attribute ("auf dem Friedhof am Berg Zion")
    tokens = span_tokens(sentence, setting.start, _setting_end(sentence, setting))
    if not 0 < len(tokens) <= MAX_SETTING_WORDS or any(t.text.lower() in POINTING_SETTINGS for t in tokens):
        return None
    if not any(t.tag in ("NN", "NE", "CARD") for t in tokens) or any(t.tag in ("PDAT", "PROAV", "PAV") for t in tokens):
        return None
    return (*focus, setting)


def _is_setting(sentence: Sentence, constituent: Constituent) -> bool:
    """A sure place or time, or an age ("mit elf Jahren", which the roles leave an adverbial)."""
    if not constituent.sure or constituent.clause is not None:
        return False
    if constituent.role in SETTING_ROLES:
        return True
    words = [t.text for t in span_tokens(sentence, constituent.start, constituent.end)]
    return len(words) == 3 and words[0] == "mit" and words[2] == "Jahren"


def _focus_adverb(sentence: Sentence, constituent: Constituent) -> bool:
    """"bereits", "schon", "erst" before a time: part of what the setting says."""
    words = span_tokens(sentence, constituent.start, constituent.end)
    return len(words) == 1 and words[0].text.lower() in ("bereits", "schon", "erst")


def _setting_end(sentence: Sentence, setting: Constituent) -> int:
    """Where the setting ends before an apposition ("In Bern, der Hauptstadt der Schweiz," → in
    Bern): the apposition is a detail the question need not copy."""
    comma = next((t.i for t in span_tokens(sentence, setting.start, setting.end) if t.tag == "$,"), None)
    return comma if comma is not None else setting.end


def _predicate(sentence: Sentence, clause: Clause, left_out: tuple[Constituent, ...], replace: Spans) -> str | None:
    """The clause from its finite verb on without the subject and the setting, as the text words
    it ("macht einen Bogen um die Altstadt herum"): verb second, particle and participle where
    they stand. None with a personal pronoun the names do not resolve (whose "ihn"?), a year, or
    when long."""
    gone = {i for c in left_out for i in range(c.start, c.end)}
    words = [t for t in sentence.tokens if t.i in clause.tokens and t.i >= (clause.finite or 0) and t.i not in gone]
    while words and words[-1].tag.startswith("$"):
        words.pop()
    if len(words) < 2 or len(words) > MAX_DEED_WORDS or any(t.tag in ("$(", "$,") for t in words):
        return None
    for token in words:
        if token.tag == "PPER" and not any(start <= token.i < end for start, end in replace):
            return None
        if token.tag == "CARD" and token.text.isdigit() and 1000 <= int(token.text) <= 2099:
            return None  # "heiratete die Miss World des Jahres 1990" under "1992": which year is the doing's?
    return " ".join(realise.render(sentence, first.i, last.i + 1, replace) for first, last in _runs(words))


def _runs(words: list[Token]) -> list[tuple[Token, Token]]:
    """The runs of consecutive tokens, as (first, last)."""
    runs: list[tuple[Token, Token]] = []
    for token in words:
        if runs and runs[-1][1].i + 1 == token.i:
            runs[-1] = (runs[-1][0], token)
        else:
            runs.append((token, token))
    return runs


def copied_share(prompt: str, sentence: Sentence) -> float:
    """The share of the sentence's content words (nouns, names, full verbs, adjectives, numbers)
    the question repeats: for "In Bern, der Hauptstadt der Schweiz, macht der Fluss einen Bogen um die
    Altstadt herum." 0.43 for "Wo macht die Aare einen Bogen um die Altstadt herum?", where a student
    answers by matching words, 0.29 for "Was macht die Aare in Bern?". Of two questions
    from one clause the one that copies less asks more reading (readers' commonest complaint). A date
    the question names is copied like a word: "Was geschah im 17. Jahrhundert mit Tabak?" copies no
    less than "Wann wurde Tabak auch in Europa angebaut?"."""
    # an ordinal's point is no part of the word the question repeats: "im 17. Jahrhundert"
    content = {t.text.lower().rstrip(".") for t in sentence.tokens if t.tag.startswith(("NN", "NE", "VV", "ADJ", "CARD"))}
    if not content:
        return 0.0
    asked = {w.lower() for w in re.findall(r"\w[\w\-]*", prompt)}
    return round(len(content & asked) / len(content), 2)


# --- the name of a relative ("Wie hieß Thickes dritter Sohn?") ------------------------------------

# Nouns of kinship and marriage: with an owner ("Thickes Sohn", "sein Vater") they name one person,
# whose name people ask for ("Wie hieß ihr Sohn?", "Wer war sein Vater?", MLQA).
RELATIVE_NOUNS = frozenset({"Sohn", "Söhne", "Tochter", "Töchter", "Vater", "Mutter", "Bruder", "Brüder", "Schwester",
                            "Schwestern", "Enkel", "Enkelin", "Großvater", "Großmutter", "Onkel", "Tante", "Ehefrau",
                            "Ehemann", "Frau", "Mann", "Witwe", "Gattin", "Gatte", "Verlobte", "Verlobter", "Cousin",
                            "Cousine", "Neffe", "Nichte", "Stiefvater", "Stiefmutter", "Stiefsohn", "Stieftochter",
                            "Nachfolger", "Nachfolgerin", "Vorgänger", "Vorgängerin"})
PLURAL_RELATIVES = frozenset({"Söhne", "Töchter", "Brüder", "Schwestern"})


def relative_asks(sentence: Sentence, clause: Clause, owners: dict[int, str]) -> list[tuple[str, Ask]]:
    """"In dieser Ehe kam Thickes dritter Sohn Carter William zur Welt." → Wie hieß Thickes dritter
    Sohn? – Carter William; "Sein Nachfolger wurde Abe Spear." (sein: Morton) → Wer wurde Mortons
    Nachfolger? – Abe Spear. A kinship noun with its owner in front (a name in the genitive, or "sein"/"ihr"
    whose owner ``owners`` is certain of) names one person: the name beside it answers who that is,
    which no role question asks ("Wer kam in dieser Ehe zur Welt?" loses the point). Only the subject
    (the phrase stays in the nominative as written) or a copula's noun beside a name
    (``_copula_relative``); the adjectives keep their endings, as a genitive in front declines them
    like "sein"."""
    if not clause.sure or clause.mood != "indicative" or clause.kind not in ("main", "coordinated"):
        return []
    verb = "heißt" if clause.tense == "present" else "hieß"
    found = []
    for subject in clause.role("subject"):
        tokens = span_tokens(sentence, subject.start, subject.end)
        split = _relative_split(tokens, owners)
        if subject.sure and split is not None and _whole_name(split[1]):
            phrase, name = split
            found.append((f"Wie {verb + 'en' if phrase[-1] in PLURAL_RELATIVES else verb} {' '.join(phrase)}?",
                          Ask("Wie", "wie-hiess", " ".join(t.text for t in name))))
    found += _copula_relative(sentence, clause, owners)
    return found


def _copula_relative(sentence: Sentence, clause: Clause, owners: dict[int, str]) -> list[tuple[str, Ask]]:
    """"König Georg II. war sein Großvater", "Sein Nachfolger wurde Abe Spear" → Wer war/wurde
    <owner>s N? – the name: a copula clause of a name and a bare kinship or succession noun with
    its owner, in either order, the noun phrase ending the clause or standing first."""
    predicatives, subjects = clause.role("predicative"), clause.role("subject")
    if clause.lemma not in ("sein", "werden") or len(predicatives) != 1 or len(subjects) != 1 or clause.finite is None:
        return []
    finite = next(t for t in sentence.tokens if t.i == clause.finite)
    if finite.text not in ("ist", "war", "wird", "wurde") or clause.negation is not None:
        return []
    pair = [span_tokens(sentence, c.start, c.end) for c in (subjects[0], predicatives[0])]
    for named, phrase in (pair, pair[::-1]):
        split = _relative_split(phrase, owners, bare=True)
        if split is not None and _whole_name(named) and len(clause.constituents) == 2:
            return [(f"Wer {finite.text} {' '.join(split[0])}?", Ask("Wer", "wer-ist", " ".join(t.text for t in named)))]
    return []


def _relative_split(tokens: list[Token], owners: dict[int, str], bare: bool = False) -> tuple[list[str], list[Token]] | None:
    """The phrase naming the relative ("Thickes dritter Sohn", the possessive restated with its
    owner) and the name after it, or None: the owner first, then adjectives, then the kinship noun.
    ``bare``: the noun must end the phrase (no name after it)."""
    nouns = [k for k, t in enumerate(tokens) if t.tag == "NN" and t.text in RELATIVE_NOUNS]
    if len(nouns) != 1 or nouns[0] == 0:
        return None
    k = nouns[0]
    owner, adjectives, name = tokens[0], tokens[1:k], tokens[k + 1 :]
    if any(t.tag != "ADJA" for t in adjectives) or bool(name) == bare:
        return None
    if owner.tag == "PPOSAT":
        named = owners.get(owner.i, "")
        if not named or not named[:1].isupper() or named.split()[0].lower() in ("der", "die", "das") or named[-1] == ".":
            return None  # "die Königin", "Georg III.": no genitive "s" fits
        genitive = named + "’" if named[-1] in "sßxz" else named + "s"
    elif owner.tag == "NE" and owner.text.endswith("s") and len(owner.text) > 2:
        genitive = owner.text
    else:
        return None
    return [genitive, *(t.text for t in adjectives), tokens[k].text], name


def _whole_name(tokens: list[Token]) -> bool:
    """A person's name and nothing else: proper nouns (or words of a PER entity), capitalised first."""
    return bool(tokens) and len(tokens) <= 5 and tokens[0].text[:1].isupper() and all(
        t.tag in ("NE", "FM") or t.ent_label == "PER" or t.text in NAME_PARTICLES for t in tokens)
