"""Relative dates of stories (made-up texts): days, evenings and weeks told from the day read."""

from __future__ import annotations

import pytest

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document


def events(text: str, name: str = "r.txt") -> list[tuple[str, str, str]]:
    return [(e.span.start.iso(), e.span.end.iso(), e.statement)
            for e in find_events([parse_document(name, text)], [])]


@pytest.mark.parametrize("phrase", ["the previous evening", "the previous afternoon",
                                    "the night before", "the preceding morning"])
def test_a_time_of_the_day_before_is_the_day_before_the_day_told(phrase):
    text = f"Mill fire\n\nThe mill at Corva burned on 9 May 1921. The owner had left {phrase}.\n"
    assert [start for start, _, statement in events(text) if "owner" in statement] == \
        ["1921-05-08"]


def test_a_look_back_to_the_evening_before_leaves_the_story_at_its_day():
    text = ("Mill fire\n\nThe mill at Corva burned on 9 May 1921. The guard had locked the gate "
            "the previous evening. The next day the town council met.\n")
    found = {statement: start for start, _, statement in events(text)}
    assert found["The guard had locked the gate"] == "1921-05-08"
    assert found["The town council met"] == "1921-05-10"


def test_the_following_week_is_the_calendar_week_after_the_day_told():
    # 11 March 1907 was a Monday.
    text = "Mill strike\n\nThe owners shut the mill on 11 March 1907 and evicted ten families " \
           "the following week.\n"
    assert ("1907-03-18", "1907-03-24", "Evicted ten families") in events(text)


NEWS = "The flood, remembered\n\nBy Ann Tell\nArle, 12 June 2025\n\n"  # a Thursday


def test_last_week_in_a_dated_story_is_the_week_before_its_date_line():
    text = NEWS + "Last week, the town council voted to rename the park.\n"
    assert events(text) == [
        ("2025-06-02", "2025-06-08", "The town council voted to rename the park")]


@pytest.mark.parametrize("sentence", [
    "The minister said last week that more papers would follow.",
    "Forty years ago this week, dockers walked out.",
])
def test_last_week_of_a_saying_or_an_anniversary_is_no_happening(sentence):
    assert events(NEWS + sentence + "\n") == []


@pytest.mark.parametrize("sentence, day", [
    ("On Friday the council votes on the new budget.", "2025-06-13"),
    ("The museum reopens on Saturday.", "2025-06-14"),
    ("On Saturday, Ada Roe plans to lead a walk along the river.", "2025-06-14"),
    ("On Sunday a service is held in the old church.", "2025-06-15"),
    ("The families will read the names on Thursday.", "2025-06-19"),
])
def test_a_weekday_told_in_the_present_or_future_tense_is_the_coming_one(sentence, day):
    assert [start for start, _, _ in events(NEWS + sentence + "\n")] == [day]


@pytest.mark.parametrize("sentence, day", [
    ("On Monday the council voted to close the bridge.", "2025-06-09"),
    ("On Saturday the town's streets filled with crowds.", "2025-06-07"),
    ("Ada Roe opened the exhibition on Tuesday.", "2025-06-10"),
])
def test_a_weekday_told_in_the_past_tense_is_the_one_before_the_date_line(sentence, day):
    assert [start for start, _, _ in events(NEWS + sentence + "\n")] == [day]


def test_a_caption_in_the_present_tense_tells_a_past_weekday():
    text = NEWS + "Photo: The mayor opens the bridge on Monday.\n"
    assert [start for start, _, _ in events(text)] == ["2025-06-09"]


def test_a_past_plan_with_its_year_gives_that_year_to_the_bare_days_after_it():
    text = ("Ferry strike\n\nIn 1850 the harbour board raised the tolls.\n\nThe strike was set for "
            "March 20, 1861, but the board learned of it on March 14. On March 16 the crews "
            "struck anyway.\n")
    assert [start for start, _, _ in events(text)] == ["1850-01-01", "1861-03-14", "1861-03-16"]


def test_a_plan_still_to_come_leaves_the_year_told():
    text = ("Ferry strike\n\nIn 1850 the harbour board raised the tolls. The board will meet "
            "again by March 1851. On 4 May the crews struck.\n")
    assert ("1850-05-04", "1850-05-04", "The crews struck") in events(text)


KEPT_DAYS = "Port charter\n\nThe charter of Orvel was sealed on 9 June 1771. "


@pytest.mark.parametrize("sentence, expected", [
    ("Since 1950, 9 June has been a public holiday.", ["1771-06-09", "1950-01-01"]),
    ("In 1968 the town made 2 October Lamp Day.", ["1771-06-09", "1968-01-01"]),
    ("After the war, 9 June became Charter Day, in 1991.", ["1771-06-09", "1991-01-01"]),
    ("Charter Day, 9 June, is kept across the coast.", ["1771-06-09"]),
    ("Its feast day is 14 March.", ["1771-06-09"]),
])
def test_a_day_kept_every_year_is_no_happening_but_its_year_is(sentence, expected):
    assert [start for start, _, _ in events(KEPT_DAYS + sentence + "\n")] == expected


def test_a_day_a_happening_was_not_over_until_leaves_the_story_at_its_day():
    text = ("Flood\n\nOn May 5, 1922, the river broke the levee. The streets were not dry until "
            "May 9.\n\nA pilot lost his brother that day.\n")
    assert ("1922-05-05", "1922-05-05", "A pilot lost his brother") in events(text)


def test_the_following_days_are_not_the_following_day():
    text = "Flood\n\nOn May 5, 1922, the river broke the levee. Looters were jailed in the " \
           "following days.\n"
    assert [start for start, _, _ in events(text)] == ["1922-05-05"]


@pytest.mark.parametrize("sentence", [
    "In 1990 the court was allowed to hear petitions dating back to 1402.",
    "In 1990 the court heard cases going back as far back as 1402.",
])
def test_a_year_a_scope_reaches_back_to_is_no_happening(sentence):
    assert [start for start, _, _ in events("Court\n\n" + sentence + "\n")] == ["1990-01-01"]


def test_a_century_describing_a_person_is_no_happening():
    text = "Ada Roe\n\nAda Roe, a monk, was among the best-known writers of the 14th century.\n"
    assert events(text) == []


def test_a_span_of_years_with_a_two_digit_end_before_a_comma_is_one_range():
    text = "Ada Roe\n\nAda Roe was mayor of Orvel 1924–28, and then a judge.\n"
    assert [(s, e) for s, e, _ in events(text)] == [("1924-01-01", "1928-12-31")]


@pytest.mark.parametrize("sentence, start, end", [
    ("Fighting began at the end of March.", "1900-03-01", "1900-03-31"),
    ("Over the summer the columns burned villages.", "1900-06-01", "1900-08-31"),
    ("Throughout May the town starved.", "1900-05-01", "1900-05-31"),
])
def test_a_year_less_month_or_season_after_at_the_end_of_over_or_throughout(sentence, start,
                                                                            end):
    text = f"Siege\n\nOn 28 February 1900 the governor spoke at Orvel. {sentence}\n"
    assert (start, end) in [(s, e) for s, e, _ in events(text)]


def test_a_day_of_an_annual_service_is_no_happening():
    text = ("Harbour blast\n\nBy Ann Tell\nArle, 20 November 2026\n\nThe ship exploded on "
            "December 6, 1917. Entry is free on December 6, when the town holds its annual "
            "service.\n")
    assert [start for start, _, _ in events(text)] == ["1917-12-06"]


def test_a_clock_time_opening_the_next_paragraph_goes_on_with_the_day_told():
    text = ("Dock strike\n\nOn 5 May 1920 the dockers walked out at Orvel.\n\n"
            "The committee had called the strike on 2 May.\n\n"
            "At first nobody moved. Around 3 p.m. the guards charged the gates.\n")
    assert ("1920-05-05", "1920-05-05", "The guards charged the gates") in events(text)


def test_a_clock_time_after_a_paragraph_without_a_day_gives_no_date():
    text = ("Dock strike\n\nOn 5 May 1920 the dockers walked out at Orvel.\n\n"
            "The union grew in the years after.\n\n"
            "At first nobody moved. Around 3 p.m. the guards charged the gates.\n")
    assert [start for start, _, _ in events(text)] == ["1920-05-05"]


def test_a_weekday_of_speaking_amid_a_story_of_long_ago_leaves_the_past_going_on():
    text = NEWS + ("On the night of 31 January 1953 the sea broke the dikes. The next day the "
                   "army came.\n\n\"We were on the roof,\" she said on Tuesday. A boat reached "
                   "them on February 3.\n")
    assert ("1953-02-03", "1953-02-03", "A boat reached them") in events(text)


def test_that_night_after_the_next_morning_is_the_night_before_it():
    text = ("Dam break\n\nThe dam above Orvel gave way on June 11, 1955. A boat took the family "
            "off the roof the next morning.\n\nForty people died that night.\n")
    assert ("1955-06-11", "1955-06-11", "Forty people died") in events(text)


def test_two_bare_early_years_opening_a_line_are_both_years():
    text = "# Franks\n\n## 814 - 840 Reign\n\n- 830 and 833: the sons rose against their father\n"
    assert [start for start, _, _ in events(text, "n.md")] == ["0830-01-01", "0833-01-01"]


@pytest.mark.parametrize("sentence, expected", [
    ("The minister, who admired her, introduced the Harbour Act of 1823.", ["1823-01-01"]),
    ("The Harbour Act of 1823 was the model for later laws.", []),
])
def test_an_act_named_by_its_year_is_dated_when_said_to_be_made(sentence, expected):
    assert [start for start, _, _ in events("Acts\n\n" + sentence + "\n")] == expected


@pytest.mark.parametrize("phrase", ["The next evening", "The following night",
                                    "The next afternoon"])
def test_the_next_evening_or_night_is_the_day_after(phrase):
    text = f"Riot\n\nThe riot began on 9 May 1857. {phrase} the garrison rose.\n"
    assert ("1857-05-10", "1857-05-10", "The garrison rose") in events(text)


@pytest.mark.parametrize("phrase, start, end", [
    ("Later that day", "1857-05-09", "1857-05-09"),
    ("Early the next morning", "1857-05-10", "1857-05-10"),
    ("Three days afterwards", "1857-05-12", "1857-05-12"),
    ("By the end of the month", "1857-05-01", "1857-05-31"),
])
def test_a_part_of_the_day_or_month_told_and_days_afterwards(phrase, start, end):
    text = f"Riot\n\nThe riot began on 9 May 1857. {phrase} the garrison rose.\n"
    assert (start, end, "The garrison rose") in events(text)


def test_the_month_alone_is_no_date():
    text = "Riot\n\nThe riot began on 9 May 1857. In the month of fasting the garrison rose.\n"
    assert [start for start, _, _ in events(text)] == ["1857-05-09"]


@pytest.mark.parametrize("phrase, start, end", [
    ("Late last year", "2024-09-01", "2024-12-31"),
    ("Early this year", "2025-01-01", "2025-04-30"),
])
def test_early_or_late_this_or_last_year_is_that_part_of_the_year(phrase, start, end):
    text = NEWS + f"{phrase} the council voted to rebuild the mill.\n"
    assert events(text) == [(start, end, "The council voted to rebuild the mill")]


def test_a_decade_later_is_ten_years_after_the_year_told():
    text = "Ada Roe\n\nIn 1958 Ada Roe found the wreck. A decade later she founded the survey.\n"
    assert ("1968-01-01", "1968-12-31", "She founded the survey") in events(text)


def test_centuries_earlier_is_no_year():
    text = ("Roof\n\nThe beams arrived in the autumn of 2023. Carpenters shaped them much as "
            "others had done eight centuries earlier.\n")
    assert [start for start, _, _ in events(text)] == ["2023-09-01"]


def test_about_forty_years_ago_is_read_whole():
    assert events(NEWS + "Nearly 40 years ago the council rebuilt the mill.\n") == [
        ("1985-01-01", "1985-12-31", "The council rebuilt the mill")]


def test_the_eve_of_a_named_happening_told_before_is_the_day_before_it():
    text = ("War\n\nThe Battle of Orvel was fought on 3 May 1702.\n\nOn the eve of the Battle of "
            "Orvel the duke wrote to his wife. On the eve of his trial he wrote a poem.\n")
    assert sorted(start for start, _, _ in events(text)) == ["1702-05-02", "1702-05-03"]


def test_hours_after_a_late_clock_time_cross_midnight():
    text = ("Ferry lost\n\nThe ferry Tarn struck a rock at 10:50 p.m. on 3 March 1921 and sank "
            "less than two hours later.\n")
    assert ("1921-03-04", "1921-03-04", "Sank") in events(text)


def test_hours_after_a_morning_clock_time_stay_on_the_day():
    text = ("Ferry lost\n\nThe ferry Tarn struck a rock at 9:50 a.m. on 3 March 1921 and sank "
            "two hours later.\n")
    assert [start for start, _, statement in events(text) if statement == "Sank"] == \
        ["1921-03-03"]


def test_years_earlier_at_that_very_moment_is_that_day_years_before():
    text = NEWS + ("At 6:10 p.m. on Tuesday, a choir sang on the old quay. Ninety years earlier, "
                   "at exactly that moment, the dam above the town gave way.\n")
    assert ("1935-06-10", "1935-06-10") in [(s, e) for s, e, st in events(text) if "dam" in st]


def test_a_time_of_day_later_in_a_sentence_is_the_day_just_told():
    text = ("Orla Brisk\n\nOn 4 June 1790 Brisk sighted the convoy off Vask Head and gave chase. "
            "The convoy's escort struck her colours at about nine in the evening.\n\n"
            "On 2 May 1794 he engaged the squadron at Orne. Before the battle he read the "
            "articles of war to the crew. The frigate Tessa opened fire shortly before noon. "
            "At about a quarter past two a shot carried away his mainmast.\n")
    found = {statement: start for start, _, statement in events(text)}
    assert found["The convoy's escort struck her colours"] == "1790-06-04"
    assert found["He read the articles of war to the crew"] == "1794-05-02"
    assert found["The frigate Tessa opened fire"] == "1794-05-02"
    assert found["A shot carried away his mainmast"] == "1794-05-02"


def test_a_clock_time_in_a_news_story_of_long_ago_goes_on_with_the_day_told():
    text = NEWS + ("The relief train left Arle on Monday, March 2, 1925, and reached Bex on "
                   "Tuesday morning.\n\n"
                   "Snow kept it outside the station until the evening. The first sacks of "
                   "flour were unloaded at 8:15 p.m.\n")
    assert [start for start, _, st in events(text) if "flour" in st] == ["1925-03-03"]


@pytest.mark.parametrize("sentence", [
    "At 6 a.m. the next day the crew rowed ashore.",
    "The crew rowed ashore on 3 March 1925 at 6 a.m.",
])
def test_a_clock_time_beside_a_day_gives_no_second_event(sentence):
    text = f"Wreck\n\nThe brig Orm ran aground on 2 March 1925. {sentence}\n"
    assert [st for _, _, st in events(text)].count("The crew rowed ashore") <= 1
    assert len(events(text)) == 2


def test_a_clock_time_still_to_come_is_no_happening():
    text = NEWS + ("On Tuesday the mayor laid a wreath. Tomorrow night, at 9 p.m., the bells "
                   "will ring for the drowned.\n")
    assert not [st for _, _, st in events(text) if "bells" in st]


def test_a_clock_time_at_the_stories_own_commemoration_is_no_day_of_the_history():
    text = NEWS + ("The relief train left Arle on Monday, March 2, 1925, and reached Bex on "
                   "Tuesday morning.\n\n"
                   "The town held its commemoration with a minute's silence at 11 a.m.\n")
    assert not [start for start, _, st in events(text) if "silence" in st]


def test_the_same_day_right_after_a_day_of_its_sentence_is_that_day():
    # Not the day of an earlier happening with words in common ("guild", "river", "hall").
    text = ("Dock strike\n\nOn 1 May 1911 delegates of the river guild met at the town hall.\n\n"
            "The strike began on 8 May, the same day the new guild of river workers opened "
            "its hall.\n")
    assert [start for start, _, said in events(text) if "opened its hall" in said] == \
        ["1911-05-08"]



@pytest.mark.parametrize(("told", "expected"), [
    ("which began on 19 December and lasted until 6 January 1934", ("1933-12-19", "1934-01-06")),
    ("which started on March 2 and ran until April 9, 1935", ("1935-03-02", "1935-04-09"))])
def test_a_span_told_by_its_start_and_its_end_is_one_interval(told, expected):
    text = f"Fen war\n\nIn 1933 the armies met at Orm. The king offered a truce, {told}.\n"
    spans = [(start, end) for start, end, statement in events(text) if "truce" in statement]
    assert spans == [expected]


@pytest.mark.parametrize(("said", "expected"), [
    ("late 1990s-2002", ("1997-01-01", "2002-12-31")),
    ("the 1960s to 1972", ("1960-01-01", "1972-12-31"))])
def test_a_span_from_a_decade_to_a_year_is_one_interval(said, expected):
    text = f"# Fen talks\n\n## Talks\n\n- {said}: the envoy drafts a plan for a federation\n"
    assert [(start, end) for start, end, _ in events(text, "n.md")] == [expected]
