"""Peer benchmarks (shared/benchmarks/numerals and timexp) scored by bench/bench_numerals.py.

Which tasks and cases are scored, and why the rest are out of scope, is written in that
script's docstring: numerals = cn2an values and rejections, money_parse amounts, itn cases
whose written form is one number or range; timexp = day-or-coarser time points and spans
(no lunar dates, solar-term/festival categories, clock times or ret_future) and the
extraction sentences. Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from quality import load_module

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_numerals.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_module(BENCH, "bench_numerals")


@pytest.fixture(scope="module")
def scores(bench: ModuleType, shared_dir: Path) -> dict[str, tuple[int, int, list[str]]]:
    if not (shared_dir / "benchmarks" / "numerals").is_dir():
        pytest.skip("shared benchmarks not found")
    return bench.all_scores(shared_dir)


def _rate(score: tuple[int, int, list[str]]) -> float:
    passed, total, _ = score
    assert total > 0
    return passed / total


def test_numerals_benchmark_at_least_99_percent(scores: dict) -> None:
    tasks = ("cn2an", "money_parse", "itn")
    passed = sum(scores[t][0] for t in tasks)
    total = sum(scores[t][1] for t in tasks)
    misses = [m for t in tasks for m in scores[t][2]]
    assert total >= 240, "scope shrank: the scored cases must stay the documented ones"
    assert passed / total >= 0.99, misses


def test_numerals_benchmark_cn2an_all_values(scores: dict) -> None:
    assert _rate(scores["cn2an"]) == 1.0, scores["cn2an"][2]


def test_timexp_parse_at_least_95_percent(scores: dict) -> None:
    assert scores["time_parse"][1] >= 200
    assert _rate(scores["time_parse"]) >= 0.95, scores["time_parse"][2]


def test_timexp_extract_spans(scores: dict) -> None:
    # Clock-only and lunar sentences (是一个十一点的事, 腊月18) are beyond tequ's day precision.
    assert _rate(scores["time_extract"]) >= 0.6, scores["time_extract"][2]


def test_timexp_scope_excludes_clock_and_festivals(bench: ModuleType) -> None:
    base = {"kind": "timestamp", "value": 1623604000}
    point = {"type": "time_point", "time": ["2021-06-14 00:00:00", "2021-06-14 23:59:59"]}
    case = {"text": "今天", "time_base": base, "params": {}, "expected": point, "category": ""}
    assert bench.timexp_in_scope(case)
    assert not bench.timexp_in_scope({**case, "text": "今天下午3点"})
    assert not bench.timexp_in_scope({**case, "category": "农历年、月、日"})
    assert not bench.timexp_in_scope({**case, "params": {"ret_future": True}})
