"""Timeline lines under a bare year line ("1571" alone on its line) and the season that follows
a season told across two years (made-up texts)."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document


def events(text: str, name: str = "e.txt") -> list[tuple[str, str, str]]:
    return [(e.span.start.iso(), e.span.end.iso(), e.statement)
            for e in find_events([parse_document(name, text)], [])]


ARTICLE = (
    "Siege of Dunmarrow\n\n"
    "The siege of Dunmarrow was fought in 1642 and 1643 between the town and the crown.\n\n"
    "== Aftermath ==\n\n"
    "The walls were rebuilt by the town guild and were finished again in 1650.\n\n"
    "== Timeline ==\n\n"
    "1642\n"
    "- June: Royal army arrives at the walls.\n"
    "- 3 October: First breach.\n\n"
    "1643\n"
    "- 12 April: Relief column reaches the town.\n\n"
    "== Further reading ==\n"
    "- Hale, Ann (1988). Walls of Dunmarrow. Tern Press.\n"
)


def test_a_bare_year_line_dates_the_timeline_lines_under_it():
    found = {statement: (start, end) for start, end, statement in events(ARTICLE)}
    assert found["Royal army arrives at the walls"] == ("1642-06-01", "1642-06-30")
    assert found["First breach"] == ("1642-10-03", "1642-10-03")
    assert found["Relief column reaches the town"] == ("1643-04-12", "1643-04-12")


def test_a_bare_year_line_is_no_event_of_its_own():
    assert not any(statement in ("1642", "1643") for _, _, statement in events(ARTICLE))


def test_the_spring_after_a_winter_across_two_years_is_of_the_second_year():
    text = ("Fleet\n\nThe admiral refitted the fleet over the winter of 1702–03, and by the "
            "spring the squadron again had forty ships.\n")
    assert ("1703-03-01", "1703-05-31", "The squadron again had forty ships") in events(text)


def test_a_summer_told_after_a_later_month_keeps_the_year_told():
    text = ("Campaign\n\nThe town fell in November 1702. The army had camped by the river "
            "through the summer.\n")
    assert ("1702-06-01", "1702-08-31", "The army had camped by the river") in events(text)


NOTES = ("# Siege of Dunmarrow\n\nThe walls were rebuilt in 1650.\n\n## Timeline\n\n"
         "1642\n\n- June: Royal army arrives at the walls.\n\n"
         "1643:\n\n- 12 April: Relief column reaches the town.\n")


def test_a_year_standing_alone_in_markdown_dates_the_lines_under_it_and_is_no_event():
    found = events(NOTES, "siege.md")
    assert [(start, statement) for start, _, statement in found] == [
        ("1650-01-01", "The walls were rebuilt"),
        ("1642-06-01", "Royal army arrives at the walls"),
        ("1643-04-12", "Relief column reaches the town")]
