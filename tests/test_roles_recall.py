"""Sure roles in clause types the rules used to leave unsure (issue 12: recall of sure roles)."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.model import Article, Clause


def _clauses(nlp, text: str) -> tuple[Clause, ...]:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article).sentences[0].clauses


def _sure(clause: Clause, role: str) -> list[str]:
    return [c.text for c in clause.role(role) if c.sure]


def test_a_titled_name_is_the_sure_subject_beside_a_definite_object(nlp):
    main = _clauses(nlp, "US-Präsident Bill Clinton sagte am Donnerstag die Teilnahme am Gipfel ab.")[0]
    assert _sure(main, "subject") == ["US-Präsident Bill Clinton"]
    assert _sure(main, "object_acc") == ["die Teilnahme am Gipfel"]


def test_a_sure_subject_makes_the_bare_noun_beside_it_a_sure_object(nlp):
    main = _clauses(nlp, "Die Sozialdemokraten suchen wieder Nachfolger für den Ministerpräsidenten.")[0]
    assert _sure(main, "subject") == ["Die Sozialdemokraten"]
    assert _sure(main, "object_acc") == ["Nachfolger"]


def test_of_two_definite_phrases_the_vorfeld_one_is_the_subject(nlp):
    main = _clauses(nlp, "Die dänischen Rentner müssen die hohen Steuern zahlen.")[0]
    assert _sure(main, "subject") == ["Die dänischen Rentner"]
    assert _sure(main, "object_acc") == ["die hohen Steuern"]


def test_two_definite_phrases_in_a_verb_final_clause_stay_unsure(nlp):
    """Without a Vorfeld, case, agreement, definiteness or a person's name, order decides nothing."""
    clauses = _clauses(nlp, "Wir warten, weil die Firma die Ware verspricht.")
    subordinate = next(c for c in clauses if c.kind == "subordinate")
    assert not _sure(subordinate, "subject") and not _sure(subordinate, "object_acc")


def test_nicht_mehr_is_no_object(nlp):
    main = _clauses(nlp, "Die Arbeit sollte nicht mehr wie in alten Tagen von Dienstmädchen verrichtet werden.")[0]
    assert not main.role("object_dat") and not main.role("object_acc")


def test_a_relative_pronoun_before_an_indefinite_pronoun_is_no_sure_subject(nlp):
    relative = _clauses(nlp, "Es war eine Sensation, die niemand erwartet hatte.")[-1]
    assert relative.kind == "relative"
    assert not _sure(relative, "subject")


def test_of_two_names_the_vorfeld_one_is_the_subject(nlp):
    main = _clauses(nlp, "Brandenburgs Ministerpräsident Manfred Stolpe forderte Lafontaine auf.")[0]
    assert _sure(main, "subject") == ["Brandenburgs Ministerpräsident Manfred Stolpe"]
    assert _sure(main, "object_acc") == ["Lafontaine"]


def test_after_a_placeholder_es_the_phrase_is_the_sure_subject(nlp):
    main = _clauses(nlp, "Es fand eine dreiminütige Einweisung über Funk statt.")[0]
    assert _sure(main, "subject") == ["eine dreiminütige Einweisung"]
    assert not main.role("object_acc")


def test_es_stays_the_subject_of_a_verb_that_takes_an_object(nlp):
    """ "Es hat eine Funktion": no placeholder, so the phrase after the verb is no sure subject."""
    main = _clauses(nlp, "Es hat eine wichtige Funktion.")[0]
    assert "eine wichtige Funktion" not in _sure(main, "subject")


def test_es_of_es_gibt_is_the_subject_behind_a_fronted_phrase(nlp):
    main = _clauses(nlp, "Ein eigenes Gelände gibt es nicht.")[0]
    assert _sure(main, "subject") == ["es"]
    assert _sure(main, "object_acc") == ["Ein eigenes Gelände"]


def test_the_year_after_a_genitive_time_noun_stays_in_the_object(nlp):
    main = _clauses(nlp, "1992 heiratete Thicke die Miss World des Jahres 1990, Gina Marie Tolleson.")[0]
    assert _sure(main, "object_acc") == ["die Miss World des Jahres 1990"]


def test_a_title_before_a_name_takes_the_persons_gender(nlp):
    """The lexicon lists "die Vorsitzende"; before "Lothar Bisky" the title is masculine and nominative."""
    main = _clauses(nlp, "Der PDS-Vorsitzende Lothar Bisky äußerte die Hoffnung auf einen Kurswechsel.")[0]
    assert _sure(main, "subject") == ["Der PDS-Vorsitzende Lothar Bisky"]
    assert _sure(main, "object_acc")[0].startswith("die Hoffnung")


def test_a_pronominal_adverb_before_an_object_leaves_it_sure(nlp):
    """"deshalb", "hiermit" are adverbs of their own, not a preposition the chunker missed."""
    main = _clauses(nlp, "Wir konnten deshalb die offene Position zügig besetzen.")[0]
    assert _sure(main, "object_acc") == ["die offene Position"]


def test_an_amount_beside_a_verb_without_an_object_is_no_object(nlp):
    main = _clauses(nlp, "Der Dax lag damit 20,52 Zähler über seinem Endstand vom Mittwoch.")[0]
    assert not _sure(main, "object_acc")
    assert _sure(main, "subject") == ["Der Dax"]


def test_a_transitive_sense_keeps_its_object(nlp):
    main = _clauses(nlp, "Ohne diese Schule hätte ich nie die Prüfung bestanden.")[0]
    assert _sure(main, "object_acc") == ["die Prüfung"]


def test_a_persons_name_after_the_verb_leaves_the_vorfeld_phrase_unsure(nlp):
    """"Die Hauptrolle spielte Charles Laughton": the person is the likelier subject, so the order
    decides nothing (it once gave "Wen spielte die Hauptrolle?")."""
    main = _clauses(nlp, "Die Hauptrolle spielte Charles Laughton.")[0]
    assert "Die Hauptrolle" not in _sure(main, "subject")
    assert not _sure(main, "object_acc")


def test_the_name_after_lauten_is_no_object(nlp):
    main = _clauses(nlp, "Die Kurzform lautet Kovacsne.")[0]
    assert not _sure(main, "object_acc")


def test_a_bare_noun_after_a_unit_is_no_sure_object(nlp):
    """"um 60 cm Durchmesser": the noun ends the measure phrase (it once gave "Was dominierten
    die Radgrößen um 60 cm? – Durchmesser")."""
    main = _clauses(nlp, "Zunächst dominierten die von der Draisine übernommenen Radgrößen um 60 cm Durchmesser.")[0]
    assert "Durchmesser" not in _sure(main, "object_acc")


def test_a_vorfeld_with_a_clause_inserted_between_commas_keeps_its_finite_verb(nlp):
    """The comma after the insertion does not open a new clause: the noun phrase before it is
    the subject of the verb after it (it had given 'wirklich sensationell' the subject role)."""
    main = _clauses(nlp, "Die Lage mitten in der Altstadt, wo abends viel los ist, ist wirklich sensationell.")[0]
    assert _sure(main, "subject") == ["Die Lage mitten in der Altstadt"]
    main = _clauses(nlp, "Eine ausländische Firma, die eine Abmachung mit Amerikanern trifft, ist dem Volk nützlicher.")[0]
    assert _sure(main, "subject") == ["Eine ausländische Firma"]


def test_a_fronted_phrase_does_not_swallow_the_subject_after_the_verb(nlp):
    """"Vor kurzem | hatte | er": the preposition's phrase ends at the verb."""
    main = _clauses(nlp, "Vor kurzem hatte er Militäraktionen für möglich erklärt.")[0]
    assert _sure(main, "subject") == ["er"]
    assert _sure(main, "object_acc") == ["Militäraktionen"]


def test_so_dass_opens_a_consequence_clause(nlp):
    """"so dass" after a comma: a subordinate clause, not a main clause with "so" as its manner."""
    clauses = _clauses(nlp, "Der Fluss trat über die Ufer, so dass die Bauern ihre Felder nicht bestellen konnten.")
    assert [c.kind for c in clauses] == ["main", "subordinate"]
    consequence = [c for c in clauses[0].constituents if c.clause is not None]
    assert [(c.role, c.detail) for c in consequence] == [("adverbial", "consequence")]
    assert not clauses[1].role("manner")


def test_a_plural_pronoun_before_a_noun_is_one_phrase(nlp):
    main = _clauses(nlp, "Wir Gewerkschaften sind bereit, über alles zu reden.")[0]
    assert _sure(main, "subject") == ["Wir Gewerkschaften"]


def test_ca_before_a_number_is_no_object(nlp):
    main = _clauses(nlp, "Ich habe ca 45 Minuten gewartet.")[0]
    assert not main.role("object_acc")
    assert [c.text for c in main.role("time")] == ["ca 45 Minuten"]


def test_objects_beside_a_reflexive_verb_and_its_comma_less_infinitive_stay_unsure(nlp):
    """"weigert sich … anzubringen": whose object "einen Lärmschutz" is, and the reflexive's case
    beside it, is open."""
    main = _clauses(nlp, "Leider weigert sich der Wirt einen Lärmschutz anzubringen.")[0]
    assert _sure(main, "subject") == ["der Wirt"]
    assert not _sure(main, "object_acc")


def test_a_stretch_of_time_without_ganz_is_an_object_not_a_time(nlp):
    """"eine Zukunft", "seine erste Amtszeit" are what is offered or judged; "eine Woche" and
    "die ganze Zeit" stay times."""
    main = _clauses(nlp, "Er bietet den Jugendlichen eine Zukunft.")[0]
    assert _sure(main, "object_acc") == ["eine Zukunft"]
    assert _sure(main, "object_dat") == ["den Jugendlichen"]
    main = _clauses(nlp, "Die Mehrheit beurteilte seine erste Amtszeit positiv.")[0]
    assert _sure(main, "object_acc") == ["seine erste Amtszeit"]
    assert [c.text for c in _clauses(nlp, "Er arbeitete eine Woche in Berlin.")[0].role("time")] == ["eine Woche"]
    assert [c.text for c in _clauses(nlp, "Sie redete die ganze Zeit.")[0].role("time")] == ["die ganze Zeit"]


def test_a_relative_der_is_no_genitive_plural(nlp):
    """Standing alone, "der" is nominative masculine or dative feminine, never a genitive plural
    ("derer"): beside a masculine antecedent it is the subject."""
    relative = _clauses(nlp, "Das sagte ein Hausbewohner, der das Unglück unverletzt überlebte.")[-1]
    assert relative.kind == "relative"
    assert _sure(relative, "subject") == ["der"]
    assert _sure(relative, "object_acc") == ["das Unglück"]


def test_the_object_of_a_coordinated_infinitive_after_its_und_is_sure(nlp):
    """The clause's own "und" is no sign of a stray piece of a coordination."""
    infinitive = _clauses(nlp, "Sein Ziel ist es, die Verbrauchsteuern zu senken und die Steuern auf Vermögen anzuheben.")[-1]
    assert infinitive.lemma == "anheben"
    assert _sure(infinitive, "object_acc") == ["die Steuern"]


def test_a_quantity_pronoun_and_its_nominalised_adjective_are_one_object(nlp):
    main = _clauses(nlp, "Der Arzt verschrieb ihm etwas Antibakterielles.")[0]
    assert _sure(main, "object_acc") == ["etwas Antibakterielles"]


def test_werden_after_a_modal_is_a_copula(nlp):
    """"soll ein Zentrum werden": the phrase is the predicative, no accusative object."""
    main = _clauses(nlp, "Die Stadt soll ein wichtiges Zentrum werden.")[0]
    assert not main.role("object_acc")
    assert [c.text for c in main.role("predicative")] == ["ein wichtiges Zentrum"]


def test_a_relative_pronoun_takes_its_gender_from_the_title_of_a_named_antecedent(nlp):
    """"Herrn Feldkamp, der …": the name has no gender in the lexicon, "Herrn" has, so "der" is
    nominative and "die Akte" the object."""
    relative = _clauses(nlp, "Er saß im Büro von Herrn Feldkamp, der mir die Akte per Post geschickt hatte.")[-1]
    assert _sure(relative, "subject") == ["der"]
    assert _sure(relative, "object_acc") == ["die Akte"]


def test_entlang_before_its_phrase_is_a_preposition_not_a_postposition(nlp):
    """"Die Flusslandschaft entlang der Aare" is one subject (it had given "Worüber verfügt der
    Aare?" when "entlang" closed "Die Flusslandschaft" as a postposition); "den Hunden
    gegenüber" stays a postposition."""
    main = _clauses(nlp, "Die Flusslandschaft entlang der Aare ist ein wichtiges Naherholungsgebiet.")[0]
    assert _sure(main, "subject") == ["Die Flusslandschaft entlang der Aare"]
    main = _clauses(nlp, "Das Personal war den Hunden gegenüber unfreundlich.")[0]
    assert _sure(main, "subject") == ["Das Personal"]
    assert "den Hunden gegenüber" in [c.text for c in main.constituents]


def test_an_als_phrase_after_a_comparative_is_no_sure_role(nlp):
    """"gesünder als Zigaretten" compares; it had given "Als was gelten Zigarren als relativ
    gesünder? – als Zigaretten". "arbeitete als Lehrer" keeps its sure role."""
    main = _clauses(nlp, "Zigarren gelten als relativ gesünder als Zigaretten.")[0]
    assert [c.sure for c in main.constituents if c.text == "als Zigaretten"] == [False]
    main = _clauses(nlp, "Er arbeitete viele Jahre als Lehrer in Berlin.")[0]
    assert [c.sure for c in main.constituents if c.text == "als Lehrer"] == [True]


def test_a_lone_conjunction_is_no_vorfeld_waiting_for_its_verb(nlp):
    """"Als | während …, | wurden Notmäntel …": the main clause keeps its own subject (it had
    given "Was wurde als als Nachrüstsatz entwickelt?")."""
    clauses = _clauses(nlp, "Als während des Krieges eine Knappheit an Kautschuk herrschte, wurden Notmäntel als Nachrüstsatz entwickelt.")
    main = next(c for c in clauses if c.lemma == "entwickeln")
    assert _sure(main, "subject") == ["Notmäntel"]


def test_a_fronted_pp_restricted_by_a_relative_clause_is_unsure(nlp):
    """"Zu den Personen, die …, gehört …": without its relative clause the PP says nothing."""
    main = _clauses(nlp, "Zu den Personen, die in der Kirche ihre letzte Ruhestätte fanden, gehört der Kupferstecher Wenzel Hollar.")[0]
    assert main.role("object_prep") and not _sure(main, "object_prep")
    assert _sure(main, "subject") == ["der Kupferstecher Wenzel Hollar"]


def test_the_rest_of_an_attribute_cut_after_a_measure_is_no_sure_subject(nlp):
    """"eine 30 Jahre | anhaltende Glanzzeit": the answer would lack "eine 30 Jahre"."""
    main = _clauses(nlp, "Damit begann hier eine 30 Jahre anhaltende Glanzzeit des Kunstlebens.")[0]
    assert not [c for c in _sure(main, "subject") if c.startswith("anhaltende")]
