"""Knowledge-base bench: ingest throughput, peak memory, database size, search latency.

    python bench/bench_kb.py                  # 2,000 documents (quick figure)
    python bench/bench_kb.py --docs 20000     # the target size
    python bench/bench_kb.py --stages none    # store-side throughput (cleaning only, no extraction)

The corpus comes from bench/corpus.py (varied copies of examples/). Ingest runs the real
command (`python -m tequ ingest DIR --db FILE --workers N`) in a subprocess while the resident
memory of that process and all its children is sampled from /proc every 50 ms. Search latency
is measured in-process over queries drawn from the corpus text (2-6 characters, both scripts)
plus fixed domain words, with the default limit and facets. Prints medians and p95.

Targets (issue 5): >= 100 docs/s with 2 workers; search p50 <= 20 ms, p95 <= 100 ms; database
<= 4x the raw text; peak ingest RSS <= 1 GiB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus, corpus_files

FIXED_QUERIES = (
    "口岸",
    "罗湖口岸",
    "羅湖口岸",
    "出入境",
    "前海",
    "深圳湾",
    "科技创新",
    "地铁",
    "2024",
    "港",
    "医疗",
)


#: CPU seconds (user + system) of the last ``run_ingest``: whole process tree, writing process alone
LAST_CPU = [0.0, 0.0]


def _own_cpu(pid: int) -> float:
    """User + system CPU seconds of ``pid`` itself (Linux /proc; 0 when gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_ingest(folder: Path, db: Path, workers: int, stages: str | None) -> tuple[float, int, str]:
    """Run the ingest command; return (seconds, peak tree RSS bytes, stderr tail). The CPU
    seconds of the whole process tree are left in ``LAST_CPU[0]``."""
    cmd = [sys.executable, "-m", "tequ", "ingest", str(folder), "--db", str(db), "--workers", str(workers)]
    if stages:
        cmd += ["--stages", stages]
    peak = 0
    LAST_CPU[1] = 0.0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            LAST_CPU[1] = max(LAST_CPU[1], _own_cpu(proc.pid))
            time.sleep(0.05)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    t.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, peak, "\n".join(err.strip().splitlines()[-3:])


def queries(db: Path, n: int, seed: int) -> list[str]:
    """Random 2-6 character Han substrings of stored paragraphs, plus fixed domain words."""
    from tequ.store.base import open_store

    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY random() LIMIT 300")]
    conn.close()
    store = open_store(str(db), create=False)
    texts = [p["text"] for i in ids for p in (store.document(i) or {}).get("paragraphs", [])]
    store.close()
    out = list(FIXED_QUERIES)
    while len(out) < n and texts:
        t = rng.choice(texts)
        size = rng.randint(2, 6)
        if len(t) <= size:
            continue
        i = rng.randrange(len(t) - size)
        q = t[i : i + size]
        if all("\u4e00" <= ch <= "\u9fff" for ch in q):
            out.append(q)
    return out


def bench_search(db: Path, qs: list[str]) -> tuple[list[float], int]:
    from tequ.store.base import open_store

    store = open_store(str(db), create=False)
    times: list[float] = []
    empty = 0
    for q in qs:
        t0 = time.perf_counter()
        page = store.search(q)
        times.append((time.perf_counter() - t0) * 1000)
        empty += page["count"] == 0
    store.close()
    return times, empty


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p * (len(xs) - 1)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="corpus size (default 2000; target 20000)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--stages", default=None, help="pass --stages to ingest (e.g. 'none' for store-side speed)"
    )
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: temp, reused)")
    ap.add_argument("--db", type=Path, default=None, help="database file (default: temp, recreated)")
    args = ap.parse_args(argv)

    folder = build_corpus(args.corpus, n=args.docs)
    files = corpus_files(folder)
    raw = sum(f.stat().st_size for f in files)
    db = args.db or Path(tempfile.gettempdir()) / f"tequ-bench-kb-{args.docs}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)

    secs, peak, tail = run_ingest(folder, db, args.workers, args.stages)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("facts", "entities", "measures")
    }
    conn.close()
    size = db.stat().st_size

    times, empty = bench_search(db, queries(db, args.queries, seed=11))
    print(f"corpus: {len(files)} files, {raw / 1e6:.1f} MB raw ({folder})")
    print(
        f"ingest: {stored} documents in {secs:.1f} s = {stored / secs:.1f} docs/s "
        f"(workers={args.workers}, stages={args.stages or 'all'}); last lines: {tail!r}"
    )
    cpu = LAST_CPU[0]
    print(
        f"ingest CPU (parent + workers): {cpu:.1f} s = {stored / cpu:.1f} docs per CPU-second, i.e. "
        f"{2 * stored / cpu:.0f} docs/s if 2 cores were free (load average {os.getloadavg()[0]:.1f} at the end);"
        f" writing process alone {LAST_CPU[1]:.1f} s"
    )
    print(f"ingest peak RSS (parent + workers): {peak / 2**20:.0f} MiB")
    print(f"database: {size / 1e6:.1f} MB = {size / raw:.2f}x raw text; {counts}")
    print(
        f"search: {len(times)} queries ({empty} with no hit): p50 {statistics.median(times):.1f} ms, "
        f"p95 {_pct(times, 0.95):.1f} ms, max {max(times):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
