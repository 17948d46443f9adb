"""A "Source" expander: the sentence a question was made from and its document's title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget


class SourcePanel(QWidget):
    """A toggle button that shows or hides the source; it stays open across questions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePanel")
        self.toggle = QToolButton()
        self.toggle.setObjectName("sourceToggle")
        self.toggle.setText("Source")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName("Show the source of this question")
        self.toggle.toggled.connect(self._show_text)
        self.text = QLabel()
        self.text.setObjectName("sourceText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName("Source")
        self.text.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text)

    def set_source(self, sentence: str, document_title: str) -> None:
        """Show this source; with no sentence the whole panel hides."""
        self.text.setText(f"“{sentence}”\n— {document_title}" if document_title else sentence)
        self.setVisible(bool(sentence))

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def _show_text(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.text.setVisible(shown)
