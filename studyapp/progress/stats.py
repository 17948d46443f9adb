"""What the dashboard shows: reviews per study day (the heatmap), the streak, true retention.

Days are the learner's study days (local time, starting at the rollover hour), so a review at
1 am counts for the evening before. Counting runs in SQL over the (profile, time) index, one
range per day, so a year of a big collection is counted without reading its rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from sqlalchemy import text

from studyapp.srs.days import day_start, study_day
from studyapp.store import utc

if TYPE_CHECKING:
    from studyapp.store.engine import Store

REVIEW_STATE = 2  # fsrs.State.Review: the card had left its learning steps


@dataclass(frozen=True)
class Day:
    """The learner's clock: now, the rollover hour and their time zone (None: the computer's)."""

    now: datetime
    rollover_hour: int = 4
    tz: tzinfo | None = None

    @property
    def today(self) -> date:
        return study_day(self.now, self.rollover_hour, self.tz)

    def start(self, day: date) -> str:
        return utc.to_text(day_start(day, self.rollover_hour, self.tz))


def reviews_per_day(store: Store, profile_id: int, clock: Day, days: int = 365) -> dict[date, int]:
    """Answers given on each of the last ``days`` study days, today included, oldest first."""
    return _counts(store, profile_id, clock, clock.today - timedelta(days=days - 1), clock.today)


def streak(store: Store, profile_id: int, clock: Day) -> int:
    """Study days in a row with at least one answer, up to today; a day not yet studied
    today does not break it."""
    length, last, window = 0, clock.today, 90
    while True:
        counts = _counts(store, profile_id, clock, last - timedelta(days=window - 1), last)
        for day, count in sorted(counts.items(), reverse=True):
            if count:
                length += 1
            elif not (day == clock.today and length == 0):
                return length
        last -= timedelta(days=window)


def true_retention(store: Store, profile_id: int, clock: Day, days: int = 30) -> float | None:
    """Share of answers to learned cards (out of their learning steps) that were not Again,
    over the last ``days`` study days; None when there were none."""
    since = clock.start(clock.today - timedelta(days=days - 1))
    with store.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT rating, previous FROM review_log"
                 " WHERE profile_id = :profile AND review_time >= :since"),
            {"profile": profile_id, "since": since},
        ).all()
    recalled = total = 0
    for rating, previous in rows:
        state = json.loads(previous) if isinstance(previous, str) else previous
        if state and state.get("state") == REVIEW_STATE:
            total += 1
            recalled += rating > 1
    return recalled / total if total else None


def _counts(store: Store, profile_id: int, clock: Day, first: date, last: date) -> dict[date, int]:
    dates = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    bounds = [clock.start(day) for day in [*dates, last + timedelta(days=1)]]
    ranges = ", ".join(f"({n}, :s{n}, :s{n + 1})" for n in range(len(dates)))
    sql = text(
        f"WITH days (n, start, stop) AS (VALUES {ranges})"
        " SELECT n, (SELECT count(*) FROM review_log"
        " WHERE profile_id = :profile AND review_time >= days.start"
        " AND review_time < days.stop) FROM days ORDER BY n"
    )
    params = {"profile": profile_id, **{f"s{n}": bound for n, bound in enumerate(bounds)}}
    with store.engine.connect() as connection:
        counts = connection.execute(sql, params).all()
    return {dates[n]: count for n, count in counts}
