"""EQ005: reasonable adjustments cover the performance measures agents are held to."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.equality.common import EQ, equality_act, section
from ccgov_rules.vocabulary import present


class ReasonableAdjustments(Rule):
    """When the plan's objectives or KPIs use handling time, adherence or occupancy (``AHT``,
    ``ADH``, ``OCC``), ``compliance.equality.reasonable_adjustments`` states how adjustments apply.

    A disabled agent held to the same handling-time or adherence target as
    everyone else may be treated unfavourably because of something arising
    from disability (Equality Act 2010 s.15); employers must make reasonable
    adjustments to provisions, criteria and practices (s.20 with Sch 8) and
    must not discriminate in employment (s.39). Which KPI ids count is the
    option ``performance_kpis``.

    **Non-compliant**: ``kpis: [{id: AHT}]`` and no ``reasonable_adjustments``.

    **Compliant**: ``reasonable_adjustments: Adjustments passport; adjusted AHT and adherence
    targets agreed with occupational health and WFM.``
    """

    id = "EQ005"
    name = "equality.reasonable-adjustments"
    ruleset = "equality"
    severity = Severity.WARNING
    title = "Reasonable adjustments for staff incl. targets"
    remediation = (
        "State how adjustments (breaks, equipment, adjusted targets) apply to performance measures."
    )
    references = (equality_act("section/15", "discrimination arising from disability"),
                  equality_act("section/20", "duty to make adjustments"),
                  equality_act("section/39", "employees and applicants"),
                  equality_act("schedule/8", "work: reasonable adjustments"))
    options = (
        Option("performance_kpis", ("AHT", "ADH", "OCC"),
               "KPI ids of agent performance measures that need reasonable adjustments stated "
               "(a convention: the Act names no measures)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        watched = [kpi.upper() for kpi in self.option("performance_kpis")]
        used = {kpi.id.upper() for kpi in ctx.plan.kpis}
        used |= {objective.kpi.upper() for objective in ctx.plan.objectives if objective.kpi}
        measured = [kpi for kpi in watched if kpi in used]
        if measured and not present(section(ctx).reasonable_adjustments):
            yield self.finding(
                ctx, (*EQ, "reasonable_adjustments"),
                f"The plan measures agents on {', '.join(measured)} but states no reasonable "
                "adjustments for disabled staff (reasonable_adjustments).",
            )
