"""Measure tracking: mentions of one measure or project across documents grouped into one item.

Each measure gets a *key*: the key entity it is about (a FAC, POLICY or EVENT mention inside the
measure's quote, preferring one named in its object), else its normalised object. Measures with
the same key are then split by action similarity (character bigrams of action + object), so
that "文锦渡口岸: 货运功能转移" and "文锦渡口岸: 旅检升级" stay separate items while the 2022
plan and the 2025 report of the same change join. Pure functions over measure rows.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from tequ.search.fulltext import to_simplified

#: Entity types that can name what a measure is about (actors are usually ORG/LOC).
KEY_TYPES: tuple[tuple[str, str], ...] = (
    ("FAC", "ports, stations, roads, buildings: the usual object of a project"),
    ("POLICY", "named plans and schemes"),
    ("EVENT", "conferences, exhibitions"),
)

#: Minimum bigram similarity of action + object for two measures with one key to be one item.
ACTION_SIMILARITY = 0.25

#: Above this many measures with one key, clustering falls back to exact action match.
MAX_PAIRWISE = 400

_NOT_HAN = re.compile(r"[^\u3400-\u9fff]+")

_STATUS_ORDER = {"planned": 0, "ongoing": 1, "done": 2}
_NOISE = re.compile(r"[\s\u3000,，.。、:：;；\"“”()（）《》]+")


def bigrams(text: str) -> set[str]:
    """Overlapping character bigrams of Simplified ``text`` (a 1-char text is its own unigram)."""
    t = _NOISE.sub("", to_simplified(text or ""))
    if len(t) < 2:
        return {t} if t else set()
    return {t[i : i + 2] for i in range(len(t) - 1)}


def similarity(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """Overlap coefficient |a ∩ b| / min(|a|, |b|) (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def measure_key(measure: dict[str, Any], mentions: list[dict[str, Any]]) -> str:
    """The key entity of ``measure`` among ``mentions`` (rows with canonical, type, start, end)."""
    types = {t for t, _why in KEY_TYPES}
    inside = [
        m
        for m in mentions
        if m["type"] in types and measure["start"] <= m["start"] and m["end"] <= measure["end"]
    ]
    obj = to_simplified(measure.get("object") or "")
    named = [m for m in inside if m["canonical"] in obj or to_simplified(m["text"]) in obj]
    chosen = named or inside
    if chosen:
        return str(chosen[0]["canonical"])
    return _NOISE.sub("", obj) or _NOISE.sub("", to_simplified(measure.get("action") or ""))


def group_tracks(measures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group measure rows (with ``key``, ``action``, ``object``, ``status``, ``published``) into tracks.

    Returns ``[{"key", "title", "status", "first_seen", "last_seen", "measure_ids"}]``, the history
    ordered by publication date; ``status`` is the status of the latest mention.
    """
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in measures:
        by_key[m["key"]].append(m)
    tracks = []
    for key, items in by_key.items():
        for cluster in _clusters(items, key):
            cluster.sort(key=lambda m: (m.get("published") or "", _STATUS_ORDER.get(m["status"], 0)))
            latest = cluster[-1]
            action = Counter(m["action"] for m in cluster).most_common(1)[0][0]
            tracks.append(
                {
                    "key": key,
                    "title": f"{key}: {action}" if action and action not in key else key,
                    "status": latest["status"],
                    "first_seen": cluster[0].get("published"),
                    "last_seen": latest.get("published"),
                    "measure_ids": [m["measure_id"] for m in cluster],
                }
            )
    return tracks


def _topic_grams(measure: dict[str, Any], key: str) -> set[str]:
    """Bigrams of what a measure does: its object and quote, the key itself left out.

    The quote is used as well as ``object`` because the same change is worded as a plan in one
    year (货运功能将加快转移) and as a result in another (货运功能转移已全部完成).
    """
    text = to_simplified((measure.get("object") or "") + "\n" + (measure.get("quote") or ""))
    text = _NOT_HAN.sub("\n", text.replace(key, "\n"))  # numbers and dates vary between mentions
    return {p[i : i + 2] for p in text.split("\n") for i in range(len(p) - 1)} - bigrams(key)


def _clusters(items: list[dict[str, Any]], key: str) -> list[list[dict[str, Any]]]:
    """Single-link clusters of measures by topic similarity (``_topic_grams``).

    Measures with the same topic bigrams are merged first (copies and reprints cost nothing);
    the distinct topics are then compared pairwise, or, above ``MAX_PAIRWISE`` distinct topics,
    grouped by exact action to stay linear.
    """
    topics: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for m in items:
        topics[frozenset(_topic_grams(m, key))].append(m)
    sets = list(topics)
    if len(sets) > MAX_PAIRWISE:
        exact: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for m in items:
            exact[to_simplified(m.get("action") or "")].append(m)
        return list(exact.values())
    parent = list(range(len(sets)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            if (not sets[i] and not sets[j]) or similarity(sets[i], sets[j]) >= ACTION_SIMILARITY:
                parent[find(i)] = find(j)
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for i, topic in enumerate(sets):
        out[find(i)].extend(topics[topic])
    return list(out.values())
