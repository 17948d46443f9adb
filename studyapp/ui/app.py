"""Start-up: one instance per data directory, a window painted at once, the store after it.

Order matters for speed. Before the first paint only Qt, the settings file and the standard
library's sqlite3 are loaded: the Library shows counts read by the fast path. Opening the full
store (SQLModel, schema check and upgrade, bundled sets, the daily backup) runs right after
the first paint, then the counts are refreshed.

STUDYAPP_BENCH_MARK=1 prints "studyapp-bench painted" and "studyapp-bench ready" on stdout
(benchmarks/startup.py reads them); STUDYAPP_BENCH_MARK=exit also quits once ready.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp import APP_NAME
from studyapp.ui import theme
from studyapp.ui.main_window import MainWindow
from studyapp.ui.state import AppState, read_ui_state, remember

BENCH_ENV = "STUDYAPP_BENCH_MARK"


def run(home: Path | None = None) -> int:
    """The `studyapp` command with no subcommand: open the window; the process exit code."""
    from studyapp.home import resolve_home
    from studyapp.store.lock import InstanceLock
    from studyapp.ui.single_instance import InstanceServer

    home = resolve_home(home)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("studyapp")
    lock = InstanceLock(home)
    if not lock.acquire():
        return _hand_over_to_running_instance(home)
    server = InstanceServer(home)  # listen at once: a second start may come any moment
    try:
        window = launch(app, home)
        server.raise_requested.connect(window.bring_to_front)
        _close_on_terminate(window)
        return app.exec()
    finally:
        server.close()
        lock.release()


def _close_on_terminate(window: MainWindow) -> None:
    """Ctrl+C or a polite kill closes the window the normal way (the store is closed too).
    Python runs signal handlers only between bytecodes, so a timer lets it in now and then."""
    def close(*_: object) -> None:
        window.close()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, close)
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(250)


def launch(app: QApplication, home: Path, bundled_sets: Path | None = None) -> MainWindow:
    """Build and show the window with the fast counts; the store opens after the first paint.
    ``bundled_sets`` replaces the folder of shipped sets (tests use their own)."""
    from studyapp.settings import load_settings

    settings = load_settings(home)
    theme.apply_theme(app, settings.theme, settings.font_size)
    state = AppState(home, settings, bundled_sets=bundled_sets)
    window = MainWindow(state)
    if settings.database_url is None:
        _show_fast_counts(window)
    window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: finish_start(window)))
    if os.environ.get(BENCH_ENV):
        window.first_painted.connect(lambda: _bench_mark("painted"))
    QGuiApplication.styleHints().colorSchemeChanged.connect(window.follow_system_scheme)
    window.show()
    return window


def _show_fast_counts(window: MainWindow) -> None:
    """Profiles and counts straight from the SQLite file, without the ORM. Anything odd in the
    file (no database yet, an older schema) just leaves the Library 'loading': opening the full
    store right after explains real problems."""
    import sqlite3

    from studyapp.store import StoreError, database_path, fast

    state = window.state
    try:
        profiles = fast.read_profiles(database_path(state.home))
        if not profiles:
            return
        last = read_ui_state(state.home).get("profile_id")
        known = [profile_id for profile_id, _ in profiles]
        state.profile_id = last if last in known else known[0]
        window.show_profiles(profiles)
        window.library.show_summaries(window.summaries_from(state.home))
    except (StoreError, sqlite3.Error):
        window.library.show_summaries(None)


def finish_start(window: MainWindow) -> None:
    """Open the full store, load bundled sets that changed, back up daily, pick the profile."""
    from studyapp.quizsets import QuizSetError
    from studyapp.services.library import ensure_profile, list_profiles, load_bundled_sets
    from studyapp.store import StoreError, open_store
    from studyapp.store.backup import auto_backup_if_due

    state = window.state
    try:
        state.store = open_store(state.home, state.settings.database_url)
    except StoreError as error:
        _fail_start(window, str(error))
        return
    problems = []
    try:
        load_bundled_sets(state.store, state.bundled_sets)
    except (QuizSetError, StoreError) as error:  # the learner's own sets are still usable
        problems.append(f"A bundled set could not be loaded: {error}")
    try:
        auto_backup_if_due(state.home, state.now())
    except StoreError as error:  # a failed backup must not keep anyone from studying
        problems.append(f"Daily backup failed: {error}")
    known = [profile.id for profile in list_profiles(state.store)]
    if state.profile_id not in known:
        state.profile_id = ensure_profile(state.store)
        remember(state.home, profile_id=state.profile_id)
    window.store_opened()
    if problems:
        print("\n".join(f"studyapp: {problem}" for problem in problems), file=sys.stderr)
        window.statusBar().showMessage(" ".join(problems))
    if os.environ.get(BENCH_ENV):
        _bench_mark("ready")
        if os.environ[BENCH_ENV] == "exit":
            window.close()


def _fail_start(window: MainWindow, message: str) -> None:
    print(f"studyapp: {message}", file=sys.stderr)
    if QGuiApplication.platformName() != "offscreen":
        QMessageBox.critical(window, f"{APP_NAME} cannot open its data", message)
    QApplication.instance().exit(1)


def _hand_over_to_running_instance(home: Path) -> int:
    from studyapp.ui.single_instance import ask_running_instance_to_raise

    if ask_running_instance_to_raise(home):
        print(f"studyapp: already running for {home}; brought its window to the front",
              file=sys.stderr)
        return 0
    message = (f"{APP_NAME} is already running for {home}, but it does not answer. "
               "Close it (or end its process) and start again.")
    print(f"studyapp: {message}", file=sys.stderr)
    if QGuiApplication.platformName() != "offscreen":
        QMessageBox.warning(None, APP_NAME, message)
    return 1


def _bench_mark(stage: str) -> None:
    print(f"studyapp-bench {stage}", flush=True)
