"""The `studyapp` command: no argument opens the window; subcommands work without a screen.

Each subcommand imports its layer only when it runs, so `studyapp --version` and the window's
start-up pay for nothing they do not use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studyapp import APP_NAME, __version__


class CommandError(Exception):
    """A failure to report as one line on stderr with a non-zero exit, never a traceback."""


def _run_app(args: argparse.Namespace) -> int:
    from studyapp.ui.app import run

    return run(home=args.home)


def _generate(args: argparse.Namespace) -> int:
    from studyapp.generate.command import generate_command

    return generate_command(args.documents, args.output, seed=args.seed, prune=args.prune)


def _validate(args: argparse.Namespace) -> int:
    from studyapp.quizsets.commands import validate_command

    return validate_command(args.paths)


def _export(args: argparse.Namespace) -> int:
    from studyapp.quizsets.commands import export_command

    return export_command(args.set, args.format, args.output, home=args.home)


def _add_question_commands(sub) -> None:
    generate = sub.add_parser("generate", help="make a quiz set (*.quiz.yaml) from documents")
    generate.add_argument("documents", nargs="+", type=Path, metavar="DOC")
    generate.add_argument("-o", "--output", type=Path, required=True, metavar="NAME.quiz.yaml",
                          help="the set file; an existing one keeps its questions' edits")
    generate.add_argument("--seed", type=int, default=0, help="same seed, same set (default 0)")
    generate.add_argument("--prune", action="store_true",
                          help="drop drafts that no longer come out (ready ones are kept)")
    generate.set_defaults(func=_generate)
    validate = sub.add_parser("validate", help="check quiz-set files; exit 1 listing every problem")
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    validate.set_defaults(func=_validate)
    export = sub.add_parser("export", help="write a quiz set in another format")
    export.add_argument("set", metavar="SET", help="a set file, or a set's name in the library")
    export.add_argument("--format", default="json", choices=["json"])
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(func=_export)


def _backup(args: argparse.Namespace) -> int:
    from studyapp.store.commands import backup_command

    return backup_command(args.home)


def _restore(args: argparse.Namespace) -> int:
    from studyapp.store.commands import restore_command

    return restore_command(args.file, args.home)


def _add_store_commands(sub) -> None:
    # --home also after the command name; SUPPRESS keeps a --home given before it.
    home = argparse.ArgumentParser(add_help=False)
    home.add_argument("--home", type=Path, default=argparse.SUPPRESS, help="data directory")
    backup = sub.add_parser("backup", parents=[home],
                            help="back up the database now and print the backup's path")
    backup.set_defaults(func=_backup)
    restore = sub.add_parser("restore", parents=[home],
                             help="replace the database by a backup (StudyApp must be closed)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(func=_restore)


def _extract(args: argparse.Namespace) -> int:
    from studyapp.extract.command import extract_command

    return extract_command(args.files, args.json)


def _add_extract_command(sub) -> None:
    extract = sub.add_parser("extract", help="list the dated events and key figures of documents")
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.add_argument("--json", action="store_true", help="print JSON (docs/extraction.md)")
    extract.set_defaults(func=_extract)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyapp", description=f"{APP_NAME}: study from documents."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--home", type=Path, default=None,
        help="data directory (default: STUDYAPP_HOME, else the per-user data directory)",
    )
    parser.set_defaults(func=_run_app)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_question_commands(sub)
    _add_store_commands(sub)
    _add_extract_command(sub)
    del sub  # subcommands are registered here by the later layers
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CommandError as error:
        print(f"studyapp: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
