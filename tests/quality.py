"""Score tequ's extraction against a folder of gold files (format: shared/gold/SCHEMA.md).

``score_dir(docs_dir, gold_dir)`` runs the pipeline in process on every document that has a
``<doc>.gold.json`` and scores it with the reference scorer ``shared/tools/score.py`` (loaded
as a module, so the rules are exactly the reference ones). The document text the scorer
searches is ``Document.original``, the decoded original, so non-UTF-8 files score too.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

SHARED = Path(os.environ.get("TEQU_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
SCORER = SHARED / "tools" / "score.py"

_COUNTS = ("ftp", "fstrict", "fp", "fg", "etp", "ep", "eg", "mtp", "mst", "mp", "mg")
_LINES = ("bl", "bad", "kl", "lost", "af", "ax", "ag", "errors")


def load_module(path: Path, name: str) -> ModuleType:
    """A script that is not part of a package (the reference scorer, a bench) as a module,
    registered under ``name`` (dataclasses in it look their module up there)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def load_scorer(path: Path | None = None) -> ModuleType:
    """The reference scorer as a module; FileNotFoundError when ../shared is absent."""
    path = path or SCORER
    if not path.is_file():
        raise FileNotFoundError(f"reference scorer not found at {path} (set TEQU_SHARED)")
    return load_module(path, "tequ_reference_score")


def predict(path: Path) -> tuple[str, dict[str, Any]]:
    """(decoded original text, contract dict) for one document, run in process."""
    from tequ import pipeline
    from tequ.ingest import load_document
    from tequ.render import render_document

    doc = load_document(str(path))
    return doc.original, render_document(doc, pipeline.run(doc))


def _score_one(sc: ModuleType, text: str, gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, int]:
    """The reference scorer's raw counts for one document, keyed as in score.py's totals."""
    values = (
        *sc.score_facts(text, gold.get("facts", []), pred.get("facts", [])),
        *sc.score_entities(gold.get("entities", []), pred.get("entities", [])),
        *sc.score_measures(text, gold.get("measures", []), pred.get("measures", [])),
        *sc.score_lines(text, gold, pred),
        *sc.score_articles(gold.get("articles", []), pred.get("articles", [])),
    )
    keys = (*_COUNTS, "bl", "bad", "kl", "lost", "af", "ax", "ag")
    return {**dict(zip(keys, values, strict=True)), "errors": 0}


def score_dir(docs_dir: Path | str, gold_dir: Path | str) -> dict[str, Any]:
    """Summary in the shape of ``score.py --json``, plus ``per_doc`` fact/entity/measure F1.

    A document that fails to load or extract counts as an error and scores zero. Without
    ../shared (no reference scorer) the project's own ``tequ.eval`` computes the same figures.
    """
    try:
        sc = load_scorer()
    except FileNotFoundError:
        return _score_with_tequ_eval(Path(docs_dir), Path(gold_dir))
    tot = dict.fromkeys(_COUNTS + _LINES, 0)
    per_doc: dict[str, dict[str, float]] = {}
    for gold_file in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = Path(docs_dir) / gold["doc"]
        try:
            text, pred = predict(path)
        except Exception:  # a failing document scores zero and is counted
            text, pred = path.read_bytes().decode("utf-8", errors="replace"), {}
            tot["errors"] += 1
        counts = _score_one(sc, text, gold, pred)
        for k, v in counts.items():
            tot[k] += v
        per_doc[gold["doc"]] = {
            "facts_f": sc.prf(counts["ftp"], counts["fp"], counts["fg"])[2],
            "entities_f": sc.prf(counts["etp"], counts["ep"], counts["eg"])[2],
            "measures_f": sc.prf(counts["mtp"], counts["mp"], counts["mg"])[2],
        }
    t = tot
    return {
        "facts": dict(zip("prf", sc.prf(t["ftp"], t["fp"], t["fg"]), strict=True),
                      strict_f=sc.prf(t["fstrict"], t["fp"], t["fg"])[2], pred=t["fp"], gold=t["fg"]),
        "entities": dict(zip("prf", sc.prf(t["etp"], t["ep"], t["eg"]), strict=True), pred=t["ep"], gold=t["eg"]),
        "measures": dict(zip("prf", sc.prf(t["mtp"], t["mp"], t["mg"]), strict=True),
                         status_acc=(t["mst"] / t["mtp"] if t["mtp"] else 0.0), pred=t["mp"], gold=t["mg"]),
        "boilerplate_left": t["bad"], "boilerplate_lines": t["bl"],
        "content_lost": t["lost"], "content_lines": t["kl"], "errors": t["errors"],
        "articles": {"gold": t["ag"], "title_found": t["af"], "date_and_source_right": t["ax"]},
        "per_doc": per_doc,
    }  # fmt: skip


def _score_with_tequ_eval(docs_dir: Path, gold_dir: Path) -> dict[str, Any]:
    from tequ.eval import evaluate, prf

    result = evaluate(gold_dir, docs_dir)
    per_doc = {
        d.name: {
            "facts_f": prf(d.counts.facts_tp, d.counts.facts_pred, d.counts.facts_gold)[2],
            "entities_f": prf(d.counts.entities_tp, d.counts.entities_pred, d.counts.entities_gold)[2],
            "measures_f": prf(d.counts.measures_tp, d.counts.measures_pred, d.counts.measures_gold)[2],
        }
        for d in result.documents
    }
    return {**result.total.summary(), "per_doc": per_doc}


def format_summary(s: dict[str, Any], label: str = "") -> str:
    """One line with the headline figures of a ``score_dir`` summary."""
    return (
        f"{label}facts F1={s['facts']['f']:.3f} strict={s['facts']['strict_f']:.3f} "
        f"entities F1={s['entities']['f']:.3f} measures F1={s['measures']['f']:.3f} "
        f"status={s['measures']['status_acc']:.3f} chrome left {s['boilerplate_left']}/"
        f"{s['boilerplate_lines']} content lost {s['content_lost']}/{s['content_lines']} "
        f"titles {s['articles']['title_found']}/{s['articles']['gold']} errors={s['errors']}"
    )


if __name__ == "__main__":  # python tests/quality.py DOCS GOLD [--json]
    import sys

    result = score_dir(sys.argv[1], sys.argv[2])
    if "--json" in sys.argv:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(format_summary(result))
        for doc, row in result["per_doc"].items():
            print(f"  {doc:40} " + " ".join(f"{k}={v:.3f}" for k, v in row.items()))
