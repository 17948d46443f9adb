"""Events of small documents of every shape: one per dated happening, merged across mentions,
with clean statements, people, places, key numbers and sources pointing into the original."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.extract.events import find_events
from studyapp.extract.merge import merge_events
from studyapp.extract.numbers import key_numbers
from studyapp.ingest import parse_document
from studyapp.model import DateSpan, Event, Figure, KeyNumber, Source, Ymd


def events_of(name: str, text: str, figures: list[Figure] | None = None) -> list[Event]:
    return find_events([parse_document(name, text)], figures or [])


def dated(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.span.start.iso(), e.span.end.iso()) for e in events]


ENCYCLOPEDIA = """= Harbour strike =

The harbour strike was a labour dispute in Portmere from 1911 to 1912.

== Timeline ==

=== 1911 ===
March 3: Dockers walk out after a pay cut.
June 14–16: Riots near the customs house.
Autumn: Around 3,000 workers join the strike.

=== 1912 ===
January 9: The strike ends.[2]

== References ==
Smith, John (1998). The Strike. Harbour Press. ISBN 978-0-00-000000-2.
"""


def test_timeline_lines_take_the_year_of_their_heading_and_references_are_skipped():
    events = events_of("strike.txt", ENCYCLOPEDIA)
    assert dated(events) == [
        ("1911-01-01", "1912-12-31"), ("1911-03-03", "1911-03-03"),
        ("1911-06-14", "1911-06-16"), ("1911-09-01", "1911-11-30"),
        ("1912-01-09", "1912-01-09")]
    assert [e.span.precision for e in events] == ["range", "day", "range", "season", "day"]
    assert events[1].statement == "Dockers walk out after a pay cut"
    assert events[4].statement == "The strike ends"  # no reference mark left


def test_sources_give_the_clean_sentence_and_its_span_in_the_original():
    original = ENCYCLOPEDIA
    for event in events_of("strike.txt", original):
        for source in event.sources:
            start, end = source.offset
            assert source.document == "strike.txt"
            assert original[start:end].startswith(source.sentence[:-1])
    markdown = "# Notes\n\nOn 2 May 1990 the [[Assembly|assembly]] met <a>[00:01:02]</a>.\n"
    event = events_of("n.md", markdown)[0]
    assert event.sources[0].sentence == "On 2 May 1990 the assembly met."
    start, end = event.sources[0].offset
    assert markdown[start:end] == "On 2 May 1990 the [[Assembly|assembly]] met <a>[00:01:02]</a>."
    assert event.statement == "The assembly met"


def test_several_dated_happenings_in_one_sentence_are_several_events():
    events = events_of("talks.txt", (
        "In June 2001 the talks resumed. The envoys met in Oslo on May 4, in Vienna on May 20, "
        "and then in Rome two days later.\n"))
    assert dated(events)[1:] == [("2001-05-04", "2001-05-04"), ("2001-05-20", "2001-05-20"),
                                 ("2001-05-22", "2001-05-22")]
    assert [e.statement for e in events[1:]] == [
        "The envoys met in Oslo", "The envoys met in Vienna", "The envoys met in Rome"]


def test_two_years_share_their_clause():
    events = events_of("a.txt", "In 1965 and 1977, there were large marches in the capital.\n")
    assert dated(events) == [("1965-01-01", "1965-12-31"), ("1977-01-01", "1977-12-31")]
    assert {e.statement for e in events} == {"There were large marches in the capital"}


def test_a_coarse_date_naming_a_thing_inside_a_finer_one_is_not_an_event():
    events = events_of("t.txt", "=== 1990 ===\nMay 20: 1990 general election, reformers win.\n")
    assert dated(events) == [("1990-05-20", "1990-05-20")]


def test_the_same_happening_in_lead_and_body_is_one_event_with_two_sources():
    events = events_of("c.txt", (
        "The Coastal Crisis\n\nOn 4 March 1950 the navy shelled the port of Ardan.\n\n"
        "== Course ==\n\nAfter weeks of threats, the bombardment finally began on 4 March 1950 "
        "at dawn.\n\nOn 4 April 1950, the navy shelled the port of Ardan again.\n"))
    assert dated(events) == [("1950-03-04", "1950-03-04"), ("1950-04-04", "1950-04-04")]
    assert len(events[0].sources) == 2


def test_same_happening_in_two_documents_merges_by_date_and_words():
    first = parse_document("a.txt", "On 9 May 1950 the minister proposed a coal and steel pool.\n")
    second = parse_document("b.md", "# Notes\n\nThe minister proposed the coal and steel pool on "
                                    "9 May 1950.\n\nOn 9 May 1950 it rained in the capital.\n")
    events = find_events([first, second], [])
    assert len(events) == 2
    assert [s.document for s in events[0].sources] == ["a.txt", "b.md"]


def test_different_happenings_of_one_date_stay_apart():
    events = events_of("y.txt", "In 1963, villagers signed a petition to the council. "
                                "The same year saw violent clashes in the market town.\n")
    assert dated(events) == [("1963-01-01", "1963-12-31")] * 2
    assert events[1].statement.startswith("The same year saw violent clashes")


def test_markdown_notes_under_a_range_heading_are_dated_by_it():
    events = events_of("notes.md", (
        "---\ntitle: Notes\n---\n\n## 1789 - 1792 Revolution\n\n"
        "- The estates met <a href='x'>[00:01:10]</a> and argued\n"
        "- In July the crowd took the fortress\n\n## Themes\n\n- Bread prices mattered\n"))
    assert dated(events) == [("1789-01-01", "1792-12-31"), ("1789-07-01", "1789-07-31")]
    assert events[0].statement == "The estates met and argued"


def test_a_title_naming_its_year_anchors_the_dates_under_it():
    events = events_of("c.txt", "= Canal crisis of 1956 =\n\nOn 29 October the army invaded.\n")
    assert dated(events) == [("1956-10-29", "1956-10-29")]


def test_timestamps_plans_and_headings_are_not_events():
    events = events_of("lecture.md", (
        "# Lecture of 2019\n\n## The 1990s\n\nThe reform <a class='t'>[00:02:10]</a> "
        "failed.\n\nThe new law will take effect in 2031.\n"))
    assert events == []


def test_statement_is_a_clean_clause():
    events = events_of("s.txt", "On 1 January 2024, the old republic was dissolved.[3]\n")
    assert events[0].statement == "The old republic was dissolved"
    assert events[0].span.text == "1 January 2024"


def test_people_from_figures_places_and_numbers():
    figures = [Figure(name="Anna Berg", aliases=["Berg"]),
               Figure(name="Tom Credit", minor=True)]
    events = events_of("p.txt", "In 1921, Berg led 2,000 strikers to Riverton, where 12 "
                                "people were killed.\n", figures)
    event = events[0]
    assert event.people == ["Anna Berg"]
    assert event.places == ["Riverton"]
    assert KeyNumber(12, "people killed", "12 people were killed") in event.numbers


@pytest.mark.parametrize("sentence, value, unit", [
    ("26 villagers died and another 100 were injured", 26, "people killed"),
    ("another 100 were injured", 100, "people injured"),
    ("More than 700,000 refugees flooded the cities", 700000, "people displaced"),
    ("defense expenditures reached $3 billion", 3e9, "US dollars"),
    ("a 15 kilometer buffer zone", 15, "kilometres"),
    ("the bill passed by 312 votes to 200", 312, "votes"),
    ("Over 100,000 people demonstrate", 100000, "people"),
    ("the population was 80 percent Catholic", 80, "percent"),
    ("leading to the death of 18 miners", 18, "people killed"),
    ("killing over 100 civilians in the process", 100, "people killed"),
    ("leading to the flight of 350,000 Huguenots", 350000, "people displaced"),
    ("the displacement of up to a million ethnic Germans", 1e6, "people displaced"),
    ("around 2,500 Breton Protestants signed a petition", 2500, "people"),
    ("Around 500 of the marchers perished along the way", 500, "people killed"),
])
def test_key_numbers(sentence, value, unit):
    assert any(n.value == value and n.unit == unit for n in key_numbers(sentence))


@pytest.mark.parametrize("sentence", ["In 1988 the council met", "on 20 February 1988",
                                      "the 11th century", "Article 78 of the constitution"])
def test_years_days_and_ordinals_are_not_key_numbers(sentence):
    assert key_numbers(sentence) == []


def test_merge_keeps_one_sentence_happenings_apart():
    day = Ymd(1988, 1, 1)
    span = DateSpan(day, Ymd(1988, 12, 31), "year")
    source = Source("d.txt", "Pogroms in A (1988), B (1988).", (0, 30))
    events = [Event(span, "Pogrom in A", sources=[source]),
              Event(span, "Pogrom in B", sources=[source])]
    assert len(merge_events(events)) == 2


def test_corpus_document_offsets_are_exact():
    corpus = Path(__file__).parent.parent.parent / "shared" / "corpus"
    for path in corpus.glob("*.*"):
        if path.name == "README.md":
            continue
        document = parse_document(path.name, path.read_text(encoding="utf-8"))
        for event in find_events([document], []):
            for source in event.sources:
                start, end = source.offset
                assert document.original[start] == source.sentence[0]
                assert document.original[end - 1] == source.sentence[-1]


@pytest.mark.parametrize("text, statements", [
    # Regressions: each shape once gave a broken statement.
    ("For this reason, in 1936, the valley was made autonomous.\n",
     ["For this reason, the valley was made autonomous"]),
    ("The count fought in 1204, and died in 1210.\n",
     ["The count fought", "The count died"]),
    ("Lord Ash fought in 1204, and died in 1210.\n", ["Lord Ash fought", "Lord Ash died"]),
    ("The reformers won in 1848, when Anna Roth, who had led them since 1840, resigned.\n",
     ["The reformers won", "Anna Roth had led them"]),
    ("The court met in 1848 and sentenced Karl Ost, who had fled in 1840.\n",
     ["The court met and sentenced Karl Ost", "Karl Ost had fled"]),
    ("Its roots date back to the 1920s, when it was banned.\n",
     ["Its roots date back, when it was banned"]),
    ("He was exiled later that year.\n", ["He was exiled"]),
    ("He was king from 1204 until 1214 and again in 1215.\n", ["He was king", "He was king again"]),
    ("When the duke seized Ash in 1192, Mary raised a ransom and sailed to Ghent in 1194.\n",
     ["The duke seized Ash, Mary raised a ransom", "Mary sailed to Ghent"]),
    ("On the night of 3 November 1966, the river burst its banks.\n",
     ["The river burst its banks"]),
    ("Riots in Arle (1920), Bex (1921), as well as the Great Fire (1922).\n",
     ["Riots in Arle", "Bex", "The Great Fire"]),
])
def test_statements_of_awkward_shapes(text, statements):
    events = events_of("s.txt", "In 1200 the story begins.\n\n" + text)
    assert [e.statement for e in events[1:]] == statements


def test_timeline_lines_with_a_dash_after_the_date():
    events = events_of("war.txt", "== Timeline ==\n=== 1914 ===\n"
                                  "June 28 – Archduke shot in the capital\n"
                                  "August 4 – Britain declares war\n")
    assert dated(events) == [("1914-06-28", "1914-06-28"), ("1914-08-04", "1914-08-04")]
    assert events[0].statement == "Archduke shot in the capital"


def test_notes_under_an_undated_subheading_are_not_dated_by_the_range_above():
    events = events_of("n.md", "# Notes\n\n## 1789 - 1792 Revolution\n\n- The king fled Paris\n\n"
                               "### Key people\n\n- Danton, a lawyer from Arcis\n- Terms:\n")
    assert dated(events) == [("1789-01-01", "1792-12-31")]


def test_timeline_line_and_body_sentence_of_one_day_are_one_event():
    events = events_of("m.txt", (
        "= Revolt =\n\nIntro.\n\n== Course ==\n\nOn 3 March 1848 Lajos gave a speech demanding a "
        "constitution for the realm.\n\nOn 3 March 1848 it snowed in the northern hills.\n\n"
        "== Timeline ==\n=== 1848 ===\nMarch 3: Lajos's speech to the Diet calls for a "
        "constitution.\n"))
    assert dated(events) == [("1848-03-03", "1848-03-03")] * 2
    assert [len(e.sources) for e in events] == [2, 1]


def test_shared_topic_words_alone_do_not_merge_a_year():
    events = events_of("y.txt", (
        "In 1991, Flanders and Brabant declared independence from the Union.\n\n"
        "In 1991, two groups of independent experts visited Flanders and Brabant and blamed "
        "the other side.\n"))
    assert len(events) == 2


def test_a_coarser_timeline_entry_folds_into_the_body_event_it_summarises():
    events = events_of("k.txt", (
        "= King =\n\nIntro.\n\n== Life ==\n\nThe duke crowned himself Emperor on 2 December "
        "1804 at the cathedral.\n\n== Timeline ==\n* 1804 – Crowned Emperor\n"
        "* 1810 – Married a princess\n"))
    assert dated(events) == [("1804-12-02", "1804-12-02"), ("1810-01-01", "1810-12-31")]
    assert len(events[0].sources) == 2


def test_a_toll_told_just_after_a_dated_happening_belongs_to_it():
    events = events_of("f.txt", "On 3 November 1966 the river burst its banks. Around 35 people "
                                "were killed. The city has 300 bridges.\n")
    assert [(n.value, n.unit) for n in events[0].numbers] == [(35, "people killed")]
