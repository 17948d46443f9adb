"""How long the library's first-screen counts and a few store operations take on a big library.

Builds a temporary data directory (20 sets x 500 questions, one learner with 8,000 cards and
100,000 review-log rows, 1,000 quiz answers), then prints the median of repeated runs.
Run: .venv/bin/python benchmarks/store_library.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studyapp.model import Question, QuizSet
from studyapp.services.library import ensure_profile, import_set, library_summary
from studyapp.store import database_path, fast, open_store
from studyapp.store.backup import backup
from studyapp.store.utc import to_text

SETS, PER_SET, CARDS, LOGS, ANSWERS = 20, 500, 8000, 100_000, 1000
NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)


def build(home: Path) -> int:
    with open_store(home) as store:
        profile = ensure_profile(store)
        for number in range(SETS):
            questions = [
                Question(id=f"s{number}-q{index}", kind="flashcard", prompt=f"Prompt {index}",
                         answer=str(1800 + index), fact=f"fact-{index}", status="ready")
                for index in range(PER_SET)
            ]
            import_set(store, QuizSet(title=f"Set {number:02d}", questions=questions),
                       file=home / f"set{number}.quiz.yaml", bundled=False)
    connection = fast.connect(database_path(home))
    connection.execute("BEGIN")
    ids = [row[0] for row in connection.execute("SELECT id FROM question ORDER BY id")]
    connection.executemany(
        "INSERT INTO card_state (profile_id, question_id, state, step, stability, difficulty,"
        " due, last_review, suspended, flag) VALUES (?, ?, ?, NULL, 10, 5, ?, ?, 0, 0)",
        [(profile, id, 1 + (index % 3 > 0), to_text(NOW + timedelta(hours=index % 200 - 100)),
          to_text(NOW - timedelta(days=3))) for index, id in enumerate(ids[:CARDS])],
    )
    connection.executemany(
        "INSERT INTO review_log (profile_id, question_id, rating, review_time, duration_ms)"
        " VALUES (?, ?, 3, ?, 4000)",
        [(profile, ids[index % CARDS], to_text(NOW - timedelta(minutes=index)))
         for index in range(LOGS)],
    )
    connection.execute(
        "INSERT INTO quiz_attempt (profile_id, set_ids, started, finished, score,"
        " question_count) VALUES (?, '[]', ?, ?, 0.5, ?)",
        (profile, to_text(NOW), to_text(NOW), ANSWERS),
    )
    connection.executemany(
        "INSERT INTO quiz_answer (attempt_id, question_id, position, response, score, correct)"
        " VALUES (1, ?, ?, 'null', 1, ?)",
        [(ids[-index], index, index % 2) for index in range(1, ANSWERS + 1)],
    )
    connection.execute("COMMIT")
    connection.close()
    return profile


def median_ms(action, runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def fresh_process_ms(work: str) -> float:
    """Run ``work`` (with its imports) in a new interpreter, as a start of the app does."""
    code = (
        "import time; start = time.perf_counter()\n"
        "from datetime import datetime, UTC; from pathlib import Path\n"
        f"{work}\n"
        "print((time.perf_counter() - start) * 1000)"
    )
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(5)]
    return statistics.median(runs)


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        home = Path(directory)
        profile = build(home)
        figures = {
            "library_summary from the file (sqlite3), ms": median_ms(
                lambda: library_summary(home, profile, NOW)),
            "import + library_summary in a new process, ms": fresh_process_ms(
                "from studyapp.services.library import library_summary\n"
                f"library_summary(Path({str(home)!r}), {profile}, datetime.now(UTC))"),
            "import + open_store (existing file) in a new process, ms": fresh_process_ms(
                f"from studyapp.store import open_store; open_store(Path({str(home)!r}))"),
        }
        with open_store(home) as store:
            figures["library_summary through the store (Core), ms"] = median_ms(
                lambda: library_summary(store, profile, NOW))
            unchanged = QuizSet(title="Set 00", questions=[
                Question(id=f"s0-q{index}", kind="flashcard", prompt=f"Prompt {index}",
                         answer=str(1800 + index), fact=f"fact-{index}", status="ready")
                for index in range(PER_SET)
            ])
            figures[f"re-import of a {PER_SET}-question set, ms"] = median_ms(
                lambda: import_set(store, unchanged, file=home / "set0.quiz.yaml",
                                   bundled=False), runs=5)
            figures["backup (integrity-checked), ms"] = median_ms(
                lambda: backup(store, home / "backups"), runs=5)
        figures["database size, MB"] = database_path(home).stat().st_size / 1e6
        [first] = [s for s in library_summary(home, profile, NOW) if s.title == "Set 00"]
        print(json.dumps({"sets": SETS, "questions": SETS * PER_SET, "cards": CARDS,
                          "review_log": LOGS, "example": first.__dict__}, indent=None))
        for name, value in figures.items():
            print(f"{name:56s} {value:8.1f}")


if __name__ == "__main__":
    main()
