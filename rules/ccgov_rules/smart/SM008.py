"""SM008: every objective has success criteria and dated, owned actions."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.smart.common import DORAN, objectives


class SuccessCriteriaAndActions(Rule):
    """Every objective states its ``success_criteria`` and has at least one action with an
    ``owner`` and a ``due`` date on or before the objective's own.

    Doran's "Specific", and the marking point "specific measurable success
    criteria": how will we know it worked, and who does what by when?

    **Non-compliant**: no ``success_criteria``; or the only action is due after the objective.

    **Compliant**::

        success_criteria: AHT at or below 380 s for four consecutive weeks.
        actions: [{id: OBJ1-A1, owner: QA lead, due: 2027-02-15}]
    """

    id = "SM008"
    name = "smart.success-criteria-and-actions"
    ruleset = "smart"
    severity = Severity.WARNING
    title = "Success criteria and actions"
    remediation = "Add success criteria and at least one dated, owned action."
    references = (DORAN,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, objective in objectives(ctx):
            if not objective.success_criteria:
                yield self.finding(
                    ctx, (*path, "success_criteria"),
                    f"Objective {objective.id} states no success criteria.",
                )
            if not objective.actions:
                yield self.finding(
                    ctx, (*path, "actions"), f"Objective {objective.id} has no actions."
                )
                continue
            due = objective.due
            usable = [
                a for a in objective.actions
                if a.owner and a.due is not None and (due is None or a.due <= due)
            ]
            if not usable:
                late = [a for a in objective.actions if a.due and due and a.due > due]
                reason = (
                    f"action {late[0].id or 1} is due {late[0].due}, after the objective's {due}"
                    if late else "none has both an owner and a due date"
                )
                yield self.finding(
                    ctx, (*path, "actions"),
                    f"Objective {objective.id} has no owned, dated action due by the objective: "
                    f"{reason}.",
                )
