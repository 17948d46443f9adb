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
