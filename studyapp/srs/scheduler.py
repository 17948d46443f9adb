"""FSRS scheduling of one card: its next state for each grade, and how well it is remembered.

Wraps the ``fsrs`` package so the rest of the app deals in one small value, ``Memory``, that
maps column for column onto the stored card state. Interval fuzz (spreading cards learned
together over neighbouring days) is seeded by the card and its last review, so the interval
shown on a grade button is exactly the one the card gets when that button is pressed.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import IntEnum

import fsrs
from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

DEFAULT_PARAMETERS: tuple[float, ...] = tuple(fsrs.scheduler.DEFAULT_PARAMETERS)
RATINGS = (1, 2, 3, 4)

# (from, to, share of the interval): the fuzz range grows with the interval, as in FSRS.
_FUZZ_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, float("inf"), 0.05))


class Phase(IntEnum):
    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True)
class Memory:
    """What the scheduler knows about one card; times are aware UTC."""

    state: Phase = Phase.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None


NEW = Memory()


class Scheduler:
    """FSRS-6 with the learner's desired retention and (once fitted) personal parameters."""

    def __init__(
        self,
        desired_retention: float = 0.9,
        parameters: Sequence[float] | None = None,
        maximum_interval: int = 36500,
    ) -> None:
        self._fsrs = fsrs.Scheduler(
            parameters=clamp_parameters(parameters or DEFAULT_PARAMETERS),
            desired_retention=desired_retention,
            maximum_interval=maximum_interval,
            enable_fuzzing=False,
        )

    def review(self, memory: Memory, rating: int, now: datetime, seed: str = "") -> Memory:
        """The card's state after being graded ``rating`` (1 Again .. 4 Easy) at ``now``."""
        now = now.astimezone(UTC)
        card, _log = self._fsrs.review_card(_to_fsrs(memory, now), fsrs.Rating(rating), now)
        after = _from_fsrs(card)
        if after.state is Phase.REVIEW and after.due is not None:
            days = (after.due - now).days
            fuzzed = _fuzzed_days(days, self._fsrs.maximum_interval, _rng(seed, memory))
            after = replace(after, due=now + timedelta(days=fuzzed))
        return after

    def outcomes(self, memory: Memory, now: datetime, seed: str = "") -> dict[int, Memory]:
        """The state after each of the four grades."""
        return {rating: self.review(memory, rating, now, seed) for rating in RATINGS}

    def intervals(self, memory: Memory, now: datetime, seed: str = "") -> dict[int, timedelta]:
        """How long until the card comes back after each grade (what the buttons show)."""
        return {r: after.due - now for r, after in self.outcomes(memory, now, seed).items()}

    def retrievability(self, memory: Memory, now: datetime) -> float:
        """Predicted chance (0..1) of recalling the card at ``now``; 0 for a new card."""
        if memory.state is Phase.NEW:
            return 0.0
        return float(self._fsrs.get_card_retrievability(_to_fsrs(memory, now), now))


def clamp_parameters(parameters: Sequence[float]) -> tuple[float, ...]:
    """Parameters inside the bounds the scheduler accepts (fitting rounds to 32-bit floats)."""
    if len(parameters) != len(DEFAULT_PARAMETERS):
        raise ValueError(
            f"FSRS-6 needs {len(DEFAULT_PARAMETERS)} parameters, got {len(parameters)}"
        )
    return tuple(
        min(max(float(value), low), high)
        for value, low, high in zip(
            parameters, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True
        )
    )


def _to_fsrs(memory: Memory, now: datetime) -> fsrs.Card:
    # A new card is an FSRS card at its first learning step; card_id is given because the
    # package otherwise sleeps a millisecond to make one up.
    if memory.state is Phase.NEW:
        return fsrs.Card(card_id=0, state=fsrs.State.Learning, step=0, due=now)
    return fsrs.Card(
        card_id=0,
        state=fsrs.State(int(memory.state)),
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due or now,
        last_review=memory.last_review,
    )


def _from_fsrs(card: fsrs.Card) -> Memory:
    return Memory(
        state=Phase(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def _rng(seed: str, memory: Memory) -> random.Random:
    last = memory.last_review.isoformat() if memory.last_review else "new"
    # An integer seed: seeding with a string hashes it with SHA-512, four times per card shown.
    return random.Random(zlib.crc32(f"{seed}|{last}".encode()))


def _fuzzed_days(days: int, maximum: int, rng: random.Random) -> int:
    if days < 2.5:
        return days
    spread = 1.0 + sum(
        share * max(min(float(days), end) - start, 0.0) for start, end, share in _FUZZ_RANGES
    )
    high = min(round(days + spread), maximum)
    low = min(max(2, round(days - spread)), high)
    return rng.randint(low, high)
