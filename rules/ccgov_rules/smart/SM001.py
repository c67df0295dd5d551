"""SM001: every objective is measurable."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.smart.common import DORAN, fmt, objectives

DIRECTIONS = ("increase", "decrease", "maintain")


class Measurable(Rule):
    """Every objective names a KPI with a unit, a numeric baseline and target, and a direction
    that agrees with them.

    Doran's "Measurable": quantify the objective or at least name an indicator of
    progress. The KPI must be defined under ``kpis`` with its ``unit``, and the
    direction must match the numbers: ``decrease`` needs a target below the
    baseline, ``increase`` one above it, ``maintain`` the same value.

    **Non-compliant**::

        objectives:
          - {id: OBJ1, kpi: AHT, baseline: 420, target: 450, direction: decrease}

    **Compliant**::

        objectives:
          - {id: OBJ1, kpi: AHT, baseline: 420, target: 380, direction: decrease}
        kpis:
          - {id: AHT, unit: seconds}
    """

    id = "SM001"
    name = "smart.measurable"
    ruleset = "smart"
    severity = Severity.ERROR
    title = "Objective is measurable"
    remediation = "State the KPI, baseline, target and unit, with a direction that matches them."
    references = (DORAN,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, objective in objectives(ctx):
            name = f"Objective {objective.id}"
            if objective.kpi is None:
                yield self.finding(ctx, (*path, "kpi"), f"{name} names no KPI.")
            elif objective.kpi not in ctx.kpis:
                yield self.finding(
                    ctx, (*path, "kpi"),
                    f"{name} measures KPI {objective.kpi}, which is not defined in kpis.",
                )
            elif not ctx.kpis[objective.kpi].unit:
                index = list(ctx.kpis).index(objective.kpi)
                yield self.finding(
                    ctx, ("kpis", index, "unit"),
                    f"KPI {objective.kpi}, measured by {objective.id}, has no unit.",
                )
            for field in ("baseline", "target", "direction"):
                if getattr(objective, field) is None:
                    yield self.finding(ctx, (*path, field), f"{name} has no {field}.")
            direction = (objective.direction or "").lower()
            if objective.direction is not None and direction not in DIRECTIONS:
                yield self.finding(
                    ctx, (*path, "direction"),
                    f"{name} has direction '{objective.direction}'; use increase, decrease "
                    "or maintain.",
                )
            elif objective.baseline is not None and objective.target is not None:
                problem = _disagreement(direction, objective.baseline, objective.target)
                if problem:
                    yield self.finding(
                        ctx, (*path, "target"),
                        f"{name} says {direction} but its target {fmt(objective.target)} "
                        f"{problem} its baseline {fmt(objective.baseline)}.",
                    )


def _disagreement(direction: str, baseline: float, target: float) -> str | None:
    if direction == "decrease" and target >= baseline:
        return "is not below"
    if direction == "increase" and target <= baseline:
        return "is not above"
    if direction == "maintain" and target != baseline:
        return "differs from"
    return None
