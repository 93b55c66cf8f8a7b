"""Keys that accept every right answer and give the whole answer (issue 12, session 25), from what
readers of round 23 marked too narrow, unmarkable or wrong: a pasted paragraph as the key with no
core words ("Wie werden Blüten bestäubt?", "Was hat sich beim Dreschen verändert?"), a compound
core noun whose plain word was rejected ("Flussufer" for "Ufer", "Modelleisenbahnanlage" for
"Modelleisenbahn"), a high premium that rejects "zu teuer", a cause keyed as "wegen …" with no
core words, and "die umliegenden Gemeinden" as the answer to "Welche Gemeinden …?". On real German
sentences run through the offline pipeline."""

from __future__ import annotations

from test_keys_s24 import _analysis

from quizgen.generation import keys
from quizgen.model import Question

BESTAEUBUNG = (
    "Wie werden Blüten bestäubt?\n\n"
    "Meistens erledigen Insekten die Bestäubung. Die Blüten locken sie mit ihren Farben und ihrem Duft an.\n\n"
    "Der Wind wirbelt die Pollen durch die Luft. So gelangen sie auf andere Blüten.\n\n"
    "Bei den Dattelpalmen unterstützt sogar der Mensch die Bestäubung: der Dattelbauer klettert auf die weiblichen Pflanzen."
)
POINTS = ("Meistens erledigen Insekten die Bestäubung. Der Wind wirbelt die Pollen durch die Luft. Bei den Dattelpalmen "
          "unterstützt sogar der Mensch die Bestäubung: der Dattelbauer klettert auf die weiblichen Pflanzen.")
DRESCHEN = ("Früher wurde in der Scheune auch das Korn gedroschen. Dabei werden die Körner aus den Schalen herausgeklopft. "
            "Heute erledigt das die Mähdreschmaschine.")


def _keyed(nlp, text: str, prompt: str, answer: str, skill: str) -> list[Question]:
    """The question on the sentence that holds the answer, as ``questions`` hands it to the keys."""
    analysis = _analysis(nlp, text)
    sentence = next(s for s in analysis.sentences if answer.lower() in s.text.lower())
    question = Question(id="q01", type="wh", prompt=prompt, answer=answer, sentence=sentence.index,
                        evidence=sentence.text, skill=skill)
    return keys.refine_keys([question], analysis)


def _finished(nlp, text: str, prompt: str, answer: str, skill: str, first: str) -> Question:
    """A question whose answer is several sentences of the text, as the selection hands it on."""
    analysis = _analysis(nlp, text)
    sentence = next(s for s in analysis.sentences if s.text.startswith(first))
    question = Question(id="q01", type="wh", prompt=prompt, answer=answer, sentence=sentence.index,
                        evidence=answer, skill=skill)
    return keys.finish_keys([question], analysis)[0]


def test_a_pasted_section_is_keyed_by_its_points(nlp):
    """Round 23: "The key answer is a cut-off paste with no core words … 'durch Insekten, durch den
    Wind, durch den Menschen'". The sentences stay the evidence."""
    question = _finished(nlp, BESTAEUBUNG, "Wie werden Blüten bestäubt?", POINTS, "überschrift", "Meistens")
    assert question.answer == "Insekten, der Wind und der Mensch"
    assert question.core == ("Insekt", "Wind", "Mensch")
    assert question.evidence == POINTS
    assert len(str(question.answer).split()) <= keys.MODEL_WORDS


def test_a_short_change_keeps_its_sentences_and_gets_core_words_of_then_and_now(nlp):
    """"Was hat sich beim Dreschen verändert?" had no core words; "früher in der Scheune, heute mit
    der Maschine" is right. The passive's subject (das Korn) is what the question names already."""
    answer = "Früher wurde in der Scheune auch das Korn gedroschen. Heute erledigt das die Mähdreschmaschine."
    question = _finished(nlp, DRESCHEN, "Was hat sich beim Dreschen verändert?", answer, "veränderung", "Früher")
    assert question.answer == answer
    assert question.core[0] == "Scheune"
    assert question.core[1].startswith("Mähdreschmaschine")


GESUND = ("Es heißt, dass Hamburger ungesund seien und dick machen. Es kommt darauf an, wie gut das Fleisch und das "
          "Brötchen sind. Ansonsten sind die Beilagen ein Problem: Viele Menschen essen zum Hamburger Pommes frites.")


def test_points_that_are_no_subjects_give_core_words_but_no_model_answer(nlp):
    """"Wie gesund sind Hamburger? – das Fleisch und die Beilagen" would answer nothing: where a
    sentence's point is not what it is about, the sentences stay the model answer; the core words
    let "es kommt auf das Fleisch an, und die Beilagen sind ungesund" pass."""
    answer = ("Es kommt darauf an, wie gut das Fleisch und das Brötchen sind. Ansonsten sind die Beilagen ein Problem: "
              "Viele Menschen essen zum Hamburger Pommes frites.")
    question = _finished(nlp, GESUND, "Wie gesund sind Hamburger?", answer, "überschrift", "Es kommt")
    assert question.answer == answer
    assert question.core == ("Fleisch", "Beilage")


def test_three_points_that_are_no_agents_are_topics_not_core_words(nlp):
    """"Woher haben die Wochentage die Namen?": Römer, Dienstag, Germanen are what the sentences
    are about, not where the names come from; demanding them would reject "von Himmelskörpern und
    germanischen Göttern"."""
    answer = ("Die Römer haben die Wochentage nach Himmelskörpern benannt. Der römische Dienstag war nach dem Mars benannt. "
              "Die Germanen haben das zum Teil übernommen.")
    question = _finished(nlp, answer, "Woher haben die Wochentage die Namen?", answer, "überschrift", "Die Römer")
    assert question.answer == answer and question.core == ()


def test_a_one_sentence_answer_is_left_as_it_is(nlp):
    """Only a key of several sentences is cut to its points."""
    answer = "Der Wind wirbelt die Pollen durch die Luft."
    question = _finished(nlp, BESTAEUBUNG, "Was macht der Wind?", answer, "was-tat", "Der Wind")
    assert question.answer == answer and question.core == ()


def test_a_compound_core_noun_prints_its_short_head_and_the_thing_it_frames(nlp):
    """"Flussufer, zugänglich" rejected "das Ufer ist …"; "Modelleisenbahnanlage" rejected "die
    größte Modelleisenbahn der Welt". A two-part compound keeps its whole ("Wohngebiet")."""
    text = ("Man kann gefahrlos in der Aare baden. Das Flussufer ist wenig zerklüftet und vielerorts gut zugänglich.")
    question = _keyed(nlp, text, "Warum kann man gefahrlos in der Aare baden?",
                      "Das Flussufer ist wenig zerklüftet und vielerorts gut zugänglich", "warum")[0]
    assert question.core[0] == "Flussufer/Ufer"
    assert keys.with_synonyms(("Modelleisenbahnanlage",), [])[0].split("/")[:2] == ["Modelleisenbahnanlage", "Modelleisenbahn"]
    assert keys.with_synonyms(("Wohngebiet",), [])[0].split("/")[0] == "Wohngebiet"
    assert "Wohn" not in keys.with_synonyms(("Wohngebiet",), [])[0].split("/")
    assert keys.with_synonyms(("Lagerraum",), [])[0].split("/")[:1] == ["Lagerraum"]
    assert "Raum" not in keys.with_synonyms(("Lagerraum",), [])[0].split("/")  # a Scheune is no "Raum"


def test_a_high_premium_is_also_too_expensive(nlp):
    """"Prämie, hoch" rejected "weil die Versicherung zu teuer ist"."""
    text = "Viele Anbauer verzichten auf eine Versicherung, weil die Prämien mit 9 bis 14 % des Versicherungswertes relativ hoch sind."
    question = _keyed(nlp, text, "Warum verzichten viele Anbauer auf eine Versicherung?",
                      "weil die Prämien mit 9 bis 14 % des Versicherungswertes relativ hoch sind", "warum")[0]
    assert question.core == ("hoch/teuer",)
    assert "teu" in keys.core_stem(question.core[0])
    assert keys.priced(("Berg", "hoch")) == ("Berg", "hoch")  # a high mountain is not expensive


def test_a_cause_as_a_noun_phrase_has_core_words_a_clause_can_say(nlp):
    """"wegen der vielen fruchtbaren Gebiete" had no core words; "weil es viele fruchtbare Gebiete
    gibt" is right. "zu wenig neues Wasser" keeps its "wenig": without it the answer says another thing."""
    text = "Die Landwirtschaft ist sehr wichtig wegen der vielen fruchtbaren Gebiete."
    question = _keyed(nlp, text, "Warum ist die Landwirtschaft sehr wichtig?", "wegen der vielen fruchtbaren Gebiete", "warum")[0]
    assert question.core == ("fruchtbar",)  # "Gebiet" frames the point (session 30: "weil das Land fruchtbar ist")
    text = "Der Aralsee wird immer kleiner, weil er zu wenig neues Wasser bekommt."
    question = _keyed(nlp, text, "Warum wird der Aralsee immer kleiner?", "weil er zu wenig neues Wasser bekommt", "warum")[0]
    assert "wenig" in question.core


def test_which_is_not_answered_by_the_asked_noun_with_a_vague_attribute(nlp):
    """"Welche Gemeinden wurden … angeschlossen? – die umliegenden Gemeinden" names none of them;
    "die deutsche Sprache" says which language."""
    text = ("Der Freistadt Eisenstadt wurden die umliegenden Gemeinden angeschlossen: 1923 Eisenstadt-Schlossgrund, "
            "1970 Kleinhöflein und St. Georgen.")
    assert _keyed(nlp, text, "Welche Gemeinden wurden der Freistadt Eisenstadt angeschlossen?",
                  "die umliegenden Gemeinden", "welche") == []
    text = "In Eisenstadt spricht man heute vor allem die deutsche Sprache."
    assert _keyed(nlp, text, "Welche Sprache spricht man heute in Eisenstadt vor allem?", "die deutsche Sprache", "welche")
