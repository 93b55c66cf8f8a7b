"""A wiki article exported to plain text keeps headings and colons whose content the export
dropped; the sheet must not print them (reader 3 of comprehension round 20, Woche (Wikipedia))."""

from quizgen.reading import read_article

WOCHE = """Woche

Eine Woche ist ein Zeitraum von sieben Tagen.
Sie ist eine Zeiteinheit im Kalender.

== Kalenderwoche

Je nach angewandter Regel kann die erste Woche eines Jahres unterschiedlich festgelegt sein:

=== Zählweise nach ISO 8601

Die Kalenderwoche ist nach ISO 8601 so definiert:

Weitere Eigenschaften dieser Zählweise sind:

In Deutschland führte das Deutsche Institut für Normung 1976 eine entsprechende Zählweise ein.
In der Vorgängerversion von 1943 fing die Woche noch am Sonntag an.

Beispiele:

== Dauerkalender

== Andere Systeme kurzer Zeitabschnitte

Das System der Sieben-Tage-Woche hat sich heute in allen großen Kulturen durchgesetzt.
In früheren Kulturen gab es aber auch andere Systeme der Tageszählung:

== Literatur

=== Geschichte

== Siehe auch

== Weblinks

== Einzelnachweise
"""


def _paragraphs(tmp_path, text: str):
    """The article read from ``text`` written to a .txt file, and its paragraphs' text."""
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    return article, [article.text[start:end] for start, end in article.paragraphs]


def test_empty_sections_link_sections_and_lost_lists_are_left_out(tmp_path):
    article, paragraphs = _paragraphs(tmp_path, WOCHE)
    assert paragraphs[0] == "Woche"
    headings = [paragraphs[index] for index in article.headings]
    assert headings == ["Woche", "Kalenderwoche", "Zählweise nach ISO 8601", "Andere Systeme kurzer Zeitabschnitte"]
    assert not any(paragraph.rstrip().endswith(":") for paragraph in paragraphs)
    # the paragraph keeps its sentence before the dangling line
    assert "Das System der Sieben-Tage-Woche hat sich heute in allen großen Kulturen durchgesetzt." in paragraphs
    assert any(paragraph.startswith("In Deutschland führte") for paragraph in paragraphs)
    # offsets stay those of the file: the dropped text is blanked, not removed
    assert len(article.text) == len(WOCHE)
    assert "Dauerkalender" not in article.text and "Weblinks" not in article.text


def test_a_colon_before_a_list_or_within_a_paragraph_stays(tmp_path):
    text = (
        "Blüte\n\nEs gibt jedoch auch Blüten, die schaffen das ohne Insekten:\n"
        "Der Wind wirbelt die Pollen durch die Luft.\n\n"
        "Zu den wichtigsten Bauteilen eines Fahrrads gehören:\n\n- der Rahmen\n- die Räder\n"
    )
    _, paragraphs = _paragraphs(tmp_path, text)
    assert any(paragraph.startswith("Es gibt jedoch auch Blüten, die schaffen das ohne Insekten:") for paragraph in paragraphs)
    assert "Zu den wichtigsten Bauteilen eines Fahrrads gehören:" in paragraphs


def test_a_subsection_on_literature_is_a_topic(tmp_path):
    text = (
        "Kreta\n\nKreta ist die größte Insel Griechenlands.\n\n== Kultur\n\n=== Literatur\n\n"
        "Die kretischen Mantinades sind Reimpaare, die bei Festen gesungen werden.\n\n== Literatur\n\n"
        "=== Reiseführer\n"
    )
    article, paragraphs = _paragraphs(tmp_path, text)
    assert "Die kretischen Mantinades sind Reimpaare, die bei Festen gesungen werden." in paragraphs
    assert [paragraphs[index] for index in article.headings] == ["Kreta", "Kultur", "Literatur"]
