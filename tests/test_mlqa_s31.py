"""Session 31 (issue 12, MLQA recall): names and measures people ask of a paragraph. "Wie lang/hoch/alt
ist X?" from "X ist 400 Kilometer lang", "X hat eine Länge von 400 Kilometern" and "X mit rund 400 km
Länge" (the roles read the measure as a predicative: "Wer ist 400 Kilometer lang?"); "Wie heißt/hieß
die Dienstbotin?" from a role noun before a person's name or a noun before "namens"."""

from __future__ import annotations

from test_mlqa_s23 import _asked


def test_a_length_after_the_copula_is_asked_wie_lang(nlp):
    # (a copula beside it, "Der Mono ist ein Fluss", makes keys.other_fillers refuse the question: see the report)
    asked = _asked(nlp, "Mono", "Der Mono fließt durch Togo. Der Mono ist 400 Kilometer lang.")
    question = asked.get("Wie lang ist der Mono?")
    assert question is not None, list(asked)
    assert question.answer == "400 Kilometer"
    assert "400" in question.accepted


def test_an_age_keeps_its_approximation_in_the_key(nlp):
    asked = _asked(nlp, "Stern", "Der Stern liegt im galaktischen Halo. Der Stern ist etwa 13,2 Milliarden Jahre alt.")
    question = asked.get("Wie alt ist der Stern?")
    assert question is not None, list(asked)
    assert question.answer == "etwa 13,2 Milliarden Jahre"
    assert "13,2 Milliarden Jahre" in question.accepted


def test_a_length_noun_gives_the_amount_in_the_nominative(nlp):
    asked = _asked(nlp, "Mono", "Der Fluss Mono hat eine Länge von 400 Kilometern. Er mündet in den Atlantik.")
    question = asked.get("Wie lang ist der Fluss Mono?")
    assert question is not None, list(asked)
    assert question.answer == "400 Kilometer"  # "von 400 Kilometern": the dative's -n left off


def test_a_measure_with_mit_belongs_to_the_phrase_before_it(nlp):
    asked = _asked(nlp, "Togo", "Der längste Fluss ist der Mono mit rund 400 km Länge. Er fließt nach Süden.")
    question = asked.get("Wie lang ist der Mono?")
    assert question is not None, list(asked)
    assert question.answer == "rund 400 km"


def test_a_measure_of_each_or_of_a_pronoun_is_not_asked(nlp):
    asked = _asked(nlp, "Türme", "Die beiden Türme sind jeweils 88 Meter hoch. Er ist 1,80 Meter groß. "
                   "Die Donau fließt mit einer Länge von 2850 Kilometern durch zehn Länder.")
    assert not [p for p in asked if p.startswith(("Wie hoch", "Wie groß", "Wie lang "))], list(asked)


def test_a_role_noun_before_a_name_is_asked_wie_heisst(nlp):
    asked = _asked(nlp, "Der Vorleser", "Michael wird auf dem Heimweg krank. Eine fremde Frau, die 36-jährige "
                   "Straßenbahnschaffnerin Hanna Schmitz, hilft ihm.")
    question = asked.get("Wie heißt die 36-jährige Straßenbahnschaffnerin?")
    assert question is not None, list(asked)
    assert question.answer == "Hanna Schmitz"


def test_a_name_told_in_the_past_is_asked_wie_hiess(nlp):
    asked = _asked(nlp, "Smokey", "Die Geschichte spielt im Jahr 1944. Ein Junge namens Tom lebte damals "
                   "in einem kleinen Dorf am Fluss.")
    question = asked.get("Wie hieß der Junge?")
    assert question is not None, list(asked)
    assert question.answer == "Tom"


def test_a_name_after_a_genitive_may_name_the_phrase_before_it(nlp):
    asked = _asked(nlp, "Setun", "1970 entwickelte Brussenzow eine verbesserte Version des Setun-Computers namens Setun-70. "
                   "Der Rechner war klein.")
    assert not [p for p in asked if p.startswith(("Wie heißt", "Wie hieß"))], list(asked)


def test_a_genitive_name_a_title_or_a_noun_used_twice_is_not_asked(nlp):
    asked = _asked(nlp, "Cuvier", "Die These Georges Cuviers war umstritten. Georges Cuvier lebte in Paris. "
                   "Kronprinzessin Victoria malte gern. Der Maler Anton war alt, und ein anderer Maler half ihm.")
    assert not [p for p in asked if p.startswith(("Wie heißt", "Wie hieß"))], list(asked)


def test_one_name_of_a_list_of_people_is_not_asked(nlp):
    asked = _asked(nlp, "Lamb of God", "1990 besuchten der Schlagzeuger Chris Adler sowie der Bassist John Campbell "
                   "die Universität in Richmond. Sie gründeten dort eine Band. Prominente Mitglieder sind der "
                   "ägyptisch-amerikanische Wissenschaftler Farouk El-Baz, der revolutionäre ägyptisch-arabische Poet "
                   "Ahmed Fouad Negm und der Schriftsteller Gamal al-Ghitani.")
    assert not [p for p in asked if p.startswith(("Wie heißt", "Wie hieß"))], list(asked)


def test_a_measure_at_one_place_is_not_the_whole_measure(nlp):
    asked = _asked(nlp, "Kreta", "Kreta liegt im Mittelmeer. An ihrer schmalsten Stelle ist Kreta 12,1 Kilometer breit.")
    assert not [p for p in asked if p.startswith("Wie breit")], list(asked)


def test_a_sentence_that_says_what_for_is_not_asked_for_the_name(nlp):
    asked = _asked(nlp, "Georg III.", "Bute wurde Premierminister. Das Parlamentsmitglied John Wilkes veröffentlichte "
                   "die Wochenzeitung The North Briton, um Bute und dessen Regierung anzugreifen.")
    assert not [p for p in asked if p.startswith(("Wie heißt", "Wie hieß"))], list(asked)
