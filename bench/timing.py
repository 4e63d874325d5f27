"""Timing helpers shared by the bench scripts: median of runs over a corpus, and a table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Result:
    """One measured mode: median seconds over ``runs`` passes of ``docs`` files of ``size`` bytes."""

    name: str
    docs: int
    size: int  # raw bytes on disk, summed over the files
    seconds: float  # median wall time of one pass (time.perf_counter)
    cpu_seconds: float  # median CPU time of one pass (time.process_time), robust to a busy machine
    failed: int  # documents that raised during a pass (counted once)
    target: str  # the target printed beside the figure
    target_bytes_per_s: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def bytes_per_s(self) -> float:
        return self.size / self.seconds

    @property
    def bytes_per_cpu_s(self) -> float:
        """Throughput per core: bytes over the CPU time this single process used."""
        return self.size / self.cpu_seconds


def measure(
    name: str,
    files: Sequence[Path],
    fn: Callable[[Path], object],
    *,
    runs: int = 3,
    target: str,
    target_bytes_per_s: float,
) -> Result:
    """Call ``fn`` on every file, ``runs`` times; the median pass time is the figure.

    A file whose call raises counts as failed (and its time still counts); the pass goes on.
    """
    size = sum(f.stat().st_size for f in files)
    times, cpu_times, failed = [], [], 0
    for _ in range(runs):
        failed = 0
        c0, t0 = time.process_time(), time.perf_counter()
        for f in files:
            try:
                fn(f)
            except Exception:  # a benchmark counts failures, it does not stop
                failed += 1
        times.append(time.perf_counter() - t0)
        cpu_times.append(time.process_time() - c0)
    return Result(
        name,
        len(files),
        size,
        statistics.median(times),
        statistics.median(cpu_times),
        failed,
        target,
        target_bytes_per_s,
    )


def format_table(results: Sequence[Result]) -> str:
    """A small fixed-width table. Rates use wall time; the per-core rate uses the CPU time of
    this single process, which a busy shared machine disturbs less. The target is judged on
    the per-core rate."""
    head = f"{'mode':12} {'docs':>5} {'MB':>6} {'wall s':>7} {'cpu s':>7} {'docs/s':>7} {'MB/s':>6} "
    head += f"{'KB/s':>7} {'MB/s/core':>9} {'KB/s/core':>9} {'failed':>6}  target"
    rows = [head, "-" * len(head)]
    for r in results:
        ok = "ok" if r.bytes_per_cpu_s >= r.target_bytes_per_s else "BELOW"
        rows.append(
            f"{r.name:12} {r.docs:5d} {r.size / 1e6:6.2f} {r.seconds:7.2f} {r.cpu_seconds:7.2f} "
            f"{r.docs_per_s:7.1f} {r.bytes_per_s / 1e6:6.2f} {r.bytes_per_s / 1e3:7.1f} "
            f"{r.bytes_per_cpu_s / 1e6:9.2f} {r.bytes_per_cpu_s / 1e3:9.1f} {r.failed:6d}  {r.target} ({ok})"
        )
    return "\n".join(rows)
