"""Waivers: validated files, what a target covers, expiry, unmatched and non-waivable waivers."""

from __future__ import annotations

import json
import textwrap
from datetime import date
from pathlib import Path

import pytest

from ccgov.cli import run
from ccgov.errors import InputError
from ccgov.findings import Finding, Location, Severity
from ccgov.result import AuditResult
from ccgov.testing.workspace import PlanWorkspace
from ccgov.waivers import WaiverEntry, apply_waivers, covers, load_waivers

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "leeds-ops"
TODAY = date(2027, 2, 1)


def workspace(tmp_path: Path, *removed: str) -> PlanWorkspace:
    space = PlanWorkspace.from_folder(EXAMPLE, tmp_path / "plan")
    for path in removed:
        space.remove(path)
    return space


def waiver_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "waivers.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def one_waiver(
    rule: str = "SM001", target: str = "OBJ1", expires: str = "2027-03-31", extra: str = ""
) -> str:
    return f"""\
        waivers:
          - rule: {rule}
            target: "{target}"
            justification: KPI agreed with finance in January.
            owner: P. Shah
            approved_by: J. Okafor, Head of Operations
            expires: {expires}
        {extra}"""


@pytest.fixture
def missing_kpi(tmp_path: Path) -> AuditResult:
    """The example plan with objective OBJ1's KPI removed: one SM001 error (SMART rules only)."""
    result = workspace(tmp_path, "objectives[0].kpi").audit(select=["smart"])
    assert [f.rule_id for f in result.findings] == ["SM001"]
    return result


def test_a_valid_file_is_read(tmp_path: Path) -> None:
    waivers = load_waivers(waiver_file(tmp_path, one_waiver(extra="    plan: leeds-ops-2027-q1")))
    (entry,) = waivers.entries
    assert (entry.rule, entry.target, entry.expires, entry.plan) == (
        "SM001", "OBJ1", date(2027, 3, 31), "leeds-ops-2027-q1")
    assert entry.approved_by == "J. Okafor, Head of Operations"


def test_every_mistake_is_reported_with_its_place(tmp_path: Path) -> None:
    path = waiver_file(tmp_path, """\
        waivers:
          - rule: SM001
            target: OBJ1
            justification: ""
            owner: P. Shah
            expires: 2027-02-30
          - rule: 12
            target: OBJ2
            justification: x
            owner: y
            aproved_by: z
            expires: soon
        """)
    with pytest.raises(InputError) as raised:
        load_waivers(path)
    issues = {(i.line, i.column, i.message) for i in raised.value.issues}
    assert (2, 5, "waivers[0].approved_by: required field") in issues
    assert (4, 5, "waivers[0].justification: empty values not allowed") in issues
    assert (7, 5, "waivers[1].rule: must be of string type") in issues
    assert (11, 5, "waivers[1].aproved_by: unknown field") in issues


def test_a_date_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        load_waivers(waiver_file(tmp_path, one_waiver(expires="2027-02-30")))
    (issue,) = raised.value.issues
    assert (issue.line, issue.column) == (7, 5)
    assert "'2027-02-30' is not a date" in issue.message


def test_a_bad_waiver_file_makes_audit_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    space = workspace(tmp_path)
    path = waiver_file(tmp_path, "waivers:\n  - rule: SM001\n")
    assert run(["audit", str(space.root / "plan.yaml"), "--waivers", str(path)]) == 2
    assert f"{path}:2:5: waivers[0].target: required field" in capsys.readouterr().err


@pytest.mark.parametrize("target", [
    "objectives[OBJ1].kpi",  # the semantic target, as in the fingerprint
    "objectives[OBJ1]",      # a node above it
    "objectives[0].kpi",     # the in-document path, as reports show it
    "OBJ1",                  # an id
])
def test_what_a_target_covers(missing_kpi: AuditResult, target: str) -> None:
    (finding,) = missing_kpi.findings
    assert covers(entry("SM001", target), finding)
    assert covers(entry("smart.measurable", target), finding)  # the rule's name works too
    assert not covers(entry("SM002", target), finding)


@pytest.mark.parametrize("target", ["OBJ2", "objectives[OBJ1].kp", "objectives[1]", "BJ1"])
def test_what_a_target_does_not_cover(missing_kpi: AuditResult, target: str) -> None:
    (finding,) = missing_kpi.findings
    assert not covers(entry("SM001", target), finding)


def test_a_fingerprint_covers_its_finding(missing_kpi: AuditResult) -> None:
    (finding,) = missing_kpi.findings
    assert covers(entry("SM001", finding.fingerprint), finding)
    assert not covers(entry("SM001", "0" * 32), finding)


def test_a_waived_finding_never_fails_the_run(tmp_path: Path, missing_kpi: AuditResult) -> None:
    assert missing_kpi.failed
    outcomes = apply_waivers(missing_kpi, load_waivers(waiver_file(tmp_path, one_waiver())), today=TODAY)
    assert [o.status for o in outcomes] == ["applied"]
    (finding,) = missing_kpi.findings
    assert finding.waived is not None
    assert finding.waived.by == "J. Okafor, Head of Operations"
    assert finding.waived.expires == "2027-03-31"
    assert not missing_kpi.failed and missing_kpi.summary()["waived"] == 1


@pytest.mark.parametrize(("today", "applies"), [(date(2027, 3, 31), True), (date(2027, 4, 1), False)])
def test_a_waiver_applies_up_to_and_including_its_expiry_date(
    tmp_path: Path, missing_kpi: AuditResult, today: date, applies: bool
) -> None:
    path = waiver_file(tmp_path, one_waiver())
    apply_waivers(missing_kpi, load_waivers(path), today=today)
    kpi = next(f for f in missing_kpi.findings if f.rule_id == "SM001")
    assert (kpi.waived is not None) == applies
    assert missing_kpi.failed != applies
    expired = [f for f in missing_kpi.findings if f.rule_id == "CCG003"]
    if applies:
        assert not expired
        return
    (report,) = expired
    assert report.severity == Severity.WARNING
    assert report.message == ("Waiver of SM001 for OBJ1 expired on 2027-03-31; the finding it covered "
                              "counts again.")
    assert report.location == Location(str(path), 7, 5, "waivers[0].expires")


def test_a_waiver_that_matches_nothing_is_reported(tmp_path: Path, missing_kpi: AuditResult) -> None:
    path = waiver_file(tmp_path, one_waiver(target="OBJ9"))
    outcomes = apply_waivers(missing_kpi, load_waivers(path), today=TODAY)
    assert [o.status for o in outcomes] == ["unmatched"]
    (report,) = [f for f in missing_kpi.findings if f.rule_id == "CCG004"]
    assert report.message == "Waiver of SM001 for OBJ9 matches no finding of plan leeds-ops-2027-q1."
    assert (report.location.line, report.location.path) == (3, "waivers[0].target")
    assert missing_kpi.failed  # the SM001 error was not waived
    assert any(rule.id == "CCG004" for rule in missing_kpi.rules)  # its metadata reaches SARIF & co.


@pytest.mark.parametrize("pattern", ["SM001", "smart.measurable", "smart", "SM00*"])
def test_a_non_waivable_rule_is_not_waived(tmp_path: Path, missing_kpi: AuditResult, pattern: str) -> None:
    path = waiver_file(tmp_path, one_waiver())
    outcomes = apply_waivers(missing_kpi, load_waivers(path), today=TODAY, never_waivable=[pattern])
    assert [o.status for o in outcomes] == ["refused"]
    kpi = next(f for f in missing_kpi.findings if f.rule_id == "SM001")
    assert kpi.waived is None
    (report,) = [f for f in missing_kpi.findings if f.rule_id == "CCG005"]
    assert report.severity == Severity.ERROR
    assert "never allows SM001 to be waived" in report.message
    assert report.location.path == "waivers[0].rule"


def test_a_waiver_for_another_plan_is_left_alone(tmp_path: Path, missing_kpi: AuditResult) -> None:
    path = waiver_file(tmp_path, one_waiver(extra="    plan: york-ops-2027-q1"))
    outcomes = apply_waivers(missing_kpi, load_waivers(path), today=TODAY)
    assert [o.status for o in outcomes] == ["other-plan"]
    assert [f.rule_id for f in missing_kpi.findings] == ["SM001"] and missing_kpi.failed


def test_a_crashed_rule_can_never_be_waived(tmp_path: Path) -> None:
    crash = Finding("CCG-INTERNAL", "core.internal-error", "core", Severity.ERROR, "Rule ZZ001 crashed.",
                    Location("plan.yaml", 1, 1, "ccgov"), "", (), "f" * 32, target="ZZ001")
    result = AuditResult("p", 1, [], {}, [], [crash], crashed=["ZZ001"])
    path = waiver_file(tmp_path, one_waiver(rule="CCG-INTERNAL", target="ZZ001"))
    outcomes = apply_waivers(result, load_waivers(path), today=TODAY)
    assert [o.status for o in outcomes] == ["unmatched"]
    assert result.findings[0].waived is None and result.exit_code == 3


def test_audit_applies_the_configured_waivers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    space = workspace(tmp_path, "objectives[0].kpi")
    waiver_file(space.root, one_waiver(expires="2999-12-31"))
    space.write(".ccgov.toml", 'waivers = "waivers.yaml"\nselect = ["smart"]\n')
    assert run(["audit", str(space.root / "plan.yaml"), "-f", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"] == {"error": 0, "warning": 0, "info": 0, "waived": 1}
    assert report["findings"][0]["waived"]["reason"] == "KPI agreed with finance in January."


def test_audit_reports_an_expired_waiver_and_fails_again(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    space = workspace(tmp_path, "objectives[0].kpi")
    path = waiver_file(tmp_path, one_waiver(expires="2000-01-31"))
    assert run(["audit", str(space.root / "plan.yaml"), "--waivers", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:7:5  WARNING  CCG003  Waiver of SM001 for OBJ1 expired on 2000-01-31" in out
    assert "SM001  Objective OBJ1 names no KPI" in out


def entry(rule: str, target: str) -> WaiverEntry:
    return WaiverEntry(0, rule, target, "why", "owner", "approver", date(2027, 3, 31))


def test_in_a_folder_of_plans_only_waivers_scoped_to_a_plan_are_reported_unmatched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace(tmp_path / "plans", "objectives[0].kpi")  # Leeds, in plans/plan
    york = PlanWorkspace.from_folder(EXAMPLE, tmp_path / "plans" / "york")
    for name in ("plan.yaml", "consultations.yaml", "changes.yaml"):
        york.write(name, (york.root / name).read_text().replace("leeds-ops-2027-q1", "york-ops-2027-q1"))
    path = waiver_file(tmp_path, one_waiver(expires="2999-12-31") + """
          - {rule: SM003, target: OBJ9, justification: x, owner: y, approved_by: z, expires: 2999-12-31,
             plan: york-ops-2027-q1}
        """)
    (tmp_path / "plans" / ".ccgov.toml").write_text('select = ["smart"]\n')
    assert run(["audit", str(tmp_path / "plans"), "--waivers", str(path), "-f", "json", "-j", "1"]) == 0
    plans = {p["plan"]["id"]: p for p in json.loads(capsys.readouterr().out)["plans"]}
    assert [(f["rule_id"], "waived" in f) for f in plans["leeds-ops-2027-q1"]["findings"]] == [
        ("SM001", True)]
    # The unscoped SM001 waiver is Leeds'; York hears only about its own waiver.
    assert [(f["rule_id"], f["location"]["path"]) for f in plans["york-ops-2027-q1"]["findings"]] == [
        ("CCG004", "waivers[1].target")]
