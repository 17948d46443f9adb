"""The `studyapp backup` and `studyapp restore` commands."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from studyapp.cli import CommandError
from studyapp.home import resolve_home
from studyapp.store import StoreError, database_path
from studyapp.store.backup import backup, backups_dir, restore


def backup_command(home: Path | None) -> int:
    """Back up the database now (works while the app runs) and print the backup's path."""
    home = resolve_home(home)
    try:
        path = backup(database_path(home), backups_dir(home), now=datetime.now(UTC))
    except StoreError as error:
        raise CommandError(str(error)) from None
    print(path)
    return 0


def restore_command(file: Path, home: Path | None) -> int:
    """Replace the database by a backup, keeping a copy of the one replaced."""
    home = resolve_home(home)
    try:
        previous = restore(home, file)
    except StoreError as error:
        raise CommandError(str(error)) from None
    print(f"restored {file} into {database_path(home)}")
    if previous is not None:
        print(f"the replaced database was saved as {previous}")
    return 0
