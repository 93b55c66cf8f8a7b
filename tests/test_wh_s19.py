"""Questions from the clause structure (issue 12): an age asked "In welchem Alter", and the
phrases around a name that used to be read as part of it."""

from __future__ import annotations

from test_recall_s14 import _wh


def test_an_age_is_asked_in_welchem_alter(nlp):
    # MLQA (Gaetano Vestris): "Wie alt war er, als er beim Debüt seines Enkels auftrat? – 71"
    questions = _wh(nlp, "Anlässlich des Debüts seines Enkels trat Gaetano Vestris mit 71 Jahren noch einmal auf.")
    asked = questions["In welchem Alter trat Gaetano Vestris anlässlich des Debüts seines Enkels noch einmal auf?"]
    assert asked.answer == "mit 71 Jahren" and {"71", "71 Jahre"} <= set(asked.accepted)


def test_an_age_after_im_alter_von(nlp):
    questions = _wh(nlp, "Im Alter von 14 Jahren zog Ahron Daum nach Deutschland.")
    assert questions["In welchem Alter zog Ahron Daum nach Deutschland?"].answer == "im Alter von 14 Jahren"


def test_a_count_of_years_is_no_age(nlp):
    questions = _wh(nlp, "Mit 40 Jahren Verspätung wurde die Brücke eröffnet. Das Schiff fuhr mit zwei Motoren.")
    assert not any(prompt.startswith("In welchem Alter") for prompt in questions)


def test_a_von_phrase_with_a_common_noun_is_not_part_of_a_name(nlp):
    questions = _wh(nlp, "Mit zwölf Jahren bekam John Vane von seinen Eltern einen Chemiebaukasten.")
    assert questions["Wer bekam mit zwölf Jahren von seinen Eltern einen Chemiebaukasten?"].answer == "John Vane"


def test_a_class_question_names_the_compounds_head(nlp):
    # Metrojet (judged edit): "An welches niederländische Flugzeug-Leasingunternehmen …?" copied what names AerCap
    from quizgen.analysis import analyze
    from quizgen.generation.wh_more import _class_head
    from quizgen.model import Article

    text = "ILFC verkaufte das Flugzeug an das Flugzeug-Leasingunternehmen AerCap und den Staatspräsidenten."
    tokens = analyze(nlp, Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))).sentences[0].tokens
    by_text = {t.text: t for t in tokens}
    assert _class_head(by_text["Flugzeug-Leasingunternehmen"]) in ("Unternehmen", "Leasingunternehmen")
    assert _class_head(by_text["Staatspräsidenten"]) == "Staatspräsidenten"  # inflected: no head without its ending


def test_a_role_someone_became_is_asked_was_wurde(nlp):
    # John Vane: the readers wanted the steps of his career
    questions = _wh(nlp, "1973 wurde John Vane Leiter der Forschung bei der Wellcome Foundation.")
    assert questions["Was wurde John Vane 1973?"].answer == "Leiter der Forschung bei der Wellcome Foundation"


def test_a_definite_or_undated_predicative_of_werden_is_not_asked(nlp):
    questions = _wh(nlp, "1990 wurde Anna Berger die erste Präsidentin des Landes. Peter Berger wurde Lehrer.")
    assert not any(prompt.startswith("Was wurde") for prompt in questions)


def test_a_step_of_making_is_no_purpose_but_a_use_is(nlp):
    # Tabak (judged bad): "Wozu werden die Tabake befeuchtet? – zur Zigarettenherstellung"
    questions = _wh(nlp, "Zur Zigarettenherstellung werden die Tabake befeuchtet. Holz wird zur Papierherstellung verwendet.")
    assert not any(q.answer == "zur Zigarettenherstellung" for q in questions.values())
    assert questions["Wozu wird Holz verwendet?"].answer == "zur Papierherstellung"


def test_a_reason_clause_may_name_the_topic(nlp):
    from quizgen.analysis import analyze
    from quizgen.generation.wellformed import _trivial
    from quizgen.model import Article

    text = "Die Aufnahmen wurden unterbrochen, weil Lamb of God durch Nordamerika reisten."
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    tokens = list(analyze(nlp, article).sentences[0].tokens)
    reason = tokens[tokens.index(next(t for t in tokens if t.text == "weil")):-1]
    assert _trivial(reason, {"lamb", "of", "god"}, "warum") == []
    assert _trivial(reason[1:4], {"lamb", "of", "god"}, "wer") != []
