"""Time expressions: parse one to a date range, or find them in running text.

``parse_time(text, base)`` reads one expression (``2024年9月20日``, ``2024年1—11月``,
``2022-2023年``, ``今年11月下旬``, ``前三季度``, ``截至2024年底``, ``十四五``, ``近三年`` ...)
into a ``TimeValue``: inclusive ``start``/``end`` dates, a granularity and a ``vague`` flag.
Relative expressions resolve against ``base`` (the article date); without a base they raise
``ParseError``. ``to_period`` renders a value in the gold ``period`` vocabulary
(``2025``, ``2025-03``, ``2024-01/2024-11``, ``2022/2024``, ``2024-12-31``).

``find_times(text, base)`` returns ``TimeSpan`` objects with ``[start, end)`` code-point
offsets into ``text`` (end exclusive). It is conservative: 17号线, 连续32年, 1-2个 and
第1000万辆 are not times. It never raises.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from tequ.errors import ParseError
from tequ.extract.factdata import PLACES
from tequ.extract.timebase import TimeValue, month_end
from tequ.extract.timedata import (
    COUNT_LEAD,
    DAY_WORDS,
    GLUED_WORDS,
    VAGUE_NOW,
    VAGUE_RECENT_YEARS,
    WORD_LEAD,
    YEAR_WORDS,
)
from tequ.extract.timerules import parse_normalised

__all__ = ["TimeSpan", "TimeValue", "find_times", "parse_time", "to_period"]


class TimeSpan(NamedTuple):
    """A time expression at ``text[start:end]`` and its value (None when it needs a base)."""

    start: int
    end: int
    text: str
    value: TimeValue | None


def to_period(tv: TimeValue) -> str:
    """The gold ``period`` string: ``2025``, ``2025-03``, ``2024-06-30``, ``a/b`` for spans.

    Whole years give ``YYYY`` (or ``YYYY/YYYY``), whole months ``YYYY-MM`` (or
    ``YYYY-MM/YYYY-MM``), anything else ISO days; an open end is left empty (``/2025``).
    """
    s, e = tv.start, tv.end
    if s == date.min or e == date.max:
        a = "" if s == date.min else s.isoformat()
        b = "" if e == date.max else e.isoformat()
        return f"{a}/{b}"
    if s == e:
        return s.isoformat()
    whole_months = s.day == 1 and e == month_end(e.year, e.month)
    if whole_months and s.month == 1 and e.month == 12:
        return str(s.year) if s.year == e.year else f"{s.year}/{e.year}"
    if whole_months:
        a, b = f"{s.year}-{s.month:02d}", f"{e.year}-{e.month:02d}"
        return a if a == b else f"{a}/{b}"
    return f"{s.isoformat()}/{e.isoformat()}"


def parse_time(text: str, base: date | None = None) -> TimeValue:
    """Value of one time expression; ``ParseError`` when it is not one (or needs a base)."""
    value = parse_normalised(text, base)
    if value is None:
        raise ParseError(text, "not a time expression")
    return value


# ---------------------------------------------------------------- scanning
_CD = "零〇○一二三四五六七八九"
_CN = "零〇○一二两三四五六七八九十"
_Y4 = rf"(?<![\d.])(?:1[89]|20)\d{{2}}(?![\d.])|(?<![{_CN}])[{_CD}]{{4}}"
_REL_YEAR = "|".join(
    sorted((w for w in YEAR_WORDS if not any(c.isdigit() for c in w)), key=len, reverse=True)
)
_YEAR = rf"(?:(?<![近约逾共第超达])(?:{_Y4})年|(?:{_REL_YEAR})(?![均薪龄纪级轻产销]))"
_MONTH_NUM = r"(?<![\d.])(?:1[0-2]|0?[1-9])(?!\d)|十[一二]?|[一二三四五六七八九]"
_REL_MONTH = r"上上个月|上个月|下个月|这个月|本月|上月|下月|当月|同月|次月"
_MONTH = rf"(?:(?:{_MONTH_NUM})月份?|{_REL_MONTH})"
_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)|三十一?|二?十[一二三四五六七八九]?|二十|[一二三四五六七八九]"
_DAY = rf"(?:{_DAY_NUM})[日号](?!线|楼|院|馆|地铁|码头|门|口|仓)"
# A day number right after a month without 日/号 (10月22出生), unless a unit or number follows.
_DAY_BARE = (
    r"(?:3[01]|[12]\d|0?[1-9])"
    r"(?![\d.．%％万亿千百十个家人元项件次台辆座条所套种类只头张本部篇份支场轮股例户床艘架趟栋间层块届期批倍岁"
    r"款笔宗起处片对组队枚颗亩吨米日号年月:：点时分])"
)
_MOD_Y = (
    r"全年|年度|度|年内|上半年|下半年|第?[一二三四1-4]季度(?:初|末|底)?|前[一二三1-3]个?季度|首季度"
    r"|前(?:十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])个?月|年初|年中|年底|年末|初|底|末"
)
_MOD_M = r"上旬|中旬|下旬|月初|月中|月底|月末|初|底|末"
_CLOCK = (
    r"(?:上午|下午|晚上|早上|中午|凌晨|傍晚|夜间|晚)?"
    r"(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})[点时]"
    r"(?:半|\d{1,2}分|[零一二三四五六七八九十]{1,3}分|[一二三1-3]刻)?)时?"
)
_DATE = (
    rf"(?:{_YEAR})(?:{_MONTH}(?:{_DAY}|{_DAY_BARE})?(?:{_MOD_M})?|{_MOD_Y})?"
    rf"|(?:{_MONTH})(?:{_DAY}|{_DAY_BARE})?(?:{_MOD_M})?"
    + "".join(
        rf"|(?<![\d.])(?:19|20)\d{{2}}{sep}(?:1[0-2]|0?[1-9]){sep}(?:3[01]|[12]\d|0?[1-9])(?![\d.])"
        for sep in ("-", "/", r"\.")
    )
    + r"|(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
)
_WORDS = sorted(
    [w for w in (*DAY_WORDS, *VAGUE_NOW, *VAGUE_RECENT_YEARS) if len(w) > 1 and w != "最近"],
    key=len,
    reverse=True,
)
_N = rf"(?:\d{{1,3}}|[{_CN}]{{1,3}}|几)"
_RELATIVE = (
    rf"(?:近|最近|过去|未来|今后|接下来)(?:的)?{_N}个?(?:年|季度|月|天|周|星期)(?:来|以来|内)?"
    rf"|(?:上上上|下下下|上上|下下|上个|下个|这个|上|下|本|这)(?:周|星期|礼拜)[一二三四五六日天]?"
    rf"|(?:周|星期|礼拜)[一二三四五六日天]"
    rf"|(?:本|这个|上上个|下下个|上个|下个|上|下)季度(?:初|末|底)?"
    rf"|{_N}(?:个半?月|半?年|半月|天|周|星期|个星期)半?"
    rf"(?:以后|以前|之后|之前|以来|以内|之内|后|前|来|内)(?![海沿端列景提往进瞻夕身所台])"
    rf"|前(?:十[一二]?|[一二两三四五六七八九]|1[0-2]|[1-9])个月"
    rf"|第?[一二三四]季度(?:初|末|底)?|前[一二三]季度|上半年|下半年|年初|年中|年底|年末"
    rf"|(?:上|\d{{1,2}}|[一二十]{{1,3}})世纪(?:(?:\d|[一二三四五六七八九])0?十?年代)?"
    rf"(?:初期|初|末期|末|中期|前期|后期)?"
    rf"|(?:\d0|[二三四五六七八九]十)年代(?:初期|初|末期|末|中期|前期|后期)?"
    rf"|今明两年|{'|'.join(_WORDS)}"
)
_PLAN = r"(?:十[一二三四五]|[一二三四五六七八九])五"
# 一季度前海…: 前 is no suffix when it starts a place name of the gazetteer
_NOT_PLACE = "".join(
    f"|{re.escape(p[1:])}" for p in sorted(PLACES, key=len, reverse=True) if p.startswith("前")
)
_PLAN_ITEM = rf"(?<=[“\"「]){_PLAN}(?=[”\"」])|{_PLAN}(?=规划|时期|期间|末|初|开局|收官|以来)"
_SEP = r"[ \t]*(?:至|到|~|～|—{1,2}|-|－|–|―)[ \t]*"
_LEFT = rf"(?:{_DATE}|(?:{_YEAR})?(?:{_MONTH})?\d{{1,4}}|(?:{_YEAR})?[{_CN}]{{1,2}})"


def _body(range_guard: str = "", *, ranges: bool = True) -> str:
    """The time expression pattern; ``range_guard`` is a look-ahead tried before the range
    branch (it must hold wherever a range can match, so it changes nothing but the speed).
    Without ``ranges`` the range branch is left out (for text with no range separator)."""
    range_branch = (
        rf"{range_guard}(?P<left>{_LEFT})(?:{_CLOCK})?{_SEP}(?P<right>{_DATE}|{_RELATIVE}|{_DAY})|"
        if ranges
        else ""
    )
    return (
        rf"(?P<plan>{_PLAN_ITEM})"
        rf"|(?P<cut>截至到|截止到|截至|截止)?"
        rf"(?:{range_branch}(?P<one>{_DATE}|{_RELATIVE}))"
        rf"(?:的?{_CLOCK})?(?P<suf>以来|至今|起|以前|之前|前后|左右|前(?![一二三四五六七八九十\d]{_NOT_PLACE}))?"
    )


_TIME_BODY = _body()
# A range's separator comes within the longest left side (date and clock: 26 characters, a
# test checks it) and its spaces: most dates have none, and the range branch then fails at once.
_LEFT_MAX = 26
_RANGE_GUARD = rf"(?=[^\n]{{0,{_LEFT_MAX}}}?[ \t]*[至到~～—\-－–―])"
# What a match can start with (a test checks the pattern finds what it finds without this):
# a digit that does not continue a digit run (no time starts inside 12345), a character that
# opens a date part, or the first two characters of a time word. The leading look-ahead lets
# the regex engine skip every other position in C.
_OPENERS = _CN + "截近今上下这本星礼前明首"  # each opens several forms (近三年, 上半年, 前三季度)
_PAIRS = ("年初", "年中", "年底", "年末", "第一", "第二", "第三", "第四", "接下", "最近", "过去", "未来")
_WORD_STARTS = sorted(
    {w[:2] for w in (*YEAR_WORDS, *_REL_MONTH.split("|"), *_WORDS) if w[0] not in _OPENERS}
    | {f"{a}{b}" for a in "周" for b in "一二三四五六日天"}
    | set(_PAIRS)
)
_FIRST_CHARS = rf"[\d{re.escape(_OPENERS + ''.join(sorted({w[0] for w in _WORD_STARTS})))}]"
# After the digit run a time starts with comes a date word (年月日号, 个月, 半年, 天, 周, 星期,
# 世纪), a date or range separator, a clock (:, 点, 时, 上午, 三点) or the run is an 8-digit
# date: digits followed by anything else (1.5万, 30%, 120家) start no time.
_DIGIT_NEXT = "年月日号个半天周星世-/.．:：点时至到~～—－–― \t上下晚早中凌傍夜" + _CN
_TRIGGER = (
    rf"(?={_FIRST_CHARS})(?:(?<!\d)(?=\d*[{re.escape(_DIGIT_NEXT)}]|\d{{8}}(?!\d))\d|[{re.escape(_OPENERS)}]|"
    + "|".join(map(re.escape, _WORD_STARTS))
    + ")"
)
_NOT_IN_DIGITS = r"(?!(?<=\d)\d)"  # what the trigger adds to the body's own rules (see the test)
_TIME_RE = re.compile(rf"(?={_TRIGGER})(?:{_body(_RANGE_GUARD)})")
# Most paragraphs have no range separator at all: the range branch (and its look-ahead, tried
# at every opening character) cannot match there, and this pattern finds the same times.
_TIME_ONE_RE = re.compile(rf"(?={_TRIGGER})(?:{_body(ranges=False)})")
_RANGE_SEP_RE = re.compile(r"[至到~～—\-－–―]")
_CLOCK_TAIL_RE = re.compile(rf"的?(?:{_CLOCK})(?=(?:以来|至今|起|以前|之前|前后|左右|前)?$)")
_CLOCK_ANY_RE = re.compile(rf"(?:{_CLOCK})(?=[ \t]*(?:至|到|~|～|—{{1,2}}|-|－|–|―))")


@lru_cache(maxsize=8192)
def _value(text: str, base: date | None) -> tuple[bool, TimeValue | None]:
    """(is a time, value): a ParseError for a missing base still counts as a time (cached:
    the same expressions recur with the same publication date)."""
    core = _CLOCK_ANY_RE.sub("", _CLOCK_TAIL_RE.sub("", text)) or text
    try:
        return True, parse_time(core, base)
    except ParseError:
        if base is None:
            try:
                parse_time(core, date(2000, 6, 15))
                return True, None
            except ParseError:
                return False, None
        return False, None


def find_times(text: str, base: date | None = None) -> list[TimeSpan]:
    """Time expressions in ``text`` with ``[start, end)`` offsets into it; never raises.

    A range that does not parse as a whole falls back to its right-hand side alone.
    Without ``base`` relative expressions are still found, with ``value=None``.
    """
    out: list[TimeSpan] = []
    # one character for one: offsets stay valid (most text has no full-width digits)
    scan = text.translate(_HALF_WIDTH) if _FULL_WIDTH_RE.search(text) else text
    ranges = _RANGE_SEP_RE.search(scan) is not None
    for m in (_TIME_RE if ranges else _TIME_ONE_RE).finditer(scan):
        start, end = m.span()
        if _glued(scan, m):
            continue
        ok, tv = _value(m.group(), base)
        if not ok and ranges and m.start("left") != -1:
            out.extend(_fallback(text, scan, m, base))
            continue
        if not ok:
            continue
        if out and out[-1].end == start and m.group() in _SAME_MONTH and _MONTH_END_RE.search(out[-1].text):
            prev = out[-1]  # 6月当月: the month just named, not the current one
            out[-1] = TimeSpan(prev.start, end, text[prev.start : end], prev.value)
            continue
        out.append(TimeSpan(start, end, text[start:end], tv))
    return out


_SAME_MONTH = ("当月", "同月", "本月")
_MONTH_END_RE = re.compile(r"月份?$")


_HALF_WIDTH = str.maketrans("０１２３４５６７８９－／．：～", "0123456789-/.:~")
_FULL_WIDTH_RE = re.compile("[０-９－／．：～]")


_GLUED_YEARS = tuple(w for w in GLUED_WORDS if w.endswith("年"))


def _glued(text: str, m: re.Match[str]) -> bool:
    """True when a short time word is the tail of another word (体现在, 节日前, 一周一次)."""
    word, start = m.group("one"), m.start()
    if not word or start == 0 or m.group("cut"):
        return False
    prev = text[start - 1]
    if word in GLUED_WORDS or word.startswith(_GLUED_YEARS):
        return "\u4e00" <= prev <= "\u9fff" and prev not in WORD_LEAD
    if word[0] in "周星礼年" and len(word) <= 3 and not word.startswith("年代"):
        return prev in COUNT_LEAD
    return False


_ONE_RE = re.compile(rf"{_DATE}|{_RELATIVE}")


def _fallback(text: str, scan: str, m: re.Match[str], base: date | None) -> list[TimeSpan]:
    """Both sides of a range that does not parse as one, each kept if it is a time alone."""
    spans = []
    for name in ("left", "right"):
        a, b = m.span(name)
        if name == "right":
            b = m.end()
        ok, tv = _value(scan[a:b], base)
        if ok and _ONE_RE.fullmatch(scan, a, m.end(name)):
            spans.append(TimeSpan(a, b, text[a:b], tv))
    return spans
