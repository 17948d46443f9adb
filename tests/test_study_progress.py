"""Dashboard statistics over a real review log: reviews per study day, streak, true retention."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from studyapp.progress.stats import Day, reviews_per_day, streak, true_retention
from studyapp.services.library import ensure_profile
from studyapp.store import database_path, open_store

BERLIN = ZoneInfo("Europe/Berlin")
LEARNED = json.dumps({"state": 2})
LEARNING = json.dumps({"state": 1})


def local(day: int, hour: int, minute: int = 0) -> str:
    """A review time given in Berlin wall-clock time in March 2026 (clocks change on the 29th)."""
    moment = datetime(2026, 3, day, hour, minute, tzinfo=BERLIN).astimezone(UTC)
    return moment.isoformat(timespec="microseconds")


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path)
    ensure_profile(store)
    yield store
    store.close()


def add_reviews(store, *reviews: tuple[str, int, str | None], profile: int = 1) -> None:
    connection = sqlite3.connect(database_path(store.path.parent))
    with connection:
        connection.executemany(
            "INSERT INTO review_log (profile_id, question_id, rating, review_time, previous)"
            " VALUES (?, 'q', ?, ?, ?)",
            [(profile, rating, when, previous) for when, rating, previous in reviews],
        )
    connection.close()


def test_reviews_count_on_the_study_day_they_belong_to(store):
    add_reviews(
        store,
        (local(27, 20), 3, None),
        (local(28, 3, 59), 3, None),  # before the 4 am rollover: still the 27th
        (local(28, 4, 0), 3, None),
        (local(29, 3, 30), 1, None),  # the night clocks jump from 2 to 3 am
        (local(30, 9), 3, None),
    )
    clock = Day(datetime.fromisoformat(local(30, 12)), rollover_hour=4, tz=BERLIN)
    counts = reviews_per_day(store, 1, clock, days=5)
    assert counts == {
        date(2026, 3, 26): 0, date(2026, 3, 27): 2, date(2026, 3, 28): 2,
        date(2026, 3, 29): 0, date(2026, 3, 30): 1,
    }
    assert list(counts) == sorted(counts)


def test_streak_counts_days_in_a_row_and_today_does_not_break_it_yet(store):
    add_reviews(store, *[(local(day, 10), 3, None) for day in (20, 22, 23, 24)])
    morning_of_25 = Day(datetime.fromisoformat(local(25, 8)), tz=BERLIN)
    assert streak(store, 1, morning_of_25) == 3
    add_reviews(store, (local(25, 9), 3, None))
    assert streak(store, 1, morning_of_25) == 4
    two_days_later = Day(datetime.fromisoformat(local(27, 8)), tz=BERLIN)
    assert streak(store, 1, two_days_later) == 0


def test_a_streak_longer_than_one_counting_window(store):
    start = datetime(2025, 6, 1, 10, tzinfo=UTC)
    add_reviews(store, *[
        ((start + timedelta(days=n)).isoformat(timespec="microseconds"), 3, None)
        for n in range(200)
    ])
    clock = Day(start + timedelta(days=199, hours=2), rollover_hour=4, tz=UTC)
    assert streak(store, 1, clock) == 200


def test_true_retention_counts_only_answers_to_learned_cards(store):
    add_reviews(
        store,
        (local(20, 10), 3, LEARNED), (local(20, 11), 1, LEARNED), (local(21, 10), 4, LEARNED),
        (local(21, 11), 2, LEARNED),
        (local(21, 12), 1, LEARNING), (local(21, 13), 1, None),  # learning steps: not counted
        (local(1, 10), 1, LEARNED),  # 24 days back: in a 30-day window, not in a 10-day one
    )
    clock = Day(datetime.fromisoformat(local(25, 12)), tz=BERLIN)
    assert true_retention(store, 1, clock, days=10) == pytest.approx(3 / 4)
    assert true_retention(store, 1, clock, days=30) == pytest.approx(3 / 5)
    assert true_retention(store, 2, clock) is None
