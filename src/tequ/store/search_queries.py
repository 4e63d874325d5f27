"""Full-text search over articles (SQLite backend): filters, bm25 ranking, snippets, facets.

Offsets index ``documents.original`` (code points, end exclusive); see ``Store.search``.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from functools import lru_cache
from itertools import chain
from typing import Any

from tequ.link.series import normalise_place
from tequ.search.fulltext import highlight_terms, parse_query, snippet, to_simplified
from tequ.store.texts import original_text, paragraph_text


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
        order, score = "ORDER BY bm25(articles_fts), a.id", "-bm25(articles_fts)"
    elif query.terms or not q.strip() or where:
        base = "FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
        base_params = params
        order, score = "ORDER BY a.published DESC, a.id", "0.0"
    else:  # only separators: nothing can match
        return {"data": [], "count": 0, "facets": {}}
    window = max(offset + limit, FACET_HITS if facets else 0)
    if query.expression and not where:
        hits, count = _fts_hits(conn, query.expression, window)
    else:
        count = conn.execute(f"SELECT count(*) {base}", base_params).fetchone()[0]
        if query.expression and count > RANK_CANDIDATES:  # as in _fts_hits: the newest matches first
            floor = conn.execute(
                f"SELECT articles_fts.rowid {base} ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?",
                [*base_params, RANK_CANDIDATES - 1],
            ).fetchone()[0]
            sql = f"SELECT {_HIT_COLUMNS}, {score} {base} AND articles_fts.rowid {{}} ? {order} LIMIT ?"
            hits = _tuples(conn, sql.format(">="), [*base_params, floor, window])
            if len(hits) < window:
                hits += _tuples(conn, sql.format("<"), [*base_params, floor, window - len(hits)])
        else:
            hits = _tuples(
                conn, f"SELECT {_HIT_COLUMNS}, {score} {base} {order} LIMIT ?", [*base_params, window]
            )
    rows = hits[offset : offset + limit]
    terms = highlight_terms(q)
    texts = _snippet_texts(conn, [(r[1], r[2]) for r in rows], terms)
    data = [
        {
            "doc_id": doc_id,
            "article": article,
            "title": title,
            "published": published,
            "source": source,
            "snippet": snippet(texts.get((doc_id, article), ""), terms),
            "score": round(float(score), 4),
        }
        for _id, doc_id, article, title, published, source, _tags, _cats, score in rows
    ]
    return {"data": data, "count": count, "facets": _facets(hits) if facets else {}}


#: a hit is a tuple of these columns and its score
_HIT_COLUMNS = "a.id, a.doc_id, a.article, a.title, a.published, a.source, a.tags, a.categories"


def _tuples(conn: sqlite3.Connection, sql: str, params: Any) -> list[tuple[Any, ...]]:
    """Rows as plain tuples (cheaper than ``sqlite3.Row`` for the 200 hits read per search)."""
    cur = conn.cursor()
    cur.row_factory = None
    return cur.execute(sql, params).fetchall()


#: bm25 ranks the newest this many matches of a query first: ranking costs about 1.5 us per match
#: (a query matching 10,000 articles took 9 ms of CPU), and the order of a query that broad says
#: little; the older matches follow, ranked among themselves, for pages beyond these
RANK_CANDIDATES = 2000

#: ``bm25()`` in the statement itself, not ``ORDER BY rank``: the same order (ties by id) for less
#: CPU (FTS5 serves ``rank`` through a nested statement it prepares on every query)
_RANKED = (
    "SELECT rowid, -bm25(articles_fts) FROM articles_fts WHERE articles_fts MATCH ? AND rowid {} ?"
    " ORDER BY bm25(articles_fts), rowid LIMIT ?"
)


def _fts_hits(conn: sqlite3.Connection, expression: str, window: int) -> tuple[list[tuple[Any, ...]], int]:
    """The best ``window`` articles for an FTS expression without filters, and the match count:
    FTS5 ranks and counts on its own (no join per match), then only the window is read. Of a
    query matching more than ``RANK_CANDIDATES`` articles, the newest that many (by article id,
    the order they were stored) come first, ranked; then the others, ranked."""
    count = conn.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (expression,)
    ).fetchone()[0]
    floor = 0
    if count > RANK_CANDIDATES:
        floor = conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (expression, RANK_CANDIDATES - 1),
        ).fetchone()[0]
    ranked = _tuples(conn, _RANKED.format(">="), (expression, floor, window))
    if floor and len(ranked) < window:  # a page beyond the newest matches
        ranked += _tuples(conn, _RANKED.format("<"), (expression, floor, window - len(ranked)))
    if not ranked:
        return [], count
    found = _tuples(
        conn,
        f"SELECT {_HIT_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))",
        (json.dumps([r[0] for r in ranked]),),
    )
    rows = {r[0]: r for r in found}
    return [(*rows[rowid], score) for rowid, score in ranked if rowid in rows], count


def _snippet_texts(
    conn: sqlite3.Connection, keys: list[tuple[int, int]], terms: list[str], width: int = 80
) -> dict[tuple[int, int], str]:
    """The Simplified body text of each article ``(doc_id, article)``, enough of it for
    ``snippet``: paragraphs are converted in order until the first hit of ``terms`` has ``width``
    characters after it (the rest cannot appear in the snippet). Two queries for all articles."""
    if not keys:
        return {}
    ids = json.dumps(sorted({d for d, _ in keys}))
    originals = {
        r[0]: original_text(r[1])
        for r in conn.execute(
            "SELECT id, original_zlib FROM documents WHERE id IN (SELECT value FROM json_each(?))", (ids,)
        )
    }
    paras: dict[tuple[int, int], list[tuple[int, int, int, str | None]]] = {k: [] for k in keys}
    for r in conn.execute(
        'SELECT doc_id, article, start, "end", form, text FROM paragraphs WHERE doc_id IN (SELECT value FROM json_each(?))'
        " AND role != 'title' ORDER BY doc_id, start",
        (ids,),
    ):
        if (r[0], r[1]) in paras:
            paras[(r[0], r[1])].append((r[2], r[3], r[4], r[5]))
    lowered = [t.lower() for t in terms if t]
    out: dict[tuple[int, int], str] = {}
    for key, rows in paras.items():
        original = originals.get(key[0], "")
        parts: list[str] = []
        size, hit = 0, -1
        for s, e, form, text in rows:
            part = paragraph_text(original, s, e, form, text)  # converted only when stored so (form 2)
            if hit < 0:
                low = part.lower()
                found = [i for i in (low.find(t) for t in lowered) if i >= 0]
                if found:
                    hit = size + min(found)
            parts.append(part)
            size += len(part) + 1
            if hit >= 0 and size > hit + width + 1:
                break
        out[key] = "\n".join(parts)
    return out


#: Facets are counted over this many best hits (bounded cost for queries matching most of the base).
FACET_HITS = 200


@lru_cache(maxsize=4096)
def _names(names_json: str) -> tuple[str, ...]:
    """Parsed ``articles.tags``/``categories`` (few distinct values: memoised)."""
    return tuple(json.loads(names_json))


def _facets(hits: list[tuple[Any, ...]], top: int = 10) -> dict[str, Any]:
    """Counts of source, year, category and tag over the best ``FACET_HITS`` hits (``over``),
    from the hits' own rows (``articles.tags``/``categories`` copy the article's labels)."""
    counters: dict[str, Counter[str]] = {
        "source": Counter(h[5] for h in hits if h[5]),
        "year": Counter(h[4][:4] for h in hits if h[4]),
        "category": Counter(chain.from_iterable(_names(h[7]) for h in hits)),
        "tag": Counter(chain.from_iterable(_names(h[6]) for h in hits)),
    }
    out: dict[str, Any] = {
        name: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]) for name, c in counters.items()
    }
    out["over"] = len(hits)
    return out
