"""What the performance rules share: KPI id groups, references and how they read targets."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext, PathT
from ccgov.findings import Reference
from ccgov.model.plan import Objective

#: Recognised KPI ids that measure efficiency or access (plan-format.md).
EFFICIENCY = ("AHT", "SL", "ASA", "OCC", "ADH", "ABANDON")
#: Recognised KPI ids that measure the customer's outcome.
CUSTOMER_OUTCOME = ("FCR", "CSAT", "NPS", "CES", "QA", "COMPLAINTS")

SYLLABUS = Reference(
    "Operational planning syllabus: performance management (AHT, FCR); common mistake "
    "\"only quantitative metrics, no qualitative (customer experience)\"",
)
SQM_RESEARCH = Reference(
    "SQM Group, call centre customer experience research (1 % FCR improvement ≈ 1 % CSAT)",
    "https://www.sqmgroup.com/resources/library/blog/call-center-customer-experience-research",
)
SQM_TARGETS = Reference(
    "SQM Group, call centre metrics and world-class targets (FCR 70 % average, 80 % world class)",
    "https://www.sqmgroup.com/resources/library/blog/call-center-metrics-and-world-class-targets",
)
CCPLANNING = Reference(
    "ccplanning.net, Erlang explorer: occupancy is an output, not a target",
    "https://ccplanning.net/calculators/erlang-explorer.html",
)


def kpi_ids(ctx: AuditContext) -> set[str]:
    """The plan's KPI ids, upper-cased: recognised ids match case-insensitively."""
    return {kpi.id.upper() for kpi in ctx.plan.kpis}


def objectives_on(ctx: AuditContext, kpi: str) -> Iterator[tuple[PathT, Objective]]:
    """Each objective measured by KPI ``kpi`` (case-insensitive), with its canonical path."""
    for index, objective in enumerate(ctx.plan.objectives):
        if objective.kpi is not None and objective.kpi.upper() == kpi:
            yield ("objectives", index), objective


def share(value: float) -> float:
    """A rate target as a fraction: 75 in a percent-unit KPI means 0.75."""
    return value / 100 if value > 1 else value


def pct(fraction: float) -> str:
    """A fraction as planners write a percentage: ``75 %``."""
    return f"{fraction * 100:g} %"
