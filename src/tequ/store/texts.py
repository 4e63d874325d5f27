"""How text is kept compactly in the SQLite store, and read back.

* ``documents.original_zlib`` is ``zlib.compress`` of the UTF-8 original; ``original_text``
  inverts it. Every ``start``/``end`` in the store is a code-point index into that decoded
  text, end exclusive.
* A paragraph's clean Simplified text is stored only when it cannot be derived from the original:
  ``form`` 1 means it equals ``original[start:end]``, 2 that it equals OpenCC t2s of that slice,
  0 that ``paragraphs.text`` holds it.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable
from typing import Any

from tequ.search.fulltext import to_simplified

#: zlib level: 6 is within 2% of 9 on news text and twice as fast.
ZLIB_LEVEL = 6

FORM_STORED, FORM_SLICE, FORM_T2S = 0, 1, 2


def compress_text(text: str) -> bytes:
    """``text`` as stored in ``documents.original_zlib``."""
    return zlib.compress(text.encode("utf-8"), ZLIB_LEVEL)


def original_text(blob: bytes) -> str:
    """The decoded original of a ``documents.original_zlib`` value."""
    return zlib.decompress(blob).decode("utf-8")


def paragraph_form(original: str, start: int, end: int, text: str) -> tuple[int, str | None]:
    """``(form, stored text or None)`` for a paragraph whose clean text is ``text``."""
    piece = original[start:end]
    if piece == text:
        return FORM_SLICE, None
    if to_simplified(piece) == text:
        return FORM_T2S, None
    return FORM_STORED, text


def paragraph_text(original: str, start: int, end: int, form: int, text: str | None) -> str:
    """The clean Simplified text of a stored paragraph (inverse of ``paragraph_form``)."""
    if form == FORM_SLICE:
        return original[start:end]
    if form == FORM_T2S:
        return to_simplified(original[start:end])
    return text or ""


def resolve_paragraphs(original: str, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of ``paragraphs`` (with ``start``, ``end``, ``form``, ``text``) with ``text`` resolved
    and ``form`` removed."""
    out = []
    for r in rows:
        d = dict(r)
        form = int(d.pop("form"))
        d["text"] = paragraph_text(original, int(d["start"]), int(d["end"]), form, d["text"])
        out.append(d)
    return out


def encode_spans(spans: Iterable[tuple[int, int]]) -> str:
    """Spans as stored in ``labels.evidence``: a JSON list ``[gap, length, gap, length, ...]``
    where each span starts ``gap`` code points after the end of the one before (the first after
    0). Spans must be sorted by start; a span starting before the previous end has a negative gap."""
    out: list[int] = []
    pos = 0
    for start, end in spans:
        out += [start - pos, end - start]
        pos = end
    return json.dumps(out, separators=(",", ":"))


def decode_spans(text: str) -> list[tuple[int, int]]:
    """Inverse of ``encode_spans``: ``[(start, end), ...]``."""
    flat = json.loads(text)
    out: list[tuple[int, int]] = []
    pos = 0
    for gap, length in zip(flat[::2], flat[1::2], strict=True):
        start = pos + gap
        pos = start + length
        out.append((start, pos))
    return out


def quote_sql(alias: str) -> str:
    """SQL for ``original[start:end]`` of row ``alias`` (a table with ``doc_id``, ``start``,
    ``end``) on a connection prepared by ``register_functions``."""
    return (
        f"original_slice((SELECT original_zlib FROM documents WHERE id = {alias}.doc_id),"
        f' {alias}.start, {alias}."end")'
    )


def register_functions(conn: sqlite3.Connection) -> None:
    """Add ``original_slice(original_zlib, start, end)`` to ``conn``: the code points
    ``start:end`` of a compressed original (the last few originals are kept decoded)."""
    recent: dict[bytes, str] = {}

    def original_slice(blob: bytes | None, start: int, end: int) -> str | None:
        if blob is None:
            return None
        text = recent.get(blob)
        if text is None:
            if len(recent) >= 8:
                recent.pop(next(iter(recent)))
            text = recent[blob] = original_text(blob)
        return text[start:end]

    conn.create_function("original_slice", 3, original_slice, deterministic=True)
