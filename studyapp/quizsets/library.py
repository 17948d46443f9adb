"""A set already in the learner's library, read back from the database by its title."""

from __future__ import annotations

from pathlib import Path

from studyapp.cli import CommandError
from studyapp.model import DocumentRef, QuizSet


def set_from_library(title: str, home: Path | None) -> QuizSet:
    from sqlmodel import select

    from studyapp.home import resolve_home
    from studyapp.store import open_store
    from studyapp.store.codec import question_from_row
    from studyapp.store.tables import QuestionRow, QuizSetRow

    store = open_store(resolve_home(home))
    try:
        with store.session() as session:
            rows = session.exec(select(QuizSetRow).where(QuizSetRow.title == title)).all()
            if len(rows) != 1:
                found = "no set" if not rows else f"{len(rows)} sets"
                raise CommandError(f"{found} named {title!r} in the library (give a set file)")
            row = rows[0]
            questions = session.exec(select(QuestionRow).where(QuestionRow.set_id == row.id)
                                     .order_by(QuestionRow.position)).all()
            return QuizSet(
                title=row.title, description=row.description, language=row.language,
                documents=[DocumentRef(ref["name"], ref.get("title", "")) for ref in row.documents],
                questions=[question_from_row(q.id, q.kind, q.fact, q.status, q.payload)
                           for q in questions],
            )
    finally:
        store.close()
