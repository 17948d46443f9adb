"""Name shapes: a ruler by given name and numeral, an order's word before a name, a nickname
in brackets.
Made-up texts; each case once went wrong."""

from __future__ import annotations

import pytest

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


def figures_of(text: str) -> dict[str, list[str]]:
    lead = "Tomas Arlen\n\nTomas Arlen (1702 – 1770) was a Varnish printer.\n\n"
    return {f.name: f.roles for f in find_figures([parse_document("bio.txt", lead + text)])}


@pytest.mark.parametrize("text", [
    "In 1741 he received a medal from Otmar IV.\n",
    "In 1741 he received a medal from Otmar IV at Kessel.\n",
    "In 1741 he received a medal from Otmar V.\n",
])
def test_regnal_name_after_from_is_a_ruler(text: str) -> None:
    found = figures_of(text)
    assert any(name.startswith("Otmar") and name[-1] in "VX" for name in found)
    assert "Otmar" not in found and "Kessel" not in found


def test_town_after_from_stays_a_place() -> None:
    assert "Kessel" not in figures_of("In 1741 he received a letter from Kessel.\n")


@pytest.mark.parametrize("order", ["Jesuit", "Franciscan"])
def test_order_word_before_a_full_name_is_a_role(order: str) -> None:
    found = figures_of(f"A dispute with the {order} Kaspar Wendel over the presses followed in "
                       "1730.\n")
    assert order in found.get("Kaspar Wendel", [])


def test_order_word_before_a_house_names_no_person() -> None:
    found = figures_of("In 1730 he printed for the Jesuit College of Orm and the Jesuit "
                       "Mission Press.\n")
    assert set(found) == {"Tomas Arlen"}


def test_nickname_in_brackets_inside_a_name_keeps_the_person_apart() -> None:
    found = find_figures([parse_document("bio.txt", (
        "Tomas Arlen\n\nTomas Arlen (1702 – 1770) was a Varnish printer.\n\nHe was the son of "
        "Piet Emil Arlen, a wealthy miller, and Hanne (Hansi) Arlen, née Dorr. Their "
        "grandfather Piet Dorr was a magistrate.\n"))])
    forms = {f.name: {f.name, *f.aliases} for f in found}
    assert "Hanne Arlen" in forms and "Piet Dorr" in forms
    assert "Piet Dorr" not in forms["Piet Emil Arlen"] and "Dorr" not in forms["Piet Emil Arlen"]


def test_bracket_after_a_place_joins_no_names() -> None:
    found = figures_of("In 1730 the press in Orm (Kessel) Ada Roe ran was sold.\n")
    assert not any(name.startswith("Orm") for name in found)


def test_a_one_word_regnal_heading_whose_lines_open_with_the_name_acting_is_a_ruler() -> None:
    text = ("# Kings of Varn\n\n## 297 - 268 BCE Tavrin\n\n- Tavrin extends the canals into the "
            "south. Greek name \"Tavros\".\n- Dies c. 273 BCE.\n\n## 1914 - 1918 War\n\n"
            "- War spreads to the south; the war ends in 1918.\n\n## 1916 Verdal\n\n"
            "- Verdal holds out for ten months under fire.\n")
    names = {f.name for f in find_figures([parse_document("notes.md", text)])}
    assert "Tavrin" in names
    assert not {"War", "Verdal"} & names
