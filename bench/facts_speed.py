"""Speed of cleaning + fact extraction, in MB of raw text per second on one core (median CPU time of runs).

    python bench/facts_speed.py [--runs 5] [--warm]

Reads the shared seeds (if present) and examples/, decodes and cleans each file
(``tequ.ingest.load_bytes``) and extracts facts (``tequ.extract.facts.extract_facts``).
Prints the median over runs of the whole corpus, separately for cleaning and for facts.

Every file is different text, and by default each run starts with the extraction caches
emptied (``functools.lru_cache`` of number values, time values, subject phrases...), so the
figure is that of unseen text. ``--warm`` keeps the caches between runs: the figure of text
seen before, as in a long run over a corpus whose numbers and phrases recur.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import pkgutil
import statistics
import sys
import time
from pathlib import Path

import tequ.extract
from tequ.extract.facts import extract_facts
from tequ.ingest.files import load_bytes

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TEQU_SHARED", ROOT.parent / "shared"))


def corpus() -> list[tuple[str, bytes]]:
    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted((ROOT / "examples").glob("*.*"))
    keep = (".txt", ".html", ".jsonl", ".md")
    return [(p.name, p.read_bytes()) for p in files if p.suffix in keep and p.name != "README.md"]


def clear_caches() -> int:
    """Empty every ``lru_cache`` of the ``tequ.extract`` modules; returns how many."""
    n = 0
    for info in pkgutil.iter_modules(tequ.extract.__path__):
        module = importlib.import_module(f"tequ.extract.{info.name}")
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()
                n += 1
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warm", action="store_true", help="keep the extraction caches between runs")
    args = ap.parse_args()
    docs = corpus()
    raw_mb = sum(len(load_bytes(n, b).original.encode("utf-8")) for n, b in docs) / 1e6
    for n, b in docs[:3]:  # imports and lazy tables load outside the timed runs
        extract_facts(load_bytes(n, b))
    clean_t, facts_t, n_facts = [], [], 0
    for _ in range(args.runs):
        if not args.warm:
            clear_caches()
        t0 = time.process_time()
        loaded = [load_bytes(n, b) for n, b in docs]
        t1 = time.process_time()
        n_facts = sum(len(extract_facts(d)) for d in loaded)
        t2 = time.process_time()
        clean_t.append(t1 - t0)
        facts_t.append(t2 - t1)
    c, f = statistics.median(clean_t), statistics.median(facts_t)
    caches = "warm caches" if args.warm else "caches emptied before each run"
    print(f"corpus: {len(docs)} files, {raw_mb:.3f} MB raw UTF-8 text, {n_facts} facts; {caches}")
    print(
        f"cleaning: {raw_mb / c:.2f} MB/s   facts: {raw_mb / f:.2f} MB/s   both: {raw_mb / (c + f):.2f} MB/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
