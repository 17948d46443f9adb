"""Copies of the database made with SQLite's backup API and checked before they count.

A backup is written under a temporary name, checked with ``PRAGMA integrity_check`` and only
then renamed, so a file named like a backup is always a good one. Names carry the UTC time
(``studyapp-20260131T080500123456Z.sqlite3``), which orders them and tells when the last one
was made.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.store import SCHEMA_VERSION, StoreError, database_path, fast
from studyapp.store.lock import InstanceLock

if TYPE_CHECKING:
    from studyapp.store.engine import Store

DEFAULT_KEEP = 10
AUTO_PREFIX = "studyapp"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_SIDE_FILES = ("-wal", "-shm")  # SQLite's write-ahead log and its index


def backups_dir(home: Path) -> Path:
    return home / "backups"


def backup(source: Store | Path, dest_dir: Path, *, keep: int = DEFAULT_KEEP,
           prefix: str = AUTO_PREFIX, now: datetime | None = None) -> Path:
    """Copy a database (a Store, or the path of a SQLite file) into ``dest_dir``; keep the
    newest ``keep`` backups with this prefix and return the new file."""
    path = source if isinstance(source, Path) else source.path
    if path is None:
        raise StoreError("only a SQLite database can be backed up")
    if not path.exists():
        raise StoreError(f"{path}: no database to back up")
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    target = dest_dir / f"{prefix}-{stamp}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    _copy(path, partial)
    problem = integrity_problem(partial)
    if problem:
        partial.unlink()
        raise StoreError(f"{path}: backup failed its integrity check: {problem}")
    partial.replace(target)
    _prune(dest_dir, prefix, keep)
    return target


def auto_backup_if_due(home: Path, now: datetime, *, keep: int = DEFAULT_KEEP,
                       every: timedelta = timedelta(days=1)) -> Path | None:
    """Make the daily backup when the newest one is older than ``every``; None if not due
    (or there is no database yet)."""
    if not database_path(home).exists():
        return None
    latest = latest_backup_time(backups_dir(home))
    if latest is not None and now - latest < every:
        return None
    return backup(database_path(home), backups_dir(home), keep=keep, now=now)


def latest_backup_time(dest_dir: Path, prefix: str = AUTO_PREFIX) -> datetime | None:
    times = [_time_of(file, prefix) for file in dest_dir.glob(f"{prefix}-*.sqlite3")]
    return max((time for time in times if time is not None), default=None)


def restore(home: Path, backup_file: Path) -> Path | None:
    """Replace the database of ``home`` by ``backup_file``; return where the replaced database
    was kept (None if there was none). Refused while StudyApp runs on ``home``, and for a
    file that is damaged, not a StudyApp database, or newer than this app. An older version
    is upgraded by the next ``open_store``."""
    if not backup_file.is_file():
        raise StoreError(f"{backup_file}: no such file")
    problem = integrity_problem(backup_file)
    if problem:
        raise StoreError(f"{backup_file}: failed its integrity check: {problem}")
    version = fast.schema_version(backup_file)
    if version == 0:
        raise StoreError(f"{backup_file}: not a StudyApp database")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{backup_file}: database schema version {version} is newer than this app's "
            f"version {SCHEMA_VERSION}"
        )
    lock = InstanceLock(home)
    if not lock.acquire():
        raise StoreError(f"{home}: StudyApp is running on this data directory; close it first")
    try:
        target = database_path(home)
        kept = _keep_current(target, backups_dir(home)) if target.exists() else None
        partial = target.with_name(target.name + ".partial")
        _copy(backup_file, partial)
        # The old write-ahead log belongs to the old file (kept above); left in place, SQLite
        # would replay it into the restored one.
        for suffix in _SIDE_FILES:
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        partial.replace(target)
        return kept
    finally:
        lock.release()


def _keep_current(target: Path, dest_dir: Path) -> Path:
    """Back up the database about to be replaced; one too damaged to copy is moved aside."""
    try:
        return backup(target, dest_dir, prefix="before-restore")
    except StoreError:
        stamp = datetime.now(UTC).strftime(_STAMP)
        dest_dir.mkdir(parents=True, exist_ok=True)
        aside = dest_dir / f"damaged-{stamp}.sqlite3"
        for suffix in ("", *_SIDE_FILES):
            if Path(f"{target}{suffix}").exists():
                Path(f"{target}{suffix}").replace(f"{aside}{suffix}")
        return aside


def integrity_problem(path: Path) -> str | None:
    """None when ``PRAGMA integrity_check`` passes, else what it (or opening the file) said."""
    try:
        connection = fast.connect(path, readonly=True)
    except StoreError as error:
        return str(error)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        connection.close()
    messages = [row[0] for row in rows]
    return None if messages == ["ok"] else "; ".join(messages[:5])


def _copy(source: Path, target: Path) -> None:
    source_connection = fast.connect(source, readonly=True)
    try:
        target_connection = sqlite3.connect(target)
        try:
            source_connection.backup(target_connection)
            # A copy is one self-contained file: no write-ahead log beside it.
            target_connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            target_connection.close()
    except sqlite3.Error as error:
        raise StoreError(f"{source}: cannot copy to {target}: {error}") from error
    finally:
        source_connection.close()


def _prune(dest_dir: Path, prefix: str, keep: int) -> None:
    dated = sorted(
        (time, file) for file in dest_dir.glob(f"{prefix}-*.sqlite3")
        if (time := _time_of(file, prefix)) is not None
    )
    for _time, file in dated[: max(len(dated) - keep, 0)]:
        file.unlink()


def _time_of(file: Path, prefix: str) -> datetime | None:
    try:
        stamp = datetime.strptime(file.name[len(prefix) + 1 : -len(".sqlite3")], _STAMP)
    except ValueError:
        return None  # not one of ours (another prefix or a renamed copy): left alone
    return stamp.replace(tzinfo=UTC)
