"""What a quiz-set file may hold; the shipped quizset.schema.json says the same for editors."""

from __future__ import annotations

import re
from importlib import resources

from studyapp.model import OrderItem

KINDS = ("flashcard", "cloze", "typed", "multiple_choice", "true_false", "ordering", "matching")
STATUSES = ("draft", "ready")
SET_KEYS = {"title", "description", "language", "documents", "questions"}
COMMON_KEYS = {"id", "kind", "prompt", "fact", "source", "status", "tags", "difficulty"}
KIND_KEYS = {
    "flashcard": {"answer", "accept"},
    "cloze": {"answer", "accept"},
    "typed": {"answer", "accept"},
    "multiple_choice": {"answer", "options"},
    "true_false": {"answer"},
    "ordering": {"items", "answer"},
    "matching": {"pairs"},
}
KIND_REQUIRED = {
    "flashcard": ("answer",),
    "cloze": ("answer",),
    "typed": ("answer",),
    "multiple_choice": ("answer", "options"),
    "true_false": ("answer",),
    "ordering": ("items",),
    "matching": ("pairs",),
}
MIN_ITEMS = 3
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
TRUE_FALSE = {True: "True", False: "False"}
SCHEMA_FILE = "quizset.schema.json"
ORDER_SEPARATOR = " → "


def schema_path():
    """The JSON Schema file as installed (a Traversable inside the package)."""
    return resources.files("studyapp.quizsets") / SCHEMA_FILE


def chronological(items: list[OrderItem]) -> list[OrderItem]:
    return sorted(items, key=lambda item: item.start)


def matching_answer(pairs: list[tuple[str, str]]) -> str:
    """The answer of a matching question as one line: "left – right; ..."."""
    return "; ".join(f"{left} – {right}" for left, right in pairs)


def ordering_answer(items: list[OrderItem]) -> str:
    """The answer of an ordering question as one line: the item texts, earliest first."""
    return ORDER_SEPARATOR.join(item.text for item in chronological(items))
