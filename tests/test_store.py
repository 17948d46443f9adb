"""The database on a real SQLite file: creation, pragmas, UTC timestamps, transactions."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlmodel import select

from studyapp.store import SCHEMA_VERSION, StoreError, database_path, open_store
from studyapp.store.tables import CardState, Profile, QuestionRow, QuizSetRow

EXPECTED_TABLES = {
    "document", "event", "figure", "quiz_set", "question", "profile", "card_state",
    "review_log", "quiz_attempt", "quiz_answer",
}


def test_first_open_creates_every_table_at_the_current_version(tmp_path):
    store = open_store(tmp_path)
    store.close()
    connection = sqlite3.connect(database_path(tmp_path))
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    names = {row[0] for row in rows}
    assert names == EXPECTED_TABLES
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_store_connections_enforce_foreign_keys(tmp_path):
    with open_store(tmp_path) as store, store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    with open_store(tmp_path) as store, pytest.raises(Exception, match="FOREIGN KEY"):
        with store.session() as session:
            session.add(QuestionRow(id="q1", set_id=999, kind="flashcard"))


def test_aware_datetimes_round_trip_as_utc(tmp_path):
    paris_winter = timezone(timedelta(hours=1))
    moment = datetime(2026, 1, 31, 9, 5, 0, 123456, tzinfo=paris_winter)
    with open_store(tmp_path) as store:
        with store.session() as session:
            session.add(Profile(name="ana", created_at=moment))
    with open_store(tmp_path) as store, store.session() as session:
        stored = session.exec(select(Profile)).one().created_at
    assert stored == moment
    assert stored.tzinfo == UTC
    assert stored.hour == 8


def test_naive_datetimes_are_refused(tmp_path):
    with open_store(tmp_path) as store, pytest.raises(Exception, match="naive"):
        with store.session() as session:
            session.add(Profile(name="ana", created_at=datetime(2026, 1, 31, 9, 0)))


def test_a_failed_transaction_leaves_nothing_behind(tmp_path):
    now = datetime.now(UTC)
    with open_store(tmp_path) as store:
        with pytest.raises(RuntimeError), store.session() as session:
            session.add(QuizSetRow(title="T", source="t.quiz.yaml", imported_at=now))
            session.flush()
            raise RuntimeError("the user action failed half-way")
        with store.session() as session:
            assert session.exec(select(QuizSetRow)).all() == []


def test_deleting_a_question_deletes_its_card_states(tmp_path):
    now = datetime.now(UTC)
    with open_store(tmp_path) as store:
        with store.session() as session:
            quiz_set = QuizSetRow(title="T", source="t.quiz.yaml", imported_at=now)
            profile = Profile(name="ana", created_at=now)
            session.add_all([quiz_set, profile])
            session.flush()
            session.add(QuestionRow(id="q1", set_id=quiz_set.id, kind="flashcard"))
            session.flush()
            session.add(CardState(profile_id=profile.id, question_id="q1", due=now))
        with store.session() as session:
            session.delete(session.get(QuestionRow, "q1"))
        with store.session() as session:
            assert session.exec(select(CardState)).all() == []


def test_a_file_that_is_not_a_database_is_refused_by_name(tmp_path):
    database_path(tmp_path).write_text("just some notes\n" * 100)
    with pytest.raises(StoreError, match="studyapp.sqlite3"):
        open_store(tmp_path)


def test_a_foreign_sqlite_file_is_not_taken_over(tmp_path):
    connection = sqlite3.connect(database_path(tmp_path))
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="not a StudyApp database"):
        open_store(tmp_path)


def test_a_killed_process_loses_nothing_it_committed(tmp_path):
    code = (
        "import os, signal; from datetime import datetime, UTC; from pathlib import Path\n"
        "from studyapp.store import open_store; from studyapp.store.tables import Profile\n"
        f"store = open_store(Path({str(tmp_path)!r}))\n"
        "with store.session() as session:\n"
        "    session.add(Profile(name='Ana', created_at=datetime.now(UTC)))\n"
        "session = store.session().__enter__()\n"
        "session.add(Profile(name='never committed', created_at=datetime.now(UTC)))\n"
        "session.flush()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", code], timeout=120)
    with open_store(tmp_path) as store, store.session() as session:
        assert session.exec(select(Profile.name)).all() == ["Ana"]


def test_a_sqlite_url_puts_the_database_elsewhere(tmp_path):
    elsewhere = tmp_path / "shared" / "study.db"
    elsewhere.parent.mkdir()
    with open_store(tmp_path / "home", f"sqlite:///{elsewhere}") as store:
        assert store.path == elsewhere
        with store.session() as session:
            session.add(Profile(name="ana", created_at=datetime.now(UTC)))
    assert not database_path(tmp_path / "home").exists()
    with open_store(tmp_path / "other-home", f"sqlite:///{elsewhere}") as store:
        with store.session() as session:
            assert session.exec(select(Profile.name)).all() == ["ana"]
    with pytest.raises(StoreError, match="memory"):
        open_store(tmp_path, "sqlite://")


def test_ordering_item_dates_round_trip_and_payloads_saved_before_them_still_load(tmp_path):
    from studyapp.model import OrderItem, Question, Ymd
    from studyapp.store.codec import question_from_row, question_payload

    items = [OrderItem("a", Ymd(1001, 1, 1), "the 11th century"), OrderItem("b", Ymd(1988, 2, 1)),
             OrderItem("c", Ymd(2024, 1, 1), "1 January 2024")]
    dated = question_payload(Question("o1", "ordering", "Order.", "", items=items))
    old = {"prompt": "Order.", "answer": "",
           "items": [{"text": "a", "start": "1001-01-01"}, {"text": "b", "start": "1988-02-01"}]}
    now = datetime.now(UTC)
    with open_store(tmp_path) as store:
        with store.session() as session:
            quiz_set = QuizSetRow(title="T", source="t.quiz.yaml", imported_at=now)
            session.add(quiz_set)
            session.flush()
            session.add_all([QuestionRow(id=id_, set_id=quiz_set.id, kind="ordering",
                                         payload=payload)
                             for id_, payload in (("o1", dated), ("o0", old))])
        with store.session() as session:
            loaded = {row.id: question_from_row(row.id, row.kind, row.fact, row.status,
                                                row.payload)
                      for row in session.exec(select(QuestionRow)).all()}
    assert loaded["o1"].items == items
    assert loaded["o0"].items == [OrderItem("a", Ymd(1001, 1, 1)), OrderItem("b", Ymd(1988, 2, 1))]
