"""Start-up time of the window: process start until the Library is painted with its counts.

Compared with a bare PySide6 window opened the same way (a fresh Python process that shows an
empty QMainWindow), as a ratio of medians. The first-ever start (empty data directory: schema
created, bundled sets loaded) is measured separately. Runs offscreen by default:

    .venv/bin/python benchmarks/startup.py [--runs 7] [--sets 3] [--questions 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Marker(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("studyapp-bench painted", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare")
window.resize(1040, 680)
marker = Marker()
window.installEventFilter(marker)
window.show()
sys.exit(app.exec())
"""


def timed_run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each 'studyapp-bench STAGE' line it prints."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env)
    marks = {}
    for line in process.stdout:
        if line.startswith("studyapp-bench "):
            marks[line.split()[1]] = time.perf_counter() - started
    if process.wait(timeout=120) != 0 or "painted" not in marks:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read()}")
    return marks


def app_command(home: Path) -> list[str]:
    return [sys.executable, "-m", "studyapp", "--home", str(home)]


def fill_library(home: Path, sets: int, questions: int) -> None:
    """A learner's library: bundled sets plus ``sets`` imported sets of ``questions`` each."""
    from studyapp.model import Question, QuizSet
    from studyapp.services.library import ensure_profile, import_set, load_bundled_sets
    from studyapp.store import open_store

    store = open_store(home)
    try:
        ensure_profile(store)
        load_bundled_sets(store)
        for number in range(sets):
            quizset = QuizSet(title=f"Benchmark set {number + 1}", questions=[
                Question(id=f"bench-{number}-{n}", kind="flashcard", prompt=f"Question {n}?",
                         answer=str(1000 + n), fact=f"bench:{number}:{n}", status="ready")
                for n in range(questions)
            ])
            import_set(store, quizset, file=home / f"bench-{number}.quiz.yaml", bundled=False)
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sets", type=int, default=3)
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    env = {**os.environ, "STUDYAPP_BENCH_MARK": "exit"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory() as tmp:
        first_starts = []
        for run in range(args.runs):
            empty = Path(tmp) / f"first-{run}"
            first_starts.append(timed_run(app_command(empty), env))
        home = Path(tmp) / "home"
        home.mkdir()
        fill_library(home, args.sets, args.questions)
        timed_run(app_command(home), env)  # warm the file cache and finish any upgrade
        bare, app = [], []
        for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
            bare.append(timed_run([sys.executable, "-c", BARE_WINDOW], env)["painted"])
            app.append(timed_run(app_command(home), env))

    def median_ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    bare_ms = median_ms(bare)
    painted_ms = median_ms([marks["painted"] for marks in app])
    ready_ms = median_ms([marks["ready"] for marks in app])
    print(f"runs per figure: {args.runs} (medians); platform {env['QT_QPA_PLATFORM']}")
    print(f"bare PySide6 window painted:             {bare_ms:7.0f} ms")
    print(f"StudyApp library painted with counts:    {painted_ms:7.0f} ms"
          f"   ratio {painted_ms / bare_ms:.2f}x bare")
    print(f"StudyApp store open, counts refreshed:   {ready_ms:7.0f} ms"
          f"   ({args.sets} sets x {args.questions} questions + bundled)")
    print(f"first-ever start, painted:               "
          f"{median_ms([m['painted'] for m in first_starts]):7.0f} ms")
    print(f"first-ever start, schema + bundled sets: "
          f"{median_ms([m['ready'] for m in first_starts]):7.0f} ms")


if __name__ == "__main__":
    main()
