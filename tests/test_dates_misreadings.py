"""Numbers and phrases that look like dates of a happening but are not, or are of another
year or calendar than first read (made-up texts)."""

from __future__ import annotations

from studyapp.extract.dates import DateContext, find_dates
from studyapp.extract.events import find_events
from studyapp.ingest import parse_document


def events(text: str) -> list[tuple[str, str, str]]:
    return [(e.span.start.iso(), e.span.end.iso(), e.statement)
            for e in find_events([parse_document("e.txt", text)], [])]


def test_a_page_number_alone_on_its_line_is_no_year_heading():
    text = ("The war began in March 1702 when the Vell fleet sailed.\n\n212\n\n"
            "On 3 May the army reached the coast.\n")
    found = {statement: start for start, _, statement in events(text)}
    assert found["The army reached the coast"] == "1702-05-03"


def test_a_three_digit_year_line_still_heads_an_early_timeline():
    text = ("The Orm league fought Vell from 264 BC.\n\n"
            "212\n- May: Vell takes the harbour.\n")
    found = {statement: start for start, _, statement in events(text)}
    assert found["Vell takes the harbour"] == "-0211-05-01"


def date_spans(text: str) -> list[tuple[str, str]]:
    return [(m.span.start.iso(), m.span.end.iso()) for m in find_dates(text, DateContext())]


def test_a_century_before_a_happening_and_a_name_still_dates_it():
    text = "During the 14th-century plague Vell lost a third of its people."
    assert date_spans(text) == [("1301-01-01", "1400-12-31")]


def test_a_century_before_a_person_noun_and_a_name_dates_no_happening():
    assert date_spans("The tale comes from the 14th-century chronicler Ada Roe.") == []


def test_a_span_of_years_gives_no_first_day_to_count_an_anniversary_from():
    text = ("Ada Roe ruled Orm from 1840 to 1870. "
            "On 1 January, the fifth anniversary of the harbour, the guild met.")
    assert ("1845-01-01", "1845-01-01") not in date_spans(text)


def test_a_span_of_days_gives_its_first_day_to_count_an_anniversary_from():
    text = ("The fair ran between 1 January and 7 January 1840. "
            "On 1 January, the fifth anniversary of the fair, the guild met.")
    assert ("1845-01-01", "1845-01-01") in date_spans(text)


def test_a_modern_weekday_is_read_in_the_gregorian_calendar_only():
    # 2 April 2023 is a Sunday (a Saturday only in the Julian calendar, unused by then)
    text = "The hall opened in March 2023. On Saturday, April 2, the first concert was held."
    assert ("2023-04-02", "2023-04-02") not in date_spans(text)


def test_an_old_weekday_may_be_read_in_the_julian_calendar():
    # 2 April 1700 was a Friday in the Gregorian calendar, a Tuesday in the Julian
    text = "The hall opened in March 1700. On Tuesday, April 2, the first concert was held."
    assert ("1700-04-02", "1700-04-02") in date_spans(text)


def test_a_day_counted_to_a_happening_across_new_year_is_of_the_year_before():
    text = ("The treaty was signed on 2 January 1790 at Orm. The Vell envoy had arrived "
            "by 30 December, three days before the signing, and waited.")
    assert ("1789-12-30", "1789-12-30") in date_spans(text)


def test_the_last_day_is_the_end_of_a_span_only_after_on_or_by():
    fair = "The fair at Orm ran from 13 June to 13 July 1790. "
    assert date_spans(fair + "It was the last day he saw her.") == [("1790-06-13", "1790-07-13")]
    assert ("1790-07-13", "1790-07-13") in date_spans(fair + "Ada Roe sang on the last day.")
    assert ("1790-07-13", "1790-07-13") in date_spans(fair + "By the last day, all was sold.")
