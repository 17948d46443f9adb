"""News features telling a story of long ago day by day: weekdays and relative days counted in
the story, not from the article's date line (made-up stories)."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document

HEAD = "The week the mill burned\n\nBy Ann Tell\nArle, 9 October 2025\n\n"


def dated(text: str) -> list[tuple[str, str]]:
    return [(e.span.start.iso(), e.statement)
            for e in find_events([parse_document("n.txt", text)], [])]


def day_of(text: str, words: str) -> list[str]:
    return [day for day, statement in dated(text) if words in statement]


def test_the_weekday_with_an_article_is_the_next_such_day_of_the_story():
    text = HEAD + ("It was a Monday, 3 March 1902, when the first sparks flew.\n\n"
                   "By the Tuesday, the granary was ash.\n\n"
                   "The ferry stopped on the Wednesday, and the wells ran low. On the Thursday "
                   "the fair at Bex was called off.\n")
    assert day_of(text, "granary") == ["1902-03-04"]
    assert day_of(text, "ferry stopped") == ["1902-03-05"]
    assert day_of(text, "fair at Bex") == ["1902-03-06"]


def test_the_weekday_article_leaves_a_named_thing_alone():
    text = HEAD + "On 3 March 1902 the Sunday papers printed the news.\n"
    assert dated(text) == [("1902-03-03", "The Sunday papers printed the news")]


def test_a_date_told_ahead_after_until_and_a_count_leaves_the_story_where_it_was():
    text = HEAD + ("The levee broke on the night of June 2, 1931, a Tuesday.\n\n"
                   "The report did not appear until three years later, in May 1934.\n\n"
                   "That evening the water reached the square. Boats came the next day. "
                   "On Friday, two days after the flood, the first bread arrived. "
                   "On June 9, the governor came.\n")
    assert day_of(text, "water reached") == ["1931-06-02"]
    assert day_of(text, "Boats came") == ["1931-06-03"]
    assert day_of(text, "first bread") == ["1931-06-05"]
    assert day_of(text, "governor came") == ["1931-06-09"]
    assert not any(day.startswith("2025") for day, _ in dated(text))


def test_a_weekday_in_a_new_paragraph_of_a_story_told_in_weekdays_counts_in_the_story():
    text = HEAD + ("The tug left the quay on Tuesday, May 6, 1913, with a crew of nine.\n\n"
                   "On Friday, after two days of rain, the crew began dredging the channel. "
                   "The next day they found the wreck.\n")
    assert day_of(text, "dredging") == ["1913-05-09"]
    assert day_of(text, "found the wreck") == ["1913-05-10"]


def test_a_paragraph_opening_with_a_counted_day_counts_from_the_day_the_story_named():
    text = HEAD + ("The granary at Bex burned on Monday, March 3, 1902. Its keeper, Ivo Dell, "
                   "was pulled out alive and died the next day.\n\n"
                   "At the gate that evening stood Ada Roe, who sketched the flames. The paper "
                   "printed her sketch the next day.\n\n"
                   "Three days later, the town council met in the chapel.\n")
    assert day_of(text, "died") == ["1902-03-04"]
    assert day_of(text, "Ada Roe") == ["1902-03-03"]
    assert day_of(text, "printed her sketch") == ["1902-03-04"]
    assert day_of(text, "council met") == ["1902-03-06"]


def test_the_next_day_opening_a_paragraph_goes_on_from_the_day_before_it():
    text = HEAD + ("The strike began on Monday, March 3, 1902. The next day the mills shut.\n\n"
                   "The next day the army marched in.\n")
    assert day_of(text, "army marched") == ["1902-03-05"]


def test_a_weekday_marking_the_anniversary_is_the_stories_own_week():
    # 9 October 2025 was a Thursday: the Saturday before it was 4 October.
    text = HEAD + ("The tug left the quay on Tuesday, May 6, 1913, and was never seen again.\n\n"
                   "On Saturday, the town marked the anniversary with a service at the quay.\n")
    assert day_of(text, "anniversary") == ["2025-10-04"]


def test_a_weekday_some_days_after_a_happening_of_several_words_is_the_storys():
    # 9 October 2025 was a Thursday: the Saturday before it was 4 October.
    text = HEAD + ("The fire began late on Wednesday, March 5, 1902. The next day the army "
                   "came.\n\n"
                   "On Saturday, three days after the fire began, the last embers were out. "
                   "The town rebuilt the quay two years later.\n\n"
                   "On Saturday, survivors laid wreaths at the new quay.\n")
    assert day_of(text, "embers") == ["1902-03-08"]
    assert day_of(text, "wreaths") == ["2025-10-04"]


def test_a_night_told_past_midnight_goes_on_into_the_next_day():
    text = HEAD + ("ORVEL — Ada Roe still keeps the old flag.\n\n"
                   "At 10.40 p.m. on 3 May 1961 a radio station in Orvel played a march, the "
                   "first signal. At ten past midnight a second station broadcast a banned "
                   "song, and the columns moved on the town.\n\n"
                   "The riders came from the school at Bex. By dawn they held the main square. "
                   "In the afternoon the riders surrounded the fort of the guard.\n\n"
                   "The only deaths came that evening, when guards fired on the crowd. The "
                   "guard house was taken the next day.\n")
    assert day_of(text, "surrounded the fort") == ["1961-05-04"]
    assert day_of(text, "guards fired") == ["1961-05-04"]
    assert day_of(text, "guard house was taken") == ["1961-05-05"]
