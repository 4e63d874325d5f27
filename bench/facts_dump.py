"""Dump every fact ``extract_facts`` gives on the examples, the shared seeds and corpus
documents, one JSON line per document, to compare the output before and after a change.

    python bench/facts_dump.py OUT.jsonl [--corpus-docs 600] [--n 2000] [--seed 7]
    diff <(before) <(after)          # a speed change must leave the file identical

Corpus documents are those of ``bench/corpus.py`` (built if missing), taken in file order.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

from tequ.extract.facts import extract_facts
from tequ.ingest.files import load_bytes

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TEQU_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SUFFIXES, build_corpus  # noqa: E402


def files(corpus_docs: int, n: int, seed: int) -> list[Path]:
    out = sorted((SHARED / "seeds").glob("*.txt"))
    out += sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in SUFFIXES and p.name != "README.md")
    if corpus_docs:
        folder = build_corpus(n=n, seed=seed)
        out += sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)[:corpus_docs]
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus-docs", type=int, default=600)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    n_facts = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for path in files(args.corpus_docs, args.n, args.seed):
            facts = [dataclasses.asdict(f) for f in extract_facts(load_bytes(path.name, path.read_bytes()))]
            n_facts += len(facts)
            fh.write(json.dumps({"file": path.name, "facts": facts}, ensure_ascii=False) + "\n")
    print(f"{n_facts} facts written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
