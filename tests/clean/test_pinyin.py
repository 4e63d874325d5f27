"""The pinyin artifact goes; real parentheses stay."""

from __future__ import annotations

import pytest

from tequ.clean.offsets import View
from tequ.clean.pinyin import count_toned, find_pinyin, strip_pinyin


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("福田區(qū)政府", "福田區政府"),
        ("發(fā)展新質(zhì)生產(chǎn)力", "發展新質生產力"),
        ("創(chuàng)業(yè)", "創業"),
    ],
)
def test_strip_pinyin_removes_toned_syllables(raw: str, clean: str) -> None:
    assert strip_pinyin(View.of(raw)).text == clean


@pytest.mark.parametrize(
    "text",
    [
        "(新华社记者 张三 李四)",
        "香港科技大学(广州)",
        "液化天然气(LNG)",
        "实施方案(2024-2026年)",
        "通过手机(app)预约",
        "(筹)",
        "深圳河(蓮塘段)",
        "综合开发研究院(中国·深圳)",
    ],
)
def test_strip_pinyin_keeps_real_parentheses(text: str) -> None:
    assert strip_pinyin(View.of(text), toneless=True).text == text


def test_strip_pinyin_toneless_only_in_dense_documents() -> None:
    assert strip_pinyin(View.of("我们的(de)")).text == "我们的(de)"
    assert strip_pinyin(View.of("我们的(de)"), toneless=True).text == "我们的"


def test_strip_pinyin_after_non_han_in_dense_documents() -> None:
    # a corrupted character before the annotation: removed only in artifact-dense documents
    assert strip_pinyin(View.of("治理崿F(xiàn)模式"), toneless=True).text == "治理崿F模式"
    assert strip_pinyin(View.of("治理崿F(xiàn)模式")).text == "治理崿F(xiàn)模式"


def test_strip_pinyin_maps_back_to_original() -> None:
    original = "南山區(qū)科技園(yuán)"
    v = strip_pinyin(View.of(original))
    assert "".join(original[a:b] for a, b in zip(v.starts, v.ends, strict=True)) == v.text


def test_count_toned_counts_artifacts() -> None:
    assert count_toned("區(qū)和區(qū)以及(LNG)") == 2
    assert find_pinyin("沒有注音") == []
