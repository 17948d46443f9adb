"""The Quiz screen: a whole quiz of every kind by keys (and one drop), stored as an attempt."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from ui_study_data import Clock, open_library, quiz_questions, rows

from studyapp.ui import quiz as quiz_module
from studyapp.ui.ordering import OrderingModel
from studyapp.ui.quiz import QuizScreen

CHRONOLOGICAL = ["Uprising in Palermo", "Barricades in Paris", "Assembly opens",
                 "Constitution signed"]


@pytest.fixture
def quiz(qtbot, home):
    state, set_id = open_library(home, quiz_questions(), Clock())
    screen = QuizScreen(state, seed=7)
    qtbot.addWidget(screen)
    screen.resize(900, 640)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    screen.start([set_id])
    yield screen, set_id
    state.store.close()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def answer_ordering_by_key_and_drop(qtbot, screen):
    """Alt+Down moves the first item; a drop of the model's mime data moves another."""
    model = screen.ordering_model
    assert model.texts() == ["Assembly opens", "Uprising in Palermo", "Constitution signed",
                             "Barricades in Paris"]
    assert screen.ordering.hasFocus()
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert model.texts() == ["Uprising in Palermo", "Assembly opens", "Constitution signed",
                             "Barricades in Paris"]
    assert screen.ordering.currentIndex().row() == 1  # the moved item stays selected
    dragged = model.mimeData([model.index(3, 0)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert model.texts() == CHRONOLOGICAL


def test_a_whole_quiz_of_every_kind(qtbot, home, quiz):
    screen, set_id = quiz
    assert screen.chosen_sets() == [set_id]
    screen.count_box.setValue(5)
    press(qtbot, Qt.Key.Key_Return)  # Start quiz
    seen = []
    while (question := screen.current_question) is not None:
        seen.append(question.kind)
        if question.kind == "multiple_choice":
            press(qtbot, str(question.options.index("Frankfurt") + 1))
        elif question.kind == "true_false":
            press(qtbot, Qt.Key.Key_2)  # False: wrong
        elif question.kind == "ordering":
            answer_ordering_by_key_and_drop(qtbot, screen)
        elif question.kind == "matching":
            for answer in ("1848", "1849", "1848"):  # Vienna wrong: 2 of 3
                qtbot.keyClicks(QApplication.focusWidget(), answer)
                press(qtbot, Qt.Key.Key_Tab)
        else:
            qtbot.keyClicks(screen.typed, "palermo")
        press(qtbot, Qt.Key.Key_Return)  # check
        assert screen.feedback.isVisible()
        expected_verdict = {"true_false": "wrong", "matching": "partial"}.get(question.kind,
                                                                            "correct")
        assert screen.verdict.property("verdict") == expected_verdict
        if question.kind == "true_false":  # the right option and the wrong choice are marked
            assert [b.text() for b in screen.choices.buttons()] == ["1.  ✓ True", "2.  ✗ False"]
        press(qtbot, Qt.Key.Key_Return)  # next, or the score after the last
    assert sorted(seen) == sorted(["multiple_choice", "true_false", "ordering", "matching",
                                   "typed"])

    expected_total = 1 + 0 + 1 + 2 / 3 + 1
    assert screen.score() == pytest.approx(expected_total)
    assert screen.score_label.text() == "Score: 3.7 of 5  (73%)"
    attempts = rows(home, "SELECT id, set_ids, score, question_count FROM quiz_attempt")
    assert len(attempts) == 1
    attempt_id, set_ids, score, count = attempts[0]
    assert attempt_id == screen.attempt_id and json.loads(set_ids) == [set_id]
    assert count == 5 and score == pytest.approx(expected_total / 5)
    answers = {
        question_id: (json.loads(response), score, correct)
        for question_id, response, score, correct in rows(
            home, "SELECT question_id, response, score, correct FROM quiz_answer")
    }
    assert answers["mc-1"] == ("Frankfurt", 1.0, 1)
    assert answers["tf-1"] == ("False", 0.0, 0)
    assert answers["order-1"] == (CHRONOLOGICAL, 1.0, 1)
    assert answers["match-1"][0] == [["Paris", "1848"], ["Rome", "1849"], ["Vienna", "1848"]]
    assert answers["match-1"][1:] == (pytest.approx(2 / 3), 0)
    assert answers["typed-q"] == ("palermo", 1.0, 1)
    # A quiz never moves the spaced-repetition schedule.
    assert rows(home, "SELECT COUNT(*) FROM review_log") == [(0,)]
    assert rows(home, "SELECT COUNT(*) FROM card_state") == [(0,)]

    # The mistakes are there to look over, with what was answered and what was right.
    assert screen.mistakes.count() == 2
    assert screen.mistakes.hasFocus()
    first = screen.mistake_detail.toPlainText()
    press(qtbot, Qt.Key.Key_Down)
    second = screen.mistake_detail.toPlainText()
    details = {first.splitlines()[0]: first, second.splitlines()[0]: second}
    true_false = details["The revolution began in February."]
    assert "You answered: False" in true_false and "Answer: True" in true_false
    matching = details["Match each city with its year"]
    assert "✗ Vienna → 1848 — should be 1847" in matching and "✓ Rome → 1849" in matching
    assert "Vienna → 1847" in matching and "Score: 67% (2 of 3 pairs matched)" in matching

    screen.retry_button.click()
    assert screen.current_question.id in {"tf-1", "match-1"}


def test_the_time_limit_ends_the_quiz_and_grades_the_rest_as_blank(
    qtbot, home, quiz, monkeypatch
):
    screen, set_id = quiz
    assert screen.begin([set_id], 5, ["multiple_choice", "true_false", "typed"], minutes=1)
    assert screen.timer_label.text() == "1:00 left"
    later = quiz_module.time.monotonic() + 61
    monkeypatch.setattr(quiz_module.time, "monotonic", lambda: later)
    qtbot.waitUntil(lambda: screen.current_question is None, timeout=2000)
    assert rows(home, "SELECT score, question_count FROM quiz_attempt") == [(0.0, 3)]
    assert screen.mistakes.count() == 3


def test_an_empty_choice_says_why(qtbot, quiz):
    screen, set_id = quiz
    for box in screen.kind_boxes.values():
        box.setChecked(False)
    screen.start_button.click()
    assert screen.current_question is None
    assert "one kind" in screen.setup_message.text()
    assert not screen.begin([set_id], 5, ["cloze"])
    assert "No questions" in screen.setup_message.text()


def test_ordering_model_moves_without_losing_or_doubling_items():
    model = OrderingModel(["a", "b", "c", "d"])
    drop = model.dropMimeData
    assert drop(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, -1, -1,
                QModelIndex())  # onto the empty space below the list: to the end
    assert model.texts() == ["b", "c", "d", "a"]
    assert drop(model.mimeData([model.index(3, 0)]), Qt.DropAction.MoveAction, -1, -1,
                model.index(1, 0))  # onto an item: into its place
    assert model.texts() == ["b", "a", "c", "d"]
    assert drop(model.mimeData([model.index(2, 0)]), Qt.DropAction.MoveAction, 2, 0,
                QModelIndex())  # onto itself: nothing moves
    assert model.texts() == ["b", "a", "c", "d"]
    assert not drop(model.mimeData([model.index(2, 0)]), Qt.DropAction.CopyAction, 0, 0,
                    QModelIndex())
    assert model.texts() == ["b", "a", "c", "d"]


def test_every_interactive_widget_has_an_accessible_name(qtbot, quiz):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QWidget,
    )

    screen, set_id = quiz
    screen.begin([set_id], 5, ["matching", "multiple_choice"])
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, quiz_module.QListWidget,
             quiz_module.OrderingView)
    # A button's text is its accessible name; every other control names itself (Qt's own
    # parts, such as a spin box's line edit, are named by their owner).
    unnamed = [
        f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}"
        for w in screen.findChildren(QWidget)
        if isinstance(w, kinds) and not w.accessibleName() and not w.objectName().startswith("qt_")
        and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []


def test_dates_in_the_right_order_say_no_more_than_they_know():
    from studyapp.model import Ymd
    from studyapp.ui.quiz import date_text

    assert date_text(Ymd(1848, 2, 22)) == "22 February 1848"
    assert date_text(Ymd(1848, 3, 1)) == "March 1848"
    assert date_text(Ymd(1848, 1, 1)) == "1848"
    assert date_text(Ymd(-43, 3, 15)) == "15 March 44 BC"


def test_opened_from_the_navigation_it_offers_every_set(qtbot, home):
    state, set_id = open_library(home, quiz_questions(), Clock())
    screen = QuizScreen(state)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.sets_list.count() == 1 and screen.chosen_sets() == []
    qtbot.keyClick(screen.sets_list, Qt.Key.Key_Return)
    assert "Choose at least one set" in screen.setup_message.text()
    screen.sets_list.setCurrentRow(0)
    qtbot.keyClick(screen.sets_list, Qt.Key.Key_Space)  # ticks the set
    assert screen.chosen_sets() == [set_id]
    qtbot.keyClick(screen.sets_list, Qt.Key.Key_Return)  # starts
    assert screen.current_question is not None
    state.store.close()


def test_ordering_feedback_says_where_each_item_belongs_and_how_pairs_were_counted(qtbot, quiz):
    screen, set_id = quiz
    assert screen.begin([set_id], 1, ["ordering"])
    model = screen.ordering_model
    # Every item one place off: no place right, yet half of the pairs are in order.
    model.set_texts(CHRONOLOGICAL[1:] + CHRONOLOGICAL[:1])
    screen.next_button.click()
    assert screen.verdict.text() == "◐ Partly right: 3 of 6 pairs in the right order (50%)"
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert shown == ["✗  Barricades in Paris  — should be 2nd",
                     "✗  Assembly opens  — should be 3rd",
                     "✗  Constitution signed  — should be 4th",
                     "✗  Uprising in Palermo  — should be 1st"]

    assert screen.begin([set_id], 1, ["ordering"])
    model.set_texts([CHRONOLOGICAL[1], CHRONOLOGICAL[0], *CHRONOLOGICAL[2:]])
    screen.next_button.click()
    assert screen.verdict.text() == "◐ Partly right: 5 of 6 pairs in the right order (83%)"
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert shown == ["✗  Barricades in Paris  — should be 2nd",
                     "✗  Uprising in Palermo  — should be 1st",
                     "✓  Assembly opens", "✓  Constitution signed"]
    screen.next_button.click()  # the score, with the mistake explained the same way
    detail = screen.mistake_detail.toPlainText()
    assert "✗ Barricades in Paris — should be 2nd" in detail
    assert "✓ Assembly opens" in detail
    assert "Score: 83% (5 of 6 pairs in the right order)" in detail


def test_matching_feedback_marks_each_pair_and_counts_them(qtbot, quiz):
    from PySide6.QtWidgets import QLabel

    screen, set_id = quiz
    assert screen.begin([set_id], 1, ["matching"])
    for left, right in (("Paris", "1848"), ("Rome", "1847"), ("Vienna", "1847")):
        screen.matching.choose(left, right)
    screen.next_button.click()
    assert screen.verdict.text() == "◐ Partly right: 2 of 3 pairs matched (67%)"
    marks = [label.text() for label in screen.matching.findChildren(QLabel, "mark")]
    assert marks == ["✓", "✗", "✓"]


def test_the_right_order_shows_each_items_date_as_the_text_gave_it(qtbot, home):
    """A century starts on a first of January; its label must not shrink to a bare year.
    The items pass through the store on import, so the date also survives the payload."""
    from dataclasses import replace

    from studyapp.model import OrderItem, Ymd

    questions = quiz_questions()
    (ordering,) = [q for q in questions if q.kind == "ordering"]
    dated = replace(ordering, items=[
        *ordering.items, OrderItem("Monks build a mill", Ymd(1001, 1, 1), "the 11th century")])
    state, set_id = open_library(home, [dated], Clock())
    screen = QuizScreen(state, seed=7)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.begin([set_id], 1, ["ordering"])
    screen.ordering_model.set_texts(list(reversed(screen.ordering_model.texts())))
    screen.next_button.click()
    shown = screen.expected.text()
    assert "Monks build a mill (the 11th century)" in shown and "(1001)" not in shown
    assert "Barricades in Paris (22 February 1848)" in shown  # no date given: from its start
    state.store.close()
