"""Backups and restore on real files, through the functions and the command line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from studyapp.cli import main
from studyapp.store import SCHEMA_VERSION, StoreError, database_path, open_store
from studyapp.store.backup import auto_backup_if_due, backup, integrity_problem, restore
from studyapp.store.lock import InstanceLock
from studyapp.store.tables import Profile

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def add_profile(home, name):
    with open_store(home) as store, store.session() as session:
        session.add(Profile(name=name, created_at=NOW))


def add_profile_and_die(home, name):
    """Commit a profile in another process that is then killed, leaving its WAL behind."""
    code = (
        "import os, signal; from datetime import datetime, UTC; from pathlib import Path\n"
        "from studyapp.store import open_store; from studyapp.store.tables import Profile\n"
        f"store = open_store(Path({str(home)!r}))\n"
        "with store.session() as session:\n"
        f"    session.add(Profile(name={name!r}, created_at=datetime.now(UTC)))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", code], timeout=120)


def profile_names(path):
    connection = sqlite3.connect(path)
    names = [row[0] for row in connection.execute("SELECT name FROM profile ORDER BY id")]
    connection.close()
    return names


def test_a_backup_holds_what_was_committed_even_before_a_checkpoint(tmp_path):
    with open_store(tmp_path) as store:
        with store.session() as session:
            session.add(Profile(name="Ana", created_at=NOW))
        assert (tmp_path / "studyapp.sqlite3-wal").exists()  # the row is in the WAL still
        copy = backup(store, tmp_path / "backups", now=NOW)
    assert copy.name == "studyapp-20260310T120000000000Z.sqlite3"
    assert integrity_problem(copy) is None
    assert profile_names(copy) == ["Ana"]


def test_only_the_newest_backups_are_kept(tmp_path):
    open_store(tmp_path).close()
    other = backup(database_path(tmp_path), tmp_path / "backups", prefix="before-upgrade-v1")
    made = [backup(database_path(tmp_path), tmp_path / "backups", keep=3,
                   now=NOW + timedelta(days=day)) for day in range(5)]
    left = sorted(path.name for path in (tmp_path / "backups").iterdir())
    assert left == sorted([other.name] + [path.name for path in made[-3:]])


def test_the_automatic_backup_is_made_once_a_day(tmp_path):
    assert auto_backup_if_due(tmp_path, NOW) is None  # no database yet
    open_store(tmp_path).close()
    first = auto_backup_if_due(tmp_path, NOW)
    assert first is not None and first.exists()
    assert auto_backup_if_due(tmp_path, NOW + timedelta(hours=23)) is None
    second = auto_backup_if_due(tmp_path, NOW + timedelta(hours=25))
    assert second is not None and second != first
    assert len(list((tmp_path / "backups").glob("studyapp-*.sqlite3"))) == 2


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(tmp_path):
    add_profile(tmp_path, "Ana")
    saved = backup(database_path(tmp_path), tmp_path / "backups", now=NOW)
    add_profile_and_die(tmp_path, "Ben")
    assert (tmp_path / "studyapp.sqlite3-wal").exists()
    kept = restore(tmp_path, saved)
    assert profile_names(database_path(tmp_path)) == ["Ana"]
    assert profile_names(kept) == ["Ana", "Ben"]
    with open_store(tmp_path) as store, store.session() as session:
        assert session.exec(select(Profile.name)).all() == ["Ana"]


def test_restore_moves_a_damaged_database_aside(tmp_path):
    add_profile(tmp_path, "Ana")
    saved = backup(database_path(tmp_path), tmp_path / "backups", now=NOW)
    database_path(tmp_path).write_bytes(b"not a database at all" * 100)
    kept = restore(tmp_path, saved)
    assert kept.name.startswith("damaged-")
    assert profile_names(database_path(tmp_path)) == ["Ana"]


def damaged_copy(tmp_path):
    add_profile(tmp_path, "Ana")
    saved = backup(database_path(tmp_path), tmp_path / "backups", now=NOW)
    connection = sqlite3.connect(saved)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'profile'")
    start = (root.fetchone()[0] - 1) * page_size
    connection.close()
    data = bytearray(saved.read_bytes())
    data[start: start + page_size] = b"\xff" * page_size  # scribble over the table's page
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    return damaged


def test_restore_refuses_a_damaged_file_and_changes_nothing(tmp_path):
    damaged = damaged_copy(tmp_path)
    before = database_path(tmp_path).read_bytes()
    with pytest.raises(StoreError, match=r"damaged\.sqlite3: failed its integrity check"):
        restore(tmp_path, damaged)
    assert database_path(tmp_path).read_bytes() == before


def test_restore_refuses_a_file_from_a_newer_app(tmp_path):
    add_profile(tmp_path, "Ana")
    newer = backup(database_path(tmp_path), tmp_path / "backups", now=NOW)
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match=f"version {SCHEMA_VERSION + 1} is newer"):
        restore(tmp_path, newer)


def test_restore_refuses_while_the_app_runs(tmp_path):
    add_profile(tmp_path, "Ana")
    saved = backup(database_path(tmp_path), tmp_path / "backups", now=NOW)
    add_profile(tmp_path, "Ben")
    with InstanceLock(tmp_path) as running:
        assert running.acquire()
        with pytest.raises(StoreError, match="running"):
            restore(tmp_path, saved)
    assert profile_names(database_path(tmp_path)) == ["Ana", "Ben"]


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "studyapp", *args], capture_output=True,
                          text=True, timeout=120)


def test_backup_and_restore_from_the_command_line(tmp_path):
    add_profile(tmp_path, "Ana")
    made = run_cli("backup", "--home", str(tmp_path))
    assert made.returncode == 0, made.stderr
    path = made.stdout.strip()
    assert profile_names(path) == ["Ana"]
    add_profile(tmp_path, "Ben")
    restored = run_cli("--home", str(tmp_path), "restore", path)
    assert restored.returncode == 0, restored.stderr
    assert "before-restore-" in restored.stdout
    assert profile_names(database_path(tmp_path)) == ["Ana"]


def test_command_line_errors_are_one_line_naming_the_file(tmp_path, capsys):
    damaged = damaged_copy(tmp_path)
    assert main(["restore", str(damaged), "--home", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("studyapp: ") and str(damaged) in error
    assert len(error.strip().splitlines()) == 1
    assert main(["backup", "--home", str(tmp_path / "empty")]) == 1
    assert "no database to back up" in capsys.readouterr().err
