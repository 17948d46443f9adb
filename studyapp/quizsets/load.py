"""Read a *.quiz.yaml file into a ``model.QuizSet``, checking everything first.

The round-trip parser keeps the line and column of every node, so each problem is reported
where it is; all problems are collected before giving up, and a file with any problem loads
nothing. The round-trip parser constructs only maps, lists and scalars (a tag such as
``!!python/object`` is never run), so untrusted files are safe to read.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from studyapp.model import DocumentRef, OrderItem, Question, QuizSet, Source, Ymd
from studyapp.quizsets.diagnostics import Diagnostic, QuizSetError
from studyapp.quizsets.schema import (
    COMMON_KEYS,
    ID_PATTERN,
    KIND_KEYS,
    KIND_REQUIRED,
    KINDS,
    MIN_ITEMS,
    SET_KEYS,
    STATUSES,
    TRUE_FALSE,
    matching_answer,
    ordering_answer,
)

DATE_PATTERN = re.compile(r"^(-?)(\d{4,})-(\d{2})-(\d{2})$")
Position = tuple[int, int]


def load_set(path: str | Path) -> QuizSet:
    """Read and check one set file; raise QuizSetError listing every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise QuizSetError([Diagnostic(path, 0, 0, f"not UTF-8 text ({error.reason})")]) from None
    except OSError as error:
        raise QuizSetError([Diagnostic(path, 0, 0, f"cannot read: {error.strerror}")]) from None
    return parse_set(text, path)


def parse_set(text: str, path: Path) -> QuizSet:
    """Check the text of a set file (``path`` names it in diagnostics)."""
    data = parse_yaml(text, path)
    reader = _Reader(path)
    quizset = reader.quizset(data)
    if reader.diagnostics:
        raise QuizSetError(reader.diagnostics)
    return quizset


def parse_yaml(text: str, path: Path) -> Any:
    """Round-trip parse; a syntax error becomes a QuizSetError at its place."""
    try:
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = " ".join(str(part) for part in (error.context, error.problem) if part)
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise QuizSetError([Diagnostic(path, line, column, message)]) from None
    except YAMLError as error:
        raise QuizSetError([Diagnostic(path, 0, 0, str(error))]) from None


def parse_date(value: Any) -> Ymd | None:
    """An ISO date (leading minus before the common era) as Ymd, or None if not a real day."""
    if isinstance(value, dt.date):
        return Ymd(value.year, value.month, value.day)
    match = DATE_PATTERN.match(value) if isinstance(value, str) else None
    if not match:
        return None
    sign, year, month, day = match.groups()
    ymd = Ymd(-int(year) if sign else int(year), int(month), int(day))
    if not 1 <= ymd.month <= 12 or not 1 <= ymd.day <= days_in_month(ymd.year, ymd.month):
        return None
    return ymd


def days_in_month(year: int, month: int) -> int:
    """Proleptic Gregorian calendar with astronomical years (year 0 is a leap year)."""
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


class _Reader:
    """Turns parsed nodes into model objects, noting every problem with its place."""

    def __init__(self, path: Path):
        self.path = path
        self.diagnostics: list[Diagnostic] = []

    def error(self, where: Position, message: str) -> None:
        self.diagnostics.append(Diagnostic(self.path, where[0] + 1, where[1] + 1, message))

    # -- places ---------------------------------------------------------------------------
    @staticmethod
    def at(node: Any) -> Position:
        lc = getattr(node, "lc", None)
        return (lc.line, lc.col) if lc is not None and lc.line is not None else (-1, -1)

    @staticmethod
    def at_value(node: CommentedMap, key: str) -> Position:
        return tuple(node.lc.value(key))  # type: ignore[return-value]

    @staticmethod
    def at_key(node: CommentedMap, key: str) -> Position:
        return tuple(node.lc.key(key))  # type: ignore[return-value]

    @staticmethod
    def at_item(node: CommentedSeq, index: int) -> Position:
        return tuple(node.lc.item(index))  # type: ignore[return-value]

    # -- generic checks -------------------------------------------------------------------
    def mapping(self, node: Any, where: Position, what: str) -> CommentedMap | None:
        if isinstance(node, CommentedMap):
            return node
        self.error(where, f"{what} must be a mapping of keys to values")
        return None

    def keys(self, node: CommentedMap, allowed: set[str], required: tuple[str, ...], what: str):
        for key in node:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                self.error(self.at_key(node, key),
                           f"unknown key '{key}' in {what} (known: {known})")
        for key in required:
            if key not in node:
                self.error(self.at(node), f"{what} lacks the required key '{key}'")

    def text(self, node: CommentedMap, key: str, what: str) -> str | None:
        if key not in node:
            return None
        value = node[key]
        if not _is_text(value):
            self.error(self.at_value(node, key), f"{what} '{key}' must be non-empty text")
            return None
        return str(value).strip()

    def sequence(self, node: CommentedMap, key: str, what: str) -> CommentedSeq | None:
        if key not in node:
            return None
        value = node[key]
        if not isinstance(value, CommentedSeq):
            self.error(self.at_value(node, key), f"{what} '{key}' must be a list")
            return None
        return value

    def texts(self, node: CommentedMap, key: str, what: str) -> list[str]:
        seq = self.sequence(node, key, what)
        result: list[str] = []
        for index, value in enumerate(seq or ()):
            if _is_text(value):
                result.append(str(value).strip())
            else:
                self.error(self.at_item(seq, index), f"{what} '{key}' entries must be text")
        return result

    # -- the set --------------------------------------------------------------------------
    def quizset(self, data: Any) -> QuizSet:
        root = self.mapping(data, (0, 0), "a quiz set") if data is not None else None
        if root is None:
            if data is None:
                self.error((0, 0), "the file is empty; a quiz set needs a title and questions")
            return QuizSet(title="")
        self.keys(root, SET_KEYS, ("title", "questions"), "the quiz set")
        documents = self.documents(root)
        names = {document.name for document in documents}
        questions: list[Question] = []
        seen: dict[str, int] = {}
        for index, node in enumerate(self.sequence(root, "questions", "the quiz set") or ()):
            where = self.at_item(root["questions"], index)
            question_id = node.get("id") if isinstance(node, CommentedMap) else None
            if isinstance(question_id, str) and question_id in seen:
                self.error(where, f"duplicate id '{question_id}' "
                                  f"(first used on line {seen[question_id]})")
            elif isinstance(question_id, str):
                seen[question_id] = where[0] + 1
            question = self.question(node, where, names)
            if question is not None:
                questions.append(question)
        return QuizSet(
            title=self.text(root, "title", "the quiz set") or "",
            description=str(root.get("description") or ""),
            language=self.text(root, "language", "the quiz set") or "en",
            documents=documents,
            questions=questions,
        )

    def documents(self, root: CommentedMap) -> list[DocumentRef]:
        result = []
        for index, node in enumerate(self.sequence(root, "documents", "the quiz set") or ()):
            node = self.mapping(node, self.at_item(root["documents"], index), "a document")
            if node is None:
                continue
            self.keys(node, {"name", "title"}, ("name", "title"), "a document")
            name = self.text(node, "name", "a document")
            if name:
                result.append(DocumentRef(name=name, title=str(node.get("title") or "")))
        return result

    # -- one question ---------------------------------------------------------------------
    def question(self, node: Any, where: Position, documents: set[str]) -> Question | None:
        node = self.mapping(node, where, "a question")
        if node is None:
            return None
        before = len(self.diagnostics)
        kind = node.get("kind")
        if kind not in KINDS:
            at = self.at_value(node, "kind") if "kind" in node else where
            self.error(at, f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
            self.keys(node, COMMON_KEYS | set().union(*KIND_KEYS.values()), (), "a question")
            return None
        what = f"a {kind} question"
        self.keys(node, COMMON_KEYS | KIND_KEYS[kind], ("id", "prompt", "fact", "source",
                                                         "status", *KIND_REQUIRED[kind]), what)
        question = Question(
            id=self.question_id(node, what) or "",
            kind=kind,
            prompt=self.text(node, "prompt", what) or "",
            fact=self.text(node, "fact", what) or "",
            source=self.source(node, documents),
            status=self.status(node),
            tags=self.texts(node, "tags", what),
            difficulty=self.difficulty(node),
        )
        self.content(node, question, what)
        return question if len(self.diagnostics) == before else None

    def question_id(self, node: CommentedMap, what: str) -> str | None:
        value = self.text(node, "id", what)
        if value is not None and not ID_PATTERN.match(value):
            self.error(self.at_value(node, "id"),
                       f"id '{value}' may hold only lower-case letters, digits and hyphens")
        return value

    def status(self, node: CommentedMap) -> str:
        value = node.get("status", "draft")
        if value not in STATUSES:
            self.error(self.at_value(node, "status"),
                       f"status must be draft or ready, not {value!r}")
            return "draft"
        return value

    def difficulty(self, node: CommentedMap) -> int | None:
        value = node.get("difficulty")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            self.error(self.at_value(node, "difficulty"), "difficulty must be a whole number 1-5")
            return None
        return int(value)

    def source(self, node: CommentedMap, documents: set[str]) -> Source | None:
        if "source" not in node:
            return None
        source = self.mapping(node["source"], self.at_value(node, "source"), "source")
        if source is None:
            return None
        self.keys(source, {"document", "sentence", "offset"}, ("document", "sentence"), "source")
        document = self.text(source, "document", "source")
        if document and documents and document not in documents:
            self.error(self.at_value(source, "document"),
                       f"document '{document}' is not among the set's documents")
        offset = source.get("offset", [0, 0])
        if not (isinstance(offset, list) and len(offset) == 2
                and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in offset)):
            self.error(self.at_value(source, "offset"),
                       "offset must be [start, end] character positions")
            offset = [0, 0]
        sentence = self.text(source, "sentence", "source") or ""
        return Source(document=document or "", sentence=sentence, offset=(offset[0], offset[1]))

    # -- kind-specific content ------------------------------------------------------------
    def content(self, node: CommentedMap, question: Question, what: str) -> None:
        kind = question.kind
        if kind == "ordering":
            self.ordering(node, question, what)
        elif kind == "matching":
            self.matching(node, question, what)
        else:
            question.answer = self.answer(node, kind, what)
            question.accept = self.texts(node, "accept", what)
        if kind == "multiple_choice":
            self.choices(node, question, what)

    def answer(self, node: CommentedMap, kind: str, what: str) -> str:
        value = node.get("answer")
        if kind == "true_false":
            if isinstance(value, bool):
                return TRUE_FALSE[value]
            if isinstance(value, str) and value.strip().capitalize() in TRUE_FALSE.values():
                return value.strip().capitalize()
            if "answer" in node:
                self.error(self.at_value(node, "answer"),
                           "a true/false answer must be True or False")
            return ""
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # a bare year or count is fine as an answer
        return self.text(node, "answer", what) or ""

    def choices(self, node: CommentedMap, question: Question, what: str) -> None:
        question.options = self.texts(node, "options", what)
        if "options" not in node:
            return
        folded = [option.casefold() for option in question.options]
        if len(question.options) < 2:
            self.error(self.at_value(node, "options"),
                       "a multiple-choice question needs 2+ options")
        for index, option in enumerate(folded):
            if option in folded[:index]:
                self.error(self.at_item(node["options"], index),
                           f"option '{question.options[index]}' appears twice")
        if question.answer and question.answer.casefold() not in folded:
            self.error(self.at_value(node, "answer"),
                       f"the answer '{question.answer}' is not among the options")

    def ordering(self, node: CommentedMap, question: Question, what: str) -> None:
        seq = self.sequence(node, "items", what)
        if seq is None:
            return
        if len(seq) < MIN_ITEMS:
            self.error(self.at_value(node, "items"),
                       f"an ordering needs at least {MIN_ITEMS} items")
        items: list[OrderItem] = []
        texts: list[str] = []
        for index, item in enumerate(seq):
            item = self.mapping(item, self.at_item(seq, index), "an ordering item")
            if item is None:
                continue
            self.keys(item, {"text", "start", "date"}, ("text", "start"), "an ordering item")
            text = self.text(item, "text", "an ordering item")
            date = self.text(item, "date", "an ordering item") or ""
            texts.extend([text] if text else [])
            start = parse_date(item.get("start")) if "start" in item else None
            if "start" in item and start is None:
                self.error(self.at_value(item, "start"),
                           f"invalid date {item['start']!r} (expected YYYY-MM-DD, a real day)")
            if text and start:
                if any(other.start == start for other in items):
                    self.error(self.at_value(item, "start"),
                               f"two items start on {start.iso()}: their order is undecided")
                if any(other.text == text for other in items):
                    self.error(self.at_value(item, "text"), f"item '{text}' appears twice")
                items.append(OrderItem(text=text, start=start, date=date))
        question.items = items
        if "answer" in node:
            self.ordering_answer(node, texts, items)
        question.answer = ordering_answer(items)

    def ordering_answer(self, node: CommentedMap, texts: list[str], items: list[OrderItem]
                        ) -> None:
        """The optional written order must name every item once and agree with the dates."""
        answer = node["answer"]
        where = self.at_value(node, "answer")
        if not isinstance(answer, list) or sorted(map(str, answer)) != sorted(texts):
            self.error(where, "an ordering answer must list every item's text once")
            return
        starts = {item.text: item.start for item in items}
        dated = [text for text in answer if text in starts]
        for earlier, later in zip(dated, dated[1:], strict=False):
            if starts[earlier] > starts[later]:
                self.error(where, f"the order contradicts the dates: '{earlier}' "
                                  f"({starts[earlier].iso()}) comes after '{later}' "
                                  f"({starts[later].iso()})")

    def matching(self, node: CommentedMap, question: Question, what: str) -> None:
        seq = self.sequence(node, "pairs", what)
        if seq is None:
            return
        if len(seq) < MIN_ITEMS:
            self.error(self.at_value(node, "pairs"), f"a matching needs at least {MIN_ITEMS} pairs")
        pairs: list[tuple[str, str]] = []
        for index, pair in enumerate(seq):
            if not (isinstance(pair, list) and len(pair) == 2 and all(map(_is_text, pair))):
                self.error(self.at_item(seq, index), "a pair must be [left, right], both text")
                continue
            left, right = (str(part).strip() for part in pair)
            for side, value in (("left", left), ("right", right)):
                if any(value == (old[0] if side == "left" else old[1]) for old in pairs):
                    self.error(self.at_item(seq, index), f"'{value}' appears twice on the {side}")
            pairs.append((left, right))
        question.pairs = pairs
        question.answer = matching_answer(pairs)
