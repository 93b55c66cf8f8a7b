"""Command line: arguments → pipeline calls; exceptions → exit status, in one place."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .config import DEFAULT_FORMATS, HINT_KINDS, SECTIONS, Options
from .errors import ExitStatus, QuizgenError, UsageError
from .exporters import registry
from .model import QUESTION_TYPES

PROG = "quizgen"


def _csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn German articles into Anki decks and printable quiz worksheets.",
        epilog="Run 'quizgen COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    common.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    common.add_argument(
        "--model",
        default=None,
        help="spaCy pipeline to use (e.g. de_core_news_md); 'offline' for the built-in one; "
        "default: an installed official German model, else the built-in one",
    )
    common.add_argument(
        "--force", action="store_true", help="go on even when a text does not look German"
    )

    build = commands.add_parser(
        "build",
        parents=[common],
        help="make decks, worksheets and exports from articles",
        description="Make Anki decks, worksheets and exports from German articles "
        "(.txt, .md, .html files or folders of them).",
    )
    build.add_argument("inputs", nargs="+", metavar="FILE", help="articles or folders of articles")
    build.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder (default: output/)")
    build.add_argument(
        "--formats",
        type=_csv,
        default=DEFAULT_FORMATS,
        help=f"comma-separated formats (default: {','.join(DEFAULT_FORMATS)}); "
        f"also {', '.join(name for name in registry() if name not in DEFAULT_FORMATS)}",
    )
    build.add_argument("--seed", type=int, default=0, help="seed for every random choice (default: 0)")
    build.add_argument("--title", help="title to use instead of the article's own")
    vocabulary = build.add_argument_group("vocabulary")
    vocabulary.add_argument("--level", default="A1", metavar="LEVEL", help="the learner's level: keep words at or above it")
    vocabulary.add_argument("--max-words", type=int, default=40, help="at most N vocabulary items (0: all)")
    vocabulary.add_argument("--known", type=Path, help="file of known words (one lemma per line, or an Anki text export)")
    vocabulary.add_argument("--dictionary", type=Path, help="German–English dictionary (Ding or TSV); default: Debian's trans-de-en when installed")
    questions = build.add_argument_group("questions")
    questions.add_argument("--questions", type=int, default=16, help="number of questions (default: 16)")
    questions.add_argument("--types", type=_csv, default=QUESTION_TYPES, help=f"question types (default: {','.join(QUESTION_TYPES)})")
    questions.add_argument("--mc-options", type=int, default=4, help="options per multiple-choice question: 3, 4 or 5")
    questions.add_argument(
        "--tf-choices", type=int, default=3,
        help="true/false choices: 3 = richtig / falsch / steht nicht im Text (when the text allows), 2 = richtig / falsch",
    )
    anki = build.add_argument_group("Anki")
    anki.add_argument("--deck", default="Deutsch::quizgen", help="parent deck (default: Deutsch::quizgen)")
    anki.add_argument("--single-deck", action="store_true", help="one deck per article instead of subdecks")
    anki.add_argument("--bundle", metavar="NAME", help="put all articles into one package NAME.apkg")
    anki.add_argument("--hint", default="lemma", help=f"cloze hint: {', '.join(HINT_KINDS)} (default: lemma)")
    anki.add_argument("--audio", action="store_true", help="pronunciation audio (needs espeak-ng)")
    sheet = build.add_argument_group("worksheet")
    sheet.add_argument("--no-text", action="store_true", help="leave the article text off the worksheet")
    sheet.add_argument("--sections", type=_csv, default=SECTIONS, help=f"worksheet sections in order (default: {','.join(SECTIONS)})")
    sheet.add_argument("--templates", type=Path, help="folder of Jinja2 templates that override the built-in ones")
    build.add_argument("-j", "--jobs", type=int, default=0, help="processes for many articles (default: number of cores)")

    analyze = commands.add_parser(
        "analyze",
        parents=[common],
        help="show the linguistic analysis of an article",
        description="Print the analysis of one article: sentences, tokens, lemmas, tags, entities.",
    )
    analyze.add_argument("input", metavar="FILE", help="article file, or - for standard input")
    analyze.add_argument("--format", choices=("jsonl", "conllu", "table"), default="table")
    analyze.add_argument("-o", "--output", type=Path, help="write to this file instead of standard output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return ExitStatus.USAGE
    try:
        if args.command == "analyze":
            return _analyze(args)
        from .batch import run_build

        return run_build(args.inputs, _options(args))
    except QuizgenError as error:
        if args.debug:
            traceback.print_exc()
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: say so in one line unless --debug
        if args.debug:
            traceback.print_exc()
        else:
            print(
                f"{PROG}: internal error: {type(error).__name__}: {error} (run with --debug for details)",
                file=sys.stderr,
            )
        return ExitStatus.ERROR


def _options(args: argparse.Namespace) -> Options:
    import os

    options = Options(
        output=args.output,
        formats=args.formats,
        seed=args.seed,
        model=args.model,
        level=args.level,
        max_words=args.max_words,
        known=args.known,
        dictionary=args.dictionary,
        questions=args.questions,
        types=args.types,
        hint=args.hint,
        deck=args.deck,
        single_deck=args.single_deck,
        bundle=args.bundle,
        no_text=args.no_text,
        sections=args.sections,
        title=args.title,
        templates=args.templates,
        audio=args.audio,
        mc_options=args.mc_options,
        tf_choices=args.tf_choices,
        force=args.force,
        quiet=args.quiet,
        debug=args.debug,
        jobs=args.jobs or (os.cpu_count() or 1),
    )
    options = options.validated(tuple(registry()))
    if "pdf" in options.formats:
        from .exporters.pdf import require_weasyprint

        require_weasyprint()  # before any analysis: a missing extra is a usage error
    return options


def _analyze(args: argparse.Namespace) -> int:
    from .analysis import analyze, load_pipeline
    from .analysis.formats import to_conllu, to_jsonl, to_table
    from .exporters.files import write_atomic
    from .reading import read_article

    article = read_article(args.input, force=args.force)
    started = time.perf_counter()
    analysis = analyze(load_pipeline(args.model), article)
    text = {"jsonl": to_jsonl, "conllu": to_conllu, "table": to_table}[args.format](analysis)
    if args.output:
        write_atomic(args.output, text)
        if not args.quiet:
            print(
                f"{PROG}: {analysis.word_count} words in {time.perf_counter() - started:.1f} s → {args.output}",
                file=sys.stderr,
            )
    else:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            sys.stderr.close()
    return ExitStatus.OK


__all__ = ["main", "build_parser", "UsageError"]
