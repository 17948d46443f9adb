"""Which data directory the app uses."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from studyapp.home import resolve_home


def test_an_explicit_home_wins_and_is_created(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYAPP_HOME", str(tmp_path / "from-env"))
    home = resolve_home(tmp_path / "given" / "deeper")
    assert home == (tmp_path / "given" / "deeper").resolve()
    assert home.is_dir()


def test_the_environment_variable_comes_next(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYAPP_HOME", str(tmp_path / "from-env"))
    assert resolve_home(None) == (tmp_path / "from-env").resolve()
    assert (tmp_path / "from-env").is_dir()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is the Linux convention")
def test_otherwise_the_per_user_data_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("STUDYAPP_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # where platformdirs looks
    expected = Path(platformdirs.user_data_dir("StudyApp", appauthor=False)).resolve()
    assert resolve_home(None) == expected
    assert expected.is_relative_to(tmp_path) and expected.is_dir()
