"""Whole review sessions through StudySession on a real SQLite file, checked in the database."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from studyapp.model import Question, QuizSet
from studyapp.services.library import ensure_profile, import_set
from studyapp.services.study import StudySession, proposed_rating
from studyapp.settings import Settings
from studyapp.store import database_path, open_store

BERLIN = ZoneInfo("Europe/Berlin")
# 10:00 in Berlin on a winter day.
MORNING = datetime(2026, 1, 12, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def questions(count: int, *, prefix: str = "q", fact_of=lambda i: f"fact {i}", status="ready"):
    return [
        Question(id=f"{prefix}{i}", kind="typed", prompt=f"Prompt {i}?", answer=f"Answer {i}",
                 fact=fact_of(i), status=status)
        for i in range(count)
    ]


@pytest.fixture
def library(tmp_path):
    """A store holding one imported set; yields (store, profile id, set id, home)."""
    home = tmp_path / "home"
    store = open_store(home)
    profile = ensure_profile(store)
    drafts = questions(2, prefix="d", fact_of=lambda i: f"draft {i}", status="draft")
    quizset = QuizSet(title="Set", questions=questions(6) + drafts)
    set_id = import_set(store, quizset, file=tmp_path / "set.quiz.yaml", bundled=False)
    yield store, profile, set_id, home
    store.close()


def rows(home: Path, sql: str, *args) -> list[tuple]:
    connection = sqlite3.connect(database_path(home))
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def snapshot(home: Path) -> tuple[list[tuple], list[tuple]]:
    return (
        rows(home, "SELECT * FROM card_state ORDER BY question_id"),
        rows(home, "SELECT * FROM review_log ORDER BY id"),
    )


def session(library, clock, **settings) -> StudySession:
    store, profile, set_id, _home = library
    return StudySession(store, profile, [set_id], Settings(**settings), clock, tz=BERLIN)


def test_new_cards_are_answered_logged_and_come_back_through_learning_steps(library):
    home = library[3]
    clock = Clock(MORNING)
    study = session(library, clock, new_per_day=3)
    assert study.counts() == (3, 0, 0)
    seen = []
    for _ in range(3):
        card = study.next_card()
        assert card.is_new and card.question.status == "ready"
        seen.append(card.question_id)
        study.answer(card, 3, duration_ms=4000)
        clock.advance(seconds=5)
    assert seen == ["q0", "q1", "q2"]
    assert study.counts() == (0, 3, 0)
    # Nothing else to study: a learning card due within 20 minutes is shown early.
    again = study.next_card()
    assert again.question_id == "q0" and not again.is_new
    study.answer(again, 3, duration_ms=2000)
    states = rows(home, "SELECT question_id, state, step FROM card_state ORDER BY question_id")
    assert states == [("q0", 2, None), ("q1", 1, 1), ("q2", 1, 1)]
    logs = rows(home, "SELECT question_id, rating, duration_ms, previous FROM review_log")
    assert [(q, r, d) for q, r, d, _ in logs] == [
        ("q0", 3, 4000), ("q1", 3, 4000), ("q2", 3, 4000), ("q0", 3, 2000)
    ]
    assert [p for *_, p in logs][:3] == [None, None, None]
    assert json.loads(logs[3][3])["state"] == 1
    summary = study.summary()
    assert (summary.cards, summary.again, summary.new, summary.seconds) == (4, 0, 3, 14.0)
    assert summary.by_rating == {1: 0, 2: 0, 3: 4, 4: 0}


def test_buttons_show_the_interval_the_card_gets(library):
    home = library[3]
    clock = Clock(MORNING)
    study = session(library, clock)
    card = study.next_card()
    shown = study.intervals(card)
    assert shown[1] == timedelta(minutes=1) and shown[3] == timedelta(minutes=10)
    study.answer(card, 4)
    (due,) = rows(home, "SELECT due FROM card_state WHERE question_id = ?", card.question_id)[0]
    assert datetime.fromisoformat(due) - clock.now == shown[4]


def test_undo_restores_card_states_and_logs_exactly_over_several_steps(library):
    home = library[3]
    clock = Clock(MORNING)
    study = session(library, clock)
    first = study.next_card()
    study.answer(first, 3)
    clock.advance(minutes=11)
    study.answer(study.next_card(), 3)  # q0 again: leaves learning for review
    before = snapshot(home)
    answered = []
    for rating in (1, 4, 2):
        clock.advance(seconds=30)
        card = study.next_card()
        answered.append(card.question_id)
        study.answer(card, rating)
    assert snapshot(home) != before
    for question_id in reversed(answered):
        assert study.undo().question_id == question_id
    assert snapshot(home) == before
    assert study.next_card().question_id == answered[0]
    summary = study.summary()
    assert summary.cards == 2 and summary.by_rating == {1: 0, 2: 0, 3: 2, 4: 0}


def test_undo_gives_back_a_learned_card_in_its_old_state(library):
    home = library[3]
    clock = Clock(MORNING)
    study = session(library, clock, new_per_day=1)
    card = study.next_card()
    study.answer(card, 4)  # easy: straight to review, due in days
    clock.advance(days=30)
    study = session(library, clock, new_per_day=1)
    review = study.next_card()
    assert review.question_id == card.question_id and not review.is_new
    before = snapshot(home)
    study.answer(review, 1)
    assert rows(home, "SELECT state FROM card_state WHERE question_id = ?", card.question_id) == [
        (3,)
    ]
    restored = study.undo()
    assert snapshot(home) == before
    assert restored.memory == review.memory


def test_suspend_and_bury_take_cards_away_until_undone_or_tomorrow(library):
    home = library[3]
    clock = Clock(MORNING)
    study = session(library, clock)
    suspended = study.next_card()
    study.suspend(suspended)
    buried = study.next_card()
    study.bury(buried)
    assert rows(home, "SELECT question_id, suspended, buried_until FROM card_state") == [
        ("q0", 1, None), ("q1", 0, "2026-01-13"),
    ]
    shown = set()
    while (card := study.next_card()) is not None:
        shown.add(card.question_id)
        study.answer(card, 4)
    assert shown == {"q2", "q3", "q4", "q5"}
    clock.advance(days=1)  # the next study day, before anything learned today is due
    tomorrow = session(library, clock)
    shown_tomorrow = []
    while (card := tomorrow.next_card()) is not None:
        shown_tomorrow.append(card.question_id)
        tomorrow.answer(card, 4)
    assert shown_tomorrow == ["q1"]  # back from burial; the suspended one stays away


def test_undoing_a_suspend_of_a_new_card_removes_the_row_it_made(library):
    home = library[3]
    study = session(library, Clock(MORNING))
    card = study.next_card()
    study.suspend(card)
    assert study.next_card().question_id != card.question_id
    assert study.undo().question_id == card.question_id
    assert rows(home, "SELECT count(*) FROM card_state") == [(0,)]
    assert study.next_card().question_id == card.question_id


def test_flag_and_edit_change_the_card_but_not_its_schedule(library):
    home = library[3]
    clock = Clock(MORNING)
    study = session(library, clock)
    card = study.next_card()
    flagged = study.flag(card, 2)
    assert flagged.flag == 2 and study.next_card().question_id == card.question_id
    edited = study.edit(flagged, "Which prompt?", "This answer")
    assert edited.question.prompt == "Which prompt?"
    payload = json.loads(rows(home, "SELECT payload FROM question WHERE id = 'q0'")[0][0])
    assert (payload["prompt"], payload["answer"]) == ("Which prompt?", "This answer")
    study.answer(card, 3)  # the card as first shown: the flag and the edit still stand
    assert rows(home, "SELECT flag, state FROM card_state WHERE question_id = 'q0'") == [(2, 1)]
    payload = json.loads(rows(home, "SELECT payload FROM question WHERE id = 'q0'")[0][0])
    assert payload["prompt"] == "Which prompt?"


def test_a_typed_answer_proposes_good_when_right_and_again_when_wrong(library):
    study = session(library, Clock(MORNING))
    card = study.next_card()
    assert card.question.answer == "Answer 0"
    assert proposed_rating(card.question, "answer-0") == 3
    assert proposed_rating(card.question, "Answer 1") == 1
    assert proposed_rating(card.question, "") == 1


def test_questions_on_one_fact_are_not_studied_on_the_same_day(tmp_path):
    store = open_store(tmp_path / "home")
    profile = ensure_profile(store)
    quizset = QuizSet(title="Pairs", questions=questions(4, fact_of=lambda i: f"fact {i // 2}"))
    set_id = import_set(store, quizset, file=tmp_path / "pairs.quiz.yaml", bundled=False)
    clock = Clock(MORNING)
    study = StudySession(store, profile, [set_id], Settings(), clock, tz=BERLIN)
    shown = []
    while (card := study.next_card()) is not None:
        shown.append(card.question_id)
        study.answer(card, 4)
    assert shown == ["q0", "q2"]
    clock.advance(days=1)
    study = StudySession(store, profile, [set_id], Settings(), clock, tz=BERLIN)
    assert study.next_card().question_id == "q1"
    store.close()


def test_daily_new_limit_resets_at_the_rollover_hour_in_local_time(library):
    # 03:30 in Berlin on the night clocks go forward (29 March 2026, 2 am becomes 3 am).
    clock = Clock(datetime(2026, 3, 29, 1, 30, tzinfo=UTC))
    study = session(library, clock, new_per_day=1, rollover_hour=4)
    assert study.today().isoformat() == "2026-03-28"
    study.answer(study.next_card(), 4)
    assert study.next_card() is None
    clock.advance(minutes=29)  # 03:59 local
    assert study.next_card() is None
    clock.advance(minutes=1)  # 04:00 local: a new day, a new card
    card = study.next_card()
    assert card is not None and card.is_new and card.question_id == "q1"
    assert study.today().isoformat() == "2026-03-29"


def test_daily_review_limit_counts_reviews_already_done_today(library):
    clock = Clock(MORNING)
    study = session(library, clock)
    while (card := study.next_card()) is not None:
        study.answer(card, 4)
    clock.advance(days=60)  # everything is due again
    study = session(library, clock, reviews_per_day=4)
    assert study.counts() == (0, 0, 4)
    study.answer(study.next_card(), 3)
    study.answer(study.next_card(), 3)
    later = session(library, clock, reviews_per_day=4)  # the app restarted the same day
    assert later.counts() == (0, 0, 2)


def test_drafts_are_studied_only_when_asked(library):
    store, profile, set_id, _home = library
    clock = Clock(MORNING)
    plain = session(library, clock, new_per_day=100)
    assert plain.counts() == (6, 0, 0)
    with_drafts = StudySession(store, profile, [set_id], Settings(new_per_day=100), clock,
                               tz=BERLIN, include_drafts=True)
    assert with_drafts.counts() == (8, 0, 0)


def test_drafts_can_be_included_for_some_sets_only_and_never_for_bundled_ones(library, tmp_path):
    store, profile, set_id, _home = library
    drafts = questions(2, prefix="b", fact_of=lambda i: f"bundled draft {i}", status="draft")
    bundled = import_set(store, QuizSet(title="Shipped", questions=drafts),
                         file=tmp_path / "shipped.quiz.yaml", bundled=True)
    settings = Settings(new_per_day=100)

    def new_cards(include_drafts):
        study = StudySession(store, profile, [set_id, bundled], settings, Clock(MORNING),
                             tz=BERLIN, include_drafts=include_drafts)
        return study.counts()[0]

    assert new_cards([set_id]) == 8
    assert new_cards([bundled]) == 6
    assert new_cards([set_id, bundled]) == new_cards(True) == 8
    assert new_cards([]) == new_cards(False) == 6


def test_an_answer_survives_a_killed_process(library):
    _store, profile, set_id, home = library
    script = f"""
import os
from pathlib import Path
from studyapp.services.study import StudySession, proposed_rating
from studyapp.settings import Settings
from studyapp.store import open_store
study = StudySession(open_store(Path({str(home)!r})), {profile}, [{set_id}], Settings())
study.answer(study.next_card(), 3)
study.answer(study.next_card(), 1)
os._exit(9)
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parent.parent)
    assert result.returncode == 9
    assert rows(home, "SELECT question_id, rating FROM review_log") == [("q0", 3), ("q1", 1)]
    assert rows(home, "SELECT count(*) FROM card_state") == [(2,)]


def test_only_flashcards_cloze_and_typed_questions_are_reviewed(tmp_path):
    """Multiple choice, true/false, ordering and matching questions belong to quizzes: a
    session over a set mixing every kind never shows them as cards, nor counts them."""
    from studyapp.model import OrderItem, Ymd

    store = open_store(tmp_path / "home")
    profile = ensure_profile(store)
    quizset = QuizSet(title="Mixed", questions=[
        Question("mc", "multiple_choice", "Where?", "Paris", options=["Paris", "Rome"],
                 fact="f-mc", status="ready"),
        Question("flash", "flashcard", "When?", "1848", fact="f-flash", status="ready"),
        Question("tf", "true_false", "It rained.", "True", fact="f-tf", status="ready"),
        Question("order", "ordering", "Order these", items=[
            OrderItem("First", Ymd(1848, 1, 1)), OrderItem("Second", Ymd(1849, 1, 1))],
            fact="f-order", status="ready"),
        Question("cloze", "cloze", "It began in ____.", "1848", fact="f-cloze", status="ready"),
        Question("match", "matching", "Match", pairs=[("a", "1"), ("b", "2")],
                 fact="f-match", status="ready"),
        Question("typed", "typed", "Which city?", "Vienna", fact="f-typed", status="ready"),
    ])
    set_id = import_set(store, quizset, file=tmp_path / "mixed.quiz.yaml", bundled=False)
    clock = Clock(MORNING)
    with StudySession(store, profile, [set_id], Settings(), clock, tz=BERLIN) as study:
        assert study.counts() == (3, 0, 0)
        shown = []
        while (card := study.next_card()) is not None:
            shown.append(card.question.kind)
            study.answer(card, 4)
    assert shown == ["flashcard", "cloze", "typed"]
    store.close()


def test_a_card_read_ahead_is_the_card_a_fresh_read_gives(tmp_path):
    """Prefetching while a card is shown changes nothing the learner sees or the database
    keeps: two sessions, one reading ahead at every card, through answers of every grade,
    learning cards coming back, undo, flag, edit and bury."""

    def run(name: str, read_ahead: bool):
        home = tmp_path / name
        store = open_store(home)
        profile = ensure_profile(store)
        set_id = import_set(store, QuizSet(title="Set", questions=questions(8)),
                            file=tmp_path / "set.quiz.yaml", bundled=False)
        clock = Clock(MORNING)
        study = StudySession(store, profile, [set_id], Settings(new_per_day=6), clock, tz=BERLIN)
        shown = []
        for step in range(40):
            card = study.next_card()
            if card is None:
                break
            shown.append(card)
            if read_ahead:
                study.prefetch()
            if step == 5:
                study.flag(card, 2)
            elif step == 7:
                study.edit(card, "Edited?", "Edited")
            elif step == 9:
                study.undo()
                continue
            elif step == 12:
                study.bury(card)
                continue
            study.answer(card, (1, 3, 2, 4, 3)[step % 5], duration_ms=1000)
            clock.advance(minutes=3)
        study.close()
        store.close()
        return shown, snapshot(home)

    plain, plain_rows = run("plain", read_ahead=False)
    ahead, ahead_rows = run("ahead", read_ahead=True)
    assert len(plain) > 15  # learning cards came back, so guesses were proved wrong too
    assert [(c.question_id, c.question, c.memory, c.stored, c.flag) for c in ahead] == [
        (c.question_id, c.question, c.memory, c.stored, c.flag) for c in plain]
    assert ahead_rows == plain_rows


def test_a_store_of_another_database_runs_the_same_sql_through_sqlalchemy(tmp_path):
    """A store without a SQLite file of its own (another database, as ``open_store`` makes
    for a non-SQLite URL) has no sqlite3 fast path: answers, reads ahead and undo still work."""
    from sqlalchemy import create_engine
    from sqlmodel import SQLModel

    from studyapp.store.engine import Store

    engine = create_engine(f"sqlite:///{tmp_path / 'other.db'}")
    SQLModel.metadata.create_all(engine)
    store = Store(engine, None)
    profile = ensure_profile(store)
    set_id = import_set(store, QuizSet(title="Set", questions=questions(3)),
                        file=tmp_path / "set.quiz.yaml", bundled=False)
    clock = Clock(MORNING)
    with StudySession(store, profile, [set_id], Settings(), clock, tz=BERLIN) as study:
        first = study.next_card()
        study.prefetch()
        study.answer(first, 3)
        second = study.next_card()
        assert (first.question_id, second.question_id) == ("q0", "q1")
        study.answer(second, 4)
        assert study.undo().question_id == "q1"
    connection = sqlite3.connect(tmp_path / "other.db")
    assert connection.execute("SELECT question_id, rating FROM review_log").fetchall() == [
        ("q0", 3)]
    assert connection.execute("SELECT question_id FROM card_state").fetchall() == [("q0",)]
    connection.close()
    store.close()
