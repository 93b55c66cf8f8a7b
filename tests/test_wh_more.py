"""More question kinds (welch- + class noun, In welchem Jahr, Wer/Was ist X,
birth and death) on real German sentences through the real offline pipeline."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_more import more_questions
from quizgen.model import Article, Question


def _questions(nlp, text: str) -> list[Question]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return more_questions(analysis, extract_facts(analysis))


def _asked(nlp, text: str) -> dict[str, Question]:
    return {q.prompt: q for q in _questions(nlp, text)}


def _asked_in_article(nlp, tmp_path, title: str, text: str) -> dict[str, str]:
    """Prompt → answer of the questions of a text read from ``<title>.txt`` (the title is its topic)."""
    from quizgen.reading import read_article

    path = tmp_path / f"{title}.txt"
    path.write_text(text, encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    return {q.prompt: q.answer for q in more_questions(analysis, extract_facts(analysis))}


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "variant", "skill"),
    [
        ("Oskar Schindler wurde 1908 in der Stadt Zwittau geboren.",
         "In welcher Stadt wurde Oskar Schindler 1908 geboren?", "Zwittau", "in Zwittau", "in-welcher-stadt"),
        ("Oskar Schindler wurde in der nordböhmischen Stadt Zwittau geboren.",
         "In welcher Stadt wurde Oskar Schindler geboren?", "Zwittau", "in der nordböhmischen Stadt Zwittau",
         "in-welcher-stadt"),
        ("Oskar Schindler wurde 1908 in der Stadt Zwittau geboren.",
         "In welchem Jahr wurde Oskar Schindler in der Stadt Zwittau geboren?", "1908", "im Jahr 1908", "in-welchem-jahr"),
        ("Königin Victoria konnte sich durchsetzen.", "Welche Königin konnte sich durchsetzen?", "Victoria",
         "Königin Victoria", "welche-königin"),
        ("Oskar Schindler war ein deutscher Unternehmer.", "Wer war Oskar Schindler?", "ein deutscher Unternehmer", "",
         "wer-ist"),
        ("Der König von Assyrien war Aššur-nadin-apli.", "Wer war der König von Assyrien?", "Aššur-nadin-apli", "",
         "wer-ist"),
        ("Albert Einstein, ein deutscher Physiker, entwickelte die Relativitätstheorie.", "Wer war Albert Einstein?",
         "ein deutscher Physiker", "", "wer-ist"),
        ("Rokia Traoré (* 24. Januar 1974 in Kolokani, Mali) ist eine malische Sängerin.",
         "Wann wurde Rokia Traoré geboren?", "24. Januar 1974", "1974", "wann"),
        ("Rokia Traoré (* 24. Januar 1974 in Kolokani, Mali) ist eine malische Sängerin.",
         "Wo wurde Rokia Traoré geboren?", "in Kolokani", "Kolokani, Mali", "wo"),
        ("Antonio Sant’Elia (* 30. April 1888 in Como; † 10. Oktober 1916 in Monfalcone) war ein italienischer Architekt.",
         "Wann starb Antonio Sant’Elia?", "10. Oktober 1916", "am 10. Oktober 1916", "wann"),
        # the name in another script before the dates, in the same bracket (MLQA dev)
        (("Boris Lwowitsch Wassiljew (russisch Борис Львович Васильев; * 21. Mai 1924 in Smolensk; † 11. März 2013 in Moskau) "
          "war ein russischer Schriftsteller."), "Wann wurde Boris Lwowitsch Wassiljew geboren?", "21. Mai 1924", "1924", "wann"),
        (("Aamir Khan (Hindi आमिर ख़ान Āmir Khān, * 14. März 1965 in Bombay, Maharashtra, als Mohammed Aamir Hussain Khan) "
          "ist ein indischer Schauspieler."),
         "Wo wurde Aamir Khan geboren?", "in Bombay", "Bombay, Maharashtra", "wo"),
        # coordinated descriptions: the first one answers, the whole phrase is accepted
        ("Mátyás Szűrös ist ein ungarischer Politiker und ehemaliger Staatspräsident.", "Wer ist Mátyás Szűrös?",
         "ein ungarischer Politiker", "ein ungarischer Politiker und ehemaliger Staatspräsident", "wer-ist"),
        # a passive clause asked in the active: the question does not copy the sentence
        ("Die Firma wurde 1883 von Karl Benz gegründet.", "Wer gründete die Firma?", "Karl Benz", "von Karl Benz", "wer"),
        # a quantity stated with betragen / liegen bei: "Wie hoch", the copula in the clause's tense
        ("Die Bevölkerungsdichte betrug 18 Einwohner pro Quadratkilometer.", "Wie hoch war die Bevölkerungsdichte?",
         "18 Einwohner pro Quadratkilometer", "18", "wie-hoch"),
        ("Im Jahr 2011 betrug die Arbeitslosenquote 7,5 Prozent.", "Wie hoch war die Arbeitslosenquote im Jahr 2011?",
         "7,5 Prozent", "7,5", "wie-hoch"),
        ("Die Produktionskosten des Films lagen bei 237 Millionen US-Dollar.", "Wie hoch waren die Produktionskosten des Films?",
         "237 Millionen US-Dollar", "237", "wie-hoch"),
        # a price and a companion: adverbials the roles leave untyped
        ("Im Jahr 2016 wechselte Umtiti für 25 Millionen Euro zum FC Barcelona.",
         "Für wie viel Geld wechselte Umtiti im Jahr 2016 zum FC Barcelona?", "25 Millionen Euro", "25", "für-wie-viel"),
        ("1997 spielte Angelina Jolie mit David Duchovny in dem Thriller Playing God.",
         "Mit wem spielte Angelina Jolie 1997 in dem Thriller Playing God?", "David Duchovny", "mit David Duchovny",
         "mit-wem"),
        ("Der Vertrag wird von Angela Merkel unterschrieben.", "Wer unterschreibt den Vertrag?", "Angela Merkel",
         "von Angela Merkel", "wer"),
    ],
)
def test_each_kind(nlp, text, prompt, answer, variant, skill):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    question = asked[prompt]
    assert question.answer == answer
    assert not variant or variant in question.accepted
    assert not any(" als " in accepted for accepted in question.accepted)  # no birth name in a place
    assert question.skill == skill
    assert (question.type, question.focus, question.id) == ("wh", "content", "")
    assert text in question.explanation and question.evidence == text


def test_relative_clause_asked_with_its_antecedent(nlp):
    asked = _asked(nlp, "Schindler, der 1908 in Zwittau geboren wurde, rettete viele Juden.")
    assert asked["In welchem Jahr wurde Schindler in Zwittau geboren?"].answer == "1908"


def test_welch_agrees_with_gender_and_case(nlp):
    asked = _asked(nlp, "Das Kronprinzenpaar reiste nach Italien.")
    assert asked["In welches Land reiste das Kronprinzenpaar?"].answer == "Italien"
    asked = _asked(nlp, "Die Firma hat ihren Sitz seit vielen Jahren im Land Brandenburg.")
    assert all(not p.startswith("In welcher Land") for p in asked)


def test_no_question_asked(nlp):
    """Reported speech, since/until, a year inside a name, pronouns without a referent, an
    enumeration, a family relation as class, a definition inside a quotation."""
    for text in (
        "Es wurde angekündigt, dass der Film bereits 2014 erscheint.",
        "Seit 1990 lebt die Familie in Berlin.",
        "Thicke heiratete 1992 die Miss World des Jahres 1990.",
        "Er wurde 1908 geboren.",
        "Serbisch wird vorwiegend in Serbien, Montenegro und Kroatien gesprochen.",
        "Seine Mutter heiratete den Sohn Brian Thicke.",
        "Die Zeitung schrieb: „Mary ist eine völlig lächerliche Figur.“",
        "Sie adoptierte einen Jungen (* 29. November 2003) aus Vietnam.",
        "Der Löwe wurde von dem Jäger erlegt.",  # a weak noun: "den Löwen" is not made from "der Löwe"
        "Das Haus wurde nicht von Peter Müller gebaut.",  # a negated passive
        "Der Vertrag wird von der Regierung unterschrieben.",  # "der Regierung" would answer "Wer" in the dative
        "Peter Müller kaufte das Haus für seine Tochter.",  # "seine Tochter" is no name: "Für wen" needs a person named
        # two numbers for the same noun: "Wie hoch war die Einwohnerzahl?" has no one answer
        "Die Einwohnerzahl betrug 11.694. Später stieg die Einwohnerzahl auf 20.000.",
    ):
        assert _questions(nlp, text) == [], text


def test_no_prompt_contains_its_answer_and_each_prompt_once(nlp):
    text = ("Rokia Traoré (* 24. Januar 1974 in Kolokani, Mali) ist eine malische Sängerin. "
            "Im Jahr 1998 zog Rokia Traoré nach Paris. Die Sängerin Rokia Traoré gewann 2004 einen Preis.")
    questions = _questions(nlp, text)
    assert questions
    prompts = [q.prompt for q in questions]
    assert len(prompts) == len(set(prompts))
    for question in questions:
        assert str(question.answer).lower() not in question.prompt.lower()


def test_candidates_in_text_order(nlp):
    text = ("Oskar Schindler war ein deutscher Unternehmer. "
            "Oskar Schindler wurde 1908 in der Stadt Zwittau geboren.")
    sentences = [q.sentence for q in _questions(nlp, text)]
    assert sentences == sorted(sentences) and len(set(sentences)) == 2


def test_a_title_made_from_the_first_words_is_no_topic(nlp, tmp_path):
    """A plain file without a headline gets its first words as title; the first sentence's
    description is still asked (only its subject is the topic)."""
    from quizgen.reading import read_article

    path = tmp_path / "text-0001.txt"
    path.write_text("Peter Müller ist ein deutscher Politiker und ehemaliger Minister. Er wurde 1950 in Bonn geboren.\n",
                    encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    asked = {q.prompt: q.answer for q in more_questions(analysis, extract_facts(analysis))}
    assert asked.get("Wer ist Peter Müller?") == "ein deutscher Politiker"


def test_the_topics_own_definition_is_asked(nlp, tmp_path):
    """A concept article opens with its definition: "Was ist eine Scheune?" – and only that one."""
    asked = _asked_in_article(nlp, tmp_path, "Scheune", "Eine Scheune ist ein Lagerraum auf einem Bauernhof. "
                              "Dort lagert man Heu und Stroh.\nEin Stall ist ein Gebäude für Tiere.\n")
    assert asked.get("Was ist eine Scheune?") == "ein Lagerraum auf einem Bauernhof"
    assert "Was ist ein Stall?" not in asked  # not the topic, not its opening definition


def test_a_named_pronoun_subject_becomes_the_active_object(nlp):
    """"1950 wurde er von Konrad Adenauer geehrt" after "Peter Müller …": Wer ehrte Peter Müller?"""
    asked = _asked(nlp, "Peter Müller war ein deutscher Maler. 1950 wurde er von Konrad Adenauer geehrt.")
    assert asked["Wer ehrte Peter Müller?"].answer == "Konrad Adenauer"


def test_a_bare_topic_defined_by_a_noun_and_its_relative_clause_is_asked_in_its_frame(nlp, tmp_path):
    """"Information ist in der Informationstheorie das Wissen, das …": readers asked "Was ist
    Information nach der Informationstheorie?" first; the answer runs to the end of the
    relative clause, since "die Herrschaftsform" alone answers nothing."""
    asked = _asked_in_article(nlp, tmp_path, "Demokratie", "Demokratie ist in der Politikwissenschaft die Herrschaftsform, "
                              "die vom Volk ausgeht. Sie entstand im antiken Griechenland.\n"
                              "Ein Staat ist in der Politikwissenschaft die Einheit, die ein Gebiet beherrscht.\n")
    assert asked.get("Was ist Demokratie in der Politikwissenschaft?") == "die Herrschaftsform, die vom Volk ausgeht"
    assert not any(prompt.startswith("Was ist ein Staat") for prompt in asked)  # not the topic


def test_a_topic_word_in_the_definitions_relative_clause_does_not_make_it_the_answer(nlp, tmp_path):
    """"das Wissen, das … über einen Informationskanal vermittelt" is knowledge, not the channel:
    the topic check reads the head of the answer's own phrase, not of its relative clause."""
    asked = _asked_in_article(nlp, tmp_path, "Musik", "Musik ist in der Kunstwissenschaft die Ausdrucksform, die Töne "
                              "zu einem Musikstück ordnet. Sie begleitet die Menschen seit der Steinzeit.\n")
    assert asked.get("Was ist Musik in der Kunstwissenschaft?") == "die Ausdrucksform, die Töne zu einem Musikstück ordnet"


def test_each_end_of_a_span_is_asked(nlp):
    """MLQA: "Wann mietete Onur Air den Airbus? – 2003" is answered by one end of the span, which
    the whole span ("von Juni 2003 bis Dezember 2006") does not give back."""
    asked = _asked(nlp, "Von Juni 2003 bis Dezember 2006 mietete die türkische Onur Air das Flugzeug mit dem Kennzeichen TC-OAE.")
    start = asked["Ab wann mietete die türkische Onur Air das Flugzeug mit dem Kennzeichen TC-OAE?"]
    end = asked["Bis wann mietete die türkische Onur Air das Flugzeug mit dem Kennzeichen TC-OAE?"]
    assert (start.answer, start.skill, end.answer, end.skill) == ("Juni 2003", "ab-wann", "Dezember 2006", "bis-wann")
    assert "von Juni 2003" in start.accepted and "bis Dezember 2006" in end.accepted


def test_no_end_of_a_span_that_lasts_or_names_no_date(nlp):
    """"Ab wann dauerte der Krieg?", "Ab wann reicht die Blütezeit?" are nonsense; "bis zu seinem Tod" is no date a reader gives back."""
    for text in ("Der Krieg dauerte von 1914 bis 1918.", "Die Blütezeit reicht von Dezember bis Mai.",  # MLQA
                 "Fahd war von 1982 bis zu seinem Tod König von Saudi-Arabien.",
                 "Der Kaiser regierte von 1888 bis zu seinem Tod.",
                 # MLQA: the predicate is in the other clause, "Bis wann war Recep Tayyip Erdoğan?" asked nothing
                 "Von 2001 bis 2014 war Recep Tayyip Erdoğan und seit Mai 2017 ist er wieder AKP-Vorsitzender."):
        assert not any(q.skill in ("ab-wann", "bis-wann") for q in _questions(nlp, text)), text


def test_the_relative_inside_a_kinship_phrase_is_asked(nlp):
    """MLQA: "Wie lautet der Name von Devdas Mohandas Gandhis Vater? – Mohandas Gandhi": the name sits
    inside the predicative or the apposition, which a role question asks only as a whole."""
    asked = _asked(nlp, "Devdas Gandhi war der vierte und jüngste Sohn von Mohandas Gandhi.")
    question = asked["Wessen Sohn war Devdas Gandhi?"]
    assert (question.answer, question.skill, question.accepted) == ("Mohandas Gandhi", "wessen", ("von Mohandas Gandhi",))
    asked = _asked(nlp, "Devdas Gandhi war ein indischer Journalist. Er war der vierte und jüngste Sohn von Mohandas Gandhi "
                        "(genannt Mahatma Gandhi) und setzte sich ebenfalls für die Unabhängigkeit Indiens ein.")  # MLQA
    assert asked["Wessen Sohn war Devdas Gandhi?"].answer == "Mohandas Gandhi"
    asked = _asked(nlp, "Später heiratete Thomas Mann, der Sohn von Johann Heinrich Mann, die Tochter eines Professors.")
    assert asked["Wessen Sohn war Thomas Mann?"].answer == "Johann Heinrich Mann"
    asked = _asked(nlp, "Mahatma Gandhi lebte in Indien. Er war der vierte und jüngste Sohn von Karamchand Gandhi.")
    assert asked["Wessen Sohn war Mahatma Gandhi?"].answer == "Karamchand Gandhi"  # the pronoun named


def test_no_kinship_question_on_a_cut_name_or_two_parents(nlp):
    for text in ("Ernst von Stockmar, der Sohn von Christian Friedrich von Stockmar, wurde Sekretär.",
                 "Angelina Jolie ist die Tochter von Jon Voight und Marcheline Bertrand.",
                 "Peter Müller war der Sohn von einem Bauern."):
        assert not any(q.skill == "wessen" for q in _questions(nlp, text)), text


def test_the_relative_in_a_genitive_kinship_phrase_is_asked(nlp):
    """MLQA: "Wessen Schwester ist Angelina Jolie? – James Haven": the relative in the genitive, with
    the noun that says who they are ("des Schauspielers"), and a pronoun subject named by reference
    even where the recogniser knows only the surname ("Jolie")."""
    text = ("Angelina Jolie ist die Tochter der Schauspieler Jon Voight und Marcheline Bertrand. Sie ist die jüngere "
            "Schwester des Schauspielers James Haven und die Nichte des Songwriters Chip Taylor.")  # MLQA
    question = _asked(nlp, text)["Wessen Schwester ist Angelina Jolie?"]
    assert (question.answer, question.accepted) == ("James Haven", ("des Schauspielers James Haven", "von James Haven"))
    asked = _asked(nlp, "Anna Müller, die Tochter des Malers Otto Müller, wurde 1920 in Berlin geboren.")
    assert asked["Wessen Tochter war Anna Müller?"].answer == "Otto Müller"


def test_no_genitive_kinship_question_without_one_name(nlp):
    for text in ("Angelina Jolie ist die Tochter der Schauspieler Jon Voight und Marcheline Bertrand.",  # two parents
                 "Maria war die Tochter des Kaufmanns Hans Müller und der Anna Schmidt.",
                 "Peter war der Sohn des Königs."):
        assert not any(q.skill == "wessen" for q in _questions(nlp, text)), text


def test_no_question_for_what_an_abbreviation_stands_for(nlp):
    """The expansion stands right before the bracket: readers judged all seven such questions bad."""
    text = "Die Regierung fördert mit Hilfe der Kreditanstalt für Wiederaufbau (KfW) kleine Unternehmen."
    assert not [q.prompt for q in _questions(nlp, text) if "Abkürzung" in q.prompt]
