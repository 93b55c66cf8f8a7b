"""The spaCy component ``quizgen_clauses``: clause structure and grammatical roles.

It runs after the tagger, the lexicon and (when there is one) a parser. Each sentence is
turned into plain ``model.Token``s, then into ``model.Clause``s by one of two builders behind
one interface:
- ``topology.parse_clauses`` (always available): rules over topological fields, STTS tags,
  case and agreement;
- ``dependencies.parse_clauses`` when the ``Doc`` carries a dependency parse (an official
  spaCy German pipeline): the same structure read off the parser's heads and labels.
The result is kept in ``doc.user_data[CLAUSES_KEY]`` (sentence start character → clauses);
``pipeline.to_analysis`` puts it on ``model.Sentence.clauses`` and reuses the plain tokens
(``PLAIN_TOKENS_KEY``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Clause, Token
from . import dependencies, topology

CLAUSES_KEY = "quizgen_clauses"
# The plain tokens the clauses were built from, kept for ``pipeline.to_analysis`` (the last
# component has run, so they are final): building them twice was 3 % of a sentence's analysis.
PLAIN_TOKENS_KEY = "quizgen_plain_tokens"
TITLE_FEATURE = "Title=Yes"  # in ``Token.morph`` of the words of a work's title: ``token.feature("Title")``


def plain_tokens(doc: Doc) -> dict[int, Token]:
    """spaCy token index → plain ``Token`` (whitespace tokens left out, indices renumbered)."""
    kept = {token.i: index for index, token in enumerate(t for t in doc if not t.is_space)}
    has_parse = doc.has_annotation("DEP")
    result = {}
    for token in doc:
        if token.is_space:
            continue
        particle_of = token._.particle_of
        result[token.i] = Token(
            i=kept[token.i],
            text=token.text,
            start=token.idx,
            end=token.idx + len(token.text),
            lemma=token.lemma_ or token.text,
            pos=token.pos_ or "X",
            tag=token.tag_ or "XY",
            morph=str(token.morph),
            whitespace=token.whitespace_,
            ent_label=token.ent_type_,
            head=kept.get(token.head.i) if has_parse else None,
            dep=token.dep_ if has_parse else "",
            particle_of=kept.get(particle_of) if particle_of is not None else None,
        )
    return result


def mark_titles(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The sentence's tokens with ``Title=Yes`` in the morphology of every word (and quote) of a
    title of a work (``topology.title_spans``): later stages can tell "Die Lage der arbeitenden
    Klasse in England" in "Engels veröffentlichte 1845 „Die Lage …“" from the sentence's own
    words (a card's example or a gap should not come from inside a title)."""
    spans = topology.title_spans(tokens)
    if not spans:
        return tokens
    marked = list(tokens)
    for start, end in spans:
        for k in range(start, end):
            morph = tokens[k].morph
            marked[k] = replace(tokens[k], morph=f"{morph}|{TITLE_FEATURE}" if morph else TITLE_FEATURE)
    return tuple(marked)


def sentence_clauses(tokens: tuple[Token, ...]) -> tuple[Clause, ...]:
    """The clauses of one sentence, from its parse when it has one, else from the rules."""
    if not tokens:
        return ()
    if all(token.dep for token in tokens):
        return dependencies.parse_clauses(tokens)
    return topology.parse_clauses(tokens)


@Language.component("quizgen_clauses")
def clauses_component(doc: Doc) -> Doc:
    plain = plain_tokens(doc)
    found: dict[int, tuple[Clause, ...]] = {}
    for span in doc.sents:
        words = [token.i for token in span if not token.is_space]
        tokens = mark_titles(tuple(plain[i] for i in words))
        plain.update(zip(words, tokens, strict=True))
        if tokens:
            found[tokens[0].start] = sentence_clauses(tokens)
    doc.user_data[CLAUSES_KEY] = found
    doc.user_data[PLAIN_TOKENS_KEY] = plain
    return doc
