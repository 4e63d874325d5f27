"""Rules that turn one normalised time expression into a ``TimeValue`` (used by periods.py).

The expression is first normalised: full-width forms to ASCII, Chinese numerals to Arabic
(``二〇二四年十一月`` -> ``2024年11月``, digit strings keep leading zeros: ``零七年`` -> ``07年``).
Then it is read left to right as [prefix] date-part [separator date-part] [suffix], where a
date-part is an optional year, month and day followed by an optional modifier (上半年, 第三季度,
下旬, 年底 ...), or a relative form (去年, 上周三, 近三年, 3天后 ...). Relative forms need a
base date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tequ.errors import ParseError
from tequ.extract.numbers import parse_number
from tequ.extract.timebase import (
    TimeValue,
    day_tv,
    first_monday,
    month_end,
    month_tv,
    months_tv,
    need_base,
    quarter_tv,
    season_tv,
    shift_month,
    span_tv,
    week_tv,
    year_tv,
)
from tequ.extract.timedata import MONTH_WORDS, WEEKDAYS, YEAR_WORDS
from tequ.extract.timerel import relative_value

__all__ = ["TimeValue", "month_end", "normalise", "parse_normalised"]


# ---------------------------------------------------------------- normalisation
_FULLWIDTH = str.maketrans("０１２３４５６７８９．－／：～　（）", "0123456789.-/:~ ()")
_CN_RUN_RE = re.compile(r"[零〇○一二两三四五六七八九十廿卅仨]+")
_CN_DIGIT = {"零": "0", "〇": "0", "○": "0", "一": "1", "二": "2", "两": "2", "三": "3",
             "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "仨": "3"}  # fmt: skip


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
def _full_year(yy: str, base: date | None) -> int:
    """Two-digit years: 20yy unless that is more than ten years after the base, then 19yy."""
    if len(yy) == 4:
        return int(yy)
    limit = (base.year if base else 2030) + 10
    return 2000 + int(yy) if 2000 + int(yy) <= limit else 1900 + int(yy)


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
            p.year, p.relative = need_base(base, s).year + YEAR_WORDS[m.group(3)], True
        else:
            p.year = _full_year(m.group(1) or m.group(2), base)
        pos = m.end()
    m = _MONTH_RE.match(s, pos)
    if m:
        if m.group(2):
            b = need_base(base, s)
            y, mo = shift_month(p.year or b.year, b.month, MONTH_WORDS[m.group(2)])
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
_QUARTER_RE = re.compile(r"(?:第)?([1-4])季度(初|末|底)?|Q([1-4])季度?|首季度")
_SEASON_RE = re.compile(r"(春|夏|秋|冬)(?:季|天)?")


def _quarter(y: int, mod: str) -> TimeValue | None:
    m = _QUARTER_RE.fullmatch(mod)
    if not m:
        return None
    return quarter_tv(y, int(m.group(1) or m.group(3) or 1), m.group(2) or "")


def _year_mod(y: int, mod: str) -> TimeValue | None:
    """``2024年`` + modifier: 全年, 上半年, 第三季度, 前三季度, 前11个月, 年底, 第52周 ..."""
    if mod in ("", "年", "全年", "全年度", "年度", "度", "整年", "年内", "内", "1整年", "1年"):
        return year_tv(y)
    if mod in ("上半年", "上半年度"):
        return months_tv(y, 1, 6, "span")
    if mod in ("下半年", "下半年度"):
        return months_tv(y, 7, 12, "span")
    q = _quarter(y, mod)
    if q is not None:
        return q
    if m := re.fullmatch(r"前([1-4])个?季度", mod):
        return months_tv(y, 1, 3 * int(m.group(1)), "span")
    if m := re.fullmatch(r"前(\d{1,2})个?月", mod):
        k = int(m.group(1))
        return months_tv(y, 1, k, "span") if 1 <= k <= 12 else None
    if m := re.fullmatch(r"后(\d{1,2})个?月", mod):
        k = int(m.group(1))
        return months_tv(y, 13 - k, 12, "span") if 1 <= k <= 12 else None
    if m := re.fullmatch(r"第(\d{1,2})个月|首月", mod):
        k = int(m.group(1) or 1)
        return month_tv(y, k) if 1 <= k <= 12 else None
    if mod in ("初", "年初", "年伊始", "伊始", "开年", "年头"):
        return months_tv(y, 1, 1 if "伊始" in mod else 2, "span", vague=True)
    if mod in ("年中", "中"):
        return months_tv(y, 6, 7, "span", vague=True)
    if mod in ("底", "年底", "末", "年末", "年终", "年尾"):
        return months_tv(y, 11, 12, "span", vague=True)
    if m := re.fullmatch(r"第(\d{1,2})(?:个)?(?:周|星期|礼拜)", mod):
        return week_tv(first_monday(y, 1) + timedelta(weeks=int(m.group(1)) - 1))
    if m := _SEASON_RE.fullmatch(mod):
        return season_tv(y, m.group(1))
    if m := re.fullmatch(r"第(\d{1,3})天", mod):
        return day_tv(date(y, 1, 1) + timedelta(days=int(m.group(1)) - 1))
    return None


_TEN_DAYS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}
_MONTH_VAGUE = {"初": (1, 5), "月初": (1, 5), "中": (11, 20), "月中": (11, 20),
                "底": (25, 31), "月底": (25, 31), "末": (25, 31), "月末": (25, 31)}  # fmt: skip


def _month_mod(y: int, mo: int, mod: str) -> TimeValue | None:
    """``2024年11月`` + modifier: 下旬, 底, 第二周, 第3个星期日, 前4天, 最后5天 ..."""
    last = month_end(y, mo).day
    if mod in ("", "份"):
        return month_tv(y, mo)
    if mod in _TEN_DAYS or mod in _MONTH_VAGUE:
        a, b = _TEN_DAYS.get(mod) or _MONTH_VAGUE[mod]
        return TimeValue(date(y, mo, a), date(y, mo, min(b, last)), "span", vague=True)
    if m := re.fullmatch(r"第(\d)(?:个)?(?:周|星期|礼拜)", mod):
        return week_tv(first_monday(y, mo) + timedelta(weeks=int(m.group(1)) - 1))
    if m := re.fullmatch(r"第(\d)个?(?:周|星期|礼拜)([1-7日天])", mod):
        first = date(y, mo, 1)
        wd = WEEKDAYS[m.group(2)]
        d = first + timedelta(days=(wd - first.weekday()) % 7, weeks=int(m.group(1)) - 1)
        return day_tv(d) if d.month == mo else None
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
        return day_tv(d)
    m = re.fullmatch(r"(?:周|星期|礼拜)([1-7日天])", mod)
    if m and WEEKDAYS[m.group(1)] == d.weekday():
        return day_tv(d)
    return None


# ---------------------------------------------------------------- one date-part
_ISO_RE = re.compile(r"(\d{4})[-/.年 ](\d{1,2})[-/.月 ](\d{1,2})日?|(\d{4})(\d{2})(\d{2})")
_YM_RE = re.compile(r"(\d{4})[-/.](\d{1,2})")
_MD_RE = re.compile(r"(\d{1,2})[-/·.](\d{1,2})[日号]?")


def _numeric(s: str, base: date | None) -> TimeValue | None:
    """All-digit forms: 2024-03-07, 2019.9.6, 20240307, 2008.03, 6·30, 09-01."""
    if m := _ISO_RE.fullmatch(s):
        y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
        return day_tv(date(y, mo, d))
    if m := _YM_RE.fullmatch(s):
        return month_tv(int(m.group(1)), int(m.group(2)))
    if m := _MD_RE.fullmatch(s):
        return day_tv(date(need_base(base, s).year, int(m.group(1)), int(m.group(2))))
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
    value = relative_value(s, base)
    rel = None if value is None else (value, _Parts(relative=True))
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
    y = p.year if p.year is not None else need_base(base, s).year
    p.year = y
    if p.day is None:
        return _wrap(_month_mod(y, p.month, mod), p)
    try:
        return _wrap(_day_mod(date(y, p.month, p.day), mod), p)
    except ValueError:
        return None


def _wrap(tv: TimeValue | None, p: _Parts) -> tuple[TimeValue, _Parts] | None:
    return None if tv is None else (tv, p)


# ---------------------------------------------------------------- spans, prefixes, suffixes
_SEP_RE = re.compile(r"\s*(?:至|到|~|—+|-+|－|–|―|−)\s*")
_MONTH_FIRST_RE = re.compile(r"\d{1,2}月")
_BARE_DAY_RE = re.compile(r"\d{1,2}[日号]?")
_DAY_LIST_RE = re.compile(r"(.+?[日号])((?:[，、,]\d{1,2}[日号])+)")
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
            if unit and unit.group(1) not in left and not (unit.group(1) in "日号" and "日" in left):
                left += unit.group(1)
        a = _point(left, base)
        if a is None:
            continue
        pa = a[1]
        if pa.month is not None and pa.year is not None and _BARE_DAY_RE.fullmatch(right):
            b = _point(f"{pa.year}年{pa.month}月{right}", base)
        else:
            b = _point(right, base, ctx=pa)
        if b is not None and b[0].end < a[0].start and pa.year and _MONTH_FIRST_RE.match(right):
            b = _point(f"{pa.year + 1}年{right}", base)  # 2024年12月至1月 runs into 2025
        if b is not None and a[0].start <= b[0].end:
            return span_tv(a[0], b[0])
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
                inner_text = s[: -len(suf)].rstrip("的")
                point = _point(inner_text, base)
                if point is not None:
                    return _apply_suffix(point[0], kind, base)
                inner = _span_of(inner_text, base)
                if inner is not None:  # a written range keeps its own start (2020至2025年前)
                    return inner if kind in ("before", "vague") else _apply_suffix(inner, kind, base)
    return None


def _apply_suffix(tv: TimeValue, kind: str, base: date | None) -> TimeValue:
    if kind == "vague":
        return TimeValue(tv.start, tv.end, tv.granularity, vague=True)
    if kind == "since":  # from a past start to the base, from a future one onwards
        if base is None or tv.start > base:
            return TimeValue(tv.start, date.max, "span", vague=True)
        return TimeValue(tv.start, base, "span")
    if kind == "before":
        if base is None or base > tv.end:
            return TimeValue(tv.start, tv.end, tv.granularity, vague=True)
        return TimeValue(base, tv.end, "span", vague=tv.vague)
    return TimeValue(tv.start, date.max, "span", vague=True)


def parse_normalised(text: str, base: date | None) -> TimeValue | None:
    """Value of one time expression, or None; raises ParseError when a base is needed."""
    m = _PLAN_RE.fullmatch(text.strip())
    if m:
        n = int(parse_number(m.group(1)))
        first = 1953 + 5 * (n - 1) if n < 3 else 1966 + 5 * (n - 3)  # 1963-65 had no plan
        return TimeValue(date(first, 1, 1), date(first + 4, 12, 31), "span")
    s = normalise(text)
    s = re.sub(r"\s*(?:止|为止)$", "", s).replace("起至", "至").replace("起到", "到")
    days = _DAY_LIST_RE.fullmatch(s)
    if days:  # 9月10号，11号，12号: from the first day to the last
        s = days.group(1) + "至" + re.split(r"[，、,]", days.group(2))[-1]
    cut = s.startswith(_CUT_PREFIXES)
    if cut:
        s = s[4 if s[2:3] == "到" else 2 :]
    s = s[2:] if s.startswith("自从") else s[1:] if s.startswith(_DROP_PREFIXES[1:]) else s
    tv = _with_suffix(s, base)
    if tv is None or not cut:
        return tv
    return TimeValue(tv.end, tv.end, "day", vague=False)
