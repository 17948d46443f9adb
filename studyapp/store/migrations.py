"""Numbered schema upgrade steps, as frozen SQL run with the standard library.

``STEPS[n]`` turns a version ``n - 1`` file into version ``n``. Steps are plain SQL text, never
built from the current tables, so an old file is upgraded exactly as it was at the time; a test
checks that upgrading version 1 step by step gives the same schema as creating it fresh.
Version 1 is the first schema (library, documents, cards, review log).
"""

from __future__ import annotations

import sqlite3

STEPS: dict[int, str] = {
    # 2: quiz attempts and their answers, which count towards mastery.
    2: """
        CREATE TABLE quiz_attempt (
            id INTEGER NOT NULL,
            profile_id INTEGER NOT NULL,
            set_ids JSON NOT NULL,
            started VARCHAR(32) NOT NULL,
            finished VARCHAR(32) NOT NULL,
            score FLOAT NOT NULL,
            question_count INTEGER NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(profile_id) REFERENCES profile (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_quiz_attempt_profile_id ON quiz_attempt (profile_id);
        CREATE TABLE quiz_answer (
            id INTEGER NOT NULL,
            attempt_id INTEGER NOT NULL,
            question_id VARCHAR NOT NULL,
            position INTEGER NOT NULL,
            response JSON NOT NULL,
            score FLOAT NOT NULL,
            correct BOOLEAN NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_quiz_answer_attempt_id ON quiz_answer (attempt_id);
        CREATE INDEX ix_quiz_answer_question_id ON quiz_answer (question_id);
    """,
    # 3: personal FSRS parameters, fitted from the learner's own review log.
    3: """
        ALTER TABLE profile ADD COLUMN fsrs_parameters JSON;
    """,
    # 4: a document's text, to show a question's source sentence in its document.
    4: """
        ALTER TABLE document ADD COLUMN original VARCHAR DEFAULT '' NOT NULL;
    """,
}


def upgrade(connection: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Run every step after ``from_version`` in one transaction: all of them or none.

    ``connection`` must be in autocommit mode (``isolation_level=None``) so this function
    controls the transaction; SQLite's DDL is transactional.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version + 1, to_version + 1):
            for statement in _statements(STEPS[version]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    # executescript() would commit first; statements one by one stay inside our transaction.
    return [part.strip() for part in script.split(";") if part.strip()]
