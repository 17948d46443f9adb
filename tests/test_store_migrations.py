"""Schema versions on real files: upgrading an old file, refusing a newer one."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from studyapp.services.library import library_summary
from studyapp.store import (
    SCHEMA_VERSION,
    SchemaTooNewError,
    StoreError,
    database_path,
    fast,
    migrations,
    open_store,
)
from studyapp.store.backup import restore
from studyapp.store.tables import CardState, Profile, QuestionRow, ReviewLog

# The schema as version 1 of the app wrote it. Frozen: never edit to match tables.py.
VERSION_1_DDL = """
CREATE TABLE document (id INTEGER NOT NULL, name VARCHAR NOT NULL, title VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL, imported_at VARCHAR(32) NOT NULL, PRIMARY KEY (id), UNIQUE (name));
CREATE TABLE figure (id INTEGER NOT NULL, name VARCHAR NOT NULL, minor BOOLEAN NOT NULL,
  payload JSON NOT NULL, PRIMARY KEY (id));
CREATE INDEX ix_figure_name ON figure (name);
CREATE TABLE profile (id INTEGER NOT NULL, name VARCHAR NOT NULL,
  created_at VARCHAR(32) NOT NULL, PRIMARY KEY (id), UNIQUE (name));
CREATE TABLE quiz_set (id INTEGER NOT NULL, title VARCHAR NOT NULL,
  description VARCHAR NOT NULL, language VARCHAR NOT NULL, source VARCHAR NOT NULL,
  bundled BOOLEAN NOT NULL, content_hash VARCHAR NOT NULL, documents JSON NOT NULL,
  imported_at VARCHAR(32) NOT NULL, PRIMARY KEY (id), UNIQUE (source, bundled));
CREATE TABLE event (id INTEGER NOT NULL, document_id INTEGER NOT NULL, start VARCHAR NOT NULL,
  "end" VARCHAR NOT NULL, start_key INTEGER NOT NULL, precision VARCHAR NOT NULL,
  date_text VARCHAR NOT NULL, statement VARCHAR NOT NULL, payload JSON NOT NULL,
  PRIMARY KEY (id), FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE);
CREATE INDEX ix_event_document_id ON event (document_id);
CREATE INDEX ix_event_start_key ON event (start_key);
CREATE TABLE question (id VARCHAR NOT NULL, set_id INTEGER NOT NULL, kind VARCHAR NOT NULL,
  fact VARCHAR NOT NULL, status VARCHAR NOT NULL, payload JSON NOT NULL,
  position INTEGER NOT NULL, PRIMARY KEY (id),
  FOREIGN KEY(set_id) REFERENCES quiz_set (id) ON DELETE CASCADE);
CREATE INDEX ix_question_set_id ON question (set_id);
CREATE TABLE review_log (id INTEGER NOT NULL, profile_id INTEGER NOT NULL,
  question_id VARCHAR NOT NULL, rating INTEGER NOT NULL, review_time VARCHAR(32) NOT NULL,
  duration_ms INTEGER, previous JSON, PRIMARY KEY (id),
  FOREIGN KEY(profile_id) REFERENCES profile (id) ON DELETE CASCADE);
CREATE INDEX ix_review_log_profile_time ON review_log (profile_id, review_time);
CREATE INDEX ix_review_log_question_id ON review_log (question_id);
CREATE TABLE card_state (profile_id INTEGER NOT NULL, question_id VARCHAR NOT NULL,
  state INTEGER NOT NULL, step INTEGER, stability FLOAT, difficulty FLOAT,
  due VARCHAR(32) NOT NULL, last_review VARCHAR(32), suspended BOOLEAN NOT NULL,
  buried_until VARCHAR, flag INTEGER NOT NULL, PRIMARY KEY (profile_id, question_id),
  FOREIGN KEY(profile_id) REFERENCES profile (id) ON DELETE CASCADE,
  FOREIGN KEY(question_id) REFERENCES question (id) ON DELETE CASCADE);
CREATE INDEX ix_card_state_profile_due ON card_state (profile_id, due);
"""

VERSION_1_DATA = """
INSERT INTO profile VALUES (1, 'Ana', '2025-12-01T10:00:00.000000+00:00');
INSERT INTO quiz_set VALUES (1, 'Revolutions', '', 'en', 'r.quiz.yaml', 1, 'abc', '[]',
  '2025-12-01T10:00:00.000000+00:00');
INSERT INTO question VALUES ('q-1', 1, 'flashcard', 'event:1848', 'ready',
  '{"prompt": "When?", "answer": "1848"}', 0);
INSERT INTO card_state VALUES (1, 'q-1', 2, NULL, 12.5, 4.2,
  '2025-12-20T10:00:00.000000+00:00', '2025-12-08T10:00:00.000000+00:00', 0, NULL, 0);
INSERT INTO review_log VALUES (1, 1, 'q-1', 3, '2025-12-08T10:00:00.000000+00:00', 4200,
  NULL);
"""


def write_old_file(home, version=1):
    """A file as version 1 wrote it, with data, brought to ``version`` by the upgrade steps."""
    connection = sqlite3.connect(database_path(home))
    connection.executescript(VERSION_1_DDL + VERSION_1_DATA)
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.isolation_level = None
    migrations.upgrade(connection, 1, version)
    connection.close()


def schema_of(path):
    """Tables with their columns, keys and indexes, independent of the DDL's spelling."""
    connection = sqlite3.connect(path)
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    schema = {
        table: (
            connection.execute(f'PRAGMA table_info("{table}")').fetchall(),
            sorted(connection.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()),
            sorted((index[1], index[2], tuple(
                column[2] for column in connection.execute(f'PRAGMA index_info("{index[1]}")')
            )) for index in connection.execute(f'PRAGMA index_list("{table}")')),
        )
        for table in tables
    }
    connection.close()
    return schema


@pytest.mark.parametrize("old_version", range(1, SCHEMA_VERSION))
def test_upgrade_keeps_the_data_and_leaves_a_backup(tmp_path, old_version):
    write_old_file(tmp_path, old_version)
    with open_store(tmp_path) as store, store.session() as session:
        assert session.exec(select(Profile.name)).all() == ["Ana"]
        state = session.get(CardState, (1, "q-1"))
        assert state.stability == 12.5
        assert state.due == datetime(2025, 12, 20, 10, tzinfo=UTC)
        assert session.get(QuestionRow, "q-1").payload["answer"] == "1848"
        assert session.exec(select(ReviewLog.duration_ms)).all() == [4200]
    connection = sqlite3.connect(database_path(tmp_path))
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    connection.close()

    [backup] = (tmp_path / "backups").glob(f"before-upgrade-v{old_version}-*.sqlite3")
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert copy.execute("SELECT name FROM profile").fetchall() == [("Ana",)]
    copy.close()


def test_upgraded_schema_is_the_schema_of_a_new_file(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    write_old_file(old)
    open_store(old).close()
    open_store(new).close()
    assert schema_of(database_path(old)) == schema_of(database_path(new))


def test_a_file_from_a_newer_app_is_refused_naming_file_and_versions(tmp_path):
    open_store(tmp_path).close()
    connection = sqlite3.connect(database_path(tmp_path))
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.close()
    before = database_path(tmp_path).read_bytes()
    expected = (rf"studyapp\.sqlite3.*version {SCHEMA_VERSION + 5} is newer than "
                rf"this app's version {SCHEMA_VERSION}")
    with pytest.raises(SchemaTooNewError, match=expected):
        open_store(tmp_path)
    with pytest.raises(SchemaTooNewError, match=expected):
        library_summary(tmp_path, 1, datetime.now(UTC))
    assert database_path(tmp_path).read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_failed_upgrade_leaves_the_file_as_it_was(tmp_path):
    write_old_file(tmp_path)
    connection = sqlite3.connect(database_path(tmp_path))
    connection.execute("CREATE TABLE quiz_answer (note TEXT)")  # in the way of step 2
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match=r"studyapp\.sqlite3: upgrading .* from version 1"):
        open_store(tmp_path)
    connection = sqlite3.connect(database_path(tmp_path))
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "quiz_attempt" not in tables  # created by step 2 before it failed, rolled back
    assert connection.execute("SELECT name FROM profile").fetchall() == [("Ana",)]
    connection.close()


def test_restoring_a_pre_upgrade_backup_upgrades_it_again_on_open(tmp_path):
    write_old_file(tmp_path)
    open_store(tmp_path).close()
    [before_upgrade] = (tmp_path / "backups").glob("before-upgrade-v1-*.sqlite3")
    restore(tmp_path, before_upgrade)
    assert fast.schema_version(database_path(tmp_path)) == 1
    with open_store(tmp_path) as store, store.session() as session:
        assert session.exec(select(Profile.name)).all() == ["Ana"]
    assert fast.schema_version(database_path(tmp_path)) == SCHEMA_VERSION
