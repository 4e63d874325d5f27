"""Quality gate: extraction on documents with gold must not fall below the pinned floors.

Six gold sets are scored with ``tequ.eval`` (the SCHEMA.md rules) through the whole pipeline:
``shared`` (../shared/seeds with ../shared/gold), ``devgold`` (examples/ with tests/devgold),
``holdout`` (tests/holdout), ``fresh``, ``fresh2`` and ``fresh3`` (tests/fresh*: documents written on
2026-12-07).
``tests/quality_baseline.json`` holds, per set, floors (``min``: the metric must be at least
this) and ceilings (``max``: counts of chrome left in and content lost).

Raising a floor after an improvement: run ``python tests/test_quality_gate.py`` (prints the
current figures, rounded down to 0.01) and copy them into the JSON. Lowering one is a
regression and needs a reason in the commit message.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import pytest

from tequ import eval as ev

ROOT = Path(__file__).resolve().parent.parent
BASELINE = Path(__file__).with_name("quality_baseline.json")
DEVGOLD = Path(__file__).with_name("devgold")
HOLDOUT = Path(__file__).with_name("holdout")
FRESH = Path(__file__).with_name("fresh")
FRESH2 = Path(__file__).with_name("fresh2")
FRESH3 = Path(__file__).with_name("fresh3")
EXAMPLES = ROOT / "examples"


def figures(result: ev.Evaluation) -> dict[str, float]:
    """The gated metrics of one evaluation."""
    s = result.total.summary()
    arts = s["articles"]
    n_art = arts["gold"] or 1
    return {
        "facts_f": s["facts"]["f"],
        "facts_strict_f": s["facts"]["strict_f"],
        "entities_f": s["entities"]["f"],
        "measures_f": s["measures"]["f"],
        "measures_status_acc": s["measures"]["status_acc"],
        "titles_found": arts["title_found"] / n_art,
        "articles_date_and_source": arts["date_and_source_right"] / n_art,
        "chrome_left": s["boilerplate_left"],
        "content_lost": s["content_lost"],
        "errors": s["errors"],
    }


def _check(name: str, got: dict[str, float], baseline: dict[str, Any]) -> list[str]:
    problems = []
    for metric, floor in baseline.get("min", {}).items():
        if got[metric] < floor:
            problems.append(f"{name}: {metric} {got[metric]:.3f} fell below its floor {floor}")
    for metric, ceiling in baseline.get("max", {}).items():
        if got[metric] > ceiling:
            problems.append(f"{name}: {metric} {got[metric]} rose above its ceiling {ceiling}")
    return problems


def _sets(shared: Path | None) -> dict[str, tuple[Path, Path]]:
    out = {}
    if shared is not None and (shared / "gold").is_dir():
        out["shared"] = (shared / "gold", shared / "seeds")
    if DEVGOLD.is_dir() and any(DEVGOLD.glob("*.gold.json")):
        out["devgold"] = (DEVGOLD, EXAMPLES)
    for name, folder in (("holdout", HOLDOUT), ("fresh", FRESH), ("fresh2", FRESH2), ("fresh3", FRESH3)):
        if any((folder / "gold").glob("*.gold.json")):
            out[name] = (folder / "gold", folder / "docs")
    return out


@pytest.mark.parametrize("name", ["shared", "devgold", "holdout", "fresh", "fresh2", "fresh3"])
def test_quality_gate_holds_the_floors(name: str, request: pytest.FixtureRequest) -> None:
    shared = request.getfixturevalue("shared_dir") if name == "shared" else None
    sets = _sets(shared)
    if name not in sets:
        pytest.skip(f"no gold set {name}")
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[name]
    got = figures(ev.evaluate(*sets[name]))
    problems = _check(name, got, baseline)
    assert not problems, "\n".join(problems)


def test_quality_baseline_names_known_metrics() -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    known = set(figures(ev.Evaluation()))
    for name, limits in baseline.items():
        assert set(limits) <= {"min", "max"}, name
        for bound in limits.values():
            assert set(bound) <= known, f"{name}: unknown metric {set(bound) - known}"
            assert all(isinstance(v, int | float) for v in bound.values())


def main() -> None:
    """Print the current figures of every gold set, floors rounded down to 0.01."""
    from conftest import SHARED  # type: ignore[import-not-found]

    for name, (gold, docs) in _sets(SHARED).items():
        got = figures(ev.evaluate(gold, docs))
        rounded = {k: (math.floor(v * 100) / 100 if isinstance(v, float) else v) for k, v in got.items()}
        print(name, json.dumps(rounded, ensure_ascii=False))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
