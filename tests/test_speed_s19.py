"""Session 19's speed changes keep the output: the per-article word sets of the question checks,
the names kept for each clause's pronouns, the spans read as slices, the lazy teacher filter and
the statement candidates found once."""

from __future__ import annotations

import random
from dataclasses import replace

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation import wellformed, wh
from quizgen.generation.statements import candidates, true_false
from quizgen.model import Article, Question
from quizgen.reading import read_article

TOWN = ("Die Stadt Thun liegt am Thunersee. 1990 hatte die Stadt 38.000 Einwohner. "
        "Im Jahr 2020 hatte die Stadt 43.000 Einwohner. Der Bürgermeister wohnt am See.")


def _analysis(nlp, text: str, title: str = ""):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _question(prompt: str, answer: str, sentence: int, evidence: str, skill: str) -> Question:
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence, evidence=evidence, skill=skill)


def test_word_sets_follow_the_article_asked_about(nlp, seed_analysis):
    town = _analysis(nlp, TOWN)
    for analysis in (town, seed_analysis, town):
        words = wellformed._words_of(analysis)
        assert words.analysis is analysis
        assert words.lemmas == [{t.lemma for t in s.tokens} for s in analysis.sentences]
        assert words.nouns_before(2) == {t.text.lower() for s in analysis.sentences[:2] for t in s.tokens
                                         if t.tag in ("NN", "NE")}
    assert wellformed._words_of(town).nouns_before(0) == frozenset()  # nothing before the first sentence


def test_lazy_teacher_filter_keeps_what_text_problems_passes(nlp):
    """"Wie viele Einwohner hatte die Stadt 1990?" has another answer two sentences on (the
    number of 2020): dropped; where the Bürgermeister lives has one answer: kept."""
    town = _analysis(nlp, TOWN)
    asked = [
        _question("Wie viele Einwohner hatte die Stadt Thun 1990?", "38.000", 1, town.sentences[1].text, "wie viele"),
        _question("Wo wohnt der Bürgermeister von Thun?", "am See", 3, town.sentences[3].text, "wo"),
    ]
    expected = [q for q in asked if not wellformed.text_problems(q, town)]
    assert wellformed.teacher_filter(asked, town) == expected
    assert wellformed.text_problems(asked[0], town)  # the filter has something to drop


def test_pronoun_names_are_kept_per_clause_and_copied(seed_analysis):
    resolve = wh._resolver()
    asked = [(s, c) for s in seed_analysis.sentences for c in s.clauses]
    fresh = [wh._names_for_pronouns(seed_analysis, s, c, resolve) for s, c in asked]
    assert any(fresh)  # "er" named Kim Jong Un somewhere in the seed
    kept = [wh._pronoun_names(seed_analysis, s, c, resolve) for s, c in asked]
    assert kept == fresh
    for names in kept:
        if names is not None:
            names[(-1, -1)] = "changed by a caller"
    assert [wh._pronoun_names(seed_analysis, s, c, resolve) for s, c in asked] == fresh


def test_pronoun_names_of_a_sentence_from_elsewhere_are_not_kept(seed_analysis):
    """A sentence that is not the analysis's own (an edited copy) is worked out each time."""
    sentence = seed_analysis.sentences[1]
    copy = replace(sentence, tokens=sentence.tokens[:-1])
    for clause in copy.clauses:
        assert wh._pronoun_names(seed_analysis, copy, clause, None) == wh._names_for_pronouns(
            seed_analysis, copy, clause, None)


def test_spans_are_slices_of_numbered_tokens(seed_analysis):
    sentence = seed_analysis.sentences[2]
    first, last = sentence.tokens[0].i, sentence.tokens[-1].i
    for start in range(first - 2, last + 3):
        for end in range(start - 1, last + 4):
            assert wh.span_tokens(sentence, start, end) == [t for t in sentence.tokens if start <= t.i < end]
    gapped = replace(sentence, tokens=sentence.tokens[:2] + sentence.tokens[3:])  # a sentence built otherwise
    assert [t.i for t in wh.span_tokens(gapped, first, first + 4)] == [first, first + 1, first + 3]


def test_statement_candidates_found_once_give_the_same_items(nlp, devdata):
    """Klexikon's "Charles Lindbergh": restatable clauses, read by the richtig/falsch statements."""
    article = analyze(nlp, read_article(devdata / "articles" / "klexikon" / "Charles_Lindbergh.txt"))
    facts = extract_facts(article)
    bases = candidates(article)
    made = true_false(article, facts, random.Random(1), bases=bases)
    assert made and made == true_false(article, facts, random.Random(1))
