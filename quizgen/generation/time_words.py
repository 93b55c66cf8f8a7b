"""Wrong time expressions of the same shape: another weekday, month, year or span."""

from __future__ import annotations

import re

from ..extraction.facts import MONTHS, WEEKDAYS

_RELATIVE = ("letzten Monat", "letzte Woche", "letztes Jahr", "vor zwei Wochen", "vor einem Jahr",
             "nächsten Monat", "nächste Woche")
_SPANS = ("eine Woche", "zwei Wochen", "einen Monat", "drei Tage", "ein Jahr", "zwei Monate")


def time_alternatives(expression: str) -> list[str]:
    for names in (WEEKDAYS[:7], MONTHS):
        for name in names:
            if name in expression:
                return [expression.replace(name, other) for other in names if other != name]
    year = re.search(r"\b(1\d{3}|20\d{2})\b", expression)
    if year:
        value = int(year.group(1))
        return [expression.replace(year.group(1), str(value + delta)) for delta in (-10, -3, 2, 5, 12) if value + delta < 2100]
    for span in _SPANS:
        if expression.startswith(span):
            return [other + expression[len(span):] for other in _SPANS if other != span]
    lowered = expression.lower()
    if lowered in _RELATIVE:
        return [other for other in _RELATIVE if other != lowered]
    if "Wochenende" in expression:
        return [expression.replace("am Wochenende", x).replace("Am Wochenende", x[:1].upper() + x[1:])
                for x in ("am Montag", "am Mittwoch", "am Freitagabend")]
    return []
