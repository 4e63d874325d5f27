"""Scoring (tequ.eval): the rules of shared/gold/SCHEMA.md, and exact agreement with the
reference scorer shared/tools/score.py on the shared gold set."""

from __future__ import annotations

import dataclasses
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tequ import eval as ev
from tequ.cli import cli


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2025-01/2025-12", "2025"),
        ("2025-03/2025-03", "2025-03"),
        ("2024-01/2024-11", "2024-01/2024-11"),
        ("2024-12-31", "2024-12-31"),
        (None, None),
        ("", None),
    ],
)
def test_eval_norm_period_folds_whole_years(period: str | None, expected: str | None) -> None:
    assert ev.norm_period(period) == expected


@pytest.mark.parametrize(
    ("unit", "expected"), [("％", "%"), ("百分点", "个百分点"), ("名", "人"), (" 家 ", "家")]
)
def test_eval_norm_unit_aliases(unit: str, expected: str) -> None:
    assert ev.norm_unit(unit) == expected


def test_eval_prf_edge_cases() -> None:
    assert ev.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert ev.prf(0, 0, 3) == (0.0, 0.0, 0.0)
    assert ev.prf(2, 4, 2)[2] == pytest.approx(2 / 3)


def _fact(start: int, end: int, value: float, unit: str = "家", **kw: Any) -> dict[str, Any]:
    base = {
        "start": start,
        "end": end,
        "value": value,
        "unit": unit,
        "qualifier": "exact",
        "kind": "count",
        "period": "2024",
    }
    return {**base, **kw}


def test_eval_facts_match_one_to_one_on_overlap_value_and_unit() -> None:
    text = "全区新增企业120家，其中科技企业120家。"
    gold = [
        {
            "quote": "新增企业120家",
            "value": 120,
            "unit": "家",
            "qualifier": "exact",
            "kind": "count",
            "period": "2024",
        },
        {
            "quote": "科技企业120家",
            "value": 120,
            "unit": "家",
            "qualifier": "exact",
            "kind": "count",
            "period": "2024",
        },
    ]
    pred = [
        _fact(4, 8, 120),
        _fact(4, 8, 120, period="2023"),
        _fact(14, 18, 120.0000001),
        _fact(14, 18, 120, unit="个"),
    ]
    c = ev.Counts()
    ev.score_facts(text, gold, pred, c)
    assert (c.facts_tp, c.facts_strict, c.facts_pred, c.facts_gold) == (2, 2, 4, 2)


def test_eval_strict_needs_period_qualifier_and_kind() -> None:
    text = "交易额突破100亿元。"
    gold = [
        {
            "quote": "突破100亿元",
            "value": 1e10,
            "unit": "元",
            "qualifier": "over",
            "kind": "level",
            "period": "2024",
        }
    ]
    pred = [_fact(3, 10, 1e10, unit="元", qualifier="over", kind="level", period="2024-01/2024-12")]
    c = ev.Counts()
    ev.score_facts(text, gold, pred, c)
    assert (c.facts_tp, c.facts_strict) == (1, 1)
    c2 = ev.Counts()
    ev.score_facts(text, gold, [{**pred[0], "qualifier": "exact"}], c2)
    assert (c2.facts_tp, c2.facts_strict) == (1, 0)


# ------------------------------------------------------------------ agreement with score.py
def _synthetic(
    text: str, gold: dict[str, Any], seed: int, facts: list[dict[str, Any]] | None
) -> dict[str, Any]:
    """A prediction derived from gold with random misses, wrong values and extras."""
    rng = random.Random(seed)

    def span(quote: str) -> tuple[int, int]:
        i = text.find(quote)
        return (i, i + len(quote)) if i >= 0 else (0, 1)

    if facts is None:
        facts = []
        for g in gold.get("facts", []):
            if rng.random() < 0.15:
                continue
            a, b = span(g["quote"])
            facts.append({
                "start": a, "end": b, "unit": g["unit"] if rng.random() < 0.9 else "个",
                "value": g["value"] if rng.random() < 0.9 else g["value"] * 2,
                "period": g["period"] if rng.random() < 0.8 else "1999",
                "qualifier": g["qualifier"], "kind": g["kind"] if rng.random() < 0.9 else "level",
            })  # fmt: skip
    ents = [
        {
            "type": e["type"],
            "text": e["text"],
            "canonical": e["canonical"] if rng.random() < 0.7 else e["text"] + "X",
        }
        for e in gold.get("entities", [])
        if rng.random() < 0.8
    ] + [{"type": "ORG", "text": "不存在的机构", "canonical": "不存在的机构"}]
    meas = [
        {
            **dict(zip(("start", "end"), span(m["quote"]), strict=True)),
            "status": rng.choice(["planned", "done"]),
        }
        for m in gold.get("measures", [])
        if rng.random() < 0.8
    ]
    lines = [line for line in gold.get("keep", []) if rng.random() < 0.9] + gold.get("boilerplate", [])[:2]
    paras = [dict(zip(("start", "end"), span(line), strict=True)) for line in lines]
    arts = [
        {
            "title": a["title"],
            "published": a["published"] if rng.random() < 0.5 else None,
            "source": a["source"],
        }
        for a in gold.get("articles", [])
    ]
    return {"facts": facts, "entities": ents, "measures": meas, "paragraphs": paras, "articles": arts}


def _our_facts(path: Path) -> list[dict[str, Any]]:
    from tequ.extract.facts import extract_facts
    from tequ.ingest import load_document

    return [dataclasses.asdict(f) for f in extract_facts(load_document(str(path)))]


@pytest.mark.parametrize("seed", [1, 2])
def test_eval_agrees_with_reference_scorer(
    shared_dir: Path, gold_dir: Path, tmp_path: Path, seed: int
) -> None:
    docs = shared_dir / "seeds"
    preds: dict[str, dict[str, Any]] = {}
    for gold in ev.load_gold(gold_dir):
        path = docs / gold["doc"]
        text = path.read_text(encoding="utf-8")
        facts = _our_facts(path) if seed == 1 else None
        preds[gold["doc"]] = _synthetic(text, gold, seed, facts)
        (tmp_path / f"{gold['doc']}.json").write_text(
            json.dumps(preds[gold["doc"]], ensure_ascii=False), "utf-8"
        )
    ref = subprocess.run(
        [sys.executable, str(shared_dir / "tools" / "score.py"), "--docs", str(docs), "--gold", str(gold_dir),
         "--pred", str(tmp_path), "--json"],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    ours = ev.evaluate(gold_dir, docs, predict=lambda p: preds[p.name]).total.summary()
    assert ours == json.loads(ref.stdout)


def test_eval_counts_a_failing_document_as_an_error(gold_dir: Path, shared_dir: Path) -> None:
    def broken(path: Path) -> dict[str, Any]:
        raise ValueError("boom")

    result = ev.evaluate(gold_dir, shared_dir / "seeds", predict=broken)
    assert result.total.errors == len(result.documents)
    assert result.total.summary()["facts"]["f"] == 0.0


def test_eval_cli_reports_a_missing_gold_folder(tmp_path: Path) -> None:
    out = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path / "nope"), "--docs", str(tmp_path)])
    assert out.exit_code == 1
    assert "gold folder not found" in out.output


def test_facts_cli_prints_table_csv_and_json(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("南山区年度数据\n\n2024年，南山区新增企业1200家，同比增长8%。\n", encoding="utf-8")
    runner = CliRunner()
    table = runner.invoke(cli, ["facts", str(f)])
    assert table.exit_code == 0, table.output
    assert "1200" in table.output and "subject" in table.output
    as_csv = runner.invoke(cli, ["facts", "--csv", str(f)])
    assert as_csv.output.splitlines()[0].startswith("source,start,end,subject")
    rows = json.loads(runner.invoke(cli, ["facts", "--json", str(f)]).output)
    assert {r["value"] for r in rows} >= {1200, 8}
    assert all(r["quote"] in f.read_text(encoding="utf-8") for r in rows)


def test_facts_cli_needs_files_or_db() -> None:
    out = CliRunner().invoke(cli, ["facts"])
    assert out.exit_code == 2


def test_facts_cli_reads_the_knowledge_base(tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_text("前海年度数据\n\n2024年，前海新增港资企业1200家。\n", encoding="utf-8")
    db = str(tmp_path / "kb.db")
    runner = CliRunner()
    ingest = runner.invoke(cli, ["ingest", str(f), "--db", db])
    if ingest.exit_code != 0 and "No such command" in ingest.output:
        pytest.skip("tequ ingest is not available")
    assert ingest.exit_code == 0, ingest.output
    out = runner.invoke(cli, ["facts", "--db", db, "--subject", "港资", "--json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert [r["value"] for r in rows] == [1200]
    assert rows[0]["quote"] == "1200家"


@pytest.mark.parametrize(("command", "words"), [("facts", "List the facts"), ("eval", "Score extraction")])
def test_facts_and_eval_commands_have_help(command: str, words: str) -> None:
    out = CliRunner().invoke(cli, [command, "--help"])
    assert out.exit_code == 0
    assert words in out.output


def test_eval_cli_json_has_documents_and_total(gold_dir: Path, shared_dir: Path) -> None:
    out = CliRunner().invoke(
        cli, ["eval", "--gold", str(gold_dir), "--docs", str(shared_dir / "seeds"), "--json"]
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert len(data["documents"]) == len(list(gold_dir.glob("*.gold.json")))
    assert {"facts", "entities", "measures", "articles"} <= set(data["total"])
