"""Questions that do not copy their sentence (session 19, issue 12): a question leaves out what
does not help find the asked fact — an extended attribute of a noun that names its thing alone,
a list of co-participants, secondary adverbs, an event that dates the clause beside a date — and
keeps what does (one partner, a number's "jeweils", "zunächst" where it restricts the time, an
attribute that tells two things apart). Real German sentences through the real offline
pipeline; the question comes from the clause the analysis finds."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.generation.realise import interrogative
from quizgen.model import Article, Clause, Constituent, Sentence


@pytest.fixture(scope="module")
def ask(nlp):
    def run(text: str, role: str, word: str) -> str | None:
        article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
        sentence = analyze(nlp, article).sentences[0]
        clause, asked = _asked(sentence, role)
        return interrogative(sentence, clause, asked, word)

    return run


def _asked(sentence: Sentence, role: str) -> tuple[Clause, Constituent]:
    for clause in sentence.clauses:
        for constituent in clause.constituents:
            if constituent.role == role:
                return clause, constituent
    raise AssertionError(f"no {role} in {[(c.role, c.text) for k in sentence.clauses for c in k.constituents]}")


def test_an_extended_attribute_leaves_the_question(ask):
    # metrojet-flug (round 18 unseen): "das Flugzeug" names the one plane of the sentence
    prompt = ask("Das mit zwei Triebwerken vom Typ IAE V2533-A5 ausgerüstete Flugzeug trug das irische "
                 "Luftfahrzeugkennzeichen EI-ETJ.", "object_acc", "Was")
    assert prompt == "Was trug das Flugzeug?"


def test_an_attribute_that_tells_two_things_apart_stays(ask):
    prompt = ask("Das im Jahr 1990 von der Regierung gegründete Unternehmen kaufte 2005 ein anderes Unternehmen.",
                 "object_acc", "Was")
    assert prompt is not None and "im Jahr 1990 von der Regierung gegründete Unternehmen" in prompt, prompt


def test_plain_adjectives_stay(ask):
    prompt = ask("Am 16. August 2001 gingen die ersten drei Abschnitte in Betrieb.", "time", "Wann")
    assert prompt == "Wann gingen die ersten drei Abschnitte in Betrieb?"


def test_a_list_of_co_participants_leaves_the_question(ask):
    # lamb-of-god (round 18 unseen): the other bands only let a reader find the sentence
    prompt = ask("Im September 2006 nahmen Lamb of God zusammen mit Opeth, Arch Enemy und Overkill an der "
                 "„GiganTour“ von Megadeth teil.", "time", "Wann")
    assert prompt == "Wann nahmen Lamb of God an der „GiganTour“ von Megadeth teil?"


def test_one_partner_stays(ask):
    prompt = ask("Im Jahr 1998 gründete Larry Page zusammen mit Sergey Brin die Firma Google.", "time", "Wann")
    assert prompt is not None and "zusammen mit Sergey Brin" in prompt, prompt


def test_insgesamt_leaves_a_counting_question(ask):
    # olympia-medaillen (round 18 unseen)
    prompt = ask("Für die 25 Herstellungsschritte werden insgesamt acht Arbeitsstunden je Medaille aufgewendet.",
                 "subject", "Wie viele Arbeitsstunden")
    assert prompt == "Wie viele Arbeitsstunden werden für die 25 Herstellungsschritte je Medaille aufgewendet?"


def test_bereits_leaves_the_question(ask):
    prompt = ask("Die Band trat 2003 bereits in Kanada auf.", "place", "Wo")
    assert prompt == "Wo trat die Band 2003 auf?"


def test_jeweils_stays_beside_a_number(ask):
    # "drei Punkte" without "jeweils" would read as the sum of both teams
    prompt = ask("Die beiden Mannschaften erhielten im Finale jeweils drei Punkte.", "subject", "Wer")
    assert prompt is not None and "jeweils drei Punkte" in prompt, prompt


def test_zunaechst_goes_from_a_why_question(ask):
    prompt = ask("Die Nationalmannschaft wurde zunächst für zwei Turniere gesperrt, weil sie sich vom "
                 "Afrika-Cup zurückgezogen hatte.", "cause", "Warum")
    assert prompt == "Warum wurde die Nationalmannschaft für zwei Turniere gesperrt?"


def test_zunaechst_stays_where_it_restricts_the_time(ask):
    prompt = ask("Goethe lebte zunächst in Frankfurt.", "place", "Wo")
    assert prompt == "Wo lebte Goethe zunächst?"


def test_an_event_frame_with_its_date_goes_beside_a_date(ask):
    # Miniatur-Welt (round 17: "Was ging nach dem Baubeginn im Dezember 2000 am 16. August 2001 in
    # Betrieb?", the reader: "Shorten to … am 16. August 2001 …")
    prompt = ask("Nach dem Baubeginn im Dezember 2000 gingen am 16. August 2001 die ersten drei Abschnitte in "
                 "Betrieb.", "subject", "Was")
    assert prompt == "Was ging am 16. August 2001 in Betrieb?"


def test_an_event_frame_alone_stays(ask):
    # the only time the question has: "Wohin zog Brecht?" would not say when
    prompt = ask("Nach dem Krieg zog Brecht nach Berlin.", "direction", "Wohin")
    assert prompt == "Wohin zog Brecht nach dem Krieg?"


def test_an_attribute_that_closes_its_own_noun_phrase_stays(ask):
    # Ungarische Sprache: the subject's head is "Unzufriedenheit", not "Bevölkerung"
    prompt = ask("Die aus der Magyarisierung resultierende Unzufriedenheit der nichtmagyarischen Bevölkerung des "
                 "Königreichs Ungarn war 1918 eine der Hauptursachen für den Zerfall des Königreichs Ungarn.",
                 "time", "Wann")
    assert prompt is None or "Die Bevölkerung" not in prompt and "die Bevölkerung" not in prompt, prompt


def test_an_attribute_outside_the_subject_stays(ask):
    # Ungarische Sprache: "die vom Deutschen her gewohnte Aussprache" says which pronunciation
    prompt = ask("Von der vom Deutschen her gewohnten Aussprache weichen mehrere Buchstaben ab.", "subject", "Was")
    assert prompt is None or "vom Deutschen her gewohnten Aussprache" in prompt, prompt


def test_bereits_stays_in_a_time_question(ask):
    # avengers: the portal was open by the time the heroes came, not opened then
    prompt = ask("Als die Helden dort ankommen, ist das Portal bereits geöffnet.", "time", "Wann")
    assert prompt is None or "bereits" in prompt, prompt


def test_co_participants_stay_when_the_question_asks_who_acts(ask):
    # "Wer gründete im Jahr 1995 eine Firma in Berlin?" would have three answers
    prompt = ask("Im Jahr 1995 gründete der Ingenieur Max Weber zusammen mit Anna Schmidt und Paul Klein eine Firma "
                 "in Berlin.", "subject", "Wer")
    assert prompt == "Wer gründete im Jahr 1995 zusammen mit Anna Schmidt und Paul Klein eine Firma in Berlin?"
