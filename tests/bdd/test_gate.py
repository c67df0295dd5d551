"""The pre-approval gate: features/gate/*.feature, on an SQLite and a PostgreSQL register."""

from __future__ import annotations

import json
import types
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when
from register_support import BACKENDS, empty_url, open_register, postgres, upgraded

from ccgov.api import Auditor
from ccgov.baseline import Baseline, baseline_json, load_baseline
from ccgov.config import load_config
from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.gate import GateRun, run_gate
from ccgov.plugin import hookimpl
from ccgov.plugin.manager import PluginHost
from ccgov.policy import Policy, load_policy
from ccgov.register.chain import append, verify
from ccgov.register.history import history
from ccgov.rules.base import Rule
from ccgov.testing.bdd import Scenario
from ccgov.waivers import WaiverFile, load_waivers

scenarios("gate")

__all__ = ["postgres"]  # the PostgreSQL schemas fixture, used through `gate`


class Crashes(Rule):
    """A rule with a bug: it raises on every plan."""

    id = "ZZ901"
    name = "crashy.crashes"
    ruleset = "crashy"
    severity = Severity.ERROR
    title = "Crashes"
    remediation = "Fix the rule."

    def check(self, ctx: AuditContext) -> Iterable[Finding]:
        raise ZeroDivisionError("boom")


@dataclass
class GateState:
    """What a gate scenario sets up beside the plan, and what the gate did."""

    url: str
    policy: Policy = field(default_factory=Policy)
    waivers: WaiverFile | None = None
    baseline: Baseline | None = None
    today: date = date(2027, 2, 1)
    crashing_rule: bool = False
    run: GateRun | None = None


@pytest.fixture(autouse=True, params=BACKENDS)
def gate(request: pytest.FixtureRequest, tmp_path: Path) -> GateState:
    """Every scenario runs once against each backend's register."""
    return GateState(upgraded(empty_url(request.param, request, tmp_path / "db")))


def _config(scenario: Scenario) -> Any:
    root = scenario.workspace.root
    path = root / (scenario.workspace.config or ".ccgov.toml")
    if not path.exists():
        path.write_text("", encoding="utf-8")
    return load_config(path)


@given("the default gate policy")
def default_policy(gate: GateState) -> None:
    gate.policy = Policy()


@given("the gate policy:")
def policy_file(scenario: Scenario, gate: GateState, docstring: str) -> None:
    gate.policy = load_policy(scenario.workspace.write("policy.yaml", docstring + "\n"))


@given("the waivers:")
def waivers_file(scenario: Scenario, gate: GateState, docstring: str) -> None:
    gate.waivers = load_waivers(scenario.workspace.write("waivers.yaml", docstring + "\n"))


@given(parsers.parse("today is {day}"))
def today_is(gate: GateState, day: str) -> None:
    gate.today = date.fromisoformat(day)


@given("a rule that crashes is installed")
def crashing_rule(gate: GateState) -> None:
    gate.crashing_rule = True


@given("a baseline of the plan's current findings")
def baseline_now(scenario: Scenario, gate: GateState) -> None:
    result = Auditor(_config(scenario)).audit(scenario.workspace.root / "plan.yaml")
    data = baseline_json(result, datetime(2027, 1, 4, tzinfo=UTC))
    gate.baseline = load_baseline(scenario.workspace.write("baseline.json", json.dumps(data, indent=2)))


@given("the plan's objectives are reordered and the file reformatted")
def reorder(scenario: Scenario) -> None:
    data = scenario.workspace.data()
    data["objectives"].reverse()
    scenario.workspace.write("plan.yaml", "# reformatted\n\n" + json.dumps(data, indent=3))


@when("the plan goes through the gate")
def through_the_gate(scenario: Scenario, gate: GateState) -> None:
    host = None
    if gate.crashing_rule:
        plugin = types.ModuleType("crashy")
        plugin.ccgov_get_rules = hookimpl(lambda: [Crashes])  # type: ignore[attr-defined]
        host = PluginHost(autoload=False)
        host.register(plugin, "crashy", "crashy", "0.1.0")
    auditor = Auditor(_config(scenario), fail_on=gate.policy.fail_on, host=host)
    gate.run = run_gate(
        auditor, scenario.workspace.root / "plan.yaml", policy=gate.policy, waivers=gate.waivers,
        baseline=gate.baseline, today=gate.today, actor="bdd", now=datetime(2027, 1, 4, 8, tzinfo=UTC),
    )
    register = open_register(gate.url)
    try:
        body = gate.run.body
        append(register, lambda _conn: body)
    finally:
        register.close()
    scenario.result = gate.run.result


@then("the gate approves the plan")
def approves(gate: GateState) -> None:
    assert gate.run is not None
    assert gate.run.decision.approved, gate.run.decision.reasons
    assert gate.run.body["decision"] == "approved"


@then(parsers.parse('the gate denies the plan because "{reason}"'))
def denies(gate: GateState, reason: str) -> None:
    assert gate.run is not None
    assert not gate.run.decision.approved
    assert reason in gate.run.decision.reasons, gate.run.decision.reasons
    assert gate.run.body["decision"] == "denied" and reason in gate.run.body["reasons"]


@then(parsers.parse("the register holds {count:d} record, {decision}, and its chain verifies"))
def recorded(gate: GateState, count: int, decision: str) -> None:
    register = open_register(gate.url)
    try:
        records = history(register)
        checked = verify(register)
    finally:
        register.close()
    assert checked.intact and checked.records == count
    assert [r.body["decision"] for r in records] == [decision] * count


@then(parsers.parse('the finding of {rule} at "{path}" is waived by "{approver}"'))
def waived_by(scenario: Scenario, rule: str, path: str, approver: str) -> None:
    found = [f for f in scenario.findings(rule) if f.location.path == path]
    assert found and all(f.waived is not None and f.waived.by == approver for f in found), found
