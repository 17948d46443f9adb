"""The date grammar: every expression's interval and precision, context, and non-dates."""

from __future__ import annotations

import pytest

from studyapp.extract.dates import DateContext, easter, find_dates
from studyapp.model import DateSpan, Ymd


def context(iso: str = "1991-11-07", precision: str = "day") -> DateContext:
    day = Ymd.parse(iso)
    return DateContext(DateSpan(day, day, precision))


def spans(text: str, ctx: DateContext | None = None) -> list[tuple[str, str, str]]:
    return [(m.span.start.iso(), m.span.end.iso(), m.span.precision)
            for m in find_dates(text, ctx if ctx is not None else DateContext())]


@pytest.mark.parametrize("text, start, end, precision", [
    # The table of docs/extraction.md, and its neighbours.
    ("February 13", "1988-02-13", "1988-02-13", "day"),
    ("20 February 1988", "1988-02-20", "1988-02-20", "day"),
    ("on 20th February, 1988", "1988-02-20", "1988-02-20", "day"),
    ("the 5th of May 1990", "1990-05-05", "1990-05-05", "day"),
    ("February 20, 1988", "1988-02-20", "1988-02-20", "day"),
    ("Feb. 20, 1988", "1988-02-20", "1988-02-20", "day"),
    ("Sept. 1, 1939", "1939-09-01", "1939-09-01", "day"),
    ("in November 1991", "1991-11-01", "1991-11-30", "month"),
    ("in February 1988", "1988-02-01", "1988-02-29", "month"),
    ("in February of 1900", "1900-02-01", "1900-02-28", "month"),
    ("spring 2020", "2020-03-01", "2020-05-31", "season"),
    ("autumn 1991", "1991-09-01", "1991-11-30", "season"),
    ("fall 1991", "1991-09-01", "1991-11-30", "season"),
    ("in the fall of 1991", "1991-09-01", "1991-11-30", "season"),
    ("summer of 1942", "1942-06-01", "1942-08-31", "season"),
    ("winter 1812", "1812-12-01", "1813-02-28", "season"),
    ("winter 1815", "1815-12-01", "1816-02-29", "season"),
    ("in 1945", "1945-01-01", "1945-12-31", "year"),
    ("by 1988", "1988-01-01", "1988-12-31", "year"),
    ("since 1998", "1998-01-01", "1998-12-31", "year"),
    ("until 2018", "2018-01-01", "2018-12-31", "year"),
    ("early 1990", "1990-01-01", "1990-04-30", "year"),
    ("Early in 1200", "1200-01-01", "1200-04-30", "year"),
    ("mid-1990", "1990-05-01", "1990-08-31", "year"),
    ("late 2022", "2022-09-01", "2022-12-31", "year"),
    ("the start of 1990", "1990-01-01", "1990-01-31", "month"),
    ("the beginning of 1990", "1990-01-01", "1990-01-31", "month"),
    ("by the end of 2024", "2024-12-01", "2024-12-31", "month"),
    ("in early December 1989", "1989-12-01", "1989-12-31", "month"),
    ("the 1960s", "1960-01-01", "1969-12-31", "decade"),
    ("in the early 1980s", "1980-01-01", "1982-12-31", "decade"),
    ("the mid-1980s", "1983-01-01", "1986-12-31", "decade"),
    ("by the late 1980s", "1987-01-01", "1989-12-31", "decade"),
    ("the 11th century", "1001-01-01", "1100-12-31", "century"),
    ("the eleventh century", "1001-01-01", "1100-12-31", "century"),
    ("the 21st century", "2001-01-01", "2100-12-31", "century"),
    ("early 20th century", "1901-01-01", "1933-12-31", "century"),
    ("Early 20th-century history", "1901-01-01", "1933-12-31", "century"),
    ("late 19th century", "1867-01-01", "1900-12-31", "century"),
    ("the 19th and 20th centuries", "1801-01-01", "2000-12-31", "century"),
    ("44 BC", "-0043-01-01", "-0043-12-31", "year"),
    ("in 1 BC", "0000-01-01", "0000-12-31", "year"),
    ("753 BCE", "-0752-01-01", "-0752-12-31", "year"),
    ("AD 79", "0079-01-01", "0079-12-31", "year"),
    ("in 632, the", "0632-01-01", "0632-12-31", "year"),
    ("the 1st century BC", "-0099-01-01", "0000-12-31", "century"),
    ("the 5th century BC", "-0499-01-01", "-0400-12-31", "century"),
    ("the 14th–15th centuries", "1301-01-01", "1500-12-31", "century"),
    ("7th-5th centuries BCE", "-0699-01-01", "-0400-12-31", "century"),
    ("the 18th-century mills", "1701-01-01", "1800-12-31", "century"),
    ("February 18–26, 1988", "1988-02-18", "1988-02-26", "range"),
    ("18–26 February 1988", "1988-02-18", "1988-02-26", "range"),
    ("April 30 – May 15, 1991", "1991-04-30", "1991-05-15", "range"),
    ("30 April – 15 May 1991", "1991-04-30", "1991-05-15", "range"),
    ("between April 2 and April 9, 1850", "1850-04-02", "1850-04-09", "range"),
    ("between 28 March and 4 April 1850", "1850-03-28", "1850-04-04", "range"),
    ("between March 2 and 9, 1850", "1850-03-02", "1850-03-09", "range"),
    ("in the spring and summer of 1848", "1848-03-01", "1848-08-31", "season"),
    ("c. 1450", "1450-01-01", "1450-12-31", "year"),
    ("In 1165/66 he married", "1165-01-01", "1166-12-31", "range"),
    ("Otto III (r. 1154–1189) was duke", "1154-01-01", "1189-12-31", "range"),
    ("circa 1450", "1450-01-01", "1450-12-31", "year"),
    ("in May and June 1848", "1848-05-01", "1848-06-30", "range"),
    ("during the 1850s–60s", "1850-01-01", "1869-12-31", "decade"),
    ("the 1840s-1850s", "1840-01-01", "1859-12-31", "decade"),
    ("between 2 and 9 March 1850", "1850-03-02", "1850-03-09", "range"),
    ("December 28, 1990 – January 3, 1991", "1990-12-28", "1991-01-03", "range"),
    ("from 1988 to 1991", "1988-01-01", "1991-12-31", "range"),
    ("between 1921 and 1990", "1921-01-01", "1990-12-31", "range"),
    ("In 1919–1920, they", "1919-01-01", "1920-12-31", "range"),
    ("1919–20", "1919-01-01", "1920-12-31", "range"),
    ("1789 - 1792 Revolution", "1789-01-01", "1792-12-31", "range"),
    ("107 - 78 BC", "-0106-01-01", "-0077-12-31", "range"),
    ("from 49 to 44 BC", "-0048-01-01", "-0043-12-31", "range"),
    ("in 123 and 122 BC", "-0122-01-01", "-0121-12-31", "range"),
    ("March to May 1917", "1917-03-01", "1917-05-31", "range"),
    ("in the 1960s, 1970s, and 1980s", "1960-01-01", "1989-12-31", "decade"),
    ("the late 1980s and early 1990s", "1987-01-01", "1992-12-31", "decade"),
    ("the 1800s", "1800-01-01", "1899-12-31", "century"),
    ("the early 1800s", "1800-01-01", "1832-12-31", "century"),
    ("by the late 2000s", "2007-01-01", "2009-12-31", "decade"),
    ("the first half of the 19th century", "1801-01-01", "1850-12-31", "century"),
    ("the second half of 1990", "1990-07-01", "1990-12-31", "year"),
    ("by the end of the 19th century", "1867-01-01", "1900-12-31", "century"),
    ("the winter of 1941–42", "1941-12-01", "1942-02-28", "season"),
    ("the spring and summer of 1917", "1917-03-01", "1917-08-31", "season"),
    ("18 and 19 October 1813", "1813-10-18", "1813-10-19", "range"),
    ("from 18 to 26 February 1988", "1988-02-18", "1988-02-26", "range"),
    ("October 18 and 19, 1813", "1813-10-18", "1813-10-19", "range"),
    ("between May and July 1940", "1940-05-01", "1940-07-31", "range"),
    ("on Christmas Day 1066", "1066-12-25", "1066-12-25", "day"),
    ("at Easter 1146", "1146-03-31", "1146-03-31", "day"),
    ("on 1914-06-28 the", "1914-06-28", "1914-06-28", "day"),
    ("in the first months of 1990", "1990-01-01", "1990-12-31", "year"),
    ("as of 1970", "1970-01-01", "1970-12-31", "year"),
    ("1914-06", "1914-01-01", "1914-12-31", "year"),
])
def test_expression_interval(text, start, end, precision):
    assert spans(text, context("1988-01-01", "year")) == [(start, end, precision)]


@pytest.mark.parametrize("text, anchor, start, end", [
    # Year-less and relative expressions take what they lack from the date read before.
    ("February 13", "1988-05-05", "1988-02-13", "1988-02-13"),
    ("April 30 – May 15", "1991-01-01", "1991-04-30", "1991-05-15"),
    ("June 28–29", "1988-01-01", "1988-06-28", "1988-06-29"),
    ("In July, his words", "2020-02-10", "2020-07-01", "2020-07-31"),
    ("the next day", "2023-09-19", "2023-09-20", "2023-09-20"),
    ("by the next day", "2023-12-31", "2024-01-01", "2024-01-01"),
    ("the following day", "1988-02-28", "1988-02-29", "1988-02-29"),
    ("two days later", "2023-06-01", "2023-06-03", "2023-06-03"),
    ("Two days later", "1989-11-10", "1989-11-12", "1989-11-12"),
    ("a week later", "1137-07-25", "1137-08-01", "1137-08-01"),
    ("early the next year", "1850-05-05", "1851-01-01", "1851-04-30"),
    ("late that year", "1850-05-05", "1850-09-01", "1850-12-31"),
    ("by the end of the year", "1850-05-05", "1850-12-01", "1850-12-31"),
    ("later in the year", "1850-05-05", "1850-01-01", "1850-12-31"),
    ("in the autumn of that year", "1850-05-05", "1850-09-01", "1850-11-30"),
    ("the previous autumn", "1850-05-05", "1849-09-01", "1849-11-30"),
    ("the previous winter", "1850-05-05", "1849-12-01", "1850-02-28"),
    ("the year after.", "1850-05-05", "1851-01-01", "1851-12-31"),
    ("in the spring of the following year", "1850-05-05", "1851-03-01", "1851-05-31"),
    ("in May of the next year", "1850-05-05", "1851-05-01", "1851-05-31"),
    ("that very day", "1850-05-05", "1850-05-05", "1850-05-05"),
    # 13 April 1902 was a Sunday.
    ("The following Tuesday", "1902-04-13", "1902-04-15", "1902-04-15"),
    ("the next Sunday", "1902-04-13", "1902-04-20", "1902-04-20"),
    ("the previous Friday", "1902-04-13", "1902-04-11", "1902-04-11"),
    ("Six and a half hours after landing, they", "1902-04-09", "1902-04-09", "1902-04-09"),
    ("about 20 minutes later", "1902-04-09", "1902-04-09", "1902-04-09"),
    ("36 hours later", "1902-04-09", "1902-04-10", "1902-04-10"),
    ("the same day", "1849-10-06", "1849-10-06", "1849-10-06"),
    ("the same afternoon", "1848-03-15", "1848-03-15", "1848-03-15"),
    ("the same year", "1963-01-01", "1963-01-01", "1963-12-31"),
    ("later that year", "-0132-01-01", "-0132-01-01", "-0132-12-31"),
    ("the following year", "1963-05-01", "1964-01-01", "1964-12-31"),
    ("three years later", "1990-05-01", "1993-01-01", "1993-12-31"),
    ("two years earlier", "1990-05-01", "1988-01-01", "1988-12-31"),
    ("That same year", "1963-05-01", "1963-01-01", "1963-12-31"),
    ("the previous year", "1963-05-01", "1962-01-01", "1962-12-31"),
    ("a year earlier", "1963-05-01", "1962-01-01", "1962-12-31"),
    ("the previous day", "1989-11-10", "1989-11-09", "1989-11-09"),
    ("three days earlier", "1989-11-10", "1989-11-07", "1989-11-07"),
    ("the following June", "2020-11-10", "2021-06-01", "2021-06-30"),
    ("the following June", "2020-03-10", "2020-06-01", "2020-06-30"),
    ("the same night of November 10", "2020-11-09", "2020-11-10", "2020-11-10"),
    ("Autumn: around", "1988-01-01", "1988-09-01", "1988-11-30"),
    ("September: the", "1987-01-01", "1987-09-01", "1987-09-30"),
    ("on Christmas Day", "1137-07-25", "1137-12-25", "1137-12-25"),
    # A month well before the last date's month is the next year's; a little before, the same.
    ("In January, the conference", "1918-11-11", "1919-01-01", "1919-01-31"),
    ("on May 14", "2023-06-10", "2023-05-14", "2023-05-14"),
])
def test_context_resolves_yearless_and_relative(text, anchor, start, end):
    result = spans(text, context(anchor))
    assert [(s, e) for s, e, _ in result] == [(start, end)]


@pytest.mark.parametrize("text", [
    "ISBN 978-1-85649-288-1",
    "ISBN 0-8143-2605-6.",
    "doi:10.4324/9781315758992",
    "[00:02:10]",
    "at 11:30 p.m.",
    "over 100,000 people",
    "around 2,500 people",
    "from 190,000 to no more than 146,000",
    "Around 167,000 left",
    "Black garden. p. 42.",
    "pp. 1988–1990",
    "Roy Smith (1850–1920) wrote",
    "Eleanor (c. 1122 – 1 April 1204) was",
    "the writer (born 1950) said",
    "Article 78 of the constitution",
    "15–20 kilometer (9–12 mile) zone",
    "the M-30 howitzers",
    "10-fold",
    "a century ago",
    "they may come",
    "The Lion in Winter",
    "1500 soldiers died",
    "the Revolution of 1848",
    "15 March is a national holiday",
    "he arrived the day after the meeting",
    "celebrated on 15 March each year",
])
def test_not_dates(text):
    assert spans(text, context("1988-01-01", "year")) == []


def test_relative_days_count_from_the_end_of_a_range_of_days():
    ctx = DateContext()
    find_dates("Riots lasted from 18 to 26 February 1988.", ctx)
    assert spans("The following day the troops left.", ctx)[0][0] == "1988-02-27"
    ctx = DateContext()
    find_dates("Between 1921 and 1990 it was ruled from afar.", ctx)
    assert spans("The following day", ctx) == []


def test_several_dates_in_order_each_anchoring_the_next():
    ctx = context("2023-06-01", "month")
    result = spans("They met in Vienna on May 14, in Prague on May 25, in Riga on June 1, "
                   "and then in Oslo two days later.", ctx)
    assert [s for s, _, _ in result] == ["2023-05-14", "2023-05-25", "2023-06-01", "2023-06-03"]


def test_two_years_joined_by_and_stay_two_dates():
    assert spans("In 1965 and 1977, there were") == [
        ("1965-01-01", "1965-12-31", "year"), ("1977-01-01", "1977-12-31", "year")]


def test_backstory_does_not_anchor_later_dates():
    ctx = context("1989-10-01", "season")
    find_dates("Honecker, who had ruled since 1971, was replaced.", ctx)
    assert spans("On November 4, crowds gathered.", ctx)[0][0] == "1989-11-04"


def test_plans_are_marked_and_do_not_anchor():
    ctx = context("2020-05-05")
    mentions = find_dates("The treaty will expire by the end of 2024.", ctx)
    assert mentions[0].planned and ctx.last.start.year == 2020


def test_without_context_yearless_dates_are_dropped():
    assert spans("On 10 March, he spoke.") == []
    assert spans("two days later") == []


def test_span_text_is_the_expression_as_written():
    mention = find_dates("On 23 March 1988, the council met.")[0]
    assert mention.span.text == "23 March 1988"
    assert "On 23 March 1988, the council met."[mention.start:mention.end] == "23 March 1988"


@pytest.mark.parametrize("year, month, day", [(1146, 3, 31), (2024, 3, 31), (1849, 4, 8),
                                              (2000, 4, 23), (1583, 4, 10)])
def test_easter(year, month, day):
    assert easter(year) == (month, day)


@pytest.mark.parametrize("text, start, end", [
    ("He reigned from 1154 until his death in 1189.", "1154-01-01", "1189-12-31"),
    ("During the war (1914–1918), he served.", "1914-01-01", "1918-12-31"),
])
def test_spans_that_look_like_other_things(text, start, end):
    assert spans(text) == [(start, end, "range")]


def test_relative_days_after_a_flashback_count_from_the_last_day():
    ctx = DateContext()
    find_dates("On 3 November 1966 the river rose.", ctx)
    find_dates("In 1962 the council refused new levees.", ctx)
    assert spans("The army arrived two days later.", ctx)[0][0] == "1966-11-05"


def test_two_days_joined_by_and_without_between_stay_two_days():
    assert spans("The envoys met on May 14 and May 25, 1850.", context("1850-01-02")) == [
        ("1850-05-14", "1850-05-14", "day"), ("1850-05-25", "1850-05-25", "day")]


def test_two_days_of_a_month_joined_by_and_are_no_range():
    assert ("1850-05-14", "1850-05-25", "range") not in spans("on 14 and 25 May 1850")


@pytest.mark.parametrize("text", [
    "The revolt is remembered every 3 March in Arle.",
    "Each 9 May the guild marches.",
])
def test_a_day_told_as_recurring_is_no_date(text):
    assert spans(text, context("1734-01-02")) == []


@pytest.mark.parametrize("text, expected", [
    ("Historians such as Mara Dell (2004) see it as a strike.", []),
    ("See Orme (1998) for the maps.", []),
    ("Holt (2004) argues that the reform failed.", []),
    ("The Salt Guilds (1734) called a strike.", [("1734-01-01", "1734-12-31", "year")]),
    ("The Peace of Corva (1736) ended it.", [("1736-01-01", "1736-12-31", "year")]),
])
def test_an_authors_name_with_a_year_in_brackets_cites_a_work(text, expected):
    assert spans(text) == expected


def test_years_later_count_from_a_range_of_days_but_not_from_a_range_of_years():
    days = DateContext(DateSpan(Ymd(1858, 10, 3), Ymd(1858, 10, 4), "range"))
    years = DateContext(DateSpan(Ymd(1880, 1, 1), Ymd(1884, 12, 31), "range"))
    assert spans("a year later", days) == [("1859-01-01", "1859-12-31", "year")]
    assert spans("three years later", years) == []


@pytest.mark.parametrize("text, expected", [
    ("seventeen days later", [("1539-10-29", "1539-10-29", "day")]),
    ("twenty-one days later", [("1539-11-02", "1539-11-02", "day")]),
    ("forty years later", [("1579-01-01", "1579-12-31", "year")]),
])
def test_counts_in_words_beyond_twelve(text, expected):
    assert spans(text, DateContext(DateSpan(Ymd(1539, 10, 12), Ymd(1539, 10, 12), "day"))) \
        == expected


def test_two_months_apart_sharing_a_year_are_no_range_but_two_months_of_that_year():
    assert spans("in April and June 1848") == [("1848-04-01", "1848-04-30", "month"),
                                               ("1848-06-01", "1848-06-30", "month")]


@pytest.mark.parametrize("text, dated", [
    ("The Revolt of the Salt Guilds (3 March 1734 – 19 August 1736) was a rising.", True),
    ("the Salt Guilds (1734–1736) rose", True),
    ("The Duke of Arle (1790–1850) was a soldier.", False),
    ("the poet Ann Roe (1850–1920) wrote", False),
])
def test_brackets_after_the_and_a_name_date_a_thing_unless_a_title_opens_it(text, dated):
    assert bool(spans(text)) == dated


@pytest.mark.parametrize("text, dated", [
    ("Exiles fled to Corva (1850–1852).", True),
    ("She wrote to Ann Roe (1850–1920).", False),
])
def test_brackets_spanning_a_few_years_after_a_name_are_no_life(text, dated):
    assert bool(spans(text)) == dated



@pytest.mark.parametrize(("text", "expected"), [
    ("Five Days of Orvel (18–22 March 1848): the guilds rose.", ("1848-03-18", "1848-03-22")),
    ("The Three Days of Bex (3-5 May 1848) ended the siege.", ("1848-05-03", "1848-05-05"))])
def test_days_of_one_month_in_brackets_after_a_name_are_a_span_not_a_life(text, expected):
    assert spans(text) == [(*expected, "range")]


def test_a_century_describing_a_person_named_after_it_is_no_date():
    text = ("The story of the revolt comes from the 10th-century historian al-Tamar, whose "
            "annals were finished around 1015. A 15th-century manuscript survives.")
    assert [start for start, _, _ in spans(text)] == ["1015-01-01", "1401-01-01"]
