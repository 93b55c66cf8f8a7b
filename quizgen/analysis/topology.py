"""Clause structure from rules: topological fields, STTS tags, case and agreement.

``parse_clauses(tokens)`` gives the ``model.Clause``s of one sentence, in the text order of
their first token. It works in three steps:

1. the sentence is cut at punctuation into chunks, and a chunk again before a subordinating
   conjunction inside it and before ``und``/``oder``/``aber`` … that join two clauses;
2. each piece opens a clause (a conjunction, relative pronoun, w-word, ``um``; a finite
   verb; a zu-infinitive) or continues one that is still open (a main clause whose finite
   verb has not come yet, a verb-final clause whose verb has not come yet, an enumeration);
3. per clause, ``topology_verbs`` reads the verb complex and ``roles`` the constituents.

Where the rules had to guess (no finite verb found, a finite verb only by position) the
clause is marked ``sure=False``; the roles mark their own doubts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Clause, Constituent, Token
from . import roles
from . import roles_lexicon as lex
from .topology_cases import DETERMINER_TAGS
from .topology_verbs import analyse, form_info, subjunctive_for

PUNCT_TAGS = frozenset({"$,", "$.", "$("})
OPEN_QUOTES = frozenset({"„", "«", "»", "‚", "“", '"', "(", "["})
CLOSE_QUOTES = frozenset({"“", "”", "»", "«", "‘", '"', ")", "]"})
CLAUSE_KON = frozenset({"und", "oder", "aber", "denn", "sondern", "doch", "jedoch", "sowie", "beziehungsweise", "bzw."})
RELATIVE_WORDS = frozenset(
    ["der", "die", "das", "den", "dem", "denen", "dessen", "deren", "welcher", "welche", "welches", "welchen", "welchem"]
)
W_TAGS = frozenset({"PWS", "PWAV", "PWAT"})


@dataclass
class _Draft:
    """A clause while it is being collected (positions k are indices into the sentence)."""

    kind: str
    positions: list[int] = field(default_factory=list)
    conjunction: int | None = None
    parent: int | None = None
    verb_final: bool = False
    closed: bool = False
    antecedent: int | None = None
    sure: bool = True
    coordinator: int | None = None  # "und" of an infinitive clause coordinated with one before
    insertions: list[tuple[int, int]] = field(default_factory=list)  # verbless insertions before its bracket: first, last

    def opening_word(self) -> int | None:
        """The word that opens the clause as ``Clause.conjunction`` gives it: a coordinated
        infinitive ("um … zu verfügen und … bereit zu sein") is opened by its "und", not "um"."""
        return self.coordinator if self.coordinator is not None else self.conjunction

    def has_verb(self, tokens: tuple[Token, ...]) -> bool:
        return any(tokens[k].tag.startswith("V") for k in self.positions)

    def has_finite(self, tokens: tuple[Token, ...]) -> bool:
        return any(tokens[k].tag.endswith("FIN") for k in self.positions)


def _is_verb(token: Token) -> bool:
    return token.tag.startswith("V")


def _chunks(tokens: tuple[Token, ...]) -> list[list[int]]:
    """Positions of the words between punctuation marks (punctuation left out)."""
    result: list[list[int]] = []
    current: list[int] = []
    for k, token in enumerate(tokens):
        if token.tag in PUNCT_TAGS and not is_glued_hyphen(tokens, k) and not _abbreviation_dot(tokens, k):
            if current:
                result.append(current)
            current = []
        else:
            current.append(k)
    if current:
        result.append(current)
    return result


is_glued_hyphen = roles.is_glued_hyphen


def _abbreviation_dot(tokens: tuple[Token, ...], k: int) -> bool:
    """A full stop inside the sentence, written onto the word before it, with a lower-case word
    after it: the end of an abbreviation ("Warner Bros. dessen Fortsetzung"), not of a clause
    (the sentence splitter did not end the sentence there)."""
    if tokens[k].text != "." or not 0 < k < len(tokens) - 1 or tokens[k - 1].whitespace:
        return False
    following = tokens[k + 1]
    return following.text[:1].islower() and following.tag not in PUNCT_TAGS


def _ends_with_zu_infinitive(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    """The piece's verb complex is a zu-infinitive: its first verb ("zu bauen", "aufzubauen")
    or its last one ("versorgt zu haben", "gebaut zu werden") carries zu."""
    verbs = [k for k in piece if _is_verb(tokens[k])]
    if not verbs:
        return False
    return any(tokens[k].tag == "VVIZU" or (k > 0 and tokens[k - 1].tag == "PTKZU") for k in (verbs[0], verbs[-1]))


def _coordination_split(tokens: tuple[Token, ...], piece: list[int]) -> int | None:
    """Where a KON joins two clauses inside a piece: the KON's index in ``piece``, else None.

    The left part has a verb; the right part reaches its finite verb (or zu-infinitive, when
    the left one ends in one) after at most one short phrase, with no other KON in between.
    """
    for j in range(1, len(piece) - 1):
        if tokens[piece[j]].tag != "KON" or tokens[piece[j]].text.lower() not in CLAUSE_KON:
            continue
        left, right = piece[:j], piece[j + 1 :]
        if not any(_is_verb(tokens[k]) for k in left):
            continue
        zu_left = _ends_with_zu_infinitive(tokens, left)
        for n, k in enumerate(right):
            token = tokens[k]
            if token.tag == "KON" or n > 7:
                break
            if token.tag.endswith("FIN") or (zu_left and (token.tag == "PTKZU" or token.tag == "VVIZU")):
                return j
            if _is_verb(token):
                break
    return None


ADVERB_CONJUNCTIONS = frozenset({"seitdem", "seither", "solange", "sobald", "sooft"})


def _subordinator(tokens: tuple[Token, ...], words: list[int], j: int) -> bool:
    """A subordinating conjunction at ``words[j]``, or an adverb that works as one when its verb
    comes last ("Seitdem die Kontakte … geschlossen wurden", tagged PROAV)."""
    token = tokens[words[j]]
    if token.tag in ("KOUS", "KOUI"):
        return True
    if token.text.lower() not in ADVERB_CONJUNCTIONS or j + 1 >= len(words) or _is_verb(tokens[words[j + 1]]):
        return False
    rest = words[j:]
    return _verb_final(tokens, rest) and any(tokens[k].tag.endswith("FIN") for k in rest)


def _pieces(tokens: tuple[Token, ...], chunk: list[int]) -> list[list[int]]:
    """A chunk cut before an inner subordinating conjunction and at clause coordination."""
    result: list[list[int]] = []
    start = 0
    for j in range(1, len(chunk)):
        if _subordinator(tokens, chunk, j) and tokens[chunk[j - 1]].tag not in ("KON", "ADV"):
            cut = j - 1 if tokens[chunk[j - 1]].text.lower() in CONJUNCTION_ADVERBS else j  # "kurz | bevor"
            if cut == start:
                continue  # "…, unmittelbar nachdem …": the adverb opens the piece with its conjunction
            result.append(chunk[start:cut])
            start = cut
    result.append(chunk[start:])
    final: list[list[int]] = []
    for piece in result:
        while True:
            split = _coordination_split(tokens, piece)
            if split is None:
                final.append(piece)
                break
            final.append(piece[:split])
            piece = piece[split:]
    return [piece for piece in final if piece]


def _verb_final(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    """The piece's verbs stand at its end (or it has none yet), the finite one last of them:
    "die … abhalten werden" is verb-final, "den Staaten und Japan werden … abhalten" is not."""
    verbs = [n for n, k in enumerate(piece) if _is_verb(tokens[k])]
    if not verbs:
        return True
    last_word = max(n for n, k in enumerate(piece) if tokens[k].tag not in PUNCT_TAGS)
    return verbs[-1] >= last_word - 1 and verbs[0] > 1 and not _finite_before_bracket(tokens, piece)


def _finite_before_bracket(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    """A finite verb (tagged) followed, after other words, by an infinitive or participle: the
    finite verb opens a bracket (V2), so the piece is no verb-final clause."""
    finite = next((n for n, k in enumerate(piece) if tokens[k].tag.endswith("FIN")), None)
    if finite is None:
        return False
    later = [n for n, k in enumerate(piece[finite + 1 :], finite + 1) if _is_verb(tokens[k])]
    return bool(later) and later[0] > finite + 1


def _verb_second(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    """A piece that reads as a main clause: a tagged finite verb after its first phrase and at
    least two words after it, none of them a verb at the end ("die Minoer bauten große Paläste")."""
    words = [k for k in piece if tokens[k].tag not in PUNCT_TAGS]
    finite = next((n for n, k in enumerate(words) if tokens[k].tag.endswith("FIN")), None)
    if finite is None or finite == 0 or len(words) - finite < 3:
        return False
    tail = tokens[words[-1]]
    return not (_is_verb(tail) or tail.tag == "PTKVZ") or _finite_before_bracket(tokens, words)


# Adverbs that go with the conjunction after them: "so dass", "auch wenn", and those that say how
# close in time the clause is: "unmittelbar nachdem …", "kurz bevor …".
CONJUNCTION_ADVERBS = frozenset({"so", "auch", "nur", "erst", "selbst", "sogar", "noch", "gerade", "doch",
                                 "unmittelbar", "kurz", "gleich", "direkt", "sofort", "knapp"})


def _opener(tokens: tuple[Token, ...], piece: list[int], after_comma: bool) -> tuple[str, int] | None:
    """The kind of clause a piece opens and the position of its opening word, or None."""
    first = tokens[piece[0]]
    k = piece[0]
    if (first.tag == "KON" or first.text.lower() in CONJUNCTION_ADVERBS) and len(piece) > 1 and tokens[piece[1]].tag in (
            "KOUS", "KOUI"):
        first, k = tokens[piece[1]], piece[1]  # "und weil …", "so dass …", "auch wenn …"
    if first.tag == "KOUS" or (first.tag != "KOUI" and _subordinator(tokens, piece, piece.index(k))):
        return "subordinate", k
    if first.tag == "KOUI":
        return "um_zu", k
    word = first.text.lower()
    if first.tag in ("PRELS", "PRELAT"):
        if first.tag == "PRELS" and after_comma and _verb_second(tokens, piece) and not _verb_final(tokens, piece):
            return None  # a comma splice: "…, die Minoer bauten große Paläste"
        return "relative", k
    zu_clause = _ends_with_zu_infinitive(tokens, piece) and not any(tokens[m].tag.endswith("FIN") for m in piece)
    if after_comma and word in RELATIVE_WORDS and first.tag in ("ART", "PDS", "PDAT") and _verb_final(tokens, piece) and not zu_clause:
        return "relative", k
    if after_comma and first.tag in ("APPR", "APPRART") and len(piece) > 1:
        second = tokens[piece[1]]
        if (second.tag in ("PRELS", "PRELAT") or second.text.lower() in RELATIVE_WORDS) and _verb_final(tokens, piece):
            return "relative", piece[1]
        if second.tag in W_TAGS and _verb_final(tokens, piece):
            return "subordinate", piece[1]
    if after_comma and first.tag in W_TAGS and _verb_final(tokens, piece):
        return "subordinate", k
    return None


def _antecedent(tokens: tuple[Token, ...], before: int, pronoun: Token | None = None) -> int | None:
    """The head noun a relative clause refers to: the last noun or name before the comma, unless
    the relative pronoun cannot agree with it and an earlier noun of the clause can: "Eine
    Goldmedaille besteht aus reinem Silber, *die* mit Gold überzogen ist" (die: not Silber)."""
    found = [k for k in range(before, max(-1, before - 10), -1) if tokens[k].tag in ("NN", "NE", "PPER", "PDS", "PIS")]
    if not found:
        return None
    nearest = found[0]
    if pronoun is not None and tokens[nearest].tag == "NN" and not _may_refer(pronoun, tokens[nearest]):
        nearest = next((k for k in found[1:] if tokens[k].tag == "NN" and _may_refer(pronoun, tokens[k])
                        and not any(tokens[m].text in (",", ";", ":") for m in range(k, before))), nearest)
    start = nearest
    while start > 0 and tokens[start - 1].tag == "NE" and tokens[nearest].tag == "NE":
        start -= 1
    return start


# Number and gender a relative pronoun allows, whatever its case in its own clause.
RELATIVE_AGREEMENT = {
    "der": {("Sing", "Masc"), ("Sing", "Fem")}, "die": {("Sing", "Fem"), ("Plur", "")}, "das": {("Sing", "Neut")},
    "den": {("Sing", "Masc")}, "dem": {("Sing", "Masc"), ("Sing", "Neut")}, "dessen": {("Sing", "Masc"), ("Sing", "Neut")},
    "deren": {("Sing", "Fem"), ("Plur", "")}, "denen": {("Plur", "")},
}


def _may_refer(pronoun: Token, noun: Token) -> bool:
    """Can the relative pronoun refer to the noun? Only a noun whose gender and number the
    lexicon gives can be ruled out."""
    allowed = RELATIVE_AGREEMENT.get(pronoun.text.lower())
    gender, number = noun.feature("Gender"), noun.feature("Number")
    if allowed is None or number not in ("Sing", "Plur") or (number == "Sing" and gender not in ("Masc", "Fem", "Neut")):
        return True
    return (number, gender if number == "Sing" else "") in allowed


class _Builder:
    """Collects the drafts of one sentence piece by piece."""

    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.tokens = tokens
        self.drafts: list[_Draft] = []
        self.owner: dict[int, int] = {}  # position → draft index
        self.pending: list[int] = []  # clauses before their parent (fronted subordinate clauses)
        self.afterthought: int | None = None  # a verbless piece joined the clause before: "…, darunter X"

    def add(self, draft_index: int, piece: list[int]) -> None:
        self.drafts[draft_index].positions.extend(piece)
        for k in piece:
            self.owner[k] = draft_index

    def new(self, draft: _Draft, piece: list[int]) -> int:
        self.drafts.append(draft)
        index = len(self.drafts) - 1
        self.add(index, piece)
        return index

    def open_clause(self) -> int | None:
        """The innermost clause still waiting for its verb (or for its finite verb)."""
        for index in range(len(self.drafts) - 1, -1, -1):
            draft = self.drafts[index]
            if draft.verb_final and not draft.closed:
                return index
            if draft.kind in ("main", "coordinated", "question") and not draft.has_finite(self.tokens):
                return index
            if draft.verb_final and draft.closed:
                continue
            return None
        return None

    def host(self, before: int) -> int | None:
        """The clause a new dependent clause belongs to: that of the word before it."""
        for k in range(before, -1, -1):
            if k in self.owner:
                index = self.owner[k]
                draft = self.drafts[index]
                if draft.kind == "relative" and draft.closed and draft.parent is not None:
                    return draft.parent
                return index
        return None

    def main_level(self) -> int | None:
        for index in range(len(self.drafts) - 1, -1, -1):
            if self.drafts[index].kind in ("main", "coordinated", "question"):
                return index
        return None


def _segment(tokens: tuple[Token, ...]) -> list[_Draft]:
    builder = _Builder(tokens)
    question = tokens[-1].text == "?"
    previous_end = -1
    dashes = _dash_pairs(tokens)
    bracket_of: int | None = None  # the clause an insertion between commas joined, waiting for its verbs
    for chunk in _chunks(tokens):
        gap = range(previous_end + 1, chunk[0])
        opening_dash = previous_end >= 0 and any(k in dashes.values() for k in gap)
        after_comma = previous_end >= 0 and any(tokens[k].text == "," for k in gap) or opening_dash
        after_quote = previous_end >= 0 and any(tokens[k].text in CLOSE_QUOTES for k in gap)
        after_colon = previous_end >= 0 and any(tokens[k].text == ":" for k in gap)
        resumed = next((builder.owner.get(_last_word(tokens, dashes[k] - 1)) for k in gap if k in dashes), None)
        if resumed is None and bracket_of is not None and _only_bracket(tokens, chunk):
            resumed = bracket_of  # "…, den Speaker des House of Commons, | *ersetzt*"
        bracket_of = None
        for n, piece in enumerate(_pieces(tokens, chunk)):
            if n == 0 and resumed is not None and _resumes(builder, resumed, piece):
                builder.add(resumed, piece)
                continue
            if n == 0 and after_comma and not opening_dash:
                bracket_of = _insertion_before_bracket(builder, piece)
                if bracket_of is not None:
                    builder.add(bracket_of, piece)
                    builder.drafts[bracket_of].insertions.append((piece[0], piece[-1]))
                    continue
            if n == 0 and opening_dash and _opener(tokens, piece, True) is None and any(
                    tokens[k].tag.endswith("FIN") for k in piece):
                builder.new(_Draft("main"), piece)  # "Die Band – *sie war 2000 gegründet worden* – spielte …"
                continue
            host = _dash_phrase_host(builder, dashes, piece) if n == 0 and opening_dash else None
            if host is not None:
                builder.add(host, piece)
                builder.drafts[host].insertions.append((piece[0], piece[-1]))
                continue
            reporting = after_quote or (after_comma and tokens[piece[0]].tag.endswith("FIN") and not _vorfeld_waits(builder)
                                        and not builder.pending)  # a fronted clause waits for this verb
            listing = reporting and not after_quote and n == 0 and _continues_actions(builder, piece)
            _place(builder, piece, after_comma or n > 0, reporting and n == 0 and not listing, after_colon and n == 0, question,
                   listing=listing)
        for index in range(len(builder.drafts)):
            draft = builder.drafts[index]
            if draft.verb_final and not draft.closed and draft.has_verb(tokens):
                draft.closed = True
        previous_end = chunk[-1]
    _attach_punctuation(builder, tokens)
    return builder.drafts


DASHES = frozenset({"–", "—", "-"})


def _dash_pairs(tokens: tuple[Token, ...]) -> dict[int, int]:
    """Dashes that enclose an insertion inside the sentence, closing dash → opening dash: "Dessen
    Tochter übergab die Partitur mit weiteren Manuskripten *– unter denen sich auch eine Sonate
    befand –* im Jahr 1952 an eine Kirche". A single dash (before an afterthought at the end)
    pairs with none."""
    found = [k for k, token in enumerate(tokens) if token.text in DASHES and token.tag in PUNCT_TAGS
             and 0 < k < len(tokens) - 2 and not is_glued_hyphen(tokens, k)]
    return {found[n + 1]: found[n] for n in range(0, len(found) - 1, 2)}


def _dash_phrase_host(builder: _Builder, dashes: dict[int, int], piece: list[int]) -> int | None:
    """The clause a phrase between two dashes belongs to: a verbless insertion ("Trotz seines
    Jobs belegte er *– seinen Eltern zuliebe –* einen Kurs") is a phrase of the clause it
    interrupts, not a clause of its own. Gives that clause's index, or None when the piece is not
    the whole insertion or could open a clause."""
    tokens = builder.tokens
    closing = piece[-1] + 1
    if closing not in dashes or dashes[closing] != piece[0] - 1:
        return None
    if any(_is_verb(tokens[k]) or tokens[k].tag in CLAUSE_OPENERS for k in piece):
        return None
    return builder.owner.get(_last_word(tokens, piece[0] - 2))


def _resumes(builder: _Builder, resumed: int, piece: list[int]) -> bool:
    """After the closing dash of an insertion, the piece goes on with the clause before the
    opening dash ("… mit weiteren Manuskripten – … – *im Jahr 1952 an eine Kirche*"; "Die Band –
    … – *spielte im Mai*"), unless it opens a clause of its own or both have a finite verb."""
    tokens = builder.tokens
    if _opener(tokens, piece, True) is not None or tokens[piece[0]].tag == "KON":
        return False
    return not (builder.drafts[resumed].has_finite(tokens) and any(tokens[k].tag.endswith("FIN") for k in piece))


# What a right bracket after an insertion holds: verbs, a separable particle, "zu", a negation.
BRACKET_TAGS = frozenset({"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU", "VVFIN", "VAFIN", "VMFIN",
                          "PTKVZ", "PTKZU", "PTKNEG"})
NON_FINITE_TAGS = frozenset({"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"})
# Words that open a clause of their own or join two phrases: a piece with one is left to the other rules.
CLAUSE_OPENERS = frozenset({"KOUS", "KOUI", "KON", "PWS", "PWAV", "PWAT", "PRELAT"})


def _only_bracket(tokens: tuple[Token, ...], words: list[int]) -> bool:
    """Are the words (between two punctuation marks) nothing but a right bracket: verbs, a
    separable particle, "zu", "nicht"?"""
    return bool(words) and all(tokens[k].tag in BRACKET_TAGS for k in words)


def _insertion_before_bracket(builder: _Builder, piece: list[int]) -> int | None:
    """A verbless piece between commas that the clause before it goes on after: the words after
    the closing comma are only that clause's right bracket (non-finite verbs, a separable
    particle; in a verb-final clause its verbs), up to the sentence's end or the next comma. It
    is an apposition or an added phrase, not a clause of its own: "Pitt wurde formell durch Henry
    Addington, | *den Speaker des House of Commons*, | ersetzt"; "Er kam mit Anna, | *der
    Schwester des Königs*, | an"; "weil er von Addington, | *dem Sprecher*, | ersetzt wurde".
    A relative clause has its verb before the comma ("Er traf Anna, | die die Schwester kannte,
    | im Garten") and stays one. Gives the index of the clause that the piece (and its bracket)
    belongs to, or None."""
    tokens = builder.tokens
    if any(_is_verb(tokens[k]) or tokens[k].tag in CLAUSE_OPENERS for k in piece):
        return None
    if tokens[piece[0]].tag in ("PRELS", "PDS") and not _noun_after_article(tokens, piece, piece[0]):
        return None  # "…, der, wie man weiß, …": a relative pronoun standing alone
    after = piece[-1] + 1
    if after >= len(tokens) - 1 or tokens[after].text != ",":
        return None
    end = after + 1
    while end < len(tokens) and tokens[end].tag not in PUNCT_TAGS:
        end += 1
    chunk = list(range(after + 1, end))
    if not _only_bracket(tokens, chunk):
        return None
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].tag in NON_FINITE_TAGS:
        return None  # "…, in einem vorgegebenen Code, | angezeigt, aufgezeichnet oder übertragen": a list of verbs
    index = builder.owner.get(_last_word(tokens, piece[0] - 1))
    if index is None:
        return None
    draft = builder.drafts[index]
    verbs = [k for k in draft.positions if _is_verb(tokens[k]) or tokens[k].tag == "PTKVZ"]
    bracket = [tokens[k] for k in chunk]
    if draft.verb_final:
        return index if not draft.closed and not verbs else None
    if draft.kind not in ("main", "coordinated") or len(verbs) != 1 or not tokens[verbs[0]].tag.endswith("FIN"):
        return None
    if any(t.tag.endswith("FIN") for t in bracket):
        return None
    particle_only = all(t.tag == "PTKVZ" for t in bracket)
    return index if particle_only or tokens[verbs[0]].tag[:2] in ("VA", "VM") else None


# Words a Vorfeld phrase waiting for its finite verb is built around.
VORFELD_HEADS = frozenset({"NN", "NE", "FM", "PPER", "PDS", "PIS", "CARD"})


def _vorfeld_waits(builder: _Builder) -> bool:
    """The sentence so far is one verbless main clause, a Vorfeld, with an insertion between
    commas: a finite verb after the comma is that clause's, not that of a reporting clause after
    a quotation ("…, berichteten die Medien"), which follows a clause with a verb of its own.
    The insertion is a clause of its own ("Die Lage mitten im Niederdorf, *wo abends am meisten
    los ist*, | ist sensationell"; "4600 Menschen, *die meisten deutschsprechend*, | leben") or a
    phrase opened by an article or a list word ("Am folgenden Tag, *dem 18. Januar*, | wurden
    …"; a bare name there is often the subject itself: "Der Vorsitzende, Bodo Schwartz, forderte"),
    or another verbless phrase (``_phrase_insertion``)."""
    tokens = builder.tokens
    drafts = builder.drafts
    if not drafts or drafts[0].kind != "main" or drafts[0].has_verb(tokens):
        return False
    if any(d.kind not in ("relative", "subordinate", "zu_infinitive") for d in drafts[1:]):
        return False
    positions = sorted(drafts[0].positions)
    if any(tokens[k].text in OPEN_QUOTES | CLOSE_QUOTES for k in positions):
        return False
    if not any(tokens[k].tag in VORFELD_HEADS for k in positions) or any(tokens[k].tag in ("KOUS", "KOUI") for k in positions):
        return False  # "Als | während …, | wurden": a stray conjunction is no Vorfeld
    if len(drafts) > 1:
        return True
    inserted = [tokens[k] for k in positions if k > 0 and tokens[k - 1].text == ","]
    if bool(inserted) and all(t.tag == "ART" or t.text.lower() in roles.LIST_WORDS for t in inserted):
        return True
    return _phrase_insertion(tokens, positions)


def _phrase_insertion(tokens: tuple[Token, ...], positions: list[int]) -> bool:
    """A phrase with a noun, then an insertion between commas that is no clause (it has no
    verb and no conjunction): an apposition or an added phrase that says more about the noun
    before it. "Im Women Medical College of Pennsylvania, | *später Teil der Drexel
    University*, | absolvierte"; "Auf dem Grundstück, | *ursprünglich der erste Marktplatz
    Sydneys*, | sollte"; "Das QVB, | *190 m lang und 30 m breit*, | füllt"; "Bemalte Fenster, |
    *unter anderem eine Rosette …*, | lassen"; "Der Sprecher des Weißen Hauses, | *Michael
    McCurry*, | sagte"; a year with its apposition: "1952, | *im Alter von 17 Jahren*, | ließ er …".
    A finite verb right after it is the Vorfeld's.
    The phrase before the first comma must itself be a phrase with a noun (not a stray word:
    "Ja, | gut, | sagte er")."""
    cut = next((n for n, k in enumerate(positions) if k > 0 and tokens[k - 1].text == ","), None)
    if cut is None or any(tokens[k].text in (":", ";") for k in positions):
        return False
    head, insertion = positions[:cut], positions[cut:]
    named = any(tokens[k].tag in ("NN", "NE", "FM") for k in head) or (
        len(head) == 1 and tokens[head[0]].tag == "CARD" and roles.YEAR.fullmatch(tokens[head[0]].text) is not None)
    return named and tokens[head[0]].tag in PHRASE_STARTS and any(
        tokens[k].tag in ("NN", "NE", "FM", "CARD", "ADJD") for k in insertion)


# Tags a noun or prepositional phrase starts with.
PHRASE_STARTS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "ADJA", "NN", "NE", "FM", "APPR", "APPRART", "CARD"})


def _continues_actions(builder: _Builder, piece: list[int]) -> bool:
    """A piece after a comma opened by a finite verb that is no verb of saying, after a main
    clause with a verb of its own: the next of that subject's actions ("Er wurde 1913 geboren,
    | studierte Chemie und promovierte 1936"; "Sie floh nach Philadelphia, | kehrte aber bald
    zurück"), a clause coordinated without "und", not a reporting clause ("…, sagte Kim")."""
    tokens = builder.tokens
    finite = tokens[piece[0]]
    if finite.lemma.lower() in lex.REPORTING_VERBS or finite.tag not in ("VVFIN", "VAFIN", "VMFIN"):
        return False
    info = form_info(finite.text, finite.lemma)
    if info is not None and not info.readings:
        return False  # "Er wurde gekaut, geschnupft, …": a participle the tagger took for a finite verb
    main = builder.main_level()
    if main is None or builder.drafts[main].kind not in ("main", "coordinated") or not builder.drafts[main].has_finite(tokens):
        return False
    before = _last_word(tokens, piece[0] - 1)
    if before < 0 or builder.owner.get(before) != main:
        return False
    own = sorted(builder.drafts[main].positions)
    if any(set(tokens[k].text) & set("„“”\"'`«»") for k in own):
        return False  # a quotation before: "„…“, entschuldigen die Reporter"
    words = [k for k in own if tokens[k].tag not in PUNCT_TAGS]
    at = next(n for n, k in enumerate(words) if tokens[k].tag.endswith("FIN"))
    if at == 0 or at == len(words) - 1 or tokens[words[0]].tag in ("PWS", "PWAV", "PWAT", "KOUS", "KOUI", "KOKOM", "PRELS", "PRELAT"):
        return False  # "Hätte es …, hätte es …": a condition; "Als … übertraten, nahm …": a subordinate clause first
    if subjunctive_for(tokens[words[at]], "3", ""):
        return False  # "…, beinhalte den Rückumzug, entschied das Gericht": reported speech before
    after = tokens[piece[1]] if len(piece) > 1 else None
    if after is not None and after.text.lower() in OBJECT_PRONOUNS:
        return True  # "Die Anschuldigungen erwiesen sich als unhaltbar, | brachten *ihn* aber in eine verzweifelte Lage"
    return after is None or not (after.tag in ("PPER", "PIS", "NE", "PDAT", "PDS") or after.text == "der")  # "…, versuchte Uri Dromi"


# Personal pronouns that cannot be a subject: after the verb they leave the subject unsaid.
OBJECT_PRONOUNS = frozenset({"ihn", "ihm", "ihnen", "mich", "mir", "dich", "dir", "uns", "euch"})


def _place(builder: _Builder, piece: list[int], after_comma: bool, after_quote: bool, after_colon: bool, question: bool,
           listing: bool = False) -> None:
    tokens = builder.tokens
    first = tokens[piece[0]]
    before = piece[0] - 1
    opened = _opener(tokens, piece, after_comma or (before >= 0 and tokens[before].tag == "KON"))
    if opened is not None and _apposition_before_bracket(builder, piece, opened):
        opened = None
    if opened is not None:
        kind, conjunction = opened
        draft = _Draft(kind, conjunction=conjunction, verb_final=kind != "um_zu" or True)
        if first.tag == "KON" and before >= 0:  # "und weil …": coordinated with the clause before
            left = builder.owner.get(before)
            if left is not None and builder.drafts[left].kind == kind:
                draft.parent = builder.drafts[left].parent
        # "…, doch anstatt die Asche zu verstreuen, sandte er sie …": the clause waits for its main clause
        fronted = (first.tag == "KON" or first.text.lower() == "doch") and kind != "relative" and _fronts_next_clause(tokens, piece)
        if draft.parent is None and not fronted:
            if kind == "relative":
                draft.parent = builder.host(before)
                pronoun = piece[1] if tokens[piece[0]].tag.startswith("APPR") and len(piece) > 1 else piece[0]
                draft.antecedent = _antecedent(tokens, before - (1 if tokens[piece[0]].tag.startswith("APPR") else 0), tokens[pronoun])
            else:
                draft.parent = builder.host(before) if before >= 0 else None
                if draft.parent is not None and not builder.drafts[draft.parent].sure and not builder.drafts[draft.parent].has_verb(tokens):
                    draft.parent = None  # after a verbless piece (a heading run into the text): wait for the main clause
        index = builder.new(draft, piece)
        if draft.parent is None:
            builder.pending.append(index)
        return
    if first.tag == "KON" and before >= 0 and builder.owner.get(before) is not None:
        sibling_index = builder.owner[before]
        sibling = builder.drafts[sibling_index]
        if sibling.kind in ("subordinate", "relative", "zu_infinitive", "um_zu") and (
            _ends_with_zu_infinitive(tokens, piece) or sibling.verb_final and sibling.has_verb(tokens)
        ) and not (sibling.kind in ("subordinate", "relative") and (
                _has_finite_early(tokens, piece) or _main_after_kon(tokens, piece))):
            joined = sibling.conjunction
            if sibling.kind == "relative" and len(piece) > 2 and tokens[piece[1]].text.lower() in RELATIVE_WORDS and tokens[
                    piece[1]].tag in ("PRELS", "ART", "PDS") and tokens[piece[2]].tag not in ("NN", "NE", "ADJA", "CARD", "FM"):
                joined = piece[1]  # "der das Buch schrieb und der den Preis gewann": its own relative pronoun
            copy = _Draft(sibling.kind, conjunction=joined, parent=sibling.parent,
                          verb_final=sibling.verb_final, antecedent=sibling.antecedent,
                          coordinator=piece[0] if sibling.kind in ("zu_infinitive", "um_zu") else None)
            builder.new(copy, piece)
            return
    open_index = builder.open_clause()
    if open_index is not None and after_comma and _infinitive_insertion(builder, open_index, piece):
        builder.new(_Draft("zu_infinitive", parent=open_index, verb_final=True), piece)
        return
    if open_index is not None and not (after_quote and _has_finite_early(tokens, piece)) and not (
            first.tag == "KON" and builder.drafts[open_index].verb_final and _main_after_kon(tokens, piece)):
        builder.add(open_index, piece)
        return
    if _ends_with_zu_infinitive(tokens, piece) and not any(tokens[k].tag.endswith("FIN") for k in piece):
        builder.new(_Draft("zu_infinitive", parent=builder.host(before), verb_final=True), piece)
        return
    if any(tokens[k].tag.endswith("FIN") for k in piece) or (question and before < 0):
        _place_main(builder, piece, after_quote, after_colon, question, listing)
        return
    main = builder.main_level()
    if main is not None and _needs_right_bracket(builder, main, piece):
        builder.add(main, piece)
        return
    continued = builder.afterthought is not None and builder.owner.get(_last_word(tokens, before)) == builder.afterthought
    continued = continued or (after_comma and (_continues_enumeration(tokens, piece) or _apposition_before_bracket(
        builder, piece, ("relative", piece[0])) or _adjectives_go_on(tokens, piece)
        or _prepositional_insertion(builder, piece) or _place_after_name(tokens, piece)))
    target = _previous_owner(builder, before, tokens[piece[0]].tag in ("ADV", "PROAV") or continued)
    if target is None:
        builder.new(_Draft("main", sure=False), piece)
    else:
        builder.add(target, piece)
        builder.afterthought = target


ENUMERATION_KON = frozenset({"und", "oder", "sowie", "bzw.", "beziehungsweise"})


def _place_after_name(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    """A name after a comma that follows a name: the place of an institution ("an der University
    of California, | *San Diego*"), part of that name's phrase, not a clause of its own."""
    before = piece[0] - 2
    return (before >= 0 and tokens[piece[0] - 1].text == "," and tokens[before].tag == "NE"
            and len(piece) <= 3 and all(tokens[k].tag == "NE" for k in piece))


def _prepositional_insertion(builder: _Builder, piece: list[int]) -> bool:
    """A verbless piece after a comma opened by a preposition (or "sowie"/"und", or between
    commas an adverb or a participle read as one, and a preposition), after words of a clause
    that has its verb: a prepositional phrase inserted into that clause or added to it ("In der
    Regel steigen die Preise für Blumen, | *vor allem für rote Rosen*, | stark an"; "…, |
    *sowie bei der Regulation der Gene*"; "…, | *finanziert durch Rani Rasmani*, | erbaut"; a
    participle with its year: "…, | *gegründet 1920 (von Arbeitern)*, | …"), not a clause of its own."""
    tokens = builder.tokens
    if any(_is_verb(tokens[k]) for k in piece):
        return False
    first = 1 if tokens[piece[0]].tag == "KON" and tokens[piece[0]].text.lower() in ENUMERATION_KON else 0
    closed = piece[-1] + 1 < len(tokens) and tokens[piece[-1] + 1].text == ","
    while closed and first < len(piece) - 1 and first < 2 and tokens[piece[first]].tag in ("ADV", "ADJD"):
        first += 1  # between commas: "bedingt durch den höheren Druck", not "…, häufig mit größerem Rohrdurchmesser."
    if first and tokens[piece[first - 1]].tag == "ADJD" and _year_then_phrase(tokens, piece[first]):
        first += 1  # a participle and its year: "gegründet 1920 von Arbeitern"
        if piece[-1] < piece[first - 1] + 1 or tokens[piece[first - 1] + 1].text == ",":
            owner = builder.owner.get(_last_word(tokens, piece[0] - 1))
            return owner is not None and builder.drafts[owner].has_verb(tokens)  # "…, gegründet 1920, …"
    if len(piece) < first + 2 or tokens[piece[first]].tag not in ("APPR", "APPRART"):
        return False
    owner = builder.owner.get(_last_word(tokens, piece[0] - 1))
    return owner is not None and builder.drafts[owner].has_verb(tokens)


def _continues_enumeration(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    """A verbless piece after a comma that goes on with an enumeration begun before it: the
    words from it to the next verb or the sentence's end hold "und"/"oder" ("Sie gewann ihren
    dritten Golden Globe, | ihren zweiten Screen Actors Guild Award und den Oscar"; "Paare
    tauschen Geschenke, | Pralinen, | Karten und Blumensträuße aus"). It is no clause of its
    own but more of the clause before the comma. A preposition after a noun there may belong to
    that noun or to a verb left out ("zwölf Prozent auf Telefonaktivitäten und gut ein Drittel
    auf Anzeigen"): such a piece stays a verbless clause of its own. After the list's "und" the
    phrases are the clause's again ("nahmen Lamb of God zusammen mit Opeth, | Arch Enemy und
    Overkill *an der Tour* teil")."""
    coordinated = nominal = False
    for k in range(piece[0], len(tokens)):
        token = tokens[k]
        if coordinated and token.tag.endswith("FIN"):
            return False  # "…, Transport- und Aufklärungsflugzeuge unterstützen": a clause of its own after all
        if _is_verb(token) or token.tag in ("KOUS", "KOUI", "PRELS", "PRELAT") or token.tag == "$." or token.text == ";":
            break
        if token.tag in ("APPR", "APPRART") and nominal and not coordinated:
            return False
        nominal = nominal or token.tag in ("NN", "NE", "FM", "CARD", "PPER", "PDS", "PIS")
        coordinated = coordinated or (token.tag == "KON" and token.text.lower() in ENUMERATION_KON and k > piece[0])
    return coordinated


def _apposition_before_bracket(builder: _Builder, piece: list[int], opened: tuple[str, int]) -> bool:
    """An article after a comma read as a relative pronoun, in a piece without a finite verb
    whose verbs complete a main clause that still waits for them, or that has no verb at all
    and a noun after the article: an apposition ("wurde von Roger Bamkin, | dem Vorsitzenden der
    Wikimedia UK, konzipiert"; "von Peter, | dem Bruder von Anna, | gebaut"), not a relative
    clause."""
    tokens = builder.tokens
    kind, opening = opened
    if kind != "relative" or tokens[opening].tag != "ART" or any(tokens[k].tag.endswith("FIN") for k in piece):
        return False
    main = builder.main_level()
    if main is None:
        return False
    verbs = [tokens[k] for k in piece if _is_verb(tokens[k])]
    if not verbs:
        return _noun_after_article(tokens, piece, opening) and _closed_insertion(tokens, piece)
    finite = next((tokens[k] for k in builder.drafts[main].positions if tokens[k].tag.endswith("FIN")), None)
    completes = finite is not None and (all(v.tag in ("VVPP", "VAPP") for v in verbs) or finite.tag == "VMFIN" or (
        finite.lemma == "werden" and all(v.tag.endswith("INF") for v in verbs)))  # "wurde …, dem …, konzipiert"
    return completes and _needs_right_bracket(builder, main, piece)


# Words between an article and its noun: "den *damals 40-jährigen* Sprecher", "einem *jüdisch geprägten* Viertel".
_NOUN_PREMODIFIERS = frozenset({"ADJA", "ADJD", "ADV"})


def _noun_after_article(tokens: tuple[Token, ...], piece: list[int], article: int) -> bool:
    """The article at ``article`` is followed by an attributive adjective or a noun, or by an
    adverb or a predicative adjective before a noun. The noun may be a foreign word or a name: "durch Henry
    Addington, | *den Speaker des House of Commons*, | ersetzt" ("Speaker" is tagged FM)."""
    nouns = {"NN", "NE", "FM"}
    after = [k for k in piece if k > article]
    if not after:
        return False
    if tokens[after[0]].tag in nouns | {"ADJA"}:
        return True
    return tokens[after[0]].tag in _NOUN_PREMODIFIERS and any(tokens[k].tag in nouns for k in after)


def _adjectives_go_on(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    """A comma between two adjectives of one noun phrase: "je ein zweispitziger, | aktiv
    beweglicher Dorn" — the piece is the rest of that phrase."""
    before = _last_word(tokens, piece[0] - 1)
    if before < 0 or tokens[before].tag != "ADJA":
        return False
    for n, k in enumerate(piece[:-1]):
        if tokens[k].tag == "ADJA":
            return tokens[piece[n + 1]].tag in ("NN", "NE")
        if tokens[k].tag not in ("ADV", "ADJD"):
            return False
    return False


def _closed_insertion(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    """The piece ends the sentence, or a comma closes it and words with a verb follow, or words
    without a coordinating "und"/"oder" that end the sentence: an insertion between commas ("von
    Peter, dem Bruder von Anna, gebaut"; "erlag auch Waldemar, der dritte noch lebende Sohn des
    Kronprinzenpaares, dieser Krankheit."), not one item of a longer enumeration ("ein Ambiente
    mit Ledercouches, einer Theke, Tischchen und Sesseln")."""
    k = piece[-1] + 1
    if k >= len(tokens) or tokens[k].tag == "$.":
        return True
    if tokens[k].text != ",":
        return False
    for m in range(k + 1, len(tokens)):
        token = tokens[m]
        if token.tag == "$." and m > k + 1:
            return True
        if token.tag in PUNCT_TAGS or token.tag == "KON" and token.text.lower() in ENUMERATION_KON:
            return False
        if _is_verb(token):
            return True
    return False


def _last_word(tokens: tuple[Token, ...], before: int) -> int:
    while before > 0 and tokens[before].tag in PUNCT_TAGS:
        before -= 1
    return before


def _previous_owner(builder: _Builder, before: int, adverb: bool) -> int | None:
    """The clause of the last word before a verbless piece, across quotes (and one comma when the
    piece starts with an adverb): 'sie seien „unglaublich besorgt“ über …', '…, darunter X'."""
    tokens = builder.tokens
    commas = 0
    k = before
    while k >= 0 and k not in builder.owner and tokens[k].tag in PUNCT_TAGS:
        if tokens[k].text not in OPEN_QUOTES | CLOSE_QUOTES:
            commas += 1
        k -= 1
    if k < 0 or commas > int(adverb) or k not in builder.owner:
        return None
    return builder.owner[k]


def _fronts_next_clause(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    """A dependent clause opened by "und"/"doch" … after a comma, with a comma and a finite verb
    right after it: it stands in the Vorfeld of the main clause that follows ("Ihr Mann ließ sie
    einäschern, | doch anstatt die Asche zu verstreuen, | sandte er sie …"), not in the clause
    before it."""
    before, after = piece[0] - 1, piece[-1] + 1
    return (before >= 0 and tokens[before].text == "," and after + 1 < len(tokens) and tokens[after].text == ","
            and tokens[after + 1].tag.endswith("FIN"))


def _infinitive_insertion(builder: _Builder, open_index: int, piece: list[int]) -> bool:
    """A zu-infinitive without a finite verb after a comma, while the clause still waiting for
    its verb has none yet: an infinitive clause inserted after the Vorfeld's noun ("Dieser
    Brauch, | *bestimmte Tage zu feiern*, | kam von China nach Japan"), not the verbs of that
    clause."""
    tokens = builder.tokens
    draft = builder.drafts[open_index]
    return (draft.kind == "main" and not draft.has_verb(tokens) and _ends_with_zu_infinitive(tokens, piece)
            and not any(tokens[k].tag.endswith("FIN") for k in piece))


def _main_after_kon(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    """After "und" (or another KON), words in verb-second order: a main clause coordinated with
    the one before the dependent clause, not a second dependent clause ("…, dass sie an
    Tuberkulose litt | und sie starb am 18. Februar 1887"; but "dass er kam | und sie ging")."""
    rest = piece[1:]
    return len(rest) > 3 and _verb_second(tokens, rest) and not _verb_final(tokens, rest)


def _has_finite_early(tokens: tuple[Token, ...], piece: list[int]) -> bool:
    return any(tokens[k].tag.endswith("FIN") for k in piece[:2])


def _needs_right_bracket(builder: _Builder, main: int, piece: list[int]) -> bool:
    """A main clause with an auxiliary or modal whose participle/infinitive follows an insertion."""
    tokens = builder.tokens
    draft = builder.drafts[main]
    finite = next((tokens[k] for k in draft.positions if tokens[k].tag.endswith("FIN")), None)
    if finite is None or finite.tag[:2] not in ("VA", "VM"):
        return False
    if any(_is_verb(tokens[k]) and k != finite.i - tokens[0].i for k in draft.positions):
        return False
    return any(tokens[k].tag in ("VVPP", "VVINF", "VAINF", "VAPP") for k in piece)


def _place_main(builder: _Builder, piece: list[int], after_quote: bool, after_colon: bool, question: bool, listing: bool = False) -> None:
    tokens = builder.tokens
    first = tokens[piece[0]]
    previous_main = builder.main_level()
    kind = "main"
    conjunction = None
    parent = None
    if first.tag == "KON" and previous_main is not None:
        kind, conjunction, parent = "coordinated", piece[0], previous_main
    elif listing and previous_main is not None:
        kind, parent = "coordinated", previous_main  # "…, studierte Chemie": coordinated by the comma alone
    elif question and not builder.drafts and (first.tag.endswith("FIN") or first.tag in W_TAGS):
        kind = "question"
    index = builder.new(_Draft(kind, conjunction=conjunction, parent=parent), piece)
    if after_quote and first.tag.endswith("FIN"):  # „…“, sagte Kim: the quote depends on this clause
        for other, draft in enumerate(builder.drafts[:index]):
            if draft.parent is None and draft.kind in ("main", "coordinated") and draft.has_verb(tokens):
                draft.parent = index
    if after_colon and previous_main is not None:
        builder.drafts[index].parent = previous_main
    if kind in ("main", "question"):
        for waiting in builder.pending:
            if builder.drafts[waiting].parent is None and waiting < index:
                builder.drafts[waiting].parent = index
        builder.pending.clear()


def _attach_punctuation(builder: _Builder, tokens: tuple[Token, ...]) -> None:
    """Each punctuation mark joins the clause of the word before it (an opening quote: after it)."""
    for k, token in enumerate(tokens):
        if token.tag not in PUNCT_TAGS or k in builder.owner:
            continue
        if token.text in OPEN_QUOTES and k + 1 < len(tokens) and k + 1 in builder.owner:
            builder.add(builder.owner[k + 1], [k])
        elif k > 0 and k - 1 in builder.owner:
            builder.add(builder.owner[k - 1], [k])
        elif builder.drafts:
            builder.add(0, [k])


def _finite_position(tokens: tuple[Token, ...], draft: _Draft) -> tuple[int | None, bool]:
    """The finite verb's position and whether the tags said so (False: guessed by position)."""
    if draft.kind in ("zu_infinitive", "um_zu"):
        return None, True
    words = sorted(k for k in draft.positions if _is_verb(tokens[k]))
    tagged = [k for k in words if tokens[k].tag.endswith("FIN")]
    if draft.verb_final:
        if tagged:
            return tagged[-1], True
        last = next((k for k in reversed(words) if not (k > 0 and tokens[k - 1].tag == "PTKZU")), None)
        if last is not None and _finite_form(tokens[last]):  # "…, die Pjöngjang als Generalprobe betrachtet"
            return last, True
        untagged = [k for k in words if tokens[k].tag != "VVPP" and not (k > 0 and tokens[k - 1].tag == "PTKZU")]
        return (untagged[-1], False) if untagged else (None, False)
    if tagged:
        return tagged[0], True
    if words and _finite_form(tokens[words[0]]) and _second_position(tokens, draft, words[0]):
        return words[0], True  # "Seine Äußerungen erfolgen …" (tagged as an infinitive)
    return (words[0], False) if words else (None, False)


def _finite_form(token: Token) -> bool:
    """The tagger called the verb non-finite, but it is also a finite form of its lemma
    (ablaut's tables): "betrachtet", "herstellen", "erfolgen"."""
    if token.tag not in ("VVINF", "VVPP", "VAINF", "VMINF"):
        return False
    info = form_info(token.text, token.lemma)
    return info is not None and any(reading[2] in (2, 5) for reading in info.readings)


def _second_position(tokens: tuple[Token, ...], draft: _Draft, k: int) -> bool:
    """The verb follows one noun or prepositional phrase at the clause's start (a Vorfeld of at
    most four words without a comma), and no other verb comes before it."""
    before = [m for m in sorted(draft.positions) if m < k and tokens[m].tag not in PUNCT_TAGS and tokens[m].tag != "KON"]
    return 0 < len(before) <= 4 and all(not _is_verb(tokens[m]) for m in before) and any(
        tokens[m].tag in ("NN", "NE", "PPER", "PDS", "PIS") for m in before)


def parse_clauses(tokens: tuple[Token, ...]) -> tuple[Clause, ...]:
    """The clauses of one sentence (plain tokens of the sentence, in order)."""
    tokens = _retag_verbless(tokens)
    if not tokens or not any(_is_verb(t) for t in tokens):
        return ()
    tokens = _retag_coordinated_verbs(_retag_participle_phrases(_retag_conjunctions(_retag_genitive_apostrophes(_retag_titles(tokens)))))
    tokens = _retag_attribute_participles(_retag_attribute_articles(tokens))
    drafts = _segment(tokens)
    tokens = _retag_insertions(_retag_splices(tokens, drafts), drafts)
    offset = tokens[0].i
    finite_positions = [_finite_position(tokens, draft) for draft in drafts]
    complexes = []
    for draft, (finite, _) in zip(drafts, finite_positions, strict=True):
        words = [tokens[k] for k in sorted(draft.positions)]
        complexes.append(analyse(words, tokens[finite] if finite is not None else None))
    result: list[Clause] = []
    for index, draft in enumerate(drafts):
        finite, tagged = finite_positions[index]
        complex_ = complexes[index]
        children = [(child, other) for child, other in enumerate(drafts) if other.parent == index]
        constituents = roles.constituents(
            tokens, sorted(draft.positions), draft.kind, complex_,
            conjunction=draft.conjunction, antecedent=draft.antecedent,
            children=[(child, sorted(_span(drafts, child)), drafts[child].kind,
                       drafts[child].conjunction, complexes[child]) for child, _ in children],
        )
        if draft.insertions:
            constituents = _insertions_as_appositions(constituents, draft.insertions, offset)
        own = sorted(draft.positions)
        reflexive = next((k for k in own if roles.is_reflexive(tokens, k)), None)
        negation = next((k for k in own if tokens[k].tag == "PTKNEG" or (
            tokens[k].text.lower().startswith("kein") and tokens[k].tag in ("PIAT", "PIS", "PIDAT"))
            or tokens[k].text.lower() in ("nie", "niemals")), None)
        particle = next((k for k in own if tokens[k].particle_of is not None), None)
        cut_particle = particle is None and complex_.finite is not None and any(
            token.particle_of == complex_.finite for token in tokens)  # the particle fell into another segment
        person, number = roles.finite_person(tokens, complex_.slots, constituents)
        mood = complex_.mood
        if mood == "indicative" and finite is not None and subjunctive_for(tokens[finite], person, number):
            mood = "subjunctive"  # "dass Bilby … verkauft habe": Konjunktiv I, not "ich habe"
        result.append(
            Clause(
                kind=draft.kind,
                tokens=tuple(k + offset for k in own),
                verbs=complex_.verbs,
                finite=complex_.finite,
                lemma=complex_.lemma,
                auxiliary=complex_.auxiliary,
                modal=complex_.modal,
                particle=particle + offset if particle is not None else None,
                reflexive=reflexive + offset if reflexive is not None else None,
                negation=negation + offset if negation is not None else None,
                voice=complex_.voice,
                tense=complex_.tense,
                mood=mood,
                person=person,
                number=number,
                conjunction=_offset(draft.opening_word(), offset),
                parent=draft.parent,
                antecedent=draft.antecedent + offset if draft.antecedent is not None else None,
                constituents=constituents,
                sure=(draft.sure or finite is not None) and tagged and not cut_particle and (
                    finite is not None or draft.kind in ("zu_infinitive", "um_zu")),
            )
        )
    return tuple(_share_subjects(result))


# Nouns for works that a title follows: "der Film „Wer früher stirbt, ist länger tot“".
WORK_NOUNS = frozenset(
    """Album Buch Film Lied Song Single Titel Werk Roman Oper Stück Theaterstück Sendung Serie Zeitschrift Zeitung
    Gedicht Schrift Untersuchung Studie Essay Aufsatz Hauptwerk Erzählung Novelle Drama Komödie Tragödie
    Sinfonie Symphonie Hymne Musical Ballett Gemälde Bild Spiel Videospiel Show Fernsehserie Fernsehsendung
    Dokumentation Dokumentarfilm DVD EP Reihe Magazin Kolumne Artikel Bericht Manifest Motto Duett Ballade
    Soundtrack Play""".split()  # noqa: SIM905
)
# Words after which a quoted name follows: "namens „For You“".
NAMING_WORDS = frozenset({"namens", "Namen", "Titel", "Untertitel", "Motto"})
QUOTE_PAIRS = {"„": "“”", "“": "”", '"': '"', "»": "«", "«": "»", "‚": "‘"}
# Capitalised articles: inside a sentence they open a title ("in *Der* Ursprung der Familie").
TITLE_ARTICLES = frozenset({"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines"})
TITLE_STOPS = frozenset({".", "!", "?", ":", ";", "–", "—"})
MAX_BARE_TITLE = 8  # words of a title without quotes or a bracket after it


def title_spans(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """The titles of works inside a sentence (positions start, end; quotes included), read as
    one name by the clause parse, since a title's words are no constituents of the sentence:
    - a quoted span of two words or more that starts with a capital, after a word of the
      sentence (not at its start or after a colon: direct speech), without a finite verb unless
      a noun for a work or an article stands before it ("Engels veröffentlichte 1845 „Die Lage
      der arbeitenden Klasse in England“"; 'die DVD "Terror and Hubris"'; "der Film „Wer früher
      stirbt, ist länger tot“");
    - a capitalised article inside the sentence, up to a bracket after it ("in *Der Ursprung der
      Familie, des Privateigenthums und des Staats* (1884)"), or up to the next punctuation mark
      when that comes within a few words and no verb comes before it ("von dessen Hauptwerk,
      *Das Kapital*.")."""
    spans: list[tuple[int, int]] = []
    k = 1
    while k < len(tokens):
        found = _quoted_title(tokens, k) if tokens[k].text in QUOTE_PAIRS else None
        if found is None and tokens[k].text in TITLE_ARTICLES and tokens[k].tag == "ART":
            found = _bare_title(tokens, k)
        if found is None:
            k += 1
            continue
        spans.append((k, found))
        k = found
    return spans


def _quoted_title(tokens: tuple[Token, ...], k: int) -> int | None:
    before = tokens[k - 1]
    if before.tag == "$." or before.text in (":", ",", "(") or before.text in QUOTE_PAIRS:
        return None
    close = next((m for m in range(k + 1, len(tokens)) if tokens[m].text in QUOTE_PAIRS[tokens[k].text]), None)
    named_work = before.text in WORK_NOUNS or before.text in NAMING_WORDS  # 'mit dem Titel "Dream"': one word will do
    if close is None or close - k < (2 if named_work else 3) or not tokens[k + 1].text[:1].isupper():
        return None
    inside = tokens[k + 1 : close]
    if any(t.text == tokens[k].text for t in inside):
        return None  # quotes inside quotes: „Hunderten von Vertretern („representatives“)“ is no title
    # after a noun a title may end in its own mark ('Das Extended Play "Hey Mama!"'); after a verb
    # that is a cry ('Er rief "Hilfe!"')
    own_mark = named_work or before.tag == "NN"
    sentence_like = any(t.tag.endswith("FIN") or t.tag == "$." and not (own_mark and t is inside[-1]) for t in inside)
    if sentence_like and before.text not in WORK_NOUNS and before.tag not in ("ART", "PPOSAT", "PDAT", "ADJA"):
        return None
    return close + 1


def _bare_title(tokens: tuple[Token, ...], k: int) -> int | None:
    before = tokens[k - 1]
    if not (before.text[:1].isalpha() or before.text == ","):
        return None  # "``Der beste Zeitpunkt …'', sagt …", "4. Die gängige Auffassung …": no word before it
    bracket = None
    for m in range(k + 1, len(tokens)):
        token = tokens[m]
        if token.text == "(":
            bracket = m
            break
        if _is_verb(token) or token.tag in ("KOUS", "PRELS") or token.text in TITLE_STOPS:
            break
    if bracket is not None:
        return bracket if bracket - k >= 2 else None
    end = next((m for m in range(k + 1, len(tokens)) if tokens[m].tag in PUNCT_TAGS), len(tokens))
    if end - k < 2 or end - k > MAX_BARE_TITLE or any(_is_verb(t) or t.tag in ("KOUS", "PRELS") for t in tokens[k:end]):
        return None
    return end


INSIDE_NOUN_PHRASE = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "ADJA"})


def _retag_titles(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Every word and mark of a title (``title_spans``) read as a name (NE), so that the title is
    one noun phrase, never cut into constituents and never opening a clause of its own: in
    "Mit seiner Untersuchung Die Lage der arbeitenden Klasse in England (1845) gehörte Engels zu
    den Pionieren", "Die Lage …" was the subject and Engels a dative object."""
    spans = title_spans(tokens)
    if not spans:
        return tokens
    changed = list(tokens)
    for start, end in spans:
        for k in range(start, end):
            changed[k] = replace(tokens[k], tag="NE", pos="PROPN", particle_of=None)
        if tokens[start].text in QUOTE_PAIRS and tokens[start - 1].text not in WORK_NOUNS:
            before = tokens[start - 1].tag
            # inside a noun phrase the opening quote stands among its premodifiers ('das "White
            # House"'), elsewhere it opens a phrase of its own like an article ("1845 | „Die Lage …“")
            tag, pos = ("ADJA", "ADJ") if before in INSIDE_NOUN_PHRASE else ("ART", "DET")
            changed[start] = replace(tokens[start], tag=tag, pos=pos)
    return tuple(changed)


def _retag_genitive_apostrophes(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The apostrophe of a name's genitive in -s, -x, -z or -ß, written onto the name and followed
    by a noun ("Nach Marx’ Tod", "Sokrates' Wasseruhren"), is read as part of the name, so that
    name and noun make one phrase: cut at the apostrophe, "Tod" became the subject and "Nach
    Marx" a direction."""
    changed: list[Token] | None = None
    for k in range(1, len(tokens) - 1):
        token, name, noun = tokens[k], tokens[k - 1], tokens[k + 1]
        if (token.text in ("'", "’") and not name.whitespace and name.tag == "NE" and name.text[-1:] in "sxzß"
                and noun.tag in ("NN", "ADJA")):
            changed = changed or list(tokens)
            changed[k] = replace(token, tag="NE", pos="PROPN")
    return tuple(changed) if changed is not None else tokens


def _retag_coordinated_verbs(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """A finite verb after "und" that the tagger took for an adjective or participle, in the same
    form as the finite verb before it: "Die Weltregierung hält … und *unterdrückt* … die
    Opposition", "Er schilderte die Lage und *diskutierte* Hilfsmöglichkeiten". Read as a finite
    verb (with the infinitive its form gives, checked against the verb's conjugation), so that
    the second verb gets a clause of its own. Not after an adjective ("der dritten und vierten")
    and not when the endings differ ("Es gibt staminate und pistillate Blüten")."""
    changed: list[Token] | None = None
    finite: Token | None = None
    auxiliary = False
    for k, token in enumerate(tokens):
        if token.tag in PUNCT_TAGS and token.text != "," or token.tag in ("KOUS", "PRELS"):
            finite, auxiliary = None, False  # a new sentence part
        elif token.tag in ("VAFIN", "VMFIN"):
            finite, auxiliary = None, True  # "werden gedämpft, gewalzt … und geröstet": participles follow
        elif token.tag == "VVFIN" and not auxiliary:
            finite = token
        if finite is None or token.text != "und" or k + 1 >= len(tokens) or k == 0:
            continue
        word, before = tokens[k + 1], tokens[k - 1]
        if word.tag not in ("ADJA", "ADJD", "VVPP") or not word.text.islower() or (
                before.tag in ("ADJA", "ADJD", "CARD", "TRUNC") and not before.text[:1].isupper()):  # "im Unklaren und unterdrückt"
            continue
        lemma = _infinitive_of(word.text, finite.text)
        info = form_info(word.text, lemma) if lemma else None
        if info is None or not any(r[1] == "indicative" for r in info.readings):
            continue
        if any(t.tag.endswith("FIN") or t.tag in ("VVPP", "VVINF", "VAINF", "VAPP") for t in tokens[k + 2 : _next_stop(tokens, k + 2)]):
            continue
        changed = changed or list(tokens)
        changed[k + 1] = replace(word, tag="VVFIN", pos="VERB", lemma=lemma)
    return tuple(changed) if changed is not None else tokens


# Tags of a word that can end the Vorfeld right before the finite verb.
VORFELD_ENDS = frozenset({"NN", "NE", "CARD", "ADV", "PAV", "PPER"})


def _retag_verbless(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """A sentence without any verb whose finite verb the tagger took for an adjective, because a
    name it did not know follows it: "Im Mai 2016 *veröffentlichten* Baekhyun und K.Will eine
    Volksballade …" (the name read as a noun, the verb as its adjective). The first word in -te
    or -ten after a phrase that can end a Vorfeld, that the verb's conjugation reads as a past
    indicative of the infinitive its form gives, is the finite verb. Only in a sentence that
    ends with a full stop and does not open with a determiner, whose noun phrase the adjective
    could belong to ("Die im Mai 2016 *veröffentlichten* Lieder." is a caption)."""
    if any(_is_verb(t) for t in tokens) or len(tokens) < 4 or tokens[-1].text != "." or tokens[0].tag in DETERMINER_TAGS:
        return tokens
    for k in range(1, len(tokens) - 1):
        word = tokens[k]
        if word.tag != "ADJA" or not word.text.islower() or tokens[k - 1].tag not in VORFELD_ENDS:
            continue
        lemma = _infinitive_of(word.text, word.text)
        info = form_info(word.text, lemma) if lemma and word.text.endswith(("te", "ten")) else None
        if info is None or not any(reading[1] == "indicative" for reading in info.readings):
            continue
        changed = list(tokens)
        changed[k] = replace(word, tag="VVFIN", pos="VERB", lemma=lemma)
        return tuple(changed)
    return tokens


# Prepositions that open an infinitive clause like "um": "ohne die Stelle angetreten zu haben".
INFINITIVE_PREPOSITIONS = frozenset({"ohne", "statt", "anstatt"})


# Forms of the definite article that the tagger also reads as relative or demonstrative pronouns.
DEFINITE_FORMS = frozenset({"der", "die", "das", "den", "dem", "des"})


def _retag_attribute_articles(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """An article the tagger read as a pronoun because no noun follows it at once: "…, als *der*
    neu ins Gefängnis gekommene Kieran Nugent sich weigerte" (der/PRELS). Followed by an extended
    attribute that ends in a participle and a noun it agrees with (``roles.attribute_span``), it
    is the noun phrase's article. Not right after a comma, where a relative clause opens: "…,
    der im Jahr 1990 gegründeten Firma half", unless no finite verb follows before the clause
    ends in a zu-infinitive: "erlaubte es William Pitt, *den* seit 1798 anhaltenden Aufstand
    niederzuwerfen"."""
    changed: list[Token] | None = None
    own = list(range(len(tokens)))
    for k, token in enumerate(tokens[:-3]):
        if token.tag not in ("PRELS", "PDS") or token.text.lower() not in DEFINITE_FORMS or (
                k > 0 and tokens[k - 1].text == "," and not _infinitive_ahead(tokens, k)):
            continue
        article = replace(token, tag="ART", pos="DET")
        if roles.attribute_span((*tokens[:k], article, *tokens[k + 1 :]), own, k + 1) is None:
            continue
        changed = changed or list(tokens)
        changed[k] = article
    return tuple(changed) if changed is not None else tokens


def _retag_attribute_participles(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """A participle the tagger read as a finite verb at the end of an extended attribute: "beruht
    auf dem 1995 vom Kongress *verabschiedeten* Jerusalem Embassy Act" (VVFIN). Inflected like an
    adjective, after another finite verb, right before a noun, and closing an attribute its
    determiner agrees with (``roles.attribute_span``), it is that attribute's adjective."""
    changed: list[Token] | None = None
    own = list(range(len(tokens)))
    for k, token in enumerate(tokens[:-1]):
        if token.tag != "VVFIN" or not token.text.endswith(("te", "ten", "tem", "ter", "tes", "ene", "enen", "enem")):
            continue
        if tokens[k + 1].tag not in ("NN", "NE", "FM") or not any(t.tag.endswith("FIN") for t in tokens[:k]):
            continue
        adjective = replace(token, tag="ADJA", pos="ADJ")
        candidate = (*tokens[:k], adjective, *tokens[k + 1 :])
        determiners = []
        for d in range(k - 1, max(-1, k - 16), -1):  # the inner phrases' articles come first: "vom Kongress der …"
            if tokens[d].tag.startswith("$") or tokens[d].tag.endswith("FIN"):
                break
            if tokens[d].tag in ("ART", "PPOSAT", "PDAT"):
                determiners.append(d)
        if not any(roles.attribute_span(candidate, own, d + 1) == k for d in determiners):
            continue
        changed = changed or list(tokens)
        changed[k] = adjective
    return tuple(changed) if changed is not None else tokens


def _infinitive_ahead(tokens: tuple[Token, ...], k: int) -> bool:
    """The words from ``k`` to the next comma or full stop end in a zu-infinitive with no finite
    verb before it: an infinitive clause, not a relative one."""
    end = next((m for m in range(k, len(tokens)) if tokens[m].tag in ("$,", "$.")), len(tokens))
    words = tokens[k:end]
    if any(t.tag.endswith("FIN") for t in words) or not words:
        return False
    last = words[-1]
    return last.tag == "VVIZU" or len(words) > 1 and words[-2].tag == "PTKZU" and last.tag.startswith("V")


def _retag_conjunctions(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Conjunctions the tagger took for a comparison particle or a preposition, read from the
    clause they open (up to the next comma or full stop):
    - "als" at the sentence's start or after a comma, before words that end in their finite
      verb, opens a subordinate clause ("*Als* Jolie elf Jahre alt war, zog die Familie …";
      "Als ein Sturm ausbrach"), not an "als"-phrase ("Als Kind spielte er", "Als Komponisten
      hatte Heuss Orff vorgesehen": the finite verb opens a bracket);
    - "ohne", "statt", "anstatt" after a comma before words that end in a zu-infinitive, with no
      finite verb, open an infinitive clause ("…, *ohne* die Stelle jemals angetreten zu
      haben"), not a prepositional phrase;
    - "wie" before a noun phrase and the finite verb of a verb-second clause compares ("*Wie*
      Prinz Wilhelm hatten sich auch Prinzessin Charlotte … zugewandt"), it asks nothing."""
    changed: list[Token] | None = None
    for k, token in enumerate(tokens):
        word = token.text.lower()
        if word == "wie" and token.tag == "PWAV" and _comparison_in_vorfeld(tokens, k):
            changed = changed or list(tokens)
            changed[k] = replace(token, tag="KOKOM", pos="CCONJ")
            continue
        after_comma = k == 0 or tokens[k - 1].text == "," or (
            k > 1 and tokens[k - 1].tag == "KON" and tokens[k - 2].text == ",")  # "…, und ohne die Stelle anzutreten"
        if not after_comma or not (
                word == "als" and token.tag == "KOKOM" or word in INFINITIVE_PREPOSITIONS and token.tag == "APPR" and k > 0):
            continue
        piece = list(range(k, _next_stop(tokens, k + 1)))
        if len(piece) < 3 or not _is_verb(tokens[piece[-1]]):
            continue
        finite = any(tokens[m].tag.endswith("FIN") for m in piece)
        if word == "als":
            opens = _verb_final(tokens, piece) and (finite or _finite_form(tokens[piece[-1]]))
            tag = "KOUS"
        else:
            opens = _ends_with_zu_infinitive(tokens, piece) and not finite
            tag = "KOUI"
        if opens:
            changed = changed or list(tokens)
            changed[k] = replace(token, tag=tag, pos="SCONJ")
    return tuple(changed) if changed is not None else tokens


def _retag_participle_phrases(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """A participle right after a comma (maybe after an adverb), followed by a prepositional
    phrase and no other verb up to the next comma, after a finite verb: a participle phrase
    inserted into the clause or added to it ("Der Tempelkomplex wurde zwischen 1847 und 1855, |
    *finanziert* durch Rani Rasmani, | erbaut"; "Bei vollem Behälter floss das Wasser, | *bedingt*
    durch den höheren Druck, | schneller aus"; "Der Verein spielte, | *gegründet* 1920 von
    Arbeitern, | lange in der ersten Liga", a year first), read as an adverbial adjective: its participle is
    no verb of the clause, whose bracket closes after it. A participle before a coordination
    ("…, gelesen und verbrannt") is left alone."""
    changed: list[Token] | None = None
    for k, token in enumerate(tokens):
        if token.tag != "VVPP" or k < 2 or not any(t.tag.endswith("FIN") for t in tokens[:k]):
            continue
        start = k - 1 if tokens[k - 1].tag == "ADV" else k
        if tokens[start - 1].text != "," or k + 1 >= len(tokens) or tokens[k + 1].tag not in ("APPR", "APPRART", "CARD"):
            continue
        if tokens[k + 1].tag == "CARD" and not _year_then_phrase(tokens, k + 1):
            continue
        if any(_is_verb(t) for t in tokens[k + 1 : _next_stop(tokens, k + 1)]):
            continue
        changed = changed or list(tokens)
        changed[k] = replace(token, tag="ADJD", pos="ADJ")
    return tuple(changed) if changed is not None else tokens


def _year_then_phrase(tokens: tuple[Token, ...], k: int) -> bool:
    """A year after an inserted participle, then a comma or a prepositional phrase: "…, gegründet
    1920 von Arbeitern, …" (not "…, gefolgt 2 Tore …")."""
    year = tokens[k].text.isdigit() and len(tokens[k].text) == 4
    return year and k + 1 < len(tokens) and (tokens[k + 1].text == "," or tokens[k + 1].tag in ("APPR", "APPRART"))


def _comparison_in_vorfeld(tokens: tuple[Token, ...], k: int) -> bool:
    """"wie" opening a sentence that is no question, right before a noun phrase, in a piece that
    is no verb-final clause ("Wie X funktioniert, ist unklar" asks indirectly)."""
    if k != 0 or tokens[-1].text == "?" or len(tokens) < 4 or tokens[1].tag not in ("ART", "PPOSAT", "NN", "NE"):
        return False
    piece = list(range(k, _next_stop(tokens, k + 1)))
    return any(tokens[m].tag.endswith("FIN") for m in piece) and not _verb_final(tokens, piece)


def _next_stop(tokens: tuple[Token, ...], k: int) -> int:
    while k < len(tokens) and tokens[k].text not in (",", ".", ";", ":", "!", "?"):
        k += 1
    return k


def _infinitive_of(word: str, finite: str) -> str:
    """The infinitive of a weak verb form with the same ending as ``finite`` (-te, -ten or -t),
    or "" when the endings differ: "diskutierte" (beside "schilderte") → "diskutieren"."""
    for ending in ("ten", "te", "t"):
        if finite.endswith(ending) and word.endswith(ending):
            if ending == "t" and (finite.endswith("te") or word.endswith(("te", "ten"))):
                return ""
            stem = word[: -len(ending)]
            if stem.endswith("e") and stem[:-1].endswith(("t", "d")):
                stem = stem[:-1]  # "erbeuteten", "arbeitet"
            return stem + "en" if len(stem) > 2 else ""
        if finite.endswith(ending) or word.endswith(ending):
            return ""
    return ""


def _retag_splices(tokens: tuple[Token, ...], drafts: list[_Draft]) -> tuple[Token, ...]:
    """A main clause that starts with a word the tagger called a relative pronoun (a comma splice:
    "…, die Minoer bauten …") reads it as an article before a noun, else as a demonstrative."""
    changed = list(tokens)
    for draft in drafts:
        first = min(draft.positions)
        if draft.kind in ("main", "coordinated") and tokens[first].tag == "PRELS":
            after = tokens[first + 1] if first + 1 < len(tokens) else None
            article = after is not None and after.tag in ("NN", "NE", "ADJA", "CARD")
            changed[first] = replace(tokens[first], tag="ART" if article else "PDS")
    return tuple(changed)


def _retag_insertions(tokens: tuple[Token, ...], drafts: list[_Draft]) -> tuple[Token, ...]:
    """An insertion before a clause's right bracket (``_insertion_before_bracket``) that starts
    with a word the tagger called a relative or demonstrative pronoun reads it as the article of
    the noun after it: in "Er wurde von Addington, *dem* damals 40-jährigen Sprecher, ersetzt"
    "dem" was a dative object of its own, not the article of an apposition."""
    changed: list[Token] | None = None
    for draft in drafts:
        for k, _ in draft.insertions:
            if tokens[k].tag in ("PRELS", "PDS"):
                changed = changed or list(tokens)
                changed[k] = replace(tokens[k], tag="ART", pos="DET")
    return tuple(changed) if changed is not None else tokens


CASE_ROLES = frozenset({"subject", "object_acc", "object_dat", "object_gen", "predicative"})


def _insertions_as_appositions(constituents: tuple[Constituent, ...], insertions: list[tuple[int, int]],
                               offset: int) -> tuple[Constituent, ...]:
    """A noun phrase without a preposition inside an insertion before the right bracket
    (``_insertion_before_bracket``) says more about the phrase before the comma; it is no subject
    or object of the clause: "Dann ließ er sich in San Vicente, | *Argentinien*, | nieder" made
    "Argentinien" an accusative object. It becomes an unsure adverbial marked as apposition, as
    ``roles`` marks "von Peter, *dem Bruder von Anna*, …". A prepositional phrase there keeps its
    role ("Er wurde, *nach langem Streit*, entlassen")."""
    spans = [(first + offset, last + offset) for first, last in insertions]
    return tuple(
        replace(c, role="adverbial", detail="apposition", sure=False)
        if c.role in CASE_ROLES and not c.preposition and any(first <= c.start and c.end - 1 <= last for first, last in spans)
        else c
        for c in constituents)


def _offset(k: int | None, offset: int) -> int | None:
    return k + offset if k is not None else None


def _share_subjects(clauses: list[Clause]) -> list[Clause]:
    """A coordinated clause without a subject of its own ("Kim besuchte die Fabrik und *forderte*
    mehr") gets the subject of the clause it is coordinated with, marked ``detail="shared"`` and
    placed in its Vorfeld; it is sure when that subject is and the two finite verbs agree."""
    for index, clause in enumerate(clauses):
        if clause.kind != "coordinated" or clause.parent is None or clause.finite is None or clause.role("subject"):
            continue
        opening = clause.conjunction if clause.conjunction is not None else min(clause.tokens) - 1  # "…, studierte": the comma
        if clause.finite != opening + 1:
            continue  # "und dann forderte er": a Vorfeld of its own
        parent = clauses[clause.parent]
        subject = next(iter(parent.role("subject")), None)
        if subject is None or parent.finite is None:
            continue
        agrees = not (clause.number and parent.number and clause.number != parent.number) and not (
            clause.person and parent.person and clause.person != parent.person)
        shared = replace(subject, detail="shared", field="vorfeld", sure=subject.sure and agrees)
        clauses[index] = replace(clause, constituents=tuple(sorted((shared, *clause.constituents), key=lambda c: c.start)))
    return clauses


def _span(drafts: list[_Draft], index: int, depth: int = 0) -> set[int]:
    """The positions of a clause and of every clause inside it."""
    found = set(drafts[index].positions)
    if depth > 8:
        return found
    for child, draft in enumerate(drafts):
        if draft.parent == index and child != index:
            found |= _span(drafts, child, depth + 1)
    return found
