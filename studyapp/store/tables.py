"""The database schema, as SQLModel tables.

Conventions: timestamps are aware UTC (:class:`UTCDateTime`); a question's content lives in
one JSON ``payload`` (see :mod:`studyapp.store.codec`) so new question fields need no schema
change; logs and quiz answers keep a plain ``question_id`` without a foreign key, because
history outlives a question removed from its set. Changing a table here means adding an upgrade
step in :mod:`studyapp.store.migrations` and raising ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, TypeDecorator, UniqueConstraint
from sqlmodel import Field, SQLModel

from studyapp.store import utc


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out; naive datetimes are refused."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        return None if value is None else utc.to_text(value)

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        return None if value is None else utc.from_text(value)


class Document(SQLModel, table=True):
    __tablename__ = "document"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    title: str
    sha256: str
    imported_at: datetime = Field(sa_type=UTCDateTime)
    # The text as read, so a source sentence can be shown in place even if the file moved.
    original: str = Field(default="", sa_column_kwargs={"server_default": ""})


class EventRow(SQLModel, table=True):
    """A dated event; ``start``/``end`` are ``Ymd.iso()``, ``start_key`` orders them (BCE too)."""

    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", index=True)
    start: str
    end: str
    start_key: int = Field(index=True)
    precision: str
    date_text: str = ""
    statement: str
    payload: dict = Field(default_factory=dict, sa_type=JSON)


class FigureRow(SQLModel, table=True):
    __tablename__ = "figure"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    minor: bool = False
    payload: dict = Field(default_factory=dict, sa_type=JSON)


class QuizSetRow(SQLModel, table=True):
    """A set in the library; ``source`` is the file it came from (bundled: the file name)."""

    __tablename__ = "quiz_set"
    __table_args__ = (UniqueConstraint("source", "bundled"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str
    description: str = ""
    language: str = "en"
    source: str
    bundled: bool = False
    content_hash: str = ""
    documents: list = Field(default_factory=list, sa_type=JSON)
    imported_at: datetime = Field(sa_type=UTCDateTime)


class QuestionRow(SQLModel, table=True):
    __tablename__ = "question"

    id: str = Field(primary_key=True)
    set_id: int = Field(foreign_key="quiz_set.id", ondelete="CASCADE", index=True)
    kind: str = "flashcard"
    fact: str = ""
    status: str = "draft"
    payload: dict = Field(default_factory=dict, sa_type=JSON)
    position: int = 0


class Profile(SQLModel, table=True):
    __tablename__ = "profile"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    # Personal FSRS-6 parameters fitted from this learner's reviews; None: the defaults.
    fsrs_parameters: list | None = Field(default=None, sa_type=JSON)


class CardState(SQLModel, table=True):
    """A learner's FSRS state of one question; no row means the question is new to them.

    ``state`` is ``fsrs.State`` (1 learning, 2 review, 3 relearning). ``buried_until`` is the
    learner's local day (ISO date) on which a buried card comes back.
    """

    __tablename__ = "card_state"
    __table_args__ = (Index("ix_card_state_profile_due", "profile_id", "due"),)

    profile_id: int = Field(foreign_key="profile.id", ondelete="CASCADE", primary_key=True)
    question_id: str = Field(foreign_key="question.id", ondelete="CASCADE", primary_key=True)
    state: int = 1
    step: int | None = 0
    stability: float | None = None
    difficulty: float | None = None
    due: datetime = Field(sa_type=UTCDateTime)
    last_review: datetime | None = Field(default=None, sa_type=UTCDateTime)
    suspended: bool = False
    buried_until: str | None = None
    flag: int = 0


class ReviewLog(SQLModel, table=True):
    """One answer to a card; ``previous`` is the card state before it (None: was new)."""

    __tablename__ = "review_log"
    __table_args__ = (Index("ix_review_log_profile_time", "profile_id", "review_time"),)

    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", ondelete="CASCADE")
    question_id: str = Field(index=True)
    rating: int
    review_time: datetime = Field(sa_type=UTCDateTime)
    duration_ms: int | None = None
    previous: dict | None = Field(default=None, sa_type=JSON)


class QuizAttempt(SQLModel, table=True):
    __tablename__ = "quiz_attempt"

    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", ondelete="CASCADE", index=True)
    set_ids: list = Field(default_factory=list, sa_type=JSON)
    started: datetime = Field(sa_type=UTCDateTime)
    finished: datetime = Field(sa_type=UTCDateTime)
    score: float = 0.0
    question_count: int = 0


class QuizAnswer(SQLModel, table=True):
    """One graded answer of an attempt; ``score`` 0..1 allows partial credit."""

    __tablename__ = "quiz_answer"

    id: int | None = Field(default=None, primary_key=True)
    attempt_id: int = Field(foreign_key="quiz_attempt.id", ondelete="CASCADE", index=True)
    question_id: str = Field(index=True)
    position: int = 0
    response: Any = Field(default=None, sa_type=JSON)
    score: float = 0.0
    correct: bool = False
