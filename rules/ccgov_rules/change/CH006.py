"""CH006: each change has a date in the plan period, success measures and a rollback."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.change.common import KOTTER

CONTINGENCY = Reference("Contingency planning: a rollback is the change's own fallback plan")


class MeasuresDatesRollback(Rule):
    """Every change has an ``implement_on`` date inside the plan period, ``success_measures`` that
    are KPI ids defined under ``kpis``, and a ``rollback`` plan.

    Kotter's sixth step plans short-term wins: the plan must say how it will see
    that a change worked (a KPI it already measures), and what it does if it
    does not.

    **Non-compliant**::

        plan: {period: {start: 2027-01-01, end: 2027-03-31}}
        changes: [{id: CH1, implement_on: 2027-05-01, success_measures: [NPS]}]   # NPS not in kpis

    **Compliant**::

        changes: [{id: CH1, implement_on: 2027-02-15, success_measures: [QA, AHT],
                   rollback: Disable the analytics connector; recordings are unaffected.}]
    """

    id = "CH006"
    name = "change.measures-dates-rollback"
    ruleset = "change"
    severity = Severity.WARNING
    title = "Measures, dates, rollback"
    remediation = "Add success measures and a rollback plan."
    references = (KOTTER, CONTINGENCY)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        start, end = ctx.period
        for path, change in ctx.changes():
            name = f"Change {change.id}"
            if change.implement_on is None:
                yield self.finding(ctx, (*path, "implement_on"), f"{name} has no implementation date.")
            elif not start <= change.implement_on <= end:
                yield self.finding(
                    ctx, (*path, "implement_on"),
                    f"{name} goes live on {change.implement_on}, outside the plan period "
                    f"{start} to {end}.",
                )
            if not change.success_measures:
                yield self.finding(
                    ctx, (*path, "success_measures"), f"{name} names no success measures.",
                )
            for index, measure in enumerate(change.success_measures or []):
                if measure not in ctx.kpis:
                    yield self.finding(
                        ctx, (*path, "success_measures", index),
                        f"{name} measures success by {measure}, which is not a KPI id in kpis.",
                    )
            if not change.rollback:
                yield self.finding(ctx, (*path, "rollback"), f"{name} has no rollback plan.")
