"""A day told with its weekday but without its year takes the year where it falls on that
weekday, next to the year read (made-up texts; 3 April 1898 was a Sunday, of 1897 a
Saturday)."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document


def events(text: str) -> list[tuple[str, str, str]]:
    return [(e.span.start.iso(), e.span.end.iso(), e.statement)
            for e in find_events([parse_document("w.txt", text)], [])]


STORY = ("Mill fire\n\nThe mill at Corva burned on Saturday, March 26, 1898. The blaze came two "
         "years after the weavers' strike that began in November 1896.\n\n"
         "On Sunday, April 3, the weavers held a vigil at the gates. Two days later, on April 5, "
         "the owners reopened the yard.\n")


def test_the_weekday_chooses_the_year_after_a_flashback():
    found = events(STORY)
    assert [start for start, _, said in found if "vigil" in said] == ["1898-04-03"]
    assert [start for start, _, said in found if "reopened the yard" in said] == ["1898-04-05"]


def test_a_weekday_that_fits_the_year_read_keeps_it():
    text = "Flood\n\nThe river rose in March 1897. On Saturday, 3 April, the dam broke.\n"
    assert ("1897-04-03", "1897-04-03", "The dam broke") in events(text)


def test_a_weekday_fitting_no_year_nearby_leaves_the_year_read():
    # 3 April is a Monday in none of 1896, 1897 and 1898.
    text = "Flood\n\nThe river rose in March 1897. On Monday, 3 April, the dam broke.\n"
    assert ("1897-04-03", "1897-04-03", "The dam broke") in events(text)



def test_a_weekday_of_an_old_style_date_keeps_the_year_read():
    # 9 May 1302 was a Wednesday in the Julian calendar (a Tuesday read as Gregorian, as
    # 9 May 1303 is a Wednesday).
    text = "Tolls\n\nThe guild met in April 1302. On Wednesday, 9 May, the toll was raised.\n"
    assert ("1302-05-09", "1302-05-09", "The toll was raised") in events(text)
