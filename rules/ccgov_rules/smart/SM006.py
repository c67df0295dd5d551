"""SM006: operational objectives are not confused with strategic goals."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.smart.common import MARKING_POINT, objectives


class OperationalNotStrategic(Rule):
    """Objectives are the department's, for this period; strategic goals are the organisation's,
    for the long term.

    Three signs of the common mistake of confusing them: an objective due after
    the plan period ends; an objective due on exactly the horizon of the goal it
    supports (a goal copied down as an objective); a strategic goal whose
    horizon falls inside the plan period (an objective written up as a goal).

    **Non-compliant**: goal ``SG1`` with ``horizon: 2029-12-31`` and objective
    ``OBJ1`` supporting it, ``due: 2029-12-31``.

    **Compliant**: ``OBJ1`` due 2027-03-31 within a Q1 2027 plan, supporting
    ``SG1`` with horizon 2029-12-31.
    """

    id = "SM006"
    name = "smart.operational-not-strategic"
    ruleset = "smart"
    severity = Severity.WARNING
    title = "Operational objective, not strategic goal"
    remediation = (
        "Keep vision-level goals under strategic_goals; write period-bound department "
        "objectives beneath them."
    )
    references = (MARKING_POINT,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        start, end = ctx.period
        for path, objective in objectives(ctx):
            if objective.due is None:
                continue
            if objective.due > end:
                yield self.finding(
                    ctx, (*path, "due"),
                    f"Objective {objective.id} runs to {objective.due}, beyond the plan period "
                    f"ending {end}: that is a strategic goal, not an operational objective.",
                    target=f"objectives[{objective.id}].beyond-period",
                )
            for goal_id in objective.supports or []:
                goal = ctx.goals.get(goal_id)
                if goal is not None and goal.horizon == objective.due:
                    yield self.finding(
                        ctx, (*path, "due"),
                        f"Objective {objective.id} is due {objective.due}, the same date as the "
                        f"horizon of strategic goal {goal_id}: it restates the goal.",
                        target=f"objectives[{objective.id}].restates[{goal_id}]",
                    )
        for index, goal in enumerate(ctx.plan.organisation.strategic_goals):
            if goal.horizon is not None and start <= goal.horizon <= end:
                yield self.finding(
                    ctx, ("organisation", "strategic_goals", index, "horizon"),
                    f"Strategic goal {goal.id} has its horizon {goal.horizon} inside the plan "
                    "period: that is an operational objective, not a strategic goal.",
                )
