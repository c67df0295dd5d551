"""SM005: objectives are linked to the organisation's mission through its strategic goals."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.smart.common import MARKING_POINT, objectives


class LinkedToMission(Rule):
    """The organisation states its ``mission`` and ``values``, and every objective ``supports``
    at least one strategic goal that exists.

    The examiner's first marking point is a clear link from department
    objectives to the organisation's mission and values.

    **Non-compliant**::

        organisation: {mission: ..., strategic_goals: [{id: SG1}]}
        objectives: [{id: OBJ1, supports: [SG2]}]

    **Compliant**::

        organisation: {mission: ..., values: [...], strategic_goals: [{id: SG1}]}
        objectives: [{id: OBJ1, supports: [SG1]}]
    """

    id = "SM005"
    name = "smart.linked-to-mission"
    ruleset = "smart"
    severity = Severity.ERROR
    title = "Objective is linked to mission and values"
    remediation = "Link each objective to a strategic goal that serves the mission."
    references = (MARKING_POINT,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        organisation = ctx.plan.organisation
        if not organisation.mission:
            yield self.finding(
                ctx, ("organisation", "mission"), "The organisation states no mission."
            )
        if not organisation.values:
            yield self.finding(ctx, ("organisation", "values"), "The organisation states no values.")
        for path, objective in objectives(ctx):
            if not objective.supports:
                yield self.finding(
                    ctx, (*path, "supports"),
                    f"Objective {objective.id} supports no strategic goal.",
                )
                continue
            for index, goal in enumerate(objective.supports):
                if goal not in ctx.goals:
                    known = ", ".join(ctx.goals) or "none"
                    yield self.finding(
                        ctx, (*path, "supports", index),
                        f"Objective {objective.id} supports {goal}, which is not a strategic goal "
                        f"(defined: {known}).",
                    )
