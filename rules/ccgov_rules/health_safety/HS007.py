"""HS007: the risk assessment is current, reviewed for working-pattern changes, with a written policy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.health_safety.common import HS, HSWA_2, MHSWR_3, health_safety, months_before


class RiskAssessment(Rule):
    """The health and safety risk assessment has a reference and was reviewed within 12 months
    before the plan starts; it is reviewed again before any change to working patterns; and
    a department of 5 or more employees has a written health and safety policy.

    ``compliance.health_safety.risk_assessment`` needs ``reference`` and ``last_reviewed``
    no earlier than 12 months (a convention; option ``review_months``) before
    ``plan.period.start``. A change with ``affects_working_patterns: true`` implemented
    after ``last_reviewed`` needs ``risk_assessment_reviewed_on`` on or before its
    ``implement_on`` (MHSWR reg 3(3): review on significant change) — a warning. When
    ``plan.employees`` is 5 or more, ``policy_statement`` must be present (HSWA s.2(3));
    without ``plan.employees`` that is an info finding saying it could not be checked.

    **Non-compliant**::

        risk_assessment: {reference: RA-LDS-2024, last_reviewed: 2025-06-01}   # plan starts 2027-01-01

    **Compliant**::

        risk_assessment: {reference: RA-LDS-2026, last_reviewed: 2026-08-01}
        policy_statement: Health and safety policy HS-01, signed by the managing director.
    """

    id = "HS007"
    name = "health-safety.risk-assessment"
    ruleset = "health-safety"
    severity = Severity.ERROR
    title = "Risk assessment current"
    remediation = (
        "Review and record the risk assessment, covering DSE, acoustic shock, voice strain, stress, "
        "abusive callers and home/lone working."
    )
    references = (MHSWR_3, HSWA_2)
    options = (
        Option("review_months", 12, "Maximum age of the risk assessment at plan start; the law asks "
               "for review when it is no longer valid or after significant change.", True),
        Option("policy_employees", 5, "Employees from which a written policy is required.", False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        section = health_safety(ctx)
        path = (*HS, "risk_assessment")
        assessment = section.risk_assessment
        reviewed = assessment.last_reviewed if assessment else None
        if not (assessment and assessment.reference):
            yield self.finding(ctx, (*path, "reference"),
                               "The plan names no health and safety risk assessment.")
        start, months = ctx.period[0], self.option("review_months")
        name = f"Risk assessment {assessment.reference}" if assessment and assessment.reference else (
            "The risk assessment")
        if reviewed is None:
            yield self.finding(ctx, (*path, "last_reviewed"),
                               f"{name} has no last_reviewed date.")
        elif reviewed < months_before(start, months):
            yield self.finding(
                ctx, (*path, "last_reviewed"),
                f"{name} was last reviewed on {reviewed}, more than {months} months "
                f"before the plan starts on {start}.",
            )
        yield from self._changes(ctx, reviewed)
        yield from self._policy(ctx)

    def _changes(self, ctx: AuditContext, reviewed: date | None) -> Iterator[Finding]:
        for path, change in ctx.changes():
            go_live = change.implement_on
            if change.affects_working_patterns is not True:
                continue
            if reviewed is not None and go_live is not None and go_live <= reviewed:
                continue
            done = change.risk_assessment_reviewed_on
            when = f"from {go_live}" if go_live else "(no implementation date)"
            if done is None:
                message = (f"Change {change.id} changes working patterns {when} but records no review "
                           "of the risk assessment (risk_assessment_reviewed_on); review the assessment.")
            elif go_live is not None and done > go_live:
                message = (f"Change {change.id} changes working patterns from {go_live} but the risk "
                           f"assessment is reviewed on {done}, after go-live; review it before.")
            else:
                continue
            yield self.finding(ctx, (*path, "risk_assessment_reviewed_on"), message,
                               severity=Severity.WARNING)

    def _policy(self, ctx: AuditContext) -> Iterator[Finding]:
        employees, threshold = ctx.plan.plan.employees, self.option("policy_employees")
        policy = (*HS, "policy_statement")
        if health_safety(ctx).policy_statement:
            return
        if employees is None:
            yield self.finding(
                ctx, policy,
                f"The plan gives no plan.employees, so whether a written health and safety policy "
                f"is required ({threshold} or more employees) could not be checked, and none is named.",
                severity=Severity.INFO,
            )
        elif employees >= threshold:
            yield self.finding(
                ctx, policy,
                f"The department has {employees} employees but names no written health and safety "
                f"policy (required from {threshold}).",
            )
