"""`studyapp extract FILE... [--json]`: what extraction finds in documents."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from studyapp.extract import Extraction, extract, to_json


def extract_command(paths: list[Path], as_json: bool, out=None) -> int:
    from studyapp.cli import CommandError
    from studyapp.ingest import DocumentError, read_document

    out = out or sys.stdout
    try:
        documents = [read_document(path) for path in paths]
    except DocumentError as error:
        raise CommandError(str(error)) from None
    extraction = extract(documents)
    if as_json:
        text = json.dumps(to_json(extraction), ensure_ascii=False, indent=1) + "\n"
    else:
        text = summary(extraction)
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def summary(extraction: Extraction) -> str:
    """A readable listing: documents, events in date order, figures with their roles."""
    lines = []
    for document in extraction.documents:
        lines.append(f"{document.name}: {document.title}")
    lines.append("")
    lines.append(f"Events ({len(extraction.events)}):")
    for event in extraction.events:
        span = event.span
        when = span.start.iso() if span.start == span.end else \
            f"{span.start.iso()} .. {span.end.iso()}"
        lines.append(f"  {when} [{span.precision}] {event.statement}")
        details = []
        if event.people:
            details.append("people: " + ", ".join(event.people))
        if event.places:
            details.append("places: " + ", ".join(event.places))
        if event.numbers:
            details.append("numbers: " + ", ".join(n.text for n in event.numbers))
        if len(event.sources) > 1:
            details.append(f"{len(event.sources)} sources")
        if details:
            lines.append("      " + "; ".join(details))
    lines.append("")
    lines.append(f"Figures ({len(extraction.figures)}):")
    for figure in extraction.figures:
        roles = "; ".join(figure.roles)
        minor = " (minor)" if figure.minor else ""
        lines.append(f"  {figure.name}{minor}" + (f": {roles}" if roles else ""))
    return "\n".join(lines) + "\n"
