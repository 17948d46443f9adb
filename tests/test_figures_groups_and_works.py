"""Periodicals and anthologies, group plurals, the people of a place, offices and treaties named
like people are none; titles of office before a full name are roles. Made-up texts; each case
once went wrong."""

from __future__ import annotations

import pytest

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


def figures_of(text: str, file: str = "notes.md") -> dict[str, list[str]]:
    return {f.name: f.roles for f in find_figures([parse_document(file, text)])}


@pytest.mark.parametrize("text", [
    # a periodical's kind or a work's kind right before its title
    "In 1863 Ada Roe founded the monthly Varsko Vestnik, which lasted barely a year.\n",
    "Her poems reached readers through Ada Roe, whose anthology Kellische Lieder came out in "
    "Dravik in 1887.\n",
    # a group's plural in -ists, and the people of places the text names
    "The war was fought between Ada Roe's government and a coalition of liberal democrats, "
    "Restorationists and regional groups from Varm and the Ostirs. During the winter "
    "thousands of Varmis and Ostiris were driven from their homes.\n",
    # an administrative region, a truce, a festival's grounds
    "Ada Roe was born on 2 March 1851 at Kessel, near Dravik, Orvan Governorate.\n",
    "## 1918\n\n- 30 October: Armistice of Tarno signed on a battleship; Ada Roe resigns\n",
    "In 1988 crowds gathered night after night at the Kellport Song Festival Grounds to hear "
    "Ada Roe.\n",
    # an epidemic named like a person
    "## 1348\n\n- 1348-1350: Grey Death; Ada Roe flees to the hills\n",
])
def test_works_groups_and_things_named_like_people_are_none(text):
    assert set(figures_of(text)) == {"Ada Roe"}


def test_a_paper_named_again_as_a_subject_stays_a_paper():
    text = ("Ada Roe's greatest platform was the newspaper Orvela, which she founded as a weekly "
            "in 1877. For twenty years Orvela argued for schools in the valley, and in 1886 "
            "Orvela took the side of the students.\n")
    assert set(figures_of(text)) == {"Ada Roe"}


def test_a_name_ending_like_a_people_is_still_a_person():
    text = ("In 1860 the merchant Tomas Lewis opened a shop. Lewis traded with Lew Harbour, "
            "and Lewis said the trade was good.\n")
    assert "Tomas Lewis" in figures_of(text)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The inquiry was led by Senator Ada Roe; Assemblyman Piet K. Varga served as her deputy "
     "in 1911.\n", "Piet K. Varga", "Assemblyman"),
    ("On 3 July 1908 Adjutant-Major Osko Belan took to the hills with some 200 men.\n",
     "Osko Belan", "Adjutant-Major"),
    ("## 1913\n\n- 11 June: Grand Vizier Tomas Rell Pasha assassinated in the street\n",
     "Tomas Rell Pasha", "Grand Vizier"),
])
def test_an_office_before_a_full_name_is_a_role(text, name, role):
    figures = figures_of(text)
    assert name in figures
    assert role in figures[name]


def test_a_given_name_before_an_initial_is_no_place():
    text = ("Ada Roe\n\nAfter a hard winter Ada Roe found new backers in Piet K. Varga, a clerk, "
            "and in 1887 her papers were examined by the chemist Ines P. Dorr. Writers from "
            "Ines K. Barrow to Oskar T. Lind have told her story. In 1901 she moved to "
            "Washington D. C. and lived in Washington until 1910.\n")
    figures = figures_of(text, "life.txt")
    assert {"Piet K. Varga", "Ines P. Dorr", "Ines K. Barrow"} <= set(figures)
    assert "clerk" in figures["Piet K. Varga"]
    assert not {"P. Dorr", "K. Varga", "Washington D. C."} & set(figures)


def test_a_work_and_its_year_in_brackets_after_a_name_make_an_author():
    text = ("Ada Roe\n\nBiographers from Marta J. Kell (Quiet Current, 1950) to Ivo Senn "
            "(Roe: A Life in Letters, 2013) have tried to separate fact from legend.\n")
    figures = figures_of(text, "life.txt")
    assert "Quiet Current" not in figures
    assert figures["Marta J. Kell"] == ["author of Quiet Current"]
    assert figures["Ivo Senn"] == ["author of Roe: A Life in Letters"]


def test_a_name_taken_or_changed_to_is_another_name_of_the_person():
    text = ("Ada Roe\n\nAda Roe was born in Kessel in 1729. She arrived in Dravik in February "
            "1744, converted in June and took the name Irina Petrovna. From 1990 Tomas Brandt "
            "led the council; later Brandt (who changed his name to Tomas Brandtov in 2007) "
            "banned the party.\n")
    figures = {f.name: f.aliases for f in find_figures([parse_document("life.txt", text)])}
    assert set(figures) == {"Ada Roe", "Tomas Brandt"}
    assert "Irina Petrovna" in figures["Ada Roe"]
    assert "Tomas Brandtov" in figures["Tomas Brandt"]


def test_names_taken_by_several_people_make_no_people():
    text = ("Ada Roe\n\nAda Roe had two daughters, Lena and Bea. In 1616 the two daughters "
            "entered a convent, where they took the names Soeur Marta Kell and Soeur Ines.\n")
    assert not {"Soeur Marta Kell", "Soeur Ines", "Marta Kell"} & set(figures_of(text,
                                                                              "life.txt"))


def test_a_plural_between_list_items_is_the_next_item_not_an_apposition():
    text = ("The alliance was proclaimed on 25 May 1402, joining the Free Cities, Kessia, "
            "Varnholm, Dravik, the Knights of Sorel and several small duchies. Ada Roe led "
            "it.\n")
    assert set(figures_of(text, "story.txt")) == {"Ada Roe"}


def test_a_plural_apposition_after_a_list_of_people_is_still_their_role():
    text = ("In 1901 the choir was led by Ada Roe, Bea Lund, Cleo Marr, the founders of the "
            "school and its first teachers.\n")
    figures = figures_of(text, "story.txt")
    assert set(figures) == {"Ada Roe", "Bea Lund", "Cleo Marr"}
    assert any("founder" in role for role in figures["Cleo Marr"])


def test_the_successor_is_the_one_named_before_the_verb():
    text = ("Empress Kala\n\nKala Vetrova (1729 - 1796) was Empress of Varn. In 1745 she "
            "married her cousin Borin of Holm.\n\nEmpress Alda died on 5 January 1762 and "
            "Borin succeeded her as Borin III. He ruled for six months.\n")
    aliases = {f.name: f.aliases for f in find_figures([parse_document("life.txt", text)])}
    assert "Alda" in aliases
    assert "Borin III" not in aliases["Alda"]
    assert any("Borin III" in names for names in aliases.values())


def test_a_reign_name_given_to_a_kinsman_is_not_the_subject_s():
    text = ("## 1909\n\n- Parliament deposed Sultan Otmar Rell and put his brother on the "
            "throne as Ivo V.\n")
    figures = figures_of(text)
    assert {"Otmar Rell", "Ivo V"} <= set(figures)
    assert figures["Ivo V"] == ["brother"]


def test_a_building_in_front_of_which_something_stands_is_no_person():
    text = ("Ada Roe\n\nA statue of Ada Roe by the sculptor Piet Varga was unveiled in front "
            "of Kessel Hale in Dorn on 14 February 1883.\n")
    assert set(figures_of(text, "life.txt")) == {"Ada Roe", "Piet Varga"}


def test_a_name_with_a_title_written_after_it_is_a_person():
    text = "## 1877\n\n- 20 July: siege of Varn; Selman Pasha surrenders on 10 December.\n"
    assert "Selman Pasha" in figures_of(text)


def test_who_publishes_a_title_in_italics_is_its_author():
    text = "## 1876\n\n- September: Harlow publishes *The Kessel Horrors* - 40,000 copies.\n"
    assert figures_of(text)["Harlow"] == ["author of The Kessel Horrors"]


def test_a_group_glossed_in_brackets_is_still_led_by_the_name_after_it():
    text = ("In the 1890s a new generation of radicals, the Narva Dasi (\"third group\") led by "
            "Piet Varga, turned against him.\n")
    assert any(role.startswith("leader of") for role in figures_of(text, "life.txt")["Piet Varga"])


def test_each_of_a_triumvirate_is_its_member():
    text = "## 1913\n\n- June: from now on the triumvirate of Ivo, Tarek and Osko rules.\n"
    figures = figures_of(text)
    assert all(figures[name] == ["member of the triumvirate"] for name in ("Ivo", "Tarek", "Osko"))


def test_an_epithet_in_brackets_is_a_role_not_a_person():
    text = ("## 1869\n\n- 1869-1872: Ivo Senn (the \"Lion of the Hills\") builds a network of "
            "secret committees.\n")
    figures = figures_of(text)
    assert set(figures) == {"Ivo Senn"}
    assert figures["Ivo Senn"] == ["Lion of the Hills"]


def test_a_given_name_spelt_like_a_month_with_a_noble_apposition_is_a_person():
    text = ("Ada Roe\n\nAda Roe was born in Kessel in 1729, the daughter of Karl August, Prince "
            "of Sarn, who commanded a regiment. In 1905 the Black January riots began.\n")
    figures = figures_of(text, "life.txt")
    assert "Karl August" in figures
    assert "Black January" not in figures


def test_authors_borrowed_from_are_people_not_places():
    text = ("Ada Roe\n\nAda Roe read Quintor and Belvane. In 1767 she wrote a new code, much of "
            "it borrowed from Belvane and Cosimo Arrento.\n")
    assert {"Belvane", "Cosimo Arrento"} <= set(figures_of(text, "life.txt"))


def test_who_one_is_a_reader_of_is_a_person():
    text = ("Ilo Varn\n\nIlo Varn was a poet. Four years in the capital made him a liberal and a "
            "reader of Harzen.\n")
    assert "Harzen" in figures_of(text, "life.txt")


def test_a_possessive_before_a_kind_of_work_and_its_title_is_its_author():
    text = ("Ilo Varn\n\nIlo Varn was a poet. His mother taught him to read from Kastaveli's "
            "epic The Knight of the Hills. Varn died in 1907.\n")
    figures = figures_of(text, "life.txt")
    assert any(role.startswith("author of the epic") for role in figures["Kastaveli"])


@pytest.mark.parametrize("line", [
    "- Inheritance: Otmar IV of Varn died in 1301 without a son; the Varnish barons elected "
    "his nephew Ivo Tessan, first Tessan duke.\n",
    "- Dorvania: Kessian dukes owed homage for the coast to the crown.\n",
])
def test_a_notes_label_over_a_sentence_is_no_person(line):
    figures = figures_of(f"## 1301\n\n{line}")
    assert not {"Inheritance", "Dorvania"} & set(figures)


def test_a_given_name_with_an_epithet_is_a_person_of_its_own():
    text = ("## 1346\n\n- 26 August 1346: Siege of Varn. King Ivo III leads the army; Ivo, the "
            "Red Prince (age 16), wins his spurs.\n- 1356: The Red Prince seizes the fortress "
            "of Dunmor.\n- 1370: Piet Lund, the Prime Minister, resigns.\n")
    figures = {f.name: (f.aliases, f.roles) for f in find_figures([parse_document("n.md", text)])}
    assert figures["Red Prince"][0] == ["Ivo"]
    assert "Red Prince" not in figures["Ivo III"][1]
    assert "Prime Minister" in figures["Piet Lund"][1]


def test_who_one_founded_something_with_are_co_founders():
    text = ("Ilo Varn\n\nIlo Varn was a poet. On 8 May 1879 he co-founded, with Piet Kessel and "
            "Tomas Brandt, the Society for Village Schools.\n")
    figures = figures_of(text, "life.txt")
    assert "co-founder" in figures["Piet Kessel"] and "co-founder" in figures["Tomas Brandt"]


def test_the_speaker_of_a_quote_is_the_person_named_before_it():
    text = ("Hands across\n\nKESSEL, Varnia – On 23 August 1989, Ada Kalna took the hands of two "
            "strangers and did not let go. \"My arms were shaking,\" says the retired "
            "schoolteacher, now 71. On Friday she stood there again.\n")
    assert figures_of(text, "story.txt")["Ada Kalna"] == ["retired schoolteacher"]


def test_a_lead_s_predicate_after_a_bracket_and_a_comma_is_a_role():
    text = ("Ada II\n\nAda II, known as Ada the Wise (born Ada Marren; 4 June 1702 – 9 May 1770), "
            "was Queen of Tessia from 1741 until her death.\n")
    figures = figures_of(text, "life.txt")
    assert any("Queen of Tessia" in roles for roles in figures.values())


def test_a_ruler_s_title_after_to_is_a_role_not_a_verb():
    text = "## 250 BCE\n\n- 250 BCE: envoys bring gifts to king Teso Varin of Lanka.\n"
    assert any(role.lower().startswith("king") for role in figures_of(text)["Teso Varin"])


def test_a_work_cited_inside_a_list_keeps_the_list_s_role():
    text = ("The rising\n\nHistorians such as Piet Roe, in Harbour Days 1921 (1970), and Ines "
            "Dall have shown that the rising was not planned abroad.\n")
    figures = figures_of(text, "story.txt")
    assert figures["Ines Dall"] == ["historian"]
    assert "Harbour Days" not in figures


def test_a_bare_compound_role_in_apposition_is_a_role():
    text = ("## 1837\n\n- 1837: Piet Varga, assay master of the Kessel mint, reads the old "
            "inscriptions.\n")
    assert figures_of(text)["Piet Varga"][0].startswith("assay master of the Kessel")


def test_a_house_between_places_and_a_term_s_translation_are_no_people():
    text = ("Ada Roe\n\nIn 1821 the family of Ada Roe divided its time between Rook Hollow in "
            "Kentshire and a house in the capital. The teacher says \"revival\" (Obnovlenie) "
            "is the word, but the old minister called it \"a mere expression\" (Vasko Merl).\n")
    figures = figures_of(text, "life.txt")
    assert not {"Rook Hollow", "Obnovlenie"} & set(figures)
    assert "Vasko Merl" in figures


def test_an_unknown_office_of_a_place_in_apposition_describes_a_person_only():
    text = ("The battle\n\nIts wings were commanded by Ivo Marr, governor of Kessel, and Kemal "
            "Ruz, the beylerbey of Sarn. The fleet left Dorn, the capital of Varn, in May.\n")
    figures = figures_of(text, "story.txt")
    assert any("beylerbey" in role for role in figures["Kemal Ruz"])
    assert "Dorn" not in figures


def test_a_sentence_opened_by_a_role_and_an_age_describes_the_one_named_before():
    text = ("We were not asked\n\nIn Tarik Sener's kitchen in the northern village of Askoy, "
            "the television is tuned to the parade. The retired baker, 77, was born in Kessel "
            "and moved north in 1975.\n")
    assert figures_of(text, "story.txt")["Tarik Sener"] == ["retired baker"]


def test_a_given_name_shaped_like_a_people_s_plural_and_its_short_and_married_forms():
    text = ("Ivo Brandt\n\nIvo Brandt (1758 – 1805) was a captain. He sailed to France in 1780. "
            "On the island of Vess he met Frances Orlan, a young widow known as Fanny. They "
            "married in 1787. In 1788 Fanny Brandt followed him to Dorn.\n")
    figures = {f.name: (f.aliases, f.roles) for f in find_figures([parse_document("b.txt", text)])}
    assert set(figures) == {"Ivo Brandt", "Frances Orlan"}
    assert {"Fanny", "Fanny Brandt"} <= set(figures["Frances Orlan"][0])
    assert figures["Frances Orlan"][1] == ["young widow"]


def test_authors_borrowed_much_from_and_cited_with_a_work_are_people():
    text = ("Ada Brenn\n\nAda Brenn (1729 – 1796) was Queen of Tessia. As a girl Ada read Quintor "
            "and Belvane. Her law code borrowed much from Belvane and Cosimo Arrento. Writers "
            "from Arno Veit (Quiet Current, 1950) to Tomas Albright have praised her.\n")
    figures = figures_of(text, "life.txt")
    assert {"Belvane", "Cosimo Arrento", "Arno Veit"} <= set(figures)
    assert "Quiet Current" not in figures


def test_the_deed_after_an_object_belongs_to_the_subject():
    text = "## 202 BCE\n\n- 202 BCE: Tavo Lin defeats Ruo Han and founds the Qiao dynasty.\n"
    figures = figures_of(text)
    assert figures["Tavo Lin"] == ["founder of the Qiao dynasty"]
    assert not any("founder" in role for role in figures.get("Ruo Han", []))


def test_terse_notes_items_share_the_office_and_a_diary_makes_its_author():
    text = ("## 1917\n\n- New cabinet under Prince Varo; Ostrov foreign minister, Petrin navy, "
            "Kalla justice\n\n> Quote Dovlin's eyewitness diary for March.\n")
    figures = figures_of(text)
    assert figures["Petrin"] == ["navy minister"]
    assert figures["Dovlin"] == ["author of the eyewitness diary"]


def test_a_possessive_before_a_dated_title_makes_its_author():
    text = ("The rising\n\nEarly accounts, such as Piet Varga's Storm over Kessia of 1899, blamed "
            "the envoys.\n")
    figures = figures_of(text, "story.txt")
    assert figures["Piet Varga"] == ["author of Storm over Kessia"]
    assert "Storm" not in figures


def test_a_word_qualifying_a_plural_noun_shaped_like_a_verb_is_no_speaker():
    text = ("The chain\n\nIn 1939 Ivo Marr and Otto Lenz signed the pact whose protocol handed "
            "the three Varnic states to the eastern sphere.\n")
    assert set(figures_of(text, "story.txt")) == {"Ivo Marr", "Otto Lenz"}


def test_what_a_place_the_text_names_has_makes_it_no_person():
    text = ("How the island broke\n\nBritain took over the administration of Vessa from the old "
            "empire in 1878. Vessa became independent in 1960. In 1983 Ivo Marr proclaimed a "
            "republic of Northern Vessa.\n")
    assert set(figures_of(text, "story.txt")) == {"Ivo Marr"}


def test_a_foreign_king_s_title_after_a_name_ends_the_name():
    text = ("# Notes\n\nIn 1861 Ruggero Aldo II became king of Orsenia.\n\n> Note the wall "
            "slogan \"Viva RADO\" = Ruggero Aldo Re D'Orsenia.\n")
    figures = figures_of(text)
    assert not any("Re" in name.split() for name in figures)
