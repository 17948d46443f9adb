"""Fitting personal FSRS-6 parameters to a learner's own review history (``fsrs-rs-python``).

The optimizer is the Rust one behind Anki's "Optimize" button: no torch, a fraction of a
second for thousands of reviews. With too little history it returns the default parameters,
so fitting is only offered from ``MIN_REVIEWS_TO_FIT`` reviews on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from fsrs_rs_python import FSRS, FSRSItem, FSRSReview

from studyapp.srs.scheduler import DEFAULT_PARAMETERS, clamp_parameters

MIN_REVIEWS_TO_FIT = 1000

# One card's reviews in order: (study day, rating 1..4).
History = Sequence[tuple[date, int]]


def fit_parameters(histories: Iterable[History]) -> tuple[float, ...]:
    """FSRS-6 parameters that best predict these cards' histories."""
    items = [item for history in histories for item in _training_items(history)]
    if not items:
        return DEFAULT_PARAMETERS
    fitted = FSRS(list(DEFAULT_PARAMETERS)).compute_parameters(items)
    return clamp_parameters(fitted)


def _training_items(history: History) -> list[FSRSItem]:
    # Each review on a later day than the one before it is one prediction to learn from: the
    # item holds the history up to and including it, with days elapsed between reviews.
    reviews: list[FSRSReview] = []
    items: list[FSRSItem] = []
    previous_day = history[0][0] if history else None
    for day, rating in history:
        elapsed = (day - previous_day).days
        reviews.append(FSRSReview(rating, elapsed))
        if elapsed > 0:
            item = FSRSItem(list(reviews))
            if item.long_term_review_cnt() > 0:
                items.append(item)
        previous_day = day
    return items
