"""Questions, series, checks and tracks on documents tequ was not tuned on.

tests/data/unseen_kb/ holds news written for this test (see its README.md) and kept out of
examples/, which the demo and the benches use. The base is built by the real CLI into a SQLite
file; each question names the value, the unit and the file the answer must cite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tequ.cli import cli
from tequ.store.base import Store, open_store

UNSEEN = Path(__file__).resolve().parent.parent / "data" / "unseen_kb"

_SENTENCE_ENDS = "。！!？?；;"


@pytest.fixture(scope="module")
def unseen_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("unseen") / "unseen.db"
    r = CliRunner().invoke(cli, ["ingest", str(UNSEEN), "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "6 ingested, 0 failed" in r.output  # README.md is not a document
    return db


@pytest.fixture(scope="module")
def unseen_kb(unseen_db: Path) -> Iterator[Store]:
    store = open_store(str(unseen_db))
    yield store
    store.close()


#: (question, value, unit, file the answer must cite). Everyday wording, both scripts,
#: abbreviations (GDP, 社零), shares, targets and a classifier before the noun (多少家民宿).
QUESTIONS: list = [
    ("2023年深圳机场旅客吞吐量是多少?", 5.2735e7, "人次", "airport_2023.txt"),
    ("2024年深圳機場旅客吞吐量多少?", 6.1477e7, "人次", "airport_2024_hant.txt"),
    ("深圳宝安国际机场2024年旅客吞吐量?", 6.1477e7, "人次", "airport_2024_hant.txt"),
    ("2024年深圳机场旅客吞吐量同比增长多少?", 16.6, "%", "airport_2024_hant.txt"),
    ("2023年深圳机场货邮吞吐量是多少?", 1.6e6, "吨", "airport_2023.txt"),
    ("2024年深圳机场货邮吞吐量有多少吨?", 1.881e6, "吨", "airport_2024_hant.txt"),
    ("2024年深圳机场货邮吞吐量增长多少?", 17.6, "%", "airport_2024_hant.txt"),
    ("2024年深圳机场航班起降多少架次?", 4.19e5, "架次", "airport_2024_hant.txt"),
    ("2023年深圳机场国际及地区旅客吞吐量多少?", 2.9e6, "人次", "airport_2023.txt"),
    ("2024年深圳机场国际及地区旅客吞吐量增长了多少?", 65, "%", "airport_2024_hant.txt"),
    ("2024年深圳機場國際貨郵吞吐量是多少?", 9.6e5, "吨", "airport_2024_hant.txt"),
    ("2023年深圳机场国际货邮吞吐量多少万吨?", 7.7e5, "吨", "airport_2023.txt"),
    ("2024年深圳机场国际货邮吞吐量占比多少?", 50, "%", "airport_2024_hant.txt"),
    ("2024年深圳机场国际及地区客运通航城市有几个?", 52, "个", "airport_2024_hant.txt"),
    ("2023年深圳机场国际及地区客运通航城市有多少个?", 40, "个", "airport_2023.txt"),
    ("深圳机场2023年在全国排名第几?", 4, "位", "airport_2023.txt"),
    ("光明区2024年地区生产总值是多少?", 1.685e11, "元", "guangming_report_2025_hant.txt"),
    ("2023年光明區地區生產總值多少?", 1.59e11, "元", "guangming_economy_2023.txt"),
    ("2022年光明区GDP是多少?", 1.54e11, "元", "guangming_transport_plan_2023.txt"),
    ("2024年光明区经济总量是多少?", 1.685e11, "元", "guangming_report_2025_hant.txt"),
    ("2024年光明区地区生产总值增长多少?", 6.0, "%", "guangming_report_2025_hant.txt"),
    ("2024年光明区GDP增速是多少?", 6.0, "%", "guangming_report_2025_hant.txt"),
    ("2024年光明区交通固定资产投资是多少?", 8.5e9, "元", "guangming_report_2025_hant.txt"),
    ("2023年光明区交通固定资产投资多少?", 7.6e9, "元", "guangming_economy_2023.txt"),
    ("2022年光明区交通固定资产投资是多少?", 7e9, "元", "guangming_transport_plan_2023.txt"),
    ("2023年光明区社会消费品零售总额是多少?", 3.2e10, "元", "guangming_economy_2023.txt"),
    ("2023年光明区社零总额多少?", 3.2e10, "元", "guangming_economy_2023.txt"),
    ("2024年光明區社會消費品零售總額同比增長多少?", 7.8, "%", "guangming_report_2025_hant.txt"),
    ("2023年光明区规模以上工业增加值是多少?", 7.6e10, "元", "guangming_economy_2023.txt"),
    ("2024年光明区新增公共停车泊位多少个?", 6.2e3, "个", "guangming_report_2025_hant.txt"),
    ("2024年光明区新建自行车道多少公里?", 45, "公里", "guangming_report_2025_hant.txt"),
    ("光明区到2025年轨道交通运营里程目标是多少?", 40, "公里", "guangming_transport_plan_2023.txt"),
    ("2025年光明区轨道交通运营里程要达到多少公里?", 40, "公里", "guangming_transport_plan_2023.txt"),
    ("光明区计划新增多少公共停车泊位?", 1.5e4, "个", "guangming_transport_plan_2023.txt"),
    ("光明区公交站点500米覆盖率目标是多少?", 95, "%", "guangming_transport_plan_2023.txt"),
    ("2023年大鹏新区接待游客多少人次?", 1.5e7, "人次", "dapeng_tourism.jsonl"),
    ("2024年大鵬新區接待遊客多少?", 1.68e7, "人次", "dapeng_tourism.jsonl"),
    ("大鹏新区2024年游客接待量多少?", 1.68e7, "人次", "dapeng_tourism.jsonl"),
    ("2023年大鹏新区接待游客增长多少?", 42, "%", "dapeng_tourism.jsonl"),
    ("2024年大鹏新区旅游总收入是多少?", 1.4e10, "元", "dapeng_tourism.jsonl"),
    ("2023年大鹏新区旅游总收入多少?", 1.2e10, "元", "dapeng_tourism.jsonl"),
    ("2024年大鹏新区旅游收入增长了多少?", 8, "%", "dapeng_tourism.jsonl"),
    ("2023年大鹏新区有多少家民宿?", 1100, "家", "dapeng_tourism.jsonl"),
    ("大鹏新区2024年新增星级民宿多少家?", 18, "家", "dapeng_tourism.jsonl"),
    ("2024年大鹏新区游客人数是多少?", 1.68e7, "人次", "dapeng_tourism.jsonl"),
    ("大鹏新区2024年旅游收入多少?", 1.4e10, "元", "dapeng_tourism.jsonl"),
    ("2024年光明区GDP同比增长多少?", 6.0, "%", "guangming_report_2025_hant.txt"),
    ("光明区2023年GDP增长率?", 3.2, "%", "guangming_economy_2023.txt"),
    ("2023年光明区交通固定资产投资比上年增长多少?", 8.6, "%", "guangming_economy_2023.txt"),
    ("2023年光明区规上工业增加值多少?", 7.6e10, "元", "guangming_economy_2023.txt"),
    ("2024年光明区交通投资多少?", 8.5e9, "元", "guangming_report_2025_hant.txt"),
    ("2024年深圳机场国际旅客吞吐量多少?", 4.8e6, "人次", "airport_2024_hant.txt"),
    ("2024年深圳机场货邮量多少?", 1.881e6, "吨", "airport_2024_hant.txt"),
    ("深圳机场2024年货邮吞吐量比上年增长多少?", 17.6, "%", "airport_2024_hant.txt"),
    ("2024年深圳机场旅客吞吐量增速?", 16.6, "%", "airport_2024_hant.txt"),
    ("2023年深圳宝安国际机场完成旅客吞吐量多少人次?", 5.2735e7, "人次", "airport_2023.txt"),
    ("2024年光明區新建自行車道有多長?", 45, "公里", "guangming_report_2025_hant.txt"),
    ("2024年深圳机场旅客吞吐量比2023年增长多少?", 16.6, "%", "airport_2024_hant.txt"),
    ("深圳机场旅客吞吐量2024年比2023年增长多少?", 16.6, "%", "airport_2024_hant.txt"),
    # no year asked: the latest figure of the indicator, however its subject is worded
    ("光明区地区生产总值是多少?", 1.685e11, "元", "guangming_report_2025_hant.txt"),
    ("大鹏新区星级民宿新增多少家?", 18, "家", "dapeng_tourism.jsonl"),
    ("深圳机场国际及地区客运通航城市数量是多少?", 52, "个", "airport_2024_hant.txt"),
    # a part of the year: 年底 is the stock at 31 December, which the year's figure states
    ("截至2023年底深圳机场国际及地区客运通航城市多少个?", 40, "个", "airport_2023.txt"),
    ("2024年底深圳机场国际及地区客运通航城市有多少个?", 52, "个", "airport_2024_hant.txt"),
    ("2024年光明区轨道交通运营里程是多少?", 34, "公里", "guangming_report_2025_hant.txt"),
]

#: Indicators the base does not hold: no answer, rather than another figure sharing a word.
UNANSWERED = (
    "2024年光明区地铁客流量是多少?",
    "2024年大鹏新区海水水质优良率是多少?",
    "2024年深圳机场航班正常率是多少?",
    "2023年光明区常住人口有多少?",
    "2024年上半年深圳机场旅客吞吐量是多少?",  # only the year's total is stored: not a half-year figure
    "2024年11月光明区交通固定资产投资是多少?",
)


def _cited_sentence_ok(kb: Store, a: dict) -> None:
    """The cited sentence holds the quote, lies inside one paragraph of the original (no JSON
    field names, no page chrome) and starts there or right after a sentence end."""
    doc = kb.document(a["doc_id"])
    original = doc["original"]
    assert original[a["start"] : a["end"]] == a["quote"]
    assert a["quote"] in a["sentence"]
    para = next(p for p in doc["paragraphs"] if p["start"] <= a["start"] and a["end"] <= p["end"])
    at = original.find(a["sentence"], para["start"], para["end"])
    assert at >= 0, (a["sentence"], original[para["start"] : para["end"]])
    assert at == para["start"] or original[at - 1] in _SENTENCE_ENDS, a["sentence"]


@pytest.mark.parametrize(("question", "value", "unit", "file"), QUESTIONS)
def test_unseen_ask_answers_with_citation(
    unseen_kb: Store, question: str, value: float, unit: str, file: str
) -> None:
    a = unseen_kb.ask(question)
    assert a is not None, question
    got = (a["value"], a["unit"], Path(unseen_kb.document(a["doc_id"])["path"]).name)
    assert got == (pytest.approx(value), unit, file), (question, a["subject"], a["sentence"])
    _cited_sentence_ok(unseen_kb, a)


@pytest.mark.parametrize("question", UNANSWERED)
def test_unseen_ask_no_answer_rather_than_another_indicator(unseen_kb: Store, question: str) -> None:
    a = unseen_kb.ask(question)
    assert a is None, (a["subject"], a["value"], a["unit"])


def test_unseen_ask_cli_json(unseen_db: Path) -> None:
    r = CliRunner().invoke(cli, ["ask", "2024年光明区GDP增速是多少?", "--db", str(unseen_db), "--json"])
    assert r.exit_code == 0, r.output
    a = json.loads(r.output)
    assert (a["value"], a["unit"], a["kind"], a["period"]) == (6.0, "%", "change", "2024")
    assert a["sentence"].startswith("經濟方面，2024年光明區地區生產總值1685億元")


def _one_series(kb: Store, subject: str, place: str, unit: str) -> dict:
    found = [
        s for s in kb.series(subject) if s["place"] == place and s["unit"] == unit and s["grain"] == "year"
    ]
    assert len(found) == 1, [(s["subject"], s["periods"]) for s in found]
    assert not found[0]["conflicts"]
    return found[0]


def test_unseen_series_link_years_across_documents_and_scripts(unseen_kb: Store) -> None:
    gdp = _one_series(unseen_kb, "地区生产总值", "光明区", "元")
    assert [(p["period"], p["value"]) for p in gdp["points"]] == [
        ("2022", 1.54e11),
        ("2023", 1.59e11),
        ("2024", 1.685e11),
    ]
    assert gdp["documents"] == 3
    assert _one_series(unseen_kb, "gdp", "光明区", "元")["points"] == gdp["points"]  # written out
    invest = _one_series(unseen_kb, "交通固定资产投资", "光明区", "元")
    assert [p["period"] for p in invest["points"]] == ["2022", "2023", "2024"]
    passengers = [
        s for s in unseen_kb.series("旅客吞吐量") if s["subject"] == "旅客吞吐量" and s["place"] == "深圳"
    ]
    assert len(passengers) == 1 and passengers[0]["documents"] == 2  # Simplified 2023 + Traditional 2024
    assert {p["period"]: p["value"] for p in passengers[0]["points"]} == {"2023": 5.2735e7, "2024": 6.1477e7}
    visitors = _one_series(unseen_kb, "接待游客", "大鹏新区", "人次")
    assert {p["period"] for p in visitors["points"]} == {"2023", "2024"}


def test_unseen_checks_confirm_consistent_growth_and_flag_the_planted_one(unseen_kb: Store) -> None:
    checks = {(c["subject"], c["place"], c["period"]): c for c in unseen_kb.checks()}
    for key in (
        ("地区生产总值", "光明区", "2023"),
        ("地区生产总值", "光明区", "2024"),
        ("交通固定资产投资", "光明区", "2024"),
        ("旅客吞吐量", "深圳", "2024"),
        ("接待游客", "大鹏新区", "2024"),
    ):
        assert checks[key]["status"] == "ok", checks[key]["note"]
    income = checks[("旅游收入", "大鹏新区", "2024")]  # 旅游总收入: 总 marks the total
    # 140亿元 and 120亿元 are exact to the 亿 they are written in: +15.8%..+17.6%, not 8%
    assert income["status"] == "discrepancy", income["note"]
    assert income["implied"] == pytest.approx(16.67, abs=0.01)
    assert income["base"]["value"] == pytest.approx(1.2e10)


def test_unseen_tracks_follow_the_plan_measures_into_later_reports(unseen_kb: Store) -> None:
    items = {t["title"]: t for t in unseen_kb.tracks(limit=200)["data"]}

    def history(fragment: str) -> list[tuple[str, str]]:
        found = [t for title, t in items.items() if fragment in title]
        assert len(found) == 1, (fragment, sorted(items))
        # one entry per year and status: a plan's continuation (…，力争2024年底建成通车) joins it
        return list(dict.fromkeys((h["published"][:4], h["status"]) for h in found[0]["history"]))

    assert history("6号线支线南延") == [("2023", "planned"), ("2024", "ongoing"), ("2025", "done")]
    assert history("13号线北延段") == [("2023", "planned"), ("2025", "ongoing")]
    assert history("龙大高速") == [("2023", "planned"), ("2024", "done"), ("2025", "ongoing")]
    # the 2025 report's clause with no topic of its own (将于2025年下半年开工) continues 光明城站
    assert "光明城站综合交通枢纽" in items  # titled by the project, not its stage (前期研究)
    hub = history("光明城站")
    assert hub[0] == ("2023", "planned") and set(hub[1:]) == {("2025", "planned"), ("2025", "done")}
    assert history("较场尾民宿区提升改造") == [("2024", "planned"), ("2025", "done")]
    assert history("南澳墟镇旅游集散中心") == [("2024", "planned"), ("2025", "ongoing")]
    assert not [t for t in items if "下半年开工" in t or t in ("底", "预计", "中") or t.endswith(": 中")]
