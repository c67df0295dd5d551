"""Runs rules one at a time over an ``AuditContext``; a crashing rule becomes ``CCG-INTERNAL``."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity, fingerprint
from ccgov.registry import ActiveRule
from ccgov.rules.base import Rule

INTERNAL_ID = "CCG-INTERNAL"


def run_rules(ctx: AuditContext, active: Sequence[ActiveRule]) -> tuple[list[Finding], list[str]]:
    """All findings, sorted by place, and the ids of the rules that crashed."""
    findings: list[Finding] = []
    crashed: list[str] = []
    for item in active:
        try:
            produced = list(item.rule.check(ctx))
        except Exception as exc:  # any rule bug must be reported, never abort the audit
            crashed.append(item.rule.id)
            findings.append(internal_finding(ctx, item.rule, exc))
            continue
        if item.severity_override is not None:
            produced = [f.with_severity(item.severity_override) for f in produced]
        findings.extend(produced)
    findings.sort(key=lambda f: f.sort_key)
    return findings, crashed


def internal_finding(ctx: AuditContext, rule: Rule, exc: BaseException) -> Finding:
    """An error finding naming the rule and plugin that crashed (no traceback in reports)."""
    return Finding(
        rule_id=INTERNAL_ID,
        rule_name="core.internal-error",
        ruleset="core",
        severity=Severity.ERROR,
        message=(
            f"Rule {rule.id} ({rule.name}) from plugin {rule.plugin} {rule.plugin_version} "
            f"crashed with {type(exc).__name__}: {exc}. Its checks did not run."
        ),
        location=ctx.locate(()),
        remediation=(
            "Report this to the plugin's maintainers; disable the rule or plugin only with the "
            "approval of the rule's owner, since the plan was not checked by it."
        ),
        references=(),
        fingerprint=fingerprint(INTERNAL_ID, ctx.plan_id, rule.id),
        target=rule.id,
    )
