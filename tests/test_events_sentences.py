"""Sentence ends inside a paragraph (made-up sentences)."""

from __future__ import annotations

from studyapp.extract.sentences import sentences
from studyapp.model import Block


def split(text: str) -> list[str]:
    block = Block(kind="paragraph", text=text, offsets=list(range(len(text))))
    return [text[start:end] for start, end in sentences(block)]


def test_initials_after_a_lower_case_word_end_no_sentence():
    text = "The book was put into English by H. A. R. Tibb in 1958. Today it is read widely."
    assert split(text) == ["The book was put into English by H. A. R. Tibb in 1958.",
                           "Today it is read widely."]


def test_a_sentence_before_initials_still_ends():
    text = "The treaty was signed at Orvel in 1958. A. R. Tibb then left for home."
    assert split(text) == ["The treaty was signed at Orvel in 1958.",
                           "A. R. Tibb then left for home."]
