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


@pytest.mark.parametrize("text", ["Ich weiß, dass die Frau die Katze sieht.", "Er fragt, ob das Mädchen das Kind sucht."])
def test_ambiguous_case_is_unsure(nlp, text):
    """Without a Vorfeld (where the subject-first order of two definite phrases decides, see
    test_roles_recall), two phrases that can both be nominative or accusative stay unsure."""
    _, clauses = _clauses(nlp, text)
    roles = [c for c in clauses[1].constituents if c.role in ("subject", "object_acc")]
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


# --- second pass: the errors the question generators hit -------------------------------------


def _seed_sentence(seed_analysis, start: str) -> Sentence:
    return next(s for s in seed_analysis.sentences if s.text.startswith(start))


def test_seed_summit_sentence_has_one_main_clause_with_its_vorfeld(seed_analysis):
    """The enumeration inside the Vorfeld ("…, den Vereinigten Staaten und Japan werden") is no
    relative clause: a verb-final clause has its finite verb last."""
    sentence = _seed_sentence(seed_analysis, "Staats- und Regierungschefs")
    main = sentence.clauses[0]
    assert main.kind == "main" and main.sure and main.lemma == "abhalten"
    subject = main.role("subject")
    assert [c.text for c in subject] == ["Staats- und Regierungschefs aus Südkorea, den Vereinigten Staaten und Japan"]
    assert subject[0].sure and subject[0].field == "vorfeld"
    assert _role(main, "time") == ["am Freitag"]
    assert _role(main, "object_acc") == ["ein trilaterales Gipfeltreffen"] and main.role("object_acc")[0].sure
    assert _role(main, "place") == ["in Washington"]
    purpose = main.role("purpose")
    assert purpose and sentence.clauses[purpose[0].clause].kind == "um_zu"


def test_seed_relative_clauses_whose_verb_the_tagger_called_non_finite(seed_analysis):
    sentence = _seed_sentence(seed_analysis, "Am Wochenende besuchte")
    relative = sentence.clauses[1]
    assert relative.sure and _word(sentence, relative.finite) == "herstellen" and relative.number == "Plur"
    sentence = _seed_sentence(seed_analysis, "Seine Äußerungen erfolgen")
    main, relative = sentence.clauses[0], sentence.clauses[1]
    assert main.sure and _word(sentence, main.finite) == "erfolgen"
    assert _role(main, "subject") == ["Seine Äußerungen"]
    assert relative.kind == "relative" and relative.sure and _word(sentence, relative.finite) == "betrachtet"
    assert _role(relative, "subject") == ["Pjöngjang"]  # "betrachtet" is singular, "die" (Staaten) plural


def test_seed_zu_infinitive_with_perfect_is_the_complement(seed_analysis):
    sentence = _seed_sentence(seed_analysis, "Die Vereinigten Staaten haben Nordkorea beschuldigt")
    main = sentence.clauses[0]
    assert _role(main, "object_acc") == ["Nordkorea"] and main.role("object_acc")[0].sure  # "haben" wants a plural
    complement = main.role("complement")
    assert complement and sentence.clauses[complement[0].clause].kind == "zu_infinitive"
    inner = sentence.clauses[complement[0].clause]
    assert inner.lemma == "versorgen" and _role(inner, "object_acc") == ["Russland"]
    assert "Artilleriegranaten" not in " ".join(_role(inner, "object_acc"))  # ", darunter …" lists the weapons
    assert len(sentence.clauses) == 2


def test_seed_quantified_object_beside_a_singular_name_is_sure(seed_analysis):
    sentence = _seed_sentence(seed_analysis, "Pjöngjang hat mehr als 100")
    main = sentence.clauses[0]
    assert _role(main, "subject") == ["Pjöngjang"] and main.role("subject")[0].sure
    assert _role(main, "object_acc") == ["mehr als 100 Raketentests"] and main.role("object_acc")[0].sure


def test_pp_after_a_noun_that_takes_it_belongs_to_the_noun(nlp):
    _, clauses = _clauses(
        nlp, "Seitdem die Kontakte zum ehemaligen US-Präsidenten Donald Trump abgebrochen wurden, rüstet Nordkorea auf.")
    assert _role(clauses[0], "subject") == ["die Kontakte zum ehemaligen US-Präsidenten Donald Trump"]
    assert not clauses[0].role("purpose") and not clauses[0].role("direction")
    _, clauses = _clauses(nlp, "Der Minister äußerte seine Angst vor dem Krieg.")
    assert _role(clauses[0], "object_acc") == ["seine Angst vor dem Krieg"]
    # A place right after the attached phrase's noun goes with that noun (the war in the city),
    # as it does most often on UD German-GSD dev: no "Wo?" that would place the whole clause there.
    _, clauses = _clauses(nlp, "Der Minister äußerte seine Angst vor dem Krieg in der Stadt.")
    assert _role(clauses[0], "object_acc") == ["seine Angst vor dem Krieg in der Stadt"]
    assert not clauses[0].role("place")


def test_everything_before_the_finite_verb_is_one_constituent(nlp):
    _, clauses = _clauses(nlp, "Der Druck auf den Konzern in Nigeria hat am Dienstag zugenommen.")
    main = clauses[0]
    assert _role(main, "subject") == ["Der Druck auf den Konzern in Nigeria"]
    assert [c.field for c in main.constituents] == ["vorfeld", "mittelfeld"]


def test_separable_particle_and_dative_object(nlp):
    sentence, clauses = _clauses(nlp, "Schindler trat der nationalsozialistischen Partei bei.")
    main = clauses[0]
    assert main.lemma == "beitreten" and _word(sentence, main.particle) == "bei"
    assert [_word(sentence, v) for v in main.verbs] == ["trat", "bei"]
    assert _role(main, "object_dat") == ["der nationalsozialistischen Partei"] and main.role("object_dat")[0].sure


def test_coordinated_clause_shares_the_subject(nlp):
    _, clauses = _clauses(nlp, "Kim und seine Schwester besuchten die Fabrik und forderten mehr Raketen.")
    main, second = clauses
    assert _role(main, "subject") == ["Kim und seine Schwester"]
    assert _role(main, "object_acc") == ["die Fabrik"] and main.role("object_acc")[0].sure  # only the subject is plural
    shared = second.role("subject")
    assert [c.text for c in shared] == ["Kim und seine Schwester"] and shared[0].detail == "shared" and shared[0].sure
    assert _role(second, "object_acc") == ["mehr Raketen"] and second.role("object_acc")[0].sure
    _, clauses = _clauses(nlp, "Der Vater kocht das Essen und die Mutter deckt den Tisch.")
    assert not any(c.detail == "shared" for c in clauses[1].constituents)  # a subject of its own


def test_coordinated_infinitive_is_opened_by_its_own_conjunction(nlp):
    sentence, clauses = _clauses(
        nlp, "Kim trifft die Generäle, um über eine Militärmacht zu verfügen und für den Krieg bereit zu sein.")
    first, second = clauses[1], clauses[2]
    assert first.kind == second.kind == "um_zu"
    assert _word(sentence, first.conjunction) == "um" and _word(sentence, second.conjunction) == "und"
    assert [c.role for c in clauses[0].constituents if c.clause is not None] == ["purpose", "purpose"]


def test_comma_splice_gives_two_main_clauses(nlp):
    _, clauses = _clauses(
        nlp, "Auf Kreta entstand vor 5000 Jahren die Minoische Kultur, die Minoer bauten große Paläste.")
    assert [c.kind for c in clauses] == ["main", "main"]
    assert _role(clauses[0], "subject") == ["die Minoische Kultur"]
    assert _role(clauses[1], "subject") == ["die Minoer"]
    assert _role(clauses[1], "object_acc") == ["große Paläste"]
    _, clauses = _clauses(nlp, "Er besuchte die Fabrik, die Raketen baut.")
    assert [c.kind for c in clauses] == ["main", "relative"]


def test_quote_inside_a_clause_does_not_cut_it(nlp):
    _, clauses = _clauses(nlp, "Die USA sagten, sie seien „unglaublich besorgt“ über ihre Beziehungen.")
    assert [c.kind for c in clauses] == ["main", "main"]
    assert all(c.sure for c in clauses)


@pytest.mark.parametrize(("text", "role", "detail"), [
    ("Er fuhr in die Stadt.", "direction", "in"),
    ("Er wohnt in der Stadt.", "place", "in"),
    ("Sie kam am Montag.", "time", ""),
    ("Er lebt in großer Armut.", "adverbial", "place?"),
    ("Er blieb eine Woche.", "time", "duration"),
])
def test_adverbials_come_from_the_shared_classifier(nlp, text, role, detail):
    """roles and the dependency adapter ask ``adverbials`` what a phrase says; a kind the cues
    leave open is a sure "adverbial" with the guess in its detail."""
    _, clauses = _clauses(nlp, text)
    found = [c for c in clauses[0].constituents if c.role not in ("subject",)]
    assert [(c.role, c.detail, c.sure) for c in found] == [(role, detail, True)]


def test_heading_run_into_the_sentence_stays_apart(seed_analysis):
    """The seed's heading has no full stop, so the sentence splitter joins it to the next
    sentence: the verbless heading is no part of the main clause, whose Vorfeld is the
    seitdem-clause alone."""
    sentence = next(s for s in seed_analysis.sentences if "Seitdem die diplomatischen" in s.text)
    main = next(c for c in sentence.clauses if c.lemma == "machen")
    assert [c.role for c in main.constituents if c.field == "vorfeld"] == ["time"]
    subordinate = sentence.clauses[main.role("time")[0].clause]
    assert subordinate.kind == "subordinate" and subordinate.parent == sentence.clauses.index(main)


def test_pp_after_a_predicative_noun_describes_the_noun(nlp):
    _, clauses = _clauses(nlp, "Bulgarien ist ein Land in Europa.")
    assert _role(clauses[0], "predicative") == ["ein Land in Europa"] and not clauses[0].role("place")
    _, clauses = _clauses(nlp, "Er ist seit Montag in Berlin.")
    assert _role(clauses[0], "place") == ["in Berlin"]


def _constituent(clause: Clause, text: str):
    return next(c for c in clause.constituents if c.text == text)


@pytest.mark.parametrize(("text", "time"), [
    ("Der Flugplatz wurde im Jahr 1941 erbaut.", "im Jahr 1941"),
    ("Im Herbst 1972 erschien mit der Baureihe 116 die erste S-Klasse.", "Im Herbst 1972"),
    ("2003 wurde der Cristo restauriert und am 17. Juli 2004 auf einem neuen Fundament wiederaufgestellt.", "am 17. Juli 2004"),
    ("Am Ende des Geschäftsjahres 2005 musste Novell jedoch Umsatzeinbußen hinnehmen.", "Am Ende des Geschäftsjahres 2005"),
])
def test_a_year_after_its_time_noun_is_one_time_phrase(nlp, text, time):
    _, clauses = _clauses(nlp, text)
    clause = next(clause for clause in clauses if time in _role(clause, "time"))
    phrase = _constituent(clause, time)
    assert phrase.sure
    assert not any(c.role == "time" and c.start == phrase.end for c in clause.constituents)  # no year cut off


def test_a_year_is_no_numeral_of_the_object_after_it(nlp):
    _, clauses = _clauses(nlp, "Das Gesundheitsministerium veröffentlichte im März 2006 vorläufige Bestimmungen.")
    assert _role(clauses[0], "time") == ["im März 2006"]
    assert _role(clauses[0], "object_acc") == ["vorläufige Bestimmungen"]


def test_a_year_after_another_noun_stays_a_time_of_its_own(nlp):
    _, clauses = _clauses(nlp, "Er kaufte das Haus 1990 von seinem Onkel.")
    assert _role(clauses[0], "object_acc") == ["das Haus"]
    assert _role(clauses[0], "time") == ["1990"]


def test_a_noun_phrase_never_runs_across_the_finite_verb(nlp):
    _, clauses = _clauses(nlp, "Von Juni 2003 bis Dezember 2006 mietete die türkische Onur Air das Flugzeug.")
    assert not any("mietete" in c.text for c in clauses[0].constituents)
    span = _constituent(clauses[0], "Von Juni 2003 bis Dezember 2006")
    assert span.role == "time" and span.detail == "range" and span.sure


def test_von_bis_in_a_passive_is_a_time_not_the_agent(nlp):
    _, clauses = _clauses(nlp, "Vom 26. April 2018 bis zum 3. August 2018 wurde die dritte Staffel auf ABC ausgestrahlt.")
    assert not clauses[0].role("agent")
    assert _role(clauses[0], "time") == ["Vom 26. April 2018 bis zum 3. August 2018"]


def test_two_coordinated_years_leave_the_predicative_alone(nlp):
    _, clauses = _clauses(nlp, "Spencer war zwischen 1841 und 1843 Kriegsminister.")
    assert _role(clauses[0], "time") == ["zwischen 1841 und 1843"]
    assert _role(clauses[0], "predicative") == ["Kriegsminister"]


@pytest.mark.parametrize(("text", "last"), [
    ("Sie gewann ihren dritten Golden Globe, ihren zweiten Screen Actors Guild Award und den Oscar.", "den Oscar"),
    ("Paare tauschen untereinander Geschenke, Pralinen, Karten und Blumensträuße aus.", "Blumensträuße"),
    ("Er grenzt im Süden an Brasilien, Kolumbien und Guyana.", "Guyana"),
])
def test_an_enumeration_after_a_comma_stays_in_its_clause(nlp, text, last):
    _, clauses = _clauses(nlp, text)
    assert len(clauses) == 1 and clauses[0].sure
    assert any(c.text.endswith(last) and "," in c.text for c in clauses[0].constituents)


def test_a_gapped_enumeration_is_no_part_of_the_clause_before(nlp):
    _, clauses = _clauses(nlp, "Knapp 45 Prozent entfielen auf Postsendungen, zwölf Prozent auf Telefonaktivitäten und ein Drittel auf Anzeigen.")
    assert not any("Anzeigen" in c.text for c in clauses[0].constituents)


def test_the_name_after_an_honorific_is_the_head(nlp):
    sentence, clauses = _clauses(nlp, "Ich war bei Herrn Klimmet in Behandlung.")
    phrase = _constituent(clauses[0], "bei Herrn Klimmet")
    assert _word(sentence, phrase.head) == "Klimmet"


@pytest.mark.parametrize(("text", "phrase"), [
    ("Seine Reliquien befinden sich in der seinem Patrozinium unterstellten Basilika in Terni.",
     "in der seinem Patrozinium unterstellten Basilika"),
    ("Sie zeigte der Frau das ihr geschenkte Buch.", "das ihr geschenkte Buch"),
])
def test_a_noun_phrase_inside_an_extended_attribute_stays_in_it(nlp, text, phrase):
    _, clauses = _clauses(nlp, text)
    assert phrase in [c.text for c in clauses[0].constituents]
    assert not any(c.role == "object_acc" and c.sure and c.text != phrase for c in clauses[0].constituents)


def test_an_apposition_between_commas_is_no_relative_clause(nlp):
    _, clauses = _clauses(nlp, "QRpedia wurde von Roger Bamkin, dem Vorsitzenden der Wikimedia UK, konzipiert.")
    assert [c.kind for c in clauses] == ["main"]
    assert clauses[0].lemma == "konzipieren" and clauses[0].voice == "passive"
    assert clauses[0].role("agent")[0].text.startswith("von Roger Bamkin")


def test_an_apposition_is_no_object(nlp):
    _, clauses = _clauses(nlp, "Das Haus wurde von Peter, dem Bruder von Anna, gebaut.")
    assert _role(clauses[0], "agent") == ["von Peter"]
    assert not clauses[0].role("object_dat")


def test_a_relative_clause_opened_by_an_article_stays_one(nlp):
    _, clauses = _clauses(nlp, "Das ist die Stadt, die Touristen lieben.")
    assert [c.kind for c in clauses] == ["main", "relative"]


def test_a_vorfeld_with_an_insertion_keeps_its_finite_verb(nlp):
    _, clauses = _clauses(nlp, "Am folgenden Tag, dem 18. Januar, wurden vom Irak aus erstmals acht Raketen auf Israel abgefeuert.")
    assert len(clauses) == 1 and clauses[0].sure and clauses[0].lemma == "abfeuern"
    assert _role(clauses[0], "time")[0] == "Am folgenden Tag, dem 18. Januar"  # the Vorfeld with its apposition
    assert _role(clauses[0], "subject") == ["acht Raketen"]


def test_an_extended_attribute_ends_at_the_verb(nlp):
    _, clauses = _clauses(nlp, "Die durch den Fruchtzucker entstehende Süße lässt Mincemeat zu einem weniger herzhaften Gericht werden.")
    assert clauses[0].constituents[0].text == "Die durch den Fruchtzucker entstehende Süße"


def test_von_aus_says_where_from_and_is_no_agent(nlp):
    _, clauses = _clauses(nlp, "Am folgenden Tag wurden vom Irak aus erstmals acht Raketen auf Israel abgefeuert.")
    assert not clauses[0].role("agent")
    assert _role(clauses[0], "origin") == ["vom Irak aus"]
    assert _role(clauses[0], "subject") == ["acht Raketen"]


def test_aus_with_a_noun_phrase_of_its_own_stays_a_preposition(nlp):
    _, clauses = _clauses(nlp, "Er trank vom Wein aus der Flasche.")
    assert "aus der Flasche" in [c.text for c in clauses[0].constituents]


@pytest.mark.parametrize(("text", "phrase"), [
    ("Bays studierte bis 1997 an der Wesleyan University.", "an der Wesleyan University"),
    ("Er arbeitete bei Siemens in München.", "bei Siemens"),
])
def test_a_named_institution_in_the_dative_is_a_place(nlp, text, phrase):
    _, clauses = _clauses(nlp, text)
    found = _constituent(clauses[0], phrase)
    assert found.role == "place" and found.sure


@pytest.mark.parametrize(("text", "phrase", "role"), [
    ("Das abgestürzte Raumschiff des Konstrukteurs kippt auf sie und Shaw.", "auf sie und Shaw", "adverbial"),
    ("Eine Mündungsbremse dämpfte sowohl den Rückstoß als auch das Mündungsfeuer.",
     "sowohl den Rückstoß als auch das Mündungsfeuer", "object_acc"),
    ("Georg erwies sich als gesundes, zurückhaltendes und schüchternes Kind.",
     "als gesundes, zurückhaltendes und schüchternes Kind", "adverbial"),
    ("Unter den Augen befindet sich je ein zweispitziger, aktiv beweglicher Dorn.",
     "ein zweispitziger, aktiv beweglicher Dorn", "subject"),
])
def test_coordinated_and_enumerated_words_make_one_phrase(nlp, text, phrase, role):
    _, clauses = _clauses(nlp, text)
    assert len(clauses) == 1
    assert _constituent(clauses[0], phrase).role == role
    assert all(c.sure for c in clauses[0].constituents if c.role in ("subject", "object_acc"))


def test_a_title_before_a_name_makes_a_name(nlp):
    _, clauses = _clauses(nlp, "König Georg II. war sein Großvater.")
    subject = clauses[0].role("subject")[0]
    assert subject.text == "König Georg II." and subject.sure


def test_a_postposition_the_tagger_took_for_a_particle_ends_its_phrase(nlp):
    _, clauses = _clauses(nlp, "Es herrscht ein rauher, unhöflicher Ton, teilweise auch den Hunden gegenüber.")
    assert "den Hunden gegenüber" in [c.text for c in clauses[0].constituents]
    assert not clauses[0].role("object_dat") and not clauses[0].role("object_acc")
    assert _role(clauses[0], "subject") == ["ein rauher, unhöflicher Ton"]


def test_a_spaced_hyphen_between_nouns_joins_a_compound(nlp):
    """Pre-tokenised text (UD's "Flat - TV") keeps the compound in one phrase and one clause."""
    _, clauses = _clauses(nlp, "Das Zimmer hatte einen schönen, grossen Flat - TV.")
    assert len(clauses) == 1
    assert _role(clauses[0], "object_acc") == ["einen schönen, grossen Flat - TV"]


def test_an_adjective_whose_noun_is_left_out_is_the_second_conjunct(nlp):
    _, clauses = _clauses(nlp, "Im September 2000 erschien das zweite Album der Band und das erste unter dem neuen Namen.")
    assert _role(clauses[0], "subject") == ["das zweite Album der Band und das erste"]


def test_an_abbreviation_dot_inside_the_sentence_ends_no_clause(nlp):
    _, clauses = _clauses(nlp, "Im Juni 2013 kündigte Warner Bros. dessen Fortsetzung für das Jahr 2014 an.")
    assert len(clauses) == 1 and clauses[0].lemma == "ankündigen"
    assert "dessen Fortsetzung" in [c.text for c in clauses[0].constituents]


def test_beziehungsweise_joins_two_clauses(nlp):
    _, clauses = _clauses(nlp, "Die Firma liefert Konzepte für die Cafés beziehungsweise bietet sich selbst als deren Betreiber an.")
    assert [c.lemma for c in clauses] == ["liefern", "anbieten"]


def test_a_clause_whose_particle_fell_into_another_segment_is_unsure(nlp):
    """"nimmt … , sowohl … als auch …, an": without its particle the clause would be asked as
    "Was nimmt die Verbindung?", so the generator must skip it."""
    _, clauses = _clauses(nlp, "Die Verbindung nimmt eine oligomere Struktur, sowohl in Lösung als auch im festen Zustand, an.")
    assert clauses[0].lemma == "annehmen" and clauses[0].particle is None
    assert not clauses[0].sure
