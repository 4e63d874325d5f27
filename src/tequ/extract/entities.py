"""Entities (issue 4). PLACEHOLDER until the entities work lands: finds nothing."""

from __future__ import annotations

from tequ.model import Document, Entity


def extract_entities(doc: Document) -> list[Entity]:
    return []
