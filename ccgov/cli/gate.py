"""``ccgov gate``: audit a plan, approve or deny it under a policy, and record the decision.

Exit codes: 0 approved (and recorded), 1 denied, 2 bad input or usage, 3 an
internal error (a rule or plugin crashed, or the register cannot be used).
Nothing but a recorded approval exits 0.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ccgov.cli.governance import baseline_option, default_actor, load_governance, waivers_option
from ccgov.gate import GateRun
from ccgov.result import ExitCode


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--policy", "policy_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Gate policy (YAML); default: deny on any unwaived error.")
@waivers_option
@baseline_option
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Configuration file (default: nearest .ccgov.toml or pyproject.toml).")
@click.option("--db", "db_url", metavar="URL",
              help="Register database (default: $CCGOV_DATABASE_URL, else the per-user SQLite file).")
@click.option("--actor", help="Who runs the gate (default: $CCGOV_ACTOR, else the login name).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="Output: the report and the decision as text, or one JSON object.")
@click.option("--changed", is_flag=True,
              help="PATHS are changed files (as pre-commit passes them): gate each plan they "
                   "belong to.")
def gate(
    paths: tuple[Path, ...],
    policy_path: Path | None,
    waivers_path: Path | None,
    baseline_path: Path | None,
    config_path: Path | None,
    db_url: str | None,
    actor: str | None,
    fmt: str,
    changed: bool,
) -> int:
    """Audit PATH under the gate policy, decide approve or deny, and append the decision to the register."""
    from ccgov.api import Auditor
    from ccgov.config import find_config, load_config
    from ccgov.gate import run_gate, utc_now
    from ccgov.policy import Policy, load_policy
    from ccgov.register.chain import append
    from ccgov.register.engine import Register
    from ccgov.waivers import run_date

    plans: list[tuple[Path, list[Path]]] = [(paths[0], list(paths[1:]))]
    if changed:
        from ccgov.portfolio import plans_for_changed

        plans = [(plan, []) for plan in plans_for_changed(list(paths))]
        if not plans:
            return ExitCode.OK  # nothing ccgov reads changed
    config = load_config(config_path or find_config(plans[0][0]))
    policy = load_policy(policy_path, limits=config.limits) if policy_path else Policy()
    waivers, baseline = load_governance(config, waivers_path, baseline_path)
    # Opened before the audit: a register that cannot record fails fast, and
    # an approval that cannot be recorded is never given.
    register = Register.open(db_url)
    codes = []
    try:
        auditor = Auditor(config, fail_on=policy.fail_on)
        for plan_path, extra in plans:
            run = run_gate(auditor, plan_path, extra, policy=policy, waivers=waivers,
                           baseline=baseline, today=run_date(), actor=actor or default_actor(),
                           now=utc_now())
            record = append(register, _fixed(run.body))
            _show(run, record.seq, record.hash, register.describe(), fmt)
            if run.result.crashed:
                codes.append(ExitCode.INTERNAL_ERROR)
            else:
                codes.append(ExitCode.OK if run.decision.approved else ExitCode.FINDINGS)
    finally:
        register.close()
    return max(codes)


def _fixed(body: dict[str, Any]) -> Callable[[Any], dict[str, Any]]:
    """A record builder for a body decided before the chain lock is taken."""
    return lambda _connection: body


def _show(run: GateRun, seq: int, digest: str, where: str, fmt: str) -> None:
    if fmt == "json":
        output = {
            "decision": run.decision.label, "reasons": run.decision.reasons,
            "record": {"seq": seq, "hash": digest, "register": where},
            "waivers": [outcome.to_json() for outcome in run.waivers],
            "report": run.result.to_json(),
        }
        click.echo(json.dumps(output, indent=2, ensure_ascii=False))
    else:
        click.echo(_text(run, seq, digest), nl=False)


def _text(run: GateRun, seq: int, digest: str) -> str:
    from ccgov.cli import use_color
    from ccgov.report.text import TextReporter

    result = run.result
    lines = [TextReporter(color=use_color(sys.stdout)).render([result]).rstrip("\n")]
    version = f" version {result.plan_version}" if result.plan_version is not None else ""
    baselined = len(result.baselined or [])
    extra = f", {baselined} baselined" if result.baselined is not None else ""
    lines.append(f"gate: {run.decision.label.upper()} {result.plan_id}{version}{extra}")
    lines.extend(f"  - {reason}" for reason in run.decision.reasons)
    lines.append(f"recorded as record {seq} ({digest})")
    return "\n".join(lines) + "\n"
