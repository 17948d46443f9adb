"""Killing the app mid-review loses no answer and leaves an intact database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from ui_study_data import rows

from studyapp.model import Question, QuizSet
from studyapp.services.library import ensure_profile, import_set
from studyapp.store import database_path, open_store

DRIVER = Path(__file__).with_name("kill_safety_driver.py")
ANSWERS_BEFORE_KILL = 6


def library_with_cards(home: Path, count: int) -> int:
    store = open_store(home)
    try:
        ensure_profile(store)
        cards = [
            Question(f"card-{n}", "flashcard", f"Question {n}?", f"Answer {n}",
                     fact=f"fact {n}", status="ready")
            for n in range(count)
        ]
        return import_set(store, QuizSet("Cards", questions=cards),
                          file=home / "cards.quiz.yaml", bundled=False)
    finally:
        store.close()


def start_driver(home: Path, set_id: int, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "STUDYAPP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(set_id), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )


def test_sigkill_mid_review_keeps_every_answer(home):
    set_id = library_with_cards(home, 15)
    driver = start_driver(home, set_id)
    printed = []
    try:
        while len(printed) < ANSWERS_BEFORE_KILL:
            line = driver.stdout.readline()
            assert line.startswith("answered "), f"driver said {line!r}"
            printed.append(line.split()[1])
        os.kill(driver.pid, signal.SIGKILL)
        # Lines the driver printed before the kill but not read yet are answers too.
        printed += [line.split()[1] for line in driver.stdout.read().splitlines()
                    if line.startswith("answered ")]
    finally:
        driver.kill()
        driver.wait(timeout=30)
    assert driver.returncode == -signal.SIGKILL
    assert len(printed) >= ANSWERS_BEFORE_KILL

    assert rows(home, "PRAGMA integrity_check") == [("ok",)]
    logged = [question for (question,) in rows(home, "SELECT question_id FROM review_log"
                                                     " ORDER BY id")]
    # Every answer printed is stored; at most the one being answered at the kill is extra.
    assert logged[: len(printed)] == printed
    assert len(logged) <= len(printed) + 1
    stored_states = rows(home, "SELECT COUNT(*) FROM card_state")[0][0]
    assert stored_states == len(logged)

    # The app starts again on the same data directory (the lock died with the process) and
    # goes on with the cards not answered yet.
    again = start_driver(home, set_id, "2")
    out, _ = again.communicate(timeout=120)
    assert again.returncode == 0, out
    lines = out.splitlines()
    assert lines[-1] == "done"
    answered_after = [line.split()[1] for line in lines if line.startswith("answered ")]
    assert len(answered_after) == 2 and set(answered_after).isdisjoint(logged)
    assert rows(home, "SELECT COUNT(*) FROM review_log") == [(len(logged) + 2,)]
    assert rows(home, "PRAGMA integrity_check") == [("ok",)]
    assert database_path(home).exists()
