"""Marking reviewed questions ready (or back to draft) in a set file, keeping its comments.

    python -m studyapp.quizsets.review SET.quiz.yaml --ready-all-but ID... [--note TEXT]
    python -m studyapp.quizsets.review SET.quiz.yaml --draft ID...
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studyapp.quizsets.diagnostics import QuizSetError
from studyapp.quizsets.load import load_set
from studyapp.quizsets.save import save_set


def set_status(path: Path, status: str, ids: set[str] | None = None,
               all_but: set[str] = frozenset()) -> int:
    """Give ``status`` to the questions ``ids`` (all if None) except ``all_but``; how many
    changed. Unknown ids are an error: a typo must not pass silently."""
    quizset = load_set(path)
    known = {question.id for question in quizset.questions}
    unknown = ((ids or set()) | set(all_but)) - known
    if unknown:
        raise KeyError(f"{path}: no question with id {', '.join(sorted(unknown))}")
    changed = 0
    for question in quizset.questions:
        chosen = (ids is None or question.id in ids) and question.id not in all_but
        if chosen and question.status != status:
            question.status = status
            changed += 1
    save_set(quizset, path)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m studyapp.quizsets.review")
    parser.add_argument("path", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--ready-all-but", nargs="*", metavar="ID",
                       help="mark every question ready except these (reviewed and rejected)")
    group.add_argument("--draft", nargs="+", metavar="ID", help="put these back to draft")
    args = parser.parse_args(argv)
    try:
        if args.draft:
            changed = set_status(args.path, "draft", set(args.draft))
        else:
            changed = set_status(args.path, "ready", None, set(args.ready_all_but))
    except (QuizSetError, KeyError) as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{args.path}: {changed} questions changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
