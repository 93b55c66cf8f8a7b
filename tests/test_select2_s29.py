"""Two items whose answers say the same (round 27, Tabak (Klexikon): "Was braucht der Anbau von
Tabak?" gave away "Warum verursacht der Anbau von Tabak Hungersnöte?"): only the reason stays."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation.selection import _same_content
from quizgen.pipeline import build_material
from quizgen.reading import read_article


def test_answers_that_say_the_same_around_other_words():
    assert _same_content("viel fruchtbares land auf dem keine nahrung angebaut werden kann",
                         "weil er viel fruchtbares land braucht auf dem keine nahrung angebaut werden kann")
    assert not _same_content("in den aargletschern", "weil die aare in den aargletschern entspringt und schmilzt")
    assert not _same_content("viel fruchtbares land", "weil die pflanzen viel wasser und sonne brauchen")


@pytest.mark.slow
def test_the_reason_stays_and_what_it_tells_goes(nlp, devdata):
    material = build_material(analyze(nlp, read_article(devdata / "articles" / "klexikon" / "Tabak.txt")), Options())
    prompts = [q.prompt for q in material.questions]
    assert "Warum verursacht der Anbau von Tabak Hungersnöte?" in prompts, prompts
    assert "Was braucht der Anbau von Tabak?" not in prompts
