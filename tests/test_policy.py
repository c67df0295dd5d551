"""The gate policy: a validated file, and every reason the gate gives for a denial."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccgov.errors import InputError
from ccgov.findings import Finding, Location, Severity, Waiver
from ccgov.policy import Policy, decide, load_policy
from ccgov.result import AuditResult

INSTALLED = {"core": ["CCG001", "CCG002"], "smart": ["SM001", "SM002", "SM003"]}
ALL = [rule for rules in INSTALLED.values() for rule in rules]


def finding(rule: str, severity: Severity, waived: bool = False) -> Finding:
    return Finding(rule, f"x.{rule.lower()}", "smart", severity, "m", Location("plan.yaml", 1, 1, "p"),
                   "", (), rule.lower().ljust(32, "0"), Waiver("b", "r") if waived else None)


def result(*findings: Finding, crashed: tuple[str, ...] = ()) -> AuditResult:
    return AuditResult("p", 1, [], {}, [], list(findings), crashed=list(crashed))


def test_a_policy_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("fail_on: warning\nrequired_rulesets: [core, smart]\nnever_waivable: [SM001]\n"
                    "max_active_waivers: 2\n")
    policy = load_policy(path)
    assert policy.fail_on == "warning" and policy.required_rulesets == ("core", "smart")
    assert policy.never_waivable == ("SM001",) and policy.max_active_waivers == 2
    assert policy.source == str(path) and policy.sha256 and len(policy.sha256) == 64


def test_policy_mistakes_are_located(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("fail_on: sometimes\nrequired_rulesets: smart\nmax_active_waivers: -1\nwaivers: 3\n")
    with pytest.raises(InputError) as raised:
        load_policy(path)
    issues = {(i.line, i.message) for i in raised.value.issues}
    assert issues == {
        (1, "fail_on: unallowed value sometimes"),
        (2, "required_rulesets: must be of list type"),
        (3, "max_active_waivers: min value is 0"),
        (4, "waivers: unknown field"),
    }


def test_the_default_policy_denies_only_unwaived_errors() -> None:
    clean = result(finding("SM003", Severity.WARNING), finding("SM001", Severity.ERROR, waived=True))
    assert decide(clean, Policy(), installed=INSTALLED, ran=ALL, active_waivers=1).approved
    failing = result(finding("SM001", Severity.ERROR), finding("SM001", Severity.ERROR),
                     finding("SM002", Severity.ERROR))
    decision = decide(failing, Policy(), installed=INSTALLED, ran=ALL, active_waivers=0)
    assert not decision.approved
    assert decision.reasons == ["3 unwaived findings at or above error (SM001 ×2, SM002)"]


def test_fail_on_sets_the_threshold() -> None:
    warned = result(finding("SM003", Severity.WARNING))
    assert not decide(warned, Policy(fail_on="warning"), installed=INSTALLED, ran=ALL,
                      active_waivers=0).approved
    errors = result(finding("SM001", Severity.ERROR))
    assert decide(errors, Policy(fail_on="never"), installed=INSTALLED, ran=ALL, active_waivers=0).approved


def test_a_crash_always_denies_even_when_nothing_fails() -> None:
    crashed = result(crashed=("ZZ001",))
    decision = decide(crashed, Policy(fail_on="never"), installed=INSTALLED, ran=ALL, active_waivers=0)
    assert not decision.approved
    assert decision.reasons == ["internal error: ZZ001 crashed, so the plan was not fully checked"]


def test_required_rule_sets_must_be_installed_and_run_in_full() -> None:
    policy = Policy(required_rulesets=("smart", "data-protection"))
    ran = [rule for rule in ALL if rule not in ("SM002", "SM003")]
    decision = decide(result(), policy, installed=INSTALLED, ran=ran, active_waivers=0)
    assert decision.reasons == [
        "required rule set smart did not run in full: SM002 and SM003 were switched off",
        "required rule set data-protection is not installed, so it did not run",
    ]


def test_too_many_waivers_in_force_deny() -> None:
    policy = Policy(max_active_waivers=1)
    assert decide(result(), policy, installed=INSTALLED, ran=ALL, active_waivers=1).approved
    decision = decide(result(), policy, installed=INSTALLED, ran=ALL, active_waivers=2)
    assert decision.reasons == ["2 waivers are in force, the policy allows at most 1"]
