"""Numbers and time expressions: peer benchmark scores per task, and scanning speed.

    /work/main/.venv/bin/python bench/bench_numerals.py [--shared DIR] [--runs 5] [--misses]

Scores (cases transcribed from cn2an, WeTextProcessing, JioNLP; see the benchmark READMEs):

numerals/cases.jsonl, "parse one number expression to its value":
- cn2an: every value case in normal/smart mode -> parse_number equals the value; every
  ``expect: ValueError`` case -> parse_number raises ParseError. Out of scope: ``direct``-mode
  cases (they assert digit strings with leading zeros, "零零三" -> "003", not values).
- money_parse: the amount of the first span find_numbers returns (a range as [low, high], a
  多/几 number as its bounds()) equals the amount. Out of scope: Latin magnitude letters
  (15k, 30w), compound 元角分/块毛 amounts (one amount spread over several units) and
  八到九百亿, whose reading the README calls a convention. Vague magnitudes count as ranges
  (几十万 -> 100000..1000000).
- itn: the cases whose written form is one number (``-3.14``, ``2.15%``, ``3/16``, ``1.5万``)
  or one range (``300~500``, ``3~5万``, ``30~41%``) -> parse_number (or the single span of
  find_numbers for ranges) gives that value. Sentences, phone numbers, units rewritten
  (10km/h), and WeTextProcessing's "15-6" range notation are out of scope.
- Out of scope: transform_* and tn (whole-sentence rewriting, which tequ never does) and
  c2d_take_number_from_string (chinese2digits conventions on digit soup: 万三 = 0.0003).

timexp/cases.jsonl: time_point/time_span cases at day precision or coarser (its README's
"Scope for tequ"): not 农历/节气/节日 categories, no ret_future, no clock time in the text;
start and end dates must match (inf / -inf as open ends). Cases of other categories that name
a festival or school holiday (春节到元宵节, 去年暑假) are left out with the festival categories.
extract_cases.jsonl: the set of found spans must equal the expected spans (one case per
sentence; all 38 scored, clock-only and lunar sentences included).

Speed: find_numbers + find_times over the seed texts (line by line) repeated to ~2 MB; the
figure is UTF-8 MB per second of this process's CPU time, median of runs.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from tequ.errors import ParseError
from tequ.extract.numbers import find_numbers, parse_number
from tequ.extract.periods import find_times, parse_time

DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CST = timezone(timedelta(hours=8))

Case = dict
Verdict = tuple[bool, str]  # (passed, what we produced)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 1e-6 * abs(b), 0.006 if abs(b) >= 1e6 else 0)


# ---------------------------------------------------------------- numerals
def _cn2an(case: Case) -> Verdict | None:
    if "direct" in case.get("modes", []) and case.get("expect") != "ValueError":
        return None
    try:
        got = parse_number(case["text"])
    except ParseError:
        return case.get("expect") == "ValueError", "ParseError"
    if case.get("expect") == "ValueError":
        return False, repr(got)
    return _close(got, float(case["value"])), repr(got)


_MONEY_OUT = re.compile(r"\d[kKwW]|[角毛]|^八到九百亿")


def _money(case: Case) -> Verdict | None:
    if _MONEY_OUT.search(case["text"]):
        return None
    spans = find_numbers(case["text"])
    if not spans:
        return False, "nothing"
    low, high = spans[0].bounds()
    want = case["value"]
    if isinstance(want, list):
        return _close(low, want[0]) and _close(high, want[1]), f"{low}..{high}"
    return (low == high and _close(low, want)), f"{low}..{high}"


_ITN_ONE = re.compile(r"-?\d+(?:\.\d+)?(?:[万亿])?%?|-?\d+/\d+")
_ITN_RANGE = re.compile(r"(\d+(?:\.\d+)?)~(\d+(?:\.\d+)?)([万亿])?(%)?")
_MAG = {"万": 1e4, "亿": 1e8, None: 1.0, "": 1.0}


def _written_value(s: str) -> float:
    if "/" in s:
        a, b = s.split("/")
        return float(a) / float(b)
    s = s.rstrip("%")
    mag = s[-1] if s[-1] in "万亿" else ""
    return float(s[: len(s) - len(mag)]) * _MAG[mag]


def _itn(case: Case) -> Verdict | None:
    text, want = case["text"], str(case["value"])
    if _ITN_ONE.fullmatch(want) and ("/" not in want or "分之" in text):
        try:
            got = parse_number(text)
        except ParseError:
            return False, "ParseError"
        return _close(got, _written_value(want)), repr(got)
    m = _ITN_RANGE.fullmatch(want)
    if not m:
        return None
    spans = find_numbers(text)
    if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(text):
        return False, repr([s.text for s in spans])
    low, high = spans[0].bounds()
    mag = _MAG[m.group(3)]
    return _close(low, float(m.group(1)) * mag) and _close(high, float(m.group(2)) * mag), f"{low}..{high}"


NUMERAL_TASKS: dict[str, Callable[[Case], Verdict | None]] = {
    "cn2an": _cn2an,
    "money_parse": _money,
    "itn": _itn,
}


# ---------------------------------------------------------------- time
_CLOCK = re.compile(r"[点时分秒刻]|[:：]|早上|上午|中午|下午|晚|凌晨|夜|午|黎明|白天|钟头|傍晚")
_OUT_CATEGORIES = ("农历", "节气", "节日")
# Festivals and school holidays named inside cases of other categories (去年春节到元宵节).
_OUT_WORDS = re.compile(r"节|除夕|元旦|暑假|寒假|腊月|正月|农历|闰")


def _base(tb: dict) -> date | None:
    kind, value = tb["kind"], tb.get("value")
    if kind == "timestamp":
        return datetime.fromtimestamp(value, CST).date()
    if kind == "datetime":
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").date()
    if kind == "dict":
        return date(value["year"], value.get("month", 1), value.get("day", 1))
    if kind == "list":
        parts = [*value[:3], 1, 1][:3]
        return date(*parts)
    return date.today() if kind == "now" else None


def _expected_date(s: str) -> date:
    if s == "inf":
        return date.max
    if s == "-inf":
        return date.min
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").date()


def timexp_in_scope(case: Case) -> bool:
    exp = case["expected"]
    return (
        exp.get("type") in ("time_point", "time_span")
        and not case.get("params", {}).get("ret_future")
        and not any(c in case.get("category", "") for c in _OUT_CATEGORIES)
        and not _CLOCK.search(case["text"])
        and not _OUT_WORDS.search(case["text"])
    )


def _timexp(case: Case) -> Verdict | None:
    if not timexp_in_scope(case):
        return None
    want = tuple(_expected_date(t) for t in case["expected"]["time"])
    try:
        tv = parse_time(case["text"], _base(case["time_base"]))
    except ParseError as e:
        return False, f"ParseError: {e}"
    return (tv.start, tv.end) == want, f"{tv.start}..{tv.end} (want {want[0]}..{want[1]})"


def _time_extract(case: Case) -> Verdict:
    got = {(s.start, s.end) for s in find_times(case["text"], date(2021, 6, 14))}
    want = {tuple(e["offset"]) for e in case["expected"]}
    return got == want, repr(sorted(got))


# ---------------------------------------------------------------- runner
def load(path: Path) -> list[Case]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(cases: Iterable[Case], judge: Callable[[Case], Verdict | None]) -> tuple[int, int, list[str]]:
    """(passed, in scope, miss descriptions) for one task."""
    passed = total = 0
    misses: list[str] = []
    for case in cases:
        verdict = judge(case)
        if verdict is None:
            continue
        total += 1
        if verdict[0]:
            passed += 1
        else:
            misses.append(f"{case['text'][:40]!r} -> {verdict[1]}")
    return passed, total, misses


def all_scores(shared: Path) -> dict[str, tuple[int, int, list[str]]]:
    """Per-task (passed, in scope, misses) for every scored task."""
    numerals = load(shared / "benchmarks" / "numerals" / "cases.jsonl")
    out = {}
    for task, judge in NUMERAL_TASKS.items():
        out[task] = score((c for c in numerals if c["task"] == task), judge)
    timexp = shared / "benchmarks" / "timexp"
    out["time_parse"] = score(load(timexp / "cases.jsonl"), _timexp)
    out["time_extract"] = score(load(timexp / "extract_cases.jsonl"), _time_extract)
    return out


def throughput(shared: Path, runs: int) -> tuple[float, int]:
    """Median MB/s (UTF-8 bytes) of find_numbers + find_times over the seeds, repeated."""
    seeds = sorted((shared / "seeds").glob("*"))
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in seeds if p.is_file())
    size = len(text.encode("utf-8"))
    text = text * max(1, (2_000_000 // max(size, 1)))
    base = date(2025, 3, 21)
    times = []
    lines = text.splitlines()
    for _ in range(runs):
        t0 = time.process_time()  # CPU time of this process: the machine's cores are shared
        for line in lines:
            find_numbers(line)
            find_times(line, base)
        times.append(time.process_time() - t0)
    nbytes = len(text.encode("utf-8"))
    return nbytes / statistics.median(times) / 1e6, nbytes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--misses", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    if not (args.shared / "benchmarks").is_dir():
        print(f"{args.shared}: no benchmarks folder", file=sys.stderr)
        return 1
    scores = all_scores(args.shared)
    num_pass = sum(scores[t][0] for t in NUMERAL_TASKS)
    num_total = sum(scores[t][1] for t in NUMERAL_TASKS)
    for task, (passed, total, misses) in scores.items():
        print(f"{task:14s} {passed:4d}/{total:<4d} {100 * passed / max(total, 1):6.2f}%")
        if args.misses:
            for miss in misses:
                print(f"    miss: {miss}")
    print(
        f"{'numerals all':14s} {num_pass:4d}/{num_total:<4d} {100 * num_pass / max(num_total, 1):6.2f}%  (target >= 99%)"
    )
    mbps, nbytes = throughput(args.shared, args.runs)
    print(
        f"find_numbers+find_times: {mbps:.2f} MB/s per core (CPU time) over {nbytes / 1e6:.1f} MB,"
        f" median of {args.runs} (facts stage target with cleaning: >= 1 MB/s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
