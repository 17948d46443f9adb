"""The Review screen: one card at a time, graded Again/Hard/Good/Easy, FSRS behind it.

Keys: Space or Enter shows the answer; 1-4 grade; Enter takes the highlighted grade; Ctrl+Z
undoes the last answer; E edits, @ (or Ctrl+J) suspends, - buries, Alt+1..4 flag, S shows the
source. Grading commits the answer and takes the next card, read ahead while the answer was
shown (benchmarks/review_latency.py times it to the next paint); the screen then only sets
texts on widgets it already has.
"""

from __future__ import annotations

import re
import time
from datetime import timedelta
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.model import Question
from studyapp.services.sources import document_titles
from studyapp.services.study import StudySession, proposed_rating
from studyapp.ui.library import draft_sets
from studyapp.ui.source import SourcePanel
from studyapp.ui.state import AppState
from studyapp.ui.study_style import StudyStyle, centred, repolish, scrolling

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
GRADE_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}
FLAG_NAMES = {1: "Red", 2: "Orange", 3: "Green", 4: "Blue"}
# A cloze prompt marks its gap with underscores or an ellipsis in brackets, and may open with
# an instruction for the front that the back, the sentence filled in, leaves out.
CLOZE_GAP = re.compile(r"_{3,}|\[(?:\.\.\.|…)\]")
CLOZE_INSTRUCTION = re.compile(
    r"^\s*(?:fill in the (?:blank|gap)s?|complete the (?:sentence|text))\s*:\s*", re.IGNORECASE
)


def format_interval(delta: timedelta) -> str:
    """An interval as short as Anki writes it: <1m, 10m, 5h, 3d, 2.5mo, 1.2y."""
    minutes = delta.total_seconds() / 60
    if minutes < 1:
        return "<1m"
    if minutes < 60:
        return f"{round(minutes)}m"
    if minutes < 24 * 60:
        return f"{round(minutes / 60)}h"
    days = minutes / (24 * 60)
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"


def answer_html(question: Question) -> str:
    """The back of a card (escaped rich text): the answer; for a cloze, its sentence without
    the instruction, the gap filled in bold."""
    if question.kind == "cloze" and CLOZE_GAP.search(question.prompt):
        sentence = CLOZE_INSTRUCTION.sub("", question.prompt, count=1)
        before, after = CLOZE_GAP.split(sentence, maxsplit=1)
        return f"{escape(before)}<b>{escape(question.answer)}</b>{escape(after)}"
    return escape(question.answer)


class AnswerEdit(QLineEdit):
    """The typed-answer field; Ctrl+Z in it undoes typing, or the last answer if none."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.isUndoAvailable()
        ):
            event.ignore()
            return False
        return super().event(event)


class EditCardDialog(QDialog):
    """Fix a card's prompt and answer without leaving the review."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit card")
        self.prompt = QPlainTextEdit(question.prompt)
        self.prompt.setAccessibleName("Question")
        self.prompt.setTabChangesFocus(True)
        self.answer = QLineEdit(question.answer)
        self.answer.setAccessibleName("Answer")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Question", self.prompt)
        form.addRow("&Answer", self.answer)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        return self.prompt.toPlainText().strip(), self.answer.text().strip()


class ReviewScreen(QWidget):
    """Studies the due and new cards of some sets; ``finished`` when the learner leaves."""

    finished = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewScreen")
        self._state = state
        self._session = None
        self._card = None
        self._revealed = False
        self._proposed = GOOD
        self._flag = 0
        self._shown_at = time.monotonic()
        self._titles: dict[str, str] = {}
        self._set_ids: list[int] = []
        self._resume_on_return = False
        self._build()
        self._build_actions()
        self._set_card_actions_enabled(False)
        self._style = StudyStyle(self)
        self._style.follow()
        self.finished.connect(self.close_session)  # the learner is done with this session
        QApplication.instance().aboutToQuit.connect(self.close_session)

    # -- public -------------------------------------------------------------------------
    def start(self, set_ids: list[int]) -> None:
        """Begin a session over these sets and show its first card (or the summary)."""
        state = self._state
        self.close_session()
        self._set_ids = list(set_ids)
        self._titles = document_titles(state.store, set_ids)
        self._session = StudySession(
            state.store, state.profile_id, list(set_ids), state.settings, now=state.now,
            include_drafts=draft_sets(state.home, state.profile_id),
        )
        self._pages.setCurrentWidget(self._card_page)
        self._show(self._session.next_card())

    def close_session(self) -> None:
        """Let go of the session's database connection and background thread (a new session,
        the learner done, another screen or profile, the window closed)."""
        if self._session is not None:
            self._session.close()
            self._session = None

    def leave(self) -> None:
        """Another screen takes this one's place: the session is closed, and ``resume`` starts
        a fresh one on the same sets (what was answered is saved) if a card was showing."""
        self._resume_on_return = (
            self._session is not None and self._pages.currentWidget() is self._card_page
        )
        if not self._resume_on_return:
            self._pages.setCurrentWidget(self._idle_page)
        self.close_session()

    def resume(self) -> None:
        """Shown again after ``leave``: carry on studying the same sets."""
        if self._resume_on_return and self._session is None:
            self.start(self._set_ids)
        self._resume_on_return = False

    @property
    def current_card(self):
        return self._card

    @property
    def session(self):
        return self._session

    def is_revealed(self) -> bool:
        return self._revealed

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self._pages = QStackedWidget()
        self._idle_page = self._build_idle_page()
        self._card_page = self._build_card_page()
        self._summary_page = self._build_summary_page()
        for page in (self._idle_page, self._card_page, self._summary_page):
            self._pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)

    def _build_idle_page(self) -> QWidget:
        """Before any session: say how to start one."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        text = QLabel("Choose sets in the Library and press Study to review their cards.")
        text.setObjectName("emptyState")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        library = QPushButton("Go to the library")
        library.setObjectName("primary")
        library.setAccessibleName("Go to the library")
        library.clicked.connect(self.finished)
        layout.addWidget(centred(text, 560))
        layout.addWidget(library, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    def _build_card_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._build_top_bar())

        self.card_frame = QFrame()
        self.card_frame.setObjectName("card")
        self.card_frame.setMinimumHeight(240)
        card = QVBoxLayout(self.card_frame)
        card.setSpacing(14)
        self.prompt = self._label("prompt", "Question", scale=1.5)
        self.typed = AnswerEdit()
        self.typed.setObjectName("typedAnswer")
        self.typed.setAccessibleName("Your answer")
        self.typed.setPlaceholderText("Type the answer, then press Enter")
        self.verdict = self._label("typedVerdict", "How your answer compares")
        self.divider = QFrame()
        self.divider.setObjectName("answerDivider")
        self.divider.setFixedHeight(1)
        self.answer = self._label("answer", "Answer", scale=1.3)
        self.answer.setTextFormat(Qt.TextFormat.RichText)  # the cloze's filled gap in bold
        self.source = SourcePanel()
        card.addWidget(self.prompt)
        card.addWidget(self.typed)
        card.addWidget(self.divider)
        card.addWidget(self.answer)
        card.addWidget(self.verdict)
        card.addWidget(self.source)
        card.addStretch(1)

        # A long card (a matching question's pairs, say) scrolls instead of being cut off.
        area = QWidget()
        area_layout = QVBoxLayout(area)
        area_layout.setContentsMargins(0, 8, 0, 8)
        area_layout.addWidget(centred(self.card_frame, 780))
        area_layout.addStretch(1)
        layout.addWidget(scrolling(area), 1)

        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status)
        layout.addWidget(self._build_answer_bar())
        return page

    def _build_top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.count_new = self._count_label("countNew", "New cards left")
        self.count_learning = self._count_label("countLearning", "Cards in learning")
        self.count_review = self._count_label("countReview", "Reviews due")
        self.flag_label = QLabel()
        self.flag_label.setObjectName("cardFlag")
        self.flag_label.setAccessibleName("Flag")
        for label in (self.count_new, self.count_learning, self.count_review):
            bar.addWidget(label)
        bar.addSpacing(12)
        bar.addWidget(self.flag_label)
        bar.addStretch(1)
        self.more_button = QToolButton()
        self.more_button.setObjectName("cardMenu")
        self.more_button.setText("Card actions")
        self.more_button.setAccessibleName("Card actions")
        self.more_button.setToolTip("Edit, suspend, bury or flag this card; undo")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.end_button = QPushButton("End session")
        self.end_button.setObjectName("endSession")
        self.end_button.setAccessibleName("End session and show the summary")
        self.end_button.clicked.connect(self._show_summary)
        bar.addWidget(self.more_button)
        bar.addWidget(self.end_button)
        return bar

    def _build_answer_bar(self) -> QStackedWidget:
        self._answer_bar = QStackedWidget()
        self._answer_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.show_button = QPushButton("Show answer")
        self.show_button.setObjectName("primary")
        self.show_button.setAccessibleName("Show answer")
        self.show_button.setToolTip("Space or Enter")
        self.show_button.setAutoDefault(True)
        self.show_button.clicked.connect(self._reveal)
        show_row = QWidget()
        row = QHBoxLayout(show_row)
        row.addStretch(1)
        row.addWidget(self.show_button)
        row.addStretch(1)

        grade_row = QWidget()
        grades = QHBoxLayout(grade_row)
        grades.addStretch(1)
        self.grade_buttons: dict[int, QPushButton] = {}
        for rating, name in GRADE_NAMES.items():
            button = QPushButton(name)
            button.setObjectName("gradeButton")
            button.setProperty("rating", name.lower())
            button.setProperty("proposed", False)
            button.setAutoDefault(True)
            button.setMinimumWidth(110)
            button.setToolTip(f"{name} ({rating})")
            button.clicked.connect(lambda _=False, r=rating: self._grade(r))
            self.grade_buttons[rating] = button
            grades.addWidget(button)
        grades.addStretch(1)
        self._show_row, self._grade_row = show_row, grade_row
        self._answer_bar.addWidget(show_row)
        self._answer_bar.addWidget(grade_row)
        return self._answer_bar

    def _build_summary_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(16)
        layout.addStretch(1)
        title = QLabel("Session complete")
        title.setObjectName("screenTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        self.summary_text = QLabel()
        self.summary_text.setObjectName("summaryText")
        self.summary_text.setAccessibleName("Session summary")
        self.summary_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_text.setTextFormat(Qt.TextFormat.PlainText)
        self.done_button = QPushButton("Back to library")
        self.done_button.setObjectName("primary")
        self.done_button.setAccessibleName("Back to library")
        self.done_button.setAutoDefault(True)
        self.done_button.clicked.connect(self.finished)
        layout.addWidget(title)
        layout.addWidget(self.summary_text)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignCenter)
        hint = QLabel("Ctrl+Z brings back the last card")
        hint.setObjectName("hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        layout.addStretch(2)
        return page

    def _build_actions(self) -> None:
        menu = QMenu(self.more_button)
        self.grade_actions = {
            rating: self._action(name, [str(rating)], lambda r=rating: self._grade(r))
            for rating, name in GRADE_NAMES.items()
        }
        self.undo_action = self._action("Undo last answer", ["Ctrl+Z"], self._undo, menu)
        menu.addSeparator()
        self.edit_action = self._action("Edit card…", ["E"], self._edit, menu)
        self.suspend_action = self._action("Suspend card", ["@", "Ctrl+J"], self._suspend, menu)
        self.bury_action = self._action("Bury until tomorrow", ["-"], self._bury, menu)
        flags = menu.addMenu("Flag")
        self.flag_actions = {
            number: self._action(
                f"{name} flag", [f"Alt+{number}"], lambda n=number: self._toggle_flag(n), flags
            )
            for number, name in FLAG_NAMES.items()
        }
        menu.addSeparator()
        self.source_action = self._action(
            "Show source", ["S"], self.source.toggle.toggle, menu
        )
        self.more_button.setMenu(menu)
        self.source.toggle.setToolTip("Show the source sentence and document (S)")

    def _action(self, text: str, keys: list[str], slot, menu: QMenu | None = None) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        if menu is not None:
            menu.addAction(action)
        return action

    def _label(self, name: str, accessible: str, scale: float = 1.0) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if scale != 1.0:
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            label.setFont(font)
        return label

    def _count_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setToolTip(accessible)
        return label

    def changeEvent(self, event: QEvent) -> None:
        self._style.handles(event)
        super().changeEvent(event)

    # -- keys ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Space and Enter reach here when no button or field took them.
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._pages.currentWidget() is self._card_page and self._card is not None:
                if self._revealed:
                    self._grade(self._proposed)
                else:
                    self._reveal()
                event.accept()
                return
        super().keyPressEvent(event)

    # -- the card -----------------------------------------------------------------------
    def _show(self, card) -> None:
        self._card = card
        if card is None:
            self._show_summary()
            return
        question = card.question
        self._revealed = False
        self._flag = getattr(card, "flag", 0) or 0
        typed = question.kind == "typed"
        self.prompt.setText(question.prompt)
        self.typed.setVisible(typed)
        self.typed.clear()
        self.typed.setReadOnly(False)
        self.verdict.hide()
        self.divider.hide()
        self.answer.hide()
        self.answer.setText(answer_html(question))
        source = question.source
        self.source.set_source(
            source.sentence if source else "", self._document_title(card) if source else ""
        )
        self._update_flag()
        self._update_counts()
        self._answer_bar.setCurrentWidget(self._show_row)
        self._set_card_actions_enabled(True)
        self._focus_card()
        self._shown_at = time.monotonic()

    def _reveal(self) -> None:
        if self._card is None or self._revealed:
            return
        question = self._card.question
        self._proposed = GOOD
        if question.kind == "typed":
            self._proposed = self._judge_typed(question)
        self._revealed = True
        self.divider.show()
        self.answer.show()
        intervals = self._session.intervals(self._card)
        for rating, button in self.grade_buttons.items():
            button.setText(f"{GRADE_NAMES[rating]}\n{format_interval(intervals[rating])}")
            button.setProperty("proposed", rating == self._proposed)
            repolish(button)
        self._answer_bar.setCurrentWidget(self._grade_row)
        self._focus_card()
        # Once the answer is painted, read the next card while the learner looks at it.
        QTimer.singleShot(0, self, self._prefetch)  # not after the screen is gone

    def _prefetch(self) -> None:
        if self._session is not None and self._revealed:
            self._session.prefetch()

    def _focus_card(self) -> None:
        """Focus where the next key belongs: the grade proposed, the typed field, or Show."""
        if self._revealed:
            self.grade_buttons[self._proposed].setFocus()
        elif self.typed.isVisibleTo(self):
            self.typed.setFocus()
        else:
            self.show_button.setFocus()

    def _judge_typed(self, question: Question) -> int:
        given = self.typed.text()
        proposed = proposed_rating(question, given)
        right = proposed == GOOD
        self.typed.setReadOnly(True)
        if not given.strip():
            self.verdict.setText("No answer typed")
        elif right:
            self.verdict.setText("Correct")
        else:
            self.verdict.setText(f"Not quite: you typed “{given.strip()}”")
        self.verdict.setProperty("correct", right)
        repolish(self.verdict)
        self.verdict.show()
        return proposed

    def _grade(self, rating: int) -> None:
        if self._card is None or not self._revealed:
            return
        duration_ms = int((time.monotonic() - self._shown_at) * 1000)
        self._session.answer(self._card, rating, duration_ms)
        self.status.setText("")
        self._show(self._session.next_card())

    def _undo(self) -> None:
        if self._session is None:
            return
        card = self._session.undo()
        if card is None:
            self.status.setText("Nothing to undo")
            return
        self._pages.setCurrentWidget(self._card_page)
        self._show(card)
        self.status.setText("Last answer undone")

    def _suspend(self) -> None:
        if self._card is not None:
            self._session.suspend(self._card)
            self.status.setText("Card suspended")
            self._show(self._session.next_card())

    def _bury(self) -> None:
        if self._card is not None:
            self._session.bury(self._card)
            self.status.setText("Card buried until tomorrow")
            self._show(self._session.next_card())

    def _toggle_flag(self, number: int) -> None:
        if self._card is None:
            return
        self._flag = 0 if self._flag == number else number
        self._card = self._session.flag(self._card, self._flag)
        self._update_flag()

    def _edit(self) -> None:
        if self._card is None:
            return
        dialog = EditCardDialog(self._card.question, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.activateWindow()  # keys go back to the card, not nowhere
        self._focus_card()
        if not accepted:
            return
        prompt, answer = dialog.values()
        self._card = self._session.edit(self._card, prompt, answer)
        self.prompt.setText(self._card.question.prompt)
        self.answer.setText(answer_html(self._card.question))
        self.status.setText("Card saved")

    def _show_summary(self) -> None:
        self._card = None
        self._set_card_actions_enabled(False)
        if self._session is not None:
            self.summary_text.setText(summary_text(self._session.summary()))
        self._pages.setCurrentWidget(self._summary_page)
        self.done_button.setFocus()

    def _set_card_actions_enabled(self, enabled: bool) -> None:
        for action in (self.edit_action, self.suspend_action, self.bury_action,
                       *self.flag_actions.values(), *self.grade_actions.values()):
            action.setEnabled(enabled)
        self.end_button.setEnabled(enabled)

    def _update_counts(self) -> None:
        new, learning, review = self._session.counts()
        self.count_new.setText(f"New {new}")
        self.count_learning.setText(f"Learning {learning}")
        self.count_review.setText(f"Review {review}")

    def _update_flag(self) -> None:
        self.flag_label.setText(f"⚑ {FLAG_NAMES[self._flag]}" if self._flag else "")
        self.flag_label.setProperty("flag", self._flag)
        repolish(self.flag_label)
        for number, action in self.flag_actions.items():
            action.setCheckable(True)
            action.setChecked(number == self._flag)

    def _document_title(self, card) -> str:
        name = card.question.source.document
        return self._titles.get(name) or name


def summary_text(summary) -> str:
    """What the learner did in the session, in a few lines."""
    if not summary.cards:
        return "No cards answered in this session."
    minutes, seconds = divmod(round(summary.seconds), 60)
    grades = "  ·  ".join(
        f"{GRADE_NAMES[rating]} {summary.by_rating.get(rating, 0)}" for rating in GRADE_NAMES
    )
    return "\n".join([
        f"{summary.cards} {'card' if summary.cards == 1 else 'cards'} answered,"
        f" {summary.new} of them new",
        grades,
        f"Remembered: {1 - summary.again / summary.cards:.0%} (not Again)",
        f"Time: {minutes} min {seconds} s ({summary.seconds / summary.cards:.1f} s a card)",
    ])
