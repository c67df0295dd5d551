"""PF001: the KPI set balances efficiency, customer outcome and qualitative measures."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.performance.common import (
    CUSTOMER_OUTCOME,
    EFFICIENCY,
    SQM_RESEARCH,
    SYLLABUS,
    kpi_ids,
)


class BalancedKpis(Rule):
    """The KPIs measure efficiency or access, the customer's outcome, and something qualitative.

    A plan measured only by handling time and service level can hit its numbers
    while customers' problems go unsolved. ``kpis`` include at least one
    efficiency or access measure (``AHT``, ``SL``, ``ASA``, ``OCC``, ``ADH``,
    ``ABANDON``), at least one customer-outcome measure (``FCR``, ``CSAT``,
    ``NPS``, ``CES``, ``QA``, ``COMPLAINTS``) and at least one KPI of
    ``kind: qualitative``.

    **Non-compliant**::

        kpis:
          - {id: AHT, kind: quantitative}
          - {id: SL, kind: quantitative}

    **Compliant**::

        kpis:
          - {id: AHT, kind: quantitative}
          - {id: FCR, kind: quantitative}
          - {id: CSAT, kind: qualitative}
    """

    id = "PF001"
    name = "performance.balanced-kpis"
    ruleset = "performance"
    severity = Severity.ERROR
    title = "Balanced KPI set"
    remediation = "Add customer-experience and qualitative measures alongside the efficiency KPIs."
    references = (SYLLABUS, SQM_RESEARCH)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        ids = kpi_ids(ctx)
        if not ids & set(EFFICIENCY):
            yield self.finding(
                ctx, ("kpis",),
                f"No KPI measures efficiency or access ({_names(EFFICIENCY)}).",
                target="kpis.efficiency",
            )
        if not ids & set(CUSTOMER_OUTCOME):
            yield self.finding(
                ctx, ("kpis",),
                f"No KPI measures the customer's outcome ({_names(CUSTOMER_OUTCOME)}).",
                target="kpis.customer-outcome",
            )
        if not any((kpi.kind or "").lower() == "qualitative" for kpi in ctx.plan.kpis):
            yield self.finding(
                ctx, ("kpis",),
                "No KPI is of kind qualitative, so the plan measures only numbers, not the "
                "customer's experience.",
                target="kpis.qualitative",
            )


def _names(ids: tuple[str, ...]) -> str:
    return f"{', '.join(ids[:-1])} or {ids[-1]}"
