"""FCA006: important business services stay within their impact tolerances."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccgov import AuditContext, Finding
from ccgov.rules import Option, Rule, Severity
from ccgov_fca.common import SECTION, SYSC_15A, as_date, months_before, regulated, section

SERVICES = (SECTION, "operational_resilience", "important_business_services")


class OperationalResilience(Rule):
    """Each important business service the contact centre supports has an impact tolerance,
    contingency plans that recover inside it, and a recent scenario test.

    SYSC 15A requires firms to identify important business services, set impact
    tolerances, map the resources that deliver them and test that they can stay
    within tolerance in severe but plausible scenarios. Read from
    ``x-fca.operational_resilience.important_business_services``; each names its
    ``contingency_plans`` (ids from ``contingency.plans``).

    **Non-compliant**: tolerance 4 h served by plan CP3 whose RTO is 8 h.

    **Compliant**: ``{name: Payments helpline, impact_tolerance_hours: 4,
    contingency_plans: [CP2], last_scenario_test: 2026-11-01}`` with CP2's RTO 1 h.
    """

    id = "FCA006"
    name = "fca.operational-resilience"
    ruleset = "fca"
    severity = Severity.ERROR
    title = "Important business services within impact tolerance"
    remediation = ("Map each important business service to contingency plans whose recovery time "
                   "fits its impact tolerance, and scenario-test it.")
    references = (SYSC_15A,)
    options = (Option("test_within_months", 12, "Months before the plan start within which the "
                                                "last scenario test must fall (a convention)."),)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if not regulated(ctx):
            return
        services = section(ctx, "operational_resilience", "important_business_services")
        if not isinstance(services, list) or not services:
            yield self.finding(ctx, SERVICES, "The plan maps no important business services "
                                              "(x-fca.operational_resilience).")
            return
        contingency = ctx.plan.contingency
        plans = {p.id: p for p in contingency.plans} if contingency else {}
        start, _ = ctx.period
        for index, service in enumerate(services):
            if isinstance(service, dict):
                yield from self._service(ctx, index, service, plans, start)

    def _service(self, ctx: AuditContext, index: int, service: dict[str, Any],
                 plans: dict[str, Any], start: Any) -> Iterator[Finding]:
        path = (*SERVICES, index)
        name = service.get("name") or f"service {index + 1}"
        tolerance = service.get("impact_tolerance_hours")
        if not isinstance(tolerance, int | float) or isinstance(tolerance, bool):
            yield self.finding(ctx, (*path, "impact_tolerance_hours"),
                               f"Important business service {name} has no impact tolerance.")
            tolerance = None
        linked = service.get("contingency_plans") or []
        if not linked:
            yield self.finding(ctx, (*path, "contingency_plans"),
                               f"Important business service {name} is mapped to no contingency plan.")
        for position, plan_id in enumerate(linked):
            plan = plans.get(plan_id)
            if plan is None:
                yield self.finding(ctx, (*path, "contingency_plans", position),
                                   f"Important business service {name} names contingency plan "
                                   f"{plan_id}, which does not exist.")
            elif tolerance is not None and (plan.recovery_time_objective_hours is None
                                            or plan.recovery_time_objective_hours > tolerance):
                rto = plan.recovery_time_objective_hours
                shown = "no recovery time objective" if rto is None else f"recovery in {rto:g} h"
                yield self.finding(ctx, (*path, "contingency_plans", position),
                                   f"Contingency plan {plan_id} promises {shown}, outside the "
                                   f"{tolerance:g} h impact tolerance of {name}.")
        tested = as_date(service.get("last_scenario_test"))
        limit = self.option("test_within_months")
        if tested is None or months_before(tested, start) > limit:
            shown = "no scenario test date" if tested is None else f"last scenario-tested {tested}"
            yield self.finding(ctx, (*path, "last_scenario_test"),
                               f"Important business service {name} has {shown}; a test within "
                               f"{limit} months of the plan start {start} is expected.")
