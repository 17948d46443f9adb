"""The `validate` and `export` subcommands (the command line imports this only when used)."""

from __future__ import annotations

import sys
from pathlib import Path

from studyapp.cli import CommandError
from studyapp.model import QuizSet
from studyapp.quizsets.diagnostics import QuizSetError
from studyapp.quizsets.formats import get_format
from studyapp.quizsets.load import load_set


def validate_command(paths: list[Path]) -> int:
    """Check every file (a folder: its *.quiz.yaml files); print all problems; 1 if any."""
    failed = False
    for path in _expand(paths):
        try:
            quizset = load_set(path)
        except QuizSetError as error:
            print(error, file=sys.stderr)
            failed = True
            continue
        ready = sum(question.status == "ready" for question in quizset.questions)
        print(f"{path}: ok, {len(quizset.questions)} questions ({ready} ready)")
    return 1 if failed else 0


def export_command(name: str, format_name: str, output: Path, home: Path | None = None) -> int:
    quizset = _find_set(name, home)
    get_format(format_name).write(quizset, output)
    print(f"{output}: {len(quizset.questions)} questions")
    return 0


def _expand(paths: list[Path]) -> list[Path]:
    result = []
    for path in paths:
        result.extend(sorted(path.glob("*.quiz.yaml")) if path.is_dir() else [path])
    return result


def _find_set(name: str, home: Path | None) -> QuizSet:
    """A set file when ``name`` is one, else the library's set of that title."""
    path = Path(name)
    if path.exists() or path.suffix in {".yaml", ".yml"}:
        try:
            return load_set(path)
        except QuizSetError as error:
            raise CommandError(str(error)) from None
    from studyapp.quizsets.library import set_from_library

    return set_from_library(name, home)
