"""Two happenings told at one date in one line or sentence give one event each; a consequence
or a description of the same happening does not (made-up texts)."""

from __future__ import annotations

import pytest

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document


def statements(name: str, text: str) -> list[str]:
    return [e.statement for e in find_events([parse_document(name, text)], [])]


NOTES = "# Port towns\n\n## 1530 - 1532 Revolt\n\n"


@pytest.mark.parametrize("line, expected", [
    ("- 9 March 1530: mayor deposed; same day the guilds seize the bridge",
     ["Mayor deposed", "Same day the guilds seize the bridge"]),
    ("- 1531: fleet sails for Orvel; guilds win back the harbour",
     ["Fleet sails for Orvel", "Guilds win back the harbour"]),
])
def test_a_notes_line_of_two_happenings_gives_two_events(line, expected):
    assert statements("n.md", NOTES + line + "\n") == expected


@pytest.mark.parametrize("line", [
    "- 1531: the town surrendered; the walls were pulled down",
    "- 1531: the fleet was beaten at Orvel; the admiral killed in the rout",
    "- 1531: the guilds raided Orvel; the duke sent troops after them",
    "- 1531: great naval win at Orvel; heavy guns and fire ships against galleys",
    "- 1531: the mint cut the coin by half; panic followed",
    "- 1531: the council signed the charter; it would take effect in spring",
])
def test_a_consequence_or_description_stays_with_its_happening(line):
    assert len(statements("n.md", NOTES + line + "\n")) == 1


def test_a_dated_when_clause_and_its_main_clause_are_two_happenings():
    text = "Abbey of Orvel\n\nWhen the abbess Ida died in 1203, the nuns chose Berta as abbess.\n"
    assert statements("a.txt", text) == ["The abbess Ida died", "The nuns chose Berta as abbess"]


def test_a_when_clause_with_an_aside_after_it_is_one_happening():
    text = ("Ada Roe\n\nWhen the council listed the bridge in June 2014, at its meeting in Orvel, "
            "she was 81 and watched from home.\n")
    assert len(statements("a.txt", text)) == 1
