"""What the commands share: reading inputs with per-file error reports, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import click

from tequ.errors import TequError
from tequ.ingest import iter_sources, load_document
from tequ.model import Document


class RunReport:
    """Counts what a multi-file command did; prints ``12 extracted, 1 failed`` and sets the exit code."""

    def __init__(self, verb: str) -> None:
        self.verb = verb
        self.ok = 0
        self.failed = 0

    def error(self, message: str) -> None:
        self.failed += 1
        click.echo(f"error: {message}", err=True)

    def finish(self, *, quiet_when_single: bool = True) -> None:
        if not (quiet_when_single and self.ok + self.failed <= 1 and not self.failed):
            click.echo(f"{self.ok} {self.verb}, {self.failed} failed", err=True)
        if self.failed:
            sys.exit(1)


def iter_documents(paths: Sequence[str], report: RunReport) -> Iterator[Document]:
    """Yield each readable input as a cleaned Document; report and skip the rest."""
    for item in iter_sources(paths):
        if isinstance(item, TequError):
            report.error(str(item))
            continue
        try:
            doc = load_document(item)
        except TequError as exc:
            report.error(str(exc))
            continue
        report.ok += 1
        yield doc


def dump_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1)
