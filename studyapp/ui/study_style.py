"""The look of the Review and Quiz screens: assets/study-<look>.qss on top of the app's theme,
and the centred, scrolling column both screens lay their content in.

The app's style sheet (theme.py) covers the shell; these rules style the screens' own hooks
(object names such as #card and #gradeButton, properties such as proposed and verdict).
A screen follows the look when the application's palette changes (theme switched).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QScrollArea, QWidget

from studyapp.ui import theme


class StudyStyle:
    """Keeps one screen's style sheet matching the application's current look; the screen
    calls ``follow()`` once built and ``handles(event)`` from its changeEvent."""

    def __init__(self, screen: QWidget) -> None:
        self._screen = screen
        self._look = ""

    def follow(self) -> None:
        # Read from the palette: apply_theme sets it before it records the look's name.
        window = QApplication.instance().palette().color(QPalette.ColorRole.Window)
        look = "dark" if window.lightness() < 128 else "light"
        if look != self._look:
            self._look = look
            self._screen.setStyleSheet(theme.asset_text(f"study-{look}.qss"))

    def handles(self, event: QEvent) -> bool:
        """Call from changeEvent: a palette change may mean a new look."""
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.follow()
            return True
        return False


def repolish(widget: QWidget) -> None:
    """Apply the style again after a property the style sheet reads has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def centred(widget: QWidget, width: int) -> QWidget:
    """``widget`` in the middle of a row, no wider than ``width``: long lines stay readable."""
    widget.setMaximumWidth(width)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addStretch(1)
    layout.addWidget(widget, 100)
    layout.addStretch(1)
    return row


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless vertical scroll area: content taller than the window scrolls
    instead of being squeezed, and word-wrapped text gets the height it needs."""
    area = QScrollArea()
    area.setObjectName("studyScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area
