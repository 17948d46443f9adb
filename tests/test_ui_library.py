"""The Library screen: sets with counts, opening set files, study/quiz requests, profiles."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select
from ui_study_data import Clock

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
    # The window's own clock, moved by the test: with the wall clock, a loaded machine could
    # let the card come due before the first count and fail it.
    clock = window.state.now = Clock(window.state.now())
    set_id = window.open_set_file(write_set("Reforms", count=2))
    with window.state.store.session() as session:  # a learning card due in ten minutes
        question = session.exec(select(QuestionRow).where(QuestionRow.set_id == set_id)).first()
        session.add(CardState(profile_id=window.state.profile_id, question_id=question.id,
                              state=1, stability=1.0, difficulty=5.0,
                              due=clock.now + timedelta(minutes=10), last_review=clock.now))
    window.refresh_library()
    assert window.library.row_texts()[0][:3] == ["Reforms", "1", "0"]
    window.refresh_timer.setInterval(100)
    clock.advance(minutes=11)  # nothing refreshed by hand: the timer does it
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


def _set_with_drafts(path, ready: int, drafts: int):
    """A set file whose first ``ready`` flashcards are ready and the next ``drafts`` drafts."""
    from conftest import QUESTION, SET_FILE

    questions = "".join(
        QUESTION.format(id=f"draft-{n}" if n > ready else f"ready-{n}", year=1800 + n).replace(
            "status: ready", "status: draft" if n > ready else "status: ready")
        for n in range(1, ready + drafts + 1)
    )
    path.write_text(SET_FILE.format(title="Teacher's set", questions=questions), "utf-8")
    return path


def _studied_ids(window, qtbot):
    """Study the Library's selection to the end; the question ids shown, in order."""
    from PySide6.QtCore import Qt

    window.library.study_button.click()
    screen = window.screens["review"]
    shown = []
    while screen.current_card is not None and len(shown) < 20:
        shown.append(screen.current_card.question_id)
        qtbot.keyClick(screen, Qt.Key.Key_Return)  # show the answer
        qtbot.keyClick(screen, Qt.Key.Key_4)  # easy: not seen again today
    window.show_screen("library")
    return shown


def test_drafts_of_an_imported_set_are_studied_once_the_learner_includes_them(
        window, tmp_path, qtbot):
    window.state.now = Clock()  # a fixed noon: no day rollover while studying
    set_id = window.open_set_file(_set_with_drafts(tmp_path / "teacher.quiz.yaml", 2, 2))
    library = window.library
    assert library.row_texts() == [["Teacher's set  · 2 drafts", "2", "0", "0", "0 %"]]
    assert not library.drafts_box.isHidden() and not library.drafts_box.isChecked()
    assert library.drafts_box.text() == "&Include 2 drafts of this set when studying"

    library.drafts_box.click()
    assert library.row_texts() == [["Teacher's set  · 2 drafts included", "4", "0", "0", "0 %"]]
    assert library.drafts_box.isChecked()  # still so after the refresh
    assert "2 drafts included" in library.model.item(0, 0).toolTip()
    assert sorted(_studied_ids(window, qtbot)) == ["draft-3", "draft-4", "ready-1", "ready-2"]

    library.select_sets([set_id])
    library.drafts_box.click()  # off again: remembered for this learner, drafts not studied
    assert not library.drafts_box.isChecked()
    # The two ready ones were studied; the drafts no longer count.
    assert library.row_texts()[0][:2] == ["Teacher's set  · 2 drafts", "0"]
    from studyapp.ui.library import draft_sets

    assert draft_sets(window.state.home, window.state.profile_id) == []


def test_the_choice_to_include_drafts_is_kept_per_learner(window, tmp_path):
    from studyapp.ui.library import draft_sets

    set_id = window.open_set_file(_set_with_drafts(tmp_path / "teacher.quiz.yaml", 1, 1))
    window.library.drafts_box.click()
    first = window.state.profile_id
    window.new_profile("Another learner")
    window.library.select_sets([set_id])
    assert not window.library.drafts_box.isChecked()
    assert window.library.row_texts()[0][1] == "1"
    assert draft_sets(window.state.home, first) == [set_id]


def test_bundled_sets_never_offer_their_drafts(window, tmp_path):
    from studyapp.quizsets import load_set
    from studyapp.services.library import import_set

    path = _set_with_drafts(tmp_path / "shipped.quiz.yaml", 2, 2)
    set_id = import_set(window.state.store, load_set(path), file=path, bundled=True)
    window.refresh_library()
    window.library.select_sets([set_id])
    assert window.library.selected_set_ids() == [set_id]
    assert window.library.drafts_box.isHidden()
    assert window.library.row_texts()[0][:2] == ["Teacher's set", "2"]
    assert "draft" not in window.library.model.item(0, 0).toolTip()


def test_the_first_paint_counts_the_drafts_a_learner_included(window, tmp_path, qtbot):
    from PySide6.QtWidgets import QApplication

    from studyapp.ui.app import launch

    window.open_set_file(_set_with_drafts(tmp_path / "teacher.quiz.yaml", 2, 2))
    window.library.drafts_box.click()
    window.close()
    again = launch(QApplication.instance(), window.state.home, window.state.bundled_sets)
    qtbot.addWidget(again)
    assert again.state.store is None  # the counts below come from the fast path
    assert again.library.row_texts() == [["Teacher's set  · 2 drafts included", "4", "0", "0",
                                          "0 %"]]
    with qtbot.waitSignal(again.store_ready, timeout=20000):
        pass
