"""Clause structure from the rules (topology.parse_clauses) on real German sentences."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.model import Article, Clause, Sentence


def _sentences(nlp, text: str) -> tuple[Sentence, ...]:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article).sentences


def _clauses(nlp, text: str) -> tuple[Sentence, tuple[Clause, ...]]:
    sentence = _sentences(nlp, text)[0]
    return sentence, sentence.clauses


def _word(sentence: Sentence, index: int | None) -> str:
    assert index is not None
    return sentence.tokens[index - sentence.tokens[0].i].text


def _role(clause: Clause, role: str) -> list[str]:
    return [c.text for c in clause.role(role)]


def test_seed_sentence_time_subject_object_and_relative_clause(nlp, seed_analysis):
    sentence = next(s for s in seed_analysis.sentences if s.text.startswith("Am Wochenende besuchte"))
    main, relative = sentence.clauses[0], sentence.clauses[1]
    assert main.kind == "main" and relative.kind == "relative"
    assert _role(main, "time") == ["Am Wochenende"]
    assert _role(main, "subject") == ["er"] and main.role("subject")[0].sure
    assert _role(main, "object_acc") == ["Munitionsfabriken"] and main.role("object_acc")[0].sure
    assert main.role("time")[0].field == "vorfeld"
    assert relative.parent == 0
    assert _word(sentence, relative.antecedent) == "Munitionsfabriken"
    assert main.lemma == "besuchen" and main.tense == "past"


def test_separable_verb_with_zu_infinitive(nlp):
    sentence, clauses = _clauses(nlp, "Kim fordert die Industrie auf, mehr Raketen zu bauen.")
    main = clauses[0]
    assert main.lemma == "auffordern"
    assert _word(sentence, main.particle) == "auf"
    assert _role(main, "subject") == ["Kim"]
    assert _role(main, "object_acc") == ["die Industrie"]
    assert [c.kind for c in clauses] == ["main", "zu_infinitive"]
    assert clauses[1].parent == 0 and clauses[1].finite is None
    assert main.role("complement")[0].clause == 1


def test_reflexive_perfect(nlp):
    sentence, clauses = _clauses(nlp, "Nordkorea hat sich auf den Weg gemacht.")
    main = clauses[0]
    assert _word(sentence, main.reflexive) == "sich"
    assert main.tense == "perfect" and main.auxiliary == "haben"
    assert main.lemma == "machen"
    assert _role(main, "subject") == ["Nordkorea"]


def test_modal_verb(nlp):
    _, clauses = _clauses(nlp, "Die Schüler müssen das Buch lesen.")
    main = clauses[0]
    assert main.modal == "müssen" and main.lemma == "lesen" and main.tense == "present"
    assert _role(main, "subject") == ["Die Schüler"]
    assert _role(main, "object_acc") == ["das Buch"]
    assert main.number == "Plur" and main.person == "3"


def test_passive_past_with_year(nlp):
    _, clauses = _clauses(nlp, "Die Brücke wurde 1990 von der Stadt gebaut.")
    main = clauses[0]
    assert main.voice == "passive" and main.tense == "past" and main.auxiliary == "werden"
    assert _role(main, "subject") == ["Die Brücke"]
    assert _role(main, "time") == ["1990"]
    assert _role(main, "agent") == ["von der Stadt"]


def test_perfect_passive_and_future(nlp):
    _, clauses = _clauses(nlp, "Das Haus ist gebaut worden.")
    assert clauses[0].voice == "passive" and clauses[0].tense == "perfect"
    _, clauses = _clauses(nlp, "Die Regierung wird die Steuern erhöhen.")
    assert clauses[0].tense == "future" and clauses[0].voice == "active"
    assert _role(clauses[0], "subject") == ["Die Regierung"]
    assert _role(clauses[0], "object_acc") == ["die Steuern"]


def test_subjunctive_and_negation(nlp):
    sentence, clauses = _clauses(nlp, "Die USA sagten, sie seien nicht besorgt.")
    assert clauses[-1].mood == "subjunctive"
    assert _word(sentence, clauses[-1].negation) == "nicht"


def test_dative_object_and_prepositional_object(nlp):
    _, clauses = _clauses(nlp, "Der Lehrer gibt dem Schüler ein Buch.")
    main = clauses[0]
    assert _role(main, "object_dat") == ["dem Schüler"]
    assert _role(main, "object_acc") == ["ein Buch"]
    _, clauses = _clauses(nlp, "Die Kinder warten seit Montag auf den Bus.")
    main = clauses[0]
    prep = main.role("object_prep")
    assert [c.text for c in prep] == ["auf den Bus"] and prep[0].preposition == "auf"
    time = main.role("time")
    assert [c.text for c in time] == ["seit Montag"] and time[0].detail == "since"


def test_place_cause_purpose(nlp):
    _, clauses = _clauses(
        nlp, "Wegen des Regens blieben die Kinder in der Schule, weil sie keine Schirme hatten."
    )
    main = clauses[0]
    assert _role(main, "cause")[0] == "Wegen des Regens"
    assert _role(main, "place") == ["in der Schule"]
    weil = [c for c in main.constituents if c.clause is not None]
    assert weil and weil[0].role == "cause" and clauses[weil[0].clause].kind == "subordinate"
    _, clauses = _clauses(nlp, "Sie treffen sich in Washington, um die Zusammenarbeit zu stärken.")
    main = clauses[0]
    assert _role(main, "place") == ["in Washington"]
    purpose = main.role("purpose")
    assert purpose and clauses[purpose[0].clause].kind == "um_zu"


def test_subordinate_clause_before_main_clause(nlp):
    sentence, clauses = _clauses(
        nlp, "Seitdem die Kontakte geschlossen wurden, hat sich Nordkorea auf den Weg gemacht."
    )
    assert [c.kind for c in clauses] == ["subordinate", "main"]
    assert clauses[0].parent == 1 and _word(sentence, clauses[0].conjunction) == "Seitdem"
    assert clauses[0].voice == "passive"
    time = clauses[1].role("time")
    assert time and time[0].clause == 0 and time[0].field == "vorfeld"


def test_relative_clause_after_preposition(nlp):
    sentence, clauses = _clauses(
        nlp, "Pjöngjang hat viele Raketentests durchgeführt, von denen einige gescheitert sind."
    )
    relative = clauses[1]
    assert relative.kind == "relative" and _word(sentence, relative.antecedent) == "Raketentests"
    assert _word(sentence, relative.conjunction) == "denen"


def test_coordinated_main_clauses(nlp):
    _, clauses = _clauses(nlp, "Der Vater kocht das Essen und die Mutter deckt den Tisch.")
    assert [c.kind for c in clauses] == ["main", "coordinated"]
    assert clauses[1].parent == 0
    assert _role(clauses[1], "subject") == ["die Mutter"]
    assert _role(clauses[1], "object_acc") == ["den Tisch"]


def test_quote_depends_on_verb_of_saying(nlp):
    _, clauses = _clauses(nlp, "„Die Fabrik trägt eine wichtige Verantwortung“, sagte Kim.")
    saying = next(c for c in clauses if c.lemma == "sagen")
    assert _role(saying, "subject") == ["Kim"]
    quote = clauses[0]
    assert quote.parent == clauses.index(saying)


@pytest.mark.parametrize("text", ["Die Frau sieht die Katze.", "Das Mädchen sucht das Kind."])
def test_ambiguous_case_is_unsure(nlp, text):
    _, clauses = _clauses(nlp, text)
    roles = [c for c in clauses[0].constituents if c.role in ("subject", "object_acc")]
    assert len(roles) == 2
    assert not any(c.sure for c in roles)


def test_agreement_decides_subject_after_object(nlp):
    _, clauses = _clauses(nlp, "Die Raketen hat der Staatschef besichtigt.")
    main = clauses[0]
    assert _role(main, "subject") == ["der Staatschef"]
    assert _role(main, "object_acc") == ["Die Raketen"] and main.role("object_acc")[0].sure


def test_sentence_without_verb_has_no_clauses(nlp):
    sentence = _sentences(nlp, "Besorgnis der USA über nordkoreanische Waffen")[0]
    assert sentence.clauses == ()
