"""Good W-questions the checks of ``generation.wellformed`` refused on MLQA paragraphs that got no
or one comprehension item (issue 12, session 21), on real German sentences through the offline
pipeline, each beside the bad question its rule was written for, which must still be refused."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction import extract_facts
from quizgen.generation import wellformed, wh, wh_more
from quizgen.model import Article, Question

VORLESER = ("Michael erkennt erst jetzt Hannas Geheimnis und ihm wird klar, dass dies der Schlüssel zu vielen ihrer "
            "Handlungen ist, darunter ihre fatale Übernahme der Hauptverantwortung im Prozess. Der Prozess endet mit "
            "Hannas Verurteilung zu lebenslanger Haft.")
BIRMA = ("Der britische General Harry Prendergast erhielt den Befehl, das obere Birma zu erobern. Auch aufgrund von "
         "Uneinigkeiten innerhalb der birmesischen Truppen erreichten die Truppen Prendergasts bereits am 26. November "
         "die Hauptstadt Mandalay bei wenig Gegenwehr.")


def _analysis(nlp, text: str, title: str = "Test"):
    return analyze(nlp, Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),)))


def _wh(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    analysis = _analysis(nlp, text, title)
    facts = extract_facts(analysis)
    return {q.prompt: q for q in [*wh.wh_questions(analysis, facts), *wh_more.more_questions(analysis, facts)]}


def test_a_genitive_name_before_its_noun_is_no_person_asked_with_was(nlp):
    # "Hannas Geheimnis" is a secret: Was asks for it; Hanna only owns it
    questions = _wh(nlp, VORLESER, "Der Vorleser")
    assert questions["Was erkennt Michael erst jetzt?"].answer == "Hannas Geheimnis"


def test_a_person_is_still_no_was_answer(nlp):
    tokens = _analysis(nlp, "Das Buch las Karl Meyer.").sentences[0].tokens
    named = [t for t in tokens if t.text in ("Karl", "Meyer")]
    assert "Was for a number or a person" in wellformed.content_problems(named, "Karl Meyer", "was")
    son = [t for t in _analysis(nlp, "Das Buch las Goethes Sohn August.").sentences[0].tokens
           if t.text in ("Goethes", "Sohn", "August")]
    assert "Was for a number or a person" in wellformed.content_problems(son, "Goethes Sohn August", "was")


def test_sentence_initial_auch_before_a_phrase_adds_to_that_phrase_only(nlp):
    # "Auch aufgrund von Uneinigkeiten …": one of several causes, the capital reached is one
    questions = _wh(nlp, BIRMA, "Dritter Britisch-Birmanischer Krieg")
    assert any(q.answer == "die Hauptstadt Mandalay" for q in questions.values())


def test_sentence_initial_auch_before_the_verb_still_names_one_of_several(nlp):
    text = "Auch gründeten die Römer am Rhein die Stadt Köln."
    questions = _wh(nlp, text)
    assert not any(q.answer == "die Stadt Köln" for q in questions.values())


def _referentless(nlp, text: str, prompt: str, title: str = "Test") -> list[str]:
    analysis = _analysis(nlp, text, title)
    parsed = _analysis(nlp, prompt).sentences[0]
    tokens = [t for t in parsed.tokens if not t.tag.startswith("$")]
    return wellformed._referentless(tokens, wellformed.topic_words(analysis), analysis, len(analysis.sentences) - 1)


def test_a_noun_the_text_only_calls_by_its_definite_article_has_its_referent(nlp):
    # "im Prozess" then "Der Prozess endet …": the text never names it otherwise
    assert _referentless(nlp, VORLESER, "Wie endet der Prozess?", "Der Vorleser") == []


def test_a_noun_that_stood_for_a_named_thing_still_lacks_its_referent(nlp):
    text = "Thun ist eine Stadt im Kanton Bern. Die Stadt hat rund 44.000 Einwohner."
    assert _referentless(nlp, text, "Wie viele Einwohner hat die Stadt?", "Aare")
    named = "Im Jahr 2001 begann das Projekt Swissfarm. Das Projekt endete 2005."
    assert _referentless(nlp, named, "Wann endete das Projekt?", "Landwirtschaft")


def _enumeration(nlp, text: str, answer: str) -> list[str]:
    """``_enumeration_problems`` for the constituent whose words are ``answer``."""
    sentence = _analysis(nlp, text).sentences[0]
    for clause in sentence.clauses:
        for asked in clause.constituents:
            if " ".join(t.text for t in sentence.tokens if asked.start <= t.i < asked.end) == answer:
                return wellformed._enumeration_problems(sentence, asked, clause)
    raise AssertionError(f"no constituent {answer!r}")


def test_und_andere_adds_only_to_the_phrase_before_it(nlp):
    text = "Showalter und andere Astronomen entdeckten 1986 den Mond Cordelia."
    assert _enumeration(nlp, text, "1986") == []
    assert _enumeration(nlp, text, "Showalter und andere Astronomen")


def test_darunter_adds_only_to_the_phrase_before_it(nlp):
    text = "Die berüchtigten Strafkolonien, darunter die auf der Teufelsinsel, wurden formell 1951 geschlossen."
    assert _enumeration(nlp, text, "1951") == []
    listed = "Er besuchte 1990 mehrere Städte, darunter Bern."
    assert "Bern" not in {str(q.answer) for q in _wh(nlp, listed).values()}
