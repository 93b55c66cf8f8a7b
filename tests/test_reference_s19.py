"""Pronoun resolution, session 19: the person a biography is about is the "er" or "sie" of
that person's sex when nothing else may be meant — beside the relatives the text introduces
through that person's possessive ("Sein Vater Maurice Vane …"), persons in prepositional
phrases and things. Real German sentences (from the unseen MLQA texts), with the cases where a
second person of the same sex, or a thing, may be meant and the pronoun stays open."""

from __future__ import annotations

import pytest
from test_reference_s14 import _resolved
from test_reference_s17 import _resolved_in

SCHINDLER = "Oskar Schindler war ein deutscher Unternehmer. "

VANE = ("John Vane\n\nSein Vater Maurice Vane war Sohn russischer Immigranten; seine Mutter Frances Vane stammte aus "
        "einer britischen Bauernfamilie. Er ging auf die King Edward XIV Highschool in Birmingham. Mit zwölf Jahren "
        "bekam er von seinen Eltern einen Chemiebaukasten und fing an zu experimentieren. Er studierte ab 1944 Chemie "
        "an der Universität von Birmingham. Dort wurde er zunächst durch das Fehlen von Möglichkeiten zum "
        "Experimentieren enttäuscht.\n")


def test_the_person_under_the_title_is_er_beside_the_parents_the_text_gives_him(nlp, tmp_path):
    found = _resolved_in(nlp, tmp_path, VANE)
    assert [text for text, _ in found] == ["Sein", "seine", "Er", "er", "seinen", "Er", "er"]
    assert all(referent == "John Vane" for _, referent in found)


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # a possessive before its clause's subject "er": the things of the sentence before are not his talent's owner
        (("Woody Allen\n\nUm sein Taschengeld aufzubessern, begann er damit, für eine Agentur Gags zu schreiben. "
          "Dank seines Talents durfte er bald Entertainment-Stars wie Sid Caesar zuarbeiten.\n"), "seines", "Woody Allen"),
        # the eleven years are no owner of a woman's time at school
        (("Angelina Jolie\n\nAngelina Jolie ist eine US-amerikanische Schauspielerin. Als Jolie elf Jahre alt war, zog "
          "die Familie zurück nach Los Angeles. Dort besuchte sie bis 1989 die El Rodeo Elementary School. In ihrer Zeit "
          "an der Beverly Hills High School fühlte sie sich oftmals isoliert.\n"), "ihrer", "Angelina Jolie"),
        # the possessive points ahead to the subject the title names too
        (("Friedrich Engels\n\nMit seiner einflussreichen Untersuchung Die Lage der arbeitenden Klasse in England "
          "gehörte Engels zu den Pionieren der empirischen Soziologie.\n"), "seiner", "Friedrich Engels"),
    ],
)
def test_the_person_under_the_title_owns_what_nothing_else_may_own(nlp, tmp_path, text, pronoun, expected):
    assert dict(_resolved_in(nlp, tmp_path, text))[pronoun] == expected


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # the man named as a subject in between may be the one promoted
        (("John Vane\n\nSein Vater Maurice Vane war Sohn russischer Immigranten. Harold Burn unterrichtete "
          "Pharmakologie. Er ging auf die King Edward Highschool in Birmingham.\n"), "Er"),
        # the father takes over as the subject after the son: "Er" may be either
        (("Fritz Zwicky\n\nFritz Zwicky wurde in Warna geboren. Sein Vater Fridolin Zwicky war Kaufmann. Er ging mit "
          "sechs Jahren nach Glarus.\n"), "Er"),
        # the bill is what made it clear, not the woman the text is about
        (("Victoria\n\nVictoria sah im Norddeutschen Bund eine Ausdehnung Preußens. Victoria schrieb an ihre Mutter. "
          "Die Indemnitätsvorlage spaltete die Liberalen. Sie machte auch deutlich, dass der Kronprinz gemäßigter "
          "war.\n"), "Sie"),
    ],
)
def test_a_rival_beside_the_person_under_the_title_leaves_the_pronoun_open(nlp, tmp_path, text, pronoun):
    assert dict(_resolved_in(nlp, tmp_path, text))[pronoun] is None


def test_the_person_the_first_sentence_is_about_is_er_beside_things_and_places(nlp):
    text = SCHINDLER + ("Gegen Ende des Krieges beschäftigte Schindler in seiner Fabrik rund 1.200 Juden. Diese war in der "
                        "Zwischenzeit in seine Heimat bei Zwittau verlegt worden. Dort gab es das Lager Brünnlitz. Um seine "
                        "Arbeiter auf dem Weg dorthin vor dem Transport ins Todeslager in Auschwitz zu bewahren, stellte er "
                        "auf Papier eine Liste aller Namen zusammen.")
    assert _resolved(nlp, text, "er") == "Oskar Schindler"


def test_a_man_in_a_genitive_after_the_persons_last_subject_mention_may_be_meant(nlp):
    text = SCHINDLER + ("Schindler beschloss, mit seiner Fabrik umzuziehen. Die strenge Kontrolle durch die Amtsgruppe D "
                        "hatte weitere Folgen. Im Herbst kam es zur Verhaftung des SS-Offiziers Amon Göth durch die "
                        "NS-Justiz. Einer seiner SS-Leute hatte ihn aufgrund von Schwarzmarktgeschäften angezeigt.")
    assert _resolved(nlp, text, "ihn") is None
