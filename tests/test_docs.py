"""The user documentation agrees with the code: README.md, docs/cli.md, docs/api.md.

Every command has help and a README mention; README commands parse with the real click
commands and name files that exist; docs/cli.md is what scripts/docs.py generates; every API
route and every TEQU_* variable the code reads is documented.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path
from types import ModuleType

import click
import pytest
from click.testing import CliRunner

from tequ.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
API_MD = ROOT / "docs" / "api.md"

#: options that have no help text today (reported to the lead); new options must have help


def _docs_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tequ_docs_script", ROOT / "scripts" / "docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _commands() -> list[tuple[str, ...]]:
    ctx = click.Context(cli, info_name="tequ")
    return [()] + [(name,) for name in sorted(cli.list_commands(ctx))]


def _readme() -> str:
    return README.read_text(encoding="utf-8")


def _console_lines(text: str) -> list[str]:
    """The ``$ ...`` lines of every ```console block of ``text``, continuation lines joined."""
    lines: list[str] = []
    inside = False
    for line in text.split("\n"):
        if line.startswith("```"):
            inside = line.startswith("```console")
            continue
        if inside and line.startswith("$ "):
            lines.append(line[2:])
        elif inside and lines and lines[-1].endswith("\\"):
            lines[-1] = lines[-1][:-1] + " " + line.strip()
    return lines


def _tequ_invocations(text: str) -> list[list[str]]:
    """Argument lists of every ``tequ`` command run in a console block (split at | && ; > &)."""
    found = []
    for line in _console_lines(text):
        lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        commands: list[list[str]] = [[]]
        for token in lexer:
            if token and set(token) <= set("|&;<>"):
                commands.append([])
            else:
                commands[-1].append(token)
        for words in commands:
            while words and re.fullmatch(r"[A-Z_]+=\S*", words[0]):
                words = words[1:]  # environment assignments
            if words and Path(words[0]).name == "tequ":
                found.append(words[1:])
    return found


@pytest.mark.parametrize("path", _commands(), ids=lambda p: " ".join(("tequ", *p)))
def test_cli_help_exits_0_with_usage_and_text(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"], prog_name="tequ")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: {' '.join(('tequ', *path))}")
    command = cli if not path else cli.get_command(click.Context(cli), path[0])
    assert command is not None and (command.help or "").strip(), f"{path} has no help text"


def test_cli_options_all_have_help() -> None:
    missing = set()
    for (name,) in _commands()[1:]:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden and not (param.help or "").strip():
                missing.add((name, param.name))
    assert not missing, f"options without help text: {sorted(missing)}"


@pytest.mark.parametrize("name", [p[0] for p in _commands()[1:]])
def test_readme_mentions_every_command(name: str) -> None:
    assert re.search(rf"\btequ {name}\b", _readme()), f"README.md never mentions `tequ {name}`"


def test_readme_setup_commands_exist_and_do_what_it_says() -> None:
    quick = _readme().split("## Quick start", 1)[1].split("\n## ", 1)[0]
    scripts = re.findall(r"^\s+bash (scripts/\S+\.sh)", quick, flags=re.M)
    assert scripts == ["scripts/demo.sh", "scripts/test.sh"]
    for script in scripts:
        assert (ROOT / script).is_file(), script
    demo = (ROOT / "scripts/demo.sh").read_text(encoding="utf-8")
    for step in ("scripts/setup.sh", "tequ ingest examples", "tequ stats", "tequ serve"):
        assert step in demo, f"scripts/demo.sh does not run {step!r} as README.md says"
    test = (ROOT / "scripts/test.sh").read_text(encoding="utf-8")
    for step in ("scripts/setup.sh", "ruff check", "ruff format --check", "pytest"):
        assert step in test, f"scripts/test.sh does not run {step!r} as README.md says"
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_tour_runs_many_commands() -> None:
    # the parser below must keep finding the tour; an empty list would make the next test vacuous
    assert len(_tequ_invocations(_readme())) >= 20


@pytest.mark.parametrize(
    "args",
    _tequ_invocations(_readme()) + _tequ_invocations(API_MD.read_text(encoding="utf-8")),
    ids=lambda a: " ".join(a)[:60],
)
def test_readme_tequ_commands_parse_and_name_existing_files(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    assert args, "a bare `tequ` in the README"
    command = cli.get_command(click.Context(cli), args[0])
    assert command is not None, f"no command `tequ {args[0]}`"
    # raises click.UsageError / BadParameter when an option, choice or argument count is wrong
    ctx = command.make_context(args[0], list(args[1:]), parent=click.Context(cli, info_name="tequ"))
    for value in args[1:]:
        if value.startswith(("examples/", "tests/")) or value == "examples":
            assert (ROOT / value).exists(), f"{value} does not exist"
    assert ctx.command is command


def test_readme_console_commands_show_their_output() -> None:
    """Each command run by the tour is followed by its output (scripts/docs.py tour fills it)."""
    lines = _readme().split("\n")
    runnable = False
    for i, line in enumerate(lines):
        if line.startswith("```"):
            runnable = line.strip() in ("```console", "```console serve", "```console serve-auth")
            continue
        if runnable and line.startswith("$ "):
            following = lines[i + 1] if i + 1 < len(lines) else "```"
            assert not following.startswith(("$ ", "```")), (
                f"no output after `{line}`: run scripts/docs.py tour"
            )


def test_docs_cli_md_is_generated_from_current_help() -> None:
    expected = _docs_script().render_cli_md()
    actual = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/cli.md is out of date: run .venv/bin/python scripts/docs.py cli"


def test_docs_api_md_and_readme_list_every_route(tmp_path: Path) -> None:
    from tequ.api.app import create_app
    from tequ.api.settings import ServeSettings

    spec = create_app(ServeSettings(db=str(tmp_path / "kb.db"), create=True)).openapi()
    api_md = API_MD.read_text(encoding="utf-8")
    readme = _readme()
    for path, methods in spec["paths"].items():
        for method in methods:
            route = f"{method.upper()} {path}"
            assert route in api_md, f"docs/api.md does not document {route}"
            assert route in readme, f"README.md does not list {route}"


def _environment_variables() -> set[str]:
    from dataclasses import fields

    from tequ.api.settings import ServeSettings

    names = {f"TEQU_{f.name.upper()}" for f in fields(ServeSettings)}
    for (name,) in _commands()[1:]:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None
        for param in command.params:
            envvar = getattr(param, "envvar", None)
            names.update([envvar] if isinstance(envvar, str) else envvar or [])
    for source in (ROOT / "src" / "tequ").rglob("*.py"):
        names.update(re.findall(r"\bTEQU_[A-Z][A-Z_]*[A-Z]\b", source.read_text(encoding="utf-8")))
    return names


def test_readme_documents_every_environment_variable() -> None:
    names = _environment_variables()
    assert {"TEQU_DB", "TEQU_TOKEN", "TEQU_READ_TOKEN", "TEQU_MAX_BYTES"} <= names
    readme = _readme()
    missing = sorted(n for n in names if f"`{n}`" not in readme)
    assert not missing, f"README.md does not document {missing}"


def test_readme_relative_links_exist() -> None:
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", _readme()):
        assert (ROOT / target).exists(), f"README.md links to missing {target}"


def test_examples_readme_table_lists_exactly_what_ingest_reads() -> None:
    from tequ.ingest import iter_sources

    text = (ROOT / "examples" / "README.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `([^`]+)` \|", text, flags=re.M))
    read = {Path(str(s)).name for s in iter_sources([str(ROOT / "examples")])}
    assert table == read, f"examples/README.md table {sorted(table ^ read)} disagree with what ingest reads"
    assert "README.md" not in read


def test_readme_lists_every_web_page() -> None:
    from tequ.web import pages as page_routes
    from tequ.web import views

    pages = {
        route.path.replace(":path}", "}")
        for router in (views.router, page_routes.router)
        for route in router.routes
        if hasattr(route, "path")
    }
    assert {"/", "/search", "/doc/{doc_id}"} <= pages
    readme = _readme()
    missing = sorted(p for p in pages if not re.search(rf"`{re.escape(p)}[`?]", readme))
    assert not missing, f"README.md does not describe the web pages {missing}"


def test_docs_quote_no_sentence_of_the_seeds(seeds_dir: Path) -> None:
    """Sample text in the docs comes from examples/ (our own words), never from ../shared/seeds."""
    opencc = pytest.importorskip("opencc")
    t2s = opencc.OpenCC("t2s").convert
    size = 16  # characters: longer than any name or figure two texts share by chance

    def han(text: str) -> str:
        return re.sub(r"[^\u4e00-\u9fff0-9]", "", t2s(text))

    seen: set[str] = set()
    for seed in seeds_dir.iterdir():
        s = han(seed.read_text(encoding="utf-8", errors="replace"))
        seen.update(s[i : i + size] for i in range(len(s) - size + 1))
    for doc in (README, API_MD, ROOT / "docs" / "cli.md", ROOT / "examples" / "README.md"):
        s = han(doc.read_text(encoding="utf-8"))
        hits = [s[i : i + size] for i in range(len(s) - size + 1) if s[i : i + size] in seen]
        assert not hits, f"{doc.name} quotes a seed: {hits[:3]}"
