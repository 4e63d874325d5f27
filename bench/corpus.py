"""Build a benchmark corpus of N documents by varying the files in ``examples/``.

    python bench/corpus.py                      # 2,000 documents, seed 7, into the temp folder
    python bench/corpus.py --n 20000 --out DIR  # the knowledge-base bench size

Each output document starts from one example file (taken in turn, shuffled by the seed) and
is varied the way a crawl of the same genre varies: body lines are shuffled, numbers are
rescaled, years are shifted consistently, a district name is swapped for another, some body
lines change script (Simplified <-> Traditional), and the file keeps its form (.txt .md .html
.jsonl) and usually its encoding. The same ``--n`` and ``--seed`` always give the same bytes.
A finished folder carries ``manifest.json``; ``build_corpus`` reuses it when it matches.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SUFFIXES = (".txt", ".md", ".html", ".jsonl")

# Encoding of each non-UTF-8 example, by a token in its file name (our own corpus, so the
# names say it; the product itself must detect encodings without such hints).
ENCODING_HINTS = {
    "_big5": "big5",  # Traditional text saved as Big5
    "_gb18030": "gb18030",  # Traditional text saved in a mainland encoding
    "_utf16": "utf-16",  # UTF-16 with BOM
}

# District names that may replace one another, Simplified then Traditional form.
DISTRICTS = (
    ("福田", "福田"),
    ("罗湖", "羅湖"),
    ("南山", "南山"),
    ("宝安", "寶安"),
    ("龙岗", "龍崗"),
    ("坪山", "坪山"),
    ("光明", "光明"),
    ("龙华", "龍華"),
    ("盐田", "鹽田"),
    ("大鹏", "大鵬"),
    ("深汕", "深汕"),
)

_NUMBER = re.compile(r"(?<![\d.:/-])(\d+)(\.\d+)?(?![\d:/-])")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?=[年\-—–/.]|\d{2}\b)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Example:
    """One example file: its name, suffix, encoding and decoded text."""

    name: str
    suffix: str
    encoding: str
    text: str


def load_examples(folder: Path = EXAMPLES) -> list[Example]:
    """Every example file (README excluded), decoded with its known encoding."""
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in SUFFIXES or path.name.lower().startswith("readme"):
            continue
        enc = next((e for tok, e in ENCODING_HINTS.items() if tok in path.stem), "utf-8")
        out.append(Example(path.name, path.suffix, enc, path.read_bytes().decode(enc)))
    if not out:
        raise SystemExit(f"no example files in {folder}")
    return out


def _converters() -> tuple[Callable[[str], str], Callable[[str], str]] | None:
    try:
        import opencc
    except ImportError:  # script mixing is skipped without OpenCC
        return None
    return opencc.OpenCC("s2hk").convert, opencc.OpenCC("t2s").convert


_CONV = _converters()


def _scale_number(m: re.Match[str], rng: random.Random) -> str:
    whole, frac = m.group(1), m.group(2) or ""
    value = float(whole + frac)
    if 1900 <= value <= 2100 and not frac:  # leave years to shift_years
        return m.group(0)
    new = value * rng.uniform(0.6, 1.6)
    if frac:
        return f"{new:.{len(frac) - 1}f}"
    return str(max(1, round(new)))


def vary_numbers(text: str, rng: random.Random, share: float = 0.5) -> str:
    """Rescale about ``share`` of the numbers (not years, times or dates) by 0.6-1.6x."""
    return _NUMBER.sub(lambda m: _scale_number(m, rng) if rng.random() < share else m.group(0), text)


def shift_years(text: str, shift: int) -> str:
    """Move every year (in 2024年, 2024-01-08, 2022—2024) by ``shift``, consistently."""
    if not shift:
        return text
    return _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)


def swap_district(text: str, rng: random.Random) -> str:
    """Replace one district present in ``text`` by another, in both scripts."""
    present = [d for d in DISTRICTS if d[0] in text or d[1] in text]
    if not present:
        return text
    old = rng.choice(present)
    new = rng.choice([d for d in DISTRICTS if d != old])
    for a, b in zip(old, new, strict=True):
        text = text.replace(a, b)
    return text


def _is_body(line: str) -> bool:
    return len(_CJK.findall(line)) >= 30


def vary_lines(text: str, rng: random.Random, *, mix_script: float) -> str:
    """Shuffle body lines among their own positions; convert some to the other script."""
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines) if _is_body(line)]
    moved = [lines[i] for i in body]
    rng.shuffle(moved)
    for i, line in zip(body, moved, strict=True):
        if _CONV is not None and rng.random() < mix_script:
            to_hant, to_hans = _CONV
            line = to_hans(line) if to_hans(line) != line else to_hant(line)
        lines[i] = line
    return "\n".join(lines)


def vary_text(text: str, rng: random.Random, *, year_shift: int) -> str:
    """All text variations for one document body."""
    text = vary_lines(text, rng, mix_script=0.2)
    text = vary_numbers(text, rng)
    text = shift_years(text, year_shift)
    if rng.random() < 0.6:
        text = swap_district(text, rng)
    return text


def vary_example(ex: Example, rng: random.Random) -> tuple[str, str]:
    """One varied document from ``ex``: (text, encoding to write it in)."""
    year_shift = rng.choice((-3, -2, -1, 0, 0, 1, 2))
    if ex.suffix == ".jsonl":
        rows = []
        for line in ex.text.splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            row["text"] = vary_text(row["text"], rng, year_shift=year_shift)
            row["title"] = shift_years(row["title"], year_shift)
            row["published"] = shift_years(row["published"], year_shift)
            rows.append(json.dumps(row, ensure_ascii=False))
        return "\n".join(rows) + "\n", "utf-8"
    text = vary_text(ex.text, rng, year_shift=year_shift)
    encoding = ex.encoding
    if ex.suffix == ".txt" and encoding == "utf-8" and rng.random() < 0.1:
        encoding = rng.choice(("gb18030", "utf-16"))  # some plain files arrive in other encodings
    return text, encoding


def _fingerprint(examples: list[Example], n: int, seed: int) -> str:
    h = hashlib.sha256(f"{n}:{seed}".encode())
    h.update(Path(__file__).read_bytes())
    for ex in examples:
        h.update(ex.name.encode() + ex.text.encode())
    return h.hexdigest()[:16]


def default_out(n: int, seed: int) -> Path:
    return Path(tempfile.gettempdir()) / f"tequ-bench-corpus-n{n}-s{seed}"


def build_corpus(out: Path | None = None, *, n: int = 2000, seed: int = 7) -> Path:
    """Write ``n`` varied documents into ``out`` (reused when its manifest matches)."""
    examples = load_examples()
    out = out or default_out(n, seed)
    fp = _fingerprint(examples, n, seed)
    manifest = out / "manifest.json"
    if manifest.exists() and json.loads(manifest.read_text()).get("fingerprint") == fp:
        return out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.suffix in SUFFIXES:
            old.unlink()
    rng = random.Random(seed)
    order: list[Example] = []
    total = 0
    for i in range(n):
        if not order:
            order = list(examples)
            rng.shuffle(order)
        ex = order.pop()
        text, encoding = vary_example(ex, rng)
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:  # a swapped name or script mix left the encoding's range
            data = text.encode("utf-8")
        (out / f"{i:05d}_{Path(ex.name).stem}{ex.suffix}").write_bytes(data)
        total += len(data)
    manifest.write_text(json.dumps({"fingerprint": fp, "n": n, "seed": seed, "bytes": total}, indent=1))
    return out


def corpus_files(folder: Path) -> list[Path]:
    """The document files of a built corpus, in name order."""
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="number of documents (default 2000)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--out", type=Path, default=None, help="output folder (default: temp folder)")
    args = ap.parse_args(argv)
    out = build_corpus(args.out, n=args.n, seed=args.seed)
    meta = json.loads((out / "manifest.json").read_text())
    print(f"{meta['n']} documents, {meta['bytes'] / 1e6:.2f} MB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
