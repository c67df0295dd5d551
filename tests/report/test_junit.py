"""JUnit: one test case per rule and plan, failed when the rule has unwaived findings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from junitparser import Error, Failure, JUnitXml, Skipped

from ccgov.report.junit import JunitReporter
from ccgov.result import AuditResult


def parse(tmp_path: Path, results: list[AuditResult]) -> Any:
    path = tmp_path / "report.xml"
    path.write_text(JunitReporter().render(results), encoding="utf-8")
    return JUnitXml.fromfile(str(path))


def test_counts_and_failures(tmp_path: Path, fixture_result: AuditResult) -> None:
    xml = parse(tmp_path, [fixture_result])
    (suite,) = list(xml)
    cases = {case.name: case for case in suite}
    assert len(cases) == len(fixture_result.rules) == suite.tests == xml.tests
    failed = {name for name, case in cases.items() if any(isinstance(r, Failure) for r in case.result)}
    # SM006's only finding is waived: it passes
    assert failed == {"CCG001 core.unknown-key", "SM002 smart.time-bound", "SM003 smart.assignable"}
    assert suite.failures == xml.failures == 3 and suite.errors == 0 and suite.skipped == 0
    assert not any(isinstance(r, Skipped) for case in cases.values() for r in case.result)
    assert {case.classname for case in cases.values()} == {"golden-ops-2027-q1"}
    (failure,) = cases["SM002 smart.time-bound"].result
    assert failure.type == "error"
    assert failure.message.startswith("1 finding: Objective OBJ2 is due 2027-06-30")
    assert "plan.yaml:38:5  ERROR  SM002  Objective OBJ2 is due 2027-06-30" in failure.text
    assert "Remediation: Add a due date within the plan period." in failure.text
    assert "waived by Compliance officer" in (cases["SM006 smart.operational-not-strategic"].system_out or "")


def test_info_findings_are_advice_unless_they_fail_the_audit(
    tmp_path: Path, example_result: AuditResult
) -> None:
    info = [f for f in example_result.findings if f.severity.value == "info"]
    assert info and example_result.outcome == "pass"
    xml = parse(tmp_path, [example_result])
    assert xml.tests == len(example_result.rules) and xml.failures == 0 and xml.errors == 0
    (suite,) = list(xml)
    advice = {case.name.split()[0]: case.system_out for case in suite if case.system_out}
    assert set(advice) == {f.rule_id for f in info}
    assert info[0].message in advice[info[0].rule_id]
    strict = parse(tmp_path, [replace(example_result, fail_on="info")])
    assert strict.failures == len({f.rule_id for f in info})


def test_a_crashed_rule_is_an_error_case(tmp_path: Path, fixture_result: AuditResult) -> None:
    from ccgov.engine import internal_finding

    rule = next(r for r in fixture_result.rules if r.id == "SM007")

    class Ctx:
        plan_id = fixture_result.plan_id

        @staticmethod
        def locate(path: tuple[object, ...]) -> Any:
            return fixture_result.findings[0].location

    crash = internal_finding(Ctx(), rule, KeyError("queue"))  # type: ignore[arg-type]
    xml = parse(tmp_path, [replace(fixture_result, findings=[*fixture_result.findings, crash],
                                   crashed=["SM007"])])
    (suite,) = list(xml)
    case = next(c for c in suite if c.name == "SM007 smart.realistic")
    (error,) = case.result
    assert isinstance(error, Error) and "KeyError" in error.message
    assert suite.errors == 1 and suite.tests == len(fixture_result.rules)


def test_a_portfolio_has_a_suite_per_plan_and_unique_names(
    tmp_path: Path, fixture_result: AuditResult, example_result: AuditResult
) -> None:
    xml = parse(tmp_path, [fixture_result, example_result])
    suites = list(xml)
    assert [s.name for s in suites] == ["golden-ops-2027-q1", "leeds-ops-2027-q1"]
    assert xml.tests == sum(s.tests for s in suites) and xml.failures == 3  # the example passes
    keys = [(case.classname, case.name) for suite in suites for case in suite]
    assert len(keys) == len(set(keys))


def test_characters_xml_cannot_carry_are_replaced(tmp_path: Path, fixture_result: AuditResult) -> None:
    findings = [replace(f, message=f.message + "\x07bell") for f in fixture_result.findings]
    xml = parse(tmp_path, [replace(fixture_result, findings=findings)])
    assert xml.failures == 3
