"""Date-range values and calendar helpers shared by the time modules (periods, timerules, timerel).

``TimeValue`` is an inclusive range of dates; constructors here build the usual calendar
units (a year, a month, a run of months, a day, a Monday-to-Sunday week).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from tequ.errors import ParseError


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


def year_tv(y: int, vague: bool = False) -> TimeValue:
    return TimeValue(date(y, 1, 1), date(y, 12, 31), "year", vague)


def month_tv(y: int, m: int, vague: bool = False) -> TimeValue:
    return TimeValue(date(y, m, 1), month_end(y, m), "month", vague)


def months_tv(y: int, m1: int, m2: int, gran: str = "span", vague: bool = False) -> TimeValue:
    return TimeValue(date(y, m1, 1), month_end(y, m2), gran, vague)


def day_tv(d: date, vague: bool = False) -> TimeValue:
    return TimeValue(d, d, "day", vague)


def span_tv(a: TimeValue, b: TimeValue, vague: bool = False) -> TimeValue:
    return TimeValue(a.start, b.end, "span", vague or a.vague or b.vague)


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def add_years(d: date, k: int) -> date:
    try:
        return d.replace(year=d.year + k)
    except ValueError:  # 29 Feb
        return d.replace(year=d.year + k, day=28)


def add_months(d: date, k: int) -> date:
    y, m = shift_month(d.year, d.month, k)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def need_base(base: date | None, text: str) -> date:
    if base is None:
        raise ParseError(text, "relative time needs a base date")
    return base


def first_monday(y: int, m: int) -> date:
    d = date(y, m, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)


def week_tv(start: date) -> TimeValue:
    return TimeValue(start, start + timedelta(days=6), "week")


def quarter_tv(y: int, q: int, edge: str = "") -> TimeValue:
    """Quarter ``q`` of year ``y``; ``edge`` 初 -> its first month, 末/底 -> its last month."""
    if edge == "初":
        return month_tv(y, 3 * q - 2)
    if edge in ("末", "底"):
        return month_tv(y, 3 * q)
    return months_tv(y, 3 * q - 2, 3 * q, "quarter")


# Constants of the 21st- and 20th-century solar-term formula day = int(Y*D + C) - L
# (Y = year % 100, D = 0.2422, L = leap days so far) for 立春, 立夏, 立秋, 立冬.
_TERM_C = {
    "立春": (2, 3.87, 4.6295), "立夏": (5, 5.52, 6.318),  # spring, summer start
    "立秋": (8, 7.5, 8.35), "立冬": (11, 7.438, 8.218),  # autumn, winter start
}  # fmt: skip


def solar_term(y: int, term: str) -> date:
    """Approximate date of one of the four season-opening solar terms in year ``y``."""
    month, c21, c20 = _TERM_C[term]
    yy = y % 100
    leap = (yy - 1) // 4 if month < 3 else yy // 4
    return date(y, month, int(yy * 0.2422 + (c21 if y >= 2000 else c20)) - leap)


_SEASONS = {"春": ("立春", "立夏", 0), "夏": ("立夏", "立秋", 0), "秋": ("立秋", "立冬", 0),
            "冬": ("立冬", "立春", 1)}  # fmt: skip


def season_tv(y: int, season: str) -> TimeValue:
    """春/夏/秋/冬 of year ``y`` from one season-opening solar term to the day before the next."""
    first, nxt, wrap = _SEASONS[season]
    end = solar_term(y + wrap, nxt) - timedelta(days=1)
    return TimeValue(solar_term(y, first), end, "span", vague=True)
