"""Words worth a card with an example a learner can use (issue 13, round 12 of the judged cards):
a word met only inside the title of a work makes no card and is never the example, a broken
piece of a sentence is no example, and a sentence too long for a card is cut to the word's
clause, keeping it grammatical."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.extraction.vocabulary import LONG_EXAMPLE, work_titles
from quizgen.model import Article


def _analysis(nlp, text: str):
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _items(nlp, text: str, level: str = "A1") -> dict[str, object]:
    """Every vocabulary item of ``text`` for a learner at ``level`` (no cap), by lemma."""
    analysis = _analysis(nlp, text)
    return {item.lemma: item for item in extract_vocabulary(analysis, Options(level=level, max_words=0))}


def _title_words(nlp, text: str) -> list[str]:
    sentence = _analysis(nlp, text).sentences[0]
    inside = work_titles(sentence)
    return [token.text for token in sentence.tokens if token.i in inside]


def test_a_title_opening_with_a_capitalised_article_runs_to_its_year(nlp):
    """Readers found die Wissenschaft carded from Engels' "Die Entwicklung des Sozialismus von
    der Utopie zur Wissenschaft (1880)"."""
    words = _title_words(nlp, "Neben dem Anti-Dühring erfuhr vor allem die Kurzfassung Die Entwicklung des Sozialismus "
                              "von der Utopie zur Wissenschaft (1880) starke Resonanz.")
    assert words[0] == "Die" and words[-1] == "Wissenschaft"
    assert "Resonanz" not in words and "Kurzfassung" not in words


def test_a_second_title_joined_by_und_is_one_too(nlp):
    words = _title_words(nlp, "Er setzte die Arbeit fort, unter anderem in Der Ursprung der Familie, des Privateigenthums "
                              "und des Staats (1884) und Ludwig Feuerbach und der Ausgang der klassischen deutschen Philosophie (1888).")
    assert {"Ursprung", "Familie", "Staats", "Ausgang", "Philosophie"} <= set(words)
    assert "Arbeit" not in words


def test_a_title_without_a_year_ends_where_the_sentence_goes_on(nlp):
    words = _title_words(nlp, "Im Roman Der Vorleser erzählt Bernhard Schlink von einer Liebe nach dem Krieg.")
    assert words == ["Der", "Vorleser"]


def test_quoted_and_english_titles(nlp):
    """Readers found der Esel from Apuleius' „Goldenem Esel“ and der Terror from the DVD
    "Terror and Hubris"."""
    assert _title_words(nlp, "Eine weitere Erwähnung erfolgt in Lucius Apuleius’ „Goldenem Esel“ aus dem zweiten Jahrhundert.") \
        == ["Goldenem", "Esel"]
    assert {"Terror", "and", "Hubris"} <= set(
        _title_words(nlp, "Terror and Hubris stieg auf Platz 32 der Charts ein und die Band unterschrieb einen Vertrag."))


def test_plain_sentences_hold_no_title(nlp):
    """A capitalised article opening the sentence, a quoted word the text explains, a quotation
    with its verb, a German "und" between nouns: nothing is a title."""
    assert _title_words(nlp, "Die Lage der arbeitenden Klasse in England war schlecht.") == []
    assert _title_words(nlp, "Der Name bedeutet „Freund“ in der Sprache der Einwohner.") == []
    assert _title_words(nlp, "Der Richter sagte: „Die Sekretärin rief den Zeugen auf.“") == []
    assert _title_words(nlp, "Die Pinguine stehlen Geländewagen und Werkzeuge von den Touristen.") == []


def test_a_word_only_in_a_title_makes_no_card_and_no_example(nlp):
    text = ("Mit seiner einflussreichen Untersuchung Die Lage der arbeitenden Klasse in England (1845) gehörte Engels "
            "zu den Pionieren der Soziologie. Die Lage der Arbeiter in den Fabriken verbesserte sich erst später.")
    items = _items(nlp, text)
    assert "Klasse" not in items
    assert "Untersuchung" in items
    assert items["Lage"].count == 1 and items["Lage"].example.startswith("Die Lage der Arbeiter")


def test_a_broken_piece_of_a_sentence_is_no_example(nlp):
    """The splitter cut "… von dessen Hauptwerk, Das Kapital. Kritik der politischen Ökonomie,
    heraus." after "Kapital."; readers found the piece on the card of die Ökonomie."""
    analysis = _analysis(nlp, "Nach Marx’ Tod gab Engels den dritten Band von dessen Hauptwerk, Das Kapital. "
                              "Kritik der politischen Ökonomie, heraus.")
    piece = analysis.sentences[-1]
    assert piece.text.startswith("Kritik")
    assert work_titles(piece) == frozenset(token.i for token in piece.tokens)
    whole = _analysis(nlp, "Die Ökonomie des Landes wuchs in diesem Jahr langsam.").sentences[0]
    assert work_titles(whole) == frozenset()


def test_a_long_sentence_loses_the_relative_and_adverbial_clauses_after_the_words(nlp):
    """Readers found the 33 words of this sentence on the card of vererben."""
    text = ("Schloss Friedrichshof und dessen Kunstsammlung vererbte sie ihrer Tochter Margarete, wodurch es in den Besitz "
            "des Hauses Hessen überging und heute zum Vermögen der Hessischen Hausstiftung gehört, die hier ihren "
            "Verwaltungssitz hat.")
    items = _items(nlp, text)
    assert items["vererben"].example == "Schloss Friedrichshof und dessen Kunstsammlung vererbte sie ihrer Tochter Margarete."
    assert items["Vermögen"].example.endswith("zum Vermögen der Hessischen Hausstiftung gehört.")
    assert items["Verwaltungssitz"].example == text  # the last clause: nothing after it can go


def test_a_clause_the_sentence_needs_stays(nlp):
    """A "dass" clause is what the main clause says: "… war, dass sie in Berlin versteigert wurde"
    cannot end after "war"; nor a main clause end before its relative clause's comma."""
    text = ("Die für lange Zeit letzte Information über den Verbleib der Originalpartitur der Klavierfassung des Werkes "
            "war, dass sie in Berlin versteigert wurde und an einen Industriellen in Cincinnati ging, der sie behielt.")
    assert len(text.split()) > LONG_EXAMPLE
    items = _items(nlp, text)
    assert items["Verbleib"].example.endswith("in Cincinnati ging.")
    assert "dass sie in Berlin" in items["Verbleib"].example


def test_a_long_sentence_loses_asides_without_the_word(nlp):
    text = ("Dessen Tochter übergab die Partitur gemeinsam mit weiteren Manuskripten – unter denen sich auch eine Sonate "
            "und eine Fantasie von Wolfgang Amadeus Mozart (beide in c-Moll) befanden – im Jahr 1952 an eine Kirche in "
            "Philadelphia.")
    items = _items(nlp, text)
    assert items["Partitur"].example == (
        "Dessen Tochter übergab die Partitur gemeinsam mit weiteren Manuskripten im Jahr 1952 an eine Kirche in Philadelphia.")
    assert "Sonate" in items["Sonate"].example  # the aside that holds it stays


def test_a_short_sentence_stays_whole(nlp):
    text = "Die Besatzung verlässt das Schiff, bevor es abstürzt, und rettet sich in eine Kapsel, die sicher landet."
    items = _items(nlp, text)
    assert items["Besatzung"].example == text


DING = (
    "in Erscheinung treten {vi} | in Erscheinung tretend | in Erscheinung getreten :: to appear; to manifest themselves"
    " | appearing | appeared\n"
    "etw. in Angriff nehmen; eine Kampagne durchführen {v} :: to have a blitz on sth.\n"
    "am Ende sein {vi} :: to be on the rocks\n"
    "Erscheinung {f} | Erscheinungen {pl} :: appearance | appearances\n"
    "Gastsänger {m} | Gastsänger {pl} :: guest singer | guest singers\n"
    "treten {vi} | tretend | getreten :: to step | stepping | stepped\n"
)


def test_a_phrase_the_dictionary_lists_is_the_item_not_its_noun(nlp, ding_text):
    """Readers found "die Erscheinung – appearance" where the text has "in Erscheinung treten"."""
    glossary = ding_text("de-en.txt", DING)
    text = "Ende 2003 trat Randy Blythe als Gastsänger bei der kanadischen Band Bloodshoteye in Erscheinung."
    analysis = _analysis(nlp, text)
    items = {item.lemma: item for item in extract_vocabulary(analysis, Options(level="A1", max_words=0, dictionary=glossary.source))}
    assert items["in Erscheinung treten"].gloss == ("to appear", "to manifest themselves")
    assert items["in Erscheinung treten"].pos == "MWE"
    assert "Erscheinung" not in items and "treten" not in items


def test_no_phrase_where_the_dictionary_line_is_anothers_or_the_noun_has_an_attribute(nlp, ding_text):
    """A line of several alternatives may give another's English ("etw. in Angriff nehmen; eine
    Kampagne durchführen :: to have a blitz on sth."); "Am Ende der Entwicklung waren …" is no
    "am Ende sein"; a noun met outside the phrase keeps its card."""
    glossary = ding_text("de-en.txt", DING)
    options = Options(level="A1", max_words=0, dictionary=glossary.source)
    text = ("Die Stadt nahm den Bau der Brücke im Jahr 1990 in Angriff. Am Ende der Entwicklung waren alle zufrieden. "
            "Die Erscheinung des Kometen überraschte die Forscher.")
    items = {item.lemma: item for item in extract_vocabulary(_analysis(nlp, text), options)}
    assert not any(item.pos == "MWE" for item in items.values())
    assert "Erscheinung" in items


def test_transparent_words_are_not_rated_for_their_rarity_alone():
    """Readers found paarweise and zusammenbauen at C1 implausible: an adverb in -weise and a
    rare verb with zusammen are rated from their base; a commoner verb with zusammen keeps its
    band, and a word of no such form is left alone."""
    from quizgen.extraction.lemma_ranks import lemma_zipf
    from quizgen.extraction.levels import word_level

    def level(lemma: str, pos: str) -> str:
        return word_level(lemma, pos, [lemma], lemma_zipf(lemma))

    assert level("paarweise", "ADV") == "B1"
    assert level("zusammenbauen", "VERB") == "B1"
    assert level("zusammenstellen", "VERB") == "B1"
    assert level("insgeheim", "ADV") == "C1"
