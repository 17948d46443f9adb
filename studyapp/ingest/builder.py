"""Build cleaned block text while remembering each character's offset in the original."""

from __future__ import annotations

import re

from studyapp.model import Block

CLOSING = set(".,;:!?)]\u201d'")
SPACE_RUN = re.compile(r"\s+")
# Whitespace other than single plain spaces.
UNTIDY_SPACE = re.compile(r"[^\S ]|  ")


class BlockBuilder:
    """Collects (character, original offset) pairs; whitespace runs collapse to one space."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, text: str, start: int) -> None:
        """Append ``text``, which stands at ``start`` in the original."""
        # A document's every character passes here: most pieces have no whitespace to collapse
        # and go in whole, the others word by word.
        if not UNTIDY_SPACE.search(text) and not (text[:1] == " " and self._after_space()):
            self._add_word(text, start, 0, len(text))
            return
        word_start = 0
        for space in SPACE_RUN.finditer(text):
            self._add_word(text, start, word_start, space.start())
            self.add_char(" ", start + space.start())
            word_start = space.end()
        self._add_word(text, start, word_start, len(text))

    def _add_word(self, text: str, start: int, word_start: int, word_end: int) -> None:
        self.chars.extend(text[word_start:word_end])
        self.offsets.extend(range(start + word_start, start + word_end))

    def add_span(self, original: str, start: int, end: int) -> None:
        """Append original[start:end]; an empty span stands for a word break there (a <br>
        tag between two names must not glue them into one word)."""
        if start == end:
            self.add_char(" ", start)
        else:
            self.add(original[start:end], start)

    def add_cell_break(self, cell: int, offset: int) -> None:
        """What stands before cell ``cell`` (from 0) of a table row read as one line, at
        ``offset``: ": " after the first cell, "; " after the others ("1914: War begins; Arle")."""
        for ch in ": " if cell == 1 else "; ":
            self.add_char(ch, offset)

    def _after_space(self) -> bool:
        """Whether a space here would be collapsed (at the start, or after a space)."""
        return not self.chars or self.chars[-1] == " "

    def add_char(self, ch: str, offset: int) -> None:
        if ch.isspace():
            if self._after_space():
                return
            ch = " "
        self.chars.append(ch)
        self.offsets.append(offset)

    def build(self, kind: str, level: int = 0) -> Block | None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offsets.pop()
        if not self.chars:
            return None
        return Block(kind=kind, text="".join(self.chars), offsets=list(self.offsets), level=level)


def block_from_spans(pieces: list[tuple[int, int]], original: str, kind: str,
                     level: int = 0) -> Block | None:
    """A block made of the given [start, end) spans of the original, in order."""
    builder = BlockBuilder()
    for start, end in pieces:
        piece = original[start:end]
        # A cut-out reference before punctuation must not leave "word ." behind.
        if piece[:1] in CLOSING and builder.chars and builder.chars[-1] == " ":
            builder.chars.pop()
            builder.offsets.pop()
        builder.add_span(original, start, end)
    return builder.build(kind, level)


def keep_outside(original: str, start: int, end: int, drop: re.Pattern) -> list[tuple[int, int]]:
    """The spans of original[start:end] left when every match of ``drop`` is cut out."""
    spans = []
    pos = start
    for match in drop.finditer(original, start, end):
        if match.start() > pos:
            spans.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        spans.append((pos, end))
    return spans
