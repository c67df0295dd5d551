"""EV006: the plan is reviewed both operationally and as a whole."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.evaluation.common import EV, PDCA, section


class ReviewCadence(Rule):
    """``evaluation.reviews`` include an operational review (daily or weekly) and a plan-level
    review (monthly or quarterly).

    Operational reviews catch a bad week while it can still be recovered;
    plan-level reviews ask whether the objectives, targets and resources are
    still right. ``operational_cadences`` and ``plan_cadences`` list the
    cadences that count for each.

    **Non-compliant**: ``reviews: [{cadence: monthly, forum: Plan review}]`` (no operational review)

    **Compliant**::

        reviews:
          - {cadence: weekly, forum: Ops performance review, inputs: [SL, AHT, QA, CSAT]}
          - {cadence: monthly, forum: Plan review with senior leadership}
    """

    id = "EV006"
    name = "evaluation.review-cadence"
    ruleset = "evaluation"
    severity = Severity.WARNING
    title = "Review cadence"
    remediation = "Add a review calendar."
    references = (PDCA,)
    options = (
        Option("operational_cadences", ("daily", "weekly"),
               "Cadences that count as an operational review (convention)."),
        Option("plan_cadences", ("monthly", "quarterly"),
               "Cadences that count as a plan-level review (convention)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        path = (EV, "reviews")
        reviews = section(ctx).reviews
        if not reviews:
            yield self.finding(
                ctx, path,
                "The evaluation schedules no reviews: neither an operational review nor a plan-level "
                "review.",
            )
            return
        cadences = [review.cadence for review in reviews if review.cadence]
        held = {cadence.strip().lower() for cadence in cadences}
        shown = ", ".join(cadences) or "none stated"
        for kind, option in (("operational", "operational_cadences"), ("plan-level", "plan_cadences")):
            accepted = self.option(option)
            if not held & {value.lower() for value in accepted}:
                yield self.finding(
                    ctx, path,
                    f"The reviews (cadence: {shown}) include no {kind} review "
                    f"({' or '.join(accepted)}).",
                    target=f"{EV}.reviews:{kind}",
                )
