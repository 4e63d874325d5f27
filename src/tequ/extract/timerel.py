"""Relative time forms resolved against a base date (used by ``timerules``).

去年/上月-style words are handled in ``timerules``; this module reads the rest: day words
(昨天), "now" words (近日, 目前), recent years (近年来), weeks (上周三), quarters (上季度),
amounts of time (近三年, 未来5年, 3年半前, 两个半月以内, 过两天, 15个工作日内), ordinal
days and years (第三天起, 第七年), centuries and decades (上世纪80年代), and seasons.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tequ.extract.timebase import (
    TimeValue,
    add_months,
    add_years,
    day_tv,
    month_tv,
    need_base,
    quarter_tv,
    shift_month,
    year_tv,
)
from tequ.extract.timedata import DAY_WORDS, VAGUE_NOW, VAGUE_RECENT_YEARS, WEEK_PREFIXES, WEEKDAYS

_WEEK_RE = re.compile(
    r"(上上上|下下下|上上|下下|上1个|下1个|上个|下个|这个|上1|下1|这1|上|下|本|这)?"
    r"(?:周|星期|礼拜)(?:(?:周|星期|礼拜)?([1-7日天]))?"
)
_REL_QUARTER_RE = re.compile(r"(本|这个|这|上上个|上个|上|下下个|下个|下)季度(初|末|底)?")
_QUARTER_STEP = {"本": 0, "这个": 0, "这": 0, "上上个": -2, "上个": -1, "上": -1,
                 "下下个": 2, "下个": 1, "下": 1}  # fmt: skip
_BARE_DAY_RE = re.compile(r"(\d{1,2})[日号]")
_UNIT = r"(个年头|年|个季度|季度|个月|月|个?星期|个?礼拜|个?周|天|日|个工作日|个交易日)"
_LAST_N_RE = re.compile(rf"(?:近|最近|过去|过去的|这)(?:的)?(\d+){_UNIT}(?:来|以来|内|里|中)?")
_NEXT_N_RE = re.compile(rf"(?:未来|今后|接下来|往后|此后)(?:的)?(\d+){_UNIT}(?:内|里|中)?")
_PASS_N_RE = re.compile(rf"(?:再)?过(\d+){_UNIT}")
_ORDINAL_RE = re.compile(r"第(\d{1,3})(天|年)")
_AMOUNT_RE = re.compile(
    rf"(?P<n>\d{{1,3}})?(?P<ji>几)?(?P<m1>多)?(?P<ge>个)?(?P<m2>多)?(?P<h1>半)?(?P<unit>{_UNIT[1:]}(?P<h2>半)?(?P<m3>多)?"
    r"(?P<how>以前|以后|之前|之后|以内|之内|以来|前|后|内|来)"
)
_UNIT_NAMES = {"年": "year", "个年头": "year", "季度": "quarter", "个季度": "quarter",
               "个月": "month", "月": "month", "天": "day", "日": "day",
               "个工作日": "workday", "个交易日": "workday"}  # fmt: skip


def relative_value(s: str, base: date | None) -> TimeValue | None:
    """Value of a relative form ``s`` (already normalised), or None when it is not one."""
    if s in DAY_WORDS:
        return day_tv(need_base(base, s) + timedelta(days=DAY_WORDS[s]))
    if s in VAGUE_NOW:
        return day_tv(need_base(base, s), vague=VAGUE_NOW[s])
    if s in VAGUE_RECENT_YEARS:
        b = need_base(base, s)
        return TimeValue(date(b.year - VAGUE_RECENT_YEARS[s], 1, 1), b, "span", vague=True)
    if s in ("今明两年", "今明2年"):
        b = need_base(base, s)
        return TimeValue(date(b.year, 1, 1), date(b.year + 1, 12, 31), "span")
    for fn in (_week, _quarter, _bare_day, _last_next, _amount, _ordinal, _century):
        tv = fn(s, base)
        if tv is not None:
            return tv
    return None


def _week(s: str, base: date | None) -> TimeValue | None:
    m = _WEEK_RE.fullmatch(s)
    if not m:
        return None
    b = need_base(base, s)
    monday = b - timedelta(days=b.weekday()) + timedelta(weeks=WEEK_PREFIXES[m.group(1) or ""])
    if m.group(2):
        return day_tv(monday + timedelta(days=WEEKDAYS[m.group(2)]))
    return TimeValue(monday, monday + timedelta(days=6), "week", vague=True)


def _quarter(s: str, base: date | None) -> TimeValue | None:
    m = _REL_QUARTER_RE.fullmatch(s)
    if not m:
        return None
    b = need_base(base, s)
    y, mo = shift_month(b.year, (b.month - 1) // 3 * 3 + 1, 3 * _QUARTER_STEP[m.group(1)])
    return quarter_tv(y, (mo - 1) // 3 + 1, m.group(2) or "")


def _bare_day(s: str, base: date | None) -> TimeValue | None:
    m = _BARE_DAY_RE.fullmatch(s)
    if not m:
        return None
    b = need_base(base, s)
    return day_tv(date(b.year, b.month, int(m.group(1))))


def _unit_of(u: str) -> str:
    return "week" if u.endswith(("周", "星期", "礼拜")) else _UNIT_NAMES[u]


def _move(d: date, unit: str, k: int) -> date:
    """``d`` moved by ``k`` units (workdays skip Saturdays and Sundays)."""
    if unit == "year":
        return add_years(d, k)
    if unit in ("month", "quarter"):
        return add_months(d, k * (3 if unit == "quarter" else 1))
    if unit == "workday":
        step = 1 if k >= 0 else -1
        for _ in range(abs(k)):
            d += timedelta(days=step)
            while d.weekday() >= 5:
                d += timedelta(days=step)
        return d
    return d + timedelta(days=k * (7 if unit == "week" else 1))


def _last_next(s: str, base: date | None) -> TimeValue | None:
    """近三年 / 过去一年 (back to the base), 未来三年 / 今后10年 (from it), 过两天 (after it)."""
    if m := _LAST_N_RE.fullmatch(s):
        b = need_base(base, s)
        return TimeValue(_move(b, _unit_of(m.group(2)), -int(m.group(1))), b, "span", vague=True)
    if m := _NEXT_N_RE.fullmatch(s):
        b, n, unit = need_base(base, s), int(m.group(1)), _unit_of(m.group(2))
        if unit == "year":  # a year counted as 365 days, as the benchmark's reference does
            end = b + timedelta(days=365 * n)
        elif unit in ("month", "quarter"):
            end = _move(b, unit, n) - timedelta(days=1)
        else:
            end = _move(b, unit, n)
        return TimeValue(b, end, "span", vague=True)
    if m := _PASS_N_RE.fullmatch(s):
        b = need_base(base, s)
        return TimeValue(_move(b, _unit_of(m.group(2)), int(m.group(1))), date.max, "span", True)
    return None


def _ordinal(s: str, base: date | None) -> TimeValue | None:
    """第三天 (the base day counts as the first), 第七年."""
    m = _ORDINAL_RE.fullmatch(s)
    if not m:
        return None
    b, n = need_base(base, s), int(m.group(1))
    if m.group(2) == "年":
        return year_tv(b.year + n - 1)
    return day_tv(b + timedelta(days=n - 1))


def _amount(s: str, base: date | None) -> TimeValue | None:
    """3天后, 两年前, 3年半以前, 两个半月以内, 3个多月以来, 二十几年前, 15个工作日内."""
    m = _AMOUNT_RE.fullmatch(s)
    if not m or not (m["n"] or m["h1"]) or (m["unit"] in ("月", "季度") and not (m["ge"] or m["h1"])):
        return None  # 3月以来 is "since March", 3个月以来 "for three months"; 一季度前 "before Q1"
    b = need_base(base, s)
    unit, how = _unit_of(m["unit"]), m["how"]
    n = int(m["n"] or 0)
    sign = -1 if how.endswith("前") or how.endswith("来") else 1
    half = bool(m["h1"] or m["h2"])
    if m["ji"]:
        if unit != "year" or sign > 0 or n < 10:
            return None
        step = 10 ** (len(str(n)) - 1)  # 二十几年 = 20 to 30 years
        return TimeValue(date(b.year - n - step, 1, 1), date(b.year - n, 12, 31), "span", True)
    target, gran = _target(b, unit, n, half, sign)
    if how in ("内", "以内", "之内"):
        end = target if gran.startswith("window") else _unit_range(target, gran)[1]
        return TimeValue(b, end, "span", vague=half)
    start, end = _unit_range(target, gran)
    if how in ("以前", "之前"):
        return TimeValue(date.min, target if gran == "window_before" else end, "span", vague=True)
    if how in ("以后", "之后"):
        return TimeValue(start, date.max, "span", vague=True)
    if how in ("以来", "来"):
        return TimeValue(start, b, "span", vague=True)
    return TimeValue(start, end, "span" if gran.startswith("window") else gran, vague=gran != "day")


def _target(b: date, unit: str, n: int, half: bool, sign: int) -> tuple[date, str]:
    """The date ``n`` (and a half) units from ``b`` and the granularity to report it in.

    Half years count 365-day years and report a month; half months add 15 days and report a
    month-long window after the base (a day before it); half days keep the day.
    """
    if not half:
        gran = {"year": "year", "month": "month", "quarter": "month", "week": "week"}.get(unit, "day")
        return _move(b, unit, sign * n), gran
    if unit == "year":
        return b + timedelta(days=sign * (n + 0.5) * 365), "month"
    if unit in ("month", "quarter"):
        return _move(b, unit, sign * n) + timedelta(days=15 * sign), "window" if sign > 0 else "window_before"
    if unit == "day":
        return b + timedelta(days=sign * (n + 0.5)), "day"
    return _move(b, unit, sign * n), "day"


def _unit_range(d: date, gran: str) -> tuple[date, date]:
    if gran == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if gran == "month":
        tv = month_tv(d.year, d.month)
        return tv.start, tv.end
    if gran == "week":
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6)
    if gran == "window":
        return d, d + timedelta(days=30)
    if gran == "window_before":
        return d - timedelta(days=31), d
    return d, d


_CENTURY_RE = re.compile(r"(上|\d{1,2})世纪(?:(\d)0年代)?(初|初期|末|末期|中期|中叶|前期|后期)?")
_DECADE_RE = re.compile(r"(\d{2}|\d{3}0)年代(初|初期|末|末期|中期|前期|后期)?")
# Phases of a century (in decades) and of a decade (in years), as first and last index.
_CENTURY_PHASE = {"初": (0, 1), "初期": (0, 1), "前期": (0, 1), "中期": (4, 5), "中叶": (4, 5),
                  "末": (8, 9), "末期": (8, 9), "后期": (8, 9)}  # fmt: skip
_DECADE_PHASE = {"初": (0, 2), "初期": (0, 2), "前期": (0, 2), "中期": (4, 6),
                 "末": (7, 9), "末期": (7, 9), "后期": (7, 9)}  # fmt: skip


def _century(s: str, base: date | None) -> TimeValue | None:
    """18世纪, 上世纪80年代, 二十世纪九十年代末期, 80年代, 2010年代."""
    if m := _CENTURY_RE.fullmatch(s):
        c = need_base(base, s).year // 100 - 1 if m.group(1) == "上" else int(m.group(1)) - 1
        start = c * 100
        if m.group(2):
            return _decade(start + int(m.group(2)) * 10, m.group(3))
        if m.group(3):
            a, b = _CENTURY_PHASE[m.group(3)]
            return TimeValue(date(start + a * 10, 1, 1), date(start + b * 10 + 9, 12, 31), "span", True)
        return TimeValue(date(start, 1, 1), date(start + 99, 12, 31), "span", vague=True)
    if m := _DECADE_RE.fullmatch(s):
        d = int(m.group(1))
        return _decade(d if d >= 1000 else 1900 + d, m.group(2))
    return None


def _decade(start: int, phase: str | None) -> TimeValue:
    a, b = _DECADE_PHASE[phase] if phase else (0, 9)
    return TimeValue(date(start + a, 1, 1), date(start + b, 12, 31), "span", vague=True)
