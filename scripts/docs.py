"""Generate docs/cli.md from the click commands; refresh the example output in README.md and docs/api.md.

    .venv/bin/python scripts/docs.py cli      # rewrite docs/cli.md (tests/test_docs.py checks it)
    .venv/bin/python scripts/docs.py tour     # re-run every `$ ...` line of the console blocks
    .venv/bin/python scripts/docs.py check    # exit 1 when docs/cli.md is out of date

The tour runs from the repository root with .venv/bin first on PATH, so README commands are
written as a reader types them (`tequ ...`). A block opened with three backticks and
`console` is re-run line by line: each `$ command` line keeps its text, the lines after it
(up to the next `$` line or the end of the block) are replaced by what the command printed
(stdout and stderr, merged). A block opened with `console norun` is left as written. A block
opened with `console serve` runs with `tequ serve --db tour.db` started on a free loopback
port; `localhost:8000` in its commands is pointed at that port when they run (the text keeps
8000). A block opened with `console serve-auth` does the same with the sample tokens of AUTH
set for the server and for the commands (so `$TEQU_TOKEN` expands). README.md runs first (its
tour ingests examples/ into tour.db), then docs/api.md on the same file; tour.db is removed
before and after.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
CLI_MD = ROOT / "docs" / "cli.md"
README = ROOT / "README.md"
TOUR_FILES = (README, ROOT / "docs" / "api.md")
#: sample tokens of the `console serve-auth` blocks (the text of those blocks shows them)
AUTH = {"TEQU_TOKEN": "change-me-write", "TEQU_READ_TOKEN": "change-me-read"}
TOUR_DB = "tour.db"
WIDTH = 100  # help text width: fixed, so the generated file does not depend on the terminal

CLI_HEADER = """\
# Command reference

Generated from the commands' own `--help` by `scripts/docs.py cli`; do not edit by hand
(`tests/test_docs.py` fails when this file and the commands disagree). Every command accepts
`-h` as well as `--help`. Exit status: 0 success, 1 failure (one line on stderr naming the
file or setting), 2 usage error. Commands that read the knowledge base take `--db` (default
`tequ.db`, or `$TEQU_DB`): a SQLite file path or `sqlite:///file.db`.
"""


def iter_commands(
    cmd: click.Command, path: tuple[str, ...] = ("tequ",), parent: click.Context | None = None
) -> Iterator[tuple[tuple[str, ...], click.Command, click.Context]]:
    """Yield (path, command, context) for ``cmd`` and every subcommand, depth first, sorted by name."""
    settings = {**cmd.context_settings, "terminal_width": WIDTH, "max_content_width": WIDTH}
    ctx = cmd.context_class(cmd, info_name=path[-1], parent=parent, **settings)
    yield path, cmd, ctx
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.list_commands(ctx)):
            sub = cmd.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                yield from iter_commands(sub, (*path, name), ctx)


def render_cli_md() -> str:
    """The text of docs/cli.md: a summary table, then each command's help verbatim."""
    from tequ.cli import cli

    items = list(iter_commands(cli))
    out = [CLI_HEADER, "| command | what it does |", "|---|---|"]
    for path, cmd, _ctx in items[1:]:
        anchor = "-".join(path)
        out.append(f"| [`{' '.join(path)}`](#{anchor}) | {cmd.get_short_help_str(limit=200)} |")
    for path, cmd, ctx in items:
        out += ["", f"## {' '.join(path)}", "", "```text", cmd.get_help(ctx).rstrip(), "```"]
    return "\n".join(out) + "\n"


# --- the README tour ---------------------------------------------------------------------------

FENCE = re.compile(r"^```console(?: (norun|serve|serve-auth))?\s*$")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(command: str, env: dict[str, str], port: int | None) -> list[str]:
    if port is not None:
        command = command.replace("localhost:8000", f"127.0.0.1:{port}")
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
        check=False,
    )
    lines = done.stdout.rstrip("\n").split("\n") if done.stdout.strip() else []
    if done.returncode not in (0, 1):  # 1 is a documented outcome (e.g. an error shown on purpose)
        click.echo(f"warning: exit {done.returncode}: {command}", err=True)
    return lines


def _start_server(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    proc = subprocess.Popen(
        ["tequ", "serve", "--db", TOUR_DB, "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1):
                return proc, port
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("tequ serve did not start")


def _run_block(block: list[str], env: dict[str, str], port: int | None) -> list[str]:
    """The block with each ``$`` command (and its ``\\`` continuation lines) followed by its new output."""
    out: list[str] = []
    j = 0
    while j < len(block):
        if not block[j].startswith("$ "):
            j += 1  # old output
            continue
        command = [block[j]]
        while command[-1].endswith("\\") and j + 1 < len(block):
            j += 1
            command.append(block[j])
        j += 1
        out += command
        out += _run(" ".join(c.rstrip("\\").strip() for c in command)[2:], env, port)
    return out


def refresh_tour(text: str, env: dict[str, str]) -> str:
    """Re-run the commands of every ``console`` block of ``text``; return the new text."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        out.append(lines[i])
        i += 1
        if not m:
            continue
        mode = m.group(1)
        block: list[str] = []
        while i < len(lines) and lines[i] != "```":
            block.append(lines[i])
            i += 1
        if mode == "norun":
            out += block
            continue
        block_env = {**env, **AUTH} if mode == "serve-auth" else env
        server = _start_server(block_env) if mode in ("serve", "serve-auth") else None
        try:
            out += _run_block(block, block_env, server[1] if server else None)
        finally:
            if server:
                server[0].terminate()
                server[0].wait(timeout=10)
    return "\n".join(out)


def _remove_tour_db() -> None:
    for suffix in ("", "-wal", "-shm"):
        (ROOT / f"{TOUR_DB}{suffix}").unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    what = argv[1] if len(argv) > 1 else ""
    if what == "cli":
        CLI_MD.write_text(render_cli_md(), encoding="utf-8")
        click.echo(f"wrote {CLI_MD.relative_to(ROOT)}")
        return 0
    if what == "check":
        if CLI_MD.read_text(encoding="utf-8") != render_cli_md():
            click.echo("docs/cli.md is out of date: run .venv/bin/python scripts/docs.py cli", err=True)
            return 1
        return 0
    if what == "tour":
        env = {
            **os.environ,
            "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONUNBUFFERED": "1",
            "COLUMNS": str(WIDTH),
        }
        for key in ("TEQU_DB", "TEQU_TOKEN", "TEQU_READ_TOKEN"):
            env.pop(key, None)
        _remove_tour_db()
        try:
            for path in TOUR_FILES:
                path.write_text(refresh_tour(path.read_text(encoding="utf-8"), env), encoding="utf-8")
                click.echo(f"refreshed the examples in {path.relative_to(ROOT)}")
        finally:
            _remove_tour_db()
        return 0
    click.echo(__doc__, err=True)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
