"""Births a biography tells in brackets (made-up texts)."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document

TEXT = ("Ivo Brask\n\nIvo di Lene Brask de' Tarr (4 April 1701 – 2 May 1762) was a weaver of "
        "Orm.\n\nHe lived with Ada Kell, and they had three children: Mira (born 1731), Oska "
        "(born 1733) and Lene (born 1736).\n")


def births(text: str) -> list[tuple[str, str]]:
    events = find_events([parse_document("brask.txt", text)], [])
    return [(e.span.start.iso(), e.statement) for e in events if "born" in e.statement]


def test_childrens_birth_years_in_brackets_are_births():
    assert [s for start, s in births(TEXT) if start.startswith("173")] == [
        "Mira born", "Oska born", "Lene born"]


def test_a_lifespan_after_a_long_birth_name_with_de_gives_the_subjects_birth():
    assert ("1701-04-04", "Ivo di Lene Brask de' Tarr was born") in births(TEXT)
