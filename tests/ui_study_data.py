"""A small library for the Review and Quiz screen tests: one set with a question of every kind,
imported through the real library service into a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studyapp.model import DocumentRef, OrderItem, Question, QuizSet, Source, Ymd
from studyapp.services.library import ensure_profile, import_set
from studyapp.settings import Settings
from studyapp.store import database_path, open_store
from studyapp.ui.state import AppState

# Noon on a weekday, well away from the 04:00 rollover in any time zone's morning.
NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
DOCUMENT = DocumentRef("notes.md", "Notes on the Revolutions")


class Clock:
    def __init__(self, start: datetime = NOON) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def source(sentence: str) -> Source:
    return Source(DOCUMENT.name, sentence, (0, len(sentence)))


def review_questions() -> list[Question]:
    """Flashcards, a cloze and a typed question, each on its own fact, in study order."""
    return [
        Question("card-1", "flashcard", "When did the barricades go up in Paris?", "1848",
                 fact="paris", source=source("Barricades went up in Paris in 1848."),
                 status="ready"),
        Question("card-2", "flashcard", "Who led the assembly?", "The president",
                 fact="assembly", status="ready"),
        Question("card-3", "flashcard", "Which city rose first?", "Palermo",
                 fact="palermo", status="ready"),
        Question("cloze-1", "cloze", "Fill in the blank: The revolution began in ____ 1848.",
                 "February",
                 fact="february", status="ready"),
        Question("typed-1", "typed", "Which city hosted the parliament?", "Frankfurt am Main",
                 accept=["Frankfurt"], fact="parliament",
                 source=source("The parliament met in Frankfurt."), status="ready"),
    ]


def quiz_questions() -> list[Question]:
    """One question of every quiz kind."""
    return [
        Question("mc-1", "multiple_choice", "Where did the parliament meet?", "Frankfurt",
                 options=["Vienna", "Frankfurt", "Berlin", "Prague"], fact="q-parliament",
                 source=source("The parliament met in Frankfurt."), status="ready"),
        Question("tf-1", "true_false", "The revolution began in February.", "True",
                 fact="q-february", status="ready"),
        Question("order-1", "ordering", "Put these in order", "",
                 items=[OrderItem("Assembly opens", Ymd(1848, 5, 18)),
                        OrderItem("Uprising in Palermo", Ymd(1848, 1, 12)),
                        OrderItem("Constitution signed", Ymd(1849, 3, 28)),
                        OrderItem("Barricades in Paris", Ymd(1848, 2, 22))],
                 fact="q-order", status="ready"),
        Question("match-1", "matching", "Match each city with its year", "",
                 pairs=[("Paris", "1848"), ("Rome", "1849"), ("Vienna", "1847")],
                 fact="q-match", status="ready"),
        Question("typed-q", "typed", "Which city rose first?", "Palermo",
                 fact="q-palermo", status="ready"),
    ]


def open_library(home: Path, questions: list[Question], clock: Clock) -> tuple[AppState, int]:
    """A store at ``home`` holding one set of ``questions``; the app state and the set id."""
    store = open_store(home)
    profile_id = ensure_profile(store)
    quizset = QuizSet("Revolutions", documents=[DOCUMENT], questions=questions)
    set_id = import_set(store, quizset, file=home / "revolutions.quiz.yaml", bundled=False)
    settings = Settings(theme="light")
    return AppState(home, settings, profile_id, store, now=clock), set_id


def rows(home: Path, sql: str, *args) -> list[tuple]:
    connection = sqlite3.connect(database_path(home))
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()
