"""Region pack files: valid types, one canonical per alias, Simplified names, loadable by name."""

from __future__ import annotations

import json

import pytest
import zhconv_rs

from tequ.errors import ConfigError
from tequ.link.canonical import REGIONS_DIR, iter_pack_entries, load_region_pack, pack_names, read_pack_file
from tequ.model import ENTITY_TYPES


def _raw_packs() -> list[dict]:  # type: ignore[type-arg]
    return [read_pack_file(name) for name in pack_names()]


def test_region_pack_registry_lists_existing_files() -> None:
    reg = json.loads((REGIONS_DIR / "registry.json").read_text(encoding="utf-8"))
    for name, info in reg["packs"].items():
        assert (REGIONS_DIR / info["file"]).is_file(), name
        assert all(base in reg["packs"] for base in info["extends"]), name
    assert (REGIONS_DIR / "README.md").is_file()


@pytest.mark.parametrize("name", pack_names())
def test_region_pack_groups_have_valid_type_and_comment(name: str) -> None:
    raw = read_pack_file(name)
    assert raw["name"] == name
    for group in raw["groups"]:
        assert group["type"] in ENTITY_TYPES
        assert group["comment"].strip(), group
        assert group["entries"], group
        for entry in group["entries"]:
            assert entry and all(isinstance(x, str) and x.strip() == x and x for x in entry), entry


@pytest.mark.parametrize("name", pack_names())
def test_region_pack_alias_points_to_one_canonical(name: str) -> None:
    seen: dict[str, str] = {}
    for raw in [read_pack_file(n) for n in ("china", name)] if name != "china" else [read_pack_file(name)]:
        for entry in iter_pack_entries(raw):
            for alias in entry.aliases:
                assert seen.setdefault(alias, entry.canonical) == entry.canonical, (
                    f"{alias!r} -> {seen[alias]!r} and {entry.canonical!r}"
                )


@pytest.mark.parametrize("name", pack_names())
def test_region_pack_canonicals_are_simplified(name: str) -> None:
    for entry in iter_pack_entries(read_pack_file(name)):
        assert zhconv_rs.zhconv(entry.canonical, "zh-cn") == entry.canonical, entry.canonical
        for alias in entry.aliases:
            assert zhconv_rs.zhconv(alias, "zh-cn") == alias, alias


@pytest.mark.parametrize("name", pack_names())
def test_region_pack_aliases_are_at_least_two_characters(name: str) -> None:
    # a one-character alias (粤, 港) would match inside ordinary words
    for entry in iter_pack_entries(read_pack_file(name)):
        assert all(len(a) >= 2 for a in entry.aliases), entry


def test_region_pack_loads_by_name_with_its_base() -> None:
    pack = load_region_pack("shenzhen")
    assert pack.city == "深圳"
    assert pack.lookup("市口岸办").canonical == "深圳市人民政府口岸办公室"  # type: ignore[union-attr]
    assert pack.lookup("罗湖").canonical == "罗湖区"  # type: ignore[union-attr]
    assert pack.lookup("国务院").type == "ORG"  # type: ignore[union-attr]  # from the china base pack


def test_region_pack_unknown_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown region pack"):
        load_region_pack("atlantis")
