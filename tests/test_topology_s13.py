"""Clause segmentation on encyclopaedia sentences (issue 12): insertions, relative clauses after
a preposition, clauses coordinated after a dependent clause, extended attributes and names."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.model import Article, Clause, Sentence


def _clauses(nlp, text: str) -> tuple[Sentence, tuple[Clause, ...]]:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    sentence = analyze(nlp, article).sentences[-1]
    return sentence, sentence.clauses


def _role(clause: Clause, role: str) -> list[str]:
    return [c.text for c in clause.role(role)]


def _finites_inside(sentence: Sentence, clause: Clause) -> list[str]:
    """Finite verbs inside a constituent that is no clause of its own (a swallowed verb)."""
    offset = sentence.tokens[0].i
    return [sentence.tokens[k - offset].text for c in clause.constituents if c.clause is None
            for k in range(c.start, c.end) if sentence.tokens[k - offset].tag.endswith("FIN")]


def test_an_enumeration_does_not_run_over_a_relative_clause_and_the_finite_verb(nlp):
    sentence, clauses = _clauses(nlp, "Ihre Doktorarbeit behandelte Geburtshilfe der antiken Hindus. Bei ihrer Abschlussfeier "
                                      "im März 1886, bei der sowohl ihr Ehemann als auch die indische Reformerin Pandita Ramabai "
                                      "anwesend waren, erhielt Anandi rauschenden Beifall und einen schriftlichen Glückwunsch.")
    main = clauses[0]
    assert main.lemma == "erhalten" and _role(main, "subject") == ["Anandi"]
    assert _finites_inside(sentence, main) == []
    assert [c.kind for c in clauses] == ["main", "relative"]


def test_an_enumeration_after_a_comma_is_still_one_phrase(nlp):
    _, clauses = _clauses(nlp, "Er kaufte Äpfel, Birnen und Kirschen.")
    assert _role(clauses[0], "object_acc") == ["Äpfel, Birnen und Kirschen"]


def test_als_before_a_verb_final_clause_opens_a_subordinate_clause(nlp):
    _, clauses = _clauses(nlp, "Als Jolie elf Jahre alt war, zog die Familie zurück nach Los Angeles.")
    assert [c.kind for c in clauses] == ["subordinate", "main"]
    assert clauses[0].parent == 1 and _role(clauses[1], "subject") == ["die Familie"]
    assert any(c.clause == 0 and c.role == "time" for c in clauses[1].constituents)


def test_als_before_a_noun_stays_a_phrase(nlp):
    _, clauses = _clauses(nlp, "Als Kind spielte er oft Fußball.")
    assert [c.kind for c in clauses] == ["main"]
    assert _role(clauses[0], "subject") == ["er"]


def test_ohne_with_a_zu_infinitive_is_an_infinitive_clause(nlp):
    _, clauses = _clauses(nlp, "Sie starb am 18. Februar 1887, ohne die Stelle jemals angetreten zu haben.")
    assert [c.kind for c in clauses] == ["main", "um_zu"]
    assert _role(clauses[1], "object_acc") == ["die Stelle"]


def test_ohne_with_a_noun_stays_a_prepositional_phrase(nlp):
    _, clauses = _clauses(nlp, "Er kam ohne seine Frau.")
    assert [c.kind for c in clauses] == ["main"]


def test_a_verb_second_clause_after_a_dass_clause_is_a_main_clause(nlp):
    _, clauses = _clauses(nlp, "Kurz darauf stellte sich jedoch heraus, dass sie an Tuberkulose litt und sie starb am "
                               "18. Februar 1887, ohne die Stelle jemals angetreten zu haben.")
    assert [c.kind for c in clauses] == ["main", "subordinate", "coordinated", "um_zu"]
    assert clauses[1].lemma == "leiden" and clauses[2].lemma == "sterben" and clauses[2].parent == 0
    assert _role(clauses[2], "subject") == ["sie"] and _role(clauses[2], "time") == ["am 18. Februar 1887"]


def test_two_verb_final_clauses_after_dass_stay_subordinate(nlp):
    _, clauses = _clauses(nlp, "Er sagte, dass er kam und sie ging.")
    assert [c.kind for c in clauses] == ["main", "subordinate", "subordinate"]


def test_an_insertion_after_the_vorfeld_keeps_the_clause_whole(nlp):
    _, clauses = _clauses(nlp, "Im Women Medical College of Pennsylvania, später Teil der Drexel University, absolvierte "
                               "Anandi den normalerweise vierjährigen Studiengang in nur drei Jahren.")
    assert len(clauses) == 1 and clauses[0].lemma == "absolvieren"
    assert _role(clauses[0], "subject") == ["Anandi"]
    assert _role(clauses[0], "place") == ["Im Women Medical College of Pennsylvania, später Teil der Drexel University"]


def test_a_verbless_insertion_belongs_to_the_subject_before_it(nlp):
    _, clauses = _clauses(nlp, "Das QVB, 190 m lang und 30 m breit, füllt einen ganzen Block aus.")
    assert len(clauses) == 1 and _role(clauses[0], "subject") == ["Das QVB, 190 m lang und 30 m breit"]
    assert _role(clauses[0], "object_acc") == ["einen ganzen Block"]


def test_a_zu_infinitive_inserted_after_the_subject_is_a_clause_of_its_own(nlp):
    _, clauses = _clauses(nlp, "Dieser Brauch, bestimmte Tage zu feiern, kam von China nach Japan.")
    assert [c.kind for c in clauses] == ["main", "zu_infinitive"]
    assert clauses[0].lemma == "kommen" and _role(clauses[0], "subject") == ["Dieser Brauch"]


def test_a_phrase_before_a_reporting_clause_is_no_vorfeld(nlp):
    _, clauses = _clauses(nlp, "Ein klarer Sieg, sagte der Trainer.")
    assert [c.lemma for c in clauses] == ["", "sagen"]


def test_an_apposition_in_the_mittelfeld_is_no_relative_clause(nlp):
    _, clauses = _clauses(nlp, "Wenige Wochen später erlag auch Waldemar, der dritte noch lebende Sohn des "
                               "Kronprinzenpaares, dieser Krankheit.")
    assert [c.kind for c in clauses] == ["main"]
    assert _role(clauses[0], "subject") == ["Waldemar"] and _role(clauses[0], "object_dat") == ["dieser Krankheit"]


def test_an_enumeration_of_datives_stays_in_its_phrase(nlp):
    _, clauses = _clauses(nlp, "Sie kaufte ein Haus mit einem Garten, einer Garage, einem Keller und einem Dachboden.")
    assert [c.kind for c in clauses] == ["main"]
    assert "mit einem Garten, einer Garage, einem Keller und einem Dachboden" in [c.text for c in clauses[0].constituents]


def test_an_extended_attribute_with_coordinated_adjectives_is_one_subject(nlp):
    _, clauses = _clauses(nlp, "Die von Zeitgenossen als fortschrittlich und kultiviert eingeschätzte Kronprinzessin las "
                               "auch die Schriften von Karl Marx.")
    assert _role(clauses[0], "subject") == [
        "Die von Zeitgenossen als fortschrittlich und kultiviert eingeschätzte Kronprinzessin"]


def test_an_extended_attribute_opened_by_a_pronominal_adverb(nlp):
    _, clauses = _clauses(nlp, "Der damit eingerichtete Stipendienfonds für bedürftige Studenten ist der älteste in Amerika.")
    assert _role(clauses[0], "subject")[0].startswith("Der damit eingerichtete Stipendienfonds")


def test_coordinated_predicatives_stay_apart(nlp):
    _, clauses = _clauses(nlp, "Er war fortschrittlich und kultiviert.")
    assert _role(clauses[0], "predicative") == ["fortschrittlich", "kultiviert"]


def test_a_pronoun_with_a_partitive_genitive_is_one_subject(nlp):
    _, clauses = _clauses(nlp, "Keiner seiner Vorgänger war älter geworden.")
    assert _role(clauses[0], "subject") == ["Keiner seiner Vorgänger"] and clauses[0].role("subject")[0].sure
    _, clauses = _clauses(nlp, "Einer der Gründer war Peter Müller.")
    assert _role(clauses[0], "subject") == ["Einer der Gründer"]


def test_a_pronoun_before_a_dative_singular_takes_no_genitive(nlp):
    _, clauses = _clauses(nlp, "Viele kamen der Einladung nach.")
    assert _role(clauses[0], "subject") == ["Viele"]


def test_a_name_in_the_genitive_inside_a_name_run(nlp):
    _, clauses = _clauses(nlp, "Unter Dr. Lukes Plattenlabel sang Kesha bei mehreren Liedern.")
    assert _role(clauses[0], "subject") == ["Kesha"]
    assert "Unter Dr. Lukes Plattenlabel" in [c.text for c in clauses[0].constituents]


def test_a_first_and_last_name_stay_one_object(nlp):
    _, clauses = _clauses(nlp, "Er traf Thomas Müller.")
    assert _role(clauses[0], "object_acc") == ["Thomas Müller"]


def test_a_foreign_title_is_one_phrase(nlp):
    _, clauses = _clauses(nlp, "Im Jahr 2008 trat sie zu ihrer Single I Kissed a Girl auf.")
    assert "zu ihrer Single I Kissed a Girl" in [c.text for c in clauses[0].constituents]
    assert not clauses[0].role("object_dat") and not clauses[0].role("object_acc")


def test_a_prepositional_phrase_between_commas_stays_in_its_clause(nlp):
    _, clauses = _clauses(nlp, "In der Regel steigen die Preise für Blumen, vor allem für rote Rosen, stark an.")
    assert len(clauses) == 1 and clauses[0].lemma == "ansteigen" and clauses[0].sure
    assert _role(clauses[0], "subject") == ["die Preise für Blumen"]


def test_a_participle_phrase_between_commas_leaves_the_bracket_to_the_clause(nlp):
    _, clauses = _clauses(nlp, "Der Tempelkomplex wurde zwischen 1847 und 1855, finanziert durch Rani Rasmani, erbaut.")
    assert len(clauses) == 1 and clauses[0].lemma == "erbauen" and clauses[0].voice == "passive"
    assert _role(clauses[0], "subject") == ["Der Tempelkomplex"]


def test_coordinated_participles_stay_verbs(nlp):
    _, clauses = _clauses(nlp, "Der Brief wurde geschrieben, gelesen und verbrannt.")
    assert clauses[-1].lemma == "verbrennen"


def test_wie_before_a_noun_in_the_vorfeld_compares(nlp):
    _, clauses = _clauses(nlp, "Wie Prinz Wilhelm hatten sich auch Prinzessin Charlotte und Prinz Heinrich weitgehend von "
                               "den Eltern ab- und den Großeltern zugewandt.")
    assert _role(clauses[0], "subject") == ["Prinzessin Charlotte und Prinz Heinrich"]
    assert _role(clauses[0], "object_dat") == ["den Großeltern"]  # "ab- und" belongs to the verbs


def test_wie_opening_an_indirect_question_stays_a_w_word(nlp):
    _, clauses = _clauses(nlp, "Wie das Gerät funktioniert, ist unklar.")
    assert any(c.text == "Wie das Gerät funktioniert" for c in clauses[-1].constituents)


def test_a_truncated_noun_stays_in_its_phrase(nlp):
    _, clauses = _clauses(nlp, "Die Zahl der Ein- und Ausgänge stieg.")
    assert _role(clauses[0], "subject") == ["Die Zahl der Ein- und Ausgänge"]


def test_a_dependent_clause_after_doch_fronts_the_next_main_clause(nlp):
    _, clauses = _clauses(nlp, "Ihr Mann ließ sie nach hinduistischem Brauch einäschern, doch anstatt die Asche zu "
                               "verstreuen, sandte er sie in die Vereinigten Staaten.")
    assert [c.kind for c in clauses] == ["main", "um_zu", "main"]
    assert clauses[0].parent is None and clauses[1].parent == 2
    assert _role(clauses[2], "subject") == ["er"] and _role(clauses[2], "direction") == ["in die Vereinigten Staaten"]


def test_a_weil_clause_after_und_fronts_the_next_main_clause(nlp):
    _, clauses = _clauses(nlp, "Er kam spät, und weil es regnete, blieb er.")
    assert [c.kind for c in clauses] == ["main", "subordinate", "main"]
    assert clauses[1].parent == 2 and clauses[0].parent is None


def test_a_reporting_clause_after_a_quotation_still_governs_it(nlp):
    _, clauses = _clauses(nlp, "„Wir kommen“, sagte Kim.")
    assert clauses[0].parent == 1 and clauses[1].lemma == "sagen"
