"""HTML -> lines of visible text with offsets into the HTML source, main text chosen by trafilatura.

Our own tokenizer (a flat regex scan, no recursion, so 10,000 nested tags are harmless) turns
the source into visible-text lines: tags are removed, ``<script>``/``<style>`` and comments
skipped, block tags (p, div, br, li, h1-h6, tr, td...) end a line, entities are decoded (an
entity maps to its whole source span) and blank runs collapse to one space. trafilatura then
decides which lines are the main text (metadata comes from ``<h1>``/``<title>``, ``<meta>`` tags
and the page's own 来源 / 发布时间 lines); lines of the header
between the headline and the main text stay so that their metadata (来源, 发布时间) is read.
When trafilatura fails (deep nesting, odd markup) every line is kept and the line-level chrome
cleaning does the work alone. Offsets are code points into the decoded HTML source.
"""

from __future__ import annotations

import html
import logging
import re
from functools import cache
from typing import Any

from tequ.clean import SITE_SUFFIX, Unit
from tequ.clean.boilerplate import is_byline
from tequ.clean.dedupe import norm
from tequ.clean.offsets import View
from tequ.clean.script import to_simplified_text
from tequ.clean.segment import parse_date

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|noscript|template|svg|head)\b[^>]*>.*?(?:</\1\s*>|\Z)|<!\[CDATA\[.*?\]\]>"
    r"|<[!?/]?[a-zA-Z][^>]*>|<![^>]*>",
    re.DOTALL | re.IGNORECASE,
)
_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|main"
    r"|blockquote|pre|dd|dt|dl|figure|figcaption|form|hr|title|option|center)\b",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?")
_SPACE = re.compile(r"\s+")
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.DOTALL | re.IGNORECASE)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.DOTALL | re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")
#: trafilatura output shorter than this (normalised) is not trusted to pick the main text
MIN_MAIN = 20


_CELL = re.compile(r"</?t[dh]\b", re.IGNORECASE)
# a field label alone in a table cell (索引号: / 发布机构：), its value in the next cell of the row
_LABEL_CELL = re.compile(r"^[^\d:：。，,;；]{1,8}[:：]$")


_LI = re.compile(r"<li\b", re.IGNORECASE)
_LI_END = re.compile(
    r"</?(?:li|ul|ol|table|tr|td|th|h[1-6]|section|article|header|footer|nav|aside)\b", re.IGNORECASE
)
_LINK_OPEN = re.compile(r"<a\b", re.IGNORECASE)
_LINK_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)


def visible_lines(src: str) -> list[View]:
    """Lines of visible text of ``src`` (HTML), each with a map into ``src``.

    A label cell (``<td>发布机构:</td>``) and the value cell after it in the same table row make
    one line, as the page shows them (``发布机构:某区住房和建设局``).
    """
    return visible_blocks(src)[0]


def visible_blocks(src: str) -> tuple[list[View], set[int]]:
    """``visible_lines`` and the ids of the lines that are list items (``<li>`` with text that
    is not all link text: an enumeration in the article rather than a list of links)."""
    lines: list[View] = []
    rows: list[int] = []  # per line: the table row (or block) it ends in
    items: set[int] = set()
    row = 0
    cur: list[tuple[int, int]] = []
    pos = 0
    in_li = plain = False
    links = 0
    for m in _TOKEN.finditer(src):
        if m.start() > pos:
            cur.append((pos, m.start()))
            plain = plain or (links == 0 and bool(src[pos : m.start()].strip()))
        tok = m.group(0)
        if _BLOCK.match(tok) or m.group(1):
            if _flush(src, cur, lines):
                rows.append(row)
                if in_li and plain:
                    items.add(id(lines[-1]))
            cur, plain = [], False
            # inside <li> until the item or its list ends (a <p> inside the item stays in it)
            in_li = _LI.match(tok) is not None or (in_li and not _LI_END.match(tok))
            row += not _CELL.match(tok)  # only a cell boundary stays in the row
        elif _LINK_OPEN.match(tok):
            links += 1
        elif _LINK_CLOSE.match(tok):
            links = max(0, links - 1)
        pos = m.end()
    if pos < len(src):
        cur.append((pos, len(src)))
    if _flush(src, cur, lines):
        rows.append(row)
    return _join_label_cells(lines, rows), items


def _join_label_cells(lines: list[View], rows: list[int]) -> list[View]:
    out: list[View] = []
    k = 0
    while k < len(lines):
        v = lines[k]
        if k + 1 < len(lines) and rows[k] == rows[k + 1] and _LABEL_CELL.match(v.text):
            out.append(View.join((v, lines[k + 1])))
            k += 2
            continue
        out.append(v)
        k += 1
    return out


def _text_view(src: str, a: int, b: int) -> View:
    """View of ``src[a:b]`` with entities decoded and blank runs collapsed to one space."""
    return _decode_text(View.of(src, a, b))


def _decode_text(v: View) -> View:
    if "&" in v.text:
        edits = [(m.start(), m.end(), html.unescape(m.group(0))) for m in _ENTITY.finditer(v.text)]
        v = v.edit(e for e in edits if e[2] != v.text[e[0] : e[1]])
    spaces = [(m.start(), m.end(), " ") for m in _SPACE.finditer(v.text) if m.group(0) != " "]
    return v.edit(spaces) if spaces else v


def _flush(src: str, cur: list[tuple[int, int]], lines: list[View]) -> bool:
    """Turn the text pieces of one block into a line (skipped when blank); True when one was added."""
    if not cur or all(not src[a:b].strip() for a, b in cur):
        return False
    raw = View.of(src, *cur[0]) if len(cur) == 1 else View.join(View.of(src, a, b) for a, b in cur)
    v = _decode_text(raw).strip()
    if v.text:
        lines.append(v)
    return bool(v.text)


@cache
def _extractor() -> Any:
    """trafilatura's options, built once: main text only (no comments, no metadata pass), tables in.

    Extraction never mutates them (its recall retry works on a copy), so one object serves every page.
    """
    from trafilatura.settings import Extractor

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    return Extractor(output_format="python", comments=False, tables=True)


def _trafilatura(src: str) -> Any | None:
    try:
        import trafilatura

        return trafilatura.bare_extraction(src, options=_extractor())
    except Exception:  # any parser failure (RecursionError on deep nesting...): fall back to our own cleaning
        return None


def _strip_tags(fragment: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAGS.sub("", fragment))).strip()


def html_unit(src: str) -> Unit:
    """The unit of one HTML page: its visible lines (main text when known) and metadata hints."""
    lines, item_ids = visible_blocks(src)
    result = _trafilatura(src)
    meta: dict[str, object] = {"main_text": "fallback"}
    skipped: list[View] = []  # visible lines outside the main text: recorded as dropped
    h1 = _H1.search(src)
    t = _TITLE.search(src)
    title_text = (
        _strip_tags(h1.group(1)) if h1 else (SITE_SUFFIX.sub("", _strip_tags(t.group(1))) if t else None)
    )
    if result is not None:
        main = norm(str(getattr(result, "text", "") or ""))
        if len(main) >= MIN_MAIN:
            kept = _main_lines(lines, main, title_text)
            kept_ids = {id(v) for v in kept}
            skipped = [v for v in lines if id(v) not in kept_ids]
            lines = kept
            meta["main_text"] = "trafilatura"
    source = _meta_content(src, _SOURCE_META_NAMES)
    published = parse_date(_meta_content(src, _DATE_META_NAMES) or "")
    return Unit(
        lines=lines,
        title=_title_view(src, lines),
        published=published,
        source=source,
        meta=meta,
        skipped=skipped,
        items={i for i, v in enumerate(lines) if id(v) in item_ids},
    )


#: a block element: a text field holding one is an HTML page body (a JSONL ``content`` field)
_ATTRS = r"""(?:\s+[a-zA-Z_:][-\w:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?>"""
_BLOCK_MARKUP = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|section|article|figure|figcaption|blockquote)" + _ATTRS,
    re.IGNORECASE,
)
#: inline elements only: the text keeps its own line breaks, the tags go
_INLINE_MARKUP = re.compile(r"</?(?:a|span|strong|b|em|i|u|img|font|sup|sub)" + _ATTRS, re.IGNORECASE)


def markup_kind(text: str) -> str | None:
    """``"page"`` when ``text`` holds HTML block elements (a feed's HTML body), ``"inline"`` when
    it holds only inline tags (lines broken by newlines, a link or bold word inside), else None."""
    if "<" not in text:
        return None
    if _BLOCK_MARKUP.search(text):
        return "page"
    return "inline" if _INLINE_MARKUP.search(text) else None


def _compose(outer: View, v: View) -> View:
    """``v`` (a view into ``outer.text``) as a view into what ``outer`` maps to."""
    return View(v.text, [outer.starts[i] for i in v.starts], [outer.ends[j - 1] for j in v.ends])


def inline_lines(view: View) -> list[View]:
    """Lines of a text with inline tags: split at newlines, tags removed, entities decoded."""
    out = []
    for line in view.split("\n"):
        if "<" not in line.text and "&" not in line.text:
            out.append(line)
            continue
        out.extend(_compose(line, v) for v in visible_lines(line.text))
    return out


def html_unit_of(view: View) -> Unit:
    """``html_unit`` of an HTML fragment that is itself a view (a decoded JSON string): the
    lines, title and skipped lines map through ``view`` into the original file."""
    unit = html_unit(view.text)
    unit.lines = [_compose(view, v) for v in unit.lines]
    unit.skipped = [_compose(view, v) for v in unit.skipped if v.text]
    unit.title = _compose(view, unit.title) if unit.title is not None else None
    return unit


def _title_view(src: str, lines: list[View]) -> View | None:
    """The ``<title>`` text as a view into the source, when no visible line carries the headline."""
    t = _TITLE.search(src)
    if t is None:
        return None
    view = _text_view(src, t.start(1), t.end(1)).strip()
    key = norm(SITE_SUFFIX.sub("", view.text))
    if len(key) < 4:
        return None
    for v in lines[:60]:
        k = norm(v.text)
        if len(k) >= 4 and ((k in key and len(k) >= 6) or (key in k and len(k) <= len(key) + 20)):
            return None  # the headline is on the page (h1 or a line): segmentation finds it
    return view


#: <meta name=...> keys that name the outlet / the publication date on Chinese government sites
_SOURCE_META_NAMES = ("contentsource", "source", "article:source")
_DATE_META_NAMES = (
    "pubdate",
    "publishdate",
    "publish_date",
    "article:published_time",
    "firstpublishedtime",
    "og:release_date",
    "dc.date",
    "dc.date.issued",
    "weibo:article:create_at",
    "date",
)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(\w[\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def _meta_content(src: str, names: tuple[str, ...]) -> str | None:
    """``content`` of the first ``<meta name|property=...>`` whose name is in ``names``."""
    for m in _META_TAG.finditer(src[:100_000]):
        attrs = {
            a.group(1).lower(): a.group(2) or a.group(3) or a.group(4) or ""
            for a in _ATTR.finditer(m.group(0))
        }
        key = (attrs.get("name") or attrs.get("property") or "").lower()
        if key in names and attrs.get("content", "").strip():
            return html.unescape(attrs["content"]).strip()
    return None


def _main_lines(lines: list[View], main: str, title: str | None) -> list[View]:
    """Lines found in trafilatura's main text, plus the headline and the header lines after it."""
    keys = [norm(v.text) for v in lines]
    in_main = [bool(k) and k in main for k in keys]
    first = next((i for i, ok in enumerate(in_main) if ok), None)
    if first is None:
        return lines
    tkey = norm(title or "")
    start = end = first
    if tkey:
        hits = [i for i, k in enumerate(keys) if k and (k == tkey or (len(k) >= 6 and k in tkey))]
        if hits:
            start = hits[0]
            end = next((i for i in range(start + 1, len(lines)) if in_main[i]), start + 1)
    last = max(i for i, ok in enumerate(in_main) if ok)
    # a closing credit (责任编辑 / (记者 …)) just below the main text, which extractors often leave out
    credits = {
        i for i in range(last + 1, min(len(lines), last + 1 + CREDIT_LOOKAHEAD)) if _is_credit(lines[i].text)
    }
    return [v for i, v in enumerate(lines) if in_main[i] or start <= i < end or i in credits]


#: lines below the main text searched for a closing credit
CREDIT_LOOKAHEAD = 3


def _is_credit(text: str) -> bool:
    return is_byline(to_simplified_text(text.strip()))
