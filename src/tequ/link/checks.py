"""Consistency checks: a stated change against the levels it implies.

A change fact (kind ``change``, unit ``%``, period P) says the subject grew by s %. When the
base has the level of the same subject/unit/place in P and in the base period B (the same
period one year earlier), the implied change is ``level_P / level_B - 1``. Every number is
treated as an interval given by its precision (2.4亿 means [2.35亿, 2.45亿)) and its qualifier
(突破2.73亿 = "over": [2.73亿, 2.74亿)); the claim agrees when the stated and implied intervals
overlap, otherwise it is a discrepancy with both citations. An exact figure is as precise as it
is written (140亿元 is [139.5亿, 140.5亿), 6.0% is [5.95%, 6.05%)), read from its quote; a
figure with a qualifier (约1500万) keeps the precision of its significant digits, its trailing
zeros being the writer's rounding.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

from tequ.search.fulltext import to_simplified

_YEAR = re.compile(r"^(\d{4})(.*)$")


def base_period(period: str | None) -> str | None:
    """The period one year before ``period`` (``2025`` -> ``2024``, ``2025-01/2025-11`` ->
    ``2024-01/2024-11``, ``2025-06-30`` -> ``2024-06-30``); None if it has no year."""
    if not period:
        return None
    parts = []
    for part in period.split("/"):
        m = _YEAR.match(part)
        if not m:
            return None
        rest = m.group(2)
        if rest == "-02-29":
            rest = "-02-28"
        parts.append(f"{int(m.group(1)) - 1:04d}{rest}")
    return "/".join(parts)


def precision(value: float) -> float:
    """The size of the last significant digit of ``value`` (273000000 -> 1e6, 14 -> 1, 13.5 -> 0.1)."""
    if value == 0:
        return 1.0
    d = Decimal(repr(abs(value))).normalize()
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    return float(Decimal(1).scaleb(exponent))


#: An Arabic number as written in a quote, with the scale characters after it (5273.5万, 1,540亿).
_WRITTEN = re.compile(r"(\d+(?:,\d{3})*(?:\.(\d+))?)\s*([万亿千百]*)")
_SCALE = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}


def written_precision(quote: str | None, value: float) -> float | None:
    """The size of the last digit written for ``value`` in ``quote`` (140亿元 -> 1e8, 2.4亿 -> 1e7,
    6.0% -> 0.1, 5273.5万 -> 1e3), or None when no Arabic number of the quote gives ``value``
    (Chinese numerals: 三成, 百分之百)."""
    for m in _WRITTEN.finditer(to_simplified(quote or "")):
        scale = math.prod(_SCALE[ch] for ch in m.group(3))
        number = float(m.group(1).replace(",", "")) * scale
        if math.isclose(number, abs(value), rel_tol=1e-9):
            return scale * 10.0 ** -len(m.group(2) or "")
    return None


def interval(value: float, qualifier: str, quote: str | None = None) -> tuple[float, float]:
    """The range a stated ``value`` stands for, given its precision and qualifier: an exact value
    with its ``quote`` is as precise as written there (``written_precision``)."""
    written = written_precision(quote, value) if qualifier == "exact" and quote else None
    ulp = written or precision(value)
    if qualifier in ("over", "at_least"):
        return value, value + ulp
    if qualifier in ("under", "nearly"):
        return value - ulp, value
    if qualifier == "about":
        return value - ulp, value + ulp
    return value - ulp / 2, value + ulp / 2


def check_change(change: dict[str, Any], level: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """Compare a change fact with the level in its period and the level in the base period.

    All three are fact rows (``value``, ``qualifier``, ``fact_id``, optionally ``quote``...). Returns the check row:
    ``stated``, ``implied`` (percent), ``implied_low``/``implied_high``, ``status`` and ``note``.
    """
    p_lo, p_hi = interval(level["value"], level["qualifier"], level.get("quote"))
    b_lo, b_hi = interval(base["value"], base["qualifier"], base.get("quote"))
    implied = (level["value"] / base["value"] - 1) * 100
    lo = (p_lo / b_hi - 1) * 100
    hi = (p_hi / b_lo - 1) * 100
    s_lo, s_hi = interval(change["value"], change["qualifier"], change.get("quote"))
    ok = s_lo <= hi and lo <= s_hi
    out = {
        "stated": change["value"],
        "implied": round(implied, 4),
        "implied_low": round(lo, 4),
        "implied_high": round(hi, 4),
        "status": "ok" if ok else "discrepancy",
    }
    out["note"] = check_note(out, bound=level["qualifier"] != "exact" or base["qualifier"] != "exact")
    return out


def check_note(check: dict[str, Any], *, bound: bool) -> str:
    """The one-line explanation of a check row (``stated``, ``implied``, ``implied_low``,
    ``implied_high``, ``status``); ``bound``: the level or the base is not exact."""
    return (
        f"stated {check['stated']:g}% vs implied {check['implied']:.2f}%"
        f" (range {check['implied_low']:.2f}%..{check['implied_high']:.2f}%)"
        + (" (a level is a bound)" if bound else "")
        + ": "
        + ("agrees within rounding" if check["status"] == "ok" else "discrepancy")
    )
