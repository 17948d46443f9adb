"""The Library screen: every set with its new, due and learned counts and a mastery bar.

It only shows summaries and asks for things (study, quiz, open a file) through signals; the
main window decides what happens, so this screen needs neither the store nor other screens.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from studyapp.ui.state import read_ui_state, remember

COLUMNS = ("Set", "New", "Due", "Learned", "Mastery")
MASTERY_COLUMN = COLUMNS.index("Mastery")
SET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MASTERY_ROLE = Qt.ItemDataRole.UserRole + 2
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3
# Which imported sets each profile studies with their drafts. Kept in ui-state.json beside the
# database rather than in it: a view choice (which questions to show), not progress, that
# needs no schema change and is read before the store opens, like the last profile.
DRAFT_SETS_KEY = "draft_sets"

EMPTY_TEXT = (
    "<h3>No study sets yet</h3>"
    "<p>Add a set a teacher gave you with <b>Open set file…</b> (Ctrl+O), "
    "or make one from your own documents on the command line:</p>"
    "<p><code>studyapp generate my-notes.md -o my-notes.quiz.yaml</code></p>"
    "<p>then open the file it writes.</p>"
)


class MasteryDelegate(QStyledItemDelegate):
    """Draws mastery (0..1) as a thin rounded bar with the percentage beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection and hover background, without the text
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        mastery = float(index.data(MASTERY_ROLE) or 0.0)
        palette = option.palette
        rect = option.rect.adjusted(8, 0, -8, 0)
        text_width = option.fontMetrics.horizontalAdvance("100 %") + 8
        bar = QRectF(rect.left(), rect.center().y() - 3, max(rect.width() - text_width, 10), 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(palette.ColorRole.Midlight))
        painter.drawRoundedRect(bar, 3, 3)
        if mastery > 0:
            filled = QRectF(bar)
            filled.setWidth(max(bar.width() * min(mastery, 1.0), 6))
            # The application palette: the view's own Highlight is the pale selection colour.
            accent = QApplication.palette().color(QPalette.ColorRole.Highlight)
            painter.setBrush(QColor("#4f9a72") if mastery >= 0.8 else accent)
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(palette.color(palette.ColorRole.Text))
        text_rect = rect.adjusted(int(bar.width()) + 8, 0, 0, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         f"{round(mastery * 100)} %")
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(160, super().sizeHint(option, index).height())


class LibraryScreen(QWidget):
    study_requested = Signal(list)  # set ids
    quiz_requested = Signal(list)
    open_file_requested = Signal()
    drafts_toggled = Signal(int, bool)  # set id, study its drafts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ready = False
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(list(COLUMNS))

        title = QLabel("Library")
        title.setObjectName("screenTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        self.subtitle = QLabel("Loading your sets…")
        self.subtitle.setObjectName("screenSubtitle")

        self.table = self._build_table()
        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)

        self.study_button = self._button("&Study", "Study the selected sets", primary=True)
        self.quiz_button = self._button("&Quiz", "Take a quiz on the selected sets")
        self.open_button = self._button("&Open set file…", "Add a set from a .quiz.yaml file")
        self.study_button.clicked.connect(lambda: self._request(self.study_requested))
        self.quiz_button.clicked.connect(lambda: self._request(self.quiz_requested))
        self.open_button.clicked.connect(self.open_file_requested)
        # Offered for one selected imported set with drafts; bundled sets never offer it.
        self.drafts_box = QCheckBox()
        self.drafts_box.setAccessibleName("Include drafts")
        self.drafts_box.setToolTip("Study this set's draft questions too (they may be unchecked)")
        self.drafts_box.setVisible(False)
        self.drafts_box.toggled.connect(self._drafts_toggled)

        buttons = QHBoxLayout()
        buttons.addWidget(self.study_button)
        buttons.addWidget(self.quiz_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.drafts_box)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.drafts_box)
        self.setTabOrder(self.drafts_box, self.study_button)
        self.setTabOrder(self.study_button, self.quiz_button)
        self.setTabOrder(self.quiz_button, self.open_button)
        self._update_buttons()

    def _build_table(self) -> QTreeView:
        table = QTreeView()
        table.setAccessibleName("Study sets")
        table.setModel(self.model)
        table.setRootIsDecorated(False)
        table.setAlternatingRowColors(True)
        table.setUniformRowHeights(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setItemDelegateForColumn(MASTERY_COLUMN, MasteryDelegate(table))
        header = table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, MASTERY_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MASTERY_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(MASTERY_COLUMN, 190)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Enter or a double click on a set studies it.
        table.activated.connect(lambda: self._request(self.study_requested))
        return table

    def _button(self, text: str, accessible: str, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(accessible)
        button.setAccessibleDescription(accessible)
        if primary:
            button.setObjectName("primary")
            button.setDefault(True)
        return button

    # What the main window calls.

    def show_summaries(self, summaries: Sequence[Any] | None) -> None:
        """Show the sets (library_summary rows); None means 'not known yet' (still starting)."""
        kept = set(self.selected_set_ids())
        self.model.removeRows(0, self.model.rowCount())
        if summaries is None:
            self.subtitle.setText("Loading your sets…")
            self._update_buttons()
            return
        for summary in summaries:
            self.model.appendRow(_row(summary))
        self._restore_selection(kept)
        due = sum(summary.due for summary in summaries)
        new = sum(summary.new for summary in summaries)
        if summaries:
            self.subtitle.setText(
                f"{_plural(len(summaries), 'set')} · {due} due today · {new} new"
            )
        else:
            self.subtitle.setText("Your library is empty.")
        self.body.setCurrentWidget(self.table if summaries else self.empty_label)
        self._update_buttons()

    def set_ready(self, ready: bool) -> None:
        """Study and Quiz need the full store, which opens just after the first paint."""
        self._ready = ready
        self._update_buttons()

    def selected_set_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.item(index.row(), 0).data(SET_ID_ROLE) for index in rows]

    def all_set_ids(self) -> list[int]:
        return [self.model.item(row, 0).data(SET_ID_ROLE) for row in range(self.model.rowCount())]

    def select_sets(self, set_ids: Sequence[int]) -> None:
        self._restore_selection(set(set_ids))

    def row_texts(self) -> list[list[str]]:
        """The table as shown, row by row (what a reader of the screen sees)."""
        return [
            [self.model.item(row, column).text() for column in range(len(COLUMNS))]
            for row in range(self.model.rowCount())
        ]

    # Internals.

    def _restore_selection(self, set_ids: set[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = (selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(SET_ID_ROLE) in set_ids:
                selection.select(self.model.index(row, 0), flags)
        if not selection.hasSelection() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            selection.select(self.model.index(0, 0), flags)

    def _request(self, signal: Signal) -> None:
        set_ids = self.selected_set_ids()
        if set_ids and self._ready:
            signal.emit(set_ids)

    def _update_buttons(self) -> None:
        can_study = self._ready and bool(self.selected_set_ids())
        self.study_button.setEnabled(can_study)
        self.quiz_button.setEnabled(can_study)
        self._update_drafts_box()

    def _selected_summary(self) -> Any | None:
        """The one selected set's summary, or None (no set or several selected)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row(), 0).data(SUMMARY_ROLE) if len(rows) == 1 else None

    def _update_drafts_box(self) -> None:
        summary = self._selected_summary()
        offered = self._ready and summary is not None and summary.drafts and not summary.bundled
        self.drafts_box.setVisible(bool(offered))
        if offered:
            self.drafts_box.blockSignals(True)  # showing the choice is not making it
            self.drafts_box.setText(f"&Include {_plural(summary.drafts, 'draft')} "
                                    "of this set when studying")
            self.drafts_box.setChecked(summary.drafts_included)
            self.drafts_box.blockSignals(False)

    def _drafts_toggled(self, checked: bool) -> None:
        summary = self._selected_summary()
        if summary is not None:
            self.drafts_toggled.emit(summary.id, checked)


def _row(summary: Any) -> list[QStandardItem]:
    title = QStandardItem(summary.title)
    if summary.drafts and not summary.bundled:  # so the choice to study them is found
        included = " included" if summary.drafts_included else ""
        title.setText(f"{summary.title}  · {_plural(summary.drafts, 'draft')}{included}")
    title.setData(summary.id, SET_ID_ROLE)
    title.setData(summary, SUMMARY_ROLE)
    tip = f"{summary.title}: {_plural(summary.total, 'question')}"
    if summary.drafts and not summary.bundled:
        included = "included" if summary.drafts_included else "not studied"
        tip += f" ({_plural(summary.drafts, 'draft')} {included})"
    title.setToolTip(tip)
    counts = [QStandardItem(str(value)) for value in (summary.new, summary.due, summary.learned)]
    for item in counts:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if summary.due:  # what needs doing today stands out
        due_font = QFont()
        due_font.setBold(True)
        counts[1].setFont(due_font)
    mastery = QStandardItem(f"{round(summary.mastery * 100)} %")
    mastery.setData(float(summary.mastery), MASTERY_ROLE)
    return [title, *counts, mastery]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def draft_sets(home: Path, profile_id: int | None) -> list[int]:
    """The imported sets whose drafts this learner chose to study."""
    chosen = read_ui_state(home).get(DRAFT_SETS_KEY, {})
    ids = chosen.get(str(profile_id), []) if isinstance(chosen, dict) else []
    return [set_id for set_id in ids if isinstance(set_id, int)]


def choose_drafts(home: Path, profile_id: int, set_id: int, included: bool) -> None:
    """Remember whether this learner studies the drafts of this set."""
    chosen = read_ui_state(home).get(DRAFT_SETS_KEY, {})
    chosen = chosen if isinstance(chosen, dict) else {}
    ids = set(draft_sets(home, profile_id)) - {set_id} | ({set_id} if included else set())
    remember(home, **{DRAFT_SETS_KEY: {**chosen, str(profile_id): sorted(ids)}})
