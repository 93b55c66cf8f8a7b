"""Failure classes of the clause analysis found on unseen-like paragraphs (issue 12): each test
is a clause the rules left unsure or misread before."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.model import Article, Clause


def _clauses(nlp, text: str) -> tuple[Clause, ...]:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article).sentences[0].clauses


def _sure(clause: Clause, role: str) -> list[str]:
    return [c.text for c in clause.role(role) if c.sure]


def test_a_relative_pronoun_tagged_as_article_is_the_subject_beside_a_bare_plural(nlp):
    clauses = _clauses(nlp, "Eine ständige Gefahr waren Sklavenfänger, die entflohene Sklaven aufgriffen.")
    relative = next(c for c in clauses if c.kind == "relative")
    assert _sure(relative, "subject") == ["die"]
    assert _sure(relative, "object_acc") == ["entflohene Sklaven"]


def test_a_noun_phrase_before_a_personal_pronoun_in_the_mittelfeld_is_the_subject(nlp):
    main = _clauses(nlp, "Nach Einbruch der Dunkelheit versteckte die Familie sie auf einem Wagen.")[0]
    assert _sure(main, "subject") == ["die Familie"]
    assert _sure(main, "object_acc") == ["sie"]
    # "dessen Werk es ähnelt": the relative phrase opens its clause whatever its role
    clauses = _clauses(nlp, "Lange galt es als Gemälde Lastmans, dessen Werk es stilistisch stark ähnelt.")
    relative = next(c for c in clauses if c.kind == "relative")
    assert "dessen Werk" not in _sure(relative, "subject")


def test_an_apposition_between_commas_keeps_the_vorfeld_with_its_verb(nlp):
    clauses = _clauses(nlp, "Der Sprecher des Weißen Hauses, Michael McCurry, sagte, die USA wollten nun mehr wissen.")
    said = next(c for c in clauses if c.lemma == "sagen")
    assert said.sure
    assert [c.text for c in said.role("subject")] == ["Der Sprecher des Weißen Hauses"]
    assert not said.role("object_acc")


def test_an_apposition_takes_its_prepositional_phrase_along(nlp):
    clauses = _clauses(nlp, "Dieter Spöri, SPD-Wirtschaftsminister in Teufels großer Koalition, findet, dass die SPD nichts gelernt hat.")
    finds = next(c for c in clauses if c.lemma == "finden")
    assert _sure(finds, "subject") == ["Dieter Spöri"]
    assert not finds.role("object_acc") and not finds.role("place")


def test_verbs_listed_after_a_comma_share_the_subject(nlp):
    """"Er wurde … geboren, studierte Chemie und promovierte …": the comma coordinates the
    subject's actions; "Chemie" was read as the subject of a reporting clause."""
    clauses = _clauses(nlp, "Er wurde 1913 in Toronto geboren, studierte Chemie und promovierte 1936 in Chicago.")
    studied = next(c for c in clauses if c.lemma == "studieren")
    assert studied.kind == "coordinated"
    assert _sure(studied, "subject") == ["Er"]
    assert _sure(studied, "object_acc") == ["Chemie"]
    doctorate = next(c for c in clauses if c.lemma == "promovieren")
    assert _sure(doctorate, "subject") == ["Er"]
    said = next(c for c in _clauses(nlp, "Die Lage ist ernst, sagte der Minister am Montag.") if c.lemma == "sagen")
    assert said.kind == "main" and _sure(said, "subject") == ["der Minister"]  # a verb of saying still reports


def test_a_separable_verb_listed_after_a_comma_keeps_the_subject(nlp):
    clauses = _clauses(nlp, "Harriet Tubman floh 1849 nach Philadelphia, kehrte aber bald zurück und befreite ihre Familie.")
    fled = next(c for c in clauses if c.lemma == "fliehen")
    assert fled.parent is None and not any(c.clause is not None for c in fled.constituents if c.role == "complement")
    assert _sure(next(c for c in clauses if c.lemma == "zurückkehren"), "subject") == ["Harriet Tubman"]
    assert _sure(next(c for c in clauses if c.lemma == "befreien"), "subject") == ["Harriet Tubman"]



def test_a_second_relative_clause_after_und_has_its_own_relative_pronoun(nlp):
    """"der das Buch schrieb und der den Preis gewann": the second "der" is the second clause's
    subject, not a dative object beside the first clause's pronoun."""
    clauses = _clauses(nlp, "Das ist der Mann, der das Buch schrieb und der den Preis gewann.")
    won = next(c for c in clauses if c.lemma == "gewinnen")
    assert won.kind == "relative"
    assert not won.role("object_dat")
    assert [(c.text, c.head) for c in won.role("subject")] == [("der", 10)]  # the tenth word, not the fifth
    assert _sure(won, "object_acc") == ["den Preis"]


def test_an_extended_attribute_with_a_measured_noun_stays_in_its_noun_phrase(nlp):
    """"Das 152 Seiten umfassende Buch": "Seiten" does not agree with "Das", so the phrase goes
    on to the noun the participle belongs to."""
    book = _clauses(nlp, "Das 152 Seiten umfassende Buch erschien 1818 in London.")[0]
    assert _sure(book, "subject") == ["Das 152 Seiten umfassende Buch"]
    assert not book.role("object_acc")
    bridge = _clauses(nlp, "Die 1200 Meter lange Brücke wurde 1990 eröffnet.")[0]
    assert _sure(bridge, "subject") == ["Die 1200 Meter lange Brücke"]


def test_a_finite_verb_after_und_tagged_as_adjective_opens_a_coordinated_clause(nlp):
    """"… hält die Bevölkerung im Unklaren und unterdrückt … die Opposition": the second verb
    (tagged ADJD, or ADJA in "und verursachte schwere Schäden") has the first one's form."""
    clauses = _clauses(nlp, "Die Weltregierung hält die Bevölkerung im Unklaren und unterdrückt mit Hilfe der Polizei die Opposition.")
    suppress = next(c for c in clauses if c.lemma == "unterdrücken")
    assert suppress.kind == "coordinated"
    assert _sure(suppress, "subject") == ["Die Weltregierung"]
    assert _sure(suppress, "object_acc") == ["die Opposition"]
    storm = _clauses(nlp, "Der Sturm erreichte am Abend die Küste und verursachte schwere Schäden.")
    assert _sure(storm[0], "object_acc") == ["die Küste"]
    assert _sure(next(c for c in storm if c.lemma == "verursachen"), "object_acc") == ["schwere Schäden"]
    # not in a coordination of participles after an auxiliary, nor of adjectives
    ribs = _clauses(nlp, "Die Rippen werden gedämpft, gewalzt, geschnitten und geröstet.")
    assert not any(c.lemma in ("gerösten", "rösten") for c in ribs)
