"""Find input files and turn each into a cleaned Document.

PLACEHOLDER (replaced by the ingest/clean work of issue 2): UTF-8 text only.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from tequ.clean import clean_text
from tequ.errors import InputError
from tequ.model import Document

SUFFIXES = (".txt", ".html", ".htm", ".md", ".jsonl")


def iter_sources(paths: Sequence[str]) -> Iterator[str | InputError]:
    """Expand ``paths`` (files, folders recursively, ``-`` for stdin) into file names, in order.

    Problems that stop a path from being listed (missing, unreadable folder) come back as
    ``InputError`` items so that the caller can report them and go on.
    """
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path, onerror=None):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(SUFFIXES):
                        yield str(Path(root) / name)
        elif path.exists():
            yield p
        else:
            yield InputError(p, "no such file or folder")


def load_document(source: str) -> Document:
    """Read ``source`` (a path, or ``-`` for standard input) and clean it."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    try:
        original = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(source, "not UTF-8") from exc
    original = original.replace("\r\n", "\n").replace("\r", "\n")
    return clean_text(source, original, encoding="utf-8")
