"""Highlighted text for the document view, built from escaped slices (the text is never trusted).

Annotations carry spans ``[start, end)`` in code points of the document's original text. The
clean view shows each paragraph's clean text; its per-character map (``starts``/``ends``: clean
``text[i]`` came from ``original[starts[i]:ends[i]]``) turns an original span into the clean
characters it covers. When the store does not keep that map, ``align`` rebuilds it.

Markup is only ever ``<mark>`` elements whose attributes are escaped; every piece of text
between them goes through ``markupsafe.escape``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

KINDS: tuple[str, ...] = ("measure", "fact", "entity")  # outermost first when spans coincide


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span ``[start, end)`` (original code points) of an annotation."""

    start: int
    end: int
    kind: str  # one of KINDS
    key: str  # id of the annotation in the page's data (``f3``, ``e0``...)
    title: str  # plain text shown on hover


@functools.cache
def _converter() -> object | None:
    try:
        import opencc
    except ImportError:  # the aligner then compares characters after NFKC only
        return None
    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=65536)
def _norm(ch: str) -> str:
    ch = unicodedata.normalize("NFKC", ch)
    conv = _converter()
    if conv is not None and ch:
        ch = conv.convert(ch)  # type: ignore[attr-defined]
    return ch


def align(text: str, original: str, start: int, *, window: int = 64) -> tuple[list[int], list[int]]:
    """Map each character of clean ``text`` to a range of ``original`` starting at ``start``.

    A greedy monotone alignment: ``text[i]`` maps to the next original character within
    ``window`` that equals it after NFKC and Traditional->Simplified conversion; a character
    with no counterpart (inserted by cleaning) maps to an empty range at the current position.

    Returns:
        ``(starts, ends)`` with ``original[starts[i]:ends[i]]`` the source of ``text[i]``.
    """
    starts: list[int] = []
    ends: list[int] = []
    j = start
    limit = len(original)
    for ch in text:
        target = _norm(ch)
        hit = -1
        for k in range(j, min(j + window, limit)):
            if original[k] == ch or _norm(original[k]) == target:
                hit = k
                break
        if hit < 0:
            starts.append(j)
            ends.append(j)
        else:
            starts.append(hit)
            ends.append(hit + 1)
            j = hit + 1
    return starts, ends


def clean_range(
    starts: Sequence[int], ends: Sequence[int], span_start: int, span_end: int
) -> tuple[int, int]:
    """The clean characters ``[a, b)`` whose sources lie inside the original ``[span_start, span_end)``.

    Uses bisection when ``starts`` is non-decreasing (cleaning keeps order), a scan otherwise.
    Empty (``a == b``) when no character does.
    """
    if any(x > y for x, y in itertools.pairwise(starts)):
        inside = [i for i in range(len(starts)) if span_start <= starts[i] and ends[i] <= span_end]
        return (inside[0], inside[-1] + 1) if inside else (0, 0)
    a = bisect.bisect_left(starts, span_start)
    b = a
    while b < len(starts) and starts[b] < span_end and ends[b] <= span_end:
        b += 1
    return a, b


def _nest(intervals: Iterable[tuple[int, int, int, Mark]]) -> list[tuple[int, int, int, Mark]]:
    """Sort and clip so that intervals nest; returns ``(start, end, depth, mark)``."""
    kept: list[tuple[int, int, int, Mark]] = []
    stack: list[int] = []  # end positions of the open intervals
    for a, b, _prio, mark in sorted(intervals, key=lambda x: (x[0], -x[1], x[2])):
        while stack and stack[-1] <= a:
            stack.pop()
        if stack and b > stack[-1]:
            b = stack[-1]  # crosses its parent: clip to stay well-formed
        if b <= a:
            continue
        kept.append((a, b, len(stack), mark))
        stack.append(b)
    return kept


def _open_tag(mark: Mark, anchor: bool = False, repeat: bool = False) -> str:
    ident = f' id="ann-{escape(mark.key)}"' if anchor else ""
    tab = "-1" if repeat else "0"  # the keyboard stops once per annotation, not at every mention
    return (
        f'<mark class="ann ann-{escape(mark.kind)}" data-kind="{escape(mark.kind)}" '
        f'data-ann="{escape(mark.key)}"{ident} tabindex="{tab}" title="{escape(mark.title)}">'
    )


def render_marked(
    text: str, spans: Iterable[tuple[int, int, Mark]], anchored: set[str] | None = None
) -> Markup:
    """``text`` escaped, with ``<mark>`` around each ``(a, b, mark)`` range of ``text``.

    With ``anchored`` (keys already given an anchor, shared across calls), the first mark of
    each other key gets ``id="ann-<key>"`` so that a link can jump to it (the key is then added)
    and later marks of a key leave the tab order (``tabindex="-1"``, still clickable).
    """
    prio = {k: i for i, k in enumerate(KINDS)}
    kept = _nest((a, b, prio.get(m.kind, len(KINDS)), m) for a, b, m in spans if 0 <= a < b <= len(text))
    events: list[tuple[int, int, int, str]] = []  # (position, close=0/open=1, order, tag)
    for a, b, depth, mark in kept:
        anchor = anchored is not None and mark.key not in anchored
        if anchor:
            anchored.add(mark.key)  # type: ignore[union-attr]
        events.append((a, 1, depth, _open_tag(mark, anchor, anchored is not None and not anchor)))
        events.append((b, 0, -depth, "</mark>"))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    out: list[str] = []
    pos = 0
    for at, _kind, _order, tag in events:
        out.append(str(escape(text[pos:at])))
        out.append(tag)
        pos = at
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def render_paragraph(
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    marks: Iterable[Mark],
    anchored: set[str] | None = None,
) -> Markup:
    """One clean paragraph with the marks whose original spans it covers (``anchored``: see
    ``render_marked``)."""
    if not starts:
        return Markup(escape(text))
    lo, hi = starts[0], max(ends[-1], starts[-1])
    spans = []
    for m in marks:
        if m.end <= lo or m.start >= hi + 1:
            continue
        a, b = clean_range(starts, ends, m.start, m.end)
        if b > a:
            spans.append((a, b, m))
    return render_marked(text, spans, anchored)


def render_original(original: str, marks: Iterable[Mark], anchored: set[str] | None = None) -> Markup:
    """The whole original text with every mark at its own span."""
    return render_marked(original, ((m.start, m.end, m) for m in marks), anchored)
