"""quizgen's own exceptions and the exit status each one maps to.

The CLI turns these into one line on stderr and the status below; anything else is a bug
and is reported as such (with a traceback only under ``--debug``).
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1  # unexpected internal error
    USAGE = 2  # bad command line or options
    INPUT = 3  # a file that cannot be read or used as an article
    OUTPUT = 4  # an output that cannot be written


class QuizgenError(Exception):
    """Base class: the message is one line that names the bad value."""

    status = ExitStatus.ERROR


class UsageError(QuizgenError):
    status = ExitStatus.USAGE


class InputError(QuizgenError):
    status = ExitStatus.INPUT


class AnalysisError(QuizgenError):
    status = ExitStatus.ERROR


class ExportError(QuizgenError):
    status = ExitStatus.OUTPUT
