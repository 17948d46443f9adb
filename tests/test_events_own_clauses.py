"""Clauses of a sentence that tell their own happening, and dates counted from the right one
(made-up texts)."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document
from studyapp.model import Figure


def days(text: str, name: str = "t.txt") -> list[tuple[str, str]]:
    return [(e.span.start.iso(), e.span.end.iso())
            for e in find_events([parse_document(name, text)], [])]


def test_days_later_count_from_the_last_day_named_without_its_year():
    text = ("Bex\n\nThe siege began on 2 March 1702, and the guards left the walls on 20 March; "
            "the gate was burnt three days later.\n")
    assert days(text) == [("1702-03-02", "1702-03-02"), ("1702-03-20", "1702-03-20"),
                          ("1702-03-23", "1702-03-23")]


def test_a_relative_clause_with_which_tells_its_own_happening():
    text = ("Ivo Roe\n\nFrom 1720 to 1726 Ivo Roe served in Bex as a judge during the reform of "
            "the courts, which came to the province in 1720.\n")
    assert days(text) == [("1720-01-01", "1726-12-31"), ("1720-01-01", "1720-12-31")]


def test_the_lowercase_thing_of_a_year_after_during_or_a_is_a_date():
    text = ("Ivo Roe\n\nDuring the great frost of 1709 he left the town. In a bitter pamphlet "
            "of 1711 he attacked the council. He praised the Revolution of 1688.\n")
    assert days(text) == [("1709-01-01", "1709-12-31"), ("1711-01-01", "1711-12-31")]


def test_a_colon_after_a_dated_clause_opens_happenings_of_their_own():
    text = ("Bex\n\nIn the 1720s Ivo Roe rose quickly at court: he was made warden of Bex in "
            "1722 and of Orm in 1725.\n\nHer rule ended in the early 18th century: the town "
            "fell in 1707.\n\nIn 1730 leagues took shape: one at Bex in May 1730, one at Orm in "
            "June 1730.\n")
    assert days(text) == [("1720-01-01", "1729-12-31"), ("1722-01-01", "1722-12-31"),
                          ("1725-01-01", "1725-12-31"), ("1701-01-01", "1733-12-31"),
                          ("1707-01-01", "1707-12-31"), ("1730-05-01", "1730-05-31"),
                          ("1730-06-01", "1730-06-30")]


def test_a_date_labelling_a_line_before_a_colon_stays_with_its_finer_date():
    text = "# Bex\n\n## 1700 - 1710\n\n- 1703: Arno crowned at Bex on 2 May.\n"
    assert days(text, "b.md") == [("1703-05-02", "1703-05-02")]


def test_a_pronoun_after_a_colon_is_the_subject_of_its_own_sentence():
    ivo = Figure(name="Ivo Roe", aliases=[], roles=[], minor=False, documents=["t.txt"])
    ada = Figure(name="Ada Vell", aliases=[], roles=[], minor=False, documents=["t.txt"])
    text = ("Bex\n\nAda Vell ruled Bex from 1701. In the 1720s Ivo Roe rose quickly at court: "
            "he was made warden of Bex in 1722.\n")
    statements = {e.span.start.iso(): e.statement
                  for e in find_events([parse_document("t.txt", text)], [ivo, ada])}
    assert statements["1722-01-01"] == "He was made warden of Bex"  # not "Ada Vell was made"


def test_a_day_given_after_a_rough_count_is_where_the_story_stands():
    text = ("Bex\n\nOn 7 May 1702 the mayor was shot. Less than two weeks later, on 20 May, the "
            "duke closed the gates. The same night the guards arrested the council.\n")
    assert days(text) == [("1702-05-07", "1702-05-07"), ("1702-05-20", "1702-05-20"),
                          ("1702-05-20", "1702-05-20")]


def test_a_relative_clause_with_whose_tells_its_own_happening_of_its_antecedent():
    text = ("Ada Roe\n\nIn 1610 Ada Roe also met the navigator Tam Ek, whose ship had drifted "
            "into Bex in April 1610.\n")
    found = {e.statement: (e.span.start.iso(), e.span.end.iso())
             for e in find_events([parse_document("a.txt", text)], [])}
    assert found == {"Ada Roe also met the navigator Tam Ek": ("1610-01-01", "1610-12-31"),
                     "The navigator Tam Ek's ship had drifted into Bex": ("1610-04-01",
                                                                          "1610-04-30")}


def test_a_span_from_a_year_to_a_named_happening_in_a_year_is_one_interval():
    text = ("Orm League\n\nThe Orm League ruled the coast from 1603 until the Great Reform in "
            "1868.\n")
    assert days(text) == [("1603-01-01", "1868-12-31")]
