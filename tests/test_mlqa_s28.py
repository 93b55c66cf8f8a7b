"""Session 28 (issue 12, MLQA recall): an adverbial the clause analysis left untyped is asked by
its preposition where it names a means ("durch"), a partner or a helper ("mit", "für", "gegen"
a person or a body, "mit Hilfe der …"); a manner, a price or a place is not."""

from __future__ import annotations

from test_mlqa_s23 import _asked


def test_a_means_with_durch_is_asked_wodurch(nlp):
    asked = _asked(nlp, "Proteine", "Die Vielfalt der Proteine entsteht hauptsächlich durch posttranslationale "
                   "Modifikationen. Das ist wichtig.")
    question = asked.get("Wodurch entsteht die Vielfalt der Proteine hauptsächlich?")
    assert question is not None, list(asked)
    assert question.answer == "durch posttranslationale Modifikationen"


def test_a_passive_replacement_with_durch_is_asked_wodurch(nlp):
    asked = _asked(nlp, "Pfeile", "Die Pfeile wurden in der zweiten Fassung durch Kanonenkugeln ausgetauscht. Das war neu.")
    question = asked.get("Wodurch wurden die Pfeile in der zweiten Fassung ausgetauscht?")
    assert question is not None, list(asked)
    assert question.answer == "durch Kanonenkugeln"


def test_whose_help_is_asked_mit_wessen_hilfe(nlp):
    asked = _asked(nlp, "Irak", "Die irakischen Teams wurden mit Hilfe der ostdeutschen Berater gebildet. "
                   "Sie waren sehr erfolgreich.")
    question = asked.get("Mit wessen Hilfe wurden die irakischen Teams gebildet?")
    assert question is not None, list(asked)
    assert "ostdeutschen Berater" in str(question.answer)


def test_a_price_or_a_manner_is_no_means(nlp):
    asked = _asked(nlp, "Betapharm", "Im Februar 2006 wurde der Generika-Konzern Betapharm für 480 Millionen Euro an "
                   "Dr. Reddy's verkauft. Der Verein gewann mit großem Erfolg die Meisterschaft.")
    assert not [prompt for prompt in asked if prompt.startswith(("Wofür", "Womit", "Mit wem"))], list(asked)


def test_a_way_through_a_place_is_no_means(nlp):
    asked = _asked(nlp, "Aare", "Früher schlängelte sich die Aare wild durch das Seeland. Sie verursachte Überschwemmungen.")
    assert not [prompt for prompt in asked if prompt.startswith("Wodurch")], list(asked)


def test_who_a_college_was_founded_for_is_asked_fuer_wen(nlp):
    asked = _asked(nlp, "College", "Das College wurde 1885 als Cambridge Training College (CTC) für Frauen gegründet, "
                   "und die erste Leiterin war Elizabeth Phillips Hughes. Sie startete das College mit nur 14 "
                   "Studentinnen in Croft Cottage, einem kleinen Haus im Ortsteil Newnham.")
    question = asked.get("Für wen wurde das College 1885 als Cambridge Training College gegründet?")
    assert question is not None, list(asked)
    assert question.answer == "für Frauen"


def test_a_partner_stays_with_the_partner_question(nlp):
    asked = _asked(nlp, "Khan", "Aamir Khan ist ein indischer Schauspieler. Khan ist seit dem 28. Dezember 2005 mit "
                   "Kiran Rao verheiratet.")
    question = asked.get("Mit wem ist Khan seit dem 28. Dezember 2005 verheiratet?")
    assert question is not None, list(asked)
    assert (question.skill, question.answer) == ("mit-wem", "Kiran Rao")


def test_a_way_through_something_in_an_active_clause_is_no_means(nlp):
    asked = _asked(nlp, "Blüte", "Es gibt jedoch auch Blüten, die schaffen das ohne Insekten. Der Wind wirbelt die "
                   "Pollen durch die Luft und dabei geraten einige Pollenkörner auf andere Blüten.")
    assert not [prompt for prompt in asked if prompt.startswith("Wodurch")], list(asked)


def test_a_state_passive_with_durch_is_no_means(nlp):
    asked = _asked(nlp, "Blüte", "Die Narbe ist durch einen Transmissionskanal oder -gewebe mit den Samenanlagen "
                   "verbunden. Dort wachsen die Pollenschläuche.")
    assert not [prompt for prompt in asked if prompt.startswith("Wodurch")], list(asked)
