"""Standard-library access to the SQLite file, for paths where importing SQLAlchemy costs too
much: the first screen (is the schema current? what does the library hold?) and backups.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studyapp.store import StoreError


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection to an existing database file with foreign keys on, in autocommit mode
    (``isolation_level=None``: the caller writes ``BEGIN``/``COMMIT`` itself)."""
    mode = "ro" if readonly else "rw"
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode={mode}", uri=True, isolation_level=None, timeout=10
        )
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open the database: {error}") from error
    return connection


def schema_version(path: Path) -> int:
    """The schema version written in the file (PRAGMA user_version); 0 when there is no file."""
    if not path.exists():
        return 0
    connection = connect(path, readonly=True)
    try:
        return connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not a StudyApp database ({error})") from error
    finally:
        connection.close()


def read_profiles(path: Path) -> list[tuple[int, str]]:
    """(id, name) of every profile, oldest first, so the first screen can pick one at once."""
    if not path.exists():
        return []
    connection = connect(path, readonly=True)
    try:
        return connection.execute("SELECT id, name FROM profile ORDER BY id").fetchall()
    finally:
        connection.close()
