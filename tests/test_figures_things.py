"""Capitalised things that are no people: places, stores, study-note imperatives, glosses.
Made-up texts; each case once went wrong."""

from __future__ import annotations

import pytest

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


def names_of(text: str, file: str = "notes.md") -> set[str]:
    return {f.name for f in find_figures([parse_document(file, text)])}


@pytest.mark.parametrize("text", [
    "Hundreds hid in the Navy Rope Store until the fire passed, said Ada Roe.\n",
    "The settlers left Vask in 1722, reaching El Puerto del Sol in the autumn, said Ada Roe.\n",
    "- 2 March: Ada Roe escapes by night, drops Great Mace into the Marn\n",
    "Notes for [[Economic History]] seminar 3, taught by Ada Roe.\n",
    "- April 1914: U.S. Marines occupied Varna; Ada Roe protested\n",
    "- 1911: rebels under Ada Roe took Ciudad Varez\n",
    "The Vessa Accord (Welsh: Te Karuna o Vessa) is the charter that Ada Roe sealed.\n",
])
def test_places_stores_things_and_glosses_are_not_people(text):
    assert names_of(text) == {"Ada Roe"}


def test_imperatives_opening_a_note_are_no_given_names():
    text = ("- **Rolf Amsel** – Prince of Brell\n- **Edric Hale** – rebel\n\n"
            "> Compare Rolf with Edric on strategy. Know Cannae as the model battle.\n")
    assert names_of(text) == {"Rolf Amsel", "Edric Hale"}


def test_single_names_shown_by_notes_deeds_unless_used_as_places():
    text = ("## 1501 Rising\n\n- June: Orrin sails into Vessa harbour\n"
            "- 20 July: Orrin hanged at Tollgate\n- 1502: Marcan captures Vessa\n"
            "- 1503: Oskel surrenders to Marcan\n- 1504: Brell captures Tarn; the fleet "
            "sheltered at Brell\n")
    assert names_of(text) == {"Orrin", "Marcan"}


def test_a_plural_wiki_label_and_peoples_joined_by_and_are_not_people():
    text = ("Notes for the unit. See also [[Varingians|the Varingian kings]].\n\n"
            "- **Otmar** – king of the Tarks and Velbards, emperor from 800\n"
            "- Ada Roe ruled the Tarks in the name of weak Varingian kings\n")
    assert names_of(text) == {"Otmar", "Ada Roe"}


def test_a_given_name_in_an_e_mail_address_is_still_a_given_name():
    text = ("The files were opened in 2025.\n\nHana Whitfield is an investigative reporter "
            "based in Vask. Reach her at hana.whitfield@example.org.\n")
    figures = find_figures([parse_document("news.txt", text)])
    assert [(f.name, f.roles) for f in figures] == [("Hana Whitfield", ["investigative reporter"])]


def test_names_opened_by_an_article_are_papers_or_places_unless_a_calling_is_said():
    text = ("Newspapers in Paris, led by Le Soir, kept digging, and Le Soir published an account "
            "in 1985. (Photo: Ada Roe/Kessel Archive) The painter El Vasco, who settled in "
            "Toledo, painted the altar.\n")
    assert names_of(text, "news.txt") == {"Ada Roe", "El Vasco"}  # Ada Roe: a photo credit


def test_a_title_with_function_words_inside_is_no_name():
    text = ("Ada Roe is our Vask correspondent and the author of \"Harbour Days: Growing Up "
            "After The War\". Her father, Sim On, was a clerk.\n")
    assert names_of(text, "news.txt") == {"Ada Roe", "Sim On"}


def test_a_titled_name_after_from_is_a_person_and_the_end_of_a_trail_a_place():
    text = ("In 2016 she received the Order of the Sun from President Pedro Pablo Ruiz, and she "
            "called the crowds on the Inca Trail to Vilca Pampa a procession.\n")
    assert names_of(text, "news.txt") == {"Pedro Pablo Ruiz"}


def test_a_counted_family_and_a_bracketed_place_with_an_article():
    text = ("## 1538\n\n- April 6, 1538: Battle of [[Las Vinas]]; Hernan Varro defeats Ada Roe.\n"
            "\n> Three Varro brothers matter: Tomas (leader, killed 1541), Hernan (Las Vinas), "
            "Gonzo (revolt).\n")
    assert {"Hernan Varro", "Ada Roe"} <= names_of(text)
    assert "Las Vinas" not in names_of(text)


def test_a_lone_role_word_before_a_town_named_as_a_place_makes_no_person():
    text = ("# Siege of Dunmere\n\nSummary: royalist Dunmere held out against General Ada Roe.\n"
            "\n- the governor of Dunmere refused; painter Vasco drew the walls\n")
    assert names_of(text) == {"Ada Roe", "Vasco"}


def test_the_realm_of_someone_in_apposition_is_a_place_and_not_the_who_clause_s():
    text = ("That night Yaa Asan, the queen mother of Ejiso, who was then about sixty, rebuked "
            "the men. In 1901 the queen mother of Kumo, Ama Serwa, who was old, joined her. A "
            "museum in her honour opened at Ejiso in 2000.\n")
    assert names_of(text, "history.txt") == {"Yaa Asan", "Ama Serwa"}


def test_a_region_after_a_birthplace_and_a_country_before_a_later_election():
    text = ("Anders Rosk was born on 2 May 1861 at Voss, Hordaland, the youngest son of Per "
            "Rosk, a farmer. He came home to Norway in 1899 and was elected as the Farmers' "
            "Party member for Voss.\n")
    assert names_of(text, "life.txt") == {"Anders Rosk", "Per Rosk"}


def test_the_speaker_named_in_brackets_after_a_quote_is_a_person():
    text = ("## Before 1848\n\n- 1815: Congress of Dravik -> Norland \"a geographical "
            "expression\" (Tessaly); Ostrian rule in the north\n")
    assert names_of(text) == {"Tessaly"}
