"""All options of a build as one frozen dataclass, validated up front."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError
from .model import QUESTION_TYPES

LEVELS: tuple[str, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")
HINT_KINDS: tuple[str, ...] = ("lemma", "pos", "article", "first-letter", "gloss", "none")
DEFAULT_FORMATS: tuple[str, ...] = ("apkg", "html", "json")
# The question types of a default sheet. "ordering" (events in the order the text tells them)
# only on request: readers found it a search for copied sentences that gives other answers away.
DEFAULT_TYPES: tuple[str, ...] = tuple(name for name in QUESTION_TYPES if name != "ordering")
# Worksheet sections in teaching order: word box, text, then the questions from global to detailed.
SECTIONS: tuple[str, ...] = (
    "vocabulary", "text", "true_false", "multiple_choice", "wh", "ordering", "gap_fill", "matching",
)


@dataclass(frozen=True, slots=True)
class Options:
    output: Path = Path("output")
    formats: tuple[str, ...] = DEFAULT_FORMATS
    seed: int = 0
    model: str | None = None  # spaCy pipeline name; None: auto-detect, "offline": never
    level: str = "B1"  # the learner's level: vocabulary at or above it (B1: reads authentic articles)
    max_words: int = 40
    known: Path | None = None
    dictionary: Path | None = None
    questions: int = 16
    types: tuple[str, ...] = DEFAULT_TYPES
    hint: str = "lemma"
    deck: str = "Deutsch::quizgen"
    single_deck: bool = False
    bundle: str | None = None
    no_text: bool = False
    sections: tuple[str, ...] = SECTIONS
    title: str | None = None
    templates: Path | None = None
    audio: bool = False
    mc_options: int = 4
    tf_choices: int = 3  # 3: richtig / falsch / steht nicht im Text; 2: richtig / falsch
    force: bool = False
    quiet: bool = False
    debug: bool = False
    jobs: int = 1
    variants: int = 1  # --variants N (2–4): versions A, B, … of the worksheet and key; 1: one sheet

    def validated(self, known_formats: tuple[str, ...] = ()) -> Options:
        """Return self, or raise one UsageError that lists every problem at once."""
        problems: list[str] = []
        if known_formats:
            unknown = [name for name in self.formats if name not in known_formats]
            if unknown:
                problems.append(
                    f"unknown format {', '.join(unknown)!s} (choose from {', '.join(known_formats)})"
                )
        if not self.formats:
            problems.append("--formats is empty")
        if self.level not in LEVELS:
            problems.append(f"unknown level {self.level!r} (choose from {', '.join(LEVELS)})")
        bad_types = [name for name in self.types if name not in QUESTION_TYPES]
        if bad_types:
            problems.append(
                f"unknown question type {', '.join(bad_types)} (choose from {', '.join(QUESTION_TYPES)})"
            )
        bad_sections = [name for name in self.sections if name not in SECTIONS]
        if bad_sections:
            problems.append(
                f"unknown section {', '.join(bad_sections)} (choose from {', '.join(SECTIONS)})"
            )
        if self.hint not in HINT_KINDS:
            problems.append(f"unknown hint {self.hint!r} (choose from {', '.join(HINT_KINDS)})")
        if self.max_words < 0:
            problems.append(f"--max-words must be 0 or more, not {self.max_words}")
        if self.questions < 0:
            problems.append(f"--questions must be 0 or more, not {self.questions}")
        if self.mc_options not in (3, 4, 5):
            problems.append(f"--mc-options must be 3, 4 or 5, not {self.mc_options}")
        if self.tf_choices not in (2, 3):
            problems.append(f"--tf-choices must be 2 or 3, not {self.tf_choices}")
        if self.variants not in (1, 2, 3, 4):
            problems.append(f"--variants must be 2, 3 or 4, not {self.variants}")
        if self.jobs < 1:
            problems.append(f"--jobs must be 1 or more, not {self.jobs}")
        if self.templates is not None and not self.templates.is_dir():
            problems.append(f"--templates {self.templates}: not a folder")
        for name in ("known", "dictionary"):
            path = getattr(self, name)
            if path is not None and not path.is_file():
                problems.append(f"--{name} {path}: no such file")
        if problems:
            raise UsageError("; ".join(problems))
        return self
