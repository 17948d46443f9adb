"""Extraction scored against hand annotations (docs/extraction.md "Scoring").

Each test prints its scores (`pytest -rA` or `-s` shows them; a failure's message has them too)
and fails under the bar: corpus events R, P >= 0.92, other texts 0.85, dates exactly right
>= 0.95 of the events found; figures R, P >= 0.90 corpus, 0.85 others; roles >= 0.80 / 0.75.
"""

from __future__ import annotations

import pytest

# tests/ is on the path (pytest's rootdir-relative import of this file), so is extraction/.
from extraction.scoring import CORPUS, TEXTS, annotation, score_events, score_figures

from studyapp.extract import extract, to_json
from studyapp.ingest import read_document

CORPUS_DOCUMENTS = sorted(p for p in CORPUS.glob("*.*") if p.name != "README.md")
OTHER_DOCUMENTS = sorted(TEXTS.glob("*.*"))
DOCUMENTS = [(p, "corpus") for p in CORPUS_DOCUMENTS] + [(p, "other") for p in OTHER_DOCUMENTS]
EVENT_BAR = {"corpus": 0.92, "other": 0.85}
FIGURE_BAR = {"corpus": 0.90, "other": 0.85}
ROLE_BAR = {"corpus": 0.80, "other": 0.75}
DATE_BAR = 0.95

_cache: dict = {}


def reported(path):
    if path not in _cache:
        _cache[path] = to_json(extract([read_document(path)]))
    return _cache[path]


def _ids(value):
    return value.name if hasattr(value, "name") else str(value)


def _lines(items, fields):
    return "\n".join("    " + " | ".join(str(item.get(f, "")) for f in fields) for item in items)


@pytest.mark.parametrize("path, shape", DOCUMENTS, ids=_ids)
def test_events_score(path, shape):
    annotated = annotation(path, "events")
    assert annotated is not None, f"{path.name} has no event annotation"
    score = score_events(reported(path)["events"], annotated)
    missed = _lines(score.missed, ["start", "end", "date_text", "keywords"])
    wrong = _lines(score.false_positives, ["start", "end", "date_text", "statement"])
    report = f"{path.name}: {score.summary()}\n  missed:\n{missed}\n  false positives:\n{wrong}"
    print(report)
    bar = EVENT_BAR[shape]
    assert score.recall >= bar and score.precision >= bar and score.date_accuracy >= DATE_BAR, \
        report


@pytest.mark.parametrize("path, shape", DOCUMENTS, ids=_ids)
def test_figures_score(path, shape):
    annotated = annotation(path, "figures")
    assert annotated is not None, f"{path.name} has no figure annotation"
    score = score_figures(reported(path)["figures"], annotated)
    report = (f"{path.name}: {score.summary()}\n  missed: {[p['name'] for p in score.missed]}\n"
              f"  false positives: {[f['name'] for f in score.false_positives]}\n"
              f"  wrong roles: {[(f['name'], f['roles']) for f in score.wrong_roles]}")
    print(report)
    bar = FIGURE_BAR[shape]
    assert score.recall >= bar and score.precision >= bar, report
    assert score.role_accuracy >= ROLE_BAR[shape], report
