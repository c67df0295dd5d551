"""pytest-bdd steps shared by ccgov's features and by plugins' (``pytest_plugins = ["ccgov.testing.bdd"]``).

A feature starts from a plan folder named by the ``ccgov_base_plan`` fixture
(override it in your ``conftest.py``), edits it in words, audits it, and checks
findings::

    Scenario: An objective without a KPI is not measurable
      Given the compliant plan
      And the plan has no "objectives[0].kpi"
      When the plan is audited
      Then SM001 reports "names no KPI" at "objectives[0].kpi"
      And SM001 reports nothing else
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from ccgov.loading.yaml_reader import parse_yaml
from ccgov.result import AuditResult
from ccgov.testing.workspace import PlanWorkspace


class Scenario:
    """State carried between the steps of one scenario."""

    def __init__(self, workspace: PlanWorkspace) -> None:
        self.workspace = workspace
        self.result: AuditResult | None = None
        self.seen: set[int] = set()

    def findings(self, rule: str) -> list[Any]:
        assert self.result is not None, "audit the plan first ('When the plan is audited')"
        return [f for f in self.result.findings if f.rule_id == rule]


@pytest.fixture
def ccgov_base_plan() -> Path:
    """The plan folder scenarios start from; plugins override this fixture."""
    raise pytest.UsageError("define a ccgov_base_plan fixture returning a plan folder")


def _value(text: str) -> Any:
    """A step's value, read as YAML 1.2 (so `2027-06-30` is text, `12` a number)."""
    data, _ = parse_yaml(f"value: {text}\n".encode(), display="(step)")
    return data["value"]


@given("the compliant plan", target_fixture="scenario")
def compliant_plan(ccgov_base_plan: Path, tmp_path: Path) -> Scenario:
    return Scenario(PlanWorkspace.from_folder(ccgov_base_plan, tmp_path / "plan"))


@given(parsers.re(r'the plan sets "(?P<path>[^"]+)" to (?P<value>.+)'))
def plan_sets(scenario: Scenario, path: str, value: str) -> None:
    scenario.workspace.set(path, _value(value))


@given(parsers.re(r'"(?P<document>[^"]+)" sets "(?P<path>[^"]+)" to (?P<value>.+)'))
def document_sets(scenario: Scenario, document: str, path: str, value: str) -> None:
    scenario.workspace.set(path, _value(value), document)


@given(parsers.re(r'the plan has no "(?P<path>[^"]+)"'))
def plan_removes(scenario: Scenario, path: str) -> None:
    scenario.workspace.remove(path)


@given(parsers.re(r'"(?P<document>[^"]+)" has no "(?P<path>[^"]+)"'))
def document_removes(scenario: Scenario, document: str, path: str) -> None:
    scenario.workspace.remove(path, document)


@given(parsers.re(r'the configuration is:'))
def configuration(scenario: Scenario, docstring: str) -> None:
    scenario.workspace.write(".ccgov.toml", docstring)
    scenario.workspace.config = ".ccgov.toml"


@when("the plan is audited")
def audited(scenario: Scenario) -> None:
    scenario.result = scenario.workspace.audit()


@then(parsers.re(r'(?P<rule>[A-Z][A-Z0-9-]*) reports "(?P<text>[^"]+)" at "(?P<path>[^"]+)"'))
def reports_at(scenario: Scenario, rule: str, text: str, path: str) -> None:
    found = scenario.findings(rule)
    for finding in found:
        if finding.location.path == path and text in finding.message:
            scenario.seen.add(id(finding))
            return
    shown = "\n".join(f"  {f.location.path}: {f.message}" for f in found) or "  (none)"
    raise AssertionError(f"{rule} did not report {text!r} at {path}; it reported:\n{shown}")


@then(parsers.re(r"(?P<rule>[A-Z][A-Z0-9-]*) reports (?P<severity>error|warning|info) "
                 r'"(?P<text>[^"]+)" at "(?P<path>[^"]+)"'))
def reports_severity_at(scenario: Scenario, rule: str, severity: str, text: str, path: str) -> None:
    reports_at(scenario, rule, text, path)
    matching = [f for f in scenario.findings(rule) if id(f) in scenario.seen
                and f.location.path == path and text in f.message]
    assert any(f.severity.value == severity for f in matching), (
        f"{rule} reported {text!r} at {path} but not as {severity}"
    )


@then(parsers.re(r"(?P<rule>[A-Z][A-Z0-9-]*) reports nothing else"))
def nothing_else(scenario: Scenario, rule: str) -> None:
    extra = [f for f in scenario.findings(rule) if id(f) not in scenario.seen]
    assert not extra, f"{rule} also reported: " + json.dumps([f.message for f in extra], indent=1)


@then(parsers.re(r"(?P<rule>[A-Z][A-Z0-9-]*) reports nothing$"))
def nothing(scenario: Scenario, rule: str) -> None:
    found = scenario.findings(rule)
    assert not found, f"{rule} reported: " + json.dumps(
        [f"{f.location.path}: {f.message}" for f in found], indent=1)


@then(parsers.re(r"the exit code is (?P<code>\d+)"))
def exit_code(scenario: Scenario, code: str) -> None:
    assert scenario.result is not None
    assert int(scenario.result.exit_code) == int(code)
