"""The entity co-occurrence graph."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from tequ.api.deps import StoreDep
from tequ.api.routes.common import ERROR_RESPONSES, READ, Text
from tequ.api.schemas import GraphPublic

router = APIRouter(prefix="/api", tags=["graph"], responses=ERROR_RESPONSES)


@router.get("/graph", dependencies=READ, summary="Entities and their co-occurrence edges")
def graph(
    store: StoreDep,
    center: Text = None,
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> GraphPublic:
    return GraphPublic.model_validate(store.graph(center=center, depth=depth, limit=limit))
