"""The measures tracker: government actions followed across articles, with status history."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from tequ.api.deps import PageDep, StoreDep
from tequ.api.routes.common import ERROR_RESPONSES, READ, Text
from tequ.api.schemas import TracksPublic

router = APIRouter(prefix="/api", tags=["tracker"], responses=ERROR_RESPONSES)

Status = Literal["planned", "ongoing", "done"]


@router.get("/tracks", dependencies=READ, summary="Tracked measures, latest status first")
def tracks(
    store: StoreDep,
    page: PageDep,
    q: Text = None,
    status: Annotated[Status | None, Query()] = None,
    place: Text = None,
) -> TracksPublic:
    result = store.tracks(q, status=status, place=place, limit=page.limit, offset=page.offset)
    return TracksPublic.model_validate(result)
