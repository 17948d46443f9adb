"""A question's content as the JSON ``payload`` of its row, and back.

The row keeps what queries filter on (id, kind, fact, status); everything else of
``model.Question`` goes into the payload, so adding a question field needs no schema change.
"""

from __future__ import annotations

from typing import Any

from studyapp.model import OrderItem, Question, Source, Ymd


def question_payload(question: Question) -> dict[str, Any]:
    return {
        "prompt": question.prompt,
        "answer": question.answer,
        "options": list(question.options),
        "items": [{"text": item.text, "start": item.start.iso()} for item in question.items],
        "pairs": [list(pair) for pair in question.pairs],
        "accept": list(question.accept),
        "source": None if question.source is None else {
            "document": question.source.document,
            "sentence": question.source.sentence,
            "offset": list(question.source.offset),
        },
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
            OrderItem(item["text"], Ymd.parse(item["start"])) for item in payload.get("items", [])
        ],
        pairs=[(left, right) for left, right in payload.get("pairs", [])],
        accept=list(payload.get("accept", [])),
        fact=fact,
        source=None if source is None else Source(
            source["document"], source["sentence"], tuple(source["offset"])  # type: ignore[arg-type]
        ),
        status=status,  # type: ignore[arg-type]
        tags=list(payload.get("tags", [])),
        difficulty=payload.get("difficulty"),
    )
