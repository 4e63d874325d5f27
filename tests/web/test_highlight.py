"""Highlight markup is built from escaped slices: marks nest, text never becomes markup."""

from __future__ import annotations

import pytest

from tequ.web.highlight import Mark, align, clean_range, render_marked, render_original
from tequ.web.render import safe_snippet


def _m(a: int, b: int, kind: str = "fact", key: str = "f0", title: str = "t") -> Mark:
    return Mark(a, b, kind, key, title)


def test_render_marked_escapes_text_and_attributes() -> None:
    text = '<script>x</script>增长"5%"'
    html = str(render_marked(text, [(17, 22, _m(17, 22, title='"><img onerror=1>'))]))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert '"><img' not in html
    assert html.count("<mark") == 1 and html.count("</mark>") == 1


def test_render_marked_nests_contained_spans() -> None:
    text = "深圳市新增公园10个"
    spans = [
        (0, 10, _m(0, 10, "measure", "m0")),
        (0, 3, _m(0, 3, "entity", "e0")),
        (7, 10, _m(7, 10, "fact")),
    ]
    html = str(render_marked(text, spans))
    assert html.startswith('<mark class="ann ann-measure"')
    assert html.index('data-ann="e0"') < html.index("深圳市</mark>")
    assert html.endswith("10个</mark></mark>")


def test_render_marked_clips_crossing_spans_to_stay_well_formed() -> None:
    html = str(render_marked("abcdef", [(0, 4, _m(0, 4, key="a")), (2, 6, _m(2, 6, "entity", "b"))]))
    assert html.count("<mark") == html.count("</mark>") == 2
    assert html.endswith("ef")  # the crossing part outside its parent is left plain


@pytest.mark.parametrize("bad", [(-1, 2), (3, 3), (5, 99)])
def test_render_marked_ignores_out_of_range_spans(bad: tuple[int, int]) -> None:
    assert str(render_marked("abcd", [(*bad, _m(*map(abs, bad)))])) == "abcd"


def test_render_original_marks_at_original_offsets() -> None:
    html = str(render_original("甲<b>乙丙", [_m(4, 6, "entity", "e1")]))
    assert (
        html
        == '甲&lt;b&gt;<mark class="ann ann-entity" data-kind="entity" data-ann="e1" tabindex="0" title="t">乙丙</mark>'
    )


@pytest.mark.parametrize(
    ("clean", "original"),
    [
        ("深圳地铁12号线开通", "深圳地鐵12號線開通"),  # Traditional original
        ("深圳地铁12号线开通", "深圳地铁１２号线  开通"),  # full-width digits, spaces dropped
        ("深圳地铁12号线开通", "深圳地铁12号线开通"),  # identical
    ],
)
def test_align_maps_clean_characters_to_their_source(clean: str, original: str) -> None:
    starts, ends = align(clean, original, 0)
    assert len(starts) == len(ends) == len(clean)
    assert starts == sorted(starts)
    a, b = clean_range(
        starts, ends, original.index("1") if "1" in original else original.index("１"), len(original)
    )
    assert clean[a:b] == "12号线开通"


def test_clean_range_is_empty_outside_the_paragraph() -> None:
    starts, ends = list(range(10, 15)), list(range(11, 16))
    assert clean_range(starts, ends, 0, 5) == (0, 0)
    assert clean_range(starts, ends, 11, 13) == (1, 3)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("…<mark>口岸</mark>办…", "…<mark>口岸</mark>办…"),
        ("&lt;script&gt;<mark>x</mark>", "&lt;script&gt;<mark>x</mark>"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<mark onclick="x">a</mark>', "&lt;mark onclick=&#34;x&#34;&gt;a"),
        ("</mark>a<mark>b", "a<mark>b</mark>"),
    ],
)
def test_safe_snippet_keeps_only_balanced_marks(snippet: str, expected: str) -> None:
    assert str(safe_snippet(snippet)) == expected


def test_clean_range_scans_when_offsets_are_not_ordered() -> None:
    starts, ends = [5, 6, 0, 1], [6, 7, 1, 2]
    assert clean_range(starts, ends, 0, 2) == (2, 4)
    assert clean_range(starts, ends, 5, 7) == (0, 2)


def test_anchored_marks_enter_the_tab_order_once_per_annotation() -> None:
    from tequ.web.highlight import Mark, render_marked

    e = Mark(0, 1, "entity", "e0", "t")
    text = "甲乙甲乙"
    anchored: set[str] = set()
    html = str(render_marked(text, [(0, 1, e), (2, 3, e)], anchored))
    assert (
        html.count('id="ann-e0"') == 1
        and html.count('tabindex="0"') == 1
        and html.count('tabindex="-1"') == 1
    )
    again = str(render_marked(text, [(0, 1, e)], anchored))  # a later paragraph: no second anchor
    assert 'id="ann-e0"' not in again and 'tabindex="-1"' in again
    assert 'tabindex="0"' in str(render_marked(text, [(0, 1, e)]))  # without anchors: as before
