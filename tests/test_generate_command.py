"""`studyapp generate` end to end: a document in, a set file out, hand edits kept on rerun."""

from __future__ import annotations

from pathlib import Path

from studyapp.cli import main
from studyapp.quizsets import load_set

TEXT = """\
History of Millbrook

== Timeline ==

=== 1850 ===
March 3: The town council rejects the harbour plan.
April 9: Mayor Anna Brook resigns.
June 12: The new bridge opened to traffic.
September 1: Great fire in the old quarter.
November 20: Guild members arrested, sent to the capital.

=== 1851 ===
February 2: The weavers begin a strike in the lower town.
July 14: The railway station opened.
October 5: The first newspaper printed in the town.
"""


def test_generate_writes_drafts_and_a_rerun_keeps_hand_edits(tmp_path: Path, capsys):
    document = tmp_path / "millbrook.txt"
    document.write_text(TEXT, encoding="utf-8")
    output = tmp_path / "millbrook.quiz.yaml"
    assert main(["generate", str(document), "-o", str(output), "--seed", "3"]) == 0
    first = load_set(output)
    assert len(first.questions) >= 10
    assert {q.status for q in first.questions} == {"draft"}
    assert output.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")

    edited = first.questions[0]
    text = output.read_text(encoding="utf-8")
    text = text.replace(f"prompt: {edited.prompt}", f"prompt: {edited.prompt}  # checked", 1)
    text = text.replace("status: draft", "status: ready", 1)
    output.write_text(text, encoding="utf-8")

    assert main(["generate", str(document), "-o", str(output), "--seed", "3"]) == 0
    assert "0 new drafts" in capsys.readouterr().out
    again = load_set(output)
    assert [q.id for q in again.questions] == [q.id for q in first.questions]
    assert again.questions[0].status == "ready"
    assert "# checked" in output.read_text(encoding="utf-8")


def test_generate_reports_a_missing_document(tmp_path: Path, capsys):
    missing = tmp_path / "nowhere.txt"
    assert main(["generate", str(missing), "-o", str(tmp_path / "x.quiz.yaml")]) == 1
    assert "nowhere.txt" in capsys.readouterr().err


def test_a_rerun_gives_ordering_items_saved_without_dates_their_dates(tmp_path: Path):
    """Sets saved before items had a date get one on regeneration, and nothing else changes."""
    document = tmp_path / "millbrook.txt"
    document.write_text(TEXT, encoding="utf-8")
    output = tmp_path / "millbrook.quiz.yaml"
    assert main(["generate", str(document), "-o", str(output), "--seed", "3"]) == 0
    current = output.read_text(encoding="utf-8")
    assert "        date: 3 March 1850\n" in current
    lines = current.splitlines(keepends=True)
    old = "".join(line for line in lines if not line.startswith("        date: "))
    output.write_text(old.replace("status: draft", "status: ready"), encoding="utf-8")
    assert all(not item.date for q in load_set(output).questions for item in q.items)

    assert main(["generate", str(document), "-o", str(output), "--seed", "3"]) == 0
    assert output.read_text(encoding="utf-8") == current.replace("status: draft", "status: ready")
