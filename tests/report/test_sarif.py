"""SARIF: valid against the official 2.1.0 schema, within GitHub's limits, readable by sarif-tools."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from ccgov.findings import Severity
from ccgov.report.sarif import SarifReporter, artifact_location
from ccgov.result import AuditResult


@pytest.fixture(scope="module")
def validator(shared_data: Path) -> jsonschema.Draft4Validator:
    schema = json.loads((shared_data / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def sarif(results: list[AuditResult], reporter: SarifReporter | None = None) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((reporter or SarifReporter()).render(results))
    return document


def assert_valid(validator: jsonschema.Draft4Validator, document: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_example_plan_validates_and_describes_every_rule(
    example_result: AuditResult, validator: jsonschema.Draft4Validator
) -> None:
    document = sarif([example_result])
    assert_valid(validator, document)
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(rule.id for rule in example_result.rules)
    sm001 = next(r for r in rules if r["id"] == "SM001")
    assert sm001["helpUri"] == "https://en.wikipedia.org/wiki/SMART_criteria"
    assert sm001["defaultConfiguration"] == {"level": "error"}
    assert sm001["properties"]["tags"][0] == "smart"
    assert "```yaml" in sm001["help"]["markdown"] and "Remediation" in sm001["help"]["text"]
    assert run["invocations"][0]["executionSuccessful"] is True
    assert "security-severity" not in json.dumps(document)


def test_results_carry_github_fields(
    fixture_result: AuditResult, validator: jsonschema.Draft4Validator
) -> None:
    document = sarif([fixture_result])
    assert_valid(validator, document)
    run = document["runs"][0]
    assert run["automationDetails"]["id"] == "ccgov/golden-ops-2027-q1/"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")
    results = {r["ruleId"]: r for r in run["results"]}
    due = results["SM002"]
    location = due["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert location["artifactLocation"]["uri"] == "plan.yaml"  # audited from its folder
    assert location["region"] == {"startLine": 38, "startColumn": 5, "endLine": 38, "endColumn": 6}
    assert due["level"] == "error" and "OBJ2 is due 2027-06-30" in due["message"]["text"]
    finding = next(f for f in fixture_result.findings if f.rule_id == "SM002")
    assert due["partialFingerprints"] == {"ccgov/v1": finding.fingerprint}
    assert run["tool"]["driver"]["rules"][due["ruleIndex"]]["id"] == "SM002"
    # the waived finding is a suppressed result, not a missing one
    waived = results["SM006"]
    assert waived["suppressions"][0]["kind"] == "external"
    assert waived["suppressions"][0]["justification"].startswith("Agreed to run into Q2")
    assert "suppressions" not in due


def test_artifact_uris_are_relative_to_the_run_folder_and_encoded() -> None:
    assert artifact_location("plans/q1 plan.yaml") == {
        "uri": "plans/q1%20plan.yaml", "uriBaseId": "%SRCROOT%"}
    assert artifact_location("/srv/plans/plan.yaml") == {"uri": "file:///srv/plans/plan.yaml"}


def test_too_many_results_are_cut_to_the_most_severe_with_a_notification(
    fixture_result: AuditResult, validator: jsonschema.Draft4Validator
) -> None:
    reporter = SarifReporter()
    reporter.max_results = 1
    document = sarif([fixture_result], reporter)
    assert_valid(validator, document)
    run = document["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["SM002"]  # the only error
    (notice,) = run["invocations"][0]["toolExecutionNotifications"]
    assert notice["level"] == "warning"
    assert notice["message"]["text"].startswith("3 of 4 findings were left out")


def test_a_crashed_rule_is_a_tool_execution_notification(
    fixture_result: AuditResult, validator: jsonschema.Draft4Validator
) -> None:
    from ccgov.engine import internal_finding

    class Ctx:  # just what internal_finding reads
        plan_id = fixture_result.plan_id

        @staticmethod
        def locate(path: tuple[object, ...]) -> Any:
            return fixture_result.findings[0].location

    rule = next(r for r in fixture_result.rules if r.id == "SM007")
    crash = internal_finding(Ctx(), rule, ZeroDivisionError("boom"))  # type: ignore[arg-type]
    crashed = replace(fixture_result, findings=[*fixture_result.findings, crash], crashed=["SM007"])
    document = sarif([crashed])
    assert_valid(validator, document)
    invocation = document["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (notice,) = invocation["toolExecutionNotifications"]
    assert notice["level"] == "error" and notice["associatedRule"] == {"id": "SM007"}
    assert "ZeroDivisionError: boom" in notice["message"]["text"]
    internal = [r for r in document["runs"][0]["results"] if r["ruleId"] == "CCG-INTERNAL"]
    assert len(internal) == 1 and internal[0]["level"] == "error"


def test_a_portfolio_is_one_run_with_each_rule_once(
    fixture_result: AuditResult, example_result: AuditResult,
    validator: jsonschema.Draft4Validator,
) -> None:
    document = sarif([fixture_result, example_result])
    assert_valid(validator, document)
    (run,) = document["runs"]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(ids) == len(set(ids))
    assert run["automationDetails"]["id"] == "ccgov/portfolio/"
    assert {p["id"] for p in run["properties"]["plans"]} == {
        "golden-ops-2027-q1", "leeds-ops-2027-q1"}


def test_info_findings_are_notes(fixture_result: AuditResult) -> None:
    info = [replace(f, severity=Severity.INFO) for f in fixture_result.findings]
    document = sarif([replace(fixture_result, findings=info)])
    assert {r["level"] for r in document["runs"][0]["results"]} == {"note"}


def sarif_summary(tmp_path: Path, result: AuditResult) -> str:
    path = tmp_path / f"{result.plan_id}.sarif"
    path.write_text(SarifReporter().render([result]), encoding="utf-8")
    sarif_cli = shutil.which("sarif", path=str(Path(sys.executable).parent))
    assert sarif_cli, "sarif-tools is in the dev extra: pip install -e '.[dev]'"
    proc = subprocess.run([sarif_cli, "summary", str(path)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_sarif_tools_reads_the_reports(
    tmp_path: Path, example_result: AuditResult, fixture_result: AuditResult
) -> None:
    assert "error: 0" in sarif_summary(tmp_path, example_result)
    summary = sarif_summary(tmp_path, fixture_result)
    # sarif-tools counts suppressed (waived) results too: 2 warnings + 1 waived
    assert "error: 1" in summary and "warning: 3" in summary, summary
    assert "SM002 Objective OBJ2 is due 2027-06-30" in summary
