"""The learner's settings: a small JSON file in the data directory, checked when read.

A value that is missing, of the wrong type or out of range falls back to its default with a
warning naming the file, so a hand-edited or damaged file never stops the app. The file
carries a schema version, so its layout can change later without guessing.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from studyapp.files import write_atomically

SETTINGS_NAME = "settings.json"
SETTINGS_VERSION = 1
THEMES = ("light", "dark", "system")


class SettingsWarning(UserWarning):
    """A settings file value was ignored; the message names the file and the setting."""


@dataclass
class Settings:
    desired_retention: float = 0.9
    new_per_day: int = 20
    reviews_per_day: int = 200
    rollover_hour: int = 4
    theme: str = "system"
    font_size: int = 0  # 0: the platform's default size
    database_url: str | None = None  # None: the SQLite file in the data directory


def _number(low: float, high: float) -> Callable[[Any], bool]:
    def valid(value: Any) -> bool:
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        return is_number and low <= value <= high

    return valid


def _integer(low: int, high: int) -> Callable[[Any], bool]:
    def valid(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high

    return valid


# Each setting: the test a value must pass, and how to say what is expected.
RULES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "desired_retention": (_number(0.7, 0.99), "a number from 0.7 to 0.99"),
    "new_per_day": (_integer(0, 9999), "a whole number from 0 to 9999"),
    "reviews_per_day": (_integer(0, 99999), "a whole number from 0 to 99999"),
    "rollover_hour": (_integer(0, 23), "a whole number from 0 to 23"),
    "theme": (lambda value: value in THEMES, "one of " + ", ".join(THEMES)),
    "font_size": (lambda value: value == 0 or _integer(6, 72)(value),
                  "0 (the default size) or a whole number from 6 to 72"),
    "database_url": (lambda value: value is None or (isinstance(value, str) and value != ""),
                     "null or a database URL"),
}


def settings_path(home: Path) -> Path:
    return home / SETTINGS_NAME


def read_settings(home: Path) -> tuple[Settings, list[str]]:
    """The settings of ``home`` and the problems found in its file (each naming the file)."""
    path = settings_path(home)
    if not path.exists():
        return Settings(), []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return Settings(), [f"{path}: unreadable ({error}); using the default settings"]
    if not isinstance(data, dict):
        return Settings(), [f"{path}: not a JSON object; using the default settings"]
    problems = []
    version = data.pop("version", None)
    if version != SETTINGS_VERSION:
        problems.append(f"{path}: settings version {version!r} is not {SETTINGS_VERSION}; "
                        "reading the settings this version knows")
    values = {}
    for name, value in data.items():
        if name not in RULES:
            problems.append(f"{path}: unknown setting {name!r} ignored")
            continue
        valid, expected = RULES[name]
        if valid(value):
            values[name] = value
        else:
            default = getattr(Settings(), name)
            problems.append(f"{path}: {name} must be {expected}, not {value!r}; "
                            f"using the default {default!r}")
    return Settings(**values), problems


def load_settings(home: Path) -> Settings:
    """The settings of ``home``; every ignored value raises a ``SettingsWarning``."""
    settings, problems = read_settings(home)
    for problem in problems:
        warnings.warn(problem, SettingsWarning, stacklevel=2)
    return settings


def save_settings(home: Path, settings: Settings) -> None:
    """Write the settings atomically: a crash leaves the old file or the new, never half."""
    for field in fields(Settings):
        valid, expected = RULES[field.name]
        value = getattr(settings, field.name)
        if not valid(value):
            raise ValueError(f"setting {field.name} must be {expected}, not {value!r}")
    path = settings_path(home)
    text = json.dumps({"version": SETTINGS_VERSION, **asdict(settings)}, indent=2) + "\n"
    write_atomically(path, text)
