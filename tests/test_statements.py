"""Statements: what a dated sentence says happened, without its date (made-up sentences)."""

from __future__ import annotations

import pytest

from studyapp.extract.dates import DateContext, find_dates
from studyapp.extract.statements import statements


def said(sentence: str) -> list[str]:
    return [statement for _, statement in statements(sentence, find_dates(sentence, DateContext()))]


@pytest.mark.parametrize("sentence", [
    "In the year 1066 the town council voted to rebuild the mill.",
    "In the early hours of 3 May 1921 the town council voted to rebuild the mill.",
    "In the closing months of 1918 the town council voted to rebuild the mill.",
])
def test_the_words_leading_to_a_date_go_with_it(sentence):
    assert said(sentence) == ["The town council voted to rebuild the mill"]


@pytest.mark.parametrize("sentence", [
    "The citadel surrendered on 9 May 1790, the tenth anniversary of the Treaty of Vell.",
    "The citadel surrendered on 9 May 1790, the feast of Saint Orm, after a long siege.",
])
def test_what_the_day_was_goes_with_the_date(sentence):
    assert said(sentence)[0].startswith("The citadel surrendered")
    assert not any(word in said(sentence)[0] for word in ("anniversary", "feast"))


def test_a_weekday_after_an_article_stays_in_the_statement():
    assert said("It was a Monday, 3 March 1902, and school had just ended.") == \
        ["It was a Monday and school had just ended"]
    assert said("On Monday, 10 March 1902, the mill burned.") == ["The mill burned"]


def test_a_storys_place_in_capitals_before_its_weekday_is_no_part_of_the_statement():
    from studyapp.extract.events import find_events
    from studyapp.ingest import parse_document

    text = ("Home | News\n\nA town remembers\n\nBy Ada Roe\nPublished May 8, 2026\n\n"
            "ORM — On Wednesday, hundreds of people walked in silence to the memorial.\n")
    events = find_events([parse_document("orm.txt", text)], [])
    assert [e.statement for e in events] == [
        "Hundreds of people walked in silence to the memorial"]
