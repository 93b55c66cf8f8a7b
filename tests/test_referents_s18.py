"""Questions that carry their referent, keys without leftovers (issue 12, round 16: "der Song"
with three songs in the text, "ihrer" without its owner, "als jedoch …" in a key, "als den
beliebtesten Sänger" copied, a cut phrase that still made a question). Real German sentences
through the real offline pipeline, with the cases where nothing must change."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation import keys, realise, wh
from quizgen.model import Analysis, Article, Question


def _analysis(nlp, text: str, title: str = "Test") -> Analysis:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _asked(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    analysis = _analysis(nlp, text, title)
    return {q.prompt: q for q in wh.wh_questions(analysis, extract_facts(analysis))}


def _refined(nlp, text: str, prompt: str, answer: str, skill: str) -> Question | None:
    analysis = _analysis(nlp, text)
    sentence = analysis.sentences[-1]
    question = Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index,
                        evidence=sentence.text, skill=skill)
    found = keys.refine_keys([question], analysis)
    return found[0] if found else None


# --- linking adverbs are no part of a key ----------------------------------------------------

AVENGERS = ("Der Sicherheitsrat entschließt sich, die Gefahr durch eine Nuklearrakete zu beseitigen, als jedoch "
            "immer mehr feindliche Streitkräfte aus dem Portal strömen.")


def test_a_linking_adverb_leaves_the_key():
    question = Question(id="", type="wh", prompt="Wann entschließt sich der Sicherheitsrat, …?", sentence=0, evidence="",
                        answer="als jedoch immer mehr feindliche Streitkräfte aus dem Portal strömen",
                        accepted=("jedoch immer mehr feindliche Streitkräfte aus dem Portal strömen",))
    cleaned = keys.without_connectives(question)
    assert cleaned.answer == "als immer mehr feindliche Streitkräfte aus dem Portal strömen"
    assert cleaned.accepted == ("immer mehr feindliche Streitkräfte aus dem Portal strömen",)


def test_the_avengers_key_without_jedoch(nlp):
    asked = _asked(nlp, AVENGERS)
    answers = {str(q.answer) for q in keys.refine_keys(list(asked.values()), _analysis(nlp, AVENGERS))}
    assert not any("jedoch" in answer for answer in answers), answers


def test_a_conjunction_and_a_meaningful_dann_stay():
    """ "klein, aber fein" joins two adjectives; "erst dann" says when; a two-word key keeps its words."""
    for answer in ("ein kleines, aber wichtiges Museum", "weil erst dann die Truppen kamen", "aber Paris"):
        question = Question(id="", type="wh", prompt="Was …?", answer=answer, sentence=0, evidence="")
        assert keys.without_connectives(question).answer == answer


# --- a possessive before the subject, with another person named before ------------------------

GOLDMAN = ("In den Kriegsjahren reiste Goldman weiterhin umher und hielt Reden gegen den Krieg. Nach ihrer Entlassung "
           "aus dem Gefängnis kehrte Berkman aus San Francisco zurück.")


def test_a_possessive_another_person_may_own_is_not_kept(nlp):
    asked = _asked(nlp, GOLDMAN, "Emma Goldman")
    assert not [p for p in asked if "ihrer" in p], list(asked)


def test_the_asked_subject_still_owns_its_possessive(nlp):
    """Nobody else is named: "Wer litt in ihrer Kindheit …?" stays, as before."""
    asked = _asked(nlp, "Lena Meyer litt in ihrer Kindheit an einer seltenen Krankheit.", "Medizin")
    assert "Wer litt in ihrer Kindheit an einer seltenen Krankheit?" in asked, list(asked)


# --- a work taken up by its class noun ------------------------------------------------------------

DREAM = ('Im Januar 2016 veröffentlichten Baekhyun und Bae Suzy ein Duett mit dem Titel "Dream". '
         "Der Song erreichte schnell die Spitze der Online-Echtzeit-Musikcharts.")


def test_the_song_is_named_by_its_title(nlp):
    asked = _asked(nlp, DREAM, "Baekhyun")
    assert "Was erreichte der Song „Dream“ schnell?" in asked, list(asked)


def test_the_song_of_two_titles_is_not_asked_about(nlp):
    text = DREAM.replace('"Dream".', '"Dream" und die Single "For You".')
    asked = _asked(nlp, text, "Baekhyun")
    assert not [p for p in asked if "Song" in p], list(asked)


def test_a_song_without_titles_in_the_text_stays(nlp):
    text = DREAM.replace(' mit dem Titel "Dream"', "")
    asked = _asked(nlp, text, "Baekhyun")
    assert "Was erreichte der Song schnell?" in asked, list(asked)


# --- a causal preposition's nouns -----------------------------------------------------------------

WOODY = ("Dank seines Talents und den von ihm geknüpften Beziehungen durfte Woody Allen bald Entertainment-Stars "
         "wie Sid Caesar zuarbeiten.")


def test_the_nouns_of_dank_answer_why(nlp):
    refined = _refined(nlp, WOODY, "Warum durfte Woody Allen bald Entertainment-Stars wie Sid Caesar zuarbeiten?",
                       "dank seines Talents und den von ihm geknüpften Beziehungen", "warum")
    assert refined is not None and "Talent und Beziehungen" in refined.accepted, refined


def test_an_adjective_keeps_the_noun_from_standing_alone(nlp):
    text = "Wegen des schlechten Wetters wurde das Konzert abgesagt."
    refined = _refined(nlp, text, "Warum wurde das Konzert abgesagt?", "Wegen des schlechten Wetters", "warum")
    assert refined is not None and "Wetter" not in refined.accepted, refined


# --- source grammar that a question must not copy ------------------------------------------------


def test_an_als_phrase_takes_the_case_of_the_subject_it_describes(nlp):
    text = "Im April 2016 erhielt Baekhyun einen Musikpreis als den beliebtesten Sänger Südkoreas."
    asked = _asked(nlp, text, "Baekhyun")
    assert not [p for p in asked if "als den" in p], list(asked)
    assert [p for p in asked if "als der beliebteste Sänger Südkoreas" in p], list(asked)


def test_an_als_phrase_about_the_object_keeps_its_case(nlp):
    """The object is a person: "als den besten Spieler" describes him, as the text says."""
    text = "Im April 2016 wählte der Trainer den Stürmer Müller als den besten Spieler der Saison."
    sentence = _analysis(nlp, text).sentences[0]
    assert all(wh.as_phrase_agreement(sentence, clause) == {} for clause in sentence.clauses)


BLANKET = ("Am 14. September 1976 begann der Blanket Protest, als der neu ins Gefängnis gekommenen 19-jährigen "
           "Kieran Nugent sich weigerte, eine Gefängnisuniform zu tragen.")


def test_an_article_cut_from_its_noun_makes_no_question(nlp):
    analysis = _analysis(nlp, BLANKET, "Blanket Protest")
    sentence = analysis.sentences[0]
    prompts = [realise.interrogative(sentence, clause, asked, "Was")
               for clause in sentence.clauses if clause.kind == "subordinate" for asked in clause.constituents]
    # since session 18 the parse keeps the extended attribute with its noun: the article may stand, never alone
    assert all("Kieran Nugent" in p for p in prompts if p and "der neu ins Gefängnis" in p), prompts
    assert not [p for p in _asked(nlp, BLANKET, "Blanket Protest") if "weigerte" in p]


def test_the_reflexive_goes_before_a_nominal_subject(nlp):
    text = "Der Präsident weigerte sich im Jahr 2015, weil der Minister sich über das Gesetz beschwerte."
    asked = _asked(nlp, text)
    assert "Worüber beschwerte sich der Minister?" in asked, list(asked)
    assert "Worüber beschwerte der Minister sich?" not in asked


def test_the_reflexive_stays_after_a_pronoun_subject(nlp):
    """An unstressed pronoun opens the Mittelfeld: "Worüber beschwerte er sich?"."""
    sentence = _analysis(nlp, "Der Präsident weigerte sich, weil er sich über das Gesetz beschwerte.").sentences[0]
    clause = next(c for c in sentence.clauses if c.lemma == "beschweren")
    asked = next(c for c in clause.constituents if c.role == "object_prep")
    pronoun = next(c for c in clause.constituents if c.role == "subject")
    spans = (pronoun.start, pronoun.end)
    assert realise.interrogative(sentence, clause, asked, "Worüber", replace={spans: "er"}) == "Worüber beschwerte er sich?"
    named = realise.interrogative(sentence, clause, asked, "Worüber", replace={spans: "der Präsident"})
    assert named == "Worüber beschwerte sich der Präsident?"
