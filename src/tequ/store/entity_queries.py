"""Read queries about merged entities and the entity co-occurrence graph (SQLite backend)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from itertools import combinations
from typing import Any

from tequ.search.fulltext import to_simplified
from tequ.store.texts import quote_sql


def _find_entity(conn: sqlite3.Connection, name: str) -> sqlite3.Row | None:
    """By canonical name, then alias, then the shortest canonical containing ``name``."""
    n = to_simplified(name.strip())
    if not n:
        return None
    for sql in (
        "SELECT e.id, e.canonical, e.type FROM entities e WHERE e.canonical = ?"
        " ORDER BY (SELECT count(*) FROM entity_mentions m WHERE m.entity_id = e.id) DESC",
        "SELECT e.id, e.canonical, e.type FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
        " WHERE a.alias = ? ORDER BY (SELECT count(*) FROM entity_mentions m WHERE m.entity_id = e.id) DESC",
        "SELECT e.id, e.canonical, e.type FROM entities e WHERE instr(e.canonical, ?) > 0"
        " ORDER BY length(e.canonical), e.id",
    ):
        row: sqlite3.Row | None = conn.execute(sql + " LIMIT 1", (n,)).fetchone()
        if row is not None:
            return row
    return None


def entities(
    conn: sqlite3.Connection,
    q: str | None = None,
    *,
    type: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Merged entities, most documents first (see ``Store.entities``)."""
    where: list[str] = []
    params: list[Any] = []
    if q:
        n = to_simplified(q.strip())
        where.append(
            "(instr(e.canonical, ?) > 0 OR e.id IN (SELECT entity_id FROM entity_aliases WHERE instr(alias, ?) > 0))"
        )
        params += [n, n]
    if type:
        where.append("e.type = ?")
        params.append(type)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    count = conn.execute(f"SELECT count(*) FROM entities e{cond}", params).fetchone()[0]
    rows = conn.execute(
        "SELECT e.id AS entity_id, e.canonical, e.type, count(DISTINCT m.doc_id) AS documents,"
        f" count(m.doc_id) AS mentions FROM entities e LEFT JOIN entity_mentions m ON m.entity_id = e.id{cond}"
        " GROUP BY e.id ORDER BY documents DESC, mentions DESC, e.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    data = []
    for r in rows:
        d = dict(r)
        d["aliases"] = _aliases(conn, d["entity_id"])
        data.append(d)
    return {"data": data, "count": count}


def _aliases(conn: sqlite3.Connection, entity_id: int) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,)
        )
    ]


def entity(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """One merged entity with its timeline, related entities and documents (see ``Store.entity``)."""
    row = _find_entity(conn, name)
    if row is None:
        return None
    eid = row["id"]
    out: dict[str, Any] = {"entity_id": eid, "canonical": row["canonical"], "type": row["type"]}
    out["aliases"] = _aliases(conn, eid)
    out["documents"] = [
        dict(r)
        for r in conn.execute(
            "SELECT m.doc_id, min(a.title) AS title, min(a.published) AS published, min(a.source) AS source,"
            " count(*) AS mentions FROM entity_mentions m LEFT JOIN articles a ON a.doc_id = m.doc_id"
            ' AND m.start >= a.start AND m.start < a."end" WHERE m.entity_id = ? GROUP BY m.doc_id'
            " ORDER BY published, m.doc_id",
            (eid,),
        )
    ]
    out["timeline"] = [
        dict(r)
        for r in conn.execute(
            "SELECT substr(a.published, 1, 7) AS period, count(*) AS mentions, count(DISTINCT m.doc_id) AS documents"
            " FROM entity_mentions m JOIN articles a ON a.doc_id = m.doc_id AND m.start >= a.start"
            ' AND m.start < a."end" WHERE m.entity_id = ? AND a.published IS NOT NULL GROUP BY 1 ORDER BY 1',
            (eid,),
        )
    ]
    out["related"] = _neighbours(conn, eid, 20)
    out["measures"] = [
        dict(r)
        for r in conn.execute(
            f'SELECT DISTINCT ms.id AS measure_id, ms.doc_id, ms.start, ms."end", {quote_sql("ms")} AS quote,'
            " ms.action, ms.object,"
            " ms.status, ms.horizon FROM entity_mentions m JOIN measures ms ON ms.doc_id = m.doc_id"
            ' AND m.start >= ms.start AND m."end" <= ms."end" WHERE m.entity_id = ? ORDER BY ms.doc_id, ms.idx'
            " LIMIT 100",
            (eid,),
        )
    ]
    return out


def _neighbours(conn: sqlite3.Connection, eid: int, limit: int) -> list[dict[str, Any]]:
    """Entities mentioned in the same documents, weighted by the number of shared documents."""
    return [
        dict(r)
        for r in conn.execute(
            "SELECT e.id AS entity_id, e.canonical, e.type, count(DISTINCT o.doc_id) AS weight"
            " FROM (SELECT DISTINCT doc_id FROM entity_mentions WHERE entity_id = ?) d"
            " JOIN entity_mentions o ON o.doc_id = d.doc_id AND o.first = 1 AND o.entity_id != ?"
            " JOIN entities e ON e.id = o.entity_id GROUP BY e.id ORDER BY weight DESC, e.id LIMIT ?",
            (eid, eid, limit),
        )
    ]


def _edges_among(conn: sqlite3.Connection, ids: set[int]) -> dict[tuple[int, int], int]:
    """Number of documents in which each pair of ``ids`` is mentioned together (one pass, in Python)."""
    edges: Counter[tuple[int, int]] = Counter()
    doc: int | None = None
    members: list[int] = []
    for doc_id, entity_id in conn.execute(
        "SELECT doc_id, entity_id FROM entity_mentions WHERE first = 1 ORDER BY doc_id, entity_id"
    ):
        if doc_id != doc:
            edges.update(combinations(sorted(set(members)), 2))
            doc, members = doc_id, []
        if entity_id in ids:
            members.append(entity_id)
    edges.update(combinations(sorted(set(members)), 2))
    return dict(edges)


def graph(
    conn: sqlite3.Connection, *, center: str | None = None, depth: int = 1, limit: int = 100
) -> dict[str, Any]:
    """Co-occurrence graph (see ``Store.graph``): around ``center`` (breadth-first to ``depth``),
    else among the ``limit`` entities found in most documents."""
    nodes: dict[int, dict[str, Any]] = {}
    edges: dict[tuple[int, int], int] = {}
    if center:
        row = _find_entity(conn, center)
        if row is None:
            return {"nodes": [], "edges": []}
        frontier = [row["id"]]
        nodes[row["id"]] = {"id": row["id"], "label": row["canonical"], "type": row["type"]}
        for _ in range(max(1, depth)):
            nxt = []
            for eid in frontier:
                for n in _neighbours(conn, eid, limit):
                    if len(nodes) >= limit and n["entity_id"] not in nodes:
                        continue
                    a, b = sorted((eid, n["entity_id"]))
                    edges[(a, b)] = n["weight"]
                    if n["entity_id"] not in nodes:
                        nodes[n["entity_id"]] = {
                            "id": n["entity_id"],
                            "label": n["canonical"],
                            "type": n["type"],
                        }
                        nxt.append(n["entity_id"])
            frontier = nxt
    else:
        for r in conn.execute(
            "SELECT e.id, e.canonical, e.type FROM entities e JOIN entity_mentions m ON m.entity_id = e.id"
            " AND m.first = 1 GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT ?",
            (limit,),
        ):
            nodes[r["id"]] = {"id": r["id"], "label": r["canonical"], "type": r["type"]}
        edges = _edges_among(conn, set(nodes))
    for n in nodes.values():
        n["documents"] = conn.execute(
            "SELECT count(DISTINCT doc_id) FROM entity_mentions WHERE entity_id = ?", (n["id"],)
        ).fetchone()[0]
    return {
        "nodes": list(nodes.values()),
        "edges": [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(edges.items())],
    }
