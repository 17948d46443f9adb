import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import fsrs
import pytest

from studyapp.srs.days import day_start, next_day_start, study_day
from studyapp.srs.fit import MIN_REVIEWS_TO_FIT, fit_parameters
from studyapp.srs.scheduler import DEFAULT_PARAMETERS, NEW, Phase, Scheduler

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_new_card_learns_through_steps_then_gets_days():
    scheduler = Scheduler()
    first = scheduler.intervals(NEW, NOW, "q")
    assert first[1] == timedelta(minutes=1)
    assert first[3] == timedelta(minutes=10)
    assert first[4] >= timedelta(days=1)
    card = scheduler.review(NEW, 3, NOW, "q")
    assert card.state is Phase.LEARNING and card.due == NOW + timedelta(minutes=10)
    card = scheduler.review(card, 3, card.due, "q")
    assert card.state is Phase.REVIEW and card.due - card.last_review >= timedelta(days=1)


def test_shown_interval_is_the_one_given_fuzz_included():
    scheduler = Scheduler()
    card, when = NEW, NOW
    for _ in range(6):
        card = scheduler.review(card, 3, when, "q7")
        when = card.due
    shown = scheduler.intervals(card, when, "q7")
    assert shown[3] > timedelta(days=20)  # long enough to be fuzzed
    for rating in (1, 2, 3, 4):
        assert scheduler.review(card, rating, when, "q7").due - when == shown[rating]


def test_higher_retention_gives_shorter_intervals():
    card, when = NEW, NOW
    for _ in range(4):
        card = Scheduler().review(card, 3, when)
        when = card.due
    relaxed = Scheduler(desired_retention=0.8).intervals(card, when)[3]
    strict = Scheduler(desired_retention=0.97).intervals(card, when)[3]
    assert strict < relaxed


def test_retrievability_falls_with_time():
    scheduler = Scheduler()
    card = scheduler.review(scheduler.review(NEW, 3, NOW), 3, NOW + timedelta(minutes=10))
    soon = scheduler.retrievability(card, card.last_review + timedelta(days=1))
    late = scheduler.retrievability(card, card.last_review + timedelta(days=60))
    assert 1 >= soon > late > 0
    assert scheduler.retrievability(NEW, NOW) == 0


def test_study_day_rolls_over_at_the_hour_in_local_time():
    # 03:59 and 04:00 Berlin time in winter are 02:59 and 03:00 UTC.
    assert study_day(datetime(2026, 1, 10, 2, 59, tzinfo=UTC), 4, BERLIN) == date(2026, 1, 9)
    assert study_day(datetime(2026, 1, 10, 3, 0, tzinfo=UTC), 4, BERLIN) == date(2026, 1, 10)
    assert day_start(date(2026, 1, 10), 4, BERLIN) == datetime(2026, 1, 10, 3, tzinfo=UTC)


def test_days_across_daylight_saving_changes_start_at_four_local():
    # Clocks go forward on 29 March 2026 and back on 25 October 2026 in Berlin.
    spring = day_start(date(2026, 3, 29), 4, BERLIN)
    assert spring == datetime(2026, 3, 29, 2, tzinfo=UTC)
    assert next_day_start(spring, 4, BERLIN) - spring == timedelta(hours=24)
    saturday = day_start(date(2026, 3, 28), 4, BERLIN)
    assert spring - saturday == timedelta(hours=23)
    autumn = day_start(date(2026, 10, 25), 4, BERLIN)
    assert autumn - day_start(date(2026, 10, 24), 4, BERLIN) == timedelta(hours=25)
    assert study_day(autumn - timedelta(seconds=1), 4, BERLIN) == date(2026, 10, 24)
    assert study_day(autumn, 4, BERLIN) == date(2026, 10, 25)


def _simulated_histories(cards: int, seed: int = 5) -> list[list[tuple[date, int]]]:
    """Learners who forget faster than the default model expects."""
    rng = random.Random(seed)
    histories = []
    for _ in range(cards):
        day, stability, history = date(2025, 1, 1), 0.5, []
        for review in range(8):
            recalled = review > 0 and rng.random() < 0.9 ** (1 / max(stability, 0.1))
            rating = (3 if rng.random() < 0.8 else 2) if recalled else 1
            history.append((day, rating))
            stability = stability * 2 if recalled else 0.5
            day += timedelta(days=max(1, round(stability * 3)))
        histories.append(history)
    return histories


def test_fitted_parameters_differ_from_defaults_and_the_scheduler_accepts_them():
    histories = _simulated_histories(400)
    assert sum(len(h) for h in histories) >= MIN_REVIEWS_TO_FIT
    fitted = fit_parameters(histories)
    assert len(fitted) == len(DEFAULT_PARAMETERS) == 21  # FSRS-6 on both sides
    assert fitted != DEFAULT_PARAMETERS
    fsrs.Scheduler(parameters=fitted)  # raises on a parameter out of bounds
    card = Scheduler(parameters=fitted).review(NEW, 3, NOW)
    assert card.state is Phase.LEARNING


def test_too_little_history_keeps_the_defaults():
    assert fit_parameters([]) == DEFAULT_PARAMETERS
    assert fit_parameters([[(date(2025, 1, 1), 3)]]) == DEFAULT_PARAMETERS


def test_wrong_number_of_parameters_is_refused():
    with pytest.raises(ValueError, match="21 parameters"):
        Scheduler(parameters=[1.0] * 19)
