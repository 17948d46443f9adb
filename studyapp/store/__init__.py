"""The local database: where it lives, its tables, its schema version, backups.

Importing this package is cheap (no SQLAlchemy): the first screen reads through
:mod:`studyapp.store.fast` with the standard library, and :func:`open_store` pulls in
SQLModel only when it is called.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studyapp.store.engine import Store

# The schema this version of the app writes; each upgrade step in migrations.py raises it by 1.
SCHEMA_VERSION = 4
DATABASE_NAME = "studyapp.sqlite3"


class StoreError(Exception):
    """The database cannot be opened or changed as asked; the message says why and where."""


class SchemaTooNewError(StoreError):
    """The file was written by a newer StudyApp; opening it could damage it."""

    def __init__(self, path: Path, file_version: int, app_version: int = SCHEMA_VERSION):
        super().__init__(
            f"{path}: database schema version {file_version} is newer than this app's "
            f"version {app_version}; update StudyApp to open it"
        )
        self.path = path
        self.file_version = file_version
        self.app_version = app_version


def database_path(home: Path) -> Path:
    """The SQLite file of a data directory."""
    return home / DATABASE_NAME


def __getattr__(name: str) -> object:
    # ``from studyapp.store import Store`` works, but loads SQLModel only when asked.
    if name == "Store":
        from studyapp.store.engine import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(home: Path, url: str | None = None) -> Store:
    """Open (creating or upgrading as needed) the database of ``home``, or ``url`` if given."""
    from studyapp.store.engine import open_store as open_

    return open_(home, url)
