"""The review session: which card comes next, grading it, undo, suspend, bury, flag, edit.

Only the kinds Review studies (``model.REVIEW_KINDS``: flashcard, cloze, typed) are cards;
the other kinds are answered in a Quiz. The learner's day (from the rollover hour in their time
zone) decides what is due. When the day starts the session builds its queue once: learning
cards, reviews due today (oldest first, up to the daily limit), then new cards in set order
(up to the daily limit). A fact gets one new-or-review card a day: questions on the same fact
("siblings") wait for another day, as a card answered a minute ago would give its sibling away.

Answering is the hot path, measured in ``benchmarks/answer_latency.py`` and
``benchmarks/review_latency.py``: one transaction per answer (an INSERT into the log and an
upsert of the card state, no SELECT), so a killed process loses nothing answered. On an SQLite
file these two statements and the read of a card go through plain sqlite3, whose statement
cache keeps them prepared (SQLAlchemy's own work per statement costs more than SQLite's);
other databases run the same SQL through SQLAlchemy. While the learner looks at a card,
``prefetch`` reads the card likely to come next, so ``next_card`` after the answer usually
needs no query. Each review log row keeps the whole card state from before the answer, which
is what undo writes back.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, text

from studyapp.answers import answers_match
from studyapp.model import REVIEW_KINDS, Question
from studyapp.srs.days import day_start, study_day
from studyapp.srs.scheduler import Memory, Phase, Scheduler
from studyapp.store import fast, utc
from studyapp.store.codec import question_from_row, question_payload

if TYPE_CHECKING:
    from studyapp.settings import Settings
    from studyapp.store.engine import Store

# With nothing else left, a learning card due this soon is shown early instead of making the
# learner wait for it (Anki's "learn ahead limit").
LEARN_AHEAD = timedelta(minutes=20)
# How many answers go into the write-ahead log between two background checkpoints.
CHECKPOINT_EVERY = 100
CHECKPOINT_THREAD = "studyapp-checkpoint"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Card:
    """A question as it is about to be studied, with the learner's memory of it."""

    question_id: str
    question: Question
    is_new: bool
    memory: Memory
    flag: int = 0
    # The stored card_state row as read (None: no row yet), written back by undo.
    stored: dict[str, Any] | None = field(default=None, repr=False, compare=False)


@dataclass
class SessionSummary:
    """What the learner did in this session (undone answers are not counted)."""

    cards: int = 0
    again: int = 0
    seconds: float = 0.0
    by_rating: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})
    new: int = 0


@dataclass
class _UndoStep:
    card: Card
    log_id: int | None  # None: a suspend or bury, which wrote no log
    rating: int | None = None
    duration_ms: int | None = None


_CARD_COLUMNS = (
    "state", "step", "stability", "difficulty", "due", "last_review",
    "suspended", "buried_until", "flag",
)

# The hot path's SQL, in the :name style both sqlite3 and SQLAlchemy's text() take.
_FETCH_CARD = (
    "SELECT q.kind, q.fact, q.status, q.payload, " + ", ".join(f"c.{c}" for c in _CARD_COLUMNS)
    + " FROM question q LEFT JOIN card_state c"
    " ON c.question_id = q.id AND c.profile_id = :profile WHERE q.id = :question"
)
_WRITE_CARD = (
    "INSERT INTO card_state (profile_id, question_id, " + ", ".join(_CARD_COLUMNS) + ")"
    " VALUES (:profile, :question, " + ", ".join(f":{c}" for c in _CARD_COLUMNS) + ")"
    " ON CONFLICT (profile_id, question_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _CARD_COLUMNS)
)
_WRITE_LOG = (
    "INSERT INTO review_log (profile_id, question_id, rating, review_time, duration_ms, previous)"
    " VALUES (:profile, :question, :rating, :time, :duration, :previous) RETURNING id"
)
_DELETE_CARD = text(
    "DELETE FROM card_state WHERE profile_id = :profile AND question_id = :question"
)
_READ_LOG = text("SELECT previous FROM review_log WHERE id = :id")
_DELETE_LOG = text("DELETE FROM review_log WHERE id = :id")
_TODAYS_LOGS = text(
    "SELECT l.question_id, l.previous, q.fact FROM review_log l"
    " LEFT JOIN question q ON q.id = l.question_id"
    " WHERE l.profile_id = :profile AND l.review_time >= :start ORDER BY l.id"
)
_CANDIDATES = text(
    "SELECT q.id, q.fact, c.state, c.due FROM question q"
    " JOIN quiz_set s ON s.id = q.set_id"
    " LEFT JOIN card_state c ON c.question_id = q.id AND c.profile_id = :profile"
    " WHERE q.set_id IN :sets AND q.kind IN :kinds"
    " AND (q.status = 'ready' OR (s.bundled = 0 AND s.id IN :draft_sets))"
    " AND (c.question_id IS NULL OR ("
    "   c.suspended = 0 AND (c.buried_until IS NULL OR c.buried_until <= :today)"
    "   AND (c.state = 0 OR c.due < :day_end)))"
    " ORDER BY c.due IS NOT NULL, c.due, s.id, q.position, q.id"
).bindparams(*(bindparam(name, expanding=True) for name in ("sets", "kinds", "draft_sets")))
_PARAMETERS = text("SELECT fsrs_parameters FROM profile WHERE id = :profile")


class StudySession:
    """One learner studying some sets; see the module docstring for the order of cards."""

    def __init__(
        self,
        store: Store,
        profile_id: int,
        set_ids: Iterable[int],
        settings: Settings,
        now: Callable[[], datetime] = utc_now,
        *,
        tz: tzinfo | None = None,
        include_drafts: bool | Collection[int] = False,
    ) -> None:
        """``include_drafts``: study the drafts of imported sets too (True: of every set given,
        or only of the sets whose ids are given); a bundled set's drafts are never studied."""
        # The session's own connection, outside the pool: answering needs no checkout, and
        # its SQLite setting below stays with it.
        self._connection = store.engine.connect()
        self._connection.detach()
        # On an SQLite file, the sqlite3 connection under it runs the hot path's statements.
        self._sqlite: sqlite3.Connection | None = None
        self._checkpointer = None if store.path is None else _Checkpointer(store.path)
        if self._checkpointer is not None:
            self._connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
            self._connection.commit()
            self._sqlite = self._connection.connection.dbapi_connection
        self._profile = profile_id
        self._set_ids = list(set_ids)
        self._settings = settings
        self._now = now
        self._tz = tz
        chosen = set(self._set_ids if include_drafts is True else include_drafts or ())
        self._draft_sets = [set_id for set_id in self._set_ids if set_id in chosen]
        self._scheduler = Scheduler(settings.desired_retention, self._personal_parameters())
        self._undo: list[_UndoStep] = []
        self._summary = SessionSummary()
        self._day: date | None = None
        self._current: Card | None = None
        self._prefetched: Card | None = None  # read ahead by prefetch(), not yet shown
        self._front: list[str] = []  # cards given back by undo, shown before anything else
        self._learning: dict[str, datetime] = {}
        self._reviews: deque[str] = deque()
        self._new: deque[str] = deque()

    # -- what to study ---------------------------------------------------------------------

    def next_card(self) -> Card | None:
        """The card to show now, or None when the day's work in these sets is done."""
        now = self._now()
        if self._day != self.today(now):
            self._build_queue(now)
        if self._current is not None:
            return self._current
        while (question_id := self._pick(now)) is not None:
            card = self._take_prefetched(question_id) or self._fetch(question_id)
            if card is not None:
                self._current = card
                return card
            self._drop(question_id)  # removed from its set since the queue was built
        return None

    def prefetch(self) -> None:
        """Read the card likely to come after the one shown (as if it were answered), so
        ``next_card`` after the answer takes it from memory: call it while the learner looks
        at the card. A guess proved wrong by then (a learning card came due) costs nothing."""
        if self._current is None or self._day != self.today():
            return
        question_id = self._pick(self._now(), skip=self._current.question_id)
        prefetched = self._prefetched
        if question_id is not None and (prefetched is None
                                        or prefetched.question_id != question_id):
            self._prefetched = self._fetch(question_id)

    def intervals(self, card: Card) -> dict[int, timedelta]:
        """How long until the card comes back after each grade 1..4 (for the buttons)."""
        return self._scheduler.intervals(card.memory, self._now(), card.question_id)

    def counts(self) -> tuple[int, int, int]:
        """Cards left today: (new, learning, review)."""
        now = self._now()
        if self._day != self.today(now):
            self._build_queue(now)
        return len(self._new), len(self._learning), len(self._reviews)

    def summary(self) -> SessionSummary:
        return replace(self._summary, by_rating=dict(self._summary.by_rating))

    def close(self) -> None:
        """Release the session's connection (pending background work is finished first)."""
        if self._checkpointer is not None:
            self._checkpointer.wait()
        self._connection.close()

    @property
    def closed(self) -> bool:
        return self._connection.closed

    def __enter__(self) -> StudySession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def today(self, now: datetime | None = None) -> date:
        """The learner's study day at ``now``."""
        return study_day(now or self._now(), self._settings.rollover_hour, self._tz)

    # -- changing cards --------------------------------------------------------------------

    def answer(self, card: Card, rating: int, duration_ms: int | None = None) -> None:
        """Grade the card 1 (Again) .. 4 (Easy); committed before this returns."""
        if rating not in (1, 2, 3, 4):
            raise ValueError(f"rating must be 1, 2, 3 or 4, not {rating!r}")
        card = self._latest(card)
        now = self._now()
        after = self._scheduler.review(card.memory, rating, now, card.question_id)
        row = {**(card.stored or _new_row(card)), **_memory_row(after)}
        log = {
            "profile": self._profile, "question": card.question_id, "rating": rating,
            "time": utc.to_text(now), "duration": duration_ms,
            "previous": None if card.stored is None else json.dumps(card.stored),
        }
        log_id = self._write_answer(log, row)
        self._drop(card.question_id)
        if after.state in (Phase.LEARNING, Phase.RELEARNING) and after.due < self._day_end():
            self._learning[card.question_id] = after.due
        self._undo.append(_UndoStep(card, log_id, rating, duration_ms))
        self._count(card, rating, duration_ms, +1)
        if self._checkpointer is not None:
            self._checkpointer.answered()

    def undo(self) -> Card | None:
        """Take back the last answer, suspend or bury of this session; the card comes back."""
        if not self._undo:
            return None
        step = self._undo.pop()
        card = step.card
        with self._transaction() as connection:
            if step.log_id is not None:
                previous = connection.execute(_READ_LOG, {"id": step.log_id}).scalar_one()
                connection.execute(_DELETE_LOG, {"id": step.log_id})
                stored = json.loads(previous) if isinstance(previous, str) else previous
            else:
                stored = card.stored
            if stored is None:
                connection.execute(
                    _DELETE_CARD, {"profile": self._profile, "question": card.question_id}
                )
                self._forget_prefetched(card.question_id)
            else:
                self._write_card(connection, card.question_id, stored)
        if step.rating is not None:
            self._count(card, step.rating, step.duration_ms, -1)
        self._drop(card.question_id)
        self._requeue(card)
        self._current = None
        return self.next_card()

    def suspend(self, card: Card) -> None:
        """Never show this card again until it is unsuspended (undo does that)."""
        self._set_flags(card, suspended=True)

    def bury(self, card: Card) -> None:
        """Hide this card until the next study day."""
        tomorrow = self.today() + timedelta(days=1)
        self._set_flags(card, buried_until=tomorrow.isoformat())

    def flag(self, card: Card, flag: int) -> Card:
        """Mark the card with a coloured flag (0 removes it); it stays where it is."""
        card = self._latest(card)
        row = {**(card.stored or _new_row(card)), "flag": flag}
        with self._transaction() as connection:
            self._write_card(connection, card.question_id, row)
        flagged = replace(card, flag=flag, stored=row)
        if self._current is not None and self._current.question_id == card.question_id:
            self._current = flagged
        return flagged

    def edit(self, card: Card, prompt: str, answer: str) -> Card:
        """Correct the question's text; its schedule and history stay as they are."""
        card = self._latest(card)
        question = replace(card.question, prompt=prompt, answer=answer)
        with self._transaction() as connection:
            connection.execute(
                text("UPDATE question SET payload = :payload WHERE id = :question"),
                {"payload": json.dumps(question_payload(question)), "question": card.question_id},
            )
        self._forget_prefetched(card.question_id)
        edited = replace(card, question=question)
        if self._current is not None and self._current.question_id == card.question_id:
            self._current = edited
        return edited

    # -- internals -------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """One transaction on the session's connection: committed at the end, or rolled back."""
        with self._connection.begin():
            yield self._connection

    def _personal_parameters(self) -> list[float] | None:
        with self._transaction() as connection:
            stored = connection.execute(_PARAMETERS, {"profile": self._profile}).scalar()
        return json.loads(stored) if isinstance(stored, str) else stored

    def _day_end(self) -> datetime:
        assert self._day is not None
        return day_start(self._day + timedelta(days=1), self._settings.rollover_hour, self._tz)

    def _build_queue(self, now: datetime) -> None:
        """The day's cards: learning ones, reviews due today, new ones; limits and siblings."""
        self._day = self.today(now)
        start = day_start(self._day, self._settings.rollover_hour, self._tz)
        self._current, self._prefetched, self._front = None, None, []
        self._learning.clear()
        self._reviews.clear()
        self._new.clear()
        with self._transaction() as connection:
            logs = connection.execute(
                _TODAYS_LOGS, {"profile": self._profile, "start": utc.to_text(start)}
            ).all()
            candidates = connection.execute(_CANDIDATES, {
                "profile": self._profile, "sets": self._set_ids or [-1],
                "kinds": list(REVIEW_KINDS),
                "draft_sets": self._draft_sets or [-1], "today": self._day.isoformat(),
                "day_end": utc.to_text(self._day_end()),
            }).all()
        first_states = {}
        for question_id, previous, _fact in logs:
            stored = json.loads(previous) if isinstance(previous, str) else previous
            first_states.setdefault(question_id, (stored or {}).get("state", Phase.NEW))
        new_left = self._settings.new_per_day - sum(
            1 for s in first_states.values() if s == Phase.NEW
        )
        reviews_left = self._settings.reviews_per_day - sum(
            1 for s in first_states.values() if s == Phase.REVIEW
        )
        taken_facts = {fact for _qid, _prev, fact in logs if fact}
        for question_id, fact, state, due in candidates:
            if state in (Phase.LEARNING, Phase.RELEARNING):
                self._learning[question_id] = utc.from_text(due)
                taken_facts.add(fact)
        # Reviews before new cards: a fact due for review keeps its day from a new sibling.
        for queue, left, states in (
            (self._reviews, reviews_left, (Phase.REVIEW,)),
            (self._new, new_left, (None, Phase.NEW)),
        ):
            for question_id, fact, state, _due in candidates:
                if len(queue) >= left:
                    break
                if state in states and not (fact and fact in taken_facts):
                    queue.append(question_id)
                    taken_facts.add(fact)

    def _pick(self, now: datetime, skip: str | None = None) -> str | None:
        """The card to show now; ``skip``: the one after, as if that card were answered."""
        front = [question_id for question_id in self._front if question_id != skip]
        if front:
            return front[-1]
        learning = [(due, qid) for qid, due in self._learning.items() if qid != skip]
        due_learning = [(due, qid) for due, qid in learning if due <= now]
        if due_learning:
            return min(due_learning)[1]
        for queue in (self._reviews, self._new):
            waiting = next((question_id for question_id in queue if question_id != skip), None)
            if waiting is not None:
                return waiting
        ahead = [(due, qid) for due, qid in learning if due <= now + LEARN_AHEAD]
        return min(ahead)[1] if ahead else None

    def _drop(self, question_id: str) -> None:
        """Take a card out of every queue (answered, suspended, buried or gone)."""
        if question_id in self._front:
            self._front.remove(question_id)
        self._learning.pop(question_id, None)
        for queue in (self._reviews, self._new):
            if question_id in queue:
                queue.remove(question_id)
        if self._current is not None and self._current.question_id == question_id:
            self._current = None

    def _latest(self, card: Card) -> Card:
        """The session's own copy of the card shown, should the caller hold an older one
        (from before a flag or an edit), so no change is written back over."""
        current = self._current
        return current if current is not None and current.question_id == card.question_id else card

    def _requeue(self, card: Card) -> None:
        """Put a card given back by undo where it was, and first in line."""
        if card.memory.state in (Phase.LEARNING, Phase.RELEARNING):
            self._learning[card.question_id] = card.memory.due or self._now()
        elif card.is_new:
            self._new.appendleft(card.question_id)
        else:
            self._reviews.appendleft(card.question_id)
        self._front.append(card.question_id)

    def _fetch(self, question_id: str) -> Card | None:
        parameters = {"profile": self._profile, "question": question_id}
        if self._sqlite is not None:
            row = self._sqlite.execute(_FETCH_CARD, parameters).fetchone()
        else:
            with self._transaction() as connection:
                row = connection.execute(text(_FETCH_CARD), parameters).first()
        if row is None:
            return None
        kind, fact, status, payload, *card_columns = row
        payload = json.loads(payload) if isinstance(payload, str) else payload
        question = question_from_row(question_id, kind, fact, status, payload)
        if card_columns[0] is None:  # no card_state row: never seen
            return Card(question_id, question, True, Memory())
        stored = dict(zip(_CARD_COLUMNS, card_columns, strict=True))
        memory = _memory_of(stored)
        is_new = memory.state is Phase.NEW
        return Card(question_id, question, is_new, memory, stored["flag"], stored)

    def _take_prefetched(self, question_id: str) -> Card | None:
        card, self._prefetched = self._prefetched, None
        return card if card is not None and card.question_id == question_id else None

    def _forget_prefetched(self, question_id: str) -> None:
        """A card read ahead is stale once its row or question changes."""
        if self._prefetched is not None and self._prefetched.question_id == question_id:
            self._prefetched = None

    def _write_answer(self, log: dict[str, Any], row: dict[str, Any]) -> int:
        """Log the answer and write the card's new state in one transaction; the log's id."""
        card = {"profile": self._profile, "question": log["question"], **row}
        self._forget_prefetched(log["question"])
        if self._sqlite is None:
            with self._transaction() as connection:
                log_id = connection.execute(text(_WRITE_LOG), log).scalar_one()
                connection.execute(text(_WRITE_CARD), card)
            return log_id
        try:  # the INSERT opens the transaction (sqlite3's implicit BEGIN)
            [(log_id,)] = self._sqlite.execute(_WRITE_LOG, log).fetchall()
            self._sqlite.execute(_WRITE_CARD, card)
            self._sqlite.commit()
        except BaseException:
            self._sqlite.rollback()
            raise
        return log_id

    def _write_card(self, connection: Connection, question_id: str, row: dict) -> None:
        self._forget_prefetched(question_id)
        connection.execute(
            text(_WRITE_CARD), {"profile": self._profile, "question": question_id, **row}
        )

    def _set_flags(self, card: Card, **changes: Any) -> None:
        card = self._latest(card)
        row = {**(card.stored or _new_row(card)), **changes}
        with self._transaction() as connection:
            self._write_card(connection, card.question_id, row)
        self._drop(card.question_id)
        self._undo.append(_UndoStep(card, None))

    def _count(self, card: Card, rating: int, duration_ms: int | None, sign: int) -> None:
        summary = self._summary
        summary.cards += sign
        summary.again += sign * (rating == 1)
        summary.new += sign * card.is_new
        summary.seconds += sign * (duration_ms or 0) / 1000
        summary.by_rating[rating] += sign


def proposed_rating(question: Question, typed: str) -> int:
    """The grade a typed answer suggests: Good (3) when right, Again (1) when wrong; the
    learner can still choose another."""
    return 3 if answers_match(typed, question.answer, question.accept) else 1


def review_count(store: Store, profile_id: int) -> int:
    """How many reviews the learner's log holds (what personal parameters are fitted to)."""
    with store.engine.connect() as connection:
        return connection.execute(
            text("SELECT count(*) FROM review_log WHERE profile_id = :profile"),
            {"profile": profile_id},
        ).scalar_one()


def enough_reviews_to_fit(store: Store, profile_id: int) -> bool:
    """Whether fitting personal parameters is worth offering yet."""
    from studyapp.srs.fit import MIN_REVIEWS_TO_FIT

    return review_count(store, profile_id) >= MIN_REVIEWS_TO_FIT


def personal_parameters(store: Store, profile_id: int) -> list[float] | None:
    """The FSRS parameters fitted to the learner's reviews, or None: the defaults are used."""
    with store.engine.connect() as connection:
        stored = connection.execute(_PARAMETERS, {"profile": profile_id}).scalar()
    return json.loads(stored) if isinstance(stored, str) else stored


def reset_personal_parameters(store: Store, profile_id: int) -> None:
    """Go back to FSRS's default parameters (sessions started from now on use them)."""
    with store.engine.begin() as connection:
        connection.execute(
            text("UPDATE profile SET fsrs_parameters = NULL WHERE id = :profile"),
            {"profile": profile_id},
        )


class _Checkpointer:
    """Copies the write-ahead log into the database file on a background thread.

    SQLite does it itself inside the commit that fills the log (about every 150 answers on a
    big collection), stalling that answer by ~50 ms; the session's connection turns that off
    and this runs it every ``CHECKPOINT_EVERY`` answers, off the answer path. A checkpoint
    never blocks a commit, and a process killed during one loses nothing.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._answers = 0
        self._thread: threading.Thread | None = None

    def answered(self) -> None:
        self._answers += 1
        busy = self._thread is not None and self._thread.is_alive()
        if self._answers >= CHECKPOINT_EVERY and not busy:
            self._answers = 0
            self._thread = threading.Thread(
                target=self._checkpoint, name=CHECKPOINT_THREAD, daemon=True
            )
            self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def _checkpoint(self) -> None:
        connection = fast.connect(self._path)
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            connection.close()


def fit_personal_parameters(
    store: Store, profile_id: int, settings: Settings, tz: tzinfo | None = None
) -> tuple[float, ...] | None:
    """Fit FSRS parameters to the learner's review log and keep them for their next sessions.

    None (and nothing changed) while the log holds fewer than ``MIN_REVIEWS_TO_FIT`` reviews.
    A fraction of a second for thousands of reviews, ~10 s for a million (reading and dating
    them included): the window runs it in a worker.
    """
    from studyapp.srs.fit import MIN_REVIEWS_TO_FIT, fit_parameters

    with store.engine.connect() as connection:
        logs = connection.execute(
            text("SELECT question_id, review_time, rating FROM review_log"
                 " WHERE profile_id = :profile ORDER BY question_id, review_time, id"),
            {"profile": profile_id},
        ).all()
    if len(logs) < MIN_REVIEWS_TO_FIT:
        return None
    histories: dict[str, list[tuple[date, int]]] = {}
    for question_id, review_time, rating in logs:
        day = study_day(utc.from_text(review_time), settings.rollover_hour, tz)
        histories.setdefault(question_id, []).append((day, rating))
    parameters = fit_parameters(histories.values())
    with store.engine.begin() as connection:
        connection.execute(
            text("UPDATE profile SET fsrs_parameters = :parameters WHERE id = :profile"),
            {"parameters": json.dumps(list(parameters)), "profile": profile_id},
        )
    return parameters


def _new_row(card: Card) -> dict[str, Any]:
    """The row of a card that has none yet: new, due at once, no flags."""
    return {
        "state": int(Phase.NEW), "step": None, "stability": None, "difficulty": None,
        "due": utc.to_text(datetime(1970, 1, 1, tzinfo=UTC)), "last_review": None,
        "suspended": False, "buried_until": None, "flag": card.flag,
    }


def _memory_row(memory: Memory) -> dict[str, Any]:
    return {
        "state": int(memory.state), "step": memory.step, "stability": memory.stability,
        "difficulty": memory.difficulty,
        "due": utc.to_text(memory.due) if memory.due else None,
        "last_review": utc.to_text(memory.last_review) if memory.last_review else None,
    }


def _memory_of(stored: dict[str, Any]) -> Memory:
    return Memory(
        state=Phase(stored["state"]),
        step=stored["step"],
        stability=stored["stability"],
        difficulty=stored["difficulty"],
        due=utc.from_text(stored["due"]) if stored["due"] else None,
        last_review=utc.from_text(stored["last_review"]) if stored["last_review"] else None,
    )
