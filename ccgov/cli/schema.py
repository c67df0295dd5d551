"""``ccgov schema``: print the JSON Schema of plan format v1."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file.")
def schema(output: Path | None) -> int:
    """Print the JSON Schema of plan format v1 (for editors and check-jsonschema).

    Add `# yaml-language-server: $schema=<path or URL>` at the top of a plan to
    get completion and checking in editors that use yaml-language-server.
    """
    from ccgov.output import write_atomic
    from ccgov.schema import plan_schema

    text = json.dumps(plan_schema(), indent=2) + "\n"
    if output:
        write_atomic(output, text)
    else:
        click.echo(text, nl=False)
    return 0
