"""Sentences of a block. A block is already one paragraph, line or heading of the document,
so the document's own line structure is respected; inside a paragraph syntok splits.

syntok is the slow part of extraction, so a paragraph whose sentence ends are all plain (a
word of three or more lower-case letters, a number, or a closing quote before ". " and a
capital letter after it) is split by one regular expression; a paragraph with any
doubtful full stop ("Dr. Smith", "U.S. forces", "E. Miller") goes to syntok.
"""

from __future__ import annotations

import re

from syntok import segmenter

from studyapp.model import Block

# A possible sentence end: terminal punctuation, closing quotes/brackets, space, then what
# can start a sentence.
CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# The word before a full stop that surely ends a sentence: lower-case word of 3+ letters, a
# number of 2+ digits, or a closing quotation mark/bracket.
PLAIN_END = re.compile(r"(?:\b[a-z][a-z'’-]{2,}|\d{2,}|[\"'”’)\]]|\b[A-Z][a-z]{3,})[.!?…]+"
                       r"[\"'”’)\]]*$")
ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Mt|Gen|Col|Lt|Sgt|Capt|Rev|Prof|Sr|Jr|"
                          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|"
                          r"vs|etc|approx|ca|cf|al|ed|eds|Inc|Ltd|Co|Corp|Gov|Sen|Rep|Pres|"
                          r"Fr|Sta|Ste)\.$")


def sentences(block: Block) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of ``block.text``."""
    text = block.text
    if block.kind != "paragraph":
        return [(0, len(text))] if text else []
    ends = [match.end() for match in CANDIDATE.finditer(text)]
    if all(_plain(text[max(0, end - 40):end]) for end in ends):
        return _spans(text, ends)
    return _syntok(text)


def _plain(before: str) -> bool:
    return bool(PLAIN_END.search(before)) and not ABBREVIATION.search(before.rstrip("\"'”’)]"))


def _spans(text: str, ends: list[int]) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in [*ends, len(text)]:
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            spans.append((start, stop))
        start = end
    return spans


# An initial after a lower-case word ends no sentence: "translated by H. A. R. Gibb" (but
# "World War I. Then ..." may).
INITIAL_END = re.compile(r"(?:^|\s)[a-z]+\s+[A-Z]\.$")


def _syntok(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = [token for token in sentence if token.value]
            if tokens:
                last = tokens[-1]
                start, end = tokens[0].offset, last.offset + len(last.value)
                if spans and INITIAL_END.search(text, max(0, spans[-1][1] - 40), spans[-1][1]):
                    start = spans.pop()[0]
                spans.append((start, end))
    return spans
