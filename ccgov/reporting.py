"""Pairs formats with destinations and renders each once per run."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ccgov.output import AtomicFile, write_atomic, write_stdout
from ccgov.report import BUILTIN_FORMATS, Reporter, builtin_reporter
from ccgov.result import PlanFailure

if TYPE_CHECKING:
    from ccgov.plugin.manager import PluginHost
    from ccgov.result import AuditResult


@dataclass
class Target:
    reporter: Reporter
    path: Path | None  # None: standard output


def available_formats(host: PluginHost) -> dict[str, Any]:
    formats: dict[str, Any] = dict(BUILTIN_FORMATS)
    for name, reporter in host.report_formats().items():
        if name in formats:
            raise click.UsageError(f"a plugin redefines the built-in format {name!r}")
        formats[name] = reporter
    return formats


def resolve_reporters(
    host: PluginHost, formats: Sequence[str], outputs: Sequence[Path], stdout: Any
) -> list[Target]:
    """``-f json -o a.json -f sarif -o b.sarif``: pair formats and outputs in order."""
    from ccgov.cli import use_color

    names = list(formats) or ["text"]
    if len(outputs) > len(names):
        raise click.UsageError("more --output than --format options")
    known = available_formats(host)
    targets = []
    to_stdout = 0
    for index, name in enumerate(names):
        if name not in known:
            raise click.UsageError(
                f"unknown format {name!r}; choose from {', '.join(sorted(known))}"
            )
        path = outputs[index] if index < len(outputs) else None
        to_stdout += path is None
        factory = known[name]
        cls = builtin_reporter(name) if isinstance(factory, str) else factory
        targets.append(Target(cls(color=path is None and name == "text" and use_color(stdout)), path))
    if to_stdout > 1:
        raise click.UsageError("only one --format can go to standard output; add --output")
    return targets


def render_all(targets: Sequence[Target], results: Sequence[AuditResult | PlanFailure]) -> None:
    """Render every target from the same results: the plans are audited once."""
    audited = [r for r in results if not isinstance(r, PlanFailure)]
    for target in targets:
        shown = results if target.reporter.handles_failures else audited
        text = target.reporter.render(shown)  # type: ignore[arg-type]
        if target.path is None:
            write_stdout(text)
        else:
            write_atomic(target.path, text)


def stream_all(
    targets: Sequence[Target], outcomes: Iterable[AuditResult | PlanFailure]
) -> list[int]:
    """Report a portfolio plan by plan to every target; return each plan's exit code.

    Nothing of a plan is kept once every target has it (unless a format needs all
    plans at once), so memory stays flat as the portfolio grows. Files appear
    only when complete.
    """
    files = [AtomicFile(t.path) if t.path is not None else None for t in targets]
    codes: list[int] = []
    try:
        for target, handle in zip(targets, files, strict=True):
            target.reporter.start(handle.write if handle else write_stdout)
        for outcome in outcomes:
            codes.append(int(outcome.exit_code))
            for target in targets:
                if target.reporter.handles_failures or not isinstance(outcome, PlanFailure):
                    target.reporter.add(outcome)
        for target in targets:
            target.reporter.finish()
    except BaseException:
        for handle in files:
            if handle:
                handle.discard()
        raise
    for handle in files:
        if handle:
            handle.commit()
    return codes
