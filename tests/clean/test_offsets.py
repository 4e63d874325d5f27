"""View: text plus an exact offset map through slicing, editing and conversion."""

from __future__ import annotations

from tequ.clean.offsets import View


def _check(view: View, original: str) -> None:
    for i, ch in enumerate(view.text):
        a, b = view.starts[i], view.ends[i]
        assert 0 <= a < b <= len(original), (i, ch, a, b)


def test_view_of_maps_one_to_one() -> None:
    v = View.of("前言\n深圳市", 3, 6)
    assert v.text == "深圳市"
    assert list(v.starts) == [3, 4, 5]
    assert list(v.ends) == [4, 5, 6]


def test_view_strip_drops_edge_blanks_and_bom() -> None:
    original = "\ufeff  今天 \u3000"
    v = View.of(original).strip()
    assert v.text == "今天"
    assert original[v.starts[0] : v.ends[-1]] == "今天"


def test_view_split_keeps_positions() -> None:
    original = "第一行\n\n第三行"
    parts = list(View.of(original).split("\n"))
    assert [p.text for p in parts] == ["第一行", "", "第三行"]
    assert parts[2].span() == (5, 8)


def test_view_edit_delete_keeps_map_of_the_rest() -> None:
    original = "罗湖区(qū)政府"
    v = View.of(original).edit([(3, 7, "")])
    assert v.text == "罗湖区政府"
    assert [original[a:b] for a, b in zip(v.starts, v.ends, strict=True)] == list("罗湖区政府")


def test_view_edit_longer_replacement_maps_to_whole_source() -> None:
    original = "A&amp;B"
    v = View.of(original).edit([(1, 6, "&")])
    assert v.text == "A&B"
    assert original[v.starts[1] : v.ends[1]] == "&amp;"


def test_view_transform_realigns_length_changes() -> None:
    original = "ab-cd"
    v = View.of(original).transform(lambda s: s.replace("-", "xyz"))
    assert v.text == "abxyzcd"
    _check(v, original)
    assert original[v.starts[2] : v.ends[4]] == "-"
    assert original[v.starts[5] : v.ends[5]] == "c"


def test_view_join_concatenates_maps() -> None:
    original = "甲乙丙丁"
    v = View.join([View.of(original, 0, 1), View.of(original, 3, 4)])
    assert v.text == "甲丁"
    assert v.span() == (0, 4)


def test_view_transform_long_text_in_chunks_stays_exact() -> None:
    original = ("甲乙-丙丁。" * 400) + "尾"
    v = View.of(original).transform(lambda s: s.replace("-", "xy"))
    assert v.text == original.replace("-", "xy")
    _check(v, original)
    k = v.text.index("xy")
    assert original[v.starts[k] : v.ends[k]] == "-"
