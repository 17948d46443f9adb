"""How long key-figure extraction alone takes on about 1 MB of text (aim: well under 1 s).

Builds about 1 MB of documents from the corpus files taken again and again under new names,
ingests them once, then times find_figures over all of them together (median of several
runs) and prints the figures. Run: .venv/bin/python benchmarks/figures_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from extract_speed import big_texts  # the same 1 MB of corpus copies (run from benchmarks/)

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document


def big_documents():
    texts = big_texts()
    documents = [parse_document(name, text) for name, text in texts.items()]
    return documents, sum(len(text) for text in texts.values())


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
