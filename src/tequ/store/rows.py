"""Everything ``save_document`` writes for one document, computed without a database.

``prepare_rows`` is pure CPU work (compression, OpenCC, FTS tokens, series keys), so ``tequ
ingest`` runs it in the worker processes and the single writing process only inserts rows.
Offsets are code-point indices into ``doc.original``, end exclusive.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from tequ.link.resolve import entity_key, surface_forms
from tequ.link.series import normalise_subject
from tequ.model import Annotations, Article, Document, Entity, Label
from tequ.search.fulltext import index_tail, index_text, to_simplified
from tequ.store.texts import compress_text, encode_spans, paragraph_form

#: (subject, subject_norm, unit, qualifier, place or '', kind)
FactKey = tuple[str, str, str, str, str, str]
#: (actor or '', action, object)
MeasureKey = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class EntityRows:
    """One entity of the document: its merge key, surface forms and mention spans."""

    canonical: str
    type: str
    forms: tuple[str, ...]
    mentions: tuple[tuple[int, int, int], ...]  # (start, end, first)
    role: str | None


@dataclass(frozen=True, slots=True)
class DocumentRows:
    """The rows of one document, ready to insert (ids of keys and entities resolved at write)."""

    document: tuple[object, ...]  # encoding, script, original_zlib, chars, dropped, meta
    paragraphs: list[tuple[int, int, int, str, int, str | None]]  # start, end, article, role, form, text
    articles: list[
        tuple[object, ...]
    ]  # article, title, published, source, authors, url, start, end, tags, categories
    fts: list[tuple[str, str]]  # (body, tail) per article
    flags: list[tuple[int, int, str, str | None]]
    facts: list[
        tuple[tuple[object, ...], FactKey]
    ]  # (article, idx, start, end, quote, value, period, relates_to)
    entities: list[EntityRows]
    measures: list[tuple[tuple[object, ...], MeasureKey]]  # (article, idx, start, end, status, horizon)
    labels: list[
        tuple[int, str, str, float, str]
    ]  # article, kind, name, score, evidence (texts.encode_spans)


def article_index(title: str, texts: list[tuple[str, str]]) -> tuple[str, str]:
    """``(body, tail)`` indexed for one article from its paragraphs ``(role, clean text)``; the
    title is indexed too unless a title paragraph exists."""
    parts = [t for _role, t in texts]
    if not any(role == "title" for role, _t in texts):
        parts.insert(0, title or "")
    simple = to_simplified("\n".join(parts))
    return index_text(simple), index_tail(simple)


def prepare_rows(doc: Document, ann: Annotations) -> DocumentRows:
    """All rows of ``doc`` and ``ann`` (see ``DocumentRows``)."""
    original = doc.original
    articles = doc.articles or (
        Article(doc.paragraphs[0].text if doc.paragraphs else "", None, None, (), 0, len(original)),
    )
    paras = []
    for p in doc.paragraphs:
        form, text = paragraph_form(original, p.start, p.end, p.text)
        paras.append((p.start, p.end, p.article, p.role, form, text))
    return DocumentRows(
        document=(
            doc.encoding,
            doc.script,
            compress_text(original),
            len(original),
            json.dumps(
                [[d.start, d.end, d.reason] for d in doc.dropped], ensure_ascii=False, separators=(",", ":")
            ),
            json.dumps(doc.meta, ensure_ascii=False, default=str),
        ),
        paragraphs=paras,
        articles=[
            (
                i,
                a.title,
                a.published,
                a.source,
                json.dumps(list(a.authors), ensure_ascii=False),
                a.url,
                a.start,
                a.end,
                _names(ann.tags, i),
                _names(ann.categories, i),
            )
            for i, a in enumerate(articles)
        ],
        fts=[
            article_index(a.title, [(p.role, p.text) for p in doc.paragraphs if p.article == i])
            for i, a in enumerate(articles)
        ],
        flags=[(f.start, f.end, f.kind, f.repair) for f in doc.flags],
        facts=[
            (
                (f.article, i, f.start, f.end, f.quote, f.value, f.period, f.relates_to),
                (
                    f.subject,
                    normalise_subject(f.subject, f.place),
                    f.unit,
                    f.qualifier,
                    to_simplified(f.place) if f.place else "",
                    f.kind,
                ),
            )
            for i, f in enumerate(ann.facts)
        ],
        entities=[_entity_rows(doc, e) for e in ann.entities],
        measures=[
            (
                (m.article, i, m.start, m.end, m.status, m.horizon),
                (m.actor or "", m.action, m.object),
            )
            for i, m in enumerate(ann.measures)
        ],
        labels=[
            (
                lab.article,
                kind,
                lab.name,
                lab.score,
                encode_spans((s.start, s.end) for s in lab.evidence),
            )
            for kind, labels in (("tag", ann.tags), ("category", ann.categories))
            for lab in labels
        ],
    )


def _names(labels: tuple[Label, ...], article: int) -> str:
    """JSON list of the names of ``labels`` given to ``article`` (``articles.tags``/``categories``)."""
    return json.dumps([lab.name for lab in labels if lab.article == article], ensure_ascii=False)


def _entity_rows(doc: Document, e: Entity) -> EntityRows:
    canonical, etype = entity_key(e)
    spans = sorted({(s.start, s.end) for s in e.mentions} | {(e.start, e.end)})
    return EntityRows(
        canonical,
        etype,
        tuple(sorted(surface_forms(e, doc.original))),
        tuple((s, t, int((s, t) == (e.start, e.end))) for s, t in spans),
        e.role,
    )
