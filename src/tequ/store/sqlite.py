"""The SQLite backend: one file in WAL mode, one transaction per document.

Write side lives here; read queries are in ``tequ.store.queries``. All SQL of the product is
in ``tequ.store``. Offsets in every table index ``documents.original`` (code points, end
exclusive).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import tequ
from tequ.errors import StoreError
from tequ.link.resolve import entity_key, surface_forms
from tequ.link.series import normalise_subject
from tequ.model import Annotations, Article, Document, Entity
from tequ.search.fulltext import index_text, to_simplified
from tequ.store import links, queries
from tequ.store.base import JSON, Page, Store
from tequ.store.schema import migrate, schema_version

#: Page size of new files: small pages waste less of the last overflow page of each long
#: ``documents.original`` (measured: 4096 -> 2048 saves ~20% of the file, search speed unchanged).
PAGE_SIZE = 2048

_CHILD_TABLES = ("articles", "paragraphs", "flags", "facts", "entity_mentions", "measures", "labels")


def connect(path: str) -> sqlite3.Connection:
    """Open ``path`` with the settings every tequ connection uses (WAL, foreign keys, busy wait)."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        if conn.execute("PRAGMA page_count").fetchone()[0] == 0:
            conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: a process crash loses no commit
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA cache_size=-65536")
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open as a SQLite knowledge base: {exc}") from exc
    return conn


class SQLiteStore(Store):
    """``Store`` on a SQLite file (see ``tequ.store.base.Store`` for every method's contract)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.url = f"sqlite:///{path}"
        self.conn = connect(path)
        try:
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{path}: not a tequ knowledge base: {exc}") from exc

    # --- write side -------------------------------------------------------------------
    def save_document(
        self,
        doc: Document,
        ann: Annotations,
        *,
        path: str,
        content_hash: str,
        pipeline_version: int | None = None,
    ) -> int:
        version = tequ.PIPELINE_VERSION if pipeline_version is None else pipeline_version
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            row = c.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchone()
            fields = (
                content_hash,
                version,
                datetime.now(UTC).isoformat(timespec="seconds"),
                doc.encoding,
                doc.script,
                doc.original,
                json.dumps([[d.start, d.end, d.reason] for d in doc.dropped], ensure_ascii=False),
                json.dumps(doc.meta, ensure_ascii=False, default=str),
            )
            if row is None:
                cur = c.execute(
                    "INSERT INTO documents (content_hash, pipeline_version, ingested_at, encoding, script,"
                    " original, dropped, meta, path) VALUES (?,?,?,?,?,?,?,?,?)",
                    (*fields, path),
                )
                doc_id = int(cur.lastrowid or 0)
            else:
                doc_id = int(row[0])
                self._delete_children(doc_id)
                c.execute(
                    "UPDATE documents SET content_hash=?, pipeline_version=?, ingested_at=?, encoding=?,"
                    " script=?, original=?, dropped=?, meta=? WHERE id=?",
                    (*fields, doc_id),
                )
            self._insert_text(doc_id, doc)
            self._insert_annotations(doc_id, doc, ann)
            c.execute("COMMIT")
        except BaseException as exc:  # KeyboardInterrupt too: never leave half a document
            if c.in_transaction:
                c.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{path}: cannot store: {exc}") from exc
            raise
        return doc_id

    def _delete_children(self, doc_id: int) -> None:
        c = self.conn
        for art_id, body in self._fts_bodies(doc_id):
            c.execute(
                "INSERT INTO articles_fts (articles_fts, rowid, body) VALUES ('delete', ?, ?)", (art_id, body)
            )
        for table in _CHILD_TABLES:
            c.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def _fts_bodies(self, doc_id: int) -> list[tuple[int, str]]:
        rows = self.conn.execute(
            "SELECT id, article, title FROM articles WHERE doc_id = ?", (doc_id,)
        ).fetchall()
        out = []
        for r in rows:
            paras = self.conn.execute(
                "SELECT role, text FROM paragraph_texts WHERE doc_id = ? AND article = ? ORDER BY start",
                (doc_id, r["article"]),
            ).fetchall()
            out.append((int(r["id"]), _article_body(r["title"], [(p["role"], p["text"]) for p in paras])))
        return out

    def _insert_text(self, doc_id: int, doc: Document) -> None:
        c = self.conn
        articles = doc.articles or (Article(_first_line(doc), None, None, (), 0, len(doc.original)),)
        c.executemany(
            'INSERT INTO paragraphs (doc_id, article, role, start, "end", text) VALUES (?,?,?,?,?,?)',
            [
                (
                    doc_id,
                    p.article,
                    p.role,
                    p.start,
                    p.end,
                    None if doc.original[p.start : p.end] == p.text else p.text,
                )
                for p in doc.paragraphs
            ],
        )
        for i, a in enumerate(articles):
            cur = c.execute(
                'INSERT INTO articles (doc_id, article, title, published, source, authors, url, start, "end")'
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    doc_id,
                    i,
                    a.title,
                    a.published,
                    a.source,
                    json.dumps(list(a.authors), ensure_ascii=False),
                    a.url,
                    a.start,
                    a.end,
                ),
            )
            paras = [(p.role, p.text) for p in doc.paragraphs if p.article == i]
            c.execute(
                "INSERT INTO articles_fts (rowid, body) VALUES (?, ?)",
                (cur.lastrowid, _article_body(a.title, paras)),
            )
        c.executemany(
            'INSERT INTO flags (doc_id, start, "end", kind, repair) VALUES (?,?,?,?,?)',
            [(doc_id, f.start, f.end, f.kind, f.repair) for f in doc.flags],
        )

    def _insert_annotations(self, doc_id: int, doc: Document, ann: Annotations) -> None:
        c = self.conn
        c.executemany(
            'INSERT INTO facts (doc_id, article, idx, start, "end", quote, subject, subject_norm, value, unit,'
            " qualifier, period, place, kind, relates_to) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc_id,
                    f.article,
                    i,
                    f.start,
                    f.end,
                    f.quote,
                    f.subject,
                    normalise_subject(f.subject, f.place),
                    f.value,
                    f.unit,
                    f.qualifier,
                    f.period,
                    to_simplified(f.place) if f.place else None,
                    f.kind,
                    f.relates_to,
                )
                for i, f in enumerate(ann.facts)
            ],
        )
        for i, e in enumerate(ann.entities):
            self._insert_entity(doc_id, doc, i, e)
        c.executemany(
            'INSERT INTO measures (doc_id, article, idx, start, "end", quote, actor, action, object, status,'
            " horizon) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc_id,
                    m.article,
                    i,
                    m.start,
                    m.end,
                    m.quote,
                    m.actor,
                    m.action,
                    m.object,
                    m.status,
                    m.horizon,
                )
                for i, m in enumerate(ann.measures)
            ],
        )
        c.executemany(
            "INSERT INTO labels (doc_id, article, kind, name, score, evidence) VALUES (?,?,?,?,?,?)",
            [
                (
                    doc_id,
                    lab.article,
                    kind,
                    lab.name,
                    lab.score,
                    json.dumps([[s.start, s.end] for s in lab.evidence]),
                )
                for kind, labels in (("tag", ann.tags), ("category", ann.categories))
                for lab in labels
            ],
        )

    def _insert_entity(self, doc_id: int, doc: Document, idx: int, e: Entity) -> None:
        c = self.conn
        canonical, etype = entity_key(e)
        forms = surface_forms(e, doc.original)
        row = c.execute(
            "SELECT id FROM entities WHERE canonical = ? AND type = ?", (canonical, etype)
        ).fetchone()
        if row is None:
            via = c.execute(
                "SELECT DISTINCT ea.entity_id FROM entity_aliases ea JOIN entities en ON en.id = ea.entity_id"
                " WHERE ea.alias = ? AND en.type = ?",
                (canonical, etype),
            ).fetchall()
            if len(via) == 1:
                row = via[0]
        if row is None:
            entity_id = int(
                c.execute(
                    "INSERT INTO entities (canonical, type) VALUES (?, ?)", (canonical, etype)
                ).lastrowid
                or 0
            )
        else:
            entity_id = int(row[0])
        c.executemany(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)",
            [(entity_id, f) for f in forms],
        )
        spans = sorted({(s.start, s.end) for s in e.mentions} | {(e.start, e.end)})
        c.executemany(
            'INSERT INTO entity_mentions (entity_id, doc_id, idx, start, "end", text, first, role)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [
                (entity_id, doc_id, idx, s, t, doc.original[s:t], int((s, t) == (e.start, e.end)), e.role)
                for s, t in spans
            ],
        )

    def is_current(self, path: str, content_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM documents WHERE path = ? AND content_hash = ?", (path, content_hash)
        ).fetchone()
        return row is not None

    def stale_documents(self, *, pipeline_version: int | None = None, all: bool = False) -> list[JSON]:
        version = tequ.PIPELINE_VERSION if pipeline_version is None else pipeline_version
        rows = self.conn.execute(
            "SELECT id AS doc_id, path, pipeline_version FROM documents WHERE ? OR pipeline_version != ? ORDER BY id",
            (int(all), version),
        ).fetchall()
        return [dict(r) for r in rows]

    def load_original(self, doc_id: int) -> JSON | None:
        row = self.conn.execute(
            "SELECT id AS doc_id, path, original, content_hash, encoding, meta FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["format"] = json.loads(out.pop("meta")).get("format")
        return out

    def relink(self) -> JSON:
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            c.execute("DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM entity_mentions)")
            counts = {"checks": links.rebuild_checks(c), "tracks": links.rebuild_tracks(c)}
            c.execute("COMMIT")
        except BaseException as exc:
            if c.in_transaction:
                c.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: cannot relink: {exc}") from exc
            raise
        return counts

    # --- read side --------------------------------------------------------------------
    def stats(self) -> JSON:
        out: dict[str, Any] = {
            t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (
                "documents",
                "articles",
                "paragraphs",
                "facts",
                "entities",
                "entity_mentions",
                "measures",
                "tracked_measures",
                "checks",
            )
        }
        out["schema_version"] = schema_version(self.conn)
        out["pipeline_versions"] = {
            str(r[0]): r[1]
            for r in self.conn.execute("SELECT pipeline_version, count(*) FROM documents GROUP BY 1")
        }
        out["current_pipeline_version"] = tequ.PIPELINE_VERSION
        out["size_bytes"] = _file_size(self.path)
        return out

    def search(self, q: str, **filters: Any) -> Page:
        return queries.search(self.conn, q, **filters)

    def document(self, doc_id: int) -> JSON | None:
        return queries.document(self.conn, doc_id)

    def facts(self, **filters: Any) -> Page:
        return queries.facts(self.conn, **filters)

    def series(self, subject: str, *, unit: str | None = None, place: str | None = None) -> list[JSON]:
        return queries.series(self.conn, subject, unit=unit, place=place)

    def entities(self, q: str | None = None, **filters: Any) -> Page:
        return queries.entities(self.conn, q, **filters)

    def entity(self, name: str) -> JSON | None:
        return queries.entity(self.conn, name)

    def tracks(self, q: str | None = None, **filters: Any) -> Page:
        return queries.tracks(self.conn, q, **filters)

    def checks(self) -> list[JSON]:
        return queries.checks(self.conn)

    def graph(self, *, center: str | None = None, depth: int = 1, limit: int = 100) -> JSON:
        return queries.graph(self.conn, center=center, depth=depth, limit=limit)

    def ask(self, question: str) -> JSON | None:
        from tequ.ask import answer

        return answer(self, question)

    def fact_candidates(
        self, grams: list[str], *, period: str | None = None, limit: int = 2000
    ) -> list[JSON]:
        return queries.fact_candidates(self.conn, grams, period=period, limit=limit)

    def places(self) -> list[str]:
        return queries.places(self.conn)

    def export_rows(self, table: str) -> Iterator[JSON]:
        return queries.export_rows(self.conn, table)

    def close(self) -> None:
        self.conn.close()


def _article_body(title: str, paras: list[tuple[str, str]]) -> str:
    """The bigram token string indexed for one article (title unless a title paragraph exists)."""
    texts = [t for _role, t in paras]
    if not any(role == "title" for role, _t in paras):
        texts.insert(0, title or "")
    return index_text(to_simplified("\n".join(texts)))


def _first_line(doc: Document) -> str:
    return doc.paragraphs[0].text if doc.paragraphs else ""


def _file_size(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
