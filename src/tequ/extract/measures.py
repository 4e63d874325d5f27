"""Measures (issue 4). PLACEHOLDER until the measures work lands: finds nothing."""

from __future__ import annotations

from collections.abc import Sequence

from tequ.model import Document, Entity, Measure


def extract_measures(doc: Document, *, entities: Sequence[Entity] = ()) -> list[Measure]:
    return []
