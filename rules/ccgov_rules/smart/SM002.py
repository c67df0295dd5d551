"""SM002: every objective is due within the plan period."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.smart.common import DORAN, objectives


class TimeBound(Rule):
    """Every objective has a ``due`` date inside the plan period (inclusive).

    Doran's "Time-related": an objective without a date cannot be tracked, and
    one due outside the period is not this plan's objective.

    **Non-compliant**: ``due`` missing, or ``due: 2027-06-30`` in a plan for Q1 2027.

    **Compliant**: ``due: 2027-03-31`` in a plan whose period ends 2027-03-31.
    """

    id = "SM002"
    name = "smart.time-bound"
    ruleset = "smart"
    severity = Severity.ERROR
    title = "Objective is due within the plan period"
    remediation = "Add a due date within the plan period."
    references = (DORAN,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        start, end = ctx.period
        for path, objective in objectives(ctx):
            if objective.due is None:
                yield self.finding(ctx, (*path, "due"), f"Objective {objective.id} has no due date.")
            elif not start <= objective.due <= end:
                yield self.finding(
                    ctx, (*path, "due"),
                    f"Objective {objective.id} is due {objective.due}, outside the plan period "
                    f"{start} to {end}.",
                )
