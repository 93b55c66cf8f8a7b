"""Printing an analysis: JSON lines (a stable contract), CoNLL-U, and a table for people."""

from __future__ import annotations

import json

from ..model import Analysis, Clause, Constituent, Sentence


def to_jsonl(analysis: Analysis) -> str:
    """One object per sentence; offsets are character offsets into the article text."""
    lines = []
    for sentence in analysis.sentences:
        record = {
            "sentence": sentence.index,
            "start": sentence.start,
            "end": sentence.end,
            "text": sentence.text,
            "tokens": [
                {
                    "i": token.i,
                    "start": token.start,
                    "end": token.end,
                    "text": token.text,
                    "lemma": token.lemma,
                    "pos": token.pos,
                    "tag": token.tag,
                    "morph": token.morph,
                }
                for token in sentence.tokens
            ],
            "entities": [
                {"start": entity.start, "end": entity.end, "text": entity.text, "label": entity.label}
                for entity in analysis.entities
                if entity.sentence == sentence.index
            ],
            "clauses": [_clause_record(sentence, clause) for clause in sentence.clauses],
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def _clause_record(sentence: Sentence, clause: Clause) -> dict[str, object]:
    """A clause: token indices (``Token.i``) where a field is a token, its constituents with
    character offsets."""
    return {
        "kind": clause.kind,
        "tokens": list(clause.tokens),
        "verbs": list(clause.verbs),
        "finite": clause.finite,
        "lemma": clause.lemma,
        "auxiliary": clause.auxiliary,
        "modal": clause.modal,
        "particle": clause.particle,
        "reflexive": clause.reflexive,
        "negation": clause.negation,
        "voice": clause.voice,
        "tense": clause.tense,
        "mood": clause.mood,
        "person": clause.person,
        "number": clause.number,
        "conjunction": clause.conjunction,
        "parent": clause.parent,
        "antecedent": clause.antecedent,
        "sure": clause.sure,
        "constituents": [_constituent_record(sentence, c) for c in clause.constituents],
    }


def _constituent_record(sentence: Sentence, constituent: Constituent) -> dict[str, object]:
    """A constituent with ``start``/``end`` as character offsets into the text, like the tokens."""
    first = sentence.tokens[0].i
    return {
        "role": constituent.role,
        "start": sentence.tokens[constituent.start - first].start,
        "end": sentence.tokens[constituent.end - 1 - first].end,
        "text": constituent.text,
        "head": constituent.head,
        "case": constituent.case,
        "preposition": constituent.preposition,
        "detail": constituent.detail,
        "field": constituent.field,
        "clause": constituent.clause,
        "sure": constituent.sure,
    }


def to_conllu(analysis: Analysis) -> str:
    """CoNLL-U with STTS in XPOS and BIO entity labels in MISC."""
    out = [f"# newdoc id = {analysis.article.stem}", f"# model = {analysis.model}"]
    for sentence in analysis.sentences:
        out.append(f"# sent_id = {sentence.index + 1}")
        out.append(f"# text = {' '.join(sentence.text.split())}")
        first = sentence.tokens[0].i if sentence.tokens else 0
        for position, token in enumerate(sentence.tokens, start=1):
            misc = []
            if not token.whitespace:
                misc.append("SpaceAfter=No")
            if token.ent_label:
                misc.append(f"NE={token.ent_label}")
            head = "_" if token.head is None else str(0 if token.head == token.i else token.head - first + 1)
            out.append(
                "\t".join(
                    (
                        str(position), token.text, token.lemma, token.pos, token.tag,
                        token.morph or "_", head, token.dep or "_", "_", "|".join(misc) or "_",
                    )
                )
            )
        out.append("")
    return "\n".join(out) + "\n"


def to_table(analysis: Analysis) -> str:
    """Aligned columns, one token per line, a blank line between sentences."""
    rows = [("TEXT", "LEMMA", "POS", "TAG", "MORPH", "ENT")]
    for sentence in analysis.sentences:
        for token in sentence.tokens:
            rows.append((token.text, token.lemma, token.pos, token.tag, token.morph, token.ent_label))
        rows.append(("",) * 6)
    widths = [min(28, max(len(row[k]) for row in rows)) for k in range(6)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ) + "\n"
