"""How timestamps are written in the database: aware UTC as fixed-width ISO text.

Fixed width ("2026-01-31T08:05:00.000000+00:00") makes text order equal time order, so plain
SQL can compare ``due <= :now`` on any database. Shared by the ORM column type and the
standard-library fast path, so both read and write exactly the same form.
"""

from __future__ import annotations

from datetime import UTC, datetime


def to_text(moment: datetime) -> str:
    """The stored form of an aware datetime; naive ones are refused, their zone is unknown."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: store aware datetimes only")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    """An aware UTC datetime read back from its stored form."""
    return datetime.fromisoformat(text).astimezone(UTC)
