"""One ``APIRouter`` per resource; ``ROUTERS`` lists them in the order of the OpenAPI spec."""

from __future__ import annotations

from tequ.api.routes import ask, checks, documents, entities, facts, graph, ingest, meta, search, tracker

ROUTERS = (
    meta.router,
    search.router,
    documents.router,
    facts.router,
    entities.router,
    tracker.router,
    checks.router,
    graph.router,
    ask.router,
    ingest.router,
)
