"""Statements that keep their sense: a negated clause dated by its end or start ("was not
reopened until 1957") tells the positive happening at that date, or keeps its date; a second
clause names its own subject. All sentences are made up."""

from __future__ import annotations

import pytest

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document


def statements(text: str) -> list[str]:
    document = parse_document("s.txt", "In 1200 the story begins.\n\n" + text + "\n")
    return [event.statement for event in find_events([document], [])[1:]]


@pytest.mark.parametrize("text, statement", [
    ("The canal was not reopened until 4 June 1957.", "The canal was reopened"),
    ("The bridge wasn't rebuilt until 1957.", "The bridge was rebuilt"),
    ("The envoy did not return until 12 May 1958.", "The envoy returned"),
    ("The council didn't meet again until March 1960.", "The council met again"),
    ("The strike did not stop until 1961.", "The strike stopped"),
    ("The ward did not become a town until 1962.", "The ward became a town"),
    ("The town was not evacuated until the afternoon of 27 April 1986.",
     "The town was evacuated"),
    ("It was not until 4 June 1957 that the canal was reopened.", "The canal was reopened"),
])
def test_not_until_a_date_tells_the_happening_at_that_date(text, statement):
    assert statements(text) == [statement]


@pytest.mark.parametrize("text, statement", [
    ("The bridge was never used again after 1961.", "The bridge was never used again after 1961"),
    ("She kept a key to a house she has not entered since 1958.",
     "She kept a key to a house she has not entered since 1958"),
    ("The ships could not sail until 1963.", "The ships could not sail until 1963"),
])
def test_a_negated_clause_that_cannot_be_turned_simply_keeps_its_date(text, statement):
    assert statements(text) == [statement]


def test_a_negated_clause_at_a_plain_date_is_left_as_it_is():
    assert statements("By 1962 the ferry no longer ran.") == ["The ferry no longer ran"]
