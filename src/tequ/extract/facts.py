"""Facts (issue 3). PLACEHOLDER until the facts work lands: finds nothing."""

from __future__ import annotations

from tequ.model import Document, Fact


def extract_facts(doc: Document) -> list[Fact]:
    return []
