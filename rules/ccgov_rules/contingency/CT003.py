"""CT003: each contingency plan has a recovery time objective within its tolerable disruption."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.contingency.common import ISO_22301, fmt, plans


class RecoveryObjectives(Rule):
    """Each contingency plan has ``recovery_time_objective_hours``; where the optional
    ``max_tolerable_disruption_hours`` is given, the RTO is not longer than it.

    A business impact analysis (ISO 22301 clause 8.2.2) sets how long an activity
    can be disrupted before the harm is unacceptable (MTPD) and a recovery time
    objective inside it. An RTO beyond the MTPD plans to recover too late.

    **Non-compliant**::

        - {id: CP2, recovery_time_objective_hours: 6, max_tolerable_disruption_hours: 4}

    **Compliant**::

        - {id: CP2, recovery_time_objective_hours: 1, max_tolerable_disruption_hours: 4}
    """

    id = "CT003"
    name = "contingency.recovery-objectives"
    ruleset = "contingency"
    severity = Severity.WARNING
    title = "Recovery objectives"
    remediation = "Set each plan's recovery time objective from a business impact analysis, inside its MTPD."
    references = (ISO_22301,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, plan in plans(ctx):
            rto = plan.recovery_time_objective_hours
            mtpd = plan.max_tolerable_disruption_hours
            if rto is None:
                yield self.finding(
                    ctx, (*path, "recovery_time_objective_hours"),
                    f"Contingency plan {plan.id} has no recovery time objective.",
                )
            elif mtpd is not None and rto > mtpd:
                yield self.finding(
                    ctx, (*path, "recovery_time_objective_hours"),
                    f"Contingency plan {plan.id} has a recovery time objective of {fmt(rto)} hours, "
                    f"beyond its maximum tolerable disruption of {fmt(mtpd)} hours.",
                )
