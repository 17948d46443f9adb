"""The application shell: start-up, the window, its menus and keys, one instance per home."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QListWidget,
    QTreeView,
    QWidget,
)

from studyapp.model import REVIEW_KINDS
from studyapp.quizsets import load_set
from studyapp.services.library import ensure_profile, import_set
from studyapp.store import open_store
from studyapp.store.lock import InstanceLock
from studyapp.ui.app import launch

REPO = Path(__file__).resolve().parents[1]


def add_set(home: Path, path: Path) -> None:
    store = open_store(home)
    try:
        ensure_profile(store)
        import_set(store, load_set(path), file=path, bundled=False)
    finally:
        store.close()


def test_the_window_opens_titled_with_four_screens_and_the_library_first(window):
    assert window.windowTitle() == "StudyApp"
    assert window.isVisible()
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert labels == ["Library", "Review", "Quiz", "Settings"]
    assert window.stack.currentWidget() is window.library
    assert window.profile_box.count() == 1  # the first start made one profile


def test_counts_are_painted_from_the_fast_path_before_the_store_opens(
        qtbot, home, write_set, no_bundled_sets):
    add_set(home, write_set("Revolutions", count=4))
    main_window = launch(QApplication.instance(), home, no_bundled_sets)
    qtbot.addWidget(main_window)
    # Nothing has run the event loop yet: the store is not open, the counts are there.
    assert main_window.state.store is None
    assert main_window.library.row_texts() == [["Revolutions", "4", "0", "0", "0 %"]]
    assert not main_window.library.study_button.isEnabled()
    with qtbot.waitSignal(main_window.store_ready, timeout=20000):
        pass
    assert main_window.library.row_texts() == [["Revolutions", "4", "0", "0", "0 %"]]
    assert main_window.library.study_button.isEnabled()


def test_an_empty_library_says_how_to_add_sets(window):
    assert window.library.body.currentWidget() is window.library.empty_label
    text = window.library.empty_label.text()
    assert "Open set file" in text and "studyapp generate" in text


def test_ctrl_1_to_4_switch_screens(window, qtbot):
    window.activateWindow()
    for number, name in enumerate(["library", "review", "quiz", "settings"], start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.screens[name]
        assert window.nav.currentRow() == number - 1


def test_every_interactive_widget_has_an_accessible_name(window):
    for name in ("library", "review", "quiz", "settings"):
        window.show_screen(name)
    interactive = (QAbstractButton, QAbstractSpinBox, QComboBox, QListWidget, QTreeView)
    unnamed = [
        widget for widget in window.findChildren(QWidget)
        if isinstance(widget, interactive) and widget.isVisibleTo(window)
        and not widget.accessibleName()
    ]
    assert unnamed == []


def test_back_up_now_writes_a_backup_file(window, home):
    target = window.back_up_now()
    assert target is not None and target.exists()
    assert target.parent == home / "backups"


def test_the_first_paint_comes_before_sqlmodel_and_fsrs_are_imported(home, write_set):
    add_set(home, write_set("History", count=2))
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        import studyapp.cli  # what the `studyapp` command loads before the window
        from studyapp.ui.app import launch
        app = QApplication([])
        window = launch(app, Path({str(home)!r}))
        heavy = ("sqlmodel", "sqlalchemy", "fsrs", "ruamel")
        def painted():
            print("loaded at paint:", sorted(m for m in heavy if m in sys.modules))
            print("rows:", window.library.row_texts(), flush=True)
        window.first_painted.connect(painted)
        window.store_ready.connect(lambda: (print("ready", flush=True), window.close()))
        sys.exit(app.exec())
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, env=_env(home), cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert "loaded at paint: []" in result.stdout
    assert "rows: [['History', '2', '0', '0', '0 %']]" in result.stdout
    assert "ready" in result.stdout


def test_a_second_start_on_the_same_home_raises_the_first_and_exits(home):
    first = subprocess.Popen(
        [sys.executable, "-m", "studyapp", "--home", str(home)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**_env(home), "STUDYAPP_BENCH_MARK": "1"}, cwd=REPO,
    )
    try:
        _wait_for_line(first, "studyapp-bench ready")
        second = subprocess.run([sys.executable, "-m", "studyapp", "--home", str(home)],
                                capture_output=True, text=True, timeout=60, env=_env(home),
                                cwd=REPO)
        assert second.returncode == 0
        assert "already running" in second.stderr
        assert "brought its window to the front" in second.stderr
        assert first.poll() is None  # the first one goes on
    finally:
        first.terminate()
        first.communicate(timeout=20)
    assert first.returncode == 0  # SIGTERM closes the window the normal way


def test_a_second_start_explains_when_the_holder_does_not_answer(home):
    lock = InstanceLock(home)  # this test process holds the lock and answers nothing
    assert lock.acquire()
    try:
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "studyapp", "--home", str(home)],
                                capture_output=True, text=True, timeout=60, env=_env(home),
                                cwd=REPO)
    finally:
        lock.release()
    assert second.returncode == 1
    assert "already running" in second.stderr and "does not answer" in second.stderr
    assert time.monotonic() - started < 30


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STUDYAPP_HOME": str(home)}
    env.pop("STUDYAPP_BENCH_MARK", None)
    return env


def _wait_for_line(process: subprocess.Popen, wanted: str) -> None:
    """Read the app's stdout until ``wanted``; a hung app is killed after a minute."""
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            if line.strip() == wanted:
                return
    finally:
        watchdog.cancel()
    raise AssertionError(f"the app ended before '{wanted}': {process.stderr.read()}")


def test_tab_goes_from_the_navigation_through_the_library_to_the_profile(window, write_set):
    window.open_set_file(write_set("Empires", count=2))
    expected = [window.library.table, window.library.study_button, window.library.quiz_button,
                window.library.open_button, window.profile_box, window.new_profile_button]
    widget = window.nav
    for wanted in expected:
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        assert widget is wanted


def test_review_opened_from_the_navigation_starts_on_the_library_selection(window, write_set):
    window.open_set_file(write_set("Dynasties", count=2))
    chosen = window.open_set_file(write_set("Treaties", count=3))
    window.library.select_sets([chosen])
    window.nav.setCurrentRow(1)
    review = window.stack.currentWidget()
    assert review is window.screens["review"]
    assert review.current_card is not None
    assert review.current_card.question_id.startswith("treaties-")


def test_about_names_the_version_and_the_data_directory(window, home):
    window.show_about()
    assert window.dialog.isVisible()
    assert "0.1.0" in window.dialog.text() and str(home) in window.dialog.text()
    window.dialog.close()


def test_a_set_file_dropped_on_the_window_is_added(window, write_set, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write_set("Dropped", count=2)))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.library.row_texts() == [["Dropped", "2", "0", "0", "0 %"]]


def test_a_database_from_a_newer_version_stops_the_start_with_a_clear_message(home):
    import sqlite3

    from studyapp.store import database_path

    connection = sqlite3.connect(database_path(home))
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    result = subprocess.run([sys.executable, "-m", "studyapp", "--home", str(home)],
                            capture_output=True, text=True, timeout=60, env=_env(home), cwd=REPO)
    assert result.returncode == 1
    assert str(database_path(home)) in result.stderr and "999" in result.stderr


def test_the_window_comes_back_with_the_size_it_was_closed_with(window, home, qtbot):
    window.resize(760, 520)  # the offscreen screen is 800 x 600
    window.close()
    again = launch(QApplication.instance(), home, window.state.bundled_sets)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 520)
    with qtbot.waitSignal(again.store_ready, timeout=20000):
        pass


def test_the_first_start_lists_every_bundled_set_with_no_dialog(qtbot, home):
    from importlib.resources import as_file, files

    window = launch(QApplication.instance(), home)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_ready, timeout=20000):
        pass

    shipped = [item for item in files("studyapp.questions").iterdir()
               if item.name.endswith(".quiz.yaml")]
    expected = {}
    for item in shipped:
        with as_file(item) as path:
            quizset = load_set(path)
        # New: every ready card Review studies; nothing due or learned yet.
        new = sum(question.status == "ready" and question.kind in REVIEW_KINDS
                  for question in quizset.questions)
        expected[quizset.title] = [str(new), "0", "0", "0 %"]
    shown = {row[0]: row[1:] for row in window.library.row_texts()}
    assert shown == expected
    assert window.dialog is None
    assert window.library.body.currentWidget() is (
        window.library.table if expected else window.library.empty_label)


@pytest.mark.parametrize(("look", "accent"), [("light", "#3d6e9e"), ("dark", "#4a7fb5")])
def test_a_ticked_box_is_filled_with_the_accent_and_a_white_tick(qapp, qtbot, look, accent):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox

    from studyapp.ui import theme

    theme.apply_theme(qapp, look)
    assert "@icons@" not in qapp.styleSheet()
    box = QCheckBox("Include drafts")
    qtbot.addWidget(box)
    box.setChecked(True)
    image = box.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(18) for y in range(image.height())}
    assert accent in colours and QColor("#ffffff").name() in colours  # the tick is drawn
    box.setChecked(False)
    image = box.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(18) for y in range(image.height())}
    assert accent not in colours and "#8a94a1" in colours  # only the outline
