"""The Review screen driven by keys, with the real study session and a real SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from ui_study_data import Clock, open_library, review_questions, rows

from studyapp.ui.review import ReviewScreen, format_interval


@pytest.fixture
def review(qtbot, home):
    clock = Clock()
    state, set_id = open_library(home, review_questions(), clock)
    screen = ReviewScreen(state)
    qtbot.addWidget(screen)
    screen.resize(900, 640)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    screen.start([set_id])
    yield screen
    screen.close_session()
    state.store.close()


def press(qtbot, screen, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or screen, key, modifier)


def logs(home):
    return rows(home, "SELECT question_id, rating FROM review_log ORDER BY id")


def card_state(home, question_id):
    return rows(home, "SELECT state, suspended, buried_until, flag FROM card_state"
                      " WHERE question_id = ?", question_id)


def test_a_whole_session_by_keys(qtbot, home, review):
    screen = review
    assert screen.current_card.question_id == "card-1"
    assert screen.prompt.text() == "When did the barricades go up in Paris?"
    assert not screen.answer.isVisible()
    assert screen.count_new.text() == "New 5"

    press(qtbot, screen, Qt.Key.Key_Space)
    assert screen.answer.isVisible() and screen.answer.text() == "1848"
    assert screen.grade_buttons[3].text().startswith("Good\n")
    press(qtbot, screen, Qt.Key.Key_3)
    assert logs(home) == [("card-1", 3)]
    assert card_state(home, "card-1")[0][0] == 1  # learning
    assert screen.current_card.question_id == "card-2"
    assert screen.count_new.text() == "New 4"
    assert screen.count_learning.text() == "Learning 1"

    # Enter shows the answer too; Again, then Ctrl+Z takes it back entirely.
    press(qtbot, screen, Qt.Key.Key_Return)
    press(qtbot, screen, Qt.Key.Key_1)
    assert logs(home) == [("card-1", 3), ("card-2", 1)]
    press(qtbot, screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert logs(home) == [("card-1", 3)]
    assert card_state(home, "card-2") == []  # new again, as before the answer
    assert screen.current_card.question_id == "card-2"
    assert not screen.is_revealed()
    press(qtbot, screen, Qt.Key.Key_Space)
    press(qtbot, screen, Qt.Key.Key_4)
    assert card_state(home, "card-2")[0][0] == 2  # review: Easy graduates at once

    # @ suspends card-3 without an answer; it is not shown again.
    assert screen.current_card.question_id == "card-3"
    press(qtbot, screen, "@")
    assert card_state(home, "card-3") == [(0, 1, None, 0)]
    assert screen.current_card.question_id == "cloze-1"

    # A cloze asks with its instruction and answers with the sentence alone, gap filled in.
    assert screen.prompt.text() == "Fill in the blank: The revolution began in ____ 1848."
    press(qtbot, screen, Qt.Key.Key_Space)
    assert screen.answer.text() == "The revolution began in <b>February</b> 1848."
    press(qtbot, screen, Qt.Key.Key_2)

    # A typed answer: a wrong one proposes Again, and Enter takes the proposal.
    assert screen.current_card.question_id == "typed-1"
    assert screen.typed.hasFocus()
    qtbot.keyClicks(screen.typed, "Vienna")
    press(qtbot, screen, Qt.Key.Key_Return)
    assert screen.verdict.text() == "Not quite: you typed “Vienna”"
    assert screen.grade_buttons[1].property("proposed") is True
    assert screen.grade_buttons[1].hasFocus()
    press(qtbot, screen, Qt.Key.Key_Return)

    assert logs(home) == [("card-1", 3), ("card-2", 4), ("cloze-1", 2), ("typed-1", 1)]
    assert all(ms is not None and ms >= 0 for (ms,) in rows(home, "SELECT duration_ms"
                                                              " FROM review_log"))
    screen.end_button.click()
    assert "4 cards answered, 4 of them new" in screen.summary_text.text()
    assert "Again 1  ·  Hard 1  ·  Good 1  ·  Easy 1" in screen.summary_text.text()
    with qtbot.waitSignal(screen.finished, timeout=1000):
        press(qtbot, screen, Qt.Key.Key_Return)


def test_a_right_typed_answer_proposes_good_and_the_learner_may_change_it(qtbot, home, review):
    screen = review
    for _ in range(4):  # to the typed card, all graded Good
        if screen.current_card.question_id == "typed-1":
            break
        press(qtbot, screen, Qt.Key.Key_Space)
        press(qtbot, screen, Qt.Key.Key_3)
    assert screen.current_card.question_id == "typed-1"
    qtbot.keyClicks(screen.typed, "frankfurt-am-main")
    press(qtbot, screen, Qt.Key.Key_Return)
    assert screen.verdict.text() == "Correct"
    assert screen.grade_buttons[3].property("proposed") is True
    press(qtbot, screen, Qt.Key.Key_2)
    assert logs(home)[-1] == ("typed-1", 2)


def test_bury_flag_edit_and_source_from_the_screen(qtbot, home, review):
    screen = review
    # The source is one key away: the sentence and the document's title.
    assert not screen.source.text.isVisible()
    press(qtbot, screen, Qt.Key.Key_S)
    assert screen.source.text.isVisible()
    assert "Barricades went up in Paris in 1848." in screen.source.text.text()
    assert "Notes on the Revolutions" in screen.source.text.text()

    press(qtbot, screen, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert card_state(home, "card-1")[0][3] == 2
    assert screen.flag_label.text() == "⚑ Orange"
    press(qtbot, screen, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert card_state(home, "card-1")[0][3] == 0

    def fill_in_the_dialog():
        dialog = QApplication.activeModalWidget()
        dialog.prompt.setPlainText("When were the barricades raised in Paris?")
        dialog.accept()

    QTimer.singleShot(0, fill_in_the_dialog)
    press(qtbot, screen, Qt.Key.Key_E)
    assert screen.prompt.text() == "When were the barricades raised in Paris?"
    payload = rows(home, "SELECT payload FROM question WHERE id = 'card-1'")[0][0]
    assert "When were the barricades raised in Paris?" in payload

    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.show_button, timeout=2000)
    press(qtbot, screen, Qt.Key.Key_Minus)
    assert card_state(home, "card-1")[0][2] == "2026-03-11"  # buried until tomorrow
    assert screen.current_card.question_id == "card-2"
    assert logs(home) == []


def test_grade_keys_do_nothing_before_the_answer_is_shown(qtbot, home, review):
    press(qtbot, review, Qt.Key.Key_3)
    assert logs(home) == []
    assert review.current_card.question_id == "card-1"


def test_intervals_read_like_anki():
    from datetime import timedelta

    assert format_interval(timedelta(seconds=30)) == "<1m"
    assert format_interval(timedelta(minutes=10)) == "10m"
    assert format_interval(timedelta(hours=5)) == "5h"
    assert format_interval(timedelta(days=3)) == "3d"
    assert format_interval(timedelta(days=75)) == "2.5mo"
    assert format_interval(timedelta(days=548)) == "1.5y"


def test_every_interactive_widget_has_an_accessible_name(review):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in review.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit) and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []
    shortcuts = {a.text(): a.shortcut().toString() for a in review.actions()}
    assert shortcuts["Undo last answer"] == "Ctrl+Z"
    assert shortcuts["Suspend card"] == "@"
    assert shortcuts["Bury until tomorrow"] == "-"


def test_before_any_session_the_screen_says_how_to_start_one(qtbot, home):
    state, _set_id = open_library(home, review_questions(), Clock())
    screen = ReviewScreen(state)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert "press Study" in screen.findChild(QLabel, "emptyState").text()
    assert not screen.suspend_action.isEnabled()
    with qtbot.waitSignal(screen.finished, timeout=1000):
        screen.findChild(QPushButton, "primary").click()
    state.store.close()


def test_the_screen_follows_a_theme_switch(qapp, review):
    from studyapp.ui import theme

    assert "#ffffff" in review.styleSheet()
    theme.apply_theme(qapp, "dark")
    assert review.styleSheet() == theme.asset_text("study-dark.qss")


def test_in_the_main_window_study_answers_and_comes_back_to_the_library(qtbot, home, window):
    from studyapp.model import QuizSet
    from studyapp.services.library import import_set

    state = window.state
    set_id = import_set(state.store, QuizSet("Revolutions", questions=review_questions()),
                        file=home / "revolutions.quiz.yaml", bundled=False)
    window.activateWindow()
    window.start_screen("review", [set_id])
    screen = window.screens["review"]
    assert isinstance(screen, ReviewScreen)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    first = screen.current_card.question_id
    press(qtbot, screen, Qt.Key.Key_Return)  # shows the answer, typed card or not
    press(qtbot, screen, Qt.Key.Key_3)
    assert logs(home) == [(first, 3)]
    session = screen.session
    screen.end_button.click()
    assert not session.closed  # the summary still lets Ctrl+Z bring the last card back
    press(qtbot, screen, Qt.Key.Key_Return)  # Back to library
    assert window.stack.currentWidget() is window.library
    assert session.closed and screen.session is None


def test_the_study_session_is_let_go_whenever_review_is_left(qtbot, home, window):
    """A session holds its own connection and, after many answers, a checkpoint thread: both
    go when another screen is shown, on a profile switch and when the window closes; coming
    back to Review carries on with the next card."""
    import dataclasses
    import threading

    from studyapp.model import Question, QuizSet
    from studyapp.services.library import import_set
    from studyapp.services.study import CHECKPOINT_EVERY, CHECKPOINT_THREAD

    def checkpoint_threads():
        return [t for t in threading.enumerate() if t.name == CHECKPOINT_THREAD]

    state = window.state
    state.settings = dataclasses.replace(state.settings, new_per_day=CHECKPOINT_EVERY + 10)
    questions = [Question(f"c{n:03}", "flashcard", f"Question {n}?", str(n), fact=f"f{n}",
                          status="ready") for n in range(CHECKPOINT_EVERY + 5)]
    set_id = import_set(state.store, QuizSet("Many", questions=questions),
                        file=home / "many.quiz.yaml", bundled=False)
    window.start_screen("review", [set_id])
    screen = window.screens["review"]
    session = screen.session
    for _ in range(CHECKPOINT_EVERY):  # enough answers to start a background checkpoint
        session.answer(session.next_card(), 4)
    window.show_screen("settings")
    assert session.closed and screen.session is None
    assert checkpoint_threads() == []

    window.show_screen("review")
    assert not screen.session.closed
    assert screen.current_card.question_id == f"c{CHECKPOINT_EVERY:03}"  # the next one

    session = screen.session
    window.new_profile("Second learner")
    assert session.closed

    window.start_screen("review", [set_id])
    session = window.screens["review"].session
    assert session is not None and not session.closed
    window.close()
    assert session.closed
    assert checkpoint_threads() == []


def test_ctrl_z_undoes_the_last_answers_one_after_another(qtbot, home, review):
    screen = review
    for rating in (Qt.Key.Key_3, Qt.Key.Key_1):
        press(qtbot, screen, Qt.Key.Key_Space)
        press(qtbot, screen, rating)
    assert logs(home) == [("card-1", 3), ("card-2", 1)]
    press(qtbot, screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert logs(home) == []
    assert rows(home, "SELECT COUNT(*) FROM card_state") == [(0,)]
    assert screen.current_card.question_id == "card-1"
    assert screen.count_new.text() == "New 5"
    press(qtbot, screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.status.text() == "Nothing to undo"


def test_quiz_kinds_never_show_up_as_review_cards(qtbot, home):
    """A set of every kind: Review shows its flashcards, cloze and typed cards, then the
    summary; the multiple-choice, true/false, ordering and matching ones wait for a quiz."""
    from ui_study_data import quiz_questions

    state, set_id = open_library(home, quiz_questions() + review_questions(), Clock())
    screen = ReviewScreen(state)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)  # grade keys are the window's shortcuts
    screen.start([set_id])
    assert screen.count_new.text() == "New 6"  # 5 review questions and the quiz's typed one
    kinds = []
    for _ in range(10):  # more steps than cards: a quiz kind shown would be counted
        if screen.current_card is None:
            break
        kinds.append(screen.current_card.question.kind)
        press(qtbot, screen, Qt.Key.Key_Return)  # shows the answer, typed field or not
        press(qtbot, screen, Qt.Key.Key_4)
    assert set(kinds) == {"flashcard", "cloze", "typed"} and len(kinds) == 6
    assert screen.summary_text.text().startswith("6 cards answered")
    screen.close_session()
    state.store.close()


def test_ctrl_z_on_the_summary_brings_the_last_card_back(qtbot, home, review):
    """The session stays open on the summary (it closes when the learner leaves it), so the
    last answer can still be taken back there."""
    screen = review
    press(qtbot, screen, Qt.Key.Key_Space)
    press(qtbot, screen, Qt.Key.Key_3)
    screen.end_button.click()
    assert screen.summary_text.text().startswith("1 card answered, 1 of them new")
    press(qtbot, screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert logs(home) == []
    assert screen.current_card.question_id == "card-1" and not screen.is_revealed()
