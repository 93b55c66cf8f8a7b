"""Keys that accept every right answer, and complete ones (issue 12, session 27), after round 25's
readers: a core word never a verb of membership ("gehört nicht zur indogermanischen …"), an
adjective that governs the point ("anfällig für Schimmel"), a noun of being ("die Existenz der
Tabakpflanzen") or the article's subject; a noun of an action also by its verbs ("Verwendung":
benutzen), a word by a transparent compound the thesaurus lists ("Archipel": Inselgruppe) or by the
compound's part it lists ("Informationskanal": Kanal); what the next sentence adds with "auch",
the prompt's own verb and pronouns for its nouns ("Ihnen verdanken wir auch das Holz"); no variant
that is only the prompt's word ("Kurzwort"). On real German sentences run through the offline pipeline, up to the Anki note."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.exporters.anki import _answer_html
from quizgen.generation import key_synonyms, keys
from quizgen.model import Article, Question


def _keyed(nlp, text: str, prompt: str, answer: str, skill: str, at: int = -1, title: str = "Test") -> Question:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    sentence = analysis.sentences[at]
    question = Question(id="q01", type="wh", prompt=prompt, answer=answer, sentence=sentence.index,
                        evidence=sentence.text, skill=skill)
    refined = keys.refine_keys([question], analysis)
    assert refined, "the key was refused"
    return refined[0]


def test_membership_is_not_a_core_word(nlp):
    """Round 25: "gehören, indogermanisch" rejected "Ungarisch ist keine indogermanische Sprache"."""
    text = ("Ungarisch ist eine Sprache. Anders als die meisten europäischen Sprachen gehört Ungarisch nicht zur "
            "indogermanischen Sprachfamilie und hat daher keine nähere Verwandtschaft zu diesen.")
    question = _keyed(nlp, text, "Worin unterscheidet sich Ungarisch von den meisten europäischen Sprachen?",
                      "Ungarisch gehört nicht zur indogermanischen Sprachfamilie.", "unterschied")
    assert question.core == ("indogermanisch",)
    assert "sinngemäß richtig mit: indogermanisch</div>" in _answer_html(question, str(question.answer))


def test_the_object_of_a_governing_adjective_is_the_core(nlp):
    """Round 25: "anfällig, Schimmel" rejected "gegen Schimmel"."""
    text = "Tabak wächst in warmen Ländern. Heute werden die Tabakfelder mit Gift bespritzt, weil Tabak sehr anfällig für Schimmel ist."
    question = _keyed(nlp, text, "Warum werden die Tabakfelder heute mit Gift bespritzt?",
                      "weil Tabak sehr anfällig für Schimmel ist", "warum")
    assert question.core == ("Schimmel",)


def test_a_noun_of_being_gives_way_and_an_action_noun_takes_its_verbs(nlp):
    """Round 25: "Existenz, Verwendung" rejected "vom Tabak und wie man ihn benutzt"."""
    text = ("Tabak kommt aus Amerika. Durch die Fahrten des Kolumbus nach Amerika erfuhr die Alte Welt von der Existenz "
            "der Tabakpflanzen und deren Verwendung.")
    question = _keyed(nlp, text, "Wovon erfuhr die Alte Welt durch die Fahrten des Kolumbus nach Amerika?",
                      "von der Existenz der Tabakpflanzen und deren Verwendung", "wovon")
    assert not any("Existenz" in word for word in question.core)
    assert "Verwendung/verwenden/nutzen/benutzen" in question.core
    assert "benutz" in keys.core_stem("Verwendung/verwenden/nutzen/benutzen").split("|")


def test_thesaurus_words_a_student_writes():
    """"Archipel" rejected "eine Inselgruppe im Pazifik" (rare, but Insel + Gruppe); the compound's
    last part the thesaurus lists answers for it; "Zeitung" is no action of "zeiten"."""
    assert "Inselgruppe" in key_synonyms.core_synonyms("Archipel", [])
    assert key_synonyms.thesaurus_head("Informationskanal") == "Kanal"
    assert key_synonyms.action_verbs("Verwendung") == ["verwenden", "nutzen", "benutzen"]
    assert key_synonyms.action_verbs("Zeitung") == [] and key_synonyms.action_verbs("Nahrung") == []


def test_the_next_sentence_with_a_pronoun_adds_an_accepted_thing(nlp):
    """Round 25, Blüte: "Was hat der Mensch den Blüten zu verdanken?" accepted only the Nahrung, while
    the next sentences name the Holz with the same verb and pronouns for Mensch and Blüten; "stammt
    von" is another statement, and "Auch die Katze lebt im Garten" adds nothing."""
    text = ("Der Mensch hat also den Großteil seiner Nahrung den Blüten zu verdanken, zum Beispiel Obst. "
            "Bäume sind Blütenpflanzen. Ihnen verdanken wir auch das Holz. "
            "Sogar die Baumwolle stammt von einer Blütenpflanze.")
    question = _keyed(nlp, text, "Was hat der Mensch den Blüten zu verdanken?", "den Großteil seiner Nahrung", "was", at=0)
    assert "das Holz" in question.accepted and "Obst" in question.accepted
    assert not any("Baumwolle" in variant for variant in question.accepted)
    alone = "Der Mensch hat den Großteil seiner Nahrung den Blüten zu verdanken. Auch die Katze lebt im Garten."
    question = _keyed(nlp, alone, "Was hat der Mensch den Blüten zu verdanken?", "den Großteil seiner Nahrung", "was", at=0)
    assert not any("Katze" in variant for variant in question.accepted)


def test_no_variant_is_only_the_prompts_word(nlp):
    text = ("Ungarisch ist im südmitteleuropäischen Raum verbreitet und wird von über 13,5 Millionen Menschen "
            "gesprochen; andere Schätzungen gehen von bis zu 15 Millionen Sprechern aus.")
    question = _keyed(nlp, text, "Wie viele Menschen sprechen Ungarisch?", "über 13,5 Millionen", "wie-viele-menschen")
    assert "mehr als 13,5 Millionen" in question.accepted and "13,5" not in question.accepted
    assert keys._only_the_prompts_word("Kurzwort", "aus dem kurzwort für gebratenes hackfleisch",
                                       {"woraus", "leitete", "sich", "das", "wort", "hamburger", "ab"})
    assert not keys._only_the_prompts_word("Raubtier", "ein raubtier", {"welches", "tier", "ist", "der", "luchs"})


def test_the_articles_subject_is_no_core_word(nlp):
    """Round 25, Scheune: "Scheune" was required, so "Heute macht das der Mähdrescher" was wrong."""
    assert keys._without_topic(("Scheune", "Mähdreschmaschine/Maschine"), "Scheune") == (("Mähdreschmaschine/Maschine",), True)
    assert keys._without_topic(("Scheune",), "Scheune") == (("Scheune",), False)
    assert keys._without_topic(("Statue", "Sofia"), "Sofia") == (("Statue", "Sofia"), False)  # the saint, not the city


def test_who_is_by_the_role_the_sentence_gives(nlp):
    """Round 25: "Wer ist Joseph Haydn? – Komponist" rejected "Hofkapellmeister", "Staatschef"
    rejected "nordkoreanischer Staatschef"."""
    text = ("Eisenstadt ist eine Stadt. Zu den bekanntesten Persönlichkeiten der Stadt zählt der Komponist Joseph Haydn "
            "(1732-1809), der hier als Hofkapellmeister wirkte.")
    assert "Hofkapellmeister" in _keyed(nlp, text, "Wer ist Joseph Haydn?", "Komponist", "wer-ist").accepted
    text = "Der nordkoreanische Staatschef Kim Jong Un hat die Rüstungsindustrie des Landes aufgefordert, mehr Raketen zu bauen."
    assert "nordkoreanischer Staatschef" in _keyed(nlp, text, "Wer ist Kim Jong Un?", "Staatschef", "wer-ist").accepted


def test_where_it_happened_is_no_core_word(nlp):
    """Round 25: "Russland, Krieg, Ukraine, Waffe" rejected "Waffen an Russland geliefert"."""
    text = ("Nordkorea baut Raketen. Die Vereinigten Staaten haben Nordkorea vorgeworfen, Russland für seinen Krieg in der "
            "Ukraine mit Waffen versorgt zu haben.")
    question = _keyed(nlp, text, "Was haben die Vereinigten Staaten Nordkorea vorgeworfen?",
                      "Russland für seinen Krieg in der Ukraine mit Waffen versorgt zu haben", "was")
    assert "Russland" in question.core and not any("Ukraine" in word for word in question.core)
    text = "Lindbergh startete in New York. Nach 33 Stunden landete er in Paris."
    question = _keyed(nlp, text, "Was tat Charles Lindbergh nach 33 Stunden?", "landete in Paris", "was-tat")
    assert "Paris" in question.core  # a deed's place is its point


def test_a_restated_reason_and_a_then_now_answer_keep_only_their_point(nlp):
    """As the Klexikon texts say them: the answer restated ("weil …") is tagged alone, where
    "Schimmel" is a name to the tagger; the then/now answer's first point is the text's subject."""
    text = ("Tabak ist sehr anfällig für Schimmel. "
            "Deshalb werden die Tabakfelder heute mit Gift bespritzt, schon bevor der Schimmel sichtbar wird.")
    question = _keyed(nlp, text, "Warum werden die Tabakfelder heute mit Gift bespritzt?",
                      "weil Tabak sehr anfällig für Schimmel ist", "warum", at=1, title="Tabak")
    assert question.core == ("Schimmel",)
    text = ("Eine Scheune ist ein Lagerraum. Früher wurde in der Scheune auch das Korn gedroschen. Dabei werden die Körner "
            "aus den Schalen herausgeklopft. Heute erledigt das die Mähdreschmaschine.")
    article = Article(title="Scheune", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    question = Question(id="q01", type="wh", prompt="Was hat sich beim Dreschen verändert?", sentence=1,
                        answer="Früher wurde in der Scheune auch das Korn gedroschen. Heute erledigt das die Mähdreschmaschine.",
                        evidence=analysis.sentences[1].text, skill="veränderung")
    core = keys.with_points(question, analysis).core
    assert not any("Scheune" in word for word in core) and any("Mähdrescher" in word for word in core)
