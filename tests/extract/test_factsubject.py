"""Fact subjects: a headline's predicate before its figure is not part of what is measured
(tequ.extract.factsubject). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tequ.extract.facts import extract_facts
from tequ.extract.factsubject import clean_pre
from tequ.ingest.files import load_bytes


def subjects(body: str) -> list[str]:
    doc = load_bytes("sample.txt", f"龙岗区发布年度数据\n\n{body}\n".encode())
    return [f.subject for f in extract_facts(doc)]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("龙岗区港口货物吞吐量首破1亿吨。", "龙岗区港口货物吞吐量"),
        ("全区旅游总收入重回300亿元以上。", "龙岗区旅游总收入"),
        ("全区外贸进出口额再创新高，达到2100.5亿元。", "龙岗区外贸进出口额"),
        ("全区规上工业总产值历史性突破5000亿元。", "龙岗区规上工业总产值"),
        ("全区新能源汽车产量又破20万辆。", "龙岗区新能源汽车产量"),
        ("全区常住人口一举突破200万人。", "龙岗区常住人口"),
        ("全区社康机构总数站上100家。", "龙岗区社康机构总数"),
        ("全区高新技术企业数量跃上6000家。", "龙岗区高新技术企业"),
    ],
)
def test_headline_predicates_leave_the_subject(body: str, subject: str) -> None:
    assert subjects(body) == [subject]


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("科技创新", "科技创新"),  # 创 only with the record it sets
        ("出口占全国比重", "出口占全国比重"),  # 重 is no adverb here
        ("创新高", "创新高"),  # nothing before the predicate: kept
        ("工业投资再创历史新高，", "工业投资"),
        ("集装箱吞吐量首次站稳", "集装箱吞吐量"),
    ],
)
def test_clean_pre_predicate_family(segment: str, expected: str) -> None:
    assert clean_pre(segment) == expected
