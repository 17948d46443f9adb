"""Quizzes: building from sets, grading with partial credit, attempts kept, schedule untouched."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.model import OrderItem, Question, QuizSet, Ymd
from studyapp.services.library import ensure_profile, import_set
from studyapp.services.quiz import Grade, build_quiz, grade, record_attempt
from studyapp.services.study import StudySession
from studyapp.settings import Settings
from studyapp.store import database_path, open_store

NOW = datetime(2026, 5, 4, 8, tzinfo=UTC)

ORDERING = Question(
    id="order", kind="ordering", prompt="Put in order", fact="order",
    items=[OrderItem("C", Ymd(1850, 1, 1)), OrderItem("A", Ymd(1789, 7, 14)),
           OrderItem("D", Ymd(1900, 1, 1)), OrderItem("B", Ymd(1815, 6, 18))],
)
MATCHING = Question(
    id="match", kind="matching", prompt="Match", fact="match",
    pairs=[("one", "1"), ("two", "2"), ("three", "3"), ("four", "4")],
)


def test_ordering_gets_credit_for_each_pair_in_the_right_order():
    assert grade(ORDERING, ["A", "B", "C", "D"]) == Grade(1.0, True, "A → B → C → D")
    swapped = grade(ORDERING, ["B", "A", "C", "D"])  # one of six pairs wrong
    assert swapped.score == pytest.approx(5 / 6) and not swapped.correct
    assert grade(ORDERING, ["D", "C", "B", "A"]).score == 0.0
    assert grade(ORDERING, ["A", "B"]).score == 0.0  # items missing


def test_items_on_the_same_date_may_come_in_either_order():
    tie = Question(id="t", kind="ordering", prompt="?", items=[
        OrderItem("x", Ymd(1900, 1, 1)), OrderItem("y", Ymd(1900, 1, 1)),
        OrderItem("z", Ymd(1901, 1, 1)),
    ])
    assert grade(tie, ["y", "x", "z"]).correct
    assert grade(tie, ["x", "y", "z"]).correct


def test_matching_gets_credit_for_each_right_pair():
    assert grade(MATCHING, {"one": "1", "two": "2", "three": "3", "four": "4"}).correct
    half = grade(MATCHING, [("one", "1"), ("two", "2"), ("three", "4"), ("four", "3")])
    assert half.score == 0.5 and not half.correct
    assert half.expected == "one – 1; two – 2; three – 3; four – 4"


def test_typed_choice_and_true_false_answers():
    typed = Question(id="t", kind="typed", prompt="?", answer="Jean-Paul Marat",
                     accept=["Marat"])
    assert grade(typed, "jean paul marat").correct
    assert grade(typed, "marat").score == 1.0
    assert grade(typed, "Danton") == Grade(0.0, False, "Jean-Paul Marat")
    choice = Question(id="c", kind="multiple_choice", prompt="?", answer="1848",
                      options=["1830", "1848", "1871"])
    assert grade(choice, "1848").correct and not grade(choice, "1830").correct
    claim = Question(id="f", kind="true_false", prompt="?", answer="False")
    assert grade(claim, False).correct and grade(claim, "false").correct
    assert not grade(claim, True).correct


def kinds_set() -> QuizSet:
    typed = [Question(id=f"t{i}", kind="typed", prompt=f"{i}?", answer=str(i), fact=f"f{i % 3}",
                      status="ready") for i in range(6)]
    draft = Question(id="draft", kind="typed", prompt="?", answer="x", fact="d", status="draft")
    ordering = Question(**{**ORDERING.__dict__, "status": "ready"})
    matching = Question(**{**MATCHING.__dict__, "status": "ready"})
    return QuizSet(title="Quiz", questions=[*typed, draft, ordering, matching])


@pytest.fixture
def quiz_library(tmp_path):
    store = open_store(tmp_path)
    profile = ensure_profile(store)
    set_id = import_set(store, kinds_set(), file=tmp_path / "quiz.quiz.yaml", bundled=False)
    yield store, profile, set_id, tmp_path
    store.close()


def test_a_quiz_draws_ready_questions_of_the_chosen_kinds_one_fact_first(quiz_library):
    store, profile, set_id, _home = quiz_library
    quiz = build_quiz(store, profile, [set_id], 3, ["typed"], seed=1)
    assert len(quiz) == 3 and all(q.kind == "typed" for q in quiz)
    assert len({q.fact for q in quiz}) == 3  # three facts before any repeats
    assert [q.id for q in build_quiz(store, profile, [set_id], 3, ["typed"], seed=1)] == [
        q.id for q in quiz
    ]
    everything = build_quiz(store, profile, [set_id], 50, ["typed", "ordering", "matching"], 2)
    assert {q.id for q in everything} == {"t0", "t1", "t2", "t3", "t4", "t5", "order", "match"}
    assert next(q for q in everything if q.id == "order").items == ORDERING.items


def test_attempts_are_stored_and_leave_the_schedule_alone(quiz_library):
    store, profile, set_id, home = quiz_library
    clock = lambda: NOW  # noqa: E731
    study = StudySession(store, profile, [set_id], Settings(), clock)
    study.answer(study.next_card(), 4)

    def schedule():
        connection = sqlite3.connect(database_path(home))
        try:
            return (connection.execute("SELECT * FROM card_state ORDER BY question_id").fetchall(),
                    connection.execute("SELECT * FROM review_log ORDER BY id").fetchall())
        finally:
            connection.close()

    before = schedule()
    quiz = build_quiz(store, profile, [set_id], 10, ["typed", "ordering", "matching"], seed=3)
    responses = {"order": ["B", "A", "C", "D"], "match": {"one": "1", "two": "3"}}
    graded = [(q, responses.get(q.id, q.answer), grade(q, responses.get(q.id, q.answer)))
              for q in quiz]
    attempt = record_attempt(store, profile, [set_id], graded, NOW, NOW + timedelta(minutes=4))

    assert schedule() == before
    connection = sqlite3.connect(database_path(home))
    stored = connection.execute(
        "SELECT profile_id, set_ids, score, question_count FROM quiz_attempt WHERE id = ?",
        (attempt,)).fetchone()
    answers = dict(connection.execute(
        "SELECT question_id, score FROM quiz_answer WHERE attempt_id = ?", (attempt,)).fetchall())
    connection.close()
    expected_total = (6 + 5 / 6 + 0.25) / 8
    assert stored[0] == profile and stored[1] == f"[{set_id}]" and stored[3] == 8
    assert stored[2] == pytest.approx(expected_total)
    assert answers["order"] == pytest.approx(5 / 6) and answers["match"] == 0.25
    assert answers["t1"] == 1.0


def test_right_quiz_answers_count_towards_mastery_and_move_known_questions_back(quiz_library):
    from studyapp.services.library import library_summary

    store, profile, set_id, home = quiz_library
    assert library_summary(home, profile, NOW)[0].mastery == 0.0
    typed = {q.id: q for q in build_quiz(store, profile, [set_id], 10, ["typed"], seed=5)}
    known = [typed["t0"], typed["t3"], typed["t1"]]  # all of fact f0, one of f1
    record_attempt(store, profile, [set_id], [(q, q.answer, grade(q, q.answer)) for q in known],
                   NOW, NOW)
    assert library_summary(home, profile, NOW)[0].mastery == pytest.approx(3 / 8)
    for seed in range(5):
        next_quiz = build_quiz(store, profile, [set_id], 2, ["typed"], seed=seed)
        assert {q.fact for q in next_quiz} == {"f1", "f2"}
        assert {q.id for q in next_quiz} <= {"t4", "t2", "t5"}
