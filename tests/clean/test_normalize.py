"""Width normalisation and zero-width removal keep the map exact."""

from __future__ import annotations

from tequ.clean.normalize import normalize
from tequ.clean.offsets import View


def test_normalize_full_width_numbers_and_letters() -> None:
    original = "增长２．７３％，ＧＤＰ达到１２３亿元。"
    v = normalize(View.of(original))
    assert v.text == "增长2.73%，GDP达到123亿元。"
    assert list(v.starts) == list(range(len(original)))


def test_normalize_removes_zero_width_and_keeps_offsets() -> None:
    original = "深\u200b圳\u00a0市"
    v = normalize(View.of(original))
    assert v.text == "深圳 市"
    assert [original[a:b] for a, b in zip(v.starts, v.ends, strict=True)] == ["深", "圳", "\u00a0", "市"]


def test_normalize_leaves_plain_text_alone() -> None:
    v = View.of("普通文本，没有全角数字。")
    assert normalize(v) is v
