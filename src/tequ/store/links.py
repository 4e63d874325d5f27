"""Rebuild the cross-document link tables (checks, tracked_measures) from stored annotations.

Called by ``Store.relink`` inside one transaction; the logic is in ``tequ.link``, the SQL here.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from tequ.link.checks import base_period, check_change
from tequ.link.series import normalise_place
from tequ.link.tracking import group_tracks, quote_key, topic_key
from tequ.store.texts import quote_sql

_FACT_COLS = "f.id AS fact_id, f.doc_id, f.subject, f.subject_norm, f.value, f.unit, f.qualifier, f.period, f.place, f.quote"


def _first_levels(levels: list[dict[str, Any]]) -> dict[int | None, dict[str, dict[str, Any]]]:
    """The first level (lowest fact id) per unit, per document (``None``: over all documents);
    ``levels`` come in fact id order."""
    out: dict[int | None, dict[str, dict[str, Any]]] = defaultdict(dict)
    for lv in levels:
        out[lv["doc_id"]].setdefault(lv["unit"], lv)
        out[None].setdefault(lv["unit"], lv)
    return out


def _pick_level(
    firsts: dict[int | None, dict[str, dict[str, Any]]], doc_id: int, units: dict[str, Any]
) -> dict[str, Any] | None:
    """The level to compare with: the first one of the change's own document in a unit that has
    a base level, else the first one stated anywhere in such a unit."""
    for scope in (doc_id, None):
        found = [lv for unit, lv in firsts.get(scope, {}).items() if unit in units]
        if found:
            return min(found, key=lambda lv: lv["fact_id"])
    return None


def rebuild_checks(conn: sqlite3.Connection) -> int:
    """Recompute ``checks``: every %-change with levels for its period and base period."""
    conn.execute("DELETE FROM checks")
    levels: dict[tuple[str, str | None, str], list[dict[str, Any]]] = defaultdict(list)
    for r in conn.execute(
        f"SELECT {_FACT_COLS} FROM facts f WHERE f.kind IN ('level', 'count') AND f.period IS NOT NULL ORDER BY f.id"
    ):
        row = dict(r)
        levels[(row["subject_norm"], normalise_place(row["place"]), row["period"])].append(row)
    changes = conn.execute(
        f"SELECT {_FACT_COLS} FROM facts f WHERE f.kind = 'change' AND f.unit = '%' AND f.period IS NOT NULL"
    ).fetchall()
    n = 0
    bases: dict[tuple[str, str | None, str], dict[str, dict[str, Any]]] = {}
    firsts: dict[tuple[str, str | None, str], dict[int | None, dict[str, dict[str, Any]]]] = {}
    for r in changes:
        ch = dict(r)
        place = normalise_place(ch["place"])
        base = base_period(ch["period"])
        now = levels.get((ch["subject_norm"], place, ch["period"]), [])
        before = levels.get((ch["subject_norm"], place, base or ""), [])
        bkey = (ch["subject_norm"], place, base or "")
        if bkey not in bases:
            bases[bkey] = {}
            for bv in before:  # the first stated base level per unit (rows come in fact_id order)
                if bv["value"]:
                    bases[bkey].setdefault(bv["unit"], bv)
        first_base = bases[bkey]
        if not first_base or not now:
            continue
        nkey = (ch["subject_norm"], place, ch["period"])
        if nkey not in firsts:
            firsts[nkey] = _first_levels(now)
        lv = _pick_level(firsts[nkey], ch["doc_id"], first_base)
        if lv is None:
            continue
        bv = first_base[lv["unit"]]
        res = check_change(ch, lv, bv)
        conn.execute(
            "INSERT INTO checks (subject, place, period, base_period, stated, implied, implied_low, implied_high,"
            " status, change_fact_id, level_fact_id, base_fact_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                ch["subject_norm"],
                place,
                ch["period"],
                base,
                res["stated"],
                res["implied"],
                res["implied_low"],
                res["implied_high"],
                res["status"],
                ch["fact_id"],
                lv["fact_id"],
                bv["fact_id"],
            ),
        )
        n += 1
    return n


def rebuild_tracks(conn: sqlite3.Connection) -> int:
    """Recompute ``tracked_measures`` and ``measure_links`` from every stored measure."""
    conn.execute("DELETE FROM measure_links")
    conn.execute("DELETE FROM tracked_measures")
    mentions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in conn.execute(
        f'SELECT m.doc_id, m.start, m."end", {quote_sql("m")} AS text, e.canonical, e.type FROM entity_mentions m'
        " JOIN entities e ON e.id = m.entity_id WHERE e.type IN ('FAC', 'POLICY', 'EVENT') ORDER BY m.doc_id"
    ):
        mentions[r["doc_id"]].append(dict(r))
    measures: list[dict[str, Any]] = []
    for r in conn.execute(
        f'SELECT m.id AS measure_id, m.doc_id, m.start, m."end", {quote_sql("m")} AS quote, m.action, m.object,'
        " m.status, a.published"
        " FROM measures m LEFT JOIN articles a ON a.doc_id = m.doc_id AND a.article = m.article"
        " ORDER BY m.doc_id, m.start"
    ):
        row = dict(r)
        found = mentions.get(row["doc_id"], [])
        row["key"] = topic_key(row, found)
        prev = measures[-1] if measures else None
        if (
            not row["key"]
            and prev
            and prev["doc_id"] == row["doc_id"]
            and 0 <= row["start"] - prev["end"] <= 2
        ):
            # 光明城站综合交通枢纽已完成可研，将于2025年下半年开工: a clause with no topic of its
            # own continues the measure right before it (one punctuation mark apart)
            row["key"], row["context"] = prev["key"], prev.get("context", prev)
        elif not row["key"]:
            row["key"] = quote_key(row)
        measures.append(row)
    tracks = group_tracks(measures)
    for t in tracks:
        cur = conn.execute(
            "INSERT INTO tracked_measures (key, title, status, first_seen, last_seen) VALUES (?,?,?,?,?)",
            (t["key"], t["title"], t["status"], t["first_seen"], t["last_seen"]),
        )
        conn.executemany(
            "INSERT INTO measure_links (track_id, measure_id) VALUES (?, ?)",
            [(cur.lastrowid, mid) for mid in t["measure_ids"]],
        )
    return len(tracks)
