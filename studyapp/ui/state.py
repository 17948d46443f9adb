"""What the window's screens share: the data directory, settings, the store once it is open,
the current profile and the clock. One object passed to each screen, never a global.

Importing this module stays cheap (no sqlmodel): the store only arrives after the first paint.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studyapp.files import write_atomically
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
    bundled_sets: Path | None = None  # None: the sets shipped in the package


def read_ui_state(home: Path) -> dict[str, Any]:
    """What the window remembers between runs (the last profile, its geometry), so the first
    screen can use it before the store is open. A missing or unreadable file: nothing known."""
    try:
        data = json.loads((home / UI_STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remember(home: Path, **values: Any) -> None:
    """Update some remembered values; atomic (a temporary file renamed over the old one)."""
    data = {**read_ui_state(home), **values}
    write_atomically(home / UI_STATE_FILE, json.dumps(data))
