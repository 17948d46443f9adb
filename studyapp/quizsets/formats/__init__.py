"""Export formats: each module has ``NAME``, ``SUFFIX`` and ``write(quizset, path)``."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Protocol

from studyapp.model import QuizSet

FORMATS = ("json",)


class Format(Protocol):
    NAME: str
    SUFFIX: str

    def write(self, quizset: QuizSet, path: Path) -> None: ...


def get_format(name: str) -> Format:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r} (known: {', '.join(FORMATS)})")
    return importlib.import_module(f"studyapp.quizsets.formats.{name}")  # type: ignore[return-value]
