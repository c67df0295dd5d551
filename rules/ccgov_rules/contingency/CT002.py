"""CT002: contingency plans for the critical system failures, and for the other common ones."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.contingency.common import MARKING_POINT, PLANS, plans, scenarios


class SystemFailurePlans(Rule):
    """The contingency plans cover ``telephony outage`` and ``it system failure`` (an error
    for each missing), and ``network outage``, ``power outage``, ``cyber incident``,
    ``staff shortage`` and ``site unavailable`` (a warning for each missing).

    A contact centre stops when its telephony or core IT stops; those two plans
    are the minimum. The others are the failures that most often follow. A plan
    may cover several scenarios (``scenario: [telephony outage, network outage]``).

    **Non-compliant**: only a ``peak demand`` plan.

    **Compliant**::

        - {id: CP2, scenario: [telephony outage, network outage], ...}
        - {id: CP3, scenario: [it system failure, cyber incident], ...}
        - {id: CP4, scenario: [power outage, site unavailable], ...}
        - {id: CP5, scenario: staff shortage, ...}
    """

    id = "CT002"
    name = "contingency.system-failure-plans"
    ruleset = "contingency"
    severity = Severity.ERROR
    title = "System-failure plans"
    remediation = "Add a contingency plan for each critical system failure."
    references = (MARKING_POINT,)
    options = (
        Option("critical_scenarios", ("telephony outage", "it system failure"),
               "Scenarios whose missing plan is an error."),
        Option("secondary_scenarios", ("network outage", "power outage", "cyber incident",
                                       "staff shortage", "site unavailable"),
               "Scenarios whose missing plan is a warning."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        covered: set[str] = set()
        for _, plan in plans(ctx):
            covered |= scenarios(plan)
        for option, severity in (("critical_scenarios", Severity.ERROR),
                                 ("secondary_scenarios", Severity.WARNING)):
            for scenario in self.option(option):
                if str(scenario).lower() not in covered:
                    yield self.finding(
                        ctx, PLANS, f"No contingency plan covers the scenario {scenario}.",
                        target=f"contingency.plans:{str(scenario).lower()}", severity=severity,
                    )
