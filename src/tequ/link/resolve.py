"""Cross-document entity merging: one row in ``entities`` per (canonical name, type).

Documents name the same entity in either script and with aliases (深圳市口岸辦, 市口岸办).
The extraction stage gives each entity a ``canonical`` name; here it is converted to Simplified
and stripped of spacing, and every surface form (mention texts and ``aliases``) is recorded as
an alias. An entity whose canonical name is unknown but equals a recorded alias of exactly one
entity of the same type joins that entity.
"""

from __future__ import annotations

import re

from tequ.model import Entity
from tequ.search.fulltext import to_simplified

_SPACE = re.compile(r"[\s\u3000]+")


def normalise_name(name: str) -> str:
    """Simplified, without whitespace: the form canonical names and aliases are stored in."""
    return _SPACE.sub("", to_simplified(name or ""))


def entity_key(entity: Entity) -> tuple[str, str]:
    """``(canonical, type)`` under which ``entity`` is merged across documents."""
    return normalise_name(entity.canonical or entity.text), entity.type


def surface_forms(entity: Entity, original: str) -> set[str]:
    """Every normalised name the document uses for ``entity`` (text, aliases, mention texts)."""
    forms = {normalise_name(entity.text), *(normalise_name(a) for a in entity.aliases)}
    forms.update(normalise_name(original[s.start : s.end]) for s in entity.mentions)
    forms.add(normalise_name(entity.canonical))
    return {f for f in forms if f}
