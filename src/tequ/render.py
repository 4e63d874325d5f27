"""Render documents and annotations as the JSON contract of ``tequ extract --json``."""

from __future__ import annotations

import dataclasses
from typing import Any

from tequ.model import Annotations, Document, Entity, Label


def _label(label: Label) -> dict[str, Any]:
    return {
        "name": label.name,
        "score": round(label.score, 4),
        "article": label.article,
        "evidence": [{"start": s.start, "end": s.end} for s in label.evidence],
    }


def _entity(e: Entity) -> dict[str, Any]:
    d = dataclasses.asdict(e)
    d["aliases"] = list(e.aliases)
    d["mentions"] = [{"start": s.start, "end": s.end} for s in e.mentions]
    return d


def render_document(doc: Document, ann: Annotations | None = None) -> dict[str, Any]:
    """The contract object for one file (shared/gold/SCHEMA.md, "Output contract")."""
    ann = ann or Annotations()
    return {
        "source": doc.source,
        "encoding": doc.encoding,
        "script": doc.script,
        "articles": [
            {
                "title": a.title,
                "published": a.published,
                "source": a.source,
                "authors": list(a.authors),
                "url": a.url,
                "start": a.start,
                "end": a.end,
            }
            for a in doc.articles
        ],
        "paragraphs": [
            {"start": p.start, "end": p.end, "text": p.text, "article": p.article, "role": p.role}
            for p in doc.paragraphs
        ],
        "dropped": [dataclasses.asdict(d) for d in doc.dropped],
        "flags": [dataclasses.asdict(f) for f in doc.flags],
        "facts": [dataclasses.asdict(f) for f in ann.facts],
        "entities": [_entity(e) for e in ann.entities],
        "measures": [dataclasses.asdict(m) for m in ann.measures],
        "tags": [_label(t) for t in ann.tags],
        "categories": [_label(c) for c in ann.categories],
    }


def render_clean_text(doc: Document) -> str:
    """Clean text for a person: each article's headline and metadata, then its paragraphs."""
    out: list[str] = []
    for i, art in enumerate(doc.articles):
        if out:
            out.append("")
        meta = " · ".join(x for x in (art.published, art.source, "、".join(art.authors)) if x)
        out.append(f"# {art.title}")
        if meta:
            out.append(meta)
        out.append("")
        out.extend(p.text for p in doc.paragraphs if p.article == i and p.role != "title")
    return "\n".join(out) + "\n"
