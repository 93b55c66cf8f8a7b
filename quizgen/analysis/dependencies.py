"""Clause structure read off a dependency parse (an official spaCy German pipeline, TIGER labels).

``parse_clauses(tokens)`` gives the same ``model.Clause``s as ``topology.parse_clauses``,
from ``Token.head`` and ``Token.dep``. (Being written.)
"""

from __future__ import annotations

from ..model import Clause, Token


def parse_clauses(tokens: tuple[Token, ...]) -> tuple[Clause, ...]:
    return ()
