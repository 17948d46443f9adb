"""Settings file: defaults, validation with warnings naming the file, atomic save."""

from __future__ import annotations

import json
import warnings

import pytest

from studyapp.settings import (
    Settings,
    SettingsWarning,
    load_settings,
    read_settings,
    save_settings,
    settings_path,
)


def test_no_file_gives_the_defaults_silently(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        settings = load_settings(tmp_path)
    assert settings == Settings()
    assert (settings.desired_retention, settings.new_per_day, settings.rollover_hour,
            settings.theme, settings.database_url) == (0.9, 20, 4, "system", None)


def test_saved_settings_read_back_and_carry_a_version(tmp_path):
    chosen = Settings(desired_retention=0.85, new_per_day=5, theme="dark", font_size=14,
                      database_url="sqlite:////tmp/other.sqlite3")
    save_settings(tmp_path, chosen)
    assert load_settings(tmp_path) == chosen
    assert json.loads(settings_path(tmp_path).read_text())["version"] == 1
    assert [path.name for path in tmp_path.iterdir()] == ["settings.json"]  # no temp left


def test_bad_values_fall_back_to_defaults_with_a_warning_naming_the_file(tmp_path):
    settings_path(tmp_path).write_text(json.dumps({
        "version": 1, "desired_retention": 1.5, "new_per_day": "ten", "rollover_hour": 3,
        "theme": "purple", "reviews_per_day": True, "colour": "red",
    }))
    with pytest.warns(SettingsWarning) as caught:
        settings = load_settings(tmp_path)
    assert settings == Settings(rollover_hour=3)
    messages = [str(warning.message) for warning in caught]
    assert all(message.startswith(str(settings_path(tmp_path))) for message in messages)
    assert any("desired_retention" in message and "0.9" in message for message in messages)
    assert any("theme must be one of light, dark, system" in message for message in messages)
    assert any("unknown setting 'colour'" in message for message in messages)
    assert len(messages) == 5


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\udcff"])
def test_an_unreadable_file_gives_the_defaults_and_says_so(tmp_path, content):
    settings_path(tmp_path).write_text(content, encoding="utf-8", errors="surrogateescape")
    settings, problems = read_settings(tmp_path)
    assert settings == Settings()
    assert len(problems) == 1 and problems[0].startswith(str(settings_path(tmp_path)))


def test_a_file_without_version_is_read_with_a_warning(tmp_path):
    settings_path(tmp_path).write_text(json.dumps({"new_per_day": 7}))
    settings, problems = read_settings(tmp_path)
    assert settings.new_per_day == 7
    assert problems and "version" in problems[0]


def test_invalid_settings_are_not_saved_and_the_old_file_stays(tmp_path):
    save_settings(tmp_path, Settings(new_per_day=9))
    with pytest.raises(ValueError, match="rollover_hour"):
        save_settings(tmp_path, Settings(rollover_hour=30))
    assert load_settings(tmp_path).new_per_day == 9
