"""Regressions found in review of the figures extraction (made-up texts)."""

from __future__ import annotations

from pathlib import Path

import studyapp.extract as extract_package

EXTRACT_DIR = Path(extract_package.__file__).parent
FIGURES_MODULES = ("mentions.py", "names.py", "roles.py", "not_people.py", "name_runs.py",
                   "person_cues.py", "page_parts.py", "people.py")


def test_comments_of_the_figures_modules_use_made_up_names():
    real_names = ("beylerbey", "Venetians", "Poniatowski", "Gharm", "Pamir", "Helicopter",
                  "Osman", "Baltic", "Miss Castle", "Taoiseach X", "A. K. Haq", "Background I",
                  "Fanny", "Frances", "China in Turmoil", "disguised as", "assay master",
                  "Dasi", "Polish-born", "the elderly", "saw the wounded", "Christian Democrat",
                  "policeman turned", "come to power", "Ora Morena")
    for module in FIGURES_MODULES:
        source = (EXTRACT_DIR / module).read_text(encoding="utf-8")
        assert not [name for name in real_names if name in source], module
