"""Tracking: the key a measure is about, project phrases as titles, object-centred clusters.

Measure rows and entity mentions are built by hand here (our own sentences); offsets are
code-point indices into an imaginary original in which the quote starts at ``start``."""

from __future__ import annotations

from typing import Any

import pytest

from tequ.link.tracking import (
    PHRASE_STOPS,
    PROJECT_NOUNS,
    TIME_WORDS,
    group_tracks,
    measure_key,
    project_phrase,
)


def _measure(mid: int, quote: str, action: str, obj: str, status: str, published: str) -> dict[str, Any]:
    return {"measure_id": mid, "start": 100, "end": 100 + len(quote), "quote": quote, "action": action,
            "object": obj, "status": status, "published": published}  # fmt: skip


def _mention(quote: str, text: str, canonical: str, type_: str, start: int = 100) -> dict[str, Any]:
    at = quote.index(text)
    return {
        "start": start + at,
        "end": start + at + len(text),
        "text": text,
        "canonical": canonical,
        "type": type_,
    }


def test_measure_key_prefers_the_place_in_the_action_clause_over_the_plan() -> None:
    q = "根据《滨海片区行动计划》，甲湾码头将于明年启动扩建"
    m = _measure(1, q, "启动扩建", "启动扩建", "planned", "2022-01-01")
    mentions = [
        _mention(q, "滨海片区行动计划", "滨海片区行动计划", "POLICY"),
        _mention(q, "甲湾码头", "甲湾码头", "FAC"),
    ]
    assert measure_key(m, mentions) == "甲湾码头"


def test_measure_key_skips_a_place_listed_before_de() -> None:
    """A port named with others in front of 的 only says where the line runs: the line is the key."""
    q = "全市将研究建设连接甲湾码头、乙城车站与丙街商圈的云巴专线"
    m = _measure(2, q, "研究建设", "连接甲湾码头、乙城车站与丙街商圈的云巴专线", "planned", "2022-01-01")
    mentions = [_mention(q, "甲湾码头", "甲湾码头", "FAC"), _mention(q, "乙城车站", "乙城站", "FAC")]
    assert measure_key(m, mentions) == "云巴专线"


@pytest.mark.parametrize(
    ("quote", "action", "phrase"),
    [
        ("力争甲湾码头扩建项目开工", "开工", "甲湾码头扩建"),
        ("甲灣碼頭擴建工程正在加快推進", "加快推进", "甲湾码头扩建"),
        ("甲湾码头将于明年启动扩建", "启动扩建", "甲湾码头"),
        ("甲湾码头冷链功能转移的前期工作正在推进", "推进", "甲湾码头冷链功能转移"),
    ],
)
def test_project_phrase_names_the_object(quote: str, action: str, phrase: str) -> None:
    assert project_phrase({"quote": quote, "action": action}, "甲湾码头") == phrase


def test_group_tracks_titles_name_the_project_and_keep_projects_of_one_place_apart() -> None:
    rows = [
        _measure(1, "甲湾码头将于明年启动扩建", "启动扩建", "启动扩建", "planned", "2022-01-01"),
        _measure(2, "力争甲湾码头扩建项目开工", "开工", "开工", "planned", "2023-01-01"),
        _measure(3, "甲灣碼頭擴建工程已正式開工", "开工", "开工", "done", "2024-01-01"),
        _measure(4, "甲湾码头冷链功能将加快转移", "转移", "冷链功能", "planned", "2022-01-01"),
        _measure(5, "甲湾码头冷链功能转移已全部完成", "完成", "冷链功能转移", "done", "2025-01-01"),
    ]
    for r in rows:
        r["key"] = "甲湾码头"
    tracks = {t["title"]: t for t in group_tracks(rows)}
    assert sorted(tracks) == ["甲湾码头冷链功能转移", "甲湾码头扩建"]
    assert tracks["甲湾码头扩建"]["measure_ids"] == [1, 2, 3]
    assert tracks["甲湾码头扩建"]["status"] == "done"
    assert tracks["甲湾码头冷链功能转移"]["measure_ids"] == [4, 5]


def test_measure_key_without_object_is_not_the_bare_verb() -> None:
    """Two measures with no object and the same verb are different things."""
    a = _measure(1, "甲园二期正在加快建设", "加快建设", "加快建设", "ongoing", "2024-01-01")
    b = _measure(2, "乙港航运中心正在加快建设", "加快建设", "加快建设", "ongoing", "2024-02-01")
    assert measure_key(a, []) == "甲园二期"
    assert measure_key(b, []) == "乙港航运中心"


def test_tracking_word_tables_have_reasons() -> None:
    for table in (PROJECT_NOUNS, PHRASE_STOPS, TIME_WORDS):
        assert table and all(len(row) == 2 and row[0] and row[1] for row in table)
