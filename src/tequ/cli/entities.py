"""``tequ entities FILE...``: the entities of each file as a table, or JSON with ``--json``."""

from __future__ import annotations

import click

from tequ.cli.common import RunReport, dump_json, iter_documents
from tequ.errors import TequError
from tequ.link.canonical import pack_names
from tequ.model import Entity


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one object per file with its entities.")
@click.option(
    "--type", "types", multiple=True, help="Only these types (PER ORG LOC FAC POLICY EVENT); repeatable."
)
@click.option(
    "--region", default="shenzhen", show_default=True, help="Region pack for names and canonical forms."
)
@click.option(
    "--full-text",
    is_flag=True,
    help="Tag every clause and keep the tagger's own PER/ORG/LOC (general news; about 3x slower).",
)
def entities(
    paths: tuple[str, ...], as_json: bool, types: tuple[str, ...], region: str, full_text: bool
) -> None:
    """List the named entities of PATHS: type, canonical name, first mention and mention count.

    Spans are code-point offsets into each file's decoded original text, end exclusive.
    """
    from tequ.extract.entities import EntitySettings, extract_entities

    if region not in pack_names():
        raise click.BadParameter(f"unknown region pack {region!r}; known: {', '.join(pack_names())}")
    wanted = {t.upper() for t in types}
    settings = EntitySettings(region=region, full_text=full_text)
    report = RunReport("read")
    results = []
    for doc in iter_documents(paths, report):
        try:
            found = [e for e in extract_entities(doc, settings=settings) if not wanted or e.type in wanted]
        except TequError as exc:
            report.ok -= 1
            report.error(str(exc))
            continue
        if as_json:
            results.append({"source": doc.source, "entities": [_entity_json(e) for e in found]})
        else:
            click.echo(render_table(doc.source, found))
    if as_json and results:
        click.echo(dump_json(results[0] if len(results) == 1 and len(paths) == 1 else results))
    report.finish()


def _entity_json(e: Entity) -> dict[str, object]:
    return {
        "start": e.start,
        "end": e.end,
        "text": e.text,
        "type": e.type,
        "canonical": e.canonical,
        "aliases": list(e.aliases),
        "mentions": [{"start": m.start, "end": m.end} for m in e.mentions],
        "role": e.role,
    }


def render_table(source: str, found: list[Entity]) -> str:
    """A fixed-width table: type, canonical, first surface, first span, mention count."""
    lines = [f"{source}  ({len(found)} entities)"]
    if not found:
        return lines[0]
    width = min(max(_width(e.canonical) for e in found), 40)
    for e in found:
        pad = " " * max(0, width - _width(e.canonical))
        lines.append(f"  {e.type:6} {e.canonical}{pad}  {e.text}  [{e.start}:{e.end}] ×{len(e.mentions)}")
    return "\n".join(lines)


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def register(group: click.Group) -> None:
    """Add this module's commands to the ``tequ`` group."""
    group.add_command(entities)
