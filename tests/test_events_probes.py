"""Texts of our own in the four shapes (encyclopedia article with a timeline and a wiki
infobox, biography, scraped news feature, Markdown notes with range headings): every dated
happening, and nothing else, with its interval. Written for this test, not from the corpus;
each expected interval was checked by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.extract.events import find_events
from studyapp.ingest import read_document

PROBES = Path(__file__).parent / "extraction" / "probes"
Y = "{0}-01-01/{0}-12-31".format

EXPECTED = {
    "canal.txt": [
        "1956-09-01/1956-12-31", Y(1869), Y(1875), "1956-07-26", "1956-07-28",
        "1956-08-01/1956-09-30", "1956-10-22/1956-10-24", "1956-10-29", "1956-10-31",
        "1956-11-05", "1956-11-06", "1956-11-01/1956-11-30",
        "1957-03-01/1957-03-31", "1957-04-01/1957-04-30", "1956-11-06", "1956-12-22",
        "1957-01-09"],
    "curie.txt": [
        "1867-11-07", "1934-07-04", Y(1891), "1895-07-26", Y(1898), "1898-12-01/1898-12-31",
        Y(1903), "1906-04-19", Y(1911), Y(1918), Y(1995)],
    "napoleon.txt": [
        "1769-08-15", "1821-05-05", "1804-01-01/1814-12-31", Y(1815), "1779-01-01/1779-01-31",
        Y(1784), "1799-11-09", Y(1801), Y(1802), "1804-12-02", Y(1805), Y(1810), Y(1812),
        # "1799 – Coup of 18 Brumaire" is the body's one happening of 1799, "seized power in a
        # coup" on 9 November: one event
        "1813-10-01/1813-10-31", "1814-04-06", "1815-02-01/1815-02-28", "1815-06-18",
        Y(1815), Y(2014)],
    "news.txt": [
        "1966-11-03", "1966-11-04", "1950-01-01/1959-12-31", Y(1962), "1966-11-06", Y(2014),
        Y(1967), "1980-01-01/1982-12-31"],
    "notes.md": [
        "1760-01-01/1830-12-31", Y(1769), "1811-01-01/1812-12-31", "1830-09-15", Y(1850),
        Y(1856), Y(1851)],
}


def interval(event) -> str:
    start, end = event.span.start.iso(), event.span.end.iso()
    return start if start == end else f"{start}/{end}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_events(name):
    document = read_document(PROBES / name)
    assert [interval(e) for e in find_events([document], [])] == EXPECTED[name]


def test_probe_statements_are_clean_clauses():
    for name in EXPECTED:
        for event in find_events([read_document(PROBES / name)], []):
            statement = event.statement
            assert statement and statement[0].isupper(), (name, statement)
            assert not any(mark in statement for mark in ("[1]", "<a", "[[", "{{", "  ")), \
                (name, statement)
            # The date as written: in the sentence, or in the heading a note stands under.
            assert event.span.text in event.sources[0].sentence or event.span.precision == "range"
