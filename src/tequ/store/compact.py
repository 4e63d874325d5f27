"""Migration 0005_compact: the layout that keeps the database within 4x the raw text.

The original is stored zlib-compressed; texts derivable from it are not stored; descriptive
columns shared by many facts and measures live in key tables (views ``facts`` and ``measures``
join them back); mention and label tables are clustered on their document. Offsets (``start``,
``end``) everywhere are code-point indices into the decoded original, end exclusive.
See docs/schema.md for every table.
"""

COMPACT_SQL = """
        DROP VIEW series_points;
        DROP VIEW paragraph_texts;
        DROP TABLE checks;
        DROP TABLE measure_links;
        DROP TABLE labels;
        DROP TABLE measures;
        DROP TABLE entity_mentions;
        DROP TABLE facts;
        DROP TABLE paragraphs;
        DROP TABLE flags;
        DROP TABLE articles;
        DROP TABLE documents;
        DROP TABLE articles_fts;
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,           -- source identity (resolved file path)
            content_hash TEXT NOT NULL,          -- sha256 of the file's bytes
            pipeline_version INTEGER NOT NULL,   -- tequ.PIPELINE_VERSION that extracted it
            ingested_at TEXT NOT NULL,           -- ISO UTC timestamp
            encoding TEXT,
            script TEXT,
            original_zlib BLOB NOT NULL,         -- zlib(UTF-8 of the decoded original); offsets index it
            chars INTEGER NOT NULL,              -- code points in the original
            dropped TEXT NOT NULL DEFAULT '[]',  -- JSON list of [start, end, reason]
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
            tags TEXT NOT NULL DEFAULT '[]',       -- JSON list of tag names (copy of labels: search facets)
            categories TEXT NOT NULL DEFAULT '[]', -- JSON list of category names (same)
            UNIQUE (doc_id, article)
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE paragraphs (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            article INTEGER NOT NULL,
            role TEXT NOT NULL,                  -- title | body
            form INTEGER NOT NULL,               -- 0: text stored; 1: text = original slice; 2: = its t2s
            text TEXT,                           -- cleaned, Simplified, when form = 0
            PRIMARY KEY (doc_id, start)
        ) WITHOUT ROWID;
        CREATE TABLE flags (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            repair TEXT
        );
        CREATE INDEX flags_doc ON flags(doc_id);
        -- what a fact is about, shared by all facts with the same key (few thousand keys)
        CREATE TABLE fact_keys (
            id INTEGER PRIMARY KEY,
            subject TEXT NOT NULL,
            subject_norm TEXT NOT NULL,          -- normalised for series matching (link/series.py)
            unit TEXT NOT NULL,
            qualifier TEXT NOT NULL,
            place TEXT NOT NULL,                 -- '' when none
            kind TEXT NOT NULL,
            UNIQUE (subject, unit, qualifier, place, kind)
        );
        CREATE TABLE fact_rows (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article INTEGER NOT NULL,
            idx INTEGER NOT NULL,                -- position in the document's fact list
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            key_id INTEGER NOT NULL REFERENCES fact_keys(id),
            value REAL NOT NULL,
            period TEXT,
            relates_to INTEGER                   -- idx of the related fact in the same document
        );
        CREATE INDEX fact_rows_doc ON fact_rows(doc_id);
        CREATE INDEX fact_rows_key ON fact_rows(key_id);
        CREATE VIEW facts AS
            SELECT r.id, r.doc_id, r.article, r.idx, r.start, r."end", r.quote, k.subject, k.subject_norm,
                   r.value, k.unit, k.qualifier, r.period, nullif(k.place, '') AS place, k.kind, r.relates_to, r.key_id
            FROM fact_rows r JOIN fact_keys k ON k.id = r.key_id;
        CREATE TABLE entity_mentions (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,                -- position in the document's entity list
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            first INTEGER NOT NULL DEFAULT 0,    -- 1 for the entity's first mention in the document
            role TEXT,
            PRIMARY KEY (doc_id, idx, start)
        ) WITHOUT ROWID;
        CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
        -- what a measure does, shared by measures with the same actor/action/object
        CREATE TABLE measure_keys (
            id INTEGER PRIMARY KEY,
            actor TEXT NOT NULL,                 -- '' when none
            action TEXT NOT NULL,
            object TEXT NOT NULL,
            UNIQUE (actor, action, object)
        );
        CREATE TABLE measure_rows (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,              -- quote = original[start:end], not stored
            key_id INTEGER NOT NULL REFERENCES measure_keys(id),
            status TEXT NOT NULL,
            horizon TEXT
        );
        CREATE INDEX measure_rows_doc ON measure_rows(doc_id);
        CREATE VIEW measures AS
            SELECT r.id, r.doc_id, r.article, r.idx, r.start, r."end", nullif(k.actor, '') AS actor,
                   k.action, k.object, r.status, r.horizon
            FROM measure_rows r JOIN measure_keys k ON k.id = r.key_id;
        CREATE TABLE labels (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article INTEGER NOT NULL,
            kind TEXT NOT NULL,                  -- tag | category
            name TEXT NOT NULL,
            score REAL NOT NULL,
            evidence TEXT NOT NULL DEFAULT '[]', -- JSON [gap, length, ...] (store/texts.py encode_spans)
            PRIMARY KEY (doc_id, article, kind, name)
        ) WITHOUT ROWID;
        -- rebuilt by relink after every write run, so no foreign key (and no index) to measure_rows:
        -- a link to a replaced measure drops out of every join until then
        CREATE TABLE measure_links (
            track_id INTEGER NOT NULL REFERENCES tracked_measures(id) ON DELETE CASCADE,
            measure_id INTEGER NOT NULL,         -- measure_rows.id
            PRIMARY KEY (track_id, measure_id)
        ) WITHOUT ROWID;
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
            change_fact_id INTEGER NOT NULL REFERENCES fact_rows(id) ON DELETE CASCADE,
            level_fact_id INTEGER NOT NULL REFERENCES fact_rows(id) ON DELETE CASCADE,
            base_fact_id INTEGER NOT NULL REFERENCES fact_rows(id) ON DELETE CASCADE
        );                                       -- the note is written on read (link/checks.py)
        CREATE VIEW series_points AS
            SELECT f.id AS fact_id, f.doc_id, f.subject_norm, f.subject, f.unit, f.place,
                   f.period, f.value, f.qualifier, f.quote, f.start, f."end",
                   a.title, a.published, f.key_id
            FROM facts f LEFT JOIN articles a ON a.doc_id = f.doc_id AND a.article = f.article
            WHERE f.kind IN ('level', 'count') AND f.period IS NOT NULL;
        -- body: bigram tokens; tail: the last character of each Han run of two or more
        -- (search/fulltext.py), so a one-character query is answered from the index too
        CREATE VIRTUAL TABLE articles_fts USING fts5(body, tail, content='', tokenize='unicode61');
        """
