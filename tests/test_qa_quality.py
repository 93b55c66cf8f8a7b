"""The MLQA measurement: its scoring rules, and the quality gate held to tests/quality/qa_baseline.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.model import Question
from quizgen.qa_evaluation import (
    best_f1,
    is_comprehension,
    normalize_answer,
    read_squad,
    summarize,
    token_f1,
    w_word,
)

BASELINE = Path(__file__).parent / "quality" / "qa_baseline.json"
TOLERANCE = 0.002


def _question(type_: str, prompt: str, answer: str, **fields) -> Question:
    return Question(id="q01", type=type_, prompt=prompt, answer=answer, sentence=0, evidence="", **fields)


def test_normalisation_drops_case_punctuation_and_german_articles():
    assert normalize_answer("Die Regierung, in Berlin!") == ["regierung", "in", "berlin"]
    assert normalize_answer("einem „neuen“ Haus") == ["neuen", "haus"]


def test_token_f1_is_squads():
    assert token_f1("die Regierung", "Regierung") == 1.0
    assert token_f1("im Jahr 1901", "1901") == pytest.approx(0.5)
    assert token_f1("Berlin", "Hamburg") == 0.0


def test_the_best_accepted_variant_counts():
    question = _question("wh", "Wann starb sie?", "am 22. Januar 1901 in Osborne", accepted=("22. Januar 1901",))
    assert best_f1(question, ["22. Januar 1901"]) == 1.0


def test_vocabulary_gaps_are_not_comprehension():
    gap = _question("multiple_choice", "Welches Wort passt in die Lücke? Die ___ fliegt.", "Rakete")
    assert not is_comprehension(gap)
    assert not is_comprehension(_question("multiple_choice", "Was passt?", "x", focus="vocabulary"))
    assert is_comprehension(_question("multiple_choice", "Wer reiste nach Berlin?", "Kim"))
    assert is_comprehension(_question("wh", "Wer reiste nach Berlin?", "Kim"))
    assert not is_comprehension(_question("true_false", "Kim reiste nach Berlin.", "richtig"))


def test_question_words():
    assert w_word("Wie viele Menschen leben dort?") == "wie viele"
    assert w_word("In welchem Jahr starb er?") == "welchem"
    assert w_word("Worüber sprach er?") == "worüber"
    assert w_word("Wer kam?") == "wer"
    assert w_word("Nenne den Grund.") == "other"


def test_summary_of_a_small_squad_file(tmp_path, nlp):
    from quizgen.qa_evaluation import evaluate_qa

    context = (
        "Kim Jong Un hat am Montag eine Munitionsfabrik in Pjöngjang besucht. Nordkorea hat in "
        "diesem Jahr bereits 14 Raketentests durchgeführt. Die Manöver beginnen am 21. August."
    )
    squad = {"data": [{"title": "t", "paragraphs": [{"context": context, "qas": [
        {"id": "a", "question": "Wie viele Raketentests hat Nordkorea durchgeführt?", "answers": [{"text": "14", "answer_start": 0}]},
        {"id": "b", "question": "Was besuchte Kim?", "answers": [{"text": "eine Munitionsfabrik", "answer_start": 0}]},
    ]}]}]}
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(squad, ensure_ascii=False), encoding="utf-8")
    paragraphs = read_squad(path)
    assert [q.answers for q in paragraphs[0].questions] == [("14",), ("eine Munitionsfabrik",)]
    results = evaluate_qa(nlp, paragraphs)
    summary = summarize(results)
    assert summary["people_questions"] == 2
    assert summary["words"] == results[0].words > 20
    hit = {gold_id for gold_id, _, _ in results[0].hits}
    assert summary["targeted"] == len(hit)
    for gold_id, question_id, f1 in results[0].hits:
        question = next(q for q in results[0].generated if q.id == question_id)
        assert is_comprehension(question) and f1 >= 0.5


@pytest.mark.slow
def test_mlqa_figures_do_not_drop_below_the_baseline(devdata, nlp):
    from quizgen.qa_evaluation import run

    path = devdata / "qa" / "mlqa-de-dev.squad.json"
    if not path.is_file():
        pytest.skip(f"{path} is absent (MLQA German dev in SQuAD format)")
    from quizgen.extraction.dictionaries import find_dictionary

    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    if find_dictionary() is None:  # the vocabulary tasks, and so the questions beside them, differ
        baseline = {**baseline, **baseline["without_dictionary"]}
    summary, _ = run(nlp, path)
    assert summary["people_questions"] == baseline["people_questions"]
    for key in ("targeted_share", "per_100_words", "not_lifted_share"):
        assert summary[key] >= baseline.get(key, 0.0) - TOLERANCE, f"{key} {summary[key]} < baseline {baseline[key]}"
