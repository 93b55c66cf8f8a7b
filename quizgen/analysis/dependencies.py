"""Clause structure read off a dependency parse (an official spaCy German pipeline, TIGER labels).

``parse_clauses(tokens)`` gives the same ``model.Clause``s as ``topology.parse_clauses``,
from ``Token.head`` and ``Token.dep`` as de_core_news_sm/md/lg set them:
- a clause for every verb that is not part of another verb's complex: the root, clausal
  objects (oc with a conjunction or zu), relative clauses (rc), adverbial clauses (mo + cp),
  coordinated verbs (cj), reported speech (rs, par);
- its verb complex: the non-finite verbs hanging off it by ``oc`` (perfect, passive, modal,
  future), the separable particle (svp), the reflexive pronoun (PRF), the negation (ng);
  voice, tense and mood come from ``topology_verbs.analyse``, shared with the rules;
- its constituents: the verbs' dependents as subtree spans, with the role their label gives
  (sb, oa, da, og, op, pd, sbp, mo …); adverbials get their kind from ``adverbials``, shared
  with the rules. A span stops where an embedded clause (a relative clause) begins, so that
  "die Fabrik, die Raketen baut" gives the subject "die Fabrik".
A coordinated verb without its own subject ("… und forderte mehr Raketen") is a clause of its
own without a subject constituent; a coordinated participle under a shared auxiliary ("hat …
besucht und … getestet") takes the shared finite verb as its ``finite``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Clause, Constituent, Token
from .adverbials import Kind, adverbial_kind, base_preposition, conjunction_kind
from .topology_verbs import analyse

FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"})
NONFINITE = frozenset({"VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VMPP"})
# Labels that never make a clause of a verb (a participle inside a noun phrase, a name part).
NOT_CLAUSE = frozenset({"nk", "pnc", "ag", "svp", "pm", "uc", "adc", "nmc", "ams", "ph", "ju", "cm", "cp", "punct", "ng", "ep", "dm", "avc"})
ROLE_BY_DEP = {
    "sb": ("subject", "Nom"), "sp": ("subject", "Nom"), "oa": ("object_acc", "Acc"), "oa2": ("object_acc", "Acc"),
    "da": ("object_dat", "Dat"), "og": ("object_gen", "Gen"), "op": ("object_prep", ""), "pd": ("predicative", "Nom"),
    "sbp": ("agent", ""),
}
ADVERBIAL_DEPS = frozenset({"mo", "mnr", "cvc", "ag"})
CLAUSE_ROLE_DEPS = frozenset({"sb", "oa", "oc", "re", "rs", "op", "mo", "mnr", "da", "pd"})
INTERROGATIVES = frozenset({"PWS", "PWAV", "PWAT"})
RELATIVES = frozenset({"PRELS", "PRELAT"}) | INTERROGATIVES
MAIN_KINDS = frozenset({"main", "coordinated", "question"})


@dataclass
class _Parse:
    """One sentence's tokens with their children, indexed by ``Token.i``."""

    tokens: tuple[Token, ...]
    by_i: dict[int, Token] = field(default_factory=dict)
    children: dict[int, list[Token]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_i = {t.i: t for t in self.tokens}
        self.children = {t.i: [] for t in self.tokens}
        for t in self.tokens:
            if t.head is not None and t.head != t.i and t.head in self.children:
                self.children[t.head].append(t)

    def head(self, token: Token) -> Token | None:
        if token.head is None or token.head == token.i:
            return None
        return self.by_i.get(token.head)

    def child(self, token: Token, *deps: str) -> Token | None:
        return next((c for c in self.children[token.i] if c.dep in deps), None)

    def subtree(self, token: Token) -> list[Token]:
        found, stack = [], [token]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(self.children[current.i])
        return sorted(found, key=lambda t: t.i)


def _has_zu(parse: _Parse, verb: Token) -> bool:
    return verb.tag == "VVIZU" or any(c.dep == "pm" and c.text.lower() == "zu" for c in parse.children[verb.i])


def _in_complex(parse: _Parse, verb: Token) -> bool:
    """A bare infinitive or participle under another verb by oc: part of that verb's complex."""
    head = parse.head(verb)
    return (
        verb.tag in NONFINITE and verb.dep == "oc" and head is not None and head.tag.startswith("V")
        and parse.child(verb, "cp") is None and not _has_zu(parse, verb)
    )


def _is_clause_head(parse: _Parse, token: Token) -> bool:
    if not token.tag.startswith("V") or _in_complex(parse, token) or token.dep in NOT_CLAUSE:
        return False
    return (
        token.dep == "ROOT" or parse.head(token) is None or token.tag in FINITE or _has_zu(parse, token)
        or parse.child(token, "cp") is not None or (token.dep == "cj" and _conjunct_of(parse, token) is not None)
    )


def _conjunct_of(parse: _Parse, token: Token) -> Token | None:
    """The first conjunct a cj verb is coordinated with (X cd→ und, Y cj→ und), when it is a verb."""
    head = parse.head(token)
    if head is not None and head.dep == "cd":
        head = parse.head(head)
    return head if head is not None and head.tag.startswith("V") else None


def _complex(parse: _Parse, verb: Token) -> list[Token]:
    """The verb and the verbs of its complex (oc chain), the particle and zu, in text order."""
    found, stack = [], [verb]
    while stack:
        current = stack.pop()
        found.append(current)
        for child in parse.children[current.i]:
            if child.tag.startswith("V") and _in_complex(parse, child):
                stack.append(child)
            elif child.dep == "svp" or (child.dep == "pm" and child.text.lower() == "zu"):
                found.append(child)
    return sorted(found, key=lambda t: t.i)


def parse_clauses(tokens: tuple[Token, ...]) -> tuple[Clause, ...]:
    """The clauses of one parsed sentence, in the text order of their first token."""
    if not tokens or any(t.head is None or not t.dep for t in tokens):
        return ()
    parse = _Parse(tokens)
    heads = [t for t in tokens if _is_clause_head(parse, t)]
    complexes = {h.i: _complex(parse, h) for h in heads}
    owner = _owners(parse, complexes)
    members: dict[int, list[int]] = {h.i: [] for h in heads}
    for i, head_i in owner.items():
        members[head_i].append(i)
    heads = [h for h in heads if members[h.i]]
    heads.sort(key=lambda h: min(members[h.i]))
    index = {h.i: k for k, h in enumerate(heads)}
    builder = _Builder(parse, complexes, owner, members, index)
    return tuple(builder.clause(h) for h in heads)


def _owners(parse: _Parse, complexes: dict[int, list[Token]]) -> dict[int, int]:
    """Token → the clause head it belongs to (its nearest clause-heading ancestor)."""
    in_complex = {t.i: head for head, verbs in complexes.items() for t in verbs}
    owner: dict[int, int] = {}
    for token in parse.tokens:
        current: Token | None = token
        while current is not None:
            if current.i in in_complex:
                owner[token.i] = in_complex[current.i]
                break
            if current.dep == "cd":  # "und" before a coordinated clause belongs to that clause
                conjunct = parse.child(current, "cj")
                if conjunct is not None and conjunct.i in complexes:
                    owner[token.i] = conjunct.i
                    break
            current = parse.head(current)
    return owner


@dataclass
class _Builder:
    parse: _Parse
    complexes: dict[int, list[Token]]
    owner: dict[int, int]
    members: dict[int, list[int]]
    index: dict[int, int]

    def clause(self, head: Token) -> Clause:
        parse = self.parse
        verbs = self.complexes[head.i]
        shared = self._shared_finite(head)
        finite = next((t for t in verbs if t.tag in FINITE), shared)
        complex_ = analyse(sorted({*verbs, *([shared] if shared else [])}, key=lambda t: t.i), finite)
        particle = next((t for t in verbs if t.dep == "svp"), None)
        own = set(self.members[head.i])
        kind, conjunction = self._kind(head)
        parent = self._parent(head)
        return Clause(
            kind=kind,
            tokens=tuple(sorted(own)),
            verbs=tuple(i for i in complex_.verbs if i in own),
            finite=finite.i if finite is not None else None,
            lemma=_joined_lemma(complex_.lemma, particle),
            auxiliary=complex_.auxiliary,
            modal=complex_.modal,
            particle=particle.i if particle is not None else None,
            reflexive=next((c.i for v in verbs for c in parse.children[v.i] if c.tag == "PRF"), None),
            negation=self._negation(verbs, own),
            voice=complex_.voice,
            tense=complex_.tense,
            mood=_mood(finite, complex_.mood),
            person=(finite.feature("Person") if finite is not None else "") or _slot(complex_.slots, 0),
            number=(finite.feature("Number") if finite is not None else "") or _slot(complex_.slots, 1),
            conjunction=conjunction.i if conjunction is not None else None,
            parent=self.index.get(parent) if parent is not None else None,
            antecedent=parse.head(head).i if kind == "relative" and parse.head(head) is not None else None,  # type: ignore[union-attr]
            constituents=self._constituents(head, verbs, finite, kind, complex_.voice),
        )

    def _shared_finite(self, head: Token) -> Token | None:
        """A coordinated participle or infinitive takes the finite verb of its first conjunct."""
        if head.tag in FINITE or head.dep != "cj":
            return None
        first = _conjunct_of(self.parse, head)
        if first is None or first.i not in self.owner:
            return None
        verbs = self.complexes.get(self.owner[first.i], [])
        return next((t for t in verbs if t.tag in FINITE), None)

    def _parent(self, head: Token) -> int | None:
        above = _conjunct_of(self.parse, head) if head.dep == "cj" else self.parse.head(head)
        return self.owner.get(above.i) if above is not None else None

    def _kind(self, head: Token) -> tuple[str, Token | None]:
        parse = self.parse
        cp = parse.child(head, "cp")
        if cp is not None:
            um_zu = cp.tag == "KOUI" or cp.text.lower() in ("um", "ohne", "statt", "anstatt")
            return ("um_zu" if um_zu else "subordinate"), cp
        own = [parse.by_i[i] for i in sorted(self.members[head.i])]
        if head.dep == "rc":
            return "relative", next((t for t in own if t.tag in RELATIVES), None)
        if _has_zu(parse, head):
            return "zu_infinitive", None
        if head.dep == "cj":
            first = _conjunct_of(parse, head)
            cd = next((t for t in own if t.dep == "cd" and t.i < head.i), None)
            if first is not None and first.i in self.owner:
                first_kind, first_conjunction = self._kind(parse.by_i[self.owner[first.i]])
                if first_kind not in MAIN_KINDS:
                    return first_kind, cd or first_conjunction
            return "coordinated", cd
        if head.dep == "ROOT" or parse.head(head) is None:
            question = parse.tokens[-1].text == "?" or (own and own[0].tag in INTERROGATIVES)
            return ("question" if question else "main"), None
        if own and own[0].tag in INTERROGATIVES | RELATIVES:
            return "subordinate", own[0]
        verb_final = head.i == max(t.i for t in self.complexes[head.i] if t.dep != "pm")
        if head.dep in ("rs", "par") or not verb_final or head.tag not in FINITE:
            return "main", None
        return "subordinate", None

    def _negation(self, verbs: list[Token], own: set[int]) -> int | None:
        for verb in verbs:
            negation = self.parse.child(verb, "ng")
            if negation is not None:
                return negation.i
        tokens = [self.parse.by_i[i] for i in sorted(own)]
        found = next((t for t in tokens if t.dep == "ng"), None)
        found = found or next((t for t in tokens if t.lemma.lower() == "kein" and t.tag in ("PIAT", "PIS")), None)
        return found.i if found is not None else None

    def _constituents(self, head: Token, verbs: list[Token], finite: Token | None, kind: str, voice: str) -> tuple[Constituent, ...]:
        parse = self.parse
        verb_ids = {t.i for t in verbs}
        found = []
        for verb in verbs:
            for child in parse.children[verb.i]:
                if child.i in verb_ids or child.tag == "PRF" or child.dep in ("svp", "ng", "cd", "cj", "cp", "pm", "punct", "ep", "ju", "dm", "par"):
                    continue
                made = self._constituent(child, voice)
                if made is not None:
                    found.append(made)
        found.sort(key=lambda c: c.start)
        if kind in MAIN_KINDS and finite is not None and finite.i in verb_ids:
            found = [_with_field(c, finite.i, verbs) for c in found]
        return tuple(found)

    def _constituent(self, child: Token, voice: str) -> Constituent | None:
        if child.i in self.complexes:
            return self._clause_constituent(child)
        if child.dep not in ROLE_BY_DEP and child.dep not in ADVERBIAL_DEPS:
            return None
        span = self._span(child)
        noun = _phrase_head(self.parse, child)
        preposition = _preposition(child)
        sure = child.dep != "sp"
        if child.dep in ROLE_BY_DEP:
            role, case = ROLE_BY_DEP[child.dep]
            detail = ""
        elif child.dep == "ag" and voice == "passive" and preposition in ("von", "durch"):
            role, case, detail = "agent", "", ""
        else:
            kind = adverbial_kind(span)
            role, case, detail, sure = kind.role, "", kind.detail, kind.sure
        if preposition or not case:
            case = noun.feature("Case")
        return Constituent(
            role=role, start=span[0].i, end=span[-1].i + 1, head=noun.i, text=_join(span),
            case=case, preposition=preposition, detail=detail, sure=sure,
        )

    def _clause_constituent(self, verb: Token) -> Constituent | None:
        if verb.dep not in CLAUSE_ROLE_DEPS:
            return None
        kind, conjunction = self._kind(verb)
        if verb.dep in ("mo", "mnr"):
            adverbial = conjunction_kind(conjunction.text) if conjunction is not None else Kind("adverbial", "", False)
            if kind == "um_zu" and conjunction is not None and conjunction.text.lower() == "um":
                adverbial = Kind("purpose", "um")
            role, detail, sure = adverbial.role, adverbial.detail, adverbial.sure
        else:
            role, detail, sure = "complement", (conjunction.text.lower() if conjunction is not None else ""), True
        span = self.parse.subtree(verb)
        while span and span[0].tag.startswith("$"):
            span = span[1:]
        while span and span[-1].tag.startswith("$"):
            span = span[:-1]
        return Constituent(
            role=role, start=span[0].i, end=span[-1].i + 1, head=verb.i, text=_join(span),
            detail=detail, clause=self.index.get(verb.i), sure=sure,
        )

    def _span(self, token: Token) -> list[Token]:
        """The token's subtree up to an embedded clause, without punctuation at the edges."""
        mine = self.owner.get(token.i)
        runs: list[list[Token]] = [[]]
        for t in self.parse.subtree(token):
            if self.owner.get(t.i) != mine:  # inside an embedded clause
                runs.append([])
                continue
            if runs[-1] and t.i != runs[-1][-1].i + 1:
                runs.append([])
            runs[-1].append(t)
        span = next(run for run in runs if token in run)
        while len(span) > 1 and span[-1].tag.startswith("$"):
            span.pop()
        while len(span) > 1 and span[0].tag.startswith("$"):
            span.pop(0)
        return span


def _phrase_head(parse: _Parse, token: Token) -> Token:
    """The noun of a prepositional phrase ("in der Hauptstadt" → Hauptstadt), else the token."""
    if token.tag not in ("APPR", "APPRART", "APPO", "APZR"):
        return token
    nouns = [c for c in parse.children[token.i] if c.dep == "nk" and c.tag in ("NN", "NE", "PPER", "PDS", "PIS", "CARD", "PRF", "PRELS", "PWS")]
    if nouns:
        return nouns[-1]
    other = [c for c in parse.children[token.i] if c.dep == "nk"]
    return other[-1] if other else token


def _preposition(token: Token) -> str:
    if token.tag in ("APPR", "APPRART", "APPO", "APZR"):
        return base_preposition(token.text)
    if token.tag in ("PROAV", "PAV", "PWAV") and token.dep == "op":  # darauf, worüber → auf, über
        word = token.text.lower()
        for prefix in ("dar", "da", "wor", "wo"):
            if word.startswith(prefix) and len(word) > len(prefix) + 1:
                return word[len(prefix):]
    return ""


def _with_field(constituent: Constituent, finite: int, verbs: list[Token]) -> Constituent:
    """Vorfeld before the finite verb, Nachfeld after the right bracket, Mittelfeld between."""
    from dataclasses import replace

    right = max((t.i for t in verbs if t.i > finite), default=None)
    if constituent.end <= finite:
        name = "vorfeld"
    elif (constituent.start > right) if right is not None else constituent.clause is not None:
        name = "nachfeld"
    else:
        name = "mittelfeld"
    return replace(constituent, field=name)


def _joined_lemma(lemma: str, particle: Token | None) -> str:
    """The main verb's lemma with a separated particle in front ("fordern" + "auf")."""
    if particle is None:
        return lemma
    prefix = particle.text.lower()
    return lemma if lemma.lower().startswith(prefix) else prefix + lemma


def _mood(finite: Token | None, guessed: str) -> str:
    if finite is None:
        return guessed
    if finite.tag.endswith("IMP") or finite.feature("Mood") == "Imp":
        return "imperative"
    mood = finite.feature("Mood")
    if mood in ("Sub", "Ind"):
        return "subjunctive" if mood == "Sub" else "indicative"
    return guessed


def _slot(slots: frozenset[int], part: int) -> str:
    """Person (part 0) or number (part 1) when every slot the finite form allows agrees."""
    values = {(str(slot % 3 + 1), "Sing" if slot < 3 else "Plur")[part] for slot in slots}
    return values.pop() if len(values) == 1 else ""


def _join(tokens: Iterable[Token]) -> str:
    tokens = list(tokens)
    return "".join(t.text + t.whitespace for t in tokens).strip()
