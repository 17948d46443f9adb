"""Words near a name that were misread: things made people, people dropped, clauses or things
made roles (made-up texts)."""

from __future__ import annotations

import pytest

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


def figures_of(text: str, file: str = "notes.md") -> dict[str, list[str]]:
    return {f.name: f.roles for f in find_figures([parse_document(file, text)])}


@pytest.mark.parametrize("sentence", [
    "The word was borrowed from Arabic in the 1200s.",
    "The tunes were adapted from Welsh folk songs in 1850.",
    "Recruits were drawn from Kessia and Dorn in 1850.",
])
def test_a_single_word_borrowed_from_makes_no_person(sentence):
    figures = figures_of(f"# Notes\n\n{sentence} Ivo Tam wrote a book in 1860.\n")
    assert set(figures) == {"Ivo Tam"}


def test_a_name_after_in_a_place_and_before_a_verb_is_no_place_when_named_again():
    text = ("# Notes\n\nIn 1850 the family settled in Varn and Marek Olsen followed them. "
            "Marek Olsen opened a shop.\n")
    assert "Marek Olsen" in figures_of(text)
    assert "Kessel Hale" not in figures_of("# Notes\n\nPeople in Varn and Kessel Hale paid.\n")


def test_two_words_between_and_in_a_place_are_someone_named_elsewhere():
    text = ("# Notes\n\nThe rivalry between Marek Olsen in Varn and Ivo Tam in Dorn lasted a "
            "decade. Marek Olsen won in 1850.\n")
    assert "Marek Olsen" in figures_of(text)


def test_a_heading_on_someone_s_death_keeps_the_person():
    text = "## Death of Ivo Tam\n\nIvo Tam fell ill in 1840 and died in 1841. He was a painter.\n"
    assert figures_of(text) == {"Ivo Tam": ["painter"]}
    assert "Grey Death" not in figures_of("## 1348\n\n- 1348: Grey Death; Ada Roe flees.\n")


def test_a_speaker_s_role_goes_only_to_someone_without_a_role():
    said = '"We were proud that day," says the retired nurse.'
    assert figures_of(f"# Notes\n\nThe mayor, Ivo Tam, opened the bridge in 1990. {said}\n") \
        == {"Ivo Tam": ["mayor"]}
    assert figures_of(f"# Notes\n\nIvo Tam opened the bridge in 1990. {said}\n") \
        == {"Ivo Tam": ["retired nurse"]}


def test_single_words_in_a_bracket_after_bishops_are_no_people_by_themselves():
    assert figures_of("# Notes\n\nThe bishops (Varn, Dorn and Kessel) signed the act in "
                      "1301.\n") == {}
    assert figures_of("# Notes\n\nHis successors (Orm, Vell) were weak in 1301.\n") \
        == {"Orm": ["successor"], "Vell": ["successor"]}


@pytest.mark.parametrize(("sentence", "roles"), [
    ("The judge Ivo Tam ruled in Olsen's favour in 1850.", ["judge"]),
    ("Ivo Tam made friends at court in 1850.", []),
    ("Ivo Tam ruled Thursday that the law stood, in 1850.", []),
    ("Ivo Tam ruled in Varn from 1850.", ["ruler in Varn"]),
])
def test_a_deed_says_an_office_only_of_a_land_or_a_singular_role(sentence, roles):
    assert figures_of(f"# Notes\n\n{sentence}\n") == {"Ivo Tam": roles}


def test_a_dated_happening_after_a_possessive_is_no_work():
    assert figures_of("# Notes\n\nIvo Tam's Kessian Campaign of 1812 ended in disaster.\n") \
        == {"Ivo Tam": []}
    assert figures_of("# Notes\n\nIvo Tam's Dorn in Turmoil of 1850 sold well.\n") \
        == {"Ivo Tam": ["author of Dorn in Turmoil"]}


def test_a_bracketed_place_and_year_is_no_work_without_writing_in_the_sentence():
    assert figures_of("# Notes\n\nIvo Tam (New Kessel, 1850) was a painter.\n") \
        == {"Ivo Tam": ["painter"]}
    assert figures_of("# Notes\n\nIvo Tam (Quiet Current, 1950) wrote of the sea.\n") \
        == {"Ivo Tam": ["author of Quiet Current"]}
