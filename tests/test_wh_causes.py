"""Warum, Wozu and Woraus questions from denn, deshalb, "Das liegt an", dienen, bestehen aus and
wegen (generation/wh_causes.py), on sentences of the dev articles run through the real offline
pipeline, and the sentences where no such question may be asked."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_causes import cause_questions
from quizgen.model import Article, Question


def _asked(nlp, text: str) -> dict[str, Question]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in cause_questions(analysis, extract_facts(analysis))}


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "skill"),
    [
        # ("Das hängt mit X zusammen" after "Trotzdem ist das Klima dort nicht so heiß": since session 17 not
        # asked, the question would not say where; tests/test_realise_s17.py)
        # "Deshalb …": the sentence before answers (Klexikon, Tabak)
        (("Tabak ist sehr anfällig für Schimmel. Deshalb werden die Tabakfelder heute mit Gift bespritzt, schon bevor "
         "der Schimmel sichtbar wird."),
         "Warum werden die Tabakfelder heute mit Gift bespritzt?", "weil Tabak sehr anfällig für Schimmel ist", "warum"),
        # "es" of "es warm mögen" refers to nothing the reader misses
        ("Die Tabakpflanze mag es eher warm. Am meisten Tabak wird deshalb in den südlichen Ländern angebaut.",
         "Warum wird am meisten Tabak in den südlichen Ländern angebaut?", "weil die Tabakpflanze es eher warm mag", "warum"),
        # "denn": a pronoun in the reason that stands for the question's subject (Wikipedia, Galapagosinseln)
        (("Die eingeschleppte Fruchtfliege Ceratitis capitata ist eine gefährliche Plage, denn sie kann sehr viele "
         "verschiedene Kulturarten befallen."),
         "Warum ist die eingeschleppte Fruchtfliege Ceratitis capitata eine gefährliche Plage?",
         "sie kann sehr viele verschiedene Kulturarten befallen", "warum"),
        ("Die Tür ist sehr wichtig, weil sie den Stall vor Dieben schützt.", "Warum ist die Tür sehr wichtig?",
         "weil sie den Stall vor Dieben schützt", "warum"),
        # "X, weshalb Y": X restated answers
        ("Die Preise für Wohnungen sind sehr hoch, weshalb viele Familien am Rande der Stadt leben.",
         "Warum leben viele Familien am Rande der Stadt?", "Die Preise für Wohnungen sind sehr hoch", "warum"),
        # dienen + zur / als / a dative of use (Klexikon and Wikipedia, Blüte and Tabak)
        ("Die Blüte dient also der Pflanze in erster Linie zur Fortpflanzung.", "Wozu dient die Blüte der Pflanze?",
         "zur Fortpflanzung", "wozu"),
        (("Das hohe Mittelschiff einer Kirche bot dem Federball freie Flugbahn, und die Kirchenbänke dienten den "
         "Zuschauern als Logenplätze."), "Wozu dienten die Kirchenbänke den Zuschauern?", "als Logenplätze", "wozu"),
        ("Dabei dienen die Kelchblätter als Schutz.", "Wozu dienen die Kelchblätter?", "als Schutz", "wozu"),
        ("Die Fermentation dient dem Farbausgleich.", "Wozu dient die Fermentation?", "dem Farbausgleich", "wozu"),
        # bestehen aus (Wikipedia, Badminton)
        ("Der Federkranz besteht aus 16 Gänse- oder Entenfedern.", "Woraus besteht der Federkranz?",
         "aus 16 Gänse- oder Entenfedern", "woraus"),
        # a state with an adjective and a purpose or reason clause (Klexikon, Information; Wikipedia, Kasachstan)
        ("Damit Information stattfindet, sind Vereinbarungen auf allen vier Ebenen notwendig.",
         "Wozu sind Vereinbarungen auf allen vier Ebenen notwendig?", "damit Information stattfindet", "wozu"),
        (("Da Kasachstan und China unterschiedliche Spurweiten benutzen, sind in den beiden Grenzbahnhöfen Dostyk "
          "und Korgas Umspurungsanlagen vorhanden."),
         "Warum sind in den beiden Grenzbahnhöfen Dostyk und Korgas Umspurungsanlagen vorhanden?",
         "da Kasachstan und China unterschiedliche Spurweiten benutzen", "warum"),
        # the material of a verb of making (Wikipedia, Fahrrad)
        (("Heute werden Fahrradrahmen zum Großteil aus Stahl und Aluminium hergestellt, häufig mit größerem "
         "Rohrdurchmesser."), "Woraus werden Fahrradrahmen heute zum Großteil hergestellt?", "aus Stahl und Aluminium",
         "woraus"),
        # um … zu after an action, to the end of the sentence where a coordination cut the clause in two (MLQA, Waldbrand)
        (("Die amerikanischen Ureinwohner brannten oftmals Waldgebiete nieder, um übermäßiges Wachstum einzudämmen und "
          "damit die Fläche des Graslandes für Großwild wie Bison und Elch zu vergrößern."),
         "Wozu brannten die amerikanischen Ureinwohner oftmals Waldgebiete nieder?",
         ("um übermäßiges Wachstum einzudämmen und damit die Fläche des Graslandes für Großwild wie Bison und Elch zu "
          "vergrößern"), "wozu"),
        # a purpose clause whose key holds one abstract noun: the clause carries the content (MLQA, Ryūkyū-Inseln)
        (("Auf Wunsch des Königs von Ryūkyū entsandte die Ming-Dynastie im Jahre 1392 36 Familien aus der Provinz "
          "Fujian, um die Wirtschaft zu unterstützen."),
         "Wozu entsandte die Ming-Dynastie im Jahre 1392 36 Familien aus der Provinz Fujian?",
         "um die Wirtschaft zu unterstützen", "wozu"),
        # zur + a noun of action, with the phrase that belongs to its noun and a possessive of the named subject (MLQA, Kesha)
        (("Im Juni 2010 veranstaltete Kesha ein Benefizkonzert zur Unterstützung der Menschen aus ihrer Heimatstadt "
          "Nashville, die Opfer der Überschwemmungen in Tennessee geworden waren."),
         "Wozu veranstaltete Kesha im Juni 2010 ein Benefizkonzert?",
         "zur Unterstützung der Menschen aus ihrer Heimatstadt Nashville", "wozu"),
        # a result after a comma or "und": the first clause answers (Wikipedia, Aare; MLQA, Hurrikan John)
        (("Das Flussufer ist wenig zerklüftet und vielerorts gut zugänglich, sodass man trotz der stellenweise recht "
          "hohen Strömung gefahrlos in der Aare baden kann."),
         "Warum kann man trotz der stellenweise recht hohen Strömung gefahrlos in der Aare baden?",
         "Das Flussufer ist wenig zerklüftet und vielerorts gut zugänglich", "warum"),
        ("Die Windscherung nahm wieder zu und infolgedessen verlor John langsam an Stärke.",
         "Warum verlor John langsam an Stärke?", "Die Windscherung nahm wieder zu", "warum"),
        # "infolgedessen" takes up the sentence before (Wikipedia, London)
        (("Bei islamistischen Terroranschlägen am 7. Juli 2005 wurden mehrere Dutzend Menschen getötet. Infolgedessen "
          "wurden die städtischen Sicherheitsvorkehrungen ausgeweitet."),
         "Warum wurden die städtischen Sicherheitsvorkehrungen ausgeweitet?",
         "weil bei islamistischen Terroranschlägen am 7. Juli 2005 mehrere Dutzend Menschen getötet wurden", "warum"),
        # "Gründe dafür waren …": the sentence before asks, the noun phrases answer (as in Wikipedia, Kasachstan)
        (("Im Sommer 2003 trocknete der See fast vollständig aus. Gründe dafür waren die große Hitze (bis zu 40 Grad) "
          "sowie der fehlende Regen."),
         "Warum trocknete der See im Sommer 2003 fast vollständig aus?", "die große Hitze sowie der fehlende Regen", "warum"),
        # "führen zu" a result: Wozu führte …? (MLQA, Georg III.)
        (("Die Proklamationslinie, wie sie bald hieß, war bei den amerikanischen Kolonisten unbeliebt und führte zu "
          "einer noch größeren Entfremdung von der britischen Regierung."),
         "Wozu führte die Proklamationslinie?", "zu einer noch größeren Entfremdung von der britischen Regierung", "wozu"),
        # "aus" a motive, "auf" a request (Wikipedia, Kasachstan)
        ("Aus Angst vor einer Verhaftung floh der Dichter 1933 in die Schweiz.",
         "Warum floh der Dichter 1933 in die Schweiz?", "aus Angst vor einer Verhaftung", "warum"),
        (("Auf Initiative von Präsident Nasarbajew werden seit 2003 in Kasachstan die Kongresse der Führer der Welt- und "
          "traditionellen Religionen durchgeführt."),
         ("Warum werden seit 2003 in Kasachstan die Kongresse der Führer der Welt- und traditionellen Religionen "
          "durchgeführt?"), "auf Initiative von Präsident Nasarbajew", "warum"),
        # wegen / aufgrund, which the roles left an adverbial (Klexikon, Kasachstan)
        ("Wegen der vielen fruchtbaren Gebiete ist die Landwirtschaft sehr wichtig.",
         "Warum ist die Landwirtschaft sehr wichtig?", "wegen der vielen fruchtbaren Gebiete", "warum"),
    ],
)
def test_asks_why_what_for_and_of_what(nlp, text, prompt, answer, skill):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    question = asked[prompt]
    assert question.answer == answer
    assert question.skill == skill and question.type == "wh" and question.focus == "content"


def test_subject_pronoun_after_the_topic_sentence(nlp):
    # Klexikon, Hamburger: "Er" is the topic the first sentence defines; "ein Hamburger" becomes definite
    text = ("Ein Hamburger ist ein schnelles Essen. Er besteht hauptsächlich aus einem weichen Brötchen und einer "
            "gegrillten flachen Scheibe Hackfleisch.")
    article = Article(title="Hamburger", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    asked = {q.prompt: str(q.answer) for q in cause_questions(analysis, extract_facts(analysis))}
    assert asked == {"Woraus besteht der Hamburger?":
                     "aus einem weichen Brötchen und einer gegrillten flachen Scheibe Hackfleisch"}


def test_no_topic_pronoun_when_another_noun_agrees(nlp):
    text = "Ein Hamburger ist ein schneller Imbiss. Er besteht hauptsächlich aus einem weichen Brötchen."
    article = Article(title="Hamburger", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    assert not cause_questions(analysis, extract_facts(analysis))


def test_use_given_by_a_zu_infinitive_accepts_um(nlp):
    asked = _asked(nlp, "Die Klingel dient dazu, Fußgänger zu warnen.")
    assert asked["Wozu dient die Klingel?"].accepted == ("um Fußgänger zu warnen",)


def test_purpose_keys_accept_the_first_purpose_and_the_verb_of_the_noun(nlp):
    asked = _asked(nlp, ("Die amerikanischen Ureinwohner brannten oftmals Waldgebiete nieder, um übermäßiges Wachstum "
                         "einzudämmen und damit die Fläche des Graslandes zu vergrößern."))
    assert "um übermäßiges Wachstum einzudämmen" in asked["Wozu brannten die amerikanischen Ureinwohner oftmals "
                                                          "Waldgebiete nieder?"].accepted
    asked = _asked(nlp, "Im Juni 2010 veranstaltete Kesha ein Benefizkonzert zur Unterstützung der Menschen aus Nashville.")
    assert "um die Menschen aus Nashville zu unterstützen" in asked["Wozu veranstaltete Kesha im Juni 2010 ein "
                                                                    "Benefizkonzert?"].accepted
    # a separable verb takes "zu" inside; a masculine genitive would need its noun inflected: no variant
    asked = _asked(nlp, "Der Verein gründete eine Schule zur Ausbildung der Handwerker.")
    assert "um die Handwerker auszubilden" in asked["Wozu gründete der Verein eine Schule?"].accepted
    asked = _asked(nlp, "Der Verein gründete eine Schule zur Ausbildung des Nachwuchses.")
    assert not [v for v in asked["Wozu gründete der Verein eine Schule?"].accepted if v.startswith("um ")]


def test_a_reason_beside_a_purpose_is_asked_with_wozu_alone(nlp):
    # "Warum …? – auf Wunsch des Königs" would mark the purpose, the other half of the reason, wrong
    asked = _asked(nlp, "Auf Wunsch des Königs baute der Architekt ein neues Schloss, um die Gäste zu beeindrucken.")
    assert [q.prompt.split()[0] for q in asked.values()] == ["Wozu"], list(asked)


def test_answer_variants_without_preposition(nlp):
    asked = _asked(nlp, "Dabei dienen die Kelchblätter als Schutz.")
    assert asked["Wozu dienen die Kelchblätter?"].accepted == ("Schutz",)


def test_no_why_when_the_reason_points_back(nlp):
    # Klexikon, Oskar Schindler: the reason after "denn" points back ("das", "sie"), the material is asked
    asked = _asked(nlp, "Der Ring war aus Zahngold gemacht, denn das war das Einzige, was sie am Kriegsende noch besaßen.")
    assert {prompt: str(q.answer) for prompt, q in asked.items()} == {"Woraus war der Ring gemacht?": "aus Zahngold"}


def test_no_cause_phrase_when_a_clause_gives_the_reason(nlp):
    # Wikipedia, Kasachstan: "aufgrund verschiedener Gesetze" is half the reason the da-clause gives
    text = "Wahlfreiheit ist in Kasachstan aufgrund verschiedener Gesetze schwierig, da die Gesetze verschärft wurden."
    answers = {str(q.answer) for q in _asked(nlp, text).values()}
    assert answers == {"da die Gesetze verschärft wurden"}


def test_brackets_left_out_of_a_restated_sentence(nlp):
    text = ("Das ursprünglich als Landeshauptstadt vorgesehene Ödenburg (ungarisch Sopron) wurde auf Grund einer "
            "Volksabstimmung Ungarn zugeschlagen. Daher wurde Eisenstadt 1925 zum Sitz der Landesregierung bestimmt.")
    answers = [str(q.answer) for q in _asked(nlp, text).values()]
    assert "Das ursprünglich als Landeshauptstadt vorgesehene Ödenburg wurde auf Grund einer Volksabstimmung " \
           "Ungarn zugeschlagen" in answers


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before "deshalb" holds a pronoun
        "Das war damals ein großer Meilenstein in der Luftfahrt. In den USA ist Lindbergh deshalb ein Nationalheld.",
        # "daher" is the correlate of a dass-clause, not a reason from before
        ("Wenn die Pollen auf die Narbe geraten, nennt man das Bestäubung. Der Name kommt daher, dass der Pollen fein "
        "ist wie Staub."),
        # the reason stands in the same sentence (weil)
        ("Schindler wurde verhaftet. Seine Hinrichtung konnte nur deshalb verhindert werden, weil zur selben Zeit "
        "deutsche Soldaten in die Stadt stürmten."),
        # a negated explanation gives no reason
        "Es heißt, dass Hamburger dick machen. Das liegt aber nicht unbedingt am Hamburger selbst.",
        # one use of two ("sowohl … als auch"): half an answer
        "Im Zweiten Weltkrieg diente Kasachstan sowohl als Evakuierungsort als auch als Deportationsziel.",
        # a noun as predicative: "Wozu sind Fahrräder ein Angebot?" asks nothing a reader can answer
        "Öffentliche Fahrräder sind ein Angebot in verschiedenen Städten, um die Nutzung zu fördern.",
        # the reason holds a pronoun the reader cannot resolve out of context
        "Das Tor ist sehr wichtig, weil es den Stall vor Dieben schützt.",
        # MLQA: a subject that names nothing, one the parser cut, a use still to be listed
        "Eine Art von Schattenuhr bestand aus einem langen Stiel.",
        "Dieser informelle, aber gut organisierte Verbund bestand aus freien Schwarzen und weißen Sklavereigegnern.",
        "Die NR-30 diente als Bordwaffe folgender Kampfflugzeuge: MiG-19, Su-7 und Jak-28.",
        # MLQA: a guess, examples cut off the subject, one reason of several
        "Vermutlich dienten vergängliche Materialien wie Holz und Lehm als Baustoffe.",
        "Berlin war auch aufgrund der weit ausgedehnten Stadtfläche die größte Industriestadt Europas.",
        # "reichen zu", "sich ergeben": no purpose (Wikipedia, Blüte and Information)
        "Bei Antirrhinum reichen die BC-Gene zur Blütenbildung.",
        "Der Wert ergibt sich aus dem Nutzen der Information und den Kosten zur Produktion, Bereitstellung und Weiterleitung.",
        # a purpose already in the prompt ("zwecks …"), a degree with "zu … um" (Wikipedia, Badminton)
        ("Innerhalb der Badmintonszene haben sich zwecks einfacher Verständigung unter Spielern und Trainern zahlreiche "
         "Begriffe entwickelt, um badmintonspezifische Sachverhalte zu bezeichnen."),
        "Der Ball flog viel zu schnell, um ihn noch zu erreichen.",
        # "Gründe dafür" with a clause or another verb: no plain phrase to give (Wikipedia, London)
        "Im Sommer trocknete der See aus. Der Grund dafür war, dass es kaum regnete.",
        ("Die Entwicklung beschleunigt sich weiter. Gründe dafür werden in dem stetig wachsenden Immobilienmarkt "
         "gesehen."),
        # "führen zu" a place, or someone leading someone: no result
        "Der Weg führt zur Festung.",
        "Der General führte die Truppen zum Sieg.",
        # a negated cause is what was not the reason (Wikipedia, Oskar Schindler)
        "Schindlers Widerstand gegen das Regime entwickelte sich nicht aus ideologischen Gründen.",
        # a result with an indefinite passive subject: a high of what? (Wikipedia, London)
        "2011 stieg die Bevölkerung auf über 8 Millionen an, sodass ein neuer Höchststand erreicht wurde.",
        # the use was named before ("ebenfalls")
        "Die Wagenhalle der Kirnitzschtalbahn diente ebenfalls als Kulisse.",
        # "aus" a place is no material
        "Das Bild wurde vermutlich von einem Maler aus Augsburg angefertigt.",
        # "aus drei Teilen" names no part
        "Der Verlauf der Aare besteht aus drei Teilen.",
        # a beneficiary is no use: "der Pflanze" alone answers no Wozu
        "Die Blüte dient der Pflanze.",
    ],
)
def test_no_question_when_unsure(nlp, text):
    assert not _asked(nlp, text)


def test_a_reason_in_the_masculine_dative_is_not_turned_into_wegen(nlp):
    # "wegen dem kalten Wind" is not standard German, "wegen des kalten Windes" needs the noun
    # inflected: no question rather than a wrong form
    text = ("Im Norden ist der Winter sehr lang. Das liegt an dem kalten Wind, der aus der Arktis kommt.")
    assert not [p for p in _asked(nlp, text) if p.startswith("Warum")], list(_asked(nlp, text))


def test_no_reason_cut_before_what_someone_thinks(nlp):
    """MLQA: "…, weil er denkt, es wäre ein Tanzwettbewerb" gave "Warum kann Alex die
    Aufnahmeprüfung nicht bestehen? – weil er denkt": the reason is what he thinks."""
    from quizgen.config import Options
    from quizgen.pipeline import build_material

    text = ("Alex findet seine Eltern wieder, kann jedoch die Aufnahmeprüfung für das Rudel nicht bestehen, weil er "
            "denkt, es wäre ein Tanzwettbewerb, und muss deshalb aus dem Rudel verbannt werden.")
    article = Article(title="Madagascar 2", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    material = build_material(analyze(nlp, article), Options())
    answers = [q.answer for q in material.questions if isinstance(q.answer, str)]
    assert not any(answer.rstrip(".").endswith(" denkt") for answer in answers), answers
