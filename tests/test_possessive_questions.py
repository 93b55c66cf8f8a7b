"""W-questions about phrases with a possessive: restated with its owner where the text makes the
owner certain, kept where the asked subject owns it, never guessed (issue 12). Real German
sentences through the real offline pipeline."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation import realise, wellformed, wh
from quizgen.model import Article, Sentence, Token


def _asked(nlp, title: str, text: str) -> dict[str, str]:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: str(q.answer) for q in wh.wh_questions(analysis, extract_facts(analysis))}


def _possessive(nlp, text: str) -> tuple[Sentence, Token]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    sentence = analyze(nlp, article).sentences[0]
    return sentence, next(t for t in sentence.tokens if t.tag == "PPOSAT")


ANANDI = ("Im Women Medical College of Pennsylvania absolvierte Anandi den normalerweise vierjährigen Studiengang "
          "in nur drei Jahren. Ihre Doktorarbeit behandelte Geburtshilfe der antiken Hindus.")


def test_the_one_person_of_the_paragraph_owns_the_possessive(nlp):
    """MLQA's Anandi Joshi: the paragraph names her alone and the sentence before is about her,
    so "Ihre Doktorarbeit" is hers, by the name the text goes on using."""
    asked = _asked(nlp, "Anandi Gopal Joshi", ANANDI)
    assert asked.get("Was behandelte Anandis Doktorarbeit?") == "Geburtshilfe der antiken Hindus", asked


def test_no_owner_is_guessed_where_another_person_is_named(nlp):
    """With Kei Okami beside her, "Ihre Doktorarbeit" may be either woman's: nothing is asked
    about it, neither restated nor with the bare possessive."""
    text = ANANDI.replace("in nur drei Jahren.", "zusammen mit Kei Okami in nur drei Jahren.")
    asked = _asked(nlp, "Anandi Gopal Joshi", text)
    assert not any("Doktorarbeit" in p for p in asked), asked


def test_the_owner_the_prompt_names_keeps_the_possessive(nlp):
    """"Was erwartete Alexander II. von seinem Neffen?" names the owner before "seinem": no
    "von Alexander II." a second time."""
    asked = _asked(nlp, "Battenberg", "Alexander II. erwartete von seinem Neffen eine entschieden prorussische Politik.")
    assert asked.get("Was erwartete Alexander II. von seinem Neffen?") == "eine entschieden prorussische Politik", asked
    assert not any("von Alexander" in p for p in asked), asked


def test_a_possessive_bound_by_wer_stays(nlp):
    """"wer" takes "sein-": the question asks for the subject that owns it."""
    asked = _asked(nlp, "Battenberg", "Wilhelm I. überging seinen Sohn und Thronfolger.")
    assert asked.get("Wer überging seinen Sohn und Thronfolger?") == "Wilhelm I.", asked


def test_wer_for_one_woman_keeps_her_possessive(nlp):
    """"ihr-" agrees with the woman asked for; not with people in the plural ("wer" is one)."""
    asked = _asked(nlp, "Medizin", "Lena Meyer litt in ihrer Kindheit an einer seltenen Krankheit.")
    assert asked.get("Wer litt in ihrer Kindheit an einer seltenen Krankheit?") == "Lena Meyer", asked
    assert not any("Kindheit der" in p or "Meyers Kindheit" in p for p in asked), asked
    asked = _asked(nlp, "Dorf", "Die Bauern verloren bei dem Hochwasser ihre Häuser.")
    assert not any(p.startswith("Wer") for p in asked), asked


def test_a_possessive_of_another_referent_is_not_bound_by_wer(nlp):
    """The queen cannot own "seinen": "Wer überging seinen Sohn?" would say she passed over her
    own son. Nor where another man in the clause may be the father."""
    asked = _asked(nlp, "Hof", "Die Königin überging seinen Sohn.")
    assert "Wer überging seinen Sohn?" not in asked, asked
    asked = _asked(nlp, "Hof", "Der Kanzler überging seinen Sohn zugunsten des Kaisers.")
    assert not any(p.startswith("Wer überging seinen Sohn") for p in asked), asked


def test_the_round_trip_check_accepts_sein_only_when_told_it_is_bound():
    assert "possessive without referent: seinen" in wellformed.question_problems("Wer überging seinen Sohn?", word="Wer")
    assert wellformed.well_formed_question("Wer überging seinen Sohn?", word="Wer", owner_asked=True)
    assert wellformed.well_formed_question("Wer überging ihren Sohn?", word="Wer", owner_asked=True)
    assert not wellformed.well_formed_question("Was überging ihren Sohn?", word="Was", owner_asked=True)


def test_a_name_owner_becomes_a_saxon_genitive_in_the_phrase_case(nlp):
    """The dative stays dative: "mit ihrem Mann" → "mit Victorias Mann"; a name ending in s takes
    an apostrophe ("Marx’ Schriften")."""
    sentence, possessive = _possessive(nlp, "Sie verkehrte mit ihrem Mann im Salon der Gräfin.")
    assert realise.owned(sentence, possessive, "Victoria") == ((possessive.i, possessive.i + 1), "Victorias")
    sentence, possessive = _possessive(nlp, "Seine Schriften beeinflussten die Arbeiterbewegung.")
    assert realise.owned(sentence, possessive, "Marx")[1] == "Marx’"


def test_a_definite_owner_goes_into_the_genitive_after_the_noun(nlp):
    """"seine Ehefrau" of "der Kronprinz" is "die Ehefrau des Kronprinzen" (weak noun), "mit
    ihrem Mann" of "die Königin" is "mit dem Mann der Königin"."""
    sentence, possessive = _possessive(nlp, "Die Aufgabe stieß bei seiner Ehefrau auf mehr Enthusiasmus.")
    span, text = realise.owned(sentence, possessive, "der Kronprinz")
    assert text == "der Ehefrau des Kronprinzen"
    assert realise.render(sentence, span[0] - 1, span[1], {span: text}) == "bei der Ehefrau des Kronprinzen"
    sentence, possessive = _possessive(nlp, "Sie verkehrte mit ihrem Mann im Salon der Gräfin.")
    assert realise.owned(sentence, possessive, "die Königin")[1] == "dem Mann der Königin"


def test_phrases_that_cannot_be_restated_for_sure(nlp):
    """An adjective that would change its ending takes "von" ("mit dem neuen Mann von
    Victoria", not "Victorias neuen Mann"); a name ending in a numeral too; a genitive after the
    noun leaves room only for a Saxon genitive."""
    sentence, possessive = _possessive(nlp, "Sie verkehrte mit ihrem neuen Mann im Salon.")
    assert realise.owned(sentence, possessive, "Victoria")[1] == "dem neuen Mann von Victoria"
    sentence, possessive = _possessive(nlp, "Er erwartete von seinem Neffen eine andere Politik.")
    assert realise.owned(sentence, possessive, "Alexander II.")[1] == "dem Neffen von Alexander II."
    sentence, possessive = _possessive(nlp, "Sie teilte seine Sicht der Dinge.")
    assert realise.owned(sentence, possessive, "Victoria")[1] == "Victorias"
    assert realise.owned(sentence, possessive, "der Kronprinz") is None


def test_the_answer_owning_the_possessive_is_not_put_into_the_prompt(nlp):
    """"Seine Füße benutzte er …": asking for "er" (the rider) must not say "die Füße des
    Fahrers"; and Maria cannot own Georg's "seinen" in a "Wer" question."""
    asked = _asked(nlp, "Fahrrad", "Das erste Fahrrad hatte keine Pedale. Der Fahrer saß auf einem Brett. "
                                   "Seine Füße benutzte er zum Lenken des Vorderrades.")
    assert not any("des Fahrers" in p for p in asked), asked
    asked = _asked(nlp, "Georg", "Die Nachricht bekräftigte Georgs Überzeugung, dass der Erlass des Gesetzes notwendig "
                                 "gewesen war, da Maria mit seinen politischen Gegnern verwandt war.")
    assert "Wer war mit seinen politischen Gegnern verwandt?" not in asked, asked
