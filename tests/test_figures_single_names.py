"""People named by one word with no title beside them: the verbs, lists and rows around a
single name show a person, while places named the same way stay out. Made-up texts; each
case once went wrong."""

from __future__ import annotations

import pytest

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


def names_of(text: str, file: str = "bio.txt") -> set[str]:
    found = find_figures([parse_document(file, text)])
    return {name for f in found for name in [f.name, *f.aliases]}


@pytest.mark.parametrize(("text", "person"), [
    # the object of a verb only people take
    ("Ada Roe was a Varnish weaver. In 1745 she met Tessel at the fair.\n", "Tessel"),
    ("## 1840\n\n- Mar 9, 1840: Ada Roe shoots Brannoc in the square\n", "Brannoc"),
    # compared with someone, and a kin or rival named with a possessive
    ("Ada Roe was a Varnish weaver. Critics compared her to Quellin.\n", "Quellin"),
    ("Ada Roe was a Varnish weaver. Her rival Dorvat called her work cold.\n", "Dorvat"),
])
def test_single_name_object_of_a_personal_verb_is_a_person(text: str, person: str) -> None:
    assert person in names_of(text, "notes.md" if text.startswith("#") else "bio.txt")


def test_place_after_a_motion_verb_stays_no_person() -> None:
    names = names_of("Ada Roe was a Varnish weaver. In 1745 she visited Tessel and Orm.\n")
    assert "Tessel" not in names and "Orm" not in names


def test_key_people_paragraph_of_notes_names_people_with_their_glosses() -> None:
    text = ("# The rising\n\nKey people: Dravo, Sellin (led the march), Ostra (only woman in "
            "the council).\n")
    found = {f.name: f.roles for f in find_figures([parse_document("notes.md", text)])}
    assert {"Dravo", "Sellin", "Ostra"} <= set(found)
    assert found["Sellin"] == ["led the march"]


def test_label_over_prose_is_no_people_row() -> None:
    text = "# The rising\n\nKey people: Tessel was the port. Orm fell in May.\n"
    assert not names_of(text, "notes.md") & {"Tessel", "Orm"}


@pytest.mark.parametrize(("line", "people"), [
    ("- Varnists (Orlik) vs Tessers (Dunn, Farrow)\n", {"Orlik", "Dunn", "Farrow"}),
    ("- Feb 27: the war committee (Brannoc) and the council (Tessel, Quellin) both formed\n",
     {"Brannoc", "Tessel", "Quellin"}),
])
def test_bracket_after_a_party_or_a_body_names_its_members(line: str, people: set[str]) -> None:
    assert people <= names_of(f"## 1840\n\n{line}", "notes.md")


@pytest.mark.parametrize("line", [
    "- 1915: the Powers (Varnia, Tessa) land at Orm\n",
    "- 1915: the northern Provinces (Varnia, Tessa) rise\n",
    "- 1915: the Varnians (Orm) besiege Tessa; siege of Orm lifted in May; in Orm riots\n",
])
def test_bracket_of_places_after_a_plural_names_no_people(line: str) -> None:
    assert not names_of(f"## 1915\n\n{line}", "notes.md") & {"Varnia", "Tessa", "Orm"}


@pytest.mark.parametrize(("line", "person"), [
    ("- Mar 3, 1840: Dravo lands at the harbour; Tolvar arrested\n", "Tolvar"),
    ("- Mar 9, 1840: Ada Roe shoots Dravo; Pellan killed the same day\n", "Pellan"),
    ("- Mar 9, 1840: riots in the capital; Pellan flees to the hills\n", "Pellan"),
])
def test_single_name_a_fate_befalls_in_notes_is_a_person(line: str, person: str) -> None:
    assert person in names_of(f"## 1840\n\n{line}", "notes.md")


def test_town_taken_the_same_day_is_no_person() -> None:
    text = "## 1840\n\n- Mar 9, 1840: Tessel taken the same day; riots in Tessel\n"
    assert "Tessel" not in names_of(text, "notes.md")


@pytest.mark.parametrize("line", [
    "> Quote Ambrin's diary for the first days.\n",
    "> Compare Ambrin and Ada Roe on the council.\n",
])
def test_instruction_verb_opening_a_note_is_no_part_of_the_name(line: str) -> None:
    names = names_of(f"## 1840\n\n- Mar 3, 1840: the council meets\n\n{line}", "notes.md")
    assert "Ambrin" in names and not any(n.startswith(("Quote", "Compare")) for n in names)


def test_pair_opening_a_new_clause_after_comma_and_is_its_own_list() -> None:
    text = ("Ada Roe was a Varnish weaver. The council was led by Brask, and Tolven and Marrec "
            "opposed her.\n")
    found = {f.name: f.roles for f in find_figures([parse_document("bio.txt", text)])}
    assert found["Brask"] == ["leader of the council"]
    assert {"Tolven", "Marrec"} <= set(found) and found["Tolven"] == []


def test_place_that_welcomed_someone_is_no_person() -> None:
    text = "Ada Roe was a Varnish weaver. In 1745 Tessel welcomed her and Orm opposed her.\n"
    assert "Tessel" not in names_of(text)


@pytest.mark.parametrize("noun", ["friends", "parents"])
def test_given_name_paired_with_a_full_name_takes_its_surname(noun: str) -> None:
    text = f"Ada Roe was a Varnish weaver. In 1725 she travelled with her {noun} Karel and Mina "\
        "Vossberg.\n"
    names = names_of(text)
    assert {"Karel Vossberg", "Mina Vossberg"} <= names and "Karel" not in names


def test_three_friends_keep_their_own_names() -> None:
    text = "Ada Roe was a Varnish weaver. Her friends Brask, Tolven and Mina Vossberg came.\n"
    assert "Brask Vossberg" not in names_of(text)


def test_notes_present_tense_heading_a_body_gives_the_office_not_a_person() -> None:
    text = ("## 1917\n\n- Sept: the Varnists win majorities; Dravo chairs Orm Soviet\n"
            "- Oct: Brask heads the War Council; Ada Roe commands the Northern Army\n")
    found = {f.name: f.roles for f in find_figures([parse_document("notes.md", text)])}
    assert found == {"Dravo": ["chair of Orm Soviet"], "Brask": ["head of the War Council"],
                     "Ada Roe": ["commander of the Northern Army"]}


def test_terse_offices_in_a_notes_line_name_each_item() -> None:
    text = ("## 1917\n\n- New cabinet under Prince Varo; Dravo foreign minister, Brask war, "
            "Ada Roe justice\n- the Varnish foreign minister, Tessel, resigns\n")
    found = {f.name: f.roles for f in find_figures([parse_document("notes.md", text)])}
    assert found["Dravo"] == ["foreign minister"]
    assert "Brask" in found and "Dravo foreign minister" not in found["Brask"]


@pytest.mark.parametrize("line", [
    "- **Masso**: king of Orm, Varnish ally\n",
    "- Lord Grisby (1764–1845): Varnish prime minister\n",
    "- **Masso**: queen, Varnian archduchess; called the Baker\n",
])
def test_people_adjective_before_an_office_is_no_person(line: str) -> None:
    names = names_of(f"## Key figures\n\n{line}", "notes.md")
    assert not names & {"Varnish", "Varnian"}


@pytest.mark.parametrize(("line", "person"), [
    ("- Oct 1905: Charter drafted by Dravo; first assembly promised\n", "Dravo"),
    ("- Mar 2: Ada Roe abdicates at Orm, for herself and Tessel\n", "Tessel"),
    ("- Mar 3: Brask refuses the throne the next day\n", "Brask"),
    ("- Apr 1920: Ada Roe hands over to Marrow\n", "Marrow"),
])
def test_notes_deeds_only_people_do_show_a_single_name(line: str, person: str) -> None:
    assert person in names_of(f"## 1905\n\n{line}", "notes.md")


def test_place_handed_over_stays_a_place() -> None:
    text = "## 1920\n\n- Apr 1920: Ada Roe hands Tessel over to Orm; riots in Orm and Tessel\n"
    assert not names_of(text, "notes.md") & {"Tessel", "Orm"}


@pytest.mark.parametrize(("line", "person"), [
    ("- 1911: Varo shot in the theatre in Sept 1911 by Quellin\n", "Quellin"),
    ("- Oct 10: committee votes for rising (Dravo, Marrow against)\n", "Marrow"),
    ("- Mar 1921: harbour rising crushed (Tessin); riots end\n", "Tessin"),
    ("- Mar 1921: Brask hands over to Orlo\n", "Brask"),
    ("> Quote Sunnak's eyewitness diary for February.\n", "Sunnak"),
])
def test_agents_voters_and_diarists_named_alone_in_notes(line: str, person: str) -> None:
    assert person in names_of(f"## 1911\n\n- 1911: the council meets\n{line}", "notes.md")


@pytest.mark.parametrize("line", [
    "- 1866: Tessel handed over after the plebiscite\n",
    "- 1866: Tessel handed over to Orm; riots in Orm and Tessel\n",
    "- 1866: harbour fort captured (Orm); riots in Orm\n",
])
def test_places_handed_over_or_taken_are_no_people(line: str) -> None:
    assert not names_of(f"## 1866\n\n{line}", "notes.md") & {"Tessel", "Orm"}


def test_authors_of_works_copied_are_people_but_a_works_is_a_place() -> None:
    names = names_of("Ada Roe was a Varnish weaver. As a girl she copied the works of Vallen "
                     "and Ostrade. In 1745 she visited the works of Tessel.\n")
    assert {"Vallen", "Ostrade"} <= names and "Tessel" not in names


def test_author_of_an_idea_defended_is_a_person_unless_a_place() -> None:
    assert "Pellinor" in names_of("Ada Roe was a Varnish weaver. She defended the system of "
                                  "Pellinor against the schoolmen.\n")
    names = names_of("Ada Roe was a Varnish weaver. She defended the system of Tessel. She "
                     "lived in Tessel.\n")
    assert "Tessel" not in names


def test_author_of_a_book_suspended_is_a_person() -> None:
    assert "Pellinor" in names_of("Ada Roe was a Varnish weaver. In 1616 the council suspended "
                                  "the book of Pellinor.\n")


def test_one_who_surrenders_a_town_is_a_person_but_a_town_that_surrenders_is_not() -> None:
    text = ("## 1612\n\n- May 1612: Skarn besieged; Delacroy surrenders the town to Ada Roe\n"
            "- June 1612: Orvik surrenders to Ada Roe\n")
    names = names_of(text, "notes.md")
    assert "Delacroy" in names and "Skarn" not in names


def test_towns_handed_over_and_listed_together_are_no_people() -> None:
    text = ("## 1710\n\n- 1710: Tessa handed over to Orvik\n"
            "- 1715: Kessel, Orvik and Skarn sign the charter\n")
    assert not names_of(text, "notes.md") & {"Tessa", "Orvik", "Kessel", "Skarn"}


@pytest.mark.parametrize(("sentence", "person"), [
    ("She studied with Halvorsen in Orvik.", "Halvorsen"),
    ("In Orvik she heard Dunstan play.", "Dunstan"),
    ("Critics ranked her with Halvorsen and Delius.", "Delius"),
    ("She dedicated her third symphony to Marchetti.", "Marchetti"),
    ("Rumours linked her to Aldous.", "Aldous"),
])
def test_musicians_life_single_names(sentence: str, person: str) -> None:
    assert person in names_of(f"Mara Tessin (1790 – 1850) was a Varnish composer. {sentence}\n")


def test_place_heard_of_or_dedicated_to_a_saint_s_town_stays_none() -> None:
    names = names_of("Mara Tessin (1790 – 1850) was a Varnish composer. She heard Orvik was "
                     "burning. She moved to Kessel in 1820.\n")
    assert not names & {"Orvik", "Kessel"}


def test_notes_deposed_and_elected_single_names() -> None:
    text = ("## 1414\n\n- 1414: council opens at Dravik; Varro deposed, Bellin resigns\n"
            "- 1417: Marten elected pope, ends the schism\n")
    found = {f.name: f.roles for f in find_figures([parse_document("notes.md", text)])}
    assert "Varro" in found and found.get("Marten") == ["pope"]


def test_main_actors_paragraph_names_people() -> None:
    assert {"Varro", "Zelko"} <= names_of("# Notes\n\nMain actors: Varro, Zelko.\n", "notes.md")


def test_names_in_brackets_after_a_plural_role_are_people_with_that_role() -> None:
    text = "## 232 - 185 BCE Decline\n\n- The realm splits among weak heirs (Dostar, Vennik...).\n"
    figures = {f.name: f.roles for f in find_figures([parse_document("notes.md", text)])}
    assert figures.get("Dostar") == ["heir"] and figures.get("Vennik") == ["heir"]


def test_a_master_under_whom_one_becomes_a_monk_is_a_person() -> None:
    text = "## 297 BCE\n\n- c. 297 BCE: Kessar abdicates, becomes a monk under Harisena.\n"
    assert "Harisena" in names_of(text, "notes.md")


def test_whom_soldiers_served_is_a_person() -> None:
    text = ("In 1815 he hired captains who had once served Valdoro, and he paid them well. "
            "Valdoro himself was far away.\n")
    assert "Valdoro" in names_of(text, "life.txt")


def test_who_killed_someone_at_a_place_named_in_brackets_is_a_person() -> None:
    text = ("## 1918\n\n- Jul 17, 1918: the old king and his children shot at Varnsk (Tarovsky)\n"
            "- Aug 1918: Kessian troops landed at Orsk (Orskoye)\n")
    names = names_of(text, "notes.md")
    assert "Tarovsky" in names
    assert "Orskoye" not in names
