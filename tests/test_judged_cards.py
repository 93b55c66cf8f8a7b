"""The vocabulary and cloze cards as strict readers judged them (issue 13), kept so that a later
change can be read against them.

``tests/judged/cards.md`` holds every vocabulary note of ten judged decks (worth learning from
the text: yes / no; what is wrong on the card, or "none") and every cloze note (usable / not,
with the reason). The figures of the latest round may rise, not fall, against
``tests/quality/judged_cards_baseline.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
JUDGED = HERE / "judged" / "cards.md"
BASELINE = HERE / "quality" / "judged_cards_baseline.json"


def _table(heading: str) -> list[list[str]]:
    """The rows of the Markdown table under a '## heading' line, as lists of cells."""
    section = JUDGED.read_text(encoding="utf-8").split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in section.splitlines() if line.startswith("|") and not set(line) <= set("|-: ")]
    return rows[1:]  # without the header row


def figures(vocabulary: str = "Vocabulary", cloze: str = "Cloze") -> dict[str, float]:
    notes, gaps = _table(vocabulary), _table(cloze)
    return {
        "vocabulary": len(notes),
        "worth": round(sum(row[3] == "yes" for row in notes) / len(notes), 3),
        "error_free": round(sum(row[4] == "none" for row in notes) / len(notes), 3),
        "cloze": len(gaps),
        "cloze_usable": round(sum(row[2] == "usable" for row in gaps) / len(gaps), 3),
        "articles": len({row[0] for row in notes}),
    }


def test_the_judged_cards_are_complete_and_well_formed():
    for vocabulary, cloze in (("Vocabulary", "Cloze"), ("Earlier vocabulary", "Earlier cloze")):
        notes, gaps = _table(vocabulary), _table(cloze)
        assert all(row[3] in ("yes", "no") and row[4] for row in notes), vocabulary
        assert all(row[2] in ("usable", "not") for row in gaps), cloze
        assert all(row[3] for row in gaps if row[2] == "not"), "every unusable cloze gives its reason"
        found = figures(vocabulary, cloze)
        # round 3 had fewer notes than round 2 (the decks dropped words not worth learning);
        # round 8's paragraphs are shorter than round 7's (178-409 words: 221 notes, 49 cloze) and
        # round 9's shorter still (157-242 words: 136 notes, 28 cloze)
        assert found["vocabulary"] >= 120 and found["cloze"] >= 25 and found["articles"] >= 10


def test_judged_card_figures_do_not_fall_below_the_baseline():
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    found = figures()
    for name in ("worth", "error_free", "cloze_usable"):
        assert found[name] >= baseline[name] - 0.001, (name, found[name], baseline[name])
