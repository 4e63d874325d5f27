"""Read queries of the SQLite backend: search, documents, facts, series, tracks, checks, export.

Entity and graph queries are in ``tequ.store.entity_queries``, search in ``tequ.store.search_queries``. Every function takes an open
connection (``row_factory = sqlite3.Row``) and returns JSON-able values; offsets index
``documents.original`` (code points, end exclusive).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from tequ.link.checks import check_note
from tequ.link.series import expand_abbreviations, group_series, normalise_place, normalise_subject
from tequ.search.fulltext import to_simplified
from tequ.store.entity_queries import entities, entity, graph
from tequ.store.search_queries import search
from tequ.store.texts import decode_spans, original_text, quote_sql, resolve_paragraphs

__all__ = [
    "checks",
    "document",
    "entities",
    "entity",
    "export_rows",
    "facts",
    "graph",
    "search",
    "series",
    "tracks",
]


def _fact_row(r: sqlite3.Row) -> dict[str, Any]:
    d = dict(r)
    if "fact_id" not in d and "id" in d:
        d["fact_id"] = d.pop("id")
    return d


_FACT_SELECT = (
    'SELECT f.id AS fact_id, f.doc_id, f.article, f.start, f."end", f.quote, f.subject, f.subject_norm, f.value,'
    " f.unit, f.qualifier, f.period, f.place, f.kind, f.relates_to, a.title, a.published, a.source"
    " FROM facts f LEFT JOIN articles a ON a.doc_id = f.doc_id AND a.article = f.article"
)


#: fact keys whose subject or normalised subject contains a string (a scan of the few thousand
#: keys; the facts themselves are then found through the ``fact_rows_key`` index)
_KEYS_LIKE = "SELECT id FROM fact_keys WHERE instr(subject, ?) > 0 OR instr(subject_norm, ?) > 0"


def facts(
    conn: sqlite3.Connection,
    *,
    subject: str | None = None,
    place: str | None = None,
    kind: str | None = None,
    period: str | None = None,
    doc_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Facts with their citation (see ``Store.facts``)."""
    where: list[str] = []
    params: list[Any] = []
    if subject:
        s = to_simplified(subject)
        where.append(f"f.key_id IN ({_KEYS_LIKE})")
        params += [s, normalise_subject(s)]
    if place:
        p = normalise_place(place)
        where.append("(f.place = ? OR f.place = ? || '市')")
        params += [p, p]
    if kind:
        where.append("f.kind = ?")
        params.append(kind)
    if period:
        where.append("f.period LIKE ? || '%'")
        params.append(period)
    if doc_id is not None:
        where.append("f.doc_id = ?")
        params.append(doc_id)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    rows = conn.execute(
        f"{_FACT_SELECT}{cond} ORDER BY f.period DESC, f.doc_id, f.idx LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    count = conn.execute(f"SELECT count(*) FROM facts f{cond}", params).fetchone()[0]
    return {"data": [_fact_row(r) for r in rows], "count": count}


def fact_by_id(conn: sqlite3.Connection, fact_id: int) -> dict[str, Any] | None:
    row = conn.execute(f"{_FACT_SELECT} WHERE f.id = ?", (fact_id,)).fetchone()
    return _fact_row(row) if row else None


def series(
    conn: sqlite3.Connection, subject: str, *, unit: str | None = None, place: str | None = None
) -> list[dict[str, Any]]:
    """Series of level/count facts whose subject contains ``subject`` (see ``Store.series``)."""
    s = expand_abbreviations(to_simplified(subject or "").strip())
    if not s:
        return []
    sql = (
        "SELECT fact_id, doc_id, subject, subject_norm, unit, place, period, value, qualifier, quote, start,"
        f' "end", title, published FROM series_points WHERE key_id IN ({_KEYS_LIKE})'
    )
    params: list[Any] = [s, normalise_subject(s)]
    if unit:
        sql += " AND unit = ?"
        params.append(unit)
    rows = [dict(r) for r in conn.execute(sql, params)]
    for r in rows:
        r["place"] = normalise_place(r["place"])
    if place:
        rows = [r for r in rows if r["place"] == normalise_place(place)]
    return group_series(rows)


def tracks(
    conn: sqlite3.Connection,
    q: str | None = None,
    *,
    status: str | None = None,
    place: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Tracked measures with their status history (see ``Store.tracks``)."""
    where: list[str] = []
    params: list[Any] = []
    if q:
        s = to_simplified(q)
        where.append(
            "(instr(t.key, ?) > 0 OR instr(t.title, ?) > 0 OR EXISTS (SELECT 1 FROM measure_links l JOIN measures m"
            " ON m.id = l.measure_id WHERE l.track_id = t.id AND (instr(m.object, ?) > 0 OR instr("
            + quote_sql("m")
            + ", ?) > 0)))"
        )
        params += [s, s, s, q]
    if status:
        where.append("t.status = ?")
        params.append(status)
    if place:
        where.append(
            "EXISTS (SELECT 1 FROM measure_links l JOIN measures m ON m.id = l.measure_id WHERE l.track_id = t.id"
            " AND (instr(m.actor, ?) > 0 OR instr(m.object, ?) > 0))"
        )
        params += [normalise_place(place)] * 2
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    count = conn.execute(f"SELECT count(*) FROM tracked_measures t{cond}", params).fetchone()[0]
    rows = conn.execute(
        "SELECT t.id AS track_id, t.key, t.title, t.status, t.first_seen, t.last_seen,"
        " (SELECT count(*) FROM measure_links l WHERE l.track_id = t.id) AS n"
        f" FROM tracked_measures t{cond} ORDER BY n DESC, t.last_seen DESC, t.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    data = []
    for r in rows:
        item = dict(r)
        item.pop("n")
        item["history"] = [
            dict(h)
            for h in conn.execute(
                f"SELECT a.published, m.status, m.action, m.object, m.actor, m.horizon, {quote_sql('m')} AS quote,"
                ' m.start, m."end",'
                " m.doc_id, m.id AS measure_id, a.title, a.source FROM measure_links l JOIN measures m"
                " ON m.id = l.measure_id LEFT JOIN articles a ON a.doc_id = m.doc_id AND a.article = m.article"
                " WHERE l.track_id = ? ORDER BY a.published, m.doc_id, m.idx",
                (r["track_id"],),
            )
        ]
        data.append(item)
    return {"data": data, "count": count}


def checks(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every consistency check with the three cited facts (see ``Store.checks``)."""
    out = []
    for r in conn.execute("SELECT * FROM checks ORDER BY status DESC, period, subject"):
        d = dict(r)
        d["check_id"] = d.pop("id")
        for key in ("change", "level", "base"):
            d[key] = fact_by_id(conn, d.pop(f"{key}_fact_id"))
        exact = all((d[k] or {}).get("qualifier", "exact") == "exact" for k in ("level", "base"))
        d["note"] = check_note(d, bound=not exact)
        out.append(d)
    return out


def document(conn: sqlite3.Connection, doc_id: int) -> dict[str, Any] | None:
    """One document with everything stored about it (see ``Store.document``)."""
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    d = dict(row)
    d["doc_id"] = d.pop("id")
    d["original"] = original = original_text(d.pop("original_zlib"))
    del d["chars"]
    d["dropped"] = [{"start": s, "end": e, "reason": why} for s, e, why in json.loads(d["dropped"])]
    d["meta"] = json.loads(d["meta"])

    def rows(sql: str) -> list[dict[str, Any]]:
        return [dict(r) for r in conn.execute(sql, (doc_id,))]

    d["articles"] = rows(
        'SELECT article, title, published, source, authors, url, start, "end" FROM articles'
        " WHERE doc_id = ? ORDER BY article"
    )
    for a in d["articles"]:
        a["authors"] = json.loads(a["authors"])
    d["source"] = d["articles"][0]["source"] if d["articles"] else None
    d["paragraphs"] = resolve_paragraphs(
        original,
        rows(
            'SELECT start, "end", text, article, role, form FROM paragraphs WHERE doc_id = ? ORDER BY start'
        ),
    )
    d["text"] = "\n".join(p["text"] for p in d["paragraphs"])
    d["flags"] = rows('SELECT start, "end", kind, repair FROM flags WHERE doc_id = ? ORDER BY start')
    d["facts"] = facts(conn, doc_id=doc_id, limit=100000)["data"]
    d["facts"].sort(key=lambda f: (f["start"], f["fact_id"]))
    d["entities"] = rows(
        'SELECT m.entity_id, m.start, m."end", e.type, e.canonical, m.role FROM entity_mentions m'
        " JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? AND m.first = 1 ORDER BY m.idx"
    )
    for e in d["entities"]:
        e["text"] = original[e["start"] : e["end"]]
    mentions = rows('SELECT idx, start, "end" FROM entity_mentions WHERE doc_id = ? ORDER BY start')
    for i, e in enumerate(d["entities"]):
        e["mentions"] = [{"start": m["start"], "end": m["end"]} for m in mentions if m["idx"] == i]
    d["measures"] = rows(
        'SELECT id AS measure_id, article, start, "end", actor, action, object, status, horizon'
        " FROM measures WHERE doc_id = ? ORDER BY idx"
    )
    for m in d["measures"]:
        m["quote"] = original[m["start"] : m["end"]]
    labels = rows(
        "SELECT kind, name, score, article, evidence FROM labels WHERE doc_id = ? ORDER BY score DESC"
    )
    for lab in labels:
        lab["evidence"] = [{"start": s, "end": e} for s, e in decode_spans(lab["evidence"])]
    for key, kind in (("tags", "tag"), ("categories", "category")):
        d[key] = [{k: v for k, v in lab.items() if k != "kind"} for lab in labels if lab["kind"] == kind]
    return d


_EXPORTS = {
    "documents": "SELECT d.id AS doc_id, d.path, d.content_hash, d.pipeline_version, d.ingested_at, a.article,"
    " a.title, a.published, a.source FROM documents d JOIN articles a ON a.doc_id = d.id ORDER BY d.id, a.article",
    "facts": f"{_FACT_SELECT} ORDER BY f.doc_id, f.idx",
    "entities": "SELECT e.id AS entity_id, e.canonical, e.type, count(DISTINCT m.doc_id) AS documents,"
    " count(*) AS mentions FROM entities e JOIN entity_mentions m ON m.entity_id = e.id GROUP BY e.id ORDER BY e.id",
    "measures": f'SELECT m.id AS measure_id, m.doc_id, m.start, m."end", {quote_sql("m")} AS quote, m.actor, m.action, m.object,'
    " m.status, m.horizon, a.published FROM measures m LEFT JOIN articles a ON a.doc_id = m.doc_id"
    " AND a.article = m.article ORDER BY m.doc_id, m.idx",
    "tracks": "SELECT t.id AS track_id, t.key, t.title, t.status, t.first_seen, t.last_seen, l.measure_id"
    " FROM tracked_measures t JOIN measure_links l ON l.track_id = t.id ORDER BY t.id, l.measure_id",
    "checks": "SELECT * FROM checks ORDER BY id",
}


def export_rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    """Rows of one logical table for ``tequ export`` (names in ``_EXPORTS``)."""
    sql = _EXPORTS.get(table)
    if sql is None:
        from tequ.errors import StoreError

        raise StoreError(f"cannot export {table!r}: choose one of {', '.join(sorted(_EXPORTS))}")
    for r in conn.execute(sql):
        yield dict(r)


#: Characters of the original kept on either side of a fact's quote for ``ask`` (its sentence).
CONTEXT_CHARS = 120

#: Where a cited sentence may start or end when the context window cuts into a paragraph:
#: sentence ends first, then clause breaks, so the citation never starts or stops mid-word.
_SENTENCE_ENDS = "。！!？?；;"
_CLAUSE_BREAKS = "，,、：:"


def _context(text: str, start: int, end: int, para: tuple[int, int] | None) -> tuple[str, str]:
    """Up to ``CONTEXT_CHARS`` of ``text`` before ``start`` and after ``end``, inside the paragraph
    ``para`` (so a JSON field, a title or the page chrome never leaks in) and, where the window
    cuts the paragraph, trimmed to the nearest sentence end (else clause break) inside it."""
    lo, hi = para if para and para[0] <= start and end <= para[1] else (0, len(text))
    b0 = max(lo, start - CONTEXT_CHARS)
    before = text[b0:start]
    if b0 > lo:  # cut inside the paragraph: start after the first boundary in the window
        for marks in (_SENTENCE_ENDS, _CLAUSE_BREAKS):
            cuts = [i for i in (before.find(ch) for ch in marks) if i >= 0]
            if cuts:
                before = before[min(cuts) + 1 :]
                break
    a1 = min(hi, end + CONTEXT_CHARS)
    after = text[end:a1]
    if a1 < hi:  # cut inside the paragraph: stop at the last boundary in the window
        for marks in (_SENTENCE_ENDS, _CLAUSE_BREAKS):
            cut = max(after.rfind(ch) for ch in marks)
            if cut >= 0:
                after = after[: cut + 1]
                break
    return before, after


def fact_candidates(
    conn: sqlite3.Connection, grams: list[str], *, period: str | None = None, limit: int = 2000
) -> list[dict[str, Any]]:
    """Facts whose subject shares at least one of ``grams`` (for ``ask``), each with ``before`` and
    ``after``: up to ``CONTEXT_CHARS`` characters of the original on either side of the quote,
    inside its paragraph and cut at a sentence or clause boundary (``_context``), and ``role``:
    the role of that paragraph (``title``, ``body``...), None when no paragraph holds it."""
    if not grams:
        return []
    cond = " OR ".join(["instr(subject, ?) > 0"] * len(grams))
    params: list[Any] = list(grams)
    sql = f"{_FACT_SELECT} WHERE f.key_id IN (SELECT id FROM fact_keys WHERE {cond})"
    if period:
        sql += " AND f.period LIKE ? || '%'"
        params.append(period)
    out = [_fact_row(r) for r in conn.execute(sql + " LIMIT ?", [*params, limit])]
    originals: dict[int, str] = {}
    paragraphs: dict[int, list[tuple[int, int, str]]] = {}
    for f in out:
        doc_id = f["doc_id"]
        if doc_id not in originals:
            blob = conn.execute("SELECT original_zlib FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            originals[doc_id] = original_text(blob)
            paragraphs[doc_id] = [
                (r[0], r[1], r[2])
                for r in conn.execute('SELECT start, "end", role FROM paragraphs WHERE doc_id = ?', (doc_id,))
            ]
        para = next((p for p in paragraphs[doc_id] if p[0] <= f["start"] and f["end"] <= p[1]), None)
        f["before"], f["after"] = _context(
            originals[doc_id], f["start"], f["end"], (para[0], para[1]) if para else None
        )
        f["role"] = para[2] if para else None
    return out


def places(conn: sqlite3.Connection) -> list[str]:
    """Every distinct fact place and LOC entity name (Simplified), longest first."""
    rows = conn.execute(
        "SELECT DISTINCT place FROM facts WHERE place IS NOT NULL UNION"
        " SELECT canonical FROM entities WHERE type = 'LOC'"
    ).fetchall()
    return sorted({r[0] for r in rows if r[0]}, key=len, reverse=True)
