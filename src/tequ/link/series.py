"""Indicator series: the same subject, unit and place over periods, across documents.

Subjects are normalised so that small wording differences still line up: Simplified script,
no whitespace or punctuation, the fact's own place name dropped from the front, and a few
generic trailing words dropped (table ``GENERIC_SUFFIXES``). Grouping and conflict detection
are pure functions over fact rows (dicts as returned by the store).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from tequ.search.fulltext import to_simplified

#: Trailing words that name the measurement rather than the thing measured.
GENERIC_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("数量", "quantity: 出入境人员数量 = 出入境人员"),
    ("总量", "total amount"),
    ("总数", "total number"),
    ("总额", "total sum of money"),
    ("规模", "scale"),
    ("人数", "head count: 旅客人数 = 旅客"),
)

#: Leading administrative words that only repeat the place (深圳市 -> 深圳).
PLACE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("市", "city"),
    ("省", "province"),
    ("区", "district"),
)

_NOISE = re.compile(r"[\s\u3000,，.。、:：;；'\"“”‘’()（）《》\[\]【】·]+")


def normalise_subject(subject: str, place: str | None = None) -> str:
    """The key used to match subjects across documents (Simplified, no place prefix)."""
    s = _NOISE.sub("", to_simplified(subject or ""))
    if place:
        p = _NOISE.sub("", to_simplified(place))
        for cand in _place_forms(p):
            if cand and s.startswith(cand) and len(s) > len(cand):
                s = s[len(cand) :]
                break
    for suffix, _why in GENERIC_SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix) + 1:
            s = s[: -len(suffix)]
            break
    return s


def _place_forms(place: str) -> list[str]:
    forms = [place]
    for suffix, _why in PLACE_SUFFIXES:
        if place.endswith(suffix) and len(place) > 2:
            forms.append(place[: -len(suffix)])
        else:
            forms.insert(0, place + suffix)
    return forms


@lru_cache(maxsize=4096)
def normalise_place(place: str | None) -> str | None:
    """Simplified place without a trailing 市/省 (深圳市 -> 深圳); None stays None."""
    if not place:
        return None
    p = _NOISE.sub("", to_simplified(place))
    for suffix, _why in PLACE_SUFFIXES[:2]:
        if p.endswith(suffix) and len(p) > 2:
            return p[: -len(suffix)]
    return p


_YEAR_SPAN = re.compile(r"(\d{4})-01/(?:\1)-(\d{2})")


def period_grain(period: str | None) -> str:
    """What kind of period a point covers, so that a series never mixes them: ``year`` (2024, or
    2024-01/2024-12), ``month`` (2024-11), ``day`` (2024-06-30), ``to-MM`` for the months from
    January to MM of one year (2024-01/2024-10: ``to-10``, comparable with the same span of
    other years), ``span`` for any other range, ``none`` when the fact has no period."""
    if not period:
        return "none"
    if re.fullmatch(r"\d{4}", period):
        return "year"
    if m := _YEAR_SPAN.fullmatch(period):
        return "year" if m.group(2) == "12" else f"to-{m.group(2)}"
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return "month"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return "day"
    return "span"


def group_series(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group fact rows (``subject_norm``, ``unit``, ``place``, ``period``, ``value``...) into series.

    Points with the same period and equal values (relative 1e-9) from several documents are all
    kept; differing values for one period are reported under ``conflicts`` side by side. Points of
    different grains (``period_grain``: a year, January to October, a month) form separate series.
    """
    groups: dict[tuple[str, str, str | None, str], list[dict[str, Any]]] = defaultdict(list)
    for p in points:
        groups[(p["subject_norm"], p["unit"], p["place"], period_grain(p["period"]))].append(p)
    out: list[dict[str, Any]] = []
    for (subject, unit, place, grain), pts in groups.items():
        pts.sort(key=lambda p: (p["period"] or "", p.get("published") or "", p["doc_id"]))
        by_period: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for p in pts:
            by_period[p["period"]].append(p)
        conflicts = [
            {"period": period, "points": ps}
            for period, ps in by_period.items()
            if len({round(p["value"], 6) for p in ps}) > 1
        ]
        out.append(
            {
                "subject": subject,
                "subjects": sorted({p["subject"] for p in pts}),
                "unit": unit,
                "place": place,
                "grain": grain,
                "periods": len(by_period),
                "documents": len({p["doc_id"] for p in pts}),
                "points": pts,
                "conflicts": conflicts,
            }
        )
    out.sort(key=lambda s: (-s["documents"], -s["periods"], s["subject"]))
    return out
