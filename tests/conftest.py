"""Fixtures shared by every test module.

``shared_dir`` points at ../shared (seeds, gold, benchmarks) beside the checkout; tests that
need it skip cleanly when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TEQU_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"


@pytest.fixture(scope="session")
def gold_dir(shared_dir: Path) -> Path:
    gold = shared_dir / "gold"
    if not gold.is_dir():
        pytest.skip("shared gold annotations not found")
    return gold


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
