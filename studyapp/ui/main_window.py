"""The main window: navigation between the four screens, menus, profiles, opening set files.

Review and Quiz screens come from studyapp.ui.review / studyapp.ui.quiz and are built the
first time they are needed, so start-up never pays for them. Their contract:
``ReviewScreen(state: AppState, parent)`` (QuizScreen alike), each with
``start(set_ids: list[int])`` and a ``finished`` signal that brings the Library back; Review also
has ``leave()``/``resume()`` for when another screen takes its place and gives it back (its
study session holds a connection and a thread, so it is closed in between). They read
the store, profile and settings from the shared state when they start a session, and are
rebuilt after a profile switch so nothing of the previous learner's session stays on screen.

Until the full store is open (just after the first paint) the window shows counts read through
the fast sqlite3 path and keeps Study/Quiz disabled; ``store_opened`` switches it to live.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp import APP_NAME, __version__
from studyapp.ui import theme
from studyapp.ui.library import LibraryScreen, choose_drafts, draft_sets
from studyapp.ui.set_import import SET_FILE_FILTER, DiagnosticsDialog
from studyapp.ui.settings_screen import SettingsScreen
from studyapp.ui.state import AppState, read_ui_state, remember

if TYPE_CHECKING:  # event types only annotate; not loading them keeps start-up lean
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

SCREENS = ("library", "review", "quiz", "settings")
SCREEN_LABELS = {"library": "&Library", "review": "&Review", "quiz": "&Quiz",
                 "settings": "&Settings"}
# Where each lazily built screen lives: module, class.
LAZY_SCREENS = {"review": ("studyapp.ui.review", "ReviewScreen"),
                "quiz": ("studyapp.ui.quiz", "QuizScreen")}


class MainWindow(QMainWindow):
    first_painted = Signal()
    store_ready = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(theme.app_icon())
        self.setMinimumSize(720, 480)
        self.resize(1040, 680)
        geometry = read_ui_state(state.home).get("geometry")
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        self._painted = False  # first_painted is emitted once
        self.dialog: QWidget | None = None  # the last message or problem dialog shown

        self.library = LibraryScreen()
        self.settings_screen = SettingsScreen(state.home, state.settings)
        self.screens: dict[str, QWidget] = {"library": self.library,
                                            "settings": self.settings_screen}
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library)
        self.stack.addWidget(self.settings_screen)
        self.opening = _placeholder("Opening your library…")
        self.stack.addWidget(self.opening)

        self.nav = self._build_nav()
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName("Profile")
        self.profile_box.setToolTip("Who is studying: each profile has its own progress")
        self.new_profile_button = QPushButton("New &profile…")
        self.new_profile_button.setAccessibleName("New profile")
        self.new_profile_button.setEnabled(False)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._nav_panel())
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage("Opening your library…")

        self.library.study_requested.connect(lambda ids: self.start_screen("review", ids))
        self.library.quiz_requested.connect(lambda ids: self.start_screen("quiz", ids))
        self.library.open_file_requested.connect(self.open_set_file)
        self.library.drafts_toggled.connect(self.include_drafts)
        self.settings_screen.changed.connect(self._settings_changed)
        self.profile_box.activated.connect(self._profile_chosen)
        self.new_profile_button.clicked.connect(lambda: self.new_profile())
        self.show_screen("library")
        self._set_tab_order()
        self.library.table.setFocus()
        self.library.installEventFilter(self)
        self.setAcceptDrops(True)
        # Cards come due as time passes (learning steps, the day rollover): keep counts fresh.
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(60_000)
        self.refresh_timer.timeout.connect(self._refresh_if_library_shown)
        self.refresh_timer.start()

    # Layout.

    def _build_nav(self) -> QListWidget:
        nav = QListWidget()
        nav.setObjectName("nav")
        nav.setAccessibleName("Screens")
        nav.setIconSize(QSize(20, 20))
        nav.setFixedWidth(190)
        for number, name in enumerate(SCREENS, start=1):
            label = SCREEN_LABELS[name].replace("&", "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"{label} (Ctrl+{number})")
            item.setSizeHint(QSize(0, 38))
            nav.addItem(item)
        nav.currentRowChanged.connect(lambda row: self.show_screen(SCREENS[row]))
        self._paint_nav_icons(nav)
        return nav

    def _paint_nav_icons(self, nav: QListWidget) -> None:
        color = self.palette().color(self.palette().ColorRole.WindowText)
        for row, name in enumerate(SCREENS):
            nav.item(row).setIcon(theme.icon(name, color))

    def _nav_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("navPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 8, 0, 12)
        column.addWidget(self.nav, 1)
        profile_label = QLabel("P&rofile")
        profile_label.setObjectName("profileLabel")
        profile_label.setBuddy(self.profile_box)
        profile_area = QVBoxLayout()
        profile_area.setContentsMargins(12, 0, 12, 0)
        profile_area.addWidget(profile_label)
        profile_area.addWidget(self.profile_box)
        profile_area.addWidget(self.new_profile_button)
        column.addLayout(profile_area)
        panel.setFixedWidth(190)
        return panel

    def _set_tab_order(self) -> None:
        """Navigation, then the screen shown, then the profile controls."""
        chain = [self.nav, self.library.table, self.library.study_button,
                 self.library.quiz_button, self.library.open_button, self.profile_box,
                 self.new_profile_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = self._action(file_menu, "&Open set file…", QKeySequence.StandardKey.Open,
                                        self.open_set_file)
        self.backup_action = self._action(file_menu, "&Back up now", "Ctrl+Shift+B",
                                          self.back_up_now)
        self.backup_action.setEnabled(False)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        go_menu = self.menuBar().addMenu("&Go")
        for number, name in enumerate(SCREENS, start=1):
            self._action(go_menu, SCREEN_LABELS[name], f"Ctrl+{number}",
                         lambda checked=False, n=name: self.show_screen(n))
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, f"&About {APP_NAME}", None, self.show_about)

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # Screens.

    def show_screen(self, name: str, set_ids: list[int] | None = None) -> QWidget:
        """Show a screen; Review and Quiz start on ``set_ids`` when given, and on the
        Library's selection (else every set) the first time they are shown without any."""
        review = self.screens.get("review")
        previous = self.stack.currentWidget()
        if name in LAZY_SCREENS and self.state.store is None:
            screen = self.opening  # Review and Quiz need the store; it opens in a moment
        elif name in self.screens:
            screen = self.screens[name]
        else:
            screen = self._create_screen(name)
            if name in LAZY_SCREENS and set_ids is None:
                set_ids = self.library.selected_set_ids() or self.library.all_set_ids()
        if previous is review and screen is not review:
            review.leave()  # its session's connection and thread are let go
        self.stack.setCurrentWidget(screen)
        row = SCREENS.index(name)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)  # we are already showing it
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        if set_ids and screen is not self.opening:
            screen.start(list(set_ids))
        elif screen is review and previous is not review:
            review.resume()
        if name == "library" and self.state.store is not None:
            self.refresh_library()
        return screen

    def start_screen(self, name: str, set_ids: list[int]) -> None:
        """Open Review or Quiz on the chosen sets (Library's Study and Quiz buttons)."""
        self.show_screen(name, set_ids)

    def _create_screen(self, name: str) -> QWidget:
        module_name, class_name = LAZY_SCREENS[name]
        screen = getattr(importlib.import_module(module_name), class_name)(self.state, self)
        screen.finished.connect(lambda: self.show_screen("library"))
        self.screens[name] = screen
        self.stack.addWidget(screen)
        return screen

    def _drop_study_screens(self) -> None:
        """Review and Quiz are rebuilt when next shown, for the new learner."""
        self._close_review_session()
        for name in LAZY_SCREENS:
            screen = self.screens.pop(name, None)
            if screen is not None:
                self.stack.removeWidget(screen)
                screen.deleteLater()

    def _close_review_session(self) -> None:
        review = self.screens.get("review")
        if review is not None:
            review.close_session()

    # Store and profiles.

    def store_opened(self) -> None:
        """The full store is open (state.store set): enable everything and refresh counts."""
        self.library.set_ready(True)
        self.backup_action.setEnabled(self.state.store.path is not None)
        self.new_profile_button.setEnabled(True)
        self.settings_screen.set_learner(self.state.store, self.state.profile_id)
        self.refresh_profiles()
        self.refresh_library()
        if self.stack.currentWidget() is self.opening:
            self.show_screen(SCREENS[self.nav.currentRow()])
        self.statusBar().showMessage("Ready", 3000)
        self.store_ready.emit()

    def refresh_library(self) -> None:
        self.library.show_summaries(self.summaries_from(self.state.store))

    def summaries_from(self, source):
        """The Library's rows for the current learner, read from ``source``: the data directory
        before the store is open (the fast path of the first paint), the store after."""
        from studyapp.services.library import library_summary

        state = self.state
        return library_summary(source, state.profile_id, state.now(),
                               rollover_hour=state.settings.rollover_hour,
                               include_drafts=draft_sets(state.home, state.profile_id))

    def include_drafts(self, set_id: int, included: bool) -> None:
        """The learner chose whether Study shows this imported set's drafts."""
        choose_drafts(self.state.home, self.state.profile_id, set_id, included)
        self.refresh_library()

    def _refresh_if_library_shown(self) -> None:
        if self.state.store is not None and self.stack.currentWidget() is self.library:
            self.refresh_library()

    def show_profiles(self, profiles: list[tuple[int, str]]) -> None:
        self.profile_box.clear()
        for profile_id, name in profiles:
            self.profile_box.addItem(name, profile_id)
        self.profile_box.setCurrentIndex(max(0, self.profile_box.findData(self.state.profile_id)))

    def refresh_profiles(self) -> None:
        from studyapp.services.library import list_profiles

        self.show_profiles([(p.id, p.name) for p in list_profiles(self.state.store)])

    def switch_profile(self, profile_id: int) -> None:
        if profile_id == self.state.profile_id:
            return
        self.state.profile_id = profile_id
        remember(self.state.home, profile_id=profile_id)
        self.profile_box.setCurrentIndex(self.profile_box.findData(profile_id))
        self._drop_study_screens()
        self.settings_screen.set_learner(self.state.store, profile_id)
        self.show_screen("library")
        self.statusBar().showMessage(f"Studying as {self.profile_box.currentText()}", 4000)

    def _profile_chosen(self, index: int) -> None:
        self.switch_profile(self.profile_box.itemData(index))

    def new_profile(self, name: str | None = None) -> int | None:
        """Create a profile (asking for its name when not given) and switch to it."""
        from studyapp.services.library import create_profile
        from studyapp.store import StoreError

        if name is None:
            name, accepted = QInputDialog.getText(self, "New profile",
                                                  "Name of the new learner:")
            if not accepted or not name.strip():
                return None
        try:
            profile_id = create_profile(self.state.store, name)
        except StoreError as error:  # e.g. the name is taken
            self._warn("Profile not created", f"{error}.")
            return None
        self.refresh_profiles()
        self.switch_profile(profile_id)
        return profile_id

    # File menu.

    def open_set_file(self, path: Path | None = None) -> int | None:
        """Validate a .quiz.yaml and add it; every problem is listed and nothing imported on
        error. Returns the set id, or None."""
        if self.state.store is None:
            return None
        if not path:
            chosen, _ = QFileDialog.getOpenFileName(self, "Open set file", str(Path.home()),
                                                    SET_FILE_FILTER)
            if not chosen:
                return None
            path = Path(chosen)
        from studyapp.quizsets import QuizSetError, load_set
        from studyapp.services.library import import_set
        from studyapp.store import StoreError

        try:
            quizset = load_set(path)
        except QuizSetError as error:
            self._show_dialog(DiagnosticsDialog(path, error.diagnostics, self))
            return None
        except OSError as error:
            self._warn("Set not imported", f"{path} could not be read: {error.strerror}.")
            return None
        try:
            set_id = import_set(self.state.store, quizset, file=path, bundled=False)
        except StoreError as error:
            self._warn("Set not imported", str(error))
            return None
        self.show_screen("library")
        self.library.select_sets([set_id])
        self.statusBar().showMessage(
            f"Added “{quizset.title}” ({len(quizset.questions)} questions)", 6000)
        return set_id

    def back_up_now(self) -> Path | None:
        from studyapp.store import StoreError
        from studyapp.store.backup import backup, backups_dir

        try:
            target = backup(self.state.store, backups_dir(self.state.home))
        except StoreError as error:
            self._warn("Backup failed", str(error))
            return None
        self.statusBar().showMessage(f"Backed up to {target}", 8000)
        return target

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, f"About {APP_NAME}",
                          f"<h3>{APP_NAME} {__version__}</h3>"
                          "<p>Flashcards and quizzes made from documents, "
                          "scheduled with FSRS spaced repetition.</p>"
                          f"<p>Your data: {self.state.home}</p>",
                          QMessageBox.StandardButton.Close, self)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        self._show_dialog(box)

    def _warn(self, title: str, text: str) -> None:
        self._show_dialog(QMessageBox(QMessageBox.Icon.Warning, title, text,
                                      QMessageBox.StandardButton.Close, self))

    def _show_dialog(self, dialog: QWidget) -> None:
        """Window-modal but not blocking, so the event loop (and tests) keep running."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    # Settings, theme, window events.

    def _settings_changed(self, settings) -> None:
        self.state.settings = settings
        self.apply_look()

    def apply_look(self) -> None:
        app = QApplication.instance()
        theme.apply_theme(app, self.state.settings.theme, self.state.settings.font_size)
        self._paint_nav_icons(self.nav)

    def follow_system_scheme(self) -> None:
        """The desktop switched light/dark: follow it when the theme says 'system'."""
        if self.state.settings.theme == "system":
            self.apply_look()

    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.state.store is not None and _dropped_set_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for path in _dropped_set_files(event.mimeData()):
            self.open_set_file(path)
        event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Announce the Library's first paint: start-up continues from there."""
        if watched is self.library and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.library.removeEventFilter(self)
            # Once control is back in the event loop, the whole frame (table included) is done.
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        geometry = self.saveGeometry().toBase64().data().decode()
        remember(self.state.home, geometry=geometry)
        self._close_review_session()  # before the store it reads from
        self.settings_screen.scheduling.wait()  # a fit in progress ends and is saved
        if self.state.store is not None:
            self.state.store.close()
            self.state.store = None
        super().closeEvent(event)


def _dropped_set_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().endswith((".yaml", ".yml"))]


def _placeholder(text: str) -> QWidget:
    label = QLabel(text)
    label.setObjectName("placeholder")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label

