"""Entity P/R/F1 of the entity stage on a gold folder (default: tests/devgold over examples/).

    /work/main/.venv/bin/python bench/score_entities_dev.py [--docs examples] [--gold tests/devgold] [-v]

Uses the reference scorer's entity rule (shared/tools/score.py ``score_entities``: the set of
(type, canonical), or (type, text) equal to a gold one), but reads documents through tequ's own
ingest so non-UTF-8 files (Big5, GB18030, UTF-16) work. ``-v`` lists misses and extras per file.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from tequ import pipeline
from tequ.ingest import load_document
from tequ.render import render_document

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("tequ_ref_score", SCORER)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=Path, default=ROOT / "examples")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "devgold")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    ref = _scorer()
    tp = npred = ngold = 0
    for gold_path in sorted(args.gold.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = load_document(str(args.docs / gold_path.name.removesuffix(".gold.json")))
        pred = render_document(doc, pipeline.run(doc, only=["entities"]))["entities"]
        t, p, g = ref.score_entities(gold.get("entities", []), pred)
        tp, npred, ngold = tp + t, npred + p, ngold + g
        print(f"{gold_path.name:45} P={t / max(p, 1):.3f} R={t / max(g, 1):.3f} ({t}/{p} pred, {g} gold)")
        if args.verbose:
            _explain(ref, gold.get("entities", []), pred)
    p, r = tp / max(npred, 1), tp / max(ngold, 1)
    print(f"TOTAL entities P={p:.3f} R={r:.3f} F1={2 * p * r / max(p + r, 1e-9):.3f}")
    return 0


def _explain(ref, gold: list[dict], pred: list[dict]) -> None:  # type: ignore[no-untyped-def, type-arg]
    n = ref.norm_name
    g = {(e["type"], n(e["canonical"])) for e in gold}
    gt = {(e["type"], n(e["text"])): (e["type"], n(e["canonical"])) for e in gold}
    found, extra = set(), []
    for e in pred:
        k = (e["type"], n(e["canonical"]))
        alt = gt.get((e["type"], n(e["text"])))
        if k in g or alt:
            found.add(k if k in g else alt)
        else:
            extra.append(f"{e['type']}:{e['text']}->{e['canonical']}")
    print("   missed:", " | ".join(f"{t}:{c}" for t, c in sorted(g - found)))
    print("   extra: ", " | ".join(extra))


if __name__ == "__main__":
    sys.exit(main())
