"""The knowledge base built from examples/: questions asked in everyday wording, one series,
and the tracked projects. The questions and figures are ours, written from examples/README.md
and examples/world.json; each expected value is the figure the sample files state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tequ.ingest import iter_sources
from tequ.store.base import Store, open_store
from tequ.store.loader import ingest


@pytest.fixture(scope="module")
def examples_kb(examples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = tmp_path_factory.mktemp("examples") / "examples.db"
    store = open_store(str(db))
    report = ingest(store, [str(p) for p in iter_sources([str(examples_dir)])])
    assert report.failed == 0, report.errors
    yield store
    store.close()


#: (question, expected value, expected unit). Simplified and Traditional forms both appear.
QUESTIONS: list = [
    ("2023年深圳口岸出入境旅客有多少人次?", 2.1e8, "人次"),
    # 2025年，…累计验放…: the year opening the sentence is the total's period
    ("2025年深圳口岸出入境旅客有多少人次?", 2.73e8, "人次"),
    ("2024年深圳口岸出入境人员是多少?", 2.4e8, "人次"),
    ("2024年深圳各口岸出入境旅客比上年增长多少?", 16, "%"),
    ("2025年深圳口岸出入境旅客同比增长多少?", 14, "%"),
    ("2023年深圳集装箱吞吐量是多少?", 2.988e7, "标箱"),
    ("2024年深圳集装箱吞吐量是多少?", 3.34e7, "标箱"),
    ("2025年深圳港集裝箱吞吐量多少?", 3.6e7, "标箱"),
    ("2024年深圳集装箱吞吐量增长了多少?", 11.8, "%"),
    ("前海2024年实际使用外资多少?", 5.8e9, "美元"),
    ("前海2024年地区生产总值是多少?", 2.95e11, "元"),
    ("2023年罗湖区社会消费品零售总额是多少?", 1.38e11, "元"),
    ("2024年羅湖區社會消費品零售總額有多少?", 1.52e11, "元"),
    ("2024年罗湖区地区生产总值多少?", 2.83e11, "元"),
    ("2023年罗湖口岸出入境旅客多少人次?", 5.3e7, "人次"),
    ("2023年罗湖口岸日均通关旅客多少?", 1.45e5, "人次"),
    ("2024年深圳口岸日均验放旅客多少?", 6.6e5, "人次"),
    ("2025年深圳口岸外国人出入境多少人次?", 7.3e6, "人次"),
    ("2024年港澳台居民出入境多少人次?", 1.48e8, "人次"),
    ("2024年深圳地铁运送乘客多少人次?", 3.02e9, "人次"),
    ("2024年龙华区数字经济核心产业增加值是多少?", 1e11, "元"),
    ("2024年坪山生物医药产业产值多少?", 6.5e10, "元"),
    ("2024年深圳新增公办学位多少个?", 1.2e5, "个"),
    # no year: the latest figure (2025's level is worded 验放出入境旅客, 2023's 出入境旅客)
    ("深圳口岸出入境旅客有多少人次?", 2.73e8, "人次"),
    ("罗湖区社会消费品零售总额是多少?", 1.52e11, "元"),
    # January to October, not the year
    ("2024年1—10月深圳港集装箱吞吐量是多少?", 2.79e7, "标箱"),
    ("2024年前10个月深圳集装箱吞吐量?", 2.79e7, "标箱"),
]


@pytest.mark.parametrize(("question", "value", "unit"), QUESTIONS)
def test_examples_ask_answers_with_citation(
    examples_kb: Store, question: str, value: float, unit: str
) -> None:
    a = examples_kb.ask(question)
    assert a is not None, question
    assert (a["value"], a["unit"]) == (pytest.approx(value), unit), (question, a["subject"], a["quote"])
    assert a["quote"] and a["quote"] in a["sentence"]


def test_examples_series_passengers_one_line_over_years(examples_kb: Store) -> None:
    """Differently worded subjects (出入境旅客, 验放出入境旅客, 经各口岸出入境的旅客, 出入境人员)
    make one Shenzhen series over 2023-2025, each year from another document."""
    lines = [s for s in examples_kb.series("出入境旅客") if s["place"] == "深圳" and s["unit"] == "人次"]
    main = [s for s in lines if s["grain"] == "year" and s["periods"] >= 2]
    assert len(main) == 1, [s["subject"] for s in lines]
    periods = sorted({p["period"] for p in main[0]["points"]})
    assert periods == ["2023", "2024", "2025"] and main[0]["documents"] >= 3
    assert not main[0]["conflicts"]
    assert [s["subject"] for s in examples_kb.series("出入境人员") if s["place"] == "深圳"] == [
        s["subject"] for s in lines
    ]


def test_examples_tracks_follow_each_port_project_over_years(examples_kb: Store) -> None:
    """The sample's tracked projects (examples/README.md, "Tracked measures") are one item each,
    titled by the project, and the light-rail plan that merely passes 罗湖口岸 is not among the
    port upgrade's mentions."""
    items = {t["title"]: t for t in examples_kb.tracks(limit=200)["data"]}
    upgrade = items["罗湖口岸升级改造"]
    assert upgrade["first_seen"].startswith("2022") and upgrade["last_seen"].startswith("2026")
    assert items["文锦渡口岸货运功能转移"]["status"] == "done"
    assert items["文锦渡口岸货运功能转移"]["first_seen"].startswith("2022")
    assert "皇岗口岸重建" in items
    light_rail = items["小运量轨道"]
    assert light_rail["first_seen"].startswith("2022") and light_rail["last_seen"].startswith("2025")
    verbs = ("推进", "加快推进", "积极推动", "推动", "开工", "启动升级改造")
    assert not any(t in verbs or t.split(": ")[-1] in verbs for t in items)  # titles are not verbs
