"""Roles the text gives in shapes that once lost them: an attaché, a tenor, a matron, an
office "at" its field. Made-up texts; each case once went wrong."""

from __future__ import annotations

import pytest

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


@pytest.mark.parametrize(("text", "name", "role"), [
    ("In 1900 the war began. The defence was led by the Varnish military attaché Shiro Tana.",
     "Shiro Tana", "Varnish military attaché"),
    ("In 1906 the quake struck. The tenor Enzo Carro, who had sung at the Opera House the "
     "night before, fled the city.", "Enzo Carro", "tenor"),
    ("In 1855 she sailed with Sara Ward as matron.", "Sara Ward", "matron"),
    ("In 1854 she wrote to Sidney Hale, the Secretary at War, about the wounded.",
     "Sidney Hale", "Secretary at War"),
])
def test_role_is_found(text: str, name: str, role: str) -> None:
    found = {f.name: f.roles for f in find_figures([parse_document("a.txt", text + "\n")])}
    assert role in found[name]


def test_plural_role_with_a_place_phrase_before_among_them() -> None:
    text = ("In 1900 the war began. Viceroys in the south, among them Li Orm, Zhang Tess and "
            "Liu Varo, ignored the declaration of war.\n")
    found = {f.name: f.roles for f in find_figures([parse_document("a.txt", text)])}
    assert all(found[name] == ["viceroy"] for name in ("Li Orm", "Zhang Tess", "Liu Varo"))


def test_plural_role_heading_gives_its_entries_the_calling() -> None:
    text = ("# Notes\n\n## Historians\n\n- Orla Finn, *A Long War* (1996): from below\n"
            "- Rick Pale: a coup by a small party\n\n## Key terms\n\n- Kessel: the capital\n")
    found = {f.name: f.roles for f in find_figures([parse_document("notes.md", text)])}
    assert "historian" in found["Orla Finn"] and found["Rick Pale"] == ["historian"]
    assert "Kessel" not in found


def test_plural_role_inside_a_bracket_before_incl() -> None:
    text = "## 1912\n\n- 1912: *Orm News* founded (editors incl. Molvar)\n"
    found = {f.name: f.roles for f in find_figures([parse_document("notes.md", text)])}
    assert found == {"Molvar": ["editor"]}


def test_shot_by_a_bracketed_doer() -> None:
    text = "## 1918\n\n- 1918: the old king shot (Yurin); riots in Kessel\n"
    assert "Yurin" in {f.name for f in find_figures([parse_document("notes.md", text)])}
