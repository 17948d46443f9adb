"""Atomic writes: the old file or the new one, never half, and no temporary left behind."""

import pytest

from studyapp.files import write_atomically


def test_a_write_replaces_the_file_whole(tmp_path):
    path = tmp_path / "deep" / "set.quiz.yaml"
    write_atomically(path, "old\n")
    write_atomically(path, "new\n")
    assert path.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in path.parent.iterdir()] == ["set.quiz.yaml"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "settings.json"
    write_atomically(path, "old\n")
    with pytest.raises(UnicodeEncodeError):
        write_atomically(path, "half written \ud800 never lands")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
