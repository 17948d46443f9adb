"""Extraction never fails on text cut anywhere: a document may end in the middle of anything
("He met Ann Roe, who"). Pieces of the annotated texts, cut after every word of some lines."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from studyapp.extract import extract
from studyapp.ingest import parse_document

TEXTS = Path(__file__).parent / "extraction" / "texts"


def _pieces(path: Path, lines: int = 4) -> list[str]:
    rng = random.Random(path.name)  # the same pieces on every run
    long_lines = [line for line in path.read_text(encoding="utf-8").splitlines()
                  if len(line.split()) > 5]
    pieces = []
    for line in rng.sample(long_lines, min(lines, len(long_lines))):
        words = line.split(" ")
        pieces += [" ".join(words[:k]) + tail for k in range(1, len(words) + 1)
                   for tail in ("", ",", " (")]
    return pieces


@pytest.mark.parametrize("path", sorted(TEXTS.iterdir()), ids=lambda p: p.name)
def test_text_cut_after_any_word_is_read(path):
    for piece in _pieces(path):
        extract([parse_document("piece" + path.suffix, piece)])  # raises on a fault


def test_a_text_ending_at_who_is_read():
    text = "Notes\n\nIn 1850 he met the painter Ann Roe. He often wrote to Ann Roe, who\n"
    [figure] = extract([parse_document("a.txt", text)]).figures
    assert figure.name == "Ann Roe"
