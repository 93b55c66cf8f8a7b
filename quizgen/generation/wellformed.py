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
  noun or name before it in the same string: each needs a referent the reader cannot see;
- a plausible length (questions at most 16 words).

``question_problems`` / ``statement_problems`` return the reasons (for tests and for reading
what was filtered); the ``well_formed_*`` functions return a bool.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Article, Sentence, Token

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
                              "hierbei", "hiervon", "dorthin", "dort", "hier", "damals", "dann"})
QUESTION_WORDS = frozenset({"wer", "wen", "wem", "wessen", "was", "wann", "wo", "wohin", "woher", "warum", "wozu",
                            "wie", "welche", "welcher", "welches", "welchen", "welchem", "woran", "worauf", "woraus",
                            "wobei", "wodurch", "wofür", "wogegen", "worin", "womit", "wonach", "worüber", "worum",
                            "worunter", "wovon", "wovor", "wozwischen", "weshalb", "wieso"})
REFERRING_PRONOUNS = frozenset({"er", "sie", "es", "ihn", "ihm", "ihr", "ihnen", "dies", "dieses", "diese", "dieser",
                                "diesen", "diesem", "jene", "jener", "jenes", "jenen", "jenem", "derselbe",
                                "dieselbe", "dasselbe", "solche", "solcher", "solches"})


def well_formed_question(text: str, *, word: str = "", verbs: tuple[str, ...] = (),
                         max_words: int = MAX_QUESTION_WORDS) -> bool:
    """Does the W-question ``text`` (question phrase ``word``) read as one good question?"""
    return not question_problems(text, word=word, verbs=verbs, max_words=max_words)


def well_formed_statement(text: str, *, verbs: tuple[str, ...] = (), max_words: int = MAX_STATEMENT_WORDS,
                          max_clauses: int = 1) -> bool:
    """Does the statement ``text`` read as one self-contained verb-second sentence?"""
    return not statement_problems(text, verbs=verbs, max_words=max_words, max_clauses=max_clauses)


def question_problems(text: str, *, word: str = "", verbs: tuple[str, ...] = (),
                      max_words: int = MAX_QUESTION_WORDS) -> tuple[str, ...]:
    """Why ``text`` is no good W-question (empty when it is one)."""
    if not text.endswith("?"):
        return ("no question mark",)
    if word and not text.startswith(word + " "):
        return ("does not start with its question phrase",)
    sentence = _parse(text)
    if sentence is None:
        return ("not one sentence",)
    tokens = [t for t in sentence.tokens if not t.tag.startswith("$")]
    lead = len(word.split()) if word else _question_phrase_length(tokens)
    lead_verb = tokens[lead] if 0 < lead < len(tokens) else None
    problems = list(_shared_problems(sentence, tokens, verbs, max_words, 1, lead_verb))
    if lead == 0:
        problems.append("no question word first")
    elif len(tokens) <= lead or tokens[lead].tag not in VERB_TAGS:
        problems.append("the finite verb is not right after the question phrase")
    if any(t.tag.startswith("PW") or t.text.lower() in ("wer", "wen", "wem", "was") for t in tokens[max(lead, 1) :]):
        problems.append("a second question word")
    return tuple(dict.fromkeys(problems))


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
    words = [t.text.lower() for t in tokens]
    for verb in verbs:
        if words.count(verb.lower()) != 1 and verb.lower() not in doubled:
            problems.append(f"verb {verb} not there once")
    return problems


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
    content = [t for t in tokens if t.tag not in VERB_TAGS and t.tag != "PTKVZ"]
    if len(content) > 1 and content[-1].text.lower() in END_PARTICLES:
        measured = content[-1].text.lower() in ("lang", "lange") and content[-2].tag in ("NN", "CARD")
        if not measured:  # "1500 Jahre lang" is whole; "Wie lange bestand sie lang?" is not
            problems.append(f"dangling at the end: {content[-1].text}")
    return problems


def _unreferred(tokens: list[Token]) -> list[str]:
    """Pronouns and demonstratives whose referent is outside the string."""
    problems: list[str] = []
    geben = any(t.lemma == "geben" for t in tokens)
    for k, token in enumerate(tokens):
        lowered = token.text.lower()
        if token.tag == "PPER" and lowered in ("ich", "du", "wir", "ihr", "mich", "mir", "dich", "dir", "uns", "euch"):
            problems.append(f"first or second person: {token.text}")
        elif token.tag in ("PPER", "PDS", "PDAT") and lowered in REFERRING_PRONOUNS:
            if lowered == "es" and geben:
                continue  # "Wie viele Einwohner gibt es …?"
            problems.append(f"no referent: {token.text}")
        elif token.tag == "PPOSAT" and not any(t.tag in ("NN", "NE") for t in tokens[1:k]):
            problems.append(f"possessive without referent: {token.text}")
    return problems


def _question_phrase_length(tokens: list[Token]) -> int:
    """The words of a question phrase before the finite verb: "Wer", "Mit wem", "Wie viele X"."""
    first_verb = next((k for k, t in enumerate(tokens) if t.tag in VERB_TAGS), None)
    if first_verb is None or first_verb == 0:
        return 0
    if any(t.tag.startswith("PW") or t.text.lower() in QUESTION_WORDS for t in tokens[:2]):
        return first_verb
    return 0


# --- parsing ----------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _parse(text: str) -> Sentence | None:
    """The string analysed by the offline pipeline, or None when it is not one sentence."""
    from ..analysis import analyze, load_pipeline

    article = Article(title="", text=text, source="wellformed", stem="wellformed", paragraphs=((0, len(text)),))
    analysis = analyze(load_pipeline("offline"), article)
    return analysis.sentences[0] if len(analysis.sentences) == 1 else None
