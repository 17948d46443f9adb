"""The Quiz screen: a setup panel, one question at a time with feedback, then the score.

A quiz is a test, not a study session: its answers are stored as an attempt (they count
towards mastery) and never move the spaced-repetition schedule.

Keys: Enter starts the quiz, checks an answer and goes on; 1-9 pick an option; Alt+Up and
Alt+Down move an item of an ordering; Tab goes from one matching box to the next.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studyapp.model import Question, Ymd
from studyapp.ui.matching import MatchingWidget
from studyapp.ui.ordering import OrderingModel, OrderingView
from studyapp.ui.source import SourcePanel
from studyapp.ui.state import AppState
from studyapp.ui.study_style import StudyStyle, centred, repolish, scrolling

# The kinds a learner can pick; "typed" also brings flashcards and cloze gaps, answered typed.
KIND_CHOICES = {
    "multiple_choice": ("Multiple choice", ["multiple_choice"]),
    "true_false": ("True or false", ["true_false"]),
    "ordering": ("Ordering", ["ordering"]),
    "matching": ("Matching", ["matching"]),
    "typed": ("Typed answer", ["typed", "cloze", "flashcard"]),
}
KIND_HINTS = {
    "multiple_choice": "Pick one: keys 1–9 or the arrows",
    "true_false": "True or false? Keys 1 and 2",
    "ordering": "Earliest first: drag the items, or select one and press Alt+Up / Alt+Down",
    "matching": "Pick the match of each item (Tab goes to the next)",
}
SET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONTENT_WIDTH = 860


@dataclass
class Answered:
    """One question of the running quiz with the learner's response and its grade."""

    question: Question
    response: object
    grade: object  # services.quiz.Grade


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def date_text(day: Ymd) -> str:
    """A date as precise as an item's start can tell: a first of January may stand for a
    whole year and a first of the month for the month, so those show no more than that."""
    year = f"{1 - day.year} BC" if day.year <= 0 else str(day.year)
    if day.day == 1:
        return year if day.month == 1 else f"{MONTHS[day.month - 1]} {year}"
    return f"{day.day} {MONTHS[day.month - 1]} {year}"


def chronological(question: Question):
    return sorted(question.items, key=lambda item: item.start)


def ordering_marks(question: Question, texts: list[str]) -> list[bool]:
    """For each place of the learner's order, whether an item of the right date is there."""
    start_of = {item.text: item.start for item in question.items}
    right = [item.start for item in chronological(question)]
    return [start_of.get(text) == start for text, start in zip(texts, right, strict=False)]


def ordering_hints(question: Question, texts: list[str]) -> list[str]:
    """For each item of the learner's order: "" where its place is right, else where it
    belongs ("should be 3rd"; items on the same date may take any of their places)."""
    places: dict[Ymd, list[int]] = {}
    for place, item in enumerate(chronological(question), start=1):
        places.setdefault(item.start, []).append(place)
    start_of = {item.text: item.start for item in question.items}
    hints = []
    for ok, text in zip(ordering_marks(question, texts), texts, strict=True):
        right = places.get(start_of.get(text), [])
        hints.append("" if ok or not right else
                     "should be " + " or ".join(ordinal(place) for place in right))
    return hints


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
        number % 10, "th")
    return f"{number}{suffix}"


def partial_credit(question: Question, score: float) -> str:
    """How a partly right answer was scored, in the terms the grading counts."""
    if question.kind == "ordering":
        # The grade is the share of item pairs in the right order (see services.quiz).
        items = len(question.items)
        pairs = items * (items - 1) // 2
        return f"{round(score * pairs)} of {pairs} pairs in the right order"
    if question.kind == "matching":
        pairs = len(question.pairs)
        return f"{round(score * pairs)} of {pairs} pairs matched"
    return f"{score:.0%}"


def expected_html(question: Question, expected: str) -> str:
    """The right answer, as a list where the answer has parts (escaped rich text)."""
    if question.kind == "ordering":
        # The date as the text gave it; date_text only guesses for sets made without it.
        rows = "".join(f"<li>{escape(item.text)} ({escape(item.date or date_text(item.start))})"
                       "</li>" for item in chronological(question))
        return f"<b>The right order</b><ol>{rows}</ol>"
    if question.kind == "matching":
        rows = "".join(f"<li>{escape(left)} → {escape(right)}</li>"
                       for left, right in question.pairs)
        return f"<b>The right pairs</b><ul>{rows}</ul>"
    return f"<b>Answer:</b> {escape(expected)}"


def response_html(question: Question, response) -> str:
    """What the learner answered, each part marked right or wrong (escaped rich text)."""
    if question.kind == "ordering":
        texts = list(response or [])
        marks = ordering_marks(question, texts)
        hints = ordering_hints(question, texts)
        rows = "".join(f"<li>{'✓' if ok else '✗'} {escape(text)}"
                       f"{f' — {hint}' if hint else ''}</li>"
                       for text, ok, hint in zip(texts, marks, hints, strict=True))
        return f"<b>Your order</b><ol>{rows}</ol>" if rows else "<b>Your order:</b> none"
    if question.kind == "matching":
        right = dict(question.pairs)
        rows = "".join(
            f"<li>✓ {escape(left)} → {escape(chosen)}</li>" if right.get(left) == chosen else
            f"<li>✗ {escape(left)} → {escape(chosen or '?')} — should be "
            f"{escape(right.get(left, '?'))}</li>"
            for left, chosen in response or []
        )
        return f"<b>Your pairs</b><ul>{rows}</ul>" if rows else "<b>Your pairs:</b> none"
    return f"<b>You answered:</b> {escape(str(response or '')) or '(nothing)'}"


def points(score: float) -> str:
    """A score as a short number: 4, 3.7."""
    return f"{score:.1f}".removesuffix(".0")


class ChoiceWidget(QWidget):
    """Radio buttons for multiple choice and true/false; digits 1-9 pick an option."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choices")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self._group = QButtonGroup(self)
        self._buttons: list[QRadioButton] = []

    def set_options(self, options: list[str]) -> None:
        for button in self._buttons:
            self._group.removeButton(button)
            button.deleteLater()
        self._buttons = []
        for number, option in enumerate(options, 1):
            button = QRadioButton(f"{number}.  {option}")
            button.setObjectName("choice")
            button.setProperty("option", option)
            button.setAccessibleName(option)
            self._group.addButton(button)
            self._layout.insertWidget(number - 1, button)
            button.show()  # at once, not on the next event loop turn, so it can take focus
            self._buttons.append(button)

    def buttons(self) -> list[QRadioButton]:
        return list(self._buttons)

    def choose(self, option: str) -> None:
        for button in self._buttons:
            if button.property("option") == option:
                button.setChecked(True)
                button.setFocus()

    def chosen(self) -> str:
        button = self._group.checkedButton()
        return button.property("option") if button else ""

    def focus_first(self) -> None:
        if self._buttons:
            self._buttons[0].setFocus()

    def set_read_only(self, read_only: bool) -> None:
        for button in self._buttons:
            button.setEnabled(not read_only)

    def mark(self, right: str) -> None:
        """After checking: ✓ on the right option, ✗ on a wrong one the learner chose."""
        for number, button in enumerate(self._buttons, 1):
            option = button.property("option")
            if option.casefold() == right.casefold():
                button.setText(f"{number}.  ✓ {option}")
            elif button.isChecked():
                button.setText(f"{number}.  ✗ {option}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = event.key() - Qt.Key.Key_0
        if 1 <= number <= len(self._buttons) and not event.modifiers():
            self._buttons[number - 1].setChecked(True)
            self._buttons[number - 1].setFocus()
            event.accept()
            return
        super().keyPressEvent(event)


class QuizScreen(QWidget):
    """Setup, questions with feedback, and the score with the mistakes to look over."""

    finished = Signal()

    def __init__(
        self, state: AppState, parent: QWidget | None = None, *, seed: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quizScreen")
        self._state = state
        self._random = random.Random(seed)
        self._set_ids: list[int] = []
        self._questions: list[Question] = []
        self._answered: list[Answered] = []
        self._index = 0
        self._checked = False
        self._started: datetime | None = None
        self._deadline: float | None = None
        self._titles: dict[str, str] = {}
        self.attempt_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self._pages = QStackedWidget()
        self._setup_page = self._build_setup_page()
        self._question_page = self._build_question_page()
        self._result_page = self._build_result_page()
        for page in (self._setup_page, self._question_page, self._result_page):
            self._pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)
        self._style = StudyStyle(self)
        self._style.follow()

    # -- public -------------------------------------------------------------------------
    def start(self, set_ids: list[int]) -> None:
        """Show the setup panel with these sets chosen."""
        from studyapp.services.library import library_summary

        self._timer.stop()
        self._pages.setCurrentWidget(self._setup_page)
        self.sets_list.clear()
        state = self._state
        summaries = library_summary(state.store, state.profile_id, state.now(),
                                    rollover_hour=state.settings.rollover_hour)
        for summary in summaries:
            item = QListWidgetItem(f"{summary.title}  ({summary.total})")
            item.setToolTip(summary.description or summary.title)
            item.setData(SET_ID_ROLE, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = summary.id in set_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.sets_list.addItem(item)
        self.setup_message.setText("")
        self.start_button.setFocus()

    def begin(self, set_ids: list[int], count: int, kinds: list[str], minutes: int = 0) -> bool:
        """Build a quiz and show its first question; False (and a message) when it is empty."""
        from studyapp.services.quiz import build_quiz
        from studyapp.services.sources import document_titles

        seed = self._random.randrange(2**31)
        questions = build_quiz(self._state.store, self._state.profile_id, set_ids, count, kinds,
                               seed)
        if not questions:
            self.setup_message.setText("No questions of these kinds in the chosen sets.")
            return False
        self._set_ids = list(set_ids)
        self._titles = document_titles(self._state.store, set_ids)
        self._run(questions, minutes)
        return True

    @property
    def current_question(self) -> Question | None:
        if self._pages.currentWidget() is not self._question_page:
            return None
        return self._questions[self._index]

    @property
    def answered(self) -> list[Answered]:
        return list(self._answered)

    def score(self) -> float:
        return sum(a.grade.score for a in self._answered)

    def response(self):
        """The learner's answer to the current question, in the form services.quiz grades."""
        kind = self._questions[self._index].kind
        if kind in ("multiple_choice", "true_false"):
            return self.choices.chosen()
        if kind == "ordering":
            return self.ordering_model.texts()
        if kind == "matching":
            return [list(pair) for pair in self.matching.pairs()]
        return self.typed.text().strip()

    def showEvent(self, event) -> None:
        # Opened from the navigation rather than with chosen sets: offer every set.
        if self.sets_list.count() == 0 and self._state.store is not None:
            self.start([])
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        self._style.handles(event)
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter reaches here when the focused field or list did not use it: it starts the
        # quiz on the setup page, and checks the answer (then goes on) on a question.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            page = self._pages.currentWidget()
            if page is self._setup_page:
                self._start_from_setup()
            elif page is self._question_page:
                self._check_or_next()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- setup --------------------------------------------------------------------------
    def _build_setup_page(self) -> QWidget:
        column = QWidget()
        outer = QVBoxLayout(column)
        outer.setSpacing(12)
        outer.addWidget(_title("Quiz"))
        hint = QLabel("Answers in a quiz count towards mastery; they do not change when "
                      "cards come up for review.")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.sets_list = QListWidget()
        self.sets_list.setObjectName("quizSets")
        self.sets_list.setAccessibleName("Sets to draw questions from")
        self.sets_list.setToolTip("Space ticks a set; Enter starts the quiz")
        self.sets_list.setWordWrap(True)
        self.sets_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sets_list.setMaximumHeight(200)
        form.addRow(_buddy("&Sets", self.sets_list), self.sets_list)
        self.count_box = QSpinBox()
        self.count_box.setRange(1, 200)
        self.count_box.setValue(10)
        self.count_box.setAccessibleName("Number of questions")
        self.count_box.setMaximumWidth(120)
        form.addRow(_buddy("&Questions", self.count_box), self.count_box)
        kinds = QWidget()
        kinds_layout = QGridLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for number, (key, (label, _)) in enumerate(KIND_CHOICES.items()):
            box = QCheckBox(label)
            box.setChecked(True)
            box.setAccessibleName(f"Include {label.lower()} questions")
            kinds_layout.addWidget(box, number // 3, number % 3)
            self.kind_boxes[key] = box
        form.addRow("Kinds", kinds)
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(0, 180)
        self.minutes_box.setSuffix(" min")
        self.minutes_box.setSpecialValueText("No limit")
        self.minutes_box.setAccessibleName("Time limit in minutes")
        self.minutes_box.setMaximumWidth(120)
        form.addRow(_buddy("&Time limit", self.minutes_box), self.minutes_box)
        outer.addLayout(form)
        self.setup_message = QLabel()
        self.setup_message.setObjectName("hint")
        outer.addWidget(self.setup_message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        back = QPushButton("Back")
        back.setAccessibleName("Back to library")
        back.clicked.connect(self.finished)
        self.start_button = QPushButton("Start quiz")
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName("Start quiz")
        self.start_button.setToolTip("Enter")
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self._start_from_setup)
        buttons.addWidget(back)
        buttons.addWidget(self.start_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        return centred(column, 720)

    def chosen_sets(self) -> list[int]:
        return [
            self.sets_list.item(row).data(SET_ID_ROLE)
            for row in range(self.sets_list.count())
            if self.sets_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def chosen_kinds(self) -> list[str]:
        return [
            kind
            for key, box in self.kind_boxes.items()
            if box.isChecked()
            for kind in KIND_CHOICES[key][1]
        ]

    def _start_from_setup(self) -> None:
        set_ids, kinds = self.chosen_sets(), self.chosen_kinds()
        if not set_ids or not kinds:
            self.setup_message.setText("Choose at least one set and one kind of question.")
            return
        self.begin(set_ids, self.count_box.value(), kinds, self.minutes_box.value())

    # -- questions ----------------------------------------------------------------------
    def _build_question_page(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        header = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("quizProgress")
        self.progress_label.setAccessibleName("Question number")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("quizTimer")
        self.timer_label.setAccessibleName("Time left")
        header.addWidget(self.progress_label)
        header.addStretch(1)
        header.addWidget(self.timer_label)
        layout.addLayout(header)
        # The question, its answer widget and the feedback scroll when taller than the window.
        middle = QWidget()
        content = QVBoxLayout(middle)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(10)

        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setAccessibleName("Question")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.prompt.setFont(font)
        self.kind_hint = QLabel()
        self.kind_hint.setObjectName("hint")
        content.addWidget(self.prompt)
        content.addWidget(self.kind_hint)

        self.answer_area = QStackedWidget()
        self.choices = ChoiceWidget()
        self.ordering_model = OrderingModel()
        self.ordering = OrderingView()
        self.ordering.setModel(self.ordering_model)
        self.matching = MatchingWidget()
        self.typed = QLineEdit()
        self.typed.setObjectName("typedAnswer")
        self.typed.setAccessibleName("Your answer")
        self.typed.setPlaceholderText("Type the answer, then press Enter")
        for widget in (self.choices, _top(self.ordering), self.matching, _top(self.typed)):
            self.answer_area.addWidget(widget)
        content.addWidget(self.answer_area)

        self.feedback = QFrame()
        self.feedback.setObjectName("feedback")
        feedback = QVBoxLayout(self.feedback)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setAccessibleName("Result")
        self.expected = QLabel()
        self.expected.setObjectName("expected")
        self.expected.setAccessibleName("Expected answer")
        self.expected.setWordWrap(True)
        self.expected.setTextFormat(Qt.TextFormat.RichText)
        self.expected.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = SourcePanel()
        self.source.toggle.setChecked(True)
        feedback.addWidget(self.verdict)
        feedback.addWidget(self.expected)
        feedback.addWidget(self.source)
        content.addWidget(self.feedback)
        content.addStretch(1)
        layout.addWidget(scrolling(middle), 1)

        buttons = QHBoxLayout()
        self.quit_button = QPushButton("End quiz")
        self.quit_button.setAccessibleName("End the quiz now and see the score")
        self.quit_button.clicked.connect(self._finish)
        self.next_button = QPushButton("Check")
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName("Check answer")
        self.next_button.setToolTip("Enter")
        self.next_button.setAutoDefault(True)
        self.next_button.clicked.connect(self._check_or_next)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        return centred(column, CONTENT_WIDTH)

    def _run(self, questions: list[Question], minutes: int) -> None:
        self._questions = list(questions)
        self._answered = []
        self._index = 0
        self.attempt_id = None
        self._started = self._state.now()
        self._deadline = time.monotonic() + minutes * 60 if minutes else None
        self.timer_label.setVisible(bool(minutes))
        self._pages.setCurrentWidget(self._question_page)
        if minutes:
            self._timer.start()
            self._tick()
        self._show_question()

    def _show_question(self) -> None:
        question = self._questions[self._index]
        self._checked = False
        self.progress_label.setText(f"Question {self._index + 1} of {len(self._questions)}")
        self.prompt.setText(question.prompt)
        self.kind_hint.setText(KIND_HINTS.get(question.kind, "Type the answer"))
        self.feedback.hide()
        self.next_button.setText("Check")
        self.next_button.setAccessibleName("Check answer")
        self._set_answer_read_only(False)
        if question.kind in ("multiple_choice", "true_false"):
            options = question.options if question.kind == "multiple_choice" else ["True", "False"]
            self.choices.set_options(options)
            self._show_answer_page(self.choices)
            self.choices.focus_first()
        elif question.kind == "ordering":
            self.ordering_model.set_texts([item.text for item in question.items])
            self.ordering.fit_to_rows()
            self._show_answer_page(self.ordering.parentWidget())
            self.ordering.setCurrentIndex(self.ordering_model.index(0, 0))
            self.ordering.setFocus()
        elif question.kind == "matching":
            rights = [right for _, right in question.pairs]
            self._random.shuffle(rights)
            self.matching.set_items([left for left, _ in question.pairs], rights)
            self._show_answer_page(self.matching)
            self.matching.boxes()[0].setFocus()
        else:
            self.typed.clear()
            self._show_answer_page(self.typed.parentWidget())
            self.typed.setFocus()

    def _show_answer_page(self, page: QWidget) -> None:
        """Show one answer widget; the area takes its height, not the tallest one's."""
        for index in range(self.answer_area.count()):
            other = self.answer_area.widget(index)
            fits = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(fits, fits)
        self.answer_area.setCurrentWidget(page)
        self.answer_area.adjustSize()

    def _check_or_next(self) -> None:
        if self._pages.currentWidget() is not self._question_page:
            return
        if self._checked:
            self._next()
        else:
            self._check()

    def _check(self) -> None:
        from studyapp.services.quiz import grade

        question = self._questions[self._index]
        response = self.response()
        result = grade(question, response)
        self._answered.append(Answered(question, response, result))
        self._checked = True
        self._show_feedback(question, response, result)
        last = self._index + 1 == len(self._questions)
        self.next_button.setText("See score" if last else "Next")
        self.next_button.setAccessibleName(self.next_button.text())
        self.next_button.setFocus()

    def _show_feedback(self, question: Question, response, result) -> None:
        if result.correct:
            verdict, text = "correct", "✓ Correct"
        elif result.score > 0:
            verdict = "partial"
            text = (f"◐ Partly right: {partial_credit(question, result.score)} "
                    f"({result.score:.0%})")
        else:
            verdict, text = "wrong", "✗ Not right"
        self.verdict.setText(text)
        self.verdict.setProperty("verdict", verdict)
        repolish(self.verdict)
        self.expected.setText("" if result.correct else expected_html(question, result.expected))
        self.expected.setVisible(not result.correct)
        if question.kind in ("multiple_choice", "true_false"):
            self.choices.mark(question.answer)
        elif question.kind == "ordering":
            self.ordering_model.set_marks(ordering_marks(question, response),
                                          ordering_hints(question, response))
        elif question.kind == "matching":
            right = dict(question.pairs)
            self.matching.set_marks([right.get(left) == chosen for left, chosen in response])
        source = question.source
        self.source.set_source(source.sentence if source else "", self._title(source))
        self._set_answer_read_only(True)
        self.feedback.show()

    def _set_answer_read_only(self, read_only: bool) -> None:
        self.choices.set_read_only(read_only)
        self.matching.set_read_only(read_only)
        self.ordering.setEnabled(not read_only)
        self.typed.setReadOnly(read_only)

    def _title(self, source) -> str:
        return (self._titles.get(source.document) or source.document) if source else ""

    def _next(self) -> None:
        self._index += 1
        if self._index >= len(self._questions):
            self._finish()
        else:
            self._show_question()

    def _tick(self) -> None:
        left = max(0.0, self._deadline - time.monotonic()) if self._deadline else 0.0
        minutes, seconds = divmod(int(left + 0.999), 60)
        self.timer_label.setText(f"{minutes}:{seconds:02d} left")
        if self._deadline and left <= 0:
            self._finish()

    # -- the end ------------------------------------------------------------------------
    def _finish(self) -> None:
        """Grade what is left unanswered as blank, store the attempt, show the score."""
        from studyapp.services.quiz import grade, record_attempt

        if self._pages.currentWidget() is not self._question_page:
            return
        self._timer.stop()
        for question in self._questions[len(self._answered):]:
            blank = [] if question.kind in ("ordering", "matching") else ""
            self._answered.append(Answered(question, blank, grade(question, blank)))
        graded = [(a.question, a.response, a.grade) for a in self._answered]
        self.attempt_id = record_attempt(self._state.store, self._state.profile_id,
                                         self._set_ids, graded, self._started, self._state.now())
        self._show_results()

    def _build_result_page(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        self.score_label = _title("")
        self.score_label.setAccessibleName("Score")
        self.score_detail = QLabel()
        self.score_detail.setObjectName("hint")
        layout.addWidget(self.score_label)
        layout.addWidget(self.score_detail)
        splitter = QSplitter()
        self.mistakes = QListWidget()
        self.mistakes.setObjectName("mistakes")
        self.mistakes.setAccessibleName("Mistakes")
        self.mistakes.setWordWrap(True)
        self.mistakes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mistakes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mistakes.currentRowChanged.connect(self._show_mistake)
        self.mistake_detail = QTextBrowser()
        self.mistake_detail.setObjectName("mistakeDetail")
        self.mistake_detail.setAccessibleName("The mistake")
        self.mistake_detail.setOpenLinks(False)
        splitter.addWidget(self.mistakes)
        splitter.addWidget(self.mistake_detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton("Retry mistakes")
        self.retry_button.setAccessibleName("Retry the questions you missed")
        self.retry_button.clicked.connect(self._retry_mistakes)
        again = QPushButton("New quiz")
        again.setAccessibleName("Set up a new quiz")
        again.clicked.connect(lambda: self.start(self._set_ids))
        self.done_button = QPushButton("Done")
        self.done_button.setObjectName("primary")
        self.done_button.setAccessibleName("Back to library")
        self.done_button.setAutoDefault(True)
        self.done_button.clicked.connect(self.finished)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(again)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        return centred(column, CONTENT_WIDTH)

    def _mistakes(self) -> list[Answered]:
        return [a for a in self._answered if not a.grade.correct]

    def _show_results(self) -> None:
        total = len(self._answered)
        score = self.score()
        self.score_label.setText(f"Score: {points(score)} of {total}  ({score / total:.0%})")
        mistakes = self._mistakes()
        self.score_detail.setText(
            f"{total - len(mistakes)} right, {len(mistakes)} to look over. An ordering earns "
            "part of a point for each two items in the right order, a matching for each pair."
        )
        self.mistakes.clear()
        for number, answered in enumerate(self._answered, 1):
            if not answered.grade.correct:
                self.mistakes.addItem(f"{number}. {answered.question.prompt}")
        self.retry_button.setEnabled(bool(mistakes))
        self.mistake_detail.setHtml("" if mistakes else "<p>No mistakes. Well done!</p>")
        self._pages.setCurrentWidget(self._result_page)
        if mistakes:
            self.mistakes.setCurrentRow(0)
            self.mistakes.setFocus()
        else:
            self.done_button.setFocus()

    def _show_mistake(self, row: int) -> None:
        mistakes = self._mistakes()
        if not 0 <= row < len(mistakes):
            return
        answered = mistakes[row]
        question, grade = answered.question, answered.grade
        parts = [
            f"<p><b>{escape(question.prompt)}</b></p>",
            f"<p>{response_html(question, answered.response)}</p>",
            f"<p>{expected_html(question, grade.expected)}</p>",
            f"<p>Score: {_score_text(question, grade)}</p>",
        ]
        if question.source and question.source.sentence:
            parts.append(f"<p><i>“{escape(question.source.sentence)}”</i><br>"
                         f"— {escape(self._title(question.source))}</p>")
        self.mistake_detail.setHtml("".join(parts))

    def _retry_mistakes(self) -> None:
        questions = [a.question for a in self._mistakes()]
        if questions:
            self._run(questions, 0)


def _score_text(question: Question, grade) -> str:
    if 0 < grade.score < 1:
        return f"{grade.score:.0%} ({partial_credit(question, grade.score)})"
    return f"{grade.score:.0%}"


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("screenTitle")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _top(widget: QWidget) -> QWidget:
    """``widget`` at the top of a page of the answer area."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    return page
