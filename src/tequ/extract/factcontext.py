"""Context of a fact in time: the period it refers to (places are in ``factplace``).

Positions here are indices into one paragraph's clean text (``Paragraph.text``), end exclusive.

Period rule, in order of strength (see ``PeriodMarks.resolve``):

1. inside the fact's clause, before the number: a sub-part cue (其中) inherits the previous
   fact's period; a recurring cue (年均, 每年) or a cumulative cue (累计) without a start gives
   null (a year opening a clause of the sentence is its frame: 2025年，…累计… -> 2025); ``N年累计`` and ``连续N年`` give a span of N years ending in the context year;
2. the last time mark before the number in the sentence: an explicit time expression (截至
   makes a day the stock day; a day without it is an event date, used only when nothing
   else gives a time; a time after 较/比 or before 同期 is a comparison base, not the
   period), a "now" cue (目前 -> the publication day), a since-cue (自2020年…以来 ->
   2020/context year), 全年 (the context year);
   a day closing the clause right before a bare figure (出现在12月30日，约86万人次) is its day;
   a time after 已于/于 + verb frames the clauses after it, one after a plan word (力争2024年
   底, 将于2025年) frames nothing else;
3. the year carried from earlier sentences of the paragraph (also that of a day with its year
   written at the head of a clause: 2023年6月30日，…), or the whole span of months when the time
   was one (上半年，…。…: the half goes on);
4. the article's reporting period: its first year-sized time expression (``2025年全年`` in a
   review of 2025) or span of months of a year already reported (上半年 in a July report),
   else null.

``plan_horizon`` reads the years of a plan the article presents (行动计划(2025—2027年)):
``tequ.extract.facts`` gives them to the plan's figures.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from tequ.extract import factdata as fd
from tequ.extract import periods
from tequ.extract.factsubject import tags as _tags
from tequ.extract.timebase import month_end

#: sentence and clause boundaries (shared by every fact module)
SENTENCE_RE = re.compile(r"[。！？\n]|[!?](?=[\s”\"]|$)")
# (each starts with a look-ahead at the characters a match can start with: the regex engine
# then skips every other position in C)
CLAUSE_RE = re.compile(
    r"(?=[，,：:；;。！？\n!?—\s])(?:[，,：:；;。！？\n]|[!?](?=[\s”\"]|$)|——|(?<=[^\d\s])\s+(?=[^\d\s]|\d{4}年))"
)
_HEAD_PREFIXES = frozenset(fd.HEAD_PREFIXES)
_CARRYING = frozenset({"time", "event", "now", "already", "since", "whole", "nyears"})


@lru_cache(maxsize=256)
def clause_bounds(text: str) -> tuple[int, ...]:
    """Sorted clause boundaries of ``text``: 0, every position after a clause or sentence
    separator, and ``len(text)`` (cached: every fact module asks for the same paragraph)."""
    return _bounds(CLAUSE_RE, text)


@lru_cache(maxsize=256)
def sentence_bounds(text: str) -> tuple[int, ...]:
    """Sorted sentence boundaries of ``text``, as ``clause_bounds``."""
    return _bounds(SENTENCE_RE, text)


def _bounds(separator: re.Pattern[str], text: str) -> tuple[int, ...]:
    """0, the end of every (non-empty, so strictly increasing) separator match, ``len(text)``."""
    ends = [0]
    ends += [m.end() for m in separator.finditer(text)]
    if ends[-1] != len(text):
        ends.append(len(text))
    return tuple(ends)


_PERIOD_OK = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2})?)?$")


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


PLACE_RE = re.compile(_alt(fd.PLACES))  # gazetteer names, longest first
_PLACE_FIRST = frozenset(p[0] for p in fd.PLACES)
_CUE_WORDS = (
    *fd.NOW_CUES, *fd.ALREADY_CUES, *fd.RECURRING_CUES, *fd.CUMULATIVE_CUES, *fd.WHOLE_YEAR_CUES,
    *fd.SUBPART_CUES, "连",
)  # fmt: skip
_CUE_FIRST = "".join(sorted({w[0] for w in _CUE_WORDS} | set("0123456789一二三四五六七八九十")))
_CUE_RE = re.compile(
    rf"(?=[{re.escape(_CUE_FIRST)}])"  # every character a cue can start with
    rf"(?:(?P<now>{_alt(fd.NOW_CUES)})|(?P<already>{_alt(fd.ALREADY_CUES)})|(?P<recurring>{_alt(fd.RECURRING_CUES)})"
    rf"|(?P<cumulative>{_alt(fd.CUMULATIVE_CUES)})|(?P<whole>{_alt(fd.WHOLE_YEAR_CUES)})"
    rf"|(?P<sub>{_alt(fd.SUBPART_CUES)})"
    r"|(?P<consec>连续(?P<cn>\d{1,2}|[一二三四五六七八九十]{1,3})年)"
    r"|(?P<nyears>(?<![\d年])(?P<yn>\d{1,2}|[一二三四五六七八九十]{1,3})年(?:累计|来|以来|(?=翻|增长|增加|提高|提升|下降|减少))))"
)
_CN_SMALL = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)}
_SINCE_OPEN_RE = re.compile(rf"(?:{_alt(fd.SINCE_OPEN)})$")
_SINCE_CLOSE_RE = re.compile(rf"[^，。；,;]{{0,24}}?(?:{_alt(fd.SINCE_CLOSE)})")
_STOCK_RE = re.compile(rf"(?:{_alt(fd.STOCK_CUES)})\s*$")


def small_int(s: str) -> int | None:
    """``12`` / ``十二`` / ``三`` -> int (1..99), else None."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_SMALL.get(tens, 0) if tens else 1
        o = _CN_SMALL.get(ones, 0) if ones else 0
        return t * 10 + o
    return _CN_SMALL.get(s) if len(s) == 1 else None


@lru_cache(maxsize=1024)
def year_of(period: str | None) -> int | None:
    """The (last) year a period string names: ``2024-01/2024-11`` -> 2024."""
    if not period:
        return None
    tail = period.rsplit("/", 1)[-1]
    return int(tail[:4]) if tail[:4].isdigit() else None


class Mark(NamedTuple):
    """A time cue at ``[start, end)``: ``kind`` is time, event, comp, now, since, whole,
    cumulative, recurring, sub, consec, nyears or vague (a time with no usable period, kept so
    that subjects leave it out); ``period`` for time marks, ``n`` for consec/nyears,
    ``year`` for since. (A named tuple: a paragraph makes one per time expression and cue.)"""

    start: int
    end: int
    kind: str
    period: str | None = None
    n: int = 0
    year: int = 0
    granularity: str = ""
    day: str | None = None  # for event marks: the ISO day
    head: bool = True  # at the head of its clause: it sets the time of the clauses after it
    opens: bool = False  # a time that opens its clause (2025年，…累计…): the frame of a total
    dated: bool = False  # for event marks: the year is written (2023年6月30日, not 6月30日)
    same_day: bool = False  # for event marks: 当天/同日, the day named before (resolve_same_day)


def find_time_spans(text: str, base: date | None) -> list[periods.TimeSpan]:
    """Time expressions of ``text`` (adapter over ``periods.find_times``; [] if unavailable)."""
    finder = getattr(periods, "find_times", None)
    if finder is None:
        return []
    try:
        return [_unglue(text, ts, base) for ts in finder(text, base)]
    except Exception:  # the scanner promises not to raise; a bug there must not lose the facts
        return []


def _unglue(text: str, ts: periods.TimeSpan, base: date | None) -> periods.TimeSpan:
    """A time that swallowed the first character of a following place name (一季度前|海 ->
    一季度 + 前海) gives that character back and is read again."""
    last = ts.end - 1
    if ts.end - ts.start < 2 or text[last] not in _PLACE_FIRST:
        return ts
    if not PLACE_RE.match(text, last) or PLACE_RE.match(text, ts.start):
        return ts
    try:
        value = periods.parse_time(text[ts.start : last], base)
    except Exception:
        return ts
    return periods.TimeSpan(ts.start, last, text[ts.start : last], value)


_COMP_BEFORE_RE = re.compile(rf"(?:{_alt(fd.COMPARISON_BEFORE)})$")
_COMP_AFTER_RE = re.compile(rf"(?:{_alt(fd.COMPARISON_AFTER)})")
_STOCK_START_RE = re.compile(rf"^(?:{_alt(fd.STOCK_CUES)})")
# 2025年底前: by that day; 2024年末: on that day (a stock), as after 截至
_DEADLINES = ("底前", "末前", "底以前", "底之前", "末以前", "末之前", "年底", "年末", "月底", "月末")
_TO_YEAR_RE = re.compile(r"(?<![截止])到\s*\d{4}年$")  # 到 + a bare year (not 截至到, 截止到)


_YEAR_IN_RE = re.compile(r"(?<!\d)(\d{4})年")


def _since_year(text: str, ts: periods.TimeSpan) -> int | None:
    """自2020年…以来, 2020年以来, 2021年起: the start year, read from the expression itself."""
    m = _YEAR_IN_RE.search(ts.text)
    if m and ts.text.endswith(fd.SINCE_SUFFIXES):
        return int(m.group(1))  # a written year with its own since-suffix needs no 自
    tv = ts.value
    if ts.text.endswith("以来") and tv is not None and not tv.vague and tv.start != date.min:
        return tv.start.year  # 今年以来, 去年以来: from that year on
    before = text[max(0, ts.start - 4) : ts.start]
    lead = ts.text[:1] if ts.text[:1] in fd.SINCE_OPEN else ""
    if not _SINCE_OPEN_RE.search(before + lead):
        return None
    if not (_SINCE_CLOSE_RE.match(text, ts.end) or ts.text.endswith(fd.SINCE_CLOSE)):
        return None
    if m:
        return int(m.group(1))
    return tv.start.year if tv is not None and tv.start != date.min and not tv.vague else None


_BY_YEAR_RE = re.compile(r"^(\d{4})年(?:以|之)?前$")
_BY_MONTH_RE = re.compile(r"^(\d{4})年(1[0-2]|0?[1-9])月(?:以|之)?前$")


def _time_mark(text: str, ts: periods.TimeSpan) -> Mark | None:
    since = _since_year(text, ts)
    if since is not None:
        return Mark(ts.start, ts.end, "since", year=since)
    if by := _BY_YEAR_RE.match(ts.text):  # 力争2027年前建成: by that year, as 到2027年
        return Mark(ts.start, ts.end, "time", period=by.group(1), granularity="year")
    if by := _BY_MONTH_RE.match(ts.text):  # 2026年6月前全部投入使用: by that month's last day
        day = month_end(int(by.group(1)), int(by.group(2))).isoformat()
        return Mark(ts.start, ts.end, "time", period=day, granularity="stock")
    tv = ts.value
    if tv is None or tv.start == date.min or tv.end == date.max:
        return None
    before = text[max(0, ts.start - 4) : ts.start]
    if _COMP_BEFORE_RE.search(before) or _COMP_AFTER_RE.match(text, ts.end):
        day = tv.end.isoformat() if ts.text.endswith(("底", "末")) else None  # 较2021年底: that day
        return Mark(ts.start, ts.end, "comp", period=day or _render(tv))
    stock = bool(_STOCK_RE.search(before) or _STOCK_START_RE.match(ts.text) or ts.text.endswith(_DEADLINES))
    if stock and tv.granularity == "year" and _TO_YEAR_RE.search(before + ts.text):
        stock = False  # 到2026年 (no 底): the year a plan aims at, not its last day
    if tv.vague and not stock and tv.granularity != "month":
        return None
    if stock:
        return Mark(ts.start, ts.end, "time", period=tv.end.isoformat(), granularity="stock")
    if tv.granularity == "day" or tv.start == tv.end:
        return Mark(
            ts.start, ts.end, "event", period=str(tv.end.year), granularity="day", day=tv.end.isoformat(),
            dated=_YEAR_IN_RE.search(ts.text) is not None,
        )  # fmt: skip
    period = _render(tv)
    if period is None:
        return None
    return Mark(ts.start, ts.end, "time", period=period, granularity=tv.granularity)


@lru_cache(maxsize=4096)
def _render(tv: periods.TimeValue) -> str | None:
    if tv.start == tv.end:
        return tv.start.isoformat()
    period = periods.to_period(tv)
    return period if _PERIOD_OK.match(period) else None


_NUMBERED_RE = re.compile(r"[\d一二三四五六七八九十]+(?:[月日号]|季度)")


def _past_year(ts: periods.TimeSpan, base: date | None) -> periods.TimeSpan:
    """A month or day named without a year (1—9月) that would end after the publication month
    is read in the year before: news reports months that have passed. So is a quarter that
    would start half a year or more after it (四季度 in January)."""
    tv = ts.value
    if tv is None or base is None or "年" in ts.text or not _NUMBERED_RE.search(ts.text):
        return ts
    if ts.text.endswith("前"):
        return ts  # 确保8月底前交付: a deadline is ahead, not past
    if tv.end <= month_end(base.year, base.month):
        return ts  # ends by the publication month (1—10月 in late October, 10月20日 on the 15th)
    if tv.granularity not in ("day", "month", "span", "week", "quarter") or tv.end.year != base.year:
        return ts
    if "季度" in ts.text and (tv.start.year - base.year) * 12 + tv.start.month - base.month < 6:
        return ts  # 三季度 in May may be ahead; 四季度 in January is the one just past
    try:
        moved = replace(
            tv, start=tv.start.replace(year=tv.start.year - 1), end=tv.end.replace(year=tv.end.year - 1)
        )
    except ValueError:  # 2月29日
        return ts
    return ts._replace(value=moved)


def time_marks(
    text: str,
    times: Sequence[periods.TimeSpan],
    blocked: Sequence[tuple[int, int]] = (),
    base: date | None = None,
) -> list[Mark]:
    """The marks of the time expressions ``times`` of a paragraph alone (no cue words; every
    ``head`` still True), in text order; see ``find_marks``."""
    kept = [ts for ts in times if not blocked or not any(a <= ts.start and ts.end <= b for a, b in blocked)]
    if len(kept) > 1 and any("年" not in ts.text for ts in kept) and any("年" in ts.text for ts in kept):
        kept = _in_sentence_year(text, kept)
    return [_time_mark(text, _past_year(ts, base)) or Mark(ts.start, ts.end, "vague") for ts in kept]


_SHIFTABLE_RE = re.compile(r"^(?:[\d一二三四五六七八九十]+(?:[月日号]|季度)|[上下]半年)")


def _in_sentence_year(text: str, times: list[periods.TimeSpan]) -> list[periods.TimeSpan]:
    """A month, quarter or half named without a year after one with its year written, in the
    same sentence (2024年一季度…；二季度…), is in that year."""
    out, year, sent_end = [], None, -1
    for ts in times:
        if ts.start >= sent_end:
            m = SENTENCE_RE.search(text, ts.start)
            year, sent_end = None, m.end() if m else len(text)
        tv = ts.value
        written = _YEAR_IN_RE.search(ts.text)
        if written:
            year = int(written.group(1))
        elif (
            year and tv is not None and _SHIFTABLE_RE.match(ts.text) and tv.start.year == tv.end.year != year
        ):
            try:
                tv = replace(tv, start=tv.start.replace(year=year), end=tv.end.replace(year=year))
            except ValueError:
                pass
            else:
                ts = ts._replace(value=tv, text=f"{year}年{ts.text}")  # (read as written: no past-year move)
        out.append(ts)
    return out


def resolve_same_day(text: str, marks: list[Mark], before: str | None) -> list[Mark]:
    """Event marks of 当天 / 当日 / 同日 (read by the time scanner as the publication day) given
    the day named last before them: that of an earlier event of the paragraph, else ``before``
    (the last day of the paragraphs before); with none, they are left as they are."""
    last = before
    out = []
    for m in marks:
        if m.kind == "event" and text[m.start : m.end] in fd.SAME_DAY_WORDS:
            if last is not None:
                m = m._replace(day=last, period=last[:4], same_day=True)
        elif m.kind == "event" and m.day:
            last = m.day
        out.append(m)
    return out


def last_day(text: str, marks: Sequence[Mark]) -> str | None:
    """The day of the last event mark of a paragraph that names one (not 当天 itself), else None."""
    for m in reversed(marks):
        if m.kind == "event" and m.day and (m.same_day or text[m.start : m.end] not in fd.SAME_DAY_WORDS):
            return m.day
    return None


def find_marks(
    text: str,
    times: Sequence[periods.TimeSpan],
    blocked: Sequence[tuple[int, int]] = (),
    base: date | None = None,
    *,
    timed: Sequence[Mark] | None = None,
) -> list[Mark]:
    """Every time mark of a paragraph, in text order; times inside ``blocked`` spans (《》
    titles: the years of a plan's name) are left out; ``base`` is the publication date.
    ``timed``: the ``time_marks`` of ``times`` when the caller has them already."""
    marks = list(timed) if timed is not None else time_marks(text, times, blocked, base)
    taken = [(m.start, m.end) for m in marks if m.kind != "vague"] + list(blocked)
    for m in _CUE_RE.finditer(text):
        s, e = m.span()
        if taken and any(a < e and s < b for a, b in taken):
            continue
        kind = m.lastgroup or ""
        if kind in ("cn", "yn"):
            kind = "consec" if m.group("consec") else "nyears"
        n = small_int(m.group("cn") or m.group("yn") or "") or 0
        if kind in ("consec", "nyears") and not 1 <= n <= 80:
            continue
        marks.append(Mark(s, e, kind, n=n))
    marks.sort(key=lambda k: k.start)
    if any(mk.kind == "already" for mk in marks):
        marks = _bind_already(text, marks)
    if not any(mk.kind in _CARRYING for mk in marks):
        return marks
    starts = clause_bounds(text)
    for i, mk in enumerate(marks):
        if mk.kind not in _CARRYING:
            continue
        clause_start = starts[bisect.bisect_right(starts, mk.start) - 1]
        if mk.kind == "nyears":  # 园区三年来累计…，引进…: the span frames the clauses after it,
            if text[clause_start : mk.start].rstrip().endswith(("了", "的")):  # unless inside a
                marks[i] = mk._replace(head=False)  # phrase (成立了三年来的…)
            continue
        if not _is_head(text, mk, clause_start):
            marks[i] = mk._replace(head=False)
        elif mk.kind == "time" and _opens(text[clause_start : mk.start]):
            marks[i] = mk._replace(opens=True)
    return marks


def _bind_already(text: str, marks: list[Mark]) -> list[Mark]:
    """Marks without the 已 of 已于/已在 + time (已于2024年5月1日建成): that 已 dates the act
    at the time named, it does not make the figure a stock on the publication day."""
    out = []
    for i, mk in enumerate(marks):
        nxt = marks[i + 1] if i + 1 < len(marks) else None
        if (
            mk.kind == "already"
            and nxt is not None
            and nxt.kind in ("time", "event")
            and text[mk.end : nxt.start] in ("于", "在", "")
        ):
            continue
        out.append(mk)
    return out


def _opens(prefix: str) -> bool:
    """True when a time after ``prefix`` (its clause up to the time) opens the clause."""
    prefix = prefix.strip()
    return not prefix or prefix in _HEAD_PREFIXES


def _is_head(text: str, mk: Mark, clause_start: int) -> bool:
    """A time at the head of its clause (or closing it) sets the time of the clauses after it."""
    prefix = text[clause_start : mk.start].strip()
    if mk.end == len(text) or CLAUSE_RE.match(text, mk.end) is not None:
        return True  # 而在疫情前的2019年，…: a time that ends its clause is its topic
    if prefix.endswith(("了", "的")):
        return False  # 刷新了2019年…: a time inside a phrase
    if _of_relative(text, mk.end):
        return False  # 2024年承诺的通道…: the time of a relative clause, not of what follows
    if prefix.rstrip("到于在至").endswith(_PLAN_LEADS):
        return False  # 力争2024年底建成, 计划于2025年: a plan's date frames no other clause
    if prefix.endswith(("在", "于")):  # 在1月9日举行的…: a time inside a phrase; 已于2024年5月
        return _verb_follows(text, mk.end)  # 1日建成，…: the time of the clause's own verb
    if len(prefix) <= 2 or prefix in _HEAD_PREFIXES:
        return True
    # after the subject and before the verb (商圈去年接待…): no verb before it in the clause
    return not any(pos.startswith("v") for _w, pos in _tags(prefix))


_VERB_OF_RE = re.compile(r"([\u4e00-\u9fff]{1,3})的")


def _of_relative(text: str, end: int) -> bool:
    """True when a time ending at ``end`` opens a relative clause: a verb and 的 follow
    (2024年承诺的, 去年开工的), not a noun (2024年全市的)."""
    rel = _VERB_OF_RE.match(text, end)
    return rel is not None and any(pos.startswith("v") for _w, pos in _tags(rel.group(1)))


_PLAN_LEADS = ("将", "拟", "计划", "预计", "力争", "争取", "要", "预期", "有望")


def _verb_follows(text: str, end: int) -> bool:
    """True when the rest of the clause after a time ending at ``end`` has no 的: the time
    modifies the clause's own verb (于5月1日建成), not a noun (于5月1日举行的会议)."""
    m = CLAUSE_RE.search(text, end)
    return "的" not in text[end : m.start() if m else len(text)]


def segment(bounds: Sequence[int], pos: int) -> tuple[int, int]:
    """The ``[start, end)`` between the sorted ``bounds`` (0 and len included) around ``pos``."""
    i = bisect.bisect_right(bounds, pos)
    if 0 < i < len(bounds):
        return bounds[i - 1], bounds[i]
    return bounds[max(0, i - 1)], bounds[min(i, len(bounds) - 1)]


def reporting_period(
    paragraph_marks: Iterable[Sequence[Mark]], published: date | None = None, texts: Sequence[str] = ()
) -> str | None:
    """The article's reporting period: its first year-sized explicit time (``2025``, ``2022/2024``)
    that is not after the publication year (a plan's horizon is not what the article reports),
    nor right after a plan word in its paragraph's text (``texts``: 预计年内开通)."""
    for i, marks in enumerate(paragraph_marks):
        for m in marks:
            if m.kind != "time" or not m.period or not (m.granularity == "year" or is_part_of_year(m)):
                continue
            if i < len(texts) and (
                texts[i][max(0, m.start - 2) : m.start].endswith(_PLAN_LEADS) or _of_relative(texts[i], m.end)
            ):
                continue  # 预计年内开通, 2024年承诺的…: no period of what the article reports
            if published is None or (year_of(m.period) or 0) <= published.year:
                if m.granularity != "year" and published and m.period[-7:] > published.isoformat()[:7]:
                    continue  # 上半年 in a plan published in March: an aim, not what is reported
                return m.period  # (上半年 in the lead of a half-year report: that half)
    return None


@dataclass(slots=True)
class PeriodState:
    """What a fact needs from its surroundings to get its period."""

    published: date | None
    reporting: str | None
    carried: str | None  # year carried from earlier sentences of the paragraph


def _span_years(n: int, end_year: int | None) -> str | None:
    if end_year is None:
        return None
    return str(end_year) if n <= 1 else f"{end_year - n + 1}/{end_year}"


def resolve_period(
    marks: Sequence[Mark],
    *,
    pos: int,
    clause_start: int,
    sentence_start: int,
    state: PeriodState,
    previous: str | None,
    has_previous: bool,
    is_duration: bool,
    is_year_count: bool = False,
    is_change: bool = False,
    explicit_only: bool = False,
    bare_clause: bool = False,
) -> str | None:
    """The period of a fact whose number starts at ``pos`` (see the module docstring).

    ``previous`` is the period of the previous fact in the same sentence (``has_previous`` says
    whether there is one); ``is_duration`` marks year counts (连续3年) and ranks, which belong
    to the context year rather than to a span of years: a year count always, a rank when its
    clause says 连续N年. A change between two stock days (较2021年底) spans from the base day.
    With ``explicit_only`` (targets) the article's reporting period does not count: only time
    expressions of the paragraph. ``bare_clause``: the fact's clause holds nothing before the
    quote (…，约86万人次).
    """
    base_ctx = state.carried or state.reporting
    ctx = state.carried if explicit_only else base_ctx
    started = False  # a start was given: a cumulative total keeps the period
    since = False  # the start was a since-cue (2021年以来): an average rate belongs to the span
    anchored = is_year_count  # the period is the context year
    comp: str | None = None
    timed = False  # the sentence named a time before the number
    now = False  # ctx is the publication day, set by a now cue (目前, 已)
    for m in marks:
        if m.start >= pos:
            break
        in_clause = m.start >= clause_start
        if m.start < sentence_start or (m.kind in _CARRYING and not (in_clause or m.head or explicit_only)):
            continue
        ctx_before = ctx
        timed = timed or m.kind in ("time", "event", "since", "whole")
        now = now and m.kind not in ("time", "event", "since")
        if m.kind == "time":  # a year inside the sentence does not start a total (累计建成…),
            ctx, started = m.period, m.granularity != "year" or m.opens  # one opening it frames it
        elif (
            m.kind == "event"
            and m.period
            and (in_clause or m.same_day or (bare_clause and 0 <= clause_start - m.end <= 1))
        ):
            ctx = m.day  # an event date in the fact's own clause, or closing the clause before a
            # bare figure (最高客流出现在12月30日，约86万人次): that day, in the year of the context
            y = year_of(ctx_before)
            if not in_clause and not (m.dated or m.same_day) and y and m.day and y != int(m.day[:4]):
                ctx = f"{y}{m.day[4:]}" if m.day[4:] != "-02-29" else ctx
        elif m.kind == "event":
            ctx = m.period
        elif explicit_only and m.kind in ("now", "already"):
            pass  # 由目前的22家增至35家: the present is the start of an aim, not its time
        elif m.kind == "now" or (m.kind == "already" and (in_clause or m.head) and not timed):
            now = state.published is not None
            ctx = state.published.isoformat() if state.published else ctx
        elif m.kind == "since":  # up to the context year, else the year of publication
            end_year = year_of(base_ctx) or (state.published.year if state.published else None)
            if end_year and end_year <= m.year and state.published and state.published.year >= m.year + 2:
                end_year = state.published.year  # 2021年以来 after a sentence about 2021: up to now
            ctx = f"{m.year}/{end_year}" if end_year and end_year > m.year else str(m.year)
            started = since = True
        elif m.kind == "whole":  # 全年: the context year; in a plan, the year of publication
            y = state.published.year if explicit_only and state.published else None
            if now:  # 已集聚…；全年审结…: the year is the context's, not that of the day 已 named
                y = y or year_of(base_ctx)
            y = y or year_of(ctx) or year_of(base_ctx)
            ctx, started = (str(y) if y else ctx), started or in_clause  # (a total after: its own)
        elif m.kind == "sub" and has_previous and m.start - sentence_start <= 1:
            ctx = previous  # 其中，… opening the sentence: the whole sentence; a total (累计)
            started = started or in_clause or clause_start - m.end <= 1  # of a later clause: its own
        elif m.kind == "nyears" and not in_clause:  # 三年来累计落地170个，引进11个: the span of
            ctx, started = _span_years(m.n + (1 if is_change else 0), year_of(base_ctx)), True  # the head
        elif not in_clause:
            continue
        elif m.kind == "comp":
            comp = m.period
        elif m.kind == "sub" and has_previous:
            ctx, started = previous, True
        elif m.kind == "recurring" and since:
            pass  # 2021年以来…，年均增长11.3%: the average over the span since then
        elif m.kind == "recurring" or (m.kind == "cumulative" and not started):
            return None
        elif m.kind == "nyears":  # 3年累计: three years inclusive; 三年翻一番: from the base year
            ctx, started = _span_years(m.n + (1 if is_change else 0), year_of(base_ctx)), True
        elif m.kind == "consec" and not is_duration:
            ctx, started = _span_years(m.n, year_of(ctx)), True
        elif m.kind == "consec":
            anchored = True
    if anchored and year_of(ctx):
        return str(year_of(ctx))
    if is_change and comp and ctx and comp != ctx and len(comp) == len(ctx) == 10:
        return f"{comp}/{ctx}"
    return ctx


_ITEM_RE = re.compile(r"(?:(?<=[，,；;：:。\s])|^)[一二三四五六七八九十]是(?=[^，,；;：:。])")


def item_start(text: str, sentence_start: int, pos: int) -> int:
    """Where the enumerated item (一是…；二是…) holding ``pos`` starts inside its sentence, else
    ``sentence_start``: the times of an earlier item do not frame a later one."""
    if "是" not in text[sentence_start:pos]:
        return sentence_start
    start = sentence_start
    for m in _ITEM_RE.finditer(text, sentence_start, pos):
        start = m.start()
    return start


def has_kind(marks: Sequence[Mark], start: int, end: int, kinds: tuple[str, ...]) -> bool:
    """True when a mark of one of ``kinds`` starts in ``[start, end)``."""
    return any(start <= m.start < end and m.kind in kinds for m in marks)


_PLAN_WORDS = r"(?:计划|规划|方案|纲要|措施|意见|行动|工程)"
_PLAN_RANGE_RE = re.compile(  # 行动计划(2025—2027年), or 2025—2027年行动方案 with the years first
    rf"{_PLAN_WORDS}[)）》]?\s*[（(](\d{{4}})\s*[—–－\-~～至到]{{1,2}}\s*(\d{{4}})年?[)）]"
    rf"|(?<!\d)(\d{{4}})\s*[—–－\-~～至到]{{1,2}}\s*(\d{{4}})年[^，,。；;、（(]{{0,24}}?{_PLAN_WORDS}"
)


def plan_horizon(texts: Iterable[str], published: date | None) -> tuple[str | None, bool]:
    """The period of the plan an article presents: a plan name with its years (行动计划(2025—
    2027年)) in its title or lead, for a plan that starts about when the article appears; and
    whether the article is the plan itself (the name in the title, or on a line of its own)."""
    if published is None:
        return None, False
    for i, text in enumerate(texts):
        if "年" not in text:
            continue
        for m in _PLAN_RANGE_RE.finditer(text):
            a, b = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
            if 1 <= b - a <= 10 and published.year - 1 <= a <= published.year + 1:
                own_line = len(text) <= 80 and not text[m.end() :].strip('》”" ')
                return f"{a}/{b}", i == 0 or own_line
    return None, False


def horizon_years(horizon: str | None) -> tuple[int, int] | None:
    """(first, last) year of a ``plan_horizon``."""
    if not horizon or "/" not in horizon:
        return None
    a, b = horizon.split("/", 1)
    return int(a[:4]), int(b[:4])


def stock_day_of_span(period: str) -> str | None:
    """The last day of a span of months inside one year (``2025-01/2025-03`` -> ``2025-03-31``),
    else None (a whole year, a day, a span across years)."""
    m = _MONTHS_RE.match(period)
    if m is None or m.group(1) != m.group(2) or (period.endswith("-12") and period[5:7] == "01"):
        return None
    return month_end(int(period[-7:-3]), int(period[-2:])).isoformat()


def has_time(marks: Sequence[Mark], start: int, end: int) -> bool:
    """True when a time expression or a time cue starts in ``[start, end)`` (``marks`` sorted)."""
    for m in marks[bisect.bisect_left(marks, start, key=_mark_start) :]:
        if m.start >= end:
            return False
        if m.kind != "vague":
            return True
    return False


def _mark_start(m: Mark) -> int:
    return m.start


def carry_after_sentence(marks: Sequence[Mark], start: int, end: int, carried: str | None) -> str | None:
    """The year carried into the next sentence: that of the sentence's last explicit time at
    the head of a clause, or of a day with its year written (2023年6月30日，…) at the head of one."""
    for m in reversed(marks):
        if not start <= m.start < end or not m.head:
            continue
        if m.kind == "time" and is_part_of_year(m):
            return m.period  # 上半年，…。…: the half, quarter or months go on, not just their year
        if m.kind == "time" and _inside_span(m.period, carried):
            return carried  # 1—10月…。10月当月，…。…: one month of the span named, the span goes on
        if m.kind == "time" or (m.kind == "event" and m.dated):
            y = year_of(m.period)
            return str(y) if y else carried
    return carried


_MONTHS_RE = re.compile(r"^(\d{4})-\d{2}/(\d{4})-\d{2}$")
_MONTH_RE = re.compile(r"^\d{4}-\d{2}$")


def _inside_span(period: str | None, carried: str | None) -> bool:
    """True when ``period`` is a single month inside ``carried``, a span of months of one year
    (``2025-10`` in ``2025-01/2025-10``)."""
    if not period or not carried or not _MONTH_RE.match(period):
        return False
    mm = _MONTHS_RE.match(carried)
    return mm is not None and mm.group(1) == mm.group(2) and carried[:7] <= period <= carried[-7:]


def is_part_of_year(m: Mark) -> bool:
    """True for a time mark of several months inside one year (上半年, 一季度, 1—5月, 前三季度):
    a reporting period of its own that the sentences after it keep."""
    if m.granularity not in ("span", "quarter") or not m.period:
        return False
    mm = _MONTHS_RE.match(m.period)
    return mm is not None and mm.group(1) == mm.group(2)
