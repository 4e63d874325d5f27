"""Canonical names: region packs (alias -> canonical) and prefix expansion.

A region pack is a data file under ``tequ/data/regions/`` listed in ``registry.json`` and
loaded by name (``load_region_pack("shenzhen")``); another city is a new pack, not new code.
Every name handled here is already Simplified: cleaning converts the text, so a Traditional
mention (羅湖) and a Simplified one (罗湖) meet as the same string, which is how mentions
merge across scripts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tequ.errors import ConfigError
from tequ.model import ENTITY_TYPES

REGIONS_DIR = Path(__file__).resolve().parent.parent / "data" / "regions"
#: full-width brackets match the ASCII ones the packs use: 香港中文大学（深圳） = 香港中文大学(深圳)
_BRACKETS = str.maketrans("（）", "()")


@dataclass(frozen=True, slots=True)
class PackEntry:
    """One gazetteer entity: canonical (full official Simplified name), type, kind and aliases."""

    canonical: str
    type: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RegionPack:
    """A loaded pack (with the packs it extends): alias -> entry, plus the home city."""

    name: str
    city: str | None
    province: str | None
    entries: tuple[PackEntry, ...]
    by_alias: dict[str, PackEntry] = field(compare=False)
    #: first character -> the lengths of aliases starting with it, longest first
    lengths: dict[str, tuple[int, ...]] = field(compare=False)

    def lookup(self, name: str) -> PackEntry | None:
        """The entry ``name`` is an alias of (full-width and ASCII brackets alike), or None."""
        return self.by_alias.get(name.translate(_BRACKETS))

    def find(self, text: str) -> list[tuple[int, int, PackEntry]]:
        """Longest-first, left-to-right, non-overlapping alias matches ``(a, b, entry)`` in ``text``."""
        out: list[tuple[int, int, PackEntry]] = []
        text = text.translate(_BRACKETS)  # one character for one: offsets unchanged
        i, n = 0, len(text)
        lengths, by_alias = self.lengths, self.by_alias
        while i < n:
            for ln in lengths.get(text[i], ()):
                if i + ln <= n:
                    entry = by_alias.get(text[i : i + ln])
                    if entry is not None:
                        out.append((i, i + ln, entry))
                        i += ln
                        break
            else:
                i += 1
        return out


def pack_names() -> list[str]:
    """Names of the packs in the registry."""
    return sorted(_registry()["packs"])


@lru_cache(maxsize=1)
def _registry() -> dict:  # type: ignore[type-arg]
    path = REGIONS_DIR / "registry.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    except (OSError, ValueError) as exc:
        raise ConfigError("regions", f"cannot read {path}: {exc}") from exc


def read_pack_file(name: str) -> dict:  # type: ignore[type-arg]
    """The raw JSON of one pack (without the packs it extends)."""
    reg = _registry()["packs"]
    if name not in reg:
        raise ConfigError("regions", f"unknown region pack {name!r}; known: {', '.join(sorted(reg))}")
    path = REGIONS_DIR / reg[name]["file"]
    try:
        return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    except (OSError, ValueError) as exc:
        raise ConfigError("regions", f"cannot read pack {name!r} from {path}: {exc}") from exc


def _pack_chain(name: str, seen: tuple[str, ...] = ()) -> list[str]:
    if name in seen:
        raise ConfigError("regions", f"region pack {name!r} extends itself")
    chain: list[str] = []
    for base in _registry()["packs"].get(name, {}).get("extends", []):
        chain += [b for b in _pack_chain(base, (*seen, name)) if b not in chain]
    return [*chain, name]


def iter_pack_entries(raw: dict) -> list[PackEntry]:  # type: ignore[type-arg]
    """Entries of one raw pack, in file order."""
    out = []
    for group in raw.get("groups", []):
        typ, kind = group["type"], group.get("kind", "")
        if typ not in ENTITY_TYPES:
            raise ConfigError("regions", f"pack {raw.get('name')!r}: bad type {typ!r}")
        for names in group["entries"]:
            out.append(PackEntry(names[0], typ, kind, tuple(names)))
    return out


@lru_cache(maxsize=8)
def load_region_pack(name: str) -> RegionPack:
    """Load pack ``name`` and the packs it extends; later packs override earlier aliases."""
    entries: list[PackEntry] = []
    for part in _pack_chain(name):
        entries += iter_pack_entries(read_pack_file(part))
    by_alias: dict[str, PackEntry] = {}
    for e in entries:
        for alias in e.aliases:
            by_alias[alias] = e
    lens: dict[str, set[int]] = {}
    for alias in by_alias:
        lens.setdefault(alias[0], set()).add(len(alias))
    lengths = {c: tuple(sorted(v, reverse=True)) for c, v in lens.items()}
    info = _registry()["packs"][name]
    return RegionPack(name, info.get("city"), info.get("province"), tuple(entries), by_alias, lengths)


def expand_prefix(name: str, *, city: str | None, district: str | None = None) -> str:
    """Expand a relative body name with the document's place: 市口岸办 -> 深圳市口岸办.

    ``市X`` gets the city (``深圳`` + ``市X``); ``区X`` gets the district (``坪山区`` minus 区 + ``区X``).
    Names that do not start with 市/区, or with no place known, come back unchanged.
    """
    if name.startswith("市") and city and len(name) > 1:
        return city + name
    if name.startswith("区") and district and district.endswith("区") and len(name) > 1:
        return district[:-1] + name
    return name


def canonical_name(
    surface: str,
    typ: str,
    pack: RegionPack,
    *,
    district: str | None = None,
    zone: str | None = None,
    sar: str | None = None,
) -> str:
    """Canonical Simplified name of ``surface`` (already Simplified): gazetteer, then prefix
    expansion (``zone``: the document's cooperation zone, for 合作区X bodies and places; ``sar``:
    the one special administrative region government the document names, for 特区政府X bodies)."""
    entry = pack.lookup(surface)
    if entry is not None and entry.type == typ:
        return entry.canonical
    if typ == "ORG" and len(surface) > 6 and surface.startswith(("香港特区政府", "澳门特区政府")):
        surface = surface[:2] + "特别行政区" + surface[4:]  # the full official form
        entry = pack.lookup(surface)
        return entry.canonical if entry is not None and entry.type == typ else surface
    if typ == "ORG" and sar and surface == "特区政府":
        return sar
    if typ == "ORG" and sar and surface.startswith("特区政府") and len(surface) > 4:
        expanded = sar + surface[4:]  # 特区政府发展局 -> 香港特别行政区政府发展局
        entry = pack.lookup(expanded)
        return entry.canonical if entry is not None and entry.type == typ else expanded
    if typ in ("ORG", "LOC", "FAC") and zone and surface.startswith("合作区") and len(surface) > 3:
        expanded = zone + surface[3:]  # 合作区商事服务局 -> 横琴粤澳深度合作区商事服务局
        entry = pack.lookup(expanded)
        return entry.canonical if entry is not None and entry.type == typ else expanded
    if typ == "ORG" and surface.endswith("政府"):
        gov = district_government(surface, pack, district)
        if gov is not None:
            return gov
    if typ in ("EVENT", "ORG") and surface[:2] in ("市委", "省委"):
        place = pack.city if surface[0] == "市" else pack.province
        if place:
            return f"中共{place}{surface}"
    if typ in ("EVENT", "ORG") and surface[:2] == "区委" and district and district.endswith("区"):
        return f"中共{district}{surface[1:]}"  # 区委 -> 中共罗湖区委, as 市委 -> 中共深圳市委
    if typ in ("ORG", "LOC", "FAC"):
        expanded = expand_prefix(surface, city=pack.city, district=district)
        if expanded != surface:
            entry = pack.lookup(expanded)
            return entry.canonical if entry is not None and entry.type == typ else expanded
    return surface.replace("“", "").replace("”", "").replace('"', "")


#: a district's (or county's) government, by its full or short name or relative to the document
_DISTRICT_GOVERNMENT = re.compile(r"(?P<place>.*?[区县])(?:人民)?政府")


def district_government(surface: str, pack: RegionPack, district: str | None = None) -> str | None:
    """Canonical name of a district government: 龙岗区政府 / 龙岗区人民政府 / 深圳市龙岗区人民政府
    -> 深圳市龙岗区人民政府; bare 区政府 -> the document's district's. None for anything else
    (香港特区政府 is not a district's)."""
    m = _DISTRICT_GOVERNMENT.fullmatch(surface)
    if m is None or surface.endswith(("特区政府", "行政区政府")):
        return None
    place = m.group("place")
    if pack.city and place.startswith(pack.city + "市"):
        place = place[len(pack.city) + 1 :]
    if place in ("区", "县"):
        place = district or ""
    entry = pack.lookup(place) if place else None
    if entry is None or entry.kind != "district":
        return None
    city = f"{pack.city}市" if pack.city and not entry.canonical.startswith(pack.city) else ""
    return f"{city}{entry.canonical}人民政府"
