"""``ccgov audit``: audit a plan, a portfolio of plans, or a plan on standard input."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ccgov.cli.governance import Governance, baseline_option, load_governance, waivers_option
from ccgov.cli.options import FAIL_ON, KeepsOptionOrder, split_ids

if TYPE_CHECKING:
    from ccgov.api import Auditor
    from ccgov.reporting import Target


@click.command(cls=KeepsOptionOrder)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option("-f", "--format", "formats", multiple=True, metavar="FORMAT",
              help="Output format: text, json, sarif, junit, markdown, github, gitlab, html, or "
                   "one a plugin adds. Repeat it to write several reports from one audit.")
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(path_type=Path),
              help="Write the report of the --format just before it to this file (atomically); "
                   "a --format without one goes to standard output.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Configuration file (default: nearest .ccgov.toml or pyproject.toml).")
@click.option("--select", multiple=True, help="Only these rules (ids, names, rule sets, globs).")
@click.option("--ignore", multiple=True, help="Skip these rules (ids, names, rule sets, globs).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Processes for a portfolio (default: the number of cores).")
@click.option("--stdin-filename", type=click.Path(path_type=Path),
              help="With '-': the plan's file name, for messages and its relative documents.")
@click.option("--changed", is_flag=True,
              help="PATHS are changed files (as pre-commit passes them): audit the plans they "
                   "belong to.")
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
    jobs: int | None,
    stdin_filename: Path | None,
    changed: bool,
    waivers_path: Path | None,
    baseline_path: Path | None,
) -> int:
    """Audit plans and report findings.

    PATH is a plan (optionally followed by its separate consultation and change
    documents), '-' for a plan on standard input, or a folder: every plan found
    under it is audited, in parallel, each with its own entry in the report.
    Waived findings never fail the run; with a baseline, only findings it does
    not hold are reported.
    """
    from ccgov.api import Auditor
    from ccgov.cli import startup_done
    from ccgov.config import find_config, load_config
    from ccgov.reporting import render_all, resolve_reporters

    stdin = Path("-") in paths
    if stdin and len(paths) > 1:
        raise click.UsageError("'-' (standard input) cannot be combined with other paths")
    anchor = (stdin_filename or Path.cwd() / "stdin.yaml") if stdin else paths[0]
    config = load_config(config_path or find_config(anchor))
    governance = Governance(*load_governance(config, waivers_path, baseline_path))
    auditor = Auditor(config, select=split_ids(select), ignore=split_ids(ignore), fail_on=fail_on)
    order = click.get_current_context().meta.get("option_order", ())
    targets = resolve_reporters(auditor.host, formats, outputs, sys.stdout, order)
    startup_done()

    if stdin:
        result = governance.apply(auditor.audit(anchor, plan_bytes=sys.stdin.buffer.read()))
        render_all(targets, [result])
        return int(result.exit_code)
    if len(paths) == 1 and not changed and not paths[0].is_dir():
        # One file: audit it as it is, without the portfolio machinery.
        result = governance.apply(auditor.audit(paths[0]))
        render_all(targets, [result])
        return int(result.exit_code)

    from ccgov.portfolio import find_plans, is_plan, plans_for_changed

    if changed:
        owners = plans_for_changed(list(paths))
        if not owners:
            return 0  # nothing ccgov reads changed
        paths = tuple(owners)
    files = [p for p in paths if not p.is_dir()]
    if not any(p.is_dir() for p in paths):
        plans = [p for p in files if not p.exists() or p.suffix.lower() == ".csv" or is_plan(p)]
        if len(plans) <= 1:
            result = governance.apply(auditor.audit(paths[0], list(paths[1:])))
            render_all(targets, [result])
            return int(result.exit_code)
        if len(plans) != len(files):
            raise click.UsageError(
                "several plans were named with separate documents: list each plan's documents "
                "under plan.documents instead"
            )
    found = find_plans(list(paths))
    if not found:
        raise click.UsageError(f"no plans found under {', '.join(map(str, paths))}")
    governance.portfolio = True
    return _audit_all(auditor, found, jobs or os.cpu_count() or 1, targets, governance)


def _audit_all(
    auditor: Auditor, plans: list[Path], jobs: int, targets: list[Target], governance: Governance
) -> int:
    from ccgov.portfolio import iter_portfolio
    from ccgov.reporting import stream_all
    from ccgov.result import worst_exit_code

    # A progress bar only for a person watching a terminal; never in pipes or CI logs.
    if not sys.stderr.isatty():
        outcomes = governance.apply_all(iter_portfolio(auditor, plans, jobs=jobs))
        return worst_exit_code(stream_all(targets, outcomes))
    with click.progressbar(length=len(plans), label="Auditing plans", file=sys.stderr) as bar:
        outcomes = governance.apply_all(iter_portfolio(auditor, plans, jobs=jobs, on_done=bar.update))
        return worst_exit_code(stream_all(targets, outcomes))
