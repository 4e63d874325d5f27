"""The sample corpus (examples/), our dev gold (tests/devgold/) and the bench corpus builder.

Every example goes through ``tequ extract --json``; the dev gold files are checked against
their documents and the gold vocabulary of shared/gold/SCHEMA.md; the dev-set quality is
printed (floors are pinned later); bench/corpus.py is checked for determinism.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tequ.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DEVGOLD = ROOT / "tests" / "devgold"
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = sorted(
    p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html", ".jsonl"} and p.stem != "README"
)
GOLD_FILES = sorted(DEVGOLD.glob("*.gold.json"))
HOLDOUT = ROOT / "tests" / "holdout"
# (documents folder, gold file): the dev gold over examples/, and the held-out set
GOLD_CASES = [(EXAMPLES, p) for p in GOLD_FILES]
GOLD_CASES += [(HOLDOUT / "docs", p) for p in sorted((HOLDOUT / "gold").glob("*.gold.json"))]

QUALIFIERS = {"exact", "over", "at_least", "about", "nearly", "under"}
KINDS = {"level", "change", "share", "count", "target", "rank"}
TYPES = {"PER", "ORG", "LOC", "FAC", "POLICY", "EVENT"}
STATUSES = {"planned", "ongoing", "done"}
# 2025 | 2025-03 | 2025-03-05, alone or as start/end
PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _extract(path: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, ["extract", str(path), "--json"])
    assert result.exit_code == 0, f"{path.name}: exit {result.exit_code}: {result.output[-500:]}"
    out = json.loads(result.stdout)
    return out if isinstance(out, list) else [out]


def _articles(path: Path) -> list[dict[str, Any]]:
    return [a for out in _extract(path) for a in out["articles"]]


def _decode(path: Path) -> str:
    from tequ.ingest import load_document

    return load_document(str(path)).original


def test_examples_corpus_has_the_promised_forms() -> None:
    assert len(EXAMPLE_FILES) >= 12
    assert {p.suffix for p in EXAMPLE_FILES} >= {".txt", ".md", ".html", ".jsonl"}
    raw = {p.name: p.read_bytes() for p in EXAMPLE_FILES}
    assert any(b.startswith(b"\xff\xfe") for b in raw.values()), "no UTF-16 file"
    not_utf8 = [n for n, b in raw.items() if not b.startswith(b"\xff\xfe") and not _is_utf8(b)]
    assert len(not_utf8) >= 2, "expected a Big5 and a GB18030 file"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_examples_extract_json_gives_titled_article(path: Path) -> None:
    articles = _articles(path)
    assert articles, f"{path.name}: no article"
    assert any(a["title"].strip() for a in articles), f"{path.name}: no article has a title"


def test_examples_digest_gives_several_articles() -> None:
    articles = _articles(EXAMPLES / "digest_2024-11.txt")
    assert len(articles) >= 2
    assert all(a["title"].strip() for a in articles)


def test_examples_jsonl_gives_one_article_per_row() -> None:
    path = EXAMPLES / "feeds_2025.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    titles = {a["title"] for a in _articles(path)}
    assert titles >= {r["title"] for r in rows}


def test_devgold_covers_traditional_and_digest() -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    assert len(golds) >= 4
    assert any(len(g["articles"]) >= 2 for g in golds), "no digest in the dev gold"
    hant = [g for g in golds if re.search(r"[們個區發與來說這為經實]", _decode(EXAMPLES / g["doc"]))]
    assert hant, "no Traditional document in the dev gold"


@pytest.mark.parametrize(("docs", "gold_path"), GOLD_CASES, ids=lambda c: getattr(c, "name", ""))
def test_devgold_quotes_are_in_their_document(docs: Path, gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert gold_path.name == f"{gold['doc']}.gold.json"
    text = _decode(docs / gold["doc"])
    quotes = [*gold["boilerplate"], *gold["keep"]]
    quotes += [x["quote"] for x in gold["facts"] + gold["measures"]] + [e["text"] for e in gold["entities"]]
    missing = [q for q in quotes if q not in text]
    assert not missing, f"not in {gold['doc']}: {missing[:5]}"


@pytest.mark.parametrize(("docs", "gold_path"), GOLD_CASES, ids=lambda c: getattr(c, "name", ""))
def test_devgold_fields_use_the_schema_vocabulary(docs: Path, gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert set(gold) == {"doc", "articles", "boilerplate", "keep", "facts", "entities", "measures"}
    for a in gold["articles"]:
        assert a["title"] and (a["published"] is None or DATE.match(a["published"]))
    for f in gold["facts"]:
        assert f["qualifier"] in QUALIFIERS and f["kind"] in KINDS, f
        assert isinstance(f["value"], int | float) and f["unit"] and f["subject"], f
        assert f["period"] is None or PERIOD.match(f["period"]), f
    for e in gold["entities"]:
        assert e["type"] in TYPES and e["canonical"], e
    keys = [(e["type"], e["canonical"]) for e in gold["entities"]]
    assert len(keys) == len(set(keys)), "one entry per distinct canonical entity"
    for m in gold["measures"]:
        assert m["status"] in STATUSES and m["action"] and m["object"], m


@pytest.mark.parametrize(("docs", "gold_path"), GOLD_CASES, ids=lambda c: getattr(c, "name", ""))
def test_devgold_normalised_strings_are_simplified(docs: Path, gold_path: Path) -> None:
    opencc = pytest.importorskip("opencc")
    t2s = opencc.OpenCC("t2s").convert
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    names = [f["subject"] for f in gold["facts"]] + [f["place"] for f in gold["facts"] if f["place"]]
    names += [e["canonical"] for e in gold["entities"]] + [a["title"] for a in gold["articles"]]
    traditional = [n for n in names if t2s(n) != n]
    assert not traditional, traditional[:5]


def test_quality_devgold_scores_print(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quality import format_summary, score_dir

    summary = score_dir(EXAMPLES, DEVGOLD)
    with capsys.disabled():
        print("\n" + format_summary(summary, "[devgold] "))
    assert summary["facts"]["gold"] == sum(len(json.loads(p.read_text())["facts"]) for p in GOLD_FILES)


def test_quality_fallback_scores_like_the_reference(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quality

    reference = quality.score_dir(EXAMPLES, DEVGOLD)
    monkeypatch.setattr(quality, "SCORER", shared_dir / "no-such-scorer.py")
    fallback = quality.score_dir(EXAMPLES, DEVGOLD)
    assert fallback == reference


def _corpus_module() -> Any:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_build_is_deterministic_and_varied(tmp_path: Path) -> None:
    corpus = _corpus_module()
    a = corpus.build_corpus(tmp_path / "a", n=40, seed=3)
    b = corpus.build_corpus(tmp_path / "b", n=40, seed=3)
    c = corpus.build_corpus(tmp_path / "c", n=40, seed=4)
    files_a, files_b = corpus.corpus_files(a), corpus.corpus_files(b)
    assert len(files_a) == 40
    assert [f.read_bytes() for f in files_a] == [f.read_bytes() for f in files_b]
    assert [f.read_bytes() for f in files_a] != [f.read_bytes() for f in corpus.corpus_files(c)]
    sources = {f.name.split("_", 1)[1] for f in files_a}
    assert sources == {p.name for p in EXAMPLE_FILES}, "every example is used"
    originals = {p.name: p.read_bytes() for p in EXAMPLE_FILES}
    changed = sum(f.read_bytes() != originals[f.name.split("_", 1)[1]] for f in files_a)
    assert changed >= 36, "almost every document differs from its example"


def test_corpus_shift_years_moves_dates_consistently() -> None:
    corpus = _corpus_module()
    text = "发布时间:2024-01-08 10:30\n2023年全年约2.1亿人次，2022—2024年"
    assert corpus.shift_years(text, 2) == "发布时间:2026-01-08 10:30\n2025年全年约2.1亿人次，2024—2026年"


WORLD = json.loads((EXAMPLES / "world.json").read_text(encoding="utf-8"))


def _world_quotes() -> list[dict[str, str]]:
    out = []
    for s in WORLD["series"]:
        out += s["levels"] + s["changes"]
    for m in WORLD["measures"]:
        out += m["timeline"]
    for e in WORLD["entities"]:
        out += e["mentions"]
    return out


def test_world_quotes_are_in_their_documents() -> None:
    originals: dict[str, str] = {}
    missing = []
    for item in _world_quotes():
        if item["doc"] not in originals:
            originals[item["doc"]] = _decode(EXAMPLES / item["doc"])
        if item["quote"] not in originals[item["doc"]]:
            missing.append((item["doc"], item["quote"]))
    assert not missing, missing[:5]


def _yearly(series: dict[str, Any]) -> dict[int, float]:
    return {int(p["period"]): p["value"] for p in series["levels"] if len(p["period"]) == 4}


def test_world_series_consistency_matches_its_label() -> None:
    """A stated yearly change agrees (within 2 points) with the levels exactly when labelled so."""
    for s in (s for s in WORLD["series"] if s["changes"]):
        levels = _yearly(s)
        checks = [
            abs((levels[int(c["period"])] / levels[int(c["period"]) - 1] - 1) * 100 - c["value"]) <= 2.0
            for c in s["changes"]
            if int(c["period"]) in levels and int(c["period"]) - 1 in levels
        ]
        assert checks, f"{s['subject']}: no year with both levels and a stated change"
        assert all(checks) == s["consistent"], s["subject"]


def test_world_measure_timelines_are_dated_in_order() -> None:
    for m in WORLD["measures"]:
        dates = [t["date"] for t in m["timeline"]]
        assert dates == sorted(dates), m["object"]
        assert {t["status"] for t in m["timeline"]} <= STATUSES
    statuses = {m["object"]: [t["status"] for t in m["timeline"]] for m in WORLD["measures"]}
    assert (
        statuses["文锦渡口岸货运功能转移"][0] == "planned"
        and statuses["文锦渡口岸货运功能转移"][-1] == "done"
    )


SHINGLE = 14  # characters; longer shared runs than this are sentences, not names or set phrases


def _shingle_text(text: str, t2s: Any) -> str:
    """Simplified, 《…》 titles dropped (official names may be shared), letters and digits only."""
    text = re.sub(r"《[^》]{0,80}》", "", t2s(text))
    return re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", text)


def test_examples_share_no_sentence_with_the_seeds(seeds_dir: Path) -> None:
    opencc = pytest.importorskip("opencc")
    t2s = opencc.OpenCC("t2s").convert
    seen: set[str] = set()
    for seed in seeds_dir.iterdir():
        s = _shingle_text(seed.read_text(encoding="utf-8", errors="replace"), t2s)
        seen.update(s[i : i + SHINGLE] for i in range(len(s) - SHINGLE + 1))
    docs = EXAMPLE_FILES + sorted((HOLDOUT / "docs").iterdir())
    shared = {}
    for path in docs:
        s = _shingle_text(_decode(path), t2s)
        hits = [s[i : i + SHINGLE] for i in range(len(s) - SHINGLE + 1) if s[i : i + SHINGLE] in seen]
        if hits:
            shared[path.name] = hits[:3]
    assert not shared, shared
