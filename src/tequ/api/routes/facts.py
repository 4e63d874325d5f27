"""Facts (quantities with their quotes) and indicator series over time."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from tequ.api.deps import PageDep, StoreDep
from tequ.api.routes.common import ERROR_RESPONSES, READ, Text
from tequ.api.schemas import FactsPublic, SeriesPublic

router = APIRouter(prefix="/api", tags=["facts"], responses=ERROR_RESPONSES)

Kind = Literal["level", "change", "share", "count", "target", "rank"]


@router.get("/facts", dependencies=READ, summary="Facts, filterable by subject, place, kind, period")
def facts(
    store: StoreDep,
    page: PageDep,
    subject: Text = None,
    place: Text = None,
    kind: Annotated[Kind | None, Query()] = None,
    period: Annotated[str | None, Query(max_length=40, description="prefix: 2024 matches 2024-12-31")] = None,
    doc_id: Annotated[int | None, Query(ge=1, le=2**62)] = None,
) -> FactsPublic:
    result = store.facts(
        subject=subject,
        place=place,
        kind=kind,
        period=period,
        doc_id=doc_id,
        limit=page.limit,
        offset=page.offset,
    )
    return FactsPublic.model_validate(result)


@router.get("/series", dependencies=READ, summary="Indicator series: values of a subject over time")
def series(
    store: StoreDep,
    subject: Annotated[str, Query(min_length=1, max_length=200)],
    unit: Text = None,
    place: Text = None,
) -> SeriesPublic:
    """Groups of (subject, unit, place), each point citing its document and quote."""
    data = store.series(subject, unit=unit, place=place)
    return SeriesPublic.model_validate({"data": data, "count": len(data)})
