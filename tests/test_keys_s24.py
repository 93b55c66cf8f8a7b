"""Keys that accept every right answer and give the whole answer (issue 12, session 24), from what
readers of round 22 marked too narrow or half: a core verb that rejects a paraphrase ("geraten",
"erfordern", "bekommen"), a compound core noun printed without its head ("Laubblatt"), a place
inside a place ("in den Aargletschern" for "in den Berner Alpen", "im Burgenland"), a language
("Finnisch und Estnisch", "Latein"), "seit der Eisenzeit", a name after its class ("Astana"), a
crime told as a sentence ("die Entführung"), "mehr als" for "über", a definition cut before its
relative clause ("ein riesiges Gelände"). On real German sentences run through the offline
pipeline."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.generation import keys
from quizgen.model import Article, Question


def _analysis(nlp, text: str, title: str = "Test"):
    paragraphs = []
    start = 0
    for part in text.split("\n\n"):
        paragraphs.append((start, start + len(part)))
        start += len(part) + 2
    return analyze(nlp, Article(title=title, text=text, source="test", stem="test", paragraphs=tuple(paragraphs)))


def _keyed(nlp, text: str, prompt: str, answer: str, skill: str, title: str = "Test") -> Question:
    """The question on the sentence that holds the answer, as ``questions`` hands it to the keys."""
    analysis = _analysis(nlp, text, title)
    sentence = next(s for s in analysis.sentences if answer.lower() in s.text.lower())
    question = Question(id="q01", type="wh", prompt=prompt, answer=answer, sentence=sentence.index,
                        evidence=sentence.text, skill=skill)
    refined = keys.refine_keys([question], analysis)
    assert refined, "the key was refused"
    return refined[0]


def test_a_verb_beside_two_words_of_the_point_is_no_core_word(nlp):
    """"Pollen, Narbe, geraten" rejected "die Pollen kommen auf die Narbe"; the verb of a deed and
    a verb of more or less stay ("Was hat Nordkorea getan?", "die Produktion … steigern")."""
    text = "Wenn die Pollen auf die klebrige Narbe geraten, nennt man das Bestäubung."
    question = _keyed(nlp, text, "Was nennt man Bestäubung?", "wenn die Pollen auf die klebrige Narbe geraten", "was-nennt-man")
    assert question.core == ("Pollen/Blütenstaub", "Narbe")  # session 27: the one other name the thesaurus gives
    text = "Nach Angaben der Regierung hat Nordkorea Waffen an Russland geliefert."
    question = _keyed(nlp, text, "Was hat Nordkorea getan?", "Waffen an Russland geliefert", "was")
    assert question.core == ("Waffe", "Russland", "liefern")
    text = "Kim hat die Rüstungsindustrie aufgefordert, die Produktion von Raketen und Artillerie zu steigern."
    question = _keyed(nlp, text, "Wozu hat Kim die Rüstungsindustrie aufgefordert?",
                      "die Produktion von Raketen und Artillerie zu steigern", "wozu")
    assert question.core == ("Rakete", "Artillerie", "steigern/mehr")


def test_a_compound_core_noun_prints_its_head_and_a_place_adjective_its_capital(nlp):
    """The page accepted "Blättern" for "Laubblatt" already; the printed key now says so."""
    text = "Tabak ist ein pflanzliches Produkt, das aus den Laubblättern von Pflanzen der Gattung Tabak hergestellt wird."
    question = _keyed(nlp, text, "Woraus wird Tabak hergestellt?", "aus den Laubblättern von Pflanzen der Gattung Tabak", "woraus")
    assert question.core == ("Laubblatt/Blatt",)
    assert keys.core_stem(question.core[0]) == "blatt"


def test_every_place_of_a_chain_answers_where(nlp):
    """"in den beiden Aargletschern in den östlichen Berner Alpen am Finsteraarhorn": each place
    answers "Wo entspringt die Aare?", and the core word is any of them."""
    text = ("Die Aare entspringt in den beiden Aargletschern in den östlichen Berner Alpen am Finsteraarhorn, "
            "westlich des Grimselpasses im zentralen Süden der Schweiz.")
    question = _keyed(nlp, text, "Wo entspringt die Aare?", "in den östlichen Berner Alpen", "wo-entspringt")
    assert {"in den beiden Aargletschern", "in den Aargletschern", "am Finsteraarhorn"} <= set(question.accepted)
    assert len(question.core) == 1 and question.core[0].startswith("Alpen/Aargletscher/Finsteraarhorn")
    assert "westlich des Grimselpasses" not in question.accepted  # after the comma: no place of the chain


def test_a_place_without_a_chain_keeps_its_core_words(nlp):
    """One place: nothing else is accepted in its stead."""
    text = "Die Schüss entspringt in einem Karstgebiet nördlich des Passübergangs."
    question = _keyed(nlp, text, "Wo entspringt die Schüss?", "in einem Karstgebiet", "wo-entspringt")
    assert not any(v.startswith("am ") or "Pass" in v for v in question.accepted)


def test_the_region_a_place_is_the_capital_of_answers_where(nlp):
    """ "Die Stadt Eisenstadt liegt in Österreich. … Es ist die Hauptstadt des Bundeslandes
    Burgenland.": "im Burgenland" (the text says "des Burgenlandes"), not "in Burgenland"."""
    text = ("Die Stadt Eisenstadt liegt in Österreich. Der Name stammt von den Eisenminen in der Gegend. "
            "Es ist die Hauptstadt des Bundeslandes Burgenland.\n\n"
            "Eisenstadt wurde dann die Hauptstadt des Burgenlandes, eines neuen Bundeslandes von Österreich.")
    question = _keyed(nlp, text, "Wo liegt die Stadt Eisenstadt?", "in Österreich", "wo", title="Eisenstadt")
    assert "im Burgenland" in question.accepted and "in Burgenland" not in question.accepted


def test_a_pronoun_in_another_paragraph_names_no_region(nlp):
    """ "Sie ist die Hauptstadt …" far from the name may be another city."""
    text = ("Die Stadt Eisenstadt liegt in Österreich.\n\n"
            "Wien ist groß. Sie ist die Hauptstadt des Landes Niederösterreich gewesen.")
    question = _keyed(nlp, text, "Wo liegt die Stadt Eisenstadt?", "in Österreich", "wo", title="Eisenstadt")
    assert not any("Niederösterreich" in v for v in question.accepted)


def test_a_language_named_by_its_adjective_is_accepted_by_its_name(nlp):
    text = "Ungarisch ist verwandt mit dem Finnischen und Estnischen."
    question = _keyed(nlp, text, "Mit welchen Sprachen ist Ungarisch verwandt?", "mit dem Finnischen und Estnischen", "welch")
    assert {"Finnisch und Estnisch", "mit Finnisch und Estnisch"} <= set(question.accepted)
    text = "Das Wort kommt aus dem Lateinischen und ist verwandt mit unserem Wort Form."
    question = _keyed(nlp, text, "Woher kommt das Wort Information?", "aus dem Lateinischen", "woher")
    assert {"Latein", "aus dem Latein", "Lateinisch"} <= set(question.accepted)


def test_a_time_marked_as_a_beginning_is_accepted_with_seit(nlp):
    """"Schon in der Eisenzeit lebten Menschen in der Gegend": "seit der Eisenzeit"; without
    "schon" the time is no beginning."""
    question = _keyed(nlp, "Schon in der Eisenzeit lebten Menschen in der Gegend.", "Wann lebten Menschen in der Gegend?",
                      "in der Eisenzeit", "wann")
    assert {"seit der Eisenzeit", "schon in der Eisenzeit"} <= set(question.accepted)
    question = _keyed(nlp, "In der Eisenzeit lebten Menschen in der Gegend.", "Wann lebten Menschen in der Gegend?",
                      "In der Eisenzeit", "wann")
    assert not any(v.startswith("seit") for v in question.accepted)


def test_a_name_after_its_class_answers_alone(nlp):
    text = "Die Hauptstadt Astana wurde sogleich in Nursultan umbenannt, ohne die Bevölkerung zu fragen."
    question = _keyed(nlp, text, "Was wurde sogleich in Nursultan umbenannt?", "die Hauptstadt Astana", "was")
    assert "Astana" in question.accepted


def test_a_crime_told_as_a_sentence_is_marked_by_its_deeds(nlp):
    """ "Sein Sohn wurde entführt" and "die Entführung seines Sohnes" say the crime."""
    text = ("Im Jahr 1932 sorgte ein Verbrechen für Aufsehen: "
            "Jemand wollte Geld erpressen, indem er den nicht einmal zwei Jahre alten Sohn Lindberghs entführte.")
    answer = "Jemand wollte Geld erpressen, indem er den nicht einmal zwei Jahre alten Sohn Lindberghs entführte"
    question = _keyed(nlp, text, "Welches Verbrechen sorgte im Jahr 1932 für Aufsehen?", answer, "welch-angekündigt")
    assert question.core == ("erpressen/entführen",)
    assert {"eine Entführung", "eine Erpressung"} <= set(question.accepted)
    assert any(stem in "sein sohn wurde entfuhrt" for stem in keys.core_stem(question.core[0]).split("|"))


def test_over_a_number_is_also_more_than(nlp):
    text = "Die Weltgesundheitsorganisation hat errechnet, dass jedes Jahr über sechs Millionen Menschen durch Tabak sterben."
    question = _keyed(nlp, text, "Wie viele Menschen sterben jedes Jahr durch Tabak?", "über sechs Millionen", "wie-viele-pro")
    assert {"mehr als sechs Millionen", "mehr als 6 Millionen"} <= set(question.accepted)
    # session 28: "über" only rounds a count, so the number alone is right too (round 26's readers
    # marked the key wrong for refusing it); tests/test_keys_s28.py pins the limits that stay
    assert "sechs Millionen" in question.accepted


def test_a_definition_keeps_its_relative_clause_after_a_preposition(nlp):
    """ "Was ist Baikonur? – ein riesiges Gelände" said nothing; "Gelände" was accepted."""
    text = "Baikonur ist ein riesiges Gelände, von dem Raketen in den Weltraum starten."
    question = _keyed(nlp, text, "Was ist Baikonur?", "ein riesiges Gelände", "was-ist")
    assert question.answer == "ein riesiges Gelände, von dem Raketen in den Weltraum starten"
    assert "Gelände" not in question.accepted


def test_a_place_name_after_its_class_answers_with_its_preposition(nlp):
    """ "auf der hawaiianischen-Insel Maui" (the text's hyphen) → "auf Maui", "Maui"."""
    question = _keyed(nlp, "Er starb im Jahr 1974 auf der hawaiianischen-Insel Maui.", "Wo starb Charles Lindbergh?",
                      "auf der hawaiianischen-Insel Maui", "wo")
    assert {"auf Maui", "Maui"} <= set(question.accepted)


def test_a_name_without_the_city_it_stands_in(nlp):
    """ "von der Hagia Sophia in Istanbul" → "von der Hagia Sophia"; for "Wo …?" the city is the answer."""
    text = "Ihren Namen hat die Stadt Sofia von der Hagia Sophia in Istanbul."
    question = _keyed(nlp, text, "Woher hat die Stadt Sofia ihren Namen?", "von der Hagia Sophia in Istanbul", "woher")
    assert "von der Hagia Sophia" in question.accepted
    question = _keyed(nlp, "Die Kirche steht in der Hagia Sophia in Istanbul.", "Wo steht die Kirche?",
                      "in der Hagia Sophia in Istanbul", "wo")
    assert "in der Hagia Sophia" not in question.accepted


def test_almost_none_is_also_fewer(nlp):
    """ "es gibt fast keine Überschwemmungen mehr" (restated from another sentence) also accepts
    "weniger Überschwemmungen"; an answer without it gets nothing of the kind."""
    text = ("Die Aare wurde dann in den Hagneckkanal gelegt. "
            "Seither gibt es in diesem Gebiet fast keine Überschwemmungen mehr, und sie sind weniger schlimm als früher.")
    analysis = _analysis(nlp, text)
    question = Question(id="q01", type="wh", prompt="Was änderte sich, nachdem die Aare in den Hagneckkanal gelegt wurde?",
                        answer="es gibt fast keine Überschwemmungen mehr", sentence=0, evidence=analysis.sentences[0].text,
                        skill="welche-folgen")
    refined = keys.refine_keys([question], analysis)[0]
    assert {"weniger Überschwemmungen", "es gibt weniger Überschwemmungen"} <= set(refined.accepted)
    assert keys.fewer_variants("es gibt viele Überschwemmungen") == []
