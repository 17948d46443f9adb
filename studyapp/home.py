"""Where StudyApp keeps its data: one directory holding the database, settings and backups."""

from __future__ import annotations

import os
from pathlib import Path

from studyapp import APP_NAME

HOME_VARIABLE = "STUDYAPP_HOME"


def resolve_home(arg: Path | None = None) -> Path:
    """The data directory: ``--home`` if given, else $STUDYAPP_HOME, else the per-user data
    directory of the platform; created if missing."""
    if arg is not None:
        home = Path(arg)
    elif os.environ.get(HOME_VARIABLE):
        home = Path(os.environ[HOME_VARIABLE])
    else:
        from platformdirs import user_data_dir

        home = Path(user_data_dir(APP_NAME, appauthor=False))
    home = home.expanduser().resolve()
    home.mkdir(parents=True, exist_ok=True)
    return home
