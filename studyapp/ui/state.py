"""What the window's screens share: the data directory, settings, the store once it is open,
the current profile and the clock. One object passed to each screen, never a global.

Importing this module stays cheap (no sqlmodel): the store only arrives after the first paint.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.settings import Settings

if TYPE_CHECKING:
    from studyapp.store import Store

UI_STATE_FILE = "ui-state.json"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class AppState:
    home: Path
    settings: Settings
    profile_id: int | None = None
    store: Store | None = None
    now: Callable[[], datetime] = field(default=utc_now)


def read_last_profile(home: Path) -> int | None:
    """The profile used last time, so the first screen can show its counts before the store
    (and the profile table) is opened. A missing or unreadable file just means 'not known'."""
    try:
        data = json.loads((home / UI_STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    profile = data.get("profile_id") if isinstance(data, dict) else None
    return profile if isinstance(profile, int) else None


def write_last_profile(home: Path, profile_id: int) -> None:
    """Atomic: write a temporary file next to it, then rename over it."""
    fd, tmp = tempfile.mkstemp(dir=home, prefix=".ui-state-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"profile_id": profile_id}, out)
    os.replace(tmp, home / UI_STATE_FILE)
