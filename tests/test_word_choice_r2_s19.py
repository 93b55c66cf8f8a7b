"""Cards round 19's readers found not worth learning (session 19, issue 13): "die Zählung –
count" carved out of the text's Volkszählung (census), and die Fluchtroute beside der Fluchtweg
(both "escape route"). Checked with the installed dictionary on German sentences like the judged
ones, with sentences where nothing must change."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.extraction.glossary import load_glossary
from quizgen.extraction.vocabulary import _names_head
from quizgen.model import Article


@pytest.fixture()
def glossary(fresh_glossary):
    found = load_glossary(Options().dictionary)
    if found is None:
        pytest.skip("no dictionary installed (Debian trans-de-en; `quizgen dictionary install`)")
    return found


def _lemmas(nlp, text: str) -> set[str]:
    """The lemmas carded for a B1 reader of ``text`` (no cap on the list)."""
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return {item.lemma for item in extract_vocabulary(analyze(nlp, article), Options(level="B1", max_words=0))}


def test_a_compound_with_a_meaning_of_its_own_does_not_name_its_head(glossary):
    """Volks·zählung – census: nothing of "count" in it; General·streik – general strike names
    its head's "strike"."""
    assert not _names_head("Volkszählung", "Zählung", glossary)
    assert _names_head("Generalstreik", "Streik", glossary)


def test_the_head_of_an_opaque_compound_is_not_carded(nlp, glossary):
    """"Nach der Volkszählung von 2011 hat der Distrikt 476.000 Einwohner" (Distrikt in Indien):
    readers found "die Zählung – count" a wrong lemma for the text's word."""
    lemmas = _lemmas(nlp, "Nach der Volkszählung von 2011 hat der Distrikt 476.000 Einwohner. "
                          "Die Bevölkerung wächst seit Jahren langsam.")
    assert "Zählung" not in lemmas


def test_a_synonym_beginning_alike_makes_one_card(nlp, glossary):
    """Harriet Tubman: die Fluchtroute and der Fluchtweg are both "escape route"; the card is the
    one met more often or more common (Fluchtweg)."""
    text = ("Die genaue Fluchtroute von Harriet Tubman ist nicht bekannt. Da auch andere Sklaven diesen Fluchtweg "
            "nutzten, nannte Harriet Tubman erst gegen Ende ihres Lebens Einzelheiten.")
    lemmas = _lemmas(nlp, text)
    assert "Fluchtweg" in lemmas and "Fluchtroute" not in lemmas


def test_a_compound_alone_or_beside_another_meaning_keeps_its_card(nlp, glossary):
    """Without the Fluchtweg sentence die Fluchtroute is the card; der Fluchtversuch (escape
    attempt) begins alike but means something else and stays beside der Fluchtweg."""
    assert "Fluchtroute" in _lemmas(nlp, "Die genaue Fluchtroute von Harriet Tubman ist nicht bekannt. Von dort aus nahm "
                                         "sie wahrscheinlich eine Fluchtroute, die auch von vielen anderen Sklaven genutzt wurde.")
    lemmas = _lemmas(nlp, "Ihre Familie erfuhr von ihrem erneuten Fluchtversuch. Da auch andere Sklaven diesen Fluchtweg "
                          "nutzten, nannte Harriet Tubman erst gegen Ende ihres Lebens Einzelheiten.")
    assert {"Fluchtweg", "Fluchtversuch"} <= lemmas
