"""Cloze notes strict readers rejected in round 16 (tests/judged/cards.md, "## Round 16", table
"Cloze", and the readers' summaries), and the sound ones a rule must not lose, on real German
sentences analysed by the offline pipeline: a garbled source sentence, a list of names, a noun
read as a verb, a negated adjective whose stem the sentence shows, a compound its adjective part and
head spell out in English."""

from __future__ import annotations

from test_cloze_s13 import _analysis, _answers, _needs_dictionary
from test_cloze_s14 import _item

from quizgen.generation.cloze import _case_mismatch, _name_list


def test_a_preposition_before_an_article_of_the_wrong_case_marks_a_garbled_sentence(nlp):
    """Qin Shihuangdi: four cards used the translated quotation "… sogar bis dem Ausmaße lag"; bis
    takes the accusative. Sound phrases with the same prepositions are no slip."""
    garbled = _analysis(nlp, "Die Verachtung der Gelehrten reichte sogar bis dem Ausmaße, dass ihre Bücher verbrannt wurden.")
    assert _case_mismatch(garbled.sentences[0])
    sound = _analysis(nlp, "Die Verachtung der Gelehrten reichte sogar bis zu dem Ausmaß, dass ihre Bücher verbrannt wurden.")
    assert not _case_mismatch(sound.sentences[0])
    sound = _analysis(nlp, "Er kämpfte für den Frieden und mit den Bauern gegen die Fürsten des Landes.")
    assert not _case_mismatch(sound.sentences[0])
    wrong = _analysis(nlp, "Die Händler kamen jedes Jahr mit das Schiff aus Venedig in die Stadt.")
    assert _case_mismatch(wrong.sentences[0])


def test_a_garbled_sentence_makes_no_note(nlp):
    """The card copies its sentence as a model: the slip ("von einen Verlag") makes none, the
    sound sentence keeps it (Sax Rohmer C2, judged usable)."""
    text = "Nach dem Erfolg der Geschichten wurde er umgehend von {} Verlag unter Vertrag genommen."
    for article, expected in (("einen", []), ("einem", [("umgehend",)])):
        analysis = _analysis(nlp, text.format(article))
        promptly = _item(analysis, "umgehend", "umgehend", "ADJ", ("promptly",))
        assert _answers(analysis, promptly) == expected


def test_a_list_of_names_makes_no_note(nlp):
    """Gipfeltreffen von Malta: "a 30-word sentence full of ship names". Four names in a row, joined
    by commas and und, make a list (three places of a life do not); names spread over the sentence's clauses are its actors and keep
    the note (Avengers, round 14 C4, judged usable)."""
    listed = _analysis(nlp, "An dem Treffen nahmen Bush, Gorbatschow, Kohl und Mitterrand teil, "
                            "die über die Zukunft Europas sprachen.")
    assert _name_list(listed.sentences[0], listed)
    actors = _analysis(nlp, "Mit Selvigs Hilfe, der von Lokis Kontrolle befreit wurde, schließt Black Widow das Portal, "
                            "unmittelbar nachdem Iron Man hindurchfällt.")
    assert not _name_list(actors.sentences[0], actors)
    three = _analysis(nlp, "Er lebte in Berlin, Hamburg und München, bevor er an die Universität ging.")
    assert not _name_list(three.sentences[0], three)


def test_a_capitalised_word_read_as_a_verb_makes_no_gap(nlp):
    """Gaetano Vestris C2: "Vestris war ein ausgezeichneter [Mime] und Tänzer" became mimen with the
    hint "to play": the text has the noun der Mime. The verb where the text has it keeps its gap,
    and so does a capital at the start of the sentence."""
    analysis = _analysis(nlp, "Vestris war ein ausgezeichneter Mime und ein bekannter Tänzer seiner Zeit.")
    play = _item(analysis, "Mime", "mimen", "VERB", ("to play",))
    assert _answers(analysis, play) == []
    analysis = _analysis(nlp, "In seinen Rollen mimte Vestris oft den strengen König vor großem Publikum.")
    play = _item(analysis, "mimte", "mimen", "VERB", ("to play",), verb_forms=("mimt", "mimte", "hat gemimt"))
    assert _answers(analysis, play) == [("mimte",)]
    analysis = _analysis(nlp, "Gewaltsame Methoden lehnte der Kaiser in seinen letzten Jahren ab.")
    violent = _item(analysis, "Gewaltsame", "gewaltsam", "ADJ", ("violent",))
    assert _answers(analysis, violent) == [("Gewaltsame",)]


def test_a_negated_adjective_whose_stem_the_sentence_shows_makes_no_gap(nlp):
    """Avengers C4: "… als Stabilisator dienen, damit das Portal nicht so [instabil] wird": "a
    cognate, and Stabilisator in the same sentence gives it away". Without the stem in the
    sentence the gap stays; an adjective in un- that is no negation keeps it too."""
    analysis = _analysis(nlp, "Das gestohlene Iridium soll als Stabilisator dienen, damit das Portal nicht so instabil wird.")
    assert _answers(analysis, _item(analysis, "instabil", "instabil", "ADJ", ("unstable",))) == []
    analysis = _analysis(nlp, "Nach dem Angriff ist das Portal sehr instabil geworden und droht zu schließen.")
    assert _answers(analysis, _item(analysis, "instabil", "instabil", "ADJ", ("unstable",))) == [("instabil",)]
    analysis = _analysis(nlp, "Die Stadt liegt über einem unterirdischen See, den die Bewohner lange nicht kannten.")
    below = _item(analysis, "unterirdischen", "unterirdisch", "ADJ", ("underground",))
    assert _answers(analysis, below) == [("unterirdischen",)]


def test_a_compound_of_an_adjective_part_its_english_spells_out_makes_no_gap(nlp):
    """Upper Peninsula C1 gap 2: [Gesamtbevölkerung] "total population" is "a transparent compound
    not worth a card" (gesamt: total, Bevölkerung: population); Ternärer Computer C2: the hint
    "further development" translates [Weiterentwicklung] (weiter, further). A compound with a part
    beyond the learner keeps its gap (Bevölkerungsdichte, judged usable)."""
    _needs_dictionary()
    analysis = _analysis(nlp, "Die Obere Halbinsel hat nur drei Prozent der Gesamtbevölkerung des Bundesstaates.")
    total = _item(analysis, "Gesamtbevölkerung", "Gesamtbevölkerung", "NOUN", ("total population",), article="die")
    assert _answers(analysis, total) == []
    analysis = _analysis(nlp, "Die Forscher planen die Weiterentwicklung ternärer Computer in den nächsten Jahren.")
    further = _item(analysis, "Weiterentwicklung", "Weiterentwicklung", "NOUN", ("further development",), article="die")
    assert _answers(analysis, further) == []
    analysis = _analysis(nlp, "Die Bevölkerungsdichte beträgt in dem ganzen Distrikt etwa 285 Einwohner.")
    density = _item(analysis, "Bevölkerungsdichte", "Bevölkerungsdichte", "NOUN", ("population density",), article="die")
    assert _answers(analysis, density) == [("Bevölkerungsdichte",)]
