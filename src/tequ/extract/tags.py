"""Categories and topic tags (issue 4). PLACEHOLDER until that work lands: finds nothing."""

from __future__ import annotations

from collections.abc import Sequence

from tequ.model import Document, Entity, Fact, Label


def extract_tags(doc: Document, *, entities: Sequence[Entity] = ()) -> list[Label]:
    return []


def extract_categories(
    doc: Document, *, facts: Sequence[Fact] = (), entities: Sequence[Entity] = ()
) -> list[Label]:
    return []
