"""Bad input through the real CLI: one clear line per bad file, the other files still processed.

Runs ``tequ clean`` and ``tequ extract`` in a subprocess (the installed entry point). Tests run as
root, so an unreadable file is simulated with a dangling symlink, a FIFO and a folder named x.txt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "示范区发布新政策\n示范区管委会今天介绍了支持中小企业发展的十条措施,涉及资金和人才。\n"


def _tequ(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tequ", *args],
        input=stdin.decode("utf-8", "replace") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def _good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def _one_error_line(stderr: str, name: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, stderr
    assert name in lines[0]
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("nul.txt", b"\x00" * 5000, "binary"),
    ],
)
def test_bad_input_file_gives_one_line_and_others_still_run(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    res = _tequ("clean", str(bad), str(_good(tmp_path)))
    assert res.returncode == 1
    line = _one_error_line(res.stderr, name)
    assert reason in line
    assert "十条措施" in res.stdout
    assert "1 cleaned, 1 failed" in res.stderr


def test_bad_input_too_large_names_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50_000_000)
    res = _tequ("clean", str(big), str(_good(tmp_path)))
    assert res.returncode == 1
    line = _one_error_line(res.stderr, "big.txt")
    assert "50 MB is over the 20 MB limit (set TEQU_MAX_BYTES to raise it)" in line
    assert "十条措施" in res.stdout


def test_bad_input_limit_can_be_raised(tmp_path: Path) -> None:
    p = _good(tmp_path)
    assert _tequ("clean", str(p), env={"TEQU_MAX_BYTES": "10"}).returncode == 1
    assert _tequ("clean", str(p), env={"TEQU_MAX_BYTES": "1000000"}).returncode == 0


def test_bad_input_invalid_utf8_and_stray_nul_still_clean(tmp_path: Path) -> None:
    a = tmp_path / "invalid.txt"
    a.write_bytes(GOOD.encode("utf-8") + b"\xff\xfe\xfa broken \xc3\x28 tail\n")
    b = tmp_path / "nul_inside.txt"
    b.write_bytes(GOOD.encode("utf-8").replace("措施".encode(), "措施\x00".encode()))
    res = _tequ("clean", "--dropped", str(a), str(b))
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    assert res.stdout.count("十条措施") == 2
    assert "mojibake" in res.stdout  # the damaged bytes are flagged, the good text stays


def test_bad_input_unreadable_entries_in_folder(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _good(folder)
    (folder / "dangling.txt").symlink_to(folder / "missing-target.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "dir.txt").mkdir()
    res = _tequ("clean", str(folder))
    assert res.returncode == 1
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 3, res.stderr
    joined = "\n".join(errors)
    assert "dangling.txt" in joined and "pipe.txt" in joined and "dir.txt" in joined
    assert "十条措施" in res.stdout
    assert "1 cleaned, 3 failed" in res.stderr


def test_bad_input_missing_path(tmp_path: Path) -> None:
    res = _tequ("clean", str(tmp_path / "nope.txt"), str(_good(tmp_path)))
    assert res.returncode == 1
    assert "no such file" in _one_error_line(res.stderr, "nope.txt")


def test_bad_input_deeply_nested_html_cleans(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    body = "<div>" * 10_000 + "<p>深圳今天发布了一条测试新闻,内容很短。</p>" + "</div>" * 10_000
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    res = _tequ("clean", str(page))
    assert res.returncode == 0, res.stderr
    assert "测试新闻" in res.stdout


def test_bad_input_html_script_content_never_leaks(tmp_path: Path) -> None:
    page = tmp_path / "script.html"
    page.write_text(
        "<html><head><script>var secret = '脚本里的文字';</script></head><body>"
        "<h1>示范区发布新政策</h1><p>示范区管委会今天介绍了十条措施,涉及资金和人才。</p>"
        "<script>document.write('<p>另一段脚本</p>')</script></body></html>",
        encoding="utf-8",
    )
    res = _tequ("clean", str(page))
    assert res.returncode == 0, res.stderr
    assert "十条措施" in res.stdout
    assert "脚本" not in res.stdout


def test_bad_input_stdin_dash(tmp_path: Path) -> None:
    res = _tequ("clean", "-", stdin=GOOD.encode("utf-8"))
    assert res.returncode == 0, res.stderr
    assert "十条措施" in res.stdout


def test_bad_input_extract_json_reports_bad_file_and_prints_good(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    res = _tequ("extract", str(bad), str(_good(tmp_path)), "--json")
    assert res.returncode == 1
    _one_error_line(res.stderr, "empty.txt")
    assert "十条措施" in res.stdout
