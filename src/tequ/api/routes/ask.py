"""Questions answered from stored facts, with the citation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from tequ.api.deps import StoreDep
from tequ.api.routes.common import ERROR_RESPONSES, READ
from tequ.api.schemas import AnswerPublic

router = APIRouter(prefix="/api", tags=["ask"], responses=ERROR_RESPONSES)


@router.get("/ask", dependencies=READ, summary="Answer a factual question with a cited fact")
def ask(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)]) -> AnswerPublic:
    answer = store.ask(q)
    return AnswerPublic(question=q, found=answer is not None, answer=answer)
