"""Faults, terrors, customs services, systems and compass regions named like people are
none. Made-up texts; each case once went wrong."""

from __future__ import annotations

import pytest

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document

LEAD = "Ada Roe (1850 – 1920) was a Varnish geologist.\n\n"


@pytest.mark.parametrize("sentence", [
    "In 1906 she mapped the San Varro Fault near Orm.",
    "The Red Terror drove her abroad in 1919.",
    "In 1920 she moved to Southeast Varnia.",
    "She was inspector-general of the Orm Maritime Customs from 1901.",
    "She read the Dialogue on the Two Chief World Systems in 1870.",
])
def test_names_of_things_are_no_people(sentence: str) -> None:
    found = find_figures([parse_document("bio.txt", LEAD + sentence + "\n")])
    assert [f.name for f in found] == ["Ada Roe"]


def test_reading_list_initials_join_the_person_named_in_full() -> None:
    text = ("# Notes\n\n## Views\n\n- Erik Lund, *A Long War* (1996): from below\n"
            "- Mara Vell: a coup\n\n## Reading\n\n- Lund, E. (1996). A Long War. Orm Press.\n"
            "- Vell, M. (2017). The Rising. Orm UP.\n- Kast, P. (2001). Old Orm. Orm UP.\n")
    found = {f.name: f.aliases for f in find_figures([parse_document("notes.md", text)])}
    assert "E. Lund" in found["Erik Lund"] and "M. Vell" in found["Mara Vell"]
    assert "E. Lund" not in found and "M. Vell" not in found and "P. Kast" in found


def test_peoples_led_under_their_rulers_are_no_people() -> None:
    text = ("The relief army gathered at Tulln in 1683. It included Bavarians under Elector Max "
            "Emman, Saxons under Elector Hans Georg III, and imperial troops under Karl Varn.\n")
    found = {f.name: f.roles for f in find_figures([parse_document("a.txt", text)])}
    assert "Saxons" not in found and "Bavarians" not in found
    assert "leader of Saxons" in found["Hans Georg III"]


def test_given_name_of_realm_is_the_duke_of_that_realm() -> None:
    text = ("Siege of Orm\n\nInfobox military conflict\n| conflict = Siege of Orm\n"
            "| date = 1683\n| commander1 = Jan Sobek; Karl V, Duke of Varn; Ernst Rudd\n\n"
            "The siege of Orm was fought in 1683.\n\nThe relief army gathered at Tulln. It "
            "included imperial troops under Karl of Varn.\n")
    found = find_figures([parse_document("a.txt", text)])
    karls = [f for f in found if "Karl V" in [f.name, *f.aliases] or "Karl of Varn" in
             [f.name, *f.aliases]]
    assert len(karls) == 1 and "Duke of Varn" in karls[0].roles


@pytest.mark.parametrize(("text", "file", "absent"), [
    ("In 1858 the act transferred Varnia to the Crown. She lived in Varnia.\n", "a.txt",
     "Varnia"),
    ("## 1851\n\n- Dec 1851: Hong named five kings: East King Yang Orm\n", "notes.md",
     "five king"),
])
def test_a_land_given_to_the_crown_and_an_object_are_no_person_or_role(
        text: str, file: str, absent: str) -> None:
    found = find_figures([parse_document(file, text)])
    assert all(absent not in [f.name, *f.roles] for f in found)
