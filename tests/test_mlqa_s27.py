"""Session 27, issue 12: W-questions worded as a teacher would set them (round 25's readers):
the tense of a person the text tells of in the past, "gehören" said figuratively, "Was ist das
Besondere" only where one answer fits, and the day of a one-off event left out of a "Wer" question.
Real German sentences through the offline pipeline."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh import wh_questions
from quizgen.generation.wh_kinds import kind_questions
from quizgen.generation.wh_more import more_questions
from quizgen.model import Article


def _analysis(nlp, text: str):
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _prompts(nlp, text: str, ask) -> set[str]:
    analysis = _analysis(nlp, text)
    return {q.prompt for q in ask(analysis, extract_facts(analysis))}


def test_a_person_told_of_in_the_past_is_asked_in_the_past(nlp):
    """Round 25: "Wer ist Joseph Haydn?" of a composer who died in 1809; the main verb "zählt" is
    present, but the relative clause on his name ("der hier als Hofkapellmeister wirkte") is not."""
    text = ("Mit der Bestellung von Joseph Haydn zum Hofkapellmeister begann hier eine Glanzzeit. "
            "Zu den bekanntesten Persönlichkeiten der Stadt zählt der Komponist Joseph Haydn, "
            "der hier als Hofkapellmeister wirkte.")
    prompts = _prompts(nlp, text, more_questions)
    assert "Wer ist Joseph Haydn?" not in prompts
    assert "Wer war Joseph Haydn?" in prompts


def test_a_living_person_of_a_news_text_stays_in_the_present(nlp):
    """Round 23: "Wer war Kim Jong Un?" was the wrong tense for a text in the perfect."""
    text = ("Der Aufruf von Kim Jong Un zur Massenproduktion von Raketen kommt überraschend. "
            "Der nordkoreanische Staatschef Kim Jong Un hat die Rüstungsindustrie des Landes aufgefordert, "
            "die Produktion von Raketen zu steigern.")
    assert "Wer ist Kim Jong Un?" in _prompts(nlp, text, more_questions)


def test_figurative_belonging_is_not_asked_as_ownership(nlp):
    """Round 25, bad: "Wem gehörte der Mittwoch?" – a day dedicated to a god is owned by no one;
    a castle owned by a family is asked."""
    day = "Der Mittwoch gehörte dem Obergott Wotan."
    assert not any("gehörte der Mittwoch" in p for p in _prompts(nlp, day, wh_questions) | _prompts(nlp, day, more_questions))
    castle = "Die Burg gehörte dem Grafen Nikolaus Esterházy."
    assert "Wem gehörte die Burg?" in _prompts(nlp, castle, wh_questions)


def test_what_is_special_names_the_class_when_the_text_opens_otherwise(nlp):
    """Round 25: "Was ist das Besondere an Eisenstadt?" had several defensible answers (the
    capital, the Freistadt, Haydn); the superlative compares it as a Landeshauptstadt."""
    text = ("Eisenstadt ist die Landeshauptstadt des Bundeslandes Burgenland in Österreich. "
            "Die Stadt liegt am Fuße des Leithagebirges und ist mit ihren 14.816 Einwohnern "
            "die kleinste Landeshauptstadt in Österreich.")
    prompts = _prompts(nlp, text, kind_questions)
    assert "Was ist das Besondere an Eisenstadt als Landeshauptstadt?" in prompts
    assert "Was ist das Besondere an Eisenstadt?" not in prompts


def test_the_day_of_a_one_off_event_is_left_out(nlp):
    """Round 25: "Wer wird am Freitag ein trilaterales Gipfeltreffen in Washington abhalten?"
    repeated the whole sentence; the day is what "Wann" asks, the summit is one."""
    text = ("Die Staats- und Regierungschefs aus Südkorea, den Vereinigten Staaten und Japan werden am Freitag "
            "ein Gipfeltreffen in Washington abhalten.")
    prompts = _prompts(nlp, text, wh_questions)
    assert not any("am Freitag" in p for p in prompts if p.startswith("Wer"))
    assert any(p.startswith("Wer wird") and "Gipfeltreffen" in p for p in prompts)


def test_an_untyped_place_phrase_is_asked_with_wo(nlp):
    """MLQA: "Im November standen sie am Zusammenfluss des Aras und der Kura." – the analysis left
    the phrase untyped, and people asked where; a noun of the map after a local preposition is a place."""
    text = ("Im Juni nahmen Subows Truppen den größten Teil des nördlichen Aserbaidschan widerstandslos ein. "
            "Im November standen sie am Zusammenfluss des Aras und der Kura.")
    asked = {q.prompt: q.answer for q in wh_questions(*_with_facts(nlp, text))}
    assert any(p.startswith("Wo standen") and "Zusammenfluss des Aras" in str(a) for p, a in asked.items())


def test_a_figurative_place_stays_unasked(nlp):
    """"Im Weltmarkt" is no place on a map: no "Wo hatte der Tabakanbau …?"."""
    text = "Im Weltmarkt hatte der Tabakanbau in Deutschland immer nur eine untergeordnete Bedeutung."
    assert not any(p.startswith("Wo ") for p in _prompts(nlp, text, wh_questions))


def test_the_day_of_a_yearly_custom_is_kept(nlp):
    """"Frauen verschenken am 14. Februar Schokolade": the present tells of every year, the day is the point."""
    text = "In Südkorea verschenken Frauen am 14. Februar Schokolade an Männer."
    prompts = _prompts(nlp, text, wh_questions)
    assert not any(p.startswith("Was verschenken") and "14. Februar" not in p for p in prompts)


def _with_facts(nlp, text: str):
    analysis = _analysis(nlp, text)
    return analysis, extract_facts(analysis)


def test_a_pronoun_takes_the_name_of_the_sentence_before(nlp):
    """MLQA (Georg III.): "Addington wandte sich gegen … Im Oktober 1801 schloss er Frieden mit
    Frankreich" – the resolver left "er" open; the name before is the one person, no noun rivals it."""
    text = ("Pitt wurde am 14. März 1801 durch Henry Addington ersetzt. Addington wandte sich gegen die "
            "Katholikenemanzipation, schaffte die Einkommensteuer ab und leitete ein Abrüstungsprogramm in die Wege. "
            "Im Oktober 1801 schloss er Frieden mit Frankreich und unterzeichnete im März 1802 den Frieden von Amiens.")
    prompts = _prompts(nlp, text, wh_questions)
    assert "Wann schloss Addington Frieden mit Frankreich?" in prompts


def test_a_pronoun_with_a_rival_noun_stays_open(nlp):
    """"Marie Curie baute eine Maschine. Sie lief …": "sie" may be the machine."""
    text = "Marie Curie baute in Paris eine Maschine. Sie lief danach zehn Jahre lang ohne Pause."
    assert not any("Marie Curie" in p for p in _prompts(nlp, text, wh_questions) if "lief" in p)
