"""Key figures: titles written before a name, and other shapes of names and roles.
Made-up sentences; each case once went wrong."""

from __future__ import annotations

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


def figures_of(text: str, file: str = "story.txt") -> dict:
    return {f.name: f for f in find_figures([parse_document(file, text)])}


def roles_of(text: str, name: str, file: str = "story.txt") -> list[str]:
    figures = figures_of(text, file)
    assert name in figures, sorted(figures)
    return figures[name].roles


def test_a_calling_capitalised_at_a_sentence_start_is_a_role_not_part_of_the_name():
    text = ("The dam broke on 3 March 1911.\n\nCurator Ada Menk said the ledgers would go on "
            "show in May.\n\n[Photo: Survivor Ivo Lind at the pond. Credit: Mara Strom]\n")
    figures = figures_of(text)
    assert "Curator Ada Menk" not in figures
    assert [r.lower() for r in figures["Ada Menk"].roles] == ["curator"]
    assert [r.lower() for r in figures["Ivo Lind"].roles] == ["survivor"]


def test_a_title_of_rank_before_the_name_is_also_a_role():
    text = ("The charter was old. In 1712 Lord Tomas Vrell sealed it; in 1714 Sir Piet Hallam "
            "bought the water rights.\n")
    assert roles_of(text, "Tomas Vrell")[0] == "Lord"
    assert roles_of(text, "Piet Hallam")[0] == "Sir"
    notes = "# Talks\n\n- 1705: Sir Piet Hallam takes over the talks.\n"
    assert roles_of(notes, "Piet Hallam", "talks.md")[0] == "Sir"


def test_a_lone_regnal_numeral_ending_a_line_is_no_initial():
    notes = ("# Kings\n\n- 1310: the crown passes to Otto III after the death of [[Otto V]].\n"
             "- 1331: a council rules in the name of Karel X.\n- 1340: Karel X dies.\n")
    figures = figures_of(notes, "kings.md")
    assert {"Otto V", "Karel X"} <= set(figures)
    assert not {"Otto V.", "Karel X."} & set(figures)
    text = "The ledger was signed by Anna K. Holm and by Ivo V. Brandt in 1901.\n"
    assert {"Anna K. Holm", "Ivo V. Brandt"} <= set(figures_of(text))
