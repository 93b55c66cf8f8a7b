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

Only a person named in the clause or a pronoun ``wh_more`` resolves to a known person's name: "Als was
arbeiteten die Männer?" would leave the men unnamed.
"""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace

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
        verb = "ist" if tense == "present" else "war"
        found.append((f"Wer {verb} {name}?", Ask("Wer", "wer-ist", answer)))
    return found


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
