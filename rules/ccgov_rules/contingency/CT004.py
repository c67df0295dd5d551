"""CT004: each contingency plan was exercised recently enough before the plan period."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov.rules.dates import months_before
from ccgov_rules.contingency.common import ISO_22301, plans


class PlansTested(Rule):
    """Each contingency plan has ``last_tested`` no more than 12 months (an option)
    before ``plan.period.start``.

    ISO 22301 clause 8.5 asks for exercises "at planned intervals"; 12 months is a
    common convention, not a figure set in a standard, so it is configurable. A plan
    never exercised is a plan nobody knows works.

    **Non-compliant**: ``last_tested: 2025-06-20`` for a period starting 2027-01-01; or
    no ``last_tested``.

    **Compliant**: ``last_tested: 2026-06-20`` for a period starting 2027-01-01.
    """

    id = "CT004"
    name = "contingency.plans-tested"
    ruleset = "contingency"
    severity = Severity.WARNING
    title = "Plans tested"
    remediation = "Exercise each contingency plan and record the date of the last test."
    references = (ISO_22301,)
    options = (
        Option("max_months", 12, "Longest time in months between the last test and the start of "
               "the plan period (a convention; ISO 22301 says only 'at planned intervals')."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        start = ctx.period[0]
        months = self.option("max_months")
        oldest = months_before(start, months)
        for path, plan in plans(ctx):
            tested = plan.last_tested
            if tested is None:
                yield self.finding(
                    ctx, (*path, "last_tested"),
                    f"Contingency plan {plan.id} has no last_tested date, so it may never have "
                    "been exercised.",
                )
            elif tested < oldest:
                yield self.finding(
                    ctx, (*path, "last_tested"),
                    f"Contingency plan {plan.id} was last tested on {tested}, more than {months} "
                    f"months before the plan period starts on {start}.",
                )

