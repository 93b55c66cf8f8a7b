"""The verb complex of a clause: finite verb, auxiliaries, modal, voice, tense, mood, agreement.

Forms are checked against ablaut's conjugation tables (MIT), cached per lemma, so that
"forderte" is past, "hätte" Konjunktiv II and "seien" Konjunktiv I; ablaut also tells
whether a verb forms its perfect with sein (then "ist gekommen" is a perfect, while
"ist geschlossen" is a state passive).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import Token

MODALS = frozenset({"können", "müssen", "dürfen", "sollen", "wollen", "mögen", "möchten"})
AUXILIARIES = frozenset({"haben", "sein", "werden"})
COPULAS = frozenset({"sein", "werden", "bleiben", "heißen", "scheinen"})
# Person/number slots in ablaut's tables: 1sg, 2sg, 3sg, 1pl, 2pl, 3pl.
SLOTS = (("1", "Sing"), ("2", "Sing"), ("3", "Sing"), ("1", "Plur"), ("2", "Plur"), ("3", "Plur"))
_TABLES = (("present", "present", "indicative"), ("preterite", "past", "indicative"),
           ("konjunktiv1", "present", "subjunctive"), ("konjunktiv2", "past", "subjunctive"))


@dataclass(frozen=True, slots=True)
class FormInfo:
    """What a finite form can be: (tense, mood, slot index) triples."""

    readings: frozenset[tuple[str, str, int]]
    auxiliary: str  # haben/sein: the verb's perfect auxiliary


@lru_cache(maxsize=8192)
def _table(lemma: str) -> dict[str, set[tuple[str, str, int]]] | None:
    import ablaut

    try:
        conjugation = ablaut.conjugate(lemma)
    except Exception:  # noqa: BLE001  (ablaut raises various errors on odd input)
        return None
    forms: dict[str, set[tuple[str, str, int]]] = {}
    for attribute, tense, mood in _TABLES:
        for slot, entry in enumerate(getattr(conjugation, attribute, None) or ()):
            if not entry:
                continue
            words = entry.split()
            joined = (words[-1] + words[0]) if len(words) > 1 else words[0]
            for form in {words[0], joined}:
                forms.setdefault(form.lower(), set()).add((tense, mood, slot))
    forms["__aux__"] = {(conjugation.auxiliary or "haben", "", 0)}
    return forms


@lru_cache(maxsize=16384)
def form_info(form: str, lemma: str) -> FormInfo | None:
    """The readings of a finite form of ``lemma``; None when ablaut does not know the verb."""
    lemma = lemma.removeprefix("sich ").strip().lower()
    if not lemma.isalpha() or not lemma.endswith("n"):
        return None
    table = _table(lemma)
    if table is None:
        return None
    auxiliary = next(iter(table["__aux__"]))[0]
    found = table.get(form.lower()) or table.get(form.lower().replace("ß", "ss"))  # old spelling: muß, schloß
    if not found:
        return FormInfo(frozenset(), auxiliary)
    # A form that is also indicative is read as indicative (sollte, machte, fordern).
    indicative = {r for r in found if r[1] == "indicative"}
    subjunctive = {r for r in found if r[1] == "subjunctive" and (r[0], "indicative", r[2]) not in indicative}
    return FormInfo(frozenset(indicative | subjunctive), auxiliary)


def subjunctive_for(finite: Token, person: str, number: str) -> bool:
    """Is the finite form, with a subject of this person and number, only a subjunctive? "habe",
    "werde", "gebe" are indicative for "ich" alone: "dass Oscar Bilby … verkauft habe" is
    reported speech (Konjunktiv I)."""
    if person != "3":
        return False
    info = form_info(finite.text, finite.lemma)
    if info is None or not info.readings:
        return False
    slots = {"Sing": {2}, "Plur": {5}}.get(number, {2, 5})
    indicative = {r[2] for r in info.readings if r[1] == "indicative"}
    subjunctive = {r[2] for r in info.readings if r[1] == "subjunctive"}
    return bool(slots & subjunctive) and not slots & indicative


def perfect_auxiliary(lemma: str) -> str:
    info = form_info(lemma, lemma)
    return info.auxiliary if info else "haben"


@dataclass(frozen=True, slots=True)
class VerbComplex:
    verbs: tuple[int, ...]
    finite: int | None
    lemma: str
    auxiliary: str
    modal: str
    voice: str
    tense: str
    mood: str
    slots: frozenset[int]  # person/number slots the finite form allows (empty: unknown)
    copula: bool  # the main verb is sein/werden/bleiben … without another verb


def _is_verb(token: Token) -> bool:
    return token.tag.startswith("V")


# Full verbs that take a participle into their verb complex: the bekommen-passive ("bekam das
# Buch geschenkt"), a verb of motion with the manner of moving ("kam angelaufen"), "gehört
# verboten". After any other full verb a participle describes the subject or object.
PARTICIPLE_HOSTS = frozenset({"bekommen", "kriegen", "erhalten", "kommen", "gehören"})


def depictive_participles(tokens: list[Token], finite: Token | None) -> list[Token]:
    """Participles that are no part of the verb complex: after a finite full verb they say in what
    state someone does something ("Sie legten sich nackt oder in Decken *gehüllt* auf den
    Boden": the verb is legen, not hüllen). With a finite auxiliary or modal ("hat gelegt",
    "wurde gehüllt") the participle is the clause's verb. So it is where the clause goes on after
    it with other words and no verb: a participle at the clause's end or before another verb is
    more often a past form the tagger took for one ("wo Unbekannte … feuerten und dabei sechs
    Schwarze *erschossen*") or the verb of a relative clause left without its comma ("aus
    Fertigprodukten die nach Packungsanweisung *zubereitet werden*")."""
    if finite is None or finite.tag != "VVFIN" or finite.lemma.lower() in PARTICIPLE_HOSTS:
        return []
    found = []
    for n, token in enumerate(tokens):
        rest = [t for t in tokens[n + 1 :] if t.tag[:1] != "$"]
        if token.tag == "VVPP" and token.i > finite.i and rest and not any(_is_verb(t) for t in rest):
            found.append(token)
    return found


def analyse(tokens: list[Token], finite: Token | None) -> VerbComplex:
    """The verb complex of a clause's verbs (text order), with its finite verb if known."""
    depictive = {t.i for t in depictive_participles(tokens, finite)}
    verbs = [t for t in tokens if _is_verb(t) and t.i not in depictive]
    lemmas = [t.lemma.lower() for t in verbs]
    nonfinite = [t for t in verbs if t is not finite]
    participles = [t for t in nonfinite if t.tag.endswith("PP")]
    infinitives = [t for t in nonfinite if t.tag.endswith(("INF", "IZU"))]
    full = [t for t in verbs if t.tag.startswith("VV")]
    main = full[-1] if full else None
    modal = next((t.lemma.lower() for t in verbs if t.tag.startswith("VM") or t.lemma.lower() in MODALS and t is finite and nonfinite), "")
    if main is None:  # sein/haben/werden or a modal as full verb
        candidates = [t for t in verbs if t.lemma.lower() not in MODALS or len(verbs) == 1]
        main = candidates[-1] if candidates else (verbs[-1] if verbs else None)
    lemma = main.lemma if main is not None else ""
    werden_pp = any(t.lemma.lower() == "werden" for t in verbs) and bool(participles)
    worden = any(t.text.lower() == "worden" for t in verbs)
    future_perfect = werden_pp and any(t.lemma.lower() in ("haben", "sein") and t.tag.endswith("INF") for t in verbs)
    voice = "active"
    if (werden_pp and not future_perfect) or worden:
        voice = "passive"
    elif (
        finite is not None
        and finite.lemma.lower() == "sein"
        and main is not None
        and main.tag == "VVPP"
        and perfect_auxiliary(main.lemma) != "sein"
    ):
        voice = "state"
    auxiliary = ""
    if voice == "passive":
        auxiliary = "werden"
    elif participles and any(lemma_ in ("haben", "sein") for lemma_ in lemmas):
        auxiliary = "sein" if "sein" in lemmas else "haben"
    elif "werden" in lemmas and infinitives:
        auxiliary = "werden"
    copula = main is not None and main.lemma.lower() in COPULAS and not participles and not (
        main.lemma.lower() == "werden" and any(t is not main for t in infinitives)
    )  # "soll ein Zentrum werden": werden is the modal's infinitive, a copula still
    tense, mood, slots = _finite_features(finite)
    tense = _compound_tense(tense, finite, verbs, voice, auxiliary, infinitives)
    return VerbComplex(
        verbs=tuple(t.i for t in tokens if (_is_verb(t) and t.i not in depictive) or t.particle_of is not None
                    or t.tag == "PTKZU"),
        finite=finite.i if finite is not None else None,
        lemma=lemma,
        auxiliary=auxiliary if not copula else "",
        modal=modal,
        voice=voice,
        tense=tense,
        mood=mood,
        slots=slots,
        copula=copula,
    )


def _finite_features(finite: Token | None) -> tuple[str, str, frozenset[int]]:
    if finite is None:
        return "", "indicative", frozenset()
    info = form_info(finite.text, finite.lemma)
    if info is None or not info.readings:
        return _guess_features(finite)
    tenses = {r[0] for r in info.readings}
    moods = {r[1] for r in info.readings}
    tense = "past" if tenses == {"past"} else "present"
    mood = "subjunctive" if moods == {"subjunctive"} else "indicative"
    return tense, mood, frozenset(r[2] for r in info.readings)


def _guess_features(finite: Token) -> tuple[str, str, frozenset[int]]:
    """Person/number from the ending when ablaut does not know the verb."""
    word = finite.text.lower()
    if word.endswith("en") or word == "sind":
        return "present", "indicative", frozenset({3, 5})
    if word.endswith("st"):
        return "present", "indicative", frozenset({1})
    if word.endswith("t"):
        return "present", "indicative", frozenset({2, 4})
    return "present", "indicative", frozenset()


def _compound_tense(
    tense: str, finite: Token | None, verbs: list[Token], voice: str, auxiliary: str, infinitives: list[Token]
) -> str:
    if finite is None:
        return ""
    finite_lemma = finite.lemma.lower()
    worden = any(t.text.lower() == "worden" for t in verbs)
    if finite_lemma == "werden" and any(t.lemma.lower() in ("werden", "haben", "sein") and t.tag.endswith("INF") for t in verbs):
        return "future"
    if finite_lemma == "werden" and infinitives and voice != "passive":
        return "future"
    if (auxiliary in ("haben", "sein") and finite_lemma in ("haben", "sein")) or worden:
        return "pluperfect" if tense == "past" else "perfect"
    return tense
