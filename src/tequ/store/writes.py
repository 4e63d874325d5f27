"""Insert the rows of one document (``tequ.store.rows.DocumentRows``) inside an open transaction.

Fact and measure keys (``fact_keys``, ``measure_keys``) are shared by many rows: their ids are
cached in ``keys`` (the caller clears it when a transaction rolls back). Offsets are code-point
indices into the document's original, end exclusive.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from tequ.store.rows import DocumentRows, EntityRows, article_index
from tequ.store.texts import original_text, paragraph_text

Keys = dict[tuple[str, tuple[Any, ...]], int]

_KEY_SQL = {
    "fact_keys": (
        "INSERT INTO fact_keys (subject, subject_norm, unit, qualifier, place, kind) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT DO NOTHING",
        "SELECT id FROM fact_keys WHERE subject = ? AND unit = ? AND qualifier = ? AND place = ? AND kind = ?",
    ),
    "measure_keys": (
        "INSERT INTO measure_keys (actor, action, object) VALUES (?,?,?) ON CONFLICT DO NOTHING",
        "SELECT id FROM measure_keys WHERE actor = ? AND action = ? AND object = ?",
    ),
}


def key_id(conn: sqlite3.Connection, table: str, key: tuple[Any, ...], keys: Keys) -> int:
    """Id of ``key`` in ``table`` (``fact_keys`` or ``measure_keys``), inserted when new."""
    got = keys.get((table, key))
    if got is not None:
        return got
    insert, select = _KEY_SQL[table]
    conn.execute(insert, key)
    lookup = (key[0], *key[2:]) if table == "fact_keys" else key  # subject_norm follows subject
    got = int(conn.execute(select, lookup).fetchone()[0])
    keys[(table, key)] = got
    return got


def insert_rows(conn: sqlite3.Connection, doc_id: int, rows: DocumentRows, keys: Keys) -> None:
    """Insert every child row of document ``doc_id``."""
    c = conn
    c.executemany(
        'INSERT INTO paragraphs (doc_id, start, "end", article, role, form, text) VALUES (?,?,?,?,?,?,?)',
        [(doc_id, *p) for p in rows.paragraphs],
    )
    for art, (body, tail) in zip(rows.articles, rows.fts, strict=True):
        cur = c.execute(
            'INSERT INTO articles (doc_id, article, title, published, source, authors, url, start, "end", tags,'
            " categories) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, *art),
        )
        c.execute(
            "INSERT INTO articles_fts (rowid, body, tail) VALUES (?, ?, ?)", (cur.lastrowid, body, tail)
        )
    c.executemany(
        'INSERT INTO flags (doc_id, start, "end", kind, repair) VALUES (?,?,?,?,?)',
        [(doc_id, *f) for f in rows.flags],
    )
    c.executemany(
        'INSERT INTO fact_rows (doc_id, article, idx, start, "end", quote, value, period, relates_to, key_id)'
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(doc_id, *f, key_id(c, "fact_keys", k, keys)) for f, k in rows.facts],
    )
    for i, e in enumerate(rows.entities):
        _insert_entity(c, doc_id, i, e)
    c.executemany(
        'INSERT INTO measure_rows (doc_id, article, idx, start, "end", status, horizon, key_id)'
        " VALUES (?,?,?,?,?,?,?,?)",
        [(doc_id, *m, key_id(c, "measure_keys", k, keys)) for m, k in rows.measures],
    )
    c.executemany(
        "INSERT INTO labels (doc_id, article, kind, name, score, evidence) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT DO NOTHING",
        [(doc_id, *lab) for lab in rows.labels],
    )


def _insert_entity(c: sqlite3.Connection, doc_id: int, idx: int, e: EntityRows) -> None:
    row = c.execute(
        "SELECT id FROM entities WHERE canonical = ? AND type = ?", (e.canonical, e.type)
    ).fetchone()
    if row is None:
        via = c.execute(
            "SELECT DISTINCT ea.entity_id FROM entity_aliases ea JOIN entities en ON en.id = ea.entity_id"
            " WHERE ea.alias = ? AND en.type = ?",
            (e.canonical, e.type),
        ).fetchall()
        if len(via) == 1:
            row = via[0]
    if row is None:
        cur = c.execute("INSERT INTO entities (canonical, type) VALUES (?, ?)", (e.canonical, e.type))
        entity_id = int(cur.lastrowid or 0)
    else:
        entity_id = int(row[0])
    c.executemany(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)",
        [(entity_id, f) for f in e.forms],
    )
    c.executemany(
        'INSERT INTO entity_mentions (entity_id, doc_id, idx, start, "end", first, role) VALUES (?,?,?,?,?,?,?)',
        [(entity_id, doc_id, idx, s, t, first, e.role) for s, t, first in e.mentions],
    )


def fts_rows(conn: sqlite3.Connection, doc_id: int) -> list[tuple[int, tuple[str, str]]]:
    """``(articles.id, (body, tail))`` as indexed for each article of ``doc_id`` (the tokens a
    contentless FTS5 table needs to delete them), rebuilt from the stored text."""
    row = conn.execute("SELECT original_zlib FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return []
    original = original_text(row[0])
    paras = conn.execute(
        'SELECT start, "end", article, role, form, text FROM paragraphs WHERE doc_id = ? ORDER BY start',
        (doc_id,),
    ).fetchall()
    out = []
    for a in conn.execute("SELECT id, article, title FROM articles WHERE doc_id = ?", (doc_id,)).fetchall():
        texts = [(p[3], paragraph_text(original, p[0], p[1], p[4], p[5])) for p in paras if p[2] == a[1]]
        out.append((int(a[0]), article_index(a[2], texts)))
    return out
