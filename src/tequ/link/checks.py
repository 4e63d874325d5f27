"""Consistency checks: a stated change against the levels it implies.

A change fact (kind ``change``, unit ``%``, period P) says the subject grew by s %. When the
base has the level of the same subject/unit/place in P and in the base period B (the same
period one year earlier), the implied change is ``level_P / level_B - 1``. Every number is
treated as an interval given by its precision (2.4亿 means [2.35亿, 2.45亿)) and its qualifier
(突破2.73亿 = "over": [2.73亿, 2.74亿)); the claim agrees when the stated and implied intervals
overlap, otherwise it is a discrepancy with both citations.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

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


def interval(value: float, qualifier: str) -> tuple[float, float]:
    """The range a stated ``value`` stands for, given its precision and qualifier."""
    ulp = precision(value)
    if qualifier in ("over", "at_least"):
        return value, value + ulp
    if qualifier in ("under", "nearly"):
        return value - ulp, value
    if qualifier == "about":
        return value - ulp, value + ulp
    return value - ulp / 2, value + ulp / 2


def check_change(change: dict[str, Any], level: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """Compare a change fact with the level in its period and the level in the base period.

    All three are fact rows (``value``, ``qualifier``, ``fact_id``...). Returns the check row:
    ``stated``, ``implied`` (percent), ``implied_low``/``implied_high``, ``status`` and ``note``.
    """
    p_lo, p_hi = interval(level["value"], level["qualifier"])
    b_lo, b_hi = interval(base["value"], base["qualifier"])
    implied = (level["value"] / base["value"] - 1) * 100
    lo = (p_lo / b_hi - 1) * 100
    hi = (p_hi / b_lo - 1) * 100
    s_lo, s_hi = interval(change["value"], change["qualifier"])
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
