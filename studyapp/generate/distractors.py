"""Wrong options that look right: real dates of other events, nearby dates of the same
precision, other people. Never a second correct answer."""

from __future__ import annotations

import random

from studyapp.generate import dates
from studyapp.model import DateSpan

OPTIONS = 4
NEAR_STEPS = (1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6)


def _overlaps(a: DateSpan, b: DateSpan) -> bool:
    return a.start <= b.end and b.start <= a.end


def shape(span: DateSpan) -> str:
    """Dates look alike when they share precision and, for ranges, whether they span days
    within a month, days across months, or whole years."""
    if span.precision != "range":
        return span.precision
    start, end = span.start, span.end
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return "range-years"
    return "range-days" if (start.year, start.month) == (end.year, end.month) else "range-months"


def wrong_dates(answer: DateSpan, pool: list[DateSpan]) -> list[DateSpan]:
    """Candidates of the answer's precision, not overlapping it: other events' real dates
    first (nearest first), then the answer moved by a few of its own units."""
    def distance(span: DateSpan) -> int:
        months = abs(span.start.month - answer.start.month)
        return abs(span.start.year - answer.start.year) * 12 + months

    real = sorted((span for span in pool if shape(span) == shape(answer)), key=distance)
    real = [span for span in real if distance(span) <= 12 * 12]
    latest = max((span.end for span in pool), default=answer.end)
    shifted = [moved for moved in (dates.shift(answer, step) for step in NEAR_STEPS)
               if moved.start <= latest]  # no date after everything the text tells of
    result: list[DateSpan] = []
    seen = {dates.format_span(answer)}
    for span in real + shifted:
        text = dates.format_span(span)
        if text is None or text in seen or _overlaps(span, answer) or span.start.year < -9999:
            continue
        if answer.start.year > 0 and span.start.year <= 0:
            continue  # no "12 BC" beside "1988"
        seen.add(text)
        result.append(span)
    return result


def date_options(answer: DateSpan, pool: list[DateSpan], rng: random.Random
                 ) -> list[str] | None:
    """Four dates in chronological order; the answer's rank is drawn uniformly, so neither
    its position nor being the middle option gives it away."""
    candidates = wrong_dates(answer, pool)
    earlier = [span for span in candidates if span.start < answer.start]
    later = [span for span in candidates if span.start > answer.start]
    ranks = [rank for rank in range(OPTIONS)
             if len(earlier) >= rank and len(later) >= OPTIONS - 1 - rank]
    if not ranks:
        return None
    rank = rng.choice(ranks)
    chosen = _pick(earlier, rank, rng) + [answer] + _pick(later, OPTIONS - 1 - rank, rng)
    chosen.sort(key=lambda span: span.start)
    return [dates.format_span(span) for span in chosen]  # type: ignore[misc]


def _pick(spans: list[DateSpan], count: int, rng: random.Random) -> list[DateSpan]:
    """Among the nearest few, a seeded choice (so not always the same neighbours)."""
    nearest = spans[:count + 2]
    return rng.sample(nearest, count) if count else []


def wrong_date(answer: DateSpan, pool: list[DateSpan], rng: random.Random) -> DateSpan | None:
    candidates = wrong_dates(answer, pool)[:4]
    return rng.choice(candidates) if candidates else None


def place_answer(answer: str, wrong: list[str], rng: random.Random) -> list[str]:
    """The answer at a uniformly drawn position among the wrong options."""
    options = list(wrong[:OPTIONS - 1])
    options.insert(rng.randrange(len(options) + 1), answer)
    return options


def similar_length(answer: str, candidates: list[str]) -> list[str]:
    """Candidates whose length is of the answer's class (half to twice as long)."""
    return [text for text in candidates
            if text != answer and len(answer) / 2 <= len(text) <= len(answer) * 2]


COUNT_FACTORS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.5, 2, 2.5, 3, 4, 5)


def count_options(value: int, rng: random.Random) -> list[str]:
    """Four counts of the answer's magnitude, rounded like it, smallest first; the answer's
    rank is drawn uniformly."""
    zeros = len(str(value)) - len(str(value).rstrip("0"))
    step = 10 ** min(zeros, max(0, len(str(value)) - 2))  # 167,000 moves in thousands
    near = sorted({max(1, round(value * factor / step) * step) for factor in COUNT_FACTORS}
                  - {value})
    smaller = sorted((n for n in near if n < value), reverse=True)
    larger = [n for n in near if n > value]
    ranks = [rank for rank in range(OPTIONS)
             if len(smaller) >= rank and len(larger) >= OPTIONS - 1 - rank]
    rank = rng.choice(ranks)
    chosen = rng.sample(smaller[:rank + 2], rank) + [value] + rng.sample(
        larger[:OPTIONS - rank + 1], OPTIONS - 1 - rank)
    return [f"{count:,}" for count in sorted(chosen)]
