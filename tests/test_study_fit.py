"""Personal FSRS parameters fitted from a learner's review log in a real SQLite file."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import fsrs

from studyapp.model import Question, QuizSet
from studyapp.services.library import create_profile, ensure_profile, import_set
from studyapp.services.study import (
    StudySession,
    enough_reviews_to_fit,
    fit_personal_parameters,
)
from studyapp.settings import Settings
from studyapp.srs.fit import MIN_REVIEWS_TO_FIT
from studyapp.store import database_path, open_store

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 2, 1, 9, tzinfo=UTC)


def write_history(home, profile: int, cards: int, seed: int = 3) -> int:
    """Reviews of a learner who forgets faster than FSRS's defaults expect; their number."""
    rng = random.Random(seed)
    logs = []
    for card in range(cards):
        moment, stability = datetime(2025, 1, 1, 18, tzinfo=UTC), 0.5
        for review in range(8):
            recalled = review > 0 and rng.random() < 0.9 ** (1 / stability)
            rating = (3 if rng.random() < 0.8 else 2) if recalled else 1
            logs.append((profile, f"q{card}", rating, moment.isoformat(timespec="microseconds")))
            stability = stability * 2 if recalled else 0.5
            moment += timedelta(days=max(1, round(stability * 3)), minutes=rng.randint(0, 300))
    connection = sqlite3.connect(database_path(home))
    with connection:
        connection.executemany(
            "INSERT INTO review_log (profile_id, question_id, rating, review_time)"
            " VALUES (?, ?, ?, ?)", logs)
    connection.close()
    return len(logs)


def test_fitting_waits_for_enough_reviews(tmp_path):
    store = open_store(tmp_path)
    profile = ensure_profile(store)
    assert write_history(tmp_path, profile, 10) < MIN_REVIEWS_TO_FIT
    assert not enough_reviews_to_fit(store, profile)
    assert fit_personal_parameters(store, profile, Settings(), BERLIN) is None
    connection = sqlite3.connect(database_path(tmp_path))
    (stored,) = connection.execute("SELECT fsrs_parameters FROM profile").fetchone()
    assert stored is None or json.loads(stored) is None
    connection.close()
    store.close()


def test_fitted_parameters_are_stored_and_schedule_the_next_sessions(tmp_path):
    store = open_store(tmp_path)
    learner = ensure_profile(store)
    other = create_profile(store, "someone else")
    quizset = QuizSet(title="Set", questions=[
        Question(id="new", kind="flashcard", prompt="?", answer="!", status="ready")
    ])
    set_id = import_set(store, quizset, file=tmp_path / "set.quiz.yaml", bundled=False)
    assert write_history(tmp_path, learner, 300) >= MIN_REVIEWS_TO_FIT
    assert enough_reviews_to_fit(store, learner) and not enough_reviews_to_fit(store, other)

    fitted = fit_personal_parameters(store, learner, Settings(), BERLIN)

    assert fitted is not None and len(fitted) == 21
    fsrs.Scheduler(parameters=fitted)  # the scheduler accepts them as they are
    connection = sqlite3.connect(database_path(tmp_path))
    stored = {
        profile: json.loads(parameters or "null")
        for profile, parameters in connection.execute("SELECT id, fsrs_parameters FROM profile")
    }
    connection.close()
    assert stored == {learner: list(fitted), other: None}

    def easy_interval(profile: int) -> timedelta:
        study = StudySession(store, profile, [set_id], Settings(), lambda: NOW, tz=BERLIN)
        return study.intervals(study.next_card())[4]

    assert easy_interval(learner) != easy_interval(other)
    store.close()
