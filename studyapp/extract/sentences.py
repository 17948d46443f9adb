"""Sentences of a block: syntok inside the block (a block is already one paragraph, line or
heading of the document, so the document's own line structure is respected)."""

from __future__ import annotations

from syntok import segmenter

from studyapp.model import Block


def sentences(block: Block) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of ``block.text``."""
    if block.kind != "paragraph":
        return [(0, len(block.text))] if block.text else []
    spans = []
    for paragraph in segmenter.analyze(block.text):
        for sentence in paragraph:
            tokens = [token for token in sentence if token.value]
            if tokens:
                last = tokens[-1]
                spans.append((tokens[0].offset, last.offset + len(last.value)))
    return spans
