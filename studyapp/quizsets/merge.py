"""Regenerating into an existing set: people's work on a question is never thrown away."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from studyapp.model import Question, QuizSet


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # in the file, no longer generated
    dropped: list[str] = field(default_factory=list)  # gone drafts removed by prune
    # new questions not added: asked already under another id, or their fact has enough
    skipped: list[str] = field(default_factory=list)


def merge_regenerated(existing: QuizSet, generated: QuizSet, *, prune: bool = False,
                      max_per_fact: int | None = None) -> tuple[QuizSet, MergeReport]:
    """Keep every existing question as it is (status, hand edits), add new ones as drafts.

    Questions that no longer come out are reported; with ``prune`` the drafts among them are
    dropped (ready questions are always kept: a person reviewed them). An ordering item kept
    without a date gets the generated one: a key absent from the file was never edited by hand.
    A new question the set already asks (same kind and prompt, an older id) is not added, nor
    one whose fact already has ``max_per_fact`` questions.
    """
    report = MergeReport()
    fresh = {question.id: question for question in generated.questions}
    questions = []
    for question in existing.questions:
        if question.id in fresh:
            _fill_dates(question, fresh[question.id])
            report.kept.append(question.id)
        elif prune and question.status == "draft":
            report.dropped.append(question.id)
            continue
        else:
            report.gone.append(question.id)
        questions.append(question)
    known = {question.id for question in existing.questions}
    asked = {(question.kind, question.prompt) for question in questions}
    per_fact = Counter(question.fact for question in questions if question.fact)
    for question in generated.questions:
        if question.id in known:
            continue
        if (question.kind, question.prompt) in asked or max_per_fact and question.fact \
                and per_fact[question.fact] >= max_per_fact:
            report.skipped.append(question.id)
            continue
        question.status = "draft"
        report.added.append(question.id)
        per_fact[question.fact] += 1
        questions.append(question)
    merged = QuizSet(
        title=existing.title or generated.title,
        description=existing.description or generated.description,
        language=existing.language,
        documents=generated.documents,
        questions=questions,
    )
    return merged, report


def _fill_dates(kept: Question, fresh: Question) -> None:
    """Give ordering items saved before items had a ``date`` the one generated for them
    (the same text and start); a date already there, generated or typed, stays."""
    dates = {(item.text, item.start): item.date for item in fresh.items}
    kept.items = [item if item.date else replace(item, date=dates.get((item.text, item.start), ""))
                  for item in kept.items]
