"""Typed response models of the HTTP API (``FactPublic``, ``FactsPublic`` with ``data`` + ``count``...).

Field names are the contract's names verbatim (shared/gold/SCHEMA.md). Offsets (``start``,
``end``) are code-point indices into the document's decoded original text, end exclusive, so
``original[start:end] == quote``. Models accept extra fields from the store (forward compatible)
and pass them through.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorPublic(BaseModel):
    """Every error response: ``{"ok": false, "error": "message", "status": 404}``."""

    ok: bool = False
    error: str
    status: int


class HealthPublic(BaseModel):
    ok: bool = True
    version: str


class StatsPublic(_Open):
    """Row counts of the knowledge base, its schema and pipeline versions and its size."""

    documents: int = 0
    articles: int = 0
    paragraphs: int = 0
    facts: int = 0
    entities: int = 0
    entity_mentions: int = 0
    measures: int = 0
    tracked_measures: int = 0
    checks: int = 0
    schema_version: str | int | None = None
    pipeline_versions: dict[str, int] = Field(default_factory=dict)
    current_pipeline_version: int | None = None
    size_bytes: int | None = None


class SpanPublic(BaseModel):
    start: int
    end: int


class SearchHitPublic(_Open):
    doc_id: int
    article: int = 0
    title: str | None = None
    published: str | None = None
    source: str | None = None
    #: HTML-escaped clean text with ``<mark>`` around the hits
    snippet: str = ""
    score: float | None = None


class FacetsPublic(_Open):
    """Value counts per facet over the best ``over`` hits (facets are bounded in cost)."""

    source: dict[str, int] = Field(default_factory=dict)
    year: dict[str, int] = Field(default_factory=dict)
    category: dict[str, int] = Field(default_factory=dict)
    tag: dict[str, int] = Field(default_factory=dict)
    over: int | None = None


class SearchPublic(BaseModel):
    data: list[SearchHitPublic]
    count: int
    facets: FacetsPublic = Field(default_factory=FacetsPublic)


class FactPublic(_Open):
    fact_id: int | None = None
    doc_id: int | None = None
    start: int
    end: int
    quote: str
    subject: str
    value: float
    unit: str
    qualifier: str
    period: str | None = None
    place: str | None = None
    kind: str
    article: int = 0
    title: str | None = None
    published: str | None = None
    source: str | None = None


class FactsPublic(BaseModel):
    data: list[FactPublic]
    count: int


class PointPublic(_Open):
    period: str | None = None
    value: float
    qualifier: str | None = None
    doc_id: int | None = None
    fact_id: int | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    title: str | None = None
    published: str | None = None


class ConflictPublic(_Open):
    period: str | None = None
    points: list[PointPublic] = Field(default_factory=list)


class SeriesItemPublic(_Open):
    subject: str
    unit: str | None = None
    place: str | None = None
    points: list[PointPublic]
    conflicts: list[ConflictPublic] = Field(default_factory=list)


class SeriesPublic(BaseModel):
    data: list[SeriesItemPublic]
    count: int


class EntityPublic(_Open):
    """An entity of one document: first mention's span, every mention in ``mentions``."""

    start: int
    end: int
    text: str
    type: str
    canonical: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[SpanPublic] = Field(default_factory=list)
    role: str | None = None


class EntitySummaryPublic(_Open):
    entity_id: int | None = None
    canonical: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    documents: int = 0
    mentions: int = 0


class EntitiesPublic(BaseModel):
    data: list[EntitySummaryPublic]
    count: int


class RelatedPublic(_Open):
    canonical: str
    type: str | None = None
    weight: float = 0


class EntityDetailPublic(_Open):
    entity_id: int | None = None
    canonical: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    timeline: list[dict[str, Any]] = Field(default_factory=list)
    related: list[RelatedPublic] = Field(default_factory=list)
    documents: list[dict[str, Any]] = Field(default_factory=list)
    facts: list[dict[str, Any]] = Field(default_factory=list)
    measures: list[dict[str, Any]] = Field(default_factory=list)


class MeasurePublic(_Open):
    start: int
    end: int
    quote: str
    actor: str | None = None
    action: str
    object: str
    status: str
    horizon: str | None = None
    article: int = 0


class TrackEventPublic(_Open):
    published: str | None = None
    status: str
    action: str | None = None
    object: str | None = None
    actor: str | None = None
    horizon: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    doc_id: int | None = None
    measure_id: int | None = None
    title: str | None = None


class TrackPublic(_Open):
    track_id: int | None = None
    key: str | None = None
    title: str | None = None
    status: str
    first_seen: str | None = None
    last_seen: str | None = None
    history: list[TrackEventPublic] = Field(default_factory=list)


class TracksPublic(BaseModel):
    data: list[TrackPublic]
    count: int


class CheckPublic(_Open):
    check_id: int | None = None
    subject: str | None = None
    place: str | None = None
    period: str | None = None
    base_period: str | None = None
    stated: float | None = None
    implied: float | None = None
    status: str
    change: dict[str, Any] | None = None
    level: dict[str, Any] | None = None
    base: dict[str, Any] | None = None
    note: str | None = None


class ChecksPublic(BaseModel):
    data: list[CheckPublic]
    count: int


class NodePublic(_Open):
    id: str | int
    label: str
    type: str | None = None
    documents: int = 0


class EdgePublic(_Open):
    source: str | int
    target: str | int
    weight: float = 1


class GraphPublic(BaseModel):
    nodes: list[NodePublic]
    edges: list[EdgePublic]


class AnswerPublic(BaseModel):
    """``answer`` is the store's best cited fact for the question, or null when nothing fits."""

    question: str
    found: bool
    answer: dict[str, Any] | None = None


class LabelPublic(_Open):
    name: str
    score: float
    article: int = 0
    evidence: list[SpanPublic] = Field(default_factory=list)


class DocumentPublic(_Open):
    """A stored document: ``original`` (decoded, unmodified), ``text`` (clean), every annotation."""

    doc_id: int
    path: str | None = None
    source: str | None = None
    encoding: str | None = None
    script: str | None = None
    original: str
    text: str
    paragraphs: list[dict[str, Any]] = Field(default_factory=list)
    articles: list[dict[str, Any]] = Field(default_factory=list)
    facts: list[FactPublic] = Field(default_factory=list)
    entities: list[EntityPublic] = Field(default_factory=list)
    measures: list[MeasurePublic] = Field(default_factory=list)
    tags: list[LabelPublic] = Field(default_factory=list)
    categories: list[LabelPublic] = Field(default_factory=list)
    flags: list[dict[str, Any]] = Field(default_factory=list)
    dropped: list[dict[str, Any]] = Field(default_factory=list)


class IngestItemPublic(BaseModel):
    name: str
    status: str  # "ingested" | "unchanged" | "failed"
    doc_id: int | None = None
    error: str | None = None
    facts: int = 0
    entities: int = 0
    measures: int = 0


class IngestPublic(BaseModel):
    ok: bool
    ingested: int
    unchanged: int
    failed: int
    data: list[IngestItemPublic]


class ArticleIn(BaseModel):
    """One article posted as JSON: ``name`` identifies it (re-posting the same name replaces it)."""

    name: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1)


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1)
