"""`studyapp extract FILE... [--json]` on real files: the JSON of docs/extraction.md, a
readable summary, and one-line errors naming the file for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.cli import main

DOCUMENT = """= Harbour strike =

The harbour strike was a labour dispute in Portmere from 1911 to 1912.

== Timeline ==

=== 1911 ===
March 3: Dockers walk out after a pay cut.
"""


def test_json_has_the_documented_fields(tmp_path, capsys):
    path = tmp_path / "strike.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    assert main(["extract", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == [{"name": "strike.txt", "title": "Harbour strike"}]
    event = next(e for e in data["events"] if e["start"] == "1911-03-03")
    assert set(event) >= {"start", "end", "precision", "date_text", "statement", "people",
                          "places", "numbers", "sources"}
    assert event["end"] == "1911-03-03" and event["precision"] == "day"
    assert event["date_text"] == "March 3"
    source = event["sources"][0]
    start, end = source["offset"]
    assert source["document"] == "strike.txt"
    assert DOCUMENT[start:end] == source["sentence"] == "March 3: Dockers walk out after a pay cut."
    assert source["text"] == source["sentence"]
    assert isinstance(data["figures"], list)


def test_json_sentence_is_the_original_and_text_the_clean_sentence(tmp_path, capsys):
    original = "# Notes\n\nOn 2 May 1990 the [[Assembly|assembly]] met <a>[00:01:02]</a>.\n"
    path = tmp_path / "n.md"
    path.write_text(original, encoding="utf-8")
    assert main(["extract", str(path), "--json"]) == 0
    source = json.loads(capsys.readouterr().out)["events"][0]["sources"][0]
    start, end = source["offset"]
    assert source["sentence"] == original[start:end]
    assert source["text"] == "On 2 May 1990 the assembly met."


def test_summary_lists_documents_and_events(tmp_path, capsys):
    path = tmp_path / "strike.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert "strike.txt: Harbour strike" in out
    assert "1911-03-03 [day] Dockers walk out after a pay cut" in out


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "photo.txt",
        "huge": tmp_path / "huge.txt",
        "not utf-8": tmp_path / "mangled.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 100)
    with files["huge"].open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    files["not utf-8"].write_bytes(b"\xff\xfe\xfd\x80\x81\x00\x00\x01\x02")
    return files


@pytest.mark.parametrize("kind", ["empty", "binary", "huge", "not utf-8", "missing"])
def test_bad_input_is_one_line_naming_the_file(tmp_path, capsys, kind):
    path = _bad_files(tmp_path).get(kind, tmp_path / "absent.txt")
    assert main(["extract", str(path), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and path.name in lines[0]


def test_bad_input_from_the_real_command_has_no_traceback(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(DOCUMENT, encoding="utf-8")
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "studyapp", "extract", str(good), str(empty)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"studyapp: {empty}: file is empty"
