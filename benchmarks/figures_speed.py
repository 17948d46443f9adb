"""How long key-figure extraction alone takes on about 1 MB of text (aim: well under 1 s).

Builds about 1 MB of documents from the corpus files taken again and again under new names,
ingests them once, then times find_figures over all of them together (median of several
runs) and prints the figures. Run: .venv/bin/python benchmarks/figures_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
TARGET = 1_000_000


def big_documents():
    files = sorted(p for p in CORPUS.glob("*.*") if p.name != "README.md")
    originals = [(path.name, path.read_text(encoding="utf-8")) for path in files]
    documents = []
    size = 0
    while size < TARGET:
        for name, text in originals:
            documents.append(parse_document(f"copy{len(documents)}-{name}", text))
            size += len(text)
    return documents, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    documents, size = big_documents()
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        figures = find_figures(documents)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"text: {size / 1e6:.2f} MB in {len(documents)} documents, {runs} runs")
    print(f"find_figures median {median:.2f} s ({median / (size / 1e6):.2f} s per MB), "
          f"{len(figures)} figures")


if __name__ == "__main__":
    main()
