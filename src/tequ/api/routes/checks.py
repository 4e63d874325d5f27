"""The consistency report: stated changes checked against the levels they relate."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from tequ.api.deps import PageDep, StoreDep
from tequ.api.routes.common import ERROR_RESPONSES, READ
from tequ.api.schemas import ChecksPublic

router = APIRouter(prefix="/api", tags=["checks"], responses=ERROR_RESPONSES)

CheckStatus = Literal["ok", "discrepancy", "bound_ok"]


@router.get("/checks", dependencies=READ, summary="Consistency checks, filterable by status")
def checks(
    store: StoreDep,
    page: PageDep,
    status: Annotated[CheckStatus | None, Query()] = None,
) -> ChecksPublic:
    rows = [c for c in store.checks() if status is None or c.get("status") == status]
    data = rows[page.offset : page.offset + page.limit]
    return ChecksPublic.model_validate({"data": data, "count": len(rows)})
