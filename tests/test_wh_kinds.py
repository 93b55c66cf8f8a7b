"""Where a river rises and ends, what else a thing is called, what a named place holds, how many
parts a thing has, what is special about the topic, what a thing is used for, into which parts it
divides and after whom it is named (generation/wh_kinds.py): the readers' key questions of rounds 5 and 6, asked of
sentences of the dev articles and of sentences written for the test, run through the real
offline pipeline; and the sentences where no such question may be asked."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.questions import _w_questions
from quizgen.generation.wh_kinds import kind_questions
from quizgen.model import Article, Question
from quizgen.reading import read_article


def _asked(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in kind_questions(analysis, extract_facts(analysis))}


@pytest.mark.parametrize(
    ("title", "text", "prompt", "answer", "skill"),
    [
        # the source (Klexikon and Wikipedia, Aare): "Ihre Quelle hat die Aare …", "entspringt"
        ("Aare", ("Die Aare ist der längste Fluss innerhalb der Schweiz. Ihre Quelle hat die Aare in den "
                  "Aargletschern, die in den Berner Alpen liegen."),
         "Wo hat die Aare ihre Quelle?", "in den Aargletschern", "wo-entspringt"),
        ("Aare", ("Die Aare entspringt in den beiden Aargletschern in den östlichen Berner Alpen am Finsteraarhorn, "
                  "westlich des Grimselpasses im zentralen Süden der Schweiz."),
         "Wo entspringt die Aare?", "in den östlichen Berner Alpen", "wo-entspringt"),
        # the mouth, "sie" read as the article's river (Klexikon, Aare)
        ("Aare", ("Die Aare ist der längste Fluss innerhalb der Schweiz. Der Kanton Aargau ist nach der Aare benannt. "
                  "Dort geht sie schließlich in den Rhein über."),
         "Wohin fließt die Aare schließlich?", "in den Rhein", "wohin-muendet"),
        # where along its course, kept in the question
        ("Inn", "Der Inn ist ein Fluss in den Alpen. Bei Passau mündet der Inn in die Donau.",
         "Wohin mündet der Inn bei Passau?", "in die Donau", "wohin-muendet"),
        # other names: after "heißen" with a place, a relative "die wir auch … nennen", "(auch … genannt)"
        ("Scheune", ("Eine Scheune ist ein Lagerraum auf einem Bauernhof. Scheunen haben viele verschiedene Namen:\n"
                     "In Bayern heißen sie manchmal auch Stadel."),
         "Wie werden Scheunen in Bayern manchmal genannt?", "Stadel", "andere-namen"),
        ("Kreta", ("Die sehr seltene endemische Kretische Wildziege (auch Agrimi oder Kri-Kri genannt) kommt nur noch "
                   "an einem natürlichen Standort in den weißen Bergen vor."),
         "Wie wird die sehr seltene endemische Kretische Wildziege genannt?", "Agrimi oder Kri-Kri", "andere-namen"),
        # the course: "Ihr Lauf" is the topic river's (Wikipedia, Aare)
        ("Aare", "Die Aare ist ein Fluss in der Schweiz. Ihr Lauf führt durch die Kantone Bern, Solothurn und Aargau.",
         "Durch welche Kantone führt der Lauf der Aare?", "durch die Kantone Bern, Solothurn und Aargau",
         "durch-welche"),
        ("Inn", "Der Inn fließt durch den Kanton Graubünden.", "Durch welchen Kanton fließt der Inn?",
         "durch den Kanton Graubünden", "durch-welche"),
        # what a defined thing is made of, from the definition's relative clause (Wikipedia, Tabak)
        ("Tabak", ("Tabak (veraltet Tobak) ist ein pflanzliches Produkt, das aus den Laubblättern von Pflanzen der "
                   "Gattung Tabak (Nicotiana) hergestellt wird."),
         "Woraus wird Tabak hergestellt?", "aus den Laubblättern von Pflanzen", "woraus"),
        ("Käse", "Ein Käse ist ein festes Lebensmittel, das aus Milch gemacht wird.", "Woraus wird ein Käse gemacht?",
         "aus Milch", "woraus"),
        # how many parts (the week's seven days are left to the calendar check: world knowledge)
        ("Schweiz", "Die Schweiz ist ein Staat in Europa. Die Schweiz besteht aus 26 Kantonen.",
         "Aus wie vielen Kantonen besteht die Schweiz?", "aus 26 Kantonen", "aus-wie-vielen"),
        # readers, round 6: what is special about the topic, its superlative (Klexikon Aare, Wikipedia Eisenstadt)
        ("Aare", "Die Aare ist der längste Fluss innerhalb der Schweiz. Sie fließt durch viele Städte.",
         "Was ist das Besondere an der Aare?", "der längste Fluss innerhalb der Schweiz", "besonderes"),
        ("Eisenstadt", ("Eisenstadt (ungarisch Kismarton) ist die Landeshauptstadt des Bundeslandes Burgenland in "
                        "Österreich. Die Stadt liegt am Fuße des Leithagebirges und ist mit ihren 14.816 Einwohnern "
                        "die kleinste Landeshauptstadt in Österreich."),
         "Was ist das Besondere an Eisenstadt als Landeshauptstadt?", "die kleinste Landeshauptstadt in Österreich",
         "besonderes"),
        # what a thing is used for: "als …" (Als was) / "für …" (Wofür) before the participle (Klexikon and Wikipedia, Tabak)
        ("Tabak", "Tabak ist eine Pflanze. In Europa wurde Tabak aus Amerika vorerst als Medizin verwendet.",
         "Als was wurde Tabak aus Amerika vorerst in Europa verwendet?", "als Medizin", "als-was"),
        ("Tabak", "Tabak ist eine Pflanze. In Europa wurde der Tabak zunächst als Heilpflanze angebaut.",
         "Als was wurde der Tabak zunächst in Europa angebaut?", "als Heilpflanze", "als-was"),
        # a use besides the first: "auch als" (Klexikon, Scheune)
        ("Scheune", ("Eine Scheune ist ein Lagerraum auf einem Bauernhof. Oft dienen Scheunen auch als Arbeitsplatz:\n"
                     "Dort kann der Bauer seine Maschinen schmieren und reparieren."),
         "Als was dienen Scheunen oft zusätzlich?", "als Arbeitsplatz", "als-was"),
        # into which parts (Wikipedia, Blüte)
        ("Blüte", ("Meist gliedert sich ein Fruchtblatt in eine Stielzone und eine Schlauchzone, der hohle Bereich, "
                   "in dem die Samenanlagen liegen."),
         "In welche Teile gliedert sich ein Fruchtblatt meist?", "in eine Stielzone und eine Schlauchzone",
         "in-welche-teile"),
        # named after whom: "nach ihm" is the name before the verb of the clause before (Wikipedia, Tabak)
        ("Tabak", ("Der französische Gesandte in Portugal Jean Nicot sorgte für die Einführung des Tabaks als "
                   "Heilpflanze in Frankreich, nach ihm wurde später der Gattungsname der Tabakpflanze \"Nicotiana\" "
                   "und gleichzeitig der wichtigste Inhaltsstoff Nikotin benannt."),
         "Nach wem wurde der wichtigste Inhaltsstoff Nikotin benannt?", "Jean Nicot", "nach-wem-benannt"),
        # where the topic's name comes from: "Der Name" right after the sentence naming the topic (Klexikon,
        # Eisenstadt; "es" under the heading "Etymologie" is asked of the Wikipedia article on Hamburger below)
        ("Eisenstadt", "Die Stadt Eisenstadt liegt in Österreich. Der Name stammt von den Eisenminen in der Gegend.",
         "Woher stammt der Name Eisenstadt?", "von den Eisenminen in der Gegend", "woher-name"),
        # since when: what a decision of a year made so (Klexikon, Woche)
        ("Woche", ("Eine Woche ist eine Zeiteinheit. In Deutschland legte der Staat im Jahr 1976 fest, dass der Montag "
                   "der erste Tag der Woche ist."),
         "Seit wann ist der Montag in Deutschland der erste Tag der Woche?", "1976", "seit wann"),
        # readers, round 7: what a thing is called when … (Klexikon, Blüte and Hamburger)
        ("Blüte", "Wenn die Pollen auf die klebrige Narbe geraten, nennt man das Bestäubung.",
         "Was nennt man Bestäubung?", "wenn die Pollen auf die klebrige Narbe geraten", "was-nennt-man"),
        ("Hamburger", ("Ein Hamburger ist ein schnelles Essen. In der einfachsten ist Ketchup drauf. Wenn auch Käse "
                       "drauf ist, nennt man ihn Cheeseburger."),
         "Wie nennt man einen Hamburger mit Käse?", "Cheeseburger", "wie-nennt-man"),
        # what a store holds: the list after the colon (Klexikon, Scheune)
        ("Scheune", ("Eine Scheune ist ein Lagerraum auf einem Bauernhof. In der Scheune werden verschiedene Dinge "
                     "eingelagert:\nHeu und Stroh für die Tiere brauchen am meisten Platz."),
         "Was wird in der Scheune eingelagert?", "Heu und Stroh", "was-gelagert"),
        # how many in each period (Klexikon, Tabak)
        ("Tabak", ("Die Weltgesundheitsorganisation hat errechnet, dass jedes Jahr über sechs Millionen Menschen "
                   "durch Tabak sterben."),
         "Wie viele Menschen sterben jedes Jahr durch Tabak?", "über sechs Millionen", "wie-viele-pro"),
        # which syllable: the ordinal of the phrase, the language from the title (Wikipedia, Ungarische Sprache)
        ("Ungarische Sprache", ("Alle Wörter werden stets auf der ersten Silbe betont, so lang sie auch sein mögen, "
                                "vgl. legeslegmegvesztegethetetlenebbeknek."),
         "Auf welcher Silbe werden im Ungarischen alle Wörter stets betont?", "auf der ersten Silbe", "welch-ordinal"),
        ("Polnische Sprache", "Alle Wörter werden meistens auf der vorletzten Silbe betont.",
         "Auf welcher Silbe werden im Polnischen alle Wörter meistens betont?", "auf der vorletzten Silbe",
         "welch-ordinal"),
        # round 8: how many people, a passive's agent asked in the active (Wikipedia, Ungarische Sprache),
        # the subject of the coordinated clause the sentence's first word
        ("Ungarische Sprache", ("Ungarisch ist im südmitteleuropäischen Raum verbreitet und wird von über 13,5 "
                                "Millionen Menschen gesprochen."),
         "Wie viele Menschen sprechen Ungarisch?", "über 13,5 Millionen", "wie-viele-menschen"),
        ("Museum", "Das Museum ist ein Haus in Bern. Die Sammlung wird von etwa 300.000 Besuchern besucht.",
         "Wie viele Besucher besuchen die Sammlung?", "etwa 300.000", "wie-viele-menschen"),
        # round 8: the opening definition with a frame of how widely it holds (Wikipedia, Woche)
        ("Woche", "Die Woche ist heute in fast allen Kulturen eine gebräuchliche Zeiteinheit von sieben Tagen.",
         "Was ist eine Woche?", "eine gebräuchliche Zeiteinheit von sieben Tagen", "was-ist"),
        # round 8: what someone observed, the pronoun resolved (Klexikon, Galapagosinseln)
        ("Galapagosinseln", ("Später kamen viele Wissenschaftler auf die Inseln. Dazu gehörte auch Charles Darwin. "
                             "Er beobachtete, dass die Finken auf jeder Insel etwas anders aussehen."),
         "Was beobachtete Charles Darwin?", "dass die Finken auf jeder Insel etwas anders aussehen", "was-beobachtet"),
        # round 8: what happened to a group of people the phrase names (Wikipedia, Eisenstadt)
        ("Eisenstadt", "Eisenstadt ist eine Stadt. Die jüdischen Eisenstädter wurden vertrieben oder ermordet.",
         "Was geschah mit den jüdischen Eisenstädtern?", "vertrieben oder ermordet", "was-geschah-mit"),
        ("Krieg", "Die deutschen Soldaten wurden verhaftet und verhört.",
         "Was geschah mit den deutschen Soldaten?", "verhaftet und verhört", "was-geschah-mit"),
        # round 8: "Dort" is the named place the sentence before opens with (Klexikon, Miniatur-Welt)
        ("Miniatur-Welt", ("Im Miniatur Wunderland in der Hamburger Speicherstadt hebt sogar ein Miniatur-Flugzeug von "
                           "einem kleinen Flughafen ab. Dort steht die größte Modelleisenbahnanlage der Welt."),
         "Was steht im Miniatur Wunderland in der Hamburger Speicherstadt?",
         "die größte Modelleisenbahnanlage der Welt", "was-gibt-es"),
    ],
)
def test_kind_asked(nlp, title, text, prompt, answer, skill):
    asked = _asked(nlp, text, title)
    assert prompt in asked, sorted(asked)
    assert asked[prompt].answer == answer
    assert asked[prompt].skill == skill


def test_source_accepts_the_whole_place(nlp):
    text = ("Die Aare entspringt in den beiden Aargletschern in den östlichen Berner Alpen am Finsteraarhorn, "
            "westlich des Grimselpasses im zentralen Süden der Schweiz.")
    question = _asked(nlp, text, "Aare")["Wo entspringt die Aare?"]
    assert "in den beiden Aargletschern in den östlichen Berner Alpen am Finsteraarhorn" in question.accepted


def test_stored_accepts_the_list_the_next_sentence_adds(nlp):
    """Readers (round 7) want all the barn holds: the next sentence's list, in the same place, is accepted."""
    text = ("Eine Scheune ist ein Lagerraum auf einem Bauernhof. In der Scheune werden verschiedene Dinge eingelagert:\n"
            "Heu und Stroh für die Tiere brauchen am meisten Platz.\n"
            "Aber auch Getreide und Kartoffeln aus der letzten Ernte werden in der Scheune aufbewahrt.")
    question = _asked(nlp, text, "Scheune")["Was wird in der Scheune eingelagert?"]
    assert question.answer == "Heu und Stroh"
    assert {"Heu", "Stroh", "Getreide und Kartoffeln", "Kartoffeln"} <= set(question.accepted)


def test_stored_keeps_to_its_place(nlp):
    """A next sentence about another place adds nothing the barn holds."""
    text = ("Eine Scheune ist ein Lagerraum auf einem Bauernhof. In der Scheune werden verschiedene Dinge eingelagert:\n"
            "Heu und Stroh für die Tiere brauchen am meisten Platz.\n"
            "Aber auch Getreide und Kartoffeln werden im Keller aufbewahrt.")
    question = _asked(nlp, text, "Scheune")["Was wird in der Scheune eingelagert?"]
    assert not {"Getreide", "Kartoffeln", "Getreide und Kartoffeln"} & set(question.accepted)


@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("Test", "Die Diskussion mündete in einen Streit.", "Wohin"),  # only a name flows
        ("Aare", ("Die Aare ist der längste Fluss innerhalb der Schweiz. Im Tal unter der Quelle fließt sie in einer "
                  "engen Schlucht durch die Felsen."), "Wohin"),  # "in" with the dative: where, not whither
        ("London", "In London gibt es zahlreiche Theater. London hat auch viele Museen.", "Was"),  # one of many
        ("Kasachstan", "Im Nordwesten liegt das Mugodschar-Gebirge.", "Was"),  # no name: the north-west of what?
        ("Test", "In Brüssel gibt es keine Vulkane.", "Was"),  # a negation
        ("Blüte", ("Gibt es im Griffel nur ein einheitliches Gewebe, nennt man die Gesamtheit des Leitgewebes "
                   "Compitum."), "Was"),  # verb first: a condition
        ("Sofia", "In Sachen Bildung stand der Bevölkerung eine Grundschule zur Verfügung.", "Was"),
        ("Rose", "Die schönste Rose im Garten heißt Gloria.", "Wie"),  # a plain name: the role questions' kind
        ("Woche", "Eine Woche ist eine Zeiteinheit. Sie besteht aus sieben Tagen und einer Nacht.", "Aus"),
        ("Fahrrad", "Das Fahrrad ist ein Fahrzeug. Es besteht meistens aus zwei Rädern, einem Sattel und einem Lenker.",
         "Aus"),  # a hedge and a list
        ("Aare", ("Der Verlauf der Aare besteht im Wesentlichen aus drei Teilen: dem Oberlauf, dem Mittellauf und "
                  "dem Unterlauf."), "Aus"),
        ("Aare", "Die Aare ist ein Fluss. Im Tal fließt sie durch die Felsen.", "Durch"),  # no names say which
        ("Test", "Der Vertrag ist ein Papier, das aus Sicht der Partei nichts taugt.", "Woraus"),  # no material verb
        # readers, round 6: a list of regional names is no reading task; a name sharing the head gives itself away
        ("Scheune", ("Eine Scheune ist ein Lagerraum auf einem Bauernhof. Scheunen haben viele verschiedene Namen:\n"
                     "In Deutschland heißen sie manchmal auch Scheuer, Stadel oder Schupfen."), "Wie"),
        ("Blüte", "Die farbigen Kronblätter, die wir oft auch Blütenblätter nennen, sollen Insekten anziehen.", "Wie"),
        # an ordinal is no superlative; a superlative of another river is nothing special about the topic
        ("Montag", "Der Montag ist ein Wochentag. Der Montag ist der erste Tag der Woche.", "Was ist das Besondere"),
        ("Aare", "Die Aare ist ein Fluss in der Schweiz. Der Rhein ist der längste Fluss in Deutschland.",
         "Was ist das Besondere"),
        # a superlative of the past, or shared with another, is nothing special now (Klexikon London, Wikipedia Kreta)
        ("London", "London ist die Hauptstadt von England. Bis vor etwa 100 Jahren war London die größte Stadt der Welt.",
         "Was ist das Besondere"),
        ("Kreta", ("Kreta ist eine Insel im Mittelmeer. Kreta ist mit seinen 300 Tagen Sonnenschein zusammen mit Zypern "
                   "die sonnigste Insel im Mittelmeerraum."), "Was ist das Besondere"),
        # "mehr als": a comparison, not a use (Wikipedia London)
        ("London", "London ist eine Stadt. Die U-Bahn wird jährlich von mehr als einer Milliarde Fahrgästen genutzt.",
         "Als was"),
        # "oder als": the use is the second of two forms (MLQA, Räucherstäbchenuhr)
        ("Uhr", "Die Uhr ist ein Gerät. Die Räucherstäbchen wurden in Stabform oder als Spiralen verwendet.", "Als was"),
        # "Der Name" later in the text is another thing's (Klexikon, Blüte: the Staubblätter's)
        ("Blüte", ("Die Blüte ist ein Teil der Pflanze. Sie ist oft bunt. Die männlichen Teile sind die Staubblätter. "
                   "Der Name kommt von dem feinen Pollen."), "Woher"),
        # a decision about the past, or reported in the subjunctive, makes nothing so since (Wikipedia, Hamburger)
        ("Hamburger", ("Ein Hamburger ist ein Sandwich. Der Gouverneur von Oklahoma beschloss 1995, dass Oscar Bilby in "
                       "Tulsa 1891 erstmals Hamburger verkauft habe."), "Seit wann"),
        ("Woche", "Eine Woche ist eine Zeiteinheit. Der Staat legte 1976 fest, dass der Sonntag der erste Tag war.",
         "Seit wann"),
        # "auch": the use named before is another; "oder": two uses, half an answer
        ("Holz", "Holz ist ein Rohstoff. Früher wurde Holz auch als Brennstoff verwendet.", "Als was"),
        ("Tabak", "Tabak ist eine Pflanze. Der Tabak wurde als Kautabak oder als Schnupftabak verwendet.", "Als was"),
        # "nach ihm" without a name right before the verb of the clause before: no referent to give
        ("Tabak", "Der Händler sorgte für die Einführung, nach ihm wurde später die Pflanze benannt.", "Nach wem"),
        # round 7: a negated condition; a name that is no kind of the topic ("ihn" may be another thing)
        ("Blüte", "Wenn die Pollen nicht auf die Narbe geraten, nennt man das Fehlbestäubung.", "Was nennt man"),
        ("Pizza", "Eine Pizza ist ein Essen. Wenn auch Käse drauf ist, nennt man ihn Cheeseburger.", "Wie nennt man"),
        # one thing after the colon is no list; a year is no period
        ("Scheune", "In der Scheune werden verschiedene Dinge eingelagert: Heu braucht Platz.", "Was wird"),
        ("Tabak", "Im Jahr 2019 starben über sechs Millionen Menschen durch Tabak.", "Wie viele"),
        # "alle Wörter" of what? Only a language's article says
        ("Aare", "Alle Wörter werden stets auf der ersten Silbe betont.", "Auf welcher"),
        # round 8: no count, a separable verb, a subject in the accusative's way ("der Louvre")
        ("Museum", "Das Museum ist ein Haus. Die Sammlung wird von vielen Menschen besucht.", "Wie viele"),
        ("Tabak", "Tabak ist eine Pflanze. Der Tabak wird von 3000 Bauern angebaut.", "Wie viele"),
        ("Louvre", "Der Louvre ist ein Museum. Der Louvre wird von etwa 9 Millionen Besuchern besucht.", "Wie viele"),
        # an everyday definition, and one that goes on in a relative clause, are wh_more's or none
        ("Information", "Eine Information ist ein Stück Wissen.", "Was ist"),
        ("Blüte", "Die Blüte ist heute ein Teil einer Pflanze.", "Was ist"),
        # what a common noun ("der Papst") noticed is asked only of a name; a pointer in what was seen
        ("Rom", "Der Papst stellte fest, dass die Leinwand vergrößert worden war.", "Was"),
        ("Rembrandt", "Rembrandt war ein Maler. Rembrandt bemerkte, dass sie zu klein war.", "Was"),
        # houses of which street? A group asked after must be people the phrase names
        ("Krieg", "Die alten Häuser wurden zerstört.", "Was geschah"),
        # "Dort" after a sentence with two places, or with no named place first
        ("Sofia", ("Im Zentrum von Sofia liegt ein Park am Fluss Iskar. Dort gibt es viele Kinderspielplätze."),
         "Was gibt es"),
        ("Kreta", "Im Tal regnet es selten. Dort wachsen nur wenige Pflanzen.", "Was wächst"),

    ],
)
def test_kind_not_asked(nlp, title, text, word):
    asked = _asked(nlp, text, title)
    assert not [p for p in asked if p.startswith(word + " ")], sorted(asked)


def test_mouth_along_the_way_is_not_the_end(nlp):
    """"Bei Brienz mündet die Aare in den Brienzersee" is not where the Aare ends: the place stays."""
    asked = _asked(nlp, "Die Aare ist ein Fluss. Bei Brienz mündet die Aare in den Brienzersee.", "Aare")
    assert "Wohin mündet die Aare?" not in asked
    assert asked["Wohin mündet die Aare bei Brienz?"].answer == "in den Brienzersee"


@pytest.mark.parametrize(
    ("article", "prompt", "answer"),
    [
        ("klexikon/Aare.txt", "Wo hat die Aare ihre Quelle?", "in den Aargletschern"),
        ("klexikon/Aare.txt", "Wohin fließt die Aare schließlich?", "in den Rhein"),
        ("wikipedia/Aare.txt", "Wo entspringt die Aare?", "in den östlichen Berner Alpen"),
        ("wikipedia/Aare.txt", "Wohin mündet die Aare?", "in den Rhein"),
        ("klexikon/Aare.txt", "Was ist das Besondere an der Aare?", "der längste Fluss innerhalb der Schweiz"),
        ("wikipedia/Eisenstadt.txt", "Was ist das Besondere an Eisenstadt als Landeshauptstadt?", "die kleinste Landeshauptstadt in Österreich"),
        ("klexikon/Scheune.txt", "Als was dienen Scheunen oft zusätzlich?", "als Arbeitsplatz"),
        ("klexikon/Tabak.txt", "Als was wurde Tabak aus Amerika vorerst in Europa verwendet?", "als Medizin"),
        ("wikipedia/Tabak.txt", "Nach wem wurde der wichtigste Inhaltsstoff Nikotin benannt?", "Jean Nicot"),
        ("wikipedia/Hamburger.txt", "Woraus leitete sich das Wort Hamburger ab?",
         "aus dem Kurzwort für gebratenes Hackfleisch (englisch hamburger steak)"),
        ("wikipedia/Aare.txt", "Durch welche Kantone führt der Lauf der Aare?",
         "durch die Kantone Bern, Solothurn und Aargau"),
        ("wikipedia/Hamburger.txt", "Woraus besteht ein Hamburger?", "aus einem speziellen Brötchen, dem Bun"),
        ("klexikon/Blüte.txt", "Was nennt man Bestäubung?", "wenn die Pollen auf die klebrige Narbe geraten"),
        ("klexikon/Hamburger.txt", "Wie nennt man einen Hamburger mit Käse?", "Cheeseburger"),
        ("klexikon/Scheune.txt", "Was wird in der Scheune eingelagert?", "Heu und Stroh"),
        ("wikipedia/Ungarische_Sprache.txt", "Wie viele Menschen sprechen Ungarisch?", "über 13,5 Millionen"),
        ("klexikon/Woche.txt", "Was ist eine Woche?", "eine Zeiteinheit"),
        ("wikipedia/Woche.txt", "Was ist eine Woche?", "eine gebräuchliche Zeiteinheit von sieben Tagen"),
        ("klexikon/Galapagosinseln.txt", "Was beobachtete Charles Darwin?",
         "dass die Finken auf jeder Insel etwas anders aussehen"),
        ("wikipedia/Eisenstadt.txt", "Was geschah mit den jüdischen Eisenstädtern?", "vertrieben oder ermordet"),
        ("klexikon/Miniatur-Welt.txt", "Was steht im Miniatur Wunderland in der Hamburger Speicherstadt?",
         "die größte Modelleisenbahnanlage der Welt"),
        ("klexikon/Tabak.txt", "Wie viele Menschen sterben jedes Jahr durch Tabak?", "über sechs Millionen"),
        ("wikipedia/Ungarische_Sprache.txt", "Auf welcher Silbe werden im Ungarischen alle Wörter stets betont?",
         "auf der ersten Silbe"),
        # round 7 (wh_scenes)
        ("klexikon/Aare.txt", "Was kann man auf der Aare machen?", "mit dem Motorschiff auf der Aare reisen"),
        ("klexikon/Woche.txt", "Worum ging es ursprünglich bei der Woche?",
         "um die Zeit von einem besonderen Tag bis zum nächsten besonderen Tag"),
        ("klexikon/Woche.txt", "Wie lange dauerte eine Woche im Alten Ägypten?", "zehn Tage"),
        ("wikipedia/Hamburger.txt", "Wer servierte wahrscheinlich den ersten Hamburger?",
         "der \"Louis' Lunch\" des deutschen Einwanderers Louis (Ludwig) Lassen"),
    ],
)
def test_key_questions_on_dev_articles(nlp, devdata, article, prompt, answer):
    """The readers' key questions of round 5, asked of the whole dev article, with the answer the
    text gives."""
    analysis = analyze(nlp, read_article(devdata / "articles" / article))
    prompts = {q.prompt: q.answer for q in kind_questions(analysis, extract_facts(analysis))}
    assert prompts.get(prompt) == answer


@pytest.mark.parametrize(
    ("article", "prompt"),
    [("wikipedia/Aare.txt", "Wo entspringt die Aare?"),
     ("wikipedia/Miniatur-Welt.txt", "Was ist das Besondere am Miniatur Wunderland in Hamburg?")],
)
def test_kinds_reach_the_pool(nlp, devdata, article, prompt):
    """The kinds are part of the W-question pool the sheets choose from (hooked in ``wh_more``)."""
    analysis = analyze(nlp, read_article(devdata / "articles" / article))
    assert prompt in {q.prompt for q in _w_questions(analysis, extract_facts(analysis))}


def test_a_river_pronoun_is_the_river_the_sentence_before_is_about(nlp):
    """Another river is about: "sie" continues the Giesse, the subject before it, not the Aare
    of the title."""
    asked = _asked(nlp, "Die Aare ist ein Fluss. Die Giesse nimmt das Wasser der Aare-Aue auf. Dann mündet sie in die Gürbe.", "Aare")
    assert not [p for p in asked if p.startswith("Wohin") and "Aare" in p], sorted(asked)
    assert asked["Wohin mündet die Giesse?"].answer == "in die Gürbe", asked
