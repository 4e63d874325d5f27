"""Segmentation for the measures stage: sentences, clause units and their head verb chain.

Works on ``Paragraph.text`` (clean, Simplified). Bracketed stretches (《》“”（）) are masked so
that separators and verbs inside names are ignored; every index is an index of ``text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tequ.extract import measuredata as md
from tequ.extract.measureattrs import SENT_END as _SENT_END
from tequ.extract.measureattrs import VERB_RE as _VERB_RE

_OPEN, _CLOSE = "《“「（(‘『", "》”」）)’』"
ADV_RE = re.compile("|".join(sorted((re.escape(a) for a, _ in md.ACTION_ADVERBS), key=len, reverse=True)))
_SUB_RE = re.compile("|".join(r for r, _ in md.SUBORDINATE_AFTER))
_FRAME_RE = re.compile("|".join(f"(?:{r})" for r, _ in md.FRAME_PATTERNS))
_TIME_LEAD_RE = re.compile(r"^(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|今年|去年|明年)")
# prepositions (通过, 作为) and comparison verbs (超过, 达到) head a clause only if nothing else can
_PREP_VERBS = {v for v, _ in md.PREPOSITION_VERBS} | {v for v, w, *_ in md.ACTION_VERBS if w < 0.2}
_NOMINAL_RE = re.compile("|".join(f"(?:{r})" for r, _ in md.NOMINAL_AFTER))
_MARKER_RE = re.compile("|".join(f"(?:{r})" for r, _ in md.PREDICATE_MARKERS))
SEPS = "，,、：:—"
MARKER_REACH = 4  # characters between a predicate marker and its verb (将于明年启动: 于明年)
_BRACKET_RE = re.compile(f"[{re.escape(_OPEN + _CLOSE)}]")
_SENT_CUT_RE = re.compile(f"[{re.escape(_SENT_END)}]|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_QUOTE_END_RE = re.compile(f"[。！？][{re.escape(_CLOSE)}]")
_FRAME_OPEN_RE = re.compile(r"\s*(?:在|于|围绕|针对)")
_FRAME_CLOSE_RE = re.compile(r"等?(?:方面|领域|环节)(?:上|中)?")
# a piece that ends with a count of things (高校和科研机构数十家) states a figure, not a lead-in
_COUNT_END_RE = re.compile(r"[\d一二三四五六七八九十百千万亿两多余数]+[个家项条所件座台辆套名]$")
STAT_RE = re.compile("|".join(r for r, _ in md.STAT_CUES))


@dataclass(frozen=True, slots=True)
class Unit:
    """A clause ``text[a:b]`` of a paragraph with its head verb chain ``text[h:k]``."""

    a: int
    b: int
    h: int
    k: int


def mask(text: str) -> str:
    """``text`` with every bracketed stretch (brackets included) replaced by ＿, same length."""
    if not _BRACKET_RE.search(text):
        return text
    out, depth, last, start = [], 0, 0, 0
    for m in _BRACKET_RE.finditer(text):
        i = m.start()
        if m.group() in _OPEN:
            if depth == 0:
                out.append(text[last:i])
                start = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append("＿" * (i + 1 - start))
                last = i + 1
    out.append("＿" * (len(text) - start) if depth else text[last:])
    return "".join(out)


def sentences(text: str, masked: str) -> list[tuple[int, int]]:
    """Sentence ranges: at 。！？；, at 。！？ closing a quotation (。”), at a space between
    two CJK characters (a headline's two halves)."""
    cuts = sorted(
        [(m.start(), m.end()) for m in _SENT_CUT_RE.finditer(masked)]
        + [(m.end(), m.end()) for m in _QUOTE_END_RE.finditer(text)]
    )
    out, a = [], 0
    for end, nxt in cuts:
        if end >= a:
            out.append((a, end))
            a = nxt
    out.append((a, len(masked)))
    return [(x, y) for x, y in out if y > x]


def _cjk(text: str, i: int) -> bool:
    return 0 <= i < len(text) and "\u4e00" <= text[i] <= "\u9fff"


def _pieces(masked: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """Cut ``masked[a:b]`` at separators: (start, end, separator before)."""
    out, start, sep = [], a, ""
    for i in range(a, b):
        if masked[i] == "、" and _between_digits(masked, i):
            continue
        if masked[i] in SEPS:
            if i > start:
                out.append((start, i, sep))
            start, sep = i + 1, masked[i]
    if b > start:
        out.append((start, b, sep))
    return out


def _between_digits(masked: str, i: int) -> bool:
    """A 、 inside a list of numbers (14、16号线) does not separate clauses."""
    return masked[:i].rstrip()[-1:].isdigit() and masked[i + 1 :].lstrip()[:1].isdigit()


def head_chain(masked: str, a: int, b: int) -> tuple[int, int] | None:
    """The head verb chain ``(h, k)`` of ``masked[a:b]``: the first action verb that is neither
    a time clause (建成后), nor a noun (规划实施和…), nor a preposition (通过) when another follows.
    Adjacent verbs and adverbs join the chain (研究加快出台)."""
    matches = list(_VERB_RE.finditer(masked, a, b))
    marker = _MARKER_RE.search(masked, a, b)
    if marker and any(m.start() >= marker.end() for m in matches):
        first = next(m for m in matches if m.start() >= marker.end())
        if first.start() - marker.end() <= MARKER_REACH:  # 已建成, 正在加快建设: the predicate
            after = [m for m in matches if m.start() >= marker.end()]
            # …推进已开工的X: the marked verb only modifies a noun, the head is before it
            return _head_of(masked, a, b, after) or _head_of(masked, a, b, matches)
    return _head_of(masked, a, b, matches)


def _head_of(masked: str, a: int, b: int, matches: list[re.Match[str]]) -> tuple[int, int] | None:
    """The head verb chain among ``matches`` (see ``head_chain``)."""
    fallback = None  # a preposition verb (通过) heads only when no other verb can
    for m in matches:
        k, ends = m.end(), [m.end()]
        while k < b and m.group() not in _PREP_VERBS:  # 通过 does not chain: 通过开通运营前…
            nxt = _VERB_RE.match(masked, k) or ADV_RE.match(masked, k)
            if nxt is None or not (_VERB_RE.match(masked, nxt.end()) or nxt.re is _VERB_RE):
                break
            k = nxt.end()
            ends.append(k)
        if (
            len(ends) > 1
            and masked[k : k + 1] not in "和及与等之、的"  # 新建、改扩建: verbs listed, not a noun
            and _NOMINAL_RE.match(masked, k)
            and not _SUB_RE.match(masked, ends[-2])
        ):
            k = ends[-2]  # 启动改造项目: the last verb belongs to the noun, the verb before it heads
        if _SUB_RE.match(masked, k) or _NOMINAL_RE.match(masked, k):
            continue
        if m.start() > a and masked[m.start() - 1] == "的" and (k >= b or masked[k] in SEPS):
            continue  # 该中心的建成，…: a verb made a noun by 的, the topic of what follows
        if m.group() in _PREP_VERBS:
            fallback = fallback or (m.start(), k)
            continue
        return _with_adverbs(masked, a, m.start()), k
    return (_with_adverbs(masked, a, fallback[0]), fallback[1]) if fallback else None


def _with_adverbs(masked: str, a: int, h: int) -> int:
    """Move the head start ``h`` back over adverbs right before it (加快, 全面)."""
    while True:
        adv = next((x for x in ADV_RE.finditer(masked, max(a, h - 3), h) if x.end() == h), None)
        if adv is None:
            return h
        h = adv.start()


def units(masked: str, a: int, b: int) -> list[Unit]:
    """Units of the sentence ``masked[a:b]``: verbal pieces with their lead-ins and list tails.

    The head verb is always the one of the verbal piece; lead-ins (time, place, 在…方面) only
    widen the span.
    """
    units: list[list[int]] = []  # [start, end, head start, head end]
    pending: int | None = None
    pieces = _pieces(masked, a, b)
    starts = _list_frames(masked, pieces)
    for n, (s, e, sep) in enumerate(pieces):
        if n in starts:
            head = head_chain(masked, starts[n], e) if starts[n] >= 0 else None
        else:
            head = None if _FRAME_RE.search(masked[s:e].strip()) else head_chain(masked, s, e)
        list_tail = sep == "、" and head is not None and _starts_with_verb(masked, s, head[0])
        if head is not None and (pending is not None or sep != "、" or list_tail or not units):
            units.append([pending if pending is not None else s, e, head[0], head[1]])
            pending = None
        elif units and sep == "、" and pending is None and units[-1][1] == s - 1:
            units[-1][1] = e  # the rest of a list the previous unit opened
        elif STAT_RE.search(masked[s:e]) or _COUNT_END_RE.search(masked, s, e):
            pending = None  # a statistic between two acts belongs to neither (…机构数十家)
        elif pending is None:
            pending = s
    return [Unit(s, e, h, k) for s, e, h, k in units]


def _list_frames(masked: str, pieces: list[tuple[int, int, str]]) -> dict[int, int]:
    """Frames that run over a 、 list (在A、B、C等方面开展…): piece index -> where its head may
    start (-1: the whole piece is frame)."""
    out: dict[int, int] = {}
    n = 0
    while n < len(pieces):
        s, e, sep = pieces[n]
        if sep != "、" and _FRAME_OPEN_RE.match(masked, s) and not _FRAME_CLOSE_RE.search(masked, s, e):
            j = n + 1
            while j < len(pieces) and pieces[j][2] == "、":
                close = _FRAME_CLOSE_RE.search(masked, pieces[j][0], pieces[j][1])
                if close:
                    out.update(dict.fromkeys(range(n, j), -1))
                    out[j] = close.end()
                    break
                j += 1
            n = j
        n += 1
    return out


def _starts_with_verb(masked: str, s: int, h: int) -> bool:
    lead = _TIME_LEAD_RE.sub("", masked[s:h].strip(" ＿"))
    return lead == "" or len(lead) <= 1
