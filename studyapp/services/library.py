"""The library: profiles, the quiz sets a learner can study, and how far they have come.

``library_summary`` feeds the first screen, so it and this module's imports stay light: it
reads the SQLite file with the standard library when given the data directory. The functions
that write go through the ORM, which they import when called.
"""

from __future__ import annotations

import getpass
import hashlib
import sqlite3
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.model import REVIEW_KINDS, Document
from studyapp.srs.days import study_day
from studyapp.store import SCHEMA_VERSION, SchemaTooNewError, StoreError, database_path, fast
from studyapp.store.codec import (
    event_from_row,
    event_payload,
    figure_from_row,
    figure_payload,
    question_payload,
    start_key,
)
from studyapp.store.utc import to_text

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from studyapp.model import Event, Figure, QuizSet
    from studyapp.store.engine import Store

BUNDLED_PACKAGE = "studyapp.questions"
BUNDLED_SUFFIX = ".quiz.yaml"
DEFAULT_PROFILE_NAME = "Learner"


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    created_at: datetime


@dataclass(frozen=True)
class SetSummary:
    """One set as the library shows it to a learner.

    ``total`` counts ready questions of every kind. ``new``, ``due`` and ``learned`` count
    only the cards Review studies (``model.REVIEW_KINDS``): ``new`` those never reviewed;
    ``due`` reviewed ones due now (not suspended or buried); ``learned`` those in FSRS review
    state. ``mastery`` (0..1) is the share of all ready questions the learner knows: a learned
    card, or a question answered right the last time a quiz asked it. When the learner chose
    to study the drafts of an imported set (``drafts_included``), its drafts count as ready.
    ``drafts`` is the number of draft questions in the set.
    """

    id: int
    title: str
    description: str
    total: int
    new: int
    due: int
    learned: int
    mastery: float
    bundled: bool = False
    drafts: int = 0
    drafts_included: bool = False


def ensure_profile(store: Store) -> int:
    """The first profile's id; on first start, create one named after the computer's user."""
    from sqlmodel import select

    from studyapp.store.tables import Profile

    with store.session() as session:
        first = session.exec(select(Profile.id).order_by(Profile.id).limit(1)).first()
    if first is not None:
        return first
    return create_profile(store, _os_user_name())


def create_profile(store: Store, name: str) -> int:
    from sqlmodel import select

    from studyapp.store.tables import Profile

    name = name.strip()
    if not name:
        raise StoreError("a profile needs a name")
    with store.session() as session:
        if session.exec(select(Profile.id).where(Profile.name == name)).first() is not None:
            raise StoreError(f"a profile named {name!r} already exists")
        profile = Profile(name=name, created_at=datetime.now(UTC))
        session.add(profile)
        session.flush()
        return profile.id


def list_profiles(store: Store) -> list[ProfileInfo]:
    from sqlmodel import select

    from studyapp.store.tables import Profile

    with store.session() as session:
        profiles = session.exec(select(Profile).order_by(Profile.id)).all()
        return [ProfileInfo(p.id, p.name, p.created_at) for p in profiles]


def _os_user_name() -> str:
    try:
        return getpass.getuser() or DEFAULT_PROFILE_NAME
    except (KeyError, OSError):  # no user name in the environment or password database
        return DEFAULT_PROFILE_NAME


def import_set(
    store: Store, quizset: QuizSet, *, file: Path, bundled: bool, content_hash: str = ""
) -> int:
    """Add a set to the library or update it from its file, in one transaction; its id.

    Questions are matched by their stable id, so the learner's progress on every question
    whose id is unchanged stays; questions gone from the file leave the set (their review
    logs stay, for statistics). A bundled set is known by its file name, so a new app
    version that moves the package still updates the same set.
    """
    from sqlmodel import select

    from studyapp.store.tables import QuestionRow, QuizSetRow

    source = file.name if bundled else str(file.resolve())
    ids = [question.id for question in quizset.questions]
    duplicates = sorted(id for id, count in Counter(ids).items() if count > 1)
    if duplicates:
        raise StoreError(f"{file}: question ids used twice: {', '.join(duplicates)}")
    with store.session() as session:
        row = session.exec(
            select(QuizSetRow).where(QuizSetRow.source == source, QuizSetRow.bundled == bundled)
        ).first()
        if row is None:
            row = QuizSetRow(source=source, bundled=bundled, title=quizset.title,
                             imported_at=datetime.now(UTC))
        row.title = quizset.title
        row.description = quizset.description
        row.language = quizset.language
        row.documents = [{"name": ref.name, "title": ref.title} for ref in quizset.documents]
        row.content_hash = content_hash
        row.imported_at = datetime.now(UTC)
        session.add(row)
        session.flush()
        existing = {
            question.id: question
            for question in session.exec(select(QuestionRow).where(QuestionRow.id.in_(ids)))
        }
        for position, question in enumerate(quizset.questions):
            stored = existing.get(question.id) or QuestionRow(id=question.id, set_id=row.id)
            if stored.set_id != row.id:
                raise StoreError(
                    f"{file}: question id {question.id!r} already belongs to another set"
                )
            stored.kind = question.kind
            stored.fact = question.fact
            stored.status = question.status
            stored.payload = question_payload(question)
            stored.position = position
            session.add(stored)
        for gone in session.exec(
            select(QuestionRow).where(QuestionRow.set_id == row.id, QuestionRow.id.not_in(ids))
        ):
            session.delete(gone)
        return row.id


def load_bundled_sets(store: Store, folder: Traversable | None = None) -> list[int]:
    """Put every set shipped with the app (or found in ``folder``) in the library; their ids
    in file-name order.

    A set is re-read only when its file changed since the last import (by SHA-256), so a
    normal start costs one hash per file. A broken bundled file raises ``QuizSetError``.
    """
    from sqlmodel import select

    from studyapp.quizsets import load_set
    from studyapp.store.tables import QuizSetRow

    with store.session() as session:
        known = {
            row.source: (row.id, row.content_hash)
            for row in session.exec(select(QuizSetRow).where(QuizSetRow.bundled == True))  # noqa: E712
        }
    set_ids = []
    folder = folder or resources.files(BUNDLED_PACKAGE)
    for resource in sorted(folder.iterdir(), key=lambda item: item.name):
        if not resource.name.endswith(BUNDLED_SUFFIX):
            continue
        digest = hashlib.sha256(resource.read_bytes()).hexdigest()
        set_id, stored_digest = known.get(resource.name, (None, None))
        if set_id is None or stored_digest != digest:
            with resources.as_file(resource) as path:
                quizset = load_set(path)
                set_id = import_set(store, quizset, file=path, bundled=True, content_hash=digest)
        set_ids.append(set_id)
    return set_ids


def save_document(
    store: Store, document: Document, events: list[Event], figures: list[Figure]
) -> int:
    """Keep a document and the facts read from it, in one transaction; the document's id.

    Saving a document again (same name) replaces its events. Figures are known by name and
    replaced whole: merging one person across documents is the extractor's work.
    """
    from sqlmodel import delete, select

    from studyapp.store.tables import Document as DocumentRow
    from studyapp.store.tables import EventRow, FigureRow

    with store.session() as session:
        row = session.exec(select(DocumentRow).where(DocumentRow.name == document.name)).first()
        row = row or DocumentRow(name=document.name, title="", sha256="",
                                 imported_at=datetime.now(UTC))
        row.title = document.title
        row.original = document.original
        row.sha256 = hashlib.sha256(document.original.encode("utf-8")).hexdigest()
        row.imported_at = datetime.now(UTC)
        session.add(row)
        session.flush()
        session.exec(delete(EventRow).where(EventRow.document_id == row.id))
        session.add_all(
            EventRow(document_id=row.id, start=event.span.start.iso(), end=event.span.end.iso(),
                     start_key=start_key(event.span.start), precision=event.span.precision,
                     date_text=event.span.text, statement=event.statement,
                     payload=event_payload(event))
            for event in events
        )
        for figure in figures:
            stored = session.exec(select(FigureRow).where(FigureRow.name == figure.name)).first()
            stored = stored or FigureRow(name=figure.name)
            stored.minor = figure.minor
            stored.payload = figure_payload(figure)
            session.add(stored)
        return row.id


def load_document(store: Store, name: str) -> Document | None:
    """A saved document's title and text (without blocks), to show a source in place."""
    from sqlmodel import select

    from studyapp.store.tables import Document as DocumentRow

    with store.session() as session:
        row = session.exec(select(DocumentRow).where(DocumentRow.name == name)).first()
        return None if row is None else Document(row.name, row.title, row.original)


def load_events(store: Store) -> list[Event]:
    """Every saved event, earliest first (the timeline)."""
    from sqlmodel import select

    from studyapp.store.tables import EventRow

    with store.session() as session:
        rows = session.exec(select(EventRow).order_by(EventRow.start_key, EventRow.id)).all()
        return [event_from_row(row.start, row.end, row.precision, row.date_text, row.statement,
                               row.payload) for row in rows]


def load_figures(store: Store) -> list[Figure]:
    from sqlmodel import select

    from studyapp.store.tables import FigureRow

    with store.session() as session:
        rows = session.exec(select(FigureRow).order_by(FigureRow.name)).all()
        return [figure_from_row(row.name, row.minor, row.payload) for row in rows]


# One row per set. New, due and learned count only the cards Review studies (REVIEW_KINDS):
# what the learner can review; total and mastery count every ready question, since a quiz
# answered right shows knowledge of any kind. "Known" looks up the learner's latest quiz answer
# to a question only when the card is not learned (CASE stops early), through the index on
# quiz_answer.question_id.
_REVIEWABLE = "q.kind IN (" + ", ".join(f"'{kind}'" for kind in REVIEW_KINDS) + ")"
_SUMMARY_SQL = f"""
SELECT s.id, s.title, s.description, s.bundled,
  (SELECT count(*) FROM question d WHERE d.set_id = s.id AND d.status = 'draft'),
  count(q.id) AS total,
  coalesce(sum(CASE WHEN {_REVIEWABLE} AND (c.question_id IS NULL
                      OR (c.last_review IS NULL AND NOT c.suspended)) THEN 1 ELSE 0 END), 0),
  coalesce(sum(CASE WHEN {_REVIEWABLE} AND c.last_review IS NOT NULL AND c.due <= :now
                     AND NOT c.suspended
                     AND (c.buried_until IS NULL OR c.buried_until <= :today)
                    THEN 1 ELSE 0 END), 0),
  coalesce(sum(CASE WHEN {_REVIEWABLE} AND c.state = 2 THEN 1 ELSE 0 END), 0),
  coalesce(sum(CASE WHEN {_REVIEWABLE} AND c.state = 2 THEN 1
                    WHEN (SELECT a.correct FROM quiz_answer a
                          JOIN quiz_attempt t ON t.id = a.attempt_id
                          WHERE a.question_id = q.id AND t.profile_id = :profile_id
                          ORDER BY a.id DESC LIMIT 1) THEN 1
                    ELSE 0 END), 0)
FROM quiz_set s
LEFT JOIN question q ON q.set_id = s.id
  AND (q.status = 'ready' OR (q.status = 'draft' AND s.bundled = 0 AND s.id IN ({{drafts}})))
LEFT JOIN card_state c ON c.question_id = q.id AND c.profile_id = :profile_id
GROUP BY s.id, s.title, s.description
ORDER BY s.title, s.id
"""


def library_summary(
    home_or_store: Path | Store, profile_id: int, now: datetime, *, rollover_hour: int = 4,
    include_drafts: Collection[int] = (),
) -> list[SetSummary]:
    """Every set of the library with the learner's counts, for the first screen.

    ``include_drafts``: ids of imported sets whose drafts the learner studies (as
    ``StudySession`` does); they count as ready questions. Bundled sets' drafts never do.

    Given a data directory it reads the SQLite file with the standard library (no SQLAlchemy
    import): no file yet gives an empty library; a file at another schema version raises
    ``StoreError`` (``SchemaTooNewError`` if newer), since it must go through ``open_store``.
    """
    params = {
        "profile_id": profile_id,
        "now": to_text(now),
        "today": study_day(now, rollover_hour).isoformat(),
    }
    # Integers written into the statement: one statement for sqlite3 and SQLAlchemy alike.
    draft_sets = {int(set_id) for set_id in include_drafts}
    sql = _SUMMARY_SQL.replace("{drafts}", ", ".join(map(str, sorted(draft_sets))) or "NULL")
    if isinstance(home_or_store, Path):
        rows = _summary_rows_from_file(database_path(home_or_store), sql, params)
    else:
        from sqlalchemy import text

        with home_or_store.engine.connect() as connection:
            rows = connection.execute(text(sql), params).all()
    return [
        SetSummary(id, title, description, total, new, due, learned,
                   mastery=known / total if total else 0.0, bundled=bool(bundled),
                   drafts=drafts, drafts_included=bool(drafts) and not bundled
                   and id in draft_sets)
        for id, title, description, bundled, drafts, total, new, due, learned, known in rows
    ]


def _summary_rows_from_file(path: Path, sql: str, params: dict[str, object]) -> list[tuple]:
    version = fast.schema_version(path)
    if version == 0:
        return []
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(path, version)
    if version < SCHEMA_VERSION:
        raise StoreError(f"{path}: schema version {version} needs an upgrade; open the store")
    connection = fast.connect(path, readonly=True)
    try:
        return connection.execute(sql, params).fetchall()
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot read the library: {error}") from error
    finally:
        connection.close()
