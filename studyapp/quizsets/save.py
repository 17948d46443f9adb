"""Write a quiz set to its YAML file atomically, keeping the comments and order already there."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from studyapp.files import write_atomically
from studyapp.model import Question, QuizSet
from studyapp.quizsets.diagnostics import QuizSetError
from studyapp.quizsets.load import parse_yaml
from studyapp.quizsets.schema import chronological, schema_path

SCHEMA_COMMENT = "yaml-language-server: $schema="


def save_set(quizset: QuizSet, path: str | Path) -> None:
    """Write ``quizset`` to ``path``; an existing file keeps its comments and question order.

    The new text is written to a temporary file beside the target and renamed over it, so a
    crash never leaves a half-written set.
    """
    path = Path(path)
    document = _existing_document(path)
    if document is None:
        document = CommentedMap()
        document.yaml_set_start_comment(SCHEMA_COMMENT + _schema_reference(path))
    _update_map(document, set_to_plain(quizset))
    write_atomically(path, _dump(document))


def set_to_plain(quizset: QuizSet) -> dict[str, Any]:
    return {
        "title": quizset.title,
        "description": quizset.description,
        "language": quizset.language,
        "documents": [{"name": ref.name, "title": ref.title} for ref in quizset.documents],
        "questions": [question_to_plain(question) for question in quizset.questions],
    }


def question_to_plain(question: Question) -> dict[str, Any]:
    """The question as the file holds it: only the keys its kind uses, in a fixed order."""
    plain: dict[str, Any] = {"id": question.id, "kind": question.kind, "prompt": question.prompt}
    if question.kind == "ordering":
        plain["items"] = [item.as_plain() for item in question.items]
        plain["answer"] = [item.text for item in chronological(question.items)]
    elif question.kind == "matching":
        plain["pairs"] = [_flow([left, right]) for left, right in question.pairs]
    else:
        plain["answer"] = question.answer
        if question.options:
            plain["options"] = list(question.options)
        if question.accept:
            plain["accept"] = list(question.accept)
    plain["fact"] = question.fact
    if question.source is not None:
        plain["source"] = {"document": question.source.document,
                           "sentence": question.source.sentence}
        if question.source.offset != (0, 0):
            plain["source"]["offset"] = _flow(list(question.source.offset))
    plain["status"] = question.status
    if question.tags:
        plain["tags"] = _flow(list(question.tags))
    if question.difficulty is not None:
        plain["difficulty"] = question.difficulty
    return plain


def _flow(values: list) -> CommentedSeq:
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq


def _existing_document(path: Path) -> CommentedMap | None:
    """The file's parsed text to update in place, or None to start afresh."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        data = parse_yaml(text, path)
    except QuizSetError:
        return None
    return data if isinstance(data, CommentedMap) else None


def _update_map(node: CommentedMap, plain: dict[str, Any]) -> None:
    """Change only what differs, so untouched keys keep their comments and style."""
    for key in [key for key in node if key not in plain]:
        del node[key]
    for key, value in plain.items():
        old = node.get(key)
        if key == "questions" and isinstance(old, CommentedSeq):
            _update_questions(old, value)
        elif isinstance(old, CommentedMap) and isinstance(value, dict):
            _update_map(old, value)
        elif key not in node or not _same(old, value):
            node[key] = value


def _same(old: Any, new: Any) -> bool:
    """Equal values of the same sort (a quoted "1988" is not the number 1988)."""
    return (old == new and isinstance(old, str) == isinstance(new, str)
            and isinstance(old, bool) == isinstance(new, bool))


def _update_questions(seq: CommentedSeq, questions: list[dict[str, Any]]) -> None:
    existing = {node.get("id"): node for node in seq if isinstance(node, CommentedMap)}
    nodes = []
    for plain in questions:
        node = existing.get(plain["id"])
        if node is None:
            node = CommentedMap(plain)
        else:
            _update_map(node, plain)
        nodes.append(node)
    if [id(node) for node in nodes] != [id(node) for node in seq]:
        del seq[:]
        seq.extend(nodes)


def _dump(document: CommentedMap) -> str:
    yaml = YAML(typ="rt")
    yaml.width = 4096  # one line per value: easier to read, edit and diff than wrapped text
    yaml.indent(mapping=2, sequence=4, offset=2)
    stream = io.StringIO()
    yaml.dump(document, stream)
    return stream.getvalue()


def _schema_reference(path: Path) -> str:
    """Where an editor finds the schema: relative to the file when possible."""
    schema = Path(str(schema_path())).resolve()
    try:
        return Path(os.path.relpath(schema, path.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows
        return schema.as_uri()
