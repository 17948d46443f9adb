"""Runs the real window offscreen on $STUDYAPP_HOME and answers cards with key presses.

Usage: kill_safety_driver.py SET_ID [MAX_ANSWERS]. Prints "answered <question id>" after each
answer the review screen has committed, "done" when the cards (or MAX_ANSWERS) run out, and
"locked" if another process holds the data directory. tests/test_kill_safety.py kills it with
SIGKILL mid-way and checks that the database kept every printed answer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from studyapp.home import resolve_home  # noqa: E402
from studyapp.store.lock import InstanceLock  # noqa: E402
from studyapp.ui.app import launch  # noqa: E402


def main() -> int:
    set_id = int(sys.argv[1])
    max_answers = int(sys.argv[2]) if len(sys.argv) > 2 else None
    home = resolve_home(Path(os.environ["STUDYAPP_HOME"]))
    app = QApplication(sys.argv[:1])
    lock = InstanceLock(home)
    if not lock.acquire():
        print("locked", flush=True)
        return 1
    window = launch(app, home)
    answered = 0

    def review_screen():
        return window.screens["review"]

    def start() -> None:
        window.activateWindow()
        window.start_screen("review", [set_id])
        QTimer.singleShot(0, answer_one)

    def answer_one() -> None:
        nonlocal answered
        screen = review_screen()
        card = screen.current_card
        if card is None or (max_answers is not None and answered >= max_answers):
            print("done", flush=True)
            app.quit()
            return
        target = QApplication.focusWidget() or screen
        QTest.keyClick(target, Qt.Key.Key_Space)
        QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_3)
        if screen.current_card is card:  # the keys did not reach the screen
            print("stuck", flush=True)
            app.exit(2)
            return
        answered += 1
        print(f"answered {card.question_id}", flush=True)
        QTimer.singleShot(0, answer_one)

    window.store_ready.connect(start)
    try:
        return app.exec()
    finally:
        lock.release()


if __name__ == "__main__":
    sys.exit(main())
