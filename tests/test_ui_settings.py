"""The Settings screen: values saved at once and read back, theme and font applied at once."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from studyapp.settings import Settings, load_settings, save_settings
from studyapp.ui.settings_screen import SettingsScreen


def test_changed_values_are_saved_and_shown_again(qtbot, home):
    screen = SettingsScreen(home, load_settings(home))
    qtbot.addWidget(screen)
    screen.retention.setValue(0.85)
    screen.new_per_day.setValue(12)
    screen.reviews_per_day.setValue(150)
    screen.rollover_hour.setValue(3)
    saved = load_settings(home)
    assert (saved.desired_retention, saved.new_per_day, saved.reviews_per_day,
            saved.rollover_hour) == (0.85, 12, 150, 3)

    reopened = SettingsScreen(home, load_settings(home))
    qtbot.addWidget(reopened)
    assert reopened.retention.value() == 0.85
    assert reopened.new_per_day.value() == 12
    assert reopened.rollover_hour.value() == 3


def test_retention_stays_within_its_range(qtbot, home):
    screen = SettingsScreen(home, Settings())
    qtbot.addWidget(screen)
    screen.retention.setValue(0.5)
    assert screen.retention.value() == 0.70
    screen.retention.setValue(1.0)
    assert screen.retention.value() == 0.99
    assert load_settings(home).desired_retention == 0.99


def test_theme_switch_applies_at_once_and_is_remembered(window, home):
    app = QApplication.instance()
    window.show_screen("settings")
    screen = window.settings_screen
    screen.theme.setCurrentIndex(screen.theme.findData("dark"))
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert "dark theme" in app.styleSheet()
    assert load_settings(home).theme == "dark"
    screen.theme.setCurrentIndex(screen.theme.findData("light"))
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert "light theme" in app.styleSheet()
    assert load_settings(home).theme == "light"


def test_the_saved_theme_and_font_size_are_used_at_start(qtbot, home):
    save_settings(home, Settings(theme="dark", font_size=15))
    from studyapp.ui.app import launch

    app = QApplication.instance()
    main_window = launch(app, home)
    qtbot.addWidget(main_window)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert app.font().pointSize() == 15
    with qtbot.waitSignal(main_window.store_ready, timeout=20000):
        pass


def test_font_size_changes_the_whole_window(window):
    window.settings_screen.font_size.setValue(18)
    assert QApplication.instance().font().pointSize() == 18
    assert window.library.table.font().pointSize() == 18


def test_every_setting_has_a_keyboard_mnemonic_and_a_name(qtbot, home):
    screen = SettingsScreen(home, Settings())
    qtbot.addWidget(screen)
    labels = [label for label in screen.findChildren(QLabel) if label.buddy() is not None]
    assert len(labels) == 6
    for label in labels:
        assert "&" in label.text()
        assert label.buddy().accessibleName()
