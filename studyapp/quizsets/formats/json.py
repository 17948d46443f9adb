"""{"questions": [...]}: every question with what a program needs to ask and grade it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from studyapp.files import write_atomically
from studyapp.model import Question, QuizSet
from studyapp.quizsets.schema import chronological

NAME = "json"
SUFFIX = ".json"


def write(quizset: QuizSet, path: Path) -> None:
    write_atomically(Path(path), json.dumps(to_json(quizset), ensure_ascii=False, indent=2) + "\n")


def to_json(quizset: QuizSet) -> dict[str, Any]:
    return {
        "title": quizset.title,
        "documents": [{"name": ref.name, "title": ref.title} for ref in quizset.documents],
        "questions": [question_json(question) for question in quizset.questions],
    }


def question_json(question: Question) -> dict[str, Any]:
    result: dict[str, Any] = {"id": question.id, "kind": question.kind, "prompt": question.prompt}
    if question.kind == "ordering":
        result["items"] = [item.as_plain() for item in question.items]
        result["answer"] = [item.text for item in chronological(question.items)]
    elif question.kind == "matching":
        result["pairs"] = [[left, right] for left, right in question.pairs]
        result["answer"] = [[left, right] for left, right in question.pairs]
    else:
        result["answer"] = question.answer
        if question.kind == "multiple_choice":
            result["options"] = list(question.options)
        if question.accept:
            result["accept"] = list(question.accept)
    source = question.source
    result["fact"] = question.fact
    result["source"] = ({"document": source.document, "sentence": source.sentence}
                        if source else None)
    result["status"] = question.status
    return result
