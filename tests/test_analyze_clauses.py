"""``quizgen analyze --format jsonl``: the "clauses" field of each sentence."""

from __future__ import annotations

import json

from quizgen.analysis.formats import to_jsonl
from quizgen.analysis.pipeline import to_analysis
from quizgen.cli import main
from quizgen.model import Article

TEXT = (
    "Kim Jong Un hat am Montag eine Munitionsfabrik in Pjöngjang besucht. "
    "Er forderte die Rüstungsindustrie auf, mehr Raketen zu bauen."
)
TOKEN_FIELDS = {"i", "start", "end", "text", "lemma", "pos", "tag", "morph"}
CLAUSE_FIELDS = {
    "kind", "verbs", "finite", "lemma", "voice", "tense", "modal", "negation", "conjunction",
    "parent", "antecedent", "sure", "constituents",
}
CONSTITUENT_FIELDS = {"role", "start", "end", "text", "head", "case", "preposition", "detail", "field", "clause", "sure"}


def _records(capsys, tmp_path) -> list[dict]:
    path = tmp_path / "kim.txt"
    path.write_text(TEXT + "\n", encoding="utf-8")
    status = main(["analyze", str(path), "--format", "jsonl", "--model", "offline"])
    out = capsys.readouterr().out
    assert status == 0
    return [json.loads(line) for line in out.splitlines()]


def test_every_sentence_keeps_its_fields_and_gains_clauses(capsys, tmp_path):
    records = _records(capsys, tmp_path)
    assert len(records) == 2
    for record in records:
        assert set(record) == {"sentence", "start", "end", "text", "tokens", "entities", "clauses"}
        assert all(set(token) == TOKEN_FIELDS for token in record["tokens"])
        assert record["clauses"], record["text"]
        for clause in record["clauses"]:
            assert CLAUSE_FIELDS <= set(clause)
            for constituent in clause["constituents"]:
                assert set(constituent) == CONSTITUENT_FIELDS


def test_constituent_offsets_are_characters_and_heads_are_tokens(capsys, tmp_path):
    records = _records(capsys, tmp_path)
    text = TEXT + "\n"
    for record in records:
        indices = {token["i"]: token for token in record["tokens"]}
        for clause in record["clauses"]:
            assert clause["finite"] is None or clause["finite"] in indices
            assert all(verb in indices for verb in clause["verbs"])
            for constituent in clause["constituents"]:
                assert text[constituent["start"] : constituent["end"]] == constituent["text"]
                head = indices[constituent["head"]]
                assert constituent["start"] <= head["start"] < constituent["end"]
    first = records[0]["clauses"][0]
    assert first["lemma"] == "besuchen" and first["tense"] == "perfect"
    subject = next(c for c in first["constituents"] if c["role"] == "subject")
    assert (subject["text"], subject["start"], subject["end"]) == ("Kim Jong Un", 0, 11)
    assert indices_text(records[0], subject["head"]) in ("Kim", "Un")


def indices_text(record: dict, i: int) -> str:
    return next(token["text"] for token in record["tokens"] if token["i"] == i)


def test_clauses_from_a_dependency_parse_in_jsonl():
    from test_dependencies import PERFECT, PERFECT_ENTITIES, parsed

    doc = parsed(PERFECT, PERFECT_ENTITIES)
    article = Article(title="t", text=doc.text, source="t", stem="t", paragraphs=((0, len(doc.text)),))
    (record,) = [json.loads(line) for line in to_jsonl(to_analysis(doc, article)).splitlines()]
    (clause,) = record["clauses"]
    assert (clause["kind"], clause["finite"], clause["verbs"], clause["parent"]) == ("main", 3, [3, 10], None)
    place = next(c for c in clause["constituents"] if c["role"] == "place")
    assert doc.text[place["start"] : place["end"]] == "in Pjöngjang"
    assert (place["head"], place["preposition"], place["field"]) == (9, "in", "mittelfeld")
