"""``ccgov audit``: audit plans and print or write reports."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ccgov.cli.governance import baseline_option, load_governance, waivers_option
from ccgov.cli.options import FAIL_ON, split_ids
from ccgov.result import ExitCode


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-f", "--format", "formats", multiple=True, metavar="FORMAT",
              help="Output format (text, json, or one a plugin adds); repeat with --output "
                   "to write several reports from one audit.")
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(path_type=Path),
              help="Write the report for the matching --format to this file (atomically).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Configuration file (default: nearest .ccgov.toml or pyproject.toml).")
@click.option("--select", multiple=True, help="Only these rules (ids, names, rule sets, globs).")
@click.option("--ignore", multiple=True, help="Skip these rules (ids, names, rule sets, globs).")
@waivers_option
@baseline_option
def audit(
    paths: tuple[Path, ...],
    formats: tuple[str, ...],
    outputs: tuple[Path, ...],
    fail_on: str | None,
    config_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    waivers_path: Path | None,
    baseline_path: Path | None,
) -> int:
    """Audit PATH (a plan, with its consultation and change documents) and report findings.

    Separate consultation and change-log documents may follow the plan on the
    command line, or be listed in the plan's `documents`. Waived findings never
    fail the run; with a baseline, only findings it does not hold are reported.
    """
    from ccgov.api import Auditor
    from ccgov.config import find_config, load_config
    from ccgov.reporting import render_all, resolve_reporters

    plan_path, extra = paths[0], list(paths[1:])
    config = load_config(config_path or find_config(plan_path))
    waivers, baseline = load_governance(config, waivers_path, baseline_path)
    auditor = Auditor(config, select=split_ids(select), ignore=split_ids(ignore), fail_on=fail_on)
    targets = resolve_reporters(auditor.host, formats, outputs, sys.stdout)
    result = auditor.audit(plan_path, extra)
    if waivers is not None or baseline is not None:
        from ccgov.gate import govern
        from ccgov.waivers import run_date

        govern(result, waivers=waivers, baseline=baseline, today=run_date())
        if baseline is not None:
            # NOTE: on stderr, so that the report on stdout stays exactly its format.
            known = len(result.baselined or [])
            click.echo(f"ccgov: {known} known finding{'s' if known != 1 else ''} left out "
                       f"(baseline {baseline.display})", err=True)
    render_all(targets, [result])
    return int(result.exit_code)


__all__ = ["ExitCode", "audit"]
