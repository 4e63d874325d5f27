"""Canonical names: gazetteer lookup, prefix expansion with the document's place."""

from __future__ import annotations

from tequ.link.canonical import canonical_name, expand_prefix, load_region_pack


def test_canonical_name_gazetteer_gives_official_name() -> None:
    pack = load_region_pack("shenzhen")
    assert canonical_name("市口岸办", "ORG", pack) == "深圳市人民政府口岸办公室"
    assert canonical_name("深圳市口岸办", "ORG", pack) == "深圳市人民政府口岸办公室"
    assert canonical_name("罗湖", "LOC", pack) == "罗湖区"
    assert canonical_name("前海合作区", "LOC", pack) == "前海深港现代服务业合作区"


def test_canonical_name_type_mismatch_is_not_looked_up() -> None:
    pack = load_region_pack("shenzhen")
    # 罗湖 is a district (LOC); as an ORG surface the gazetteer entry must not apply
    assert canonical_name("罗湖", "ORG", pack) == "罗湖"


def test_canonical_name_expands_city_prefix_for_unknown_bodies() -> None:
    pack = load_region_pack("shenzhen")
    assert canonical_name("市海洋渔业局", "ORG", pack) == "深圳市海洋渔业局"


def test_canonical_name_expands_district_prefix_with_context() -> None:
    pack = load_region_pack("shenzhen")
    assert canonical_name("区青年联合会", "ORG", pack, district="南山区") == "南山区青年联合会"
    assert canonical_name("区青年联合会", "ORG", pack) == "区青年联合会"


def test_canonical_name_plenary_gets_party_prefix() -> None:
    pack = load_region_pack("shenzhen")
    assert canonical_name("市委八届二次全会", "EVENT", pack) == "中共深圳市委八届二次全会"
    assert canonical_name("省委十四届一次全会", "EVENT", pack) == "中共广东省委十四届一次全会"


def test_canonical_name_strips_quotes_from_schemes() -> None:
    pack = load_region_pack("shenzhen")
    assert canonical_name("“数据+”行动", "POLICY", pack) == "数据+行动"


def test_expand_prefix_leaves_absolute_names() -> None:
    assert expand_prefix("广州市教育局", city="深圳") == "广州市教育局"
    assert expand_prefix("市教育局", city=None) == "市教育局"


def test_pack_find_is_longest_first() -> None:
    pack = load_region_pack("shenzhen")
    hits = [(text[a:b], e.canonical) for text in ["旅客经罗湖口岸入境罗湖"] for a, b, e in pack.find(text)]
    assert hits == [("罗湖口岸", "罗湖口岸"), ("罗湖", "罗湖区")]


def test_region_pack_full_width_brackets_match_ascii_aliases() -> None:
    from tequ.link.canonical import load_region_pack

    pack = load_region_pack("shenzhen")
    text = "学生来自香港中文大学（深圳）。"
    hits = pack.find(text)
    assert [(text[a:b], e.canonical) for a, b, e in hits] == [("香港中文大学（深圳）", "香港中文大学(深圳)")]
    assert pack.lookup("香港中文大学（深圳）") is pack.lookup("香港中文大学(深圳)")
