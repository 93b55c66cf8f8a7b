"""Nothing is asked, carded or gapped from a passage of vulgar language; a flower's
"Sexualorgane" or a "Sextant" is no such passage."""

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation.suitability import unsuitable_sentences
from quizgen.pipeline import build_material
from quizgen.reading import read_article

SPRACHE = """Finnische Sprache

Die finnische Sprache gehört zur Familie der uralischen Sprachen.
Sie wird von rund fünf Millionen Menschen in Finnland gesprochen.
Das Finnische hat fünfzehn grammatische Fälle.
Die Betonung liegt immer auf der ersten Silbe eines Wortes.

== Schimpfwörter

Das Finnische ist reich an derben Schimpfwörtern.
Der Sprachforscher Mikko Virtanen sammelte im Jahr 2010 in Helsinki über 300 finnische Flüche.
Manche Flüche werden so gebraucht wie im Englischen "fuck".
Viele Ausdrücke bezeichnen den Geschlechtsverkehr oder ein Geschlechtsteil.
Jugendliche in Tampere verwenden diese Wörter seit den Achtzigerjahren als Füllwörter.

== Schrift

Das Finnische wird mit lateinischen Buchstaben geschrieben.
Die Rechtschreibung folgt meistens genau der Aussprache.
Seit dem 16. Jahrhundert gibt es Bücher in finnischer Sprache.
"""


@pytest.fixture(scope="module")
def sprache(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("sprache") / "Finnische_Sprache.txt"
    path.write_text(SPRACHE, encoding="utf-8")
    return analyze(nlp, read_article(path))


def test_the_whole_section_with_vulgar_language_is_set_apart(sprache):
    avoided = [sprache.sentences[i].text for i in sorted(unsuitable_sentences(sprache))]
    assert avoided[0] == "Schimpfwörter" and any(text.startswith("Jugendliche in Tampere") for text in avoided)
    assert not any("lateinischen Buchstaben" in text or "uralischen" in text for text in avoided)


def test_no_item_card_or_gap_comes_from_it(sprache):
    material = build_material(sprache, Options())
    avoided = unsuitable_sentences(sprache)
    assert material.questions and material.clozes and material.vocabulary
    assert not {q.sentence for q in material.questions} & avoided
    assert not {note.sentence for note in material.clozes} & avoided
    assert not {item.sentence for item in material.vocabulary} & avoided
    printed = " ".join(f"{q.prompt} {q.evidence} {q.answer} {q.prompt_items} {q.options}" for q in material.questions)
    assert "Tampere" not in printed and "Füllwörter" not in printed  # not even half a sentence of it


def test_scientific_words_are_no_vulgar_language(nlp, tmp_path):
    path = tmp_path / "Bluete.txt"
    path.write_text("Blüte\n\nDie Blüte trägt die Sexualorgane der Pflanze.\n"
                    "Seeleute bestimmten ihre Position früher mit einem Sextanten.\n", encoding="utf-8")
    assert not unsuitable_sentences(analyze(nlp, read_article(path)))
