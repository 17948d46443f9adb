"""The learner's study day: a local calendar day that starts at the rollover hour.

Someone reviewing at 1 am is still on yesterday's day when the rollover hour is 4. Time is
stored in UTC; the day is computed in the learner's time zone, hour by wall clock, so a day
with a daylight-saving change is still one day. ``tz=None`` means the computer's own zone,
which ``datetime.astimezone()`` applies with the rule in force at each instant.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo


def study_day(instant: datetime, rollover_hour: int, tz: tzinfo | None = None) -> date:
    """The study day an aware instant falls on."""
    local = instant.astimezone(tz)
    # Wall-clock arithmetic on purpose: 3:59 local belongs to the previous day on any date.
    return (local.replace(tzinfo=None) - timedelta(hours=rollover_hour)).date()


def day_start(day: date, rollover_hour: int, tz: tzinfo | None = None) -> datetime:
    """The UTC instant a study day begins."""
    wall = datetime.combine(day, time(rollover_hour))
    local = wall.replace(tzinfo=tz) if tz is not None else wall.astimezone()
    return local.astimezone(UTC)


def next_day_start(instant: datetime, rollover_hour: int, tz: tzinfo | None = None) -> datetime:
    """The UTC instant the study day after the one containing ``instant`` begins."""
    today = study_day(instant, rollover_hour, tz)
    return day_start(today + timedelta(days=1), rollover_hour, tz)
