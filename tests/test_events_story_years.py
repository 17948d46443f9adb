"""Days of a news story told without their year, found by what the story named before
(made-up stories)."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document

NEWS = "The bridge, remembered\n\nBy Ann Tell\nPublished 14 March 2026\n\n"


def days(text: str) -> list[tuple[str, str]]:
    return [(e.span.start.iso(), e.span.end.iso())
            for e in find_events([parse_document("n.txt", text)], [])]


def test_that_evening_in_a_year_is_the_one_day_named_in_that_year():
    text = NEWS + ("BEX – On 9 March 1976, Ada Roe crossed the bridge before it fell.\n\n"
                   "Her father went to the mines on 2 May 1950.\n\n"
                   "That evening in 1976 some forty people waited on the far bank.\n")
    assert ("1976-03-09", "1976-03-09") in days(text)
    assert ("1976-01-01", "1976-12-31") not in days(text)


def test_a_day_counted_to_a_happening_takes_the_year_of_the_day_it_counts_to():
    text = NEWS + ("BEX – On 9 March 1976, the bridge fell.\n\n"
                   "The town rebuilt it in 1979 and opened it on 2 June 1981.\n\n"
                   "Warnings had been posted by 6 March, three days before the fall, and the "
                   "ferry stopped.\n")
    assert ("1976-03-06", "1976-03-06") in days(text)
    assert ("1981-03-06", "1981-03-06") not in days(text)


def test_a_weekday_of_an_anniversary_after_a_day_of_long_ago_is_of_the_story_week():
    text = NEWS + ("BEX – On 9 March 1976, Ada Roe crossed the bridge before it fell. On "
                   "Thursday she laid flowers there for the 50th anniversary.\n")
    assert days(text) == [("1976-03-09", "1976-03-09"), ("2026-03-12", "2026-03-12")]
