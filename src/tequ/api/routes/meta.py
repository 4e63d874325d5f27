"""Health and counts."""

from __future__ import annotations

from fastapi import APIRouter

from tequ import __version__
from tequ.api.deps import StoreDep
from tequ.api.routes.common import ERROR_RESPONSES, READ
from tequ.api.schemas import HealthPublic, StatsPublic

router = APIRouter(prefix="/api", tags=["meta"], responses=ERROR_RESPONSES)


@router.get("/health", summary="Liveness check (no store access, no token)")
def health() -> HealthPublic:
    return HealthPublic(ok=True, version=__version__)


@router.get("/stats", dependencies=READ, summary="Counts of documents, facts, entities, measures...")
def stats(store: StoreDep) -> StatsPublic:
    return StatsPublic.model_validate(store.stats())
