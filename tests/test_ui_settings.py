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


def seed_reviews(home, profile_id: int, cards: int) -> int:
    """A learner's review log, written straight into the database; the number of rows."""
    import random
    import sqlite3
    from datetime import UTC, datetime, timedelta

    from studyapp.store import database_path

    rng = random.Random(5)
    logs = []
    for card in range(cards):
        moment, stability = datetime(2025, 1, 1, 18, tzinfo=UTC), 0.5
        for review in range(8):
            recalled = review > 0 and rng.random() < 0.9 ** (1 / stability)
            rating = (3 if rng.random() < 0.8 else 2) if recalled else 1
            logs.append((profile_id, f"q{card}", rating,
                         moment.isoformat(timespec="microseconds")))
            stability = stability * 2 if recalled else 0.5
            moment += timedelta(days=max(1, round(stability * 3)), minutes=rng.randint(0, 300))
    connection = sqlite3.connect(database_path(home))
    with connection:
        connection.executemany("INSERT INTO review_log (profile_id, question_id, rating,"
                               " review_time) VALUES (?, ?, ?, ?)", logs)
    connection.close()
    return len(logs)


def stored_parameters(home, profile_id: int):
    import json
    import sqlite3

    from studyapp.store import database_path

    connection = sqlite3.connect(database_path(home))
    (stored,) = connection.execute(
        "SELECT fsrs_parameters FROM profile WHERE id = ?", (profile_id,)).fetchone()
    connection.close()
    return None if stored is None else json.loads(stored)


def test_personal_scheduling_fits_to_the_reviews_in_a_worker_and_resets(qtbot, home):
    from studyapp.services.library import ensure_profile
    from studyapp.srs.fit import MIN_REVIEWS_TO_FIT
    from studyapp.store import open_store

    store = open_store(home)
    profile = ensure_profile(store)
    screen = SettingsScreen(home, Settings())
    qtbot.addWidget(screen)
    screen.show()
    screen.set_learner(store, profile)
    scheduling = screen.scheduling
    assert "You have 0 reviews" in scheduling.status.text()
    assert not scheduling.fit_button.isVisible()  # too few reviews to fit to

    reviews = seed_reviews(home, profile, 150)
    assert reviews >= MIN_REVIEWS_TO_FIT
    screen.hide()
    screen.show()  # counted again when shown
    assert f"You have {reviews:,} reviews" in scheduling.status.text()
    assert "default parameters" in scheduling.status.text()
    assert scheduling.fit_button.isVisible() and not scheduling.reset_button.isVisible()

    with qtbot.waitSignal(scheduling.fit_ended, timeout=20000):
        scheduling.fit_button.click()
        # The click returns at once: the window keeps going while a busy bar shows.
        assert scheduling.busy.isVisible() and not scheduling.fit_button.isEnabled()
        assert stored_parameters(home, profile) is None
    assert not scheduling.busy.isVisible() and scheduling.fit_button.isEnabled()
    assert "saved" in scheduling.result.text()
    fitted = stored_parameters(home, profile)
    assert fitted is not None and len(fitted) > 10
    assert "parameters fitted to your reviews" in scheduling.status.text()

    assert scheduling.reset_button.isVisible()
    scheduling.reset_button.click()
    assert stored_parameters(home, profile) is None
    assert "default parameters" in scheduling.status.text()
    assert not scheduling.reset_button.isVisible()
    store.close()
