"""W-questions and content multiple choice from the clause structure, on real German sentences
run through the real offline pipeline (tokens, tags, clause parser)."""

from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation import wh
from quizgen.generation.content_choice import content_multiple_choice
from quizgen.model import Article, Question

W_WORDS = ("Wer", "Was", "Wen", "Wem", "Wessen", "Wann", "Seit", "Bis", "Wie", "Wo", "Warum", "Wozu", "Mit", "Für",
           "Von", "Gegen", "Worüber", "Wovon", "Womit", "Wofür", "Worauf", "Woran", "Wogegen", "Worum")


def _questions(nlp, text: str) -> tuple[list[Question], object, tuple]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    facts = extract_facts(analysis)
    return wh.wh_questions(analysis, facts), analysis, facts


def _asked(nlp, text: str) -> dict[str, str]:
    return {q.prompt: str(q.answer) for q in _questions(nlp, text)[0]}


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "skill"),
    [
        ("Der Präsident reist am Montag nach Berlin.", "Wohin reist der Präsident am Montag?", "nach Berlin", "wohin"),
        ("Der Präsident reist am Montag nach Berlin.", "Wann reist der Präsident nach Berlin?", "am Montag", "wann"),
        ("Der Minister dankte den Helfern herzlich.", "Wem dankte der Minister herzlich?", "den Helfern", "wem"),
        ("Die Schüler sprechen heute über das Wetter.", "Worüber sprechen die Schüler heute?", "über das Wetter", "worüber"),
        ("Die Firma schloss das Werk wegen der hohen Kosten.", "Warum schloss die Firma das Werk?", "wegen der hohen Kosten", "warum"),
        ("Der Bürgermeister sprach gestern mit den Bewohnern.", "Mit wem sprach der Bürgermeister gestern?", "mit den Bewohnern", "mit wem"),
        ("Die Delegation kommt aus Japan.", "Woher kommt die Delegation?", "aus Japan", "woher"),
        ("Die Stadt baute einen Damm, um die Felder zu schützen.", "Wozu baute die Stadt einen Damm?", "um die Felder zu schützen", "wozu"),
        ("Der Bauer verkaufte die Kühe, weil das Futter zu teuer war.", "Warum verkaufte der Bauer die Kühe?", "weil das Futter zu teuer war", "warum"),
        ("Die Polizei hat den Dieb am Abend festgenommen.", "Wann hat die Polizei den Dieb festgenommen?", "am Abend", "wann"),
        ("Die Studenten spielen im Garten des Museums.", "Wer spielt im Garten des Museums?", "die Studenten", "wer"),
    ],
)
def test_one_question_per_role(nlp, text, prompt, answer, skill):
    questions, _, _ = _questions(nlp, text)
    found = {q.prompt: q for q in questions}
    assert prompt in found, sorted(found)
    assert found[prompt].answer == answer
    assert found[prompt].skill == skill
    assert found[prompt].type == "wh" and found[prompt].focus == "content"
    assert text in found[prompt].explanation


def test_a_person_after_a_two_way_preposition_is_asked_only_in_its_known_case(nlp):
    """"in den Fürsten" may be accusative singular or dative plural: "In wem war Prinzessin
    Viktoria verliebt?" would be wrong German; the name after the noun makes it one person, so
    only "In wen" may be asked (session 24); "an ihren Vater" shows the accusative."""
    asked = _asked(nlp, "Prinzessin Viktoria war in den gut aussehenden Fürsten Alexander seit Beginn der 1880er Jahre verliebt. "
                        "Die Königin dachte oft an ihren Vater.")
    assert not [p for p in asked if p.startswith("In wem")], asked
    assert all(a == "in den gut aussehenden Fürsten Alexander" for p, a in asked.items() if p.startswith("In wen")), asked
    assert asked.get("An wen dachte die Königin oft?") == "an ihren Vater", asked


def test_answer_variants_without_preposition_and_article(nlp):
    questions = {q.prompt: q for q in _questions(nlp, "Die Firma schloss das Werk wegen der hohen Kosten.")[0]}
    accepted = questions["Warum schloss die Firma das Werk?"].accepted
    assert "der hohen Kosten" in accepted and "hohen Kosten" in accepted


def test_seed_article_questions(seed_analysis):
    facts = extract_facts(seed_analysis)
    questions = wh.wh_questions(seed_analysis, facts)
    prompts = {q.prompt: str(q.answer) for q in questions}
    wozu = "Wozu hat Kim Jong Un die Rüstungsindustrie des Landes aufgefordert?"  # the title left out (session 24)
    # the shortest phrase that answers: the zu-infinitive (or the um-clause), without a clause after it
    assert prompts.get(wozu, "").endswith("zu steigern") or prompts.get(wozu, "").startswith("um ")
    assert "," not in prompts[wozu]
    tests = next(c for c in seed_analysis.sentences[8].clauses[0].constituents if c.text.endswith("Raketentests"))
    if tests.sure:  # the parser may leave the case of "mehr als 100 Raketentests" open: then nothing is asked
        assert prompts.get("Wie viele Raketentests hat Pjöngjang durchgeführt?") == "mehr als 100"
    else:
        assert not any("Raketentests" in prompt and prompt.startswith("Was") for prompt in prompts)
    assert "Was hat der nordkoreanische Staatschef Kim Jong Un aufgefordert?" not in prompts  # auffordern asks "Wen"/"Wozu"
    for question in questions:
        assert question.prompt.endswith("?") and question.prompt.split()[0] in W_WORDS
        assert str(question.answer).lower() not in question.prompt.lower()
        assert question.skill and question.skill == question.skill.lower()
    assert [q.sentence for q in questions] == sorted(q.sentence for q in questions)


@pytest.mark.parametrize(
    "text",
    [
        "Am Wochenende besuchte er Munitionsfabriken.",  # "er" has no certain name here
        "Es regnet seit Tagen in der Stadt.",  # expletive es
        "Das hat sie gestern gesagt.",  # the answer would be a pronoun
        "Die USA sagten letzten Monat, sie seien besorgt.",  # what was said is elsewhere; "sie" unresolved
    ],
)
def test_no_question_where_the_text_gives_no_clear_answer(nlp, text):
    questions, _, _ = _questions(nlp, text)
    for question in questions:
        assert not any(word in question.prompt.split() for word in ("er", "sie", "es", "Es")), question.prompt
        assert str(question.answer).lower() not in ("er", "sie", "es", "das", "dort", "damals")
    if text.startswith(("Am Wochenende", "Es ")):
        assert questions == []


def test_pronoun_replaced_by_the_name_the_resolver_is_sure_of(nlp, monkeypatch):
    text = "Kim Jong Un ist der Staatschef. Am Wochenende besuchte er Munitionsfabriken."

    def resolve(analysis, sentence_index, token_i):
        token = next(t for t in analysis.sentences[sentence_index].tokens if t.i == token_i)
        return "Kim Jong Un" if token.text == "er" else None

    monkeypatch.setattr(wh, "_resolver", lambda: resolve)
    prompts = _asked(nlp, text)
    assert prompts.get("Was besuchte Kim Jong Un am Wochenende?") == "Munitionsfabriken"
    assert not any(" er " in prompt for prompt in prompts)


def test_content_choice_options_of_the_same_kind_and_frame(nlp):
    text = ("Die Minister treffen sich am Freitag in Berlin. Am Montag reist der Präsident nach Paris. "
            "Am Mittwoch war er in Rom.")
    questions, analysis, facts = _questions(nlp, text)
    choices = content_multiple_choice(analysis, facts, questions, random.Random(3), 3)
    by_prompt = {q.prompt: q for q in choices}
    wann = next((q for q in choices if q.skill == "wann"), None)
    assert wann is not None, [q.prompt for q in questions]
    assert len(wann.options) == 3 and wann.answer in wann.options
    assert all(option.split()[0] == wann.answer.split()[0] for option in wann.options)  # "Am …" for "Am …"
    assert len(set(wann.options)) == 3
    for question in by_prompt.values():
        assert question.type == "multiple_choice" and question.focus == "content"
        for option in question.options:
            if option != question.answer:
                assert option.lower() not in question.evidence.lower()  # never also true in the evidence


def test_correlate_belongs_to_the_asked_clause(nlp):
    prompts = _asked(nlp, "Oskar Schindler war ein Unternehmer. Schindler konnte die Polizisten dazu überreden, "
                          "ihn freizulassen. Die Bauern hoffen darauf, dass es bald regnet.")
    assert prompts.get("Wozu konnte Schindler die Polizisten überreden?") == "ihn freizulassen"
    assert prompts.get("Worauf hoffen die Bauern?") == "dass es bald regnet"
    assert not any(" dazu " in prompt or " darauf" in prompt for prompt in prompts)


def test_things_are_asked_with_was_and_countries_with_wer(nlp):
    prompts = _asked(nlp, "Die Aare mündet bei Koblenz in den Rhein. Kasachstan unterstellte sich im 19. Jahrhundert "
                          "dem benachbarten Russland.")
    assert not any(prompt.startswith("Wer mündet") for prompt in prompts)
    assert prompts.get("Wer unterstellte sich im 19. Jahrhundert dem benachbarten Russland?") == "Kasachstan"


def test_link_words_leave_the_question(nlp):
    prompts = _asked(nlp, "Jedoch hat man den Ball damals mit den Füßen gespielt.")
    assert prompts, "a question is expected"
    for prompt in prompts:
        assert not {"jedoch", "damals"} & {w.lower().strip("?") for w in prompt.split()}, prompt


@pytest.mark.parametrize(
    "text",
    [
        "Im Park befindet sich das 5000 Zuschauer fassende Velodrom Sofia.",  # a phrase cut out of a larger one
        "Diese Variante eignet sich besonders für den hohen Aufschlag.",  # the answer only points back
        "Er wurde jedoch nie so erfolgreich wie mit seiner Fabrik in Krakau.",  # after a comparison word
    ],
)
def test_no_question_about_a_cut_or_pointing_phrase(nlp, text):
    for prompt, answer in _asked(nlp, text).items():
        assert answer not in ("das 5000 Zuschauer", "diese Variante", "in Krakau", "mit seiner Fabrik in Krakau"), prompt


# --- third precision pass: what a strict reader rejected, as general rules ------------------------


def _all(nlp, text: str) -> dict[str, str]:
    """W-questions of both modules, prompt → answer."""
    from quizgen.generation.wh_more import more_questions

    questions, analysis, facts = _questions(nlp, text)
    return {q.prompt: str(q.answer) for q in (*questions, *more_questions(analysis, facts))}


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # an adverbial asked from a copula clause with a predicative noun
        ("Kreta ist eine Insel im Mittelmeer.", "Wo ist Kreta eine Insel?"),
        # two place phrases that are no town and its wider region: neither alone answers "Wo"
        ("Lindbergh wurde im Jahr 1902 in Detroit in einem kleinen Krankenhaus geboren.", "Wo wurde Lindbergh"),
        # a demonstrative pronoun as subject has no referent in the question
        ("Die verkauften sich sehr gut, weil die Menschen seine Reise so spannend fanden.", "Warum verkauften die"),
        # a possessive answer whose owner the question does not name
        ("Lindbergh war ein Pilot. Sein Vater war Anwalt und Politiker.", "Wer war Anwalt und Politiker?"),
        ("Kim besuchte eine Fabrik. Seine Äußerungen erfolgen eine Woche vor den Militärübungen.", "Was erfolgt"),
        # an aus-phrase right after a noun belongs to the noun
        ("Im Radsport werden auch Rahmen aus Carbon eingesetzt.", "Woher"),
        # a relative clause on a bare plural restricts the noun: no fact about all bicycles
        ("Fahrräder, die am Straßenverkehr teilnehmen sollen, müssen Anforderungen erfüllen.", "Woran sollen"),
        # um … zu after a number statement is consecutive, not a purpose
        ("Im Jahr 1878 betrug die Einwohnerzahl 11.694, um bis 1887 auf 20.000 Einwohner zu wachsen.", "Wozu"),
        # a word the text has only in brackets
        ("Der Hinterradantrieb wurde für Fahrräder mit großen Rädern eingeführt (Michaux-Typ).", "Michaux-Typ"),
        # an expletive "es" is no pronoun to resolve
        ("Kreta liegt im Mittelmeer. Jedes Jahr sind es etwa sechs Millionen Touristen.", "Wie viele Millionen"),
    ],
)
def test_misread_sources_are_not_asked(nlp, text, bad):
    asked = _all(nlp, text)
    assert not [prompt for prompt in asked if bad in prompt], asked


def test_person_nouns_are_asked_with_wer(nlp):
    asked = _all(nlp, "In einem großen Gerichtsprozess wurde der Mörder verurteilt.")
    assert not [prompt for prompt in asked if prompt.startswith("Was wurde")]
    assert asked.get("Wer wurde in einem großen Gerichtsprozess verurteilt?") == "der Mörder"


def test_doubled_verb_in_the_source_gives_no_question(nlp):
    asked = _all(nlp, "Oskar Schindler war ein Unternehmer. Er wurde im Jahr 1908 in Zwittau geboren wurde.")
    assert not [prompt for prompt in asked if "geboren wurde" in prompt], asked


def test_plain_sentences_still_give_their_questions(nlp):
    asked = _all(nlp, "Die Polizei hat den Dieb am Abend festgenommen. Schindler lebte einige Jahre in Argentinien.")
    assert asked.get("Wann hat die Polizei den Dieb festgenommen?") == "am Abend"
    assert asked.get("Wo lebte Schindler einige Jahre?") == "in Argentinien"


def test_von_takes_the_dative_and_a_lost_particle_stops_the_question(nlp):
    asked = _all(nlp, "Die Sprache wird auf dem Land von Einheimischen gesprochen. "
                      "Nach der Befreiung Bulgariens setzte eine Periode reger, durch die Regierung geförderter Bautätigkeit ein.")
    assert not [prompt for prompt in asked if prompt.startswith("Von wen")]
    assert not [prompt for prompt in asked if "setzte" in prompt and " ein" not in prompt], asked


def test_a_possessive_answer_needs_an_owner_that_agrees(nlp):
    asked = _all(nlp, "Schindler besaß eine Fabrik. Später wurde in seiner Fabrik auch Munition für den Krieg hergestellt. "
                      "Das Hochradfahren wurde in vielen Städten wegen seiner großen Sturzhöhe verboten.")
    assert not [prompt for prompt, answer in asked.items() if answer == "in seiner Fabrik"]
    assert asked.get("Warum wurde das Hochradfahren in vielen Städten verboten?") == "wegen seiner großen Sturzhöhe"


# --- round 2 of the teachers' verdicts ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # an answer of one abstract noun says nothing on its own
        ("Mit einer einzigen Ja-/Nein-Frage lässt sich die Unterscheidung klären.", "die Unterscheidung"),
        ("Die Huffman-Codes stellen ein Verfahren dar.", "ein Verfahren"),
        # a general noun with a weak adjective is still empty
        ("Auf der Webseite des Wetterdienstes können aktuelle Werte abgerufen werden.", "aktuelle Werte"),
        # a weekday asked about the calendar is world knowledge
        ("In Deutschland beginnt die Arbeitswoche am Montag.", "am Montag"),
        # a class noun with a weak adjective names only a kind (world knowledge)
        ("Aus den Samen wachsen unter guten Bedingungen wieder neue Pflanzen.", "neue Pflanzen"),
        # "Was" for a number
        ("Von den mehr als 400 Juden der Stadt überlebten 250 die Shoah.", "250"),
    ],
)
def test_empty_or_mismatched_answers_are_not_asked(nlp, text, bad):
    asked = _all(nlp, text)
    assert not [prompt for prompt, answer in asked.items() if answer.startswith(bad)], asked


def test_a_prompt_must_name_what_it_is_about(nlp):
    asked = _all(nlp, "Die Woche hat sieben Tage. Eine 54. Kalenderwoche tritt niemals auf.")
    assert not [prompt for prompt in asked if prompt.startswith("Was tritt")], asked


def test_wer_is_not_asked_for_a_canton(nlp):
    asked = _all(nlp, "Die Aare ist ein Fluss in der Schweiz. Der Kanton Aargau ist nach der Aare benannt.")
    assert not [prompt for prompt in asked if prompt.startswith("Wer")], asked
    assert asked.get("Was ist nach der Aare benannt?") == "der Kanton Aargau"


def test_a_weekday_stays_when_the_question_is_not_about_the_calendar(nlp):
    asked = _all(nlp, "Der Präsident reist am Montag nach Berlin.")
    assert asked.get("Wann reist der Präsident nach Berlin?") == "am Montag"


def test_was_is_not_asked_for_a_number(nlp):
    asked = _all(nlp, "Die Firma verkaufte im Jahr 2019 rund 4000 Fahrräder an Schulen.")
    assert not [prompt for prompt, answer in asked.items() if prompt.startswith("Was ") and answer[:1].isdigit()], asked


# --- W-word, case and answer that fit (issue 12, round-3 judgments and a reader run) ---------


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # "sich anschließen" takes a dative: "den Superhelden" is a dative plural
        (("Nach einem kurzen Schlagabtausch mit Iron Man bezüglich der Verantwortung über Loki schließt Thor sich den "
         "Superhelden an."), "Wem schließt sich Thor an?", "den Superhelden"),
        ("Der Bürgermeister regierte die Stadt zwölf Jahre lang.", "Wie lange regierte der Bürgermeister die Stadt?",
         "zwölf Jahre lang"),
        ("Der Trainer folgte seinem Vorgänger im Jahr 2010 im Amt.", "Wann folgte der Trainer seinem Vorgänger im Amt?",
         "im Jahr 2010"),
        ("Der Präsident dankte den Helfern am Montag in Berlin.", "Wem dankte der Präsident am Montag in Berlin?",
         "den Helfern"),
        # a quantity agrees by sense, a name takes no prepositional attribute: both still asked
        ("1968 waren 97 Prozent der Landfläche unter Schutz des Nationalparks gestellt.",
         "Wann waren 97 Prozent der Landfläche unter Schutz des Nationalparks gestellt?", "1968"),
        ("Im März 1938 kaufte Lindbergh für 16.000 US-Dollar eine kleine Insel vor der bretonischen Küste.",
         "Wer kaufte im März 1938 für 16.000 US-Dollar eine kleine Insel vor der bretonischen Küste?", "Lindbergh"),
    ],
)
def test_the_w_word_fits_verb_and_answer(nlp, text, prompt, answer):
    assert _asked(nlp, text).get(prompt) == answer, _asked(nlp, text)


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Nach einem kurzen Schlagabtausch mit Iron Man schließt Thor sich den Superhelden an.", "Wen "),
        # "Wie lange" needs a stretch of time, "Wann" a time a reader can give back
        (("Der 14. eines jeden Monats markiert einen Tag der Liebe in Korea, obwohl die meisten davon unklar "
         "überliefert sind."), "Wie lange"),
        ("Außerdem ist auch ein gut gemachter Hamburger eine richtige Mahlzeit.", "Wie lange"),
        (("Gleichwohl prognostizierte Donald Knuth in Anbetracht der Eleganz und Effizienz der ternären Logik ein "
         "Wiederaufkommen von ternären Computern in der Zukunft."), "Wann"),
        (("Die Aare verläuft auf dem Gebiet der Stadt Bern in einem tief eingeschnittenen Tal um die im Mittelalter "
         "auf einem Geländesporn errichtete Altstadt."), "Wann"),
        (("Erste Inschriften des Ungarischen sollen aus dem 9. Jahrhundert stammen, als sich die Magyaren noch der "
         "ungarischen Runenschrift bedienten."), "Wann"),
        # a copula with a time phrase only asks nothing; a time is no "Was"
        ("Koirala war seit 1954 Mitglied der Nepalesischen Kongresspartei (NCP).", "Seit wann"),
        (("Nachdem der König 1960 das Parlament abgeschafft hatte, floh Koirala nach Indien ins Exil, wo er die "
         "nächsten 16 Jahre verbrachte."), "Was verbrachte"),
        # the subject and the finite verb disagree: one item of a coordinated subject was cut
        ("An den Produktionskosten beteiligten sich die Filmförderungsanstalt mit insgesamt rund 4 Millionen Euro.",
         "Woran"),
        # people are no "Was", a dish no "Wen"
        ("Durch die Isolation vom ungarischen Mutterland behielten die Tschangos ihren eigenständigen Dialekt bei.",
         "Was behielt"),
        ("Koirala wuchs in Nepalganj im Distrikt Banke auf.", "Was wuchs"),
        ("Mehrfach wurden die Hamburger nach Fertigstellung der Ausbaustufen von einem Reporterteam besucht.",
         "Was wurde"),
        ("Jedenfalls soll der Name daher kommen, dass deutsche Einwanderer ein Gericht so genannt haben.", "Wen"),
        # a correlate that points back ("daraus" after the semicolon) asks no "Woraus"
        (("Im März 1975 wurde vom DIN empfohlen, dem Montag die Ordnungszahl 1 zuzuordnen; daraus hat sich die "
         "Gepflogenheit entwickelt, den Montag als ersten Tag der Woche anzusehen."), "Woraus"),
    ],
)
def test_a_w_word_that_does_not_fit_is_not_asked(nlp, text, bad):
    asked = _asked(nlp, text)
    assert not [prompt for prompt in asked if prompt.startswith(bad)], asked


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # a phrase of the answer left in the question
        ("Maßgebend für den gesamten Prozess wurden dabei die Reaktionen aus der „Treasure Hill“-Gemeinschaft.",
         "Treasure Hill"),
        (("Bei den Berliner Märzkämpfen wurden auf Befehl des Reichswehrministers Gustav Noske Feldgeschütze, Mörser "
         "und Flugzeuge mit Bomben gegen die Bevölkerung eingesetzt."), "mit Bomben"),
        (("Kambodschas König Norodom Sihamoni verlieh Jolie am 12. August 2005 die kambodschanische "
         "Staatsbürgerschaft als Dank für ihre Arbeit zur Erhaltung der Umwelt in seinem Land."), "Wozu"),
        ("Eine Art von Schattenuhr bestand aus einem langen Stiel mit fünf variablen Marken.", "mit fünf"),
    ],
)
def test_a_phrase_of_the_answer_stays_out_of_the_question(nlp, text, bad):
    asked = _asked(nlp, text)
    assert not [prompt for prompt in asked if bad in prompt], asked


@pytest.mark.parametrize(
    ("text", "empty"),
    [
        (("Eine Unterscheidung setzt zwei Möglichkeiten voraus. Gibt es genau zwei Möglichkeiten, so lässt sich die "
         "Unterscheidung mit einer einzigen Ja-/Nein-Frage klären."), "die Unterscheidung"),
        ("Auf vielen Abschnitten hat die Aare einen hohen Wert für sportliche Aktivitäten.", "einen hohen Wert"),
        ("Auf der Webseite der Wetterwerte Burgenland der ZAMG können aktuelle Werte abgerufen werden.", "aktuelle Werte"),
        ("Die Huffman-Codes stellen eine solche Codierung dar.", "eine solche Codierung"),
        ("Eine solche Codierung nennt man auch Entropiekodierung.", "eine solche Codierung"),
        # round 8: an exception from what?
        ("Die Dialekte unterscheiden sich nur wenig. Die ungarischen Tschangos-Dialekte bilden eine Ausnahme.",
         "eine Ausnahme"),
    ],
)
def test_an_answer_that_says_nothing_or_points_back_is_not_asked(nlp, text, empty):
    answers = _asked(nlp, text).values()
    assert empty not in answers, answers


def test_a_role_or_name_after_als_is_asked_with_als_was(nlp):
    """"als Sõbrapäev bezeichnet" (MLQA dev), "als Kaiser eingesetzt": the role or name the verb
    gives; not "sich als Paläontologe mit … beschäftigen" nor a list of qualities."""
    asked = _asked(nlp, "In Estland wird der Valentinstag als Sõbrapäev bezeichnet, was ebenfalls „Freundestag“ bedeutet.")
    assert asked["Als was wird der Valentinstag in Estland bezeichnet?"] == "als Sõbrapäev"
    asked = _asked(nlp, "Theodosius wurde von Gratian als Kaiser im Osten eingesetzt.")
    assert asked["Als was wurde Theodosius von Gratian im Osten eingesetzt?"] == "als Kaiser"
    for text in ("Leakey, der sich als Paläontologe mit Problemen der Menschwerdung beschäftigte, schrieb viele Bücher.",
                 "Georg erwies sich als gesundes, zurückhaltendes und schüchternes Kind."):
        assert not any(prompt.startswith("Als was") for prompt in _asked(nlp, text)), text


def test_the_expletive_es_of_es_kam_zu_stays_and_is_not_asked(nlp):
    """"Im Juli 2011 kam es zu internen Streitigkeiten …" (MLQA dev): the time of the event is
    asked with "es" kept; "es" itself is no answer, and a referring "es" still needs its name."""
    asked = _asked(nlp, "Im Juli 2011 kam es zu internen Streitigkeiten in der Partei der Freien Ägypter.")
    assert asked["Wann kam es zu internen Streitigkeiten in der Partei der Freien Ägypter?"] == "im Juli 2011"
    assert "es" not in asked.values()
    assert not any(" es " in prompt for prompt in _asked(nlp, "Im Juli 2011 kam es in die Werkstatt."))


def test_a_bounded_number_is_not_answered_by_the_number_alone(nlp):
    """"mehr als 100 Raketentests": "100" is a wrong answer (readers: the key accepted it);
    "etwa 100 Raketentests" may be answered by "100"."""
    from quizgen.analysis import analyze
    from quizgen.extraction.facts import extract_facts
    from quizgen.generation.wh import wh_questions
    from quizgen.model import Article

    def asked(text: str) -> dict[str, tuple[str, ...]]:
        analysis = analyze(nlp, Article(title="Test", text=text, source="t", stem="t", paragraphs=((0, len(text)),)))
        return {q.prompt: (q.answer, *q.accepted) for q in wh_questions(analysis, extract_facts(analysis))}

    bounded = asked("Pjöngjang hat mehr als 100 Raketentests durchgeführt.")["Wie viele Raketentests hat Pjöngjang durchgeführt?"]
    assert bounded[0] == "mehr als 100" and "100" not in bounded
    rounded = asked("Pjöngjang hat etwa 100 Raketentests durchgeführt.")["Wie viele Raketentests hat Pjöngjang durchgeführt?"]
    assert "100" in rounded


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # a coordinated clause that shares the subject of its main clause is asked on its own (MLQA dev)
        (("Am 16. Dezember 1773 drangen Mitglieder der Sons of Liberty in den Hafen von Boston ein und warfen als "
          "Zeichen des politischen Protests drei Ladungen Tee ins Wasser."),
         "Wer warf als Zeichen des politischen Protests drei Ladungen Tee ins Wasser?", "Mitglieder der Sons of Liberty"),
        (("Am 25. März 1821 erhoben sich die Griechen gegen die Türken und erkämpften bis 1828 ihre Unabhängigkeit."),
         "Bis wann erkämpften die Griechen ihre Unabhängigkeit?", "bis 1828"),
        # its own time in the Vorfeld, its own subject after the verb
        (("Allerdings nahm die Windscherung dann erneut zu, und am 6. September schwächte sich Norman zu einem "
          "Kategorie-1-Hurrikan ab."), "Wann schwächte sich Norman zu einem Kategorie-1-Hurrikan ab?", "am 6. September"),
    ],
)
def test_a_coordinated_clause_is_asked_on_its_own(nlp, text, prompt, answer):
    asked = _asked(nlp, text)
    assert asked.get(prompt) == answer, asked


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # the last of three predicates: the rules took the middle one's object for the shared subject
        (("Addington wandte sich gegen die Katholikenemanzipation, schaffte die Einkommensteuer ab und leitete ein "
          "Abrüstungsprogramm in die Wege."), "die Einkommensteuer in die Wege"),
        # a subject after the verb with nothing after it swallowed the object (MLQA dev)
        (("Im Januar 2005 übernahm die ESAS Holding Pegasus Airlines und setzte Ali Sabancı als Vorstandsvorsitzenden "
          "der Fluggesellschaft ein."), "Holding Pegasus Airlines"),
        # what is not there, asked as what is (MLQA dev)
        (("Die Gewebeprobe, die der englische Laryngologe Morell Mackenzie Kronprinz Friedrich Wilhelm entnahm, wies "
          "jedoch auf keine Krebserkrankung hin."), "Worauf"),
        ("Die vedische Epoche hinterließ keine architektonischen Zeugnisse.", "Was hinterließ"),
        # relatives are had, not asked with "Wen"
        ("Sundar Pichai ist verheiratet und hat eine Tochter und einen Sohn.", "Wen hat"),
        # a year the tokeniser took for an ordinal stays out of the prompt
        ("Die Arbeiten endeten am 10. Dezember 2011.", "2011.?"),
    ],
)
def test_a_misread_coordination_or_a_negated_answer_is_not_asked(nlp, text, bad):
    asked = _asked(nlp, text)
    assert not [prompt for prompt in asked if bad in prompt], asked


def test_a_colon_inside_a_bracket_does_not_stop_the_question(nlp):
    """A bracket with a colon or semicolon is left out of the question, so the clause around it
    is asked (MLQA dev); a colon between two sentences the splitter kept together still stops it."""
    asked = _asked(nlp, ("Die 12. FIFA Junioren-Fußballweltmeisterschaft (offiziell: 10th FIFA World Youth Championship) "
                         "fand vom 3. bis zum 24. April 1999 in Nigeria statt."))
    assert asked.get("Wo fand die 12. FIFA Junioren-Fußballweltmeisterschaft vom 3. bis zum 24. April 1999 statt?") == "in Nigeria", asked
    asked = _asked(nlp, "Ernesto Sabato (* 24. Juni 1911 in Rojas; † 30. April 2011) war ein argentinischer Schriftsteller, "
                        "Wissenschaftler und Maler.")
    assert asked.get("Wer war ein argentinischer Schriftsteller, Wissenschaftler und Maler?") == "Ernesto Sabato", asked
    assert not _asked(nlp, "Übertragungsstörungen: Wetter und Gelände können den Signalempfang beeinträchtigen.")


def test_a_span_cut_in_two_is_not_asked_by_its_end_and_a_span_that_lasts_is_asked_how_long(nlp):
    """"von 2002 bis 2007" parsed as two phrases gave "Bis wann besuchte Kim Jong-un von 2002 …?";
    "Wann dauerte der Krieg?" asks for a point where the text gives a stretch of time."""
    prompts = _asked(nlp, "Es herrscht jedoch weitgehend Einigkeit darüber, dass Kim Jong-un von 2002 "
                          "bis 2007 in Pjöngjang die Kim-Il-sung-Universität besuchte.")
    assert not any(p.startswith("Bis wann") for p in prompts), prompts
    asked = _asked(nlp, "Der Krieg dauerte von 1914 bis 1918.")
    assert "Wie lange dauerte der Krieg?" in asked and "Wann dauerte der Krieg?" not in asked, asked


def test_no_how_long_for_an_age_or_a_time_within(nlp):
    """MLQA: "Wie lange beträgt der Median? – 38 Jahre" asks an age as a stretch of time; "Wie lange
    verstarb ein Großteil der ersten Siedler? – innerhalb der ersten eineinhalb Jahre" asks nothing."""
    for text in ("Der Median beträgt 38 Jahre.", "Innerhalb der ersten eineinhalb Jahre verstarb ein Großteil der ersten Siedler."):
        assert not any(p.startswith("Wie lange") for p in _asked(nlp, text)), text


def test_a_name_with_an_indefinite_article_is_no_person(nlp, devdata):
    """Wikipedia, Aare: the entity model takes the rare noun "Klus" for a name; "eine Klus" is no
    one to ask "Wen" about (two readers: "Wen schneidet die Dünnern …? – eine Klus" is wrong)."""
    from quizgen.generation.questions import _w_questions
    from quizgen.reading import read_article

    path = devdata / "articles" / "wikipedia" / "Aare.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent (dev articles)")
    analysis = analyze(nlp, read_article(path))
    prompts = [q.prompt for q in _w_questions(analysis, extract_facts(analysis))]
    assert not [p for p in prompts if p.startswith("Wen schneidet")], prompts


def test_a_school_or_university_is_asked_where_and_what(nlp):
    """MLQA: "Bays studierte bis 1997 an der Wesleyan University" ("Wo …?") and "besuchte er die
    University of Western Ontario" ("Was besuchte …?"): the recogniser calls them organisations,
    which were asked neither "Wo" nor "Was"."""
    asked = _asked(nlp, "Bays studierte bis 1997 an der Wesleyan University.")
    assert asked["Wo studierte Bays bis 1997?"] == "an der Wesleyan University"
    asked = _asked(nlp, "Alan Thicke wurde in Kirkland Lake geboren. Im Jahr 1968 besuchte er die University of Western Ontario.")
    assert asked["Was besuchte Alan Thicke im Jahr 1968?"] == "die University of Western Ontario"


def test_an_organisation_is_no_what_beside_other_verbs(nlp):
    asked = _asked(nlp, "Im Finale besiegte der FC Barcelona den FC Bayern München.")
    assert not any(prompt.startswith("Was besiegte") for prompt in asked), asked


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("Nachdem der Sturm die Insel verlassen hatte, begann John eine sanfte Kurve nach Norden.", "eine sanfte Kurve"),
        ("Die Stiftung leistete im Jahr 2010 einen wichtigen Beitrag zur Forschung.", "einen wichtigen Beitrag"),
        ("Der Kanzler traf im Mai eine schwierige Entscheidung über die Steuern.", "eine schwierige Entscheidung"),
        ("Im Jahr 1901 machte der Forscher eine wichtige Entdeckung in Ägypten.", "eine wichtige Entdeckung"),
    ],
)
def test_the_noun_of_a_light_verb_is_not_asked_with_was(nlp, text, lost):
    asked = _asked(nlp, text)
    assert asked, "the other constituents are still asked about"
    assert lost not in asked.values()


def test_real_objects_of_the_same_verbs_are_still_asked(nlp):
    assert _asked(nlp, "Die Sängerin erhielt im Jahr 2010 einen wichtigen Musikpreis.").get(
        "Was erhielt die Sängerin im Jahr 2010?") == "einen wichtigen Musikpreis"
    assert _asked(nlp, "Die Stadt baute im Jahr 1890 einen neuen Bahnhof.").get(
        "Was baute die Stadt im Jahr 1890?") == "einen neuen Bahnhof"


def test_a_title_before_a_persons_name_is_asked_with_wer(nlp):
    asked = _asked(nlp, "Im Jahr 1950 untersuchte der Anthropologe Raoul Perrot die Schädel der Inselbewohner.")
    assert asked.get("Wer untersuchte im Jahr 1950 die Schädel der Inselbewohner?") == "der Anthropologe Raoul Perrot"
    # a place's name after its class noun makes no person of it
    assert not any(p.startswith("Wer ") for p in _asked(nlp, "Im Jahr 1900 baute die Stadt Berlin einen neuen Bahnhof."))
    # one name after a class noun may be no person's: a planet is no "Wen"
    assert not any(p.startswith("Wen ") for p in _asked(nlp, "Im Jahr 1781 entdeckte Herschel den Planeten Uranus."))


def test_a_comparative_is_not_asked_away_from_its_als_phrase(nlp):
    """Asking "einen gemäßigteren Liberalismus" would leave "als seine Frau" reading as a role."""
    asked = _asked(nlp, "Kronprinz Friedrich Wilhelm vertrat einen deutlich gemäßigteren Liberalismus als seine Frau.")
    assert not any(p.endswith("als seine Frau?") and p.startswith("Was") for p in asked), asked
    plain = _asked(nlp, "Kronprinz Friedrich Wilhelm vertrat einen deutlich gemäßigten Liberalismus.")
    assert plain.get("Was vertrat Friedrich Wilhelm?") == "einen deutlich gemäßigten Liberalismus", plain  # no title


def _titled(nlp, title: str, text: str) -> dict[str, str]:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: str(q.answer) for q in wh.wh_questions(analysis, extract_facts(analysis))}


def test_a_subject_pronoun_after_the_title_person_is_that_person(nlp):
    """The text never says Pichai's sex; the subject "er" right after a sentence whose subject
    he is, with no other person in reach, is Pichai. Not where another person was the subject
    of the sentence just before ("Andy Rubin")."""
    text = ("Sundar Pichai erwarb einen Bachelor in Metallurgie. Seit 2004 arbeitet er bei Google. "
            "Zuvor hatte Andy Rubin diese Position inne. Am 24. Oktober 2014 wurde er zum Produktchef ernannt.")
    asked = _titled(nlp, "Sundar Pichai", text)
    assert asked.get("Seit wann arbeitet Sundar Pichai bei Google?") == "seit 2004", asked
    assert not any("ernannt" in p for p in asked), asked


def test_a_name_given_with_namens_stays_with_its_noun(nlp):
    """"ein Soloprojekt namens Ploghbill": asking the noun would leave its name in the question."""
    asked = _asked(nlp, "Der Schlagzeuger Karl Schuster gründete im Jahr 2004 ein Soloprojekt namens Ploghbill.")
    assert "ein Soloprojekt" not in asked.values(), asked


def test_a_list_item_cut_loose_is_not_kept_in_the_question(nlp):
    """The rules give "einen Masterabschluss …" no role: a question keeping it has a stray object."""
    asked = _asked(nlp, "Sundar Pichai erwarb einen Bachelor in Metallurgie am Indian Institute of Technology Kharagpur, "
                        "einen Masterabschluss der Stanford University in Werkstoffwissenschaften sowie einen MBA der "
                        "Wharton School an der University of Pennsylvania.")
    assert not any("Masterabschluss" in p for p in asked), asked
