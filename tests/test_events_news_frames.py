"""News features that move between the story's present and a day long past (made-up
stories): each paragraph's year-less and relative dates count from the frame it tells."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document
from studyapp.model import Figure

HEAD = "The flood that shaped a valley\n\nBy Ann Tell\nPublished March 3, 2021\n\n"
LEAD = ("On Monday, hundreds gathered on the quay at Varsel. Exactly 80 years earlier, on "
        "March 1, 1941, the river broke through the dyke above the town.\n\n")
PRESENT = ("The anniversary closed a year of events. In the summer the town unveiled a plaque, "
           "and last month the council opened a new archive.\n\n")
CAPTION = "Photo: The mayor lays flowers on the quay on Monday.\n\n"
PAST = ("The water reached the mill just after 6 p.m. that evening in 1941, when the sluice "
        "gave way. About ten minutes later the bridge collapsed. The next day the army "
        "arrived.\n\n")
RELIEF = "A relief column left Varsel on the night of March 1 and reached Sarn on March 3.\n"


def dated(text: str) -> dict[str, tuple[str, str]]:
    """Each statement with the interval it was given."""
    return {e.statement: (e.span.start.iso(), e.span.end.iso())
            for e in find_events([parse_document("n.txt", text)], [])}


def test_a_paragraph_counting_from_the_date_line_gives_its_season_the_storys_year():
    found = dated(HEAD + LEAD + PRESENT)
    # The summer before a March date line is the last one.
    assert found["The town unveiled a plaque"] == ("2020-06-01", "2020-08-31")
    assert found["The council opened a new archive"] == ("2021-02-01", "2021-02-28")


def test_the_past_day_is_told_on_after_paragraphs_of_the_present():
    found = dated(HEAD + LEAD + PRESENT + CAPTION + PAST + RELIEF)
    assert found["Photo: The mayor lays flowers on the quay"] == ("2021-03-01", "2021-03-01")
    assert found["The bridge collapsed"] == ("1941-03-01", "1941-03-01")
    assert found["The army arrived"] == ("1941-03-02", "1941-03-02")


def test_that_evening_in_a_year_is_the_day_told_in_that_year():
    found = dated(HEAD + LEAD + CAPTION + PAST)
    assert found["The water reached the mill just after 6 p.m., when the sluice gave way"] == \
        ("1941-03-01", "1941-03-01")


def test_leaving_on_one_night_and_arriving_on_another_day_are_two_happenings_of_the_past():
    found = dated(HEAD + LEAD + CAPTION + PAST + RELIEF)
    assert found["A relief column left Varsel"] == ("1941-03-01", "1941-03-01")
    assert found["A relief column reached Sarn"] == ("1941-03-03", "1941-03-03")


def test_a_present_paragraph_before_any_past_is_told_still_dates_what_follows():
    # Nothing long past has been told: "the next day" counts from the day just told.
    text = HEAD + ("On Monday, the council voted to rebuild the dyke. The next day the "
                   "contractors arrived, and last month the plans were drawn.\n")
    assert dated(text)["The contractors arrived"] == ("2021-03-02", "2021-03-02")


def test_he_or_she_after_a_sentence_opening_with_a_key_figure_is_that_figure():
    text = HEAD + ("The dyke broke on March 1, 1941. Ada Roth, the lock keeper, stayed at her "
                   "post to ring the bell. She was killed when the lock gave way about ten "
                   "minutes later.\n")
    events = find_events([parse_document("n.txt", text)], [Figure("Ada Roth")])
    killed = [e for e in events if "killed" in e.statement]
    assert [(e.statement, e.people, e.span.start.iso()) for e in killed] == [
        ("Ada Roth was killed when the lock gave way", ["Ada Roth"], "1941-03-01")]


def test_a_paragraph_of_recent_years_leaves_the_past_day_for_the_paragraph_after_it():
    text = HEAD + LEAD + ("In 2020 the town opened a museum, and this year it welcomed 40,000 "
                          "visitors.\n\n"
                          "By nightfall on March 1, the water had reached the church. The next "
                          "morning the dyke was closed.\n")
    found = dated(text)
    assert found["The town opened a museum"] == ("2020-01-01", "2020-12-31")
    assert found["By nightfall, the water had reached the church"] == ("1941-03-01", "1941-03-01")
    assert found["The dyke was closed"] == ("1941-03-02", "1941-03-02")


def test_that_evening_in_a_year_is_the_day_told_in_it_even_after_later_years():
    text = HEAD + LEAD + ("The dyke was rebuilt in 1942, and a new sluice opened in 1944.\n\n"
                          "The alarm sounded just after 6 p.m. that evening in 1941, when the "
                          "wind turned.\n")
    assert dated(text)["The alarm sounded just after 6 p.m., when the wind turned"] == \
        ("1941-03-01", "1941-03-01")


def test_a_year_less_day_recalled_in_a_present_paragraph_is_the_past_day():
    text = HEAD + LEAD + ("Survivors met at the museum last month. They recalled how on March 2 "
                          "the army arrived with boats.\n")
    found = dated(text)
    assert ("1941-03-02", "1941-03-02") in found.values()
    assert not any(start.startswith("2021-03-02") for start, _ in found.values())


def test_he_after_a_sentence_opening_with_a_figures_relative_stays_as_written():
    text = HEAD + ("The dyke broke on March 1, 1941. Ada Roth's son ran to the lock. He was "
                   "killed when the lock gave way about ten minutes later.\n")
    events = find_events([parse_document("n.txt", text)], [Figure("Ada Roth")])
    assert [e.statement for e in events if "killed" in e.statement] == \
        ["He was killed when the lock gave way"]


def test_a_present_paragraph_with_a_plan_for_a_later_year_keeps_its_months_the_storys():
    text = HEAD + LEAD + ("This year's events began in earnest in January, when the town "
                          "issued a stamp, and a new museum is due to open in 2023.\n\n")
    assert dated(text)["This year's events began in earnest, when the town issued a stamp"] \
        == ("2021-01-01", "2021-01-31")
