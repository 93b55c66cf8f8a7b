"""Verb principal parts from ablaut (MIT): fordert auf, forderte auf, hat aufgefordert.

ablaut needs a bare infinitive and knows one conjugation per verb. Four things it cannot
know are decided here, each from what the article shows first and from a rule otherwise:

- two conjugations: hängen (hing/hängte), erschrecken, senden, verwenden: the article's
  Partizip II picks the one it uses; a finite form mistagged as participle (braucht) is no
  evidence against the parts;
- prefixes that are separable or not (unter, über, durch, um, wider, wieder, hinter, voll):
  the article's participle, separated particle or a finite verb joined in a main clause decides
  (unterschrieben / schreibt … unter / durchbricht die Bergkette); else, with an accusative
  object, the variant whose Partizip II is clearly the commoner (durchbrochen); else the variant
  whose Partizip II is in use (wordfreq) wins over one nobody writes (untergeschrieben);
- the auxiliary: the article's perfect decides (hat das Auto gefahren, ist gelandet); a reflexive
  verb takes haben (sich beeilen), and so does a be- verb (bekommen, besteigen: be- makes a
  verb transitive) and an inseparable über/unter/durch/um verb built on a verb of motion
  (überfahren). ablaut marks sein only for some verbs of motion: the others (wandern, landen,
  passieren, treten …, MOTION_VERBS) take sein where the article uses them without an
  accusative object, as do their separable verbs (abbiegen, entgegentreten: the particle
  keeps the base's motion); with an object they take haben (hat die Maschine gelandet), and so
  does a participle before a noun (ein gebogener Stab: hat gebogen). A verb of a manner of
  moving (stürmen, tanzen: DIRECTED_MOTION_VERBS) takes sein where the article gives it a
  direction and no object (in die Stadt stürmten), haben otherwise. A separable verb made of
  an adjective (abkühlen) names a change of state and takes sein where the article uses it
  without an object (die Beziehung kühlt ab: ist abgekühlt);
- a participle without ge- (offenbart) where the article writes it so and ablaut's ge- form
  (geoffenbart) is hardly written.

A double particle is written apart in the finite forms: stellt wieder her, not "wiederher".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

# Prefixes that make separable verbs in one sense and inseparable ones in another.
AMBIGUOUS_PREFIXES = ("durch", "hinter", "über", "um", "unter", "voll", "wider", "wieder")
# Verbs of motion and of happening that take sein when used without an accusative object
# (Duden: "ist gewandert", "ist gelandet", "ist passiert", "ist aus der Band ausgeschieden")
# and that ablaut marks with haben only; verbs it marks sein (gehen, fahren, fliegen,
# klettern …) need no entry.
MOTION_VERBS = frozenset(
    """biegen bummeln eilen joggen landen paddeln passieren rasen reiten rudern scheiden segeln
    spazieren starten stürzen surfen tauchen treten wandern""".split()  # noqa: SIM905
)
# Verbs of a manner of moving (or of weather) that take haben where they name the manner or the
# weather alone (es hat gestürmt, sie hat getanzt) and sein where they move something somewhere
# (Soldaten sind in die Stadt gestürmt, ist durch den Saal getanzt: Duden). ablaut marks them
# haben only; the article's direction decides (Usage.directions).
DIRECTED_MOTION_VERBS = frozenset(
    """flattern galoppieren hetzen hinken humpeln marschieren rollen sausen strömen stürmen taumeln
    tanzen torkeln""".split()  # noqa: SIM905
)
UNUSED_ZIPF = 1.0  # a participle this rare is not written (untergeschrieben: 0.0)
USED_ZIPF = 2.0  # the other variant's participle must be this common to win
COMMONER_PARTICIPLE = 0.5  # Zipf by which one variant's participle must lead to tell the variant
ADJECTIVE_ZIPF = 3.5  # the adjective a change-of-state verb is made from is a common word (kühl 3.9)


@dataclass(frozen=True, slots=True)
class PrincipalParts:
    present: str  # 3rd person singular present: "fordert auf"
    preterite: str  # 3rd person singular Präteritum: "forderte auf"
    participle: str  # Partizip II: "aufgefordert"
    auxiliary: str  # haben / sein
    prefix: str  # separable prefix: "auf", or ""

    @property
    def auxiliary_3sg(self) -> str:
        return "ist" if self.auxiliary == "sein" else "hat"


@dataclass(frozen=True, slots=True)
class Usage:
    """What the article shows of a verb: its participles, particles and perfects."""

    participles: tuple[str, ...] = ()  # Partizip II forms as written
    # a particle stood apart (schreibt … unter) or zu inside (unterzuschreiben)
    separated: bool = False
    perfects: tuple[tuple[str, str], ...] = ()  # (form, haben/sein) of a form beside an auxiliary
    reflexive: bool = False
    # one flag per occurrence whose clause the analysis read: has it an accusative object?
    objects: tuple[bool, ...] = ()
    finites: tuple[str, ...] = ()  # finite forms as written (erschuf, bot)
    # the finite verb stood joined with its prefix in a verb-second clause ("unterstellte sich dem
    # Zaren"): a separable verb would have left its particle at the clause's end
    joined: bool = False
    # one flag per occurrence whose clause the analysis read: has it a phrase of direction ("in
    # die Stadt", "nach Berlin", "durch den Saal")?
    directions: tuple[bool, ...] = ()


@lru_cache(maxsize=20000)
def _conjugate(infinitive: str) -> PrincipalParts | None:
    import ablaut

    try:
        table = ablaut.conjugate(infinitive)
    except (ValueError, TypeError):
        return None
    present = table.present[2]
    preterite = table.preterite[2]
    participle = table.past_participle
    if not (present and preterite and participle):
        return None
    prefix = present.split()[-1] if " " in present else ""
    if prefix:  # stellt wiederher → stellt wieder her
        present, preterite = (f"{form.rsplit(' ', 1)[0]} {_apart(prefix)}" for form in (present, preterite))
    return PrincipalParts(present, preterite, participle, table.auxiliary or "haben", prefix)


@lru_cache(maxsize=20000)
def _finite_forms(infinitive: str) -> frozenset[str]:
    """Every finite form ablaut gives the verb (present, preterite, both Konjunktive), with a
    separable particle apart (bot an → bot) and joined (anbot, as a subordinate clause writes
    it). ablaut conjugates a verb it does not know as a weak one; a form the text writes that
    is not among these shows that its table is a guess."""
    import ablaut

    table = ablaut.conjugate(infinitive)
    forms: set[str] = set()
    for name in ("present", "preterite", "konjunktiv1", "konjunktiv2"):
        for cell in getattr(table, name) or ():
            words = cell.split()
            forms.update((words[0], "".join(words[1:]) + words[0]))
    return frozenset(forms)


def _known_finites(infinitive: str) -> frozenset[str]:
    """The finite forms of the verb in either variant of an ambiguous prefix: ablaut knows
    übergehen only as the inseparable verb (übergeht, überging), and "ging die Nutzung auf das
    Tochterunternehmen über" writes the separable one's "ging", which is no sign of a wrong
    table (round 15's readers found übergehen with no forms at all). The base verb's forms, apart
    and joined with the prefix (ging, überging), are the separable variant's."""
    forms = _finite_forms(infinitive)
    prefix = next((p for p in AMBIGUOUS_PREFIXES if infinitive.startswith(p) and len(infinitive) > len(p) + 3), "")
    base = infinitive[len(prefix) :]
    if not prefix or _conjugate(base) is None:
        return forms
    return forms | {form for own in _finite_forms(base) for form in (own, prefix + own)}


def _apart(prefix: str) -> str:
    """A separable prefix as the finite forms write it: "wieder her" for wiederher, whose two
    particles stand apart (stellt wieder her); a single particle as it is (hinzu, voran)."""
    from ..analysis.hanta import SEPARABLE_PARTICLES

    if prefix in SEPARABLE_PARTICLES:
        return prefix
    for split in range(2, len(prefix) - 1):
        first, second = prefix[:split], prefix[split:]
        if first in SEPARABLE_PARTICLES and second in SEPARABLE_PARTICLES:
            return f"{first} {second}"
    return prefix


def principal_parts(
    infinitive: str, participles: Iterable[str] = (), usage: Usage | None = None
) -> PrincipalParts | None:
    """Principal parts of a verb as the article uses it, or None when unknown or contradicted."""
    usage = usage or Usage()
    reflexive = usage.reflexive or infinitive.startswith("sich ")
    infinitive = infinitive.removeprefix("sich ").strip()
    if not infinitive.isalpha() or not infinitive.islower() or not infinitive.endswith("n"):
        return None
    parts = _conjugate(infinitive)
    if parts is None:
        return None
    seen = [form.lower() for form in (*participles, *usage.participles)]
    parts = _prefix_variant(infinitive, parts, _telling(seen, infinitive, usage), usage.separated, usage.objects, usage.joined)
    weak = _weak(infinitive, parts)
    if (
        weak.participle != parts.participle
        and seen.count(weak.participle) > seen.count(parts.participle)
        and _written(weak.preterite.split()[0])
    ):
        parts, weak = weak, parts  # hängte/gehängt, not hing/gehangen
    if any(form.lower() not in _known_finites(infinitive) for form in usage.finites):
        return None  # Frommer erschuf: ablaut's regular guess (erschaffte, hat erschafft) is wrong
    # braucht, verwenden, (die in eine Zone) übergeht: a finite form or infinitive tagged as
    # participle is no evidence
    present = parts.present.split()[0]
    if any(
        form not in (parts.participle, weak.participle, present, parts.prefix + present, infinitive)
        for form in seen
    ):
        return None
    parts = _without_ge(parts, usage.participles)
    return replace(parts, auxiliary=_auxiliary(infinitive, parts, usage, reflexive))


def _telling(seen: list[str], infinitive: str, usage: Usage) -> list[str]:
    """The participles that tell the variant of a prefix verb: "würde man umfallen" writes an
    infinitive a tagger takes for the inseparable participle it is spelt like (umfallen,
    umfahren), which tells nothing unless a perfect's auxiliary stands with it ("hat den Stau
    umfahren"); taken for one, it carded umfallen "umfällt, umfiel, hat umfallen"."""
    perfect = {form.lower() for form, _ in usage.perfects}
    return [form for form in seen if form != infinitive or form in perfect]


def _without_ge(parts: PrincipalParts, participles: Iterable[str]) -> PrincipalParts:
    """The participle without ge- where the article writes it so and ablaut's ge- form is
    hardly written (below ``USED_ZIPF``): "die nur dem Zuschauer offenbart werden" gives
    offenbaren the participle offenbart, not the archaic geoffenbart that readers found on its
    card (a verb stressed after its first syllable takes no ge-). A common ge- form stays:
    "gebraucht" is no less right for a "braucht" a tagger took for a participle."""
    prefix = parts.prefix
    rest = parts.participle[len(prefix) :]
    if not rest.startswith("ge") or _written(parts.participle, USED_ZIPF):
        return parts
    bare = prefix + rest[len("ge") :]
    if bare not in (form.lower() for form in participles):
        return parts
    return replace(parts, participle=bare)


def _written(form: str, threshold: float = UNUSED_ZIPF) -> bool:
    """Is this verb form in use? A verb has a weak conjugation beside its strong one only where
    its weak preterite is written (hängte, verwendete, erschreckte); "unterstehte", "übergehte"
    are nobody's, and a finite form a tagger reads as their participle (der Sicherheitsrat, dem
    er untersteht) is no evidence for them."""
    from .frequency import zipf_frequency

    return zipf_frequency(form, "de") >= threshold


def _prefix_variant(
    infinitive: str,
    parts: PrincipalParts,
    seen: list[str],
    separated: bool,
    objects: tuple[bool, ...] = (),
    joined: bool = False,
) -> PrincipalParts:
    """unterschreiben, not schreibt … unter: the variant the article or common usage shows.

    Where no form tells, the clause does when the separable variant takes sein: a verb with a
    sein perfect has no accusative object, and the inseparable verb built on a verb of motion is
    transitive (in eine Zone übergeht: geht über, ist übergegangen; übergeht ihn: übergangen)."""
    prefix = next(
        (
            p
            for p in AMBIGUOUS_PREFIXES
            if infinitive.startswith(p) and len(infinitive) > len(p) + 3
        ),
        "",
    )
    if not prefix:
        return parts
    other = _other_variant(prefix, infinitive, parts)
    if other is None:
        return parts
    separable, inseparable = (parts, other) if parts.prefix else (other, parts)
    if separated or separable.participle in seen:
        return separable
    if inseparable.participle in seen or joined:
        return inseparable
    if objects and separable.auxiliary == "sein":
        return inseparable if any(objects) else separable
    if any(objects) and inseparable.participle != infinitive and (
        _zipf(inseparable.participle) >= _zipf(separable.participle) + COMMONER_PARTICIPLE
    ):
        # "bevor er … die Bergketten durchbricht": a subordinate clause writes both verbs joined,
        # but with an object the inseparable verb (to break through) is meant where its participle
        # is the commoner one (durchbrochen 3.4, durchgebrochen 2.6; round 15's readers found
        # "bricht durch, hat durchgebrochen" on the card); not where the separable verb is
        # (dass er den Plan durchführt: durchgeführt 4.7, durchführt 3.4), nor where the
        # participle is also the infinitive (umfahren), whose count says nothing
        return inseparable
    mine, theirs = (_zipf(p.participle) for p in (parts, other))
    return other if mine < UNUSED_ZIPF and theirs >= USED_ZIPF else parts


def _other_variant(prefix: str, infinitive: str, parts: PrincipalParts) -> PrincipalParts | None:
    """The separable variant of an inseparable verb, or the other way round."""
    base = _conjugate(infinitive[len(prefix) :])
    if base is None or base.prefix:
        return None
    if parts.prefix:  # schreibt unter → unterschreibt, unterschrieben
        participle = base.participle.removeprefix("ge") if _has_ge(base) else base.participle
        return PrincipalParts(
            prefix + base.present, prefix + base.preterite, prefix + participle, "haben", ""
        )
    if not _has_ge(base):
        return None  # übersetzt → übergesetzt needs a ge- participle
    return PrincipalParts(
        f"{base.present} {prefix}",
        f"{base.preterite} {prefix}",
        prefix + base.participle,
        base.auxiliary,
        prefix,
    )


def _has_ge(parts: PrincipalParts) -> bool:
    """Does the participle carry the ge- of the perfect (gegangen, gefahren; not gelungen)?

    A stem that begins with ge- keeps it in the Präteritum too (gelang, gehörte; not ging).
    """
    participle, preterite = parts.participle[len(parts.prefix) :], parts.preterite.split()[0]
    return participle.startswith("ge") and (
        not preterite.startswith("ge") or participle.startswith("gege")
    )


def _weak(infinitive: str, parts: PrincipalParts) -> PrincipalParts:
    """The weak conjugation of a verb that has both: hängt, hängte, gehängt (transitive: haben)."""
    prefix = parts.prefix
    rest = infinitive[len(prefix) :]
    stem = rest[:-1] if rest.endswith(("eln", "ern")) else rest[:-2]
    ending = (
        "et"
        if stem.endswith(("d", "t")) or (stem[-1:] in "mn" and stem[-2:-1] not in "lrhmn")
        else "t"
    )
    ge = "ge" if _has_ge(parts) else ""
    suffix = f" {_apart(prefix)}" if prefix else ""
    return PrincipalParts(
        stem + ending + suffix,
        stem + ending + "e" + suffix,
        prefix + ge + stem + ending,
        "haben",
        prefix,
    )


def _is_verb(infinitive: str) -> bool:
    """kommen is a verb; the "gegnen" of begegnen is not."""
    from .frequency import zipf_frequency

    return zipf_frequency(infinitive, "de") >= USED_ZIPF


def _auxiliary(infinitive: str, parts: PrincipalParts, usage: Usage, reflexive: bool) -> str:
    if reflexive:
        return "haben"  # sich beeilen, sich verlaufen: hat sich beeilt
    motion = _motion_base(infinitive, parts)
    seen = [auxiliary for form, auxiliary in usage.perfects if form.lower() == parts.participle]
    haben = seen.count("haben")
    # "ist geschlossen" of a transitive verb is a state passive, not a perfect: the article's
    # sein only confirms a verb of motion's (wordfreq's adjective forms of the participle do not
    # tell gelandet from erreicht: measured on the dev articles, nearly every such "ist" was a state).
    sein = seen.count("sein") if parts.auxiliary == "sein" or motion else 0
    if haben != sein:  # ist gelandet / hat das Auto gefahren
        return "haben" if haben > sein else "sein"
    if not parts.prefix:
        for prefix in ("be", *AMBIGUOUS_PREFIXES):
            base = _conjugate(infinitive[len(prefix) :]) if infinitive.startswith(prefix) else None
            if (
                base is not None
                and (prefix == "be" or parts.auxiliary == "sein" and base.auxiliary == "sein")
                and not base.prefix
                and _is_verb(infinitive[len(prefix) :])
            ):
                return "haben"  # bekommen, beeilen, überfahren: transitive
    if motion:
        # landete die Maschine, tritt die Pedale, ein gebogener Stab: one use with an accusative
        # object (or as a passive) shows the transitive verb, which takes haben whichever
        # auxiliary ablaut gives (it marks biegen sein only)
        return "haben" if any(usage.objects) else "sein"
    if _directed_motion(infinitive, parts, usage):
        return "sein"  # Soldaten stürmten in die Stadt: sind in die Stadt gestürmt
    if parts.auxiliary == "haben" and usage.objects and not any(usage.objects) and _of_adjective(infinitive, parts):
        return "sein"  # die Beziehung kühlt ab: ist abgekühlt
    return parts.auxiliary


def _directed_motion(infinitive: str, parts: PrincipalParts, usage: Usage) -> bool:
    """Is this a verb of DIRECTED_MOTION_VERBS (or a separable verb built on one) that the article
    uses, every time, without an accusative object and with a phrase of direction? Round 22's
    readers found "stürmen – hat gestürmt" on the card for "Soldaten stürmten in die Stadt"."""
    base = infinitive[len(parts.prefix) :] if parts.prefix else infinitive
    return (
        base in DIRECTED_MOTION_VERBS
        and bool(usage.directions)
        and all(usage.directions)
        and not any(usage.objects)
    )


def _of_adjective(infinitive: str, parts: PrincipalParts) -> bool:
    """Is this a separable verb made of a particle and an adjective (ab·kühl·en, ab·flach·en,
    auf·frisch·en, ab·schwäch·en: kühl, flach, frisch, schwach)? Such a verb names a change of
    state: with an object it is done to something (hat die Suppe abgekühlt), without one the
    subject becomes so and its perfect takes sein ("die Beziehung kühlt etwas ab": ist
    abgekühlt, which readers expected where the card said hat). The stem must be an adjective
    HanTa knows and wordfreq finds common, umlauted or not (schwäch → schwach)."""
    from ..analysis.hanta import hanta_tagger
    from .levels import without_umlaut

    if not parts.prefix:
        return False
    rest = infinitive[len(parts.prefix) :]
    stem = rest[:-1] if rest.endswith(("eln", "ern")) else rest[:-2]
    verb = _zipf(stem + "t")  # kühlt, weist: a verb made of an adjective is rarer than it
    tagger = hanta_tagger()
    for adjective in dict.fromkeys((stem, without_umlaut(stem))):
        if len(adjective) < 3 or _zipf(adjective) < max(ADJECTIVE_ZIPF, verb):
            continue  # "weis" (3.95) is no adjective of hinweisen: "weist" is commoner (4.57)
        tags = dict(tagger.tag_word(adjective))
        if tags and max(tags, key=lambda tag: tags[tag]).startswith("ADJ"):
            return True
    return False


def _zipf(word: str) -> float:
    from .frequency import zipf_frequency

    return zipf_frequency(word, "de")


def _motion_base(infinitive: str, parts: PrincipalParts) -> bool:
    """Is this a verb of motion that ablaut may mark haben: one of MOTION_VERBS, or a separable
    verb built on one (abbiegen, entgegentreten; not the inseparable betreten, übertreten)."""
    return infinitive in MOTION_VERBS or (
        bool(parts.prefix) and infinitive[len(parts.prefix) :] in MOTION_VERBS
    )
