"""Clause structure from rules: topological fields, STTS tags, case and agreement.

``parse_clauses(tokens)`` gives the ``model.Clause``s of one sentence. (Being written.)
"""

from __future__ import annotations

from ..model import Clause, Token


def parse_clauses(tokens: tuple[Token, ...]) -> tuple[Clause, ...]:
    return ()
