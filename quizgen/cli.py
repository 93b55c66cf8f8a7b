"""Command line: arguments → pipeline calls; exceptions → exit status, in one place."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import __version__
from .config import DEFAULT_FORMATS, DEFAULT_TYPES, HINT_KINDS, SECTIONS, Options
from .errors import ExitStatus, QuizgenError, UsageError
from .exporters import registry

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
    vocabulary.add_argument(
        "--level",
        default=Options().level,
        metavar="LEVEL",
        help=f"the learner's level, A1–C2: words below it are left out (default: the learner is taken to be at "
        f"{Options().level}, the usual level at which learners start reading authentic articles; "
        "A1 or A2 keeps the basic vocabulary)",
    )
    vocabulary.add_argument("--max-words", type=int, default=40, help="at most N vocabulary items (0: all)")
    vocabulary.add_argument("--known", type=Path, help="file of known words (one lemma per line, or an Anki text export)")
    vocabulary.add_argument("--dictionary", type=Path, help="German–English dictionary (Ding or TSV); default: Debian's trans-de-en when installed")
    questions = build.add_argument_group("questions")
    questions.add_argument("--questions", type=int, default=16, help="number of questions (default: 16)")
    questions.add_argument("--types", type=_csv, default=DEFAULT_TYPES,
                           help=f"question types (default: {','.join(DEFAULT_TYPES)}; also: ordering)")
    questions.add_argument("--mc-options", type=int, default=4, help="options per multiple-choice question: 3, 4 or 5")
    questions.add_argument(
        "--tf-choices", type=int, default=3,
        help="true/false choices: 3 = richtig / falsch / steht nicht im Text (when the text allows), 2 = richtig / falsch",
    )
    anki = build.add_argument_group("Anki")
    anki.add_argument("--deck", default="Deutsch::quizgen", help="parent deck (default: Deutsch::quizgen)")
    anki.add_argument("--single-deck", action="store_true", help="one deck per article instead of subdecks")
    anki.add_argument("--bundle", metavar="NAME", help="put all articles into one package NAME.apkg")
    anki.add_argument("--hint", default="lemma", help=f"cloze hint: {', '.join(HINT_KINDS)} (default: lemma, which shows "
                      "the word's meaning where the dictionary has one, else the lemma where the form is the lesson)")
    anki.add_argument("--audio", action="store_true", help="pronunciation audio (needs espeak-ng)")
    sheet = build.add_argument_group("worksheet")
    sheet.add_argument("--no-text", action="store_true", help="leave the article text off the worksheet")
    sheet.add_argument("--sections", type=_csv, default=SECTIONS, help=f"worksheet sections in order (default: {','.join(SECTIONS)})")
    sheet.add_argument("--templates", type=Path, help="folder of Jinja2 templates that override the built-in ones")
    sheet.add_argument(
        "--variants", type=int, default=1, metavar="N",
        help="N versions (2-4) of the worksheet and key, questions and options shuffled: <stem>.A.worksheet.html, …",
    )
    build.add_argument("--review", action="store_true", help="also write <stem>.review.html: keep, edit and save the questions, then quizgen render")
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

    dictionary = commands.add_parser(
        "dictionary",
        parents=[common],
        help="show or install the German–English dictionary used for meanings",
        description="Without arguments: show which dictionary gives the English meanings and where it "
        "came from. 'install' fetches Debian's trans-de-en into your cache (no root needed), or "
        "installs a dictionary file or URL (Ding, FreeDict dictd .index or TEI, TSV), after checking it.",
    )
    dictionary.add_argument("action", nargs="?", choices=("show", "install"), default="show")
    dictionary.add_argument(
        "--if-missing", action="store_true", help="install only when no dictionary is found (used by 'make demo')"
    )
    dictionary.add_argument(
        "source", nargs="?", default="debian",
        help="for install: a file, an http(s) URL, 'debian' (trans-de-en, the default), "
        "'dict-freedict-deu-eng' or 'ding' (Ding's site)",
    )
    _add_render_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return ExitStatus.USAGE
    try:
        if args.command in ("render", "review"):
            return _render(args)
        if args.command == "analyze":
            return _analyze(args)
        if args.command == "dictionary":
            return _dictionary(args)
        from .batch import run_build

        options = _options(args)
        _hint_without_dictionary(options.dictionary, args.quiet)
        return run_build(args.inputs, options)
    except QuizgenError as error:
        if args.debug:
            traceback.print_exc()
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - a bug: say so in one line unless --debug
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
        formats=_with_review(args),
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
        variants=args.variants,
    )
    options = options.validated(tuple(registry()))
    if "pdf" in options.formats:
        from .exporters.pdf import require_weasyprint

        require_weasyprint()  # before any analysis: a missing extra is a usage error
    return options


def _dictionary(args: argparse.Namespace) -> int:
    """``quizgen dictionary [show | install SOURCE]``."""
    from .extraction.dictionaries import describe, find_dictionary, install

    if args.action == "install":
        if args.if_missing and find_dictionary() is not None:
            return ExitStatus.OK
        installed = install(args.source)
        if not args.quiet:
            print(f"{PROG}: installed {installed.path} ({installed.format}) from {installed.origin}", file=sys.stderr)
        return ExitStatus.OK
    print(describe(find_dictionary()))
    return ExitStatus.OK


def _hint_without_dictionary(dictionary: Path | None, quiet: bool) -> None:
    """Say once, in one line, how to get English meanings when no dictionary can be had."""
    if dictionary is not None or quiet:
        return
    from .extraction.dictionaries import HINT, find_dictionary

    if find_dictionary() is None:
        print(f"{PROG}: {HINT}", file=sys.stderr)


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


def _add_render_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """``quizgen render`` and ``quizgen review``: outputs and the review page from a JSON export."""
    render = commands.add_parser(
        "render",
        parents=[common],
        help="make every output again from a (teacher-edited) JSON export",
        description="Render the deck, worksheet, key, self-check page and exports from a JSON export "
        "that a teacher has edited (questions dropped, reordered or reworded, answers corrected, "
        "glosses added, the title changed). Nothing is analysed again; Anki notes keep their GUIDs.",
    )
    render.add_argument("input", metavar="MATERIAL.json", help="a JSON export (quizgen build --formats json, or saved by the review page)")
    render.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder (default: output/)")
    render.add_argument(
        "--formats", type=_csv, default=None,
        help="comma-separated formats (default: every format but json and review; pdf when WeasyPrint is installed)",
    )
    render.add_argument("--deck", default="Deutsch::quizgen", help="parent deck (default: Deutsch::quizgen)")
    render.add_argument("--single-deck", action="store_true", help="one deck per article instead of subdecks")
    render.add_argument("--no-text", action="store_true", help="leave the article text off the worksheet")
    render.add_argument("--sections", type=_csv, default=SECTIONS, help="worksheet sections in order")
    render.add_argument("--templates", type=Path, help="folder of Jinja2 templates that override the built-in ones")
    review = commands.add_parser(
        "review",
        parents=[common],
        help="write a review page to keep, edit and save the questions of a JSON export",
        description="Write <stem>.review.html: a local page where the teacher reads each question with its "
        "evidence, unticks the ones to drop, edits prompt, options and answer, and saves the edited JSON "
        "(a download; nothing is sent). Then: quizgen render <stem>.json.",
    )
    review.add_argument("input", metavar="MATERIAL.json", help="a JSON export")
    review.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder (default: output/)")
    review.add_argument("--templates", type=Path, help="folder of Jinja2 templates that override the built-in ones")


def _with_review(args: argparse.Namespace) -> tuple[str, ...]:
    """``build --review`` adds the review page to the formats."""
    formats = tuple(args.formats)
    return (*formats, "review") if getattr(args, "review", False) and "review" not in formats else formats


def _render(args: argparse.Namespace) -> int:
    """``quizgen render`` / ``quizgen review``: load the JSON (exit 3 on a bad file, nothing
    written), render every format, write them all at once."""
    from .loading import load_material, render_formats, render_material

    started = time.perf_counter()
    known = tuple(registry())
    review = args.command == "review"
    asked = ("review",) if review else args.formats
    options = Options(
        output=args.output,
        formats=asked or ("html",),
        deck=getattr(args, "deck", "Deutsch::quizgen"),
        single_deck=getattr(args, "single_deck", False),
        no_text=getattr(args, "no_text", False),
        sections=getattr(args, "sections", SECTIONS),
        templates=args.templates,
        quiet=args.quiet,
        debug=args.debug,
    ).validated(known)
    if asked and "pdf" in asked:
        from .exporters.pdf import require_weasyprint

        require_weasyprint()
    material = load_material(args.input)
    skipped: list[str] = []
    if asked is None:
        formats, skipped = render_formats(material, known)
        options = replace(options, formats=formats)
    written = render_material(material, options, options.formats)
    if not args.quiet:
        for line in skipped:
            print(f"{PROG}: {line}", file=sys.stderr)
        what = f"review page {written[0]} (open it in a browser)" if review and written else f"{len(written)} files"
        print(f"{PROG}: {what} from {args.input} in {time.perf_counter() - started:.1f} s → {options.output}/", file=sys.stderr)
    return ExitStatus.OK


__all__ = ["UsageError", "build_parser", "main"]
