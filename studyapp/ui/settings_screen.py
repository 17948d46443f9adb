"""The Settings screen: study limits, retention, day rollover, theme and font size.

Every change is saved at once (studyapp.settings.save_settings writes atomically) and
announced with ``changed`` so the window applies it without a restart.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.settings import Settings, save_settings

THEME_CHOICES = (("Follow the system", "system"), ("Light", "light"), ("Dark", "dark"))


class SettingsScreen(QWidget):
    changed = Signal(object)  # the saved Settings

    def __init__(self, home: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._settings = settings

        title = QLabel("Settings")
        title.setObjectName("screenTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)

        self.retention = QDoubleSpinBox()
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        self.retention.setDecimals(2)
        self.new_per_day = _spin(0, 9999)
        self.reviews_per_day = _spin(0, 99999)
        self.rollover_hour = _spin(0, 23)
        self.rollover_hour.setSuffix(":00")
        self.theme = QComboBox()
        for label, value in THEME_CHOICES:
            self.theme.addItem(label, value)
        self.font_size = _spin(0, 32)
        self.font_size.setSpecialValueText("System default")
        self.font_size.setSuffix(" pt")

        study = QGroupBox("Study")
        study_form = QFormLayout(study)
        _add_row(study_form, "Desired &retention:", self.retention,
                 "Share of cards you want to still remember when they come due (0.70 to 0.99)."
                 " Higher means more reviews.")
        _add_row(study_form, "&New cards per day:", self.new_per_day,
                 "How many cards you have not seen before are introduced each day.")
        _add_row(study_form, "Re&views per day:", self.reviews_per_day,
                 "The most reviews shown in one day.")
        _add_row(study_form, "New day &starts at:", self.rollover_hour,
                 "Local hour at which a new study day begins (for late-night learners).")

        look = QGroupBox("Appearance")
        look_form = QFormLayout(look)
        _add_row(look_form, "&Theme:", self.theme, "Light, dark, or follow the desktop.")
        _add_row(look_form, "&Font size:", self.font_size, "Text size in points, 0 for default.")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(study)
        layout.addWidget(look)
        layout.addStretch(1)

        self._show(settings)
        for spin in (self.retention, self.new_per_day, self.reviews_per_day, self.rollover_hour,
                     self.font_size):
            spin.valueChanged.connect(self._save)
        self.theme.currentIndexChanged.connect(self._save)

    @property
    def settings(self) -> Settings:
        return self._settings

    def _show(self, settings: Settings) -> None:
        self.retention.setValue(settings.desired_retention)
        self.new_per_day.setValue(settings.new_per_day)
        self.reviews_per_day.setValue(settings.reviews_per_day)
        self.rollover_hour.setValue(settings.rollover_hour)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.font_size.setValue(settings.font_size)

    def _save(self) -> None:
        updated = dataclasses.replace(
            self._settings,
            desired_retention=round(self.retention.value(), 2),
            new_per_day=self.new_per_day.value(),
            reviews_per_day=self.reviews_per_day.value(),
            rollover_hour=self.rollover_hour.value(),
            theme=self.theme.currentData(),
            font_size=self.font_size.value(),
        )
        if updated == self._settings:
            return
        save_settings(self._home, updated)
        self._settings = updated
        self.changed.emit(updated)


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    return spin


def _add_row(form: QFormLayout, label_text: str, field: QWidget, help_text: str) -> None:
    label = QLabel(label_text)
    label.setBuddy(field)
    field.setAccessibleName(label_text.replace("&", "").rstrip(":"))
    field.setAccessibleDescription(help_text)
    field.setToolTip(help_text)
    form.addRow(label, field)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
