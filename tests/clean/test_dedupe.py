"""Duplicate lines and stitched leads."""

from __future__ import annotations

from dataclasses import dataclass

from tequ.clean.dedupe import mark_contained, mark_repeats, norm


@dataclass
class L:
    text: str
    kind: str = "body"
    drop: str | None = None


def test_norm_drops_punctuation_and_blanks() -> None:
    assert norm("深圳, 今天 “晴”!") == "深圳今天晴"


def test_mark_repeats_keeps_first_copy_and_counter_suffix_copies_go() -> None:
    lines = [
        L("示范区出台新政策", "headline"),
        L("正文第一段内容较长。"),
        L("示范区出台新政策(2)", "headline"),
    ]
    lines.append(L("示范区出台新政策", "headline"))
    mark_repeats(lines)
    assert [x.drop for x in lines] == [None, None, "duplicate", "duplicate"]


def test_mark_contained_drops_stitched_lead_and_keeps_paragraphs_in_context() -> None:
    p1 = "示范区将设立规模为十亿元的专项资金。对符合条件的企业给予最高两百万元补贴。"
    p2 = "管委会有关负责人表示,措施将于六月一日起施行。有效期为三年并可延续。"
    p3 = "此外还将建设人才公寓五千套。用于保障新引进的青年人才居住需求。"
    lead = "示范区出台新政策" + p2 + p1 + "此外还将建设人才公寓五千套。用于保障新引进"
    lines = [L(lead), L(p1), L(p2), L(p3)]
    mark_contained(lines)
    assert [x.drop for x in lines] == ["duplicate", None, None, None]


def test_mark_contained_keeps_distinct_paragraphs() -> None:
    lines = [
        L("今年全市新增学位四千个。重点建设十所学校。"),
        L("医疗方面新增社区医院十二家。总数超过三百家。"),
    ]
    mark_contained(lines)
    assert [x.drop for x in lines] == [None, None]
