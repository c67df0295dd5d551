"""``ccgov readiness``: the examiner's marking points and common mistakes, met or not."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ccgov.cli.options import split_ids


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="Output format.")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Configuration file (default: nearest .ccgov.toml or pyproject.toml).")
@click.option("--select", multiple=True, help="Only these rules (ids, names, rule sets, globs).")
@click.option("--ignore", multiple=True, help="Skip these rules (ids, names, rule sets, globs).")
def readiness(
    paths: tuple[Path, ...], fmt: str, config_path: Path | None,
    select: tuple[str, ...], ignore: tuple[str, ...],
) -> int:
    """Show, for each marking point and common mistake of the syllabus, whether PATH meets it.

    Each point lists the rules behind its verdict (met, partly, not met, not
    checked) and the findings that block it. Exit 0 when every point is met,
    1 otherwise.
    """
    from ccgov.api import Auditor
    from ccgov.config import find_config, load_config
    from ccgov.output import write_stdout
    from ccgov.readiness import assess

    plan_path, extra = paths[0], list(paths[1:])
    config = load_config(config_path or find_config(plan_path))
    auditor = Auditor(config, select=split_ids(select), ignore=split_ids(ignore))
    report = assess(auditor.audit(plan_path, extra), auditor.registry)
    if fmt == "json":
        write_stdout(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n")
    else:
        write_stdout(report.render_text())
    return int(report.exit_code)
