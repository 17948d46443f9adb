"""Key figures' roles told in clause shapes: a group described by a relative clause before
"among them", a force under someone's command. Made-up sentences; each once went wrong."""

from __future__ import annotations

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


def roles_of(text: str, name: str, file: str = "life.txt") -> list[str]:
    figures = {f.name: f for f in find_figures([parse_document(file, text)])}
    assert name in figures, sorted(figures)
    return figures[name].roles


def test_a_plural_role_described_by_a_relative_clause_before_among_them_is_each_one_s():
    text = ("Ivo Tarr (1770–1830) was the first prince of the valley. From 1802 he took on "
            "Danish engineers who had worked for the old prince, among them Nils Brand and "
            "Ole Hesk, to build his forts.\n")
    assert roles_of(text, "Nils Brand") == ["Danish engineer"]
    assert roles_of(text, "Ole Hesk") == ["Danish engineer"]


def test_a_force_under_the_command_of_a_person_makes_them_its_commander():
    text = ("Ivo Tarr held Orsk. The town fell in July 1809 to a force under the command of "
            "Tavo Rein.\n")
    assert roles_of(text, "Tavo Rein") == ["commander"]


def test_an_appointment_told_in_the_present_or_with_as_gives_the_office():
    notes = ("# Salt\n\n- Late 1790: the Duke appoints [[Jonas Pell]] salt commissioner for "
             "the coast.\n- 1791: the Duke names Ivo Marr as harbour master.\n")
    assert roles_of(notes, "Jonas Pell", "salt.md") == ["salt commissioner"]
    assert roles_of(notes, "Ivo Marr", "salt.md") == ["harbour master"]
    text = "In 1790 the Duke named Ada Roe after his mother.\n"
    assert roles_of(text, "Ada Roe") == []


def test_a_full_name_s_rising_makes_its_leader():
    notes = "# Marl\n\n- Summer 1650: Ivo Grett's rising in Marl.\n- 1651: Kessia's revolt.\n"
    assert roles_of(notes, "Ivo Grett", "marl.md") == ["leader of the rising"]


def test_a_kin_of_an_office_then_the_office_holder_in_apposition_each_get_their_role():
    text = ("In 1801 his plea was turned down by Greta Holm, wife of the Keeper of the Seal, "
            "Arvid Holm, who ran the ferries. In 1802 she was refused by Ada Roe, wife of the "
            "Secretary at War, Ivo Roe, who had hired the nurses.\n")
    assert roles_of(text, "Greta Holm") == ["wife of the Keeper of the Seal"]
    assert roles_of(text, "Arvid Holm")[0] == "Keeper of the Seal"
    assert roles_of(text, "Ada Roe") == ["wife of the Secretary at War"]
    assert roles_of(text, "Ivo Roe")[0] == "Secretary at War"


def test_absolute_participle_clauses_give_each_named_person_the_office():
    text = ("The Varn brothers Emil Lask and Jon Lask prospered, Emil Lask being made Count of "
            "Orr in 1807 and Jon Lask acting as chief minister.\n")
    assert "Count of Orr" in roles_of(text, "Emil Lask")
    assert "chief minister" in roles_of(text, "Jon Lask")


def test_ruling_as_an_office_in_the_present_gives_it():
    notes = "# War\n\n- March 1401: Piet, Duke of Varn, rules as regent while the king is ill.\n"
    assert roles_of(notes, "Piet", "war.md") == ["Duke of Varn", "regent"]


def test_an_office_capitalised_after_where_someone_was_sent_as():
    text = ("In 1833 the Colonial Office sent Ivo Busk to the islands as British Resident, but "
            "he had no force to keep order.\n")
    assert roles_of(text, "Ivo Busk") == ["British Resident"]
