"""``ccgov baseline create``: record a plan's current findings so that audits report only new ones."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ccgov.cli.options import split_ids
from ccgov.result import ExitCode


@click.group()
def baseline() -> None:
    """Record a plan's current findings as known (see `ccgov audit --baseline`)."""


@baseline.command("create")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Where to write the baseline (JSON), atomically.")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Configuration file (default: nearest .ccgov.toml or pyproject.toml).")
@click.option("--select", multiple=True, help="Only these rules (ids, names, rule sets, globs).")
@click.option("--ignore", multiple=True, help="Skip these rules (ids, names, rule sets, globs).")
def create(
    paths: tuple[Path, ...], output: Path, config_path: Path | None, select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> int:
    """Audit PATH and write the fingerprint of every finding to OUTPUT.

    Waivers and any existing baseline are not applied: the baseline holds what
    the rules report today. Nothing is written if a rule crashed (exit 3).
    """
    from ccgov.api import Auditor
    from ccgov.baseline import baseline_json
    from ccgov.config import find_config, load_config
    from ccgov.gate import utc_now
    from ccgov.output import write_atomic

    config = load_config(config_path or find_config(paths[0]))
    auditor = Auditor(config, select=split_ids(select), ignore=split_ids(ignore))
    result = auditor.audit(paths[0], list(paths[1:]))
    if result.crashed:
        click.echo(f"ccgov: {', '.join(result.crashed)} crashed; no baseline written, since the plan "
                   "was not fully checked", err=True)
        return ExitCode.INTERNAL_ERROR
    data = baseline_json(result, utc_now())
    write_atomic(output, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    count = len(data["findings"])
    plural = "s" if count != 1 else ""
    click.echo(f"baseline of {result.plan_id}: {count} finding{plural} written to {output}")
    return ExitCode.OK
