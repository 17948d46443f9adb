"""Quoted words beside names: a nickname in a bracket, a quoted title of a work, and "I"."""

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


def figures_of(text: str, name: str) -> dict:
    return {f.name: f for f in find_figures([parse_document(name, text)])}


def test_a_quoted_nickname_first_in_a_bracket_is_another_name_and_the_role_follows_it():
    figures = figures_of(
        "## Crisis\n\n- 1966: Sheikh Jorunal Malek (\"Joru\", leader of the Orva League) "
        "announced the plan.\n- March 25: Joru arrested before midnight.\n", "notes.md")
    assert set(figures) == {"Jorunal Malek"}
    assert "Joru" in figures["Jorunal Malek"].aliases
    assert "leader of the Orva League" in figures["Jorunal Malek"].roles


def test_a_quoted_nickname_alone_in_a_bracket():
    figures = figures_of("Anna Holt (\"Nan\") wrote books. Nan was a poet.", "life.txt")
    assert set(figures) == {"Anna Holt"}
    assert figures["Anna Holt"].aliases == ["Nan"]


def test_words_of_a_quoted_title_after_a_work_noun_or_before_a_work_apposition_are_no_people():
    figures = figures_of(
        "At eleven a radio station played the song \"E Noite do Mar\", the first signal. At "
        "midnight a station broadcast \"Vessa, Ora Morena\", a song by Pell Marrow that was "
        "banned. \"We met Dario Vell there,\" she said.", "news.txt")
    assert set(figures) == {"Pell Marrow", "Dario Vell"}


def test_i_before_a_verb_of_the_writer_is_no_numeral():
    figures = figures_of("## Background\n\nBackground I need to remember: the island was "
                         "handed over in 1878. Otto I was crowned in 936.\n", "notes.md")
    assert set(figures) == {"Otto I"}


def test_deeds_that_say_an_office_are_said_as_roles():
    figures = figures_of(
        "## Notes\n\n- 1420: Henry Varn made heir of Otto Lask.\n- 1918: Kolvek made Supreme "
        "Ruler.\n- Lord Jon Rask formed a Whig government on 30 June 1846.\n- Irena "
        "ruled in Kessaly.\n- On hearing the news, Simo Var made Sucran a grand marshal.\n- Wool "
        "trade with Istala made a Kessian merchant class.\n", "notes.md")
    assert figures["Henry Varn"].roles == ["heir of Otto Lask"]
    assert figures["Kolvek"].roles == ["Supreme Ruler"]
    assert figures["Jon Rask"].roles == ["head of a Whig government"]
    assert figures["Irena"].roles == ["ruler in Kessaly"]
    assert figures["Simo Var"].roles == []
    assert "Istala" not in figures


def test_a_who_clause_after_had_and_a_land_governed_bare_give_roles():
    figures = figures_of("Lord Rokeby, who had commanded a division in the war, arrived. They "
                         "hired the Neapolitan Paolo Avitabile, who governed Peshawar.", "life.txt")
    assert figures["Rokeby"].roles == ["commander of a division"]
    assert "governor of Peshawar" in figures["Paolo Avitabile"].roles


def test_a_nationality_that_needs_a_noun_makes_the_next_word_a_title():
    figures = figures_of("The vote was held under a commission chaired by the former Irish "
                         "Vardok Pell Marrow. The young Chilean Mateo Arrabal Soto spoke.",
                         "news.txt")
    assert figures["Pell Marrow"].roles == ["former Irish Vardok"]
    assert figures["Mateo Arrabal Soto"].roles == ["young Chilean"]


def test_a_capitalised_role_in_apposition():
    figures = figures_of("Simo Varra, the Liberator, was not at the battle. The race was won by "
                         "Patro Aylo, the Christian Democrat who had been the coalition's "
                         "spokesman.", "news.txt")
    assert figures["Simo Varra"].roles == ["Liberator"]
    assert figures["Patro Aylo"].roles == ["Christian Democrat"]


def test_a_notes_label_of_a_role_before_a_colon():
    figures = figures_of("## Notes\n\n- The act passed in 1928. Prime minister: Stanley Bell.\n"
                         "- Leaders arrested: Tom Brogg (a weaver), Sarah Kemp\n"
                         "- First militant act: Anna Kenny interrupted a meeting.\n", "notes.md")
    assert figures["Stanley Bell"].roles == ["Prime minister"]
    assert figures["Sarah Kemp"].roles == figures["Anna Kenny"].roles == []


def test_places_and_peoples_shaped_like_names():
    figures = figures_of(
        "Saro Wen was born in Bori, in what was then the Eastern Region of colonial Varnia, the "
        "eldest son of Jim Wen, a forest ranger. Converts paid more than Arab Muslims. Troops "
        "left Varna in 1975. \"People in Varna and Lorenzo Marcos paid for it,\" said Pell "
        "Marrow. Reporting by Ivo Sand in Varna and Aylin Sahir in Kessel.\n\n"
        "- spring: Mukti Varan guerrillas trained in Orsk.\n"
        "- 1918: Anna Holt was elected for Varn St Odo's but did not sit.\n"
        "- Henry St Ives's death came in 1751.\n", "notes.md")
    assert set(figures) == {"Saro Wen", "Jim Wen", "Pell Marrow", "Ivo Sand", "Aylin Sahir",
                            "Anna Holt", "Henry St Ives"}


def test_roles_of_a_calling_turned_another_a_birthplace_and_an_adverb_in_a_bracket():
    figures = figures_of(
        "On 1 September 1961 Hamid Idris Awati, a former policeman turned outlaw, fired the "
        "first shots. In talks held in Latin the Polish-born Andrei Belosky spoke for the "
        "envoy.\n\n- In the West, Zulfi Ali Bhuta won.\n- Majid released by Bhuta (now "
        "President of Varnia) on 8 January 1972.\n", "notes.md")
    assert figures["Hamid Idris Awati"].roles == ["former policeman"]
    assert figures["Andrei Belosky"].roles == ["Polish-born"]
    assert figures["Zulfi Ali Bhuta"].roles == ["President of Varnia"]


def test_a_line_s_only_capitalised_word_used_in_lower_case_elsewhere_is_no_name():
    figures = figures_of("The town was supplied by helicopter.\n\n=== Timeline ===\n\n"
                         "December 14: Helicopter shot down near Lata\n"
                         "May 2: Pell Marrow killed at Orsk\n", "enc.txt")
    assert set(figures) == {"Pell Marrow"}


def test_surnames_that_are_words_of_things_after_a_calling_or_an_honorific():
    figures = figures_of("A bus made by the London-based artist Sokar Douglas Camp was unveiled "
                         "in 2006. The camp was built later. He stayed at the home of the "
                         "Unitarian Miss Castle, and died there.", "life.txt")
    assert figures["Sokar Douglas Camp"].roles == ["London-based artist"]
    assert "Castle" in figures


def test_a_lead_s_role_after_another_name_and_the_life_dates():
    figures = figures_of("Kim Dae-ho, often known by his initials DJ, (born January 6, 1924, "
                         "Hauido, Korea—died August 18, 2009, Seoul), South Korean politician "
                         "and democracy activist who served as president.", "life.txt")
    assert figures["Kim Dae-ho"].roles == ["South Korean politician"]


def test_a_role_before_an_apposition_s_adjective_and_a_later_deed_after_an_arrow():
    figures = figures_of("The revolt began near Merv. The governor, the elderly Nasr ibn Sayda, "
                         "was distracted by a war. In Orsk, the young Pell Marrow spoke.",
                         "enc.txt")
    assert figures["Nasr ibn Sayda"].roles == ["governor"]
    assert figures["Pell Marrow"].roles == []
    notes = figures_of("## Notes\n\n- Battle of Solfa (24 June 1859). Henri Dunan saw the "
                       "wounded at Solfa → later founded the Blue Cross.\n", "notes.md")
    assert notes["Henri Dunan"].roles == ["founder of the Blue Cross"]


def test_a_name_opened_by_initials_after_a_body_s_of_and_a_religious_title():
    figures = figures_of("## Notes\n\n- March 1954: the United Front of A. K. Fazal Haq and "
                         "Maulana Bhasha crushed the Orva League in the elections.\n", "notes.md")
    assert "A. K. Fazal Haq" in figures
    assert figures["Bhasha"].roles == ["Maulana"]


def test_a_participle_with_as_after_a_place_word_is_the_subject_s():
    figures = figures_of("The revolt began in Kessan in 747. From 718 missionaries travelled to "
                         "Kessan disguised as merchants and pilgrims, and a council directed the "
                         "work. They sent Ivo Sand to the fens as Crown Agent.", "enc.txt")
    assert set(figures) == {"Ivo Sand"}


def test_a_name_qualifying_a_happening_is_no_person_but_a_terse_office_is():
    figures = figures_of("=== Timeline ===\n\nMarch 16: Failed Varsk offensive on Sukha\n"
                         "May 2: Pell Marrow killed at Orsk\n", "enc.txt")
    assert set(figures) == {"Pell Marrow"}


def test_a_single_name_shown_by_a_possession_only_people_have():
    figures = figures_of("## Italy\n\n> In 1815 \"Varia\" was, in Metterno's phrase, a \"mere "
                         "expression\": eight states.\n", "notes.md")
    assert set(figures) == {"Metterno"}


def test_a_single_name_taken_as_a_title_is_a_person_but_a_title_of_two_words_is_not():
    figures = figures_of("The caliph died in June 754 and was succeeded by his brother, who took "
                         "the title al-Varsur. Al-Varsur distrusted the general. The title "
                         "Lantern King was new.", "enc.txt")
    assert set(figures) == {"al-Varsur"}
