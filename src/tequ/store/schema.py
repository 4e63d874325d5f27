"""Named, ordered migrations of the SQLite knowledge base (documented in docs/schema.md).

Each migration runs in its own transaction and is recorded in ``_tequ_migrations``; a
migration that fails leaves the database as it was before it. Never edit a released
migration: append a new one.

Offsets (``start``, ``end``) in every table are code-point indices into
``documents.original``, end exclusive.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from tequ.errors import StoreError
from tequ.store.compact import COMPACT_SQL

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_documents",
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,           -- source identity (resolved file path)
            content_hash TEXT NOT NULL,          -- sha256 of the file's bytes
            pipeline_version INTEGER NOT NULL,   -- tequ.PIPELINE_VERSION that extracted it
            ingested_at TEXT NOT NULL,           -- ISO UTC timestamp
            encoding TEXT,
            script TEXT,
            original TEXT NOT NULL,              -- decoded original text; all offsets index it
            dropped TEXT NOT NULL DEFAULT '[]',  -- JSON list of {start,end,reason}
            meta TEXT NOT NULL DEFAULT '{}'      -- JSON object
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article INTEGER NOT NULL,            -- index within the document
            title TEXT NOT NULL,
            published TEXT,                      -- ISO date
            source TEXT,                         -- outlet named in the text
            authors TEXT NOT NULL DEFAULT '[]',  -- JSON list
            url TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            UNIQUE (doc_id, article)
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article INTEGER NOT NULL,
            role TEXT NOT NULL,                  -- title | body
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT                            -- cleaned, Simplified; NULL when equal to original[start:end]
        );
        CREATE INDEX paragraphs_doc ON paragraphs(doc_id, article);
        -- paragraphs with their text resolved (what readers should use)
        CREATE VIEW paragraph_texts AS
            SELECT p.id, p.doc_id, p.article, p.role, p.start, p."end",
                   coalesce(p.text, substr(d.original, p.start + 1, p."end" - p.start)) AS text
            FROM paragraphs p JOIN documents d ON d.id = p.doc_id;
        CREATE TABLE flags (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            repair TEXT
        );
        CREATE INDEX flags_doc ON flags(doc_id);
        """,
    ),
    (
        "0002_annotations",
        """
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article INTEGER NOT NULL,
            idx INTEGER NOT NULL,                -- position in the document's fact list
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            subject TEXT NOT NULL,
            subject_norm TEXT NOT NULL,          -- normalised for series matching (link/series.py)
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            qualifier TEXT NOT NULL,
            period TEXT,
            place TEXT,
            kind TEXT NOT NULL,
            relates_to INTEGER                   -- idx of the related fact in the same document
        );
        CREATE INDEX facts_doc ON facts(doc_id);
        -- no index on subject/period: series and ask match substrings (instr), which no index serves
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            canonical TEXT NOT NULL,             -- Simplified canonical name, merged across documents
            type TEXT NOT NULL,                  -- PER ORG LOC FAC POLICY EVENT
            UNIQUE (canonical, type)
        );
        CREATE TABLE entity_aliases (
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,                 -- Simplified surface form
            PRIMARY KEY (entity_id, alias)
        ) WITHOUT ROWID;
        CREATE INDEX entity_aliases_alias ON entity_aliases(alias);
        CREATE TABLE entity_mentions (
            id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,                -- position in the document's entity list
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,                  -- original[start:end]
            first INTEGER NOT NULL DEFAULT 0,    -- 1 for the entity's first mention in the document
            role TEXT
        );
        CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, doc_id);
        CREATE INDEX entity_mentions_doc ON entity_mentions(doc_id);
        CREATE TABLE measures (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            actor TEXT,
            action TEXT NOT NULL,
            object TEXT NOT NULL,
            status TEXT NOT NULL,
            horizon TEXT
        );
        CREATE INDEX measures_doc ON measures(doc_id);
        CREATE TABLE labels (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article INTEGER NOT NULL,
            kind TEXT NOT NULL,                  -- tag | category
            name TEXT NOT NULL,
            score REAL NOT NULL,
            evidence TEXT NOT NULL DEFAULT '[]'  -- JSON list of {start,end}
        );
        CREATE INDEX labels_doc ON labels(doc_id, article, kind, name);  -- covering: search facets
        """,
    ),
    (
        "0003_fulltext",
        """
        -- Contentless FTS5 over articles (rowid = articles.id). The indexed text is the
        -- Simplified clean text pre-tokenised into overlapping CJK bigrams and ASCII words
        -- (search/fulltext.py), so unicode61 sees one token per bigram.
        CREATE VIRTUAL TABLE articles_fts USING fts5(body, content='', tokenize='unicode61');
        """,
    ),
    (
        "0004_links",
        """
        CREATE TABLE tracked_measures (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,                   -- key entity or normalised object
            title TEXT NOT NULL,
            status TEXT NOT NULL,                -- latest status
            first_seen TEXT,
            last_seen TEXT
        );
        CREATE TABLE measure_links (
            track_id INTEGER NOT NULL REFERENCES tracked_measures(id) ON DELETE CASCADE,
            measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
            PRIMARY KEY (track_id, measure_id)
        ) WITHOUT ROWID;
        CREATE INDEX measure_links_measure ON measure_links(measure_id);
        CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            subject TEXT NOT NULL,
            place TEXT,
            period TEXT NOT NULL,
            base_period TEXT NOT NULL,
            stated REAL NOT NULL,                -- the stated change, %
            implied REAL NOT NULL,               -- level_P / level_base - 1, %
            implied_low REAL NOT NULL,
            implied_high REAL NOT NULL,
            status TEXT NOT NULL,                -- ok | discrepancy
            change_fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            level_fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            base_fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            note TEXT NOT NULL
        );
        CREATE VIEW series_points AS
            SELECT f.id AS fact_id, f.doc_id, f.subject_norm, f.subject, f.unit, f.place,
                   f.period, f.value, f.qualifier, f.quote, f.start, f."end",
                   a.title, a.published
            FROM facts f LEFT JOIN articles a ON a.doc_id = f.doc_id AND a.article = f.article
            WHERE f.kind IN ('level', 'count') AND f.period IS NOT NULL;
        """,
    ),
    (
        # Compact layout (issue 5: database <= 4x the raw text); see tequ.store.compact.
        # Tables are recreated, so ``migrate`` refuses to apply this to a database that holds documents.
        "0005_compact",
        COMPACT_SQL,
    ),
)

#: Migrations that recreate tables: applied only to a database without documents.
_REBUILDS = frozenset({"0005_compact"})


def schema_version(conn: sqlite3.Connection) -> str | None:
    """Name of the last applied migration, or None for an empty database."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _tequ_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT name FROM _tequ_migrations ORDER BY name DESC LIMIT 1").fetchone()
    return row[0] if row else None


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded, each in its own transaction.

    Returns:
        the names applied now (empty when the database was up to date).

    Raises:
        StoreError: a migration failed (the database keeps the earlier migrations) or the
            database was written by a newer tequ (it records migrations this one lacks).
    """
    schema_version(conn)
    done = {r[0] for r in conn.execute("SELECT name FROM _tequ_migrations")}
    known = {name for name, _ in MIGRATIONS}
    if done - known:
        raise StoreError(
            f"database has migrations this tequ does not know ({sorted(done - known)[0]}); upgrade tequ"
        )
    applied: list[str] = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        if name in _REBUILDS and done:
            _refuse_rebuild(conn, name, max(done))
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO _tequ_migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {name} failed: {exc}") from exc
        applied.append(name)
    return applied


def _refuse_rebuild(conn: sqlite3.Connection, name: str, version: str) -> None:
    """Raise when migration ``name`` (which recreates tables) would drop stored documents."""
    n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    if n:
        raise StoreError(
            f"database holds {n} documents in the layout of schema {version}, which {name} replaces"
            " and cannot convert in place; ingest the source files into a new database file"
            " (tequ ingest FILES --db NEW.db)"
        )


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (no migration uses ';' inside a literal)."""
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
