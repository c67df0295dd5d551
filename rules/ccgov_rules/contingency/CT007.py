"""CT007: FCA firms map the contact centre to their important business services."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule

SYSC_15A = Reference(
    "FCA Handbook SYSC 15A Operational resilience (PS21/3): important business services, "
    "impact tolerances, mapping; within tolerance by 31 March 2025",
    "https://www.handbook.fca.org.uk/handbook/SYSC/15A/",
)


class OperationalResilience(Rule):
    """When ``plan.regulators`` includes ``FCA``: ``contingency.important_business_services``
    is non-empty and each service has ``impact_tolerance_hours`` and non-empty
    ``mapped_resources``.

    SYSC 15A requires FCA firms to identify their important business services, set
    an impact tolerance for each and map the people, processes and technology that
    deliver them; a contact centre is usually one of those resources. Plans that
    name no FCA regulation are not checked.

    **Non-compliant**: ``plan.regulators: [FCA]`` and no ``important_business_services``.

    **Compliant**::

        contingency:
          important_business_services:
            - {name: Customer payments helpline, impact_tolerance_hours: 24,
               mapped_resources: [Leeds contact centre, CloudTel telephony, billing system]}
    """

    id = "CT007"
    name = "contingency.operational-resilience"
    ruleset = "contingency"
    severity = Severity.WARNING
    title = "Operational resilience (FCA firms)"
    remediation = (
        "Map the contact centre to the firm's important business services and their impact tolerances."
    )
    references = (SYSC_15A,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if "fca" not in {r.strip().lower() for r in ctx.plan.plan.regulators or []}:
            return
        contingency = ctx.plan.contingency
        services = contingency.important_business_services if contingency else None
        path = ("contingency", "important_business_services")
        if not services:
            yield self.finding(
                ctx, path,
                "The plan names the FCA as a regulator but lists no important business services "
                "with impact tolerances.",
            )
            return
        for index, service in enumerate(services):
            label = f"Important business service {service.name or index + 1}"
            if service.impact_tolerance_hours is None:
                yield self.finding(ctx, (*path, index, "impact_tolerance_hours"),
                                   f"{label} has no impact tolerance.")
            if not service.mapped_resources:
                yield self.finding(ctx, (*path, index, "mapped_resources"),
                                   f"{label} has no mapped resources.")
