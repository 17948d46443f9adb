"""Quizzes: pick questions from sets, grade answers (with partial credit), keep attempts.

A quiz is a test, not a review: its answers count towards mastery (the library reads the last
quiz answer of each question) but never move a card's spaced-repetition schedule.

Responses by kind: a string for flashcard, cloze, typed and multiple choice; a bool (or
"True"/"False") for true/false; the item texts in the learner's order for ordering; the
learner's (left, right) pairs, or a dict left -> right, for matching.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, text

from studyapp.answers import answers_match
from studyapp.model import Question
from studyapp.srs.scheduler import Phase
from studyapp.store.codec import question_from_row

if TYPE_CHECKING:
    from studyapp.store.engine import Store

TRUE_FALSE = {True: "True", False: "False"}

_QUESTIONS = text(
    "SELECT q.id, q.kind, q.fact, q.status, q.payload, c.state FROM question q"
    " LEFT JOIN card_state c ON c.question_id = q.id AND c.profile_id = :profile"
    " WHERE q.set_id IN :sets AND q.kind IN :kinds AND q.status = 'ready'"
    " ORDER BY q.set_id, q.position, q.id"
).bindparams(bindparam("sets", expanding=True), bindparam("kinds", expanding=True))
_QUIZ_ANSWERS = text(
    "SELECT a.question_id, a.correct FROM quiz_answer a"
    " JOIN quiz_attempt t ON t.id = a.attempt_id WHERE t.profile_id = :profile ORDER BY a.id"
)


@dataclass(frozen=True)
class Grade:
    """How well a response answers a question: ``score`` 0..1, and the right answer to show."""

    score: float
    correct: bool
    expected: str


def build_quiz(
    store: Store,
    profile_id: int,
    set_ids: Iterable[int],
    count: int,
    kinds: Iterable[str],
    seed: int | None = None,
) -> list[Question]:
    """Up to ``count`` ready questions of the given kinds, in random order (``seed`` repeats it).

    A fact is asked once before any fact is asked twice, so a short quiz covers as much as it
    can; within that, questions the learner does not know yet come first.
    """
    with store.engine.connect() as connection:
        rows = connection.execute(_QUESTIONS, {
            "profile": profile_id, "sets": list(set_ids) or [-1], "kinds": list(kinds) or [""],
        }).all()
        last_quiz_answer = dict(connection.execute(_QUIZ_ANSWERS, {"profile": profile_id}).all())
    rng = random.Random(seed)
    rows = list(rows)
    rng.shuffle(rows)

    def known(row: Sequence[Any]) -> bool:
        return row[5] == Phase.REVIEW or bool(last_quiz_answer.get(row[0]))

    rows.sort(key=known)  # stable: the unknown ones first, each group still shuffled
    first_of_fact, repeats, facts = [], [], set()
    for row in rows:
        fact = row[2]
        (repeats if fact and fact in facts else first_of_fact).append(row)
        facts.add(fact)
    chosen = (first_of_fact + repeats)[:count]
    rng.shuffle(chosen)
    return [question_from_row(*_question_columns(row)) for row in chosen]


def grade(question: Question, response: Any) -> Grade:
    """Grade one response; ordering and matching get partial credit."""
    if question.kind == "ordering":
        return _grade_ordering(question, response)
    if question.kind == "matching":
        return _grade_matching(question, response)
    if question.kind == "true_false":
        said = TRUE_FALSE.get(response, str(response)).strip().casefold()
        right = said == question.answer.casefold()
    elif question.kind == "multiple_choice":
        right = str(response).strip().casefold() == question.answer.strip().casefold()
    else:
        right = answers_match(str(response or ""), question.answer, question.accept)
    return Grade(1.0 if right else 0.0, right, question.answer)


def record_attempt(
    store: Store,
    profile_id: int,
    set_ids: Iterable[int],
    graded: Sequence[tuple[Question, Any, Grade]],
    started: datetime,
    finished: datetime,
) -> int:
    """Keep a finished quiz and each graded answer, in one transaction; the attempt's id."""
    from studyapp.store.tables import QuizAnswer, QuizAttempt

    score = sum(g.score for _q, _r, g in graded) / len(graded) if graded else 0.0
    with store.session() as session:
        attempt = QuizAttempt(
            profile_id=profile_id, set_ids=list(set_ids), started=started, finished=finished,
            score=score, question_count=len(graded),
        )
        session.add(attempt)
        session.flush()
        for position, (question, response, result) in enumerate(graded):
            session.add(QuizAnswer(
                attempt_id=attempt.id, question_id=question.id, position=position,
                response=_jsonable(response), score=result.score, correct=result.correct,
            ))
        return attempt.id


def _grade_ordering(question: Question, response: Sequence[str]) -> Grade:
    """Kendall-style credit: the share of item pairs the learner put in the right order."""
    chronological = sorted(question.items, key=lambda item: item.start)
    expected = " → ".join(item.text for item in chronological)
    start_of = {item.text: item.start for item in question.items}
    placed = [start_of[text] for text in response if text in start_of]
    if len(placed) != len(question.items):
        return Grade(0.0, False, expected)
    pairs = [(a, b) for i, a in enumerate(placed) for b in placed[i + 1:]]
    # Items on the same date may come in either order.
    score = sum(a <= b for a, b in pairs) / len(pairs) if pairs else 1.0
    return Grade(score, score == 1.0, expected)


def _grade_matching(question: Question, response: Mapping[str, str] | Iterable) -> Grade:
    """The share of the question's pairs the learner matched."""
    chosen = dict(response.items() if isinstance(response, Mapping) else response)
    expected = "; ".join(f"{left} – {right}" for left, right in question.pairs)
    if not question.pairs:
        return Grade(0.0, False, expected)
    right = sum(chosen.get(left) == answer for left, answer in question.pairs)
    score = right / len(question.pairs)
    return Grade(score, score == 1.0, expected)


def _question_columns(row: Sequence[Any]) -> tuple[str, str, str, str, dict]:
    question_id, kind, fact, status, payload = row[:5]
    content = json.loads(payload) if isinstance(payload, str) else payload
    return question_id, kind, fact, status, content


def _jsonable(response: Any) -> Any:
    if isinstance(response, Mapping):
        return {str(key): value for key, value in response.items()}
    if isinstance(response, tuple | list):
        return [_jsonable(item) for item in response]
    return response
