"""Pure link logic: subject normalisation, base periods, rounding intervals, clustering."""

from __future__ import annotations

import pytest

from tequ.ask import KIND_WORDS, QUESTION_WORDS, format_value, parse_question, sentence_year
from tequ.link.checks import base_period, check_change, interval, precision
from tequ.link.series import (
    DE_WORDS,
    GENERIC_SUFFIXES,
    HEAD_SYNONYMS,
    LEADING_PREPOSITIONS,
    LEADING_WORDS,
    PLACE_SUFFIXES,
    PROCESS_WORDS,
    group_series,
    normalise_place,
    normalise_subject,
    period_grain,
)
from tequ.link.tracking import KEY_TYPES, bigrams, group_tracks, similarity


@pytest.mark.parametrize(
    ("subject", "place", "expected"),
    [
        ("深圳口岸出入境人员", "深圳", "口岸出入境人员"),
        ("深圳市口岸出入境人員數量", "深圳", "口岸出入境人员"),
        ("港口旅客吞吐量", None, "港口旅客吞吐量"),
        ("企业总数", None, "企业"),
        ("数量", None, "数量"),
        # process verbs, cumulative adverbs, leading determiners and 的-modifiers are wording only
        ("深圳口岸累计验放出入境旅客", "深圳", "口岸出入境人员"),
        ("深圳各口岸共验放出入境旅客", "深圳", "口岸出入境人员"),
        ("深圳经深圳各口岸出入境的旅客", "深圳", "口岸出入境人员"),
        ("深圳經深圳各口岸出入境的旅客", "深圳", "口岸出入境人员"),
        # the modifier still separates series; words that merely start like a determiner stay
        ("深圳经陆路口岸出入境的旅客", "深圳", "陆路口岸出入境人员"),
        ("深圳内地居民出入境", "深圳", "内地居民出入境"),
        ("市场主体", "深圳", "市场主体"),
        ("全社会固定资产投资", None, "全社会固定资产投资"),
        ("各类市场主体", None, "市场主体"),
        ("目的地数量", None, "目的地"),
        ("累计", None, "累计"),
    ],
)
def test_normalise_subject(subject: str, place: str | None, expected: str) -> None:
    assert normalise_subject(subject, place) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("坪山区文旅总收入", "坪山区文旅收入"),
        ("外贸进出口总额", "外贸进出口额"),
        ("地铁客流总量", "地铁客流量"),
        ("景区游客总人数", "景区游客"),
        ("社零总额", "社会消费品零售额"),  # the abbreviation is written out at ingest as in queries
        ("人均GDP", "人均地区生产总值"),
    ],
)
def test_normalise_subject_total_marker_and_abbreviations_give_one_key(a: str, b: str) -> None:
    assert normalise_subject(a, "坪山区") == normalise_subject(b, "坪山区")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("地区生产总值", "地区生产总值"),  # 总值 names the indicator
        ("总部企业", "总部企业"),
        ("总体满意度", "总体满意度"),
        ("总收入", "总收入"),  # nothing before 总: it stays
    ],
)
def test_normalise_subject_keeps_other_zong_words(subject: str, expected: str) -> None:
    assert normalise_subject(subject) == expected


@pytest.mark.parametrize(
    "subject", ["旅游总收入", "进出口总额", "客流总量", "社零", "深圳口岸累计验放出入境旅客"]
)
def test_normalise_subject_is_idempotent(subject: str) -> None:
    """Series queries normalise a key again (web indicator pages): the key must not move."""
    key = normalise_subject(subject, "深圳")
    assert normalise_subject(key) == normalise_subject(key, "深圳") == key


def test_normalise_place() -> None:
    assert normalise_place("深圳市") == normalise_place("深圳") == "深圳"
    assert normalise_place(None) is None


@pytest.mark.parametrize(
    ("period", "base"),
    [
        ("2025", "2024"),
        ("2025-01/2025-11", "2024-01/2024-11"),
        ("2024-02-29", "2023-02-28"),
        ("上半年", None),
    ],
)
def test_base_period(period: str, base: str | None) -> None:
    assert base_period(period) == base


def test_precision_and_interval() -> None:
    assert precision(273000000) == 1e6
    assert precision(14) == 1
    assert precision(13.75) == 0.01
    assert interval(2.4e8, "exact") == (2.35e8, 2.45e8)
    assert interval(2.73e8, "over") == (2.73e8, 2.74e8)


def test_check_change_rounding() -> None:
    level = {"value": 2.73e8, "qualifier": "over"}
    base = {"value": 2.4e8, "qualifier": "exact"}
    ok = check_change({"value": 14, "qualifier": "exact"}, level, base)
    assert ok["status"] == "ok" and round(ok["implied"], 2) == 13.75
    bad = check_change({"value": 30, "qualifier": "exact"}, level, base)
    assert bad["status"] == "discrepancy"


def test_group_tracks_splits_by_topic() -> None:
    rows = [
        {
            "measure_id": 1,
            "key": "甲码头",
            "action": "启动",
            "object": "甲码头扩建",
            "quote": "甲码头将启动扩建",
            "status": "planned",
            "published": "2022-01-01",
        },
        {
            "measure_id": 2,
            "key": "甲码头",
            "action": "建成",
            "object": "甲码头扩建工程",
            "quote": "甲码头扩建已建成",
            "status": "done",
            "published": "2024-01-01",
        },
        {
            "measure_id": 3,
            "key": "甲码头",
            "action": "开通",
            "object": "夜间通关",
            "quote": "甲码头开通夜间通关",
            "status": "done",
            "published": "2023-01-01",
        },
    ]
    tracks = sorted(group_tracks(rows), key=lambda t: t["measure_ids"])
    assert [t["measure_ids"] for t in tracks] == [[1, 2], [3]]
    assert tracks[0]["status"] == "done"
    assert similarity(bigrams("货运功能转移"), bigrams("货运功能将加快转移")) > 0.5


def test_ask_parse_and_format() -> None:
    p = parse_question("2025年深圳口岸出入境人員有多少?", ["深圳"])
    assert (p["period"], p["place"], p["kind"]) == ("2025", "深圳", None)
    assert "出入境人员" in p["words"]
    assert parse_question("2024年深圳新增公办学位多少个?", ["深圳"])["unit"] == "个"
    assert parse_question("深圳GDP多少亿元?", ["深圳"])["unit"] == "元"
    assert parse_question("前海实际使用外资是多少?", ["前海"])["unit"] is None
    assert format_value(273000000, "人次") == "2.73亿人次"
    assert format_value(95050000, "人次") == "9505万人次"
    assert format_value(14, "%") == "14%"
    assert format_value(300, "家") == "300家"


def test_word_tables_have_reasons() -> None:
    tables = (GENERIC_SUFFIXES, PLACE_SUFFIXES, KEY_TYPES, QUESTION_WORDS, PROCESS_WORDS, LEADING_WORDS)
    for table in (*tables, LEADING_PREPOSITIONS, DE_WORDS):
        assert table and all(len(row) == 2 and row[0] and row[1] for row in table)
    assert all(len(row) == 3 and all(row) for row in (*KIND_WORDS, *HEAD_SYNONYMS))
    assert all(len(w) >= 2 for w, _why in PROCESS_WORDS)  # a single character could cut a word
    assert len({w for w, _ in QUESTION_WORDS}) == len(QUESTION_WORDS)


@pytest.mark.parametrize(
    ("period", "grain"),
    [
        ("2024", "year"),
        ("2024-01/2024-12", "year"),
        ("2024-01/2024-10", "to-10"),
        ("2024-11", "month"),
        ("2024-06-30", "day"),
        ("2021/2025", "span"),
        (None, "none"),
    ],
)
def test_period_grain(period: str | None, grain: str) -> None:
    assert period_grain(period) == grain


def test_group_series_keeps_partial_years_apart_from_whole_years() -> None:
    def point(period: str, value: float, doc: int) -> dict:
        return {"subject_norm": "集装箱吞吐量", "subject": "集装箱吞吐量", "unit": "标箱", "place": "深圳",
                "period": period, "value": value, "doc_id": doc}  # fmt: skip

    series = group_series(
        [point("2023", 3.0e7, 1), point("2024", 3.3e7, 2), point("2024-01/2024-10", 2.7e7, 3)]
    )
    assert sorted((s["grain"], s["periods"]) for s in series) == [("to-10", 1), ("year", 2)]
    assert all(not s["conflicts"] for s in series)


def test_group_series_one_point_per_document_and_value() -> None:
    def point(doc: int, start: int, value: float, fact: int) -> dict:
        return {"subject_norm": "港口旅客", "subject": "港口旅客", "unit": "人次", "place": "海湾市",
                "period": "2024", "value": value, "doc_id": doc, "start": start, "end": start + 6,
                "quote": "1.2亿人次", "fact_id": fact}  # fmt: skip

    # a headline restating its article's figure, the same figure in another document, and a
    # different figure in the first document
    (series,) = group_series([point(1, 90, 1.2e8, 2), point(1, 10, 1.2e8, 1), point(2, 40, 1.2e8, 3)])
    assert [(p["doc_id"], p["start"]) for p in series["points"]] == [(1, 10), (2, 40)]
    assert series["points"][0]["restated"] == [{"fact_id": 2, "start": 90, "end": 96, "quote": "1.2亿人次"}]
    assert series["documents"] == 2 and not series["conflicts"]
    (series,) = group_series([point(1, 10, 1.2e8, 1), point(1, 90, 1.3e8, 2)])
    assert len(series["points"]) == 2 and len(series["conflicts"]) == 1


@pytest.mark.parametrize(
    ("before", "year"),
    [
        ("上一句说的是2019年。2024年，甲市港口累计接待", "2024"),
        ("2023年和2024年，甲市港口共接待", None),
        ("甲市港口累计接待", None),
    ],
)
def test_sentence_year_only_from_the_facts_own_sentence(before: str, year: str | None) -> None:
    assert sentence_year({"before": before}) == year
