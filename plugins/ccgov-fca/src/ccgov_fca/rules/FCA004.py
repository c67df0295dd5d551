"""FCA004: Consumer Duty outcomes are monitored from the contact centre's own measures."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov import AuditContext, Finding
from ccgov.rules import Option, Rule, Severity
from ccgov_fca.common import FG22_5, PRIN_2A, SECTION, regulated, section


class ConsumerDutyOutcomes(Rule):
    """The plan says how Consumer Duty outcomes are monitored, and a regular review takes at least
    one customer-outcome KPI.

    PRIN 2A.9 (monitoring of consumer outcomes) expects firms to monitor whether
    customers get good outcomes from their support. A contact centre does that
    with outcome measures (FCR, CSAT, complaints, customer effort) reviewed at
    least as often as ``review_cadences`` allows.

    **Non-compliant**: no ``x-fca.consumer_duty.outcomes_monitoring``; or reviews
    only of AHT and service level.

    **Compliant**: ``outcomes_monitoring: Monthly outcomes MI to the board`` and a
    weekly review with inputs ``[FCR, CSAT]``.
    """

    id = "FCA004"
    name = "fca.consumer-duty-outcomes"
    ruleset = "fca"
    severity = Severity.WARNING
    title = "Consumer Duty outcomes monitored"
    remediation = ("Describe outcome monitoring and review customer-outcome KPIs (FCR, CSAT, "
                   "complaints, effort) at least monthly.")
    references = (PRIN_2A, FG22_5)
    options = (
        Option("outcome_kpis", ("FCR", "CSAT", "COMPLAINTS", "CES", "NPS"),
               "KPI ids that measure customer outcomes."),
        Option("review_cadences", ("daily", "weekly", "fortnightly", "monthly"),
               "Review cadences counted as regular enough (a convention)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if not regulated(ctx):
            return
        if not section(ctx, "consumer_duty", "outcomes_monitoring"):
            yield self.finding(ctx, (SECTION, "consumer_duty", "outcomes_monitoring"),
                               "The plan does not say how Consumer Duty customer outcomes are "
                               "monitored (x-fca.consumer_duty.outcomes_monitoring).")
        outcome = set(self.option("outcome_kpis")) & set(ctx.kpis)
        cadences = {c.lower() for c in self.option("review_cadences")}
        evaluation = ctx.plan.evaluation
        reviews = evaluation.reviews if evaluation else []
        reviewed = {
            kpi for review in reviews if (review.cadence or "").lower() in cadences
            for kpi in review.inputs or [] if kpi in outcome
        }
        if not reviewed:
            measures = ", ".join(sorted(outcome)) or "none defined"
            yield self.finding(ctx, ("evaluation", "reviews"),
                               "No regular review takes a customer-outcome KPI (outcome KPIs in "
                               f"the plan: {measures}).")
