"""One happening told in two parts of a document (lead, body, timeline) is one event; dates in
relative clauses and "the same winter" keep the narrative's date. Made-up texts."""

from __future__ import annotations

import pytest

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document
from studyapp.model import Event

ARTICLE = """Varn Wars

From the Archive, the free almanac
Jump to navigation Jump to search

The Varn Wars were two invasions of Ostria launched in 1601 and 1605 by the regent Odo Marl.

== First war ==
On 3 June 1601 Marl's army entered the capital, Kesh, which the duke had left.
In August Admiral Tova Renn destroyed the regent's fleet off Salm Island.

== Second war ==
The second invasion began in 1605.
Marl died at Orn Castle on 18 September 1606, and his generals ordered a withdrawal.

== Timeline ==
3 June 1601 – Varn troops enter Kesh
14 August 1601 – Renn destroys a fleet at Salm Island
18 September 1606 – Death of Marl
"""


def _events() -> list[Event]:
    return find_events([parse_document("varn.txt", ARTICLE)], [])


def _on(events: list[Event], start: str) -> list[Event]:
    return [e for e in events if e.span.start.iso() == start]


def test_a_timeline_line_and_the_body_on_one_day_are_one_event():
    events = _events()
    for day in ("1601-06-03", "1606-09-18"):  # "enter"/"entered"; "Death of Marl"/"Marl died"
        [event] = _on(events, day)
        assert len(event.sources) == 2


def test_a_body_month_is_folded_into_the_timeline_day_that_tells_it():
    events = _events()
    [event] = _on(events, "1601-08-14")
    assert len(event.sources) == 2
    assert not [e for e in events if e.span.precision == "month"]


def test_the_lead_year_under_a_tagline_is_the_body_year():
    events = _events()
    [second] = [e for e in events if e.span.start.iso() == "1605-01-01"]
    assert len(second.sources) == 2


def test_a_relative_clause_that_moves_forward_anchors_later_that_month():
    text = ("In January 1593 the siege was lifted. The emperor sent an army, which retook the "
            "city on 8 February 1593. It was checked at Omm later that month.\n")
    events = find_events([parse_document("a.txt", text)], [])
    assert [e.span.start.iso() for e in events][-1] == "1593-02-01"


def test_a_relative_clause_that_goes_back_does_not():
    text = ("In March 1930 the council met. Its chairman, who founded the guild in May 1921, "
            "spoke first. Later that month the council voted.\n")
    events = find_events([parse_document("a.txt", text)], [])
    assert [e.span.start.iso() for e in events][-1] == "1930-03-01"


def test_the_same_winter_is_the_winter_of_the_date_read():
    text = "The fort fell on 3 November 1710. The same winter the garrison starved.\n"
    events = find_events([parse_document("a.txt", text)], [])
    assert [(e.span.start.iso(), e.span.end.iso()) for e in events][-1] == (
        "1710-12-01", "1711-02-28")


def test_a_line_with_its_own_year_moves_the_year_of_a_range_section():
    notes = ("# Harbour notes\n\n## 1703 - 1704 Harbour works\n\n"
             "- Spring 1703: the engineers surveyed the bay.\n"
             "- Winter 1704: storms wrecked the first mole.\n"
             "- June 3: the second mole was finished.\n"
             "- In August the governor inspected the works.\n\n"
             "## 1705 - 1707 The fort\n\n- March 1706: the fort was begun.\n"
             "- July 9: the walls were raised.\n")
    events = find_events([parse_document("harbour.md", notes)], [])
    starts = {e.statement: e.span.start.iso() for e in events}
    assert starts["The second mole was finished"] == "1704-06-03"
    assert starts["The governor inspected the works"] == "1704-08-01"
    assert starts["The walls were raised"] == "1706-07-09"


def test_year_less_lines_under_one_year_keep_the_heading_year():
    text = "=== 1988 ===\nFebruary 13: First rally.\nDecember 7: The earthquake struck.\n"
    events = find_events([parse_document("t.txt", "Timeline\n\n" + text)], [])
    assert [e.span.start.iso() for e in events] == ["1988-02-13", "1988-12-07"]


def test_a_table_row_without_a_date_is_no_note_of_its_heading():
    notes = ("# Shares\n\n## 814 - 843 The partition\n\n| Brother | Share |\n| --- | --- |\n"
             "| Lothar the Elder | the middle kingdom and the title |\n"
             "| 843 | The brothers divided the empire at Verdun |\n")
    events = find_events([parse_document("shares.md", notes)], [])
    assert [(e.span.start.year, e.statement) for e in events] == [
        (843, "The brothers divided the empire at Verdun")]


def test_a_capitalised_place_and_date_opening_a_story_date_its_weekdays():
    story = ("The carnations return\n\nBy Ana Lopes\n\n"
             "LISBON — March 4, 2019 — Forty-five years after the revolution, the square filled "
             "again.\n\nOn 25 April 1974 the army moved against the regime.\n\n"
             "On Sunday crowds filled the square once more.\n")
    events = find_events([parse_document("story.txt", story)], [])
    assert [(e.span.start.iso(), e.statement) for e in events] == [
        ("1974-04-25", "The army moved against the regime"),
        ("2019-03-03", "Crowds filled the square once more")]


@pytest.mark.parametrize("text", [
    "On 24 April 1974 the radio played the song. The road to that evening was long.",
    "On 24 April 1974 the radio played the song. Today she talks about 1974 as if it were "
    "yesterday.",
    "On 24 April 1974 the radio played the song. She was a typist that year.",
])
def test_a_time_spoken_of_or_a_state_is_no_happening(text):
    events = find_events([parse_document("a.txt", "Notes\n\n" + text + "\n")], [])
    assert [e.statement for e in events] == ["The radio played the song"]


def test_a_full_day_after_a_weekday_of_the_story_sets_the_story_told():
    story = ("Flood\n\nPublished 2 March 2021\n\nOn Monday the town marked the flood, which struck "
             "exactly 80 years earlier, on March 1, 1941. The next day floods reached the "
             "valley.\n")
    events = find_events([parse_document("flood.txt", story)], [])
    assert [e.span.start.iso() for e in events if "valley" in e.statement] == ["1941-03-02"]


def test_a_subject_with_an_epithet_has_the_life_of_the_lead():
    text = ("Ottar the Wise\n\nOttar the Wise (2 March 1201 – 9 June 1260), born Ottar Hallsson, "
            "was the third duke of Varn, ruling from 1230 until his death.\n")
    events = find_events([parse_document("ottar.txt", text)], [])
    assert sorted((e.span.start.iso(), e.statement) for e in events) == [
        ("1201-03-02", "Ottar the Wise was born"),
        ("1230-01-01", "Ottar the Wise, born Ottar Hallsson, was the third duke of Varn, ruling "
                       "until his death"),
        ("1260-06-09", "Ottar the Wise died")]
    [reign] = [e for e in events if e.span.precision == "range"]
    assert (reign.span.start.iso(), reign.span.end.iso()) == ("1230-01-01", "1260-12-31")


def test_a_judgement_with_a_century_is_no_happening():
    text = "The revolt began in May 1650. It was the largest peasant revolt in the 17th century.\n"
    events = find_events([parse_document("a.txt", "Notes\n\n" + text)], [])
    assert [e.statement for e in events] == ["The revolt began"]


def test_a_birth_day_alone_in_an_infobox_is_no_date_line():
    page = ("<html><body><h1>Ada Roe</h1><table class='infobox'><tr><th>Born</th>"
            "<td>8 July 1593<br>Arle</td></tr></table><p>Ada Roe (8 July 1593 – 1656) was a "
            "painter.</p><p>In 1611 she studied with Piet Osk. In 1612 she married Jan Holm."
            "</p><p>She moved to Varn in 1620.</p></body></html>")
    events = find_events([parse_document("ada.html", page)], [])
    assert {e.span.start.year for e in events} >= {1611, 1612, 1620}


def test_a_page_title_after_its_furniture_leaves_the_lead_a_lead():
    page = ("<html><body><p>Sign in · Donate</p><h1>Ibn Varo</h1><p>Abu Ibn Varo (24 February "
            "1304 – 1368/1369) was a scholar who travelled between 1325 and 1354.</p>"
            "<h2>Life</h2><p>He left Tangier in 1325.</p></body></html>")
    events = find_events([parse_document("varo.html", page)], [])
    assert ("1304-02-24", "Abu Ibn Varo was born") in [(e.span.start.iso(), e.statement)
                                                       for e in events]


def test_a_news_story_tells_no_caption_quote_or_recall_as_happenings():
    story = ("The night the dam broke\n\nBy Lisa Brandt\nTuesday, November 17, 2026 - 07:15 GMT"
             "\n\n[Photo: The anchor chain of the ferry, in a 2016 photograph. Credit: Anna Frei"
             " / Valley Archives]\n\nOn Monday the museum of Orvan opened a new hall. On 3 June "
             "1741 the dam burst.\n\n\"That was the warning we had heeded in 1741,\" said Marta "
             "Volkov. \"There were brave choices that night,\" said Nora Weiss.\n\nIts director "
             "said last week that the office would publish new maps by the end of the year. The "
             "team expects to return to Pellin on Friday.\n")
    events = find_events([parse_document("dam.txt", story)], [])
    assert sorted((e.span.start.iso(), e.statement) for e in events) == [
        ("1741-06-03", "The dam burst"), ("2026-11-16", "The museum of Orvan opened a new hall"),
        # the story's news peg, the coming Friday (its date line is a Tuesday)
        ("2026-11-20", "The team expects to return to Pellin")]


def test_the_year_something_else_happened_is_a_second_event():
    text = "Notes\n\nHe set out in 1721, the year the capital was moved to Vessa.\n"
    events = find_events([parse_document("a.txt", text)], [])
    assert sorted(e.statement for e in events) == ["He set out", "The capital was moved to Vessa"]


def test_notes_that_bracket_their_years():
    notes = ("# Northmark notes\n\n## 1700 - 1703 Unrest\n"
             "- Mar 3: Duke Hallor dies (1702), his son rules\n"
             "- Treaty of Vask (June) ends the raids\n"
             "- May 4 (1703): envoys reach the coast\n"
             "- July 9: the governor resigns\n")
    events = find_events([parse_document("north.md", notes)], [])
    assert sorted((e.span.start.iso(), e.span.precision) for e in events) == [
        ("1702-03-03", "day"), ("1702-06-01", "month"), ("1703-05-04", "day"),
        ("1703-07-09", "day")]


def test_a_day_declared_a_named_day_is_kept_yearly_not_dated():
    text = "Notes\n\nThe council voted in 1866 to declare June 3 the Day of the Harbour.\n"
    [event] = find_events([parse_document("a.txt", text)], [])
    assert (event.span.start.iso(), event.span.end.iso()) == ("1866-01-01", "1866-12-31")
