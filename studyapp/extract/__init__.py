"""Extraction: dated events, key figures and key numbers of documents.

``extract(documents)`` is the entry point; ``to_json(extraction)`` gives the JSON that
`studyapp extract --json` prints (field names fixed by docs/extraction.md).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from studyapp.model import Document, Event, Figure, Source

__all__ = ["Extraction", "extract", "to_json"]


@dataclass
class Extraction:
    documents: list[Document]
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


def extract(documents: list[Document]) -> Extraction:
    """Figures first (events name the people they involve), then events, merged across
    documents, in chronological order."""
    from studyapp.extract.events import find_events
    from studyapp.extract.figures import find_figures

    with _no_cycle_collection():
        figures = find_figures(documents)
        events = find_events(documents, figures)
    events.sort(key=lambda event: (event.span.start, event.span.end))
    return Extraction(documents=documents, events=events, figures=figures)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Reading makes hundreds of thousands of small objects and no reference cycles worth
    hunting: the cycle collector, run over and over, costs a tenth of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def to_json(extraction: Extraction) -> dict:
    """The JSON of docs/extraction.md. A source's ``sentence`` is the original's characters at
    its ``offset`` (markup and all, as it stands in the document); ``text`` is the same
    sentence cleaned, as the app shows it."""
    originals = {document.name: document.original for document in extraction.documents}

    def source_json(source: Source) -> dict:
        start, end = source.offset
        original = originals.get(source.document)
        return {"document": source.document,
                "sentence": original[start:end] if original is not None else source.sentence,
                "offset": [start, end], "text": source.sentence}

    return {
        "documents": [{"name": d.name, "title": d.title} for d in extraction.documents],
        "events": [_event_json(event, source_json) for event in extraction.events],
        "figures": [_figure_json(figure, source_json) for figure in extraction.figures],
    }


def _event_json(event: Event, source_json) -> dict:
    return {
        "start": event.span.start.iso(),
        "end": event.span.end.iso(),
        "precision": event.span.precision,
        "date_text": event.span.text,
        "statement": event.statement,
        "people": list(event.people),
        "places": list(event.places),
        "numbers": [{"value": n.value, "unit": n.unit, "text": n.text} for n in event.numbers],
        "sources": [source_json(source) for source in event.sources],
    }


def _figure_json(figure: Figure, source_json) -> dict:
    return {
        "name": figure.name,
        "aliases": list(figure.aliases),
        "roles": list(figure.roles),
        "minor": figure.minor,
        "documents": list(figure.documents),
        "sources": [source_json(source) for source in figure.sources],
    }
