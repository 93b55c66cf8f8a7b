"""A verb whose own dictionary senses are too weak for a gloss takes the sense its -ung noun is
sure of (issue 13 §1, derivational agreement); checked on sentences of the dev articles."""

from __future__ import annotations

from test_gloss_round5 import _senses as _word_senses
from test_gloss_round5 import needs_ding


def _senses(nlp, text: str, lemma: str) -> tuple[str, ...]:
    """The glossary's senses of the verb with this lemma in a one-sentence text."""
    return _word_senses(nlp, text, lemma, "VERB")


@needs_ding
def test_a_verb_without_a_gloss_takes_the_sense_its_noun_is_sure_of(fresh_glossary, nlp):
    """Ding's plain "erobern :: to conquer" is a specialist's line and weak beside "to conquer a
    city"; Eroberung :: conquest settles it (Oskar Schindler, Klexikon). So does Überquerung ::
    crossing for überqueren (Hurrikan Norman, judged round 8): both had no gloss."""
    assert _senses(nlp, "Im Jahr 1945 eroberte die Sowjetunion Polen und Tschechien.", "erobern")[:1] == ("to conquer",)
    assert _senses(nlp, "Am 4. September überquerte Norman den 140. westlichen Längengrad.", "überqueren")[:1] == ("to cross",)


@needs_ding
def test_a_noun_unsure_of_its_own_sense_gives_none(fresh_glossary, nlp):
    """Durchsetzung is interspersion by support and enforcement by commonness: no sure sense, so
    durchsetzen, which means to push a person through here, gets no "to enforce"."""
    senses = _senses(nlp, "Immerhin konnte Prinz Albert Ernst von Stockmar als persönlichen Sekretär der Prinzessin durchsetzen.", "durchsetzen")
    assert "to enforce" not in senses
