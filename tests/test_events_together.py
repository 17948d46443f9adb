"""Two happenings told at one date in one line or sentence give one event each; a consequence
or a description of the same happening does not (made-up texts)."""

from __future__ import annotations

import pytest

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document


def statements(name: str, text: str) -> list[str]:
    return [e.statement for e in find_events([parse_document(name, text)], [])]


NOTES = "# Port towns\n\n## 1530 - 1532 Revolt\n\n"


@pytest.mark.parametrize("line, expected", [
    ("- 9 March 1530: mayor deposed; same day the guilds seize the bridge",
     ["Mayor deposed", "Same day the guilds seize the bridge"]),
    ("- 1531: fleet sails for Orvel; guilds win back the harbour",
     ["Fleet sails for Orvel", "Guilds win back the harbour"]),
    ("- 1531: fleet sails for Orvel (with ten ships; two lost); guilds win back the harbour",
     ["Fleet sails for Orvel (with ten ships; two lost)", "Guilds win back the harbour"]),
])
def test_a_notes_line_of_two_happenings_gives_two_events(line, expected):
    assert statements("n.md", NOTES + line + "\n") == expected


@pytest.mark.parametrize("line", [
    "- 1531: the town surrendered; the walls were pulled down",
    "- 1531: the fleet was beaten at Orvel; the admiral killed in the rout",
    "- 1531: the guilds raided Orvel; the duke sent troops after them",
    "- 1531: great naval win at Orvel; heavy guns and fire ships against galleys",
    "- March 1531: news from the capital reaches Orvel; crowds in the square",
    "- 1531: petition rejected; guilds call a general strike",
    "- 1531: the mint cut the coin by half; panic followed",
    "- 1531: the council signed the charter; it would take effect in spring",
    # an aside in brackets, though it holds a clause of its own after a ";"
    "- c. 1531: Ivo crowned (after a long feud, per the guild chronicle; coronation two years "
    "after his election)",
])
def test_a_consequence_or_description_stays_with_its_happening(line):
    assert len(statements("n.md", NOTES + line + "\n")) == 1


def test_a_dated_when_clause_and_its_main_clause_are_two_happenings():
    text = "Abbey of Orvel\n\nWhen the abbess Ida died in 1203, the nuns chose Berta as abbess.\n"
    assert statements("a.txt", text) == ["The abbess Ida died", "The nuns chose Berta as abbess"]


def test_a_when_clause_with_an_aside_after_it_is_one_happening():
    text = ("Ada Roe\n\nWhen the council listed the bridge in June 2014, at its meeting in Orvel, "
            "she was 81 and watched from home.\n")
    assert len(statements("a.txt", text)) == 1


def test_a_date_line_with_a_clock_time_and_an_offset_is_the_storys_date_no_event():
    text = ("A town remembers\n\nBy Ann Tell\nMay 3, 2022 at 7:00 a.m. GMT+2\n\n"
            "On Monday the town council voted to rebuild the chapel.\n")
    events = find_events([parse_document("n.txt", text)], [])
    assert [(e.span.start.iso(), e.statement) for e in events] == [
        ("2022-05-02", "The town council voted to rebuild the chapel")]


def test_a_reading_list_is_no_event():
    text = ("# Port towns\n\n## 1402 Charter\n\n- 3 March: charter sealed at Orvel\n\n"
            "## Reading\n\n- Ann Pike, *The Charter Towns* (2001)\n\n"
            "## 1994 Guilds\n\n- Hugo Brand (ed.), *Charters and Guilds* (1994)\n")
    assert statements("n.md", text) == ["Charter sealed at Orvel"]


def test_a_life_span_after_a_name_of_two_surnames_joined_by_y_gives_birth_and_death():
    text = ("Tomás Orvel\n\nTomás Benito Orvel y Castro Leal (4 March 1820 – 9 May 1874) was an "
            "engineer.\n")
    events = find_events([parse_document("t.txt", text)], [])
    assert [e.span.start.iso() for e in events] == ["1820-03-04", "1874-05-09"]


def test_a_timeline_line_dated_by_its_year_heading_merges_with_the_body_telling():
    text = ("Orvel colony\n\n== Background ==\nFarmers first settled the Lune valley in 1611, "
            "when Ada Roe brought 300 families from Varn.\n\n== Timeline ==\n=== 1611 ===\n"
            "* Ada Roe sets up the first farming colony in the Lune valley.\n")
    events = find_events([parse_document("o.txt", text)], [])
    assert len(events) == 1 and len(events[0].sources) == 2


def test_a_year_in_brackets_at_a_lines_end_dates_the_year_less_lines_after_it():
    text = ("# Port war\n\n## 1710 - 1711 Siege\n\n- Nov 20: the siege begins\n"
            "- May 10: the fort falls (1711)\n- May 25: the governor resigns\n")
    events = find_events([parse_document("n.md", text)], [])
    assert [e.span.start.iso() for e in events] == ["1710-11-20", "1711-05-10", "1711-05-25"]


def test_a_year_less_month_in_a_line_under_a_year_heading_is_of_that_year():
    text = ("# Port towns\n\n## 1689 Charter\n\n- Jan 22: the council meets\n"
            "- Dec 16: the charter becomes law\n- Harbour Act (May) frees the fishermen\n"
            "- the next day the guilds protest\n")
    events = find_events([parse_document("n.md", text)], [])
    assert sorted(e.span.start.iso() for e in events) == [
        "1689-01-22", "1689-05-01", "1689-12-16", "1689-12-17"]


def test_a_year_of_death_said_in_passing_folds_into_the_death_told_with_its_day():
    text = ("Ada Roe\n\nAda Roe was a queen who united the islands, ruling them until her death "
            "in 1819.\n\n== Life ==\nAda Roe died at Kona on May 8, 1819.\n")
    events = find_events([parse_document("a.txt", text)], [])
    assert [(e.span.start.iso(), len(e.sources)) for e in events] == [("1819-05-08", 2)]


STORY = "The valley\n\nBy Ann Tell\nArle, 20 August 2026\n\n"


def test_a_year_naming_what_an_anniversary_remembers_is_no_happening():
    text = STORY + ("The dam burst on 3 May 1986. As the anniversary of the 1986 flood nears, a "
                    "team is returning to the valley.\n")
    assert [e.span.start.iso() for e in find_events([parse_document("n.txt", text)], [])] == \
        ["1986-05-03"]


def test_years_later_landing_on_the_storys_year_with_a_state_in_the_present_is_no_happening():
    text = STORY + "The dam burst on 3 May 1986. Forty years later, the valley remains empty.\n"
    assert [e.span.start.iso() for e in find_events([parse_document("n.txt", text)], [])] == \
        ["1986-05-03"]


@pytest.mark.parametrize("sentence, expected", [
    ("The general won three battles in 1860 and took Orvel in June of that year.",
     ["1860-01-01", "1860-06-01"]),
    ("The viceroy crushed the revolt in 1572 and reorganised the mines in the 1570s.",
     ["1570-01-01", "1572-01-01"]),
    ("In May 1920 the general fled the capital and was killed on May 21.",
     ["1920-05-01", "1920-05-21"]),
])
def test_a_second_verb_with_a_finer_date_is_a_second_happening(sentence, expected):
    events = find_events([parse_document("a.txt", "Wars\n\n" + sentence + "\n")], [])
    assert sorted(e.span.start.iso() for e in events) == expected


def test_a_main_clause_opening_with_a_possessive_after_a_dated_when_clause_is_its_own():
    text = "Ada Roe\n\nWhen her father died in 1617, her brother Tam became king.\n"
    assert statements("a.txt", text) == ["Her father died", "Her brother Tam became king"]


def test_the_same_year_or_month_as_a_happening_told_before_is_its_date():
    text = ("Ada Roe\n\nAda Roe came back to Orvel in March 1911. On 4 April she opened the Free "
            "Reading Room.\n\nHer sister lived with her from 1913. The same month that Ada opened "
            "the reading room, Tam Okro set up the Dock Union.\n\nIn 1872 Ada entered the Naval "
            "Academy, and left it five years later. The same year she began at the Academy, "
            "three priests were hanged on February 17.\n")
    found = {e.statement: e.span.start.iso()
             for e in find_events([parse_document("a.txt", text)], [])}
    assert found["The same month that Ada opened the reading room, Tam Okro set up the Dock "
                 "Union"] == "1911-04-01"
    assert found["The same year she began at the Academy, three priests were hanged"] == \
        "1872-02-17"


def test_a_note_after_a_happening_told_above_takes_that_happenings_year():
    text = ("# Fen wars\n\n## 310 - 308 BC Tarn campaign\n\n- spring 310 BC: Vessa declares war\n"
            "- 14 May 309 BC: ambush at Lake Orm, the marshal killed\n"
            "- after Orm: Ada Roe appointed warden\n")
    found = {e.statement: e.span for e in find_events([parse_document("n.md", text)], [])}
    span = found["After Orm: Ada Roe appointed warden"]
    assert (span.start.iso(), span.end.iso()) == ("-0308-01-01", "-0308-12-31")


@pytest.mark.parametrize("line", ["- Compare with [[Orvel Rising|1848 in Orvel]].",
                                  "- Contrast the rising of 1848 in Orvel."])
def test_advice_to_compare_is_no_event(line):
    text = "# Port war\n\n## 1910 - 1911 Revolt\n\n- May 10, 1911: the fort falls\n" + line + "\n"
    assert statements("n.md", text) == ["The fort falls"]


def test_a_timeline_day_merges_with_the_body_day_whose_next_sentence_tells_it():
    text = ("Stool war\n\n== The demand ==\nOn 28 March 1900 the governor addressed the chiefs "
            "at Orvel. He demanded the Golden Seat and asked where it was kept. That night the "
            "chiefs met in secret.\n\n== Timeline ==\n=== 1900 ===\n"
            "* 28 March: The governor demands the Golden Seat.\n")
    events = find_events([parse_document("w.txt", text)], [])
    assert sorted((e.span.start.iso(), len(e.sources)) for e in events) == [
        ("1900-03-28", 1), ("1900-03-28", 2)]


def test_a_byline_and_publication_date_on_one_line_give_the_storys_date():
    text = ("The flood\n\nBy Ann Tell | Published March 7, 2024 | Updated March 8, 2024\n\n"
            "Earlier this month, the museum at Orvel reopened.\n")
    events = find_events([parse_document("n.txt", text)], [])
    assert [(e.span.start.iso(), e.span.end.iso()) for e in events] == [
        ("2024-03-01", "2024-03-31")]


BRIDGE = ("Orvel bridge\n\n== History ==\nAfter the ferry capsized on 3 March 1876, a company was "
          "formed. Construction began in the spring of 1880. Tolls were charged until 1899, when "
          "the county bought the bridge. The bridge was strengthened between 1962 and 1964.\n\n"
          "== Timeline ==\n")


@pytest.mark.parametrize("entry", ["* 1876 – Ferry disaster", "* 1880 – Construction begins",
                                   "* 1899 – Tolls abolished",
                                   "* 1962–1964 – Strengthening works"])
def test_a_timeline_entry_of_the_bodys_one_happening_that_year_is_that_happening(entry):
    events = find_events([parse_document("b.txt", BRIDGE + entry + "\n")], [])
    assert len(events) == 4 and sum(len(e.sources) for e in events) == 5


@pytest.mark.parametrize("sentence", [
    "When the bishop preached at Orvel at Easter 1146, Ada took the cross with her husband.",
    "When war broke out in 1914, the port remained an essential harbour for the fleet.",
])
def test_a_when_clause_of_one_day_or_with_a_state_after_it_is_one_event(sentence):
    assert len(statements("a.txt", "Ada Roe\n\n" + sentence + "\n")) == 1


def test_a_warning_not_to_confuse_two_named_years_is_no_event():
    text = ("# Orvel\n\n## 1831 Charter\n\n- Oct 1831: the duke grants the charter\n\n"
            "> [!NOTE]\n> The 1831 Charter is often confused with the 1848 Constitution.\n")
    assert statements("n.md", text) == ["The duke grants the charter"]


def test_a_body_year_with_the_timeline_days_verb_is_that_days_happening():
    text = ("Orvel bridge\n\n== History ==\nIn 1861 the town council rejected the bridge plan. "
            "The ferry capsized on 3 March 1876.\n\n== Timeline ==\n"
            "* 12 March 1861 – Council rejects the bridge plan.\n")
    events = find_events([parse_document("b.txt", text)], [])
    assert sorted((e.span.start.iso(), len(e.sources)) for e in events) == [
        ("1861-03-12", 2), ("1876-03-03", 1)]


def test_a_lead_clause_dated_from_another_folds_into_the_bodys_day_of_it():
    text = ("Siege of Orvel\n\nThe Siege of Orvel lasted from April to October 1687. The garrison "
            "surrendered after the tower was mined, and the town was annexed by Vell in the "
            "Treaty of Orsk the following year.\n\n== Aftermath ==\nBy the Treaty of Orsk, "
            "signed on 11 March 1688, Orvel passed to Vell.\n")
    events = find_events([parse_document("s.txt", text)], [])
    assert not any(e.span.precision == "year" for e in events)
    assert ("1688-03-11", 2) in [(e.span.start.iso(), len(e.sources)) for e in events]


def test_a_key_label_and_a_persons_entry_under_a_range_heading_are_no_events():
    text = ("# Revolution\n\n## 1789 - 1792 Revolution\n\n- storming of the fort (14 July)\n"
            "- **Key:** 1789 = the end of the old order\n- Tam Roe (1754–1793) – mayor of Orvel\n")
    assert statements("n.md", text) == ["Storming of the fort"]


@pytest.mark.parametrize("line", ["March 4, 2024 | 5 min read", "Last updated on 4 March 2024",
                                  "By Ann Tell, Staff Writer · March 4, 2024"])
def test_more_date_line_shapes_give_the_storys_date(line):
    text = (f"The mill\n\n{line}\n\nOn Saturday the town council voted to rebuild the mill. "
            "The mill had burned on 3 May 1921.\n")
    events = find_events([parse_document("n.txt", text)], [])
    assert sorted(e.span.start.iso() for e in events) == ["1921-05-03", "2024-03-02"]


@pytest.mark.parametrize("line, expected", [
    ("- 14 June: storming of the mint; warden Ivo de Marr killed",
     ["Storming of the mint", "Warden Ivo de Marr killed"]),
    ("- 2 May 1531: truce signed behind Orsin's back; Orsin resigns",
     ["Truce signed behind Orsin's back", "Orsin resigns"]),
    ("- 9 May: general assault; cavalry raid on the river camp",
     ["General assault", "Cavalry raid on the river camp"]),
    ("- 1531: the duke comes of age; revolt of the salt guilds put down",
     ["The duke comes of age", "Revolt of the salt guilds put down"]),
])
def test_a_notes_line_of_two_happenings_without_full_verbs_gives_two_events(line, expected):
    assert statements("n.md", NOTES + line + "\n") == expected


@pytest.mark.parametrize("line", [
    "- 1531: the fleet storms Orvel; Ivo Marr killed in the sack",
    "- 12 May 1531: Battle of Orvel; the duke defeats the guilds",
    "- 1531: the charter proclaimed; its 400 copies sold out at once",
    "- 1531: the new psalter printed; about 900 copies sold out quickly",
    "- 1531: republic proclaimed; the duke had fled to Orvel",
])
def test_a_toll_an_outcome_or_a_look_back_stays_with_its_happening(line):
    assert len(statements("n.md", NOTES + line + "\n")) == 1


def test_a_clause_holding_its_own_date_is_not_parted_from_the_line_before_it():
    line = "- Walls of the towns joined; the duke leads 3,000 men against Orvel in 1531\n"
    assert len(statements("n.md", NOTES + line)) == 1


def test_a_sentence_end_in_a_notes_line_parts_its_dates_before_a_semicolon_does():
    line = ("- 1530: the duke is crowned; revolt of the fleet put down. Ivo Marr exiled the "
            "next year\n")
    assert statements("n.md", NOTES + line) == [
        "The duke is crowned", "Revolt of the fleet put down", "Ivo Marr exiled"]


def test_a_summary_of_a_season_dates_the_happening_told_after_it():
    text = ("Floods\n\nThe autumn of 1810 was the stormiest in memory, and the sea wall broke at "
            "Arle.\n")
    found = find_events([parse_document("f.txt", text)], [])
    assert [(e.span.start.iso(), e.span.end.iso(), e.statement) for e in found] == [
        ("1810-09-01", "1810-11-30", "The sea wall broke at Arle")]


def test_a_summary_alone_stays_no_happening():
    text = "Floods\n\nThe autumn of 1810 was the stormiest in memory.\n"
    assert statements("f.txt", text) == []


def test_a_relative_month_and_the_same_month_named_in_a_coordinated_clause_are_two_events():
    text = ("Wreck\n\nThe first bodies were buried on May 3, 1912. A month later, the tug Vessa "
            "brought in four more, and the last was found by the sealer Orla in June.\n")
    assert statements("w.txt", text) == [
        "The first bodies were buried", "The tug Vessa brought in four more",
        "The last was found by the sealer Orla"]


def test_a_date_said_again_in_one_clause_is_one_event():
    text = "Wreck\n\nIn June 1912 the tug Vessa, in June, brought in four more bodies.\n"
    assert len(statements("w.txt", text)) == 1


def test_the_same_year_after_a_year_read_is_that_year_when_only_part_of_a_name_was_told():
    # "Company" of "Tam and Company" and "Right" of "the Right Prize" are parts of other names
    # than the "company" and "Bill of Rights" told before: no happening is named again.
    text = ("Ada Roe\n\nIn 1950 Ada joined an oil company at Orvel. In 1961 the guild signed a "
            "Bill of Rights.\n\nHer play Fen Song was staged in 1975. The same year she "
            "launched the comedy Tam and Company, which ran for years.\n\nIn 1988 she was "
            "jailed. The same year she was given the Right Prize, and in 1990 a medal.\n")
    found = {e.statement: e.span.start.iso()
             for e in find_events([parse_document("a.txt", text)], [])}
    assert found["She launched the comedy Tam and Company, which ran for years"] == "1975-01-01"
    assert found["She was given the Right Prize"] == "1988-01-01"


def test_the_same_year_after_a_sentence_dated_only_in_an_aside_is_the_asides_year():
    text = ("Ada Roe\n\nShe was dismissed in 1973 and turned to writing.\n\nIn the late 1970s "
            "Ada built up a press in Orvel. Her novel Fen Song, published in 1985, is told by a "
            "boy. The same year she launched the comedy Tam Rides, which ran for years.\n")
    found = {e.statement: e.span.start.iso()
             for e in find_events([parse_document("a.txt", text)], [])}
    assert found["She launched the comedy Tam Rides, which ran for years"] == "1985-01-01"
