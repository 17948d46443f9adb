"""The Settings screen: study limits, retention, day rollover, theme and font size, and
personal scheduling (FSRS parameters fitted to the learner's own reviews).

Every change is saved at once (studyapp.settings.save_settings writes atomically) and
announced with ``changed`` so the window applies it without a restart. Fitting runs in a
worker thread (a fraction of a second for thousands of reviews, ~10 s for a million) while a
busy bar shows; the result is saved for the profile and used by the next study session,
which Review starts when the learner comes back to it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.settings import Settings, save_settings

if TYPE_CHECKING:
    from studyapp.store import Store

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

        self.scheduling = PersonalScheduling(lambda: self._settings)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(study)
        layout.addWidget(self.scheduling)
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

    def set_learner(self, store: Store | None, profile_id: int | None) -> None:
        """The store is open or another profile chosen: personal scheduling is about them."""
        self.scheduling.set_learner(store, profile_id)

    def showEvent(self, event: QShowEvent) -> None:
        self.scheduling.refresh()  # reviews were answered since it was last shown
        super().showEvent(event)

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


class FitWorker(QThread):
    """Fits personal parameters off the window's thread; ``fitted`` carries them (or None)."""

    fitted = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, profile_id: int, settings: Settings) -> None:
        super().__init__()
        self._store, self._profile_id, self._settings = store, profile_id, settings

    def run(self) -> None:
        from studyapp.services.study import fit_personal_parameters
        from studyapp.store import StoreError

        try:
            self.fitted.emit(
                fit_personal_parameters(self._store, self._profile_id, self._settings)
            )
        except (StoreError, ValueError, OSError) as error:
            self.failed.emit(str(error))


class PersonalScheduling(QGroupBox):
    """How many reviews the learner has; once there are enough, fit FSRS to them or go back
    to the defaults."""

    fit_ended = Signal()  # saved or failed: the result label says which

    def __init__(self, settings: Callable[[], Settings], parent: QWidget | None = None) -> None:
        super().__init__("Personal scheduling", parent)
        self._settings = settings  # the current Settings (their rollover hour dates reviews)
        self._store: Store | None = None
        self._profile_id: int | None = None
        self._worker: FitWorker | None = None
        self.status = QLabel()
        self.status.setObjectName("schedulingStatus")
        self.status.setAccessibleName("Personal scheduling")
        self.status.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("schedulingResult")
        self.result.setAccessibleName("Fitting result")
        self.result.setWordWrap(True)
        self.result.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: a moving bar says it is working
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(220)
        self.busy.setAccessibleName("Fitting to your reviews")
        self.busy.hide()
        self.fit_button = QPushButton("&Fit to my reviews")
        self.fit_button.setAccessibleName("Fit to my reviews")
        self.fit_button.setToolTip(
            "Work out how fast you forget from your own reviews, for better intervals")
        self.fit_button.clicked.connect(self.fit)
        self.reset_button = QPushButton("Reset to &defaults")
        self.reset_button.setAccessibleName("Reset to defaults")
        self.reset_button.setToolTip("Schedule with FSRS's default parameters again")
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fit_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.status)
        column.addLayout(buttons)
        column.addWidget(self.result)
        self.refresh()

    def set_learner(self, store: Store | None, profile_id: int | None) -> None:
        self.wait()
        self._store, self._profile_id = store, profile_id
        self._say("")
        if self.isVisible():  # else when shown: counting reviews is no start-up work
            self.refresh()

    def refresh(self) -> None:
        """Say how many reviews there are and offer what they allow."""
        if self._store is None or self._profile_id is None:
            self.status.setText("Your reviews are counted once the library is open.")
            for button in (self.fit_button, self.reset_button):
                button.hide()
            return
        from studyapp.services.study import personal_parameters, review_count
        from studyapp.srs.fit import MIN_REVIEWS_TO_FIT

        reviews = review_count(self._store, self._profile_id)
        fitted = personal_parameters(self._store, self._profile_id) is not None
        using = ("parameters fitted to your reviews" if fitted
                 else "FSRS's default parameters")
        text = f"You have {_plural(reviews, 'review')}. Scheduling uses {using}."
        if reviews < MIN_REVIEWS_TO_FIT:
            text += f" Fitting to your reviews is offered from {MIN_REVIEWS_TO_FIT:,} on."
        self.status.setText(text)
        running = self._worker is not None
        self.fit_button.setVisible(reviews >= MIN_REVIEWS_TO_FIT)
        self.fit_button.setEnabled(not running)
        self.reset_button.setVisible(fitted)
        self.reset_button.setEnabled(not running)

    def fit(self) -> None:
        if self._worker is not None or self._store is None or self._profile_id is None:
            return
        self._worker = FitWorker(self._store, self._profile_id, self._settings())
        self._worker.fitted.connect(self._fitted)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self._worker_done)
        self._say("Fitting to your reviews…")
        self.busy.show()
        self.refresh()
        self._worker.start()

    def reset(self) -> None:
        from studyapp.services.study import reset_personal_parameters

        if self._store is None or self._profile_id is None:
            return
        reset_personal_parameters(self._store, self._profile_id)
        self._say("Back to FSRS's default parameters, from the next card on.")
        self.refresh()

    def wait(self) -> None:
        """Let a running fit end (before the store closes or the profile changes)."""
        if self._worker is not None:
            self._worker.wait()

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))  # no empty line under the buttons

    def _fitted(self, parameters) -> None:
        if parameters is None:  # the log shrank below the minimum meanwhile
            self._say("Not enough reviews to fit yet; nothing changed.")
        else:
            self._say("Fitted to your reviews and saved: your next cards are "
                                "scheduled with your own parameters.")

    def _failed(self, message: str) -> None:
        self._say(f"Fitting failed: {message}. Nothing changed.")

    def _worker_done(self) -> None:
        self._worker.deleteLater()
        self._worker = None
        self.busy.hide()
        if self.isVisible():  # else when shown again (the store may be closed by now)
            self.refresh()
        self.fit_ended.emit()


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


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
