"""``ccgov diff OLD NEW``: findings introduced and resolved between two versions of a plan."""

from __future__ import annotations

from pathlib import Path

import click

from ccgov.cli.options import FAIL_ON, split_ids


@click.command()
@click.argument("old")
@click.argument("new")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json", "markdown"]),
              default="text", help="markdown gives a pull-request comment.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Exit 1 when the new version introduces a finding at or above this.")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--select", multiple=True)
@click.option("--ignore", multiple=True)
def diff(old: str, new: str, fmt: str, output: Path | None, fail_on: str | None,
         config_path: Path | None, select: tuple[str, ...], ignore: tuple[str, ...]) -> int:
    """Compare two versions of a plan: OLD and NEW are plan files or git:REV:path.

    Findings are matched by fingerprint, so moved lines are not changes. Exit 1
    when NEW introduces a finding at or above --fail-on (default: error).
    """
    from ccgov.api import Auditor
    from ccgov.config import find_config, load_config
    from ccgov.diff import diff_plans
    from ccgov.output import write_atomic, write_stdout
    from ccgov.report.diff import RENDERERS

    anchor = Path(new.split(":", 2)[2] if new.startswith("git:") else new)
    config = load_config(config_path or find_config(anchor))
    auditor = Auditor(config, select=split_ids(select), ignore=split_ids(ignore), fail_on=fail_on)
    result = diff_plans(auditor, old, new)
    text = RENDERERS[fmt](result)
    if output:
        write_atomic(output, text)
    else:
        write_stdout(text)
    return result.exit_code
