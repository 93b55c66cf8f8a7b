"""A memo of one: what a function derives from the object it was last asked about.

The generators and the card checks read the same analysis or sentence once per candidate (a
question, a word's occurrence); what they derive from it (each sentence's lemmas, a sentence's
particles) is built once and kept until they move on to the next one. Objects are told apart by
identity: they are frozen, and the memo's reference keeps the one it holds from being reused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LastOne(Generic[K, V]):
    """``build(key)`` for the key last asked about; a new key replaces the old one."""

    def __init__(self, build: Callable[[K], V]) -> None:
        self._build = build
        self._kept: tuple[K, V] | None = None

    def __call__(self, key: K) -> V:
        if self._kept is None or self._kept[0] is not key:
            self._kept = (key, self._build(key))
        return self._kept[1]
