"""A headline's round figure and the body's exact one, and one indicator named with and without
总, in a small base built from documents written for this test (the figures are illustrative)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tequ.ask import restates, significant_digits, statement_rank
from tequ.link.series import normalise_subject
from tequ.store.base import Store, open_store
from tequ.store.loader import ingest

DOCS = {
    "port_2024.txt": (
        "盐田港2024年集装箱吞吐量首破1500万标箱\n"
        "发布日期：2025-01-10 09:30 来源：深圳特区报\n\n"
        "盐田区港口管理部门1月9日通报，2024年，盐田港完成集装箱吞吐量1532.6万标箱，同比增长9.1%。\n\n"
        "国际航线方面，2024年盐田港国际集装箱吞吐量约1400万标箱。\n"
    ),
    "cargo_2023.txt": (
        "盐田港2023年货物吞吐量重回9000万吨以上\n"
        "发布日期：2024-01-12 10:00 来源：深圳商报\n\n"
        "2023年，盐田港货物吞吐量9206.4万吨，同比增长4.2%。\n"
    ),
    "tourism_2023.txt": (
        "坪山区2023年旅游业回暖\n"
        "发布日期：2024-02-01 08:00 来源：坪山新闻网\n\n"
        "2023年，坪山区接待游客800万人次，实现旅游收入65亿元。\n"
    ),
    "tourism_2024.txt": (
        "坪山区2024年旅游总收入再创新高\n"
        "发布日期：2025-02-03 08:00 来源：坪山新闻网\n\n"
        "2024年，坪山区接待游客920万人次，旅游总收入达到78亿元，同比增长20%。\n"
    ),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    root = tmp_path_factory.mktemp("restated")
    for name, text in DOCS.items():
        (root / name).write_text(text, encoding="utf-8")
    store = open_store(str(root / "kb.db"))
    report = ingest(store, [str(root / name) for name in DOCS])
    assert report.failed == 0, report.errors
    yield store
    store.close()


@pytest.mark.parametrize(
    ("question", "value", "unit", "qualifier"),
    [
        # the headline's 首破1500万 and the body's 1532.6万: the exact body figure
        ("2024年盐田港集装箱吞吐量是多少?", 1.5326e7, "标箱", "exact"),
        # 重回9000万吨以上 (a bound) and 9206.4万吨 (exact)
        ("2023年盐田港货物吞吐量多少?", 9.2064e7, "吨", "exact"),
        # another indicator's rounder figure in the same document is not a restatement
        ("2024年盐田港国际集装箱吞吐量多少?", 1.4e7, "标箱", "about"),
        # a growth asked for: the growth, not the level the headline states
        ("2024年盐田港集装箱吞吐量增速?", 9.1, "%", "exact"),
    ],
)
def test_ask_prefers_the_exact_figure_over_the_headline_bound(
    kb: Store, question: str, value: float, unit: str, qualifier: str
) -> None:
    a = kb.ask(question)
    assert a is not None, question
    assert (a["value"], a["unit"], a["qualifier"]) == (pytest.approx(value), unit, qualifier), a["sentence"]
    assert "首破" not in a["sentence"] and "重回" not in a["sentence"]


def test_headline_subjects_lose_their_predicate(kb: Store) -> None:
    subjects = {f["subject"] for f in kb.facts(limit=200)["data"]}
    assert not [s for s in subjects if s.endswith(("首破", "重回", "创新高", "再创新高"))], subjects


def test_total_and_plain_income_are_one_series(kb: Store) -> None:
    found = [s for s in kb.series("旅游收入", place="坪山区") if s["unit"] == "元"]
    assert len(found) == 1, [(s["subject"], s["subjects"]) for s in found]
    assert {p["period"]: p["value"] for p in found[0]["points"]} == {"2023": 6.5e9, "2024": 7.8e9}
    # the other wording finds the same series
    again = [s for s in kb.series("旅游总收入", place="坪山区") if s["unit"] == "元"]
    assert [s["subject"] for s in again] == [found[0]["subject"]]


def test_significant_digits() -> None:
    assert [significant_digits(v) for v in (6e7, 6.1477e7, 1.4e10, 16.6, 0.05, 300)] == [1, 5, 2, 3, 1, 1]


def _fact(value: float, qualifier: str = "exact", role: str = "body", **kw: object) -> dict:
    """A fact row as the store gives it (``subject_norm`` as series.normalise_subject makes it)."""
    base = {"doc_id": 1, "period": "2024", "unit": "吨", "kind": "level", "place": "深圳", "fact_id": 1}
    row = {
        **base,
        "subject": "深圳港口货物吞吐量",
        "value": value,
        "qualifier": qualifier,
        "role": role,
        **kw,
    }
    return {**row, "subject_norm": normalise_subject(str(row["subject"]), "深圳")}


def test_restates_needs_a_compatible_value_and_a_more_exact_statement() -> None:
    headline = _fact(3e8, "over", "title")
    assert restates(_fact(3.12e8), headline)
    assert not restates(_fact(2.9e8), headline)  # below 突破3亿
    assert not restates(_fact(3.12e8, doc_id=2), headline)  # another document
    assert not restates(_fact(3.12e8, period="2023"), headline)
    assert not restates(_fact(3.12e8, subject="深圳港口集装箱吞吐量"), headline)  # another indicator
    assert not restates(_fact(3e8, "over"), headline)  # the body repeating the bound adds nothing
    assert not restates(headline, _fact(3.12e8))
    assert statement_rank(_fact(3.12e8)) > statement_rank(headline)
    # a round exact headline figure (首破6000万 read as exact) and the body's figure near it
    assert restates(_fact(3.04e8), _fact(3e8, role="title"))
    assert not restates(_fact(4.5e8), _fact(3e8, role="title"))


def test_restates_a_body_figure_only_for_the_same_indicator() -> None:
    # in a body paragraph a longer subject is a narrower count, not the headline's wording
    narrower = _fact(1.4e7, "about", subject="深圳西部港口货物吞吐量")
    assert not restates(_fact(1.5e7), narrower)
    # a headline names the indicator in its own words: the body's subject inside it is enough
    assert restates(_fact(1.5e7), {**narrower, "role": "title"})
    assert not restates(_fact(1.5e7, place="东莞"), {**narrower, "role": "title"})
