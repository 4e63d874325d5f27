"""Full-text search over articles (SQLite backend): filters, bm25 ranking, snippets, facets.

Offsets index ``documents.original`` (code points, end exclusive); see ``Store.search``.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from tequ.link.series import normalise_place
from tequ.search.fulltext import highlight_terms, parse_query, snippet, to_simplified
from tequ.store.texts import original_text


def _filters(
    *,
    date_from: str | None,
    date_to: str | None,
    source: str | None,
    tag: str | None,
    category: str | None,
    entity: str | None,
    place: str | None,
) -> tuple[list[str], list[Any]]:
    """SQL conditions on articles ``a`` for the search filters (values as placeholders)."""
    where: list[str] = []
    params: list[Any] = []
    if date_from:
        where.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("substr(a.published, 1, ?) <= ?")
        params += [len(date_to), date_to]
    if source:
        where.append("instr(a.source, ?) > 0")
        params.append(to_simplified(source))
    for kind, name in (("tag", tag), ("category", category)):
        if name:
            where.append(
                "EXISTS (SELECT 1 FROM labels l WHERE l.doc_id = a.doc_id AND l.article = a.article"
                " AND l.kind = ? AND l.name = ?)"
            )
            params += [kind, name]
    if entity:
        where.append(
            "EXISTS (SELECT 1 FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = a.doc_id"
            ' AND m.start >= a.start AND m.start < a."end" AND (e.canonical = ?'
            " OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias = ?)))"
        )
        params += [to_simplified(entity)] * 2
    if place:
        p = normalise_place(place)
        where.append(
            "(EXISTS (SELECT 1 FROM facts f WHERE f.doc_id = a.doc_id AND f.article = a.article"
            " AND (f.place = ? OR f.place = ? || '市'))"
            " OR EXISTS (SELECT 1 FROM entity_mentions m JOIN entities e ON e.id = m.entity_id"
            " WHERE m.doc_id = a.doc_id AND m.start >= a.start AND m.start < a.\"end\" AND e.type = 'LOC'"
            " AND (e.canonical = ? OR e.canonical = ? || '市')))"
        )
        params += [p, p, p, p]
    return where, params


def search(
    conn: sqlite3.Connection,
    q: str,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    source: str | None = None,
    tag: str | None = None,
    category: str | None = None,
    entity: str | None = None,
    place: str | None = None,
    limit: int = 20,
    offset: int = 0,
    facets: bool = True,
) -> dict[str, Any]:
    """Full-text search over articles (see ``Store.search``)."""
    query = parse_query(q)
    where, params = _filters(
        date_from=date_from,
        date_to=date_to,
        source=source,
        tag=tag,
        category=category,
        entity=entity,
        place=place,
    )
    if query.expression:
        base = (
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?"
            + "".join(f" AND {w}" for w in where)
        )
        base_params = [query.expression, *params]
        order, score = "ORDER BY articles_fts.rank", "-articles_fts.rank"
    elif query.terms or not q.strip() or where:
        base = "FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
        base_params = params
        order, score = "ORDER BY a.published DESC, a.id", "0.0"
    else:  # only separators: nothing can match
        return {"data": [], "count": 0, "facets": {}}
    window = max(offset + limit, FACET_HITS if facets else 0)
    hits = conn.execute(
        f"SELECT a.id, a.doc_id, a.article, a.title, a.published, a.source, a.tags, a.categories, {score} AS score"
        f" {base}"
        f" {order} LIMIT ?",
        [*base_params, window],
    ).fetchall()
    rows = hits[offset : offset + limit]
    count = conn.execute(f"SELECT count(*) {base}", base_params).fetchone()[0]
    terms = highlight_terms(q)
    data = [
        {
            "doc_id": r["doc_id"],
            "article": r["article"],
            "title": r["title"],
            "published": r["published"],
            "source": r["source"],
            "snippet": snippet(_article_text(conn, r["doc_id"], r["article"]), terms),
            "score": round(float(r["score"]), 4),
        }
        for r in rows
    ]
    return {"data": data, "count": count, "facets": _facets(hits) if facets else {}}


def _article_text(conn: sqlite3.Connection, doc_id: int, article: int) -> str:
    """The article's body paragraphs, Simplified (snippets are cut from it)."""
    blob = conn.execute("SELECT original_zlib FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if blob is None:
        return ""
    original = original_text(blob[0])
    rows = conn.execute(
        "SELECT start, \"end\", form, text FROM paragraphs WHERE doc_id = ? AND article = ? AND role != 'title'"
        " ORDER BY start",
        (doc_id, article),
    ).fetchall()
    # stored texts are Simplified already; one t2s call over the whole article is cheapest
    return to_simplified("\n".join(original[s:e] if form else (text or "") for s, e, form, text in rows))


#: Facets are counted over this many best hits (bounded cost for queries matching most of the base).
FACET_HITS = 200


def _facets(hits: list[sqlite3.Row], top: int = 10) -> dict[str, Any]:
    """Counts of source, year, category and tag over the best ``FACET_HITS`` hits (``over``),
    from the hits' own rows (``articles.tags``/``categories`` copy the article's labels)."""
    counters: dict[str, Counter[str]] = {k: Counter() for k in ("source", "year", "category", "tag")}
    for r in hits:
        if r["source"]:
            counters["source"][r["source"]] += 1
        if r["published"]:
            counters["year"][r["published"][:4]] += 1
        counters["tag"].update(json.loads(r["tags"]))
        counters["category"].update(json.loads(r["categories"]))
    out: dict[str, Any] = {
        name: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]) for name, c in counters.items()
    }
    out["over"] = len(hits)
    return out
