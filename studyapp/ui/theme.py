"""Light and dark looks: a Fusion palette plus a style sheet read from assets/, and SVG icons.

Style sheets and icons are plain files in the ``studyapp.assets`` package, so a designer can
change them without touching Python.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark", "system")

# The palette mirrors the colours named at the top of each .qss file, so widgets the style
# sheet does not reach (dialogs, menus, scroll bars) match it.
_PALETTES = {
    "light": {
        QPalette.ColorRole.Window: "#f5f6f8",
        QPalette.ColorRole.WindowText: "#1f2933",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f8f9fb",
        QPalette.ColorRole.Text: "#1f2933",
        QPalette.ColorRole.PlaceholderText: "#8a94a1",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1f2933",
        QPalette.ColorRole.Highlight: "#3d6e9e",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2933",
        QPalette.ColorRole.Link: "#2f639a",
        QPalette.ColorRole.Mid: "#c9d0d9",
        QPalette.ColorRole.Midlight: "#e4e8ed",
        QPalette.ColorRole.Dark: "#9aa4b1",
    },
    "dark": {
        QPalette.ColorRole.Window: "#1c1f24",
        QPalette.ColorRole.WindowText: "#e3e6ea",
        QPalette.ColorRole.Base: "#252a31",
        QPalette.ColorRole.AlternateBase: "#292f37",
        QPalette.ColorRole.Text: "#e3e6ea",
        QPalette.ColorRole.PlaceholderText: "#7d8794",
        QPalette.ColorRole.Button: "#2b3139",
        QPalette.ColorRole.ButtonText: "#e3e6ea",
        QPalette.ColorRole.Highlight: "#4a7fb5",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b3139",
        QPalette.ColorRole.ToolTipText: "#e3e6ea",
        QPalette.ColorRole.Link: "#8fb8e3",
        QPalette.ColorRole.Mid: "#414a55",
        QPalette.ColorRole.Midlight: "#353c45",
        QPalette.ColorRole.Dark: "#15181c",
    },
}


def asset_text(name: str) -> str:
    return files("studyapp.assets").joinpath(name).read_text(encoding="utf-8")


def style_sheet(name: str) -> str:
    """A .qss file of assets/ ready for Qt: its ``@icons@`` placeholder becomes the icons
    folder's absolute path, since a style sheet set as text has no folder of its own."""
    icons = Path(str(files("studyapp.assets").joinpath("icons"))).resolve().as_posix()
    return asset_text(name).replace("@icons@", icons)


def app_icon() -> QIcon:
    data = files("studyapp.assets").joinpath("studyapp.svg").read_bytes()
    return QIcon(_render_svg(data, 256))


def icon(name: str, color: QColor | str) -> QIcon:
    """An icon from assets/icons/<name>.svg drawn in ``color`` (the SVGs use currentColor)."""
    svg = asset_text(f"icons/{name}.svg").replace("currentColor", QColor(color).name())
    return QIcon(_render_svg(svg.encode(), 64))


def _render_svg(data: bytes, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(data)).render(painter)
    painter.end()
    return pixmap


def resolve(theme: str) -> str:
    """'light' or 'dark'; 'system' follows the desktop's colour scheme (Qt 6.5+)."""
    if theme in ("light", "dark"):
        return theme
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply_theme(app: QApplication, theme: str, font_size: int = 0) -> str:
    """Give the whole application one look; returns the look applied ('light' or 'dark')."""
    look = resolve(theme)
    app.setStyle("Fusion")
    palette = QPalette()
    for role, color in _PALETTES[look].items():
        palette.setColor(role, QColor(color))
    disabled_text = QColor("#a3acb7" if look == "light" else "#6b7480")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled_text)
    app.setPalette(palette)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if font_size > 0:
        font.setPointSize(font_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(f"{look}.qss"))
    app.setProperty("studyapp_look", look)
    return look


def current_look(app: QApplication) -> str:
    return app.property("studyapp_look") or "light"
