"""Cross-document links on a real store: series, checks, tracked measures, ask."""

from __future__ import annotations

from tequ.store.base import Store


def test_series_across_documents_with_conflict(filled: Store) -> None:
    (s,) = filled.series("旅客吞吐量")
    assert (s["subject"], s["unit"], s["place"]) == ("港口旅客吞吐量", "人次", "海湾")
    assert [p["period"] for p in s["points"]] == ["2023", "2024", "2024"]
    assert {p["doc_id"] for p in s["points"]} == {1, 2, 3}
    for p in s["points"]:
        assert p["quote"] and p["title"] and p["end"] > p["start"]
    (conflict,) = s["conflicts"]
    assert conflict["period"] == "2024"
    assert sorted(p["value"] for p in conflict["points"]) == [1.75e8, 1.8e8]


def test_series_query_in_traditional_and_with_place(filled: Store) -> None:
    assert filled.series("旅客吞吐") == filled.series("旅客吞吐")
    assert filled.series("海灣市港口旅客吞吐量")[0]["subject"] == "港口旅客吞吐量"
    assert filled.series("旅客吞吐量", place="别处") == []
    assert filled.series("") == []


def test_checks_flag_agreement_and_discrepancy(filled: Store) -> None:
    rows = {c["stated"]: c for c in filled.checks()}
    assert set(rows) == {20.0, 35.0}
    ok = rows[20.0]
    assert ok["status"] == "ok"
    assert ok["period"] == "2024" and ok["base_period"] == "2023"
    assert ok["level"]["quote"] == "旅客吞吐量突破1.8億人次"  # the change's own document first
    assert ok["base"]["doc_id"] == 1
    bad = rows[35.0]
    assert bad["status"] == "discrepancy"
    assert round(bad["implied"], 2) == 16.67
    assert bad["change"]["quote"] == "同比增长35%"


def test_tracks_join_plan_and_result(filled: Store) -> None:
    page = filled.tracks("北灣碼頭")
    assert page["count"] == 1
    (t,) = page["data"]
    assert [h["status"] for h in t["history"]] == ["planned", "done"]
    assert t["status"] == "done"
    assert (t["first_seen"], t["last_seen"]) == ("2024-01-10", "2025-01-08")
    assert filled.tracks(status="planned")["count"] == 0


def test_ask_answers_with_citation(filled: Store) -> None:
    a = filled.ask("2023年海湾市港口旅客吞吐量有多少？")
    assert a is not None
    assert a["answer"] == "1.5亿人次"
    assert a["quote"] == "旅客吞吐量达到1.5亿人次"
    assert a["title"] == "海湾市港口客流创新高"
    b = filled.ask("2024年海灣港口旅客吞吐量同比增長多少")
    assert b is not None and b["unit"] == "%"
    c = filled.ask("新区科技园计划新增多少家企业")
    assert c is not None and c["answer"] == "300家"
    assert filled.ask("火星上有多少只猫") is None
    assert filled.ask("？？") is None
