"""Quiz-set files (*.quiz.yaml): load with diagnostics, save atomically, merge, export."""

from studyapp.quizsets.diagnostics import Diagnostic, QuizSetError
from studyapp.quizsets.load import load_set, parse_set
from studyapp.quizsets.merge import MergeReport, merge_regenerated
from studyapp.quizsets.save import save_set

__all__ = [
    "Diagnostic",
    "MergeReport",
    "QuizSetError",
    "load_set",
    "merge_regenerated",
    "parse_set",
    "save_set",
]
