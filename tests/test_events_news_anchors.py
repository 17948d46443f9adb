"""News features: relative and time-of-day dates tied to the right anchor (made-up stories)."""

from __future__ import annotations

import pytest

from studyapp.extract.events import dateline, find_events
from studyapp.ingest import parse_document
from studyapp.model import Ymd

HEAD = "The mill that fed a town\n\nBy Ann Tell\nArle, 14 March 2025\n\n"


def spans(text: str) -> list[tuple[str, str, str]]:
    return [(e.span.start.iso(), e.span.end.iso(), e.statement)
            for e in find_events([parse_document("n.txt", text)], [])]


def days(text: str) -> list[str]:
    return [start for start, _, _ in spans(text)]


def test_that_month_after_a_background_date_keeps_that_dates_year():
    text = HEAD + ("The strike of 2025 recalls an older one. The talks had opened in May 1921 "
                   "at Corva and moved to Bex that October.\n")
    assert ("1921-10-01", "1921-10-31") in [(s, e) for s, e, _ in spans(text)]
    assert not any(s.startswith("2025-10") for s in days(text))


def test_a_promised_deadline_is_no_happening_and_months_later_count_from_the_day_told():
    text = HEAD + ("In May 2019, the mayor and the owners met at the mill and promised to "
                   "reopen it by the end of the year. Three months later, the owners sold it.\n")
    assert spans(text) == [
        ("2019-05-01", "2019-05-31",
         "The mayor and the owners met at the mill and promised to reopen it by the end of the "
         "year"),
        ("2019-08-01", "2019-08-31", "The owners sold it")]


def test_an_explicit_day_with_a_relative_aside_is_one_date_in_the_story_told():
    # Forty years after 1985 is the story's own year: the story's time, not the history's.
    text = HEAD + ("The mill burned on 3 May 1985. Forty years later, the papers this paper "
                   "obtained last month show how it began.\n\n"
                   "On 5 May, two days after the fire, the police arrested a clerk.\n")
    found = [(s, e) for s, e, statement in spans(text) if "arrested a clerk" in statement]
    assert found == [("1985-05-05", "1985-05-05")]


def test_an_explicit_day_before_a_relative_aside_keeps_its_own_date():
    text = HEAD + ("The walkout began on 20 June 1950. On 14 June, three days before the vote, "
                   "a meeting agreed the route.\n")
    assert sorted(days(text)) == ["1950-06-14", "1950-06-20"]


@pytest.mark.parametrize("sentence, statement", [
    ("By the afternoon, the police had charged the crowd.", "The police had charged the crowd"),
    ("At 7:40 p.m. the roof fell into the nave.", "At 7:40 p.m. the roof fell into the nave"),
])
def test_a_time_of_day_opening_a_sentence_is_the_day_just_told(sentence, statement):
    text = HEAD + f"On 2 June 1921, workers left the mill at noon. {sentence}\n"
    found = spans(text)
    assert len(found) == 2 and all(s == "1921-06-02" for s, _, _ in found)
    assert any(statement.split()[-1] in s for _, _, s in found)


def test_a_time_of_day_without_a_day_in_its_paragraph_gives_no_date():
    text = HEAD + "The mill opened on 2 June 1921.\n\nBy the afternoon, the square was empty.\n"
    assert days(text) == ["1921-06-02"]


def test_a_day_declared_a_holiday_names_a_day_kept_every_year():
    text = ("When Ana Roth became mayor in 1988, her council declared 9 May a public holiday, "
            "and it was first kept in 1989.\n")
    found = spans(text)
    assert ("1988-01-01", "1988-12-31") in [(s, e) for s, e, _ in found]
    assert "1988-05-09" not in [s for s, _, _ in found]


def test_a_weekday_opening_a_future_sentence_is_the_coming_one_told_once():
    # 14 March 2025 was a Friday: "on Saturday" is no past Saturday but the story's news peg,
    # the coming one; told twice, it is one happening.
    text = HEAD + ("The mill was rebuilt in the autumn of 2024. On Saturday, the mill will open "
                   "its doors again. On Saturday evening, the mayor will ring the bell.\n")
    assert days(text) == ["2024-09-01", "2025-03-15"]


def test_a_weekday_telling_what_was_announced_for_later_still_dates_the_announcement():
    text = HEAD + "On Wednesday, the owners announced that they will sell the mill.\n"
    assert days(text) == ["2025-03-12"]


def test_a_relative_year_after_the_stories_date_inside_a_quotation_is_no_happening():
    text = HEAD + ("The mill closed on 2 June 1990.\n\n"
                   "\"Fifty years later, we are still waiting for work,\" a weaver said.\n")
    assert days(text) == ["1990-06-02"]


def test_that_month_in_the_sentence_after_a_background_date_keeps_that_dates_year():
    text = HEAD + ("The strike of 2025 recalls an older one. The talks had opened in May 1921 at "
                   "Corva. That October they moved to Bex.\n")
    assert ("1921-10-01", "1921-10-31") in [(s, e) for s, e, _ in spans(text)]


def test_that_month_after_the_narrative_moved_on_is_the_narratives():
    text = ("The talks had opened in May 1921 at Corva. In 1924 the guild split. "
            "That October its leaders were arrested.\n")
    assert ("1924-10-01", "1924-10-31") in [(s, e) for s, e, _ in spans(text)]


@pytest.mark.parametrize("sentence", [
    "At 9 a.m. the next day the crowd returned.",
    "At 9:15, the following morning, the crowd returned.",
])
def test_a_clock_time_before_a_relative_day_is_that_day_only(sentence):
    text = f"The mill closed on 2 June 1921. {sentence}\n"
    assert days(text) == ["1921-06-02", "1921-06-03"]


def test_an_explicit_day_with_a_dashed_relative_aside_is_one_date():
    text = "The fire broke out on 3 May 1921. On 5 May — two days after the fire — a clerk fled.\n"
    assert days(text) == ["1921-05-03", "1921-05-05"]


@pytest.mark.parametrize("sentence", [
    "On Saturday, the mill is to open its doors again.",
    "On Saturday the mill is due to open its doors again.",
])
def test_a_weekday_opening_a_sentence_of_what_is_to_come_is_the_coming_one(sentence):
    text = HEAD + f"The mill was rebuilt in the autumn of 2024. {sentence}\n"
    assert days(text) == ["2024-09-01", "2025-03-15"]


def test_a_day_that_became_a_holiday_names_a_day_kept_every_year():
    text = "The town was freed in 1945, and 9 May became a public holiday in 1946.\n"
    assert "1945-05-09" not in days(text)


def test_a_hoped_for_deadline_is_no_happening():
    text = ("In May 2019, the owners met and hoped to reopen the mill by the end of the year. "
            "Two months later, they sold it.\n")
    assert days(text) == ["2019-05-01", "2019-07-01"]


def test_within_hours_opening_a_sentence_is_the_day_just_told():
    text = "The dam gave way on 9 March 1993. Within hours, the lower town was flooded.\n"
    assert days(text) == ["1993-03-09", "1993-03-09"]


def test_a_night_remembered_or_a_likeness_to_yesterday_in_a_quotation_is_no_date():
    text = HEAD + ("The dam gave way on 9 March 1993.\n\n"
                   "\"I remember that night as if it were yesterday,\" a weaver said.\n\n"
                   "Boats arrived the next morning.\n")
    assert days(text) == ["1993-03-09", "1993-03-10"]


def test_a_date_after_the_stories_own_date_is_no_happening():
    text = HEAD + ("The mill closed on 2 June 1990.\n\nOn Wednesday, the owner told reporters "
                   "that it would reopen in September.\n")
    assert days(text) == ["1990-06-02", "2025-03-12"]


def test_a_story_opening_with_its_date_line_tells_its_paragraph_from_the_dates_after_it():
    text = ("The town that slid\n\nBy Luis Orte\nMarch 2, 2020\n\n"
            "CORVA, Peru (AP) — March 2, 2020 — The shaking began at 3:23 p.m. on 31 May 1970. "
            "By nightfall, the town had disappeared. The following morning, survivors walked "
            "to the coast.\n")
    assert spans(text) == [("1970-05-31", "1970-05-31", "The shaking began at 3:23 p.m"),
                           ("1970-05-31", "1970-05-31", "The town had disappeared"),
                           ("1970-06-01", "1970-06-01", "Survivors walked to the coast")]


def test_a_weekday_of_the_stories_week_marking_an_anniversary_is_a_happening():
    # 2 March 2020 was a Monday.
    text = ("The town that slid\n\nBy Luis Orte\nMarch 2, 2020\n\n"
            "The town slid away on 31 May 1970.\n\n"
            "On Monday, thousands gathered to mark the anniversary.\n")
    assert days(text) == ["1970-05-31", "2020-03-02"]


def test_a_month_of_that_year_after_a_later_month_stays_in_that_year():
    text = ("The strike began on 12 November 1984. Its leader had been elected in January of "
            "that year.\n")
    assert sorted(days(text)) == ["1984-01-01", "1984-11-12"]


def test_a_figure_compared_with_a_years_figure_is_no_happening():
    text = ("The port closed on 3 May 1990. Only 300 dockers work there today, compared with "
            "5,000 in 1984.\n")
    assert days(text) == ["1990-05-03"]


def test_a_newspapers_correction_note_tells_no_happening():
    text = HEAD + ("The strike ended on 14 October 1985.\n\n"
                   "Correction: An earlier version of this article gave the wrong date. It ended "
                   "on 14 October 1985, not 14 September.\n")
    assert days(text) == ["1985-10-14"]


def test_a_posted_line_with_its_author_dates_the_story():
    # 9 June 2023 was a Friday.
    text = ("The vote\n\nPosted on June 9, 2023 by Mira Tolen\n\n"
            "The vote was held on May 18, 1998.\n\n"
            "\"Twenty-five years later, people still stop me,\" said the organiser. He spoke on "
            "Tuesday at his home.\n")
    assert days(text) == ["1998-05-18", "2023-06-06"]


def test_a_date_line_with_an_abbreviated_weekday_and_a_clock_dates_the_story():
    # 14 September 2024 was a Saturday.
    text = ("The keepers\n\nSara Lind\nSat 14 Sep 2024 06.00 BST\n\n"
            "The boat reached the rock on 26 December 1934.\n\n"
            "On Tuesday, divers searched the rocks below the landing stage.\n")
    assert days(text) == ["1934-12-26", "2024-09-10"]


@pytest.mark.parametrize("sentence, expected", [
    ("Forty years ago, dockers in Arle walked out.", ("1985-01-01", "1985-12-31")),
    ("Two weeks ago, the council voted to close the mill.", ("2025-02-28", "2025-02-28")),
    ("Three months ago the council voted.", ("2024-12-01", "2024-12-31")),
])
def test_a_time_ago_counts_back_from_the_date_line(sentence, expected):
    assert [(s, e) for s, e, _ in spans(HEAD + sentence + "\n")] == [expected]


def test_a_time_ago_without_a_date_line_or_marking_an_anniversary_gives_no_date():
    assert spans("Forty years ago, dockers in Arle walked out.\n") == []
    assert spans(HEAD + "Forty years ago this week, dockers in Arle walked out.\n") == []


def test_a_time_ago_summing_up_a_happening_told_with_its_day_is_that_happening():
    text = ("The strike\n\nForty years ago, dockers in Arle walked out. What did they win?\n\n"
            "By Ann Tell\nArle, 14 March 2025\n\n"
            "It was a cold morning, 12 November 1985, when the dockers walked out of the port.\n")
    assert days(text) == ["1985-11-12"]


def test_a_relative_date_after_a_background_date_told_later_counts_from_the_main_date():
    text = ("The decree of 4 March 1702 returned estates seized since 1660, and the next year "
            "the owners rebuilt them.\n")
    assert "1661-01-01" not in days(text)


def test_a_relative_date_after_a_comma_that_tells_the_next_happening_stays():
    text = "The army reached the river on 3 May 1702, two days later it crossed.\n"
    assert days(text) == ["1702-05-03", "1702-05-05"]


def test_a_date_with_its_own_year_after_the_date_line_is_a_plan():
    text = HEAD + ("The mill closed on 2 June 1990.\n\nKey dates\n1921: Mill opens\n"
                   "2027: Museum due to open\n")
    assert sorted(days(text)) == ["1921-01-01", "1990-06-02"]


@pytest.mark.parametrize("sentence, expected", [
    ("Work on the new line began last autumn.", [("2024-09-01", "2024-11-30")]),
    ("Last winter the river froze.", [("2023-12-01", "2024-02-29")]),
    ("This winter the river froze.", [("2024-12-01", "2025-02-28")]),
    ("This spring the river will flood.", []),
    ("\"We lost everything last summer,\" she wrote in 1847.", [("1847-01-01", "1847-12-31")]),
])
def test_this_or_last_season_counts_from_the_date_line(sentence, expected):
    text = "The mill\n\nBy Ann Tell\nArle, 14 February 2025\n\n" + sentence + "\n"
    assert [(s, e) for s, e, _ in spans(text)] == expected


@pytest.mark.parametrize("sentence, day", [
    ("On Tuesday 11 March, the council voted to close the mill.", "2025-03-11"),
    ("The council voted on Tuesday, March 11, to close the mill.", "2025-03-11"),
    ("On 20 January the council voted to close the mill.", "2025-01-20"),
])
def test_a_year_less_day_before_any_year_is_of_the_date_lines_year(sentence, day):
    assert spans(HEAD + sentence + "\n") == [(day, day, "The council voted to close the mill")]


def test_a_weekday_before_a_day_with_its_year_is_part_of_the_date():
    found = find_events([parse_document("a.txt", "On Saturday, 4 May 1850, the mill burned.\n")],
                        [])
    assert [(e.span.start.iso(), e.span.text, e.statement) for e in found] == [
        ("1850-05-04", "Saturday, 4 May 1850", "The mill burned")]


@pytest.mark.parametrize("sentence, expected", [
    ("In October of that year they moved to Bex.", ("1921-10-01", "1921-10-31")),
    ("The same year they moved to Bex.", ("1921-01-01", "1921-12-31")),
])
def test_that_year_after_a_background_date_is_the_background_year(sentence, expected):
    text = HEAD + ("The strike of 2025 recalls an older one. The talks had opened in May 1921 at "
                   f"Corva. {sentence}\n")
    assert expected in [(s, e) for s, e, _ in spans(text)]


def test_that_year_after_an_end_told_ahead_is_the_narratives_year():
    text = ("The revolt broke out in May 1702 and lasted until 1703. The same year the king "
            "died.\n")
    assert ("1702-01-01", "1702-12-31", "The king died") in spans(text)


def test_that_same_month_is_that_month_of_the_year_told():
    text = "The talks opened in May 1921 at Corva. That same October they moved to Bex.\n"
    assert days(text) == ["1921-05-01", "1921-10-01"]


@pytest.mark.parametrize("sentence, statement", [
    ("Hours later, the first strikers were in court.", "The first strikers were in court"),
    ("Moments later the bells rang.", "The bells rang"),
])
def test_hours_or_moments_later_are_the_day_just_told(sentence, statement):
    text = f"On 3 December 1984, police cleared the picket. {sentence}\n"
    assert spans(text)[-1] == ("1984-12-03", "1984-12-03", statement)


def test_hours_later_without_a_day_read_gives_no_date():
    assert spans("Hours later, nobody knew.\n") == []


def test_a_date_line_of_a_place_in_capitals_and_a_dash_dates_the_story():
    # 6 November 2026 was a Friday.
    text = ("The flood\n\nBy Ann Tell\nARLE, Corva — November 6, 2026\n\n"
            "The river burst its banks on 4 November 1966.\n\n"
            "On Wednesday, the anniversary itself, the mayor laid a wreath.\n")
    assert days(text) == ["1966-11-04", "2026-11-04"]


def test_a_line_of_a_name_a_dash_and_a_date_is_no_date_line():
    assert dateline("The war\n\nArmistice — November 11, 1918\n\nThe guns fell silent.\n") \
        is None
    assert dateline("The war\n\nARLE — November 11, 2018\n\nThe guns fell silent.\n") == \
        Ymd(2018, 11, 11)


def test_last_weekday_of_the_reporting_does_not_date_a_quotation_after_it():
    text = ("The flood\n\nBy Ann Tell\nARLE — November 6, 2026\n\n"
            "The river burst its banks on 4 November 1966. \"It will go down by lunchtime,\" "
            "she said last Tuesday. \"It did not go down until the next morning.\"\n")
    assert "2026-11-04" not in days(text)


def test_a_time_ago_told_with_its_day_in_the_next_sentence_is_one_happening():
    text = HEAD + ("The last painting came back only ten years ago. The panels returned to the "
                   "church on 4 November 2015, after a long restoration.\n")
    assert days(text) == ["2015-11-04"]


def test_a_year_less_day_long_before_the_date_line_is_no_recent_day():
    assert spans(HEAD + "On 16 June, the pupils marched.\n") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Work began in 1163, and the nave was largely complete by the middle of the 13th century.",
     ["1163-01-01"]),
    ("The nave was completed in 1250.", ["1250-01-01"]),
    ("By 1250 the nave was finished.", ["1250-01-01"]),
])
def test_a_work_largely_complete_by_a_date_is_how_far_it_had_got(sentence, expected):
    assert days(sentence + "\n") == expected


def test_a_quotation_and_who_said_it_with_a_relative_date_is_no_happening():
    text = ("Home | News\n\nSixty years after the mill fire\n\nBy Ada Roe\n"
            "Published June 4, 2024\n\n"
            "On Sunday, a horn sounded 60 times over Orm. On the night of May 2, 1964, the "
            "Tarn mill burned to the ground.\n\n"
            '"We smelled it before we saw it," said Lene Brask, 88, who was a girl that night.'
            "\n\nThe mill board met on March 3, 1964, and chose to wait.\n\n"
            'On Sunday the mayor, Ivo Hale, unveiled a stone. "It should never have happened," '
            "Hale said at the stone on Sunday.\n")
    events = find_events([parse_document("orm.txt", text)], [])
    assert not [e for e in events if "smelled" in e.statement or "never" in e.statement]
    assert any("unveiled" in e.statement for e in events)


def test_a_closing_note_that_the_story_was_published_or_updated_is_no_happening():
    text = ("Home | News\n\nA town remembers its fire\n\nBy Ada Roe\nPublished June 4, 2024\n\n"
            "On the night of May 2, 1964, the Tarn mill burned to the ground.\n\n"
            "Ada Roe reported from Orm. This story was first published on March 2, 2023.\n\n"
            "An earlier version of this article appeared on May 30, 2024.\n")
    events = find_events([parse_document("orm.txt", text)], [])
    assert [e.span.start.iso() for e in events] == ["1964-05-02"]


def test_a_reporters_credit_with_the_day_of_publishing_is_no_happening():
    text = ("A town remembers\n\nBy Ada Roe\nPublished June 4, 2024\n\n"
            "On the night of May 2, 1964, the Tarn mill burned to the ground.\n\n"
            "Ana Rell reported from Kessel. Published March 12, 2025.\n")
    events = find_events([parse_document("orm.txt", text)], [])
    assert [e.span.start.iso() for e in events] == ["1964-05-02"]
