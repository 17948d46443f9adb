"""The answer widget of a matching question: each left item fixed, a choice box for its match."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from studyapp.ui.study_style import repolish

UNCHOSEN = "Choose…"


class MatchingWidget(QWidget):
    """One row per left item; the learner picks its partner among the right items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matching")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._lefts: list[str] = []
        self._boxes: list[QComboBox] = []
        self._marks: list[QLabel] = []

    def set_items(self, lefts: list[str], rights: list[str]) -> None:
        """Show ``lefts`` in their order and ``rights`` (already shuffled) in every box."""
        self._clear()
        self._lefts = list(lefts)
        for row, left in enumerate(lefts):
            label = QLabel(left)
            label.setObjectName("matchingLeft")
            label.setWordWrap(True)
            box = QComboBox()
            box.setObjectName("matchingChoice")
            box.setAccessibleName(f"Match for {left}")
            box.addItem(UNCHOSEN, "")
            for right in rights:
                box.addItem(right, right)
            label.setBuddy(box)
            mark = QLabel()
            mark.setObjectName("mark")
            mark.setMinimumWidth(18)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(box, row, 1)
            self._grid.addWidget(mark, row, 2)
            label.show()  # at once, so the first box can take focus straight away
            box.show()
            self._boxes.append(box)
            self._marks.append(mark)
        self._grid.setRowStretch(len(lefts), 1)

    def boxes(self) -> list[QComboBox]:
        return list(self._boxes)

    def choose(self, left: str, right: str) -> None:
        box = self._boxes[self._lefts.index(left)]
        box.setCurrentIndex(box.findData(right))

    def pairs(self) -> list[tuple[str, str]]:
        """(left, chosen right) for every row; an unanswered row has an empty right."""
        rows = zip(self._lefts, self._boxes, strict=True)
        return [(left, box.currentData() or "") for left, box in rows]

    def set_marks(self, marks: list[bool]) -> None:
        """Show ✓ or ✗ beside each row (the answer was checked)."""
        for label, right in zip(self._marks, marks, strict=True):
            label.setText("✓" if right else "✗")
            label.setAccessibleName("right" if right else "wrong")
            label.setProperty("right", right)
            repolish(label)

    def set_read_only(self, read_only: bool) -> None:
        for box in self._boxes:
            box.setEnabled(not read_only)

    def _clear(self) -> None:
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        self._boxes = []
        self._lefts = []
        self._marks = []
