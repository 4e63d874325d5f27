"""JSONL -> one unit per line (one article a line: ``text``, optional ``title``, ``url``,
``published``, ``source``, ``authors``; ``content``/``body``, ``headline`` and ``date``-style
names are accepted too, whatever their case and separators (``pub_date``, ``pubDate``), and
epoch timestamps or compact ``YYYYMMDD`` strings for the date). A text field holding HTML block
elements (a feed export of the page body) is read like an HTML page (``html_unit_of``: visible
lines, trafilatura's main text, chrome outside it recorded as dropped); one holding only inline
tags keeps its own line breaks and loses the tags.

Offsets point into the raw JSON line text: string values are located with a flat scanner and
decoded escape by escape, so ``\\n`` maps to its two source characters and ``\\u5e02`` to its six
(a surrogate pair to all twelve). Lines that are not a JSON object with a string ``text`` are
skipped and reported through ``bad``.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from tequ.clean import Unit
from tequ.clean.offsets import View
from tequ.clean.segment import parse_date
from tequ.ingest.html import html_unit_of, inline_lines, markup_kind
from tequ.ingest.markdown import is_markdown, md_line

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+', re.DOTALL)
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?|\\(.)", re.DOTALL)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", '"': '"'}


def string_fields(line: str, offset: int) -> dict[str, tuple[int, int]]:
    """Top-level string fields of a JSON object line: key -> source span of the value's content.

    Spans exclude the quotes and are shifted by ``offset`` (the line's position in the file).
    """
    out: dict[str, tuple[int, int]] = {}
    depth = 0
    key: str | None = None
    expect_value = False
    for m in _TOKEN.finditer(line):
        tok = m.group(0)
        if tok in "{[":
            depth += 1
            expect_value = False
        elif tok in "}]":
            depth -= 1
        elif tok == ":":
            expect_value = depth == 1 and key is not None
        elif tok == ",":
            key, expect_value = None, False
        elif tok.startswith('"') and depth == 1:
            if expect_value and key is not None:
                out.setdefault(key, (offset + m.start() + 1, offset + m.end() - 1))
                key, expect_value = None, False
            else:
                key = json.loads(tok)
    return out


def decode_string(original: str, a: int, b: int) -> View:
    """View of the JSON string content ``original[a:b]`` with escapes decoded and mapped."""
    raw = View.of(original, a, b)
    if "\\" not in raw.text:
        return raw
    edits = []
    for m in _ESCAPE.finditer(raw.text):
        if m.group(1):
            hi = int(m.group(1), 16)
            if m.group(2) and 0xD800 <= hi < 0xDC00:
                lo = int(m.group(2), 16)
                ch = chr(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                edits.append((m.start(), m.end(), ch))
                continue
            if m.group(2):  # the second escape is not a low surrogate partner: decode both alone
                edits.append((m.start(), m.start() + 6, _safe_chr(hi)))
                edits.append((m.start() + 6, m.end(), _safe_chr(int(m.group(2), 16))))
                continue
            edits.append((m.start(), m.end(), _safe_chr(hi)))
        else:
            edits.append((m.start(), m.end(), _SIMPLE.get(m.group(3), m.group(3))))
    return raw.edit(edits)


def _safe_chr(cp: int) -> str:
    return "\ufffd" if 0xD800 <= cp < 0xE000 else chr(cp)


def jsonl_units(original: str) -> tuple[list[Unit], list[tuple[int, int, str]]]:
    """Units of a JSONL file and the ``(start, end, reason)`` of lines that were skipped."""
    units: list[Unit] = []
    bad: list[tuple[int, int, str]] = []
    pos = 0
    for line in original.split("\n"):
        a, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        try:
            obj = json.loads(line.lstrip("\ufeff"))
        except (ValueError, RecursionError):
            bad.append((a, a + len(line), "jsonl:invalid"))
            continue
        if not isinstance(obj, dict) or _first_key(obj, TEXT_KEYS) is None:
            bad.append((a, a + len(line), "jsonl:no-text"))
            continue
        units.append(_unit(original, line, a, obj))
    if not units and ("{" in original):
        # not one record a line: a JSON array of records or pretty-printed records one after another
        stream, stream_bad = _stream_units(original)
        if stream:
            return stream, stream_bad
    return units, bad


def _object_spans(original: str) -> list[tuple[int, int]]:
    """Spans of the top-level objects of ``original``, or of the objects of a top-level array."""
    spans: list[tuple[int, int]] = []
    depth = 0
    array = False
    start: int | None = None
    for m in _TOKEN.finditer(original):
        tok = m.group(0)
        if tok == "{" or tok == "[":
            if tok == "{" and (depth == 0 or (depth == 1 and array)):
                start = m.start()
            if depth == 0:
                array = tok == "["
            depth += 1
        elif tok == "}" or tok == "]":
            depth -= 1
            if tok == "}" and start is not None and (depth == 0 or (depth == 1 and array)):
                spans.append((start, m.end()))
                start = None
            depth = max(depth, 0)
    return spans


def _stream_units(original: str) -> tuple[list[Unit], list[tuple[int, int, str]]]:
    units: list[Unit] = []
    bad: list[tuple[int, int, str]] = []
    for a, b in _object_spans(original):
        chunk = original[a:b]
        try:
            obj = json.loads(chunk)
        except (ValueError, RecursionError):
            bad.append((a, b, "jsonl:invalid"))
            continue
        if not isinstance(obj, dict) or _first_key(obj, TEXT_KEYS) is None:
            bad.append((a, b, "jsonl:no-text"))
            continue
        units.append(_unit(original, chunk, a, obj))
    return units, bad


#: field names accepted for each part of a record, in order of preference; a record's own key
#: matches whatever its case and separators (pub_date, pubDate, Publish-Date -> pubdate)
TEXT_KEYS = ("text", "content", "body", "contenthtml", "bodyhtml")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = (
    "published",
    "publishdate",
    "publishtime",
    "publishedat",
    "publishedtime",
    "pubdate",
    "pubtime",
    "releasedate",
    "releasetime",
    "date",
    "datetime",
)
SOURCE_KEYS = ("source", "sourcename", "publisher", "outlet")
AUTHOR_KEYS = ("authors", "author", "byline")
URL_KEYS = ("url", "link", "href")
#: UTC offset of China Standard Time, for epoch timestamps
CST = dt.timezone(dt.timedelta(hours=8))
_SEP = re.compile(r"[\s_\-.]+")


def _fold(key: str) -> str:
    return _SEP.sub("", key).lower()


def _keys(obj: dict[str, object], names: tuple[str, ...]) -> list[str]:
    """The record's own keys that match ``names`` (folded), in the order of ``names``."""
    folded: dict[str, str] = {}
    for k in obj:
        folded.setdefault(_fold(k), k)
    return [folded[n] for n in names if n in folded]


def _first_key(obj: dict[str, object], keys: tuple[str, ...]) -> str | None:
    return next((k for k in _keys(obj, keys) if isinstance(obj.get(k), str) and str(obj[k]).strip()), None)


def _date(value: object) -> str | None:
    """ISO date of a string date or an epoch timestamp (seconds or milliseconds, China time)."""
    if isinstance(value, str):
        digits = value.strip()
        if not (digits.isascii() and digits.isdigit() and len(digits) in (8, 10, 13)):
            return parse_date(value)
        if len(digits) == 8:  # a compact date field (20250312)
            try:
                return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
            except ValueError:
                return None
        value = int(digits)  # an epoch timestamp written as a string ("1741744200")
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        secs = value / 1000 if value > 1e11 else value
        try:
            return dt.datetime.fromtimestamp(secs, CST).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return None


def _unit(original: str, line: str, a: int, obj: dict[str, object]) -> Unit:
    spans = string_fields(line, a)
    tkey = _first_key(obj, TEXT_KEYS)
    hkey = _first_key(obj, TITLE_KEYS)
    text = decode_string(original, *spans[tkey]) if tkey in spans else View("", [], [])
    title = decode_string(original, *spans[hkey]) if hkey in spans else None
    if title is not None and ("<" in title.text or "&" in title.text):  # 深圳&nbsp;发布<em>新政</em>
        title = View.join(inline_lines(title)) or title
    akey = next((k for k in _keys(obj, AUTHOR_KEYS) if obj[k]), None)
    authors = obj[akey] if akey else ()
    if isinstance(authors, str):
        authors = (authors,)

    def _str(names: tuple[str, ...]) -> str | None:
        k = _first_key(obj, names)
        return str(obj[k]).strip() if k else None

    dkey = next((k for k in _keys(obj, DATE_KEYS) if obj.get(k) not in (None, "")), None)
    # an HTML content field (a feed export of the page body): its visible lines, main text
    # chosen and chrome outside it recorded as dropped, offsets mapped through the JSON escapes
    markup = markup_kind(text.text)
    page = html_unit_of(text) if markup == "page" else None
    if page is not None:
        lines = page.lines
    else:
        lines = inline_lines(text) if markup == "inline" else list(text.split("\n"))
        if is_markdown(text.text):  # a scraper's Markdown export of the page
            lines = [md_line(v) for v in lines]
    return Unit(
        lines=lines,
        title=title if title is not None and title.text.strip() else (page.title if page else None),
        published=(_date(obj[dkey]) if dkey else None) or (page.published if page else None),
        source=_str(SOURCE_KEYS) or (page.source if page else None),
        url=_str(URL_KEYS),
        authors=tuple(x for x in authors if isinstance(x, str)) if isinstance(authors, list | tuple) else (),
        single=True,
        meta=page.meta if page is not None else {},
        skipped=page.skipped if page is not None else [],
        items=page.items if page is not None else set(),
    )
