"""Follow-ups of a blind evaluation, each on made-up sentences: a look-ahead end date does not
move the narrative's year, one happening told as a range in the body and the timeline is one
event, fuzzy ranges and decade thirds, reference entries in callouts and lists, the subject's
lifespan after a title, and "a fortnight later"."""

from __future__ import annotations

import pytest

from studyapp.extract.events import find_events
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
])
def test_an_end_date_told_ahead_does_not_set_the_year_of_the_next_sentence(text, expected_day):
    days = [start for start, end, _ in spans("a.txt", text + "\n") if start == end]
    assert days == [expected_day]
