"""Anki note types of quizgen: IDs are constants, so re-imports update instead of duplicating.

One stylesheet serves all note types: plain HTML and CSS that AnkiDroid and AnkiMobile
render, readable on a phone, with a dark variant (``.nightMode`` / ``.night_mode``). Gender
colours (der blue, die red, das green) are an extra cue: the article is always written out.
"""

from __future__ import annotations

import genanki

CLOZE_MODEL_ID = 1735601001
VOCAB_MODEL_ID = 1735601002
QUESTION_MODEL_ID = 1735601003

CSS = """
.card { font-family: "Noto Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 22px;
  line-height: 1.45; color: #1d1d1f; background: #fdfdfb; text-align: left;
  max-width: 38em; margin: 0 auto; padding: 0.6em; overflow-wrap: anywhere; }
.word { font-size: 1.5em; font-weight: 600; text-align: center; margin: 0.3em 0; }
.g-der .article { color: #1f5fbf; } .g-die .article { color: #c0392b; } .g-das .article { color: #1e8449; }
.word .article { border-bottom: 3px solid currentColor; }
.word .construction { font-weight: 400; font-size: 0.7em; }
.meta { color: #5f6368; font-size: 0.75em; text-align: center; }
.forms { text-align: center; margin: 0.2em 0; }
.gloss { font-size: 1.15em; text-align: center; margin: 0.4em 0; }
.example { margin-top: 0.8em; padding: 0.4em 0.6em; background: #f1f0ea; border-radius: 6px; }
.parts { color: #5f6368; font-size: 0.85em; text-align: center; }
.source { color: #80868b; font-size: 0.7em; margin-top: 1em; }
.extra { margin-top: 0.6em; font-size: 0.9em; }
.cloze { font-weight: 700; color: #1f5fbf; }
.cloze-text { font-size: 1.05em; }
q { quotes: "\\201E" "\\201C" "\\201A" "\\2018"; }
.question { margin-bottom: 0.3em; }
.options { margin: 0.5em 0 0 0; padding-left: 1.4em; }
.options li { margin: 0.2em 0; }
.answer { font-weight: 700; margin: 0.5em 0; }
.answer .extra { font-weight: 400; }
.evidence { margin-top: 0.6em; padding: 0.4em 0.6em; border-left: 4px solid #9aa0a6; }
.evidence .ref { color: #5f6368; font-size: 0.75em; margin-top: 0.3em; }
hr#answer { border: 0; border-top: 1px solid #d0d0d0; margin: 0.8em 0; }
.nightMode.card, .night_mode .card, .nightMode .card { color: #e8e8e8; background: #1e1e1e; }
.nightMode .example, .night_mode .example { background: #2c2c2c; }
.nightMode .source, .night_mode .source { color: #9aa0a6; }
.nightMode .evidence, .night_mode .evidence { border-left-color: #5f6368; }
.nightMode .evidence .ref, .night_mode .evidence .ref { color: #a8a8a8; }
.nightMode a, .night_mode a { color: #8ab4f8; }
.nightMode .meta, .nightMode .parts, .night_mode .meta, .night_mode .parts { color: #a8a8a8; }
.nightMode .cloze, .night_mode .cloze { color: #8ab4f8; }
.nightMode .g-der .article, .night_mode .g-der .article { color: #8ab4f8; }
.nightMode .g-die .article, .night_mode .g-die .article { color: #f28b82; }
.nightMode .g-das .article, .night_mode .g-das .article { color: #81c995; }
@media (max-width: 480px) { .card { font-size: 19px; padding: 0.3em; } .word { font-size: 1.35em; } }
"""

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "Lückentext (quizgen)",
    fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Quelle"}],
    templates=[
        {
            "name": "Lückentext",
            "qfmt": "<div class=cloze-text>{{cloze:Text}}</div>",
            "afmt": "<div class=cloze-text>{{cloze:Text}}</div><hr id=answer>{{#Extra}}<div class=extra>{{Extra}}</div>{{/Extra}}"
            "<div class=source>{{Quelle}}</div>",
        }
    ],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)

_VOCAB_FRONT = (
    '<div class="word g-{{Genus}}">{{Wort}}</div>'
    "<div class=meta>{{Wortart}}{{#Niveau}} · {{Niveau}}{{/Niveau}}</div>"
)
_VOCAB_BACK_DETAILS = (
    "{{#Formen}}<div class=forms>{{Formen}}</div>{{/Formen}}"
    "{{#Wortbildung}}<div class=parts>{{Wortbildung}}</div>{{/Wortbildung}}"
    "{{#Beispiel}}<div class=example>{{Beispiel}}</div>{{/Beispiel}}"
    "{{#Audio}}<div>{{Audio}}</div>{{/Audio}}"
    "<div class=source>{{Quelle}}</div>"
)

VOCAB_MODEL = genanki.Model(
    VOCAB_MODEL_ID,
    "Vokabel (quizgen)",
    fields=[
        {"name": "Wort"},
        {"name": "Genus"},
        {"name": "Formen"},
        {"name": "Wortart"},
        {"name": "Bedeutung"},
        {"name": "Beispiel"},
        {"name": "Wortbildung"},
        {"name": "Niveau"},
        {"name": "Quelle"},
        {"name": "Audio"},
    ],
    templates=[
        {
            "name": "Erkennen (Deutsch → Bedeutung)",
            "qfmt": _VOCAB_FRONT,
            "afmt": "{{FrontSide}}<hr id=answer>{{#Bedeutung}}<div class=gloss>{{Bedeutung}}</div>{{/Bedeutung}}"
            + _VOCAB_BACK_DETAILS,
        },
        {
            "name": "Produzieren (Bedeutung → Deutsch)",
            "qfmt": "{{#Bedeutung}}<div class=gloss>{{Bedeutung}}</div>"
            "<div class=meta>{{Wortart}} — auf Deutsch{{#Genus}}, mit Artikel{{/Genus}}</div>{{/Bedeutung}}",
            "afmt": "{{FrontSide}}<hr id=answer>" + _VOCAB_FRONT + _VOCAB_BACK_DETAILS,
        },
    ],
    css=CSS,
    sort_field_index=0,
)

QUESTION_MODEL = genanki.Model(
    QUESTION_MODEL_ID,
    "Verständnis (quizgen)",
    fields=[
        {"name": "Frage"},
        {"name": "Optionen"},
        {"name": "Antwort"},
        {"name": "Beleg"},
        {"name": "Quelle"},
    ],
    templates=[
        {
            "name": "Frage",
            "qfmt": "<div class=question>{{Frage}}</div>{{#Optionen}}{{Optionen}}{{/Optionen}}",
            "afmt": "{{FrontSide}}<hr id=answer><div class=answer>{{Antwort}}</div>"
            "{{#Beleg}}<div class=evidence>{{Beleg}}</div>{{/Beleg}}<div class=source>{{Quelle}}</div>",
        }
    ],
    css=CSS,
)
