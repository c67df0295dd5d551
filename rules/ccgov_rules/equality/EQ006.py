"""EQ006: customers in vulnerable circumstances are identified and supported."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.equality.common import EQ, section
from ccgov_rules.vocabulary import includes, present

FG21_1 = Reference(
    "FCA FG21/1: Guidance for firms on the fair treatment of vulnerable customers",
    "https://www.fca.org.uk/publications/finalised-guidance/guidance-firms-fair-treatment-vulnerable-customers",
)
PRIN_2A = Reference("FCA Handbook PRIN 2A: the Consumer Duty (consumer support outcome)",
                    "https://www.handbook.fca.org.uk/handbook/PRIN/2A/")


class VulnerableCustomers(Rule):
    """``compliance.equality.vulnerable_customers`` describes how customers in vulnerable
    circumstances are identified and supported; a warning for FCA-regulated plans, else info.

    The FCA expects firms to identify customers in vulnerable circumstances,
    train staff, offer flexible service and monitor outcomes (FG21/1), and the
    Consumer Duty's consumer-support outcome forbids unreasonable barriers
    (PRIN 2A). Recording a vulnerability is often health data and needs an
    Art 9 condition. For plans whose ``plan.regulators`` include the FCA a
    missing description is a warning; for others it is advice (``info``).
    ``vulnerable_customers`` is an optional field of plan format v1.

    **Non-compliant**: ``plan: {regulators: [FCA]}`` and no ``vulnerable_customers``.

    **Compliant**: ``vulnerable_customers: Priority services register, specialist team, flexible
    payment plans and outcome monitoring.``
    """

    id = "EQ006"
    name = "equality.vulnerable-customers"
    ruleset = "equality"
    severity = Severity.WARNING
    title = "Vulnerable customers supported"
    remediation = (
        "Add identification, recording (Art 9 condition), flexible handling and outcome monitoring."
    )
    references = (FG21_1, PRIN_2A)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if present(section(ctx).vulnerable_customers):
            return
        regulated = includes(ctx.plan.plan.regulators, "FCA")
        yield self.finding(
            ctx, (*EQ, "vulnerable_customers"),
            ("The plan is FCA-regulated but" if regulated else "The plan")
            + " does not say how customers in vulnerable circumstances are identified and "
            "supported (vulnerable_customers).",
            severity=Severity.WARNING if regulated else Severity.INFO,
        )
