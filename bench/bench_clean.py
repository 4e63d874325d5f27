"""Cleaning speed: tequ.ingest.load_document over a generated corpus (single process).

    python bench/bench_clean.py [--n 2000] [--seed 7] [--runs 3] [--corpus DIR]

Prints documents/s and MB/s of raw file bytes, the median of ``--runs`` passes, beside the
target (>= 2 MB/s per core). The corpus is built by bench/corpus.py, or reused.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from corpus import build_corpus, corpus_files
from timing import format_table, measure

from tequ.ingest import load_document


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=None, help="reuse this folder instead of building one")
    args = ap.parse_args(argv)
    folder = args.corpus or build_corpus(n=args.n, seed=args.seed)
    files = corpus_files(folder)
    for f in files[:20]:  # warm up imports and lazy tables outside the timed passes
        with contextlib.suppress(Exception):
            load_document(str(f))
    res = measure(
        "clean",
        files,
        lambda f: load_document(str(f)),
        runs=args.runs,
        target=">= 2 MB/s/core",
        target_bytes_per_s=2e6,
    )
    print(f"corpus: {folder} ({len(files)} files); single process, median of {args.runs} runs")
    print(format_table([res]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
