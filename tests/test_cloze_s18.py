"""Cloze gaps strict readers rejected in round 14 (tests/judged/cards.md, "## Round 14", table
"Cloze") because a word of the sentence gives the answer away, and the usable ones a rule must
not lose, on real German sentences analysed by the offline pipeline.

Not made a rule: round 14's readers also rejected a finite verb whose particle stays in the
sentence ("[wuchs] … auf", "[stellte] sich heraus"), but rounds 11 and 12 judged such gaps with
a meaning hint usable ("[lehnte] … ab", tests/test_cloze_s15*.py)."""

from __future__ import annotations

from test_cloze_s13 import _analysis
from test_cloze_s14 import _hints, _item


def test_a_compound_of_the_sentence_that_holds_the_nouns_lemma_takes_its_gap(nlp):
    """Round 14: "mit unterschiedlichen [Düften], so dass … eine Änderung der Duftnote": the
    compound holds Duft, though not the plural's umlaut. A noun no other word holds keeps its
    gap (Änderung)."""
    text = ("Es gab Räucherstäbchen mit unterschiedlichen Düften, so dass die Stunden durch eine Änderung der "
            "Duftnote gekennzeichnet wurden.")
    analysis = _analysis(nlp, text)
    scent = _item(analysis, "Düften", "Duft", "NOUN", ("scent",), article="der")
    assert _hints(analysis, scent) == {}
    change = _item(analysis, "Änderung", "Änderung", "NOUN", ("change",), article="die")
    assert _hints(analysis, change) == {"Änderung": "die Ä… (change)"}
