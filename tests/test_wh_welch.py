"""What people ask about a paragraph (issue 12, MLQA): "welch-" + the class noun the text puts
before a name in any prepositional phrase, and a biography's dates from a sentence or its
bracket, on real German sentences through the real offline pipeline."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_more import more_questions
from quizgen.model import Article, Question


def _asked(nlp, text: str) -> dict[str, Question]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in more_questions(analysis, extract_facts(analysis))}


def _assert_asked(nlp, text: str, prompt: str, answer: str, variant: str) -> None:
    """The sentence gives this question with this answer, the variant accepted too."""
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    assert asked[prompt].answer == answer
    assert variant in asked[prompt].accepted


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "variant"),
    [
        # a phrase the roles leave untyped: the preposition and the article give welch- its case; the
        # answer's adjective stays out of the question (it copies what names ABC)
        ("Die Serie startete am 27. September 2015 auf dem amerikanischen Fernsehsender ABC.",
         "Auf welchem Fernsehsender startete die Serie am 27. September 2015?", "ABC", "auf ABC"),
        ("Die Kronprinzessin diskutierte die Evolutionslehre mit dem Physiker Hermann von Helmholtz.",
         "Mit welchem Physiker diskutierte die Kronprinzessin die Evolutionslehre?", "Hermann von Helmholtz",
         "mit dem Physiker Hermann von Helmholtz"),
        ("Die Stadt Bidar fiel durch den Sultan Ali Barid an die Dynastie.",
         "Durch welchen Sultan fiel die Stadt Bidar an die Dynastie?", "Ali Barid", "durch Ali Barid"),
    ],
)
def test_welch_asks_the_class_noun_of_a_prepositional_phrase(nlp, text, prompt, answer, variant):
    _assert_asked(nlp, text, prompt, answer, variant)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no article: "Unter welchem Präsidenten" would have to inflect the noun
        ("Spencer war Kriegsminister unter Präsident John Tyler.", "Unter welche"),
        # whose claim it is, not part of the fact
        ("Gemäß dem Historiker George Trevelyan galt der König als beliebt.", "Gemäß welche"),
        # a title, not a class
        ("Sie wurde 1994 zur Miss India gekrönt.", "Zu welcher Miss"),
        # an indefinite article: the class is not the point
        ("Die Kronprinzessin diskutierte die Evolutionslehre mit einem Physiker aus Berlin.", "Mit welche"),
    ],
)
def test_no_welch_question_without_a_class_the_answer_names(nlp, text, word):
    assert not [p for p in _asked(nlp, text) if p.startswith(word)]


def test_no_welch_question_on_a_phrase_of_the_subject_or_a_cut_title(nlp):
    """"der Mord am Oppositionspolitiker X" belongs to the subject ("An welchem Oppositionspolitiker
    sorgte der Mord für Aufsehen?" asks nonsense); "Isis Rising: Curse Of The Lady Mummy" is one title."""
    asked = _asked(nlp, "Für Aufsehen sorgte im Februar 2006 der Mord am Oppositionspolitiker Altynbek Sarsenbajew.")
    assert not [p for p in asked if p.startswith("An welchem")]
    asked = _asked(nlp, "Sie spielte die Rolle der Isis im Horrorfilm Isis Rising: Curse Of The Lady Mummy.")
    assert not [p for p in asked if p.startswith("In welchem")]


def test_a_place_after_the_name_is_no_part_of_it(nlp):
    """"von der afrikanischen Stadt Kumasi in Ghana": "in Ghana" is where Kumasi is, not its name."""
    asked = _asked(nlp, "Die Familie zog 1950 von der afrikanischen Stadt Kumasi in Ghana nach London.")
    assert not [q for q in asked.values() if q.answer == "Kumasi in Ghana"]


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "variant"),
    [
        # the cause and the circumstances stay out; the pronoun gets its certain name
        (("Anandi Gopal erhielt einen Empfang in ihrer Heimat. Kurz darauf stellte sich jedoch heraus, dass sie an "
         "Tuberkulose litt und sie starb am 18. Februar 1887, ohne die Stelle jemals angetreten zu haben."),
         "Wann starb Anandi Gopal?", "18. Februar 1887", "1887"),
        # a relative clause: the name its antecedent ends
        (("Das Projekt erfuhr eine großzügige Förderung durch den puritanischen Geistlichen John Harvard, der 1638 "
         "starb und dem College seine Bibliothek hinterließ."), "Wann starb John Harvard?", "1638", "im Jahr 1638"),
        # a title is part of how the text names her; a relative time beside the date moves nothing
        ("Kaiserin Friedrich starb im August 1901 auf Schloss Friedrichshof – nur wenige Monate nach ihrer Mutter.",
         "Wann starb Kaiserin Friedrich?", "August 1901", "im August 1901"),
        ("Kaiserin Friedrich starb im August 1901 auf Schloss Friedrichshof – nur wenige Monate nach ihrer Mutter.",
         "Wo starb Kaiserin Friedrich?", "auf Schloss Friedrichshof", "Schloss Friedrichshof"),
        (("Prinz Albert of York wurde am 14. Dezember 1895 in York Cottage, dem väterlichen Anwesen auf dem königlichen "
         "Landsitz Sandringham, geboren."), "Wann wurde Prinz Albert of York geboren?", "14. Dezember 1895", "1895"),
        # the bracket: "ebenda" after the date, a lower-case particle inside the name
        (("Fahd ibn Abd al-Aziz (* 1921 oder 1923 in Riad; † 1. August 2005 ebenda) war von 1982 bis zu seinem Tod "
         "der fünfte König von Saudi-Arabien."), "Wann starb Fahd ibn Abd al-Aziz?", "1. August 2005", "2005"),
        # the bracket after the person's later names: the name the sentence opens with
        (("Leona Harriet Woods, später Leona Woods Marshall, Leona Woods Marshall Libby, (* 9. August 1919 in La Grange; "
         "† 10. November 1986 in Santa Monica) war eine US-amerikanische Physikerin."),
         "Wann wurde Leona Harriet Woods geboren?", "9. August 1919", "1919"),
    ],
)
def test_a_biographys_dates_are_asked_with_nothing_but_the_name(nlp, text, prompt, answer, variant):
    _assert_asked(nlp, text, prompt, answer, variant)


@pytest.mark.parametrize(
    "text",
    [
        "Pitt verweigerte die Kooperation und starb noch im selben Jahr.",  # no date a reader can give back
        "Drei Delegierte starben 1990 bei dem Anschlag.",  # no one person
        "Sie starb am 18. Februar 1887 in Poughkeepsie.",  # a pronoun with no name
        "Der Plan eines Joint Ventures wurde 1989 geboren.",  # born, but no person
        "Andres Larka starb nach Zeugenaussagen am 8. Januar 1942 in einem Gulag.",  # a source the question would drop
    ],
)
def test_no_life_question_without_a_person_and_a_date(nlp, text):
    assert not [p for p in _asked(nlp, text) if p.startswith(("Wann starb", "Wann wurde", "Wo starb", "Wo wurde"))]


def test_a_sentence_does_not_repeat_the_brackets_question(nlp):
    """The bracket gives the full date and the sentence the year: one question, not two that
    ``unambiguous`` would drop as one prompt with two answers."""
    asked = _asked(nlp, "Nicholas John Spykman (* 13. Oktober 1893 in Amsterdam; † 26. Juni 1943 in New Haven) war ein "
                        "Politologe. Spykman starb 1943 in New Haven an Krebs.")
    assert asked["Wann starb Nicholas John Spykman?"].answer == "26. Juni 1943"
