"""W-questions whose prompt or key points to something it does not name (issue 12, round 5), counted.

    python scripts/referent_defects.py ../shared/devdata/articles/*/*.txt [--list]

The readers' most common defect: "Wohin fliesst die Kander? – in den See" (the text named the
Thunersee a sentence before), "nach deren Rückzug", "beide Begriffe", "entsprechende Literatur",
"Wozu raten Experten?", particles copied from the text ("wiederum", "sogar", "später"). This
script generates every W-question of the articles (``questions._w_questions``: what the sheet
chooses from) and counts those the plain patterns below find, by kind, beside the number of
W-questions: a figure to read before and after a change to the rules in
``generation/wellformed.py`` and ``extraction/reference.py``. The patterns are deliberately
simpler than those rules (words, not tags), so that they measure the rules rather than repeat
them; a pattern may flag a good question ("noch heute"), so read the list, not just the count.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from quizgen.analysis import analyze, load_pipeline
from quizgen.extraction import extract_facts
from quizgen.generation.questions import _w_questions
from quizgen.model import Analysis, Question
from quizgen.reading import read_article

PROMPT_PATTERNS = {
    "deren/dessen": r"\b(deren|dessen) \w",
    "beide": r"\bbeide[nrs]?\b",
    "demonstrative": r"\b(diese[rsnm]?|jene[rsnm]?|dies)\b",
    "entsprechend/solch": r"\b(entsprechende|solch|derartig|darauffolgend|folgend)\w*",  # not "entsprechend der …"
    "linking adverb": r"\b(später|danach|dann|daraufhin|darauf|wiederum|ebenfalls|ebenso|sogar|zuvor|anschließend|außerdem"
                      r"|zudem|hingegen|jedoch|allerdings|nämlich|seither)\b",
    "noch": r"(?<!immer )\bnoch\b(?! (heute|nicht|immer|mehr|einmal))",
}
ANSWER_PATTERNS = {key: PROMPT_PATTERNS[key] for key in ("deren/dessen", "beide", "demonstrative", "entsprechend/solch")}
ANSWER_PATTERNS["deren/dessen"] = r"^\W*(\w+ )?(deren|dessen) \w"  # "… der Tabakpflanzen und deren Verwendung" names it
GENERIC = re.compile(r"^\w+ \w+ (viele |manche |einige |zahlreiche )?[A-ZÄÖÜ]\w+(en|er|e)\?$")  # "Wozu raten Experten?"
DEFINITE = re.compile(r"\b(?:der|die|das|den|dem|des|im|am|zum|zur|vom|beim|ins) ([A-ZÄÖÜ][a-zäöüß]{2,})\b")
WINDOW = 2


def defects(question: Question, analysis: Analysis) -> list[str]:
    """The kinds of pointing word the question's prompt or answer holds."""
    found = [f"prompt: {kind}" for kind, pattern in PROMPT_PATTERNS.items() if re.search(pattern, question.prompt, re.IGNORECASE)]
    answer = str(question.answer)
    found += [f"answer: {kind}" for kind, pattern in ANSWER_PATTERNS.items() if re.search(pattern, answer, re.IGNORECASE)]
    generic = GENERIC.match(question.prompt)
    if generic and not any(e.text in question.prompt for e in analysis.entities):
        found.append("prompt: generic subject")  # not "Was kaufte Schindler?"
    if _compound_shorthand(question.prompt + " " + answer, analysis, question.sentence):
        found.append("compound head for a compound named before")
    return found


def _compound_shorthand(text: str, analysis: Analysis, index: int) -> bool:
    """"den See" where one of the sentences before (or the sentence itself) names the Thunersee."""
    before = " ".join(s.text for s in analysis.sentences[max(0, index - WINDOW) : index + 1])
    words = set(re.findall(r"\b[A-ZÄÖÜ][\w-]+", before))
    for noun in DEFINITE.findall(text):
        if any(len(word) >= len(noun) + 3 and word.lower().endswith(noun.lower()) and word not in text for word in words):
            return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--list", action="store_true", help="print every flagged question")
    args = parser.parse_args()
    nlp = load_pipeline("offline")
    kinds: Counter[str] = Counter()
    total = flagged = 0
    for path in args.articles:
        analysis = analyze(nlp, read_article(path))
        for question in _w_questions(analysis, extract_facts(analysis)):
            total += 1
            found = defects(question, analysis)
            flagged += bool(found)
            kinds.update(found)
            if found and args.list:
                print(f"{path.parent.name}/{path.name}\t{question.prompt}\t{question.answer}\t{', '.join(found)}")
    print(f"{total} W-questions from {len(args.articles)} articles, {flagged} with a word pointing back")
    for kind, count in kinds.most_common():
        print(f"{count:6d}  {kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
