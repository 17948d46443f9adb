"""How long from pressing a grade key to the next card painted, in the real Review screen.

The collection is the one benchmarks/answer_latency.py builds (100,000 questions and 1,000,000
review log rows by default, cached in the temporary directory). The screen runs offscreen with
the light theme; each step presses Enter (the answer shows; the cards are typed ones), then
times a grade key (1-4, mostly Good) from QTest.keyClick until the question label of the next
card has been painted. The target is one frame (16 ms) at the 95th percentile. Prints
figures; this is not a test.

    .venv/bin/python benchmarks/review_latency.py [--cards N] [--reviews N] [--answers N]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from answer_latency import (  # noqa: E402
    FRAME_MS,
    RATING_WEIGHTS,
    RATINGS,
    SETS,
    build_studyapp,
    collection_arguments,
    percentile,
    report,
)
from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from studyapp.services.library import ensure_profile  # noqa: E402
from studyapp.settings import Settings  # noqa: E402
from studyapp.store import SCHEMA_VERSION, database_path, open_store  # noqa: E402
from studyapp.ui import theme  # noqa: E402
from studyapp.ui.review import ReviewScreen  # noqa: E402
from studyapp.ui.state import AppState  # noqa: E402

GRADE_KEYS = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4}
PAINT_TIMEOUT_S = 2.0


class PaintWatch(QObject):
    """Notes when the watched widget was last painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def main() -> None:
    args = collection_arguments(__doc__).parse_args()

    cached = args.cache / f"studyapp-v{SCHEMA_VERSION}-{args.cards}-{args.reviews}"
    if not database_path(cached).exists():
        started = time.perf_counter()
        build_studyapp(cached, args.cards, args.reviews)
        print(f"built collection in {time.perf_counter() - started:.1f} s ({cached})")
    work = Path(tempfile.mkdtemp(prefix="studyapp-review-bench-"))
    try:
        shutil.copy(database_path(cached), database_path(work))
        run(work, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(home: Path, args: argparse.Namespace) -> None:
    app = QApplication(sys.argv[:1])
    theme.apply_theme(app, "light")
    store = open_store(home)
    settings = Settings(new_per_day=50, reviews_per_day=100_000)
    state = AppState(home, settings, ensure_profile(store), store)
    screen = ReviewScreen(state)
    screen.resize(1000, 640)
    screen.show()
    screen.activateWindow()
    started = time.perf_counter()
    screen.start(list(range(1, SETS + 1)))
    settle(app)
    print(f"collection: {args.cards:,} cards, {args.reviews:,} reviews; "
          f"{args.answers} answers timed")
    print(f"session start to first card painted: {(time.perf_counter() - started) * 1000:.1f} ms")
    watch = PaintWatch()
    screen.prompt.installEventFilter(watch)
    rng = random.Random(7)
    steps, missed = [], 0
    for _ in range(args.answers):
        QTest.keyClick(key_target(screen), Qt.Key.Key_Return)  # shows the answer
        settle(app)
        rating = rng.choices(RATINGS, RATING_WEIGHTS)[0]
        before = screen.current_card
        t0 = time.perf_counter()
        QTest.keyClick(key_target(screen), GRADE_KEYS[rating])
        while watch.painted_at < t0 and time.perf_counter() - t0 < PAINT_TIMEOUT_S:
            app.processEvents()
        if watch.painted_at < t0 or screen.current_card is before:
            missed += 1  # same text twice (nothing to repaint) or no card left
            if screen.current_card is None:
                break
            continue
        steps.append((watch.painted_at - t0) * 1000)
    screen.close_session()
    store.close()
    report("grade key -> next card painted", steps)
    p95 = percentile(steps, 95)
    verdict = "under" if p95 < FRAME_MS else "OVER"
    print(f"  95th percentile {p95:.2f} ms: {verdict} one frame ({FRAME_MS:.0f} ms); "
          f"{len(steps)} steps timed, {missed} not timed")


def key_target(screen: ReviewScreen):
    return QApplication.focusWidget() or screen


def settle(app: QApplication) -> None:
    """Let the screen paint what the last key changed."""
    deadline = time.perf_counter() + 0.02
    while time.perf_counter() < deadline:
        app.processEvents()


if __name__ == "__main__":
    main()
