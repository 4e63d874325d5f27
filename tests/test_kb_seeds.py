"""Acceptance on the shared seeds: series, checks, tracking, search in both scripts, ask.

These run the real pipeline, so they pass only as far as the extraction stages do; questions
for ``ask`` are generated from the gold annotations (subject + year), not written by hand.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tequ.search.fulltext import to_simplified
from tequ.store.base import Store, open_store
from tequ.store.loader import ingest


@pytest.fixture(scope="module")
def seeds_kb(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    store = open_store(str(db))
    report = ingest(store, [str(p) for p in sorted(seeds_dir.iterdir()) if p.is_file()])
    assert report.failed == 0, report.errors
    yield store
    store.close()


def test_seeds_series_two_years_from_two_documents(seeds_kb: Store) -> None:
    found = [s for s in seeds_kb.series("出入境人员") if s["unit"] == "人次"]
    assert found, "no 出入境人员 series"
    best = max(found, key=lambda s: (s["periods"], s["documents"]))
    periods = {p["period"] for p in best["points"]}
    assert {"2024", "2025"} <= periods
    assert best["documents"] >= 2


def test_seeds_check_confirms_growth_claim(seeds_kb: Store) -> None:
    checks = [c for c in seeds_kb.checks() if c["period"] == "2025" and "出入境" in c["subject"]]
    assert checks, "no check for the 2025 出入境 change"
    c = checks[0]
    assert c["status"] == "ok"
    assert c["stated"] == 14
    assert c["base"]["value"] == pytest.approx(2.4e8)
    assert c["implied"] == pytest.approx(13.75, abs=0.01)


def test_seeds_track_wenjindu_plan_and_report(seeds_kb: Store) -> None:
    """The 2022-2023 plan's promise (文锦渡 freight transfer) and the 2025 work report that takes it
    up again are one tracked item; the plan's mention is planned. (The 2025 report lists it among
    the year's tasks, so its own status may be planned or ongoing.)"""
    page = seeds_kb.tracks("文锦渡")
    joined = [
        t
        for t in page["data"]
        if len({h["doc_id"] for h in t["history"]}) >= 2
        and "planned" in {h["status"] for h in t["history"]}
        and any((h["published"] or "").startswith("2025") for h in t["history"])
        and all("货运" in to_simplified(h["quote"]) for h in t["history"])
    ]
    assert joined, [
        (t["title"], [(h["doc_id"], h["published"], h["status"], h["quote"]) for h in t["history"]])
        for t in page["data"]
    ]


@pytest.mark.parametrize(
    ("simplified", "traditional"), [("罗湖口岸", "羅湖口岸"), ("文锦渡", "文錦渡"), ("口岸", "口岸")]
)
def test_seeds_search_either_script(seeds_kb: Store, simplified: str, traditional: str) -> None:
    a = {r["doc_id"] for r in seeds_kb.search(simplified, limit=100)["data"]}
    b = {r["doc_id"] for r in seeds_kb.search(traditional, limit=100)["data"]}
    assert a and a == b


def _gold_questions(gold_dir: Path) -> list[tuple[str, dict]]:
    """Up to ten (question, gold fact) pairs: yearly level/count facts with an unambiguous value."""
    out: list[tuple[str, dict]] = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        facts = json.loads(path.read_text(encoding="utf-8"))["facts"]
        values: dict[tuple[str, str], set[float]] = {}
        for f in facts:
            values.setdefault((f["subject"], f["period"] or ""), set()).add(f["value"])
        seen: Counter[str] = Counter()
        for f in facts:
            key = (f["subject"], f["period"] or "")
            if f["kind"] not in ("level", "count") or not f["period"] or len(f["period"]) != 4:
                continue
            if len(values[key]) != 1 or seen[f["subject"]]:
                continue
            seen[f["subject"]] += 1
            out.append((f"{f['period']}年{f['subject']}是多少？", f))
    return out[:10]


def test_seeds_ask_ten_questions(seeds_kb: Store, gold_dir: Path) -> None:
    questions = _gold_questions(gold_dir)
    assert len(questions) == 10
    wrong = []
    for q, gold in questions:
        a = seeds_kb.ask(q)
        if a is None or a["value"] != pytest.approx(gold["value"], rel=1e-6) or a["unit"] != gold["unit"]:
            wrong.append((q, gold["value"], a and (a["value"], a["quote"])))
        else:  # the cited quote is where the gold quote is
            original = seeds_kb.document(a["doc_id"])["original"]
            assert original[a["start"] : a["end"]] == a["quote"]
            assert gold["quote"] in original[max(0, a["start"] - 40) : a["end"] + 40]
    assert not wrong, f"{len(wrong)}/10 wrong: {wrong}"
