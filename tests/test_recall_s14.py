"""What people ask about a paragraph that no role question reached (issue 12, MLQA recall, session
14), on real German sentences through the offline pipeline: a count inside a prepositional
phrase, a participle phrase inserted between commas, and the own time of the second of two
coordinated participles."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction.facts import extract_facts
from quizgen.generation import wh
from quizgen.model import Article, Question
from quizgen.pipeline import build_material


def _wh(nlp, text: str) -> dict[str, Question]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in wh.wh_questions(analysis, extract_facts(analysis))}


# --- In wie vielen … (a count in a prepositional phrase) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # MLQA, US county articles: "Wie viele Haushalte gab es?"; "Haushalten" is the dative of "Haushalte"
        ("Nach der Volkszählung im Jahr 2010 lebten im Bates County 17.049 Menschen in 6.355 Haushalten.",
         "In wie vielen Haushalten lebten nach der Volkszählung im Jahr 2010 im Bates County 17.049 Menschen?", "6.355"),
        ("Das Unternehmen hat Niederlassungen in 26 Ländern.",
         "In wie vielen Ländern hat das Unternehmen Niederlassungen?", "26"),
        # the agent of a passive
        ("Der Verein wurde 1920 von 40 Mitgliedern gegründet.",
         "Von wie vielen Mitgliedern wurde der Verein 1920 gegründet?", "40"),
    ],
)
def test_a_count_in_a_prepositional_phrase_is_asked_with_wie_vielen(nlp, text, prompt, answer):
    found = _wh(nlp, text)
    assert prompt in found, sorted(found)
    assert found[prompt].answer == answer
    assert found[prompt].skill == "wie viele"


@pytest.mark.parametrize(
    "text",
    [
        # "Unterkategorien" is nominative and dative alike: "In wie viele" or "In wie vielen"?
        "Edwin Hubble unterteilte die Spiralgalaxien in drei Unterkategorien.",
        # a time, not a count of things
        "Die Mannschaft spielte vor 150 Jahren in einer Liga.",
        # a price: the unit is no plural count noun
        "Die Firma verkaufte das Werk für 28 Millionen Euro an einen Konkurrenten.",
        # a ratio (MLQA: "Auf wie viele Männer betrug die Geschlechterverteilung 893 Frauen?")
        "Die Geschlechterverteilung betrug 893 Frauen auf 1000 Männer.",
        # after another prepositional phrase it counts that phrase's noun, not the verb's
        # ("In wie vielen Vereinen gehören dem Verband 16 Landesverbände mit etwa 217.000 Mitgliedern an?")
        "Dem Deutschen Badminton-Verband gehören derzeit 16 Landesverbände mit etwa 217.000 Mitgliedern in 2.700 Vereinen an.",
    ],
)
def test_no_count_question_where_the_phrase_counts_no_things_or_hides_its_case(nlp, text):
    found = _wh(nlp, text)
    assert not [p for p in found if " wie viele" in p.lower() and not p.startswith("Wie viele")], sorted(found)


# --- a participle phrase between commas ------------------------------------------------------------


def test_an_inserted_participle_phrase_stays_out_of_the_question(nlp):
    """Dakshineswar (MLQA): "Wann hätte die Anlage gebaut werden können? – 1847 und 1855"; the
    question read "Wann wurde der Tempelkomplex finanziert durch Rani Rasmani erbaut?" and the
    check refused it; the agent of the participle is asked nothing ("Durch wen ist der
    Tempelkomplex … finanziert erbaut worden?")."""
    found = _wh(nlp, "Der Tempelkomplex wurde zwischen 1847 und 1855, finanziert durch Rani Rasmani, erbaut.")
    assert found.get("Wann wurde der Tempelkomplex erbaut?") is not None, sorted(found)
    assert found["Wann wurde der Tempelkomplex erbaut?"].answer == "zwischen 1847 und 1855"
    assert not any("finanziert" in p or "Rasmani" in p for p in found), sorted(found)


def test_a_participle_phrase_in_the_middle_field_is_left_out_too(nlp):
    found = _wh(nlp, "Der Verein spielte 1950, angeführt von seinem Kapitän Max Müller, in der ersten Liga.")
    assert "Wann spielte der Verein in der ersten Liga?" in found, sorted(found)
    assert not any("angeführt" in p for p in found), sorted(found)


def test_an_apposition_between_commas_is_no_participle_phrase(nlp):
    """Nothing changes where no participle opens the phrase between commas."""
    found = _wh(nlp, "Der Verein spielte 1950, ein Jahr nach der Gründung, in der ersten Liga.")
    assert not any(p.startswith("Wann spielte der Verein in der ersten Liga") for p in found), sorted(found)


# --- the own time of a second coordinated participle ---------------------------------------------


def test_each_of_two_coordinated_participles_is_asked_for_its_own_time(nlp):
    """Cristo degli abissi (MLQA: "2003 wurde der Cristo degli abissi restauriert und am 17. Juli
    2004 … wiederaufgestellt"; people asked when each happened): the second participle's own time
    leaves the Vorfeld's time to the first, and the check for two time phrases reads the conjunct
    asked about."""
    found = _wh(nlp, "Im Jahr 1876 wurde die Brücke gebaut und 1944 von deutschen Truppen gesprengt.")
    assert found.get("Wann wurde die Brücke gebaut?") is not None, sorted(found)
    assert found["Wann wurde die Brücke gebaut?"].answer == "im Jahr 1876"
    second = "Wann wurde die Brücke von deutschen Truppen gesprengt?"
    assert found.get(second) is not None, sorted(found)
    assert found[second].answer == "1944"


def test_a_second_conjunct_without_a_time_of_its_own_is_not_asked_for_the_vorfeld(nlp):
    """The Vorfeld's time stays the first participle's: no "Wann … gesprengt? – im Jahr 1876"."""
    found = _wh(nlp, "Im Jahr 1876 wurde die Brücke gebaut und von deutschen Truppen gesprengt.")
    assert not any("gesprengt" in p and p.startswith("Wann") for p in found), sorted(found)


# --- the clause around a participle with its year ----------------------------------------------


def _clauses(nlp, text: str):
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article).sentences[0].clauses


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein spielte, gegründet 1920 von Arbeitern, lange in der ersten Liga.",
        "Der Verein spielte, gegründet 1920, lange in der ersten Liga.",
    ],
)
def test_a_participle_with_its_year_between_commas_stays_in_its_clause(nlp, text):
    """"…, gegründet 1920, …" was cut off as a verbless clause of its own and took the rest of the
    main clause with it ("Der Verein spielte" alone); it is an insertion like "…, finanziert
    durch Rani Rasmani, …", and a question leaves it out."""
    clauses = _clauses(nlp, text)
    assert len(clauses) == 1 and clauses[0].sure and clauses[0].lemma == "spielen", clauses
    found = _wh(nlp, text)
    assert not any("1920" in p or "gegründet" in p for p in found), sorted(found)



# --- a first-millennium year before the finite verb, "andere" in a question that names a person --


def test_a_three_digit_year_opening_the_sentence_is_a_time(nlp):
    """"394 wurde Theodosius Alleinherrscher": the number is the year, not a predicative beside
    the role noun; a counted subject names what it counts and stays the subject."""
    article = Article(title="Test", text="394 wurde Theodosius schließlich Alleinherrscher. 300 Soldaten kamen in die Stadt.",
                      source="test", stem="test", paragraphs=((0, 80),))
    first, second = analyze(nlp, article).sentences
    roles = {c.text: c.role for c in first.clauses[0].constituents}
    assert roles["394"] == "time" and roles["Alleinherrscher"] == "predicative", roles
    assert {c.text: c.role for c in second.clauses[0].constituents}.get("300 Soldaten") == "subject"


def test_other_pupils_than_the_person_asked_about_point_back_to_no_one(nlp):
    """"von anderen Schülern" (no article) beside the person the question names: other than
    Jolie. "den anderen Schülern" points back to a group named before and stays unasked."""
    def asked(others: str) -> dict[str, Question]:
        text = ("Als Jolie elf Jahre alt war, zog die Familie zurück nach Los Angeles. Jolie trug Kleidung aus "
                f"Secondhand-Läden und wurde von {others} Schülern auf Grund ihrer schlanken Erscheinung geneckt.")
        article = Article(title="Angelina Jolie", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
        return {q.prompt: q for q in build_material(analyze(nlp, article), Options()).questions}

    found = asked("anderen")
    assert found["Warum wurde Jolie von anderen Schülern geneckt?"].answer == "auf Grund ihrer schlanken Erscheinung"
    assert not [p for p in asked("den anderen") if p.startswith("Warum")]
