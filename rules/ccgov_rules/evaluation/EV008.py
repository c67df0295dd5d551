"""EV008: reviews look at qualitative evidence, not only numbers."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.evaluation.common import EV, section

COMMON_MISTAKE = Reference("Operational planning common mistake: only quantitative metrics, no qualitative")


class QualitativeEvidence(Rule):
    """At least one review takes as an input a KPI whose ``kind`` is ``qualitative``.

    Numbers say what happened; customers' and agents' words say why. A plan
    whose reviews read only service level and handling time misses the customer
    experience (CSAT verbatims, complaint themes, agent feedback).

    **Non-compliant**::

        kpis: [{id: SL, kind: quantitative}, {id: CSAT, kind: qualitative}]
        reviews: [{cadence: weekly, inputs: [SL]}]

    **Compliant**: ``reviews: [{cadence: weekly, inputs: [SL, CSAT]}]``
    """

    id = "EV008"
    name = "evaluation.qualitative-evidence"
    ruleset = "evaluation"
    severity = Severity.WARNING
    title = "Qualitative evidence reviewed"
    remediation = (
        "Review qualitative measures (CSAT, complaints themes, agent feedback) alongside metrics."
    )
    references = (COMMON_MISTAKE,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        inputs = [kpi for review in section(ctx).reviews for kpi in review.inputs or []]
        qualitative = [kpi.id for kpi in ctx.plan.kpis if (kpi.kind or "").lower() == "qualitative"]
        if any(kpi in qualitative for kpi in inputs):
            return
        if not inputs:
            said = "No review names its inputs"
        else:
            said = f"The reviews take only {', '.join(dict.fromkeys(inputs))}"
        offer = (f"; the plan's qualitative KPIs are {', '.join(qualitative)}" if qualitative
                 else "; the plan defines no qualitative KPI")
        yield self.finding(
            ctx, (EV, "reviews"), f"{said}, so no qualitative measure is reviewed{offer}.",
        )
