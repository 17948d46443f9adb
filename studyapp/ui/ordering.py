"""The answer widget of an ordering question: a list put in order by drag and drop or keys.

A real drag in a QListView moves rows through the model's ``moveRows``; a drop that arrives
as mime data (another view, or an accessibility tool) goes through ``dropMimeData``. Both end
in the same move, so the list never duplicates or loses an item.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

ROWS_MIME_TYPE = "application/x-studyapp-ordering-rows"

Index = QModelIndex | QPersistentModelIndex


class OrderingModel(QAbstractListModel):
    """The learner's current order of the item texts."""

    def __init__(self, texts: list[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._texts = list(texts or [])
        self._marks: list[bool] = []  # after checking: whether each place is right
        self._hints: list[str] = []  # and, where it is wrong, where the item belongs

    def set_texts(self, texts: list[str]) -> None:
        self.beginResetModel()
        self._texts = list(texts)
        self._marks = []
        self._hints = []
        self.endResetModel()

    def set_marks(self, marks: list[bool], hints: Sequence[str] = ()) -> None:
        """Show ✓ or ✗ before each item (the answer was checked), and after a wrong one where
        it belongs ("should be 2nd")."""
        self._marks = list(marks)
        self._hints = list(hints)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._texts) - 1, 0))

    def texts(self) -> list[str]:
        return list(self._texts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._texts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._texts[index.row()]
            if index.row() < len(self._marks):
                hint = self._hints[index.row()] if index.row() < len(self._hints) else ""
                text = f"{'✓' if self._marks[index.row()] else '✗'}  {text}"
                return f"{text}  — {hint}" if hint else text
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Drag, or press Alt+Up / Alt+Down to move"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Items are dropped between rows, never onto one another.
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(ROWS_MIME_TYPE, QByteArray(json.dumps(rows).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROWS_MIME_TYPE):
            return False
        rows = json.loads(bytes(data.data(ROWS_MIME_TYPE).data()).decode())
        target = _drop_row(row, parent, len(self._texts))
        # Insert the dragged rows one after another at the drop point, in their order.
        moving = [QPersistentModelIndex(self.index(r, 0)) for r in rows]
        for moved in moving:
            source = moved.row()
            if target not in (source, source + 1):  # else the row is already there
                self.moveRows(QModelIndex(), source, 1, QModelIndex(), target)
            target = moved.row() + 1
        return True

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        last = source_row + count - 1
        if count <= 0 or source_row < 0 or last >= len(self._texts):
            return False
        if not self.beginMoveRows(
            QModelIndex(), source_row, last, QModelIndex(), destination_child
        ):
            return False
        moved = self._texts[source_row : last + 1]
        del self._texts[source_row : last + 1]
        after_source = destination_child > source_row
        insert_at = destination_child - count if after_source else destination_child
        self._texts[insert_at:insert_at] = moved
        self.endMoveRows()
        return True


def _drop_row(row: int, parent: Index, row_count: int) -> int:
    """The row a drop inserts before: a drop onto an item lands in its place."""
    if row >= 0:
        return min(row, row_count)
    if parent.isValid():
        return parent.row()
    return row_count


class OrderingView(QListView):
    """A list whose items move by drag and drop, or by Alt+Up / Alt+Down on the current item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderingList")
        self.setAccessibleName("Put the items in order")
        self.setAccessibleDescription("Alt+Up and Alt+Down move the selected item")
        self.setToolTip("Drag the items into order, or select one and press Alt+Up / Alt+Down")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)

    def fit_to_rows(self) -> None:
        """As tall as its items, so the list reads as a list and not as an empty box."""
        rows = sum(self.sizeHintForRow(row) for row in range(self.model().rowCount()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 12)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _move_step(event)
        if step and self.currentIndex().isValid():
            self.move_current(step)
            event.accept()
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        """Move the current item ``step`` rows up (negative) or down, keeping it selected."""
        row = self.currentIndex().row()
        target = row + step
        if target < 0 or target >= self.model().rowCount():
            return
        destination = target + 1 if step > 0 else target
        self.model().moveRows(QModelIndex(), row, 1, QModelIndex(), destination)
        self.setCurrentIndex(self.model().index(target, 0))


def _move_step(event: QKeyEvent) -> int:
    if event.modifiers() != Qt.KeyboardModifier.AltModifier:
        return 0
    return {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()), 0)
