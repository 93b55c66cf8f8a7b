"""How two things differ and what changed (generation/wh_contrast.py), on German sentences from the
dev articles and MLQA run through the real offline pipeline, and the sentences where none may be asked."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_contrast import contrast_questions
from quizgen.model import Article, Question


def _asked(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in contrast_questions(analysis, extract_facts(analysis))}


# --- Anders als / Im Gegensatz zu -------------------------------------------------------------


def test_anders_als_a_noun_phrase_asks_how_the_subject_differs(nlp):
    asked = _asked(nlp, "Anders als die meisten europäischen Sprachen gehört Ungarisch nicht zur indogermanischen "
                        "Sprachfamilie und hat daher keine nähere Verwandtschaft zu diesen.", title="Ungarische Sprache")
    question = asked["Worin unterscheidet sich Ungarisch von den meisten europäischen Sprachen?"]
    assert question.answer == "Ungarisch gehört nicht zur indogermanischen Sprachfamilie."  # "zu diesen" is left out
    assert question.skill == "unterschied" and question.type == "wh" and question.focus == "content"
    assert question.evidence.startswith("Anders als die meisten europäischen Sprachen")


def test_anders_als_bei_asks_what_is_different_about_the_subject(nlp):
    asked = _asked(nlp, "Anders als bei den Menschen enthalten die meisten Blüten gleichzeitig die männlichen und die "
                        "weiblichen Teile.", title="Blüte")
    question = asked["Was ist bei den meisten Blüten anders als bei den Menschen?"]
    assert question.answer == "Die meisten Blüten enthalten gleichzeitig die männlichen und die weiblichen Teile."


def test_anders_als_in_is_set_against_the_clauses_own_phrase_with_in(nlp):
    asked = _asked(nlp, "Anders als in den flektierenden Sprachen erfolgt im Ungarischen die Bildung von Wortformen "
                        "durch Agglutination.", title="Ungarische Sprache")
    question = asked["Was ist im Ungarischen anders als in den flektierenden Sprachen?"]
    assert question.answer == "Im Ungarischen erfolgt die Bildung von Wortformen durch Agglutination."


def test_im_gegensatz_zu_asks_von_with_the_same_dative(nlp):
    asked = _asked(nlp, "Im Gegensatz zu einer Kettenschaltung zeichnet sich die Nabenschaltung durch den geringen "
                        "Wartungsaufwand aus.", title="Fahrrad")
    question = asked["Worin unterscheidet sich die Nabenschaltung von einer Kettenschaltung?"]
    assert question.answer == "Die Nabenschaltung zeichnet sich durch den geringen Wartungsaufwand aus."


def test_im_gegensatz_zu_inside_a_clause_between_two_of_a_kind(nlp):
    asked = _asked(nlp, "Da der chinesische Kalender im Gegensatz zum gregorianischen Kalender astronomisch definiert ist, "
                        "fällt das chinesische Neujahr jedes Jahr auf einen anderen Tag.", title="Woche")
    question = asked["Worin unterscheidet sich der chinesische Kalender vom gregorianischen Kalender?"]
    assert question.answer == "Der chinesische Kalender ist astronomisch definiert."
    # set against the language, not against the subject (the letters): nothing asked
    assert not _asked(nlp, "Im Ungarischen zählen im Gegensatz zum Deutschen auch die Buchstaben Ö und Ü als eigener "
                           "Buchstabe.")


def test_a_place_set_against_a_thing_asks_nothing(nlp):
    # the contrast is between Japan and the West, not between gifts and countries
    assert not _asked(nlp, "Im Gegensatz zu westlichen Ländern sind Geschenke wie Grußkarten, Blumen oder "
                           "Essenseinladungen nicht üblich.", title="Valentinstag")


def test_no_contrast_question_without_a_named_side(nlp):
    # a participle clause, not a thing ("Anders als im Film dargestellt"); a subject pronoun
    assert not _asked(nlp, "Anders als im Film dargestellt, diktierte er die Liste nicht.")
    assert not _asked(nlp, "Berührt der Ball beim Aufschlag das Netz, so ist das im Gegensatz zu vielen anderen "
                           "Ballsportarten kein Fehler.")


# --- während ----------------------------------------------------------------------------------


def test_contrastive_waehrend_in_the_present_with_the_same_verb(nlp):
    asked = _asked(nlp, "Die Männer tragen im Dorf Hosen, während die Frauen Röcke tragen.")
    question = asked["Worin unterscheiden sich die Männer und die Frauen?"]
    assert question.answer == "Die Männer tragen im Dorf Hosen, während die Frauen Röcke tragen."


def test_temporal_waehrend_asks_nothing(nlp):
    assert not _asked(nlp, "Das Kronprinzenpaar reiste im September 1887 zur Kur nach Italien, während man sich in "
                           "Berlin darüber empörte.")
    assert not _asked(nlp, "Während der Mittagszeit schnitt er ein Loch in den Zaun.")
    assert not _asked(nlp, "Die Kinder spielten im Garten, während die Eltern das Essen kochten.")


# --- hingegen / dagegen -----------------------------------------------------------------------


def test_hingegen_after_a_parallel_subject(nlp):
    text = ("Die Arbeiter eines Außenkommandos waren tagsüber zum Arbeitseinsatz am jeweiligen Rüstungsbetrieb und "
            "schliefen nachts im KZ, wo sie auch täglich auf dem Appellplatz antreten mussten. Die Arbeiter eines "
            "Außenlagers kehrten hingegen abends nicht zurück, sie wohnten und schliefen in einem Lager beim "
            "Rüstungsbetrieb, das von KZ-Wachen kontrolliert wurde.")
    question = _asked(nlp, text, title="Oskar Schindler")[
        "Worin unterscheiden sich die Arbeiter eines Außenkommandos und eines Außenlagers?"]
    assert question.answer == ("Die Arbeiter eines Außenkommandos waren tagsüber zum Arbeitseinsatz am jeweiligen "
                               "Rüstungsbetrieb und schliefen nachts im KZ. Die Arbeiter eines Außenlagers kehrten "
                               "abends nicht zurück.")
    assert question.sentence == 0 and question.evidence == text  # both sentences, for the key's lines


def test_dagegen_with_a_closed_class_counterpart(nlp):
    asked = _asked(nlp, "So bewegt sich der Mann hauptsächlich im hinteren Feldbereich. Die Frau dagegen "
                        "übernimmt das präzise Spiel in der vorderen Feldhälfte.", title="Badminton")
    question = asked["Worin unterscheiden sich der Mann und die Frau?"]
    # the linking "So" left out, the subject put first: the statement stands alone
    assert question.answer.startswith("Der Mann bewegt sich hauptsächlich im hinteren Feldbereich.")


def test_hingegen_without_a_parallel_subject_or_as_pronominal_adverb_asks_nothing(nlp):
    assert not _asked(nlp, "Die U-Bahn erschließt die Innenstadt und die meisten Vororte nördlich der Themse. Der Süden "
                           "der Stadt wird hingegen hauptsächlich von Vorortbahnen erschlossen.", title="London")
    assert not _asked(nlp, "Die Regierung plante eine neue Steuer. Die Bürger protestierten dagegen.")


# --- früher … heute ---------------------------------------------------------------------------


def test_then_and_now_in_one_sentence(nlp):
    asked = _asked(nlp, "Das Dorf lag damals in Österreich-Ungarn und gehört heute zu Tschechien.")
    question = asked["Wie hat sich das Dorf verändert?"]
    assert question.answer == "Das Dorf lag damals in Österreich-Ungarn und gehört heute zu Tschechien."
    assert question.skill == "veränderung"


def test_then_and_now_in_two_sentences_about_the_same_subject(nlp):
    asked = _asked(nlp, "Früher waren die Scheunen klein. Heute sind die Scheunen oft riesig.", title="Scheune")
    question = asked["Wie haben sich die Scheunen verändert?"]
    assert question.answer == "Früher waren die Scheunen klein. Heute sind die Scheunen oft riesig."
    # the pronoun that takes the subject up is named in the key
    asked = _asked(nlp, "Früher waren die Scheunen klein. Heute sind sie oft riesig.", title="Scheune")
    assert asked["Wie haben sich die Scheunen verändert?"].answer == (
        "Früher waren die Scheunen klein. Heute sind die Scheunen oft riesig.")


def test_a_deed_of_the_past_taken_up_by_das_today(nlp):
    asked = _asked(nlp, "Früher wurde das Getreide mit der Sense gemäht. Heute erledigt das der Mähdrescher.",
                   title="Getreide")
    question = asked["Was hat sich beim Mähen verändert?"]
    assert question.answer == "Früher wurde das Getreide mit der Sense gemäht. Heute erledigt das der Mähdrescher."


def test_frueher_as_comparison_or_adjective_asks_nothing(nlp):
    assert not _asked(nlp, "Seither gibt es in diesem Gebiet fast keine Überschwemmungen mehr, und sie sind weniger "
                           "schlimm als früher.")
    assert not _asked(nlp, "Ein früher Verkäufer war die Kette White Castle, die es heute noch gibt.")
    # then and now, but two different subjects
    assert not _asked(nlp, "Früher lebten hier viele Bauern. Heute wohnen die meisten Menschen in der Stadt.")
