"""The core never imports Qt: only studyapp.ui may, and the contract in pyproject.toml holds."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import studyapp

REPO = Path(__file__).resolve().parents[1]


def core_modules() -> list[str]:
    names = [
        info.name
        for info in pkgutil.walk_packages(studyapp.__path__, "studyapp.")
        if not info.name.startswith(("studyapp.ui", "studyapp.__main__"))
    ]
    assert "studyapp.model" in names and "studyapp.cli" in names
    return names


def test_every_core_module_imports_without_qt():
    imports = "; ".join(f"import {name}" for name in core_modules())
    check = "import sys; assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'"
    result = subprocess.run(
        [sys.executable, "-c", f"{imports}; {check}"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_import_linter_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([lint_imports], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_version_flag_prints_the_version():
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"StudyApp {studyapp.__version__}"
