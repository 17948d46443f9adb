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


def test_the_first_of_two_months_sharing_a_year_is_a_month_of_that_year():
    text = "Ada Roe\n\nTwo more synods followed, in March and October 1731, and split the guild.\n"
    assert days(text) == [("1731-03-01", "1731-03-31"), ("1731-10-01", "1731-10-31")]


def test_that_same_day_is_the_day_just_told():
    text = ("Bex\n\nThe town fell on 4 May 1702. Its mayor was taken with his council and "
            "hanged that same day.\n")
    assert days(text) == [("1702-05-04", "1702-05-04"), ("1702-05-04", "1702-05-04")]


def test_within_hours_after_a_day_is_that_day_and_a_cut_relative_clause_goes():
    text = ("Bex\n\nThe talks broke down on 4 May 1702, and within hours the guards launched an "
            "assault that by 9 May had taken the port.\n")
    found = [(e.span.start.iso(), e.statement)
             for e in find_events([parse_document("b.txt", text)], [])]
    assert ("1702-05-04", "The guards launched an assault") in found


def test_today_in_a_dated_story_is_its_day_when_someone_does_something():
    text = NEWS + ("Today, as the mayor lays a wreath at the bridge, the town is quiet.\n\n"
                   "Today the old toll house is a museum.\n")
    assert days(text) == [("2026-03-14", "2026-03-14")]


def test_today_leaves_the_story_in_its_past():
    text = NEWS + ("Today, as the mayor lays a wreath, the river looks calm.\n\n"
                   "The town floods in spring, but in 1976 the water rose on 9 March.\n")
    assert ("1976-03-09", "1976-03-09") in days(text)
    assert ("2026-03-09", "2026-03-09") not in days(text)


def test_the_previous_month_named_is_the_last_such_month_before_the_date_told():
    text = ("Ada Roe\n\nAda Roe died at Bex on 7 April 1803. Her rival had died of fever the "
            "previous November, and the guild closed the preceding March.\n")
    assert days(text)[1:] == [("1802-11-01", "1802-11-30"), ("1803-03-01", "1803-03-31")]


def test_a_day_told_as_the_nth_anniversary_of_a_day_named_is_that_many_years_on():
    text = NEWS + ("The vote on the charter was held between 3 March and 9 March 2016.\n\n"
                   "In 2023 the two councils met at Orm.\n\n"
                   "At a rally in Bex on 3 March — the tenth anniversary of the opening of the "
                   "vote — the mayor told a crowd that she would not wait. Three days later, "
                   "she flew to Orm.\n")
    found = days(text)
    assert ("2026-03-03", "2026-03-03") in found and ("2026-03-06", "2026-03-06") in found
    assert not any(start.startswith("2023-03") for start, _ in found)
