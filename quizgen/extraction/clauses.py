"""German main clauses in topological fields, from STTS tags (the facts' statement roles, sentence halves and
the ordering task; the questions read the full clause structure, ``model.Sentence.clauses``).

A declarative main clause is verb-second: Vorfeld (one constituent), the finite verb (left
bracket), the Mittelfeld, the right bracket (participles, infinitives, verb particles) and
what follows (Nachfeld, a subordinate or coordinated clause). ``main_clause`` finds these
fields when the sentence has that shape and returns None when it is not sure (a question
generator must not build on a wrong analysis).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Sentence, Token

FINITE = {"VVFIN", "VAFIN", "VMFIN"}
RIGHT_BRACKET = {"VVPP", "VVINF", "VAINF", "VMINF", "VAPP", "VMPP", "PTKVZ", "VVIZU"}
CLAUSE_OPENERS = {"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT"}
NP_START = {"ART", "PPOSAT", "PDAT", "PIAT", "ADJA", "NN", "NE", "PPER", "CARD", "PIS", "PDS"}
VORFELD_START = NP_START | {"APPR", "APPRART", "ADV", "ADJD", "PROAV", "PAV"}


def join(tokens: tuple[Token, ...] | list[Token]) -> str:
    """The tokens as text, with the spacing of the article."""
    return "".join(token.text + token.whitespace for token in tokens).strip()


@dataclass(frozen=True, slots=True)
class Clause:
    sentence: Sentence
    vorfeld: tuple[Token, ...]
    finite: Token
    mittelfeld: tuple[Token, ...]
    right: tuple[Token, ...]
    rest: tuple[Token, ...]  # Nachfeld and what follows, without final punctuation

    @property
    def start(self) -> int:
        return self.vorfeld[0].start

    @property
    def end(self) -> int:
        last = (self.right or self.mittelfeld or (self.finite,))[-1]
        return last.end

    @property
    def text(self) -> str:
        return join((*self.vorfeld, self.finite, *self.mittelfeld, *self.right))

    def roles(self) -> list[tuple[str, str]]:
        return [
            ("vorfeld", join(self.vorfeld)),
            ("verb", self.finite.text),
            ("mittelfeld", join(self.mittelfeld)),
            ("right", join(self.right)),
        ]


_RELATIVE = {"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches"}
VERBAL = FINITE | RIGHT_BRACKET | {"PTKZU", "VVIMP"}


def _opens_clause(tokens: tuple[Token, ...], comma: int) -> bool:
    """Does the comma at this index open another clause (not continue an enumeration)?"""
    following = tokens[comma + 1] if comma + 1 < len(tokens) else None
    if following is None or following.tag in CLAUSE_OPENERS | FINITE | {"KON", "$.", "PPER"}:
        return True
    if following.tag == "APPR" and comma + 2 < len(tokens) and tokens[comma + 2].tag in CLAUSE_OPENERS:
        return True  # ", von denen …"
    if following.text.lower() in _RELATIVE:
        rest = tokens[comma + 1 :]
        for k, token in enumerate(rest[:-1]):
            if token.tag in FINITE | {"VVINF", "VAINF", "VMINF"} and rest[k + 1].tag in ("$,", "$."):
                return True  # ", die … herstellen": a verb-final relative clause
    segment = []
    for token in tokens[comma + 1 :]:
        if token.tag in ("$,", "$."):
            break
        segment.append(token)
    return any(token.tag in VERBAL for token in segment)


def _clause_end(tokens: tuple[Token, ...], finite: int) -> int:
    """Index after the last token of the main clause that starts with the finite verb."""
    for k in range(finite + 1, len(tokens)):
        token = tokens[k]
        if token.tag in ("$.", "$("):
            return k
        if token.tag == "$," and _opens_clause(tokens, k):
            return k
        if token.tag == "KON":
            later = tokens[k + 1 :]
            stop = next((i for i, t in enumerate(later) if t.tag == "$,"), len(later))
            if any(t.tag in FINITE for t in later[:stop]):
                return k
    return len(tokens)


def main_clause(sentence: Sentence) -> Clause | None:
    tokens = sentence.tokens
    if len(tokens) < 4 or sentence.is_heading:
        return None
    if tokens[0].tag not in VORFELD_START or tokens[0].text in ("„", "»", "\""):
        return None
    finite = next((k for k, token in enumerate(tokens) if token.tag in FINITE), None)
    if finite is None or finite == 0 or tokens[finite].text[:1].isupper():
        return None  # "Louis Lassen hat …": a name the tagger took for a verb
    vorfeld = tokens[:finite]
    if any(token.tag in ("$,", "$(", "$.") or token.tag in CLAUSE_OPENERS for token in vorfeld):
        return None
    if len(vorfeld) > 8:
        return None
    end = _clause_end(tokens, finite)
    body = tokens[finite + 1 : end]
    if any(token.text in ("„", "“", "»", "«", "\"") for token in body):
        return None
    split = len(body)
    while split > 0 and body[split - 1].tag in RIGHT_BRACKET:
        split -= 1
    rest = tuple(token for token in tokens[end:] if token.tag != "$.")
    return Clause(
        sentence=sentence,
        vorfeld=tuple(vorfeld),
        finite=tokens[finite],
        mittelfeld=tuple(body[:split]),
        right=tuple(body[split:]),
        rest=rest,
    )
