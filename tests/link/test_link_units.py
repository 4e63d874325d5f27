"""Small cases for the pieces that make ask, checks and tracks robust on unseen text."""

from __future__ import annotations

from typing import Any

import pytest

from tequ.ask import part_of_year
from tequ.link.checks import check_change, interval, written_precision
from tequ.link.series import ABBREVIATIONS, expand_abbreviations
from tequ.link.tracking import MANNER_WORDS, STATUS_VERBS, group_tracks, measure_key, topic_key
from tequ.store.queries import _context


def test_expand_abbreviations_any_case_rest_untouched() -> None:
    assert expand_abbreviations("2024年光明区gdp增速") == "2024年光明区地区生产总值增速"
    assert expand_abbreviations("社零总额") == "社会消费品零售总额"
    assert expand_abbreviations("iPhone出货量") == "iPhone出货量"
    assert all(len(row) == 3 and all(row) for row in ABBREVIATIONS)


@pytest.mark.parametrize(
    ("quote", "value", "ulp"),
    [
        ("140億元", 1.4e10, 1e8),
        ("约2.4亿人次", 2.4e8, 1e7),
        ("同比增長6.0%", 6.0, 0.1),
        ("6147.7萬人次", 6.1477e7, 1e3),
        ("1,540亿元", 1.54e11, 1e8),
        ("近五成", 50, None),  # Chinese numerals: no written digits
        ("120亿元", 1.4e10, None),  # the quote does not give this value
    ],
)
def test_written_precision(quote: str, value: float, ulp: float | None) -> None:
    assert written_precision(quote, value) == (pytest.approx(ulp) if ulp else None)


def test_exact_figures_are_as_precise_as_written_qualified_ones_are_rounded() -> None:
    assert interval(1.4e10, "exact", "140亿元") == (pytest.approx(1.395e10), pytest.approx(1.405e10))
    assert interval(1.4e10, "exact") == (1.35e10, 1.45e10)  # no quote: significant digits
    assert interval(1.5e7, "about", "约1500万") == (1.4e7, 1.6e7)  # trailing zeros are rounding
    base = {"value": 1.2e10, "qualifier": "exact", "quote": "120亿元"}
    level = {"value": 1.4e10, "qualifier": "exact", "quote": "140億元"}
    assert (
        check_change({"value": 8, "qualifier": "exact", "quote": "增长8%"}, level, base)["status"]
        == "discrepancy"
    )
    unquoted = (
        {k: v for k, v in level.items() if k != "quote"},
        {k: v for k, v in base.items() if k != "quote"},
    )
    assert check_change({"value": 8, "qualifier": "exact"}, *unquoted)["status"] == "ok"  # as before


def test_context_stays_in_its_paragraph_and_starts_at_a_boundary() -> None:
    text = '{"text": "甲区去年接待游客1500万人次。' + "乙" * 200 + '，丙项目完成投资30亿元，同比增长5%；丁"}'
    start = text.index("30亿元")
    para = (text.index("甲"), text.index('丁"') + 1)
    before, after = _context(text, start, start + len("30亿元"), para)
    assert before == "丙项目完成投资"  # the 120-character window cut into 乙…: from the next boundary
    assert after == "，同比增长5%；丁"
    start = text.index("1500万")
    before, _ = _context(text, start, start + 7, para)
    assert before == "甲区去年接待游客"  # the paragraph start, not the JSON field name


def _m(mid: int, quote: str, action: str, obj: str, status: str, start: int, **extra: Any) -> dict[str, Any]:
    return {"measure_id": mid, "doc_id": 1, "start": start, "end": start + len(quote), "quote": quote,
            "action": action, "object": obj, "status": status, "published": "2025-02-26", **extra}  # fmt: skip


def test_topic_key_is_empty_for_a_clause_with_only_times_and_cues() -> None:
    m = _m(1, "將於2025年下半年開工", "开工", "开工", "planned", 10)
    assert topic_key(m, []) == ""
    assert measure_key(m, []) == "将于年下半年开工"  # alone it still never joins another by its verb
    assert topic_key(_m(2, "預計2025年底投入使用", "投入使用", "投入使用", "done", 10), []) == ""


def test_manner_words_and_aspect_particles_do_not_split_a_project() -> None:
    done = _m(1, "較場尾民宿區提升改造已全部完成", "完成", "完成", "done", 10)
    ongoing = _m(2, "南澳墟鎮旅遊集散中心正在建設中", "建设", "中", "ongoing", 40)
    assert measure_key(done, []) == "较场尾民宿区提升改造"
    assert measure_key(ongoing, []) == "南澳墟镇旅游集散中心"
    plan = _m(3, "新区将于今年推进较场尾民宿区提升改造", "推进", "较场尾民宿区提升改造", "planned", 70)
    plan["published"] = "2024-01-18"
    for m in (done, plan):
        m["key"] = "较场尾民宿区提升改造"
    (track,) = group_tracks([done, plan])
    assert (track["title"], track["status"], track["measure_ids"]) == ("较场尾民宿区提升改造", "done", [3, 1])
    assert all(len(row) == 2 and all(row) for row in (*MANNER_WORDS, *STATUS_VERBS))


def test_a_continuation_joins_its_measure_without_taking_its_status_or_title() -> None:
    main = _m(1, "光明城站綜合交通樞紐已完成可行性研究", "完成", "可行性研究", "done", 10, key="光明城站")
    cont = _m(2, "將於2025年下半年開工", "开工", "开工", "planned", 30, key="光明城站", context=main)
    plan = _m(3, "开展光明城站综合交通枢纽前期研究", "开展", "光明城站综合交通枢纽前期研究", "planned", 5)
    plan.update(key="光明城站", published="2023-04-20")
    (track,) = group_tracks([main, cont, plan])
    # a step done (the study) and the next one still to come (construction): under way, not delivered
    assert track["status"] == "ongoing" and sorted(track["measure_ids"]) == [1, 2, 3]
    assert "开工" not in track["title"]


def test_a_track_is_done_only_when_its_latest_report_leaves_nothing_to_come() -> None:
    plan = _m(1, "北码头将于2024年建成", "建成", "北码头", "planned", 5, key="北码头", published="2023-03-01")
    built = _m(2, "北码头已建成投用", "建成", "北码头", "done", 10, key="北码头")
    (track,) = group_tracks([plan, built])
    assert track["status"] == "done"
    more = _m(3, "北码头将于2025年全面投入运营", "投入运营", "北码头", "planned", 40, key="北码头")
    (track,) = group_tracks([plan, built, more])
    assert track["status"] == "ongoing"


@pytest.mark.parametrize(
    ("rest", "period"),
    [
        ("1—10月深圳港集装箱吞吐量", "2024-01/2024-10"),
        ("前十个月深圳港集装箱吞吐量", "2024-01/2024-10"),
        ("上半年地区生产总值", "2024-01/2024-06"),
        ("11月出入境旅客", "2024-11"),
        ("底深圳机场国际客运通航城市", "2024-12-31"),
        ("底前完成改造", None),  # 年底前: a deadline, not the stock at year end
        ("深圳港集装箱吞吐量", None),
        ("13月", None),
    ],
)
def test_part_of_year(rest: str, period: str | None) -> None:
    got = part_of_year(rest, "2024")
    assert (got[0] if got else None) == period


def test_a_project_keyed_two_ways_is_one_track_but_a_phase_is_not() -> None:
    plan = _m(1, "海湾市机场将加快推进第二跑道建设", "推进", "第二跑道建设", "planned", 5, key="海湾市机场")
    plan.update(published="2024-01-05")
    report = _m(2, "机场第二跑道主体工程正在加快推进", "推进", "", "ongoing", 50, key="机场第二跑道主体工程")
    (track,) = group_tracks([plan, report])
    assert track["status"] == "ongoing" and sorted(track["measure_ids"]) == [1, 2]
    assert track["title"] == "机场第二跑道主体工程"
    whole = _m(3, "推进滨海路快速化改造", "推进", "滨海路快速化改造", "planned", 5, key="滨海路快速化改造")
    whole.update(published="2023-04-20")
    phase = _m(4, "滨海路快速化改造一期已完工", "完工", "完工", "done", 60, key="滨海路快速化改造一期")
    assert len(group_tracks([whole, phase])) == 2


def test_a_latin_or_digit_prefix_stays_in_the_key() -> None:
    m = _m(1, "T2航站楼改造已于去年9月完成", "完成", "完成", "done", 10)
    assert topic_key(m, []) == "T2航站楼改造"
