"""The round-trip check: generated questions and statements analysed again by the offline
pipeline; broken ones (seen in generated material) fail, good ones pass."""

from __future__ import annotations

import pytest

from quizgen.generation.wellformed import (
    question_problems,
    statement_problems,
    well_formed_question,
    well_formed_statement,
)


@pytest.mark.parametrize(
    ("word", "text", "reason"),
    [
        ("Was", ("Was entstand auf Kreta vor 5000 Jahren, die Minoer bauten große Paläste und haben vor allem "
                 "Göttinnen angebetet?"), "comma"),
        ("Wie lange", "Wie lange bestand diese Hochkultur etwa lang?", "etwa"),
        ("Wie viele Millionen Touristen", "Wie viele Millionen Touristen sind Kreta jedes Jahr etwa?", "etwa"),
        ("Wo", "Wo wurde Oskar Schindler im Jahr 1908 geboren wurde?", "doubled"),
        ("Wozu", "Wozu konnte Schindler die Polizisten dazu überreden?", "dazu"),
        ("Wer", "Wer besaß am Kriegsende noch?", "noch"),
        ("Was", "Was konnte man so machen?", "so"),
        ("Wann", "Wann hat er die Fabrik gekauft?", "er"),
        ("Wo", "Wo steht sein Flugzeug heute?", "sein"),
        ("Was", "Was will wer etwa bauen?", "question word"),
        ("Wohin", "Wohin reiste Lindbergh danach häufig?", "danach"),
        ("Wer", ("Wer hat am Montag in der Hauptstadt von Nordkorea gemeinsam mit vielen Soldaten und Offizieren "
                 "der Armee eine neue Rakete getestet?"), "words"),
        ("Wann", "Was reiste der Präsident nach Berlin?", "question phrase"),
        ("Wer", "Wer die Rakete testete?", "verb"),
        ("Womit", "Womit -gewebe die Narbe verbunden?", "word part"),  # round 9: "… oder -gewebe"
    ],
)
def test_broken_questions_fail(word, text, reason):
    problems = question_problems(text, word=word)
    assert problems, text
    assert any(reason in problem for problem in problems), problems
    assert not well_formed_question(text, word=word)


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("Wo", "Wo wurde Oskar Schindler im Jahr 1908 geboren?"),
        ("Wozu", "Wozu hat der nordkoreanische Staatschef Kim Jong Un die Rüstungsindustrie des Landes aufgefordert?"),
        ("Wie viele Raketentests", "Wie viele Raketentests hat Pjöngjang durchgeführt?"),
        ("Wie viele Einwohner", "Wie viele Einwohner gibt es in London?"),
        ("Wann", "Wann heiratete Schindler seine Frau Emilie?"),
        ("Wer", "Wer baute große Paläste, Tempel und Straßen?"),
        ("Worauf", "Worauf hatte Lindbergh aus Gewichtsgründen verzichtet?"),
        ("Von wem", "Von wem wurde das Modell 1991 aufgestellt?"),
        ("Wo", "Wo kann man Tabak kaufen?"),
        ("Wie lange", "Wie lange bestand die Minoische Kultur?"),
        ("Was", "Was sagte Kim Jong Un am Montag in Pjöngjang?"),
    ],
)
def test_good_questions_pass(word, text):
    assert question_problems(text, word=word) == ()
    assert well_formed_question(text)  # the question phrase is also found without being told


def test_the_source_verbs_must_each_be_there_once():
    assert well_formed_question("Wo wurde Schindler geboren?", word="Wo", verbs=("wurde", "geboren"))
    assert not well_formed_question("Wo wurde Schindler?", word="Wo", verbs=("wurde", "geboren"))


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un besuchte am Wochenende Munitionsfabriken.",
        "Die Minoische Kultur bestand etwa 1500 Jahre lang.",
        "Am Freitag treffen sich die Minister in Berlin.",
        "Oskar Schindler wurde im Jahr 1908 in Zwittau geboren.",
    ],
)
def test_good_statements_pass(text):
    assert statement_problems(text) == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Er wurde im Jahr 1908 in Zwittau geboren.", "referent"),
        ("Diese Hochkultur bestand etwa 1500 Jahre lang.", "referent"),
        ("Weil das Futter teuer war.", "verb second"),
        ("Die Minoer bauten große Paläste, die Griechen eroberten die Insel.", "comma"),
        ("Schindler wurde 1908 in Zwittau geboren wurde.", "doubled"),
    ],
)
def test_broken_statements_fail(text, reason):
    problems = statement_problems(text)
    assert any(reason in problem for problem in problems), problems
    assert not well_formed_statement(text)


def test_a_statement_may_keep_a_subordinate_clause_when_allowed():
    text = "Kim forderte die Industrie auf, mehr Raketen zu bauen."
    assert not well_formed_statement(text)
    assert well_formed_statement(text, max_clauses=2)


@pytest.mark.parametrize(
    ("word", "text", "reason"),
    [
        ("Wann", "Wann begann der Bau der neuen?", "adjective without its noun"),
        ("Was", "Was wurde schon im Mittelalter gebraucht meistens als Wägelchen?", "words after the right bracket"),
        ("Wann", "Wann wurden da die wenigsten Lieder notiert?", "back reference"),
    ],
)
def test_third_pass_string_problems(word, text, reason):
    assert any(reason in problem for problem in question_problems(text, word=word))


# --- what strict DaF teachers rejected (wh / content multiple choice) -----------------------

from quizgen.analysis import analyze as _analyze
from quizgen.extraction.facts import extract_facts as _extract_facts
from quizgen.generation import wellformed
from quizgen.generation import wh as _wh
from quizgen.generation.content_choice import _plausible
from quizgen.model import Article as _Article


def _prompts(nlp, text: str, title: str = "Test") -> dict[str, str]:
    article = _Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = _analyze(nlp, article)
    return {q.prompt: str(q.answer) for q in _wh.wh_questions(analysis, _extract_facts(analysis))}


def test_wohin_woher_only_with_motion_verbs(nlp):
    flooded = _prompts(nlp, "Im Jahr 1480 wurde die Brücke in Solothurn überflutet.")
    assert not any(p.startswith(("Wohin", "Woher")) for p in flooded), flooded
    assert "Wohin reist der Präsident am Montag?" in _prompts(nlp, "Der Präsident reist am Montag nach Berlin.")


def test_no_wozu_for_a_zu_complement(nlp):
    for text in ("Die Galapagosinseln gehören zum Staat Ecuador.", "Die neue Information führte zu einem großen Streit.",
                 "Bei Antirrhinum reichen die BC-Gene zur Blütenbildung."):
        asked = _prompts(nlp, text)
        assert not any(p.startswith("Wozu") for p in asked), asked


def test_answer_from_a_list_or_one_of_several_is_rejected(nlp):
    listed = _prompts(nlp, "Strandbäder gibt es bei Thun, bei Bern und bei Solothurn.")
    assert not any(a.startswith("bei Thun") for a in listed.values()), listed
    example = _prompts(nlp, "Im Alten Ägypten dauerte eine Woche zum Beispiel zehn Tage.")
    assert not any(p.startswith("Wo ") for p in example), example


def test_same_verb_with_a_shared_noun_elsewhere_means_several_answers(nlp):
    text = "Der Arzt Joseph Hyrtl kam in Eisenstadt zur Welt. Auch der Politiker Nikolaus Berlakovich kam in Eisenstadt zur Welt."
    asked = _prompts(nlp, text)
    assert not any(p.startswith("Wer kam") for p in asked), asked


def test_same_verb_and_noun_elsewhere_with_the_same_answer_is_no_second_answer(nlp):
    """The other sentence names the answer too: it tells the same fact again (MLQA "Wega")."""
    text = ("Wasserstoff wird im Innern des Sternes mittels des Bethe-Weizsäcker-Zyklus zu Helium fusioniert. "
            "Da massereiche Sterne ihren Wasserstoff viel schneller als kleinere Sterne fusionieren, ist ihre Lebenszeit kurz.")
    asked = _prompts(nlp, text)
    assert asked.get("Was wird im Innern des Sternes mittels des Bethe-Weizsäcker-Zyklus zu Helium fusioniert?") == "Wasserstoff", asked


def test_a_capital_of_a_name_is_kept_a_copied_sentence_initial_one_is_not(nlp):
    """"Wiesbadener" is capitalised as part of a name; "Beide" only because it opened the sentence."""
    named = _prompts(nlp, "Während antisemitischer Unruhen besuchte das Kronprinzenpaar demonstrativ ein Konzert in einer "
                          "Wiesbadener Synagoge.")
    assert "ein Konzert" in named.values(), named
    initial = _prompts(nlp, "Beide Organe verfügen über eine eigene Verwaltung.")
    assert not any("Beide" in p for p in initial), initial


def test_negation_vague_and_generic_answers_are_rejected(nlp):
    asked = _prompts(nlp, "Die Aktion wurde von Trittbrettfahrern nicht ausgenutzt. Viele Besucher gehen im Park spazieren.")
    assert not any("nicht" in p for p in asked), asked
    assert not any(a.lower().startswith("viele") for a in asked.values()), asked


def test_answer_that_is_the_title_is_trivial(nlp):
    text = "Die Aare verlässt den Thunersee bei der Stadt Thun."
    assert "die Aare" not in _prompts(nlp, text, title="Aare").values()
    assert "die Aare" in _prompts(nlp, text, title="Flüsse der Schweiz").values()


def test_gapping_and_a_year_without_its_number_are_rejected():
    assert wellformed._leftovers([t for t in wellformed._parse("Was kommt vom Gott Tiwaz und der Donnerstag vom Gott Donar?").tokens
                                  if not t.tag.startswith("$")])
    assert not wellformed._leftovers([t for t in wellformed._parse("Wer kam im Jahr 1870 nach Wien?").tokens
                                      if not t.tag.startswith("$")])


def test_multiple_choice_options_must_be_plausible():
    assert not _plausible("Nach regenreichem Juni und Juni", "Nach regenreichem Mai und Juni")
    assert not _plausible("1264", "1989")
    assert _plausible("1986", "1989")
    assert _plausible("Nach regenreichem April und Juni", "Nach regenreichem Mai und Juni")


def _tokens(nlp, text: str):
    from quizgen.analysis import analyze
    from quizgen.model import Article

    article = Article(title="T", text=text, source="t", stem="t", paragraphs=((0, len(text)),))
    return list(analyze(nlp, article).sentences[0].tokens)


def test_content_problems_on_real_phrases(nlp):
    from quizgen.generation.wellformed import content_problems

    phrase = _tokens(nlp, "Das ist die Unterscheidung.")[2:4]
    assert content_problems(phrase, "die Unterscheidung", "was", "Was lässt sich mit einer Frage klären?")
    place = _tokens(nlp, "Das Tal liegt um die Altstadt.")[3:6]
    assert any("Wann" in p for p in content_problems(place, "um die Altstadt", "wann", "Wann verläuft der Fluss im Tal?"))
    year = _tokens(nlp, "Das geschah im Jahr 1480.")[2:5]
    assert not content_problems(year, "im Jahr 1480", "wann", "Wann beschleunigte die Hitzewelle die Schneeschmelze?")
    cut = content_problems(_tokens(nlp, "Das ist seit dem 18. Jahrhundert so.")[3:7], "seit dem 18. Jahrhundert",
                           "seit wann", "Seit wann versuchten die Kantone Bern und Solothurn?", "versuchen")
    assert any("zu-infinitive" in p for p in cut)
    canton = _tokens(nlp, "Das ist der Kanton Aargau.")[2:5]
    assert any("wer" in p for p in content_problems(canton, "der Kanton Aargau", "wer", "Wer ist nach der Aare benannt?"))
    named = _tokens(nlp, "Die Aare fließt durch Bern.")[3:4]
    assert not content_problems(named, "Bern", "wo", "Wo fließt die Aare?")


# --- round 6: what the prompt, the calendar or the sentence's form already answer -------------

from quizgen.model import Question as _Question


def _text_problems(nlp, text: str, prompt: str, answer: str, title: str = "Test", skill: str = "") -> tuple[str, ...]:
    """``text_problems`` of a W-question asked about the sentence of ``text`` that holds ``answer``
    (``skill`` the generator's, by default the question word)."""
    article = _Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = _analyze(nlp, article)
    index = next(s.index for s in analysis.sentences if answer.lower() in s.text.lower())
    question = _Question(id="", type="wh", prompt=prompt, answer=answer, sentence=index,
                         evidence=analysis.sentences[index].text, skill=skill or prompt.split()[0].lower())
    return wellformed.text_problems(question, analysis)


EISENSTADT_PEOPLE = ("Mehrere bekannte Politiker, Künstler, Wissenschaftler und Sportler sind in Eisenstadt geboren, darunter "
                     "der Anatom Josef Hyrtl (1810-1894), der österreichische Landwirtschaftsminister Nikolaus Berlakovich "
                     "(* 1961) und die Fußballspieler Andreas Ivanschitz (* 1983) und Philipp Hosiner (* 1989).")
INFORMATION_LAW = ("Für die Gewinnung der Information wird ein physikalisches Gesetz genutzt (der Doppler-Effekt), das von "
                   "einem Ingenieur aufgegriffen wurde, um das Gerät zu konstruieren.")
GALAPAGOS_UNESCO = ("Ecuador wollte damit möglichen Maßnahmen der UNESCO zuvorkommen, die wiederholt damit gedroht hatte, "
                    "der Inselgruppe im Pazifischen Ozean den vor drei Jahrzehnten verliehenen Status als Welterbe der Natur "
                    "abzuerkennen.")
SEED_ORDER = ("Der nordkoreanische Staatschef Kim Jong Un hat die Rüstungsindustrie des Landes aufgefordert, "
              "die Produktion von Raketen und Artillerie zu steigern.")


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "title", "reason"),
    [
        # the answer is part of a prompt noun, or a word for people shares its first part
        ("Das Wasser der Aare dient in zahlreichen Wasserkraftwerken der Elektrizitätsproduktion.",
         "Was dient in zahlreichen Wasserkraftwerken der Elektrizitätsproduktion?", "das Wasser der Aare", "Aare",
         "the prompt gives the answer away"),
        ("Plantagenarbeiter sind vollkommen von den Plantagenbesitzern abhängig.",
         "Wer ist vollkommen von den Plantagenbesitzern abhängig?", "Plantagenarbeiter", "Tabak",
         "the prompt gives the answer away"),
        # world knowledge: the calendar
        ("Eine Woche ist eine Zeiteinheit. Sie besteht aus sieben Tagen, den Wochentagen.",
         "Aus wie vielen Tagen besteht die Woche?", "aus sieben Tagen", "Woche", "the calendar answers it"),
        # a decision is how, not why
        (("Die Galapagosinseln wurden 1978 aufgrund eines Beschlusses der zweiten Sitzung des Welterbekomitees als "
          "Naturerbestätte in die Liste des UNESCO-Welterbes eingetragen."),
         "Warum wurden die Galapagosinseln 1978 als Naturerbestätte in die Liste des UNESCO-Welterbes eingetragen?",
         "aufgrund eines Beschlusses der zweiten Sitzung des Welterbekomitees", "Galapagosinseln",
         "a procedure, not a reason"),
        # a birth year read off a list of names
        (EISENSTADT_PEOPLE, "Wann wurde Philipp Hosiner geboren?", "1989", "Eisenstadt", "a birth date from a list"),
        # the key's zu-infinitive belongs to the relative clause before it (Information item 7)
        (INFORMATION_LAW, "Wozu wird ein physikalisches Gesetz für die Gewinnung der Information genutzt?",
         "um das Gerät zu konstruieren", "Information", "the zu-infinitive may belong to the clause before it"),
        (GALAPAGOS_UNESCO, "Womit wollte Ecuador möglichen Maßnahmen der UNESCO zuvorkommen?",
         ("der Inselgruppe im Pazifischen Ozean den vor drei Jahrzehnten verliehenen Status als Welterbe der Natur "
          "abzuerkennen"), "Galapagosinseln", "the zu-infinitive may belong to the clause before it"),
        # the prompt keeps the phrase that belongs to the nominalised answer
        ("Die vier Mondphasen erlauben dann eine naheliegende Einteilung der 28 Monatstage in vier Wochen zu je sieben Tagen.",
         "Was erlauben die vier Mondphasen in vier Wochen zu je sieben Tagen?",
         "eine naheliegende Einteilung der 28 Monatstage", "Woche", "the phrase after the answer belongs to it"),
        # "die Einteilung": of what the text divided sentences before
        (("Die vier Mondphasen erlauben eine naheliegende Einteilung der 28 Monatstage in vier Wochen. "
          "In der Antike gelangte im Rahmen des ägyptisch-babylonischen Zodiaks die Einteilung zu den Griechen und Römern."),
         "Wann gelangte im Rahmen des ägyptisch-babylonischen Zodiaks die Einteilung zu den Griechen und Römern?",
         "In der Antike", "Woche", "a definite noun without its referent: Einteilung"),
        # a footnote about the text's own layout
        ("Unsere Nachricht hieße dann so. *) Die Leerstellen (_) sind nur aus Gründen der besseren Lesbarkeit eingefügt.",
         "Was ist nur aus Gründen der besseren Lesbarkeit eingefügt?", "die Leerstellen", "Information",
         "the sentence speaks of the text itself"),
    ],
)
def test_questions_answered_without_the_text_or_with_a_wrong_key_are_refused(nlp, text, prompt, answer, title, reason):
    problems = _text_problems(nlp, text, prompt, answer, title)
    assert any(reason in p for p in problems), problems


ROUND_6_REASONS = ("gives the answer away", "calendar", "procedure", "birth date", "zu-infinitive", "phrase after the answer",
                   "speaks of the text", "without its referent")


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "title"),
    [
        # terms of one field share a part: the text's vocabulary, no give-away (judged good)
        ("Ein Staubblatt ist meist in den Staubfaden und den Staubbeutel gegliedert.",
         "In welche Teile ist ein Staubblatt meist gegliedert?", "in den Staubfaden und den Staubbeutel", "Blüte"),
        ("Die Galapagosinseln sind eine Gruppe von neunzehn Inseln im Pazifischen Ozean.",
         "Was sind die Galapagosinseln?", "eine Gruppe von neunzehn Inseln im Pazifischen Ozean", "Galapagosinseln"),
        # a week of another length is no calendar knowledge
        ("Im Alten Ägypten dauerte eine Woche zehn Tage.", "Wie viele Tage dauerte eine Woche im Alten Ägypten?",
         "zehn Tage", "Woche"),
        ("Die Touristenströme werden aufgrund des Einschreitens der UNESCO sehr stark kontrolliert.",
         "Warum werden die Touristenströme sehr stark kontrolliert?", "aufgrund des Einschreitens der UNESCO",
         "Galapagosinseln"),
        ("Joseph Haydn wurde 1732 in Rohrau geboren.", "Wann wurde Joseph Haydn geboren?", "1732", "Eisenstadt"),
        # MLQA: the zu-infinitive of the "dass" clause the question asks, and an "-ung" name before the verb's phrase
        (("Die Verwaltung bestimmte zusätzlich, dass unter vorgeschriebenen Bedingungen kontrollierte Brände bewusst "
          "gelegt werden können, um das ökologische Gleichgewicht wiederherzustellen."),
         "Wozu können unter vorgeschriebenen Bedingungen kontrollierte Brände bewusst gelegt werden?",
         "um das ökologische Gleichgewicht wiederherzustellen", "Brände"),
        ("Im Mai 1762 wurde die Whig-Regierung von Lord Newcastle durch eine Regierung unter Lord Bute abgelöst.",
         "Was wurde im Mai 1762 durch eine Regierung abgelöst?", "die Whig-Regierung von Lord Newcastle", "Georg III."),
        # a nominalisation after a preposition names its own event (judged good)
        ("Die Blüte wird bestäubt. Nach der Bestäubung wachsen die Samen.", "Was wächst nach der Bestäubung?",
         "die Samen", "Blüte"),
        (SEED_ORDER, "Wozu hat der nordkoreanische Staatschef Kim Jong Un die Rüstungsindustrie des Landes aufgefordert?",
         "die Produktion von Raketen und Artillerie zu steigern", "Nordkorea"),
    ],
)
def test_questions_the_text_answers_are_kept(nlp, text, prompt, answer, title):
    problems = _text_problems(nlp, text, prompt, answer, title)
    assert not any(reason in p for p in problems for reason in ROUND_6_REASONS), problems


BLUETE_UFO = ("Als erstes scheint das B-Klasse-Gen AP3 durch die Kombination von LFY, AP1 und dem Gen Unusual Flower "
              "Organs (UFO), exprimiert zu werden.")
AARE_SHIPS = ("Heute betreibt die 1966 aus einer Vorgängergesellschaft hervorgegangene Bielersee-Schifffahrts-Gesellschaft AG "
              "mit Sitz in Biel die Kurse auf dem Bielersee und der Aare.")


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "title", "skill", "reason"),
    [
        # "die meisten Autoren": which authors?
        (("Obwohl die meisten Autoren inzwischen zur Euanthientheorie tendieren, ist die Entstehung von Staubblatt "
          "weiterhin unklar."), "Wer tendiert zur Euanthientheorie?", "die meisten Autoren", "Blüte", "wer",
         "vague answer: meisten"),
        # "die Kurse" without "auf dem Bielersee und der Aare" says nothing
        (AARE_SHIPS, ("Was betreibt heute die 1966 aus einer Vorgängergesellschaft hervorgegangene "
                      "Bielersee-Schifffahrts-Gesellschaft AG mit Sitz in Biel?"), "die Kurse", "Aare", "was",
         "the answer lost the phrase that says which"),
        # scientists come to an island to do research: world knowledge
        ("Später kamen viele Wissenschaftler auf die Galapagos-Inseln, um sie zu erforschen.",
         "Wozu kamen viele Wissenschaftler auf die Galapagos-Inseln?", "um sie zu erforschen", "Galapagosinseln", "wozu",
         "a generic subject"),
    ],
)
def test_vague_foreign_or_cut_keys_are_refused(nlp, text, prompt, answer, title, skill, reason):
    problems = _text_problems(nlp, text, prompt, answer, title, skill)
    assert any(reason in p for p in problems), problems


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "title", "skill"),
    [
        ("An der Aare stehen heute die meisten Wasserkraftwerke der Schweiz.", "Was steht heute an der Aare?",
         "die meisten Wasserkraftwerke", "Schweiz", "was"),
        ("Die Gesellschaft betreibt die Kurse auf dem Bielersee.", "Was betreibt die Gesellschaft auf dem Bielersee?",
         "die Kurse", "Aare", "was"),
        ("1835 kamen viele Wissenschaftler mit Charles Darwin auf die Galapagos-Inseln.",
         "Mit wem kamen viele Wissenschaftler auf die Galapagos-Inseln?", "mit Charles Darwin", "Galapagosinseln",
         "mit wem"),
    ],
)
def test_keys_that_say_which_are_kept(nlp, text, prompt, answer, title, skill):
    problems = _text_problems(nlp, text, prompt, answer, title, skill)
    assert not any(reason in p for p in problems for reason in ("another language", "vague answer", "lost the phrase",
                                                                  "generic subject")), problems


def test_topic_word_in_an_attribute_of_the_answer_is_not_its_main_noun(nlp):
    text = "Im Miniatur Wunderland in der Hamburger Speicherstadt steht die größte Modelleisenbahnanlage der Welt."
    article = _Article(title="Miniatur-Welt", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = _analyze(nlp, article)

    def trivial(prompt: str, answer: str) -> list[str]:
        question = _Question(id="", type="wh", prompt=prompt, answer=answer, sentence=0, evidence=text, skill="was")
        return [p for p in wellformed.text_problems(question, analysis) if "topic" in p]

    assert not trivial("Was steht im Miniatur Wunderland?", "die größte Modelleisenbahnanlage der Welt")
    assert trivial("Was steht in der Hamburger Speicherstadt?", "eine Miniatur-Welt")  # the topic itself stays trivial
    assert trivial("Was zeigt man in der Hamburger Speicherstadt?", "den größten Teil der Miniatur-Welt")  # a part of it too
    assert trivial("Was steht in der Hamburger Speicherstadt?", "eine Welt aus Modellen")


def test_new_after_an_indefinite_article_introduces_and_does_not_point_back(nlp):
    text = ("1788 wurde die erste Sträflingskolonie in New South Wales angelegt. "
            "1824 entstand eine neue Strafkolonie in der Mündung des Brisbane River.")
    assert "Wann entstand eine neue Strafkolonie in der Mündung des Brisbane River?" in _prompts(nlp, text)


def test_another_sentence_with_the_verb_but_no_second_answer(nlp):
    rockets = ("Am folgenden Tag, dem 18. Januar, wurden vom Irak aus erstmals acht R-17-Raketen auf Israel abgefeuert. "
               "Im Verlauf des Krieges wurden 40 R-17 auf Israel und 46 auf Saudi-Arabien abgefeuert.")
    counted = _prompts(nlp, rockets)
    assert counted.get("Wie viele R-17-Raketen wurden vom Irak aus erstmals auf Israel abgefeuert?") == "acht", counted
    feast = ("Tu B’Av wird am 15. Tag des Monats Aw (normalerweise Ende August) gefeiert. "
             "Heute wird Tu B’Av als zweiter Feiertag der Liebe unter den Menschen gefeiert.")
    assert "Wann wird Tu B’Av gefeiert?" in _prompts(nlp, feast)
    born = ("Der Arzt Joseph Hyrtl kam 1810 in Eisenstadt zur Welt. "
            "Auch der Politiker Nikolaus Berlakovich kam 1961 in Eisenstadt zur Welt.")
    asked = _prompts(nlp, born)
    assert asked.get("Wann kam Joseph Hyrtl in Eisenstadt zur Welt?") == "1810", asked  # each names his own man
    assert not any(p.startswith("Wer kam") for p in asked), asked
    flooded = "Im Jahr 1480 wurde die Brücke in Solothurn überflutet. Im Jahr 1530 wurde die Brücke in Solothurn überflutet."
    assert not any(p.startswith("Wann") for p in _prompts(nlp, flooded))  # two dates: which one is asked?


def test_an_um_zu_answer_with_a_separate_zu_carries_content(nlp):
    """"um die Wirtschaft zu unterstützen" is a clause (um, zu and the infinitive written apart),
    not "one abstract noun": the Wozu question on the Ming envoys had lost its key."""
    from quizgen.generation.wellformed import content_problems

    tokens = _tokens(nlp, "Die Ming-Dynastie schickte 36 Familien, um die Wirtschaft zu unterstützen.")
    purpose = tokens[tokens.index(next(t for t in tokens if t.text == "um")):-1]
    assert [t.text for t in purpose][-1] == "unterstützen"
    assert not content_problems(purpose, "um die Wirtschaft zu unterstützen", "wozu",
                                "Wozu schickte die Ming-Dynastie 36 Familien?")
