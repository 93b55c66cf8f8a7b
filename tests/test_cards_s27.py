"""Cards of round 23 (tests/judged/cards.md): examples and cloze sentences that copy a slip of the
text's grammar ("viel Olivenbäume", "außer den König", "nachdem er … regiert hat"), a sentence
that names its word in quotation marks instead of using it ("Ein anderes Wort dafür wäre
'Auskunft'")."""

from __future__ import annotations

from test_cloze_s13 import _analysis, _item, _needs_dictionary

from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.extraction.vocabulary import _without_slip, mentioned, slip
from quizgen.generation.cloze import make_clozes

SLIPS = (
    "Wichtig ist auch die Landwirtschaft, in der man viel Olivenbäume anbaut.",
    "Im Jahr 1648 wurde Eisenstadt eine königliche Freistadt, die niemanden über sich hatte außer den König von Ungarn.",
    ("Im Jahr 2019 trat Nursultan Nasarbajew überraschend als Präsident zurück, nachdem er das Land seit der "
     "Unabhängigkeit regiert hat."),
)
SOUND = (
    "Er spielt mit den Mädchen im Garten.",
    "Sie sprach lange mit den Lehrern.",
    "Nachdem er gegessen hat, geht er schlafen.",
    "Er trat zurück, nachdem er lange regiert hatte.",
    "Hier gibt es viel Wasser und wenig Regen.",
    "Seit den Wahlen regiert er allein.",
)


def test_a_slip_of_grammar_is_found_and_sound_german_is_not(nlp):
    """Uninflected viel before a plural, a dative preposition before an accusative singular, a
    nachdem-clause in the perfect beside a main clause in the past; not "mit den Mädchen"
    (a dative plural that ends in -n like its singular) nor a pluperfect after nachdem."""
    analysis = _analysis(nlp, " ".join(SLIPS + SOUND))
    found = {sentence.text: slip(sentence) for sentence in analysis.sentences}
    assert [found[text] for text in SLIPS] == [True, True, True]
    assert not any(found[text] for text in SOUND)


def test_an_example_leaves_out_the_clause_with_the_slip_where_the_word_stands_before_it(nlp):
    """Landwirtschaft's card shows its main clause, not the relative clause with "viel
    Olivenbäume"; anbauen, whose clause holds the slip, keeps the text's sentence."""
    analysis = _analysis(nlp, SLIPS[0])
    sentence = analysis.sentences[0]
    start = sentence.text.index("Landwirtschaft")
    assert _without_slip(sentence, sentence.start + start) == "Wichtig ist auch die Landwirtschaft."
    assert _without_slip(sentence, sentence.start + sentence.text.index("anbaut")) == SLIPS[0]


def test_a_card_takes_another_sentence_than_one_with_a_slip(nlp):
    """With a sound sentence of the word in the text, the card shows that one."""
    analysis = _analysis(nlp, SLIPS[2] + " Seit der Unabhängigkeit im Jahr 1991 ist das Land ein eigener Staat.")
    items = {item.lemma: item for item in extract_vocabulary(analysis, Options(level="A1", max_words=0))}
    assert items["Unabhängigkeit"].example == "Seit der Unabhängigkeit im Jahr 1991 ist das Land ein eigener Staat."


def test_a_word_named_in_quotation_marks_is_mentioned_not_used(nlp):
    analysis = _analysis(nlp, 'Ein anderes Wort dafür wäre "Auskunft". Die Auskunft am Bahnhof war freundlich.')
    first, second = analysis.sentences
    named = next(t for t in first.tokens if t.text == "Auskunft")
    used = next(t for t in second.tokens if t.text == "Auskunft")
    assert mentioned(first, named)
    assert not mentioned(second, used)


def test_no_cloze_note_on_a_sentence_with_a_slip(nlp):
    """Round 23's readers found "in der man viel Olivenbäume [anbaut]" on a cloze card; with
    "viele" the sentence makes one."""
    _needs_dictionary()
    for text, made in ((SLIPS[0], False), (SLIPS[0].replace("viel ", "viele "), True)):
        analysis = _analysis(nlp, text)
        item = _item(analysis, "anbaut", "anbauen", "VERB", ("to grow",))
        notes = make_clozes(analysis, (item,), (), Options(level="A1"))
        assert bool(notes) == made, text
