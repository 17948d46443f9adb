"""Texts telling years before 1000 or before the common era write most of them bare, once a
heading or a date has set the time."""

import pytest

from studyapp.extract import extract
from studyapp.extract.dates import DateContext, find_dates, tells_early_years
from studyapp.ingest import parse_document
from studyapp.model import DateSpan, Ymd


def _read(text: str, context: DateContext) -> list[tuple[int, int, str]]:
    return [(m.span.start.year, m.span.end.year, m.span.precision) for m in find_dates(text,
                                                                                       context)]


def _before_era() -> DateContext:
    context = DateContext()  # as after a heading "## 410 - 380 BC"
    context.anchor(DateSpan(Ymd(-409, 1, 1), Ymd(-379, 12, 31), "range"))
    return context


@pytest.mark.parametrize("text, expected", [
    ("Summer 395: the fleet burned the harbour.", [(-394, -394, "season")]),
    ("In 398, the assembly voted to rebuild the walls.", [(-397, -397, "year")]),
    ("In 371 the league was dissolved.", [(-370, -370, "year")]),
    ("The general was exiled (392).", [(-391, -391, "year")]),
    ("395: the fleet burned the harbour.", [(-394, -394, "year")]),
    ("In May 397 the army crossed the river.", [(-396, -396, "month")]),
    ("From 399 to 394 the war went on.", [(-398, -393, "range")]),
    ("In 44 BC the dictator was killed.", [(-43, -43, "year")]),
])
def test_bare_years_after_an_era_heading_are_before_the_era(text, expected):
    assert _read(text, _before_era()) == expected


def test_a_bare_year_then_anchors_the_next_year_less_day():
    context = _before_era()
    days = find_dates("In May 397 the army crossed the river. On 12 May it reached the coast.",
                      context)
    assert days[-1].span.start == Ymd(-396, 5, 12)


@pytest.mark.parametrize("text", [
    "In 371 the league was dissolved.", "Summer 395: the fleet sailed.", "It happened (392)."])
def test_bare_numbers_are_no_years_in_a_text_of_our_era(text):
    context = DateContext()
    context.anchor(DateSpan(Ymd(1848, 1, 1), Ymd(1848, 12, 31), "year"))
    assert _read(text, context) == []


def test_counts_stay_counts_before_the_era():
    assert _read("In 366 a treaty was sworn and 300 hostages were returned.", _before_era()) \
        == [(-365, -365, "year")]


@pytest.mark.parametrize("text, start, end", [
    ("The 420s BC saw the first raids.", -428, -419),  # 429-420 BC
    ("In the early 420s BCE raids began.", -428, -426),  # 429-427 BC: years count down
    ("the late 420s BC", -421, -419),  # 422-420 BC
])
def test_decades_before_the_era(text, start, end):
    assert _read(text, DateContext()) == [(start, end, "decade")]


@pytest.mark.parametrize("text, expected", [
    ("He died in 1611 or 1612 at Ardel.", [(1611, 1612, "range")]),
    ("born in 44 or 43 BC", [(-43, -42, "range")]),
    ("in 1850 or 1870 the town grew", [(1850, 1850, "year"), (1870, 1870, "year")]),
])
def test_one_of_two_adjacent_years_is_both(text, expected):
    assert _read(text, DateContext()) == expected


def _early() -> DateContext:
    context = DateContext()  # as after a heading "## 714 - 768"
    context.anchor(DateSpan(Ymd(714, 1, 1), Ymd(768, 12, 31), "range"))
    return context


@pytest.mark.parametrize("text, expected", [
    ("In 751 Pepin deposed the last king.", [(751, 751, "year")]),
    ("754: the pope crossed the Alps.", [(754, 754, "year")]),
    ("In October 732 the raiders were beaten.", [(732, 732, "month")]),
    ("He was crowned on December 25, 800.", [(800, 800, "day")]),
    ("From the 780s the schools grew.", [(780, 789, "decade")]),
])
def test_bare_years_before_1000_after_an_early_heading(text, expected):
    assert _read(text, _early()) == expected


def test_a_heading_of_bare_years_is_read_as_years():
    assert _read("714 - 768 Rise of the mayors", DateContext(bare_years=True)) == [
        (714, 768, "range")]


def test_a_counted_month_of_a_year():
    assert _read("The script was made law in the ninth month of 1446.", DateContext()) == [
        (1446, 1446, "month")]


@pytest.mark.parametrize("text, expected", [
    ("On 16 December 755 the general rebelled, and in January 756 he was crowned.", True),
    ("The town was founded in AD 79 and walled in 410 CE.", True),
    ("Trade grew in the 740s and again in the 780s.", True),
    ("The church, built in AD 301, was rebuilt in 1905, in 1948 and in 1991.", False),
    ("On 16 December 1755 the general rebelled.", False),
    ("On May 12 about 300 people marched.", False),
])
def test_a_text_tells_early_years_when_it_writes_them_beyond_doubt(text, expected):
    assert tells_early_years(text) is expected


def test_a_text_of_early_years_reads_them_bare_from_its_first_sentence():
    document = parse_document("revolt.txt", (
        "= The frontier revolt =\n\nThe revolt lasted from 755 to 763. The general was made "
        "governor of Arno in 742, of Besk in 744, and of Corva in 751.\n\nOn 16 December 755 "
        "he rebelled. In January 756 he was crowned.\n\n== Timeline ==\n\n=== 757 ===\n"
        "January 29: The general is murdered.\n"))
    found = [(e.span.start, e.span.end, e.span.precision) for e in extract([document]).events]
    assert found == [
        (Ymd(742, 1, 1), Ymd(742, 12, 31), "year"), (Ymd(744, 1, 1), Ymd(744, 12, 31), "year"),
        (Ymd(751, 1, 1), Ymd(751, 12, 31), "year"), (Ymd(755, 1, 1), Ymd(763, 12, 31), "range"),
        (Ymd(755, 12, 16), Ymd(755, 12, 16), "day"), (Ymd(756, 1, 1), Ymd(756, 1, 31), "month"),
        (Ymd(757, 1, 29), Ymd(757, 1, 29), "day")]


def test_a_table_header_naming_a_year_is_no_event():
    document = parse_document("notes.md", (
        "# Frankish notes\n\n## 814 - 843 The civil wars\n\n"
        "- August 843: a treaty split the realm\n\n| Brother | Share in 843 |\n|---|---|\n"
        "| Lothar | the middle kingdom |\n"))
    assert [e.span.text for e in extract([document]).events] == ["August 843"]


def test_a_decade_of_four_digits_is_of_our_era_after_a_year_before_it():
    assert _read("In the 1920s the revolt went on.", _before_era()) == [(1920, 1929, "decade")]


@pytest.mark.parametrize("text, expected", [
    ("On 7 January 1873 the rebel was arrested (26 December 1872 O.S.).", ["7 January 1873"]),
    ("On 2 May (20 April O.S.) the plot was betrayed.", ["2 May"]),
    ("On 12 March 1870 (28 February Old Style) the decree was issued.", ["12 March 1870"]),
    ("On 8 November [O.S. 27 October] the prince was born.", ["8 November"]),
])
def test_the_same_day_by_the_old_calendar_is_no_date_of_its_own(text, expected):
    context = DateContext()
    context.anchor(DateSpan(Ymd(1873, 1, 1), Ymd(1873, 12, 31), "year"))
    assert [m.span.text for m in find_dates(text, context)] == expected


def test_a_lifespan_with_old_calendar_days_gives_the_birth_and_death_days():
    document = parse_document("poet.txt", (
        "Ivo Darsk\n\nIvo Darsk (8 November [O.S. 27 October] 1837 – 12 September [O.S. 30 "
        "August] 1907) was a poet and publisher.\n"))
    days = [(e.span.start, e.statement) for e in extract([document]).events]
    assert days == [(Ymd(1837, 11, 8), "Ivo Darsk was born"),
                    (Ymd(1907, 9, 12), "Ivo Darsk died")]


def test_early_in_a_bare_early_year_is_its_first_third():
    document = parse_document("revolt.txt", (
        "= The frontier revolt =\n\nOn 16 December 755 the general rebelled. In January 756 "
        "he was crowned. Arno fell to the rebels early in 757. The rising ended late in 763.\n"))
    found = {e.span.text: (e.span.start, e.span.end) for e in extract([document]).events}
    assert found["early in 757"] == (Ymd(757, 1, 1), Ymd(757, 4, 30))
    assert found["late in 763"] == (Ymd(763, 9, 1), Ymd(763, 12, 31))


@pytest.mark.parametrize("text, expected", [
    ("On 12 May 1990 Julian left for the coast.", ["12 May 1990"]),
    ("He was born on 12 March 1830 O.S. in Orm.", ["12 March 1830"]),
])
def test_an_old_calendar_day_outside_brackets_or_a_man_named_julian_keep_the_date(text, expected):
    assert [m.span.text for m in find_dates(text, DateContext())] == expected


def test_a_month_before_a_count_of_three_digits_is_no_early_year():
    assert not tells_early_years("The strike began on 3 March 2024 in Orm. In March 300 dockers "
                                 "walked out. By May 400 had joined. On 3 May 250 more came.")
