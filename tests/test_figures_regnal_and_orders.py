"""Rulers named by a given name and a numeral, and people named after an order's word.
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
