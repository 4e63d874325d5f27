"""The pipeline: an ordered, explicit list of stages and ``run()`` that sequences them.

A stage is a pure function ``fn(doc, earlier) -> list[...]``: the cleaned ``Document`` and the
``Annotations`` found so far in, new annotations out. ``run`` checks each result's type and span
invariant (``doc.original[a.start:a.end] == a.quote``) and names the failing stage.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tequ.errors import StageError
from tequ.model import Annotations, Document, Entity, Fact, Label, Measure

StageFn = Callable[[Document, Annotations], Sequence[Any]]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    fn: Callable[[], StageFn]  # a loader, so heavy models load only when the stage runs
    requires: tuple[str, ...]
    provides: str  # the Annotations field it fills
    item: type


def _facts() -> StageFn:
    from tequ.extract.facts import extract_facts

    return lambda doc, ann: extract_facts(doc)


def _entities() -> StageFn:
    from tequ.extract.entities import extract_entities

    return lambda doc, ann: extract_entities(doc)


def _measures() -> StageFn:
    from tequ.extract.measures import extract_measures

    return lambda doc, ann: extract_measures(doc, entities=ann.entities)


def _tags() -> StageFn:
    from tequ.extract.tags import extract_tags

    return lambda doc, ann: extract_tags(doc, entities=ann.entities)


def _categories() -> StageFn:
    from tequ.extract.tags import extract_categories

    return lambda doc, ann: extract_categories(doc, facts=ann.facts, entities=ann.entities)


STAGES: tuple[Stage, ...] = (
    Stage("facts", _facts, (), "facts", Fact),
    Stage("entities", _entities, (), "entities", Entity),
    Stage("measures", _measures, ("entities",), "measures", Measure),
    Stage("tags", _tags, ("entities",), "tags", Label),
    Stage("categories", _categories, ("facts", "entities"), "categories", Label),
)


def _check_order(stages: Sequence[Stage]) -> None:
    seen: set[str] = set()
    for st in stages:
        missing = [r for r in st.requires if r not in seen]
        if missing:
            raise RuntimeError(f"stage {st.name} requires {missing}, which no earlier stage provides")
        seen.add(st.provides)


_check_order(STAGES)
_LOADED: dict[str, StageFn] = {}


def _check_item(doc: Document, stage: Stage, item: Any) -> None:
    if not isinstance(item, stage.item):
        raise StageError(stage.name, doc.source, f"returned {type(item).__name__}, not {stage.item.__name__}")
    quote = getattr(item, "quote", None)
    if quote is not None and doc.original[item.start : item.end] != quote:
        raise StageError(
            stage.name, doc.source, f"quote {quote!r} does not match original[{item.start}:{item.end}]"
        )


def run(doc: Document, *, only: Sequence[str] | None = None) -> Annotations:
    """Run every extraction stage (or those named in ``only`` and what they require) on ``doc``."""
    wanted = set(only) if only is not None else {s.name for s in STAGES}
    for st in reversed(STAGES):
        if st.name in wanted:
            wanted.update(st.requires)
    ann = Annotations()
    for st in STAGES:
        if st.name not in wanted:
            continue
        fn = _LOADED.get(st.name)
        if fn is None:
            fn = _LOADED[st.name] = st.fn()
        try:
            items = tuple(fn(doc, ann))
        except StageError:
            raise
        except Exception as exc:  # a bug in a stage: name it, keep the cause
            raise StageError(st.name, doc.source, f"{type(exc).__name__}: {exc}") from exc
        for item in items:
            _check_item(doc, st, item)
        ann = dataclasses.replace(ann, **{st.provides: items})
    return ann
