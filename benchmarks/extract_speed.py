"""How long extraction takes on about 1 MB of text (the bar: under 2 s).

Builds about 1 MB of documents by taking each corpus file again and again under new names
(one long document made of copies would be mostly dropped as repeated page furniture), then
times ingest + extract of them together (median of several runs) and prints the figures.
Run: .venv/bin/python benchmarks/extract_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from studyapp.extract import extract
from studyapp.extract.events import find_events
from studyapp.ingest import parse_document

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
TARGET = 1_000_000


def big_texts() -> dict[str, str]:
    files = sorted(p for p in CORPUS.glob("*.*") if p.name != "README.md")
    originals = [(path.name, path.read_text(encoding="utf-8")) for path in files]
    if not originals:  # else the loop below would never reach 1 MB
        raise SystemExit(f"no corpus documents in {CORPUS}: the repo needs ../shared beside it")
    texts: dict[str, str] = {}
    size = 0
    while size < TARGET:
        for name, text in originals:
            texts[f"copy{len(texts)}-{name}"] = text
            size += len(text)
    return texts


def run_once(texts: dict[str, str]) -> tuple[float, float, int, float, float]:
    started, cpu_started = time.perf_counter(), time.process_time()
    documents = [parse_document(name, text) for name, text in texts.items()]
    read = time.perf_counter()
    extraction = extract(documents)
    done, cpu = time.perf_counter(), time.process_time() - cpu_started
    find_events(documents, extraction.figures)  # the events' share of extract, alone
    events_only = time.perf_counter() - done
    return read - started, done - read, len(extraction.events), events_only, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    texts = big_texts()
    size = sum(len(text) for text in texts.values())
    results = [run_once(texts) for _ in range(runs)]
    ingest = statistics.median(r[0] for r in results)
    extraction = statistics.median(r[1] for r in results)
    total = statistics.median(r[0] + r[1] for r in results)
    events = statistics.median(r[3] for r in results)
    print(f"text: {size / 1e6:.2f} MB in {len(texts)} documents, {runs} runs")
    print(f"ingest  median {ingest:.2f} s")
    print(f"extract median {extraction:.2f} s ({results[0][2]} events after merging; "
          f"events alone {events:.2f} s, figures the rest)")
    print(f"total   median {total:.2f} s  ({total / (size / 1e6):.2f} s per MB; bar: 2 s per MB)")
    # Processor time is steadier than the clock when other programs share the machine.
    cpu = min(r[4] for r in results)
    print(f"cpu     least  {cpu:.2f} s  ({cpu / (size / 1e6):.2f} s per MB)")


if __name__ == "__main__":
    main()
