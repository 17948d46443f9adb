"""Follow-ups of a blind evaluation, each on made-up sentences: a look-ahead end date does not
move the narrative's year, one happening told as a range in the body and the timeline is one
event, fuzzy ranges and decade thirds, reference entries in callouts and lists, the subject's
lifespan after a title, "a fortnight later", and the sentence after a date said alone."""

from __future__ import annotations

import pytest

from studyapp.extract.dates import DateContext, find_dates
from studyapp.extract.events import find_events
from studyapp.extract.numbers import key_numbers
from studyapp.ingest import parse_document


def spans(name: str, text: str) -> list[tuple[str, str, str]]:
    return [(e.span.start.iso(), e.span.end.iso(), e.statement)
            for e in find_events([parse_document(name, text)], [])]


@pytest.mark.parametrize("text, expected_day", [
    ("The blockade started in April 1631 and lasted until the winter of 1632. "
     "On July 9 the fleet broke out.", "1631-07-09"),
    ("The fair opened in May 1874 and ran until the autumn of 1875. "
     "On June 2 a fire broke out in the hall.", "1874-06-02"),
    ("Work began in March 1902 and went on till the summer of 1904. "
     "On April 20 the first arch was closed.", "1902-04-20"),
    ("The revolt broke out in May 1702 and dragged on into the spring of 1703. "
     "On June 4 the rebels took the fort.", "1702-06-04"),
    ("Talks opened in January 1860 and went on through the summer of 1861. "
     "On March 3 the envoys signed a truce.", "1860-03-03"),
])
def test_an_end_date_told_ahead_does_not_set_the_year_of_the_next_sentence(text, expected_day):
    days = [start for start, end, _ in spans("a.txt", text + "\n") if start == end]
    assert days == [expected_day]


@pytest.mark.parametrize("body, line", [
    ("From 3 to 9 June 1811 the synod sat in Arle.", "June 3–9: Synod in Arle."),
    ("Between 14 and 20 May 1811 the fleet lay off Corva.", "May 14–20: Fleet off Corva."),
])
def test_a_range_told_in_the_body_and_the_timeline_is_one_event(body, line):
    text = f"= Synod =\n\n== Story ==\n\n{body}\n\n== Timeline ==\n\n=== 1811 ===\n{line}\n"
    assert len(spans("s.txt", text)) == 1


def test_two_happenings_of_the_same_days_in_the_body_and_the_timeline_stay_two():
    text = ("= Synod =\n\n== Story ==\n\nFrom 3 to 9 June 1811 the synod sat in Arle.\n\n"
            "== Timeline ==\n\n=== 1811 ===\nJune 3–9: Floods drown the lower town of Corva.\n")
    assert len(spans("s.txt", text)) == 2


@pytest.mark.parametrize("text, start, end", [
    ("Unrest grew from late 1756 to the summer of 1758.", "1756-09-01", "1758-08-31"),
    ("The drought lasted from early 1820 to the autumn of 1821.", "1820-01-01", "1821-11-30"),
    ("Prices rose from the spring of 1690 to late 1692.", "1690-03-01", "1692-12-31"),
    ("Between the spring of 1690 and early 1691 the mint was shut.", "1690-03-01", "1691-04-30"),
    ("The port was closed from May 1702 to the spring of 1703.", "1702-05-01", "1703-05-31"),
    ("From late 1702 until June 1704 the mint was shut.", "1702-09-01", "1704-06-30"),
])
def test_a_range_between_fuzzy_dates_is_one_event(text, start, end):
    assert [(s, e) for s, e, _ in spans("a.txt", text + "\n")] == [(start, end)]


@pytest.mark.parametrize("phrase, start, end", [
    ("the later 1760s", "1767-01-01", "1769-12-31"),
    ("the earlier 1770s", "1770-01-01", "1772-12-31"),
    ("the late 1830s", "1837-01-01", "1839-12-31"),
])
def test_the_later_and_earlier_decade_are_its_thirds(phrase, start, end):
    [mention] = find_dates(f"Trade boomed in {phrase}.", DateContext())
    assert (mention.span.start.iso(), mention.span.end.iso()) == (start, end)


@pytest.mark.parametrize("entry", [
    "> [!NOTE] Further reading: Barlow, *Salt and Stone* (2009)",
    "> [!TIP]\n> Reading: Orme, *The Tin Roads* (1998), Kestrel Press.",
    "- Dunn, Anna. *Salt Roads*. Kestrel, 2011.",
    "- Quill, *Mills of the North* (2004), Harbour Books.",
])
def test_reference_entries_in_callouts_and_lists_are_not_events(entry):
    text = f"# Notes\n\nOn 2 May 1790 the guild met.\n\n{entry}\n"
    assert [s for s, _, _ in spans("n.md", text)] == ["1790-05-02"]


def test_a_list_item_telling_a_happening_with_an_italic_title_is_still_an_event():
    text = "# Notes\n\n- In 1790 Barlow printed *Salt and Stone* in Arle.\n"
    assert [s for s, _, _ in spans("n.md", text)] == ["1790-01-01"]


@pytest.mark.parametrize("name, lead", [
    ("Edwin Marsh", "Edwin Hale Marsh, Baron Fellow (4 March 1790 – 9 May 1851), known as "
                    "the Tinker, was a Welsh engineer."),
    ("Lena Voss", "Lena Voss (4 March 1790 – 9 May 1851), known as Little Lena, was a "
                  "Welsh engineer."),
    ("Tam Orrin", "Tamsin Orrin, Lady Brede (4 March 1790 – 9 May 1851) was a Welsh engineer."),
    ("Tam Orrin", "Tamsin Orrin, known as the Tinker (4 March 1790 – 9 May 1851), was a Welsh "
                  "engineer."),
    ("Tam Orrin", "Sir Tamsin Orrin, 3rd Baronet (4 March 1790 – 9 May 1851), was a Welsh "
                  "engineer."),
    ("Tam Orrin", 'Tamsin "Tam" Orrin (4 March 1790 – 9 May 1851) was a Welsh engineer.'),
])
def test_the_subjects_lifespan_after_a_title_or_alias_gives_birth_and_death(name, lead):
    events = spans(f"{name}.txt", f"{lead}\n\nShe built mills.\n")
    assert [(s, statement.split()[-1]) for s, _, statement in events] == [
        ("1790-03-04", "born"), ("1851-05-09", "died")]


@pytest.mark.parametrize("text, day", [
    ("On 3 March 1720 the bridge fell. A fortnight later the ferry sank.", "1720-03-17"),
    ("On 20 June 1801 the mill burned. Two fortnights later it reopened.", "1801-07-18"),
    # 2 June 1921 was a Thursday.
    ("On 2 June 1921 the strike began. On Saturday evening the police charged.", "1921-06-04"),
    ("On 2 June 1921 the strike began. On Thursday the dockers joined.", "1921-06-02"),
])
def test_a_fortnight_later_and_a_weekday_count_from_the_day_read(text, day):
    assert [s for s, _, _ in spans("a.txt", text + "\n")][-1] == day


@pytest.mark.parametrize("text", [
    "In June 1921 the strike began. On Saturday evening the police charged.",
    "On 2 June 1921 the strike began. On Good Friday the police charged.",
    "On 2 June 1921 the strike began. Markets closed on Sundays.",
])
def test_a_weekday_without_a_day_read_before_or_naming_a_feast_gives_no_date(text):
    assert len(spans("a.txt", text + "\n")) == 1


@pytest.mark.parametrize("title, lead", [
    ("Lady Brede", "Tamsin Orrin, Lady Brede (4 March 1790 – 9 May 1851) was a Welsh engineer."),
    ("Little Lena", "Lena Voss (4 March 1790 – 9 May 1851), known as Little Lena, was a "
                    "Welsh engineer."),
])
def test_a_lifespan_after_a_note_is_the_subjects_when_the_title_names_them_another_way(
        title, lead):
    text = f"{title}\n\nThis page is about the engineer.\n\n{lead}\n\nShe built mills.\n"
    assert [s for s, _, _ in spans("p.txt", text)] == ["1790-03-04", "1851-05-09"]


def test_a_lifespan_in_a_later_lead_paragraph_of_someone_else_is_no_event():
    text = ("Lena Voss\n\nLena Voss built mills.\n\nTamsin Orrin (4 March 1790 – 9 May 1851) "
            "was her teacher.\n")
    assert spans("p.txt", text) == []


@pytest.mark.parametrize("entry, events", [
    ("- Quill J., *Mills of the North*, Harbour Books, 2004", 1),
    ("> [!NOTE]\n> Orme & Dunn, _The Tin Roads_, 1998.", 1),
    ("- Barlow printed *Salt and Stone* in Arle in 1795.", 2),
    ("- Barlow, the printer, fled to Arle in 1795.", 2),
])
def test_an_author_then_an_italic_title_opening_an_entry_cites_a_work(entry, events):
    text = f"# Notes\n\nOn 2 May 1790 the guild met.\n\n{entry}\n"
    assert len(spans("n.md", text)) == events


@pytest.mark.parametrize("text, expected_day", [
    ("Raids on the docks began on 30 October 1702. The rebels sank the barges, closing the "
     "river until the spring of 1703.\n\nTroops landed at Corva on 5 November.", "1702-11-05"),
    ("The war began in March 1702. The port of Arle stayed shut until the summer of 1704. "
     "Troops landed on 3 May.", "1702-05-03"),
])
def test_an_end_date_told_after_an_earlier_date_leaves_the_narratives_year(text, expected_day):
    assert [s for s, _, _ in spans("a.txt", text + "\n")][-1] == expected_day


def test_an_end_date_of_the_same_year_still_anchors_the_next_day():
    text = "The siege began on 2 May 1702. The fighting went on until 5 November. " \
           "The next day the garrison surrendered.\n"
    assert [s for s, _, _ in spans("a.txt", text)][-1] == "1702-11-06"


# 14 March 2025 was a Friday.
@pytest.mark.parametrize("dateline", ["Arle, 14 March 2025", "Published 14 March 2025",
                                      "Updated: March 14, 2025",
                                      "Published 14 March 2025, 14:05 GMT"])
def test_a_weekday_in_a_news_paragraph_without_a_day_counts_back_from_the_dateline(dateline):
    text = (f"The mill that fed a town\n\nBy Ann Tell\n{dateline}\n\n"
            "The mill opened on 2 June 1921. Two days later it burned.\n\n"
            "On Wednesday evening a crowd gathered at the ruin.\n")
    assert [s for s, _, _ in spans("n.txt", text)] == ["1921-06-02", "1921-06-04", "2025-03-12"]


def test_a_weekday_after_a_day_of_its_paragraph_counts_forward_even_under_a_dateline():
    # 2 June 1921 was a Thursday.
    text = ("The mill that fed a town\n\nBy Ann Tell\nArle, 14 March 2025\n\n"
            "The strike began on 2 June 1921. On Saturday evening the police charged.\n")
    assert [s for s, _, _ in spans("n.txt", text)] == ["1921-06-02", "1921-06-04"]


def test_a_day_of_the_same_year_is_one_date_and_anchors_the_following_month():
    text = ("On 6 April 1790 the charter was sealed. On 3 September of the same year the town "
            "was renamed Arle, and its mint was closed the following month.\n")
    assert spans("a.txt", text) == [
        ("1790-04-06", "1790-04-06", "The charter was sealed"),
        ("1790-09-03", "1790-09-03", "The town was renamed Arle"),
        ("1790-10-01", "1790-10-31", "Its mint was closed")]


def test_hours_after_a_happening_are_its_day_and_leave_the_statement_clean():
    text = ("On 9 April 1902 the balloon landed in Arle. Six and a half hours after landing, "
            "at 9:40 p.m., the pilot walked into the town.\n")
    assert spans("a.txt", text)[-1] == ("1902-04-09", "1902-04-09",
                                        "At 9:40 p.m., the pilot walked into the town")


def test_a_relative_year_announcing_the_next_sentences_date_is_not_a_second_event():
    text = ("On 2 June 1848 the mill burned. The feud behind it began two years earlier. "
            "On 3 May 1846 the brothers quarrelled over the weir.\n")
    assert [s for s, _, _ in spans("a.txt", text)] == ["1848-06-02", "1846-05-03"]


def test_a_relative_year_followed_by_another_years_date_stays():
    text = ("On 2 June 1848 the mill burned. The brothers had quarrelled two years earlier. "
            "On 3 May 1849 the mill reopened.\n")
    assert [s for s, _, _ in spans("a.txt", text)] == ["1848-06-02", "1846-01-01", "1849-05-03"]


def test_last_weekday_counts_back_from_a_dateline_with_its_weekday():
    # 14 March 2023 was a Tuesday.
    text = ("The dam that broke\n\nBy Tom Reed\nArle, Tuesday 14 March 2023\n\n"
            "The dam broke on 12 March 1953.\n\nLast Sunday, 300 people gathered at the "
            "memorial.\n")
    assert [s for s, _, _ in spans("n.txt", text)] == ["1953-03-12", "2023-03-12"]


def test_last_weekday_without_a_dateline_gives_no_date():
    text = "The dam broke on 12 March 1953. Last Sunday, 300 people gathered at the memorial.\n"
    assert [s for s, _, _ in spans("n.txt", text)] == ["1953-03-12"]


@pytest.mark.parametrize("text, expected_day", [
    ("The war began in March 1741. The town, founded in 1550 by fishermen, was soon "
     "besieged. On 2 May the walls were breached.", "1741-05-02"),
    ("Trade grew in 1770 (by 1790 it had doubled). On 3 March a new quay opened.",
     "1770-03-03"),
])
def test_a_date_in_an_aside_leaves_the_narratives_year(text, expected_day):
    assert [s for s, _, _ in spans("a.txt", text + "\n")][-1] == expected_day


def test_a_web_pages_byline_date_dates_a_weekday_and_days_after_the_happening_count():
    page = ("<html><body><article><h1>The bridge that fell</h1>"
            "<p>By Ann Tell · 10 May 2022</p>"
            "<p>On 3 May 1910 the bridge collapsed. A week after the collapse, the director "
            "resigned.</p><p>On Sunday, relatives unveiled a plaque.</p></article></body></html>")
    assert [s for s, _, _ in spans("p.html", page)] == ["1910-05-03", "1910-05-10",
                                                         "2022-05-08"]


def test_a_web_pages_published_time_is_its_dateline():
    page = ('<html><head><meta property="article:published_time" content="2022-05-10T08:00">'
            "</head><body><p>On 3 May 1910 the bridge collapsed.</p>"
            "<p>On Sunday, relatives unveiled a plaque.</p></body></html>")
    assert [s for s, _, _ in spans("p.html", page)] == ["1910-05-03", "2022-05-08"]


def test_a_timeline_line_opening_with_a_range_of_months_is_that_range_and_merges():
    text = ("= Synod =\n\n== Story ==\n\nThe envoys stayed in Arle from May 1850 to August "
            "1850.\n\n== Timeline ==\n\n=== 1850 ===\n* May–August: Envoys stay in Arle.\n")
    [event] = find_events([parse_document("s.txt", text)], [])
    assert (event.span.start.iso(), event.span.end.iso(), len(event.sources)) == (
        "1850-05-01", "1850-08-31", 2)


@pytest.mark.parametrize("advice", [
    "> [!important] Exam\n> Know the dates 1815, 1848 and 1853.",
    "- Do not confuse the Salt Riot (1856) with the Grain Riot of the same year.",
    "- Remember: 1848 comes before 1853!",
])
def test_advice_to_the_learner_is_no_event(advice):
    text = f"# Notes\n\nOn 2 May 1790 the guild met.\n\n{advice}\n"
    assert [s for s, _, _ in spans("n.md", text)] == ["1790-05-02"]


def test_a_recording_line_with_a_date_is_no_event():
    text = "# Notes\n\nRecorded lecture, 12 March 2024.\n\nOn 2 May 1790 the guild met.\n"
    assert [s for s, _, _ in spans("n.md", text)] == ["1790-05-02"]


def test_a_year_in_passing_and_a_month_telling_another_happening_stay_apart_from_the_timeline():
    text = ("= Riots =\n\n== Story ==\n\nRiots broke out in several towns: Arle (1788), Bex "
            "(1788) and Corva (1790).\n\nIn June 1788 the duke rejected the council's vote to "
            "secede.\n\n== Timeline ==\n\n=== 1788 ===\n* February 27–29: Riot in Arle.\n"
            "* June 12: The council votes to secede.\n")
    starts = sorted(e.span.start.iso() for e in find_events([parse_document("r.txt", text)], []))
    assert starts == ["1788-01-01", "1788-01-01", "1788-02-27", "1788-06-01", "1788-06-12",
                      "1790-01-01"]


def test_over_a_year_a_shared_name_alone_does_not_make_lead_and_timeline_one_event():
    text = ("= Revolt =\n\nThe revolt was crushed in the summer of 1849 by the armies of Ostria "
            "and the Varn Empire.\n\n== Timeline ==\n\n=== 1849 ===\n* Summer: Varn "
            "intervention.\n")
    assert len(find_events([parse_document("r.txt", text)], [])) == 2


@pytest.mark.parametrize("sentence, start, end", [
    ("Yesterday the mayor laid a wreath.", "2023-03-13", "2023-03-13"),
    ("Last year 300 people visited the ruin.", "2022-01-01", "2022-12-31"),
    ("Earlier this month the council voted to rebuild it.", "2023-03-01", "2023-03-31"),
    ("Last month the museum reopened.", "2023-02-01", "2023-02-28"),
])
def test_a_news_storys_own_days_count_from_its_dateline(sentence, start, end):
    text = (f"The dam that broke\n\nBy Tom Reed\nArle, 14 March 2023\n\n"
            f"The dam broke on 12 March 1953.\n\n{sentence}\n")
    assert [(s, e) for s, e, _ in spans("n.txt", text)][-1] == (start, end)


def test_last_year_without_a_dateline_is_no_date():
    text = "The dam broke on 12 March 1953. Last year 300 people visited the ruin.\n"
    assert len(spans("n.txt", text)) == 1


def test_a_year_naming_an_election_dates_a_relative_date_in_its_sentence_only():
    text = ("In 1980 she joined the archive. She entered parliament at the 1994 election and "
            "became minister four years later. On 3 May she resigned.\n")
    assert [s for s, _, _ in spans("b.txt", text)] == [
        "1980-01-01", "1994-01-01", "1998-01-01", "1998-05-03"]


def test_a_works_section_lists_no_events_and_a_book_in_a_sentence_is_no_reference():
    text = ("Ann Roe\n\nAnn Roe (born 1950) is a historian.\n\n== Career ==\n\nHer first book, "
            "The Salt Guilds (1985), won a prize.\n\n== Works ==\n\n* The Salt Guilds (1985)\n"
            "* Rivers of Iron (1992)\n")
    assert [s for s, _, _ in spans("b.txt", text)] == ["1950-01-01", "1985-01-01"]


@pytest.mark.parametrize("lead, expected", [
    ("Saint Ebba of Corva (died 683) was an abbess.", [("0683-01-01", "died")]),
    ("Ebba of Corva (c. 620 – 25 August 683) was an abbess.",
     [("0620-01-01", "born"), ("0683-08-25", "died")]),
])
def test_a_lifespan_with_years_of_three_digits_gives_birth_and_death(lead, expected):
    events = spans("Ebba.txt", f"Ebba\n\n{lead}\n\nShe founded a house.\n")
    assert [(s, statement.split()[-1]) for s, _, statement in events] == expected


def test_a_dateline_followed_by_an_update_time_still_dates_the_story():
    text = ("The last voyage\n\nBy Ann Tell\nPublished 2 June 2024 | Updated 3 June 2024\n\n"
            "The liner sank on 14 April 1944.\n\nLast month divers raised her bell.\n")
    assert [(s, e) for s, e, _ in spans("n.txt", text)][-1] == ("2024-05-01", "2024-05-31")


def test_last_year_inside_a_quotation_is_not_the_storys():
    text = ("The famine\n\nBy Tom Reed\nArle, 14 March 2023\n\nThe famine began in 1846.\n\n"
            "\"We lost the harvest last year,\" the governor wrote in 1847.\n")
    assert [s for s, _, _ in spans("n.txt", text)] == ["1846-01-01", "1847-01-01"]


def test_a_past_verb_after_a_relative_clause_is_the_sentences_own_and_sets_its_year():
    text = ("In 1845 the guild met. The old count, who had ruled since 1820, died on 4 March "
            "1846 and was buried on 9 March.\n")
    assert [s for s, _, _ in spans("a.txt", text)][-1] == "1846-03-09"


def test_notes_telling_a_date_in_a_list_and_again_in_a_table_give_one_event():
    text = ("# Notes\n\n## Course\n- June 1851 – war declared.\n- 1853: peace at Ebbe.\n\n"
            "| Year | Event |\n|------|-------|\n| 1851 | War declared |\n"
            "| 1853 | Peace of Ebbe |\n")
    events = find_events([parse_document("n.md", text)], [])
    assert sorted((e.span.start.iso(), len(e.sources)) for e in events) == [
        ("1851-06-01", 2), ("1853-01-01", 2)]


@pytest.mark.parametrize("sentence, numbers", [
    ("Some 1,200 people were killed and 300 wounded.",
     [(1200, "people killed"), (300, "people injured")]),
    ("The fire destroyed 13,200 houses and left 70,000 homeless.",
     [(13200, "buildings"), (70000, "people displaced")]),
    ("The ship carried 1,204 people, of whom 312 survived.",
     [(1204, "people"), (312, "survivors")]),
    ("The dam was 90 metres high.", [(90, "metres")]),
])
def test_key_numbers_of_losses_survivors_buildings_and_heights(sentence, numbers):
    assert [(n.value, n.unit) for n in key_numbers(sentence)] == numbers


def test_a_lifespan_after_a_note_is_the_subjects_when_the_title_has_a_disambiguation():
    text = ("Lena Voss (singer)\n\nFor the painter, see Lena Voss (painter).\n\nLena Voss "
            "(4 March 1790 – 9 May 1851) was a Welsh singer.\n\nShe sang in Arle.\n")
    assert [s for s, _, _ in spans("p.txt", text)] == ["1790-03-04", "1851-05-09"]


def test_a_reign_in_the_lead_brackets_is_a_range_and_no_life():
    text = "Otto III of Arle\n\nOtto III (r. 1154–1189) was Duke of Arle.\n\nHe built mills.\n"
    assert spans("o.txt", text) == [("1154-01-01", "1189-12-31", "Otto III was Duke of Arle")]


def test_his_death_in_a_year_folds_into_the_day_he_died():
    text = ("= Otto =\n\n== Life ==\n\nOtto succeeded his father in 1154 and reigned until his "
            "death in 1189.\n\nOtto died at Bex on 10 June 1189.\n")
    events = find_events([parse_document("o.txt", text)], [])
    assert [(e.span.start.iso(), len(e.sources)) for e in events] == [
        ("1154-01-01", 1), ("1189-06-10", 2)]


def test_questions_in_notes_are_no_events():
    text = ("# Notes\n\n- 1709: peace talks begin.\n\n## Questions\n1. Why did the war start in "
            "1701?\n\n## Review\n- What happened in 1713?\n")
    assert [s for s, _, _ in spans("n.md", text)] == ["1709-01-01"]


def test_a_war_dragging_on_into_a_year_alone_in_its_sentence_moves_the_narrative_there():
    text = "The war began in 1914. It dragged on into 1915. In May, Arle joined the war.\n"
    assert spans("a.txt", text)[1:] == [("1915-01-01", "1915-12-31", "It dragged on"),
                                        ("1915-05-01", "1915-05-31", "Arle joined the war")]


@pytest.mark.parametrize("name, text", [
    ("a.md", "# Ada Brell\n\n## Life\n- Born: 10 December 1815, London\n- Died: 27 November "
             "1852\n- 1835: married Paul Orm\n"),
    ("a.txt", "Ada Brell\n\nBorn: 10 December 1815, London\nDied: 27 November 1852\n\n"
              "Ada Brell was a mathematician. In 1835 she married Paul Orm.\n"),
])
def test_born_and_died_labels_in_notes_on_a_person_are_her_birth_and_death(name, text):
    statements = {s: statement for s, _, statement in spans(name, text)}
    assert statements["1815-12-10"] == "Ada Brell was born"
    assert statements["1852-11-27"] == "Ada Brell died"


def test_last_year_in_a_quote_of_someone_speaking_now_counts_from_the_dateline():
    text = ("The famine\n\nBy Tom Reed\nArle, 14 March 2023\n\nThe famine began in 1846.\n\n"
            "\"We lost the harvest last year,\" a farmer said.\n")
    assert [s for s, _, _ in spans("n.txt", text)] == ["1846-01-01", "2022-01-01"]


def test_the_sentence_after_a_date_said_alone_tells_what_happened_then():
    text = ("The great gale\n\nThe fishermen of Orm still speak of it. It was Friday 9 May "
            "1921. A gale from the north had driven forty boats onto the rocks. By the next "
            "day the harbour was closed.\n")
    found = spans("gale.txt", text)
    assert ("1921-05-09", "1921-05-09",
            "A gale from the north had driven forty boats onto the rocks") in found
    assert not any(statement == "It was" for _, _, statement in found)
    assert [start for start, _, said in found if "harbour" in said] == ["1921-05-10"]


def test_the_year_said_alone_dates_the_sentence_after_it():
    text = "Orm\n\nThe year was 1917. Strikes closed the docks of Orm for a month.\n"
    assert spans("orm.txt", text) == [("1917-01-01", "1917-12-31",
                                       "Strikes closed the docks of Orm for a month")]
