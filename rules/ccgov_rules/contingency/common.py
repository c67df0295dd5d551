"""What the contingency rules share: references and how they walk the contingency plans."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext, PathT
from ccgov.findings import Reference
from ccgov.model.operations import ContingencyPlan

PLANS: PathT = ("contingency", "plans")

MARKING_POINT = Reference(
    "Operational planning syllabus, marking point: contingency plans for peak demand and "
    "system failures",
)
ISO_22301 = Reference(
    "ISO 22301:2019 Business continuity management systems, clause 8 (BIA, RTO within MTPD, "
    "exercising at planned intervals)",
    "https://www.iso.org/standard/75106.html",
)


def plans(ctx: AuditContext) -> Iterator[tuple[PathT, ContingencyPlan]]:
    """Each contingency plan with its canonical path."""
    contingency = ctx.plan.contingency
    for index, plan in enumerate(contingency.plans if contingency else []):
        yield (*PLANS, index), plan


def scenarios(plan: ContingencyPlan) -> set[str]:
    """The plan's scenarios, lower-cased (vocabulary matches ignore case)."""
    return {scenario.strip().lower() for scenario in plan.scenario or []}


def fmt(number: float) -> str:
    """A number as a planner wrote it: 4, not 4.0."""
    return f"{number:g}"
