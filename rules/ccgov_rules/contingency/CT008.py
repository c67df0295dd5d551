"""CT008: a cyber-incident plan, and a breach-reporting procedure for it to invoke."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.contingency.common import PLANS, plans, scenarios

ART_33 = Reference(
    "UK GDPR Art 33: notify the ICO without undue delay and, where feasible, within 72 hours",
    "https://www.legislation.gov.uk/eur/2016/679/article/33",
)


class CyberIncidentBreachProcess(Rule):
    """A contingency plan covers ``cyber incident``, and
    ``compliance.data_protection.breach_reporting`` is present for it to invoke.

    A cyber incident in a contact centre is usually a personal-data breach too:
    UK GDPR Art 33 gives 72 hours to notify the ICO, so the incident plan should
    start the breach procedure rather than leave it to be remembered.

    **Non-compliant**: no plan with ``scenario: cyber incident``.

    **Compliant**::

        contingency: {plans: [{id: CP3, scenario: [it system failure, cyber incident]}]}
        compliance: {data_protection: {breach_reporting: {process: IS-04, notify_within_hours: 72}}}
    """

    id = "CT008"
    name = "contingency.cyber-incident-breach-process"
    ruleset = "contingency"
    severity = Severity.INFO
    title = "Cyber incident linked to breach process"
    remediation = "Add a cyber-incident scenario that invokes the breach-reporting procedure."
    references = (ART_33,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        cyber = [plan.id for _, plan in plans(ctx) if "cyber incident" in scenarios(plan)]
        if not cyber:
            yield self.finding(ctx, PLANS, "No contingency plan covers the scenario cyber incident.")
        compliance = ctx.plan.compliance
        protection = compliance.data_protection if compliance else None
        if protection is None or protection.breach_reporting is None:
            many = len(cyber) > 1
            who = (
                f"Contingency plan{'s' if many else ''} {', '.join(cyber)} cover{'' if many else 's'} "
                "cyber incidents but the plan has" if cyber else "The plan has"
            )
            yield self.finding(
                ctx, ("compliance", "data_protection", "breach_reporting"),
                f"{who} no breach-reporting procedure to invoke in a cyber incident.",
            )
