"""The dialog that lists every problem of a set file that could not be imported."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

SET_FILE_FILTER = "Quiz sets (*.quiz.yaml *.yaml *.yml);;All files (*)"


def diagnostic_line(diagnostic: Any) -> str:
    return f"line {diagnostic.line}, column {diagnostic.column}: {diagnostic.message}"


class DiagnosticsDialog(QDialog):
    """Shows all of a file's problems together, with their lines, and that nothing changed."""

    def __init__(self, path: Path, diagnostics: Sequence[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Set not imported")
        count = len(diagnostics)
        problems = "1 problem" if count == 1 else f"{count} problems"
        summary = QLabel(
            f"<b>{path.name}</b> has {problems}, so nothing was imported.<br>"
            "Fix the lines below and open the file again."
        )
        summary.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(diagnostic_line(d) for d in diagnostics))
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Problems in the set file")
        self.details.setMinimumSize(520, 180)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
