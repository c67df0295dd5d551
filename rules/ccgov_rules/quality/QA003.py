"""QA003: assessors calibrate their scores at least monthly."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.quality.common import QA, section


class Calibration(Rule):
    """Quality assurance states how often assessors ``calibrate`` their scores, at least monthly.

    In calibration the assessors score the same contacts and reconcile their
    differences, so an agent's score does not depend on who marked it. No
    authoritative figure exists; monthly is common practice and the default.
    ``cadences`` lists the values that count as at least monthly.

    **Non-compliant**: ``quality_assurance: {calibration: quarterly}``

    **Compliant**: ``quality_assurance: {calibration: monthly}``
    """

    id = "QA003"
    name = "quality.calibration"
    ruleset = "quality"
    severity = Severity.WARNING
    title = "QA calibration at least monthly"
    remediation = "Calibrate assessors at least monthly."
    options = (
        Option("cadences", ("daily", "weekly", "fortnightly", "monthly"),
               "Calibration cadences accepted as at least monthly (convention: no authoritative "
               "figure, monthly is common practice)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        path = (QA, "calibration")
        calibration = section(ctx).calibration
        accepted = [value.lower() for value in self.option("cadences")]
        if not calibration:
            yield self.finding(ctx, path, "Quality assurance does not say how often assessors calibrate.")
        elif calibration.strip().lower() not in accepted:
            yield self.finding(
                ctx, path,
                f"Assessors calibrate '{calibration}', which is not at least monthly "
                f"({', '.join(self.option('cadences'))}).",
            )
