"""Rules that turn one normalised time expression into a ``TimeValue`` (used by periods.py).

The expression is first normalised: full-width forms to ASCII, Chinese numerals to Arabic
(``二〇二四年十一月`` -> ``2024年11月``, digit strings keep leading zeros: ``零七年`` -> ``07年``).
Then it is read left to right as [prefix] date-part [separator date-part] [suffix], where a
date-part is an optional year, month and day followed by an optional modifier (上半年, 第三季度,
下旬, 年底 ...), or a relative form (去年, 上周三, 近三年, 3天后 ...). Relative forms need a
base date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from tequ.errors import ParseError
from tequ.extract.numbers import parse_number
from tequ.extract.timedata import (
    DAY_WORDS,
    MONTH_WORDS,
    VAGUE_NOW,
    VAGUE_RECENT_YEARS,
    WEEK_PREFIXES,
    WEEKDAYS,
    YEAR_WORDS,
)


@dataclass(frozen=True, slots=True)
class TimeValue:
    """Inclusive date range ``[start, end]``; ``vague`` marks 近日/年底-style fuzziness.

    ``granularity`` is ``day``, ``week``, ``month``, ``quarter``, ``year`` or ``span``.
    Open-ended ranges (``2025年以前``) use ``date.min`` / ``date.max``.
    """

    start: date
    end: date
    granularity: str
    vague: bool = False


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(y: int, vague: bool = False) -> TimeValue:
    return TimeValue(date(y, 1, 1), date(y, 12, 31), "year", vague)


def _month(y: int, m: int, vague: bool = False) -> TimeValue:
    return TimeValue(date(y, m, 1), month_end(y, m), "month", vague)


def _months(y: int, m1: int, m2: int, gran: str = "span", vague: bool = False) -> TimeValue:
    return TimeValue(date(y, m1, 1), month_end(y, m2), gran, vague)


def _day(d: date, vague: bool = False) -> TimeValue:
    return TimeValue(d, d, "day", vague)


def _span(a: TimeValue, b: TimeValue, vague: bool = False) -> TimeValue:
    return TimeValue(a.start, b.end, "span", vague or a.vague or b.vague)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _add_years(d: date, k: int) -> date:
    try:
        return d.replace(year=d.year + k)
    except ValueError:  # 29 Feb
        return d.replace(year=d.year + k, day=28)


def _add_months(d: date, k: int) -> date:
    y, m = _shift_month(d.year, d.month, k)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# ---------------------------------------------------------------- normalisation
_FULLWIDTH = str.maketrans("０１２３４５６７８９．－／：～　（）", "0123456789.-/:~ ()")
_CN_RUN_RE = re.compile(r"[零〇○一二两三四五六七八九十廿卅仨]+")
_CN_DIGIT = {"零": "0", "〇": "0", "○": "0", "一": "1", "二": "2", "两": "2", "三": "3",
             "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "仨": "3"}  # fmt: skip
_KEEP_WORDS_RE = re.compile(r"星期天|礼拜天|周日|星期日|礼拜日|一刻钟")


def _cn_run(m: re.Match[str]) -> str:
    run = m.group()
    if all(c in _CN_DIGIT for c in run) and len(run) > 1:
        return "".join(_CN_DIGIT[c] for c in run)
    try:
        return str(int(parse_number(run.replace("仨", "三"))))
    except (ParseError, ValueError, OverflowError):
        return run


def normalise(text: str) -> str:
    """Full-width to ASCII and Chinese numerals to Arabic digits (for time parsing only)."""
    s = text.translate(_FULLWIDTH).strip()
    return _CN_RUN_RE.sub(_cn_run, s)


# ---------------------------------------------------------------- base
def _need(base: date | None, text: str) -> date:
    if base is None:
        raise ParseError(text, "relative time needs a base date")
    return base


def _full_year(yy: str, base: date | None) -> int:
    """Two-digit years: within ten years after the base year's yy -> 20yy, else 19yy."""
    if len(yy) == 4:
        return int(yy)
    pivot = ((base.year if base else 2000) % 100) + 10
    return 2000 + int(yy) if int(yy) <= pivot else 1900 + int(yy)


# ---------------------------------------------------------------- year / month / day parts
@dataclass(slots=True)
class _Parts:
    """Explicit fields read from a date-part (None when not written)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: bool = False


_YEAR_RE = re.compile(r"(\d{4})年?|(\d{2})年|(" + "|".join(YEAR_WORDS) + ")")
_MONTH_RE = re.compile(r"(\d{1,2})月份?(?:的)?|(" + "|".join(MONTH_WORDS) + ")")
_DAY_RE = re.compile(r"(\d{1,2})(?:日|号)?")


def _read_parts(s: str, pos: int, base: date | None) -> tuple[_Parts, int]:
    """Consume [year][month][day] from ``s[pos:]``; returns the parts and the new position."""
    p = _Parts()
    m = _YEAR_RE.match(s, pos)
    if m and not (m.group(1) and not s.startswith("年", m.end(1)) and _MONTH_RE.match(s, m.end())):
        if m.group(3):
            p.year, p.relative = _need(base, s).year + YEAR_WORDS[m.group(3)], True
        else:
            p.year = _full_year(m.group(1) or m.group(2), base)
        pos = m.end()
    m = _MONTH_RE.match(s, pos)
    if m:
        if m.group(2):
            b = _need(base, s)
            y, mo = _shift_month(p.year or b.year, b.month, MONTH_WORDS[m.group(2)])
            p.year, p.month, p.relative = y, mo, True
        elif 1 <= int(m.group(1)) <= 12:
            p.month = int(m.group(1))
        else:
            return p, pos
        pos = m.end()
        d = _DAY_RE.match(s, pos)
        if d and d.end() > pos and 1 <= int(d.group(1)) <= 31:
            p.day, pos = int(d.group(1)), d.end()
    return p, pos


# ---------------------------------------------------------------- modifiers
def _first_monday(y: int, m: int) -> date:
    d = date(y, m, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)


def _week(start: date) -> TimeValue:
    return TimeValue(start, start + timedelta(days=6), "week")


_QUARTER_RE = re.compile(r"(?:第)?([1-4])季度(初|末|底)?|Q([1-4])季度?|首季度")


def _quarter(y: int, mod: str) -> TimeValue | None:
    m = _QUARTER_RE.fullmatch(mod)
    if not m:
        return None
    q = int(m.group(1) or m.group(3) or 1)
    if m.group(2) == "初":
        return _month(y, 3 * q - 2)
    if m.group(2):
        return _month(y, 3 * q)
    return _months(y, 3 * q - 2, 3 * q, "quarter")


def _year_mod(y: int, mod: str) -> TimeValue | None:
    """``2024年`` + modifier: 全年, 上半年, 第三季度, 前三季度, 前11个月, 年底, 第52周 ..."""
    if mod in ("", "年", "全年", "全年度", "年度", "度", "整年", "年内", "内", "1整年", "1年"):
        return _year(y)
    if mod in ("上半年", "上半年度"):
        return _months(y, 1, 6, "span")
    if mod in ("下半年", "下半年度"):
        return _months(y, 7, 12, "span")
    q = _quarter(y, mod)
    if q is not None:
        return q
    if m := re.fullmatch(r"前([1-4])个?季度", mod):
        return _months(y, 1, 3 * int(m.group(1)), "span")
    if m := re.fullmatch(r"前(\d{1,2})个?月", mod):
        k = int(m.group(1))
        return _months(y, 1, k, "span") if 1 <= k <= 12 else None
    if m := re.fullmatch(r"后(\d{1,2})个?月", mod):
        k = int(m.group(1))
        return _months(y, 13 - k, 12, "span") if 1 <= k <= 12 else None
    if m := re.fullmatch(r"第(\d{1,2})个月|首月", mod):
        k = int(m.group(1) or 1)
        return _month(y, k) if 1 <= k <= 12 else None
    if mod in ("初", "年初", "年伊始", "伊始", "开年", "年头"):
        return _months(y, 1, 1 if "伊始" in mod else 2, "span", vague=True)
    if mod in ("年中", "中"):
        return _months(y, 6, 7, "span", vague=True)
    if mod in ("底", "年底", "末", "年末", "年终", "年尾"):
        return _months(y, 11, 12, "span", vague=True)
    if m := re.fullmatch(r"第(\d{1,2})(?:个)?(?:周|星期|礼拜)", mod):
        return _week(_first_monday(y, 1) + timedelta(weeks=int(m.group(1)) - 1))
    if m := re.fullmatch(r"第(\d{1,3})天", mod):
        return _day(date(y, 1, 1) + timedelta(days=int(m.group(1)) - 1))
    return None


_TEN_DAYS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}
_MONTH_VAGUE = {"初": (1, 5), "月初": (1, 5), "中": (11, 20), "月中": (11, 20),
                "底": (25, 31), "月底": (25, 31), "末": (25, 31), "月末": (25, 31)}  # fmt: skip


def _month_mod(y: int, mo: int, mod: str) -> TimeValue | None:
    """``2024年11月`` + modifier: 下旬, 底, 第二周, 第3个星期日, 前4天, 最后5天 ..."""
    last = month_end(y, mo).day
    if mod in ("", "份"):
        return _month(y, mo)
    if mod in _TEN_DAYS or mod in _MONTH_VAGUE:
        a, b = _TEN_DAYS.get(mod) or _MONTH_VAGUE[mod]
        return TimeValue(date(y, mo, a), date(y, mo, min(b, last)), "span", vague=True)
    if m := re.fullmatch(r"第(\d)(?:个)?(?:周|星期|礼拜)", mod):
        return _week(_first_monday(y, mo) + timedelta(weeks=int(m.group(1)) - 1))
    if m := re.fullmatch(r"第(\d)个?(?:周|星期|礼拜)([1-7日天])", mod):
        first = date(y, mo, 1)
        wd = WEEKDAYS[m.group(2)]
        d = first + timedelta(days=(wd - first.weekday()) % 7, weeks=int(m.group(1)) - 1)
        return _day(d) if d.month == mo else None
    if m := re.fullmatch(r"前(\d{1,2})天", mod):
        k = int(m.group(1))
        return TimeValue(date(y, mo, 1), date(y, mo, min(k, last)), "span")
    if m := re.fullmatch(r"最后(\d{1,2})天", mod):
        k = int(m.group(1))
        return TimeValue(date(y, mo, max(1, last - k + 1)), date(y, mo, last), "span")
    return None


def _day_mod(d: date, mod: str) -> TimeValue | None:
    """``2024年6月1日`` + an optional matching weekday (周六)."""
    if mod == "":
        return _day(d)
    m = re.fullmatch(r"(?:周|星期|礼拜)([1-7日天])", mod)
    if m and WEEKDAYS[m.group(1)] == d.weekday():
        return _day(d)
    return None


# ---------------------------------------------------------------- one date-part
_ISO_RE = re.compile(r"(\d{4})[-/.年 ](\d{1,2})[-/.月 ](\d{1,2})日?|(\d{4})(\d{2})(\d{2})")
_YM_RE = re.compile(r"(\d{4})[-/.](\d{1,2})")
_MD_RE = re.compile(r"(\d{1,2})[-/·.](\d{1,2})[日号]?")


def _numeric(s: str, base: date | None) -> TimeValue | None:
    """All-digit forms: 2024-03-07, 2019.9.6, 20240307, 2008.03, 6·30, 09-01."""
    if m := _ISO_RE.fullmatch(s):
        y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
        return _day(date(y, mo, d))
    if m := _YM_RE.fullmatch(s):
        return _month(int(m.group(1)), int(m.group(2)))
    if m := _MD_RE.fullmatch(s):
        return _day(date(_need(base, s).year, int(m.group(1)), int(m.group(2))))
    return None


def _point(s: str, base: date | None, ctx: _Parts | None = None) -> tuple[TimeValue, _Parts] | None:
    """One date-part (no separator, prefix or suffix); ``ctx`` fills missing leading fields."""
    try:
        return _point_raw(s, base, ctx)
    except (ValueError, OverflowError):  # impossible dates (2月30日) and far shifts
        return None


def _point_raw(s: str, base: date | None, ctx: _Parts | None) -> tuple[TimeValue, _Parts] | None:
    try:
        tv = _numeric(s, base)
    except ValueError:
        return None
    if tv is not None:
        return tv, _Parts(tv.start.year, tv.start.month, tv.start.day)
    got = _dated(s, base, ctx)
    if got is not None:
        return got
    rel = _relative(s, base)
    if rel is None and s and base is not None:
        return _wrap(_year_mod(base.year, s), _Parts(relative=True))
    return rel


def _dated(s: str, base: date | None, ctx: _Parts | None) -> tuple[TimeValue, _Parts] | None:
    """Year/month/day parts plus a modifier (2024年上半年, 11月下旬, 2017年8月11日)."""
    p, pos = _read_parts(s, 0, base)
    mod = s[pos:].lstrip("的")
    if ctx is not None:
        if p.year is None and p.month is not None:
            p.year = ctx.year
        elif p.year is None and p.month is None and p.day is None and mod == "" and s.isdigit():
            return None
    if p.year is None and p.month is None:
        return None
    if p.month is None:
        return _wrap(_year_mod(p.year, mod), p) if p.year is not None else None
    y = p.year if p.year is not None else _need(base, s).year
    p.year = y
    if p.day is None:
        return _wrap(_month_mod(y, p.month, mod), p)
    try:
        return _wrap(_day_mod(date(y, p.month, p.day), mod), p)
    except ValueError:
        return None


def _wrap(tv: TimeValue | None, p: _Parts) -> tuple[TimeValue, _Parts] | None:
    return None if tv is None else (tv, p)


# ---------------------------------------------------------------- relative forms
_WEEK_RE = re.compile(
    r"(上上|下下|上1个|下1个|上个|下个|这个|上1|下1|这1|上|下|本|这)?(?:周|星期|礼拜)([1-7日天])?"
)
_REL_QUARTER_RE = re.compile(r"(本|这个|这|上个|上|下个|下)季度(初|末|底)?")
_N = r"(\d+|几|半)"
_UNIT = r"(个年头|年|个季度|季度|个月|月|个?星期|个?礼拜|个?周|天|日|个工作日|个交易日)"
_LAST_N_RE = re.compile(rf"(?:近|最近|过去|过去的|这)(?:的)?{_N}{_UNIT}(?:来|以来|内|里|中)?")
_NEXT_N_RE = re.compile(rf"(?:未来|今后|接下来|往后|此后)(?:的)?{_N}{_UNIT}(?:内|里|中)?")
_SHIFT_RE = re.compile(rf"{_N}{_UNIT}(前|后|以前|以后|之前|之后|内|以内|之内)")
_CENTURY_RE = re.compile(r"(上|\d{1,2})世纪(?:(\d)0年代)?(初|初期|末|末期|中期|中叶|前期|后期)?")
_DECADE_RE = re.compile(r"(\d{2}|\d{3}0)年代(初|初期|末|末期|中期|前期|后期)?")
_UNIT_NAMES = {"年": "year", "个年头": "year", "季度": "quarter", "个季度": "quarter",
               "个月": "month", "月": "month", "天": "day", "日": "day",
               "个工作日": "day", "个交易日": "day"}  # fmt: skip


def _relative(s: str, base: date | None) -> tuple[TimeValue, _Parts] | None:
    tv = _relative_value(s, base)
    return None if tv is None else (tv, _Parts(relative=True))


def _relative_value(s: str, base: date | None) -> TimeValue | None:
    if s in DAY_WORDS:
        return _day(_need(base, s) + timedelta(days=DAY_WORDS[s]))
    if s in VAGUE_NOW:
        return _day(_need(base, s), vague=VAGUE_NOW[s])
    if s in VAGUE_RECENT_YEARS:
        b = _need(base, s)
        return TimeValue(date(b.year - VAGUE_RECENT_YEARS[s], 1, 1), b, "span", vague=True)
    if s in ("今明两年", "今明2年"):
        b = _need(base, s)
        return TimeValue(date(b.year, 1, 1), date(b.year + 1, 12, 31), "span")
    if m := _WEEK_RE.fullmatch(s):
        b = _need(base, s)
        monday = b - timedelta(days=b.weekday()) + timedelta(weeks=WEEK_PREFIXES[m.group(1) or ""])
        if m.group(2):
            return _day(monday + timedelta(days=WEEKDAYS[m.group(2)]))
        return TimeValue(monday, monday + timedelta(days=6), "week", vague=True)
    if m := _REL_QUARTER_RE.fullmatch(s):
        b = _need(base, s)
        k = {"本": 0, "这个": 0, "这": 0, "上个": -1, "上": -1, "下个": 1, "下": 1}[m.group(1)]
        y, mo = _shift_month(b.year, (b.month - 1) // 3 * 3 + 1, 3 * k)
        return _quarter(y, f"{(mo - 1) // 3 + 1}季度{m.group(2) or ''}")
    return _relative_amount(s, base) or _century(s, base)


def _amount(n: str) -> float | None:
    return {"几": None, "半": 0.5}.get(n) if not n.isdigit() else float(n)


def _move(d: date, unit: str, k: int) -> date:
    if unit == "year":
        return _add_years(d, k)
    if unit in ("month", "quarter"):
        return _add_months(d, k * (3 if unit == "quarter" else 1))
    return d + timedelta(days=k * (7 if unit == "week" else 1))


def _unit_of(u: str) -> str:
    return "week" if u.endswith(("周", "星期", "礼拜")) else _UNIT_NAMES[u]


def _relative_amount(s: str, base: date | None) -> TimeValue | None:
    """近三年, 过去一年, 未来三年, 3天后, 两年前, 60日内 ..."""
    if m := _LAST_N_RE.fullmatch(s):
        n = _amount(m.group(1))
        if n is None or n != int(n):
            return None
        b = _need(base, s)
        return TimeValue(_move(b, _unit_of(m.group(2)), -int(n)), b, "span", vague=True)
    if m := _NEXT_N_RE.fullmatch(s):
        n = _amount(m.group(1))
        if n is None or n != int(n):
            return None
        b = _need(base, s)
        unit = _unit_of(m.group(2))
        end = _move(b, unit, int(n))
        end = end if unit in ("day", "week") else end - timedelta(days=1)
        return TimeValue(b, end, "span", vague=True)
    if m := _SHIFT_RE.fullmatch(s):
        return _shift(m, _need(base, s))
    return None


def _shift(m: re.Match[str], b: date) -> TimeValue | None:
    n = _amount(m.group(1))
    if n is None or n != int(n):
        return None
    unit, how = _unit_of(m.group(2)), m.group(3)
    sign = -1 if how.endswith("前") else 1
    if how.endswith("内"):
        return TimeValue(b, _move(b, unit, int(n)), "span")
    d = _move(b, unit, sign * int(n))
    tv = _calendar_unit(d, unit)
    if how in ("以前", "之前"):
        return TimeValue(date.min, tv.end, "span", vague=True)
    if how in ("以后", "之后"):
        return TimeValue(tv.start, date.max, "span", vague=True)
    return tv


def _calendar_unit(d: date, unit: str) -> TimeValue:
    if unit == "year":
        return _year(d.year, vague=True)
    if unit in ("month", "quarter"):
        return _month(d.year, d.month, vague=True)
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return TimeValue(monday, monday + timedelta(days=6), "week", vague=True)
    return _day(d)


# Phases of a century (in decades) and of a decade (in years), as first and last index.
_CENTURY_PHASE = {"初": (0, 1), "初期": (0, 1), "前期": (0, 1), "中期": (4, 5), "中叶": (4, 5),
                  "末": (8, 9), "末期": (8, 9), "后期": (8, 9)}  # fmt: skip
_DECADE_PHASE = {"初": (0, 2), "初期": (0, 2), "前期": (0, 2), "中期": (4, 6),
                 "末": (7, 9), "末期": (7, 9), "后期": (7, 9)}  # fmt: skip


def _century(s: str, base: date | None) -> TimeValue | None:
    """18世纪, 上世纪80年代, 二十世纪九十年代末期, 80年代, 2010年代."""
    if m := _CENTURY_RE.fullmatch(s):
        c = _need(base, s).year // 100 - 1 if m.group(1) == "上" else int(m.group(1)) - 1
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


# ---------------------------------------------------------------- spans, prefixes, suffixes
_SEP_RE = re.compile(r"\s*(?:至|到|~|—+|-+|－|–|―|−)\s*")
_LEAD_UNIT_RE = re.compile(r"(?:\d+|[上下本今去明])?(年|月|日|号)")
_PLAN_RE = re.compile(r"[“\"「]?((?:十[一二三四五])|[一二三四五六七八九])五[”\"」]?(?:规划|时期|期间|计划)?")
_CUT_PREFIXES = ("截至到", "截止到", "截至", "截止")
_DROP_PREFIXES = ("自从", "从", "自", "于", "在")
_SINCE = ("起至今", "以来", "至今", "起", "开始", "来")
_BEFORE = ("以前", "之前", "前")
_AFTER = ("以后", "之后")
_VAGUE = ("左右", "前后", "许", "上下")


def _span_of(s: str, base: date | None) -> TimeValue | None:
    """``A SEP B`` where B inherits leading fields from A (2024年1—11月, 9月20-25日)."""
    for sep in _SEP_RE.finditer(s):
        left, right = s[: sep.start()], s[sep.end() :]
        if not left or not right:
            continue
        if left[-1].isdigit():
            unit = _LEAD_UNIT_RE.match(right)
            if unit and not (unit.group(1) == "年" and len(left.rsplit("年", 1)[-1]) < 2):
                left += unit.group(1)
        a = _point(left, base)
        if a is None:
            continue
        b = _point(right, base, ctx=a[1])
        if b is None and a[1].month is not None and right[:2].isdigit() is False:
            continue
        if b is None and a[1].month is not None:
            b = _point(f"{a[1].month}月{right}", base, ctx=a[1])
        if b is not None and a[0].start <= b[0].end:
            return _span(a[0], b[0])
    return None


def _core(s: str, base: date | None) -> TimeValue | None:
    """A point or a span, without prefix or suffix."""
    if not s:
        return None
    got = _point(s, base)
    if got is not None:
        return got[0]
    return _span_of(s, base)


def _with_suffix(s: str, base: date | None) -> TimeValue | None:
    tv = _core(s, base)
    if tv is not None:
        return tv
    for suffixes, kind in ((_VAGUE, "vague"), (_SINCE, "since"), (_BEFORE, "before"), (_AFTER, "after")):
        for suf in suffixes:
            if s.endswith(suf) and len(s) > len(suf):
                inner = _core(s[: -len(suf)].rstrip("的"), base)
                if inner is not None:
                    return _apply_suffix(inner, kind, base, s)
    return None


def _apply_suffix(tv: TimeValue, kind: str, base: date | None, s: str) -> TimeValue:
    if kind == "vague":
        return TimeValue(tv.start, tv.end, tv.granularity, vague=True)
    if kind == "since":
        return TimeValue(tv.start, base or date.max, "span", vague=base is None)
    if kind == "before":
        return TimeValue(base or date.min, tv.end, "span", vague=tv.vague)
    return TimeValue(tv.start, date.max, "span", vague=True)


def parse_normalised(text: str, base: date | None) -> TimeValue | None:
    """Value of one time expression, or None; raises ParseError when a base is needed."""
    m = _PLAN_RE.fullmatch(text.strip())
    if m:
        n = int(parse_number(m.group(1)))
        first = 1953 + 5 * (n - 1) if n < 3 else 1966 + 5 * (n - 3)  # 1963-65 had no plan
        return TimeValue(date(first, 1, 1), date(first + 4, 12, 31), "span")
    s = normalise(text)
    s = re.sub(r"\s*(?:止|为止)$", "", s)
    cut = s.startswith(_CUT_PREFIXES)
    if cut:
        s = s[4 if s[2] == "到" else 2 :]
    s = s[2:] if s.startswith("自从") else s[1:] if s.startswith(_DROP_PREFIXES[1:]) else s
    tv = _with_suffix(s, base)
    if tv is None or not cut:
        return tv
    return TimeValue(tv.end, tv.end, "day", vague=False)
