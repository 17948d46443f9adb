"""Day phrases counted from the happening a story looks back on (made-up story)."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document

STORY = ("Home | News\n\nThe night the river rose\n\nBy Ada Roe\nPublished May 6, 2024\n\n"
         "The flood broke the levee on May 3, 1911. Three days later the water fell again.\n\n"
         "Mayor Ivo Brask issued an order on the first day closing the bridges. The singer Lene "
         "Tarr, who had sung at the town hall the night before the flood, left by boat.\n")


def test_the_first_day_and_the_night_before_the_flood_count_from_the_storys_happening():
    events = find_events([parse_document("flood.txt", STORY)], [])
    assert any("order" in e.statement and e.span.start.iso() == "1911-05-03" for e in events)
    assert any("town hall" in e.statement and e.span.start.iso() == "1911-05-02"
               for e in events)


def test_shortly_after_midnight_after_an_evening_told_is_the_next_day():
    text = ("Home | News\n\nThe ferry that never came home\n\nBy Ada Roe\n"
            "Published October 2, 2024\n\n"
            "The Salt Star left Orm on the evening of September 27, 1994, with 900 people "
            "aboard. Shortly after midnight the bow door gave way in a storm.\n")
    events = find_events([parse_document("ferry.txt", text)], [])
    assert any("bow door" in e.statement and e.span.start.iso() == "1994-09-28"
               for e in events)


def test_minutes_past_midnight_after_an_evening_told_is_the_next_day():
    text = ("Home | News\n\nThe night of the signal\n\nBy Ada Roe\nPublished April 26, 2024\n\n"
            "At 10.55 p.m. on April 24, 1974 a radio station played a song. At twenty past "
            "midnight Radio Ossa broadcast a banned hymn, and the columns moved.\n")
    events = find_events([parse_document("signal.txt", text)], [])
    assert any("hymn" in e.statement and e.span.start.iso() == "1974-04-25" for e in events)


def test_a_weekday_told_in_an_irregular_past_is_the_one_before_the_date_line():
    text = ("Home | News\n\nFifty years on\n\nBy Ada Roe\nPublished 26 April 2024\n\n"
            "The captain died in 1992. His widow laid flowers at the barracks on Wednesday.\n")
    events = find_events([parse_document("veterans.txt", text)], [])
    assert any("flowers" in e.statement and e.span.start.iso() == "2024-04-24" for e in events)


def test_the_year_something_was_told_about_the_story_leaves_the_story_in_its_year():
    text = ("Home | News\n\nFive nights in April\n\nBy Ada Roe\nPublished April 24, 2024\n\n"
            "At 10.55pm on April 24, 1974, a station played a song. The presenter told this "
            "newspaper in 2014 that he had been handed an envelope.\n\n"
            "At 12.20am on April 25, another station broadcast a hymn. \"We knew,\" she told a "
            "crew in 2004.\n\nOn the night of April 26 the prisons were opened.\n")
    days = {e.span.start.iso() for e in find_events([parse_document("nights.txt", text)], [])}
    assert {"1974-04-25", "1974-04-26"} <= days and not {"2014-04-25", "2004-04-26"} & days


def test_a_death_told_in_a_where_clause_after_the_day_leaves_the_story_in_its_year():
    text = ("Home | News\n\nThe night of the coup\n\nBy Ada Roe\nPublished April 24, 2024\n\n"
            "The premier surrendered on April 25, 1974. He flew to Orm the next morning and "
            "later went on to Vell, where he died in 1980.\n\n"
            "The building was taken on April 27.\n")
    days = {e.span.start.iso() for e in find_events([parse_document("coup.txt", text)], [])}
    assert "1974-04-27" in days and "1980-04-27" not in days
