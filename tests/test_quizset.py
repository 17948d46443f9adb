"""The quiz-set file: load with every diagnostic, save keeping comments, merge, export."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.model import DocumentRef, OrderItem, Question, QuizSet, Source, Ymd
from studyapp.quizsets import QuizSetError, load_set, merge_regenerated, save_set

GOOD = """\
# yaml-language-server: $schema=quizset.schema.json
title: Test set
description: A small set
language: en
documents:
  - name: doc.txt
    title: A document
questions:
  # the first question
  - id: mc-1
    kind: multiple_choice
    prompt: When did the council meet?
    answer: '1988'
    options: ['1987', '1988', '1989', '1990']
    fact: event:1988:council-meets
    source: {document: doc.txt, sentence: The council met in 1988.}
    status: ready
  - id: ord-1
    kind: ordering
    prompt: Put these events in order.
    items:
      - {text: second, start: '1990-05-01'}
      - {text: first, start: '-0043-03-15'}
      - {text: third, start: '2001-01-01'}
    answer: [first, second, third]
    fact: timeline:a
    source: {document: doc.txt, sentence: Several things happened.}
    status: draft
  - id: match-1
    kind: matching
    prompt: Match each person to a role.
    pairs: [[Ann, pianist], [Bob, historian], [Cid, journalist]]
    fact: people:a
    source: {document: doc.txt, sentence: People.}
    status: draft
  - id: tf-1
    kind: true_false
    prompt: 'True or false: the council met in 1989.'
    answer: false
    fact: event:1988:council-meets
    source: {document: doc.txt, sentence: The council met in 1988.}
    status: draft
"""


def write(tmp_path: Path, text: str, name: str = "set.quiz.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_good_file_loads_with_every_kind_of_content(tmp_path):
    quizset = load_set(write(tmp_path, GOOD))
    assert quizset.title == "Test set"
    assert quizset.documents == [DocumentRef("doc.txt", "A document")]
    mc, ordering, matching, true_false = quizset.questions
    assert mc.options == ["1987", "1988", "1989", "1990"] and mc.answer == "1988"
    assert mc.status == "ready" and mc.source.sentence == "The council met in 1988."
    assert ordering.items[1] == OrderItem("first", Ymd(-43, 3, 15))
    assert ordering.answer == "first → second → third"
    assert matching.pairs[0] == ("Ann", "pianist")
    assert true_false.answer == "False"


BAD = GOOD.replace("answer: '1988'", "answer: '1991'").replace(
    "id: match-1", "id: mc-1").replace("'2001-01-01'", "'2001-02-30'").replace(
    "answer: [first, second, third]", "answer: [second, first, third]").replace(
    "    status: draft\n  - id: tf-1", "    colour: red\n    status: draft\n  - id: tf-1")


def test_every_problem_is_reported_at_its_line_and_nothing_loads(tmp_path):
    path = write(tmp_path, BAD)
    with pytest.raises(QuizSetError) as caught:
        load_set(path)
    lines = str(caught.value).splitlines()
    messages = {d.message.split(" (")[0].split(":")[0]: d for d in caught.value.diagnostics}
    assert len(caught.value.diagnostics) == 5, lines
    assert all(line.startswith(f"{path}:") for line in lines)
    assert messages["the answer '1991' is not among the options"].line == 13
    assert messages["invalid date '2001-02-30'"].line == 24
    assert messages["unknown key 'colour' in a matching question"].line == 35
    assert "duplicate id 'mc-1'" in str(caught.value)
    assert "the order contradicts the dates" in str(caught.value)


def test_a_yaml_syntax_error_names_its_place(tmp_path):
    path = write(tmp_path, "title: x\nquestions: [\n  - a\n")
    with pytest.raises(QuizSetError) as caught:
        load_set(path)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.path == path and diagnostic.line >= 2


def test_a_python_tag_is_never_constructed(tmp_path):
    marker = tmp_path / "ran"
    text = GOOD.replace("prompt: When did the council meet?",
                        f"prompt: !!python/object/apply:os.system ['touch {marker}']")
    with pytest.raises(QuizSetError) as caught:
        load_set(write(tmp_path, text))
    assert not marker.exists()
    assert "'prompt' must be non-empty text" in str(caught.value)


def test_save_keeps_comments_and_order_and_changes_only_what_changed(tmp_path):
    path = write(tmp_path, GOOD)
    quizset = load_set(path)
    quizset.questions[1].status = "ready"
    quizset.questions[0].prompt = "When did the council first meet?"
    save_set(quizset, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=quizset.schema.json")
    assert "# the first question" in text
    assert "When did the council first meet?" in text
    assert load_set(path).questions[1].status == "ready"
    assert [q.id for q in load_set(path).questions] == ["mc-1", "ord-1", "match-1", "tf-1"]
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_a_new_file_points_editors_at_the_shipped_schema(tmp_path):
    path = tmp_path / "sets" / "new.quiz.yaml"
    save_set(load_set(write(tmp_path, GOOD)), path)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    schema = (path.parent / first.split("=", 1)[1]).resolve()
    assert json.loads(schema.read_text())["title"] == "StudyApp quiz set"
    assert load_set(path) == load_set(tmp_path / "set.quiz.yaml")


def test_merging_a_regeneration_keeps_hand_edits_and_reports_what_is_gone():
    source = Source("doc.txt", "S.", (0, 0))
    def question(id_, prompt, status="draft"):
        return Question(id=id_, kind="flashcard", prompt=prompt, answer="a", fact="f",
                        source=source, status=status)
    existing = QuizSet("T", questions=[question("a", "edited by hand", "ready"),
                                       question("b", "old"), question("c", "old", "ready")])
    generated = QuizSet("T", questions=[question("a", "generated"), question("d", "new")])
    merged, report = merge_regenerated(existing, generated)
    assert [(q.id, q.prompt, q.status) for q in merged.questions] == [
        ("a", "edited by hand", "ready"), ("b", "old", "draft"), ("c", "old", "ready"),
        ("d", "new", "draft")]
    assert report.added == ["d"] and report.gone == ["b", "c"] and report.kept == ["a"]
    pruned, report = merge_regenerated(existing, generated, prune=True)
    assert [q.id for q in pruned.questions] == ["a", "c", "d"] and report.dropped == ["b"]


def test_merging_adds_no_question_already_asked_nor_too_many_on_a_fact():
    source = Source("doc.txt", "S.", (0, 0))
    def question(id_, prompt, fact, status="draft"):
        return Question(id=id_, kind="flashcard", prompt=prompt, answer="a", fact=fact,
                        source=source, status=status)
    existing = QuizSet("T", questions=[question("old", "When?", "f1", "ready"),
                                       question("x", "Who?", "f2", "ready")])
    generated = QuizSet("T", questions=[question("new", "When?", "f1b"),
                                        question("y", "What?", "f2"), question("z", "Why?", "f2")])
    merged, report = merge_regenerated(existing, generated, max_per_fact=2)
    assert [q.id for q in merged.questions] == ["old", "x", "y"]
    assert report.skipped == ["new", "z"]


def test_validate_command_exits_1_with_all_diagnostics(tmp_path, capsys):
    good, bad = write(tmp_path, GOOD, "good.quiz.yaml"), write(tmp_path, BAD, "bad.quiz.yaml")
    assert main(["validate", str(good)]) == 0
    assert main(["validate", str(good), str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count(f"{bad}:") == 5


def test_export_json_has_every_field_a_program_needs(tmp_path):
    out = tmp_path / "out.json"
    assert main(["export", str(write(tmp_path, GOOD)), "--format", "json", "-o", str(out)]) == 0
    questions = {q["id"]: q for q in json.loads(out.read_text(encoding="utf-8"))["questions"]}
    assert questions["mc-1"]["options"] == ["1987", "1988", "1989", "1990"]
    assert questions["ord-1"]["answer"] == ["first", "second", "third"]
    assert questions["ord-1"]["items"][1] == {"text": "first", "start": "-0043-03-15"}
    assert questions["match-1"]["pairs"][2] == ["Cid", "journalist"]
    assert questions["tf-1"]["source"] == {"document": "doc.txt",
                                           "sentence": "The council met in 1988."}
    assert {q["status"] for q in questions.values()} == {"ready", "draft"}


def test_export_finds_a_set_in_the_library_by_its_title(tmp_path):
    from studyapp.services.library import import_set
    from studyapp.store import open_store

    home = tmp_path / "home"
    path = write(tmp_path, GOOD)
    store = open_store(home)
    try:
        import_set(store, load_set(path), file=path, bundled=False)
    finally:
        store.close()
    out = tmp_path / "library.json"
    assert main(["--home", str(home), "export", "Test set", "--format", "json", "-o",
                 str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [q["id"] for q in exported["questions"]] == ["mc-1", "ord-1", "match-1", "tf-1"]
    assert exported["questions"][1]["answer"] == ["first", "second", "third"]
    assert main(["--home", str(home), "export", "No such set", "-o", str(out)]) == 1


def test_the_shipped_schema_accepts_every_bundled_set_and_rejects_a_bad_one(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    from ruamel.yaml import YAML

    from studyapp.quizsets.schema import schema_path

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    questions = Path(__file__).resolve().parents[1] / "questions"
    for path in sorted(questions.glob("*.quiz.yaml")):
        data = json.loads(json.dumps(YAML(typ="safe").load(path.read_text(encoding="utf-8")),
                                     default=str))
        assert list(validator.iter_errors(data)) == [], path
    bad = YAML(typ="safe").load(BAD)
    bad["questions"][0]["kind"] = "essay"
    assert list(validator.iter_errors(json.loads(json.dumps(bad, default=str))))


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"- just\n- a list\n", "a quiz set must be a mapping"),
    (b"title: x\nquestions: []\n\xff\xfe", "not UTF-8 text"),
    (b"title: x\nquestions:\n  - id: Bad Id\n    kind: flashcard\n", "may hold only lower-case"),
])
def test_malformed_files_are_reported_not_raised(tmp_path, content, message):
    path = tmp_path / "broken.quiz.yaml"
    path.write_bytes(content)
    with pytest.raises(QuizSetError) as caught:
        load_set(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{path}:")


DATED = GOOD.replace("{text: first, start: '-0043-03-15'}",
                     "{text: first, start: '-0043-03-15', date: 15 March 44 BC}")


def test_an_ordering_items_date_is_loaded_saved_and_exported(tmp_path):
    path = write(tmp_path, DATED)
    items = load_set(path).questions[1].items
    assert items[1] == OrderItem("first", Ymd(-43, 3, 15), "15 March 44 BC")
    assert items[0].date == ""  # the date is optional
    copy = tmp_path / "copy.quiz.yaml"
    save_set(load_set(path), copy)
    assert load_set(copy).questions[1].items == items
    assert copy.read_text(encoding="utf-8").count("date:") == 1  # none written when empty
    out = tmp_path / "out.json"
    assert main(["export", str(copy), "--format", "json", "-o", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))["questions"][1]["items"]
    assert exported[1] == {"text": "first", "start": "-0043-03-15", "date": "15 March 44 BC"}
    assert "date" not in exported[0]


def test_a_date_that_is_not_text_is_reported_at_its_place(tmp_path):
    text = DATED.replace("date: 15 March 44 BC", "date: [44, BC]")
    path = write(tmp_path, text)
    with pytest.raises(QuizSetError) as caught:
        load_set(path)
    (diagnostic,) = caught.value.diagnostics
    line = text.splitlines()[diagnostic.line - 1]
    assert diagnostic.line == 23 and line[diagnostic.column - 1:].startswith("[44, BC]")
    assert "an ordering item 'date' must be non-empty text" in diagnostic.message


def test_merging_fills_dates_the_kept_orderings_lack_and_keeps_the_rest():
    source = Source("doc.txt", "S.", (0, 0))
    def ordering(id_, dates, status="draft", prompt="Order these."):
        items = [OrderItem(text, Ymd(year, 1, 1), date)
                 for text, year, date in zip("abc", (1001, 1988, 2024), dates, strict=True)]
        return Question(id=id_, kind="ordering", prompt=prompt, items=items, fact="timeline:x",
                        source=source, status=status)
    existing = QuizSet("T", questions=[ordering("o", ["", "in 1988 (typed)", ""], "ready",
                                                "Edited by hand.")])
    generated = QuizSet("T", questions=[
        ordering("o", ["the 11th century", "1988", "1 January 2024"])])
    merged, report = merge_regenerated(existing, generated)
    (question,) = merged.questions
    assert [item.date for item in question.items] == [
        "the 11th century", "in 1988 (typed)", "1 January 2024"]
    assert (question.status, question.prompt, report.kept) == ("ready", "Edited by hand.", ["o"])
