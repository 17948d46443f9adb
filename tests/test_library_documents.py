"""Documents and their facts kept in the store, read back for the timeline and sources."""

from __future__ import annotations

from studyapp.model import DateSpan, Document, Event, Figure, KeyNumber, Source, Ymd
from studyapp.services.library import load_document, load_events, load_figures, save_document
from studyapp.store import open_store


def event(start: Ymd, statement: str) -> Event:
    return Event(
        span=DateSpan(start, start, "day", start.iso()),
        statement=statement,
        people=["A. Person"],
        places=["Somewhere"],
        numbers=[KeyNumber(26.0, "people", "26 people")],
        sources=[Source("notes.md", f"{statement}.", (10, 40))],
    )


def test_saved_facts_read_back_equal_and_in_time_order(tmp_path):
    late, early = event(Ymd(1848, 3, 15), "Late"), event(Ymd(-43, 3, 15), "Early")
    person = Figure("A. Person", aliases=["Person"], roles=["leader"], documents=["notes.md"],
                    sources=[Source("notes.md", "A sentence.", (0, 11))])
    with open_store(tmp_path) as store:
        save_document(store, Document("notes.md", "Notes", "original text"), [late, early],
                      [person])
        assert load_events(store) == [early, late]
        assert load_figures(store) == [person]
        assert load_document(store, "notes.md") == Document("notes.md", "Notes", "original text")
        assert load_document(store, "missing.md") is None


def test_saving_a_document_again_replaces_its_events_only(tmp_path):
    with open_store(tmp_path) as store:
        save_document(store, Document("a.md", "A", "v1"), [event(Ymd(1900, 1, 1), "A1")], [])
        save_document(store, Document("b.md", "B", "b"), [event(Ymd(1950, 1, 1), "B1")], [])
        first = save_document(store, Document("a.md", "A", "v2"),
                              [event(Ymd(1901, 1, 1), "A2")], [Figure("X", minor=True)])
        again = save_document(store, Document("a.md", "A", "v2"), [], [Figure("X")])
        assert first == again
        assert [e.statement for e in load_events(store)] == ["B1"]
        assert load_figures(store) == [Figure("X")]
        assert load_document(store, "a.md").original == "v2"
