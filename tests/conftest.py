"""Shared by the UI tests: Qt runs offscreen, each test gets its own data directory, and a
test that leaves a visible top-level window behind fails."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture
def home(tmp_path, monkeypatch):
    """An empty data directory, also announced through STUDYAPP_HOME."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("STUDYAPP_HOME", str(path))
    return path


@pytest.fixture(autouse=True)
def _no_leaked_windows(request):
    """After a Qt test (and after pytest-qt closed what it was given), no top-level widget
    may still be visible; the look is reset so the next test starts light."""
    yield
    if "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from studyapp.ui import theme

    app = QApplication.instance()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in app.topLevelWidgets() if w.isVisible()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    theme.apply_theme(app, "light")
    assert not leaked, f"test left windows open: {[type(w).__name__ for w in leaked]}"


SET_FILE = """\
title: {title}
description: A set written by a test
questions:
{questions}"""

QUESTION = """\
  - id: {id}
    kind: flashcard
    prompt: In which year did event {id} happen?
    answer: '{year}'
    fact: event:{year}:{id}
    source: {{document: notes.txt, sentence: Event {id} happened in {year}.}}
    status: ready
"""


@pytest.fixture
def write_set(tmp_path):
    """Writes a valid .quiz.yaml with ``count`` ready flashcards; returns its path."""

    def write(title: str, count: int = 3, name: str | None = None, prefix: str | None = None):
        prefix = prefix or title.lower().replace(" ", "-")
        questions = "".join(
            QUESTION.format(id=f"{prefix}-{n}", year=1900 + n) for n in range(1, count + 1)
        )
        path = tmp_path / (name or f"{prefix}.quiz.yaml")
        path.write_text(SET_FILE.format(title=title, questions=questions), encoding="utf-8")
        return path

    return write


@pytest.fixture
def no_bundled_sets(tmp_path):
    """An empty folder of shipped sets, so a test sees only the sets it adds itself."""
    folder = tmp_path / "no-bundled-sets"
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot, home, no_bundled_sets):
    """The main window started on ``home`` the way `studyapp` starts it, with its store open
    and no shipped sets."""
    from PySide6.QtWidgets import QApplication

    from studyapp.ui.app import launch

    main_window = launch(QApplication.instance(), home, no_bundled_sets)
    qtbot.addWidget(main_window)
    if main_window.state.store is None:
        with qtbot.waitSignal(main_window.store_ready, timeout=20000):
            pass
    return main_window
