"""Dates written the way a question states them: never more precise than the text."""

from __future__ import annotations

from studyapp.model import DateSpan, Ymd

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def year_text(year: int) -> str:
    """Astronomical year as people write it: 0 is 1 BC, -43 is 44 BC."""
    return f"{1 - year} BC" if year <= 0 else str(year)


def day_text(day: Ymd) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {year_text(day.year)}"


def month_text(day: Ymd) -> str:
    return f"{MONTHS[day.month - 1]} {year_text(day.year)}"


def ordinal(number: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    if 10 <= number % 100 <= 20:
        suffix = "th"
    return f"{number}{suffix}"


def format_span(span: DateSpan) -> str | None:
    """The span at its precision ("13 February 1988", "the 1960s"); None if not expressible."""
    start, end = span.start, span.end
    if span.precision == "day":
        return day_text(start)
    if span.precision == "month":
        return month_text(start)
    if span.precision == "season" and start.month in SEASONS:
        return f"{SEASONS[start.month]} {year_text(start.year)}"
    if span.precision == "year":
        return year_text(start.year) if start.year == end.year else None
    if span.precision == "decade":
        return _decade_text(start, end)
    if span.precision == "century":
        return _century_text(start, end)
    if span.precision == "range":
        return _range_text(start, end)
    return None


def _decade_text(start: Ymd, end: Ymd) -> str | None:
    if start.year <= 0 or start.year % 10:
        return None
    if end.year == start.year + 9:
        return f"the {start.year}s"
    return None


def _century_text(start: Ymd, end: Ymd) -> str | None:
    if start.year <= 0 or start.year % 100 != 1 or end.year != start.year + 99:
        return None
    return f"the {ordinal(start.year // 100 + 1)} century"


def _range_text(start: Ymd, end: Ymd) -> str | None:
    """Ranges of days or of whole years; anything else is too odd to ask about."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        if end.year <= 0:  # "73–71 BC"
            return f"{1 - start.year}–{1 - end.year} BC"
        return f"{year_text(start.year)}–{year_text(end.year)}"
    if start.year != end.year:
        return f"{day_text(start)} – {day_text(end)}"
    if start.month == end.month:
        return f"{start.day}–{end.day} {month_text(start)}"
    return f"{start.day} {MONTHS[start.month - 1]} – {day_text(end)}"


def alternatives(span: DateSpan) -> list[str]:
    """Other ways to write the same date, accepted for a typed answer."""
    start = span.start
    if span.precision == "day" and start.year > 0:
        month = MONTHS[start.month - 1]
        return [f"{month} {start.day}, {start.year}", f"{month} {start.day} {start.year}",
                start.iso()]
    if span.precision == "decade" and start.year > 0:
        return [f"{start.year}s"]
    return []


def shift(span: DateSpan, steps: int) -> DateSpan:
    """The same kind of span moved by ``steps`` of its own unit (days, months, years ...)."""
    start, end = span.start, span.end
    if span.precision == "day":
        return _same(span, _add_days(start, steps), _add_days(end, steps))
    if span.precision in ("month", "season"):
        months = steps * (3 if span.precision == "season" else 1)
        return _same(span, _add_months(start, months), _end_of_month(_add_months(end, months)))
    unit = {"decade": 10, "century": 100}.get(span.precision, 1)
    years = steps * unit
    if span.precision == "range":  # the same days in another year
        moved = (Ymd(start.year + years, start.month, start.day),
                 Ymd(end.year + years, end.month, end.day))
        if all(day.day <= _month_length(day) for day in moved):
            return _same(span, *moved)
    return _same(span, Ymd(start.year + years, start.month, start.day),
                 _end_of_month(Ymd(end.year + years, end.month, 1)))


def _same(span: DateSpan, start: Ymd, end: Ymd) -> DateSpan:
    return DateSpan(start, end, span.precision)


def _add_months(day: Ymd, months: int) -> Ymd:
    index = day.year * 12 + day.month - 1 + months
    return Ymd(index // 12, index % 12 + 1, 1 if day.day > 28 else day.day)


def _month_length(day: Ymd) -> int:
    from studyapp.quizsets.load import days_in_month

    return days_in_month(day.year, day.month)


def _end_of_month(day: Ymd) -> Ymd:
    return Ymd(day.year, day.month, _month_length(day))


def _add_days(day: Ymd, days: int) -> Ymd:
    import datetime as dt

    if day.year < 1 or day.year > 9998:
        return day
    moved = dt.date(day.year, day.month, day.day) + dt.timedelta(days=days)
    return Ymd(moved.year, moved.month, moved.day)
