"""Verb principal parts from ablaut (MIT): fordert auf, forderte auf, hat aufgefordert.

ablaut needs a bare infinitive. Where the article itself shows a form that contradicts
ablaut (a Partizip II it does not produce), the forms are left out rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


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
    return PrincipalParts(present, preterite, participle, table.auxiliary or "haben", prefix)


def principal_parts(infinitive: str, participles: Iterable[str] = ()) -> PrincipalParts | None:
    """Principal parts of a verb, or None when unknown or contradicted by the text."""
    infinitive = infinitive.removeprefix("sich ").strip()
    if not infinitive.isalpha() or not infinitive.islower() or not infinitive.endswith("n"):
        return None
    parts = _conjugate(infinitive)
    if parts is None:
        return None
    if any(form != parts.participle for form in participles):
        return None
    return parts
