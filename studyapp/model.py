"""Plain dataclasses shared by every layer: dates, documents' facts, questions.

Nothing here knows about files, databases or Qt. Dates are (year, month, day) triples rather
than ``datetime.date`` because history needs years before the common era (astronomical
numbering: 1 BC is year 0, 44 BC is year -43).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

Precision = Literal["day", "month", "season", "year", "decade", "century", "range"]


class Ymd(NamedTuple):
    """A calendar day that may lie before the common era; tuples order chronologically."""

    year: int
    month: int
    day: int

    def iso(self) -> str:
        sign = "-" if self.year < 0 else ""
        return f"{sign}{abs(self.year):04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, text: str) -> Ymd:
        """Read an ISO date, including a leading minus for years before the common era."""
        sign = -1 if text.startswith("-") else 1
        year, month, day = text.lstrip("-").split("-")
        return cls(sign * int(year), int(month), int(day))


@dataclass(frozen=True)
class DateSpan:
    """The interval a date expression denotes, and how precisely the text gives it."""

    start: Ymd
    end: Ymd
    precision: Precision
    text: str = ""


@dataclass(frozen=True)
class Source:
    """Where a fact was read: the document's file name, the sentence and its character span."""

    document: str
    sentence: str
    offset: tuple[int, int]


@dataclass(frozen=True)
class KeyNumber:
    """A count the text ties to an event ("26 miners died": 26, "people killed")."""

    value: float
    unit: str
    text: str


@dataclass
class Event:
    span: DateSpan
    statement: str
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    numbers: list[KeyNumber] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


@dataclass
class Figure:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    minor: bool = False
    documents: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


@dataclass
class Block:
    """One unit of a document as read: a heading, a paragraph, or a line of a list/timeline.

    ``text`` is cleaned (markup removed); ``offsets[i]`` is the character offset in the
    original file of ``text[i]``, so every fact can point back at its source.
    """

    kind: Literal["heading", "paragraph", "line"]
    text: str
    offsets: list[int]
    level: int = 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-file character span of ``text[start:end]``."""
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass
class Document:
    name: str
    title: str
    original: str
    blocks: list[Block] = field(default_factory=list)


QuestionKind = Literal[
    "flashcard", "cloze", "typed", "multiple_choice", "true_false", "ordering", "matching"
]
Status = Literal["draft", "ready"]
# The kinds studied one card at a time in Review (recall the answer, then grade it) and
# scheduled by FSRS; the others (choices, orderings, pairs) are answered in a Quiz.
REVIEW_KINDS: tuple[QuestionKind, ...] = ("flashcard", "cloze", "typed")


@dataclass(frozen=True)
class OrderItem:
    """An item of an ordering question: what happened and when (for checking the order).

    ``date`` is the date as the text gives it ("the 11th century"), for showing; ``start``
    alone cannot tell a century from a first of January.
    """

    text: str
    start: Ymd
    date: str = ""

    def as_plain(self) -> dict[str, str]:
        """The item as set files, exports and the store write it (no empty date)."""
        plain = {"text": self.text, "start": self.start.iso()}
        if self.date:
            plain["date"] = self.date
        return plain


@dataclass
class Question:
    """One question of any kind; fields a kind does not use stay empty.

    ``fact`` names the event or figure the question tests, so questions on one fact can be
    kept apart when studying. For ordering, ``items`` are in presentation order and the answer
    is their chronological order; for matching, ``pairs`` are the right (left, right) pairs.
    """

    id: str
    kind: QuestionKind
    prompt: str
    answer: str = ""
    options: list[str] = field(default_factory=list)
    items: list[OrderItem] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    accept: list[str] = field(default_factory=list)
    fact: str = ""
    source: Source | None = None
    status: Status = "draft"
    tags: list[str] = field(default_factory=list)
    difficulty: int | None = None


@dataclass(frozen=True)
class DocumentRef:
    name: str
    title: str


@dataclass
class QuizSet:
    title: str
    description: str = ""
    language: str = "en"
    documents: list[DocumentRef] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
