"""ST002: IT support is consulted when the plan depends on technology."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.stakeholders.common import CONSULTATION_MISTAKE, LOG, with_group

#: Contingency scenarios that IT or telephony teams must help plan for.
SYSTEM_SCENARIOS = ("telephony outage", "it system failure", "network outage", "cyber incident")


class ItSupportConsulted(Rule):
    """A consultation includes ``it support`` when any change has ``category: technology``
    or any contingency plan covers a system scenario (telephony outage, IT system
    failure, network outage, cyber incident).

    Technology changes and system-failure plans are only as good as the people who
    run the systems; not involving IT is a common mistake in operational plans.

    **Non-compliant**: change CH1 has ``category: technology`` and no consultation
    lists ``it support`` among its groups.

    **Compliant**::

        consultations: [{id: C3, groups: [frontline agents, it support]}]
    """

    id = "ST002"
    name = "stakeholders.it-support-consulted"
    ruleset = "stakeholders"
    severity = Severity.ERROR
    title = "IT support consulted"
    remediation = "Involve IT and telephony support in planning technology changes and contingency."
    references = (CONSULTATION_MISTAKE,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        technology = [c.id for c in ctx.change_list if (c.category or "").strip().lower() == "technology"]
        contingency = ctx.plan.contingency
        systems = [
            p.id for p in (contingency.plans if contingency else [])
            if {s.strip().lower() for s in p.scenario or []} & set(SYSTEM_SCENARIOS)
        ]
        reasons = [_named("technology change", technology),
                   _named("system-failure contingency plan", systems)]
        because = " and ".join(r for r in reasons if r)
        if because and not with_group(ctx.consultation_list, "it support"):
            yield self.finding(
                ctx, LOG, f"No consultation includes it support, although the plan has {because}."
            )


def _named(kind: str, ids: list[str]) -> str:
    """``technology change CH1`` or ``technology changes CH1, CH3``; empty for no ids."""
    if not ids:
        return ""
    return f"{kind}{'s' if len(ids) > 1 else ''} {', '.join(ids)}"
