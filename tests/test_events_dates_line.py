"""A biography's dates line ("Born <day> – Died <day>"): what follows counts from the birth
(made-up page)."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document

PAGE = ("<html><body><article><h1>Ada Kell</h1>"
        "<p>Born 4 April 1801, Tesk – Died 2 May 1862, Orm</p>"
        "<p>Ada Kell was a weaver of the Tarn valley.</p>"
        "<p>Her younger sister Lene had been born at Orm the year after.</p>"
        "</article></body></html>")


def test_the_year_after_a_dates_line_counts_from_the_birth_not_the_death():
    events = find_events([parse_document("kell.html", PAGE)], [])
    lene = next(e for e in events if "Lene" in e.statement)
    assert (lene.span.start.year, lene.span.precision) == (1802, "year")
