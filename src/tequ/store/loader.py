"""Fill a store from files (``tequ ingest``) or from its own originals (``tequ reindex``).

Worker processes read, clean and extract (``tequ.ingest.load_document`` + ``tequ.pipeline.run``)
and send back the ``Document`` and ``Annotations``; only the parent writes, one transaction per
document, so a crash or Ctrl-C loses nothing committed and leaves no half document. Files
whose content hash is already stored are skipped before any work is sent out.
No printing here: the caller gets events through ``on_event``.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tequ.errors import TequError
from tequ.store.base import Store, hash_bytes

#: Event kinds passed to ``on_event``: "stored", "unchanged", "failed".
EventFn = Callable[[str, str, str | None], None]

#: Documents handed to the workers at a time (bounds memory held by queued results).
_BATCH = 256


@dataclass
class LoadReport:
    """What a load run did: counts and the one-line error of every failed source."""

    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)
    links: dict[str, int] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Job:
    path: str  # identity stored in documents.path
    source: str  # as given (file name to read), or the stored path for reindex
    content_hash: str
    original: str | None = None  # reindex: the stored original text
    encoding: str | None = None
    fmt: str | None = None
    only: tuple[str, ...] | None = None  # pipeline stages to run (None = all)


def _work(job: _Job) -> tuple[_Job, Any, str | None]:
    """Worker: read (or take the stored original), clean and extract one document, and compute
    the rows to store (``tequ.store.rows.prepare_rows``), so the writing process only inserts."""
    from tequ.ingest.files import load_bytes, load_document
    from tequ.pipeline import run
    from tequ.store.rows import prepare_rows

    try:
        if job.original is None:
            doc = load_document(job.source)
        else:
            doc = load_bytes(job.path, job.original.encode("utf-8"), fmt=job.fmt)
            doc = dataclasses.replace(doc, encoding=job.encoding or doc.encoding)
        return job, prepare_rows(doc, run(doc, only=job.only)), None
    except TequError as exc:
        return job, None, str(exc)
    except Exception as exc:  # a bug in a stage must not stop the run; report it per file
        return job, None, f"{job.source}: {type(exc).__name__}: {exc}"


def _ignore_sigint() -> None:
    """Pool initializer: Ctrl-C is handled by the parent alone (it stops the pool), so workers
    neither print a traceback nor die half-way through a result."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Runner:
    """Runs ``_work`` in-process (1 worker) or on a pool of forked processes."""

    def __init__(self, workers: int) -> None:
        self.pool = None
        if workers > 1:
            ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
            self.pool = ctx.Pool(workers, initializer=_ignore_sigint, maxtasksperchild=500)

    def map(self, jobs: list[_Job]) -> Iterator[tuple[_Job, Any, str | None]]:
        if self.pool is None:
            return map(_work, jobs)
        # imap, not imap_unordered: documents are stored (and numbered) in input order whatever
        # the workers finish first, so two runs over the same files give the same ids.
        return self.pool.imap(_work, jobs, chunksize=2)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _file_jobs(
    store: Store,
    sources: Iterable[str | TequError],
    report: LoadReport,
    on_event: EventFn,
    only: tuple[str, ...] | None = None,
) -> Iterator[_Job]:
    for item in sources:
        if isinstance(item, TequError):
            report.failed += 1
            report.errors.append(str(item))
            on_event("failed", str(item), str(item))
            continue
        if item == "-":
            msg = "-: standard input cannot be stored (it has no path to recognise it by); save it to a file"
            report.failed += 1
            report.errors.append(msg)
            on_event("failed", item, msg)
            continue
        try:
            data = Path(item).read_bytes()
        except OSError as exc:
            msg = f"{item}: cannot read: {exc.strerror or exc}"
            report.failed += 1
            report.errors.append(msg)
            on_event("failed", item, msg)
            continue
        path = str(Path(item).resolve())
        digest = hash_bytes(data)
        if store.is_current(path, digest):
            report.unchanged += 1
            on_event("unchanged", item, None)
            continue
        yield _Job(path, item, digest, only=only)


def _consume(
    store: Store, results: Iterable[tuple[_Job, Any, str | None]], report: LoadReport, on_event: EventFn
) -> None:
    for job, rows, error in results:
        if error is not None:
            report.failed += 1
            report.errors.append(error)
            on_event("failed", job.source, error)
            continue
        try:
            # a partial extraction is stored as version 0, so that `tequ reindex` completes it
            version = 0 if job.only is not None else None
            store.save_prepared(rows, path=job.path, content_hash=job.content_hash, pipeline_version=version)
        except TequError as exc:
            report.failed += 1
            report.errors.append(str(exc))
            on_event("failed", job.source, str(exc))
            continue
        report.stored += 1
        on_event("stored", job.source, None)


def ingest(
    store: Store,
    sources: Sequence[str | TequError] | Iterable[str | TequError],
    *,
    workers: int = 1,
    on_event: EventFn | None = None,
    relink: bool = True,
    stages: Sequence[str] | None = None,
) -> LoadReport:
    """Store every source (file names, or ``InputError`` items from ``iter_sources``).

    Unchanged files (same resolved path and content hash) are skipped; changed ones replace
    their records. Failures are counted and reported per file; the run goes on. ``stages``
    limits extraction to those pipeline stages (stored as pipeline version 0, i.e. stale).
    """
    report = LoadReport()
    cb = on_event or (lambda kind, source, error: None)
    runner = _Runner(workers)
    try:
        for batch in _batches(
            _file_jobs(store, sources, report, cb, None if stages is None else tuple(stages)), _BATCH
        ):
            _consume(store, runner.map(batch), report, cb)
    finally:
        runner.close()
    if relink:
        report.links = store.relink()
    return report


def reindex(
    store: Store, *, workers: int = 1, all: bool = False, on_event: EventFn | None = None
) -> LoadReport:
    """Re-extract stored documents whose pipeline version is not the current one (or ``all``),
    from the originals kept in the store (the files are not needed)."""
    report = LoadReport()
    cb = on_event or (lambda kind, source, error: None)

    runner = _Runner(workers)
    try:
        for rows in _batches(store.stale_documents(all=all), _BATCH):
            jobs = []
            for row in rows:
                got = store.load_original(row["doc_id"])
                if got is not None:
                    jobs.append(
                        _Job(
                            got["path"],
                            got["path"],
                            got["content_hash"],
                            got["original"],
                            got["encoding"],
                            got.get("format"),
                        )
                    )
            _consume(store, runner.map(jobs), report, cb)
    finally:
        runner.close()
    report.links = store.relink()
    return report
