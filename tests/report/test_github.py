"""GitHub workflow commands: one annotation per unwaived finding, escaped per GitHub's rules."""

from __future__ import annotations

from dataclasses import replace

from ccgov.findings import Location, Severity
from ccgov.report.github import GithubReporter, escape_data, escape_property
from ccgov.result import AuditResult


def test_commands_by_severity_and_waived_left_out(fixture_result: AuditResult) -> None:
    lines = GithubReporter().render([fixture_result]).splitlines()
    assert lines[0] == (
        "::error file=plan.yaml,line=38,col=5,title=SM002 smart.time-bound::Objective OBJ2 is due "
        "2027-06-30, outside the plan period 2027-01-01 to 2027-03-31.%0ARemediation: Add a due "
        "date within the plan period.")
    assert [line.split(" ")[0] for line in lines[:-1]] == ["::error", "::warning", "::warning"]
    assert not any("SM006" in line for line in lines)  # waived
    assert lines[-1].startswith("golden-ops-2027-q1: failed")


def test_info_is_a_notice_and_properties_are_escaped(fixture_result: AuditResult) -> None:
    finding = replace(fixture_result.findings[0], severity=Severity.INFO,
                      message="50% done\r\nnext: line",
                      location=Location("plans/a,b:c.yaml", 3, 7, "x"))
    (line, _) = GithubReporter().render([replace(fixture_result, findings=[finding])]).splitlines()
    assert line.startswith("::notice file=plans/a%2Cb%3Ac.yaml,line=3,col=7,title=")
    assert "::50%25 done%0D%0Anext: line%0A" in line


def test_escaping_rules() -> None:
    assert escape_data("100% a\r\nb: c, d") == "100%25 a%0D%0Ab: c, d"
    assert escape_property("100% a\nb: c, d") == "100%25 a%0Ab%3A c%2C d"


def test_a_plan_that_could_not_be_read_is_annotated_at_its_input_errors() -> None:
    from ccgov.errors import InputIssue
    from ccgov.result import ExitCode, PlanFailure

    failure = PlanFailure("plans/b/plan.yaml", ExitCode.INPUT_ERROR,
                          [InputIssue("plans/b/plan.yaml", 3, 53, "plan.period.end: expected a date")])
    lines = GithubReporter().render([failure]).splitlines()
    assert lines == [
        "::error file=plans/b/plan.yaml,line=3,col=53,title=ccgov input error::"
        "plan.period.end: expected a date",
        "plans/b/plan.yaml: not audited (input-error).",
    ]
