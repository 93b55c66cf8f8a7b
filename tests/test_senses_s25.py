"""Senses the card readers of round 21 found wrong (session 25, issue 13; tests/judged/cards.md),
checked on Ding's own lines (a small dictionary written by the test) and the judged sentences: a
word's own English is not "contested" by English that other words' lines lend it (hinauszögern:
no gloss, for "to stall", hinhalten's and abwürgen's), and a noun's English with an article is as
short as one without (Kriegsende "end of the war": no gloss, for a phrase of four words)."""

from __future__ import annotations

from test_gloss_constructions import _analysed

from quizgen.extraction.ding import _ding_entries, _split_top, _strip_nested

DELAY = (
    "etw. zum Stillstand bringen {vt} :: to stall sth.; to stalemate sth.\n"
    "etw. abwürgen {vt} | abwürgend | abgewürgt | den Motor abwürgen :: to stall sth. | stalling | stalled | to stall the engine\n"
    "etw. verzögern; hinauszögern {vt} (Person) | verzögernd; hinauszögernd | verzögert; hinausgezögert :: to delay sth. (of a person) | delaying | delayed\n"
    "stehenbleiben {vi} (Fahrzeug) :: to stall\n"
    "verzögern; hinauszögern; hinhalten {vt} | verzögernd; hinauszögernd; hinhaltend | verzögert; hinausgezögert; hingehalten :: to stall | stalling | stalled\n"
)


def test_a_verb_s_own_english_is_not_contested_by_english_lent_by_other_words(ding_text, nlp):
    """Round 21: "den Abtransport seiner Zwangsarbeiter hinauszögern" had no meaning: "to delay",
    its own line's, weak, and "to stall" (mostly abwürgen's, stehenbleiben's) counted as a rival."""
    glossary = ding_text("de-en", DELAY)
    sentence, token = _analysed(nlp, "So konnte Schindler den Abtransport seiner Zwangsarbeiter hinauszögern.", "hinauszögern")
    assert glossary.senses("hinauszögern", "VERB", sentence=sentence, token_i=token)[:1] == ("to delay",)
    # the English other words lend is still theirs: abwürgen's engine is stalled
    sentence, token = _analysed(nlp, "Der Fahrer hat den Motor abgewürgt.", "abwürgen")
    assert glossary.senses("abwürgen", "VERB", sentence=sentence, token_i=token)[:1] == ("to stall",)


def test_a_noun_s_english_with_an_article_is_no_longer_phrase():
    """Round 21: das Kriegsende had no meaning; "end of the war" counted four words, one more than
    a noun's English may have. Four words without an article are still too many for a card."""
    assert [entry[2] for entry in _ding_entries("Kriegsende {n} :: end of the war")] == ["end of the war"]
    assert [entry[2] for entry in _ding_entries("Jahresende {n}; Jahresabschluss {m} :: end of the year")][:1] == ["end of the year"]
    assert _ding_entries("Kriegsschauplatz {m} :: theatre of war operations") == []


def test_the_quick_paths_of_the_index_build_split_as_before():
    """Issue 13: parts without brackets skip the bracket walk; they split and strip as before."""
    assert _split_top("lock; castle (Br.); a (b; c)") == ["lock", " castle (Br.)", " a (b; c)"]
    assert _split_top("Gemälde {n}; Bild {n} [art]") == ["Gemälde {n}", " Bild {n} [art]"]
    assert _split_top("Landesgrenze; Staatsgrenze; Grenze") == ["Landesgrenze", " Staatsgrenze", " Grenze"]
    assert _strip_nested("government /Gov./") == "government "
    assert _strip_nested("Förderung {f} (von etw.) [min.]") == "Förderung   "
    assert _strip_nested("end of the war") == "end of the war"
