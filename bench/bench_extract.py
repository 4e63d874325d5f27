"""Extraction speed: clean+facts and the full pipeline over a generated corpus (one process).

    python bench/bench_extract.py [--n 2000] [--seed 7] [--runs 3] [--corpus DIR] [--only MODE]

Modes: ``clean+facts`` = load_document then pipeline.run(doc, only=["facts"]);
``full`` = load_document then pipeline.run(doc). Prints docs/s and KB/s of raw file bytes,
the median of ``--runs`` passes, beside the targets (>= 1 MB/s/core, >= 200 KB/s/core).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from corpus import build_corpus, corpus_files
from timing import format_table, measure

from tequ import pipeline
from tequ.ingest import load_document

MODES = {
    "clean+facts": (lambda f: pipeline.run(load_document(str(f)), only=["facts"]), ">= 1 MB/s/core", 1e6),
    "full": (lambda f: pipeline.run(load_document(str(f))), ">= 200 KB/s/core", 2e5),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=None, help="reuse this folder instead of building one")
    ap.add_argument("--only", choices=sorted(MODES), default=None, help="measure one mode")
    args = ap.parse_args(argv)
    folder = args.corpus or build_corpus(n=args.n, seed=args.seed)
    files = corpus_files(folder)
    results = []
    for name, (fn, target, rate) in MODES.items():
        if args.only and name != args.only:
            continue
        for f in files[:20]:  # warm up: stage loaders and models load outside the timed passes
            with contextlib.suppress(Exception):
                fn(f)
        results.append(measure(name, files, fn, runs=args.runs, target=target, target_bytes_per_s=rate))
    print(f"corpus: {folder} ({len(files)} files); single process, median of {args.runs} runs")
    print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
