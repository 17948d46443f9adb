"""Ships, places of origin, offices, papers and happenings named like people are none.
Made-up texts; each case once went wrong."""

from __future__ import annotations

import pytest

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


def figures_of(text: str, file: str = "notes.md") -> dict[str, list[str]]:
    return {f.name: f.roles for f in find_figures([parse_document(file, text)])}


@pytest.mark.parametrize("text", [
    # a craft noun names the ships after it, and is no role
    "- 5 May 1860: Ada Roe's volunteers leave Porto Vell in the steamers Vessa and Tarno\n",
    "In 1912 Ada Roe sailed for Kellport on the liner Orsa.\n",
    # a happening named for its place, with or without "the"
    "- 17 July 1791: Champ de Lune massacre - Ada Roe's guard fires on petitioners\n",
    # a thing's other name in brackets is no person
    "- 1831: Ada Roe founds Young Norland (Giovane Norlandia) in exile in Dravik\n",
    # a paper is what an editor or a founder is "of"
    "- 1850: Ada Roe becomes editor of Le Père Tarrant\n",
    # words that mark storms, fairs and ships
    "When Superstorm Corin hit the coast in October 2012, Ada Roe lost her house.\n",
    "In 1893 Ada Roe spoke at the World's Kellport Exposition in Dravik.\n",
    "Ada Roe served aboard HMS Tarrant until 1916.\n",
    # a bracket listing places, and a bracket glossing a place
    "- 1791: Ada Roe flees Versailles, Kellport (Hôtel de Ville, Palais-Neuf, Conciergerie)\n",
    "Ada Roe preached on Montagne Sainte-Orla (a hill in Kellport) in 1791.\n",
    # what is bought or built is a house or a place
    "In the autumn of 1801 Ada Roe bought Vessa Place in Orsland.\n",
    # characters are no real people
    "Visitors leave flowers for the fictional Jack Tarrow, said Ada Roe in 1998.\n",
    # a foreign institution's name, its head word first
    "In 1820 Ada Roe was sent to study at the École Supérieure de Varenne.\n",
    "In 1822 Ada Roe boarded at the Lycée Saint-Aubry de Morvan.\n",
    # a work named after its writer's possessive
    "In 1843 Ada Roe packed a copy of Vask's Arctic Letters for the crossing.\n",
    "In 1814 Ada Roe published the first volume of Personal Narrative, her account of a trip.\n",
    "- 1548: Kellby Interim imposed on the towns by Ada Roe\n",
    # meetings, scriptures and registers on notes lines
    "- June 1615: Hask Synod; Ada Roe condemns the new hymnal\n",
    "- 1624: complete Varnian Psalter printed for Ada Roe\n",
    "- 1628: Kellby Recess forced on the towns by Ada Roe\n",
    "- 1988: Ada Roe's quarry is added to the Global Geopark list\n",
])
def test_things_named_like_people_are_not_people(text):
    assert set(figures_of(text)) == {"Ada Roe"}


def test_where_a_described_person_comes_from_is_a_place():
    text = ("Kellport remembers\n\nThe stone belongs to Piet Haskel, a stoker from Dravik who "
            "worked in the engine rooms. In 2008 tests showed that the boy was Tomas Brandt, a "
            "19-month-old from Orsland, Norland, who died with his parents.\n")
    assert set(figures_of(text, "story.txt")) == {"Piet Haskel", "Tomas Brandt"}


def test_a_letter_from_a_person_still_names_the_person():
    text = "A letter from Haskel reached the council in 1881. Haskel, the mayor, had written it.\n"
    assert "Haskel" in figures_of(text, "story.txt")


def test_offices_given_to_someone_are_no_people():
    text = ("Piet Haskel (1817 – 1895) was an orator.\n\nIn 1881 he became Recorder of Deeds for "
            "the District. In 1889 President Tomas Brandt named him Minister Resident and Consul "
            "General to the Republic of Ostria.\n")
    assert set(figures_of(text, "life.txt")) == {"Piet Haskel", "Tomas Brandt"}


def test_a_child_named_by_parents_is_still_a_person():
    text = "In 1850 Ada Roe and her husband named him Tomas Roe, after his grandfather.\n"
    assert "Tomas Roe" in figures_of(text, "life.txt")


def test_an_age_in_words_before_a_name_is_its_role():
    text = "The youngest passenger, eight-year-old Tomas Brandt, was saved in 1912.\n"
    assert any("year-old" in role or "passenger" in role
               for role in figures_of(text, "story.txt")["Tomas Brandt"])


def test_a_character_played_by_an_actor_is_none_the_actor_is_one():
    text = "In 1997 Orrin Vell played Jack Tarrow. Jack Tarrow played by Orrin Vell drowns.\n"
    assert set(figures_of(text, "story.txt")) == {"Orrin Vell"}


def test_a_works_list_under_a_short_heading_names_no_people():
    text = ("Orlen Vask\n\nOrlen Vask (3 March 1801 – 9 June 1870) was a surveyor.\n\n"
            "Selected works\nTraité des glaciers (1830)\nMémoires sur les fleuves du Haut Pays "
            "(1835–1849), 12 vols.\nNordland. Versuch einer kleinen Küstenkunde (1855–1862).\n")
    assert set(figures_of(text, "life.txt")) == {"Orlen Vask"}


def test_a_reading_list_names_its_authors_as_minor_people():
    text = ("# The Rise of Varnia\n\n- 310 BCE: Tolmar becomes king of Varnia\n\n## Reading\n\n"
            "- Harlow, Anne Marie. *The Varnian Kings*. Penfold Press, 2007.\n")
    figures = {f.name: f for f in find_figures([parse_document("notes.md", text)])}
    assert figures["Anne Marie Harlow"].minor


def test_words_bracketed_inside_a_laws_name_are_no_person():
    text = ("In 1843 the assembly adopted the Vagrants (Seasonal Shelter for Families) Act, which "
            "the Home Secretary Ada Roe had drafted.\n")
    assert set(figures_of(text, "story.txt")) == {"Ada Roe"}


def test_people_named_only_in_an_infobox_are_read_with_their_field_as_role():
    page = ("<html><body><table class=\"infobox\"><tr><th>Spouse</th><td>Piet Haskel (m. 1812)"
            "</td></tr><tr><th>Parents</th><td>Orm Roe<br>Ilse Varga</td></tr></table>"
            "<p><b>Ada Roe</b> (8 July 1793 – 1856) was a painter.</p></body></html>")
    figures = figures_of(page, "life.html")
    assert figures["Piet Haskel"] == ["spouse"]
    assert figures["Orm Roe"] == figures["Ilse Varga"] == ["parent"]


def test_each_person_of_a_plural_field_holds_the_singular_role():
    text = ("The War\n\n| leaders = Ada Roe, Piet Haskel\n| location = Kellport\n\n"
            "The war began in 1791.\n")
    figures = figures_of(text, "war.txt")
    assert figures["Ada Roe"] == figures["Piet Haskel"] == ["leader"]
