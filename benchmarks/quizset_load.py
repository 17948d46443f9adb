"""How long loading a quiz-set file takes, per question (round-trip YAML plus all checks).

    .venv/bin/python benchmarks/quizset_load.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from studyapp.quizsets import load_set, save_set

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"
REPEATS = 5


def seconds(path: Path) -> float:
    runs = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        load_set(path)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> None:
    total_questions = 0
    total_seconds = 0.0
    for path in sorted(QUESTIONS.glob("*.quiz.yaml")):
        count = len(load_set(path).questions)
        took = seconds(path)
        total_questions += count
        total_seconds += took
        print(f"{path.name:48} {count:4d} questions {took * 1000:8.1f} ms "
              f"{took / count * 1000:6.2f} ms/question")
    print(f"{'all bundled sets':48} {total_questions:4d} questions {total_seconds * 1000:8.1f} ms "
          f"{total_seconds / total_questions * 1000:6.2f} ms/question")
    biggest = max(QUESTIONS.glob("*.quiz.yaml"), key=lambda p: p.stat().st_size)
    quizset = load_set(biggest)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / biggest.name
        target.write_text(biggest.read_text(encoding="utf-8"), encoding="utf-8")
        started = time.perf_counter()
        save_set(quizset, target)
        print(f"save_set (update in place) of {biggest.name}: "
              f"{(time.perf_counter() - started) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
