"""Regressions found in review of the date and event extraction (made-up texts)."""

from __future__ import annotations

from pathlib import Path

import studyapp.extract as extract_package

EXTRACT_DIR = Path(extract_package.__file__).parent


def test_comments_of_the_date_and_event_modules_use_made_up_names():
    real_names = ("Basi", "Livelihood", "Meiji", "Honecker", "Hideyoshi", "Ajaccio", "Iwakura")
    for module in ("dates.py", "events.py", "statements.py", "merge.py"):
        source = (EXTRACT_DIR / module).read_text(encoding="utf-8")
        assert not [name for name in real_names if name in source], module

