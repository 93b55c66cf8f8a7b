"""Session 30: central content in, marginal one-sentence details out (round 27)."""

from __future__ import annotations

from test_select_s29 import _build

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation import selection
from quizgen.pipeline import build_material
from quizgen.reading import read_article


def test_a_gap_text_never_pushes_out_a_reason(nlp, devdata, monkeypatch):
    """Rembrandt (Klexikon): "Warum starb Rembrandt … trotz seines Ruhms einsam und arm?" is what
    round 27's readers missed; a gap text on its passage ("Trotz seines ___ starb er ___ und arm")
    pushed it out. The reason stays, and no gap text on the sheet reprints its sentence."""
    analysis, material, pools = _build(nlp, devdata / "articles" / "klexikon" / "Rembrandt.txt", monkeypatch)
    reasons = [q for q in pools.get("wh", []) if q.skill in selection.REASON_SKILLS]
    assert reasons, [q.prompt for q in pools.get("wh", [])]
    asked = [q for q in material.questions if q.skill in selection.REASON_SKILLS]
    assert any("arm" in q.prompt for q in asked), [q.prompt for q in material.questions]
    for gap in (q for q in material.questions if q.type == "gap_fill"):
        assert not any(q.sentence in selection._passage(gap, analysis) for q in asked), gap.prompt


def test_what_a_thing_is_for_keeps_its_frame_after_dabei(nlp, tmp_path):
    """ "Dabei dienen die Kelchblätter als Schutz." (Blüte, Wikipedia): what the sepals are for holds
    beyond the bud "dabei" points back to, so "Wozu dienen die Kelchblätter?" is worth asking
    (round 27's readers missed "Welche Aufgabe haben die Blätter einer Blüte?"); what the
    sentence names after "dabei" ("Was dient als Schutz?") still loses its frame."""
    from quizgen.generation.questions import _w_questions
    from quizgen.generation.worth import frame_lost

    path = tmp_path / "knospe.txt"
    path.write_text("Die Blüte\n\nVor dem Öffnen bildet die Blüte eine Knospe. Dabei dienen die Kelchblätter als Schutz.\n",
                    encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    pool = _w_questions(analysis, build_material(analysis, Options()).facts)
    purpose = [q for q in pool if q.prompt.startswith("Wozu") and "Kelchblätter" in q.prompt]
    named = [q for q in pool if q.prompt.startswith("Was dient")]
    assert purpose and named, [q.prompt for q in pool]
    assert not any(frame_lost(q, analysis.sentences[q.sentence]) for q in purpose)
    assert all(frame_lost(q, analysis.sentences[q.sentence]) for q in named)
