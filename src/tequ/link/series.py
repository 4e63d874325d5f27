"""Indicator series: the same subject, unit and place over periods, across documents.

Subjects are normalised so that small wording differences still line up: Simplified script,
no whitespace or punctuation, a leading preposition (经深圳各口岸…) and the attributive 的 dropped,
the fact's own place name dropped from the front, words that describe how the count was made
rather than what is counted dropped (``PROCESS_WORDS``: 验放, 累计; ``LEADING_WORDS``: 各, 共),
a few generic trailing words dropped (``GENERIC_SUFFIXES``) and head nouns that name the same
count unified (``HEAD_SYNONYMS``). Grouping and conflict detection are pure functions over fact
rows (dicts as returned by the store).
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

#: Verbs and adverbs that say how a figure was counted, not what was counted; dropped anywhere
#: in a subject (深圳口岸累计验放出入境旅客 = 深圳口岸出入境旅客). Only words of two or more
#: characters, so that no part of another word is cut.
PROCESS_WORDS: tuple[tuple[str, str], ...] = (
    ("验放", "inspected and released: the port authority's verb for people or goods it cleared"),
    ("查验", "inspected: 查验出入境旅客 counts the travellers"),
    ("累计", "cumulative: the total over the period, which the period already says"),
    ("共计", "in total"),
    ("合计", "in total, summed over parts"),
    ("总计", "in total"),
    ("全年", "over the whole year: the period says so"),
)

#: One-character determiners and adverbs dropped only at the front of a subject (after the
#: place), where they cannot be part of a longer word (各口岸 = 口岸, 共验放 = 验放).
LEADING_WORDS: tuple[tuple[str, str], ...] = (
    ("各类", "all kinds of: 各类市场主体 = 市场主体 (tried before 各, so 类 is not left over)"),
    ("各", "each / all of: 各口岸 counts the same ports as 口岸"),
    ("共", "altogether"),
)

#: One-character adverbs dropped with a process word right after them (共验放 -> "").
PROCESS_ADVERBS = "共总已"

#: Prepositions that open a modifier before 的 (经深圳各口岸出入境的旅客 = 深圳各口岸出入境旅客).
LEADING_PREPOSITIONS: tuple[tuple[str, str], ...] = (
    ("经", "via: 经口岸出入境的旅客"),
    ("通过", "through"),
    ("从", "from"),
    ("在", "at / in"),
)

#: Words holding a 的 that is not the attributive particle, kept whole when 的 is dropped.
DE_WORDS: tuple[tuple[str, str], ...] = (
    ("目的", "purpose, destination (目的地)"),
    ("的士", "taxi"),
    ("的确", "indeed"),
)

#: Head nouns that name the same count in the genre's statistics, unified to the first form.
#: Only whole ending phrases are rewritten, so the modifier (内地居民, 外国人) still separates series.
HEAD_SYNONYMS: tuple[tuple[str, str, str], ...] = (
    ("出入境旅客", "出入境人员", "port statistics report the people crossing under both names"),
    ("通关旅客", "通关人员", "the same people cleared, named as travellers or persons"),
)

#: Short names of the genre's indicators, written out as the statistics bulletins name them.
#: Matched on Simplified text, Latin letters in any case, longest first.
ABBREVIATIONS: tuple[tuple[str, str, str], ...] = (
    ("GDP", "地区生产总值", "gross domestic product: district and city bulletins say 地区生产总值"),
    ("经济总量", "地区生产总值", "size of the economy: GDP in everyday wording"),
    ("社零总额", "社会消费品零售总额", "retail sales of consumer goods, short form"),
    ("社零", "社会消费品零售总额", "retail sales of consumer goods, shortest form"),
)

#: Measure words after which 总 only says "total" (旅游总收入 = 旅游收入, 进出口总额 = 进出口额,
#: 客流总量 = 客流量): 总 is dropped before them. Not 总值 (地区生产总值 names the indicator), not
#: 总部/总体/总计 (other words); 总数 goes whole with its 数 (``GENERIC_SUFFIXES``: 企业总数 =
#: 企业数量 = 企业), a bare 数 stays (指数, 次数).
TOTAL_HEADS: tuple[tuple[str, str], ...] = (
    ("收入", "income: 旅游总收入 = 旅游收入"),
    ("额", "sum of money: 进出口总额 = 进出口额, 社会消费品零售总额 = 社会消费品零售额"),
    ("量", "amount: 客流总量 = 客流量, 能源消费总量 = 能源消费量"),
    ("人数", "head count: 旅客总人数 = 旅客人数, then 旅客 (``GENERIC_SUFFIXES``)"),
)

#: Characters that make a word with the 总 after them (汇总, 合总): that 总 is no total marker.
_TOTAL_WORD_BEFORE = "汇合"

#: Leading administrative words that only repeat the place (深圳市 -> 深圳).
PLACE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("市", "city"),
    ("省", "province"),
    ("区", "district"),
)

_TOTAL_RE = re.compile(
    rf"(?<=[\u4e00-\u9fffA-Za-z])(?<![{_TOTAL_WORD_BEFORE}])总(?=(?:{'|'.join(h for h, _why in TOTAL_HEADS)}))"
)

_NOISE = re.compile(r"[\s\u3000,，.。、:：;；'\"“”‘’()（）《》\[\]【】·]+")


_ABBREVIATION_MAP = {short: full for short, full, _why in ABBREVIATIONS}
_ABBREVIATION_RE = re.compile(
    "|".join(re.escape(s) for s in sorted(_ABBREVIATION_MAP, key=len, reverse=True)), re.IGNORECASE
)


def expand_abbreviations(text: str) -> str:
    """``text`` (Simplified) with the short indicator names of ``ABBREVIATIONS`` written out:
    2024年光明区GDP增速 -> 2024年光明区地区生产总值增速. Used on questions and series queries."""
    return _ABBREVIATION_RE.sub(lambda m: _ABBREVIATION_MAP[m.group(0).upper()], text)


def normalise_subject(subject: str, place: str | None = None) -> str:
    """The key used to match subjects across documents.

    Simplified, no punctuation, no leading preposition or attributive 的, no place prefix, no
    process words (验放, 累计) or leading determiners (各), no generic suffix (数量), head
    synonyms unified: 深圳经各口岸出入境的旅客 and 深圳口岸累计验放出入境人员 both give
    口岸出入境人员 (place 深圳). Never returns an empty key for a non-empty subject.
    """
    s = _NOISE.sub("", expand_abbreviations(to_simplified(subject or "")))
    raw = s
    if place:  # stored subjects carry the place in front: 深圳经深圳各口岸…
        s = _drop_place(s, _NOISE.sub("", to_simplified(place)))
    s = _drop_preposition(s)
    s = _drop_de(s)
    if place:
        s = _drop_place(s, _NOISE.sub("", to_simplified(place)))
    if place:
        s = _drop_place(s, _NOISE.sub("", to_simplified(place)))
    for word, _why in PROCESS_WORDS:
        if word in s and len(s) > len(word) + 1:
            s = re.sub(f"[{PROCESS_ADVERBS}]?{word}", "", s)
    s = _drop_leading(s)
    s = _TOTAL_RE.sub("", s)
    for suffix, _why in GENERIC_SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix) + 1:
            s = s[: -len(suffix)]
            break
    for variant, canonical, _why in HEAD_SYNONYMS:
        if s.endswith(variant):
            s = s[: -len(variant)] + canonical
            break
    return s or raw


def _drop_preposition(s: str) -> str:
    """经深圳各口岸出入境的旅客 -> 深圳各口岸出入境的旅客: only when a 的 modifier follows."""
    for word, _why in LEADING_PREPOSITIONS:
        if s.startswith(word) and "的" in s[len(word) :]:
            return s[len(word) :]
    return s


def _drop_de(s: str) -> str:
    """Drop the attributive 的 (出入境的旅客 -> 出入境旅客), keeping words like 目的."""
    if "的" not in s:
        return s
    keep = {i for w, _why in DE_WORDS for m in re.finditer(w, s) for i in range(m.start(), m.end())}
    out = "".join(ch for i, ch in enumerate(s) if ch != "的" or i in keep)
    return out or s


def _drop_place(s: str, place: str) -> str:
    for cand in _place_forms(place):
        if cand and s.startswith(cand) and len(s) > len(cand):
            return s[len(cand) :]
    return s


def _drop_leading(s: str) -> str:
    """Drop one-character determiners at the front, as long as two characters remain."""
    changed = True
    while changed:
        changed = False
        for word, _why in LEADING_WORDS:
            if s.startswith(word) and len(s) > len(word) + 1:
                s = s[len(word) :]
                changed = True
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


def _merge_restated(pts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One point per document, period and value: a headline or summary restating its article's
    figure is not a second source. The first mention in the text is kept; the others are listed
    under ``restated`` (fact id, span, quote) so that every citation stays reachable."""
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    for p in pts:
        key = (p["doc_id"], p["period"], round(p["value"], 6))
        first = kept.get(key)
        if first is None:
            kept[key] = {**p, "restated": []}
        else:
            first["restated"].append({k: p.get(k) for k in ("fact_id", "start", "end", "quote")})
    return list(kept.values())


def group_series(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group fact rows (``subject_norm``, ``unit``, ``place``, ``period``, ``value``...) into series.

    Points with the same period and equal values from several documents are all kept (one per
    document: ``_merge_restated``); differing values for one period are reported under ``conflicts`` side by side. Points of
    different grains (``period_grain``: a year, January to October, a month) form separate series.
    """
    groups: dict[tuple[str, str, str | None, str], list[dict[str, Any]]] = defaultdict(list)
    for p in points:
        groups[(p["subject_norm"], p["unit"], p["place"], period_grain(p["period"]))].append(p)
    out: list[dict[str, Any]] = []
    for (subject, unit, place, grain), pts in groups.items():
        pts.sort(
            key=lambda p: (p["period"] or "", p.get("published") or "", p["doc_id"], p.get("start") or 0)
        )
        pts = _merge_restated(pts)
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
