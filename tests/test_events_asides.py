"""Dates that are asides, names or denials, and clauses that go on with a happening (made-up
texts): what a notes line, a callout or a news story says around its dates."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document

NOTES = "---\ntitle: Wars of Bex\n---\n\n# Wars of Bex\n\n"
NEWS = "The mill, remembered\n\nBy Ann Tell\nArle, Saturday, 14 March 2026\n\n"


def events(text: str, name: str = "t.md") -> list[tuple[str, str, str]]:
    return [(e.span.start.iso(), e.span.end.iso(), e.statement)
            for e in find_events([parse_document(name, text)], [])]


def days(text: str, name: str = "t.md") -> list[tuple[str, str]]:
    return [(start, end) for start, end, _ in events(text, name)]


def test_a_clause_saying_what_followed_within_days_is_part_of_the_happening():
    text = NOTES + "## 1702\n\n- 4 June: Arno killed at the ford; his men scattered within days.\n"
    assert days(text) == [("1702-06-04", "1702-06-04")]


def test_a_date_denied_is_no_date():
    text = NOTES + "> [!WARNING] Careful\n> The fire of Bex is 1702, NOT 1712.\n"
    assert days(text) == [("1702-01-01", "1702-12-31")]


def test_a_feast_named_in_brackets_after_a_day_is_that_day():
    text = NOTES + "## 1700 - 1710 Wars\n\n- 8 April 1703 (Palm Sunday; Easter Sunday next " \
        "week): Ada Roe preaches at Bex.\n- 12 April 1704 (Easter Sunday): Arno crowned.\n"
    assert days(text) == [("1703-04-08", "1703-04-08"), ("1704-04-12", "1704-04-12")]


def test_a_date_in_a_quoted_name_is_no_date():
    text = ("Bex\n\nA mutiny broke out in Bex on 2 May 1720 (the \"9 April affair\", by the "
            "old calendar).\n\n\"9 April affair\" is a name, not a day.\n")
    assert days(text, "b.txt") == [("1720-05-02", "1720-05-02")]


def test_a_recording_put_online_is_no_happening():
    text = NOTES + "## Lecture\n\n- Seminar video uploaded 2020-05-04, 44:10.\n" \
        "- The recording was posted on 3 June 2020.\n"
    assert days(text) == []


def test_a_part_of_a_month_after_of_is_that_month():
    text = NOTES + "## 1702\n\n- Bex: about 300 killed in the raid of mid-June.\n"
    assert days(text) == [("1702-06-01", "1702-06-30")]


def test_a_plan_told_after_next_year_is_no_happening():
    text = NEWS + ("In 2019 the mill became a museum.\n\n"
                   "Next year, the museum plans to open a second hall.\n")
    assert days(text, "n.txt") == [("2019-01-01", "2019-12-31")]


def test_the_last_day_after_a_span_of_days_is_its_end_and_a_treatys_terms_are_not_happenings():
    text = NOTES + "## 1705\n\n- 2 May - 9 June: Congress of Bexley. Peace signed on the last " \
        "day: Orm stays free; the ports go to Arle; Vell handed back to the duke.\n"
    found = events(text)
    assert [(s, e) for s, e, _ in found] == [("1705-05-02", "1705-06-09"),
                                            ("1705-06-09", "1705-06-09")]
    assert found[1][2].startswith("Peace signed")


def test_the_last_day_of_a_span_of_years_is_no_day():
    text = NOTES + "## 1700 - 1710\n\n- 1702-1704: war with Arle; on the last day, peace.\n"
    assert ("1704-12-31", "1704-12-31") not in days(text)


def test_the_next_weeks_after_a_day_are_the_months_they_cover():
    text = NOTES + "## 1702\n\n- 2 May: the rising begins at Bex.\n" \
        "- Next ~3 weeks: risings in Orm and Vell; crushed by the guards.\n" \
        "- 20 June: Arno crowned.\n- The following six weeks: raids on the coast.\n"
    assert days(text) == [("1702-05-02", "1702-05-02"), ("1702-05-01", "1702-05-31"),
                          ("1702-06-20", "1702-06-20"), ("1702-06-01", "1702-08-31")]


def test_what_is_usually_so_told_in_the_present_is_no_happening():
    text = NOTES + "Notes. Dates: local chronicles often give regnal years in the 12th " \
        "century. Records usually survive from the 1400s on.\n\n## 1702\n\n" \
        "- Arno often rode to Bex and was crowned there in May.\n"
    assert days(text) == [("1702-05-01", "1702-05-31")]


def test_a_quotation_opening_with_a_date_is_no_name():
    text = "Bex\n\nIn 1702 the mayor wrote \"3 May the gate was burnt\" in his diary.\n"
    assert ("1702-05-03", "1702-05-03") in days(text, "b.txt")


def test_a_clause_of_what_the_happening_made_is_part_of_it():
    text = NOTES + "## 1702\n\n- May: Arno crowned at Bex; medals struck in his honour.\n" \
        "- June: Vell taken by storm; the walls built anew within the year.\n"
    assert days(text) == [("1702-05-01", "1702-05-31"), ("1702-06-01", "1702-06-30")]
