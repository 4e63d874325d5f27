"""Find input files and turn each into a cleaned Document.

``load_document(path)`` and ``load_bytes(source, data, fmt=...)`` read .txt, .md, .html/.htm and
.jsonl (and ``-`` for standard input); every problem becomes an ``InputError`` naming the file
and the reason, never a traceback.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from tequ.clean import Unit, clean_units
from tequ.clean.offsets import View
from tequ.errors import InputError
from tequ.ingest.decode import check_size, decode_bytes
from tequ.ingest.html import html_unit
from tequ.ingest.jsonl import jsonl_units
from tequ.ingest.markdown import md_line
from tequ.model import Document, Dropped

SUFFIXES = (".txt", ".html", ".htm", ".md", ".markdown", ".jsonl")
FORMATS = ("txt", "md", "html", "jsonl")
_HTML_SNIFF = re.compile(r"\A\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])", re.IGNORECASE)


FOLDER_META = ("README", "LICENSE", "LICENCE", "CHANGELOG", "COPYING")


def iter_sources(paths: Sequence[str]) -> Iterator[str | InputError]:
    """Expand ``paths`` (files, folders recursively, ``-`` for stdin) into file names, in order.

    Inside folders, hidden files and folders and README/LICENSE/CHANGELOG notes are skipped.
    Problems that stop a path from being listed (missing, unreadable folder) come back as
    ``InputError`` items so that the caller can report them and go on.
    """
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield p
        elif path.is_symlink():
            yield InputError(p, "broken symbolic link")
        else:
            yield InputError(p, "no such file or folder")


def _walk(root: Path) -> Iterator[str | InputError]:
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs.sort()
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in sorted(files + [d for d in dirs if d.lower().endswith(SUFFIXES)]):
            if name.lower().endswith(SUFFIXES) and not _is_folder_meta(name):
                yield str(Path(folder) / name)
        dirs[:] = [d for d in dirs if not d.lower().endswith(SUFFIXES)]
    for exc in errors:
        yield InputError(str(exc.filename or root), f"cannot read folder: {exc.strerror or exc}")


def _is_folder_meta(name: str) -> bool:
    """Files that describe a folder rather than belong to its corpus: hidden files and
    README/LICENSE/CHANGELOG notes. They are skipped when walking a folder, read when named."""
    return name.startswith(".") or name.upper().startswith(FOLDER_META)


def detect_format(source: str, text: str) -> str:
    """``txt``, ``md``, ``html`` or ``jsonl`` from the file name, else from the content."""
    low = source.lower()
    if low.endswith((".html", ".htm")):
        return "html"
    if low.endswith(".jsonl"):
        return "jsonl"
    if low.endswith((".md", ".markdown")):
        return "md"
    if low.endswith(".txt"):
        return "txt"
    if _HTML_SNIFF.match(text):
        return "html"
    first = text.lstrip("\ufeff \n")[:1]
    if first == "{":
        return "jsonl"
    return "txt"


def load_document(source: str) -> Document:
    """Read ``source`` (a path, or ``-`` for standard input) and clean it."""
    if source == "-":
        data = sys.stdin.buffer.read()
        return load_bytes("-", data)
    path = Path(source)
    try:
        st = path.stat()
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise InputError(source, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(source, "not a regular file (device, FIFO or socket)")
    check_size(source, st.st_size)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    return load_bytes(source, data)


def load_bytes(source: str, data: bytes, *, fmt: str | None = None) -> Document:
    """Decode and clean ``data`` read from ``source``; ``fmt`` forces txt/md/html/jsonl."""
    if fmt is not None and fmt not in FORMATS:
        raise InputError(source, f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
    original, encoding = decode_bytes(source, data)
    fmt = fmt or detect_format(source, original)
    extra: list[Dropped] = []
    if fmt == "html":
        units = [html_unit(original)]
    elif fmt == "jsonl":
        units, bad = jsonl_units(original)
        if not units:
            raise InputError(source, "no JSON line with a string 'text' field")
        extra = [Dropped(a, b, r) for a, b, r in bad]
    elif fmt == "md":
        units = [Unit([md_line(v) for v in View.lines(original)])]
    else:
        units = [Unit(View.lines(original))]
    try:
        doc = clean_units(source, original, units, encoding=encoding)
    except RecursionError as exc:
        raise InputError(source, "structure too deeply nested to clean") from exc
    doc.meta["format"] = fmt
    for unit in units[:1]:
        doc.meta.update(unit.meta)
    if extra:
        doc = replace(doc, dropped=tuple(sorted(doc.dropped + tuple(extra), key=lambda d: d.start)))
    return doc
