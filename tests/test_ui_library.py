"""The Library screen: sets with counts, opening set files, study/quiz requests, profiles."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from studyapp.services.library import library_summary
from studyapp.store.tables import CardState, QuestionRow
from studyapp.ui.set_import import DiagnosticsDialog

BROKEN = """\
title: Broken set
questions:
  - id: b-1
    kind: multiple_choice
    prompt: Which year?
    answer: '1991'
    options: ['1987', '1988']
    status: ready
  - id: b-2
    kind: no_such_kind
    prompt: Something
    status: ready
"""


def test_a_good_set_file_is_added_with_its_counts(window, write_set):
    set_id = window.open_set_file(write_set("Early modern", count=3))
    assert set_id is not None
    assert window.library.row_texts() == [["Early modern", "3", "0", "0", "0 %"]]
    assert window.library.selected_set_ids() == [set_id]
    assert window.library.body.currentWidget() is window.library.table
    assert "Added “Early modern”" in window.statusBar().currentMessage()


def test_a_broken_file_shows_every_problem_with_its_line_and_imports_nothing(
        window, tmp_path, qtbot):
    path = tmp_path / "broken.quiz.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    assert window.open_set_file(path) is None
    dialog = window.dialog
    assert isinstance(dialog, DiagnosticsDialog) and dialog.isVisible()
    shown = dialog.details.toPlainText().splitlines()
    from studyapp.quizsets import QuizSetError, load_set

    try:
        load_set(path)
    except QuizSetError as error:
        expected = error.diagnostics
    assert len(expected) >= 2
    assert len(shown) == len(expected)
    for diagnostic, line in zip(expected, shown, strict=True):
        assert line.startswith(f"line {diagnostic.line}, column {diagnostic.column}:")
        assert diagnostic.message in line
    assert window.library.row_texts() == []
    assert library_summary(window.state.store, window.state.profile_id, window.state.now()) == []
    dialog.close()


def test_study_and_quiz_send_the_selected_sets_to_their_screens(window, write_set, qtbot):
    first = window.open_set_file(write_set("Alpha", count=2))
    second = window.open_set_file(write_set("Beta", count=2))
    window.library.select_sets([first, second])
    with qtbot.waitSignal(window.library.study_requested) as study:
        window.library.study_button.click()
    assert sorted(study.args[0]) == sorted([first, second])
    assert window.stack.currentWidget() is window.screens["review"]
    window.show_screen("library")
    window.library.select_sets([second])
    with qtbot.waitSignal(window.library.quiz_requested) as quiz:
        window.library.quiz_button.click()
    assert quiz.args[0] == [second]
    assert window.stack.currentWidget() is window.screens["quiz"]


def test_switching_profile_shows_that_learners_counts(window, write_set):
    set_id = window.open_set_file(write_set("Wars", count=3))
    first_profile = window.state.profile_id
    now = window.state.now()
    with window.state.store.session() as session:  # the first learner knows one card well
        question = session.exec(select(QuestionRow).where(QuestionRow.set_id == set_id)).first()
        session.add(CardState(profile_id=first_profile, question_id=question.id, state=2,
                              stability=30.0, difficulty=5.0, due=now + timedelta(days=20),
                              last_review=now - timedelta(days=1)))
    window.refresh_library()
    assert window.library.row_texts() == [["Wars", "2", "0", "1", "33 %"]]

    second_profile = window.new_profile("Second learner")
    assert window.state.profile_id == second_profile != first_profile
    assert window.profile_box.currentText() == "Second learner"
    assert window.library.row_texts() == [["Wars", "3", "0", "0", "0 %"]]

    window.profile_box.setCurrentIndex(window.profile_box.findData(first_profile))
    window.profile_box.activated.emit(window.profile_box.currentIndex())
    assert window.state.profile_id == first_profile
    assert window.library.row_texts() == [["Wars", "2", "0", "1", "33 %"]]


def test_the_chosen_profile_is_used_again_on_the_next_start(window, home, qtbot):
    second_profile = window.new_profile("Evening learner")
    window.close()
    from PySide6.QtWidgets import QApplication

    from studyapp.ui.app import launch

    again = launch(QApplication.instance(), home, window.state.bundled_sets)
    qtbot.addWidget(again)
    assert again.state.profile_id == second_profile  # known before the store opens
    with qtbot.waitSignal(again.store_ready, timeout=20000):
        pass
    assert again.profile_box.currentText() == "Evening learner"


def test_a_taken_profile_name_is_explained_and_nothing_changes(window):
    first_profile = window.state.profile_id
    name = window.profile_box.currentText()
    assert window.new_profile(name) is None
    assert "already exists" in window.dialog.text()
    assert window.state.profile_id == first_profile
    assert window.profile_box.count() == 1
    window.dialog.close()


def test_counts_refresh_by_themselves_as_cards_come_due(window, write_set, qtbot):
    set_id = window.open_set_file(write_set("Reforms", count=2))
    now = window.state.now()
    with window.state.store.session() as session:  # a learning card due in a moment
        question = session.exec(select(QuestionRow).where(QuestionRow.set_id == set_id)).first()
        session.add(CardState(profile_id=window.state.profile_id, question_id=question.id,
                              state=1, stability=1.0, difficulty=5.0,
                              due=now + timedelta(milliseconds=300), last_review=now))
    window.refresh_library()
    assert window.library.row_texts()[0][:3] == ["Reforms", "1", "0"]
    window.refresh_timer.setInterval(100)
    qtbot.waitUntil(lambda: window.library.row_texts()[0][:3] == ["Reforms", "1", "1"],
                    timeout=5000)


def test_enter_on_a_set_starts_studying_it(window, write_set, qtbot):
    from PySide6.QtCore import Qt

    set_id = window.open_set_file(write_set("Charters", count=2))
    window.library.table.setFocus()
    with qtbot.waitSignal(window.library.study_requested) as study:
        qtbot.keyClick(window.library.table, Qt.Key.Key_Return)
    assert study.args[0] == [set_id]
    assert window.stack.currentWidget() is window.screens["review"]
