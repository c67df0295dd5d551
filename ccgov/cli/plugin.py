"""``ccgov plugin new NAME``: write a working plugin skeleton."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def plugin() -> None:
    """Tools for plugin authors."""


@plugin.command("new")
@click.argument("name")
@click.option("-d", "--directory", type=click.Path(path_type=Path),
              help="Where to write it (default: ./NAME).")
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
def new(name: str, directory: Path | None, force: bool) -> int:
    """Write a plugin skeleton NAME (e.g. acme-rules) whose own tests pass as written.

    It has one example rule, a YAML rule case, a feature file and a small
    compliant plan; install it with `pip install -e NAME[test]` and run
    `python -m pytest` inside it.
    """
    from ccgov.scaffold import write_plugin

    target = directory or Path(name)
    written = write_plugin(name, target, force=force)
    click.echo(f"wrote {len(written)} files to {target}/")
    click.echo(f"next: pip install -e '{target}[test]' && (cd {target} && python -m pytest)")
    return 0


@plugin.command("hooks")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file.")
def hooks(output: Path | None) -> int:
    """Print the hook reference (Markdown) from the hookspecs' docstrings."""
    from ccgov.output import write_atomic
    from ccgov.plugin.reference import hook_reference

    text = hook_reference()
    if output:
        write_atomic(output, text)
    else:
        click.echo(text, nl=False)
    return 0
