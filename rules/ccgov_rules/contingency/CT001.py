"""CT001: a peak-demand contingency plan with a trigger, an owner and actions."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.contingency.common import MARKING_POINT, PLANS, plans, scenarios


class PeakDemandPlan(Rule):
    """A contingency plan covers the scenario ``peak demand`` and has a ``trigger``, an
    ``owner`` and at least one of ``actions``.

    Demand peaks (price announcements, bill runs, severe weather) are the
    contingency every contact centre meets; without a trigger nobody knows when to
    act, without an owner nobody does, and without pre-approved actions the
    response is improvised. When no peak-demand plan is complete, what each one
    lacks is reported.

    **Non-compliant**: only ``telephony outage`` and ``it system failure`` plans; or
    ``{id: CP1, scenario: peak demand, owner: WFM lead}`` with no trigger or actions.

    **Compliant**::

        - id: CP1
          scenario: peak demand
          trigger: Offered contacts above 120 % of forecast for two consecutive intervals.
          owner: WFM lead
          actions: [Invoke overtime list, Switch IVR to callback offer]
    """

    id = "CT001"
    name = "contingency.peak-demand-plan"
    ruleset = "contingency"
    severity = Severity.ERROR
    title = "Peak-demand plan"
    remediation = ("Define a numeric trigger and pre-approved actions (overtime, re-skilling, callback, "
                   "deferral) with an owner.")
    references = (MARKING_POINT,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        peak = [(path, plan) for path, plan in plans(ctx) if "peak demand" in scenarios(plan)]
        if not peak:
            yield self.finding(ctx, PLANS, "No contingency plan covers the scenario peak demand.")
            return
        gaps = []
        for path, plan in peak:
            missing = [
                field for field, value in (("trigger", plan.trigger), ("owner", plan.owner),
                                           ("actions", plan.actions))
                if not value or (isinstance(value, str) and not value.strip())
            ]
            gaps.append((path, plan, missing))
        if any(not missing for _, _, missing in gaps):
            return
        for path, plan, missing in gaps:
            for field in missing:
                yield self.finding(
                    ctx, (*path, field),
                    f"Peak-demand plan {plan.id} has no {field}, "
                    "so no complete peak-demand plan exists.",
                )
