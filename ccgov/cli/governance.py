"""Options and loading shared by the commands that apply waivers and baselines (audit, gate)."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ccgov.result import AuditResult

if TYPE_CHECKING:
    from ccgov.baseline import Baseline
    from ccgov.config import Config
    from ccgov.waivers import WaiverFile

_FILE = click.Path(path_type=Path, dir_okay=False)


def waivers_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--waivers", "waivers_path", type=_FILE,
                        help="Waiver file (default: `waivers` in the configuration).")(function)


def baseline_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--baseline", "baseline_path", type=_FILE,
                        help="Report only findings not in this baseline (default: `baseline` in the "
                             "configuration).")(function)


def load_governance(
    config: Config, waivers_path: Path | None, baseline_path: Path | None
) -> tuple[WaiverFile | None, Baseline | None]:
    """The waiver file and baseline to apply: the command line's, else the configuration's."""
    waivers_file = waivers_path or config.waivers
    baseline_file = baseline_path or config.baseline
    waivers = baseline = None
    if waivers_file is not None:
        from ccgov.waivers import load_waivers

        waivers = load_waivers(waivers_file, limits=config.limits)
    if baseline_file is not None:
        from ccgov.baseline import load_baseline

        baseline = load_baseline(baseline_file, limits=config.limits)
    return waivers, baseline


@dataclass
class Governance:
    """The waivers and baseline that one audit command applies to each of its results."""

    waivers: WaiverFile | None
    baseline: Baseline | None
    #: Several plans in one run: see ``ccgov.gate.govern``.
    portfolio: bool = False

    def apply(self, result: AuditResult) -> AuditResult:
        if self.waivers is None and self.baseline is None:
            return result
        from ccgov.gate import govern
        from ccgov.waivers import run_date

        govern(result, waivers=self.waivers, baseline=self.baseline, today=run_date(),
               portfolio=self.portfolio)
        if self.baseline is not None and result.baselined is not None:
            # NOTE: on stderr, so that the report on stdout stays exactly its format.
            known = len(result.baselined)
            click.echo(f"ccgov: {result.plan_id}: {known} known finding{'s' if known != 1 else ''} "
                       f"left out (baseline {self.baseline.display})", err=True)
        return result

    def apply_all(self, outcomes: Iterable[Any]) -> Iterator[Any]:
        """Each audit result of a stream, governed; plans that failed to load pass through."""
        for outcome in outcomes:
            yield self.apply(outcome) if isinstance(outcome, AuditResult) else outcome


def default_actor() -> str:
    """Who runs a command: ``$CCGOV_ACTOR`` (set it in CI), else the login name."""
    configured = os.environ.get("CCGOV_ACTOR")
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # a container user with no passwd entry
        return "unknown"
