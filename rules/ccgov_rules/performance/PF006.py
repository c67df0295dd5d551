"""PF006: objectives on service level and occupancy agree with the resource plan."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.performance.common import CCPLANNING, objectives_on, pct, share
from ccgov_rules.resource_planning.common import queues

# Targets are compared as fractions: 80 (percent) and 0.8 are the same target.
_SAME = 1e-9


class TargetsMatchResourcePlan(Rule):
    """A service level objective uses a queue's own target, and no objective raises occupancy.

    An objective on ``SL`` must have the ``target`` that some queue's
    ``service_level.target`` staffs to; otherwise the plan promises one service
    level and rosters for another. Occupancy is an output of staffing, not a
    target: an objective to increase ``OCC`` pushes agents towards burnout.
    Targets above 1 are read as percentages.

    **Non-compliant**: ``{kpi: SL, target: 0.9}`` while every queue staffs to 0.8;
    ``{kpi: OCC, direction: increase}``.

    **Compliant**: ``{kpi: SL, target: 0.8}`` with a queue
    ``service_level: {target: 0.8, answer_seconds: 20}``.
    """

    id = "PF006"
    name = "performance.targets-match-resource-plan"
    ruleset = "performance"
    severity = Severity.WARNING
    title = "Targets consistent with the resource plan"
    remediation = "Use one service level definition throughout, and do not target higher occupancy."
    references = (CCPLANNING,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        levels = {queue.id: queue.service_level.target for _, queue in queues(ctx)
                  if queue.service_level and queue.service_level.target is not None}
        for path, objective in objectives_on(ctx, "SL"):
            # With no queue target to compare, RP007 reports the queues instead.
            if objective.target is None or not levels:
                continue
            target = share(objective.target)
            if not any(abs(target - level) <= _SAME for level in levels.values()):
                staffed = ", ".join(f"{queue} {pct(level)}" for queue, level in levels.items())
                yield self.finding(
                    ctx, (*path, "target"),
                    f"Objective {objective.id} targets SL of {pct(target)}, but no queue staffs "
                    f"to it ({staffed}).",
                )
        for path, objective in objectives_on(ctx, "OCC"):
            if (objective.direction or "").lower() == "increase":
                yield self.finding(
                    ctx, (*path, "direction"),
                    f"Objective {objective.id} increases occupancy, which is an output of "
                    "staffing, not a target.",
                )
