"""The ``tequ`` command. Commands are thin: they build settings, call the library, print.

Each area of the product registers its commands from its own module, so that work on one
area does not touch another's file.
"""

from __future__ import annotations

import click

from tequ import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tequ")
def cli() -> None:
    """tequ (特区): Chinese policy news -> a cited, searchable knowledge base.

    Read articles in any script, encoding and noise; extract facts, entities and
    measures, each with the exact span of the original text it comes from.
    """


def _register() -> None:
    from tequ.cli import entities, extract, facts, kb, measures, serve

    for module in (extract, facts, entities, measures, kb, serve):
        module.register(cli)


_register()
