"""Model objects as rows with a JSON ``payload``, and back.

A row keeps what queries filter or sort on (a question's id, kind, fact, status; an event's
dates); everything else goes into the payload, so adding a model field needs no schema change.
"""

from __future__ import annotations

from typing import Any

from studyapp.model import DateSpan, Event, Figure, KeyNumber, OrderItem, Question, Source, Ymd


def question_payload(question: Question) -> dict[str, Any]:
    return {
        "prompt": question.prompt,
        "answer": question.answer,
        "options": list(question.options),
        "items": [item.as_plain() for item in question.items],
        "pairs": [list(pair) for pair in question.pairs],
        "accept": list(question.accept),
        "source": None if question.source is None else _sources([question.source])[0],
        "tags": list(question.tags),
        "difficulty": question.difficulty,
    }


def question_from_row(
    id: str, kind: str, fact: str, status: str, payload: dict[str, Any]
) -> Question:
    source = payload.get("source")
    return Question(
        id=id,
        kind=kind,  # type: ignore[arg-type]
        prompt=payload.get("prompt", ""),
        answer=payload.get("answer", ""),
        options=list(payload.get("options", [])),
        items=[
            OrderItem(item["text"], Ymd.parse(item["start"]), item.get("date", ""))
            for item in payload.get("items", [])
        ],
        pairs=[(left, right) for left, right in payload.get("pairs", [])],
        accept=list(payload.get("accept", [])),
        fact=fact,
        source=None if source is None else _sources_from([source])[0],
        status=status,  # type: ignore[arg-type]
        tags=list(payload.get("tags", [])),
        difficulty=payload.get("difficulty"),
    )


def start_key(day: Ymd) -> int:
    """An integer that orders days chronologically, years before the common era included."""
    return day.year * 10000 + day.month * 100 + day.day


def _sources(sources: list[Source]) -> list[dict[str, Any]]:
    return [{"document": source.document, "sentence": source.sentence,
             "offset": list(source.offset)} for source in sources]


def _sources_from(items: list[dict[str, Any]]) -> list[Source]:
    return [Source(item["document"], item["sentence"], tuple(item["offset"]))  # type: ignore[arg-type]
            for item in items]


def event_payload(event: Event) -> dict[str, Any]:
    """What an event row keeps beyond its dates and statement."""
    return {
        "people": list(event.people),
        "places": list(event.places),
        "numbers": [{"value": number.value, "unit": number.unit, "text": number.text}
                    for number in event.numbers],
        "sources": _sources(event.sources),
    }


def event_from_row(start: str, end: str, precision: str, date_text: str, statement: str,
                   payload: dict[str, Any]) -> Event:
    return Event(
        span=DateSpan(Ymd.parse(start), Ymd.parse(end), precision, date_text),  # type: ignore[arg-type]
        statement=statement,
        people=list(payload.get("people", [])),
        places=list(payload.get("places", [])),
        numbers=[KeyNumber(item["value"], item["unit"], item["text"])
                 for item in payload.get("numbers", [])],
        sources=_sources_from(payload.get("sources", [])),
    )


def figure_payload(figure: Figure) -> dict[str, Any]:
    return {
        "aliases": list(figure.aliases),
        "roles": list(figure.roles),
        "documents": list(figure.documents),
        "sources": _sources(figure.sources),
    }


def figure_from_row(name: str, minor: bool, payload: dict[str, Any]) -> Figure:
    return Figure(
        name=name,
        aliases=list(payload.get("aliases", [])),
        roles=list(payload.get("roles", [])),
        minor=minor,
        documents=list(payload.get("documents", [])),
        sources=_sources_from(payload.get("sources", [])),
    )
