"""Merged entities across documents."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query

from tequ.api.deps import PageDep, StoreDep
from tequ.api.routes.common import ERROR_RESPONSES, READ, Text
from tequ.api.schemas import EntitiesPublic, EntityDetailPublic

router = APIRouter(prefix="/api/entities", tags=["entities"], responses=ERROR_RESPONSES)

EntityType = Literal["PER", "ORG", "LOC", "FAC", "POLICY", "EVENT"]


@router.get("", dependencies=READ, summary="Entities whose name or alias contains q")
def entities(
    store: StoreDep,
    page: PageDep,
    q: Text = None,
    type: Annotated[EntityType | None, Query()] = None,
) -> EntitiesPublic:
    return EntitiesPublic.model_validate(store.entities(q, type=type, limit=page.limit, offset=page.offset))


@router.get("/{name}", dependencies=READ, summary="One entity: timeline, related entities, documents")
def entity(store: StoreDep, name: Annotated[str, Path(min_length=1, max_length=200)]) -> EntityDetailPublic:
    found = store.entity(name)
    if found is None:
        raise HTTPException(404, f"no entity named {name!r}")
    return EntityDetailPublic.model_validate(found)
