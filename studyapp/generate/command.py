"""The `generate` subcommand: documents -> extraction -> questions -> a set file."""

from __future__ import annotations

from pathlib import Path

from studyapp.cli import CommandError


def generate_command(paths: list[Path], output: Path, seed: int = 0, prune: bool = False) -> int:
    from studyapp.extract import extract
    from studyapp.generate import MAX_PER_FACT, generate_set
    from studyapp.ingest import DocumentError, read_document
    from studyapp.quizsets import QuizSetError, load_set, merge_regenerated, save_set

    try:
        documents = [read_document(path) for path in paths]
    except DocumentError as error:
        raise CommandError(str(error)) from None
    extraction = extract(documents)
    generated = generate_set(documents, extraction.events, extraction.figures, seed=seed)
    if output.exists():
        try:
            existing = load_set(output)
        except QuizSetError as error:
            raise CommandError(f"{output} is not a valid set; fix it first:\n{error}") from None
        quizset, report = merge_regenerated(existing, generated, prune=prune,
                                            max_per_fact=MAX_PER_FACT)
        save_set(quizset, output)
        print(f"{output}: {len(report.added)} new drafts, {len(report.kept)} kept as they were, "
              f"{len(report.gone)} no longer generated (kept), {len(report.dropped)} dropped, "
              f"{len(report.skipped)} already asked")
        for question_id in report.gone:
            print(f"  no longer generated: {question_id}")
    else:
        save_set(generated, output)
        print(f"{output}: {len(generated.questions)} draft questions from "
              f"{len(extraction.events)} events and {len(extraction.figures)} people")
    return 0
