"""Shapes of unseen texts that once went wrong: whole-word holidays, numbers that are not
years, "that November", second relative dates, month ranges, anchoring on a line's main date,
the subject's own lifespan, plans and vague summaries, news-page titles, and odd numbers."""

from __future__ import annotations

import random

import pytest

from studyapp.extract import extract
from studyapp.extract.events import find_events
from studyapp.ingest import parse_document
from studyapp.model import Event


def events_of(text: str, name: str = "notes.txt") -> list[Event]:
    return find_events([parse_document(name, text)], [])


def dated(text: str, name: str = "notes.txt") -> list[tuple[str, str]]:
    return [(e.span.start.iso(), e.span.end.iso()) for e in events_of(text, name)]


# 1. Holiday words only as whole words.
@pytest.mark.parametrize("text, expected", [
    ("At 6 p.m. Eastern time on 2 March 1955 the broadcast began.",
     [("1955-03-02", "1955-03-02")]),
    ("The Eastern Front collapsed in June 1917.", [("1917-06-01", "1917-06-30")]),
    ("Middle Eastern envoys arrived in Vienna in 1902.", [("1902-01-01", "1902-12-31")]),
    ("The rising began at Easter 1916.", [("1916-04-23", "1916-04-23")]),
    ("In 1916 at Christmastide the camp was quiet.", [("1916-01-01", "1916-12-31")]),
    ("In 1916 the Eastertide fair was held.", [("1916-01-01", "1916-12-31")]),
])
def test_holidays_are_whole_words(text, expected):
    assert dated(text) == expected


def test_a_holiday_inside_a_word_leaves_the_statement_whole():
    [event] = events_of("On 9 May 1920 the Eastern railway reopened.")
    assert "Eastern railway reopened" in event.statement


# 2. Numbers that are not years.
@pytest.mark.parametrize("text", [
    'The panel showed a "1409" fault. On June 9 the ship docked.',
    "Flight 1549 left the gate. On June 9 the ship docked.",
    "The crew of Apollo 1201 waited. On June 9 the ship docked.",
    "Route 1066 was closed. On June 9 the ship docked.",
    "Apollo 1201 waited on the pad. On June 9 the ship docked.",
    "They fitted a Model 1850 engine. On June 9 the ship docked.",
    "Error code 1202 appeared. On June 9 the ship docked.",
    "The No. 1776 locomotive was retired. On June 9 the ship docked.",
])
def test_codes_and_designators_are_not_years_nor_context(text):
    document = "Dock news\n\nThe port was rebuilt in 1921.\n\n" + text
    assert dated(document) == [("1921-01-01", "1921-12-31"), ("1921-06-09", "1921-06-09")]


@pytest.mark.parametrize("text, expected", [
    ('A "1202" alarm sounded in July 1969.', [("1969-07-01", "1969-07-31")]),
    ("Flight 1549 landed on the river on 15 January 2009.", [("2009-01-15", "2009-01-15")]),
    ("The CX-1999 prototype flew in 1958.", [("1958-01-01", "1958-12-31")]),
    ("In July 1969 a 1202 alarm sounded twice.", [("1969-07-01", "1969-07-31")]),
    ("In 1850 engines were rare.", [("1850-01-01", "1850-12-31")]),
    ("Around 1970 the plant closed.", [("1970-01-01", "1970-12-31")]),
    ("The Christmas truce was short. At Christmas 1915 the guns fired.",
     [("1915-12-25", "1915-12-25")]),
    ("Christmas 1914 brought a truce.", [("1914-12-25", "1914-12-25")]),
    ("Towards 1900 the town grew.", [("1900-01-01", "1900-12-31")]),
    ("Prague 1618: the envoys were thrown from a window.", [("1618-01-01", "1618-12-31")]),
])
def test_a_code_beside_a_real_date(text, expected):
    assert dated(text) == expected


# 3. "That <Month>", "that same month", "the same <Month>".
@pytest.mark.parametrize("second, expected", [
    ("That November it burned down.", ("1850-11-01", "1850-11-30")),
    ("That same month the roof fell in.", ("1850-04-01", "1850-04-30")),
    ("The same month the roof fell in.", ("1850-04-01", "1850-04-30")),
    ("The same September a flood followed.", ("1850-09-01", "1850-09-30")),
    ("That December the owners sold it.", ("1850-12-01", "1850-12-31")),
])
def test_that_month(second, expected):
    text = "The mill opened in April 1850. " + second
    assert dated(text) == [("1850-04-01", "1850-04-30"), expected]


# 4. A second, relative date in the same sentence.
@pytest.mark.parametrize("text, expected", [
    ("On 3 May 1888 the port opened, and the customs house closed the following month.",
     [("1888-05-03", "1888-05-03"), ("1888-06-01", "1888-06-30")]),
    ("The bridge was finished in 1901, and the ferry stopped running the following year.",
     [("1901-01-01", "1901-12-31"), ("1902-01-01", "1902-12-31")]),
    ("The siege began on 4 May 1702, and it ended the same month.",
     [("1702-05-04", "1702-05-04"), ("1702-05-01", "1702-05-31")]),
    ("The strike began in March 1912, and it ended later that year.",
     [("1912-03-01", "1912-03-31"), ("1912-01-01", "1912-12-31")]),
    ("He was elected in 1860 and re-elected four years later, in 1864.",
     [("1860-01-01", "1860-12-31"), ("1864-01-01", "1864-12-31")]),
    ("The fort fell on 2 June 1740; six months later the garrison surrendered.",
     [("1740-06-02", "1740-06-02"), ("1740-12-01", "1740-12-31")]),
    ("The fort fell in November 1740. Three months later the town burned.",
     [("1740-11-01", "1740-11-30"), ("1741-02-01", "1741-02-28")]),
    ("The fort fell on 2 June 1740 and the garrison surrendered two days later.",
     [("1740-06-02", "1740-06-02"), ("1740-06-04", "1740-06-04")]),
])
def test_a_second_relative_date_in_a_sentence_is_its_own_event(text, expected):
    assert dated(text) == expected


# 5. "Between <Month Year> and <Month Year>" is one range.
@pytest.mark.parametrize("text, expected", [
    ("Between April 1902 and June 1904 the envoy travelled through Persia.",
     ("1902-04-01", "1904-06-30")),
    ("From March 1930 to May 1931 the mine stood idle.", ("1930-03-01", "1931-05-31")),
    ("The siege lasted from October 1683 until January 1684.", ("1683-10-01", "1684-01-31")),
    ("She taught there between September 1890 and July 1895.", ("1890-09-01", "1895-07-31")),
])
def test_month_year_ranges_are_one_event(text, expected):
    assert dated(text) == [expected]


# 6. Relative dates anchor on the previous line's main date.
@pytest.mark.parametrize("text, expected", [
    ("Decrees\n\n- Decree of 4 March 1702: estates seized since 1660 to be returned\n"
     "- The treaty was signed later that spring\n", ("1702-03-01", "1702-05-31")),
    ("On 8 August 1815 the council met, recalling the fire of 1790. "
     "The same year a new hall was begun.", ("1815-01-01", "1815-12-31")),
    ("In May 1840 the school opened in rooms used since 1812. "
     "That autumn it moved.", ("1840-09-01", "1840-11-30")),
    ("In 1702 the estates were returned, 42 years after their seizure in 1660. "
     "Later that year the owners came back.", ("1702-01-01", "1702-12-31")),
    ("They met in Moscow on 25 May 1988, after a first meeting in Oslo on 14 May. "
     "The next day they signed.", ("1988-05-26", "1988-05-26")),
])
def test_relative_dates_anchor_on_the_main_date(text, expected):
    assert dated(text)[-1] == expected


# 7. The subject's own birth and death in the lead.
@pytest.mark.parametrize("lead, born, died, name", [
    ("Ada Brown (born Ada Greene; 4 June 1851 – 2 May 1923) was an English botanist.",
     "1851-06-04", "1923-05-02", "Ada Brown"),
    ("Tomas Vell (12 March 1790 – 9 October 1850) was a Danish engineer.",
     "1790-03-12", "1850-10-09", "Tomas Vell"),
    ("Marie-Louise Ostrander (née Falk; 3 January 1888 – 30 June 1961) was a pilot.",
     "1888-01-03", "1961-06-30", "Marie-Louise Ostrander"),
    ("Hugh Bonar Law (16 September 1858 – 30 October 1923) was a politician.",
     "1858-09-16", "1923-10-30", "Hugh Bonar Law"),
])
def test_the_subjects_lifespan_in_the_lead_gives_birth_and_death(lead, born, died, name):
    text = f"{name}\n\n{lead} She worked in 1900 with Karl Ode (1850–1920) on ferns.\n"
    events = events_of(text)
    by_start = {e.span.start.iso(): e for e in events}
    assert by_start[born].statement == f"{name} was born"
    assert by_start[died].statement == f"{name} died"
    assert by_start[died].span.end.iso() == died
    assert "1850-01-01" not in by_start and "1920-01-01" not in by_start


def test_lifespans_of_others_and_outside_the_lead_are_not_events():
    text = ("Lena Moss\n\nLena Moss was a painter.\n\n== Life ==\n\n"
            "Her teacher Otto Brandt (4 June 1801 – 2 May 1873) taught her in 1840.\n")
    assert dated(text) == [("1840-01-01", "1840-12-31")]


# 8. Plans and vague summaries are not events.
@pytest.mark.parametrize("sentence", [
    "The next launch is planned for no earlier than March 2031.",
    "A second bridge is scheduled to open in 2030.",
    "The museum is expected to reopen in spring 2027.",
    "Construction will begin in 2029.",
    "The vote is set for 12 May 2031.",
    "The following year brought both success and sorrow.",
    "The next year was a hard one.",
])
def test_plans_and_vague_summaries_are_not_events(sentence):
    text = "The works began in 2020. " + sentence
    assert dated(text) == [("2020-01-01", "2020-12-31")]


# Everyday news shapes.
@pytest.mark.parametrize("sentence", [
    "On Tuesday the mayor resigned.",
    "Last week the council voted.",
    "At 9:32 a.m. the alarm rang.",
    "The town marks the 50th anniversary this week.",
    "The driver, aged 38, was unhurt.",
    "The line is 1,000 km long and cost $25 billion.",
    "Turnout was 62.5 percent, up 3.5 points.",
])
def test_news_shapes_without_an_anchor_are_not_events(sentence):
    assert dated(sentence) == []


def test_an_anniversary_is_not_the_original_date():
    text = "On 4 November 2016, the 50th anniversary of the flood, survivors gathered."
    assert dated(text) == [("2016-11-04", "2016-11-04")]
    story = ("The river rose on 4 November 1966. "
             "Every year on 4 November, the anniversary of the flood, bells ring. "
             "Crowds gathered on 5 November, the anniversary of the rescue.")
    assert dated(story) == [("1966-11-04", "1966-11-04")]


def test_a_day_that_falls_on_the_anniversary_of_a_named_happening_is_the_storys_day():
    story = ("The siege began on 2 May 1790. After a week of shelling the citadel surrendered "
             "on 9 May, the tenth anniversary of the Treaty of Vell.")
    assert dated(story) == [("1790-05-02", "1790-05-02"), ("1790-05-09", "1790-05-09")]


# 9. The title of a scraped page is never a navigation line.
@pytest.mark.parametrize("top", [
    "Menu\n\n", "Skip to main content\nMenu\n\n", "Home\n\n", "Search\n\n",
    "Menu\nSearch\nSign in\n\n", "Open menu\n\n", "Menu\n\nScience & Space\n\n",
    "Home\nWorld\n\nArts and Culture\n\n",
])
def test_scraped_page_title_skips_navigation_and_section_labels(top):
    text = top + "The night the river rose\n\nOn 3 November 1966 the river burst its banks.\n"
    document = parse_document("page.txt", text)
    assert document.title == "The night the river rose"


# Odd numbers never make the extractor fail.
PIECES = ["21.5 hours", "3.14", "1,000", "1.000.000", "$2.5 billion", "12.5%", "1409", "No. 7",
          '"1202"', "Flight 2077", "4 June 1851", "June 4", "1851–1923", "44 BC", "AD 79",
          "the 1960s", "9:32 a.m.", "00:02:10", "0.5", "2.", ".5", "1e10", "12-14", "3/4",
          "2,1", "99999999999999999999", "1999.5", "June 31", "31 February 2001", "spring",
          "that November", "two days later", "the following month", "(born 1850)", "Easter",
          "Eastern", "the 50th anniversary", "aged 38", "1,000 km", "Tuesday", "last week",
          "between April 1902 and June 1904", "from 1988 to 91", "the 21st century", "0000",
          "2199", "2200", "1000", "999 AD", "‒", "–", "(", ")", ";", "\n", "- ", "== 1988 =="]


def test_extract_never_fails_on_odd_numbers():
    randomness = random.Random(20261122)
    for _ in range(400):
        words = [randomness.choice(PIECES) for _ in range(randomness.randint(1, 12))]
        filler = ["the", "ship", "on", "in", "and", "was", "."]
        sentence = " ".join(w if randomness.random() < 0.7 else randomness.choice(filler)
                            for w in words)
        text = f"Title\n\n{sentence}.\n\nIn 1900 the {sentence} happened.\n"
        extraction = extract([parse_document("fuzz.txt", text)])
        for event in extraction.events:
            assert event.span.start <= event.span.end


def test_a_later_coarser_telling_of_the_subjects_death_folds_into_it():
    text = ("Ada Brown\n\nAda Brown (4 June 1851 – 2 May 1923) was an English botanist.\n\n"
            "== Life ==\n\nShe studied ferns in 1880. She died in 1923 at her home in Kew.\n")
    events = events_of(text)
    assert dated(text) == [("1851-06-04", "1851-06-04"), ("1923-05-02", "1923-05-02"),
                           ("1880-01-01", "1880-12-31")]
    assert len(events[1].sources) == 2


def test_a_section_label_above_a_headline_and_byline_is_not_the_title():
    text = ("Science & Space\n\nFifty years on, the crew remembers the landing\n\n"
            "By Jo Park\nPublished July 20, 2019\n\nOn 20 July 1969 the module landed.\n")
    assert parse_document("page.txt", text).title.startswith("Fifty years on")
    short = "Marie Curie\n\nEarly life\n\nShe was born in 1867.\n"
    assert parse_document("bio.txt", short).title == "Marie Curie"


def test_counting_days_needs_a_day_the_narrative_has_not_moved_past():
    text = ("On 3 May 1991 the ship lifted off. The ship returned in August 1992. "
            "Three days later the crew were released.")
    assert dated(text) == [("1991-05-03", "1991-05-03"), ("1992-08-01", "1992-08-31")]
    flashback = ("On 3 May 1991 the ship lifted off, as planned in 1989. "
                 "Three days later it docked.")
    assert dated(flashback)[-1] == ("1991-05-06", "1991-05-06")


def test_the_subjects_death_told_again_with_its_day_is_one_event():
    text = ("Ada Brown\n\nAda Brown (4 June 1851 – 2 May 1923) was an English botanist.\n\n"
            "== Life ==\n\nShe died at her home in Kew on 2 May 1923, aged 71.\n")
    [birth, death] = events_of(text)
    assert death.statement == "Ada Brown died" and len(death.sources) == 2


def test_the_following_year_after_a_range_counts_from_its_end():
    text = "Between September 1880 and June 1884 she studied. The following year she married."
    assert dated(text)[-1] == ("1885-01-01", "1885-12-31")


@pytest.mark.parametrize("sentence", [
    "The next year brought both praise and criticism.",
    "The following year proved a difficult one.",
    "The same year was an unhappy one for the family.",
])
def test_more_vague_summaries(sentence):
    assert dated("The works began in 2020. " + sentence) == [("2020-01-01", "2020-12-31")]


def test_a_relative_clause_after_a_numbered_name_borrows_it():
    statements = [e.statement for e in events_of(
        "In 1905 she patented a brake, Patent No. 1902, which was adopted in Oslo in 1907.")]
    assert statements[-1] == "Patent No. 1902 was adopted in Oslo"


@pytest.mark.parametrize("lead", [
    "The Tavrian Reform (1861–1874) was a period of change.",
    "Kerch Shogunate (1603–1868) was a military government.",
    "Great Northern War (1700–1721) was a conflict.",
])
def test_a_period_opening_with_its_years_has_no_birth(lead):
    assert not any(e.statement.endswith(("was born", "died")) for e in events_of(
        "Topic\n\n" + lead + "\n"))


def test_timeline_months_with_a_dash_under_a_year_heading():
    text = ("= Reform =\n\nA reform.\n\n== Timeline ==\n\n=== 1861 ===\n"
            "* 3 March – Abdication of the prince\n* September – Regency council formed\n"
            "* Autumn – Harvest failed\n")
    assert dated(text) == [("1861-03-03", "1861-03-03"), ("1861-09-01", "1861-09-30"),
                           ("1861-09-01", "1861-11-30")]


def test_notes_study_aids_and_a_line_after_a_dated_entry():
    text = ("# Decline\n\n## 1618 - 1648 War years\n- Towns tried to stay neutral\n"
            "- 1630: troops landed; the port had resisted since 1628\n"
            "- The same year, the city signed a separate treaty\n"
            "- Key idea: neutrality became impossible from the 1620s onwards\n\n"
            "## Exam tips\n- Know the dates 1618, 1630, 1648\n")
    assert sorted(dated(text, "notes.md")) == [
        ("1618-01-01", "1648-12-31"), ("1628-01-01", "1628-12-31"),
        ("1630-01-01", "1630-12-31"), ("1630-01-01", "1630-12-31")]


def test_a_second_clause_borrows_a_plain_subject():
    statements = [e.statement for e in events_of(
        "The siege began on 4 May 1702 and ended in August 1702.")]
    assert statements == ["The siege began", "The siege ended"]


def test_a_finer_later_telling_of_the_subjects_birth_keeps_its_day():
    text = ("Ada Brown\n\nAda Brown (1851–1923) was an English botanist.\n\n== Life ==\n\n"
            "She was born on 4 June 1851 in Leeds. She studied ferns in 1880.\n")
    events = events_of(text)
    assert dated(text) == [("1923-01-01", "1923-12-31"), ("1851-06-04", "1851-06-04"),
                           ("1880-01-01", "1880-12-31")]
    assert len(events[1].sources) == 2


@pytest.mark.parametrize("lead, born", [
    ("From the archive of the society.\n\nAda Brown (4 June 1851 – 2 May 1923) was a botanist.",
     "1851-06-04"),
    ("Ada Brown (4 June 1851 – 2 May 1923), known as the fern lady, was a botanist.",
     "1851-06-04"),
    ("Ada Brown (徳川, June 4, 1851 – May 2, 1923) was a botanist.", "1851-06-04"),
    ("Ada Brown (born 4 June 1951) is a botanist.", "1951-06-04"),
])
def test_lifespan_leads_of_other_shapes(lead, born):
    events = events_of("Ada Brown\n\n" + lead + "\n")
    assert [e.span.start.iso() for e in events if e.statement == "Ada Brown was born"] == [born]


def test_a_later_lead_paragraph_about_someone_else_has_no_birth():
    for other in ("Karl Ode", "John Brown"):
        text = ("Ada Brown\n\nAda Brown was a botanist.\n\n"
                f"{other} (4 June 1801 – 2 May 1873) was her teacher.\n")
        assert not any(e.statement.endswith("born") for e in events_of(text))


def test_html_page_title_without_site_name_or_menu():
    page = ("<html><head><title>The night the river rose | Daily Post</title></head><body>"
            "<div>Menu</div><p>On 3 November 1966 the river burst its banks.</p></body></html>")
    document = parse_document("page.html", page)
    assert document.title == "The night the river rose"
    assert [b.text for b in document.blocks] == ["On 3 November 1966 the river burst its banks."]


@pytest.mark.parametrize("text, expected", [
    ("The Tavrian Mission (1871–1873) toured the US and Europe.", ("1871-01-01", "1873-12-31")),
    ("During the Tarvel War (1868–1869) the north held out.", ("1868-01-01", "1869-12-31")),
])
def test_a_named_thing_with_years_in_brackets_is_dated(text, expected):
    assert dated(text) == [expected]


def test_a_calendar_gloss_after_a_date_leaves_with_it():
    [event] = events_of("On 3 January 1868 (Keiō 3, 9th day of the 12th month), "
                        "the palace gates were seized.")
    assert event.statement == "The palace gates were seized"
