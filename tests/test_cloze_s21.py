"""The cloze notes' measure of how sure a card's meaning is where its gap stands (round 17,
tests/judged/cards.md: most unusable notes showed another sense's English in the gap, "a… (to
push)" for angetriebene, powered). ``sense_confidence`` is the one place that measure enters the
cloze notes, so a better one from the sense choice can replace it."""

from __future__ import annotations

from test_cloze_s13 import _analysis, _needs_dictionary
from test_cloze_s14 import _item

from quizgen.config import Options
from quizgen.generation.cloze import sense_confidence


def _confidence(nlp, text: str, form: str, lemma: str, pos: str, gloss: tuple[str, ...]) -> float:
    analysis = _analysis(nlp, text)
    item = _item(analysis, form, lemma, pos, gloss)
    token = next(t for t in analysis.tokens if t.text == form)
    return sense_confidence(item, token, analysis.sentences[0], Options())


def test_a_meaning_with_rival_senses_is_less_sure_than_one_without(nlp):
    """Knochen has one meaning (bone, judged usable in Organtransplantation C4); antreiben's "to
    push" competes with "to power" and "to propel" (X-24 C1, judged not usable)."""
    _needs_dictionary()
    bone = _confidence(nlp, "Bei der Transplantation wurden auch Knochen des Spenders übertragen.",
                       "Knochen", "Knochen", "NOUN", ("bone",))
    push = _confidence(nlp, "Am 19. März 1970 erfolgte der erste angetriebene Flug mit Gentry im Cockpit.",
                       "angetriebene", "antreiben", "VERB", ("to push",))
    assert bone == 1.0
    assert push < 0.8 < bone
