"""Keys after round 26's readers (issue 12, session 27, round 2): a reason question keyed with
every reason its paragraph counts ("Der zweite Grund ist: …") and asking for two; a large number
also with its abbreviation ("über 6 Mio."); a then/now statement citing the sentence that says how
it is now. On real German sentences run through the offline pipeline."""

from __future__ import annotations

from dataclasses import replace

from quizgen.analysis import analyze
from quizgen.generation import keys, statements
from quizgen.model import Article, Question

TABAK = ("Die Tabakpflanze mag es eher warm. Am meisten Tabak wird deshalb in den südlichen Ländern angebaut. "
         "Der zweite Grund ist: Vor allem die Ernte und die Verarbeitung des Tabaks bedingen viel Handarbeit. "
         "Die ist im Süden billiger zu haben. Zudem wächst bei uns wegen des Klimas nur schlechterer Tabak. "
         "Früher wurde der Tabakanbau in Europa von den Staaten mit Geld unterstützt.")


def _analysis(nlp, text: str, title: str = "Test"):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _keyed(nlp, text: str, prompt: str, answer: str, skill: str, at: int, evidence: str = "") -> Question:
    analysis = _analysis(nlp, text)
    sentence = analysis.sentences[at]
    question = Question(id="q01", type="wh", prompt=prompt, answer=answer, sentence=sentence.index,
                        evidence=evidence or sentence.text, skill=skill)
    refined = keys.refine_keys([question], analysis)
    assert refined, "the key was refused"
    return refined[0]


def test_a_reason_question_takes_every_reason_the_paragraph_counts(nlp):
    """Round 26, Tabak Klexikon 3: the key had the warm climate only, not "Der zweite Grund ist: … Handarbeit"."""
    evidence = "Die Tabakpflanze mag es eher warm. Am meisten Tabak wird deshalb in den südlichen Ländern angebaut."
    question = _keyed(nlp, TABAK, "Warum wird am meisten Tabak in den südlichen Ländern angebaut?",
                      "weil die Tabakpflanze es eher warm mag", "warum", at=1, evidence=evidence)
    question = keys.finish_keys([question], _analysis(nlp, TABAK))[0]
    assert question.prompt.endswith("angebaut? Nenne zwei Gründe.")
    members = str(question.answer).split("; ")
    assert members[0] == "weil die Tabakpflanze es eher warm mag"
    assert members[1] == ("vor allem die Ernte und die Verarbeitung des Tabaks bedingen viel Handarbeit, "
                          "und die ist im Süden billiger zu haben")
    assert "Klimas" in members[2] and not any("Früher" in m or "Europa" in m for m in members)
    assert keys.list_rule(question).startswith("je zwei beliebige")
    assert "Der zweite Grund ist" in question.evidence


def test_a_reason_alone_stays_one(nlp):
    text = ("Die Tabakpflanze mag es eher warm. Am meisten Tabak wird deshalb in den südlichen Ländern angebaut. "
            "Außerdem wird Tabak heute vor allem für Zigaretten verwendet.")
    question = _keyed(nlp, text, "Warum wird am meisten Tabak in den südlichen Ländern angebaut?",
                      "weil die Tabakpflanze es eher warm mag", "warum", at=1,
                      evidence="Die Tabakpflanze mag es eher warm. Am meisten Tabak wird deshalb in den südlichen Ländern angebaut.")
    question = keys.finish_keys([question], _analysis(nlp, text))[0]
    assert question.answer == "weil die Tabakpflanze es eher warm mag" and "Nenne" not in question.prompt


def test_a_large_number_also_by_its_abbreviation(nlp):
    """Round 26 wanted "über 6 Mio."; since session 28 the count alone is right too (tests/test_keys_s28.py)."""
    text = "Die Weltgesundheitsorganisation hat errechnet, dass jedes Jahr über sechs Millionen Menschen durch Tabak sterben."
    question = _keyed(nlp, text, "Wie viele Menschen sterben jedes Jahr durch Tabak?", "über sechs Millionen",
                      "wie-viele-pro", at=0)
    assert {"über 6 Mio.", "mehr als 6 Mio."} <= set(question.accepted)
    assert "6 Mio." in question.accepted and "sechs Mio." not in question.accepted  # digits only
    assert keys.abbreviated_variants(["im Jahr 2000 Millionen"]) == ["im Jahr 2000 Mio."]  # digits only, the rule is plain
    assert keys.abbreviated_variants(["viele Millionen"]) == []


def test_a_then_now_statement_cites_the_sentence_of_today(nlp):
    """Round 26, Aare Klexikon 1: "Die Aare verursacht heute viele Überschwemmungen" cited Z. 12 (the past);
    what decides is "Seither gibt es … fast keine Überschwemmungen mehr"."""
    text = ("Unterhalb von Bern schlängelte sich die Aare früher wild durch das Seeland. "
            "Sie hat viele Überschwemmungen verursacht. "
            "Die Aare wurde dann in den Hagneckkanal gelegt und in den Bielersee geleitet. "
            "Seither gibt es in diesem Gebiet fast keine Überschwemmungen mehr, und sie sind weniger schlimm als früher.")
    analysis = _analysis(nlp, text, title="Aare")
    base = next(b for b in statements.candidates(analysis) if b.sentence.index == 1 and statements.then_now(analysis, b))
    prompt, answer, why, skill = statements.then_now(analysis, base)
    assert prompt == "Die Aare verursacht heute viele Überschwemmungen."
    question = statements._deciding(analysis, base, statements._question(base, prompt, answer, why, skill))
    assert question.evidence.endswith("weniger schlimm als früher.") and "Seither gibt es" in question.evidence
    assert question.sentence == 1
    alone = _analysis(nlp, ". ".join(text.split(". ")[:3]) + ".", title="Aare")  # no sentence of today: the past one stays
    base = next(b for b in statements.candidates(alone) if b.sentence.index == 1 and statements.then_now(alone, b))
    question = statements._deciding(alone, base, statements._question(base, prompt, answer, why, skill))
    assert question.sentence == 1 and question.evidence == "Sie hat viele Überschwemmungen verursacht."


def test_a_source_is_no_core_word_after_its_article(nlp):
    """Round 26, Woche Klexikon 4: the core word "Bibel" ("gemäß der Bibel") rejected "weil Jesus am Sonntag auferstanden ist"."""
    text = ("Warum die Christen den Sonntag für den ersten Wochentag halten, ist nicht genau bekannt. Man vermutet den "
            "Grund darin, dass Jesus gemäß der Bibel am ersten Tag der Woche auferstanden ist.")
    question = _keyed(nlp, text, "Warum halten die Christen den Sonntag für den ersten Wochentag? Was vermutet man?",
                      "dass Jesus gemäß der Bibel am ersten Tag der Woche auferstanden ist", "vermutung", at=1)
    assert question.core and not any("Bibel" in entry for entry in question.core)
    assert any("Jesus" in entry for entry in question.core)


def test_a_size_prefix_leaves_the_animal(nlp):
    """Round 26, Galapagosinseln Klexikon 5: "von den Galapagos-Riesenschildkröten" rejected "von den Schildkröten"."""
    text = "Ihren Namen haben die Galapagosinseln von den Galapagos-Riesenschildkröten."
    question = _keyed(nlp, text, "Woher haben die Galapagosinseln ihren Namen?", "von den Galapagos-Riesenschildkröten",
                      "woher", at=0)
    assert {"von den Schildkröten", "Schildkröten"} <= set(question.accepted)
    riesig = analyze(nlp, Article(title="T", text="Er sah einen Riesen.", source="t", stem="t", paragraphs=((0, 20),)))
    assert keys.size_prefix_variants([t for t in riesig.sentences[0].tokens if t.text == "Riesen"]) == []


def test_cool_water_is_also_cold(nlp):
    """Round 26, Galapagosinseln Wikipedia 6: the core word "kühl" rejected "kaltes Wasser"."""
    text = "Das Klima ist aufgrund des mit 20 Grad Celsius relativ kühlen Meerwassers eher gemäßigt."
    question = _keyed(nlp, text, "Warum ist das Klima eher gemäßigt?",
                      "aufgrund des mit 20 Grad Celsius relativ kühlen Meerwassers", "warum", at=0)
    assert any(entry.split("/")[:2] == ["kühl", "kalt"] for entry in question.core), question.core


def test_a_pasted_answer_leaves_out_the_claim_the_text_rejects(nlp):
    """Round 26, Hamburger Klexikon 3: the key opened with "Es heißt, dass Hamburger ungesund seien"."""
    text = ("Viele Leute mögen Hamburger, essen sie aber mit schlechtem Gewissen:\nEs heißt, dass Hamburger ungesund "
            "seien und dick machen.\nDas liegt aber nicht unbedingt am Hamburger selbst.\nEs kommt darauf an, wie gut "
            "das Fleisch und das Brötchen sind.")
    analysis = _analysis(nlp, text)
    claim = next(s for s in analysis.sentences if "Es heißt" in s.text)
    answer = "Es heißt, dass Hamburger ungesund seien und dick machen. Es kommt darauf an, wie gut das Fleisch und das Brötchen sind."
    question = Question(id="q01", type="wh", prompt="Wie gesund sind Hamburger?", answer=answer,
                        sentence=claim.index, evidence=answer, skill="überschrift")
    assert keys.without_rejected_claim(question, analysis).answer == "Es kommt darauf an, wie gut das Fleisch und das Brötchen sind."
    kept = replace(question, answer="Es heißt, dass Hamburger ungesund seien und dick machen. Das liegt aber nicht unbedingt am Hamburger selbst.")
    assert keys.without_rejected_claim(kept, analysis).answer == kept.answer  # with its denial, the claim is what "Das" means
    unrejected = _analysis(nlp, "Es heißt, dass Hamburger dick machen. Das Brötchen ist weich.")
    alone = replace(question, answer="Es heißt, dass Hamburger dick machen. Das Brötchen ist weich.")
    assert keys.without_rejected_claim(alone, unrejected).answer == alone.answer


def test_side_nouns_are_no_core_words(nlp):
    """Round 26: "Gelände" (Kasachstan) and "Krieg" (Nordkorea 7) as core words rejected right paraphrases."""
    text = "Bekannt ist Baikonur: Das ist ein riesiges Gelände, von dem Raketen in den Weltraum starten."
    question = _keyed(nlp, text, "Was ist Baikonur?", "ein riesiges Gelände, von dem Raketen in den Weltraum starten",
                      "was-ist", at=0)
    assert question.core and not any("Gelände" in entry for entry in question.core)
    assert any("Rakete" in entry for entry in question.core)
    text = ("Die Vereinigten Staaten haben Nordkorea vorgeworfen, Russland für seinen Krieg in der Ukraine mit Waffen "
            "versorgt zu haben.")
    question = _keyed(nlp, text, "Was haben die Vereinigten Staaten Nordkorea vorgeworfen?",
                      "Russland für seinen Krieg in der Ukraine mit Waffen versorgt zu haben", "wessen", at=0)
    assert [entry.split("/")[0] for entry in question.core] == ["Russland", "Waffe"], question.core
