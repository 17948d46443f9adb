"""How long from pressing a grade to the next card being ready, on a big collection; and
the same for Anki on a collection of the same size.

StudyApp: a real SQLite file with 100,000 questions and 1,000,000 review log rows, studied
through ``StudySession``. One step is ``answer()`` (scheduled and committed) + ``next_card()``
+ ``intervals()`` (what the grade buttons show). It must stay well under one frame (16 ms).
Between steps, untimed but reported, ``prefetch()`` reads the likely next card as the Review
screen does while the answer is shown (``--no-read-ahead``: not, so every card is read).

Anki (``pip install -e '.[bench]'``): a collection of the same size, FSRS on, studied through
its scheduler as its reviewer does: ``get_queued_cards()`` (the next card with its scheduling
states) + ``answer_card()``. Both sides commit every answer.

The built files are cached in the temporary directory (a few hundred MB) and copied for each
run, so every run starts from the same state. Prints figures; this is not a test.

    .venv/bin/python benchmarks/answer_latency.py [--cards N] [--reviews N] [--answers N]
        [--skip-anki] [--no-read-ahead]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studyapp.model import Question
from studyapp.services.library import ensure_profile
from studyapp.services.study import StudySession
from studyapp.settings import Settings
from studyapp.store import SCHEMA_VERSION, database_path, open_store
from studyapp.store.codec import question_payload
from studyapp.store.utc import to_text

SETS = 10
NEW_SHARE = 0.1  # of the cards, never reviewed
DUE_SHARE = 0.05  # of the reviewed cards, due today
RATINGS, RATING_WEIGHTS = (1, 2, 3, 4), (0.1, 0.1, 0.7, 0.1)
FRAME_MS = 16.0


def collection_arguments(description: str) -> argparse.ArgumentParser:
    """The options of the benchmarks that time answers on the large collection."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "studyapp-bench")
    return parser


def main() -> None:
    parser = collection_arguments(__doc__)
    parser.add_argument("--skip-anki", action="store_true")
    parser.add_argument("--no-read-ahead", action="store_true",
                        help="no prefetch() between steps: next_card() reads every card")
    args = parser.parse_args()

    print(f"collection: {args.cards:,} cards, {args.reviews:,} reviews; "
          f"{args.answers} answers timed on each side")
    work = Path(tempfile.mkdtemp(prefix="studyapp-bench-run-"))
    try:
        ours = bench_studyapp(args, work)
        anki = None if args.skip_anki else bench_anki(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if anki is not None:
        print(f"\nratio StudyApp/Anki, grade to next card ready (median): "
              f"{ours / anki:.2f} ({ours:.3f} ms vs {anki:.3f} ms)")


# -- StudyApp ---------------------------------------------------------------------------------

def bench_studyapp(args: argparse.Namespace, work: Path) -> float:
    cached = args.cache / f"studyapp-v{SCHEMA_VERSION}-{args.cards}-{args.reviews}"
    if not database_path(cached).exists():
        started = time.perf_counter()
        build_studyapp(cached, args.cards, args.reviews)
        print(f"built StudyApp collection in {time.perf_counter() - started:.1f} s ({cached})")
    home = work / "studyapp"
    home.mkdir()
    shutil.copy(database_path(cached), database_path(home))
    size = database_path(home).stat().st_size / 2**20
    store = open_store(home)
    profile = ensure_profile(store)
    set_ids = list(range(1, SETS + 1))
    settings = Settings(new_per_day=50, reviews_per_day=100_000)
    started = time.perf_counter()
    study = StudySession(store, profile, set_ids, settings)
    card = study.next_card()
    study.intervals(card)
    queue_ms = (time.perf_counter() - started) * 1000
    rng = random.Random(7)
    steps, answers, fetches, database, prefetches = [], [], [], [], []
    for _ in range(args.answers):
        if not args.no_read_ahead:
            t = time.perf_counter()
            study.prefetch()  # the learner looks at the answer meanwhile
            prefetches.append((time.perf_counter() - t) * 1000)
        rating = rng.choices(RATINGS, RATING_WEIGHTS)[0]
        t0 = time.perf_counter()
        study.answer(card, rating, duration_ms=3000)
        t1 = time.perf_counter()
        card = study.next_card()
        t2 = time.perf_counter()
        study.intervals(card)
        t3 = time.perf_counter()
        steps.append((t3 - t0) * 1000)
        answers.append((t1 - t0) * 1000)
        fetches.append((t3 - t1) * 1000)
        # intervals() schedules the card four times and answer() once: what remains is SQL.
        database.append((t2 - t0 - (t3 - t2) / 4) * 1000)
    store.close()
    print(f"\nStudyApp ({size:.0f} MB SQLite file)")
    print(f"  session start (day queue built, first card ready): {queue_ms:.1f} ms")
    report("answer committed", answers)
    report("next card fetched + its intervals", fetches)
    if prefetches:
        report("read ahead (untimed above)", prefetches)
    report("database part (scheduling subtracted)", database)
    report("grade -> next card ready", steps)
    slowest = max(range(len(steps)), key=steps.__getitem__)
    print(f"  slowest step: answer #{slowest + 1}")
    p95 = percentile(steps, 95)
    verdict = "under" if p95 < FRAME_MS else "OVER"
    print(f"  95th percentile {p95:.3f} ms: {verdict} one frame ({FRAME_MS:.0f} ms)")
    return statistics.median(steps)


def build_studyapp(home: Path, cards: int, reviews: int) -> None:
    """The schema through open_store, then rows in bulk with executemany."""
    home.mkdir(parents=True, exist_ok=True)
    store = open_store(home)
    profile = ensure_profile(store)
    store.close()
    rng = random.Random(1)
    now = datetime.now(UTC)
    connection = sqlite3.connect(database_path(home), isolation_level=None)
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO quiz_set (id, title, description, language, source, bundled,"
        " content_hash, documents, imported_at) VALUES (?, ?, '', 'en', ?, 0, '', '[]', ?)",
        [(s, f"Set {s}", f"/bench/set-{s}.quiz.yaml", to_text(now)) for s in range(1, SETS + 1)],
    )
    connection.executemany(
        "INSERT INTO question (id, set_id, kind, fact, status, payload, position)"
        " VALUES (?, ?, 'typed', ?, 'ready', ?, ?)",
        (question_row(n, cards) for n in range(cards)),
    )
    reviewed = int(cards * (1 - NEW_SHARE))
    connection.executemany(
        "INSERT INTO card_state (profile_id, question_id, state, step, stability, difficulty,"
        " due, last_review, suspended, buried_until, flag)"
        " VALUES (?, ?, 2, NULL, ?, ?, ?, ?, 0, NULL, 0)",
        (card_row(profile, n, now, rng) for n in range(reviewed)),
    )
    connection.executemany(
        "INSERT INTO review_log (profile_id, question_id, rating, review_time, duration_ms,"
        " previous) VALUES (?, ?, ?, ?, ?, ?)",
        (log_row(profile, n % reviewed, n, reviews, now, rng) for n in range(reviews)),
    )
    connection.execute("COMMIT")
    connection.close()


def question_row(n: int, cards: int) -> tuple:
    question = Question(
        id=f"bench-{n}", kind="typed", prompt=f"In which year did event number {n} happen?",
        answer=str(1500 + n % 500), fact=f"fact-{n // 2}", status="ready",
    )
    per_set = -(-cards // SETS)
    payload = json.dumps(question_payload(question))
    return question.id, 1 + n // per_set, question.fact, payload, n % per_set


def card_row(profile: int, n: int, now: datetime, rng: random.Random) -> tuple:
    stability = rng.uniform(1, 200)
    due_in = -rng.uniform(0, 20) if rng.random() < DUE_SHARE else rng.uniform(1, stability)
    due = now + timedelta(days=due_in)
    last = due - timedelta(days=stability)
    return (profile, f"bench-{n}", stability, rng.uniform(1, 10), to_text(due), to_text(last))


def log_row(profile: int, card: int, n: int, total: int, now: datetime, rng: random.Random):
    when = now - timedelta(days=730 * (1 - n / total), seconds=rng.uniform(0, 3600))
    previous = {
        "state": 2, "step": None, "stability": rng.uniform(1, 100),
        "difficulty": rng.uniform(1, 10), "due": to_text(when), "last_review": to_text(when),
        "suspended": 0, "buried_until": None, "flag": 0,
    }
    rating = rng.choices(RATINGS, RATING_WEIGHTS)[0]
    return profile, f"bench-{card}", rating, to_text(when), 3000, json.dumps(previous)


# -- Anki -------------------------------------------------------------------------------------

def bench_anki(args: argparse.Namespace, work: Path) -> float | None:
    try:
        # anki.collection first: importing anki.cards first fails on a circular import.
        from anki.collection import Card, Collection
        from anki.scheduler.v3 import CardAnswer
    except ImportError:
        print("\nAnki: not installed (pip install -e '.[bench]'); skipped")
        return None
    cached = args.cache / f"anki-{args.cards}-{args.reviews}.anki2"
    if not cached.exists():
        started = time.perf_counter()
        build_anki(cached, args.cards, args.reviews)
        print(f"built Anki collection in {time.perf_counter() - started:.1f} s ({cached})")
    path = work / "collection.anki2"
    shutil.copy(cached, path)
    size = path.stat().st_size / 2**20
    col = Collection(str(path))
    ratings = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}
    rng = random.Random(7)

    def next_card() -> tuple[Card, object]:
        queued = col.sched.get_queued_cards().cards[0]
        card = Card(col)
        card._load_from_backend_card(queued.card)
        card.start_timer()
        return card, queued.states

    started = time.perf_counter()
    card, states = next_card()
    queue_ms = (time.perf_counter() - started) * 1000
    steps = []
    for _ in range(args.answers):
        rating = ratings[rng.choices(RATINGS, RATING_WEIGHTS)[0]]
        t0 = time.perf_counter()
        col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=rating))
        card, states = next_card()
        steps.append((time.perf_counter() - t0) * 1000)
    col.close()
    print(f"\nAnki {anki_version()} ({size:.0f} MB collection, FSRS on)")
    print(f"  first card ready: {queue_ms:.1f} ms")
    report("answer + next card with its states", steps)
    return statistics.median(steps)


def build_anki(path: Path, cards: int, reviews: int) -> None:
    """An empty collection made by Anki, then notes, cards and revlog rows in bulk."""
    from anki.collection import Collection

    path.parent.mkdir(parents=True, exist_ok=True)
    col = Collection(str(path))
    col.set_config("fsrs", True)
    config = col.decks.config_dict_for_deck_id(1)
    config["new"]["perDay"] = 50
    config["rev"]["perDay"] = 9999  # Anki's largest
    col.decks.save(config)
    model_id = col.models.by_name("Basic")["id"]
    col.close()
    rng = random.Random(1)
    now = int(time.time())
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous = OFF")
    # Days count from the collection's creation; start it two years ago like the history.
    connection.execute("UPDATE col SET crt = crt - ?", (730 * 86400,))
    today = 730
    connection.execute("BEGIN")
    base = (now - 800 * 86400) * 1000
    connection.executemany(
        "INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)"
        " VALUES (?, ?, ?, ?, -1, '', ?, ?, ?, 0, '')",
        ((base + n, f"g{n}", model_id, now,
          f"In which year did event number {n} happen?\x1f{1500 + n % 500}",
          f"In which year did event number {n} happen?", n) for n in range(cards)),
    )
    reviewed = int(cards * (1 - NEW_SHARE))
    connection.executemany(
        "INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps,"
        " lapses, left, odue, odid, flags, data) VALUES (?, ?, 1, 0, ?, -1, ?, ?, ?, ?, ?, ?,"
        " 0, 0, 0, 0, 0, ?)",
        (anki_card_row(base, n, reviewed, now, today, rng) for n in range(cards)),
    )
    connection.executemany(
        "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
        " VALUES (?, ?, -1, ?, ?, ?, 0, 3000, 1)",
        ((base + cards + n, anki_card_id(base, n % reviewed),
          rng.choices(RATINGS, RATING_WEIGHTS)[0], 10, 5) for n in range(reviews)),
    )
    connection.execute("COMMIT")
    connection.close()


def anki_card_row(base: int, n: int, reviewed: int, now: int, today: int, rng: random.Random):
    card_id = anki_card_id(base, n)
    if n >= reviewed:  # new
        return card_id, base + n, now, 0, 0, n, 0, 0, 0, "{}"
    stability = rng.uniform(1, 200)
    due_in = -rng.uniform(0, 20) if rng.random() < DUE_SHARE else rng.uniform(1, stability)
    last_review = now + int((due_in - stability) * 86400)
    data = json.dumps({"s": round(stability, 4), "d": round(rng.uniform(1, 10), 3),
                       "dr": 0.9, "decay": 0.1542, "lrt": last_review})
    return (card_id, base + n, now, 2, 2, today + int(due_in), max(1, int(stability)), 2500, 11,
            data)


def anki_card_id(base: int, n: int) -> int:
    return base + 10**9 + n  # apart from the note ids, as Anki's own would be


def anki_version() -> str:
    from importlib.metadata import version

    return version("anki")


# -- figures ----------------------------------------------------------------------------------

def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share / 100 * (len(ordered) - 1)))]


def report(what: str, values: list[float]) -> None:
    print(f"  {what:<38} median {statistics.median(values):7.3f} ms   "
          f"p95 {percentile(values, 95):7.3f} ms   max {max(values):7.3f} ms")


if __name__ == "__main__":
    main()
